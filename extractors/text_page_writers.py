"""Writers a text dump names away from its headline: a labelled writer in a footer or an author
box, a link to the writer's page, a lone byline wherever it stands, a story signed under its last
paragraph; and what makes a line a name and nothing else, which the header's readers use too."""
from __future__ import annotations

import re

from .text_dates import find_date_span
from .text_kinds import Kind
from .text_lines import Line, next_worded
from .text_names import IMAGE_LABEL, OPENS_BYLINE, clean_name, is_plain_name, lone_byline, names_in_byline


_SENTENCE_END = re.compile(r"\w{2}\.$")  # not an initial ("Ann Lee C.")


def name_line(line: Line, kind: Kind) -> str | None:
    """The name a line holds and nothing else but a role or a handle."""
    if kind in (Kind.CAPTION, Kind.PROSE, Kind.PHOTO_ID) or line.words > 6:
        return None
    if line.marker in ("-", "–", "—") or _SENTENCE_END.search(line.text):  # "- Ann Lee." signs a reader's quote
        return None
    text = IMAGE_LABEL.sub("", line.text).split("@", 1)[0]
    text = re.sub(r"^(?:by|von|par|por|door|di)\s*:?\s+", "", text, flags=re.I)
    if _NOT_A_NAME_LINE.search(text) or _is_code_list(text):
        return None
    words = text.split()
    if len(words) % 2 == 0 and words[: len(words) // 2] == words[len(words) // 2:]:
        text = " ".join(words[: len(words) // 2])  # the name printed twice, her picture's text and her link
    name = clean_name(text)
    if not name or not is_plain_name(name) or name.split()[0].casefold() in _NOT_FIRST_NAME:
        return None
    return name


# A product's model ("Harbour Printer HX4", "Ferry Pass A31") or a breadcrumb's step that ends on
# its separator ("Island Programme•"): no person's name.
_NOT_A_NAME_LINE = re.compile(r"(?<!\S)[A-Z]{1,3}\d+(?!\S)|[•›»>]\s*$")


def _is_code_list(text: str) -> bool:
    """Language or country codes in a row ("DE FR IT EN"): a switcher, not a name."""
    words = text.split()
    return len(words) >= 3 and all(len(word) <= 2 for word in words)


# Words that open menu items, labels and buttons, never a person's name
# ("Unser Team", "Meine Rezepte", "Mehr lesen", "Privacy Policy", "View all").
_NOT_FIRST_NAME = frozenset(
    """unsere unser meine mein andere anderer die der das dem den des ein eine neuer neue neues mehr in im zur zum
    alle weitere viele über für mit jetzt zitat symbolbild startseite kommende ehemalige verwandte vorherige
    nächster nächste letzte erste beste our your my all view last new next previous recent privacy
    whats join more about terms contact cookie cookies los las el la le les mis nuestra nuestro
    otras otros más suscríbete iniciar inicio continua leia mais veja entrevista redacción redaktion
    internationale nationale""".split()
)


def fold_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


_DATED_BYLINE_REACH = 3  # lines between a stray byline and its date


_DATED_BYLINE_WORDS = 8


def dated_byline(lines: list[Line], month_first: bool) -> list[str]:
    """A "By Ann Lee" line with a date beside it anywhere on the page, when the story's
    header was not found by the story's start (a newsletter box or a video read as the story)."""
    for i, line in enumerate(lines):
        if line.words > _DATED_BYLINE_WORDS or not OPENS_BYLINE.match(line.text):
            continue
        near = range(max(0, i - _DATED_BYLINE_REACH), min(len(lines), i + _DATED_BYLINE_REACH + 1))
        if any(find_date_span(lines[k].verbatim, month_first) for k in near):
            names = names_in_byline(line.text)
            if names:
                return names
    return []


# A line that says who wrote the story wherever it stands (an author box, a footer):
# "Autor: Ann Lee", "Text: Ann Lee / Example.de", "Posted by Ann Lee at 2:33 PM", "Escribe Ann Lee".
_WRITER_LABEL = re.compile(
    r"^\W*(?:autor(?:in|en)?|author|auteur|text|texte|posted by|written by|about the author|geschrieben von|verfasst von"
    r"|erstellt von|eingestellt von|escrito por|escribe)(?:\b|(?=(?-i:[A-Z])))",
    re.I,
)


# A post's fields after its byline: "Posted by Ann Lee at 18:52 Tagged with: harbour, ferries, ...".
POST_FIELDS_AFTER = re.compile(r"\s+(?:tagged with|tags|filed under|abgelegt unter|kategorien?|categories|category)\s*:.*$", re.I)


_WRITER_LABEL_WORDS = 12


def labelled_writer(lines: list[Line]) -> list[str]:
    """The writer a labelled line anywhere on the page names, when no byline did."""
    for line in lines:
        if not _WRITER_LABEL.match(line.text):
            continue
        # Fields after a run of spaces: "Text & Fotos: Ann Lee    [comments] 0 [views] 337".
        text = POST_FIELDS_AFTER.sub("", re.split(r"\s{3,}", line.text)[0])
        if len(text.split()) <= _WRITER_LABEL_WORDS:
            text = re.sub(r"^\W*escribe\s+", "By ", text, flags=re.I)
            names = names_in_byline(text)
            if names:
                return names
    return []


# A writer's label on a line of its own, her name on the next: "Von:" / "Ann Lee", "Kommentar von" /
# "Ann Lee", "Autoren" / "Ann Lee" (an author box, a post's footer).
_WRITER_LABEL_ALONE = re.compile(
    r"(?:(?:kommentar|beitrag|gastbeitrag|artikel|text|analyse|kolumne|essay|post|posted|written|geschrieben|verfasst)"
    r"\s+)?(?:von|by|par|por|door)\s*:?|(?:autor|autorin|autoren|author|authors|auteur|text|texte)\s*:?",
    re.I,
)


def label_over_name(lines: list[Line], kinds: list[Kind]) -> list[str]:
    """The name under a writer's label on a line of its own, when the page's labels all name the same
    writer: teasers labelled so ("By" / "Ann Lee", "By" / "Bo Park") name other stories' writers."""
    found = None
    for i, line in enumerate(lines):
        if line.words > 2 or not _WRITER_LABEL_ALONE.fullmatch(line.text):
            continue
        j = next_worded(lines, i, 1)
        name = name_line(lines[j], kinds[j]) if j is not None else None
        if name and found and name != found:
            return []
        found = name or found
    return [found] if found else []


# The link to a writer's other stories, in the author box under the story or beside
# the byline: "More from Ann Lee", "View all posts by annlee", "Mehr von Ann Lee",
# "Zeige alle Beiträge von Ann Lee", "Más artículos de Ann Lee", "Altri articoli di Ann Lee".
_WRITER_LINK = re.compile(
    r"^(?:more|all|view all|see all|read more)\s+(?:stories|articles|posts|news|columns)?\s*(?:by|from)\s+"
    r"|^(?:mehr|alle|weitere|zeige alle)\s+(?:artikel|beiträge|texte|rezepte|kolumnen)?\s*(?:von|vom)\s+"
    r"|^(?:más|todos los)\s+(?:artículos|noticias|textos)\s+de\s+"
    r"|^(?:plus|tous les)\s+(?:d'articles|articles)\s+(?:de|par)\s+"
    r"|^(?:altri|tutti gli)\s+articoli\s+di\s+"
    r"|^zum profil von\s+",
    re.I,
)


_WRITER_LINK_WORDS = 8


def writer_from_link(lines: list[Line]) -> list[str]:
    """The writer a page's "More from ..." link names, when no byline did."""
    for line in lines:
        if line.words > _WRITER_LINK_WORDS:
            continue
        match = _WRITER_LINK.match(line.text)
        if match:
            rest = line.text[match.end():].strip(" »›>:")
            name = clean_name(rest)
            if name and is_plain_name(name):
                return [name]
    return []


_BYLINE_ALONE_WORDS = 24  # a byline and its date, time and fields, not a sentence


# The fields of a post's meta line: "Veröffentlicht: 4.3.2024 | Autor: annlee | Abgelegt unter: Hafen",
# "14:08 // Autor: annlee // Lesezeit: 2 Minuten", "News | Published: 5 hours ago | Written by Ann Lee".
_BYLINE_FIELD = re.compile(r"\s+(?:\||//|·|•)\s+")


def lone_byline_anywhere(lines: list[Line], kinds: list[Kind]) -> list[str]:
    """The writer of the lines that are only a byline ("Von Ann Lee", "von annlee") wherever
    they stand: under a long standfirst or picture, or closing the story. Bylines of several
    writers are a list of other stories' teasers: none of them is the story's."""
    found: list[str] = []
    for j, line in enumerate(lines):
        # A line opening with the day reads as a numbered item ("17. März 2024 // Autor: annlee").
        listed = line.in_list and not line.numbered
        if line.words > _BYLINE_ALONE_WORDS or listed or kinds[j] in (Kind.CAPTION, Kind.PROSE):
            continue
        names = lone_byline(line.text) or next(
            (n for field in _BYLINE_FIELD.split(line.text)[1:] if (n := lone_byline(field))), []
        )
        if names and found and names != found:
            return []
        found = names or found
    return found


_STORY_ENDED = 3  # lines with words after the last paragraph, none of them a paragraph: the story is over


_SIGNED_PARAGRAPHS = 2  # a standfirst over a picture is no story to sign


def signed_story(lines: list[Line], kinds: list[Kind], body_first: int) -> list[str]:
    """A story its writer signs on a line of her own right under its last paragraph
    ("... back on the ferry by noon." / "Ann Lee" / "Harbour correspondent" / "Share"), a
    reporter's or a statement's sign-off. Not a name the story talks about, nor the first of
    a list of names (the page's other writers, a comment thread's readers)."""
    words: set[str] = set()
    last = None
    paragraphs = 0
    for j in range(body_first, len(lines)):
        if kinds[j] is not Kind.PROSE:
            continue
        words.update(fold_words(lines[j].text))
        paragraphs += 1
        after: list[int] = []
        k = next_worded(lines, j, 1)
        while len(after) < _STORY_ENDED and k is not None:
            # A picture in the story, its label, caption and credit, does not end it.
            if kinds[k] not in (Kind.CAPTION, Kind.PHOTO_ID) and not IMAGE_LABEL.fullmatch(lines[k].text):
                after.append(k)
            k = next_worded(lines, k, 1)
        # A list of teasers under it ("• Ferry strike ends: crews back on board ...") is no more of the story.
        if len(after) == _STORY_ENDED and all(kinds[k] is not Kind.PROSE or lines[k].in_list for k in after):
            last = j
            break
    # Right under the last paragraph: a source line between ("(Source: Harbour Wire)") signs the story already.
    if last is None or paragraphs < _SIGNED_PARAGRAPHS or next_worded(lines, last, 1) != after[0]:
        return []
    j, below = after[0], after[1]
    name = name_line(lines[j], kinds[j])
    if not name or lines[j].text != name or name.isupper() or kinds[below] is Kind.JUNK:
        return []
    if name_line(lines[below], kinds[below]) or any(len(w) >= 3 and w in words for w in fold_words(name)):
        return []
    # A site's name over its tagline, which prints it run together ("Harbour Forum" / "Harbourforum for sailors").
    if "".join(name.split()).casefold() in lines[below].text.casefold():
        return []
    return [name]
