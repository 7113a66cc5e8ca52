"""Per-session state, kept on the pytest config (never in module globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .nlp import Pipeline, PipelineLoader
from .options import Options, read_options

if TYPE_CHECKING:
    from .cache import AnalysisCache
    from .suppressions import Baseline


@dataclass
class SessionState:
    """Settings, the pipeline (loaded once, on first use) and report entries."""

    options: Options
    loader: PipelineLoader = field(init=False)
    _warned: bool = False
    _baseline: Baseline | None = None
    _cache: AnalysisCache | None = None
    _cache_opened: bool = False
    cache_summary: str = ""
    facts: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.loader = PipelineLoader(self.options.model, freeze=True)

    def pipeline(self) -> Pipeline:
        return self.loader()

    @property
    def pipeline_loaded(self) -> Pipeline | None:
        return self.loader.loaded

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

    def analysis_cache(self, config: pytest.Config) -> AnalysisCache | None:
        """The persistent analysis cache, opened on first use; None when off or without pytest's cache."""
        if not self._cache_opened:
            self._cache_opened = True
            cache = getattr(config, "cache", None)  # absent with -p no:cacheprovider
            if self.options.cache and cache is not None:
                from .cache import FILE_NAME, AnalysisCache

                path = cache.mkdir("factcheck") / FILE_NAME
                self._cache = AnalysisCache.open(path, int(self.options.cache_megabytes * 1024 * 1024))
                workerinput = getattr(config, "workerinput", None)  # pytest-xdist: workers share out the sources
                if self._cache is not None and workerinput:
                    self._cache.run_id = str(workerinput.get("testrunuid", ""))
                    self._cache.worker = _worker_of(workerinput)
        return self._cache

    def close_cache(self) -> None:
        if self._cache is not None:
            self.cache_summary = self._cache.summary()
            self._cache.evict()
            self._cache.close()
            self._cache = None

    def claim_warning(self) -> bool:
        """True the first time only: the fallback warning is shown once per session."""
        first, self._warned = not self._warned, True
        return first


def _worker_of(workerinput: dict[str, Any]) -> tuple[int, int]:
    """A pytest-xdist worker's index ("gw1" → 1) and the number of workers; (0, 1) when unknown."""
    digits = str(workerinput.get("workerid", "")).removeprefix("gw")
    count = workerinput.get("workercount")
    if not digits.isdigit() or not isinstance(count, int) or not 0 <= int(digits) < count:
        return 0, 1
    return int(digits), count


STATE_KEY = pytest.StashKey[SessionState]()


def session_state(config: pytest.Config) -> SessionState:
    if STATE_KEY not in config.stash:
        config.stash[STATE_KEY] = SessionState(read_options(config))
    return config.stash[STATE_KEY]
