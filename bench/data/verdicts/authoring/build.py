import json, glob, os, re, sys
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "..", "shared", "data", "policy-corpus")
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "items1.py")).read()); exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "items2.py")).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "items3.py")).read()); exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "items4.py")).read())
def resolve(prefix):
    hits = glob.glob(f"{ROOT}/*/docs/{prefix}*.txt")
    hits = [h for h in hits if os.path.basename(h)[:-4] == prefix or os.path.basename(h).startswith(prefix + "_") or os.path.basename(h).startswith(prefix)]
    if len(hits) != 1: sys.exit(f"resolve {prefix}: {hits}")
    h = hits[0]; return os.path.relpath(h, ROOT), os.path.basename(h)[:-4]
text_cache = {}
def text(f):
    if f not in text_cache: text_cache[f] = open(f"{ROOT}/{f}", encoding="utf-8").read()
    return text_cache[f]
norm = lambda s: re.sub(r"\s+", " ", s)
problems = []
def locate(f, p, item):
    t = text(f)
    if p in t: return False
    if norm(p) in norm(t): return True
    problems.append(f"PASSAGE NOT FOUND [{item}] in {f}: {p!r}"); return None
ABBR = {"paraphrase-uncited":"pu","paraphrase-cited":"pc","list-figures":"lf","place-in-title":"pt","unsupported":"un","wrong-source":"ws",
        "contradiction-direction":"cd","contradiction-figure":"cf","agreeing-twin":"tw"}
count = {}; out = []
def split_for(kind):
    n = count.get(kind, 0); count[kind] = n + 1
    return ("tune" if n % 2 == 0 else "test"), n + 1
for it in I:
    kind = it["kind"]; f, key = resolve(it["doc"]); ex = it["extra"]
    split, n = split_for(kind); iid = f"pd-{ABBR[kind]}-{n:02d}"
    claim = it["claim"]; cited = "{k}" in claim or "{w}" in claim
    claim = claim.replace(" {k}", f" [@{key}]")
    exp = {}
    rec = {"id": iid, "split": split, "kind": kind, "cited": cited}
    if kind == "wrong-source":
        wf, wkey = resolve(ex["citedWrong"]); claim = claim.replace(" {w}", f" [@{wkey}]")
        exp = {"finding": "citation-does-not-support", "source": key, "passage": it["passage"], "file": f, "citedWrong": wkey}
        wt = text(wf)
        for num in re.findall(r"\d[\d,.]*\d%?|\d%?", re.sub(r"\[@[^\]]*\]", "", claim)):
            if num in wt and len(num) > 1: problems.append(f"WARN [{iid}] wrong doc {wkey} contains number {num}")
    elif kind == "unsupported":
        exp = {"noSupports": True, "finding": "citation-does-not-support" if ex.get("cited", True) else "unsupported-claim"}
        cited = ex.get("cited", True); rec["cited"] = cited
        if cited: claim = claim.replace(" {k}", f" [@{key}]")
        t = text(f).lower()
        for s in ex.get("checkAbsent", []):
            if s.lower() in t: problems.append(f"WARN [{iid}] topic doc contains {s!r}")
        rec["topicDoc"] = key
    elif kind in ("contradiction-direction", "contradiction-figure"):
        exp = {"finding": "contradicted-by-source", "source": key, "passage": it["passage"], "file": f, "detail": ex["detail"]}
    else:
        exp = {"source": key, "passage": it["passage"], "file": f}
        if cited: exp = {"finding": None, **exp}
        else: exp = {"verdict": "supports", **exp}
    if "passage" in exp:
        nm = locate(f, exp["passage"], iid)
        if nm: exp["passageNormalised"] = True
        if len(exp["passage"]) < 30: problems.append(f"SHORT [{iid}] {exp['passage']!r}")
        alts = ex.get("altPassages")
        if alts:
            exp["altPassages"] = alts
            for a in alts: locate(f, a, iid + " alt")
    rec["claim"] = claim; rec["expect"] = exp; rec["note"] = it["note"]
    out.append(rec)
    if "twinClaim" in ex:
        tclaim = ex["twinClaim"].replace(" {k}", f" [@{key}]")
        tsplit = split; tn = count.get("agreeing-twin", 0) + 1; count["agreeing-twin"] = tn
        texp = {"noContradiction": True, "source": key, "passage": it["passage"], "file": f}
        texp = ({"finding": None} if cited else {"verdict": "supports"}) | texp
        if exp.get("passageNormalised"): texp["passageNormalised"] = True
        out.append({"id": f"pd-tw-{tn:02d}", "split": tsplit, "kind": "agreeing-twin", "cited": cited, "twinOf": iid,
                    "claim": tclaim, "expect": texp, "note": f"agrees with the passage contradicted by {iid}"})
# place-in-title check: the place name must not be in the passage's paragraph
for rec in out:
    if rec["kind"] != "place-in-title": continue
    f = rec["expect"]["file"]; t = text(f); p = rec["expect"]["passage"]
    i = t.find(p) if p in t else -1
    para_start = t.rfind("\n\n", 0, i); para_end = t.find("\n\n", i)
    para = t[para_start:para_end]
    stem = rec["expect"]["source"]; place = re.sub(r"^\d+_", "", stem).split("_")[0].split("-")[0]
    if place.lower() in para.lower(): problems.append(f"PLACE-IN-PARA [{rec['id']}] {place}")
os.makedirs("/work/main/bench/data/verdicts", exist_ok=True)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "policy-dev.jsonl"), "w", encoding="utf-8") as fh:
    for r in out: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print("\n".join(problems))
from collections import Counter
c = Counter((r["kind"], r["split"]) for r in out)
for k in ABBR: print(k, c[(k,"tune")], c[(k,"test")])
print("total", len(out))
