"""A deal's purpose: the short phrase of what the money is for, as news writes it (pipeline.purpose)."""

from __future__ import annotations

import pytest
from dealtools import deals_of

from pipeline.scoring import purpose_match

pytestmark = pytest.mark.slow

# (article, investor, the purpose its deal must carry)
_PURPOSES = [
    ("Orvik Foods will invest €180m in a new cold-storage and distribution hub in Gdansk, the company said.",
     "Orvik Foods", "new cold-storage and distribution hub"),
    ("Talmer Chemicals plans a $500 million specialty polymers plant in Louisiana, it said on Monday.",
     "Talmer Chemicals", "specialty polymers plant"),
    ("Kessbach Group is pouring ¥85 billion into an advanced chip packaging line in Kumamoto.",
     "Kessbach Group", "advanced chip packaging line"),
    ("Norvale Energy will spend A$300m on a 120-megawatt solar farm in Queensland.",
     "Norvale Energy", "120-megawatt solar farm"),
    ("Harrow Paper will commit NZ$65m to a biomass boiler at its Kawerau mill.",
     "Harrow Paper", "biomass boiler"),
    ("Pune-based Sahyadri Motors Ltd will set up an EV battery assembly unit in Chakan at a cost of Rs 750 crore.",
     "Sahyadri Motors", "EV battery assembly unit"),
    ("Veltra Logistics will invest $1.2 billion to buy and modernise a container terminal in Mombasa.",
     "Veltra Logistics", "container terminal"),
    ("Aldren Capital will pay C$250 million for a 15 percent interest in the Belle Plaine mine.",
     "Aldren Capital", "15 percent interest in Belle Plaine mine"),
    ("Marlow Industries agreed to buy Dutch valve maker Van Kessel Kleppen for €300m.",
     "Marlow Industries", "acquisition of Van Kessel Kleppen"),
    ("Kaveri Pay raises $72 million Series C led by Lotus Ridge Capital\n\nKaveri Pay, a Bengaluru payments "
     "start-up, said the round was led by Lotus Ridge Capital.", "Lotus Ridge Capital", "Series C round"),
    ("Kurobe Bearings to Invest ¥85 Billion in New Precision Bearing Plant in Kumamoto\n\nTOKYO, March 3 - Kurobe "
     "Bearings Co said on Monday it would invest ¥85 billion in Kumamoto.", "Kurobe Bearings",
     "new precision bearing plant"),
    # the subject of "cost" (read by the word: the pipeline runs without the lemmatizer)
    ("Fab cost\n\nHalden Semiconductor said the new wafer fab in Dresden will cost €2.4 billion.",
     "Halden Semiconductor", "new wafer fab"),
]


@pytest.mark.parametrize("text,investor,purpose", _PURPOSES, ids=[p for _, _, p in _PURPOSES])
def test_deal_purpose_is_what_the_money_is_for(nlp, text, investor, purpose):
    deals = [d for d in deals_of(nlp, text) if d["investor"] == investor]
    assert deals, deals_of(nlp, text)
    assert deals[0]["purpose"] == purpose


# Nouns that name money, a place or the firm are no purpose; the deal keeps none rather than a wrong one.
_NO_PURPOSE = [
    "Corvath Holdings will invest $2 billion in the Malaysian economy over five years, the company said.",
    "Brenna Group will put €400 million into the region, chief executive Ana Ruiz said.",
    "Selby Mining agreed to invest A$1.1 billion, its chairman said.",
]


@pytest.mark.parametrize("text", _NO_PURPOSE, ids=["economy", "region", "no object"])
def test_money_and_places_are_no_purpose(nlp, text):
    deals = deals_of(nlp, text)
    assert deals and all(not d["purpose"] for d in deals), deals


@pytest.mark.parametrize("pred,gold,same", [
    ("new cold-storage hub", "cold-storage and distribution hub", True),
    ("Series B round", "Series B round in Pesaflow", True),
    ("data centres", "data centre campus", True),
    ("plant", "30% stake in the mill", False),
    (None, "AI hub", False),
])
def test_purpose_match_needs_a_shared_content_word(pred, gold, same):
    assert purpose_match(pred, gold) is same
