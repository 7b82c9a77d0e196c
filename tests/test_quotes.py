"""find_quotes: one test per sentence shape, offsets always verbatim, any string safe."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsjson.extractors.cue_context import has_words, word_count, words_up_to
from newsjson.extractors.quotes import find_quotes
from newsjson.extractors.record import Quote


def quoted(text: str) -> list[Quote]:
    return [q for q in find_quotes(text) if q.kind != "indirect"]


def check_offsets(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert text[q.start:q.end] == q.text
        for span in (q.cue, q.speaker_mention):
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_quote_then_pronoun_cue() -> None:
    text = '"The river has never been this low," she said.'
    (q,) = quoted(text)
    assert (q.text, q.kind) == ("The river has never been this low,", "direct")
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker_mention is not None and q.speaker_mention.text == "she"


def test_quote_then_inverted_cue() -> None:
    text = '"We expect a full recovery," said Dr. Helen Moss.'
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text.endswith("Helen Moss")


def test_cue_and_colon_before_the_quote() -> None:
    text = 'The minister said: "No school will close this year."'
    (q,) = quoted(text)
    assert q.text == "No school will close this year."
    assert q.kind == "direct"
    assert q.speaker_mention is not None and q.speaker_mention.text == "The minister"


def test_appositive_between_speaker_and_cue() -> None:
    text = 'Ravi Patel, a spokesman for the port authority, said "the cranes are safe."'
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ravi Patel"


def test_told_someone() -> None:
    text = '"The talks are over," Ines Duarte told reporters on Friday.'
    (q,) = quoted(text)
    assert q.cue is not None and q.cue.text == "told"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ines Duarte"


def test_partial_quote_inside_the_writers_sentence() -> None:
    text = 'The mayor said on Tuesday that the plan had "failed every family on this street."'
    qs = quoted(text)
    assert [(q.text, q.kind) for q in qs] == [("failed every family on this street.", "partial")]
    assert qs[0].speaker_mention is not None and qs[0].speaker_mention.text == "The mayor"


def test_split_quote_gives_two_quotes() -> None:
    text = '"We lost," said Ana Ruiz, "but we played well."'
    assert [q.text for q in quoted(text)] == ["We lost,", "but we played well."]


def test_quote_running_over_two_paragraphs() -> None:
    text = '"The first part goes on.\n\n"And the second part ends here," he said.'
    assert [q.text for q in quoted(text)] == ["The first part goes on.", "And the second part ends here,"]


def test_curly_marks_guillemets_and_low_marks() -> None:
    for text in ("\u201cWe are ready for the vote,\u201d she said.",
                 "\u00abWe are ready for the vote,\u00bb she said.",
                 "\u201eWe are ready for the vote,\u201c she said."):
        assert [q.text for q in quoted(text)] == ["We are ready for the vote,"], text


def test_single_marks_as_quotation_marks() -> None:
    text = "The coach said: \u2018We will win the cup next year.\u2019"
    assert [q.text for q in quoted(text)] == ["We will win the cup next year."]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Don't ask O'Connor about the '90s; the players' union won't say."
    assert quoted(text) == []


def test_nested_quote_stays_inside_its_quote() -> None:
    text = '"He told me \'go home now\' and left," said Lea Stone.'
    assert [q.text for q in quoted(text)] == ["He told me 'go home now' and left,"]


def test_scare_quotes_are_not_quotes() -> None:
    text = 'The so-called "reform" left the town with a "ghost" station.'
    assert quoted(text) == []


def test_titles_in_quotation_marks_are_not_quotes() -> None:
    text = 'Speaking on the radio show "Morning Harbour Hour," Lena Berg took questions from callers.'
    assert quoted(text) == []


def test_title_ending_in_a_comma_beside_a_cue_is_not_a_quote() -> None:
    # the cue speaks of the rest of the sentence, not of the programme's name
    text = 'Speaking on the station\'s "Evening Valley Report," the mayor admitted the road was closed.'
    assert quoted(text) == []


def test_quoted_phrase_ending_a_sentence_before_a_new_cue() -> None:
    text = 'The coach says the team plays "like a tired old engine." He says the owners will sell the club in the spring.'
    quotes = find_quotes(text)
    check_offsets(text, quotes)
    (partial,) = [q for q in quotes if q.kind == "partial"]
    assert partial.text == "like a tired old engine."
    assert partial.speaker_mention is not None and partial.speaker_mention.text == "The coach"
    reported = [q.text for q in quotes if q.kind == "indirect"]
    assert "the owners will sell the club in the spring." in reported
    assert not any("He says" in t for t in reported)


def test_reported_clause_ends_before_a_trailing_participle() -> None:
    text = "The council said the bridge would close for repairs in March, prompting complaints from shop owners."
    (q,) = find_quotes(text)
    assert q.kind == "indirect" and q.text == "the bridge would close for repairs in March"


def test_reported_clause_ends_before_the_speakers_next_act() -> None:
    text = "The agency said the storm damage was limited to two harbours, but did not release a cost estimate."
    (q,) = find_quotes(text)
    assert q.kind == "indirect" and q.text == "the storm damage was limited to two harbours"


def test_reported_clause_after_commas_before_that() -> None:
    text = "The mayor said on Friday, however, that the ferry would keep running all winter."
    (q,) = find_quotes(text)
    assert q.kind == "indirect" and q.text == "that the ferry would keep running all winter."


def test_relative_thats_does_not_open_the_reported_clause() -> None:
    text = "The minister says the plan that's on the table will cut fares for students."
    (q,) = find_quotes(text)
    assert q.kind == "indirect" and q.text == "the plan that's on the table will cut fares for students."


def test_clause_before_an_inverted_cue_with_a_long_appositive() -> None:
    text = 'The budget is "a total mess," said Tom Hale, a veteran boatwright who has built three ferries for the valley.'
    reported = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in reported] == ['The budget is "a total mess,"']
    assert reported[0].speaker_mention is not None and reported[0].speaker_mention.text == "Tom Hale"


def test_according_to_a_bare_plural_work_names_its_author() -> None:
    text = "A fair wage in the valley is about $20 an hour, according to estimates by Ana Ruiz of the state college."
    (q,) = find_quotes(text)
    assert q.kind == "indirect" and q.text == "A fair wage in the valley is about $20 an hour"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ana Ruiz"


def test_short_quoted_name_running_into_a_verb_is_not_a_quote() -> None:
    text = 'Across the county the "Clean River" campaign continues to grow each spring.'
    assert quoted(text) == []


def test_short_quoted_word_before_a_participle_is_not_a_quote() -> None:
    text = 'Residents mocked the "expert," saying the survey had been done in a single afternoon.'
    assert quoted(text) == []


def test_short_quoted_phrase_before_its_speaker_stays() -> None:
    text = 'The plan is "very, very good," Ana Ruiz said.'
    assert [q.text for q in quoted(text)] == ["very, very good,"]


def test_reported_speech_with_that() -> None:
    text = "The senator said that the budget would pass before the recess."
    (q,) = find_quotes(text)
    assert q.kind == "indirect"
    assert q.text == "that the budget would pass before the recess."
    assert q.speaker_mention is not None and q.speaker_mention.text == "The senator"


def test_reported_speech_with_cue_at_the_end() -> None:
    text = "The bridge will reopen in May, the city engineer said."
    (q,) = find_quotes(text)
    assert (q.kind, q.text) == ("indirect", "The bridge will reopen in May")
    assert q.speaker_mention is not None and q.speaker_mention.text == "the city engineer"


def test_reported_clause_keeps_its_quoted_phrase() -> None:
    text = 'The inspector said the old pumping station near the harbour was "a hazard" to the town.'
    qs = find_quotes(text)
    (clause,) = [q for q in qs if q.kind == "indirect"]
    assert clause.text == 'the old pumping station near the harbour was "a hazard" to the town.'
    assert clause.speaker_mention is not None and clause.speaker_mention.text == "The inspector"


def test_reported_clause_that_is_mostly_quoted_is_the_partial_quote() -> None:
    text = 'The coach said he was "proud of every single player on this team."'
    assert [(q.kind, q.text) for q in find_quotes(text)] == [
        ("partial", "proud of every single player on this team.")]


def test_doubled_apostrophes_as_quotation_marks() -> None:
    text = "''We will win the vote,'' Mr. Reed said. ''Nobody doubts it.''"
    assert [(q.kind, q.text) for q in quoted(text)] == [
        ("direct", "We will win the vote,"), ("direct", "Nobody doubts it.")]
    assert quoted("Don''t worry about the rain.") == []


def test_reported_clause_after_a_participle() -> None:
    text = "Lena Berg opened the debate with a jab at her rival, saying his plan for the docks was a costly mistake."
    (q,) = find_quotes(text)
    assert (q.kind, q.text) == ("indirect", "his plan for the docks was a costly mistake.")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Lena Berg"


def test_reported_clause_inside_an_opening_subordinate_clause() -> None:
    text = "While the farmers said the new dam would flood their fields, the council approved it on Monday."
    (q,) = find_quotes(text)
    assert q.text == "the new dam would flood their fields"


def test_reported_clause_ends_where_a_second_cue_begins() -> None:
    text = "Tom Reed says he respects the mayor's energy but argues that the budget is far too large."
    assert find_quotes(text)[0].text == "he respects the mayor's energy"


def test_speaker_before_a_bracket() -> None:
    text = "Rep. Ana Ruiz (D-Ore.) said the governor had broken every promise on schools."
    (q,) = find_quotes(text)
    assert q.text == "the governor had broken every promise on schools."
    assert q.speaker_mention is not None and q.speaker_mention.text == "Rep. Ana Ruiz"


def test_nested_report_keeps_the_outer_clause() -> None:
    text = "Ana Ruiz said the governor told them that the school would stay open."
    assert find_quotes(text)[0].text == "the governor told them that the school would stay open."


def test_quoted_phrase_as_the_object_of_a_verb() -> None:
    text = 'In a note, Tom Reed called Lena Berg the "worst planner," pointing to a report on the docks.'
    (clause,) = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert clause.text == 'Lena Berg the "worst planner,"'
    assert clause.cue is not None and clause.cue.text == "called"


def test_quoted_title_after_called_is_no_speech() -> None:
    text = 'The film called "River" opens on Friday in Dover.'
    assert [q for q in find_quotes(text) if q.kind == "indirect"] == []


def test_a_poll_shows_what_it_found() -> None:
    text = "A survey of harbour towns shows most residents want the ferry back."
    (q,) = find_quotes(text)
    assert (q.kind, q.text) == ("indirect", "most residents want the ferry back.")


def test_a_person_finding_things_is_no_report() -> None:
    assert find_quotes("He found the keys under the old red boat.") == []


def test_belief_without_that() -> None:
    text = "Water board officials believe the new pipes will last fifty years."
    (q,) = find_quotes(text)
    assert q.text == "the new pipes will last fifty years."


def test_what_someone_believes_is_no_clause() -> None:
    assert find_quotes("What the miller quietly believes stays a puzzle to his neighbours.") == []


def test_reported_question_and_request() -> None:
    (q,) = find_quotes("Lena Berg asked the minister whether the ferry would run in winter.")
    assert q.text == "whether the ferry would run in winter."
    (q,) = find_quotes("The mayor urged residents of the old town to boil their water.")
    assert q.text == "residents of the old town to boil their water."


def test_two_reported_clauses_in_one_sentence() -> None:
    text = "She says the rowers might dislike the ruling, but insists the new fee is fair to everyone."
    assert [q.text for q in find_quotes(text)] == [
        "the rowers might dislike the ruling", "the new fee is fair to everyone."]


def test_participle_after_a_cue_and_its_place() -> None:
    text = '"The bridge is safe," Tom Reed said at a meeting in Dover, adding that the repairs would take a year.'
    (clause,) = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert clause.text == "that the repairs would take a year."
    assert clause.speaker_mention is not None and clause.speaker_mention.text == "Tom Reed"


def test_reported_clause_ends_before_a_clause_with_its_own_subject() -> None:
    text = "He said the pumps had failed twice, but he had no hand in the repairs."
    assert find_quotes(text)[0].text == "the pumps had failed twice"


def test_that_far_after_the_cue() -> None:
    text = "Ana Ruiz told a crowd at the old theatre in Brill last week that the pier would reopen."
    assert find_quotes(text)[0].text == "that the pier would reopen."


def test_quoted_phrase_that_ends_the_writers_sentence() -> None:
    text = 'Reed called him "a tired ferryman." Berg hit back in May with a long letter.'
    (clause,) = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert clause.text == 'him "a tired ferryman."'


def test_according_to() -> None:
    text = "According to the ministry, exports rose by a fifth last year."
    (q,) = find_quotes(text)
    assert (q.kind, q.text) == ("indirect", "exports rose by a fifth last year.")
    assert q.cue is not None and q.cue.text == "According to"


def test_told_with_reported_clause() -> None:
    text = "Omar Haddad told the council the wells were running dry."
    (q,) = find_quotes(text)
    assert q.kind == "indirect"
    assert q.text == "the wells were running dry."


def test_passive_said_is_no_cue() -> None:
    assert find_quotes("The ship was said to be the fastest of its class.") == []


def test_markup_attribute_values_are_not_quotes() -> None:
    assert quoted('<tweet author="SomeUser" id="12345">Hello there friends</tweet>') == []


def test_hostile_strings_never_raise() -> None:
    for text in ("", " ", '"', '""', "\u201c" * 50, '"open and never closed', "\n\n\"\n\n\"",
                 "'" * 30, "said said said", "according to", "x" * 100000, '"a," he said, "' * 2000):
        check_offsets(text, find_quotes(text))


_PIECES = st.sampled_from([
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", " ", "\n", "\n\n",
    ",", ".", ":", "said", "he", "She", "Smith", "according to", "told", "that", "the", "Mr.",
    "We won", "the plan", "Jane Roe", "don't", "O'Neil", "'90s",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_offsets_are_verbatim_on_quote_like_text(text: str) -> None:
    check_offsets(text, find_quotes(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_offsets_are_verbatim_on_any_text(text: str) -> None:
    check_offsets(text, find_quotes(text))


def test_colon_cue_owns_the_quote_before_a_new_sentence_with_a_cue() -> None:
    text = ('The coast guard said: "We do not abandon crews at sea." '
            'It later said the search had ended.')
    q = quoted(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == "The coast guard"


def test_words_after_a_later_cue_are_not_its_inverted_speaker() -> None:
    text = ('Mara Quinn celebrated in Brill with her crew, declaring it "a race to recall for the whole club" '
            'and said it was a turning point.')
    q = quoted(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == "Mara Quinn"


def test_cue_of_a_coordinated_clause_after_the_quote_is_not_the_quotes() -> None:
    text = ('Ana Lee backed the weir, saying the warden "has finally heeded the anglers" '
            'and Tom Hart, he said, "never heeded a soul."')
    q = quoted(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ana Lee"


def test_retorts_with_back_and_manner_verbs_are_cues() -> None:
    text = ('"You have never read the report," Kay Holm shot back.\n\n'
            '"Stay out of my shop!" Rolf Engel barked.')
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quoted(text)] == ["Kay Holm", "Rolf Engel"]


def test_contracted_pronoun_before_the_cue() -> None:
    text = 'Ever since the flood, she\'s said the same thing to every visitor: "We will rebuild."'
    q = quoted(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == "she"


def test_subject_of_a_participle_after_with() -> None:
    text = ('At a regatta in Brill, Westmoor, on Sunday, rowers waited ashore, with Ida Berg reportedly shouting: '
            '"We still have oars in the water!"')
    q = quoted(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ida Berg"


def test_according_to_a_document_with_an_adverb_inside() -> None:
    text = ('According to the newly board-approved ferry manual, new deckhands were told, '
            '"Never haggle with a passenger over the fare."')
    q = quoted(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == "the newly board-approved ferry manual"


def test_inverted_cue_after_a_clause_and_a_comma() -> None:
    text = '"Any boatman would call that a flop" if the lock jams again, said Nora Falk, a lock keeper.'
    q = quoted(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == "Nora Falk"


def test_document_issued_by_the_subject_speaks_for_it() -> None:
    text = 'On Monday, Vera Holt issued a statement saying the mill sale was "a prize for nobody except the auditors."'
    q = quoted(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == "Vera Holt"


def test_object_of_an_earlier_cue_is_not_the_participles_speaker() -> None:
    text = ('Lena Ray ended the guessing on Saturday when she formally named her deputy for the ferry board, '
            'calling Gov. Ada Roe "the steadiest hand a skipper could hope for on this river."')
    q = quoted(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text in ("she", "Lena Ray")


def test_time_ago_between_subject_and_cue() -> None:
    text = 'The canal trust less than three months ago said that "no barge will be left stranded."'
    q = quoted(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == "The canal trust"


def test_state_abbreviation_after_an_opening_place() -> None:
    text = 'In the days after the flood reached Brill, Wyo., a local baker wrote online: "Our ovens stayed dry."'
    q = quoted(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == "a local baker"


def test_object_clause_beside_a_reported_clause() -> None:
    text = ('Ike Moss attacked the judge at a cattle fair, calling the man from the county office '
            '"a hopeless, hopeless referee," and then tweeted that he was a sham.')
    kinds = sorted((q.kind, q.text) for q in find_quotes(text))
    assert ("indirect", 'the man from the county office "a hopeless, hopeless referee,"') in kinds
    assert ("indirect", "that he was a sham.") in kinds


def test_any_speech_verb_after_but_starts_a_new_clause() -> None:
    text = 'Rae Dunn said she was "delighted" with the choir, but lamented that the sermon ran long.'
    clause = next(q for q in find_quotes(text) if q.kind == "indirect" and q.cue is not None and q.cue.text == "said")
    assert clause.text == 'she was "delighted" with the choir'


def test_cue_of_a_new_sentence_with_its_own_clause_is_not_the_quotes() -> None:
    text = 'Nobody expected the dam to leak. "It is a blow to the whole valley." Omar Tal said he would resign.'
    q = quoted(text)[0]
    assert q.cue is None or q.cue.text != "said"


def test_clause_opening_with_but_after_a_cue_is_not_its_report() -> None:
    text = '"Luck favours the patient," Mia Sorel says, but she cautions that the harvest is small.'
    clauses = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert all(not q.text.startswith("but") for q in clauses)
    assert any(q.text == "that the harvest is small." and q.cue is not None and q.cue.text == "cautions" for q in clauses)


def test_particle_verbs_speak_only_with_their_particle() -> None:
    text = ('"We have the votes," Ada Kell went on. "Not one," Ben Ruiz cut in. '
            '"Really?" Cleo Marsh pressed. They cut in line and went on to win.')
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quoted(text)] == [
        "Ada Kell", "Ben Ruiz", "Cleo Marsh"]


def test_likened_and_denounced_are_speech_cues() -> None:
    text = ('The mayor likened the new toll to "a tax on getting to work." '
            'Ada Linde denounced the plan as "a gift to the bridge company."')
    quotes = quoted(text)
    assert [q.cue.text if q.cue else None for q in quotes] == ["likened", "denounced"]
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quotes] == ["The mayor", "Ada Linde"]


def test_pointed_out_takes_a_reported_clause() -> None:
    text = "Gil Harrow pointed out that the ferry had never run late in winter."
    (q,) = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert q.text == "that the ferry had never run late in winter."
    assert q.speaker_mention is not None and q.speaker_mention.text == "Gil Harrow"


def test_the_point_that_is_no_cue() -> None:
    text = "Nobody in the hall missed the point that the ferry had never run late in winter."
    assert [q for q in find_quotes(text) if q.kind == "indirect"] == []


def test_quote_running_on_into_the_writers_words_before_the_cue() -> None:
    text = '"We owe this to the people who filled the sandbags" for the rescue, Mara Quill said.'
    (q,) = find_quotes(text)
    assert (q.kind, q.text) == ("indirect", '"We owe this to the people who filled the sandbags" for the rescue')
    assert q.speaker_mention is not None and q.speaker_mention.text == "Mara Quill"


def test_quote_finished_by_the_writers_words_without_a_cue() -> None:
    text = ('"The lighthouse keepers were paid late," Oren Dask said. '
            '"Nobody on the council read the repair report" at the spring budget hearing.')
    quotes = find_quotes(text)
    assert [(q.kind, q.text) for q in quotes][1] == (
        "indirect", '"Nobody on the council read the repair report" at the spring budget hearing')


def test_remembered_is_a_speech_cue() -> None:
    text = '"We rowed the mail across the bay every winter," Hedda Lund remembered.'
    (q,) = quoted(text)
    assert q.cue is not None and q.cue.text == "remembered"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Hedda Lund"


def test_quote_then_pronoun_and_cue_is_still_direct() -> None:
    text = '"We owe this to the people who filled the sandbags," she said, for the rescue.'
    (q,) = quoted(text)
    assert q.kind == "direct"


def test_surmised_and_confessed_are_speech_cues() -> None:
    text = '"The river will rise again," he surmised. "I never learned to swim," Lena Ortiz confessed.'
    quotes = quoted(text)
    assert [q.cue.text if q.cue else None for q in quotes] == ["surmised", "confessed"]
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quotes] == ["he", "Lena Ortiz"]


def test_asked_or_warned_right_after_the_quote_names_the_speaker() -> None:
    text = '"Who will pay for the new bridge?" asked Sen. Jo Kent. "The water is not safe," warned Dr. Ivy Lake.'
    quotes = quoted(text)
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quotes] == ["Sen. Jo Kent", "Dr. Ivy Lake"]


def test_progressive_cue_keeps_its_subject() -> None:
    text = ('Ana Ruiz is calling the toll plan "a disaster for the town." '
            'Her trainer was telling everyone she is "fitter than half the crew."')
    quotes = quoted(text)
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quotes] == ["Ana Ruiz", "Her trainer"]


def test_stray_mark_at_paragraph_start_keeps_the_sentence_subject() -> None:
    text = 'The rally ran late.\n\n"Ana Ruiz stepped up to the bandstand, chanting "We want the mill back now."'
    (q,) = quoted(text)
    assert q.text == "We want the mill back now."
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ana Ruiz"


def test_issued_document_with_a_day_after_it_speaks_for_the_subject() -> None:
    text = 'Ana Ruiz issued a statement Thursday saying the mill "will keep grinding while I run this board."'
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ana Ruiz"


def test_description_with_an_auxiliary_calls_its_object_something() -> None:
    text = 'One port spokesman has called the closure "boating gone adrift." The council disagreed.'
    (q,) = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert q.text == 'the closure "boating gone adrift."'
    assert q.speaker_mention is not None and q.speaker_mention.text == "One port spokesman"


def test_object_clause_ends_at_a_spaced_hyphen() -> None:
    text = 'Ana Ruiz praised the crew, calling it "a remarkable effort" - but she said more work remains.'
    reported = [q.text for q in find_quotes(text) if q.kind == "indirect"]
    assert reported == ['it "a remarkable effort"', "more work remains."]


def test_verb_inside_a_reported_clause_leaves_the_quote_to_the_outer_speaker() -> None:
    text = ('During her years in office, Ms. Ruiz said, most boatmen have grown to accept '
            '"that the canal is worth dredging and the guild should pay for the work."')
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ms. Ruiz"


def test_verb_with_its_own_subject_after_said_keeps_its_speaker() -> None:
    text = 'Ana Ruiz said the vote was close, and she warned that the mill "will not survive another winter."'
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "she"


def test_a_message_reading_a_quote() -> None:
    text = 'Ana Ruiz posted a message on the club board reading "Thanks, every rower" an hour after the race ended.'
    (q,) = quoted(text)
    assert (q.text, q.cue.text if q.cue else None) == ("Thanks, every rower", "reading")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ana Ruiz"


def test_an_ing_noun_after_an_article_is_no_cue() -> None:
    text = ('Ruiz, a persuasive writing tutor, said she keeps the old ferry at the foot of the hill '
            '"close to her heart in every season."')
    reported = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in reported] == ['she keeps the old ferry at the foot of the hill "close to her heart in every season."']
    assert reported[0].cue is not None and reported[0].cue.text == "said"


def test_an_adverb_of_the_act_after_said_is_not_reported() -> None:
    text = 'Ana Ruiz has said repeatedly "the next harbour master" should pick the new lock keeper.'
    (q,) = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert q.text == '"the next harbour master" should pick the new lock keeper.'


def test_told_an_audience_with_a_place_and_time_then_that() -> None:
    text = ('Ruiz is telling a full hall in rainy Brill, Westmoor, on the final evening of the regatta '
            'that she has few memories of her first regatta apart from one wet night in a boathouse near the "old mill."')
    (q,) = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert q.text.startswith("that she has few memories")


def test_told_an_audience_and_its_place_then_a_clause() -> None:
    for audience in ("rowers in Brill", "a millers gathering in Brill"):
        text = f'Ruiz told {audience} she will guard the ferry while her rival wants to "trade it for a car park."'
        (q,) = [q for q in find_quotes(text) if q.kind == "indirect"]
        assert q.text == 'she will guard the ferry while her rival wants to "trade it for a car park."'


def test_headline_names_its_speaker_before_a_colon() -> None:
    text = "Ana Ruiz: Mill Closure \u2018A Betrayal\u2019 of the Town.\n\nThe mayor spoke on Monday."
    (q,) = find_quotes(text)
    assert (q.kind, q.text) == ("indirect", "Mill Closure \u2018A Betrayal\u2019 of the Town")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ana Ruiz"
    text = "Ruiz: \u2018The Ferry Stays Afloat.\u2019\n\nThe mayor spoke on Monday."
    (q,) = find_quotes(text)
    assert (q.kind, q.text) == ("direct", "The Ferry Stays Afloat.")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ruiz"


def test_headline_rubric_before_a_colon_is_no_speaker() -> None:
    text = "The Latest: Mill Closure \u2018A Betrayal\u2019 of the Town.\n\nThe mayor spoke on Monday."
    assert all(q.speaker_mention is None or q.speaker_mention.text != "The Latest" for q in find_quotes(text))


def test_a_document_right_after_the_quote_reads_it() -> None:
    text = ('The suit names the mayor.\n\n'
            '"The mayor linked those remarks to the dismissal of the ferry clerk to harm her standing," the suit reads.')
    (q,) = quoted(text)
    assert q.cue is not None and q.cue.text == "reads"
    assert q.speaker_mention is not None and q.speaker_mention.text == "the suit"


# -- the fast paths against their plain definitions ----------------------------------


def _speech_verbs_word_by_word(text: str) -> list[tuple[int, int]]:
    """speech_verbs as first written: every word of the text looked up in turn."""
    from newsjson.extractors import cues

    out = []
    for m in cues._WORD.finditer(text):
        low = m.group().lower()
        if low in cues._FORMS:
            p = cues._PARTICLE.match(text, m.end())
            out.append((m.start(), p.end() if p else m.end()))
        elif low in cues.PARTICLE_VERB_FORMS:
            p = cues._PARTICLE_AFTER[cues._PARTICLE_OF[low]].match(text, m.end())
            if p:
                out.append((m.start(), p.end()))
    out.extend(m.span() for m in re.finditer(r"\b[Aa]ccording\s+to\b", text))
    return sorted(out)


@given(st.lists(st.sampled_from(["said", "Said", "SAID", "unsaid", "said-so", "self-", "_said", "saidé",
                                 "shot back", "went on.", "pointed out", "according to", "According\tto",
                                 "xaccording to", "Told", "x", " ", ", ", "-", "\u2019", "\n", "9"]), max_size=12).map("".join))
@settings(max_examples=300, deadline=None)
def test_speech_verbs_match_the_word_by_word_scan(text: str) -> None:
    from newsjson.extractors.cues import speech_verbs

    assert speech_verbs(text) == _speech_verbs_word_by_word(text)


@given(st.lists(st.sampled_from(["'", "''", '"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\u2019", "\u2018",
                                 "a", "don't", " ", "\n"]), max_size=12).map("".join), st.integers(0, 12))
@settings(max_examples=400, deadline=None)
def test_double_marks_match_the_plain_pattern(text: str, lo: int) -> None:
    from newsjson.extractors import quote_marks

    plain = re.compile("''|[" + re.escape(quote_marks.DOUBLE_MARKS) + "]")
    assert [m.span() for m in quote_marks._DOUBLE_RE.finditer(text, lo)] == [m.span() for m in plain.finditer(text, lo)]


@given(st.lists(st.sampled_from(["plan", "Ruiz", "it's", "rock'n'roll", "o\u2019", "'", "\u2019", "_", "x_y",
                                 "é", "2", "\u00b2", " ", ", ", "-", ".", "\n"]), max_size=14).map("".join),
       st.integers(0, 40), st.integers(0, 40), st.sampled_from([1, 2, 3, 4, 15, 26]))
@settings(max_examples=400, deadline=None)
def test_at_least_n_words_matches_the_word_count(text: str, a: int, b: int, n: int) -> None:
    assert has_words(text, a, b, n) == (word_count(text, a, b) >= n)


@given(st.lists(st.sampled_from(["plan", "it's", "o\u2019", "'", "_", "é", "2", " ", ", ", "."]), max_size=14).map("".join),
       st.integers(0, 40), st.integers(0, 40), st.sampled_from([4, 9]))
@settings(max_examples=300, deadline=None)
def test_capped_word_count_is_the_word_count_up_to_the_cap(text: str, a: int, b: int, cap: int) -> None:
    assert words_up_to(text, a, b, cap) == min(word_count(text, a, b), cap)


def test_at_least_n_words_keeps_words_whole() -> None:
    # (a backtracking pattern would split "plan" into "pla" and "n" for a second word)
    assert not has_words("plan", 0, 4, 2)
    assert not has_words("it's rock'n'roll", 0, 16, 3)
    assert has_words("it's a plan", 0, 11, 3)
    assert not has_words("it's a plan", 0, 7, 3)


def test_short_quoted_phrase_keeps_the_cue_right_after_it() -> None:
    text = 'The plan was "a disaster," Ruiz said.'
    qs = quoted(text)
    assert [(q.text, q.kind, q.cue.text if q.cue else None) for q in qs] == [("a disaster,", "partial", "said")]
    check_offsets(text, qs)


def test_short_quoted_phrase_keeps_the_cue_right_before_it() -> None:
    text = 'The mayor said, "never again."'
    qs = quoted(text)
    assert [(q.text, q.cue.text if q.cue else None) for q in qs] == [("never again.", "said")]
    check_offsets(text, qs)


def test_short_quoted_phrase_far_from_any_cue_is_not_a_quote() -> None:
    # the cue speaks of the whole sentence, not of the phrase in marks
    assert quoted('The so-called "reform" passed after a long fight in the chamber, Ruiz said on Monday.') == []


def test_any_speech_verb_right_before_that_reports_a_clause() -> None:
    text = "At the regatta dinner, the old cox boasted that his crew had never lost a race in the rain."
    (q,) = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert q.text == "that his crew had never lost a race in the rain."
    assert q.speaker_mention is not None and q.speaker_mention.text == "the old cox"


def test_noting_or_adding_a_clause_with_its_own_subject_reports_it() -> None:
    text = "Ilse Varga praised the new lock gates, noting she had waited ten years for them."
    (q,) = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert q.text == "she had waited ten years for them."
    assert find_quotes("She added it to the list of repairs.") == []


def test_a_line_in_single_marks_between_double_marked_quotes_is_a_subheading() -> None:
    text = ('"The river rose in an hour," the ferryman said. "We lost two boats."\n\n'
            "'A night on the water'\n\n"
            '"Nobody slept," said Ada Pike. "Not one of us."')
    assert [q.text for q in quoted(text)] == [
        "The river rose in an hour,", "We lost two boats.", "Nobody slept,", "Not one of us."]
    british = "'The river rose in an hour,' the ferryman said.\n\n'We lost two boats.'"
    assert [q.text for q in quoted(british)] == ["The river rose in an hour,", "We lost two boats."]


def test_words_after_a_cue_before_the_quote_are_its_object_not_its_speaker() -> None:
    text = 'In June, Hale bitterly denounced ward member Ada Lee as being "asleep at the wheel" on every vote.'
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Hale"


def test_name_signed_on_the_line_below_a_quote_is_its_speaker() -> None:
    text = 'Fact check.\n\n"We cut the ferry fares for every family in the valley."\n\n- Ada Pike.\n\nPike is wrong.'
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ada Pike"


def test_reacted_and_teased_are_speech_cues() -> None:
    text = '"That is the dumbest plan I have heard," reacted Ada Pike. "Row faster," Ivo Lund teased.'
    quotes = quoted(text)
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quotes] == ["Ada Pike", "Ivo Lund"]


def test_groused_and_confided_are_speech_cues() -> None:
    text = '"The lock is always shut when we need it," groused Ivo Lund. "I never liked boats," Ada Pike confided.'
    quotes = quoted(text)
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quotes] == ["Ivo Lund", "Ada Pike"]


def test_clause_before_as_and_a_cue_is_what_was_said() -> None:
    text = "The new toll is a burden on the ferry crews, as Ruiz said."
    (q,) = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert q.text == "The new toll is a burden on the ferry crews"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ruiz"


def test_participle_after_while_is_the_subjects_cue() -> None:
    text = 'On Sunday, Ada Pike kept circling the lake - while chanting, "Row, row, row."'
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ada Pike"


def test_cue_and_comma_right_before_a_quote_keeps_its_own_speaker() -> None:
    text = ('She said uncles would not be covered by the scheme, and when challenged, the grandmother '
            'of five replied, "It is there for the parents."')
    (q,) = quoted(text)
    assert q.cue is not None and q.cue.text == "replied"


def test_short_name_after_called_and_a_comma_is_no_direct_quote() -> None:
    text = 'The pair are the Dover crew (or, as a rival club dubbed them in a newsletter last spring, "Quay kings").'
    assert quoted(text) == []


def test_opening_participle_cue_is_spoken_by_the_main_clause_subject() -> None:
    # 'After saying ..., the mayor ...': the subject after the opening phrase
    # spoke, past a comma inside the quoted words
    text = 'After saying the bridge was "safe as a vault, and more," the mayor closed it a week later.'
    found = find_quotes(text)
    check_offsets(text, found)
    partial = [q for q in found if q.kind == "partial"]
    assert partial and all(q.speaker_mention is not None and q.speaker_mention.text == "the mayor" for q in partial)
    clause = [q for q in found if q.kind == "indirect"]
    assert clause and clause[0].speaker_mention is not None and clause[0].speaker_mention.text == "the mayor"


def test_thing_pronoun_inside_a_reported_clause_does_not_speak() -> None:
    # 'X says it confirms that ... "..."': "it" is a thing; the speaker of "says" speaks
    text = 'Ana Ruiz says it confirms that the council is "asleep at the wheel."'
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ana Ruiz"


def test_concessive_clause_after_a_quote_keeps_the_cue_before() -> None:
    # '... "...," though she noted ...': a clause of its own after the quote
    text = 'Ana Ruiz said she backs the pier because "the town cannot live on memories," though she noted the cost had doubled.'
    (q,) = quoted(text)
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ana Ruiz"


def test_short_phrase_inside_a_recorded_clause_is_not_a_quote_of_its_own() -> None:
    # 'said the levy was a "bitter pill" for ...': the clause carries the two quoted words
    text = 'Ana Ruiz said the new harbor levy was a "bitter pill" for the fishing families of the bay.'
    found = find_quotes(text)
    check_offsets(text, found)
    assert [q.kind for q in found] == ["indirect"]
    assert '"bitter pill"' in found[0].text


def test_longer_quote_inside_a_recorded_clause_stays_partial() -> None:
    text = ('Ana Ruiz said the new harbor levy, which the council passed on Monday after a long night, '
            'was "a bitter pill for every family" in the bay.')
    kinds = sorted(q.kind for q in find_quotes(text))
    assert kinds == ["indirect", "partial"]


def test_subordinate_clause_after_a_quote_keeps_the_cue_before() -> None:
    # '"...," until Hale promised ...': the later verb has a subject of its own
    text = 'Ana Ruiz says she was "on the fence about the pier" until Hale promised a new budget.'
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ana Ruiz"


def test_title_of_a_work_in_apposition_is_not_a_quote() -> None:
    # 'In her book, "Tides of Dover," Ruiz argued ...': the book's title, not her words
    text = 'In her 2019 book, "Tides of Dover," Ana Ruiz argued that the port should close.'
    assert quoted(text) == []


def test_document_issuer_after_an_opening_phrase_with_its_own_comma() -> None:
    # 'On Friday, to no one's surprise, the union posted a letter ...': the union speaks
    text = 'On Friday, to no one\'s surprise, the rowing union posted a letter describing the new dock as "too small for two boats."'
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "the rowing union"


def test_document_opening_its_own_clause_speaks_itself() -> None:
    # '..., and the letter says the line "..."': the letter, not the sentence's subject
    text = ('Riders wrote to the council twice this spring, and the letter says '
            'the ferry line "never once left on time."')
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "the letter"


def test_place_of_a_parenthetical_cue_is_not_reported() -> None:
    # 'The crews, Ruiz said later at the hearing, were "..."': the aside runs to its comma
    text = 'The ferry crews, Ana Ruiz said later at the harbor hearing, were "exhausted beyond words" by the winter schedule.'
    clause = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert clause and clause[0].text.startswith("were ")


def test_participle_after_a_dropped_short_quote_keeps_the_first_cues_speaker() -> None:
    # 'X said the levy has "kept us afloat" ... before claiming that ... "..."': X speaks
    text = ('After the harbor board missed its deadline for a new budget for the old ferry line and the two piers '
            'beside the fish market, Ana Ruiz said the levy has '
            '"kept us afloat" this year before claiming that the ferry is "the best in the whole region."')
    partial = [q for q in find_quotes(text) if q.kind == "partial"]
    assert partial and partial[-1].speaker_mention is not None and partial[-1].speaker_mention.text == "Ana Ruiz"


def test_nounish_cue_after_a_quote_and_a_subject_with_a_place() -> None:
    # '"...," a voice-over in the ad states': "states" is the verb of "a voice-over in the ad"
    text = '"The ferry is the only lifeline this island has left," a voice-over in the ad states.'
    (q,) = quoted(text)
    assert q.cue is not None and q.cue.text == "states"
    assert q.speaker_mention is not None and q.speaker_mention.text == "a voice-over"


def test_object_clause_in_a_capitalised_subordinate_opening_has_its_pronoun_speaker() -> None:
    # 'Though she called ... and called for ... "...", Ruiz ...': "she" speaks both
    text = ('Though she called the harbor board "reckless" and called for its fees to be "paid back in full" '
            'for every family, Ruiz kept her remarks on the ferry brief.')
    clauses = [q for q in find_quotes(text) if q.kind == "indirect"]
    assert len(clauses) == 2 and all(q.speaker_mention is not None and q.speaker_mention.text == "she" for q in clauses)


def test_partial_inside_a_recorded_clause_takes_the_clause_speaker() -> None:
    # the phrase's own speaker is not found; the clause around it has one
    text = ('Though she called the harbor board "reckless" and called for its fees to be "paid back in full" '
            'for every family, Ruiz kept her remarks on the ferry brief.')
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "she"


def test_subject_of_an_infinitive_cue() -> None:
    # "was prompted to say": the phrase before its verb; "took to the radio to accuse": the sentence's subject
    text = 'The debate was so calm that Ruiz was prompted to say, "Is anyone awake?"'
    (q,) = quoted(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ruiz"
    text = 'Ruiz took to the radio overnight to accuse the harbor board of being "asleep" during "the worst storm in years."'
    q = quoted(text)[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ruiz"


def _abbreviation_as_first_written(text: str, dot: int) -> bool:
    """sentences._is_abbreviation with its first pattern: a search from every
    letter of the 12 characters before the stop."""
    from newsjson.extractors import sentences

    m = re.compile(r"([A-Za-z]+)\.?[\"\u201d\u2019')\]]*$").search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1)
    return word.lower() in sentences._ABBREVIATIONS or (len(word) == 1 and word.isupper())


@given(st.lists(st.sampled_from(["Sen", "sen", "U", "S", "Mr", "x", "Washington", "counterrevolutionaries", ".", ". ",
                                 " ", "\"", "\u201d", ")", "\n", "9", "\u00e9"]), max_size=12).map("".join))
@settings(max_examples=400, deadline=None)
def test_abbreviation_test_matches_its_first_pattern(text: str) -> None:
    from newsjson.extractors.sentences import _is_abbreviation

    for dot in (i for i, ch in enumerate(text) if ch == "."):
        assert _is_abbreviation(text, dot) == _abbreviation_as_first_written(text, dot)


@given(st.lists(st.sampled_from(["said", "Said", "pointed out", "according to", "she", "x", " ", ", ", ".", "\n",
                                 "\"", "shot back", "went on."]), max_size=14).map("".join),
       st.integers(0, 60), st.integers(0, 60))
@settings(max_examples=300, deadline=None)
def test_cues_within_a_range_match_the_scan_of_the_cue_list(text: str, lo: int, hi: int) -> None:
    from newsjson.extractors.cue_context import Cues

    cues = Cues(text)
    scanned = []
    for a, b in cues.spans:
        if a >= lo:
            if b > hi:
                break
            scanned.append((a, b))
    assert cues.within(lo, hi) == scanned


@given(st.lists(st.sampled_from(["Ruiz said \"we won\" then.", "No marks here.", "It's Jo's.", "", "  "]), max_size=10))
@settings(max_examples=300, deadline=None)
def test_every_paragraph_with_a_quotation_is_read(paragraphs: list[str]) -> None:
    # (paragraphs without marks are passed over by one search for the next mark)
    from newsjson.extractors.quote_marks import find_quoted_spans

    text = "\n".join(paragraphs)
    starts = []
    pos = 0
    for para in paragraphs:
        if '"' in para:
            starts.append(pos + para.index('"') + 1)
        pos += len(para) + 1
    assert [q.start for q in find_quoted_spans(text)] == starts


@given(st.lists(st.sampled_from(["'", "''", '"', "\u201c", "\u201d", "\u2019", "\u2018", "\u201a", "\u203a", "a", "2",
                                 "\u00e9", "_", "don't", "o\u2019", " ", "\n", "\n\n", ".", "-"]), max_size=14).map("".join))
@settings(max_examples=400, deadline=None)
def test_a_paragraph_without_a_quoting_mark_pairs_nothing(text: str) -> None:
    # (such paragraphs are passed over: no pair, nothing left open)
    from newsjson.extractors import quote_marks

    for lo, hi in quote_marks.paragraph_spans(text):
        found = quote_marks._QUOTING_MARK.search(text, lo)
        if found is None or found.start() >= hi:
            assert quote_marks._pair_doubles(text, lo, hi, False) == ([], -1, -1)
            assert quote_marks._pair_singles(text, lo, hi) == []


@given(st.lists(st.sampled_from(["the", "The", "its", "an", "a", "were", "being", "Been", "x", "xthe", "the_", "2",
                                 "\u00e9", "\u017f", "I\u017f", " ", "  ", "\t", "\u00a0", "\n", "-", "'", "said"]),
                max_size=10).map("".join))
@settings(max_examples=400, deadline=None)
def test_word_before_a_cue_matches_its_pattern(text: str) -> None:
    from newsjson.extractors import cue_context

    for a in range(len(text) + 1):
        found = cue_context._DETERMINER_OR_AUXILIARY_BEFORE.search(text, max(0, a - 12), a)
        expected = None if found is None else "determiner" if found.group(1) else "auxiliary"
        assert cue_context._determiner_or_auxiliary_before(text, a) == expected


@given(st.lists(st.sampled_from(["Sen", "plan", ".", ". ", "!", "?", " ", "\"", "\u201d", ")", "\n", "9", "A", "'", "(",
                                 "\u00e9", "''"]), max_size=14).map("".join))
@settings(max_examples=300, deadline=None)
def test_stop_boundaries_are_the_boundaries_of_a_paragraph_without_other_ends(text: str) -> None:
    from newsjson.extractors import sentences

    if "!" not in text and "?" not in text:
        assert [m.span(1) for m in sentences._STOP_BOUNDARY.finditer(text)] == \
            [m.span(1) for m in sentences._BOUNDARY.finditer(text)]
