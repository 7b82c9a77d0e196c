"""Finding the whole story in whole-page dumps, round five: the top of a story
the page splits into a standfirst and an opening set apart, and the text of
pictures and teasers the page sets inside it."""
from __future__ import annotations

import pytest

from newsjson.extractors.text import read_text

from .test_text_story import FOOTER, LONG_STORY, MENU

# --- a standfirst over an opening paragraph set apart -------------------------------

QUESTIONS_STANDFIRST = (
    "How often may a parent stay home with a sick child, and who pays for those days? "
    "The most common questions about leave for parents, answered."
)
OPENER = "Sometimes only a blanket and a quiet day help: parents may stay home when their child falls ill."


def test_a_standfirst_over_an_opening_set_apart_is_kept_with_it():
    page = (
        MENU + "Sick children and the working week\n\n" + QUESTIONS_STANDFIRST + "\n\nBy Tova Renwick\n\n"
        "  • March 2024\n\n" + OPENER + "\n\n© harbour photo agency\n\nIn this article\n\n"
        "  • Who may stay home\n  • Who pays\n  • How long\n\n" + "\n\n".join(LONG_STORY[:6]) + "\n" + FOOTER
    )
    body = read_text(page).body
    assert body.startswith(QUESTIONS_STANDFIRST)
    assert OPENER in body
    assert "Who pays" not in body


# --- a line that prints itself twice: alt text glued to its caption --------------------

GLUED_CAPTION = (
    "Two deckhands coil a rope on the ferry ramp at dawn. Two deckhands coil a rope on the ferry ramp at dawn."
)
GLUED_TEASER = (
    "Harbour cafe reopens after the winter storm with a new terrace Harbour cafe reopens after the winter "
    "storm with a new"
)


def test_a_line_printing_itself_twice_inside_the_story_is_not_story():
    page = (
        MENU + "Ferries will run all winter\n\nBy Tova Renwick\n\n" + "\n\n".join(LONG_STORY[:3]) + "\n\n"
        + GLUED_CAPTION + "\n\n" + "\n\n".join(LONG_STORY[3:6]) + "\n\n" + GLUED_TEASER + "\n\n"
        + LONG_STORY[6] + "\n" + FOOTER
    )
    body = read_text(page).body
    assert "Two deckhands" not in body
    assert "Harbour cafe" not in body
    assert LONG_STORY[2] in body and LONG_STORY[6] in body


def test_a_quote_repeating_its_few_opening_words_at_its_end_is_kept():
    line = (
        '"Hold the rope tight," the skipper shouts. "Hold the rope tight. Mind the ramp. Mind the ramp. '
        'Hold the rope tight."'
    )
    page = MENU + "Ferries will run all winter\n\n" + "\n\n".join(LONG_STORY[:3] + [line] + LONG_STORY[3:6])
    assert line in read_text(page + "\n" + FOOTER).body


def test_a_story_repeating_its_opening_words_later_on_is_kept():
    line = (
        "The council met on Monday, and after a long evening of talk about fuel and fares, "
        "the council met again on Tuesday to vote."
    )
    page = MENU + "Ferries will run all winter\n\n" + line + "\n\n" + "\n\n".join(LONG_STORY[:6]) + "\n" + FOOTER
    assert line in read_text(page).body


# --- a teaser set inside the story under its label -----------------------------------

TEASER_PICTURE_TEXT = "Aerial view of the old lighthouse on the north cape during a calm summer evening."


@pytest.mark.parametrize("label", ["Read more", "Mehr zum Thema", "Join our newsletter"])
def test_a_teaser_under_its_label_inside_the_story_is_not_story(label):
    page = (
        MENU + "Ferries will run all winter\n\nBy Tova Renwick\n\n" + "\n\n".join(LONG_STORY[:3]) + "\n\n"
        + label + "\n\n" + TEASER_PICTURE_TEXT + "\n\nLighthouse keepers return to the cape\n\n"
        + "\n\n".join(LONG_STORY[3:7]) + "\n" + FOOTER
    )
    body = read_text(page).body
    assert "old lighthouse" not in body
    assert LONG_STORY[2] in body and LONG_STORY[3] in body


def test_a_paragraph_under_a_label_that_is_no_teasers_is_kept():
    page = (
        MENU + "Ferries will run all winter\n\nBy Tova Renwick\n\n" + "\n\n".join(LONG_STORY[:3]) + "\n\n"
        + "Advertisement\n\n" + TEASER_PICTURE_TEXT + "\n\nLighthouse keepers return to the cape\n\n"
        + "\n\n".join(LONG_STORY[3:7]) + "\n" + FOOTER
    )
    assert TEASER_PICTURE_TEXT in read_text(page).body


# --- a story the page prints twice ---------------------------------------------------

ABOUT_BOX = (
    "Island News is the daily paper of the northern islands, written and printed in the harbour town since 1921.\n\n"
    "Our reporters cover the council, the schools, the boats and the weather for every island on the route."
)


def test_a_story_printed_twice_is_read_from_its_first_copy():
    story = "\n\n".join(LONG_STORY[:6])
    page = (
        MENU + "Ferries will run all winter\n\nBy Tova Renwick\n\n" + story + "\n\nYou might also like\n\n"
        "Ferries will run all winter\n\n" + story + "\n\n" + ABOUT_BOX + "\n" + FOOTER
    )
    body = read_text(page).body
    assert body.count(LONG_STORY[0]) == 1
    assert LONG_STORY[5] in body
    assert "daily paper" not in body


# --- a column of teaser cards over the story -----------------------------------------

def _card(caption: str, when: str, headline: str) -> str:
    return caption + "\n" + when + "\n\n" + headline + "\n\n"


CARD_COLUMN = "Most read\n" + "".join(
    _card(caption, when, headline)
    for caption, when, headline in [
        ("Volunteers paint the old boathouse on the west quay before the regatta weekend, with the harbour "
         "master and two of the rowing club's founders watching from the slipway.", "Local / 3 h ago",
         "Boathouse gets a fresh coat before the regatta"),
        ("A fishmonger lays out the morning catch at the covered market, where stall rents are set to go "
         "up next spring after a long evening vote by the market committee.", "Money / 5 h ago",
         "Market stall rents to go up next spring"),
        ("Pupils from the island school plant willow along the new cycle path, part of a scheme the council "
         "hopes will shelter riders from the worst of the winter winds.", "Local / 6 h ago",
         "Willow hedge to shelter the new cycle path"),
    ]
)


def test_a_column_of_teaser_cards_over_the_story_is_not_story():
    page = (
        MENU + CARD_COLUMN + "Ferries will run all winter\n\nBy Tova Renwick\n\n" + "\n\n".join(LONG_STORY[:6])
        + "\n" + FOOTER
    )
    body = read_text(page).body
    assert "boathouse" not in body and "fishmonger" not in body and "willow" not in body
    assert LONG_STORY[0] in body and LONG_STORY[5] in body


# --- a linked headline behind a label between the story's paragraphs ----------------------


@pytest.mark.parametrize(
    "teaser",
    [
        "Read also: Harbour cafe reopens after the winter storm with a new terrace and a longer menu for the spring",
        "WATCH | The mayor explains the new winter timetable:",
        "Lea también: Reabre el café del puerto tras la tormenta",
    ],
)
def test_a_labelled_link_between_the_storys_paragraphs_is_not_story(teaser):
    page = (
        MENU + "Ferries will run all winter\n\nBy Tova Renwick\n\n" + "\n\n".join(LONG_STORY[:3]) + "\n\n"
        + teaser + "\n\n" + "\n\n".join(LONG_STORY[3:6]) + "\n" + FOOTER
    )
    body = read_text(page).body
    assert teaser not in body
    assert LONG_STORY[2] in body and LONG_STORY[3] in body


def test_a_story_sentence_opening_with_more_is_kept():
    sentence = "More than three hundred islanders signed the letter, and the board read every name aloud."
    page = (
        MENU + "Ferries will run all winter\n\n" + "\n\n".join(LONG_STORY[:3]) + "\n\n" + sentence + "\n\n"
        + "\n\n".join(LONG_STORY[3:6]) + "\n" + FOOTER
    )
    assert sentence in read_text(page).body


def test_teaser_cards_marked_by_reading_times_under_the_story_are_not_story():
    cards = "".join(
        f"{headline}\n{blurb}\nNora Vell\n11:05\n{minutes} min.\n"
        for headline, blurb, minutes in [
            ("Harbour cafe reopens", "The cafe on the quay opens its doors again after a winter of repairs, with a new "
             "terrace, a longer menu and late opening on Fridays and Saturdays.", 3),
            ("Night buses return", "Buses will run after midnight on the island routes from the first of May, the "
             "transport office said, after a trial last summer drew more riders than planned.", 4),
            ("School roof repaired", "Builders finished the new roof of the island school a week ahead of plan, and "
             "pupils will move back into the top floor classrooms on Monday morning.", 2),
            ("Lighthouse open days", "The old lighthouse on the north cape opens to visitors on four weekends this "
             "summer, with guided climbs to the lamp room every hour from ten.", 5),
        ]
    )
    page = (
        MENU + "Ferries will run all winter\n\nBy Tova Renwick\n\n" + "\n\n".join(LONG_STORY[:6])
        + "\n\nYou may also like\n" + cards + "\n" + FOOTER
    )
    body = read_text(page).body
    assert "quay opens" not in body and "after midnight" not in body and "north cape" not in body
    assert LONG_STORY[5] in body


def test_a_ticker_under_the_story_leaves_its_last_long_paragraph():
    closing = (
        "In the end the board agreed to look again at the fares in the spring, once the first winter of daily "
        "crossings has been counted, and the mayor promised a public meeting in every village before any change, "
        "so that families, shops and the school could all say how the new timetable has worked for them, what "
        "it has cost them, and what they would keep or change. The first of those meetings is set for the "
        "village hall on the north shore at the end of the month."
    )
    ticker = "".join(
        f"  • vor {hours} Stunden\n  • {text}\n"
        for hours, text in [
            (2, "Der Hafen bleibt am Sonntag wegen Sturm geschlossen."),
            (3, "Die Schule meldet drei neue Lehrer für den Herbst."),
            (5, "Der Markt zieht im Sommer auf den alten Kai."),
        ]
    )
    page = (
        MENU + "Ferries will run all winter\n\nBy Tova Renwick\n\n" + "\n\n".join(LONG_STORY[:5]) + "\n\n"
        + closing + "\n\nTova Renwick\n\nNews ticker\n\n" + ticker + "\n" + FOOTER
    )
    assert closing in read_text(page).body
