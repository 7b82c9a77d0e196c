"""Find quotes in an article body: direct, partial and indirect (reported) speech,
each with its cue and the speaker mention tied to the cue.

Usable alone: ``find_quotes(text)`` on any string; offsets point into it.
Speaker names are resolved later, by ``speakers.attribute_speakers``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import islice

from .cues import ADVERBS, PARTICLE_VERB_FORMS, CLAUSE_PARTICLE_VERBS, CLAUSE_VERBS, EVIDENCE_NOUNS, EVIDENCE_VERBS, NEEDS_THAT, SPEECH_VERB_FORMS, speech_verbs
from .mentions import NOT_NAMES, Mention, sentence_subject, subject_after, subject_before, tokens
from .quote_marks import QuotedSpan, find_quoted_spans, paragraph_spans
from .record import Quote, Span
from .sentences import sentence_spans

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
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
# Words before a verb form that make it passive or adjectival, not a cue:
# "were said to", "its alleged abuses".
_NOT_CUE_BEFORE = re.compile(
    r"\b(?:its|his|her|their|the|a|an|our|my|your|widely|long)\s+$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)
# Speech verbs that are also common nouns: a cue only in a past or -ing form,
# or right after a pronoun or name ("she states", not "member states").
_NOUNISH = frozenset(
    "state post report claim answer call charge promise pledge tweet remark comment reply "
    "counter object figure point read put thank praise cheer chant boom label brand dub "
    "note estimate protest demand vow joke quip boast sniff snap question concern order "
    "warn request respond show find echo bark beam laugh sigh groan press credit fault taunt roar scream text email rant gripe thunder".split())
_THAT_NEXT = re.compile(r"\s+that\b")
_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:after|when|because|as|since|while|before|if|though|although|once|until)\s+(he|she|they|we|I)\s")
_FINITE_VERB = re.compile(
    r"\b(?:is|was|are|were|has|had|have|would|will|could|should|can|may|might|must|did|does|"
    r"isn['\u2019]t|wasn['\u2019]t|aren['\u2019]t|weren['\u2019]t|won['\u2019]t|wouldn['\u2019]t)\b")
_QUOTING_PARTICIPLE = re.compile(
    "(?:,\\s+)(?:calling|adding|saying|noting|describing|labeling|labelling|dubbing|insisting|arguing|warning)"
    "\\b[^\"\u201c\u201d]{0,60}[\"\u201c]")
# '..., while chanting, "..."', 'before adding: "..."': a participle of the subject's
_WHILE_END = re.compile(r"(?:^|[\s,])(?:while|before|after|when|by)$")
_ASIDE_AFTER_QUOTE = re.compile("[\"\u201d\u2019],?\\s+(?:\\(|\u2014|--|\u2013|-\\s)")
_SUBORDINATE_PARTICIPLE = re.compile(r"\b(?:despite|after|before|while|since|without|when|though|although)\s+$")
_CUE_AND_COMMA = re.compile(
    r"\b(?:said|says|added|adds|replied|replies|answered|answers|responded|responds|asked|asks|told\s+\w+)\s*,\s*$")
_CLAUSE_JOIN = re.compile(r",?\s+(?:and|but)\s|;\s")
_NAMING_VERBS = frozenset("call dub label brand".split())
_AS_SAID = re.compile(",[\"\u201d\u2019']*\\s+as$")
_AND_BEFORE = re.compile(r"(?:^|[\s,])and\s*$")
_LY_BEFORE = re.compile(r"\b[a-z]+ly\s+$")
_POSSESSIVE_END = re.compile(r"(?:['\u2019]s|s['\u2019])$")
_POSSESSIVE_BEFORE = re.compile(r"(?:['\u2019]s|s['\u2019])\s+$")
_SUBJECT_RIGHT_BEFORE = re.compile(
    r"(?:\b(?:he|she|they|it|we|I|who|also)|[A-Z][\w'\u2019.\-]*[a-z],?)\s+$"
    # right after a quote: '"...," the suit reads', '"...," a campaign statement charges'
    r"|[,.!?][\"\u201d\u2019']\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'\u2019\-]+\s+){1,2}$")
_OBJECT_VERBS = frozenset("tell inform remind assure warn ask advise instruct".split())
_PRONOUN_OBJECT_AFTER = re.compile(r"\s+(?:it|him|her|them|us|me|himself|herself|themselves|itself)\b")
_TIME_ADVERBIAL = re.compile(
    r"\s*(?:(?:on|last|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday|tonight|week|weekend|month|year|morning|evening|night)\b,?"
    r"|\s*in\s+an?\s+(?:\w+\s+){0,2}(?:statement|interview|speech|email|post|letter|tweet|"
    r"address|appearance|briefing|conference|call|op-ed|message|remarks)\b,?"
    # an adverb of the act, not of the reported words: 'has said repeatedly "the voters" should ...'
    r"|\s*(?:repeatedly|again|often|publicly|privately|recently|previously|flatly|bluntly|simply|"
    r"frequently|openly|later|earlier|also)\b(?=\s+(?:that\b|[\"\u201c]|[a-z]+\s))", re.IGNORECASE)


@dataclass
class _Found:
    """One quote before it becomes a record."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None
    mention: Mention | None = None


def find_quotes(text: str) -> list[Quote]:
    """Every direct, partial and indirect quote in ``text``, sorted by start;
    ``text[q.start:q.end] == q.text`` for each.  Never raises."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        found = _find(text)
    except (ValueError, IndexError, RecursionError):  # a malformed corner of some page
        return []
    out = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        if not (0 <= f.start < f.end <= len(text)):
            continue
        cue = Span(text[f.cue[0]:f.cue[1]], f.cue[0], f.cue[1]) if f.cue else None
        m = f.mention
        mention = Span(text[m.start:m.end], m.start, m.end) if m else None
        out.append(Quote(text=text[f.start:f.end], kind=f.kind, start=f.start, end=f.end,  # type: ignore[arg-type]
                         cue=cue, speaker_mention=mention))
    return out


# A determiner, perhaps with an adjective, before an -ing form makes it a noun.
_NOUN_ING_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)\s+"
    r"(?:[a-z]+(?:ive|ful|ous)\s+)?$")


class _Cues:
    """The speech cues of one text, found once and looked up by range."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [c for c in speech_verbs(text) if self._is_cue(c)]
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def _is_cue(self, c: tuple[int, int]) -> bool:
        text = self.text
        a, b = c
        words = text[a:b].split()
        if words[0][0].isupper() and not _opens_sentence(text, a):
            return False  # a capitalised word inside a sentence names something: "the United States", "the Post"
        base = SPEECH_VERB_FORMS.get(words[0].lower()) or PARTICLE_VERB_FORMS.get(words[0].lower())
        if base is None:
            return words[0].lower() == "according"
        if base in ("point", "sum") and len(words) == 1:
            return False
        if base in ("show", "find") and _evidence_subject(text, max(0, a - 120), a):
            return not _PASSIVE_BEFORE.search(text, max(0, a - 12), a)  # "the poll shows"
        if base in _NOUNISH and not words[0].lower().endswith(("ed", "ing")) and words[0].lower() not in ("said", "told", "wrote", "put", "read") \
                and not _SUBJECT_RIGHT_BEFORE.search(text, max(0, a - 30), a) \
                and not _PRONOUN_OBJECT_AFTER.match(text, b):
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
        if _NOT_CUE_BEFORE.search(text, max(0, a - 12), a):
            return False  # its alleged abuses
        # "were said to be": passive, nobody speaks; "is telling" is active
        return words[0].endswith("ing") or not _PASSIVE_BEFORE.search(text, max(0, a - 12), a)

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
        if i < len(self.spans) and not _has_words(text, close_end, self.starts[i], 3):
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
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.spans) and self.spans[i][1] <= hi:
            out.append(self.spans[i])
            i += 1
        return out


# a clause of its own between a quote and a later cue: '... "..." and he said'
_COORDINATOR_END = re.compile(r"\s(?:and|but|while|whereas)\s+(?:[A-Z][\w'\u2019.\-]*,?\s+){0,4}$")
_COORDINATOR_WORD = re.compile(r"\s(?:and|but|while|whereas)\s")


def _coordinated(text: str, close_end: int, cue: tuple[int, int]) -> bool:
    """The cue after a quote has a subject of its own, joined by "and" or
    "but": '... "..." and Ms. Roe, she said, ...'."""
    if not _COORDINATOR_WORD.search(text, close_end, cue[0]):
        return False  # (the subject ends before the cue, so no joining word before it, no clause)
    m = subject_before(text, close_end, cue[0])
    return m is not None and bool(_COORDINATOR_END.search(text, close_end, m.start))
_OWN_OBJECT = re.compile(r"\s+(?:that|he|she|they|it|we|I|there|a|an|his|her|their|its)\s")
_COORDINATOR = re.compile(r"(?:but|and|yet)\s")
_AND_END = re.compile(r"(?:^|[\s,])and$")
_SENTENCE_LEAD = " \t\u00a0\"'\u201c\u2018(["


def _opens_sentence(text: str, pos: int) -> bool:
    """Nothing but space, opening marks or brackets between pos and the end
    of the sentence, line or heading before it."""
    i = pos
    while i > 0 and text[i - 1] in _SENTENCE_LEAD and pos - i < 8:
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;\n\u2014\u2013-"


def _speaker_at(text: str, lo: int, hi: int, cue: tuple[int, int], inverted: bool = True) -> Mention | None:
    """The speaker mention of a cue: before it ("she said"), after it ("said
    she", "according to the ministry"; unless ``inverted`` is False), or the
    outlet of a document."""
    word = text[cue[0]:cue[1]]
    if word.lower().startswith("according"):
        return _according_source(text, cue[1], hi)
    m = subject_before(text, lo, cue[0])
    base = SPEECH_VERB_FORMS.get(word.split()[0].lower(), "")
    if m is None and inverted and (base not in _OBJECT_VERBS or not text[lo:cue[0]].strip(" ,\"'\u201d\u2019")):
        # '"...?" asked Sen. Jo Kent': right after the quote, the words after
        # "asked" or "warned" are its speaker, not its object
        m = subject_after(text, cue[1], hi)
    if m is not None and m.shape == "description":
        m = _document_outlet(text, m, cue, hi) or _document_issuer(text, lo, m) or m
    elif m is not None and text[m.start:m.end].lower() in ("that", "which"):
        m = _document_issuer(text, lo, m) or m
    return m


# "according to estimates by X", "according to figures from X": the work, then its author
_WORK_BY = re.compile(r"\s+(?:[a-z][\w\-]*\s+){1,3}?(?:by|from)\b")


def _according_source(text: str, pos: int, hi: int) -> Mention | None:
    """The source after "according to": a name, or the author of a bare plural work."""
    m = subject_after(text, pos, hi)
    if m is None:
        by = _WORK_BY.match(text, pos, hi)
        if by:
            m = subject_after(text, by.end(), hi)
    return m


_ISSUED_DOCUMENT = re.compile(
    r"\b(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}(" + "|".join(sorted(_DOCUMENT_NOUNS | {"video", "ad", "memo"}))
    + r")s?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday"
    r"|tonight|(?:last|this|earlier|late)\s+(?:week|month|year|night|morning|evening|weekend)))?\s*,?\s*$", re.IGNORECASE)


def _document_issuer(text: str, lo: int, m: Mention) -> Mention | None:
    """"Kent issued a statement saying", "she released a video that said":
    a document that is the object of the sentence speaks for its subject."""
    end = m.end if text[m.start:m.end].lower() not in ("that", "which") else m.start
    doc = _ISSUED_DOCUMENT.search(text, max(lo, end - 60), end)
    if doc is None or doc.start() <= lo or not text[lo:doc.start()].strip():
        return None  # "The statement said": the document opens the sentence
    sub = sentence_subject(text, lo, doc.start())
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


# A name signed after a quote by a dash, ending its line (or followed by a role
# after a comma): 'on the wall." ― Ana Ruiz', '"..." — Tom de Hale, 42, a nurse'.
_DASH_SIGNATURE = re.compile(
    r"[ \t\u00a0]*[\u2015\u2014\u2013][ \t\u00a0]*"
    r"((?:[A-Z][\w'\u2019\-]*\.?|[A-Z]\.)(?:[ \t\u00a0]+(?:[A-Z][\w'\u2019\-]*\.?|(?:de|da|del|van|von|der|la|le|bin|al)(?=[ \t\u00a0]+[A-Z]))){1,4})"
    r"(?=[ \t\u00a0]*(?:[.,]?[ \t\u00a0]*(?:\n|$)|,[ \t\u00a0]+[^\n]{1,80}(?:\n|$)))")


# the same signature on a line of its own below the quote: '"..."' then '- Ana Ruiz.'
_SIGNATURE_BELOW = re.compile(
    r"[ \t\u00a0.]*\n\s*" + _DASH_SIGNATURE.pattern.replace(r"[\u2015\u2014\u2013]", r"[\u2015\u2014\u2013\-]", 1))


def _signed_after(text: str, close_end: int) -> Mention | None:
    m = _DASH_SIGNATURE.match(text, close_end) or _SIGNATURE_BELOW.match(text, close_end)
    if m is None:
        return None
    s, e = m.start(1), m.end(1)
    if text[s:e].split()[0].lower().rstrip(".") in NOT_NAMES:
        return None  # '"..." — But the plan', a sentence going on after a dash
    if text[e - 1] == "." and len(text[s:e].split()[-1]) > 3:
        e -= 1  # the full stop after a surname, not an initial's dot
    return Mention(s, e, "name", s, e)


def _para_start(text: str, pos: int) -> int:
    i = text.rfind("\n", 0, pos) + 1
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _announced(text: str, cues: _Cues, pos: int) -> tuple[tuple[int, int] | None, Mention | None]:
    """The cue at the end of the paragraph before ('Smith said:' then the quote)."""
    end = text.rfind("\n", 0, pos)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 0 or text[end - 1] != ":":
        return None, None
    lo = max(text.rfind("\n", 0, end) + 1, end - 300)
    found = cues.within(lo, end)
    if not found:
        return None, None
    return found[-1], _speaker_at(text, lo, end, found[-1])


def _word_count(text: str, a: int, b: int) -> int:
    return len(_WORD.findall(text, a, b))


# Whether a range holds at least n words, decided by its first n: most tests ask
# for two or three words of a clause hundreds of characters long.  The same
# words as _WORD: possessive quantifiers keep each word whole (no backtracking
# splits "plan" into "pla" and "n"), and only [\W_] lies between two words.
_AT_LEAST = {n: re.compile(r"(?:[\W_]*+[^\W_]++(?:['\u2019][^\W_]++)*+){%d}" % n) for n in (1, 2, 3, 4, 9, 15, 26)}


def _has_words(text: str, a: int, b: int, n: int) -> bool:
    return _AT_LEAST[n].match(text, a, b) is not None


def _words_up_to(text: str, a: int, b: int, cap: int) -> int:
    """The words of a range counted no further than cap: a test that asks only
    whether there are at most 3 (or 8) words stops reading there."""
    return len(list(islice(_WORD.finditer(text, a, b), cap)))


def _direct_shape(text: str, q: QuotedSpan, sent_lo: int) -> bool:
    """A quote is direct when it stands as a sentence of its own: it opens the
    writer's sentence, or follows a colon or a cue's comma, and starts with a
    capital; otherwise it is a fragment inside the writer's sentence."""
    first = text[q.start]
    if not (first.isupper() or first.isdigit() or first in "[(.\u2026-\u2014"):
        return False
    i = q.open_mark  # (the last character before the mark, read back past spaces)
    while i > sent_lo and text[i - 1].isspace():
        i -= 1
    return i == sent_lo or text[i - 1] in ":,\u2014-" or q.continues


# A headline that names its speaker before a colon: 'Ana Ruiz: Mill Closure
# 'A Betrayal' of the Town.' / 'Ruiz: 'We Will Not Give Up.''
_HEADLINE_SPEAKER = re.compile(
    r"((?:[A-Z][\w.'\u2019\-]*\s+){0,5}[A-Z][\w.'\u2019\-]*):\s+(\S.*?)\.?\s*$")
_NOT_HEADLINE_SPEAKERS = frozenset(
    "the latest exclusive watch video report poll breaking update analysis opinion editorial "
    "review photos live fact check excerpt".split())


def _headline_quote(text: str, lo: int, hi: int, para_q: list[QuotedSpan]) -> _Found | None:
    """The quote of a one-line headline 'Speaker: what they said', quoted
    words and all; the speaker is the name before the colon."""
    m = _HEADLINE_SPEAKER.fullmatch(text, lo, hi)
    if m is None or _has_words(text, lo, hi, 26) or "\n" in text[lo:hi].strip():
        return None
    name = m.group(1)
    if name.isupper() or any(w.lower().strip(".") in _NOT_HEADLINE_SPEAKERS for w in name.split()):
        return None  # 'WASHINGTON:', 'The Latest:': a place or a rubric
    start, end = m.start(2), m.end(2)
    if any(q.close_mark < 0 or q.open_mark < start for q in para_q):
        return None
    outside = "".join(text[a:b] for a, b in zip([start] + [q.close_mark + 1 for q in para_q],
                                                 [q.open_mark for q in para_q] + [end]))
    if ":" in outside or re.search(r"[.!?]\s+[A-Z]", outside):
        return None  # 'Lea Moss: "..." Bo Hart: "..."': a transcript, not a headline
    first, last = para_q[0], para_q[-1]
    whole = len(para_q) == 1 and first.open_mark == start and last.close_mark + 1 >= end
    if whole:
        return _Found(first.start, first.end, "direct", None, Mention(m.start(1), m.end(1), "name", m.start(1), m.end(1)))
    return _Found(start, end, "indirect", None, Mention(m.start(1), m.end(1), "name", m.start(1), m.end(1)))


def _find(text: str) -> list[_Found]:
    spans = find_quoted_spans(text, nested=False)
    cues = _Cues(text)
    out: list[_Found] = []
    paragraphs = paragraph_spans(text)
    si = 0
    for lo, hi in paragraphs:
        para_q = []
        while si < len(spans) and spans[si].open_mark < hi:
            if spans[si].open_mark >= lo:
                para_q.append(spans[si])
            si += 1
        if para_q and lo == paragraphs[0][0]:
            head = _headline_quote(text, lo, hi, para_q)
            if head is not None:
                out.append(head)
                continue
        if not para_q and not cues.starts_in(lo, hi):
            continue  # (no quotation and no cue: every finding below needs one or the other)
        marks = [(q.open_mark, q.close_mark + 1 if q.close_mark >= 0 else hi) for q in para_q]
        sents = sentence_spans(text, lo, hi, marks)
        quoted: list[_Found | None] = []
        prev_found = None
        for k, q in enumerate(para_q):
            f = _quote_in_paragraph(text, cues, q, k, para_q, sents, hi, prev_found)
            quoted.append(f)
            prev_found = f
        clauses = []
        for s_lo, s_hi in sents:
            if not cues.starts_in(s_lo, s_hi):
                continue  # (reported speech and an object clause both need a cue in the sentence)
            found = _indirect(text, cues, s_lo, s_hi)
            f = _object_clause(text, cues, s_lo, s_hi, para_q)
            if f is not None and f.cue is not None:
                # 'In a statement announcing the vote, the union called her "a
                # champion"': the clause of an earlier cue that runs over the
                # verb of the object clause gives way to it
                found = [g for g in found if not (g.start <= f.cue[0] and f.cue[1] <= g.end and g.cue is not None
                                                  and text[g.cue[0]:g.cue[1]].endswith("ing")
                                                  and "," in text[g.start:f.cue[0]])]
            if f is not None and not any(g.start < f.end and f.start < g.end for g in found):
                # 'calling her "a poor choice," and then tweeted that ...': both
                found = sorted([*found, f], key=lambda g: g.start)
            in_sentence = [q for q in para_q if s_lo <= q.open_mark < s_hi]
            for prev, later in zip(in_sentence, in_sentence[1:]):
                # a later quote with a verb of its own after an earlier one: 'slammed
                # the "new tax" on Monday, calling it "a folly"'
                if prev.close_mark < 0 or not cues.starts_in(prev.close_mark + 1, later.open_mark):
                    continue
                f = _object_clause(text, cues, s_lo, s_hi, para_q, prev.close_mark + 1)
                if f is not None and not any(g.start < f.end and f.start < g.end for g in found):
                    found = sorted([*found, f], key=lambda g: g.start)
            for f in found:
                inside = [(m, q) for m, q in zip(marks, para_q) if m[0] < f.end and m[1] > f.start]
                g = _around_quotes(text, f, inside, s_lo) if inside else f
                if g is not None:
                    clauses.append(g)
        out.extend(f for f in quoted if f is not None)
        for c in clauses:
            # a clause that is mostly its quoted words ('he was "very encouraged"')
            # is recorded by its partial quote alone; one mostly in the writer's
            # words is reported speech of its own, its quoted phrase a partial
            inner = [f for f in quoted if f is not None and c.start <= f.start and f.end <= c.end]
            if inner and sum(f.end - f.start for f in inner) > _QUOTED_SHARE * (c.end - c.start):
                continue
            out.append(c)
    return out


# Above this share of a reported clause's characters in quotation marks, the
# quoted words alone stand for the clause.
_QUOTED_SHARE = 0.5


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in sents:
        if a <= pos < b:
            return a, b
    return sents[-1] if sents else (pos, pos)


def _quote_in_paragraph(text: str, cues: _Cues, q: QuotedSpan, k: int, para_q: list[QuotedSpan],
                        sents: list[tuple[int, int]], hi: int, prev_found: _Found | None) -> _Found | None:
    s_lo, s_hi = _sentence_of(sents, q.open_mark)
    close_end = q.close_mark + 1 if q.close_mark >= 0 else hi
    _, s_end = _sentence_of(sents, max(close_end - 1, q.open_mark))
    nxt = para_q[k + 1].open_mark if k + 1 < len(para_q) else hi
    prv = para_q[k - 1].close_mark + 1 if k > 0 and para_q[k - 1].close_mark >= 0 else s_lo
    after_hi = min(nxt, max(s_end, close_end))
    before_lo = max(s_lo, prv)
    direct = _direct_shape(text, q, s_lo)
    if not direct and not _has_words(text, q.start, q.end, 4) and not cues.beside(q.open_mark, close_end):
        # (the rule for scare quotes and titles below, decided before any
        # search for a speaker: whichever cue that search picks, none is adjacent)
        return None
    found = _Found(q.start, q.end, "direct" if direct else "partial")
    cue = None
    # after the closing mark: '"...," she said.' / '"...," said the senator.'
    after = cues.within(close_end, after_hi)
    if after and text[q.end - 1] in ".!?" and text[s_lo:q.open_mark].rstrip().endswith(":") \
            and cues.within(s_lo, q.open_mark):
        # 'The army said: "We do not target journalists." A day later, it said
        # ...': the colon's cue owns the quote, the next sentence is new
        after = []
    if after and _coordinated(text, close_end, after[0]) and [
            c for c in cues.within(s_lo, q.open_mark)
            if not any(p.open_mark < c[0] < (p.close_mark if p.close_mark >= 0 else hi) for p in para_q)]:
        # 'She said he "hid the letter" and Ms. Roe, she said, "lied"': a
        # clause of its own after the quote; the cue before it speaks
        after = []
    if after and text[q.end - 1] in ".!?" and _has_words(text, close_end, after[0][0], 1) \
            and _OWN_OBJECT.match(text, after[0][1], after_hi):
        # '"... all season." She noted a rally on Friday.' / '"..." Ito said he
        # would ...': a new sentence with a clause or object of its own
        after = []
    if after and text[q.end - 1] in ".!?" and k + 1 < len(para_q) and _has_words(text, close_end, after[0][0], 1) \
            and text[after[0][1]:para_q[k + 1].open_mark].strip() == ":":
        # '"... thieves." Mr. Vale said: "..."': the cue and its colon announce
        # the next quote; this one is still the earlier speaker's
        after = []
    # '"...," said Lea Stone', '"..." if it fails, said Lea Stone' / '"..." and
    # said it was ...': the words after a cue name its speaker only right after
    # the quote or after a comma
    inverted = bool(after) and (not _has_words(text, close_end, after[0][0], 1)
                                or text[close_end:after[0][0]].rstrip().endswith(","))
    if after and not _has_words(text, close_end, after[0][0], 15):
        cue = after[0]
        found.mention = _speaker_at(text, close_end, after_hi, cue, inverted)
    if found.mention is None:
        before = [c for c in cues.within(s_lo, q.open_mark)
                  if not any(p.open_mark < c[0] < (p.close_mark if p.close_mark >= 0 else hi) for p in para_q)]
        if before:
            cue = before[-1]
            says = [c for c in before[:-1] if SPEECH_VERB_FORMS.get(text[c[0]:c[1]].split()[0].lower()) == "say"
                    and not text[c[0]:c[1]][0].isupper()]
            if says and SPEECH_VERB_FORMS.get(text[cue[0]:cue[1]].split()[0].lower()) not in ("say", "tell", "ask") \
                    and not any(ch in text[says[-1][1]:cue[0]] for ch in "\"\u201c\u201d;:") \
                    and not _CUE_AND_COMMA.search(text, max(s_lo, q.open_mark - 30), q.open_mark):
                inner = _speaker_at(text, before_lo, q.open_mark, cue)
                if inner is None or inner.shape not in ("name", "pronoun"):
                    # 'Ruiz said most residents have come to believe "..."': a
                    # verb inside the reported clause with no speaker of its
                    # own; the speaker of "said" speaks the quote
                    cue = says[-1]
            if cue[0] < before_lo:
                # the cue before an earlier quote of the sentence: "Ito in a
                # briefing accused the board of "..." and of "...""
                before_lo = s_lo
            found.mention = _speaker_at(text, before_lo, q.open_mark, cue)
            if found.mention is not None and found.mention.start >= cue[1] and q.open_mark - found.mention.end <= 60 \
                    and not text[cue[0]:cue[1]].lower().startswith("according") \
                    and text[found.mention.end:q.open_mark].strip(" ,:\u2014-"):
                # the words after the cue are its object, not its speaker, when
                # more than a comma or colon stands before the quote: 'Hale
                # bluntly dismissed Ada Lee as a "has-been"'; its subject may
                # stand before an adverb of manner
                adverb = _LY_BEFORE.search(text, before_lo, cue[0])
                found.mention = subject_before(text, before_lo, adverb.start()) if adverb else None
            lead = text[before_lo:cue[0]].rstrip()
            if text[cue[1] - 3:cue[1]] == "ing" and (lead.endswith(",") or _AND_END.search(lead)
                                                      or _WHILE_END.search(lead)):
                # '..., saying "..."', '..., calling it "..." and adding "..."':
                # the speaker of the clause before
                if prev_found is not None and prev_found.mention is not None and prv > s_lo:
                    found.mention = prev_found.mention
                else:
                    first = [c for c in cues.within(s_lo, cue[0])
                             if not any(p.open_mark < c[0] < (p.close_mark if p.close_mark >= 0 else hi) for p in para_q)]
                    found.mention = None
                    if first and first[0] != cue:
                        # (the words after that cue are its object: "announced
                        # his running mate, calling ...")
                        found.mention = _speaker_at(text, before_lo, cue[0], first[0], inverted=False)
                    if found.mention is None or text[found.mention.start:found.mention.end].lower() in ("that", "which"):
                        # no earlier cue, or one inside a relative clause ("the polls
                        # that suggest ..., declaring"): the sentence's subject
                        found.mention = sentence_subject(text, s_lo, cue[0])
    if found.mention is None and after:
        cue = after[0]
        found.mention = _speaker_at(text, close_end, after_hi, cue, inverted)
    if found.mention is None and cue is None and q.open_mark == _para_start(text, s_lo):
        # a quote paragraph announced by the one before: 'He said:'
        found.cue, found.mention = _announced(text, cues, q.open_mark)
        cue = found.cue
    if found.mention is None and cue is None and q.close_mark >= 0:
        # a line of reactions or an epigraph: '"...." ― Ana Ruiz' / '"..." — Tom Hale, a reader'
        found.mention = _signed_after(text, close_end)
    if found.mention is None and (cue is not None or not direct) and q.open_mark > s_lo:
        # the writer's sentence quotes its subject: 'Kent blasted the council for its "..."'
        found.mention = sentence_subject(text, s_lo, q.open_mark)
    found.cue = cue
    words = _words_up_to(text, q.start, q.end, 4)  # (asked only: 0, 1, at most 3)
    if direct and words <= 3 and cue is not None and cue[1] <= q.open_mark \
            and SPEECH_VERB_FORMS.get(text[cue[0]:cue[1]].split()[0].lower()) in _NAMING_VERBS:
        # 'as one paper called them last week, "Harbour Hawks"': a name given,
        # not a sentence spoken
        direct = False
        found.kind = "partial"
    adjacent = cue is not None and (
        (cue[0] >= close_end and not _has_words(text, close_end, cue[0], 3))
        or (cue[1] <= q.open_mark and text[cue[1]:q.open_mark].strip(" ,:") == ""))
    short_before_cue = cue is not None and adjacent and not direct and words <= 3 and cue[0] >= close_end
    if cue is not None and short_before_cue and (
            not (text[q.end - 1:q.end] in ",.!?" or text[close_end:cue[0]].lstrip().startswith(","))
            or text[cue[1] - 3:cue[1]] == "ing"):
        # the words after a short quoted phrase are not its attribution when
        # they run on from it ('the "Never Again" movement grows') or are the
        # sentence's own participle ('the "reporter," saying ...')
        adjacent = False
    if not direct and words <= 3 and not adjacent:
        return None  # scare quotes or a title: 'the so-called "reform"', 'called it "sad"'
    if (not adjacent or not direct and text[q.end - 1] == ",") and _is_title(text, q.start, q.end):
        # (a cue next to a title inside the writer's sentence speaks of
        # something else: 'on the station's "Early Hour," she admitted')
        return None  # a show, book, slogan or group: 'ABC's "This Week,"', '"Party of Trump" campaign'
    if words == 0 or text[q.open_mark - 1:q.open_mark] == "=":
        return None  # markup left in a text dump: author="name"
    if words == 1 and cue is None:
        return None
    if cue is not None and q.open_mark == s_lo and q.close_mark >= 0:
        return _run_on_clause(text, found, q, cue) or found
    return found


# The writer's own words running on from a closing mark up to a comma and the
# cue: '"We thank our volunteers" for the victory, Ana Ruiz said.'
_RUN_ON = re.compile(r"[ \t]+([a-z][a-z\-]*)\b[^,;.!?\n\"\u201c\u201d]{0,110}(?=,)")
_RUN_ON_NOT = frozenset(
    "he she they i we it you who which and but or as while when because if unless though although since"
    " before after until once whether".split())
_RUN_ON_CUES = frozenset("say add tell write note argue explain".split())


def _run_on_clause(text: str, found: _Found, q: QuotedSpan, cue: tuple[int, int]) -> _Found | None:
    """A quote that opens its sentence and runs on into the writer's words
    before ', X said': the whole clause, quote and run-on, is what X is
    reported to have said."""
    close_end = q.close_mark + 1
    if cue[0] < close_end or SPEECH_VERB_FORMS.get(text[cue[0]:cue[1]].split()[0].lower()) not in _RUN_ON_CUES:
        return None
    m = _RUN_ON.match(text, close_end, cue[0])
    if m is None or m.group(1) in SPEECH_VERB_FORMS or m.group(1) in _RUN_ON_NOT \
            or not 0 <= _word_count(text, m.end() + 1, cue[0]) <= 4 or "," in text[m.end() + 1:cue[0]]:
        return None
    return _Found(q.open_mark, m.end(), "indirect", found.cue, found.mention)


_TITLE_SMALL_WORDS = frozenset("a an the of and or to in on for at by with from vs nor as de la".split())


def _is_title(text: str, a: int, b: int) -> bool:
    """A short quoted run in title case: every word capitalised but the small ones."""
    if _has_words(text, a, b, 9):
        return False  # (a quotation of many words, as most are: read no further)
    words = _WORD.findall(text, a, b)
    if not 1 <= len(words) <= 8 or text[a:b].rstrip(",.").count(".") or any(ch in text[a:b] for ch in "!?"):
        return False
    caps = [w for w in words if w[0].isupper() or w[0].isdigit()]
    return len(caps) >= 1 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words) \
        and not (len(words) > 1 and words[0] == "I")


def _around_quotes(text: str, f: _Found, inside: list[tuple[tuple[int, int], QuotedSpan]],
                   s_lo: int) -> _Found | None:
    """Reported speech that quotes some of its words ('she said the plan was
    "a disaster"'): the reported clause, quoted words and all.  A clause that
    starts inside a quotation, or is nothing but one quotation, is no
    reported speech of its own; a quotation that follows a colon ('... and
    added: "We will fight."') stands by itself and ends the clause."""
    start, end = f.start, f.end
    for (a, b), q in inside:
        if a < start < b:
            return None
        if a >= start and text[start:a].strip(" ,:") == "" and _direct_shape(text, q, s_lo):
            return None  # 'She said, "We will win."'
        if a > start and text[start:a].rstrip().endswith(":"):
            end = min(end, a)
        elif a > start and _direct_shape(text, q, s_lo) and _CUE_AND_COMMA.search(text, max(start, a - 30), a):
            # '... the scheme, and when challenged, the grandmother of five
            # replied, "It is there ..."': a quote with a cue of its own closes the
            # clause at the last "and" or "but" before that cue
            joins = [j.start() for j in _CLAUSE_JOIN.finditer(text, start, a)]
            if joins and _has_words(text, start, joins[-1], 3):
                end = min(end, joins[-1])
    while end > start and (text[end - 1].isspace() or text[end - 1] in ":"):
        end -= 1
    words_out = _word_count(text, start, end) - sum(
        _word_count(text, max(a, start), min(b, end)) for (a, b), _ in inside if a < end and b > start)
    if words_out < 1 or not _has_words(text, start, end, 2):
        return None
    return _Found(start, end, f.kind, f.cue, f.mention)


def _indirect(text: str, cues: _Cues, s_lo: int, s_hi: int) -> list[_Found]:
    """The reported speech of a sentence: one clause per cue, in order ("She
    says the plan is fair but insists the cost is too high": two)."""
    end = s_hi
    while end > s_lo and text[end - 1].isspace():
        end -= 1
    out: list[_Found] = []
    last_m: Mention | None = None
    for cue in cues.within(s_lo, end):
        if out and cue[0] < out[-1].end:
            continue
        f = _reported_at(text, cues, cue, s_lo, end, last_m)
        if isinstance(f, _Found) and out and f.start < out[-1].end:
            continue  # 'She said it was "fine," she said.': the clause is reported once
        if isinstance(f, _Found):
            out.append(f)
            last_m = f.mention or last_m
        elif f is not None:
            last_m = f
    return out


def _reported_at(text: str, cues: _Cues, cue: tuple[int, int], s_lo: int, end: int,
                 last_m: Mention | None) -> _Found | Mention | None:
    """The reported clause of one cue; else the speaker it names, if any."""
    word = text[cue[0]:cue[1]]
    low = word.split()[0].lower()
    if word[0].isupper() and low != "according":
        return None  # a headline's "Report Says"
    if low == "according":
        m = _according_source(text, cue[1], end)
        if m is None:
            return None
        if cue[0] - s_lo < 3:
            # "According to X, the plan ..."
            comma = text.find(",", m.end, end)
            if comma < 0:
                return None
            start = comma + 1
            while start < end and text[start].isspace():
                start += 1
            if not _has_words(text, start, end, 3):
                return None
            return _Found(start, end, "indirect", cue, m)
        # "The plan ..., according to X."
        c_end = cue[0]
        while c_end > s_lo and text[c_end - 1] in " ,":
            c_end -= 1
        if not _has_words(text, s_lo, c_end, 3):
            return None
        return _Found(_past_conjunction(text, s_lo, c_end), c_end, "indirect", cue, m)
    if SPEECH_VERB_FORMS.get(low) in _REQUEST_VERBS and not _PASSIVE_BEFORE.search(text, max(s_lo, cue[0] - 12), cue[0]):
        f = _request(text, cue, end, s_lo)
        if f is not None:
            return f
        return None
    if low not in CLAUSE_VERBS and " ".join(word.lower().split()) not in CLAUSE_PARTICLE_VERBS \
            and not _THAT_RIGHT_AFTER.match(text, cue[1], end):
        # (any speech verb reports the clause of a "that" right after it: 'she
        # boasted that ...', 'he joked to the crowd that ...')
        return None
    if low in NEEDS_THAT and SPEECH_VERB_FORMS[low] not in ("believe", "think") and low not in EVIDENCE_VERBS \
            and "that" not in text[cue[1]:min(end, cue[1] + 150)] and "," not in text[s_lo:cue[0]]:
        return None  # "he noted the figures": no clause, and no clause ends before it
    if low.endswith("ing") and text[s_lo:cue[0]].rstrip().endswith(","):
        # "..., saying the plan was dead": the clause after it, spoken by
        # the sentence's subject
        f = _clause_after(text, cues, cue, end, s_lo, sentence_subject(text, s_lo, cue[0]) or last_m)
        if f is not None:
            return f
        return None
    m = None
    if _AND_BEFORE.search(text, max(s_lo, cue[0] - 12), cue[0]):
        # the second verb of one subject: 'she called him "slow" and said ...'
        earlier = [c for c in cues.within(s_lo, cue[0]) if c[1] < cue[0]]
        m = (subject_before(text, s_lo, earlier[-1][0]) if earlier else None) or last_m
    if m is None:
        m = subject_before(text, s_lo, cue[0])
    if m is None and text[s_lo:cue[0]].rstrip().endswith(")"):
        # "Rep. Ana Ruiz (D-Ore.) said": the name before the bracket
        paren = text.rfind("(", s_lo, cue[0])
        if paren > s_lo:
            m = subject_before(text, s_lo, paren)
    inverted = False
    if m is None:
        lead = text[s_lo:cue[0]].rstrip()
        if not lead or lead[-1] in ",\"\u201d\u2019'":
            m = subject_after(text, cue[1], end)  # "..., said the minister"
            inverted = m is not None
        else:
            # a subject the mention reader does not take ("Nearly a third
            # say", "Joyce -- who ... -- told"): the sentence's own, or none
            m = sentence_subject(text, s_lo, cue[0])
            if m is None and SPEECH_VERB_FORMS.get(low) not in ("say", "tell"):
                return None
    # "The plan failed, the minister said." / "..., said the minister."
    head = cue[0] if inverted or m is None else m.start
    pre = text[s_lo:head].rstrip()
    as_said = _AS_SAID.search(pre)
    if as_said and not inverted:
        # 'The toll is a burden on farmers, as Ruiz said.' / '..., as a memo
        # put it.': what comes before the comma is what was said
        pre = pre[:as_said.start() + 1]
    # (asked only: at most 8 words, at least 3)
    tail_words = _words_up_to(text, (m.end if inverted and m is not None else cue[1]), end, 9)
    if inverted and m is not None and text[m.end:end].lstrip().startswith(","):
        tail_words = 0  # '..., said Tom Hale, a strategist who ...': the speaker's appositive
    closing = len(pre) - len(pre.rstrip("\"\u201d\u2019'"))
    if pre[:len(pre) - closing].endswith(",") and tail_words <= 8 and " that " not in text[cue[1]:end] \
            and not (closing == 0 and tail_words >= 3 and _INTRODUCTORY.match(text, s_lo, head)) \
            and not (tail_words >= 3 and not inverted and _pronoun_clause_after(text, cue[1], end)):
        # '..., the minister said.'; 'Lead words, "quoted words," said X.'
        c_end = s_lo + len(pre) - (1 if closing == 0 else 0)
        if _has_words(text, s_lo, c_end, 3):
            return _Found(_past_conjunction(text, s_lo, c_end), c_end, "indirect", cue, m)
        return m
    if inverted:
        return m
    return _clause_after(text, cues, cue, end, s_lo, m) or m


def _pronoun_clause_after(text: str, pos: int, end: int) -> bool:
    """A clause with a pronoun subject right after the cue (past a time):
    'A delegate from Dover, Jo Hale, said she was "torn."' reports what comes
    after the cue, not the words before the comma."""
    tm = _TIME_ADVERBIAL.match(text, pos, end)
    pos = tm.end() if tm else pos
    return _PRONOUN_CLAUSE.match(text, pos, end) is not None or _NOUN_CLAUSE.match(text, pos, end) is not None


_AUXILIARY = "is|was|are|were|has|had|have|would|will|could|can|should|might|must|did|does|do"
# a pronoun subject and its auxiliary: "noted she had", "added it's"
_SUBJECT_AND_VERB = re.compile(
    rf"\s+(?:he|she|they|we|I|it|there)(?:\s+(?:{_AUXILIARY}|also|still|never)\b|['\u2019](?:s|re|m|d|ll|ve)\s)")
# a subject of a few words and its auxiliary: "said his team was", "said the
# vote would"
_NOUN_CLAUSE = re.compile(rf"\s+(?:the|his|her|their|its|our|this|these|those)\s+(?:[\w'\u2019\-]+\s+){{1,3}}?(?:{_AUXILIARY})\s")


_THAT_RIGHT_AFTER = re.compile(r"\s+(?:(?:to|at)\s+(?:[\w'\u2019.\-]+\s+){1,3}?)?that\s")


# A sentence's linking word is the writer's, not the speaker's: "But the
# ferry is not for sale, he said."
_LEADING_CONJUNCTION = re.compile(r"(?:(?:But|And|Yet),?|(?:However|Still|Instead|Now),)\s+(?=\S)")


def _past_conjunction(text: str, start: int, end: int) -> int:
    m = _LEADING_CONJUNCTION.match(text, start, end)
    return m.end() if m and _has_words(text, m.end(), end, 3) else start


# An opening phrase set off by a comma before the speaker: "Speaking at a
# rally in Ohio, Smith says ...", "In a radio interview, she said ..."; what
# the cue reports comes after it, not before
_INTRODUCTORY = re.compile(
    r"[\"'\u201c\u2018(]?(?:[A-Z][a-z]+ing|Asked|Pressed|In|At|On|During|After|Before|Earlier|Later|Last|Since|From)\b")
# A sentence that opens with a subordinate clause: the reported clause inside
# it ends at the comma that closes it ("While the mayor said the plan was
# sound, the council voted it down").
_SUBORDINATE_OPENING = re.compile(
    r"(?:while|although|though|even though|as|if|because|when|whereas|since|after|before|once)\b", re.IGNORECASE)
_CLAUSE_COMMA = re.compile("[,;][\"\u201d\u2019']?\\s")
# A second verb that starts a clause of its own: "... but argues that",
# "..., and added that", "..., adding".
# "said (in a speech to the party's donors last week) that ...": up to 14 words
# may come between the cue and its "that", commas too ("said, however, that",
# "said Sunday in Dover, Delaware, that"); not the pronoun of "the plan that's
# on the table"
# (a quoted show name may come between: 'told Harbour TV's "Tonight" on Friday that')
_THAT_AFTER = re.compile("(?:,?\\s+[\\w'\u2019.\\-\"\u201c\u201d]+){0,14}?,?\\s+(that)\\b(?!['\u2019]s\\b)")
# "says he's satisfied that ...", "said it was clear that ...": a clause with a
# subject of its own right after the cue, its "that" inside it
_PRONOUN_CLAUSE = re.compile(r"\s+(?:he|she|they|we|I|it|you)(?:\s|['\u2019](?:s|re|m|d|ll|ve)\s)")
# a clause with a subject of its own after the reported one: "..., but he
# played no role", "..., and they left"
# (a closing mark may follow the comma: '... "a gun," though she noted ...')
_OWN_SUBJECT_CLAUSE = re.compile(
    "[\"\u201d\u2019']?,([\"\u201d\u2019']*)\\s+(?:but|and|yet|while|though|although)\\s+(?:he|she|they|we|I|it)\\s")
_COMMA_AND = re.compile(
    "(?:[\"\u201d\u2019']?,[\"\u201d\u2019']*|[\"\u201d\u2019'])\\s+(?:and|but)\\s+(?:(?:also|then|later)\\s+)?$")
_NEXT_CLAUSE = re.compile(
    "(?:[\"\u201d\u2019']?,?[\"\u201d\u2019']*\\s+(?:and|but)|[\"\u201d\u2019']?,[\"\u201d\u2019']*)\\s+(?:(?:also|then|later|has|had)\\s+)?$")


# A relative clause inside an audience ("told the panel, which ..., that"):
# its own "that" may follow.
_RELATIVE = re.compile(r"\b(?:who|whom|which|where|whose|when)\b")


def _clause_after(text: str, cues: _Cues, cue: tuple[int, int], end: int, s_lo: int,
                  m: Mention | None) -> _Found | None:
    """The reported clause after a cue: "said (that) ...", "told reporters
    (that) ...", up to the sentence's end, the end of an opening subordinate
    clause, or a second cue that starts a clause of its own."""
    low = text[cue[0]:cue[1]].split()[0].lower()
    start = cue[1]
    base = SPEECH_VERB_FORMS.get(low, "")
    rest = text[start:end]
    that = _THAT_AFTER.match(rest)
    tm = _TIME_ADVERBIAL.match(rest)
    if that and cues.within(start, start + that.start(1)):
        that = None  # "said the governor told them that ...": the clause after the first cue
    if that and (base not in _OBJECT_VERBS and _PRONOUN_CLAUSE.match(rest)
                 or re.search(r"\b(?:and|or|but)\s+$", rest[:that.start(1)])):
        that = None  # 'said the tapes were "unclear" and that ...': the first clause's own "that"
    if that and base not in _OBJECT_VERBS and _FINITE_VERB.search(rest, 0, that.start(1)) \
            and not _RELATIVE.search(rest, 0, that.start(1)):
        # 'said the deal was a "fair arrangement" that took ...': the clause
        # has its verb before the "that", which opens a relative clause
        that = None
    evidence = low in EVIDENCE_VERBS
    if evidence and not (that and that.start(1) < 3) and not _evidence_subject(text, s_lo, cue[0]):
        return None  # "he found the keys": only polls, studies and papers find things said
    if that and ("," not in rest[:that.start(1)] or base not in _OBJECT_VERBS and that.start(1) < 40
                 or _PLACE_OR_TIME.match(rest.lstrip(" ,"))
                 or base in _OBJECT_VERBS and that.start(1) < 120 and not _RELATIVE.search(rest, 0, that.start(1))):
        # (a place or time may carry commas of its own: "said at a forum in
        # Dover, Delaware, that ...")
        start += that.start(1)
    elif base in ("believe", "think") and _CLAUSE_OPENER.match(rest):
        pass  # "officials believe the council has ...": a clause with its own subject
    elif low in NEEDS_THAT and not (_SUBJECT_AND_VERB.match(rest) or _NOUN_CLAUSE.match(rest)):
        return None
    else:
        # (a subject and its auxiliary right after the cue open a clause: "...,
        # noting he has never lost", "added the crew would row on")
        if tm:
            start += tm.end()
        if base in _OBJECT_VERBS:
            # "told reporters", "told CNN", "told him"
            obj = _OBJECT.match(text, start, end)
            if obj:
                start = obj.end()
                head = _HEAD_NOUN_BEFORE_COMMA.match(text, start, end)
                if head:
                    start = head.end()  # "told a Vermont rally, saying ..."
            tm = _TIME_ADVERBIAL.match(text, start, end)
            if tm:
                start = tm.end()
    while start < end and text[start] in " ,:":
        start += 1
    lead_cue = cues.within(start, min(end, start + 20))
    if lead_cue and lead_cue[0][0] == start and text[start - 2:start].strip() == "," \
            and text[lead_cue[0][0]:lead_cue[0][1]].endswith("ing"):
        # '"...," the mayor said, adding that ...': the participle is the cue
        # of what follows, not a word of it
        cue = lead_cue[0]
        start = cue[1]
        that = _THAT_AFTER.match(text, start, end)
        if that and that.start(1) - start < 3:
            start = that.start(1)
        while start < end and text[start] in " ,:":
            start += 1
    if _COORDINATOR.match(text, start, end):
        return None  # '"...," Lake says, but she cautions that ...': a clause of its own
    if _PLACE_OR_TIME.match(text, start, end) and any(
            text[c[0]:c[1]].split()[0].lower() in CLAUSE_VERBS for c in cues.within(start, end)):
        return None  # "said at a rally in Ohio, adding that ...": the later cue reports
    if _SUBORDINATE_OPENING.match(text, s_lo, cue[0]) and "," not in text[s_lo:cue[0]] \
            or _SUBORDINATE_PARTICIPLE.search(text, max(s_lo, cue[0] - 12), cue[0]):
        # (also 'Ruiz, despite admitting that the plan was late, said ...':
        # the participle's clause ends at the comma that closes the phrase)
        comma = _CLAUSE_COMMA.search(text, start, end)
        if comma:
            end = comma.end() - 1
            while text[end - 1] in ",;":
                end -= 1
    first_comma = text.find(",", start, end)  # (the clause opens on a comma, perhaps after a mark: sought from there)
    own = _OWN_SUBJECT_CLAUSE.search(text, max(start, first_comma - 1), end) if first_comma >= 0 else None
    if own and _has_words(text, start, own.start(), 3):
        end = own.start()  # "..., but he said he had no role"
    for later in cues.within(start, end):
        lw = text[later[0]:later[1]].split()[0].lower()
        other = _OTHER_SPEAKER_CLAUSE.search(text, start, later[0])
        if other and _has_words(text, start, other.start(), 3) and _marks_closed(text, start, other.end()):
            # 'agreed that the plan is "fair," while 70 percent said ...': a
            # clause with a speaker of its own
            end = other.start(1)
            break
        said_at_end = _SAID_AT_END.search(text, start, later[0])
        if said_at_end and not _has_words(text, later[1], end, 4) and _has_words(text, start, said_at_end.start(), 3) \
                and _marks_closed(text, start, said_at_end.end()):
            # 'she felt it was "worth it," she said.': the cue repeated at the end
            end = said_at_end.start()
            break
        nxt = _NEXT_CLAUSE.search(text, start, later[0])
        if nxt and (lw in CLAUSE_VERBS or _COMMA_AND.search(text, start, later[0])):
            # "said she was impressed, but lamented that ...": any speech verb
            # after ", but" starts a clause of its own
            cut = nxt.start()
            if _has_words(text, start, cut, 3):
                end = cut
            break
    tail = _TRAILING_PARTICIPLE.search(text, start, end)
    if tail and _QUOTING_PARTICIPLE.match(text, tail.start(), end):
        # '..., calling it a "bridge too far."': the speaker goes on
        # speaking, in the same report
        tail = None
    aside = _ASIDE_AFTER_QUOTE.search(text, start, end)
    if aside and _has_words(text, start, aside.start(), 3) and _marks_closed(text, start, aside.start() + 1):
        # 'said she was "relieved" by the vote — a rare win for the mayor':
        # the writer's aside after the quoted words
        end = aside.start() + 1
    tail = tail or _TRAILING_PREDICATE.search(text, start, end)
    cut = tail.start() + (text[tail.start()] in _CLOSERS) if tail else end  # (a closing mark stays)
    if tail and _has_words(text, start, cut, 4) and _marks_closed(text, start, cut):
        # "said the plan had failed, prompting a review" / "said the figures were
        # wrong, but did not say why": the subject's own next act, not what it said
        end = cut
    if not _has_words(text, start, end, 3):
        return None
    return _Found(start, _closing_mark_kept(text, start, end), "indirect", cue, m)


_CLOSERS = "\"\u201d\u2019'"


def _closing_mark_kept(text: str, start: int, end: int) -> int:
    """A clause cut just before the mark that closes its quoted words ends
    after that mark: 'said it was "over," but she ...' -> 'it was "over,"'."""
    if _marks_closed(text, start, end):
        return end
    for stop in (end + 1, end + 2):
        if text[end:stop].lstrip(",") and all(ch in _CLOSERS + "," for ch in text[end:stop]) \
                and text[stop - 1] in _CLOSERS and _marks_closed(text, start, stop):
            return stop
    return end


# a contrasting clause whose own subject then speaks: ", while most voters say"
_OTHER_SPEAKER_CLAUSE = re.compile(
    "[\"\u201d\u2019']?(,)[\"\u201d\u2019']*\\s+(?:while|whereas|though|although)\\s+(?:[\\w'\u2019.%\\-]+\\s+){1,4}$")
# the speaker and cue repeated after the quoted end of a clause: '..., she said.'
_SAID_AT_END = re.compile(
    "[\"\u201d\u2019']?,[\"\u201d\u2019']*\\s+(?:he|she|they|we|I|it|[A-Z][\\w'\u2019.\\-]*(?:\\s+[A-Z][\\w'\u2019.\\-]*){0,3}"
    "|the\\s+[a-z]+)\\s+$")
# ("..., quietly putting her name on the line": an adverb may come first)
_TRAILING_PARTICIPLE = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?!including\b|according\b|meaning\b)[a-z]+ing\s+(?!and\b|or\b|,)")
# (after a closing mark the comma may be missing: 'that she was "a con" and
# urged fans to ...')
_TRAILING_PREDICATE = re.compile(
    "(?:,|[\"\u201d\u2019'])\\s+(?:and|but)\\s+(?:also\\s+)?(?:did\\s+not\\s|didn['\u2019]t\\s|[a-z]+ed\\s)")


def _marks_closed(text: str, a: int, b: int) -> bool:
    """No quotation left open in text[a:b] (a cut there keeps quotes whole)."""
    run = text[a:b]
    return run.count("\u201c") == run.count("\u201d") and run.count('"') % 2 == 0 and run.count("''") % 2 == 0


_HEAD_NOUN_BEFORE_COMMA = re.compile(r"\s+[a-z]+(?=,)")
_PLACE_OR_TIME = re.compile(r"(?:at|in|during|after|before|while|from|on|outside|inside|near)\s", re.IGNORECASE)
_OBJECT = re.compile(
    r"\s*(?:(?:him|her|them|us|me|you|reporters|journalists|supporters|voters|the\s+crowd)\b"
    # "told a farmers gathering in Dover": an audience of a few words before its place
    r"|(?:the|a|an|his|her|their)\s+(?:[\w'\u2019\-]+\s+){1,3}?(?=(?:in|at)\s+[A-Z])"
    r"|(?:(?:the|a|an|his|her|their)\s+)?[\w'\u2019.\-]+(?:\s+[A-Z][\w.\-]*)*)"
    # and the place where it was told: "told reporters in Dover"
    r"(?:\s*(?:in|at)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*\b,?)?")


# Verbs whose object carries what was said, often as a quoted phrase: "called
# the plan a "disaster"", "described himself as "a builder"", "urged voters to
# "stay home"", "lamented the "sad" state of the town".
_OBJECT_CLAUSE_VERBS = frozenset(
    "call describe dub label brand lament decry praise blast slam criticize criticise mock "
    "accuse urge ask promise vow pledge warn demand thank tout deny admit defend blame "
    "reject welcome condemn liken hail denounce echo note mention recall reiterate propose boast scold chide "
    "stress emphasize emphasise highlight underscore bemoan proclaim cite compare "
    "dismiss deride ridicule lambaste assail applaud credit fault chastise castigate taunt exhort beg plead".split())
# (a second act of the subject ends it too: 'called him "weak" and said he
# had no plan', 'calling it "a farce" and asking for a recount')
_OBJECT_CLAUSE_END = re.compile(
    "[,;:][\"\u201d\u2019']?\\s|\\s+(?:\u2014|--|\u2013|-)\\s|\\s+\\((?=[a-z])|\\s+(?:and|but)\\s+(?:also\\s+|then\\s+|[a-z]+ly\\s+)?"
    "(?=\\w+ed\\b|(?!(?:no|some|any|every)thing\\b)[a-z]+ing\\b|(?:said|says|told|tells|wrote|writes|made|took|gave|"
    "cast|went|did|didn['\u2019]t|was|is|has|had|he|she|they|we|I)\\b)"
    # or a second speaker and verb: 'accuses Ruiz of "dithering" and Hale says ...'
    "|\\s+(?:and|but|while)\\s+(?=(?:he|she|they|we|I|[A-Z][\\w'\u2019.\\-]*(?:\\s+[A-Z][\\w'\u2019.\\-]*){0,3})\\s+"
    "(?:also\\s+)?(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|called|calls|claimed|claims|insisted|insists)\\b)")


def _object_clause(text: str, cues: _Cues, s_lo: int, s_hi: int, para_q: list[QuotedSpan],
                   lo: int | None = None) -> _Found | None:
    """A sentence whose quoted phrase is the object of a verb of saying or
    judging: the object, from the verb to the end of its clause (the first
    quoted phrase from ``lo`` on, its verb after ``lo``)."""
    lo = s_lo if lo is None else lo
    first = next((q for q in para_q if lo <= q.open_mark < s_hi), None)
    if first is None:
        return None
    before = [c for c in cues.within(lo, first.open_mark)
              if not any(p.open_mark < c[0] < (p.close_mark if p.close_mark >= 0 else s_hi) for p in para_q)]
    if not before:
        return None
    cue = before[-1]
    word = text[cue[0]:cue[1]].split()[0]
    if word[0].isupper() or SPEECH_VERB_FORMS.get(word.lower()) not in _OBJECT_CLAUSE_VERBS:
        return None
    if word.lower().endswith("ing") and text[s_lo:cue[0]].rstrip().endswith(","):
        m = sentence_subject(text, s_lo, cue[0])  # "..., calling it "a sham""
        earlier = [c for c in cues.within(s_lo, cue[0]) if c[1] < cue[0]]
        if m is None and earlier:
            # the speaker of the cue before: '"...," Hale said, calling it "a sham"'
            m = _speaker_at(text, s_lo, cue[0], earlier[-1])
    elif _AND_END.search(text[s_lo:cue[0]].rstrip()):
        # the second verb of the subject: 'Hale slammed the plan and accused
        # Ruiz of a "flip-flop"'; of a subordinate clause's own subject in
        # 'Hale scolded Ruiz when she mocked the board and blamed ...'
        inner = None
        for inner in _SUBORDINATE_SUBJECT.finditer(text, s_lo, cue[0]):
            pass
        m = Mention(inner.start(1), inner.end(1), "pronoun") if inner else sentence_subject(text, s_lo, cue[0])
        if m is None:
            return None
    else:
        aux = _PASSIVE_BEFORE.search(text, max(s_lo, cue[0] - 12), cue[0]) if word.lower().endswith("ing") else None
        # (a progressive names its subject before the auxiliary: "Hale's doctor
        # is calling him "fit"", where no film or book is "calling")
        m = subject_before(text, s_lo, aux.start() if aux else cue[0])
        if m is None and "," not in text[s_lo:cue[0]]:
            # a subject longer than the mention reader takes: 'Harbour ward
            # hopeful Jo Hale's trainer is calling him "strong"'
            m = sentence_subject(text, s_lo, aux.start() if aux else cue[0])
            if m is not None and _POSSESSIVE_END.search(text, m.start, m.end):
                # (the owner is not the speaker: "Hale's doctor" speaks)
                end = (aux.start() if aux else cue[0])
                while end > m.end and text[end - 1].isspace():
                    end -= 1
                m = Mention(m.start, end, "description") if end > m.end else None
        # (a description set off by commas stands beside a name: "Ana Ruiz, an
        # adviser to the mayor, called it "a wake-up call"")
        apposed = m is not None and text[s_lo:m.start].rstrip().endswith(",") \
            and text[m.end:cue[0]].strip() == ","
        # (an auxiliary or adverb between them makes the description the
        # verb's subject: "a city spokesman has called it "a mess"")
        helped = m is not None and bool(text[m.end:cue[0]].split()) and all(
            w.lower() in ADVERBS for w in text[m.end:cue[0]].split())
        # (an object between the verb and the quote makes it a verb with its
        # subject, not a noun's label: 'the pilots described the silt as
        # "soft"' against 'a film called "River"')
        objected = m is not None and any(
            w.lower() not in _LABEL_WORDS for w in _WORD.findall(text, cue[1], first.open_mark))
        if m is None or m.shape == "description" and not aux and not apposed and not helped and not objected:
            return None  # "a film called "River"": no one speaks
        if m.shape == "description":
            m = _document_issuer(text, s_lo, m) or m  # 'the board issued a statement calling it "a farce"'
    start = cue[1]
    on = _CALL_ON.match(text, start, s_hi)
    if on and word.lower().startswith("call"):
        start = on.end()  # "called on the board to "act now"", "called for a "fresh start""
    while start < s_hi and text[start].isspace():
        start += 1
    if m is not None and text[m.start:m.start + 5].lower() == "what " and m.end <= cue[0]:
        # the mention reader may take "what" into the subject: 'what Harbour
        # Master Ola Brandt called ...' opens the clause, the name speaks
        start = m.start
        m = Mention(m.start + 5, m.end, m.shape, max(m.name_start, m.start + 5) if m.name_start >= 0 else -1, m.name_end)
    what = _WHAT_SUBJECT.search(text, max(s_lo, m.start - 10), m.start) if m is not None else None
    if what and m is not None and m.end <= cue[0]:
        start = what.start()  # 'denounced what he called a "reckless gamble" of ...'
    end = s_hi
    # (the clause ends after the quotation, never at a comma inside it, nor at
    # one between the items of a quoted list: 'a "liar," a "fraud" and "weak"')
    stop = _OBJECT_CLAUSE_END.search(text, max(first.open_mark + 1, first.close_mark - 1), s_hi)
    while stop and _NEXT_QUOTED_ITEM.match(text, stop.end() - 1, s_hi):
        stop = _OBJECT_CLAUSE_END.search(text, stop.end(), s_hi)
    if stop:
        mark = stop.group(0).strip()
        end = stop.start() + (len(mark) if len(mark) > 1 and mark[0] in ",;:" else 0)  # keep a closing mark
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    last = [q for q in para_q if start <= q.open_mark and 0 <= q.close_mark < end]
    if last:
        when = _AFTER_OBJECT.match(text, last[-1].close_mark + 1, end)
        if when:
            # 'called the law a "crazy system" during a stop in Flint': the
            # when and where of the act, not part of what was said
            end = last[-1].close_mark + 1
    if not _has_words(text, start, end, 2):
        return None
    return _Found(start, end, "indirect", cue, m)


# Words between a labelling verb and its quoted label that are no object: 'a
# group called the "Friends of the Pier"', 'known simply as "the Rock"'
_LABEL_WORDS = frozenset("as a an the so simply just only by its his her their".split())
_CALL_ON = re.compile(r"\s+(?:on|for)\b")
_WHAT_SUBJECT = re.compile(r"\bwhat\s+$")
_NEXT_QUOTED_ITEM = re.compile("\\s*(?:(?:and|or)\\s+)?(?:(?:an?|the)\\s+)?[\"\u201c\u2018']")
_AFTER_OBJECT = re.compile(
    r"\s+(?:during|at|after|before|while|when|earlier|later|last|on\s+(?=Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b")


# Words that open a clause with its own subject ("believe it is", "think the
# plan will"), as opposed to a verb ("what she believes remains ...").
_CLAUSE_OPENER = re.compile(
    r"\s+(?:it|he|she|they|we|i|you|there|this|these|those|the|a|an|his|her|their|its|our|"
    r"most|many|some|no|[A-Z][\w'\u2019.\-]*)\s")
_WORDS = re.compile(r"[A-Za-z]+")


def _evidence_subject(text: str, s_lo: int, cue_start: int) -> bool:
    """The words before the verb name a poll, study, report or record."""
    words = _WORDS.findall(text, max(s_lo, cue_start - 120), cue_start)[-12:]
    return any(w.lower() in EVIDENCE_NOUNS for w in words)


# Verbs that report a question or a request: "wondered whether the vote was
# fair", "exhorted voters to stay home", "begged the board to wait"
_REQUEST_VERBS = frozenset("ask urge wonder exhort beg plead".split())
_ASKED_TO_ONLY = frozenset("urge exhort beg plead".split())
# "asked the court whether ...", "asked voters to ...", "urged Congress to act"
_ASKED_WHAT = re.compile(r"(?:\s+[\w'\u2019.\-]+){0,6}?\s+(whether|if|why|how|what|when|where|who)\s")
_ASKED_TO = re.compile(r"(?:\s+[\w'\u2019.\-]+){1,6}?\s+to\s+[a-z]")


def _request(text: str, cue: tuple[int, int], end: int, s_lo: int) -> _Found | None:
    """A question or a request reported: what was asked, or who was asked to
    do what."""
    base = SPEECH_VERB_FORMS.get(text[cue[0]:cue[1]].split()[0].lower())
    wh = _ASKED_WHAT.match(text, cue[1], end) if base not in _ASKED_TO_ONLY else None
    if wh:
        start = wh.start(1)
    elif base != "wonder" and _ASKED_TO.match(text, cue[1], end):
        start = cue[1]
        while start < end and text[start].isspace():
            start += 1
    else:
        return None
    tail = _TRAILING_PARTICIPLE.search(text, start, end)
    if tail and base == "wonder" and _has_words(text, start, tail.start(), 4) and _marks_closed(text, start, tail.start()):
        end = tail.start()  # 'wondered whether the vote was fair, prompting ...'
    if not _has_words(text, start, end, 3):
        return None
    m = subject_before(text, s_lo, cue[0])
    if m is None:
        if text[s_lo:cue[0]].rstrip().endswith(","):
            m = sentence_subject(text, s_lo, cue[0])  # "..., asking voters to ..."
        if m is None:
            return None
    return _Found(start, end, "indirect", cue, m)

