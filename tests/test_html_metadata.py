"""Metadata from a page's own structured data: JSON-LD (with @graph), OpenGraph, meta tags."""
from __future__ import annotations

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

