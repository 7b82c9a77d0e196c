"""More byline shapes: page-builder frames, houses that sign as authors, initials alone."""
from __future__ import annotations

import pytest
from lxml.html import fromstring

from newsjson.extractors.authors import clean_authors, clean_guessed_author
from newsjson.extractors.byline_boxes import marks_elsewhere
from newsjson.extractors.bylines import find_bylines, guess_author


def _bylines(body: str):
    return find_bylines(fromstring(f"<html><body>{body}</body></html>"))


def test_a_page_builders_widget_frame_around_the_byline_is_not_a_side_box():
    found = _bylines(
        "<div class='elementor-element elementor-widget elementor-widget-post-info'>"
        "<div class='elementor-widget-container'><ul><li>"
        "<span class='elementor-post-info__item elementor-post-info__item--type-author'>Mara Quell</span>"
        "</li></ul></div></div><p>The beans came up late this year.</p>"
    )
    assert found.classed == ["Mara Quell"]


def test_a_widget_frame_is_judged_by_the_block_it_holds():
    markers = {
        "elementor-widget-container": False,
        "elementor-widget elementor-widget-post-info": False,
        "elementor-widget__width-auto elementor-widget": False,
        "elementor-widget elementor-widget-nav-menu": True,  # the frame of a menu
        "elementor-widget-wp-widget-popular": True,  # a blog widget inside the frame
        "widget widget_text": True,  # a blog engine's side box
        "sidebar-widget": True,
        "footer-widget-area": True,
    }
    assert {marker: marks_elsewhere(marker) for marker in markers} == markers


@pytest.mark.parametrize(
    "raw",
    [
        ["Statistisches Amt Muster"],
        ["Beispiel Kitchens"],
        ["Musterhilfe Deutschland"],
        ["Deutsches Beispielwerk"],
        ["Feuerwehr Musterstadt, Abteilung Wasserrettung"],
        ["Noticias Ejemplo Hoy"],
        ["By U.S. CUSTOMS AND BORDER PROTECTION"],
        ["Deutsche Beispielnachrichten"],
        ["Bundesministerium für Beispiele und Klimaschutz"],
        ["Ostmuster Direkt"],
        ["Eat What Tonight"],
    ],
)
def test_houses_that_sign_as_the_author_are_no_person(raw):
    assert clean_authors(raw, structured=True).names == []


def test_initials_alone_name_nobody_but_an_initial_in_a_name_stays():
    assert clean_authors(["D E", "J. R.", "Mara T. Quell"]).names == ["Mara T. Quell"]


def test_an_author_box_too_long_for_a_byline_gives_its_headings_name():
    found = _bylines(
        "<article><h1>Notes from the allotment</h1><p>The beans came up late this year, and the slugs came early.</p></article>"
        "<div class='author-info'><h3><a href='/in/mq'>Mara Quell</a> <a href='/follow'>Follow</a></h3>"
        "<h4>Gardener, writer and keeper of bees on a windy hill above the river valley, with notes every week on what grows, what fails and why</h4></div>"
    )
    assert found.opened[-1] == "Mara Quell"


def test_an_author_bio_box_gives_its_headings_name():
    found = _bylines("<div class='author-bio'><h3>Mara Quell</h3><p>Mara Quell writes about gardens.</p></div>")
    assert found.opened == ["Mara Quell"]


@pytest.mark.parametrize(
    "line", ["Blog Beitrag von Mara Quell", "Ein Gastbeitrag von Mara Quell", "Beitrag von Mara Quell"]
)
def test_a_german_credit_line_opens_a_byline(line):
    found = _bylines(f"<div class='node'><p>{line}</p><p>Die Bohnen kamen dieses Jahr spät.</p></div>")
    assert clean_authors(found.opened, guessed=True).names == ["Mara Quell"]


def test_initials_of_a_house_before_words_are_no_person():
    found = clean_authors(["QFC Musterstadt Kickers", "XYZ Fernsehen", "XY24 Redaktion", "JD Quell", "MARA QUELL"], structured=True)
    assert found.names == ["JD Quell", "Mara Quell"]


def _guessed(body: str) -> list[str]:
    return clean_guessed_author(guess_author(fromstring(f"<html><body>{body}</body></html>"))).names


def test_a_phrase_the_page_wrote_in_lower_case_is_no_name_once_title_cased():
    assert _guessed("<p>Story text.</p><span class='author'>gut gemacht im Garten</span>") == []
    assert _guessed("<p>Story text.</p><span class='author'>vom Beispielblogger</span>") == ["Beispielblogger"]
    assert _guessed("<p>Story text.</p><span class='author'>Mara Quell</span>") == ["Mara Quell"]


def test_a_first_name_on_a_site_named_after_its_owner_is_the_owners_full_name():
    assert clean_authors(["Mara"], publisher="Dr. Mara Quell").names == ["Mara Quell"]
    assert clean_authors(["Mara"], publisher="Mara Quell").names == ["Mara Quell"]


def test_a_most_read_list_carries_other_stories_bylines():
    found = _bylines(
        "<main><article><h1>Harbour fees rise</h1><p>The port raised its fees.</p></article>"
        "<section class='brick most-read'><div class='item'><div class='card-author'>Von Mara Quell</div></div></section>"
        "<section class='trending'><div class='item'><span class='byline'>By Tom Bell</span></div></section></main>"
    )
    assert found.classed == [] and found.opened == []


def test_a_team_a_desk_a_courtesy_credit_and_a_posts_link_are_no_person():
    assert clean_authors(["Muster-Team", "Newsdesk", "Cortesía", "Alle Beiträge", "Mara Quell"], structured=True).names == ["Mara Quell"]


def test_where_a_byline_was_filed_from_is_no_part_of_the_name():
    found = clean_authors(
        ["By Jane Doe and John Roe in Springfield", "Von Max Muster aus Musterstadt", "Autorin: Uta Beispiel, Projektleiterin der Stiftung in Musterland"],
        guessed=True,
    )
    assert found.names == ["Jane Doe", "John Roe", "Max Muster", "Uta Beispiel"]


def test_a_new_city_after_the_name_is_the_dateline_not_a_co_author():
    assert clean_authors(["By Jane Doe, New Springfield"], guessed=True).names == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        "Written by Mara Quell Medically reviewed by Tom Bell, MD",  # the reviewer's credit after the writer's
        "By Mara Quell Edited by Tom Bell",
        "By Mara Quell Photography by Tom Bell",
        "Von Mara Quell Redigiert von Tom Bell",
        "By Mara Quell Senior Editor",  # a qualified job title after the name
        "Mara Quell Contributor",
        "By MARA QUELL Associated Press",  # the wire the byline runs into
        "By Mara Quell Follow",  # the button beside it
        "Opinion by Mara Quell",  # the section's label before "by"
        "Analysis by Mara Quell, XYZ",
    ],
)
def test_credits_titles_wires_and_buttons_around_a_name_are_cut(line):
    assert clean_authors([line], guessed=True).names == ["Mara Quell"]


def test_a_wire_byline_keeps_every_writer_before_the_agency():
    assert clean_authors(["By MARA QUELL and TOM BELL Associated Press"], guessed=True).names == ["Mara Quell", "Tom Bell"]


def test_an_editors_credit_is_cut_but_a_books_edition_before_it_is_no_name():
    assert clean_authors(["Second Edition Edited by Tom Bell", "By Mara Quell Edited by Tom Bell"]).names == ["Mara Quell"]


@pytest.mark.parametrize(
    "line",
    [
        "Ein Kommentar von Mara Quell",  # an article before what the line credits
        "A guest post by Mara Quell",
        "Tekst: Mara Quell",  # the Dutch and Scandinavian label
        "Von Mara Quell mit Material von xyz",  # the agency that helped
        "By Mara Quell with additional reporting by Tom Bell",
        "Mara Quell, Leiterin Kommunikation",  # a press release's office after the name
        "Pressesprecherin Mara Quell",
    ],
)
def test_more_ways_a_byline_surrounds_its_writer(line):
    assert clean_authors([line], guessed=True).names == ["Mara Quell"]


def test_the_agency_after_mit_is_cut_but_a_sentence_with_mit_names_nobody():
    lines = ["Von Mara Quell mit dpa", "Von Musterfirma mit Beispielwerk zur Allmende nach xyz"]
    assert clean_authors(lines, guessed=True).names == ["Mara Quell"]


def test_a_wrapper_that_names_the_author_in_its_class_is_no_author_box():
    found = _bylines(
        "<div class='post author-mq'><h2>Große Pläne</h2><p>The beans came up late this year, and the slugs came early, "
        "so the whole allotment had to be replanted in June, row by row, with whatever the shop still had.</p></div>"
        "<div class='author-card'><h3>Mara Quell</h3><p>Mara Quell keeps bees above the river valley and writes about them, about the weather and about the slugs every week.</p></div>"
    )
    assert found.opened == ["Mara Quell"]
