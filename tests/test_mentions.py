"""The subject finder: phrases that open a sentence but never name a speaker."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsjson.extractors import mentions
from newsjson.extractors.mentions import sentence_subject, subject_after, subject_before
from newsjson.extractors.quotes import find_quotes
from newsjson.extractors.speakers import attribute_speakers


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


def test_number_led_descriptor_before_a_role_and_a_name() -> None:
    text = '"We will rebuild," said 24/7 nurse Ana Holt.'
    m = subject_after(text, text.index("said") + 4, len(text))
    assert m is not None and m.shape == "name"
    assert text[m.start:m.end] == "24/7 nurse Ana Holt" and text[m.name_start:m.name_end] == "Ana Holt"


def test_age_descriptor_before_a_role_and_a_name() -> None:
    text = '"We will rebuild," said 76-year-old farmer Ed Lund.'
    m = subject_after(text, text.index("said") + 4, len(text))
    assert m is not None and text[m.name_start:m.name_end] == "Ed Lund"


def test_verb_and_object_are_not_role_words_before_a_name() -> None:
    assert _subject("Brandt coolly dismissed Corvino as a fraud.") == "Brandt"
    assert _subject("Brandt praised Corvino for the plan.") == "Brandt"


def test_role_words_before_a_name_are_kept() -> None:
    assert _subject("Dover resident Ana Hale called it a sham.") == "Dover resident Ana Hale"


def test_a_polls_share_is_the_subject() -> None:
    text = "In the county survey, 58 percent said the mill should stay open."
    m = subject_before(text, 0, text.index(" said") + 1)
    assert m is not None and text[m.start:m.end] == "58 percent" and m.shape == "description"


def test_modal_between_subject_and_verb() -> None:
    text = "Questioned on the mill, Brandt did not suggest a date for its reopening."
    m = subject_before(text, 0, text.index("suggest"))
    assert m is not None and text[m.start:m.end] == "Brandt"


def test_place_after_an_opening_participle_phrase_is_skipped() -> None:
    text = "Speaking to dock workers in Dover, New Jersey, Brandt went after Holt."
    assert _subject(text) == "Brandt"


def test_opening_outside_phrase_is_no_subject() -> None:
    assert _subject("Outside the city hall in Dover, marchers waved signs.") != "Outside"


def test_party_tag_and_comma_before_the_verb() -> None:
    text = "After a long night of counting, Gov. Jo Kent (R-OH), said the race was over."
    m = subject_before(text, 0, text.index("said"))
    assert m is not None and m.shape == "name" and text[m.name_start:m.name_end] == "Jo Kent"


def test_name_after_preposition_and_article_is_not_the_appositive_head() -> None:
    text = "In a statement to the Herald, his campaign chief, Jo Kent, said the count was fair."
    m = subject_before(text, 0, text.index("said"))
    assert m is not None and text[m.start:m.end] == "Jo Kent"


def test_opening_adverb_is_not_a_name() -> None:
    text = "Hastily emphasized the danger the river poses."
    assert subject_before(text, 0, text.index("emphasized")) is None


def test_name_ending_in_ly_is_still_a_name() -> None:
    text = "Schafly said the river was safe."
    m = subject_before(text, 0, text.index("said"))
    assert m is not None and text[m.start:m.end] == "Schafly"


def test_speech_verb_after_of_is_part_of_the_role() -> None:
    text = "Former UK secretary of state Jo Kent, a Holt ally, stoked the feud."
    assert _subject(text) == "Former UK secretary of state Jo Kent"


def test_year_between_relative_pronoun_and_verb() -> None:
    # "who in 2014 said": the relative pronoun is the subject, the year is a time
    text = "Pell has clashed with Omar Teague, the harbor commissioner, who in 2014 said"
    m = subject_before(text, 0, text.rindex("said"))
    assert m is not None and text[m.start:m.end] == "who"


def test_participle_phrase_after_the_subject_is_skipped() -> None:
    # the participle's object ("the docks") is not who chanted
    text = "Pickets marching through the docks chanted"
    m = subject_before(text, 0, text.rindex("chanted"))
    assert m is not None and text[m.start:m.end] == "Pickets"


def test_participle_after_an_auxiliary_keeps_its_subject() -> None:
    # "is now weighing": no subject and participle, the phrase is the verb's own
    text = "The port board is now weighing a plan to"
    m = subject_before(text, 0, len(text) - 3)
    assert m is None or not text[m.start:m.end].startswith("The port board is")


def test_subordinator_before_a_name_is_no_role_word() -> None:
    # "when Hale mocked": "when" opens a clause, it is no title of Hale's
    text = "Ruiz left the forum when Hale mocked"
    m = subject_before(text, 0, text.rindex("mocked"))
    assert m is not None and text[m.start:m.end] == "Hale"


def test_capitalised_adjective_among_role_words_after_the_cue() -> None:
    # "said undecided Republican voter Ana Ruiz": the name after the role words
    text = "said undecided Republican voter Ana Ruiz of Dover"
    m = subject_after(text, 4, len(text))
    assert m is not None and text[m.start:m.end].endswith("Ana Ruiz")


def test_name_before_a_verb_is_not_a_role_word() -> None:
    # "neighbour Ruiz picks up": Ruiz is the name, "picks" its verb
    assert _subject("But neighbour Ruiz picks up the story.") == "neighbour Ruiz"


def test_counting_and_linking_words_that_open_a_sentence_are_no_speakers() -> None:
    for text in ("Second, the board says that the plan will cost too much.",
                 "Plus, the older report argues that rents will rise.",
                 "Several warned that the bridge was unsafe."):
        quotes, _ = attribute_speakers(text, find_quotes(text))
        assert [q.speaker for q in quotes] == [None], text


def test_a_name_after_a_prepositional_opener_speaks() -> None:
    text = "Prior to the vote Ruiz promised that taxes would fall."
    quotes, _ = attribute_speakers(text, find_quotes(text))
    assert [q.speaker for q in quotes] == ["Ruiz"]


def test_the_second_of_two_places_is_not_the_subject_before_a_name_in_apposition() -> None:
    for text, speaker in (("The harbor master in Portland, Maine, Dale Ruiz, said the pier was unsafe.", "Dale Ruiz"),
                          ("A neighbor in both Maine and New York, Carla Diaz, said the family had moved.", "Carla Diaz")):
        quotes, _ = attribute_speakers(text, find_quotes(text))
        assert [q.speaker for q in quotes] == [speaker], text


def test_an_opening_phrase_with_a_place_leaves_the_name_after_it() -> None:
    text = "Alarmed by the floods in Kent, Senator Ana Ruiz, the committee chair, said that she would visit."
    quotes, _ = attribute_speakers(text, find_quotes(text))
    assert [q.speaker for q in quotes] == ["Ana Ruiz"]


@given(st.lists(st.sampled_from(["plan", "Ruiz", "U.S.", "e.g.", "it's", "o\u2019", "'", "\u2019", "-", "x-y", "_", "x_y",
                                 "\u00e9", "caf\u00e9", "2", "3.5", "1,200", "10:30", "\u00b2", " ", ", ", ".", "\n", "(", "\""]),
                max_size=14).map("".join))
@settings(max_examples=400, deadline=None)
def test_tokens_match_the_plain_token_pattern(text: str) -> None:
    # (the fast pattern tries plain ASCII words first: the same tokens as the plain one)
    plain = re.compile(r"[^\W\d_][\w\u2019'\-]*(?:\.(?=\w)[\w\u2019'\-]*)*\.?|\d\w*(?:[.,:](?=\d)\w*)*|[^\w\s]")
    assert mentions.tokens(text, 0, len(text)) == [m.span() for m in plain.finditer(text)]


@given(st.lists(st.sampled_from(["plan", "Ruiz", "of", "x2", "\u00e9", "'s", ",", " ", "  ", "\t", "\n", "\u00a0", "-"]),
                max_size=10).map("".join))
@settings(max_examples=400, deadline=None)
def test_last_word_is_the_last_word_pattern_searched_whole(head: str) -> None:
    fast, whole = mentions._last_word(head), mentions._LAST_WORD.search(head)
    assert (fast and fast.span(1)) == (whole and whole.span(1))


def test_a_verb_that_opens_a_sentence_before_an_article_is_no_subject() -> None:
    assert _subject("Imagine the harbor without its boats by noon.") is None
    assert _subject("Kent told the council that the budget was gone.") == "Kent"


def test_a_variable_in_a_code_listing_is_no_speaker() -> None:
    text = 'Set the banner in the config.\n\nBANNER_TEXT = "Welcome back to the harbor app"\n\nThen restart it.'
    quotes, _ = attribute_speakers(text, find_quotes(text))
    assert [q.speaker for q in quotes] == [None]
