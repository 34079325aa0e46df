"""Checks ../policy-probe10.jsonl on its own, not through build.py (see ../probe_sets.py validate): splits alternate
probe10-tune, probe10-test, ... within each kind in the order written, and each agreeing twin has its contradiction's
split; no document of policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl or policy-probe2.jsonl ...
policy-probe9.jsonl. Also checks this set's shape: 48 items (counts and cited/uncited per kind), contradictions of each
kind cited, uncited, uncited, cited, ... in the order written and unsupported items cited, uncited, uncited, cited, each
split holding both cited and uncited contradictions of each kind, one agreeing twin per contradiction with its citation
status and split, at most 4 items on uk-childrens-care-misc documents, and at least 16 distinct documents."""
import collections, json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import check_shape, earlier_sets, validate

AGAINST = earlier_sets(10)
SPLIT = lambda kind, nth: "probe10-tune" if nth % 2 else "probe10-test"
bad = validate("policy-probe10.jsonl", "p10", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (4, 0, 4), "unsupported": (4, 2, 2), "contradiction-direction": (10, 5, 5),
         "contradiction-figure": (10, 5, 5), "agreeing-twin": (20, 10, 10)}
PATTERNS = {"contradiction-direction": [True, False, False, True] * 2 + [True, False],
            "contradiction-figure": [True, False, False, True] * 2 + [True, False],
            "unsupported": [True, False, False, True]}
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe10.jsonl"), encoding="utf-8")]
more = check_shape(rows, SHAPE, PATTERNS, {"probe10-tune", "probe10-test"}, items=48, min_documents=16, max_misc=4)
byid = {r["id"]: r for r in rows}
# splits re-derived here too (not only through probe_sets.validate): alternate within each kind, twins as their contradiction
nth = collections.Counter()
for r in rows:
    if r["kind"] == "agreeing-twin": want = byid[r["twinOf"]]["split"] if r.get("twinOf") in byid else None
    else: nth[r["kind"]] += 1; want = SPLIT(r["kind"], nth[r["kind"]])
    if r["split"] != want: more.append(f"{r['id']}: split {r['split']}, want {want}")
for k in ("contradiction-direction", "contradiction-figure"):
    for s in ("probe10-tune", "probe10-test"):
        c = {r["cited"] for r in rows if r["kind"] == k and r["split"] == s}
        if c != {True, False}: more.append(f"{k} in {s}: cited statuses {c}, want both")
print("probe-10 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
