"""Finding the whole story in whole-page dumps: the shapes of page that hid part
of a story, or all of it, from the densest run of prose."""
from __future__ import annotations

from newsjson.extractors.text import read_text

from .test_text_story import STORY

MENU = "Lighthouse Notes\n\nMenu\n\n  • Home\n  • About me\n  • Contact\n\n"

# --- a short post above its reply form -------------------------------------------

SHORT_POST = (
    "I would gladly put money into small tide-powered lamps for the harbour wall. "
    "I wonder why nobody in town sells them yet."
)
REPLY_FORM = (
    "Leave a reply\n\n"
    "Write your comment here ...\n"
    "[                    ]\n\n"
    "Name (required)\n"
    "[                    ]\n"
    "Email (required, never published)\n"
    "[                    ]\n"
    "Website\n"
    "[                    ]\n\n"
    "[Post comment]\n\n"
)
ABOUT_BOX = (
    "About this blog\n\n"
    "This is the personal notebook of a lighthouse keeper on the northern coast, where he writes about "
    "the weather, the boats that pass, the books he reads in the long nights and the birds that rest "
    "on the gallery rail in the autumn storms, with photographs taken from the lantern room.\n\n"
    "Home is not a place but the company of the people who share it with you.\n\n"
)


def test_a_short_post_above_its_reply_form_beats_the_sidebar_under_it():
    page = (
        MENU + "Tide lamps.\n\n12/03/2024 ~ Ezra Quill\n\n" + SHORT_POST + "\n\n"
        "Share this:\n\n  • Facebook\n  • Email\n\n" + REPLY_FORM + ABOUT_BOX
    )
    body = read_text(page).body
    assert SHORT_POST in body
    assert "lantern room" not in body


def test_a_sign_up_form_above_the_story_does_not_pull_it_up():
    story = [
        "The harbour board voted on Monday to keep the ferries running every day through the winter, "
        "after islanders collected more than three thousand names on a petition.",
        "The mayor said the boats were the islands' only road and that the town would pay part of the "
        "fuel bill until the spring timetable starts again in April.",
    ]
    teasers = "  • Where do the ferries go in winter?\n  • Who pays for the fuel this year?\n\n"
    sign_up = "Register\n\nName\n[                    ]\nEmail\n[                    ]\nPassword\n[                    ]\n\n"
    page = MENU + teasers + sign_up + "Ferries will sail all winter\n\n" + "\n\n".join(story) + "\n"
    body = read_text(page).body
    for paragraph in story:
        assert paragraph in body


# --- a standfirst far above the story, past a byline block and a share bar ---------

STANDFIRST = (
    "Islanders won their fight for a daily boat: the board gave way after a winter of protests and "
    "a petition signed by half of the islands."
)


def test_a_standfirst_above_a_long_byline_block_is_kept_and_the_byline_read():
    page = (
        MENU + "Ferries will sail all winter\n\n" + STANDFIRST + "\n\n"
        "  • Facebook\n  • Twitter\n  • Email\n  • Copy link\n  • Print\n\n"
        "The ferry at the pier in the morning fog. (Photo: Ann Lee)\n\n"
        "By Ezra Quill\n\n3 March 2024, 09:15\n\nAdvertisement\n\n"
        + "\n\n".join(STORY) + "\n"
    )
    article = read_text(page)
    assert article.body.startswith(STANDFIRST)
    assert article.authors == ["Ezra Quill"]
    assert article.title == "Ferries will sail all winter"


# --- a standfirst the page also prints as its description --------------------------


def _page_with_standfirst_twice(second_copy_gap: str) -> str:
    return (
        MENU + STANDFIRST + "\n\n  • Harbour\n  • Ferries\n\nFerries will sail all winter\n\n"
        + second_copy_gap + STANDFIRST + "\n\n"
        "  • Facebook\n  • Email\n\nBy Ezra Quill\n\n"
        + "\n\n".join(STORY) + "\n"
    )


def test_a_standfirst_also_printed_as_the_page_description_is_kept_once():
    body = read_text(_page_with_standfirst_twice("")).body
    assert body.startswith(STANDFIRST)
    assert body.count(STANDFIRST) == 1


def test_a_caption_printed_twice_over_the_story_is_no_standfirst():
    caption = (
        "The harbour master watches the last evening ferry leave the pier in thick fog, "
        "with the island lights behind it."
    )
    page = (
        MENU + "Ferries will sail all winter\n\n" + caption + "\n\n" + caption + "\n\n"
        "  • Facebook\n  • Email\n\nBy Ezra Quill\n\n" + "\n\n".join(STORY) + "\n"
    )
    body = read_text(page).body
    assert "harbour master" not in body
    assert body.startswith(STORY[0])


# --- the last paragraph after a box of related links inside the story -------------

LONG_STORY = [
    "The harbour board voted on Monday to keep the ferries running every day through the winter, after "
    "islanders collected more than three thousand names on a petition that circulated for most of the autumn "
    "in shops, schools and on the boats themselves.",
    "The mayor said the boats were the islands' only road and that the town would pay part of the fuel bill "
    "until the spring timetable starts again in April, when the operator expects more passengers and the "
    "summer fares to cover the rest of the cost again.",
    "Some councillors asked how long the town could afford it, and the board promised a full account of the "
    "costs before the next budget is set in the autumn, with figures for each route and each month of the "
    "winter so that the council can compare them with last year.",
    "The operator will add a second crew on the longest route so that the morning boat can leave earlier, "
    "and it plans to repaint the older of its two ferries during the quiet weeks after the new year, when "
    "storms keep most visitors away from the islands anyway.",
]
LAST_PARAGRAPH = (
    "Islanders who signed the petition plan to meet the board again in March to talk about the summer "
    "timetable, the price of a season ticket for pupils and workers, and whether a third boat could be "
    "hired for the busiest weekends of the year, when cars wait for hours at the pier."
)


def test_the_last_paragraph_after_a_related_links_box_is_kept():
    page = (
        MENU + "Ferries will sail all winter\n\n" + "\n\n".join(LONG_STORY) + "\n\n"
        "Related\n\n  • Where do the ferries go in winter?\n  • Who pays for the fuel this year?\n"
        "  • The pier gets a new roof\n\n" + LAST_PARAGRAPH + "\n\n"
        "Further reading\n\n  • Island News\n  • About us\n  • Contact\n"
    )
    body = read_text(page).body
    assert LAST_PARAGRAPH in body
    assert "Who pays for the fuel" not in body


STORY_SHORT = [
    "The harbour board voted on Monday to keep the ferries running every day through the winter.",
    "Islanders had collected more than three thousand names on a petition over the autumn.",
    "The mayor said the town would pay part of the fuel bill until the spring timetable starts.",
    "Some councillors asked how long the town could afford it, and the board promised an account.",
]


def test_a_short_last_paragraph_under_a_related_stories_box_is_kept():
    closing = "The operator says the new timetable will be printed and posted at every pier by Friday."
    page = (
        MENU + "Ferries will sail all winter\n\n" + "\n\n".join(STORY_SHORT) + "\n\n"
        "RELATED STORIES\n\n  • Where do the ferries go in winter?\n  • Who pays for the fuel this year?\n"
        "  • The pier gets a new roof\n  • A new captain for the night boat\n\n" + closing + "\n\n"
        "  • Twitter\n  • Facebook\n  • Email\n\n© 2024 Island News. All rights reserved.\n"
    )
    body = read_text(page).body
    assert body.endswith(closing)
    assert "new roof" not in body

