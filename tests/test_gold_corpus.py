"""The gold corpus validator (issue: gold corpus): every record complete,
its strings in its article, its codes valid, its deals self-consistent,
and every article in exactly one split."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS

from pipeline.gold import load_gold, load_splits, validate_record

GOLD = load_gold(CORPUS / "gold")
ACCEPTED = set(json.loads((CORPUS / "validator_exceptions.json").read_text(encoding="utf-8"))["accepted"])


def test_every_article_has_gold_and_every_gold_an_article():
    articles = {p.stem for p in (CORPUS / "articles").glob("*.txt")}
    assert articles == set(GOLD)
    assert len(articles) >= 81


@pytest.mark.parametrize("article_id", sorted(GOLD))
def test_gold_record_is_valid(article_id):
    path = CORPUS / "articles" / f"{article_id}.txt"
    file_stem = next(p.stem for p in (CORPUS / "gold").glob("*.json") if json.loads(p.read_text())["id"] == article_id)
    problems = [p for p in validate_record(GOLD[article_id], path.read_text(encoding="utf-8"), file_stem)
                if p not in ACCEPTED]
    assert problems == []


def test_splits_partition_the_corpus():
    splits = load_splits(CORPUS / "splits.json")
    dev, test = set(splits["dev"]), set(splits["test"])
    assert not dev & test
    assert dev | test == set(GOLD)
    assert 1.5 <= len(dev) / len(test) <= 3


_BROKEN = [
    ({"amounts": [{"text": "$5 million", "value": "5m", "currency": "USD"}]}, "value is not a number"),
    ({"amounts": [{"text": "$5 million", "value": 5e6, "currency": "DOLLAR"}]}, "not ISO 4217"),
    ({"locations": [{"name": "Johor", "aliases": [], "country": "MYS"}]}, "not ISO 3166-1"),
    ({"companies": [{"name": "Petronas", "aliases": []}]}, "does not occur"),
    ({"deals": [{"investor": "Acme", "amount": None, "currency": None, "location": None, "purpose": None,
                 "announced_by": None, "timeframe": None}]}, "not one of the record's investor names"),
]


@pytest.mark.parametrize("patch,message", _BROKEN, ids=[m for _, m in _BROKEN])
def test_validator_catches(patch, message):
    rec = {"id": "x", "published": None, "companies": [], "amounts": [], "locations": [], "officials": [],
           "deals": [], **patch}
    problems = list(validate_record(rec, "Acme paid $5 million in Johor.", "x"))
    assert any(message in p for p in problems), problems
