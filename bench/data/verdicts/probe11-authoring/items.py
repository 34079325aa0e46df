# Probe-11 verdict items, written blind on 7 December 2026 (see README.md). Each tuple is resolved and checked by build.py.
# Document names are unique prefixes of file stems in the policy corpus; {s} in a claim is replaced by the full key
# (for wrong-source items, by the key of the wrongly cited document). Numbers in comments are positions in the fixed
# shuffled order of README.md.
BARN = "80487_barnet_2019"         # 1
BEXL = "80488_bexley_2014"         # 2
BRAD = "80449_bradford_2026"       # 3
BREN = "80489_brent_2018"          # 4
BROM = "80490_bromley_2024"        # 5
YORK = "80453_york_2025"           # 6
CAMD = "80491_camden_2022"         # 7
CROY = "80492_croydon_2020"        # 8
SCIL = "80455_isles-of-scilly_2019"  # 9
ENFI = "80494_enfield_2015"        # 10
COVE = "80456_coventry_2026"       # 11
HACK = "80496_hackney_2016"        # 12
HAMM = "80497_hammersmith-and-fulham_2024"  # 13
DERB = "80460_derbyshire_2019"     # 14
HARI = "80498_haringey_2018"       # 15
HARR = "80499_harrow_2020"         # 16 (wrong citation only)
DONC = "80462_doncaster_2018"      # 17
HAVE = "80500_havering_2024"       # 18 (wrong citation only)
HILL = "80501_hillingdon_2018"     # 19 (wrong citation only)

PU = [  # (doc, claim, passage, note, altPassages)
 (BARN, "Barnet makes good use of staying-put arrangements, with some care leavers remaining with their former carers into their twenties, and most of its care leavers are in education, employment or training.",
  "put arrangements, including for young adults in their twenties. The majority",
  "'good use of staying put arrangements, including for young adults in their twenties'→'some … remaining with their former carers into their twenties'; 'The majority … are in education, employment or training' on the next line; paragraph 34 names no council (Barnet is in the title and headers)",
  ["of care leavers are in education, employment or training and there is a good"]),
 (BREN, "In Brent, therapeutic support for young people at risk of sexual exploitation is of good quality, but rising demand means some wait as long as three months for it.",
  "although the increased demand can mean a delay of up to three months for",
  "'available and of good quality, although the increased demand can mean a delay of up to three months'→'of good quality, but rising demand means some wait as long as three months'; the paragraph (6) is about child sexual exploitation and names no council",
  ["taken. Access to therapeutic support is available and of good quality,"]),
 (CAMD, "Camden keeps social workers' caseloads low, even for newly qualified staff in their assessed year, which gives them time to build trust with families.",
  "Caseloads are low, including for social workers in their assessed year, and this",
  "'assessed year'→'newly qualified staff in their assessed year'; 'enabling workers to develop relationships with the tenacity needed to build trust'→'time to build trust'; paragraph 42 names no council",
  []),
 (COVE, "None of Coventry's children in care currently lives in unregistered provision, and a wider range of placements is helping more of them to stay settled.",
  "for children in care. No children in care currently live in unregistered care",
  "'No children in care currently live in unregistered care provision'→'None … currently lives in unregistered provision'; 'wider range of placements … greater placement stability' two lines up; summary of two sentences; paragraph 59 names no council",
  ["sufficiency, there is now a wider range of placements available when children"]),
 (HAMM, "Hammersmith and Fulham has gone a long time without a single adoption breaking down, helped by close joint working with its regional adoption agency.",
  "children. There have been no adoption breakdowns over a sustained period. A",
  "'no adoption breakdowns over a sustained period'→'gone a long time without a single adoption breaking down'; 'Strong partnership working and engagement with the regional adoption agency (Adopt London West)' opens paragraph 38, which names no council (the report writes 'Hammersmith & Fulham')",
  ["Strong partnership working and engagement with the regional adoption agency"]),
]
PC = [  # (doc, claim, passage, note, altPassages)
 (BRAD, "In Bradford, young people in care usually move from their social worker to a personal adviser between 17 and 18, with information sometimes shared months before the handover so the adviser can give well-planned support from the start [@{s}].",
  "Young people’s cases typically transition from their social worker to their PA",
  "'typically transition … between the ages of 17 and 18'→'usually move … between 17 and 18'; 'initiated sometimes several months ahead of the handover' two lines down; paragraph 39 names no council",
  ["initiated sometimes several months ahead of the handover. This ensures that"]),
 (YORK, "York's post-adoption support gives advice and guidance to adopted children and their families right up to the adoptee's 24th birthday [@{s}].",
  "strong, providing advice and guidance for the child and their family up until the",
  "'up until the adoptee reaches 24 years old'→'right up to the adoptee's 24th birthday'; the age is on the next line; paragraph 44 names no council (only the regional adoption agency, One Adoption, North and Humber); trap: 'beyond their 21st birthday' (care leavers, paragraph 50)",
  ["adoptee reaches 24 years old in continued support."]),
 (CROY, "Croydon has seen a rapid rise over the past year and a half in the number of children educated at home, and senior managers are now adding capacity to the team that oversees them [@{s}].",
  "The number of children who are electively home educated (EHE) has increased",
  "'increased rapidly … over the past 18 months'→'rapid rise over the past year and a half'; 'increasing the capacity of the EHE team'→'adding capacity to the team that oversees them'; the period is on the next line",
  ["rapidly in Croydon over the past 18 months. Historically, oversight of these"]),
 (HAMM, "Hammersmith and Fulham's social workers write each year to care leavers whose cases have closed, so that they know help is still there if they need it [@{s}].",
  "warmly acknowledged and celebrated. Social workers write every year to keep",
  "'write every year to keep in touch with care leavers whose cases are closed to the service'→'write each year to care leavers whose cases have closed'; the sentence runs over three lines; paragraph 40 names no council",
  ["in touch with care leavers whose cases are closed to the service, to make sure"]),
 (DERB, "Derbyshire brought its care leavers' service back in-house in July 2019, ending a twelve-year commissioned arrangement that it had been unable to improve [@{s}].",
  "commissioned arrangement for the last 12 years. The local authority",
  "'provided through a commissioned arrangement for the last 12 years'→'a twelve-year commissioned arrangement'; 'after attempts to improve the quality of the service from the commissioned provider proved unsuccessful'→'that it had been unable to improve'; paragraph 15; 'July 2019' is on the next line (and in paragraph 39)",
  ["transferred the service in-house in July 2019, after attempts to improve the"]),
]
LF = [  # (doc, cited, claim, passage, note, altPassages)
 (BEXL, True, "Of the 260 children Bexley was looking after in March 2014, 183 lived with foster families, fewer than a third of them outside the borough, while nine in ten of the 21 in residential children's homes were placed out of area [@{s}].",
  "183 live with foster families, of whom 31% live out of the authority",
  "sub-bullets of the 'Children looked after in this area' list (31%→fewer than a third; 90%→nine in ten) under the parent bullet with 260; the residential bullet is on the next page of the pdftotext text",
  ["21 live in residential children’s homes, of whom 90% live out of the", "At 1 March 2014, 260 children were being looked after by the local authority (a"]),
 (ENFI, False, "Enfield was looking after 340 children at the end of January 2015, of whom 219 were with foster families, just over four in ten of them outside the borough, and 41 were unaccompanied asylum-seeking children.",
  "219 live with foster families, of whom 43% live out of the authority area",
  "parent bullet (340) and two of its sub-bullets (foster families with 43%→just over four in ten; 41 unaccompanied asylum-seeking children); trap: '166 (or 49%) live outside' is the share of all children looked after",
  ["41 are unaccompanied asylum-seeking children.", "At 31 January 2015, 340 children were being looked after by the local authority"]),
 (HACK, False, "Three quarters of the 255 Hackney children living with foster families in July 2016 were placed outside the borough, as were 14 of the 15 in residential children's homes.",
  "255 live with foster families, of whom 75% live outside the authority area",
  "two sub-bullets of the 'Children looked after in this area' list (75%→three quarters; '14 (93%)'→14 of the 15); trap: the first sub-bullet gives 247 (73%) of all children looked after living outside",
  ["15 live in residential children’s homes, of whom 14 (93%) live out of the"]),
 (DONC, True, "At the end of October 2017, 61 of the 550 children in Doncaster's care lived in residential children's homes, just under half of them outside the area, while 401 lived with foster families [@{s}].",
  "61 live in residential children’s homes, of whom 46% live out of the authority",
  "sub-bullets of the 'Children looked after in this area' list (46%→just under half) and the parent bullet with 550; trap: 35% and 32% are the shares outside the area for all children and for foster children",
  ["401 live with foster families, of whom 32% live outside the authority area", "At 31 October 2017, 550 children were being looked after by the local authority"]),
]
PT = [  # (doc, claim, passage, note, altPassages)
 (BARN, "The number of Barnet children whose parents have chosen to educate them at home has grown over the past two years, and senior managers have taken steps to find any who are not getting a suitable education [@{s}].",
  "The number of children who are electively home educated has increased over",
  "'electively home educated'→'whose parents have chosen to educate them at home'; 'last two years' on the next line; paragraph 12 names no council (Barnet is in the title and page headers)",
  ["the last two years. Senior managers have taken appropriate steps to identify"]),
 (BROM, "Bromley pays the full cost of gym membership for care leavers who need it, to support their physical and mental health [@{s}].",
  "health histories. Gym memberships, if required, are fully funded by the local",
  "'Gym memberships, if required, are fully funded by the local authority'→'pays the full cost … for care leavers who need it'; paragraph 38 names no council (Bromley is in the title and headers)",
  ["authority to promote good physical and mental health."]),
 (SCIL, "On the Isles of Scilly, the director of children's services reviews each quarter what difference services have made to the life of every child receiving support [@{s}].",
  "and every three months she comprehensively reviews what differences",
  "'every three months'→'each quarter'; 'the life of each child who is receiving support from children's services' on the next lines; paragraph 31 names no council (only 'the community' and 'islanders')",
  ["services have made to the life of each child who is receiving support from"]),
]
CON = [  # (code, doc, cited, claim, passage, detail, note, twin)
 ("cd", HACK, True, "The number of Hackney children assessed as needing a specialist children's service rose from 2,348 in March 2015 to 2,848 by July 2016 [@{s}].",
  "formally in need of a specialist children’s service. This is a reduction from 2,848 at",
  "2,348 children in need at 4 July 2016, a reduction from 2,848 at 31 March 2015",
  "reversed from→to figures and direction ('rose' vs 'reduction'); the 2,348 is on the line before; 'Child protection in this area' bullet",
  "Hackney had 500 fewer children formally assessed as needing a specialist children's service in July 2016 than in March 2015, 2,348 against 2,848 [@{s}]."),
 ("cd", YORK, False, "Compared with other areas, York has a relatively high rate of children coming into care.",
  "York has a relatively low rate of children coming into care. Decisions for children",
  "York has a relatively low rate of children coming into care",
  "comparison reversed ('relatively high' vs 'relatively low'), no figures; paragraph 23",
  "Comparatively few children come into care in York, and decisions for them to do so are appropriate and mostly timely."),
 ("cd", SCIL, False, "Since the Isles of Scilly set up Bloom, its network of emotional well-being support, more of the islands' children have needed a specialist CAMHS service.",
  "support to children with emotional needs. This has significantly reduced the",
  "Bloom has significantly reduced the number of children who need a specialist CAMHS service",
  "direction reversed ('more … have needed' vs 'significantly reduced the number'), no figures; the measure ('number of children who need a specialist CAMHS service') is on the next line; paragraph 27",
  "Bloom, the Isles of Scilly's wrap-around network of support for children's emotional needs, has markedly cut the number who need a specialist CAMHS service."),
 ("cd", ENFI, True, "The number of Enfield children living in privately arranged foster placements went up in the year to February 2015, to 14 [@{s}].",
  "14 children lived in a privately arranged fostering placement. This is the same number as at February 2014.",
  "14 children in privately arranged fostering at 3 February 2015, the same number as at February 2014",
  "'stable' vs 'rising': the count is right but the number did not change; crosses two lines of the 'Child protection in this area' bullet; trap: paragraph 60 gives 22 new private fostering arrangements in the period, which does not make the number rise",
  "Enfield had 14 children in privately arranged foster placements in February 2015, the same number as a year earlier [@{s}]."),
 ("cd", CROY, True, "Fixed-term exclusions of Croydon's children in care are above the national average, even though their school attendance is now broadly in line with it [@{s}].",
  "attendance levels are now broadly in line with the national average and fixed- term exclusions are below average",
  "overall attendance is broadly in line with the national average and fixed-term exclusions are below average",
  "comparison reversed ('above' vs 'below average') while the true attendance comparison is kept; the sentence crosses a hyphenated line break ('fixed-' / 'term'), so it matches only after collapsing whitespace; paragraph 37",
  "Croydon's children in care now attend school at about the national average rate and are given fixed-term exclusions less often than average [@{s}]."),
 ("cd", BROM, False, "Since Bromley stepped up its efforts to raise awareness of private fostering, fewer children have been referred or identified as living in such arrangements.",
  "to raise awareness about private fostering. This has led to an increase in",
  "the awareness-raising has led to an increase in referrals, enquiries and children identified as living in private fostering arrangements",
  "direction reversed ('fewer' vs 'an increase'), no figures; the rest of the list ('referrals, enquiries and children identified') is on the next lines; paragraph 11",
  "Bromley's extensive work inside and outside the council to publicise private fostering has brought more referrals and more children identified as privately fostered."),
 ("cf", BEXL, True, "Bexley has brought the length of its care proceedings down to the national target of 26 weeks [@{s}].",
  "care proceedings and as a result these have reduced to 37 weeks, although",
  "care proceedings have reduced to 37 weeks, which remains significantly higher than the national target of 26 weeks",
  "wrong figure is in the same sentence: 26 weeks is the national target, not Bexley's length; a second trap: 23 weeks is the length only for cases in the PLO pilot (same paragraph, 99)",
  "Bexley's care proceedings now take 37 weeks, shorter than before but still well above the national target of 26 weeks [@{s}]."),
 ("cf", BRAD, False, "When the Trust took over Bradford's children's services three years ago, it inherited a service that had been judged inadequate three times.",
  "years ago, it inherited a service that had twice been judged inadequate, with",
  "the Trust inherited a service that had twice been judged inadequate",
  "wrong figure is in the same sentence: 3 is the number of years since the Trust took over ('assumed responsibility 3 years ago'), not the number of inadequate judgements; the '3' is on the line before; paragraph 51",
  "The service that the Bradford Children and Families Trust took on three years before the inspection had twice been rated inadequate."),
 ("cf", BREN, False, "Over the past year the share of Brent's frontline social work staff who are permanent has risen to around three in five.",
  "the proportion of permanent frontline social work staff has increased to 80% of the total",
  "the proportion of permanent frontline social work staff has increased to 80% of the total",
  "new figure ('three in five', 60%), not in the document (its only other percentage is 'Fewer than 30%' in residential care); the direction (a rise over the past 12 months) is true; crosses two lines; paragraph 33",
  "Four in five of Brent's frontline social work staff are now permanent, after a rise over the past year."),
 ("cf", CAMD, True, "In Camden, around half of the children whose families enter the pre-proceedings process see risks fall far enough that they need no protection through the courts [@{s}].",
  "families that are diverted out of this process is impressive, with two-thirds of",
  "two-thirds of children in pre-proceedings experience a reduction in risks and no further need of protection through legal means",
  "new figure ('around half' for two-thirds), not in the document ('half' occurs only inside 'behalf'); the rest of the sentence is on the next two lines; paragraph 12",
  "Two in three Camden children whose families reach the pre-proceedings stage are diverted from court, with risks reduced so that no legal protection is needed [@{s}]."),
 ("cf", DONC, True, "By October 2017, about three quarters of Doncaster children who had been missing were being offered a return home interview [@{s}].",
  "activity and support. In October 2017, 95% of children who had been missing",
  "in October 2017, 95% of children who had been missing were offered return home interviews (74% in April 2017)",
  "wrong figure is in the same sentence: 74% ('about three quarters') is the April 2017 figure; the October figure is 95%; paragraph 26 names no council",
  "By October 2017 Doncaster was offering a return home interview to nineteen in twenty children who had been missing, up from 74% in April [@{s}]."),
 ("cf", DERB, False, "Derbyshire's remodelling of its children's social care created some 60 additional social work posts.",
  "structures and increasing capacity, including the creation of 80 additional",
  "the remodelling included the creation of 80 additional social work posts",
  "new figure (60), not in the document; 'social work posts' is on the next line; paragraph 31 (the sentence starts on the page before)",
  "As part of remodelling and building capacity in its service, Derbyshire created 80 additional social work posts."),
]
UN = [  # (doc, cited, claim, note)
 (BARN, True, "In May 2019 only eleven of Barnet's children in care were using an advocate [@{s}].",
  "invented count next to a real passage: paragraph 23 says 'the number of children accessing advocacy is low', with no figure, and paragraph 31 says 'Very few' have an independent visitor; no Barnet report (2017, 2019, 2024) gives a count of children with an advocate (grep advoca, eleven, 11)"),
 (BREN, False, "Brent's early help gangs mentor has worked with around 45 young people on the edges of gang activity.",
  "invented count next to a real passage: paragraph 4 says only that 'A large majority of young people have engaged with the worker'; 'gangs mentor' occurs nowhere else in the corpus; no Brent report (2015, 2018, 2023, 2026) has 45 or forty-five young people, and no corpus passage pairs 45 young people or children with gangs or mentoring (grep gangs mentor, mentor, 45, forty-five)"),
 (CAMD, False, "Camden took around 70 unaccompanied children from Afghanistan into its care in the months after August 2021.",
  "invented count next to a real passage: paragraph 19 says 'an unprecedented number of unaccompanied children seeking asylum from Afghanistan have arrived' from August 2021, with no figure; 'Afghan' occurs elsewhere only in Kent 2017 and Luton 2022, without counts; no Camden report (2017, 2022, 2025) has 70 or seventy children (grep Afghan, 70, seventy)"),
 (COVE, True, "The Coventry Job Shop found jobs or apprenticeships for around 60 care leavers in the year before the 2026 inspection [@{s}].",
  "invented count next to a real passage: paragraph 52 names 'the successful Coventry Job Shop' with no figures; 'Job Shop' occurs nowhere else in the corpus; 60 occurs in the report only as a paragraph number (grep Job Shop, 60, sixty)"),
 (HARI, True, "Fewer than one in five Haringey children who went missing took up a return home interview in 2018 [@{s}].",
  "invented figure next to a real passage: paragraph 17 says 'take up of return home interviews is very low' and paragraph 45 that the number undertaken 'is low', with no figure; the 2018 report has no percentage at all; no Haringey report (2014, 2018, 2023, 2026) gives a take-up share (grep %, fifth, one in, return home interview)"),
]
WS = [  # (true doc A, wrongly cited doc B, claim, passage in A, note, altPassages)
 (SCIL, HAVE, "The Isles of Scilly has no care leavers, but its leaders keep a concise policy setting out the welcome and local offer a care leaver would receive [@{s}].",
  "There are no care leavers on the Isles of Scilly. This does not stop political",
  "Havering 2024 cited; B describes its own care leavers and a local offer that 'sets out the statutory support' (paragraph 41), but never says it has no care leavers, has no welcome policy for arriving care leavers and never names the Isles of Scilly (grep no care leavers, welcome, Scilly, island)",
  ["and clear policy that sets out effectively the welcome and local offer that care"]),
 (HAMM, HARR, "Hammersmith and Fulham staff run three-day life skills and transitions courses at The Hub so that care-experienced young people are ready to take on their own tenancies [@{s}].",
  "three-day courses for the delivery of life skills and transitions work, ensuring",
  "Harrow 2020 cited; B has care leavers who 'can readily access advice, support and guidance to help them to move towards managing their own tenancies' (paragraph 23), but no courses, no life skills programme and no Hub for care leavers ('three hubs' are its early help hubs, paragraph 2), and never names Hammersmith and Fulham (grep hub, course, three, life skill, independen)",
  []),
 (DERB, HILL, "Derbyshire holds a life appreciation day for every child it places for adoption, giving adopters the chance to meet the important people in the child's life [@{s}].",
  "appreciation days are held for every child, and this provides adopters with the",
  "Hillingdon 2018 cited; B's adoption paragraph (26) has good matches, training and support for adopters, but no life appreciation days (its only life-story mention is work with unaccompanied asylum-seeking children) and never names Derbyshire (grep appreciation, later life, life-story)",
  []),
]
