"""The noun phrase that names a speaker next to a cue: "he", "Kim Song",
"the diplomat", "a spokesman for the ministry", "Sen. Jane Roe".

Tokens are read backwards from a verb ("..., the senator said") or forwards
from it ("..., said the senator"); no parser, only word shapes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from .cues import ADVERBS, SPEECH_VERB_FORMS

# A word (with the inner periods of "U.S." or "e.g." and a final one), a number
# ("3.5", "1,200", "10:30"), or a mark.  (Each written as a run of characters with
# the rarer period after it, rather than one character at a time: the same tokens,
# matched faster.)
# (most words are a run of ASCII letters with nothing word-like after it: tried
# first, as letter ranges, before the general word of Unicode classes; the
# possessive runs keep no places to step back to, which no token ever needs, as
# all that follows each run may match nothing)
TOKEN = re.compile(
    r"[A-Za-z]++(?![\w\u2019'\-.])"
    r"|[^\W\d_][\w\u2019'\-]*+(?:\.(?=\w)[\w\u2019'\-]*+)*+\.?+|\d\w*+(?:[.,:](?=\d)\w*+)*+|[^\w\s]")
# The same tokens, each after the spaces before it, as group 1: a search that
# meets a space takes it into the match rather than failing there on every
# alternative and trying again one character on (no token holds a space, so
# the group is the token the plain search would find).
_SPACED_TOKEN = re.compile(r"\s*+(" + TOKEN.pattern + ")")

PRONOUNS = frozenset("he she they it we i you who which".split())
DETERMINERS = frozenset(
    "the a an this that these those his her its their our one another two three several "
    "some many other both each every any no most few my your".split())
# Capitalised words that start sentences or name times, never a speaker.
NOT_NAMES = frozenset(
    "the a an this that these those it its he she they we i you but and or so yet "
    "in on at for of to by from with as if when while after before since though although "
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december today tonight "
    "yesterday tomorrow however meanwhile still also then now there here what why how "
    "where who which last next earlier later asked speaking writing mr mrs ms "
    # words that open a sentence or clause ("Among Smith's critics", "All said")
    "despite among amid amidst regarding during under over between through throughout "
    "following within without across unlike including beyond toward towards against "
    "upon into onto via unless until whereas whilst all both each every many most some "
    "such other another only even just not no yes please thanks one two three four five according "
    "six seven eight nine ten "
    # counting and linking words that open a sentence ("Several warned ...", "Second, the
    # board says ...", "Plus, the older report argues ...", "Prior to the vote Ruiz promised ...")
    "several few much first second third finally plus moreover furthermore besides overall prior".split())
NAME_PARTICLES = frozenset("de da di del della van von der den bin ibn al el la le du dos das st y".split())
_PARTICLES_AND_OF = NAME_PARTICLES | {"of"}
# Titles and role words that stand before a name ("Sen. Jane Roe", "Secretary of
# State John Kerry"); not part of the name itself.
TITLES = frozenset(
    "mr mrs ms miss dr sen senator rep representative gov governor mayor president "
    "vice secretary state attorney general gen lt col capt sgt adm maj cmdr judge "
    "justice minister prime chancellor chairman chairwoman chair director ambassador "
    "speaker leader majority minority deputy chief officer commissioner congressman "
    "congresswoman rev pope king queen prince princess sir lord dame professor prof "
    "former acting interim sheriff coach premier emir sheikh councilman councilwoman "
    "councillor cllr assemblyman assemblywoman lady madam mme the first foreign defense "
    "defence interior finance house senate supreme court u.s. u.n. white chief "
    "executive ceo founder spokesman spokeswoman democratic republican gop dem".split())
_STOP_INSIDE_NP = frozenset(",;:()[]\"\u201c\u201d\u2018\u2019\u2014\u2013")
_WEEKDAY_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "morning afternoon evening night week".split())


_NP_STOP = frozenset(
    "that who which in on at to when after before during about is are was were will would "
    "has have had could can may might should did does do".split())
# Words that open a sentence before its subject: "But he said", "In a statement, the ...".
_LEAD_WORDS = frozenset("but and so yet still meanwhile instead however also then now later here".split())
_LEAD_PREPOSITIONS = frozenset(
    "in on at after before during since with for from speaking asked when while as "
    "addressing following despite earlier last this under amid once outside inside near "
    # "By the end of the week, Tessel ...", "Like her sister, Okonjo ...", "Early in the season, Quist ..."
    "by like unlike early late within throughout until".split())


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """A speaker mention: its span, its shape, and the name words inside it.
    (Never changed once made; not frozen, whose every field is set through
    object.__setattr__: a text makes a score of mentions or more, each read once
    or twice.)"""

    start: int
    end: int
    shape: str  # "name" | "pronoun" | "description"
    name_start: int = -1  # the name part of "Sen. Jane Roe" / "ambassador Kim Song"
    name_end: int = -1


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span(1) for m in _SPACED_TOKEN.finditer(text, lo, hi)]


def _word(text: str, span: tuple[int, int]) -> str:
    w = text[span[0]:span[1]]
    if w[-1] != "." or len(w) <= 3 or w.count(".") != 1:  # (tokens are never empty; most end in a letter)
        return w
    return w[:-1]


def _is_cap(w: str) -> bool:
    return bool(w) and (w[0].isupper() or (len(w) > 1 and w[0] in "'\u2019" and w[1].isupper()))


def _namey(w: str) -> bool:
    return _is_cap(w) and w.lower().rstrip(".") not in NOT_NAMES


def _name_part(text: str, toks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Trailing run of capitalised words that are not titles: the name in
    "White House press secretary Josh Earnest" or "Sen. Jane Roe"."""
    i = len(toks)
    while i > 0:
        w = _word(text, toks[i - 1])
        if _is_cap(w) or (w.lower() in NAME_PARTICLES and i < len(toks)):
            i -= 1
        else:
            break
    run = toks[i:]
    while run and (_word(text, run[0]).lower().rstrip(".") in TITLES
                   or _word(text, run[0]).lower() in NAME_PARTICLES):
        courtesy = _word(text, run[0]).lower().rstrip(".") in _COURTESY
        run = run[1:]
        if courtesy and run:
            break  # "Mr. King": after a courtesy title comes the name, whatever it is
    if not run:
        return None
    if _word(text, run[0]).lower().rstrip(".") in NOT_NAMES:
        return None
    end = run[-1][1]
    if "_" in text[run[0][0]:end]:
        return None  # a variable in a code listing: 'BANNER_TEXT = "Welcome back"'
    if text[end - 1] == "." and not _INITIAL_OR_SUFFIX_END.search(text[run[-1][0]:end]):
        end -= 1
    return run[0][0], end


_POSSESSIVE_NAME = re.compile(r"[A-Z][\w\-.]*(?:['\u2019]s|s['\u2019])")
# Names that end in -ly ("Kelly, ...", "Italy, ..."), unlike the adverbs that open sentences.
_NAMEY_LY = frozenset("kelly italy sully reilly riley ely beverly emily lilly billy willy molly sally holly daly "
                      "connolly donnelly mcnally nelly shelly dolly polly ally".split())
_COURTESY = frozenset("mr mrs ms miss dr".split())
# A name's last word whose period is its own: an initial ("John F.") or "Jr." / "Sr.".
_INITIAL_OR_SUFFIX_END = re.compile(r"(?:\b[A-Z]|Jr|Sr)\.$")
_TIME_ENDINGS = frozenset("later earlier ago before after afterwards since then day days week weeks month "
                          "months year years night morning evening afternoon time".split())
_PREPOSITIONS = frozenset("of for at from in with on by near outside inside to about against toward towards".split())


_LAST_WORD = re.compile(r"(?:^|\s)([A-Za-z]+)$")
_ING_WORD = re.compile(r"[A-Za-z]+ing\b")
_WORD_BEFORE_ARTICLE = re.compile(r"(?:^|\s)([A-Za-z]+)\s+(?:the|a|an)$")


# -ing words that are nouns, not participles: "the ruling", "a briefing"
_ING_NOUNS = frozenset(
    "thing nothing something anything everything king ring spring string wing morning evening "
    "building meeting wedding briefing hearing ruling funding spending offering opening warning "
    "ceiling clothing feeling finding being darling sibling viking pudding bombing shooting "
    "killing training polling housing heating lending setting trading".split())


_MOTION_PREPOSITIONS = frozenset("through across along around into past over toward towards outside near in at on".split())


def _noun_before_participle(word: str) -> bool:
    """A name or a plural noun ("Lea Moss", "marchers"), not an auxiliary, an
    adverb or a preposition ("is now considering", "key to stopping")."""
    low = word.lower()
    return (word[0].isupper() or low.endswith("s") and len(low) > 3) \
        and low not in ADVERBS and low not in _PREPOSITIONS and low not in ("this", "thus", "was", "has", "does", "its", "his")


def _participle_after_subject(word: str) -> bool:
    return word.islower() and len(word) > 5 and word.endswith("ing") and word not in _ING_NOUNS \
        and word not in _PREPOSITIONS and word not in ("during", "including", "according", "regarding")


def _last_word(head: str) -> re.Match[str] | None:
    """_LAST_WORD in head, sought from the space before its last run of
    non-space characters: the one place it can match (a head that ends in a
    space, which callers strip off, is searched whole)."""
    if not head or head[-1].isspace():
        return _LAST_WORD.search(head)
    last = head.rsplit(None, 1)[-1]
    return _LAST_WORD.search(head, max(0, len(head) - len(last) - 1))


_ROLE_AFTER_COMMA = re.compile(r"(?<=[\w.]),\s+(?:[a-z][\w\-]*\s+){1,3}$")
_WORD_BEFORE_NAME = re.compile(r"([A-Za-z]+)\s+(?:(?:the|a|an)\s+)?$")
# The word before the first of two places: "in [both] Maine and", "from Portland,".
_WORD_BEFORE_PLACE = re.compile(r"([A-Za-z]+)\s+(?:(?:both|either)\s+)?$")


# Words that open a phrase which is never the speaker: an adverbial or
# participial clause read as a subject ("Citing the new figures, ...",
# "Holding signs, ...", "after winning the county", "Like the mayor, ...").
_SUBORDINATORS = frozenset("after before when while as since if although though because once until despite".split())
_NOT_SUBJECT_OPENERS = _SUBORDINATORS | frozenset(
    "like unlike with without by for from into onto upon about against among amid during following".split())
_PARTICIPLE = re.compile(r"[A-Za-z]{2,}(?:ing|ed)")


def _opens_with_clause(text: str, m: Mention) -> bool:
    """True when the mention starts with a preposition, a subordinator or a
    participle followed by more words: "Acknowledging the risk", "embracing
    the governor", "Like the senator"; a one-word name ending in -ing ("Manning")
    is kept."""
    # (only the first two words are read: whether one, or two and more, lie inside)
    toks = [t.span() for t in islice(TOKEN.finditer(text, m.start, m.end + 40), 2)]
    inside = sum(1 for t in toks if t[1] <= m.end)
    if len(toks) < 2:
        return False
    first = _word(text, toks[0])
    low = first.lower()
    if inside >= 2 and low in _NOT_SUBJECT_OPENERS:
        return True
    if not (_PARTICIPLE.fullmatch(first) and (first.islower() or low.endswith("ing"))) or low in TITLES:
        return False
    second = _word(text, toks[1])
    if inside == 1:
        # "Waving flags the marchers ...": the participle's object follows, not a verb
        return second.islower() and second.isalpha() and _object_word(second)
    # "Citing Brandt's report", "Holding signs"
    return first.islower() or second[:1].islower() or second.endswith(("'s", "\u2019s"))


def subject_before(text: str, lo: int, verb_start: int, depth: int = 0) -> Mention | None:
    """The noun phrase right before a verb: "the diplomat [argued]",
    "Kim Song, the ambassador, [said]", "he [also noted]", "Lea Stone from
    the port authority in Dover [said]", "another officer, Tom Hale, [said]"."""
    m = _np_before(text, lo, verb_start, depth)
    if m is None or depth > 3:
        return m
    head = text[lo:m.start].rstrip()
    if m.shape == "name" and (head.endswith((" and", " or")) or head.endswith(",") and text[verb_start:verb_start + 1] == ","):
        # the second of two places after a preposition, not the subject: "the harbor master
        # in Portland, Maine, Dale Ruiz, said", "a neighbor in both Maine and New York said"
        before = _np_before(text, lo, lo + (len(head) - 1 if head.endswith(",") else head.rindex(" ")), depth + 1)
        pw = _WORD_BEFORE_PLACE.search(text, max(lo, before.start - 30), before.start) if before is not None \
            and before.shape == "name" else None
        if pw and pw.group(1).lower() in _PREPOSITIONS:
            outer = subject_before(text, lo, pw.start(1), depth + 1)
            if outer is not None and outer.shape == "description":
                return outer
    # a prepositional phrase belongs to the noun before it
    pm = _last_word(head)
    if pm and pm.group(1).lower() in ("with", "without") and _ING_WORD.match(text[verb_start:verb_start + 30]):
        return m  # "..., with Kent reportedly shouting": the participle's own subject
    if pm and pm.group(1).lower() in _PREPOSITIONS:
        outer = subject_before(text, lo, lo + pm.start(1), depth + 1)
        if outer is not None:
            return outer
    if pm and m.shape == "description" and pm.group(1) in _MOTION_PREPOSITIONS:
        # "Marchers walking through the square [chanted]": the participle before the preposition
        pm = _last_word(head[:pm.start(1)].rstrip())
    if pm and m.shape == "description" and _participle_after_subject(pm.group(1)):
        # a participle's object is not the subject: "Marchers crossing the
        # bridge [chanted]", "officials monitoring the count [said]"
        outer = subject_before(text, lo, lo + pm.start(1), depth + 1)
        noun = _last_word(head[:pm.start(1)].rstrip())
        opens = noun is not None and _noun_before_participle(noun.group(1)) and outer is not None and text[lo:outer.start].rstrip()[-1:] in ("", ".", ",", ";", ":", "\"", "\u201c", "\u201d")
        if opens and outer is not None and text[outer.end - 1].isalnum() and not text[outer.end:lo + pm.start(1)].strip():
            return outer  # (the phrase opens the clause: not 'the aim of winning the vote [says]')
    # "Jo Kent, chair of the Farmers' Union said": the person the role belongs to
    # (the article tested first: most heads end in some other word)
    pm = _WORD_BEFORE_ARTICLE.search(head) if head.endswith(("the", "a", "an")) else None
    if pm and pm.group(1).lower() in _PREPOSITIONS:
        outer = subject_before(text, lo, lo + pm.start(1), depth + 1)
        if outer is not None and outer.shape == "name":
            return outer
        # "Jo Kent, chair of the ...": a bare role noun after the name's comma
        rm = _ROLE_AFTER_COMMA.search(text[lo:lo + pm.start(1)])
        if outer is None and rm:
            outer = _np_before(text, lo, lo + rm.start(), depth + 1)
            if outer is not None and outer.shape == "name":
                return outer
    # a description in apposition to a name before it: "Jo Kent, a farmer [said]";
    # not the end of an opening phrase ("In a post on its website, the force said")
    if m.shape == "description" and head.endswith(","):
        outer = _np_before(text, lo, lo + len(head) - 1, depth + 1)
        if outer is not None and outer.shape == "name":
            # (the preposition may stand before an article: "In a letter to the Courier, its editor, ...")
            pw = _WORD_BEFORE_NAME.search(text[max(lo, outer.start - 30):outer.start])
            place = text[lo:outer.start].rstrip().endswith(",") and " " not in text[outer.start:outer.end]
            if not (pw and pw.group(1).lower() in _PREPOSITIONS) and not place \
                    and not _opens_with_clause(text, outer):
                # (not the second part of a place: "in Springfield, Ill., a pastor")
                return outer
    return m


# A party-and-state tag after a lawmaker's name: "Rep. Jo Kent (D-Wash.) said", "Gov. Jo Kent (R-OH), said".
_PARTY_TAG_END = re.compile(r"\s*\([A-Z]{1,3}(?:-[A-Z][A-Za-z.]{0,12}(?:\s[A-Z][A-Za-z.]{0,12})?)?\),?\s*$")



def _appositive_name(text: str, toks: list[tuple[int, int]], comma: int) -> Mention | None:
    """The name set off by commas after ``toks[comma]``: "the Leader of the Council, Councillor Ann Shaw, said"."""
    end = comma + 1
    while end < len(toks) and _is_cap(_word(text, toks[end])):
        end += 1
    name = _name_part(text, toks[comma + 1:end]) if end > comma + 1 else None
    if name is not None and end < len(toks) and text[toks[end][0]:toks[end][1]] == ",":
        return Mention(toks[comma + 1][0], name[1], "name", name[0], name[1])
    return None

# A comma, then (past spaces and underscores, which no token holds) a character
# that str.isdigit accepts: every digit is a word character, and none is an ASCII
# letter or "_".  Where this is not found no ", 42," can be among the tokens.
_COMMA_THEN_DIGIT = re.compile(r",[\s_]*[^\W_A-Za-z]")


# A modal or "do" between a subject and its verb: "Kent did suggest", "Kent would not say".
_MODALS = frozenset("did does do will would could can may might should must not".split())


_SENTENCE_ADVERBS = frozenset(
    "moreover indeed shortly early hastily finally instead nonetheless nevertheless furthermore "
    "additionally ultimately initially eventually afterward afterwards similarly likewise separately "
    "ironically notably clearly obviously apparently otherwise thus hence therefore".split())


def _sentence_adverb(text: str, toks: list[tuple[int, int]]) -> bool:
    """One capitalised adverb that opens a sentence ("Moreover", "Hastily"), taken
    for a name when nothing but it stands before the verb."""
    if not toks or not _is_cap(_word(text, toks[-1])):
        return False
    if len(toks) > 1 and text[toks[-2][0]] not in ".!?\"\u201c\u201d":
        return False
    low = _word(text, toks[-1]).lower()
    return low in _SENTENCE_ADVERBS or (low.endswith(_ADVERB_ENDINGS) and low not in _NAMEY_LY)


# Endings of -ly adverbs that names ending in -ly ("Schafly", "Donnelly", "Beverly") do not have.
_ADVERB_ENDINGS = ("ally", "ily", "ously", "ently", "antly", "ately", "ively", "ibly", "ably", "edly", "ingly",
                   "fully", "lessly")


# An aside set off by commas between a subject and its verb, opened by a
# preposition, a participle or a relative word, may hold commas of its own:
# "Castellan, during a visit to the depot in Brackenfield, Lower Marsh,
# said", "Brisco, whose bakery, Crumbwell, supplies cafes, said"
_ASIDE_OPENER = re.compile(
    r",\s+(?:in|at|on|during|after|before|from|with|without|for|by|near|since|despite|while|when|"
    r"who|whose|which|whom|where|according|[a-z]+ing)\b")


def _subject_before_aside(text: str, lo: int, comma: int) -> Mention | None:
    """The subject before an aside that runs up to the comma before the verb,
    when the aside itself holds commas (one comma pair is read by the caller)."""
    start = lo
    while start < comma and text[start].isspace():
        start += 1
    first = text.find(",", start, comma)
    if first < 0 or text.count(",", first, comma + 1) < 3 or not _ASIDE_OPENER.match(text, first, comma):
        return None
    words = text[start:first].split()
    while words and words[0].lower().rstrip(",") in _LEAD_WORDS:
        start = text.index(words[0], start) + len(words[0])  # "But Brisco, whose ..."
        words = words[1:]
    if not words or words[0].lower() in _LEAD_PREPOSITIONS or any(
            w.lower() in _WEEKDAY_TIME or w[:1].isdigit() for w in words):
        return None  # an opening phrase of place or time ("Outside the hall, ...", "One evening in 1987, ...")
    while start < first and text[start].isspace():
        start += 1
    m = _np_before(text, start, first, 1)
    if m is None or text[start:m.start].strip() or m.end != first:
        return None
    return m


_SHARE_LAST = frozenset("0123456789%")
_CLAUSE_JOINER_END = re.compile(r"\b(?:while|whereas|but|and|though|although)\s+$")
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_SHARE_END = re.compile(rf"(?<![\w.])(?:\d+(?:\.\d+)?%|{_NUMBER}\s+(?:in|out\s+of)\s+(?:10|ten|\d+))$", re.IGNORECASE)
_BARE_COLLECTIVES = frozenset(("police", "staff", "personnel"))
_RELATIVE_WORDS = frozenset("who whom whose which that where when".split())


def _clause_between(text: str, a: int, b: int) -> bool:
    """Words between two commas with an auxiliary of their own and no relative
    word: a clause ("the river will be high"), not an apposition ("a
    hydrologist at the county office", "who runs the clinic")."""
    words = text[a:b].lower().split()
    return any(w in _AUXILIARIES for w in words) and not any(w in _RELATIVE_WORDS for w in words)


def _np_before(text: str, lo: int, verb_start: int, depth: int) -> Mention | None:
    if text.find(")", max(lo, verb_start - 30), verb_start) >= 0:  # (most subjects have no tag: its bracket first)
        tag = _PARTY_TAG_END.search(text, max(lo, verb_start - 30), verb_start)
        if tag is not None and tag.start() > lo:
            verb_start = tag.start()
    window = max(lo, verb_start - 300)
    toks = tokens(text, window, verb_start)  # (every token starts at lo or after)
    # an age in apposition says nothing of the subject: "Jo Kent, 42, a lecturer, said"
    # (sought only where a comma comes before a digit: most windows hold no age)
    k = len(toks) - 3 if _COMMA_THEN_DIGIT.search(text, window, verb_start) else -1
    while k >= 0:
        if text[toks[k][0]] == "," and text[toks[k + 2][0]] == "," and text[toks[k + 1][0]].isdigit() \
                and toks[k + 1][1] - toks[k + 1][0] <= 3:
            # "Ana Ruiz, 25, said" -> "Ana Ruiz said"; "Kent, 42, a lecturer," -> "Kent, a lecturer,"
            del toks[k if k + 3 == len(toks) else k + 1:k + 3]
        k -= 1
    # (the last word is read once, and again only when the tokens are cut)
    last = _word(text, toks[-1]) if toks else ""
    while toks and (last.lower() in ADVERBS or last in _MODALS):
        toks.pop()  # "Kent did not suggest", "the mayor would later say"
        last = _word(text, toks[-1]) if toks else ""
    # "Smith on Tuesday said"
    if len(toks) >= 2 and last.lower() in _WEEKDAY_TIME and _word(text, toks[-2]).lower() in ("on", "this", "last"):
        toks = toks[:-2]
        last = _word(text, toks[-1]) if toks else ""
    # "the mayor, who in 2019 said": a year between the subject and its verb
    if len(toks) >= 3 and _word(text, toks[-2]) == "in" and _YEAR.fullmatch(last):
        toks = toks[:-2]
        last = _word(text, toks[-1])
    # "The ministry less than a month ago said"
    if len(toks) >= 3 and last.lower() == "ago":
        k = len(toks) - 2
        while k > 0 and len(toks) - k < 6 and _word(text, toks[k]).lower() not in _AMOUNT_WORDS \
                and not _word(text, toks[k])[:1].isdigit():
            k -= 1
        if _word(text, toks[k]).lower() in _AMOUNT_WORDS or _word(text, toks[k])[:1].isdigit():
            while k > 0 and _word(text, toks[k - 1]).lower() in ("than", "less", "more", "about", "nearly", "just", "some", "only"):
                k -= 1
            toks = toks[:k]
            while toks and _word(text, toks[-1]).lower() in ADVERBS:
                toks.pop()
            last = _word(text, toks[-1]) if toks else ""
    if not toks:
        return None
    # "Kim Song, the ambassador, said" / "Smith, who leads the panel, said"
    if last == "," and depth == 0:
        first = _subject_before_aside(text, lo, toks[-1][0])
        if first is not None:
            return first
    if last == ",":
        for j in range(len(toks) - 2, max(-1, len(toks) - 25), -1):
            w = text[toks[j][0]:toks[j][1]]
            if w == ",":
                if _clause_between(text, toks[j][1], toks[-1][0]):
                    # '..., the river will be high, said Nadia Orrin': a clause of
                    # its own before the comma, what was said; the speaker is after
                    return None
                head = subject_before(text, lo, toks[j][0], depth + 1)
                if head is not None and head.shape == "description":
                    # "the chief engineer, Paul Novak, said": the name in apposition
                    inner = _np_before(text, toks[j][1], toks[-1][0], depth + 1)
                    if inner is not None and inner.shape == "name" and inner.start <= toks[j + 1][0] + 1:
                        return inner
                if head is not None and head.shape in ("name", "pronoun"):
                    return head
                # "the agency's director-general, Lea Stone, said": the name between the commas
                inner = _np_before(text, toks[j][1], toks[-1][0], depth + 1)
                if inner is not None and inner.shape == "name" and inner.start <= toks[j + 1][0] + 1:
                    return inner
                if head is not None:
                    return head
                break
            if w in ".;:\"\u201c\u201d":
                break
        return None
    low = last.lower()
    # (sought only after a digit, a "%" or "ten": most subjects end in a letter)
    share = _SHARE_END.search(text, max(lo, toks[-1][1] - 24), toks[-1][1]) \
        if text[toks[-1][1] - 1] in _SHARE_LAST or low == "ten" else None
    if share is not None and (text[lo:share.start()].rstrip()[-1:] in ("", ",", ";", ":", ".")
                              or _CLAUSE_JOINER_END.search(text, max(lo, share.start() - 10), share.start())):
        # a poll's share as the subject: "62% say", "eight in 10 said" (at the clause's start)
        return Mention(share.start(), share.end(), "description")
    if low == "percent" and len(toks) >= 2 and _word(text, toks[-2])[:1].isdigit():
        # a poll's share as the subject: "In the survey, 58 percent said ..."
        return Mention(toks[-2][0], toks[-1][1], "description")
    if low in PRONOUNS:
        return Mention(toks[-1][0], toks[-1][1], "pronoun")
    contracted = _CONTRACTED.fullmatch(low)
    if contracted:
        # "he's said", "she'd told": the pronoun before the auxiliary
        return Mention(toks[-1][0], toks[-1][0] + contracted.end(1), "pronoun")
    if _sentence_adverb(text, toks):
        return None  # "Indeed, ...", "Hastily ...": an adverb opening the sentence, no name
    if _is_cap(last) and low.rstrip(".") not in NOT_NAMES:
        # a capitalised run, possibly with role words before it
        i = len(toks)
        while i > 0:
            w = _word(text, toks[i - 1])
            if _is_cap(w) or w.lower() in NAME_PARTICLES or w in ("of", "'s", "\u2019s"):
                i -= 1
            else:
                break
        while i < len(toks) and _word(text, toks[i]).lower() in _PARTICLES_AND_OF:
            i += 1
        run = toks[i:]
        if not run:
            return None  # only particles ("Dover, Del"): no name
        name = _name_part(text, run)
        # role words before the name: "national security adviser John Bolton"
        j = i
        while j > 0 and j > i - 5:
            w = _word(text, toks[j - 1])
            if w.islower() and w not in DETERMINERS and w not in _PREPOSITIONS \
                    and w not in ("and", "or", "but", "that", "as", "to", "who", "which") and w not in _SUBORDINATORS \
                    and not text[toks[j - 1][0]:toks[j - 1][1]].endswith(".") and w not in SPEECH_VERB_FORMS:
                j -= 1
            else:
                break
        if j > 0 and _word(text, toks[j - 1]).lower() in DETERMINERS and j < i:
            j -= 1
        start = toks[j][0] if j < i else run[0][0]
        end = run[-1][1] if not name else name[1]
        if name is None:
            return Mention(start, end, "description")
        return Mention(start, end, "name", name[0], name[1])
    # a lower-case noun phrase back to its determiner: "the former senator",
    # "a spokesman for the ministry", "officials"
    i = len(toks)
    steps = 0
    while i > 0 and steps < 12:
        w = _word(text, toks[i - 1])
        if w in _STOP_INSIDE_NP or w in ".!?":
            break
        lw = w.lower()
        if lw in DETERMINERS:
            i -= 1
            # a possessive name before: "Trump's spokesman"
            return _description(text, toks, i)
        if lw == "and" and i < len(toks):
            # "the Ohio senator and mayoral candidate said": one
            # phrase, when a determiner opens it at the clause's start
            opener = _clause_determiner(text, toks, i - 1)
            if opener is not None:
                return _description(text, toks, opener)
            break
        if lw in ("said", "says", "and", "or", "but", "that", "as", "when", "because", "if"):
            break
        if i < len(toks) and _POSSESSIVE_NAME.fullmatch(w) and lw.rstrip("s'\u2019") not in NOT_NAMES:
            # a name's possessive stands for the determiner: "Obama's former
            # campaign strategist said", "Acme Corp's chief executive said"
            k = i - 1
            while k > 0 and _namey(_word(text, toks[k - 1])) and k > len(toks) - 12:
                k -= 1
            if k == 0 or not text[toks[k - 1][0]].isalnum():
                # (only at the clause's start: after a quote, a comma, a sentence)
                return _description(text, toks, k)
        i -= 1
        steps += 1
    # a bare plural ("officials said", "critics argue"): the head alone; also
    # a plural without its "s" ("..., police said", "kitchen staff say")
    if (low.endswith("s") or low in _BARE_COLLECTIVES) and low.isalpha() and len(low) > 3:
        j = len(toks) - 1
        while j > 0 and len(toks) - j < 3 and _word(text, toks[j - 1]).isalpha() and \
                _word(text, toks[j - 1]).lower() not in ("and", "or", "but", "that", "as", "when", "because", "if", "to", "of", "in", "on", "at", "for", "with", "by", "from"):
            j -= 1
        return Mention(toks[j][0], toks[-1][1], "description")
    return None


def _clause_determiner(text: str, toks: list[tuple[int, int]], at: int) -> int | None:
    """The index of "the"/"a" that opens the clause within a few lower-case
    or capitalised words before toks[at] (an "and" inside a noun phrase),
    or None."""
    k = at
    while k > 0 and at - k < 5:
        w = _word(text, toks[k - 1])
        if not w[:1].isalnum():
            return None
        if w.lower() in ("the", "a", "an"):
            k -= 1
            if k == 0 or not text[toks[k - 1][0]].isalnum():
                return k
            return None
        after_of = k > 1 and _word(text, toks[k - 2]).lower() == "of"  # "secretary of state"
        if w.lower() in DETERMINERS or (w.lower() in SPEECH_VERB_FORMS and not after_of) or w.lower() in _NP_STOP \
                or (w.lower() in _PREPOSITIONS and w.lower() != "of") or w.lower() in ("and", "or", "but"):
            return None
        k -= 1
    return None


def _description(text: str, toks: list[tuple[int, int]], i: int) -> Mention:
    start = toks[i][0]
    end = toks[-1][1]
    inner = toks[i:]
    name = None
    # "the ambassador, Kim Song" is handled by the caller; here a trailing name
    # after role words: "the ambassador Kim Song"
    if inner and _namey(_word(text, inner[-1])):
        name = _name_part(text, inner)
    if name:
        return Mention(start, end if text[end - 1] != "." else end - 1, "name", name[0], name[1])
    return Mention(start, end if text[end - 1] != "." else end - 1, "description")


def _verb_like(w: str) -> bool:
    """A lower-case word shaped as a past verb, an -ly adverb or a speech verb."""
    return w.endswith(("ed", "ly")) or w in SPEECH_VERB_FORMS or w in ADVERBS


def subject_after(text: str, verb_end: int, hi: int) -> Mention | None:
    """The noun phrase right after a verb in inverted order: "said Kim Song",
    "said the ambassador", "says Smith, a spokesman"."""
    toks = tokens(text, verb_end, min(hi, verb_end + 200))
    if not toks:
        return None
    first = _word(text, toks[0])
    low = first.lower()
    if low in ("he", "she", "they", "it", "we", "i"):
        return Mention(toks[0][0], toks[0][1], "pronoun")
    if first[:1].isdigit() and len(toks) > 2:
        # a number-led descriptor before a role and a name: "said 24/7 nurse Ana Holt",
        # "said 76-year-old farmer Ed Lund"
        k = 1
        while k < len(toks) - 1 and k < 6 and (text[toks[k][0]] in "/-" or _word(text, toks[k])[:1].isdigit()
                                               or (text[toks[k - 1][0]] == "-" and _word(text, toks[k]).islower())):
            k += 1
        if text[toks[k - 1][0]] not in "/-" and _word(text, toks[k]).islower():
            rest = subject_after(text, toks[k][0], hi)
            if rest is not None and rest.shape == "name" and rest.start == toks[k][0]:
                return Mention(toks[0][0], rest.end, "name", rest.name_start, rest.name_end)
        return None
    if low in DETERMINERS and low not in ("that", "this", "no"):
        i = 1
        while i < len(toks) and i < 9:
            w = _word(text, toks[i])
            lw = w.lower()
            if i == 1 and lw.endswith("ly") and lw in ADVERBS and i + 1 < len(toks) and "-" in _word(text, toks[i + 1]):
                i += 1  # "the recently court-released playbook": an adverb inside the phrase
                continue
            if w in _STOP_INSIDE_NP or w in ".!?" or lw in _NP_STOP or lw in ADVERBS or (lw in SPEECH_VERB_FORMS and not _is_cap(w)) \
                    or (i > 1 and w.islower() and lw.endswith("ed") and "-" not in lw):
                break
            i += 1
        if i == 1:
            return None
        inner = toks[:i]
        if _word(text, inner[1]).lower().rstrip(".") in TITLES and i + 1 < len(toks) and text[toks[i][0]:toks[i][1]] == ",":
            # "The Leader of the Council, Councillor Ann Shaw, said": the name in apposition
            appositive = _appositive_name(text, toks, i)
            if appositive is not None:
                return appositive
        name = _name_part(text, inner) if _namey(_word(text, inner[-1])) else None
        end = inner[-1][1]
        if text[end - 1] == "." and not name:
            end -= 1
        if name:
            return Mention(toks[0][0], name[1], "name", name[0], name[1])
        return Mention(toks[0][0], end, "description")
    if first.islower() and first.isalpha() and low not in _NP_STOP and low not in _PREPOSITIONS \
            and low not in ADVERBS and low not in DETERMINERS and low not in SPEECH_VERB_FORMS:
        # "said campaign manager Ana Hale", "said director of communications Ira Stone":
        # lower-case role words, then the name
        j = 1
        while j < len(toks) and j < 5 and _word(text, toks[j]).isalpha() and (
                _word(text, toks[j]).islower() and _word(text, toks[j]) not in _NP_STOP
                and _word(text, toks[j]) not in ADVERBS and _word(text, toks[j]) not in SPEECH_VERB_FORMS
                and (_word(text, toks[j]) not in _PREPOSITIONS or _word(text, toks[j]) == "of")
                or _capitalised_role_word(text, toks, j)):
            j += 1
        if j < len(toks) and _namey(_word(text, toks[j])) and _word(text, toks[j - 1]) != "of" or (
                j + 1 < len(toks) and _word(text, toks[j]).lower().rstrip(".") in TITLES and _namey(_word(text, toks[j + 1]))):
            k = j
            while k < len(toks) and (_is_cap(_word(text, toks[k])) or _word(text, toks[k]).lower().rstrip(".") in TITLES):
                k += 1
            name = _name_part(text, toks[j:k])
            if name is not None:
                return Mention(toks[0][0], name[1], "name", name[0], name[1])
        return None
    courtesy = low.rstrip(".") in _COURTESY and len(toks) > 1 and _namey(_word(text, toks[1]))
    if _namey(first) or courtesy:
        # "said Mr. Bolton", "said Ms Grant": a courtesy title opens the name
        i = 0
        while i < len(toks):
            w = _word(text, toks[i])
            if _is_cap(w) or (w.lower() in NAME_PARTICLES and i + 1 < len(toks) and _is_cap(_word(text, toks[i + 1]))):
                i += 1
            else:
                break
        run = toks[:i]
        if _word(text, run[0]).lower() in _WEEKDAY_TIME:
            return None
        # "Kyiv resident Ana Hale": role words, then the name; not a verb and its
        # object ("Kent flatly rejected Hale's plan", "Kent praised Hale")
        j = i
        while j < len(toks) and j < i + 5 and _word(text, toks[j]).islower() \
                and (_word(text, toks[j]) not in _PREPOSITIONS
                     or _word(text, toks[j]) == "of" and j + 1 < len(toks) and _word(text, toks[j + 1]).islower()) \
                and _word(text, toks[j]) not in _NP_STOP \
                and (not _verb_like(_word(text, toks[j])) or _word(text, toks[j - 1]) == "of"):
            j += 1  # (after "of" a speech verb is a noun: "secretary of state Jo Kent")
        if i < j < len(toks) and _namey(_word(text, toks[j])):
            k = j
            while k < len(toks) and _is_cap(_word(text, toks[k])):
                k += 1
            later = _name_part(text, toks[j:k])
            if later is not None:
                return Mention(run[0][0], later[1], "name", later[0], later[1])
        name = _name_part(text, run)
        if name is None:
            # "Minister of Mines, Lea Stone, said": the name in apposition
            k = i
            while k < len(toks) and k < i + 6 and (_is_cap(_word(text, toks[k])) or _word(text, toks[k]) in ("of", "and")):
                k += 1
            if k < len(toks) and text[toks[k][0]:toks[k][1]] == ",":
                return _appositive_name(text, toks, k)
            return None
        # lower-case role words after a title: "said Sen. Jane Roe"
        return Mention(run[0][0], name[1], "name", name[0], name[1])
    return None


_CONTRACTED = re.compile(r"(he|she|they|we|i|it|who)['\u2019](?:s|ve|d|ll)")
# A dateline before a story's first sentence: "WASHINGTON (AP) —",
# "Oslo (Reuters) -", "BERLIN, March 3 —".
_DATELINE = re.compile(
    r"[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,3}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s+\([A-Za-z. ]{2,25}\))?\s*(?:\u2014|\u2013|--|-)\s+")
_ARTICLE_AFTER = re.compile(r"\s+(?:the|a|an|your)\s")
_AUXILIARIES = frozenset("is are was were will would has have had could can may might should did does do".split())


def _capitalised_role_word(text: str, toks: list[tuple[int, int]], j: int) -> bool:
    """A capitalised adjective among lower-case role words: "undecided
    Republican voter", "longtime Labour councillor" (a lower-case noun follows)."""
    if j + 2 >= len(toks) or not _is_cap(_word(text, toks[j])) or not _namey(_word(text, toks[j + 2])):
        return False  # (a name follows the role noun: not "neighbour Hale picks up")
    nxt = _word(text, toks[j + 1])
    return nxt.isalpha() and nxt.islower() and nxt not in _NP_STOP and nxt not in _PREPOSITIONS \
        and nxt not in ADVERBS and nxt not in SPEECH_VERB_FORMS


def _object_word(word: str) -> bool:
    """A word after a participle that is its object, not the verb of a clause."""
    return word not in SPEECH_VERB_FORMS and word not in _AUXILIARIES and word not in ADVERBS


_MARKS = "\"\u201c\u201d"
_PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]{2,}(?:ing|ed)")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_AMOUNT_WORDS = frozenset("a an one two three four five six seven eight nine ten few several many".split())
_TIME_OPENERS = frozenset("on in at last this late early".split())


def _skip_place_and_time(text: str, toks: list[tuple[int, int]], i: int) -> int:
    """After an opening phrase, the rest of its place or time set off by
    commas: "At a rally in Portsmouth, N.H., on Tuesday, Senator ..."."""
    for _ in range(2):
        k = i
        while k < len(toks) and k < i + 4 and text[toks[k][0]:toks[k][1]] != ",":
            k += 1
        if k == i or k >= len(toks) - 1 or text[toks[k][0]:toks[k][1]] != ",":
            break
        words = [_word(text, t) for t in toks[i:k]]
        place = all(_is_cap(w) for w in words)
        if place and len(words) == 1 and text[toks[k - 1][1] - 1] == "." and k + 1 < len(toks):
            i = k + 1  # "In San Bernardino, Calif., a voice ...": a state's abbreviation
            continue
        time = words[0].lower() in _TIME_OPENERS and len(words) <= 3
        nxt = _word(text, toks[k + 1])
        if not (place or time) or not (_is_cap(nxt) or nxt.lower() in PRONOUNS or nxt in _TIME_OPENERS):
            break
        if place and nxt[:1].isupper() and nxt.lower() not in NOT_NAMES and k + 2 < len(toks) \
                and text[toks[k + 2][0]:toks[k + 2][1]] == ",":
            break  # "In Ohio, Smith, the governor, said": Smith is the subject
        i = k + 1
    return i


def sentence_subject(text: str, lo: int, hi: int) -> Mention | None:
    """The subject that opens a sentence: "Kent blasted the council for its ...",
    "In a statement, the ministry called it ...", "She added: ..."."""
    dateline = _DATELINE.match(text, lo, min(hi, lo + 80))
    if dateline:
        lo = dateline.end()
    while lo < hi and text[lo].isspace():
        lo += 1
    if lo < hi and text[lo] in "\"\u201c" and not any(ch in _MARKS for ch in text[lo + 1:hi]):
        lo += 1  # a stray mark that closes nothing: '"Kent walked onto the stage, waving'
    toks = tokens(text, lo, min(hi, lo + 400))
    i = 0
    while i < len(toks) and _word(text, toks[i]).lower() in _LEAD_WORDS:
        i += 1
        if i < len(toks) and text[toks[i][0]:toks[i][1]] == ",":
            i += 1  # "Meanwhile, it attacked ..."
    first = _word(text, toks[i]) if i < len(toks) else ""
    second = _word(text, toks[i + 1]).lower() if i + 1 < len(toks) else ""
    if _PARTICIPLE_OPENER.fullmatch(first) and second[:1].isalpha() and second == _word(text, toks[i + 1]) \
            and _object_word(second):
        # "Going on to explain her view, Lake rejected ...", "Asked about it, she said"
        for j in range(i + 1, min(len(toks), i + 20)):
            if text[toks[j][0]:toks[j][1]] == ",":
                # "Speaking to dock workers in Dover, New Jersey, Kent ...": the rest of the place
                i = _skip_place_and_time(text, toks, j + 1)
                break
    elif i < len(toks) and _word(text, toks[i]).lower() in _LEAD_PREPOSITIONS:
        for j in range(i, min(len(toks), i + 14)):
            if text[toks[j][0]:toks[j][1]] == ",":
                i = j + 1
                break
        else:
            return None
        i = _skip_place_and_time(text, toks, i)
        for _ in range(2):
            # a second opening clause: "On Thursday, after weeks of silence, Warren ...",
            # "Last month, when I asked her, she ..."
            if i >= len(toks) or _word(text, toks[i]).lower() not in _SUBORDINATORS:
                break
            comma = next((c for c in range(i + 1, min(len(toks), i + 25)) if text[toks[c][0]:toks[c][1]] == ","), None)
            if comma is None:
                break
            i = comma + 1
    else:
        # an opening phrase that ends in a common word: "Hours later, Trump ..."
        for j in range(i + 1, min(len(toks), i + 5)):
            if text[toks[j][0]:toks[j][1]] == ",":
                before = _word(text, toks[j - 1])
                if before in _TIME_ENDINGS or before[:1].isdigit() or (
                        j == i + 1 and before.lower().endswith("ly") and before.lower() not in _NAMEY_LY):
                    # "Back in 1999, Trump ...", "Hastily, the council ..."
                    i = j + 1
                break
    if i >= len(toks):
        return None
    if text[toks[i][0]] in "\"\u201c\u2018'(":
        return None
    m = subject_after(text, toks[i][0], hi)
    if m is not None and (_opens_with_clause(text, m) or _sentence_adverb(text, tokens(text, m.start, m.end))):
        return None
    if m is not None and m.shape == "name" and " " not in text[m.start:m.end] and _ARTICLE_AFTER.match(text, m.end):
        return None  # a verb that opens a sentence, no name: "Imagine the harbor without boats: ..."
    return m
