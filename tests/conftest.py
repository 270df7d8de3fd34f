from __future__ import annotations

from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline (statistical model + rule components)."""
    from pipeline.nlp import build_nlp

    return build_nlp()


@pytest.fixture()
def blank_doc():
    """A doc from spacy.blank("en") with hand-set entities, run through one component."""
    import pipeline.components  # noqa: F401

    def make(text: str, ents: list[tuple[str, str]] = (), component: str | None = None):
        nlp = spacy.blank("en")
        doc = nlp.make_doc(text)
        spans = []
        for ent_text, label in ents:
            start = text.index(ent_text)
            spans.append(doc.char_span(start, start + len(ent_text), label=label))
        doc.ents = spans
        if component:
            doc = nlp.add_pipe(component)(doc)
        return doc

    return make
