"""Random and hostile text through ingestion and extraction: no crash, no
hang, every row's offsets inside the text read and pointing at its mention."""

from __future__ import annotations

import signal
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import Article, read_file
from pipeline.run import OUT_DEAL_COLUMNS, OUT_ENTITY_COLUMNS, process

pytestmark = pytest.mark.slow

NEWSY = [
    "Acme Bhd will invest RM1.5bil in Johor, Trade Minister Tengku Zafrul Aziz said.",
    "Microsoft Corp. plans to spend $3.2 billion in Kuala Lumpur over five years.",
    "=HYPERLINK(\"http://evil.test\",\"click\") Beta Ltd to invest €50m in Cork",
    "@SUM(A1:A9) +1 -2 Gamma Inc said US$ 1,000,000,000.00 would go to Ohio.",
    "CEO Jane Doe of Delta GmbH announced a 5bn yen plant in Osaka on 3 May 2024.",
    "Prime Minister Anwar Ibrahim welcomed the RM 10 billion (US$2.1 billion) investment.",
]
PIECES = st.one_of(
    st.sampled_from(NEWSY),
    st.text(max_size=40),
    st.sampled_from(["\n", "\n\n", "\r\n", "\t", " ", "\u00a0", "\u200b", "\ufeff", "\u2028", "\x00", "\x1b[31m",
                     "$", "€", "RM", "bil", "%", "—", "\"", "'", "(", ")", "...", "Mr.", "U.S.", "\u0301", "\ud800",
                     "ﬁ", "Ａｃｍｅ", "🇲🇾", "👩\u200d💻", "<script>alert(1)</script>", "A" * 300]),
)
hostile_text = st.lists(PIECES, min_size=1, max_size=12).map("".join)
ENCODINGS = ["utf-8", "utf-16", "utf-8-sig", "cp1252"]


@contextmanager
def time_limit(seconds: int):
    """Fail instead of hanging."""
    def boom(*_):
        raise TimeoutError(f"took over {seconds} s")

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _check_rows(art: Article, rows: list[dict], deals: list[dict]) -> None:
    for r in rows:
        assert set(r) == set(OUT_ENTITY_COLUMNS)
        assert 0 <= r["start"] < r["end"] <= len(art.text), r
        assert art.text[r["start"] : r["end"]] == r["text"], r
        assert r["article_id"] == art.id
    for d in deals:
        assert set(d) == set(OUT_DEAL_COLUMNS)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(text=hostile_text, encoding=st.sampled_from(ENCODINGS), suffix=st.sampled_from([".txt", ".md", ".json"]))
def test_hostile_text_through_ingestion_and_extraction(nlp, tmp_path, text, encoding, suffix):
    if suffix == ".json":
        import json

        data = json.dumps({"id": "x", "text": text}).encode(encoding, "replace")
    else:
        data = text.encode(encoding, "replace")
    path = tmp_path / f"x{suffix}"
    path.write_bytes(data)
    with time_limit(30):
        items = list(read_file(path, 5_000_000))
        arts = [a for a in items if isinstance(a, Article)]
        for art, rows, deals in process(nlp, arts):
            _check_rows(art, rows, deals)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=400))
def test_any_text_gives_rows_with_offsets_inside_it(nlp, text):
    art = Article(id="a", text=text, path="a.txt")
    with time_limit(30):
        for a, rows, deals in process(nlp, [art]):
            _check_rows(a, rows, deals)
