"""Checks ../policy-probe9.jsonl on its own, not through build.py (see ../probe_sets.py validate): one split, probe9, for
every item; no document of policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl or policy-probe2.jsonl ...
policy-probe8.jsonl. Also checks this set's shape: 32 items, all cited (14 paraphrase-cited, 6 place-in-title,
4 list-figures, 4 wrong-source, 4 unsupported), at most 4 items on uk-childrens-care-misc documents, at least
14 distinct documents, and claims of 8 to 35 words (citation not counted)."""
import json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import check_shape, validate

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl", "policy-probe3.jsonl",
           "policy-probe4.jsonl", "policy-probe5.jsonl", "policy-probe6.jsonl", "policy-probe7.jsonl", "policy-probe8.jsonl")
SPLIT = lambda kind, nth: "probe9"
bad = validate("policy-probe9.jsonl", "p9", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-cited": (14, 14, 0), "place-in-title": (6, 6, 0), "list-figures": (4, 4, 0),
         "wrong-source": (4, 4, 0), "unsupported": (4, 4, 0)}
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe9.jsonl"), encoding="utf-8")]
more = check_shape(rows, SHAPE, {}, {"probe9"}, items=32, min_documents=14, max_misc=4)
for r in rows:
    words = len(re.sub(r" \[@[^\]]+\]", "", r["claim"]).split())
    if not 8 <= words <= 35: more.append(f"{r['id']}: {words} words, want 8 to 35")
print("probe-9 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
