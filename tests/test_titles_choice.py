"""Which of a page's stated titles is the headline: the marked-up visible heading and
the second headlines newsrooms write for search."""
from __future__ import annotations

from lxml.html import fromstring

from newsjson.extractors.metadata import read_metadata, strip_site_name
from newsjson.extractors.titles import choose_title


def _choose(html: str) -> str | None:
    meta = read_metadata(fromstring(html))
    return choose_title(
        headline=meta.title, og_title=meta.og_title, title_tag=meta.title_tag, h1s=meta.h1s,
        publisher=meta.publisher, strip=strip_site_name, fallback=lambda: None,
    )


def _page(heading: str, *, ld_headline: str = "Orchard owners count frost losses after cold April nights",
          og: str = "Frost hits the orchards") -> str:
    return ('<html><head><meta property="og:title" content="' + og + '">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "' + ld_headline + '"}</script>'
            '</head><body><article>' + heading + '<p>Text.</p></article></body></html>')


def test_the_heading_marked_as_headline_wins_over_the_search_headline():
    html = _page('<h1 itemprop="headline">Frost hits the orchards</h1>')
    assert _choose(html) == "Frost hits the orchards"


def test_an_unmarked_heading_leaves_the_json_ld_headline():
    html = _page('<h1>Frost hits the orchards</h1>')
    assert _choose(html) == "Orchard owners count frost losses after cold April nights"


def test_the_marked_headings_own_kicker_gives_way_to_the_headline_both_repeat():
    html = _page('<h1 itemprop="headline"><span>Spring weather</span> - <span>Frost hits the orchards</span></h1>',
                 og="Farming: Frost hits the orchards")
    assert _choose(html) == "Frost hits the orchards"


def _two_headlines(heading: str) -> str:
    return ('<html><head><title>Orchard owners count frost losses after cold April nights | Valley Courier</title>'
            '<meta property="og:site_name" content="Valley Courier">'
            '<meta property="og:title" content="After two cold nights, the orchards count what the frost took">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Orchard owners count frost losses after cold April nights"}</script>'
            '</head><body><article><h1>' + heading + '</h1><p>Text.</p></article></body></html>')


def test_the_card_and_the_visible_heading_outvote_the_search_headline_and_the_tab():
    html = _two_headlines("After two cold nights, the orchards count what the frost took")
    assert _choose(html) == "After two cold nights, the orchards count what the frost took"


def test_the_declared_headline_stays_when_the_visible_heading_repeats_it():
    html = _two_headlines("Orchard owners count frost losses after cold April nights")
    assert _choose(html) == "Orchard owners count frost losses after cold April nights"


def _themed(extra: str = "") -> str:
    return ('<html><head><title>Quill and Ink | Mending a fountain pen nib</title></head><body>'
            '<h1 class="logo">Quill and Ink</h1>' + extra +
            '<div class="widget-title">Recent posts</div>'
            '<h2 class="post-title">Mending a fountain pen nib</h2><p>Text.</p></body></html>')


def test_the_post_title_heading_of_a_page_whose_h1_is_the_logo():
    assert _choose(_themed()) == "Mending a fountain pen nib"


def test_a_title_classed_box_the_meta_titles_do_not_name_is_not_taken():
    html = ('<html><head><title>Quill and Ink | Mending a fountain pen nib</title></head><body>'
            '<h1>Quill and Ink</h1><div class="widget-title">Recent posts</div></body></html>')
    assert read_metadata(fromstring(html)).h1s == ["Quill and Ink"]


def test_a_story_h1_leaves_title_classed_elements_unread():
    html = _themed('<h1>Mending a nib at the kitchen table</h1>')
    assert read_metadata(fromstring(html)).h1s == ["Quill and Ink", "Mending a nib at the kitchen table"]


def test_a_title_classed_element_holding_only_the_titles_first_word_is_not_the_headline():
    html = ('<html><head><title>Townsville Council - Budget approved for the new library</title></head><body>'
            '<h1>Townsville</h1><span class="title">Townsville Council</span></body></html>')
    assert read_metadata(fromstring(html)).h1s == ["Townsville"]


def _crumbs(visible: str) -> str:
    return ('<html><head><title>Orchard owners count frost losses after cold April nights</title>'
            '<meta property="og:title" content="After two cold nights, the orchards count what the frost took">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Orchard owners count frost losses after cold April nights"}</script></head><body>'
            '<nav class="breadcrumbs"><a href="/">Home</a> <a href="/farming">Farming</a> '
            '<h1 class="breadcrumb-current">Orchard owners count frost losses after cold April nights</h1></nav>'
            '<article>' + visible + '<p>Text.</p></article></body></html>')


def test_a_breadcrumb_heading_is_not_the_story_heading():
    html = _crumbs('<h2 class="article-headline">After two cold nights, the orchards count what the frost took</h2>')
    assert read_metadata(fromstring(html)).h1s == ["After two cold nights, the orchards count what the frost took"]
    assert _choose(html) == "After two cold nights, the orchards count what the frost took"


def test_without_a_visible_heading_the_declared_headline_stays():
    assert _choose(_crumbs("")) == "Orchard owners count frost losses after cold April nights"


def test_a_short_common_tail_of_two_headlines_is_not_the_headline():
    html = _page('<h1>Rain at last for the dry valley farms - the fields turn green</h1>',
                 ld_headline="Rain at last for the dry valley farms - the fields turn green",
                 og="Harvest hopes in the north: the fields turn green")
    assert _choose(html) == "Rain at last for the dry valley farms - the fields turn green"
