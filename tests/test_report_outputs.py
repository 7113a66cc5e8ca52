"""The reports as CI and editors read them: terminal summary, one-line forms, SARIF,
GitLab, GitHub annotations and step summary, JUnit properties. Runs go through
``pytester`` the way CI runs pytest, on the blank pipeline (fast)."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

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
    context: [Pyongyang]
    quantity: 14,000–15,000
    tolerance: 5%
"""
CONTRADICTING = """\
Kim wrote to Putin.

The treaty, originally signed during the Cold War era, underpins the alliance.
Pyongyang sent around 15,000 troops to Russia.
"""
QUIET = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "--factcheck-model=blank:en")
#: The OASIS Standard SARIF 2.1.0 schema (errata 01), shipped with the tests (see tests/schemas/README.md).
SARIF_SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """facts.yaml and one article contradicting treaty-signed on line 3, outside GitHub Actions."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("GITHUB_BASE_REF", raising=False)
    pytester.makefile(".yaml", facts=FACTS)
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / "a.txt").write_text(CONTRADICTING, encoding="utf-8")
    return pytester


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest(*QUIET, *args)


def text(result: pytest.RunResult) -> str:
    return "\n".join(result.outlines)


# --- terminal ---------------------------------------------------------------------------------------------------


def test_the_summary_shows_a_table_of_facts_and_a_one_line_total(project: pytest.Pytester) -> None:
    result = run(project, "--color=no")
    result.stdout.fnmatch_lines(
        [
            "*= factcheck =*",
            "fact *outcome*contradict*support*silent",
            "treaty-signed *contradicted *1 *0 *0",
            "nk-troops *supported *0 *1 *0",
            "2 facts, 1 sources: 1 contradicted, 1 supported, 0 not mentioned",
        ]
    )
    assert "\x1b[" not in text(result)


def test_colour_marks_the_contradicted_fact_when_asked(project: pytest.Pytester) -> None:
    result = run(project, "--color=yes")
    assert re.search(r"\x1b\[31m(\x1b\[1m)?treaty-signed +contradicted", text(result))


def test_quiet_runs_stay_quiet(project: pytest.Pytester) -> None:
    quiet = text(run(project, "-q"))
    assert "factcheck: 2 facts, 1 sources: 1 contradicted" in quiet
    assert "outcome" not in quiet
    very_quiet = text(run(project, "-qq"))
    assert "facts, 1 sources" not in very_quiet and "outcome" not in very_quiet


def test_tb_line_and_the_short_summary_give_one_line_per_fact(project: pytest.Pytester) -> None:
    expected = "articles/a.txt:3: treaty-signed: found the Cold War era, expected June 2024"
    result = run(project, "--tb=line", "-rA")
    lines = result.outlines
    assert expected in lines
    assert "Kim wrote" not in text(result) and "^^^" not in text(result)
    failed = "FAILED facts.yaml::treaty-signed - treaty-signed: found the Cold War"
    assert any(line.startswith(failed) for line in lines)
    assert any(line == "PASSED facts.yaml::nk-troops" for line in lines)
    short = run(project, "--tb=short")
    assert expected in short.outlines


def test_the_output_is_the_same_under_xdist(project: pytest.Pytester) -> None:
    def summary(result: pytest.RunResult) -> list[str]:
        lines = result.outlines
        start = next(i for i, line in enumerate(lines) if "= factcheck =" in line)
        return [line for line in lines[start:] if not line.startswith("=")]

    serial = run(project, "--tb=line", "-rA")
    parallel = run(project, "--tb=line", "-rA", "-n", "2")
    assert "sentences read with: blank:en" in summary(parallel)
    assert summary(parallel) == summary(serial)


# --- SARIF and GitLab ---------------------------------------------------------------------------------------------


def validate_sarif(sarif: dict[str, Any]) -> None:
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    jsonschema.validate(sarif, schema, cls=jsonschema.Draft4Validator)


def test_the_sarif_report_locates_the_found_value_and_is_valid(project: pytest.Pytester) -> None:
    run(project, "--factcheck-sarif=out/report.sarif")
    sarif = json.loads((project.path / "out" / "report.sarif").read_text(encoding="utf-8"))
    driver = sarif["runs"][0]["tool"]["driver"]
    assert [rule["id"] for rule in driver["rules"]] == ["treaty-signed", "nk-troops"]
    assert driver["rules"][0]["shortDescription"]["text"].startswith("Russia and North Korea signed")
    [result] = sarif["runs"][0]["results"]
    assert result["ruleId"] == "treaty-signed"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "articles/a.txt"
    region = location["region"]
    line = CONTRADICTING.splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "the Cold War era"
    context = location["contextRegion"]
    assert context["startLine"] == 3 and context["snippet"]["text"].startswith("The treaty, originally signed")
    assert sarif["runs"][0]["properties"]["facts_files"]["facts.yaml"]
    validate_sarif(sarif)


def test_a_contradiction_keeps_its_fingerprint_when_lines_move(project: pytest.Pytester) -> None:
    def fingerprint() -> tuple[int, dict[str, str]]:
        run(project, "--factcheck-sarif=report.sarif")
        [result] = json.loads((project.path / "report.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
        return result["locations"][0]["physicalLocation"]["region"]["startLine"], result["partialFingerprints"]

    line, before = fingerprint()
    (project.path / "articles" / "a.txt").write_text("A new first paragraph.\n\n" + CONTRADICTING, encoding="utf-8")
    moved, after = fingerprint()
    assert (line, moved) == (3, 5)
    assert after == before


def test_the_gitlab_report_lists_each_contradiction(project: pytest.Pytester) -> None:
    run(project, "--factcheck-gitlab=gl-code-quality-report.json")
    [issue] = json.loads((project.path / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert issue["check_name"] == "treaty-signed"
    assert issue["location"] == {"path": "articles/a.txt", "lines": {"begin": 3}}
    assert issue["severity"] == "major" and len(issue["fingerprint"]) == 64
    assert "found the Cold War era, expected June 2024" in issue["description"]


def test_reports_are_written_by_the_controller_only_under_xdist(project: pytest.Pytester) -> None:
    run(project, "--factcheck-sarif=serial.sarif")
    run(project, "-n", "2", "--factcheck-sarif=parallel.sarif")

    def results(name: str) -> Any:
        return json.loads((project.path / name).read_text(encoding="utf-8"))["runs"][0]["results"]

    assert results("parallel.sarif") == results("serial.sarif")
    assert not list(project.path.glob(".*.sarif.*")), "a temporary file was left behind"


# --- JUnit --------------------------------------------------------------------------------------------------------


def test_junit_xml_carries_the_claim_and_the_contradicting_sources(project: pytest.Pytester) -> None:
    run(project, "--junitxml=junit.xml")
    tree = ET.parse(project.path / "junit.xml")
    case = next(c for c in tree.iter("testcase") if c.get("name") == "treaty-signed")
    properties = {(p.get("name"), p.get("value")) for p in case.iter("property")}
    assert ("factcheck_claim", "Russia and North Korea signed their mutual defence treaty in June 2024.") in properties
    assert ("factcheck_contradicted_by", "articles/a.txt:3: found the Cold War era") in properties


# --- GitHub Actions -----------------------------------------------------------------------------------------------


def github(project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[list[str], str]:
    summary = project.path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run(project, *args)
    commands = [line for line in result.outlines if line.startswith("::error")]
    return commands, summary.read_text(encoding="utf-8") if summary.exists() else ""


def test_github_annotates_each_contradiction_on_the_found_value(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    [command], summary = github(project, monkeypatch)
    assert command.startswith("::error file=articles/a.txt,line=3,col=")
    assert "title=factcheck%3A treaty-signed::treaty-signed%3A found" not in command  # ':' is escaped in properties
    assert "title=factcheck%3A treaty-signed::treaty-signed: found the Cold War era, expected June 2024%0A" in command
    assert "| `treaty-signed` | contradicted | 1 | 0 | 0 |" in summary
    assert "> The treaty, originally signed during the Cold War era" in summary


def test_workflow_command_escaping_follows_the_actions_toolkit() -> None:
    from pytest_factcheck.report.github import escape_data, escape_property

    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_escapes_the_file_name_and_the_quote(project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    (project.path / "articles" / "a,b%c.txt").write_text(
        "The treaty was signed in 1961 by 100% of members, ::warning::said one.\n", encoding="utf-8"
    )
    commands, _ = github(project, monkeypatch)
    odd = next(c for c in commands if "a%2Cb%25c.txt" in c)
    properties, _, data = odd[len("::error ") :].partition("::")
    assert properties.startswith("file=articles/a%2Cb%25c.txt,line=1,")
    assert "100%25 of members" in data and "%0AThe treaty" in data
    assert "\n" not in odd and "100% " not in odd


def test_github_shows_changed_files_first_and_says_how_many_were_not_shown(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    for index in range(12):
        (project.path / "articles" / f"old{index:02}.txt").write_text(CONTRADICTING, encoding="utf-8")

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=project.path, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("-c", "user.email=e@x", "-c", "user.name=e", "add", ".")
    git("-c", "user.email=e@x", "-c", "user.name=e", "commit", "-qm", "base")
    git("checkout", "-qb", "topic")
    (project.path / "articles" / "zz-new.txt").write_text(CONTRADICTING, encoding="utf-8")
    git("-c", "user.email=e@x", "-c", "user.name=e", "add", ".")
    git("-c", "user.email=e@x", "-c", "user.name=e", "commit", "-qm", "new article")
    monkeypatch.setenv("GITHUB_BASE_REF", "main")
    commands, _ = github(project, monkeypatch, "--factcheck-html=report.html")
    assert len(commands) == 10
    assert "file=articles/zz-new.txt" in commands[0]
    assert commands[-1].startswith("::error title=factcheck%3A more contradictions::")
    assert "5 more contradiction(s) not annotated" in commands[-1] and "report.html" in commands[-1]


def test_the_step_summary_stays_under_githubs_cap() -> None:
    from pytest_factcheck.report.base import Run, RunInfo
    from pytest_factcheck.report.github import step_summary

    quote = "The treaty was signed in 1961. " * 60
    finding = {"source": "a.txt", "line": 1, "verdict": "contradicts", "quote": quote, "found": "1961"}
    entry = {"id": "treaty-signed", "claim": "c", "outcome": "failed", "facts_file": "facts.yaml", "line": 1}
    run = Run([{**entry, "findings": [finding] * 1000, "sources": []}], [], RunInfo("2026-01-01T00:00:00Z", "0", "m"))
    summary = step_summary(run)
    assert len(summary.encode("utf-8")) < 1024 * 1024
    assert re.search(r"\n\d+ more contradiction\(s\) left out: the summary is capped at 1 MiB\.", summary)


def test_html_gitlab_and_summary_are_the_same_under_xdist(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    def outputs(name: str, *args: str) -> list[str]:
        _, summary = github(
            project, monkeypatch, f"--factcheck-html={name}.html", f"--factcheck-gitlab={name}.json", *args
        )
        (project.path / "summary.md").unlink()
        stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
        files = [(project.path / f"{name}.{suffix}").read_text(encoding="utf-8") for suffix in ("html", "json")]
        return [stamp.sub("DATE", text) for text in (*files, summary)]

    serial = outputs("serial")
    assert "<mark>the Cold War era</mark>" in serial[0] and "treaty-signed" in serial[1]
    assert outputs("parallel", "-n", "2") == serial


def test_the_html_shows_an_article_in_the_encoding_it_was_read_with(project: pytest.Pytester) -> None:
    text = "Caf\u00e9 talk: the treaty, signed during the Cold War era, still holds.\n"
    (project.path / "articles" / "a.txt").write_bytes(text.encode("cp1252"))
    run(project, "--factcheck-html=report.html")
    page = (project.path / "report.html").read_text(encoding="utf-8")
    assert "Café talk: the treaty, signed during <a" in page
    assert '<mark class="contradicts">the Cold War era</mark>' in page


@pytest.mark.parametrize(
    ("option", "plugin"),
    [
        ("--factcheck-json=r.json", "factcheck-json"),
        ("--factcheck-html=r.html", "factcheck-html"),
        ("--factcheck-sarif=r.sarif", "factcheck-sarif"),
        ("--factcheck-gitlab=r.json", "factcheck-gitlab"),
    ],
)
def test_a_writer_is_registered_only_when_its_option_is_set(project: pytest.Pytester, option: str, plugin: str) -> None:
    chosen = project.parseconfigure(option)
    assert chosen.pluginmanager.has_plugin(plugin)
    assert [n for n, _ in chosen.pluginmanager.list_name_plugin() if str(n).startswith("factcheck-")] == [
        "factcheck-reporter",
        plugin,
    ]
    assert not project.parseconfigure().pluginmanager.has_plugin(plugin)
