"""Writers' names as a text dump prints them: a name cleaned of what pages run
into it, the names of a byline or of a list, the writer a bio names."""
from __future__ import annotations

import re

from .text_datelines import DATE_LINE_WORDS
from .text_dates import find_date_span
from .text_lines import Line

# "By Jane Doe and John Roe", "by Sam Example", "Jana Beispiel By Jana Beispiel Harbour News"
_BYLINE = re.compile(
    r"(?:^|[\s\]])(?:(?:by|von|par|por|door|di)\s*:?\s+(?-i:(?=[A-Z\u00C0-\u024F]|\[))|(?-i:[Bb]y|von)(?=[A-Z][a-z.]))"
    r"(.+)$",
    re.I,
)


# Words that end a byline's names: roles, outlets, dates glued on by the dump
# ("By Jana BeispielStaff Writer", "by Sam Example Feb. 3, 2024").
ROLE = (
    r"(?:Staff|Senior|Chief|Special|Contributing|Political|Foreign|Deputy|Associate|Executive|News)?\s*"
    r"(?:Writer|Reporter|Editor|Correspondent|Columnist|Contributor|Reporters|Writers|Editors|Staff)"
)


GLUED_ROLE = re.compile(r"(?<=[a-z])(?=" + ROLE.replace(r"\s*", r"\s?") + r"\b)")


# Both patterns open with "\s*" and are tried at every position: "(?<!\s)" starts them only
# where a run of spaces starts (the same matches), or a line padded with long runs of spaces
# (a table drawn in text) costs the square of each run's length.
_NAME_STOP = re.compile(
    r"(?<!\s)\s*(?:\||·|•|—|–| - |;|\bEditing\b|\bPublished\b|\bUpdated\b|\bPosted\b|\bon\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b\d{4}-\d\d-\d\d|\b\d{1,2}[:/.]\d\d|\b" + ROLE + r"\b|\b[A-Z][\w&]*\s+News\b(?!\s*(?:Reporter|Editor|Writer|Correspondent))|\b[Ff]or\s+(?:the\s+)?[A-Z]).*$"
)


# A field of the post run into the name: "Ann LeeCategories Travel", "Ann Lee Last updated 2 May",
# "Ann Lee4 Kommentare" (searched only where its words or a digit are, to keep names quick to read).
_POST_FIELD = re.compile(r"(?:Categories|Category|Kategorien|Kategorie)\b.*$|\b[Ll]ast\s+[Uu]pdated\b.*$|(?<=[^\W\d_])\d+\s+[^\W\d_].*$")


def _without_stops(text: str) -> str:
    text = _NAME_STOP.sub("", text)
    if "ategor" in text or "pdated" in text or any(c.isdigit() for c in text):
        text = _POST_FIELD.sub("", text)
    return text


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
    license licence lizenz
    logo shop menü suche download pdf play deals anhören escucha vorschau kartenansicht themenstarter
    actualizado güncelleme moderator artikel galerie gallery ajansı agency agentur agencia agence agenzia
    presse times rundschau anzeiger kurier tagblatt zeitung spielfilm
    in of for to with using from at and und aus""".split()
)


# Endings of nouns and adjectives that section names, topics and outlets use, no given or family
# name ("Aktuelle Meldung", "Wissenschaft Atmosphäre", "Digital Transformation", "Harbour Zeitung").
_NOT_NAME_ENDING = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|tät|ismus|logie|ische|ischer|ischen|liche|licher|lichen|tion|tions|ness"
    r"|ship|magazin|magazine|zeitung|verlag|blatt|medien)$",
    re.I
)


def is_plain_name(name: str) -> bool:
    """A name read without a "By" before it: no word of a section's or topic's shape."""
    return not any(_NOT_NAME_ENDING.search(t) for t in name.split())


# "Ann Lee, Bo Park and Cy Diaz", "Ann Lee og Bo Park", "Ann Lee / Bo Park".
NAME_SPLIT = re.compile(r"\s*(?:[,&/]|\b(?:and|And|AND|und|et|y|e|og|och|en|i|и)\b)\s*")


# Without "By", only the plainest joins: menus and captions join their items with "&", "/" and "und" too.
_NAME_LIST_SPLIT = re.compile(r"\s*,\s*|\s+and\s+")


_NAME_SERIES_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|und|&|y|et|e|og|och|en|i)\s+")


# Sections a page links beside the writer's name ("Ann Lee Lifestyle", "Ann Lee Kultur").
_SECTION_TAIL = frozenset(
    """lifestyle kultur culture politik politics wirtschaft business sport sports news lokales panorama wissen
    technik digital reise travel gesundheit health international netzwerk""".split()
)


_ARTICLES = frozenset("The Die Das Le La Les Il Los Las El Het".split())


_NAME_END_WORDS = frozenset("On Am Vom Le El Il".split())


_PICTURE_WORDS = frozenset("avatar headshot profilbild autorenbild benutzerbild".split())


# An office or trade printed before the name ("Rechtsanwältin Ann Lee", "Bundespräsident Bo Park").
_OFFICE_WORDS = frozenset(
    """rechtsanwalt rechtsanwältin anwalt anwältin präsident präsidentin bundespräsident bundespräsidentin
    bürgermeister bürgermeisterin minister ministerin senator pfarrer pfarrerin themenstarter""".split()
)


_BYLINE_WORDS = frozenset("by von par por door di av af".split())


_PARTICLES = frozenset("de da del der van von la le di du bin al el dos".split())


_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[A-Z]\.)$")


# A lower-case word glued to a capital after it: "MillsPublished", "DevereauxRyan"
# (not "McDonald", "DeSantis", "MacKenzie": three lower-case letters at least).
_GLUED_WORD = re.compile(r"(?<=[a-zß-ÿ]{3})(?=[A-Z][a-z])")


# A link of capitals glued to the name's last word, and all after it: "Ann LeeRSS-Feed of her
# articles", "Ann LeeKQXB" (a feed or an outlet's letters; no name has three lower-case letters
# and then a word of capitals). Not a run of glued menu items ("Gadget ProPCTV4Kids").
_GLUED_CAPITALS = re.compile(r"(?<=[a-zß-ÿ]{3})[A-Z]{2,}(?![\w]).*$")


# A byline's word glued between two prints of the name: "Ann LeeByAnn Lee", "Ann LeePorAnn Lee".
_GLUED_BYLINE = re.compile(r"(?<=[a-zß-ÿ\s])(By|Von|Por|Par)(?=[A-Z][a-z])")


# What pages print after a writer's name: a follow button, a comment count
# ("Ann Lee Follow", "Ann Lee 0", "Ann Lee (Enviado especial)", "Ann Lee Published 3 hours ago").
_NAME_TAIL = re.compile(
    r"(?<!\s)\s*(?:\(.*|\b(?:follow|twitter|linkedin|instagram|facebook|e-?mail|image|profile|tips"
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


_ABOUT_WRITER = re.compile(r"^about (?:the|this) (?:author|writer|reporter|journalist)s?$", re.I)


# "Based in ..., Tom O'Connor is an award-winning Senior Writer": the name before "is a".
_BIO_NAME = re.compile(
    r"(?:^|[,.;]\s+|\s)((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+) (?:is|was|has been|covers|writes|reports|joined)\b"
)


_FOOTNOTE_MARK = re.compile(r"\^\S*")


def clean_name(name: str) -> str | None:
    name = GLUED_ROLE.sub(" ", name)
    name = _GLUED_CAPITALS.sub("", name)
    # "Kim MossPublished", "Ann LeeAnn Lee": a field the dump ran into the name.
    name = _GLUED_WORD.sub(" ", name)
    name = _GLUED_BYLINE.sub(r" \1 ", name)  # "Ann LeePorAnn Lee": the name, then its byline
    name = _without_stops(name)
    whole = name.split()
    # "Ann Lee^1,", "Ann Lee &": a footnote's mark or the join to the next writer of a listed byline.
    name = _NAME_TAIL.sub("", _FOOTNOTE_MARK.sub("", name)).strip(" ,.;:-&")
    tokens = _without_role(name.split())
    while tokens and tokens[0].casefold() in _PICTURE_WORDS:  # "Avatar Ann Lee": the writer's picture
        tokens = tokens[1:]
    if len(tokens) >= 3 and tokens[0].casefold() in _OFFICE_WORDS:  # "Rechtsanwalt Ann Lee": her office
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
    if len(tokens) >= 3 and tokens[-1].casefold() in _SECTION_TAIL:  # "Ann Lee Lifestyle": her desk's link
        tokens.pop()
    if len(tokens) >= 2 and tokens[-1].casefold() in _BYLINE_WORDS:  # "Collected By", "Ann Lee von": a label
        tokens.pop()
    while tokens and tokens[-1] in _PARTICLES | _NAME_END_WORDS:  # "Par Ann Lee le 4 mars", "By Ann Lee On"
        tokens.pop()
    if tokens and tokens[0] in _PARTICLES:  # "der Pressekonferenz"
        return None
    if len(tokens) == 2 and tokens[0] in _ARTICLES:  # an outlet's name: "Die Musterpresse", "Le Courrier"
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
    if any(_CALL_LETTERS.fullmatch(t) for t in tokens):  # a broadcaster's letters: "HRB KÜSTENLAND"
        return None
    if name.isupper():  # "JANA BEISPIEL", "TOM O'CONNOR"
        name = re.sub(r"[^\W\d_][^\W\d_'’]*", lambda m: _title_word(m.group(0)), name)
    return name


# Three or more capitals and no vowel: a broadcaster's or agency's letters, no part of a name.
_CALL_LETTERS = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3,}")


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


# A blog theme's byline: "Posted on 4 March 2024 Author Ann Lee", the label often run into the date
# before it and the name after it ("4 March 2024Author Ann Lee").
_AUTHOR_AFTER_DATE = re.compile(r"(?<=\d)\s*(?-i:Author|Autor|Autorin)\s*(?=[A-Z\u00C0-\u024F][a-z\u00DF-\u00FF])")


# The desk the names belong to, after a slash: "By Ann Lee and Bo Park / Harbour Courier Staff Writers".
_DESK_AFTER_SLASH = re.compile(r"\s*/\s*[^/]*\b" + ROLE + r"\s*$")


# The outlet after the last name: "By Ann Lee and Bo Park The Harbour Courier".
_OUTLET_AFTER_NAMES = re.compile(r"\s+(?:(?-i:[Ff]or)\s+)?(?-i:The)\s+[A-Z].*$")


# A labelled field of the post after a byline's names: "Von Ann Lee Kategorien: Reise 4. März 2024".
_FIELD_AFTER_NAMES = re.compile(r"(?<=\S)\s+[^\W\d_]{3,}:\s+\S.*$")


# A picture's file label the dump prints in the byline's lead ("[a1b2c3] By Ann Lee").
_PICTURE_TAG = re.compile(r"\[[^\]]*\]")


# "Text & Fotos: Ann Lee", "Text und Bilder: Ann Lee", "About the author - Ann Lee": a label that
# means "by".
_LABEL_FOR_BY = re.compile(
    r"^\W*(?:(?:text|texte)\s*(?:&|und|and|et|y)\s*(?:fotos?|photos?|bilder?)\s*:|about the (?:author|writer)\s*[-–—:])\s*",
    re.I,
)


def names_in_byline(text: str) -> list[str]:
    text = _LABEL_FOR_BY.sub("By ", _AUTHOR_AFTER_DATE.sub(" by ", text))
    label = _BYLINE_LABEL.match(text)
    match = _BYLINE.search(text, label.end() - 1 if label else 0)
    if label and not match:
        match = _LABELLED.match(text, label.start())
    # "by" opens a byline, or follows only the writer's name ("Ann Lee By Ann Lee")
    # or the date ("4. März 2024 von Ann Lee", "Published on 4 March 2024 by Ann Lee");
    # inside a sentence it is not one ("Watch the video by Bo Park.").
    lead = _PICTURE_TAG.sub(" ", text[: match.start()]) if match else ""
    if not match or _LOWER_WORD.search(_without_date(lead)) or _MEDIA_CREDIT.search(lead):
        return _handle_in_byline(text)
    rest = IMAGE_LABEL.sub("", match.group(1))  # "Von [ann-lee] Ann Lee"
    rest = _EMAIL.sub("", rest)  # "Por Ann Lee alee@example.com"
    found = find_date_span(rest)
    if found:  # "von Ann Lee 4. März 2024"
        rest = rest[: found[1]]
    rest = _DESK_AFTER_SLASH.sub("", _FIELD_AFTER_NAMES.sub("", _OUTLET_AFTER_NAMES.sub("", rest)))
    rest = GLUED_ROLE.sub(" ", rest)
    rest = _without_stops(rest)
    # What follows the names is no name: "By Ann Lee with AP", "Von Ann Lee mit dpa", "By Ann Lee KTRK logo".
    cut = _LOWER_TAIL.sub("", rest)
    tail = rest[len(cut):].split()
    if tail and tail[0].casefold() not in _TAIL_LINKS and _without_date(lead).strip(" ,|·•-–—:"):
        # Words before "von" and a verb or noun after the name make a sentence or a headline
        # ("Kühltürme von Ann Lee gesprengt", "Im von Ann Lee gedrehten Film"), not a byline
        # ("Written by Ann Lee on ...", "Ein Interview von Ann Lee mit Bo Park").
        return _handle_in_byline(text)
    rest = cut
    names: list[str] = []
    for part in NAME_SPLIT.split(rest):
        name = clean_name(part)
        if name and name not in names:
            names.append(name)
    return names or _handle_in_byline(text)


# Words that link a byline's names to its date, place or co-writer: "by Ann Lee on March 4", "von Ann Lee mit dpa".
_TAIL_LINKS = frozenset("on at in am um im mit with for für from aus le el il en the and und et y e og".split())


# "Photo by Ann Lee on Unsplash", "Foto von Ann Lee", "Video von Ann Lee": a picture's maker, not the writer.
_MEDIA_CREDIT = re.compile(
    r"\b(?:photo|photos|foto|fotos|bild|bilder|image|images|picture|video|videos|illustration|grafik|graphic|credit"
    # A site's own credits in its footer: "Powered by ...", "Theme by ...", "Webdesign by ...".
    r"|powered|designed|design|webdesign|theme|template|hosted|developed|programmed)$",
    re.I,
)


_EMAIL = re.compile(r"\S+@\S+")


_HANDLE_LABELS = frozenset("geschrieben publiziert erstellt gespeichert eingestellt verfasst written".split())


OPENS_BYLINE = re.compile(r"^(?:post author\s+)?(?:by|von|par|por|door|autor|autorin|author)\b", re.I)


# A blog's byline with the writer's one-word name or handle beside the date:
# "4. März 2024 von annlee", "Posted on 4 March 2024 by Ann", "von Ann · 4. März 2024".
_HANDLE_BYLINE = re.compile(
    r"(?:^|[\s\]·|•])(?i:by|von|par|por|door)\s+([^\W\d_][\w.-]{1,29})"
    r"(?=\s*$|\s*[·|•,;/–—]|\s+-\s|\s+(?:am|on|le|el|il|in|um|at)\s|\s+\d)"
)


# Desks and agencies, which a one-word byline often names, and the accounts a blog
# system fills in when no writer is set ("Posted by Unknown", "von wordpressadmin"): not a person.
_NOT_HANDLES = frozenset(
    """unknown anonymous anonym anonyme anónimo guest gast administrator wordpressadmin webmaster
    admin red redaktion redaction rédaction redacción redazione redactie staff team editor editors newsdesk
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


# A line that is only a byline: "Von Ann Lee", "by annlee", "di Ann Lee", "Artikel von: annlee",
# a blog post's "Eingestellt von annlee um 21:11", "Posted by Ann Lee at 6:02 PM", "Author: annlee am 4.3.2024".
_LONE_BYLINE = re.compile(
    r"^(?:(?:artikel|beitrag|text|veröffentlicht|geschrieben|verfasst|eingestellt|gespeichert|erstellt|post|posted|written"
    r"|publié|publicado|pubblicato)\s+)?"
    r"(?:(?:by|von|par|por|door|di|av|af)(?:\s*:\s*|\s+)|(?-i:[Bb]y|[Vv]on)(?=[A-Z][a-z])"
    r"|(?:author|autor|autorin|auteur)\s*:\s*)(?P<rest>\S.*)$",
    re.I,
)


# What a blog's byline line prints after the name: the time or date it went up, its category, fields.
_BYLINE_LINE_TAIL = re.compile(
    r"\s*(?:[|·•●]|\s(?:am|um|at|on|à|le|el|il|a las|alle)\s+\d|\s(?:under|in|em)\s+[A-Z]).*$|\s{3,}.*$"
)


_LONE_NAME_WORDS = 5


_HANDLE = re.compile(r"^[^\W\d_][\w.-]{2,29}$")  # three letters at least: not a weekday ("Do", "Sa")


def blog_handle(word: str) -> str | None:
    """A blog writer's one-word handle ("annlee", "hafenkatze", "m4rlo"), not a desk, label or licence."""
    handle = word.rstrip(".")
    folded = handle.casefold()
    if not _HANDLE.match(handle) or folded in _NOT_HANDLES or folded in _NOT_NAME_WORDS or folded in DATE_LINE_WORDS:
        return None
    if handle.isupper() or folded.split("-")[0] in _BYLINE_WORDS:  # a label ("BY DATE"), a licence ("by by-nc")
        return None
    if _WEB_ADDRESS.search(folded):  # the site itself ("von harbourpost.com")
        return None
    return handle


_WEB_ADDRESS = re.compile(r"\.(?:com|net|org|info|de|at|ch|fr|es|it|nl|be|pl|eu|io|co|uk|us)$")


def lone_byline(text: str) -> list[str]:
    """The writer of a line that holds nothing but its byline: a name, or a blog's one-word handle."""
    match = _LONE_BYLINE.match(text)
    if not match:
        return []
    rest = _BYLINE_LINE_TAIL.sub("", match.group("rest")).strip()
    found = find_date_span(rest)
    if found and found[1] > 0:
        rest = rest[: found[1]].strip(" ,-–—")
    if not rest or len(rest.split()) > _LONE_NAME_WORDS:
        return []
    if " " not in rest:
        handle = blog_handle(rest)
        return [handle] if handle else []
    names = [clean_name(part) for part in NAME_SPLIT.split(rest) if part.strip()]
    return [n for n in names if n] if names and all(names) else []


# A Korean reporter's line: "김하나 기자", a place and the name, her address after ("서울 김하나 기자 hana@example.kr").
_KOREAN_REPORTER = re.compile(r"^(?:[가-힣]+,?\s+){0,3}?(?P<name>[가-힣]{2,4})\s?기자(?:\s+\S+@\S+)?$")


# A Chinese page's editor or writer line: "责任编辑：王小明", "(责编：王小明、李华)", "作者：王小明".
_CHINESE_WRITER = re.compile(
    r"^[(（]?(?:责任编辑|责编|编辑|作者)\s*[:：]\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff]{2,4})*)\s*[)）]?$"
)


def east_asian_writers(text: str) -> list[str]:
    """The writers a Korean reporter's line or a Chinese editor's line names."""
    if "기자" in text:
        match = _KOREAN_REPORTER.match(text)
        return [match.group("name")] if match else []
    match = _CHINESE_WRITER.match(text)
    return re.split(r"\s*[、，,\s]\s*", match.group("names")) if match else []


def name_list(text: str) -> list[str]:
    """A line that is only names ("Ann Lee, Bo Park, Cy Diaz"): a byline without "By".
    After a comma the last name may be joined in the page's language ("Ann Lee, Bo Park
    & Cy Diaz", "Ann Lee, Bo Park y Cy Diaz")."""
    split = _NAME_LIST_SPLIT if "," not in text else _NAME_SERIES_SPLIT
    parts = [p for p in split.split(text) if p]
    # "Ann Lee and AP", "Ann Lee, dpa": the agency that wrote with her is no person.
    people = [p for p in parts if p.strip(" .").casefold() not in _NOT_HANDLES]
    if people and len(people) < len(parts):
        cleaned = [clean_name(p) for p in people]
        return [n for n in cleaned if n] if all(n and is_plain_name(n) for n in cleaned) else []
    names = [clean_name(p) for p in parts]
    if len(parts) >= 2 and all(n and is_plain_name(n) for n in names):
        return [n for n in names if n]
    return _two_full_names(text)


# Two writers joined by a slash, a bar or the page's "and", no comma: "Ann Lee/Bo Park", "Ann Lee | Bo Park",
# "Ann Lee og Bo Park" (not "und": German menus join two capitalised nouns so, "Hafen Leben und Markt Termine").
_TWO_NAMES_JOIN = re.compile(r"\s*/\s*|\s+\|\s+|\s+(?:og|och|y|et|e|en|i)\s+")


# A label shortened before a credit's name: "Fot. Ann Lee / Harbour Agency".
_ABBREVIATION = re.compile(r"^[^\W\d_]{2,}\.$")


def _two_full_names(text: str) -> list[str]:
    """Two names of two words or more each, joined without a comma: a menu's or a credit's
    pair ("Kultur und Freizeit", "Ann Lee/Harbour Press") has a one-word or an outlet's side."""
    parts = _TWO_NAMES_JOIN.split(text.strip())
    if len(parts) != 2 or any(not 2 <= len(p.split()) <= 3 for p in parts):
        return []
    if any(_ABBREVIATION.match(token) for token in text.split()):
        return []
    if set(parts[0].split()) & set(parts[1].split()):  # two models of one make ("Boatco One / Boatco Two")
        return []
    names = [clean_name(p) for p in parts]
    if not all(n and is_plain_name(n) and len(n.split()) == len(p.split()) for n, p in zip(names, parts)):
        return []
    return [n for n in names if n]


# An image's label the dump prints before the name ("[ann-lee] Ann Lee").
IMAGE_LABEL = re.compile(r"^(?:\[[^\]]*\]\s*)+")


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
