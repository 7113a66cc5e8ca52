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
        "displaced deserted hurt slain hospitalized hospitalised casualties imprisoned jailed surrendered homeless "
        "stranded affected trapped rescued"
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

#: Words that carry no content: a number followed by one of them counts nothing yet.
FUNCTION_WORDS = frozenset(
    (
        "to in for and or by from since on at with as than into after before during the a an of that this "
        "these those its their his her who which was were is are has have had will would be been"
    ).split()
)

#: Common words that never name a fact's event or kind.
STOPWORDS = frozenset(
    (
        "their with from into that this have been were will about after before which when where over under "
        "they them than also more most some such only other"
    ).split()
)

#: Month names, lowercase (full forms): never an event word.
MONTH_WORDS = frozenset("january february march april may june july august september october november december".split())

#: Words that say a claim is false or unfounded: what follows them is reported, not claimed.
FALSEHOOD_WORDS = frozenset(
    (
        "falsely wrongly incorrectly erroneously mistakenly rumour rumours rumor rumors rumoured rumored hoax "
        "hoaxes misinformation disinformation myth myths conspiracy debunk debunks baseless unfounded "
        "unsubstantiated unverified fabricated fabrication fake bogus error erroneous incorrect inaccurate "
        "mistaken misreported"
    ).split()
)

#: Words that retract or correct a figure named in the sentence ("a figure officials quickly replaced",
#: "a claim it later withdrew"): such a figure is reported, not claimed.
RETRACTION_WORDS = frozenset(
    "withdrew withdrawn retracted retract retraction disowned replaced corrected correction wrong error errors "
    "misreported refuted".split()
)

#: Words that make a figure a possibility, a plan or a forecast rather than a reported fact.
MODAL_WORDS = frozenset(
    (
        "could might may would should can expect expects expected expecting forecast forecasts forecasted "
        "projected projection projections predict predicts predicted prediction proposal proposals propose "
        "proposes proposed envisage envisages envisaged hope hopes hoped seek seeks sought want wants wanted "
        "threaten threatens threatened likely possible possibly potential potentially scenario worst-case fear "
        "fears feared offer offers offered offering"
    ).split()
)

#: Words before a subject's noun that make it another instance of its kind ("the previous visit").
INSTANCE_WORDS = frozenset(
    (
        "previous earlier prior former past first second third fourth fifth another next subsequent "
        "following preceding last other separate similar"
    ).split()
)

#: Words after a figure that make it a rate or an amount per unit ("$100 each", "per person").
DISTRIBUTIVE_AFTER = (
    "each",
    "apiece",
    "a head",
    "per head",
    "per person",
    "per capita",
    "a person",
    "per day",
    "a day",
    "per week",
    "a week",
    "per month",
    "a month",
    "per year",
    "a year",
    "annually",
    "per annum",
    "yearly",
    "monthly",
    "weekly",
    "daily",
    "per",
)

#: Words before a figure that make it a part of a larger group ("including 300 children").
PART_BEFORE = ("including", "among them", "among whom", "of whom", "of which", "among those", "among the")

#: Words around a figure that make it an age, not a count ("children aged 11 and under").
AGE_BEFORE = ("aged", "age", "ages", "age of", "ages of", "under the age of", "over the age of")
AGE_AFTER = ("-year-old", "-year-olds", " year old", " years old", "-years-old")

#: Verbs that say nothing about which event a figure belongs to: they neither agree nor conflict.
NEUTRAL_VERBS = frozenset(
    (
        "be have say tell report estimate put number total reach stand remain rise climb grow increase fall "
        "drop decline confirm show put count record cite give mean include involve bring take make become"
    ).split()
)

#: Classes of words naming one kind of event. A claim's event accepts a figure or date said of any
#: word of its class, and refuses one said of a word of another class ("injured" for a claim of
#: "killed"; "ratified" for a claim of "signed"). Words are lowercase lemmas; phrases are matched as
#: text. A word outside every class is neutral.
EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "death": ("kill", "die", "perish", "dead", "death", "deaths", "toll", "fatality", "fatalities", "killed",
              "died", "lives", "life", "drown", "slay", "slain", "massacre", "murder", "lose their lives"),
    "injury": ("injure", "injured", "wound", "wounded", "hurt", "injury", "injuries"),
    "missing": ("missing", "unaccounted"),
    "displacement": ("displace", "displaced", "evacuate", "evacuated", "flee", "fled", "homeless", "shelter"),
    "detention": ("arrest", "detain", "jail", "imprison", "capture", "captured"),
    "rescue": ("rescue", "rescued"),
    "signing": ("sign", "signed", "signing", "ink", "inked", "conclude", "seal", "sealed"),
    "ratification": ("ratify", "ratified", "ratification", "approve", "approved", "approval", "endorse"),
    "entry-into-force": ("enter into force", "entered into force", "entry into force", "take effect",
                         "took effect", "taken effect", "come into force", "came into force",
                         "come into effect", "came into effect", "effective"),
    "deployment": ("send", "sent", "deploy", "deployed", "deployment", "dispatch", "dispatched", "station",
                   "stationed", "transfer", "transferred"),
    "withdrawal": ("withdraw", "withdrew", "withdrawn", "withdrawal", "pull out", "pulled out", "retreat"),
    "visit": ("visit", "visited", "trip", "travel", "travelled", "traveled", "tour"),
    "pledge": ("pledge", "pledged", "promise", "promised", "commit", "committed", "commitment", "gift",
               "donate", "donated", "donation", "contribution", "contribute", "grant", "granted"),
    "payment": ("pay", "paid", "payment", "spend", "spent", "spending", "cost", "fund", "funded"),
    "election": ("elect", "elected", "election", "vote", "voted", "ballot", "poll", "turnout"),
    "opening": ("open", "opened", "opening", "reopen", "reopened", "reopening", "launch", "launched",
                "inaugurate", "inaugurated", "begin", "began", "start", "started", "unveil"),
    "closure": ("close", "closed", "closure", "shut", "end", "ended", "halt", "suspend", "suspended"),
    "accession": ("join", "joined", "accede", "acceded", "accession", "admit", "admitted", "membership", "become",
                  "became"),
    "commemoration": ("mark", "marked", "celebrate", "celebrated", "commemorate", "commemorated", "observe",
                      "observed"),
    "meeting": ("meet", "met", "meeting", "summit", "talks", "host", "hosted"),
    "crossing": ("cross", "crossed", "crossing", "crossings", "arrive", "arrived", "arrival", "arrivals"),
    "deportation": ("deport", "deported", "deportation", "deportee", "deportees", "expel", "expelled",
                    "removal", "removed"),
    "death-natural": ("pass away", "passed away"),
}  # fmt: skip

#: Words of a target or plan: a figure under one is not a reported fact, unless the claim is a commitment.
TARGET_WORDS = frozenset("target targets targeted goal goals aim aims aimed plan plans planned ambition".split())

#: Words of a commitment: a claim using one reports a pledge or target, so targets in sentences compare with it.
COMMITMENT_WORDS = frozenset(
    "agree agreed agrees agreement pledge pledged pledges promise promised promises commit committed vow vowed "
    "will".split()
)

#: Event classes that exclude one another: a value said of one is not a value of another of its group
#: ("injured" is not "killed"; "ratified" is not "signed"). Classes outside these groups only find synonyms.
EVENT_CONTRASTS: tuple[frozenset[str], ...] = (
    frozenset({"death", "injury", "missing", "displacement", "detention", "rescue"}),
    frozenset({"signing", "ratification", "entry-into-force"}),
    frozenset({"deployment", "withdrawal"}),
    frozenset({"opening", "closure"}),
)

#: Words an editor may use for the same thing; a subject or context term of one class finds the others.
SYNONYM_CLASSES: tuple[tuple[str, ...], ...] = (
    ("pledge", "gift", "donation", "contribution"),
    ("troops", "soldiers", "servicemen", "military personnel"),
    ("treaty", "pact", "accord"),
    ("death toll", "deaths", "dead", "fatalities", "killed", "died", "perished"),
    ("signed", "inked", "sealed"),
    ("signing", "inking"),
    ("entered into force", "took effect", "came into force", "came into effect", "entry into force"),
    ("sent", "deployed", "dispatched"),
    ("earthquake", "quake", "temblor", "tremor"),
    ("migrants", "asylum seekers", "asylum-seekers"),
    ("deportees", "deported migrants"),
    ("turnout", "participation"),
    ("wildfire", "wildfires", "fire", "fires", "blaze", "blazes"),
    ("flood", "floods", "flooding", "flash floods"),
    ("strike", "walkout", "stoppage"),
)

#: Nouns that count the same things: a figure of "lives" counts the claim's "people".
COUNTED_EQUIVALENTS: tuple[tuple[str, ...], ...] = (
    ("people", "persons", "person", "lives", "individuals", "victims"),
    ("troops", "soldiers", "servicemen", "personnel", "forces"),
)

#: Countries with their names, demonyms and capitals as written in news copy (lowercase): a figure
#: said of one country is not a figure of another. Unknown places never conflict.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "afghanistan": ("afghanistan", "afghan", "afghans", "kabul"),
    "argentina": ("argentina", "argentine", "argentinian", "buenos aires"),
    "australia": ("australia", "australian", "australians", "canberra"),
    "austria": ("austria", "austrian", "vienna"),
    "bangladesh": ("bangladesh", "bangladeshi", "dhaka"),
    "belarus": ("belarus", "belarusian", "minsk"),
    "belgium": ("belgium", "belgian", "brussels"),
    "brazil": ("brazil", "brazilian", "brazilians", "brasilia"),
    "canada": ("canada", "canadian", "canadians", "ottawa"),
    "chile": ("chile", "chilean"),
    "china": ("china", "chinese", "beijing", "prc"),
    "colombia": ("colombia", "colombian", "colombians", "bogota"),
    "cuba": ("cuba", "cuban", "cubans", "havana"),
    "czechia": ("czech republic", "czechia", "czech", "prague"),
    "denmark": ("denmark", "danish", "copenhagen"),
    "ecuador": ("ecuador", "ecuadorian", "ecuadorians", "quito"),
    "egypt": ("egypt", "egyptian", "egyptians", "cairo"),
    "el salvador": ("el salvador", "salvadoran", "salvadorans", "salvadorian", "san salvador"),
    "estonia": ("estonia", "estonian", "tallinn"),
    "ethiopia": ("ethiopia", "ethiopian", "addis ababa"),
    "finland": ("finland", "finnish", "helsinki"),
    "france": ("france", "french", "paris"),
    "germany": ("germany", "german", "germans", "berlin"),
    "greece": ("greece", "greek", "athens"),
    "guatemala": ("guatemala", "guatemalan", "guatemalans"),
    "haiti": ("haiti", "haitian", "haitians", "port-au-prince"),
    "honduras": ("honduras", "honduran", "hondurans", "tegucigalpa"),
    "hungary": ("hungary", "hungarian", "budapest"),
    "india": ("india", "indian", "indians", "new delhi"),
    "indonesia": ("indonesia", "indonesian", "jakarta"),
    "iran": ("iran", "iranian", "iranians", "tehran"),
    "iraq": ("iraq", "iraqi", "iraqis", "baghdad"),
    "ireland": ("ireland", "irish", "dublin"),
    "israel": ("israel", "israeli", "israelis", "jerusalem", "tel aviv"),
    "italy": ("italy", "italian", "italians", "rome"),
    "japan": ("japan", "japanese", "tokyo"),
    "jordan": ("jordan", "jordanian", "amman"),
    "kenya": ("kenya", "kenyan", "nairobi"),
    "latvia": ("latvia", "latvian", "riga"),
    "lebanon": ("lebanon", "lebanese", "beirut"),
    "libya": ("libya", "libyan", "tripoli"),
    "lithuania": ("lithuania", "lithuanian", "vilnius"),
    "mexico": ("mexico", "mexican", "mexicans", "mexico city"),
    "moldova": ("moldova", "moldovan", "chisinau"),
    "morocco": ("morocco", "moroccan", "rabat"),
    "myanmar": ("myanmar", "burma", "burmese", "naypyitaw", "naypyidaw"),
    "nepal": ("nepal", "nepali", "nepalese", "kathmandu"),
    "netherlands": ("netherlands", "dutch", "holland", "amsterdam", "the hague"),
    "new zealand": ("new zealand", "new zealander", "new zealanders", "wellington"),
    "nicaragua": ("nicaragua", "nicaraguan", "nicaraguans", "managua"),
    "nigeria": ("nigeria", "nigerian", "abuja"),
    "north korea": ("north korea", "north korean", "north koreans", "dprk", "pyongyang"),
    "norway": ("norway", "norwegian", "oslo"),
    "pakistan": ("pakistan", "pakistani", "islamabad"),
    "palestine": ("palestine", "palestinian", "palestinians", "gaza", "west bank"),
    "peru": ("peru", "peruvian", "lima"),
    "philippines": ("philippines", "filipino", "filipinos", "philippine", "manila"),
    "poland": ("poland", "polish", "warsaw"),
    "portugal": ("portugal", "portuguese", "lisbon"),
    "qatar": ("qatar", "qatari", "doha"),
    "romania": ("romania", "romanian", "bucharest"),
    "russia": ("russia", "russian", "russians", "moscow", "kremlin"),
    "saudi arabia": ("saudi arabia", "saudi", "saudis", "riyadh"),
    "serbia": ("serbia", "serbian", "belgrade"),
    "south africa": ("south africa", "south african", "pretoria", "johannesburg"),
    "south korea": ("south korea", "south korean", "south koreans", "seoul"),
    "spain": ("spain", "spanish", "madrid"),
    "sudan": ("sudan", "sudanese", "khartoum"),
    "sweden": ("sweden", "swedish", "stockholm"),
    "switzerland": ("switzerland", "swiss", "bern", "geneva"),
    "syria": ("syria", "syrian", "syrians", "damascus"),
    "taiwan": ("taiwan", "taiwanese", "taipei"),
    "thailand": ("thailand", "thai", "bangkok"),
    "turkey": ("turkey", "turkish", "turkiye", "türkiye", "ankara"),
    "ukraine": ("ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"),
    "united arab emirates": ("united arab emirates", "uae", "emirati", "abu dhabi", "dubai"),
    "united kingdom": ("united kingdom", "uk", "britain", "great britain", "british", "england", "english",
                       "scotland", "scottish", "wales", "welsh", "london"),
    "united states": ("united states", "us", "u.s.", "usa", "america", "american", "americans", "washington"),
    "venezuela": ("venezuela", "venezuelan", "venezuelans", "caracas"),
    "vietnam": ("vietnam", "vietnamese", "hanoi"),
    "yemen": ("yemen", "yemeni", "sanaa"),
}  # fmt: skip

# --------------------------------------------------------------------------- values: numbers, units, dates
# Used by quantities and dates (number words, scales, currencies, months, weekdays, named periods).


# --------------------------------------------------------------------------- sources
# Used by pytest_factcheck.sources: which parts of a web page are not the article, and
# how a dateline's city writes all-number dates.

#: HTML elements whose content is never the article's prose.
HIDDEN_HTML_TAGS = frozenset(
    "script style template noscript head svg iframe object nav header footer aside form button select".split()
)

#: Words in an element's class, id or role that mark page furniture, not the article: navigation,
#: cookie banners, share bars, newsletter boxes, teasers and related-story lists.
NON_ARTICLE_NAMES = frozenset(
    (
        "nav navbar navigation menu breadcrumb breadcrumbs banner cookie cookies cookie-banner cookie-consent "
        "consent gdpr newsletter subscribe signup share sharing social sidebar related related-stories "
        "related-articles read-more readmore more-stories recommended teaser teasers promo advert advertisement "
        "ad ads outbrain taboola comments footer masthead complementary contentinfo dialog alertdialog"
    ).split()
)

#: A paragraph starting with one of these (case-insensitive) is a teaser for another story.
TEASER_PREFIXES = (
    "read more:",
    "read more",
    "related:",
    "related stories:",
    "related story:",
    "related articles:",
    "see also:",
    "more:",
    "also read:",
    "read also:",
    "recommended:",
    "watch:",
    "listen:",
    "most read:",
)

#: Dateline cities whose newsrooms write month first ("11/4/2024" is November 4): the US, Canada, the Philippines.
MONTH_FIRST_CITIES = frozenset(
    (
        "washington", "new york", "chicago", "los angeles", "san francisco", "boston", "houston", "dallas",
        "miami", "atlanta", "seattle", "philadelphia", "detroit", "denver", "phoenix", "las vegas", "new orleans",
        "honolulu", "anchorage", "minneapolis", "pittsburgh", "ottawa", "toronto", "montreal", "vancouver",
        "calgary", "edmonton", "winnipeg", "quebec", "halifax", "manila", "cebu", "davao", "quezon city",
    )
)  # fmt: skip

#: Dateline cities whose newsrooms write day first ("4/11/2024" is 4 November): the UK, Ireland,
#: Australia, New Zealand, India, the EU and most of the world.
DAY_FIRST_CITIES = frozenset(
    (
        "london", "manchester", "birmingham", "edinburgh", "glasgow", "cardiff", "belfast", "dublin", "cork",
        "sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra", "auckland", "wellington",
        "christchurch", "new delhi", "delhi", "mumbai", "kolkata", "chennai", "bengaluru", "bangalore",
        "ahmedabad", "hyderabad", "paris", "berlin", "brussels", "rome", "vatican city", "madrid", "lisbon",
        "amsterdam", "the hague", "vienna", "prague", "warsaw", "budapest", "athens", "stockholm", "oslo",
        "copenhagen", "helsinki", "tallinn", "riga", "vilnius", "kyiv", "kiev", "moscow", "geneva", "zurich",
        "milan", "munich", "frankfurt", "istanbul", "ankara", "cairo", "johannesburg", "cape town", "nairobi",
        "lagos", "singapore", "kuala lumpur", "jakarta", "bangkok", "hong kong", "jerusalem", "tel aviv",
        "gallipoli", "canakkale",
    )
)  # fmt: skip
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
