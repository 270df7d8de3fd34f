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
from dataclasses import dataclass, fields

from spacy.tokens import Doc, Span, Token

from pipeline.components.places import is_dateline
from pipeline.extract import headline_end
from pipeline.normalize.dates import timeframe_years
from pipeline.normalize.names import company_key
from pipeline.normalize.places import KIND_RANK, default_gazetteer
from pipeline.resources import load_json

DEAL_COLUMNS = ["article_id", "investor", "amount", "currency", "location", "purpose", "announced_by", "timeframe",
                "location_country", "start_year", "end_year"]
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
# "Singapore-based developer": the place is the company's home.
HOME_WORDS = {"based", "headquartered", "registered", "listed", "owned", "controlled", "backed"}
# Plural subjects standing for partners just named: "the two companies will invest ...".
PLURAL_PARTIES = {"companies", "partners", "firms", "groups"}
# Words that may stand between an amount and its conversion in brackets: "(about US$324 million)".
CONVERSION_GLUE = {"(", "about", "approximately", "approx", "approx.", "roughly", "around", "some", "nearly", "almost",
                   "or", "equivalent", "equal", "to", "~", "c.", "circa", "just", "over", "under", "more", "less", "than"}


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
    start_year: int | None = None
    end_year: int | None = None

    def as_dict(self) -> dict:
        d = {f.name: getattr(self, f.name) for f in fields(self)}  # asdict, without deep-copying str and numbers
        if self.amount is not None and float(self.amount).is_integer():
            d["amount"] = int(self.amount)
        return d


def _subjectish(c: Span) -> bool:
    """A subject or possessor, or the apposition naming one ("Amazon's cloud arm, Amazon Web Services, said")."""
    dep = c.root.dep_
    return dep in SUBJECT_DEPS | {"poss"} or (dep == "appos" and c.root.head.dep_ in SUBJECT_DEPS)


def _in_dateline(tok: Token) -> bool:
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and is_dateline(ent)


def _agency_credit(span: Span) -> bool:
    """'BEIJING (Reuters) - ...': the news agency in a dateline."""
    doc = span.doc
    return (span.start > 0 and span.end + 1 < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")"
            and doc[span.end + 1].text in ("-", "–", "—"))


def _has(text: str, stems: list[str]) -> bool:
    t = " " + text.lower()
    return any((" " + s) in t for s in stems)


def _named_in_full(key: str, companies: list[Span]) -> Span | None:
    """The first company whose name is ``key`` (a company key) or begins with it: "Hon Hai" of
    "Hon Hai Precision Industry"."""
    if not key:
        return None
    return next((c for c in companies if company_key(c.text) == key or company_key(c.text).startswith(key + " ")),
                None)


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

    @staticmethod
    def _gapped(amount: Span, companies: list[Span]) -> Span | None:
        """"Ayala Land will put in P45 billion and Mitsubishi Estate the remaining P30 billion": a second
        clause that leaves out its verb names its investor just before the amount."""
        doc = amount.doc
        prev = [c for c in companies if c.sent.start == amount.sent.start and c.end <= amount.start]
        if not prev:
            return None
        c = prev[-1]
        between = doc[c.end : amount.start]
        if c.start == 0 or doc[c.start - 1].lower_ not in ("and", ",", "while", "whereas") or len(between) > 4:
            return None
        if any((t.pos_ in ("VERB", "AUX", "ADP") and t.dep_ != "amod") or t.like_num for t in between):
            return None
        return c

    def _source(self, amount: Span, companies: list[Span]) -> Span | None:
        """"raising Rs 1,100 crore from private equity firm X", "Tk 420 crore from KSM": the company the
        money comes from, named right after the sum."""
        doc = amount.doc
        end = amount.end
        if end < len(doc) and doc[end].text == "(":
            # "$40 million (about KSh 5.2 billion) from ...": past the bracketed conversion.
            end = next((t.i + 1 for t in doc[end : min(len(doc), end + 10)] if t.text == ")"), end)
        if end >= len(doc) or doc[end].lower_ != "from":
            return None
        c = next((c for c in companies if end < c.start <= end + 5), None)
        if c is None or any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") or t.lower_ in ("its", "their", "investors")
                            for t in doc[end + 1 : c.start]):
            return None
        return c

    def _agent(self, amount: Span, companies: list[Span]) -> Span | None:
        """"a Rs 7,600 crore packaging plant ..., to be set up by X": the agent of the passive clause on the
        noun the sum describes."""
        root = amount.root
        noun = root.head if root.dep_ in ("compound", "nmod", "nummod", "amod", "quantmod") else root
        for clause in noun.children:
            if clause.dep_ not in ("acl", "relcl") or clause.tag_ != "VBN" \
                    or not _has(clause.text + " " + " ".join(c.text for c in clause.children if c.dep_ == "prt"),
                                self.cues["investment"]):
                continue
            for by in clause.children:
                if by.dep_ == "agent":
                    c = next((c for c in companies if any(c.start <= t.i < c.end for t in by.subtree)), None)
                    if c is not None:
                        return c
        return None

    def _investor(self, amount: Span, companies: list[Span], last_subject: Span | None) -> Span | None:
        # The sentence's own forms first: a gapped clause, money "from" a company, "to be set up by X".
        for form in (self._gapped, self._source, self._agent):
            found = form(amount, companies)
            if found is not None:
                return found
        tok: Token = amount.root
        seen = 0
        while seen < 12:
            seen += 1
            for child in tok.children:
                if child.dep_ in SUBJECT_DEPS or child.dep_ == "poss":
                    c = self._company_at(child, companies)
                    if c is None:
                        # "Amazon's cloud arm, Amazon Web Services, said": the apposition names the subject.
                        inner = list({self._company_at(t, companies) for t in child.subtree} - {None})
                        inner.sort(key=lambda x: (not (x.root.dep_ == "appos" and x.root.head == child), x.start))
                        c = inner[0] if inner else None
                    if c is not None:
                        return c
                    if child.lower_ in ("who", "which", "that") and tok.dep_ == "relcl" \
                            and _has(tok.text, self.cues["investment"]):
                        # "rival BYD, who is spending $1.3 billion": the antecedent.
                        c = self._company_at(tok.head, companies)
                        if c is not None:
                            return c
                    if child.dep_ in SUBJECT_DEPS and not _in_dateline(child) and (
                            child.ent_type_ in ("GPE", "PERSON", "NORP", "LOC") or child.lower_ in self.cues["public_subjects"]):
                        # "as Tokyo pledges up to 732 billion yen": the state pays, not a company.
                        return None
                    if child.dep_ in SUBJECT_DEPS and child.lower_ in PLURAL_PARTIES:
                        # "The two companies will invest a total of NT$4 billion": the partners just named.
                        return self._last_partners(amount, companies)
                    if self._refers_back(child) and self._speaker_not_company(tok, companies):
                        # "The Korea Aerospace Administration said it would spend ...": "it" is the agency.
                        return None
                    if self._refers_back(child):
                        same = [c for c in companies if c.sent.start == amount.sent.start and c.start < child.i]
                        before = [c for c in same if _subjectish(c)]
                        if before:
                            return before[-1]
                        if same and child.lower_ not in ("it", "its", "they", "their"):
                            # "X, an officer at Mitsubishi Estate, said the Tokyo-based developer had earmarked ...":
                            # the company the sentence has just named.
                            return same[-1]
                        speaker = self._speaker_company(tok, companies)
                        if speaker is not None:
                            # "Statkraft separately said it would spend ...": the speaker, named short.
                            return speaker
                        named = self._previous_object(amount, companies)
                        if named is not None:
                            # "They join Micron Technology, whose plant ... . The US company is putting ...".
                            return named
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

    def _last_partners(self, amount: Span, companies: list[Span]) -> Span | None:
        """The first of the partners a recent sentence names together ("HOM and TOK will set up a venture")."""
        doc = amount.doc
        start = amount.sent.start
        for _ in range(2):
            if start == 0:
                return None
            prev = doc[start - 1].sent
            named = [c for c in companies if c.sent.start == prev.start]
            lead = next((c for c in named if self._partners(c, companies)), None)
            if lead is not None:
                return lead
            start = prev.start
        return None

    @staticmethod
    def _previous_object(amount: Span, companies: list[Span]) -> Span | None:
        """The one company the previous sentence names when none there is its subject."""
        doc = amount.doc
        if amount.sent.start == 0:
            return None
        prev = doc[amount.sent.start - 1].sent
        named = [c for c in companies if c.sent.start == prev.start]
        if not named or any(_subjectish(c) for c in named) or len({company_key(c.text) for c in named}) != 1:
            return None
        return named[0]

    @staticmethod
    def _speaker_company(tok: Token, companies: list[Span]) -> Span | None:
        """The governing verb's subject, an organisation named short that an earlier company span names in full."""
        for anc in tok.ancestors:
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
            if ent is None or ent.label_ != "ORG" or any(c.start <= subj.i < c.end for c in companies):
                return None
            return _named_in_full(company_key(ent.text), [c for c in companies if c.start < ent.start])
        return None

    @staticmethod
    def _speaker_not_company(tok: Token, companies: list[Span]) -> bool:
        """A clause whose governing verb has a named subject that is not a company."""
        for anc in tok.ancestors:
            for subj in anc.children:
                if subj.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if any(c.start <= t.i < c.end for c in companies for t in subj.subtree):
                    return False
                if subj.ent_type_ in ("ORG", "GPE", "NORP") and subj.pos_ == "PROPN":
                    # ... unless it is a company's short name the entity layer did not mark here ("Hon Hai").
                    ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
                    key = company_key(ent.text) if ent is not None else ""
                    return bool(key) and _named_in_full(key, companies) is None
                return False
        return False

    def _is_generic(self, place: Span) -> bool:
        """"the Kingdom", "the Emirate": a word standing for a country named elsewhere, not a place of its own."""
        doc = place.doc
        return (place._.country is None and len(place) == 1 and place.start > 0 and doc[place.start - 1].lower_ == "the"
                and not self.gaz.candidates(place.text))

    @staticmethod
    def _is_home(place: Span, companies: list[Span]) -> bool:
        """A company's home or the reporter's dateline, not where the money goes:
        "Singapore-based", "Dubai-headquartered", "India's Adani Ports", "MUMBAI, Jan 12 -"."""
        doc = place.doc
        if is_dateline(place):
            return True
        after = doc[place.end : place.end + 2]
        if len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in HOME_WORDS:
            return True
        if len(after) >= 1 and after[0].lower_.lstrip("-") in HOME_WORDS and after[0].text.startswith("-"):
            return True
        if len(after) >= 1 and after[0].text in ("'s", "’s"):
            return any(place.end < c.start <= place.end + 3 for c in companies)
        return False

    def _location(self, amount: Span, places: list[Span], prev: Span | None, companies: list[Span] = ()) -> Span | None:
        # A place named as a company's first word is the company ("Halden raised ...", "a second Tata unit").
        short = {company_key(c.text).split()[0] for c in companies if company_key(c.text)}
        sent = [p for p in places if p.sent.start == amount.sent.start and not self._is_home(p, companies)
                and not self._is_generic(p) and not any(c.start < p.end and p.start < c.end for c in companies)
                and p.text.lower() not in short
                # "The US company is putting ...": the company's home.
                and not (p.root.dep_ in ("compound", "amod", "nmod") and p.root.head.lower_ in self.cues["subject_nouns"])]
        if not sent:
            return prev

        def rank(p: Span) -> tuple:
            return (*self._rank(p)[:1], abs(p.start - amount.start))

        def is_region(p: Span) -> bool:
            cands = self.gaz.candidates(p.text)
            return bool(cands) and cands[0].kind == "region"

        # Regions come last; a place the gazetteer does not know is a small town: the most specific.
        specific = [p for p in sent if not is_region(p)]
        return sorted(specific or sent, key=rank)[0]

    @staticmethod
    def _country(loc: Span | None, places: list[Span]) -> str | None:
        """The place's country; for a town the gazetteer does not know, the one country its sentence names
        ("in Germany ..., around Frankfurt")."""
        if loc is None:
            return None
        if loc._.country:
            return loc._.country
        around = {p._.country for p in places if p.sent.start == loc.sent.start and p._.country}
        return around.pop() if len(around) == 1 else None

    def _rank(self, p: Span) -> tuple:
        """Most specific first; a place the gazetteer does not know is a small town."""
        cands = self.gaz.candidates(p.text)
        kind = cands[0].kind if cands else "city"
        return (-KIND_RANK.get(kind, 3), p.start)

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

    def __call__(self, doc: Doc, article_id: str, company_names: Mapping[str, str] | None = None,
                 published: str | None = None) -> list[DealRow]:
        """Deals in ``doc``. ``company_names`` maps each company key (name or alias,
        pipeline.normalize.names.company_key) to the name of its entity row; with it,
        investors take their row's name and a company the entity layer dropped is no investor.
        ``published`` (ISO date) anchors relative timeframes for start_year/end_year."""
        # "MUMBAI, Jan 12 (Reuters) - ...": the agency that reports is not a party.
        companies = [c for c in doc.spans.get("companies", []) if not _agency_credit(c)]
        places = list(doc.spans.get("places", []))
        officials = list(doc.spans.get("officials", []))
        amounts = sorted(doc.spans.get("amounts", []), key=lambda s: s.start)
        headline = headline_end(doc.text)
        deals: list[DealRow] = []
        # One commitment, one row: the same sum in the same currency is the same deal
        # (headline, then body), whatever name the investor goes by in each.
        seen: dict[tuple, tuple[DealRow, bool]] = {}
        last_subject: Span | None = None
        last_location: Span | None = None
        last_announcer: str | None = None
        # "... to spend $920 million" (headline), "15 trillion rupiah ($920 million)" (body): a headline sum
        # the body gives only as a conversion is the body's commitment, reported there.
        by_sent: dict[int, list[Span]] = {}
        for a in amounts:
            by_sent.setdefault(a.sent.start, []).append(a)
        conversions = set()  # (start, end) of each amount that restates the sum before it
        for sent_amounts in by_sent.values():
            prev_end = -1
            for a in sent_amounts:
                if self._is_conversion(doc, prev_end, a):
                    conversions.add((a.start, a.end))
                prev_end = a.end
        converted = {(a._.currency, round(a._.value)) for a in amounts
                     if (a.start, a.end) in conversions and a.sent.start_char >= headline}
        for sent in doc.sents:
            subj = [c for c in companies if sent.start <= c.start < sent.end and c.root.dep_ in SUBJECT_DEPS | {"poss"}]
            sent_amounts = by_sent.get(sent.start, [])
            for a in sent_amounts:
                conversion = (a.start, a.end) in conversions or (
                    a.start_char < headline and (a._.currency, round(a._.value)) in converted)
                if conversion or self._range_low(a, sent_amounts) or self._beside_the_sum(a, sent_amounts) \
                        or not self._is_investment(a):
                    continue
                lead, backers = self._round_investors(a, companies)
                loc = self._location(a, places, None, companies)
                if loc is None and (lead is not None or backers):
                    # A round's money goes to the raising company's base: the dateline, if nothing else.
                    loc = next((p for p in places if is_dateline(p)), None)
                loc = loc or last_location
                if lead is None and backers:
                    # "raised £120m from investors including A and B": no lead, so each backer a deal with no
                    # sum, and the company raising the money none.
                    self._add_backers(deals, backers, None, article_id, company_names, loc, places)
                    continue
                investor = lead or self._investor(a, companies, last_subject)
                if investor is None:
                    continue
                name = self._name(investor, company_names)
                if name is None:
                    continue
                in_headline = a.start_char < headline
                key = (a._.currency, round(a._.value))
                if key in seen:
                    deal, was_headline = seen[key]
                    if was_headline and not in_headline and not any(
                            d is not deal and d.investor == name and d.amount == deal.amount for d in deals):
                        # The body names the investor in full and says where (unless the headline's partner
                        # row already carries that name).
                        deal.investor = name
                        seen[key] = (deal, False)
                    if loc is not None and self._specificity(loc) > self._specificity_name(deal.location):
                        deal.location, deal.location_country = loc._.canonical, self._country(loc, places)
                    elif loc is not None and deal.location_country is None:
                        # The body's sentence names the country the headline's town is in.
                        deal.location_country = self._country(loc, places)
                    self._add_backers(deals, backers, investor, article_id, company_names, loc, places)
                    continue
                total = self._total_of_share(a, name, deals, sent_amounts)
                if total is not None:
                    # "Hanmaru will contribute 3.1 trillion dong and Sao Viet the remaining 2.1 trillion":
                    # the partner's own share replaces the venture's total it carried.
                    total.amount = a._.value
                    seen[key] = (total, in_headline)
                    continue
                # An announcement carries over to the same investor's next amount only.
                carried = last_announcer if deals and deals[-1].investor == name else None
                announcer = self._announcer(a, officials) or carried
                deal = DealRow(
                    article_id, name, a._.value, a._.currency,
                    loc._.canonical if loc is not None else None, self._purpose(a), announcer,
                    self._timeframe(a), self._country(loc, places),
                )
                seen[key] = (deal, in_headline)
                deals.append(deal)
                last_announcer = announcer
                # Partners: "A and B will invest ..." each carry the total; a round's other backers none.
                for other in self._partners(investor, companies):
                    other_name = self._name(other, company_names)
                    if other_name is not None and other_name != name:
                        deals.append(DealRow(article_id, other_name, a._.value, a._.currency,
                                             deal.location, deal.purpose, announcer, deal.timeframe, deal.location_country))
                self._add_backers(deals, backers, investor, article_id, company_names, loc, places)
            if not sent_amounts and sent.start_char >= headline:
                for obj, loc in self._facility_builds(sent, places, companies):
                    investor = self._investor(obj, companies, last_subject)
                    name = investor._.canonical if investor is not None else None
                    if name is not None and company_names is not None:
                        name = company_names.get(company_key(name))
                    if name is None:
                        continue
                    country = self._country(loc, places)
                    mine = [d for d in deals if d.investor == name]
                    if any(d.location == loc._.canonical or (country and d.location_country == country) for d in mine):
                        continue
                    unplaced = next((d for d in mine if d.location is None), None)
                    if unplaced is not None:
                        # "... would build a huge gigafactory in McMasterville": where the sum named before goes.
                        unplaced.location, unplaced.location_country = loc._.canonical, country
                        continue
                    deals.append(DealRow(article_id, name, None, None, loc._.canonical, self._purpose_of(obj.root),
                                         self._announcer(obj, officials), self._timeframe(obj), country))
            if subj:
                last_subject = subj[0]
            sent_places = [p for p in places if sent.start <= p.start < sent.end]  # in the sentence (p.sent, unbuilt)
            if sent_places:
                # Not a home ("Japan's Tokyo Ohka Kogyo") when the sentence names another place.
                last_location = next((p for p in sent_places if not self._is_home(p, companies)), sent_places[0])
        for d in deals:
            d.start_year, d.end_year = timeframe_years(d.timeframe, published)
        return deals

    def _add_backers(self, deals: list[DealRow], backers: list[Span], lead: Span | None, article_id: str,
                     company_names: Mapping[str, str] | None, loc: Span | None, places: list[Span]) -> None:
        """A round's backers other than its lead: a deal each, with no sum."""
        for b in backers:
            name = self._name(b, company_names) if b is not lead else None
            if name is None or any(d.investor == name for d in deals):
                continue
            deals.append(DealRow(article_id, name, None, None, loc._.canonical if loc is not None else None, None, None,
                                 None, self._country(loc, places)))

    @staticmethod
    def _total_of_share(amount: Span, name: str, deals: list[DealRow], sent_amounts: list[Span]) -> DealRow | None:
        """The investor's earlier deal whose total this amount is a share of: a smaller sum in the same
        currency, in a sentence that splits the money ("£52 million ... from its own cash, and £16 million
        from a grant"; "Tk 420 crore from KSM and Tk 280 crore from Osaka Kozai")."""
        value, currency = amount._.value, amount._.currency
        total = next((d for d in deals if d.investor == name and d.currency == currency and d.amount is not None
                      and value < d.amount), None)
        if total is None:
            return None
        parts = [o for o in sent_amounts if o is not amount and o._.currency == currency and o._.value < total.amount]
        return total if parts else None

    @staticmethod
    def _name(company: Span, company_names: Mapping[str, str] | None) -> str | None:
        """The investor's name as its entity row has it; None if the entity layer dropped it."""
        if company_names is None:
            return company._.canonical
        return company_names.get(company_key(company._.canonical))

    def _round_investors(self, amount: Span, companies: list[Span]) -> tuple[Span | None, list[Span]]:
        """A funding round: "raised $18 million in a round led by X, with participation from Y and Z".
        The lead invests the amount; the raiser is not an investor."""
        sent = amount.sent
        low = sent.text.lower()
        if not any(w in low for w in self.cues["round_words"]):
            return None, []
        lead = None
        backers: list[Span] = []
        for c in companies:
            if c.sent.start != sent.start or c.start < 2:
                continue
            before = sent.doc[max(sent.start, c.start - 4) : c.start].text.lower()
            if lead is None and "led by" in before:
                lead = c
            elif any(w in before for w in self.cues["round_backers"]) or (
                    backers and sent.doc[c.start - 1].lower_ in ("and", ",") and c.start - backers[-1].end <= 2):
                backers.append(c)
        return lead, backers

    @staticmethod
    def _partners(investor: Span, companies: list[Span]) -> list[Span]:
        """Companies coordinated with the investor as joint subjects: "A, a developer, and B will invest"."""
        root = investor.root
        heads = set(investor) | ({root.head} if root.dep_ == "conj" else set())
        # "A, a Muscat-based developer, and B": the parser may hang B on A's apposition.
        heads |= {c for t in investor for c in t.children if c.dep_ == "appos"}
        out = []
        for c in companies:
            if c is investor or c.sent.start != investor.sent.start:
                continue
            r = c.root
            if (r.dep_ == "conj" and r.head in heads) or (root.dep_ == "conj" and r == root.head):
                out.append(c)
            elif c.start > investor.end and (
                    any(w in c.doc[max(c.sent.start, c.start - 7) : c.start].text.lower()
                        for w in ("in a joint venture with", "in partnership with", "in a partnership with"))
                    or (r.dep_ == "conj" and any(o.root == r.head for o in out))):
                # "set up by X in a joint venture with Japan's A and Thailand's B".
                out.append(c)
        return out

    def _facility_builds(self, sent: Span, places: list[Span], companies: list[Span]) -> list[tuple[Span, Span]]:
        """Commitments with no sum: "X is building a data centre park in Kulai", "X said it would build
        a factory in Saltillo", "X broke ground on a plant in Y". (object span, place) pairs; a plain past
        tense ("which opened a plant in 2023") describes what exists, not a commitment."""
        if self._hedged(sent):
            return []
        out = []
        for verb in sent:
            if verb.pos_ != "VERB" or verb.dep_ == "relcl" or not verb.lower_.startswith(tuple(self.cues["build_verbs"])):
                continue
            aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            ground = verb.lower_.startswith(("broke", "break")) and any(c.lower_ == "ground" for c in verb.children)
            if verb.tag_ in ("VBD", "VBN") and not aux and not ground:
                continue
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            if ground:
                objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
            # "convert part of its plant in Holland": the facility the part is of.
            objs += [g for o in objs if o.lower_ in ("part", "parts", "portion", "some") for p in o.children
                     if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            obj = next((o for o in objs if o.lower_ in self.cues["facility_nouns"]), None)
            if obj is None:
                continue
            span_ids = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
            here = [p for p in places if p.start in span_ids and not self._is_home(p, companies)]
            if here:
                out.append((sent.doc[obj.i : obj.i + 1], sorted(here, key=self._rank)[0]))
        return out

    @staticmethod
    def _purpose_of(noun: Token) -> str:
        """The object noun with its modifiers: "an AI-focused data centre park" -> "AI-focused data centre park"."""
        left = min((t.i for t in noun.subtree if t.i < noun.i and t.dep_ not in ("det", "poss", "case", "nummod")
                    and t.ent_type_ not in ("GPE", "LOC", "ORG")), default=noun.i)
        return noun.doc[left : noun.i + 1].text.lstrip("-– ")

    def _beside_the_sum(self, amount: Span, sent_amounts: list[Span]) -> bool:
        """"The US company is putting $825 million into the $2.75 billion project": where an investment verb
        takes one sum as its object, a sum that only describes a noun (the project's total) is no second deal."""
        if amount.root.dep_ not in ("compound", "nmod", "amod", "nummod", "quantmod"):
            return False
        head = amount.root.head
        if head.pos_ != "NOUN" or head.dep_ not in ("pobj", "dobj"):
            return False
        return any(o is not amount and o.root.dep_ == "dobj" and _has(o.root.head.text, self.cues["investment"])
                   for o in sent_amounts)

    @staticmethod
    def _range_low(amount: Span, sent_amounts: list[Span]) -> bool:
        """The low end of a range: "$1-2 billion", "$3 billion to $4 billion", "between $300 million and
        $500 million". The deal is the range's top, as "up to" would be."""
        doc = amount.doc
        if any(o is not amount and amount.start <= o.start and o.end <= amount.end for o in sent_amounts):
            return True
        nxt = next((o for o in sent_amounts if o.start > amount.end), None)
        if nxt is None or amount._.currency != nxt._.currency or nxt.start - amount.end != 1:
            return False
        glue = doc[amount.end].lower_
        return glue in ("to", "-", "–") or (glue == "and" and amount.start > 0 and doc[amount.start - 1].lower_ == "between")

    @staticmethod
    def _is_conversion(doc: Doc, prev_end: int, amount: Span) -> bool:
        """An amount in brackets right after another is its conversion: "RM10 billion (about $2.1 billion)",
        also "190 billion baht, or roughly $5 billion"."""
        if prev_end < 0 or amount.start - prev_end > 4:
            return False
        between = doc[prev_end : amount.start]
        if not all(t.lower_ in CONVERSION_GLUE | {","} for t in between):
            return False
        return any(t.text == "(" for t in between) or (
            len(between) > 1 and between[0].text == "," and any(t.lower_ == "or" for t in between))

    def _specificity_name(self, name: str | None) -> int:
        if name is None:
            return -1
        cands = self.gaz.candidates(name)
        return KIND_RANK.get(cands[0].kind, 3) if cands else 3

    def _specificity(self, place: Span) -> int:
        return self._specificity_name(place.text)

    def _hedged(self, sent: Span) -> bool:
        """A hedge word in the sentence; "said it would invest" is reported speech, not a condition."""
        words = []
        for t in sent:
            if t.lower_ == "would" and any(w.lower_ in self.cues["reported_speech"]
                                           for w in sent.doc[max(sent.start, t.i - 8) : t.i]):
                continue
            if t.ent_type_ == "DATE" and t.lower_ == "may":
                continue  # "BERLIN, May 15 —": the month, not a hedge
            words.append(t.text_with_ws)
        return _has("".join(words), self.cues["hedges"])

    def _is_investment(self, amount: Span) -> bool:
        sent = amount.sent
        if not _has(sent.text, self.cues["investment"]) or self._hedged(sent):
            return False
        # The amount's own phrase: its head noun and the words around it.
        # Not the head's other conjuncts: "Tk 420 crore from KSM ... and a Tk 550 crore syndicated loan".
        phrase_tokens = list(amount) + [amount.root.head] + [c for c in amount.root.head.children
                                                             if c.dep_ not in ("conj", "cc")]
        phrase = " ".join(t.text for t in phrase_tokens)
        window = sent.doc[max(sent.start, amount.start - 4) : min(sent.end, amount.end + 4)].text
        if _has(phrase, self.cues["not_investment"]) or _has(window, self.cues["not_investment"]):
            return False
        # "SD Guthrie added 2.5% to RM4.88": a share price in a market report.
        before = sent.doc[max(sent.start, amount.start - 5) : amount.start]
        return not (any(t.ent_type_ == "PERCENT" for t in before) and len(before) and before[-1].lower_ in ("to", "at"))


_LINKER: Linker | None = None


def company_names_of(rows: list[dict]) -> dict[str, str]:
    """Company key of every name and alias in the entity rows -> the row's name."""
    names: dict[str, str] = {}
    for r in rows:
        if r["field"] != "company":
            continue
        for form in [r["name"], *filter(None, (r.get("aliases") or "").split("|"))]:
            names.setdefault(company_key(form), r["name"])
    return names


def deals_from_doc(doc: Doc, article_id: str, rows: list[dict] | None = None,
                   published: str | None = None) -> list[DealRow]:
    """Deals in ``doc``; given the article's entity rows, investors are named as their rows are;
    given its publication date, relative timeframes resolve to years."""
    global _LINKER
    if _LINKER is None:
        _LINKER = Linker(load_json("deal_cues.json"))
    return _LINKER(doc, article_id, company_names_of(rows) if rows is not None else None, published)
