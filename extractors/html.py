"""Read an article from an HTML page: trafilatura for body and metadata, one parse per page."""
from __future__ import annotations

from trafilatura import bare_extraction
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from .errors import ParseFailed
from .record import Article


def read_html(html: str, *, url: str | None = None) -> Article:
    tree = load_html(html)
    if tree is None:
        raise ParseFailed("the HTML could not be parsed")
    doc = bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_images=False
    )
    if doc is None:
        return Article(url=url, warnings=["no article text found in the page"])
    lines = (line.strip() for line in xmltotxt(doc.body, False).split("\n"))
    return Article(
        url=doc.url or url,
        title=doc.title or None,
        description=doc.description or None,
        publisher=doc.sitename or None,
        language=doc.language or None,
        authors=[a.strip() for a in (doc.author or "").split(";") if a.strip()],
        date_published=doc.date or None,
        tags=list(doc.tags or []),
        body="\n\n".join(line for line in lines if line),
    )
