"""Builds ../policy-probe5.jsonl from items.py (see ../probe_sets.py build): refuses the documents of policy-dev.jsonl,
policy-heldout.jsonl, policy-probe.jsonl, policy-probe2.jsonl, policy-probe3.jsonl and policy-probe4.jsonl and, for
Ofsted reports, the councils (any year) of every set but policy-dev (and the four councils probes 2-4 also refuse): as
for probe 4, no council is left that no earlier set uses, so this set takes other years' reports of councils used only
by policy-dev, and not by probe 4 either (see README.md). Within each kind, items alternate probe5-tune, probe5-test,
... in the order written, and each agreeing twin takes its contradiction's split.
Run from the repo root: python3 bench/data/verdicts/probe5-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import FILES, build, council_taken, documents_of

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl", "policy-probe3.jsonl",
           "policy-probe4.jsonl")
COUNCILS_AGAINST = AGAINST[1:]  # policy-dev's councils are allowed, with other years' reports; probe 4's are not
EXTRA_COUNCILS = ("bedford", "west-northamptonshire", "oxfordshire", "nottinghamshire")
SPLIT = lambda kind, nth: "probe5-tune" if nth % 2 == 1 else "probe5-test"
taken = council_taken(documents_of(COUNCILS_AGAINST), EXTRA_COUNCILS)
docs = {it[0] for k in ("PU", "PC", "PT") for it in getattr(items, k)} | {it[0] for it in items.LF} \
    | {it[1] for it in items.CON} | {it[0] for it in items.UN} | {d for it in items.WS for d in it[:2]}
for p in sorted(docs):
    hits = [s for s in FILES if s.startswith(p)]
    if len(hits) == 1 and taken(hits[0]): sys.exit(f"{hits[0]}: council used by a set other than policy-dev")
build(items, "policy-probe5.jsonl", "p5", SPLIT, AGAINST)
