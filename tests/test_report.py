"""The HTML report: hostile article text stays text, marks and table say what
the scorer said, and the page renders in headless Chromium without errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from cdp import chromium_path, open_page
from conftest import ROOT

from pipeline.report import evaluation_report, extraction_report, highlight, occurrences

HOSTILE = ("Acme Bhd will invest RM1.5bil in Johor. <script>alert(1)</script> said "
           "<img src=x onerror=alert(1)> and <a href=\"javascript:alert(1)\">click</a> javascript:alert(1)")


class Live(HTMLParser):
    """What in a page could run: script elements, on* attributes, javascript: URLs."""

    def __init__(self):
        super().__init__()
        self.scripts, self.handlers, self.js_urls, self.tags = [], [], [], []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.handlers.append((tag, name))
            if value and value.strip().lower().startswith("javascript:"):
                self.js_urls.append((tag, name, value))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def _gold(aid: str, **lists) -> dict:
    base = {"id": aid, "published": None, "companies": [], "amounts": [], "locations": [], "officials": [], "deals": []}
    return {**base, **lists}


def _result(text: str) -> dict:
    rows = [
        {"article_id": "x", "field": "company", "name": "Acme", "text": "Acme Bhd", "start": 0, "end": 8, "aliases": ""},
        {"article_id": "x", "field": "company", "name": "<script>alert(1)</script>", "text": "<script>alert(1)</script>",
         "start": text.index("<script>"), "end": text.index("</script>") + 9, "aliases": ""},
        {"article_id": "x", "field": "amount", "name": "RM1.5bil", "text": "RM1.5bil", "value": 1.5e9, "currency": "MYR",
         "start": 21, "end": 29, "aliases": ""},
    ]
    gold = _gold("x", companies=[{"name": "Acme", "aliases": []}],
                 amounts=[{"text": "RM1.5bil", "value": 1500000000, "currency": "MYR"}],
                 locations=[{"name": "Johor", "aliases": [], "country": "MY"}])
    metric = {f"{f}_{m}": 0.5 for f in ("company", "amount", "location", "official", "micro", "deal")
              for m in ("p", "r", "f", "tp", "fp", "fn")}
    metric.update({f"lenient_{f}_f": 0.5 for f in ("company", "amount", "location", "official", "micro")})
    metric.update(official_title_acc=1.0, official_title_n=0)
    errors = [{"article_id": "x", "field": "company", "kind": "FP", "value": "<img src=x onerror=alert(1)>",
               "sentence": text}]
    return {"articles": 1, "missing_articles": [], "pipeline": metric, "baseline": metric, "errors": errors,
            "detail": [{"id": "x", "text": text, "rows": rows, "deals": [], "gold": gold}]}


@pytest.mark.parametrize("render", [
    lambda: evaluation_report(_result(HOSTILE)),
    lambda: extraction_report([{"id": "<b>x</b>", "text": HOSTILE, "rows": _result(HOSTILE)["detail"][0]["rows"],
                                "deals": [{"investor": "<script>alert(2)</script>", "purpose": "javascript:alert(1)"}]}]),
], ids=["evaluate", "extract"])
def test_article_text_cannot_run_anything(render):
    page = render()
    p = Live()
    p.feed(page)
    assert len(p.scripts) == 1 and "alert" not in p.scripts[0]   # only the page's own filter script
    assert p.handlers == [] and p.js_urls == []
    assert "img" not in p.tags and "a" not in p.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "http://" not in page and "https://" not in page   # self-contained: nothing to fetch
    assert "script-src 'sha256-" in page                     # and a CSP that allows only our script


@pytest.mark.parametrize("text, form, expected", [
    ("Acme and Acmex; Acme.", "Acme", [(0, 4), (16, 20)]),
    ("US$5bil and $5bil", "$5bil", [(12, 17)]),  # not inside another amount
    ("Johor", "", []),
])
def test_occurrences_are_whole_words(text, form, expected):
    assert occurrences(text, form) == expected


@pytest.mark.parametrize("marks, expected", [
    ([(0, 4, "company", "tp", "Acme")],
     '<mark class="f-company k-tp" title="correct company: Acme" data-tag="TP company">Acme</mark> in Johor'),
    # the same entity marked twice, one inside the other: one mark
    ([(0, 4, "company", "fp", "A"), (0, 2, "company", "fp", "A")],
     '<mark class="f-company k-fp" title="false positive company: A" data-tag="FP company">Acme</mark> in Johor'),
    # a missed gold item overlapping a false positive: both, nested per segment
    ([(0, 4, "company", "fp", "A"), (2, 10, "location", "fn", "B")],
     '<mark class="f-company k-fp" title="false positive company: A">Ac</mark>'
     '<mark class="f-company k-fp" title="false positive company: A" data-tag="FP company">'
     '<mark class="f-location k-fn" title="false negative (missed) location: B">me</mark></mark>'
     '<mark class="f-location k-fn" title="false negative (missed) location: B" data-tag="FN location"> in Jo</mark>hor'),
])
def test_highlight_marks(marks, expected):
    assert highlight("Acme in Johor", marks) == expected


def test_marks_follow_the_scorer():
    """Acme and RM1.5bil match gold; the script 'company' is a false positive; Johor was missed."""
    page = evaluation_report(_result(HOSTILE))
    assert 'class="f-company k-tp" title="correct company: Acme"' in page
    assert 'class="f-amount k-tp"' in page
    assert 'class="f-company k-fp"' in page
    assert 'class="f-location k-fn" title="false negative (missed) location: Johor · MY"' in page


# -- in a real browser ----------------------------------------------------------------

def _chromium() -> str:
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium); CI installs it")
    return path


READ_TABLE = ("JSON.stringify(Object.fromEntries([...document.querySelectorAll('#scores td[data-key]')]"
              ".map(td => [td.dataset.key, td.textContent])))")
TOGGLE = ("(() => { const box = document.querySelector('input[data-field=company]'); box.click();"
          " const m = document.querySelector('mark.f-company');"
          " return [document.body.classList.contains('hide-company'), getComputedStyle(m).backgroundColor]; })()")


@pytest.mark.slow
def test_test_split_report_renders_in_chromium(tmp_path):
    """`evaluate --html` on the corpus test split: no console errors, no
    request but the file itself, the table holds the evaluator's figures,
    the field filter works. The screenshot goes to out/report.png."""
    binary = _chromium()
    out = tmp_path / "out"
    report = out / "report.html"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "evaluate", str(ROOT / "corpus" / "articles"), "--gold",
                           str(ROOT / "corpus" / "gold"), "--split", "test", "--out", str(out), "--html", str(report)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    scores = json.loads((out / "scores.json").read_text(encoding="utf-8"))
    shot = ROOT / "out" / "report.png"
    seen = open_page(report, screenshot=shot, script=READ_TABLE, binary=binary)
    assert seen["errors"] == []
    assert seen["requests"] == [report.resolve().as_uri()]
    table = json.loads(seen["value"])
    for key, cell in table.items():
        src = scores["baseline"] if key.startswith("baseline_") else scores["pipeline"]
        v = src[key.removeprefix("baseline_")]
        assert cell == (f"{v:.3f}" if isinstance(v, float) else str(v)), key
    assert {"company_f", "micro_f", "deal_f", "baseline_micro_f", "official_tp"} <= set(table)
    assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    toggled = open_page(report, script=TOGGLE, binary=binary)
    assert toggled["errors"] == []
    assert toggled["value"] == [True, "rgba(0, 0, 0, 0)"]


@pytest.mark.slow
def test_extract_html_view(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "acme.txt").write_text("Acme Bhd to invest RM1.5bil\n\nAcme Bhd will invest RM1.5bil in Johor. <script>x()</script>",
                                  encoding="utf-8")
    view = tmp_path / "view.html"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(src), "--out", str(tmp_path / "o"),
                           "--html", str(view)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    page = view.read_text(encoding="utf-8")
    assert 'id="a-acme"' in page and "&lt;script&gt;x()&lt;/script&gt;" in page
    assert '<mark class="f-amount k-pred"' in page and '<mark class="f-location k-pred"' in page
    assert "<td class=\"l\">MYR</td>" in page
    if chromium_path() is not None:
        assert open_page(Path(view))["errors"] == []
