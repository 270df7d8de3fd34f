"""AMOUNT: money spans with value and ISO 4217 currency, found by the
expression in pipeline.normalize.amounts (built from models/money.json)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.places import dateline_country, doc_countries, is_dateline, money_country, written_as_home
from pipeline.doctext import doc_text
from pipeline.normalize.amounts import Amount, find_amounts
from pipeline.normalize.money import home_currency, money_table


class MoneyFinder:
    def __init__(self, table: str, spans_key: str = "amounts", places_key: str = "places"):
        self.table = table
        self.key = spans_key
        self.places_key = places_key
        # "The NZX-listed company", "(ASX: QDG)": the listing exchanges of dollar countries (models/money.json)
        self.exchanges = money_table(table).get("listing_exchanges", {})
        names = "|".join(re.escape(e) for e in sorted(self.exchanges, key=len, reverse=True))
        self.listing = re.compile(rf"(?<![\w-])({names})(?:-listed|:\s*[A-Z])") if names else None

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        countries = doc_countries(doc, self.places_key)
        local = money_country(doc, self.places_key) or self._listed_in(doc, countries)
        dated = dateline_country(doc, self.places_key)
        places = list(doc.spans.get(self.places_key, []))
        table = money_table(self.table)
        datelines = [p for p in places if p._.country and is_dateline(p, regions=True)]
        for a in find_amounts(doc_text(doc), countries, self.table, local=local, dated=dated):
            span = doc.char_span(a.start, a.end, label="AMOUNT", alignment_mode="expand")
            if span is None:
                continue
            currency = a.currency
            # "TOKYO -- ... a record ¥180bn", "TOGO — ... for 21 billion CFA francs" in a round-up of briefs: a form
            # several currencies share is that of the dateline it is written under, where that country has one.
            # (A headline's is the opening dateline's: "Kamishiro Denki lifts capex to record ¥180bn, steering new
            # capacity to Vietnam and Ohio", then "TOKYO -- ...".)
            under = next((p._.country for p in reversed(datelines) if p.start < span.start), None) or next(
                (p._.country for p in datelines[:1] if p.start_char < 400), None)
            own = home_currency(under, table)
            if own is not None and own != currency and "$" not in a.text and self._reread(a, [under]) == own:
                currency = own
            # "Ankole Pearl Dairies, which runs Uganda's second-largest milk plant, will spend Shs186 billion" in a
            # story about three countries: a form several countries write is the one of its own sentence's country.
            here = [p._.country for p in places if p.sent.start == span.sent.start and p._.country
                    and not written_as_home(p)]  # (not "Mombasa-based", a company's home)
            # (Not against the dateline's own currency: "Rs71.3bn" in a Karachi results story stays rupees of
            # Pakistan in a sentence on exports to Sri Lanka.)
            if here and "$" not in a.text and not (dated is not None and home_currency(dated, table) == currency):
                currency = self._reread(a, [*here, *countries], local) or currency
            span._.value, span._.currency = a.value, currency
            span._.canonical = a.text
            spans.append(span)
        doc.spans[self.key] = spans
        # "UF 1,780,000", "KM 102.9 million": a currency's letters the NER took for an organization are the sum's.
        if "companies" in doc.spans:
            doc.spans["companies"] = [c for c in doc.spans["companies"]
                                      if not any(a.start <= c.start and c.end <= a.end for a in spans)]
        return doc

    def _listed_in(self, doc: Doc, countries: list[str]) -> str | None:
        """"The NZX-listed company (NZX: MTN)": where neither the dateline nor the places settle whose "$" a story
        writes, the country of the exchange its company is listed on, if the story names places there."""
        if self.listing is None:
            return None
        found = {self.exchanges[m.group(1)] for m in self.listing.finditer(doc_text(doc))}
        listed = [c for c in found if c in countries]
        return listed[0] if len(listed) == 1 else None

    def _reread(self, a: Amount, countries: list[str], local: str | None = None) -> str | None:
        """The currency of the sum ``a`` as written in ``countries`` (the first most likely), where it reads as the
        same one sum there."""
        again = find_amounts(a.text, countries, self.table, local=local)
        return again[0].currency if len(again) == 1 and again[0].value == a.value else None


@Language.factory(
    "news_money",
    assigns=["doc.spans"],
    default_config={"table": "money.json", "spans_key": "amounts", "places_key": "places"},
)
def make_money_finder(nlp: Language, name: str, table: str, spans_key: str, places_key: str) -> MoneyFinder:
    return MoneyFinder(table, spans_key, places_key)
