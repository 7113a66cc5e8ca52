"""pytest hooks. Kept thin: the work is done in plain modules (api, checking).

A run that has no facts file pays for the options only. The reporter (and
with it the report writers and the checker) is registered the first time
factcheck has something to do in this process: a facts file is collected, a
fact's report arrives (on the pytest-xdist controller, which collects
nothing), a facts file fails to collect, or a report or baseline file is asked
for (its writer must run even when no fact does).
"""

from __future__ import annotations

import fnmatch
import sys
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .options import add_options, validate_options
from .state import session_state

if TYPE_CHECKING:
    from .nodes import FactItem, FactsYamlFile
    from .report.reporter import Reporter
    from .transport import SentSources

pytest_plugins = ["pytest_factcheck.fixture"]

REPORTER = "factcheck-reporter"
ACTIVATION = "factcheck-activation"
#: The source lists this process has sent with its facts' reports (see transport).
SENT_SOURCES: pytest.StashKey[SentSources] = pytest.StashKey()
#: Set once this process's fact reports have carried the pipeline they were read with.
PIPELINE_SENT = pytest.StashKey[bool]()
#: The user properties a fact's test report carries (see report.reporter): their names all start so.
PROPERTY_PREFIX = "factcheck"


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def _reporter(config: pytest.Config) -> Reporter:
    """The session's reporter, registered on first use."""
    reporter = config.pluginmanager.get_plugin(REPORTER)
    if reporter is None:
        from .report.reporter import Reporter

        reporter = Reporter(config)
        config.pluginmanager.register(reporter, REPORTER)
        reporter.register_writers()
        activation = config.pluginmanager.get_plugin(ACTIVATION)
        if activation is not None:  # its work is done
            config.pluginmanager.unregister(activation)
    return reporter


def _wants_output(config: pytest.Config) -> bool:
    options = session_state(config).options
    return any((options.json_path, options.html_path, options.sarif_path, options.gitlab_path, options.baseline))


def pytest_configure(config: pytest.Config) -> None:
    if not _is_xdist_worker(config):
        validate_options(config)
        if _wants_output(config):
            _reporter(config)
            return
    config.pluginmanager.register(Activation(config), ACTIVATION)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> FactsYamlFile | None:
    patterns = session_state(parent.config).options.files
    if any(fnmatch.fnmatch(file_path.name, pattern) for pattern in patterns):
        # Imported here, not at the top: a run without facts files never loads the checker.
        from .nodes import FactsYamlFile

        _reporter(parent.config)
        return FactsYamlFile.from_parent(parent, path=file_path)
    return None


class Activation:
    """Registers the reporter when the first fact's result or a facts file's collection error
    arrives. On the pytest-xdist controller (which collects nothing) this is the only trigger.
    A plugin registered during a hook call is not called for that call, so the report is handed on."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if any(str(name).startswith(PROPERTY_PREFIX) for name, _ in report.user_properties):
            _reporter(self.config).pytest_runtest_logreport(report)

    @pytest.hookimpl(tryfirst=True)
    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed and report.nodeid.endswith((".yaml", ".yml")):
            _reporter(self.config).pytest_collectreport(report)


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
        import json

        from .report.junit import junit_properties
        from .report.reporter import PROPERTY, pipeline_property
        from .transport import REFERENCE, SentSources

        outcome = "error" if report.when == "setup" else ("failed" if report.failed else "passed")
        entry = _entry(item, outcome, report)
        if item.result is not None:  # the sources travel once per process, by digest (see transport)
            digest, definition = item.config.stash.setdefault(SENT_SOURCES, SentSources()).reference(
                item.result.sources
            )
            entry = {**entry, REFERENCE: digest}
            if definition is not None:
                report.user_properties.append(definition)
        report.user_properties.append((PROPERTY, json.dumps(entry, ensure_ascii=False)))
        item.user_properties.extend(junit_properties(entry))  # the teardown report carries them to --junitxml
        if not item.config.stash.get(PIPELINE_SENT, False):  # the controller keeps the first; building it is slow
            pipeline = pipeline_property(item.config)
            if pipeline is not None:
                report.user_properties.append(pipeline)
                item.config.stash[PIPELINE_SENT] = True
    return report


def _relative_to_root(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _entry(item: FactItem, outcome: str, report: pytest.TestReport) -> dict[str, Any]:
    from .report.json_report import fact_entry

    facts_file = _relative_to_root(item.facts_file.path, item.config.rootpath)
    if item.result is not None:
        from .transport import without_sources

        entry = fact_entry(without_sources(item.result), outcome, facts_file)
        return {**{k: v for k, v in entry.items() if k != "sources"}, "mentions": len(item.result.findings)}
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


def _is_xdist_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")
