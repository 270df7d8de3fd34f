"""The scorer follows spec section 4: folding, one-to-one matching, amount
tolerance, deal matching by investor, amount and location or country."""

from __future__ import annotations

import pytest

from pipeline.scoring import score

GOLD = {
    "a": {
        "id": "a", "published": None,
        "companies": [{"name": "NVIDIA", "aliases": ["Nvidia"]}, {"name": "Sime Darby", "aliases": []}],
        "amounts": [{"text": "$2.13 billion", "value": 2130000000, "currency": "USD"}],
        "locations": [{"name": "United States", "aliases": ["U.S."], "country": "US"},
                      {"name": "Johor", "aliases": [], "country": "MY"}],
        "officials": [{"name": "Tengku Zafrul Aziz", "aliases": ["Zafrul"], "title": "Trade Minister",
                       "affiliation": "Malaysia"}],
        "deals": [{"investor": "Sime Darby", "amount": 2130000000, "currency": "USD", "location": "Johor",
                   "purpose": None, "announced_by": None, "timeframe": None}],
    }
}


def _rows(*rows):
    return {"a": [dict(zip(("field", "name", "value", "currency", "title"), r)) for r in rows]}


_CASES = [
    ("case-and-suffix-fold", _rows(("company", "nvidia", None, None, None),
                                   ("company", "Sime Darby Bhd", None, None, None)), "company", (2, 0, 0)),
    ("alias", _rows(("location", "the U.S.", None, None, None)), "location", (1, 0, 1)),
    ("one-to-one", _rows(("company", "NVIDIA", None, None, None), ("company", "Nvidia", None, None, None)),
     "company", (1, 1, 1)),
    ("amount-within-half-percent", _rows(("amount", "", 2.14e9, "USD", None)), "amount", (1, 0, 0)),
    ("amount-off-by-one-percent", _rows(("amount", "", 2.152e9, "USD", None)), "amount", (0, 1, 1)),
    ("amount-wrong-currency", _rows(("amount", "", 2.13e9, "MYR", None)), "amount", (0, 1, 1)),
]


@pytest.mark.parametrize("name,rows,field,expected", _CASES, ids=[c[0] for c in _CASES])
def test_entity_matching(name, rows, field, expected):
    s = score(rows, {}, GOLD)
    f = s.fields[field]
    assert (f.tp, f.fp, f.fn) == expected


def test_title_accuracy_counts_containment():
    s = score(_rows(("official", "Zafrul", None, None, "Minister")), {}, GOLD)
    assert (s.fields["official"].tp, s.titles_correct, s.titles_total) == (1, 1, 1)


_DEALS = [
    ("exact", {"investor": "Sime Darby Berhad", "amount": 2.13e9, "currency": "USD", "location": "Johor"}, 1),
    ("same-country", {"investor": "Sime Darby", "amount": 2.13e9, "currency": "USD", "location": "Kulai",
                      "location_country": "MY"}, 1),
    ("wrong-amount", {"investor": "Sime Darby", "amount": 3e9, "currency": "USD", "location": "Johor"}, 0),
    ("wrong-investor", {"investor": "NVIDIA", "amount": 2.13e9, "currency": "USD", "location": "Johor"}, 0),
]


@pytest.mark.parametrize("name,deal,tp", _DEALS, ids=[d[0] for d in _DEALS])
def test_deal_matching(name, deal, tp):
    assert score({}, {"a": [deal]}, GOLD).deals.tp == tp


def test_micro_adds_counts_over_fields():
    s = score(_rows(("company", "NVIDIA", None, None, None), ("location", "Mars", None, None, None)), {}, GOLD)
    m = s.micro
    assert (m.tp, m.fp, m.fn) == (1, 1, 5)
    assert m.precision == pytest.approx(0.5) and m.recall == pytest.approx(1 / 6)


def _gold_deal(**attrs):
    gold = {"a": {**GOLD["a"], "deals": [{**GOLD["a"]["deals"][0], **attrs}]}}
    return gold


# A matched deal's announcer, purpose and timeframe: the accuracy beside deal F1 (both none counts as right).
_ATTRS = [
    ("announcer-by-alias", {"announced_by": "Tengku Zafrul Aziz"}, {"announced_by": "Zafrul"}, "announced_by", 1.0),
    ("announcer-missed", {"announced_by": "Tengku Zafrul Aziz"}, {}, "announced_by", 0.0),
    ("announcer-both-none", {}, {}, "announced_by", 1.0),
    ("announcer-not-in-gold", {}, {"announced_by": "Zafrul"}, "announced_by", 0.0),
    ("purpose-shared-word", {"purpose": "data centre campus"}, {"purpose": "data centres"}, "purpose", 1.0),
    ("purpose-other-thing", {"purpose": "data centre campus"}, {"purpose": "stake"}, "purpose", 0.0),
    ("timeframe-contained", {"timeframe": "by 2030"}, {"timeframe": "2030"}, "timeframe", 1.0),
    ("timeframe-invented", {}, {"timeframe": "over five years"}, "timeframe", 0.0),
]


@pytest.mark.parametrize("name,gold_attrs,row_attrs,attr,acc", _ATTRS, ids=[c[0] for c in _ATTRS])
def test_matched_deal_attribute_accuracy(name, gold_attrs, row_attrs, attr, acc):
    row = {"investor": "Sime Darby", "amount": 2.13e9, "currency": "USD", "location": "Johor", **row_attrs}
    s = score({}, {"a": [row]}, _gold_deal(**gold_attrs)).as_dict()
    assert (s["deal_tp"], s[f"deal_{attr}_acc"]) == (1, acc)
