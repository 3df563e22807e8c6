"""The list of other articles that ends a page is dropped with its headlines (kg/readers/boilerplate.py)."""

from kg.readers.boilerplate import remove_boilerplate

BODY = (
    "The two ministers signed a memorandum on digital skills in the capital on Monday.\n\n"
    "Officials said the first courses would open next spring.\n\n"
)


def test_headlines_between_dates_are_dropped():
    page = BODY + (
        "Wire Services\n\n"
        "Farmers Expect Record Harvest In Northern Valleys\n"
        "Apr 2, 2022\n"
        "Port Authority Opens New Container Terminal\n"
        "Apr 1, 2022\n"
    )
    assert remove_boilerplate(page).rstrip() == BODY.rstrip()


def test_cut_snippets_are_dropped_with_a_last_line_cut_mid_word():
    page = BODY + (
        "A regional bank has raised the funds for its new branches in the south...\n"
        "The city council voted a budget for cleaner buses. The plan will cost ...\n"
        "The treasury asks the central bank to help it manage its debt iss"
    )
    assert remove_boilerplate(page).rstrip() == BODY.rstrip()


def test_one_cut_line_alone_stays():
    page = BODY + "Both sides will meet again to review the progress made so far…"
    assert remove_boilerplate(page) == page


def test_a_closing_headline_without_dates_stays():
    page = BODY + "Ministry Of Digital Economy Press Office"
    assert remove_boilerplate(page) == page


def test_a_list_heading_goes_with_the_headlines_after_it():
    page = BODY + (
        "Read more on Coastal Tech News:\n"
        "Solar Farm Opens Near The Harbour\n"
        "Can the old railway be saved?\n\n"
        "The ministers will meet again in June.\n"
    )
    assert _lines(remove_boilerplate(page)) == _lines(BODY + "The ministers will meet again in June.")


def test_a_french_list_heading_goes_with_its_headlines_only():
    body = "Les deux ministres ont signé un accord sur la santé numérique.\n\n"
    page = body + "À lire aussi :\n\nLa pêche reprend sur la côte sud\n\nLe texte entre en vigueur en mai.\n"
    assert _lines(remove_boilerplate(page)) == _lines(body + "Le texte entre en vigueur en mai.")


def test_a_heading_phrase_inside_a_sentence_is_kept():
    page = BODY + "See also the report the ministry published last year on rural broadband."
    assert remove_boilerplate(page) == page


def _lines(text: str) -> list[str]:
    """The text's lines that hold words (a dropped line may leave its blank lines behind)."""
    return [line for line in text.split("\n") if line.strip()]
