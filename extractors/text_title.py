"""The headline of a text dump: the line over the story, its byline or its date
that reads as a headline and not as page furniture."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .text_dates import find_date_in
from .text_kinds import DATELINE as _DATELINE_START
from .text_kinds import Kind, is_headline_case, is_sentence
from .text_lines import Line, next_worded
from .text_names import ROLE, clean_name, name_list

if TYPE_CHECKING:
    from .text_meta import Header

# Alt text and widgets that look like short headlines: "author avatar image",
# "Image for ...", "Photo of author", "3 of 3".
_NOT_HEADLINE = re.compile(
    r"\b(?:avatar|logo|icon|thumbnail)\b|^(?:image|photo|picture|cover) (?:for|of)\b|\bimage$|^\d+ of \d+$"
    # "[logo-white] UK Edition": an image's label in brackets opens the line.
    r"|^\["
    # "… and the council agreed": the rest of a headline or teaser cut in two.
    r"|^(?:…|\.\.\.)"
    # A picture's source or credit: "Source: example.org", "Profile picture for user Ann Lee".
    r"|^(?:quelle|source|fuente|fonte|bron|kilde|källa|credit|foto|photo|bild|bildrechte|коллаж|фото)\s*:|\bprofile (?:picture|photo)\b"
    r"|^courtesy of\b"
    # A caption's tag: "Boats in the bay (file photo)", "Collage pictures of our boats".
    r"|\((?:symbolbild|symbolfoto|archivbild|archivfoto|bildmontage|file photo|archive photo|stock photo)\)"
    r"|\b(?:pictures?|photos?|images?) of (?:our|my)\b"
    # A photographer and agency under a picture: "Ann Lee/Harbour Press".
    r"|(?-i:^[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,3}\s*/\s*[A-Z][\w-]*$)"
    # Where the page sits: "You are here: Home / News", "Home » Islands » Ferries".
    r"|^(?:sie sind hier|you are here|du bist hier|vous êtes ici)\b|\s[/»>›|]\s.*?\s[/»>›|]\s"
    # Page furniture that reads like a short line: skip links, menu toggles, a
    # server's warnings, a user's picture.
    r"|^(?:toggle navigation|zum inhalt|skip to|springe zum|jump to|zur erweiterten suche|hoppa till|gå til"
    r"|aller au contenu|ir al contenido|vai al contenuto|przejdź do)\b"
    r"|^(?:saltar a|zum sekundären|wechseln zu|click to|continue reading)\b|\b(?:accept|reject) all\b|alle akzeptieren"
    # Comment forms and embeds: "Leave a reply", "View this post on Instagram", "... to your inbox".
    r"|schreib\w* (?:einen|eine) (?:kommentar|antwort)|hinterlasse einen kommentar|kommentar absenden"
    r"|leave a (?:reply|comment)|deja un comentario|laisser un commentaire|auf instagram an\b"
    r"|view this post on instagram|to your inbox"
    # A form's input box: "Term[7 years ]".
    r"|\[[^\]]*\s\]"
    r"|^(?:strict standards|warning|notice|deprecated|fatal error):|\b(?:profilbild|benutzerbild)\b"
    # Columns of a toolbar or table set apart by runs of spaces.
    r"|\S {4,}\S"
    # A link to the last or next post: "« Winter timetable", "Older posts →"
    # (a quotation in guillemets closes them).
    r"|^[←→‹<]|[→›>]$|^«(?!.*»)|^(?!.*«).*»$"
    # A link or embed printed as its address ("embed(https://...)", a post's
    # "pic.x.com/... https://t.co/..."), and rows of image or link labels
    # ("Islands[spanish] [greek] [english]").
    r"|https?://|\bwww\.\w|\[[^\]]*\][^\[]*\[[^\]]*\]"
    # A video player's or shop's notices, a rating's count, a template's
    # placeholder: "Try refreshing your browser", "Based on 40 reviews",
    # "Price plus shipping (zzgl. Versandkosten)", "Connect with %s".
    r"|\b(?:your browser|your device|ihr browser|votre navigateur|su navegador)\b|\bcreate (?:an )?account\b|\bto unlock\b|\b(?:based on|from) \d+ (?:reviews|ratings|votes)\b"
    r"|\bzzgl\.|\bversandkosten\b|%s\b"
    # A picture's credit inside its caption: "Boats (Source: Ann Lee/Unsplash)",
    # "Ferry; photo from 1975; Source: Harbour archive", "CC BY Ann Lee".
    r"|[(;]\s*(?:quelle|source|fuente|fonte|foto|photo|bild|credit)\s*:|\bcc[ -]by\b"
    # An image's file name: "harbour-ferry-winter-crossing-M", "ann_lee_pixelio".
    r"|\b[a-z0-9]+(?:[-_][A-Za-z0-9]+){3,}\b"
    # Share and account boxes, a translation's note, a poll's radio button, a
    # group picture's order, a job title after a name: "Link kopiert",
    # "Inicia sesión Mi cuenta", "This article was originally published in
    # English", "( ) No, neither", "Board members (from left): ...",
    # "Ann Lee Deputy Content Director", "はてなブックマーク", "この記事の画像を見る".
    r"|\blink (?:kopiert|copied)\b|\bcopy link\b|\binicia(?:r)? sesión\b|\b(?:mi cuenta|my account|mein konto|mon compte)\b"
    r"|\b(?:im original veröffentlicht|originally published)\b|^\(\s*\)"
    r"|\((?:von )?li(?:nks)?\.? nach re(?:chts)?\.?\)|\bfrom left\b|\(l(?:eft)?\.? to r(?:ight)?\.?\)"
    r"|(?-i:\b(?:Director|Producer|Manager)$)|ブックマーク|画像を見る"
    # An image's or ad's label glued to a word: "Anzeige[INS::INS]", "Today[today-logo]".
    r"|\w\[[^\]]*\]"
    # A slider's buttons, a loading notice, a comment form's account line, a
    # shop's basket button, a box of related stories, a wiki's footnote mark,
    # a person's place in a picture ("Ann Lee (l.) and Bo Park"), a name with
    # its degrees ("Prof. Dr. Ann Lee").
    r"|\b(?:previous|next|vorherigen?|nächsten?) slide\b|\b(?:wird|werden) geladen\b|\bloading\.\.\."
    r"|du kommentierst mit|you are commenting using|warenkorb|add to (?:cart|basket)|ajouter au panier|añadir al carrito"
    r"|dans la même rubrique|\blire aussi\b|related (?:articles|posts|stories)|ähnliche (?:artikel|beiträge)"
    r"|könnte dich auch interessieren|you may also like|le[ea]r? también|\^\["
    r"|\((?:l|r|li|re|m)\.\)|\((?:links|rechts|left|right|mitte|centre|center)\)"
    r"|^sub-?headline\s*:|^unterzeile\s*:"
    r"|(?-i:^(?:Prof|Dr|Dipl)\.(?:[ -]\w+\.)*\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}$)"
    # Menu items run together into one word ("HomeNewsSportWeather"); a
    # hashtag may run so ("#OnTheIsland").
    r"|(?-i:(?<![#\w])\w*[a-zß-ÿ][A-ZÀ-Þ]\w*[a-zß-ÿ][A-ZÀ-Þ])"
    # The outlet as writer: "von example.de", "von dpa".
    r"|(?-i:^[Vv]on\s+[a-z\d])",
    re.I,
)


# More furniture, looked for as plain words once the pattern above lets a line pass (a long
# alternation of rare phrases is slow to search on every line): a byline or desk line
# ("Autor: Die Redaktion", "Redaktion Example.de", "---- by Ann Lee", "Harbour Staff Report by
# Harbour Staff Report"); account, subscription and data notices ("Add as preferred on Google",
# "Our Youtube page link", "sólo para registrados", "View saved stories", "Question of the Day",
# "... er ansvarlig for dine data"); skip links after a menu's name, feedback and comment boxes,
# a post's navigation, a sidebar's heading, back links and rights notes.
_FURNITURE_WORDS = (
    "preferred on google", "preferred source on google", "page link", "sólo para registrados", "solo para registrados",
    "sólo para suscriptores", "solo para suscriptores", "nur für abonnenten", "nur für registrierte", "subscribers only",
    "saved stories", "saved articles", "question of the day", "ansvarlig for dine data", "responsible for your data",
    "springe zum inhalt", "skip to content", "skip to main content", "tracking choices", "artikel gefällt dir",
    "artikel gefällt ihnen", "como você se sentiu", "gib hier deinen kommentar ein", "enter your comment here",
    "dein browser", "beitrags-navigation", "post navigation", "tous droits réservés", "all rights reserved",
    "alle rechte vorbehalten", "ein- oder ausblenden",
    # A post's labelled field ("Issue 3/2024 Category: Basics"), a vector picture's
    # built-in title ("Created with Sketch.").
    "kategorie:", "kategorien:", "category:", "categories:", "catégorie :", "categoría:", "created with sketch",
)


# A breadcrumb trail printed without spaces or with arrows: "Start|Magazine|Tips|Spring Cleaning",
# "Home → Garden → Roses → Pruning", "Home ›› Garden ›› Roses": where the page sits, not its headline.
_TIGHT_TRAIL = re.compile(r"[^\s|]\|[^\s|][^|]*[^\s|]\|[^\s|]|\s(→|››|»»|>>)\s.*\s\1\s")


_FURNITURE_START = re.compile(
    r"(?:autor(?:in)?|author|verfasser)\s*:|redaktion\b|[-–—=*]+\s*by\s|hopp til\b|(?:zurück zu[mr]?|back to)\b"
    r"|(?:neueste beiträge|recent posts|neueste artikel|creative commons licen[cs]e)$|(.{3,40}) by \1$",
    re.I,
)


_REFRESH = re.compile(r"\brefresh \(\d+ sec\)", re.I)


def _is_furniture(text: str) -> bool:
    """Page furniture, not a headline (see the patterns above)."""
    if _NOT_HEADLINE.search(text):
        return True
    folded = text.casefold()
    if ("|" in text or "→" in text or "››" in text or "»»" in text or ">>" in text) and _TIGHT_TRAIL.search(text):
        return True
    return any(words in folded for words in _FURNITURE_WORDS) or bool(_FURNITURE_START.match(text) or _REFRESH.search(text))


# Widgets and labels between a headline and its story: share and save
# buttons, newsletter boxes, social handles, job titles, "By ..." lines.
_WIDGET = re.compile(
    r"\b(?:share|sharing|save this|e-?mail|newsletter|sign(?:ing)? up|subscribe|bookmark|comments?|thanks for"
    r"|teilen|partager|compartir|condividi|listen|anhören|escuchar|écouter|ouça|vorlesen"
    r"|poslouchat|ascolta|luister|lyssna|lytt|escucha|audio"
    # Donation, subscription and sign-in boxes: "Support us", "Already a subscriber?".
    r"|donate|spenden|apoie|don à|suscriptor|subscribers?|abonn\w*|assinante"
    # Reading tools: "Increase font size", "Dark mode", "Open image in full screen" (Swedish).
    r"|font size|text size|schriftgröße|dark mode|access keys|read in app|fullscreen|full screen|vollbild|helskärm"
    r"|sign in|log ?in|anmelden|einloggen|registrieren|se connecter"
    r"|up next|view more|see more|read more|mehr lesen|weiterlesen|mehr anzeigen|alle anzeigen"
    r")\b|@\w|^by\s|\|$|\b"
    + ROLE + r"$",
    re.I,
)


# Widget words show a widget only in its short label ("Share this story"); a
# headline may use them ("Five CEOs share a secret").
_WIDGET_MAX_WORDS = 6


_WIDGET_ANY_LENGTH = re.compile(r"@\w|^by\s|\|$|\b" + ROLE + r"$", re.I)


# A content system's field label printed before the headline: "Headline: Harbour keeps ...".
_HEADLINE_LABEL = re.compile(r"^(?:headline|überschrift)\s*:\s*", re.I)


_RELATIVE_TIME = re.compile(r"^\d+\s?(?:s|m|min|h|hr|d)\s?ago\s*", re.I)


_TITLE_REACH = 20  # how many non-furniture lines above the story a headline may sit


def _is_headline_shape(line: Line, kind: Kind) -> bool:
    if kind not in (Kind.SHORT, Kind.PROSE) or line.in_list:
        return False
    if not 3 <= line.words <= 35 or len(line.text) > 300 or _is_furniture(line.text):
        return False
    if _has_date(line.text) or _is_widget(line) or _STAMP.search(line.text) or _is_counter(line):
        return False
    if _is_doubled(line.text) or _LOWER_START.match(line.text) or _is_tag_list(line.text):
        return False
    return not line.text.endswith((".", ",", ";", ":", "。", "，")) or line.text.endswith("...")


def _has_date(text: str) -> bool:
    # A dump runs a date's year into the figure after it ("April 10, 20233 min",
    # "1. November 20231. November 2023"); East Asian dates write the units.
    return bool(find_date_in(text) or _GLUED_YEAR.search(text) and find_date_in(_GLUED_YEAR.sub(r"\1 ", text)))


_GLUED_YEAR = re.compile(r"((?:19|20)\d\d)(?=\d)")


# A time stamp the date finder does not read as a date ("15:44 Uhr", "Kyle Lee
# 7 hours", "Published 3 seconds ago", "Ann Roe | Updated ..."): the dateline
# of the story, not its headline.
_STAMP = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2}\s*(?:uhr|h)\b"
    r"|(?<!\d)\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)(?:\s+ago)?$"
    r"|vor \d+ (?:sekunden|minuten|stunden|tagen)\b|\bhace \d+ (?:segundos?|minutos?|horas?|días?)\b"
    r"|\bil y a \d+ (?:secondes?|minutes?|heures?|jours?)\b|\|\s*(?:publicado|publié|pubblicato|veröffentlicht)\b"
    r"|^(?:lesezeit|lesedauer|reading time|read time|tiempo de lectura|temps de lecture)\b"
    r"|\b\d+\s*min\.?\s+(?:lesedauer|lesezeit|read|lectura|de lecture)\b"
    r"|\b\d+\s*(?:min\.?|minutes?|minuten|minutos|minuti)(?:\s+(?:read|lesen|lues|de lectura|di lettura))?\)?$"
    r"|^(?:published|updated|posted|actualizado|aktualizováno|aktualisiert|veröffentlicht|publiziert|stand"
    r"|publicado|publicada|publié|publiée|pubblicato|gepubliceerd|opublikowano)\b"
    # A date in figures opening the line: "23.09.22", "30/10/23 | Site name".
    r"|^\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d\b"
    r"|\|\s*(?:published|updated|posted)\b"
    # "2025年1月13日 21時37分", "2025.06.03 14:22".
    r"|\d{4}年\s?\d{1,2}月|\d{1,2}時\d{1,2}分|\b(?:19|20)\d\d\.\s?\d{1,2}\.\s?\d{1,2}\b",
    re.I,
)


# A line opening on a word in small letters continues something else or is a
# label ("durch Ann Lee", "press shot of the band", "& Bo Park"); brand names
# ("iPhone") keep a capital inside.
_LOWER_START = re.compile(r"^(?:[a-zß-ÿ][a-zß-ÿ]*[\s,.;:]|&\s)")


def _is_tag_list(text: str) -> bool:
    """A post's tags or a picture's people: "Ferries, Islands, Winter Service", "Ferries & Boats, Islands, News"."""
    parts = text.split(",")
    if len(parts) < 3 or any(mark in text for mark in ":?!"):
        return False
    # "Ferries & Boats" is one tag of the list.
    return all(1 <= len([w for w in part.split() if w != "&"]) <= 3 and part.strip()[:1].isupper() for part in parts)


def _is_doubled(text: str) -> bool:
    """An image's alt text printed twice, run together: "Harbour NewsHarbour News"."""
    half, odd = divmod(len(text), 2)
    if odd:
        return text[half] == " " and text[:half] == text[half + 1:]
    return text[:half] == text[half:]


# "5343 reads | 32 comments", "0 0 0 30 Views", "4.3 330 5 1": counters and ratings.
_NUMBER = re.compile(r"[\d.,:/%+-]*\d[\d.,:/%+-]*")


def _is_counter(line: Line) -> bool:
    return line.words <= 6 and sum(1 for word in line.text.split() if _NUMBER.fullmatch(word)) >= 2


def is_widget_line(line: Line) -> bool:
    """A widget's short label: "Share this", "Listen to the story", "Sign in"."""
    return line.words <= _WIDGET_MAX_WORDS and bool(_WIDGET.search(line.text))


def _is_widget(line: Line) -> bool:
    if line.words <= _WIDGET_MAX_WORDS:
        return bool(_WIDGET.search(line.text))
    return bool(_WIDGET_ANY_LENGTH.search(line.text))


def find_title(lines: list[Line], kinds: list[Kind], start: int, mark: int | None, header: Header) -> None:
    """The headline: the headline-shaped line over the byline and date when they
    head the story, else the nearest one above the story's start; when two stand
    there, the shorter upper one is the headline and the longer one under it the
    standfirst. A headline the dump also prints at its very top (a window title,
    "Now reading: ...") wins over a teaser nearer the story. Copied text starts with it."""
    head = _top_of_text(lines, kinds, start)
    if head:
        texts = [lines[i].text for i in head]
        title = " ".join(texts)
        header.title = title[:-1] if _ADDED_PERIOD.search(title) else title
        header.title_index = head[-1]
        header.title_lines = head
        header.used.update(head)
        # A sentence-case line over copied text may be a standfirst under a headline
        # the copy left out ("The vote came two days after the storm"): kept as story too.
        header.title_in_story = not is_headline_case(title) and (is_sentence(title) or len(title.split()) >= 10)
        return
    # The line the breadcrumb trail ends on, printed again under it, wins over every other reading.
    echoed = _trail_end_printed_again(lines, kinds, start, header)
    if echoed is None:
        echoed = _echoed_at_top(lines, kinds, start, mark, header)
    if echoed is not None:
        pick = echoed
    else:
        candidates = []
        if mark is not None:
            candidates = _candidates(lines, kinds, mark, header, _MARK_REACH)
            below = _below_mark(lines, kinds, mark, start, header)
            if below is not None and (not candidates or _under_wins(lines, kinds, below, candidates[0], mark)):
                candidates = [below[0]]
        if not candidates and _is_headline_at_start(lines, kinds, start, header):
            candidates = [start]
        if not candidates:
            candidates = _candidates(lines, kinds, start, header, _TITLE_REACH, include_start=True)
        if not candidates:
            if lines and _is_headline_shape(lines[0], kinds[0]) and 0 not in header.used:
                candidates = [0]
            else:
                short = _short_heading_over(lines, kinds, start, header)
                if short is None:
                    short = _listed_headline_over(lines, kinds, start, header)
                if short is None:
                    short = _headline_under_start(lines, kinds, start, header)
                if short is None and _is_prose_headline_at_start(lines, kinds, start, header):
                    short = start
                if short is None:
                    short = _headline_over_date_line(lines, kinds, header)
                if short is None:
                    short = _headline_under_date_line(lines, kinds, header)
                if short is None:
                    upper = mark if mark is not None and mark <= start else start
                    menu_from = max(-1, upper - _MENU_TO_HEADLINE)
                    found = _short_headline_under_menu(lines, kinds, menu_from, upper, header)
                    short = found if found != menu_from else None
                if short is None:
                    return
                candidates = [short]
        pick = candidates[0]
        if len(candidates) > 1 and _is_standfirst_under(lines, kinds, candidates[1], pick, mark is not None):
            pick = candidates[1]
        if not _has_standfirst(lines, kinds, pick):
            over = _over_standfirst(lines, kinds, pick, start, header)
            # Widgets, labels and alt text are shorter than the headline they stand under.
            if over is not None and lines[over].words > lines[pick].words:
                pick = over
        if len(candidates) > 1 and _set_together(kinds, candidates[1], candidates[0]):
            # A headline and its kicker or standfirst: the one the page prints again.
            echoed = _echoed_elsewhere(lines, kinds, candidates[:2])
            if echoed is not None:
                pick = echoed
            elif pick == candidates[0] and _is_headline_over_standfirst(lines[candidates[1]], lines[pick]):
                pick = candidates[1]
            elif pick == candidates[0] and _is_picture_credit(lines, pick) and lines[candidates[1]].words > lines[pick].words:
                pick = candidates[1]
        pick = _short_headline_under_menu(lines, kinds, pick, mark if mark is not None and mark <= start else start, header)
    pick = _under_capital_kicker(lines, kinds, pick, header)
    crumb = _trail_end_over(lines, pick)
    text = lines[crumb].text if crumb is not None else _plain_copy(lines, pick)
    header.title = _HEADLINE_LABEL.sub("", _RELATIVE_TIME.sub("", text)) or None
    header.title_index = pick
    header.used.add(pick)


_MENU_ITEMS = 3  # list items in a row that make a site's menu
_MENU_TO_HEADLINE = 12  # lines over the byline or story where the menu ends, when no other line passed for a headline


def _short_headline_under_menu(lines: list[Line], kinds: list[Kind], pick: int, upper: int, header: Header) -> int:
    """A headline of one or two words right over the byline or the story, under the site's
    menu ("Harbour Blog", "A motto of the harbour blog", the menu, "Ferry days.", "4 March
    2024 by annlee"): a line picked over the menu is the site's name or motto, read only
    because the real headline is too short to pass for one."""
    items = 0
    for i in range(pick + 1, upper):
        # A table of contents' numbered items ("2 History") lead to a section, not the story's top.
        items = items + 1 if lines[i].in_list and not lines[i].numbered and not lines[i].text[:1].isdigit() else 0
        if items >= _MENU_ITEMS:
            break
    else:
        return pick
    k = upper - 1
    while k > pick and (not lines[k].words or k in header.used or is_widget_line(lines[k])):
        k -= 1
    line = lines[k]
    if not (1 <= line.words <= 2 and line.alone and kinds[k] is Kind.SHORT) or line.in_list:
        return pick
    if _is_furniture(line.text) or _has_date(line.text) or any(c.isdigit() for c in line.text):
        return pick
    if _LOWER_START.match(line.text) or line.text.endswith((",", ";", ":", "…", "...")) or clean_name(line.text) == line.text:
        return pick
    return k


_KICKER_WORDS = 4  # words of a kicker in capitals ("HARBOUR CRISIS", "ELECTION 2024")
_HEADLINE_UNDER_KICKER = 5  # words of the headline under it


def _under_capital_kicker(lines: list[Line], kinds: list[Kind], pick: int, header: Header) -> int:
    """The headline right under a short kicker in capitals ("HARBOUR CRISIS" over "Board votes
    to mend the northern quay", printed again as the picture's alt text): the kicker names the
    story's theme, the line under it is the story's."""
    text = lines[pick].text
    if not (text.isupper() and lines[pick].words <= _KICKER_WORDS and re.search(r"[A-Z]", text)):
        return pick
    under = pick + 1
    if under >= len(lines) or under in header.used:
        return pick
    lower = lines[under]
    if (
        lower.text.isupper() or lower.words < _HEADLINE_UNDER_KICKER or _is_furniture(lower.text)
        or not _is_title_candidate(lower, kinds[under])
    ):
        return pick
    # The page prints the headline again (as its picture's alt text, in a trail): a pitch or a
    # caption under a kicker is printed once.
    again = under + 1 < len(lines) and lines[under + 1].text == lower.text
    return under if again or _printed_elsewhere(lines, kinds, under) else pick


def _trail_end_over(lines: list[Line], pick: int) -> int | None:
    """The last step of a breadcrumb trail printed right over the headline,
    when it names the same story in other words: the page's title as the site
    files it ("Home", "Sport", "Marathon: Ann Lee in portrait" over "Marathon
    in the city: far ahead in the runner's daily grind")."""
    j = pick - 1
    while j >= 0 and lines[j].words == 0 and not lines[j].in_list:
        j -= 1
    if j < 1 or not (lines[j].in_list and lines[j - 1].in_list) or lines[j].words < _ECHO_ELSEWHERE_MIN_WORDS:
        return None
    crumb = lines[j]
    if crumb.words > _TRAIL_END_MAX_WORDS or _is_furniture(crumb.text) or _has_date(crumb.text) or _is_widget(crumb):
        return None
    words = {w for w in _fold(crumb.text).split() if len(w) >= 4}
    shared = words & {w for w in _fold(lines[pick].text).split() if len(w) >= 4}
    return j if words and 2 * len(shared) >= len(words) and _fold(crumb.text) != _fold(lines[pick].text) else None


_TRAIL_END_MAX_WORDS = 20


_TRAIL_REACH = 40  # lines over the story's start a breadcrumb trail may end


_MENU_PRINTS = 3  # a short heading printed more often is a menu's word (trail, heading, and one link at most)


def _trail_end_printed_again(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> int | None:
    """The headline under the breadcrumb trail that ends on it ("Home", "Aktuelles",
    "Harbour keeps both ferries", then "Harbour keeps both ferries" alone): the page
    names its story twice, in the trail and over it."""
    for j in range(max(1, start - _TRAIL_REACH), min(start, len(lines) - 1)):
        line = lines[j]
        if not (line.in_list and lines[j - 1].in_list) or not line.words:
            continue
        k = j + 1
        while k < len(lines) and k <= j + 2 and not lines[k].words:
            k += 1
        if k >= len(lines) or k > start or not _is_trail_end_again(lines, kinds, j, k, header):
            continue
        if k + 1 < len(lines) and kinds[k + 1] is Kind.CAPTION:
            continue  # a picture's alt text and caption
        return k
    return _under_inline_trail(lines, kinds, start, header) or _trail_end_further_under(lines, kinds, start, header)


def _is_trail_end_again(lines: list[Line], kinds: list[Kind], j: int, k: int, header: Header) -> bool:
    """Line k prints the trail's last step j again, alone, shaped as a headline."""
    line = lines[j]
    if k in header.used or lines[k].in_list or not lines[k].alone:
        return False
    if _fold(lines[k].text) != _fold(line.text) or not _is_trail_end_headline(lines[k], kinds[k]):
        return False
    # A menu's word the page prints all over ("Suche", "Kontakt") is no headline.
    return lines[k].words >= 3 or sum(other.text == line.text for other in lines) <= _MENU_PRINTS


_TRAIL_TO_HEADLINE = 6  # header lines between a trail and the headline it ends on: section, date, picture, kicker


def _trail_end_further_under(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> int | None:
    """The headline printed again a few header lines under the trail that ends on it, a
    section's name, the date or a picture's text between ("Home", "Harbour", "Ferries kept
    on both routes", then "Harbour", "4 March 2024", "Ferries kept on both routes"), up to
    the story's start: the page's own name for the story wins over a teaser or standfirst
    nearer the story."""
    for j in range(max(1, start - _TRAIL_REACH), min(start, len(lines) - 1)):
        line = lines[j]
        if not (line.in_list and lines[j - 1].in_list) or line.words < 2 or (j + 1 < len(lines) and lines[j + 1].in_list):
            continue
        for k in range(j + 1, min(j + _TRAIL_TO_HEADLINE, start) + 1):
            if _is_trail_end_again(lines, kinds, j, k, header):
                return k
    return None


# What joins a trail's steps on one line: "Home » Desserts » Peanut Truffles", "Start > Blog > ...".
_TRAIL_JOIN = frozenset("»›>/|")


def _under_inline_trail(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> int | None:
    """The headline under a trail printed on one line that ends on it ("Home » Desserts »
    Peanut Truffles" over "Peanut Truffles"), its steps joined by arrows or run together
    ("HomeDessertsPeanut Truffles")."""
    for k in range(max(1, start - _TRAIL_REACH), min(start + 1, len(lines))):
        line = lines[k]
        if k in header.used or line.in_list or not line.alone or not line.words:
            continue
        j = k - 1
        while j > 0 and not lines[j].words:
            j -= 1
        trail = lines[j].text
        if len(trail) <= len(line.text) or not trail.endswith(line.text):
            continue
        before = trail[: -len(line.text)].rstrip()
        glued = not trail[-len(line.text) - 1].isspace()
        if not before or not (before[-1] in _TRAIL_JOIN or glued and before[-1].isalpha()):
            continue
        if _is_trail_end_headline(line, kinds[k]) and not (k + 1 < len(lines) and kinds[k + 1] is Kind.CAPTION):
            return k
    return None


def _is_trail_end_headline(line: Line, kind: Kind) -> bool:
    """A headline's shape, of one or two words too: the trail names it as the story ("Home » Sturmnacht")."""
    if line.words >= 3:
        return _is_title_candidate(line, kind)
    text = line.text
    return (
        kind in (Kind.SHORT, Kind.PROSE) and not _is_furniture(text) and not _has_date(text)
        and not _is_widget(line) and not _STAMP.search(text) and not _is_counter(line) and not _LOWER_START.match(text)
        and not text.endswith((".", ",", ";", ":"))
    )


def _plain_copy(lines: list[Line], pick: int) -> str:
    """The headline as the page prints it elsewhere without its kicker, or with
    the punctuation its kicker lost ("Ferries Harbour keeps both boats" under a
    breadcrumb "Harbour keeps both boats"; "Winter service Both boats stay" beside
    "Winter service: Both boats stay"): a text browser runs a kicker into the
    headline it stands over."""
    text = lines[pick].text
    folded = _fold(text)
    best = text
    for j, line in enumerate(lines):
        if j == pick or line.words < _KICKER_MIN_WORDS or line.words >= lines[pick].words + 1:
            continue
        other = _fold(line.text)
        colon_back = other == folded and line.text.count(":") > best.count(":")
        kicker_off = folded.endswith(" " + other) and len(other) < len(_fold(best)) and _is_kicker_cut(text, line)
        if colon_back or kicker_off:
            best = line.text
    return best if best != text else _without_printed_kicker(lines, text)


# "Storm season - Harbour keeps both boats": a kicker set before the headline with a dash.
_DASHED_KICKER = re.compile(r"^(?P<kicker>[^-–—:|]{3,60}?) [-–] (?P<headline>\S.*)$")


def _without_printed_kicker(lines: list[Line], text: str) -> str:
    """The headline less the kicker a dash sets before it, when the page also prints that
    kicker on a line of its own (a section's heading, a topic's link): the kicker is the
    page's label for the story, not its headline's first words."""
    match = _DASHED_KICKER.match(text)
    if not match:
        return text
    kicker, headline = match.group("kicker"), match.group("headline")
    if not 1 <= len(kicker.split()) <= _KICKER_MAX_WORDS - 1 or len(headline.split()) < _KICKER_MIN_WORDS + 1:
        return text
    return headline if any(line.text == kicker for line in lines) else text


def _is_kicker_cut(text: str, rest: Line) -> bool:
    """Whether ``rest`` is ``text`` less a kicker run into it: most of its words,
    starting as a headline does, and no colon before it (a kicker and colon,
    "Harbour: Both boats stay", is how the headline itself reads)."""
    kicker = text[: len(text) - len(rest.text)] if text.endswith(rest.text) else text.split(rest.text[:8])[0]
    starts = rest.text[:1].isupper() or rest.text[:1] in "\"'“„«‘"
    # One word set before a headline is as often its own first word ("The", "Easy")
    # as a kicker; a kicker of one word shows itself run on with a hyphen ("Club-").
    if len(kicker.split()) < 2 and not kicker.endswith("-"):
        return False
    return starts and ":" not in kicker and rest.words >= _KICKER_MIN_WORDS + 1 and 2 * rest.words >= len(text.split())


_KICKER_MIN_WORDS = 3


_KICKER_MAX_WORDS = 6


_MARK_REACH = 6  # non-furniture lines over the byline a headline may sit (standfirst, kicker, picture)


_TOP_LINES = 12  # how far down a dump's window title or "now reading" line may stand


_ECHO_MIN_WORDS = 5  # shorter lines at the top are mastheads, mottos and offers ("The Daily Courier", "Join for 5p/week")


def _candidates(
    lines: list[Line], kinds: list[Kind], start: int, header: Header, reach_max: int, include_start: bool = False
) -> list[int]:
    """Up to two headline-shaped lines, nearest first, going up from ``start``; a line run on
    to the next (a picture's alt text over its caption, a widget's labels) gives way to one
    set apart by blank lines, as a headline is, right over it."""
    candidates: list[int] = []
    reach = 0
    for i in range(min(start, len(lines) - 1), -1, -1):
        if i in header.used or kinds[i] is Kind.JUNK:
            continue
        reach += 1
        # Past the reach, look on only for a headline set apart right over a run-on line.
        beyond = reach > reach_max
        if beyond and not (len(candidates) == 1 and candidates[0] - i <= _RUN_ON_REACH and not lines[candidates[0]].alone):
            break
        if len(candidates) == 2:
            break
        if _is_picture_text(lines, kinds, i):
            continue
        if _is_title_candidate(lines[i], kinds[i]) and i < start or (
            include_start and i == start and kinds[i] is Kind.SHORT and _is_title_candidate(lines[i], kinds[i])
        ):
            if candidates and _set_apart_over_run_on(lines, i, candidates[0]):
                candidates = [i]  # the run-on line under it is furniture or a picture's text
                continue
            if beyond:
                break
            candidates.append(i)
    return candidates


_RUN_ON_REACH = 4  # lines over a run-on line where a headline set apart wins over it


def _set_apart_over_run_on(lines: list[Line], upper: int, lower: int) -> bool:
    """A line set apart right over a run-on one, not a share box's labels, nor the
    headline printed again inside the run-on line with its kicker."""
    if lines[lower].alone or not lines[upper].alone or lower - upper > _RUN_ON_REACH:
        return False
    if _WIDGET.search(lines[upper].text):
        return False
    up, low = _fold(lines[upper].text), _fold(lines[lower].text)
    return up not in low and low not in up


def _is_picture_text(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """A picture's alt text that the dump prints again as its caption, with the
    credit added ("Boats in the bay" over "Boats in the bay / Ann Lee") or under
    the repeat ("Boats in the bay" twice, then "Photo: Bo Park")."""
    text = lines[i].text
    for j in (i - 1, i + 1):
        if not 0 <= j < len(lines) or lines[j].text == text:
            continue
        if lines[j].text.startswith(text) or text.startswith(lines[j].text) and lines[j].words >= 3:
            return True
    if i + 1 < len(lines) and lines[i + 1].text == text:
        i += 1
    elif not (i > 0 and lines[i - 1].text == text):
        return False
    return i + 1 < len(lines) and kinds[i + 1] is Kind.CAPTION


def _short_heading_over(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> int | None:
    """A heading of a word or two set apart right over the story, with nothing
    but pictures and furniture between: the title of a page that names its
    subject only ("Downloads", "About us"), taken when no longer headline stands there."""
    tags = 0
    for i in range(min(start, len(lines)) - 1, -1, -1):
        if kinds[i] in (Kind.JUNK, Kind.CAPTION, Kind.PHOTO_ID):
            continue
        line = lines[i]
        # The post's tag or category as a one-item list under its heading ("• blog").
        if line.in_list and line.words <= 2 and not tags and not (i > 0 and lines[i - 1].in_list):
            tags += 1
            continue
        if i in header.used or kinds[i] is not Kind.SHORT or line.in_list or not line.alone or not 1 <= line.words <= 2:
            return None
        if not line.text[:1].isupper() or _is_widget(line) or _is_furniture(line.text):
            return None
        return i if not line.text.endswith((".", ",", ";", ":", "…")) else None
    return None


_LISTED_HEADLINE_REACH = 8  # lines over the story's start


def _listed_headline_over(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> int | None:
    """A headline the dump prints as a list item set apart right over the story, after the
    section links ("• Sport", "• Ferjene går igjen", then the story), when no other line
    reads as a headline: the page built its header as a list."""
    found = None
    for i in range(min(start, len(lines)) - 1, max(-1, start - 1 - _LISTED_HEADLINE_REACH), -1):
        line = lines[i]
        if i in header.used or not (line.in_list and line.alone) or line.numbered or line.words < _KICKER_MIN_WORDS:
            continue
        text = line.text
        if _is_furniture(text) or _has_date(text) or _is_widget(line) or _LOWER_START.match(text):
            continue
        if text.endswith((".", ",", ";", ":")) or name_list(text) or _is_names_only(line):
            continue
        if found is None:
            found = i
        elif i == found - 1 and line.words < lines[found].words:
            return i  # a headline right over its longer standfirst, both listed
        else:
            break
    return found


_UNDER_START_REACH = 3  # lines under the story's start a headline may stand


def _headline_under_start(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> int | None:
    """A headline a few lines under where the story seems to start, over the story's prose,
    when no line over it reads as one: a blog's motto or a notice read as the story's first
    paragraph ("Here is where I blog ..." / "March 4, 2024" / "Harbour news" / the post)."""
    for i in range(start + 1, min(len(lines) - 1, start + 1 + _UNDER_START_REACH)):
        line = lines[i]
        if i in header.used or kinds[i] is not Kind.SHORT or not line.alone or line.in_list:
            continue
        # A kicker or a teaser's fields ("Kolumne: ...", "Join us — 30 days free") stand there too.
        if ":" in line.text or " — " in line.text:
            continue
        if _is_trail_end_headline(line, kinds[i]) and kinds[i + 1] is Kind.PROSE:
            return i
    return None


def _has_standfirst(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """Whether a line is set right over a standfirst: an alone sentence or two,
    longer than it ("Harbour keeps both ferries" over "The board voted ... .")."""
    if i + 1 >= len(lines) or not lines[i].alone:
        return False
    under = lines[i + 1]
    return (
        kinds[i + 1] is Kind.PROSE and under.alone and not under.in_list
        and lines[i].words < under.words <= _STANDFIRST_MAX_WORDS
    )


_STANDFIRST_MAX_WORDS = 60


_STANDFIRST_GAP = 3  # lines from a headline down to its standfirst (a picture's id and caption may come between)


def _over_standfirst(lines: list[Line], kinds: list[Kind], pick: int, start: int, header: Header) -> int | None:
    """A headline over its standfirst a few lines above the nearest
    headline-shaped line (a widget, a picture's alt text, the writer's name),
    within reach of the story or its byline."""
    reach = 0
    for i in range(pick - 1, -1, -1):
        if i in header.used or kinds[i] is Kind.JUNK:
            continue
        reach += 1
        if reach > _STANDFIRST_REACH:
            return None
        if _is_title_candidate(lines[i], kinds[i]) and not _is_picture_text(lines, kinds, i) and _has_standfirst(lines, kinds, i):
            return _headline_over_long_standfirst(lines, kinds, i, header)
    return None


_STANDFIRST_REACH = 8


def _headline_over_long_standfirst(lines: list[Line], kinds: list[Kind], i: int, header: Header) -> int:
    """A line of a standfirst's length over the story's first paragraph is itself the
    standfirst when a shorter headline stands right over it, a place or label of a word
    or two between ("Twelve dead in the hill fire" / "Kelp Bay" / "The regional government
    says ..., while ..." / the story)."""
    if lines[i].words < _LONG_STANDFIRST_WORDS:
        return i
    for j in range(i - 1, max(-1, i - 3), -1):
        if j in header.used or kinds[j] is Kind.JUNK or lines[j].words <= 2:
            continue
        if _is_title_candidate(lines[j], kinds[j]) and lines[j].alone and lines[j].words < lines[i].words:
            return j
        break
    return i


def _is_headline_at_start(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> bool:
    """A question or exclamation set apart right under menu labels, where the
    story seems to start ("Is the city ready for the next heat wave?" under
    "News", "Climate"): the headline, read as prose for its ending."""
    if start >= len(lines) or start in header.used or kinds[start] is not Kind.PROSE:
        return False
    line = lines[start]
    if not (line.alone and line.words <= _START_HEADLINE_WORDS and _is_title_candidate(line, kinds[start])):
        return False
    above = [i for i in range(start - 1, max(-1, start - 12), -1) if kinds[i] is not Kind.JUNK][:2]
    return all(lines[i].words <= 3 for i in above)


_START_HEADLINE_WORDS = 25


def _headline_over_date_line(lines: list[Line], kinds: list[Kind], header: Header) -> int | None:
    """When no other line reads as the headline, the line set apart right over the
    date line, read as a headline whatever its length or shape suggests (a long
    conference title read as prose, a headline the page also gives as a picture's
    alt text): "Workshop: harbour towns and their ferries in the age of steam" over
    "March 2024 | Ann Example | Leave a comment"."""
    if header.date_index is None:
        return None
    i = next_worded(lines, header.date_index, -1)
    if i is None or i in header.used or kinds[i] not in (Kind.SHORT, Kind.PROSE, Kind.CAPTION):
        return None
    line = lines[i]
    # Its words may read as furniture, a widget's tags or a date ("in the 19th century,
    # 1848-49"); set apart over the date, it is the headline all the same.
    if not line.alone or line.in_list or not 3 <= line.words <= _OVER_DATE_MAX_WORDS:
        return None
    if line.text.endswith((".", ",", ";", ":", "。", "，")) or _LOWER_START.match(line.text):
        return None
    if name_list(line.text) or _is_names_only(line) or _TRAIL.search(line.text):
        return None
    return i


_OVER_DATE_MAX_WORDS = 30


def title_by_date_line(lines: list[Line], kinds: list[Kind], header: Header) -> None:
    """The headline set apart right over, else right under, the date line, when the date was
    found only after the headline was looked for (a blog's date under a run of server warnings
    read as the story's start)."""
    if header.date_index is None:
        return
    pick = _headline_over_date_line(lines, kinds, header)
    if pick is None:
        pick = _headline_under_date_line(lines, kinds, header)
    if pick is not None:
        header.title = _plain_copy(lines, pick)
        header.title_index = pick
        header.used.add(pick)


def _headline_under_date_line(lines: list[Line], kinds: list[Kind], header: Header) -> int | None:
    """When no other line reads as the headline, a headline-shaped line set apart right under
    the date line, as blogs print a post: "Wednesday, March 6, 2024" over "Notes on rebuilding
    the harbour wall", a tagline read as the story over both."""
    if header.date_index is None:
        return None
    i = next_worded(lines, header.date_index, 1)
    if i is None or i in header.used or not lines[i].alone or kinds[i] is not Kind.SHORT:
        return None
    return i if _is_title_candidate(lines[i], kinds[i]) else None


def _is_prose_headline_at_start(lines: list[Line], kinds: list[Kind], start: int, header: Header) -> bool:
    """When no other line reads as the headline, the story's first line read as prose for its
    length or its colon, set apart over a longer paragraph or the date, that does not end like
    a sentence ("Workshop report: harbour towns in the age of steam" over "March 4, 2024")."""
    if start + 1 >= len(lines) or start in header.used or kinds[start] is not Kind.PROSE:
        return False
    line = lines[start]
    if not (line.alone and line.words <= _START_HEADLINE_WORDS and _is_title_candidate(line, Kind.SHORT)):
        return False
    under = lines[start + 1]
    return kinds[start + 1] is Kind.PROSE and under.words > line.words or _has_date(under.text)


def _is_standfirst_under(lines: list[Line], kinds: list[Kind], upper: int, pick: int, by_byline: bool) -> bool:
    """Whether ``pick`` is the standfirst under the headline ``upper``: longer
    than it, or, over a byline, two blocks standing apart one under the other,
    the lower as long as the upper or a quotation from the story."""
    between = range(upper + 1, pick)
    if not all(kinds[j] in (Kind.CAPTION, Kind.PHOTO_ID, Kind.JUNK) or lines[j].words <= 3 for j in between):
        return False
    # A standfirst follows its headline closely; over menus, the longer line is a headline under a site's line.
    if lines[pick].words >= 12 and 5 <= lines[upper].words < lines[pick].words and pick - upper <= _STANDFIRST_GAP:
        return True
    # Over a byline, two blocks right one under the other: headline and standfirst.
    adjacent = all(kinds[j] in (Kind.CAPTION, Kind.PHOTO_ID, Kind.JUNK) for j in between)
    # A kicker in quotation marks ("“Between the Lines”") stands over headlines too.
    quoted = bool(_WHOLLY_QUOTED.match(lines[upper].text))
    # A shorter line under a longer one is the headline under a menu line, a
    # site's motto or a link to the last post, unless it quotes the story.
    standfirst = lines[pick].words >= lines[upper].words or bool(_WHOLLY_QUOTED.match(lines[pick].text))
    # A kicker of a few words over a headline is no headline over its standfirst: a
    # standfirst ends on a full stop or runs long ("Ferries" / "Harbour keeps both boats").
    if lines[upper].words <= _KICKER_OVER_HEADLINE_WORDS and not _reads_as_standfirst(lines[pick]):
        standfirst = False
    return (
        by_byline and adjacent and standfirst and lines[upper].alone and lines[pick].alone
        and lines[upper].words >= 4 and not quoted and not _is_trail(lines[upper].text, lines[pick].text)
    )


# A kicker runs to five words ("Harbour board: the vote"); a line of six or more over
# a longer one over the byline is a headline over its standfirst.
_KICKER_OVER_HEADLINE_WORDS = 5


# "Home » News » Harbour board keeps ferries", "« Last week's post", "← Older":
# a breadcrumb trail or a link to the next or last post.
_TRAIL = re.compile(r"\s[»›>/|]\s|^[«‹←→<]")


def _is_trail(upper: str, lower: str) -> bool:
    return bool(_TRAIL.search(upper)) or _fold(lower) in _fold(upper)


def _is_picture_credit(lines: list[Line], i: int) -> bool:
    """A few words right under a picture's label: its credit ("[ferry-photo]" / "Harbour Press")."""
    j = next_worded(lines, i, -1)
    return j is not None and lines[i].words <= _CREDIT_MAX_WORDS and bool(_PICTURE_LABEL_LINE.fullmatch(lines[j].text))


_CREDIT_MAX_WORDS = 4
_PICTURE_LABEL_LINE = re.compile(r"(?:\[[^\]]*\]\s*)+")


def _is_headline_over_standfirst(upper: Line, lower: Line) -> bool:
    """Two long lines set together, the upper one sentence: a headline over a standfirst
    printed without its full stop ("Harbour board votes to keep both winter ferries running"
    over "Islanders had feared the cuts would leave them cut off for weeks"), not a site's
    notice ("Your browser is out of date. Update it ...") or a trail ("Home 9 News 9 ...")."""
    if upper.words < _HEADLINE_OVER_WORDS or lower.words < _STANDFIRST_UNDER_WORDS or not upper.alone:
        return False
    return ". " not in upper.text and not any(word.isdigit() for word in upper.text.split())


_HEADLINE_OVER_WORDS = 7
_STANDFIRST_UNDER_WORDS = 9


def _reads_as_standfirst(line: Line) -> bool:
    # A closing quotation mark ends a sentence only after its full stop ('... she said: "Not yet."').
    return line.text.rstrip("\"”»'’").endswith((".", "!", "…")) or line.words >= _LONG_STANDFIRST_WORDS


_LONG_STANDFIRST_WORDS = 20


_WHOLLY_QUOTED = re.compile(r"^[“\"‘'«„][^“”\"«»]+[”\"’'»]$")


def _set_together(kinds: list[Kind], upper: int, lower: int) -> bool:
    """Only pictures and page furniture between two lines."""
    return all(kinds[j] in (Kind.CAPTION, Kind.PHOTO_ID, Kind.JUNK) for j in range(upper + 1, lower))


def _distance(lines: list[Line], kinds: list[Kind], i: int, j: int) -> int:
    """Lines between two, pictures and furniture not counted."""
    low, high = min(i, j), max(i, j)
    return sum(1 for k in range(low + 1, high) if kinds[k] in (Kind.SHORT, Kind.PROSE)) + 1


def _nearer_under(lines: list[Line], kinds: list[Kind], below: tuple[int, int], above: int, mark: int) -> bool:
    """Whether the line under the date or byline is nearer to it than the one
    over it; at a tie, the one with less page furniture between it and the mark
    (a site's name stands over menus, a headline right over its dateline)."""
    over = _distance(lines, kinds, above, mark)
    if below[1] != over:
        return below[1] < over
    return below[0] - mark < mark - above


def _under_wins(lines: list[Line], kinds: list[Kind], below: tuple[int, int], above: int, mark: int) -> bool:
    """Whether the headline is the line under the date or byline rather than
    the one over it: the nearer, or the one the page prints again elsewhere (a
    menu or a site's name over the date line is printed again too, in the
    footer, so only the line under the date wins so)."""
    if _nearer_under(lines, kinds, below, above, mark):
        return True
    return _echoed_elsewhere(lines, kinds, [above, below[0]]) == below[0]


def _below_mark(lines: list[Line], kinds: list[Kind], mark: int, start: int, header: Header) -> tuple[int, int] | None:
    """A headline standing alone just under a date line ("Politics / March 4, 2024"
    over the headline), with how far under it it stands."""
    labels = 0
    stamped = False  # one stamp or widget at most: under more, the line is a teaser's
    kicked = False
    for i in range(mark + 1, min(start, len(lines))):
        if i in header.used or kinds[i] in (Kind.JUNK, Kind.CAPTION, Kind.PHOTO_ID):
            continue
        if _is_title_candidate(lines[i], kinds[i]) and lines[i].alone and not _is_picture_text(lines, kinds, i):
            return i, _distance(lines, kinds, mark, i) - labels
        # A label of a word or two ("Video", "Updated"), a time stamp or a
        # widget ("Free until 19:34", "Share this") may stand between them.
        line = lines[i]
        # So may a short kicker run on to the date line ("06.11.2023" over
        # "Park opens", then the headline set apart).
        kicker = not kicked and not line.alone and line.words <= _KICKER_MAX_WORDS and _is_title_candidate(line, kinds[i])
        if kicker:
            kicked = True
        elif line.words > 2:
            if stamped or not (_STAMP.search(line.text) or _has_date(line.text) or _is_widget(line)):
                return None
            stamped = True
        labels += 1
    return None


def _is_title_candidate(line: Line, kind: Kind) -> bool:
    # A list of names is a byline without "By", whatever its shape.
    return _is_headline_shape(line, kind) and not name_list(line.text) and not _is_names_only(line)


# "Chris Lee-Park", "Ann Lee og Bo Park", "Columnist: Ann Lee": the writer's
# line under a headline, in any language's "and".
_NAMES_JOIN = re.compile(r"\s*(?:,|&|\||/|\b(?:and|und|et|y|og|och|en|e|i|és|и)\b)\s*")


_ROLE_COLON = re.compile(r"^[\w*]+(?:\s[\w*]+)?:\s*")


_AGENCY_ABBREVIATION = re.compile(r"[A-Z]{2,5}")


def _is_names_only(line: Line) -> bool:
    text = _ROLE_COLON.sub("", line.text)
    parts = [p for p in _NAMES_JOIN.split(text) if p]
    names = [p for p in parts if clean_name(p) == p and len(p.split()) <= 3]
    # "Ann Lee and AP": a writer with a news agency.
    agencies = [p for p in parts if _AGENCY_ABBREVIATION.fullmatch(p)]
    if not names or len(parts) > 4 or len(names) + len(agencies) < len(parts):
        return False
    # One name set apart like a heading may be a short title-case headline
    # ("Managing Python Environments"); a name is set against its date line.
    return len(parts) > 1 or text != line.text or not line.alone


def _echoed_at_top(lines: list[Line], kinds: list[Kind], start: int, mark: int | None, header: Header) -> int | None:
    """A headline-shaped line at the story's top that the dump also prints among
    its first lines (a window title, "Now reading: ..."); of several, the one
    nearest the story."""
    first = min(_TOP_LINES, len(lines))
    tops = {_fold(lines[i].text) for i in range(first) if lines[i].words >= _ECHO_MIN_WORDS}
    if not tops:
        return None
    upper = max(start, mark if mark is not None else start)
    reach = 0
    for i in range(min(upper, len(lines) - 1), first - 1, -1):
        if i in header.used or kinds[i] is Kind.JUNK:
            continue
        reach += 1
        if reach > _TITLE_REACH:
            break
        if i < start and _is_title_candidate(lines[i], kinds[i]) and _fold(lines[i].text) in tops:
            return i
    return None


def _echoed_elsewhere(lines: list[Line], kinds: list[Kind], pair: list[int]) -> int | None:
    """Of a headline and the kicker or standfirst set right against it, the one
    the page prints again further off (in its breadcrumb, a "most read" list,
    a share text): "Harbour keeps both ferries for the winter" under "Island
    life" or over "The board voted on Monday", the headline also in the list
    of the day's stories. A kicker or section name printed again in a menu is
    shorter than a headline."""
    echoed = [i for i in pair if lines[i].words >= _ECHO_ELSEWHERE_MIN_WORDS and _printed_elsewhere(lines, kinds, i)]
    return echoed[0] if len(echoed) == 1 else None


_ECHO_ELSEWHERE_MIN_WORDS = 5


def _printed_elsewhere(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """The line again, alone or inside a short one (a breadcrumb, a link), not
    as the opening of a paragraph of the story that the standfirst sums up."""
    key = _fold(lines[i].text)
    for j, line in enumerate(lines):
        if abs(j - i) <= 1 or len(line.text) < len(lines[i].text):
            continue
        other = _fold(line.text)
        if key == other or key in other and kinds[j] is not Kind.PROSE:
            return True
    return False


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _top_of_text(lines: list[Line], kinds: list[Kind], start: int) -> list[int]:
    """Copied article text: its first line, or two lines set one on the other
    ("Candidates vie for support;" over "Both point to their records."),
    standing over the story that starts right under it (a picture's id and
    caption, or a label such as "Summary", may come between)."""
    if not lines or start > 4:
        return []
    head = [0]
    if not lines[0].blank_after and len(lines) > 1 and lines[1].blank_after and lines[0].text.endswith((";", ":")):
        head = [0, 1]
    words = sum(lines[i].words for i in head)
    for i in head:
        line = lines[i]
        if line.in_list or kinds[i] not in (Kind.SHORT, Kind.PROSE) or _is_widget(line):
            return []
        if _is_furniture(line.text) or _DATELINE_START.match(line.text):
            return []
    last = lines[head[-1]]
    if not last.blank_after or not 3 <= words <= 40 or last.text.endswith((",", ";", ":")):
        return []
    under = range(head[-1] + 1, start)
    if any(kinds[j] not in (Kind.PHOTO_ID, Kind.CAPTION, Kind.JUNK) and lines[j].words > 3 for j in under):
        return []
    # The story must follow: a line of prose within the next few.
    if any(kinds[j] is Kind.PROSE for j in range(head[-1] + 1, min(len(lines), max(start, head[-1]) + 3))):
        return head
    return []


# A headline closed with a full stop, as some archives print every line (not
# "... in the U.S." nor "Wait for it...").
_ADDED_PERIOD = re.compile(r"(?<![.\s])[a-z0-9)\]]{2}\.$")
