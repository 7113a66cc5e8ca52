"""The peers' own suites (tests/peers/) on a fixed sample: agreement may not fall below today's floor."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

PEERS_SCRIPT = Path(__file__).resolve().parent.parent / "evaluation" / "peers.py"
#: Measured on this sample when the floor was set (every fifth scored case); raise it as readers improve.
FLOOR = 0.30


def _peers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("peers", PEERS_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("peers", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_agreement_on_a_fixed_sample_stays_above_the_floor() -> None:
    peers = _peers()
    sample = [case for case in peers.all_cases() if case.scored][::5]
    rows = peers.score(sample)
    agreed, total = sum(r[3] for r in rows), sum(r[4] for r in rows)
    assert total > 100
    assert agreed / total >= FLOOR, rows
