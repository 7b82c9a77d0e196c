"""parse_html builds the same tree as trafilatura's load_html."""
from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html, repair_faulty_html

from newsjson.extractors.html_parse import _repair_markup, nesting_was_cut, parse_html


@pytest.mark.parametrize(
    "html",
    [
        "<!DOCTYPE html><html><head><title>T</title></head><body><p>One</p><p>Two</p></body></html>",
        # an XHTML doctype written as a self-closing tag, on a line of its own and alone
        "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'http://example.org/x.dtd'/>\n<html><body><p>x</p></body></html>",
        "<!DOCTYPE html/>",
        "<html lang='en'/>\n<body><p>Self-closing html tag</p></body>",
        # control characters and noncharacters XML cannot hold
        "<html><body><p>a\x01b\x0bc\ufffe\uffffd</p></body></html>",
        # control characters alone, beside the tab and line breaks that stay
        "<html><body><p>a\x1fb\x08c\x0cd\te\r\nf</p></body></html>",
        "<html><body><p>unit\x1fseparator only</p></body></html>",
        "<?xml version='1.0' encoding='iso-8859-1'?><html><body><p>caf\u00e9</p></body></html>",
        "<html><body><p>Gr\u00fc\u00dfe, \u6771\u4eac, \U0001f600</p></body></html>",
        "<p>a fragment</p>",
        "<div>a</div><div>b</div>",
        "just some text, no markup at all",
        "",
    ],
)
def test_same_tree_as_trafilatura(html):
    ours, theirs = parse_html(html), load_html(html)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        # Where lxml hands back one element of a fragment, ours is that element's document.
        assert etree.tostring(ours) == etree.tostring(theirs.getroottree().getroot())
        assert ours.getparent() is None


@pytest.mark.parametrize(
    "html",
    [
        "<!DOCTYPE html/>",  # a page of one line gets a line break after it
        "<!DOCTYPE html/>\n",
        "<!doctype html/>\n<html><body><p>x</p></body></html>\n",
        "<!DOCTYPE html>\n<html/>\n<body><p>x</p></body>",
        "<!DOCTYPE html>\r\n<html><body><p>x</p></body></html>",
        "<!DOCTYPE html>",
        "<html><body><p>no doctype</p></body></html>",
    ],
)
def test_markup_repairs_match_trafilatura(html):
    # (trafilatura's also drops the characters XML cannot hold: none here)
    assert _repair_markup(html, html[:50].lower()) == repair_faulty_html(html, html[:50].lower())


def test_a_pages_own_utf8_bytes_give_the_same_tree():
    html = "<html><body><p>Gr\u00fc\u00dfe, \u6771\u4eac</p>\x07<p>\ufffe</p></body></html>"
    assert etree.tostring(parse_html(html, utf8=html.encode())) == etree.tostring(parse_html(html))


def test_elements_are_html_elements():
    tree = parse_html("<html><body><form><input name='q'></form><p>Hello <b>you</b></p></body></html>")
    assert all(isinstance(element, HtmlElement) for element in tree.iter())
    assert tree.find(".//p").text_content() == "Hello you"


def test_deep_nesting_is_reported():
    parse_html("<html><body>" + "<div>" * 400 + "deep" + "</div>" * 400 + "</body></html>")
    assert nesting_was_cut()
    parse_html("<html><body><p>shallow</p></body></html>")
    assert not nesting_was_cut()
