"""The subject finder: phrases that open a sentence but never name a speaker."""
from __future__ import annotations

from newsjson.extractors.mentions import sentence_subject, subject_before


def _subject(text: str) -> str | None:
    m = sentence_subject(text, 0, len(text))
    return None if m is None else text[m.start:m.end]


def test_participle_with_a_possessive_object_is_no_subject() -> None:
    assert _subject("Citing Brandt's report, the council voted to close the mill.") != "Citing Brandt's"


def test_participle_clause_without_a_comma_is_no_subject() -> None:
    assert _subject("Waving flags and banners the marchers demanded a fair wage.") is None


def test_name_ending_in_ing_still_opens_a_sentence() -> None:
    assert _subject("Manning said the dam held.") == "Manning"


def test_like_phrase_is_not_the_name_in_apposition() -> None:
    text = "Like Brandt, the treasurer warned that the money is gone."
    m = subject_before(text, 0, text.index("warned"))
    assert m is not None and text[m.start:m.end] == "the treasurer"
