"""Scoring by the spec's section 4.

Per article and field, a predicted row matches at most one gold item and a
gold item at most one row. True positives, false positives and false
negatives add up over all articles; precision, recall and F1 are reported
per field and micro-averaged over the four entity fields. "Lenient" name
matching accepts a partial overlap of name words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from pipeline.normalize.names import company_key
from pipeline.normalize.text import fold

ENTITY_FIELDS = ("company", "amount", "location", "official")
# What a matched deal row is checked for beyond the match itself (accuracy over matched deals):
# the announcer (both none counts as right), the purpose (a shared content word), the timeframe
# (folded strings equal or one containing the other; both none counts as right).
DEAL_ATTRS = ("announced_by", "purpose", "timeframe")
GOLD_LIST = {"company": "companies", "amount": "amounts", "location": "locations", "official": "officials"}


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Errors:
    false_positives: list[dict] = field(default_factory=list)
    false_negatives: list[dict] = field(default_factory=list)


def name_key(fld: str, name: str | None) -> str:
    if not name:
        return ""
    return company_key(name) if fld == "company" else fold(name)


def gold_keys(fld: str, item: Mapping) -> set[str]:
    return {name_key(fld, n) for n in [item.get("name"), *item.get("aliases", [])] if n}


def amount_match(value: float | None, currency: str | None, g_value: float, g_currency: str) -> bool:
    """Equal currency and value within 0.5 %.

    >>> amount_match(2.13e9, "USD", 2130000000, "USD")
    True
    >>> amount_match(2.2e9, "USD", 2130000000, "USD")
    False
    """
    if value is None or currency != g_currency:
        return False
    return abs(float(value) - float(g_value)) <= 0.005 * abs(float(g_value))


def _lenient(pred: str, keys: set[str]) -> bool:
    pw = set(pred.split())
    return any(pred and (pred in k or k in pred or pw & set(k.split())) for k in keys)


def _match(preds: list, golds: list, same: Callable[[object, object], bool]) -> tuple[list, list, list]:
    """Greedy one-to-one matching in article order."""
    used: set[int] = set()
    pairs, unmatched = [], []
    for p in preds:
        for gi, g in enumerate(golds):
            if gi not in used and same(p, g):
                used.add(gi)
                pairs.append((p, g))
                break
        else:
            unmatched.append(p)
    return pairs, unmatched, [g for gi, g in enumerate(golds) if gi not in used]


def match_field(fld: str, rows: list[Mapping], gold_items: list[Mapping], lenient: bool = False):
    if fld == "amount":
        def same(r, g):
            return amount_match(_num(r.get("value")), r.get("currency") or None, g["value"], g["currency"])
    else:
        def same(r, g):
            k = name_key(fld, r.get("name"))
            keys = gold_keys(fld, g)
            return k in keys or (lenient and _lenient(k, keys))
    return _match(rows, gold_items, same)


def _num(v) -> float | None:
    if v in (None, ""):
        return None
    return float(v)


def title_match(pred: str | None, gold: str | None) -> bool:
    """Folded strings equal or one containing the other.

    >>> title_match("Trade Minister", "trade minister")
    True
    >>> title_match("Minister", "Trade Minister")
    True
    >>> title_match(None, "CEO")
    False
    """
    if not pred or not gold:
        return False
    p, g = fold(pred), fold(gold)
    return p == g or p in g or g in p


_STOP = frozenset("a an the of and for in on at to its new with by".split())


def purpose_match(pred: str | None, gold: str | None) -> bool:
    """A predicted purpose names what the gold's does: they share a content word.

    >>> purpose_match("data centre", "data centre expansion")
    True
    >>> purpose_match("plant", "30% stake in Kramfors biorefinery")
    False
    >>> purpose_match(None, "AI hub")
    False
    """
    if not pred or not gold:
        return False
    return bool(_content_words(pred) & _content_words(gold))


def _content_words(text: str) -> set[str]:
    """Folded words of a phrase but its articles and prepositions, plurals cut to the singular's spelling."""
    return {w.rstrip("s") for w in fold(text).split() if w not in _STOP}


def announcer_match(row: Mapping, g: Mapping, gold: Mapping) -> bool:
    """The row's announcer is the gold's (by the official's name or aliases), or both have none."""
    want, got = g.get("announced_by"), row.get("announced_by") or None
    if not want or not got:
        return not want and not got
    item = next((o for o in gold.get("officials", []) if o["name"] == want), {"name": want, "aliases": []})
    return name_key("official", got) in gold_keys("official", item)


def deal_match(row: Mapping, g: Mapping, gold: Mapping) -> bool:
    if company_key(row.get("investor") or "") not in {
        k for c in gold["companies"] if company_key(c["name"]) == company_key(g["investor"]) for k in gold_keys("company", c)
    } | {company_key(g["investor"])}:
        return False
    if g.get("amount") is not None and not amount_match(_num(row.get("amount")), row.get("currency"), g["amount"],
                                                         g.get("currency")):
        return False
    if g.get("location") is not None:
        gloc = next((x for x in gold["locations"] if x["name"] == g["location"]), {"name": g["location"], "aliases": []})
        k = fold(row.get("location") or "")
        same_country = gloc.get("country") is not None and row.get("location_country") == gloc.get("country")
        if k not in gold_keys("location", gloc) and not same_country:
            return False
    return True


@dataclass
class Score:
    fields: dict[str, PRF]
    lenient: dict[str, PRF]
    deals: PRF
    titles_correct: int
    titles_total: int
    errors: Errors
    deal_attrs: dict[str, int] = field(default_factory=dict)

    @property
    def micro(self) -> PRF:
        total = PRF()
        for f in ENTITY_FIELDS:
            total.add(self.fields[f])
        return total

    @property
    def micro_lenient(self) -> PRF:
        total = PRF()
        for f in ENTITY_FIELDS:
            total.add(self.lenient[f])
        return total

    @property
    def title_accuracy(self) -> float:
        return self.titles_correct / self.titles_total if self.titles_total else 0.0

    def as_dict(self) -> dict:
        out: dict[str, float | int] = {}
        for name, prf in [*self.fields.items(), ("micro", self.micro), ("deal", self.deals)]:
            out.update({f"{name}_p": prf.precision, f"{name}_r": prf.recall, f"{name}_f": prf.f1,
                        f"{name}_tp": prf.tp, f"{name}_fp": prf.fp, f"{name}_fn": prf.fn})
        for name, prf in [*self.lenient.items(), ("micro", self.micro_lenient)]:
            out.update({f"lenient_{name}_p": prf.precision, f"lenient_{name}_r": prf.recall,
                        f"lenient_{name}_f": prf.f1})
        out["official_title_acc"] = self.title_accuracy
        out["official_title_n"] = self.titles_total
        n = self.deals.tp
        for a in DEAL_ATTRS:
            out[f"deal_{a}_acc"] = self.deal_attrs.get(a, 0) / n if n else 0.0
        return out


def score(
    rows_by_article: Mapping[str, list[Mapping]],
    deals_by_article: Mapping[str, list[Mapping]],
    gold: Mapping[str, Mapping],
    ids: Iterable[str] | None = None,
) -> Score:
    """Score predicted rows against gold records, over ``ids`` (default: all gold)."""
    fields = {f: PRF() for f in ENTITY_FIELDS}
    lenient = {f: PRF() for f in ENTITY_FIELDS}
    deals = PRF()
    errors = Errors()
    t_ok = t_n = 0
    attrs = dict.fromkeys(DEAL_ATTRS, 0)
    for aid in ids if ids is not None else sorted(gold):
        g = gold[aid]
        rows = rows_by_article.get(aid, [])
        for f in ENTITY_FIELDS:
            preds = [r for r in rows if r.get("field") == f]
            items = g[GOLD_LIST[f]]
            pairs, fps, fns = match_field(f, preds, items)
            fields[f].add(PRF(len(pairs), len(fps), len(fns)))
            lp, lfp, lfn = match_field(f, preds, items, lenient=True)
            lenient[f].add(PRF(len(lp), len(lfp), len(lfn)))
            for r in fps:
                errors.false_positives.append({"article_id": aid, "field": f, "row": dict(r)})
            for item in fns:
                errors.false_negatives.append({"article_id": aid, "field": f, "gold": dict(item)})
            if f == "official":
                for r, item in pairs:
                    t_n += 1
                    t_ok += title_match(r.get("title"), item.get("title"))
        pairs, fps, fns = _match(deals_by_article.get(aid, []), g["deals"], lambda r, gd, g=g: deal_match(r, gd, g))
        deals.add(PRF(len(pairs), len(fps), len(fns)))
        for r, gd in pairs:
            attrs["announced_by"] += announcer_match(r, gd, g)
            attrs["purpose"] += purpose_match(r.get("purpose"), gd.get("purpose"))
            want, got = gd.get("timeframe"), r.get("timeframe") or None
            attrs["timeframe"] += title_match(got, want) if want or got else True
        for r in fps:
            errors.false_positives.append({"article_id": aid, "field": "deal", "row": dict(r)})
        for item in fns:
            errors.false_negatives.append({"article_id": aid, "field": "deal", "gold": dict(item)})
    return Score(fields, lenient, deals, t_ok, t_n, errors, attrs)
