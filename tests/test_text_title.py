"""Which line of a whole-page text dump is the headline."""
from __future__ import annotations

import pytest

from newsjson.extractors.text import read_text

MENU = "Menu\n\n  • News\n  • Sport\n  • Weather\n\n"
PARAGRAPHS = [
    (
        "The harbour board voted on Tuesday to keep both ferries running through the winter, "
        "ending a row that had split the island council for most of the year."
    ),
    (
        "Skippers had warned that a single boat could not carry the freight the shops need "
        "when the weather turns, and a petition gathered more than two thousand names."
    ),
    (
        "The board said the extra crossings would be paid for from the harbour fund until "
        "the spring, when the timetable will be looked at again."
    ),
    (
        "Islanders who commute to the mainland said the decision came as a relief after "
        "weeks of uncertainty over how they would reach their jobs."
    ),
]
STORY = "\n\n".join(PARAGRAPHS) + "\n"
HEADLINE = "Harbour board keeps both ferries running through the winter"


def headline_over(line: str) -> str | None:
    """The title read from the page's headline with ``line`` between it and the story."""
    return read_text(MENU + HEADLINE + "\n\n" + line + "\n\n" + STORY).title


@pytest.mark.parametrize(
    "under",
    [
        pytest.param("Ann Lee\n\n  \u2022 Share\n\n15:44 Uhr", id="a time stamp over the story"),
        pytest.param("Ann Lee | Published 4 hours ago", id="a relative time after the writer"),
        pytest.param("Written for the weekend edition by:", id="a label ending in a colon"),
        pytest.param("Ann Lee og Bo Park\nLast week", id="the writers' names"),
        pytest.param("Columnist: Ann Lee", id="a role and a name"),
    ],
)
def test_a_line_under_the_headline_that_is_no_headline(under: str):
    assert headline_over(under) == HEADLINE


def test_a_short_title_case_headline_is_not_taken_for_a_name():
    page = MENU + "Harbour Ferry Timetables\n\n" + STORY
    assert read_text(page).title == "Harbour Ferry Timetables"


def test_headline_right_under_the_date_not_the_site_name_over_the_menu():
    page = (
        "The Island Courier Weekly\n\n  • Home\n  • Newsletter\n  • Subscribe\n  • Login\n\n"
        "March 4, 2024\n\n" + HEADLINE + "\n\n" + STORY
    )
    assert read_text(page).title == HEADLINE


def test_a_breadcrumb_trail_over_the_headline_is_not_the_headline():
    page = "Home » Islands » Ferries » Winter\n\n" + HEADLINE + "\n\nBy Ann Lee\nMarch 4, 2024\n\n" + STORY
    assert read_text(page).title == HEADLINE


def test_a_sites_motto_over_a_shorter_headline_is_not_the_headline():
    page = (
        "News and views from all the islands since the first ferry sailed\n\n"
        "Harbour keeps both ferries\n\nBy Ann Lee\nMarch 4, 2024\n\n" + STORY
    )
    assert read_text(page).title == "Harbour keeps both ferries"


def test_a_counter_line_over_the_story_is_not_the_headline():
    assert headline_over("5343 reads | 32 replies") == HEADLINE


def test_the_cut_off_end_of_a_teaser_is_not_the_headline():
    page = MENU + "Harbour board keeps both ferries\n\n… running through the winter\n\nBy Ann Lee\nMarch 4, 2024\n\n" + STORY
    assert read_text(page).title == "Harbour board keeps both ferries"


@pytest.mark.parametrize(
    "furniture",
    [
        "Source: www.example.org",
        "Profile picture for user Ann Lee",
        "You are here: Home / Islands",
        "Home » Islands » Harbour board keeps both ferries running",
        "Lesezeit: 4 Minuten",
        "4 minute read",
        "Courtesy of the Harbour Trust",
        "Ana Ruiz | Publicado hace 3 horas",
        "Hoppa till innehållet",
        "Sort by [newest first   ]",
        "durch Ann Lee",
        "press shot of the harbour band",
        "Click to expand the search box",
        "Schreib einen Kommentar",
        "Continue reading below",
        "4 Min. Lesedauer",
        "Mit Freunden teilen",
        "Lyssna på nyheten här",
        "Boote im Hafen am Abend (Symbolbild)",
        "Ferries, Islands, Winter Service, Harbour Board",
        "Toggle navigation Island Courier",
        "Zum Inhalt springen",
        "Strict Standards: Non-static method called statically",
        "Search this site: [                    ] [Go]",
        "Island CourierIsland Courier",
        "Profilbild des Autors Ann Lee",
        "von example.de",
    ],
)
def test_furniture_between_headline_and_story_is_not_the_headline(furniture):
    assert headline_over(furniture) == HEADLINE


def test_a_question_under_menu_labels_where_the_story_starts_is_the_headline():
    question = "Will the harbour keep both ferries running through the winter?"
    page = "Islands\n\nFerries\n\n" + question + "\n\n" + STORY
    article = read_text(page)
    assert article.title == question
    assert question not in article.body


def test_names_split_by_a_bar_are_not_the_headline():
    assert headline_over("Ann Lee | Bo Park\nLast week") == HEADLINE


def test_a_line_closed_by_an_ideographic_full_stop_is_a_sentence_not_a_headline():
    assert headline_over("Ann Lee\n\n港の渡し船は、冬も、運航します。") == HEADLINE


def test_a_pictures_alt_text_printed_again_with_its_credit_is_not_the_headline():
    alt = "Two ferries moored side by side in the harbour at dusk"
    assert headline_over(alt + "\n" + alt + " / Bo Park") == HEADLINE


def test_a_pictures_alt_text_printed_twice_over_its_credit_is_not_the_headline():
    alt = "Two ferries moored side by side in the harbour at dusk"
    assert headline_over(alt + "\n\n" + alt + "\n\nPhoto: Getty Images") == HEADLINE


def test_the_headline_over_its_standfirst_wins_over_a_short_widget_nearer_the_story():
    page = (
        MENU + HEADLINE + "\n\nThe board voted to pay for the extra crossings from the harbour fund until spring.\n\n"
        "Give this story\n\n  • Share\n  • Print\n  • Email\n\n" + STORY
    )
    assert read_text(page).title == HEADLINE


def test_a_page_named_by_a_word_or_two_over_its_text_takes_that_name_as_title():
    page = MENU + "Ferry Timetables\n\n[ferry.jpg]\n\n" + STORY
    assert read_text(page).title == "Ferry Timetables"


def test_a_word_or_two_over_the_story_is_no_title_when_it_trails_off():
    page = MENU + "Read on …\n\n" + STORY
    assert read_text(page).title is None


def test_a_long_headline_under_menus_is_no_standfirst_of_the_site_line_over_them():
    long_headline = "Harbour board keeps both island ferries running through the whole of the coming winter"
    page = (
        "The Island Courier Weekly Edition\n\n  • News\n  • Sport\n  • Weather\n  • Shop\n\n"
        + long_headline + "\n\n" + STORY
    )
    assert read_text(page).title == long_headline


def test_headline_under_its_date_line_past_a_one_word_label():
    page = (
        MENU + "Photo rights: Harbour Press | Bo Park\n\nThe quay in winter, with both boats tied up.\n\n"
        "March 4, 2024\n\nPicture story\n\n" + HEADLINE + "\n\n" + STORY
    )
    assert read_text(page).title == HEADLINE


def test_a_photographer_and_agency_credit_is_not_the_headline():
    assert headline_over("Bo Park/Harbour-Press") == HEADLINE


def test_a_kicker_run_into_the_headline_is_cut_off_where_the_page_prints_the_headline_alone():
    page = (
        "Menu\n\n  • News\n  • Islands\n  • " + HEADLINE + "\n\n"
        "Island Transport " + HEADLINE + "\n\nMarch 4, 2024\n\n" + STORY
    )
    assert read_text(page).title == HEADLINE


def test_a_kicker_that_lost_its_colon_gets_it_back_from_the_pages_other_copy():
    page = (
        "Menu\n\n  • News\n  • Islands\n  • Winter service: " + HEADLINE + "\n\n"
        "Winter service " + HEADLINE + "\n\nMarch 4, 2024\n\n" + STORY
    )
    assert read_text(page).title == "Winter service: " + HEADLINE


def test_a_kicker_with_its_colon_stays_part_of_the_headline():
    page = (
        MENU + "Winter service: " + HEADLINE + "\n\nMarch 4, 2024\n\n" + STORY + MOST_READ.format(HEADLINE)
    )
    assert read_text(page).title == "Winter service: " + HEADLINE


def test_the_headline_over_its_standfirst_wins_over_a_pictures_label_over_the_byline():
    page = (
        MENU + HEADLINE + "\n\nThe board voted to pay for the extra crossings from the harbour fund until spring.\n\n"
        "Ferry at the quay\n\nBy Ann Lee\nMarch 4, 2024\n\n  • Share\n  • Print\n\n" + STORY
    )
    assert read_text(page).title == HEADLINE


def test_a_brand_name_in_small_letters_may_open_a_headline():
    page = MENU + "iPhone owners on the islands get a ferry app\n\n" + STORY
    assert read_text(page).title == "iPhone owners on the islands get a ferry app"


def test_a_writer_with_a_news_agency_is_not_the_headline():
    assert headline_over("Ann Lee and AP\nMarch 4, 2024") == HEADLINE


def test_a_headline_with_commas_and_a_colon_is_no_tag_list():
    headline = "Ferries, Buses, Trains: Late"
    page = MENU + headline + "\n\n" + STORY
    assert read_text(page).title == headline


def test_copied_two_line_headline_over_labelled_abstract_and_full_text():
    page = (
        "Harbour board keeps both ferries;\nThe winter timetable stays as it is.\n\n"
        "ABSTRACT.\n\nThe board said the crossings would be paid for from the harbour fund.\n\n"
        "FULL TEXT.\n\n" + STORY
    )
    assert read_text(page).title == "Harbour board keeps both ferries; The winter timetable stays as it is."


MOST_READ = "\n\nMost read\n\n  • Council closes the old pier for repairs\n  • {}\n  • Lighthouse open to visitors again\n"


def test_of_a_headline_and_its_shorter_standfirst_the_one_the_page_lists_again_is_the_headline():
    standfirst = "Skippers welcome the vote after a long row"
    page = MENU + HEADLINE + "\n\n" + standfirst + "\n\n" + STORY + MOST_READ.format(HEADLINE)
    assert read_text(page).title == HEADLINE


def test_of_a_kicker_and_the_headline_over_the_byline_the_one_the_page_lists_again_is_the_headline():
    kicker = "Island life in the cold months"
    page = MENU + kicker + "\n\n" + HEADLINE + "\n\nBy Ann Lee\n\n" + STORY + MOST_READ.format(HEADLINE)
    assert read_text(page).title == HEADLINE


def test_a_link_to_the_last_post_over_the_story_is_not_the_headline():
    assert headline_over("« Winter timetable for the island ferries") == HEADLINE


def test_of_the_lines_over_and_under_the_date_the_one_the_page_lists_again_is_the_headline():
    page = (
        MENU + "Search all the news from the islands\n\nMarch 4, 2024\n\n" + HEADLINE + "\n\n" + STORY
        + MOST_READ.format(HEADLINE)
    )
    assert read_text(page).title == HEADLINE


def test_a_four_word_site_line_printed_at_the_top_and_again_over_the_headline_is_not_the_headline():
    menus = MENU.replace("Menu", "Sections") + MENU + MENU.replace("Menu", "More")
    page = "Island news for less\n\n" + menus + "Island news for less\n\n" + HEADLINE + "\n\n" + STORY
    assert read_text(page).title == HEADLINE


def test_a_reading_time_in_brackets_over_the_story_is_not_the_headline():
    assert headline_over("READ IN FULL (7 MIN)") == HEADLINE


@pytest.mark.parametrize("dateline", ["23.09.22", "30/10/23 | Island Courier", "Publicado el 04/03/2024 a las 9h15"])
def test_a_date_in_figures_under_the_headline_is_not_the_headline(dateline):
    assert headline_over(dateline) == HEADLINE


def test_a_wikis_skip_link_with_its_colon_is_not_the_headline():
    assert headline_over("Wechseln zu: Navigation, Suche") == HEADLINE


def test_a_word_or_two_over_the_posts_one_tag_and_the_story_is_the_title():
    page = MENU + "Ferry timetables\n\n 1. harbour\n\n" + STORY
    assert read_text(page).title == "Ferry timetables"


@pytest.mark.parametrize(
    "dateline", ["Island Courier 4. März 20241. März 2024", "山田花子2024年3月4日 9時15分"]
)
def test_a_date_run_into_the_figure_after_it_or_written_with_units_is_not_the_headline(dateline):
    assert headline_over(dateline) == HEADLINE


@pytest.mark.parametrize(
    "furniture",
    ["embed(https://video.example/v/harbour-ferries)", "So glad the boats stay! https://short.example/x1", "Islands[english] [deutsch]"],
)
def test_an_address_or_a_row_of_bracketed_labels_over_the_story_is_not_the_headline(furniture):
    assert headline_over(furniture) == HEADLINE


@pytest.mark.parametrize(
    "furniture",
    [
        "Try refreshing your browser, or",
        "Based on 40 reviews",
        "Endpreis zzgl. Versandkosten",
        "Connect with %s",
        "Boats in the bay at dusk (Source: Ann Lee/Harbour Trust)",
        "Ferries in 1975; Source: Harbour archive",
        "On Flickr CC by ann_lee",
        "harbour-ferry-winter-crossing-M",
        "ESCUCHA LA NOTICIA",
        "Apoie o jornalismo da ilha",
        "Already a subscriber? You can",
        "Jetzt anmelden und mitreden",
        "Up next from the islands",
    ],
)
def test_player_shop_credit_and_sign_up_furniture_over_the_story_is_not_the_headline(furniture):
    assert headline_over(furniture) == HEADLINE


@pytest.mark.parametrize(
    "furniture",
    [
        "Facebook Link kopiert X Link kopiert E-Mail Link kopiert",
        "Inicia sesión Mi cuenta",
        "This article was originally published in English",
        "( ) No, the ferry should stop",
        "Board members (from left): Ann Lee, Bo Park, Cy Diaz",
        "Ann Lee Deputy Content Director",
        "Ann Lee2 minutes ago",
        "Audio overview and podcasts",
        "はてなブックマーク",
    ],
)
def test_share_account_translation_poll_and_staff_lines_over_the_story_are_not_the_headline(furniture):
    assert headline_over(furniture) == HEADLINE


def test_headline_under_its_date_line_past_a_time_stamp():
    page = (
        "News and views from all the islands\n\n" + MENU + "March 4, 2024\n\nFree to read until 19:34\n\n"
        + HEADLINE + "\n\n" + STORY
    )
    assert read_text(page).title == HEADLINE


def test_headline_under_its_date_line_past_a_kicker_run_on_to_the_date():
    page = (
        "News and views from all the islands\n\n" + MENU + "Mon, 11:41\n04.03.2024\nFerries stay in service\n\n\n"
        + HEADLINE + "\n\n" + STORY
    )
    assert read_text(page).title == HEADLINE


def test_the_last_step_of_a_breadcrumb_over_the_headline_naming_the_same_story_is_the_title():
    crumb = "Harbour board: both ferries keep running all winter"
    page = "  • Home\n  • Islands\n  • " + crumb + "\n\n" + HEADLINE + "\n\n" + STORY
    assert read_text(page).title == crumb


def test_the_last_step_of_a_breadcrumb_about_something_else_is_not_the_title():
    page = "  • Home\n  • Islands\n  • Lighthouse open to visitors again this week\n\n" + HEADLINE + "\n\n" + STORY
    assert read_text(page).title == HEADLINE


def test_menu_items_run_together_into_one_word_are_not_the_headline():
    assert headline_over("IslandsHarbourFerries Weather+Tides on Sunday") == HEADLINE


def test_a_hashtag_run_together_may_stand_in_a_headline():
    page = MENU + "Harbour keeps both ferries #OnTheIsland\n\n" + STORY
    assert read_text(page).title == "Harbour keeps both ferries #OnTheIsland"


@pytest.mark.parametrize(
    "furniture",
    [
        "Media playback is unsupported on your device",
        "Don't have an account? Create Account",
        "Register to unlock this story for free",
        "Island Weather[k_16] 4° to 9° today",
        "Article réservé aux abonnés",
        "Increase article font size",
        "Öppna bild i helskärm",
    ],
)
def test_reading_tools_and_account_notices_over_the_story_are_not_the_headline(furniture):
    assert headline_over(furniture) == HEADLINE


@pytest.mark.parametrize(
    "furniture",
    [
        "Zum vorherigen Slide wechseln Zum nächsten Slide wechseln",
        "Artikel werden geladen... Schließen",
        "Du kommentierst mit Deinem Konto. ( Abmelden / Ändern )",
        "Jetzt in den Warenkorb legen",
        "Dans la même rubrique sur les îles",
        "Ann Lee (l.) and Bo Park at the pier",
        "Prof. Dr. Ann Lee",
        "Subheadline: Will the boats keep running?",
    ],
)
def test_slider_loading_basket_related_and_picture_order_lines_are_not_the_headline(furniture):
    assert headline_over(furniture) == HEADLINE


def test_a_headline_labelled_as_such_loses_its_label():
    page = MENU + "Headline: " + HEADLINE + "\n\n" + STORY
    assert read_text(page).title == HEADLINE
