"""Why a sentence about a fact was not compared: stable reason codes.

Every ``unverifiable`` finding carries one code from :data:`CODES` next to its
message. Messages are written for editors and may be reworded; codes are a
contract (the JSON report's ``reason_code``, SARIF rule ids, the evaluation's
error groups) and only ever get added to.
"""

from __future__ import annotations

from dataclasses import dataclass

#: code → what it means, in the README's words.
CODES: dict[str, str] = {
    "no-value": "the sentence is about the fact but gives no figure, date or title for it",
    "other-unit": "the figure is in another unit or currency than the fact",
    "not-attached": "the value is not said of the fact's subject",
    "other-thing": "the figure counts another kind of thing than the fact",
    "other-event": "the value belongs to another event (injured, not killed; ratified, not signed)",
    "other-participant": "the value is said of another place, country or agent than the fact's",
    "other-instance": "the sentence speaks of another instance (the previous visit, the 1997 accord)",
    "sibling-value": "the figure agrees with another fact about the same event: it is that fact's figure",
    "other-time": "the value is given for another time than the fact's claim",
    "before-event": "the source was published before the fact's event, so it cannot report it",
    "period-open": "the source was published before the period of the claim ended: its figure is a running total",
    "not-in-force": "the source was published outside the fact's as_of / until window",
    "no-publication-date": "the value is relative (last year, on Tuesday) and the source has no publication date",
    "change": "the figure is a change (rose by, up from), not a level",
    "addition": "the figure is an addition (3,000 more, a further 25,000), not the total",
    "part": "the figure is a part of a group (30 of the victims, including 300 children)",
    "distributive": "the figure is per unit or per period ($100 each, a year) where the claim is not, or the reverse",
    "age": "the number is an age, not a count",
    "split": "the figure is one of several given for parts (900 in A and 120 in B), or one side of a split",
    "aggregate": "the figure adds up several instances (on 40 flights) where the claim counts one",
    "shared": "the figure is shared with others named beside the subject",
    "modality": "the value is a possibility, plan, target or forecast, where the claim reports a fact",
    "denied": "the sentence denies or disputes the value",
    "falsehood": "the sentence reports the value as a false claim or a rumour",
    "question": "the value is asked about, not stated",
    "imprecise": "the value is too coarse to compare with the fact's",
    "anniversary": "the date is an anniversary or commemoration, not the event itself",
    "dateline": "the date is the article's dateline",
    "bound": "the date bounds a period (since 2000, until May), it does not date the event",
    "relative-to-other": "the date is given relative to another day (the eve of, the day after)",
    "title-part": "the contradicting phrase is part of another title (deputy chairman)",
    "title-past": "the contradicting phrase is a past title (former, was, until)",
    "title-other": "the contradicting phrase is said of someone else",
    "too-long": "the sentence is too long to read",
}


@dataclass(frozen=True)
class Skip:
    """Why one value of a sentence was not compared with a fact."""

    code: str
    message: str

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown reason code {self.code!r}")
