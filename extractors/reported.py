"""Reported speech: the clause a speech cue reports ("Ruiz said the ferry would
run", an indirect quote) and the object clause of a verb that carries quoted words
("called the plan \"a mess\"").  Used by ``quotes.find_quotes``.
"""
from __future__ import annotations

import re

from .cue_context import (
    AND_END,
    OBJECT_VERBS,
    PASSIVE_BEFORE,
    WORD,
    Cues,
    Found,
    according_source,
    document_issuer,
    evidence_subject,
    has_words,
    opening_participle_speaker,
    speaker_at,
    words_up_to,
)
from .cues import ADVERBS, CLAUSE_PARTICLE_VERBS, CLAUSE_VERBS, EVIDENCE_VERBS, NEEDS_THAT, SPEECH_VERB_FORMS
from .mentions import Mention, sentence_subject, subject_after, subject_before
from .quote_marks import QuotedSpan

_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:[Aa]fter|[Ww]hen|[Bb]ecause|[Aa]s|[Ss]ince|[Ww]hile|[Bb]efore|[Ii]f|[Tt]hough|[Aa]lthough|[Oo]nce|[Uu]ntil)\s+(he|she|they|we|I)\s")
_FINITE_VERB = re.compile(
    r"\b(?:is|was|are|were|has|had|have|would|will|could|should|can|may|might|must|did|does|"
    r"isn['\u2019]t|wasn['\u2019]t|aren['\u2019]t|weren['\u2019]t|won['\u2019]t|wouldn['\u2019]t)\b")
_QUOTING_PARTICIPLE = re.compile(
    "(?:,\\s+)(?:calling|adding|saying|noting|describing|labeling|labelling|dubbing|insisting|arguing|warning)"
    "\\b[^\"\u201c\u201d]{0,60}[\"\u201c]")
# Where the words were said or written, after them: '"reckless" in a statement on Monday'
_IN_A_MEDIUM = (r"in\s+(?:a|an|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?"
                r"(?:statement|tweet|interview|post|letter|speech|email|e-mail|op-ed|column|video|message|memo|note)s?\b")
_MEDIUM_AFTER_QUOTE = re.compile("[\"\u201d\u2019],?\\s+" + _IN_A_MEDIUM)
_ASIDE_AFTER_QUOTE = re.compile("[\"\u201d\u2019],?\\s+(?:\\(|\u2014|--|\u2013|-\\s)")
_SUBORDINATE_PARTICIPLE = re.compile(r"\b(?:despite|after|before|while|since|without|when|though|although)\s+$")
_AS_SAID = re.compile(",[\"\u201d\u2019']*\\s+as$")
_ARTICLE_END = re.compile(r"(?<![\w'\u2019])(?:the|The)\s+$")
_ACCORDING_AFTER = re.compile("[\"\u201d\u2019']?,[\"\u201d\u2019']?\\s+according\\s+to\\b")
_AS_X_OPENING = re.compile(r"\s*(?:(?:But|And|Yet|So),?\s+)?[Aa]s\s+(?=\S)")
_OPENING_WORDS = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Now|Still|Instead|Meanwhile|However|Also|In addition|In fact|Indeed),?\s+)+")
_QUOTE_MARK = re.compile("[\"\u201c\u201d]|''")
_COMMA_BEFORE = re.compile(",[\"\u201d\u2019']?\\s*$")
_AND_BEFORE = re.compile(r"(?:^|[\s,])and\s*$")
_POSSESSIVE_END = re.compile(r"(?:['\u2019]s|s['\u2019])$")
_TIME_ADVERBIAL = re.compile(
    r"\s*(?:(?:on|last|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday|tonight|week|weekend|month|year|morning|evening|night)\b,?"
    r"|\s*in\s+an?\s+(?:\w+\s+){0,2}(?:statement|interview|speech|email|post|letter|tweet|"
    r"address|appearance|briefing|conference|call|op-ed|message|remarks)\b,?"
    # an adverb of the act, not of the reported words: 'has said repeatedly "the voters" should ...'
    r"|\s*(?:repeatedly|again|often|publicly|privately|recently|previously|flatly|bluntly|simply|"
    r"frequently|openly|later|earlier|also)\b(?=\s+(?:that\b|[\"\u201c]|[a-z]+\s))", re.IGNORECASE)
_COORDINATOR = re.compile(r"(?:but|and|yet)\s")


def indirect(text: str, cues: Cues, s_lo: int, s_hi: int) -> list[Found]:
    """The reported speech of a sentence: one clause per cue, in order ("She
    says the plan is fair but insists the cost is too high": two)."""
    end = s_hi
    while end > s_lo and text[end - 1].isspace():
        end -= 1
    out: list[Found] = []
    last_m: Mention | None = None
    for cue in cues.within(s_lo, end):
        if out and cue[0] < out[-1].end:
            continue
        f = _reported_at(text, cues, cue, s_lo, end, last_m)
        if isinstance(f, Found) and out and f.start < out[-1].end:
            continue  # 'She said it was "fine," she said.': the clause is reported once
        if isinstance(f, Found):
            out.append(f)
            last_m = f.mention or last_m
        elif f is not None:
            last_m = f
    return out


def _reported_at(text: str, cues: Cues, cue: tuple[int, int], s_lo: int, end: int,
                 last_m: Mention | None) -> Found | Mention | None:
    """The reported clause of one cue; else the speaker it names, if any."""
    word = text[cue[0]:cue[1]]
    low = word.split()[0].lower()
    if low == "asked" and (_ASKED_OPENING.fullmatch(text, s_lo, cue[0]) or _WHEN_BEFORE.search(text, s_lo, cue[0])):
        return _question_put(text, cues, cue, end)
    as_x = _AS_X_OPENING.match(text, s_lo, cue[0]) if text[cue[1]:cue[1] + 1] == "," and low != "according" else None
    if as_x is not None:
        # 'As Greta Ellery noted, the beans will sprout ...': what follows the comma
        # is what the source said
        m = subject_before(text, as_x.end(), cue[0])
        start = cue[1] + 1
        while start < end and text[start].isspace():
            start += 1
        if m is None or not has_words(text, start, end, 3) or cues.within(start, end) \
                or _QUOTE_MARK.search(text, start, end):
            return None  # (a quotation after it is recorded as such)
        return Found(start, end, "indirect", cue, m)
    if word[0].isupper() and low != "according":
        return None  # a headline's "Report Says"
    if low == "according":
        m = according_source(text, cue[1], end)
        if m is None:
            return None
        lead = text[s_lo:cue[0]]
        if cue[0] - s_lo < 3 or lead.rstrip().endswith(":") or _OPENING_WORDS.fullmatch(lead):
            # "According to X, the plan ..." (also after a colon: 'The change
            # was easy to see: According to ticket counts, ...', or an opening
            # word: 'Meanwhile, according to the organisers, ...')
            comma = text.find(",", m.end, end)
            if comma < 0:
                return None
            start = comma + 1
            while start < end and text[start].isspace():
                start += 1
            if not has_words(text, start, end, 3):
                return None
            return Found(start, end, "indirect", cue, m)
        comma = text.find(",", m.end, min(end, m.end + 3))
        if lead.rstrip().endswith(",") and comma >= 0 and not has_words(text, s_lo, cue[0], 4) \
                and not _FINITE_VERB.search(lead) and has_words(text, comma + 1, end, 3):
            # 'Attendance, according to the museum, has doubled': the source
            # set off inside the sentence it reports
            return Found(_past_conjunction(text, s_lo, end), end, "indirect", cue, m)
        # "The plan ..., according to X."
        c_end = cue[0]
        while c_end > s_lo and text[c_end - 1] in " ,":
            c_end -= 1
        if not has_words(text, s_lo, c_end, 3):
            return None
        return Found(_past_conjunction(text, s_lo, c_end), c_end, "indirect", cue, m)
    if SPEECH_VERB_FORMS.get(low) in _REQUEST_VERBS and not PASSIVE_BEFORE.search(text, max(s_lo, cue[0] - 12), cue[0]):
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
    if low.endswith("ing") and _COMMA_BEFORE.search(text, s_lo, cue[0]):
        # "..., saying the plan was dead": the clause after it, spoken by
        # the sentence's subject (the comma may stand inside a closing mark:
        # 'called it "a gift," telling parents that ...')
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
            if inverted and m is not None and text.count(",", s_lo, cue[0]) >= 2 \
                    and not text[m.end:end].lstrip().startswith((",", ";")) and has_words(text, m.end, end, 4):
                # 'Vell, the author of "Small Harvests," said the years when ...
                # are over': a subject and its apposition before the cue, the
                # words after it a clause, not a speaker
                own = sentence_subject(text, s_lo, cue[0])
                if own is not None and text[own.end:cue[0]].lstrip().startswith(","):
                    m, inverted = own, False
        else:
            # a subject the mention reader does not take ("Nearly a third
            # say", "Joyce -- who ... -- told"): the sentence's own, or none
            m = sentence_subject(text, s_lo, cue[0]) or opening_participle_speaker(text, s_lo, end, cue)
            if m is None and SPEECH_VERB_FORMS.get(low) not in ("say", "tell"):
                return None
    # "The plan failed, the minister said." / "..., said the minister."
    head = cue[0] if inverted or m is None else m.start
    article = _ARTICLE_END.search(text, s_lo, head) if m is not None and m.shape == "name" else None
    if article:
        head = article.start()  # '..., the Pellridge Courier reported.': the outlet's article is no word of the report
    pre = text[s_lo:head].rstrip()
    as_said = _AS_SAID.search(pre)
    if as_said and not inverted:
        # 'The toll is a burden on farmers, as Ruiz said.' / '..., as a memo
        # put it.': what comes before the comma is what was said
        pre = pre[:as_said.start() + 1]
    closing = len(pre) - len(pre.rstrip("\"\u201d\u2019'"))
    after = m.end if inverted and m is not None else cue[1]
    if closing == 0 and pre.endswith(",") and text[after:after + 3].lstrip().startswith(",") \
            and not has_words(text, s_lo, s_lo + len(pre), 3) and has_words(text, after, end, 3) \
            and not cues.within(after, end) and not _QUOTE_MARK.search(text, after, end):
        # the cue set off by commas inside the sentence it reports: 'Honestly,
        # he said, the bread tastes better a day old.', 'In truth, she said,
        # the choir sings best on Sundays.'
        return Found(_past_conjunction(text, s_lo, end), end, "indirect", cue, m)
    if pre[:len(pre) - closing].endswith(","):
        # (the words after the cue counted only here, and only up to 9: at most
        # 8 are asked for, at least 3)
        tail_words = words_up_to(text, (m.end if inverted and m is not None else cue[1]), end, 9)
        if inverted and m is not None and text[m.end:end].lstrip().startswith(","):
            tail_words = 0  # '..., said Tom Hale, a strategist who ...': the speaker's appositive
        if tail_words <= 8 and " that " not in text[cue[1]:end] \
                and not (closing == 0 and tail_words >= 3 and _INTRODUCTORY.match(text, s_lo, head)) \
                and not (tail_words >= 3 and not inverted and _pronoun_clause_after(text, cue[1], end)):
            # '..., the minister said.'; 'Lead words, "quoted words," said X.'
            c_end = s_lo + len(pre) - (1 if closing == 0 else 0)
            if has_words(text, s_lo, c_end, 3):
                return Found(_past_conjunction(text, s_lo, c_end), c_end, "indirect", cue, m)
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


_JOINED_BEFORE = re.compile(r"\b(?:and|or|but)\s+$")
_THAT_RIGHT_AFTER = re.compile(r"\s+(?:(?:to|at)\s+(?:[\w'\u2019.\-]+\s+){1,3}?)?that\s")


# A sentence's linking word is the writer's, not the speaker's: "But the
# ferry is not for sale, he said."
_LEADING_CONJUNCTION = re.compile(r"(?:(?:But|And|Yet),?|(?:However|Still|Instead|Now),)\s+(?=\S)")


def _past_conjunction(text: str, start: int, end: int) -> int:
    m = _LEADING_CONJUNCTION.match(text, start, end)
    return m.end() if m and has_words(text, m.end(), end, 3) else start


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
# (the last words before the spaces that end every match of it)
_NEXT_CLAUSE_ENDS = ("and", "but", "also", "then", "later", "has", "had", ",", "\"", "\u201d", "\u2019", "'")


# A relative clause inside an audience ("told the panel, which ..., that"):
# its own "that" may follow.
_RELATIVE = re.compile(r"\b(?:who|whom|which|where|whose|when)\b")


def _clause_after(text: str, cues: Cues, cue: tuple[int, int], end: int, s_lo: int,
                  m: Mention | None) -> Found | None:
    """The reported clause after a cue: "said (that) ...", "told reporters
    (that) ...", up to the sentence's end, the end of an opening subordinate
    clause, or a second cue that starts a clause of its own."""
    low = text[cue[0]:cue[1]].split()[0].lower()
    start = cue[1]
    base = SPEECH_VERB_FORMS.get(low, "")
    rest = text[start:end]
    that = _THAT_AFTER.match(rest) if "that" in rest else None  # (most clauses hold no "that": not sought)
    if that and cues.within(start, start + that.start(1)):
        that = None  # "said the governor told them that ...": the clause after the first cue
    if that and (base not in OBJECT_VERBS and _PRONOUN_CLAUSE.match(rest)
                 or _JOINED_BEFORE.search(rest, 0, that.start(1))):
        that = None  # 'said the tapes were "unclear" and that ...': the first clause's own "that"
    if that and base not in OBJECT_VERBS and _FINITE_VERB.search(rest, 0, that.start(1)) \
            and not _RELATIVE.search(rest, 0, that.start(1)):
        # 'said the deal was a "fair arrangement" that took ...': the clause
        # has its verb before the "that", which opens a relative clause
        that = None
    evidence = low in EVIDENCE_VERBS
    if evidence and not (that and that.start(1) < 3) and not evidence_subject(text, s_lo, cue[0]):
        return None  # "he found the keys": only polls, studies and papers find things said
    if that and ("," not in rest[:that.start(1)] or base not in OBJECT_VERBS and that.start(1) < 40
                 or _PLACE_OR_TIME.match(rest.lstrip(" ,"))
                 or base in OBJECT_VERBS and that.start(1) < 120 and not _RELATIVE.search(rest, 0, that.start(1))):
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
        tm = _TIME_ADVERBIAL.match(rest)
        if tm:
            start += tm.end()
        if base in OBJECT_VERBS:
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
    if m is not None and text[s_lo:m.start].rstrip().endswith(",") and _PLACE_OR_TIME.match(text, start, end):
        # 'The crews, Ruiz said later at the hearing, were "exhausted"': the
        # cue's place or time runs to the comma that closes the aside
        comma = text.find(",", start, min(end, start + 60))
        if comma > 0 and not _FINITE_VERB.search(text, start, comma) and has_words(text, comma + 1, end, 3) \
                and not cues.within(start, end):
            start = comma + 1
            while start < end and text[start].isspace():
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
        closing = _CLAUSE_COMMA.search(text, start, end)
        if closing:
            end = closing.end() - 1
            while text[end - 1] in ",;":
                end -= 1
    first_comma = text.find(",", start, end)  # (the clause opens on a comma, perhaps after a mark: sought from there)
    own = _OWN_SUBJECT_CLAUSE.search(text, max(start, first_comma - 1), end) if first_comma >= 0 else None
    if own and has_words(text, start, own.start(), 3):
        end = own.start()  # "..., but he said he had no role"
    for later in cues.within(start, end):
        lw = text[later[0]:later[1]].split()[0].lower()
        # (each pattern below is sought only where the words it needs stand: the
        # words run to most later cues without a contrast, a comma or a joining word)
        run = text[start:later[0]]
        other = _OTHER_SPEAKER_CLAUSE.search(text, start, later[0]) \
            if "while" in run or "though" in run or "whereas" in run else None
        if other and has_words(text, start, other.start(), 3) and _marks_closed(text, start, other.end()):
            # 'agreed that the plan is "fair," while 70 percent said ...': a
            # clause with a speaker of its own
            end = other.start(1)
            break
        said_at_end = _SAID_AT_END.search(text, start, later[0]) if "," in run else None
        if said_at_end and not has_words(text, later[1], end, 4) and has_words(text, start, said_at_end.start(), 3) \
                and _marks_closed(text, start, said_at_end.end()):
            # 'she felt it was "worth it," she said.': the cue repeated at the end
            end = said_at_end.start()
            break
        nxt = _NEXT_CLAUSE.search(text, start, later[0]) if run.rstrip().endswith(_NEXT_CLAUSE_ENDS) else None
        if nxt and (lw in CLAUSE_VERBS or _COMMA_AND.search(text, start, later[0])):
            # "said she was impressed, but lamented that ...": any speech verb
            # after ", but" starts a clause of its own
            cut = nxt.start()
            if has_words(text, start, cut, 3):
                end = cut
            break
    tail = _TRAILING_PARTICIPLE.search(text, start, end)
    if tail and _QUOTING_PARTICIPLE.match(text, tail.start(), end):
        # '..., calling it a "bridge too far."': the speaker goes on
        # speaking, in the same report
        tail = None
    aside = _ASIDE_AFTER_QUOTE.search(text, start, end)
    if aside and has_words(text, start, aside.start(), 3) and _marks_closed(text, start, aside.start() + 1):
        # 'said she was "relieved" by the vote — a rare win for the mayor':
        # the writer's aside after the quoted words
        end = aside.start() + 1
    source = _ACCORDING_AFTER.search(text, start, end) if "ccording to" in text[start:end] else None
    if source and has_words(text, start, source.start(), 3) and (
            _marks_closed(text, start, source.start()) or _marks_closed(text, start, source.start() + 2)):
        # 'said the roof needed new tiles, according to two volunteers': the writer's
        # source for the report, not a word of it
        end = source.start()
    medium = _MEDIUM_AFTER_QUOTE.search(text, start, end) if " in " in text[start:end] else None
    if medium and has_words(text, start, medium.start(), 3) and _marks_closed(text, start, medium.start() + 1):
        # 'said the levy was "a bitter pill" in a statement on Friday': where
        # it was said, not what
        end = medium.start() + 1
    tail = tail or _TRAILING_PREDICATE.search(text, start, end)
    cut = tail.start() + (text[tail.start()] in _CLOSERS) if tail else end  # (a closing mark stays)
    if tail and text[cut:cut + 1] == "," and text[cut + 1:cut + 2] in _CLOSERS:
        cut += 2  # ('a "guess," describing ...': the comma and mark close the quoted words)
    if tail and has_words(text, start, cut, 4) and _marks_closed(text, start, cut):
        # "said the plan had failed, prompting a review" / "said the figures were
        # wrong, but did not say why": the subject's own next act, not what it said
        end = cut
    if not has_words(text, start, end, 3):
        return None
    return Found(start, _closing_mark_kept(text, start, end), "indirect", cue, m)


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
# (the comma may stand inside a closing mark: 'a "guess," describing ...')
_TRAILING_PARTICIPLE = re.compile(
    ",[\"\u201d\u2019']?\\s+(?:[a-z]+ly\\s+)?(?!including\\b|according\\b|meaning\\b)[a-z]+ing\\s+(?!and\\b|or\\b|,)")
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


def object_clause(text: str, cues: Cues, s_lo: int, s_hi: int, para_q: list[QuotedSpan],
                   lo: int | None = None) -> Found | None:
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
    if word.lower().endswith("ing") and _COMMA_BEFORE.search(text, s_lo, cue[0]):
        m = sentence_subject(text, s_lo, cue[0])  # "..., calling it "a sham""
        earlier = [c for c in cues.within(s_lo, cue[0]) if c[1] < cue[0]]
        if m is None and earlier:
            # the speaker of the cue before: '"...," Hale said, calling it "a sham"'
            m = speaker_at(text, s_lo, cue[0], earlier[-1])
    elif AND_END.search(text[s_lo:cue[0]].rstrip()):
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
        aux = PASSIVE_BEFORE.search(text, max(s_lo, cue[0] - 12), cue[0]) if word.lower().endswith("ing") else None
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
            w.lower() not in _LABEL_WORDS for w in WORD.findall(text, cue[1], first.open_mark))
        if m is None or m.shape == "description" and not aux and not apposed and not helped and not objected:
            return None  # "a film called "River"": no one speaks
        if m.shape == "description":
            m = document_issuer(text, s_lo, m) or m  # 'the board issued a statement calling it "a farce"'
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
    if not has_words(text, start, end, 2):
        return None
    return Found(start, end, "indirect", cue, m)


# Verbs of judging whose object is what the speaker judged, quoted or not:
# "The referee praised both goalkeepers", "Quist accused the club of hiding its accounts".
_JUDGING_VERBS = frozenset(
    "criticize criticise praise defend blame condemn denounce dismiss mock slam blast accuse "
    "reject deride ridicule lambaste assail applaud chastise castigate "
    "describe hail fault decry lament bemoan scold chide tout deny propose cite".split())
_JUDGING_OR_CALL = _JUDGING_VERBS | {"call", "speak", "point"}
_POINT_TO = re.compile(r"\s+to\b")
# "spoke about the joy of growing beans": what was spoken of
_ABOUT = re.compile(r"\s+about\b")
_FINITE_FORM = re.compile(r"[a-z]+(?:ed|s)")
_CALL_FOR = re.compile(r"\s+(?:for|on)\b")
_INSIDE_PHRASE = re.compile(
    r"\b(?:of|for|by|from|with|to|at|in|on|whom|who|which|that)\s+(?:[A-Z][\w.'\u2019\-]*\s+)*$")
_NAME_AFTER_OF = re.compile(r"\bof\s+(?:[a-z\-]+\s+){0,3}[A-Z]")
_VERB_THEN_BY = re.compile(r"\b([a-z]+)\s+(?:[a-z]+\s+){0,3}?by\s+$")
_HELPERS_BEFORE = re.compile(r"(?:\s+(?:has|have|had|also|repeatedly|publicly|[a-z]+ly))+\s+$")


def judging_cue_starts(text: str, cues: Cues) -> list[int]:
    """Where the verbs of judging (and "call") among the cues start."""
    return [a for a, b in cues.spans if SPEECH_VERB_FORMS.get(text[a:b]) in _JUDGING_OR_CALL]


def judged_object(text: str, cues: Cues, s_lo: int, s_hi: int, participles_only: bool = False) -> Found | None:
    """The object of a verb of judging in a sentence with no quotation ("Albescu
    defended the longer hours on Monday"): what the subject is reported to have
    judged, up to the end of its clause."""
    for cue in cues.within(s_lo, s_hi):
        word = text[cue[0]:cue[1]]
        base = SPEECH_VERB_FORMS.get(word)
        call_for = _CALL_FOR.match(text, cue[1], s_hi) if base == "call" else \
            _ABOUT.match(text, cue[1], s_hi) if base == "speak" else \
            _POINT_TO.match(text, cue[1], s_hi) if base == "point" else None
        if base not in _JUDGING_VERBS and call_for is None:
            continue
        participle = word.endswith("ing")
        if participles_only and not participle:
            continue
        if participle:
            # '..., citing the cost of buses', 'won the vote by criticizing the
            # hours': the participle's speaker is the sentence's subject
            by = _VERB_THEN_BY.search(text, max(s_lo, cue[0] - 40), cue[0])
            if by is not None:
                m = subject_before(text, s_lo, by.start(1))
            elif _COMMA_BEFORE.search(text, s_lo, cue[0]):
                earlier = [c for c in cues.within(s_lo, cue[0]) if c[1] < cue[0]]
                if _QUOTE_MARK.search(text, s_lo, cue[0]):
                    # '"...," she added, citing ...': the speaker of the cue before
                    m = speaker_at(text, s_lo, cue[0], earlier[-1]) if earlier else None
                else:
                    m = sentence_subject(text, s_lo, cue[0])
            else:
                continue
        elif not (_FINITE_FORM.fullmatch(word) or word == "spoke") \
                or PASSIVE_BEFORE.search(text, max(s_lo, cue[0] - 12), cue[0]):
            continue  # "the timetable was criticized by ...": no speaker before it
        else:
            verb_at = cue[0]
            helper = _HELPERS_BEFORE.search(text, max(s_lo, cue[0] - 40), cue[0])
            if helper:
                verb_at = helper.start()  # 'the club has firmly defended ...'
            if AND_END.search(text[s_lo:verb_at].rstrip()):
                m = sentence_subject(text, s_lo, verb_at)  # 'The mayor toured the school and praised ...'
            else:
                m = subject_before(text, s_lo, verb_at)
        if m is None or text[m.start:m.end].lower() in ("that", "which", "who"):
            continue
        if participle and _NAME_AFTER_OF.search(text, m.start, m.end):
            continue  # ('The council of club captain Jun Marsk ..., accusing ...': the name is not the subject)
        if _INSIDE_PHRASE.search(text, max(s_lo, m.start - 60), m.start):
            continue  # (a name inside a longer subject: 'The council of club president Vera Pellew defended ...')
        start = call_for.end() if call_for else cue[1]  # "called for a limit", "called on the warden to ...": what was asked
        while start < s_hi and text[start].isspace():
            start += 1
        stop = _OBJECT_CLAUSE_END.search(text, start, s_hi)
        end = stop.start() if stop else s_hi
        when = _AFTER_OBJECT.search(text, start, end)
        if when and has_words(text, start, when.start(), 1):
            end = when.start()  # 'criticized the menu during a visit to the school'
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.!?"):
            end -= 1
        if not has_words(text, start, end, 2) or cues.within(start, end) or _QUOTE_MARK.search(text, start, end):
            continue  # (a cue inside: 'cited two neighbours as saying ...', whose report is the later one's)
        return Found(start, end, "indirect", cue, m)
    return None


# Words between a labelling verb and its quoted label that are no object: 'a
# group called the "Friends of the Pier"', 'known simply as "the Rock"'
_LABEL_WORDS = frozenset("as a an the so simply just only by its his her their".split())
_CALL_ON = re.compile(r"\s+(?:on|for)\b")
_WHAT_SUBJECT = re.compile(r"\bwhat\s+$")
_NEXT_QUOTED_ITEM = re.compile("\\s*(?:(?:and|or)\\s+)?(?:(?:an?|the)\\s+)?[\"\u201c\u2018']")
_AFTER_OBJECT = re.compile(
    r"\s+(?:during|at|after|before|while|when|earlier|later|last|on\s+(?=Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b|,?(?=\s+" + _IN_A_MEDIUM + ")")


# Words that open a clause with its own subject ("believe it is", "think the
# plan will"), as opposed to a verb ("what she believes remains ...").
_CLAUSE_OPENER = re.compile(
    r"\s+(?:it|he|she|they|we|i|you|there|this|these|those|the|a|an|his|her|their|its|our|"
    r"most|many|some|no|[A-Z][\w'\u2019.\-]*)\s")


# Verbs that report a question or a request: "wondered whether the vote was
# fair", "exhorted voters to stay home", "begged the board to wait"
_REQUEST_VERBS = frozenset("ask urge wonder exhort beg plead".split())
_ASKED_TO_ONLY = frozenset("urge exhort beg plead".split())
# "asked the court whether ...", "asked voters to ...", "urged Congress to act"
_ASKED_WHAT = re.compile(r"(?:\s+[\w'\u2019.\-]+){0,6}?\s+(whether|if|why|how|what|when|where|who)\s")
_ASKED_TO = re.compile(r"(?:\s+[\w'\u2019.\-]+){1,6}?\s+to\s+[a-z]")


# "Asked whether ..., she said": a question put to the subject of the main
# clause; "when asked about ...": the same after the main clause
_ASKED_OPENING = re.compile(r"\s*(?:(?:And|But|When|After|Once|If)\s+)?")
_WHEN_BEFORE = re.compile(r"(?:^|[\s,])(?:when|after)\s+$")
_ASKED_BY = re.compile(r"\s+by\b")
_QUESTION_OPENER = re.compile(r"(?:\s+[\w'\u2019.\-]+){0,6}?\s+(whether|if|why|what|who|whom|how|when|where|which|about)\s")


def _question_put(text: str, cues: Cues, cue: tuple[int, int], end: int) -> Found | None:
    """A question put to someone, in the passive ("Asked whether the museum
    would charge for entry, Odell said ..."): the question, up to the comma
    that ends the phrase; who asked it only when the sentence says ("asked
    by a student whether ...")."""
    pos, m = cue[1], None
    by = _ASKED_BY.match(text, pos, end)
    if by:
        m = subject_after(text, by.end(), end)
        if m is None:
            return None
        q = _QUESTION_OPENER.match(text, by.end(), end)
        if q is not None and m.start < q.start(1) < m.end:
            # (the mention reader runs on into the question: "a student whether the exam")
            cut = q.start(1)
            while text[cut - 1].isspace():
                cut -= 1
            m = Mention(m.start, cut, m.shape, m.name_start, min(m.name_end, cut) if m.name_end >= 0 else -1)
        pos = m.end
    q = _QUESTION_OPENER.match(text, pos, end)
    if q is None:
        return None
    start = q.start(1)
    later = [c for c in cues.within(start, end) if c[0] > start]
    stop = text.rfind(",", start, later[0][0]) if later else -1
    if stop < 0:
        stop = text.find(",", start, end)
    if stop < 0 or not has_words(text, start, stop, 2) or not _marks_closed(text, start, stop):
        return None
    return Found(start, stop, "indirect", cue, m)


def _request(text: str, cue: tuple[int, int], end: int, s_lo: int) -> Found | None:
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
    if tail and base == "wonder" and has_words(text, start, tail.start(), 4) and _marks_closed(text, start, tail.start()):
        end = tail.start()  # 'wondered whether the vote was fair, prompting ...'
    if not has_words(text, start, end, 3):
        return None
    m = subject_before(text, s_lo, cue[0])
    if m is None:
        if _COMMA_BEFORE.search(text, s_lo, cue[0]) or _AND_BEFORE.search(text, max(s_lo, cue[0] - 12), cue[0]):
            # "..., asking parents to ...", '"fair," urging ...', 'checked the
            # bread and asked the cooks if ...': the sentence's subject
            m = sentence_subject(text, s_lo, cue[0])
        if m is None:
            return None
    return Found(start, end, "indirect", cue, m)
