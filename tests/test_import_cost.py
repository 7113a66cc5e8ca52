"""A plugin that is installed but not used costs nothing: no heavy import,
and no model loaded until a sentence has to be read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("spacy", "quantulum3", "inflect", "pint", "lxml", "numpy", "thinc")
REPORT_MODULES = """
import sys
def pytest_unconfigure(config):
    heavy = sorted(m for m in {heavy!r} if m in sys.modules)
    open("modules.txt", "w").write(" ".join(heavy) or "none")
"""


def test_importing_the_plugin_loads_no_heavy_library() -> None:
    code = f"import sys, pytest_factcheck.plugin; print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def _loaded_in_run(folder: Path, *args: str, modules: tuple[str, ...] = HEAVY) -> str:
    (folder / "conftest.py").write_text(REPORT_MODULES.format(heavy=modules), encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-p", "no:hypothesispytest", "-p", "no:cacheprovider", *args]
    subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False, timeout=300)
    return (folder / "modules.txt").read_text(encoding="utf-8")


def test_an_unrelated_test_suite_loads_nothing_heavy(tmp_path: Path) -> None:
    (tmp_path / "test_unrelated.py").write_text("def test_one():\n    assert 1 + 1 == 2\n", encoding="utf-8")
    assert _loaded_in_run(tmp_path) == "none"


CHECKER = ("pytest_factcheck.api", "pytest_factcheck.nodes", "pytest_factcheck.report.reporter", "yaml")


def test_an_unrelated_test_suite_loads_none_of_the_checker(tmp_path: Path) -> None:
    """With no facts file the plugin only registers its options: no reporter, no report writers."""
    (tmp_path / "test_unrelated.py").write_text("def test_one():\n    assert 1 + 1 == 2\n", encoding="utf-8")
    assert _loaded_in_run(tmp_path, modules=CHECKER) == "none"


def test_the_probe_sees_the_checker_when_a_facts_file_is_collected(tmp_path: Path) -> None:
    (tmp_path / "facts.yaml").write_text(
        "sources: [a.txt]\nfacts:\n  - id: f\n    claim: 15,000 troops.\n    subject: [troops]\n    quantity: 15000\n",
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text("Officials said 16,000 troops were sent.\n", encoding="utf-8")
    assert _loaded_in_run(tmp_path, "--collect-only", modules=CHECKER).split() == sorted(CHECKER)


@pytest.mark.parametrize("workers", [[], ["-n", "2"]])
def test_the_summary_is_shown_though_the_reporter_starts_late(tmp_path: Path, workers: list[str]) -> None:
    """Under pytest-xdist the controller collects nothing: the first fact's report starts the reporter."""
    (tmp_path / "facts.yaml").write_text(
        "sources: [a.txt]\nfacts:\n  - id: f\n    claim: 15,000 troops.\n    subject: [troops]\n    quantity: 15000\n",
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text("Officials said 16,000 troops were sent.\n", encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-p", "no:hypothesispytest", "-p", "no:cacheprovider", *workers]
    output = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False, timeout=300).stdout
    assert "1 facts, 1 sources: 1 contradicted, 0 supported, 0 not mentioned" in output


def test_a_broken_facts_file_is_summarised_under_xdist(tmp_path: Path) -> None:
    (tmp_path / "facts.yaml").write_text("facts: [\n", encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-p", "no:hypothesispytest", "-p", "no:cacheprovider", "-n", "2"]
    output = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False, timeout=300).stdout
    assert "1 facts file(s) unreadable" in output


def test_collect_only_loads_no_model(tmp_path: Path) -> None:
    (tmp_path / "facts.yaml").write_text(
        "sources: [a.txt]\nfacts:\n  - id: f\n    claim: 15,000 troops.\n    subject: [troops]\n    quantity: 15000\n",
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text("Officials said 16,000 troops were sent.\n", encoding="utf-8")
    loaded = _loaded_in_run(tmp_path, "--collect-only")
    assert "spacy" not in loaded and "quantulum3" not in loaded


def test_a_run_with_no_sources_loads_no_model(tmp_path: Path) -> None:
    (tmp_path / "facts.yaml").write_text(
        "sources: [none/*.txt]\nfacts:\n  - id: f\n    claim: 15,000 troops.\n    subject: [troops]\n"
        "    quantity: 15000\n",
        encoding="utf-8",
    )
    loaded = _loaded_in_run(tmp_path)
    assert "spacy" not in loaded and "quantulum3" not in loaded


def test_the_probe_sees_the_model_when_a_source_is_read(tmp_path: Path) -> None:
    """The check above can fail: a run that reads a source does load spaCy."""
    (tmp_path / "facts.yaml").write_text(
        "sources: [a.txt]\nfacts:\n  - id: f\n    claim: 15,000 troops.\n    subject: [troops]\n    quantity: 15000\n",
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text("Officials said 16,000 troops were sent.\n", encoding="utf-8")
    assert "spacy" in _loaded_in_run(tmp_path, "--factcheck-model=blank:en")
