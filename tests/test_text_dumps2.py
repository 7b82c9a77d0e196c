"""Bylines of whole-page dumps in the shapes blog themes and news sites print them:
fields run into the names, labels glued to the date, the desk after the names
(invented pages and names)."""
from __future__ import annotations

import pytest

from newsjson.extractors.text import read_text
from newsjson.extractors.text_names import clean_name, name_list, names_in_byline

from .dump_pages import page


HEADLINE = "Harbour board agrees to mend the northern quay"


def test_a_blog_themes_author_label_run_into_the_date_and_the_name():
    article = read_text(page(HEADLINE, "Posted on4. März 20244. März 2024AuthorTomas Wren3 Kommentare"))
    assert article.authors == ["Tomas Wren"]
    assert article.date_published == "2024-03-04"


def test_a_labelled_field_after_the_names_ends_them():
    assert names_in_byline("Von Tomas Wren Kategorien: Reise 4. März 2024, 15:25 Uhr") == ["Tomas Wren"]
    article = read_text(page(HEADLINE, "Von Tomas Wren Kategorien: Reise 4. März 2024, 15:25 Uhr"))
    assert article.authors == ["Tomas Wren"]


def test_a_name_ending_in_a_colon_is_not_cut_as_a_label():
    # "Autor Ann Lee:" heads the writer's note: the colon closes the name, no field follows it.
    assert names_in_byline("By Tomas Wren: 4 March 2024") == ["Tomas Wren"]


def test_a_pictures_file_label_before_the_byline_and_last_updated_after_it():
    line = "[a1b2c3d4] By Tomas Wren Last updated Mar 4, 2024 Share with a friend:   Share"
    assert names_in_byline(line) == ["Tomas Wren"]
    assert read_text(page(HEADLINE, line)).authors == ["Tomas Wren"]


def test_the_desk_after_a_slash_is_no_writer():
    line = "By Tomas Wren and Lena Falk / Harbour Courier Staff Writers"
    assert names_in_byline(line) == ["Tomas Wren", "Lena Falk"]
    article = read_text(page(HEADLINE, line, "March 4, 2024"))
    assert article.authors == ["Tomas Wren", "Lena Falk"]


# --- page furniture read as the headline ---------------------------------------------


def test_a_posts_labelled_category_field_is_no_headline():
    article = read_text(page(HEADLINE, "Issue 3/2024 Category: Harbour life"))
    assert article.title == HEADLINE


def test_a_vector_pictures_built_in_title_is_no_headline():
    article = read_text(page("Harbour Weekly", HEADLINE, "Created with Sketch. Harbour Follow this topic"))
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "trail", ["Start|Magazine|Harbour tips|Quay repairs", "Home → Harbour life → Quay repairs", "Home ›› Harbour life ›› Quay"]
)
def test_a_breadcrumb_trail_without_spaces_or_with_arrows_is_no_headline(trail):
    article = read_text(page(HEADLINE, trail))
    assert article.title == HEADLINE


# --- two writers joined without a comma ----------------------------------------------


@pytest.mark.parametrize(
    "line", ["Tomas Wren/Lena Falk", "Tomas Wren / Lena Falk", "Tomas Wren og Lena Falk", "Tomas Wren | Lena Falk"]
)
def test_two_writers_joined_by_a_slash_a_bar_or_the_pages_and(line):
    article = read_text(page(HEADLINE, line, "4 March 2024"))
    assert article.authors == ["Tomas Wren", "Lena Falk"]


@pytest.mark.parametrize(
    "line",
    [
        "Fot. Tomas Wren / Lena Falk",  # a picture's credit
        "Boatco One / Boatco Two",  # two models of one make
        "Harbour Life und Quay Repairs",  # a menu's two sections
        "Tomas Wren/Harbour",  # a photographer and an agency
    ],
)
def test_pairs_that_are_no_two_writers(line):
    assert name_list(line) == []


def test_the_outlet_after_the_last_name_is_cut_off():
    assert names_in_byline("By Tomas Wren and Lena Falk The Harbour Courier") == ["Tomas Wren", "Lena Falk"]
    assert names_in_byline("By Tomas Wren And Lena Falk For The Harbour Courier") == ["Tomas Wren", "Lena Falk"]


def test_a_news_reporters_title_run_into_the_name():
    assert clean_name("Tomas WrenNews Reporter") == "Tomas Wren"


def test_a_writers_box_prints_her_name_twice_under_the_headline():
    article = read_text(
        page(
            HEADLINE,
            "The board voted on a grey morning to repair the northern quay before the winter storms arrive.",
            "Harbour news in brief",
            "The harbour board meets again next week",
            "The harbour board meets again next week Harbour Weekly",
            "Tomas Wren",
            "Tomas Wren",
            "Harbour correspondent",
            "Only for registered readers",
            "Sign in",
            "02/12/2024",
            "Share",
        )
    )
    assert article.authors == ["Tomas Wren"]


@pytest.mark.parametrize("item", ["Tomas Wren^1,", "Tomas Wren &", "Tomas Wren^a"])
def test_a_listed_writer_with_a_footnote_mark_or_the_join_to_the_next(item):
    assert clean_name(item) == "Tomas Wren"


def test_a_long_list_of_writers_under_a_lone_by_runs_past_its_ellipsis():
    writers = "\n".join(
        f"  • {item}" for item in ["Tomas Wren,", "Lena Falk,", "Ida Moor,", "Ben Hale &", "…", "Ola Rask"]
    )
    article = read_text(page(HEADLINE, "The board voted to repair the northern quay before winter.", "By", writers))
    assert article.authors == ["Tomas Wren", "Lena Falk", "Ida Moor", "Ben Hale", "Ola Rask"]


def test_an_icon_fonts_dot_before_the_name_on_the_date_line():
    assert read_text(page(HEADLINE, "●Tomas WrenMarch 4, 2024")).authors == ["Tomas Wren"]
