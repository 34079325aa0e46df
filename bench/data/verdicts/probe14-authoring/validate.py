"""Checks ../policy-probe14.jsonl on its own, not through build.py (see ../probe_sets.py validate): within each kind the
items alternate probe14-tune, probe14-test, ... in the order written (an agreeing twin takes its contradiction's split);
no document of policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl or policy-probe2.jsonl ... policy-probe13.jsonl
(../probe_sets.py earlier_sets(14)). Also checks this set's shape: 48 items (counts and cited/uncited per kind: every kind
cited except paraphrase-uncited), one agreeing twin per contradiction with its citation status, split and source, no claim
that copies its passage, no item on uk-childrens-care-misc documents, at least 28 distinct documents, and the tune/test
counts per kind."""
import collections, json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import check_shape, earlier_sets, validate

AGAINST = earlier_sets(14)  # policy-dev, policy-heldout, policy-probe, policy-probe2 ... policy-probe13
SPLIT = lambda kind, nth: "probe14-tune" if nth % 2 == 1 else "probe14-test"
bad = validate("policy-probe14.jsonl", "p14", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (4, 0, 4), "paraphrase-cited": (12, 12, 0), "list-figures": (4, 4, 0),
         "place-in-title": (6, 6, 0), "unsupported": (8, 8, 0), "wrong-source": (6, 6, 0),
         "contradiction-direction": (2, 2, 0), "contradiction-figure": (2, 2, 0), "agreeing-twin": (4, 4, 0)}
PATTERNS = {"list-figures": [True] * 4, "unsupported": [True] * 8,
            "contradiction-direction": [True] * 2, "contradiction-figure": [True] * 2}
# kind: (tune, test)
SPLITS = {"paraphrase-uncited": (2, 2), "paraphrase-cited": (6, 6), "list-figures": (2, 2), "place-in-title": (3, 3),
          "unsupported": (4, 4), "wrong-source": (3, 3), "contradiction-direction": (1, 1), "contradiction-figure": (1, 1),
          "agreeing-twin": (2, 2)}
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe14.jsonl"), encoding="utf-8")]
more = check_shape(rows, SHAPE, PATTERNS, {"probe14-tune", "probe14-test"}, items=48, min_documents=28, max_misc=0)
per = collections.Counter((r["kind"], r["split"]) for r in rows)
for k, (tune, test) in SPLITS.items():
    if per[(k, "probe14-tune")] != tune or per[(k, "probe14-test")] != test:
        more.append(f"{k}: want {tune} tune / {test} test, got {per[(k, 'probe14-tune')]} / {per[(k, 'probe14-test')]}")
print("probe-14 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
