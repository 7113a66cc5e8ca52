"""Sources an editor did not mean to give, or that a file system makes strange.

Each one must end as a clear per-source error or warning in the corpus
statuses (and, through the plugin, in the ``[sources]`` item and the JSON
report) while every other source is still checked: nothing crashes, hangs or
is skipped without a word.
"""

from __future__ import annotations

import json
import os
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from pytest_factcheck.api import Corpus, check_facts, read_corpus
from pytest_factcheck.loader import load_yaml_text
from pytest_factcheck.model import SourceStatus, Verdict
from pytest_factcheck.nlp import Pipeline
from pytest_factcheck.schema import FactsFile, validate
from pytest_factcheck.sources import read as sources

FACT = """\
  - id: nk-troops
    claim: North Korea has sent 14,000 troops to Russia.
    subject: [troops]
    context: [Pyongyang]
    quantity: 14,000
"""
CONTRADICTING = "Kim wrote to Putin.\n\nPyongyang sent 50,000 troops to Russia.\n"
AGREEING = "Pyongyang sent 14,000 troops to Russia.\n"
#: Seconds within which a hostile source must be read; reading is linear, so this is generous.
BUDGET = 20.0


def facts_file(folder: Path, *patterns: str) -> FactsFile:
    """A facts.yaml in ``folder`` with these ``sources:`` and one troops fact."""
    listed = "".join(f"  - {json.dumps(p)}\n" for p in patterns)
    text = f"sources:\n{listed}facts:\n{FACT}"
    path = folder / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    return validate(load_yaml_text(text, path), path)


def status_of(corpus: Corpus, path: str) -> SourceStatus:
    found = [s for s in corpus.statuses if s.path == path]
    assert len(found) == 1, f"{path} should have exactly one status, got {corpus.statuses}"
    return found[0]


def read(folder: Path, *patterns: str, allow_outside: bool = False) -> Corpus:
    started = time.perf_counter()
    corpus = read_corpus(facts_file(folder, *patterns), allow_outside)
    assert time.perf_counter() - started < BUDGET
    return corpus


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A newsroom folder with one good article that contradicts the fact."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "good.txt").write_text(CONTRADICTING, encoding="utf-8")
    return tmp_path


def assert_good_one_checked(corpus: Corpus) -> None:
    assert status_of(corpus, "articles/good.txt").status == "checked"
    assert "articles/good.txt" in corpus.documents


# --- contents ---------------------------------------------------------------------------------------------------


def test_a_binary_file_is_an_error_and_the_others_are_checked(folder: Path) -> None:
    (folder / "articles" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    corpus = read(folder, "articles/*.txt")
    status = status_of(corpus, "articles/photo.txt")
    assert status.status == "error"
    assert "binary" in (status.error or "")
    assert_good_one_checked(corpus)


@pytest.mark.parametrize(
    "raw",
    [b"\xff\xfeP\x00y\x00\x00\xd8", b"\xff\xfeP\x00y\x00o", b"\xfe\xff\xdc\x00\x00A"],
    ids=["lone-surrogate", "odd-length", "big-endian-low-surrogate-first"],
)
def test_a_file_that_starts_like_utf16_but_is_not_is_an_error(folder: Path, raw: bytes) -> None:
    (folder / "articles" / "broken.txt").write_bytes(raw)
    corpus = read(folder, "articles/*.txt")
    status = status_of(corpus, "articles/broken.txt")
    assert status.status == "error"
    assert "UTF-16" in (status.error or "")
    assert_good_one_checked(corpus)


def test_a_cp1252_file_is_read_with_a_warning_naming_the_encoding(folder: Path) -> None:
    text = "Caf\u00e9 society \u2013 Pyongyang sent 50,000 troops.\n"
    (folder / "articles" / "windows.txt").write_bytes(text.encode("cp1252"))
    corpus = read(folder, "articles/*.txt")
    status = status_of(corpus, "articles/windows.txt")
    assert status.status == "checked"
    assert status.error is None
    assert any("read as windows-1252" in warning for warning in status.warnings), status.warnings
    assert "Caf\u00e9 society \u2013 Pyongyang" in corpus.documents["articles/windows.txt"].prose


def test_bytes_cp1252_cannot_decode_fall_back_to_latin1_with_a_warning(folder: Path) -> None:
    article = b"Pyongyang sent 50,000 troops to Russia, officials in Seoul said on Monday. " * 4
    (folder / "articles" / "odd.txt").write_bytes(article + b"Stray bytes \x81\x8d.\n")
    status = status_of(read(folder, "articles/*.txt"), "articles/odd.txt")
    assert status.status == "checked"
    assert any("latin-1" in warning for warning in status.warnings), status.warnings


def test_the_encoding_warning_names_the_line_of_the_first_bad_byte(folder: Path) -> None:
    (folder / "articles" / "late.txt").write_bytes(b"line one\nline two\ncaf\xe9\n")
    status = status_of(read(folder, "articles/*.txt"), "articles/late.txt")
    assert any("line 3" in warning for warning in status.warnings), status.warnings


def test_an_empty_file_is_checked_and_has_no_findings(folder: Path, blank_pipeline: Pipeline) -> None:
    (folder / "articles" / "empty.txt").write_bytes(b"")
    (folder / "articles" / "empty.html").write_bytes(b"")
    (folder / "articles" / "empty.md").write_bytes(b"\xef\xbb\xbf")  # a byte-order mark and nothing else
    ff = facts_file(folder, "articles/*")
    corpus = read_corpus(ff)
    for name in ("articles/empty.txt", "articles/empty.html", "articles/empty.md"):
        status = status_of(corpus, name)
        assert (status.status, status.error, status.warnings) == ("checked", None, ())
    results = check_facts(ff.facts, corpus, blank_pipeline, ff.folder)
    assert {f.source for f in results["nk-troops"].findings} == {"articles/good.txt"}


def test_a_file_over_the_size_limit_is_an_error_named_in_megabytes(folder: Path) -> None:
    huge = folder / "articles" / "archive.txt"
    with huge.open("wb") as stream:  # sparse: the size is on record, no 200 MB is written
        stream.truncate(sources.MAX_SOURCE_BYTES + 1024 * 1024)
    corpus = read(folder, "articles/*.txt")
    status = status_of(corpus, "articles/archive.txt")
    assert status.status == "error"
    assert "201 MB" in (status.error or "") and "200 MB limit" in (status.error or "")
    assert_good_one_checked(corpus)


def test_the_size_limit_is_exact_and_its_message_stays_readable_when_small(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_SOURCE_BYTES", 100)
    (folder / "articles" / "at-limit.txt").write_bytes(b"x" * 100)
    (folder / "articles" / "over.txt").write_bytes(b"x" * 2048)
    corpus = read(folder, "articles/*.txt")
    assert status_of(corpus, "articles/at-limit.txt").status == "checked"
    over = status_of(corpus, "articles/over.txt")
    assert over.status == "error"
    assert "2.0 KB" in (over.error or "") and "100 bytes" in (over.error or ""), over.error


def test_a_five_megabyte_single_line_is_checked_without_hanging(folder: Path, blank_pipeline: Pipeline) -> None:
    filler = "The delegation toured the museum and the harbour and the old market hall "
    line = filler * (5_000_000 // len(filler)) + "and Pyongyang sent 50,000 troops to Russia."
    (folder / "articles" / "one-line.txt").write_text(line, encoding="utf-8")
    ff = facts_file(folder, "articles/*.txt")
    started = time.perf_counter()
    corpus = read_corpus(ff)
    results = check_facts(ff.facts, corpus, blank_pipeline, ff.folder)
    assert time.perf_counter() - started < BUDGET
    assert status_of(corpus, "articles/one-line.txt").status == "checked"
    found = [f for f in results["nk-troops"].contradictions if f.source == "articles/one-line.txt"]
    assert [(f.line, f.found) for f in found] == [(1, "50,000")]


# --- hostile HTML -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        "<![foo[ x ]]>",  # html.parser raised AssertionError on an unknown marked section
        "<![ x",
        "<![1]>",
        "<a" * 100_000,  # unclosed tags: html.parser rescanned to the end for each (quadratic)
        "<!--" * 50_000,
        "</" * 100_000,
        "<?" * 100_000,
        "<!--x>" * 30_000,
        "<script>" + "</script" * 30_000,
    ],
    ids=[
        "unknown-section",
        "unnamed-section",
        "numbered-section",
        "a",
        "comments",
        "end-tags",
        "pis",
        "comment-gt",
        "script",
    ],
)
def test_hostile_html_is_read_without_crashing_or_hanging(folder: Path, markup: str) -> None:
    page = f"<html><body><p>Pyongyang sent 50,000 troops.</p>\n{markup}\n<p>After.</p></body></html>"
    (folder / "articles" / "page.html").write_text(page, encoding="utf-8")
    corpus = read(folder, "articles/*")
    assert status_of(corpus, "articles/page.html").status == "checked"
    assert "Pyongyang sent 50,000 troops." in corpus.documents["articles/page.html"].prose
    assert_good_one_checked(corpus)


def test_html_keeps_text_after_a_stray_less_than_sign(folder: Path) -> None:
    page = "<p>Pyongyang sent <50,000 troops.</p>\n<p>Then <a href='x'>more</a> troops came.</p>\n"
    (folder / "articles" / "page.html").write_text(page, encoding="utf-8")
    document = read(folder, "articles/page.html").documents["articles/page.html"]
    assert "Pyongyang sent <50,000 troops." in document.prose
    assert "Then more troops came." in document.prose
    assert document.line_at(document.prose.index("Then")) == 2


# --- what the glob matches --------------------------------------------------------------------------------------


def test_unsupported_suffixes_matched_by_a_glob_are_errors(folder: Path) -> None:
    (folder / "articles" / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "articles" / "README").write_text("notes", encoding="utf-8")
    corpus = read(folder, "articles/*", "*")
    pdf = status_of(corpus, "articles/scan.pdf")
    assert pdf.status == "error" and "'.pdf'" in (pdf.error or "")
    assert status_of(corpus, "articles/README").status == "error"
    assert status_of(corpus, "facts.yaml").status == "error"  # '*' matches the facts file itself
    assert_good_one_checked(corpus)


def test_a_folder_named_like_a_source_is_an_error_not_skipped(folder: Path) -> None:
    (folder / "articles" / "2024.txt").mkdir()
    (folder / "articles" / "plain-folder").mkdir()
    corpus = read(folder, "articles/*")
    status = status_of(corpus, "articles/2024.txt")
    assert status.status == "error" and "folder" in (status.error or "")
    assert not [s for s in corpus.statuses if s.path == "articles/plain-folder"]  # a folder is not a source
    assert_good_one_checked(corpus)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode, so chmod 000 cannot deny it")
def test_an_unreadable_file_is_an_error(folder: Path) -> None:
    secret = folder / "articles" / "secret.txt"
    secret.write_text(AGREEING, encoding="utf-8")
    secret.chmod(0)
    try:
        corpus = read(folder, "articles/*.txt")
    finally:
        secret.chmod(0o644)
    status = status_of(corpus, "articles/secret.txt")
    assert status.status == "error" and "ermission" in (status.error or "")
    assert_good_one_checked(corpus)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_an_error_and_does_not_block(folder: Path) -> None:
    os.mkfifo(folder / "articles" / "pipe.txt")
    corpus = read(folder, "articles/*.txt")
    status = status_of(corpus, "articles/pipe.txt")
    assert status.status == "error" and "regular file" in (status.error or "")
    assert_good_one_checked(corpus)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_link_to_an_endless_device_is_an_error(folder: Path) -> None:
    (folder / "articles" / "zero.txt").symlink_to("/dev/zero")
    status = status_of(read(folder, "articles/*.txt"), "articles/zero.txt")
    assert status.status == "error" and "regular file" in (status.error or "")


def test_a_dangling_symlink_is_an_error_naming_its_target(folder: Path) -> None:
    (folder / "articles" / "moved.txt").symlink_to(folder / "elsewhere" / "gone.txt")
    corpus = read(folder, "articles/*.txt")
    status = status_of(corpus, "articles/moved.txt")
    assert status.status == "error"
    assert "symbolic link" in (status.error or "") and "gone.txt" in (status.error or "")
    assert_good_one_checked(corpus)


def test_a_symlink_loop_is_an_error_not_a_hang(folder: Path) -> None:
    (folder / "articles" / "a.txt").symlink_to("b.txt")
    (folder / "articles" / "b.txt").symlink_to("a.txt")
    corpus = read(folder, "articles/*.txt")
    for name in ("articles/a.txt", "articles/b.txt"):
        status = status_of(corpus, name)
        assert status.status == "error" and "loop" in (status.error or "")
    assert_good_one_checked(corpus)


def test_a_folder_symlink_loop_under_double_star_does_not_hang(folder: Path) -> None:
    (folder / "articles" / "again").symlink_to(folder / "articles", target_is_directory=True)
    (folder / "articles" / "sub").mkdir()
    (folder / "articles" / "sub" / "up").symlink_to(folder, target_is_directory=True)
    corpus = read(folder, "**/*.txt", "articles/*/*.txt")
    assert_good_one_checked(corpus)
    assert len(corpus.statuses) < 20


def test_folders_nested_deeper_than_python_recursion_give_an_error(folder: Path) -> None:
    deep = str(folder / "deep")
    os.mkdir(deep)
    for _ in range(sys.getrecursionlimit() + 100):  # pathlib's '**' recursed once per level
        deep += "/d"
        os.mkdir(deep)
    Path(deep, "bottom.txt").write_text(AGREEING, encoding="utf-8")
    try:
        corpus = read(folder, "deep/**/*.txt", "articles/*.txt")
    finally:
        remove_nested(Path(deep), folder)
    status = status_of(corpus, "deep/**/*.txt")
    assert status.status == "error" and "nested" in (status.error or "")
    assert_good_one_checked(corpus)


def remove_nested(deepest: Path, top: Path) -> None:
    """Remove a folder chain bottom-up: shutil.rmtree (and so pytest's cleanup) recurses once per level."""
    for child in deepest.iterdir():
        child.unlink()
    while deepest != top:
        deepest.rmdir()
        deepest = deepest.parent


@pytest.mark.parametrize("pattern", ["**foo", "articles/**x/*.txt", "a\x00b"], ids=["star-star-word", "mid", "nul"])
def test_an_invalid_glob_is_an_error_of_that_pattern(folder: Path, pattern: str) -> None:
    corpus = read(folder, pattern, "articles/*.txt")
    status = status_of(corpus, pattern)
    assert status.status == "error"
    assert "**" not in pattern or "not a valid glob" in (status.error or "")
    assert_good_one_checked(corpus)


def test_an_invalid_glob_in_a_facts_own_sources_does_not_crash_the_check(
    folder: Path, blank_pipeline: Pipeline
) -> None:
    text = "sources: [articles/*.txt]\nfacts:\n" + FACT + '    sources: ["**foo"]\n'
    path = folder / "facts.yaml"
    ff = validate(load_yaml_text(text, path), path)
    if not ff.facts:  # refused by the schema, with a problem naming the line: fine too
        assert ff.problems
        return
    results = check_facts(ff.facts, read_corpus(ff), blank_pipeline, ff.folder)
    assert "nk-troops" in results


@pytest.mark.parametrize("pattern", ["../*.txt", "articles/../../*.txt"])
def test_a_glob_reaching_outside_is_an_error_unless_allowed(folder: Path, pattern: str) -> None:
    inner = folder / "newsroom"
    (inner / "articles").mkdir(parents=True)
    (inner / "articles" / "good.txt").write_text(CONTRADICTING, encoding="utf-8")
    (folder / "outside.txt").write_text(CONTRADICTING, encoding="utf-8")
    refused = read(inner, pattern, "articles/*.txt")
    status = status_of(refused, pattern)
    assert status.status == "error" and "outside" in (status.error or "")
    assert_good_one_checked(refused)
    allowed = read(inner, pattern, "articles/*.txt", allow_outside=True)
    assert [s.status for s in allowed.statuses if s.path.endswith("outside.txt")] == ["checked"]


def test_an_absolute_pattern_is_an_error_unless_allowed(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    other = tmp_path_factory.mktemp("other")
    (other / "wire.txt").write_text(AGREEING, encoding="utf-8")
    pattern = (other / "*.txt").as_posix()
    assert status_of(read(folder, pattern), pattern).status == "error"
    allowed = read(folder, pattern, allow_outside=True)
    assert [s.status for s in allowed.statuses] == ["checked"]


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_reported_printably(folder: Path) -> None:
    os.close(os.open(os.fsencode(folder / "articles") + b"/caf\xe9.txt", os.O_CREAT | os.O_WRONLY))
    corpus = read(folder, "articles/*.txt")
    status = status_of(corpus, "articles/caf\ufffd.txt")
    assert status.status == "checked"
    json.dumps([s.to_json() for s in corpus.statuses], ensure_ascii=False).encode("utf-8")  # no lone surrogates


# --- a source that changes after it was read ----------------------------------------------------------------------


def test_a_source_deleted_after_reading_is_still_checked(folder: Path, blank_pipeline: Pipeline) -> None:
    ff = facts_file(folder, "articles/*.txt")
    corpus = read_corpus(ff)  # what FactsYamlFile.collect does
    (folder / "articles" / "good.txt").unlink()
    results = check_facts(ff.facts, corpus, blank_pipeline, ff.folder)
    assert [(f.source, f.verdict) for f in results["nk-troops"].findings] == [
        ("articles/good.txt", Verdict.CONTRADICTS)
    ]


def test_a_source_deleted_after_reading_is_still_checked_by_a_fact_naming_it(
    folder: Path, blank_pipeline: Pipeline
) -> None:
    text = "sources: [articles/*.txt]\nfacts:\n" + FACT + "    sources: [articles/good.txt]\n"
    path = folder / "facts.yaml"
    ff = validate(load_yaml_text(text, path), path)
    corpus = read_corpus(ff)
    (folder / "articles" / "good.txt").unlink()
    results = check_facts(ff.facts, corpus, blank_pipeline, ff.folder)
    assert [f.source for f in results["nk-troops"].contradictions] == ["articles/good.txt"]


def test_a_source_changed_after_reading_is_checked_as_read(folder: Path, blank_pipeline: Pipeline) -> None:
    ff = facts_file(folder, "articles/*.txt")
    corpus = read_corpus(ff)
    (folder / "articles" / "good.txt").write_bytes(b"\x00\x01 now binary")
    results = check_facts(ff.facts, corpus, blank_pipeline, ff.folder)
    assert [f.found for f in results["nk-troops"].contradictions] == ["50,000"]


# --- through the plugin -------------------------------------------------------------------------------------------


PLUGIN_ARGS = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "--factcheck-model=blank:en")


@pytest.fixture
def newsroom(pytester: pytest.Pytester, preloaded: None) -> pytest.Pytester:
    """A folder whose 'articles/*' matches one good article and every kind of bad source."""
    pytester.makefile(".yaml", facts=f"sources:\n  - articles/*\nfacts:\n{FACT}")
    articles = pytester.path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text(CONTRADICTING, encoding="utf-8")
    (articles / "agreeing.md").write_text("---\ndate: 2024-11-04\n---\n" + AGREEING, encoding="utf-8")
    (articles / "windows.txt").write_bytes("Caf\u00e9 \u2013 Pyongyang sent 14,000 troops.\n".encode("cp1252"))
    (articles / "empty.txt").write_bytes(b"")
    (articles / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (articles / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (articles / "moved.txt").symlink_to(pytester.path / "gone.txt")
    (articles / "a.txt").symlink_to("b.txt")
    (articles / "b.txt").symlink_to("a.txt")
    (articles / "folder.txt").mkdir()
    (articles / "page.html").write_text("<p>Pyongyang sent 14,000 troops.</p><![foo[ x ]]>" + "<a" * 20_000)
    return pytester


EXPECTED_STATUSES = {
    "articles/a.txt": "error",
    "articles/agreeing.md": "checked",
    "articles/b.txt": "error",
    "articles/empty.txt": "checked",
    "articles/folder.txt": "error",
    "articles/good.txt": "checked",
    "articles/moved.txt": "error",
    "articles/page.html": "checked",
    "articles/photo.txt": "error",
    "articles/scan.pdf": "error",
    "articles/windows.txt": "checked",
}


def test_the_sources_item_names_each_bad_source_and_the_facts_still_run(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest(*PLUGIN_ARGS, "-rA")
    output = "\n".join(result.outlines)
    result.assert_outcomes(passed=0, failed=2)  # the fact (contradicted by good.txt) and [sources]
    assert "facts.yaml::nk-troops FAILED" in output or "FAILED facts.yaml::nk-troops" in output
    assert "articles/good.txt:3" in output
    assert "FAILED facts.yaml::[sources]" in output
    sources_report = output[output.index("these sources were not checked") : output.index("= factcheck =")]
    for name, status in EXPECTED_STATUSES.items():
        assert (name in sources_report) is (status == "error"), name


def test_the_json_report_lists_every_source_with_its_status(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*PLUGIN_ARGS, "--factcheck-json=report.json")
    report: dict[str, Any] = json.loads((newsroom.path / "report.json").read_text(encoding="utf-8"))
    listed = {entry["path"]: entry for entry in report["sources"]}
    assert {path: entry["status"] for path, entry in listed.items()} == EXPECTED_STATUSES
    assert all(entry["error"] for entry in listed.values() if entry["status"] == "error")
    assert any("read as windows-1252" in warning for warning in listed["articles/windows.txt"]["warnings"])


def test_a_source_deleted_between_collection_and_run_is_checked_as_collected(newsroom: pytest.Pytester) -> None:
    newsroom.makeconftest(
        textwrap.dedent(
            """
            from pathlib import Path

            def pytest_collection_finish(session):
                Path("articles/good.txt").unlink()
            """
        )
    )
    result = newsroom.runpytest(*PLUGIN_ARGS, "--factcheck-json=report.json")
    assert not (newsroom.path / "articles" / "good.txt").exists()
    result.assert_outcomes(passed=0, failed=2)
    assert "articles/good.txt:3" in "\n".join(result.outlines)


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_does_not_break_the_report(pytester: pytest.Pytester, preloaded: None) -> None:
    pytester.makefile(".yaml", facts=f"sources:\n  - articles/*\nfacts:\n{FACT}")
    (pytester.path / "articles").mkdir()
    os.close(os.open(os.fsencode(pytester.path / "articles") + b"/caf\xe9.pdf", os.O_CREAT | os.O_WRONLY))
    (pytester.path / "articles" / "good.txt").write_text(AGREEING, encoding="utf-8")
    result = pytester.runpytest(*PLUGIN_ARGS, "--factcheck-json=report.json")
    result.assert_outcomes(passed=1, failed=1)
    report = json.loads((pytester.path / "report.json").read_text(encoding="utf-8"))
    assert {s["path"]: s["status"] for s in report["sources"]} == {
        "articles/caf\ufffd.pdf": "error",
        "articles/good.txt": "checked",
    }
