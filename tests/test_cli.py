"""The extract command on a real folder: CSV with the spec's columns,
offsets into the text read, bad files listed in errors.csv, exit status."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

SPEC_COLUMNS = ["article_id", "field", "name", "text", "value", "currency", "country", "title", "affiliation",
                "mentions", "start", "end"]
DEAL_COLUMNS = ["article_id", "investor", "amount", "currency", "location", "purpose", "announced_by", "timeframe"]


def _read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_extract_folder_writes_rows_and_lists_bad_files(tmp_path):
    src = tmp_path / "in" / "nested"
    src.mkdir(parents=True)
    good = "Acme Bhd to invest RM1.5bil in Johor\n\nKUALA LUMPUR, May 2 — Acme Bhd will invest RM1.5bil in Johor."
    (src / "good.txt").write_text(good, encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (src / "latin.txt").write_bytes("Caf\xe9 news".encode("latin-1"))
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(tmp_path / "in"), "--out", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    assert "empty.txt" in proc.stderr and "binary.txt" in proc.stderr
    with open(out / "entities.csv", encoding="utf-8") as fh:
        header = fh.readline().strip().split(",")
    assert header[: len(SPEC_COLUMNS)] == SPEC_COLUMNS
    rows = _read(out / "entities.csv")
    assert {(r["field"], r["name"]) for r in rows} >= {("company", "Acme"), ("amount", "RM1.5bil"),
                                                      ("location", "Johor"), ("location", "Kuala Lumpur")}
    for r in rows:
        assert good[int(r["start"]) : int(r["end"])] == r["text"]
    amount = next(r for r in rows if r["field"] == "amount")
    assert (amount["value"], amount["currency"]) == ("1500000000", "MYR")
    assert _read(out / "deals.csv")[0]["investor"] == "Acme"
    with open(out / "deals.csv", encoding="utf-8") as fh:
        assert fh.readline().strip().split(",")[: len(DEAL_COLUMNS)] == DEAL_COLUMNS
    errors = {r["path"].rsplit("/", 1)[-1] for r in _read(out / "errors.csv")}
    assert {"empty.txt", "binary.txt"} <= errors


def test_extract_missing_folder_exits_2(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(tmp_path / "nope"), "--out",
                           str(tmp_path / "o")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "nope" in proc.stderr
