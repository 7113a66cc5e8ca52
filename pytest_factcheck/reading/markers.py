"""Words around a value that give it another slot of the sentence.

"rose by 300" is a change, "3,000 more" an addition, "30 of the victims" a
part, "$100 each" a rate, "aged 11" an age, "900 in A and 120 in B" one of a
breakdown; "since 2000" bounds a period and "SEOUL, Nov. 4, 2024 —" is a
dateline. None of them is the total or the date a claim gives.
"""

from __future__ import annotations

import re

from ..lexicon.reading import (
    AGE_AFTER,
    AGE_BEFORE,
    CAPTION_MARKERS,
    FEW_WORDS,
    FUNCTION_WORDS,
    FURTHER_WORDS,
    MARGIN_WORDS,
    MONTH_WORDS,
    PART_BEFORE,
    THRESHOLD_AFTER,
)
from ..terms import TermSet
from ..values import DateMention, QuantityMention
from .codes import Skip
from .frame import ClaimFrame
from .lexical import is_distributive
from .view import SentenceView, clause_start

_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|increased|decreased|grew|grown|dropped|declined|"
    r"jumped|climbed|swelled|shrank|up|down)\s+(?:by\s+)?|\b(?:a|an)\s+"
    r"(?:rise|increase|fall|drop|decline|jump|reduction|cut|gain)\s+of\s+)$",
    re.IGNORECASE,
)
#: "cleared the threshold of 200 by just four votes": the figure is a margin.
_MARGIN_BEFORE = re.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in MARGIN_WORDS) + r")\b(?:\s+(?!by\b)[\w'’-]+){0,5}?\s+by\s+"
    r"(?:just\s+|only\s+|a\s+mere\s+|some\s+)?$",
    re.IGNORECASE,
)
#: "by 179 votes to 171": a tally, its first side the claim's kind of figure, its second the losers'.
_TALLY_AFTER = re.compile(r"^\s+(?:votes?\s+|seats?\s+)?(?:to|against)\s+\d", re.IGNORECASE)
_TALLY_LOSER_BEFORE = re.compile(
    r"(?:\bby\s+\d[\d,]*\s+(?:votes?\s+)?|\d[\d,]*\s+votes?\s+)(?:to|against)\s+$", re.IGNORECASE
)  # not "rose from 50 to 212"
#: "the 200 needed for the motion", "five short of": a threshold or a shortfall.
_THRESHOLD_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:" + "|".join(w.replace(" ", r"\s+") for w in THRESHOLD_AFTER) + r")\b", re.IGNORECASE
)
_INCREMENT_BEFORE = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|an\s+extra|a\s+fresh|a\s+second|a\s+third|a\s+fourth)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:of\s+)?$|\b(?:new|fresh|second|third|fourth|latest|additional)\s+"
    r"(?:[\w-]+\s+){0,3}(?:contingent|deployment|batch|wave|rotation|group|tranche|instalment|installment)s?\s+of\s+$",
    re.IGNORECASE,
)
#: "two more 25 basis point cuts": the figure measures further instances, not the claim's.
_FURTHER_INSTANCES_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(w.replace(" ", r"\s+") for w in FEW_WORDS)
    + r"|\d+)\s+(?:"
    + "|".join(FURTHER_WORDS)
    + r")\s+$",
    re.IGNORECASE,
)
#: "The Eaton Fire alone killed 16", "in Valencia alone": the figure counts one part of the whole.
_ALONE_BEFORE = re.compile(r"\balone\b[^,;.]{0,50}$", re.IGNORECASE)
_ALONE_AFTER = re.compile(r"^\s+(?:[\w'’-]+\s+){0,4}?(?:in|from|at)\s+[^,;.]{1,40}?\balone\b", re.IGNORECASE)
_SINCE_AFTER = re.compile(
    r"^\s+(?:\w+\s+)?since\b", re.IGNORECASE
)  # "cut by three-quarters of a point since September"
_INCREMENT_AFTER = re.compile(r"^\s+(?:more|additional|extra|fresh|further)\b", re.IGNORECASE)
_PART_AFTER = re.compile(r"^\s+(?:of|among)\s+(?:the|them|those|these|whom|which)\b", re.IGNORECASE)
#: "241 of the 242 people", "Of the 135 cardinals, two …": the figure is the whole a part is taken from.
_WHOLE_BEFORE = re.compile(r"(?:\d[\d,.]*\s+(?:\w+\s+)?|^\s*|[,;:]\s*)of\s+(?:the\s+)?$", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in PART_BEFORE) + r")\s+(?:some\s+|about\s+)?$",
                          re.IGNORECASE)  # fmt: skip
_AGE_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in AGE_BEFORE) + r")\s+(?:between\s+)?$",
                         re.IGNORECASE)  # fmt: skip
_AGE_AFTER = re.compile(r"^(?:" + "|".join(re.escape(w) for w in AGE_AFTER) + r")", re.IGNORECASE)
_SPLIT_BEFORE = re.compile(r"\b(?:split|divided)\b|\bbetween\b", re.IGNORECASE)
#: "had three goals each", "have each recorded five deaths": a figure for each of several.
_EACH_AFTER_NOUN = re.compile(r"^\s+([a-z]+)\s+(?:each|apiece)\b")  # a noun, not "to each family"
_EACH_BEFORE = re.compile(r"\beach\s+(?!of\b)(?:[a-z]+\s+){1,2}$")  # not "for each of the 238"
_SHARED_AFTER = re.compile(r"^[^.;]{0,60}?\bfor\s+[A-Z][\w-]*(?:\s*,\s*[A-Z][\w-]*)*\s*,?\s+and\s+[A-Z]", re.UNICODE)
_IN_PLACE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){0,3}?(?:in|from|at)\s+(?:the\s+)?[A-Za-z][\w'’-]+")
_RANGE_BOUND_BEFORE = re.compile(
    r"\b(?:since|until|till|before|after|prior\s+to|following|from|between|by(?:\s+the\s+end\s+of)?)\s+"
    r"(?:(?:a|an|the|early|late|mid)\s+)?$",
    re.IGNORECASE,
)
#: "since the incursion began last October", "since its collapse on 28 March": the date of the event
#: a period is counted from, which still dates that event.
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?P<event>(?:[\w'’-]+\s+){1,4}?)"
    r"(?:(?:began|started|struck|erupted|hit|occurred|happened|took\s+place)\s+)?(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)


def _names_subject_after(text: str, end: int, subject: TermSet) -> bool:
    """The subject follows the date as its noun ("the March 28 collapse")."""
    return any(start - end <= 1 for start, _ in subject.spans(text, end, min(len(text), end + 30)))


_SINCE_IN_CLAUSE = re.compile(r"\b(?:since|deadliest|worst|biggest|largest)\b[^,;]{0,60}$", re.IGNORECASE)
_RELATIVE_TO_AFTER = re.compile(
    r"^\s*,?\s*(?:the\s+)?(?:eve|day\s+before|day\s+after|week\s+before|week\s+after|run-up)\s+(?:of|to)\b",
    re.IGNORECASE,
)
_CAPTION = re.compile("|".join(CAPTION_MARKERS), re.IGNORECASE)
_HELD_UNTIL_AFTER = re.compile(r"^\s+(?:for\s+[\w\s]{1,20}?\s+)?(?:until|before)\b", re.IGNORECASE)
_HELD_BEFORE = re.compile(r"\b(?:stood|remained|stayed|held|hovered)\s+(?:at\s+)?$", re.IGNORECASE)
#: A count given at an hour of the night it was still being made: "As of 2am, Labour had 16 seats".
_RUNNING_AT_HOUR = re.compile(
    r"\b(?:as of|by|at just (?:before|after)|shortly (?:before|after))\s+(?:about\s+)?"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)",
    re.IGNORECASE,
)
_ITEM_BREAK = re.compile(r"[,;]|\b(?:and|while|whereas|ahead of|followed by|behind|compared with|against)\b")
#: A holder's name in a list item: a capitalised word not opening the item, or an abbreviation in brackets.
_HOLDER = re.compile(r"(?<=[\w\s(])\b[A-Z][\w/.-]+(?:\s+[A-Z][\w/.-]+)*|\([A-Za-z]{2,8}\)")
_DATELINE_BEFORE = re.compile(r"^\s*(?:[A-Z][\w.,'’ /-]{0,80},\s*)?$")
_DASH_AFTER = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?[—–-]")


def figure_kind(view: SentenceView, mention: QuantityMention, frame: ClaimFrame) -> Skip | None:
    """Why a figure is not the kind of figure the claim gives, read from the words around it."""
    text = mention.quantity.text
    before = view.text[max(0, mention.start - 80) : mention.start]
    after = view.text[mention.end : mention.end + 40]
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(view.text[mention.end : mention.end + 12]):
        return Skip("age", f"{text} is an age, not a count")
    if _RUNNING_AT_HOUR.search(view.text):
        return Skip("other-time", f"{text} is a count at an hour while it was still being made")
    if _HELD_BEFORE.search(before) and _HELD_UNTIL_AFTER.match(view.text[mention.end : mention.end + 40]):
        return Skip("other-time", f"{text} held until a later change, it is not the figure now")
    if _CHANGE_BEFORE.search(before):
        return Skip("change", f"{text} is a change, not a total")
    if _TALLY_LOSER_BEFORE.search(before[-40:]):
        return Skip("split", f"{text} is the losing side of a tally, not the claim's figure")
    if _is_margin(before[-60:]) and not _TALLY_AFTER.match(after):
        return Skip("change", f"{text} is a margin, not a total")
    if _THRESHOLD_AFTER.match(after):
        return Skip("modality", f"{text} is a threshold to reach, not a result")
    if _INCREMENT_BEFORE.search(before) or _INCREMENT_AFTER.match(after):
        return Skip("addition", f"{text} is an addition, not the total")
    totalled = frame.time_is_period and frame.time is not None and frame.time.precision in ("year", "period")
    if _SINCE_AFTER.match(after) and not totalled:
        return Skip("aggregate", f"{text} adds up every instance since then, where the claim gives one")
    if _FURTHER_INSTANCES_BEFORE.search(before):
        return Skip("other-instance", f"{text} is said of further instances, not of the claim's")
    percentage = mention.quantity.unit == "percentage"  # "28.6% of the vote": the base, not a part
    if _ALONE_BEFORE.search(view.text[clause_start(view.text, mention.start) : mention.start]) or _ALONE_AFTER.match(
        after
    ):
        return Skip("part", f"{text} is said of one part alone, not of the whole")
    if (_PART_AFTER.match(after) and not frame.part and not percentage) or _PART_BEFORE.search(before):
        return Skip("part", f"{text} is a part of a group, not its total")
    if _WHOLE_BEFORE.search(view.text[max(0, mention.start - 40) : mention.start]):
        return Skip("part", f"{text} is the whole group a part is counted from, not the claim's figure")
    if _distributive(view, mention, after) != frame.rate:
        if frame.rate:
            return Skip("distributive", f"{text} is a total, and the claim gives a rate")
        return Skip("distributive", f"{text} is per unit or per period, not a total")
    if _SHARED_AFTER.match(after + view.text[mention.end + 40 : mention.end + 100]):
        return Skip("shared", f"{text} is shared with others named beside the subject")
    quantity = mention.quantity
    clause_before = view.text[clause_start(view.text, mention.start) : mention.start]
    single = quantity.interval.low == quantity.interval.high
    if single and (quantity.text.lower().startswith("between") or _SPLIT_BEFORE.search(clause_before)):
        return Skip("split", f"{text} is one side of a split")
    if _breakdown(view, mention):
        return Skip("split", f"{text} is one of several figures given for parts, not the total")
    return None


def other_holder(view: SentenceView, mention: QuantityMention, subject: TermSet, context: TermSet) -> Skip | None:
    """A figure in a list of holders and their figures, given for another holder than the fact's
    subject: "the CDU 28.6%, the AfD (afd) 20.8%", "took 28.6%, ahead of the AfD on 20.8%". It
    applies when the subject's own item of the list gives a figure in the same unit."""
    text = view.text
    if len(view.quantities) < 2 or not subject.search(text):
        return None
    start, end = _item(text, mention.start, mention.end)
    if subject.search(text, start, end):
        return None
    others = [q for q in view.quantities if q is not mention and q.quantity.unit == mention.quantity.unit]
    if not any(subject.search(text, *_item(text, q.start, q.end)) for q in others):
        return None
    names = [n for n in _HOLDER.findall(text[start:end]) if not context.search(n) and n.lower() not in MONTH_WORDS]
    holder = names[0].strip("()") if names else "another item of the list"
    return Skip("other-participant", f"{mention.quantity.text} is given for {holder}, not for {subject.terms[0]}")


def _item(text: str, start: int, end: int) -> tuple[int, int]:
    """The list item a figure stands in: between the separators around it."""
    breaks_before = [m.end() for m in _ITEM_BREAK.finditer(text, 0, start)]
    after = _ITEM_BREAK.search(text, end)
    return (breaks_before[-1] if breaks_before else 0), (after.start() if after else len(text))


def aggregate(view: SentenceView, mention: QuantityMention, instances: TermSet) -> Skip | None:
    """The sentence counts several instances of what the claim has one of ("9,000 migrants
    returned on 40 flights" for a claim about one flight): its figure adds them up."""
    if not instances:
        return None
    for other in view.quantities:
        if other is mention or other.quantity.interval.high < 2:
            continue
        following = re.match(r"\s+((?:[\w-]+\s+){0,2}?[\w-]+)", view.text[other.end : other.end + 40])
        if following and instances.search(following.group(1)):
            return Skip("aggregate", f"{mention.quantity.text} adds up {other.quantity.text} {following.group(1)}")
    return None


def _is_margin(before: str) -> bool:
    """ "won by 12", "cleared the threshold by just four": not "a win watched by 56,000", where "by"
    is the passive's agent (the word before it is a participle other than the margin word)."""
    match = _MARGIN_BEFORE.search(before)
    if match is None:
        return False
    words = re.findall(r"[\w'’-]+", match.group(0))
    by = max(i for i, w in enumerate(words) if w.lower() == "by")
    previous = words[by - 1].lower() if by > 0 else ""
    return by == 1 or not previous.endswith("ed")


def _distributive(view: SentenceView, mention: QuantityMention, after: str) -> bool:
    """A figure per unit: "$100 each", "per person", "three goals each", "have each recorded five"."""
    each_after = _EACH_AFTER_NOUN.match(after)
    before = view.text[clause_start(view.text, mention.start) : mention.start]
    return (
        is_distributive(after)
        or (each_after is not None and each_after.group(1) not in FUNCTION_WORDS)
        or _EACH_BEFORE.search(before) is not None
    )


def _breakdown(view: SentenceView, mention: QuantityMention) -> bool:
    """Two or more figures of the sentence, each followed by a place: "900 in Province A and 120 in Province B"."""
    placed = [q for q in view.quantities if _IN_PLACE_AFTER.match(view.text[q.end : q.end + 50])]
    return len(placed) >= 2 and mention in placed


def date_kind(
    view: SentenceView, mention: DateMention, subject: TermSet | None = None, context: TermSet | None = None
) -> Skip | None:
    """Why a date in the sentence is not an event's date: the dateline of the
    article, or a bound of a range ("since 2000", "after the Cold War"). A date
    that names the fact's event ("since the March 28 collapse", "since the
    incursion began last October", "a member since 2023") still dates it."""
    if is_dateline(view, mention):
        return Skip("dateline", f"{mention.text} is the article's dateline")
    if _CAPTION.search(view.text):
        return Skip("other-event", f"{mention.text} is a photo caption's date, when the photo was taken")
    before = view.text[max(0, mention.start - 30) : mention.start]
    if _RELATIVE_TO_AFTER.match(view.text[mention.end : mention.end + 40]):
        return Skip("relative-to-other", f"{mention.text} is given relative to another day")
    member_since = re.search(r"\bmembers?\s+since\s+$", before, re.IGNORECASE)
    names_event = subject is not None and _names_subject_after(view.text, mention.end, subject)
    if _RANGE_BOUND_BEFORE.search(before) and not member_since and not names_event:
        return Skip("bound", f"{mention.text} bounds a period, it does not date the event")
    clause = view.text[clause_start(view.text, mention.start) : mention.start]
    since = _SINCE_EVENT.search(clause)
    event_began = since is not None and any(
        terms.search(clause, since.start("event"), since.end("event")) for terms in (subject, context) if terms
    )
    if _SINCE_IN_CLAUSE.search(clause) and not member_since and not names_event and not event_began:
        return Skip("bound", f"{mention.text} dates what a period is counted since, not the event")
    return None


def is_dateline(view: SentenceView, mention: DateMention) -> bool:
    """The date opens the paragraph, after a city or alone, and a dash follows: "SEOUL, Nov. 4, 2024 —"."""
    return (
        view.offset == 0
        and _DATELINE_BEFORE.match(view.text[: mention.start]) is not None
        and _DASH_AFTER.match(view.text[mention.end :]) is not None
    )
