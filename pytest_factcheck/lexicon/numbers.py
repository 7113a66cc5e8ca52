"""Numbers: scales, currencies, unit words and change words (used by pytest_factcheck.values)."""

from __future__ import annotations

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
