"""Checks ../policy-probe15.jsonl on its own, not through build.py (see ../probe_sets.py validate): one split, probe15,
for every item; no document of the sets written before it (earlier_sets(15): policy-dev.jsonl, policy-heldout.jsonl,
policy-probe.jsonl, policy-probe2.jsonl ... policy-probe14.jsonl). Also checks this set's shape: 44 items (40 claims and 4 agreeing twins), all cited
(16 paraphrase-cited, 4 place-in-title, 12 unsupported, 4 wrong-source, 2 + 2 contradictions, 4 agreeing twins), one
agreeing twin per contradiction with its citation status, no item on uk-childrens-care-misc documents, at least 24
distinct documents, and that every claim joins two statements."""
import json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import check_shape, earlier_sets, validate

AGAINST = earlier_sets(15)
SPLIT = lambda kind, nth: "probe15"
bad = validate("policy-probe15.jsonl", "p15", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-cited": (16, 16, 0), "place-in-title": (4, 4, 0), "unsupported": (12, 12, 0),
         "wrong-source": (4, 4, 0), "contradiction-direction": (2, 2, 0), "contradiction-figure": (2, 2, 0),
         "agreeing-twin": (4, 4, 0)}
PATTERNS = {k: [True] * n for k, (n, c, u) in SHAPE.items()}
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe15.jsonl"), encoding="utf-8")]
more = check_shape(rows, SHAPE, PATTERNS, {"probe15"}, items=44, min_documents=24, max_misc=0)
JOIN = re.compile(r"\b(and|but|while|though|so|which)\b|;|,")
for r in rows:
    body = re.sub(r" \[@[^\]]+\]\.$", "", r["claim"])
    if not JOIN.search(body): more.append(f"{r['id']}: claim does not join two statements")
    if len(re.findall(r"\[@", r["claim"])) != 1: more.append(f"{r['id']}: want exactly one citation")
pc = [r for r in rows if r["kind"] == "paraphrase-cited"]
two = sum(("two sentences" in r["note"] or "neighbouring paragraphs" in r["note"]) for r in pc)
interp = sum(r["note"].startswith("consequence") for r in pc)
if (two, interp) != (8, 8): more.append(f"paraphrase-cited: {two} two-sentence and {interp} interpretation items, want 8 and 8")
print("probe-15 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
