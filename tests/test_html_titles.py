"""The headline among the titles a page states: JSON-LD, og:title, <title>, <h1>."""
from __future__ import annotations

from lxml.html import fromstring

from newsjson.extractors.metadata import read_metadata, strip_site_name
from newsjson.extractors.titles import choose_title


def _choose(html: str) -> str | None:
    meta = read_metadata(fromstring(html))
    return choose_title(
        headline=meta.title, og_title=meta.og_title, title_tag=meta.title_tag, h1s=meta.h1s,
        publisher=meta.publisher, strip=strip_site_name, fallback=lambda: None,
    )


def test_json_ld_headline_wins():
    html = ('<html><head><meta property="og:title" content="Card title">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Declared headline"}</script>'
            '</head><body><h1>Visible headline</h1></body></html>')
    assert _choose(html) == "Declared headline"


def test_visible_headline_over_a_shortened_card():
    html = ('<html><head><meta property="og:title" content="Harbour: bridge open">'
            '<title>Harbour: bridge open | Valley Courier</title></head>'
            '<body><h1>The harbour bridge opens again after two years</h1></body></html>')
    assert _choose(html) == "The harbour bridge opens again after two years"


def test_the_site_name_heading_is_not_the_headline():
    html = ('<html><head><title>Baking with rye | Crumb Diary</title></head>'
            '<body><h1>Crumb Diary</h1><p>Text.</p></body></html>')
    assert _choose(html) == "Baking with rye"


def test_the_heading_the_meta_title_names_among_several():
    html = ('<html><head><meta property="og:title" content="Baking with rye"></head>'
            '<body><h1>Crumb Diary</h1><h1>Baking with Rye</h1><h1>Comments</h1></body></html>')
    assert _choose(html) == "Baking with Rye"


def test_a_date_run_into_the_heading_is_left_out():
    html = ('<html><head><meta property="og:title" content="Council approves the new budget"></head>'
            '<body><h1>3 May 2024 Council approves the new budget</h1></body></html>')
    assert _choose(html) == "Council approves the new budget"


def test_style_rules_inside_a_heading_are_not_text():
    html = ('<html><head><title>x</title></head><body>'
            '<h1><style>.a{color:red}</style>Ferry timetable changes</h1></body></html>')
    assert read_metadata(fromstring(html)).h1s == ["Ferry timetable changes"]


def test_domain_heading_gives_way_to_the_card():
    html = ('<html><head><meta property="og:title" content="Notes on soldering"></head>'
            '<body><h1>tinkerer-notes.de</h1></body></html>')
    assert _choose(html) == "Notes on soldering"


def test_card_without_the_declared_kicker_is_the_headline():
    html = ('<html><head><meta property="og:title" content="Ferry service resumes after storm">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Coastal weather: Ferry service resumes after storm"}</script>'
            '</head><body><h1>Coastal weather: Ferry service resumes after storm</h1></body></html>')
    assert _choose(html) == "Ferry service resumes after storm"


def test_a_card_that_rewords_the_declared_headline_does_not_replace_it():
    html = ('<html><head><meta property="og:title" content="Ferries are back">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Coastal weather: Ferry service resumes after storm"}</script>'
            '</head><body></body></html>')
    assert _choose(html) == "Coastal weather: Ferry service resumes after storm"


def test_a_card_that_cuts_a_word_in_half_is_not_a_dropped_kicker():
    html = ('<html><head><meta property="og:title" content="port reopens to traffic">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Airport reopens to traffic"}</script></head><body></body></html>')
    assert _choose(html) == "Airport reopens to traffic"


def test_blog_name_and_archive_label_before_the_post_title_are_cut():
    html = ('<html><head><title>Marginal Gains » Blog Archive » Tuning a bicycle chain</title></head>'
            '<body><h1>Marginal Gains</h1><p>Text.</p></body></html>')
    assert _choose(html) == "Tuning a bicycle chain"


def test_site_name_heading_inside_the_title_ends_the_headline():
    html = ('<html><head><title>Sourdough starter basics : Crumb Diary | Notes from a small oven</title></head>'
            '<body><h1>Crumb Diary</h1><p>Text.</p></body></html>')
    assert _choose(html) == "Sourdough starter basics"


def test_a_domain_opening_the_title_is_cut():
    html = ('<html><head><title>crumb-diary.net | Sourdough starter basics</title></head>'
            '<body><p>Text.</p></body></html>')
    assert _choose(html) == "Sourdough starter basics"


def test_a_heading_that_opens_the_title_is_not_taken_for_the_site():
    html = ('<html><head><title>Sourdough starter basics | Notes from a small oven</title></head>'
            '<body><h1>Sourdough starter basics</h1><p>Text.</p></body></html>')
    assert _choose(html) == "Sourdough starter basics"


def test_a_kicker_the_heading_runs_into_the_headline_is_left_out():
    html = ('<html><head><meta property="og:title" content="After the storm: Ferries run again | Harbour Post">'
            '<meta property="og:site_name" content="Harbour Post"></head>'
            '<body><h1><span>After the storm</span> <span>Ferries run again</span></h1></body></html>')
    assert _choose(html) == "Ferries run again"


def test_a_heading_that_sets_its_kicker_off_is_kept_whole():
    html = ('<html><head><meta property="og:title" content="After the storm: Ferries run again"></head>'
            '<body><h1>After the storm – Ferries run again</h1></body></html>')
    assert _choose(html) == "After the storm – Ferries run again"


def test_a_heading_repeated_for_small_screens_counts_once():
    html = ('<html><head><meta property="og:title" content="Buy the Lathe Pro 5 today - save on tools"></head>'
            '<body><h1 class="wide">Lathe Pro 5 for workshops</h1><h1 class="narrow">Lathe Pro 5 for workshops</h1>'
            '</body></html>')
    assert _choose(html) == "Lathe Pro 5 for workshops"


def test_a_heading_of_bare_punctuation_is_not_a_headline():
    html = ('<html><head><meta property="og:title" content="Morning at the allotment"></head>'
            '<body><h1>...</h1></body></html>')
    assert _choose(html) == "Morning at the allotment"


def test_site_name_heading_matches_the_publisher_whatever_its_dash():
    html = ('<html><head><meta property="og:title" content="Planting garlic">'
            '<meta property="og:site_name" content="Plot Notes - Season 3"></head>'
            '<body><h1>Plot Notes – Season 3</h1></body></html>')
    assert _choose(html) == "Planting garlic"


def test_two_kickers_for_one_headline_give_the_headline():
    html = ('<html><head><meta property="og:title" content="Winter weather: Ferries run again on all routes"></head>'
            '<body><h1>Storm over the coast - Ferries run again on all routes</h1></body></html>')
    assert _choose(html) == "Ferries run again on all routes"


def test_one_kicker_spelt_two_ways_is_kept():
    html = ('<html><head><meta property="og:title" content="The harbour clock: Ferries run again on all routes"></head>'
            '<body><h1>Harbour clock: Ferries run again on all routes</h1></body></html>')
    assert _choose(html) == "Harbour clock: Ferries run again on all routes"


def test_the_site_name_shortened_before_the_title_is_cut():
    html = ('<html><head><meta property="og:title" content="FMTR - New rules for ferry tickets">'
            '<meta property="og:site_name" content="www.fmtr.example"></head><body><p>Text.</p></body></html>')
    assert _choose(html) == "New rules for ferry tickets"
