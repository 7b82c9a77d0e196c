"""Publication dates keep the publisher's calendar day."""
from __future__ import annotations

from lxml.html import fromstring

from newsjson.extractors.dates import first_day_in_permalink, local_day_form, text_day, to_iso8601
from newsjson.extractors.metadata import read_metadata


def _page(head: str, body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}<p>Text.</p></body></html>"


def test_a_utc_timestamp_gives_way_to_the_same_instant_with_its_local_offset():
    page = _page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
        ' "datePublished": "2024-03-05T23:10:00Z"}</script>'
        '<meta property="article:published_time" content="2024-03-06T00:10:00+01:00">'
    )
    assert read_metadata(fromstring(page)).date_published == "2024-03-06T00:10:00+01:00"


def test_a_time_element_can_carry_the_local_form():
    page = _page(
        '<meta property="article:published_time" content="2024-03-06T02:30:00+00:00">',
        '<time datetime="2024-03-05T21:30:00-05:00">March 5</time>',
    )
    assert read_metadata(fromstring(page)).date_published == "2024-03-05T21:30:00-05:00"


def test_a_permalink_day_next_to_a_utc_timestamp_is_the_local_day():
    chosen = "2024-01-01T23:40:00+00:00"
    assert local_day_form(chosen, [chosen], "https://blog.example/2024/01/02/new-year/") == "2024-01-02"


def test_a_permalink_day_too_far_from_the_instant_is_ignored():
    chosen = "2024-01-01T03:40:00+00:00"  # no offset makes 03:40 UTC fall on January 2
    assert local_day_form(chosen, [chosen], "https://blog.example/2024/01/02/new-year/") == chosen


def test_a_timestamp_with_an_offset_is_kept():
    chosen = "2024-01-01T23:40:00+02:00"
    assert local_day_form(chosen, [], "https://blog.example/2024/01/02/x/") == chosen


def test_an_rfc_2822_date_keeps_its_offset():
    assert to_iso8601("Sat, 19 Oct 2019 00:04:00 +0200") == "2019-10-19T00:04:00+02:00"


def test_a_page_without_metadata_takes_its_header_time_not_a_comment_time():
    page = _page(
        "",
        '<div class="comments"><time datetime="2020-05-01">1 May</time></div>'
        '<header><time>Published 31.03.2020</time></header>',
    )
    assert read_metadata(fromstring(page)).date_published == "2020-03-31"


def test_an_unpadded_iso_date_is_read_as_its_day():
    assert to_iso8601("2022-1-26T14:32:06+02:00") == "2022-01-26"


def test_a_utc_time_alone_is_kept_as_stated():
    # 23:00 UTC is midnight in Berlin but 7 p.m. in New York: without a local form, no guess.
    assert local_day_form("2022-11-06T23:00:00+00:00", [], None) == "2022-11-06T23:00:00+00:00"


# Pages with no structured date: the date shown next to the headline.

def _shown(body: str) -> str | None:
    return read_metadata(fromstring(_page("", body))).date_published


def test_a_labelled_line_under_the_headline_gives_the_day():
    body = "<h1>Harbour bridge reopens to traffic</h1><p>Veröffentlicht am 16.08.2019</p>"
    assert _shown(body) == "2019-08-16"


def test_a_date_classed_element_gives_the_day_in_words():
    body = '<div><h1>Harbour bridge reopens to traffic</h1><span class="post-date">March 12, 2019</span></div>'
    assert _shown(body) == "2019-03-12"


def test_a_label_before_the_date_element_reads_the_whole_line():
    body = "<h1>Harbour bridge reopens to traffic</h1><p>Posted on <b>30 septembre 2018</b></p>"
    assert _shown(body) == "2018-09-30"


def test_a_labelled_line_after_a_line_break_is_read():
    body = "<h1>Harbour bridge reopens to traffic</h1><p>Text of the review.<br>Erschienen am: 01.11.2023</p>"
    assert _shown(body) == "2023-11-01"


def test_dates_in_comments_and_teasers_are_passed_over():
    body = (
        "<div><h1>Harbour bridge reopens to traffic</h1>"
        '<div class="comment-list"><span class="date">02.02.2022</span></div>'
        '<div class="teaser"><span class="date">03.03.2022</span></div>'
        '<p class="meta">Sunday, 4 April 2021</p></div>'
    )
    assert _shown(body) == "2021-04-04"


def test_an_update_line_gives_way_to_the_publication_line():
    body = (
        "<div><h1>Harbour bridge reopens to traffic</h1>"
        '<span class="date">Aktualisiert: 11.04.2020</span><span class="date">Publiziert: 03.04.2020</span></div>'
    )
    assert _shown(body) == "2020-04-03"


def test_dates_in_words_across_languages():
    assert text_day("3 de mayo de 2022, 21:25") == "2022-05-03"
    assert text_day("1. Februar 2022, Redaktion") == "2022-02-01"
    assert text_day("Sept. 3, 2020") == "2020-09-03"
    assert text_day("Written: 2023-11-07 15:03:30") == "2023-11-07"
    assert text_day("17/02/2022") == "2022-02-17"  # day first when both readings are possible


def test_a_two_digit_year_or_a_word_ending_in_a_month_name_is_no_date():
    assert text_day("28.09.19 um 14:10") is None
    assert text_day("Summer 12, 2019") is None


def test_a_stand_line_is_the_date_when_the_page_shows_no_other():
    body = '<div><h1>Harbour bridge reopens to traffic</h1><p><span class="stand">Stand: 28.04.2020 18:00 Uhr</span></p></div>'
    assert _shown(body) == "2020-04-28"


def test_a_publication_line_in_a_review_footer_counts_but_not_one_in_a_teaser():
    footer = '<h1>Harbour bridge reopens to traffic</h1><div class="review-footer"><p>Erschienen am: 01.11.2023</p></div>'
    teaser = '<h1>Harbour bridge reopens to traffic</h1><div class="teaser"><p>Erschienen am: 01.11.2023</p></div>'
    assert _shown(footer) == "2023-11-01"
    assert _shown(teaser) is None


def test_a_date_line_named_for_its_style_counts_when_no_box_around_it_is_a_teaser():
    body = '<div><h1>Harbour bridge reopens to traffic</h1><p class="c-teaser__meta">Erschienen am 26. Jan 2022</p></div>'
    assert _shown(body) == "2022-01-26"


def test_a_page_whose_headline_is_no_h1_is_read_from_its_top():
    body = '<div class="title">Details</div><div><span class="date">27.01.2022</span><p>Harbour bridge reopens.</p></div>'
    assert _shown(body) == "2022-01-27"


def test_a_bare_date_meta_tag_gives_way_to_the_time_the_page_shows():
    page = _page('<meta name="date" content="2020-04-30">', "<h1>Harbour bridge reopens to traffic</h1><time>29.04.2020, 12:01 Uhr</time>")
    assert read_metadata(fromstring(page)).date_published == "2020-04-29"


def test_a_bare_date_meta_tag_is_still_read_when_the_page_shows_no_date():
    page = _page('<meta name="date" content="2020-04-30">', "<h1>Harbour bridge reopens to traffic</h1>")
    assert read_metadata(fromstring(page)).date_published == "2020-04-30"


def test_a_utc_timestamp_past_midnight_gives_way_to_the_day_the_page_shows():
    page = _page(
        '<meta property="article:published_time" content="2022-05-04T00:25:56Z">',
        '<div><h1>Harbour bridge reopens to traffic</h1><span class="date">3 de mayo de 2022</span></div>',
    )
    assert read_metadata(fromstring(page)).date_published == "2022-05-03"


def test_a_shown_update_day_does_not_move_a_utc_timestamp():
    page = _page(
        '<meta property="article:published_time" content="2024-08-04T13:23:00Z">',
        '<div><h1>Harbour bridge reopens to traffic</h1><span class="date">Updated 20:49, 5 Aug 2024</span></div>',
    )
    assert read_metadata(fromstring(page)).date_published == "2024-08-04T13:23:00+00:00"


def test_structured_sources_that_disagree_are_settled_by_the_shown_day():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-11-03T10:25:56Z"}</script>'
        '<meta property="article:published_time" content="2023-11-06T14:25:00+00:00">'
    )
    shown = '<div><h1>Harbour bridge reopens to traffic</h1><span class="entry-date">6. November 2023, 15:25 Uhr</span></div>'
    assert read_metadata(fromstring(_page(head, shown))).date_published == "2023-11-06T14:25:00+00:00"
    assert read_metadata(fromstring(_page(head, "<h1>Harbour bridge reopens to traffic</h1>"))).date_published == "2023-11-03T10:25:56+00:00"


def test_a_line_by_the_headline_that_opens_with_a_date_is_a_dateline():
    body = "<div><h1>Harbour bridge reopens to traffic</h1><p>1. Februar 2022, Jane Roe</p></div>"
    assert _shown(body) == "2022-02-01"


def test_a_date_inside_a_sentence_by_the_headline_is_no_dateline():
    body = "<div><h1>Harbour bridge reopens to traffic</h1><p>The bridge closed on 1. Februar 2022 for repairs.</p></div>"
    assert _shown(body) is None


def test_a_logo_h1_before_the_headline_does_not_hide_the_dateline():
    filler = "".join(f'<li><span class="item">Menu entry {n}</span></li>' for n in range(150))
    body = (
        f'<header><h1>Federal Office of Harbours</h1><ul class="links">{filler}</ul></header>'
        '<main><div><h1>Harbour bridge reopens to traffic</h1><p>Erschienen am 26. Jan 2022</p></div></main>'
    )
    assert _shown(body) == "2022-01-26"


def test_an_info_line_under_the_headline_gives_the_day():
    body = '<div><h1>Harbour bridge reopens to traffic</h1><div class="article__info-item">06.01.2022</div></div>'
    assert _shown(body) == "2022-01-06"


def test_a_permalink_day_long_before_the_stated_date_is_the_first_publication():
    assert first_day_in_permalink("2019-06-17T18:28:00+02:00", "https://blog.example/home/2017/7/12/summer-house") == "2017-07-12"


def test_a_permalink_day_close_to_the_stated_date_leaves_it_alone():
    stated = "2022-05-08T06:00:00-05:00"
    assert first_day_in_permalink(stated, "https://news.example/2022/05/02/schools/") == stated
