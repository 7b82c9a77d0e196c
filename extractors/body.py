"""Take out of the extracted body what the page shows around the story.

trafilatura keeps some lines that are not the story: image captions and credits
("Crowds on the square on Monday. Photo: Reuters"), bylines ("By Jane Doe and
John Roe"), and teaser links to other articles ("READ MORE: Other headline",
"- Other headline Its one-line summary"). Each is recognised by where the same text
sits in the page (a link's or a caption's text), not by its wording.
Boxes and trailers that sit in the story's own text (newsletter and subscription
offers, invitations to a messaging channel, paywall and reprint notices, "Read more:"
teasers, photo credits and captions set in the text, video teasers, affiliate
disclosures, and, near the end, author bios, follow-us lines and appeals to the
reader) are recognised by their shape and cue words, in several languages; page
furniture read as text (archive widgets with counts, keyword lists) by its shape; and
a recirculation heading in the story's second half ("More from …") ends the story.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from .authors import clean_authors
from .html_parse import text_of

# trafilatura writes list items as "- item" and table rows as "| a | b |".
_LINE_MARK = re.compile(r"^(?:[-*•]\s+|\|\s*)")
_LIST_MARK = re.compile(r"^[-*•]\s+")
# "READ MORE: …", "Mehr zum Thema: …", "LIES AUCH:" before a teaser link.
_TEASER_LABEL = re.compile(r"^[^\n:]{2,30}[:：|»›]\s*")
# A web or e-mail address written out as the link's text ("http://example.org/report.pdf"):
# the story shows it as its source, where a teaser link shows a headline.
_BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# A teaser's headline with the kind of page it leads to tagged on: "Ferry fares rise [VIDEO]".
_LINK_TAG = re.compile(r"\s*\[[^\]\s][^\]]{0,19}\]$")
_SKIP_TEXT = ("script", "style", "noscript", "template")
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_WORD = re.compile(r"\w+")

# How far from the end of the story a trailer (an author's bio, a follow-us or
# contact line) may sit: they close the article, and the same
# sentence shape further up is more likely part of the story itself.
_TAIL_PARAGRAPHS = 4
# An author's bio after the story: "Jane Doe is a reporter for …",
# "Max Muster ist Redakteur bei …", "Marie Dupont est journaliste …".
_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,4}(?:is|was|ist|war|est|es)\s+(?:a|an|the|ein|eine|une?|la|el|der|die)?\s*"
    r"(?:[\w-]+\s+){0,5}?"
    r"(?:\w+-)?(?:writer|reporter(?:in)?|editor|correspondent|journalist|columnist|contributor|producer|"
    r"redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|journalist(?:in)?|"
    r"journaliste|rédact(?:eur|rice)|correspondant|periodista|redactor|corresponsal)\b",
    re.IGNORECASE,
)
# The same bio led by the beat or the role: "Jane Doe covers politics for …",
# "Korrespondent Max Muster ist bei … zuständig".
_BEAT_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,4}(?:covers|writes\s+about|reports\s+on|has\s+covered|has\s+been\s+covering)\b"
    r"|^(?i:korrespondent|redakteur|reporter|autor)(?:in)?\s+(?:[A-Z][\w-]*\s+){1,3}(?:ist|war|berichtet|schreibt)\b",
)
_BIO_MAX = 700
# "Follow Jane on Twitter @jdoe", "Email Jane Doe at jd@example.com",
# "Have a tip? … may be reached at …": where to reach the author or the paper.
_CONTACT_LINE = re.compile(
    r"^(?:follow|email|e-mail|reach|contact|send tips|have a tip|folgen sie|suivez)\b"
    r"|\b(?:may|can) be reached at\b|\bfollow (?:him|her|them|us|me)\b",
    re.IGNORECASE,
)
# A line asking the reader to write in or to support the paper: "Got a tip? Write to
# the newsroom at news@example.com", "Did you enjoy this article? Then support us with
# a donation", "Hat Ihnen der Beitrag gefallen?", "Join lively conversations with other
# readers" (the invitation opens its line; a story's "who join the talks" does not).
# An invitation to follow the paper on a messaging channel or in its app: "Follow us on
# Google News", "Abonniere den WhatsApp-Kanal", "Síguenos en Telegram",
# "Hier geht es zur neuen News-App".
_CHANNEL = re.compile(r"whatsapp|telegram|google\s+news|news-?app|\bour\s+app\b|unsere[rn]?\s+app\b", re.IGNORECASE)
_CHANNEL_INVITE = re.compile(
    # the verb opens a sentence: it speaks to the reader, not about people in the story
    r"(?:^|[.?!:]\s+)(?:follow|join|add\s+us|download|get\s+our|subscribe|folgst\s+du|folge|folgen\s+sie"
    r"|abonniere\w*|hier\s+geht\s+es|laden\s+sie|lade\s+dir|únete|suscríbete|síguenos|rejoignez|suivez|abonnez)\b",
    re.IGNORECASE,
)
# A pointer to the paper's editorial policy after the story: "Our Standards: The
# Harbour Times Code.", "Learn more about our editorial guidelines", "Why you can trust us".
_POLICY_POINTER = re.compile(
    r"^(?:our\s+(?:editorial\s+)?(?:standards|principles|guidelines|policies)\s*[:.]"
    r"|(?:learn|read)\s+(?:more\s+)?about\s+our\s+(?:editorial\s+)?(?:standards|guidelines|policies|principles)\b"
    r"|why\s+you\s+can\s+trust\b)",
    re.IGNORECASE,
)
_READER_APPEAL = re.compile(
    r"^(?:if\s+you\s+(?:enjoyed|liked|appreciated)\s+this\b|(?:did\s+you\s+)?(?:like|enjoy)(?:d)?\s+this\s+(?:article|story)\b"
    r"|hat\s+ihnen\s+(?:dieser|der)\s+(?:artikel|beitrag)\s+gefallen|ihre\s+meinung\s+ist\s+uns\s+wichtig"
    r"|(?:got|have|do\s+you\s+have)\s+a\s+(?:story|tip)\b)"
    r"|\bjoin\s+(?:our|the)\s+(?:commenting|comment|discussion)\b|^join\s+(?:[\w-]+\s+){0,2}(?:conversations?|discussions?)\b",
    re.IGNORECASE,
)
# A social handle ("@jdoe", not the "@" inside an e-mail address) or network name.
_CONTACT_HANDLE = re.compile(r"(?<![\w.])@\w|\b(?:twitter|facebook|instagram|linkedin|x\.com)\b", re.IGNORECASE)
# A subscription box: "Get the day's headlines delivered to your inbox. Sign up for our newsletter."
_NEWSLETTER_NOUN = re.compile(r"newsletter|inbox|posteingang|boîte de réception|bandeja de entrada", re.IGNORECASE)
_NEWSLETTER_VERB = re.compile(
    r"\b(?:sign(?:ing)? up|subscrib\w*|delivered|get|keep an eye|abonn\w*|anmelden|melden sie sich|"
    r"inscri\w*|suscr[ií]b\w*|informiert sie)\b",
    re.IGNORECASE,
)
# Characters: a box is a line or two, a story paragraph about newsletters is longer.
_SHORT_BOX = 260
# A subscription offer addressed to the reader: "Start your Premium subscription
# today", "Subscribe now", "Testen Sie unser Probeabo", "Abonnez-vous".
_SUBSCRIPTION_OFFER = re.compile(
    r"\b(?:start|get|begin)\s+your\s+(?:[\w+-]+\s+){0,3}subscription\b|\bsubscribe\s+(?:now|today)\b"
    r"|\bplease\s+subscribe\b|\bjetzt\s+abonnieren\b|\babonnieren\s+sie\b"
    r"|\b(?:testen|bestellen|sichern)\s+sie\b[^.]{0,60}abo\b"
    r"|\babonnez-vous\b|\bsuscríbete\b"
    # what is left behind the paywall: "Le reste est réservé aux abonnés", "for subscribers only"
    r"|\bréservée?s?\s+aux\s+abonnés\b|\bfor\s+subscribers\s+only\b|\bnur\s+für\s+abonnenten\b"
    # a reprint notice: "Reprinted for your personal, non-commercial use."
    r"|\bfor\s+your\s+personal,?\s+non-commercial\s+use\b",
    re.IGNORECASE,
)
# A photo credit or copyright notice on a line of its own: "Photo: Jane Doe/Agency",
# "Foto: dpa", "© Agency 2024", "Copyright © Agency. All rights reserved."
# The credit of the post's header picture has a label of its own: "Titelbild: Jane Doe",
# "Bildnachweis: Agency", "Crédits photos : Agency", "Featured image: Jane Doe via Example".
_CREDIT_NOTICE = re.compile(
    r"^[<(\[]?\s*(?:(?:photo|photos|photograph|picture|image|credit|foto|fotos|bild|crédit|crédito)s?\s*:"
    r"|(?:titelbild|beitragsbild|headerbild|aufmacherbild|vorschaubild|bildquelle|bildnachweis|bildrechte|fotonachweis"
    r"|fotocredits?|cr[ée]dits?\s+photos?|photo\s+credits?|image\s+credits?|header\s+image|featured\s+image)\s*:"
    r"|©|ⓒ|\(c\)\s|copyright\b)",
    re.IGNORECASE,
)
_NOTICE_MAX = 200
# Where the story or a chart came from, on a line of its own: "Quelle: Nachrichtenagentur",
# "SOURCE: Wire services", "Fuente: Ministerio de Obras". A story's sentence does not
# open with the label and a colon.
_SOURCE_LINE = re.compile(r"^(?:quelle|source|fuente|fonte|źródło|bron|kilde|källa)\s*:\s*\S", re.IGNORECASE)
_SOURCE_MAX = 100
# The comment section's label or count read as a line: "Comments", "12 Kommentare",
# "View comments", "Keine Kommentare", "Alle Kommentare (4)".
_COMMENT_LABEL = re.compile(
    r"^(?:\d+\s+)?(?:(?:view|show|load|read|no|keine|alle)\s+)?(?:comments?|kommentare?|commentaires?|comentarios?)"
    r"(?:\s+insgesamt)?\s*:?\s*(?:\(?\d+\)?)?$",
    re.IGNORECASE,
)
# The empty comment section's notice with its moderation remark: "No comments (comments
# appear once a moderator approves them)". A story does not open a sentence this way.
_NO_COMMENTS_NOTE = re.compile(
    r"^(?:no|keine)\s+(?:comments?|kommentare)\s*\([^()]{5,100}\)$",
    re.IGNORECASE,
)
# A small page builder lays its comment counter out as a table row: "| Comments: 0 | |".
_TABLE_CELL_EDGES = " |"
# The page's date line read into the text: "11.03.2024", "07/09/2023", "Stand: 03.02.2024,
# 09:30 Uhr", "Last modified 2024-02-14". A story does not print a bare date as a paragraph
# (a time alone may head a live blog's entry, and is kept).
_DATE_LINE = re.compile(
    r"^(?:(?:aktualisiert|updated|last\s+modified|letzte\s+änderung|stand|release\s+date)\s*(?:am|on)?\s*:?\s*)?"
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:,?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|am|pm))?)?$",
    re.IGNORECASE,
)
_DATE_LINE_MAX = 60
# A prompt to log in, from a paywall or a comment form: "Log in or register to keep
# reading", "Zum Weiterlesen loggen Sie sich mit Ihrem Konto ein.", "Log in now to join the discussion".
_LOGIN_PROMPT = re.compile(
    r"\b(?:log\s?in|sign\s+in)\s+(?:or|to|now)\b|\blog\s?in\s+again\b|\bnicht\s+eingeloggt\b|\beingeloggt\s+sein\b"
    r"|\bloggen\s+sie\s+sich\b|\balready\s+a\s+subscriber\b|\bconnectez-vous\b",
    re.IGNORECASE,
)
_LOGIN_PROMPT_MAX = 160
# Page furniture labels read as lines: a table of contents' heading ("Inhaltsverzeichnis",
# "Table of contents"), a newsletter box's title ("Harbour Times Newsletter"), an ad or
# sponsoring label ("Anzeige", "*Werbung. Dieser Beitrag enthält Werbung.", "Advertisement"),
# a media player's availability note ("Video verfügbar bis 31.12.2024"), the label over a
# press release's contact or sources.
_FURNITURE_LABEL = re.compile(
    r"^(?:inhaltsverzeichnis|table\s+of\s+contents|contents|índice|sommaire|spis\s+treści)\s*:?$"
    r"|^(?:[\w-]+\s+){0,3}newsletter\s*:?$"
    r"|^[*(\[]?\s*(?:anzeige|werbung|advertisement|sponsored|publicidad|publicité|reklama)\s*(?:$|[.,:|–-])"
    r"|^(?:video\s+)?verfügbar\s+bis\b|\bmin\.*\s*verfügbar\s+bis\b"
    # the label over a press release's appendix: "Pressekontakt:", "Media contact", "Zusatzinformationen:"
    r"|^(?:kontakt|pressekontakt|medienkontakt|media\s+contact|press\s+contact"
    r"|ansprechpartner(?:in)?(?:\s+zum\s+thema)?|zusatzinformationen|originalpublikation|quellenangaben)\s*:?$"
    r"|^weitere\s+informationen\s*:$"
    # a blog host's share and like bar under the post: "Share this:", "Teilen mit:", "Gefällt mir:",
    # "Wird geladen …" (a bare "Like this:" may introduce a tutorial's example, and is kept)
    r"|^(?:share\s+this|teilen\s+(?:sie\s+dies\s+)?mit|gefällt\s+mir)\s*:$|^wird\s+geladen\s*(?:…|\.\.\.)$",
    re.IGNORECASE,
)
_FURNITURE_LABEL_MAX = 80
# A sign-up box's line: "Subscribe to Example Plus to save this article", "Sign up for the morning briefing";
# as a list's item ("- Sign up for the trial first") it is a step of the story.
_SIGN_UP = re.compile(r"^(?:subscribe\s+to|sign\s+up\s+(?:for|to))\b", re.IGNORECASE)
# A photo caption set in the text: "Pictured from left are Jane Doe and John Roe.",
# "Sur la photo : …", "En la imagen, …".
_CAPTION_LEAD = re.compile(r"^(?:pictured\b|sur\s+la\s+photo\b|en\s+la\s+(?:imagen|foto)\b)", re.IGNORECASE)
# A video teaser's summary, closed by its date and running time: "… 21.04.2024 | 3:18 min".
_VIDEO_TEASER = re.compile(r"\b\d{1,2}:\d{2}\s*min\.?$", re.IGNORECASE)
_CARD_TEXT_MAX = 400
# A teaser for another article: "[Related: Other headline]", "Read more: …",
# "À lire aussi …", "(Leggi anche: …)"; or the label alone on its line.
_TEASER_CUE = (
    r"(?:related(?:\s+(?:video|videos|article|articles|stories|story|coverage|content))?"
    r"|recommended(?:\s+videos?)?|don[’']?t\s+miss"
    r"|read\s+(?:more|also|next)|see\s+(?:also|more(?:\s+photos)?)|more\s+photos|lesen\s+sie\s+(?:auch|mehr)"
    r"|mehr\s+zum\s+thema|auch\s+interessant|à\s+lire\s+aussi|lire\s+aussi|leggi\s+anche(?:\s+su)?"
    r"|lee\s+también|leia\s+também|ver\s+también"
    r"|czytaj\s+(?:więcej|też|także|również)|čtěte\s+(?:také|více)|lees\s+ook|läs\s+också|les\s+også|læs\s+også)"
)
_TEASER_LINE = re.compile(rf"^[\[(]?\s*{_TEASER_CUE}\s*(?:[:：»›]|\.\.\.|…|$)", re.IGNORECASE)
_TEASER_MAX = 200
# An affiliate disclosure: "We may earn a commission when you buy through links on
# this page", "Beim Kauf über diese Links erhalten wir eine Provision".
_AFFILIATE_GAIN = re.compile(r"\b(?:commission|share of the sale|provision|comisión|comissão)\b", re.IGNORECASE)
_AFFILIATE_BUY = re.compile(
    r"\b(?:buy\w*|purchas\w*|links?|kauf\w*|achat\w*|achet\w*|compra\w*)\b", re.IGNORECASE
)
_AFFILIATE_WE = re.compile(r"\b(?:we|us|our|may|wir|uns|nous|nos)\b", re.IGNORECASE)


def _norm(text: str) -> str:
    # str.split() breaks at the same whitespace as \s and drops it at both ends.
    return " ".join(text.split()).casefold()


@dataclass
class PageText:
    """What the original page holds, collected once before extraction."""

    chars: int = 0
    link_texts: set[str] = field(default_factory=set)
    # Texts of links within the page ("#section-3"): a table of contents names the
    # story's own headings, which stay where they stand alone.
    anchor_texts: set[str] = field(default_factory=set)
    caption_texts: set[str] = field(default_factory=set)
    # The inline scripts, which may hold the story as an HTML string (see script_story);
    # their text is read only for a page that shows no more than a stub of its story.
    scripts: list[HtmlElement] = field(default_factory=list)


def read_page_text(tree: HtmlElement) -> PageText:
    """Visible text size, texts of links, and texts of figure captions."""
    page = PageText()
    body = tree.find("body")
    root = body if body is not None else tree
    chars = 0
    anchors: list[tuple[str, str]] = []  # links within the page: (the id they point to, their text)
    heading_ids: set[str] = set()
    for node in root.iter():
        tag = node.tag
        if not isinstance(tag, str):
            continue
        if tag in _SKIP_TEXT:
            if tag == "script":
                page.scripts.append(node)
            if node.tail:
                chars += len(node.tail.strip())
            continue
        if node.text:
            chars += len(node.text.strip())
        if node.tail:
            chars += len(node.tail.strip())
        if tag == "a":
            text = _norm(text_of(node))
            if text:
                href = node.get("href")
                if href and href.startswith("#") and len(href) > 1:
                    anchors.append((href[1:], text))
                else:
                    page.link_texts.add(text)
        elif tag == "figcaption":
            text = _norm(text_of(node))
            if text:
                page.caption_texts.add(text)
        elif tag in _HEADINGS:
            # the heading's id, or an id inside it ("<h2><span id="costs"></span>Costs</h2>")
            heading_ids.update(filter(None, (inner.get("id") for inner in node.iter() if isinstance(inner.tag, str))))
    for target, text in anchors:
        # a link to a heading of the page is a table of contents' entry; to anything else
        # ("#article-2", the next story down an endless page), a link like any other
        (page.anchor_texts if target in heading_ids else page.link_texts).add(text)
    page.chars = chars
    return page


def clean_body(
    text: str, page: PageText, *, authors: list[str], captions: list[str], title: str | None = None
) -> tuple[str, list[str]]:
    """Paragraphs joined by blank lines, minus headline, caption, byline and teaser-link lines."""
    title_key = _norm(title) if title else None
    caption_texts = page.caption_texts | {_norm(c) for c in captions if c}
    author_keys = {a.casefold() for a in authors}
    # A byline names an author: each word of some author's name is somewhere in the line.
    author_words = [_WORD.findall(key) for key in author_keys]
    lines = [stripped for raw in text.split("\n") if (stripped := raw.strip())]
    keys = [_norm(_LINE_MARK.sub("", line)).rstrip(" |") for line in lines]
    cards = {
        index for index, line in enumerate(lines)
        if _LIST_MARK.match(line) and _is_link_card(keys[index], page.link_texts)
    }
    if 2 * len(cards) > len(lines):  # a post that is a list of links: the links are its story
        cards = set()
    kept: list[str] = []
    dropped: list[str] = []
    for index, (line, key) in enumerate(zip(lines, keys)):
        reason = None
        if not kept and key == title_key:  # the headline repeated above the story
            reason = "headline"
        elif key in caption_texts or (len(key) > 25 and any(key in c for c in caption_texts)):
            reason = "caption"
        elif _is_link_line(key, page.link_texts) or index in cards:
            reason = "link"
        elif key in page.anchor_texts and _LINE_MARK.match(line):
            reason = "link"  # a table of contents' entry (the heading it points to stays)
        elif author_keys and len(line) < 120 and _names_an_author(line, author_words) and _is_byline(line, author_keys):
            reason = "byline"
        elif author_keys and _names_an_author(line, author_words) and _is_author_bio(line):
            # the writer's bio from an author box above the story ("Jane Doe is a senior
            # editor at …"): far from the end, where the bio test below does not look
            reason = "byline"
        if reason:
            dropped.append(reason)
        else:
            kept.append(line)
    kept, recirculation = _cut_at_recirculation(kept)
    dropped.extend(recirculation)
    kept, tag_lists = _drop_tag_lists(kept)
    dropped.extend(tag_lists)
    kept, widgets = _drop_label_runs(kept)
    dropped.extend(widgets)
    kept, trailers = _drop_trailers(kept)
    dropped.extend(trailers)
    return "\n\n".join(kept), dropped


def _drop_trailers(lines: list[str]) -> tuple[list[str], list[str]]:
    """Drop credit notices, teasers, affiliate disclosures and subscription boxes anywhere;
    author bios and contact lines only near the end."""
    tail_start = len(lines) - _TAIL_PARAGRAPHS
    kept: list[str] = []
    dropped: list[str] = []
    for index, line in enumerate(lines):
        reason = _trailer_reason(line, near_end=index >= tail_start)
        if reason and len(lines) - len(dropped) > 1:  # never empty the story itself
            dropped.append(reason)
        else:
            kept.append(line)
    return kept, dropped


def _trailer_reason(line: str, *, near_end: bool) -> str | None:
    # Reasons use the warning words the HTML reader knows: a photo credit belongs to a
    # caption; a teaser, an affiliate disclosure or a subscription box is about links
    # elsewhere; a bio or contact line is about the story's authors.
    text = _LINE_MARK.sub("", line)
    if _is_doubled(text):
        return "link"
    if len(text) <= _NOTICE_MAX and _CREDIT_NOTICE.match(text):
        return "caption"
    if len(text) <= _SOURCE_MAX and _SOURCE_LINE.match(text):
        return "byline"
    if len(text) <= _DATE_LINE_MAX and _DATE_LINE.match(text):
        return "date"
    label = text.strip(_TABLE_CELL_EDGES)
    if len(label) <= _LABEL_MAX_CHARS and _COMMENT_LABEL.match(label):
        return "link"
    if _NO_COMMENTS_NOTE.match(text):
        return "link"
    if len(text) <= _FURNITURE_LABEL_MAX and _FURNITURE_LABEL.search(text):
        return "link"
    if len(text) <= _SHORT_BOX and text == line and _SIGN_UP.match(text):
        return "link"
    if len(text) <= _TEASER_MAX and _TEASER_LINE.match(text):
        return "link"
    if len(text) <= _CARD_TEXT_MAX and _CAPTION_LEAD.match(text):
        return "caption"
    if len(text) > _CARD_TEXT_MAX:
        low = ""  # (no test below reads a text this long)
    elif "ı" in text or "ſ" in text or "İ" in text:
        low = None  # letters a case-blind pattern matches that lower() does not give
    else:
        low = text.lower()
    if len(text) <= _CARD_TEXT_MAX and (low is None or low.endswith(_VIDEO_TEASER_ENDS)) and _VIDEO_TEASER.search(text):
        return "link"
    if (
        len(text) <= _SHORT_BOX
        and _may_hold(low, _AFFILIATE_GAIN_HINT)
        and _AFFILIATE_GAIN.search(text)
        and _AFFILIATE_BUY.search(text)
        and _AFFILIATE_WE.search(text)
    ):
        return "link"
    if (
        len(text) <= _SHORT_BOX
        and _may_hold(low, _NEWSLETTER_NOUN_HINT)
        and _NEWSLETTER_NOUN.search(text)
        and _NEWSLETTER_VERB.search(text)
    ):
        return "link"
    if len(text) <= _SHORT_BOX and _may_hold(low, _SUBSCRIPTION_OFFER_HINT) and _SUBSCRIPTION_OFFER.search(text):
        return "link"
    if len(text) <= _SHORT_BOX and _may_hold(low, _CHANNEL_HINT) and _CHANNEL.search(text) and _CHANNEL_INVITE.search(text):
        return "link"
    if len(text) <= _LOGIN_PROMPT_MAX and _may_hold(low, _LOGIN_PROMPT_HINT) and _LOGIN_PROMPT.search(text):
        return "link"
    if not near_end:
        return None
    if _is_author_bio(text):
        return "byline"
    if len(text) <= _SHORT_BOX and _CONTACT_LINE.search(text) and _CONTACT_HANDLE.search(text):
        return "byline"
    if len(text) <= _SHORT_BOX and (_READER_APPEAL.search(text) or _POLICY_POINTER.match(text)):
        return "link"
    return None


# Letter runs every match of a case-blind pattern above holds, lower-cased: most lines
# hold none, and a case-sensitive search for them rules those lines out at a fraction
# of the patterns' cost. (A video teaser ends its line with "min"/"min.".)
_VIDEO_TEASER_ENDS = ("min", "min.")
_AFFILIATE_GAIN_HINT = re.compile("commission|share of the sale|provision|comisi|comiss")
_NEWSLETTER_NOUN_HINT = re.compile("newsletter|inbox|posteingang|ception|bandeja de entrada")
_SUBSCRIPTION_OFFER_HINT = re.compile(r"subscri|abonn|abo\b|suscr|commercial")
_CHANNEL_HINT = re.compile("app|telegram|google")
_LOGIN_PROMPT_HINT = re.compile("log|sign|subscriber|connectez")


def _may_hold(low: str | None, hint: re.Pattern[str]) -> bool:
    """Whether a lower-cased line holds a ``hint`` (None: it may, untested)."""
    return low is None or hint.search(low) is not None


def _is_link_line(key: str, link_texts: set[str]) -> bool:
    if _BARE_ADDRESS.match(key):
        return False
    return (
        key in link_texts
        or _TEASER_LABEL.sub("", key) in link_texts
        # (the tag closes the line: the search runs only on lines that end with "]")
        or key.endswith("]") and _LINK_TAG.sub("", key) in link_texts
    )


def _names_an_author(line: str, author_words: list[list[str]]) -> bool:
    low = line.casefold()
    return any(words and all(word in low for word in words) for words in author_words)


def _is_author_bio(line: str) -> bool:
    return len(line) < _BIO_MAX and (_AUTHOR_BIO.match(line) is not None or _BEAT_BIO.match(line) is not None)


def _is_byline(line: str, author_keys: set[str]) -> bool:
    found = clean_authors([line])
    names = {n.casefold() for n in found.names}
    return bool(names) and names <= author_keys and len(found.dropped) <= 1


def _is_doubled(text: str) -> bool:
    # A teaser card gives its headline twice (image alt text, then the link text):
    # "Ferry Fares Rise Again Ferry Fares Rise Again". A story line never repeats itself whole.
    words = text.split()
    half = len(words) // 2
    return half >= 3 and len(words) % 2 == 0 and words[:half] == words[half:]


# A related-story card in a list: the linked headline, then its one-line summary
# ("- Ferry fares rise again The operator blames fuel costs"), or a short kicker, then
# the linked headline. The headline is a whole link text of three words or more.
_CARD_HEADLINE_WORDS = 3
_CARD_MAX = 300


def _is_link_card(key: str, link_texts: set[str]) -> bool:
    if len(key) > _CARD_MAX:
        return False
    words = key.split()
    for end in range(len(words) - 1, _CARD_HEADLINE_WORDS - 1, -1):
        if " ".join(words[:end]) in link_texts:
            return True
    # a headline with a kicker before its link: "- Wearables: what the deal means for fitness bands"
    for start in range(1, len(words) - _CARD_HEADLINE_WORDS + 1):
        if 2 * start <= len(words) and " ".join(words[start:]) in link_texts:
            return True
    return False


# A sidebar widget read as text: an archive or category list, each line a label or
# its count ("November", "(27)", "Politics (42)"). A story's lists are marked
# items or sentences; a long run of bare lines of a word or three, a third of them
# ending in a count in brackets, is page furniture (a list of names or a table's
# cells, without such counts, may be the story's).
_LABEL_RUN = 8
_LABEL_MAX_WORDS = 3
_LABEL_MAX_CHARS = 25
_COUNTED = 3
_COUNT = re.compile(r"\(\d+\)$")


def _is_count(line: str) -> bool:
    return _COUNT.search(line) is not None


def _is_label(line: str) -> bool:
    return (
        len(line) <= _LABEL_MAX_CHARS
        and len(line.split()) <= _LABEL_MAX_WORDS
        and not _LINE_MARK.match(line)
        and not line.endswith((".", "!", "?", "。"))
    )


def _drop_label_runs(lines: list[str]) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    dropped: list[str] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and _is_label(lines[end]):
            end += 1
        run = lines[start:end]
        if len(run) >= _LABEL_RUN and len(run) < len(lines) and _COUNTED * sum(map(_is_count, run)) >= len(run):
            dropped.extend(["link"] * (end - start))
        else:
            kept.extend(run)
        if end < len(lines):
            kept.append(lines[end])
        start = end + 1
    return kept, dropped


# The page's keyword list: "Tags: ferries, harbour, council" or the label on its own
# line with the list on the next. A story sentence is not a bare list of phrases.
_TAG_LABEL = re.compile(
    r"^(?:tags|tagged(?:\s+with)?|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rter|etiquetas|étiquettes|mots-clés)\s*:?\s*",
    re.IGNORECASE,
)
_TAG_MIN_COMMAS = 2


def _is_tag_list(text: str) -> bool:
    return text.count(",") >= _TAG_MIN_COMMAS and not text.rstrip().endswith((".", "!", "?"))


def _drop_tag_lists(lines: list[str]) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    dropped: list[str] = []
    skip_next = False
    for index, line in enumerate(lines):
        if skip_next:
            skip_next = False
            dropped.append("link")
            continue
        label = _TAG_LABEL.match(line)
        if label and len(kept) > 0:
            rest = line[label.end():]
            if not rest and index + 1 < len(lines) and _is_tag_list(lines[index + 1]):
                skip_next = True
                dropped.append("link")
                continue
            if rest and label.group().rstrip().endswith(":") and _is_tag_list(rest):
                dropped.append("link")
                continue
        kept.append(line)
    return kept, dropped


# The heading of the page's recirculation box, on its own line after the story: "More
# from The Harbour Times", "You may also like", "Trending", "Meistgelesen", "Weitere
# Themen aus dem Ressort", "Empfohlene Artikel", "Notas relacionadas", "Popular on Example
# Daily", "Also on example.org". What follows it is other stories (or nothing, where the
# box's links were dropped). Only in the story's second half: a heading high up is a section.
_RECIRCULATION_HEADING = re.compile(
    r"^(?:more\s+from\b.{0,40}|you\s+(?:may|might)\s+also\s+like|top\s+stories|most\s+(?:read|popular|viewed)"
    r"|popular\s+on\b.{0,40}|explore\s+further|(?:also\s+on|auch\s+auf)\s+\S+\.[a-z]{2,6}"
    r"|trending(?:\s+now)?|editor[’']?s\s+picks|meistgelesen|meist-?(?:gelesen|diskutiert|kommentiert)\w*"
    r"|(?:(?:weitere|mehr)\s+(?:aktuelle\s+)?(?:themen|beiträge|artikel)|top-?\s*themen)"
    r"(?:\s+(?:aus|von|bei|auf|im|in|zum|zur)\b[^!?:]{0,40})?"
    r"|(?:das|dieses)\s+(?:thema\s+)?könnte\s+(?:sie|dich)\s+auch\s+interessieren|schon\s+gelesen|lust\s+auf\s+mehr"
    r"|empfohlene\s+(?:beiträge|artikel)|ähnliche(?:\s+(?:beiträge|artikel|themen))?|zum\s+weiterlesen"
    r"|kommentierte\s+artikel|beiträge\s+aus\s+dem\s+forum|(?:videos?|bilder|fotos)\s+zum\s+thema"
    r"|(?:también\s+)?te\s+puede\s+interesar|(?:contenido|notas?|artículos?|noticias)\s+relacionad[oa]s?"
    r"|à\s+lire\s+également|temas|topics|themen|thema"
    # the blog's links to its neighbouring posts: "Next post", "Nächster Beitrag"
    r"|(?:vorschau\s+auf\s+den\s+)?(?:nächste[rn]?|vorherige[rn]?)\s+(?:artikel|beitrag)"
    r"|(?:next|previous)\s+(?:article|story|post)|article\s+(?:suivant|précédent)"
    # in Japanese, Chinese and Korean: "recommended", "related articles", "most read"
    r"|おすすめ(?:情報|記事)?|関連記事|関連ニュース|人気記事|あわせて読みたい|相关(?:阅读|新闻|文章)|推荐阅读|관련\s?기사|많이\s+본\s+뉴스)"
    r"\s*[:.…?：]*$",
    re.IGNORECASE,
)


def _cut_at_recirculation(lines: list[str]) -> tuple[list[str], list[str]]:
    for index in range(max(1, len(lines) // 2), len(lines)):
        if _RECIRCULATION_HEADING.match(_LINE_MARK.sub("", lines[index])):
            return lines[:index], ["link"] * (len(lines) - index)
    return lines, []


# The page's summary (its meta description) shown over the story as its standfirst:
# "<p class="standfirst">Ferry fares rise for the third time this year.</p>". Shown,
# it is the story's opening; in the metadata alone it is a search snippet.
_STANDFIRST_MIN_CHARS = 40
_STANDFIRST_KEY_CHARS = 60
_STANDFIRST_TAGS = ("p", "div", "h2", "span", "strong", "section", "header")
# A block holding the summary and much more is not the standfirst.
_STANDFIRST_SLACK = 2
# A picture's caption or a teaser link may repeat the summary: neither is the standfirst.
_NOT_STANDFIRST = frozenset(("figure", "figcaption", "a"))
# A standfirst stands under the headline. A summary shown above every headline is the
# site's tagline in its masthead (a blog whose posts share the site's description), and
# a page without an <h1> gives nothing to tell the two apart.
_AFTER_HEADLINE = etree.XPath("boolean(preceding::h1)")


def shown_standfirst(
    tree: HtmlElement, descriptions: Sequence[str | None], body: str, title: str | None = None
) -> str | None:
    """The page's shown summary, when the body does not open with it (nor hold it).

    ``descriptions``: the page's summaries, best first. A page may give its linked data
    one summary and its <meta> tags another, and show only the second one under its headline.
    """
    flat_body = " ".join(body.split())
    summaries: list[str] = []
    for description in descriptions:
        summary = " ".join((description or "").split())
        if len(summary) < _STANDFIRST_MIN_CHARS or summary in summaries:
            continue
        if summary[:_STANDFIRST_KEY_CHARS] in flat_body:
            return None  # the body already holds one of the page's summaries
        if not (title and _norm(title) == _norm(summary)):
            summaries.append(summary)
    if not summaries:
        return None
    # One pass over the page for all the summaries: the first element showing one wins.
    keys = [(summary[:_STANDFIRST_KEY_CHARS], summary) for summary in summaries]
    for element in tree.iter(*_STANDFIRST_TAGS):
        text = element.text
        if not text:
            continue
        for key, summary in keys:
            if key[:20] not in text or key not in " ".join(text.split()):
                continue
            if any(ancestor.tag in _NOT_STANDFIRST for ancestor in element.iterancestors()):
                break
            if not _AFTER_HEADLINE(element):
                break
            shown = " ".join(text_of(element).split())
            if len(shown) > _STANDFIRST_SLACK * len(summary):
                continue
            return shown
    return None
