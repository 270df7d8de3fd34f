"""The run loop keeps going when the pipeline fails on one article."""

from __future__ import annotations

from pipeline import run
from pipeline.ingest import Article, IngestError


def test_an_article_the_pipeline_fails_on_becomes_an_error_row(monkeypatch):
    def fake_process(nlp, articles):
        for a in articles:
            if a.id == "bad":
                raise ValueError("boom")
            yield a, [{"article_id": a.id}], []

    monkeypatch.setattr(run, "process", fake_process)
    arts = [Article(i, "text", f"{i}.txt") for i in ("a", "bad", "c")]
    got = list(run.process_safely(None, arts, chunk=2))
    assert [g[0].id if isinstance(g, tuple) else g for g in got] == [
        "a", IngestError("bad.txt", "extraction failed for 'bad' (ValueError: boom)"), "c"]
