"""Resolve each quote's speaker to a canonical name and list the speakers.

The mention at the cue is read as the text gives it: a full name ("Kim
Song"), a surname or title ("Bolton", "Mr. Bolton") standing for a full name
given earlier, a pronoun ("he") standing for the person last in focus, a
description ("the diplomat") standing for the person it describes, or nothing
at all for a quote that carries on the previous speaker's words.  When the
text does not support a name the speaker stays None: a wrong name is worse
than none.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from typing import Literal

from .english import reads_as_english
from .mentions import NOT_NAMES, TITLES, sentence_subject, subject_after
from .names import (
    NameOccurrence,
    Vocabulary,
    after_first_letter,
    find_names,
    is_organization,
    surname,
)
from .quote_marks import paragraph_spans
from .record import Quote, Span, Speaker

_QUOTE_MARK = re.compile("[\"\u201c\u201d]")
# "he", "she", "She" as whole words, and "He": each pattern opens on a literal
# string, which the scan finds in C; the word boundary before is checked after
# it.  (Together the matches of r"\b(?:[Hh]e|[Ss]he)\b", which is tried at every
# position, or of one pattern opening on [HhSs], tried at every h and s.)
# The group that matches says where the word starts: at "he" (1) or one before (2).
_HE_SHE = re.compile(r"he\b(?:(?<!\w..)()|(?<=[Ss]he)(?<!\w...)())")
_CAPITAL_HE = re.compile(r"He\b(?<!\w..)")


def _subject_pronouns(text: str) -> list[tuple[int, bool]]:
    """Where each "he" / "she" of the text starts, in order, and whether it is "she"."""
    found = [(m.start(), False) if m.lastindex == 1 else (m.start() - 1, True) for m in _HE_SHE.finditer(text)]
    capital = [(m.start(), False) for m in _CAPITAL_HE.finditer(text)]
    return sorted(found + capital) if capital else found


_MALE = frozenset("he him his himself".split())
_FEMALE = frozenset("she her hers herself".split())
_MALE_TITLES = frozenset("mr mr. sir lord king prince father congressman councilman assemblyman".split())
_FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss madam dame lady queen princess congresswoman councilwoman assemblywoman".split())
# Head nouns that describe an organisation rather than a person.
_ORG_NOUNS = frozenset(
    "company firm ministry department agency newspaper paper government administration "
    "campaign committee council party group organization organisation union bank court "
    "office board commission network channel outlet magazine publication daily site "
    "website regime embassy military army police statement commentary editorial report "
    "house team club league foundation institute university school hospital force".split())
# Title words that also stand before organisations ("the Foreign Ministry").
_NOT_PERSON_TITLES = frozenset(
    "the first foreign defense defence interior finance house senate supreme court u.s u.n "
    "white state democratic republican gop dem former acting interim vice deputy chief "
    "majority minority executive".split())
# (two apostrophes stand for a double mark in some wire and archive text)
_OPEN_MARKS = ("\"", "\u201c", "'", "\u2018", "\u00ab", "\u201e", "''")
# (and shares of a people: "the vast majority say", "the rest said")
_GROUPS = frozenset("pair couple duo trio both family crowd audience team group panel "
                    "majority minority half rest remainder public electorate".split())
_SPOKES = frozenset("spokesperson spokesman spokeswoman representative".split())
_OWNER = re.compile(r"\b((?:[A-Z][\w.\-]*\s+)*[A-Z][\w.\-]*?)(?:['\u2019]s|s['\u2019])\s")
_DOCUMENTS = frozenset("statement commentary editorial report".split())
# Things that "say" or "show" in news copy but are no person ("the poll shows",
# "the memo said"); what has no owner named speaks for nobody we can name.
_THINGS = frozenset("poll polls survey study article story memo email message column summary affidavit "
                    "complaint petition lawsuit law bill plan document documents video ad book paper "
                    "analysis data figures tweet post website".split())
# "As Jo Kent put it, ..." up to the "it" a quote's cue may be tied to
_AS_X_PUT_IT = re.compile(r"\b[Aa]s\s+([^.;:!?\n]{2,200}?),?\s+put\s+$")
# Descriptions that name nobody in particular ("officials", "a source").
# Words for a person that say nothing of who: "the man", "the woman"
_ANYONE = frozenset("man woman person boy girl guy stranger".split())
# A share of those asked as a subject: "58 percent", "some 40% of voters"
_SHARE = re.compile(r"(?:(?:some|just|only|about|nearly|almost|roughly)\s+)?\d+(?:\.\d+)?\s*(?:%|percent\b)")
# A poll or survey named by the writer: "a Dover Courier poll released Monday", "the survey"
_POLL = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w/.'\u2019\-]+\s+){0,6}?(?:poll|survey)\b")
_INDEFINITE = frozenset("a an one some several many two three others another any".split())
_POSSESSIVE = re.compile(r"['\u2019]s$")
_WORDS = re.compile(r"[A-Za-z][\w'\u2019.\-]*")
# First words of place names, which are never people ("North Korean", "New York").
_PLACE_WORDS = frozenset("north south east west new united san santa los las saint st fort lake mount cape port upper lower great".split())
# Words that put a name after its sentence's verb or inside a phrase.
_NOT_BEFORE_SUBJECT = frozenset(
    "that said says told when after about with to of for by from against while as at in on "
    "than and or met called asked".split())
# A party-and-state tag after a lawmaker's name ("Sen. Jo Kent, R-Ore., said"):
# it names the party, never a person.
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,5}(?:\s?[A-Z][a-z.]{0,4})?")
# Words that open a pairing of names ("Neither Kent nor Ruiz spoke"): not part of either name.
_PAIR_OPENERS = frozenset("neither either both".split())
_CONTRACTION = re.compile(r"['\u2019](?:m|re|ve|ll|d)$")
# Words an organisation's name ends with, for the noun that stands for it:
# "Dale and Moor Police ... the force said".
_ORG_HEAD_NAMES = {"force": ("police", "constabulary", "force")}
# What may stand between an organisation and the ", which" renaming it.
_RENAMED_BY_WHICH = re.compile(
    r"(?:\s+(?:in|of|at|from|based\s+in)\s+(?:the\s+)?[A-Z][\w'\u2019.\-]*(?:\s+[A-Z][\w'\u2019.\-]*){0,3})?\s*,\s*$")
# What ends the words before a name that may be its roles: a clause mark, a sentence's end, a linking word.
_ROLE_BREAK_WORDS = ("By by and With with From from to As as that Despite despite After after Before before "
                     "While while When when Although although Though though Because because Since since "
                     "for of In in On on At at between said says told").split()
# (written to open on one character class, each word as its first letter and
# then the rest: the same matches as r"[,;:!?\"\u201c\u201d()\n]\s|(?<![A-Z])\.\s|\b(?:By|by|...)\s",
# which is tried at every position)
_ROLE_BREAK = re.compile(
    rf"[,;:!?\"\u201c\u201d()\n.{''.join(sorted({w[0] for w in _ROLE_BREAK_WORDS}))}]"
    rf"(?:(?<=[,;:!?\"\u201c\u201d()\n])\s|(?<=\.)(?<![A-Z]\.)\s|(?<!\w.)(?:{after_first_letter(_ROLE_BREAK_WORDS)})\s)")
# After the name in a mention: lower-case words that make it a qualifier ("Ruritanian police"),
# unless they join the name ("Bank of England").
_LOWER_AFTER = re.compile(r"\s+[a-z]")
_OWNER_AFTER = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])\s+[a-z]")
_NAME_JOINER_AFTER = re.compile(r"\s+(?:of|and|for|de|van|von|al)\b")
_SIGNATURE = re.compile(r"\s*(?:--|-|\u2013|\u2014)\s*")
_APPOSITION = re.compile(r"\s*,\s+(?:a|an|the)\s+[^,;:.\"\u201c\u201d]{1,60}?\s+")
# A line break, or a sentence's end: ". ", "? ", "! ", also after a closing mark:
# 'Lea: "We won." Bo: "We lost."'.  (No two overlap: each ends in its space.
# Written to open on one character class, which the scan skips ahead to in C.)
_SENTENCE_BREAK = re.compile("[\n.?!](?:(?<=\n)|[\"\u201d]? )")
# A speaker's turn in a transcript or a round-up, the name then a colon before
# the words: 'HOST: But, Governor ...', '"KENT: Well, ...', 'Polls tighten -
# Jo Kent: "..."'.  The name is in capitals, or two or three capitalised words.
_TURN = re.compile(
    r"(?:^|\s[-\u2013\u2014]\s)[\"\u201c]?"
    r"([A-Z][A-Z.'\u2019\-]+(?:\s[A-Z][A-Z.'\u2019\-]+){0,2}|[A-Z][a-z'\u2019\-]+(?:\s(?:[A-Z]\.|[A-Z][a-z'\u2019\-]+)){1,2})"
    r":\s+[\"\u201c]?$")
_TURN_INSIDE = re.compile(r"[\"\u201c]?([A-Z][A-Z.'\u2019\-]+(?:\s[A-Z][A-Z.'\u2019\-]+){0,2}):\s")
# Capitals before a colon that label a paragraph rather than name a speaker.
_NOT_TURNS = frozenset("note update correction clarification editor's editor\u2019s watch read related breaking "
                       "video photos transcript full text source sources exclusive opinion analysis editorial live poll "
                       "warning alert fact check q a".split())
# What someone issues that then "says" for them: "released a statement saying".
_ISSUED = frozenset("statement statements email emails message release memo letter video ad tweet tweets post "
                    "note op-ed press text".split())
# How far back (in characters) a pronoun or description looks for its person.
_WINDOW = 1500
# How far back (in characters) the role words before a name are read.
_ROLES_REACH = 80


def _after_last_role_break(seg: str) -> str:
    """seg after its last role break, as _ROLE_BREAK.split(seg)[-1] gives it,
    sought in its last words first.  (A break is a word or a mark and then a
    space, or a newline and a space, so none runs across a plain space: a scan
    from just after one finds the same breaks there as a scan from the start.)"""
    after_space = seg.rfind(" ", 0, max(0, len(seg) - 24)) + 1
    last = None
    if after_space > 0:
        for last in _ROLE_BREAK.finditer(seg, after_space):
            pass
    if last is None:
        return _ROLE_BREAK.split(seg)[-1]
    return seg[last.end():]


@dataclass
class _Entity:
    name: str
    organization: bool
    gender: str | None = None
    descriptions: list[str] = field(default_factory=list)
    quotes: int = 0


def attribute_speakers(text: str, quotes: list[Quote]) -> tuple[list[Quote], list[Speaker]]:
    """Quotes with ``speaker`` resolved, and one Speaker per resolved name
    (``quotes`` counts its direct and partial quotes; reported speech is not counted)."""
    if not quotes or not isinstance(text, str):
        return list(quotes or []), []
    if not reads_as_english(text):  # names are read from English sentence shapes only
        return [replace(q, speaker=None) for q in quotes], []
    try:
        return _Resolver(text).run(quotes)
    except (ValueError, IndexError, RecursionError):  # never fail the article for its quotes
        return [replace(q, speaker=None) for q in quotes], []


def _with_speaker(q: Quote, speaker: str | None, mention: Span | None) -> Quote:
    """The quote with its speaker and the mention naming them.  (Built field by
    field: dataclasses.replace reads the class's fields anew on each call, and
    the pass makes one quote per quote of the text.)"""
    return Quote(q.text, q.kind, q.start, q.end, speaker, mention, q.cue)


@lru_cache(maxsize=8192)
def _person_shape(name: str) -> str | None:
    """What a name's words alone say of whether it can stand for a person:
    None when never ("KCNA", "R-Ore.", "Neither Kent", "North Korean"); for a
    one-word name, its lower-case form, the key a person's surname or first
    name is filed under; "" for a name of more words that may be a person's.
    (Cached: a text asks about its few names many times over.)"""
    if name.isupper() or _PARTY_TAG.fullmatch(name):
        return None
    words = name.split()
    if words[0].lower() in _PAIR_OPENERS:
        return None
    if len(words) == 1:
        return words[0].lower()
    return None if words[0].lower() in _PLACE_WORDS else ""


@lru_cache(maxsize=8192)
def _full_name_keys(name: str) -> tuple[str, str] | None:
    """The surname and the first name, in lower case, that a name of several
    words is filed under as a person's full name; None for one that is no
    person's ("North Korean") or joins words with "of" ("Secretary of State").
    (Cached: a text gives its people's full names many times over.)"""
    if _person_shape(name) is None or " of " in name:
        return None
    return surname(name).lower(), name.split(None, 1)[0].lower()


@lru_cache(maxsize=8192)
def _untitled(name: str) -> tuple[tuple[str, ...], str]:
    """A name's words without its titles ("Mr. John Bolton" -> John, Bolton;
    a title alone stays), and the lower-case surname they are filed under.
    (Cached: a text asks about its few names many times over.)"""
    words = tuple(w for w in name.split() if w.lower().rstrip(".") not in TITLES) or tuple(name.split()[-1:])
    return words, surname(" ".join(words)).lower() if words else ""


@lru_cache(maxsize=256)
def _brought_in(head: str) -> re.Pattern[str]:
    """'a witness', 'an aide to the mayor': ``head`` brought in with "a"/"an"."""
    # (the article written to open the pattern, its word boundary checked after
    # it: the matches of r"\b(?:a|an)\s+...", which is tried at every position)
    return re.compile(r"a(?<!\wa)n?\s+(?:[a-z][\w\-]*\s+){0,2}" + re.escape(head) + r"\b", re.I)


# The characters that match an ASCII letter under re.IGNORECASE though str.lower()
# makes no ASCII letter of them: dotted and dotless I, long s.
_FOLDED_ONTO_ASCII = ("\u0130", "\u0131", "\u017f")
# _brought_in's pattern up to its head: "a"/"an" and at most two words, ending
# where the head would start.
_BRINGING_IN_END = re.compile(r"a(?<!\wa)n?\s+(?:[a-z][\w\-]*\s+){0,2}\Z", re.I)


def _may_be_brought_in(text: str, lo: int, pos: int, head: str) -> bool:
    """Whether _brought_in(head) can match in text[lo:pos], for an ASCII
    ``head``: somewhere the head, as re.IGNORECASE reads it, follows "a"/"an"
    and at most two words.  (Asked before the head's pattern is made: compiling
    one costs as much as a hundred of these searches, and most heads asked
    about were never brought in so.)"""
    window = text[lo:pos]
    if any(c in window for c in _FOLDED_ONTO_ASCII):
        return True  # (a character lower() does not fold onto the head's letters)
    # (lower() keeps every other character one character, so the offsets hold)
    low, head = window.lower(), head.lower()
    at = low.find(head)
    while at >= 0:
        if _BRINGING_IN_END.search(text, lo, lo + at):
            return True
        at = low.find(head, at + 1)
    return False


# Where a name occurs: the key its occurrences are searched by (a text's lists
# of them are in its order).
_START = attrgetter("start")


class _Resolver:
    def __init__(self, text: str) -> None:
        self.text = text
        # the words the text writes in lower case, looked up one at a time
        self.lower_words = Vocabulary(text)
        self.names = find_names(text, self.lower_words)
        self.name_starts = [n.start for n in self.names]
        self.entities: dict[str, _Entity] = {}
        self.quoted_names: set[str] = set()
        self.quote_starts: list[int] = []
        self.quote_ends: list[int] = []
        self.paragraphs = paragraph_spans(text)
        self.para_starts = [a for a, _ in self.paragraphs]
        # where each sentence starts, for each line asked about (by the line's start)
        self._sentence_starts: dict[int, list[int]] = {}
        self.genders: dict[str, str] | None = None
        self.roles_at: dict[int, str] = {}
        # the occurrences of each name, and of each last word after a space
        # ("Song" -> "Kim Song", "Ambassador Kim Song"), in the text's order
        self.occurrences: dict[str, list[int]] = {}
        self.ending_in: dict[str, list[int]] = {}
        self.by_last: dict[str, list[NameOccurrence]] = {}
        self.by_first: dict[str, list[NameOccurrence]] = {}
        self.first_alone: dict[str, int] = {}
        self._index_names()

    # -- the names the text gives -------------------------------------------------

    def _index_names(self) -> None:
        """File each name's occurrences, and map each surname / first name to
        the person names carrying it, in the text's order, for canonical()."""
        for k, n in enumerate(self.names):
            name = n.name
            self.occurrences.setdefault(name, []).append(k)
            if " " not in name:
                self.first_alone.setdefault(name.lower(), n.start)
                continue
            self.ending_in.setdefault(name.rsplit(" ", 1)[1], []).append(k)
            keys = None if n.organization else _full_name_keys(name)
            if keys is None or self.text[max(0, n.start - 4):n.start].lower() == "the ":
                continue  # (what person_like() says of a name of several words)
            self.by_last.setdefault(keys[0], []).append(n)
            self.by_first.setdefault(keys[1], []).append(n)

    def canonical(self, name: str, pos: int, title: str | None = None) -> str:
        """"Bolton" / "Mr. Bolton" / "John R. Bolton" -> the full name given in the text."""
        words, key = _untitled(name)
        if not words:
            return name
        cands = self.by_last.get(key, [])
        if len(words) == 1 and not cands:
            # a first name alone, once the full name was given ("Fahmi Fadzil ... Fahmi said");
            # not a word the text used alone before ("Jordan ... Jordan Kent")
            firsts = self.by_first.get(key, [])
            cands = firsts[:bisect.bisect_left(firsts, self.first_alone.get(key, len(self.text)), key=_START)]
        if not cands:
            return " ".join(words)
        title = (title or name.split()[0] if len(name.split()) > 1 else title or "").lower()
        gender = "m" if title in _MALE_TITLES else "f" if title in _FEMALE_TITLES else None
        if gender is not None:
            # "Mrs. Clinton" is not the "Bill Clinton" named last
            cands = [c for c in cands if self.gender_of(c.name) in (None, gender)] or cands
        # the most recent full name before the mention (else the first after);
        # (the candidates are in the text's order: a text names its main
        # people many times, and the search halves them)
        before = bisect.bisect_right(cands, pos, key=_START)
        full = cands[before - 1].name if before else cands[0].name
        if len(full.split()) < len(words):
            return " ".join(words)
        return full

    def entity(self, name: str, organization: bool | None = None) -> _Entity:
        e = self.entities.get(name)
        if e is None:
            org = is_organization(name) if organization is None else organization
            e = self.entities[name] = _Entity(name, org)
        return e

    # -- what a mention stands for ----------------------------------------------------

    def persons_before(self, pos: int, lo: int) -> list[NameOccurrence]:
        """Persons named in the writer's text between lo and pos; names inside
        quotations are the speakers' words, not the story's cast."""
        i = bisect.bisect_left(self.name_starts, pos)
        first = max(i - 60, bisect.bisect_left(self.name_starts, lo))  # (at most the 60 names before pos)
        return [n for n in self.names[first:i] if self.person_like(n) and not self.quoted_at(n.start)]

    def quoted_at(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quote_ends[i]

    def person_like(self, n: NameOccurrence) -> bool:
        """A name that can stand for a person: "Kim Song", or "Song" once
        "Kim Song" was named; not "the United States", "North Korean", "KCNA"."""
        if n.organization:
            return False
        key = _person_shape(n.name)
        if key is None:
            return False
        if key:  # (one word)
            if key in self.by_last or key in self.quoted_names:
                return True
            # a first name alone after the full name ("Aziz Karimov ... Aziz also
            # backed ..."), as canonical() reads it, once the text has given that
            # person a gender ("Patriot Coal ... Patriot said" is no first name);
            # not while the genders are still being gathered
            alone = self.first_alone.get(key, len(self.text))
            firsts = self.by_first.get(key, [])
            k = bisect.bisect_left(firsts, min(n.start, alone), key=_START)  # (the full names before)
            return k > 0 and self.genders is not None and self.gender_of(firsts[k - 1].name) is not None
        return self.text[max(0, n.start - 4):n.start].lower() != "the "

    def para_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def resolve_pronoun(self, word: str, pos: int, last: tuple[int, str] | None) -> str | None:
        w = word.lower()
        if w not in ("he", "she", "him", "her"):
            if w in ("it", "they") and last and self.entities.get(last[1]) and \
                    self.entities[last[1]].organization and self.para_index(pos) - self.para_index(last[0]) <= 1:
                return last[1]
            if w == "it":
                # "The ministry condemned ... It said ...": the organisation that opened a sentence
                return self.organization_in_focus(pos, subject_only=True)
            return None
        gender = "m" if w in _MALE else "f"
        # the last quoted person, when no other person was made the subject of
        # a sentence since the sentence that quoted them
        if last is not None and pos - last[0] < _WINDOW:
            e = self.entities.get(last[1])
            if e and not e.organization and self.gender_of(last[1]) in (None, gender):
                others = [n for n in self.persons_before(pos, last[0])
                          if self.canonical(n.name, n.start) != last[1] and self.is_subject(n)
                          and self.gender_of(self.canonical(n.name, n.start)) in (None, gender)]
                if not others:
                    return last[1]
                return self.canonical(others[-1].name, others[-1].start)
        # else the subject of the nearest sentence before that names a person
        cands = []
        for n in reversed(self.persons_before(pos, max(0, pos - _WINDOW))):
            name = self.canonical(n.name, n.start)
            if self.gender_of(name) in (None, gender):
                cands.append((n, name))
        if not cands:
            return None
        nearest = cands[0][0]
        sent_lo = self.sentence_start(nearest.start)
        same = [c for c in cands if c[0].start >= sent_lo]
        subjects = [c for c in same if self.is_subject(c[0])]
        return (subjects or same)[-1][1]

    def sentence_start(self, pos: int) -> int:
        """Where the sentence at pos starts: after the last line break or
        sentence end (_SENTENCE_BREAK) that ends at or before pos."""
        line = self.text.rfind("\n", 0, pos) + 1
        starts = self._sentence_starts.get(line)
        if starts is None:
            # (found for the whole line when first asked: the pass asks a
            # score of times per text, about the third to half of its lines
            # where its quotes and pronouns stand; no break runs across a line's
            # end, and none overlaps another, so a scan of the line finds them all)
            end = self.text.find("\n", line)
            starts = self._sentence_starts[line] = [line] + [
                m.end() for m in _SENTENCE_BREAK.finditer(self.text, line, len(self.text) if end < 0 else end)]
        return starts[bisect.bisect_right(starts, pos) - 1]

    def sentence_end(self, pos: int) -> int:
        """The next ". " or line end from pos (the period sought within the line only)."""
        line_end = self.text.find("\n", pos)
        if line_end < 0:
            line_end = len(self.text)
        period = self.text.find(". ", pos, line_end)
        return period if period >= 0 else line_end

    def _gender_evidence(self) -> dict[str, str]:
        """Gender of each person from the writer's own he/she: a pronoun whose
        sentence (or the sentence before) names one person only, as in
        "Lea Stone runs the farm. She bought it in 2001." """
        votes: dict[str, list[int]] = {}
        for pos, female in _subject_pronouns(self.text):
            if self.quoted_at(pos):
                continue
            lo = self.sentence_start(pos)
            if _QUOTE_MARK.search(self.text, lo, self.sentence_end(pos)):
                continue  # the he/she of a quote's cue is what is being resolved
            persons = self.persons_before(pos, lo)
            if not persons:
                persons = self.persons_before(lo, self.sentence_start(max(0, lo - 2)))
            names = {self.canonical(n.name, n.start) for n in persons}
            if len(names) == 1:
                v = votes.setdefault(names.pop(), [0, 0])
                v[female] += 1
        return {name: ("m" if m > f else "f") for name, (m, f) in votes.items() if max(m, f) >= 2 * min(m, f) + 1}

    def known_person(self, name: str) -> bool:
        """Someone the text treats as a person: a he or she, or a title."""
        if self.gender_of(name):
            return True
        return any(n.title and n.title.split()[-1].lower().rstrip(".") in TITLES
                   and n.title.split()[-1].lower().rstrip(".") not in _NOT_PERSON_TITLES
                   for n in self.named(name))

    def organization_in_focus(self, pos: int, subject_only: bool = False) -> str | None:
        """The organisation a text is talking about at pos: the last
        organisation quoted nearby, else the last one that opened a sentence
        in this paragraph or the one before ("Acme Corp said on Monday that
        ... A company spokesperson said")."""
        lo = self.paragraphs[max(0, self.para_index(pos) - 1)][0]
        i = bisect.bisect_left(self.name_starts, pos)
        for n in reversed(self.names[max(0, i - 40):i]):
            if n.start < lo:
                break
            if self.quoted_at(n.start) or _POSSESSIVE.search(self.text[n.start:n.end + 2]):
                continue
            name = self.canonical(n.name, n.start) if not n.organization else n.name
            e = self.entities.get(name)
            if e is not None and e.organization and not subject_only:
                return name
            if n.organization and self.is_subject(n):
                return name
            if not self.known_person(name) and self.opens_sentence(n) and (
                    " " in n.name or self.named_mid_sentence(n.name) or self.proper_only(n.name)):
                # a name the text never gives a he or she, opening a sentence:
                # "Acme Holdings expects prices to rise."
                return name
        return None

    def opens_sentence(self, n: NameOccurrence) -> bool:
        return not self.text[self.sentence_start(n.start):n.start].strip(" \"'\u201c\u2018")

    def proper_only(self, name: str) -> bool:
        """A one-word name written more than once and never in lower case:
        "Acmeco" in "Acmeco has signalled ... "Acmeco is monitoring ...",' not
        "Families were there"."""
        return name.lower() not in self.lower_words and self.text.count(name) >= 2 and name.lower() not in self.by_last

    def named_mid_sentence(self, name: str) -> bool:
        """Some occurrence stands inside a sentence: a name, not a capitalised
        sentence opener ("Families were there")."""
        return any(not self.opens_sentence(n) for n in self.named(name))

    def common_word(self, word: str, n: NameOccurrence) -> bool:
        """A one-word "name" that is an ordinary word: it opens its sentence
        and the text also writes it in lower case, or it is an adverb in -ly
        or a contraction ("I'm")."""
        if word in self.entities or word.lower() in _ORG_NOUNS or is_organization(word):
            return False
        if _CONTRACTION.search(word):
            return True
        if not self.opens_sentence(n):
            return False
        return word.lower() in self.lower_words or word.endswith("ly")

    def plainly_speaks(self, name: str) -> bool:
        """A person named in full, or an organisation: who can be a speaker
        without a speech verb ('Smith blasted the plan as "a disgrace"')."""
        if is_organization(name):
            return True
        occ = self.named(name)
        return any(self.person_like(n) for n in occ) or len(name.split()) > 1

    def is_subject(self, n: NameOccurrence) -> bool:
        """The name opens its sentence, perhaps after a few role words:
        "Senate leader Jane Roe ..." rather than "... met Jane Roe"."""
        lo = max(self.text.rfind(". ", 0, n.start), self.text.rfind("\n", 0, n.start),
                 self.text.rfind("\u201d", 0, n.start), self.text.rfind('" ', 0, n.start), n.start - 80)
        seg = self.text[lo + 1:n.start]
        if "," in seg:
            # an opening clause: "However, ...", "When contacted, Mr Pin ..."
            head, seg = seg.rsplit(",", 1)
            if not seg.strip() and self.text[n.end:n.end + 1] == ",":
                # a name in apposition is the subject when what it renames is:
                # "Kent's daughter, Ana Ruiz, joined" after "Lake clarified"
                seg = head.rsplit(",", 1)[-1]
        words = seg.split()
        # a verb in -ed before the name, after a subject or far from it: "Sharif accused Indian ..."
        return len(words) <= 6 and not any(w.lower() in _NOT_BEFORE_SUBJECT or (
            w.islower() and len(w) > 4 and w.endswith("ed") and (i < len(words) - 2 or any(
                v[:1].isupper() for v in words[:i]))) for i, w in enumerate(words))

    def gender_of(self, name: str) -> str | None:
        e = self.entities.get(name)
        if e and e.gender:
            return e.gender
        if self.genders is None:
            self.genders = {}  # (no evidence while it is being gathered: "Mrs. Hale" may ask)
            self.genders = self._gender_evidence()
        return self.genders.get(name)

    def resolve_description(self, desc: str, pos: int, last: tuple[int, str] | None) -> str | None:
        words = [w.lower() for w in _WORDS.findall(desc)]
        if words and words[-1] in _SPOKES and len(words) <= 3 and words[0] != "the":
            # "a company spokesperson said": the organisation the story is about
            return self.organization_in_focus(pos)
        if not words or words[0] in _INDEFINITE:
            return None
        if words[0] not in ("the", "this", "that") or len(words) > 5:
            return None
        head = words[-1].rstrip(".")
        owner = _OWNER.search(desc)
        if owner and head in _ORG_NOUNS | _DOCUMENTS | {"letter"}:
            # "the Conservatives' letter", "the ministry's statement": its owner speaks
            name = owner.group(1)
            return self.canonical(name, pos) if not is_organization(name) and " " in name else name
        if head in _DOCUMENTS or head == "letter":
            # "the statement said": the organisation quoted last, else the one in focus
            if last is not None and self.entities.get(last[1]) and self.entities[last[1]].organization:
                return last[1]
            return self.organization_in_focus(pos)
        if head in _ORG_NOUNS:
            raw = desc.split()[1:]
            if len(raw) >= 2 and raw[0][:1].isupper() and head not in _DOCUMENTS:
                # "the Ruritanian army", "the Foreign Ministry": named by the description
                return " ".join(raw).rstrip(".,")
            # "the ministry said": the organisation last named with that word
            heads = _ORG_HEAD_NAMES.get(head, (head,))
            for n in reversed([n for n in self.names[:bisect.bisect_left(self.name_starts, pos)] if n.organization]):
                if any(h in n.name.lower().split() for h in heads) and " " in n.name:
                    return n.name
            # "the bank said" after "Goldman Sachs expects ...": the organisation in focus
            return self.organization_in_focus(pos)
        if head.endswith("s") and not head.endswith("ss") or head in _GROUPS:
            return None  # "the officials", "the pair"
        spokes = head in _SPOKES
        if head in _THINGS and len(words) > 2:
            # "the Harbor poll found": a thing named, never a person whose
            # name follows it ("Monday's Harbor poll has Ruiz leading")
            return None
        # a person described so before ("ambassador Kim Song ... the ambassador")
        for name, e in self.entities.items():
            if not e.organization and any(head in d.lower().split() for d in e.descriptions):
                return name
        for n in reversed(self.persons_before(pos, max(0, pos - _WINDOW))):
            if (n.title and head in n.title.lower()) or (
                    # (the roles are words of the text just before the name: most
                    # names have no such word there, and their roles are not read)
                    head in self.text[max(0, n.start - _ROLES_REACH):n.start].lower()
                    and head in self.roles_before(n).lower().split()):
                return self.canonical(n.name, n.start)
        if head in _THINGS:
            # "The poll showed ...", "the memo said": a thing, never the person in focus
            return None
        if head in _ANYONE:
            # "the man said", "the woman added": someone the text does not name
            # (a named person is rarely called so), never the person in focus
            return None
        if self.introduced_unnamed(head, pos):
            # "A nurse on the night shift said ... The nurse said":
            # someone the text never names
            return None
        # the person in focus: the last quoted person, else the last person named
        if last is not None and pos - last[0] < _WINDOW:
            focus = self.entities.get(last[1])
            if focus and not focus.organization:
                return last[1]
        if spokes:
            # "the government spokesman said" with nobody quoted before: the
            # organisation in focus
            return self.organization_in_focus(pos)
        persons = self.persons_before(pos, max(0, pos - 400))
        if persons:
            return self.canonical(persons[-1].name, persons[-1].start)
        return None

    def introduced_unnamed(self, head: str, pos: int) -> bool:
        """The text brought in the one the description names with "a"/"an"
        ("a witness", "an aide to the mayor") before pos, in its own words."""
        lo = max(0, pos - _WINDOW)
        if head.isascii() and not _may_be_brought_in(self.text, lo, pos, head):
            return False  # (most heads are not brought in within the window: no pattern is made for them)
        return any(not self.quoted_at(m.start()) for m in _brought_in(head).finditer(self.text, lo, pos))

    def roles_before(self, n: NameOccurrence) -> str:
        """Role words written right before a name: "North Korea's U.N. ambassador"."""
        # (kept per name: a speaker's names are asked about once per quote)
        roles = self.roles_at.get(n.start)
        if roles is None:
            roles = self.roles_at[n.start] = self._roles_before(n.start)
        return roles

    def _roles_before(self, start: int) -> str:
        seg = self.text[max(0, start - _ROLES_REACH):start]
        last = seg.rsplit(None, 1)[-1:]
        if not last or not last[0].islower() or last[0].endswith(("ing", "ed")):
            return ""  # (the test below on the last word, made before the split: every break ends in a space)
        seg = _after_last_role_break(seg)
        seg = seg.strip()
        words = seg.split()
        while words and words[0].lower() in ("the", "a", "an"):
            words.pop(0)
        if not words or len(words) > 7 or not words[-1].islower() or words[-1].endswith(("ing", "ed")):
            return ""
        return " ".join(words)

    def organization_before(self, pos: int) -> str | None:
        """"the Harbour Trust in Leith, which says ...": the organisation the
        relative clause renames, perhaps after a phrase of place."""
        i = bisect.bisect_left(self.name_starts, pos)
        for n in reversed(self.names[max(0, i - 4):i]):
            if n.start < pos - 160:
                break
            if n.organization and not self.quoted_at(n.start) and _RENAMED_BY_WHICH.match(self.text, n.end, pos):
                return n.name
        return None

    def named(self, name: str) -> list[NameOccurrence]:
        """The occurrences of exactly this name, in order."""
        return [self.names[k] for k in self.occurrences.get(name, ())]

    def names_within(self, start: int, end: int) -> list[NameOccurrence]:
        """The names that start in [start, end), in order (names are sorted by start)."""
        return self.names[bisect.bisect_left(self.name_starts, start):bisect.bisect_left(self.name_starts, end)]

    def resolve_mention(self, m: Span, last: tuple[int, str] | None) -> str | None:
        t = m.text.strip()
        low = t.lower()
        if low in ("who", "which", "that"):
            # "Smith, who said ...": the name before the comma
            persons = self.persons_before(m.start, max(0, m.start - 120))
            if persons and (self.text[persons[-1].end:m.start].strip() in (",", "")
                            or _APPOSITION.fullmatch(self.text, persons[-1].end, m.start)):
                # "Smith, who ...", "Smith, a farmer who ..."
                return self.canonical(persons[-1].name, persons[-1].start)
            if low == "which":
                return self.organization_before(m.start)
            return None
        if low == "it":
            put = _AS_X_PUT_IT.search(self.text, max(0, m.start - 240), m.start)
            if put:
                # "As Jo Kent, a law professor at Ruritania U, put it, ...": the one who
                # put it, the name its apposition follows rather than the last name in it
                a, b = put.span(1)
                for n in self.names_within(a, b):
                    if (n.organization or self.person_like(n)) and (n.end >= b or self.text[n.end] == ","):
                        a, b = n.start, n.end
                        break
                return self.resolve_mention(Span(self.text[a:b], a, b), last)
        if low in ("he", "she", "him", "her", "it", "they", "i", "we", "you"):
            return self.resolve_pronoun(low, m.start, last)
        if _PARTY_TAG.fullmatch(t.rstrip(".,")):
            # "Sen. Jo Kent, R-Ore., said": the lawmaker the tag follows
            persons = self.persons_before(m.start, max(0, m.start - 60))
            if persons and self.text[persons[-1].end:m.start].strip() == ",":
                return self.canonical(persons[-1].name, persons[-1].start)
            return None
        words = t.split()
        if words and words[0][:1].isupper() and words[0].lower() not in NOT_NAMES:
            occ = self.names_within(m.start, m.end)
            if occ and _OWNER_AFTER.match(self.text, occ[-1].end, m.end) and \
                    words[-1].lower() not in _ORG_NOUNS | _DOCUMENTS | _GROUPS | {"military", "letter", "spokesman", "spokeswoman", "spokesperson"}:
                # "Kent's former campaign aide": a person the owner has, not
                # the owner ("Ruritania's army", "Kent's campaign" speak for it)
                return None
            if occ and _LOWER_AFTER.match(self.text[occ[-1].end:m.end]) and not _NAME_JOINER_AFTER.match(self.text[occ[-1].end:m.end]):
                # "Ruritanian police and medics": a name that only qualifies the speakers
                return self.resolve_description(t, m.start, last)
            if occ:
                n = occ[-1]
                if n.organization:
                    return n.name
                full = self.canonical(n.name, n.start, n.title)
                if " " not in full and self.common_word(full, n):
                    # "Hastily, ...", "Outside, ...", "Back in 1999, ...": a capitalised
                    # word that opens the sentence, not a name
                    return None
                return full
            return None
        # a description with a name at its end: "ambassador Kim Song"
        occ = self.names_within(m.start, m.end)
        if occ and occ[-1].end >= m.end - 1 and not _POSSESSIVE.search(self.text[occ[-1].start:occ[-1].end + 2]):
            n = occ[-1]
            return n.name if n.organization else self.canonical(n.name, n.start)
        return self.resolve_description(t, m.start, last)

    # -- the pass ------------------------------------------------------------------------

    def note_entity(self, name: str, q: Quote, via: str) -> None:
        e = self.entity(name)
        if q.kind != "indirect":
            e.quotes += 1
        if name.lower() not in self.quoted_names:
            self.quoted_names.add(name.lower())
            # how the text introduces the speaker: "North Korea's U.N. ambassador Kim Song"
            surname_end = [" " + word for word in name.split()[-1:]]  # (indexed in the loop, as before)
            # (only a name equal to this one or ending in its last word can pass the test below)
            for n in (self.names if not surname_end else
                      [self.names[k] for k in sorted({*self.occurrences.get(name, ()),
                                                      *self.ending_in.get(surname_end[0][1:], ())})]):
                if n.name == name or (not e.organization and n.name.endswith(surname_end[0])
                                      and self.canonical(n.name, n.start) == name):
                    roles = self.roles_before(n)
                    if roles and roles not in e.descriptions:
                        e.descriptions.append(roles)
        m = q.speaker_mention
        if m is None:
            return
        low = m.text.lower()
        if low in _MALE or low in _FEMALE:
            e.gender = e.gender or ("m" if low in _MALE else "f")
            e.organization = False
        i = max(0, bisect.bisect_left(self.name_starts, m.start) - 1)
        for n in self.names[i:bisect.bisect_left(self.name_starts, m.end)]:
            if n.end > m.start and self.canonical(n.name, n.start) == name:
                if n.title and n.title.lower() in _MALE_TITLES:
                    e.gender = e.gender or "m"
                if n.title and n.title.lower() in _FEMALE_TITLES:
                    e.gender = e.gender or "f"
                roles = self.roles_before(n)
                if roles and roles not in e.descriptions:
                    e.descriptions.append(roles)
        if via == "description" and low.startswith(("the ", "this ")):
            d = m.text.split(None, 1)[1]
            if d not in e.descriptions:
                e.descriptions.append(d)

    def run(self, quotes: list[Quote]) -> tuple[list[Quote], list[Speaker]]:
        ordered = sorted(quotes, key=lambda q: (q.start, q.end))
        marked = [q for q in ordered if q.kind != "indirect"]
        self.quote_starts = [q.start for q in marked]
        self.quote_ends = [q.end for q in marked]
        ahead = self.cues_ahead(ordered)
        out: list[Quote] = []
        last: tuple[int, str] | None = None  # (offset, name) of the last quoted speaker
        last_quote: Quote | None = None
        last_any: Quote | None = None  # the last quote of any kind with a speaker
        for i, q in enumerate(ordered):
            name = None
            mention = q.speaker_mention
            via = ""
            # (a quote the writer's words finish, recorded as the clause
            # '"..." for the crews' without a cue, is taken as the quote it opens with)
            kind = "direct" if q.kind == "indirect" and q.cue is None and q.text[:1] in _OPEN_MARKS else q.kind
            if mention is None and ahead[i] is not None:
                mention = ahead[i]
            turn = self.turn_of(q) if mention is None or q.cue is None or mention.start > q.start else None
            if turn is not None:
                mention = turn
            # (its last word split off once, read when the mention has two words or more)
            tail = mention.text.rsplit(None, 1) if mention is not None else []
            if len(tail) > 1 and tail[1].lower() in ("and", "or", "but", "while"):
                # "their address and", "the Vikings - while": a phrase cut off
                # before its clause goes on, no one's name
                mention = None
            if mention is not None and q.cue is not None and mention is q.speaker_mention:
                mention = self.issuer_of(mention, q.cue) or mention
            if mention is not None and q.cue is not None and _SHARE.match(mention.text):
                mention = self.poll_of(mention) or mention
            if mention is None and q.kind != "indirect" and q.cue is not None:
                mention = self.named_after_cue(q) or self.participle_subject(q.cue)
            if mention is None and q.kind == "direct" and q.cue is None:
                mention = self.introduced_by(q) or self.signed_below(q)
            if turn is not None:
                label = turn.text.title() if turn.text.isupper() else turn.text
                name = self.canonical(label, turn.start)
                via = "mention"
            elif mention is not None:
                name = self.resolve_mention(mention, last)
                if name and q.cue is None and ahead[i] is None and not self.plainly_speaks(name):
                    # no cue: the sentence's subject, named as a place or a thing
                    name = None
                opening = mention.text.split(None, 1)
                first = opening[0].lower() if opening else ""
                via = "description" if first in ("the", "this") else "mention"
            elif kind in ("direct", "partial") and last_quote is not None and self.continues(last_quote, q):
                name, mention = last_quote.speaker, last_quote.speaker_mention
                via = "continuation"
            elif kind == "direct" and last_any is not None and last_any.speaker and self.continues(last_any, q):
                # a quote paragraph after the paragraph reporting its speaker:
                # 'Lea Stone said the pipes are old.' then '"We need money."'
                name, mention = last_any.speaker, last_any.speaker_mention
                via = "continuation"
            elif kind == "direct" and (self.whole_paragraph(q) or self.after_writers_sentence(q)):
                # a quote paragraph after a paragraph about its speaker:
                # 'Lea Stone wants the pipes replaced.' then '"They leak."';
                # or a quote after such a sentence in its own paragraph
                mention = self.previous_subject(q)
                if mention is not None:
                    name = self.resolve_mention(mention, last)
                    if name and not (self.entities.get(name) or self.known_person(name) or is_organization(name)
                                     or self.person_like_name(name)):
                        name = None
                    if name is None:
                        mention = None
                    via = "continuation"
            q2 = _with_speaker(q, name, mention)
            if name:
                self.note_entity(name, q2, via)
                last = (self.sentence_end(max(q.end, mention.end if mention else q.end)), name)
            if kind in ("direct", "partial"):
                last_quote = q2
            if name:
                last_any = q2
            out.append(q2)
        speakers = [Speaker(e.name, self.kind_of(e), e.descriptions, e.quotes)
                    for e in self.entities.values()]
        return out, speakers

    def issuer_of(self, m: Span, cue: Span) -> Span | None:
        """'Kent issued a statement Tuesday saying', 'the campaign sent out a
        text message to supporters saying', 'Ruiz answered a farmer by
        saying': what the participle's cue reader took for its subject is the
        object of the sentence's verb; the sentence's subject speaks."""
        if not cue.text.endswith("ing") or cue.start < m.end:
            return None
        words = m.text.split()
        low = [w.lower().strip(".,") for w in words]
        document = low[0] in ("a", "an") and any(w in _ISSUED for w in low[1:4])
        dangling = len(words) > 1 and low[-1] in ("by", "upon")
        if not (document or dangling):
            return None
        lo = self.sentence_start(m.start)
        if not self.text[lo:m.start].strip():
            return None  # the phrase opens its sentence: it is the subject
        sub = sentence_subject(self.text, lo, m.start)
        if sub is None or sub.end > m.start or sub.shape not in ("name", "pronoun", "description"):
            return None
        return Span(self.text[sub.start:sub.end], sub.start, sub.end)

    def poll_of(self, m: Span) -> Span | None:
        """'In a harbor-board poll released Monday, 58 percent said ...', '...,
        according to a Dover poll': the share of those asked speaks through
        the poll that asked them, named in the same sentence."""
        lo, hi = self.sentence_start(m.start), self.sentence_end(m.end)
        found = [p for p in _POLL.finditer(self.text, lo, hi) if p.end() <= m.start or p.start() >= m.end]
        if len(found) != 1:
            return None  # (two polls in one sentence: which asked is not said)
        p = found[0]
        return Span(self.text[p.start():p.end()], p.start(), p.end())

    def participle_subject(self, cue: Span) -> Span | None:
        """'Kent walked onto the stage, waving "..."', 'Meanwhile, it attacked
        Trump, saying ...': a participle after a comma speaks for the sentence's
        subject."""
        if not cue.text.endswith("ing") or not self.text[:cue.start].rstrip().endswith(","):
            return None
        lo = self.sentence_start(cue.start)
        sub = sentence_subject(self.text, lo, cue.start)
        if sub is None or sub.end > cue.start or sub.shape not in ("name", "pronoun"):
            return None
        return Span(self.text[sub.start:sub.end], sub.start, sub.end)

    def named_after_cue(self, q: Quote) -> Span | None:
        """'"...?" asked Sen. Jo Kent', '"...," warned Clinton': the speaker
        after a cue that follows the quote at once (the cue reader leaves
        the words after "asked" or "warned" to their object elsewhere)."""
        cue = q.cue
        assert cue is not None
        if cue.start < q.end or self.text[q.end:cue.start].strip(" ,\"'\u201d\u2019") != "":
            return None
        m = subject_after(self.text, cue.end, min(len(self.text), cue.end + 200))
        if m is None:
            return None
        return Span(self.text[m.start:m.end], m.start, m.end)

    def turn_of(self, q: Quote) -> Span | None:
        """The name that labels the turn a quote opens: 'KENT: We will ...'."""
        a = self.paragraphs[self.para_index(q.start)][0]
        inside = _TURN_INSIDE.match(self.text, q.start, min(q.end, q.start + 40))
        if inside is not None and self.text[a:q.start].strip() in _OPEN_MARKS + ("",):
            # the label inside the marks: '"KENT: Well, ...' (a transcript quoted whole)
            label = inside.group(1)
            if label.lower() not in _NOT_TURNS:
                return Span(label, inside.start(1), inside.end(1))
        lead = self.text[max(a, q.start - 60):q.start]
        # (most quotes follow no colon: the search, tried at every position of the lead, is skipped)
        m = _TURN.search(lead) if ":" in lead else None
        if m is None or (m.start() == 0 and q.start - 60 > a):
            return None
        label = m.group(1)
        if any(w.lower() in _NOT_TURNS for w in label.split()) or len(label) < 3:
            return None
        start = q.start - len(lead) + m.start(1)
        return Span(label, start, start + len(label))

    def introduced_by(self, q: Quote) -> Span | None:
        """'The farmer, a member of the council: "..."', 'Lea Stone backed the
        plan -- "..."': the subject of the words that introduce a quote with a
        colon or a dash and no verb."""
        lo = self.sentence_start(q.start)
        before = self.text[lo:q.start].rstrip(" \"'\u201c\u2018")
        lead = before.rstrip(":-\u2013\u2014 ")
        if before.endswith(",") and len(before) <= 300 and self.ends_sentence(q):
            return self.clause_subject(lo, lo + len(before) - 1)
        if not before.endswith((":", "--", "\u2014", "\u2013")) or len(before) > 200 or not lead:
            return None
        sub = sentence_subject(self.text, lo, lo + len(lead))
        if sub is None:
            # an opening phrase the subject reader does not know: 'But back
            # at the mill, she went on: "..."'
            return self.clause_subject(lo, lo + len(lead))
        return Span(self.text[sub.start:sub.end], sub.start, sub.end)

    def clause_subject(self, lo: int, comma: int) -> Span | None:
        """'During the debate, Lea Stone cracked, "..."', 'After the vote, Kent
        issued a statement, "..."': the named subject of the clause before the
        comma that introduces a whole quoted sentence (a verb the cue list
        lacks)."""
        a = max(lo, self.text.rfind(", ", lo, comma) + 2 if self.text.rfind(", ", lo, comma) >= 0 else lo)
        sub = sentence_subject(self.text, a, comma)
        if sub is None or sub.shape not in ("name", "pronoun"):
            return None
        if sub.end >= comma or self.text[sub.end:comma].strip() == "":
            return None  # the clause is only a name: an address or a list
        return Span(self.text[sub.start:sub.end], sub.start, sub.end)

    def ends_sentence(self, q: Quote) -> bool:
        """The quote closes its sentence: only marks and space, then a new
        sentence, a paragraph break or the end."""
        rest = self.text[q.end:q.end + 4].lstrip("\"'\u201d\u2019")
        return rest[:1] in ("", "\n") or rest.lstrip()[:1].isupper() and rest[:1] == " "

    def signed_below(self, q: Quote) -> Span | None:
        """A quote paragraph signed by a dash line under it, as fact checks
        and epigraphs set it: '"We will win."' then '- Lea Stone'."""
        k = self.para_index(q.start)
        if k + 1 >= len(self.paragraphs) or not self.text[q.end:self.paragraphs[k][1]].strip(" \"'\u201d\u2019.") == "":
            return None
        a, b = self.paragraphs[k + 1]
        line = self.text[a:b]
        dash = _SIGNATURE.match(line)
        if dash is None or len(line.split()) > 12:
            return None
        i = bisect.bisect_left(self.name_starts, a + dash.end())
        if i < len(self.names) and self.names[i].start == a + dash.end() and self.names[i].end <= b:
            n = self.names[i]
            return Span(n.name if self.text[n.start:n.end] == n.name else self.text[n.start:n.end], n.start, n.end)
        return None

    def whole_paragraph(self, q: Quote) -> bool:
        """The quote is its paragraph: a mark, the words, a mark."""
        a, b = self.paragraphs[self.para_index(q.start)]
        return self.text[a:q.start].strip() in _OPEN_MARKS and \
            self.text[q.end:b].strip().strip("\"\u201d\u2019'") in ("", ".")

    def after_writers_sentence(self, q: Quote) -> bool:
        """The quote opens a sentence after the writer's own sentence in the
        same paragraph, and has no cue of its own: 'Sami Aziz recalled his
        first day on the ferry. "The sea was calm."'"""
        if q.cue is not None:
            return False
        a, _ = self.paragraphs[self.para_index(q.start)]
        lead = self.text[a:q.start].rstrip(" \"'\u201c\u2018")
        return len(lead) > 1 and lead[-1] == "." and not _QUOTE_MARK.search(lead[-200:]) \
            and self.text[q.end:q.end + 3].strip("\"'\u201d\u2019 ")[:1] in ("", "\n")

    def previous_subject(self, q: Quote) -> Span | None:
        """The subject of the last sentence before the quote: in its own
        paragraph, else in the paragraph before."""
        k = self.para_index(q.start)
        a, b = self.paragraphs[k]
        lead = self.text[a:q.start].rstrip(" \"'\u201c\u2018")
        if len(lead) > 1:
            b = a + len(lead)
        elif k == 0:
            return None
        else:
            a, b = self.paragraphs[k - 1]
        while b > a and self.text[b - 1].isspace():
            b -= 1
        if b <= a or self.text[b - 1] not in ".!:":
            return None  # a headline or a line cut short (a colon announces the quote)
        lo = max(a, self.sentence_start(b - 1))
        sub = sentence_subject(self.text, lo, b)
        if sub is None:
            return None
        return Span(self.text[sub.start:sub.end], sub.start, sub.end)

    def person_like_name(self, name: str) -> bool:
        return any(self.person_like(n) for n in self.named(name))

    @staticmethod
    def kind_of(e: _Entity) -> Literal["person", "organization"] | None:
        if e.organization:
            return "organization"
        words = e.name.split()
        if e.gender or (len(words) > 1 and words[0].lower() not in _PLACE_WORDS):
            return "person"
        return None

    def cues_ahead(self, ordered: list[Quote]) -> list[Span | None]:
        """For the early paragraphs of a long quote whose cue comes in its last
        paragraph, the mention at that cue."""
        ahead: list[Span | None] = [None] * len(ordered)
        for i in range(len(ordered) - 2, -1, -1):
            q, nxt = ordered[i], ordered[i + 1]
            if q.speaker_mention is None and q.kind == "direct" and self.open_at_end(q) and \
                    self.para_index(nxt.start) == self.para_index(q.start) + 1 and self.continues(q, nxt):
                ahead[i] = nxt.speaker_mention or ahead[i + 1]
        return ahead

    def open_at_end(self, q: Quote) -> bool:
        """A quote left open at its paragraph's end (it goes on in the next one)."""
        rest = self.text[q.end:q.end + 3]
        return not rest or rest[0] in "\n" or (rest[0] not in "\"\u201d\u2019'\u00bb" and rest.strip() == "")

    def continues(self, prev: Quote, q: Quote) -> bool:
        """q carries on prev's words: the second half of a split quote in the
        same paragraph, or the next paragraph of a long quote."""
        pp, qp = self.para_index(prev.start), self.para_index(q.start)
        if pp == qp:
            return True
        if qp == pp + 1:
            lo = self.paragraphs[qp][0]
            return self.text[lo:q.start].strip() in _OPEN_MARKS
        return False
