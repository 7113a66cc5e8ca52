"""Per-session state, kept on the pytest config (never in module globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .nlp import Pipeline, load_pipeline
from .options import Options, read_options

if TYPE_CHECKING:
    from .suppressions import Baseline


@dataclass
class SessionState:
    """Settings, the pipeline (loaded once, on first use) and report entries."""

    options: Options
    _pipeline: Pipeline | None = None
    _warned: bool = False
    _baseline: Baseline | None = None
    facts: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = load_pipeline(self.options.model)
        return self._pipeline

    @property
    def pipeline_loaded(self) -> Pipeline | None:
        return self._pipeline

    def baseline(self) -> Baseline:
        """The baseline to apply, read once; recording when the file is new or an update is asked for."""
        if self._baseline is None:
            from .suppressions import NO_BASELINE, Baseline, read_baseline

            path = self.options.baseline
            if path is None:
                self._baseline = NO_BASELINE
            elif self.options.baseline_update or not Path(path).exists():
                self._baseline = Baseline(recording=True)
            else:
                self._baseline = Baseline(read_baseline(Path(path)))
        return self._baseline

    def claim_warning(self) -> bool:
        """True the first time only: the fallback warning is shown once per session."""
        first, self._warned = not self._warned, True
        return first


STATE_KEY = pytest.StashKey[SessionState]()


def session_state(config: pytest.Config) -> SessionState:
    if STATE_KEY not in config.stash:
        config.stash[STATE_KEY] = SessionState(read_options(config))
    return config.stash[STATE_KEY]
