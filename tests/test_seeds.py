"""The repository's own facts.yaml against its seed articles, with the trained model.

This is the end-to-end promise of the plugin: of the seed articles, only
seeds/002 line 10 ("The treaty, originally signed during the Cold War era")
contradicts a fact, and the troop figures in 001 and 002 support theirs while
the casualty and worker counts around them do not count against it.

The run happens once per module, in a copy of facts.yaml and seeds/ in a
temporary folder, as a separate ``pytest`` process (exactly what an editor
runs, and what ``pytester.runpytest_subprocess`` does, but shared by the tests
below instead of repeated for each); the tests read its exit code, output and
JSON report.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pytest_factcheck.api import check_facts_file

REPO = Path(__file__).resolve().parent.parent
CONTRADICTING_SEED = "seeds/002_28d5480e4d79882a.txt"


@dataclass(frozen=True)
class SeedsRun:
    ret: int
    output: str
    report: dict[str, Any]

    def fact(self, fact_id: str) -> dict[str, Any]:
        [entry] = [fact for fact in self.report["facts"] if fact["id"] == fact_id]
        return entry


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory: pytest.TempPathFactory) -> SeedsRun:
    folder = tmp_path_factory.mktemp("newsroom")
    shutil.copy(REPO / "facts.yaml", folder / "facts.yaml")
    shutil.copytree(REPO / "seeds", folder / "seeds")
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:hypothesispytest",
            "--factcheck-model=auto",
            "--factcheck-json=report.json",
            "-rA",
            "facts.yaml",
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = completed.stdout + completed.stderr
    report_path = folder / "report.json"
    assert report_path.exists(), output
    return SeedsRun(completed.returncode, output, json.loads(report_path.read_text(encoding="utf-8")))


def test_the_run_fails_with_exit_code_1(seeds_run: SeedsRun) -> None:
    assert seeds_run.ret == 1, seeds_run.output


def test_the_trained_model_reads_the_seeds(seeds_run: SeedsRun) -> None:
    assert "sentences read with: blank" not in seeds_run.output
    assert "sentences read with: en_core_web" in seeds_run.output


def test_exactly_one_fact_fails_and_it_is_treaty_signed(seeds_run: SeedsRun) -> None:
    outcomes = {fact["id"]: fact["outcome"] for fact in seeds_run.report["facts"]}
    assert [fact_id for fact_id, outcome in outcomes.items() if outcome != "passed"] == ["treaty-signed"]
    assert outcomes["treaty-signed"] == "failed"
    assert "FAILED facts.yaml::treaty-signed" in seeds_run.output
    assert seeds_run.output.count("FAILED facts.yaml::") == 1


def test_treaty_signed_is_contradicted_only_by_the_cold_war_sentence(seeds_run: SeedsRun) -> None:
    contradictions = [f for f in seeds_run.fact("treaty-signed")["findings"] if f["verdict"] == "contradicts"]
    assert [(f["source"], f["line"], f["found"]) for f in contradictions] == [
        (CONTRADICTING_SEED, 10, "the Cold War era")
    ]
    assert contradictions[0]["quote"].startswith("The treaty, originally signed during the Cold War era")
    assert contradictions[0]["expected"] == "June 2024"


def test_the_failure_points_at_the_seed_line(seeds_run: SeedsRun) -> None:
    assert f"contradicted by {CONTRADICTING_SEED}:10" in seeds_run.output
    assert "found: the Cold War era (1947–1991)   expected: June 2024" in seeds_run.output


def test_the_june_2024_signing_in_seed_001_supports_the_treaty_fact(seeds_run: SeedsRun) -> None:
    supporting = [f for f in seeds_run.fact("treaty-signed")["findings"] if f["verdict"] == "supports"]
    assert [(f["source"], f["line"], f["found"]) for f in supporting] == [
        ("seeds/001_46292d1d56ecd07c.txt", 7, "June 2024")
    ]


def test_nk_troops_passes_with_support_from_001_and_002_and_no_contradiction(seeds_run: SeedsRun) -> None:
    entry = seeds_run.fact("nk-troops-in-russia")
    assert entry["outcome"] == "passed"
    findings = entry["findings"]
    assert [f for f in findings if f["verdict"] == "contradicts"] == []
    supporting = {(f["source"], f["found"]) for f in findings if f["verdict"] == "supports"}
    assert ("seeds/001_46292d1d56ecd07c.txt", "around 14,000–15,000") in supporting
    assert ("seeds/002_28d5480e4d79882a.txt", "around 15,000") in supporting


def test_the_casualty_range_is_read_but_not_counted_against_the_troop_fact(seeds_run: SeedsRun) -> None:
    [casualties] = [f for f in seeds_run.fact("nk-troops-in-russia")["findings"] if "killed or wounded" in f["quote"]]
    assert casualties["verdict"] == "unverifiable"
    assert "1,000 to over 6,000" in casualties["reason"]


def test_every_seed_was_checked(seeds_run: SeedsRun) -> None:
    statuses = {source["path"]: source["status"] for source in seeds_run.report["sources"]}
    expected = {f"seeds/{path.name}" for path in (REPO / "seeds").glob("*.txt")}
    assert expected <= set(statuses)
    assert {statuses[path] for path in expected} == {"checked"}


def test_the_python_api_gives_the_same_answer_without_pytest(tmp_path: Path) -> None:
    """``check_facts_file`` (the documented API) on the seeds: the one contradiction, at doc 002 line 10."""
    shutil.copy(REPO / "facts.yaml", tmp_path / "facts.yaml")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    results = check_facts_file(tmp_path / "facts.yaml")
    contradictions = [(f.fact_id, f.source, f.line, f.found) for r in results.values() for f in r.contradictions]
    assert contradictions == [("treaty-signed", "seeds/002_28d5480e4d79882a.txt", 10, "the Cold War era")]
