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
