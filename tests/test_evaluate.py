"""Evaluation (spec section 4) goes on past an article the pipeline fails on."""

from __future__ import annotations

import json

import pipeline.run
from pipeline.evaluate import evaluate, format_table


def test_an_article_the_pipeline_fails_on_is_scored_empty_and_named(nlp, tmp_path, monkeypatch, capsys):
    arts, gold = tmp_path / "articles", tmp_path / "gold"
    arts.mkdir()
    gold.mkdir()
    for aid, company in (("good", "Kestrel Foods"), ("bad", "Orvane Bakeries")):
        (arts / f"{aid}.txt").write_text(f"Plant news\n\n{company} Inc will invest $80 million in a plant in Ohio.\n")
        (gold / f"{aid}.json").write_text(json.dumps({"id": aid, "published": None,
            "companies": [{"name": company, "aliases": []}], "amounts": [], "locations": [], "officials": [],
            "deals": []}))
    real = pipeline.run._rows_of

    def failing(nlp_, batch):
        if any(a.id == "bad" for a in batch):
            raise IndexError("span index out of range")
        return real(nlp_, batch)

    monkeypatch.setattr(pipeline.run, "_rows_of", failing)
    result = evaluate(arts, gold, nlp=nlp, baseline=False)
    assert [f["path"].endswith("bad.txt") for f in result["failed_articles"]] == [True]
    assert "IndexError" in result["failed_articles"][0]["reason"]
    assert "bad.txt" in capsys.readouterr().err
    p = result["pipeline"]
    assert (p["company_tp"], p["company_fn"]) == (1, 1)  # the good article scored, the failed one all missed
    assert "failed (scored empty): 1" in format_table(result)
