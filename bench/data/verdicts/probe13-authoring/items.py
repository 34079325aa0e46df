# Probe-13 verdict items, written blind on 7 December 2026 (see README.md). Each tuple is resolved and checked by build.py.
# Document names are unique prefixes of file stems in the policy corpus; {s} in a claim is replaced by the full key
# (for wrong-source items, by the key of the wrongly cited document).
HILL = "80501_hillingdon_2023"; LINC = "80484_lincolnshire_2023"; PORT = "80539_portsmouth_2023"; SEFT = "80550_sefton_2025"
WILT = "80580_wiltshire_2023"; BARN = "80426_barnsley_2023"; WALS = "80574_walsall_2025"; WARR = "80575_warrington_2024"
MERT = "80510_merton_2025"; SOUT = "80514_southwark_2026"; STOC = "80562_stockport_2025"; TAME = "80569_tameside_2024"
DONC = "80462_doncaster_2025"; TELF = "80570_telford-wrekin_2024"
CORN = "80454_cornwall_2016"; DURH = "80465_durham_2016"; SOLI = "80554_solihull_2016"; CAMD = "80491_camden_2017"
KING = "80545_kingston-upon-thames_2015"; SAND = "80549_sandwell_2015"; WIND = "80546_windsor-maidenhead_2015"
STOK = "80564_stoke-on-trent_2015"; SOME = "80555_somerset_2015"; TORB = "80572_torbay_2016"; SUFF = "80565_suffolk_2016"
WBER = "80577_west-berkshire_2015"

PU = [  # (doc, claim, passage, note, altPassages)
 (HILL, "So far only one of the six multi-agency family hubs that Hillingdon plans is open, bringing services such as family time, youth justice and psychological support under one roof.",
  "family hubs is operational and providing a range of co-located services,", "'One of six planned multi-agency family hubs is operational'→'only one of the six … is open'; 'co-located'→'under one roof'; the sentence starts on the line before; paragraph 1 names no council",
  ["need for increased levels of intervention. One of six planned multi-agency"]),
 (LINC, "Many Lincolnshire care leavers who reach 21 while not in education, employment or training are stepped down from the service, often with no more than a yearly letter to keep in touch.",
  "many who reach the age of 21 and are not in education, employment or", "'closed or stepped down'→'stepped down from the service'; 'just an annual letter'→'no more than a yearly letter' (four lines later); paragraph 51 names no council",
  ["Too often, keeping in touch takes the form of just an annual"]),
 (SEFT, "More than a hundred Sefton children have gone safely back to live with their families after their care orders were discharged.",
  "term carers, with more than 100 children being safely returned to family care", "'more than 100'→'more than a hundred'; 'following the discharge of care orders' on the next line; paragraph 66 names no council", []),
 (TAME, "In Tameside, care leavers over 21 can keep their personal adviser's support if they still need it and want it to continue.",
  "Care-experienced young people aged over 21 years continue to receive support", "'care-experienced young people aged over 21 years'→'care leavers over 21'; 'should they still have a need for this, and they want the support to continue' on the next lines; paragraph 35 names no council", []),
 (PORT, "At the time of its 2023 inspection, Portsmouth City Council had just a single apprenticeship of its own open to care-experienced young people.",
  "apprenticeship available for care-experienced young people within the council.", "'there is currently only one apprenticeship … within the council'→'just a single apprenticeship of its own'; 'only one' ends the line before; paragraph 40 names no council", []),
 (DONC, "Doncaster's young carers have their own council, which meets the service lead regularly to shape the activities on offer and the way the service is run.",
  "meets regularly with the service lead to influence the schedule of activities for", "'influence the schedule of activities … and how the service is run'→'shape the activities on offer and the way the service is run'; 'The young carers council' ends the line before; paragraph 23 names no council", []),
]
PC = [  # (doc, claim, passage, note, altPassages)
 (HILL, "Hillingdon assesses and plans quickly for unaccompanied asylum-seeking children and for those thought to have been trafficked through Heathrow, helping them into safe accommodation with legal advice and emotional support [@{s}].",
  "through Heathrow airport. These children are well supported to access safe and", "'intelligence suggests they may have been trafficked'→'thought to have been trafficked'; 'assessment and planning are timely'→'assesses and plans quickly'; the sentence runs over two page-broken lines; paragraph 19 names no council",
  ["children or those where intelligence suggests they may have been trafficked"]),
 (LINC, "Lincolnshire has kept 48 local children's centres open, giving families easy access to help from several agencies [@{s}].",
  "has maintained a high number of its locally based children’s centres (48), which", "'maintained a high number of its locally based children's centres (48)'→'kept 48 local children's centres open'; 'accessible multi-agency services'→'easy access to help from several agencies'; paragraph 56", []),
 (DONC, "After serious weaknesses in practice came to light, Doncaster council wound up its children's services trust and brought social care back under its own control [@{s}].",
  "Doncaster Council took the decision to decommission the Doncaster Children’s", "'significant shortfalls in practice'→'serious weaknesses'; 'decommission the Doncaster Children's Service Trust and return the social care function under local authority control'→'wound up … brought … back under its own control'; the introduction, over three lines", []),
 (WALS, "Walsall's care leavers can get help from the service whenever they want it until they turn 25, and the council keeps reminding them of what they are entitled to [@{s}].",
  "need for as long as they wish up to the age of 25. The local authority is in", "'for as long as they wish up to the age of 25'→'whenever they want it until they turn 25'; 'regular touch … reminding them of their entitlements' on the next line; paragraph 44 names no council", []),
 (SOUT, "Southwark's care leavers say the long-running SpeakerBox group has made them more confident and given them a say in services, including by presenting to the corporate parenting committee [@{s}].",
  "long-established SpeakerBox group. They describe significant gains in", "'long-established'→'long-running'; 'significant gains in confidence'→'more confident'; 'opportunities to influence services'→'a say in services'; paragraph 48 names no council",
  ["by presenting to the Corporate Parenting Committee and training as young"]),
 (WILT, "Young parents leaving Wiltshire's care get good help from their personal advisers and can join a parenting group designed around their needs [@{s}].",
  "They have access to a bespoke parenting support group which supports their", "'care leavers who are pregnant or who are young parents'→'young parents leaving … care'; 'bespoke'→'designed around their needs'; paragraph 34 names no council", []),
 (STOC, "Even once they have drawn everything they are entitled to, Stockport's care leavers can still get extra money when they need it [@{s}].",
  "have accessed their full entitlements, young people still receive additional", "'accessed their full entitlements'→'drawn everything they are entitled to'; 'additional financial support, when necessary' on the next line; paragraph 43", []),
 (BARN, "Barnsley's children in care can put their views to leaders and councillors over afternoon tea with the mayor, as well as through the Care4us and care leaver groups [@{s}].",
  "Children enjoy the experience of afternoon tea and cake with the mayor and", "'share their thoughts with leaders and councillors'→'put their views to leaders and councillors'; Care4us is three lines up; paragraph 34 names no council",
  ["through the Care4us and care leaver groups. They are involved in interviews of"]),
]
LF = [  # (doc, cited, claim, passage, note, altPassages)
 (CORN, True, "Fewer pupils in Cornwall are entitled to free school meals than nationally: roughly one in eight in primary schools against 15.6% across England, and under 12% in secondary schools against 13.9% [@{s}].",
  "in primary schools is 12.5% (the national average is 15.6%)", "two sub-bullets of the free-school-meals bullet in 'Children living in this area' (12.5%→roughly one in eight; 11.7%→under 12%); the English-as-an-additional-language bullet below has the same 'in primary/secondary schools is' wording with other figures",
  ["in secondary schools is 11.7% (the national average is 13.9%)"]),
 (DURH, False, "In February 2016 Durham had some 3,350 children assessed as needing a specialist children's service and 373 on child protection plans, both fewer than at the end of March 2015.",
  "3,351 children had been identified through assessment as", "two separate bullets of 'Child protection in this area' (3,351 down from 3,745; 373 down from 377); 3,351→some 3,350",
  ["373 children and young people were the subject of a child"]),
 (SOLI, False, "In the year to March 2016, 33 young people left Solihull's care to live independently and 16 left care and moved into houses in multiple occupation.",
  "33 children and young people ceased to be looked after and moved on to", "two sub-bullets of the 'In the last 12 months' list, each over two lines ('independent living', 'living in houses in multiple occupation' on the next lines)",
  ["16 children and young people ceased to be looked after and are now"]),
 (CAMD, True, "In September 2017 nearly three quarters of the 110 Camden children in foster care were placed outside the borough, as were about two in five of the 29 living in children's homes [@{s}].",
  "110 live with foster families, of whom 74% live out of the authority area", "two sub-bullets of 'Children looked after in this area' (74%→nearly three quarters; 41%→about two in five); 41 also occurs in the parent bullet as the rate per 10,000",
  ["29 live in residential children’s homes, of whom 41% live out of the authority"]),
]
PT = [  # (doc, claim, passage, note, altPassages)
 (LINC, "Transition planning for disabled children in Lincolnshire begins when they turn 16, and they are allocated to adult services at 17 [@{s}].",
  "reach the age of 16, with allocation to adult services at 17.", "'children with disabilities team'→'disabled children'; 'appropriately starts when children reach the age of 16'→'begins when they turn 16'; paragraph 14 names no council (the title and page headers do)",
  ["brothers and sisters. Transition planning appropriately starts when children"]),
 (PORT, "In Portsmouth, children in care are given a personal adviser at 16 or 17, so a relationship is already in place when that adviser becomes their key worker at 18 [@{s}].",
  "children in care at the age of 16/17 years and are able to build meaningful", "'allocated … at the age of 16/17 years'→'given … at 16 or 17'; 'build meaningful relationships before becoming their key workers at 18 years'→'a relationship is already in place'; paragraph 32 names no council", []),
 (WARR, "Warrington's personal advisers stay in contact with care leavers over 21 by sending them letters and newsletters about their entitlements and how to get back in touch [@{s}].",
  "people who are over 21 years, through letters and newsletters that are sent", "'maintain contact'→'stay in contact'; 'with reminders about entitlements and how to get in touch' on the next line; paragraph 56 names no council", []),
 (MERT, "Merton's personal advisers still check in with care-experienced adults over 25, who go on turning to them with questions or worries [@{s}].",
  "relationships. This includes appropriate ‘touch-ins’ with young people over 25.", "'touch-ins'→'check in'; 'These adults turn to their former PAs when they have questions or concerns' on the next line; paragraph 39 names no council", []),
]
CON = [  # (code, doc, cited, claim, passage, detail, note, twin)
 ("cd", KING, True, "Kingston upon Thames cut the share of children placed on a child protection plan for a second or later time, from 22% in 2013–14 to 13% in 2014–15 [@{s}].",
  "child protection plan for a second or subsequent time has increased from 13%",
  "repeat child protection plans increased from 13% in 2013–14 to 22% in 2014–15", "reversed from→to figures and direction; '2013–14 to 22% in 2014–15' on the next line; paragraph 25 names no council",
  "In Kingston upon Thames, repeat child protection plans rose from about one in eight in 2013–14 to more than one in five in 2014–15, which the council's own analysis linked partly to large sibling groups [@{s}]."),
 ("cd", SAND, False, "Fewer of Sandwell's children in care were chairing or leading their own review meetings in January 2015 than in May 2014.",
  "lead their own review meetings. This has increased month on month, from 13%",
  "young people chairing and leading their own reviews increased month on month, from 13% in May 2014 to 37% in January 2015", "'fewer … than' vs 'increased month on month'; '13% in May 2014 to 37% in January 2015' runs onto the next line; paragraph 76 names no council",
  "The share of Sandwell's children in care who chair or lead their own reviews grew every month, from about one in eight in May 2014 to well over a third by January 2015."),
 ("cd", WIND, False, "On the 2011–14 adoption scorecard, Windsor and Maidenhead shortened the average wait between a child entering care and moving in with an adoptive family, from 743 days to 647.",
  "adoptive family declined from that for 2010–13, increasing from 647 days to",
  "the average time increased from 647 days (2010–13) to 743 days (2011–14)", "reversed from→to figures and direction; 743 on the next line; 628 days (April 2014 to March 2015 local data) is an improvement in the same paragraph, for another period",
  "Windsor and Maidenhead's average time from a child coming into care to moving in with adopters lengthened from 647 days on the 2010–13 scorecard to 743 days on the 2011–14 one, nearly 200 days beyond the national threshold."),
 ("cd", STOK, True, "Stoke-on-Trent's children in care improved their GCSE results, with the share gaining five or more A* to C grades rising from 27% in 2013 to 35% in 2014 [@{s}].",
  "from 35% in 2013 to 27% in 2014. This mirrors the decline across the city for",
  "five or more A* to C grades at GCSE declined from 35% in 2013 to 27% in 2014", "reversed from→to figures and direction; the measure is on the line before; the 17.6% with English and mathematics, which did improve, is the next sentence; paragraph 78 is in the children-in-care section",
  "The proportion of Stoke-on-Trent's children in care gaining five or more good GCSEs slipped from just over a third in 2013 to just over a quarter in 2014, in line with the fall for all the city's pupils [@{s}]."),
 ("cf", SOME, True, "In December 2014, 13% of Somerset children on a child protection plan were on one for the second time [@{s}].",
  "second time: 17.6% across Somerset in December 2014, an increase from 13%",
  "17.6% in December 2014 (13% was December 2013)", "wrong figure is in the same sentence: 13% is the December 2013 rate",
  "More than one in six Somerset children on a child protection plan in December 2014 were on a plan for a second time, up from 13% a year before [@{s}]."),
 ("cf", TORB, False, "Torbay's agency staffing rate had come down from 45% in 2012 to 32% by the time of the autumn 2015 inspection.",
  "45% in 2012 to a current figure of 23%. This falls short of the target figure of",
  "agency staff reduced from 45% in 2012 to a current figure of 23%", "new figure (32%), not in the paragraph; 23% is also the current vacancy rate two lines below; the start of the sentence is on the line before",
  "Torbay had roughly halved its use of agency staff, from 45% in 2012 to under a quarter by autumn 2015, though this was still well above its 5% target."),
 ("cf", SUFF, False, "The number of unaccompanied asylum-seeking children in Suffolk's care rose from 17 in November 2014 to 55 a year later.",
  "unaccompanied asylum-seeking children from 17 in November 2014 to 33 in",
  "from 17 in November 2014 to 33 in November 2015", "wrong figure is in the same paragraph: 55 is the year's increase in all children in care (55 of the 758)",
  "Suffolk's number of looked-after unaccompanied asylum-seeking children nearly doubled in a year, from 17 in November 2014 to 33 in November 2015."),
 ("cf", WBER, True, "Around a third of West Berkshire's looked-after children are accommodated under voluntary section 20 arrangements [@{s}].",
  "In West Berkshire 43% of looked after children are subject to an arrangement",
  "43% of looked after children are subject to a section 20 arrangement", "wrong figure is in the same paragraph: 32% is the comparators' average (England 28%)",
  "More than two in five of West Berkshire's looked-after children are accommodated under section 20 at their parents' request, well above the 32% comparator average and 28% for England [@{s}]."),
]
UN = [  # (doc, cited, claim, note)
 (LINC, True, "Lincolnshire's Time team has worked with more than sixty mothers to break the cycle of their children being removed again and again [@{s}].",
  "invented count next to a real passage: paragraph 27 says 'some women' testified about the Time team's support, with no number; no Lincolnshire report (2015, 2019, 2023) counts them (grep mother, women, Time team, 60, sixty)"),
 (HILL, False, "Hillingdon's in-house psychological support service, MAPS, worked with over 400 children in care in the year before the October 2023 inspection.",
  "invented count: paragraph 20 (2023) and paragraphs 21 and 35 (2018) describe MAPS with no numbers; '400 children' occurs in the corpus only for other places and measures (Luton and Wiltshire 2015 children looked after, Birmingham 2014, St Helens 2015)"),
 (DONC, False, "Doncaster's young carers service was supporting more than 900 young carers when Ofsted inspected in January 2025.",
  "invented count next to a real passage: paragraph 23 praises the young carers service with no figure; no Doncaster report (2015, 2018, 2022, 2025) counts young carers; '900 young carers' and 'more than 900' occur nowhere in the corpus"),
 (SEFT, True, "Sefton matched 45 children with long-term carers in the year before its 2025 inspection [@{s}].",
  "invented figure next to a real passage: paragraph 66 says only that the number matched with long-term carers is increasing (and that more than 100 returned home); 45 in the report is a paragraph number; no Sefton report (2016, 2022, 2025) gives a count (grep matched, 45, forty)"),
 (TELF, True, "Telford and Wrekin's Family Solutions team kept about 120 children from entering care in the year before the 2024 inspection [@{s}].",
  "invented count next to a real passage: paragraph 14 says the team is 'highly successful in diverting children from entering care', with no figure; the 2020 report describes Family Solutions without counts (grep Family Solutions, 120, hundred, divert)"),
 (SOUT, False, "Southwark's SpeakerBox group for care leavers has around forty members and meets every week.",
  "invented membership and frequency: paragraph 48 (2026) calls SpeakerBox long-established with no size or frequency; the 2017 report calls 'Speakerbox' the children in care council with an open membership policy; SpeakerBox occurs only in Southwark's reports; '40 members' and 'forty members' occur nowhere in the corpus"),
]
WS = [  # (true doc A, wrongly cited doc B, claim, passage in A, note, altPassages)
 (WILT, PORT, "Wiltshire's care leavers are exempt from council tax until 25 wherever they live, and also get help with Wi-Fi bills and free gym membership [@{s}].",
  "council tax exemption regardless of location up to the age of 25, help with Wi-", "Portsmouth 2023 cited; B's council tax exemption applies only to care leavers living in the area and its offer leaves out Wi-Fi; it has no gym membership and never names Wiltshire (grep gym, Wi-Fi, council tax, 25)",
  ["Fi costs, free gym membership and support with learning to drive."]),
 (SOUT, STOC, "Southwark is moving to a model in which care leavers keep a personal adviser after 21 unless they opt out [@{s}].",
  "continue with a PA beyond the age of 21 unless they choose otherwise. This", "Stockport 2025 cited; B says many of its own care leavers over 21 still get support and are reminded they can ask for it, but has no opt-out model and never names Southwark (grep opt, unless, beyond, 21)", []),
 (LINC, BARN, "Lincolnshire marks the achievements of its children in care at annual 'Fantastic Amazing Brilliant' celebration events [@{s}].",
  "celebrated through the annual Fantastic Amazing Brilliant (FAB) events, in", "Barnsley 2023 cited; B has children in care groups (Care4us) and afternoon tea with the mayor but no celebration or award events and never names Lincolnshire (grep celebrat, award, FAB); 'Fantastic Amazing' occurs only in Lincolnshire 2023", []),
 (DONC, TELF, "Doncaster's Emergency Social Services Team covers evenings and weekends and hands cases back smoothly to the daytime teams [@{s}].",
  "The Emergency Social Services Team (ESST) provides an effective response to", "Telford and Wrekin 2024 cited; B praises its own out-of-hours team in one sentence but has no ESST, weekends or handover and never names Doncaster (grep weekend, out-of-hours, ESST, Doncaster); ESST occurs only in Doncaster 2025",
  ["children and their families out of office hours and at weekends."]),
]
