"""Writers and dates of whole-page text dumps printed where the header rules do not look:
a signature under the story, dates in rarer number forms (invented pages, names and outlets)."""
from __future__ import annotations

import pytest

from newsjson.extractors.text import read_text
from newsjson.extractors.text_dates import find_date_in
from newsjson.extractors.text_kinds import classify
from newsjson.extractors.text_lines import split_lines
from newsjson.extractors.text_meta import Header
from newsjson.extractors.text_title import find_title

_STORY = [
    f"Paragraph {n} of the story tells how the harbour board met on a grey morning and agreed,"
    " after a long debate among its members, to repair the northern quay before the winter."
    for n in range(1, 8)
]


def page(*footer: str, header: tuple[str, ...] = ("Quay repairs begin before the winter storms",)) -> str:
    """A page dump: a menu, a headline, the story, then the given lines under it."""
    menu = ["  • Home", "  • News", "  • About", ""]
    blocks = [*header, *_STORY, *footer]
    return "\n".join(menu + [line for block in blocks for line in (block, "")])


def test_a_story_signed_under_its_last_paragraph():
    # A statement's or a reporter's sign-off: the name alone right under the story, the office under it.
    text = page("Mira Testova", "Chair of the harbour board", "Share", "Print")
    assert read_text(text).authors == ["Mira Testova"]


def test_a_signature_after_a_picture_in_the_story():
    # A picture and its caption after the opening paragraph do not end the story.
    text = page("Mira Testova", "Harbour reporter", "Share", header=(
        "Quay repairs begin before the winter storms",
        "The harbour board met on a grey morning and agreed to repair the northern quay before the winter.",
        "[quay]",
        "The northern quay at low tide. Photo: Jon Sample",
    ))
    assert read_text(text).authors == ["Mira Testova"]


def test_a_name_the_story_talks_about_is_no_signature():
    # A tag naming the story's subject under it ("Follow" buttons), not its writer.
    text = page("Ola Pattern", "Topics", "Share", header=(
        "Quay repairs begin before the winter storms",
        "The harbour master Ola Pattern asked the board on a grey morning to repair the northern quay.",
    ))
    assert read_text(text).authors == []


def test_a_list_of_names_under_the_story_is_no_signature():
    # The page's other writers, or a comment thread's readers, one name a line.
    text = page("Mira Testova", "Jon Sample", "Ola Pattern")
    assert read_text(text).authors == []


def test_a_site_name_over_its_tagline_is_no_signature():
    # The site's name over its tagline, which prints it run together.
    text = page("Kelp Forum", "Kelpforum for sailors and harbour folk", "Search")
    assert read_text(text).authors == []


def test_a_source_line_signs_before_a_name_does():
    # "(Source: ...)" under the last paragraph: the name under it is a topic to follow.
    text = page("(Source: Harbour Wire)", "Mira Testova", "Topics", "Share")
    assert read_text(text).authors == []


def test_a_bloggers_handle_after_von_under_the_headline():
    # "von kelpwriter": a blogger's one-word handle, not an agency's name after "von".
    text = page(header=("Quay repairs begin before the winter storms", "von kelpwriter"))
    assert read_text(text).authors == ["kelpwriter"]


def test_a_site_address_after_by_is_no_writer():
    # The site signs with its own address: an outlet, no person.
    text = page(header=("Quay repairs begin before the winter storms", "Posted by harbourpost.com"))
    assert read_text(text).authors == []


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("04 | 03 | 2024  Harbour | Boats", "2024-03-04"),  # a blog's date field, parts set apart by bars
        ("Datum: 04.Mär.24", "2024-03-04"),  # a month's short name between dots, a two-digit year
        ("23/03/24 | Harbour Post", "2024-03-23"),  # slashes and a two-digit year, the day past twelve
        ("03/23/24 5:19pm", "2024-03-23"),  # the same, month first
    ],
)
def test_rarer_number_forms_of_a_date(printed, iso):
    assert find_date_in(printed) == iso


def test_a_two_digit_slash_date_that_may_read_either_way_is_not_read():
    # "04/03/24" is the 4th of March or April the 3rd: no date rather than a wrong one.
    assert find_date_in("By Mira Testova • 04/03/24 5:19pm") is None


def test_a_brand_beside_the_date_is_no_writer():
    # One word in two capitals after the date's field is the site's brand, not a name run together.
    text = page(header=("Quay repairs begin before the winter storms", "23/03/24 | HarbourPost"))
    article = read_text(text)
    assert article.date_published == "2024-03-23"
    assert article.authors == []


def test_a_label_over_links_ends_the_writers_under_the_headline():
    # "More by this writer at:" and its links under the writer's name: no co-writer among them.
    text = page(header=(
        "Quay repairs begin before the winter storms",
        "Mira Testova",
        "More by this writer at:",
        "  • Kelp Index",
    ))
    assert read_text(text).authors == ["Mira Testova"]


def test_a_writer_label_alone_over_her_name():
    # An author box under the story: "Kommentar von" on a line of its own, the name on the next.
    text = page("Kommentar von", "Mira Testova", "Redakteurin für Häfen", "  • Mail")
    assert read_text(text).authors == ["Mira Testova"]


def test_labels_naming_different_writers_are_teasers():
    # "By" / name for each story in a list of other stories: none of them wrote this one.
    text = page("Ferry fares rise again", "By", "Jon Sample", "Lighthouse reopens", "By", "Ola Pattern")
    assert read_text(text).authors == []


def test_a_name_printed_twice_on_its_line_is_read_once():
    # The writer's picture text and her link run into one line.
    text = page("Von:", "Mira T. Mira T.", "  • Mail")
    assert read_text(text).authors == ["Mira T"]  # the period of a closing initial is not kept


def test_a_headline_under_the_date_line_when_none_over_it():
    # A blog's tagline, read as the story's start, over the post's date and its headline:
    # nothing over the date reads as a headline.
    lines = split_lines("\n\n".join([
        "Here is where I plan to write about the harbour and its boats as the seasons turn.",
        "Wednesday, March 6, 2024",
        "Notes On Rebuilding The Harbour Wall",
        "Notes On Rebuilding the harbour wall",
        "Share this post",
        _STORY[0],
    ]))
    kinds = [classify(line) for line in lines]
    header = Header(date="2024-03-06", date_index=1)
    find_title(lines, kinds, 1, None, header)
    assert header.title == "Notes On Rebuilding The Harbour Wall"


def test_a_headline_over_a_date_found_far_from_the_story_start():
    # Server warnings read as the story's start: the date is found only far under them, and the
    # headline set apart over it is read then.
    warnings = [
        "Warning: reading an unset option of the harbour theme is deprecated and will stop working in"
        f" /www/site/themes/part{n}.php on line {n}0"
        for n in range(1, 12)
    ]
    text = "\n\n".join([
        *warnings, "  • Home", "  • Kontakt", "Allgemein",
        "Kelp Bay, the lively harbour town in the north",
        "⋅ November 22, 2023 ⋅ Email this post ⋅ Print this page ⋅ Comment",
        *_STORY[:4],
    ])
    article = read_text(text)
    assert article.title == "Kelp Bay, the lively harbour town in the north"
    assert article.date_published == "2023-11-22"
