"""Byline shapes: who a page names as its writer, and what it names that is not a person."""
from __future__ import annotations

from newsjson import extract
from newsjson.extractors.authors import clean_authors

_STORY = "".join(f"<p>Paragraph {i} of the story runs on about the garden and the weather this spring.</p>" for i in range(4))


def _page(head: str, body: str) -> bytes:
    return f"<html><head><title>A post</title>{head}</head><body><article><h1>A post</h1>{body}</article></body></html>".encode()


def test_a_blogs_login_in_lower_case_is_its_writer_on_the_blog_named_after_it():
    page = _page(
        '<meta property="og:site_name" content="quillfeather ad libitum">',
        '<p class="meta">Posted by <span class="author vcard"><a class="url fn" rel="author" href="/author/q/">quillfeather</a></span></p>'
        + _STORY,
    )
    assert extract(page).authors == ["Quillfeather"]


def test_a_capitalised_word_of_the_outlets_name_is_still_the_outlet():
    assert clean_authors(["Beispielbote"], publisher="Beispielbote Online").names == []
    assert clean_authors(["beispielbote"], publisher="Beispielbote Online").names == ["Beispielbote"]
