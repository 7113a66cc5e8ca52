"""``python -m pytest_factcheck merge``: every report written from the shards' merged
JSON report is the report one run over all the sources writes (the run's date aside)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from test_shard import FACTS, RUN, TEXTS

STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
#: merge option -> the pytest option writing the same report in a run.
FORMATS = {
    "html": "--factcheck-html",
    "sarif": "--factcheck-sarif",
    "gitlab": "--factcheck-gitlab",
}


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


@pytest.fixture
def newsroom(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """Twelve articles; a second facts file in a folder, whose fact reads only some of them."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    pytester.makefile(".yaml", facts=FACTS)
    (pytester.path / "articles").mkdir()
    for index, text in enumerate(TEXTS * 2):
        (pytester.path / "articles" / f"{index:02d}.txt").write_text(text, encoding="utf-8")
    desk = pytester.path / "desk"
    (desk / "wires").mkdir(parents=True)
    for index, text in enumerate(TEXTS):
        (desk / "wires" / f"w{index}.txt").write_text(text, encoding="utf-8")
    narrowed = FACTS.replace("    tolerance: 5%\n", "    tolerance: 5%\n    sources: [wires/w1.txt, wires/w3.txt]\n")
    (desk / "facts.yaml").write_text(narrowed.replace("articles/*.txt", "wires/*.txt"), encoding="utf-8")
    return pytester


def merge(pytester: pytest.Pytester, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest_factcheck", "merge", *args],
        cwd=pytester.path,
        capture_output=True,
        text=True,
        check=False,
    )


def read(pytester: pytest.Pytester, name: str) -> str:
    return STAMP.sub("DATE", (pytester.path / name).read_text(encoding="utf-8"))


def junit_cases(pytester: pytest.Pytester, name: str) -> list[tuple[Any, ...]]:
    """Each test case's class, name, outcome and properties, as a JUnit consumer reads them."""
    cases = []
    for case in ET.parse(pytester.path / name).iter("testcase"):
        outcome = "failed" if case.find("failure") is not None else "error" if case.find("error") is not None else "ok"
        properties = sorted((p.get("name"), p.get("value")) for p in case.iter("property"))
        cases.append((case.get("classname"), case.get("name"), outcome, properties))
    return sorted(cases)


def test_every_report_written_from_merged_shards_is_the_single_runs(newsroom: pytest.Pytester) -> None:
    reports = [f"{flag}=whole.{name}" for name, flag in FORMATS.items()]
    newsroom.runpytest(*RUN, "--factcheck-json=whole.json", "--junitxml=whole.junitxml", *reports)
    for index in (1, 2, 3):
        newsroom.runpytest(*RUN, f"--factcheck-shard={index}/3", f"--factcheck-json=s{index}.json")
    outputs = [f"--{name}=merged.{name}" for name in (*FORMATS, "junitxml")]
    done = merge(newsroom, "s1.json", "s2.json", "s3.json", "-o", "merged.json", *outputs)
    assert done.returncode == 1, done.stdout + done.stderr
    written = ("HTML report written to merged.html", "SARIF report written to merged.sarif")
    written += ("GitLab Code Quality report written to merged.gitlab", "JUnit XML report written to merged.junitxml")
    assert all(line in done.stdout for line in written), done.stdout
    assert read(newsroom, "merged.json") == read(newsroom, "whole.json")
    for name in FORMATS:
        assert read(newsroom, f"merged.{name}") == read(newsroom, f"whole.{name}"), name
    assert "<mark" in read(newsroom, "merged.html") and "desk/wires/w3.txt" in read(newsroom, "merged.sarif")
    assert junit_cases(newsroom, "merged.junitxml") == junit_cases(newsroom, "whole.junitxml")
    assert len(junit_cases(newsroom, "merged.junitxml")) == 4


def test_the_narrowed_facts_sources_survive_the_merge(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*RUN, "--factcheck-json=whole.json")
    facts = json.loads((newsroom.path / "whole.json").read_text(encoding="utf-8"))["facts"]
    narrowed = next(e for e in facts if e["facts_file"] == "desk/facts.yaml" and e["id"] == "nk-troops")
    assert narrowed["source_paths"] == ["wires/w1.txt", "wires/w3.txt"]


@pytest.mark.parametrize("option", ["--output", *(f"--{name}" for name in (*FORMATS, "junitxml"))])
def test_an_output_path_that_is_a_folder_is_refused_before_merging(newsroom: pytest.Pytester, option: str) -> None:
    newsroom.runpytest(*RUN, "--factcheck-json=s1.json")
    (newsroom.path / "out").mkdir()
    args = ["-o", "out"] if option == "--output" else ["-o", "m.json", f"{option}=out"]
    done = merge(newsroom, "s1.json", *args)
    assert done.returncode == 2
    assert f"error: {option}=out: this is a folder; give a file name" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert not (newsroom.path / "m.json").exists()
