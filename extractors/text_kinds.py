"""Say what each line of a text dump is: story prose, a caption, a photo id,
page furniture (menus, share buttons, pitches, footers) or a short line."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from enum import Enum

from .text_lines import Line


class Kind(Enum):
    PROSE = "prose"  # sentences: the stuff stories are made of
    SHORT = "short"  # headings, names, dates, labels, teaser headlines
    CAPTION = "caption"  # a photo caption or credit line
    PHOTO_ID = "photo_id"  # "gettyimages-1060700942", "[IMG_0042.jpg]"
    JUNK = "junk"  # page furniture: menus, buttons, pitches, legal lines


# Line ends that close a sentence, also inside closing quotes or brackets.
# Chinese and Japanese close theirs with full-width marks ("。", "！", "」").
_SENTENCE_END = re.compile(r"[.!?…:;。！？：；][\"'”’»)\]」』）]*$|[\"”’»」』]$")
_NO_WORDS = re.compile(r"^[^\w]*$")
# "[]", "[svg]", "[ ]", "[logo-white] [icon]": image alt text and form fields.
_BRACKETS_ONLY = re.compile(r"^(?:\[[^\]]*\]\s*)+$")
_TEMPLATE = re.compile(r"\{\{|\}\}|\[(?:hour|minute|day|month\w*|year|AMPM|timezone)\]", re.I)

# Photo ids and image file names that copy-paste or alt text leaves behind.
_PHOTO_ID = re.compile(
    r"^\[?(?:[\w.]*?(?:getty|shutterstock|istock|alamy|reuters|afp|ap|epa|img|dsc|photo|image|pic)"
    r"[\w.]*?[-_ ]?\d{4,}[\w.-]*|[\w.-]+\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)"
    r"|[A-Za-z][\w]*[-_]\d{2,}(?:[-_x]\d+)*[\w-]*)\]?$",
    re.I,
)

# Credits that end a caption: "(AP Photo/Jo Sample)", "REUTERS/Sam Example",
# "Photograph: Jane Roe/Getty Images", "PRESS POOL/MANDEL NGAN/AFP/GETTY IMAGES".
_AGENCIES = (
    r"(?:getty\s*images|afp|ap|reuters|epa(?:-efe)?|pa(?:\s*wire|\s*media)?|shutterstock"
    r"|alamy|istock|ap\s*images|xinhua|bloomberg|anadolu|sipa|rex|zuma|nurphoto|dpa|ansa|imago)"
)
# Agencies as credits print them in capitals ("REUTERS/Sam Example", then
# perhaps a button's label); in any case they count only where the credit ends the line,
# so "The Reuters/Ipsos survey found ..." stays a sentence.
_AGENCIES_CAPS = r"(?:GETTY IMAGES|AFP|AP|REUTERS|EPA(?:-EFE)?|PA(?: WIRE| MEDIA)?|XINHUA|ANADOLU|SIPA|REX|ZUMA|DPA|ANSA|IMAGO)"
# Most credit shapes hold a bracket, a colon or a slash; a shape is searched
# for only in lines holding its mark.
_CREDIT_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (mark, re.compile(pattern, re.I))
    for mark, pattern in (
        # "(AP Photo/Jo Sample, File)", but not "(Warning: the video shows violence.)"
        # A label alone in brackets ("(VIDEO)" after a headline) is no credit.
        (")", r"\((?=[^()]*\s)(?:[^()]*\b(?:photo|photograph|image|illustration|credit|courtesy|video|file)\b[^()]*)"
              r"(?<![a-z]{3}[.!?])\)\s*$"
              # A picture agency or label in brackets closing a caption: "... at the pier. (AP)",
              # "... tritt ihren neuen Job an. (Archivbild)". Not "(dpa)": German stories
              # close on their news agency's name.
              r"|\((?:ap|aap|afp|reuters|getty|getty images|epa|supplied|archivbild|symbolbild|archivfoto|symbolfoto"
              r"|file photo|archive photo)\)\s*$"
              # A credit alone in brackets under a photo: "(Jane Roe / The Courier)", "(Harbour TV 4)".
              r"|^\((?:[^()\s]+ ){0,7}[^()\s]+\)$"),  # words split by single spaces: no backtracking blow-up
        (":", r"\b(?:photo|photograph|picture|image|illustration|credit|photo\s*credit|foto|bild)s?\s*:\s*\S.{0,120}$"),
        ("/", r"/\s*" + _AGENCIES + r"\s*\)?\.?\s*$"
              r"|(?-i:\b" + _AGENCIES_CAPS + r"\s*/\s*[A-Z])"
              r"|\b" + _AGENCIES + r"\s*/\s*(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*\)?\.?\s*$"),
    )
)
# An agency's name closing the line: "... at the pier. Getty Images", "(Shutterstock)".
_AGENCY_AT_END = re.compile(r"\b(?:getty\s*images|shutterstock|alamy)\s*\)?\s*$", re.I)
# The last characters those can end in, as the pattern matches them ignoring case
# (the long s and the Kelvin sign among them): a cheap test before the search.
_AGENCY_LAST = frozenset("sS\u017fyYkK\u212a)")
# "Photograph by Jane Roe", "Illustration by Bo Park" under a picture.
_PICTURE_BY = re.compile(
    r"(?:photograph|photo|illustration|image|picture|video|artwork)s?\s+(?:by|courtesy of|credit)\b", re.I
)

# Page furniture in a handful of European languages: legal lines, sign-up and
# app pitches, share and follow buttons, "read more" teasers, cookie notices,
# notes on how a newsroom uses AI. Looked up as words and word runs (a set
# lookup per word is far faster than one regex of many alternatives). Strong
# cues rarely occur in story prose; weak ones ("more from", "the app") do, so
# they count only in short lines.
_STRONG_CUES = frozenset(
    """copyright © newsletter newsletters subscribe unsubscribe javascript weiterlesen
    sign+up signup all+rights+reserved click+here read+more read+next privacy+policy
    privacy+notice privacy+settings cookie+policy cookie+settings terms+of+use
    terms+of+service terms+and+conditions email+address e-mail+address uses+ai use+ai
    skip+to follow+us mehr+zum+thema lire+aussi lire+la+suite leer+más leggi+anche
    community+guidelines commenting+policy comment+policy affiliate+commission affiliate+links affiliate-links
    affiliate+link affiliate-link required+fields erforderliche+felder champs+obligatoires campos+obligatorios
    e-mail-adresse+wird+nicht+veröffentlicht""".split()
)
_WEAK_CUES = frozenset(
    """subscription subscriptions cookies advertisement sponsored premium donate donation
    bookmark bookmarks licensing reprints careers accessibility login
    sign+in log+in read+also download+the download+our the+app our+app app+store
    ad-free ads+free most+read most+viewed most+popular most+shared related+articles
    related+stories related+coverage related+topics you+may+also+like you+might+also+like
    you+may+like more+from share+this share+on jump+to back+to+top watch+live
    join+the+discussion join+the+conversation contact+us about+us support+us support+our
    support+independent view+comments ai+tools
    lesen+sie+auch lies+auch auch+interessieren auch+interessant teilen+sie+dies diesen+artikel+teilen
    artikel+teilen beitrag+teilen folge+uns folgen+sie+uns weitere+artikel weitere+beiträge ähnliche+beiträge
    ähnliche+artikel verwandte+artikel externer+inhalt
    le+puede+interesar te+puede+interesar lee+también otras+noticias noticias+relacionadas síguenos
    à+lire+aussi sur+le+même+sujet suivez-nous articles+similaires
    potrebbe+interessarti ti+potrebbe+interessare
    czytaj+też czytaj+także zobacz+też dowiedz+się+więcej
    lees+ook leia+também leia+mais veja+também saiba+mais
    les+også läs+också læs+også""".split()
)
_CUE_WORD = re.compile(r"©|[\w'’-]+")
_LONGEST_CUE = 5
_CUE_STARTS = frozenset(cue.split("+")[0] for cue in _STRONG_CUES | _WEAK_CUES)


# A cookie or consent notice ("Some cookies keep this website working, so we
# always set them ..."): the word cookie with a word of the notice's own in the line,
# so a recipe's "Bake the cookies for ten minutes." stays prose.
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_CONSENT_WORDS = re.compile(
    r"\b(?:websites?|sites?|consent|partners?|personal|privacy|tracking|advertis\w*|preferences|settings"
    r"|webseiten?|einwilligung|zustimmung|datenschutz\w*|browsers?|consentement|navigateur|publicit\w*"
    r"|consentimiento|navegador|privacidad|consenso|sito)\b",
    re.I,
)


# The notice a page sets where an embedded post or video would show ("An dieser
# Stelle finden Sie einen externen Inhalt ...", "Ich bin damit einverstanden,
# dass mir externe Inhalte angezeigt werden", "This external content is
# provided by a third party"): the embed's name with a word of the notice.
_EMBED = re.compile(
    r"\b(?:externe[nr]?\s+inhalte?|drittplattform\w*|drittanbieter\w*"
    r"|third[- ]party\s+(?:content|platforms?|providers?)|external\s+content)\b",
    re.I,
)
_EMBED_NOTICE_WORDS = re.compile(
    r"\b(?:einverstanden|angezeigt|anzeigen|übermittelt|laden|ergänzt|zustimmung|datenschutz\w*|consent|display\w*"
    r"|load\w*|privacy|accept)\b",
    re.I,
)


def is_consent_notice(text: str) -> bool:
    # Every spelling the pattern takes for "cookie" lower-cases to hold "ook";
    # the test in C spares most lines the search.
    lowered = text.lower()
    if "ook" in lowered and bool(_COOKIE.search(text)) and bool(_CONSENT_WORDS.search(text)):
        return True
    return ("inhalt" in lowered or "dritt" in lowered or "content" in lowered or "third" in lowered) and bool(
        _EMBED.search(text)
    ) and bool(_EMBED_NOTICE_WORDS.search(text))


def _cue_points(lowered: str) -> int:
    words = _CUE_WORD.findall(lowered)
    if _CUE_STARTS.isdisjoint(words):  # most lines hold no cue's first word
        return 0
    points = 0
    for i, word in enumerate(words):
        if word not in _CUE_STARTS:
            continue
        for n in range(1, _LONGEST_CUE + 1):
            if i + n > len(words):
                break
            key = "+".join(words[i:i + n])
            if key in _STRONG_CUES:
                points += 2
            elif key in _WEAK_CUES:
                points += 1
    return points


# Button-like lines made of one or two interface words.
_BUTTON = re.compile(
    r"^(?:share|tweet|email|e-mail|print|save|copy|copy link|link copied|comments?|reply|follow|menu|search"
    r"|close|open|next|previous|prev|more|show more|load more|see more|see all|view all|home|top|back|ok|cancel"
    r"|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|flipboard|instagram|youtube|tiktok|telegram|rss"
    r"|mailto|gift|listen|watch|play|video|audio|thumbnail|logo|image|photo|icon|toggle caption|expand|collapse"
    r"|advertisement|ad|sponsored|loading|sign in|sign up|log in|register|subscribe|my account|account|✕|×)$",
    re.I,
)
# The longest label above ("toggle caption"): longer lines are no button.
_BUTTON_MAX_CHARS = 14
_SMALL_WORDS = frozenset(
    "a an the and or but of in on at to for from by with as vs is are was be it its into over after".split()
)


# Credit lines of one or two words under a photo: "(Getty)", "(dpa)", "Getty Images".
_SHORT_CREDIT = re.compile(r"^\([^()]+\)$|^(?:getty\s*images|shutterstock|alamy)$", re.I)
# Form fields a text browser prints as "[ ]" or "[X]" before their label, and
# text inputs as "[          ] Search".
_CHECKBOX = re.compile(r"^\[(?:[ xX*]?| {3,})\]")
# A quotation that opens the line and closes in it: "“Not in my town,” ― Ann Lee".
_QUOTATION = re.compile(r"^[“\"«„‘][^”\"»]{20,}[”\"»“]")
# A story's opening dateline: "SPRINGFIELD, Sept. 3 (UPI) — ", "NORTHBY/SOUTHBY,
# March 2 (Reuters) - ", "SPRINGFIELD, Ill. ― ". The paragraph after it may be
# capitalised like a headline (names, titles) and is still prose.
DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]+(?:/[A-Z.'’ -]+)*(?:,[^—–―()]{1,30})?(?:\([^()]{1,30}\))?\s*[—–―-]{1,2}\s")


# The caption a picture agency writes: place in capitals, a dash, the day the
# picture was taken and a colon ("PORT ELLA, MAINE - MARCH 03: Fishers mend
# nets on the quay."). Story datelines run on after their dash without a date.
_AGENCY_CAPTION = re.compile(
    r"^[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s*[-–—]\s*"
    r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.? \d{1,2}(?:, \d{4})?:\s"
)

_FOLD_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """A line's identity for spotting repeats: case, quotes, spacing and punctuation folded."""
    if not text.isascii():  # NFKC leaves ASCII as it is
        text = unicodedata.normalize("NFKC", text)
    return " ".join(_FOLD_WORD.findall(text.casefold()))


def repeats(folded: list[str]) -> Counter[str]:
    return Counter(folded)


def is_photo_id(text: str) -> bool:
    return " " not in text.strip("[] ") and bool(_PHOTO_ID.match(text.strip()))


# Every credit shape above holds one of these; plain substring tests rule
# out most lines before the large pattern runs.
_CREDIT_HINTS = re.compile(
    "|".join(re.escape(hint) for hint in ("/", ":", "(", "getty", "shutterstock", "alamy", "photo",
                                          "illustration", "image", "picture", "video", "artwork"))
)


def has_credit(text: str) -> bool:
    # Credits close a caption; the tail is all that needs searching.
    tail = text[-200:]
    if not _CREDIT_HINTS.search(tail.lower()):
        return False
    if any(mark in tail and pattern.search(tail) for mark, pattern in _CREDIT_SHAPES):
        return True
    if _PICTURE_BY.match(tail):
        return True
    return tail.rstrip()[-1:] in _AGENCY_LAST and bool(_AGENCY_AT_END.search(tail))


def is_furniture(text: str, words: int) -> bool:
    """Interface and legal text; the longer the line, the more cues it takes."""
    label = text.strip(" .:|")
    if len(label) <= _BUTTON_MAX_CHARS and _BUTTON.match(label):
        return True
    points = _cue_points(text.lower())
    if words <= 12:
        return points >= 1
    return points >= (2 if words <= 40 else 4)


# _SENTENCE_END as character sets, read off the line's end without a search.
_SENTENCE_MARKS = frozenset(".!?…:;。！？：；")
_AFTER_MARK = "\"'”’»)]」』）"
_CLOSING_QUOTES = frozenset("\"”’»」』")


def is_sentence(text: str) -> bool:
    if not text or text.endswith("\n"):  # "$" also matches before a final newline
        return bool(_SENTENCE_END.search(text))
    return text[-1] in _CLOSING_QUOTES or text.rstrip(_AFTER_MARK)[-1:] in _SENTENCE_MARKS


_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_headline_case(text: str) -> bool:
    """Teaser and headline lines capitalise nearly every word ("Where Did The Ferry Go?
    Who Pays For It?"); story sentences capitalise only names."""
    words = _LETTER_WORD.findall(text)
    if len(words) < 4:  # fewer still once the small words are left out
        return False
    initials = [w[0] for w in words if w.lower() not in _SMALL_WORDS]
    if len(initials) < 4:
        return False
    return sum(map(str.isupper, initials)) >= 0.75 * len(initials)


# A text browser prints a picture's alt text and its caption, or a link's text
# and its title, on one line: "Crowds at the pier Crowds at the pier". Pages do
# so for pictures and teaser links, never for a story's sentences. Counted only
# for a line standing alone, as captions do (an iframe's fallback text doubles too).
_DOUBLED_MIN_CHARS = 12


def undoubled(text: str) -> str | None:
    """The text once, when a line holds it twice over (checked at its middle space,
    so the test stays linear in the line's length)."""
    middle = len(text) // 2
    if len(text) < 2 * _DOUBLED_MIN_CHARS or text.find(text[:_DOUBLED_MIN_CHARS], middle) < 0:
        return None
    left, right = text.rfind(" ", 0, middle + 1), text.find(" ", middle)
    for cut in {left, right} - {-1}:
        first, second = text[:cut].rstrip(), text[cut:].lstrip()
        if len(first) >= _DOUBLED_MIN_CHARS and first == second:
            return first
    return None


# The line a blog prints under each post to file it ("This entry was posted in
# Gardening and tagged roses. Bookmark the permalink.", "Dieser Beitrag wurde
# veröffentlicht in Reisen und verschlagwortet mit ...", "Von anna am 3/4/2021.
# Abgelegt unter Reisen."): the post's entry named, or the filing verb first,
# and a word of the filing. A story's "The study was published in ..." names
# no entry of the blog.
_FILING_OPENING = re.compile(
    r"^(?:(?:this|dieser|der|diese|ce|cet|cette|esta|este|questo|questa)\s+"
    r"(?:entry|post|article|beitrag|eintrag|artikel|billet|entrada|articolo)\b"
    r"|(?:posted|erstellt|veröffentlicht|publié|filed|abgelegt)\b)",
    re.I,
)
_FILING_WORDS = re.compile(
    r"\b(?:tagged|getaggt|verschlagwortet|gekennzeichnet|permalink|permanentlink|lesezeichen|bookmark"
    r"|abgelegt|filed\s+under|étiqueté|etiquetad[ao]|categori[sz]ed|kategorie)\b",
    re.I,
)
_FILING_UNDER = re.compile(r"\babgelegt unter\b", re.I)
_FILING_MAX_WORDS = 80


def is_filing_line(text: str, words: int) -> bool:
    if words > _FILING_MAX_WORDS:
        return False
    return bool(_FILING_UNDER.search(text) or (_FILING_OPENING.match(text) and _FILING_WORDS.search(text)))


# A share bar a text browser prints on one line, each network's name as its
# icon's alt text, title and label ("facebook Facebook facebook twitter Twitter
# twitter ..."): nothing but the names of networks and share buttons. (Shorter
# bars read as short lines anyway; the long ones were taken for prose.)
_SHARE_WORDS = frozenset(
    """share tweet email e-mail mail print save copy link comments comment reply follow send facebook twitter
    x linkedin whatsapp reddit pinterest flipboard instagram youtube tiktok telegram rss messenger xing threads
    bluesky mastodon vk viber tumblr pocket sms""".split()
)
_SHARE_ROW_MIN = 3
_ROW_WORD = re.compile(r"[\w-]+")


def is_share_row(text: str) -> bool:
    first = text[:16].split(None, 1)[0].lower() if text.strip() else ""
    if first.strip("|/·,") not in _SHARE_WORDS:
        return False
    words = _ROW_WORD.findall(text.lower())
    return len(words) >= _SHARE_ROW_MIN and all(word in _SHARE_WORDS for word in words)


def classify(line: Line) -> Kind:
    text = line.text
    if not text or _NO_WORDS.match(text) or _TEMPLATE.search(text):
        return Kind.JUNK
    if is_photo_id(text):
        return Kind.PHOTO_ID
    if _BRACKETS_ONLY.match(text) or _CHECKBOX.match(text):
        return Kind.JUNK
    if has_credit(text) and (line.words >= 3 or _SHORT_CREDIT.match(text)) or line.alone and undoubled(text):
        return Kind.CAPTION
    if text[:1].isupper() and _AGENCY_CAPTION.match(text):
        return Kind.CAPTION
    if is_furniture(text, line.words) or is_consent_notice(text):
        return Kind.JUNK
    # A numbered line standing alone is a subheading ("1. Rents capped"), not a menu.
    if line.bullet and (line.words < 10 or not is_sentence(text)) and not (line.numbered and line.alone):
        return Kind.JUNK
    if is_headline_case(text) and not (line.words >= 10 and DATELINE.match(text)):
        return Kind.SHORT
    if line.words >= 20 or (line.words >= 7 and (is_sentence(text) or _QUOTATION.match(text))):
        return Kind.JUNK if is_share_row(text) else Kind.PROSE
    return Kind.SHORT
