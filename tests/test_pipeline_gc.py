"""The plugin's pipeline is loaded once per process and kept: the objects alive then are moved out of
the garbage collector's reach (pytest's two collections at the end of a session, and Python's at
exit, skip them), but garbage made before the load is collected first, its finalizers run."""

from __future__ import annotations

import gc

import pytest

from pytest_factcheck.nlp import PipelineLoader


class _Cycle:
    finalized: list[str] = []  # noqa: RUF012 - filled by __del__, read by the test

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.finalized.append("cycle")


@pytest.mark.parametrize(("freeze", "frozen"), [(True, True), (False, False)])
def test_the_plugins_loader_freezes_what_is_alive_after_collecting_the_garbage(freeze: bool, frozen: bool) -> None:
    gc.unfreeze()
    _Cycle.finalized.clear()
    _Cycle()  # unreachable at once, freed only by the cyclic collector
    try:
        PipelineLoader("blank:en", freeze=freeze)()
        assert (gc.get_freeze_count() > 0) == frozen
        if freeze:
            assert _Cycle.finalized == ["cycle"]  # collected before the freeze, not kept forever
    finally:
        gc.unfreeze()
        gc.collect()
