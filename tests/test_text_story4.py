"""Finding the whole story in whole-page dumps, round four: where a story ends
when the page sets a writer's note, teaser cards or a related box under it."""
from __future__ import annotations

import pytest

from newsjson.extractors.text import read_text
from newsjson.extractors.text_story import _STAFF_BIO

from .test_text_story import FOOTER, LONG_STORY, MENU

# --- a writer's note closing the story --------------------------------------------

MORE_BOX = (
    "More on this\n\n"
    "The last winter boat of the old timetable is a quiet crossing for a handful of regulars, who remember "
    "how the service began.\n\n"
    "Ferry timetables for the coming year are now online for every route across the islands.\n\n"
)


def _page_with_note(note: str) -> str:
    return (
        MENU + "Ferries will run all winter\n\nBy Tova Renwick\n\n" + "\n\n".join(LONG_STORY[:6])
        + "\n\nTova Renwick\n\n" + note + "\n\n" + MORE_BOX + FOOTER
    )


@pytest.mark.parametrize(
    "note",
    [
        "Tova Renwick is a reporter for Island News covering the harbour, the council and the schools.",
        "The Courier's Tova Renwick is the author of a book about the island ferries.",
        "Tova Renwick ist Korrespondentin der Inselzeitung für die Nordküste.",
        "Tova Renwick est journaliste au service local depuis 2019.",
    ],
)
def test_the_story_ends_above_the_writers_note(note):
    body = read_text(_page_with_note(note)).body
    assert LONG_STORY[5] in body
    assert note not in body
    assert "handful of regulars" not in body
    assert not body.endswith("Tova Renwick")


@pytest.mark.parametrize(
    "sentence, is_note",
    [
        ("Port Ellen is going to be a ghost town without the winter boats.", False),
        ("The harbour master is a former reporter, and she knows how the board talks.", False),
        ("Mira Holt said she was a reporter before she ran the ferry office.", False),
        ("Mira Holt is a senior correspondent based in the capital.", True),
        ("Mira Holt is the island desk's deputy editor.", True),
    ],
)
def test_a_writers_note_is_a_name_then_a_newsroom_role(sentence, is_note):
    assert bool(_STAFF_BIO.match(sentence)) is is_note
