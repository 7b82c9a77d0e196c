"""Headline, writers and date of whole-page dumps, round four: dates a caption
closes on, bylines after the story, writers' names in the shapes pages print
them (invented pages and names)."""
from __future__ import annotations

from newsjson.extractors.text import read_text
from newsjson.extractors.text_names import names_in_byline

from .dump_pages import page


HEADLINE = "Harbour board agrees to mend the northern quay"


def test_a_caption_closing_on_a_date_is_not_the_storys_date():
    # The picture under the byline was taken on another day than the story's.
    caption = "Ferry crews load the last trucks before the storm at the old quay, 2 February 2023"
    article = read_text(page(HEADLINE, "By Tomas Wren", caption, "March 4, 2024"))
    assert article.date_published == "2024-03-04"


def test_a_caption_with_its_place_and_date_in_brackets_is_no_dateline():
    caption = "Volunteers clear the beach after the storm had passed (Riverton, 6.12.2019)"
    article = read_text(page(HEADLINE, "Von Jana Beispiel", caption, "4. März 2024"))
    assert article.date_published == "2024-03-04"


def test_a_byline_with_a_role_and_a_date_stays_a_dateline():
    article = read_text(page(HEADLINE, "By Tomas Wren, staff writer for the weekly paper, March 4, 2024"))
    assert article.date_published == "2024-03-04"


def test_a_menus_items_under_the_headline_are_no_writers():
    # A table of contents under the headline: each entry is a few capitalised words.
    article = read_text(page(HEADLINE, "  • Building the Harbour Wall\n  • Stone Crane Hire\n  • Winter Storm Repairs"))
    assert article.authors == []


def test_a_listed_name_beside_its_date_is_still_the_writer():
    article = read_text(page(HEADLINE, "  • Tomas Wren\n  • 4 March 2024\n  • Harbour News"))
    assert article.authors == ["Tomas Wren"]


def test_a_products_model_under_the_headline_is_no_writer():
    article = read_text(page(HEADLINE, "4 March 2024", "Quayside Printer HX4"))
    assert article.authors == []


def test_a_row_of_language_codes_is_no_writer():
    article = read_text(page(HEADLINE, "4 March 2024", "DE FR IT EN"))
    assert article.authors == []


def test_a_breadcrumb_step_ending_on_its_bullet_is_no_writer():
    article = read_text(page(HEADLINE, "4 March 2024", "Coastal Repair Programme•"))
    assert article.authors == []


def test_a_name_sharing_a_word_with_the_headline_is_its_subject():
    standfirst = "The makers say the boat now handles the winter swell, and the first owners agree with them."
    article = read_text(page("Island Racer Deluxe gets a winter edition", standfirst, "Island Racer Special"))
    assert article.authors == []


def test_a_blog_systems_placeholder_account_is_no_writer():
    article = read_text(page(HEADLINE, "Eingestellt von Unknown um 21:11", "4. März 2024"))
    assert article.authors == []


def test_a_short_kicker_over_the_headline_is_not_taken_for_it():
    # Over the byline, a short line over a longer one without a full stop: kicker and
    # headline, not headline and standfirst.
    article = read_text(page("Winter storms along the coast", HEADLINE, "By Tomas Wren", "March 4, 2024"))
    assert article.title == HEADLINE


def test_a_short_headline_over_its_standfirst_stays_the_headline():
    standfirst = "The board voted on Monday to repair the northern quay before the first storms."
    article = read_text(page("Quay repairs start soon", standfirst, "By Tomas Wren", "March 4, 2024"))
    assert article.title == "Quay repairs start soon"


def test_a_long_headline_read_as_the_storys_first_paragraph():
    # Under the menu and a reading time, no short line reads as a headline: the first "paragraph" is one,
    # set over the longer standfirst, with no full stop at its end.
    headline = 'Residents of the old quarter ask for a shorter festival: "Two weeks is far too long"'
    standfirst = (
        "Neighbours say the noise and the crowds of the summer festival have grown every year, and they want"
        " the council to cut it to one week before the next edition opens in June."
    )
    menu = "Home\n\nNews\n\nSport\n\nCulture\n\nWeather\n\nReading time: about 6 minutes"
    article = read_text(menu + "\n\n" + headline + "\n\n" + standfirst + "\n\n" + page().split("\n\n", 2)[2])
    assert article.title == headline


def test_a_kicker_set_before_the_headline_with_a_dash_and_printed_on_its_own():
    # The section's heading "Storm season" also stands alone in the page's topic box.
    article = read_text(page("Storm season - " + HEADLINE, "By Tomas Wren", "March 4, 2024", footer=("Topics", "Storm season")))
    assert article.title == HEADLINE


def test_a_dash_inside_a_headline_whose_first_part_is_printed_nowhere_else_stays():
    article = read_text(page("Storm season - " + HEADLINE, "By Tomas Wren", "March 4, 2024"))
    assert article.title == "Storm season - " + HEADLINE


def test_a_headline_closing_on_a_quoted_phrase_is_no_standfirst_under_a_kicker():
    headline = 'Harbour board backs the "northern quay plan"'
    article = read_text(page("Island and Harbour News", headline, "By Tomas Wren", "March 4, 2024"))
    assert article.title == headline


def test_a_long_headline_over_a_standfirst_printed_without_its_full_stop():
    headline = "Harbour board votes to keep both winter ferries running until the spring tides"
    standfirst = "Islanders had feared the cuts would leave them cut off"
    article = read_text(page(headline, standfirst, "Tomas Wren Staff Writer", "March 4, 2024"))
    assert article.title == headline


def test_a_sites_notice_over_the_headline_is_not_taken_for_it():
    notice = "The new island app is ready. Get it for your phone today"
    headline = "Harbour board votes to keep both winter ferries running"
    article = read_text(page(notice, headline, "Tomas Wren Staff Writer", "March 4, 2024"))
    assert article.title == headline


def test_a_writers_label_run_into_the_name_after_the_story():
    # Under the story a reader's comment is signed "von Lena Falk" too: the labelled line decides.
    footer = ("Comments", "von Lena Falk", "A short portrait of Tomas Wren", "Geschrieben vonTomas Wren")
    article = read_text(page(HEADLINE, story=12, footer=footer))
    assert article.authors == ["Tomas Wren"]


def test_a_posts_long_tag_field_after_the_byline_under_the_story():
    line = "Posted by Tomas Wren at 18:52  Tagged with: harbour, ferries, winter, quay, storms, boats, islands, council"
    article = read_text(page(HEADLINE, story=12, footer=("Comments", "von Lena Falk", line)))
    assert article.authors == ["Tomas Wren"]


def test_a_name_over_the_headline_confirmed_by_a_writers_bio_under_the_story():
    bio = "Tomas Wren is our island reporter and has followed the ferries, storms and harbour council since 2019."
    article = read_text(page("Tomas Wren", HEADLINE, "March 4, 2024", footer=(bio,)))
    assert article.authors == ["Tomas Wren"]


def test_a_name_over_the_headline_without_a_writers_bio_is_no_writer():
    bio = "Tomas Wren is a ferry captain who has sailed the northern route for twenty years and more."
    article = read_text(page("Tomas Wren", HEADLINE, "March 4, 2024", footer=(bio,)))
    assert article.authors == []


def test_a_words_and_pictures_label_names_the_writer():
    footer = ("Comments", "von Lena Falk", "Text & Fotos: Tomas Wren      [comments] 0 [views] 337")
    article = read_text(page(HEADLINE, story=12, footer=footer))
    assert article.authors == ["Tomas Wren"]


def test_an_about_the_author_line_with_the_name_after_a_dash():
    footer = ("Comments", "von Lena Falk", "About the Author - Tomas Wren")
    article = read_text(page(HEADLINE, story=12, footer=footer))
    assert article.authors == ["Tomas Wren"]


def test_another_storys_teaser_set_into_the_story_gives_no_date():
    teaser = ("[harbour-crane]", "Harbour board votes again on the old crane", "23. 12. 2023 13:31")
    closing = "The last paragraph goes on about the quay and the winter storms ahead of the islanders, as they always do."
    article = read_text(page(HEADLINE, story=10, footer=(*teaser, closing)))
    assert article.date_published is None


def test_the_storys_own_teaser_in_the_latest_news_gives_its_date():
    teaser = ("Latest News", "[quay-works]", HEADLINE, "4 March 2024")
    article = read_text(page(HEADLINE, story=10, footer=teaser))
    assert article.date_published == "2024-03-04"


def test_a_broadcasters_letters_beside_the_writer_are_no_second_writer():
    article = read_text(page(HEADLINE, "von Tomas Wren, HRB KÜSTENLAND", "4. März 2024"))
    assert article.authors == ["Tomas Wren"]


def test_a_pictures_credit_under_its_label_is_not_the_headline():
    article = read_text(page(HEADLINE, "[ferry-photo]", "The Island Weekly"))
    assert article.title == HEADLINE


def test_a_headline_over_a_place_label_and_a_long_standfirst_without_a_full_stop():
    headline = "Twelve boats lost in the harbour fire and two crews still missing"
    standfirst = (
        "The regional council raises to forty the number of boats damaged in the night, while the harbour"
        " master thanks the crews of the neighbouring islands for their help"
    )
    first = (
        "Forty boats lay at the quay as the flames spread shortly after midnight on Sunday, and the"
        " crews of the island ferries were the first to arrive with pumps and hoses, long before the brigade came."
    )
    teasers = ("Latest on the harbour fire at Kelp Bay", "Twelve boats lost in the harbour fire Video")
    article = read_text(page("[INS::INS]", headline, "Kelp Bay", standfirst, first, *teasers, "By Tomas Wren", "4 March 2024 10:00"))
    assert article.title == headline


def test_a_headline_set_apart_over_a_run_on_line_wins_over_it():
    # Under the headline, a related story's line run on to its date: not the headline.
    article = read_text(page(HEADLINE, "Harbour board votes on the quay works\nMarch 4, 2024"))
    assert article.title == HEADLINE


def test_a_name_over_the_storys_listen_button_under_a_long_standfirst():
    standfirst = (
        "The board met on Monday night.",
        "Its members argued for hours about the cost of the stone.",
        "In the end they agreed to repair the quay before winter.",
    )
    article = read_text(page(HEADLINE, "4 March 2024", *standfirst, "Tomas Wren", "Listen to this story", story=6))
    assert article.authors == ["Tomas Wren"]


def test_a_name_under_the_caption_of_the_picture_under_the_headline():
    caption = "The northern quay at dawn, before the works began. Photo: Lena Falk"
    standfirst = (
        "The board met on Monday night and, after a long debate about the cost of the stone and the"
        " weather, agreed to the repairs that the islanders had asked for since the last storm."
    )
    article = read_text(page(HEADLINE, standfirst, "Share this story", caption, "[quay-photo]\nTomas Wren", story=6))
    assert article.authors == ["Tomas Wren"]


def test_a_names_own_von_is_no_byline():
    # "von der Aue" is part of the first name's family name, not "by".
    assert names_in_byline("Greta von der Aue und Paul Brandt") == []
    assert names_in_byline("Von Tomas Wren und Lena Falk") == ["Tomas Wren", "Lena Falk"]


def test_a_sites_footer_credit_is_no_byline():
    assert names_in_byline("Impressum | Datenschutz - Powered by Jens Kellerhals") == []
    assert names_in_byline("Impressum | Theme by Jens Kellerhals") == []


def test_a_text_ending_on_a_caption_and_its_picture_label_is_read():
    standfirst = (
        "The board met on Monday night and, after a long debate about the cost of the stone and the weather,"
        " agreed to the repairs."
    )
    text = "\n\n".join((HEADLINE, standfirst, "The northern quay at dawn, before the works began. Photo: Lena Falk", "[quay-photo]"))
    assert read_text(text).title == HEADLINE
