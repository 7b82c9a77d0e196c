"""Finding the story in whole-page dumps: the page a text browser prints, with its
menus, teasers, tables and footers around the article."""
from __future__ import annotations

import pytest

from newsjson.extractors.text import read_text
from newsjson.extractors.text_images import split_credit
from newsjson.extractors.text_lines import count_words

MENU = "Menu\n\n  • News\n  • Sport\n  • Weather\n  • Culture\n\n"
FOOTER = (
    "\nIsland News\n\n  • About us\n  • Contact\n  • Careers\n  • Advertise\n  • Newsletters\n"
    "  • Privacy policy\n  • Terms of use\n\nFollow us\n\n  • Facebook\n  • Instagram\n\n"
    "© 2024 Island News. All rights reserved.\n"
)


# --- Chinese and Japanese: no spaces between words -----------------------------

JAPANESE_STORY = [
    "港町の市議会は四日、冬の間もフェリーを毎日運航させる計画を全会一致で承認した。島の住民から集まった署名は三千人を超えていた。",
    "市長は記者会見で「島で暮らす人々にとって、船は道路と同じだ」と述べ、燃料費の一部を市が負担する考えを示した。",
    "運航会社によると、新しい時刻表は来月から始まり、朝の便は三十分早く出港する。学校に通う子どもたちの運賃は無料になる。",
    "一方で、財政の負担を心配する声もある。ある議員は、五年後の費用について詳しい説明を求めた。",
]


def test_japanese_sentences_count_as_words():
    assert count_words(JAPANESE_STORY[0]) >= 20
    assert count_words("記事一覧") <= 2


def test_japanese_page_story_is_found():
    page = (
        "  • 速報\n  • 社会\n  • 経済\n  • 国際\n\n"
        "冬もフェリー毎日運航へ　市議会が計画承認\n\n"
        + "\n\n".join(JAPANESE_STORY)
        + "\n\n  • 利用規約\n  • お問い合わせ\n"
    )
    body = read_text(page).body
    for paragraph in JAPANESE_STORY:
        assert paragraph in body
    assert "利用規約" not in body


# --- tables: a text browser pads their columns with spaces -----------------------

STORY = [
    "The harbour board voted on Monday to keep the ferries running every day through the winter, "
    "after islanders collected more than three thousand names on a petition.",
    "The mayor said the boats were the islands' only road and that the town would pay part of the "
    "fuel bill until the spring timetable starts again in April.",
    "Some councillors asked how long the town could afford it, and the board promised a full account "
    "of the costs before the next budget is set in the autumn.",
]


def test_a_cookie_table_under_the_footer_is_not_the_story():
    rows = "\n".join(
        f"{name:<20}{span:<16}This cookie is set by the site to remember your choices and to count "
        "the visits of each reader across the pages of the website over time."
        for name, span in [("sid", "1 month"), ("pref_lang", "1 year"), ("visit_id", "session"),
                           ("consent", "6 months"), ("track_ab", "2 years"), ("view_count", "1 day")]
    )
    page = (
        MENU + "Ferries will run all winter\n\n" + "\n\n".join(STORY) + "\n" + FOOTER
        + "\nCookie settings\n\nName                Duration        Description\n" + rows + "\n"
    )
    body = read_text(page).body
    assert body.split("\n\n") == STORY


# --- teaser lists: one blurb alone under each headline ---------------------------

TEASERS = "".join(
    f"{section}\n\n{headline}\n\nBy {writer}\n{hours} hours ago\n\n{blurb}\n\n"
    for (section, headline, blurb), writer, hours in zip([
        ("Schools", "New Roof for the Village School",
         "Builders start work on the village school next week, and pupils will take lessons in the church hall until June."),
        ("Weather", "Gales Expected on the West Coast",
         "Forecasters warn of winds up to ninety miles an hour on Thursday night, and the evening boats may not sail."),
        ("Farming", "Sheep Prices Rise at the Autumn Sale",
         "Farmers at the autumn sale saw the best prices in a decade, though feed costs have risen faster still this year."),
        ("Sport", "Island Team Wins the Shinty Cup",
         "The island side beat the visitors by three goals to one in front of the biggest crowd the pitch has seen in years."),
        ("Culture", "Gallery Opens in the Old Post Office",
         "Local painters will show their work in the old post office, which has stood empty since the counter closed in spring."),
    ], ["Ann Lee", "Tom Hale", "Ana Ruiz", "Bo Park", "Jo Sample"], range(2, 7))
)


def test_a_list_of_teasers_under_the_story_is_not_the_story():
    page = (
        MENU + "Ferries will run all winter\n\nBy Kim Moss\n\n" + "\n\n".join(STORY)
        + "\n\nMore from Island News\n\n" + TEASERS + FOOTER
    )
    body = read_text(page).body
    assert body.split("\n\n") == STORY


def test_paragraphs_split_by_a_label_the_page_repeats_stay_the_story():
    # "Article content" between every two paragraphs, and an advert's block before the last.
    paragraphs = STORY + [
        "The first boat of the winter timetable leaves the pier at seven on the first Monday of November.",
        "Tickets bought for the old timetable will be honoured on every crossing until the new year.",
    ]
    story = "\n\nArticle content\n\n".join(paragraphs[:3]) + (
        "\n\nAdvertisement\n\nStory continues below\n\nArticle content\n\n"
        + "\n\nArticle content\n\n".join(paragraphs[3:])
    )
    page = MENU + "Ferries will run all winter\n\nBy Kim Moss\n\n" + story + "\n\nMore from Island News\n\n" + TEASERS + FOOTER
    body = read_text(page).body
    assert body.split("\n\n") == paragraphs


# --- cookie and consent notices ----------------------------------------------------

CONSENT = (
    "Your privacy choices\n\n"
    "Some cookies keep the shop basket, the login and the saved articles working on this website, so we "
    "always set them when a page loads; you can block them in your browser settings, and then parts of the "
    "pages may stop working for you until you allow them again.\n\n"
    "Always active\n\n"
    "Counting cookies tell us how many people read each page, how long they stay and which links they follow "
    "next, and the numbers go into one weekly report with no names in it, which we keep on our own servers "
    "for a year before it is deleted.\n\n"
    "Our partners use advertising cookies to guess what you may want to buy, from the pages you read here and "
    "on other sites, and to choose the advertisements you see while you travel the web; without them you still "
    "see advertisements, only ones chosen with less care.\n\n"
    "Video cookies let the players of the services we embed remember your volume and your place in a film, "
    "and those services may also count what you watch on their own sites under their own privacy rules.\n"
)


def test_a_cookie_notice_longer_than_the_story_is_not_the_story():
    page = MENU + "Ferries will run all winter\n\nBy Kim Moss\n\n" + "\n\n".join(STORY) + "\n" + FOOTER + "\n" + CONSENT
    body = read_text(page).body
    assert body.split("\n\n") == STORY


def test_a_recipe_sentence_about_cookies_is_story():
    sentence = "Bake the cookies for ten minutes, until the edges turn golden and the middles are still soft."
    page = MENU + "Ferries will run all winter\n\nBy Kim Moss\n\n" + "\n\n".join(STORY + [sentence]) + "\n" + FOOTER
    assert sentence in read_text(page).body


# --- a comment thread under the story ----------------------------------------------

LONG_STORY = STORY + [
    f"At the {place}, {who} said the winter boats would change how {what}, and asked the board to keep "
    f"the timetable for at least five years so that families could plan ahead with some confidence."
    for place, who, what in [
        ("pier", "the harbour master", "the island's lorries bring in supplies"),
        ("school gate", "two teachers", "pupils from the outer isles get to lessons"),
        ("surgery", "the island doctor", "patients reach the hospital on the mainland"),
        ("village shop", "the owner", "fresh food reaches the shelves in January"),
        ("hotel", "the manager", "visitors think about a trip in the dark months"),
        ("fish market", "the buyers", "the catch gets to the mainland auctions"),
        ("church hall", "the minister", "the older islanders visit their families"),
        ("boatyard", "the foreman", "spare parts reach the yard during repairs"),
        ("farm", "a shepherd", "sheep get to the autumn sales on time"),
    ]
]

COMMENTS = "".join(
    f"  • {name} says:\n  • March {day}, 2024 at 9:{day}0 am\n\n{first}\n\n{second}\n\nReply\n\n"
    for name, day, first, second in [
        ("harbourwatcher", 4, "Good news at last for everyone who lives on the island all year round.",
         "We have waited three winters for a vote like this one, and my mother can see her doctor again."),
        ("Skerry Sue", 5, "Who pays for the extra fuel, though, when the boats run half empty in January?",
         "The town budget was already short before the storm damage to the sea wall last autumn."),
        ("old salt", 5, "The Friday boat is the one that matters to most of the families I know here.",
         "Every weekend the queue of cars at the pier runs right past the shop and up the hill."),
        ("MossMoss", 6, "I will believe it when the first boat actually sails out of the harbour in November.",
         "They promised the same before the last election and nothing came of it in the end."),
        ("Ferry fan", 6, "Thank you to everyone who signed the petition and stood outside the town hall.",
         "It shows what a small place can do when people stand together and keep asking."),
    ]
)


def test_comments_after_the_share_bar_are_not_the_story():
    page = (
        MENU + "Ferries will run all winter\n\nBy Kim Moss\n\n" + "\n\n".join(LONG_STORY)
        + "\n\nKim Moss\n\nIsland affairs reporter\n\nTags\n\n  • Ferries\n  • Council\n\n  • Share\n  • Email\n\n"
        + "4 comments\n\n" + COMMENTS + FOOTER
    )
    body = read_text(page).body
    assert body.split("\n\n") == LONG_STORY


# --- the standfirst above the share bar -------------------------------------------

def test_standfirst_above_a_share_bar_is_story():
    standfirst = "Islanders won a three-year fight for daily winter sailings when the harbour board voted on Monday."
    page = (
        MENU + "Ferries will run all winter\n\n4 March 2024, 11:36\n\n" + standfirst
        + "\n\n  • Share\n  • Tweet\n  • Email\n  • Print\n  • Copy link\n  • Comments\n\n"
        + "\n\n".join(STORY) + "\n" + FOOTER
    )
    body = read_text(page).body
    assert body.split("\n\n") == [standfirst] + STORY


def test_a_pitch_hugging_its_button_above_the_story_is_not_the_standfirst():
    pitch = "Plus special access to selected articles and other premium content with your free account today."
    page = (
        MENU + "Ferries will run all winter\n\nJoin Island News for access to this content\n" + pitch
        + "\n\n  • Share\n  • Tweet\n  • Email\n\n" + "\n\n".join(STORY) + "\n" + FOOTER
    )
    assert pitch not in read_text(page).body


# --- a picture's alt text and caption on one line ---------------------------------

def test_a_caption_the_dump_prints_twice_on_one_line_is_a_caption_not_story():
    caption = "The evening ferry leaves the pier at Port Ellen in a winter gale."
    page = (
        MENU + "Ferries will run all winter\n\nBy Kim Moss\n\n" + STORY[0] + "\n\n" + caption + " " + caption
        + "\n\n" + "\n\n".join(STORY[1:]) + "\n" + FOOTER
    )
    article = read_text(page)
    assert article.body.split("\n\n") == STORY
    assert [image.caption for image in article.images] == [caption]


# --- "read also" and "share this" in other languages ---------------------------------

def test_read_also_and_share_labels_in_other_languages_are_furniture():
    labels = ["Lesen Sie auch:", "Le puede interesar", "Czytaj też", "Teilen Sie dies mit:"]
    paragraphs = LONG_STORY[:5]
    story = "\n\n".join(p for pair in zip(paragraphs, labels) for p in pair) + "\n\n" + paragraphs[-1]
    page = MENU + "Ferries will run all winter\n\nBy Kim Moss\n\n" + story + "\n" + FOOTER
    body = read_text(page).body
    assert body.split("\n\n") == paragraphs


def test_a_caption_closing_on_a_picture_agency_in_brackets_is_a_caption():
    caption = "Passengers wait on the pier for the last boat of the evening. (AP)"
    page = (
        MENU + "Ferries will run all winter\n\nBy Kim Moss\n\n" + STORY[0] + "\n\n" + caption
        + "\n\n" + "\n\n".join(STORY[1:]) + "\n" + FOOTER
    )
    article = read_text(page)
    assert article.body.split("\n\n") == STORY
    assert [(image.caption, image.credit) for image in article.images] == [
        ("Passengers wait on the pier for the last boat of the evening.", "AP")
    ]



def test_a_teaser_link_printed_twice_is_no_caption():
    caption = "The evening ferry leaves the pier at Port Ellen in a winter gale."
    teaser = "Harbour Board Approves a New Pier for the North Island"
    page = (
        MENU + "Ferries will run all winter\n\nBy Kim Moss\n\n" + STORY[0] + "\n\n" + caption + " " + caption
        + "\n\n" + STORY[1] + "\n\nRead more\n\n" + teaser + " " + teaser + "\n\n" + STORY[2] + "\n" + FOOTER
    )
    article = read_text(page)
    assert article.body.split("\n\n") == STORY
    assert [image.caption for image in article.images] == [caption]


@pytest.mark.parametrize(
    "text, caption, credit",
    [
        ("The mayor at the pier on Monday. © Bo Park/Island News", "The mayor at the pier on Monday.", "© Bo Park/Island News"),
        ("Gales closed the harbour on Friday. Photo by Jo Sample /AP", "Gales closed the harbour on Friday.", "Photo by Jo Sample /AP"),
    ],
)
def test_credit_opened_by_a_copyright_sign_or_photo_by_is_split_off(text, caption, credit):
    assert split_credit(text) == (caption, credit)


# --- picture teasers right under the story ---------------------------------------------

PICTURE_TEASERS = "".join(
    f"{caption}\n\n{headline}\n\n{blurb}\n\n"
    for caption, headline, blurb in [
        ("A lorry waits on the slipway at dawn.", "Hauliers Ask for a Night Boat",
         "Drivers say a late sailing would save them a night in a mainland hotel."),
        ("Pupils cross the playground in the rain.", "School Roof Repairs Start Next Week",
         "Lessons move to the church hall until the builders have finished in June."),
        ("A shepherd walks his flock along the shore.", "Autumn Sale Prices Best in a Decade",
         "Farmers left the mart smiling, though feed costs have risen faster still."),
        ("The old post office on the main street.", "Painters Take Over the Old Post Office",
         "Eleven local artists will show their work there from the first of May."),
    ]
)


def test_picture_teasers_after_a_short_label_are_not_the_story():
    page = (
        MENU + "Ferries will run all winter\n\nBy Kim Moss\n\n" + "\n\n".join(LONG_STORY)
        + "\n\nEditor's picks\n\nMore from Island News\n\n" + PICTURE_TEASERS + FOOTER
    )
    body = read_text(page).body
    assert body.split("\n\n") == LONG_STORY


def test_a_teaser_headline_under_the_story_does_not_cut_the_story():
    # no headline or byline over the story; a teaser's under it is all the header finds
    page = (
        MENU + "\n\n".join(STORY)
        + "\n\nMore from the islands\n\nFerry fares to rise in the spring\n\nBy Ann Lee\n\nMarch 4, 2024\n\n"
        "The board will raise fares by a tenth.\n" + FOOTER
    )
    assert read_text(page).body.split("\n\n")[:3] == STORY
