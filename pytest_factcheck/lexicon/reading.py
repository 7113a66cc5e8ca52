"""Reading: roles, stance, events and synonym classes (used by pytest_factcheck.reading)."""

from __future__ import annotations

from .countries import COUNTRIES as COUNTRIES  # the table lives in its own module; kept importable here

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
        "fears feared offer offers offered offering demand demands demanded demanding prefer prefers preferred "
        "preferring favour favours favoured favor favors favored urge urges urged"
    ).split()
)

#: Modal words that only put a pledge in reported speech ("said spending would rise to 2.5%"): a claim
#: that is itself a pledge or target ("Britain will raise spending to 2.5% by 2027") compares with them.
REPORTED_FUTURE_WORDS = frozenset("would will shall".split())

#: Words before a subject's noun that make it another instance of its kind ("the previous visit").
INSTANCE_WORDS = frozenset(
    (
        "previous earlier prior former past first second third fourth fifth another next subsequent "
        "following preceding last other separate similar"
    ).split()
)

#: Words before a recipient or doer that make it others than the claim's ("went to other parties").
OTHERS_WORDS = frozenset("other others another rival rivals remaining smaller minor opposition".split())

#: Words that make a thing further instances of its kind ("two more cuts", "an additional flight").
FURTHER_WORDS = ("more", "further", "additional", "extra")

#: Small counts that, before a further-word, count further instances ("two more 25 basis point cuts").
FEW_WORDS = ("one", "two", "three", "four", "five", "six", "several", "a few")

#: Suffixes that make a number describe a kind, not count a thing ("a three-way deal", "a two-time champion").
KIND_SUFFIXES = ("way", "time", "fold", "sided", "pronged", "party", "nation")

#: Nouns that name a whole team, not some of its members ("American athletes won 126 medals").
WHOLE_GROUP_NOUNS = frozenset(
    "athletes athlete team teams delegation delegations squad squads contingent competitors olympians side".split()
)

#: Capitalised words that name no agent when word order is all there is to read ("On Thursday, Labour won").
NOT_AGENT_CAPITALS = frozenset(
    (
        "the a an on in at by for from with after before since during meanwhile however but and or so yet "
        "this that these those its their his her our it they he she we i as of to also still then now while "
        "monday tuesday wednesday thursday friday saturday sunday today yesterday mr mrs ms dr"
    ).split()
)

#: Verbs that only say an event happened ("the cut it made on Sept. 18", "the vote it held in May").
LIGHT_VERBS = frozenset("make makes made making carry carried conduct conducted hold held take took do did".split())

#: Pronouns that stand for a person: a person's figure is not a country's or a party's ("He won five").
PERSON_PRONOUNS = frozenset("he she him her".split())

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

#: Parts of a country by themselves: a figure "in the capital" or "in the north" is a part of a
#: national claim's total, unless the claim names that part itself.
PART_REGIONS = frozenset("capital north south east west northeast northwest southeast southwest countryside".split())

#: Kinds of region that are a part only with a name the fact does not use ("in Kerala province");
#: "in the state" alone may be the fact's own state.
NAMED_REGIONS = frozenset(
    (
        "province provinces region regions district districts county counties state states prefecture "
        "prefectures constituency constituencies municipality municipalities city"
    ).split()
)

#: Prepositions that narrow what a figure counts to a group ("turnout among voters under 25").
NARROWING_PREPOSITIONS = frozenset({"among", "amongst"})

#: Words around a figure that make it an age, not a count ("children aged 11 and under").
AGE_BEFORE = ("aged", "age", "ages", "age of", "ages of", "under the age of", "over the age of")
AGE_AFTER = ("-year-old", "-year-olds", " year old", " years old", "-years-old")

#: Nouns that name a measure rather than a thing counted: "magnitude 5.9", "turnout of 82.5%", "a
#: 6.4-magnitude aftershock". A figure next to one is its value, and the noun after is what it measures.
MEASURE_WORDS = frozenset(
    (
        "magnitude intensity turnout rate share score height depth length width speed temperature level "
        "index ratio proportion percentage majority margin yield"
    ).split()
)

#: Marks of a photo caption, whose date is when the photo was taken: "Photo: …", "(AP Photo/…)",
#: an agency's picture number ("epa11238438"), "File photo".
CAPTION_MARKERS = (
    r"^\s*(?:photo|picture|image|file photo|caption)\s*:",
    r"\bAP Photo\b",
    r"^\s*epa\d{5,}",
    r"\bGetty Images\b",
    r"\bREUTERS/",
    r"\bAFP via Getty\b",
    r"^\s*FILE\s*[-–—]",
    r"\(Photo(?: by)?\b",
)

#: Words that qualify a count without narrowing what it counts ("confirmed cases", "official toll").
NEUTRAL_QUALIFIERS = frozenset(
    (
        "confirmed official total overall estimated reported known registered recorded final cumulative "
        "combined provisional preliminary latest current verified documented actual some all whole new young "
        "old little small more"
    ).split()
)

#: Determiners that introduce a thing as a new one ("an earthquake hit …", "another fire").
INDEFINITE_WORDS = frozenset("a an another".split())

#: Verbs that say nothing about which event a figure belongs to: they neither agree nor conflict.
NEUTRAL_VERBS = frozenset(
    (
        "be have say tell report estimate put number total reach stand remain rise climb grow increase fall "
        "drop decline confirm show count record cite give mean include involve bring take make become leave "
        "hit top exceed surpass near approach pass register log raise lift boost cut lower reduce jump soar "
        "double triple see carry slip dip shrink swell plunge tumble surge slump edge"
    ).split()
)

#: Irregular past forms of verbs, to their base form (no lemmatizer is loaded): "left 252 people dead".
IRREGULAR_PAST: dict[str, str] = {
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "has": "have", "had": "have",
    "left": "leave", "stood": "stand", "went": "go", "gone": "go", "rose": "rise", "risen": "rise",
    "fell": "fall", "fallen": "fall", "grew": "grow", "grown": "grow", "took": "take", "taken": "take",
    "gave": "give", "given": "give", "brought": "bring", "saw": "see", "seen": "see", "met": "meet",
    "sent": "send", "paid": "pay", "spent": "spend", "said": "say", "told": "tell", "made": "make",
    "became": "become", "held": "hold", "kept": "keep", "found": "find", "got": "get", "won": "win",
    "lost": "lose", "drew": "draw", "drawn": "draw", "struck": "strike", "began": "begin", "begun": "begin",
    "flew": "fly", "flown": "fly", "fled": "flee", "led": "lead", "sought": "seek", "bought": "buy",
    "sold": "sell", "meant": "mean", "ran": "run", "came": "come", "stole": "steal", "stolen": "steal",
    "broke": "break", "broken": "break", "wrote": "write", "written": "write", "shook": "shake",
    "shaken": "shake", "swept": "sweep", "tore": "tear", "torn": "tear", "froze": "freeze", "dealt": "deal",
    "built": "build", "spoke": "speak", "spoken": "speak", "chose": "choose", "chosen": "choose",
    "drove": "drive", "driven": "drive", "knew": "know", "known": "know", "threw": "throw", "thrown": "throw",
    "withdrew": "withdraw", "withdrawn": "withdraw", "overtook": "overtake", "undertook": "undertake",
}  # fmt: skip

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
    "revocation": ("lift", "lifted", "overturn", "overturned", "revoke", "revoked", "rescind", "rescinded",
                   "repeal", "repealed", "annul", "annulled", "scrap", "scrapped", "strike down", "struck down"),
    "impeachment": ("impeach", "impeached", "impeaching", "impeachment", "remove from office", "removed from office"),
}  # fmt: skip

#: Verbs of a decision whose figure is a tally ("voted 190-0 to lift martial law"): what was decided
#: is in the verb's complement, and two votes with different purposes are different events.
DECISION_VERBS = frozenset("vote voted votes voting agree agreed decide decided resolve resolved".split())

#: Words of a peak or record: a claim using one gives the highest value of its kind ("winds peaked
#: at 165 mph"); a figure told without one is the value at some moment (at landfall, on Monday).
PEAK_WORDS = frozenset("peak peaks peaked peaking highest record strongest top topped maximum-ever".split())

#: Nouns of one moment in a story: a claim's figure "at landfall" is the figure at that moment; a
#: storm's winds and category before or after it are others.
MOMENT_NOUNS = frozenset("landfall touchdown liftoff lift-off kickoff kick-off".split())

#: Verbs whose figure is a need, a change, a contest or a goal, not a result: "needed 176 seats",
#: "gained 24 seats", "fielded 300 candidates", "targets 5%". A claim using one of them compares.
NON_RESULT_VERBS = frozenset(
    "need require want seek lack gain lose shed field contest target aim expect predict project forecast".split()
)

#: Words before "by" that make the next figure a margin ("cleared the threshold by just four votes").
MARGIN_WORDS = ("won", "cleared", "passed", "beat", "beaten", "lost", "missed", "exceeded",
                "short", "ahead", "behind", "led", "leads", "trailed", "trails", "margin", "fell short")  # fmt: skip

#: Words after a figure that make it a threshold or a shortfall, not a result: "the 200 needed for
#: the motion", "176 seats required for a majority", "five short of".
THRESHOLD_AFTER = ("needed for", "needed to", "required for", "required to", "necessary for", "short of", "shy of")

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
    ("cut", "rate cut", "reduction", "trimmed", "lowered", "slashed"),
    (
        "landfall",
        "made landfall",
        "came ashore",
        "come ashore",
        "reached land",
        "hit land",
        "crossed the coast",
        "struck",
        "hit the coast",
        "slammed into",
        "barrelled ashore",
        "roared ashore",
    ),
)

#: Nouns that count the same things: a figure of "lives" counts the claim's "people".
COUNTED_EQUIVALENTS: tuple[tuple[str, ...], ...] = (
    ("people", "persons", "person", "lives", "individuals", "victims"),
    ("troops", "soldiers", "servicemen", "personnel", "forces"),
)

#: Words that introduce the title a claim gives its subject: "Shoigu is secretary of …", "… serves as …".
TITLE_COPULAS = ("is", "is now", "serves as", "remains", "has been", "became")

#: Words that join a title's head to what it heads: "secretary of the Security Council", "chief for Europe".
TITLE_JOINS = frozenset("of for to at in".split())

#: Words before a title that make it another title ("deputy chairman", "former minister").
TITLE_MODIFIERS = (
    "deputy vice former ex then acting first assistant co one-time onetime late outgoing future incoming interim "
    "prospective would-be"
).split()

#: Verbs that say an event happened, with the event as their subject ("the attack began on Friday",
#: "the floods that hit the region on Oct. 29", "the strike took place"): a date on one of them dates
#: its subject. Word forms (the pipeline loads no lemmatizer).
OCCURRENCE_FORMS = frozenset(
    (
        "begin began begun begins beginning start started starts starting happen happened happens occur "
        "occurred occurs hit hits struck strike strikes erupt erupted erupts unfold unfolded unfolds tore torn "
        "swept come came comes take took taken takes break broke broken breaks kick kicked get got"
    ).split()
)
#: The particle or object some of those forms need: "took place", "broke out", "kicked off", "got under way".
OCCURRENCE_NEEDS = {
    **dict.fromkeys(("take", "took", "taken", "takes"), "place"),
    **dict.fromkeys(("break", "broke", "broken", "breaks"), "out"),
    **dict.fromkeys(("kick", "kicked"), "off"),
    **dict.fromkeys(("get", "got"), "under"),
}

#: Pronouns that open a sentence and carry the subject of the sentence before ("The treaty was
#: discussed at length. It was signed on 18 June."): that sentence is read as about the same fact.
CARRY_PRONOUNS = frozenset("it its they their".split())
PLURAL_PRONOUNS = frozenset("they their".split())
