"""The seed article end to end: the article this project started from must
come out right (issue: micro F1 >= 0.95, all five amounts exact, both
officials with their titles, the four gold deals)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.extract import rows_from_doc
from pipeline.link import deals_from_doc
from pipeline.scoring import score

pytestmark = pytest.mark.slow
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TEXT = CORPUS / "articles" / "bytedance-malaysia-ai-hub.txt"
GOLD = CORPUS / "gold" / "bytedance-malaysia-ai-hub.json"


@pytest.fixture(scope="module")
def seed(nlp):
    text = TEXT.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    doc = nlp(text)
    rows = [r.as_dict() for r in rows_from_doc(doc, gold["id"])]
    deals = [d.as_dict() for d in deals_from_doc(doc, gold["id"], rows)]
    return gold, rows, deals, score({gold["id"]: rows}, {gold["id"]: deals}, {gold["id"]: gold})


def test_seed_micro_f1(seed):
    assert seed[3].micro.f1 >= 0.95


def test_seed_amounts_exact(seed):
    gold, rows, _, _ = seed
    got = sorted((r["value"], r["currency"]) for r in rows if r["field"] == "amount")
    assert got == sorted((a["value"], a["currency"]) for a in gold["amounts"])


def test_seed_officials_and_titles(seed):
    _, rows, _, _ = seed
    got = sorted((r["name"], r["title"]) for r in rows if r["field"] == "official")
    assert got == [("Anwar Ibrahim", "Prime Herzog"), ("Tengku Zafrul Aziz", "Trade Minister")]


def test_seed_deals(seed):
    _, _, deals, s = seed
    assert (s.deals.tp, s.deals.fp, s.deals.fn) == (4, 0, 0)
    assert len(deals) == 4


def test_seed_offsets_point_at_the_text(seed):
    _, rows, _, _ = seed
    text = TEXT.read_text(encoding="utf-8")
    for r in rows:
        assert text[r["start"] : r["end"]] == r["text"]
