"""Names in a text: where each stands, and what is no name."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsjson.extractors.names import find_names


def _found(text: str) -> list[tuple[str, str, str | None, bool]]:
    return [(text[n.start:n.end], n.name, n.title, n.organization) for n in find_names(text)]


def test_a_name_after_titles_is_placed_in_the_text() -> None:
    text = "They say Sen. Jo Kent met Prime Minister Ana Ruiz."
    assert _found(text) == [("Jo Kent", "Jo Kent", "Sen.", False), ("Ana Ruiz", "Ana Ruiz", "Prime Minister", False)]


def test_a_name_spaced_with_tabs_and_no_break_spaces_is_placed_in_the_text() -> None:
    text = "They met Sen.\u00a0Jo  Kent\tRuiz on Monday."
    assert _found(text)[0] == ("Jo  Kent\tRuiz", "Jo Kent Ruiz", "Sen.", False)


def test_an_owner_and_the_name_after_it_are_two_names() -> None:
    text = "They met Norland\u2019s Foreign Secretary  Jo Kent and Dale's Mayor Bo Ruiz."
    assert _found(text) == [("Norland", "Norland", None, False), ("Jo Kent", "Jo Kent", "Foreign Secretary", False),
                            ("Dale", "Dale", None, False), ("Bo Ruiz", "Bo Ruiz", "Mayor", False)]


def test_a_trailing_period_and_possessive_are_not_part_of_the_name() -> None:
    text = "It was Jo F. Kent's plan, said Jo Kent Jr. and Ana Ruiz."
    assert [(place, name) for place, name, _, _ in _found(text)] == [
        ("Jo F. Kent", "Jo F. Kent"), ("Jo Kent Jr.", "Jo Kent Jr."), ("Ana Ruiz", "Ana Ruiz")]


@given(st.lists(st.sampled_from(["Jo", "Kent", "Sen.", "Mr.", "The", "the", "Ministry", "of", "Dale's", "Ruiz\u2019s",
                                 "F.", "Jr.", " ", "  ", "\t", "\u00a0", ". ", "\n", "said", "y"]),
                max_size=12).map("".join))
@settings(max_examples=300, deadline=None)
def test_each_name_is_the_text_at_its_place(text: str) -> None:
    for n in find_names(text):
        assert " ".join(text[n.start:n.end].split()) == n.name
        assert n.title is None or " ".join(text[:n.start].split()).endswith(n.title)


def test_a_plural_possessive_is_not_part_of_the_name() -> None:
    text = "A spokesperson for Jo Jones' office declined. Jones' aides left."
    assert [n.name for n in find_names(text)] == ["Jo Jones", "Jones"]


def test_a_contraction_is_no_name() -> None:
    assert find_names("They're back. I\u2019m sure. Can't stop.") == []


def test_a_capitalised_dateline_names_a_place_not_a_speaker() -> None:
    text = "DOVER, Del. \u2014 The council met.\n\nNEW HAVEN (AP) - Ana Ruiz spoke.\n\nNASA said so."
    assert [n.name for n in find_names(text)] == ["Ana Ruiz", "NASA"]



def test_a_dateline_after_a_line_break_of_one_newline_names_a_place() -> None:
    text = "The council met.\nDOVER (AP) - Ana Ruiz spoke.\nNASA said so."
    assert [n.name for n in find_names(text)] == ["Ana Ruiz", "NASA"]


def test_the_same_run_reads_apart_at_a_sentence_start_and_inside_a_sentence() -> None:
    # "will" is written in lower case too: opening a sentence, "Will" is an ordinary word
    text = "Will Smith spoke first. Fans will cheer for actor Will Smith today."
    assert [(n.name, n.title) for n in find_names(text) if "Smith" in n.name] == [("Smith", "Will"), ("Will Smith", None)]
    # read again in the other order: neither reading is carried over to the other
    text = "Fans will cheer for actor Will Smith today. Will Smith spoke first."
    assert [(n.name, n.title) for n in find_names(text) if "Smith" in n.name] == [("Will Smith", None), ("Smith", "Will")]
