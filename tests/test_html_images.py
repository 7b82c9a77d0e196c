"""Figures with captions and credits; the lead image first; no duplicates."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml.html import fromstring

from newsjson import extract
from newsjson.extractors.images import read_images, split_credit

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def test_fixture_images():
    path = FIXTURES / "graph_article.html"
    images = extract(path.read_bytes(), path=str(path)).images
    assert [i.url for i in images] == [
        "https://valley.example/img/bridge-lead.jpg",
        "https://valley.example/img/bridge-1.jpg",
        "https://valley.example/img/bridge-2.jpg",
    ]
    assert images[1].caption == "Cyclists were the first to cross the bridge on Thursday morning."
    assert images[1].credit == "Photo: Lena Ortiz/Valley Courier"


@pytest.mark.parametrize(
    "text, caption, credit",
    [
        ("Crowds fill the square. Photo: Jane Doe/Reuters", "Crowds fill the square.", "Photo: Jane Doe/Reuters"),
        ("The minister arrives (Getty Images)", "The minister arrives", "Getty Images"),
        ("Flooded streets on Monday. JANE DOE/AFP", "Flooded streets on Monday.", "JANE DOE/AFP"),
        ("A quiet morning on the lake", "A quiet morning on the lake", None),
    ],
)
def test_trailing_credits_are_split_off(text, caption, credit):
    assert split_credit(text) == (caption, credit)


def test_figures_in_navigation_and_repeats_are_skipped():
    tree = fromstring(
        "<html><body><nav><figure><img src='/logo.png'><figcaption>Logo</figcaption></figure></nav>"
        "<figure><img src='/a.jpg'><figcaption>A boat</figcaption></figure>"
        "<figure><img src='/a.jpg'><figcaption>A boat</figcaption></figure></body></html>"
    )
    images = read_images(tree, lead_image=None, base_url="https://example.org/story")
    assert [(i.url, i.caption) for i in images] == [("https://example.org/a.jpg", "A boat")]


def test_lead_image_takes_the_caption_of_its_figure():
    tree = fromstring("<html><body><figure><img src='https://x.example/l.jpg'><figcaption>Harbour at dawn</figcaption></figure></body></html>")
    images = read_images(tree, lead_image="https://x.example/l.jpg", base_url=None)
    assert len(images) == 1 and images[0].caption == "Harbour at dawn"


def _images(body: str, lead: str | None = None):
    tree = fromstring(f"<html><body><article>{body}</article></body></html>")
    return read_images(tree, lead_image=lead, base_url="https://news.example/story")


def _captions(body: str) -> list[tuple[str | None, str | None]]:
    return [(i.caption, i.credit) for i in _images(body) if i.caption or i.credit]


def test_fixture_page_captions_credits_and_left_out_pictures():
    path = FIXTURES / "captions_page.html"
    images = extract(path.read_bytes(), path=str(path)).images
    assert [(i.url, i.caption, i.credit) for i in images] == [
        ("https://ledger.example/img/harbour-wide.jpg", "Visitors crowd the harbour front on Saturday evening.", "Tomas Berg/Ledger"),
        ("https://ledger.example/img/boats.jpg", "Wooden boats moored along the old quay", "Jonas Holm, Studio Nord"),
        ("https://ledger.example/img/fireworks.jpg", None, "© Lina Sørensen"),
    ]


def test_figcaption_standing_beside_its_figure():
    body = (
        "<div class='image-container'><figure><img src='/a.jpg'></figure>"
        "<figcaption><span class='caption'>Divers inspect the hull</span>"
        "<span class='credit'>(Image: Harbour Board)</span></figcaption></div>"
    )
    assert _captions(body) == [("Divers inspect the hull", "Image: Harbour Board")]


@pytest.mark.parametrize(
    "markup",
    [
        "<div class='caption'><p>A tram crosses the bridge at dusk</p></div>",
        "<p class='wp-caption-text'>A tram crosses the bridge at dusk</p>",
        "<span class='img-info'>A tram crosses the bridge at dusk</span>",
        "<div class='slide-description'>A tram crosses the bridge at dusk</div>",
    ],
)
def test_caption_classes_outside_figures(markup):
    body = f"<div class='photo-block'><div class='img-box'><img src='/tram.jpg'></div>{markup}</div>"
    images = _images(body)
    assert [(i.url, i.caption) for i in images] == [("https://news.example/tram.jpg", "A tram crosses the bridge at dusk")]


def test_caption_right_after_its_picture_in_the_story_text():
    paragraphs = "".join(f"<p>Paragraph {n} of the story, long enough to be the story's own text and not a caption.</p>" for n in range(6))
    body = f"{paragraphs}<picture><img src='/quay.jpg'></picture><figcaption><span>Quay at low tide, Foto: Ana Ruiz</span></figcaption>{paragraphs}"
    assert _captions(body) == [("Quay at low tide", "Foto: Ana Ruiz")]


def test_data_caption_attribute():
    body = "<img src='/dam.jpg' data-caption='The dam after the spring floods'>"
    assert _captions(body) == [("The dam after the spring floods", None)]


def test_screen_reader_label_is_no_caption_text():
    body = (
        "<figure><img src='/x.jpg'><figcaption><span class='visually-hidden'>Caption:</span>"
        "Snow on the pass road</figcaption></figure>"
    )
    assert _captions(body) == [("Snow on the pass road", None)]


@pytest.mark.parametrize(
    "figcaption, caption, credit",
    [
        ("© Jane Doe", None, "© Jane Doe"),
        ("Quelle: Stadtarchiv", None, "Quelle: Stadtarchiv"),
        ("(The Valley Courier)", None, "The Valley Courier"),
        ("Image credit: Ana Ruiz", None, "Image credit: Ana Ruiz"),
        ("Bild:", None, None),
        ("Photo", None, None),
        ("<span>Storm clouds over the bay.</span><span>Getty Images</span>", "Storm clouds over the bay.", "Getty Images"),
        ("Storm clouds over the bay.Фото: Иван Петров", "Storm clouds over the bay.", "Фото: Иван Петров"),
        ("Storm clouds over the bay / J. Doe / Valley Courier photo", "Storm clouds over the bay", "J. Doe / Valley Courier photo"),
        ("Storm clouds over the bay. © Harbour Maps/OSM | C. Doe", "Storm clouds over the bay.", "© Harbour Maps/OSM | C. Doe"),
        ("Storm clouds <em>over</em> the bay <span class='photographer'>Jane Doe</span>", "Storm clouds over the bay", "Jane Doe"),
    ],
)
def test_credits_go_to_credit(figcaption, caption, credit):
    body = f"<figure><img src='/storm.jpg'><figcaption>{figcaption}</figcaption></figure>"
    images = _images(body)
    assert (images[0].caption, images[0].credit) == (caption, credit)


def test_a_photo_of_something_is_no_credit():
    assert split_credit("The minister after the foto de familia in Madrid") == ("The minister after the foto de familia in Madrid", None)


@pytest.mark.parametrize(
    "body",
    [
        # a teaser of another article: the link holds the picture and a headline
        "<a href='/2024/other-story'><figure><img src='/t.jpg'><figcaption>Council votes on budget</figcaption></figure></a>",
        "<div class='card'><div class='pic'><img src='/t.jpg'></div><div class='meta'>"
        "<a href='/2024/other-story'>Council votes on the new budget for the harbour</a>"
        "<span class='caption'>By the desk</span></div></div>",
        # recommendation boxes, author portraits, video players, site chrome
        "<div class='more-stories'><figure><img src='/t.jpg'><figcaption>Council votes on budget</figcaption></figure></div>",
        "<figure><img src='/jane.jpg'><figcaption><address>Von <a rel='author' href='/jane'>Jane Doe</a></address></figcaption></figure>",
        "<div class='article-author'><img src='/jane.jpg'><span class='caption'>Jane Doe, reporter</span></div>",
        "<figure><img src='/jane.jpg'><figcaption>Von Jane Doe</figcaption></figure>",
        "<div class='video-player'><img src='/still.jpg'><div class='caption'>Watch: council votes on budget</div></div>",
        "<figure><div><blockquote><p>We will build it.</p></blockquote></div><figcaption>Mayor Jane Doe</figcaption></figure>",
        "<footer><figure><img src='/t.jpg'><figcaption>Council votes on budget</figcaption></figure></footer>",
    ],
)
def test_pictures_that_are_not_the_storys_give_no_caption(body):
    assert _captions(body) == []


def test_layout_class_words_do_not_hide_the_story_picture():
    body = (
        "<div class='page withSidebar'><div class='sidebar-layout__content'><figure class='teaser-image'>"
        "<img src='/a.jpg'><figcaption>Ferry leaving the harbour</figcaption></figure></div></div>"
    )
    assert _captions(body) == [("Ferry leaving the harbour", None)]


def test_blocks_after_a_picture_are_its_caption_and_credit():
    body = (
        "<div class='x1'><picture><img src='/a.jpg'></picture>"
        "<div class='x2'>Fans waved flags outside the stadium</div><div class='x3'>Getty Images</div></div>"
        "<ul><li><picture><img src='/icon.png'></picture><span>Newsletter</span></li></ul>"
    )
    assert _captions(body) == [("Fans waved flags outside the stadium", "Getty Images")]


def test_lazy_loaded_and_web_component_images():
    body = (
        "<figure><img src='data:image/gif;base64,R0lG' data-flickity-lazyload-src='/lazy.jpg'><figcaption>Lazy one</figcaption></figure>"
        "<figure><picture><source srcset='/p.webp 800w'><img src='data:image/gif;base64,R0lG'></picture><figcaption>Picture one</figcaption></figure>"
        "<figure><storefront-image src='/wc.jpg'></storefront-image><figcaption>Component one</figcaption></figure>"
    )
    assert [(i.url, i.caption) for i in _images(body)] == [
        ("https://news.example/lazy.jpg", "Lazy one"),
        ("https://news.example/p.webp", "Picture one"),
        ("https://news.example/wc.jpg", "Component one"),
    ]


def test_structured_data_captions_are_not_added_as_captions():
    tree = fromstring(
        "<html><head><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "image": {"@type": "ImageObject", "url": "https://news.example/only-in-data.jpg", "caption": "Not shown"}}'
        "</script></head><body><p>Text</p></body></html>"
    )
    assert [i.caption for i in read_images(tree, lead_image=None, base_url=None)] == []
