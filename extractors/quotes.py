"""Find quotes in an article body: direct, partial and indirect (reported) speech,
each with its cue and the speaker mention tied to the cue.

Usable alone: ``find_quotes(text)`` on any string; offsets point into it.
Speaker names are resolved later, by ``speakers.attribute_speakers``.
"""
from __future__ import annotations

import bisect
import re

from .cue_context import AND_END, WORD, Cues, Found, has_words, opening_participle_speaker, speaker_at, word_count, words_up_to
from .cues import SPEECH_VERB_FORMS
from .mentions import NOT_NAMES, Mention, sentence_subject, subject_before
from .quote_marks import QuotedSpan, find_quoted_spans, paragraph_spans
from .record import Quote, Span
from .reported import indirect, judged_object, judging_cue_starts, object_clause
from .sentences import sentence_spans

# '..., while chanting, "..."', 'before adding: "..."': a participle of the subject's
_WHILE_END = re.compile(r"(?:^|[\s,])(?:while|before|after|when|by)$")
_CLAUSE_IN_MENTION = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|cannot|could|should|must|may|might)\b")
_VERB_BEFORE_QUOTE = re.compile(r"\s([a-z]{3,}ed)[,:]\s*$")
_VERB_AND_SUBORDINATOR = re.compile(r"\b[a-z]+\s+(?:while|before|after|when|by)\s+$")
_CUE_AND_COMMA = re.compile(
    r"\b(?:said|says|added|adds|replied|replies|answered|answers|responded|responds|asked|asks|told\s+\w+)\s*,\s*$")
_CLAUSE_JOIN = re.compile(r",?\s+(?:and|but)\s|;\s")
_NAMING_VERBS = frozenset("call dub label brand".split())
# pronouns for a thing, not a speaker: 'She says it shows that "..."'
_THING_PRONOUNS = frozenset(("it", "this", "that", "which"))
# A work named before its title and a comma: 'her book, "..."', "the commentary, '...'"
_WORK_BEFORE = re.compile(
    r"\b(?:book|novel|memoir|film|movie|documentary|song|album|column|essay|commentary|op-ed|article|"
    r"editorial|poem|play|show|series|podcast|report)['\u2019]?,\s*$")
_LY_BEFORE = re.compile(r"\b[a-z]+ly\s+$")


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


# a clause of its own between a quote and a later cue: '... "..." and he said'
_COORDINATOR = r"\s(?:and|but|while|whereas|though|although|when|after|before|because|since|until)\s"
_COORDINATOR_END = re.compile(_COORDINATOR + r"+(?:[A-Z][\w'\u2019.\-]*,?\s+){0,4}$")
_COORDINATOR_WORD = re.compile(_COORDINATOR)


def _coordinated(text: str, close_end: int, cue: tuple[int, int]) -> bool:
    """The cue after a quote has a subject of its own, joined by "and" or
    "but": '... "..." and Ms. Roe, she said, ...'."""
    if not _COORDINATOR_WORD.search(text, close_end, cue[0]):
        return False  # (the subject ends before the cue, so no joining word before it, no clause)
    m = subject_before(text, close_end, cue[0])
    return m is not None and bool(_COORDINATOR_END.search(text, close_end, m.start))
_OWN_OBJECT = re.compile(r"\s+(?:that|he|she|they|it|we|I|there|a|an|his|her|their|its)\s")


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


def _announced(text: str, cues: Cues, pos: int) -> tuple[tuple[int, int] | None, Mention | None]:
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
    return found[-1], speaker_at(text, lo, end, found[-1])


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


def _headline_quote(text: str, lo: int, hi: int, para_q: list[QuotedSpan]) -> Found | None:
    """The quote of a one-line headline 'Speaker: what they said', quoted
    words and all; the speaker is the name before the colon."""
    m = _HEADLINE_SPEAKER.fullmatch(text, lo, hi)
    if m is None or has_words(text, lo, hi, 26) or "\n" in text[lo:hi].strip():
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
        return Found(first.start, first.end, "direct", None, Mention(m.start(1), m.end(1), "name", m.start(1), m.end(1)))
    return Found(start, end, "indirect", None, Mention(m.start(1), m.end(1), "name", m.start(1), m.end(1)))


def _find(text: str) -> list[Found]:
    spans = find_quoted_spans(text, nested=False)
    cues = Cues(text)
    judging = judging_cue_starts(text, cues)  # (most texts hold none: the object search is skipped)
    out: list[Found] = []
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
        quoted: list[Found | None] = []
        prev_found = None
        for k, q in enumerate(para_q):
            f = _quote_in_paragraph(text, cues, q, k, para_q, sents, hi, prev_found)
            quoted.append(f)
            prev_found = f
        clauses = []
        for s_lo, s_hi in sents:
            if not cues.starts_in(s_lo, s_hi):
                continue  # (reported speech and an object clause both need a cue in the sentence)
            found = indirect(text, cues, s_lo, s_hi)
            f = object_clause(text, cues, s_lo, s_hi, para_q)
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
            if f is None and bisect.bisect_left(judging, s_lo) < bisect.bisect_left(judging, s_hi) \
                    and not any(g.cue is not None and text[g.cue[1] - 3:g.cue[1]] == "ing" for g in found):
                # 'Albescu defended the longer hours and said ...': what was
                # judged (not when a participle carries the report: 'praised
                # the new swings, noting she had waited ...')
                # (in a sentence with a quotation, only a participle's object
                # after it: '"...," she said, citing the cost of buses')
                j = judged_object(text, cues, s_lo, s_hi, participles_only=bool(in_sentence))
                if j is not None and not any(g.start < j.end and j.start < g.end for g in found):
                    found = sorted([*found, j], key=lambda g: g.start)
            for prev, later in zip(in_sentence, in_sentence[1:]):
                # a later quote with a verb of its own after an earlier one: 'slammed
                # the "new tax" on Monday, calling it "a folly"'
                if prev.close_mark < 0 or not cues.starts_in(prev.close_mark + 1, later.open_mark):
                    continue
                f = object_clause(text, cues, s_lo, s_hi, para_q, prev.close_mark + 1)
                if f is not None and not any(g.start < f.end and f.start < g.end for g in found):
                    found = sorted([*found, f], key=lambda g: g.start)
            for f in found:
                inside = [(m, q) for m, q in zip(marks, para_q) if m[0] < f.end and m[1] > f.start]
                g = _around_quotes(text, f, inside, s_lo) if inside else f
                if g is not None:
                    clauses.append(g)
        kept: list[Found] = []
        for c in clauses:
            # a clause that is mostly its quoted words ('he was "very encouraged"')
            # is recorded by its partial quote alone; one mostly in the writer's
            # words is reported speech of its own, its quoted phrase a partial;
            # so is one of several short quoted phrases, none of which could
            # stand for it ('was "too salty," "served cold," and "a bad deal"')
            inner = [f for f in quoted if f is not None and c.start <= f.start and f.end <= c.end]
            if inner and sum(f.end - f.start for f in inner) > _QUOTED_SHARE * (c.end - c.start) \
                    and max(f.end - f.start for f in inner) >= _ONE_PHRASE_SHARE * (c.end - c.start):
                continue
            out.append(c)
            kept.append(c)
        # a phrase of three words or fewer quoted inside a reported clause that
        # is recorded and goes on after it ('said the levy was a "bitter pill"
        # for farmers') is a word choice the clause carries, not a quote of its
        # own ('The plan was "a disaster," Ruiz said.' keeps it: it ends the clause)
        out.extend(f for f in quoted if f is not None and not (
            f.kind == "partial" and not has_words(text, f.start, f.end, 4)
            and any(c.start <= f.start and f.end < c.end and has_words(text, f.end + 1, c.end, 1) for c in kept)))
        for f in quoted:
            if f is not None and f.kind == "partial" and f.cue is not None and f.cue[0] >= f.end \
                    and text[f.cue[0]:f.cue[1]].lower().startswith("according"):
                # 'Ellery told the players the cup was "in the bag," according to
                # a video': the writer's source; the clause's speaker said it
                clause = next((c for c in kept if c.start <= f.start and f.end <= c.end and c.mention is not None
                               and c.mention.shape in ("name", "pronoun") and c.cue is not None
                               and c.cue[1] <= f.start), None)
                if clause is not None:
                    f.mention, f.cue = clause.mention, clause.cue
            if f is not None and f.kind == "partial" and f.mention is None:
                # a quoted phrase inside a recorded clause whose own speaker was
                # not found is spoken by the clause's speaker, at its cue
                clause = next((c for c in kept if c.start <= f.start and f.end <= c.end and c.mention is not None
                               and (f.cue is None or f.cue == c.cue)), None)
                if clause is not None:
                    f.mention, f.cue = clause.mention, clause.cue
    return out


# Above this share of a reported clause's characters in quotation marks, the
# quoted words alone stand for the clause.
_QUOTED_SHARE = 0.5
# Below this share of the clause, no single quoted phrase stands for it.
_ONE_PHRASE_SHARE = 0.3


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in sents:
        if a <= pos < b:
            return a, b
    return sents[-1] if sents else (pos, pos)


def _quote_in_paragraph(text: str, cues: Cues, q: QuotedSpan, k: int, para_q: list[QuotedSpan],
                        sents: list[tuple[int, int]], hi: int, prev_found: Found | None) -> Found | None:
    s_lo, s_hi = _sentence_of(sents, q.open_mark)
    close_end = q.close_mark + 1 if q.close_mark >= 0 else hi
    _, s_end = _sentence_of(sents, max(close_end - 1, q.open_mark))
    nxt = para_q[k + 1].open_mark if k + 1 < len(para_q) else hi
    prv = para_q[k - 1].close_mark + 1 if k > 0 and para_q[k - 1].close_mark >= 0 else s_lo
    after_hi = min(nxt, max(s_end, close_end))
    before_lo = max(s_lo, prv)
    direct = _direct_shape(text, q, s_lo)
    if not direct and not has_words(text, q.start, q.end, 4) and not cues.beside(q.open_mark, close_end):
        # (the rule for scare quotes and titles below, decided before any
        # search for a speaker: whichever cue that search picks, none is adjacent)
        return None
    found = Found(q.start, q.end, "direct" if direct else "partial")
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
    if after and text[q.end - 1] in ".!?" and has_words(text, close_end, after[0][0], 1) \
            and _OWN_OBJECT.match(text, after[0][1], after_hi):
        # '"... all season." She noted a rally on Friday.' / '"..." Ito said he
        # would ...': a new sentence with a clause or object of its own
        after = []
    if after and text[q.end - 1] in ".!?" and k + 1 < len(para_q) and has_words(text, close_end, after[0][0], 1) \
            and text[after[0][1]:para_q[k + 1].open_mark].strip() == ":":
        # '"... thieves." Mr. Vale said: "..."': the cue and its colon announce
        # the next quote; this one is still the earlier speaker's
        after = []
    # '"...," said Lea Stone', '"..." if it fails, said Lea Stone' / '"..." and
    # said it was ...': the words after a cue name its speaker only right after
    # the quote or after a comma
    inverted = bool(after) and (not has_words(text, close_end, after[0][0], 1)
                                or text[close_end:after[0][0]].rstrip().endswith(","))
    if after and not has_words(text, close_end, after[0][0], 15):
        cue = after[0]
        found.mention = speaker_at(text, close_end, after_hi, cue, inverted)
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
                inner = speaker_at(text, before_lo, q.open_mark, cue)
                if inner is None or inner.shape not in ("name", "pronoun") \
                        or text[inner.start:inner.end].lower() in _THING_PRONOUNS:
                    # 'Ruiz said most residents have come to believe "..."': a
                    # verb inside the reported clause with no speaker of its
                    # own; the speaker of "said" speaks the quote
                    cue = says[-1]
            if cue[0] < before_lo:
                # the cue before an earlier quote of the sentence: "Ito in a
                # briefing accused the board of "..." and of "...""
                before_lo = s_lo
            found.mention = speaker_at(text, before_lo, q.open_mark, cue)
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
            if text[cue[1] - 3:cue[1]] == "ing" and (lead.endswith(",") or AND_END.search(lead)
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
                        found.mention = speaker_at(text, s_lo if first[0][0] < before_lo else before_lo, cue[0], first[0], inverted=False)
                    if found.mention is None or text[found.mention.start:found.mention.end].lower() in ("that", "which"):
                        # no earlier cue, or one inside a relative clause ("the polls
                        # that suggest ..., declaring"): the sentence's subject
                        found.mention = sentence_subject(text, s_lo, cue[0])
                    by = _VERB_AND_SUBORDINATOR.search(text, max(s_lo, cue[0] - 40), cue[0]) \
                        if found.mention is None and _WHILE_END.search(lead) else None
                    if by is not None:
                        # 'After the count he opened by saying, "..."': the subject of
                        # the verb the participle hangs on
                        found.mention = subject_before(text, before_lo, by.start())
    if found.mention is None and after:
        cue = after[0]
        found.mention = speaker_at(text, close_end, after_hi, cue, inverted)
    if found.mention is None and cue is None and q.open_mark == _para_start(text, s_lo):
        # a quote paragraph announced by the one before: 'He said:'
        found.cue, found.mention = _announced(text, cues, q.open_mark)
        cue = found.cue
    if found.mention is None and cue is None and q.close_mark >= 0:
        # a line of reactions or an epigraph: '"...." ― Ana Ruiz' / '"..." — Tom Hale, a reader'
        found.mention = _signed_after(text, close_end)
    if found.mention is None and cue is None and direct and q.open_mark > s_lo:
        # a verb of the writer's choosing set before the quote by a comma or
        # colon: 'Rosa Ibbotson shrugged, "..."', 'Vennick sighed: "..."'
        verb = _VERB_BEFORE_QUOTE.search(text, max(s_lo, q.open_mark - 30), q.open_mark)
        m = subject_before(text, s_lo, verb.start(1)) if verb else None
        if verb and m is not None and m.shape in ("name", "pronoun") and m.end + 1 >= verb.start(1) \
                and text[m.start:m.end].lower() not in _THING_PRONOUNS:
            found.mention, cue = m, verb.span(1)
    if found.mention is None and (cue is not None or not direct) and q.open_mark > s_lo:
        # the writer's sentence quotes its subject: 'Kent blasted the council for its "..."'
        found.mention = sentence_subject(text, s_lo, q.open_mark)
        if found.mention is not None and cue is None and _CLAUSE_IN_MENTION.search(
                text, found.mention.start, found.mention.end):
            # (a clause read as a subject: 'The match was moved after
            # "..."', 'The poor harvest cannot be traced to "..."': no one is named)
            found.mention = None
    if found.mention is None and cue is not None and cue[1] <= q.open_mark:
        found.mention = opening_participle_speaker(text, s_lo, s_end, cue)
    found.cue = cue
    words = words_up_to(text, q.start, q.end, 4)  # (asked only: 0, 1, at most 3)
    if direct and words <= 3 and cue is not None and cue[1] <= q.open_mark \
            and SPEECH_VERB_FORMS.get(text[cue[0]:cue[1]].split()[0].lower()) in _NAMING_VERBS:
        # 'as one paper called them last week, "Harbour Hawks"': a name given,
        # not a sentence spoken
        direct = False
        found.kind = "partial"
    adjacent = cue is not None and (
        (cue[0] >= close_end and not has_words(text, close_end, cue[0], 3))
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
    if text[q.end - 1:q.end] == "," and _WORK_BEFORE.search(text, max(s_lo, q.open_mark - 40), q.open_mark):
        return None  # 'In her 2019 book, "Tides of Dover," Ruiz argued ...': the work's title in apposition
    if words == 0 or text[q.open_mark - 1:q.open_mark] == "=":
        return None  # markup left in a text dump: author="name"
    if words == 1 and cue is None:
        return None
    if cue is not None and q.open_mark == s_lo and q.close_mark >= 0:
        return _run_on_clause(text, found, q, cue) or found
    if cue is None and direct and q.open_mark == s_lo and q.close_mark >= 0:
        return _run_on_to_end(text, cues, found, q, s_end) or found
    return found


# The writer's own words running on from a closing mark up to a comma and the
# cue: '"We thank our volunteers" for the victory, Ana Ruiz said.'
_RUN_ON = re.compile(r"[ \t]+([a-z][a-z\-]*)\b[^,;.!?\n\"\u201c\u201d]{0,110}(?=,)")
_RUN_ON_NOT = frozenset(
    "he she they i we it you who which and but or as while when because if unless though although since"
    " before after until once whether".split())
_RUN_ON_CUES = frozenset("say add tell write note argue explain".split())


def _run_on_clause(text: str, found: Found, q: QuotedSpan, cue: tuple[int, int]) -> Found | None:
    """A quote that opens its sentence and runs on into the writer's words
    before ', X said': the whole clause, quote and run-on, is what X is
    reported to have said."""
    close_end = q.close_mark + 1
    if cue[0] < close_end or SPEECH_VERB_FORMS.get(text[cue[0]:cue[1]].split()[0].lower()) not in _RUN_ON_CUES:
        return None
    m = _RUN_ON.match(text, close_end, cue[0])
    if m is None or m.group(1) in SPEECH_VERB_FORMS or m.group(1) in _RUN_ON_NOT \
            or not 0 <= word_count(text, m.end() + 1, cue[0]) <= 4 or "," in text[m.end() + 1:cue[0]]:
        return None
    return Found(q.open_mark, m.end(), "indirect", found.cue, found.mention)


# The writer's words running on from a closing mark to the end of the
# sentence: '"We have two weeks left" before the ferry stops.'
_RUN_ON_TO_END = re.compile(r"[ \t]+([a-z][a-z\-]*)\b[^,;:!?\n\"\u201c\u201d\u2018\u2019']{0,90}?(?=[.!?]?\s*$)")


def _run_on_to_end(text: str, cues: Cues, found: Found, q: QuotedSpan, s_end: int) -> Found | None:
    """A quote that opens its sentence without a cue and stops short of it,
    unpunctuated, the writer finishing the sentence ('"They cut the budget
    again" for the harbour crews.'): the whole sentence is what was said."""
    close_end = q.close_mark + 1
    if text[q.end - 1:q.end] in (".", ",", "!", "?", ";", ":", "") or not has_words(text, q.start, q.end, 4):
        return None
    end = s_end
    while end > close_end and text[end - 1].isspace():
        end -= 1
    m = _RUN_ON_TO_END.match(text, close_end, end)
    if m is None or m.group(1) in SPEECH_VERB_FORMS or m.group(1) in _RUN_ON_NOT \
            or not word_count(text, close_end, end) <= 12 or cues.within(close_end, end):
        return None
    return Found(q.open_mark, m.end(), "indirect", found.cue, found.mention)


_TITLE_SMALL_WORDS = frozenset("a an the of and or to in on for at by with from vs nor as de la".split())


def _is_title(text: str, a: int, b: int) -> bool:
    """A short quoted run in title case: every word capitalised but the small ones."""
    if has_words(text, a, b, 9):
        return False  # (a quotation of many words, as most are: read no further)
    words = WORD.findall(text, a, b)
    if not 1 <= len(words) <= 8 or text[a:b].rstrip(",.").count(".") or any(ch in text[a:b] for ch in "!?"):
        return False
    caps = [w for w in words if w[0].isupper() or w[0].isdigit()]
    return len(caps) >= 1 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words) \
        and not (len(words) > 1 and words[0] == "I")


def _around_quotes(text: str, f: Found, inside: list[tuple[tuple[int, int], QuotedSpan]],
                   s_lo: int) -> Found | None:
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
            if joins and has_words(text, start, joins[-1], 3):
                end = min(end, joins[-1])
    while end > start and (text[end - 1].isspace() or text[end - 1] in ":"):
        end -= 1
    words_out = word_count(text, start, end) - sum(
        word_count(text, max(a, start), min(b, end)) for (a, b), _ in inside if a < end and b > start)
    if words_out < 1 or not has_words(text, start, end, 2):
        return None
    return Found(start, end, f.kind, f.cue, f.mention)

