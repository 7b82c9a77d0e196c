"""Page shapes the HTML path reads its body from (second set)."""
from __future__ import annotations

import json

from newsjson import extract
from newsjson.extractors.body import PageText, clean_body

_PARAGRAPHS = "".join(
    f"<p>{line}</p>"
    for line in (
        "The harbour council voted on Tuesday to rebuild the old pier before the summer season, after two years of talks.",
        "Work starts in March, and the ferry keeps running from the north quay until the new landing stage is ready.",
        "Residents asked for a footpath along the water, which the plan now includes along with benches and lights.",
        "The council expects the pier to reopen in the autumn, when the first cruise boats of the season call.",
        "A public meeting on the detours is planned for next month in the library hall on Station Road.",
    )
)

_SHOWN = "The pier at Millbrook Harbour will be rebuilt by the autumn. Ferries move to the north quay meanwhile."
_LINKED_DATA = "Millbrook's council approves a plan for its pier; the works start in March and end before winter."


def _page(linked_data_summary: str) -> str:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Millbrook pier to be rebuilt", "description": linked_data_summary})
    return (
        "<html><head><title>Millbrook pier to be rebuilt</title>"
        f'<meta name="description" content="{_SHOWN}">'
        f'<script type="application/ld+json">{ld}</script></head>'
        "<body><article><header><h1>Millbrook pier to be rebuilt</h1>"
        f'<div class="lead"><span>Millbrook.</span> <span>{_SHOWN}</span></div></header>'
        f'<div class="article-body">{_PARAGRAPHS}</div></article></body></html>'
    )


def test_shown_meta_summary_opens_the_body_when_the_linked_data_gives_another() -> None:
    # The linked data's summary is not on the page; the <meta> one stands under the headline.
    body = extract(_page(_LINKED_DATA)).body
    assert body.startswith(_SHOWN)
    assert _LINKED_DATA not in body


def test_shown_summary_is_not_repeated() -> None:
    body = extract(_page(_SHOWN)).body
    assert body.count(_SHOWN) == 1


def _cleaned(lines: list[str]) -> list[str]:
    body, _ = clean_body("\n".join(lines), PageText(), authors=[], captions=[])
    return body.split("\n\n")


_STORY = [
    "The harbour council voted on Tuesday to rebuild the old pier before the summer season.",
    "Work starts in March, and the ferry keeps running from the north quay until then.",
    "Residents asked for a footpath along the water, which the plan now includes.",
]


def test_empty_comment_section_notice_with_moderation_remark_is_dropped() -> None:
    notice = "No comments (comments appear once a moderator has approved them)"
    kept = _cleaned([*_STORY, notice])
    assert notice not in kept and kept == _STORY


def test_comment_counter_laid_out_as_a_table_row_is_dropped() -> None:
    counter = "| Comments: 3 |  |"
    kept = _cleaned([*_STORY, counter])
    assert counter not in kept and kept == _STORY


def test_story_sentence_about_comments_in_brackets_is_kept() -> None:
    line = "No comments were taken at the meeting (the council had closed the floor early), the clerk said."
    kept = _cleaned([*_STORY, line])
    assert line in kept


def test_blog_share_and_like_bar_is_dropped() -> None:
    bar = ["Teilen mit:", "Gefällt mir:", "Wird geladen …"]
    kept = _cleaned([*_STORY, *bar])
    assert kept == _STORY


def test_tutorial_line_introducing_an_example_is_kept() -> None:
    kept = _cleaned([*_STORY, "Like this:", "Set the gate to half open before the tide turns, then wait an hour."])
    assert "Like this:" in kept
