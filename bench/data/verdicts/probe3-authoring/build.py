"""Builds ../policy-probe3.jsonl from items.py (see ../probe_sets.py build): refuses the documents of policy-dev.jsonl,
policy-heldout.jsonl, policy-probe.jsonl and policy-probe2.jsonl and, for Ofsted reports, their councils of any year
(and the four councils behind other documents of theirs, as probe 2 does); within each kind, items alternate
probe3-tune, probe3-test, … in the order written, and each agreeing twin takes its contradiction's split.
Run from the repo root: python3 bench/data/verdicts/probe3-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl")
EXTRA_COUNCILS = ("bedford", "west-northamptonshire", "oxfordshire", "nottinghamshire")
SPLIT = lambda kind, nth: "probe3-tune" if nth % 2 == 1 else "probe3-test"
build(items, "policy-probe3.jsonl", "p3", SPLIT, AGAINST, refuse_councils=True, extra_councils=EXTRA_COUNCILS)
