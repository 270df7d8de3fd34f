"""Output: CSV formula injection neutralized, files replaced atomically, Parquet and JSONL,
the resume manifest."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass

import pytest

from pipeline.export import RowSink, remove_stale_temps, safe_filename, write_csv, write_table


@pytest.mark.parametrize("value", ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralized(tmp_path, value):
    path = tmp_path / "o.csv"
    write_csv(path, ["name"], [{"name": value}])
    with open(path, encoding="utf-8", newline="") as fh:
        cell = list(csv.DictReader(fh))[0]["name"]
    assert cell == "'" + value


def test_failed_write_leaves_old_file_and_no_temp(tmp_path):
    path = tmp_path / "o.csv"
    write_csv(path, ["name"], [{"name": "old"}])

    def rows():
        yield {"name": "new"}
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_csv(path, ["name"], rows())
    assert "old" in path.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["o.csv"]


# -- formats out
ROWS = [{"article_id": "a", "name": "=cmd", "value": 1500000000, "start": 0, "end": 4},
        {"article_id": "a", "name": "Acme", "value": 2.5, "start": 7, "end": 11},
        {"article_id": "b", "name": None, "value": None, "start": 1, "end": 2}]
COLS = ["article_id", "name", "value", "start", "end"]


def test_parquet_keeps_types_and_raw_text(tmp_path):
    import pyarrow.parquet as pq

    path = write_table(tmp_path, "entities", COLS, ROWS, "parquet")
    table = pq.read_table(path)
    assert [str(t) for t in table.schema.types] == ["string", "string", "double", "int64", "int64"]
    assert table.to_pylist()[0] == {"article_id": "a", "name": "=cmd", "value": 1.5e9, "start": 0, "end": 4}
    assert table.column("name").to_pylist()[2] is None


def test_jsonl_rows_in_column_order(tmp_path):
    path = write_table(tmp_path, "entities", COLS, ROWS, "jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"article_id": "a", "name": "=cmd", "value": 1500000000, "start": 0, "end": 4}'
    assert [json.loads(x)["value"] for x in lines] == [1500000000, 2.5, None]


@pytest.mark.parametrize("article_id", ["acme", "../../etc/passwd", "a/b", ".hidden", "", "x" * 500, "Café:1"])
def test_safe_filename_stays_in_its_folder(article_id):
    name = safe_filename(article_id)
    assert name and "/" not in name and not name.startswith(".") and len(name) < 140
    assert name == safe_filename(article_id)


# -- resume manifest
@dataclass(frozen=True)
class Art:
    id: str
    text: str
    published: str | None = None


def test_row_sink_resumes_from_a_manifest_cut_by_a_kill(tmp_path):
    a, b, c = Art("a", "A text"), Art("b", "B text"), Art("c", "C text")
    sink = RowSink(tmp_path, signature=["csv"])
    sink.add(b, [{"x": 2}], [])
    sink.add(a, [{"x": 1}], [{"d": 1}])
    sink.close()
    with open(tmp_path / ".partial" / "manifest.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"id": "c", "key": "tru')  # the kill came mid-line
    again = RowSink(tmp_path, resume=True, signature=["csv"])
    assert (again.done(a), again.done(b), again.done(c), again.resumed) == (True, True, False, 2)
    assert not again.done(Art("a", "A text, edited"))  # a changed article is redone
    again.add(c, [{"x": 3}], [])
    assert again.rows(["a", "b", "c"]) == ([{"x": 1}, {"x": 2}, {"x": 3}], [{"d": 1}])
    again.finish()
    assert not (tmp_path / ".partial").exists()


def test_row_sink_starts_over_without_resume_or_with_other_options(tmp_path):
    sink = RowSink(tmp_path, signature=["csv"])
    sink.add(Art("a", "A"), [], [])
    sink.close()
    assert RowSink(tmp_path, resume=True, signature=["parquet"]).resumed == 0
    sink = RowSink(tmp_path, signature=["csv"])
    sink.add(Art("a", "A"), [], [])
    sink.close()
    assert RowSink(tmp_path, resume=False, signature=["csv"]).resumed == 0


def test_stale_temp_files_of_a_killed_write_are_removed(tmp_path):
    (tmp_path / ".entities.csv.ab12cd.tmp").write_text("half", encoding="utf-8")
    (tmp_path / ".notes.txt.tmp").write_text("not ours", encoding="utf-8")
    assert remove_stale_temps(tmp_path, ["entities.csv", "deals.csv"]) == 1
    assert [p.name for p in tmp_path.iterdir()] == [".notes.txt.tmp"]
