"""Sharding the sources across CI jobs, and merging the shards' JSON reports."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from pytest_factcheck.shard import shard_index

FACTS = """\
sources:
  - articles/*.txt
facts:
  - id: treaty-signed
    claim: Russia and North Korea signed their mutual defence treaty in June 2024.
    subject: [treaty, pact]
    context: [signed, signing]
    date: June 2024

  - id: nk-troops
    claim: North Korea has sent 14,000–15,000 troops to Russia.
    subject: [troops, soldiers]
    quantity: 14,000–15,000
    tolerance: 5%
"""
TEXTS = (
    "The treaty, signed in June 2023, was a surprise.\n",
    "Pyongyang sent around 15,000 troops to Russia.\n",
    "The pact was signed in June 2024.\n",
    "Officials said 30,000 troops had gone.\n",
    "Seoul said 12,000 soldiers were sent, while the pact was signed in June 2024.\n",
    "Nothing here mentions either fact.\n",
)
RUN = ("--factcheck-model=blank:en", "-p", "no:hypothesispytest", "-p", "no:cacheprovider")


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".yaml", facts=FACTS)
    (pytester.path / "articles").mkdir()
    for index, text in enumerate(TEXTS * 2):
        (pytester.path / "articles" / f"{index:02d}.txt").write_text(text, encoding="utf-8")
    return pytester


def _report(pytester: pytest.Pytester, name: str) -> dict[str, Any]:
    return json.loads((pytester.path / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_shards_split_sources_by_path_hash_and_merge_into_the_single_run_report(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*RUN, "--factcheck-json=whole.json")
    shards = []
    for index in (1, 2, 3):
        newsroom.runpytest(*RUN, f"--factcheck-shard={index}/3", f"--factcheck-json=s{index}.json")
        shards.append(_report(newsroom, f"s{index}.json"))
    checked = [sorted(s["path"] for s in shard["sources"]) for shard in shards]
    whole = sorted(s["path"] for s in _report(newsroom, "whole.json")["sources"])
    assert sorted(p for paths in checked for p in paths) == whole
    assert all(checked), "every shard gets some of the 12 sources"
    merge = subprocess.run(
        [sys.executable, "-m", "pytest_factcheck", "merge", "s1.json", "s2.json", "s3.json", "-o", "merged.json"],
        cwd=newsroom.path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert merge.returncode == 1, merge.stderr  # facts are contradicted: the merge fails like the run
    assert "2 facts from 3 reports, 2 not passed: merged.json" in merge.stdout
    merged, single = _report(newsroom, "merged.json"), _report(newsroom, "whole.json")
    merged_run, single_run = merged.pop("run", {}), single.pop("run", {})
    assert {k: v for k, v in merged_run.items() if k != "date"} == {k: v for k, v in single_run.items() if k != "date"}
    assert merged == single


def test_a_source_stays_in_its_shard_when_others_are_added() -> None:
    before = {f"articles/{i}.txt": shard_index(f"articles/{i}.txt", 4) for i in range(50)}
    assert {shard_index(path, 4) for path in before} == {0, 1, 2, 3}
    assert before == {path: shard_index(path, 4) for path in before}


def test_a_wrong_shard_is_a_usage_error(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest(*RUN, "--factcheck-shard=4/3")
    result.stderr.fnmatch_lines(["*--factcheck-shard must be K/N with 1 <= K <= N*not '4/3'*"])
    assert result.ret == pytest.ExitCode.USAGE_ERROR


def test_merge_names_a_file_that_is_not_a_report(newsroom: pytest.Pytester) -> None:
    (newsroom.path / "bad.json").write_text("{}", encoding="utf-8")
    merge = subprocess.run(
        [sys.executable, "-m", "pytest_factcheck", "merge", "bad.json", "-o", "out.json"],
        cwd=newsroom.path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert merge.returncode == 2
    assert "bad.json: not a factcheck JSON report of version 1" in merge.stdout
