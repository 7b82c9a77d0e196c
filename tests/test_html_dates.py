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
    body = "<h1>Harbour bridge reopens to traffic</h1><p>Veröffentlicht am 23.06.2015</p>"
    assert _shown(body) == "2015-06-23"


def test_a_date_classed_element_gives_the_day_in_words():
    body = '<div><h1>Harbour bridge reopens to traffic</h1><span class="post-date">March 12, 2019</span></div>'
    assert _shown(body) == "2019-03-12"


def test_a_label_before_the_date_element_reads_the_whole_line():
    body = "<h1>Harbour bridge reopens to traffic</h1><p>Posted on <b>17 septembre 2016</b></p>"
    assert _shown(body) == "2016-09-17"


def test_a_labelled_line_after_a_line_break_is_read():
    body = "<h1>Harbour bridge reopens to traffic</h1><p>Text of the review.<br>Erschienen am: 14.03.2021</p>"
    assert _shown(body) == "2021-03-14"


def test_dates_in_comments_and_teasers_are_passed_over():
    body = (
        "<div><h1>Harbour bridge reopens to traffic</h1>"
        '<div class="comment-list"><span class="date">09.02.2013</span></div>'
        '<div class="teaser"><span class="date">10.03.2013</span></div>'
        '<p class="meta">Sunday, 4 April 2021</p></div>'
    )
    assert _shown(body) == "2021-04-04"


def test_an_update_line_gives_way_to_the_publication_line():
    body = (
        "<div><h1>Harbour bridge reopens to traffic</h1>"
        '<span class="date">Aktualisiert: 19.05.2014</span><span class="date">Publiziert: 12.05.2014</span></div>'
    )
    assert _shown(body) == "2014-05-12"


def test_dates_in_words_across_languages():
    assert text_day("9 de junio de 2015, 21:25") == "2015-06-09"
    assert text_day("4. Februar 2016, Redaktion") == "2016-02-04"
    assert text_day("Sept. 3, 2020") == "2020-09-03"
    assert text_day("Written: 2017-10-05 08:41:12") == "2017-10-05"
    assert text_day("19/03/2014") == "2014-03-19"  # day first when both readings are possible


def test_a_two_digit_year_or_a_word_ending_in_a_month_name_is_no_date():
    assert text_day("23.08.17 um 07:50") is None
    assert text_day("Summer 12, 2019") is None


def test_a_stand_line_is_the_date_when_the_page_shows_no_other():
    body = '<div><h1>Harbour bridge reopens to traffic</h1><p><span class="stand">Stand: 21.09.2016 17:30 Uhr</span></p></div>'
    assert _shown(body) == "2016-09-21"


def test_a_publication_line_in_a_review_footer_counts_but_not_one_in_a_teaser():
    footer = '<h1>Harbour bridge reopens to traffic</h1><div class="rating-footer"><p>Erschienen am: 14.03.2021</p></div>'
    teaser = '<h1>Harbour bridge reopens to traffic</h1><div class="teaser"><p>Erschienen am: 14.03.2021</p></div>'
    assert _shown(footer) == "2021-03-14"
    assert _shown(teaser) is None


def test_a_date_line_named_for_its_style_counts_when_no_box_around_it_is_a_teaser():
    body = '<div><h1>Harbour bridge reopens to traffic</h1><p class="box-teaser-meta">Erschienen am 12. Jan 2015</p></div>'
    assert _shown(body) == "2015-01-12"


def test_a_page_whose_headline_is_no_h1_is_read_from_its_top():
    body = '<div class="title">Details</div><div><span class="date">08.07.2014</span><p>Harbour bridge reopens.</p></div>'
    assert _shown(body) == "2014-07-08"


def test_a_bare_date_meta_tag_gives_way_to_the_time_the_page_shows():
    page = _page('<meta name="date" content="2016-10-13">', "<h1>Harbour bridge reopens to traffic</h1><time>12.10.2016, 10:07 Uhr</time>")
    assert read_metadata(fromstring(page)).date_published == "2016-10-12"


def test_a_bare_date_meta_tag_is_still_read_when_the_page_shows_no_date():
    page = _page('<meta name="date" content="2016-10-13">', "<h1>Harbour bridge reopens to traffic</h1>")
    assert read_metadata(fromstring(page)).date_published == "2016-10-13"


def test_a_utc_timestamp_past_midnight_gives_way_to_the_day_the_page_shows():
    page = _page(
        '<meta property="article:published_time" content="2015-06-10T00:25:56Z">',
        '<div><h1>Harbour bridge reopens to traffic</h1><span class="date">9 de junio de 2015</span></div>',
    )
    assert read_metadata(fromstring(page)).date_published == "2015-06-09"


def test_a_shown_update_day_does_not_move_a_utc_timestamp():
    page = _page(
        '<meta property="article:published_time" content="2019-03-10T13:23:00Z">',
        '<div><h1>Harbour bridge reopens to traffic</h1><span class="date">Updated 21:14, 11 Mar 2019</span></div>',
    )
    assert read_metadata(fromstring(page)).date_published == "2019-03-10T13:23:00+00:00"


def test_structured_sources_that_disagree_are_settled_by_the_shown_day():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2018-05-14T10:12:40Z"}</script>'
        '<meta property="article:published_time" content="2018-05-17T09:40:00+00:00">'
    )
    shown = '<div><h1>Harbour bridge reopens to traffic</h1><span class="entry-date">17. Mai 2018, 11:40 Uhr</span></div>'
    assert read_metadata(fromstring(_page(head, shown))).date_published == "2018-05-17T09:40:00+00:00"
    assert read_metadata(fromstring(_page(head, "<h1>Harbour bridge reopens to traffic</h1>"))).date_published == "2018-05-14T10:12:40+00:00"


def test_a_line_by_the_headline_that_opens_with_a_date_is_a_dateline():
    body = "<div><h1>Harbour bridge reopens to traffic</h1><p>4. Februar 2016, Jane Roe</p></div>"
    assert _shown(body) == "2016-02-04"


def test_a_date_inside_a_sentence_by_the_headline_is_no_dateline():
    body = "<div><h1>Harbour bridge reopens to traffic</h1><p>The bridge closed on 4. Februar 2016 for repairs.</p></div>"
    assert _shown(body) is None


def test_a_logo_h1_before_the_headline_does_not_hide_the_dateline():
    filler = "".join(f'<li><span class="item">Menu entry {n}</span></li>' for n in range(150))
    body = (
        f'<header><h1>Federal Office of Harbours</h1><ul class="links">{filler}</ul></header>'
        '<main><div><h1>Harbour bridge reopens to traffic</h1><p>Erschienen am 12. Jan 2015</p></div></main>'
    )
    assert _shown(body) == "2015-01-12"


def test_an_info_line_under_the_headline_gives_the_day():
    body = '<div><h1>Harbour bridge reopens to traffic</h1><div class="story__info-line">15.04.2013</div></div>'
    assert _shown(body) == "2013-04-15"


def test_a_permalink_day_long_before_the_stated_date_is_the_first_publication():
    assert first_day_in_permalink("2019-06-17T18:28:00+02:00", "https://blog.example/home/2017/7/12/summer-house") == "2017-07-12"


def test_a_permalink_day_close_to_the_stated_date_leaves_it_alone():
    stated = "2015-09-12T06:00:00-05:00"
    assert first_day_in_permalink(stated, "https://news.example/2015/09/06/schools/") == stated
