"""Properties that hold for any input an editor (or a broken export) can produce.

Examples are drawn by hypothesis from two kinds of strategy: structured ones
(YAML documents shaped like facts files, text built from the words and
figures the checker looks for) that reach deep into the code, and free text
that reaches the odd corners. The runs are derandomized so that CI sees the
same examples every time; set ``HYPOTHESIS_PROFILE=explore`` to draw new
ones (and more of them) when hunting bugs.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pytest_factcheck.api import read_corpus
from pytest_factcheck.checking import FactMatcher, check_document
from pytest_factcheck.errors import FactsFileError
from pytest_factcheck.loader import load_yaml_text
from pytest_factcheck.model import Finding
from pytest_factcheck.nlp import Pipeline
from pytest_factcheck.schema import FACT_KEYS, TOP_KEYS, FactsFile, validate
from pytest_factcheck.sources import parse_document
from pytest_factcheck.values import find_dates, find_quantities

#: Profiles, chosen by HYPOTHESIS_PROFILE: "dev" (the default: fast, fixed seed), "ci" (set by .ci/run:
#: the same fixed seed, five times the examples), "explore" (random seeds, ten times the examples).
SCALE = {"dev": 1, "ci": 5, "explore": 10}
for _name in SCALE:
    settings.register_profile(
        _name,
        derandomize=_name != "explore",
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "dev")
if PROFILE not in SCALE:
    raise pytest.UsageError(f"HYPOTHESIS_PROFILE={PROFILE}: use one of {', '.join(SCALE)}")


def examples(count: int) -> Any:
    """The profile's settings with ``count`` examples, scaled by the profile."""
    return settings(settings.get_profile(PROFILE), max_examples=count * SCALE[PROFILE])


PATH = Path("facts.yaml")

# --- (a) any YAML document: a FactsFile or a FactsFileError, nothing else -----------------------------------------

KEYS = st.one_of(st.sampled_from(TOP_KEYS + FACT_KEYS + ("id", "allow", "examples")), st.text(max_size=12))
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(
        ["14,000", "14,000–15,000", "$6.25 billion", "5%", "June 2024", "January 8", "2024-06-19", "troops"]
    ),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.datetimes(),
)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=25,
)
FACT_ENTRIES = st.dictionaries(st.sampled_from(FACT_KEYS), VALUES, max_size=len(FACT_KEYS)) | st.fixed_dictionaries(
    {
        "id": st.one_of(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True), SCALARS),
        "claim": st.one_of(st.text(max_size=40), SCALARS),
        "subject": st.one_of(st.lists(st.text(max_size=15), max_size=3), SCALARS),
    },
    optional={key: VALUES for key in FACT_KEYS if key not in ("id", "claim", "subject")},
)
FACTS_FILES = st.fixed_dictionaries(
    {
        "sources": st.one_of(st.lists(st.text(max_size=20), max_size=3), VALUES),
        "facts": st.lists(FACT_ENTRIES, max_size=4),
    },
    optional={"published": VALUES},
)
#: YAML syntax that breaks or bends a document when spliced into it.
YAML_NOISE = st.sampled_from(
    [": ", "- ", "\t", "&a ", "*a", "<<: *a", "!!python/object:os.system ", "!!binary ", "? ", "---\n", "...\n", "'",
     '"', "{", "[", "%YAML 1.1\n", "\ufeff", "\x00", "\x85", "\u2028", "#", "|\n", "> ", "@", "`", "\\", "\r"]
)  # fmt: skip


def dump(value: Any, flow: bool) -> str:
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=flow, sort_keys=False)


@st.composite
def yaml_texts(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["facts-file", "any-value", "spliced", "free-text"]))
    if kind == "free-text":
        return draw(st.text(max_size=200))
    value = draw(FACTS_FILES if kind != "any-value" else VALUES)
    text = dump(value, draw(st.booleans()))
    if kind == "spliced":
        at = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:at] + draw(YAML_NOISE) + text[at:]
    return text


def assert_validates_or_explains(text: str) -> None:
    try:
        result = validate(load_yaml_text(text, PATH), PATH)
    except FactsFileError as exc:
        assert exc.message.strip(), "a FactsFileError must say what is wrong"
        return
    assert isinstance(result, FactsFile)


@examples(150)
@given(yaml_texts())
@example("sources: [a.txt]\nfacts:\n  - id: x\n    claim: c\n    subject: [s]\n    quantity: 1e400\n")
@example("sources: [a.txt]\nfacts:\n  - id: x\n    claim: c\n    subject: [s]\n    date: 0001-01-01\n")
@example("sources: [a.txt]\nfacts:\n  - &a {id: x, claim: c, subject: [s], quantity: 1}\n  - *a\n")
@example("sources: [a.txt]\nfacts: [{id: x, claim: c, subject: [s], tolerance: -1, quantity: 5}]\n")
@example("[" * 10_000)
@example("a: &a [*a]\n")
def test_any_yaml_document_gives_a_facts_file_or_a_facts_file_error(text: str) -> None:
    assert_validates_or_explains(text)


# --- (b)-(d) any text: the readers and the checker never raise, and are deterministic ---------------------------

FACTS = """\
sources: [doc.txt]
facts:
  - id: nk-troops
    claim: North Korea has sent 14,000–15,000 troops to Russia.
    subject: [troops, soldiers]
    context: [North Korea, Pyongyang]
    exclude: [workers]
    quantity: 14,000–15,000
    tolerance: 5%
  - id: dell-pledge
    claim: Michael Dell pledged $6.25 billion.
    subject: [Dell]
    quantity: $6.25 billion
  - id: treaty-signed
    claim: The treaty was signed in June 2024.
    subject: [treaty, pact]
    context: [signed, signing]
    date: June 2024
  - id: kim-birthday
    claim: Kim Jong Un's birthday is January 8.
    subject: [birthday]
    date: January 8
  - id: medvedev-title
    claim: Dmitry Medvedev chairs the United Russia party.
    subject: [Medvedev]
    contradicted_by: [President of the United Russia]
"""
FRAGMENTS = st.sampled_from(
    ["troops", "soldiers", "North Korea", "Pyongyang", "workers", "Dell", "treaty", "signed", "birthday", "Kim",
     "Medvedev", "President of the United Russia", "14,000", "15,000", "around", "more than", "up to", "between",
     "and", "to", "from", "nearly", "$6.25 billion", "4.5%", "fifteen thousand", "1.2 million", "June 2024",
     "January 8", "2024-06-19", "last year", "on Monday", "the Cold War era", "19th century", "the 1990s", "said",
     "denied", "according to", "not", "killed", "wounded", "“", "”", '"', "(", ")", ",", ".", ";", ":", "–", "-",
     " ", " ", " ", "\n", "\n\n", "\t", "\x00", "\u200b", "\u00ad", "<p>", "</p>", "<!--", "-->", "<script>",
     "&amp;", "---\n", "date: 2024-11-04\n", "SEOUL, Nov. 4, 2024 — ", "١٤٠٠٠", "１４,０００", "Ⅻ", "½", "²"]
)  # fmt: skip
PROSE = st.one_of(
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=6)), max_size=40).map("".join),
    st.text(max_size=300),
)
SUFFIXES = st.sampled_from([".txt", ".md", ".html"])


@pytest.fixture(scope="module")
def matchers() -> list[FactMatcher]:
    facts_file = validate(load_yaml_text(FACTS, PATH), PATH)
    assert not facts_file.problems, facts_file.problems
    return [FactMatcher.of(fact) for fact in facts_file.facts]


def checked(text: str, suffix: str, matchers: list[FactMatcher], pipeline: Pipeline) -> list[Finding]:
    document = parse_document(text, suffix, "doc" + suffix)
    findings = check_document(matchers, document, pipeline)
    lines = text.count("\n") + text.count("\r") + 1
    for finding in findings:
        assert isinstance(finding, Finding)
        assert 1 <= finding.line <= lines
        assert finding.fact_id in {m.fact.id for m in matchers}
    return findings


@examples(50)
@given(text=PROSE, suffix=SUFFIXES)
@example(text="North Korea sent (((((14,000 troops.", suffix=".txt")
@example(text="<![foo[ the treaty was signed in June 2024 ]]>", suffix=".html")
@example(text="---\ndate: 9999-12-31\n---\nThe treaty was signed next year.", suffix=".md")
def test_any_text_is_checked_without_an_exception(
    text: str, suffix: str, matchers: list[FactMatcher], blank_pipeline: Pipeline
) -> None:
    checked(text, suffix, matchers, blank_pipeline)


@examples(30)
@given(text=PROSE, suffix=SUFFIXES)
def test_checking_is_deterministic(
    text: str, suffix: str, matchers: list[FactMatcher], blank_pipeline: Pipeline
) -> None:
    assert checked(text, suffix, matchers, blank_pipeline) == checked(text, suffix, matchers, blank_pipeline)


@examples(10)
@given(text=st.lists(FRAGMENTS, min_size=5, max_size=40).map("".join))
def test_checking_with_the_trained_pipeline_is_deterministic(
    text: str, matchers: list[FactMatcher], pipeline: Pipeline
) -> None:
    assert checked(text, ".txt", matchers, pipeline) == checked(text, ".txt", matchers, pipeline)


@examples(200)
@given(PROSE)
@example("1" * 5_000)
@example("1," * 3_000 + " one")
@example("between 5 and")
@example("from")
def test_finding_quantities_never_raises_and_points_into_the_text(text: str) -> None:
    for mention in find_quantities(text):
        assert 0 <= mention.start <= mention.end <= len(text)
        assert mention.quantity.text == text[mention.start : mention.end]
        assert mention.quantity.interval.low <= mention.quantity.interval.high


@examples(200)
@given(PROSE, st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
@example("tomorrow next year next month this week", dt.date(9999, 12, 31))
@example("yesterday last week 999 years ago in December last year January 8", dt.date(1, 1, 1))
def test_finding_dates_never_raises_and_resolves_against_any_publication_date(text: str, published: dt.date) -> None:
    previous_end = 0
    for mention in find_dates(text):
        assert previous_end <= mention.start <= mention.end <= len(text)  # sorted, not overlapping
        assert mention.text == text[mention.start : mention.end]
        previous_end = mention.end
        value = mention.value_at(published)
        assert value is None or value.start <= value.end


@examples(150)
@given(PROSE, SUFFIXES)
def test_any_text_parses_into_a_document_whose_lines_are_in_the_file(text: str, suffix: str) -> None:
    document = parse_document(text, suffix, "doc" + suffix)
    lines = text.count("\n") + text.count("\r") + 1
    prose = document.prose
    for offset in range(0, len(prose), max(1, len(prose) // 20)):
        if not prose[offset].isspace():  # HTML's block separators are not in the file: findings never start on one
            assert 1 <= document.line_at(offset) <= lines, (offset, prose[offset])


# --- (e) any source file, hostile bytes and markers included: read, or refused with a status -----------------------

MARKERS = st.sampled_from(
    ["<!-- factcheck: ignore nk-troops -- agency figure -->\n", "<!-- factcheck: ignore nk-trops -- typo -->\n",
     "# factcheck: ignore treaty-signed\n", "<!-- factcheck: ignore -->\n", "# factcheck: ignore x -- y\n"]
)  # fmt: skip
SOURCE_BYTES = st.one_of(
    st.binary(max_size=300),
    st.lists(st.one_of(PROSE, MARKERS), max_size=6).map("".join).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b""]), st.binary(max_size=100)).map(b"".join),
    PROSE.map(lambda t: t.encode("cp1252", "replace")),
)
SOURCE_FACTS = (
    "sources: ['*']\nfacts:\n  - id: nk-troops\n    claim: c\n    subject: troops, soldiers\n    quantity: 14,000\n"
)


@examples(60)
@given(data=SOURCE_BYTES, suffix=SUFFIXES)
def test_any_source_file_is_read_or_refused_with_a_status_never_an_exception(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        facts_path = Path(folder) / "facts.yaml"
        (Path(folder) / f"article{suffix}").write_bytes(data)
        facts_file = validate(load_yaml_text(SOURCE_FACTS, facts_path), facts_path)
        corpus = read_corpus(facts_file)
    [status] = [s for s in corpus.statuses if s.path == f"article{suffix}"]
    assert status.status in ("checked", "error")
    assert (status.status == "error") == bool(status.error)
    assert "report this as a bug" not in (status.error or ""), status.error
    assert all(isinstance(w, str) and w.strip() for w in status.warnings)
