"""Byline and date of a whole page as a text browser dumps it: the shapes pages
print them in, in several languages (invented pages and names)."""
from __future__ import annotations

import pytest
from newsjson.extractors.text import read_text
from newsjson.extractors.text_dates import find_date_in, slash_order
from newsjson.extractors.text_names import clean_name, is_plain_name, name_list, names_in_byline

from .dump_pages import page


# --- dates as pages print them ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4. März 2024, 17:47 Uhr", "2024-03-04"),
        ("4 de marzo de 2024 16:51 h", "2024-03-04"),
        ("Miércoles, 4 de Mayo de 2022 a las 07:46", "2022-05-04"),
        ("8 gennaio 2025 ( modifica il 9 gennaio 2025 )", "2025-01-08"),
        ("söndag 2 augusti 2026", "2026-08-02"),
        ("20 Nisan 2026", "2026-04-20"),
        ("15 августа 2016, 13:43", "2016-08-15"),
        ("2024. március 4.", "2024-03-04"),
        ("2024年1月13日 21時37分", "2024-01-13"),
        ("2024/01/31 11:30", "2024-01-31"),
        ("입력 2024.07.12 22:09", "2024-07-12"),
        ("06. 01. 2026, 14:59 Uhr", "2026-01-06"),
        ("Published on 29/04/2024 - 11:05", "2024-04-29"),
        ("Veröffentlicht am 26.04.24 um 08:12 Uhr", "2024-04-26"),
        ("April 28 2023, 3:54 p.m.", "2023-04-28"),
        ("20 February, 2024", "2024-02-20"),
        ("22. Dezember 201922. Dezember 2019 von Ann Lee", "2019-12-22"),  # one date run into its copy
        ("April 10, 20233 years ago", "2023-04-10"),
        ("Harbour PressApril 28, 2023 GMT", "2023-04-28"),  # the month run into the agency's name
        ("12. MÄR 2025 18:03", "2025-03-12"),
        ("Updated 12.06.1912:44", None),  # a year long before the web, and a time run on
        ("Junior 3, 2024", None),  # not a month
    ],
)
def test_dates_in_many_languages(text, expected):
    assert find_date_in(text) == expected


def test_slash_dates_follow_the_page_order():
    assert find_date_in("04/03/2024") == "2024-03-04"
    assert find_date_in("04/03/2024", month_first=True) == "2024-04-03"
    assert slash_order(["Posted 04/23/2024", "04/03/2024"]) is True
    assert slash_order(["23/04/2024", "04/03/2024"]) is False


def test_a_date_opening_with_a_numbered_day():
    # "4. März 2024" reads as list item 4 to a text browser.
    text = page("Hafen bekommt neue Kaimauer", "Von Jana Beispiel", "4. März 2024")
    assert read_text(text).date_published == "2024-03-04"


def test_the_date_beside_the_headline_not_one_inside_the_story():
    widgets = ["Share", "Facebook", "Twitter", "Email", "Print", "Save", "Listen", "Comments", "Follow us"]
    text = page(
        "Harbour board agrees to mend the northern quay",
        "Politics / March 4, 2024",
        *widgets,
        "The repairs start next week and will take about two months, the harbour board said on Monday"
        " after a long meeting in the town hall.",
        "Earlier: March 1, 2024",
    )
    assert read_text(text).date_published == "2024-03-04"


def test_the_first_publication_not_the_update():
    text = page(
        "Harbour board agrees to mend the northern quay",
        "Akt.: 5. März 2024 - 21.18 Uhr",
        "4. März 2024 - 16.03 Uhr",
    )
    assert read_text(text).date_published == "2024-03-04"


def test_a_date_line_with_its_labels_in_another_language():
    text = page(
        "Harbour board agrees to mend the northern quay",
        "04/03/2024 - 09:15 h, actualizado a las 15:10 h.",
    )
    assert read_text(text).date_published == "2024-03-04"


# --- names as bylines print them ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann MoreauFollow", "Ann Moreau"),  # a button run into the name
        ("Bo ParkBo Park", "Bo Park"),  # the name printed twice, run together
        ("Cy Diaz Cy Diaz", "Cy Diaz"),
        ("Dee Moss Parliamentary editor", "Dee Moss"),  # a job title in lower case
        ("Eli Roth Stellvertretende Redakteurin", "Eli Roth"),
        ("Fay Lund Deputy Content Hub Director", "Fay Lund"),
        ("Gus Vale (Enviado especial)", "Gus Vale"),
        ("Гал Орлова", "Гал Орлова"),  # a name in another script
        ("Hal Nye13", "Hal Nye"),  # a count run into the name
        ("Par Ida Roux le", "Ida Roux"),
        ("Teile das", None),  # "Share this": an article is no particle
        ("Avatar Avatar Ida Roux", "Ida Roux"),  # the writer's picture's label
        ("Ida Roux Last updated 3 hours ago", "Ida Roux"),
        ("Ida Rouxvor 3 Tagen", "Ida Roux"),
        ("Von Ida", None),
        ("Teilen Drucken", None),  # share buttons
        ("Tweet This", None),
        ("Logo Harbour Review", None),  # an image's label
        ("Menü Suche", None),
        ("der Pressekonferenz", None),
    ],
)
def test_clean_names(text, expected):
    assert clean_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ByAnn Lee KXYZ logo", ["Ann Lee"]),  # "By" run into the name, a station's call sign after it
        ("[]byBo Park", ["Bo Park"]),
        ("Von Cy Diaz mit AP", ["Cy Diaz"]),
        ("By Dee Moss For Harbourmail.Com", ["Dee Moss"]),
        ("By Eli Roth published 19 May 2026", ["Eli Roth"]),
        ("Af Fay Lund og Gus Vale", []),  # no marker this reader knows
        ("By Fay Lund / Gus Vale", ["Fay Lund", "Gus Vale"]),
        ("Byron Hale wins the cup", []),
    ],
)
def test_names_in_bylines(text, expected):
    assert names_in_byline(text) == expected


def test_a_byline_wins_over_a_caption_naming_two_people_above_it():
    text = page(
        "Ann Lee and Bo Park",
        "Harbour board agrees to mend the northern quay",
        "By Cy Diaz",
        "March 4, 2024",
    )
    assert read_text(text).authors == ["Cy Diaz"]


def test_a_caption_joining_names_with_und_is_no_byline():
    text = page(
        "Hafenchefin Ann Lee und Bürgermeister Bo Park",
        "Hafen bekommt neue Kaimauer",
        "4. März 2024",
    )
    assert read_text(text).authors == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veröffentlicht am 12. Juni 2017 von Jana Beispiel", ["Jana Beispiel"]),  # "by" after the date
        ("27. Januar 2014 by Ann Lee / Kategorien: Mode", ["Ann Lee"]),
        ("VON BO PARK am 21. April 2020", ["Bo Park"]),
        ("Autor: Cy Diaz und Dee Moss", ["Cy Diaz", "Dee Moss"]),  # a label instead of "By"
        ("Autorin/Autor Eli Roth", ["Eli Roth"]),
        ("Text: Fay Lund", ["Fay Lund"]),
        ("Watch the video by Bo Park.", []),
    ],
)
def test_bylines_after_a_date_or_a_label(text, expected):
    assert names_in_byline(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee / 4.3.2024 / 09:15 / Drucken",
        "4. März 2024 • Ann Lee • 3 Minuten",
        "4. März 2024 um 15:46 Uhr / Ann Lee",
        "04. März 2024 | 14:08 Uhr | von Ann Lee",
        "Ann Lee | 04.03.24",
    ],
)
def test_a_name_in_its_own_field_beside_the_date(line):
    text = page("Hafen bekommt neue Kaimauer", line)
    assert read_text(text).authors == ["Ann Lee"]


@pytest.mark.parametrize("line", ["Aktuelle Meldung | 04.03.2024", "Politik / 4. März 2024"])
def test_a_section_beside_the_date_is_no_name(line):
    text = page("Hafen bekommt neue Kaimauer", line)
    assert read_text(text).authors == []


# --- a writer's name on a line of its own --------------------------------------


def test_a_name_line_under_the_headline():
    text = page("Harbour board agrees to mend the northern quay", "Share", "Ann Lee", "March 4, 2024")
    assert read_text(text).authors == ["Ann Lee"]


def test_name_lines_of_two_writers_by_the_date():
    text = page(
        "Harbour board agrees to mend the northern quay",
        "The vote came after a winter of storms.",
        "Share",
        "Print",
        "Ann Lee",
        "Bo Park",
        "March 4, 2024",
    )
    assert read_text(text).authors == ["Ann Lee", "Bo Park"]


def test_a_name_line_the_story_talks_about_is_its_subject():
    # A portrait's alt text over the date, and the story is about her.
    text = page("Harbour board agrees to mend the northern quay", "Vera Quist", "March 4, 2024").replace(
        "Paragraph 1 of the story tells", "Vera Quist, who chairs the board, tells"
    )
    assert read_text(text).authors == []


def test_a_name_over_a_picture_credit_is_the_picture_subject():
    text = page(
        "Harbour board agrees to mend the northern quay",
        "March 4, 2024",
        "Vera Quist",
        "Foto: REUTERS/Sam Reyes",
    )
    assert read_text(text).authors == []


@pytest.mark.parametrize("label", ["Unsere Tiere", "Privacy Policy", "Mehr Lesen"])
def test_a_menu_label_is_no_name(label):
    text = page("Harbour board agrees to mend the northern quay", label, "March 4, 2024")
    assert read_text(text).authors == []


def test_a_date_opening_the_first_paragraph_stays_in_the_body():
    lead = (
        "01.02.2022 – Der Hafen bekommt eine neue Kaimauer, wie die Hafenverwaltung am Dienstag nach einer"
        " langen Sitzung im Rathaus mitteilte, und die Arbeiten beginnen schon in der nächsten Woche."
    )
    article = read_text(page("Hafen bekommt neue Kaimauer", lead))
    assert article.date_published == "2022-02-01"
    assert article.body.startswith("01.02.2022 – Der Hafen")


def test_a_date_labelled_published_far_under_the_story_start():
    article = read_text(page("Harbour board agrees to mend the northern quay", story=12) + "Published: 4 March 2024\n")
    assert article.date_published == "2024-03-04"
    assert "Published" not in article.body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("von Anni · 18. Oktober 2019", ["Anni"]),  # a blog's one-word byline beside the date
        ("Veröffentlicht am 12. Juni 2017 von hafenkatze", ["hafenkatze"]),
        ("Posted on March 4, 2024 by Bo", ["Bo"]),
        ("von Redaktion, 24. Januar 2022", []),  # a desk, not a person
        ("Von dpa 30.04.2024, 18:58", []),
        ("by Bo", []),  # no date beside it: a one-word "by" line is too often no byline
        ("Veröffentlicht vonCy Diaz 28. Februar 2016", ["Cy Diaz"]),  # "von" run into the name
        ("Von [cy-diaz] Cy Diaz", ["Cy Diaz"]),  # a picture's label between
        ("Auteur : Dee Moss", ["Dee Moss"]),
        ("Interview: Eli Roth", ["Eli Roth"]),
    ],
)
def test_one_word_bylines_and_more_labels(text, expected):
    assert names_in_byline(text) == expected


@pytest.mark.parametrize(
    "line",
    ["Ann Moreau2 minutes ago", "Ann Moreau | Published 4 months ago", "Ann Moreau 3 min read", "Ann Moreau 7 hours"],
)
def test_a_name_before_the_story_age(line):
    text = page("Harbour board agrees to mend the northern quay", line)
    assert read_text(text).authors == ["Ann Moreau"]


@pytest.mark.parametrize("line", ["Headshot of Ann Lee", "Profilbild von Ann Lee", "Bild av Ann Lee"])
def test_the_writer_picture_label(line):
    text = page("Harbour board agrees to mend the northern quay", line, "Share")
    assert read_text(text).authors == ["Ann Lee"]


def test_a_writer_link_when_no_byline():
    text = page("Harbour board agrees to mend the northern quay") + "More from Ann Lee\n"
    assert read_text(text).authors == ["Ann Lee"]


def test_a_date_labelled_published_wins_over_a_nearer_one():
    text = page(
        "Harbour board agrees to mend the northern quay",
        "Next meeting: March 11, 2024",
        "Share",
        "Published on March 4, 2024",
    )
    assert read_text(text).date_published == "2024-03-04"


def test_a_lone_date_line_far_from_the_story_when_none_is_near():
    menu = "\n\n".join(f"Section {n}" for n in range(30))
    text = page("Harbour board agrees to mend the northern quay") + "\n" + menu + "\n\n4 March 2024\n"
    assert read_text(text).date_published == "2024-03-04"


def test_no_lone_date_from_a_list_of_links():
    links = "\n".join(f"  • Other story {n} 4 March 2024" for n in range(3))
    text = page("Harbour board agrees to mend the northern quay", story=40) + "\n" + links + "\n"
    assert read_text(text).date_published is None


@pytest.mark.parametrize("line", ["Autor: Ann Lee", "Posted by Ann Lee at 2:33 PM", "Escribe Ann Lee"])
def test_a_labelled_writer_line_under_the_story(line):
    text = page("Harbour board agrees to mend the northern quay", story=12) + line + "\n"
    assert read_text(text).authors == ["Ann Lee"]


def test_a_user_picture_label():
    text = page("Harbour board agrees to mend the northern quay", "Benutzerbild von Ann Lee", "Share")
    assert read_text(text).authors == ["Ann Lee"]


@pytest.mark.parametrize("line", ["Ann Lee, Bo Park & Cy Diaz", "Ann Lee, Bo Park y Cy Diaz"])
def test_a_list_of_names_joined_in_the_page_language(line):
    text = page("Harbour board agrees to mend the northern quay", line, "March 4, 2024")
    assert read_text(text).authors == ["Ann Lee", "Bo Park", "Cy Diaz"]


def test_a_long_published_and_updated_line_is_a_date_line():
    text = page(
        "Harbour board agrees to mend the northern quay",
        "Share",
        "PUBLISHED: March 4, 2024 at 4:56 p.m. | UPDATED: March 5, 2024 at 6:00 p.m.",
        "Print",
        "Next meeting: March 11, 2024",
    )
    assert read_text(text).date_published == "2024-03-04"


def test_stand_is_the_date_not_an_update():
    text = page("Hafen bekommt neue Kaimauer", "Stand: 04.03.2024, 06:00 Uhr", "Share", "Print", "Mehr: 11.03.2024")
    assert read_text(text).date_published == "2024-03-04"


def test_an_outlet_field_between_the_name_and_the_date():
    text = page("Harbour board agrees to mend the northern quay", "Ann Lee / HARBOURNEWS.COM / Mar 4, 2024, 17:07 IST")
    assert read_text(text).authors == ["Ann Lee"]


@pytest.mark.parametrize("line", ["Harbour Zeitung / 04.03.2024", "Segel Magazin | 04.03.2024"])
def test_an_outlet_beside_the_date_is_no_name(line):
    text = page("Hafen bekommt neue Kaimauer", line)
    assert read_text(text).authors == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour at dusk / Photo by Ann Lee on Unsplash", []),  # the picture's maker
        ("Foto von Ann Lee von Pixelhafen", []),
        ("Video von Ann Lee", []),
        ("Posted by Ann Lee", ["Ann Lee"]),
    ],
)
def test_a_picture_credit_is_no_byline(text, expected):
    assert names_in_byline(text) == expected


def test_a_name_over_its_own_caption_is_the_picture_subject():
    text = page(
        "Harbour board agrees to mend the northern quay",
        "March 4, 2024",
        "Vera Quist",
        "Vera Quist. Photographer: Sam Reyes",
    )
    assert read_text(text).authors == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted 11. April 2018 by Cy von Aachen", ["Cy von Aachen"]),  # a label before the date, "by" after it
        ("Por Ann Lee alee@example.com", ["Ann Lee"]),  # the writer's address after the name
        ("Cy von Ritter 24. April 2020", []),  # "von" is the name's, not a byline's
        ("Geschrieben von hafenkatze am 25.08.2015 22:30", ["hafenkatze"]),
        ("von Ann Lee Erstellt am 01.01.23 um 08:35", ["Ann Lee"]),
    ],
)
def test_bylines_with_labels_particles_and_addresses(text, expected):
    assert names_in_byline(text) == expected


def test_a_byline_as_a_list_item():
    text = page("Harbour board agrees to mend the northern quay", "  • Von Ann Lee und Bo Park", "4. März 2024")
    assert read_text(text).authors == ["Ann Lee", "Bo Park"]


def test_a_stray_byline_with_its_date_when_the_header_was_missed():
    # The byline and date stand far over the story the dump shows, long menus between.
    menu = "\n\n".join(f"Section {n}" for n in range(45))
    text = "By Ann Lee\n\nMarch 4, 2024\n\n" + menu + "\n\n" + page("Harbour board agrees to mend the northern quay")
    assert read_text(text).authors == ["Ann Lee"]


# --- name-shaped lines that are no writer ----------------------------------------


def test_a_menu_item_over_the_headline_is_no_writer():
    text = page("Harbour Walks", "Coastal Living", "Harbour board agrees to mend the northern quay", "March 4, 2024")
    assert read_text(text).authors == []


def test_a_name_over_the_headline_after_its_byline_word():
    text = page("Tipps von", "Ann Lee", "Harbour board agrees to mend the northern quay", "March 4, 2024")
    assert read_text(text).authors == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Download PDF", None),  # a button
        ("Benutzerbild von Annlee", None),  # a user's picture, then a handle
        ("Ann LeePorAnn Lee", "Ann Lee"),  # the name, its byline glued on, the name again
    ],
)
def test_buttons_and_glued_bylines_are_cleaned(text, expected):
    assert clean_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Hafenpost", None),  # an outlet: an article before one word
        ("Mending Nets With Gulls", None),  # a headline's function word in title case
    ],
)
def test_outlets_and_headlines_are_no_names(text, expected):
    assert clean_name(text) == expected


def test_a_topic_noun_is_no_plain_name():
    assert not is_plain_name("Coastal Partnership")


def test_a_byline_naming_two_writers_in_capitals():
    assert names_in_byline("By ANN LEE AND BO PARK") == ["Ann Lee", "Bo Park"]


def test_a_byline_naming_only_the_outlet_is_not_the_headline():
    text = page("Le port répare le quai nord", "Par La Gazette", "4 mars 2024")
    article = read_text(text)
    assert (article.title, article.authors) == ("Le port répare le quai nord", [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neue Kräne von Hafenwerk Nord geliefert", []),  # a headline: a noun before "von", a verb after the name
        ("Im von Ann Lee gedrehten Film", []),  # a sentence about her
        ("Written by Ann Lee on March 4, 2024", ["Ann Lee"]),  # a label before "by", the date's link after
    ],
)
def test_von_inside_a_headline_or_sentence_is_no_byline(text, expected):
    assert names_in_byline(text) == expected


def test_a_name_line_over_the_first_paragraph_after_a_picture():
    text = page(
        "Harbour board agrees to mend the northern quay",
        "Updated: 04.03.2024 19:45 Published: 04.03.2024 19:05",
        "The northern quay",
        "The northern quay at dawn",
        "Photo: Sam Reyes",
        "Ann Lee",
    )
    assert read_text(text).authors == ["Ann Lee"]


@pytest.mark.parametrize(
    "line",
    ["4. März 2024 Ann Lee Schreibe einen Kommentar", "March 4, 2024 Ann Lee 0"],
)
def test_a_blog_meta_line_the_date_then_the_writer(line):
    assert read_text(page("Harbour board agrees to mend the northern quay", line)).authors == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee Lifestyle", "Ann Lee"),  # her desk's link beside the name
        ("Collected By", None),  # a label waiting for its name
        ("Hafen Ajansı", None),  # a news agency
    ],
)
def test_section_links_labels_and_agencies_beside_names(text, expected):
    assert clean_name(text) == expected


def test_a_quoted_post_signature_is_no_byline():
    text = page(
        "Harbour board agrees to mend the northern quay",
        "The quay will be mended before the winter storms.",
        "— Vera Quist (@veraquist) March 4, 2024",
    )
    assert read_text(text).authors == []


@pytest.mark.parametrize("text", ["Harbour Times", "Kiel Rundschau", "Hafen Presse"])
def test_an_outlet_is_no_name(text):
    assert clean_name(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Ann Lee and AP", ["Ann Lee"]), ("Reuters, Ann Lee", ["Ann Lee"]), ("dpa, AFP", [])],
)
def test_a_name_list_with_the_agency_that_wrote_with_them(text, expected):
    assert name_list(text) == expected


def test_a_byline_word_on_its_own_line_then_the_names():
    # Under the picture and its credit, far from the headline; the names are links in a list.
    text = page(
        "Harbour board agrees to mend the northern quay",
        "The vote came after a winter of storms.",
        "Save for later  Print",
        "The northern quay",
        "(Picture: Sam Reyes)",
        "Reading time: 2 min.",
        "Harbour",
        "By",
        "  • Ann Lee",
        "and",
        "Bo Park",
    )
    assert read_text(text).authors == ["Ann Lee", "Bo Park"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Rechtsanwältin Ann Lee", "Ann Lee"), ("Aus Hafenwiki", None)],
)
def test_an_office_before_the_name_and_a_preposition_opening_a_label(text, expected):
    assert clean_name(text) == expected


def test_a_name_line_under_the_picture_credit():
    text = page(
        "Harbour board agrees to mend the northern quay",
        "The vote came after a winter of storms.",
        "Updated: 04.03.2024 23:49 Published: 04.03.2024 21:52",
        "Vera Quist",
        "Vera Quist",
        "Photo: Sam Reyes",
        "Ann Lee",
        "Advertisement",
    )
    assert read_text(text).authors == ["Ann Lee"]
