"""Builds ../policy-probe4.jsonl from items.py (see ../probe_sets.py build): refuses the documents of policy-dev.jsonl,
policy-heldout.jsonl, policy-probe.jsonl, policy-probe2.jsonl and policy-probe3.jsonl and, for Ofsted reports, the
councils (any year) of every set but policy-dev (and the four councils probe 2 and 3 also refuse): no council is left
that no earlier set uses, so this set takes other years' reports of councils used only by policy-dev (see README.md).
Within each kind, items alternate probe4-tune, probe4-test, … in the order written, and each agreeing twin takes its
contradiction's split. Run from the repo root: python3 bench/data/verdicts/probe4-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import FILES, build, council_taken, documents_of

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl", "policy-probe3.jsonl")
COUNCILS_AGAINST = AGAINST[1:]  # policy-dev's councils are allowed, with other years' reports
EXTRA_COUNCILS = ("bedford", "west-northamptonshire", "oxfordshire", "nottinghamshire")
SPLIT = lambda kind, nth: "probe4-tune" if nth % 2 == 1 else "probe4-test"
taken = council_taken(documents_of(COUNCILS_AGAINST), EXTRA_COUNCILS)
for p in sorted({it[1] for it in items.CON}):
    hits = [s for s in FILES if s.startswith(p)]
    if len(hits) == 1 and taken(hits[0]): sys.exit(f"{hits[0]}: council used by a set other than policy-dev")
build(items, "policy-probe4.jsonl", "p4", SPLIT, AGAINST)
