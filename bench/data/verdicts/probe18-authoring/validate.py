"""Checks ../policy-probe18.jsonl on its own, not through build.py (see ../probe_sets.py validate): splits alternate
probe18-tune (odd-numbered items of a kind) and probe18-test (even-numbered), twins taking their contradiction's; no
document of the earlier sets (earlier_sets(18): policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl,
policy-probe2.jsonl ... policy-probe17.jsonl). Also checks this set's shape: 50 items (counts and cited/uncited per
kind), the cited/uncited order written for the contradictions, list-figures and unsupported items, one agreeing twin
per contradiction with its citation status, no claim copying its passage, no item on uk-childrens-care-misc
documents, and at least 18 distinct documents."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import check_shape, earlier_sets, validate

AGAINST = earlier_sets(18)
SPLIT = lambda kind, nth: "probe18-tune" if nth % 2 else "probe18-test"
bad = validate("policy-probe18.jsonl", "p18", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (12, 0, 12), "paraphrase-cited": (10, 10, 0), "list-figures": (4, 2, 2),
         "place-in-title": (3, 3, 0), "unsupported": (6, 3, 3), "wrong-source": (3, 3, 0),
         "contradiction-direction": (3, 2, 1), "contradiction-figure": (3, 1, 2), "agreeing-twin": (6, 3, 3)}
PATTERNS = {"contradiction-direction": [True, False, True], "contradiction-figure": [False, True, False],
            "list-figures": [True, False, True, False], "unsupported": [True, False, True, False, True, False],
            "agreeing-twin": [True, False, True, False, True, False]}
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe18.jsonl"), encoding="utf-8")]
more = check_shape(rows, SHAPE, PATTERNS, {"probe18-tune", "probe18-test"}, items=50, min_documents=18, max_misc=0)
print("probe-18 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
