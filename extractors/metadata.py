"""Read what a page says about itself: JSON-LD, OpenGraph, meta tags, <time>, <html lang>.

Structured data is what the publisher's own systems wrote, so it is read first and
trusted over guesses from the visible page. Nothing here changes the tree.
"""
from __future__ import annotations

import json
from html import unescape
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Iterator

from lxml import etree
from lxml.html import HtmlElement

from .dateline import shown_among, shown_date
from .dates import UNNAMED_DATE_KEYS, dotted_day, first_day_in_permalink, local_day_form, to_iso8601
from .script_story import html_paragraphs
from .titles import MAX_HEADLINE_CHARS, named_heading, only_site_names

# schema.org types that describe the article itself (not the site, a person or a breadcrumb).
ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting",
    "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report",
    "webpage", "itempage", "medicalwebpage", "satiricalarticle", "advertisercontentarticle",
}
_ORGANIZATION_TYPES = {"organization", "newsmediaorganization", "corporation", "ngo", "governmentorganization", "educationalorganization", "website"}
_JSON_COMMENTS = re.compile(r"^\s*(?:<!--|//.*$)|-->\s*$", re.M)
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.I)
_SPACE = re.compile(r"\s+")
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")


@dataclass
class PageMetadata:
    """Metadata candidates, each field from the most trusted place that had it."""

    title: str | None = None
    # The <h1> the page marks as the story's headline (itemprop="headline"), if any.
    headline_h1: str | None = None
    # The <h1>s but breadcrumb items; where they are only the logo, the title-classed
    # heading a meta title names.
    h1s: list[str] = field(default_factory=list)
    title_tag: str | None = None
    og_title: str | None = None
    authors_by_source: dict[str, list[str]] = field(default_factory=dict)
    date_published: str | None = None
    date_modified: str | None = None
    description: str | None = None
    publisher: str | None = None
    language: str | None = None
    url: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    lead_image: str | None = None
    article_body: str | None = None  # the JSON-LD articleBody, as paragraphs
    json_ld: list[dict[str, Any]] = field(default_factory=list)  # parsed once, read by later stages too


def clean_text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", value).strip()
    return text or None


def _meta_index(tree: HtmlElement) -> dict[str, list[str]]:
    """Every <meta> value by its lower-cased name/property/itemprop, in page order."""
    index: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop"):
            key = meta.get(attr)
            if key:
                index.setdefault(key.strip().lower(), []).append(content)
    return index


def _first(index: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in index.get(key, ()):
            text = clean_text(value)
            if text:
                return text
    return None


def json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's ld+json scripts, @graph members included."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # scripts wrapped in HTML comments or with trailing commas are common
                data = json.loads(_JSON_COMMENTS.sub("", raw).strip().rstrip(";"), strict=False)
            except ValueError:
                continue
        yield from _walk(data, depth=0)


def _walk(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 3:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _walk(graph, depth + 1)


def _paragraphs(value: Any) -> str | None:
    """An articleBody as paragraphs: its lines, or its <p> elements where it is HTML."""
    if not isinstance(value, str):
        return None
    if _MARKUP.search(value):
        return html_paragraphs(value) or None
    paragraphs = [_SPACE.sub(" ", line).strip() for line in unescape(value).splitlines()]
    return "\n\n".join(p for p in paragraphs if p) or None


def json_ld_types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower().rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def _article_object(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object that is the article: a news/article type first, a WebPage last."""
    best, best_rank = None, 99
    for obj in objects:
        kinds = json_ld_types(obj) & ARTICLE_TYPES
        if not kinds:
            continue
        rank = 2 if kinds <= {"webpage", "itempage", "medicalwebpage"} else 0
        if rank == 0 and not (obj.get("headline") or obj.get("datePublished") or obj.get("articleBody")):
            rank = 1
        if rank < best_rank:
            best, best_rank = obj, rank
    return best


def _names(value: Any, objects_by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Names out of a schema.org author/creator value: strings, objects, lists, @id references."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [name for item in value for name in _names(item, objects_by_id)]
    if isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str):
            value = objects_by_id.get(value["@id"], value)
        if json_ld_types(value) & _ORGANIZATION_TYPES:  # the outlet or an agency, not a writer
            return []
        name = value.get("name")
        if isinstance(name, list):
            name = " ".join(n for n in name if isinstance(n, str))
        if isinstance(name, str):
            return [name]
        given, family = value.get("givenName"), value.get("familyName")
        if isinstance(given, str) and isinstance(family, str):
            return [f"{given} {family}"]
    return []


def _org_name(value: Any, objects_by_id: dict[str, dict[str, Any]]) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        value = objects_by_id.get(value["@id"], value)
    if isinstance(value, dict):
        return clean_text(value.get("name"))
    return clean_text(value)


def _keywords(value: Any) -> list[str]:
    if isinstance(value, list):
        return [t for item in value for t in _keywords(item)]
    if isinstance(value, str):
        return [t for t in (clean_text(p) for p in value.split(",")) if t]
    return []


def _url_value(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id") or value.get("contentUrl")
    text = clean_text(value)
    return text if text and _URL.match(text) else None


MAX_H1S = 6
# Where a page states its publication time: meta names in order of trust.
_PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "article.published", "og:published_time", "published_time", "article:published",
)
# The keys that say which date they hold (a bare "date" may be the page's last edit).
_NAMED_PUBLISHED_KEYS = tuple(key for key in _PUBLISHED_KEYS if key not in UNNAMED_DATE_KEYS)
# <time> elements read for a local-offset twin of a UTC timestamp (the header's; lists come later).
MAX_TIME_ELEMENTS = 8


# How far up a breadcrumb trail's container is looked for from its heading.
BREADCRUMB_LEVELS = 5


def _in_breadcrumb(heading: HtmlElement) -> bool:
    """An <h1> that is the last item of a breadcrumb trail ("Home > Politics > Headline"):
    sites put their search headline there, and the story's heading is another element."""
    node: HtmlElement | None = heading
    for _ in range(BREADCRUMB_LEVELS + 1):
        if node is None:
            return False
        if "breadcrumb" in ((node.get("class") or "") + " " + (node.get("id") or "")).lower() or node.get("itemprop") == "itemListElement":
            return True
        node = node.getparent()
    return False


def _h1_texts(tree: HtmlElement) -> tuple[list[str], str | None]:
    """The page's <h1> texts in order (the first few: a logo, the headline, boxes), and
    the one marked up as the story's headline (itemprop="headline"), if any."""
    found: list[str] = []
    marked = None
    for heading in tree.iter("h1"):
        if _in_breadcrumb(heading):
            continue
        if heading.find(".//style") is None and heading.find(".//script") is None:
            text = clean_text(heading.text_content())
        else:  # CSS-in-JS pages put <style> rules inside the heading
            text = clean_text(" ".join(heading.xpath(".//text()[not(ancestor::style or ancestor::script)]")))
        if text:
            found.append(text)
            if marked is None and "headline" in (heading.get("itemprop") or "").split():
                marked = text
            if len(found) == MAX_H1S:
                break
    return found, marked


# Elements themes set a headline in when the <h1> is the logo: class "post-title",
# "entry-title", "Headline" ("itle", "eadline": either case of the first letter).
_TITLE_CLASSED = etree.XPath(
    "//*[contains(@class, 'itle') or contains(@class, 'eadline')][self::h2 or self::h3 or self::div or self::span or self::p]"
)
# The first few: the post's own heading comes before the sidebar's and the footer's boxes.
MAX_TITLE_CLASSED = 15


def _title_classed_texts(tree: HtmlElement) -> Iterator[str]:
    for node in _TITLE_CLASSED(tree)[:MAX_TITLE_CLASSED]:
        text = clean_text(" ".join(node.xpath(".//text()[not(ancestor::style or ancestor::script)]")))
        if text:
            yield text


def _time_element(times: list[HtmlElement], itemprop: str) -> str | None:
    for node in times:
        if node.get("itemprop") == itemprop or (itemprop == "datePublished" and "pubdate" in node.attrib):
            value = to_iso8601(node.get("datetime") or node.text_content())
            if value:
                return value
    return None


# Where a <time> belongs to something else: comments, teasers of other stories, menus.
_NOT_THE_STORY = re.compile(r"comment|related|teaser|sidebar|widget|recommend|footer|menu|nav", re.I)


def _first_visible_time(times: list[HtmlElement]) -> str | None:
    """The first <time> of the story (its header's), for pages with no structured date.

    Pages without metadata still mark their dateline up ('<time datetime="2024-03-05">',
    '<time>31.03.2020</time>'); comment and teaser times come after it or sit in boxes.
    """
    for node in times[:MAX_TIME_ELEMENTS]:
        if node.getparent() is None or any(
            ancestor.tag in ("aside", "nav", "footer") or _NOT_THE_STORY.search((ancestor.get("class") or "") + " " + (ancestor.get("id") or ""))
            for ancestor in node.iterancestors() if ancestor.tag not in ("body", "html")
        ):
            continue
        value = to_iso8601(node.get("datetime")) if node.get("datetime") else None
        value = value or dotted_day(node.text_content()[:80])
        if value:
            return value
    return None


def _html_language(tree: HtmlElement) -> str | None:
    root = tree.getroottree().getroot()
    return clean_text(root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang"))


def read_metadata(tree: HtmlElement) -> PageMetadata:
    """Collect the page's own metadata; fields it does not state stay None/empty."""
    meta = _meta_index(tree)
    objects = list(json_ld_objects(tree))
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    article = _article_object(objects) or {}
    found = PageMetadata(json_ld=objects)

    title_node = tree.find(".//title")
    found.title_tag = clean_text(title_node.text_content()) if title_node is not None else None
    found.og_title = _first(meta, "og:title", "twitter:title")
    found.h1s, found.headline_h1 = _h1_texts(tree)
    # The visible heading the page marks as the headline is the headline it declares
    # for readers; the JSON-LD headline is often a second one written for search.
    found.title = found.headline_h1 if found.headline_h1 and len(found.headline_h1) <= MAX_HEADLINE_CHARS else None
    found.title = found.title or clean_text(unescape(article.get("headline") or ""))
    if not found.title and not json_ld_types(article) <= {"webpage", "itempage", "medicalwebpage"}:
        found.title = clean_text(unescape(article.get("name") or "")) if isinstance(article.get("name"), str) else None

    names = _names(article.get("author"), by_id) or _names(article.get("creator"), by_id)
    if names:
        found.authors_by_source["JSON-LD"] = [unescape(n) for n in names]
    metas = [v for key in ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl") for v in meta.get(key, ())]
    metas = [v for v in metas if clean_text(v) and not _URL.match(v.strip())]
    if metas:
        found.authors_by_source["meta tags"] = metas

    times = list(tree.iter("time"))
    json_ld_published = to_iso8601(article.get("datePublished"))
    found.date_published = (
        json_ld_published
        or to_iso8601(_first(meta, *_NAMED_PUBLISHED_KEYS))
        or _time_element(times, "datePublished")
        or to_iso8601(article.get("dateCreated"))
        or _first_visible_time(times)
        or shown_date(tree)
        or to_iso8601(_first(meta, *UNNAMED_DATE_KEYS))
    )
    found.date_modified = (
        to_iso8601(article.get("dateModified"))
        or to_iso8601(_first(meta, "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"))
        or _time_element(times, "dateModified")
    )
    found.description = clean_text(unescape(article["description"])) if isinstance(article.get("description"), str) else None
    found.description = found.description or _first(meta, "og:description", "description", "twitter:description")
    found.article_body = _paragraphs(article.get("articleBody"))
    publisher = _org_name(article.get("publisher"), by_id)
    if not publisher:
        site = next((o for o in objects if {"organization", "newsmediaorganization", "website"} & json_ld_types(o)), None)
        publisher = clean_text(site.get("name")) if site else None
    found.publisher = _first(meta, "og:site_name") or publisher or _first(meta, "application-name", "apple-mobile-web-app-title")
    titles = [t for t in (found.title, found.og_title, found.title_tag) if t]
    if titles and only_site_names(found.h1s, titles, found.publisher):
        heading = named_heading(_title_classed_texts(tree), titles, found.publisher)
        if heading:
            found.h1s.append(heading)
    lang = _html_language(tree) or clean_text(article.get("inLanguage") if isinstance(article.get("inLanguage"), str) else None)
    locale = _first(meta, "og:locale", "content-language", "language", "dc.language")
    found.language = normalise_language(lang) or normalise_language(locale)
    canonical = next((link.get("href") for link in tree.iter("link") if (link.get("rel") or "").lower() == "canonical" and link.get("href")), None)
    found.url = _url_value(canonical) or _url_value(_first(meta, "og:url")) or _url_value(article.get("url")) or _url_value(article.get("mainEntityOfPage"))
    if found.date_published:

        @cache
        def shown_published() -> str | None:
            # asked for by both settlements below, and only when they need it
            return shown_date(tree, updates=False)

        stated = [json_ld_published]
        stated += [to_iso8601(v) for key in _PUBLISHED_KEYS for v in meta.get(key, ())]
        # Each named source once (further values of a key are often other stories' items).
        named = [json_ld_published, _time_element(times, "datePublished")]
        named += [to_iso8601(meta[key][0]) for key in _NAMED_PUBLISHED_KEYS if meta.get(key)]
        found.date_published = shown_among(found.date_published, [v for v in named if v], shown_published)
        found.date_published = first_day_in_permalink(found.date_published, found.url)
        stated += [to_iso8601(node.get("datetime")) for node in times[:MAX_TIME_ELEMENTS] if node.get("datetime")]
        found.date_published = local_day_form(found.date_published, [v for v in stated if v], found.url, shown=shown_published)
    section = article.get("articleSection")
    if isinstance(section, list):
        section = section[0] if section else None
    found.section = clean_text(section) or _first(meta, "article:section", "parsely-section", "section")
    tags = _keywords(article.get("keywords")) or [t for v in meta.get("article:tag", ()) for t in _keywords(v)] or _keywords(_first(meta, "news_keywords", "keywords"))
    found.tags = list(dict.fromkeys(tags))
    found.lead_image = _url_value(_first(meta, "og:image", "og:image:url", "og:image:secure_url", "twitter:image")) or _url_value(article.get("image"))
    return found


_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{4}))?(?:[-_]([a-zA-Z]{2}|\d{3}))?\b")


def normalise_language(value: str | None) -> str | None:
    """``en_US``/``EN-us``/``de-DE,en`` -> BCP 47 (``en-US``, ``de-DE``); junk -> None."""
    if not value:
        return None
    match = _LANG.match(value.strip())
    if not match:
        return None
    lang, script, region = match.groups()
    parts = [lang.lower()]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


_SITE_SEPARATOR = re.compile(r"\s+[|–—·•-]\s+|\s*\|\s*")


def strip_site_name(title: str | None, publisher: str | None) -> str | None:
    """"Headline | Example Gazette" -> "Headline" when the tail is the publisher's name."""
    if not title or not publisher:
        return title
    parts = _SITE_SEPARATOR.split(title)
    if len(parts) > 1:
        tail = parts[-1].casefold().replace(" ", "")
        name = publisher.casefold().replace(" ", "")
        if tail and (tail in name or name in tail):
            head = title[: title.rfind(parts[-1])].rstrip(" |–—·•-")
            return head or title
    return title
