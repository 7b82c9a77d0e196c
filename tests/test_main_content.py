"""The main extractor's Python selectors pick what trafilatura's XPaths pick."""
from __future__ import annotations

from copy import copy

import pytest
from trafilatura import xpaths as X
from trafilatura.htmlprocessing import convert_tags, tree_cleaning
from trafilatura.htmlprocessing import link_density_test as trafilatura_link_density_test
from lxml.etree import tostring
from trafilatura.main_extractor import extract_content as trafilatura_extract_content
from trafilatura.main_extractor import prune_unwanted_sections as trafilatura_prune_unwanted_sections
from trafilatura.settings import Extractor
from trafilatura.utils import load_html

from newsjson.extractors.main_content import (
    BODY_SELECTORS,
    boilerplate,
    extract_content,
    join_split_body,
    link_density_test,
    prune_unwanted_sections,
)

OPTIONS = Extractor(output_format="python", fast=True, comments=False)
STORY = "The council voted on Tuesday to keep the ferry running until the new bridge opens next spring. " * 3

# Containers of each kind BODY_XPATH looks for, and boilerplate of each kind
# OVERALL_DISCARD_XPATH drops, including attributes whose order decides the match.
PAGES = {
    "article content class": f'<div class="nav-wrap"><p>Menu</p></div><div class="article-body"><p>{STORY}</p></div>',
    "itemprop": f'<section itemprop="articleBody"><p>{STORY}</p><div class="share-bar">Share</div></section>',
    "second of siblings": f'<div class="x"></div><div class="post"><p>{STORY}</p></div><div class="post"><p>Other</p></div>',
    "article tag": f"<article><p>{STORY}</p><div id='related-links'><a href='/a'>More</a></div></article>",
    "story class": f'<div class="FullText"><p>{STORY}</p></div>',
    "story id": f'<main id="story-body-1"><p>{STORY}</p><span style="display: none">hidden</span></main>',
    "main content": f'<div id="Main-Content"><p>{STORY}</p><p aria-hidden="true">Skip</p></div>',
    "page content": f'<section class="Page-content"><p>{STORY}</p><div class="comments-title">Comments</div></section>',
    "main role": f'<div role="main"><p>{STORY}</p><div role="Navigation">Nav</div></div>',
    "id before class": f'<div class="content"><div id="cookie-box" class="story">Cookies</div><p>{STORY}</p></div>',
    "class before id": f'<div class="content"><div class="story" id="cookie-box">Kept</div><p>{STORY}</p></div>',
    "reply and hidden": (
        f'<div class="content"><p>{STORY}</p><div class="reply-box" id="x">R</div>'
        '<div id="is-hidden" style="color: red">H</div><div style="color: red" id="also-hidden">K</div>'
        '<p class="promo hide">Gone</p><div data-lp-replacement-content="">LP</div></div>'
    ),
    "no container": f"<div><p>{STORY}</p></div>",
}
_LINKS = "".join(f'<p><a href="/{n}">Short teaser {n}</a></p>' for n in range(6))
# Link-rich boxes: a first pruning round that deletes an inner list can tip the box
# around it in the second; a box whose links are long sentences stays.
LINK_PAGES = {
    "nested link boxes": (
        f'<div class="article-body"><p>{STORY}</p><div><div><ul><li><a href="/a">One</a></li>'
        f'<li><a href="/b">Two</a></li></ul></div><p>Also <a href="/c">this</a> and <a href="/d">that</a>.</p></div></div>'
    ),
    "link farm": f'<div class="article-body"><p>{STORY}</p><div>{_LINKS}</div><div><p>{STORY}</p></div></div>',
    "no links": f'<div class="article-body"><p>{STORY}</p><div><p>{STORY}</p></div></div>',
    "box tipped in the second round": (
        f'<div class="article-body"><p>{STORY}</p><a href="/x">Ferry timetable for the winter</a><p><p>Short'
        '<div><a href="/x">A longer piece of plain running text here</a></div>'
        '<div><p><a href="/y">The bridge plans, the tender and the costs explained in one place for readers</a></p>'
        '<a href="/x">Weather</a><a href="/x">Harbour webcam and live tides</a></div>'
        '<p><a href="/y">Short</a></p></p></p></div>'
    ),
    "sentence links": (
        f'<div class="article-body"><p>{STORY}</p><div><p><a href="/a">{STORY}</a></p>'
        f'<p><a href="/b">{STORY}</a></p></div></div>'
    ),
}

# Caption boxes and teasers, pruned one after the other: nested in each other, in a
# box already pruned as boilerplate, matching both, with tails that join their neighbours.
BOX_PAGES = {
    "caption in a teaser": (
        f'<div class="article-body"><p>{STORY}</p><div class="Teaser-box">Next<p class="photo-caption">C</p>after'
        '</div>tail one<span id="captionText">Photo</span>tail two</div>'
    ),
    "teaser in a caption": (
        f'<div class="article-body"><p>{STORY}</p><div id="caption-1">Pic<div class="teaser">T</div>end</div>'
        '<section class="TEASER">Upper case stays</section><blockquote class="wp-caption">Kept</blockquote>'
        '<p class="teaser caption">Both</p>tail</div>'
    ),
    "boxes in boilerplate": (
        f'<div class="article-body"><p>{STORY}</p><div class="share-bar">Share<span class="caption">c</span>'
        '<div class="teaser">t</div></div>after<div id="Teaser-rail"><p>Teaser</p></div></div>'
    ),
}


def _cleaned(body: str):
    tree = load_html(f"<html><body>{body}</body></html>")
    return convert_tags(tree_cleaning(tree, OPTIONS), OPTIONS, None)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_selectors_match_the_xpaths(name):
    tree = _cleaned(PAGES[name])
    for xpath, select in zip(X.BODY_XPATH, BODY_SELECTORS):
        assert next(iter(xpath(tree)), None) is next(iter(select(tree)), None)
    assert set(boilerplate(tree)) == {e for xpath in X.OVERALL_DISCARD_XPATH for e in xpath(tree)}


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("focus", ["balanced", "recall"])
def test_extraction_matches_trafilatura(name, focus):
    options = copy(OPTIONS)
    options.focus = focus
    ours_body, ours_text, _recovered = extract_content(_cleaned(PAGES[name]), options)
    theirs_body, theirs_text = trafilatura_extract_content(_cleaned(PAGES[name]), options)
    assert ours_text == theirs_text
    assert [e.text for e in ours_body.iter()] == [e.text for e in theirs_body.iter()]


# Pages where no container is found, so the wild-text recovery reads the whole page:
# with a teaser box (kept in the quick cascade only), boilerplate and a link farm.
WILD_PAGES = {
    "wild text": (
        f"<div><p>{STORY}</p></div><div class='teaser-box'><p>{STORY[:60]} teaser</p></div>"
        f"<div class='share-bar'><p>Share this</p></div><div>{_LINKS}</div><div><p>Second {STORY}</p></div>"
    ),
    "wild text in a list": f"<ul><li><p>{STORY}</p></li></ul><div><p>Short</p><code>x = 1</code></div>",
}


@pytest.mark.parametrize("name", sorted(WILD_PAGES))
@pytest.mark.parametrize("focus", ["balanced", "recall"])
@pytest.mark.parametrize("fast", [True, False])
def test_wild_text_recovery_matches_trafilatura(name, focus, fast):
    options = Extractor(output_format="python", fast=fast, comments=False)
    options.focus = focus
    html = WILD_PAGES[name]
    ours_body, ours_text, recovered = extract_content(_cleaned(html), options)
    theirs_body, theirs_text = trafilatura_extract_content(_cleaned(html), options)
    assert recovered
    assert ours_text == theirs_text
    assert [e.text for e in ours_body.iter()] == [e.text for e in theirs_body.iter()]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_extraction_with_a_rebuilt_backup_matches_trafilatura(name):
    html = PAGES[name]
    ours_body, ours_text, recovered = extract_content(_cleaned(html), OPTIONS, rebuild=lambda: _cleaned(html))
    theirs_body, theirs_text = trafilatura_extract_content(_cleaned(html), OPTIONS)
    assert ours_text == theirs_text
    assert [e.text for e in ours_body.iter()] == [e.text for e in theirs_body.iter()]
    assert recovered == (name == "no container")  # the rebuilt tree is really read on one page


@pytest.mark.parametrize("name", sorted(PAGES | LINK_PAGES | BOX_PAGES))
@pytest.mark.parametrize("focus", ["balanced", "recall"])
def test_pruning_matches_trafilatura(name, focus):
    options = copy(OPTIONS)
    options.focus = focus
    html = (PAGES | LINK_PAGES | BOX_PAGES)[name]
    tags = {"div", "p", "list", "item", "head", "quote"}
    ours = prune_unwanted_sections(_cleaned(html), set(tags), options)
    theirs = trafilatura_prune_unwanted_sections(_cleaned(html), set(tags), options)
    assert tostring(ours) == tostring(theirs)


_FARM = " | ".join(f'<a href="/{n}">Another headline from the archive, number {n}</a>' for n in range(40))
# Containers longer than the prefix link_density_test folds first: a story with a few
# links (settled by the bound), a long farm of links and one long linked paragraph
# (the exact length needed), whitespace-padded text (a bound below the limits).
LONG_PAGES = {
    "long story with links": f'<div class="article-body"><div><p>{STORY * 8}</p>' + "".join(
        f'<p>See <a href="/{n}">this</a>.</p>' for n in range(6)) + "</div></div>",
    "long link farm": f'<div class="article-body"><p>{STORY}</p><div>{_FARM}</div><div>{_FARM}<p>x</p></div></div>',
    "long single link": f'<div class="article-body"><div><p><a href="/a">{STORY * 12}</a></p></div><p>{STORY}</p></div>',
    "padded": f'<div class="article-body"><div>{" " * 1500}<a href="/a">Short</a>{" " * 900}</div><p>{STORY}</p></div>',
}


@pytest.mark.parametrize("name", sorted(PAGES | LINK_PAGES | LONG_PAGES))
def test_link_density_test_matches_trafilatura(name):
    tree = _cleaned((PAGES | LINK_PAGES | LONG_PAGES)[name])
    link_lengths: dict = {}
    for element in tree.iter("div", "list", "p"):
        expected = trafilatura_link_density_test(element, False)
        assert link_density_test(element) == expected
        assert link_density_test(element, link_lengths) == expected


def test_long_containers_are_really_tested_both_ways():
    results = {
        name: {link_density_test(e) for e in _cleaned(html).iter("div", "list", "p")} for name, html in LONG_PAGES.items()
    }
    assert (True, False) in results["long link farm"]
    assert (True, False) in results["long single link"]
    assert (True, False) not in results["long story with links"]


def test_link_boxes_are_really_pruned():
    pruned = prune_unwanted_sections(_cleaned(LINK_PAGES["link farm"]), {"div", "p"}, OPTIONS)
    assert "Short teaser" not in pruned.text_content()
    assert STORY.strip() in pruned.text_content()


def test_some_boilerplate_is_really_selected():
    tree = _cleaned(PAGES["reply and hidden"])
    texts = {e.text for e in boilerplate(tree)}
    assert {"R", "H", "Gone", "LP"} <= texts and "K" not in texts


def test_precision_focus_is_refused():
    options = copy(OPTIONS)
    options.focus = "precision"
    with pytest.raises(ValueError):
        extract_content(_cleaned(PAGES["article tag"]), options)


SECOND_PART = "After the break, the ferry operator said the timetable would stay as it is for the summer months. " * 5


def _text(page: str) -> str:
    options = copy(OPTIONS)
    return extract_content(_cleaned(page), options)[1]


def test_a_story_split_by_an_ad_is_read_whole():
    page = (
        f'<div class="grid"><div class="article__body"><p>{STORY}</p></div></div>'
        '<div class="ad"><span>Advertisement</span></div>'
        f'<div class="grid"><div class="article__body"><p>{SECOND_PART}</p></div></div>'
    )
    text = _text(page)
    assert "council voted" in text and "ferry operator said" in text


def test_a_later_story_with_its_own_headline_is_not_joined():
    page = (
        f'<div class="article__body"><p>{STORY}</p></div>'
        f'<div class="article__body"><h1>Another story</h1><p>{SECOND_PART}</p></div>'
    )
    assert "ferry operator said" not in _text(page)


def test_a_short_part_of_the_same_class_stays_where_it_is():
    tree = _cleaned(
        f'<div class="article-body"><p>{STORY}</p></div><div class="article-body"><p>Photo holder</p></div>'
    )
    first = BODY_SELECTORS[0](tree)[0]
    join_split_body(tree, first)
    assert "Photo holder" not in first.text_content()
