# Probe-2 verdict items, written blind on 6 December 2026 (see README.md). Each tuple is resolved and checked by build.py.
# Document names are unique prefixes of file stems in the policy corpus; {s} in a claim is replaced by the full key.
NEWC = "80525_newcastle-upon-tyne_2017"; TOWH = "80516_tower-hamlets_2017"; NLIN = "80527_north-lincolnshire_2017"
SOUK = "80514_southwark_2017"; SALF = "80548_salford_2015"; TAME = "80569_tameside_2016"; WALS = "80574_walsall_2017"
REGS = "the-children-s-home-england-regulations-2015"; OUTS = "publication-of-outcome-summaries"; BRAC = "80436_bracknell-forest_2017"
WOKI = "80582_wokingham_2016"; REDC = "80541_redcar-and-cleveland_2017"; STOK = "80564_stoke-on-trent_2019"
CITY = "80450_london-corporation_2016"; MELT = "final-planning-guidance-document-childrens-homes"; RUTL = "80547_rutland_2017"
NYOR = "80530_north-yorkshire_2014"; WILT = "80580_wiltshire_2015"; HARR = "80499_harrow_2017"; PETE = "80537_peterborough_2015"
STOC = "80563_stockton-on-tees_2016"; WSUS = "80578_west-sussex_2016"; HAMM = "80497_hammersmith-and-fulham_2016"

PU = [  # (doc, claim, passage, note, altPassages)
 (NEWC, "Newcastle upon Tyne's new early help model has brought a 16% rise in children on early help plans over six months, and almost two thirds of those children have seen their outcomes improve.",
  "the last six months, with 64% of children achieving improved outcomes.", "64%→almost two thirds; the 16% is on the line before", []),
 (TOWH, "The leaving care team in Tower Hamlets stays in touch with nearly all of its care leavers, 200 of 204.",
  "The care leaving service team is in touch with 98% of its care leavers (200 out", "98%→nearly all; care leaving service team→leaving care team", []),
 (NLIN, "Almost all of North Lincolnshire's children in care live within twenty miles of home, so most can keep their school, their GP and their friends.",
  "majority of children looked after are placed within 20 miles of their home. This", "20→twenty; the consequences are on the next lines", []),
 (SOUK, "In Southwark, most care plans and reviews for children in care pay too little attention to the child's personality, and many overlook whether they can make and keep friends.",
  "The majority of children’s plans and reviews do not sufficiently consider", "majority→most; do not sufficiently consider→pay too little attention; sentence runs over two lines", []),
 (SALF, "Children in care in Salford have a real say in their reviews: ninety-five per cent took part in theirs in the first quarter of 2015.",
  "The voice of the child is promoted effectively, with 95% of looked after children", "95%→ninety-five per cent; January to March→first quarter; the period is on the next line", []),
 (TAME, "More young people in Tameside now stay with their foster carers after turning eighteen, with 85% staying put in 2015–16.",
  "has increased and, in 2015–16, 85% stayed. The number of supported", "18 years old→eighteen; the subject starts two lines up", []),
 (WALS, "Children in Walsall usually wait about eight weeks after assessment before a first appointment with other emotional health services, which is too long.",
  "typical wait of eight weeks for an initial appointment following assessment.", "typical→usually; the judgement is in the next sentence", []),
 (REGS, "Every children's home must be visited at least monthly by an independent person, and the visits may be unannounced.",
  "The registered person must ensure that an independent person visits the children's home", "at least once each month is on the next line; unannounced is paragraph (3)", []),
 (OUTS, "Ofsted keeps published outcome summaries on its website for five years.",
  "Published outcome summaries remain on our website", "5→five; remain→keeps; the period is on the next line", []),
 (BRAC, "Care leavers who take on a tenancy in Bracknell Forest no longer have to pay council tax.",
  "If care leavers obtain tenancies in Bracknell Forest, they are now exempt from paying council tax.", "exempt→no longer have to pay; crosses a line break", []),
]
PC = [  # (doc, claim, passage, note, altPassages)
 (WOKI, "Almost a third of Wokingham's care leavers are themselves parents [@{s}].",
  "A high number of care leavers are parents (31%); these young", "31%→almost a third", []),
 (REDC, "Redcar and Cleveland's target for care leavers to get a CAMHS appointment is four weeks from referral, and it is met consistently [@{s}].",
  "for the time between a referral to CAMHS and an appointment is four weeks,", "target sentence split over lines; consistently met on the next line", []),
 (STOK, "In Stoke-on-Trent far too many children remain in care when they do not need to, living too long in insecure and uncertain circumstances [@{s}].",
  "children live in uncertain and insecure situations for far too long and far too", "reordered; situations→circumstances", []),
 (CITY, "Most practitioners that inspectors spoke to in the City of London had been to briefings on lessons from case reviews, and nearly all could explain what had been learned [@{s}].",
  "majority of practitioners spoken to by inspectors had attended briefings, and", "almost all articulated→nearly all could explain", []),
 (MELT, "Melton Borough Council's planning guidance notes that carers usually do not live on site, so most children's homes fall within use class C2 [@{s}].",
  "In the majority of (but not all) cases, care providers will not reside at the", "will not reside at the premises→do not live on site; C2 is on the next line", []),
 (RUTL, "Rutland usually offers children who go missing from home a return-home interview, but does not use what they say to pick out trends in missing episodes [@{s}].",
  "When children go missing from home, they are usually offered a return-home", "second half is two sentences later in the same paragraph", []),
]
LF = [  # (doc, cited, claim, passage, note, altPassages)
 (NYOR, True, "North Yorkshire's social work workforce is stable, with a vacancy rate of just 7%, no agency staff and experienced social workers making up half of the workforce [@{s}].",
  "has secured a stable and permanent workforce. The vacancy rate is low at 7%", "three figures from neighbouring sentences; 50%→half",
  ["and there is a low turnover of staff. There are no agency workers and 50% of"]),
 (WILT, False, "In Wiltshire, nine in ten annual health assessments for children in care are on time, but only about three in five initial health assessments are done within 28 days.",
  "The large majority (91%) of annual health assessments for children in care are", "91%→nine in ten; 61%→three in five; two sentences",
  ["assessments (61%) are completed within 28 days, which is comparable with"]),
]
CON = [  # (code, doc, cited, claim, passage, detail, note, twin)
 ("cd", HARR, False, "In Harrow, the share of children in care completing strengths and difficulties questionnaires dropped from three quarters to around two in five during 2016.",
  "after has seen the rate rise from only 41% during 2015–16 to 75% at the end", "the rate rose from 41% to 75%; the claim reverses it",
  "from–to reversed; 81% comparator in the next sentence",
  "Harrow raised completion of strengths and difficulties questionnaires by children in care from 41% in 2015–16 to three quarters by the end of 2016, though it is still below similar councils."),
 ("cd", PETE, True, "Peterborough's average wait between a child coming into care and moving in with adopters grew longer in 2012–15, to 544 days [@{s}].",
  "2012–15, the local authority has further reduced the average time children wait", "the wait was further reduced, to 544 days, not lengthened",
  "lengthened vs reduced; earlier figure 593 days",
  "Peterborough cut the average time from entering care to moving in with an adoptive family still further in 2012–15, to 544 days [@{s}]."),
 ("cd", STOC, False, "Stockton-on-Tees' own figures show that the average time from entering care to joining an adoptive family shortened to 675 days in 2015–16.",
  "average time children waited had lengthened to 675 days.", "the wait lengthened to 675 days (from 556)",
  "shortened vs lengthened; the 556 days is two lines above",
  "Stockton-on-Tees' own data show children waited longer in 2015–16 to move in with an adoptive family, 675 days on average against 556 days the year before."),
 ("cf", WSUS, True, "Fewer than one in ten social worker posts in West Sussex are vacant [@{s}].",
  "The vacancy rate for social workers is 19%. However, this is in the context of", "the vacancy rate is 19%, not under 10%",
  "figure in words",
  "Nearly a fifth of social worker posts in West Sussex are vacant, partly because the workforce has been expanded [@{s}]."),
 ("cf", HAMM, False, "Hammersmith and Fulham brought short-term placement instability down from 20% in 2013–14 to 11% in 2014–15.",
  "Short-term placement stability has improved considerably, from 20% in 2013–14 to 9.2% in 2014–15", "the 2014–15 figure is 9.2%; 11% is the England average",
  "wrong figure is the England average in the same sentence; crosses a line",
  "In Hammersmith and Fulham, short-term placement instability more than halved, from a fifth of children in 2013–14 to 9.2% in 2014–15, below the England average."),
 ("cf", REGS, False, "A children's home must carry out a review of the quality of its care at least once a year.",
  "(“a quality of care review”) at least once every 6 months.", "the review is required every six months; once a year is the premises review",
  "annual review of premises two paragraphs later",
  "A children's home has to review the quality of the care it provides at least every six months."),
]
