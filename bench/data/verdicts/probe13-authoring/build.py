"""Builds ../policy-probe13.jsonl from items.py (see ../probe_sets.py build): refuses every document named by the sets
written before probe 13 (policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl and policy-probe2.jsonl ...
policy-probe12.jsonl, through probe_sets.earlier_sets(13)): source, file, citedWrong, topicDoc or a [@key] in a claim.
Councils may recur with other years' reports, as in probes 5, 7 and 8 (see README.md); no document an earlier set names
is taken. Every item has the one split probe13 (reported only, never studied).
Run from the repo root: python3 bench/data/verdicts/probe13-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build, earlier_sets

AGAINST = earlier_sets(13)
SPLIT = lambda kind, nth: "probe13"
build(items, "policy-probe13.jsonl", "p13", SPLIT, AGAINST)
