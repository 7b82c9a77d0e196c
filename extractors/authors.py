"""Turn byline strings into person names.

Bylines arrive as "By JANE DOE and John Roe, Staff Writers", "Jane Doe | Reuters",
"Von Max Muster, dpa", "jane@example.com", "Updated 5 March 2024": the output is
["Jane Doe", "John Roe"], without prefixes, roles, agencies, dates or addresses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .author_guess import AuthorGuess
from .signatures import all_capitalised

# "By", "Von", "Par", "Por", "Door", "Av", "Di", "Af", "Przez", "Od" before a name, after
# what the line credits ("Written by", "Pressemitteilung von", "Ein Kommentar von", "Opinion by").
_PREFIX = re.compile(
    r"^(?:(?:(?:ein|eine|a|an)\s+)?(?:written|posted|reported|text|story|words|photos?|interview|edited|compiled|erstellt|geschrieben|artikel|beitrag|publiziert|verfasst|(?:gast)?(?:beitrag|artikel)|blog\s?beitrag"
    r"|pressemitteilung|gastbeitrag|kommentar|essay|(?:guest\s+)?(?:post|article)|opinion|analysis|commentary|perspective|column|kolumne|meinung|analyse|review|reportage)\s+)?"
    r"(?:by|von|vom|par|por|door|av|di|af|przez|od|de|da|texto|texte|text|autor|autoren|author|authors|auteur)\s*[:\-–]?\s+",
    re.I,
)
# "Autor/in", "Autor*in", "Autor:in": German gender-inclusive spellings of the label.
_ROLE_WORD = r"(?:author|autor(?:[/*_:]?in)?|auteur|autore|writer|reporter|byline|text|tekst|texto|texte|fotos?|photos?|bilder?|interview|recherche|quelle|source)s?"
# "Text & Fotos: Jane Doe", "Autorin/Autor: Max Muster", "Text und Interview: …": roles joined
# before one colon. "责任编辑：焦鹏" (editor in charge), "记者：…": Chinese credit labels.
_LABEL = re.compile(
    rf"^(?:{_ROLE_WORD}(?:\s*(?:[&/+,]|\bund\b|\band\b|\bet\b|\by\b)\s*{_ROLE_WORD})*\s*[:：]|(?:责任编辑|责编|编辑|作者|记者|撰文|文)\s*[:：])\s*",
    re.I,
)
# Separators between several people in one byline.
# Lower-case connectors only: "John E Smith" keeps its initial.
# "Jane Doe im Gespräch mit John Roe": an interview's two voices are its writers.
_SPLIT = re.compile(r"\s*(?:[;|/•·]|,|&|\+|\b(?:and|AND|And|und|et|y|e|og|och|en|i|u|ve|és|ja|и|а|im Gespräch mit|in conversation with)\b|、|，|・)\s*")
# "Jane Doe Updated 5 March 2024", "Max Muster am 3. Mai": what follows is a timestamp.
# "Jane Roe Hace 2 horas", "Max Muster vor 3 Stunden": a relative time.
# A digit glued to a word is a handle ("kestrel42"), which the person test then refuses.
# "am"/"on"/"le"/"el"/"il" open a date only when a number follows: "Luc Le Berre" keeps his particle.
_TRAILER = re.compile(
    r"\s+(?:updated|published|posted|aktualisiert|veröffentlicht|hace|vor|il y a)\b.*$"
    r"|\s+(?:am|on|le|el|il)\s+(?:\S+\s+)?\d.*$|(?:^|(?<=[\s,;:]))\d.*$",
    re.I,
)
# Korean, Japanese and Chinese bylines put the role after the name: "박준석 기자", "山田太郎記者".
_ROLE_SUFFIX = re.compile(r"\s*(?:기자|특파원|논설위원|記者|特派員|编辑|編集委員|記者|报道)\s*$")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_HANDLE = re.compile(r"(?:^|\s)@\w+")
_URLISH = re.compile(r"https?://\S+|www\.\S+|\S+\.(?:com|org|net|de|co\.uk)\b", re.I)
_DIGIT = re.compile(r"\d")
_DOMAIN = re.compile(r"[^\W\d_]\.[^\W\d_]{2,}")
# More names than this in one byline is a reference list or a staff page, not the writers.
MAX_AUTHORS = 10
# Single words this many or more in one visible byline are a list from a sentence, not handles.
MIN_WORD_LIST = 3
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】")
# Words that mark a string as a role, desk or organisation rather than a person.
_NOT_A_PERSON = {
    "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor",
    "editors", "editorial", "desk", "team", "newsroom", "news", "agency", "agencies", "press", "wire",
    "wires", "contributor", "contributors", "columnist", "redaktion", "redaktor", "redakteur", "redakteurin",
    "korrespondent", "korrespondentin", "rédaction", "redacción", "redazione", "reuters", "afp", "ap", "dpa",
    "apa", "sda", "ansa", "efe", "kna", "epd", "upi", "ians", "pti", "xinhua", "bloomberg", "associated",
    "media", "online", "digital", "service", "services", "admin", "administrator", "guest", "anonymous",
    "unknown", "updated", "published", "posted", "aktualisiert", "veröffentlicht", "photo", "photos",
    "photographer", "foto", "fotos", "video", "graphics", "illustration", "sponsored", "partner", "opinion",
    "name", "interview", "www", "bild", "said", "says", "wrote", "writes", "sagt", "schreibt", "auteurs", "autores", "autori", "redaktionen", "senior", "chief", "political", "politics", "business", "sports", "sport", "health", "science",
    "technology", "tech", "culture", "entertainment", "world", "national", "international", "local",
    "author", "authors", "autor", "autorin", "autoren", "contributing", "special", "associate", "deputy",
    "managing", "executive", "freelance", "journalist", "journalists", "journalistin", "inc", "ltd", "gmbh",
    "llc", "group", "magazine", "zeitung", "times", "post", "daily", "tribune", "herald", "journal",
    "newsletter", "office", "bureau", "department", "university", "institute", "ministry", "network",
    "tv", "radio", "channel", "nachrichten", "tagblatt", "kurier", "rundschau", "anzeiger", "presse",
    "gazette", "courier", "observer", "chronicle", "review", "weekly", "monthly", "today", "zeit", "report", "reports", "via", "source", "sources", "quelle", "quellen", "with", "mit", "and",
    # "Red., Agenturen", "Folgen", "Twitter Facebook", "Stand": desk abbreviations and the
    # buttons and labels that sit beside a byline.
    "red", "agenturen", "agentur", "chefredakteur", "chefredakteurin", "stand", "follow", "folgen",
    "twitter", "facebook", "instagram", "linkedin", "whatsapp", "youtube", "tiktok", "share", "teilen",
    "email", "mail", "kommentare", "comments", "posts", "profile", "profil", "bio", "more", "mehr",
    "beiträge", "beitrag", "artikel",  # "Alle Beiträge", the link to the writer's other posts
    # Content systems' placeholders for a missing writer ("publisher", "Super User",
    # "anónimo", "Unbenannt"), company forms ("Muster AG", "Muster GmbH & Co. KG"; "Co" alone is a surname too) and
    # the offices that sign a public body's pages ("Abteilung …", "Pressestelle").
    "publisher", "user", "users", "anonym", "anonyme", "anónimo", "anonimo", "untitled", "unbenannt",
    "ag", "kg", "ev", "abteilung", "departement", "sekretariat", "secretariat", "pressestelle",
    # "12.03.2022 | PAID CONTENT", "Anzeige": the dateline of an advertisement.
    "paid", "content", "anzeige", "advertorial", "werbung",
    # "Übersetzung Jane Doe", "Translated by …": the translator's credit beside the writer's.
    "übersetzung", "translation", "translated", "traduction", "traducción",
    # Public bodies, test kitchens and national branches sign as the house: "Statistisches Amt Muster",
    # "Beispiel Kitchens", "Musterhilfe Deutschland", "Deutsches Beispielwerk", "Feuerwehr Musterstadt",
    # "Noticias Ejemplo", "Customs and Border Protection", "Ostbeispiel Direkt", "Eat What Tonight".
    "amt", "kitchens", "deutschland", "deutsches", "österreich", "feuerwehr", "polizei",
    "noticias", "notícias", "notizie", "customs", "protection", "forschung", "research", "direkt", "what",
    # "Second Edition Edited by …": a book's edition before its editor's credit.
    "edition", "édition", "edición", "edizione", "ausgabe", "auflage",
    "material",  # "mit Material von dpa"
    # "By Jane Doe, New York": no person's name holds "New"; a dateline's city does.
    "new",
    # "Cortesía", "Courtesy of …": a picture's credit line.
    "cortesía", "cortesia", "courtesy",
    # Names never hold a weekday or a month; bylines often run into one.
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
    "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "january", "february", "march",
    "july", "september", "october", "november", "december", "januar", "februar",
    "märz", "juni", "juli", "oktober", "dezember",
}
# Words a byline puts between a name and the date it runs into: "Von Jane Doe Di, 14. März
# 2017", "von Dienstag, den 3. Juni": weekday and month names and abbreviations, "den", "the".
_DATE_WORDS = {
    "mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec",
    "dez", "mai", "april", "august", "juin", "juillet", "den", "der", "the", "on", "am", "le", "el", "de", "del",
}
# "The Daily Planet", "Der Beispielbote", "L'Exemple", "El Ejemplo": a name led by an article is a title.
_ARTICLES = {"the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "los", "las"}
# Compound organisation nouns ("Beispielmagazin", "Muster-Stiftung", "Bund der Gartenfreunde"
# aside, "Wirtschaftsnachrichten", a ministry's "Klimaschutz", "Muster-Team", "Newsdesk"): the
# word ends in what the body is or does, which no person's name does.
_ORGANISATION_ENDING = re.compile(
    r"(?:magazin|magazine|stiftung|verband|verbandes|zeitung|verlag|blog|ticker|institut|verein|gesellschaft"
    r"|agentur|portal|redaktion|archiv|illustrierte|foundation|association|institute|society|council|company"
    r"|corporation|ministerium|universität|hochschule|anstalt|nachrichten|\w{3}schutz|team|desk)$"
)
# Three or four capitals ("XYZ", "QFC"), or capitals and digits ("XY24").
_ACRONYM = re.compile(r"^(?:[A-Z]{3,4}|[A-Z]{2,4}\d{1,3})$")
_PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "du", "la", "le", "bin",
              "al", "el", "ibn", "ter", "ten", "zu", "y", "st", "mc", "mac", "jr", "sr", "ii", "iii"}


@dataclass
class CleanedAuthors:
    names: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def _tidy_case(name: str) -> str:
    """"JANE DOE"/"jane doe" -> "Jane Doe"; mixed-case names ("Tom O'Connor", "DeShawn") are left alone."""
    letters = [c for c in name if c.isalpha()]
    cased = [c for c in letters if c.lower() != c.upper()]
    if cased and len(cased) > 3 and (all(c.isupper() for c in cased) or all(c.islower() for c in cased)):
        return " ".join(w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-")) for w in name.lower().split())
    return name


_UNCASED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _initials(publisher_words: list[str]) -> str:
    return "".join(w[0] for w in publisher_words) if len(publisher_words) > 1 else ""


# "hessenschau.de, Frankfurt, Germany", "Deutsche Welle (www.dw.com)": a byline that
# leads with a site's address or gives one in brackets is the outlet signing.
_SITE_SIGNATURE = re.compile(r"^\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b(?!@)|\(\s*(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?\s*\)", re.I)


def _squashed(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


# "Beispielblatt - Nachrichten aus der Region", "beispiel.de | Startseite": the outlet's own name
# is one segment of the site name, and a domain is the name without its ending.
_PUBLISHER_SEPARATORS = re.compile(r"\s+[-–—|:•·]\s+|\s*\|\s*")
_DOMAIN_ENDING = re.compile(r"^(?:www\.)?(.+?)\.[a-z]{2,6}$", re.I)


def _outlet_names(publisher: str | None) -> set[str]:
    """The squashed forms an outlet's name takes in a byline: whole, by segment, domain without ending."""
    if not publisher:
        return set()
    forms = {publisher.strip()}
    forms.update(part.strip() for part in _PUBLISHER_SEPARATORS.split(publisher) if part.strip())
    forms.update(m[1] for m in (_DOMAIN_ENDING.match(f) for f in list(forms)) if m)
    return {squashed for squashed in map(_squashed, forms) if len(squashed) >= 3}


def _names_the_outlet(name: str, outlet_names: set[str], publisher: str | None) -> bool:
    """"Beispielblatt Online" on beispielblatt-online.de, "Wien Orf At" (wien.ORF.at) signed by the site.

    A personal site named after its writer ("Jane Doe" on "Jane Doe") keeps the name:
    two or more words match only when the site's name is a domain.
    """
    if _squashed(name) not in outlet_names:
        return False
    return len(name.split()) == 1 or bool(publisher and _DOMAIN.search(publisher))


def _looks_like_person(
    name: str, publisher_words: set[str], guessed: bool = False, publisher_initials: str = "", handle: bool = False
) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 60:
        return False
    # A line guessed from the page's markup names a person as "First Last" (two to four
    # words); one word there is a label, a button or a place ("Find", "Frankfurt").
    # Chinese, Japanese and Korean names are one unspaced run of two to five characters.
    if guessed and (len(words) > 1 if _UNCASED_SCRIPT.search(name) else not 2 <= len(words) <= 4):
        return False
    if guessed and _UNCASED_SCRIPT.search(name) and not 2 <= len(name) <= 5:
        return False
    # "gabor_doe" is a login; "Bild © Sender" a picture credit.
    if _DIGIT.search(name) or "@" in name or "http" in name.lower() or _DOMAIN.search(name) or "_" in name or "©" in name:
        return False
    lowered = [w.strip(".,'’").lower() for w in words]
    # "wordpressadmin", "webadmin": the site's administrator account.
    if any(w in _NOT_A_PERSON or w in _OFFICES or _ORGANISATION_ENDING.search(w) or "admin" in w for w in lowered):
        return False
    if len(words) > 1 and lowered[0] in _ARTICLES or re.match(r"^l['’][^\W\d_]", lowered[0]):
        return False
    # "XYZ Fernsehen", "QFC Musterstadt", "XY24 Redaktion": a broadcaster's or a club's
    # initials before words in ordinary case; a person's run-together initials are two ("JD").
    if len(words) > 1 and _ACRONYM.match(words[0]) and not name.isupper():
        return False
    # A one-word byline equal to a word of the site's name is the outlet ("VnExpress"); a
    # personal site named after its writer keeps the full name, and a blog named after
    # its writer's login ("kestrel's notebook", "Notizen von kestrel") keeps the login, which
    # the author markup writes in lower case ("kestrel") where an outlet capitalises its name.
    if publisher_words and len(words) == 1 and set(lowered) <= publisher_words and not handle:
        return False
    # "Musterpost K" on Musterpost: the outlet's account with an initial, not a person.
    initials = [len(w.strip(".")) == 1 for w in lowered]
    if publisher_words and any(initials) and not all(initials) and all(
        w in publisher_words or initial for w, initial in zip(lowered, initials)
    ):
        return False
    # "LTO" on Legal Tribune Online's pages.
    if len(words) == 1 and name.isupper() and publisher_initials and lowered[0] == publisher_initials:
        return False
    # "Material von", "Ludwig van": a name does not end in its particle.
    if len(words) > 1 and words[-1] in _PARTICLES and words[-1].islower():
        return False
    letters = [c for c in name if c.isalpha()]
    # "D E", "J. R.": initials alone (a monogram, an editor's code) name nobody.
    if not letters or all(len(w.strip(".")) == 1 for w in words):
        return False
    # Names in cased scripts start each main word with a capital; lowercase phrases are prose.
    cased = [w for w in words if w[0].isalpha() and w[0].lower() != w[0].upper()]
    if cased and any(w[0].islower() and w.strip(".").lower() not in _PARTICLES for w in cased):
        return False
    # Blogs sign with a first name or a handle ("Tobi"); shorter than that is initials.
    if len(words) == 1 and len(letters) < 3 and not _UNCASED_SCRIPT.search(name):  # "王明" is a full name
        return False
    return True


# Job titles a byline puts after the name: "Jane Doe Chefredakteurin", "John Roe Reporter".
# Offices a press release signs with after the name ("Max Muster, Leiterin Kommunikation",
# "Jane Doe, Spokesperson"); no name holds one.
_OFFICES = {
    "leiter", "leiterin", "sprecher", "sprecherin", "pressesprecher", "pressesprecherin", "referent", "referentin",
    "geschäftsführer", "geschäftsführerin", "vorsitzender", "vorsitzende", "präsident", "präsidentin", "direktor",
    "direktorin", "projektleiter", "projektleiterin", "director", "manager", "managerin", "spokesperson",
    "spokesman", "spokeswoman",
}
_ROLE_TAIL = _OFFICES | {
    "chefredakteur", "chefredakteurin", "redakteur", "redakteurin", "redaktor", "editor", "reporter",
    "correspondent", "korrespondent", "korrespondentin", "journalist", "journalistin", "columnist",
    "writer", "autor", "autorin", "author", "fotograf", "fotografin", "photographer", "volontär", "volontärin",
}


# Titles a byline puts before the name: "Rechtsanwalt Max Muster", "Beispiel-Online-Experte Max Muster",
# "Senior Reporter Jane Doe".
_ROLE_HEAD = _ROLE_TAIL | {"rechtsanwalt", "rechtsanwältin", "anwalt", "anwältin", "senior", "staff", "gastautor", "gastautorin"}
_ROLE_HEAD_COMPOUND = re.compile(r"-(?:experte|expertin|autor|autorin|redakteur|redakteurin|korrespondent|korrespondentin|reporter|reporterin)$")


# Words that qualify a job title after a name ("Jane Doe Senior Editor", "John Roe Staff
# Writer"), agencies a wire byline runs into ("JANE DOE Associated Press") and the buttons
# beside a byline ("Jane Doe Follow"): cut from its end once a role, agency or button is.
_ROLE_MODIFIERS = {
    "senior", "staff", "contributing", "managing", "deputy", "chief", "associate", "executive", "freelance",
    "special", "political", "business", "sports", "science", "health", "tech", "local", "national",
    "international", "news", "digital", "online", "stellvertretender", "stellvertretende", "leitender", "leitende", "freier", "freie",
}
_TAIL_WORDS = _ROLE_TAIL | {
    "contributor", "intern", "associated", "press", "reuters", "afp", "ap", "dpa", "apa", "sda", "efe", "ansa", "upi",
    "follow", "folgen", "suivre", "seguir", "segui", "twitter", "facebook", "linkedin", "instagram", "email", "e-mail",
}


def _without_role_tail(piece: str) -> str:
    words = piece.split()
    while len(words) > 2 and words[-1].strip(".,").lower() in _TAIL_WORDS:
        words.pop()
        while len(words) > 2 and words[-1].strip(".,").lower() in _ROLE_MODIFIERS:
            words.pop()
    while len(words) > 2 and (words[0].strip(".,:").lower() in _ROLE_HEAD or _ROLE_HEAD_COMPOUND.search(words[0].lower())):
        words.pop(0)
    return " ".join(words)


# Library-catalogue order, "Doe, Jane": one word on each side of a single comma.
_SURNAME_FIRST = re.compile(r"^\s*([^\W\d_][\w'’-]+),\s*([^\W\d_][\w'’.-]+)\s*$")


# "Mira tamsen": a writer who typed their own profile name leaves a surname in lower
# case. Structured data names a person there, so a capitalised first word followed by
# lower-case words (not particles) of a name's length is that name, not a phrase.
_LOWER_WORD = re.compile(r"^[^\W\d_]{3,}$")


def _with_capitalised_surname(name: str) -> str:
    words = name.split()
    if not 2 <= len(words) <= 3 or not words[0][:1].isupper() or not words[0][1:].islower():
        return name
    rest = words[1:]
    # One surname, after particles at most: "Mara quell", "Ludwig van beethoven"; not "Gesendet aus dem".
    if rest[-1] in _PARTICLES or not _LOWER_WORD.match(rest[-1]) or not rest[-1].islower() or any(w not in _PARTICLES for w in rest[:-1]):
        return name
    return " ".join([words[0], *(w if w in _PARTICLES else w.capitalize() for w in rest)])


def _opens_with_by(raw: str) -> bool:
    raw = raw.strip().lstrip("(（")
    return bool(_PREFIX.match(raw) or _LABEL.match(raw))


_DATE_THEN_WRITER = re.compile(r"^\D*\d[^\n]*?\s(?:by|von|par|por)\s+(\D+)$", re.I)
# "Autor: Jane Doe Datum: 28.04.2021", "Autor: Jane Doe Data: …": a byline box lists its
# fields in a row; the date's label ends the writer's.
# "Text von Jane Doe Illustration von John Roe", "Words by Jane Doe Photos by John Roe":
# the second credit, written as the first, is someone else's role.
# "Written by Jane Doe Medically reviewed by John Roe", "Von Max Muster Redigiert von …",
# "By Jane Doe Edited by …": the reviewer's or editor's credit after the writer's.
_NEXT_CREDIT = (
    r"(?:fotos?|photos?|photography|fotografie|bilder?|illustrations?|grafik|video|kamera"
    r"|(?:medically\s+|fact[- ]?)?(?:reviewed|checked)|edited|redigiert|bearbeitet|lektoriert|revisado|editado|relu|édité)"
    r"\s+(?:von|by|de|par|por)\s"
)
_NEXT_LABEL = re.compile(rf"\s+{_ROLE_WORD}\s*[:：]|(?:^|\s+)(?:data|datum|date|fecha)\s*[:：]|\s+{_NEXT_CREDIT}", re.I)
# "Foto: Jane Doe", "Bild: John Roe": a credit for the picture alone names the photographer.
_PICTURE_CREDIT = re.compile(r"^\s*(?:fotos?|photos?|bilder?|bildquelle|pictures?|illustrations?)\s*[:：]", re.I)
# Soft hyphens and zero-width characters that hyphenation scripts leave inside names ("Mat\xadthias").
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# "Jane Doe for The Daily Planet", "John Roe for Examplesite": the outlet the writer worked for.
_FOR_OUTLET = re.compile(r"\s+(?:for|For|FOR|für)(?:\s+(?:the\s+|The\s+|THE\s+)?[A-Z].*)?$")


# "By Jane Doe in Springfield", "Max Muster aus Musterstadt", "Jane Doe reporting from
# Springfield", "Jeanne Dupont à Lyon": where the writer filed from, after a full name.
_PLACE_TAIL = re.compile(r"^(\S+(?:\s+\S+)+?)\s+(?:in|aus|en|à|(?:reporting|reports)\s+from)\s+[A-ZÄÖÜ][^\d,;]*$")
# "Posted by Jane Doe under", "von Max Muster in": the category or place the line
# goes on to name stands in the next element; the word left hanging is no name's.
_DANGLING_WORD = re.compile(r"\s+(?:under|in|unter|on|am|at|um|filed under)$")


def _without_place(piece: str) -> str:
    """"Jane Doe" out of "Jane Doe in Springfield", when what is left is capitalised words alone.

    ("Projektleiterin der Stiftung in Musterland" keeps its "in": the lower-case word shows a phrase.)
    """
    found = _PLACE_TAIL.match(piece)
    if found is None or not 2 <= len(found[1].split()) <= 4 or not all_capitalised(found[1]):
        return piece
    return found[1]


# "Max Muster mit dpa", "Von Max Muster mit Material von dpa", "Jane Doe with Wire",
# "Jane Doe with additional reporting by John Roe": the agency or helper after the writer.
# One word after "mit" only: "Von X mit Y zur Z" is a sentence, which the person test refuses whole.
_HELPER_TAIL = re.compile(
    r"\s+(?:mit|with)\s+(?:(?:material|informationen)\s+(?:von|der|des)\s+)?[^\s,;]+$|\s+with\s+additional\s+reporting\b.*$", re.I
)


def _without_date_trailer(text: str) -> str:
    """Cut the date a byline runs into, and the weekday or "den" left in front of it."""
    cut = _TRAILER.sub("", text)
    if _DIGIT.search(text[len(cut):]):
        words = cut.split()
        while words and words[-1].strip(".,").lower() in _DATE_WORDS | _NOT_A_PERSON:
            words.pop()
        cut = " ".join(words).rstrip(" ,;")
    return cut


def _pieces(raw: str) -> list[str]:
    raw = _INVISIBLE.sub("", raw)
    # "(责编：王小明、李华)": Chinese pages set the credit line whole in brackets.
    stripped = raw.strip()
    if stripped[:1] in "(（" and stripped[-1:] in ")）" and _UNCASED_SCRIPT.search(stripped) and not re.search(r"[()（）]", stripped[1:-1]):
        raw = stripped[1:-1]
    flipped = _SURNAME_FIRST.match(raw)
    if flipped and flipped[2].lower() not in _NOT_A_PERSON and flipped[1].lower() not in _NOT_A_PERSON:
        return [f"{flipped[2]} {flipped[1]}"]
    text = _EMAIL.sub(" ", raw)
    text = _URLISH.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _BRACKETS.sub(" ", text).replace("(", " ").replace(")", " ")  # an address cut a bracket open
    text = re.sub(r"\s+", " ", text).strip(" \t-–—:|,;")
    # "Jane Doe, Senior Reporter" / "Jane Doe - Reuters": the part after a dash is a role or outlet.
    text = re.split(r"\s+[-–—]\s+", text)[0]
    text = _PREFIX.sub("", _LABEL.sub("", text))
    # "Posted on September 14, 2016 by Jane Doe": the writer after the date.
    dated = _DATE_THEN_WRITER.search(text)
    if dated:
        text = dated[1]
    # "Text: Jane Doe Fotos: John Roe": the credit after the writer's is someone else's role.
    text = _NEXT_LABEL.split(text)[0]
    text = _without_date_trailer(text)
    text = _DANGLING_WORD.sub("", text)
    text = _HELPER_TAIL.sub("", text)
    text = _ROLE_SUFFIX.sub("", text)
    text = _LABEL.sub("", text)
    text = _PREFIX.sub("", text)
    out = []
    for piece in _SPLIT.split(text):
        piece = _FOR_OUTLET.sub("", _PREFIX.sub("", _LABEL.sub("", piece.strip(" .:-–—'\"“”"))))
        if piece:
            out.append(piece)
    # "Von Jane Doe, Frankfurt", "Jane Doe / AP": beside a full name, one word is a
    # dateline's place or an agency, not a co-author (co-authors are named in full alike).
    if any(len(p.split()) > 1 for p in out) and not _UNCASED_SCRIPT.search(text):
        out = [p for p in out if len(p.split()) > 1]
    return out


# "Copyright Muster GmbH - all rights reserved": a notice in the author field, not a byline;
# "Bund der Beispielfreunde e.V.": a registered association (read whole, before "e" splits it).
_COPYRIGHT_NOTICE = re.compile(r"\bcopyright\b|rights reserved|rechte vorbehalten|\be\.\s?V\.(?:\s|$)", re.I)
# "Kristen Doe Kristen Doe": a name written twice (a link's text beside its label).
_DOUBLED = re.compile(r"^(.+?)\s+\1$")


# A personal site is named after its owner ("Dr. Mara Quell"), whose posts sign with the
# first name alone ("Mara"): the site's name spells it out. Academic titles before it are dropped.
_ACADEMIC_TITLE = re.compile(r"^(?:(?:dr|prof|mag|dipl|ing)\.\s*)+", re.I)
_OWNER_NAME = re.compile(r"^[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?$")


def _site_owner(name: str, publisher: str | None) -> str | None:
    """The site's name when it is a person's full name whose first name is ``name``."""
    if not publisher or not is_lone_first_name(name):
        return None
    owner = _ACADEMIC_TITLE.sub("", publisher.strip())
    words = owner.split()
    if not 2 <= len(words) <= 3 or words[0].casefold() != name.casefold() or not all(_OWNER_NAME.match(w) for w in words):
        return None
    return owner


def clean_authors(raw: list[str], publisher: str | None = None, *, guessed: bool = False, structured: bool = False) -> CleanedAuthors:
    """Split and clean byline strings; what is not a person name goes to ``dropped``.

    ``guessed``: the strings come from the page's visible markup, not its structured
    data, and must look like full names. ``structured``: they come from the page's
    author fields (JSON-LD, meta tags), which hold names only.
    """
    result = CleanedAuthors()
    publisher_words = {w.lower() for w in re.findall(r"\w+", publisher or "")}
    publisher_initials = _initials([w.lower() for w in re.findall(r"\w+", publisher or "")])
    outlet_names = _outlet_names(publisher)
    seen: set[str] = set()
    for value in raw:
        if not isinstance(value, str) or not value.strip():
            continue
        # "von beispiel.de zuletzt bearbeitet …": the site signs after the opener too.
        signature = _PREFIX.sub("", value.strip())
        if _SITE_SIGNATURE.search(signature) and "@" not in value or _COPYRIGHT_NOTICE.search(value) or _PICTURE_CREDIT.match(value):
            result.dropped.append(value.strip())
            continue
        # "von lupa": after an explicit "By"/"Von" a one-word handle is a signature.
        signed = guessed and _opens_with_by(value)
        pieces = _pieces(value)
        if _opens_with_by(value):  # "By Jane Doe in Springfield": a byline says where it was filed
            pieces = [_without_place(piece) for piece in pieces]
        # "von Bäckern, Metzgern, Winzern": a list of single words after "von" is a sentence's.
        if guessed and len(pieces) >= MIN_WORD_LIST and all(" " not in p for p in pieces) and not _UNCASED_SCRIPT.search(value):
            result.dropped.extend(pieces)
            continue
        for piece in pieces:
            # "von lupa" signs; "von Dienstag, den 3. Juni" leaves a lower-case word among others.
            if guessed and piece.islower() and (not signed or " " in piece or len(pieces) > 1):  # prose, not a name
                result.dropped.append(piece)
                continue
            if " " not in piece and piece.isupper() and len(piece) > 1:  # "XQVB", "Q-HEFT": an organisation's initials
                result.dropped.append(piece)
                continue
            # "jdoe", "tjanssen": an author field holding the account's login, not its name.
            if structured and is_lone_first_name(piece) and piece.islower():
                result.dropped.append(piece)
                continue
            # "Illustration: Tom Bell" left after the writer's own label: someone else's role.
            if ":" in piece:
                result.dropped.append(piece)
                continue
            piece = _DOUBLED.sub(r"\1", piece)
            name = _tidy_case(_without_role_tail(piece))
            owner = _site_owner(name, publisher)
            if owner and _looks_like_person(owner, set()):  # not "Beispielbote Online"
                name = owner
            if structured:
                name = _with_capitalised_surname(name)
            key = _squashed(name)  # "emma-doe" (a profile slug) is "Emma Doe" again
            if key in seen:
                continue
            handle = not guessed and " " not in piece and piece.islower()
            if _looks_like_person(name, publisher_words, guessed and not signed, publisher_initials, handle) and not _names_the_outlet(
                name, outlet_names, publisher
            ):
                seen.add(key)
                result.names.append(name)
            else:
                result.dropped.append(piece)
    # "CSP; Photovoltaik; Speicher": single words side by side are a page's topic tags.
    if len(result.names) >= MIN_WORD_LIST and all(" " not in n and not _UNCASED_SCRIPT.search(n) for n in result.names):
        result.dropped.extend(result.names)
        result.names = []
    if len(result.names) > MAX_AUTHORS:
        result.dropped.append(f"{len(result.names)} names (a list, not a byline)")
        result.names = []
    return result


# trafilatura's own guess at the writer reads the first author-classed element as it
# stands; beside full names it yields blog first names ("Wenke") and, as often, an
# editor's short code ("zqw"), a label ("Q-Bahn", "ABC-Medien") or one word of a list
# of categories. Fewer letters than this in a lone word is a code, not a first name.
MIN_GUESSED_FIRST_NAME = 4
_ABBREVIATION_PART = re.compile(r"^(?:[^\W\d_]|[^\W\d_]*[A-Z]{2,}[^\W\d_]*)$")


def _plausible_lone_name(name: str) -> bool:
    """A single guessed word that can be a first name or handle: long enough, no initials glued on by a hyphen."""
    if not is_lone_first_name(name):
        return True
    if sum(c.isalpha() for c in name) < MIN_GUESSED_FIRST_NAME:
        return False
    return not ("-" in name and any(_ABBREVIATION_PART.match(part) for part in name.split("-")))


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


def _written_in_lower_case(name: str, as_written: str) -> bool:
    """Whether the page wrote ``name`` (title-cased by trafilatura) with a lower-case first letter.

    "Kochen Mit Liebe" out of '<span class="author">kochen mit liebe</span>', "Muster Eg"
    out of "muster eG", "Beispiel Pe" out of "beispiel_pe": a phrase, a co-operative, a login.
    """
    wanted = _letters(name)
    written = _letters(as_written)
    at = written.casefold().find(wanted.casefold())
    return at >= 0 and len(written) == len(written.casefold()) and written[at].islower()


def clean_guessed_author(guess: str | None, publisher: str | None = None) -> CleanedAuthors:
    """Person names in trafilatura's guess ("Jane Doe; John Roe"), stricter about lone words.

    A guess of several parts of which some are not names is a list of the page's
    words ("Garten; Balkon; Terrasse"), not a byline: nothing of it is kept.
    """
    parts = [part for part in (guess or "").split(";") if part.strip()]
    lower = []
    if isinstance(guess, AuthorGuess):
        # A one-word login stays, as after "von" ("von lupa"); words in lower case are a phrase.
        # ("Vom Beispielblogger": the opener trafilatura leaves is not the name.)
        for part in parts:
            name = _PREFIX.sub("", part.strip())
            if len(name.split()) > 1 and _written_in_lower_case(name, guess.as_written):
                lower.append(part)
        parts = [part for part in parts if part not in lower]
    result = clean_authors(parts, publisher)
    result.dropped.extend(part.strip() for part in lower)
    if len(parts) >= MIN_WORD_LIST and result.dropped:
        return CleanedAuthors([], result.dropped + result.names)
    kept = [name for name in result.names if _plausible_lone_name(name)]
    return CleanedAuthors(kept, result.dropped + [name for name in result.names if name not in kept])


def with_co_authors(names: list[str], lines: list[str], publisher: str | None = None) -> list[str]:
    """``names`` and the co-writers a byline line naming one of them adds.

    An article schema often names only its first writer while an author tag holds the
    whole byline ("Jane Doe, John Roe"). A line that names none of ``names`` adds
    nobody: a tag of its own beside them is as often the publishing house or an editor.
    """
    known = {_squashed(name) for name in names}
    found = list(names)
    for line in lines:
        if not _SPLIT.search(line):  # one name at most
            continue
        line_names = clean_authors([line], publisher).names
        keys = [_squashed(name) for name in line_names]
        if len(line_names) < 2 or known.isdisjoint(keys):
            continue
        for name, key in zip(line_names, keys):
            if key not in known:
                known.add(key)
                found.append(name)
    return found


def with_full_names(names: list[str], lines: list[str], publisher: str | None = None) -> list[str]:
    """``names`` with a lone first name ("Mara") replaced by the full name a byline line gives ("By Mara Quell")."""
    full = [name for name in clean_authors(lines, publisher, guessed=True).names if len(name.split()) > 1]
    found = []
    for name in names:
        if is_lone_first_name(name):
            name = next((f for f in full if f.split()[0].casefold() == name.casefold()), name)
        found.append(name)
    return list(dict.fromkeys(found))


def is_lone_first_name(name: str) -> bool:
    """One word of a cased script: a first name or handle that a byline may spell out."""
    return " " not in name and not _UNCASED_SCRIPT.search(name)


# Blog engines' schema graphs give the writer as a Person whose name is the account's
# first name ("Mara") and whose description, the profile's bio, opens with the full
# name ("Mara Quell ist freie Autorin …", "Mara Quell - Reporterin"). A name is at most
# this many words.
MAX_NAME_WORDS = 4
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


def full_names_in_bios(bios: list[str], first_name: str) -> list[str]:
    """The capitalised words a bio opens with when its first word is ``first_name``: "Mara Quell"."""
    found = []
    for bio in bios:
        words = bio.split()[:MAX_NAME_WORDS + 1]
        if not words or words[0].casefold() != first_name.casefold():
            continue
        name = [words[0]]
        for word in words[1:MAX_NAME_WORDS]:
            if not word[0].isupper() or not _NAME_WORD.match(word.rstrip(",")):
                break
            name.append(word.rstrip(","))
            if word.endswith(","):
                break
        if len(name) > 1:
            found.append(" ".join(name))
    return found
