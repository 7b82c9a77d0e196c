"""Which line of a page dump states the story's date: a line that is a date and
its labels ("Published on 4 March 2024 at 9:00"), not a sentence naming a day,
nearest the headline and byline, the published date before the updated one."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text_dates import find_date_span
from .text_kinds import Kind
from .text_lines import Line

# Words a date line holds besides the date: labels, times, weekdays, reading
# times ("Published on March 4, 2024 at 9:00 am ET", "Veröffentlicht am 4.3.2024
# um 9:00 Uhr", "4/3/2024 Actualizado a las 11:40h", "12:24 Lesezeit: 5 Min.").
DATE_LINE_WORDS = frozenset(
    """on at am pm a.m. p.m. published updated posted last modified first et est edt gmt bst cet cest utc pt
    of by and the le am um uhr min ago mins hours h hrs minute minutes read reading
    veröffentlicht aktualisiert zuletzt erstellt geändert stand vom lesezeit minuten akt
    publié mis à jour modifié du le la
    publicado actualizado el a las de del em às atualizado postado
    pubblicato aggiornato alle il ore minuti lettura
    gepubliceerd bijgewerkt op om
    publisert oppdatert kl publicerad uppdaterad
    opublikowano zaktualizowano
    monday tuesday wednesday thursday friday saturday sunday
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles jueves viernes sábado domingo
    lunedì martedì mercoledì giovedì venerdì sabato domenica""".split()
)
# "Updated", "Aktualisiert", "Actualizado", "Mis à jour", "Akt.:": a later
# date than the story's, when the page also prints the first one.
_UPDATED = re.compile(
    r"^\W*(?:last\s+)?(?:updated|modified|aktualisiert|akt\.|geändert|actualizado|atualizado|mis à jour"
    r"|modifié|aggiornato|bijgewerkt|oppdatert|uppdaterad|zaktualizowano)(?!\w)",
    re.I,
)
# "Published", "Veröffentlicht am", "Erschienen am:", "Datum:", "Pubblicato il:": the story's own date.
PUBLISHED_LABEL = re.compile(
    r"^\W*(?:first\s+)?(?:published|posted|veröffentlicht|erschienen|erstellt|eingetragen|datum|date|publié|publicado"
    r"|publicada|pubblicato|gepubliceerd|publisert|publicerad|opublikowano|julkaistu|yayınlanma)(?!\w)",
    re.I,
)
# The first date followed by the date of a change: "4 marzo 2024 ( modifica il 5 marzo 2024 | 08:05)",
# "4. März 2024 (aktualisiert 5. März 2024)", "March 4, 2024 | Updated March 5, 2024": the first is
# the publication's.
_THEN_UPDATED = re.compile(
    r"^[\s,;:|()\[\]·•–—-]*(?:\d{1,2}[:.]\d\d\s*(?:uhr|h)?[\s,;:|()–—-]*)?"
    r"(?:last\s+)?(?:updated|modified|aktualisiert|akt\.|geändert|actualizado|atualizado|mis à jour|modifié"
    r"|aggiornato|modifica(?:to)?|bijgewerkt|oppdatert|uppdaterad|zaktualizowano)(?!\w)",
    re.I,
)
# A date opening a story paragraph, as press releases and agency copy print it:
# "01.02.2022 – The harbour ...", "(21. November 2022) Energy ...", "4 March 2024. The ...".
# A date that is not the story's: inside an image's label ("[2022-05-11-harbour-board]"), or the
# end of a video's or offer's run ("Verfügbar bis 06.05.2024", "Available until 6 May 2024").
_END_DATE = re.compile(
    r"\b(?:verfügbar bis|abrufbar bis|online bis|gültig bis|available until|valid until|expires?|disponible jusqu'au"
    r"|disponible hasta|disponibile fino al"
    # The day of an event, a deadline or a product's release the story tells of: "Termin: 4.3.2024",
    # "Erscheinungsdatum: 4. März 2024", "Release date: March 4, 2024", "Anmeldeschluss: 4.3.2024".
    r"|termin|erscheinungsdatum|veranstaltungsdatum|anmeldeschluss|einsendeschluss|release date|event date|deadline"
    r"|date de sortie|fecha de lanzamiento)\W*$",
    re.I,
)
# A post the story embeds, signed with its writer's handle: "— Ann Lee (@annlee) March 4, 2024",
# "Ein Beitrag geteilt von Ann Lee (@annlee) am Mar 4, 2024".
_SOCIAL_HANDLE = re.compile(r"\(@\w+\)")
# Before the date: marks, a short label and a bar, a place in capitals, or what the text is and
# "of" ("Pressemitteilung vom 4. März 2024 | Nordhafen – ...", "Press release of 4 March 2024 – ...").
_OPENING_PREFIX = re.compile(
    r"^(?:[\W\d]*|\S{1,6}\s*[/|]\s*|[A-Z][A-Z .'’-]{1,30},\s*|[A-ZÄÖÜ][\w-]{3,30}(?:\s+release)?\s+(?:vom|of|du|del)\s+)$"
)
_OPENING_SEPARATOR = re.compile(r"^(?:,?\s*\d{1,2}[:.]\d\d(?:\s*Uhr)?)?\s*(?:[-–—|.:„“\"»«()]|[A-ZÀ-Ý])")
_WORD = re.compile(r"[^\W\d_][\w.'’]*")
_LOOSE_WORDS = 1  # a name, a place or a section beside the date


@dataclass(frozen=True)
class DateLine:
    """A line of the page that states a date, and what it says of it."""

    index: int
    date: str  # YYYY-MM-DD
    updated: bool  # labelled as the date of a later change
    related: bool  # an item of a bulleted list: a link to another story
    published: bool = False  # labelled as the date of publication


def is_date_line(text: str, kind: Kind, found: tuple[str, int, int]) -> bool:
    """A dateline, not a story sentence that names a day ("On July 6, 2015, the
    senator said:"): beside the date stand only labels, times and names."""
    if opens_with_date(text, found):
        return True
    if kind is not Kind.PROSE:
        return not _is_captioned_date(text, found)
    rest = text[: found[1]] + " " + text[found[2]:]
    loose = [w for w in _WORD.findall(rest) if w.islower() and not _is_date_word(w)]
    return len(loose) <= _LOOSE_WORDS


def _is_captioned_date(text: str, found: tuple[str, int, int]) -> bool:
    """A picture's caption or a teaser that closes on the day it tells of, too short to
    read as prose: "Fishing boats wait out the storm in the harbour, 4 March 2024",
    "Volunteers at the old mill (Riverton, 6.12.2019)": a sentence before the date."""
    if text[found[2]:].strip(" .,;:)]»\"'”’") or not _CAPTION_DATE_LEAD.search(text[: found[1]]):
        return False
    if _BYLINE_OPENING.match(text):  # "By Ann Lee, staff writer for the Herald, 4 March 2024"
        return False
    words = _WORD.findall(text[: found[1]])
    loose = [w for w in words if w.islower() and not _is_date_word(w)]
    return len(words) >= _CAPTION_WORDS and len(loose) >= _CAPTION_LOOSE_WORDS


# The comma or bracket that sets a caption's date (and its place) off the sentence.
_CAPTION_DATE_LEAD = re.compile(r"[,(]\s*(?:[^\W\d_][\w-]*,\s*)?$")
_BYLINE_OPENING = re.compile(r"^\W*(?:by|von|par|por|door|di|av|af)\s", re.I)
_CAPTION_WORDS = 5  # words before the date that make a sentence of a caption, not a byline's fields
_CAPTION_LOOSE_WORDS = 2  # words in small letters among them that are not a date's labels


def opens_with_date(text: str, found: tuple[str, int, int]) -> bool:
    """Whether the date opens the line, set off from the text after it."""
    return bool(_OPENING_PREFIX.match(text[: found[1]]) and _OPENING_SEPARATOR.match(text[found[2]:]))


def _is_date_word(word: str) -> bool:
    folded = word.casefold()
    return folded in DATE_LINE_WORDS or folded.strip(".") in DATE_LINE_WORDS


_CAPTION_DATE_WORDS = 4
_CITATION = re.compile(r"\bDOI\b[:\s]*10\.\d|\bVol\.\s*\d+.*\bpp?\.\s*\d", re.I)
_BARE_YEAR = re.compile(r"(?<![\w./-])(?:19|20)\d\d(?![\w./-])")
_ARCHIVE_YEARS = 3  # years standing alone after the date: a bar of years to browse by


def find_date_lines(lines: list[Line], kinds: list[Kind], low: int, high: int, month_first: bool) -> list[DateLine]:
    """The date lines between ``low`` and ``high``."""
    found_lines: list[DateLine] = []
    for i in range(max(0, low), min(len(lines), high)):
        line = lines[i]
        # A caption's date is the picture's; a "caption" that is only a date and its label ("Stand -
        # 4.3.2024" over a note read as a credit) is the page's.
        if kinds[i] is Kind.CAPTION and line.words > _CAPTION_DATE_WORDS:
            continue
        # The date may open with the day as a numbered item ("4. März 2024").
        text = line.verbatim
        found = find_date_span(text, month_first)
        if not found or (line.words > 20 and not opens_with_date(text, found)):
            continue
        lead = text[: found[1]]
        if lead.count("[") > lead.count("]") or _END_DATE.search(lead) or _SOCIAL_HANDLE.search(lead):
            continue
        if _CITATION.search(text):
            continue  # a reference to a paper: "In: Harbour Science, Vol. 12, pp. 3-9, 4 March 2024, DOI ..."
        if len(_BARE_YEAR.findall(text[found[2]:])) >= _ARCHIVE_YEARS:
            continue  # a calendar or archive bar: "10 Nov 2013 - 01 Jan 2017    2012    2013    2014"
        if is_date_line(text, kinds[i], found):
            updated = bool(_UPDATED.match(text))
            related = line.in_list and not line.numbered
            published = bool(PUBLISHED_LABEL.match(text) or _THEN_UPDATED.match(text[found[2]:]))
            found_lines.append(DateLine(i, found[0], updated, related, published))
    return found_lines


def nearest_date(dated: list[DateLine], anchors: list[int]) -> tuple[DateLine, float] | None:
    """The date line nearest the anchors (headline, byline), with its distance:
    a line under them before one over them, a related link or an update's
    date only when nothing else is near."""
    best: tuple[float, int, DateLine] | None = None
    for line in dated:
        distance = min(abs(line.index - a) + (0.5 if line.index < a else 0.0) for a in anchors)
        distance += _RELATED_COST * line.related + _UPDATED_COST * line.updated - _PUBLISHED_GAIN * line.published
        if best is None or (distance, line.index) < best[:2]:
            best = (distance, line.index, line)
    return (best[2], best[0]) if best else None


_RELATED_COST = 6
_UPDATED_COST = 3
_PUBLISHED_GAIN = 3
