"""Checks ../policy-probe11.jsonl on its own, not through build.py (see ../probe_sets.py validate): one split, probe11, for
every item; no document of policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl or policy-probe2.jsonl ...
policy-probe10.jsonl. Also checks this set's shape: 49 items (the per-kind counts of the brief, which sum to 49; counts and cited/uncited per kind), contradictions of each
kind cited, uncited, uncited, cited, cited, uncited in the order written, list-figures cited, uncited, uncited, cited,
unsupported cited, uncited, uncited, cited, cited, one agreeing twin per contradiction with its citation status, at most
5 items on uk-childrens-care-misc documents, and at least 18 distinct documents."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import check_shape, earlier_sets, validate

AGAINST = earlier_sets(11)
SPLIT = lambda kind, nth: "probe11"
bad = validate("policy-probe11.jsonl", "p11", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (5, 0, 5), "paraphrase-cited": (5, 5, 0), "list-figures": (4, 2, 2),
         "place-in-title": (3, 3, 0), "unsupported": (5, 3, 2), "wrong-source": (3, 3, 0),
         "contradiction-direction": (6, 3, 3), "contradiction-figure": (6, 3, 3), "agreeing-twin": (12, 6, 6)}
PATTERN = {"contradiction-direction": [True, False, False, True, True, False],
           "contradiction-figure": [True, False, False, True, True, False],
           "list-figures": [True, False, False, True],
           "unsupported": [True, False, False, True, True]}
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe11.jsonl"), encoding="utf-8")]
more = check_shape(rows, SHAPE, PATTERN, {"probe11"}, items=49, min_documents=18, max_misc=5)
print("probe-11 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
