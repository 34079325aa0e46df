# Probe verdict items, written blind on 6 December 2026 (see README.md). Each tuple is resolved and checked by build.py.
# Document names are unique prefixes of file stems in the policy corpus; {s} in a claim is replaced by the full key.
LANC = "80480_lancashire_2023"; OXON = "80536_oxfordshire_2014"; BOLT = "80432_bolton_2023"; HART = "80473_hartlepool_2024"
HALT = "80471_halton_2024"; HARI = "80498_haringey_2023"; BUCK = "80442_buckinghamshire_2022"; IRO = "iro-statutory-guidance"
BEXL = "80488_bexley_2023"; HULL = "80477_kingston-upon-hull_2023"; LIVP = "80485_liverpool_2023"; SCIL = "80455_isles-of-scilly_2023"
NLAND = "80532_northumberland_2016"; YPG = "young-20peoples"; DEVN = "80461_devon_2015"; WAKE = "80451_wakefield_2016"
CAMD = "80491_camden_2025"; MISS = "missing-protocol"; CERAF = "ceraf-guidance"; REDB = "80512_redbridge_2016"
BARN = "80487_barnet_2024"; LEIC = "80483_leicestershire_2024"; LEEDS15 = "80481_leeds_2015"; IOW = "80419_isle-of-wight_2014"
SC = "sc485956-outstanding-ofsted-report24"; WF = "80517_waltham-forest_2015"; LINC = "80484_lincolnshire_2015"
LEEDS25 = "80481_leeds_2025"; BSLY = "80426_barnsley_2014"; TRAUMA = "childhoodtraumathbrain"; ENF = "80494_enfield_2024"

PU = [  # (doc, claim, passage, note, altPassages)
 (LANC, "In Lancashire, a small number of children with very complex needs are living in children's homes that are not registered, so they lack the extra protection that regulation brings.",
  "unregistered children’s homes, and therefore do not have additional regulatory", "additional regulatory oversight→extra protection that regulation brings; sentence starts on the line before", []),
 (OXON, "Oxfordshire keeps a stable social work workforce, with staff turnover of 9% against 15% nationally.",
  "The rate of social work staff turnover is 9%, with national levels", "national levels→nationally; the 15% is on the next line", []),
 (BOLT, "In Bolton, some children face long gaps between a section 47 enquiry and their first child protection conference, which holds up a joint plan between agencies.",
  "Some children wait too long between section 47 enquiries and the initial child", "wait too long→long gaps; multi-agency plan→joint plan between agencies", []),
 (HART, "A handful of Hartlepool children with complex needs have had to move home too many times.",
  "complex needs experience too many changes in placement.", "very small number→handful; changes in placement→move home", []),
 (HALT, "Many children in care in Halton wait a long time to be matched with long-term foster families, and some special guardianship orders are slow to progress.",
  "too long to be matched to their long-term foster carers, and there are delays in", "carers→families; delays→slow to progress", []),
 (HARI, "Some children in Haringey remain on court orders they no longer need, and others have lived with foster families for long periods without being formally matched to them.",
  "on court orders when they are no longer necessary, and others have not been", "no longer necessary→no longer need; the matching half continues on the next line", []),
 (BUCK, "In Buckinghamshire, the surge in referrals meant many initial child protection conferences were held late, although this has eased a good deal since the summer.",
  "volumes led to a high number of delayed ICPCs. This trend has reduced", "ICPCs→initial child protection conferences; delayed→held late; reduced substantially→eased a good deal", []),
 (IRO, "A looked-after child's care plan must be in place before the first placement or, where that cannot be done, within two working weeks of it starting.",
  "or if this is not practicable, within ten working days of the start of the first placement", "ten working days→two working weeks; not practicable→cannot be done; the young people's IRO guide (pp-pu-14's document) says 'within ten days' (calendar wording), close but not the same", []),
 (BEXL, "Because more of Bexley's social workers have been leaving, some children have waited longer than they should for a permanent home.",
  "of social workers has meant that some children have been waiting too long for", "increase in turnover→more leaving; permanence→permanent home", []),
 (HULL, "Kingston upon Hull, like many councils, cannot recruit enough permanent social workers and has brought in agency firms to supply whole teams.",
  "Like many local authorities across the country, Hull is struggling to recruit enough", "place as in the title (text says Hull); struggling→cannot; agency part in the next sentence",
  ["of agency workforce companies have been commissioned to cover social worker"]),
 (LIVP, "In Liverpool, young people leaving care have not got to know their personal adviser beforehand, and this affects how well some of them engage.",
  "get to know their PAs before leaving care. This impacts on some young people’s level", "PAs→personal adviser; impacts on level of engagement→affects how well they engage", []),
 (SCIL, "The Isles of Scilly have no record of any child presenting as homeless.",
  "There are no records of any children presenting as homeless.", "light rewording; place as in the title", []),
 (NLAND, "In the three months before Northumberland's inspection, only half of the 2,117 contacts to children's social care went on to meet the referral threshold.",
  "Only 50% (1,109) met the threshold for referral.", "50%→half; the contact count is on the line before",
  ["leading up to the inspection, 2,117 contacts were made to children’s social"]),
 (YPG, "Children in care should have their care plan reviewed at least twice a year, with the first review within twenty days of coming into care.",
  "The law says that reviews should take place at least every six months,", "every six months→twice a year; first review in the next line; document title not named",
  ["although the first two will happen much sooner (that is within twenty days of"]),
]

PC = [  # (doc, claim, passage, note, altPassages)
 (DEVN, "Devon has brought its annual social worker turnover down from more than 29% in 2014 to 11% [@{s}].",
  "social workers from a previously high annual turnover of over 29% during 2014", "over→more than; the 11% is on the next line", ["to 11% at the time of the inspection"]),
 (WAKE, "In Wakefield, the rate of re-referrals is double that of comparable councils [@{s}].",
  "The percentage of re-referrals (44%) is higher than that of comparator", "44% vs 22%→double; comparator authorities→comparable councils", []),
 (CAMD, "For a small number of Camden children, the preferred route to permanence is unclear or its formal recognition takes longer than it should [@{s}].",
  "wait for permanence to be formally recognised is longer than necessary and the", "longer than necessary→longer than it should; option→route",
  ["small number of children, the preferred permanence option is unclear or the"]),
 (MISS, "In Northamptonshire, a child who comes back from a missing episode should have a return home interview, within three days, with a trained professional who is not involved in their care [@{s}].",
  "Worker, or Health not involved in caring for the child, who is trained to carry out this interview, within 72 hours of", "72 hours→three days; reordered", []),
 (CERAF, "Northamptonshire's child exploitation risk assessment should be refreshed at least every quarter, or sooner after a change such as a new placement [@{s}].",
  "As a minimum, it should be updated every three months or following a", "every three months→every quarter; updated→refreshed", []),
 (REDB, "Joint work on children going missing from care in Redbridge has nearly halved the number of missing incidents among the young people involved [@{s}].",
  "strong, with a significant reduction (46%) in the number of incidents of the", "46% reduction→nearly halved", []),
 (BARN, "Social workers in Barnet have caseloads small enough to let them spend time with children in care and build trusting relationships with them [@{s}].",
  "them to spend time with children, helping them to build trusting relationships.", "caseloads which enable→small enough to let; sentence starts on the line before", []),
 (LEIC, "A few children in care in Leicestershire stay for short spells in unregistered children's homes, and leaders are pressing those providers to register with Ofsted [@{s}].",
  "A small number of children in care live in unregistered children’s homes for short", "short periods→short spells; stringent efforts→pressing",
  ["periods of time. Stringent efforts are being made by leaders to help these"]),
]

LF = [  # (doc, cited, claim, passage, note, altPassages)
 (LEEDS15, False, "Leeds cut its use of agency staff from 40 to 26 between August and November 2014, and staff turnover fell from 27% in 2013–14 to 13.5%.",
  "a significant fall in the number of agency staff used, from 40 to 26 (August", "two separate bullet points of one list",
  ["reduced turnover of staff, from 27% 2013–14 to 13.5% now"]),
 (DEVN, True, "In Devon only 19% of initial health assessments for children coming into care were done within 20 days, and just over half of looked-after children (56%) had had a dental check [@{s}].",
  "is low, with only 19% of initial assessments", "figures in two sentences of one paragraph, several lines apart",
  ["children looked after have had dental checks (56%) and only 75% have had"]),
 (SC, True, "Children's home SC485956, run by New Horizons Northwest, has been judged outstanding at every full inspection since March 2022, having been rated good in May 2019 [@{s}].",
  "08/05/2019                                   Full             Good", "rows of the inspection-history table",
  ["09/03/2022                                   Full             Outstanding", "14/02/2023                                   Full             Outstanding",
   "27/02/2024                                   Full             Outstanding"]),
 (IOW, False, "In the year before its inspection, the Isle of Wight saw four adoptions and 20 children made subject to special guardianship orders.",
  "20 children became subject of special guardianship orders", "two bullet points under 'In the last 12 months'", ["there have been four adoptions"]),
]

CON = [  # (code, doc, cited, claim, passage, detail, note, twin)
 ("cd", WF, True, "Staff turnover in Waltham Forest's children's social care fell from 31% in 2012-13 to 16% in 2013-14 [@{s}].",
  "increase in the staff turnover rate from 16% in 2012-13 to 31% in 2013-14.", "turnover rose from 16% to 31%; the claim reverses the years",
  "reversed from→to figures", "Staff turnover in Waltham Forest's children's social care nearly doubled in a year, from 16% in 2012-13 to 31% in 2013-14 [@{s}]."),
 ("cd", LINC, False, "Long-term placement stability for children looked after in Lincolnshire has been improving, reaching 64.4% in the first half of 2014–15.",
  "of 2014–15 show stability to have fallen further to 64.4%.", "stability fell further to 64.4% (from 69.8% in 2012–13 and 72% in 2010)",
  "same figure, opposite direction", "In Lincolnshire, the share of looked-after children staying in the same placement for more than two years slipped further, to 64.4%, in the first six months of 2014–15."),
 ("cd", LEEDS25, False, "Social work vacancy rates in Leeds have risen sharply, undermining the stability of its teams.",
  "Vacancy rates have significantly reduced because of Leeds’ flexible and creative approach to recruit", "vacancy rates have significantly reduced; the claim says risen",
  "no figures; passage crosses lines", "Leeds has brought its social work vacancy rates down considerably through a flexible, creative approach to recruiting and keeping staff."),
 ("cd", TRAUMA, True, "Research shows that adults who were maltreated as children report more social support from family and friends [@{s}].",
  "Adults with a history of maltreatment report less social support from family and friends", "the guide says less social support; the claim says more",
  "bullet list, crosses lines", "Research shows that adults who were maltreated as children report less support from their family and friends [@{s}]."),
 ("cf", DEVN, True, "The share of Devon's looked-after children who were adopted rose to 17% in 2013–14 [@{s}].",
  "In 2012–13 the proportion was only 8% and this increased to 12% in 2013–14", "12% in 2013–14; 17% is the England average in the next sentence",
  "trap: wrong figure appears in the same paragraph for another measure", "The share of Devon's looked-after children who were adopted rose from 8% in 2012–13 to 12% in 2013–14, still below the England average [@{s}]."),
 ("cf", WAKE, False, "In Wakefield, 15% of children looked after had three or more placement moves in 2015–16.",
  "looked after who have had three placement moves or more is 17% in", "17% in 2015–16; 15% is the 2014–15 figure",
  "trap: wrong figure is the previous year's in the same sentence", "About one in six children looked after by Wakefield had three or more placement moves in 2015–16, almost double the statistical neighbour average."),
 ("cf", BSLY, False, "Children in Barnsley wait an average of 606 days to move into an adoptive home.",
  "In Barnsley, children take an average of 541 days compared with 606 for similar authorities and 647 nationally", "541 days; 606 is the average for similar authorities",
  "trap: wrong figure is the comparator in the same sentence; passage crosses lines", "Barnsley children move in with adoptive families sooner than elsewhere, taking 541 days on average against 647 nationally."),
 ("cf", IRO, True, "Statutory guidance says an independent reviewing officer should have at least three years' post-qualifying experience [@{s}].",
  "The IRO should have at least five years post qualifying experience [regulation 46].", "five years, not three",
  "different figure for the same requirement", "Statutory guidance says an independent reviewing officer should have a minimum of five years' experience since qualifying [@{s}]."),
]

UN = [  # (doc, cited, claim, note)
 (YPG, True, "The young people's guide to the IRO handbook says that when a young person asks for a review, it must be held within seven days [@{s}].",
  "the guide says a young person or the IRO can ask for a review, with no timescale; 'within a week' in the guide is for a senior manager agreeing review decisions (trap)"),
 (ENF, False, "Enfield has cut the number of children coming into care by a third since its previous inspection, largely by supporting kinship carers.",
  "Enfield's report says children only come into care when necessary and kinship care is well supported, but gives no reduction or 'a third'; grepped Enfield and corpus; sourced search top 3"),
]
