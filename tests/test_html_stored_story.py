"""A page that shows only a stub of its story (a caption, a teaser line) and renders the
rest with scripts: the body is the story the page keeps in its data."""
from __future__ import annotations

import json

from newsjson import extract
def _scripted_page(article_body: str, visible: str) -> bytes:
    """A page whose story is rendered by a script: the HTML holds a photo and its caption."""
    data = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry timetable changes in May",
        "datePublished": "2024-04-02", "articleBody": article_body,
    })
    return f"""<html><head><title>Ferry timetable changes in May</title>
<script type="application/ld+json">{data}</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><h1>Ferry timetable changes in May</h1><div id="app"><p>{visible}</p></div></main></body></html>""".encode()


FERRY = [
    "The island ferry will leave the north quay twenty minutes earlier from the first of May.",
    "The operator said the change lets the last boat of the day return before the harbour lights are switched off.",
    "Commuters who take the morning crossing are asked to check the new times before they travel.",
    "The timetable was last changed four years ago, when a second boat joined the route for the summer months.",
    "Shop owners on the island welcomed the earlier arrival, which brings day visitors in before the market opens.",
    "A spokeswoman for the harbour board said the lights would stay on later during the festival weeks in July.",
    "Cyclists keep their place on the lower deck, but the operator asks them to board five minutes before departure.",
    "The school run is the busiest crossing of the week, and the board will add a second boat on Monday mornings.",
    "Tickets bought under the old timetable stay valid until the end of June and can be changed at the quay office.",
    "The council will review the new times in the autumn, after a survey of passengers on both sides of the water.",
]
# The text a script-rendered page shows beside its story: a long photo caption.
CAPTION = (
    "Passengers wait on the north quay at dawn as the island ferry comes in from its first crossing of the day, "
    "with the harbour lights still on behind the breakwater and the cafe not yet open for the morning crowd of "
    "commuters and school children. Photo: Island Press"
)


def test_a_stub_body_gives_way_to_the_json_ld_article_body():
    article = extract(_scripted_page("\n".join(FERRY), CAPTION))
    assert article.body.split("\n\n") == FERRY
    assert any("articleBody" in w for w in article.warnings)


def test_the_visible_story_wins_over_a_json_ld_article_body():
    article = extract(_scripted_page("\n".join(FERRY[:3]), " ".join(FERRY)))
    assert article.body == " ".join(FERRY)


def test_an_article_body_in_html_is_read_as_its_paragraphs():
    article = extract(_scripted_page("".join(f"<p>{p}</p>" for p in FERRY), CAPTION))
    assert article.body.split("\n\n") == FERRY


def _app_shell(state: str, visible: str = CAPTION) -> bytes:
    """A single-page app's saved page: a shell, and the article in the script's data store."""
    return f"""<html><head><title>Ferry timetable changes in May</title></head>
<body><div id="root"><h1>Ferry timetable changes in May</h1><p>{visible}</p></div>
<script>window.__STORE__ = window.__STORE__ || []; window.__STORE__.push({state});</script></body></html>""".encode()


def _state(paragraphs: list[str]) -> str:
    html = '<figure><img src="/quay.jpg"><figcaption><p>The quay at dawn.</p></figcaption></figure>'
    html += "".join(f'<p class="text">{p}</p>' for p in paragraphs)
    # Written as a JSON encoder writes it into a page: "<" and ">" escaped.
    data = json.dumps({"article": {"id": 4411, "contentHtml": html, "section": "Local"}})
    return data.replace("<", "\\u003c").replace(">", "\\u003e")


def test_a_stub_page_gets_the_story_from_its_script_data():
    article = extract(_app_shell(_state(FERRY)))
    assert article.body.split("\n\n") == FERRY
    assert any("scripts" in w for w in article.warnings)


def test_script_data_is_not_read_beside_a_story_the_page_shows():
    # An endless page keeps the next article in its data store.
    shown = [
        "The library on Mill Street reopens on Saturday after a winter of repairs to its roof.",
        "Borrowers can return books at the side door until the main hall is ready in April.",
        "The reading room upstairs stays closed for another month while the new lights are fitted.",
        "Staff said the children's corner would open first, with a story hour on Saturday morning.",
    ]
    article = extract(_app_shell(_state(FERRY + FERRY), visible="</p><p>".join(shown)))
    assert article.body.split("\n\n") == shown
