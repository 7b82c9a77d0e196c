"""Writers, headlines and dates of whole-page text dumps where a link or field is run into
them by the text browser (invented pages, names and outlets)."""
from __future__ import annotations

import pytest

from newsjson.extractors.text import read_text
from newsjson.extractors.text_names import clean_name

from .dump_pages import page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mira TestovaRSS-Feed", "Mira Testova"),  # the feed link of her articles run into her name
        ("Mira TestovaKQXB", "Mira Testova"),  # an outlet's letters
        ("Ola DeWINTER", "Ola DeWINTER"),  # two letters before the capitals: part of the name
    ],
)
def test_a_link_of_capitals_glued_to_the_name_is_cut(text, expected):
    assert clean_name(text) == expected


def test_a_byline_with_a_feed_link_run_into_the_name():
    text = page(
        "Quay repairs begin before the winter storms",
        "Von Mira TestovaRSS-Feed neuer Artikel von Mira Testova",
    )
    assert read_text(text).authors == ["Mira Testova"]


def _trail_page(*header: str) -> str:
    menu = ["  • Home", "  • Harbour", "  • Ferries kept on both routes through the winter", ""]
    story = [
        "The harbour board met on a grey morning and agreed, after a long debate among its members,"
        f" to keep both ferry routes running through the winter (part {n})."
        for n in range(1, 4)
    ]
    return "\n".join(menu + [line for block in [*header, *story] for line in (block, "")])


def test_the_headline_the_trail_ends_on_a_few_lines_under_it():
    # Section, date and a standfirst stand between the trail and the headline it ends on:
    # the trail names the story, not the line right over the story.
    text = _trail_page(
        "Harbour",
        "4. März 2024 | 14:08 Uhr | von Mira Testova",
        "Good news for the islands",
        "Ferries kept on both routes through the winter",
    )
    assert read_text(text).title == "Ferries kept on both routes through the winter"


def test_a_trail_ending_on_a_one_word_section_picks_no_headline():
    # The trail's last step, a section's one word, printed again as the kicker over the headline.
    text = _trail_page("4. März 2024", "Harbour", "Board keeps both ferry routes open")
    text = text.replace("  • Ferries kept on both routes through the winter\n", "")
    assert read_text(text).title == "Board keeps both ferry routes open"


def _blog_page(headline: str) -> str:
    top = ["Quayside Notes", "", "Small stories from a windy harbour town", "",
           "  • Home", "  • Archive", "  • About", "  • Contact", ""]
    story = [
        f"Paragraph {n}: the fog came in over the breakwater before noon and stayed until the ferries"
        " had stopped for the night, so we walked the quay and counted the moored boats."
        for n in range(1, 4)
    ]
    header = [headline, "Veröffentlicht am 4. März 2024 von quaywalker"]
    return "\n".join(top + [line for block in [*header, *story] for line in (block, "")])


def test_a_one_word_headline_under_the_menu_is_not_the_sites_motto():
    assert read_text(_blog_page("Fogbound.")).title == "Fogbound."


def test_a_name_under_the_menu_is_no_short_headline():
    # A writer's name right over the date, not a headline: the motto stays (no better reading).
    assert read_text(_blog_page("Mira Testova")).title != "Mira Testova"


def test_a_one_word_headline_under_the_menu_of_a_page_with_no_motto():
    # Nothing else on the page passes for a headline: the short line over the byline is it.
    text = _blog_page("Fogbound.").replace("Small stories from a windy harbour town\n", "")
    assert read_text(text).title == "Fogbound."


def test_a_cut_teaser_under_the_menu_is_no_headline():
    text = _blog_page("We are …").replace("Small stories from a windy harbour town\n", "")
    assert read_text(text).title is None
