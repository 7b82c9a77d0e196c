"""Finding the whole story in whole-page dumps, round four: where a story ends
when the page sets a writer's note, teaser cards or a related box under it."""
from __future__ import annotations

import pytest

from newsjson.extractors.text import read_text
from newsjson.extractors.text_story_lines import STAFF_BIO

from .test_text_story import FOOTER, LONG_STORY, MENU, STORY

# A page's menu, headline and byline, over the story.
HEAD = MENU + "Ferries will run all winter\n\nBy Tova Renwick\n\n"


def _body_with_lines_inside(*lines: str) -> str:
    """The body of a story page with the given lines set between its third and fourth paragraphs."""
    page = (
        HEAD + "\n\n".join(LONG_STORY[:3]) + "\n\n"
        + "\n\n".join(lines) + "\n\n" + "\n\n".join(LONG_STORY[3:6]) + "\n" + FOOTER
    )
    return read_text(page).body


# --- a writer's note closing the story --------------------------------------------

MORE_BOX = (
    "More on this\n\n"
    "The last winter boat of the old timetable is a quiet crossing for a handful of regulars, who remember "
    "how the service began.\n\n"
    "Ferry timetables for the coming year are now online for every route across the islands.\n\n"
)


def _page_with_note(note: str) -> str:
    return (
        HEAD + "\n\n".join(LONG_STORY[:6])
        + "\n\nTova Renwick\n\n" + note + "\n\n" + MORE_BOX + FOOTER
    )


@pytest.mark.parametrize(
    "note",
    [
        "Tova Renwick is a reporter for Island News covering the harbour, the council and the schools.",
        "The Courier's Tova Renwick is the author of a book about the island ferries.",
        "Tova Renwick ist Korrespondentin der Inselzeitung für die Nordküste.",
        "Tova Renwick est journaliste au service local depuis 2019.",
    ],
)
def test_the_story_ends_above_the_writers_note(note):
    body = read_text(_page_with_note(note)).body
    assert LONG_STORY[5] in body
    assert note not in body
    assert "handful of regulars" not in body
    assert not body.endswith("Tova Renwick")


@pytest.mark.parametrize(
    "sentence, is_note",
    [
        ("Port Ellen is going to be a ghost town without the winter boats.", False),
        ("The harbour master is a former reporter, and she knows how the board talks.", False),
        ("Mira Holt said she was a reporter before she ran the ferry office.", False),
        ("Mira Holt is a senior correspondent based in the capital.", True),
        ("Mira Holt is the island desk's deputy editor.", True),
    ],
)
def test_a_writers_note_is_a_name_then_a_newsroom_role(sentence, is_note):
    assert bool(STAFF_BIO.match(sentence)) is is_note


# --- a row of teaser cards under the story ------------------------------------------

CARDS = (
    "Our picks\n\n"
    "Lighthouse keepers return to Skerry Point\n\n"
    "After thirty years of automatic lamps, two keepers will live at the point again from the spring.\n\n"
    "Storm closes the north pier for a week\n\n"
    "Divers found cracks in three of the old pillars, and the council has shut the pier until repairs.\n\n"
    "Island bakery wins a national prize\n\n"
    "The judges praised a seaweed loaf that the baker first made for a school fair six years ago.\n\n"
)
PAGE_BOX = (
    "  • Date 04.03.2024\n  • Topics Ferries, Islands, Winter\n  • Print this page\n  • Permalink\n"
    "  • Send us your feedback\n\n"
    "More on this topic\n\n"
    + "".join(
        f"{title} 0{day}.03.2024\n\n{text}\n\n"
        for day, title, text in [
            (1, "Fuel prices hit the fishing fleet",
             "Skippers on the outer isles say the price of diesel has doubled since the autumn, and several boats "
             "now stay in the harbour on all but the calmest days, waiting for the council to decide on the help "
             "it promised in the budget debate before Christmas, which has still not been paid to anyone."),
            (2, "New school boat for the outer isles",
             "A second school boat will carry pupils from the three smallest islands from the summer term, after "
             "parents complained that the crossing left their children at the harbour in the dark for almost an "
             "hour each morning, and the education board found the money in its transport budget at last."),
        ]
    )
)


def test_a_row_of_teaser_cards_under_the_story_is_not_the_story():
    page = (
        HEAD + "\n\n".join(LONG_STORY[:6]) + "\n\n"
        + CARDS + PAGE_BOX + FOOTER
    )
    body = read_text(page).body
    assert LONG_STORY[5] in body
    assert "seaweed loaf" not in body
    assert "three of the old pillars" not in body


def test_short_sections_under_subheadings_going_on_to_longer_ones_stay_the_story():
    sections = "".join(
        f"{heading}\n\n{text}\n\n"
        for heading, text in [
            ("The morning boat", "It leaves at seven and carries the post, the milk and the school children."),
            ("The noon boat", "It waits for the train from the city and turns back within the hour."),
            ("The evening boat", "It brings the workers home and stays overnight at the island pier."),
        ]
    )
    closing = (
        "Between them the three boats carry more than a thousand people on a busy day, and the board says the "
        "timetable will stay the same for the whole winter, whatever the weather does to the crossing."
    )
    page = (
        HEAD + "\n\n".join(LONG_STORY[:6]) + "\n\n"
        + sections + "Across the year\n\n" + closing + "\n\n" + FOOTER
    )
    body = read_text(page).body
    assert "the school children" in body
    assert "stays overnight" in body
    assert closing in body


# --- a standfirst above a list set between it and the story -------------------------

STANDFIRST = (
    "Islanders have waited three winters for the vote, and the boats will now sail every day until the spring "
    "timetable starts again."
)


def test_a_standfirst_above_a_list_between_it_and_the_story_is_kept():
    page = (
        MENU + "Ferries will run all winter\n\n" + STANDFIRST + "\n\n"
        "04.03.2024 - 09:15\n\n"
        "  • Ferries and harbours: here you find our news, guides and timetables for every island route.\n"
        "  • Share\n  • Email\n  • Print\n  • Copy link\n\n[harbour-photo-main]\n\n"
        + "\n\n".join(LONG_STORY[:6]) + "\n" + FOOTER
    )
    body = read_text(page).body
    assert body.startswith(STANDFIRST)
    assert "every island route" not in body


# --- a picture agency's caption inside the story -------------------------------------

AGENCY_CAPTION = (
    "PORT ELLA, MAINE - MARCH 03: Fishers mend their nets on the quay before the winter boats start running "
    "again on the island route."
)


def test_a_picture_agencys_caption_inside_the_story_is_a_caption():
    body = _body_with_lines_inside(AGENCY_CAPTION)
    assert LONG_STORY[5] in body
    assert "mend their nets" not in body


def test_a_story_dateline_is_no_picture_caption():
    dateline = (
        "PORT ELLA, Maine - The harbour board voted on Monday to keep the ferries running every day through the "
        "winter, after islanders collected more than three thousand names."
    )
    page = MENU + "Ferries will run all winter\n\n" + dateline + "\n\n" + "\n\n".join(LONG_STORY[1:6]) + "\n" + FOOTER
    assert dateline in read_text(page).body


# --- a subheading between labels the page sets around every block --------------------


def test_a_subheading_framed_by_a_label_printed_between_all_blocks_is_kept():
    label = "\n\nStory continues\n\n"
    blocks = LONG_STORY[:3] + ["Winter timetable"] + LONG_STORY[3:6]
    page = HEAD + label.join(blocks) + "\n" + FOOTER
    body = read_text(page).body
    assert "Winter timetable" in body
    assert "Story continues" not in body


# --- a long last paragraph under a short list, in a story of very long paragraphs ----


def test_a_long_paragraph_after_a_list_is_no_teaser_blurb_however_long_the_storys():
    long_paragraphs = [" ".join(LONG_STORY[n:n + 6]) for n in range(0, 9, 3)]  # blocks of 150+ words
    last = " ".join(LONG_STORY[:3]).replace("harbour board", "ferry company")
    page = (
        HEAD + "\n\n".join(long_paragraphs)
        + "\n\nWinter figures\n\n  • Crossings a day: 6\n  • Boats in service: 3\n\n"
        + last + "\n" + FOOTER
    )
    assert all(len(p.split()) > 150 for p in long_paragraphs)
    assert 80 <= len(last.split()) < 150
    assert last in read_text(page).body


# --- the story's last paragraphs under a box of linked headlines inside it -----------

POPULAR_BOX = (
    "Most popular\n\n"
    "  • Lighthouse keepers return to Skerry Point after thirty years\n"
    "  • Storm closes the north pier for a week of repairs\n"
    "  • Island bakery wins a national prize for its seaweed loaf\n"
    "  • Council votes on new parking rules for the harbour\n\n"
)
CLOSING = [
    "The first winter boat leaves on the first Monday of November.",
    "Tickets for the early crossing can be booked at the harbour office from next week, and season passes "
    "for islanders will cost the same as in summer.",
]


def test_the_storys_last_paragraphs_under_a_box_of_linked_headlines_are_kept():
    page = (
        HEAD + "\n\n".join(LONG_STORY[:6]) + "\n\n"
        + POPULAR_BOX + "\n\n".join(CLOSING) + "\n\nKeep reading\n\n  • Share\n  • Email\n  • Print\n\n" + FOOTER
    )
    body = read_text(page).body
    for paragraph in CLOSING:
        assert paragraph in body
    assert "seaweed loaf" not in body



# --- standfirsts without a full stop, above a picture printed twice or a date line --

OPEN_STANDFIRST = (
    "How three small islands kept their winter ferries against the odds, and what the fight cost the "
    "families who live there"
)
BYLINE_BLOCK = "Tova Renwick\n\nShare\n\n  • Facebook\n  • Email\n  • Print\n  • Copy link\n\n"


def test_a_standfirst_without_a_full_stop_under_the_headline_is_kept():
    page = (
        MENU + "Ferries will run all winter\n\n" + OPEN_STANDFIRST + "\n\n" + BYLINE_BLOCK
        + "[ferry-at-dawn-main]\n\n" + "\n\n".join(LONG_STORY[:6]) + "\n" + FOOTER
    )
    body = read_text(page).body
    assert body.startswith(OPEN_STANDFIRST)


def test_a_caption_printed_twice_between_standfirst_and_story_is_crossed_not_kept():
    caption = "The morning ferry leaves the north pier in a winter storm, with the lighthouse behind it."
    page = (
        MENU + "Ferries will run all winter\n\n" + STANDFIRST + "\n\n" + BYLINE_BLOCK
        + caption + "\n\n" + caption + "\n\n" + "\n\n".join(LONG_STORY[:6]) + "\n" + FOOTER
    )
    body = read_text(page).body
    assert body.startswith(STANDFIRST)
    assert "lighthouse behind it" not in body


def test_a_long_line_under_a_menu_without_a_full_stop_is_no_standfirst():
    # A headline of a script without capitals, under the breadcrumb: no standfirst.
    line = (
        "harbour police catch two thieves within two days of the break-in at the old pier shop, jewellery "
        "recovered and returned to owners"
    )
    page = (
        MENU + "  • Home\n  • Local\n  • Harbour police\n\n" + line + "\n\n" + BYLINE_BLOCK
        + "\n\n".join(LONG_STORY[:6]) + "\n" + FOOTER
    )
    assert not read_text(page).body.startswith(line)


# --- a picture's caption over a credit of names and agencies split by bars -----------


def test_a_caption_over_a_credit_split_by_bars_is_a_caption_not_story():
    caption = "Ferries wait at the north pier in the early morning before the first winter crossing of the year."
    page = (
        HEAD + "\n\n".join(LONG_STORY[:3]) + "\n\n"
        + caption + "\nJo Sample | Afp | Getty Images\n\n" + "\n\n".join(LONG_STORY[3:6]) + "\n" + FOOTER
    )
    article = read_text(page)
    assert caption not in article.body
    assert LONG_STORY[5] in article.body
    assert any(image.credit == "Jo Sample | Afp | Getty Images" for image in article.images)


# --- the comment count heading a thread under the story --------------------------------

THREAD = (
    "4 Comments\n\nNewest / Oldest\n\n"
    + "".join(
        f"{name} {hours} hours ago\n\n{text}\n\n"
        for name, hours, text in [
            ("harbourwatcher", 2, "The winter boats are the best news this island has had in years, and I hope the "
             "board keeps its word when the fuel bills come in and the boats sail half empty in January."),
            ("old salt", 3, "Nobody asked the crews whether they want to work every day through the storms, and "
             "the union should have had a say before the vote was taken by people who never go to sea."),
            ("Skerry Sue", 5, "My children will reach school on time again, at last, after a whole autumn of "
             "late boats, which matters more than any of the arguments about the cost to the town."),
        ]
    )
)


def test_the_story_ends_above_the_comment_count_heading_its_thread():
    page = (
        HEAD + "\n\n".join(LONG_STORY[:6]) + "\n\n"
        + THREAD + FOOTER
    )
    body = read_text(page).body
    assert LONG_STORY[5] in body
    assert "half empty in January" not in body
    assert "whole autumn of late boats" not in body


def test_a_comment_count_in_the_byline_block_does_not_end_the_story():
    page = (
        HEAD + LONG_STORY[0] + "\n\n0 Comments\n\n"
        + "\n\n".join(LONG_STORY[1:6]) + "\n" + FOOTER
    )
    body = read_text(page).body
    assert LONG_STORY[0] in body and LONG_STORY[5] in body


# --- a grid of teaser cards that outweighs a short story -------------------------------

GRID = "".join(
    f"[card-picture-{n}]\n\n{name}\n\n{blurb} Read it free for a month, then for a small fee each year.\n\n"
    for n, (name, blurb) in enumerate(
        [
            ("Harbour Radio", "Our station plays music and news for the islands every morning, afternoon and evening of the week."),
            ("Island Kitchen", "Recipes from the fishing villages, with a new dish from the smokehouse on every Friday of the year."),
            ("Tide Tables", "The times of every high and low tide at the twelve harbours, printed for the whole coming month."),
            ("Ferry Guide", "Every route, every timetable and every fare for the boats between the islands and the mainland."),
            ("School Desk", "News from the island schools, with the pupils' own reports on sport, music and the science fair."),
            ("Weather Watch", "Forecasts for sailors and farmers, with storm warnings sent to your phone before the wind arrives."),
            ("Shop Local", "A directory of the shops, farms and workshops that sell their goods to visitors and islanders alike."),
            ("Photo Archive", "A hundred years of pictures from the harbour, the church hall and the fields above the old pier."),
            ("Job Board", "Work on the boats, in the hotels and on the farms, updated each week by the islands' employers."),
        ]
    )
)


def test_a_grid_of_teaser_cards_does_not_outweigh_the_story():
    page = (
        HEAD + "\n\n".join(STORY[:2]) + "\n\n"
        + "Share\n\n  • Facebook\n  • Email\n  • Print\n\nMore from our network\n\n" + GRID + FOOTER
    )
    body = read_text(page).body
    for paragraph in STORY[:2]:
        assert paragraph in body
    assert "smokehouse" not in body


# --- the whole story printed again as one block -----------------------------------------


def test_a_copy_of_the_whole_story_printed_as_one_block_is_kept_once():
    paragraphs = LONG_STORY[:9]
    copy = " ".join(paragraphs[1:])  # the copy leaves the first paragraph out
    page = (
        HEAD + "\n\n".join(paragraphs) + "\n\n"
        + "Give this article\n\n" + copy + "\n\n" + FOOTER
    )
    assert len(copy.split()) >= 200
    body = read_text(page).body
    assert copy not in body
    assert all(paragraph in body for paragraph in paragraphs)


def test_a_long_paragraph_of_its_own_is_no_copy():
    paragraphs = LONG_STORY[:4]
    long_one = " ".join(LONG_STORY[4:12])
    page = (
        HEAD + "\n\n".join(paragraphs + [long_one]) + "\n" + FOOTER
    )
    assert long_one in read_text(page).body


# --- the notice set where an embedded post or video would show ------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Our ferry film sits on a video site: its external content loads only once you display it, which "
        "sends your data there.",
        "Ja, der externe Inhalt zur Fähre darf mir angezeigt werden; dafür gehen meine Daten an eine "
        "Drittplattform in Übersee.",
    ],
)
def test_an_embed_notice_inside_the_story_is_furniture(notice):
    body = _body_with_lines_inside(notice)
    assert notice not in body
    assert LONG_STORY[5] in body


def test_a_story_sentence_about_third_party_content_is_story():
    sentence = (
        "The council said the ferry company had bought its booking site from a third-party provider, and the "
        "contract runs until the spring."
    )
    page = MENU + "Ferries will run all winter\n\n" + "\n\n".join(STORY + [sentence]) + "\n" + FOOTER
    assert sentence in read_text(page).body


# --- a line and its longer twin: alt text and caption, teaser headline and link --------


def test_a_pictures_alt_text_and_its_caption_with_the_credit_glued_on_are_not_story():
    alt = "Divers inspect the cracked pillars under the north pier at low tide."
    caption = alt + "Harbour Photo Service/Jo Sample"
    body = _body_with_lines_inside(alt, caption)
    assert "cracked pillars" not in body
    assert LONG_STORY[5] in body


def test_a_teaser_headline_and_its_headline_blurb_link_inside_the_story_are_not_story():
    headline = "Storm closes the north pier for a week of repairs"
    link = headline + " - Divers found cracks in three of the old pillars, and the council shut the pier."
    body = _body_with_lines_inside(link, headline)
    assert "Divers found cracks" not in body
    assert LONG_STORY[5] in body


def test_a_heading_the_paragraph_under_it_carries_on_with_a_comma_is_story():
    heading = "Missiles struck three harbours along the northern coast"
    paragraph = heading + ", damaging at least two ferries and a fuel depot, the coastguard said on Tuesday."
    body = _body_with_lines_inside(heading, paragraph)
    assert paragraph in body


def test_a_caption_and_its_shortened_copy_are_not_story():
    caption = (
        "Harbour master Ines Calloway speaks at the pier on Monday, March 4, 2024, in Port Ella. The board voted "
        "to keep the ferries running every day through the winter for the first time in twenty years."
    )
    shortened = (
        "Harbour master Ines Calloway speaks at the pier on Monday, March 4, 2024, in Port Ella. The board voted "
        "to keep … Harbour master Ines Calloway speaks at … more >"
    )
    body = _body_with_lines_inside(caption, shortened)
    assert "Ines Calloway" not in body
    assert LONG_STORY[5] in body


# --- teaser links in capitals set between a story's paragraphs --------------------------


def test_a_long_line_in_capitals_inside_the_story_is_a_teaser_link_not_a_subheading():
    link = "MAYOR SAYS FERRY FARES WILL RISE AGAIN NEXT YEAR AFTER A COSTLY WINTER"
    body = _body_with_lines_inside(link)
    assert link not in body
    assert LONG_STORY[3] in body


def test_a_short_subheading_in_capitals_is_kept():
    heading = "A WINTER AT SEA"
    page = (
        HEAD + "\n\n".join(LONG_STORY[:3]) + "\n\n"
        + heading + "\n\n" + "\n\n".join(LONG_STORY[3:6]) + "\n" + FOOTER
    )
    assert heading in read_text(page).body


# --- an affiliate-links notice over the story -------------------------------------------


def test_an_affiliate_links_notice_is_furniture():
    notice = "Island News earns a small affiliate commission whenever readers shop for ferry gear from our links."
    page = MENU + "Ferries will run all winter\n\n" + notice + "\n\n" + "\n\n".join(LONG_STORY[:6]) + "\n" + FOOTER
    assert notice not in read_text(page).body


# --- a standfirst far above the story, past a paywall's pitch ---------------------------

PAYWALL = (
    "Story continues below\n\nTHIS CONTENT IS RESERVED FOR SUBSCRIBERS\n\n"
    "  • Unlimited online access to Island News and its sister papers with one account.\n"
    "  • The daily paper as it is printed, to read on any device.\n"
    "  • Puzzles every day.\n\n"
    "SUBSCRIBE FOR MORE ARTICLES\n\n"
    "  • Unlimited online access to Island News and its sister papers with one account.\n"
    "  • The daily paper as it is printed, to read on any device.\n"
    "  • Puzzles every day.\n\n"
    "REGISTER TO UNLOCK MORE ARTICLES\n\n"
    "  • Read articles from across the islands with one account.\n"
    "  • Share your thoughts and join the conversation in the comments.\n"
    "  • Get email updates from your favourite writers.\n\n"
    "Create Account\n\nor\n\nSign in without password\n\nView more offers\n\n"
)


def test_a_standfirst_right_under_the_headline_past_a_paywall_pitch_is_kept():
    page = (
        MENU + "Ferries will run all winter\n\n" + STANDFIRST + "\n\n" + BYLINE_BLOCK + PAYWALL
        + "\n\n".join(LONG_STORY[:6]) + "\n" + FOOTER
    )
    body = read_text(page).body
    assert body.startswith(STANDFIRST)
    assert "Puzzles every day" not in body


def test_a_line_of_a_script_without_capitals_holding_an_acronym_is_no_capitals_link():
    from newsjson.extractors.text_story import _all_capitals

    assert _all_capitals("MAYOR SAYS FERRY FARES WILL RISE AGAIN NEXT YEAR")
    assert not _all_capitals("BBC 港町の市議会は四日、冬の間もフェリーを毎日運航させる計画を承認した")


# --- a line that repeats the caption beside it ------------------------------------------


def test_a_kicker_glued_to_the_caption_beside_it_is_not_story():
    caption = "Divers inspect the cracked pillars under the north pier at low tide on Monday. (Photo: Jo Sample)"
    glued = "Harbour repairs: Divers inspect the cracked pillars under the north pier at low tide on Monday."
    body = _body_with_lines_inside(glued + "\n" + caption)
    assert "cracked pillars" not in body
    assert LONG_STORY[5] in body
