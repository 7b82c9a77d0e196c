"""What a line is, as the headline finder reads it: page furniture, a date or a
time stamp, a widget's label, a counter, a post's tags, a picture's text printed
twice, writers' names; and the headline's shape these leave."""
from __future__ import annotations

import re

from .text_dates import find_date_in
from .text_kinds import Kind
from .text_lines import Line
from .text_names import ROLE, clean_name, name_list

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


def is_page_furniture(text: str) -> bool:
    """Page furniture, not a headline (see the patterns above)."""
    if _NOT_HEADLINE.search(text):
        return True
    folded = text.casefold()
    if ("|" in text or "→" in text or "››" in text or "»»" in text or ">>" in text) and _TIGHT_TRAIL.search(text):
        return True
    return any(words in folded for words in _FURNITURE_WORDS) or bool(_FURNITURE_START.match(text) or _REFRESH.search(text))


# Widgets and labels between a headline and its story: share and save
# buttons, newsletter boxes, social handles, job titles, "By ..." lines.
WIDGET = re.compile(
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


def is_headline_shape(line: Line, kind: Kind) -> bool:
    if kind not in (Kind.SHORT, Kind.PROSE) or line.in_list:
        return False
    if not 3 <= line.words <= 35 or len(line.text) > 300 or is_page_furniture(line.text):
        return False
    if has_date(line.text) or is_widget(line) or STAMP.search(line.text) or is_counter(line):
        return False
    if _is_doubled(line.text) or LOWER_START.match(line.text) or _is_tag_list(line.text):
        return False
    return not line.text.endswith((".", ",", ";", ":", "。", "，")) or line.text.endswith("...")


def has_date(text: str) -> bool:
    # A dump runs a date's year into the figure after it ("April 10, 20233 min",
    # "1. November 20231. November 2023"); East Asian dates write the units.
    return bool(find_date_in(text) or _GLUED_YEAR.search(text) and find_date_in(_GLUED_YEAR.sub(r"\1 ", text)))


_GLUED_YEAR = re.compile(r"((?:19|20)\d\d)(?=\d)")


# A time stamp the date finder does not read as a date ("15:44 Uhr", "Kyle Lee
# 7 hours", "Published 3 seconds ago", "Ann Roe | Updated ..."): the dateline
# of the story, not its headline.
STAMP = re.compile(
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
LOWER_START = re.compile(r"^(?:[a-zß-ÿ][a-zß-ÿ]*[\s,.;:]|&\s)")


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


def is_counter(line: Line) -> bool:
    return line.words <= 6 and sum(1 for word in line.text.split() if _NUMBER.fullmatch(word)) >= 2


def is_widget_line(line: Line) -> bool:
    """A widget's short label: "Share this", "Listen to the story", "Sign in"."""
    return line.words <= _WIDGET_MAX_WORDS and bool(WIDGET.search(line.text))


def is_widget(line: Line) -> bool:
    if line.words <= _WIDGET_MAX_WORDS:
        return bool(WIDGET.search(line.text))
    return bool(_WIDGET_ANY_LENGTH.search(line.text))


def is_title_candidate(line: Line, kind: Kind) -> bool:
    # A list of names is a byline without "By", whatever its shape.
    return is_headline_shape(line, kind) and not name_list(line.text) and not is_names_only(line)


# "Chris Lee-Park", "Ann Lee og Bo Park", "Columnist: Ann Lee": the writer's
# line under a headline, in any language's "and".
_NAMES_JOIN = re.compile(r"\s*(?:,|&|\||/|\b(?:and|und|et|y|og|och|en|e|i|és|и)\b)\s*")


_ROLE_COLON = re.compile(r"^[\w*]+(?:\s[\w*]+)?:\s*")


_AGENCY_ABBREVIATION = re.compile(r"[A-Z]{2,5}")


def is_names_only(line: Line) -> bool:
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


def fold_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
