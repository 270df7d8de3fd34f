"""Sentence breaks the splitter gets wrong. Paragraph breaks are sentence
breaks: a headline or a list heading with no full stop must not run into the
next paragraph's first sentence; nor a wire brief's starred item the next one. And the full stop of a short capitalised
abbreviation is none before a lower-case word: "Bałtyk Offshore Serwis Sp. z
o.o., a Gdańsk company ...", "Agrícola Yerutí Ltda. will build ..." go on."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


def _abbreviation_stop(tok: Token) -> bool:
    """``tok`` follows the full stop of a short capitalised word ("Sp.", "Ltda.", "Co.") and is lower-case (or
    follows any short word's stop and is one letter)."""
    if not (tok.is_alpha and tok.is_lower):
        return False
    doc = tok.doc
    prev = doc[tok.i - 1]
    word = prev.text[:-1] if prev.text.endswith(".") and len(prev) > 1 else (
        doc[tok.i - 2].text if prev.text == "." and tok.i >= 2 else "")
    # (A one-letter word opens no sentence: "Solvanta Polska sp. z o.o.")
    return 1 < len(word) <= 4 and (word[0].isupper() or len(tok) == 1) and word.isalpha() \
        and "\n" not in prev.whitespace_


@Language.component("news_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not tok.is_space:
                tok.is_sent_start = True
        elif tok.is_sent_start and _abbreviation_stop(tok):
            tok.is_sent_start = False
        elif tok.text == "*" and prev.whitespace_ and tok.whitespace_ and tok.i + 1 < len(doc):
            # "X LP: * says board approved ... * says will also spend ...": a wire brief's items, one to a star, are
            # sentences of their own (a denial in one is not the next one's).
            tok.is_sent_start = True
    return doc
