"""Shared by the deal table tests: an article's deal rows, and whether a row is the one a table wants."""

from __future__ import annotations

import dataclasses

from pipeline.ingest import Article
from pipeline.run import process


def deals_of(nlp, text: str, published: str | None = None) -> list[dict]:
    """The deal rows of one article (dated ``published``, if given)."""
    art = Article("t", text, "t.txt")
    if published is not None:
        art = dataclasses.replace(art, published=published)
    [(_art, _rows, deals)] = list(process(nlp, [art]))
    return deals


def matches(deal: dict, want: tuple) -> bool:
    """``want`` is (investor, amount, currency, location); None matches anything."""
    investor, amount, currency, location = want
    return (deal["investor"] == investor and (amount is None or deal["amount"] == amount)
            and (currency is None or deal["currency"] == currency) and (location is None or deal["location"] == location))
