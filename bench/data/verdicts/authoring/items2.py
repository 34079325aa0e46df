# ---------------- list-figures ----------------
LF = "list-figures"
add(LF, "80520_luton_2016", "In Luton, 18% of primary and 20% of secondary pupils were entitled to free school meals {k}.",
    "in primary schools is 18% (the national average is 16%)", "two sub-bullets; secondary figure in next item",
    altPassages=["in secondary schools is 20% (the national average is 14%)."])
add(LF, "80520_luton_2016", "In the 12 months before the 2015–16 inspection, 20 Luton children were adopted and 28 became subject to special guardianship orders.",
    "28 children became the subject of special guardianship orders", "uncited; two sub-bullets under 'In the last 12 months'; place only in title and the same bullet wording is in ~100 reports, so hard for retrieval (search top 5 missed it)",
    altPassages=["20 children have been adopted"])
add(LF, "80538_plymouth_2015", "At 30 September 2014, Plymouth had 423 children on child protection plans and 50 in privately arranged fostering {k}.",
    "At 30 September 2014, 423 children and young people were the subject of a child protection plan.", "two bullets of 'Child protection in this area'",
    altPassages=["At 30 September 2014, 50 children lived in a privately arranged fostering"])
add(LF, "cco-illegal-childrens-homes", "Over half the children in unregistered homes were boys (58%), and over half had an Education, Health and Care Plan (57%) {k}.",
    "Over half (58%) of all children in unregistered homes were boys, 42% were girls.", "two bullets",
    altPassages=["Over half of children (57%) in unregistered placements had an Education Health and Care Plan"])
add(LF, "largest-national-providers-of-private-and-voluntary-social-care-march-2024", "In March 2024 Keys Group owned 116 children's homes with 440 places, and Aspris Holdco 81 homes with 294 places {k}.",
    "Keys Group       116          +2           440", "table rows (Table 1); cells separated by spaces",
    altPassages=["Aspris Holdco    81           -17          294"])
add(LF, "largest-national-providers-of-private-and-voluntary-social-care-march-2024", "Action for Children was the largest voluntary provider of children's homes, with 21 homes and 119 places.",
    "Action for Children           21                             119", "uncited; table row (Table 2)")
add(LF, "largest-national-providers-of-private-and-voluntary-social-care-march-2024", "Of the 126 voluntary children's homes, 26 were single providers and 100 belonged to a larger organisation with at least two homes.",
    "26 (21%) homes were owned by single providers", "uncited; list items",
    altPassages=["100 (79%) were owned as part of another top company with at least 2"])
add(LF, "80482_leicester_2015", "Leicester looked after 549 children at December 2014, of whom 426 lived with foster families {k}.",
    "426 live with foster families, of whom 45% live out of the authority area", "bullet + sub-bullet across a page break",
    altPassages=["At December 2014, 549 children were being looked after by the local authority (a"])
add(LF, "80520_luton_2016", "Of the 388 children Luton looked after in November 2015, 290 lived with foster families and 24 in residential children's homes.",
    "290 live with foster families. Of these, 41% live outside the authority", "uncited; sub-bullets",
    altPassages=["24 live in residential children’s homes, of whom 79% live outside the", "At 30 November 2015, 388 children were being looked after by the local authority"])
add(LF, "80441_bristol_2014", "At 30 September 2014 Bristol had 3,500 children assessed as in need of a specialist service and 466 on child protection plans.",
    "At 30 September 2014, 3,500 children had been identified through assessment as", "uncited; two bullets",
    altPassages=["At 30 September 2014, 466 children and young people were the subject of a child"])
add(LF, "cc-the-educational-journeys-of-children-in-secure-settings", "Young offender institutions hold 73% of children in secure settings and secure training centres a further 17% {k}.",
    "and accommodate 17% of children in secure settings.", "two bullets of a list of setting types",
    altPassages=["YOIs are the largest form of youth secures setting, accommodating 73% of the children in secure settings."])
add(LF, "what-children-said-about-being-in-care-2024-easy-read", "Nine in ten children in foster care and three in four in children's homes said they usually got on with the children they lived with {k}.",
    "3 out of 4 children in children’s homes", "two easy-read panels on separate pages",
    altPassages=["9 out of 10 children in foster care said"])
add(LF, "80444_calderdale_2015", "At 31 January 2015, Calderdale had 1,278 children in need of a specialist service and 204 on child protection plans.",
    "At 31 January 2015, 1,278 children had been identified through assessment as", "uncited; two bullets",
    altPassages=["At 31 January 2015, 204 children and young people were the subject of a child"])

# ---------------- place-in-title ----------------
PT = "place-in-title"
add(PT, "80430_blackburn-with-darwen_2025", "In Blackburn with Darwen, too few adopters are available, and this is slowing down adoption for children {k}.",
    "There is a shortage of adopters, which is impacting on adoption timescales for", "paragraph says only 'children'; council in title")
add(PT, "80428_bedford_2025", "In Bedford, social workers and personal advisers carry caseloads that are too high to complete all the work children need {k}.",
    "Social workers’ and PAs’ caseloads are too high, and this impacts their ability to", "PAs→personal advisers")
add(PT, "80445_cambridgeshire_2024", "Some personal advisers in Cambridgeshire have caseloads too high to respond fully to care leavers' needs {k}.",
    "caseloads are too high, which for some impacts their ability to fully respond to", "council only in title")
add(PT, "80443_bury_2025", "Bury has seen a high turnover of social workers since its previous inspection {k}.",
    "Since the previous inspection, there has been a high turnover of social workers.", "council only in title")
add(PT, "2733690_cumberland_2024", "Cumberland still has a high number of agency social workers but is focusing on making them permanent {k}.",
    "While the number of agency social workers is high, this group of staff is", "council only in title")
add(PT, "80474_herefordshire_2022", "Herefordshire lacked enough foster carers and fostering staff to meet demand {k}.",
    "There are not enough foster carers and fostering staff to meet the demands of", "council not in the paragraph; a page running header nearby names it")
add(PT, "80493_ealing_2024", "In Ealing, a lack of move-on accommodation leaves some care leavers in housing that does not prepare them for independence {k}.",
    "For some care leavers, a shortage of move-on accommodation means that they", "shortage→lack")
add(PT, "2647163-outstanding-ofsted-report24", "Ascent Fostering Agency's children's home has had no registered manager since January 2025 {k}.",
    "The post for a registered manager has been vacant since January 2025.", "provider named in the document's header/metadata line 'Registered provider'")
add(PT, "80448_cheshire-west-and-chester_2024", "In Cheshire West and Chester, separated migrant children face long waits to be allocated a solicitor for their immigration cases {k}.",
    "being support. There are long waiting lists for children to be allocated a solicitor", "council only in title")
add(PT, "80465_durham_2022", "In Durham, too many disabled children wait too long for assessed services because there are not enough specialist providers {k}.",
    "parents. However, too many disabled children wait too long for some assessed", "lack of sufficient→not enough")
add(PT, "80489_brent_2023", "A waiting list for independent visitors in Brent delays this support for a very small number of children {k}.",
    "There is a waiting list for independent visitors, which delays this support for a", "council only in title")
add(PT, "80554_solihull_2023", "In Solihull, too many vulnerable children needing statutory assessment wait too long to see a social worker {k}.",
    "wait too long to be seen by a social worker, with the service holding large", "council not in the paragraph (a page header earlier names it); sentence starts on previous line",
    altPassages=["Too many vulnerable children who require statutory assessment and intervention"])
add(PT, "80559_southend-on-sea_2024", "In Southend-on-Sea, some children wait far too long to be matched with permanent carers and adopters {k}.",
    "response. Some children are waiting far too long to be matched with", "council only in title")
add(PT, "80479_knowsley_2025", "In Knowsley, inspectors found many young carers had been on a waiting list for months {k}.",
    "significant number of young carers were identified by inspectors as having been", "council only in title",
    altPassages=["on a waiting list for months. Senior leaders were unaware of this issue. Leaders"])
