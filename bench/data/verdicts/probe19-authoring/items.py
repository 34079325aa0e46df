# Probe-19 verdict items, written blind on 7 December 2026 (see README.md). Each tuple is resolved and checked by build.py.
# Document names are unique prefixes of file stems in the policy corpus; {s} in a claim is replaced by the full key
# (for wrong-source items, by the key of the wrongly cited document). Documents of earlier sets may be used, but no
# passage may share a paragraph or a sentence with a passage of an earlier set (../probe_sets.py passages_of, passage_overlap).
SLOU = "80553_slough_2019"; TRAF23 = "80573_trafford_2023"; TRAF19 = "80573_trafford_2019"; SURR = "80567_surrey_2025"
SUND = "80566_sunderland_2025"; ENFI = "80494_enfield_2024"; HAVE = "80500_havering_2024"; PLYM = "80538_plymouth_2024"
WAND = "80518_wandsworth_2026"; MIDD = "80523_middlesbrough_2026"; HILL = "80501_hillingdon_2018"; BEDF = "sufficiency-strategy-bedford"
KCSI = "keeping-children-safe-in-education-2024"; READ = "80540_reading_2019"; TAME = "80569_tameside_2019"; WILT = "80580_wiltshire_2019"
STOC = "80563_stockton-on-tees_2023"; STHE = "80560_st-helens_2023"; STYN = "80557_south-tyneside_2023"; HARR = "80499_harrow_2020"
LINC = "80484_lincolnshire_2019"; SOTO = "80558_southampton_2023"; SOUE16 = "80559_southend-on-sea_2016"; STOK15 = "80564_stoke-on-trent_2015"
TELF16 = "80570_telford-wrekin_2016"; CCO = "cco-illegal-childrens-homes"; STOK19 = "80564_stoke-on-trent_2019"; STOK22 = "80564_stoke-on-trent_2022"
TELF24 = "80570_telford-wrekin_2024"; NLIN = "80527_north-lincolnshire_2022"; PORT = "80539_portsmouth_2026"; KNOW = "80479_knowsley_2021"
BCP = "2532287_bournemouth-christchurch-poole_2022"; WNOR = "2637548_west-northamptonshire_2022"; SHRO25 = "80552_shropshire_2025"

PU = [  # (doc, claim, passage, note, altPassages)
 (READ, "Twice as many Reading children were using the advocacy service as six months earlier, even though the commissioned service was still new.",
  "children accessing advocacy has doubled over the last six months. Children and", "'has doubled over the last six months'→'twice as many … as six months earlier'; 'in its infancy'→'still new'; paragraph 32 names no council", []),
 (TAME, "Roughly half of the children coming into Tameside's care wait too long for their first health assessment, although later health reviews and dental checks are now mostly on time.",
  "Initial health assessments, though, take too long for about half of all", "two sentences of paragraph 22 in reversed order; 'timely for the large majority'→'mostly on time'; paragraph 22 names no council", []),
 (HILL, "Hillingdon has told nearly four hundred care leavers over the age of 21 about the help still open to them, and has added staff to meet the demand it expects.",
  "young people who have left care and are aged over 21 have been informed", "'Almost 400'→'nearly four hundred'; 'Investment has been made into additional staffing'→'added staff'; paragraph 30 names no council", []),
 (BEDF, "Bedford's 16+ Supporting Futures Team works with nearly all care leavers aged 17 to 21, and its help stays available to those who want it until they are 25.",
  "supports 97% of care leavers aged 17-21, and services are optional but", "uk-childrens-care-misc (Bedford Borough placement sufficiency strategy, page 20); 97%→'nearly all'; 'optional but available up to age 25'", []),
 (WILT, "In Wiltshire, 16- and 17-year-olds at risk of homelessness get a prompt and sensitive response, and most of them end up back with family or friends.",
  "timely service and their rights and options are carefully considered. The vast", "'potentially homeless'→'at risk of homelessness'; 'The vast majority … helped to return to their family and friends'→'most of them end up back'; paragraph 15 names no council", []),
 (STOC, "Helped by newly added progression advisers, a good number of Stockton-on-Tees care leavers are going on to higher education.",
  "leavers are well supported to progress to higher education. Senior leaders have", "'A sizeable number'→'a good number'; 'additional capacity in the form of progression advisers' in the sentence before; paragraph 37 names no council", []),
 (STHE, "Care leavers in St Helens decide at 21 whether to keep getting support, and personal advisers actively encourage them to stay with the service, even beyond that birthday.",
  "ongoing support from the local authority. PAs are proactive in encouraging", "'When a young adult turns 21, they make the decision'→'decide at 21'; 'PAs are proactive in encouraging … continues beyond the age of 21'; paragraph 53 names no council", []),
 (STYN, "South Tyneside gives its care leavers a personal adviser at 16, early enough for them to build a real relationship before adulthood.",
  "when they are 16 years old, which gives them time to build a meaningful", "'timely allocation to their personal adviser (PA) when they are 16 years old'→'a personal adviser at 16'; paragraph 31 names no council", []),
]
PC = [  # (doc, claim, passage, note, altPassages)
 (SLOU, "Slough children whose plan is adoption get an effective and timely service, are carefully matched and soon settle with their new families [@{s}].",
  "move quickly to live with their adoptive families and enjoy stability. Good use", "summary of three sentences of paragraph 27 ('effective and timely service', 'well matched', 'move quickly … enjoy stability'); paragraph 27 names no council",
  ["27. When adoption is the plan for children, they receive an effective and timely"]),
 (TRAF23, "Trafford has identified only a handful of privately fostered children, and when it does find them it assesses them and their carers thoroughly and promptly [@{s}].",
  "There are very few children who have been identified as being placed in private", "'very few'→'only a handful'; 'thorough and timely'→'thoroughly and promptly' on the next line; paragraph 12 names no council", []),
 (SURR, "Surrey's social workers now respond well to children in private fostering arrangements, which is better than at the previous inspection [@{s}].",
  "Social workers provide privately fostered children with an effective response.", "short; 'effective response'→'respond well'; 'an improvement since the previous inspection' is the next sentence; paragraph 17 names no council", []),
 (SUND, "Kinship carers in Sunderland get the same level of financial support as mainstream foster carers, part of what makes special guardianship a real strength there [@{s}].",
  "Financial support provided for kinship carers is in line with fostering", "'in line with fostering allowances paid to mainstream carers'→'the same level … as mainstream foster carers'; first sentence of paragraph 27 names Sunderland", []),
 (ENFI, "Although Enfield is recruiting new foster carers successfully, so many carers are leaving that it still has a shortfall, and finding enough placements remains a struggle [@{s}].",
  "There is a successful strategy to recruit new foster carers, but the number of", "concessive opening; 'still in deficit'→'still has a shortfall'; 'Placement sufficiency is an ongoing challenge'→'remains a struggle'; paragraph 35 names no council", []),
 (HAVE, "A good share of Havering's care leavers carry on living with their foster carers after 18 [@{s}].",
  "A good proportion of care leavers benefit from living with their foster carers", "short; 'A good proportion'→'A good share'; 'after the age of 18, in staying put arrangements'; paragraph 32 names no council", []),
 (PLYM, "When inspectors visited Plymouth, only half of its children in care were up to date with dental check-ups, and the private dental treatment the council sometimes paid for was for children already in pain rather than preventive care [@{s}].",
  "children have had an up-to-date check-up. At times, the local authority funds", "long; summary of paragraph 35 (three sentences); 'Only half of' ends the line before; paragraph 35 names no council", []),
 (WAND, "Because Wandsworth's Future First team gives personal advisers to children still in care, alongside their social workers, young people get to know their adviser early [@{s}].",
  "children benefit from forming early relationships with their PAs. Joint", "reordered cause and effect ('Therefore, children benefit from forming early relationships'); the team names no council; paragraph 42", []),
 (MIDD, "Since its last inspection, Middlesbrough has begun deciding with care leavers themselves, according to their needs, whether their support carries on after 21 [@{s}].",
  "Decisions to continue services post-21 are taken in discussion with care leavers", "opens with a time phrase; 'This is an improvement from the last inspection' on the next lines; paragraph 48 names no council", []),
 (HILL, "About three quarters of Hillingdon's care leavers were in education, employment or training at the 2018 inspection, according to the council's own figures [@{s}].",
  "Local data indicates that currently 74% of care leavers are in education,", "74%→'about three quarters'; 'Local data'→'the council's own figures'; past tense about the inspection year; paragraph 28 names no council", []),
 (BEDF, "Almost two thirds of Bedford's care leavers are in education, employment or training, slightly ahead of the region and well above the national rate of about half [@{s}].",
  "employment, or training (EET), with 65% in EET compared to 63.5%", "uk-childrens-care-misc; 65%→'almost two thirds'; 63.5% regionally→'slightly ahead of the region'; 52% nationally (next line)→'about half'", []),
 (KCSI, "Schools' designated safeguarding leads and their deputies are expected to refresh their training at least once every two years and to complete Prevent awareness training as well [@{s}].",
  "updated at least every two years. The designated safeguarding lead (and any deputies)", "uk-childrens-care-misc (Keeping children safe in education 2024, Annex C); 'should undergo training … updated at least every two years' and 'should also undertake Prevent awareness training' merged", []),
]
LF = [  # (doc, cited, claim, passage, note, altPassages)
 (SOUE16, True, "In May 2016 Southend-on-Sea was looking after 263 children, 205 of them with foster families, and a little over two in five of those foster placements were outside the borough [@{s}].",
  "205 live with foster families, of whom 43.4% live outside the authority", "the parent bullet (263) and its foster sub-bullet (43.4%→'a little over two in five') of the 'Children looked after in this area' list",
  ["At 12 May 2016, 263 children were being looked after by the local authority (a"]),
 (STOK15, False, "Of the 609 children Stoke-on-Trent looked after at the end of March 2015, 418 lived with foster families, 58 of them with relatives or friends, while 38 were in children's homes.",
  "418 live with foster families (including 58 with family and friends), of", "parent bullet (609) and two sub-bullets (foster families with 'family and friends'→'relatives or friends'; residential children's homes) of one list",
  ["38 live in residential children’s homes, of whom 39.5% live out of the", "At 31 March 2015, 609 children are being looked after by the local authority (a"]),
 (TELF16, False, "By the end of March 2016 Telford and Wrekin had 190 children on child protection plans, up from 103 a year before, and six in private fostering arrangements, double the three of 2015.",
  "At 31 March 2016, 190 children and young people were the subject of a child", "two separate bullets of the 'Child protection in this area' list; 'privately arranged fostering placement'→'private fostering arrangements'; 'increase from three'→'double'",
  ["At 31 March 2016, six children lived in a privately arranged fostering placement."]),
 (CCO, True, "Of the children in unregistered placements on 1 September 2024, roughly one in eleven had been referred to the National Referral Mechanism as possible victims of modern slavery, and 6% were unaccompanied asylum-seeking children, below the 9% among all children in care [@{s}].",
  "9% of children in unregistered provision had been referred to the National Referral Mechanism", "uk-childrens-care-misc (Children's Commissioner, illegal children's homes); two bullets of the additional-needs list in section 2.1: 9%→'roughly one in eleven'; the UASC bullet (6% vs 9%) is the alternative, quoted from its second line because its first line shares wording with an earlier set's passage",
  ["compares to 9% in the overall population of looked-after children."]),
]
PT = [  # (doc, claim, passage, note, altPassages)
 (HARR, "Harrow's virtual school has raised attendance among children in care but accepts there is further to go, and six pupils with very complex needs had gone months without a school place [@{s}].",
  "attendance has improved, there is more to do. This is an area of priority. The", "paragraph 22 names no council (Harrow only in the title and headers); 'without a school place for several months'→'gone months without a school place'", []),
 (LINC, "In Lincolnshire, young people can stay on with their foster carers after turning 18, and some are still living with them well into their twenties [@{s}].",
  "foster carers beyond 18 years, and some young people benefit from this well", "paragraph 30 names no council; '20s'→'twenties'; 'supported to remain'→'can stay on'", []),
 (TRAF23, "Few Trafford children are placed for adoption, and close working with the regional agency, Adoption Counts, means those who are move in with adoptive parents without delay [@{s}].",
  "Counts, enables children to be placed with adoptive parents in a timely way.", "paragraph 28 names no council (Trafford in the title and headers); 'The number … is small'→'Few'; 'in a timely way'→'without delay'", []),
 (SOTO, "Many of Southampton's care leavers stay with their foster carers beyond 18 under staying-put arrangements, keeping their relationships and stability [@{s}].",
  "when this is right for them. A high number remain in ‘staying put’", "paragraph 30 names no council; 'A high number'→'Many'; 'in order to maintain their relationships and stability' on the next line", []),
]
CON = [  # (code, doc, cited, claim, passage, detail, note, twin)
 ("cd", SOUE16, True, "The average time Southend children waited between entering care and moving in with their adoptive family grew over 2013 to 2016, leaving the council short of the national target [@{s}].",
  "adoptive family, is 386 days. This is a reduction from 505 days on the last-",
  "386 days for 2013 to 2016, a reduction from 505 days, better than the national target of 426 days", "direction reversed twice ('grew' vs 'reduction'; 'short of' vs 'better than' the target); paragraph 80 names Southend",
  "For 2013 to 2016, Southend children waited 386 days on average between entering care and joining their adoptive family, down from 505 and well inside the 426-day national target [@{s}]."),
 ("cd", TRAF19, False, "Trafford's care leaver population had shrunk by around a tenth since April 2018, easing the pressure on its leaving care workers.",
  "11% since April 2018. This has resulted in high caseloads, with workers",
  "the number of care leavers in Trafford has increased by 11% since April 2018, resulting in high caseloads", "'shrunk' vs 'increased'; 'easing the pressure' vs 'high caseloads'; the start of the sentence is on the line before",
  "Trafford has about a tenth more care leavers than in April 2018, which has pushed caseloads so high that workers struggle to find time for young people who are not in crisis."),
 ("cd", STOK19, True, "Stoke-on-Trent accommodates a larger share of its children in care under section 20 voluntary arrangements than similar councils and England as a whole [@{s}].",
  "children in care are accommodated through these arrangements, which is",
  "only 8% of children in care are accommodated under s20, significantly less than national and similar authorities", "comparison reversed ('larger share' vs 'significantly less'); 'Only 8% of' ends the line before; paragraph 18 names no council",
  "Only around one in twelve of Stoke-on-Trent's children in care are looked after under section 20 agreements with their parents, far fewer than nationally or in similar councils [@{s}]."),
 ("cf", STOK15, False, "In 2014–15, 22 fostering households left Stoke-on-Trent's in-house service, almost cancelling out the 40 carers it had recruited.",
  "as during the same period 17 households left the service",
  "17 households left the service in 2014–15", "wrong figure is in the same sentence: 22 is the number of households recruited (40 carers in 22 households); net gain of six placements",
  "Stoke-on-Trent recruited 40 foster carers from 22 households in 2014–15, but with 17 households leaving over the same year it gained only six placements overall."),
 ("cf", STOK19, True, "When Ofsted inspected Stoke-on-Trent in early 2019, 65 children in care were living in unregulated settings [@{s}].",
  "inspection, there were 56 children placed in unregulated settings.",
  "56 children placed in unregulated settings at the time of the inspection", "digits transposed (65 for 56); 'At the time of the' ends the line before; paragraph 22 names no council",
  "More than fifty of Stoke-on-Trent's children in care, 56 in all, were in unregulated placements at the 2019 inspection, and none of their records explained why such a placement was suitable [@{s}]."),
 ("cf", SOUE16, False, "At the 2016 inspection around a third of Southend's children in care were waiting for a long-term fostering match to be made formal after at least a year in their placement.",
  "progressing care plans. At the time of the inspection, 56 children, just under a",
  "56 children, just under a fifth of children in care, were waiting for a long-term fostering match", "'around a third' vs 'just under a fifth'; 'fifth of children in care' on the next line; paragraph 57 names no council",
  "Some 56 children in Southend's care, a little under a fifth of the total, had been in their placement for a year or more in 2016 but were still waiting for the long-term fostering match to be formalised."),
]
UN = [  # (doc, cited, claim, note)
 (STOK22, True, "Stoke-on-Trent knew of fourteen privately fostered children when it was inspected in 2022 [@{s}].",
  "invented count next to a real passage: paragraph 19 says 'Only a few children are subject to these arrangements', with no number; no Stoke-on-Trent report (2015, 2019, 2022, 2025) has fourteen or 14 children in private fostering (grep fourteen, 14 children, private fost)"),
 (TELF24, False, "Telford and Wrekin's Family Solutions team helped more than 60 children leave care and go back to their families in the year before its 2024 inspection.",
  "invented count: paragraph 14 praises the Family Solutions team for helping children leave care to return to their family, with no figure; no Telford and Wrekin report has such a count (grep 60, sixty: only 60 professionals in 2016 and paragraph numbers); Telford 2020's 42 is young people diverted from care, not returns"),
 (NLIN, False, "North Lincolnshire completes its private fostering assessments in ten working days on average.",
  "invented timescale: paragraph 11 says only that assessments 'are completed within timescales'; 'ten working days' occurs in the corpus only in the IRO statutory guidance, not about private fostering (grep ten working days)"),
 (PORT, True, "Fewer than one in ten homeless 16- and 17-year-olds in Portsmouth chose to come into care in the year before the 2026 inspection [@{s}].",
  "invented share: paragraph 16 describes advocacy and explanations of the option to come into care, with no figures; the report has no percentage at all and no 'one in ten' (grep %, one in ten)"),
]
WS = [  # (true doc A, wrongly cited doc B, claim, passage in A, note, altPassages)
 (KNOW, BCP, "Knowsley's assessments of homeless 16- and 17-year-olds are too shallow, so although they are found somewhere to stay, most get too little help from children's social care [@{s}].",
  "assessments that are undertaken are too superficial, and do not lead to enough", "Bournemouth, Christchurch and Poole 2022 cited; B says its own homeless 16- and 17-year-olds are mainly informed of their rights and accommodated quickly, has no 'superficial' and never names Knowsley (grep homeless, superficial)", []),
 (WNOR, SHRO25, "West Northamptonshire's local offer for care leavers neither reflects the rising cost of living nor helps with the cost of Wi-Fi [@{s}].",
  "the ‘local offer’ but it does not take account of rising living costs or include", "Shropshire 2025 cited; B says its own local offer meets care leavers' needs (driving lessons, vouchers) but has no Wi-Fi or living costs and never names West Northamptonshire (grep wi-fi, wifi, living cost, local offer)", []),
]
