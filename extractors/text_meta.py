"""Headline, byline, date and publisher as a text dump states them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text_datelines import DATE_LINE_WORDS, find_date_lines, nearest_date
from .text_dates import find_date_in, find_date_span, slash_order
from .text_kinds import DATELINE as _DATELINE_START
from .text_kinds import Kind, is_headline_case, is_sentence
from .text_lines import Line

# "By Jane Doe and John Roe", "by Sam Example", "Jana Beispiel By Jana Beispiel Harbour News"
_BYLINE = re.compile(
    r"(?:^|[\s\]])(?:(?:by|von|par|por|door|di)\s*:?\s+(?=[A-Z\u00C0-\u024F]|\[)|(?-i:[Bb]y|von)(?=[A-Z][a-z.]))"
    r"(.+)$",
    re.I,
)
# Words that end a byline's names: roles, outlets, dates glued on by the dump
# ("By Jana BeispielStaff Writer", "by Sam Example Feb. 3, 2024").
_ROLE = (
    r"(?:Staff|Senior|Chief|Special|Contributing|Political|Foreign|Deputy|Associate|Executive)?\s*"
    r"(?:Writer|Reporter|Editor|Correspondent|Columnist|Contributor|Reporters|Writers|Editors|Staff)"
)
_GLUED_ROLE = re.compile(r"(?<=[a-z])(?=" + _ROLE.replace(r"\s*", r"\s?") + r"\b)")
_NAME_STOP = re.compile(
    r"\s*(?:\||·|•|—|–| - |;|\bEditing\b|\bPublished\b|\bUpdated\b|\bPosted\b|\bon\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b\d{4}-\d\d-\d\d|\b\d{1,2}[:/.]\d\d|\b" + _ROLE + r"\b|\b[A-Z][\w&]*\s+News\b|\b[Ff]or\s+(?:the\s+)?[A-Z]).*$"
)
# Words of sections, desks and outlets that a name-shaped line may hold
# ("Real Estate", "Current Issue", "The Associated Press"): not a person.
_NOT_NAME_WORDS = frozenset(
    """the news press associated issue current related topics topic images image getty estate
    real preview culture spring summer autumn winter magazine media staff editorial board team
    desk politics business sports sport opinion world video live updates latest more top stories
    story photo photos contributor contributors reuters wire service services cover edition
    newsletter newsletters podcast podcasts author authors writer reporter editor analysis
    review reviews features feature section home menu search share follow key points takeaways
    highlights headlines sign log read reads explainer interview
    aktuell aktuelle aktuelles meldung meldungen kategorie kategorien redaktion multimedia nachrichten
    deutsche deutscher deutschen bundesverband actualidad noticias actualité actualités notizie
    teilen drucken tweeten tweet partilhar compartir partager condividi print kommentar kommentare comment comments
    content paid reading time blog theme themes guide recipes rezepte illustration google scholar pubmed
    logo shop menü suche""".split()
)
# Endings of nouns and adjectives that section names, topics and outlets use, no given or family
# name ("Aktuelle Meldung", "Wissenschaft Atmosphäre", "Digital Transformation", "Harbour Zeitung").
_NOT_NAME_ENDING = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|tät|ismus|logie|ische|ischer|ischen|liche|licher|lichen|tion|tions|ness"
    r"|magazin|magazine|zeitung|verlag|blatt|medien)$",
    re.I
)


def _is_plain_name(name: str) -> bool:
    """A name read without a "By" before it: no word of a section's or topic's shape."""
    return not any(_NOT_NAME_ENDING.search(t) for t in name.split())

# "Ann Lee, Bo Park and Cy Diaz", "Ann Lee og Bo Park", "Ann Lee / Bo Park".
_NAME_SPLIT = re.compile(r"\s*(?:[,&/]|\b(?:and|und|et|y|e|og|och|en|i|и)\b)\s*")
# Without "By", only the plainest joins: menus and captions join their items with "&", "/" and "und" too.
_NAME_LIST_SPLIT = re.compile(r"\s*,\s*|\s+and\s+")
_NAME_SERIES_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|und|&|y|et|e|og|och|en|i)\s+")
_NAME_END_WORDS = frozenset("On Am Vom Le El Il".split())
_PICTURE_WORDS = frozenset("avatar headshot profilbild autorenbild".split())
_BYLINE_WORDS = frozenset("by von par por door di av af".split())
_PARTICLES = frozenset("de da del der van von la le di du bin al el dos".split())
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[A-Z]\.)$")
# A lower-case word glued to a capital after it: "MillsPublished", "DevereauxRyan"
# (not "McDonald", "DeSantis", "MacKenzie": three lower-case letters at least).
_GLUED_WORD = re.compile(r"(?<=[a-zß-ÿ]{3})(?=[A-Z][a-z])")
# What pages print after a writer's name: a follow button, a comment count
# ("Ann Lee Follow", "Ann Lee 0", "Ann Lee (Enviado especial)", "Ann Lee Published 3 hours ago").
_NAME_TAIL = re.compile(
    r"\s*(?:\(.*|\b(?:follow|twitter|linkedin|instagram|facebook|e-?mail|image|profile|tips"
    r"|published|updated|posted|veröffentlicht|aktualisiert|erstellt|geändert|zuletzt|publié|publicado|pubblicato"
    r"|publisert"
    r"|publicerad|stand"
    r"|last\s+(?:updated|modified))\b.*|(?<=[a-zß-ÿ])vor\s+\d.*)$",
    re.I,
)
# A job title after the name, in any case and language ("Ann Lee Parliamentary editor",
# "Ann Lee Landespolitische Korrespondentin", "Ann Lee Deputy Content Hub Director").
_ROLE_WORD = re.compile(
    r"(?:writer|reporter|editor|correspondent|columnist|contributor|journalist|director|producer|redakteur"
    r"|redakteurin|korrespondent|korrespondentin|journalistin|redaktor|redaktorka|redactor|redactora|periodista"
    r"|journaliste|rédacteur|rédactrice|correspondant|correspondante|giornalista|corrispondente|reporterin"
    r"|autor|autorin|redaktør|journalisti|toimittaja|dziennikarz|dziennikarka)s?[.,:]?",
    re.I,
)


def _without_role(tokens: list[str]) -> list[str]:
    """The name before a job title: the word just before the title is the title's
    own ("Parliamentary editor") unless only the name would be left."""
    for k, token in enumerate(tokens):
        if k >= 2 and _ROLE_WORD.fullmatch(token):
            return tokens[:k] if k == 2 else tokens[: k - 1] if k == 3 else tokens[:2]
    return tokens


_SELF_DESCRIPTION = re.compile(
    r"^(?P<name>(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}),?(?: [^,]{3,100},)? (?:is|are) "
    r"(?:(?:committed|dedicated) to\b|(?:an?|the|one of the) (?:[a-z][\w'’-]* ){0,4}"
    r"(?:news|media|publication|newspaper|magazine|organi[sz]ation|provider|publisher|outlet|agency|newsroom)s?\b)"
)
_COPYRIGHT = re.compile(
    r"(?:(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*"
    r"(?P<name>[A-Z][\w&'’-]*(?:\.[A-Za-z]+)?(?: (?:[A-Z][\w&'’-]*|of|and|&|the))*)"
)
_COMPANY_TAIL = re.compile(r"[\s,.]+(?:Ltd|LLC|Inc|Limited|Corp|Co|GmbH|plc|Group|All|Rights)\.?$", re.I)
_ABOUT_WRITER = re.compile(r"^about (?:the|this) (?:author|writer|reporter|journalist)s?$", re.I)
# "Based in ..., Tom O'Connor is an award-winning Senior Writer": the name before "is a".
_BIO_NAME = re.compile(
    r"(?:^|[,.;]\s+|\s)((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+) (?:is|was|has been|covers|writes|reports|joined)\b"
)


@dataclass
class Header:
    """Where the top of the story says who, when and what."""

    title: str | None = None
    title_index: int | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    used: set[int] = field(default_factory=set)  # header lines that are not the story
    title_lines: list[int] = field(default_factory=list)  # when the title spans lines of copied text
    title_in_story: bool = False  # the title lines are also kept as the story's first paragraphs
    date_index: int | None = None  # the line the date was read from


def clean_name(name: str) -> str | None:
    name = _GLUED_ROLE.sub(" ", name)
    # "Jen MillsPublished", "Ann LeeAnn Lee": a field the dump ran into the name.
    name = _GLUED_WORD.sub(" ", name)
    name = _NAME_STOP.sub("", name)
    whole = name.split()
    name = _NAME_TAIL.sub("", name).strip(" ,.;:-")
    tokens = _without_role(name.split())
    while tokens and tokens[0].casefold() in _PICTURE_WORDS:  # "Avatar Ann Lee": the writer's picture
        tokens = tokens[1:]
    if tokens and tokens[0].casefold() in _BYLINE_WORDS:  # "Par Ann Lee" on a line of its own
        tokens = tokens[1:]
    for k in range(2, len(tokens)):
        if tokens[k].casefold() in _BYLINE_WORDS:  # "Ann LeeBy Ann Lee": the name, then its byline
            tokens = tokens[:k]
            break
    for k in range(2, len(tokens)):
        # An outlet's call sign after the name: "Ann Lee KTRK".
        if tokens[k].isupper() and len(tokens[k]) > 1 and not all(t.isupper() for t in tokens[:k]):
            tokens = tokens[:k]
            break
    while tokens and tokens[-1] in _PARTICLES | _NAME_END_WORDS:  # "Par Ann Lee le 4 mars", "By Ann Lee On"
        tokens.pop()
    if tokens and tokens[0] in _PARTICLES:  # "der Pressekonferenz"
        return None
    if tokens:
        tokens[-1] = tokens[-1].rstrip("0123456789")  # a count run into the name: "Ann Lee13"
    if len(tokens) < len(whole) and len(tokens) > 3:  # a cut tail leaves a short name or nothing
        return None
    name = " ".join(tokens)
    half = len(tokens) // 2
    if len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:  # the name printed twice
        tokens = tokens[:half]
        name = " ".join(tokens)
    if not 2 <= len(tokens) <= 5 or not all(_is_name_token(t) for t in tokens):
        return None
    if any(t.lower().strip(".") in _NOT_NAME_WORDS or t.endswith(("'s", "’s")) for t in tokens):
        return None
    if name.isupper():  # "JANA BEISPIEL", "TOM O'CONNOR"
        name = re.sub(r"[^\W\d_][^\W\d_'’]*", lambda m: _title_word(m.group(0)), name)
    return name


def _is_name_token(token: str) -> bool:
    return bool(_NAME_TOKEN.match(token)) and (token[0].isupper() or token in _PARTICLES)


def _title_word(word: str) -> str:
    # O'CONNOR -> O'Connor, MCDONALD stays Mcdonald (no safe rule for Mc).
    return re.sub(r"(?<=['’])\w", lambda m: m.group(0).upper(), word.capitalize())


_LOWER_WORD = re.compile(r"(?:^|\s)[a-z]")
# "Autor: Ann Lee", "Autorin/Autor Ann Lee", "Text: Ann Lee", "Author: Ann Lee".
_BYLINE_LABEL = re.compile(
    r"^\W*(?:autor(?:in|en)?(?:/autor(?:in)?)?|author|auteur|text|texte|interview|redacción|written|posted)\b\s*:?\s*"
    r"|^\W*(?:redaktion|reporting)\s*:\s*",
    re.I,
)
_LABELLED = re.compile(r"^\W*\w+(?:/\w+)?\s*:?\s*(?=[A-Z\u00C0-\u024F])(.+)$")


def _without_date(text: str) -> str:
    """A byline's lead-in without its date and the date's labels."""
    found = find_date_span(text)
    if found:
        text = text[: found[1]] + " " + text[found[2]:]
    return " ".join(w for w in text.split() if w.casefold() not in DATE_LINE_WORDS)
_LOWER_TAIL = re.compile(
    r"\s+(?!(?:" + "|".join(sorted(_PARTICLES)) + r"|and|und|et|y|e|og|och|i)\s)[a-zß-ÿ][\w'’.-]*(?:\s.*)?$"
)


def names_in_byline(text: str) -> list[str]:
    label = _BYLINE_LABEL.match(text)
    match = _BYLINE.search(text, label.end() - 1 if label else 0)
    if label and not match:
        match = _LABELLED.match(text, label.start())
    # "by" opens a byline, or follows only the writer's name ("Ann Lee By Ann Lee")
    # or the date ("4. März 2024 von Ann Lee", "Published on 4 March 2024 by Ann Lee");
    # inside a sentence it is not one ("Watch the video by Bo Park.").
    lead = text[: match.start()] if match else ""
    if not match or _LOWER_WORD.search(_without_date(lead)) or _MEDIA_CREDIT.search(lead):
        return _handle_in_byline(text)
    rest = _IMAGE_LABEL.sub("", match.group(1))  # "Von [ann-lee] Ann Lee"
    rest = _EMAIL.sub("", rest)  # "Por Ann Lee alee@example.com"
    found = find_date_span(rest)
    if found:  # "von Ann Lee 4. März 2024"
        rest = rest[: found[1]]
    rest = _GLUED_ROLE.sub(" ", rest)
    rest = _NAME_STOP.sub("", rest)
    # What follows the names is no name: "By Ann Lee with AP", "Von Ann Lee mit dpa", "By Ann Lee KTRK logo".
    rest = _LOWER_TAIL.sub("", rest)
    names: list[str] = []
    for part in _NAME_SPLIT.split(rest):
        name = clean_name(part)
        if name and name not in names:
            names.append(name)
    return names or _handle_in_byline(text)


# "Photo by Ann Lee on Unsplash", "Foto von Ann Lee", "Video von Ann Lee": a picture's maker, not the writer.
_MEDIA_CREDIT = re.compile(
    r"\b(?:photo|photos|foto|fotos|bild|bilder|image|images|picture|video|videos|illustration|grafik|graphic|credit)$",
    re.I,
)


_EMAIL = re.compile(r"\S+@\S+")
_HANDLE_LABELS = frozenset("geschrieben publiziert erstellt gespeichert eingestellt verfasst written".split())
_OPENS_BYLINE = re.compile(r"^(?:post author\s+)?(?:by|von|par|por|door|autor|autorin|author)\b", re.I)


# A blog's byline with the writer's one-word name or handle beside the date:
# "4. März 2024 von annlee", "Posted on 4 March 2024 by Ann", "von Ann · 4. März 2024".
_HANDLE_BYLINE = re.compile(
    r"(?:^|[\s\]·|•])(?i:by|von|par|por|door)\s+([^\W\d_][\w.-]{1,29})"
    r"(?=\s*$|\s*[·|•,;/–—]|\s+-\s|\s+(?:am|on|le|el|il|in|um|at)\s|\s+\d)"
)
# Desks and agencies, which a one-word byline often names: not a person.
_NOT_HANDLES = frozenset(
    """admin redaktion redaction rédaction redacción redazione redactie staff team editor editors newsdesk
    reuters ap afp dpa apa sda kna epd efe epa ansa upi xinhua tass pa ani ians pti kyodo yonhap agencies
    agenturen agencias agences press presse""".split()
)


def _handle_in_byline(text: str) -> list[str]:
    if not find_date_span(text):
        return []
    match = _HANDLE_BYLINE.search(text)
    lead = text[: match.start()] if match else ""
    if not match or _LOWER_WORD.search(_without_date(lead)):
        return []
    # Right after a name "von" is the name's own ("Ann von Ritter 4. März 2024").
    before = lead.split()[-1:] if lead.strip() else []
    if before and before[0][:1].isupper() and before[0].casefold() not in DATE_LINE_WORDS | _HANDLE_LABELS:
        return []
    handle = match.group(1).rstrip(".")
    folded = handle.casefold()
    if folded in _NOT_HANDLES or folded in _NOT_NAME_WORDS or folded in DATE_LINE_WORDS:
        return []
    return [handle]


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
    + _ROLE + r"$",
    re.I,
)
# Widget words show a widget only in its short label ("Share this story"); a
# headline may use them ("Five CEOs share a secret").
_WIDGET_MAX_WORDS = 6
_WIDGET_ANY_LENGTH = re.compile(r"@\w|^by\s|\|$|\b" + _ROLE + r"$", re.I)
# A content system's field label printed before the headline: "Headline: Harbour keeps ...".
_HEADLINE_LABEL = re.compile(r"^(?:headline|überschrift)\s*:\s*", re.I)
_RELATIVE_TIME = re.compile(r"^\d+\s?(?:s|m|min|h|hr|d)\s?ago\s*", re.I)
_HEADER_REACH = 8  # how far into the story a byline or date may sit
_TITLE_REACH = 20  # how many non-furniture lines above the story a headline may sit


def _is_headline_shape(line: Line, kind: Kind) -> bool:
    if kind not in (Kind.SHORT, Kind.PROSE) or line.in_list:
        return False
    if not 3 <= line.words <= 35 or len(line.text) > 300 or _NOT_HEADLINE.search(line.text):
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
    """A post's tags or a picture's people: "Ferries, Islands, Winter Service"."""
    parts = text.split(",")
    if len(parts) < 3 or any(mark in text for mark in ":?!"):
        return False
    return all(1 <= len(part.split()) <= 3 and part.strip()[:1].isupper() for part in parts)


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


def _is_widget(line: Line) -> bool:
    if line.words <= _WIDGET_MAX_WORDS:
        return bool(_WIDGET.search(line.text))
    return bool(_WIDGET_ANY_LENGTH.search(line.text))


def _name_list(text: str) -> list[str]:
    """A line that is only names ("Ann Lee, Bo Park, Cy Diaz"): a byline without "By".
    After a comma the last name may be joined in the page's language ("Ann Lee, Bo Park
    & Cy Diaz", "Ann Lee, Bo Park y Cy Diaz")."""
    split = _NAME_LIST_SPLIT if "," not in text else _NAME_SERIES_SPLIT
    parts = [p for p in split.split(text) if p]
    names = [clean_name(p) for p in parts]
    if len(parts) >= 2 and all(n and _is_plain_name(n) for n in names):
        return [n for n in names if n]
    return []


def read_header(lines: list[Line], kinds: list[Kind], body_first: int, publisher: str | None = None) -> Header:
    header = Header()
    if publisher:
        # The site's own name on a line of its own is a masthead, not a headline.
        header.used.update(i for i, line in enumerate(lines) if line.text.casefold() == publisher.casefold())
    low = max(0, body_first - 40)
    high = min(len(lines), body_first + _HEADER_REACH)
    byline_at = None
    # A line that says "By" wins over a list of names higher up (a caption's "Ann Lee and Bo Park").
    readers_in_order = (
        (names_in_byline,),
        (_name_list, _names_before_date, _names_beside_date, _name_before_age, _pictured_writer),
    )
    for readers in readers_in_order:
        for i in range(low, high):
            line = lines[i]
            # A line opening with the day reads as a numbered item ("4. März 2024 • Ann Lee").
            # A list item may be a byline when it says so ("• Von Ann Lee", "• Post author By Ann Lee").
            says_so = readers[0] is names_in_byline and _OPENS_BYLINE.match(line.text)
            listed = line.in_list and not line.numbered and not says_so
            if line.words <= 16 and kinds[i] is not Kind.CAPTION and not listed:
                names = next((found for read in readers if (found := read(line.verbatim))), [])
                if names:
                    header.authors, byline_at = names, i
                    header.used.add(i)
                    break
        if header.authors:
            break
    if byline_at is None:
        for i in range(low, high):
            if _AGENCY_BYLINE.match(lines[i].text) and lines[i].words <= 6 and not lines[i].in_list:
                # "By The Associated Press": no person, but the byline all the same.
                byline_at = i
                header.used.add(i)
                break
    month_first = slash_order([line.text for line in lines[low:high]])
    near = byline_at if byline_at is not None else body_first
    picked = nearest_date(find_date_lines(lines, kinds, low, high, month_first), [near])
    date_at = None
    if picked is None:
        # Only a labelled date further off ("Veröffentlicht am 4. März 2024" under a long standfirst):
        # under the story's start it gives the date, but no mark of where the story starts.
        reach = _LABELLED_DATE_REACH
        wide = find_date_lines(lines, kinds, body_first - reach, body_first + reach, month_first)
        far = nearest_date([d for d in wide if d.published], [near])
        if far and far[0].index < body_first:
            picked = far  # over the story: its header, where the story finder started too low
        elif far:
            header.date, header.date_index = far[0].date, far[0].index
            if not _is_paragraph(lines[far[0].index], kinds[far[0].index]):
                header.used.add(far[0].index)
    if picked:
        header.date, header.date_index = picked[0].date, picked[0].index
        if not _is_paragraph(lines[picked[0].index], kinds[picked[0].index]):
            date_at = picked[0].index
            header.used.add(date_at)
    name_at = None
    story = _story_words(lines, kinds, body_first)
    if not header.authors and date_at is not None:
        name_at = _bare_name(lines, kinds, (date_at - 1, date_at + 1, date_at + 2), header, story)
    start = max([body_first] + [i for i in (byline_at, date_at) if i is not None])
    # The headline sits over the byline and date when they head the story.
    marks = [i for i in (byline_at, date_at, name_at) if i is not None and i <= body_first]
    _find_title(lines, kinds, start, min(marks) if marks else None, header)
    if header.title_index is not None:
        _date_by_title(lines, kinds, header, header.date_index, byline_at, month_first)
    if header.date is None:
        _lone_date(lines, kinds, header, body_first, month_first)
    if not header.authors and header.title_index is not None:
        _names_by_title(lines, kinds, header, story, _date_line(header, date_at))
    if not header.authors:
        header.authors = _dated_byline(lines, month_first) or _labelled_writer(lines) or _writer_from_link(lines)
    return header


_DATED_BYLINE_REACH = 3  # lines between a stray byline and its date
_DATED_BYLINE_WORDS = 8


def _dated_byline(lines: list[Line], month_first: bool) -> list[str]:
    """A "By Ann Lee" line with a date beside it anywhere on the page, when the story's
    header was not found by the story's start (a newsletter box or a video read as the story)."""
    for i, line in enumerate(lines):
        if line.words > _DATED_BYLINE_WORDS or not _OPENS_BYLINE.match(line.text):
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
    r"^\W*(?:autor(?:in|en)?|author|auteur|text|texte|posted by|written by|geschrieben von|verfasst von"
    r"|erstellt von|eingestellt von|escrito por|escribe)\b",
    re.I,
)
_WRITER_LABEL_WORDS = 12


def _labelled_writer(lines: list[Line]) -> list[str]:
    """The writer a labelled line anywhere on the page names, when no byline did."""
    for line in lines:
        if line.words <= _WRITER_LABEL_WORDS and _WRITER_LABEL.match(line.text):
            text = re.sub(r"^\W*escribe\s+", "By ", line.text, flags=re.I)
            names = names_in_byline(text)
            if names:
                return names
    return []


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


def _writer_from_link(lines: list[Line]) -> list[str]:
    """The writer a page's "More from ..." link names, when no byline did."""
    for line in lines:
        if line.words > _WRITER_LINK_WORDS:
            continue
        match = _WRITER_LINK.match(line.text)
        if match:
            rest = line.text[match.end():].strip(" »›>:")
            name = clean_name(rest)
            if name and _is_plain_name(name):
                return [name]
    return []


def _date_line(header: Header, date_at: int | None) -> int | None:
    """The line the header's date was read from (the headline's may have replaced the first)."""
    return header.date_index if header.date_index is not None else date_at


_NAME_OVER_TITLE = 6  # lines over the headline a writer's name may stand (a picture of the writer between)
_NAME_UNDER_TITLE = 12  # lines under it (standfirst, date, share buttons)
_NAME_JUST_UNDER = 4  # lines under the headline where a name line alone is the writer's
_NAME_BY_DATE = 3  # lines from the date a writer's name may stand
_CO_WRITER_REACH = 4  # lines under one name line where the next writer's may stand
_SUBJECT_PARAGRAPHS = 8  # story paragraphs read to tell the story's people from its writers


def _names_by_title(lines: list[Line], kinds: list[Kind], header: Header, story: set[str], date_at: int | None) -> None:
    """Writers' names on lines of their own just under the headline or by the date,
    nearest the headline first: "Ann Lee" under it, "[photo] Ann Lee Redakteurin" over
    the date. A name the story talks about is its subject ("Ann Lee" over her
    picture), not its writer."""
    t = header.title_index
    assert t is not None
    story = story | set(_fold_words(header.title or ""))
    near = set(range(t + 1, t + _NAME_JUST_UNDER + 1))
    if date_at is not None:
        near.update(range(date_at - _NAME_BY_DATE, date_at + _NAME_BY_DATE + 1))
    places = range(max(0, t - _NAME_OVER_TITLE), min(len(lines), t + _NAME_UNDER_TITLE + 1))
    for j in sorted(places, key=lambda k: (abs(k - t) + (0.5 if k < t else 0.0), k)):
        if j == t or j in header.used:
            continue
        name = _name_line(lines[j], kinds[j])
        if not name or _fold_words(name)[-1] in story or _over_picture(lines, kinds, j, name):
            continue
        if j not in near:
            continue
        names, used = [name], [j]
        for k in range(j + 1, min(len(lines), j + 1 + _CO_WRITER_REACH)):
            if kinds[k] is Kind.PROSE:
                break
            other = _name_line(lines[k], kinds[k])
            if other and k not in header.used and _fold_words(other)[-1] not in story:
                if other not in names:
                    names.append(other)
                used.append(k)
        header.authors = names
        header.used.update(used)
        return


_SENTENCE_END = re.compile(r"\w{2}\.$")  # not an initial ("Ann Lee C.")
# An image's label the dump prints before the name ("[ann-lee] Ann Lee").
_IMAGE_LABEL = re.compile(r"^(?:\[[^\]]*\]\s*)+")


def _name_line(line: Line, kind: Kind) -> str | None:
    """The name a line holds and nothing else but a role or a handle."""
    if kind in (Kind.CAPTION, Kind.PROSE, Kind.PHOTO_ID) or line.words > 6:
        return None
    if line.marker in ("-", "–", "—") or _SENTENCE_END.search(line.text):  # "- Ann Lee." signs a reader's quote
        return None
    text = _IMAGE_LABEL.sub("", line.text).split("@", 1)[0]
    text = re.sub(r"^(?:by|von|par|por|door|di)\s*:?\s+", "", text, flags=re.I)
    name = clean_name(text)
    if not name or not _is_plain_name(name) or name.split()[0].casefold() in _NOT_FIRST_NAME:
        return None
    return name


# Words that open menu items, labels and buttons, never a person's name
# ("Unsere Tiere", "Meine Geschichte", "Mehr lesen", "Privacy Policy", "View all").
_NOT_FIRST_NAME = frozenset(
    """unsere unser meine mein andere anderer die der das dem den des ein eine neuer neue neues mehr in im zur zum
    alle weitere viele über für mit jetzt zitat symbolbild startseite kommende ehemalige verwandte vorherige
    nächster nächste letzte erste beste our your my all view last new next previous recent privacy
    whats join more about terms contact cookie cookies los las el la le les mis nuestra nuestro
    otras otros más suscríbete iniciar inicio continua leia mais veja entrevista redacción redaktion
    internationale nationale""".split()
)


def _over_picture(lines: list[Line], kinds: list[Kind], j: int, name: str) -> bool:
    """A name over a picture's caption or credit (printed once or twice) is the picture's subject."""
    for k in (j + 1, j + 2):
        if k < len(lines) and kinds[k] in (Kind.CAPTION, Kind.PHOTO_ID):
            return True
        if k < len(lines) and lines[k].text.startswith(name + ".") and lines[k].words > len(name.split()):
            return True  # "Ann Lee" over "Ann Lee. Photographer: ...", a picture's caption
        if k < len(lines) and clean_name(lines[k].text) != name:
            return False
    return False


def _story_words(lines: list[Line], kinds: list[Kind], body_first: int) -> set[str]:
    words: set[str] = set()
    seen = 0
    for k in range(body_first, len(lines)):
        if kinds[k] is Kind.PROSE:
            words.update(_fold_words(lines[k].text))
            seen += 1
            if seen >= _SUBJECT_PARAGRAPHS:
                break
    return words


def _fold_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


_LABELLED_DATE_REACH = 60  # lines from the story's start a date labelled "Published" may stand
_DATE_OVER_TITLE = 20  # lines over the headline a date may stand (a kicker, a section, a picture between)
_DATE_UNDER_TITLE = 25  # lines under it (standfirst, byline, share buttons, a picture and its caption)


def _date_by_title(
    lines: list[Line], kinds: list[Kind], header: Header, date_at: int | None, byline_at: int | None, month_first: bool
) -> None:
    """The date nearest the headline and byline, when nearer than the one found
    by the story's start: a page prints the story's date beside its headline,
    and other dates (related stories, pictures, comments) further off."""
    t = header.title_index
    assert t is not None
    anchors = [t] + ([byline_at] if byline_at is not None else [])
    dated = find_date_lines(lines, kinds, t - _DATE_OVER_TITLE, t + _DATE_UNDER_TITLE, month_first)
    picked = nearest_date([d for d in dated if d.index not in header.used or d.index == date_at], anchors)
    if picked is None or picked[0].index == date_at:
        return
    if date_at is not None:
        current = nearest_date([d for d in dated if d.index == date_at], anchors)
        if current is not None and current[1] <= picked[1]:
            return
        header.used.discard(date_at)
    header.date = picked[0].date
    header.date_index = picked[0].index
    if not _is_paragraph(lines[picked[0].index], kinds[picked[0].index]):
        header.used.add(picked[0].index)


_LONE_DATE_WORDS = 8  # a line that is a date and its labels, not a sentence or a list of links


def _lone_date(lines: list[Line], kinds: list[Kind], header: Header, body_first: int, month_first: bool) -> None:
    """When nothing near the headline or the story's start is dated, the nearest line
    anywhere that is only a date: pages whose story the dump breaks up (scripts that
    do not split words with spaces, a story among long menus) still print it once."""
    anchor = header.title_index if header.title_index is not None else body_first
    dated = [
        d for d in find_date_lines(lines, kinds, 0, len(lines), month_first)
        if not (d.related or d.updated) and kinds[d.index] is not Kind.JUNK and lines[d.index].words <= _LONE_DATE_WORDS
    ]
    picked = nearest_date(dated, [anchor])
    if picked:
        header.date, header.date_index = picked[0].date, picked[0].index
        header.used.add(picked[0].index)


def _is_paragraph(line: Line, kind: Kind) -> bool:
    """A story paragraph that opens with its date ("01.02.2022 – The harbour ..."): it stays in the body."""
    if kind is not Kind.PROSE:
        return False
    found = find_date_span(line.verbatim)
    return found is None or len(line.verbatim[found[2]:].split()) >= _PARAGRAPH_WORDS


_PARAGRAPH_WORDS = 6  # words after the date that make a sentence of the story, not a label


_AGENCY_BYLINE = re.compile(r"^by\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}$", re.I)


def _names_before_date(text: str) -> list[str]:
    """Names on the line of the date, roles between them: "Jane Roe, Chief
    Reporter and Bo Park 2 March 2024 • 8:15pm", "Ann Lee2 March 2024 22:17"."""
    found = find_date_span(text)
    if not found or found[1] == 0:
        return []
    head = text[: found[1]].strip(" ,|·•-–—")
    names: list[str] = []
    for part in _NAME_SPLIT.split(_GLUED_ROLE.sub(" ", head)):
        part = part.strip()
        if not part or _ROLE_ONLY.match(part):
            continue
        name = clean_name(part)
        if not name or not _is_plain_name(name):
            return []
        names.append(name)
    return names


# A name and how long ago the story went up or how long it takes to read: "Ann Lee2 minutes
# ago", "Ann Lee | Published 4 months ago", "Ann Lee 3 min read", "Ann Lee 7 hours".
_AGE_AFTER_NAME = re.compile(
    r"^(?P<name>[^|·•\d]+?)\s*(?:[|·•]\s*)?(?:(?:published|updated|posted|publicado|publié|veröffentlicht)\b"
    r"|\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|stunden|minuten|tagen?)\b)",
    re.I,
)


def _name_before_age(text: str) -> list[str]:
    match = _AGE_AFTER_NAME.match(text)
    name = clean_name(match.group("name")) if match else None
    return [name] if name and _is_plain_name(name) else []


# The writer's picture, labelled: "Headshot of Ann Lee", "Profilbild von Ann Lee", "Bild av Ann Lee".
_WRITER_PICTURE = re.compile(
    r"^(?:headshot|author photo|avatar|profile picture(?: for user)?|profile photo|profilbild|autorenbild"
    r"|benutzerbild|bild des benutzers|bild|bilde|foto)"
    r"\s+(?:of|von|av|af|de|for user)?\s*(?P<name>.+)$",
    re.I,
)


def _pictured_writer(text: str) -> list[str]:
    match = _WRITER_PICTURE.match(text)
    if not match or (match.group(0).split()[0].casefold() in ("bild", "bilde", "foto") and " av " not in text):
        return []
    name = clean_name(match.group("name"))
    return [name] if name and _is_plain_name(name) else []


# The fields of a line that holds a date, a name and more ("Ann Lee / 4.3.2024 / 09:15",
# "4. März 2024 • Ann Lee • 3 Minuten", "4 March 2024 | 14:08 | von Ann Lee").
_FIELD = re.compile(r"\s*(?:[|·•∙/,]|\s[-–—]\s)\s*")
_TIME_FIELD = re.compile(r"^(?:\W*(?:\d{1,2}[:.h]\d\d|\d+|[^\W\d_]+\.?)\W*)*$")


_OUTLET_FIELD = re.compile(r"^[A-Z0-9 .&-]{2,}$|(?i:\.(?:com|net|org|de|at|ch|co\.uk|in))$")


def _is_time_field(text: str) -> bool:
    """A time and its labels: "um 15:46 Uhr", "14:08"."""
    words = text.split()
    return bool(_TIME_FIELD.match(text)) and all(w.casefold() in DATE_LINE_WORDS or w[0].isdigit() for w in words)


def _names_beside_date(text: str) -> list[str]:
    """A writer's name in a field of its own just before or after the date."""
    found = find_date_span(text)
    if not found:
        return []
    before = [f for f in _FIELD.split(text[: found[1]]) if f.strip()]
    after = [f for f in _FIELD.split(text[found[2]:]) if f.strip()]
    # Past the time and its labels ("um 15:46 Uhr") to the first other field.
    after = [f for f in after if not _is_time_field(f)]
    # An outlet's name may stand between the name and the date ("Ann Lee / EXAMPLE.COM / 4 March 2024").
    if len(before) >= 2 and _OUTLET_FIELD.search(before[-1]):
        before = before[:-1]
    for part in (before[-1:] + after[:1]):
        part = re.sub(r"^(?:by|von|par|por|door|di|de)\s+", "", part.strip(), flags=re.I)
        name = clean_name(part)
        if name and len(part.split()) <= 4 and _is_plain_name(name):
            return [name]
    return []


_ROLE_ONLY = re.compile(r"^(?:[A-Z][\w-]*\s+){0,3}" + _ROLE + r"$")


def _bare_name(
    lines: list[Line], kinds: list[Kind], places: tuple[int, ...], header: Header, story: set[str]
) -> int | None:
    """A line holding only a person's name beside the date, who is not one the story is about."""
    for j in places:
        if 0 <= j < len(lines) and j not in header.used and not lines[j].in_list:
            name = _name_line(lines[j], kinds[j])
            if name and _fold_words(name)[-1] not in story and not _over_picture(lines, kinds, j, name):
                # Co-writers stand on the lines right over and under ("Ann Lee" / "Bo Park" / date).
                run = [j]
                for step in (-1, 1):
                    k = j + step
                    while 0 <= k < len(lines) and len(run) < _CO_WRITER_REACH and k not in header.used:
                        other = _name_line(lines[k], kinds[k])
                        if not other or _fold_words(other)[-1] in story:
                            break
                        run.append(k)
                        k += step
                run.sort()
                header.authors = list(dict.fromkeys(n for k in run if (n := _name_line(lines[k], kinds[k]))))
                header.used.update(run)
                return j
    return None


def _find_title(lines: list[Line], kinds: list[Kind], start: int, mark: int | None, header: Header) -> None:
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
            pick = echoed if echoed is not None else pick
    crumb = _trail_end_over(lines, pick)
    text = lines[crumb].text if crumb is not None else _plain_copy(lines, pick)
    header.title = _HEADLINE_LABEL.sub("", _RELATIVE_TIME.sub("", text)) or None
    header.title_index = pick
    header.used.add(pick)


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
    if crumb.words > _TRAIL_END_MAX_WORDS or _NOT_HEADLINE.search(crumb.text) or _has_date(crumb.text) or _is_widget(crumb):
        return None
    words = {w for w in _fold(crumb.text).split() if len(w) >= 4}
    shared = words & {w for w in _fold(lines[pick].text).split() if len(w) >= 4}
    return j if words and 2 * len(shared) >= len(words) and _fold(crumb.text) != _fold(lines[pick].text) else None


_TRAIL_END_MAX_WORDS = 20


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
    return best


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
    """Up to two headline-shaped lines, nearest first, going up from ``start``."""
    candidates: list[int] = []
    reach = 0
    for i in range(min(start, len(lines) - 1), -1, -1):
        if i in header.used or kinds[i] is Kind.JUNK:
            continue
        reach += 1
        if reach > reach_max or len(candidates) == 2:
            break
        if _is_picture_text(lines, kinds, i):
            continue
        if _is_title_candidate(lines[i], kinds[i]) and i < start or (
            include_start and i == start and kinds[i] is Kind.SHORT and _is_title_candidate(lines[i], kinds[i])
        ):
            candidates.append(i)
    return candidates


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
        if not line.text[:1].isupper() or _is_widget(line) or _NOT_HEADLINE.search(line.text):
            return None
        return i if not line.text.endswith((".", ",", ";", ":", "…")) else None
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
            return i
    return None


_STANDFIRST_REACH = 8


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
    return (
        by_byline and adjacent and standfirst and lines[upper].alone and lines[pick].alone
        and lines[upper].words >= 4 and not quoted and not _is_trail(lines[upper].text, lines[pick].text)
    )


# "Home » News » Harbour board keeps ferries", "« Last week's post", "← Older":
# a breadcrumb trail or a link to the next or last post.
_TRAIL = re.compile(r"\s[»›>/|]\s|^[«‹←→<]")


def _is_trail(upper: str, lower: str) -> bool:
    return bool(_TRAIL.search(upper)) or _fold(lower) in _fold(upper)


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
    return _is_headline_shape(line, kind) and not _name_list(line.text) and not _is_names_only(line)


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
        if _NOT_HEADLINE.search(line.text) or _DATELINE_START.match(line.text):
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


def find_publisher(lines: list[Line]) -> str | None:
    """The name the text gives itself: a self-description, else a copyright line."""
    for line in lines:
        match = _SELF_DESCRIPTION.match(line.text)
        if match:
            return match.group("name")
    for line in reversed(lines):
        match = _COPYRIGHT.search(line.text)
        if match:
            name = _COMPANY_TAIL.sub("", match.group("name").strip(" .,")).strip(" .,")
            if 2 <= len(name) <= 60 and not name.lower().startswith(("all", "by ")):
                return name
    return None


def is_self_description(text: str) -> bool:
    """"Newsweek is committed to ...", "Example Media, the news division of
    Example Group, is the largest ...": the publisher's blurb."""
    return bool(_SELF_DESCRIPTION.match(text))


def writer_from_bio(lines: list[Line]) -> tuple[str | None, list[int]]:
    """Under an "About the writer" heading, the name its bio gives; and the lines used."""
    for i, line in enumerate(lines):
        if _ABOUT_WRITER.match(line.text.strip(" :")) and i + 1 < len(lines):
            bio = lines[i + 1]
            match = _BIO_NAME.search(bio.text)
            name = clean_name(match.group(1)) if match else None
            return name, [i, i + 1]
    return None, []


def is_about_writer(text: str, authors: list[str]) -> bool:
    """A writer's name line or bio under the story ("JANE DOE", "Jane Doe covers
    schools for the Courier.", "Beispiel writes about ... ferries")."""
    folded = text.casefold().strip(" .:")
    for author in authors:
        name = author.casefold()
        surname = name.split()[-1]
        if folded == name:
            return True
        for start in (name, surname):
            if folded.startswith(start + " ") or folded.startswith(start + ","):
                rest = text[len(start):].lstrip(" ,")
                if rest[:1].islower():
                    return True
    return False
