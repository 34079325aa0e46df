"""Builds ../policy-probe.jsonl from items.py (see ../probe_sets.py build): refuses the documents of policy-dev.jsonl and
policy-heldout.jsonl; within each kind, items alternate probe-tune, probe-test, … in the order written.
Run from the repo root: python3 bench/data/verdicts/probe-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build

SPLIT = lambda kind, nth: "probe-tune" if nth % 2 == 1 else "probe-test"
build(items, "policy-probe.jsonl", "pp", SPLIT, ("policy-dev.jsonl", "policy-heldout.jsonl"))
