"""Paragraph breaks are sentence breaks: a headline or a list heading with
no full stop must not run into the next paragraph's first sentence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("news_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not tok.is_space:
                tok.is_sent_start = True
    return doc
