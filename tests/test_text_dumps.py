"""Whole pages as a text browser dumps them: header shapes read by the text path
(invented pages and names, in several languages)."""
from __future__ import annotations

import pytest
from newsjson.extractors.text import read_text
from newsjson.extractors.text_dates import find_date_in

from .dump_pages import page


# --- a byline that names an agency or a desk, no person ------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "By Harbour Wire Service",
        "Von sda 30.04.2024, 18:58",  # an agency's short name, the date run on
        "By Portside News with agencies",
        "Par La Gazette",
    ],
)
def test_a_byline_naming_only_an_agency_gives_no_writer(byline):
    # authors are person names: the agency's byline is read as the byline, and names no one
    article = read_text(page("Harbour board agrees to mend the northern quay", byline, "4 March 2024"))
    assert (article.title, article.authors) == ("Harbour board agrees to mend the northern quay", [])


def test_a_person_elsewhere_wins_over_the_agency_byline():
    text = page("Harbour board agrees to mend the northern quay", "By Harbour Wire Service", "4 March 2024",
                footer=("Autor: Ann Moreau",))
    assert read_text(text).authors == ["Ann Moreau"]


# --- a line that is only a byline, far from the headline ------------------------

_STANDFIRST = (
    "The board met for three hours on Tuesday. Members argued about the cost, the season and the"
    " contractors, and in the end they voted to begin the work before the first storms arrive."
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Ann Moreau", ["Ann Moreau"]),
        ("di Ann Moreau", ["Ann Moreau"]),
        ("von hafenkatze", ["hafenkatze"]),  # a blog's one-word handle
        ("Geschrieben vonAnn Moreau", ["Ann Moreau"]),  # the label run into the name
        ("Eingestellt von hafenkatze um 21:11", ["hafenkatze"]),  # a blog post's meta line
        ("Posted by Ann Moreau at 6:02 PM", ["Ann Moreau"]),
        ("Author: hafenkatze am 04.03.2024, 13:36 Uhr", ["hafenkatze"]),
        ("Verfasst von: hafenkatze | 4. März 2024", ["hafenkatze"]),
        ("Posted by hafenkatze under Harbour Life", ["hafenkatze"]),
        ("Veröffentlicht: 04.03.2024 | Autor: hafenkatze | Abgelegt unter: Hafen, Fähren | Tags: Kai, Winter", ["hafenkatze"]),
        ("17. März 2024 @ 18:13 // Autor: hafenkatze // ~ Lesezeit: 1 Minute", ["hafenkatze"]),  # the day as a list number
        ("Harbour, News | Published: 5 hours ago | Written by Ann Moreau", ["Ann Moreau"]),
        ("Text von Ann Moreau     Illustration von Bo Lindqvist", ["Ann Moreau"]),  # fields set apart by spaces
        ("von red 4. März 2024", []),  # a desk's short sign
        ("BY DATE", []),  # a recipe card's label
        ("by  by-nc", []),  # a licence
    ],
)
def test_a_line_that_is_only_a_byline_under_the_story_start(byline, expected):
    text = page("Harbour board agrees to mend the northern quay", _STANDFIRST, story=12, footer=(byline,))
    assert read_text(text).authors == expected


def test_lone_bylines_of_several_writers_are_teasers_not_the_story_s():
    teasers = ("Ferry fares rise again", "Von Ann Moreau", "Lighthouse gets a new lamp", "Von Bo Lindqvist")
    text = page("Harbour board agrees to mend the northern quay", _STANDFIRST, story=12, footer=teasers)
    assert read_text(text).authors == []


# --- Korean reporters' and Chinese editors' lines ------------------------------


def test_korean_reporter_lines_with_their_addresses():
    footer = ("김하나 기자", "hana@example.kr", "박서준 기자", "seojun@example.kr")
    text = page("항구 위원회, 북쪽 부두 수리 합의", _STANDFIRST, story=6, footer=footer)
    assert read_text(text).authors == ["김하나", "박서준"]


def test_a_korean_reporter_line_with_her_place_and_address():
    text = page("항구 위원회, 북쪽 부두 수리 합의", _STANDFIRST, story=6, footer=("서울, 부산 김하나 기자 hana@example.kr",))
    assert read_text(text).authors == ["김하나"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [("责任编辑：王小明", ["王小明"]), ("(责编：王小明、李华)", ["王小明", "李华"]), ("新华社记者王小明摄", [])],
)
def test_a_chinese_editor_line(line, expected):
    text = page("港口委员会同意修复北码头", _STANDFIRST, story=6, footer=(line,))
    assert read_text(text).authors == expected


# --- dates that are not the story's -------------------------------------------


def test_a_date_inside_an_image_label_is_not_the_story_s():
    text = page("[2019-05-11-harbour-board-meeting]", "Harbour board agrees to mend the northern quay",
                "Ann Moreau", "4 March 2024")
    assert read_text(text).date_published == "2024-03-04"


def test_the_end_of_a_video_s_run_is_not_the_story_s_date():
    text = page("Harbour board agrees to mend the northern quay", "02:57 Min.. Verfügbar bis 06.05.2024.",
                story=4, footer=("Stand: 22.04.2024",))
    assert read_text(text).date_published == "2024-04-22"


def test_the_date_of_a_post_the_story_embeds_is_not_the_story_s():
    text = page("Harbour board agrees to mend the northern quay", "The board's vote, as one member put it:",
                "— Bo Lindqvist (@bolind) March 2, 2024", "Ann Moreau", "4 March 2024")
    assert read_text(text).date_published == "2024-03-04"


# --- a name against the date under the headline --------------------------------


def test_a_writer_named_in_her_own_story_is_still_the_byline_against_the_date():
    story = "Our reporter Ann Moreau spent the night on the quay with the repair crew and their lamps."
    text = page("Harbour board agrees to mend the northern quay", "Ann Moreau", "—", "4 March 2024", story,
                footer=("Ann Moreau writes about the harbour.",))
    assert read_text(text).authors == ["Ann Moreau"]


def test_a_name_the_story_is_about_printed_once_by_the_date_is_not_the_byline():
    story = "Ann Moreau, the harbour master, spent the night on the quay with the repair crew and their lamps."
    text = page("Harbour board agrees to mend the northern quay", "Ann Moreau", "4 March 2024", story)
    assert read_text(text).authors == []


# --- a blog post's meta line: date, writer, comment link, categories -----------


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("4. März 20244. März 2024 Ann Moreau 1 Kommentar Hafen, Fähren", ["Ann Moreau"]),  # the date twice
        ("4. März 2024 hafenkatze Schreibe einen Kommentar", ["hafenkatze"]),
        ("5 Min. 4. März 2024 hafenkatze 3 Kommentare Lesezeichen", ["hafenkatze"]),  # the reading time first
        ("4. März 2024 admin 2 Kommentare", []),  # the site's account, no writer
    ],
)
def test_the_writer_in_a_blog_post_s_meta_line(meta, expected):
    assert read_text(page("Harbour board agrees to mend the northern quay", meta)).authors == expected


@pytest.mark.parametrize(
    ("meta", "expected"),
    [("hafenkatze · March 4, 2024 · Harbour · 7 comments", ["hafenkatze"]), ("Do · März 4, 2024 · 1 Kommentar", [])],
)
def test_a_handle_in_a_field_beside_the_date_of_a_meta_line_with_its_comment_count(meta, expected):
    assert read_text(page("Harbour board agrees to mend the northern quay", meta)).authors == expected


# --- the headline the breadcrumb trail ends on ----------------------------------


def test_the_headline_printed_again_under_the_breadcrumb_trail_that_ends_on_it():
    text = page(
        "Harbour News - the island's paper",
        "  • Home\n  • Harbour\n  • Harbour board agrees to mend the northern quay",
        "Harbour board agrees to mend the northern quay",
        "Sunday, 02.11.2014 | Tags: Harbour |",
        "Find the best boats in the harbour with our boat finder!",
    )
    assert read_text(text).title == "Harbour board agrees to mend the northern quay"


@pytest.mark.parametrize(
    "trail",
    [
        "Home » Harbour » Harbour board agrees to mend the northern quay",
        "HomeHarbourHarbour board agrees to mend the northern quay",  # the steps run together
    ],
)
def test_the_headline_under_a_trail_printed_on_one_line_that_ends_on_it(trail):
    text = page(trail, "Harbour board agrees to mend the northern quay", "RECIPE PRINT RATE THIS STORY",
                "Find the best boats in the harbour with our boat finder!")
    assert read_text(text).title == "Harbour board agrees to mend the northern quay"


def test_a_one_word_headline_under_the_trail_that_ends_on_it():
    text = page("Search: Home » Quays", "Quays", "March 4, 2024 · by Ann Moreau", "Ann Moreau")
    assert read_text(text).title == "Quays"


def test_a_one_word_headline_the_list_trail_ends_on():
    text = page("  • Home\n  • Blog\n  • »Quayside«", "»Quayside«", "March 4, 2024 · by Ann Moreau", "Ann Moreau")
    assert read_text(text).title == "»Quayside«"


def test_a_menu_word_printed_all_over_the_page_is_no_headline_under_its_trail():
    text = page("  • Start\n  • Hafen\n  • Suche", "Suche", "Harbour board agrees to mend the northern quay",
                "March 4, 2024 · by Ann Moreau", footer=("Suche", "  • Suche"))
    assert read_text(text).title == "Harbour board agrees to mend the northern quay"


@pytest.mark.parametrize(
    "byline",
    ["Autor: Die Redaktion", "Redaktion Hafenblatt Online", "---- by Ann Moreau", "Harbour Staff Report by Harbour Staff Report"],
)
def test_a_byline_or_desk_line_under_the_headline_is_not_the_headline(byline):
    text = page("Harbour board agrees to mend the northern quay", "[harbour-quay-1030x687]", byline, "Published on 04.03.2024")
    assert read_text(text).title == "Harbour board agrees to mend the northern quay"


@pytest.mark.parametrize(
    "notice",
    ["Add as preferred on Google", "Esta funcionalidad es sólo para registrados", "To revisit this story, view saved stories"],
)
def test_account_and_subscription_notices_are_not_the_headline(notice):
    text = page("What is the harbour board and who sits on it?", "1 day ago", "ShareSave", notice, "Ann Moreau")
    assert read_text(text).title == "What is the harbour board and who sits on it?"


@pytest.mark.parametrize(
    "furniture",
    ["Zurück zum Newsroom", "Como você se sentiu com essa matéria?", "Der Artikel gefällt dir?", "Tous droits réservés Hafenblatt"],
)
def test_back_links_feedback_boxes_and_rights_notes_are_not_the_headline(furniture):
    text = page("What is the harbour board and who sits on it?", "1 day ago", "ShareSave", furniture, "Ann Moreau")
    assert read_text(text).title == "What is the harbour board and who sits on it?"


def test_a_byline_run_into_the_name_printed_again():
    text = page("Harbour board agrees to mend the northern quay", "Ann Moreau PorAnn Moreau", "4 March 2024")
    assert read_text(text).authors == ["Ann Moreau"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 Donnerstag Okt 2019", "2019-10-31"),  # the weekday between day and month
        ("veröffentlicht am 14 Feb ’20 | Kategorien: Hafen", "2020-02-14"),  # the year's two digits after an apostrophe
        ("Seit 2020 am 14 Feb geöffnet", None),
    ],
)
def test_more_date_shapes_of_blog_themes(text, expected):
    assert find_date_in(text) == expected


def test_a_short_quoted_headline_under_its_trail_when_nothing_else_reads_as_one():
    story = "Der Hafenrat hat am Dienstag beschlossen, den nördlichen Kai noch vor dem Winter zu reparieren."
    text = "\n\n".join(["[Home                    ]", "Du befindest dich hier: Home » Hafen » „Harte Arbeit“",
                        "„Harte Arbeit“", "erstellt: 01. April 2025, 15:25 in: Hafen | Kommentare : 0", story, story])
    assert read_text(text).title == "„Harte Arbeit“"


def test_a_headline_printed_as_a_list_item_over_its_listed_standfirst():
    story = "The harbour board met on Tuesday and agreed, after a long debate, to repair the northern quay"
    text = "\n".join([
        "  • Front Page", "", "Wed, Oct 16, 2024 page1", "",
        "  • Harbour board agrees to mend the northern quay", "",
        "  • REPAIRS: The board voted to start the work on the quay before the winter storms, the chair said on Tuesday", "",
        "  • [t]", "  • [f]", "", *[f"{story} Paragraph {n}." for n in range(1, 4)],
    ])
    assert read_text(text).title == "Harbour board agrees to mend the northern quay"


def test_a_headline_under_a_blog_motto_read_as_the_story_start():
    story = [f"Paragraph {n} of the post tells how the harbour board met on a grey morning and agreed to mend the quay."
             for n in range(1, 4)]
    text = "\n\n".join([
        "skip to main | skip to sidebar",
        "Here is where I write about the harbour, its boats and the people who keep them going every day.",
        "Tuesday, 28. April 2020", "Back at the quay", *story,
    ])
    assert read_text(text).title == "Back at the quay"
