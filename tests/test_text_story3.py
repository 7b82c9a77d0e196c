"""Finding the whole story in whole-page dumps, round three: the readers' replies
under a post, which can outweigh the post itself."""
from __future__ import annotations

from newsjson.extractors.text import read_text

from .test_text_story2 import REPLY_FORM

MENU = "Orchard Diary\n\nMenu\n\n  • Home\n  • About me\n  • Contact\n\n"

# --- a short post under its comment thread ----------------------------------------

SHORT_POST = (
    "This week the old pear tree by the gate finally gave us a basket of fruit, after four years of "
    "careful pruning and two springs lost to late frost."
)
COMMENTS = (
    "2 thoughts on this post\n\n"
    "  • Marla Pennywhistle says:\n"
    "    4 October 2023 at 09:15\n\n"
    "    What a lovely harvest, congratulations. Our own pear tree has been sulking for years and I have "
    "tried everything from new soil to a different pruning calendar, but it only gives leaves and the odd "
    "hard little fruit that the birds ignore. Did you feed it anything special in the spring, or was it the "
    "pruning alone that made the difference in the end?\n\n"
    "    Reply\n\n"
    "  • Osric Fenwater says:\n"
    "    5 October 2023 at 18:40\n\n"
    "    Late frost is the worst of it here as well. We started covering the blossom with old bed sheets on "
    "cold nights in April and lost far fewer flowers, which made a real difference to the crop in the "
    "autumn, although the neighbours found the sight of a tree in a sheet rather amusing at first.\n\n"
    "    Reply\n\n"
    "  • Tamsin Orrell says:\n"
    "    6 October 2023 at 07:02\n\n"
    "    We planted a second pear of another kind beside ours three years ago so that the two could pollinate "
    "each other, and since then both have fruited well every year. It may be worth asking at the nursery "
    "which kinds flower at the same time as yours before you choose a partner for it.\n\n"
    "    Reply\n\n"
)


def _post_page(comments: str) -> str:
    return (
        MENU + "The pear tree gives at last\n\n3 October 2023 ~ Hollis Brand\n\n"
        + SHORT_POST + "\n\n"
        "Share this:\n\n  • Facebook\n  • Email\n\n" + comments + REPLY_FORM
    )


def test_a_short_post_is_not_outweighed_by_its_comment_thread():
    body = read_text(_post_page(COMMENTS)).body
    assert SHORT_POST in body
    assert "pruning calendar" not in body
    assert "bed sheets" not in body


def test_a_list_leading_into_dated_items_inside_a_story_is_no_comment_thread():
    # A story's own list item ending in a colon over a dated line is no
    # comment's name line when it stands apart from the line below.
    story = [
        "The village council has set out the dates for the new footbridge over the mill stream, which "
        "will replace the wooden crossing that the floods carried away last winter.",
        "  • Work on the footbridge:\n\n    Begins 14 May 2024 with stone piers",
        "The council expects walkers to use the crossing again before the summer fair, and the old "
        "ford will stay closed to cars for good once the bridge is open.",
        "The builders will keep the towpath open on weekends so that anglers and dog walkers can still "
        "reach the weir, and a temporary ferry will run on market days.",
    ]
    page = MENU + "A new footbridge\n\n" + "\n\n".join(story) + "\n\n" + REPLY_FORM
    body = read_text(page).body
    assert "temporary ferry" in body
    assert "village council" in body


# --- a standfirst printed twice around an advert slot ------------------------------

TWICE_STANDFIRST = (
    "With its new small hybrid the carmaker wants a larger share of the crowded market for compact "
    "family cars, at a price below most of its rivals."
)
CAR_STORY = [
    "The hybrid drive pairs a small petrol engine with two electric motors, and the battery charges "
    "itself while the car brakes or rolls downhill, so it never needs a plug.",
    "In town the car runs on electric power alone for much of the time, which keeps its fuel use low "
    "in the traffic where most of its buyers are expected to drive it.",
]


def test_a_standfirst_printed_twice_around_an_advert_slot_is_kept_once():
    # A picture's alt text and its caption stand line under line; a standfirst
    # the page prints twice has something between the copies (an advert slot).
    page = (
        MENU + "A small hybrid for families\n\n" + TWICE_STANDFIRST + "\n[advert]\n\n"
        + TWICE_STANDFIRST + "\n\n" + "\n\n".join(CAR_STORY) + "\n\nAbout us\n"
    )
    body = read_text(page).body
    assert body.startswith(TWICE_STANDFIRST)
    assert body.count(TWICE_STANDFIRST) == 1
