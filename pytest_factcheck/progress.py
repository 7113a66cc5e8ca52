"""The progress of a long first analysis, in pytest's own terminal style.

Shown only on an interactive terminal, at normal or higher verbosity, outside
CI and on the xdist controller's side only (workers have no terminal): under
``-q`` or in a CI log it would be noise.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import pytest

#: Seconds between two updates of the line.
INTERVAL = 0.5


@dataclass
class Progress:
    """Rewrites one terminal line: sources analysed out of the total, with an estimate."""

    terminal: Any
    capture: Any  # pytest's capture manager: tests' output capture is suspended while the line is written
    started: float = field(default_factory=time.monotonic)
    shown: float = 0.0
    used: bool = False

    @classmethod
    def for_config(cls, config: pytest.Config) -> Progress | None:
        terminal = config.pluginmanager.get_plugin("terminalreporter")
        if terminal is None or hasattr(config, "workerinput") or config.get_verbosity() < 0:
            return None
        if os.environ.get("CI") or not getattr(terminal, "isatty", sys.stdout.isatty()):
            return None
        return cls(terminal, config.pluginmanager.get_plugin("capturemanager"))

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.shown < INTERVAL:
            return
        if self.capture is None:
            self._show(done, total, now)
        else:
            with self.capture.global_and_fixture_disabled():
                self._show(done, total, now)

    def _show(self, done: int, total: int, now: float) -> None:
        if not self.used:
            self.terminal.ensure_newline()
            self.used = True
        self.shown = now
        elapsed = now - self.started
        left = elapsed / done * (total - done) if done else 0.0
        estimate = f", about {left:.0f} s left" if done < total else f" in {elapsed:.0f} s"
        self.terminal.rewrite(f"factcheck: {done}/{total} sources analysed{estimate}", erase=True)
        if done == total:
            self.terminal.line("")
