"""Dates of whole-page text dumps that print them away from the headline (invented pages, names
and outlets)."""
from __future__ import annotations

from newsjson.extractors.text import read_text
from newsjson.extractors.text_dates import find_date_in

from .dump_pages import page

_ASIDE = [f"Paragraph {n} of the aside on the weather at the quay, with many words to make it read." for n in range(70)]


def _far_down(*lines: str) -> tuple[str, ...]:
    """Lines set well under the story, past where a header's date is looked for."""
    return (*_ASIDE, *lines)


def test_the_day_a_list_of_the_latest_prints_most():
    # No date by the headline: the list of the latest, the story in it, prints the day twice.
    text = page(
        "Harbour board agrees to mend the northern quay",
        footer=_far_down(
            "Latest",
            "  • Ferry timetable changes for the spring",
            "  • 04/03/2024",
            "  • Harbour board agrees to mend the northern quay",
            "  • 04/03/2024",
            "  • Lighthouse keeper retires after forty years",
            "  • 01/03/2024",
        ),
    )
    assert read_text(text).date_published == "2024-03-04"


def test_no_date_from_a_list_of_many_days():
    # Older stories, each on its own day: none of them is the story's.
    text = page(
        "Harbour board agrees to mend the northern quay",
        footer=_far_down(
            "More stories",
            "  • Ferry timetable changes for the spring",
            "  • 02/03/2024",
            "  • Lighthouse keeper retires after forty years",
            "  • 01/03/2024",
        ),
    )
    assert read_text(text).date_published is None


def test_a_labelled_date_in_a_listed_byline_block():
    # The byline block as list items at the foot of the page: "Published" names the story's date.
    text = page(
        "Harbour board agrees to mend the northern quay",
        footer=_far_down(
            "  • Author: Mira Testova",
            "  • Published: 04 March 2024",
            "  • Updated: 09 March 2024",
            "  • Feed",
        ),
    )
    assert read_text(text).date_published == "2024-03-04"


def test_no_date_from_an_event_list_or_a_heading_naming_a_day():
    # An event with a two-digit year and a time; a heading that names a day in its words.
    text = page(
        "Harbour board agrees to mend the northern quay",
        footer=_far_down("  • 07.05.24 20:15 Uhr Quay night at the old mill", "  • On the eve of 9 November 2001"),
    )
    assert read_text(text).date_published is None


# --- a blog's footer sentence on its post ----------------------------------


def test_the_date_a_blog_footer_gives_its_post():
    text = page(
        "Treffpunkt: 14.06.2024 ab 18 Uhr",
        "Abend am alten Kai",
        footer=("Dieser Beitrag wurde am 03/05/2024 von mira in Hafen, Termine veröffentlicht. Schlagworte: Kai",),
    )
    assert read_text(text).date_published == "2024-05-03"


def test_a_post_footer_with_its_title_and_categories():
    text = page(
        "Abend am alten Kai",
        footer=(
            "Abend am alten Kai wurde am 3. Mai 2024 um 21:40 Uhr gepostet und unter Hafen, Termine abgelegt.",
        ),
    )
    assert read_text(text).date_published == "2024-05-03"


def test_a_filed_under_byline():
    text = page("Abend am alten Kai", footer=("Von mira am 03/05/2024. Abgelegt unter Hafen. Kommentare sind zu.",))
    assert read_text(text).date_published == "2024-05-03"


def test_no_footer_date_from_a_story_sentence_or_an_archive():
    # A story sentence about a report is not a footer; footers of several posts on several days are an archive.
    story = page(
        "Harbour board agrees to mend the northern quay",
        "4. März 2024",
        "Der Bericht wurde am 1. März 2024 im Amtsblatt veröffentlicht, sagte die Sprecherin des Hafens am Abend.",
    )
    assert read_text(story).date_published == "2024-03-04"
    archive = page(
        "Abend am alten Kai",
        footer=(
            "Dieser Beitrag wurde am 03.05.2024 von mira in Hafen veröffentlicht.",
            "Dieser Beitrag wurde am 28.04.2024 von mira in Hafen veröffentlicht.",
        ),
    )
    assert read_text(archive).date_published is None


# --- formats --------------------------------------------------------------------


def test_a_dotted_date_with_the_month_first():
    # Read month first only where the first number cannot be the day's month ("03.21.2024").
    assert find_date_in("03.21.2024 07:00 AM") == "2024-03-21"
    assert find_date_in("03.11.2024 07:00") == "2024-11-03"


def test_a_dated_status_line_read_as_a_caption():
    # A note in brackets under the status date reads like a picture's credit, the date like its caption.
    text = page(
        "Harbour rules: what changes for boat owners",
        "Stand - 04.03.2024\n(Quelle: Hafenamt Nordkai)",
        "Last changes: fees; editorial changes",
    )
    assert read_text(text).date_published == "2024-03-04"


def test_a_post_date_line_with_its_categories():
    # The post's date, writer and categories on one line under a long post: the fields are not a sentence.
    text = page(
        "Abend am alten Kai",
        footer=_far_down("März 4, 2024 von mira Kategorien: Hafen, Termine | Hinterlasse einen Kommentar"),
    )
    assert read_text(text).date_published == "2024-03-04"


def test_a_press_release_opening_with_what_it_is_and_its_date():
    text = page(
        "Harbour board and ferry line agree on new timetable",
        "Pressemitteilung vom 4. März 2024 | Nordhafen – Der Hafenrat und die Fährlinie haben sich nach langen"
        " Gesprächen auf einen neuen Fahrplan für den Winter geeinigt, wie beide am Abend mitteilten.",
    )
    article = read_text(text)
    assert article.date_published == "2024-03-04"
    assert article.body.startswith("Pressemitteilung vom 4. März 2024")  # the paragraph stays in the story


def test_a_post_date_among_its_links():
    # The post's date as one field among its links, set apart by dots, under a long post.
    text = page(
        "Abend am alten Kai",
        footer=_far_down("⋅ March 4, 2024 ⋅ Email this post ⋅ Print this page ⋅ Leave a comment"),
    )
    assert read_text(text).date_published == "2024-03-04"


def test_the_date_by_the_storys_own_teaser():
    # No date by the headline; the list of the latest shows the story's teaser with its date run on.
    text = page(
        "Harbour board mends the northern quay",
        footer=_far_down(
            "Latest",
            "  • [quay-work]Harbour board mends the northern quay04.03.2024 - 08:50",
            "  • [ferry]Ferry timetable changes for the spring01.03.2024 - 09:10",
        ),
    )
    assert read_text(text).date_published == "2024-03-04"


def test_the_update_date_when_the_page_prints_no_other():
    text = page("Harbour board mends the northern quay", footer=_far_down("Aktualisiert: 04.03.2024"))
    assert read_text(text).date_published == "2024-03-04"


def test_a_date_with_its_change_beside_it_far_under_the_headline():
    # The date line stands far under the headline, past the story's first paragraphs: that it
    # gives the later change beside it marks it as the story's date line.
    text = page(
        "Il consiglio del porto ripara il molo nord",
        *_ASIDE[:30],
        "4 marzo 2024 ( modifica il 5 marzo 2024 | 08:05)",
    )
    assert read_text(text).date_published == "2024-03-04"


# --- headlines ----------------------------------------------------------------------


def test_the_headline_under_a_kicker_in_capitals():
    # The headline, printed again as the lead picture's alt text over its caption; the kicker over it.
    text = page(
        "World",
        "HARBOUR BOARD CRISIS",
        "Board votes to mend the northern quay before the winter storms",
        "Board votes to mend the northern quay before the winter storms\n"
        "Workers inspect the cracked northern quay on Monday. (Photo: Ida Muster)",
        "By Lena Probe",
        "04 March 2024",
    )
    assert read_text(text).title == "Board votes to mend the northern quay before the winter storms"


def test_no_date_from_a_bar_of_years_to_browse_by():
    # A calendar bar over the page (a range, then the years to browse by) is not the story's date line.
    text = page(
        "12 Mar 2023 - 01 Jan 2025          2022          2023          2024",
        "Harbour board mends the northern quay",
        "Filed by the harbour desk",
        "Share",
        "Print",
        "Email",
        "Paragraph zero of the story, which the harbour board's spokeswoman read out on the quay at noon today.",
        "4. März 2024",
    )
    assert read_text(text).date_published == "2024-03-04"


def test_not_the_release_date_of_the_book_a_review_tells_of():
    # The blog prints its post's day over the post; the book's facts stand right under the headline.
    text = page(
        "Samstag, 9. März 2024",
        "Rezensionen",
        "Gelesen: Das Logbuch des Hafenmeisters",
        "Erscheinungsdatum: 04.03.2024",
        "Verlag: Kaiverlag",
    )
    assert read_text(text).date_published == "2024-03-09"


def test_not_the_date_of_a_paper_the_story_cites():
    text = page(
        "Harbour silt holds older shells than thought",
        "Quelle: In: Harbour Science; Vol. 12, Issue 3, pp. 41 - 49, 2. März 2024, DOI 10.0000/hs.2024.003",
        "Aktualisiert am 04.03.2024.",
    )
    assert read_text(text).date_published == "2024-03-04"
