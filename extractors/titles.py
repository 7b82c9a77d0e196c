"""Choose the article's headline among the titles a page states.

A page names its story several times: the JSON-LD headline, og:title (the social
card), <title> (the browser tab, usually with the site name) and the visible <h1>.
They often differ ("Hafenfest: Regen stoppt die Parade" on the card, "Regen stoppt
die Parade" on the page), and blogs put the site's name in an <h1> of its own.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable, Iterator

# Separators between a headline and the site or section names around it.
_SEGMENT_SEPARATOR = re.compile(r"\s+(?:[|–—·•»/:-]|::)\s+|\s*[|｜]\s*|\s+:\s*")
_EDGE_PUNCTUATION = " .:;!?\"'«»„“”‘’‹›"
# A blog's logo headline is often its domain: "example-blog.de", "Site.com".
_DOMAIN_NAME = re.compile(r"[^\W_]\.(?:com|net|org|info|de|at|ch|eu|fr|it|es|nl|co\.uk|io)$")
# Longer than this an <h1> is a teaser block or a whole header, not a headline.
MAX_HEADLINE_CHARS = 300


# Typographic dashes and quote marks vary between a page's own copies of one title.
_TYPOGRAPHY = str.maketrans({**dict.fromkeys("‐‑‒–—―−", "-"), **dict.fromkeys("‘’‚‛`´", "'"), **dict.fromkeys("“”„‟«»", '"')})


def _key(text: str) -> str:
    """Comparison form: NFKC ("…" is "..."), casefolded, dashes and quote marks plain,
    soft hyphens out, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_TYPOGRAPHY).replace("\xad", "")
    return " ".join(text.split()).strip(_EDGE_PUNCTUATION)


def _segments(title: str) -> list[str]:
    return [k for k in (_key(p) for p in _SEGMENT_SEPARATOR.split(title)) if k]


def _is_site_name(h1: str, titles: list[str], publisher: str | None) -> bool:
    """The site's own name set as a heading: the publisher, a domain, or the short part
    of "Headline | Site" titles."""
    key = _key(h1)
    if publisher and key == _key(publisher):
        return True
    if _DOMAIN_NAME.search(key):
        return True
    for title in titles:
        parts = _segments(title)
        if len(parts) > 1 and key in parts and len(key) < max(len(p) for p in parts):
            return True
    return False


# The archive label blog software puts between the blog's name and the post's title.
_BLOG_LABEL = re.compile(r"^blog[- ]?archi(?:v|ve|vo|ves)$")


def _names_the_site(part: str, names: list[str]) -> bool:
    key = _key(part)
    return bool(_DOMAIN_NAME.search(key) or _BLOG_LABEL.match(key) or any(key == _key(n) for n in names))


# Shorter than this a title part ("A", "Up") is found inside any name by chance.
MIN_NAME_CHARS = 3


def _within(part: str, name: str) -> bool:
    """"HBA" opening a title of the site www.hba.example: the part is the site's name, shortened."""
    short, long = _key(part).replace(" ", ""), _key(name).replace(" ", "")
    return len(short) >= MIN_NAME_CHARS and short in long


def _without_site_names(title: str, publisher: str | None, headings: list[str]) -> str:
    """"Blog Name » Blog Archive » Post title" -> "Post title"; "Post title : Blog Name |
    Tagline" -> "Post title": what the page names itself by (publisher, domain, its
    site-name heading) is cut from a title it opens or interrupts.

    A site-name heading opens a title only before blog software's archive label: a
    heading that is also the title's first part is more often the headline itself.
    """
    bounds = [0]
    for match in _SEGMENT_SEPARATOR.finditer(title):
        bounds += [match.start(), match.end()]
    bounds.append(len(title))
    parts = [title[bounds[i]: bounds[i + 1]] for i in range(0, len(bounds), 2)]
    starts = bounds[0::2]
    named = [publisher] if publisher else []
    first = 0
    while first < len(parts) - 1 and (
        _names_the_site(parts[first], named)
        or (publisher and _within(parts[first], publisher))
        or (_names_the_site(parts[first], headings) and _BLOG_LABEL.match(_key(parts[first + 1])))
    ):
        first += 1
    last = len(parts)
    for i in range(first + 1, len(parts)):
        if _names_the_site(parts[i], named + headings) or (publisher and _within(parts[i], publisher)):
            last = i
            break
    return title[starts[first]: starts[last - 1] + len(parts[last - 1])].strip() or title


def _has_words(text: str) -> bool:
    """A heading of bare punctuation ("...", "—") is a decoration, not a headline."""
    return any(ch.isalnum() for ch in text)


def _named_by(h1: str, title: str | None) -> bool:
    """The <h1> is the meta title, its beginning, or one of its parts."""
    if not title:
        return False
    key, whole = _key(h1), _key(title)
    return key == whole or whole.startswith(key) or key in _segments(title)


# Fewer words than this and a shortened card is a label ("Politik"), not a headline.
MIN_CARD_WORDS = 3


def _drops_a_kicker(headline: str, card: str) -> bool:
    """og:title is the JSON-LD headline without its kicker: "Election night: Polls close"
    declared, "Polls close" on the card. The newsroom wrote the headline twice, once with
    the topic line the page sets above it and once without; the bare one is the headline."""
    whole, tail = _key(headline), _key(card)
    if len(tail.split()) < MIN_CARD_WORDS or whole == tail or not whole.endswith(tail):
        return False
    kicker = whole[: -len(tail)]
    return not kicker[-1].isalnum()


# Between a kicker and its headline: the title separators and a plain colon ("Topic: Headline").
_KICKER_SEPARATOR = re.compile(_SEGMENT_SEPARATOR.pattern + r"|:\s+")


# Quote marks and spaces between a run-in kicker and the headline ('Topic"Quoted headline"').
_QUOTES_AND_SPACE = " \"'«»„“”‘’‹›"


def _kicker_run_in(h1: str, titles: list[str]) -> str | None:
    """The headline of an <h1> that runs its kicker line into it ("Nach dem Sturm Fähren
    fahren wieder") when a meta title sets the kicker off ("Nach dem Sturm: Fähren fahren
    wieder"): the kicker and the headline are two lines on the page, the headline is the
    second. An <h1> that itself writes "Kicker: Headline" is left whole."""
    key = _key(h1)
    for title in titles:
        for tail, kicker, rest in _kicker_splits(title):
            if len(tail) >= len(key) or not key.endswith(tail):
                continue
            # What the <h1> shows before the headline: the kicker, no separator after it.
            head = key[: -len(tail)].rstrip(_QUOTES_AND_SPACE)
            if kicker and head.endswith(kicker):
                return rest
    return None


def _kicker_splits(title: str) -> Iterator[tuple[str, str, str]]:
    """Each way to read a title as "kicker, separator, headline" with a headline of a few
    words: (headline in comparison form, kicker in comparison form, headline as written)."""
    for match in _KICKER_SEPARATOR.finditer(title):
        rest = title[match.end():].strip()
        headline = _key(rest)
        if len(headline.split()) >= MIN_CARD_WORDS:
            yield headline, _key(title[: match.start()]), rest


def _kickers(title: str) -> dict[str, tuple[str, str]]:
    """Each way to read a title as "kicker, separator, headline": headline (comparison
    form) -> (kicker in comparison form, headline as written)."""
    found: dict[str, tuple[str, str]] = {}
    for headline, kicker, rest in _kicker_splits(title):
        found.setdefault(headline, (kicker, rest))
    return found


def _unrelated(first: str, second: str) -> bool:
    """Two kickers that share under half their words, neither ending the other (a typo,
    an added word or a longer path of sections is the same kicker)."""
    a, b = set(first.split()), set(second.split())
    if not (a and b) or first.endswith(second) or second.endswith(first):
        return False
    return len(a & b) < 0.5 * len(a | b)


def _shared_headline(h1: str, titles: list[str]) -> str | None:
    """"Storm over the coast - Ferries run again" on the page, "Weather: Ferries run
    again" on the card: two kickers for one headline, which is what both repeat. What
    they share is most of the heading; a shorter common tail ("Rain at last - the
    fields turn green" and "Harvest: the fields turn green") is two headlines."""
    own = _kickers(h1)
    for title in titles:
        for headline, (kicker, _) in _kickers(title).items():
            if headline in own and _unrelated(kicker, own[headline][0]) and 2 * len(headline) > len(_key(h1)):
                return own[headline][1]
    return None


def _shown_instead(headline: str, card: str | None, tab: str | None, h1s: list[str]) -> bool:
    """The page states two headlines: one as its declared headline and in <title> (the
    search headline, which content systems fill both from), another in og:title and the
    visible <h1>. Readers see the second; it is the article's headline."""
    if not card or not tab:
        return False
    key, card_key = _key(headline), _key(card)
    return key != card_key and _key(tab) == key and any(_key(h1) == card_key for h1 in h1s)


def only_site_names(h1s: list[str], titles: list[str], publisher: str | None) -> bool:
    """The page has no <h1> but its logo's (or none at all)."""
    return all(_is_site_name(h1, titles, publisher) for h1 in h1s)


def _names_most_of(heading: str, title: str) -> bool:
    """The heading is the title, one of its parts, or most of its beginning (a site name
    run on without spaces: "Headline-Site"). A title's first word or two ("Townsville
    Council" opening "Townsville Council - Budget approved") is the site's name instead."""
    key, whole = _key(heading), _key(title)
    return key == whole or key in _segments(title) or (whole.startswith(key) and 2 * len(key) > len(whole))


def named_heading(texts: Iterable[str], titles: list[str], publisher: str | None) -> str | None:
    """The first of a page's title-classed elements that a meta title names: blog and
    shop themes set the post's headline in an <h2 class="post-title"> or a
    <div class="headline"> and keep the <h1> for the logo. Only a heading the meta titles
    confirm is taken; the same classes name teaser, widget and box titles too."""
    for text in texts:
        if len(text) <= MAX_HEADLINE_CHARS and _has_words(text) and not _is_site_name(text, titles, publisher):
            if any(_names_most_of(text, title) for title in titles):
                return text
    return None


def choose_title(
    *,
    headline: str | None,
    og_title: str | None,
    title_tag: str | None,
    h1s: list[str],
    publisher: str | None,
    strip: Callable[[str | None, str | None], str | None],
    fallback: Callable[[], str | None],
) -> str | None:
    """The headline as the article states it.

    The declared headline (the <h1> marked itemprop="headline", else the JSON-LD
    headline) is the newsroom's own declaration and wins when present, unless og:title
    is the same headline without its kicker or with a different one, or og:title and
    the visible <h1> state one headline where the declared one and <title> state
    another. Otherwise the visible <h1> that the meta titles confirm, then the page's
    single <h1> (annotators and readers see that one; og:title is often a shortened
    card) less a kicker that the meta titles set apart, then og:title, then <title>,
    each less the site's name wherever it stands. ``fallback`` (a costlier guess) runs
    only when the page states none of these.
    """
    if headline:
        headline = strip(headline, publisher) or headline
        card = strip(og_title, publisher) if og_title else None
        if card and (_drops_a_kicker(headline, card) or _shown_instead(headline, card, strip(title_tag, publisher), h1s)):
            return card
        # A marked <h1> that sets its own kicker before the headline the card repeats.
        return (_shared_headline(headline, [card]) if card else None) or headline
    # Responsive layouts repeat the heading (one for wide screens, one for phones).
    candidates = list(dict.fromkeys(h for h in h1s if len(h) <= MAX_HEADLINE_CHARS and _has_words(h)))
    metas = [t for t in (og_title, title_tag) if t]
    for h1 in candidates:
        if any(_key(h1) == _key(strip(t, publisher) or "") for t in metas):
            return h1
    site_names = [h for h in candidates if _is_site_name(h, metas, publisher)]
    candidates = [h for h in candidates if h not in site_names]
    stated_publisher = publisher
    # A heading that names the site also says what to cut from "Headline | Site".
    publisher = publisher or (site_names[0] if site_names else None)
    for h1 in candidates:
        if any(_named_by(h1, t) for t in metas):
            return h1
    if len(candidates) == 1:
        h1 = candidates[0]
        card = strip(og_title, publisher) if og_title else None
        # "1. Februar 2022 Headline", "Kicker Headline": the <h1> runs a date or a
        # kicker into the headline that og:title gives alone.
        if card and _key(h1).endswith(_key(card)):
            return card
        bare_metas = [_without_site_names(strip(t, publisher) or t, stated_publisher, site_names) for t in metas]
        return _kicker_run_in(h1, bare_metas) or _shared_headline(h1, bare_metas) or h1
    for title in (og_title, title_tag):
        if title:
            return _without_site_names(strip(title, publisher) or title, stated_publisher, site_names)
    return strip(fallback(), publisher)
