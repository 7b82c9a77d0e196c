"""Metadata from a page's own structured data: JSON-LD (with @graph), OpenGraph, meta tags."""
from __future__ import annotations

import json
from pathlib import Path

from lxml.html import fromstring

from newsjson import extract
from newsjson.extractors.dates import to_iso8601
from newsjson.extractors.metadata import normalise_language, read_metadata, strip_site_name

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def _article():
    path = FIXTURES / "graph_article.html"
    return extract(path.read_bytes(), path=str(path))


def test_json_ld_graph_fields_win_over_meta_tags():
    article = _article()
    assert article.title == "Harbour bridge reopens after two years of repairs"
    assert article.date_published == "2023-06-01T09:30:00+01:00"
    assert article.date_modified == "2023-06-02T10:00:00+01:00"
    assert article.publisher == "The Valley Courier"
    assert article.url == "https://valley.example/news/harbour-bridge"
    assert article.language == "en-GB"
    assert article.section == "Local"
    assert article.tags == ["bridges", "transport", "harbour"]


def test_authors_are_people_not_the_outlet():
    assert _article().authors == ["Marta Kowalska", "Owen Pryce"]


def test_body_keeps_story_and_drops_headline_caption_and_teaser_lines():
    body = _article().body
    paragraphs = body.split("\n\n")
    assert paragraphs[0].startswith("The old harbour bridge opened")
    assert len(paragraphs) == 4
    assert "Cyclists were the first" not in body
    assert "Ferry timetable" not in body
    assert "Marta Kowalska" not in body


def test_unknown_fields_are_null_never_empty():
    tree = fromstring("<html><head><title>Only a title</title></head><body><p>Text.</p></body></html>")
    found = read_metadata(tree)
    assert found.description is None and found.publisher is None and found.date_published is None
    assert found.language is None and found.url is None and found.tags == []


def test_meta_tags_when_there_is_no_json_ld():
    tree = fromstring(
        '<html lang="de"><head><meta property="article:published_time" content="2024-02-29T23:15:00+0100">'
        '<meta name="author" content="Max Muster"><meta property="og:site_name" content="Beispielblatt">'
        "</head><body></body></html>"
    )
    found = read_metadata(tree)
    assert found.date_published == "2024-02-29T23:15:00+01:00"
    assert found.authors_by_source == {"meta tags": ["Max Muster"]}
    assert found.publisher == "Beispielblatt"
    assert found.language == "de"


def test_time_element_dates_the_page():
    tree = fromstring('<html><body><time datetime="2022-11-05" pubdate>5 Nov</time></body></html>')
    assert read_metadata(tree).date_published == "2022-11-05"


def test_dates_become_iso_8601():
    assert to_iso8601("2024-03-05T14:07:00Z") == "2024-03-05T14:07:00+00:00"
    assert to_iso8601("2024-03-05 14:07") == "2024-03-05"  # no offset: the day only
    assert to_iso8601("Tue, 05 Mar 2024 14:07:00 GMT") == "2024-03-05T14:07:00+00:00"
    assert to_iso8601("2024-02-30") is None
    assert to_iso8601("soon") is None


def test_languages_become_bcp_47():
    assert normalise_language("en_US") == "en-US"
    assert normalise_language("DE-de") == "de-DE"
    assert normalise_language("zh-hant-tw") == "zh-Hant-TW"
    assert normalise_language("--") is None


def test_site_name_is_cut_from_the_title_only_when_it_is_the_publisher():
    assert strip_site_name("Bridge reopens | The Valley Courier", "The Valley Courier") == "Bridge reopens"
    assert strip_site_name("Bridge reopens - after repairs", "The Valley Courier") == "Bridge reopens - after repairs"


def _scripted_page(article_body: str, visible: str) -> bytes:
    """A page whose story is rendered by a script: the HTML holds a photo and its caption."""
    data = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry timetable changes in May",
        "datePublished": "2024-04-02", "articleBody": article_body,
    })
    return f"""<html><head><title>Ferry timetable changes in May</title>
<script type="application/ld+json">{data}</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><h1>Ferry timetable changes in May</h1><div id="app"><p>{visible}</p></div></main></body></html>""".encode()


FERRY = [
    "The island ferry will leave the north quay twenty minutes earlier from the first of May.",
    "The operator said the change lets the last boat of the day return before the harbour lights are switched off.",
    "Commuters who take the morning crossing are asked to check the new times before they travel.",
    "The timetable was last changed four years ago, when a second boat joined the route for the summer months.",
    "Shop owners on the island welcomed the earlier arrival, which brings day visitors in before the market opens.",
    "A spokeswoman for the harbour board said the lights would stay on later during the festival weeks in July.",
    "Cyclists keep their place on the lower deck, but the operator asks them to board five minutes before departure.",
    "The school run is the busiest crossing of the week, and the board will add a second boat on Monday mornings.",
    "Tickets bought under the old timetable stay valid until the end of June and can be changed at the quay office.",
    "The council will review the new times in the autumn, after a survey of passengers on both sides of the water.",
]
# The text a script-rendered page shows beside its story: a long photo caption.
CAPTION = (
    "Passengers wait on the north quay at dawn as the island ferry comes in from its first crossing of the day, "
    "with the harbour lights still on behind the breakwater and the cafe not yet open for the morning crowd of "
    "commuters and school children. Photo: Island Press"
)


def test_a_stub_body_gives_way_to_the_json_ld_article_body():
    article = extract(_scripted_page("\n".join(FERRY), CAPTION))
    assert article.body.split("\n\n") == FERRY
    assert any("articleBody" in w for w in article.warnings)


def test_the_visible_story_wins_over_a_json_ld_article_body():
    article = extract(_scripted_page("\n".join(FERRY[:3]), " ".join(FERRY)))
    assert article.body == " ".join(FERRY)


def test_an_article_body_holding_markup_is_not_used():
    article = extract(_scripted_page("".join(f"<p>{p}</p>" for p in FERRY), CAPTION))
    assert article.body == CAPTION
