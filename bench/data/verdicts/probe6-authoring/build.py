"""Builds ../policy-probe6.jsonl from claims.jsonl, as the helper session wrote it (make.py, reports.txt): 40 short
cited claims on 20 Ofsted reports, one correct and one wrong per report. Correct claims are `paraphrase-cited` (no
finding expected); wrong ones are `unsupported`, cited, and right when flagged `citation-does-not-support` or
`contradicted-by-source` (the helper's rule: it labelled a claim wrong, not how). One split, `probe6`: its claims were
read in the helper's report of the first run, so it is studied, not held out. Deterministic; standard library only."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
out = []
counts = {"pc": 0, "un": 0}
for line in open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    source = os.path.basename(r["file"])[:-4]
    code = "pc" if r["correct"] else "un"
    counts[code] += 1
    item = {"id": f"p6-{code}-{counts[code]:02d}", "split": "probe6",
            "kind": "paraphrase-cited" if r["correct"] else "unsupported", "cited": True, "claim": r["claim"]}
    if r["correct"]:
        item["expect"] = {"finding": None, "source": source, "passage": r["passage"], "file": r["file"]}
        item["note"] = f"helper claim {r['id']}"
    else:
        item["expect"] = {"noSupports": True, "finding": "citation-does-not-support",
                          "findingAnyOf": ["citation-does-not-support", "contradicted-by-source"]}
        item["topicDoc"] = source
        item["note"] = f"helper claim {r['id']}: {r['why']}"
    out.append(json.dumps(item, ensure_ascii=False))
with open(os.path.join(HERE, "..", "policy-probe6.jsonl"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print(len(out), "items", counts)
