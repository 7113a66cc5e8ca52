"""The lexicon: every word list, synonym class and period table the readers use.

It is data, on the ground floor: it imports nothing of the project, and terms,
dates, quantities, sources and the readers import it. Extending the checker to a new
kind of wording usually means adding a word here, not code. One module per reader:

- ``reading``: roles, stance, events, synonym classes, countries;
- ``numbers``: scales, currencies, unit words, change words;
- ``dates``: months, ordinals, weekdays, named periods;
- ``sources``: page furniture, teaser prefixes, dateline cities;
- ``inflection``: irregular plurals and the -ing spelling rules.
"""
