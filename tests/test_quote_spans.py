"""Where a reported clause that quotes some of its words starts and ends: one
test per sentence shape, offsets always verbatim."""
from __future__ import annotations

from newsjson.extractors.quotes import find_quotes
from newsjson.extractors.record import Quote


def clauses(text: str) -> list[Quote]:
    found = find_quotes(text)
    for q in found:
        assert text[q.start:q.end] == q.text
    return [q for q in found if q.kind == "indirect"]


def test_clause_ends_before_a_contrasting_clause_after_a_closing_mark() -> None:
    text = ('The coach said the new pitch by the river was far too wet and "too soft," though '
            'she noted that the groundsmen had worked all week.')
    c = clauses(text)[0]
    assert c.text == 'the new pitch by the river was far too wet and "too soft,"'


def test_clause_ends_before_a_second_report_after_a_closing_mark() -> None:
    text = ('The inspector said the old bridge over the canal showed "no serious damage," but '
            'he said the railings would be replaced.')
    first, second = clauses(text)
    assert first.text == 'the old bridge over the canal showed "no serious damage,"'
    assert second.text == "the railings would be replaced."


def test_that_after_a_quoted_programme_name() -> None:
    text = ('Marsh told the station\'s "Evening Desk" on Monday that "nobody saw it coming" at the '
            'old bus depot in town.')
    (c,) = clauses(text)
    assert c.text == 'that "nobody saw it coming" at the old bus depot in town.'


def test_pronoun_clause_keeps_its_own_that() -> None:
    text = 'Okafor says he is confident that there was "no harm done" to the archive.'
    (c,) = clauses(text)
    assert c.text.startswith("he is confident that")


def test_and_that_stays_inside_the_first_clause() -> None:
    text = ('The chief said the recordings were "unclear" and that the second camera did not '
            'show the car at all.')
    (c,) = clauses(text)
    assert c.text.startswith("the recordings were")


def test_participle_after_the_cue_is_the_cue_of_the_clause() -> None:
    text = ('"We need more buses," the councillor said, adding that the old routes were '
            '"a maze for visitors."')
    (c,) = clauses(text)
    assert c.text == 'that the old routes were "a maze for visitors."'
    assert c.cue is not None and c.cue.text == "adding"


def test_cue_repeated_after_the_quoted_end_of_the_clause() -> None:
    text = ('Ms. Lind said she kept all the old letters from her aunt because "nobody else '
            'would read them," she said.')
    (c,) = clauses(text)
    assert c.text == 'she kept all the old letters from her aunt because "nobody else would read them,"'


def test_object_clause_ends_before_the_time_of_the_act() -> None:
    text = 'Vance described the new toll as a "tax on nurses" during a visit to the depot.'
    (c,) = clauses(text)
    assert c.text == 'the new toll as a "tax on nurses"'


def test_object_clause_of_the_subject_after_an_opening_participle_phrase() -> None:
    text = ('In a note marking the ballot, the Westmoor Ferry Guild called the harbour master a "steady hand" '
            'of the early tide, citing her care for the moorings.')
    (c,) = clauses(text)
    assert c.text.startswith('the harbour master a "steady hand"')


def test_clause_ends_before_a_second_verb_after_a_closing_mark() -> None:
    text = ('Ross said late on Sunday that the rival choir was "a muddle" and urged fans '
            'to "keep clear" of the concert.')
    first = clauses(text)[0]
    assert first.text == 'that the rival choir was "a muddle"'


def test_opening_phrase_before_the_speaker_is_not_the_reported_clause() -> None:
    text = 'Speaking at a fair in Leeds, Hale says she made the board "a final offer" today.'
    (c,) = clauses(text)
    assert c.text == 'she made the board "a final offer" today.'


def test_linking_word_opening_the_sentence_is_the_writers() -> None:
    text = 'But the new tram line will "change nothing" for the suburbs, the planner said.'
    (c,) = clauses(text)
    assert c.text == 'the new tram line will "change nothing" for the suburbs'


def test_what_someone_called_opens_the_object_clause() -> None:
    text = 'The warden denounced what he called a "reckless lapse" of the grazing pact with the valley.'
    (c,) = clauses(text)
    assert c.text == 'what he called a "reckless lapse" of the grazing pact with the valley.'


def test_object_clause_runs_over_a_quoted_list() -> None:
    text = 'Pike has called the new keeper a "sleepwalker," a "show-off" and "slow."'
    (c,) = clauses(text)
    assert c.text == 'the new keeper a "sleepwalker," a "show-off" and "slow."'


def test_called_on_names_who_was_asked() -> None:
    text = ('Ruiz called on the harbour board to "act on the floods" and to consider new rules for '
            'the docks and the ferry piers.')
    (c,) = clauses(text)
    assert c.text.startswith('the harbour board to "act on the floods"')


def test_clause_ends_before_a_contrasting_clause_with_its_own_speaker() -> None:
    text = ('Only a third of the rowers in the poll agreed that the new boathouse is "dry," while 60 '
            'percent said so of the old shed.')
    first = clauses(text)[0]
    assert first.text == 'that the new boathouse is "dry,"'


def test_progressive_object_clause_has_its_subject_before_the_auxiliary() -> None:
    text = 'The club physio is calling the goalkeeper "ready to row" for the river race on Sunday.'
    (c,) = clauses(text)
    assert c.text.startswith('the goalkeeper "ready to row"')
    assert c.speaker_mention is not None and c.speaker_mention.text == "The club physio"


def test_a_possessed_noun_is_no_cue_before_the_real_verb() -> None:
    text = 'Tom Reed called Warden Hale\'s notes on Monday "a plea for rest" from a weary board.'
    (c,) = clauses(text)
    assert c.cue is not None and c.cue.text == "called"
    assert c.text.startswith("Warden Hale's notes on Monday")


def test_a_possessed_claim_that_still_reports() -> None:
    text = 'The paper checked Reed\'s claim that there were "hundreds of break-ins" in the town last year.'
    (c,) = clauses(text)
    assert c.cue is not None and c.cue.text == "claim"


def test_clause_ends_before_the_speakers_next_act_after_a_closing_mark() -> None:
    text = ('Hale wrote late at night that the juggler was "a bluff" and "a yawn" and urged her '
            'readers to skip the fair.')
    first = clauses(text)[0]
    assert first.text == 'that the juggler was "a bluff" and "a yawn"'


def test_clause_ends_before_an_adverb_and_participle() -> None:
    text = ('The skipper said this weekend he would take it as "a slap to the crew" if the fans stayed '
            'home, openly putting his post at stake.')
    (c,) = clauses(text)
    assert c.text == 'he would take it as "a slap to the crew" if the fans stayed home'


def test_that_after_a_place_with_commas_of_its_own() -> None:
    text = ('Hale said during a filming of a village forum in Brill, Westmoor, that towns may mend such paths '
            'themselves because "the lanes are ours."')
    (c,) = clauses(text)
    assert c.text.startswith("that towns may mend")


def test_called_for_names_what_was_asked() -> None:
    text = 'Hale called for a "fresh start" on the harbour and a new board for the docks.'
    (c,) = clauses(text)
    assert c.text.startswith('a "fresh start"')


def test_participle_after_the_audience_of_told_is_the_cue() -> None:
    text = ('"Nothing to be done, friends," Hale told a Westmoor fair, saying the warden would '
            'shut every mill in the valley and "sell the land."')
    (c,) = clauses(text)
    assert c.text.startswith("the warden would shut")
    assert c.cue is not None and c.cue.text == "saying"


def test_object_clause_ends_before_the_subjects_next_speech_act() -> None:
    text = 'Reed called both the ferry chief and the harbour master "asleep" and said the docks would flood.'
    first, second = clauses(text)
    assert first.text == 'both the ferry chief and the harbour master "asleep"'
    assert second.text == "the docks would flood."


def test_later_quote_of_a_sentence_has_an_object_clause_of_its_own() -> None:
    text = ('The skipper mocked the "harbour tax" of the council on Friday, calling the new rules for '
            'the boats "a toll on rowing."')
    (c,) = clauses(text)
    assert c.text == 'the new rules for the boats "a toll on rowing."'
    assert c.cue is not None and c.cue.text == "calling"


def test_clause_after_the_cue_when_a_comma_comes_before_the_speaker() -> None:
    text = 'A rower from the Dover club, Jo Hale, said she was only "half ready" for the race.'
    (c,) = clauses(text)
    assert c.text == 'she was only "half ready" for the race.'
    text = 'Back at the boathouse after the heats, the coach said his crew was tired but "hungry."'
    (c,) = clauses(text)
    assert c.text == 'his crew was tired but "hungry."'


def test_object_clause_of_a_second_verb_after_and() -> None:
    text = 'On Friday, Hale mocked the new timetable as a bluff and accused the ferry board of a "cheap trick."'
    (c,) = clauses(text)
    assert c.text == 'the ferry board of a "cheap trick."'
    assert c.speaker_mention is not None and c.speaker_mention.text == "Hale"


def test_object_clause_of_a_described_subject_with_an_object() -> None:
    text = 'Harbour pilots described the silt under the old quay as "soft as porridge."'
    (c,) = clauses(text)
    assert c.text == 'the silt under the old quay as "soft as porridge."'
    assert c.speaker_mention is not None and c.speaker_mention.text == "Harbour pilots"


def test_statement_issued_by_the_subject_speaks_in_an_object_clause() -> None:
    text = 'The ferry board issued a statement on Friday calling the sale of the boathouse "a dark day."'
    (c,) = clauses(text)
    assert c.speaker_mention is not None and c.speaker_mention.text == "The ferry board"


def test_object_clause_ends_before_a_second_speaker_and_verb() -> None:
    text = 'Ted Hale accuses the ferry board of "rowing backwards" and Jo Lee says the board is "lost at sea."'
    first, second = clauses(text)
    assert first.text == 'the ferry board of "rowing backwards"'
    assert second.text == 'the board is "lost at sea."'


def test_second_verb_after_and_keeps_the_first_verbs_speaker() -> None:
    text = 'After the race the cox called the judges "blind" and said the crew had won by a length.'
    (c,) = [c for c in clauses(text) if c.cue is not None and c.cue.text == "said"]
    assert c.speaker_mention is not None and c.speaker_mention.text == "the cox"


def test_participle_after_a_quote_and_its_cue_keeps_that_cues_speaker() -> None:
    text = '"Nobody rows like him," Ivo Marsh said, calling the old stroke "a marvel."'
    (c,) = clauses(text)
    assert c.speaker_mention is not None and c.speaker_mention.text == "Ivo Marsh"


def test_object_clause_ends_before_a_pronoun_clause_or_an_irregular_next_act() -> None:
    text = 'The coach spared Lee, calling him a "steady hand" and she did not mention the others.'
    (c,) = clauses(text)
    assert c.text == 'him a "steady hand"'
    text = 'The cox called the new boat "a barge" and made no secret of his doubts.'
    (c,) = clauses(text)
    assert c.text == 'the new boat "a barge"'


def test_wondering_whether_reports_the_question() -> None:
    text = ('The skipper has often wondered whether the referees will be "kind" to his crew, '
            'lowering hopes before the race.')
    (c,) = clauses(text)
    assert c.text == 'whether the referees will be "kind" to his crew'
    assert c.speaker_mention is not None and c.speaker_mention.text == "The skipper"


def test_object_clause_with_a_long_possessive_subject() -> None:
    text = 'Harbour ward hopeful Ola Brandt’s trainer is calling the hopeful for the ward “strong as an ox.”'
    (c,) = clauses(text)
    assert c.text == "the hopeful for the ward “strong as an ox.”"
    assert c.speaker_mention is not None
    assert c.speaker_mention.text == "Harbour ward hopeful Ola Brandt’s trainer"


def test_likened_hailed_and_denounced_take_an_object_clause() -> None:
    text = 'One skipper, Ivo Marsh, likened the quotas to "emptying the sea" - words the board resented.'
    (c,) = clauses(text)
    assert c.text == 'the quotas to "emptying the sea"'


def test_noted_and_recalled_carry_quoted_words_in_an_object_clause() -> None:
    text = 'The mayor also noted the "long, hard winter" of the fishing fleet in recent years.'
    (c,) = clauses(text)
    assert c.text == 'the "long, hard winter" of the fishing fleet in recent years.'
    assert c.speaker_mention is not None and c.speaker_mention.text == "The mayor"


def test_second_verb_inside_a_subordinate_clause_keeps_that_clauses_subject() -> None:
    text = 'Gov. Lee scolded Ruiz after she toured the dam and accused the wardens of "pure sloth" in the floods.'
    (c,) = [c for c in clauses(text) if c.cue is not None and c.cue.text == "accused"]
    assert c.speaker_mention is not None and c.speaker_mention.text == "she"


def test_blamed_carries_quoted_words_in_an_object_clause() -> None:
    text = 'She blamed the delay at the lock on a "careless clerk," not on the system.'
    (c,) = clauses(text)
    assert c.text == 'the delay at the lock on a "careless clerk,"'
    assert c.cue is not None and c.cue.text == "blamed"


def test_cited_and_compared_carry_quoted_words_in_an_object_clause() -> None:
    text = 'The coach compared the new boat to a "floating barn" with no keel.'
    (c,) = clauses(text)
    assert c.text == 'the new boat to a "floating barn" with no keel.'
    text = 'Ruiz cited the crew\'s "steady nerve" and the calm water as reasons for the win.'
    (c,) = clauses(text)
    assert c.text.startswith('the crew\'s "steady nerve"')


def test_dismissed_and_derided_carry_quoted_words_in_an_object_clause() -> None:
    text = 'The warden dismissed the report on the dam as "pure fiction."'
    (c,) = clauses(text)
    assert c.text == 'the report on the dam as "pure fiction."'
    assert c.speaker_mention is not None and c.speaker_mention.text == "The warden"


def test_object_clause_ends_before_on_and_a_weekday() -> None:
    text = 'The warden dismissed the report on the dam as "pure fiction" on Monday.'
    (c,) = clauses(text)
    assert c.text == 'the report on the dam as "pure fiction"'


def test_relative_that_after_the_clauses_own_verb_does_not_open_the_clause() -> None:
    text = 'Ruiz said the deal about the dock was a "fair arrangement" that took account of the crews.'
    (c,) = clauses(text)
    assert c.text.startswith("the deal about the dock was")


def test_quoting_participle_after_the_clause_stays_in_it() -> None:
    text = 'Hale said the board had shelved his scheme for the quay, calling it a "bridge too far."'
    (c,) = clauses(text)
    assert c.text == 'the board had shelved his scheme for the quay, calling it a "bridge too far."'


def test_clause_ends_before_a_dash_aside_after_its_closing_mark() -> None:
    text = 'Hale said the new lock on the river at Dover was "a triumph" — a rare word of praise from the old skipper.'
    (c,) = clauses(text)
    assert c.text == 'the new lock on the river at Dover was "a triumph"'


def test_object_clause_ends_before_a_bracketed_aside() -> None:
    text = 'Lee called the new cooks at the canteen "sloppy" (though he granted that one or two were keen).'
    (c,) = clauses(text)
    assert c.text == 'the new cooks at the canteen "sloppy"'


def test_clause_of_a_participle_after_despite_ends_at_its_comma() -> None:
    text = 'The mayor, despite admitting that the new lock was late, praised the crews for their work.'
    (c,) = clauses(text)
    assert c.text == "that the new lock was late"


def test_clause_ends_before_a_later_cue_that_introduces_its_own_quote() -> None:
    text = ('She said uncles would not be covered by the scheme, and when challenged, the grandmother '
            'of five replied, "It is there for the parents."')
    (c,) = clauses(text)
    assert c.text == "uncles would not be covered by the scheme"


def test_a_noun_like_verb_before_a_pronoun_object_or_after_an_apposed_name_is_a_cue() -> None:
    text = 'These days the local weekly calls it "the jewel" of the estuary.'
    (c,) = clauses(text)
    assert c.cue is not None and c.cue.text == "calls"
    text = 'His longtime deputy, Jo Hale, calls his tenure a "masterclass" in patience.'
    (c,) = clauses(text)
    assert c.text == 'his tenure a "masterclass" in patience.'


def test_defended_carries_quoted_words_in_an_object_clause() -> None:
    text = 'Hale later defended his post about the ferry board as being "only a joke."'
    (c,) = clauses(text)
    assert c.text == 'his post about the ferry board as being "only a joke."'
    assert c.speaker_mention is not None and c.speaker_mention.text == "Hale"


def test_rejected_carries_quoted_words_in_an_object_clause() -> None:
    text = 'The ferry board rejected the plan for a new pier as "a waste of good money."'
    (c,) = clauses(text)
    assert c.text == 'the plan for a new pier as "a waste of good money."'


def test_what_taken_into_the_subject_still_opens_the_object_clause() -> None:
    text = ('Local skippers used sharp words to denounce what Harbour Master Ola Brandt called the '
            'board\'s "slow, vague, careless" answers.')
    (c,) = clauses(text)
    assert c.text.startswith("what Harbour Master Ola Brandt called")
    assert c.speaker_mention is not None and c.speaker_mention.text == "Harbour Master Ola Brandt"


def test_exhorted_carries_quoted_words_in_an_object_clause() -> None:
    text = 'Hale exhorted the young rowers of the Dover club to "row on" and said he was proud.'
    first = clauses(text)[0]
    assert first.text == 'the young rowers of the Dover club to "row on"'
    assert first.cue is not None and first.cue.text == "exhorted"


def test_where_the_words_were_said_is_cut_from_the_clause() -> None:
    text = 'The mayor said the new levy on boat owners was "a bitter pill," in a statement on Friday.'
    assert clauses(text)[0].text == 'the new levy on boat owners was "a bitter pill,"'


def test_where_the_words_were_written_is_cut_from_an_object_clause() -> None:
    text = 'Ruiz called the harbor plan "reckless" in a long post on Sunday.'
    assert clauses(text)[0].text == 'the harbor plan "reckless"'
