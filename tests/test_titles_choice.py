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
