"""Byline strings become person names."""
from __future__ import annotations

import pytest

from newsjson.extractors.authors import clean_authors


@pytest.mark.parametrize(
    "raw, names",
    [
        (["By JANE DOE and John Roe, Staff Writers"], ["Jane Doe", "John Roe"]),
        (["Jane Doe | Wire Agency"], ["Jane Doe"]),
        (["Von Max Muster und Erika Beispiel"], ["Max Muster", "Erika Beispiel"]),
        (["jane.doe@example.org"], []),
        (["Jane Doe Updated March 5, 2024"], ["Jane Doe"]),
        (["John E Smith"], ["John E Smith"]),
        (["Tom O'Connor"], ["Tom O'Connor"]),
        (["Doe, Jane"], ["Jane Doe"]),
        (["Redaktion"], []),
        (["Staff"], []),
        (["Jane Doe", "JANE DOE"], ["Jane Doe"]),
        (["Ludwig van Beethoven"], ["Ludwig van Beethoven"]),
    ],
)
def test_cleaned_names(raw, names):
    assert clean_authors(raw).names == names


def test_the_outlet_as_a_one_word_byline_is_dropped():
    result = clean_authors(["Beispielblatt"], publisher="Beispielblatt")
    assert result.names == [] and result.dropped == ["Beispielblatt"]


def test_a_reference_list_is_not_a_byline():
    many = [f"Author Number{chr(65 + i)}" for i in range(12)]
    assert clean_authors(many).names == []
