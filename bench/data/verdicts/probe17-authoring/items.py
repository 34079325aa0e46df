# Probe-17 verdict items, written blind (see README.md). Each tuple is resolved and checked by build.py.
# Document names are unique prefixes of file stems in the policy corpus; {s} in a claim is replaced by the full key
# (for wrong-source items, by the key of the wrongly cited document). Numbers in comments are positions in the
# shuffled candidate order (random.Random(17), first report of each council; see README.md).
NOTT = "80534_nottinghamshire_2024"; SGLO = "80556_south-gloucestershire_2024"; ROCH = "80542_rochdale_2018"     # 1, 2, 3
KENS = "80544_kensington-and-chelsea_2019"; WSUS = "80578_west-sussex_2019"; WARW = "80576_warwickshire_2022"  # 4, 5, 6
COVE = "80456_coventry_2017"; TORB = "80572_torbay_2018"; TRAF = "80573_trafford_2026"                          # 7, 8, 9
THUR = "80571_thurrock_2019"; WIGA = "80579_wigan_2022"; CWAC = "80448_cheshire-west-and-chester_2019"          # 10, 11, 12
SUFF = "80565_suffolk_2024"; WOKI = "80582_wokingham_2023"; SUTT = "80515_sutton_2022"                          # 13, 14, 15
WOLV = "80583_wolverhampton_2026"; BCPO = "2532287_bournemouth-christchurch-poole_2025"; ENFI = "80494_enfield_2019"  # 16, 17, 18
REDC = "80541_redcar-and-cleveland_2022"; ROTH = "80543_rotherham_2018"; SEFT = "80550_sefton_2022"            # 19, 20, 21
WIND = "80546_windsor-maidenhead_2024"; NLIN = "80527_north-lincolnshire_2026"; WIRR = "80581_wirral_2024"      # 22, 23, 24
SWIN = "80568_swindon_2014"; BIRM = "80429_birmingham_2019"; SLOU = "80553_slough_2023"                         # 25, 26, 27
SOLI = "80554_solihull_2026"; CALD = "80444_calderdale_2018"; RICH = "80513_richmond-upon-thames_2022"          # 28, 29, 31
STKP = "80562_stockport_2022"; WARR = "80575_warrington_2019"; EALI = "80493_ealing_2016"                       # 32, 33, 34
LAMB = "80506_lambeth_2026"; WALS = "80574_walsall_2021"; BRIG = "80438_brighton-and-hove_2018"                 # 35, 36, 37
LINC = "80484_lincolnshire_2019"; PLYM = "80538_plymouth_2024"; STKT = "80563_stockton-on-tees_2023"; SOUT = "80558_southampton_2023"  # 38-41

PU = [  # (doc, claim, passage, note, altPassages)
 (NOTT, "Nottinghamshire's personal advisers stay in contact with every care leaver under 21 who is in custody, and argue strongly on their behalf.",
  "PAs are in touch with all care leavers in custody under the", "'are in touch with all'→'stay in contact with every'; 'strong advocates'→'argue strongly on their behalf'; 'under the age of 21' ends on the next line; paragraph 35 names no council", []),
 (SGLO, "Close to half of South Gloucestershire's care leavers were not in education, employment or training when Ofsted inspected in June 2024, a slightly smaller share than in similar councils.",
  "Senior leaders have proactively recognised that almost half of care leavers,", "'almost half'→'close to half'; 'slightly fewer than the average for similar local authorities'→'a slightly smaller share than in similar councils'; the sentence runs over three lines (the comparison and 'not accessing education' on the next line); paragraph 46 names no council",
  ["slightly fewer than the average for similar local authorities, are not accessing"]),
 (ROCH, "When Ofsted inspected in early 2018, half of Rochdale's care leavers aged 19 to 21 were not in education, employment or training, much the same as in comparable councils and England as a whole.",
  "Despite this, 50% of young people aged between and 19 and 21", "50%→'half'; 'in line with statistical neighbours and the England average'→'much the same as in comparable councils and England as a whole'; the source has the typo 'between and 19 and 21'; paragraph 30 (care leavers) names no council",
  ["are not in education, employment or training. This is in line with statistical"]),
 (KENS, "No children were in private fostering arrangements in Kensington and Chelsea at the time of its September 2019 inspection, although the borough had recently worked very well with some who had been.",
  "fostered, although currently there are no children or families who require this", "'currently there are no children or families who require this support'→'no children were in private fostering arrangements'; the 'recently worked very effectively' clause is the line before; paragraph 22 names no council",
  ["authority has recently worked very effectively with children who are privately"]),
 (WSUS, "West Sussex required children to have lived in a placement for a year before they could be matched with permanent carers, a rule that left them unsure whether they would stay there for the rest of their childhood.",
  "current local authority policy for children to remain in placement for 12 months", "'12 months'→'a year'; past tense about the 2019 inspection; 'prevents children from living in situations in which they feel confident they will stay for the remainder of their childhood'→'left them unsure …'; paragraph 28 names no council", []),
 (WARW, "In Warwickshire, close to half of the families who reach the pre-proceedings stage change enough for their children to stay safely at home, so those children are kept out of care.",
  "nearly half of the families at the pre-proceedings stage make sufficient", "'nearly half'→'close to half'; 'make sufficient changes in order to care for their child safely at home'→'change enough for their children to stay safely at home'; 'effective in diverting children from care' is the start of the same sentence; paragraph 13 names no council", []),
 (TRAF, "Over the year before Trafford's June 2026 inspection, not a single child was identified as a young carer through a child and family assessment.",
  "No children have been identified as young carers during a child and family", "'No children … in the last 12 months'→'over the year before … not a single child'; 'in the last 12 months' is on the next line; paragraph 17 names Trafford in its second sentence", []),
 (THUR, "Substantial corporate investment means that every care leaver in Thurrock can have good-quality accommodation tailored to them until the age of 25.",
  "all care leavers have access to customised high-quality accommodation up to", "'Extensive corporate investments'→'substantial corporate investment'; 'customised high-quality'→'good-quality … tailored to them'; 'the age of 25 years' on the next line; paragraph 27 names no council", []),
 (WIGA, "Four Wigan children were living in unregistered children's homes in May 2022, with registration applications under way or moves to lawful provision planned for each of them.",
  "The local authority has four children in unregistered children’s homes.", "'The local authority has four children'→'Four Wigan children were living'; 'Applications from providers are underway or imminent plans are in place to move children to alternative lawful provision' is the next sentence; paragraph 29 names no council",
  ["Applications from providers are underway or imminent plans are in place to"]),
 (CWAC, "Once an assessment in Cheshire West and Chester has been running for 25 days a child in need plan is drawn up, and at 35 days the agencies involved meet, so children are not kept waiting for help.",
  "assessments reach 25 days from their start, a CIN plan is developed. At 35", "'a CIN plan is developed'→'a child in need plan is drawn up'; 'a multi-agency meeting is convened' (next line)→'the agencies involved meet'; 'not experiencing delays in receiving a service'→'not kept waiting for help'; paragraph 7 names no council",
  ["days, a multi-agency meeting is convened. This means that children are not"]),
 (SUFF, "Suffolk's local offer for care leavers, an interactive online brochure produced with young people, exists only in English, which makes it hard for some to use, and very few of the care leavers inspectors met knew what it included.",
  "been co-produced with care leavers. It is only available in English currently,", "'interactive e-brochure'→'interactive online brochure'; 'co-produced'→'produced with young people'; 'struggle to access it'→'hard for some to use'; paragraph 46 names no council",
  ["meaning some care leavers struggle to access it. Very few of the care leavers"]),
 (WOKI, "In Wokingham most children in care have been given a personal adviser by their 17th birthday, who works alongside their social worker and makes leaving care much easier.",
  "By the age of 17, most children in care have a personal adviser who works", "'By the age of 17'→'by their 17th birthday'; 'complements the work of social workers'→'works alongside their social worker'; 'making the transition to leaving care much easier' two lines on; paragraph 38 names no council", []),
]
PC = [  # (doc, claim, passage, note, altPassages); figures: Enfield, Redcar, Windsor, Birmingham, Slough, Solihull, Calderdale
 (SUTT, "Care leavers from Sutton who go to university have their rent paid, and those looking for work get support with job applications, practice for interviews and money for interview clothes [@{s}].",
  "further education and learning; those who attend university have their rent", "no figure; 'have their rent covered'→'have their rent paid'; 'the purchase of clothing for interviews'→'money for interview clothes'; paragraph 27 names no council",
  ["applications, interview preparation and the purchase of clothing for interviews."]),
 (WOLV, "Wolverhampton's care leavers' independence group helped to design free travel cards for getting around the city and a digital package that includes free internet dongles [@{s}].",
  "Initiatives they have co-produced include transport cards for", "no figure; 'The Care Leavers Independence Collective'→'care leavers' independence group'; 'co-produced'→'helped to design'; 'the digital offer'→'a digital package'; the list runs on the next line; paragraph 30 names no council",
  ["free travel in the city and the digital offer, which includes free internet"]),
 (BCPO, "In Bournemouth, Christchurch and Poole only a few care leavers over 21 keep a dedicated personal adviser; the rest get an extended offer with little contact and a limited duty system, although more of them need closer support [@{s}].",
  "A small number of care leavers over 21 continue to", "no figure (21 is the age threshold); 'a small number'→'only a few'; 'there are more care leavers over 21 who need such a level of support'→'more of them need closer support'; the extended offer and duty system are two lines before; paragraph 40 names no council",
  ["PA. These young people are afforded an extended offer, with little contact from"]),
 (ENFI, "By the time of its 2019 inspection Enfield had brought the number of private fostering arrangements down to four, though partners still needed to be made more aware of private fostering [@{s}].",
  "arrangements to four arrangements at the time of this inspection. Further work is", "figure: 'a reduction … to four arrangements'→'brought … down to four'; 'Further work is required to raise awareness of private fostering with partners'→'partners still needed to be made more aware'; paragraph 19 names no council", []),
 (REDC, "At least 20 children in Redcar and Cleveland were living with relatives or friends who had not been approved as carers, so these arrangements fell outside the law [@{s}].",
  "children placed with family or friends who are not approved as carers, meaning", "figure: 'at least 20' kept, on the line before; 'these arrangements are unlawful'→'fell outside the law'; paragraph 21 names no council",
  ["children are placed with family members. However, there are at least 20"]),
 (SEFT, "By long custom, some young children under five and others seen as hard to place were ruled out of adoption in Sefton; managers have challenged this with the regional adoption agency and more children are now adopted, but the council does not know how many children lost out [@{s}].",
  "Historically, it has been the custom and practice for", "no count (five is an age); 'automatically discounted from being adopted'→'ruled out of adoption'; 'not aware of how many children have been detrimentally affected'→'does not know how many children lost out'; the paragraph runs over nine lines; paragraph 23 names no council",
  ["some young children under the age of five years, and those traditionally"]),
 (WIND, "Because placement choice is limited, most children in Windsor and Maidenhead's care live outside the borough, though within 20 miles of home [@{s}].",
  "outside of the local authority area, but within 20 miles of their home. Leaders", "figure: 20 miles kept; 'Choice of placements … is a challenge … which results in the majority of children living outside' (the line before)→'Because placement choice is limited, most children … live outside the borough'; paragraph 32 names no council",
  ["challenge for the local authority, which results in the majority of children living"]),
 (NLIN, "North Lincolnshire's care leavers have a helpline of their own that is staffed day and night, which together with the out-of-hours family hub helps young people in a crisis to get the right support [@{s}].",
  "of hours’ and a dedicated 24/7 out-of-hours telephone line specifically for care", "no count in the claim ('24/7'→'staffed day and night'); 'one family hub out of hours'→'the out-of-hours family hub'; paragraph 3 names no council", []),
 (WIRR, "Wirral's personal advisers keep supporting care leavers beyond the age of 21 whenever the young people still need that help and want it to carry on [@{s}].",
  "leavers aged over 21 continue to receive support from their PAs when they still", "no count (21 is an age); 'continue to receive support from their PAs when they still have a need and want the support to continue'→'keep supporting … whenever the young people still need that help and want it to carry on'; paragraph 36 names no council (paragraph 35 does)", []),
 (SWIN, "Even though Swindon employs outreach workers to teach independent living, some care leavers felt they had not been taught enough about cooking, cleaning and managing money before living alone [@{s}].",
  "to live alone or had received sufficient support in developing skills of cooking,", "no figure; 'Not all care leavers spoken to felt that they had been prepared sufficiently well'→'some care leavers felt they had not been taught enough'; 'financial management'→'managing money'; the outreach workers are in the next sentence; paragraph 112 names no council",
  ["authority employs outreach workers to support the development of independent"]),
 (BIRM, "Every Birmingham child in care who has been missing is now offered a return home interview, but fewer than half of them actually have one [@{s}].",
  "although less than half of young people are interviewed, and some were not", "figure: 'less than half'→'fewer than half'; 'they are always offered a return home interview' two lines before; services are run by Birmingham Children's Trust ('BCT' in the report); paragraph 35 names no council",
  ["authority areas, they are always offered a return home interview. This is a"]),
 (SLOU, "Roughly half of Slough's care leavers were out of education, employment and training in 2023, and very few were on apprenticeships [@{s}].",
  "encourage them to aim high, although currently about half the care leavers in", "figure: 'about half'→'roughly half'; 'Slough are not in education, employment or training and very few are in apprenticeships' on the next line; past tense about the inspection year", []),
 (SOLI, "Local businesses brought together by Solihull's leaders in a 'community parenting board' have offered young people more than 700 opportunities over two years, from work experience and apprenticeships to laptops and help decorating a first home [@{s}].",
  "over 700 opportunities to young people in the last two years, including work", "figure: 'over 700'→'more than 700'; 'galvanised local businesses into … a community parenting board' is the line before; 'gifts of laptops and help to decorate their first home' two lines on; paragraph 57 names no council", []),
 (CALD, "Calderdale's Family Intervention Team has more than fifty staff doing intensive direct work with families at the early intervention, child in need and child protection stages, helping children remain safely at home [@{s}].",
  "over 50 workers delivering intensive direct work across early intervention,", "figure: 'over 50 workers'→'more than fifty staff'; 'helping them to remain safely at home' on the next line; paragraph 13 names no council", []),
]
LF = [  # (doc, cited, claim, passage, note, altPassages)
 (COVE, True, "At the end of January 2017 Coventry was looking after 599 children, slightly more than the 580 of the previous March, and 39 of them were unaccompanied asylum-seeking children [@{s}].",
  "599 children were being looked after by the local authority", "the parent bullet of 'Children looked after in this area' (599, up from 580) and its last sub-bullet (39 unaccompanied asylum-seeking children); 'slightly more' for 580→599",
  ["39 children are unaccompanied asylum-seeking children."]),
 (TORB, False, "Between March 2017 and May 2018 Torbay cut the number of children on child protection plans from 212 to 153, while the number it looked after climbed from 285 to 336.",
  "153 children and young people were the subject of a child", "two separate bullets ('Child protection in this area' and 'Children looked after in this area'); each bullet gives the earlier figure at 31 March 2017 (212; 285)",
  ["336 children were being looked after by the local authority (a"]),
 (ROTH, False, "Rotherham's child protection numbers grew sharply in the six months to September 2017, from 367 to 519 children on plans, while children in privately arranged fostering went from four to seven.",
  "519 children and young people were the subject of a", "two separate bullets of 'Child protection in this area' (plans 367→519 from 31 March to 30 September 2017; private fostering four→seven); 'six months' computed from the two dates",
  ["seven children lived in a privately arranged fostering"]),
 (EALI, True, "Of the 372 children Ealing looked after in March 2016, 256 lived with foster families, and close to three in five of those were placed outside the borough [@{s}].",
  "256 live with foster families, of whom 59.3% live out of the authority", "the parent bullet (372 at 31 March 2016) and its foster sub-bullet (59.3%→close to three in five); the overall out-of-area share (58.9%) is a different sub-bullet",
  ["372 children were being looked after by the local authority (a"]),
]
PT = [  # (doc, claim, passage, note, altPassages)
 (NOTT, "Nottinghamshire care leavers aged 21 or over who decide they no longer need an allocated personal adviser are still kept in contact through a duty system, and those who run into difficulty get a named adviser [@{s}].",
  "If care leavers decide they do not require an allocated PA,", "Nottinghamshire only in the title and page headers; paragraph 36 names no council; 'contact is still maintained through a duty system' on the next line; 'requiring more intensive support are allocated a named PA'→'those who run into difficulty get a named adviser'",
  ["contact is still maintained through a duty system. Drop-in support ensures care"]),
 (SGLO, "South Gloucestershire has had no adoption breakdown for a long time, helped by strong joint working with its regional adoption agency, Adoption West [@{s}].",
  "helped to ensure that there have been no adoption breakdowns for a sustained", "South Gloucestershire only in the title and page headers; paragraph 36 names no council; 'for a sustained period'→'for a long time'", []),
 (ROCH, "Rochdale makes little use of fostering for adoption: in the six months before the 2018 inspection only one child was placed that way [@{s}].",
  "to adopt as an option is underdeveloped, with only one child placed in a", "Rochdale only in the title ('Rochdale Borough Council'); paragraph 27 names no council; 'underdeveloped'→'makes little use'; 'in the last six months' on the next line",
  ["fostering-to-adopt placement in the last six months."]),
 (KENS, "Kensington and Chelsea's edge-of-care team gives families intensive support every day of the week, steadying children's lives so that they can keep living with their families [@{s}].",
  "Packages of extensive and very regular support seven days a week help to", "the Royal Borough only in the title; paragraph 3 ('the families forward team') names no council; 'seven days a week'→'every day of the week'; 'stabilise and enhance children's lives and enable them to live in their families' on the next line", []),
]
CON = [  # (code, doc, cited, claim, passage, detail, note, twin)
 ("cd", RICH, True, "Over the two years before its 2022 inspection, Richmond saw a sharp fall in the number of children being educated at home [@{s}].",
  "The number of children who are electively home educated has risen sharply",
  "the number of children who are electively home educated has risen sharply over the last two years", "direction reversed ('risen sharply'→'a sharp fall'); 'over the last two years' on the next line; paragraph 15 names no council",
  "Richmond has seen a steep rise over the past two years in the number of children whose parents educate them at home, and an experienced, stable team keeps a close eye on their circumstances [@{s}]."),
 ("cf", STKP, False, "Extra investment in Stockport is paying until 2023 for two additional social work teams and five more personal advisers in the care leaver service.",
  "Additional investment has led to continued funding until 2023 of two extra",
  "two extra social work teams and three additional PAs in the care leaver service, funded until 2023", "new figure (five for three); 'five' does not occur in the document; the PAs are on the next line; paragraph 47 names no council",
  "Stockport's additional investment keeps two extra social work teams and three more personal advisers for care leavers funded until 2023, which is starting to bring some caseloads down."),
]
UN = [  # (doc, cited, claim, note)
 (WSUS, True, "Only about one in three West Sussex children who came into care in December 2018 had a personal education plan completed on time [@{s}].",
  "invented figure next to a real one: paragraph 25 says too many PEPs are 'still not produced within the expected timescales', with no figure; the only December 2018 figure is in paragraph 20 (13% of children had an initial health assessment on time); the report's only other proportion is a quarter without an up-to-date care plan (grep PEP, personal education, %, third, in the 2016 and 2019 reports)"),
 (WARW, False, "Children in Warwickshire's care were waiting around 18 weeks on average for specialist mental health treatment when Ofsted inspected in late 2021.",
  "invented figure: paragraph 24 says children 'wait too long for specialist interventions', with no length; no Warwickshire report (2017, 2022) gives an 18-week wait (grep weeks, CAMHS; the 2017 report's 29 and 26 weeks are court timescales)"),
 (TRAF, False, "More than 150 Trafford families were on the waiting list for the family support service at the time of the June 2026 inspection.",
  "invented count: paragraphs 3 and 53 speak of 'long waiting lists' and a 'waiting well' list, with no number; no Trafford report (2015, 2019, 2023, 2026) has 150 or a waiting-list count (grep waiting, 150, hundred)"),
 (THUR, True, "Each of Thurrock's personal advisers was supporting around 20 care leavers at the time of the November 2019 inspection [@{s}].",
  "invented caseload: paragraph 26 says capacity has been an issue and four more PAs and a senior practitioner were employed, with no caseload figure; the report has no '20' or 'twenty'; Thurrock 2016 gives social workers' average caseload (18 in 2015, up to 28), not PAs' (grep caseload, 20)"),
 (WIGA, True, "Wigan's care leavers mentoring programme had matched more than 50 care leavers with mentors by the time of the May 2022 inspection [@{s}].",
  "invented count next to a real one: paragraph 43 says the new mentoring programme 'has resulted in 21 volunteers' (mentors, not care leavers), with no count of care leavers mentored; no Wigan report (2017, 2022, 2025) has such a count (grep mentor, 50, fifty)"),
 (CWAC, False, "Care leavers in Cheshire West and Chester are entitled to free bus travel across the borough, a concession secured through the corporate parenting board.",
  "invented entitlement next to real ones: paragraph 41 lists what the lead member's corporate parenting board achieved (a council tax waiver for care leavers, laptops for children in care, free leisure passes for fostering households); no Cheshire West and Chester report (2015, 2019, 2024) mentions buses, transport or free travel (grep bus, travel, transport)"),
]
WS = [  # (true doc A, wrongly cited doc B, claim, passage in A, note, altPassages)
 (WARR, LINC, "Warrington has a social worker from the child and adolescent mental health service based permanently in its children in care service, giving social workers and children ready access to advice [@{s}].",
  "from the child and adolescent mental health service (CAMHS) is permanently", "Lincolnshire 2019 cited; B says children in care get 'timely support with their emotional and mental health' but has no CAMHS worker in its children in care service and never names Warrington (grep CAMHS, mental health)", []),
 (LAMB, PLYM, "No child in Lambeth was living in an unregistered children's home at the January 2026 inspection, and none had done so in the previous six months [@{s}].",
  "to ensure that no children in Lambeth are currently living in unregistered", "Plymouth 2024 cited; B says the opposite of its own children ('too many children remain living in such arrangements') and never names Lambeth (grep unregistered, Lambeth, six months)",
  ["children’s homes, and none have done so in the past 6 months."]),
 (WALS, STKT, "Walsall's virtual school uses pupil premium funding for a central team of tutors, mentors, a careers adviser and a mental health worker [@{s}].",
  "virtual school team, which includes tutors, mentors, a careers adviser and a", "Stockton-on-Tees 2023 cited; B's virtual school agrees strategies such as English tutoring and careers guidance with schools, but has no pupil premium-funded central team or CAMHS worker and never names Walsall (grep pupil premium, careers, tutor, mentor)",
  ["Pupil premium funding supports the central"]),
 (BRIG, SOUT, "Brighton and Hove has worked with local language schools to raise awareness of private fostering, but in 2018 most of its few privately fostered children had no allocated social worker [@{s}].",
  "and works closely with local language schools. Children living in private", "Southampton 2023 cited; B says its own arrangements to raise awareness of private fostering are underdeveloped, with no language schools, and never names Brighton (grep language, private fostering)",
  ["time of the inspection, the vast majority of privately fostered children,"]),
]
