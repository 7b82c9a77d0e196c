"""Find the article's images: the lead image and each <figure> with its caption and credit."""
from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml.html import HtmlElement

from .metadata import clean_text
from .record import Image

_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|byline|author|attribution|rights|courtesy", re.I)
# Credits written into the caption text: "… on Monday. Photo: Jane Doe/Reuters",
# "… (Getty Images)", "… Foto: dpa", "… JANE DOE/AFP via Getty Images".
_TRAILING_CREDIT = re.compile(
    r"(?:\s*[|·•–—-]\s*|\s+)"
    r"(?P<credit>(?:(?:photo(?:graph)?s?|picture|image|foto|bild|credit|source|quelle|crédit|©|\(c\))\s*[:：]?\s*(?:by\s+)?"
    r"[^.!?]{2,80}"
    r"|\((?:[^()]*?(?:photo|foto|image|getty|reuters|afp|ap|dpa|epa|shutterstock|alamy|imago|©)[^()]*)\)"
    r"|©\s*[^.!?]{2,80}"
    r"|(?-i:[A-Z][\w'’ -]{1,40}/(?:[A-Z][\w'’ -]{1,40}/?)+)(?:\s+via\s+[\w ]+)?))\s*$",
    re.I,
)
_SKIP_ANCESTORS = {"nav", "footer", "aside"}


def _src(img: HtmlElement) -> str | None:
    for attr in ("data-src", "data-lazy-src", "data-original", "src"):
        value = img.get(attr)
        if value and not value.startswith("data:"):
            return value.strip()
    for attr in ("data-srcset", "srcset"):
        value = img.get(attr)
        if value:
            return value.strip().split(",")[0].split()[0]
    return None


def _image_url(figure: HtmlElement) -> str | None:
    for img in figure.iter("img"):
        src = _src(img)
        if src:
            return src
    for source in figure.iter("source"):
        srcset = source.get("srcset") or source.get("data-srcset")
        if srcset:
            return srcset.strip().split(",")[0].split()[0]
    return None


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """"Crowds on the square. Photo: Jane Doe/Reuters" -> (caption, credit)."""
    match = _TRAILING_CREDIT.search(caption)
    if not match or match.start() == 0:
        return clean_text(caption), None
    credit = match["credit"].strip()
    if credit.startswith("(") and credit.endswith(")"):
        credit = credit[1:-1]
    return clean_text(caption[: match.start()]), clean_text(credit)


def _in_boilerplate(node: HtmlElement) -> bool:
    for ancestor in node.iterancestors():
        if ancestor.tag in _SKIP_ANCESTORS:
            return True
    return False


def _caption_parts(figure: HtmlElement) -> tuple[str | None, str | None]:
    caption_node = next(figure.iter("figcaption"), None)
    if caption_node is None:
        return None, None
    credit = None
    credit_nodes = [n for n in caption_node.iter() if n is not caption_node and _CREDIT_CLASS.search(n.get("class") or "")]
    credit_nodes += [n for n in figure.iter() if n.tag not in ("figure",) and not any(a is caption_node for a in n.iterancestors()) and n is not caption_node and _CREDIT_CLASS.search(n.get("class") or "")]
    full = clean_text(caption_node.text_content()) or ""
    for node in credit_nodes:
        text = clean_text(node.text_content())
        if text and text != full:
            credit = text
            full = clean_text(full.replace(text, " ")) or ""
            break
    if credit is None:
        caption, credit = split_credit(full)
    else:
        caption = clean_text(full)
    if caption:
        caption = caption.strip(" |·•–—-")
    return caption or None, credit


def read_images(tree: HtmlElement, *, lead_image: str | None, base_url: str | None) -> list[Image]:
    """The lead image first, then every figure outside navigation/footers, deduplicated."""
    images: list[Image] = []
    seen_urls: dict[str, Image] = {}
    seen_captions: set[str] = set()

    def absolute(url: str | None) -> str | None:
        if url and base_url and not url.startswith(("http://", "https://")):
            return urljoin(base_url, url)
        return url

    if lead_image:
        lead = Image(url=absolute(lead_image))
        images.append(lead)
        seen_urls[lead.url or ""] = lead
    for figure in tree.iter("figure"):
        if _in_boilerplate(figure) or any(a.tag == "figure" for a in figure.iterancestors()):
            continue
        caption, credit = _caption_parts(figure)
        url = absolute(_image_url(figure))
        if not url and not caption:
            continue
        if caption and caption.casefold() in seen_captions:
            continue
        if url and url in seen_urls:
            known = seen_urls[url]
            if known.caption is None:  # the lead image shown again, now with its caption
                known.caption, known.credit = caption, credit
                if caption:
                    seen_captions.add(caption.casefold())
            continue
        image = Image(url=url, caption=caption, credit=credit)
        images.append(image)
        if url:
            seen_urls[url] = image
        if caption:
            seen_captions.add(caption.casefold())
    return images
