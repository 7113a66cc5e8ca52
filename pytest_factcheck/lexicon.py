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
