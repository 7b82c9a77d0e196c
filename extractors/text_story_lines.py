"""Lines a story's run holds that are not its paragraphs: a picture's alt text glued to
its caption, a teaser's headline beside its link, a teaser under its label, a column of
teaser cards, the writer's note under the story, the story printed a second time, the
site's own notes (a box about the writer, the line a blog files a post under, appeals
for support, notes on earnings, licence and opinions, app pitches, a caption read as
the opening); and the lines that are its own though short (a post's code, an opening
over its table of contents)."""
from __future__ import annotations

import re

from .text_kinds import Kind, fold, is_filing_line, is_sentence
from .text_lines import Line

# A teaser's blurb is a sentence or two; a story's short sections run longer,
# and its closing words ("See you soon!") shorter.
BLURB_MAX_WORDS = 40
# A paragraph this long is the story's, whatever stands around it.
PARAGRAPH_WORDS = 80
# A teaser card runs to this many lines after the last: its headline, a date.
CARD_GAP = 3
# A line and its longer twin stand this near, opening with this many words alike.
_TWIN_PREFIX_REACH = 2
_TWIN_PREFIX_WORDS = 6
_TWIN_OPENING_CHARS = 8
_TWIN_LONG_PREFIX_WORDS = 12
# A line and the caption beside it that share a run of this many words.
_CAPTION_RUN_WORDS = 8


def has_longer_twin(lines: list[Line], i: int) -> bool:
    """Whether a line next to this one (two lines off at most) opens with all of it, or
    it with all of the other, then runs on past a dash or a full stop: a picture's alt
    text and its caption with the credit glued on, or a teaser's headline and its
    "headline - blurb" link. A heading the paragraph under it repeats and carries
    on with a comma is the story's."""
    line = lines[i]
    if line.words < _TWIN_PREFIX_WORDS:
        return False
    opening = line.text[:_TWIN_OPENING_CHARS].casefold()
    key = ""
    for j in range(max(0, i - _TWIN_PREFIX_REACH), min(len(lines), i + _TWIN_PREFIX_REACH + 1)):
        other = lines[j]
        # (Most lines share not even their first characters: no folding for them.)
        if j == i or other.words < _TWIN_PREFIX_WORDS or other.text[:_TWIN_OPENING_CHARS].casefold() != opening:
            continue
        key = key or fold(line.text)
        other_key = fold(other.text)
        if other_key == key:
            continue
        shorter, longer = (line, other) if len(key) < len(other_key) else (other, line)
        short_key, long_key = (key, other_key) if shorter is line else (other_key, key)
        if long_key.startswith(short_key + " ") and _runs_on_past_break(shorter.text, longer.text):
            return True
        # A caption and its copy cut short ("... under … more >") part ways late.
        if (
            not long_key.startswith(short_key) and _common_words(key, other_key) >= _TWIN_LONG_PREFIX_WORDS
            and any("…" in text or "..." in text for text in (line.text, other.text))
        ):
            return True
    return False


# A line that prints its own opening again further on: a picture's alt text
# glued to its caption, or a teaser's picture to its headline ("Lanterns lit on
# the pier. Lanterns lit on the pier."; "Ferry fares rise in May Ferry fares
# rise in ..."). The second copy starts at least a third of the way along and
# runs alike for most of what is left of the shorter copy.
_GLUED_OPENING_WORDS = 4
_GLUED_SHARE = 0.8
_GLUED_OPENING_CHARS = 10
# A speaker repeating a few words ('"Stop," she says. "Stop. Please stop."') is no copy.
_GLUED_MIN_RUN = 5
_LETTERS = re.compile(r"[^\W\d_]")


def prints_itself_twice(text: str) -> bool:
    # (The copy repeats the opening's first characters, well along the line.)
    folded = text.casefold()
    if len(folded) < 2 * _GLUED_OPENING_CHARS or folded.find(folded[:_GLUED_OPENING_CHARS], len(folded) // 4) < 0:
        return False
    words = _TOKEN.findall(folded)
    n = _GLUED_OPENING_WORDS
    if len(words) < 2 * n or sum(1 for word in words[:n] if _LETTERS.match(word)) < n - 1:
        return False
    opening = words[:n]
    for j in range(max(n, len(words) // 3), len(words) - n + 1):
        if words[j] != opening[0] or words[j:j + n] != opening:
            continue
        alike = n
        while j + alike < len(words) and words[j + alike] == words[alike]:
            alike += 1
        if alike >= max(_GLUED_MIN_RUN, _GLUED_SHARE * min(j, len(words) - j)):
            return True
    return False


# A teaser set inside the story: its label ("Read more", "Mehr zum Thema",
# "Join our newsletter") right over one short paragraph (the linked story's
# picture text or blurb, a pitch), with its headline or button right under.
_TEASER_LABEL = re.compile(
    r"^(?:read more|read next|read also|also read|see also|more on this(?: story)?|related(?: stories| articles)?"
    r"|most read|join our newsletter|sign up for our newsletter|mehr zum thema|auch interessant|lesen sie auch"
    r"|lies auch|das könnte sie auch interessieren|weiterlesen|à lire aussi|lire aussi|lee también|leer más"
    r"|le puede interesar|leia também|leggi anche|czytaj też|czytaj także|lees ook)\W*$",
    re.I,
)


def teaser_under_label(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    line = lines[i]
    if line.words > BLURB_MAX_WORDS or line.in_list or i == 0 or i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return (
        bool(_TEASER_LABEL.match(lines[i - 1].text.strip()))
        and kinds[i + 1] is Kind.SHORT and not is_sentence(below.text)
    )


# A column of teaser cards ("Most read", "Latest") set in or over the story:
# each card a picture's caption, a section and how long ago it ran ("Sport / 4 h
# ago", "vor 2 Stunden", "Hace 3 horas"), and a headline. At least this many such
# time lines, each at most a card's height after the last, mark the column.
_TIME_AGO = re.compile(
    r"(?:^|\W)\d{1,2}\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\s+ago\W*$"
    r"|(?:^|\W)vor\s+\d{1,2}\s+(?:std\.?|stunden?|minuten?|min\.?|tagen?)\W*$"
    r"|(?:^|\W)il y a\s+\d{1,2}\s*(?:h|heures?|min|minutes?|jours?)\W*$"
    r"|(?:^|\W)hace\s+\d{1,2}\s+(?:horas?|minutos?|d[ií]as?)\W*$"
    r"|(?:^|\W)há\s+\d{1,2}\s+(?:horas?|minutos?|dias?)\W*$"
    r"|(?:^|\W)\d{1,2}\s+(?:ore|minuti|giorni)\s+fa\W*$"
    # or how long it takes to read ("3 min.", "4 min read", "5 Min. Lesezeit").
    r"|^\d{1,2}\s*(?:min\.?|mins?|minutes?)(?:\s+(?:read|lesezeit|de lecture|lectura))?$",
    re.I,
)
_TIME_AGO_MAX_WORDS = 8
# The last words those lines end in: a cheap test before the pattern.
_TIME_LAST_WORDS = frozenset(
    "ago stunden stunde std minuten minute minutes min mins tagen tag h heures heure jours jour horas hora "
    "minutos minuto dias días dia día fa ore minuti giorni read lesezeit lecture lectura".split()
)


def _ends_in_time_word(text: str) -> bool:
    last = text[text.rfind(" ") + 1:].strip(".:!)").casefold()
    return last in _TIME_LAST_WORDS
_COLUMN_CARDS = 3
_CARD_HEIGHT = 6


def card_columns(lines: list[Line], start: int, end: int) -> set[int]:
    """The lines of teaser-card columns between start and end: from a card's
    height above the first time line to the headline under the last."""
    # (A card's time line may stand under its blurb, past the story's last line,
    # and the column run on below it.)
    times = [
        i for i in range(start, len(lines))
        if 0 < lines[i].words <= _TIME_AGO_MAX_WORDS and _ends_in_time_word(lines[i].text)
        and _TIME_AGO.search(lines[i].text)
    ]
    column: set[int] = set()
    group: list[int] = []
    for i in times + [len(lines) + 2 * _CARD_HEIGHT]:  # (the last closes the last group)
        if group and i - group[-1] > _CARD_HEIGHT:
            if len(group) >= _COLUMN_CARDS:
                top = max(start, group[0] - CARD_GAP)
                if group[0] >= end:
                    # Under the story, only a card set line under line with its time
                    # reaches back into it (a thread under its count stands apart).
                    k = group[0]
                    while k > top and not lines[k - 1].blank_after:
                        k -= 1
                    top = k
                # (A ticker sets its time over its text, right under the story's last paragraph.)
                top = max([top] + [k + 1 for k in range(top, group[0]) if lines[k].words >= PARAGRAPH_WORDS])
                column.update(range(top, min(end, group[-1] + 2)))
            group = []
        group.append(i)
    return column


# A linked headline a page sets between a story's paragraphs behind a label
# ("Read also: Harbour cafe reopens", "WATCH | The mayor on the ferries",
# "Lea también: ...", "Les også: ...").
_LINK_TEASER = re.compile(
    r"^\W{0,3}(?:read more|read also|also read|read next|related|see also|more|watch|listen"
    r"|lea también|lea más|lee también|lea|leer más|mira también|ver también|lesen sie auch|lies auch"
    r"|mehr zum thema|mehr dazu|auch interessant|weiterlesen|à lire aussi|lire aussi|à lire|voir aussi"
    r"|leggi anche|leia também|leia mais|veja também|czytaj też|czytaj także|czytaj więcej|zobacz też"
    r"|zobacz także|dowiedz się więcej|lees ook|läs också|les også|læs også)\s*[:|»>\u2013-]\s*\S",
    re.I,
)
_LINK_TEASER_MAX_WORDS = 30


def is_link_teaser(line: Line) -> bool:
    return line.words <= _LINK_TEASER_MAX_WORDS and bool(_LINK_TEASER.match(line.text))


def _common_words(a: str, b: str) -> int:
    """How many words two folded lines open with alike."""
    count = 0
    for x, y in zip(a.split(" "), b.split(" ")):
        if x != y:
            break
        count += 1
    return count


def repeats_caption_beside(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """Whether a caption on the next line or the one before repeats this line's
    opening words, or this line holds the caption's: a picture's alt text, or a
    kicker glued to the caption ("Harbour: Divers inspect the pillars ...")."""
    words: list[str] = []
    for j in (i - 1, i + 1):
        if not 0 <= j < len(lines) or kinds[j] is not Kind.CAPTION:
            continue
        words = words or fold(lines[i].text).split(" ")
        other = fold(lines[j].text).split(" ")
        if len(words) < _CAPTION_RUN_WORDS or len(other) < _CAPTION_RUN_WORDS:
            continue
        line_text, other_text = " ".join(words), " ".join(other)
        if " ".join(other[:_CAPTION_RUN_WORDS]) in line_text or " ".join(words[:_CAPTION_RUN_WORDS]) in other_text:
            return True
    return False


def _runs_on_past_break(shorter: str, longer: str) -> bool:
    """Whether the longer line carries on past the shorter one's words with a dash, a
    bar or a new sentence, not with a comma that goes on with the same sentence."""
    head = shorter.rstrip(" .!?…\"'”’»")
    at = longer.find(head)
    if at != 0:
        return False
    rest = longer[len(head):].lstrip("\"'”’»")
    return rest[:1] in ".!?…" or rest.lstrip()[:1] in "-–—|" or (rest[:1].isupper())


# A writer's note closing a story: the writer's name, then "is a" and a
# newsroom role ("Dana Whitlow is a reporter for the Ledger covering courts.",
# "Ole Brandt ist Korrespondent in Wien.", "The Herald's Mia Sand is the author
# of ..."). The story ends above it.
_BIO_ROLES = (
    r"reporter|correspondent|journalist|writer|editor|author|columnist|producer|contributor|critic"
    r"|photographer|photojournalist|analyst|anchor|presenter|host|fellow|chief"
    r"|reporterin|korrespondent|korrespondentin|redakteur|redakteurin|journalistin|autor|autorin|moderator|moderatorin"
    r"|journaliste|correspondant|correspondante|rédacteur|rédactrice|chroniqueur|chroniqueuse"
    r"|periodista|corresponsal|redactor|redactora|giornalista|corrispondente|redattore|redattrice"
    r"|journalist|verslaggever|correspondent|dziennikarz|dziennikarka|reporter"
)
STAFF_BIO = re.compile(
    r"^(?:[A-Z][\w.&-]*['’]s\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},?\s+"
    r"(?:is|was|ist|war|est|es|è|er|is\s+now)\s+(?:\S+\s+){0,6}?(?:\w+-)?(?i:" + _BIO_ROLES + r")s?\b",
)
_BIO_MAX_WORDS = 60
# How near the story's end the note stands: after it come at most a few
# lines of the page's (a newsletter pitch, a "More on this" box).
_BIO_REACH = 8


def without_staff_bio(paragraphs: list[Line]) -> list[Line]:
    """The story up to the writer's note closing it (and the name line above the note)."""
    for n in range(len(paragraphs) - 1, max(0, len(paragraphs) - 1 - _BIO_REACH), -1):
        line = paragraphs[n]
        if line.words <= _BIO_MAX_WORDS and STAFF_BIO.match(line.text):
            above = paragraphs[n - 1]
            if above.words <= 4 and line.text.startswith(above.text.rstrip(". ")):
                n -= 1
            return paragraphs[:n]
    return paragraphs


def without_filing_line(paragraphs: list[Line]) -> list[Line]:
    """The post up to the line its blog files it under, near its end ("This entry
    was posted in ..."): what follows is the blog's (an author box, a reply form's
    notes). The line still weighs as prose where the story is looked for, so a
    post of lists and dates is found where it stands."""
    for n in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 1 - _BIO_REACH), -1):
        if n and is_filing_line(paragraphs[n].text, paragraphs[n].words):
            return paragraphs[:n]
    return paragraphs


# A block of program code in a post (a page's <pre> block as a text browser
# prints it): lines of a few words each, most shaped as code (a keyword first,
# an assignment, a call, a line ending in ";" or a brace, a comment or prompt
# mark first), one at least unmistakably so. A post's code sits between its
# paragraphs; as short lines it cost the story its run past the first block.
# A page template's placeholders ("{{ headline }}", "${title}") are no code of a post.
_CODE_LINE = re.compile(
    r"^(?:import|from|def|class|return|if|elif|else|for|while|try|except|with|var|let|const|function|public"
    r"|private|static|void|package|func|fn|print|echo|sudo|self|this)\b"
    r"|[;{}]$|^(?:@|#|\$ |>>>|//)|\w\(.*\)\s*:?$|^[\w.\[\]'\"]+\s*[-+*/]?=\s*\S"
)
_CODE_MARK = re.compile(r"\(\)|[;{}]$|^\S+\s*=\s*\S|^(?:import|from|def|class)\s")
_TEMPLATE_MARK = re.compile(r"\{\{|\$\{|\{\||\{\*|\{%")
_CODE_MAX_WORDS = 15
_CODE_MIN_LINES = 3


def code_lines(lines: list[Line]) -> set[int]:
    """The lines of the code blocks in a dump: runs of this many code lines or more."""
    # Lines that may be code, found at the cost of a set test: most dumps hold too few.
    maybe = [
        i for i, line in enumerate(lines)
        if line.words <= _CODE_MAX_WORDS
        and (_CODE_CHAR.search(line.text) or line.text.partition(" ")[0].rstrip(":") in _CODE_KEYWORDS)
    ]
    found: set[int] = set()
    if len(maybe) < _CODE_MIN_LINES:
        return found
    run: list[int] = []
    for i in maybe + [-1]:
        if i >= 0 and (not run or i == run[-1] + 1) and _is_code_line(lines[i]):
            run.append(i)
            continue
        if len(run) >= _CODE_MIN_LINES and any(_CODE_MARK.search(lines[k].text) for k in run):
            found.update(run)
        run = [i] if i >= 0 and _is_code_line(lines[i]) else []
    return found


def table_rows(lines: list[Line], kinds: list[Kind]) -> set[int]:
    """The rows of a table of words a text browser draws inside a story, its cells
    set apart by runs of spaces ("Monthly rate      fixed for the whole term      higher
    wear and tear"): two rows or more, side by side, that hold sentences' worth of
    words. Tables of figures and years (a row of "2019      4.2      3.9") are left
    out, as are forms ("Name [          ]")."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines):
        row = (
            kinds[i] is not Kind.PROSE and not line.in_list and "   " in line.text
            and _CELL_GAP.search(line.text) is not None and "[ " not in line.text
        )
        if row and (not run or i == run[-1] + 1):
            run.append(i)
            continue
        _add_wordy_table(lines, run, found)
        run = [i] if row else []
    _add_wordy_table(lines, run, found)
    return found


def _add_wordy_table(lines: list[Line], run: list[int], found: set[int]) -> None:
    if len(run) >= _TABLE_MIN_ROWS and sum(lines[i].words for i in run) >= _TABLE_ROW_WORDS * len(run):
        found.update(run)


_CELL_GAP = re.compile(r"\S {3,}\S")
_TABLE_MIN_ROWS = 2
# Words per row, on average, for a table of words rather than of figures.
_TABLE_ROW_WORDS = 8


# Characters one of which every code line but a keyword's holds: most lines hold
# none and skip the pattern.
_CODE_CHAR = re.compile(r"[=(){};#@$/>]")
_CODE_KEYWORDS = frozenset(
    """import from def class return if elif else for while try except with var let const function public
    private static void package func fn print echo sudo self this""".split()
)


def _is_code_line(line: Line) -> bool:
    text = line.text
    if not text or line.words > _CODE_MAX_WORDS or line.in_list:
        return False
    if not _CODE_CHAR.search(text) and text.partition(" ")[0].rstrip(":") not in _CODE_KEYWORDS:
        return False
    if _TEMPLATE_MARK.search(text):
        return False
    # A sentence of a story that ends on a full stop is prose, whatever it holds.
    if line.words >= 8 and text.endswith("."):
        return False
    return bool(_CODE_LINE.search(text))


# A post may open with a paragraph or two, then a table of contents (a list of
# its own subheadings, each printed again over its section below), then the
# sections. The contents' items stand this near the story's first line; most of
# them recur inside the story; and the opening stands right above them or their label.
_CONTENTS_REACH = 3
_CONTENTS_ITEMS = 3
_CONTENTS_SHARE = 0.6
_CONTENTS_LABEL_WORDS = 3
_OPENING_PARAGRAPHS = 4


def opening_over_contents(lines: list[Line], kinds: list[Kind], start: int, end: int) -> int:
    """Where the story starts when its opening stands over its table of contents."""
    last = start - 1
    while last >= 0 and start - last <= _CONTENTS_REACH and not lines[last].in_list:
        last -= 1
    if last < 0 or not lines[last].in_list:
        return start
    first = last
    while first > 0 and lines[first - 1].in_list:
        first -= 1
    items = [k for k in range(first, last + 1) if lines[k].words]
    if len(items) < _CONTENTS_ITEMS:
        return start
    inside = {fold(lines[k].text) for k in range(start, end)}
    if sum(1 for k in items if fold(lines[k].text) in inside) < _CONTENTS_SHARE * len(items):
        return start
    above = first - 1
    if above >= 0 and kinds[above] is not Kind.PROSE and lines[above].words <= _CONTENTS_LABEL_WORDS:
        above -= 1  # the contents' label ("Contents", "Inhalt")
    opening = above + 1
    while opening - 1 >= 0 and above - opening + 1 < _OPENING_PARAGRAPHS and kinds[opening - 1] is Kind.PROSE \
            and not lines[opening - 1].in_list:
        opening -= 1
    return opening if opening <= above else start


# The appeal a newsroom sets under its stories ("Liked this piece? Your support
# keeps our harbour desk open: become a member", "Mit Ihrer Spende halten Sie
# unsere Seite frei"):
# it asks the reader, in the second person, for money or a subscription, a
# word of each kind at least twice. A story that mentions a donation or
# addresses its reader once does not.
_APPEAL_WORDS = re.compile(
    r"\b(?:support|donat\w*|subscri\w*|membership|member|unterstütz\w*|abonn\w*|spende\w*|mitglied\w*"
    r"|soutien\w*|soutenez|donaci\w*|donazion\w*|donar|suscri\w*|apoy\w*|sostien\w*|sostegno|abbonat\w*"
    r"|wesprzyj\w*|prenumerat\w*"
    r"|støtt\w*|stöd\w*)\b",
    re.I,
)
_READER_WORDS = re.compile(
    r"\b(?i:you|your|yours|du|dich|dir|dein\w*|vous|votre|vos|tu|tú|usted|voi|vostr\w*|państwo|ciebie|deg|dere|dig)\b"
    # German's polite "Sie", "Ihnen", "Ihr" read so only inside a sentence, where
    # the capital tells them from "sie" and "ihr" (they, her, their).
    r"|(?<=[a-zäöüß,] )(?:Sie|Ihnen|Ihre?[mnrs]?)\b"
)
_APPEAL_MIN = 2
_APPEAL_REACH = 3


def without_reader_appeal(paragraphs: list[Line], appeals: set[int]) -> list[Line]:
    """The story up to an appeal for the reader's support among its last
    paragraphs (``appeals``: the appeals' line indices; none is a paragraph)."""
    if not paragraphs or not appeals:
        return paragraphs
    reach = paragraphs[max(0, len(paragraphs) - _APPEAL_REACH - 1)].index
    later = [a for a in appeals if reach < a < paragraphs[-1].index]
    if not later:
        return paragraphs
    return [line for line in paragraphs if line.index < min(later)]


# A quoted speaker asking for support ('"I ask you to support us," she said') is
# the story's: an appeal with quotation marks in it is none.
_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")


# The stems of the appeal's words, looked up in the lowered line first (most
# lines hold none), grouped by their first letter for speed.
_APPEAL_STEM = re.compile(
    "s(?:upport|ubscri|pende|outien|outenez|uscri|ostien|ostegno|tøtt|töd)|d(?:onat|onaci|onazion|onar)"
    "|m(?:ember|itglied)|unterstütz|ab(?:onn|bonat)|apoy|wesprzyj|prenumerat"
)
_APPEAL_MAX_WORDS = 250
_APPEAL_MIN_SPACES = 6  # two words asking, two naming the reader, a few more


def is_appeal(text: str) -> bool:
    spaces = text.count(" ")
    if spaces >= _APPEAL_MAX_WORDS or spaces < _APPEAL_MIN_SPACES:
        return False
    if len(_APPEAL_STEM.findall(text.lower())) < _APPEAL_MIN:
        return False
    return (
        len(_APPEAL_WORDS.findall(text)) >= _APPEAL_MIN and len(_READER_WORDS.findall(text)) >= _APPEAL_MIN
        and len(_QUOTE_MARKS.findall(text)) < 2
    )


# A note over a post that its links earn the site money or that it is paid
# for ("For links on this page we may receive a commission from the retailer",
# "This post contains affiliate links", "Dieser Beitrag enthält Werbung"): the
# site's, not the story's, among a story's first few paragraphs.
_DISCLOSURE = re.compile(
    r"\b(?:erhält|erhalten|verdienen|receive|receives|earn|earns)\b.{0,80}\b(?:provision|commission|compensation)"
    r"|\b(?:this\s+(?:post|article|page)|dieser\s+(?:beitrag|artikel)|diese\s+seite)\s+(?:contains|enthält)\s+"
    r"(?:\w+\s+){0,3}?(?:affiliate|werbung|anzeigen|advertising|references\s+to\s+products|sponsored|partner)",
    re.I,
)
_DISCLOSURE_MAX_WORDS = 60
# What the site is paid for: links, purchases, a retailer ("Flood victims will
# receive compensation" is a story's).
_DISCLOSED = re.compile(
    r"\b(?:links?|affiliate\w*|purchases?|retailers?|händlern?|käufe?n?|kauf|partnerlinks?|advertisers?"
    r"|werbung|anzeigen?)\b",
    re.I,
)
_DISCLOSURE_REACH = 3


# A note on the licence of a post or its pictures ("This work is licensed under
# a Creative Commons licence", "Text: CC BY-SA 4.0"), wherever it stands.
_LICENCE = re.compile(r"creative\s*commons|\bcc[- ]by\b", re.I)
_LICENCE_WORD = re.compile(r"\b(?:licen[cs]\w*|lizen[zs]\w*|licencia\w*|licenza|licencj\w*)", re.I)
_LICENCE_MAX_WORDS = 30


# A note that a post's opinions are its writer's alone ("The opinions expressed
# here are only the writer's", "Les opinions exprimées ici n'engagent que leur auteur").
_OPINION_NOTE = re.compile(
    r"\b(?:opinions?|views?)\s+expressed\b.{0,60}\b(?:solely|only|those\s+of|do\s+not|not\s+necessarily)"
    r"|\bopinions?\s+exprimées?\b.{0,80}n['’]engagent\s+que|\b(?:las\s+)?opiniones\s+expresadas\b"
    r"|\b(?:le\s+)?opinioni\s+espresse\b",
    re.I,
)
_OPINION_MAX_WORDS = 80
# Whose opinions: the writer's (views expressed at a meeting are a story's).
_WRITER_WORD = re.compile(
    r"\b(?:authors?|writers?|auteurs?|autor\w*|columnists?|editors?|publishers?|bloggers?)\b", re.I
)


# A pitch for the site's app ("For the latest news, download our app", "Die
# Zeitungs-App ... Hier gratis herunterladen"): the app named, a word for
# downloading it, and the reader addressed or the latest news promised ("The
# news app was downloaded a million times" is a story's).
_APP = re.compile(r"\bapps?\b|\w-app\b", re.I)
_DOWNLOAD = re.compile(
    r"\b(?:download\w*|herunterlad\w*|runterlad\w*|télécharge\w*|descarg\w*|scarica\w*|pobierz)", re.I
)
_NEWS_PROMISE = re.compile(r"\b(?:latest|neueste\w*|dernières|últimas|ultime|najnowsze)\b", re.I)
_APP_PITCH_MAX_WORDS = 30


def _is_app_pitch(line: Line) -> bool:
    text = line.text
    return (
        line.words <= _APP_PITCH_MAX_WORDS and bool(_APP.search(text)) and bool(_DOWNLOAD.search(text))
        and bool(_READER_WORDS.search(text) or _NEWS_PROMISE.search(text))
    )


# A sign-up box ("Enter your email to get our weekly letter", "Abonnieren Sie
# unseren Newsletter", "Schau in dein Postfach"): the e-mail or newsletter, a
# word for signing up, the reader addressed, no speaker quoted.
_MAIL = re.compile(r"newsletter|\be-?mail\b|e-mail-adresse|postfach|inbox", re.I)
_SIGN_UP = re.compile(
    r"\b(?:subscrib\w*|abonnier\w*|anmeld\w*|angemeldet|sign\s+up|enter|eintragen|regist\w*|inscri\w*"
    r"|suscríb\w*|iscriv\w*|receive|erhalten)\b",
    re.I,
)
_SIGN_UP_MAX_WORDS = 60


def _is_sign_up(line: Line) -> bool:
    text = line.text
    return (
        line.words <= _SIGN_UP_MAX_WORDS and bool(_MAIL.search(text)) and bool(_SIGN_UP.search(text))
        and bool(_READER_WORDS.search(text)) and len(_QUOTE_MARKS.findall(text)) < 2
    )


def is_site_note(line: Line) -> bool:
    """A note of the site's wherever it stands: a licence, a sign-up box, an app
    pitch, a note that the opinions are the writer's. (Each is looked for only
    where a word of its own stands in the line: most lines hold none.)"""
    if line.words > _SITE_NOTE_MAX_WORDS:
        return False
    lowered = line.text.lower()
    return (
        ("commons" in lowered or "cc" in lowered) and is_licence_note(line)
        or any(word in lowered for word in _MAIL_STEMS) and _is_sign_up(line)
        or "app" in lowered and _is_app_pitch(line)
        or any(word in lowered for word in _OPINION_STEMS) and _is_opinion_note(line)
    )


_MAIL_STEMS = ("mail", "newsletter", "postfach", "inbox")
# The longest of the notes above (an opinion note glued to the site's next note).
_SITE_NOTE_MAX_WORDS = max(_LICENCE_MAX_WORDS, _SIGN_UP_MAX_WORDS, _APP_PITCH_MAX_WORDS, _OPINION_MAX_WORDS)
_OPINION_STEMS = ("expressed", "exprimé", "expresadas", "espresse")


def _is_opinion_note(line: Line) -> bool:
    return (
        line.words <= _OPINION_MAX_WORDS and bool(_OPINION_NOTE.search(line.text))
        and bool(_WRITER_WORD.search(line.text))
    )


def is_licence_note(line: Line) -> bool:
    text = line.text
    return line.words <= _LICENCE_MAX_WORDS and bool(_LICENCE.search(text)) and bool(_LICENCE_WORD.search(text))


def disclosures(paragraphs: list[Line], site_notes: set[int]) -> list[int]:
    """The paragraphs (by index into the list) that are the site's notes: among the
    first few, one disclosing what the site earns; anywhere, one of ``site_notes``
    (line indices: a licence note, a note that the opinions are the writer's own, a
    pitch for the site's app, a sign-up box)."""
    return [
        n for n, line in enumerate(paragraphs)
        if n < _DISCLOSURE_REACH and line.words <= _DISCLOSURE_MAX_WORDS and _DISCLOSURE.search(line.text)
        and _DISCLOSED.search(line.text)
        or line.index in site_notes
    ]


# A picture's caption read as the story's first paragraph (the picture tops the
# story, its caption in a line of its own): it names where people stand in the
# picture ("Ana Ruiz, centre, and ...", "(l)", "Pictured right") or says what the
# picture shows ("Smoke is seen over the pier", "in this photo taken on ...").
_PICTURE_WORDS = re.compile(
    r",\s*(?:left|right|center|centre|second\s+(?:left|right|from\s+(?:left|right))|front|rear|top|bottom)\s*[,;)]"
    r"|\((?:left|right|center|centre|links|rechts|mitte)\)|\((?-i:l|r|m|li\.|re\.)\)"
    r"|\bpictured\s+(?:left|right|above|below|here|from\s+left)\b"
    r"|\b(?:is|are)\s+seen\s+(?:in|at|on|during|outside|inside|near|behind|after|before|\w+ing)\b"
    r"|\bin\s+this\s+(?:picture|photo|image|handout|file\s+photo|undated)"
    r"|\bfile\s+photo\b|\bphoto\s+taken\b",
    re.I,
)
_CAPTION_MAX_WORDS = 60


def is_opening_caption(line: Line) -> bool:
    """Whether the story's first paragraph is a picture's caption."""
    return line.words <= _CAPTION_MAX_WORDS and bool(_PICTURE_WORDS.search(line.text))


# The box about the writer (or the blog, or the club) under a post: its label
# ("About the author", "Über Anna Berg", "Author", "About us"; a name of two
# words or with the writer's count of posts, as a one-word subheading
# "About Lisbon" is a story's own), then a few lines
# of self-description ("I'm Anna and I grow roses on a balcony..."). The story
# ends above the label when little is kept under it: at most this many
# paragraphs of at most this many words, and at most half the story's words.
_WRITER = r"author|autor|autorin|autor:in|autor\*in|auteur|auteure|autora|autore|autorze|autorce|forfatteren|writer"
_SELF = r"me|mich|mir|moi|mí|us|uns|nous|nosotros"
_BOX_LABEL = re.compile(
    r"^(?:(?:about|über|à propos de|a propos de|acerca de|sobre|o|om|over)\s+"
    r"(?:(?:the|den|die|der|l['’]|el|la|il|de|dem)\s*)?(?:" + _WRITER + "|" + _SELF + r")(?:\s*/\s*\S+(?:\s+\S+)?)?"
    r"|(?:the\s+)?(?:" + _WRITER + r")"
    r"|(?:about|über|à propos de|sobre)\s+(?-i:[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,2}"
    r"|[A-ZÀ-Þ][\w'’.-]*\s+\d+\s+\w+)"
    r")(?:\s+[-–—]\s+(?-i:[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}))?$",
    re.I,
)
_BOX_LABEL_WORDS = 6
_BOX_PARAGRAPHS = 3
_BOX_WORDS = 120
_BOX_SHARE = 0.5


def without_author_box(paragraphs: list[Line], lines: list[Line], start: int, end: int) -> list[Line]:
    """The story up to the box about its writer that closes it."""
    for i in range(end - 1, start, -1):
        line = lines[i]
        if line.words > _BOX_LABEL_WORDS or not _BOX_LABEL.match(line.text.strip(" :")):
            continue
        kept = [p for p in paragraphs if p.index > i]
        words = sum(p.words for p in kept)
        story = sum(p.words for p in paragraphs) - words
        if kept and len(kept) <= _BOX_PARAGRAPHS and words <= _BOX_WORDS and words <= _BOX_SHARE * story:
            return [p for p in paragraphs if p.index < i]
        return paragraphs
    return paragraphs


# A page may print the whole story again as one long block (a copy for a
# reader-mode or gift view): a paragraph this long whose word runs mostly stand
# in the other paragraphs already is that copy.
_COPY_MIN_WORDS = 200
_COPY_SHARE = 0.8
_COPY_RUN = 4
_COPY_SAMPLES = 40
_TOKEN = re.compile(r"\w+")


def without_story_copy(paragraphs: list[Line]) -> list[Line]:
    """The story without a second copy of itself printed as one block: word runs
    taken along the block, nearly all found in the other paragraphs."""
    if all(line.words < _COPY_MIN_WORDS for line in paragraphs):
        return paragraphs
    words = [_TOKEN.findall(line.text.casefold()) for line in paragraphs]
    dropped: set[int] = set()
    for n, line in enumerate(paragraphs):
        if line.words < _COPY_MIN_WORDS:
            continue
        others = " " + " ".join(" ".join(w) for m, w in enumerate(words) if m != n and m not in dropped) + " "
        tokens = words[n]
        step = max(1, (len(tokens) - _COPY_RUN) // _COPY_SAMPLES)
        samples = [" " + " ".join(tokens[k:k + _COPY_RUN]) + " " for k in range(0, len(tokens) - _COPY_RUN + 1, step)]
        if samples and sum(sample in others for sample in samples) >= _COPY_SHARE * len(samples):
            dropped.add(n)
    return [line for n, line in enumerate(paragraphs) if n not in dropped]
