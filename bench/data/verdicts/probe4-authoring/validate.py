"""Checks ../policy-probe4.jsonl on its own, not through build.py (see ../probe_sets.py validate): splits alternate
probe4-tune, probe4-test within each kind (twins take their contradiction's); no document of policy-dev.jsonl,
policy-heldout.jsonl, policy-probe.jsonl, policy-probe2.jsonl or policy-probe3.jsonl; and no council (any year) of
any of them but policy-dev, nor the four councils probes 2 and 3 refuse. Also checks this set's shape: 8
contradiction-direction and 8 contradiction-figure items, half of each cited, one agreeing twin per contradiction."""
import collections, json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import council_taken, docs_of, documents_of, validate

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl", "policy-probe3.jsonl")
COUNCILS_AGAINST = AGAINST[1:]
EXTRA_COUNCILS = ("bedford", "west-northamptonshire", "oxfordshire", "nottinghamshire")
SPLIT = lambda kind, nth: "probe4-tune" if nth % 2 == 1 else "probe4-test"
bad = validate("policy-probe4.jsonl", "p4", SPLIT, AGAINST)

more = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe4.jsonl"), encoding="utf-8")]
taken = council_taken(documents_of(COUNCILS_AGAINST), EXTRA_COUNCILS)
for d in sorted(set().union(*(docs_of(r) for r in rows))):
    if taken(d): more.append(f"council of a set other than policy-dev used: {d}")
c = collections.Counter((r["kind"], r["cited"]) for r in rows)
for k in ("contradiction-direction", "contradiction-figure"):
    if c[(k, True)] != 4 or c[(k, False)] != 4: more.append(f"{k}: want 4 cited and 4 uncited, got {c[(k, True)]}/{c[(k, False)]}")
twins = collections.Counter(r.get("twinOf") for r in rows if r["kind"] == "agreeing-twin")
for r in rows:
    if r["kind"].startswith("contradiction-") and twins[r["id"]] != 1: more.append(f"{r['id']} has {twins[r['id']]} twins")
if len(rows) != 32: more.append(f"{len(rows)} items, want 32")
print("probe-4 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
