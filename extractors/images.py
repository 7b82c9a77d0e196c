"""Find the article's images: the lead image, then each captioned picture in page order.

A caption is found from the caption's side: one XPath query collects every element
that presents itself as an image caption (<figcaption>, classes such as "caption",
"legend", "wp-caption-text", "image-description", data-caption attributes), and each
is paired with the nearest image in its own small container. Figures without a
caption still give their image. Pictures that belong to something other than the
story (teasers of other articles, author portraits, video players, recommendation
boxes) are left out, and credits are split off into ``credit``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterator
from urllib.parse import urljoin

from lxml.html import HtmlElement

from .metadata import ARTICLE_TYPES, clean_text, json_ld_objects, json_ld_types
from .record import Image

# Class names that say "the text about the picture": "caption", "legend",
# German "Bildunterschrift"/"bu", and image words joined to description words
# ("img-description", "mediaSubtitleText", "CarouselSlide-infoDescription").
_CAPTION_CLASS = re.compile(
    r"caption|legend|bildunterschrift|bildtext|(^|\s)bu(\s|$)"
    r"|(img|image|photo|media|picture|pic|bild|foto|slide|gallery|lightbox)[\w-]*(desc|info|subtitle|sub-?text|lead)",
    re.I,
)
# One pass over the page: figures, figcaptions, pictures, data-caption holders and
# elements whose class holds a caption word stem ("aption", "egend", "ildunterschrift",
# "ildtext", "esc", "nfo", "ubtitle", or the word "bu"): a cheap case-sensitive test,
# _CAPTION_CLASS then decides. Substring tests in a Python loop over the elements cost
# a third of the same test as one XPath predicate (libxml2 copies the class string
# for each contains()) and half of one regular expression.
_CANDIDATE_TAGS = frozenset(("figure", "figcaption", "picture"))
_BU_WORD = re.compile("(?:^| )bu(?: |\\Z)")


def _candidates(tree: HtmlElement) -> list[HtmlElement]:
    """The page's caption candidates in document order, from the document's root."""
    found: list[HtmlElement] = []
    append = found.append
    bu_word = _BU_WORD.search
    for element in tree.getroottree().getroot().iter():
        if element.tag in _CANDIDATE_TAGS:
            append(element)
            continue
        get = element.get
        c = get("class")
        if c and (
            "aption" in c or "esc" in c or "nfo" in c or "egend" in c or "ubtitle" in c or "ildtext" in c
            or "ildunterschrift" in c or "bu" in c and bu_word(c)
        ) or get("data-caption") is not None:
            append(element)
    return found


_CREDIT_CLASS = re.compile(
    r"credit|copyright|source|photographer|byline|author|attribution|rights|courtesy|distributor|agency|fotograf|quelle",
    re.I,
)
_CREDIT_ITEMPROP = {"copyrightholder", "author", "credittext", "creator", "copyrightnotice"}
# Screen-reader labels ("Legende:", "Image caption") and expand buttons are no caption text.
_HIDDEN_CLASS = re.compile(r"sr-only|visually-?hidden|screen-?reader|offscreen|a11y|assistive", re.I)
_NO_TEXT_TAGS = {"script", "style", "noscript", "button", "svg", "template", "select", "input", "img", "picture", "source"}
_INLINE_TAGS = {"a", "b", "i", "em", "strong", "u", "small", "sub", "sup", "abbr", "mark", "q", "cite", "font", "bdi", "bdo"}
# Containers of pictures that are not the story's: recommendation boxes, teaser
# lists, author boxes, comments, share bars, ads, site chrome.
_NOT_STORY = re.compile(
    r"related|recommend|teaser|more-?(stories|articles|news)|read-?also|also-?read|promo|outbrain|taboola|"
    r"newsletter|author|byline|avatar|profile|comment|sponsor|advert|commercial|trending|most-?(read|popular)|"
    r"popular|sidebar|navigation|^nav([_-]|$)|[_-]nav$|menu|footer|breadcrumb|^logo|[_-]logo",
    re.I,
)
# A class word that also names the page's layout or the picture itself ("withSidebar",
# "sidebar-layout__content", "teaser-image", "image-footer") says nothing about the part.
_LAYOUT_WORD = re.compile(r"layout|with|has|grid|wrap|container|content|body|main|page|image|img|media|photo|figure|caption|picture|stuck", re.I)
# A still of a video or an audio piece ("media-still--audio", "video-player") is no story picture.
_PLAYER = re.compile(r"video|audio|player|podcast", re.I)
_PLAYER_LAYOUT_WORD = re.compile(r"layout|with|has|grid|wrap|container|content|body|main|page|stuck", re.I)
_NOT_STORY_TAGS = {"nav", "footer", "aside", "address"}
# How far up from a caption its picture may sit, and how much other text may stand beside it.
_MAX_LEVELS = 4
_MAX_OTHER_TEXT = 300

# Words that label a picture credit ("Photo:", "Foto:", "Фото:", "Ảnh:", "Image credit:").
_CREDIT_WORDS = (
    r"photo(?:graph)?s?|pictures?|images?|pics?|foto(?:s|grafie|graf|ğraf)?|fotó|bild(?:er)?|credits?|sources?|quelle|"
    r"crédits?|fuente|kuva|zdjęcie|fot\.|фото|nuotr\.?|ảnh|isithombe|사진|写真|图片|illustration|montage|collage|коллаж|"
    r"grafik|infografik|video|copyright"
)
_CREDIT_LABEL = rf"(?:(?:{_CREDIT_WORDS})\s+)?(?:{_CREDIT_WORDS})"
# Picture agencies, named alone after the caption: "… on Monday. Getty Images".
_AGENCIES = (
    r"getty(?:\s+images)?|reuters|afp|ap(?:\s+photo)?|dpa|epa(?:-efe)?|efe|imago(?:\s+images)?|keystone|shutterstock|"
    r"alamy|istock(?:photo)?|picture[\s-]alliance|anadolu(?:\s+agency)?|xinhua|pa(?:\s+wire|\s+images)?|anp|belga|ansa|"
    r"tass|bloomberg|sipa|zuma(?:\s+press)?|apa|sda|ntb|tt|ritzau|lehtikuva|ctk|pap|bbc|nurphoto"
)
# A credit name: up to 80 characters with no sentence end; a period only after an initial ("J. Doe").
_NAME_RUN = r"(?:[^.!?]|(?<!\w\w)\.){2,80}"
# A caption that is only a credit: "© Jane Doe", "Foto: dpa", "(Image: Getty)", "Photo by Jane Doe", "(Reuters)".
_CREDIT_ONLY = re.compile(
    rf"^\(?\s*(?:{_CREDIT_LABEL}\s*[:：]|©|\(c\)|(?:photo|foto|bild|image)s?\s+(?:by|von|par)\b)"
    r"|^\([^()]{2,60}\)$",
    re.I,
)
# Credits written into the caption text: "… on Monday. Photo: Jane Doe/Reuters",
# "… (Getty Images)", "… Foto: dpa", "… JANE DOE/AFP via Getty Images", "…Фото: Иван Петров",
# "… / J. Doe / Valley Courier photo", "… on Monday. Getty Images".
_TRAILING_CREDIT = re.compile(
    r"(?:\s*[|·•–—-]\s*|\s+|(?<=[.!?»“”\"]))"
    r"(?P<credit>(?:" + _CREDIT_LABEL + r"\s*[:：]\s*(?:by\s+)?|(?:photo|foto|bild|image)s?\s+(?:by|von|par)\s+)"
    + _NAME_RUN + r"\.?"
    r"|\((?:[^()]*?(?:photo|foto|image|bild|©|\b(?:" + _AGENCIES + r")\b)[^()]*)\)"
    r"|©.{2,120}"
    r"|(?-i:[A-Z][\w'’ -]{1,40}/(?:[A-Z][\w'’ -]{1,40}/?)+)(?:\s+via\s+[\w ]+)?)\s*$"
    r"|\s/\s(?P<slashed>(?=[^|]*\b(?:" + _CREDIT_WORDS + r"))[^|]{2,80})$"
    r"|(?<=[.!?])\s*(?P<agency>(?:[\w.'’ -]{1,40}\s*/\s*)?(?:" + _AGENCIES + r")(?:\s+via\s+[\w ]+)?)\s*$",
    re.I,
)
_URL_LIKE = re.compile(r"\s*(?:https?:)?/")
_IMAGE_FILE = re.compile(r"\.(jpe?g|png|gif|webp|avif)(\?|$)", re.I)
_PORTRAIT_ID = re.compile(r"person|author|logo", re.I)
_LABEL_ALONE = re.compile(rf"^(?:{_CREDIT_LABEL})\W*$", re.I)
# "Von Jane Doe", "By Jane Doe, Staff Writer": the byline under an author's portrait.
_BYLINE = re.compile(r"^(?:von|by|par|por|door|av|af|di)\s+(?-i:[A-Z])[\w'’.-]+(?:\s+[\w'’.-]+){0,3}(?:,.*)?$", re.I)
_HAS_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class _Found:
    img: HtmlElement | None
    caption: str | None
    credit: str | None


def _first_of_srcset(value: str) -> str | None:
    value = value.strip()
    return value.split(",")[0].split()[0] if value else None


def _src(img: HtmlElement) -> str | None:
    """The picture's address, lazy-loading attributes first ("data-src", "data-lazyload-src", ...)."""
    for attr in ("data-src", "data-lazy-src", "data-original", "src"):
        value = img.get(attr)
        if value and not value.startswith("data:"):
            return value.strip()
    srcsets = []
    for name, value in img.attrib.items():
        name = name.lower()
        if "srcset" in name:
            srcsets.append(value)
        elif ("src" in name or "original" in name) and _URL_LIKE.match(value):
            return value.strip()
    for value in srcsets:
        if _first_of_srcset(value):
            return _first_of_srcset(value)
    picture = next((a for a in img.iterancestors("picture")), None)
    if picture is not None:  # <picture><source srcset=…><img src="data:…">
        for source in picture.iter("source"):
            for name, value in source.attrib.items():
                if "srcset" in name.lower() and _first_of_srcset(value):
                    return _first_of_srcset(value)
    return None


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """"Crowds on the square. Photo: Jane Doe/Reuters" -> (caption, credit)."""
    match = _TRAILING_CREDIT.search(caption)
    if not match or match.start() == 0:
        return clean_text(caption), None
    credit = (match["credit"] or match["slashed"] or match["agency"]).strip()
    if credit.startswith("(") and credit.endswith(")"):
        credit = credit[1:-1]
    return clean_text(caption[: match.start()]), clean_text(credit.rstrip("."))


def _not_story(node: HtmlElement) -> bool:
    """Inside a part of the page that is not the story (nav, teaser lists, author boxes...)."""
    element: HtmlElement | None = node
    while element is not None:
        tag = element.tag
        if tag in _NOT_STORY_TAGS:
            return True
        if tag in ("body", "article", "main"):
            return False
        class_, id_ = element.get("class"), element.get("id")
        if (class_ or id_) and _names_not_story(f"{class_ or ''} {id_ or ''}"):
            return True
        element = element.getparent()
    return False


@lru_cache(maxsize=4096)
def _names_not_story(names: str) -> bool:
    """Whether a class and id name a part that is not the story (pages repeat their
    class names, so each is judged once)."""
    for word in names.split():
        if _NOT_STORY.search(word) and not _LAYOUT_WORD.search(word):
            return True
        if _PLAYER.search(word) and not _PLAYER_LAYOUT_WORD.search(word):
            return True
    return False


def _is_credit_node(node: HtmlElement) -> bool:
    if _CREDIT_CLASS.search(node.get("class") or ""):
        return True
    if (node.get("itemprop") or "").lower() in _CREDIT_ITEMPROP:
        return True
    return _CREDIT_CLASS.search(node.get("data-role") or "") is not None


def _texts(node: HtmlElement) -> tuple[str, str]:
    """The caption's own text and the text of its credit elements, read in one pass."""
    caption: list[str] = [node.text or ""]
    credit: list[str] = []

    def walk(element: HtmlElement, out: list[str]) -> None:
        for child in element:
            if not isinstance(child.tag, str):  # comments, processing instructions
                out.append(child.tail or "")
                continue
            gap = "" if child.tag in _INLINE_TAGS else " "
            if child.tag in _NO_TEXT_TAGS or _HIDDEN_CLASS.search(child.get("class") or ""):
                pass
            elif out is caption and _is_credit_node(child):
                credit.append(" " + (child.text or ""))
                walk(child, credit)
            else:
                out.append(gap + (child.text or ""))
                walk(child, out)
            out.append(gap + (child.tail or ""))

    walk(node, caption)
    return "".join(caption), "".join(credit)


def _clean_caption(raw: str, raw_credit: str) -> tuple[str | None, str | None]:
    text = clean_text(raw) or ""
    credit = clean_text(raw_credit)
    text = text.strip(" |·•–—-/:;,")
    if credit:
        credit = credit.strip(" |·•–—-/;,()")
    if text and _CREDIT_ONLY.match(text):
        return None, clean_text(" ".join(filter(None, [text.strip("()"), credit])))
    caption: str | None = text
    if text:
        caption, written_credit = split_credit(text)
        credit = credit or written_credit
        caption = caption.rstrip(" ,;:|/–—-") if caption else None
    if caption and (not _HAS_WORD.search(caption) or _LABEL_ALONE.match(caption) or _BYLINE.match(caption)):
        caption = None
    return caption or None, credit or None


def _is_image(element: HtmlElement) -> bool:
    """<img>, or a web component standing for one (<amp-img>, <a-img>, <storefront-image>)."""
    tag = element.tag
    if tag == "img":
        return True
    return isinstance(tag, str) and "-" in tag and tag.endswith(_IMAGE_TAG_ENDS)


_IMAGE_TAG_ENDS = ("-img", "-image")


def _images_in(container: HtmlElement) -> list[HtmlElement]:
    if _is_image(container):
        return [container] if _src(container) else []
    # (_is_image written out: this loop visits every element of a container)
    return [
        element for element in container.iter()
        if ((tag := element.tag) == "img" or isinstance(tag, str) and "-" in tag and tag.endswith(_IMAGE_TAG_ENDS))
        and _src(element)
    ]


def _has_image(container: HtmlElement) -> bool:
    """Whether _images_in(container) finds any, stopping at the first."""
    if _is_image(container):
        return bool(_src(container))
    return any(
        ((tag := element.tag) == "img" or isinstance(tag, str) and "-" in tag and tag.endswith(_IMAGE_TAG_ENDS))
        and _src(element)
        for element in container.iter()
    )


def _previous_element(node: HtmlElement) -> HtmlElement | None:
    previous = node.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous


def _text_size(node: HtmlElement) -> int:
    """Characters of visible text, markup indentation not counted."""
    return len("".join(node.text_content().split()))


def _picture_for(
    caption: HtmlElement, images_in: Callable[[HtmlElement], list[HtmlElement]] = _images_in
) -> HtmlElement | None:
    """The image a caption describes: the nearest one in its own small container.

    A caption stands after (or before) its picture inside a wrapper of a few levels;
    a container that also holds paragraphs of text is the story, not a wrapper.
    ``images_in`` may remember containers already searched (captions of a gallery
    share their wrappers).
    """
    node = caption
    own = _text_size(caption)
    for _ in range(_MAX_LEVELS):
        # A caption right after its picture: <picture>…</picture><figcaption>…
        previous = _previous_element(node)
        if previous is not None and previous.tag not in _NO_TEXT_TAGS - {"picture"}:
            images = images_in(previous)
            if (images and _text_size(previous) <= _MAX_OTHER_TEXT and not _links_elsewhere(previous, caption)
                    and (node is caption or not _links_elsewhere(node, caption))):
                return images[-1]
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        images = images_in(parent)
        if images:
            if _text_size(parent) - own > _MAX_OTHER_TEXT + 50 * len(images):
                return None
            if _links_elsewhere(parent, caption):
                return None
            before = None
            for element in parent.iter():
                if element is caption:
                    break
                if _is_image(element) and _src(element):
                    before = element
            return before if before is not None else images[0]
        node = parent
    return None


def _links_elsewhere(container: HtmlElement, caption: HtmlElement) -> bool:
    """A headline-long link beside the picture: a teaser card, its picture no story image."""
    for link in container.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript")) or _IMAGE_FILE.search(href):
            continue
        if len(" ".join(link.text_content().split())) >= 25 and not any(a is caption for a in link.iterancestors()):
            return True
    return False


def _in_teaser_link(img: HtmlElement, caption: HtmlElement | None) -> bool:
    """A picture with a heading inside the same link: a teaser of another article."""
    for ancestor in img.iterancestors():
        if ancestor.tag == "a":
            href = (ancestor.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript")) or _IMAGE_FILE.search(href):
                return False
            if caption is not None and any(a is ancestor for a in caption.iterancestors()):
                return True
            return any(True for _ in ancestor.iter("h1", "h2", "h3", "h4", "h5", "h6"))
        if ancestor.tag in ("article", "main", "body"):
            return False
    return False


def _author_portrait(caption: HtmlElement) -> bool:
    for node in caption.iter("address", "a"):
        if node.tag == "address" or "author" in (node.get("rel") or ""):
            return True
    return False


def _find(tree: HtmlElement) -> Iterator[_Found]:
    # Each caption searches up to four wrappers for its picture, and a gallery's captions
    # share theirs: each container is searched once (the tree does not change meanwhile).
    searched: dict[HtmlElement, list[HtmlElement]] = {}

    def images_in(container: HtmlElement) -> list[HtmlElement]:
        found = searched.get(container)
        if found is None:
            found = searched[container] = _images_in(container)
        return found

    captioned: set[HtmlElement] = set()
    figures: list[HtmlElement] = []
    pictures: list[HtmlElement] = []
    for node in _candidates(tree):
        if node.tag == "figure":
            figures.append(node)
            continue
        if node.tag == "picture":
            pictures.append(node)
            continue
        if node.tag != "figcaption" and not node.get("data-caption") and not _CAPTION_CLASS.search(node.get("class") or ""):
            continue
        data_caption = node.get("data-caption")
        picture_itself = bool(data_caption) and _is_image(node)
        if not picture_itself and (node.tag in _NO_TEXT_TAGS or _has_image(node) or captioned and any(a in captioned for a in node.iterancestors())):
            continue  # a wrapper around the picture, or a part of a caption already read
        if picture_itself:
            img: HtmlElement | None = node
            raw, raw_credit = data_caption, ""
        else:
            raw, raw_credit = _texts(node)
            if not clean_text(raw) and not clean_text(raw_credit):
                if not data_caption:
                    continue
                raw = data_caption
            img = _picture_for(node, images_in)
        if img is None or _not_story(node) or _not_story(img) or _author_portrait(node) or _in_teaser_link(img, node):
            continue
        captioned.add(node)
        caption, credit = _clean_caption(raw, raw_credit)
        yield _Found(img, caption, credit)
    pictured = {found for found in captioned}
    for picture in pictures:
        found = _sibling_caption(picture, pictured)
        if found is not None:
            yield found
    for figure in figures:
        images = images_in(figure)
        if images and not _not_story(figure) and not _in_teaser_link(images[0], None):
            yield _Found(images[0], None, None)


_SIBLING_CAPTION_TAGS = {"div", "span", "small", "em", "i"}


def _sibling_caption(picture: HtmlElement, captioned: set[HtmlElement]) -> _Found | None:
    """A caption in the blocks right after a <picture>, no caption markup at all.

    <div><picture>…</picture><div>Crowds on the square</div><div>Jane Doe/Reuters</div></div>:
    the first short block is the caption, a second, shorter one its credit.
    Paragraphs (<p>) are the story's own text and end the search.
    """
    if next(picture.iterancestors("figure"), None) is not None:
        return None  # a figure without caption markup shows no caption
    top = picture
    while (parent := top.getparent()) is not None and len(parent) == 1 and parent.tag not in ("body", "article", "main"):
        top = parent
    blocks: list[HtmlElement] = []
    for sibling in top.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag not in _SIBLING_CAPTION_TAGS or len(blocks) == 2:
            break
        size = _text_size(sibling)
        if size == 0 or size > _MAX_OTHER_TEXT or sibling in captioned or any(a in captioned for a in sibling.iterancestors()):
            break
        if _images_in(sibling) or next(sibling.iter("a", "h1", "h2", "h3", "h4", "h5", "h6", "p"), None) is not None:
            break
        blocks.append(sibling)
    if not blocks:
        return None
    images = _images_in(picture)
    if not images or _not_story(picture) or any(a.tag == "a" and a.get("href") for a in picture.iterancestors()):
        return None  # a linked picture with a line of text beside it is a teaser
    raw, raw_credit = _texts(blocks[0])
    if len((clean_text(raw) or "").split()) < 3:
        return None  # menu entries and labels ("Vorlesen", "Liveblog") beside icons
    if len(blocks) == 2:
        credit_text = clean_text(blocks[1].text_content()) or ""
        if len(credit_text) <= 80:
            raw_credit = f"{raw_credit} {credit_text}"
    caption, credit = _clean_caption(raw, raw_credit)
    return _Found(images[-1], caption, credit) if caption else None


def _json_ld_captions(objects: list[dict[str, Any]]) -> dict[str, tuple[str, str | None]]:
    """Captions the page's structured data gives the article's images, by image URL.

    Only the article's own images count: the ImageObjects standing alone in the
    graph and those under an article's "image". A person's portrait or a site's
    logo is an ImageObject too, captioned with a name.
    """
    found: dict[str, tuple[str, str | None]] = {}

    def add(obj: Any) -> None:
        if not isinstance(obj, dict) or "imageobject" not in json_ld_types(obj):
            return
        if _PORTRAIT_ID.search(str(obj.get("@id") or "")):
            return
        url = obj.get("url") or obj.get("contentUrl")
        caption = clean_text(obj.get("caption"))
        if isinstance(url, str) and caption:
            holder = obj.get("copyrightHolder")
            credit = clean_text(obj.get("creditText")) or clean_text(holder if isinstance(holder, str) else None)
            found.setdefault(url.strip(), (caption, credit))

    for obj in objects:
        add(obj)
        if json_ld_types(obj) & ARTICLE_TYPES:
            image = obj.get("image")
            for item in image if isinstance(image, list) else [image]:
                add(item)
    return found


def _credit_after(visible: str, structured: str, structured_credit: str | None) -> tuple[str, str | None]:
    """A visible caption that is the structured caption plus more: the more is the credit."""
    head = clean_text(structured) or ""
    if len(head) >= 10 and visible.startswith(head) and len(visible) > len(head) + 2:
        rest = visible[len(head):].strip(" .,;:|/–—-")
        return head, structured_credit or rest or None
    return visible, structured_credit


def _url_key(url: str) -> str:
    """The picture's address without the size or crop its query asks for."""
    return url.split("?", 1)[0].split("://", 1)[-1].lower()


def read_images(
    tree: HtmlElement, *, lead_image: str | None, base_url: str | None, json_ld: list[dict[str, Any]] | None = None
) -> list[Image]:
    """The lead image first, then every captioned picture and figure of the story, deduplicated.

    ``json_ld`` is the page's structured data when the caller has already parsed it.
    """
    images: list[Image] = []
    by_url: dict[str, Image] = {}
    seen_captions: set[str] = set()
    seen_images: set[HtmlElement] = set()

    def absolute(url: str | None) -> str | None:
        if url and base_url and not url.startswith(("http://", "https://")):
            return urljoin(base_url, url)
        return url

    def add(url: str | None, caption: str | None, credit: str | None) -> None:
        if caption and caption.casefold() in seen_captions:
            return  # the same picture again (a gallery copy, a lightbox)
        known = by_url.get(_url_key(url or ""))
        if known is not None:
            if known.caption is None and caption:  # the lead image shown again, now with its caption
                known.caption, known.credit = caption, credit
                seen_captions.add(caption.casefold())
            return
        if not url and not caption:
            return
        image = Image(url=url, caption=caption, credit=credit)
        images.append(image)
        if url:
            by_url[_url_key(url)] = image
        if caption:
            seen_captions.add(caption.casefold())

    if lead_image:
        add(absolute(lead_image), None, None)
    for found in _find(tree):
        if found.img is not None:
            if found.img in seen_images and found.caption is None:
                continue
            seen_images.add(found.img)
        add(absolute(_src(found.img)) if found.img is not None else None, found.caption, found.credit)
    # Structured data's captions are not added as captions of their own: measured on
    # news pages, most name pictures the page shows uncaptioned. They do tell where a
    # visible caption ends and its credit begins ("… restoration project. Jane Doe, Studio").
    structured = _json_ld_captions(json_ld if json_ld is not None else list(json_ld_objects(tree)))
    for url, (caption, credit) in structured.items():
        image = by_url.get(_url_key(url))
        if image is not None and image.caption and image.credit is None:
            image.caption, image.credit = _credit_after(image.caption, caption, credit)
    return images
