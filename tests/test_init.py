"""``python -m pytest_factcheck init``: a starter facts file an editor can run at once."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from test_plugin import run

from pytest_factcheck.schema import read_facts_file


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


def init(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest_factcheck", "init", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_init_writes_a_facts_file_and_its_schema_that_pytest_runs(pytester: pytest.Pytester) -> None:
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / "a.md").write_text("Pyongyang sent 15,000 troops.\n", encoding="utf-8")
    done = init(pytester.path)
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout and "facts.yaml" in done.stdout
    facts = (pytester.path / "facts.yaml").read_text(encoding="utf-8")
    assert facts.startswith("# yaml-language-server: $schema=facts.schema.json\n")
    shipped = resources.files("pytest_factcheck").joinpath("facts.schema.json").read_text("utf-8")
    assert json.loads((pytester.path / "facts.schema.json").read_text("utf-8")) == json.loads(shipped)
    assert '  - "**/*.md"' in facts
    result = run(pytester)
    result.assert_outcomes(passed=1)


def test_every_commented_example_is_a_valid_fact_of_its_kind(tmp_path: Path) -> None:
    assert init(tmp_path).returncode == 0
    text = (tmp_path / "facts.yaml").read_text(encoding="utf-8")
    uncommented = "\n".join(
        line.replace("  # ", "  ", 1) if line.startswith(("  # -", "  #   ")) else line for line in text.splitlines()
    )
    (tmp_path / "all.facts.yaml").write_text(uncommented, encoding="utf-8")
    loaded = read_facts_file(tmp_path / "all.facts.yaml")
    assert loaded.problems == ()
    kinds = {f.id: (f.quantity is not None, f.date is not None, bool(f.contradicted_by)) for f in loaded.facts}
    assert kinds["nk-troops"][0] and kinds["treaty-signed"][1] and kinds["shoigu-role"][2]


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    (tmp_path / "facts.yaml").write_text("sources: [mine.txt]\n", encoding="utf-8")
    done = init(tmp_path)
    assert done.returncode == 1
    assert "facts.yaml already exists; nothing was written" in done.stdout
    assert (tmp_path / "facts.yaml").read_text(encoding="utf-8") == "sources: [mine.txt]\n"
    assert not (tmp_path / "facts.schema.json").exists()
