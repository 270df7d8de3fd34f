"""CSV output: formula injection neutralized, files replaced atomically."""

from __future__ import annotations

import csv

import pytest

from pipeline.export import write_csv


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
