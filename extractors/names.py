"""Names of people and organisations as a news text introduces them:
"North Korea's U.N. ambassador Kim Song", "Sen. Jane Roe", "the Foreign Ministry".

A name is a run of capitalised words; titles before it are kept apart as its
descriptions, and words such as Ministry, Party or Times make it an organisation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .mentions import NOT_NAMES, TITLES

# Abbreviated titles that keep their period inside a run: "Sen. Jo Kent", "Lt. Col. Ann Roe".
_ABBREVIATED_TITLES = ("Mr Mrs Ms Dr Sen Sens Rep Reps Gov Gen Lt Col Capt Sgt Adm Maj St Jr Sr "
                       "Prof Rev Atty Cmdr Supt Ft Mt").split()


def after_first_letter(words: list[str]) -> str:
    """A pattern for the rest of each word once its first letter is read: "Mr"
    and "Maj" become "(?<=M)(?:r|aj)".  (For patterns written to open on a
    character class, which a scan skips ahead to in C.)"""
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0], []).append(w[1:])
    return "|".join(f"(?<={capital})(?:{'|'.join(rest)})" for capital, rest in rests.items())


# A capitalised word, after its capital: an abbreviation in capitals ("U.S."),
# an abbreviated title, an initial before a name ("J. Kent"), or a word.
# (Each word is written as its capital, then this: a pattern that opens on a
# character class is skipped ahead to the next capital in C, where one that
# opens on a lookahead is tried at every position of the text.  The titles are
# tried only where a period follows within a title's length, so most capitals,
# which start a longer word, skip the lookbehind of each title.)
_TITLE_REST = max(len(t) - 1 for t in _ABBREVIATED_TITLES)
_CAP_WORD_REST = (rf"(?:\.(?:[A-Z]\.)+|(?=\w{{1,{_TITLE_REST}}}\.)(?:{after_first_letter(_ABBREVIATED_TITLES)})\.|\.(?=\s+[A-Z])"
                  r"|[\w'\u2019\-]*)")
# A run of capitalised words, perhaps joined by a particle: "Kim Song", "Ludwig van Beethoven";
# the first with no word character or apostrophe before it.
_CAP_RUN = re.compile(
    rf"[A-Z](?<![\w'\u2019].){_CAP_WORD_REST}"
    rf"(?:[ \t\u00a0]+(?:(?:de|da|di|del|van|von|der|den|bin|ibn|al|el|la|le|du|dos|of|for|y)[ \t\u00a0]+)?"
    rf"[A-Z]{_CAP_WORD_REST})*")
ORG_WORDS = frozenset(
    "ministry department house party council committee commission agency office "
    "administration government court senate congress parliament assembly union bank "
    "association institute university college foundation corporation corp inc co ltd "
    "llc group company times post news journal press network reuters tribune herald "
    "guardian telegraph gazette sinmun daily weekly magazine radio television tv "
    "service services board bureau authority organization organisation command army "
    "police navy force forces campaign center centre fund society federation league "
    "coalition alliance movement church club team airlines agency kcna xinhua tass "
    "pentagon kremlin state white nations republic kingdom states embassy mission "
    "secretariat cabinet council school hospital".split())
# Words that never end a person's name though they are capitalised.
_NOT_SURNAME = frozenset("jr sr ii iii iv".split())


_COURTESY = frozenset("mr mrs ms miss dr".split())
_LOWER_ONLY = re.compile(r"[a-z]+")
_NON_SPACE = re.compile(r"\S+")
# A name's last word whose period is its own: an initial ("John F.") or "Jr." / "Sr.".
_INITIAL_OR_SUFFIX_END = re.compile(r"\b(?:[A-Z]|Jr|Sr)\.$")
# A contracted word ("They're", "I'm", "Can't"), no name.
_CONTRACTION_END = re.compile("['\u2019](?:re|m|t|ve|ll|d)$", re.IGNORECASE)
# A dateline in capitals at a paragraph's start, its state and its agency perhaps after it.
_DATELINE = re.compile("^[A-Z][A-Z.'\u2019\\-]+(?:[ \u00a0]+[A-Z][A-Z.'\u2019\\-]+)*(?:,[ \u00a0]+[A-Z][\\w.]*(?:[ \u00a0]+[A-Z][\\w.]*)?)?"
                       "(?:[ \u00a0]+\\([^()\n]{1,30}\\))?[ \u00a0]*(?:\u2014|\u2013|--|-|:)[ \u00a0]", re.MULTILINE)
# A line that opens on two capitals, as a dateline does.  (Sought from the line
# break, a literal the scan skips ahead to in C: a pattern that opens on "^" is
# tried at every position of the text.)
_CAPITALS_AFTER_BREAK = re.compile("\n[A-Z][A-Z.'\u2019\\-]")


class Vocabulary:
    """The words a text writes in lower case (whole words of a-z only), looked up
    one word at a time: a sentence's first words are few, the text's words many."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = _LOWER_ONLY.fullmatch(word) is not None and self._written(word)
        return found

    def _written(self, word: str) -> bool:
        """Whether word stands in the text with no word character either side."""
        text, size = self.text, len(word)
        i = text.find(word)
        while i >= 0:
            before, after = text[i - 1:i], text[i + size:i + size + 1]
            if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
                return True
            i = text.find(word, i + 1)
        return False


@dataclass(slots=True)
class NameOccurrence:
    # (slots: a text gives a hundred names or more, each made once and read often)
    start: int
    end: int
    name: str  # titles stripped: "Kim Song"
    organization: bool
    title: str | None = None  # "Sen.", "President"


@lru_cache(maxsize=8192)
def is_organization(name: str) -> bool:
    # (cached: a text asks about the same few names many times over)
    words = name.split()
    if len(words) == 1:  # (most names asked about are one word)
        return _organization_word(words[0])
    return any(w.lower().strip(".'\u2019") in ORG_WORDS for w in words)


def _organization_word(word: str) -> bool:
    """A one-word name that is an organisation's: "Reuters", "KCNA"."""
    return word.lower().strip(".'\u2019") in ORG_WORDS or (word.isupper() and len(word) > 1)


def _word_parts(run: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The words of one capitalised run, and the runs of them that make one
    name each (first and past-the-last word), split after each possessive
    word: "Ruritania's Prime Minister Jo Kent" -> the owner, then the rest."""
    words = run.split()
    if "'s" not in run and "\u2019s" not in run:
        return words, [(0, len(words))]  # (most runs own nothing)
    parts = []
    first = 0
    for k, w in enumerate(words):
        if w.endswith(("'s", "\u2019s")):
            parts.append((first, k + 1))
            first = k + 1
    if first < len(words):
        parts.append((first, len(words)))
    return words, parts


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t\"'\u201c\u2018(")
    return not before or before[-1] in ".!?:\n"


def _org_shaped(low: list[str]) -> bool:
    """An organisation's name with its qualifiers: "Defense Ministry",
    "Regional Water Association", "Ministry of Foreign Affairs"."""
    if low[-1] in ORG_WORDS:
        return True
    return "of" in low and low.index("of") > 0 and low[low.index("of") - 1] in ORG_WORDS


# The words a run's name does not open on: ordinary words, "of" and "for", and
# titles, save in an organisation's name ("House Armed Services Committee").
_SKIPPED_IN_ORGANIZATION = NOT_NAMES | {"of", "for"}
_SKIPPED_IN_PERSON = TITLES | _SKIPPED_IN_ORGANIZATION


def find_names(text: str, vocabulary: Vocabulary | None = None) -> list[NameOccurrence]:
    """Capitalised runs of the text that look like names, in order.  (``vocabulary``:
    the text's lower-case words, when the caller already holds them.)"""
    out = []
    # words the text also writes in lower case are ordinary words when they
    # open a sentence ("Despite White House ...")
    if vocabulary is None:
        vocabulary = Vocabulary(text)
    # a wire story's dateline names its place: "BRIGHTON, Mich. \u2014", "NEW DELHI:"
    dateline_ends = _dateline_ends(text)
    place_end = -1
    for run in _CAP_RUN.finditer(text):
        start = run.start()
        if dateline_ends and (start < place_end or start in dateline_ends):  # (most texts have none)
            place_end = max(place_end, dateline_ends.get(start, -1))
            continue
        word = run.group()
        if " " not in word and "\t" not in word and "\u00a0" not in word:
            # one word (most runs): no split, a possessive ends it anyway
            # (the cached reading of the word asked here, the loop's commonest step)
            named = _one_word(word)
            if named is not None:
                out.append(NameOccurrence(start, start + len(named[0]), named[0], named[1]))
            continue
        # (a run's first word is an ordinary word when it opens a sentence and
        # the text also writes it in lower case: "Despite White House ...")
        ordinary_opener = _opens_sentence(text, start) and word.split(None, 1)[0].lower().rstrip(".") in vocabulary
        for name_start, name_end, name, organization, titles in _run_names(word, ordinary_opener):
            out.append(NameOccurrence(start + name_start, start + name_end, name, organization, titles))
    return _join_and(text, out)


def _dateline_ends(text: str) -> dict[int, int]:
    """Where each dateline of the text starts, and where it ends.  (A dateline
    stays within its line, so no two overlap.)"""
    ends = {}
    for start in (0, *(m.start() + 1 for m in _CAPITALS_AFTER_BREAK.finditer(text))):
        dateline = _DATELINE.match(text, start)
        if dateline is not None:
            ends[start] = dateline.end()
    return ends


# A name as a run gives it: where it starts and ends within the run, the name,
# whether it is an organisation's, its titles.
_RunName = tuple[int, int, str, bool, str | None]


@lru_cache(maxsize=8192)
def _run_names(run: str, ordinary_opener: bool) -> tuple[_RunName, ...]:
    """The names a run of two words or more gives, their titles kept apart;
    ``ordinary_opener``: its first word is an ordinary word that opens a
    sentence.  (Cached: the run's words and that alone decide; a text repeats
    its people's full names, and its sections' headings.)"""
    words, parts = _word_parts(run)
    # where each word starts in the run (a run's words are mostly one space apart)
    starts = [m.start() for m in _NON_SPACE.finditer(run)] if len(parts) > 1 or " ".join(words) != run else None
    found: list[_RunName] = []
    for first, end in parts:
        if end - first == 1:  # a word split off by a possessive: "Ruritania's" / "Kent" in "Ruritania's Kent"
            start = starts[first] if starts else 0
            named = _one_word(words[first])
            if named is not None:
                found.append((start, start + len(named[0]), named[0], named[1], None))
            continue
        one = _run_name(words[first:end], starts[first:end] if starts else None, first == 0 and ordinary_opener)
        if one is not None:
            found.append(one)
    return tuple(found)


def _run_name(words: list[str], starts: list[int] | None, ordinary_opener: bool) -> _RunName | None:
    """The name a run of two words or more gives, its titles kept apart.
    ``starts``: where each word stands in the run, None when they are one
    space apart from its start; ``ordinary_opener``: the first word is an
    ordinary word that opens a sentence."""
    low = [w.lower().rstrip(".") for w in words]
    if low[-1].endswith(("'s", "\u2019s")):  # only a run's last word is possessive
        low[-1] = low[-1][:-2]
    org = _org_shaped(low)
    i = 0
    courtesy = False
    skipped = _SKIPPED_IN_ORGANIZATION if org else _SKIPPED_IN_PERSON
    while i < len(words):
        w = low[i]
        if courtesy:
            break  # "Mr. King": after a courtesy title comes the name, whatever it is
        if w in skipped or (i == 0 and ordinary_opener):
            courtesy = w in _COURTESY
            i += 1
        else:
            break
    if not org and not courtesy and len(words) - i > 2:
        # role words inside the run: "Ruritanian Foreign Secretary Jo Kent"
        j = max((k + 1 for k in range(i, len(words) - 1) if low[k] in TITLES and low[k] not in ("the", "first")),
                default=i)
        if j > i and j < len(words) and low[j] not in NOT_NAMES:
            i = j
    titles = " ".join(words[:i]) if i else None
    last = len(words)
    while last > i and words[last - 1].lower() in ("of", "for", "y"):
        last -= 1
    if last == i:
        return None
    final = words[last - 1]
    trim = _end_not_of_name(final)
    # (the name's words joined by one space, as the text's words between its
    # first and last are once each run of spaces is made one)
    name = " ".join(words[i:last])
    if trim:
        name = name[:-trim]
    if starts is None:
        name_start = len(titles) + 1 if titles else 0
        name_end = name_start + len(name)
    else:
        name_start, name_end = starts[i], starts[last - 1] + len(final) - trim
    if not name or name.lower() in NOT_NAMES or len(name) < 2:
        return None
    return name_start, name_end, name, is_organization(name), titles


def _end_not_of_name(word: str) -> int:
    """How many characters at the end of a name's last word are not the name's:
    a possessive ("Kent's", "Jo Jones' office") or a sentence's full stop (not
    an initial's, "John F.", nor "Jr.")."""
    if word.endswith(("'s", "\u2019s")):
        return 2
    if word.endswith(("s'", "s\u2019")) or word.endswith(".") and not _INITIAL_OR_SUFFIX_END.search(word):
        return 1
    return 0


@lru_cache(maxsize=8192)
def _one_word(word: str) -> tuple[str, bool] | None:
    """The name a one-word run stands for, and whether it is an organisation's;
    None for a title or an ordinary word.  (Cached: a text repeats its few
    surnames, and "The", "He", "But" open many of its sentences.)"""
    low = word.lower().rstrip(".")
    if low.endswith(("'s", "\u2019s")):
        low = low[:-2]
    if low in NOT_NAMES or low in ("of", "for") or (low in TITLES and low not in ORG_WORDS) or word.lower() == "y" \
            or _CONTRACTION_END.search(word):
        return None  # a lone "The", "He", "President", "They're": a title or an ordinary word, no name
    name = word[:len(word) - _end_not_of_name(word)]
    if not name or name.lower() in NOT_NAMES or len(name) < 2:
        return None
    # (a run's word holds no space: asked directly, past is_organization's cache)
    return name, _organization_word(name)


def _join_and(text: str, names: list[NameOccurrence]) -> list[NameOccurrence]:
    """One organisation named with "and": "Dale and Moor Police",
    "Health and Human Services Department"."""
    out: list[NameOccurrence] = []
    for n in names:
        prev = out[-1] if n.organization and out else None  # (most names are no organisation's)
        if prev is not None and not prev.organization and prev.title is None \
                and " " not in prev.name and text[prev.end:n.start] == " and ":
            name = f"{prev.name} and {n.name}"
            out[-1] = NameOccurrence(prev.start, n.end, name, True, None)
            continue
        out.append(n)
    return out


def surname(name: str) -> str:
    words = [w for w in name.split() if w.lower().rstrip(".") not in _NOT_SURNAME]
    return words[-1] if words else name
