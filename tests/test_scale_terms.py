"""Archive scale: a term's inflections come from the project's own rules (no 2 s import of
``inflect`` on every run that reads a source), and a fact's matcher is built only when a text
mentions its subject, so the cost follows the mentions, not the length of the facts file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pytest_factcheck.checking import FactMatcher
from pytest_factcheck.inflection import plural, present_participle, singular
from pytest_factcheck.model import Fact
from pytest_factcheck.nlp import Pipeline
from pytest_factcheck.reading.matcher import read_frames
from pytest_factcheck.scan import LazyMatchers, Scanner
from pytest_factcheck.schema import read_facts_file
from pytest_factcheck.sources import parse_document
from pytest_factcheck.terms import TermIndex, TermSet, index_keys

ROOT = Path(__file__).resolve().parent.parent

PLURALS = [
    ("troop", "troops"),
    ("treaty", "treaties"),
    ("day", "days"),
    ("church", "churches"),
    ("loss", "losses"),
    ("tax", "taxes"),
    ("bus", "buses"),
    ("wolf", "wolves"),
    ("knife", "knives"),
    ("child", "children"),
    ("person", "people"),
    ("woman", "women"),
    ("chairman", "chairmen"),
    ("german", "germans"),
    ("crisis", "crises"),
    ("criterion", "criteria"),
    ("hero", "heroes"),
    ("filipino", "filipinos"),
    ("czech", "czechs"),
    ("sheep", "sheep"),
]


@pytest.mark.parametrize(("one", "many"), PLURALS, ids=[one for one, _ in PLURALS])
def test_plural_and_singular_undo_each_other(one: str, many: str) -> None:
    assert plural(one) == many
    assert singular(many) == (None if one == many else one)


@pytest.mark.parametrize(
    "word",
    ["troop", "crisis", "bus", "loss", "news", "series", "this", "yemen", "previous", "iris"],
)
def test_a_singular_word_is_not_read_as_a_plural(word: str) -> None:
    assert singular(word) is None


@pytest.mark.parametrize(
    ("plural_word", "one"),
    [("iraqis", "iraqi"), ("ties", "tie"), ("stories", "story"), ("cases", "case"), ("moves", "move")],
)
def test_plural_endings_that_look_alike(plural_word: str, one: str) -> None:
    assert singular(plural_word) == one


@pytest.mark.parametrize(
    ("base", "participle"),
    [
        ("make", "making"),
        ("plan", "planning"),
        ("die", "dying"),
        ("agree", "agreeing"),
        ("strike", "striking"),
        ("open", "opening"),
        ("deport", "deporting"),
        ("panic", "panicking"),
        ("visit", "visiting"),
        ("admit", "admitting"),
    ],
)
def test_present_participles(base: str, participle: str) -> None:
    assert present_participle(base) == participle


def test_a_cold_check_does_not_import_inflect(tmp_path: Path) -> None:
    (tmp_path / "facts.yaml").write_text(
        "sources: [a.txt]\nfacts:\n  - id: f\n    claim: 15,000 troops were sent.\n    subject: [troop]\n"
        "    quantity: 15000\n",
        encoding="utf-8",
    )
    code = (
        "import sys\n"
        "from pytest_factcheck.api import check_text\n"
        "findings = check_text('Officials said 16,000 troops were sent.', 'facts.yaml', model='blank:en')\n"
        "print(len(findings), 'inflect' in sys.modules)\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert output.stdout.split() == ["1", "False"]


def _seed_facts() -> list[Fact]:
    return list(read_facts_file(ROOT / "facts.yaml").facts)


def test_the_index_subjects_are_the_matchers_own() -> None:
    """The lazy index must find exactly what each fact's own matcher would: same subject terms."""
    facts = _seed_facts()
    lazy = LazyMatchers(facts)
    assert [s.terms for s in lazy.subjects] == [FactMatcher.of(f).subject.terms for f in facts]


def test_only_the_mentioned_facts_matchers_are_built_and_findings_are_unchanged(pipeline: Pipeline) -> None:
    facts = _seed_facts()
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))[:1])
    document = parse_document(text, ".txt", "seed.txt")
    lazy = LazyMatchers(facts)
    found = Scanner(lazy, pipeline).check(document)
    eager = Scanner([FactMatcher.of(f) for f in facts], pipeline).check(document)
    assert found == eager and found
    mentioned = {f.fact_id for f in found}
    built = {lazy[i].fact.id for i in lazy._built}
    assert mentioned <= built < {f.id for f in facts}


INDEXED = [
    ("Port of Dorosquilz", "Ships left the port of Dorosquilz at dawn.", True),
    ("Port of Dorosquilz", "Ships left the port at dawn.", False),
    ("Port of Dorosquilz", "The Port-of-Dorosquilz authority said so.", True),
    ("turnout in Mumarquilc", "Turnout in Mumarquilc's north was low.", True),
    ("turnout in Mumarquilc", "Turnout in the province was low.", False),
    ("aid package", "Two aid packages were approved.", True),
    ("aid package", "Aid was approved.", False),
    ("treaty", "The treaties were signed.", True),
    ("defence", "Defense ministers met.", True),
    ("Côte d'Ivoire", "Troops from Côte d'Ivoire arrived.", True),
    ("U.S.", "The U.S. sent aid.", True),
    ("Kim Jong Un", "KIM JONG UN spoke.", True),
    ("$5", "It cost $5 each.", True),
]


@pytest.mark.parametrize(("term", "text", "mentioned"), INDEXED, ids=[f"{t}: {x}" for t, x, _ in INDEXED])
def test_the_term_index_names_every_set_that_matches_and_not_a_set_sharing_a_common_word(
    term: str, text: str, mentioned: bool
) -> None:
    terms = TermSet.of([term])
    index = TermIndex.of([TermSet.of(["unrelated words"]), terms])
    assert terms.search(text) is mentioned
    assert (1 in index.candidates(text)) is (mentioned or index_keys(term) is None)


@pytest.mark.parametrize("model", ["trained", "blank"])
def test_claim_frames_read_in_one_batch_are_the_frames_read_one_by_one(
    model: str, pipeline: Pipeline, blank_pipeline: Pipeline
) -> None:
    chosen = pipeline if model == "trained" else blank_pipeline
    facts = [*read_facts_file(ROOT / "facts.yaml").facts, *read_facts_file(ROOT / "evaluation" / "facts.yaml").facts]
    one_by_one = [FactMatcher.of(f).frame(chosen.nlp, chosen.has_parser, chosen.name) for f in facts]
    matchers = [FactMatcher.of(f) for f in facts]
    read_frames(matchers, chosen.nlp, chosen.has_parser, chosen.name)
    batched = [m.frame(None, chosen.has_parser, chosen.name) for m in matchers]  # read: no pipeline needed
    assert batched == one_by_one
    assert any(frame.parsed for frame in batched) is chosen.has_parser
