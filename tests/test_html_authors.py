"""Byline strings become person names."""
from __future__ import annotations

import pytest

from lxml.html import fromstring
from trafilatura.metadata import extract_author

from newsjson import extract
from newsjson.extractors.authors import clean_authors, clean_guessed_author, full_names_in_bios, with_co_authors
from newsjson.extractors.bylines import find_bylines, full_names_of, guess_author
from newsjson.extractors.html_parse import parse_html


@pytest.mark.parametrize(
    "raw, names",
    [
        (["By JANE DOE and John Roe, Staff Writers"], ["Jane Doe", "John Roe"]),
        (["Jane Doe | Wire Agency"], ["Jane Doe"]),
        (["Von Max Muster und Erika Beispiel"], ["Max Muster", "Erika Beispiel"]),
        (["jane.doe@example.org"], []),
        (["Jane Doe Updated March 5, 2024"], ["Jane Doe"]),
        (["John E Smith"], ["John E Smith"]),
        (["Tom O'Connor"], ["Tom O'Connor"]),
        (["Doe, Jane"], ["Jane Doe"]),
        (["Redaktion"], []),
        (["Staff"], []),
        (["Jane Doe", "JANE DOE"], ["Jane Doe"]),
        (["Ludwig van Beethoven"], ["Ludwig van Beethoven"]),
    ],
)
def test_cleaned_names(raw, names):
    assert clean_authors(raw).names == names


def test_the_outlet_as_a_one_word_byline_is_dropped():
    result = clean_authors(["Beispielblatt"], publisher="Beispielblatt")
    assert result.names == [] and result.dropped == ["Beispielblatt"]


def test_a_reference_list_is_not_a_byline():
    many = [f"Author Number{chr(65 + i)}" for i in range(12)]
    assert clean_authors(many).names == []


def _bylines(body: str):
    return find_bylines(fromstring(f"<html><body>{body}</body></html>"))


def test_marked_co_authors_are_read_together_and_teaser_authors_are_not():
    found = _bylines(
        "<article><p class='meta'><a rel='author' href='/a/jd'>Jane Doe</a> and <a rel='author' href='/a/jr'>John Roe</a></p>"
        "<p>Story text.</p></article>"
        "<ul class='list'><li><div><span itemprop='author'>Other Writer</span></div></li></ul>"
    )
    assert found.marked == ["Jane Doe", "John Roe"]


def test_comment_authors_and_menus_are_not_bylines():
    found = _bylines(
        "<nav><span class='author'>Menu Person</span></nav>"
        "<div class='comments'><div class='comment-author' itemprop='author'>Commenter Name</div></div>"
        "<p>Von Max Muster</p>"
    )
    assert found.marked == [] and found.classed == [] and found.opened == ["Von Max Muster"]


def test_text_pieces_are_kept_apart():
    found = _bylines("<div class='byline'><span>Jane Doe</span><time>vor 2 Stunden</time></div>")
    assert found.classed == ["Jane Doe vor 2 Stunden"]
    assert clean_authors(found.classed, guessed=True).names == ["Jane Doe"]


@pytest.mark.parametrize(
    "raw, names",
    [
        (["Find"], []),  # a one-word label beside a byline
        (["Twitter Facebook"], []),
        (["por esta razón el sitio"], []),  # prose
        (["von lupa"], ["Lupa"]),  # a handle signed after "von"
        (["Erstellt von Andri Bryner"], ["Andri Bryner"]),
        (["Autorin: Sylvia Beispiel"], ["Sylvia Beispiel"]),
        (["Jane Roe Hace 2 horas"], ["Jane Roe"]),
    ],
)
def test_guessed_bylines_must_look_like_full_names(raw, names):
    assert clean_authors(raw, guessed=True).names == names


def test_page_byline_when_no_structured_author():
    html = ("<html><head><title>t</title></head><body><article><h1>Bridge opens</h1>"
            "<p class='byline'>By Lena Ortiz</p><p>The bridge opened on Monday after repairs.</p></article></body></html>")
    assert extract(html).authors == ["Lena Ortiz"]


def test_a_blog_engine_hcard_signs_with_a_handle():
    page = (
        "<html><body><article><h1>Notes from the allotment</h1>"
        "<div class='entry-meta'>By <span class='author vcard'><a class='url fn n' href='/u/'>Quill</a></span></div>"
        "<p>The beans came up late this year.</p></article></body></html>"
    )
    assert find_bylines(fromstring(page)).marked == ["Quill"]


def test_a_sidebar_layout_class_on_the_container_does_not_hide_the_byline():
    page = (
        "<html><body class='single has-sidebar'><div class='content right-sidebar'>"
        "<p class='byline'>By Mara Quell</p><p>Story text.</p></div>"
        "<div class='sidebar'><span class='author'>Other Person</span></div></body></html>"
    )
    assert find_bylines(fromstring(page)).classed == ["By Mara Quell"]


def test_a_job_title_after_the_name_is_dropped():
    assert clean_authors(["Mara Quell Chefredakteurin"], guessed=True).names == ["Mara Quell"]
    assert clean_authors(["Staff Writer"]).names == []


@pytest.mark.parametrize(
    "raw, publisher",
    [
        (["beispielblatt.example, Springfield, Nowhere"], None),
        (["Beispiel Radio (www.beispielradio.example)"], None),
        (["BRT"], "Beispiel Rundfunk Tagblatt"),
    ],
)
def test_an_outlet_signing_by_address_or_initials_is_not_a_person(raw, publisher):
    assert clean_authors(raw, publisher).names == []


def test_an_address_in_brackets_leaves_no_stray_bracket():
    assert clean_authors(["Mara Quell (mara@beispiel.example)"]).names == ["Mara Quell"]


# Pages where trafilatura's author guess has to skip or prune boxes: a candidate in a
# comment list, a byline holding a <time> whose tail must join the text before it,
# and author classes of each of its three tiers.
_GUESS_PAGES = [
    '<html><body><div class="comments"><span class="author">Pat Commenter</span></div>'
    '<p class="byline">Written by Alma Reyes <time>May 2</time>, staff</p></body></html>',
    '<html><body><div class="author-name">Dana <span class="date">today</span>Whitfield</div></body></html>',
    '<html><body><h4 id="post-author">Lee Kwan</h4><figure><span class="author">Photo Person</span></figure></body></html>',
    '<html><body><section data-component="Byline">By Ines Moreau<figure>x</figure> and Tom Bell</section></body></html>',
    '<html><body><div class="sidebar"><a rel="author">Side Writer</a></div><p>No byline here.</p></body></html>',
    # an element without attributes picked by its <rel>me</rel> child
    '<html><body><p>Story text.</p><span><rel>me</rel> Kim Ode</span></body></html>',
]


@pytest.mark.parametrize("page", _GUESS_PAGES)
def test_guess_author_reads_what_trafilatura_reads(page):
    assert guess_author(parse_html(page)) == extract_author(parse_html(page))


@pytest.mark.parametrize(
    "raw, names",
    [
        (["Text & Fotos: Mara Quell"], ["Mara Quell"]),  # roles joined before one colon
        (["Autorin/Autor: Mara Quell"], ["Mara Quell"]),
        (["Interview: Mara Quell Foto: Tom Bell"], ["Mara Quell"]),  # the photographer's credit after it
        (["Von Mara Quell Di, 14. März 2017"], ["Mara Quell"]),  # a weekday before the date
        (["von Dienstag, den 3. Juni bis Freitag"], []),  # a date range, not a byline
        (["Von Ma\u00adra Quell"], ["Mara Quell"]),  # a soft hyphen inside the name
        (["Rechtsanwalt Mara Quell"], ["Mara Quell"]),  # a title before the name
        (["Von Beispiel-Online-Experte Mara Quell"], ["Mara Quell"]),
        (["Mara Quell and Tom Bell for The Daily Example"], ["Mara Quell", "Tom Bell"]),
        (["Von Mara Quell, Springfield"], ["Mara Quell"]),  # a dateline's place after the name
        (["by quill77"], []),  # a handle with digits is no person's name
        (["von Malern, Bildhauern, Fotografen"], []),  # a list of words out of a sentence
    ],
)
def test_bylines_lose_roles_dates_places_and_outlets(raw, names):
    assert clean_authors(raw, guessed=True).names == names


@pytest.mark.parametrize(
    "raw, publisher",
    [
        (["The Daily Example"], None),  # a name led by an article is a title
        (["Der Beispielbote"], "Der Beispielbote"),
        (["L'Exemple"], None),
        (["Beispielmagazin Online"], None),  # compound organisation nouns
        (["Muster-Stiftung"], None),
        (["Beispielblatt Pl"], "beispielblatt.pl"),  # the site's address read as words
        (["Wien Beispiel At"], "wien.Beispiel.at"),
        (["Beispielpost"], "Beispielpost - Nachrichten aus der Region"),  # one segment of the site's name
    ],
)
def test_the_outlet_under_its_own_name_is_not_a_person(raw, publisher):
    assert clean_authors(raw, publisher).names == []


def test_a_personal_site_named_after_its_writer_keeps_the_name():
    assert clean_authors(["Mara Quell"], "Mara Quell").names == ["Mara Quell"]


def test_a_profile_slug_repeating_the_name_is_one_author():
    assert clean_authors(["Mara Quell", "mara-quell"]).names == ["Mara Quell"]


def test_chinese_credit_line_in_brackets():
    assert clean_authors(["(责编：王小明、李四)"], guessed=True).names == ["王小明", "李四"]
    found = _bylines("<div class='main'><p>正文。</p><div class='edit'>(责编：王小明、李四)</div></div>")
    assert found.opened == ["(责编：王小明、李四)"]


@pytest.mark.parametrize(
    "body, line",
    [
        # the opener in its own element, the name in the next one
        ("<div><span>By</span><span><a href='/team/mara-quell'>Mara Quell</a></span></div>", "By Mara Quell"),
        ("<p class='meta'>\n  von\n  <a href='/autoren/mara-quell'>Dr. Mara Quell</a>\n</p>", "von Dr. Mara Quell"),
        ("<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Mara Quell</li></ul>",
         "Autorin/Autor: Mara Quell"),
        ("<div><h5>Datum:</h5>03.11.2021<br><h5>Autor:</h5>Mara Quell</div>", "Autor: Mara Quell"),
        ("<li>Von: <span><a href='/mq'>Mara QUELL</a>, </span><span><a href='/tb'>Tom BELL</a></span></li>",
         "Von Mara QUELL , Tom BELL"),
    ],
)
def test_a_bare_opener_reads_the_name_beside_it(body, line):
    assert line in _bylines(body).opened


def test_a_line_read_after_a_bare_opener_gives_its_names():
    assert clean_authors(["Von Mara QUELL , Tom BELL"], guessed=True).names == ["Mara QUELL", "Tom BELL"]


def test_a_bare_opener_inside_running_text_is_no_byline():
    found = _bylines("<p>Ein Festival mit Werken von <a href='/k'>Malern</a>, <a href='/b'>Bildhauern</a> und mehr.</p>")
    assert found.opened == []


def test_an_opener_after_an_inline_element_is_running_text():
    found = _bylines("<p><a href='/x'>Ein Lied</a> von Malern und Bildhauern gesungen</p>")
    assert found.opened == []


def test_a_byline_test_id_marks_a_byline():
    found = _bylines("<div data-testid='story-byline'><span>By</span> <a href='/mq'>Mara Quell</a></div>")
    assert "By Mara Quell" in found.classed


def test_a_bare_opener_byline_becomes_the_author():
    html = ("<html><head><title>t</title></head><body><article><h1>Bridge opens</h1>"
            "<div class='meta'><span>By</span><span><a href='/staff/lena-ortiz'>Lena Ortiz</a></span></div>"
            "<p>The bridge opened on Monday after repairs lasting most of the year.</p></article></body></html>")
    assert extract(html).authors == ["Lena Ortiz"]


def test_a_wrapper_named_after_its_sidebar_that_holds_the_headline_is_the_story():
    page = (
        "<html><body><div class='layout-with-sidebar'><article class='post category-weekly-newsletter'>"
        "<h1>Lemon cake</h1><div class='story-author-line'>von Mara</div><p>Story text.</p></article>"
        "<aside class='sidebar'><span class='author'>Other Person</span></aside></div></body></html>"
    )
    assert find_bylines(fromstring(page)).classed == ["von Mara"]


@pytest.mark.parametrize(
    "text, line",
    [
        ("Posted on September 14, 2016 by Mara Quell", "by Mara Quell"),
        ("14.03.2021 09:45 von Mara", "von Mara"),
        ("Veröffentlicht am 3. Mai 2021 um 10:00 Uhr von Mara Quell", "von Mara Quell"),
    ],
)
def test_a_dateline_ending_in_its_writer(text, line):
    assert _bylines(f"<h1>Headline</h1><div><span>{text}</span></div><p>Story text.</p>").opened == [line]


@pytest.mark.parametrize("text", ["seit 2018 von Beispielen", "Teil 2 von Mara:", "2 by 4 timber"])
def test_a_number_before_by_is_no_dateline(text):
    assert _bylines(f"<div><span>{text}</span></div>").opened == []


@pytest.mark.parametrize(
    "raw, names",
    [
        (["Luc Le Berre"], ["Luc Le Berre"]),  # a particle, not a French date's "le"
        (["Mara Quell le 5 mars 2024"], ["Mara Quell"]),
        (["Mara Quell am 3. Mai"], ["Mara Quell"]),
        (["BEISPIEL"], []),  # an organisation's initials
        (["Q-HEFT - Das Heft"], []),
        (["mara_quell"], []),  # a login
        (["Bild © Beispielsender"], []),  # a picture credit
        (["Www Beispiel Com"], []),
        (["Quill Reader said"], []),  # a comment's "… said"
        (["Solar", "Wind", "Speicher"], []),  # topic tags side by side
        (["Mara", "Tom"], ["Mara", "Tom"]),  # two signatures are still two authors
    ],
)
def test_not_a_person_name(raw, names):
    assert clean_authors(raw).names == names


_STORY = "".join(f"<p>Paragraph {i} of the story, long enough to read as running text.</p>" for i in range(4))


def test_a_bold_line_closing_the_story_signs_it():
    assert _bylines(f"<h1>Headline</h1><div>{_STORY}<p><strong>Mara Quell</strong></p></div>").opened == ["Mara Quell"]


@pytest.mark.parametrize(
    "body",
    [
        f"<div><p><strong>What the council decided</strong></p>{_STORY}</div>",  # a bold line first is as often a heading
        f"<div>{_STORY}<p><strong>Further Reading</strong></p><ul><li>A link</li></ul></div>",  # a list follows
        "<div><p>One.</p><p><strong>Mara Quell</strong></p></div>",  # too few paragraphs for a story
    ],
)
def test_a_bold_line_elsewhere_is_no_signature(body):
    assert _bylines(body).opened == []


def test_a_byline_with_its_date_first_gives_the_writer_after_it():
    assert clean_authors(["Posted on September 14, 2016 by Mara Quell"], guessed=True).names == ["Mara Quell"]


@pytest.mark.parametrize("line", ["Auteur : Mara Quell", "Written by Mara Quell", "Posted by Mara Quell"])
def test_more_byline_openers(line):
    assert _bylines(f"<div><p>{line}</p></div>").opened == [line]
    assert clean_authors([line], guessed=True).names == ["Mara Quell"]


def _page(head: str, body: str = "<p>Story text.</p>") -> str:
    return f"<html><head><title>t</title>{head}</head><body><article><h1>Bridge opens</h1>{body}</article></body></html>"


def _json_ld_author(*names: str) -> str:
    people = ", ".join(f'{{"@type": "Person", "name": "{name}"}}' for name in names)
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Bridge opens", "author": [{people}]}}</script>'


def test_an_author_tag_listing_the_schema_writer_adds_the_co_writers():
    head = _json_ld_author("Mara Quell") + '<meta name="author" content="Mara Quell, Tom Bell">'
    assert extract(_page(head)).authors == ["Mara Quell", "Tom Bell"]


def test_an_author_tag_of_its_own_beside_the_schema_writer_adds_nobody():
    # a second tag is as often the publishing house or an editor as a co-writer
    head = _json_ld_author("Mara Quell") + '<meta name="author" content="Mara Quell"><meta name="author" content="Tom Bell">'
    assert extract(_page(head)).authors == ["Mara Quell"]
    assert with_co_authors(["Mara Quell"], ["Tom Bell, Ines Moreau"]) == ["Mara Quell"]


def test_a_lone_first_name_in_the_schema_takes_the_full_name_the_page_shows():
    # the author box beside the story spells the name out, even in a side column
    body = "<p>Story text.</p><aside class='article-sidebar'><p>By</p><p class='full-name'>Mara Quell</p></aside>"
    assert extract(_page(_json_ld_author("Mara"), body)).authors == ["Mara Quell"]


@pytest.mark.parametrize(
    "body",
    [
        "<p>Mara Quell and the bridge crew said the repairs took most of the year.</p>",  # a sentence, not a name
        "<div class='comments'><p class='comment-author'>Mara Lind</p></div>",  # a commenter who shares the first name
    ],
)
def test_a_lone_first_name_stays_without_a_name_alone_that_spells_it_out(body):
    assert extract(_page(_json_ld_author("Mara"), body)).authors == ["Mara"]


def test_full_names_of_reads_short_name_texts_only():
    tree = fromstring("<html><body><p>Mara Quell</p><p>Mara went home early today</p><script>Mara Quell</script></body></html>")
    assert full_names_of(tree, "Mara") == ["Mara Quell"]


def test_every_byline_shape_on_one_page_is_found():
    # one pass over the page sorts each short text into opener, bare label and dateline
    found = _bylines(
        "<h1>Headline</h1><div class='meta'><span itemprop='author'>Mara Quell</span></div>"
        "<div class='byline-box'>Tom Bell</div><p>By Ines Moreau</p>"
        "<div><span>Autor:</span><span>Kim Ode</span></div>"
        "<div><span>Posted on 3 May 2021 by Lena Ortiz</span></div><p>Story text.</p>"
    )
    assert found.marked == ["Mara Quell"]
    assert found.classed == ["Tom Bell"]
    assert found.opened == ["By Ines Moreau", "Autor: Kim Ode", "by Lena Ortiz"]



@pytest.mark.parametrize(
    "guess, names",
    [
        ("Mara Quell", ["Mara Quell"]),
        ("Wenke", ["Wenke"]),  # a blog signed with a first name
        ("Abc", []),  # an editor's short code
        ("X-Bahn", []),  # a label with a letter glued on
        ("ABC-Media", []),
        ("Anne-Lou", ["Anne-Lou"]),
        ("Gartenmöbel; Grillen; Terrasse Zudem finden Sie hier Tipps; Tricks", []),  # a list of categories
        ("Mara Quell; Tom Bell", ["Mara Quell", "Tom Bell"]),
        (None, []),
    ],
)
def test_the_markup_guess_keeps_names_and_drops_codes_and_lists(guess, names):
    assert clean_guessed_author(guess).names == names


def test_a_page_whose_only_author_mark_holds_a_short_code_gets_no_author():
    html = "<html><body><article><h1>Title of the story</h1><div class='author'>abc</div>" + "<p>Some story text here.</p>" * 5 + "</article></body></html>"
    assert extract(html).authors == []


@pytest.mark.parametrize(
    "raw, names",
    [
        (["Mara quell"], ["Mara Quell"]),  # a profile name typed with a lower-case surname
        (["Ludwig van beethoven"], ["Ludwig van Beethoven"]),
        (["Gesendet aus dem"], []),  # a phrase ending in a particle: no surname to capitalise
        (["Quelle: abc"], []),
    ],
)
def test_structured_author_fields_keep_a_lower_case_surname(raw, names):
    assert clean_authors(raw, structured=True).names == names


def test_a_lower_case_surname_in_visible_markup_is_still_prose():
    assert clean_authors(["Zuletzt geändert"]).names == []
    assert clean_authors(["Mara quell"], guessed=True).names == []


def test_json_ld_author_with_a_lower_case_surname():
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "A story",'
            ' "author": {"@type": "Person", "name": "Mara quell"}}</script></head><body><article><h1>A story</h1>'
            + "<p>Some story text here.</p>" * 5 + "</article></body></html>")
    assert extract(html).authors == ["Mara Quell"]


@pytest.mark.parametrize(
    "bios, names",
    [
        (["Mara Quell ist freie Autorin und lebt am See."], ["Mara Quell"]),
        (["Mara Quell - Reporterin seit 2010"], ["Mara Quell"]),
        (["Mara van Quell, Reporterin"], []),  # a particle breaks the run: not guessed further
        (["Mara schreibt über Gärten."], []),  # no surname follows
        (["Tom Bell ist Fotograf."], []),  # someone else's bio
    ],
)
def test_a_persons_bio_spells_out_the_first_name(bios, names):
    assert full_names_in_bios(bios, "Mara") == names


def test_json_ld_first_name_is_spelled_out_by_the_persons_bio():
    graph = ('{"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": "A story",'
             ' "author": {"@id": "#mara"}}, {"@type": "Person", "@id": "#mara", "name": "Mara",'
             ' "description": "Mara Quell ist freie Autorin."}]}')
    html = (f'<html><head><script type="application/ld+json">{graph}</script></head><body><article><h1>A story</h1>'
            + "<p>Some story text here.</p>" * 5 + "</article></body></html>")
    assert extract(html).authors == ["Mara Quell"]


@pytest.mark.parametrize(
    "raw, names",
    [
        (["publisher"], []),  # a content system's placeholder
        (["Super User"], []),
        (["anónimo"], []),
        (["Muster AG"], []),
        (["Copyright Muster GmbH & Co. KG - all rights reserved"], []),
        (["Abteilung Pressearbeit"], []),
        (["Mara Quell Mara Quell"], ["Mara Quell"]),  # a name written twice
        (["Nora Co"], ["Nora Co"]),  # "Co" is a surname as well as a company form
    ],
)
def test_placeholders_companies_and_notices_are_not_writers(raw, names):
    assert clean_authors(raw).names == names


def test_a_credit_for_another_role_is_not_a_writer():
    assert clean_authors(["Autor: Mara Quell; Illustrator: Tom Bell"], guessed=True).names == ["Mara Quell"]


def test_a_login_in_the_author_field_gives_way_to_the_visible_byline():
    assert clean_authors(["mquell"], structured=True).names == []
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "A story",'
            ' "author": {"@type": "Person", "name": "mquell"}}</script></head><body><article><h1>A story</h1>'
            '<p class="byline">By Mara Quell</p>' + "<p>Some story text here.</p>" * 5 + "</article></body></html>")
    assert extract(html).authors == ["Mara Quell"]


@pytest.mark.parametrize(
    "raw, names",
    [
        (["Mara Quell im Gespräch mit Tom Bell"], ["Mara Quell", "Tom Bell"]),  # an interview's two voices
        (["Autoren Mara Quell und Tom Bell"], ["Mara Quell", "Tom Bell"]),
        (["Posted by Mara Quell under"], ["Mara Quell"]),  # the category stands in the next element
        (["von Mara Quell in"], ["Mara Quell"]),
    ],
)
def test_interviews_plural_labels_and_dangling_words(raw, names):
    assert clean_authors(raw, guessed=True).names == names


def test_a_plural_authors_line_is_found_as_a_byline():
    html = ("<html><body><article><h1>A story</h1>" + "<p>Some story text here.</p>" * 3
            + "<p>Autoren Mara Quell und Tom Bell</p></article></body></html>")
    assert extract(html).authors == ["Mara Quell", "Tom Bell"]


def test_the_outlets_account_with_an_initial_is_not_a_person():
    assert clean_authors(["Beispielblatt D"], publisher="Beispielblatt News").names == []
    assert clean_authors(["Mara D. Quell"], publisher="Beispielblatt News").names == ["Mara D. Quell"]


def test_a_credit_in_a_figure_caption_is_not_the_byline():
    html = ("<html><body><article><h1>A story</h1><figure><img src='a.jpg'><figcaption>"
            "<span class='media-byline'>| Mara Quell</span></figcaption></figure>"
            + "<p>Some story text here.</p>" * 5 + "</article></body></html>")
    assert find_bylines(fromstring(html)).classed == []


def test_an_editing_credit_is_not_a_writer():
    # "Redaktion: …" on a broadcaster's page names who edited the piece, not who wrote it.
    assert clean_authors(["Redaktion: Mara Quell"], guessed=True).names == []
    assert clean_authors(["Text: Mara Quell"], guessed=True).names == ["Mara Quell"]


@pytest.mark.parametrize("raw", [["Bund der Beispielfreunde e.V."], ["Beispielfreunde e. V. "]])
def test_registered_associations_are_not_writers(raw):
    assert clean_authors(raw).names == []


@pytest.mark.parametrize("opener", ["By", "Par"])
def test_an_opener_glued_to_the_name_link_by_a_no_break_space(opener):
    page = (
        "<html><body><article><h1>Harbour reopens</h1>"
        f"<div class='story-meta'>{opener}&nbsp;<a href='/people/lena-ortiz'>Lena Ortiz</a></div>"
        "<p>The harbour reopened on Monday.</p></article></body></html>"
    )
    assert extract(page).authors == ["Lena Ortiz"]


@pytest.mark.parametrize(
    "raw, names",
    [
        (["Autor: Mara Quell Datum: 03.04.2021"], ["Mara Quell"]),
        (["Autor: www.example.org Data: 28-04-2021, 09:29"], []),  # the site signs; "Data" is the date's label
    ],
)
def test_a_date_label_after_the_writer_ends_the_name(raw, names):
    assert clean_authors(raw, guessed=True).names == names


def test_a_credit_for_the_picture_alone_names_no_writer():
    assert clean_authors(["Foto: Mara Quell"], guessed=True).names == []
    assert clean_authors(["Text & Fotos: Mara Quell"], guessed=True).names == ["Mara Quell"]


def test_a_box_classed_with_the_spanish_or_german_word_for_author():
    page = (
        "<html><body><article><h1>Puente reabierto</h1>"
        "<div class='firma-autor'><h5>Lena Ortiz | Actualizado hace 2 horas</h5></div>"
        "<p>El puente reabrió el lunes.</p></article></body></html>"
    )
    assert extract(page).authors == ["Lena Ortiz"]


def test_an_advertisement_label_is_not_a_name():
    assert clean_authors(["PAID CONTENT"], guessed=True).names == []


@pytest.mark.parametrize(
    "line, names",
    [
        ("25.10.2022 - Lena Ortiz", ["Lena Ortiz"]),
        ("04.02.2022 | 13:10 Uhr | Lena Ortiz", ["Lena Ortiz"]),
        ("01.11.2021 | Naturschutz, Wald", []),  # topic tags
        ("03.11.2022 - Lena Ortiz - Stadthalle", []),  # a listing of events
    ],
)
def test_a_dateline_that_ends_in_its_writer_after_a_dash_or_bar(line, names):
    page = (
        "<html><body><article><h1>Neue Brücke</h1>"
        f"<p class='meta'>{line}</p>"
        "<p>Die Brücke wurde am Montag eröffnet.</p></article></body></html>"
    )
    assert extract(page).authors == names


def test_a_second_credit_written_as_the_first_is_someone_elses_role():
    assert clean_authors(["Text von Mara Quell Illustration von Tom Bell"], guessed=True).names == ["Mara Quell"]
    assert clean_authors(["Words by Mara Quell Photos by Tom Bell"], guessed=True).names == ["Mara Quell"]


def test_a_layout_class_naming_the_sidebar_beside_the_story_does_not_hide_the_byline():
    page = (
        "<html><body><div class='layoutTwoColumnsRightSidebar'><div id='content'>"
        "<p><em>Text von Mara Quell</em></p><p>Die Brücke wurde am Montag eröffnet.</p></div>"
        "<div class='sidebar'><p>Von Tom Bell</p></div></div></body></html>"
    )
    assert find_bylines(fromstring(page)).opened == ["Text von Mara Quell"]


_LONG_SENTENCE = (
    "The ferry across the bay was cancelled again on Tuesday because the wind over the headland rose too fast "
    "for the small boats, and the harbour master kept them tied up until the evening."
)


def _story_opening_with(bold_line: str, before: str = "") -> str:
    paragraphs = "".join(f"<p>{_LONG_SENTENCE}</p>" for _ in range(4))
    return f"<html><body><article><h1>Ferry cancelled</h1>{before}<p><strong>{bold_line}</strong></p>{paragraphs}</article></body></html>"


def test_a_bold_name_line_that_opens_the_story_names_its_writers():
    assert extract(_story_opening_with("LENA ORTIZ/Tom Bell")).authors == ["Lena Ortiz", "Tom Bell"]


@pytest.mark.parametrize(
    "bold_line, before",
    [
        ("Harbour Works", f"<div><p>{_LONG_SENTENCE}</p></div>"),  # a section heading of a story already begun
        ("Weitere Links:", ""),  # a label
        ("Why the ferry stopped", ""),  # a heading in sentence case
    ],
)
def test_a_bold_heading_line_before_story_paragraphs_names_nobody(bold_line, before):
    assert extract(_story_opening_with(bold_line, before)).authors == []


def test_a_bare_label_padded_with_layout_whitespace():
    padding = "\n" + "\t" * 48
    page = (
        "<html><body><article><h1>Fähre fällt aus</h1>"
        f"<ul class='infos'><li>Von:{padding}<span><a href='/p/lo'>Lena Ortiz</a></span></li></ul>"
        "<p>Die Fähre fiel am Dienstag aus.</p></article></body></html>"
    )
    assert extract(page).authors == ["Lena Ortiz"]


@pytest.mark.parametrize("marks", ["----", "|", "•"])
def test_marks_before_an_opener_do_not_hide_it(marks):
    page = (
        "<html><body><article><h1>Ferry cancelled</h1>"
        f"<div class='note'><strong><em>{marks} by Lena Ortiz</em></strong></div>"
        "<p>The ferry was cancelled on Tuesday.</p></article></body></html>"
    )
    assert extract(page).authors == ["Lena Ortiz"]


def test_a_byline_inside_a_teaser_card_for_another_story_is_not_the_pages():
    teaser = (
        "<div class='more'><a href='/other-story'><h3>Harbour master retires after forty years</h3>"
        "<div class='author-name'>Von Tom Bell</div></a></div>"
    )
    page = f"<html><body><article><h1>Fähre fällt aus</h1><p>Die Fähre fiel aus.</p></article>{teaser}</body></html>"
    assert extract(page).authors == []
    author_link = "<a href='/author/lo' class='author'><span>Von </span>Lena Ortiz</a>"
    page = f"<html><body><article><h1>Fähre fällt aus</h1>{author_link}<p>Die Fähre fiel aus.</p></article>{teaser}</body></html>"
    assert extract(page).authors == ["Lena Ortiz"]


def test_a_translators_credit_is_not_the_writer():
    assert clean_authors(["Übersetzung Mara Quell"], guessed=True).names == []


def test_an_author_classed_credit_in_a_pictures_licence_box_is_the_photographers():
    page = (
        "<html><body><article><h1>Fähre fällt aus</h1>"
        "<div class='img-box'><img src='f.jpg'><div class='photo-licence'>Foto: "
        "<span class='author-name'><a href='/p/tb'>Tom Bell</a></span></div></div>"
        "<p>Autor: Lena Ortiz</p><p>Die Fähre fiel am Dienstag aus.</p></article></body></html>"
    )
    assert extract(page).authors == ["Lena Ortiz"]


def test_an_administrator_account_is_not_a_person():
    assert clean_authors(["von wordpressadmin"], guessed=True).names == []
    assert clean_authors(["Siteadmin"]).names == []


def test_a_menu_link_labelled_by_a_lower_case_word_is_no_handle():
    page = (
        "<html><body><ul class='index'><li><a href='/index/theme'>par thème</a></li></ul>"
        "<article><h1>Le bac reprend</h1><p class='signature'>par Lena Ortiz</p>"
        "<p>Le bac a repris mardi.</p></article></body></html>"
    )
    assert extract(page).authors == ["Lena Ortiz"]


def test_an_hcard_is_named_by_its_fn_not_by_a_breadcrumb_inside_it():
    page = (
        "<html><body><article><h1>Neues Modell im Test</h1>"
        "<div class='article-author vcard'>von <a class='url fn n' href='/autoren/lo'>Lena Ortiz</a>"
        "<ul><li itemscope><a href='/marke'><span itemprop='name'>Beispielwagen</span></a></li></ul></div>"
        "<p>Das Modell fährt leise.</p></article></body></html>"
    )
    assert find_bylines(fromstring(page)).marked == ["Lena Ortiz"]


@pytest.mark.parametrize("line", ["Pressemitteilung von Mara Quell", "Gastbeitrag von Mara Quell"])
def test_what_the_line_credits_goes_with_its_opener(line):
    assert clean_authors([line], guessed=True).names == ["Mara Quell"]


@pytest.mark.parametrize("label", ["Autor/in", "Autor*in", "Autor:in"])
def test_gender_inclusive_spellings_of_the_author_label(label):
    assert clean_authors([f"{label}: Mara Quell"]).names == ["Mara Quell"]


def test_a_site_address_after_the_opener_is_the_site_signing():
    assert clean_authors(["von beispiel.de"], guessed=True).names == []
    assert clean_authors(["von beispiel.de zuletzt bearbeitet: 04.02.2022, 08:27 Uhr"], guessed=True).names == []


def test_a_plugins_author_name_field_in_the_head():
    page = (
        "<html><head><meta name='shareaholic:article_author_name' content='Lena Ortiz'></head>"
        "<body><article><h1>Ferry cancelled</h1><p>The ferry was cancelled.</p></article></body></html>"
    )
    assert extract(page).authors == ["Lena Ortiz"]


def test_a_description_that_opens_with_the_byline():
    description = "Posted by Lena Ortiz and Tom Bell - Harbour desk Over the past year the ferry ran late twice a week."
    page = (
        f"<html><head><meta name='description' content='{description}'></head>"
        "<body><article><h1>Ferry cancelled</h1><p>Over the past year the ferry ran late.</p></article></body></html>"
    )
    assert extract(page).authors == ["Lena Ortiz", "Tom Bell"]
    page = page.replace("Posted by Lena Ortiz and Tom Bell - Harbour desk ", "By the end of the year - ")
    assert extract(page).authors == []


def test_a_label_that_opens_with_a_bar_starts_its_own_segment_of_the_line():
    page = (
        "<html><body><article><h1>Ferry cancelled</h1>"
        "<div class='meta-line'><span class='badge'>hot!</span> <span class='sr-only'>| By </span>"
        "<span>Lena Ortiz</span> | <time>March 9, 2021</time></div>"
        "<p>The ferry was cancelled.</p></article></body></html>"
    )
    assert extract(page).authors == ["Lena Ortiz"]


@pytest.mark.parametrize("sign_off, names", [("Eure Mara", ["Mara"]), ("Liebe Grüße, Mara Quell", ["Mara Quell"])])
def test_a_blog_post_signed_off_in_its_last_paragraph(sign_off, names):
    paragraphs = "".join(f"<p>Heute gab es wieder Beeren aus dem Garten, Tag {i}.</p>" for i in range(3))
    page = f"<html><body><article><h1>Beerenzeit</h1>{paragraphs}<p>{sign_off}</p></article></body></html>"
    assert extract(page).authors == names


def _statement_ending_with(last: str) -> str:
    paragraphs = "".join(f"<p>Der Verein dankt allen Helfern, Absatz {i}.</p>" for i in range(4))
    return f"<html><body><article><h1>Erklärung</h1>{paragraphs}{last}</article></body></html>"


def test_a_statement_signed_by_name_and_office_in_its_last_paragraph():
    assert extract(_statement_ending_with("<p>Mara Quell<br>Vorsitzende des Vereins</p>")).authors == ["Mara Quell"]
    # a credits list: the "office" names a source, and the paragraph before is a credit too
    credits = "<p>Night Song<br>Tom Bell (example.net)</p>"
    assert extract(_statement_ending_with(credits)).authors == []


@pytest.mark.parametrize(
    "last, names",
    [
        ("<p>Die Wahl bleibt spannend. (Mara Quell) +++</p>", ["Mara Quell"]),
        ("<p><em>Wer rastet, der rostet, sagt man am Hafen (Tom Bell)</em></p>", []),  # a quotation's source
    ],
)
def test_a_story_signed_in_brackets_at_the_end_of_its_last_paragraph(last, names):
    assert extract(_statement_ending_with(last)).authors == names
