"""Self-contained HTML views: the evaluation report (`evaluate --html`) and a
per-article view of extracted rows (`extract --html`).

One file each, nothing fetched: styles, the script and the F1 chart (SVG) are
inline. Article text is untrusted, so every string that comes from an article,
a row or a gold record goes through ``html.escape``; a Content-Security-Policy
allows only this module's own script (by hash) besides.
Nothing at run time imports this module.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from html import escape

from pipeline.scoring import ENTITY_FIELDS, score

FIELDS = (*ENTITY_FIELDS, "deal")
KIND_NAMES = {"tp": "correct", "fp": "false positive", "fn": "false negative (missed)", "pred": "extracted"}


def esc(value: object) -> str:
    """Text for HTML content or a quoted attribute.

    >>> esc('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    >>> esc(None)
    ''
    """
    return "" if value is None else escape(str(value), quote=True)


def _fmt(v: object) -> str:
    return f"{v:.3f}" if isinstance(v, float) else esc(v)


# -- finding mentions -----------------------------------------------------------

def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Every place ``form`` occurs in ``text`` as whole words.

    >>> occurrences("Acme and Acmex; Acme.", "Acme")
    [(0, 4), (16, 20)]
    >>> occurrences("abc", "")
    []
    """
    if not form or not form.strip():
        return []
    pat = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)" if form[0].isalnum() or form[-1].isalnum()
                     else re.escape(form))
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def row_forms(row: Mapping) -> list[str]:
    forms = [row.get("text") or row.get("name") or ""]
    forms += [a for a in str(row.get("aliases") or "").split("|") if a]
    if row.get("field") != "amount" and row.get("name"):
        forms.append(str(row["name"]))
    return forms


def gold_forms(field: str, item: Mapping) -> list[str]:
    if field == "amount":
        return [item.get("text") or ""]
    return [item.get("name") or "", *item.get("aliases", [])]


def _spans_of(text: str, forms: Iterable[str], first: tuple[int, int] | None = None) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for f in forms:
        found.update(occurrences(text, str(f)))
    if first is not None and 0 <= first[0] < first[1] <= len(text):
        found.add(first)
    return found


def _first(row: Mapping) -> tuple[int, int] | None:
    try:
        return int(row["start"]), int(row["end"])
    except (KeyError, TypeError, ValueError):
        return None


def classify(rows: list[Mapping], gold: Mapping) -> tuple[list[tuple[str, str, Mapping]], list[tuple[str, Mapping]]]:
    """The article's rows as (kind, field, row) with kind tp or fp, and its
    missed gold items as (field, item), by the scorer's own matching."""
    s = score({gold["id"]: rows}, {}, {gold["id"]: gold}, [gold["id"]])
    fps = [(e["field"], e["row"]) for e in s.errors.false_positives if e["field"] != "deal"]
    out = []
    for r in rows:
        key = (r.get("field"), dict(r))
        if key in fps:
            fps.remove(key)
            out.append(("fp", r.get("field"), r))
        else:
            out.append(("tp", r.get("field"), r))
    fns = [(e["field"], e["gold"]) for e in s.errors.false_negatives if e["field"] != "deal"]
    return out, fns


def deal_kinds(deals: list[Mapping], gold: Mapping) -> tuple[list[tuple[str, Mapping]], list[Mapping]]:
    s = score({}, {gold["id"]: deals}, {gold["id"]: gold}, [gold["id"]])
    fps = [e["row"] for e in s.errors.false_positives if e["field"] == "deal"]
    out = []
    for d in deals:
        if dict(d) in fps:
            fps.remove(dict(d))
            out.append(("fp", d))
        else:
            out.append(("tp", d))
    return out, [e["gold"] for e in s.errors.false_negatives if e["field"] == "deal"]


# -- highlighted text ---------------------------------------------------------

def highlight(text: str, marks: Iterable[tuple[int, int, str, str, str]]) -> str:
    """``text`` escaped, with each (start, end, field, kind, label) wrapped in
    <mark>; overlapping marks nest, segment by segment.

    >>> highlight("Acme <b> in Johor", [(0, 4, "company", "fp", "Acme")])
    '<mark class="f-company k-fp" title="false positive company: Acme" data-tag="FP company">Acme</mark> &lt;b&gt; in Johor'
    """
    marks = sorted({m for m in marks if 0 <= m[0] < m[1] <= len(text)}, key=lambda m: (m[0], -m[1], m[3]))
    # "Wennink" inside "Peter Wennink", both marked the same way: one mark.
    marks = [m for m in marks if not any(o is not m and o[0] <= m[0] and m[1] <= o[1] and o[2:4] == m[2:4]
                                         and (o[0], o[1]) != (m[0], m[1]) for o in marks)]
    if not marks:
        return esc(text)
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        seg = esc(text[a:b])
        for _s, e, field, kind, label in reversed([m for m in marks if m[0] <= a and b <= m[1]]):
            tag = f' data-tag="{esc(kind.upper() if kind != "pred" else "")} {esc(field)}"' if e == b else ""
            tag = tag.replace('=" ', '="')
            seg = (f'<mark class="f-{esc(field)} k-{esc(kind)}" title="{esc(KIND_NAMES.get(kind, kind))} {esc(field)}: '
                   f'{esc(label)}"{tag}>{seg}</mark>')
        out.append(seg)
    return "".join(out)


# -- page parts -----------------------------------------------------------------

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1320px;
 padding:16px 24px;color:#1d1d1f;background:#fafafa}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:24px 0 8px;border-bottom:1px solid #ddd}h3{font-size:15px;margin:4px 0}
table{border-collapse:collapse;margin:8px 0;background:#fff}th,td{border:1px solid #d0d0d0;padding:3px 8px;text-align:right}
th{background:#f0f0f0}td.l,th.l{text-align:left}tr.micro td{font-weight:600}td.base{color:#555;background:#f7f7fb}
.row{display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start}
.filters{position:sticky;top:0;background:#fafafaee;padding:6px 0;border-bottom:1px solid #ddd;z-index:2}
.filters label{margin-right:12px;white-space:nowrap}
details.art{background:#fff;border:1px solid #ddd;border-radius:4px;margin:10px 0;padding:6px 12px}
details.art>summary{cursor:pointer;font-weight:600}
.text{white-space:pre-wrap;font:14px/1.9 Georgia,serif;border-left:3px solid #eee;padding-left:10px;margin:8px 0}
mark{padding:1px 2px;border-radius:3px;color:inherit}
mark.k-tp{background:#d7f0d8;border-bottom:2px solid #2e7d32}
mark.k-fp{background:#fde2e2;outline:1px dashed #c62828}
mark.k-fn{background:#fff1c2;text-decoration:underline wavy #b26a00}
mark.k-pred{background:#e3ecfb;border-bottom:2px solid #3a66c4}
mark[data-tag]::after{content:attr(data-tag);font:bold 9px/1 system-ui,sans-serif;text-transform:uppercase;margin-left:3px;
 padding:1px 3px;border-radius:2px;background:#fff;color:#444;vertical-align:middle}
mark.f-company[data-tag]::after{color:#1f4e9a}mark.f-amount[data-tag]::after{color:#1b6e3a}
mark.f-location[data-tag]::after{color:#6a2d91}mark.f-official[data-tag]::after{color:#a3480c}
ul.errs{margin:4px 0 8px;padding-left:18px}ul.errs li{margin:2px 0}
.kind{font:bold 11px system-ui;padding:0 4px;border-radius:2px}.kind.k-fp{background:#fde2e2;color:#a31515}
.kind.k-fn{background:#fff1c2;color:#7a4a00}.kind.k-tp{background:#d7f0d8;color:#1e5e22}
.sent{color:#666}.legend mark{margin-right:10px}.muted{color:#777}
"""
for _f in FIELDS:
    CSS += (f"body.hide-{_f} mark.f-{_f}{{background:none;outline:none;border:none;text-decoration:none;padding:0}}"
            f"body.hide-{_f} mark.f-{_f}::after{{display:none}}body.hide-{_f} .f-{_f}.item{{display:none}}\n")

SCRIPT = """
document.querySelectorAll('input[data-field]').forEach(function (box) {
  box.addEventListener('change', function () {
    document.body.classList.toggle('hide-' + box.dataset.field, !box.checked);
  });
});
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"


def page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_csp()}\">"
        f"<meta name=\"viewport\" content=\"width=device-width\"><title>{esc(title)}</title>"
        f"<style>{CSS}</style></head>\n<body>\n{body}\n<script>{SCRIPT}</script>\n</body></html>\n"
    )


def filters(fields: Iterable[str] = FIELDS) -> str:
    boxes = "".join(f'<label><input type="checkbox" data-field="{f}" checked> {f}</label>' for f in fields)
    legend = "".join(f'<mark class="k-{k}">{esc(KIND_NAMES[k])}</mark>' for k in ("tp", "fp", "fn"))
    return f'<div class="filters">Show fields: {boxes}<span class="legend"> {legend}</span></div>'


def scores_table(result: Mapping) -> str:
    p, b = result["pipeline"], result.get("baseline") or {}
    head = ("<tr><th class=\"l\">field</th><th>P</th><th>R</th><th>F1</th><th>TP</th><th>FP</th><th>FN</th>"
            "<th>lenient F1</th>" + ("<th>baseline P</th><th>baseline R</th><th>baseline F1</th>" if b else "") + "</tr>")
    rows = []
    for f in [*ENTITY_FIELDS, "micro", "deal"]:
        cells = [f'<td class="l">{f}</td>']
        for m in ("p", "r", "f", "tp", "fp", "fn"):
            cells.append(f'<td data-key="{f}_{m}">{_fmt(p[f"{f}_{m}"])}</td>')
        lk = f"lenient_{f}_f"
        cells.append(f'<td data-key="{lk}">{_fmt(p[lk])}</td>' if lk in p else "<td></td>")
        if b:
            for m in ("p", "r", "f"):
                k = f"{f}_{m}"
                cells.append(f'<td class="base" data-key="baseline_{k}">{_fmt(b[k])}</td>' if f != "deal"
                             else '<td class="base"></td>')
        rows.append(f'<tr class="{f}">' + "".join(cells) + "</tr>")
    return f'<table id="scores">{head}{"".join(rows)}</table>'


def f1_chart(result: Mapping) -> str:
    """Per-field F1 bars: strict, lenient, baseline, as inline SVG."""
    p, b = result["pipeline"], result.get("baseline") or {}
    groups = [*ENTITY_FIELDS, "micro", "deal"]
    series = [("strict", "#3a66c4", lambda f: p.get(f"{f}_f")), ("lenient", "#8fb0e8", lambda f: p.get(f"lenient_{f}_f")),
              ("baseline", "#b0b0b0", lambda f: b.get(f"{f}_f") if f != "deal" else None)]
    W, H, left, top, bottom = 470, 250, 36, 24, 40
    ph = H - top - bottom
    gw = (W - left - 10) / len(groups)
    bw = (gw - 16) / len(series)
    parts = [f'<svg id="f1chart" width="{W}" height="{H}" viewBox="0 0 {W} {H}" role="img" aria-label="F1 per field">']
    for i in range(5):
        y = top + ph - ph * i / 4
        parts.append(f'<line x1="{left}" x2="{W - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e3e3"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end" fill="#666">{i / 4:.2f}</text>')
    for gi, f in enumerate(groups):
        x0 = left + gi * gw + 8
        for si, (name, color, get) in enumerate(series):
            v = get(f)
            if v is None:
                continue
            h = ph * float(v)
            x = x0 + si * bw
            parts.append(f'<rect x="{x:.1f}" y="{top + ph - h:.1f}" width="{bw - 2:.1f}" height="{h:.1f}" fill="{color}">'
                         f"<title>{f} {name} F1 {v:.3f}</title></rect>"
                         f'<text x="{x + bw / 2 - 1:.1f}" y="{top + ph - h - 3:.1f}" font-size="9" text-anchor="middle">'
                         f"{v:.2f}</text>")
        parts.append(f'<text x="{x0 + (gw - 16) / 2:.1f}" y="{H - bottom + 16}" font-size="12" text-anchor="middle">{f}</text>')
    for si, (name, color, _) in enumerate(series):
        x = left + 10 + si * 100
        parts.append(f'<rect x="{x}" y="{H - 14}" width="10" height="10" fill="{color}"/>'
                     f'<text x="{x + 14}" y="{H - 5}" font-size="11">{name} F1</text>')
    parts.append("</svg>")
    return "".join(parts)


def _row_label(r: Mapping) -> str:
    if r.get("field") == "amount":
        return f"{r.get('text') or r.get('name')} = {r.get('value')} {r.get('currency')}"
    extra = [r.get("title"), r.get("country")]
    return " · ".join(str(x) for x in [r.get("name"), *extra] if x)


def _gold_label(field: str, g: Mapping) -> str:
    if field == "amount":
        return f"{g.get('text')} = {g.get('value')} {g.get('currency')}"
    return " · ".join(str(x) for x in [g.get("name"), g.get("title"), g.get("country")] if x)


def _deal_label(d: Mapping) -> str:
    amount = f"{d.get('amount')} {d.get('currency') or ''}".strip() if d.get("amount") not in (None, "") else "—"
    return f"{d.get('investor')} → {amount} → {d.get('location') or '—'}" + (
        f" ({d.get('purpose')})" if d.get("purpose") else "")


def article_section(item: Mapping, errors: list[Mapping]) -> str:
    """One article of the evaluation: its text with gold and predicted entities
    marked (correct, false positive, missed), its errors, its deals."""
    text, gold = item["text"], item["gold"]
    kinds, missed = classify(item["rows"], gold)
    marks = []
    for kind, field, r in kinds:
        for s, e in _spans_of(text, row_forms(r), _first(r)):
            marks.append((s, e, field, kind, _row_label(r)))
    for field, g in missed:
        for s, e in _spans_of(text, gold_forms(field, g)):
            marks.append((s, e, field, "fn", _gold_label(field, g)))
    deals, missed_deals = deal_kinds(item["deals"], gold)
    n_err = sum(k == "fp" for k, *_ in kinds) + len(missed) + sum(k == "fp" for k, _ in deals) + len(missed_deals)
    errs = "".join(
        f'<li class="item f-{esc(e["field"])}"><span class="kind k-{esc(e["kind"].lower())}">{esc(e["kind"])}</span> '
        f'<b>{esc(e["field"])}</b>: {esc(e["value"])} <span class="sent">| {esc(e["sentence"][:300])}</span></li>'
        for e in errors)
    deal_items = [(k, _deal_label(d)) for k, d in deals] + [("fn", _deal_label(g)) for g in missed_deals]
    deal_html = "".join(f'<li class="item f-deal"><span class="kind k-{k}">{k.upper()}</span> {esc(label)}</li>'
                        for k, label in deal_items) or '<li class="muted">no deals, none in gold</li>'
    aid = esc(item["id"])
    return (f'<details class="art" id="a-{aid}"{" open" if n_err else ""}><summary>{aid} '
            f'<span class="muted">— {n_err} error{"s" if n_err != 1 else ""}</span></summary>'
            f'<div class="text">{highlight(text, marks)}</div>'
            f'<h3>Errors</h3><ul class="errs">{errs or "<li class=muted>none</li>"}</ul>'
            f'<h3>Deals</h3><ul class="errs">{deal_html}</ul></details>')


def evaluation_report(result: Mapping, title: str = "Evaluation report") -> str:
    """The whole evaluation as one HTML page. ``result`` is what
    pipeline.evaluate.evaluate returns (with its ``detail`` list)."""
    p = result["pipeline"]
    errors_by = {}
    for e in result.get("errors", []):
        errors_by.setdefault(e["article_id"], []).append(e)
    missing = result.get("missing_articles") or []
    summary = (f'<p>Articles scored: <b id="n-articles">{esc(result["articles"])}</b>'
               + (f"; missing: {esc(', '.join(missing))}" if missing else "")
               + f'. Official title accuracy: <b id="title-acc">{p["official_title_acc"]:.3f}</b> '
               f'(of {esc(p["official_title_n"])} matched officials). Deal F1: <b>{p["deal_f"]:.3f}</b> '
               f'(P {p["deal_p"]:.3f}, R {p["deal_r"]:.3f}).</p>')
    sections = "".join(article_section(item, errors_by.get(item["id"], [])) for item in result.get("detail", []))
    body = (f"<h1>{esc(title)}</h1>{summary}<h2>Scores</h2>"
            f'<div class="row"><div>{scores_table(result)}<p class="muted">Strict matching per spec section 4; '
            "baseline: plain en_core_web_sm labels (ORG, MONEY, GPE/LOC, PERSON).</p></div>"
            f"<div>{f1_chart(result)}</div></div>"
            f"<h2>Articles</h2>{filters()}{sections or '<p class=muted>no articles</p>'}")
    return page(title, body)


def extraction_report(items: Iterable[Mapping], title: str = "Extracted rows") -> str:
    """Per article: its text with every extracted mention marked, its entity
    rows and its deals. ``items``: dicts with id, text, rows, deals."""
    cols = ["field", "name", "text", "value", "currency", "country", "title", "affiliation", "mentions"]
    dcols = ["investor", "amount", "currency", "location", "purpose", "announced_by", "timeframe"]
    sections = []
    n = 0
    for item in items:
        n += 1
        text = item["text"]
        marks = [(s, e, r.get("field"), "pred", _row_label(r))
                 for r in item["rows"] for s, e in _spans_of(text, row_forms(r), _first(r))]
        rows = "".join(f'<tr class="item f-{esc(r.get("field"))}">'
                       + "".join(f'<td class="l">{esc(r.get(c))}</td>' for c in cols) + "</tr>" for r in item["rows"])
        deals = "".join('<tr class="item f-deal">' + "".join(f'<td class="l">{esc(d.get(c))}</td>' for c in dcols) + "</tr>"
                        for d in item["deals"])
        aid = esc(item["id"])
        sections.append(
            f'<details class="art" id="a-{aid}" open><summary>{aid} <span class="muted">— {len(item["rows"])} rows, '
            f'{len(item["deals"])} deals</span></summary><div class="text">{highlight(text, marks)}</div>'
            f'<table class="rows"><tr>{"".join(f"<th class=l>{c}</th>" for c in cols)}</tr>{rows}</table>'
            + (f'<table class="deals"><tr>{"".join(f"<th class=l>{c}</th>" for c in dcols)}</tr>{deals}</table>'
               if deals else "") + "</details>")
    body = (f"<h1>{esc(title)}</h1><p>{n} articles.</p>{filters()}".replace(
        '<span class="legend">', '<span class="legend" hidden>') + "".join(sections))
    return page(title, body)


def write_extraction_report(path, articles_path, out_dir) -> int:
    """The HTML view of what `extract` just wrote to ``out_dir`` (its
    entities.csv and deals.csv), beside the texts of the articles read.
    Returns the number of articles shown."""
    import csv
    from pathlib import Path

    from pipeline.export import atomic_write_text
    from pipeline.ingest import Article, iter_articles

    def read(name: str) -> dict[str, list[dict]]:
        by: dict[str, list[dict]] = {}
        f = Path(out_dir) / name
        if f.exists():
            with open(f, encoding="utf-8", newline="") as fh:
                for r in csv.DictReader(fh):
                    # Undo the spreadsheet guard for display: the page escapes everything.
                    r = {k: (v[1:] if v and v[:2] in {"'" + c for c in "=+-@\t\r"} else v) for k, v in r.items()}
                    by.setdefault(r["article_id"], []).append(r)
        return by

    rows, deals = read("entities.csv"), read("deals.csv")
    items = [{"id": a.id, "text": a.text, "rows": rows.get(a.id, []), "deals": deals.get(a.id, [])}
             for a in iter_articles(articles_path) if isinstance(a, Article)]
    atomic_write_text(path, extraction_report(items, f"Extracted rows: {articles_path}"))
    return len(items)
