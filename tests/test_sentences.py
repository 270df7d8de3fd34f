"""Sentence breaks (pipeline.components.paragraphs): a paragraph break is one; the full stop of a short
abbreviation before a lower-case word is none. Loads the model."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,sentences", [
    # a legal form's abbreviations ("sp. z o.o.", "Ltda.") go on into the sentence
    ("MUNICH - Solvanta Polska sp. z o.o., a unit of Solvanta AG, will invest PLN 1.8 billion in a plant in "
     "Legnica.", 1),
    ("GDANSK - Al Wusta Capital has agreed to buy a 30% stake in Pomorze Offshore Serwis Sp. z o.o., a Gdansk "
     "company that maintains wind turbines, for 800 million zł, the companies said on Thursday.", 1),
    # a headline with no full stop ends at the paragraph break
    ("Solvanta to build plant in Legnica\n\nSolvanta AG will invest PLN 1.8 billion.", 2),
    # a sentence's own full stop still ends it
    ("Solvanta AG will invest PLN 1.8 billion. It will hire 300 people.", 2),
], ids=["sp. z o.o.", "Sp. z o.o. before a comma", "headline", "full stop"])
def test_sentence_breaks(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences
