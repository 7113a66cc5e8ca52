"""pytest hooks. Kept thin: the work is done in plain modules (api, checking)."""

from __future__ import annotations

import fnmatch
import json
import sys
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .options import add_options, validate_options
from .report.json_report import baseline_entries, build_report, fact_entry, write_report
from .report.warnings import write_warnings
from .state import session_state

if TYPE_CHECKING:
    from .nodes import FactItem, FactsYamlFile

PROPERTY = "factcheck"


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> FactsYamlFile | None:
    patterns = session_state(parent.config).options.files
    if any(fnmatch.fnmatch(file_path.name, pattern) for pattern in patterns):
        # Imported here, not at the top: a run without facts files never loads the checker.
        from .nodes import FactsYamlFile

        return FactsYamlFile.from_parent(parent, path=file_path)
    return None


def pytest_report_header(config: pytest.Config) -> str:
    options = session_state(config).options
    return f"factcheck: model {options.model}, facts files {', '.join(options.files)}"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    nodes = sys.modules.get("pytest_factcheck.nodes")  # no fact item exists before the nodes are imported
    if (
        nodes is not None
        and isinstance(item, nodes.FactItem)
        and (report.when == "call" or (report.when == "setup" and report.failed))
    ):
        outcome = "error" if report.when == "setup" else ("failed" if report.failed else "passed")
        entry = _entry(item, outcome, report)
        report.user_properties.append((PROPERTY, json.dumps(entry, ensure_ascii=False)))
    return report


def _relative_to_root(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _entry(item: FactItem, outcome: str, report: pytest.TestReport) -> dict[str, Any]:
    facts_file = _relative_to_root(item.facts_file.path, item.config.rootpath)
    if item.result is not None:
        return {**fact_entry(item.result, outcome, facts_file), "mentions": len(item.result.findings)}
    line = item.fact.line if item.fact else (item.problem.line if item.problem else 0)
    return {
        "id": item.name,
        "claim": item.fact.claim if item.fact else None,
        "outcome": outcome,
        "facts_file": facts_file,
        "line": line,
        "error": str(report.longrepr) if report.longrepr else None,
        "findings": [],
        "sources": [],
    }


def pytest_collection_finish(session: pytest.Session) -> None:
    state = session_state(session.config)
    if not state.options.frames or _is_xdist_worker(session.config):
        return
    from .frames_shown import frame_lines
    from .nodes import FactItem

    facts = [(item.fact, _relative_to_root(item.path, session.config.rootpath)) for item in session.items
             if isinstance(item, FactItem) and item.fact is not None]  # fmt: skip
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None or not facts:
        return
    reporter.section("factcheck: how each claim was read")
    for line in frame_lines(facts, state.pipeline()):
        reporter.write_line(line)


def pytest_configure(config: pytest.Config) -> None:
    if not _is_xdist_worker(config):
        validate_options(config)
    config.pluginmanager.register(Reporter(config), "factcheck-reporter")


def _is_xdist_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


class Reporter:
    """Gathers fact results from test reports (which under pytest-xdist come
    from the workers) and writes the summary and JSON report on the controller."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.state = session_state(config)
        baseline = self.state.options.baseline
        self.records_baseline = bool(baseline) and (
            self.state.options.baseline_update or not Path(str(baseline)).exists()
        )

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        for name, value in report.user_properties:
            if name == PROPERTY and isinstance(value, str):
                self.state.facts.append(json.loads(value))

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed and report.nodeid.endswith((".yaml", ".yml")):
            self.state.errors.append({"file": report.nodeid, "message": str(report.longrepr)})

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        self.state.close_cache()
        if _is_xdist_worker(self.config):
            return
        options = self.state.options
        if options.json_path:
            write_report(Path(options.json_path), build_report(self.state.facts, self.state.errors))
        if options.baseline and self.records_baseline:
            from .suppressions import write_baseline

            write_baseline(Path(options.baseline), baseline_entries(self.state.facts))

    def pytest_terminal_summary(self, terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
        state = self.state
        if _is_xdist_worker(config) or not (state.facts or state.errors):
            return
        outcomes = [entry["outcome"] for entry in state.facts]
        terminalreporter.section("factcheck")
        terminalreporter.line(
            f"{len(outcomes)} facts: {outcomes.count('passed')} passed, {outcomes.count('failed')} contradicted, "
            f"{outcomes.count('error')} in error; {len(state.errors)} facts file(s) could not be read"
        )
        pipeline = state.pipeline_loaded
        if pipeline is not None:
            terminalreporter.line(f"sentences read with: {pipeline.name}")
            if pipeline.warning:
                terminalreporter.line(f"warning: {pipeline.warning}", yellow=True)
        accepted = sum(1 for e in state.facts for f in e["findings"] if f.get("accepted"))
        if accepted:
            terminalreporter.line(f"{accepted} contradiction(s) accepted on purpose (allow:, markers, baseline)")
        if state.cache_summary:
            terminalreporter.line(state.cache_summary)
        if state.options.json_path:
            terminalreporter.line(f"JSON report written to {state.options.json_path}")
        if self.records_baseline:
            terminalreporter.line(f"baseline recorded in {state.options.baseline}")
        write_warnings(terminalreporter, state.facts)
