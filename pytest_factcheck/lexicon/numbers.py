"""Numbers: scales, number words, currencies, unit words, hedges and change words (used by pytest_factcheck.values).

Unit names are the names a reader gives a figure ("dollar", "kilometre", "pound sterling"); CANONICAL_UNITS
brings each to the identifier compared: an ISO 4217 code for money, a pint unit expression for a physical
unit, ``percent`` or ``percentage_point``.
"""

from __future__ import annotations

SCALES = {"hundred": 100, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
          "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "tr": 1e12, "trn": 1e12,
          "tln": 1e12, "lakh": 1e5, "crore": 1e7, "dozen": 12, "dozens": 12, "doz": 12, "dozs": 12, "dz": 12,
          "dzs": 12, "mil": 1e6, "mm": 1e6}  # fmt: skip
#: Scale abbreviations that mean a scale only after a currency ("$5m", "£2b"); "5 m" is five metres.
MONEY_ONLY_SCALES = frozenset({"m", "b"})
#: Scale marks that are a scale only in capitals: "US$ 1MM" is a million, "10mm" ten millimetres.
CAPITAL_ONLY_SCALES = frozenset({"mm"})

#: Currency marks written before the figure ("C$300 million", "USD 200 million", "€5"), longest first
#: when matched; each to the name the figure is given.
CURRENCY_PREFIXES = {
    "US$": "dollar", "USD": "dollar", "$": "dollar", "C$": "canadian dollar", "CA$": "canadian dollar",
    "CAD": "canadian dollar", "HK$": "hong kong dollar", "HKD": "hong kong dollar", "A$": "australian dollar",
    "AU$": "australian dollar", "AUD": "australian dollar", "NZ$": "new zealand dollar",
    "NZD": "new zealand dollar", "S$": "singapore dollar", "SGD": "singapore dollar", "NT$": "new taiwan dollar",
    "TWD": "new taiwan dollar", "R$": "brazilian real", "BRL": "brazilian real", "MX$": "mexican peso",
    "MXN": "mexican peso", "€": "euro", "EUR": "euro", "£": "pound sterling", "GBP": "pound sterling",
    "¥": "yen", "JPY": "yen", "CN¥": "yuan", "CNY": "yuan", "RMB": "yuan", "₩": "won", "KRW": "won",
    "₹": "indian rupee", "Rs": "indian rupee", "Rs.": "indian rupee", "INR": "indian rupee", "₽": "rouble",
    "RUB": "rouble", "CHF": "swiss franc", "SFr": "swiss franc", "₺": "turkish lira", "TRY": "turkish lira",
    "₴": "hryvnia", "UAH": "hryvnia", "zł": "zloty", "PLN": "zloty", "SEK": "swedish krona",
    "NOK": "norwegian krone", "DKK": "danish krone", "ZAR": "rand", "₪": "shekel", "ILS": "shekel",
    "USD$": "dollar", "CAD$": "canadian dollar", "AUD$": "australian dollar", "NZD$": "new zealand dollar",
    "HKD$": "hong kong dollar", "SGD$": "singapore dollar", "MXN$": "mexican peso", "Mex$": "mexican peso",
    "₡": "costa rican colon", "₾": "georgian lari", "₭": "lao kip", "₦": "naira", "NGN": "naira",
}  # fmt: skip
#: Letters that may stand before "$" with a space between, as tokenised copy writes them ("C $ 300");
#: not "A" nor "S", which are words ("A $5 fine").
SPACED_DOLLAR_PREFIXES = ("US", "C", "HK", "NZ", "NT")
#: Characters that make a currency mark a symbol, matched in any case ("c$", "C$"); marks without one
#: (ISO codes, "Rs") are matched only as written, so that "TRY 5" is money and "try 5" is not.
CURRENCY_SYMBOL_CHARACTERS = "$€£¥₩₹₽₺₴₪₡₾₭₦元"

#: Currency words written after the figure ("10 euros", "5 yuan", "420 million Swiss francs").
CURRENCY_WORDS = {
    "us dollars": "dollar", "u.s. dollars": "dollar", "dollars": "dollar", "dollar": "dollar",
    "canadian dollars": "canadian dollar", "hong kong dollars": "hong kong dollar",
    "australian dollars": "australian dollar", "new zealand dollars": "new zealand dollar",
    "singapore dollars": "singapore dollar", "euros": "euro", "euro": "euro", "pounds sterling": "pound sterling",
    "pound sterling": "pound sterling", "sterling": "pound sterling", "yen": "yen", "yuan": "yuan",
    "renminbi": "yuan", "won": "won", "roubles": "rouble", "rubles": "rouble", "rouble": "rouble",
    "ruble": "rouble", "rupees": "indian rupee", "rupee": "indian rupee", "swiss francs": "swiss franc",
    "francs": "swiss franc", "franc": "swiss franc", "lira": "turkish lira", "hryvnias": "hryvnia",
    "hryvnia": "hryvnia", "zlotys": "zloty", "zloty": "zloty", "shekels": "shekel", "rand": "rand",
    "usd": "dollar", "eur": "euro", "gbp": "pound sterling", "jpy": "yen", "cny": "yuan", "chf": "swiss franc",
    "€": "euro", "$": "dollar", "£": "pound sterling",
    "us dollar": "dollar", "u.s. dollar": "dollar", "american dollars": "dollar", "canadian dollar": "canadian dollar",
    "hong kong dollar": "hong kong dollar", "australian dollar": "australian dollar",
    "new zealand dollar": "new zealand dollar", "singapore dollar": "singapore dollar", "bucks": "dollar",
    "chinese yuan": "yuan", "rmb": "yuan", "元": "yuan", "japanese yen": "yen", "south korean won": "won",
    "turkish lira": "turkish lira", "liras": "turkish lira", "indian rupees": "indian rupee",
    "indian rupee": "indian rupee", "mexican pesos": "mexican peso", "mexican peso": "mexican peso",
    "brazilian reais": "brazilian real", "reais": "brazilian real", "russian roubles": "rouble",
    "russian rubles": "rouble", "swiss franc": "swiss franc", "swedish kronor": "swedish krona",
    "norwegian kroner": "norwegian krone", "danish kroner": "danish krone", "naira": "naira",
    "cad": "canadian dollar", "aud": "australian dollar", "hkd": "hong kong dollar", "nzd": "new zealand dollar",
    "inr": "indian rupee", "mxn": "mexican peso", "krw": "won",
    "₡": "costa rican colon", "₾": "georgian lari", "₭": "lao kip", "₹": "indian rupee", "¥": "yen",
    "ரூ": "sri lankan rupee", "sri lankan rupees": "sri lankan rupee",
}  # fmt: skip
#: Currency words read as one unit after "a": "costs a dollar", "not a penny more" ("a pound" may be weight).
A_CURRENCY_WORDS = ("dollar", "euro", "penny", "cent", "dime", "yen", "rupee", "franc", "yuan", "rouble", "ruble")
#: Currency words that are also common verbs: money after a written number only with a scale ("two billion
#: won"), never alone ("Three won medals", "Which one won?"); after digits they are money ("5,000 won").
VERB_CURRENCY_WORDS = frozenset({"won"})
#: Hundredths written after the figure, as (the currency, the factor): "50 cents" is $0.50.
CURRENCY_FRACTIONS = {"cents": ("dollar", 0.01), "cent": ("dollar", 0.01), "pence": ("pound sterling", 0.01),
                      "p": ("pound sterling", 0.01), "euro cents": ("euro", 0.01), "penny": ("pound sterling", 0.01),
                      "pennies": ("pound sterling", 0.01), "dimes": ("dollar", 0.1), "dime": ("dollar", 0.1),
                      "musd": ("dollar", 1e6), "meur": ("euro", 1e6), "mgbp": ("pound sterling", 1e6),
                      "mchf": ("swiss franc", 1e6), "maud": ("australian dollar", 1e6)}  # fmt: skip
#: Hundredths that may follow a whole amount of their currency and add to it ("3 dollars 50 cents").
CENTS_AFTER = r"[ \u00a0]+(?:and[ \u00a0]+)?"

#: "pounds" after a figure is weight when one of these follows or precedes it ("25 pounds of rice",
#: "weighed 25 pounds", "a 25-pound bag"); else it is money.
POUND_WEIGHT_AFTER = r"(?:-|\s+of\b|\s+(?:heavier|lighter|overweight)\b)"
POUND_WEIGHT_BEFORE = (
    r"\b(?:weigh\w*|heav\w*|lift\w*|gain\w*|lost|lose|losing|shed\w*|drop|dropp\w+|tip\w* the scales at)"
    r"\s+(?:\w+\s+){0,2}$"
)

#: Units read as a multiple of another: "50 basis points" is 0.5 percentage point.
UNIT_FACTORS: dict[str, tuple[str, float]] = {"basis point": ("percentage point", 0.01)}

#: Physical units written after a figure, each to the name the figure is given. "pounds" is not here:
#: it is money or weight by context (POUND_WEIGHT_*).
UNIT_WORDS = {
    "%": "percentage", "percent": "percentage", "per cent": "percentage", "pct": "percentage",
    "percentage": "percentage", "percents": "percentage",
    "percentage points": "percentage point", "percentage point": "percentage point",
    "pp": "percentage point", "ppt": "percentage point", "ppts": "percentage point",
    "basis points": "basis point", "basis point": "basis point", "basis-point": "basis point",
    "bps": "basis point",
    "km": "kilometre", "kms": "kilometre", "kilometres": "kilometre", "kilometers": "kilometre",
    "kilometre": "kilometre", "kilometer": "kilometre", "miles": "mile", "mile": "mile", "mi": "mile",
    "m": "metre", "metres": "metre", "meters": "metre", "metre": "metre", "meter": "metre",
    "cm": "centimetre", "centimetres": "centimetre", "centimeters": "centimetre", "centimetre": "centimetre",
    "centimeter": "centimetre", "mm": "millimetre", "millimetres": "millimetre", "millimeters": "millimetre",
    "millimetre": "millimetre", "millimeter": "millimetre", "feet": "foot", "foot": "foot", "ft": "foot",
    "inches": "inch", "inch": "inch", "yards": "yard", "yard": "yard", "nautical miles": "nautical mile",
    "nautical mile": "nautical mile",
    "km²": "square kilometre", "km2": "square kilometre", "sq km": "square kilometre",
    "square kilometres": "square kilometre", "square kilometers": "square kilometre",
    "square kilometre": "square kilometre", "square kilometer": "square kilometre", "sq mi": "square mile",
    "square miles": "square mile", "square mile": "square mile", "m²": "square metre", "m2": "square metre",
    "sq m": "square metre", "square metres": "square metre", "square meters": "square metre",
    "square metre": "square metre", "square meter": "square metre", "square feet": "square foot",
    "sq ft": "square foot", "square foot": "square foot", "hectares": "hectare", "hectare": "hectare",
    "ha": "hectare", "acres": "acre", "acre": "acre",
    "kg": "kilogram", "kgs": "kilogram", "kilograms": "kilogram", "kilogram": "kilogram", "kilos": "kilogram",
    "kilo": "kilogram", "g": "gram", "grams": "gram", "gram": "gram", "tonnes": "tonne", "tonne": "tonne",
    "metric tons": "tonne", "metric ton": "tonne", "metric tonnes": "tonne", "t": "tonne",
    "short tons": "short ton", "short ton": "short ton", "tons": "ton", "ton": "ton", "long tons": "long ton",
    "long ton": "long ton", "lbs": "pound-mass", "lb": "pound-mass", "ounces": "ounce", "ounce": "ounce",
    "oz": "ounce",
    "litres": "litre", "liters": "litre", "litre": "litre", "liter": "litre", "l": "litre",
    "gallons": "gallon", "gallon": "gallon", "barrels": "barrel", "barrel": "barrel", "bbl": "barrel",
    "cubic metres": "cubic metre", "cubic meters": "cubic metre", "m³": "cubic metre", "cubic feet": "cubic foot",
    "km/h": "kilometre per hour", "kph": "kilometre per hour", "kilometres per hour": "kilometre per hour",
    "kilometers per hour": "kilometre per hour", "mph": "mile per hour", "miles per hour": "mile per hour",
    "°c": "degree Celsius", "ºc": "degree Celsius", "degrees celsius": "degree Celsius",
    "degrees c": "degree Celsius", "°f": "degree Fahrenheit", "ºf": "degree Fahrenheit",
    "degrees fahrenheit": "degree Fahrenheit", "degrees f": "degree Fahrenheit",
    "degree celsius": "degree Celsius", "degree fahrenheit": "degree Fahrenheit", "celsius": "degree Celsius",
    "centigrade": "degree Celsius", "degrees centigrade": "degree Celsius", "fahrenheit": "degree Fahrenheit",
    "deg c": "degree Celsius", "deg celsius": "degree Celsius", "deg f": "degree Fahrenheit",
    "deg fahrenheit": "degree Fahrenheit", "° celsius": "degree Celsius", "° fahrenheit": "degree Fahrenheit",
    "°celsius": "degree Celsius", "°fahrenheit": "degree Fahrenheit", "celcius": "degree Celsius",
    "degrees celcius": "degree Celsius", "farenheit": "degree Fahrenheit", "degrees farenheit": "degree Fahrenheit",
    "kelvin": "kelvin", "c": "degree Celsius", "f": "degree Fahrenheit",
    "ml": "millilitre", "millilitres": "millilitre", "milliliters": "millilitre", "millilitre": "millilitre",
    "milliliter": "millilitre", "cl": "centilitre", "centilitres": "centilitre", "centiliters": "centilitre",
    "mg": "milligram", "milligrams": "milligram", "milligram": "milligram", "milligrammes": "milligram",
    "μg": "microgram", "µg": "microgram", "mcg": "microgram", "micrograms": "microgram", "microgram": "microgram",
    "microgrammes": "microgram", "in": "inch", "sq miles": "square mile", "sq mile": "square mile",
    "sq metres": "square metre", "sq meters": "square metre", "sq feet": "square foot", "sq. ft.": "square foot",
    "sq. ft": "square foot", "sq yards": "square yard", "square yards": "square yard", "square inches": "square inch",
    "cubic yards": "cubic yard", "cubic kilometres": "cubic kilometre", "cubic kilometers": "cubic kilometre",
    "km/hr": "kilometre per hour", "mi/h": "mile per hour", "knots": "knot", "knot": "knot",
    "metres per second": "metre per second", "meters per second": "metre per second", "m/s": "metre per second",
    "kilometres an hour": "kilometre per hour", "kilometers an hour": "kilometre per hour",
    "miles an hour": "mile per hour", "miles a hour": "mile per hour", "dm": "decimetre",
    "mw": "megawatt", "megawatts": "megawatt", "gw": "gigawatt", "gigawatts": "gigawatt", "kw": "kilowatt",
    "kilowatts": "kilowatt", "kwh": "kilowatt hour", "mwh": "megawatt hour", "gwh": "gigawatt hour",
}  # fmt: skip
#: Short unit marks that are a unit only when written right after digits ("5m", "10t"), or spaced after
#: digits ("5 m"), never as a word of their own elsewhere.
AMBIGUOUS_UNIT_MARKS = frozenset({"m", "g", "t", "l", "p", "mi", "ha", "pp", "ft", "lb", "oz", "cl", "dm", "in"})
#: Unit marks read only as written, in capitals, right after the digits and before one of
#: CAPITAL_MARK_CONTEXT_AFTER: "30C (86F)", "highs of 30C on Friday" (British copy); "30c" is cents, "the
#: 13F filing" and "a Boeing 777F to" are names.
CAPITAL_UNIT_MARKS = frozenset({"c", "f"})
#: (U+2063 is how a date read in the sentence is masked: "30C on Friday".)
CAPITAL_MARK_CONTEXT_AFTER = (
    r"(?:\s*(?:[.,;:)(\u2063]|$)|\s+(?:to\s+)?-?\d|\s+(?:on|in|at|and|or|with|by|today|yesterday|warmer|cooler"
    r"|colder|hotter|higher|lower|above|below|last|this|next)\b)"
)
#: "in" after a figure is inches only before one of these ("2 in thick", "5 ft 2 in."): else the word "in".
#: "in" is inches also after feet and a figure: "12 ft 2 in", "5 feet 11 in".
INCH_CONTEXT_BEFORE = r"\b(?:ft|feet|foot)\.?\s+\d{1,2}(?:\.\d+)?\s*$"
INCH_CONTEXT_AFTER = r"(?:\s*(?:[.,;:)]|$)|\s+(?:thick|long|wide|tall|high|deep|across|diameter)\b)"
#: Two figures read as one measure, the second a part of the first's unit ("5 feet 2 inches",
#: "7 pounds 4 ounces"): (larger unit, smaller unit) → how many of the larger the smaller is.
COMPOUND_MEASURES = {("foot", "inch"): 1 / 12, ("pound-mass", "ounce"): 1 / 16}
#: After a figure, a time of day ("2 pm", "10.30 a.m."): the figure is not a number to check.
TIME_OF_DAY_AFTER = r"[ \u00a0]?(?:a\.m\.|p\.m\.|am\b|pm\b)"
#: Denominators of a fraction written with a slash ("1/4 mile", "3/4 of voters"); "9/11" and "24/7" are not.
SLASH_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16})
#: After "5m" (no currency) these words make it metres, not millions ("a 5m-high wall", "the 100m sprint").
METRE_CONTEXT_AFTER = (
    r"(?:[-\s]?(?:high|tall|long|wide|deep|away|above|below|under|sprint|race|hurdles|freestyle|dash|relay)\b"
    r"|\s*(?:[/²³]|$|[.,;:)]))"
)

#: A temperature after these words is a difference ("1.5°C warmer", "rose by 2°C"): compared as a delta.
TEMPERATURE_DIFFERENCE_AFTER = r"\s*(?:warmer|cooler|colder|hotter|higher|lower|above|below|rise|increase|drop)\b"

SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "several": 0,
}  # fmt: skip
#: "one" after these words is a pronoun, not a count ("the one you mentioned", "which one").
#: Words before "one" that make it a pronoun ("the one you mentioned", "which one").
ONE_DETERMINERS = ("the", "this", "that", "which", "each", "every", "any", "another", "no", "someone", "anyone")
ONE_PRONOUN_BEFORE = r"\b(?:" + "|".join(ONE_DETERMINERS) + r")\s+$"
#: Every number word below a hundred, for the written-number reader ("three hundred and twenty-one").
UNITS_WORDS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
              "ninety": 90}  # fmt: skip
#: Scale words of written numbers, with "dozen" and "score" as multipliers.
SCALE_WORDS = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
    "dozen": 12,
    "dozens": 12,
    "doz": 12,
    "dozs": 12,
    "dz": 12,
    "dzs": 12,
}
#: Number words that are zero: a number alone ("nought is 0"), or digits after "point".
ZERO_WORDS = frozenset({"zero", "nought", "naught"})
#: Multipliers of the units before them, not of the whole number: "three hundred and two dozen" is 324.
DOZEN_WORDS = frozenset({"dozen", "dozens", "doz", "dozs", "dz", "dzs"})
#: "naught" and "nought" after these are "nothing", not the number 0 ("came to naught", "all for nought").
NAUGHT_IDIOM_BEFORE = r"\b(?:to|for)\s+$"

#: Fractions: vulgar-fraction characters, and fraction words ("two-thirds", "a quarter").
FRACTION_CHARACTERS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
                       "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}  # fmt: skip
FRACTION_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                         "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8,
                         "eighths": 8, "tenth": 10, "tenths": 10, "sevenths": 7, "ninths": 9,
                         "hundredth": 100, "hundredths": 100, "thousandth": 1e3, "thousandths": 1e3,
                         "millionth": 1e6, "millionths": 1e6, "billionth": 1e9, "billionths": 1e9,
                         "trillionth": 1e12, "trillionths": 1e12, "seventh": 7, "ninth": 9,
                         "eleventh": 11, "elevenths": 11, "twelfth": 12, "twelfths": 12, "thirteenth": 13,
                         "thirteenths": 13, "fourteenth": 14, "fourteenths": 14, "fifteenth": 15,
                         "fifteenths": 15, "sixteenth": 16, "sixteenths": 16, "seventeenth": 17,
                         "seventeenths": 17, "eighteenth": 18, "eighteenths": 18, "nineteenth": 19,
                         "nineteenths": 19, "twentieth": 20, "twentieths": 20, "thirtieth": 30, "thirtieths": 30,
                         "fortieth": 40, "fortieths": 40, "fiftieth": 50, "fiftieths": 50, "sixtieth": 60,
                         "sixtieths": 60, "seventieth": 70, "seventieths": 70, "eightieth": 80, "eightieths": 80,
                         "ninetieth": 90, "ninetieths": 90}  # fmt: skip
#: The part "and a ..." adds to a whole number or its scale: "two and a half", "3 million and a quarter".
AND_A_PARTS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
#: Ordinals that end a compound denominator only ("twenty-first", "thirty-second"): "one first" and "two
#: seconds" are no fractions.
COMPOUND_ONLY_ORDINALS = {"first": 1, "firsts": 1, "second": 2, "seconds": 2}
#: Physical units read as one after "a" and before "of": "a gallon of beer", "within a mile of the border"
#: ("a ton of" is "a lot of").
A_UNIT_WORDS = ("gallon", "litre", "liter", "barrel", "tonne", "kilogram", "kilo", "mile", "kilometre",
                "kilometer", "metre", "meter", "foot", "yard", "inch", "acre", "hectare", "ounce")  # fmt: skip

#: Words that make a figure negative: "minus 5", "a loss of $5 million", "a deficit of 3%".
NEGATIVE_BEFORE = r"(?:minus|negative|a (?:net )?loss of|a deficit of|a shortfall of)"

#: Hedges written after a figure ("50 or more", "10,000+"), each to the kind of bound it makes.
#: Not before "than" and a figure: "5000 or less than 6000" is two figures ("200 or greater than" is one).
HEDGES_AFTER = (
    (r"(?:\+|\s*or\s+(?:more|above|over|greater|higher)|\s*and\s+(?:more|above|over|up)|\s*plus\b)(?!\s+than\s*\w)",
     "at_least"),
    (r"(?:\s*or\s+(?:less|fewer|below|under|lower)|\s*and\s+(?:under|below|less|fewer))(?!\s+than\s*\w)", "at_most"),
)  # fmt: skip
#: Comparison signs before a figure ("> 50", "≤ 5%").
HEDGE_SIGNS = {">": "more", "≥": "at_least", ">=": "at_least", "<": "less", "≤": "at_most", "<=": "at_most"}

#: Words before a figure that make it a change rather than a level: "rose 5%", "a rise of 3 points".
CHANGE_WORDS = (
    r"rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|dropped|drops?|dropping|declined?|declin(?:es|ing)|"
    r"increased?|increas(?:es|ing)|decreased?|decreas(?:es|ing)|grew|grow(?:s|n|ing)?|jumped|jumps?|"
    r"climbed|climbs?|slipped|slips?|gained|gains?|lost|loss(?:es)?|shrank|shrinks?|surged|surges?|"
    r"plunged|plunges?|up|down|cut|added|a (?:rise|fall|drop|decline|increase|decrease|gain|loss|jump|cut) of"
)

#: Unit names as read from text (ours and quantulum3's) mapped to the canonical identifier compared:
#: ISO 4217 codes for money, pint unit expressions for physical units, "percent", "percentage_point".
CANONICAL_UNITS = {
    "dollar": "USD", "united states dollar": "USD", "us dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
    "yen": "JPY", "japanese yen": "JPY", "won": "KRW", "south korean won": "KRW", "rouble": "RUB",
    "russian ruble": "RUB", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY", "indian rupee": "INR",
    "rupee": "INR", "swiss franc": "CHF", "canadian dollar": "CAD", "hong kong dollar": "HKD",
    "australian dollar": "AUD", "new zealand dollar": "NZD", "singapore dollar": "SGD",
    "new taiwan dollar": "TWD", "brazilian real": "BRL", "mexican peso": "MXN", "turkish lira": "TRY",
    "hryvnia": "UAH", "zloty": "PLN", "swedish krona": "SEK", "norwegian krone": "NOK", "danish krone": "DKK",
    "rand": "ZAR", "shekel": "ILS", "costa rican colon": "CRC", "georgian lari": "GEL", "lao kip": "LAK",
    "sri lankan rupee": "LKR", "naira": "NGN",
    "percentage": "percent", "percent": "percent", "%": "percent",
    "percentage point": "percentage_point", "percentage points": "percentage_point", "point": "point",
    "kilometre": "kilometer", "kilometer": "kilometer", "km": "kilometer", "mile": "mile", "metre": "meter",
    "meter": "meter", "m": "meter", "centimetre": "centimeter", "millimetre": "millimeter", "foot": "foot",
    "feet": "foot", "inch": "inch", "yard": "yard", "nautical mile": "nautical_mile",
    "kilogram": "kilogram", "kg": "kilogram", "gram": "gram", "tonne": "metric_ton", "metric ton": "metric_ton",
    "ton": "short_ton", "short ton": "short_ton", "long ton": "long_ton", "pound-mass": "pound",
    "pound weight": "pound", "ounce": "ounce", "square kilometre": "square_kilometer",
    "square kilometer": "square_kilometer", "square mile": "square_mile", "square metre": "square_meter",
    "square foot": "square_foot", "hectare": "hectare", "acre": "acre", "litre": "liter", "gallon": "gallon",
    "barrel": "oil_barrel", "cubic metre": "cubic_meter", "cubic foot": "cubic_foot",
    "kilometre per hour": "kilometer_per_hour", "mile per hour": "mile_per_hour",
    "degree celsius": "degC", "degree fahrenheit": "degF", "delta degree celsius": "delta_degC",
    "delta degree fahrenheit": "delta_degF", "megawatt": "megawatt", "gigawatt": "gigawatt",
    "kilowatt": "kilowatt", "kilowatt hour": "kilowatt_hour", "megawatt hour": "megawatt_hour",
    "gigawatt hour": "gigawatt_hour", "kelvin": "kelvin", "millilitre": "milliliter", "centilitre": "centiliter",
    "milligram": "milligram", "microgram": "microgram", "square yard": "square_yard", "square inch": "square_inch",
    "cubic yard": "cubic_yard", "cubic kilometre": "cubic_kilometer", "knot": "knot",
    "metre per second": "meter_per_second", "decimetre": "decimeter",
}  # fmt: skip
#: Canonical identifiers that are not pint names as written: their pint expressions.
PINT_EXPRESSIONS = {"square_kilometer": "kilometer ** 2", "square_meter": "meter ** 2",
                    "square_foot": "foot ** 2", "cubic_meter": "meter ** 3", "cubic_foot": "foot ** 3",
                    "square_yard": "yard ** 2", "square_inch": "inch ** 2", "cubic_yard": "yard ** 3",
                    "cubic_kilometer": "kilometer ** 3", "meter_per_second": "meter / second"}  # fmt: skip
#: Canonical identifiers that are not physical units and never convert.
NOT_PHYSICAL = frozenset({"percent", "percentage_point", "point"})

#: ISO 4217 codes: a currency compares only with itself.
CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY KRW RUB CNY INR CHF CAD HKD AUD NZD SGD TWD BRL MXN TRY UAH PLN SEK NOK DKK ZAR ILS CRC GEL LAK"
    " LKR NGN".split()
)
#: The currency names as the readers give them (for MEASURED_UNITS).
CURRENCY_SYMBOLS = {"$": "dollar", "us$": "dollar", "€": "euro", "£": "pound sterling", "¥": "yen", "₩": "won"}


#: Fractions of a (percentage) point, as rate decisions are reported: "a quarter of a percentage point",
#: "three-quarters of a point", "half a point", "a half-point cut". A bare "point" there is a percentage point.
POINT_FRACTIONS = {
    "half": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "quarter": 0.25,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "three quarters": 0.75,
    "three-quarters": 0.75,
    "three-quarter": 0.75,
    "third": 1 / 3,
    "a third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
}
