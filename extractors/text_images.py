"""Photo captions and credits in a text dump, each photo once."""
from __future__ import annotations

import re

from .record import Image
from .text_kinds import Kind, fold, has_credit, is_headline_case, undoubled
from .text_lines import Line

# "... (AP Photo/Jo Sample)", "... (Photo illustration by Sam Example / Harbour Gazette)"
_PAREN_CREDIT = re.compile(r"\s*\(([^()]*)\)\s*$")
# "... Photograph: Jane Roe/Getty Images", "Illustration: Jana Beispiel/The Courier"
_LABEL_CREDIT = re.compile(
    r"\s*\b((?:photo(?:graph)?|picture|image|illustration|credit|photo credit|foto|bild)s?\s*:\s*\S.*)$", re.I
)
# "... Springfield, Illinois, U.S. March 2, 2019. REUTERS/Sam Example"
_AGENCY_SLASH = re.compile(r"\s*\b([A-Z]{2,}(?: [A-Z]{2,})*/[A-Z].*)$")
# Credits are short and end the line: the patterns look at its tail only. A long line of
# capitals ("WORD WORD ...", a banner) would otherwise make the agency pattern try every
# word as the start of its run, which is quadratic in the line's length.
_CREDIT_TAIL_CHARS = 400
_UPPER_TOKEN = re.compile(r"^[^a-z]*[A-Z][^a-z]*$")
# "... vor dem Rathaus. © Jana Muster/Beispiel Wire/dpa": the sign opens the credit.
_COPYRIGHT_CREDIT = re.compile(r"\s*(©\s*\S.*)$")
# "... Kashmir Wednesday. Photo by Kevin Sample /AP"
_BY_CREDIT = re.compile(r"\s+((?:photo(?:graph)?|picture|image|illustration)s?\s+by\s+\S.*)$", re.I)


# A line that is only a credit: "Photograph by Jane Roe", "Illustration by Bo Park for the Courier".
_CREDIT_LINE = re.compile(r"^(?:photograph|photo|illustration|image|picture|video|artwork)s?\s+(?:by|courtesy of)\s", re.I)
_ALT_MAX_WORDS = 25
# A credit of names and agencies split by bars: "Jo Sample | Afp | Getty Images".
_BAR_PART_MAX_WORDS = 4


def split_credit(text: str) -> tuple[str | None, str | None]:
    """A caption line as (caption, credit); either may be missing."""
    text = text.strip()
    text = undoubled(text) or text
    if _CREDIT_LINE.match(text) or _is_bar_credit(text):
        return None, text
    tail_at = max(0, len(text) - _CREDIT_TAIL_CHARS)
    for pattern in (_PAREN_CREDIT, _LABEL_CREDIT, _AGENCY_SLASH, _COPYRIGHT_CREDIT, _BY_CREDIT):
        match = pattern.search(text, tail_at)
        if match and (pattern is _COPYRIGHT_CREDIT or has_credit(match.group(0))):
            caption = text[: match.start()].strip() or None
            return caption, match.group(1).strip()
    # "... alongside a photo... KOREA SUMMIT PRESS POOL/MANDEL NGAN/AFP/GETTY IMAGES":
    # the credit is the run of capitalised words at the end holding a slash.
    tokens = text.split(" ")
    cut = len(tokens)
    while cut > 0 and _UPPER_TOKEN.match(tokens[cut - 1]):
        cut -= 1
    tail = " ".join(tokens[cut:])
    if cut < len(tokens) - 1 and "/" in tail:
        return " ".join(tokens[:cut]).strip() or None, tail
    return text, None


def _is_bar_credit(text: str) -> bool:
    if " | " not in text:
        return False
    parts = text.split(" | ")
    return all(0 < len(part.split()) <= _BAR_PART_MAX_WORDS for part in parts) and has_credit(parts[-1])


def find_images(lines: list[Line], kinds: list[Kind], start: int, end: int) -> tuple[list[Image], int]:
    """Captions between ``start`` and ``end`` as images, and how many repeats were dropped."""
    images: list[Image] = []
    seen: set[str] = set()
    repeats = 0
    i = start
    while i < end:
        if kinds[i] is not Kind.CAPTION:
            i += 1
            continue
        if _is_teaser_picture(lines, kinds, i) or _is_doubled_link(lines[i].text):
            i += 1
            continue
        caption, credit = split_credit(lines[i].text)
        # A caption whose credit sits on a line of its own just below it.
        if caption is None and images and images[-1].credit is None and i > start and kinds[i - 1] is Kind.CAPTION:
            images[-1].credit = credit
            i += 1
            continue
        key = fold(caption or credit or "")
        if key in seen:
            repeats += 1
        elif key:
            seen.add(key)
            images.append(Image(url=None, caption=caption, credit=credit))
        i += 1
    return images, repeats


def caption_before_credit(lines: list[Line], kinds: list[Kind], folded: list[str]) -> None:
    """A plain line right above a credit-only line is that photo's caption
    ("Photo illustration of a ferry ..." over "(Photo ... / Harbour Gazette)")."""
    for i in range(1, len(lines)):
        if kinds[i] is Kind.CAPTION and kinds[i - 1] in (Kind.SHORT, Kind.PROSE):
            caption, _ = split_credit(lines[i].text)
            if caption is None and not lines[i - 1].blank_after and lines[i - 1].words <= 60:
                kinds[i - 1] = Kind.CAPTION
    _mark_alt_text(lines, kinds, folded)
    # The same caption printed again elsewhere (pages often show it twice).
    captions = {key for key, kind in zip(folded, kinds) if kind is Kind.CAPTION}
    for i, line in enumerate(lines):
        if kinds[i] in (Kind.SHORT, Kind.PROSE) and line.words >= 5 and folded[i] in captions:
            kinds[i] = Kind.CAPTION


_DOUBLED_CAPTION_MIN_WORDS = 4


def _is_doubled_link(text: str) -> bool:
    """A teaser link printed with its title ("Rettet die Reichen Rettet die Reichen",
    a headline in title case twice): not a picture's alt text and caption."""
    once = undoubled(text)
    return once is not None and (len(once.split()) < _DOUBLED_CAPTION_MIN_WORDS or is_headline_case(once))


def _is_teaser_picture(lines: list[Line], kinds: list[Kind], i: int) -> bool:
    """A related-story teaser: its picture's caption sits right on its headline."""
    nxt = i + 1
    return (
        nxt < len(lines)
        and not lines[i].blank_after
        and kinds[nxt] is Kind.SHORT
        and not has_credit(lines[nxt].text)
    )


def _mark_alt_text(lines: list[Line], kinds: list[Kind], folded: list[str]) -> None:
    """A picture's alt text, which a text browser prints over its caption: a short
    line set right on the caption ("Portrait of the mayor" over "Photograph by
    Jane Roe"), or one the caption repeats nearly word for word ("Crowds at the
    pier" over "Crowds at the pier on Monday Credit: Bo Park/Getty Images").
    It is not a headline and not story, so it counts as the picture's id."""
    for i in range(len(lines) - 1):
        if kinds[i] not in (Kind.SHORT, Kind.PROSE) or kinds[i + 1] is not Kind.CAPTION:
            continue
        line = lines[i]
        if line.words > _ALT_MAX_WORDS or line.in_list:
            continue
        # Story paragraphs may sit on a caption too, in dumps without blank lines.
        glued = not line.blank_after and kinds[i] is Kind.SHORT
        if glued or _repeats_opening(folded[i], folded[i + 1]):
            kinds[i] = Kind.PHOTO_ID


def _repeats_opening(alt: str, caption: str) -> bool:
    """The caption opens with the alt text's words, give or take a word form."""
    words, other = alt.split(), caption.split()
    if len(words) < 3 or words[:3] != other[:3]:
        return False
    return len(set(words) & set(other)) >= 0.7 * len(set(words))
