"""pytest hooks. Kept thin: the work is done in plain modules (api, checking)."""

from __future__ import annotations

import fnmatch
import json
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from .nodes import FactItem, FactsYamlFile
from .options import add_options
from .report.json_report import fact_entry
from .report.junit import junit_properties
from .report.reporter import PROPERTY, Reporter, pipeline_property
from .state import session_state

pytest_plugins = ["pytest_factcheck.fixture"]


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> FactsYamlFile | None:
    patterns = session_state(parent.config).options.files
    if any(fnmatch.fnmatch(file_path.name, pattern) for pattern in patterns):
        return FactsYamlFile.from_parent(parent, path=file_path)
    return None


def pytest_report_header(config: pytest.Config) -> str:
    options = session_state(config).options
    return f"factcheck: model {options.model}, facts files {', '.join(options.files)}"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    if isinstance(item, FactItem) and (report.when == "call" or (report.when == "setup" and report.failed)):
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
        return fact_entry(item.result, outcome, facts_file)
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


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(Reporter(config), "factcheck-reporter")
