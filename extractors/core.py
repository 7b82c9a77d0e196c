"""The one pure entry point: bytes or text in, an Article out. No I/O, picklable."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .html import read_html
from .quotes import find_quotes
from .record import Article, Source
from .sniff import decode
from .speakers import attribute_speakers
from .text import read_text


@dataclass(frozen=True)
class Options:
    """What extract() may do; one object instead of a dozen keywords."""

    max_bytes: int = 20_000_000
    quotes: bool = True


DEFAULT_OPTIONS = Options()


def extract(
    data: bytes | str,
    *,
    path: str | None = None,
    url: str | None = None,
    options: Options = DEFAULT_OPTIONS,
) -> Article:
    """Extract one article. Raises NewsjsonError (with a ``type``) when it cannot."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    decoded = decode(data, max_bytes=options.max_bytes)
    if decoded.format == "html":
        article = read_html(decoded.text, url=url, utf8=decoded.utf8)
    else:
        article = read_text(decoded.text)
        article.url = article.url or url
    article.source = Source(
        path=path,
        format=decoded.format,
        encoding=decoded.encoding,
        bytes=len(raw),
        sha256=hashlib.sha256(raw).hexdigest(),
    )
    article.warnings = decoded.warnings + article.warnings
    if options.quotes and article.body:
        article.quotes, article.speakers = attribute_speakers(article.body, find_quotes(article.body))
    return article
