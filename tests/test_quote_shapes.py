"""find_quotes on sentence shapes of English news, one test per rule."""
from __future__ import annotations

from newsjson.extractors.quotes import find_quotes
from newsjson.extractors.record import Quote


def indirect(text: str) -> list[Quote]:
    return [q for q in find_quotes(text) if q.kind == "indirect"]


def check_offsets(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert text[q.start:q.end] == q.text
        for span in (q.cue, q.speaker_mention):
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_participle_after_a_comma_inside_the_closing_mark() -> None:
    # American punctuation puts the comma inside the mark; the participle
    # after it still goes on with the sentence's subject
    text = ('Coach Marta Quell called the new training ground "a gift," telling parents after the '
            'Saturday match that she hopes the juniors will "use every inch of it."')
    quotes = find_quotes(text)
    check_offsets(text, quotes)
    telling = next(q for q in indirect(text) if q.cue is not None and q.cue.text == "telling")
    assert telling.text.startswith("that she hopes")
    assert telling.speaker_mention is not None and telling.speaker_mention.text == "Coach Marta Quell"


def test_adding_after_a_quoted_word_and_its_comma() -> None:
    text = ('On Tuesday, Ms. Quennell, who manages the town library, told volunteers that worries about the '
            'budget were "misplaced," adding that the reading room would "stay open all winter."')
    adding = next(q for q in indirect(text) if q.cue is not None and q.cue.text == "adding")
    assert adding.speaker_mention is not None and adding.speaker_mention.text == "Ms. Quennell"


def test_according_to_a_source_without_an_article() -> None:
    text = "According to school inspectors, the east wing can reopen after the spring break."
    (q,) = indirect(text)
    assert q.text == "the east wing can reopen after the spring break."
    assert q.speaker_mention is not None and q.speaker_mention.text == "school inspectors"


def test_according_to_a_bare_source_at_the_end_stops_before_its_qualifier() -> None:
    text = "The bakery chain will shut four of its nine shops, according to managers close to the owners."
    (q,) = indirect(text)
    assert q.text == "The bakery chain will shut four of its nine shops"
    assert q.speaker_mention is not None and q.speaker_mention.text == "managers"


def test_according_to_after_a_colon_opens_its_sentence() -> None:
    text = "The change was easy to see: According to ticket counts, far more families came to the fair this year."
    (q,) = indirect(text)
    assert q.text == "far more families came to the fair this year."
    assert q.speaker_mention is not None and q.speaker_mention.text == "ticket counts"


def test_clause_between_commas_before_an_inverted_cue_is_what_was_said() -> None:
    text = ("Once the snow melts in the hills, a season the farmers dread, the river will be high, "
            "said Nadia Orrin, a hydrologist at the county office.")
    (q,) = indirect(text)
    assert q.text.endswith("the river will be high")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Nadia Orrin"


def test_police_as_a_bare_subject_after_the_report() -> None:
    text = "Late on Sunday, two teenagers were found asleep on the roof of the old water tower, police said."
    (q,) = indirect(text)
    assert q.text == "Late on Sunday, two teenagers were found asleep on the roof of the old water tower"
    assert q.speaker_mention is not None and q.speaker_mention.text == "police"


def test_cue_set_off_by_commas_inside_the_sentence_it_reports() -> None:
    text = "Honestly, he said, the sourdough tastes better on the second day."
    (q,) = indirect(text)
    assert q.text == text
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker_mention is not None and q.speaker_mention.text == "he"


def test_inverted_cue_set_off_by_commas() -> None:
    text = "Without rain, said Tomas Kittredge, the orchard will lose half its apples."
    (q,) = indirect(text)
    assert q.text == text
    assert q.speaker_mention is not None and q.speaker_mention.text == "Tomas Kittredge"


def test_a_question_put_in_the_passive_opens_the_sentence() -> None:
    text = "Asked whether the museum would charge for entry, Odell said the trustees were still counting visitors."
    asked, said = indirect(text)
    assert asked.text == "whether the museum would charge for entry"
    assert asked.speaker_mention is None  # (no one in the sentence put the question)
    assert said.text == "the trustees were still counting visitors."
    assert said.speaker_mention is not None and said.speaker_mention.text == "Odell"


def test_a_question_put_by_someone_named_after_asked() -> None:
    text = "When asked by a student whether the exam dates would move, Principal Okonjo smiled and changed the subject."
    (q,) = indirect(text)
    assert q.text == "whether the exam dates would move"
    assert q.speaker_mention is not None and q.speaker_mention.text == "a student"


def test_asked_after_an_adverb_is_no_question_opening() -> None:
    text = "The keeper was once asked why the lamp on the point never failed. She said it was mostly patience."
    # ("once" is an adverb here, not "when": the question is reported as before)
    assert any(q.text.startswith("why the lamp on the point never failed") for q in indirect(text))


def test_an_outlet_with_its_article_after_the_report() -> None:
    text = "The choir will tour three valley towns in June, the Pellridge Courier reported."
    (q,) = indirect(text)
    assert q.text == "The choir will tour three valley towns in June"
    assert q.speaker_mention is not None and q.speaker_mention.text.endswith("Pellridge Courier")


def test_object_of_a_verb_of_judging_without_quotation() -> None:
    text = "The referee praised both goalkeepers after the final whistle."
    (q,) = indirect(text)
    assert q.text == "both goalkeepers"  # (the when and where of the act are the writer's)
    assert q.cue is not None and q.cue.text == "praised"
    assert q.speaker_mention is not None and q.speaker_mention.text == "The referee"


def test_object_of_judging_ends_at_the_subjects_next_act() -> None:
    text = "Dr. Albescu, the clinic director, defended the longer opening hours and said the nurses had agreed."
    judged, said = indirect(text)
    assert judged.text == "the longer opening hours"
    assert said.text == "the nurses had agreed."


def test_called_for_reports_what_was_asked_for_but_naming_does_not() -> None:
    (q,) = indirect("Kessock called for a limit on late-night deliveries.")
    assert q.text == "a limit on late-night deliveries"
    assert indirect("Ibbotson called her cat a menace.") == []


def test_passive_judging_has_no_speaker_before_it() -> None:
    assert indirect("The new timetable was criticized by commuters.") == []


def test_judged_object_skips_a_name_inside_a_longer_subject() -> None:
    text = "The council of Marrowby Chess Club president Vera Pellew has firmly defended its ranking rules."
    assert all(q.speaker_mention is None or "Vera Pellew" not in q.speaker_mention.text for q in find_quotes(text))


def test_judged_object_with_a_cue_inside_gives_way_to_it() -> None:
    # ('cited two neighbours as saying so': what they said is the report, not whom it cites)
    assert indirect("The inspector cited two neighbours as saying so.") == []


def test_subject_with_an_apposition_before_the_cue_is_not_inverted() -> None:
    text = ('Vell, the author of "Small Harvests," a guide to allotments, said the years when every family '
            'grew its own "winter greens" are over.')
    said = next(q for q in indirect(text) if q.cue is not None and q.cue.text == "said")
    assert said.text.startswith("the years when every family")
    assert said.speaker_mention is not None and said.speaker_mention.text == "Vell"


def test_speaker_before_an_aside_with_commas_of_its_own() -> None:
    text = "Castellan, during a visit to the tram depot in Brackenfield, Lower Marsh, said he would order new cars."
    (q,) = indirect(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Castellan"


def test_speaker_before_a_relative_aside_naming_a_firm() -> None:
    text = "Ms. Brisco, whose bakery, Crumbwell, supplies three cafes, said the price of flour had doubled."
    (q,) = indirect(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ms. Brisco"


def test_opening_phrase_of_time_is_no_subject_before_an_aside() -> None:
    text = "One evening in 1987, after the concert, outside the hall, Lisle said the band would split."
    (q,) = indirect(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Lisle"


def test_inverted_reads_after_a_quote_is_a_cue() -> None:
    text = '"The new bus shelters leak like old boots," reads a Monday column in the Pellridge Courier.'
    (q,) = find_quotes(text)
    assert q.cue is not None and q.cue.text == "reads"
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith("a Monday column")


def test_participle_after_by_is_spoken_by_the_subject_of_its_verb() -> None:
    text = 'After the count he opened by saying, "We owe the volunteers a proper party."'
    (q,) = find_quotes(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "he"


def test_a_verb_of_the_writers_choosing_before_a_comma_and_a_quote() -> None:
    text = 'At the bake sale, Rosa Ibbotson shrugged, "If the scones run out, blame my brother."'
    (q,) = find_quotes(text)
    assert q.cue is not None and q.cue.text == "shrugged"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Rosa Ibbotson"


def test_opening_phrases_with_by_like_and_early_before_the_subject() -> None:
    for text, who in (
        ("By the end of the week, Ms. Tessel had repainted the gym and said that the floor would be next.",
         "Ms. Tessel"),
        ('Early in the season, Bram Tessel teased the rival captain, calling him "the slowest man on grass."',
         "Bram Tessel"),
    ):
        q = find_quotes(text)[0]
        assert q.speaker_mention is not None and q.speaker_mention.text == who, text


def test_clause_of_several_short_quoted_phrases_is_reported_whole() -> None:
    # (mostly quoted, yet no one phrase stands for the clause)
    text = ('Okonjo said the new canteen menu was "too salty by half," "served cold most days," '
            'and "a bad deal for pupils."')
    (clause,) = indirect(text)
    assert clause.text.startswith("the new canteen menu was")
    assert sum(q.kind == "partial" for q in find_quotes(text)) == 3


def test_writers_participle_after_a_comma_inside_the_closing_mark_ends_the_clause() -> None:
    text = 'Ms. Arkwell said the weather forecast was a "guess," describing the local station as badly underfunded.'
    said = next(q for q in indirect(text) if q.cue is not None and q.cue.text == "said")
    assert said.text == 'the weather forecast was a "guess,"'


def test_according_to_after_a_reported_clause_is_the_writers_source() -> None:
    text = "Vennick said the library roof needed new tiles, according to two volunteers."
    (q,) = indirect(text)
    assert q.text == "the library roof needed new tiles"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Vennick"


def test_short_quoted_phrase_ending_a_clause_before_according_to_keeps_the_clause_speaker() -> None:
    text = 'Ellery told the players the cup was "in the bag," according to a video of the team dinner.'
    clause = indirect(text)[0]
    assert clause.text == 'the cup was "in the bag,"'
    for q in find_quotes(text):
        assert q.speaker_mention is not None and q.speaker_mention.text == "Ellery"


def test_a_polls_share_speaks_for_its_group() -> None:
    for text, share in (
        ("In the parents' survey, 62% say lunch breaks are too short.", "62%"),
        ("Three in 10 members said the pool was too cold, while eight in 10 said the changing rooms needed work.",
         "eight in 10"),
    ):
        q = indirect(text)[-1]
        assert q.speaker_mention is not None and q.speaker_mention.text == share, text


def test_a_clause_is_no_subject_for_a_quoted_phrase_without_a_cue() -> None:
    text = 'The orchard\'s poor harvest cannot be traced to "one cold night in April."'
    (q,) = find_quotes(text)
    assert q.speaker_mention is None


def test_a_share_of_a_people_is_no_person_in_focus() -> None:
    from newsjson.extractors.speakers import attribute_speakers

    text = ('"We will open a second library," Ada Kessock said on Tuesday.\n\n'
            "The vast majority say they would rather have longer hours at the old one, according to a town survey.")
    quotes, _ = attribute_speakers(text, find_quotes(text))
    share = next(q for q in quotes if q.text.startswith("they would rather"))
    assert share.speaker is None


def test_object_of_a_judging_participle() -> None:
    for text, obj, who in (
        ("The two schools dropped the joint sports day, citing the cost of buses.", "the cost of buses",
         "The two schools"),
        ("Quist won the vote by criticizing the short opening hours.", "the short opening hours", "Quist"),
        ('"The garden was never meant to be a car park," she continued, citing the residents who had planted it.',
         "the residents who had planted it", "she"),
    ):
        q = next(q for q in indirect(text) if q.cue is not None and q.cue.text.endswith("ing"))
        assert q.text == obj, text
        assert q.speaker_mention is not None and q.speaker_mention.text == who, text


def test_judging_participle_skips_a_name_inside_a_longer_subject() -> None:
    text = ("The council of Marrowby Rowing Club captain Jun Marsk has rejected the complaint, "
            "accusing rival clubs such as Pellridge of using it to delay the regatta.")
    assert all(q.speaker_mention is None or "Marsk" not in q.speaker_mention.text for q in find_quotes(text))


def test_called_on_reports_what_was_asked_of_whom() -> None:
    (q,) = indirect("On Monday, Kessock called on the park warden to fix the broken swings.")
    assert q.text == "the park warden to fix the broken swings"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Kessock"


def test_as_a_source_noted_opens_the_sentence_it_reports() -> None:
    text = "But as Greta Ellery noted, the beans will sprout only if the soil stays warm."
    (q,) = indirect(text)
    assert q.text == "the beans will sprout only if the soil stays warm."
    assert q.speaker_mention is not None and q.speaker_mention.text == "Greta Ellery"


def test_as_a_source_observed_leaves_a_quotation_to_itself() -> None:
    text = 'Yet, as Ms. Tessel observed, on the first morning of a new term, "who could tell the twins apart?"'
    assert indirect(text) == []


def test_according_to_after_an_opening_word() -> None:
    (q,) = indirect("Meanwhile, according to the organisers, some forty food stalls will line the square.")
    assert q.text == "some forty food stalls will line the square."
    assert q.speaker_mention is not None and q.speaker_mention.text == "the organisers"


def test_according_to_set_off_after_the_subject_reports_the_whole_sentence() -> None:
    text = "Attendance, according to the museum, has doubled since the new wing opened."
    (q,) = indirect(text)
    assert q.text == text
    assert q.speaker_mention is not None and q.speaker_mention.text == "the museum"


def test_a_question_asked_by_the_second_verb_of_a_subject() -> None:
    (q,) = indirect("She tasted the soup and checked the bread and asked the cooks if they needed more salt.")
    assert q.text == "if they needed more salt."
    assert q.speaker_mention is not None and q.speaker_mention.text == "She"


def test_spoke_about_reports_what_was_spoken_of() -> None:
    (q,) = indirect("Ekberg spoke about the joy of growing beans with small children.")
    assert q.text == "the joy of growing beans with small children"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ekberg"
    assert indirect("Ekberg spoke at the library on Thursday.") == []


def test_pointed_to_reports_what_was_cited() -> None:
    (q,) = indirect("As evidence, he pointed to the empty shelves in the school kitchen.")
    assert q.text == "the empty shelves in the school kitchen"
    assert q.speaker_mention is not None and q.speaker_mention.text == "he"
    assert indirect("The old sign pointed to be honest nowhere at all.") == []
