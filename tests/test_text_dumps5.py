"""Headlines of whole-page text dumps that read as something else, found by where they stand
(invented pages, names and outlets)."""
from __future__ import annotations

from newsjson.extractors.text import read_text

_STORY = [
    f"Paragraph {n} of the story tells how the harbour board met on a grey morning and agreed,"
    " after a long debate among its members, to repair the northern quay before the winter."
    for n in range(1, 4)
]


def page(*header: str) -> str:
    """A page dump whose menu is a list of links, so no line over the header reads as a headline."""
    menu = ["  • Home", "  • News", "  • About", ""]
    return "\n".join(menu + [line for block in [*header, *_STORY] for line in (block, "")])


def test_a_headline_carrying_its_own_dates_over_the_date_line():
    # A conference report's headline names its days: no line reads as a headline, but it is
    # set apart right over the date line.
    headline = (
        "Workshop report: harbour towns in the age of steam in the first half of the 19. century"
        " (4 and 5. 3. 2024, Kelp Bay)"
    )
    text = page(headline, "6 March 2024 | Mira Testova | Leave a comment")
    assert read_text(text).title == headline


def test_a_headline_with_tags_over_the_date_line():
    # A blog post's headline runs on into its hashtags and the writer's handle.
    headline = "[Quay notes] The ferry timetable changes again in spring // #ferries #harbour @quaywatcher"
    text = page(headline, "4 March 2024")
    assert read_text(text).title == headline


def test_a_sentence_over_the_date_line_is_no_headline():
    # A site's motto ending on a full stop, right over the date: not read as the headline.
    text = page("Here is where we write about the harbour and its boats every week.", "4 March 2024")
    assert read_text(text).title != "Here is where we write about the harbour and its boats every week."


def test_a_six_word_headline_over_its_standfirst_and_date():
    # Six words are past a kicker's length: the upper line is the headline, the longer one the standfirst.
    text = page(
        "Lantern light replaces the harbour beacon",
        "New lamps guide small boats across to the islands",
        "6 March 2024",
    )
    assert read_text(text).title == "Lantern light replaces the harbour beacon"


def test_a_tag_list_with_an_ampersand_over_the_headline():
    # A post's tags, one of them joined by "&", over the headline and its date.
    text = page(
        "Ferries & the Boats, Harbour, Islands, Weather",
        "Lantern light now replaces the old harbour beacon",
        "06.03.2024",
    )
    assert read_text(text).title == "Lantern light now replaces the old harbour beacon"
