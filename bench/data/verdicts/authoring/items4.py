# ---------------- contradictions and twins ----------------
def pair(kind, doc, claimC, claimT, passage, detail, note=""):
    add(kind, doc, claimC, passage, note, detail=detail, twinClaim=claimT)
CD = "contradiction-direction"; CF = "contradiction-figure"
pair(CD, "80538_plymouth_2015", "The number of Plymouth children on child protection plans fell by 41% between March 2013 and September 2014 {k}.",
     "Plymouth's child protection plans went up by 41%, from 300 in March 2013 to 423 in September 2014 {k}.",
     "At 30 September 2014, 423 children and young people were the subject of a child protection plan. This is a 41% increase from 300 at 31 March 2013.", "claim: fell; source: increase")
pair(CD, "80469_gateshead_2016", "Gateshead's re-referral rate rose between 2014–15 and the time of its 2016 inspection.",
     "Gateshead's re-referral rate fell markedly, from 20.1% in 2014–15 to 11.6% at the 2016 inspection.",
     "Re-referral rates have reduced from 20.1% in 2014–15 to 11.6% currently,", "claim: rose; source: reduced")
pair(CD, "80539_portsmouth_2014", "The share of Portsmouth's looked-after children who offended fell between 2012 and 2013 {k}.",
     "Offending among Portsmouth's looked-after children went up from 8% in 2012 to 12.7% in 2013 {k}.",
     "The number who have offended has increased from 8% in 2012 to 12.7% in 2013.", "claim: fell; source: increased")
pair(CD, "80542_rochdale_2014", "Contacts to Rochdale's children's social care have risen by 32% since the MASS was set up in February 2014.",
     "Since Rochdale's MASS began in February 2014, contacts to children's social care have dropped by almost a third.",
     "to children’s social care, which have decreased by 32% since the MASS was established in February 2014.", "claim: risen; source: decreased")
pair(CD, "80468_essex_2014", "Overall absence among children in care in Essex rose from 4.6% to 5.4% in 2012–13 {k}.",
     "Overall absence for Essex children in care came down from 5.4% to 4.6% in 2012–13 {k}.",
     "Overall absence of children in care in Essex has reduced from 5.4% to 4.6% for 2012-13", "claim: rose 4.6→5.4; source: reduced 5.4→4.6")
pair(CD, "80476_kent_2013", "Kent's looked-after children population shrank by 25% between 2010 and March 2013.",
     "Kent's looked-after population grew by a quarter between 2010 and March 2013, from 1,469 to 1,831.",
     "The looked after children population has increased by 25% from 1469 to 1831 (as of March 2013), since 2010", "claim: shrank; source: increased")
pair(CD, "80482_leicester_2015", "The proportion of Leicester's care leavers in education, employment or training declined between 2013–14 and the 2015 inspection {k}.",
     "The share of Leicester's care leavers in education, training or employment improved from 41% in 2013–14 to 49% at the inspection {k}.",
     "The proportion of care leavers in education, training or employment (EET) has risen from 41% in 2013–14 to 49% at the time of the inspection.", "claim: declined; source: risen")
pair(CD, "80511_newham_2014", "In Newham, care proceedings were taking longer in 2013–14 than in mid-2013.",
     "Newham shortened care proceedings from 67 weeks in mid-2013 to 44 weeks over 2013–14.",
     "The time taken for proceedings has reduced from 67 weeks in mid-2013 to 44 weeks over the whole of 2013–14.", "claim: longer; source: reduced")
pair(CD, "80444_calderdale_2015", "The number of children on child protection plans in Calderdale increased between March 2014 and January 2015 {k}.",
     "Fewer Calderdale children were on child protection plans in January 2015 (204) than in March 2014 (249) {k}.",
     "At 31 January 2015, 204 children and young people were the subject of a child protection plan. This is a reduction from 249 at 31 March 2014.", "claim: increased; source: reduction")
pair(CD, LG, "The ten largest private owners' share of private children's homes grew from 26% in March 2023 to 30% in March 2024 {k}.",
     "The ten largest private owners' share of private children's homes dropped from 30% in March 2023 to 26% in March 2024 {k}.",
     "The percentage of privately owned children’s homes owned by the 10 largest private owners of children’s homes fell from 30% in March 2023 to 26% in March 2024.",
     "claim: grew 26→30; source: fell 30→26", "spans lines")
pair(CD, BS, "The number of inpatient mental health beds for teenagers in England increased by 20 per cent between 2017 and 2022.",
     "Teenage inpatient mental health beds in England were cut by a fifth between 2017 and 2022.",
     "beds for teenagers fell by 20 per cent between 2017 and 2022, a", "claim: increased; source: fell")
pair(CD, "80521_manchester_2017", "Since 2014, the proportion of Manchester's primary-age children in care attending good or outstanding schools has fallen {k}.",
     "Since 2014, the proportion of Manchester's primary-age children in care at good or outstanding schools has gone up from 80% to 86% {k}.",
     "the percentage of children of primary school age attending such a school has risen from 80% to 86%.", "claim: fallen; source: risen")
pair(CD, "80529_north-tyneside_2017", "North Tyneside has increased the share of its children looked after under section 20 from 27% to 31%.",
     "The proportion of North Tyneside's looked-after children accommodated under section 20 fell from 31% in 2015–16 to 27%.",
     "under section 20 has reduced from 31% (90) in 2015–2016 to 27% (81)", "claim: increased 27→31; source: reduced 31→27")
pair(CD, WN, "The number of children entering care in West Northamptonshire has increased {k}.",
     "Fewer children are now coming into care in West Northamptonshire {k}.",
     "The number of children entering care in West Northamptonshire has reduced,", "claim: increased; source: reduced")

pair(CF, "80500_havering_2016", "Havering's average time between a child entering care and moving in with an adoptive family fell from 651 to 570 days {k}.",
     "Havering's average time between a child entering care and moving in with an adoptive family came down from 651 to 607 days {k}.",
     "moving in with their adoptive family had reduced from 651 days to 607 days,", "claim 570 days; source 607 days")
pair(CF, "80519_westminster_2016", "Westminster's referral rate rose in 2014–15 from 402 to 451 per 10,000 children.",
     "Westminster's referral rate went up in 2014–15, from 402 to 411 per 10,000, still below similar authorities.",
     "The rate of referrals increased by 8% in 2014–15, from 402 per 10,000 to 411", "claim 451; source 411", "spans lines")
pair(CF, "80526_north-east-lincolnshire_2017", "In North East Lincolnshire, the share of children in the same placement for two years or placed for adoption rose from 63% in 2015–16 to 78% in 2016–17 {k}.",
     "In North East Lincolnshire, the share of children in the same placement for two years or placed for adoption rose from 63% in 2015–16 to 68% in 2016–17 {k}.",
     "The proportion of children who have been in the same placement for at least two years or placed for adoption increased from 63% in 2015–16 to 68% in 2016–", "claim 78%; source 68%")
pair(CF, "80470_gloucestershire_2017", "Gloucestershire raised the share of care proceedings completed on time from 36% in March 2016 to 53% at the inspection.",
     "Gloucestershire raised the share of timely care proceedings from 36% in March 2016 to 43% at the inspection.",
     "The number of timely care proceedings has appropriately increased from 36% in March 2016 to 43% at the time of the inspection,", "claim 53%; source 43%")
pair(CF, "80489_brent_2015", "Brent's completion of strengths and difficulties questionnaires rose from 42% in 2013–14 to 64% in 2014–15 {k}.",
     "Brent's completion of strengths and difficulties questionnaires climbed from 42% in 2013–14 to 74% in 2014–15 {k}.",
     "SDQ completion increased from 42% in 2013–14 to 74% in 2014–15, with progress", "claim 64%; source 74%")
pair(CF, "80506_lambeth_2015", "Lambeth's number of foster carers grew from 93 in 2012 to 127 in 2015.",
     "Lambeth's number of foster carers grew only modestly, from 93 in 2012 to 107 in 2015.",
     "although overall numbers of carers have only increased from 93 in 2012 to 107 in 2015.", "claim 127; source 107")
pair(CF, C_, "Around 41% of children in unregistered placements were subject to a Deprivation of Liberty order {k}.",
     "Almost a third of children in unregistered placements were subject to a Deprivation of Liberty order {k}.",
     "Almost a third (31%) of the children in unregistered placements were subject to a DoL order.", "claim 41%; source 31% (41% is the CAMHS figure elsewhere in the document)")
pair(CF, LG, "In March 2024 the 22 largest companies owned 1,068 private children's homes, 35% of the total.",
     "In March 2024 the 22 biggest companies owned 968 homes, about 35% of all private children's homes.",
     "The 22 largest companies owned 968 homes, which is 35% of all private", "claim 1,068 homes; source 968")
pair(CF, ED, "Two thirds (67%) of children in secure settings had been persistently or severely absent in their last year at a state-funded school {k}.",
     "More than three-quarters (77%) of children in secure settings had been persistently or severely absent in their last year at a state-funded school {k}.",
     "Among children in the secure estate, 77% were persistently or severely absent at their most recent year at a state-", "claim 67%; source 77% (67% appears elsewhere in the document)")
pair(CF, LR, "Almost half (48%) of London's rapid reviews recommended a national or local child safeguarding practice review.",
     "Nearly two in five (38%) of London's rapid reviews recommended a national or local child safeguarding practice review.",
     "38% of the Rapid Reviews recommended a National or Local Child Safeguarding Practice Review", "claim 48%; source 38%", "spans lines")
pair(CF, BS, "Bedford Borough expects spending on children's care to rise by 54% to £35.9m by 2027/28 {k}.",
     "Bedford Borough expects spending on children's care to rise by around 44%, reaching £35.9m in 2027/28 {k}.",
     "projected to rise from £24.0m in 2023/24 to £35.9m in 2027/28 (44%", "claim 54%; source 44%")
pair(CF, "80535_oldham_2015", "Oldham's child protection plans rose from 277 in March 2014 to 392 in May 2015.",
     "The number of Oldham children on child protection plans went up from 277 in March 2014 to 329 in May 2015.",
     "As at May 2015, 329 children and young people were the subject of a child protection plan. This is an increase from 277 at 31 March 2014.", "claim 392; source 329",
     ) 
pair(CF, "80515_sutton_2017", "At 14 November 2016, 230 Sutton children were on child protection plans, up from 163 in March 2016 {k}.",
     "Sutton had 200 children on child protection plans at 14 November 2016, an increase from 163 in March 2016 {k}.",
     "At 14 November 2016, 200 children and young people were the subject of a child protection plan. This is an increase from 163 at 31 March 2016.", "claim 230; source 200")
pair(CF, "80522_medway_2015", "Medway has cut the length of care proceedings from 44 weeks in 2014 to an average of 26 weeks.",
     "Medway's care proceedings now take 32 weeks on average, down from 44 weeks in 2014 but still above the 26-week target.",
     "The length of care proceedings has reduced from 44 weeks in 2014 to an average of 32 weeks.", "claim 26 weeks; source 32 (26 is the target)", "spans lines")
