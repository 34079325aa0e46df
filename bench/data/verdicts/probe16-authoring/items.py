# Probe-16 verdict items, written blind on 7 December 2026 (see README.md). Each tuple is resolved and checked by build.py.
# Document names are file stems in the policy corpus; {s} in a claim is replaced by the full key (for wrong-source
# items, by the key of the wrongly cited document). Documents were taken in a shuffled order (README.md).
WOLV = "80583_wolverhampton_2022-05-18_children-s-services-inspection"          # 1
WAKE = "80451_wakefield_2018-07-17_children-s-services-inspection"              # 2
THUR = "80571_thurrock_2024-10-29_children-s-services-inspection"               # 3
BRAC = "80436_bracknell-forest_2022-07-29_children-s-services-inspection"       # 4
CHEE = "80447_cheshire-east_2020-01-09_children-s-services-inspection"          # 5
WEST = "80519_westminster_2025-01-13_children-s-services-inspection"            # 6
NELI = "80526_north-east-lincolnshire_2021-11-26_children-s-services-inspection"  # 7
STYN = "80557_south-tyneside_2026-08-04_children-s-services-inspection"         # 8
PORT = "80539_portsmouth_2018-10-15_children-s-services-inspection"             # 9
BARN = "80487_barnet_2017-07-07_children-s-services-inspection"                 # 10
SLOU = "80553_slough_2014-02-14_children-s-services-inspection"                 # 11
WARW = "80576_warwickshire_2025-10-14_children-s-services-inspection"           # 12
STOK = "80564_stoke-on-trent_2025-07-15_children-s-services-inspection"         # 13
LIVE = "80485_liverpool_2018-07-02_children-s-services-inspection"              # 14
WBER = "80577_west-berkshire_2025-10-28_children-s-services-inspection"         # 15
SURR = "80567_surrey_2018-05-16_children-s-services-inspection"                 # 26
NSOM = "80528_north-somerset_2017-08-25_children-s-services-inspection"         # 36

PU = [  # (doc, claim, passage, note, altPassages)
 (WOLV, "Wolverhampton's young people meet their personal adviser when they are fifteen and three quarters, early enough for a strong relationship to form before they leave care.",
  "Young people are introduced to their PA at the age of 15 years and nine months,", "'15 years and nine months'→'fifteen and three quarters'; 'enabling the development of strong relationships' is the rest of the sentence; paragraph 33 names no council", []),
 (WAKE, "Fewer than half of the children in Wakefield's long-term care had stayed in one placement for two years or more, partly because the district lacks enough skilled local foster carers.",
  "children in long-term care have been in the same placement for at least two", "'Less than half' (end of the line before)→'fewer than half'; 'at least two years'→'two years or more'; 'not enough local, skilled foster carers in Wakefield' two lines down; paragraph 18", []),
 (THUR, "In Thurrock one personal adviser even acted as birth partner for a young woman leaving care, a sign of how far staff go for young parents.",
  "One PA was the birthing partner for a care leaver.", "'birthing partner'→'birth partner'; 'go above and beyond' and the support for pregnant care leavers are in the same paragraph (43), which names no council", []),
 (CHEE, "Thanks to its Cornerstone behaviour service, an early-intervention scheme, Cheshire East has had no exclusions from primary school.",
  "effective early intervention model which has resulted in no primary exclusions.", "'resulted in no primary exclusions'→'has had no exclusions from primary school'; the name 'Cornerstone behaviour provision' ends the line before; paragraph 15 names no council",
  ["electively home educated community. The Cornerstone behaviour provision is an"]),
 (WEST, "Westminster's care leavers make use of a full local offer and hold the papers they will need as adults, such as passports, birth certificates, driving licences and national insurance numbers.",
  "They have the key documents they need for adulthood, including driving", "list reordered; 'comprehensive local offer'→'full local offer' (sentence before); the list runs onto the next line; paragraph 40 names no council", []),
 (STYN, "South Tyneside's local offer for care-experienced young people runs up to the age of 25, and many of them get council tax reductions, paid-for driving lessons and help with gym membership.",
  "activities, council tax reductions, funded driving lessons and supported gym", "'extends to those aged 25' (first sentence of paragraph 49)→'runs up to the age of 25'; 'funded'→'paid-for'; 'supported gym memberships'→'help with gym membership'; paragraph names no council",
  ["The local offer is comprehensive and extends to those aged 25. There is a"]),
 (LIVE, "Fewer than half of Liverpool's care leavers were in work, education or training in 2018, and too few opportunities were open to them.",
  "of care leavers are in employment, education or training (EET). The range of", "'Less than half' ends the line before; 'range of opportunities … not sufficient'→'too few opportunities'; paragraph 30 names no council", []),
 (PORT, "A jointly commissioned child health offer aimed at Portsmouth's most deprived wards has already given more than 700 children an enhanced health visiting service.",
  "provided an enhanced health visiting service to over 700 children.", "'over 700'→'more than 700'; 'most deprived wards of the city' and 'jointly commissioned' are two and three lines before (paragraph 37, which says 'the city', not Portsmouth)", []),
 (NELI, "North East Lincolnshire's small children in care council, Our Voice Listen Up, has made welcome packs and postcards to greet children who are new to care.",
  "children when they first come into care. They have produced welcome packs and", "'when they first come into care'→'new to care'; the council's name is two lines up; paragraph 23 names no council (only the page headers do)",
  ["Our Voice Listen Up is the name chosen for the children in care council. This is a"]),
 (WBER, "West Berkshire's service for over-16s runs creative workshops in music, drama and cooking that make a real difference to care leavers' lives.",
  "16+ service facilitates a series of creative and purposeful workshops such as", "'16+ service'→'service for over-16s'; 'positive impact on young people's lives'→'real difference'; the list is on the next line; paragraph 40 names no council", []),
]
PC = [  # (doc, claim, passage, note, altPassages); the first six give a figure, the last six none
 (WARW, "Over the past three years Warwickshire has opened five more children's homes, and it has agreed to buy a property for a further one, as part of its drive to improve placements for children in care [@{s}].",
  "progress, opening five new children’s homes in the last three years and securing", "figure: five homes in three years, reordered; 'securing agreement to purchase a new property'→'agreed to buy a property'; 'placement provision … key strategic priority' opens paragraph 61, which names no council", []),
 (LIVE, "Liverpool's new director of children's services won extra resources to tackle long-standing capacity problems, including 16 more social work posts, some of which have already been filled [@{s}].",
  "post for education has been created, and 16 additional social work posts have", "figure: 16 posts; 'made the case for additional resources'→'won extra resources'; 'some of which have been recruited to'→'some … already been filled'; paragraph 40 names no council", []),
 (WAKE, "Only three in four of Wakefield's initial child protection conferences take place on time, and other agencies often fail to attend [@{s}].",
  "Only three quarters of initial child protection conferences (ICPC) are convened", "figure: 'three quarters'→'three in four'; 'Other agency attendance is also limited'→'often fail to attend'; paragraph 8 names no council", []),
 (STOK, "More than half of the referrals that Stoke-on-Trent judges less urgent are not dealt with in good time, so some children's needs are picked up too late [@{s}].",
  "assessed as less urgent, over half are not completed in a timely way, meaning", "figure: 'over half'→'more than half'; 'not happening soon enough'→'picked up too late'; paragraph 2 names no council", []),
 (WEST, "Westminster shares its out-of-hours emergency duty service with two neighbouring boroughs, and it gives children and families a timely response in the evenings and at weekends [@{s}].",
  "Westminster emergency duty service operates jointly with two neighbouring", "figure: two boroughs; 'operates jointly'→'shares'; 'out of office hours and at the weekends'→'in the evenings and at weekends'; paragraph 4 names the council", []),
 (WBER, "Because only a very small number of young people take part in the R:Vue council, West Berkshire's leaders have recently agreed to add two participation officers [@{s}].",
  "additional two participation officers. Senior leaders, including the chief", "figure: two officers; 'recently agreed additional two participation officers'→'recently agreed to add two'; 'very small number … influence and reach … limited' earlier in paragraph 53, which names no council",
  ["children in care and care leavers take part in the ‘R:Vue’ council, and, through"]),
 (THUR, "Thurrock has teamed up with local charities and firms to get items such as steel-toe-capped boots donated for care leavers starting construction apprenticeships [@{s}].",
  "businesses has led to securing donations of items such as steel-capped boots", "no figure; 'businesses'→'firms'; 'securing donations'→'get … donated'; 'taking up'→'starting'; paragraph 44 names Thurrock in another sentence", []),
 (BRAC, "Personal advisers in Bracknell Forest carry more cases than is ideal, which sometimes limits how much help they can give young people [@{s}].",
  "PAs have higher than optimal caseloads and this sometimes affects their ability", "no figure; 'higher than optimal caseloads'→'more cases than is ideal'; paragraph 28 names no council", []),
 (CHEE, "A sizeable group of Cheshire East's foster carers have complained about the support they get from the council, and an independent review of fostering is now under way [@{s}].",
  "A significant group of foster carers have raised a series of concerns over", "no figure; 'raised a series of concerns'→'complained'; 'independent review of the fostering service … is underway' ends paragraph 27, which names no council", []),
 (NELI, "Because of staff vacancies and turnover, many of North East Lincolnshire's placements with family and friends carers have not been assessed or approved [@{s}].",
  "turnover mean that a high number of connected carer placements are unassessed", "no figure; 'connected carer placements'→'placements with family and friends carers'; 'unassessed and unapproved'→'not been assessed or approved'; paragraph 18 names no council", []),
 (PORT, "In Portsmouth, most first strategy discussions involve only the police and children's social care, whereas later strategy meetings bring in the key professionals [@{s}].",
  "strategy discussions only include police and children’s social care. They do not", "no figure; 'initial'→'first'; 'subsequent strategy meetings include key professionals' is three lines down; paragraph 9 names no council", []),
 (WOLV, "A few of Wolverhampton's vulnerable disabled children live in homes whose only registration is with the Care Quality Commission; senior managers oversee these placements, social workers visit more often and the homes are due to be registered with Ofsted [@{s}].",
  "homes registered only with the Care Quality Commission, with plans for the", "no figure; 'A very small number'→'A few'; 'increased visiting'→'visit more often'; summary of paragraph 31, which names no council", []),
]
LF = [  # (doc, cited, claim, passage, note, altPassages)
 (BARN, True, "Barnet was looking after 345 children at the end of March 2017; more than three in five of them lived outside the borough, as did just over half of the 206 in foster care [@{s}].",
  "214 (or 62%) live outside the local authority area", "sub-bullets of the 'Children looked after in this area' list (62%→more than three in five; 52%→just over half) and the parent bullet with 345",
  ["206 live with foster families, of whom 52% live out of the authority area", "At 31 March 2017, 345 children were being looked after by the local authority"]),
 (SLOU, False, "In the year to March 2013 Slough saw nine adoptions, while ten children became subject to special guardianship orders and four to residence orders.",
  "10 children who became subject of special guardianship orders and", "two sub-bullets of the 'In the 12 months up to 31 March 2013' list; the residence orders are on the next line; the adoptions bullet is the alternative (with the list heading and the bullet glyph U+F02D, matched after collapsing whitespace)",
  ["In the 12 months up to 31 March 2013 there have been: \uf02d nine adoptions;"]),
 (SURR, False, "By the end of January 2018, 985 Surrey children were on child protection plans, up from 843 in March 2017, and the number living in private fostering arrangements had almost doubled, from five to nine.",
  "At 31 January 2018, 985 children and young people were the subject of a child", "two separate bullets of the 'Child protection in this area' list (plans; private fostering); the earlier figures (843, five) are in the same bullets; five→nine restated as 'almost doubled'",
  ["At 31 January 2018, nine children lived in a private fostering arrangement. This is"]),
 (NSOM, True, "North Somerset was looking after 227 children at the end of March 2017, a few more than a year earlier; roughly two in five of them lived outside the area, and 184 were with foster families [@{s}].",
  "87 (or 41%) live outside the local authority area, (which excludes", "parent bullet of the 'Children looked after in this area' list (227, up from 221) and two of its sub-bullets (41%→roughly two in five; 184 with foster families)",
  ["184 live with foster families, of whom 38% live out of the authority area", "At 31 March 2017, 227 children were being looked after by the local authority (a"]),
]
PT = [  # (doc, claim, passage, note, altPassages): the council is named only in the title and page headers
 (THUR, "Over the last year and a half, extra investment in Thurrock's aftercare service has brought extra staff and firmer backing from managers, and personal advisers now have caseloads that leave them time for each care leaver [@{s}].",
  "service. Increased investment in the service in the last 18 months has resulted", "'last 18 months'→'last year and a half'; 'Manageable caseloads mean that PAs can give care leavers the time …' on the next lines; paragraph 33 names no council",
  ["in more staff and stronger management support, which has made a significant"]),
 (WEST, "Westminster's care leavers can see their own health records through the NHS app, and they are helped to gain the skills for living independently [@{s}].",
  "Care leavers access their health information through the NHS app. They are", "'access their health information'→'see their own health records'; 'helped to gain skills to move towards independent living' on the next line; paragraph 38 names no council", []),
 (WBER, "West Berkshire intends to replace its unwieldy and inflexible case recording system with a new one in spring 2026 [@{s}].",
  "implement a new system in spring 2026 aimed at strengthening case recording.", "'proven unwieldy and inflexible' two lines up; 'have a plan in place to implement'→'intends to replace'; paragraph 56 names no council", []),
 (BRAC, "Bracknell Forest set up a council for care leavers only recently and just a handful of young people belong to it, so its influence on how services are designed is still in its infancy [@{s}].",
  "has recently been formed and only a small number of young people are", "'A care leavers council has recently been formed'→'set up … only recently'; 'only a small number'→'just a handful'; 'influence and impact … in its infancy' on the next lines; paragraph 27 names no council", []),
]
CON = [  # (code, doc, cited, claim, passage, detail, note, twin)
 ("cd", STOK, True, "The number of children in Stoke-on-Trent's care is rising, and a growing share of them live in residential homes [@{s}].",
  "While the overall number of children in care is decreasing, the proportion placed in residential care is increasing.",
  "the overall number of children in care is decreasing", "direction reversed for the overall number (rising vs decreasing); the residential share's rise is true; the sentence runs over two lines (passageNormalised); paragraph 52 names no council",
  "Although fewer children are now in Stoke-on-Trent's care, a growing proportion of those who are live in residential homes, and leaders see the need for a fuller edge-of-care offer [@{s}]."),
 ("cd", WOLV, False, "Wolverhampton has seen a marked fall in the number of children whose parents have chosen to educate them at home.",
  "The number of children who are electively home educated has risen significantly.",
  "the number of children who are electively home educated has risen significantly", "'marked fall' vs 'risen significantly'; 'educate them at home'→'electively home educated'; paragraph 16 names no council",
  "Many more Wolverhampton children are now educated at home by choice, and managers keep a close eye on each parent's decision to take a child out of school."),
 ("cf", WAKE, False, "Wakefield's own records showed that only half of its children in care had an up-to-date care plan in April 2018.",
  "records show only a quarter of children in care have an up-to-date care plan",
  "only a quarter of children in care have an up-to-date care plan as of April 2018", "half vs a quarter; 'half' occurs three times elsewhere in the report for other measures (assessments in time, overdue visits, placement stability); the date is on the next line",
  "According to Wakefield's records, just one child in four in its care had a current care plan in April 2018."),
 ("cf", LIVE, True, "At the 2018 inspection, some 60 Liverpool children who had lived with their foster carers for two years had still not been formally matched with them [@{s}].",
  "inspection, 80 children who have been living with foster carers for two years are",
  "80 children living with foster carers for two years are still waiting to be formally matched", "60 vs 80; 60 occurs nowhere in the report; 'still waiting to be formally matched' on the next line; paragraph 26 names no council",
  "Eighty children in Liverpool who had been with the same foster carers for two years were still awaiting a formal match when Ofsted inspected in 2018 [@{s}]."),
]
UN = [  # (doc, cited, claim, note)
 (THUR, True, "Only around two in five of Thurrock's care leavers were in education, employment or training when Ofsted inspected in September 2024 [@{s}].",
  "invented figure next to a real passage: paragraph 44 says the number in EET 'is lower than national averages', with no figure; the report has no percentage, fraction or count for EET (grep %, in five, fifth, forty, 40)"),
 (WOLV, False, "Wolverhampton's House Project has moved more than 60 care leavers into secure tenancies since it began.",
  "invented count: paragraph 37 says the project has supported 'three cohorts of young people' into secure tenancies, with no count; Wolverhampton 2017 has 33 flats and 82% in unsupported accommodation (other measures), 2026 nothing on the project; no other report gives a House Project count for Wolverhampton (grep House Project, Housing Project, tenanc, cohort, 60 across the corpus)"),
 (STOK, False, "In 2025 each of Stoke-on-Trent's personal advisers was supporting about 35 care leavers on average.",
  "invented figure: paragraphs 38, 39 and 50 say PAs have high caseloads that are gradually reducing, with no number; no Stoke report (2015, 2019, 2022, 2025) gives a PA caseload (grep caseload, personal advis, 35; 2015's '35' is a count of children in 2013–14, another measure)"),
 (WBER, True, "Around fifteen children in care and care leavers regularly attend West Berkshire's R:Vue council [@{s}].",
  "invented count next to a real passage: paragraph 53 says 'a very small number' take part; the report's only '15' is in the inspection dates and page footers (15 to 19 September 2025) and paragraph number 15 (grep 15, fifteen, members)"),
 (WEST, True, "About a third of the social workers who leave Westminster later come back to work for the council [@{s}].",
  "invented fraction: paragraph 61 says 'Of those who leave to work elsewhere, many return', with no figure; the report has no percentage or fraction at all (grep %, third, return, come back)"),
 (BRAC, False, "Bracknell Forest's children in care council, Say It Loud, Say It Proud, has more than 40 members.",
  "invented count: paragraph 35 (2022) praises engagement with SILSIP, with no size; Bracknell Forest 2017 says five SiLSiP members are accredited trainers and 2026 names the council, neither gives a membership (grep SILSIP, Say it loud, members, 40, forty; SILSIP and 'Say it loud' occur only in Bracknell Forest reports)"),
]
WS = [  # (true doc A, wrongly cited doc B, claim, passage in A, note, altPassages)
 (LIVE, CHEE, "Liverpool's Careline, the single point of contact for both adult and children's services, runs around the clock, so children needing help and protection get a consistent response out of hours [@{s}].",
  "response. Careline operates 24 hours each day, which means that there is a", "Cheshire East 2020 cited: its integrated front door and its 24-hour, seven-day domestic abuse hub are near misses, but it has no Careline, no joint adult and children contact point and never names Liverpool (grep Careline, single point, 24 hours, Liverpool)",
  ["4. Detailed screening decision-making is undertaken in Careline (the single point of"]),
 (STYN, WBER, "South Tyneside's in-house wellbeing team offers care-experienced young people stay-and-play sessions for parents, sport, cooking and a yearly residential trip [@{s}].",
  "parents, sports sessions, cooking and an annual residential trip. These activities", "West Berkshire 2025 cited: it has its own music, drama and cooking workshops and a young parent group (a near miss), but no stay-and-play, sports sessions or residential trip and never names South Tyneside (grep residential, stay-and-play, trip, Tyneside)",
  ["alongside practical and enriching activities, such as stay-and-play sessions for"]),
 (WARW, STOK, "Warwickshire has made care leaver status a protected characteristic, as part of a whole-council effort to help young people leaving care into apprenticeships and work [@{s}].",
  "Warwickshire has recognised ‘care leaver’ status as a protected characteristic.", "Stoke-on-Trent 2025 cited: it is about weak EET outcomes and a thin local offer for care leavers, and mentions apprenticeships only for its own social work staff; no protected characteristic and no Warwickshire (grep protected, characteristic, Warwick, apprentice)",
  ["leaver’ status as a protected characteristic."]),
 (WAKE, CHEE, "Wakefield's adoption work gets markedly better and quicker whenever its regional adoption agency, One Adoption West Yorkshire, is involved [@{s}].",
  "timeliness of the work significantly improves. Family finding and matching are", "Cheshire East 2020 cited: it praises its own regional adoption agency, Adoption Counts, for timely family finding (a near miss), but has no One Adoption West Yorkshire and never names Wakefield (grep West Yorkshire, Wakefield, One Adoption)",
  ["Wakefield Council is a partner of One Adoption West Yorkshire, a regional"]),
]
