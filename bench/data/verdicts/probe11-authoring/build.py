"""Builds ../policy-probe11.jsonl from items.py (see ../probe_sets.py build): refuses every document named by
policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl and policy-probe2.jsonl ... policy-probe10.jsonl (source, file,
citedWrong, topicDoc or a [@key] in a claim). Councils may recur with other years' reports, as in probes 5, 7 and 8 (see
README.md); no document an earlier set names is taken. Every item has the one split probe11 (reported only, never studied).
Run from the repo root: python3 bench/data/verdicts/probe11-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build, earlier_sets

AGAINST = earlier_sets(11)
SPLIT = lambda kind, nth: "probe11"
build(items, "policy-probe11.jsonl", "p11", SPLIT, AGAINST)
