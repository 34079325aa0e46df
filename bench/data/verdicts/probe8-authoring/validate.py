"""Checks ../policy-probe8.jsonl on its own, not through build.py (see ../probe_sets.py validate): one split, probe8, for
every item; no document of policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl or policy-probe2.jsonl ...
policy-probe7.jsonl. Also checks this set's shape: 44 items (counts and cited/uncited per kind), contradictions of each
kind cited, uncited, uncited, cited in the order written, one agreeing twin per contradiction with its citation status,
at most 6 items on uk-childrens-care-misc documents, and at least 14 distinct documents."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import check_shape, validate

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl", "policy-probe3.jsonl",
           "policy-probe4.jsonl", "policy-probe5.jsonl", "policy-probe6.jsonl", "policy-probe7.jsonl")
SPLIT = lambda kind, nth: "probe8"
bad = validate("policy-probe8.jsonl", "p8", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (6, 0, 6), "paraphrase-cited": (6, 6, 0), "list-figures": (4, 2, 2),
         "place-in-title": (4, 4, 0), "unsupported": (4, 2, 2), "wrong-source": (4, 4, 0),
         "contradiction-direction": (4, 2, 2), "contradiction-figure": (4, 2, 2), "agreeing-twin": (8, 4, 4)}
PATTERNS = {k: [True, False, False, True] for k in ("contradiction-direction", "contradiction-figure", "list-figures", "unsupported")}
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe8.jsonl"), encoding="utf-8")]
more = check_shape(rows, SHAPE, PATTERNS, {"probe8"}, items=44, min_documents=14, max_misc=6)
print("probe-8 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
