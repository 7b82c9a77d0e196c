"""Read an article from an HTML page.

One parse per page. The page's own metadata (JSON-LD, OpenGraph, meta tags) and its
figures are read from the tree first, with trafilatura's guesses filling only what
the page does not state; trafilatura's body cascade runs last, on the same tree,
which it prunes. Lines trafilatura keeps that are not the story are taken out.
"""
from __future__ import annotations

from collections import Counter

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.metadata import extract_title
from trafilatura.settings import set_date_params
from htmldate import find_date

from .authors import (
    clean_authors, clean_guessed_author, full_names_in_bios, is_lone_first_name, with_co_authors, with_full_names,
)
from .bylines import find_bylines, full_names_of, guess_author
from .body import PageText, clean_body, read_page_text, shown_standfirst
from .body_cascade import BodyCascade
from .dates import to_iso8601
from .errors import ParseFailed
from .html_parse import nesting_was_cut, parse_html
from .images import read_images
from .metadata import PageMetadata, json_ld_types, read_metadata, strip_site_name
from .record import Article
from .script_story import scripted_story
from .titles import choose_title

# The fast cascade (no readability/jusText comparison) is as good on most news
# pages at half the cost; when it keeps under this share of the page's text it
# has likely locked onto a teaser or a box, and the full cascade runs instead.
FALLBACK_SHARE = 0.2
# A body under this share of the story the page keeps in its data (the JSON-LD articleBody,
# an HTML string in a script) is a stub, a caption or a teaser line: the page renders its
# story with scripts.
STORED_STORY_SHARE = 0.25
# Scripts also hold the next stories of an endless page: their HTML is read only where
# the page shows no more than a stub line of its own.
STUB_CHARS = 300


def read_html(html: str, *, url: str | None = None, utf8: bytes | None = None) -> Article:
    """The article in a page; ``utf8``: the page's bytes, when they are ``html`` in UTF-8."""
    tree = parse_html(html, utf8=utf8)
    if tree is None:
        raise ParseFailed("the HTML could not be parsed")
    warnings: list[str] = []
    if nesting_was_cut():
        # lxml keeps 255 levels of nesting; what lies deeper is gone from the tree.
        warnings.append("the page nests elements deeper than 255 levels; the deeper content was dropped")
    meta = read_metadata(tree)
    page_url = meta.url or url
    page = read_page_text(tree)
    images = read_images(tree, lead_image=meta.lead_image, base_url=page_url, json_ld=meta.json_ld)

    body_at = len(warnings)  # the body's notes go before those about the fields below
    article = Article(
        url=page_url,
        title=_title(meta, tree),
        description=meta.description,
        publisher=meta.publisher,
        language=meta.language,
        section=meta.section,
        date_modified=meta.date_modified,
        tags=meta.tags,
        images=images,
        warnings=warnings,
    )
    article.authors = _authors(meta, tree, warnings)
    article.date_published = _date_published(meta, tree, page_url, warnings)
    # The body comes last: trafilatura's cascade prunes the tree it runs on.
    body_notes: list[str] = []
    body_text = _body_text(tree, page, url=page_url, warnings=body_notes)
    warnings[body_at:body_at] = body_notes
    body, dropped = clean_body(
        body_text, page, authors=article.authors, captions=[i.caption for i in images if i.caption],
        title=article.title,
    )
    if dropped:
        counts = Counter(dropped)
        words = {"headline": "headline", "caption": "image caption", "link": "link to another page", "byline": "byline"}
        warnings.append("dropped from the body: " + ", ".join(f"{n} {words.get(k, k)} line(s)" for k, n in counts.items()))
    standfirst = shown_standfirst(tree, [meta.description, *_META_SUMMARIES(tree)], body, article.title) if body else None
    if standfirst:
        body = f"{standfirst}\n\n{body}"
    stored = _stored_story(meta, page.scripts, body)
    if stored:
        body, where = stored
        warnings.append(f"body: the page shows little of the story; the body is {where}")
    if not body:
        warnings.append("no article text found in the page")
    article.body = body
    return article


# The summaries in the page's <meta> tags. The linked data's summary comes first in the
# metadata, but a news page may show the <meta> one under its headline instead.
_META_SUMMARIES = etree.XPath(
    "//head/meta[@name='description' or @property='og:description' or @name='twitter:description']/@content"
)


def _body_text(tree: HtmlElement, page: PageText, *, url: str | None, warnings: list[str]) -> str:
    cascade = BodyCascade(tree, url=url)
    text = cascade.text()
    if len(text) < FALLBACK_SHARE * page.chars:
        full_text = cascade.text(full=True)
        if full_text != text:
            warnings.append("body: the quick extraction kept little of the page; the fuller comparison was used")
            text = full_text
    return text


def _stored_story(meta: PageMetadata, scripts: list[HtmlElement], body: str) -> tuple[str, str] | None:
    """The story the page keeps in its data, where its elements show only a stub of it."""
    if meta.article_body and len(body) < STORED_STORY_SHARE * len(meta.article_body):
        return meta.article_body, "the structured data's articleBody"
    if scripts and len(body) <= STUB_CHARS:
        story = scripted_story([script.text for script in scripts if script.text])
        if len(body) < STORED_STORY_SHARE * len(story):
            return story, "an HTML string in the page's scripts"
    return None


def _title(meta: PageMetadata, tree: HtmlElement) -> str | None:
    # The JSON-LD headline, then the <h1> the meta titles confirm, then og:title and
    # <title>; trafilatura's guess only for pages that state none of them.
    return choose_title(
        headline=meta.title, og_title=meta.og_title, title_tag=meta.title_tag, h1s=meta.h1s,
        publisher=meta.publisher, strip=strip_site_name, fallback=lambda: extract_title(tree),
    )


def _authors(meta: PageMetadata, tree: HtmlElement, warnings: list[str]) -> list[str]:
    """The first source that names a person: JSON-LD, then meta tags, then the visible byline.

    A source that names only the outlet ("The Daily Example"), a desk or an e-mail address
    gives way to the next one. Beside the JSON-LD writers, an author tag that names one
    of them adds its co-writers, and a first name alone is spelled out by a name the
    page shows. The page is searched for a byline only when the structured sources
    name nobody.
    """
    dropped: list[str] = []

    def names_in(raw: list[str], guessed: bool = False, structured: bool = False) -> list[str]:
        cleaned = clean_authors(raw, meta.publisher, guessed=guessed, structured=structured)
        dropped.extend(cleaned.dropped)
        return cleaned.names

    tagged = meta.authors_by_source.get("meta tags", [])
    names = names_in(meta.authors_by_source.get("JSON-LD", []), structured=True)
    if names:
        names = with_co_authors(names, tagged, meta.publisher)
    else:
        names = names_in(tagged, structured=True)
    lone_first_names = [name for name in names if is_lone_first_name(name)]
    if lone_first_names:
        # Blog engines put the account's display name ("Mara") in the structured data
        # and the writer's full name in the visible byline ("By Mara Quell").
        # Their schema graph may spell it out in the Person's bio ("Mara Quell ist …").
        bios = [o["description"] for o in meta.json_ld if isinstance(o.get("description"), str) and "person" in json_ld_types(o)]
        for name in lone_first_names:
            names = with_full_names(names, full_names_of(tree, name) + full_names_in_bios(bios, name), meta.publisher)
    if not names:
        bylines = find_bylines(tree)
        # Authors marked up as such (several links for co-authors) count together;
        # class-named and "By …" lines one at a time, the first that names a person.
        names = names_in(bylines.marked)
        for line in bylines.classed + bylines.opened:
            if names:
                break
            names = names_in([line], guessed=True)
        if not names:
            cleaned = clean_guessed_author(guess_author(tree), meta.publisher)
            dropped.extend(cleaned.dropped)
            names = cleaned.names
        if names:
            warnings.append("authors: guessed from the page's byline (no structured author)")
    if dropped:
        warnings.append(f"authors: not person names, dropped: {'; '.join(dict.fromkeys(dropped))}")
    return names


def _date_published(meta: PageMetadata, tree: HtmlElement, url: str | None, warnings: list[str]) -> str | None:
    if meta.date_published:
        return meta.date_published
    params = set_date_params(True)
    params["url"] = url
    guessed = to_iso8601(find_date(tree, **params))
    if guessed:
        warnings.append("date_published: guessed from the page (no structured date)")
    return guessed
