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
from probe_sets import FILES, docs_of, validate

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl", "policy-probe3.jsonl",
           "policy-probe4.jsonl", "policy-probe5.jsonl", "policy-probe6.jsonl", "policy-probe7.jsonl", "policy-probe8.jsonl",
           "policy-probe9.jsonl")
SPLIT = lambda kind, nth: "probe10-tune" if nth % 2 else "probe10-test"
bad = validate("policy-probe10.jsonl", "p10", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (4, 0, 4), "unsupported": (4, 2, 2), "contradiction-direction": (10, 5, 5),
         "contradiction-figure": (10, 5, 5), "agreeing-twin": (20, 10, 10)}
more = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe10.jsonl"), encoding="utf-8")]
byid = {r["id"]: r for r in rows}
kinds = collections.Counter(r["kind"] for r in rows)
cited = collections.Counter((r["kind"], r["cited"]) for r in rows)
for k, (n, c, u) in SHAPE.items():
    if kinds[k] != n or cited[(k, True)] != c or cited[(k, False)] != u:
        more.append(f"{k}: want {n} items ({c} cited, {u} uncited), got {kinds[k]} ({cited[(k, True)]}/{cited[(k, False)]})")
if set(kinds) - set(SHAPE): more.append(f"unexpected kinds {set(kinds) - set(SHAPE)}")
if {r["split"] for r in rows} != {"probe10-tune", "probe10-test"}: more.append(f"splits {sorted({r['split'] for r in rows})}")
# splits re-derived here too (not only through probe_sets.validate): alternate within each kind, twins as their contradiction
nth = collections.Counter()
for r in rows:
    if r["kind"] == "agreeing-twin": want = byid[r["twinOf"]]["split"] if r.get("twinOf") in byid else None
    else: nth[r["kind"]] += 1; want = SPLIT(r["kind"], nth[r["kind"]])
    if r["split"] != want: more.append(f"{r['id']}: split {r['split']}, want {want}")
PATTERNS = {"contradiction-direction": [True, False, False, True] * 2 + [True, False],
            "contradiction-figure": [True, False, False, True] * 2 + [True, False],
            "unsupported": [True, False, False, True]}
for k, want in PATTERNS.items():
    got = [r["cited"] for r in rows if r["kind"] == k]
    if got != want: more.append(f"{k}: cited pattern {got}, want {want}")
for k in ("contradiction-direction", "contradiction-figure"):
    for s in ("probe10-tune", "probe10-test"):
        c = {r["cited"] for r in rows if r["kind"] == k and r["split"] == s}
        if c != {True, False}: more.append(f"{k} in {s}: cited statuses {c}, want both")
twins = collections.Counter(r.get("twinOf") for r in rows if r["kind"] == "agreeing-twin")
for r in rows:
    if r["kind"].startswith("contradiction-") and twins[r["id"]] != 1: more.append(f"{r['id']} has {twins[r['id']]} twins")
    if r["kind"] == "agreeing-twin":
        t = byid.get(r.get("twinOf"))
        if not t or t["cited"] != r["cited"] or t["split"] != r["split"] or t["expect"]["source"] != r["expect"]["source"]:
            more.append(f"{r['id']}: twin differs from its contradiction in citation, split or source")
    if r["kind"] != "unsupported" and r["expect"]["passage"] in r["claim"]: more.append(f"{r['id']}: claim copies its passage")
misc = [r["id"] for r in rows if any(FILES.get(d, "").startswith("uk-") for d in docs_of(r))]
if len(misc) > 4: more.append(f"{len(misc)} items use uk-childrens-care-misc documents, want at most 4")
used = set().union(*(docs_of(r) for r in rows))
if len(used) < 16: more.append(f"{len(used)} distinct documents, want at least 16")
if len(rows) != 48: more.append(f"{len(rows)} items, want 48")
print("items on uk-childrens-care-misc documents", len(misc), misc)
print("documents", sorted(used))
print("probe-10 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
