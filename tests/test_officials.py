"""Officials: sentences written every way news names a person with a role,
and the (name, title) rows they must yield. Loads the model."""

from __future__ import annotations

import pytest

from pipeline.extract import rows_from_doc

pytestmark = pytest.mark.slow

_FORMS = [
    ("Malaysia’s Trade Minister, Tengku Zafrul Aziz, recently announced the plan.",
     [("Tengku Zafrul Aziz", "Trade Minister", "Malaysia")]),
    ("Trade Minister Tengku Zafrul Aziz said the plan was approved.",
     [("Tengku Zafrul Aziz", "Trade Minister", None)]),
    ("Satya Nadella, Microsoft's chief executive, said the company would invest.",
     [("Satya Nadella", "chief executive", "Microsoft")]),
    ("The deal will close soon, said Jane Lim, a spokeswoman for Grab.",
     [("Jane Lim", "spokeswoman", "Grab")]),
    ("Anwar Ibrahim, Malaysia’s Prime Herzog, conveyed optimism about the deal.",
     [("Anwar Ibrahim", "Prime Herzog", "Malaysia")]),
    ("Microsoft CEO Satya Nadella visited Jakarta on Tuesday.",
     [("Satya Nadella", "CEO", "Microsoft")]),
    ("Datuk Seri Anwar Ibrahim met investors. Anwar, the prime minister, said growth was strong.",
     [("Datuk Seri Anwar Ibrahim", "prime minister", None)]),
]
_NOT_OFFICIALS = [
    "John Smith, 45, lives in Penang with his family.",
    "Residents such as Ahmad Kamal welcomed the new factory.",
]


@pytest.mark.parametrize("text,expected", _FORMS, ids=[t[:40] for t, _ in _FORMS])
def test_officials_name_title_affiliation(nlp, text, expected):
    rows = [r for r in rows_from_doc(nlp(text), "t") if r.field == "official"]
    assert [(r.name, r.title, r.affiliation) for r in rows] == expected


@pytest.mark.parametrize("text", _NOT_OFFICIALS, ids=[t[:30] for t in _NOT_OFFICIALS])
def test_person_without_role_is_not_an_official(nlp, text):
    assert [r for r in rows_from_doc(nlp(text), "t") if r.field == "official"] == []


def test_short_form_merges_into_full_name(nlp):
    text = ("Malaysia’s Trade Minister, Tengku Zafrul Aziz, spoke on Monday. "
            "Tengku Zafrul said more deals would follow, and Zafrul Aziz agreed.")
    rows = [r for r in rows_from_doc(nlp(text), "t") if r.field == "official"]
    assert [(r.name, r.mentions) for r in rows] == [("Tengku Zafrul Aziz", 3)]
