"""What the quote finders ask of the text around a speech cue.

The cues of one text, found once and looked up by range; the speaker a cue names
("said Ana Ruiz", "according to the ministry"); word counts of a range.  Shared by
the direct-quote finder (quotes.py) and the reported-speech finder (reported.py).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .cues import EVIDENCE_NOUNS, PARTICLE_VERB_FORMS, SPEECH_VERB_FORMS, speech_verbs
from .mentions import Mention, sentence_subject, subject_after, subject_before

WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
# Nouns for documents that "say" things on an outlet's behalf ("a commentary in
# the party newspaper read", "the ministry's statement said").
_DOCUMENT_NOUNS = frozenset(
    "statement commentary editorial report article letter release post tweet column "
    "op-ed memo notice communique communiqué announcement filing complaint lawsuit "
    "ruling order document message email readout transcript".split())
# "... read in the party newspaper Rodong Sinmun," / "a statement from the ministry"
_PUBLISHED_IN = re.compile(
    r"\s*(?:(?:published|carried|issued|released|posted)\s+)?(?:in|by|from|on)\s+([^,;:.!?\n\"\u201c\u201d]{2,90})")
_LAST_CAP_RUN = re.compile(r"(?:[A-Z][\w'\u2019.\-]*(?:\s+|$))+\s*$")
# Words before a verb form that make it adjectival ("its alleged abuses") or
# passive ("were said to"), not a cue.
_DETERMINERS_BEFORE = frozenset("its his her their the a an our my your widely long".split())
_AUXILIARIES_BEFORE = frozenset("is are was were be been being".split())
PASSIVE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_AUXILIARIES_BEFORE)) + r")\s+$", re.IGNORECASE)
# One search for both (group 1: a determiner), as the word right before the verb can be only one of them.
_DETERMINER_OR_AUXILIARY_BEFORE = re.compile(
    r"\b(?:(" + "|".join(sorted(_DETERMINERS_BEFORE)) + ")|" + "|".join(sorted(_AUXILIARIES_BEFORE)) + r")\s+$",
    re.IGNORECASE)


def _determiner_or_auxiliary_before(text: str, a: int) -> str | None:
    """"determiner" or "auxiliary" for the word before the spaces before a, as
    _DETERMINER_OR_AUXILIARY_BEFORE finds it in the 12 characters before a;
    else None.  (An ASCII word is looked up in a set: the pattern, tried at
    each of the 12 places, costs more than the word it reads.)"""
    lo = max(0, a - 12)
    end = a
    while end > lo and text[end - 1].isspace():
        end -= 1
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    word = text[start:end]
    if not word.isascii():
        found = _DETERMINER_OR_AUXILIARY_BEFORE.search(text, lo, a)
        return None if found is None else "determiner" if found.group(1) else "auxiliary"
    if end == a or start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return None  # no space before a, or a word that starts before the 12 characters
    low = word.lower()
    return "determiner" if low in _DETERMINERS_BEFORE else "auxiliary" if low in _AUXILIARIES_BEFORE else None


# Speech verbs that are also common nouns: a cue only in a past or -ing form,
# or right after a pronoun or name ("she states", not "member states").
_NOUNISH = frozenset(
    "state post report claim answer call charge promise pledge tweet remark comment reply "
    "counter object figure point read put thank praise cheer chant boom label brand dub "
    "note estimate protest demand vow joke quip boast sniff snap question concern order "
    "warn request respond show find echo bark beam laugh sigh groan press credit fault taunt roar scream text email rant gripe thunder".split())
_THAT_NEXT = re.compile(r"\s+that\b")
_POSSESSIVE_BEFORE = re.compile(r"(?:['\u2019]s|s['\u2019])\s+$")
_SUBJECT_RIGHT_BEFORE = re.compile(
    r"(?:\b(?:he|she|they|it|we|I|who|also)|[A-Z][\w'\u2019.\-]*[a-z],?)\s+$"
    # right after a quote: '"...," the suit reads', '"...," a campaign statement charges'
    r"|[,.!?][\"\u201d\u2019']\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'\u2019\-]+\s+){1,2}(?:(?:in|of|on|from)\s+(?:the|a|an|his|her|its|their)\s+[\w'\u2019\-]+\s+)?$")
# the verb of an inverted attribution right after a quote: '"...," reads a
# Monday column', '"...," charges the club's newsletter'
_TO_AFTER = re.compile(r"\s+to\s+(?!be\b|have\b|[a-z]+ly\b)")
_QUOTE_CLOSED_BEFORE = re.compile("[,.!?][\"\u201d\u2019']\\s+$")
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|one)\s")
OBJECT_VERBS = frozenset("tell inform remind assure warn ask advise instruct".split())
_PRONOUN_OBJECT_AFTER = re.compile(r"\s+(?:it|him|her|them|us|me|himself|herself|themselves|itself)\b")


@dataclass
class Found:
    """One quote before it becomes a record."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None
    mention: Mention | None = None


# A determiner, perhaps with an adjective, before an -ing form makes it a noun.
_NOUN_ING_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)\s+"
    r"(?:[a-z]+(?:ive|ful|ous)\s+)?$")


class Cues:
    """The speech cues of one text, found once and looked up by range."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [c for c in speech_verbs(text) if self._is_cue(c)]
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)
        # (cues never overlap, so their ends rise with their starts, and the cues
        # of a range are one slice; checked, as within() relies on it)
        self._ends = [b for _, b in self.spans]
        self._ends_rise = all(x <= y for x, y in zip(self._ends, self._ends[1:]))

    def _is_cue(self, c: tuple[int, int]) -> bool:
        text = self.text
        a, b = c
        words = text[a:b].split()
        verb = words[0].lower()
        if words[0][0].isupper() and not _opens_sentence(text, a):
            return False  # a capitalised word inside a sentence names something: "the United States", "the Post"
        base = SPEECH_VERB_FORMS.get(verb) or PARTICLE_VERB_FORMS.get(verb)
        if base is None:
            return verb == "according"
        if base in ("point", "sum") and len(words) == 1 and not (base == "point" and _TO_AFTER.match(text, b)):
            return False  # ("pointed to the empty shelves": what was cited)
        if base in ("show", "find") and evidence_subject(text, max(0, a - 120), a):
            return not PASSIVE_BEFORE.search(text, max(0, a - 12), a)  # "the poll shows"
        if base in _NOUNISH and not verb.endswith(("ed", "ing")) and verb not in ("said", "told", "wrote", "put", "read") \
                and not _SUBJECT_RIGHT_BEFORE.search(text, max(0, a - 30), a) \
                and not _PRONOUN_OBJECT_AFTER.match(text, b) \
                and not (_QUOTE_CLOSED_BEFORE.search(text, max(0, a - 4), a) and _DETERMINER_AFTER.match(text, b)):
            # ("the paper calls it", "Ana Ruiz, an aide, calls him": a verb)
            return False  # "member states", "a blog post", "news reports"
        if base in _NOUNISH and _POSSESSIVE_BEFORE.search(text, max(0, a - 4), a) \
                and not _THAT_NEXT.match(text, b):
            return False  # "Mr. Kent's remarks on Sunday": a noun owned by someone ("Hale's claim that" reports)
        if words[0].endswith("ing") and _NOUN_ING_BEFORE.search(text, max(0, a - 30), a):
            return False  # "a persuasive writing tutor", "the warning": a noun, no act of speech
        if text[b:b + 1] in ("-", "\u2011"):
            return False  # think-tank
        if text[a - 1:a] in ("-", "\u2011"):
            return False  # so-called, self-described
        before = _determiner_or_auxiliary_before(text, a)
        if before == "determiner":
            return False  # its alleged abuses
        # "were said to be": passive, nobody speaks; "is telling" is active
        return words[0].endswith("ing") or before is None

    def starts_in(self, lo: int, hi: int) -> bool:
        """Whether some cue starts in [lo, hi)."""
        return bisect.bisect_left(self.starts, lo) < bisect.bisect_left(self.starts, hi)

    def beside(self, open_mark: int, close_end: int) -> bool:
        """Whether some cue could stand next to a quotation: within two words
        after its close, or right before its opening mark past spaces, commas and
        colons (the two shapes _quote_in_paragraph calls adjacent)."""
        text = self.text
        i = bisect.bisect_left(self.starts, close_end)
        # (the first cue after is the nearest: words of a range never drop as it grows)
        if i < len(self.spans) and not has_words(text, close_end, self.starts[i], 3):
            return True
        p = open_mark
        while p > 0 and text[p - 1] in " ,:":
            p -= 1
        j = bisect.bisect_left(self.starts, open_mark) - 1
        while j >= 0 and self.starts[j] >= p - self.longest:
            if p <= self.spans[j][1] <= open_mark:
                return True
            j -= 1
        return False

    def within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The cues from the first that starts at lo or after, up to the first
        that ends after hi."""
        i = bisect.bisect_left(self.starts, lo)
        if self._ends_rise:
            return self.spans[i:max(i, bisect.bisect_right(self._ends, hi))]
        out = []
        while i < len(self.spans) and self.spans[i][1] <= hi:
            out.append(self.spans[i])
            i += 1
        return out
AND_END = re.compile(r"(?:^|[\s,])and$")
_SENTENCE_LEAD = " \t\u00a0\"'\u201c\u2018(["


def _opens_sentence(text: str, pos: int) -> bool:
    """Nothing but space, opening marks or brackets between pos and the end
    of the sentence, line or heading before it."""
    i = pos
    while i > 0 and text[i - 1] in _SENTENCE_LEAD and pos - i < 8:
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;\n\u2014\u2013-"


# A verb inside a phrase read as the subject of an infinitive cue: "The email
# goes on to [say]", "Ruiz was prompted to [say]"
_VERB_IN_PHRASE = re.compile(
    r"\s(?:is|was|are|were|goes|went|has|had|have|seems|seemed|appears|appeared|continues|continued|"
    r"wants|wanted|tried|tries|began|begins|decided|refused|needs|needed|plans|planned|hopes|hoped|"
    r"used|prompted|forced|expected|got|gets)\b")
_RELATIVE_LEAD = re.compile(r"(?:that|which|who)\s+")


def _infinitive_subject(text: str, lo: int, cue: tuple[int, int], m: Mention) -> Mention | None:
    """The subject of an infinitive cue that the mention reader took with the
    words before it ("The email goes on to", "the radio overnight to"): the
    phrase before its verb, else the sentence's subject before the phrase."""
    verb = _VERB_IN_PHRASE.search(text, m.start, m.end)
    if verb is not None:
        start = m.start
        rel = _RELATIVE_LEAD.match(text, start, verb.start())
        if rel:
            start = rel.end()  # "that Ruiz was prompted to"
        if has_words(text, start, verb.start(), 1):
            shape = "name" if text[start:start + 1].isupper() and not text[start:verb.start()].split()[0].lower() in ("the", "a", "an") else "description"
            return Mention(start, verb.start(), shape, start if shape == "name" else -1, verb.start() if shape == "name" else -1)
        return None
    sub = sentence_subject(text, lo, cue[0])
    return sub if sub is not None and sub.end <= m.start else None  # "Ruiz took to the radio to accuse"


def speaker_at(text: str, lo: int, hi: int, cue: tuple[int, int], inverted: bool = True) -> Mention | None:
    """The speaker mention of a cue: before it ("she said"), after it ("said
    she", "according to the ministry"; unless ``inverted`` is False), or the
    outlet of a document."""
    word = text[cue[0]:cue[1]]
    if word.lower().startswith("according"):
        return according_source(text, cue[1], hi)
    m = subject_before(text, lo, cue[0])
    if m is not None and _INFINITIVE_END.search(text, m.start, m.end):
        m = _infinitive_subject(text, lo, cue, m)
    base = SPEECH_VERB_FORMS.get(word.split()[0].lower(), "")
    if m is None and inverted and (base not in OBJECT_VERBS or not text[lo:cue[0]].strip(" ,\"'\u201d\u2019")):
        # '"...?" asked Sen. Jo Kent': right after the quote, the words after
        # "asked" or "warned" are its speaker, not its object
        m = subject_after(text, cue[1], hi)
    if m is not None and m.shape == "description":
        # (a document that opens its own clause before a finite cue speaks itself:
        # '..., and the audit says the club "..."'; not the sentence's subject)
        own = not word.endswith("ing") and _CLAUSE_OPENS_BEFORE.search(text, max(lo, m.start - 6), m.start)
        m = _document_outlet(text, m, cue, hi) or (None if own else document_issuer(text, lo, m)) or m
    elif m is not None and text[m.start:m.end].lower() in ("that", "which"):
        m = document_issuer(text, lo, m) or m
    return m


# "according to estimates by X", "according to figures from X": the work, then its author
_WORK_BY = re.compile(r"\s+(?:[a-z][\w\-]*\s+){1,3}?(?:by|from)\b")


def according_source(text: str, pos: int, hi: int) -> Mention | None:
    """The source after "according to": a name, the author of a bare plural
    work, or the work or group itself."""
    m = subject_after(text, pos, hi)
    if m is None:
        by = _WORK_BY.match(text, pos, hi)
        if by:
            m = subject_after(text, by.end(), hi)
    if m is None:
        bare = _BARE_SOURCE.match(text, pos, hi)
        if bare and not any(w in _NOT_SOURCE_WORDS for w in bare.group(1).split()):
            m = Mention(bare.start(1), bare.end(1), "description")
    return m


# "according to school inspectors", "according to rough counts by volunteers":
# a source with no article (its head words: up to a preposition, a relative or
# a participle, or the comma that ends the phrase)
_BARE_SOURCE = re.compile(
    r"\s+((?:[a-z0-9][\w'\u2019\-]*\s+){0,3}?[a-z][\w\-]*)"
    r"(?=\s*[,.;:]|\s*$|\s+(?:of|from|for|by|in|at|on|with|to|who|that|which|familiar|close|released|conducted"
    r"|tallied|filed|obtained|published|compiled|cited|seen|reviewed)\b)")
_NOT_SOURCE_WORDS = frozenset(
    "him her them us me it this that these those what which who whom some one".split())


_INFINITIVE_END = re.compile(r"[a-z]\s+to$")
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:[,;]|\band|\bbut)\s+$")
_VERB_BEFORE = re.compile(r"\b([a-z]+ed)\s+$")
_ISSUED_DOCUMENT = re.compile(
    r"\b(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}(" + "|".join(sorted(_DOCUMENT_NOUNS | {"video", "ad", "memo"}))
    + r")s?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday"
    r"|tonight|(?:last|this|earlier|late)\s+(?:week|month|year|night|morning|evening|weekend)))?\s*,?\s*$", re.IGNORECASE)


def document_issuer(text: str, lo: int, m: Mention) -> Mention | None:
    """"Kent issued a statement saying", "she released a video that said":
    a document that is the object of the sentence speaks for its subject."""
    end = m.end if text[m.start:m.end].lower() not in ("that", "which") else m.start
    doc = _ISSUED_DOCUMENT.search(text, max(lo, end - 60), end)
    if doc is None or doc.start() <= lo or not text[lo:doc.start()].strip():
        return None  # "The statement said": the document opens the sentence
    sub = sentence_subject(text, lo, doc.start())
    verb = _VERB_BEFORE.search(text, max(lo, doc.start() - 30), doc.start()) if sub is None else None
    if verb is not None:
        # an opening phrase with a comma of its own ('On Friday, to no one's
        # surprise, the union posted a letter'): the subject of the verb
        sub = subject_before(text, lo, verb.start(1))
    if sub is None or sub.start >= doc.start() or sub.shape == "description" and _ISSUED_DOCUMENT.search(text, sub.start, sub.end):
        return None
    return sub


def _document_outlet(text: str, m: Mention, cue: tuple[int, int], hi: int) -> Mention | None:
    """"a commentary read in the party newspaper Rodong Sinmun" -> the outlet."""
    words = text[m.start:m.end].lower().split()
    if not words or words[-1].strip(".,") not in _DOCUMENT_NOUNS:
        return None
    pm = _PUBLISHED_IN.match(text, cue[1], hi)
    if not pm:
        return None
    np_text = pm.group(1)
    run = _LAST_CAP_RUN.search(np_text)
    if not run:
        return None
    s = pm.start(1) + run.start()
    e = s + len(run.group(0).rstrip())
    while e > s and text[e - 1] in ".,'\u2019":
        e -= 1
    return Mention(s, e, "name", s, e) if e > s else None


def word_count(text: str, a: int, b: int) -> int:
    return len(WORD.findall(text, a, b))


# Whether a range holds at least n words, decided by its first n: most tests ask
# for two or three words of a clause hundreds of characters long.  The same
# words as WORD: possessive quantifiers keep each word whole (no backtracking
# splits "plan" into "pla" and "n"), and only [\W_] lies between two words.
_AT_LEAST = {n: re.compile(r"(?:[\W_]*+[^\W_]++(?:['\u2019][^\W_]++)*+){%d}" % n) for n in (1, 2, 3, 4, 9, 15, 26)}


def has_words(text: str, a: int, b: int, n: int) -> bool:
    return _AT_LEAST[n].match(text, a, b) is not None


def words_up_to(text: str, a: int, b: int, cap: int) -> int:
    """The words of a range counted no further than cap: a test that asks only
    whether there are at most 3 (or 8) words stops reading there.  (A range of
    cap words or more, as most quotes are, is told by one match; only a shorter
    one has its words counted.)"""
    if has_words(text, a, b, cap):
        return cap
    return len(WORD.findall(text, a, b))
_WORDS = re.compile(r"[A-Za-z]+")


def evidence_subject(text: str, s_lo: int, cue_start: int) -> bool:
    """The words before the verb name a poll, study, report or record."""
    words = _WORDS.findall(text, max(s_lo, cue_start - 120), cue_start)[-12:]
    return any(w.lower() in EVIDENCE_NOUNS for w in words)


# A sentence that opens on a subordinator and a participle cue: "After saying
# the pier was safe, the mayor closed it": the main clause's subject spoke.
_OPENING_SUBORDINATOR = re.compile(r"(?:After|Before|While|Since|Despite|Without|Upon|Besides)\s+$")


def opening_participle_speaker(text: str, s_lo: int, s_hi: int, cue: tuple[int, int]) -> Mention | None:
    """The subject after the opening phrase, when the cue is the participle
    right after the sentence's first word ("After insisting ..., Hale ...")."""
    if text[cue[1] - 3:cue[1]] != "ing" or cue[0] - s_lo > 12 \
            or not _OPENING_SUBORDINATOR.fullmatch(text, s_lo, cue[0]):
        return None
    comma = text.find(",", cue[1], min(s_hi, cue[1] + 300))
    while comma >= 0:
        pos = comma + 1
        while pos < s_hi and text[pos] in "\"\u201d\u2019'":
            pos += 1  # (a comma inside the quoted words: 'saying it was "safe,"')
        run = text[cue[1]:pos]
        if run.count("\u201c") == run.count("\u201d") and run.count('"') % 2 == 0:
            return sentence_subject(text, pos, s_hi)
        comma = text.find(",", pos, min(s_hi, cue[1] + 300))
    return None
