"""Checks ../policy-probe17.jsonl on its own, not through build.py (see ../probe_sets.py validate): splits alternate
probe17-tune, probe17-test within each kind in file order (twins take their contradiction's); no document of the sets
written before probe 17 (probe_sets.earlier_sets(17)). Also checks this set's shape: 48 items (counts and cited/uncited
per kind), the cited/uncited order of list-figures, unsupported and contradiction items, one agreeing twin per
contradiction with its citation status, no claim containing its passage, no item on uk-childrens-care-misc documents,
and at least 38 distinct documents."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import check_shape, earlier_sets, validate

AGAINST = earlier_sets(17)
SPLIT = lambda kind, nth: "probe17-tune" if nth % 2 else "probe17-test"
bad = validate("policy-probe17.jsonl", "p17", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (12, 0, 12), "paraphrase-cited": (14, 14, 0), "place-in-title": (4, 4, 0),
         "list-figures": (4, 2, 2), "unsupported": (6, 3, 3), "wrong-source": (4, 4, 0),
         "contradiction-direction": (1, 1, 0), "contradiction-figure": (1, 0, 1), "agreeing-twin": (2, 1, 1)}
PATTERNS = {"list-figures": [True, False, False, True], "unsupported": [True, False, False, True, True, False],
            "contradiction-direction": [True], "contradiction-figure": [False]}
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe17.jsonl"), encoding="utf-8")]
more = check_shape(rows, SHAPE, PATTERNS, {"probe17-tune", "probe17-test"}, items=48, min_documents=38, max_misc=0)
print("probe-17 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
