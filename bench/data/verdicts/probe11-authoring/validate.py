"""Checks ../policy-probe11.jsonl on its own, not through build.py (see ../probe_sets.py validate): one split, probe11, for
every item; no document of policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl or policy-probe2.jsonl ...
policy-probe10.jsonl. Also checks this set's shape: 49 items (the per-kind counts of the brief, which sum to 49; counts and cited/uncited per kind), contradictions of each
kind cited, uncited, uncited, cited, cited, uncited in the order written, list-figures cited, uncited, uncited, cited,
unsupported cited, uncited, uncited, cited, cited, one agreeing twin per contradiction with its citation status, at most
5 items on uk-childrens-care-misc documents, and at least 18 distinct documents."""
import collections, json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import FILES, docs_of, validate

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl", "policy-probe3.jsonl",
           "policy-probe4.jsonl", "policy-probe5.jsonl", "policy-probe6.jsonl", "policy-probe7.jsonl", "policy-probe8.jsonl",
           "policy-probe9.jsonl", "policy-probe10.jsonl")
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
more = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe11.jsonl"), encoding="utf-8")]
kinds = collections.Counter(r["kind"] for r in rows)
cited = collections.Counter((r["kind"], r["cited"]) for r in rows)
for k, (n, c, u) in SHAPE.items():
    if kinds[k] != n or cited[(k, True)] != c or cited[(k, False)] != u:
        more.append(f"{k}: want {n} items ({c} cited, {u} uncited), got {kinds[k]} ({cited[(k, True)]}/{cited[(k, False)]})")
if set(kinds) - set(SHAPE): more.append(f"unexpected kinds {set(kinds) - set(SHAPE)}")
if {r["split"] for r in rows} != {"probe11"}: more.append(f"splits {sorted({r['split'] for r in rows})}, want only probe11")
for k, want in PATTERN.items():
    got = [r["cited"] for r in rows if r["kind"] == k]
    if got != want: more.append(f"{k}: cited pattern {got}, want {want}")
twins = collections.Counter(r.get("twinOf") for r in rows if r["kind"] == "agreeing-twin")
for r in rows:
    if r["kind"].startswith("contradiction-") and twins[r["id"]] != 1: more.append(f"{r['id']} has {twins[r['id']]} twins")
misc = [r["id"] for r in rows if any(FILES.get(d, "").startswith("uk-") for d in docs_of(r))]
if len(misc) > 5: more.append(f"{len(misc)} items use uk-childrens-care-misc documents, want at most 5")
used = set().union(*(docs_of(r) for r in rows))
if len(used) < 18: more.append(f"{len(used)} distinct documents, want at least 18")
if len(rows) != 49: more.append(f"{len(rows)} items, want 49")
print("items on uk-childrens-care-misc documents", len(misc), misc)
print("documents", sorted(used))
print("probe-11 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
