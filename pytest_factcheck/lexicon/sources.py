"""Sources: which parts of a web page are not the article, and how a dateline's city writes
all-number dates (used by pytest_factcheck.sources)."""

from __future__ import annotations

#: HTML elements whose content is never the article's prose.
HIDDEN_HTML_TAGS = frozenset(
    "script style template noscript head svg iframe object nav footer aside form button select dialog".split()
)
#: A page's header is furniture; an <article>'s own <header> (its headline and byline) is read.
SITE_HEADER_TAGS = frozenset(["header"])
#: Elements whose contents the parser keeps as written ("&amp;" stays five characters).
RAW_TEXT_TAGS = frozenset(["script", "style"])
#: The elements a page's main prose is read from, first found wins: every outermost <article>, else <main>.
MAIN_PROSE_TAGS = ("article", "main")
#: Elements read as the prose of a caption (the finding says "caption").
CAPTION_TAGS = frozenset(["figcaption", "caption"])
#: Elements that end a paragraph: text either side is never one sentence.
BLOCK_HTML_TAGS = frozenset(
    "address article aside blockquote br caption dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul title".split()
)
#: Elements judged as a teaser or a link list when all their text is link text.
LINK_BLOCK_TAGS = frozenset(["p", "li", "div", "h2", "h3", "h4", "h5", "section"])
#: A teaser is a line or two (visible characters); a longer block is never left out as one.
TEASER_MAX_CHARS = 300

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

#: Markdown front-matter keys read as the publication date, first found wins.
FRONT_MATTER_DATE_KEYS = ("date", "published", "pubdate", "date_published", "published_at")
#: A Markdown file's raw HTML: elements whose whole content is left out (the rest of the block is prose).
HIDDEN_IN_MARKDOWN_HTML = ("script", "style", "template", "noscript", "svg", "nav", "footer", "aside", "form")
