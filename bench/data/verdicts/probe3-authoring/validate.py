"""Checks ../policy-probe3.jsonl on its own, not through build.py (see ../probe_sets.py validate): splits alternate
probe3-tune, probe3-test within each kind (twins take their contradiction's); no document of policy-dev.jsonl,
policy-heldout.jsonl, policy-probe.jsonl or policy-probe2.jsonl, and no council of theirs."""
import os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from probe_sets import validate

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl")
EXTRA_COUNCILS = ("bedford", "west-northamptonshire", "oxfordshire", "nottinghamshire")
SPLIT = lambda kind, nth: "probe3-tune" if nth % 2 == 1 else "probe3-test"
validate("policy-probe3.jsonl", "p3", SPLIT, AGAINST, refuse_councils=True, extra_councils=EXTRA_COUNCILS)
