"""Writers, headlines and dates of whole-page text dumps where a link or field is run into
them by the text browser (invented pages, names and outlets)."""
from __future__ import annotations

import pytest

from newsjson.extractors.text import read_text
from newsjson.extractors.text_names import clean_name

from .dump_pages import page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mira TestovaRSS-Feed", "Mira Testova"),  # the feed link of her articles run into her name
        ("Mira TestovaKTRK", "Mira Testova"),  # an outlet's letters
        ("Ola DeWINTER", "Ola DeWINTER"),  # two letters before the capitals: part of the name
    ],
)
def test_a_link_of_capitals_glued_to_the_name_is_cut(text, expected):
    assert clean_name(text) == expected


def test_a_byline_with_a_feed_link_run_into_the_name():
    text = page(
        "Quay repairs begin before the winter storms",
        "Von Mira TestovaRSS-Feed neuer Artikel von Mira Testova",
    )
    assert read_text(text).authors == ["Mira Testova"]
