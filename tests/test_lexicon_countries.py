"""The countries lexicon: every country found by name, short form, demonym or capital, and the
words that are also common words or names not taken for a country.

Sentences written for these tests. A place found names the country whose figure a value is; a
word taken for a country by mistake ("Michael Jordan", "a turkey dinner") would wrongly make a
figure another country's.
"""

from __future__ import annotations

import pytest

from pytest_factcheck.api import check_text
from pytest_factcheck.lexicon.countries import COUNTRIES, NAME_ALIASES, NOT_COUNTRY_AFTER, NOT_COUNTRY_BEFORE
from pytest_factcheck.lexicon.reading import COUNTRIES as READING_COUNTRIES
from pytest_factcheck.nlp import Pipeline
from pytest_factcheck.reading.lexical import places_in, places_of
from tests.test_frames import fact


def found(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], name) for start, end, name in places_in(text)]


FOUND = [
    ("Fiji said 44 people died.", [("Fiji", "fiji")]),
    ("Vanuatu's prime minister spoke.", [("Vanuatu", "vanuatu")]),
    ("In Oman, where the storm struck, 21 died.", [("Oman", "oman")]),
    ("Bahrain and Qatar signed the deal.", [("Bahrain", "bahrain"), ("Qatar", "qatar")]),
    ("Floods in Sri Lanka killed 12.", [("Sri Lanka", "sri lanka")]),
    ("Nepal's army rescued 40.", [("Nepal", "nepal")]),
    ("The DRC said 30 died.", [("DRC", "dr congo")]),
    ("Fighting in the Democratic Republic of Congo spread.", [("Democratic Republic of Congo", "dr congo")]),
    ("Brazzaville sent aid.", [("Brazzaville", "republic of the congo")]),
    ("Papua New Guinea and Guinea-Bissau voted.", [("Papua New Guinea", "papua new guinea"),
                                                   ("Guinea-Bissau", "guinea-bissau")]),
    ("Equatorial Guinea and Guinea met.", [("Equatorial Guinea", "equatorial guinea"), ("Guinea", "guinea")]),
    ("South Sudan and Sudan agreed.", [("South Sudan", "south sudan"), ("Sudan", "sudan")]),
    ("Côte d’Ivoire and Ivory Coast are one.", [("Côte d’Ivoire", "ivory coast"), ("Ivory Coast", "ivory coast")]),
    ("Taiwan, Kosovo and Hong Kong", [("Taiwan", "taiwan"), ("Kosovo", "kosovo"), ("Hong Kong", "hong kong")]),
    ("Macau, Greenland, Puerto Rico", [("Macau", "macau"), ("Greenland", "greenland"), ("Puerto Rico", "puerto rico")]),
    ("Sahrawi refugees in Western Sahara", [("Sahrawi", "western sahara"), ("Western Sahara", "western sahara")]),
    ("the UAE", [("UAE", "united arab emirates")]),
    ("In Northern Ireland, 3 were hurt.", [("Northern Ireland", "united kingdom")]),
    ("In Jordan, 20 died.", [("Jordan", "jordan")]),
    ("Jordan's King Abdullah visited.", [("Jordan", "jordan")]),
    ("Neighbouring Chad took in 600,000 refugees.", [("Chad", "chad")]),
    ("Chad President Mahamat Deby spoke.", [("Chad", "chad")]),
    ("The Lao PDR and the Danes", [("Lao", "laos"), ("Danes", "denmark")]),
    ("Turkey said 50,000 died.", [("Turkey", "turkey")]),
    ("Polish officials said five died.", [("Polish", "poland")]),
    ("Tbilisi, Georgia", [("Tbilisi", "georgia"), ("Georgia", "georgia")]),
    ("Santiago, the capital, was calm.", [("Santiago", "chile")]),
    ("The port of Santiago de Cuba", [("Cuba", "cuba")]),  # Cuba's, not Chile's
    ("Jordan Floods Kill Twenty In Valley Town", [("Jordan", "jordan")]),  # Title Case: no name read
]  # fmt: skip

DEMONYMS_AND_CAPITALS = [
    ("Filipino", "philippines"),
    ("Filipinos", "philippines"),
    ("Fijians", "fiji"),
    ("Ni-Vanuatu", "vanuatu"),
    ("Omani", "oman"),
    ("Omanis", "oman"),
    ("Bahrainis", "bahrain"),
    ("Nepalese", "nepal"),
    ("Sri Lankans", "sri lanka"),
    ("Congolese", "dr congo"),
    ("Ivorians", "ivory coast"),
    ("Swiss", "switzerland"),
    ("Thais", "thailand"),
    ("Dutch", "netherlands"),
    ("Finns", "finland"),
    ("Spaniards", "spain"),
    ("Kyrgyz", "kyrgyzstan"),
    ("Malagasy", "madagascar"),
    ("Port Vila", "vanuatu"),
    ("Suva", "fiji"),
    ("Muscat", "oman"),
    ("Manama", "bahrain"),
    ("Colombo", "sri lanka"),
    ("Malé", "maldives"),
    ("Valletta", "malta"),
    ("Lima", "peru"),
    ("N’Djamena", "chad"),
    ("Nuku'alofa", "tonga"),
    ("Bogotá", "colombia"),
    ("Ulaanbaatar", "mongolia"),
    ("Nuuk", "greenland"),
    ("San Juan", "puerto rico"),
]

NOT_FOUND = [
    "Michael Jordan scored 40 points.",
    "Jordan Peterson spoke.",
    "Chad Smith said he would stay.",
    "He had a turkey dinner.",
    "Turkey dinners cost more this year.",
    "Polish the car before the show.",
    "She had to polish the car.",
    "Guinea pigs were tested.",
    "Swiss cheese and Dutch ovens.",
    "The fine china was broken.",
    "Floods in New Mexico and New England.",
    "New South Wales and British Columbia",
    "Georgia's governor signed the bill.",
    "Atlanta, Georgia",
    "Georgia Tech won.",
    "Latin American leaders met.",
    "Indian Ocean islands",
    "the Gulf of Mexico",
    "Sofia Coppola directed it.",
    "Dane Cook joked.",
    "Santiago de Compostela",
    "Young Turks and Turks and Caicos",
    "let us go",
    "The Drc was misspelt.",
    "She lives in Male, Victoria, or Kingston.",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_countries_are_found_by_name_and_short_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("word", "country"), DEMONYMS_AND_CAPITALS)
def test_demonyms_and_capitals_map_to_their_country(word: str, country: str) -> None:
    assert places_of(f"Officials said {word} figures were wrong.") == {country}


@pytest.mark.parametrize("text", NOT_FOUND)
def test_common_words_and_names_are_not_countries(text: str) -> None:
    assert found(text) == []


def test_every_un_member_and_the_listed_territories_are_known() -> None:
    territories = {"taiwan", "kosovo", "palestine", "hong kong", "macau", "greenland", "puerto rico", "western sahara"}
    assert territories <= set(COUNTRIES)
    assert len(set(COUNTRIES) - territories - {"holy see"}) == 193


def test_every_country_is_found_by_its_own_name() -> None:
    """Each canonical name (capitalised) finds its own country, so no alias of one country hides another."""
    for name, aliases in COUNTRIES.items():
        for alias in aliases:
            written = alias.upper() if len(alias) <= 4 and "." not in alias else alias.title()
            assert places_of(f"Officials in {written} said it.") == {name}, alias


def test_the_lexicon_is_one_table() -> None:
    assert READING_COUNTRIES is COUNTRIES
    aliases = [alias for names in COUNTRIES.values() for alias in names]
    assert len(aliases) == len(set(aliases)), "an alias names two countries"
    known = set(aliases)
    assert set(NAME_ALIASES) | set(NOT_COUNTRY_AFTER) | set(NOT_COUNTRY_BEFORE) <= known


CYCLONE = fact(
    """
    - id: winston-fiji
      claim: Cyclone Winston killed 44 people in Fiji.
      subject: [Cyclone Winston, cyclone]
      quantity: 44
    """
)

END_TO_END = [
    ("In Vanuatu, Cyclone Winston killed 11 people.", "unverifiable", "other-participant"),
    ("In Fiji, Cyclone Winston killed 11 people.", "contradicts", None),
]


@pytest.mark.parametrize(("text", "verdict", "code"), END_TO_END)
def test_a_figure_said_of_vanuatu_is_not_compared_with_fijis(
    text: str, verdict: str, code: str | None, pipeline: Pipeline
) -> None:
    findings = check_text(text, [CYCLONE], pipeline=pipeline)
    assert findings, "the sentence must be read as about the fact"
    assert {f.verdict.value for f in findings} == {verdict}, findings
    if code is not None:
        assert {f.reason_code for f in findings} == {code}, findings
