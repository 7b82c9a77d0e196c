"""clean_body drops the boxes and trailers a page shows around the story."""
from __future__ import annotations

from newsjson.extractors.body import PageText, clean_body

STORY = [
    "The harbour council voted on Tuesday to rebuild the old pier before the summer season.",
    "Work starts in March, and the ferry keeps running from the north quay until then.",
    "Residents asked for a footpath along the water, which the plan now includes.",
]


def _clean(lines: list[str]) -> tuple[list[str], list[str]]:
    body, dropped = clean_body("\n".join(lines), PageText(), authors=[], captions=[])
    return body.split("\n\n"), dropped


def test_newsletter_box_is_dropped_anywhere() -> None:
    box = "Get the morning briefing delivered to your inbox. Sign up for our free newsletter."
    kept, dropped = _clean([STORY[0], box, *STORY[1:], "Closing line of the story about the pier and its cost."])
    assert box not in kept
    assert kept[0] == STORY[0] and STORY[1] in kept
    assert dropped == ["link"]


def test_german_newsletter_box_is_dropped() -> None:
    box = "Unser Newsletter informiert Sie jeden Morgen über das Wichtigste vom Tag – jetzt anmelden."
    kept, _ = _clean([*STORY, box])
    assert box not in kept


def test_long_paragraph_about_a_newsletter_is_story() -> None:
    para = (
        "The council also plans to send residents a monthly newsletter about the works, the mayor said, "
        "so that people who subscribe get the closure dates in their inbox before each phase begins, "
        "along with maps of the detours, the ferry timetable and a number to call with complaints about noise."
    )
    kept, _ = _clean([*STORY, para])
    assert para in kept


def test_trailing_author_bio_is_dropped() -> None:
    bio = "Jane Harbour is a senior reporter for the Coastal Herald covering local government and transport."
    kept, dropped = _clean([*STORY, bio])
    assert kept == STORY
    assert dropped == ["byline"]


def test_author_bio_in_other_languages_is_dropped() -> None:
    for bio in (
        "Max Muster ist Redakteur im Ressort Politik und schreibt über Verkehr.",
        "Marie Dupont est journaliste au service politique depuis 2015.",
    ):
        kept, _ = _clean([*STORY, bio])
        assert kept == STORY, bio


def test_person_sentence_high_in_the_story_is_kept() -> None:
    # The same "<Name> is a …" shape early in a long story is about someone in it.
    person = "Tom Quay is a retired fisherman who has walked the pier every morning for forty years."
    lines = [STORY[0], person, *STORY[1:], *STORY, "The council meets again in May."]
    kept, _ = _clean(lines)
    assert person in kept


def test_trailing_follow_us_line_is_dropped() -> None:
    line = "Follow the Coastal Herald on Twitter @coastalherald and on Facebook."
    kept, _ = _clean([*STORY, line])
    assert kept == STORY


def test_trailing_email_contact_is_kept() -> None:
    # A plain e-mail address is not a social handle; some papers print it as part of the story.
    line = "Jane Harbour can be reached at jane@example.org."
    kept, _ = _clean([*STORY, line])
    assert line in kept


def test_a_lone_paragraph_is_never_dropped() -> None:
    line = "Sign up for our newsletter to get the news in your inbox."
    kept, dropped = _clean([line])
    assert kept == [line] and dropped == []


def test_photo_credit_and_copyright_lines_are_dropped() -> None:
    for notice in ("Photo: Jane Harbour/Coastal Agency", "Foto: Max Muster", "© Coastal Agency 2024"):
        kept, dropped = _clean([STORY[0], notice, *STORY[1:]])
        assert kept == STORY, notice
        assert dropped == ["caption"]


def test_sentence_about_a_photo_is_kept() -> None:
    line = "Photos taken by residents show the pier's timbers rotting below the waterline."
    kept, _ = _clean([*STORY, line])
    assert line in kept


def test_teaser_lines_are_dropped() -> None:
    for teaser in ("[Related: Ferry fares rise again]", "Read more:", "Lesen Sie auch", "À lire aussi : Le port ferme"):
        kept, dropped = _clean([STORY[0], teaser, *STORY[1:]])
        assert kept == STORY, teaser
        assert dropped == ["link"]


def test_sentence_opening_with_read_is_kept() -> None:
    line = "Read more closely, the plan leaves the north quay without a lift."
    kept, _ = _clean([*STORY, line])
    assert line in kept


def test_affiliate_disclosure_is_dropped() -> None:
    line = "We may earn a commission when you buy through links on this page."
    kept, dropped = _clean([line, *STORY])
    assert kept == STORY
    assert dropped == ["link"]


def test_story_about_a_commission_is_kept() -> None:
    line = "The harbour commission will buy new buoys for the channel next year."
    kept, _ = _clean([*STORY, line])
    assert line in kept


def test_teaser_headline_given_twice_is_dropped() -> None:
    line = "Ferry Fares Rise Again This Spring Ferry Fares Rise Again This Spring"
    kept, dropped = _clean([*STORY, line])
    assert kept == STORY
    assert dropped == ["link"]


def test_line_repeating_a_short_phrase_is_kept() -> None:
    line = "Yes we can, yes we can, the crowd chanted on the quay."
    kept, _ = _clean([*STORY, line])
    assert line in kept


def test_subscription_offer_is_dropped() -> None:
    line = "Want the full archive? Start your Harbour Plus subscription today."
    kept, dropped = _clean([STORY[0], line, *STORY[1:]])
    assert kept == STORY
    assert dropped == ["link"]


def test_story_about_a_subscription_price_is_kept() -> None:
    line = "You can sign up for a free trial; after that, an annual subscription costs $60."
    kept, _ = _clean([*STORY, line])
    assert line in kept


def test_compound_reporter_bio_is_dropped() -> None:
    bio = "Erika Muster ist Radio-Reporterin für die Küstenregion und berichtet über Verkehr und Häfen."
    kept, _ = _clean([*STORY, bio])
    assert bio not in kept


def test_reader_appeals_are_dropped() -> None:
    appeals = [
        "Did you enjoy this article? Then support our newsroom with a small monthly donation.",
        "Got a tip? Write to the harbour desk through the form below.",
        "Join the discussion below and tell other readers what you think.",
        "Hat Ihnen der Beitrag gefallen? Dann teilen Sie ihn mit Ihren Nachbarn.",
        "Join lively conversations with other readers under every story.",
    ]
    for appeal in appeals:
        kept, dropped = _clean([*STORY, appeal])
        assert appeal not in kept and dropped == ["link"]


def test_story_sentence_about_joining_conversations_is_kept() -> None:
    line = "Fishermen who join the conversations at the town hall say the quay needs repairs."
    kept, _ = _clean([*STORY, line])
    assert line in kept


def test_story_sentence_about_liking_a_plan_is_kept() -> None:
    line = "Residents who like this plan say the footpath will bring visitors back to the quay."
    kept, _ = _clean([*STORY, line])
    assert line in kept


def test_paywall_remainder_and_reprint_notice_are_dropped() -> None:
    notices = [
        "Le reste de ce texte sur le port est réservé aux abonnés.",
        "Reprinted for your personal, non-commercial use by the Harbour Times.",
    ]
    kept, _ = _clean([*STORY, *notices])
    assert kept == STORY


def test_address_written_out_as_a_link_is_kept() -> None:
    page = PageText(link_texts={"https://example.org/pier-plan.pdf", "ferry fares rise again"})
    text = "\n".join([*STORY, "https://example.org/pier-plan.pdf", "Ferry fares rise again"])
    body, dropped = clean_body(text, page, authors=[], captions=[])
    assert body.split("\n\n") == [*STORY, "https://example.org/pier-plan.pdf"]
    assert dropped == ["link"]


CARD_LINKS = {"ferry fares rise again", "new bridge opens to cyclists first"}
CARDS = [
    "- Ferry fares rise again The operator blames the cost of fuel",
    "- New bridge opens to cyclists first Cars follow in the autumn",
]


def test_related_story_cards_with_a_summary_are_dropped() -> None:
    text = "\n".join([*STORY, "More on the harbour", *CARDS])
    body, dropped = clean_body(text, PageText(link_texts=CARD_LINKS), authors=[], captions=[])
    assert [line for line in CARDS if line in body] == []
    assert dropped == ["link", "link"]


def test_list_item_opening_with_a_short_link_is_kept() -> None:
    item = "- Ferry times Boats leave every half hour from the north quay"
    text = "\n".join([*STORY, item])
    body, _ = clean_body(text, PageText(link_texts={"ferry times"}), authors=[], captions=[])
    assert item in body


def test_a_post_that_is_a_list_of_links_keeps_them() -> None:
    body, dropped = clean_body("\n".join(["Links of the week:", *CARDS]), PageText(link_texts=CARD_LINKS), authors=[], captions=[])
    assert all(line in body for line in CARDS) and dropped == []


def test_archive_widget_with_counts_is_dropped() -> None:
    widget = ["Archives", "March", "(12)", "February", "(9)", "January", "(14)", "December", "(7)"]
    kept, dropped = _clean([*widget, *STORY])
    assert kept == STORY and dropped == ["link"] * len(widget)


def test_list_of_names_without_counts_is_kept() -> None:
    names = ["Winners", "Anna Berg", "Tom Ruiz", "Lea Park", "Sam Otto", "Ida Lund", "Max Veld", "Eva Holm"]
    kept, _ = _clean([*STORY, *names])
    assert kept == [*STORY, *names]


def test_teaser_headline_with_a_bracketed_tag_is_dropped() -> None:
    text = "\n".join([STORY[0], "DON'T MISS", "Ferry fares rise again [VIDEO]", *STORY[1:]])
    body, dropped = clean_body(text, PageText(link_texts={"ferry fares rise again"}), authors=[], captions=[])
    assert body.split("\n\n") == STORY
    assert sorted(dropped) == ["link", "link"]


def test_bracketed_tag_on_a_story_line_is_kept() -> None:
    line = "The ferry will run late on Fridays [updated]"
    body, _ = clean_body("\n".join([*STORY, line]), PageText(link_texts={"ferry"}), authors=[], captions=[])
    assert line in body


def test_editorial_policy_pointer_at_the_end_is_dropped() -> None:
    kept, dropped = _clean([*STORY, "Our Standards: The Harbour Times Code."])
    assert kept == STORY and dropped == ["link"]


def test_story_line_about_standards_is_kept() -> None:
    line = "Our standards for the new pier are stricter than the old ones, the engineer said."
    kept, _ = _clean([*STORY, line])
    assert line in kept


def test_invitations_to_a_messaging_channel_are_dropped() -> None:
    invites = [
        "Follow the Harbour Times on Google News to get our stories in your feed.",
        "Folge uns auf unserem WhatsApp-Kanal, um nichts vom Hafen zu verpassen.",
        "Síguenos en Telegram para recibir las noticias del puerto.",
    ]
    kept, _ = _clean([STORY[0], *invites, *STORY[1:]])
    assert kept == STORY


def test_story_about_a_messaging_app_is_kept() -> None:
    line = "Residents organised the protest in a WhatsApp group and will follow the vote on Friday."
    kept, _ = _clean([*STORY, line])
    assert line in kept


def test_trailing_beat_bios_are_dropped() -> None:
    bios = [
        "Jane Doe covers transport and the harbour for the Harbour Times.",
        "Korrespondentin Erika Muster ist bei der Zeitung für die Küste zuständig.",
    ]
    for bio in bios:
        kept, dropped = _clean([*STORY, bio])
        assert kept == STORY and dropped == ["byline"]


def test_beat_sentence_high_in_the_story_is_kept() -> None:
    line = "Harbour Police covers the quay at night, the mayor said."
    kept, _ = _clean([line, *STORY, "A fourth paragraph.", "A fifth paragraph.", "A sixth paragraph."])
    assert line in kept


def test_caption_set_in_the_text_is_dropped() -> None:
    caption = "Pictured from left are the harbour master and two ferry captains at the north quay."
    kept, dropped = _clean([STORY[0], caption, *STORY[1:]])
    assert kept == STORY and dropped == ["caption"]


def test_video_teaser_with_its_running_time_is_dropped() -> None:
    teaser = "What the new pier means for the ferry timetable. 12.03.2024 | 2:45 min"
    kept, dropped = _clean([STORY[0], teaser, *STORY[1:]])
    assert kept == STORY and dropped == ["link"]


def test_sentence_with_a_time_is_kept() -> None:
    line = "The first ferry leaves at 6:15 and the crossing takes twenty minutes."
    kept, _ = _clean([*STORY, line])
    assert line in kept


def test_related_story_card_with_a_kicker_is_dropped() -> None:
    card = "- The strange story of the ferry that sailed itself"
    text = "\n".join([*STORY, card])
    page = PageText(link_texts={"story of the ferry that sailed itself"})
    body, dropped = clean_body(text, page, authors=[], captions=[])
    assert body.split("\n\n") == STORY and dropped == ["link"]


def test_keyword_lists_are_dropped() -> None:
    kept, dropped = _clean([*STORY, "Tags", "ferries, harbour, council, north quay"])
    assert kept == STORY and dropped == ["link", "link"]
    kept, _ = _clean([*STORY, "Schlagwörter: Fähre, Hafen, Stadtrat"])
    assert kept == STORY


def test_sentence_opening_with_tagged_is_kept() -> None:
    line = "Tagged birds, seals and dolphins were seen near the pier, the survey found."
    kept, _ = _clean([*STORY, line])
    assert line in kept


def test_recirculation_box_after_the_story_is_cut() -> None:
    others = ["Other headline about the town hall", "A second headline about the weather"]
    kept, dropped = _clean([*STORY, "More from The Harbour Times", *others])
    assert kept == STORY and dropped == ["link"] * 3


def test_recirculation_heading_high_in_the_story_is_kept() -> None:
    lines = ["Trending", *STORY, "Closing paragraph about the cost of the pier."]
    kept, _ = _clean(lines)
    assert kept == lines


def test_boxes_are_dropped_whatever_their_case() -> None:
    # The boxes are found case-blind: in capitals, and with the letters a case-blind
    # match pairs with i and s although lower() does not ('İ', 'ı', 'ſ').
    boxes = [
        "SIGN UP FOR OUR NEWSLETTER TO GET THE MORNING BRIEFING.",
        "SUBSCRİBE NOW TO READ THE WHOLE ARCHIVE.",
        "Subſcribe now to read the whole archive.",
        "Follow us on WhatsApp for the latest harbour news.",
        "The new ferry timetable explained 21.04.2024 | 3:18 MIN",
        "Testen\u00a0Sie jetzt unser Probeabo.",  # (a no-break space inside the offer)
    ]
    for box in boxes:
        kept, dropped = _clean([*STORY, box])
        assert box not in kept and dropped == ["link"], box


def test_story_lines_with_the_box_words_are_kept() -> None:
    lines = [
        "The ferry app showed the new times, and the minister said the commission would meet about it.",
        "Residents who subscribe to the council's letters heard about the plan in the minutes.",
    ]
    kept, dropped = _clean([*STORY, *lines])
    assert kept == [*STORY, *lines] and dropped == []
