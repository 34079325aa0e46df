# ---------------- unsupported ----------------
UN = "unsupported"
C_ = "cco-illegal-childrens-homes"; LG = "largest-national-providers-of-private-and-voluntary-social-care-march-2024"
LR = "london-rapid-reviews-analysis-report"; BS = "sufficiency-strategy-bedford-borough-final-230324"
ED = "cc-the-educational-journeys-of-children-in-secure-settings"; WC = "what-children-said-about-being-in-care-2024-easy-read"
WN = "west-northamptonshire-focused-visit-of-local-authority-childrens-services-apr25"
def un(doc, claim, note, cited=True, **kw):
    add(UN, doc, claim, None, note, cited=cited, **kw)
un(C_, "The Children's Commissioner found that two in five unregistered placements were arranged with less than a day's notice {k}.", "doc recommends 24-hour notification; no such figure", checkAbsent=["two in five", "notice"])
un(C_, "On 1 September 2024, councils in London had placed 210 children in unregistered accommodation.", "invented regional count", cited=False, checkAbsent=["210"])
un(LG, "The number of independent fostering agencies owned by private equity firms doubled between 2023 and 2024 {k}.", "invented trend; 'Private Equity' only appears in a company name", checkAbsent=["doubled"])
un(LG, "Private children's homes charged councils an average of £5,800 a week per child in 2024.", "invented price; no cost data in the corpus at this figure", cited=False, checkAbsent=["£5,800"])
un(LR, "Two thirds of London's rapid reviews were completed after the 15-working-day deadline {k}.", "doc states the deadline but gives no lateness figure", checkAbsent=["two thirds of the reviews", "late"])
un(LR, "Each of London's 29 safeguarding partnerships employed a dedicated rapid review coordinator in 2023–24.", "invented", cited=False, checkAbsent=["coordinator"])
un(BS, "Bedford Borough aims to recruit 45 new in-house foster carers by 2026 {k}.", "invented target", checkAbsent=["45 new"])
un("80520_luton_2026", "Luton has halved the number of children placed more than 20 miles from home since its last inspection {k}.", "invented; report has no 20-mile figure", checkAbsent=["20 miles", "halved"])
un("80459_derby_2025", "Derby's social workers hold an average of 14 children's cases each.", "invented caseload figure", cited=False, checkAbsent=["average of 14"])
un("80521_manchester_2025", "Manchester cut agency staff from 30% to 8% of its social work workforce {k}.", "invented figures; report says agency use reduced without figures", checkAbsent=["30%", "8%"])
un("80454_cornwall_2024", "In Cornwall, 42% of care leavers aged 19 to 21 were in education, employment or training in 2024.", "invented figure", cited=False, checkAbsent=["42%"])
un("80443_bury_2021", "Bury opened two new council-run children's homes in 2021 to bring children back into the borough {k}.", "invented; report does not mention new homes", checkAbsent=["new children’s homes", "opened"])
un(WC, "Three in ten children in care said they had moved home more than five times {k}.", "invented; survey booklet has no moves figure", checkAbsent=["moved", "3 out of 10"])
un("keeping-children-safe-in-education-2024", "Keeping children safe in education 2024 requires schools to carry out a full safeguarding audit every six months {k}.", "invented requirement; 'six months' only in a data-retention passage", checkAbsent=["audit every six months"])
un("social-care-enforcement-policy", "Ofsted serves compliance notices on around 300 children's homes every year {k}.", "invented count; policy describes notices but gives no number", checkAbsent=["300"])
un("80474_herefordshire_2026", "Herefordshire recruited 35 social workers from overseas during 2025 {k}.", "invented; report mentions grow-your-own and media campaigns only", checkAbsent=["overseas", "35"])
un("80508_lewisham_2024", "Lewisham placed 40 children in unregistered children's homes during 2023.", "invented figure; report says 'a small number'", cited=False, checkAbsent=["40 children"])
un(WN, "West Northamptonshire has reduced the number of children living in unregistered children's homes to zero {k}.", "report says 'significant progress in reducing'; 'to zero' is not stated (at most partial)", checkAbsent=["no children living in unregistered", "zero"])
un("2647163-outstanding-ofsted-report24", "Staff turnover at the home exceeded 50% in the year before the inspection {k}.", "invented; no turnover figure", checkAbsent=["turnover", "50%"])
un(ED, "Secure children's homes have a waiting list of more than 100 children at any one time {k}.", "invented", checkAbsent=["waiting list"])
un("80430_blackburn-with-darwen_2025", "Blackburn with Darwen approved 12 new adoptive families in 2024.", "invented figure", cited=False, checkAbsent=["12 new"])
un(C_, "Local authorities recovered £50 million from providers of unregistered placements in 2024.", "invented", cited=False, checkAbsent=["£50 million", "recovered"])

# ---------------- wrong-source ----------------
WS = "wrong-source"
def ws(doc, wrong, claim, passage, note):
    add(WS, doc, claim, passage, note, citedWrong=wrong)
ws(C_, LG, "On 1 September 2024, 775 looked-after children in England were living in unregistered placements {w}.",
   "On 1 September 2024, 775 looked after children were living in unregistered placements in England.", "Ofsted provider-ownership release cited for the Commissioner's figure")
ws(LG, "guide-to-children-s-home-standards-inc-quality-standards-version-1-17-final", "In March 2024, 3,491 children's homes of all types were operating in England {w}.",
   "As at 31 March 2024, here were 3,491 children’s homes of all types actively", "quality standards guide cited for an Ofsted count")
ws(LG, C_, "CareTech Holdings was the largest private owner of children's homes in March 2024, with 200 homes {w}.",
   "most homes, CareTech Holdings PLC (Amalfi Topco Ltd), owned 200.", "Commissioner's unregistered-homes report cited for the ownership figure")
ws("80428_bedford_2025", BS, "Caseloads of Bedford's social workers and personal advisers are too high to provide quality support {w}.",
   "Social workers’ and PAs’ caseloads are too high, and this impacts their ability to", "Bedford sufficiency strategy cited for an inspection finding")
ws(BS, "80428_bedford_2025", "Bedford's spending on children's care is forecast to rise to £35.9m by 2027/28 {w}.",
   "projected to rise from £24.0m in 2023/24 to £35.9m in 2027/28 (44%", "Bedford 2025 inspection cited for the strategy's forecast")
ws(LR, "working-together-to-safeguard-children-2023-statutory-guidance", "A fifth of London's rapid reviews found too little engagement with fathers and men in the home {w}.",
   "with, and even acknowledgment of, fathers and men in the home. This was an issue in 20% of", "statutory guidance cited for a London analysis figure")
ws(ED, C_, "97% of children in secure settings are male {w}.",
   "The vast majority of the children in secure settings are male, accounting for 97% of the overall population", "sibling Commissioner report cited; cco has other percentages but not this one")
ws(C_, LG, "Private providers supplied 94% of unregistered placements for children {w}.",
   "The vast majority of placements (94%) were supplied by private providers", "ownership release discusses private providers but not unregistered placements")
ws("80459_derby_2017", "80459_derby_2025", "Adoption orders in Derby rose from 25 to 47 in a year {w}.",
   "number of adoption orders has increased from 25 last year to 47 this year and", "later Derby inspection cited for the 2017 figure")
ws(WN, "2637548_west-northamptonshire_2022-11-25_children-s-services-inspection", "West Northamptonshire has made significant progress in reducing the number of children living in unregistered children's homes {w}.",
   "numbers of children living in unregistered children’s homes through a comprehensive", "2022 full inspection cited for the 2025 focused visit's finding")
ws(C_, "social-care-enforcement-policy", "An unregistered placement cost councils an average of £1,567 a day {w}.",
   "The average daily cost of an unregistered placement was £1,567.", "Ofsted enforcement policy discusses unregistered homes (14 mentions) but gives no costs")
ws(ED, "keeping-children-safe-in-education-2024", "More than half of children in secure settings had been out of education for at least a year before entering custody {w}.",
   "half (54%) out of education for at least one academic year prior to entering a secure setting, some for more than", "school safeguarding guidance cited for a Commissioner figure")
ws("80469_gateshead_2016", "working-together-to-safeguard-children-2023-statutory-guidance", "Gateshead's re-referral rate fell from 20.1% in 2014–15 to 11.6% {w}.",
   "Re-referral rates have reduced from 20.1% in 2014–15 to 11.6% currently,", "statutory guidance cited for a local figure")
