"""Builds ../policy-probe2.jsonl from items.py (see ../probe_sets.py build): refuses the documents of policy-dev.jsonl,
policy-heldout.jsonl and policy-probe.jsonl and, for Ofsted reports, their councils of any year (and four councils
behind other documents of theirs); every item has split "probe2".
Run from the repo root: python3 bench/data/verdicts/probe2-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl")
EXTRA_COUNCILS = ("bedford", "west-northamptonshire", "oxfordshire", "nottinghamshire")
build(items, "policy-probe2.jsonl", "p2", lambda kind, nth: "probe2", AGAINST, refuse_councils=True, extra_councils=EXTRA_COUNCILS)
