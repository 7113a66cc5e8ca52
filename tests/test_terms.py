"""Matching an editor's subject, context and exclude words in text.

An editor writes `subject: [troop]` and expects "troops" to count; writes
"North Korea" and expects the line-wrapped "North\\nKorea" to count, but not
"South Korea" or a word that merely starts with the same letters.
"""

from __future__ import annotations

import re

import pytest

from pytest_factcheck.terms import TermSet, term_pattern, word_forms

MATCHES = [
    # inflection: singular and plural either way
    ("troop", "Pyongyang sent 15,000 troops."),
    ("troops", "A troop carrier arrived."),
    ("treaty", "Both treaties were signed."),
    ("treaties", "The treaty was signed."),
    ("soldier", "Soldiers arrived in Kursk."),
    ("child", "Accounts for children."),
    ("person", "Some 266 people landed."),
    ("migrants", "One migrant spoke."),
    ("wolf", "Wolves were seen."),
    # case, possessive, separators
    ("Pyongyang", "PYONGYANG said so."),
    ("North Korea", "North Korea's troops."),
    ("North Korea", "North Korea’s troops."),
    ("troops", "The troops’ return."),
    ("North Korea", "North-Korea relations."),
    ("North Korea", "North  Korea sent troops."),
    ("North Korea", "Officials in North\nKorea said."),
    ("Kim Jong Un", "Kim Jong-un wrote."),
    ("Kim Jong-un", "Kim Jong Un wrote."),
    ("Kim Jong-un", "Kim Jong‑un wrote (non-breaking hyphen)."),
    ("North Korean", "Several North Koreans spoke."),
    ("DPRK", "The DPRK-Russia treaty."),
    ("Pyongyang", "A Pyongyang-based source."),
    ("U.S.", "The U.S.-Russia talks."),
]


@pytest.mark.parametrize(("term", "text"), MATCHES, ids=[f"{t} in {x!r}" for t, x in MATCHES])
def test_a_term_matches_its_inflections_and_spellings(term: str, text: str) -> None:
    assert TermSet.of([term]).search(text)


MISSES = [
    ("troop", "A trooper arrived."),
    ("troop", "The troopship sailed."),
    ("troop", "The Stroop test."),
    ("North Korea", "South Korea protested."),
    ("North Korea", "NorthKorea.com reported."),
    ("North Korea", "North Korean officials spoke."),
    ("Kim", "Kimchi exports rose."),
    ("Dell", "Dellwood residents voted."),
    ("treaty", "Entreaty was made."),
]


@pytest.mark.parametrize(("term", "text"), MISSES, ids=[f"{t} in {x!r}" for t, x in MISSES])
def test_a_term_matches_whole_words_only(term: str, text: str) -> None:
    assert not TermSet.of([term]).search(text)


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("troop", {"troop", "troops"}),
        ("Troops", {"troop", "troops"}),
        ("treaty", {"treaty", "treaties"}),
        ("people", {"people", "person"}),
        ("child", {"child", "children"}),
    ],
    ids=["troop", "Troops", "treaty", "people", "child"],
)
def test_word_forms_include_singular_and_plural_lowercased(word: str, forms: set[str]) -> None:
    assert forms <= set(word_forms(word))
    assert all(form == form.lower() for form in word_forms(word))


@pytest.mark.parametrize("word", ["US", "is", "2024", "C++"], ids=["short word", "two letters", "digits", "symbols"])
def test_short_words_digits_and_symbols_are_not_inflected(word: str) -> None:
    assert word_forms(word) == (word.lower(),)


def test_only_the_last_word_of_a_phrase_is_inflected() -> None:
    terms = TermSet.of(["mutual defence treaty"])
    assert terms.search("two mutual defence treaties")
    assert not terms.search("two mutuals defence treaty")


def test_spans_are_the_offsets_of_every_mention() -> None:
    text = "Troops left; more troops came; the troop count rose."
    assert TermSet.of(["troop"]).spans(text) == [(0, 6), (18, 24), (35, 40)]


def test_a_possessive_is_part_of_the_span() -> None:
    assert TermSet.of(["North Korea"]).spans("North Korea's army") == [(0, 13)]


def test_search_and_spans_respect_bounds() -> None:
    text = "troops here, none there"
    terms = TermSet.of(["troops"])
    assert terms.search(text, 0, 6)
    assert not terms.search(text, 7)
    assert terms.spans(text, 7) == []


def test_the_longer_of_two_overlapping_terms_wins() -> None:
    terms = TermSet.of(["Kim", "Kim Jong Un"])
    assert terms.spans("Kim Jong Un wrote.") == [(0, 11)]


def test_terms_are_literal_text_not_regular_expressions() -> None:
    terms = TermSet.of(["C++", "a.b"])
    assert terms.search("written in C++ today")
    assert not terms.search("axb")


@pytest.mark.parametrize("terms", [[], [""], ["  "]], ids=["none", "empty", "blank"])
def test_an_empty_term_set_is_false_and_matches_nothing(terms: list[str]) -> None:
    term_set = TermSet.of(terms)
    assert not term_set
    assert not term_set.search("anything at all")
    assert term_set.spans("anything") == []


@pytest.mark.parametrize("text", ["", "x", "anything at all"])
def test_a_blank_term_pattern_matches_nothing(text: str) -> None:
    assert re.search(term_pattern("   "), text) is None
