"""Any input gives a schema-valid record or newsjson's own error, never another exception."""
import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsjson import NewsjsonError, extract
from newsjson.extractors.schema import record_schema

VALIDATOR = jsonschema.Draft202012Validator(record_schema())
HTML_BITS = st.sampled_from([
    "<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<figure><img src='a.jpg'><figcaption>", "</figcaption>",
    "<script type='application/ld+json'>", "</script>", '{"@type": "NewsArticle", "author": ', '"By Ann Lee"}',
    "<meta charset='shift_jis'>", "<title>", "</title>", "<h1>", "“", "”", '"', "'", "«", "»", " said ", " he added. ",
    "&amp;", "&#0;", "\x00", "\ufeff", "\n\n", "The mayor", " according to ", "Photo: AFP",
])


def check(data):
    try:
        record = extract(data, path="fuzz").to_dict()
    except NewsjsonError as exc:
        assert exc.type and exc.message
        return
    VALIDATOR.validate(record)
    for quote in record["quotes"]:
        assert record["body"][quote["start"]:quote["end"]] == quote["text"]


FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=3000))
def test_any_bytes(data):
    check(data)


@FUZZ
@given(st.text(max_size=3000))
def test_any_text(text):
    check(text)


@FUZZ
@given(st.lists(st.one_of(HTML_BITS, st.text(max_size=40)), max_size=80).map("".join))
def test_html_like_text(text):
    check(text)
    check(text.encode("utf-8", "surrogatepass"))
