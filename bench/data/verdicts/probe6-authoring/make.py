import json
R=[l.strip()[:-4] for l in open('/tmp/shortprobe/reports.txt')]
def k(s): 
    m=[r for r in R if s in r]; assert len(m)==1,s; return m[0]
rows=[
("north-east-lincolnshire",True,"Staff turnover in North East Lincolnshire has more than halved","Staff turnover has been reduced by over half in the last two years."),
("north-east-lincolnshire",False,"Private fostering in North East Lincolnshire is actively promoted","Report says private fostering is not promoted (lines 57, 372, 577)."),
("derby",True,"Derby does not rely on agency social workers","staff turnover, few vacancies, and no reliance on agency workers"),
("derby",False,"Derby has high staff turnover and many vacancies","Report says low rates of staff turnover, few vacancies and one of the most stable workforces."),
("staffordshire",True,"Staffordshire's budget for children's services is now protected","The budget for children’s services is now protected, and additional funding"),
("staffordshire",False,"Staffordshire has seen a significant fall in electively home educated pupils","Report says the rise in electively home educated pupils has been significant."),
("sheffield",True,"Sheffield lacks enough local placements for children with complex needs","there are not enough local placements for children with complex and challenging needs"),
("sheffield",False,"Every child in Sheffield receives good services","Report says most children receive good services; some areas still require improvement."),
("medway",True,"Some Medway social workers were responsible for 55 children","most social workers who met with inspectors being responsible for over 40 children, and some as many as 55 children"),
("medway",False,"Medway children have timely access to mental health services","Report says access to health services for children with emotional and mental health problems is not timely."),
("north-yorkshire",True,"North Yorkshire has maintained a stable social work workforce","A stable workforce has been maintained, and an environment and culture established"),
("north-yorkshire",False,"North Yorkshire's self-assessment of its services is inaccurate","Report says the leadership team knows the services well, reflected in an accurate self-assessment."),
("isle-of-wight",True,"The Isle of Wight Council works in partnership with Hampshire","The strategic partnership between the Isle of Wight Council and Hampshire County Council has brought stable and consistent leadership"),
("isle-of-wight",False,"The Isle of Wight lacks suitable housing for its foster carers","Report says housing sufficiency is an issue for care leavers, and availability of on-island foster carers is under pressure; nothing about housing for foster carers."),
("central-bedfordshire",True,"Central Bedfordshire's support for care leavers is particularly strong","Support for children in care and care leavers is now better than at the last inspection, with support for care leavers particularly strong."),
("central-bedfordshire",False,"In Central Bedfordshire, many children remain too long in neglect","Report says a small number remain too long in neglectful situations."),
("brent",True,"Brent's social work workforce reflects the borough's diversity","The local authority is part of a diverse borough, and its workforce reflects this richness"),
("brent",False,"All Brent foster carers have completed their mandatory training","Report lists completion of mandatory training for approved foster carers as needing improvement."),
("oldham",True,"Oldham opened seven family hubs in the last year","Seven family hubs have opened in the last year, supporting expanded delivery of early help"),
("oldham",False,"Oldham opened seven children's homes in the last year","Report says seven family hubs opened; on children's homes it only says it avoids unregistered homes."),
("darlington",True,"Inspectors found 94 Darlington assessments not completed within agreed timescales","This inspection identified a high number of assessments (94) that were not completed within timescales agreed by managers"),
("darlington",False,"Darlington operates four children's homes, all judged outstanding","Report says of four children's homes two were judged good or outstanding and two adequate."),
("wandsworth",True,"Wandsworth's services to care leavers improved from inadequate to good","services to care leavers have improved from inadequate to good"),
("wandsworth",False,"Wandsworth quickly meets the initial health needs of children in care","Report says progress has been slow to identify and meet the initial health needs of children in care."),
("cheshire-west-and-chester_2016",True,"Cheshire West and Chester's adoption performance was judged outstanding","The graded judgement for adoption performance is that it is Outstanding"),
("cheshire-west-and-chester_2016",False,"Cheshire West and Chester's assessments always consider the impact of disability","Report says assessments for disabled children do not always fully consider the impact of disability."),
("bath-and-north-east-somerset",True,"In Bath and North East Somerset, social workers know children well","Social workers know children well and spend quality time with them"),
("bath-and-north-east-somerset",False,"Bath and North East Somerset's response to missing children is fully effective","Report says the response to children who go missing is not fully effective / not well coordinated."),
("cheshire-west-and-chester_2024",True,"Some key Cheshire West and Chester services have deteriorated since 2019","Since the last inspection in 2019, some key services for children living in Cheshire West and Chester have deteriorated"),
("cheshire-west-and-chester_2024",False,"Cheshire West and Chester's services for care leavers are outstanding","Report judges care leavers' experiences and progress as requires improvement to be good."),
("_bedford_",True,"Recruiting experienced social workers remains a challenge for Bedford","the recruitment of experienced social workers remains a challenge for Bedford"),
("_bedford_",False,"Bedford's vacancy rates and agency staff use have risen","Report says vacancy rates and use of agency staff are lower than at the last full inspection."),
("north-lincolnshire",True,"North Lincolnshire's children's services were judged outstanding","Children’s services in North Lincolnshire are outstanding"),
("north-lincolnshire",False,"Inspectors found many North Lincolnshire children in unassessed risk","Report says no children were found to be in situations of unassessed or unmanaged risk of significant harm."),
("hampshire",True,"Hampshire's elected members give vulnerable children's services the highest priority","Services for vulnerable children and families are given the highest priority by elected members."),
("hampshire",False,"Hampshire's Local Safeguarding Children Board was judged inadequate","Report says the effectiveness of the LSCB is good."),
("nottingham",True,"Nottingham does not have enough social workers","There are not enough social workers to deliver high-quality interventions, given the complexity of need in the city."),
("nottingham",False,"Some Nottingham children are held overnight in hospital wards","Report says children are held overnight in police cells; no mention of hospital wards."),
("haringey",True,"Haringey delivers early help through four family hubs","Early help services support and contribute to reducing harm for all age groups through 4 family hubs."),
("haringey",False,"Haringey's help and protection services were judged outstanding","Report judges experiences and progress of children who need help and protection as good (overall and leaders outstanding)."),
]
with open('/tmp/shortprobe/claims.jsonl','w') as f:
    for i,(s,c,cl,p) in enumerate(rows,1):
        key=k(s); n=len(cl.split()); assert 5<=n<=12,(cl,n)
        d={"id":i,"correct":c,"claim":f"{cl} [@{key}].","file":f"ofsted-ilacs/docs/{key}.txt"}
        if c:
            assert len(p)>=30
            txt=' '.join(open('/work/shared/data/policy-corpus/'+d['file']).read().split())
            assert p in txt,(i,p)
            d["passage"]=p
        else: d["why"]=p
        f.write(json.dumps(d,ensure_ascii=False)+"\n")
print(sum(r[1] for r in rows), len(rows))
