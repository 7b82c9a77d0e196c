"""Finding the whole story in whole-page dumps, round 7: lines of the story a
text browser prints that the story reader used to leave out."""
from __future__ import annotations

from newsjson.extractors.text import read_text

MENU = "Menu\n\n  • Home\n  • Garden\n  • Kitchen\n  • Workshop\n\n"
FOOTER = (
    "\nGreen Shed Weekly\n\n  • About us\n  • Contact\n  • Privacy policy\n  • Terms of use\n\n"
    "© 2024 Green Shed Weekly. All rights reserved.\n"
)

# A post whose headline is a picture the dump leaves out: its opening sentences come first.
OPENING = (
    "Raised beds dry out faster than open ground once summer heat arrives. "
    "How often should they be watered, and does mulch help?"
)
POST = [
    "Most growers water in the evening, when less of it is lost to the sun and wind before the roots can take it up.",
    "A layer of straw a hand deep keeps the soil cool, and the worms under it do the digging for you over the season.",
    "Our tests over three summers found that mulched beds needed water only half as often as bare ones in dry weeks.",
]


def _page(*paragraphs: str) -> str:
    return MENU + "[header-photo-raised-beds]\n\n" + "\n\n".join(paragraphs) + "\n" + FOOTER


def test_opening_read_as_headline_stays_in_the_body():
    article = read_text(_page(OPENING, *POST))
    assert article.body.startswith(OPENING)
    assert POST[-1] in article.body


def test_question_headline_over_the_story_is_not_body():
    headline = "Who will look after the town allotments when the last of the old gardeners hands over the keys?"
    article = read_text(_page(headline, *POST))
    assert headline not in article.body
    assert POST[0] in article.body


# A comparison table of words inside a story: its rows are short and lack a full stop,
# but they are the story's text as much as a list is.
TABLE = [
    "Option                 Advantages                                  Drawbacks",
    "Hire a tiller          the ground is turned in a single afternoon  the soil life is disturbed for months",
    "Dig by hand            the worms stay put and the beds keep shape  a sore back and a long weekend of work",
]
TABLE_STORY = [
    "Every spring the allotment society argues about how the new plots should be broken in before planting.",
    "This year the committee wrote the two choices down for new members, who tend to ask the same question.",
    *TABLE,
    "Most members in the end split the difference and dig the first bed by hand, hiring a tiller for the rest.",
    "The society lends its own spades free of charge to anyone who signs the book in the shed by the gate.",
]


def test_table_of_words_inside_the_story_is_kept():
    page = MENU + "Breaking new ground\n\n" + "\n\n".join(TABLE_STORY[:2]) + "\n\n" + "\n".join(TABLE) + "\n\n"
    page += "\n\n".join(TABLE_STORY[-2:]) + "\n" + FOOTER
    article = read_text(page)
    assert TABLE_STORY[0] in article.body and TABLE_STORY[-1] in article.body
    for row in TABLE[1:]:
        assert row in article.body


def test_table_of_figures_inside_the_story_is_left_out():
    figures = [
        "Year        2021      2022      2023",
        "Plots       40        44        51",
        "Waiting     12        18        25",
    ]
    page = MENU + "Breaking new ground\n\n" + "\n\n".join(TABLE_STORY[:2]) + "\n\n" + "\n".join(figures) + "\n\n"
    page += "\n\n".join(TABLE_STORY[-2:]) + "\n" + FOOTER
    article = read_text(page)
    assert TABLE_STORY[0] in article.body and TABLE_STORY[-1] in article.body
    assert "Waiting" not in article.body


# A sentence of many names reads as a short line, yet it stands between two paragraphs.
NAMES_STORY = [
    "The harbour board met on Tuesday evening to settle the timetable for the winter ferries to the islands.",
    "Present were Mayor Olwen Tresk, Harbour Master Idris Penhallow, Councillor Bryn Maddock "
    "and Ferry Captain Ruth Anwyl.",
    "After two hours of talk the board agreed that the first boat would leave half an hour earlier from December.",
    "The new timetable will be posted at the quay and in the library, and the old one stays valid until then.",
]


def test_sentence_of_names_between_paragraphs_is_kept():
    page = MENU + "Winter ferries to leave earlier\n\n" + "\n\n".join(NAMES_STORY) + "\n" + FOOTER
    article = read_text(page)
    assert NAMES_STORY[1] in article.body
    assert article.body.index(NAMES_STORY[1]) < article.body.index(NAMES_STORY[2])


def test_capitals_headline_between_paragraphs_is_not_kept():
    teaser = "ISLAND BAKERY OWNER TAKES ON THE COUNCIL OVER PARKING FEES: ‘WE ARE ALL TIRED OF IT’"
    story = "\n\n".join([NAMES_STORY[0], teaser, *NAMES_STORY[2:]])
    page = MENU + "Winter ferries to leave earlier\n\n" + story + "\n" + FOOTER
    article = read_text(page)
    assert NAMES_STORY[0] in article.body and NAMES_STORY[2] in article.body
    assert teaser not in article.body
