"""Finding the whole story in whole-page dumps, round six: text its writer
wrapped by hand."""
from __future__ import annotations

import pytest

from newsjson.extractors.text import read_text
from newsjson.extractors.text_lines import split_lines

from .test_text_story import FOOTER, LONG_STORY, MENU

# --- a post wrapped by hand at its writer's width ------------------------------------

WRAPPED_POST = (
    "Last winter I finally learned how to splice a rope properly, after years\n"
    "of tying clumsy knots that slipped whenever the ferry pulled at the\n"
    "mooring. The trick is to unlay the strands further than seems sensible,\n"
    "then tuck each one against the lay, three times over, and taper them.\n"
    "\n"
    "My neighbour at the boatyard, who has done this for forty winters, says\n"
    "most people give up at the second tuck because the strands fray and the\n"
    "tape comes loose in cold hands. Waxed thread helps more than any tool.\n"
)
SIDEBAR = (
    "This is a small blog about boats, harbours and the people who keep them afloat, written on the island."
)


def test_a_post_wrapped_by_hand_is_read_as_paragraphs():
    page = (
        MENU + "Rope notes\n\n" + SIDEBAR + "\n\nMonday, March 4, 2024\n\nSplicing at last\n\n"
        + WRAPPED_POST + "\nPosted by Ilse Varga at 9:12 PM\n\nNewer Post Older Post Home\n" + FOOTER
    )
    body = read_text(page).body
    assert "seems sensible, then tuck each one" in body
    assert "forty winters, says most people" in body


HEADLINE_LIST = (
    "Harbour board approves the winter timetable after a long night of debate\n"
    "ferry timetable winter vote\n"
    "Island school gets a new roof before the storms arrive in the north bay\n"
    "school roof storm repairs\n"
    "Fishermen ask the council for a second slipway on the eastern breakwater\n"
)


def test_teaser_headlines_as_long_as_each_other_are_not_joined():
    lines = split_lines(SIDEBAR + " " + SIDEBAR + "\n\nMore from the island\n\n" + HEADLINE_LIST)
    assert len(lines) == 7



# --- the box about the writer under a post ---------------------------------------------

BLOG_POST = [
    "This spring I moved the lemon tree from the balcony into the stairwell, where the light is softer and "
    "the draught from the door keeps the leaves dry after I water it in the mornings.",
    "Within three weeks the yellow spots were gone and two new shoots had come up near the base, which I had "
    "not seen since the tree came home with me from the market four summers ago.",
    "If your tree sulks in the same way, try moving it before you buy any new soil or feed: in my experience "
    "the place matters far more than anything you can pour into the pot.",
]
AUTHOR_NOTE = (
    "Hi, I'm Wren and I have kept far too many plants on a very small balcony for six years now. "
    "Here I write about what survived and what did not."
)


@pytest.mark.parametrize("label", ["About the author", "Über Wren Halloway", "Author", "About me"])
def test_the_box_about_the_writer_under_a_post_is_not_story(label):
    page = (
        MENU + "Moving a lemon tree indoors\n\n" + "\n\n".join(BLOG_POST) + "\n\nShare this:\n\n  • Email\n  • Print\n\n"
        + label + "\n\n" + AUTHOR_NOTE + "\n" + FOOTER
    )
    body = read_text(page).body
    assert BLOG_POST[2] in body
    assert "Hi, I'm Wren" not in body


@pytest.mark.parametrize("subheading", ["About the fig", "About Lisbon"])
def test_a_closing_section_under_its_own_subheading_is_kept(subheading):
    closing = (
        "The tree now stands by the stairwell window, and next spring I will try the same with the fig, "
        "which has sulked on the balcony for two years."
    )
    page = (
        MENU + "Moving a lemon tree indoors\n\n" + "\n\n".join(BLOG_POST) + "\n\n" + subheading + "\n\n" + closing
        + "\n" + FOOTER
    )
    assert closing in read_text(page).body


# --- the line a blog files its post under ----------------------------------------------

FILING = "This entry was posted in Balcony plants and tagged citrus, winter. Bookmark the permalink."


def test_the_line_a_blog_files_its_post_under_ends_the_post():
    comment_notes = (
        "Comments are moderated before they appear, so please be patient if yours takes a day or two to show up."
    )
    page = (
        MENU + "Moving a lemon tree indoors\n\n" + "\n\n".join(BLOG_POST) + "\n\n" + FILING + "\n\n"
        + comment_notes + "\n" + FOOTER
    )
    body = read_text(page).body
    assert body.endswith(BLOG_POST[2])


def test_a_story_sentence_about_a_post_being_tagged_is_kept():
    sentence = (
        "She posted the photograph of the tree on her page and tagged the market stall where she bought it."
    )
    page = MENU + "Moving a lemon tree indoors\n\n" + "\n\n".join(BLOG_POST) + "\n\n" + sentence + "\n" + FOOTER
    assert sentence in read_text(page).body


# --- code between a post's paragraphs --------------------------------------------------

CODE_POST = [
    "Our nightly job kept timing out on the harbour tide tables, so I spent a rainy Sunday finding out where "
    "the time actually went, one function at a time.",
    "The first suspect was the settings file, which had grown a line for every harbour over the years.",
    "cache_dir = /var/cache/tides\nworkers = 4\nretries = 3\ntimeout_seconds = 90\nrow_format = csv\n"
    "log_level = info\nharbours = north, south, east",
    "Fewer workers and a longer timeout cut the run from forty minutes to twelve, which was good but still far too slow "
    "for a job that has to finish before the ferries leave in the morning.",
    "The rest of the time went into sorting the rows again for every harbour, which a single sort by harbour "
    "and hour at the start made unnecessary; the job now finishes in under three minutes.",
]


def test_a_code_block_between_a_posts_paragraphs_is_crossed_and_kept():
    page = (
        MENU + "Making the tide job fast\n\n" + "\n\n".join(CODE_POST[:3]) + "\n\n" + "\n\n".join(CODE_POST[3:])
        + "\n\nRelated posts\n\n  • Tide tables in the browser\n  • Ferry timetables as data\n" + FOOTER
    )
    body = read_text(page).body
    assert CODE_POST[0] in body and CODE_POST[4] in body
    assert "workers = 4" in body


def test_a_page_templates_placeholders_are_no_code():
    template = "{{ headline }}\n{{ media }}\nvalue = {{ caption }}\n{{ copy }}\n"
    page = MENU + "Making the tide job fast\n\n" + "\n\n".join(CODE_POST[3:]) + "\n\n" + template + FOOTER
    assert "headline" not in read_text(page).body


# --- an opening over the post's table of contents --------------------------------------

CONTENTS_OPENING = (
    "Every autumn I promise myself to keep a proper log of the allotment, and this year I finally did: here is "
    "what a season of notes taught me about soil, water and patience."
)
SECTIONS = [
    ("What did the soil by the hedge really need?", "The beds by the hedge stayed wet until June, so I dug in coarse sand and old leaves "
     "and left the heavy clay by the shed to the potatoes, which did not seem to mind it at all."),
    ("Watering less often", "Instead of a little every evening, I gave the beans a long soak twice a week, and "
     "their roots went deeper than in any summer before, even through the dry fortnight in August."),
    ("Waiting for the frost", "The parsnips stayed in the ground until the first hard frost, as my neighbour "
     "advised, and they came up sweeter than anything we have grown on that plot."),
    ("Slugs and the beer trap", "The beer traps caught plenty, but the frogs in the little pond by the compost "
     "did far more, and they asked for nothing but a few stones to hide under."),
    ("Seeds worth saving", "I kept seed from the tallest beans and the earliest lettuces, dried them on the "
     "kitchen windowsill and sorted them into paper bags marked with the bed they came from."),
    ("Tools I stopped using", "The long hoe stayed in the shed all summer: a short one and a kneeling pad did "
     "the same work in half the time and spared my back on the long evenings."),
    ("What I will change", "Next year the squash moves to the sunny corner, the herbs go by the gate where I "
     "pass them daily, and the log starts in March instead of May."),
]


def test_an_opening_over_the_posts_table_of_contents_is_kept():
    contents = "".join(f"  • {heading}\n" for heading, _ in SECTIONS)
    sections = "\n\n".join(
        f"{heading}\n\n{text}\n\nThat, at least, is what my notes from week {week} say, and I would do it again."
        for week, (heading, text) in enumerate(SECTIONS, start=12)
    )
    page = (
        MENU + "A season of allotment notes\n\n" + CONTENTS_OPENING + "\n\nContents\n\n" + contents + "\n"
        + sections + "\n" + FOOTER
    )
    body = read_text(page).body
    assert body.startswith(CONTENTS_OPENING)
    assert SECTIONS[2][1] in body


# --- the newsroom's appeal for support under the story --------------------------------


def _story_page(paragraphs: list[str]) -> str:
    """A page of the site's menu, the headline, ``paragraphs`` and the footer."""
    return MENU + "Ferries will run all winter\n\n" + "\n\n".join(paragraphs) + "\n" + FOOTER

APPEAL = (
    "One more thing, dear reader: somebody sat through four hours of the harbour board so that you could "
    "read this in five minutes. That seat is paid for by readers like you, and if you can spare a little, "
    "your donation or your support as a member keeps us on the ferry beat."
)


def test_an_appeal_for_the_readers_support_under_the_story_is_not_story():
    page = _story_page([*LONG_STORY[:5], APPEAL])
    body = read_text(page).body
    assert LONG_STORY[4] in body
    assert "ferry beat" not in body


def test_a_story_about_donations_that_addresses_no_reader_is_kept():
    closing = (
        "The ferry company said it would match every donation to the winter fund, and the rowing club "
        "pledged to support it with a crossing in March, rowing in pairs from the old pier to the lighthouse."
    )
    page = _story_page([*LONG_STORY[:5], closing])
    assert closing in read_text(page).body


# --- a note on what the site earns by its links ----------------------------------------

@pytest.mark.parametrize("note", [
    "For links on this page we may receive a commission from the retailer, for example for those marked with a star.",
    "Dieser Beitrag enthält Werbung für eine Gärtnerei aus der Nachbarschaft.",
])
def test_a_note_on_what_the_site_earns_over_a_post_is_not_story(note):
    page = MENU + "Moving a lemon tree indoors\n\n" + note + "\n\n" + "\n\n".join(BLOG_POST) + "\n" + FOOTER
    body = read_text(page).body
    assert body.startswith(BLOG_POST[0])
    assert BLOG_POST[2] in body


def test_a_licence_note_under_a_post_is_not_story():
    note = "The text of this post is licensed under a Creative Commons licence (CC BY-SA 4.0)."
    page = MENU + "Moving a lemon tree indoors\n\n" + "\n\n".join(BLOG_POST) + "\n\n" + note + "\n" + FOOTER
    body = read_text(page).body
    assert body.endswith(BLOG_POST[2])


def test_an_appeal_set_between_the_storys_paragraphs_is_not_story():
    page = _story_page([*LONG_STORY[:2], APPEAL, *LONG_STORY[2:7]])
    body = read_text(page).body
    assert LONG_STORY[0] in body and LONG_STORY[6] in body
    assert "ferry beat" not in body


def test_a_licence_note_in_the_sidebar_is_no_story_to_find():
    post = [
        "The first frost caught the dahlias by surprise this year.",
        "[dahlias-after-frost]",
        "I lifted the tubers to dry in the shed.",
    ]
    sidebar = (
        "Unless noted otherwise, all texts and pictures on this blog are licensed under a Creative Commons "
        "licence (CC BY-NC 4.0) and may be shared with credit."
    )
    page = (
        MENU + "Frost on the dahlias\n\nPosted on 3 November 2024 by Wren\n\n" + "\n\n".join(post)
        + "\n\nLeave a reply\n\nLicence\n\n" + sidebar + "\n" + FOOTER
    )
    body = read_text(page).body
    assert post[0] in body and post[2] in body
    assert not body.endswith("Licence")


def test_a_reply_forms_notice_is_furniture():
    from newsjson.extractors.text_kinds import Kind, classify

    notice = "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert."
    assert classify(split_lines(notice)[0]) is Kind.JUNK


def test_an_appeal_in_the_sidebar_is_no_story_to_find():
    post = [
        "The first frost caught the dahlias by surprise this year.",
        "[dahlias-after-frost]",
        "I lifted the tubers to dry in the shed.",
    ]
    page = (
        MENU + "Frost on the dahlias\n\nPosted on 3 November 2024 by Wren\n\n" + "\n\n".join(post)
        + "\n\nLeave a reply\n\nKeep this blog going\n\n" + APPEAL + "\n" + FOOTER
    )
    body = read_text(page).body
    assert post[0] in body and post[2] in body
    assert "Keep this blog going" not in body


# --- a picture's caption read as the story's first paragraph ---------------------------

@pytest.mark.parametrize("caption", [
    "Harbour master Ada Moss, centre, and two deckhands load the last crates onto the winter ferry on the "
    "island's north pier.",
    "Smoke is seen over the old boatyard after a fire broke out in the paint store, in this photo taken by a "
    "resident on Sunday.",
])
def test_a_pictures_caption_over_the_story_is_not_its_first_paragraph(caption):
    page = (
        MENU + "Ferries will run all winter\n\n[ferry-pier]\n" + caption + "\n\nBy Tova Renwick\n\n"
        + "\n\n".join(LONG_STORY[:5]) + "\n" + FOOTER
    )
    body = read_text(page).body
    assert body.startswith(LONG_STORY[0])


def test_a_story_paragraph_about_being_seen_as_something_is_kept():
    page = _story_page(LONG_STORY[:5])
    opening = "The mayor is seen as the island's strongest voice for the ferries, and she has said so for years."
    page = page.replace(LONG_STORY[0], opening + "\n\n" + LONG_STORY[0])
    assert read_text(page).body.startswith(opening)


# --- a share bar printed on one line ------------------------------------------------------

def test_a_share_bar_printed_on_one_line_is_not_story():
    bar = (
        "facebook Facebook facebook twitter Twitter twitter flipboard Flipboard flipboard send Send send "
        "linkedin Linkedin linkedin whatsapp Whatsapp whatsapp telegram Telegram telegram reddit Reddit reddit"
    )
    page = (
        MENU + "Ferries will run all winter\n\nBy Tova Renwick\n" + bar + "\n\n" + "\n\n".join(LONG_STORY[:5])
        + "\n" + FOOTER
    )
    body = read_text(page).body
    assert "flipboard" not in body.lower()
    assert body.startswith(LONG_STORY[0])


def test_a_note_that_the_opinions_are_the_writers_own_is_not_story():
    note = "The opinions expressed in this column are those of its writer, not of the Island News."
    page = _story_page([*LONG_STORY[:3], note, *LONG_STORY[3:6]])
    body = read_text(page).body
    assert "opinions expressed" not in body
    assert LONG_STORY[5] in body


def test_a_pitch_for_the_sites_app_is_not_story():
    pitch = "For the latest island news and ferry times, download the Island News app for your phone."
    page = _story_page([*LONG_STORY[:5], pitch])
    body = read_text(page).body
    assert "download" not in body
    assert LONG_STORY[4] in body


def test_a_story_sentence_about_downloading_an_app_is_kept():
    sentence = (
        "More than two thousand islanders downloaded the new timetable app in its first week, the ferry company "
        "said, and most of them use it to check the crossing before they leave home."
    )
    page = _story_page([*LONG_STORY[:5], sentence])
    assert sentence in read_text(page).body


def test_a_quoted_speaker_asking_listeners_for_support_is_story():
    quote = (
        '"If your family needs the ferries next winter, then you should back this budget, support the crossing '
        'and become a member of the harbour trust," Donald Harwood told the meeting.'
    )
    page = _story_page([*LONG_STORY[:5], quote])
    assert quote in read_text(page).body


def test_a_partys_initial_in_brackets_is_no_place_in_a_picture():
    opening = (
        "Councillor Mia Sand (R) asked the harbour board on Monday to publish the full cost of the winter "
        "ferries before the vote, and the board agreed to do so within a week."
    )
    page = _story_page([opening, *LONG_STORY[:4]])
    assert read_text(page).body.startswith(opening)


def test_an_opening_about_how_someone_is_seen_by_others_is_kept():
    opening = (
        "The harbour master is seen by many islanders as the one official who can keep the ferries running, "
        "and on Monday she said she would try."
    )
    page = _story_page([opening, *LONG_STORY[:4]])
    assert read_text(page).body.startswith(opening)


@pytest.mark.parametrize("opening", [
    "Islanders whose boats were lost in the storm will receive compensation from the harbour fund, the board "
    "decided on Monday.",
    "The island's news app was downloaded more than two thousand times in its first week, its makers said.",
    "The views expressed at Monday's meeting were not necessarily shared by the whole board, its chair said.",
])
def test_story_sentences_shaped_like_site_notes_are_kept(opening):
    page = _story_page([opening, *LONG_STORY[:4]])
    assert read_text(page).body.startswith(opening)


def test_a_sign_up_box_is_not_story():
    box = (
        "Never miss a crossing again: register with your e-mail and the ferry times arrive in your inbox every "
        "Friday morning."
    )
    page = _story_page([*LONG_STORY[:3], box, *LONG_STORY[3:6]])
    body = read_text(page).body
    assert "inbox" not in body
    assert LONG_STORY[5] in body


def test_a_sign_up_box_in_the_sidebar_is_no_story_to_find():
    post = [
        "The first frost caught the dahlias by surprise this year.",
        "[dahlias-after-frost]",
        "I lifted the tubers to dry in the shed.",
    ]
    box = (
        "Never miss a post from the allotment: register with your e-mail and every new entry arrives in your "
        "inbox the morning after it goes up."
    )
    page = (
        MENU + "Frost on the dahlias\n\nPosted on 3 November 2024 by Wren\n\n" + "\n\n".join(post)
        + "\n\nLeave a reply\n\nFollow the allotment\n\n" + box + "\n" + FOOTER
    )
    body = read_text(page).body
    assert post[0] in body and post[2] in body
    assert "Follow the allotment" not in body


def test_what_follows_an_appeal_under_the_story_is_not_story():
    after = "Thank you for reading, and for keeping the harbour desk going through another long winter."
    page = _story_page([*LONG_STORY[:5], APPEAL, after])
    body = read_text(page).body
    assert body.endswith(LONG_STORY[4])
