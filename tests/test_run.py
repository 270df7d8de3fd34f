"""The run loop keeps going when the pipeline fails on one article."""

from __future__ import annotations

from pipeline import run
from pipeline.ingest import Article, IngestError


def test_an_article_the_pipeline_fails_on_becomes_an_error_row(monkeypatch):
    def fake_rows_of(nlp, batch):
        if any(a.id == "bad" for a in batch):
            raise ValueError("boom")
        return [(a, [{"article_id": a.id}], []) for a in batch]

    monkeypatch.setattr(run, "_rows_of", fake_rows_of)
    arts = [Article(i, "text", f"{i}.txt") for i in ("a", "bad", "c")]
    got = list(run.process_safely(None, arts))
    assert [g[0].id if isinstance(g, tuple) else g for g in got] == [
        "a", IngestError("bad.txt", "extraction failed for 'bad' (ValueError: boom)"), "c"]


def test_process_raises_unless_asked_to_return_errors(monkeypatch):
    monkeypatch.setattr(run, "_rows_of", lambda nlp, batch: (_ for _ in ()).throw(ValueError("boom")))
    import pytest

    with pytest.raises(ValueError):
        list(run.process(None, [Article("a", "text", "a.txt")]))


def test_an_article_longer_than_the_model_reads_is_an_error_row(tmp_path, monkeypatch):
    import spacy

    monkeypatch.setattr(run, "_rows_of", lambda nlp, batch: [(a, [], []) for a in batch])
    nlp = spacy.blank("en")
    nlp.max_length = 50
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text("Long\n" + "word " * 20, encoding="utf-8")
    (tmp_path / "in" / "short.txt").write_text("Short\nfine.", encoding="utf-8")
    summary = run.extract_folder(tmp_path / "in", tmp_path / "out", nlp=nlp, quiet=True)
    assert (summary["articles"], summary["failed"], summary["status"]) == (1, 1, 1)
    assert "article too long (105 characters; spaCy reads at most 50)" in (tmp_path / "out" / "errors.csv").read_text()
