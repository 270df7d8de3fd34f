"""A doc's text, built once.

``Doc.text`` joins every token's text and whitespace anew each time it is read (~0.26 ms for a
~430-token article), and the components, the rows and deal linking each read it (six times an
article). The text of a doc never changes, so the first read keeps it in ``doc.user_data``; a doc
that shares the user data of another (``Doc.copy``) has the same text.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "pipeline.doctext"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built at the first call on ``doc``."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
