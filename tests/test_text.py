"""The plain-text path: copied article text and whole pages dumped by a text browser."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsjson import extract
from newsjson.extractors.record import Image
from newsjson.extractors.text import read_text
from newsjson.extractors.text_dates import find_date_in
from newsjson.extractors.text_images import split_credit
from newsjson.extractors.text_lines import split_lines
from newsjson.extractors.text_names import names_in_byline

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "text"
# The reference seed (shared/seeds/000_839ed11371d87e67.txt), kept in samples/.
SEED = HERE.parent / "samples" / "newsweek-un-human-rights.txt"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


# --- the reference seed -----------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    return read_text(SEED.read_text(encoding="utf-8"))


def test_seed_title_is_the_headline_line(seed):
    assert seed.title == (
        "U.S. Ends Push for Human Rights Meeting Criticized by North Korea "
        "Due to Lack of Support, Report Says"
    )


def test_seed_body_is_its_eleven_story_paragraphs(seed):
    paragraphs = seed.body.split("\n\n")
    assert len(paragraphs) == 11
    assert paragraphs[0].startswith("The United States has reportedly ended its push")
    assert paragraphs[-1].startswith("Despite White House national security adviser John Bolton")
    assert paragraphs[4].startswith("The government of North Korean supreme leader")
    source = SEED.read_text(encoding="utf-8")
    for paragraph in paragraphs:
        assert paragraph + "\n" in source  # verbatim, whole lines


def test_seed_body_holds_no_captions_pitches_or_bio(seed):
    for fragment in (
        "gettyimages", "GettyImages", "GETTY IMAGES", "Uncommon Knowledge", "is committed to",
        "About the writer", "Staten Island", "Read more", "uses AI", "Newsweek cover", "ad-free",
    ):
        assert fragment not in seed.body


def test_seed_caption_once_with_its_credit(seed):
    assert len(seed.images) == 1
    image = seed.images[0]
    assert image.url is None
    assert image.caption and image.caption.startswith("North Korean supeme leader Kim Jong Un(L)")
    assert "GETTY" not in image.caption.upper() and "AFP" not in image.caption
    assert image.credit and "AFP" in image.credit


def test_seed_writer_and_publisher(seed):
    assert seed.authors == ["Tom O'Connor"]
    assert seed.publisher == "Newsweek"
    assert any("bio" in warning for warning in seed.warnings)
    assert any("repeated" in warning for warning in seed.warnings)


# --- a copied article of the same shapes, invented -------------------------


def test_copied_article_of_the_seed_shape():
    article = read_text(fixture("copied_article.txt"))
    assert article.title == (
        "Harbour Town Votes to Rebuild Its Old Ferry Pier After Winter Storms, Council Says"
    )
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("The town council of Lowmoor voted")
    assert paragraphs[-1].startswith("Opponents argued")
    assert article.images == [
        Image(
            url=None,
            caption="Workers inspect the damaged ferry pier in the harbour of Lowmoor on January 14, "
            "after the storm surge...",
            credit="COUNCIL HANDOUT/JANE SMITH/PA/SHUTTERSTOCK",
        )
    ]
    assert article.authors == ["Mara Lindqvist"]
    assert article.publisher == "The Harbour Gazette"
    for fragment in ("Coastal Notes", "committed", "Read more", "Click here", "cover", "shutterstock"):
        assert fragment not in article.body


# --- a whole page as a text browser dumps it -------------------------------


@pytest.fixture(scope="module")
def page():
    return read_text(fixture("browser_page.txt"))


def test_page_headline_byline_and_date(page):
    assert page.title == "Library in Eastfield reopens after two years of repairs"
    assert page.authors == ["Jane Doe", "John Roe"]
    assert page.date_published == "2024-03-04"
    assert page.publisher == "The Valley Courier"


def test_page_body_is_the_story_across_a_teaser_box(page):
    paragraphs = page.body.split("\n\n")
    assert paragraphs[0].startswith("The public library in Eastfield opened its doors again")
    assert paragraphs[-1].startswith("A room on the ground floor can be booked")
    assert "Community room" in paragraphs  # a subheading inside the story stays
    assert any(p.startswith("The repairs cost the county") for p in paragraphs)
    for fragment in (
        "Menu", "Newsletters", "Search", "Share", "READ MORE", "Westfield", "Council approves",
        "Courier Photo", "covers schools", "JANE DOE", "independent local news", "Copyright",
        "Privacy", "Library in Eastfield reopens", "Published",
    ):
        assert fragment not in page.body


def test_page_keeps_the_story_photo_not_the_teaser_photo(page):
    assert [image.credit for image in page.images] == ["Courier Photo/Sam Reyes"]
    assert page.images[0].caption == "The reading room of the Eastfield library on Monday, March 4, 2024."


def test_page_says_what_it_dropped(page):
    assert any(warning.startswith("dropped") for warning in page.warnings)


# --- pieces ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published Nov 30, 2018", "2018-11-30"),
        ("2018-11-30", "2018-11-30"),
        ("Sun 3 Mar 2024 09.15 GMT", "2024-03-03"),
        ("April 9, 202311:05 AM ET", "2023-04-09"),  # year and time run together
        ("Updated 12.06.2022", "2022-06-12"),
        ("Updated [hh]:[mm] [am/pm]", None),
        ("Page 2024 of the archive", None),
    ],
)
def test_dates_in_lines(text, expected):
    assert find_date_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("by Alice Moss", ["Alice Moss"]),
        ("By PETER O'HARA", ["Peter O'Hara"]),
        ("By Lena OrtizStaff Writer", ["Lena Ortiz"]),
        ("by Tim Vale Feb. 2, 2024 9:00 pm", ["Tim Vale"]),
        ("By Ann Lee, Bo Park & Cy Diaz", ["Ann Lee", "Bo Park", "Cy Diaz"]),
        ("Stand by me, darling", []),
        ("Watch the video for the new single by Ann Lee.", []),  # "by" inside a sentence
        ("Ann Lee By Ann Lee", ["Ann Lee"]),
        ("Ann Lee By Ann Lee Harbour News", ["Ann Lee"]),  # the outlet after the name
        ("By Bo Park, Valley News", ["Bo Park"]),
    ],
)
def test_names_in_bylines(text, expected):
    assert names_in_byline(text) == expected


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("A dog on a beach. (AP Photo/Ann Lee)", "A dog on a beach.", "AP Photo/Ann Lee"),
        ("Rain in town. Photograph: Bo Park/Getty Images", "Rain in town.", "Photograph: Bo Park/Getty Images"),
        ("Boats in the bay. REUTERS/Cy Diaz", "Boats in the bay.", "REUTERS/Cy Diaz"),
        ("Two men talk... CITY POOL/ANN LEE/AFP/GETTY IMAGES", "Two men talk...", "CITY POOL/ANN LEE/AFP/GETTY IMAGES"),
        # a long caption: the credit is read from the line's tail
        ("A ferry. " * 120 + "REUTERS/Cy Diaz", ("A ferry. " * 120).strip(), "REUTERS/Cy Diaz"),
        ("BANNER " * 2000 + "(AP Photo/Ann Lee)", ("BANNER " * 2000).strip(), "AP Photo/Ann Lee"),
    ],
)
def test_caption_and_credit_split(text, caption, credit):
    assert split_credit(text) == (caption, credit)


def test_soft_wrapped_paragraph_is_joined():
    first = "word " * 204 + "wordy"  # 1025 columns: a browser wrapped here
    text = f"Intro line\n\n{first}\nand the rest of it.\n\nNext paragraph.\n"
    lines = split_lines(text)
    assert [line.text for line in lines][1] == first + " and the rest of it."
    assert len(lines) == 3


def test_lines_under_a_bullet_are_in_the_list():
    lines = split_lines("  • Product\n\n    A blurb about the product for sale.\n\nStory text.\n")
    assert [line.in_list for line in lines] == [True, True, False]


# --- odd text never raises ------------------------------------------------------------

STORY = (
    "The committee met on Monday to discuss the new rules for the harbour, and members agreed "
    "to publish a draft before the summer."
)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n   \n\t\n",
        "x" * 200_000,
        ("word " * 50_000).strip(),
        "\n".join([STORY] * 3),
        STORY.replace(" ", "\t"),
        f"Headline here now\r\n\r\n{STORY}\r\n\r\n{STORY}\r\n",
        "\u2022\n\u25a1\n[]\n\u2501\u2501\u2501\n",
        "\x00\x01 bad \x7f controls \ufeff\u200b",
    ],
)
def test_odd_text_gives_an_article(text):
    article = read_text(text)
    assert isinstance(article.body, str)
    assert isinstance(article.warnings, list)


def test_crlf_and_tabs_read_like_plain_newlines():
    plain = f"A headline for the story\n\n{STORY}\n\nThe second paragraph of it ends here.\n"
    crlf = read_text(plain.replace("\n", "\r\n").replace(" ", "\t", 1))
    assert crlf.body == read_text(plain).body
    assert crlf.body.startswith("The committee met")


def test_no_blank_lines_still_finds_the_story():
    text = "\n".join(["Menu", "  • Home", "  • News", "Ferries return to the islands", STORY, STORY.upper()[:40]])
    article = read_text(text)
    assert article.body.startswith("The committee met")
    assert "Menu" not in article.body


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=2000))
def test_any_text_reads_without_error(text):
    article = read_text(text)
    assert article.body == "" or article.body.strip() == article.body


# --- copied article text: headline first, paragraphs apart ---------------------

PARAGRAPHS = (
    "The harbour board agreed on Monday to extend the ferry timetable into the winter months, "
    "after a petition signed by more than two thousand islanders.",
    "\u201cWe heard the islands loud and clear,\u201d the board chair said after the vote.",
    "That plan is final.",
    "The board listed what changes:",
    "Two more crossings on weekdays\nA late boat on Fridays\nLower fares for pupils",
    "Opponents said the costs had not been checked, and one member voted against the plan.",
)


def copied(first: str) -> str:
    return first + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def test_copied_title_case_headline_leaves_the_body():
    article = read_text(copy_of := copied("Harbour Board Extends Winter Ferries After Islanders Petition."))
    assert article.title == "Harbour Board Extends Winter Ferries After Islanders Petition"
    assert article.body.startswith("The harbour board agreed")
    assert "Extends Winter" not in article.body
    assert copy_of  # the text the body is read from


def test_copied_sentence_case_first_line_is_title_and_stays_in_the_body():
    # It may be a standfirst under a headline the copy left out: nothing of the story is lost.
    first = "The board acted days after the last winter crossing was cancelled by storms"
    article = read_text(copied(first))
    assert article.title == first
    assert article.body.startswith(first + "\n\nThe harbour board agreed")


def test_copied_two_line_headline_is_one_title():
    article = read_text(copied("Ferries run all winter;\nBoard bows to a petition of two thousand islanders."))
    assert article.title == "Ferries run all winter; Board bows to a petition of two thousand islanders"


def test_copied_story_keeps_short_sentences_and_led_in_lists():
    body = read_text(copied("Harbour Board Extends Winter Ferries")).body.split("\n\n")
    assert "That plan is final." in body
    assert "The board listed what changes:" in body
    for item in ("Two more crossings on weekdays", "A late boat on Fridays", "Lower fares for pupils"):
        assert item in body
    assert body[-1].startswith("Opponents said")


def test_numbered_subheadings_keep_their_numbers():
    text = (
        "Five Things the Budget Changes\n\n"
        + PARAGRAPHS[0] + "\n\n1. Ferries all winter\n\n" + PARAGRAPHS[1] + "\n\n2. Fares for pupils\n\n"
        + PARAGRAPHS[5] + "\n"
    )
    body = read_text(text).body.split("\n\n")
    assert "1. Ferries all winter" in body and "2. Fares for pupils" in body


def test_dateline_paragraph_in_capitals_is_story():
    line = (
        "PORT ELLEN, March 4 (Island News) \u2014 The Harbour Board Of Islay And Jura Met In The Town Hall "
        "On Monday With Ferry Operators From Oban And Kennacraig"
    )
    article = read_text(copied("Harbour Board Extends Winter Ferries").replace(PARAGRAPHS[0], line + "\n\n" + PARAGRAPHS[0]))
    assert line in article.body


def test_a_story_sentence_naming_a_day_is_not_the_dateline():
    text = copied("Harbour Board Extends Winter Ferries").replace(
        PARAGRAPHS[1], "On March 4, 2019, the board chair made the following promise:\n\n" + PARAGRAPHS[1]
    )
    article = read_text(text)
    assert article.date_published is None
    assert "On March 4, 2019, the board chair made the following promise:" in article.body


# --- whole-page dumps: which line is the headline ------------------------------

MENU = "Menu\n\n  • News\n  • Sport\n  • Weather\n\n"
DUMP_STORY = "\n\n".join(PARAGRAPHS[:2] + PARAGRAPHS[5:]) + "\n"


def test_headline_over_standfirst_and_byline_not_the_video_teaser_under_them():
    page = (
        MENU + "Islands\n\nHarbour board keeps ferries running through the winter after petition\n\n"
        "The vote ends a long row over the island timetable\n\n"
        "By Ann Lee | Island News\nPublished March 4, 2024 8:05am\n\n  • Facebook\n  • Email\n\n"
        "Ferry skipper on a stormy crossing to the islands Video\n"
        "Ferry skipper on a stormy crossing to the islands\n\n" + DUMP_STORY
    )
    article = read_text(page)
    assert article.title == "Harbour board keeps ferries running through the winter after petition"
    assert article.authors == ["Ann Lee"]
    assert article.date_published == "2024-03-04"


def test_picture_alt_text_over_its_caption_is_not_the_headline():
    page = (
        MENU + "Harbour board keeps the ferries running\n\nBy Ann Lee\nMarch 4, 2024\n\n"
        "Portrait of the board chair in her office\nPhotograph by Bo Park\n\n" + STORY
    )
    article = read_text(page)
    assert article.title == "Harbour board keeps the ferries running"
    assert "Portrait of the board chair" not in article.body


def test_headline_under_a_section_and_date_line():
    page = (
        MENU + "Current Issue\n\nCover of the Spring Issue\n\nIslands / March 4, 2024\n\n"
        "Harbour board keeps the ferries running\n\nAnn Lee\n\n  • Share\n  • Email\n\n" + DUMP_STORY
    )
    article = read_text(page)
    assert article.title == "Harbour board keeps the ferries running"
    assert article.authors == ["Ann Lee"]


def test_headline_the_dump_prints_at_its_top_wins_over_a_teaser():
    page = (
        "Island News\nNow Reading\n\nHarbour board keeps the ferries running all winter\n\n"
        + MENU + "Harbour board keeps the ferries running all winter\n\nby Ann Lee\nMarch 4, 2024\n\n"
        "Read Next\n\nCouncil approves a new pier for the north island\n\n" + DUMP_STORY
    )
    assert read_text(page).title == "Harbour board keeps the ferries running all winter"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe, Chief Reporter and Bo Park 2 March 2024 \u2022 8:15pm", ["Jane Roe", "Bo Park"]),
        ("Ann Lee2 March 2024 22:17", ["Ann Lee"]),
        ("Politics / March 4, 2024", []),
    ],
)
def test_names_on_the_date_line(text, expected):
    from newsjson.extractors.text_meta import _names_before_date

    assert _names_before_date(text) == expected


@pytest.mark.parametrize(
    ("text", "is_credit"),
    [
        ("The Reuters/Ipsos survey found the mayor ahead in the north of the island.", False),
        ("He was stopped by police. (Warning: the video contains graphic images.)", False),
        ("A guard drives to the basket. (AP Photo/Sam Example Jr.)", True),
        ("Boats in the bay on Monday. REUTERS/Cy Diaz Buy this photo", True),
        ("A portrait of the painter. (Courtesy of the Town Museum)", True),
    ],
)
def test_credit_shapes(text, is_credit):
    from newsjson.extractors.text_kinds import has_credit

    assert has_credit(text) is is_credit


def test_writer_with_a_glued_handle_beside_the_date():
    page = (
        MENU + "Harbour board keeps the ferries running\n\nPublished Mon, Mar 4 2024 9:00 AM\n\n"
        "Ann Lee@annlee@AnnLeeNews\n\nKey Points\n\n" + DUMP_STORY
    )
    article = read_text(page)
    assert article.authors == ["Ann Lee"]
    assert article.title == "Harbour board keeps the ferries running"


def test_headline_ending_in_a_bracketed_label_is_not_a_caption():
    page = MENU + "Mayor Says the Ferries Will Run All Winter (VIDEO)\n\nby Ann Lee March 4, 2024\n\n" + DUMP_STORY
    assert read_text(page).title == "Mayor Says the Ferries Will Run All Winter (VIDEO)"


def test_signature_line_under_a_quote_stays_in_the_body():
    # a round-up of reactions: each quote paragraph signed on the line under it
    dump = (
        "Dunmore readers on the pier repairs\n\n"
        "The harbour board closed the north pier on Monday after a storm cracked two of its pilings. "
        "We asked readers how the closure changes their week and what the board should fix first.\n\n"
        '"I land my catch at that pier every morning and the south one is already full of yachts."\n\n'
        "- Ilse Varga.\n\n"
        '"Fix the lights first. Half of the walkway has been dark since the autumn and nobody came."\n\n'
        "- Bram Oduya, a night-shift nurse\n\n"
        "The board said it will publish a repair schedule at its next meeting, due at the end of the month.\n"
    )
    article = extract(dump)
    assert "- Ilse Varga." in article.body and "- Bram Oduya, a night-shift nurse" in article.body
    assert [q.speaker for q in article.quotes if q.kind == "direct"] == ["Ilse Varga", "Bram Oduya"]


def test_bare_bullet_under_a_quote_is_no_signature():
    # a list marker alone on its line (an empty menu entry) right under a quote
    dump = (
        "Dunmore readers on the pier repairs\n\n"
        "The harbour board closed the north pier on Monday after a storm cracked two of its pilings. "
        "We asked readers how the closure changes their week and what the board should fix first.\n\n"
        '"I land my catch at that pier every morning and the south one is already full of yachts."\n'
        "  \u2022\n\n"
        "The board said it will publish a repair schedule at its next meeting, due at the end of the month.\n"
    )
    article = extract(dump)
    assert "already full of yachts" in article.body and "\u2022" not in article.body


def test_dash_line_that_is_no_name_under_a_quote_is_not_kept():
    dump = (
        "Dunmore readers on the pier repairs\n\n"
        "The harbour board closed the north pier on Monday after a storm cracked two of its pilings. "
        "We asked readers how the closure changes their week and what the board should fix first.\n\n"
        '"I land my catch at that pier every morning and the south one is already full of yachts."\n\n'
        "- share this story\n\n"
        "The board said it will publish a repair schedule at its next meeting, due at the end of the month.\n"
    )
    assert "share this story" not in read_text(dump).body



def test_a_sentence_read_as_the_title_and_kept_in_the_body_is_flagged():
    standfirst = "The vote came two days after the storm closed the harbour to ferries"
    text = (
        f"{standfirst}\n\nThe council met on Monday evening and voted nine to two to rebuild the north pier before "
        "the summer, the mayor said after the meeting.\n\nWork on the pier will start in March and the ferries will "
        "use the south quay until then, the harbour master told the council.\n"
    )
    article = read_text(text)
    assert article.title == standfirst
    assert article.body.startswith(standfirst + "\n\n")
    assert any("kept in the body" in warning for warning in article.warnings)
