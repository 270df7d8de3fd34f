"""The extract command on a folder mixing every input format with a dozen
kinds of bad file: it runs to completion, writes the good articles' rows,
lists every bad file in errors.csv, and exits 1."""

from __future__ import annotations

import codecs
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.export import safe_filename
from pipeline.run import OUT_DEAL_COLUMNS, OUT_ENTITY_COLUMNS, extract_folder

pytestmark = pytest.mark.slow

ACME = "Acme Bhd to invest RM1.5bil in Johor\n\nKUALA LUMPUR, May 2 — Acme Bhd will invest RM1.5bil in Johor."
HTML = """<html><head><title>{title} | The Daily</title><meta property="og:title" content="{title}">
<meta name="date" content="{date}"></head><body>
<nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies. Accept all cookies to continue reading.</div>
<article><h1>{title}</h1><p>{body}</p></article>
<aside class="sidebar"><h3>Most read</h3><p>Sidebar story about football results this weekend.</p></aside>
<footer>Copyright 2024 The Daily. All rights reserved.</footer></body></html>"""


def _html(title: str, body: str, date: str) -> str:
    return HTML.format(title=title, body=body, date=date)


def build_mixed_folder(root: Path) -> tuple[dict[str, str | None], dict[str, str]]:
    """Good articles (id -> published) and bad files (path relative to root -> start of the reason)."""
    deep = root / "nested" / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (root / "nested" / "acme.txt").write_text(ACME, encoding="utf-8")
    (deep / "beta.md").write_text(
        "---\ntitle: Beta Corp to build $1bn plant in Texas\npublished: 2024-03-05\nurl: https://news.test/beta\n---\n"
        "AUSTIN, Texas — **Beta Corp** will invest [$1 billion](https://x.test) in a chip plant in Austin, "
        "Texas Governor Greg Abbott said on Tuesday.\n", encoding="utf-8")
    (root / "page.html").write_text(_html(
        "Gamma Ltd to invest $50m in Kenya",
        "NAIROBI — Gamma Ltd will invest $50 million in a solar farm in Kenya, Trade Cabinet Secretary "
        "Moses Kuria said on Monday.", "2024-06-03"), encoding="utf-8")
    (root / "old").mkdir()
    (root / "old" / "delta.htm").write_bytes(_html(
        "Delta SA to invest €200m in Zürich",
        "ZÜRICH — Delta SA will invest €200 million in a research centre in Zürich, the company’s chief "
        "executive Anna Müller said.", "12 January 2023").encode("cp1252"))
    (root / "epsilon.json").write_text(json.dumps({
        "id": "epsilon-vietnam", "title": "Epsilon to invest $300m in Vietnam", "published": "2024-02-01",
        "url": "https://news.test/e", "text": "HANOI — Epsilon Group will invest $300 million in a factory in "
        "Vietnam, Prime Minister Pham Minh Chinh said."}), encoding="utf-8")
    (root / "dump.jsonl").write_text("\n".join([
        json.dumps({"id": "zeta", "text": "Zeta Inc will invest $5 million in Ohio, Governor Mike DeWine said.",
                    "published": "2023-01-02"}),
        "{malformed json",
        json.dumps({"id": "eta", "title": "Eta without text"}),
        json.dumps({"text": "Theta Ltd will invest $7 million in Ghana."}),
    ]) + "\n", encoding="utf-8")
    (root / "iota-utf16.txt").write_bytes(
        "Iota Bhd to invest RM2bil in Penang\r\n\r\nGEORGE TOWN — Iota Bhd will invest RM2bil in Penang.".encode("utf-16"))
    (root / "kappa-cp1252.txt").write_bytes(
        "Kappa plc to invest £40m in Cork\r\n\r\nCORK – Kappa plc’s “new” plant will cost £40 million.".encode("cp1252"))
    (root / "lambda-bom.txt").write_bytes(codecs.BOM_UTF8 + b"Lambda Corp to invest $9m in Lagos\n\nLambda Corp "
                                          b"will invest $9 million in Lagos.")
    good = {"acme": None, "beta": "2024-03-05", "page": "2024-06-03", "delta": "2023-01-12",
            "epsilon-vietnam": "2024-02-01", "zeta": "2023-01-02", "dump:4": None, "iota-utf16": None,
            "kappa-cp1252": None, "lambda-bom": None}

    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")
    (bad / "undecodable.txt").write_bytes("Café — Acme invests €5m".encode() + b" \xe2\x82 in Johor")  # cut UTF-8
    (bad / "malformed.json").write_text('{"id": "m", "text": "unterminated', encoding="utf-8")
    (bad / "notext.json").write_text('{"id": "n", "title": "Only a title"}', encoding="utf-8")
    (bad / "nobody.html").write_text("<html><body><nav><a href='/'>Home</a></nav><footer>(c)</footer></body></html>",
                                     encoding="utf-8")
    (bad / "huge.txt").write_text("Huge\n\n" + "All work and no play. " * 2000, encoding="utf-8")  # > --max-bytes
    (bad / "badyaml.md").write_text("---\ntitle: [unclosed\n---\nBody text.", encoding="utf-8")
    (bad / "dangling.txt").symlink_to(bad / "deleted.txt")  # unreadable: what it pointed to is gone
    os.mkfifo(bad / "fifo.txt")  # not a regular file (reading it would hang)
    (root / "nested" / "a" / "b" / "loop").symlink_to(root / "nested")  # symlink loop
    (root / "nested" / "z").mkdir()
    (root / "nested" / "z" / "acme.txt").write_text("Acme again\n\nA second file with the id acme.", encoding="utf-8")
    bad_files = {
        "bad/empty.txt": "empty file",
        "bad/binary.txt": "binary file",
        "bad/undecodable.txt": "undecodable bytes",
        "bad/malformed.json": "malformed JSON",
        "bad/notext.json": "article has no 'text'",
        "bad/nobody.html": "HTML has no article body",
        "bad/huge.txt": "file too large",
        "bad/badyaml.md": "malformed YAML front matter",
        "bad/dangling.txt": "unreadable (broken symlink)",
        "bad/fifo.txt": "not a regular file",
        "nested/a/b/loop": "symlink loop",
        "nested/z/acme.txt": "duplicate article id 'acme'",
        "dump.jsonl": "line 2: malformed JSON",
        "dump.jsonl#2": "line 3: article has no 'text'",
    }
    return good, bad_files


def _read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_mixed_folder_runs_to_completion_and_lists_every_bad_file(tmp_path):
    root = tmp_path / "in"
    good, bad_files = build_mixed_folder(root)
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(root), "--out", str(out),
                           "--max-bytes", "20000", "--save-text"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr

    errors = _read_csv(out / "errors.csv")
    got = {}
    for e in errors:
        rel = os.path.relpath(e["path"], root)
        got.setdefault(rel if rel not in got else f"{rel}#{len([k for k in got if k.startswith(rel)]) + 1}",
                       e["reason"])
    assert set(got) == set(bad_files), got
    for rel, reason in bad_files.items():
        assert got[rel].startswith(reason), (rel, got[rel])
        assert rel.split("#")[0] in proc.stderr

    rows = _read_csv(out / "entities.csv")
    deals = _read_csv(out / "deals.csv")
    assert list(rows[0]) == OUT_ENTITY_COLUMNS and list(deals[0]) == OUT_DEAL_COLUMNS
    assert {r["article_id"] for r in rows} == set(good)
    for r in rows:
        assert r["published"] == (good[r["article_id"]] or "")
        with open(out / "text" / f"{safe_filename(r['article_id'])}.txt", encoding="utf-8", newline="") as fh:
            text = fh.read()
        assert text[int(r["start"]) : int(r["end"])] == r["text"].removeprefix("'"), r
    names = {(r["article_id"], r["field"], r["name"]) for r in rows}
    assert {("acme", "company", "Acme"), ("page", "amount", "$50m"), ("delta", "location", "Zürich"),
            ("kappa-cp1252", "amount", "£40m"), ("iota-utf16", "location", "Penang")} <= names
    assert {d["article_id"]: d["published"] for d in deals}.get("epsilon-vietnam") == "2024-02-01"
    for furniture in ("cookies", "Sidebar", "Copyright", "Home"):
        assert furniture not in (out / "text" / "page.txt").read_text(encoding="utf-8")
    assert "10 articles read, 14 failed" in proc.stdout
    assert not (out / ".partial").exists()
    assert sorted(p.name for p in out.iterdir()) == ["deals.csv", "entities.csv", "errors.csv", "text"]


def test_only_bad_files_exits_2_and_empty_folder_too(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "none").mkdir()
    for folder in ("in", "none"):
        proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(tmp_path / folder), "--out",
                               str(tmp_path / f"out-{folder}")], capture_output=True, text=True, timeout=300)
        assert proc.returncode == 2, proc.stderr
        assert len(_read_csv(tmp_path / f"out-{folder}" / "errors.csv")) == 1


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_other_formats_hold_the_same_rows_as_csv(tmp_path, nlp, fmt):
    root = tmp_path / "in"
    root.mkdir()
    (root / "acme.txt").write_text(ACME, encoding="utf-8")
    (root / "e.json").write_text(json.dumps({"id": "e", "published": "5 Feb 2024", "text": "=HYPERLINK(1) Acme "
                                                                                         "Bhd will invest RM1bil."}))
    csv_sum = extract_folder(root, tmp_path / "csv", nlp=nlp, quiet=True)
    other_sum = extract_folder(root, tmp_path / fmt, nlp=nlp, quiet=True, fmt=fmt)
    assert csv_sum["rows"] == other_sum["rows"] and csv_sum["status"] == 0
    want = _read_csv(tmp_path / "csv" / "entities.csv")
    if fmt == "parquet":
        import pyarrow.parquet as pq

        got = pq.read_table(tmp_path / fmt / "entities.parquet").to_pylist()
    else:
        got = [json.loads(x) for x in (tmp_path / fmt / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["article_id"], r["name"], int(r["start"]), r["published"] or "") for r in got] == \
        [(r["article_id"], r["name"].removeprefix("'"), int(r["start"]), r["published"]) for r in want]
    assert any(r["published"] == "2024-02-05" for r in got)
