"""The lexicon: every word list, synonym class and period table the readers use.

It is data, on the ground floor: it imports nothing of the project, and terms,
dates, quantities and the readers import it. Extending the checker to a new
kind of wording usually means adding a word here, not code. Each section says
which readers use it.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- reading: roles and stance
# Used by the sentence readers (which value a sentence claims of a fact, and how).

#: Words that make a count of people a count of casualties, detainees and the like.
ROLE_WORDS = frozenset(
    (
        "killed wounded injured dead died dying deaths captured missing executed detained arrested evacuated "
        "displaced deserted hurt slain hospitalized hospitalised casualties imprisoned jailed surrendered"
    ).split()
)

#: Words that deny or dispute a claim: a denied figure is not the article's claim.
DENIAL_WORDS = frozenset(
    (
        "deny denies denied denying false untrue baseless unfounded fabricated dismissed dismisses rejected "
        "rejects refuted refutes disputed disputes debunked fake"
    ).split()
)

#: Verbs of saying: the claim under them is attributed to their subject.
SAY_WORDS = frozenset(
    (
        "said says say told reported reports claimed claims estimated estimates stated states announced "
        "announces wrote added according insisted confirmed"
    ).split()
)

# --------------------------------------------------------------------------- values: numbers, units, dates
# Used by quantities and dates (number words, scales, currencies, months, weekdays, named periods).

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
ORDINAL_WORDS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
    "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
    "twenty-ninth", "thirtieth", "thirty-first",
]  # fmt: skip
ORDINAL_DAYS = {word: number for number, word in enumerate(ORDINAL_WORDS, start=1)}
DATE_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
}  # fmt: skip
WEEKDAYS = {
    name: index for index, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}

#: Named periods as (first year, last year). Extend here; keys are regular expressions.
PERIODS: dict[str, tuple[int, int]] = {
    r"cold[\s-]+war": (1947, 1991),
    r"soviet[\s-]+(?:era|times|period|days|rule)": (1922, 1991),
    r"(?:world[\s-]+war[\s-]+(?:ii|two|2)|second[\s-]+world[\s-]+war|ww\s?ii|ww2)": (1939, 1945),
    r"(?:world[\s-]+war[\s-]+(?:i|one|1)|first[\s-]+world[\s-]+war|ww\s?i|ww1|great[\s-]+war)": (1914, 1918),
    r"korean[\s-]+war": (1950, 1953),
    r"vietnam[\s-]+war": (1955, 1975),
    r"(?:first[\s-]+)?gulf[\s-]+war": (1990, 1991),
    r"iraq[\s-]+war": (2003, 2011),
    r"inter-?war[\s-]+(?:era|period|years)": (1918, 1939),
    r"great[\s-]+depression": (1929, 1939),
    r"stalin[\s-]+era": (1924, 1953),
    r"khrushchev[\s-]+era": (1953, 1964),
    r"brezhnev[\s-]+era": (1964, 1982),
    r"gorbachev[\s-]+era": (1985, 1991),
    r"yeltsin[\s-]+era": (1991, 1999),
    r"kim[\s-]+il[\s-]+sung[\s-]+era": (1948, 1994),
    r"kim[\s-]+jong[\s-]+il[\s-]+era": (1994, 2011),
    r"victorian[\s-]+era": (1837, 1901),
    r"napoleonic[\s-]+wars?": (1803, 1815),
}

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
           "trillion": 1e12, "tn": 1e12}  # fmt: skip
CURRENCY_SYMBOLS = {"$": "dollar", "us$": "dollar", "€": "euro", "£": "pound sterling", "¥": "yen", "₩": "won"}
UNIT_WORDS = {
    "%": "percentage", "percent": "percentage", "per cent": "percentage", "dollars": "dollar", "dollar": "dollar",
    "euros": "euro", "euro": "euro", "pounds": "pound sterling", "pound": "pound sterling", "yen": "yen",
    "won": "won", "roubles": "rouble", "rubles": "rouble",
    "km": "kilometre", "kilometres": "kilometre", "kilometers": "kilometre", "kilometre": "kilometre",
    "kilometer": "kilometre", "miles": "mile", "mile": "mile", "kg": "kilogram", "kilograms": "kilogram",
    "tonnes": "tonne", "tonne": "tonne", "tons": "ton", "metres": "metre", "meters": "metre",
    "square kilometres": "square kilometre", "square kilometers": "square kilometre", "sq km": "square kilometre",
    "hectares": "hectare", "barrels": "barrel",
}  # fmt: skip

SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "several": 0,
}  # fmt: skip

#: Words before a figure that make it a change rather than a level: "rose 5%", "a rise of 3 points".
CHANGE_WORDS = (
    r"rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|dropped|drops?|dropping|declined?|declin(?:es|ing)|"
    r"increased?|increas(?:es|ing)|decreased?|decreas(?:es|ing)|grew|grow(?:s|n|ing)?|jumped|jumps?|"
    r"climbed|climbs?|slipped|slips?|gained|gains?|lost|loss(?:es)?|shrank|shrinks?|surged|surges?|"
    r"plunged|plunges?|up|down|cut|added|a (?:rise|fall|drop|decline|increase|decrease|gain|loss|jump|cut) of"
)

#: Unit names as read from text (ours and quantulum3's) mapped to the canonical identifier compared:
#: ISO 4217 codes for money, pint unit names for physical units, "percent", "percentage_point".
CANONICAL_UNITS = {
    "dollar": "USD", "united states dollar": "USD", "us dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
    "yen": "JPY", "japanese yen": "JPY", "won": "KRW", "south korean won": "KRW", "rouble": "RUB",
    "russian ruble": "RUB", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY", "indian rupee": "INR",
    "rupee": "INR", "swiss franc": "CHF", "canadian dollar": "CAD", "hong kong dollar": "HKD",
    "australian dollar": "AUD", "new zealand dollar": "NZD", "singapore dollar": "SGD",
    "percentage": "percent", "percent": "percent", "%": "percent",
    "percentage point": "percentage_point", "percentage points": "percentage_point",
    "kilometre": "kilometer", "kilometer": "kilometer", "km": "kilometer", "mile": "mile", "metre": "meter",
    "meter": "meter", "m": "meter", "foot": "foot", "feet": "foot", "kilogram": "kilogram", "kg": "kilogram",
    "tonne": "metric_ton", "metric ton": "metric_ton", "ton": "ton", "short ton": "ton",
    "pound-mass": "pound", "pound weight": "pound", "square kilometre": "square_kilometer",
    "square kilometer": "square_kilometer", "square mile": "square_mile", "hectare": "hectare", "acre": "acre",
    "barrel": "oil_barrel",
}  # fmt: skip

#: Physical units as (dimension, size in the dimension's base unit); ISO codes and percentages are absent
#: on purpose: they never convert.
UNIT_SIZES = {
    "meter": ("length", 1.0), "kilometer": ("length", 1000.0), "mile": ("length", 1609.344),
    "foot": ("length", 0.3048), "kilogram": ("mass", 1.0), "metric_ton": ("mass", 1000.0),
    "ton": ("mass", 907.18474), "pound": ("mass", 0.45359237), "square_kilometer": ("area", 1e6),
    "square_mile": ("area", 2589988.110336), "hectare": ("area", 1e4), "acre": ("area", 4046.8564224),
    "oil_barrel": ("volume", 0.158987294928),
}  # fmt: skip

#: ISO 4217 codes: a currency compares only with itself.
CURRENCY_CODES = frozenset("USD EUR GBP JPY KRW RUB CNY INR CHF CAD HKD AUD NZD SGD".split())
