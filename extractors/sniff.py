"""Sniff an input: unwrap gzip, refuse what is not text, pick the encoding, tell HTML from text."""
from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass, field
from typing import Literal

import charset_normalizer

from .errors import BinaryInput, DecodeFailed, EmptyInput, TooLarge

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Magic numbers of files people save next to their pages by mistake.
_BINARY_MAGIC = (
    b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF",
    b"RIFF", b"\x00\x00\x01\x00", b"BZh", b"\xfd7zXZ", b"OggS", b"ID3", b"wOF",
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""")
_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|\?xml|div|article|p|section|style|script|link|noscript)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"</?(?:p|div|span|a|br|html|body|head|title|script|article|section|h[1-6])\b[^>]*>", re.I)
# C0 control characters but tab, line feed, form feed and carriage return: many of
# them say the input is binary.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
# Stray invalid bytes up to this share of the input are replaced (with a
# warning) rather than re-decoding a UTF-8 page in another charset.
_STRAY_BYTES = 0.001


@dataclass
class Decoded:
    text: str
    format: Literal["html", "text"]
    encoding: str
    warnings: list[str] = field(default_factory=list)
    # The input bytes when they are exactly the text in UTF-8 (a UTF-8 page read as it
    # came): the HTML parser reads them without encoding the text again.
    utf8: bytes | None = None


def gunzip(data: bytes, limit: int) -> bytes:
    """Inflate gzip data, refusing to grow past ``limit`` bytes (a gzip bomb)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise DecodeFailed(f"not valid gzip data: {exc}") from None
    if len(out) > limit:
        raise TooLarge(f"gzip input inflates past the limit of {limit} bytes")
    if not inflater.eof:
        raise DecodeFailed("gzip data is truncated")
    return out


def decode(data: bytes | str, *, max_bytes: int) -> Decoded:
    """Turn raw input into text, recording the encoding and any repair."""
    if isinstance(data, str):
        text = data[1:] if data.startswith("\ufeff") else data
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates, e.g. from os.fsdecode'd bytes
            text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
            return _classify(text, "utf-8", ["replaced invalid characters (lone surrogates)"])
        return _classify(text, "utf-8", [])
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, max_bytes)
    if len(data) > max_bytes:
        raise TooLarge(f"input is {len(data)} bytes, over the limit of {max_bytes}")
    if not data.strip():
        raise EmptyInput("input is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _classify(data[len(bom):].decode(encoding), encoding, [])
            except UnicodeDecodeError as exc:
                raise DecodeFailed(f"invalid {encoding} after its byte order mark: {exc}") from None
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:4096]:
        raise BinaryInput("input is binary, not HTML or text")
    warnings: list[str] = []
    declared = _declared_charset(data[:4096])
    if declared in _SINGLE_BYTE and not data.isascii():
        # Pages re-encoded to UTF-8 by a CMS often keep their old Latin-1 declaration;
        # legacy text almost never forms valid multi-byte UTF-8 by chance.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            warnings.append(f"declared charset {declared} but the bytes are UTF-8; read as UTF-8")
            return _classify(text, "utf-8", warnings, utf8=data)
    if declared:
        try:
            return _classify(data.decode(declared), declared, warnings, utf8=data if declared == "utf-8" else None)
        except UnicodeDecodeError:
            warnings.append(f"declared charset {declared} does not fit the bytes; detected instead")
    try:
        return _classify(data.decode("utf-8"), "utf-8", warnings, utf8=data)
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    # (stray bytes only in a text that holds UTF-8 characters too: a short Latin-1
    # note whose one accented letter is its only non-ASCII byte is Latin-1)
    if bad <= max(1, len(data) * _STRAY_BYTES) and not text.replace("\ufffd", "").isascii():
        warnings.append(f"replaced {bad} invalid UTF-8 byte sequence(s)")
        return _classify(text, "utf-8", warnings)
    if _looks_western(data):
        warnings.append("no declared charset and not UTF-8; read as windows-1252")
        return _classify(data.decode("cp1252"), "cp1252", warnings)
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodeFailed("could not find a text encoding for the input")
    warnings.append(f"no declared charset; detected {best.encoding}")
    return _classify(str(best), best.encoding, warnings)


_SINGLE_BYTE = {"cp1252", "iso8859-15", "cp1250", "iso8859-2", "mac-roman"}

# Letters and punctuation that legacy Western pages use; text in another legacy
# charset (Shift-JIS, KOI8-R, GBK) read as windows-1252 turns into symbol soup.
_WESTERN = set("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœŒ“”‘’–—…€«»°£§©®·¡¿ ")


def _looks_western(data: bytes) -> bool:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [ch for ch in text if ord(ch) > 127]
    return sum(ch in _WESTERN for ch in high) >= 0.95 * len(high)


def _declared_charset(head: bytes) -> str | None:
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read Latin-1 labels as windows-1252, and a UTF-16 label in an ASCII-readable
    # head as UTF-8 (it cannot be true: the bytes just read were not UTF-16). WHATWG rules.
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}.get(name, name)


def _classify(text: str, encoding: str, warnings: list[str], *, utf8: bytes | None = None) -> Decoded:
    if not text.strip():
        raise EmptyInput("input has no text")
    controls = len(_CONTROL_CHARS.findall(text, 0, 4096))
    if controls > 0.1 * min(len(text), 4096):
        raise BinaryInput("input is mostly control characters, not HTML or text")
    head = text[:4096]
    is_html = bool(_HTML_START.match(head)) or len(_TAG.findall(head)) >= 5
    return Decoded(text, "html" if is_html else "text", encoding, warnings, utf8 if isinstance(utf8, bytes) else None)
