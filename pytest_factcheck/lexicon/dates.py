"""Dates: months, ordinals, weekdays and named periods (used by pytest_factcheck.values.dates)."""

from __future__ import annotations

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
#: Days 21 to 31 in words after a month ("Jan. twenty-two"): a smaller number in words after a month is a
#: count more often than a day ("in March two ministers resigned").
CARDINAL_DAYS = {
    f"{tens}-{unit}": base + index
    for tens, base in (("twenty", 20), ("thirty", 30))
    for index, unit in enumerate("one two three four five six seven eight nine".split(), start=1)
    if base + index <= 31
}
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

#: Words before a weekday that make it a named day or no particular day ("Good Friday", "Easter Monday",
#: "every Tuesday", "a Tuesday"): an AP-style bare weekday is not read after them.
NOT_A_WEEKDAY_BEFORE = ("next", "every", "a", "A", "Good", "Black", "Super", "Ash", "Holy", "Easter", "Whit", "Cyber")

#: Words after a four-digit number that make it a count ("sent 2000 troops"), not a year.
COUNTED_NOUNS = frozenset("people men women children personnel staff police cattle".split())
#: Verbs in -s that may follow a year ("2024 was"): not plural nouns.
VERBS_IN_S = frozenset("was is has does goes sees saw marks remains seems becomes brings ends begins".split())
#: Words right before a four-digit number that make it a year even when a plural noun follows ("in 2024 prices").
YEAR_CONTEXT_WORDS = (
    "in", "since", "by", "of", "during", "from", "until", "till", "to", "into", "before", "after", "the", "early",
    "late", "mid", "year", "around", "circa", "between", "and", "or", "spring", "summer", "autumn", "fall", "winter",
)  # fmt: skip
#: "last/this/next" before a week, month or year, as an offset from the publication's.
RELATIVE_OFFSETS = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "coming": 1, "next": 1}
#: Days named relative to the publication date, as an offset in days.
DAY_OFFSETS = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tomorrow": 1, "the day after tomorrow": 2}
#: Words that put a sentence's weekday in the future ("will meet this Friday"): it then looks forward.
FUTURE_MARKERS = (
    "will", "won't", "shall", "'ll", "’ll", "would", "going to", "plans to", "plan to", "planned to", "set to",
    "scheduled", "due to", "expected to", "is to", "are to", "to be held",
)  # fmt: skip
#: Past reporting verbs: a weekday after one is when something was said ("will strike, officials said Tuesday").
PAST_REPORTING_VERBS = frozenset(
    "said told wrote announced confirmed reported added stated declared warned disclosed revealed".split()
)

#: Quarters and halves of a year by name, as (first month, last month).
QUARTERS = {"first": (1, 3), "1st": (1, 3), "second": (4, 6), "2nd": (4, 6), "third": (7, 9), "3rd": (7, 9),
            "fourth": (10, 12), "4th": (10, 12), "final": (10, 12)}  # fmt: skip
HALVES = {"first": (1, 6), "1st": (1, 6), "second": (7, 12), "2nd": (7, 12)}
#: Parts of a year, month or week as the fraction of it they cover: "early 2024" is January–June,
#: "mid-June" June 11–20, "the end of 2000" September–December (Recognizers-Text reads them so too).
PERIOD_PARTS = {
    "early": (0.0, 1 / 2), "late": (1 / 2, 1.0), "mid": (1 / 3, 2 / 3), "middle of": (1 / 3, 2 / 3),
    "beginning of": (0.0, 1 / 3), "start of": (0.0, 1 / 3), "end of": (2 / 3, 1.0),
}  # fmt: skip

#: Words joining the two ends of a range of dates ("from 4 to 22 January", "Jan. 4 through Jan. 22").
RANGE_WORDS = ("to", "through", "thru", "until", "till", "-", "–", "—")
#: Words before the first end of a range, and the word joining its ends after them ("between 2014 and 2018").
RANGE_OPENERS = {"from": RANGE_WORDS, "between": ("and",)}

#: Short weekday names, read only where a date is plain ("on Tues.", "Wed, 22 of Jan"), never alone: "Sun",
#: "Sat" and "Wed" are words and names too.
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                         "sat": 5, "sun": 6}  # fmt: skip

#: A two-digit year below this is in the 2000s ("3/7/27" is 2027), from it in the 1900s ("05/05/89").
TWO_DIGIT_YEAR_PIVOT = 50
#: Words after which a numeric day without a year ("on 4/22", "from 10/1 to 11/7") is a date: elsewhere
#: "2/3" is a fraction and "24/7" all the time. A dot or a dash ("on 4.22", "on 4-22") only after "on".
NUMERIC_DAY_AFTER = ("on", "from", "to", "until", "till", "through", "since", "by", "before", "after", "and")

#: Numbers in words, for years said rather than written ("nineteen seventy-eight", "two thousand and
#: eighteen"): news writes years in figures, speech and transcripts do not.
UNIT_WORDS = {word: n for n, word in enumerate("one two three four five six seven eight nine".split(), start=1)}
TEEN_WORDS = {word: n for n, word in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), start=10)}  # fmt: skip
TENS_WORDS = {word: n for word, n in zip("twenty thirty forty fifty sixty seventy eighty ninety".split(),
                                         range(20, 100, 10), strict=True)}  # fmt: skip
#: The first half of a year said in two halves ("nineteen | seventy-eight"), as its hundreds.
CENTURY_WORDS = {"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
#: "Zero" or "oh" before a unit in a year said in two halves ("nineteen oh one").
ZERO_WORDS = ("zero", "oh")
#: Where a part of a month differs from the part of a year: "the end of March" is its second half, March 16–31
#: (Recognizers-Text reads it so), where "the end of 2000" is September–December.
MONTH_PARTS = {**PERIOD_PARTS, "beginning of": (0.0, 1 / 2), "start of": (0.0, 1 / 2), "end of": (1 / 2, 1.0)}
#: Days 1 to 20 in words, read only after a weekday and "the" ("Friday the fifteen").
SMALL_CARDINAL_DAYS = {**UNIT_WORDS, **TEEN_WORDS, "twenty": 20}

#: Words before "N weeks ago" that make it a bound, not a day: "more than three weeks ago" is any day before
#: then (an open interval), "less than a year ago" any day since.
BEFORE_BOUND_WORDS = ("more than", "over", "longer than", "at least", "upwards of")
AFTER_BOUND_WORDS = ("less than", "under", "fewer than", "within")
#: Parts of a week as (first, last) day, Monday 0: its beginning is Monday to Wednesday, its end Thursday to
#: Sunday, its middle Tuesday to Friday (the working week's thirds, as Recognizers-Text reads them).
WEEK_PARTS = {"early": (0, 2), "beginning of": (0, 2), "start of": (0, 2), "late": (3, 6), "end of": (3, 6),
              "mid": (1, 4), "middle of": (1, 4)}  # fmt: skip
