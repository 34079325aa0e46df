# Probe-10 verdict items, written blind (see README.md). Each tuple is resolved and checked by build.py.
# Document names are unique prefixes of file stems in the policy corpus; {s} in a claim is replaced by the full key.
# The numbers in the comments are the documents' places in the shuffled order (README.md).
ESSE = "80468_essex_2019"               # 1
DORS = "2532283_dorset_2021"            # 2
BOLT = "80432_bolton_2014"              # 3
HERF = "80474_herefordshire_2018"       # 4
WNOR = "2637548_west-northamptonshire_2026"  # 5
BUCK = "80442_buckinghamshire_2018"     # 6
HULL = "80477_kingston-upon-hull_2026"  # 7
IOWI = "80419_isle-of-wight_2023"       # 8
CBED = "80446_central-bedfordshire_2025"  # 9
LEED = "80481_leeds_2018"               # 10
BEDF = "80428_bedford_2017"             # 11
BRAD = "80449_bradford_2014"            # 12
LEIC = "80483_leicestershire_2019"      # 13
NNOR = "2637539_north-northamptonshire_2022"  # 14
LOND = "80450_london-corporation_2020"  # 15
LIVE = "80485_liverpool_2014"           # 16
NORF = "80418_norfolk_2018"             # 17
WAKE = "80451_wakefield_2025"           # 18
BARK = "80486_barking-and-dagenham_2014"  # 19
BANE = "80427_bath-and-north-east-somerset_2022"  # 20

PU = [  # (doc, claim, passage, note, altPassages)
 (CBED, "After finding that privately fostered children were not being assessed and visited on time, Central Bedfordshire's leaders moved responsibility for private fostering to the fostering service a few months before the inspection.",
  "responsibility for private foster care has moved to the fostering service and",
  "'In the last few months'→'a few months before the inspection'; 'were not being assessed and visited within appropriate timescales' is the sentence before; paragraph 17 names no council", []),
 (LEED, "Two of the ten children's homes in Leeds, which include a secure home, had to close for a time, leaving a few children with poor care and unsettling short-term moves.",
  "Leeds has 10 children’s homes, including a secure children’s home. Issues",
  "10→ten; 'Issues with two homes have culminated in their temporary closure'→'had to close for a time'; 'instability due to short-term placement moves'→'unsettling short-term moves'; the sentence about the closures runs onto the next lines",
  ["with two homes have culminated in their temporary closure, resulting in a"]),
 (LEIC, "In Leicestershire, children in the pre-proceedings stage wait too long for social workers and managers to make plans and act, although a plan to tackle the delay is starting to show some progress.",
  "Children in the pre-proceedings phase of the Public Law Outline (PLO) wait too",
  "'pre-proceedings phase of the Public Law Outline (PLO)'→'pre-proceedings stage'; 'formulate plans'→'make plans'; 'An appropriate plan is in place to address this, with some progress evident' is at the end of the paragraph; paragraph 11 names no council",
  ["delay is reduced for all children. An appropriate plan is in place to address this,"]),
 (NNOR, "North Northamptonshire's fostering service ended the past year with slightly more foster carers than it began with, though leaders accept that more still need to be recruited.",
  "Successful recruitment of additional foster carers has resulted in a small net gain",
  "'a small net gain over the last year'→'slightly more foster carers than it began with'; 'Leaders recognise that more foster carers need to be recruited' is the next sentence; paragraph 23 names no council",
  ["over the last year. Leaders recognise that more foster carers need to be"]),
]
PC = []
LF = []
CON = [  # (code, doc, cited, claim, passage, detail, note, twin)
 # contradiction-direction: cited, uncited, uncited, cited, cited, uncited, uncited, cited, cited, uncited
 ("cd", ESSE, True, "A higher share of Essex's care leavers are in education, employment or training than in comparable authorities [@{s}].",
  "proportion of care leavers in education, employment or training is lower than",
  "the proportion of care leavers in education, employment or training is lower than comparators",
  "comparison reversed (higher vs 'lower than comparators'), no figures; 'comparators'→'comparable authorities'; 'comparators' is on the next line; paragraph 35 names no council",
  "Essex's leaders know that a smaller share of their care leavers are in education, employment or training than in comparable areas, and have taken on extra employment advisers to help, though the effect could not yet be seen [@{s}]."),
 ("cd", DORS, False, "The number of Dorset's care leavers who are at university, in college or in a job has been shrinking.",
  "increasing number of care leavers are at university, in college or have a job",
  "an increasing number of care leavers are at university, in college or have a job",
  "'has been shrinking' vs 'an increasing number', no figures; paragraph 28 names Dorset Council (the apprenticeship scheme)",
  "More and more of Dorset's care leavers are studying at university or college or have found work, and a Dorset Council apprenticeship scheme guarantees them an interview."),
 ("cd", BOLT, False, "Bolton has got better at holding initial child protection conferences on time, up from 79% at the start of 2013–14 to 89% at the inspection.",
  "conferences from 89% at the beginning of 2013–4 to 79% currently, although",
  "a worsening in the timeliness of initial child protection conferences from 89% at the beginning of 2013–4 to 79% currently",
  "reversed from→to figures and direction ('got better … up from 79% … to 89%' vs 'a worsening … from 89% … to 79% currently'); 'a worsening in the timeliness' is on the line before; paragraph 48 names no council (only the BSCB)",
  "The share of Bolton's initial child protection conferences held on time slipped from 89% at the start of 2013–14 to 79% by the inspection, though it was still above the national average."),
 ("cd", HERF, True, "Herefordshire is seeing more children referred back to children's social care and more becoming subject to a second child protection plan [@{s}].",
  "Fewer children are the subject of repeated referrals to children’s social",
  "fewer children are the subject of repeated referrals to children's social care and fewer children are subject to repeat child protection plans",
  "'more … referred back', 'more … a second child protection plan' vs 'Fewer … repeated referrals', 'fewer … repeat child protection plans', no figures; paragraph 15 names no council",
  "Fewer Herefordshire children are being referred again to children's social care or made subject to repeat child protection plans, a sign that for some of them the help given is making a lasting difference [@{s}]."),
 ("cd", WNOR, True, "The backlog of initial and review health assessments for West Northamptonshire's children in care has been growing [@{s}].",
  "The backlog is reducing, supported by partnership oversight and leadership challenge",
  "there are delays in completing initial and review health assessments; the backlog is reducing",
  "'has been growing' vs 'is reducing', no figures; the sentence crosses a line (passageNormalised); the delays themselves are true (sentence before); paragraph 30 names no council",
  "West Northamptonshire's children in care still wait too long for their initial and review health assessments, but the backlog is coming down under closer partnership oversight [@{s}]."),
 ("cd", BUCK, False, "Fewer of Buckinghamshire's care leavers were staying put with their foster carers after turning 18 at the time of the inspection than in January 2017.",
  "At the time of inspection, 29 young people remained living with their foster carers after their 18th birthday as part of the ‘staying put’ programme, an increase from 22 in January 2017.",
  "29 young people remained living with their foster carers after their 18th birthday as part of the 'staying put' programme, an increase from 22 in January 2017",
  "'Fewer … than in January 2017' vs 'an increase from 22 in January 2017' (to 29), no figures in the claim; the sentence runs over three lines (passageNormalised); paragraph 79 names no council",
  "At the inspection, 29 young people in Buckinghamshire were still living with their foster carers after turning 18 under the staying put scheme, seven more than in January 2017."),
 ("cd", HULL, False, "Hull now leans more heavily on agency social workers than it did at its last inspection.",
  "retention have improved markedly and agency use has substantially reduced",
  "agency use has substantially reduced since the last inspection",
  "'leans more heavily on agency social workers' vs 'agency use has substantially reduced', no figures; 'since the last inspection' is on the next line; paragraph 59 names no council; paragraph 45 (care leavers NEET 'reducing') is another measure",
  "Hull uses far fewer agency staff than at its last inspection, and its recruitment and retention of staff have improved markedly."),
 ("cd", IOWI, True, "The number of children being educated at home by choice on the Isle of Wight has dropped markedly in recent years [@{s}].",
  "home-educated have increased considerably in recent years; appropriate action",
  "numbers of children who are electively home-educated have increased considerably in recent years",
  "'dropped markedly' vs 'increased considerably', no figures; 'electively home-educated'→'educated at home by choice'; 'Numbers of children who are electively' is on the line before; paragraph 17 names no council",
  "Elective home education has grown considerably on the Isle of Wight in recent years, and action is taken to keep those children safe when concerns arise [@{s}]."),
 ("cd", BEDF, True, "Bedford Borough's care proceedings have got quicker this year, down to 35 weeks [@{s}].",
  "resulted in a deterioration in the length of proceedings to 35 weeks for the year",
  "weaknesses in the local authority's presentation of cases have resulted in a deterioration in the length of proceedings to 35 weeks for the year to date",
  "'got quicker … down to 35 weeks' vs 'a deterioration in the length of proceedings to 35 weeks'; the figure is right, the direction wrong; paragraph 86 names no council",
  "Weaknesses in how Bedford Borough presents its cases to court have lengthened care proceedings, to 35 weeks in the year to date [@{s}]."),
 ("cd", BRAD, False, "The number of children looked after by Bradford went up by about 2% over the last year, in line with the national rise.",
  "happened. Good performance has resulted in a 2.1% decrease in the",
  "a 2.1% decrease in the number of looked after children over the last year, compared to the 2% increase nationally in 2012–13",
  "'went up by about 2% … in line with the national rise' vs 'a 2.1% decrease … compared to the 2% increase nationally'; the size (about 2%) and the national rise are true, Bradford's direction is wrong; paragraph 51 names no council",
  "Bradford cut the number of children it looks after by just over 2% in the last year, while the number across England rose by 2% in 2012–13."),
 # contradiction-figure: cited, uncited, uncited, cited, cited, uncited, uncited, cited, cited, uncited
 ("cf", BOLT, True, "In 2012–13, 6% of Bolton's looked-after children were cautioned or convicted [@{s}].",
  "and England averages: 4% compared with 6% nationally.",
  "the proportion of looked after children cautioned or convicted in 2012–13 was 4%, compared with 6% nationally",
  "wrong figure is in the same sentence: 6% is the national figure, Bolton's is 4%; 'The latest available data, for 2012–13' is two lines up; paragraph 66 names no council",
  "In 2012–13 only 4% of Bolton's looked-after children were cautioned or convicted, below similar councils and the 6% for England [@{s}]."),
 ("cf", HERF, False, "About one in five Herefordshire children on child protection plans are not visited as often as their plans require.",
  "always receive timely visits. Over half of children who are the subject of",
  "over half of children who are the subject of a child protection plan are not visited the locally defined minimum amount or visited enough times to meet their needs",
  "new figure ('about one in five'), not in the report; the true share is 'Over half'; paragraph 14 names no council",
  "More than half of the children on child protection plans in Herefordshire are not visited as often as local standards or their plans require."),
 ("cf", BUCK, False, "Buckinghamshire's re-referral rate stood at 22% at the time of the inspection.",
  "At 33%, the re-referral rate remains high compared to the England average",
  "the re-referral rate is 33%, compared to the England average (22%) and that of statistical neighbours (21%)",
  "wrong figure is in the same sentence: 22% is the England average (statistical neighbours 21%), Buckinghamshire's rate is 33%; paragraph 16 names no council",
  "At a third, Buckinghamshire's re-referral rate remains well above the England average of 22% and its statistical neighbours' 21%."),
 ("cf", BEDF, True, "Only 61% of initial health assessments for Bedford Borough's children in care were completed on time at the inspection [@{s}].",
  "become looked after. Only 44% of initial health assessments and 61% of",
  "only 44% of initial health assessments and 61% of review health assessments were carried out within the required timescales",
  "wrong figure is in the same sentence for another measure: 61% is for review health assessments, initial ones are 44%; paragraph 41 names no council",
  "Fewer than half of initial health assessments for children coming into Bedford Borough's care, and about three in five review assessments, were done within the required timescales [@{s}]."),
 ("cf", BRAD, True, "Only about a quarter of Bradford's family and friends carers have completed formal training [@{s}].",
  "family and friends carers is much lower at 40%. Whilst this group are",
  "the rate of formal training for family and friends carers is 40% (90% for mainstream foster carers)",
  "new figure ('about a quarter'), not in the paragraph; the true rate is 40%; the 90% of mainstream foster carers is on the line before; paragraph 74 names no council",
  "Nine in ten of Bradford's mainstream foster carers have completed formal training, against only two in five of its family and friends carers [@{s}]."),
 ("cf", LIVE, False, "Liverpool children now take 608 days to go from coming into care to moving in with an adoptive family.",
  "It currently takes 842 days from the point of a child coming into care and then moving to their adoptive placement; the current national threshold (2010–2013) is 608 days.",
  "it currently takes 842 days from a child coming into care to moving to their adoptive placement; 608 days is the national threshold",
  "wrong figure is in the same sentence: 608 days is the national threshold (2010–2013), Liverpool's time is 842 days; the sentence runs over three lines (passageNormalised); paragraph 136 names Liverpool ('Liverpool children wait an additional 234 days')",
  "Liverpool children wait 842 days between coming into care and moving in with their adopters, 234 days longer than the 608-day national threshold."),
 ("cf", NORF, False, "Only 63% of Norfolk's care leavers aged 16 to 25 were in education or employment at the time of the inspection.",
  "63% to 66% of 16 to 25-year-old care leavers in education or employment.",
  "over the past six months there has been an increase from 63% to 66% of 16 to 25-year-old care leavers in education or employment",
  "wrong figure is in the same sentence: 63% is the figure six months earlier, the current one is 66%; 'Over the past six months, there has been an increase from' is on the line before; paragraph 49 names no council",
  "Two thirds of Norfolk's 16- to 25-year-old care leavers are now in education or employment, up from 63% six months earlier."),
 ("cf", WAKE, True, "Since its last inspection, Wakefield has cut by about a quarter the number of its children living far from home [@{s}].",
  "number of children living at a distance from home has halved, through the",
  "since the last inspection, the number of children living at a distance from home has halved",
  "new figure ('about a quarter'), not in the report; the true change is 'halved'; the report says so three times (summary, paragraphs 66 and 69), the passage is paragraph 69's",
  "Wakefield has halved the number of children living at a distance from home since its last inspection, by building up its own fostering and residential homes [@{s}]."),
 ("cf", BARK, True, "Only three of the 25 looked-after pupils in Barking and Dagenham achieved five good GCSEs including English and maths in 2013 [@{s}].",
  "were poor. Only two of the 25 pupils (8%) achieved five good GCSEs including",
  "only two of the 25 pupils (8%) achieved five good GCSEs including English and mathematics",
  "new figure (three, which would be 12%), not in the paragraph; the true count is two (8%); 'Key Stage 4 results for that year [2013]' is on the line before; paragraph 88 names no council",
  "In 2013 just two of Barking and Dagenham's 25 looked-after pupils at Key Stage 4, 8%, gained five good GCSEs including English and mathematics, well below national and similar councils' averages [@{s}]."),
 ("cf", BANE, False, "Pre-proceedings work in Bath and North East Somerset is succeeding for only around a third of the children for whom it is started.",
  "proceedings are used wisely. Impressively, for over half the children for whom",
  "for over half the children for whom pre-proceedings processes have been instigated, this strengthened level of intervention is proving successful",
  "new figure ('around a third'), not in the report; the true share is 'over half'; the report calls the council BANES; paragraph 11 names no council",
  "For more than half of the children in Bath and North East Somerset whose families enter pre-proceedings, the work is succeeding, so that they can stay safely at home rather than come into care."),
]
UN = [  # (doc, cited, claim, note)
 (LOND, True, "Social workers in the City of London were each working with no more than eight children at the time of the 2020 inspection [@{s}].",
  "invented figure next to a real passage: paragraph 35 says caseloads, 'although more variable recently, are manageable', with no number; no City of London report (2016, 2020, 2024) gives a caseload figure (grep caseload, eight, 8)"),
 (HULL, False, "Hull's Social Work Academy has brought more than 40 apprentices into social work since the council's last inspection.",
  "invented count: paragraph 59 says the Social Work Academy supports 'apprentices, new starters and the wider workforce', with no number; no Hull report (2015, 2019, 2023, 2026) has 40 or forty for anything but a paragraph number; across the corpus numbered apprentices occur only for other councils (Oxfordshire's 20 social work apprenticeships, St Helens' 36 apprentices, Bexley's 40 to 50 apprenticeships; grep '[0-9]+ apprentice', 'social work academy')"),
 (IOWI, False, "Contacts to the Isle of Wight's multi-agency safeguarding hub have risen by about 40% since the pandemic.",
  "invented figure next to a real passage: the summary says 'Demand for services has increased rapidly since the pandemic' and paragraph 46 an 'increase in demand in the MASH', with no figures; no Isle of Wight report (2014, 2019, 2023) has 40% (grep 40, forty, MASH, demand: 40 occurs only as paragraph numbers and as the 2014 report's 40–50 care leavers in a Facebook group); only those reports name the Isle of Wight"),
 (DORS, True, "Dorset had recruited 25 experienced social workers from overseas by the time of its autumn 2021 inspection [@{s}].",
  "invented count next to a real passage: paragraph 34 says the workforce is 'largely permanent, helped by the recruitment of experienced practitioners from overseas', with no number; 25 occurs in the report only as a paragraph number and an age (grep overseas, 25, twenty-five; 'overseas' is not in Dorset 2025)"),
]
