"""Inflection: English noun plurals and singulars and the -ing rules (used by pytest_factcheck.inflection).

The irregular forms a term's last word may take; every other word follows the
suffix rules in :mod:`pytest_factcheck.inflection`.
"""

from __future__ import annotations

#: Singular → plural, where the plural is not made by a suffix rule.
IRREGULAR_PLURALS: dict[str, str] = {
    "man": "men",
    "woman": "women",
    "child": "children",
    "person": "people",
    "mouse": "mice",
    "louse": "lice",
    "foot": "feet",
    "tooth": "teeth",
    "goose": "geese",
    "ox": "oxen",
    "die": "dice",
    "quiz": "quizzes",
    "criterion": "criteria",
    "phenomenon": "phenomena",
    "datum": "data",
    "medium": "media",
    "bacterium": "bacteria",
    "curriculum": "curricula",
    "memorandum": "memoranda",
    "stratum": "strata",
    "crisis": "crises",
    "analysis": "analyses",
    "thesis": "theses",
    "hypothesis": "hypotheses",
    "diagnosis": "diagnoses",
    "basis": "bases",
    "axis": "axes",
    "oasis": "oases",
    "emphasis": "emphases",
    "parenthesis": "parentheses",
    "synopsis": "synopses",
    "prognosis": "prognoses",
    "ellipsis": "ellipses",
    "radius": "radii",
    "fungus": "fungi",
    "cactus": "cacti",
    "nucleus": "nuclei",
    "stimulus": "stimuli",
    "alumnus": "alumni",
    "syllabus": "syllabi",
    "focus": "foci",
    "locus": "loci",
    "vertex": "vertices",
    "matrix": "matrices",
    "appendix": "appendices",
    "knife": "knives",
    "life": "lives",
    "wife": "wives",
    "midwife": "midwives",
    "leaf": "leaves",
    "half": "halves",
    "shelf": "shelves",
    "calf": "calves",
    "thief": "thieves",
    "wolf": "wolves",
    "self": "selves",
    "loaf": "loaves",
    "elf": "elves",
    "sheaf": "sheaves",
    "scarf": "scarves",
    "wharf": "wharves",
    "hoof": "hooves",
}

#: Words whose plural is the word itself.
UNCHANGING = frozenset(
    "sheep deer fish series species aircraft spacecraft hovercraft offspring swine bison moose salmon trout "
    "cattle police news means headquarters crossroads".split()
)

#: "-man" words whose plural is "-mans" ("Germans", not "Germen").
MAN_PLURAL_S = frozenset("human german roman shaman talisman ottoman caiman cayman walkman".split())

#: "-o" words whose plural takes "-es".
O_PLURAL_ES = frozenset(
    "echo hero potato tomato veto torpedo embargo volcano tornado mosquito domino buffalo cargo".split()
)

#: "-s" words that are singular: no "-s" is taken off them.
SINGULAR_IN_S = frozenset(
    "news series species means bus gas bias atlas canvas lens iris chaos ethos pathos thermos "
    "this his its is was has yes us thus plus minus bonus virus census campus status genus opus corpus "
    "apparatus consensus octopus circus citrus focus chorus sinus surplus stimulus crisis analysis basis "
    "thesis axis oasis emphasis diagnosis hypothesis physics economics politics mathematics statistics "
    "ethics logistics athletics gymnastics mumps measles diabetes herpes rabies always perhaps across "
    "whereas besides towards afterwards upwards downwards nevertheless unless".split()
)

#: Plurals in "-ses" that lose "-es", not "-s" ("buses" → "bus", but "cases" → "case").
SES_LOSE_ES = frozenset(
    "buses gases biases atlases canvases lenses irises bonuses viruses censuses campuses statuses geniuses "
    "consensuses octopuses circuses choruses sinuses surpluses".split()
)

#: Plurals in "-ies" that lose only "-s" ("ties" → "tie").
IES_LOSE_S = frozenset("ties lies dies pies vies cookies movies zombies calories rookies".split())

#: The present participle's spelling rules, tried in order on the base form: (pattern, replacement)
#: before "ing" is added ("die" → "dying", "make" → "making", "plan" → "planning").
PARTICIPLE_RULES: tuple[tuple[str, str], ...] = (
    (r"ie$", "y"),
    (r"ue$", "u"),
    (r"([auy])e$", r"\g<1>"),
    (r"ski$", "ski"),
    (r"[^b]i$", ""),
    (r"^(are|were)$", "be"),
    (r"^(had)$", "hav"),
    (r"^(hoe|be)$", r"\g<1>"),
    (r"([^e])e$", r"\g<1>"),
    (r"er$", "er"),
    (r"([aeiou]c)$", r"\g<1>k"),
    (r"([^aeiou][aeiouy]([bdgmnprst]))$", r"\g<1>\g<2>"),
)

#: Singular words in "-men": no "-man" is made of them.
MEN_SINGULAR = frozenset("omen amen specimen abdomen regimen stamen yemen hymen ramen".split())

#: "-ch" words said with a k, whose plural takes "-s" ("Czechs", "epochs").
CH_PLURAL_S = frozenset("czech stomach monarch epoch patriarch matriarch oligarch tech eunuch".split())

#: Words of more than one syllable, stressed on the last, that double their final consonant
#: before "-ing" ("admitting", but "opening", "visiting").
DOUBLING_POLYSYLLABLES = frozenset(
    "admit commit submit permit omit emit transmit occur recur refer prefer confer defer deter regret control "
    "patrol compel expel propel rebel repel begin forget forbid upset equip acquit outrun".split()
)
