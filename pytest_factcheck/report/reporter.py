"""The plugin object that gathers fact results and hands them to the writers.

Results come from test reports (under pytest-xdist, from the workers), so
everything shown on the controller travels in ``user_properties``: the fact
entry and the run's pipeline. Writers run on the controller only.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from .. import __version__
from ..state import session_state
from ..transport import SOURCES_PROPERTY, ReceivedSources
from .base import Run, RunInfo, Writer, file_hash
from .github import GitHubWriter
from .gitlab import GitLabWriter
from .html import HtmlWriter
from .json_report import baseline_entries, build_report, write_report
from .sarif import SarifWriter
from .terminal import write_summary
from .warnings import write_warnings

PROPERTY = "factcheck"
PIPELINE_PROPERTY = "factcheck_pipeline"


def is_xdist_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def pipeline_property(config: pytest.Config) -> tuple[str, str] | None:
    """The pipeline this process read with, as a user property (None before it is loaded)."""
    pipeline = session_state(config).pipeline_loaded
    if pipeline is None:
        return None
    meta = getattr(pipeline.nlp, "meta", {}) or {}
    version = meta.get("version") if isinstance(meta, dict) else None
    model = f"{pipeline.name} {version}" if version and pipeline.name != "blank:en" else pipeline.name
    return PIPELINE_PROPERTY, json.dumps({"name": pipeline.name, "model": model, "warning": pipeline.warning})


class JsonWriter:
    name = "json"

    def __init__(self, path: Path) -> None:
        self.path = path

    def write(self, run: Run) -> str:
        write_report(self.path, build_report(run.facts, run.errors, run.info.to_json()))
        return f"JSON report written to {self.path}"


class Reporter:
    """Collects entries from test reports; on the controller, runs the writers and the summary."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.state = session_state(config)
        baseline = self.state.options.baseline
        self.records_baseline = bool(baseline) and (
            self.state.options.baseline_update or not Path(str(baseline)).exists()
        )
        self.pipeline: dict[str, Any] | None = None
        self.sources = ReceivedSources()  # the facts' source lists, each sent once per process
        self.notes: list[str] = []
        self.run: Run | None = None

    def writers(self) -> list[Writer]:
        options, root = self.state.options, self.config.rootpath
        chosen: list[Writer] = []
        if options.json_path:
            chosen.append(JsonWriter(Path(options.json_path)))
        if options.html_path:
            chosen.append(HtmlWriter(Path(options.html_path), root))
        if options.sarif_path:
            chosen.append(SarifWriter(Path(options.sarif_path)))
        if options.gitlab_path:
            chosen.append(GitLabWriter(Path(options.gitlab_path)))
        return chosen

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        for name, value in report.user_properties:
            if name == PROPERTY and isinstance(value, str):
                self.state.facts.append(self.sources.restore(json.loads(value)))
            elif name == SOURCES_PROPERTY and isinstance(value, str):
                self.sources.remember(value)
            elif name == PIPELINE_PROPERTY and isinstance(value, str) and self.pipeline is None:
                self.pipeline = json.loads(value)

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed and report.nodeid.endswith((".yaml", ".yml")):
            self.state.errors.append({"file": report.nodeid, "message": str(report.longrepr)})

    def _run(self) -> Run:
        root = self.config.rootpath
        files = {e.get("facts_file", "") for e in self.state.facts} - {""}
        info = RunInfo(
            date=dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
            plugin_version=__version__,
            model=(self.pipeline or {}).get("model") or self.state.options.model,
            facts_hashes={name: file_hash(root / name) for name in files},
        )
        return Run(list(self.state.facts), list(self.state.errors), info)

    def register_writers(self) -> None:
        """One plugin per report whose option is set, on the controller only (like pytest's junitxml)."""
        if is_xdist_worker(self.config):
            return
        for writer in self.writers():
            self.config.pluginmanager.register(WriterPlugin(self, writer), f"factcheck-{writer.name}")

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        self.state.close_cache()
        if is_xdist_worker(self.config):
            return
        self.run = self._run()
        options = self.state.options
        if options.baseline and self.records_baseline:
            from ..suppressions import write_baseline

            write_baseline(Path(options.baseline), baseline_entries(self.state.facts))

    def _report_hint(self) -> str:
        options = self.state.options
        for path in (options.html_path, options.sarif_path, options.json_path, options.gitlab_path):
            if path:
                return f"in {path} (keep it as the job's artifact) and in the job's log"
        return "in the job's log (the pytest failures)"

    def pytest_terminal_summary(self, terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
        state = self.state
        if is_xdist_worker(config) or not (state.facts or state.errors):
            return
        if os.environ.get("GITHUB_ACTIONS") == "true" and self.run is not None:
            github = GitHubWriter(config.rootpath, terminalreporter.write_line, self._report_hint())
            self.notes.append(github.write(self.run))
        notes = []
        if self.pipeline is not None:
            notes.append(f"sentences read with: {self.pipeline['name']}")
            if self.pipeline.get("warning"):
                notes.append(f"warning: {self.pipeline['warning']}")
        accepted = sum(1 for e in state.facts for f in e["findings"] if f.get("accepted"))
        if accepted:
            notes.append(f"{accepted} contradiction(s) accepted on purpose (allow:, markers, baseline)")
        if state.cache_summary:
            notes.append(state.cache_summary)
        notes += self.notes
        if self.records_baseline:
            notes.append(f"baseline recorded in {state.options.baseline}")
        write_summary(terminalreporter, state.facts, state.errors, notes, int(config.getoption("verbose")))
        write_warnings(terminalreporter, state.facts)


class WriterPlugin:
    """A registered report writer: writes after the reporter has gathered the run."""

    def __init__(self, reporter: Reporter, writer: Writer) -> None:
        self.reporter = reporter
        self.writer = writer

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        run = self.reporter.run
        if run is None:
            return
        try:
            self.reporter.notes.append(self.writer.write(run))
        except OSError as exc:
            self.reporter.notes.append(f"warning: the {self.writer.name} report could not be written: {exc}")
