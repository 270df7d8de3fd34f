"""The labelling loop: each tool's span export in its real format becomes
gold records normalized like the pipeline; the pipeline's predictions go out
as pre-annotations and come back as the same entities."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

from pipeline.gold import validate_record
from pipeline.labeltools import Imported, LSpan, Task, align, build_record, import_file

DATA = ROOT / "tests" / "data" / "labeltools"
TEXT = (DATA / "acme-johor.txt").read_text(encoding="utf-8")

# What every sample export of the same labelled article must give.
EXPECTED = {
    "companies": [{"name": "Acme", "aliases": []}],
    "amounts": [{"text": "RM1.5bil", "value": 1500000000, "currency": "MYR"},
                {"text": "US$320 million", "value": 320000000, "currency": "USD"}],
    "locations": [{"name": "Johor", "aliases": [], "country": "MY"},
                  {"name": "Kuala Lumpur", "aliases": ["KUALA LUMPUR"], "country": "MY"}],
    "officials": [{"name": "Tengku Zafrul Aziz", "aliases": ["Zafrul"], "title": "Trade Minister", "affiliation": None}],
    "deals": [],
}
NOT_CONVERTED = {("DATE", "2026"), ("AMOUNT", "a tidy sum")}


@pytest.mark.parametrize("file, fmt, ids, skipped", [
    ("labelstudio.json", "labelstudio", ["acme-johor"], {"skipped": "no (uncancelled) annotation"}),
    ("doccano.jsonl", "doccano", ["acme-johor", "acme-johor-entities"], {}),   # "label" lists and "entities" objects
    ("prodigy.jsonl", "prodigy", ["acme-johor"], {"nothing": "answer is 'reject'"}),
])
def test_import_each_tools_export(file, fmt, ids, skipped):
    got = import_file(DATA / file, fmt)
    assert [r["id"] for r in got.records] == ids
    for rec in got.records:
        assert {k: rec[k] for k in EXPECTED} == EXPECTED
        text = TEXT if fmt != "labelstudio" else "\U0001F680 " + TEXT
        assert list(validate_record(rec, text)) == []
        assert {(u["label"], u["text"]) for u in got.unconverted if u["id"] == rec["id"]} == NOT_CONVERTED
    assert {u["id"]: u["reason"] for u in got.unconverted if u["id"] not in ids} == skipped


def _record(spans: list[tuple[str, str]], text: str) -> tuple[dict, Imported]:
    out = Imported()
    lspans = []
    for form, label in spans:
        i = text.index(form)
        lspans.append(LSpan(i, i + len(form), label, form))
    return build_record(Task("t", text, lspans), out), out


@pytest.mark.parametrize("text, spans, key, expected", [
    # legal suffix off, a later short form is an alias of the full name
    ("Hyundai Motor Co said Hyundai would", [("Hyundai Motor Co", "COMPANY"), ("Hyundai", "COMPANY")], "companies",
     [{"name": "Hyundai Motor", "aliases": ["Hyundai"]}]),
    # an ambiguous currency settled by the article's places, as the pipeline does
    ("Rs 5,000 crore for a plant in Lahore", [("Rs 5,000 crore", "AMOUNT"), ("Lahore", "LOCATION")], "amounts",
     [{"text": "Rs 5,000 crore", "value": 50000000000, "currency": "PKR"}]),
    # a range gives two amounts (corpus guidelines)
    ("between $1-2 billion", [("$1-2 billion", "AMOUNT")], "amounts",
     [{"text": "$1-2 billion", "value": 1000000000, "currency": "USD"},
      {"text": "2 billion", "value": 2000000000, "currency": "USD"}]),
    # canonical country name, forms as written kept as aliases
    ("the U.S. and the United States", [("U.S.", "LOCATION"), ("the United States", "LOCATION")], "locations",
     [{"name": "United States", "aliases": ["U.S.", "the United States"], "country": "US"}]),
    # a title after the name; courtesy words dropped
    ("Mr Lim Guan Eng, the finance minister, said", [("Mr Lim Guan Eng", "OFFICIAL"), ("finance minister", "TITLE")],
     "officials", [{"name": "Lim Guan Eng", "aliases": [], "title": "finance minister", "affiliation": None}]),
])
def test_normalized_like_the_pipeline(text, spans, key, expected):
    rec, _ = _record(spans, text)
    assert rec[key] == expected


@pytest.mark.parametrize("text, spans, listed", [
    ("Acme paid a fortune", [("a fortune", "AMOUNT")], ("unconverted", "AMOUNT", "a fortune")),
    ("Acme in Xyzzyville", [("Xyzzyville", "LOCATION")], ("note", "not in the gazetteer")),
    ("Jane Roe said", [("Jane Roe", "OFFICIAL")], ("note", "needs a title")),
    ("CEO of note. Jane Roe said", [("Jane Roe", "OFFICIAL"), ("CEO", "TITLE")], ("unconverted", "TITLE", "CEO")),
    ("Acme Widget", [("Widget", "PRODUCT")], ("unconverted", "PRODUCT", "Widget")),
])
def test_what_cannot_be_converted_is_listed(text, spans, listed):
    rec, out = _record(spans, text)
    if listed[0] == "unconverted":
        assert (listed[1], listed[2]) in {(u["label"], u["text"]) for u in out.unconverted}
    else:
        assert any(listed[1] in n for n in out.notes)


@pytest.mark.parametrize("text, start, end, expected, result", [
    ("Acme", 0, 4, "Acme", (0, 4)),
    ("🚀 Acme", 3, 7, "Acme", (2, 6)),      # UTF-16 offsets, as a browser counts
    ("Acme", 1, 4, "Acme", None),           # wrong offsets are not guessed at
    ("Acme", 0, 9, None, None),
])
def test_align_offsets(text, start, end, expected, result):
    assert align(text, start, end, expected) == result


def _run(*args):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_import_writes_records_and_lists_failures(tmp_path):
    proc = _run("gold", "import", str(DATA / "doccano.jsonl"), "--from", "doccano", "--out", str(tmp_path))
    assert proc.returncode == 1   # some spans could not be converted
    assert "could not convert: acme-johor: AMOUNT 'a tidy sum'" in proc.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acme-johor-entities.json", "acme-johor.json"]
    assert json.loads((tmp_path / "acme-johor.json").read_text(encoding="utf-8"))["officials"] == EXPECTED["officials"]
    again = _run("gold", "import", str(DATA / "doccano.jsonl"), "--from", "doccano", "--out", str(tmp_path))
    assert "exists" in again.stderr   # never overwrites gold without --force
    assert _run("gold", "import", str(DATA / "doccano.jsonl"), "--from", "brat", "--out", str(tmp_path)).returncode == 2


def _as_annotated(fmt: str, path):
    """What the tool exports after a person accepts every pre-annotation."""
    if fmt == "labelstudio":
        tasks = json.loads(path.read_text(encoding="utf-8"))
        for i, t in enumerate(tasks):
            t["id"] = i + 1
            t["annotations"] = [{"id": 1, "result": t.pop("predictions")[0]["result"], "was_cancelled": False}]
        path.write_text(json.dumps(tasks), encoding="utf-8")
    else:
        lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
        path.write_text("".join(json.dumps({**t, "answer": "accept"}) + "\n" for t in lines), encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["labelstudio", "prodigy"])
def test_export_round_trip(tmp_path, fmt, nlp):
    """Pre-annotations hold the pipeline's entities at true offsets; accepted
    as they are and imported back, they are the pipeline's rows again."""
    from pipeline.extract import rows_from_doc

    exported = tmp_path / "tasks"
    proc = _run("gold", "export", str(DATA / "acme-johor.txt"), "--to", fmt, "--out", str(exported))
    assert proc.returncode == 0, proc.stderr
    raw = exported.read_text(encoding="utf-8")
    task = json.loads(raw)[0] if fmt == "labelstudio" else json.loads(raw.splitlines()[0])
    if fmt == "labelstudio":
        spans = [(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0], r["value"]["text"])
                 for r in task["predictions"][0]["result"]]
        assert task["data"]["article_id"] == "acme-johor"
        assert {r["from_name"] for r in task["predictions"][0]["result"]} == {"label"}
    else:
        spans = [(s["start"], s["end"], s["label"], None) for s in task["spans"]]
        toks = task["tokens"]
        for s in task["spans"]:
            assert (toks[s["token_start"]]["start"], toks[s["token_end"]]["end"]) == (s["start"], s["end"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))   # no overlaps for ner_manual
    for s, e, _, shown in spans:
        assert shown in (None, TEXT[s:e])
    assert ("TITLE", "Trade Minister") in {(lab, TEXT[s:e]) for s, e, lab, _ in spans}
    _as_annotated(fmt, exported)
    back = import_file(exported, fmt)
    rec = back.records[0]
    rows = [r.as_dict() for r in rows_from_doc(nlp(TEXT), "acme-johor")]
    by = {f: {r["name"] if f != "amount" else (r["value"], r["currency"]) for r in rows if r["field"] == f}
          for f in ("company", "amount", "location", "official")}
    assert {c["name"] for c in rec["companies"]} == by["company"]
    assert {(a["value"], a["currency"]) for a in rec["amounts"]} == by["amount"]
    assert {x["name"] for x in rec["locations"]} == by["location"]
    assert {(o["name"], o["title"]) for o in rec["officials"]} == {
        (r["name"], r["title"]) for r in rows if r["field"] == "official"}
    assert back.unconverted == []
