"""Checks ../policy-probe5.jsonl on its own, not through build.py (see ../probe_sets.py validate): splits alternate
probe5-tune, probe5-test within each kind (twins take their contradiction's); no document of policy-dev.jsonl,
policy-heldout.jsonl, policy-probe.jsonl, policy-probe2.jsonl, policy-probe3.jsonl or policy-probe4.jsonl; and no
council (any year) of any of them but policy-dev, nor the four councils probes 2-4 refuse. Also checks this set's
shape: the composition of probe 3 (52 items; counts, cited/uncited and splits per kind), one agreeing twin per
contradiction with its citation status, and at most 6 items on uk-childrens-care-misc documents."""
import collections, json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import FILES, council_taken, docs_of, documents_of, validate

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl", "policy-probe3.jsonl",
           "policy-probe4.jsonl")
COUNCILS_AGAINST = AGAINST[1:]
EXTRA_COUNCILS = ("bedford", "west-northamptonshire", "oxfordshire", "nottinghamshire")
SPLIT = lambda kind, nth: "probe5-tune" if nth % 2 == 1 else "probe5-test"
bad = validate("policy-probe5.jsonl", "p5", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (10, 0, 10), "paraphrase-cited": (8, 8, 0), "list-figures": (4, 2, 2),
         "place-in-title": (4, 4, 0), "unsupported": (6, 3, 3), "wrong-source": (4, 4, 0),
         "contradiction-direction": (4, 2, 2), "contradiction-figure": (4, 2, 2), "agreeing-twin": (8, 4, 4)}
more = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe5.jsonl"), encoding="utf-8")]
taken = council_taken(documents_of(COUNCILS_AGAINST), EXTRA_COUNCILS)
for d in sorted(set().union(*(docs_of(r) for r in rows))):
    if taken(d): more.append(f"council of a set other than policy-dev used: {d}")
kinds = collections.Counter(r["kind"] for r in rows)
cited = collections.Counter((r["kind"], r["cited"]) for r in rows)
splits = collections.Counter((r["kind"], r["split"]) for r in rows)
for k, (n, c, u) in SHAPE.items():
    if kinds[k] != n or cited[(k, True)] != c or cited[(k, False)] != u:
        more.append(f"{k}: want {n} items ({c} cited, {u} uncited), got {kinds[k]} ({cited[(k, True)]}/{cited[(k, False)]})")
    if splits[(k, "probe5-tune")] != n // 2 or splits[(k, "probe5-test")] != n // 2: more.append(f"{k}: splits not {n // 2}/{n // 2}")
if set(kinds) - set(SHAPE): more.append(f"unexpected kinds {set(kinds) - set(SHAPE)}")
twins = collections.Counter(r.get("twinOf") for r in rows if r["kind"] == "agreeing-twin")
for r in rows:
    if r["kind"].startswith("contradiction-") and twins[r["id"]] != 1: more.append(f"{r['id']} has {twins[r['id']]} twins")
misc = [r["id"] for r in rows if any(FILES.get(d, "").startswith("uk-") for d in docs_of(r))]
if len(misc) > 6: more.append(f"{len(misc)} items use uk-childrens-care-misc documents, want at most 6")
if len(rows) != 52: more.append(f"{len(rows)} items, want 52")
print("items on uk-childrens-care-misc documents", len(misc), misc)
print("probe-5 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
