"""Parse a page once into the tree every HTML stage shares.

The same repairs and checks as trafilatura's ``load_html``, with two savings that
do not change the tree: the text goes to libxml2 as UTF-8 bytes (its native input),
and elements come back as plain ``HtmlElement`` objects without lxml.html's
per-element class lookup (a Python call each time an element is touched, which is
close to a million calls on a thousand pages; the form-field classes it picks are
not used here).
"""
from __future__ import annotations

from lxml import etree
from lxml.etree import _Element, tostring
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction, fromstring
from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS

# trafilatura's HTML_PARSER options.
PARSER = etree.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
)
PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
)
# Characters XML cannot hold: the C0 controls but tab and newlines (looked for as UTF-8
# bytes, where they stand for themselves), U+FFFE and U+FFFF (looked for in the text:
# Python answers at once for a text without characters that high, and scans one
# character at a time rather than three bytes for the rest).
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
# One byte string each: a search for a single byte is a memchr, and 29 of them over a
# page cost less than one copy of it without them (bytes.translate).
_CONTROL_BYTE_STRINGS = tuple(bytes((byte,)) for byte in _CONTROL_BYTES)
_NONCHARACTERS = ("\ufffe", "\uffff")


def parse_html(text: str, *, utf8: bytes | None = None) -> HtmlElement | None:
    """The page's tree, or None when the text is not HTML.

    ``utf8``: the text's UTF-8 bytes when the caller holds them (the page as read),
    which spares encoding the text again.
    """
    beginning = text[:50].lower()
    data = utf8 if utf8 is not None else text.encode("utf-8", "surrogatepass")
    if any([byte in data for byte in _CONTROL_BYTE_STRINGS]) or _NONCHARACTERS[0] in text or _NONCHARACTERS[1] in text:
        text = INVALID_XML_CHARS.sub("", text)  # rare: most pages hold none
        data = text.encode("utf-8", "surrogatepass")
    repaired = _repair_markup(text, beginning)
    if repaired is not text:
        data = repaired.encode("utf-8", "surrogatepass")
    try:
        tree = fromstring(data, parser=PARSER)
    except Exception:  # noqa: BLE001 - libxml2 refuses some inputs outright
        return None
    if tree is not None and "html" not in beginning and len(tree) < 2:
        return None  # no <html> at the start and next to nothing parsed: not a page
    if tree is not None and tree.getparent() is not None:
        # lxml hands back a lone element of the body ("<svg>...") for a fragment; later
        # stages (htmldate's cleaning among them) need the document's root.
        tree = tree.getroottree().getroot()
    return tree


def nesting_was_cut() -> bool:
    """Whether the last parse dropped elements nested deeper than lxml's limit."""
    return any("Excessive depth" in error.message for error in PARSER.error_log)


def _repair_markup(text: str, beginning: str) -> str:
    """trafilatura's repairs for what libxml2 misreads (repair_faulty_html, less the character filter)."""
    if "doctype" in beginning:
        # a doctype with a "/" in it (XHTML written as a self-closing tag); the first
        # line is cut off by position: partition() would copy the rest of the page
        end = text.find("\n")
        first = text if end < 0 else text[:end]
        fixed = DOCTYPE_TAG.sub("", first, count=1)
        if end < 0:
            text = fixed + "\n"  # trafilatura ends a page of one line with a line break
        elif fixed != first:
            text = fixed + text[end:]
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):  # a self-closing <html/> in the first lines
            return FAULTY_HTML.sub(r"\1>", text, count=1)
    return text


def text_of(element: _Element) -> str:
    """lxml.html's text_content(): libxml2 gathers the same text nodes for either, and
    serialising them as text skips the XPath evaluation text_content() sets up per call
    (a page has hundreds of links and boxes to measure)."""
    return tostring(element, method="text", encoding="unicode", with_tail=False)
