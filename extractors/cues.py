"""Speech cues: the verbs (and phrases) that report what someone said.

One lexicon of English reporting verbs with their inflections, and the
regular expressions built from it.
"""
from __future__ import annotations

import re

# base form -> irregular forms (past, participle, -ing, -s built when absent)
_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "tweet": ("tweeted", "tweets", "tweeting"),
    "post": ("posted", "posts", "posting"),
    "speak": ("spoke", "speaks", "speaking"),
    "think": ("thought", "thinks", "thinking"),
    "read": ("read", "reads", "reading"),
    "put": ("put", "puts"),
    "testify": ("testified", "testifies", "testifying"),
    "reply": ("replied", "replies", "replying"),
    "deny": ("denied", "denies", "denying"),
    "cry": ("cried", "cries", "crying"),
    "quip": ("quipped", "quips", "quipping"),
    "admit": ("admitted", "admits", "admitting"),
    "sum": ("summed",),
    "echo": ("echoed", "echoes", "echoing"),
    "show": ("showed", "shows", "showing", "shown"),
    "find": ("found", "finds", "finding"),
    "liken": ("likened", "likens", "likening"),
}

# Verbs that report speech or writing (and, as news uses them, claims).
_SPEECH_VERBS = (
    "say tell add note argue warn claim explain insist state write ask reply respond "
    "continue declare announce acknowledge admit recall suggest stress emphasize emphasise "
    "contend maintain assert allege complain observe remark predict concede deny confirm "
    "testify tweet report reveal recount joke quip boast vow promise urge lament counter "
    "retort exclaim shout whisper muse wonder pledge charge agree disagree caution "
    "conclude concur estimate figure fret grumble hint indicate inform instruct mention "
    "mutter object opine point propose protest reason recommend reiterate remind reckon "
    "scoff snap speculate sniff tout underscore urge wrote yell specify assure advise "
    "acknowledge affirm believe think demand threaten accuse describe explain elaborate "
    "highlight lament posit read tweet post put mock scold chide gush rave plead beg brag "
    "blast slam praise thank decry criticize criticise call dub label brand cheer chant "
    "sing yell boom answer interject proclaim concede fume marvel bemoan "
    "echo bark beam laugh sigh groan press "
    "liken hail exhort condemn denounce surmise confess blame cite compare "
    "dismiss deride ridicule lambaste assail applaud credit fault chastise castigate taunt "
    "defend reject react riff jeer tease lecture grouse gripe rant thunder roar bellow holler scream enthuse reflect "
    "reminisce remember confide email text interrupt clarify snarl snipe implore trumpet summarize summarise repeat disclose "
    # what polls, studies and documents do ("the survey found", "records show")
    "show find"
).split()

# Verbs whose subject may also be a document ("the report said", "a statement read").
SPEECH_VERB_FORMS: dict[str, str] = {}


def _inflect(base: str) -> tuple[str, ...]:
    if base in _IRREGULAR:
        return (base, *_IRREGULAR[base])
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", base) and base not in ("counter", "offer"):
        return base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"
    if base.endswith(("sh", "ch", "s", "x", "z")):
        return base, base + "es", base + "ed", base + "ing"
    return base, base + "s", base + "ed", base + "ing"


for _base in _SPEECH_VERBS:
    for _form in _inflect(_base):
        SPEECH_VERB_FORMS.setdefault(_form, _base)
for _base, _forms in _IRREGULAR.items():
    for _form in _forms:
        SPEECH_VERB_FORMS[_form] = _base

# Verbs that take a following reported clause ("X said that ...") in the writer's
# own sentence; a narrower set, since "added a clause" or "noted author" are not speech.
CLAUSE_VERBS = frozenset(
    f for f, b in SPEECH_VERB_FORMS.items()
    if b in set(
        "say tell add note argue warn claim explain insist state write acknowledge admit "
        "suggest stress emphasize emphasise contend maintain assert allege complain predict "
        "concede confirm testify report reveal recall announce declare believe think "
        "agree caution conclude indicate reiterate remind reckon speculate tweet "
        "estimate hint vow promise pledge charge observe remark counter respond reply "
        "underscore assure inform argue posit show find".split()))

# Particle verbs that take a reported clause only with their particle: "she
# pointed out that ..." (but "the point that ..." is a noun).
CLAUSE_PARTICLE_VERBS = frozenset(("point out", "points out", "pointed out", "pointing out"))

# Verbs whose subject is evidence rather than a speaker ("the poll shows", "the
# audit found"): reported content only after such a subject or before "that".
EVIDENCE_VERBS = frozenset(f for f, b in SPEECH_VERB_FORMS.items() if b in ("show", "find"))
# Nouns for things that show or find ("a survey", "the records", "an audit").
EVIDENCE_NOUNS = frozenset(
    "poll polls survey surveys study studies report reports analysis analyses research data "
    "figures numbers results review investigation investigations audit audits records filings "
    "documents document memo emails email probe inquiry census estimates tally count count "
    "paper papers evidence tests test findings assessment documents statistics ".split())

# Bare participles and nouns that are rarely speech unless followed by "that".
NEEDS_THAT = frozenset(
    f for f, b in SPEECH_VERB_FORMS.items()
    if b in {"believe", "think", "agree", "report", "reveal", "indicate", "figure", "read",
             "post", "put", "charge", "counter", "estimate", "conclude", "recall", "remember", "observe",
             "remark", "note", "point", "add", "continue", "respond", "reply", "state"})

# Words that may sit between a subject and its verb ("he also said").
ADVERBS = frozenset(
    "also later then once previously recently again further simply just reportedly "
    "publicly privately repeatedly yesterday today tonight earlier subsequently "
    "originally separately similarly likewise frequently often always never still "
    "already has had have had would will could can may might should has been "
    "once ultimately quickly flatly angrily quietly bluntly openly frankly "
    "emphatically confidently tersely succinctly famously memorably candidly "
    "pointedly firmly immediately eventually finally only even herself himself "
    "themselves itself first initially formally officially personally directly explicitly "
    "loudly sharply strongly briefly apparently allegedly widely is are was were".split())

# Every word of a text, matched by one simple pattern and looked up in a set:
# cheaper than a pattern of all the verb forms.
_WORD = re.compile(r"(?<![\w\-])[A-Za-z]+(?![\w])")
_FORMS = frozenset(f.lower() for f in SPEECH_VERB_FORMS)
_PARTICLE = re.compile(r"\s+(?:out|up|back)\b")
# Verbs that report speech only with their particle after them: '"...," she
# shot back', '"...," Trump went on', '"...," her husband cut in'.
_PARTICLE_VERBS = {
    "back": ("retort", "shoot shot shoots shooting fire fired fires firing hit hits hitting"),
    "on": ("continue", "go goes went going"),
    "in": ("interject", "cut cuts cutting chime chimed chimes chiming"),
}
PARTICLE_VERB_FORMS = {f: base for base, forms in _PARTICLE_VERBS.values() for f in forms.split()}
_PARTICLE_OF = {f: particle for particle, (_, forms) in _PARTICLE_VERBS.items() for f in forms.split()}
# "shot back at critics" speaks; "went on to win", "cut in line" do not
_PARTICLE_AFTER = {
    "back": re.compile(r"\s+back\b(?![ \t]+(?:to|with|the|a|an|for|of|home|into|from)\b)"),
    "on": re.compile(r"\s+on(?=\s*[,.;:!?\"\u201c\u201d\u2014]|\s*$)"),
    "in": re.compile(r"\s+in(?=\s*[,.;:!?\"\u201c\u201d\u2014]|\s*$)"),
}
# The matches of r"\b[Aa]ccording\s+to\b" are sought from the letters after the
# first, a plain string that the scan skips ahead to, and the first letter and
# the word boundary before it are checked afterwards (a scan for a class such as
# [Aa] tests every character of a long text in turn).
_CCORDING_TO = re.compile(r"ccording\s+to\b")


# Any word the pattern above could match is one of these runs of letters (an
# ASCII encoding keeps one byte per character, so positions hold).  The runs are
# lower-cased in the same pass and every other character becomes a space, so the
# verb forms of a text are the matches of one pattern of all the forms between
# spaces, written as a tree of their letters ("sa(?:id|ys|ying)|...") so that at
# each space the scan tries only the forms that start with the next letter: the
# whole text is read once in C, and only the verb forms pass through Python (a
# search per form would read a long article once for each form it holds).
_LETTERS_LOWER = bytes(ord(chr(c).lower()) if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))
_WORD_CHAR_OR_HYPHEN = re.compile(r"[\w\-]")
_WORD_CHAR = re.compile(r"\w")


def _letter_tree(words: list[str]) -> str:
    """One pattern matching exactly the given words, as a tree of their letters."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # (a word ends here)

    def branch(node: dict[str, dict]) -> str:
        alternatives = [re.escape(ch) + branch(node[ch]) for ch in sorted(node) if ch]
        if not alternatives:
            return ""
        if len(alternatives) == 1 and "" not in node:
            return alternatives[0]
        return "(?:" + "|".join(alternatives) + ")" + ("?" if "" in node else "")

    return branch(tree)


# (the text is read with one space put before it, so the first word has one too)
_CANDIDATE = re.compile((" (" + _letter_tree(sorted(_FORMS | frozenset(PARTICLE_VERB_FORMS))) + ")(?![a-z])").encode())


def speech_verbs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every speech-verb form in the text, in order; "pointed
    out" and "summed up" keep their particle, and "shot back", "hit back"
    and "went on" count only with theirs."""
    out = []
    forms = _FORMS
    letters = b" " + text.encode("ascii", "replace").translate(_LETTERS_LOWER)
    for m in _CANDIDATE.finditer(letters):
        a, b = m.start(1) - 1, m.end(1) - 1  # (back to offsets in the text, before the space put in front)
        # a whole word, as _WORD matches it: no word character or hyphen before, no word character after
        if not (a and _WORD_CHAR_OR_HYPHEN.match(text, a - 1)) and not _WORD_CHAR.match(text, b):
            low = m.group(1).decode()
            if low in forms:
                p = _PARTICLE.match(text, b)
                out.append((a, p.end() if p else b))
            else:
                p = _PARTICLE_AFTER[_PARTICLE_OF[low]].match(text, b)
                if p:
                    out.append((a, p.end()))
    if "ccording" in text:
        for according in _CCORDING_TO.finditer(text):
            a = according.start() - 1
            if a >= 0 and text[a] in "Aa" and not (a and _WORD_CHAR.match(text, a - 1)):
                out.append((a, according.end()))
    out.sort()
    return out
