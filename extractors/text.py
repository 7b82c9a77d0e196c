"""Read an article from a plain-text dump: headline, story paragraphs, captions apart."""
from __future__ import annotations

import re

from .record import Article

_BLANK_LINES = re.compile(r"\n\s*\n")


def read_text(text: str) -> Article:
    blocks = [b.strip() for b in _BLANK_LINES.split(text.replace("\r\n", "\n")) if b.strip()]
    title = blocks[0] if blocks and "\n" not in blocks[0] else None
    return Article(title=title, body="\n\n".join(blocks[1:] if title else blocks))
