"""The body cascade on newsjson's own tree gives what trafilatura's own functions give."""
from __future__ import annotations

from lxml import etree
from trafilatura import bare_extraction
from trafilatura.baseline import html2txt
from trafilatura.core import _forum_thread_page
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.utils import load_html, remove_control_characters
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

from newsjson.extractors.body_cascade import BodyCascade, _printable, page_text_length, prune_raw_tree

STORY = " ".join(
    f"Paragraph {n} of the council story says the new bridge opens in spring and the ferry keeps running until then."
    for n in range(1, 4)
)

# A page with every shape the raw-tree prunes and the page-text measure care about:
# reader comments (a section, a list of comments, a list that only mentions them),
# an infinite-scroll box with and without the page's headline, share buttons,
# a footer div, a cookie banner, scripts, block and inline runs without spaces,
# a tail after a removed element, and a control character in a block's text.
PAGE = f"""<!DOCTYPE html><html><head><title>Bridge</title><script>var x = 1;</script></head>
<body>
<div class="page">
  <article class="article-body">
    <h1>The bridge opens in spring</h1>
    <p>{STORY}</p>
    <p>Second<b>word</b>run<span> and</span> more text.<aside>Related box</aside>after the box</p>
    <div class="elementor-share-buttons">Share this</div>
    <p>Control\x01 character and\u200b zero width.</p>
  </article>
  <div class="infinite-scroll"><h2>Next story</h2><p>Another article entirely.</p></div>
  <div id="infinite-scroll-2"><h1>Kept: holds the headline</h1></div>
  <section id="comments"><p>First!</p></section>
  <ol class="commentlist"><li>Reader one</li></ol>
  <ul id="comment-list"><li>Reader two</li></ul>
  <ul class="menu"><li>Home</li><li>News</li></ul>
  <div id="footer" class="site-footer">Footer text</div>
  <div class="x" id="footer-2">Footer by id, class first</div>
  <div class="cookie-banner">We use cookies</div>
  <template><p>Hidden</p></template>
  <svg><text>icon</text></svg>
</div>
<footer>Imprint</footer>tail text
</body></html>"""


def _trafilatura_pruned(html: str) -> etree._Element:
    tree = load_html(html)
    forum = _forum_thread_page(tree)
    prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
    if not forum:
        prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    return tree


def test_raw_tree_prune_matches_trafilatura():
    ours = load_html(PAGE)
    prune_raw_tree(ours)
    assert etree.tostring(ours) == etree.tostring(_trafilatura_pruned(PAGE))
    assert b"Reader one" not in etree.tostring(ours) and b"Kept: holds the headline" in etree.tostring(ours)


def test_forum_pages_keep_their_comment_containers():
    forum = PAGE.replace(
        "<title>Bridge</title>",
        '<title>Bridge</title><script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>',
    )
    ours = load_html(forum)
    prune_raw_tree(ours)
    assert etree.tostring(ours) == etree.tostring(_trafilatura_pruned(forum))
    assert b"Reader one" in etree.tostring(ours)


def test_page_text_length_is_html2txt_length():
    tree = _trafilatura_pruned(PAGE)
    assert page_text_length(tree) == len(html2txt(tree))
    assert "Footer text" not in html2txt(tree)  # the page really has uncounted parts


def test_page_text_with_control_characters_is_html2txt_length():
    # a soft hyphen, a zero-width space and a C0 control in block texts with line breaks
    html = "<html><body><div>\n  Fer\u00adry\u200b fares\n</div><p>rise\x07\n again</p>\nand\u2028on<p>x</p>\u00a0tail</body></html>"
    tree = load_html(html)
    assert page_text_length(tree) == len(html2txt(tree))


def test_printable_is_trafilaturas_control_character_removal():
    for text in ["plain", "two\nlines", "soft\u00adhyphen\n", "zero\u200bwidth", "bell\x07", "\u2028 \u3000\t", "\ufeffbom", ""]:
        assert _printable(text) == remove_control_characters(text)


def test_page_without_body_is_measured_whole():
    tree = load_html("<html><head><title>t</title></head></html>")
    assert page_text_length(tree) == len(html2txt(tree))


def _bare_text(html: str, *, fast: bool) -> str:
    doc = bare_extraction(load_html(html), fast=fast, include_comments=False, with_metadata=False)
    return (doc.text or "") if doc is not None else ""


def test_quick_and_full_text_match_bare_extraction():
    cascade = BodyCascade(load_html(PAGE))
    assert cascade.text() == _bare_text(PAGE, fast=True)
    assert cascade.text(full=True) == _bare_text(PAGE, fast=False)
    assert "bridge opens in spring" in cascade.text()


def test_short_story_in_a_long_page_goes_through_the_recall_retry():
    # Little story among many link lists: the retry's page measure is exercised.
    menus = "".join(f'<div class="box"><ul><li><a href="/{n}">Section {n} headline link text</a></li></ul></div>' for n in range(60))
    html = f"<html><body>{menus}<article><p>{STORY[:300]}</p></article>{menus}</body></html>"
    cascade = BodyCascade(load_html(html))
    assert cascade.text() == _bare_text(html, fast=True)
    assert cascade._page_length is not None  # the retry's condition was reached
    assert cascade.text(full=True) == _bare_text(html, fast=False)


def test_empty_page_gives_empty_text():
    html = "<html><body><div></div></body></html>"
    assert BodyCascade(load_html(html)).text() == "" == _bare_text(html, fast=True)


def test_justext_rescue_matches_trafilatura():
    from copy import copy

    from trafilatura.external import justext_rescue as trafilatura_justext_rescue
    from trafilatura.settings import Extractor

    from newsjson.extractors.body_cascade import justext_rescue

    options = Extractor(output_format="python", comments=False)
    tree = _trafilatura_pruned(PAGE)
    ours_body, ours_text = justext_rescue(copy(tree), options)
    theirs_body, theirs_text = trafilatura_justext_rescue(copy(tree), options)
    assert ours_text == theirs_text and "bridge opens in spring" in ours_text
    assert etree.tostring(ours_body) == etree.tostring(theirs_body)


def test_stopwords_are_trafilaturas_list_for_an_unknown_language():
    from justext.core import define_stoplist
    from trafilatura.external import jt_stoplist_init

    from newsjson.extractors.body_cascade import all_stopwords

    # jusText lower-cases the list again before use; blank lines never match a word.
    assert all_stopwords() == define_stoplist(jt_stoplist_init()) - {""}


def test_justext_with_the_pages_own_stop_words_matches_trafilatura():
    from copy import copy

    from trafilatura.external import try_justext as trafilatura_try_justext

    from newsjson.extractors.body_cascade import try_justext

    # Capitalised stop words in two languages, a short link-heavy line, and a
    # paragraph with few stop words: each jusText class is reached.
    german = " ".join(["Die Stadt sagt, dass die neue Brücke im Frühling für alle offen ist."] * 4)
    html = f"""<html><body><div><p>{STORY}</p><p>{german}</p>
    <p><a href="/a">Home</a> <a href="/b">News</a></p><p>Bridge Ferry Spring Council Tolls Works</p>
    <h2>Background</h2><p>{STORY[:120]}</p></div></body></html>"""
    tree = load_html(html)
    ours = try_justext(copy(tree), None, None)
    theirs = trafilatura_try_justext(copy(tree), None, None)
    assert etree.tostring(ours) == etree.tostring(theirs)
    assert "Brücke" in "".join(ours.itertext())


def _top_level_alternatives(pattern: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(pattern):
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    return parts + [pattern[start:]]


def test_cookie_box_test_is_trafilaturas_case_blind_search():
    from trafilatura.settings import _COOKIE_CONSENT_RE

    from newsjson.extractors.body_cascade import _COOKIE_BOX, _cookie_box

    # One value per alternative of trafilatura's pattern, in several cases; a new
    # alternative there needs its word in _cookie_box's quick test.
    assert len(_top_level_alternatives(_COOKIE_CONSENT_RE)) == 8
    matching = ["cookie-banner", "notice__cookie", "consent_sdk", "borlabs", "cookiebot", "cmplz", "onetrust", "moove-gdpr"]
    values = matching + [v.upper() for v in matching] + [v.title() for v in matching] + [
        "article-body", "site-header", "cookies", "consent", "main cookie_notice x",
        # outside ASCII, case-blind matching pairs "ſ" with "s" and the Kelvin sign with "k"
        "conſent-banner", "coo\u212aie-bar", "Überschrift",
    ]
    for value in values:
        assert _cookie_box(value) == (_COOKIE_BOX.search(value) is not None), value
    assert all(_cookie_box(v) for v in matching) and _cookie_box("conſent-banner") and _cookie_box("coo\u212aie-bar")


def test_prune_leaves_lookalike_names():
    # Names holding the words but not the patterns: "commentary", "scroll" without "infinite".
    html = """<html><body><article><h1>Head</h1><p>Story text.</p></article>
    <div class="commentary">Kept one</div><div id="commentary-box">Kept two</div>
    <div class="page-scroll">Kept three</div><div class="infinitescroll"><p>Gone one</p></div>
    <section class="blog post-comments"><p>Gone two</p></section><ul class="comments-list"><li>Gone three</li></ul>
    </body></html>"""
    ours = load_html(html)
    prune_raw_tree(ours)
    assert etree.tostring(ours) == etree.tostring(_trafilatura_pruned(html))
    text = " ".join(ours.itertext())
    assert "Kept one" in text and "Kept two" in text and "Kept three" in text and "Gone" not in text


def test_paragraphs_match_justexts_own():
    from justext.core import ParagraphMaker

    from newsjson.extractors.body_cascade import _ParagraphMaker

    # Whitespace of every kind inside and between text nodes (tabs, no-break spaces,
    # CR LF line breaks), <br><br> separators, nested lists, a heading, a form field.
    html = (
        "<html><body><div class='wrap'><h2>Council\tvote</h2><p>The\u00a0council  voted\r\non the "
        "<a href='/b'>bridge</a>\n\nplan.</p><ul><li>One <b>item</b></li><li>Two<ul><li>inner</li></ul></li></ul>"
        "<div>Line one<br><br>Line two<br>same paragraph</div><select><option>Pick</option></select>"
        f"<p>{STORY}</p></div></body></html>"
    )
    theirs = ParagraphMaker.make_paragraphs(load_html(html))
    ours = _ParagraphMaker.make_paragraphs(load_html(html))
    assert len(ours) == len(theirs) > 5

    def fields(p):
        return (p.dom_path, p.xpath, p.text, len(p), p.words_count, p.chars_count_in_links, p.tags_count, p.is_heading)

    assert [fields(p) for p in ours] == [fields(p) for p in theirs]
    # A tree that kept its comments: a comment's text is no paragraph text, its tail is.
    commented = html.replace("<p>The", "<p><!-- note -->The").replace("plan.</p>", "plan.<!-- x --> Tail.</p>")
    tree = etree.fromstring(commented, etree.HTMLParser(remove_comments=False))
    theirs = ParagraphMaker.make_paragraphs(tree)
    ours = _ParagraphMaker.make_paragraphs(tree)
    assert [fields(p) for p in ours] == [fields(p) for p in theirs]
    assert any("plan. Tail." in p.text for p in ours) and not any("note" in p.text for p in ours)
