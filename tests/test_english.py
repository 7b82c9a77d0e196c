"""Speakers are named in English text only: in German every noun is capitalised."""
from newsjson.extractors.english import reads_as_english
from newsjson.extractors.quotes import find_quotes
from newsjson.extractors.speakers import attribute_speakers


def _speakers(text: str) -> list[str | None]:
    quotes, _ = attribute_speakers(text, find_quotes(text))
    return [q.speaker for q in quotes]


def test_english_prose_reads_as_english() -> None:
    assert reads_as_english("The council voted on Tuesday, and the mayor said that the bridge would open in May.")


def test_a_lone_quoted_sentence_reads_as_english() -> None:
    assert reads_as_english('"Yes," Kim said.')
    assert reads_as_english("")


def test_other_languages_do_not_read_as_english() -> None:
    assert not reads_as_english("Die Stadt hat die Brücke am Montag eröffnet, und der Bürgermeister ist zufrieden.")
    assert not reads_as_english("Le conseil a voté le budget mardi et la maire est satisfaite du résultat.")
    assert not reads_as_english("El consejo votó el presupuesto el martes y la alcaldesa está contenta.")
    assert not reads_as_english("市议会周二通过了预算，市长表示大桥将在五月开通。")


def test_english_words_quoted_in_german_copy_do_not_make_it_english() -> None:
    assert not reads_as_english(
        "Der Sänger hat sein neues Album vorgestellt. Die erste Single heißt „Hold the Line“ und ist "
        "seit Freitag auf allen Plattformen zu hören, die Tour beginnt im März in Hamburg.")


def test_capitalised_german_nouns_are_no_speakers() -> None:
    # Read as English, the sentence's subject would speak: "Erweiterung der Schule".
    text = ("Die Sanierung und die Erweiterung der Schule seien dringend und „seit vielen Jahren "
            "überfällig“ gewesen, heißt es im Bericht.")
    assert _speakers(text) == [None]


def test_a_german_description_is_not_resolved_as_a_name() -> None:
    text = ("Der Bürgermeister der Gemeinde Oberfeld, Paul Kranz, bestätigte die Pläne. "
            "„Wir bauen im Frühjahr.“")
    assert _speakers(text) == [None]


def test_english_quotes_keep_their_speakers() -> None:
    text = 'The library reopened on Monday. "We missed our readers," said Ana Ruiz, the head librarian.'
    assert _speakers(text) == ["Ana Ruiz"]


def test_words_are_counted_alike_with_and_without_marks_outside_ascii() -> None:
    # The quick count (ASCII letters, curly marks and dashes as spaces) and the
    # word pattern's count agree; a letter outside ASCII takes the pattern's way.
    from newsjson.extractors.english import _ENGLISH, _OTHER, _WORD, _counts

    for sample in ("\u201cThey\u2019re back,\u201d she said \u2014 and the\u00a0mayor\u2026 agreed \u00abthat\u00bb it was over.",
                   "The board said it would meet in M\u00fcnchen, and that the plan was not final.",
                   "Der Rat hat \u201edie\u201c Pl\u00e4ne und die Kosten nicht gepr\u00fcft, sagte sie."):
        words = _WORD.findall(sample.lower())
        expected = (sum(w in _ENGLISH for w in words), sum(w in _OTHER or not w.isascii() for w in words))
        assert _counts(sample) == expected
