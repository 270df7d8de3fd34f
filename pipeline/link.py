"""Link: entities into deals (spec section 2) — who puts how much where.

For each amount in a sentence that reports an investment, the investor is
the company that is the subject (or possessor) up the amount's dependency
chain; pronouns and "the company"/"the tech giant" resolve to the last
company in subject position. Forecasts, denials, rumours and amounts that
are not investments (revenue, fines, GDP) yield no deal. Cue words are data
in models/deal_cues.json.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.normalize.places import KIND_RANK, default_gazetteer
from pipeline.resources import load_json

DEAL_COLUMNS = ["article_id", "investor", "amount", "currency", "location", "purpose", "announced_by", "timeframe",
                "location_country"]
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}


@dataclass
class DealRow:
    article_id: str
    investor: str
    amount: float | None
    currency: str | None
    location: str | None
    purpose: str | None
    announced_by: str | None
    timeframe: str | None
    location_country: str | None = None

    def as_dict(self) -> dict:
        d = asdict(self)
        if self.amount is not None and float(self.amount).is_integer():
            d["amount"] = int(self.amount)
        return d


def _has(text: str, stems: list[str]) -> bool:
    t = " " + text.lower()
    return any((" " + s) in t for s in stems)


class Linker:
    def __init__(self, cues: Mapping):
        self.cues = cues
        self.gaz = default_gazetteer()

    def _company_at(self, tok: Token, companies: list[Span]) -> Span | None:
        for c in companies:
            if c.start <= tok.i < c.end:
                return c
        return None

    def _refers_back(self, tok: Token) -> bool:
        return tok.lower_ in self.cues["subject_nouns"] or tok.lower_ in ("it", "its", "they", "their")

    def _investor(self, amount: Span, companies: list[Span], last_subject: Span | None) -> Span | None:
        tok: Token = amount.root
        seen = 0
        while seen < 12:
            seen += 1
            for child in tok.children:
                if child.dep_ in SUBJECT_DEPS or child.dep_ == "poss":
                    c = self._company_at(child, companies)
                    if c is None:
                        for t in child.subtree:
                            c = self._company_at(t, companies)
                            if c is not None:
                                break
                    if c is not None:
                        return c
                    if self._refers_back(child):
                        before = [c for c in companies if c.sent.start == amount.sent.start and c.start < child.i
                                  and c.root.dep_ in SUBJECT_DEPS]
                        if before:
                            return before[-1]
                        if last_subject is not None:
                            return last_subject
                        earlier = [c for c in companies if c.start < child.i]
                        if earlier:
                            return earlier[0]
            if tok.head is tok:
                break
            tok = tok.head
        sent_companies = [c for c in companies if c.sent.start == amount.sent.start and c.start < amount.start]
        if sent_companies:
            return sent_companies[-1]
        return None

    def _location(self, amount: Span, places: list[Span], prev: Span | None) -> Span | None:
        sent = [p for p in places if p.sent.start == amount.sent.start]
        if not sent:
            return prev

        def rank(p: Span) -> tuple:
            cands = self.gaz.candidates(p.text)
            kind = cands[0].kind if cands else "city"
            return (-KIND_RANK.get(kind, 3), abs(p.start - amount.start))

        def is_region(p: Span) -> bool:
            cands = self.gaz.candidates(p.text)
            return bool(cands) and cands[0].kind == "region"

        # Regions come last; a place the gazetteer does not know is a small town: the most specific.
        specific = [p for p in sent if not is_region(p)]
        return sorted(specific or sent, key=rank)[0]

    def _timeframe(self, amount: Span) -> str | None:
        for ent in amount.sent.ents:
            if ent.label_ != "DATE":
                continue
            low = ent.text.lower()
            prev = ent.doc[ent.start - 1] if ent.start > 0 else None
            if prev is not None and prev.lower_ in self.cues["timeframe_openers"] and (
                "next" in low or "coming" in low or prev.lower_ in ("over", "within", "by", "through", "until", "between")
            ):
                return ent.doc[ent.start - 1 : ent.end].text
            if "next" in low or "coming" in low:
                return ent.text
        return None

    def _purpose(self, amount: Span) -> str | None:
        sent = amount.sent
        for tok in sent:
            if tok.dep_ in ("dobj", "pobj") and tok.pos_ == "NOUN" and tok.head.lower_.startswith(
                ("build", "construct", "develop", "set", "establish", "expand", "augment", "upgrade", "open", "launch")
            ):
                left = min(t.i for t in tok.subtree if t.dep_ in ("compound", "amod", "nmod", "cc", "conj") or t is tok)
                right = max(t.i for t in tok.subtree if t.dep_ in ("cc", "conj", "compound") or t is tok)
                words = [t.text for t in sent.doc[left : right + 1] if t.dep_ not in ("det", "poss", "case")]
                return " ".join(words) if words else None
        return None

    def _announcer(self, amount: Span, officials: list[Span]) -> str | None:
        """The first official in the amount's sentence, where the sentence reports speech."""
        sent = amount.sent
        if not _has(sent.text, self.cues["speech"]):
            return None
        return next((o._.canonical for o in officials if o.sent.start == sent.start), None)

    def __call__(self, doc: Doc, article_id: str) -> list[DealRow]:
        companies = list(doc.spans.get("companies", []))
        places = list(doc.spans.get("places", []))
        officials = list(doc.spans.get("officials", []))
        amounts = sorted(doc.spans.get("amounts", []), key=lambda s: s.start)
        deals: list[DealRow] = []
        seen: dict[tuple, DealRow] = {}
        last_subject: Span | None = None
        last_location: Span | None = None
        last_announcer: str | None = None
        for sent in doc.sents:
            subj = [c for c in companies if c.sent.start == sent.start and c.root.dep_ in SUBJECT_DEPS | {"poss"}]
            sent_amounts = [a for a in amounts if a.sent.start == sent.start]
            prev_end = -1
            for a in sent_amounts:
                conversion = a.start > 0 and doc[a.start - 1].text == "(" and prev_end >= a.start - 2
                prev_end = a.end
                if conversion or not self._is_investment(a):
                    continue
                investor = self._investor(a, companies, last_subject)
                if investor is None:
                    continue
                loc = self._location(a, places, last_location)
                key = (investor._.canonical.lower(), a._.currency, round(a._.value))
                if key in seen:
                    # The same commitment again (headline, then body): keep the most specific place.
                    if loc is not None:
                        deal = seen[key]
                        if self._specificity(loc) > self._specificity_name(deal.location):
                            deal.location, deal.location_country = loc._.canonical, loc._.country
                    continue
                # An announcement carries over to the same investor's next amount only.
                carried = last_announcer if deals and deals[-1].investor == investor._.canonical else None
                announcer = self._announcer(a, officials) or carried
                seen[key] = DealRow(
                    article_id, investor._.canonical, a._.value, a._.currency,
                    loc._.canonical if loc is not None else None, self._purpose(a), announcer,
                    self._timeframe(a), loc._.country if loc is not None else None,
                )
                deals.append(seen[key])
                last_announcer = announcer
            if subj:
                last_subject = subj[0]
            sent_places = [p for p in places if p.sent.start == sent.start]
            if sent_places:
                last_location = sent_places[0]
        return deals

    def _specificity_name(self, name: str | None) -> int:
        if name is None:
            return -1
        cands = self.gaz.candidates(name)
        return KIND_RANK.get(cands[0].kind, 3) if cands else 3

    def _specificity(self, place: Span) -> int:
        return self._specificity_name(place.text)

    def _is_investment(self, amount: Span) -> bool:
        sent = amount.sent
        if not _has(sent.text, self.cues["investment"]) or _has(sent.text, self.cues["hedges"]):
            return False
        # The amount's own phrase: its head noun and the words around it.
        phrase_tokens = list(amount) + [amount.root.head] + list(amount.root.head.children)
        phrase = " ".join(t.text for t in phrase_tokens)
        window = sent.doc[max(sent.start, amount.start - 4) : min(sent.end, amount.end + 4)].text
        return not (_has(phrase, self.cues["not_investment"]) or _has(window, self.cues["not_investment"]))


_LINKER: Linker | None = None


def deals_from_doc(doc: Doc, article_id: str) -> list[DealRow]:
    global _LINKER
    if _LINKER is None:
        _LINKER = Linker(load_json("deal_cues.json"))
    return _LINKER(doc, article_id)
