"""A web page's publication date, read by htmldate from the page's own markup, and where it came from.

htmldate knows the many ways sites mark a publication date (``<meta
property="article:published_time">`` and dozens of other meta names,
JSON-LD ``datePublished``, ``<time>``/``<abbr>`` elements, a canonical URL).
It is run with ``original_date=True`` (the first publication, not the last
update) and ``extensive_search=False`` (no free-text guessing). Before it
looks, the page loses what is not the article: navigation, footers (their
copyright year), asides, furniture, teasers, list items that link to a story
and every link (other stories' dates and URLs), so no date of another story
or of the site can be taken as the page's.
htmldate does not say where a date came from; the markup that gives the same
day names it ("<meta article:published_time>", "JSON-LD datePublished", ...).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from ..lexicon import sources as lexicon
from .html import is_furniture
from .published import read_publication_date

#: <meta> names or properties that give the publication date, and how a Document names each.
_META_DATES = {
    "article:published_time": "<meta article:published_time>",
    "og:published_time": "<meta og:published_time>",
    "datepublished": "<meta itemprop=datePublished>",
    "pubdate": "<meta pubdate>",
    "publishdate": "<meta publishdate>",
    "date": "<meta date>",
    "dc.date": "<meta DC.date>",
    "dc.date.issued": "<meta DC.date.issued>",
}
#: How a date found by htmldate in markup none of the above names is named.
OTHER_MARKUP = "page markup (htmldate)"
_JSON_LD_DEPTH = 6
_JSON_LD_ITEMS = 50


def page_date(tree: Any) -> tuple[dt.date | None, str | None]:
    """The page's publication day and where it came from; ``tree`` is pruned in place (read it first)."""
    named = list(_named_dates(tree))
    _prune(tree)
    found = _htmldate(tree)
    for day, where in named:
        if found is None or day == found:
            return day, where
    return (found, OTHER_MARKUP) if found is not None else (None, None)


def _htmldate(tree: Any) -> dt.date | None:
    from htmldate import find_date  # lazily: about 0.1 s to import, only HTML sources need it

    try:
        value = find_date(tree, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    except Exception:  # htmldate on a page it cannot read: the page has no date, not an error
        return None
    return dt.date.fromisoformat(value) if value else None


def _named_dates(tree: Any) -> Iterator[tuple[dt.date, str]]:
    """Days the page's markup gives, best first: meta, <time itemprop>, JSON-LD, <time datetime>."""
    found: list[tuple[int, str, str]] = []
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _META_DATES and meta.get("content"):
            found.append((0, meta.get("content"), _META_DATES[name]))
    for time in tree.iter("time"):
        if time.get("datetime") and not _inside_furniture(time):
            if time.get("itemprop") == "datePublished":
                found.append((1, time.get("datetime"), "<time itemprop=datePublished>"))
            else:
                found.append((3, time.get("datetime"), "<time datetime>"))
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            value = _json_ld_date(_json(script.text), 0)
            if value:
                found.append((2, value, "JSON-LD datePublished"))
    for _, value, where in sorted(found, key=lambda item: item[0]):
        day = read_publication_date(value)
        if day is not None:
            yield day, where


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _json_ld_date(data: object, depth: int) -> str | None:
    if depth > _JSON_LD_DEPTH:
        return None
    if isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str):
            return value
        data = list(data.values())
    if isinstance(data, list):
        for item in data[:_JSON_LD_ITEMS]:
            found = _json_ld_date(item, depth + 1)
            if found:
                return found
    return None


def _is_furniture(element: Any) -> bool:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in lexicon.SITE_HEADER_TAGS:
        return not any(parent.tag == "article" for parent in element.iterancestors())
    return tag in _PRUNED_TAGS or tag == "a" or is_furniture(element) or _is_other_story(element, tag)


def _is_other_story(element: Any, tag: str) -> bool:
    """A teaser ("READ MORE: …") or a list item linking to a story: a date in it is that story's."""
    if tag == "li":
        return element.find(".//a") is not None
    if tag not in lexicon.LINK_BLOCK_TAGS:
        return False
    opening = element.text or ""
    if not opening.strip() and len(element) and isinstance(element[0].tag, str):
        opening = element[0].text or ""  # "<p><strong>READ MORE:</strong> …"; a look this short stays linear
    return " ".join(opening.split()).lower().startswith(lexicon.TEASER_PREFIXES)


#: What htmldate must not see: furniture (copyright lines, other stories' dates). <head> and scripts stay.
_PRUNED_TAGS = lexicon.HIDDEN_HTML_TAGS - {"head", "script"}


def _inside_furniture(element: Any) -> bool:
    return any(_is_furniture(parent) for parent in element.iterancestors())


def _prune(tree: Any) -> None:
    body = tree.find("body")
    if body is None:
        return
    doomed = [element for element in body.iter() if isinstance(element.tag, str) and _is_furniture(element)]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
