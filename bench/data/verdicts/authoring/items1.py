# items: (kind, claim_template, expect-dict-partial). {k} in claim is replaced by "[@key]" of expect source.
# Each entry: dict(kind=..., doc=prefix, claim=..., passage=..., note=..., extra={})
I = []
def add(kind, doc, claim, passage=None, note="", **extra):
    I.append(dict(kind=kind, doc=doc, claim=claim, passage=passage, note=note, extra=extra))

# ---------------- paraphrase-uncited ----------------
PU = "paraphrase-uncited"
add(PU, "80443_bury_2021", "In Bury, a few children stayed at home after the threshold for care had been met while a better placement was sought, because there were not enough placements for some children's needs.",
    "because there are insufficient placements to meet the needs of some children.", "insufficient→not enough; place only in title")
add(PU, "80464_dudley_2023", "Dudley has too few foster carers to meet the varied needs of its children in care, partly because recruitment is not targeted enough.",
    "there is an insufficient number of foster carers to meet the diverse needs of children in care", "insufficient number→too few; diverse→varied; spans lines")
add(PU, "80508_lewisham_2024", "Because registered homes were in short supply locally, a small number of Lewisham children were placed in unregistered children's homes.",
    "homes because of a shortage of local registered provision.", "shortage→short supply; reordered")
add(PU, "80520_luton_2026", "Luton lacks enough local homes for children, so leaders depend on independent providers based further away.",
    "There is a shortage of local homes for children, and as a result, leaders rely on", "shortage→lacks enough; rely→depend")
add(PU, "80524_milton-keynes_2024", "In Milton Keynes it is hard to find adopters for sibling groups, older children and children with more complex needs.",
    "adopters who can meet the needs of brothers and sisters, older children and", "shortage of adopters→hard to find; brothers and sisters→sibling groups; hard for retrieval: sourced search top 5 (build of 4 Dec) did not return this file")
add(PU, "80459_derby_2025", "Derby has built a very stable social care workforce with extremely few vacancies and no agency workers.",
    "workforce, with extremely low vacancy rates and no agency staff.", "staff→workers; low vacancy rates→few vacancies")
add(PU, "80521_manchester_2025", "Manchester's social worker vacancy rate has fallen below the national average as many agency staff moved into permanent jobs.",
    "roles, and vacancy rates for social workers are now below the national average.", "converted to permanent roles→moved into permanent jobs")
add(PU, "80454_cornwall_2024", "Cornwall's children's social care workforce is largely stable, with fairly little turnover or dependence on agency staff.",
    "The workforce is mostly stable with relatively low levels of turnover and reliance", "mostly→largely; reliance→dependence")
add(PU, "80492_croydon_2024", "Croydon's children's services have faced high staff turnover, money problems and rising demand while running an ambitious transformation programme.",
    "staff, financial difficulties, increased demand and an ambitious transformation", "financial difficulties→money problems; increased→rising; sentence starts on previous line",
    altPassages=["Children’s services have experienced significant challenges with a high turnover of"])
add(PU, "2637539_north-northamptonshire_2026", "In North Northamptonshire some children are placed in residential homes because foster carers are scarce and emergency placements are needed immediately.",
    "residential homes are used because of a shortage of foster carers and an", "shortage→scarce")
add(PU, "80418_norfolk_2015", "Norfolk did not have enough foster families from ethnic minority backgrounds, so some children lived with carers of a different culture.",
    "carers who support them. However, there are not enough foster families from", "2015 children's summary; cultural background→different culture")
add(PU, "80500_havering_2016", "Some Havering children live far from home because suitable placements nearby are lacking.",
    "their needs, as there are not enough suitable placements near to their home.", "not enough→lacking; near to their home→nearby")
add(PU, "80515_sutton_2017", "At the time of Sutton's 2016 inspection, no child was in residential care because foster homes were in short supply.",
    "settings due to a shortage of foster homes.", "negated statement; shortage→short supply; passage short, sentence spans 3 lines",
    altPassages=["no children were living in residential"])
add(PU, "80513_richmond-upon-thames_2017", "Too many of Richmond upon Thames's children in care are placed outside the borough because local foster placements are scarce.",
    "although too many of them live out of area due to the shortage of local foster", "out of area→outside the borough; shortage→scarce")
add(PU, "80478_kirklees_2016", "Kirklees had too few foster and residential placements in the area, so too many children were placed more than 20 miles from home.",
    "There are insufficient foster home and residential home placements within Kirklees.", "insufficient→too few; over 20 miles→more than 20 miles")
add(PU, "cco-illegal-childrens-homes", "The vast majority of unregistered placements for children in England, 94%, were provided by private companies.",
    "The vast majority of placements (94%) were supplied by private providers", "supplied by private providers→provided by private companies; duplicated in main text",
    altPassages=["The vast majority of placements (94%) were supplied by private providers, with 5% provided by"])
add(PU, "cco-illegal-childrens-homes", "An unregistered placement cost local authorities £1,567 a day on average.",
    "The average daily cost of an unregistered placement was £1,567.", "reordered; average daily→a day on average")
add(PU, "largest-national-providers-of-private-and-voluntary-social-care-march-2024", "In March 2024 over four-fifths of England's children's homes were owned by private companies.",
    "More than 4 in 5 children’s homes were owned by private companies (2,748", "More than 4 in 5→over four-fifths")
add(PU, "largest-national-providers-of-private-and-voluntary-social-care-march-2024", "Between 2023 and 2024, the number of children's homes run by councils and voluntary organisations grew by almost a third (31%).",
    "The number of homes owned by the voluntary and local authority sectors increased by 31% from 2023 to 2024", "increased→grew; local authority→councils; spans lines")
add(PU, "london-rapid-reviews-analysis-report", "Neglect and domestic abuse were the themes that came up most often in London's rapid reviews.",
    "The most common themes across the 79 Rapid Reviews were neglect and domestic abuse.", "most common→came up most often")
add(PU, "london-rapid-reviews-analysis-report", "One in five London rapid reviews found that practitioners failed to engage with, or even acknowledge, fathers and other men in the household.",
    "with, and even acknowledgment of, fathers and men in the home. This was an issue in 20% of", "20%→one in five; home→household")
add(PU, "sufficiency-strategy-bedford-borough-final-230324", "England lost a fifth of its inpatient mental health beds for teenagers between 2017 and 2022, some 325 beds, even as need grew.",
    "beds for teenagers fell by 20 per cent between 2017 and 2022, a", "20 per cent→a fifth; fell→lost; two-column layout",
    altPassages=["reduction of 325 beds, despite increasing need for treatment. This"])
add(PU, "cc-the-educational-journeys-of-children-in-secure-settings", "Just one in five children in secure settings who sat English GCSE passed, against 71% of their peers in school.",
    "Only 20% of these children who had sat an English GCSE passed, compared to 71% of their peers in schools", "20%→one in five; spans lines")
add(PU, "cc-the-educational-journeys-of-children-in-secure-settings", "Almost all children in secure settings are boys: 97% of the population.",
    "The vast majority of the children in secure settings are male, accounting for 97% of the overall population", "male→boys")
add(PU, "what-children-said-about-being-in-care-2024-easy-read", "Nine in ten children in foster care said they get on with the other children in their home always or most of the time.",
    "9 out of 10 children in foster care said", "9 out of 10→nine in ten; easy-read layout, sentence spans 4 lines")
add(PU, "80438_brighton-and-hove_2024", "Social workers in Brighton and Hove have workloads that leave them time to build meaningful relationships with children and families.",
    "Caseloads are manageable, allowing social workers the time to build purposeful", "caseloads manageable→workloads leave time; purposeful→meaningful")
add(PU, "80496_hackney_2019", "Hackney faces a serious lack of affordable accommodation as more young people over 16 need care placements.",
    "presents a significant challenge in Hackney, where there is an acute shortage of", "acute shortage→serious lack")
add(PU, "80518_wandsworth_2016", "Wandsworth's sufficiency strategy acknowledged too few foster placements for emergencies, teenagers and siblings who need to stay together.",
    "authority’s sufficiency strategy recognises that there are insufficient fostering", "insufficient→too few; adolescents→teenagers; brothers and sisters→siblings")

# ---------------- paraphrase-cited ----------------
PC = "paraphrase-cited"
add(PC, "80490_bromley_2019", "A well-targeted advertising campaign lifted Bromley's conversion rate for foster carer applications from 2% to 11% {k}.",
    "increased from 2% to 11% following a well-targeted advertising campaign.", "increased→lifted; reordered")
add(PC, "80495_greenwich_2016", "Greenwich completed 765 early help assessments in 2015–16, up from 539 the year before {k}.",
    "increased from 539 completed in 2014–15 to 765 in 2015–16. The framework", "reordered; 'the year before' for 2014–15")
add(PC, "80459_derby_2017", "Adoption orders in Derby almost doubled, from 25 last year to 47 this year {k}.",
    "number of adoption orders has increased from 25 last year to 47 this year and", "increased→almost doubled (25→47)")
add(PC, "80518_wandsworth_2018", "Wandsworth received 125 enquiries from prospective adopters in 2017–18, compared with 74 in 2016–17 {k}.",
    "Prospective adopter enquiries have increased from 74 in 2016–17 to 125 in", "reordered; 2017–2018 written 2017–18")
add(PC, "80429_birmingham_2014", "Birmingham cut the average length of care proceedings from 79 weeks to 41 weeks {k}.",
    "court proceedings has reduced from 79 weeks to 41 weeks and, since October", "reduced→cut")
add(PC, "80503_hounslow_2023", "Caseloads are excessive for some Hounslow social workers, though this has not yet harmed the quality of services {k}.",
    "them. However, there are some workers whose caseloads are too high. This", "too high→excessive; place in title")
add(PC, "80474_herefordshire_2026", "Herefordshire's reliance on agency social workers has fallen significantly since the last inspection as leaders invested in growing their own staff {k}.",
    "needed to fill social work vacancies. These numbers have reduced significantly", "agency numbers reduced→reliance fallen")
add(PC, "80520_luton_2026", "Luton now employs fewer agency staff, with several workers moving to permanent posts {k}.",
    "provide consistency for families. The numbers of agency staff have reduced,", "reduced→fewer; converting→moving")
add(PC, "80418_norfolk_2026", "Norfolk's children's social care workforce is stable and skilled and makes little use of agency staff {k}.",
    "and skilled workforce with minimal use of agency staff. Continued investment in", "minimal→little")
add(PC, "cco-illegal-childrens-homes", "Nearly a third of children in unregistered accommodation went missing at least once during the placement {k}.",
    "Nearly a third (31%) of children in unregistered accommodation had at least one reported missing", "had a reported missing episode→went missing",
    altPassages=["Nearly a third (31%) of children had at least one reported missing episode. By comparison,"])
add(PC, "cco-illegal-childrens-homes", "A one-day snapshot on 1 September 2024 found 775 looked-after children living in unregistered placements across England {k}.",
    "On 1 September 2024, 775 looked after children were living in unregistered placements in England.", "reordered; snapshot from context")
add(PC, "largest-national-providers-of-private-and-voluntary-social-care-march-2024", "CareTech Holdings was the company owning the most children's homes, with 200 {k}.",
    "most homes, CareTech Holdings PLC (Amalfi Topco Ltd), owned 200.", "reordered")
add(PC, "largest-national-providers-of-private-and-voluntary-social-care-march-2024", "The number of companies owning more than one private children's home rose by 17% to 392 in the year to March 2024 {k}.",
    "As at 31 March 2024, a total of 392 private companies owned multiple homes – an 17% increase from 334 in 2023", "multiple→more than one; spans lines")
add(PC, "london-rapid-reviews-analysis-report", "More than 40% of the children in London's extra-familial harm reviews had previously been known to carry a knife {k}.",
    "Over 40% had previously been known to carry a knife.", "Over→More than")
add(PC, "london-rapid-reviews-analysis-report", "Domestic abuse triggered only four of London's rapid reviews but featured as a theme in almost two in five {k}.",
    "Whilst only 4 Reviews were triggered by incidents of domestic abuse, it was a theme in almost", "40%→two in five")
add(PC, "sufficiency-strategy-bedford-borough-final-230324", "Bedford Borough forecasts that spending on children's care will rise by 44%, from £24.0m in 2023/24 to £35.9m in 2027/28 {k}.",
    "projected to rise from £24.0m in 2023/24 to £35.9m in 2027/28 (44%", "expenditure→spending; two-column layout")
add(PC, "sufficiency-strategy-bedford-borough-final-230324", "A Local Government Association survey found that high-cost placements had increased by 1,250% between 2018/19 and 2022/23 {k}.",
    "risen by 1,250% between 2018/19 and 2022/23.", "risen→increased; LGA spelt out")
add(PC, "cc-the-educational-journeys-of-children-in-secure-settings", "Over half of children in secure settings (54%) had missed at least a full academic year of education before they arrived {k}.",
    "half (54%) out of education for at least one academic year prior to entering a secure setting, some for more than", "out of education→missed; prior to entering→before they arrived")
add(PC, "cc-the-educational-journeys-of-children-in-secure-settings", "Young offender institutions are the largest type of youth secure setting, holding 73% of children in secure settings {k}.",
    "YOIs are the largest form of youth secures setting, accommodating 73% of the children in secure settings.", "YOIs spelt out; accommodating→holding")
add(PC, "what-children-said-about-being-in-care-2024-easy-read", "More than 40,000 people took part in the survey, nearly 7,000 of them children or young people in or in contact with social care {k}.",
    "More than 40,000 people answered", "answered our questions→took part in the survey; easy-read layout",
    altPassages=["Nearly 7,000 of those people were"])
add(PC, "80431_blackpool_2014", "Referrals to Blackpool's local authority designated officer went up from 70 in 2012–13 to 94 in 2013–14 {k}.",
    "Referrals have increased from 70 to 94 between 2012–13 and 2013–14.", "increased→went up; LADO from previous sentence")
add(PC, "80521_manchester_2017", "Since 2014 the share of Manchester's secondary-age children in care at good or outstanding schools has risen from 48% to 81% {k}.",
    "percentage has risen significantly from 48% to 81%.", "needs previous sentences for subject")
add(PC, "80506_lambeth_2015", "Lambeth has too few foster carers, so children are often placed outside the borough, though most within 20 miles of their families {k}.",
    "are not enough foster carers in Lambeth, which means that children are often", "not enough→too few; area→borough")
add(PC, "80520_luton_2020", "An ongoing lack of foster carers in Luton means too many children live far from family and friends {k}.",
    "shortage of foster carers in Luton means that too many children are living at a", "shortage→lack; at a distance→far")
add(PC, "80466_east-riding-of-yorkshire_2023", "Some children in East Riding live outside the area or in unregistered provision because there are not enough placements, especially for complex needs {k}.",
    "There are insufficient placements available to meet the needs of all children", "insufficient→not enough; reordered")
add(PC, "80523_middlesbrough_2023", "There are not enough foster carers in Middlesbrough for every child who needs care, so children are often placed out of the area {k}.",
    "There are insufficient foster carers to meet the needs of all children who need", "insufficient→not enough")
