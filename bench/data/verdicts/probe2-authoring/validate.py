"""Checks ../policy-probe2.jsonl on its own, not through build.py (see ../probe_sets.py validate): every split is
"probe2"; no document of policy-dev.jsonl, policy-heldout.jsonl or policy-probe.jsonl, and no council of theirs."""
import os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from probe_sets import validate

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl")
EXTRA_COUNCILS = ("bedford", "west-northamptonshire", "oxfordshire", "nottinghamshire")
validate("policy-probe2.jsonl", "p2", lambda kind, nth: "probe2", AGAINST, refuse_councils=True, extra_councils=EXTRA_COUNCILS)
