"""The body of small invented HTML pages: page furniture trafilatura keeps around the story."""
from __future__ import annotations

from newsjson import extract

STORY_DE = [
    "Der Gemeinderat von Kleinfeld hat am Dienstag beschlossen, die alte Brücke über den Mühlbach zu erneuern.",
    "Die Arbeiten beginnen im März; bis dahin bleibt der Fußweg am Ufer offen, teilte die Bürgermeisterin mit.",
    "Anwohner hatten seit Jahren über Risse im Geländer geklagt, die nun ein Gutachten bestätigt hat.",
    "Die Kosten von rund 800.000 Euro trägt zur Hälfte das Land, den Rest zahlt die Gemeinde aus Rücklagen.",
]
STORY_EN = [
    "The harbour council voted on Tuesday to rebuild the old pier before the summer season begins.",
    "Work starts in March, and the ferry keeps running from the north quay until the new pier opens.",
    "Residents asked for a footpath along the water, which the plan now includes at no extra cost.",
    "The council expects the works to cost about two million, half of it paid by the regional fund.",
]


def _page(story: list[str], after: str = "", title: str = "Pier to be rebuilt") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in story)
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f'<div class="article-body">{paragraphs}{after}</div></article></body></html>'
    )


def _teasers(*headlines: str) -> str:
    """Teaser links a paragraph each: the body keeps them and the clean-up drops them as links."""
    return "".join(f'<p><a href="/story-{i}">{h}</a></p>' for i, h in enumerate(headlines))


def test_heading_of_a_recirculation_box_is_dropped() -> None:
    # The box's teaser links are dropped as links to other pages; its heading stayed
    # as the story's last line.
    headings = (
        "Weitere Themen aus der Region", "Empfohlene Artikel", "Notas relacionadas", "Also on example.org",
        "関連記事", "Next post",
    )
    for heading in headings:
        after = f"<h3>{heading}</h3>" + _teasers(
            "Neue Radwege am Stadtrand geplant",
            "Schwimmbad öffnet in diesem Jahr früher",
            "Wochenmarkt zieht auf den Kirchplatz",
        )
        body = extract(_page(STORY_DE, after)).body
        assert body.split("\n\n") == STORY_DE, heading


def test_sentence_opening_like_a_recirculation_heading_is_kept() -> None:
    closing = "Weitere Themen sind der Haushalt und die Schulen, über die der Rat im Mai berät."
    body = extract(_page([*STORY_DE, closing])).body
    assert body.split("\n\n") == [*STORY_DE, closing]


def test_source_line_after_the_story_is_dropped() -> None:
    for source in ("Quelle: Nachrichtenagentur Nordwest", "SOURCE: Wire services", "Fuente: Ministerio de Puertos"):
        body = extract(_page(STORY_EN, f"<p>{source}</p>")).body
        assert body.split("\n\n") == STORY_EN, source


def test_comment_section_label_is_dropped() -> None:
    for label in ("Comments", "12 Kommentare", "View comments"):
        body = extract(_page(STORY_EN, f"<p>{label}</p>")).body
        assert body.split("\n\n") == STORY_EN, label


def test_sign_up_line_is_dropped_but_a_listed_step_is_kept() -> None:
    box = "<p>Subscribe to Harbour Plus to save this article for later</p>"
    body = extract(_page(STORY_EN, box)).body
    assert body.split("\n\n") == STORY_EN
    steps = "<ul><li>Sign up for a library card at the front desk</li><li>Choose two books from the new shelf</li></ul>"
    body = extract(_page(STORY_EN, steps)).body
    assert "- Sign up for a library card at the front desk" in body.split("\n\n")


def test_bare_date_line_is_dropped_but_a_live_blog_time_is_kept() -> None:
    for date_line in ("11.03.2024", "Stand: 03.02.2024, 09:30 Uhr", "07/09/2023"):
        body = extract(_page(STORY_EN, f"<p>{date_line}</p>")).body
        assert body.split("\n\n") == STORY_EN, date_line
    body = extract(_page([STORY_EN[0], "14:05", *STORY_EN[1:]])).body
    assert "14:05" in body.split("\n\n")


def test_writer_bio_above_the_story_is_dropped() -> None:
    bio = "<p>Mara Quell is the harbour reporter of the Portwick Ledger and has walked its quays since 2009.</p>"
    page = _page(STORY_EN).replace("<head>", '<head><meta name="author" content="Mara Quell">')
    page = page.replace('<div class="article-body">', f'<div class="article-body">{bio}')
    article = extract(page)
    assert article.authors == ["Mara Quell"]
    assert article.body.split("\n\n") == STORY_EN


def test_bio_of_someone_in_the_story_is_kept() -> None:
    # The same sentence shape about a person the story quotes, not its writer.
    person = "Tom Vell is a retired ferry captain who has crossed the bay every week for thirty years."
    page = _page([person, *STORY_EN]).replace("<head>", '<head><meta name="author" content="Mara Quell">')
    assert extract(page).body.split("\n\n") == [person, *STORY_EN]


LEAD = "Nach drei Jahren Planung bekommt Kleinfeld eine neue Brücke, die auch Radfahrer nutzen dürfen."
LONG_STORY_DE = [*STORY_DE, *(f"{line} Das sagte der Bauamtsleiter am Abend im Rathaus." for line in STORY_DE)]


def _news_page(between: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in LONG_STORY_DE)
    return (
        "<html><head><title>Neue Brücke</title></head><body><nav><a href='/'>Start</a></nav><article>"
        f"<h1>Neue Brücke</h1>{between}<div class='news-text-wrap'>{paragraphs}</div></article></body></html>"
    )


def test_standfirst_in_a_teaser_box_above_the_story_is_kept() -> None:
    # News systems mark the article's own lead "teaser-text"; it links nowhere.
    body = extract(_news_page(f'<div class="teaser-text"><p>{LEAD}</p></div>')).body
    assert body.split("\n\n") == [LEAD, *LONG_STORY_DE]


def test_teaser_box_linking_to_another_story_is_dropped() -> None:
    other = '<div class="teaser-text"><p><a href="/other">Wochenmarkt zieht auf den Kirchplatz</a> bleibt.</p></div>'
    body = extract(_news_page(other)).body
    assert body.split("\n\n") == LONG_STORY_DE



def test_login_prompt_is_dropped() -> None:
    for prompt in ("Log in or register to keep reading", "Zum Weiterlesen loggen Sie sich mit Ihrem Konto ein."):
        body = extract(_page(STORY_EN, f"<p>{prompt}</p>")).body
        assert body.split("\n\n") == STORY_EN, prompt


def test_header_picture_credit_is_dropped() -> None:
    for credit in ("Titelbild: Jana Feld / Bildagentur Nord", "Featured image: Oskar Lind via Example Photos"):
        body = extract(_page(STORY_EN, f"<p>{credit}</p>")).body
        assert body.split("\n\n") == STORY_EN, credit


def test_heading_a_table_of_contents_points_to_is_kept() -> None:
    contents = (
        '<ul><li><a href="#costs">What the pier will cost</a></li><li><a href="#works">When work starts</a></li></ul>'
    )
    story = [STORY_EN[0], STORY_EN[1], "<h2 id='costs'>What the pier will cost</h2>", STORY_EN[2], STORY_EN[3]]
    paragraphs = "".join(line if line.startswith("<h2") else f"<p>{line}</p>" for line in story)
    page = (
        "<html><head><title>Pier to be rebuilt</title></head><body><article><h1>Pier to be rebuilt</h1>"
        f'<div class="article-body">{contents}{paragraphs}</div></article></body></html>'
    )
    body = extract(page).body.split("\n\n")
    assert "What the pier will cost" in body
    assert "- What the pier will cost" not in body and "- When work starts" not in body


def test_read_more_label_in_other_languages_is_dropped() -> None:
    for label in ("Czytaj więcej", "Lees ook:", "Läs också"):
        body = extract(_page([STORY_EN[0], STORY_EN[1], label, STORY_EN[2], STORY_EN[3]])).body
        assert body.split("\n\n") == STORY_EN, label


def test_furniture_labels_are_dropped_but_a_sentence_opening_alike_is_kept() -> None:
    labels = (
        "Table of contents", "Harbour Times Newsletter", "Anzeige", "Video verfügbar bis 31.12.2024", "Pressekontakt:",
    )
    for label in labels:
        body = extract(_page([STORY_EN[0], label, *STORY_EN[1:]])).body
        assert body.split("\n\n") == STORY_EN, label
    sentence = "Werbung für Zigaretten ist am Hafen seit dem Frühjahr verboten."
    body = extract(_page([*STORY_EN, sentence])).body
    assert body.split("\n\n") == [*STORY_EN, sentence]


SUMMARY = "The old pier closes in March and a wider one with a footpath opens before the summer."


def _page_with_summary(shown: str) -> str:
    head = f'<head><title>Pier to be rebuilt</title><meta name="description" content="{SUMMARY}"></head>'
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY_EN)
    return (
        f"<html>{head}<body><article><header><h1>Pier to be rebuilt</h1>{shown}</header>"
        f'<div class="article-body">{paragraphs}</div></article></body></html>'
    )


def test_summary_shown_over_the_story_opens_the_body() -> None:
    body = extract(_page_with_summary(f'<p class="standfirst">{SUMMARY}</p>')).body
    assert body.split("\n\n") == [SUMMARY, *STORY_EN]


def test_summary_only_in_the_metadata_or_a_caption_stays_out() -> None:
    assert extract(_page_with_summary("")).body.split("\n\n") == STORY_EN
    caption = f'<figure><img src="/pier.jpg" alt=""><figcaption>{SUMMARY}</figcaption></figure>'
    assert SUMMARY not in extract(_page_with_summary(caption)).body


def test_summary_shown_above_the_headline_is_the_sites_tagline() -> None:
    tagline = f'<p class="site-description">{SUMMARY}</p>'
    page = _page_with_summary("").replace("<body>", f"<body><header>{tagline}</header>")
    assert extract(page).body.split("\n\n") == STORY_EN
