import codecs
import gzip

import pytest

from newsjson.extractors import errors
from newsjson.extractors.sniff import decode, gunzip

LIMIT = 1_000_000


def test_html_is_sniffed_from_content_not_name():
    assert decode(b"<!doctype html><html><body><p>Hi</p></body></html>", max_bytes=LIMIT).format == "html"
    assert decode(b"Headline\n\nA story about <b> tags.", max_bytes=LIMIT).format == "text"


def test_a_page_opening_with_a_long_style_block_is_html():
    # Saved pages sometimes begin with inline CSS longer than the sniffed head.
    page = b"<style>\n" + b"  .box { opacity: 1; }\n" * 400 + b"</style><div><h1>Title</h1><p>Story.</p></div>"
    assert decode(page, max_bytes=LIMIT).format == "html"


def test_meta_charset_is_honoured():
    page = '<html><head><meta charset="shift_jis"></head><body><p>日本語の記事</p></body></html>'.encode("shift_jis")
    decoded = decode(page, max_bytes=LIMIT)
    assert "日本語の記事" in decoded.text
    assert decoded.encoding == "shift_jis"


def test_latin1_label_reads_as_windows_1252():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>„Grüße“</p></body></html>'.encode("cp1252")
    assert "„Grüße“" in decode(page, max_bytes=LIMIT).text


def test_bom_wins_over_declared_charset():
    page = codecs.BOM_UTF16_LE + '<html><meta charset="latin-1"><p>café</p></html>'.encode("utf-16-le")
    decoded = decode(page, max_bytes=LIMIT)
    assert decoded.encoding == "utf-16-le" and "café" in decoded.text


def test_one_stray_byte_is_replaced_and_the_rest_stays_utf8():
    page = "<html><body><p>Zürich – naïve café</p>".encode() + b"\xff" + "<p>Straße</p></body></html>".encode()
    decoded = decode(page, max_bytes=LIMIT)
    assert "Zürich – naïve café" in decoded.text and "Straße" in decoded.text
    assert decoded.encoding == "utf-8"
    assert any("invalid UTF-8" in w for w in decoded.warnings)


def test_a_short_latin1_text_is_not_read_as_utf8_with_a_stray_byte():
    # its one accented letter is its only non-ASCII byte: no UTF-8 character shows it to be UTF-8
    decoded = decode(b"The caf\xe9 on Mill Lane opens at nine.\n", max_bytes=LIMIT)
    assert decoded.encoding == "cp1252" and "caf\u00e9" in decoded.text


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", errors.EmptyInput),
        (b"  \n\t ", errors.EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", errors.BinaryInput),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", errors.BinaryInput),
        (b"\x1f\x8b\x08\x00 not really gzip", errors.DecodeFailed),
    ],
)
def test_bad_inputs_raise_typed_errors(data, error):
    with pytest.raises(error):
        decode(data, max_bytes=LIMIT)


def test_gzip_is_unwrapped_and_bombs_refused():
    assert gunzip(gzip.compress(b"hello"), 10) == b"hello"
    with pytest.raises(errors.TooLarge):
        gunzip(gzip.compress(b"\0" * 100_000), 1000)
    with pytest.raises(errors.DecodeFailed):
        gunzip(gzip.compress(b"hello world" * 100)[:-20], 10_000)


def test_text_with_lone_surrogates_is_repaired():
    decoded = decode("<html><body><p>caf\udce9 au lait</p></body></html>", max_bytes=LIMIT)
    assert "\udce9" not in decoded.text and decoded.warnings


def test_utf8_bytes_under_a_stale_latin1_declaration_read_as_utf8():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Grüße für München</p></body></html>'.encode()
    decoded = decode(page, max_bytes=LIMIT)
    assert "Grüße für München" in decoded.text and decoded.encoding == "utf-8"
    assert decoded.warnings


def test_a_utf16_label_on_an_ascii_readable_page_means_utf8():
    page = "<html><head><meta charset='utf-16'></head><body><p>Smith said “yes”</p></body></html>".encode()
    decoded = decode(page, max_bytes=LIMIT)
    assert decoded.encoding == "utf-8" and "Smith said “yes”" in decoded.text


def test_utf8_bytes_are_handed_on_only_when_they_are_the_text():
    page = "<html><body><p>Zürich – naïve café</p></body></html>".encode()
    assert decode(page, max_bytes=LIMIT).utf8 is page
    declared = b'<html><head><meta charset="utf-8"></head><body>' + "Straße".encode() + b"</body></html>"
    assert decode(declared, max_bytes=LIMIT).utf8 is declared
    stale_latin1 = b'<html><head><meta charset="iso-8859-1"></head><body>' + "Straße".encode() + b"</body></html>"
    assert decode(stale_latin1, max_bytes=LIMIT).utf8 is stale_latin1
    latin1 = b'<html><head><meta charset="iso-8859-1"></head><body>Stra\xdfe</body></html>'
    stray = page + b"\xff"
    for data in (latin1, stray, codecs.BOM_UTF8 + page, "<html><body><p>caf\u00e9</p></body></html>"):
        assert decode(data, max_bytes=LIMIT).utf8 is None
    for data in (page, declared, stale_latin1):
        decoded = decode(data, max_bytes=LIMIT)
        assert decoded.utf8 == decoded.text.encode("utf-8")
