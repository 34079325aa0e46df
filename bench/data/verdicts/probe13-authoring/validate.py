"""Checks ../policy-probe13.jsonl on its own, not through build.py (see ../probe_sets.py validate): one split, probe13, for
every item; no document of the sets written before probe 13 (probe_sets.earlier_sets(13): policy-dev.jsonl,
policy-heldout.jsonl, policy-probe.jsonl, policy-probe2.jsonl ... policy-probe12.jsonl). Also checks this set's shape:
48 items (counts and cited/uncited per kind), contradictions of each kind and list-figures cited, uncited, uncited,
cited in the order written, unsupported cited, uncited, uncited, cited, cited, uncited, one agreeing twin per
contradiction with its citation status, at most 4 items on uk-childrens-care-misc documents, and at least 25 distinct
documents."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import check_shape, earlier_sets, validate

AGAINST = earlier_sets(13)
SPLIT = lambda kind, nth: "probe13"
bad = validate("policy-probe13.jsonl", "p13", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (6, 0, 6), "paraphrase-cited": (8, 8, 0), "list-figures": (4, 2, 2),
         "place-in-title": (4, 4, 0), "unsupported": (6, 3, 3), "wrong-source": (4, 4, 0),
         "contradiction-direction": (4, 2, 2), "contradiction-figure": (4, 2, 2), "agreeing-twin": (8, 4, 4)}
PATTERNS = {k: [True, False, False, True] for k in ("contradiction-direction", "contradiction-figure", "list-figures")}
PATTERNS["unsupported"] = [True, False, False, True, True, False]
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe13.jsonl"), encoding="utf-8")]
more = check_shape(rows, SHAPE, PATTERNS, {"probe13"}, items=48, min_documents=25, max_misc=4)
print("probe-13 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
