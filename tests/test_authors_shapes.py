"""Byline shapes: who a page names as its writer, and what it names that is not a person."""
from __future__ import annotations

from newsjson import extract
from newsjson.extractors.authors import clean_authors

_STORY = "".join(f"<p>Paragraph {i} of the story runs on about the garden and the weather this spring.</p>" for i in range(4))


def _page(head: str, body: str) -> bytes:
    return f"<html><head><title>A post</title>{head}</head><body><article><h1>A post</h1>{body}</article></body></html>".encode()


def test_a_blogs_login_in_lower_case_is_its_writer_on_the_blog_named_after_it():
    page = _page(
        '<meta property="og:site_name" content="Notes from quillfeather">',
        '<p class="meta">Posted by <span class="author vcard"><a class="url fn" rel="author" href="/author/q/">quillfeather</a></span></p>'
        + _STORY,
    )
    assert extract(page).authors == ["Quillfeather"]


def test_a_capitalised_word_of_the_outlets_name_is_still_the_outlet():
    assert clean_authors(["Beispielbote"], publisher="Beispielbote Online").names == []
    assert clean_authors(["beispielbote"], publisher="Beispielbote Online").names == ["Beispielbote"]


def _header(line: str) -> bytes:
    return _page("", f'<header><h1>Harbour fees rise</h1><div class="row">{line}</div></header>' + _STORY)


def test_a_name_that_runs_into_the_dateline_after_a_bar_is_the_writer():
    page = _header('<span class="left">Orla Vantreen &nbsp;|</span><span class="stamp">14.03.2024 - Updated 15.03.2024</span>')
    assert extract(page).authors == ["Orla Vantreen"]
    assert extract(_header("<p>Orla Vantreen | 14 March 2024</p>")).authors == ["Orla Vantreen"]


def test_a_bar_before_something_other_than_a_date_names_nobody():
    # A section label beside the page's menu, a headline beside its section.
    assert extract(_header('<span>Harbour News |</span><span class="stamp">Sports</span>')).authors == []
    assert extract(_header("<p>Weekly Market Report | page two</p>")).authors == []


def _blog(byline: str, comments: str) -> bytes:
    return _page("", byline + _STORY + f'<ol class="commentlist">{comments}</ol>')


_READER = '<li class="comment byuser comment-author-tobbe even"><div class="comment-author vcard"><cite class="fn">Tobbe Laurin</cite> <span class="says">says:</span></div><p>Lovely!</p></li>'
_WRITER = '<li class="comment byuser comment-author-wrenna bypostauthor odd"><div class="comment-author vcard"><img alt="" src="a.png"><cite class="fn">wrenna</cite> <span class="says">says:</span></div><p>Thank you!</p></li>'


def test_the_post_authors_own_comment_names_the_writer_of_a_post_without_byline():
    assert extract(_blog("", _READER + _WRITER)).authors == ["Wrenna"]


def test_a_byline_in_the_story_comes_before_the_post_authors_comment():
    assert extract(_blog('<p class="byline">By Wren Adeyemi-Hart</p>', _READER + _WRITER)).authors == ["Wren Adeyemi-Hart"]
    assert extract(_blog("", _READER)).authors == []
