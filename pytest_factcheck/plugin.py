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
from .report.json_report import fact_entry
from .report.junit import junit_properties
from .report.reporter import PROPERTY, Reporter, is_xdist_worker, pipeline_property
from .state import session_state

if TYPE_CHECKING:
    from .nodes import FactItem, FactsYamlFile

pytest_plugins = ["pytest_factcheck.fixture"]


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
        item.user_properties.extend(junit_properties(entry))  # the teardown report carries them to --junitxml
        pipeline = pipeline_property(item.config)
        if pipeline is not None:
            report.user_properties.append(pipeline)
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
    reporter = Reporter(config)
    config.pluginmanager.register(reporter, "factcheck-reporter")
    reporter.register_writers()


def _is_xdist_worker(config: pytest.Config) -> bool:
    return is_xdist_worker(config)
