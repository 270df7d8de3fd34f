"""Link: entities into deals (spec section 2) — who puts how much where.

For each amount in a sentence that reports an investment, the investor is
the company that is the subject (or possessor) up the amount's dependency
chain; pronouns and "the company"/"the tech giant" resolve to the last
company in subject position. Forecasts, denials, rumours and amounts that
are not investments (revenue, fines, GDP) yield no deal. Cue words are data
in models/deal_cues.json.

A hedge counts only in the commitment's own clauses; sums taken in or given
up (received, won, sold for), running totals and impact figures are no deals.
A commitment with no sum is a facility built, planned or started in a named
place; sentences the pipeline leaves unparsed (no sum, no company name: "It
is building ...", see pipeline.lean) are read in word order. The place is
the one in the sum's own phrase or clause, not a company's home, nor a place
set apart ("outside China"); with none named, the country of the business
bought (its demonym or home) or of "the kingdom" the sentence named.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, fields

from spacy.tokens import Doc, Span, Token

from pipeline.components.companies import GAPPED_CLAUSE_OPENERS, ticker_exchange
from pipeline.components.places import (
    DATELINE_MARKS,
    is_dateline,
    opens_paragraph,
    paragraph_start,
    story_country,
    written_as_home,
    written_as_unit,
)
from pipeline.doctext import doc_text
from pipeline.extract import _initials, headline_end
from pipeline.normalize.dates import timeframe_years
from pipeline.normalize.names import company_key
from pipeline.normalize.places import COMPASS_WORDS, KIND_RANK, default_gazetteer
from pipeline.purpose import SUM_DEPS, purpose_of_sum
from pipeline.resources import load_json

DEAL_COLUMNS = ["article_id", "investor", "amount", "currency", "location", "purpose", "announced_by", "timeframe",
                "location_country", "start_year", "end_year"]
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
# "a company owned by Y", "a unit controlled by Y": the owner's phrase that describes a company.
_OWNED_VERBS = {"owned", "controlled", "held", "backed", "majority-owned", "wholly-owned"}
# A plan the sentence before named, by a demonstrative: "for that project", "this plan".
_THAT_PLAN = re.compile(r"\b(?:that|this) (?:project|plan|plant|factory|facility|scheme|expansion)\b", re.I)
# A filing's line giving the price of the purchase it has just reported.
_PRICE_LABEL = re.compile(r"\W*(?:Total |Aggregate |Cash )?(?:consideration|purchase price|transaction value|"
                          r"acquisition price|price)\s*:", re.I)
# A sentence that calls off the commitment its paragraph reported: "the Board agreed to terminate the project".
_CALLED_OFF = re.compile(r"\b(?:terminat|cancel|scrap|abandon|shelv|call(?:ed|s)? off)\w* (?:the|this|that|its) "
                         r"(?:project|plan|investment)\b", re.I)
_NOT_CALLED_OFF = ["not ", "no plan", "denied", "denies", "ruled out", "rules out", "rumour", "rumor", "report that",
                   "reports that", "had ", "previous", "earlier", "years ago", "in 20", "in 19"]
_PLACE_KINDS = ("town", "city", "village", "port", "island", "township")  # (not a unit a town lies in: "commune of")
# Verbs of what a facility does for its market: "a terminal, which will handle coal for ... in Serbia".
_SERVING_VERBS = ("handl", "serv", "suppl", "feed", "cater", "ship", "export", "sell", "sold", "deliver", "distribut",
                  "carr")
# Buyers of what a plant makes: "for carmakers in Türkiye", "customers across Europe".
_MARKET_NOUNS = {"customer", "client", "buyer", "carmaker", "automaker", "consumer", "user", "retailer", "shopper",
                 "market", "importer", "distributor", "manufacturer", "maker", "brand", "hospital", "household"}
# "will use the money to build ...", "the proceeds will be used to ...": what a round's money is for.
_ROUND_MONEY_USED = re.compile(r"\b(?:use|using|used|deploy|spend|put) (?:the|its|this|that|these) (?:new |fresh |"
                               r"additional )?(?:money|proceeds|funds|funding|capital|cash)\b|\b(?:the|its) (?:new |"
                               r"fresh )?(?:money|proceeds|funds|funding|capital) (?:will|would|is to) be (?:used|spent|"
                               r"deployed|put)\b", re.I)
# "Singapore-based developer": the place is the company's home.
HOME_WORDS = {"based", "headquartered", "registered", "listed", "owned", "controlled", "backed"}
# "40 km from Lagos", "an hour from the capital": a distance, not a home.
DISTANCE_WORDS = {"km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "hour", "hours", "minutes",
                  "drive", "away"}
# A company's parts a story names only by its owner: "the group's property arm", "its Thai unit".
OWNED_PARTS = {"arm", "unit", "subsidiary", "division", "affiliate", "branch", "business"}
# Below ten thousand of any currency a sum is a price or a per-share figure, never a commitment to invest (the
# gold's smallest deal is 300,000).
SMALLEST_COMMITMENT = 10_000
# Plural subjects standing for partners just named: "the two companies will invest ...".
PLURAL_PARTIES = {"companies", "partners", "firms", "groups"}
# ... and the roles they were just named in, with a determiner ("the developers", "the two sponsors"; not "Chinese
# developers", a class).
PLURAL_ROLES = {"developers", "sponsors", "shareholders", "co-investors", "buyers", "purchasers", "owners"}
# A subject standing for a venture the partners just set up: "The venture, to be called X, will invest ...".
VENTURE_WORDS = {"venture", "jv"}
# Nouns a project's own company is named after: "the project company, Murihiku Hydrogen Ltd".
_VEHICLE_NOUNS = {"company", "venture", "vehicle", "jv"}
_PLACE_WORDS = {"province", "state", "district", "county", "region", "city"}
# Words that make a commitment with no named investor a joint one whose partners may be named after it.
_JOINT_WORDS = ["jointly", "consortium", "joint venture", "partners", "venture between", "together"]
# Words that may stand between an amount and its conversion in brackets: "(about US$324 million)".
# Words standing for a country the sentence has named: "in the north-west of the kingdom".
GENERIC_COUNTRY_WORDS = {"kingdom", "country", "emirate", "sultanate", "republic"}
# Prepositions that set a place apart from the one meant: "its largest outside China".
EXCLUDING_WORDS = {"outside", "beyond", "except", "excluding", "besides"}
# Perfect forms of spending: "has since spent $130 million" is money spent so far.
SPENT_WORDS = {"spent", "invested", "poured", "pumped", "sunk", "put", "ploughed", "plowed", "paid", "injected"}
# Words that rank a deal among others, as superlatives do: "its first in Europe", "its only plant in Asia".
RANK_WORDS = {"first", "second", "third", "only", "sole"}
# Modal verbs that make a plan conditional or hypothetical ("could", "might") when they sit on its verb.
MODALS = {"would", "could", "might", "may"}
# "X is owned 35% by A, 25% by B ...", "X is jointly owned by A and B": a company's owners, named in shares.
_OWNED_BY = re.compile(r"\b(?:is|are|was|will be) (?:now |jointly |equally )?owned\b")
_OWNERS_FUND = re.compile(r"\b(?:partners|shareholders|owners)\b[^.]{0,30}\b(?:fund|finance|commit|contribute|"
                          r"invest|put)|\bin proportion to their (?:stakes|holdings|shareholdings)\b", re.I)
# Words of a share sale, whose proceeds the company takes in.
IPO_WORDS = ["ipo", "initial public offering", "listing", "list its", "list the", "to list", "share sale", "rights issue",
             "share offering", "bond sale", "bond issue", "placement of"]
# Marks of a clause set beside the commitment, not a condition on it ("while", "whereas", "although").
CONTRAST_MARKS = {"while", "whereas", "although", "though", "whilst"}
# Words for a company's premises: "the Lindenau site", "Harbour's plant".
SITE_WORDS = {"site", "plant", "factory", "campus", "premises", "complex", "works", "mill", "yard"}
# Marks of a clause that gives the reason for the commitment ("..., as it struggles to hire enough welders").
REASON_MARKS = {"as", "because"}
ASIDE_MARKS = CONTRAST_MARKS | REASON_MARKS
# Nouns that give a facility's cost: "carries a price tag of $11 billion", "has a total cost of ...".
COST_NOUNS = {"tag", "cost", "bill", "tab", "pricetag"}
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


def _vehicle(noun: Token) -> bool:
    """A noun for the company a project is held in: "venture", "the project company" (not "the shipping company")."""
    if noun.lower_ not in _VEHICLE_NOUNS:
        return False
    return noun.lower_ != "company" or noun.i == 0 or noun.doc[noun.i - 1].lower_ in ("project", "venture", "new",
                                                                                      "operating", "holding")


def _subjectish(c: Span) -> bool:
    """A subject or possessor, or the apposition naming one ("Amazon's cloud arm, Amazon Web Services, said"),
    or the company whose shares are the subject ("Shares of X rose 9% after the maker said it would ...")."""
    dep = c.root.dep_
    return dep in SUBJECT_DEPS | {"poss"} or (dep == "appos" and c.root.head.dep_ in SUBJECT_DEPS) or _shares_of(c)


def _shares_of(c: Span) -> bool:
    """"shares of X", "stock of X" as a clause's subject: a market report's way of naming the company."""
    of = c.root.head
    noun = of.head
    return (c.root.dep_ == "pobj" and of.lower_ == "of" and noun.dep_ in SUBJECT_DEPS
            and noun.lower_ in ("shares", "stock", "stocks"))


def _entity_over(tok: Token) -> Span | None:
    """The NER's entity that holds ``tok``, if any."""
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def _size_of_a_fund(amount: Span) -> bool:
    """"The £2.5m Green Growth Fund was set up by the council": a sum written before a fund's or a programme's name
    is its size, not money the fund puts in."""
    doc = amount.doc
    k = amount.end
    while k < len(doc) and k - amount.end < 6 and doc[k].text[:1].isupper():
        k += 1
    if k > amount.end and doc[k - 1].text in ("Fund", "Facility", "Programme", "Program", "Scheme", "Initiative"):
        return True
    # "its second fund, which closed at €120 million in January", "the fund closed at $300 million": what a fund raised
    # from its own backers.
    verb = amount.root.head.head if amount.root.dep_ == "pobj" else amount.root.head
    return verb.lower_ in ("closed", "closes", "close", "closing") and any(
        t.lower_ in ("fund", "funds", "vehicle") for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
        for t in ([verb.head] if c.lower_ in ("which", "that") else [c]))


def _describes_place(company: Span) -> bool:
    """The subject of a relative clause on a place: "a second plant in Kragujevac, Serbia, where X already runs a
    factory"."""
    verb = company.root.head
    return company.root.dep_ in SUBJECT_DEPS and verb.dep_ == "relcl" and any(
        t.lower_ == "where" and t.dep_ == "advmod" for t in verb.children)


def _called(company: Span, noun: Token) -> bool:
    """"Singapore-based private equity fund X", "X, a private equity fund,": a company the article describes by the
    noun a later subject names it with ("the fund"); not a pronoun, nor a noun every company is ("company")."""
    if noun.pos_ != "NOUN" or noun.lower_ in ("company", "firm", "group"):
        return False
    doc = company.doc
    k = company.start - 1
    while k >= 0 and company.start - k <= 4 and (doc[k].is_lower or doc[k].text in ("-", "–")):
        if doc[k].lower_ == noun.lower_:
            return True
        k -= 1
    return any(t.dep_ == "appos" and t.lower_ == noun.lower_ for t in company.root.children)


def _in_dateline(tok: Token) -> bool:
    """A word of the dateline ("HO CHI MINH CITY —"), as the NER or the place layer spans it."""
    ent = _entity_over(tok)
    spans = [ent] if ent is not None else []
    spans += [p for p in tok.doc.spans.get("places", []) if p.start <= tok.i < p.end]
    return any(is_dateline(s) or _city_and_state(s) for s in spans)


def _dateline_dash(doc: Doc, start: int, end: int) -> int | None:
    """Where the first dash of a dateline ("JEROME, Idaho —", "AARHUS, Denmark / BELGRADE, Serbia, 23 September
    2025 –") stands between ``start`` and ``end``."""
    return next((t.i for t in doc[start : min(len(doc), end)] if t.text in DATELINE_MARKS[:4]), None)


def _after_dateline(tok: Token) -> Token | None:
    """"JEROME, Idaho — A Dutch dairy cooperative will build ...": a dateline's word the parser made the subject; the
    noun phrase right after the dateline's dash is the one the sentence goes on about."""
    sent = tok.sent
    dash = _dateline_dash(tok.doc, tok.i, min(sent.end, tok.i + 10))
    if dash is None:
        return None
    return next((nc.root for nc in sent.noun_chunks if nc.start == dash + 1), None)


def _in_apposition(place: Span, company: Span) -> bool:
    """``place`` stands in the apposition right after ``company``, however the parser hangs it: "Drogéria Kvet
    s.r.o., a chain of 62 drugstores based in Banská Bystrica, for €21 million"."""
    doc = place.doc
    return company.end < place.start <= company.end + 15 and doc[company.end].text == "," and not any(
        t.pos_ in ("VERB", "AUX") and t.lower_ not in ("based", "headquartered") for t in doc[company.end : place.start])


def _conj_of(company: Span, heads: set[Token]) -> bool:
    """``company`` is joined by "and" to one of ``heads``, itself or by the descriptor before it ("... together with
    Czech fund A and Austrian insurer B")."""
    doc = company.doc
    if company.root.dep_ == "conj" and company.root.head in heads:
        return True
    before = doc[company.start - 1] if company.start > 0 else None
    return before is not None and before.dep_ == "conj" and before.head in heads and before.pos_ == "NOUN"


def _dateline_part(place: Span) -> bool:
    """A place in a paragraph's opening dateline, before its dash, however many places it names ("AARHUS, Denmark /
    BELGRADE, Serbia, 23 September 2025 – ...")."""
    doc = place.doc
    start = paragraph_start(doc, place.start)
    if not (doc[start].is_upper and doc[start].is_alpha and len(doc[start]) > 2):
        return False
    dash = _dateline_dash(doc, start, start + 20)
    return dash is not None and place.end <= dash


def _city_and_state(place: Span) -> bool:
    """A city opening a paragraph with its state or country after a comma, then the dateline's dash:
    "GREENVILLE, Texas — X will build ...", "ORANGEBURG, S.C. — " (the parser may make the city the subject)."""
    doc, end = place.doc, place.end
    if not opens_paragraph(doc, place.start) or end + 1 >= len(doc) or doc[end].text != ",":
        return False
    e = end + 1
    while e < len(doc) and e - end <= 3 and (doc[e].is_title or doc[e].is_upper) and doc[e].ent_type_ != "DATE":
        e += 1
    return end + 1 < e < len(doc) and doc[e].text in DATELINE_MARKS


def _agency_credit(span: Span) -> bool:
    """'BEIJING (Reuters) - ...', 'Poland--(Business Wire)--Acme', 'May 6, 2025 /PRNewswire/ -- Acme': the news
    agency or press wire in a dateline."""
    doc = span.doc
    if not (span.start > 0 and span.end + 1 < len(doc)):
        return False
    before, after, then = doc[span.start - 1].text, doc[span.end].text, doc[span.end + 1].text
    return (before, after) in (("(", ")"), ("/", "/")) and then in ("-", "–", "—", "--", "---")


# Words a plan's cost goes by, as the subject "projected"/"estimated" sizes (COST_NOUNS: the nouns "of" a sum hangs on).
_PLAN_COST_WORDS = frozenset({"investment", "investments", "cost", "costs", "capex", "outlay", "expenditure", "budget"})


def _projected_cost(t: Token) -> bool:
    """"projected" saying what a plan costs: "the total investment is projected at $48 million", "a projected cost of
    ..." (not a forecast: "sales are projected to reach ...")."""
    if t.dep_ == "amod":
        return t.head.lower_ in _PLAN_COST_WORDS
    subj = next((c for c in t.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return subj is not None and any(w.lower_ in _PLAN_COST_WORDS for w in subj.subtree) \
        and any(c.dep_ == "prep" and c.lower_ == "at" for c in t.children)


def _quoted(span: Span) -> bool:
    """The span stands inside a quotation its sentence opens with ('"Sandpiper looked at Costa Rica," she said'; not
    a defined term in quotes: '... ("Tengri Foods" or "the Company")')."""
    doc, sent = span.doc, span.sent
    text = doc.text[sent.start_char : sent.end_char]
    lead = len(text) - len(text.lstrip())
    if text[lead : lead + 1] not in ('"', "\u201c"):
        return False
    close = min((i for i in (text.find('"', lead + 1), text.find("\u201d", lead + 1)) if i >= 0), default=len(text))
    return span.start_char - sent.start_char < close


def _item_heading(sent: Span) -> bool:
    """A short line of its own with no full stop, under the headline: a briefs column's item heading."""
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > 14 or words[-1].text in (".", "!", "?", ":", '"', "\u201d", ")") \
            or paragraph_start(doc, sent.start) != sent.start:
        return False
    end = words[-1].i
    return end + 1 >= len(doc) or "\n" in doc[end].whitespace_ or doc[end + 1].is_space and "\n" in doc[end + 1].text


def _in_quotes(span: Span) -> bool:
    """The span stands between a quotation's marks within its paragraph (however the sentences split)."""
    doc = span.doc
    before = doc.text[doc[paragraph_start(doc, span.start)].idx : span.start_char]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _spoken_to(company: Span) -> bool:
    """The outlet a speaker tells something: "told Reuters", "said in an interview with Bloomberg", "speaking to
    Nikkei Asia"."""
    root = company.root
    head = root.head
    if root.dep_ in ("dobj", "dative") and head.lower_ in _TELL:
        return True
    return root.dep_ == "pobj" and head.lower_ in ("to", "with") and head.head.lower_ in _TELL | _SPEAK


_TELL = frozenset({"told", "tell", "tells", "telling"})
_SPEAK = frozenset({"said", "says", "saying", "spoke", "speaking", "speaks", "talking", "talked", "interview"})


def _a_year(amount: Span) -> bool:
    """A bare year the amount layer took for a sum ("to 2030")."""
    return len(amount) == 1 and amount.text.isdigit() and len(amount.text) == 4 and 1900 <= int(amount.text) <= 2100


_COMMENTATORS = ("analyst", "economist", "strategist", "researcher")


def _commentators_firm(company: Span) -> bool:
    """A company named as the employer of one who comments on the news ("said Choi Min-seo, an analyst at Hanbit
    Securities", "Westbow Securities analyst Priya Sandhu"): it puts no money in."""
    doc = company.doc
    if company[-1].lower_ in ("ratings", "rating"):
        return True  # "said Neha Tiwari, associate director at Tamarind Ratings": a ratings agency rates, it puts nothing in
    before = doc[max(0, company.start - 3) : company.start]
    if len(before) >= 2 and before[-1].lower_ in ("at", "with", "from") and before[-2].lower_.startswith(_COMMENTATORS):
        return True
    # "according to data firm Orbit Ledger", "according to research group X": the source of a figure, described
    # as one (not the company's own word: "According to Norvik Steel Ltd, the new mill will cost $500 million")
    k = company.start - 1
    while k > 0 and company.start - k <= 3 and (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "DET")):
        k -= 1
    if k > 0 and k < company.start - 1 and doc[k].lower_ == "to" and doc[k - 1].lower_ == "according":
        return True
    return company.end < len(doc) and doc[company.end].lower_.startswith(_COMMENTATORS)


def _hyphened(place: Span) -> bool:
    """"Singapore-listed", "Texas-based": a place in a hyphened word is the place, not a company's first word."""
    return place.end < len(place.doc) and place.doc[place.end].text in ("-", "–")


def _excluded(place: Span) -> bool:
    """"its largest plant outside China": a place the sentence sets apart is not where the money goes; nor one a
    clause of what no longer has to happen names ("so that whey no longer has to be trucked to a dryer in Germany")."""
    if place.start > 0 and place.doc[place.start - 1].lower_ in EXCLUDING_WORDS:
        return True
    clause = next((a for a in place.root.ancestors if a.dep_ == "advcl"), None)
    return clause is not None and any(t.lower_ == "longer" and t.i > 0 and t.doc[t.i - 1].lower_ == "no"
                                      for t in clause.subtree)


def _ranked_within(place: Span) -> bool:
    """"its first in Europe", "its first acquisition in Europe", "the largest in Asia": the place a first or a
    superlative ranks the deal within, not where the money goes."""
    root = place.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "across"):
        return False
    ranked = root.head.head
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in RANK_WORDS
               for t in (ranked, *(c for c in ranked.children if c.dep_ in ("amod", "advmod"))))


def _new_venture(by: Token) -> bool:
    """"by a new joint venture", "by a venture": a 'by' phrase naming a venture being set up (not "by the
    joint venture", one the article has already set up)."""
    return any(g.dep_ == "pobj" and g.lower_ in VENTURE_WORDS and any(
        d.lower_ in ("a", "an", "new") for d in g.children) for g in by.children)


def _venture_formed_before(sent: Span) -> bool:
    """The sentence before ends on a venture being set up: "A and B have formed a joint venture.", "... agreed to set
    up a venture to make cathodes." (the venture the object of its main verb, "a" or "new" before it)."""
    if sent.start == 0:
        return False
    prev = sent.doc[sent.start - 1].sent
    return any(t.lower_ in VENTURE_WORDS and t.dep_ == "dobj" and any(d.lower_ in ("a", "an", "new") for d in t.children)
               for t in prev)


def _share_bought(sent: Span) -> bool:
    """"to pay C$250 million for a 15 percent interest in the mine", "for a 30% holding": a share of a business or
    project, sized by a percentage, that the money buys (a stake by another name)."""
    return any(t.lower_ in ("interest", "holding", "shareholding") and any(
        d.ent_type_ == "PERCENT" for d in t.subtree if d.i < t.i) and t.head.lower_ in ("for", "acquire", "buy", "take")
               for t in sent) or _PRICE_FOR_STAKE.search(sent.text) is not None  # "The price for the shares is ..."


# Plural nouns for other companies than the one reported: "Rivals have spent ...", "Other carmakers are pouring ...".
OTHER_PARTIES = {"rivals", "competitors", "others", "peers", "investors", "incumbents"}
CLASS_PARTIES = {"companies", "firms", "makers", "carmakers", "automakers", "chipmakers", "manufacturers", "developers",
                 "suppliers", "operators", "groups", "miners", "producers", "players", "retailers", "lenders"}


def _goes_on(amount: Span) -> bool:
    """"The remaining £300m will fund ...", "A further 45 billion yen will fund ...": a sum, the subject, that goes on
    from the sums before (not how it is paid for: "the remaining 310 billion won ... bank borrowings")."""
    doc = amount.doc
    return amount.start > 0 and doc[amount.start - 1].lower_ in ("remaining", "further", "additional", "another") \
        and amount.root.dep_ in ("nsubj", "nsubjpass") and not _has(amount.sent.text, _FUNDING_WORDS)


_DEBT = re.compile(r"\b(?:loans?|debt|borrowings?|bonds?|credit (?:facility|line)|bank financing|project finance)\b", re.I)
_OWN_SHARE = re.compile(r"\b(?:own|equity|internal(?:ly)?|shareholders?|retained)\b", re.I)


_AT_THE_SITE = re.compile(r"\b(?:at|in|on|to) (?:the|its|that) (?:same |existing |new )?(?:site|plant|factory|facility|mill|"
                          r"campus|centre|center|complex|works|premises)\b", re.I)


_BACKER_NOUNS = frozenset({"fund", "investor", "bank", "lender", "insurer"})


def _debt_financed(amount: Span) -> bool:
    """"The remaining US$72 million will be financed by a syndicated loan", "The remaining €300 million will come from
    a bank loan", "The remaining $6.8 million is a venture debt facility": the part of a cost a lender puts up, the
    subject of how it is paid for, is no one's commitment."""
    head = amount.root.head if amount.root.dep_ in ("nsubj", "nsubjpass") else None
    if head is None or head.lower_ not in ("financed", "funded", "covered", "met", "come", "comes", "raised", "provided",
                                           "borrowed", "sourced", "is", "was", "will"):
        return False
    if head.lower_ in ("is", "was", "will") and not (amount.start > 0 and amount.doc[amount.start - 1].lower_ in (
            "remaining", "other", "balance")):
        return False  # ("The remaining $6.8 million is a three-year venture debt facility from X": the rest only)
    after = amount.doc[amount.end : min(amount.sent.end, head.i + 12)].text
    # (not the company's own share, borrowed in part: "£52 million will be funded by WPC from its own cash and a
    # revolving credit facility")
    return _DEBT.search(after) is not None and _OWN_SHARE.search(after) is None


def _plural_parties(subj: Token) -> bool:
    """A subject standing for the partners just named: "the two companies", "the developers", "the sponsors"."""
    return subj.lower_ in PLURAL_PARTIES or (
        subj.lower_ in PLURAL_ROLES and any(d.dep_ in ("det", "nummod") for d in subj.children))


def _and_joined(first: Span, second: Span) -> bool:
    """Only "and" between two names, and the second one's home ("... Co., Ltd and Nepal's Makalu Urja")."""
    between = first.doc[first.end : second.start]
    return 0 < len(between) <= 4 and between[0].lower_ == "and" and all(
        t.ent_type_ in ("GPE", "NORP") or t.text in ("'s", "’s") for t in between[1:])


def _other_parties(subj: Token) -> bool:
    """A subject naming other companies as a class, not one company nor the partners just named ("the two
    companies"): "rivals", "other carmakers", "Chinese developers"."""
    if subj.tag_ != "NNS":
        return False
    if subj.lower_ in OTHER_PARTIES:
        return True  # "rivals", "its rivals"
    # Not "the companies", "the two firms", "its suppliers": the partners or the company's own.
    return subj.lower_ in CLASS_PARTIES and any(d.dep_ == "amod" for d in subj.children) and not any(
        d.dep_ in ("det", "poss", "nummod") for d in subj.children)


_GRANTS = re.compile(r"\b(grants?|loans?|subsid(y|ies)|financing|credit (line|facility)|lending)\b", re.I)
_GIVING = ("offer", "provid", "award", "approv", "extend", "lend", "lent", "grant", "give", "gave", "pledg", "commit")


def _agent_company(verb: Token, companies: list[Span]) -> Span | None:
    """The company in the 'by' phrase of a passive verb ('to be built by X', 'will be acquired by Y')."""
    for by in verb.children:
        if by.dep_ == "agent":
            c = next((c for c in companies if any(c.start <= t.i < c.end for t in by.subtree)), None)
            if c is not None:
                return c
    return None

def _clause(tok: Token, within: Span | None = None) -> Token:
    """The verb whose clause holds ``tok`` (not a word of ``within``: the "won" of "1 trillion won")."""
    for t in (tok, *tok.ancestors):
        if t.pos_ in ("VERB", "AUX") and not (within is not None and within.start <= t.i < within.end):
            return t
    return tok.sent.root


def _first_words(companies: list[Span]) -> set[str]:
    """The first word of each company's key ("halden" of "Halden Hydro AS"): a word that opens a company's name."""
    return {key.split()[0] for key in (company_key(c.text) for c in companies) if key}


def _source_site(place: Span) -> bool:
    """"equipment and process technology from its plant in Ulsan": the site things come from, not where the money
    goes."""
    root = place.root
    doc = place.doc
    k = place.start - 2 if place.start > 1 and doc[place.start - 1].lower_ == "the" else place.start - 1
    if k >= 0 and doc[k].lower_ in ("in", "at", "near", "outside") and _is_flat(root.sent):
        # (A sentence the lean pipeline leaves unparsed, read by its words: "trucked from the company's mine near
        # Cue, in the Mid West".)
        words = [t.lower_ for t in doc[max(root.sent.start, k - 9) : k]]
        return "from" in words and not {"to", "into", "and", "for"} & set(words[words.index("from"):])
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "at", "near", "outside"):
        return False
    noun = root.head.head
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "from"


def _place_right_after(amount: Span, places: list[Span]) -> Span | None:
    """The place written right after a sum: "CHF 400 million in Basel", "$300m (€280m) for a plant in Ohio" is
    not (a noun comes between), "RM1.2 billion in the state of Johor" is."""
    doc, i = amount.doc, amount.end
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i : min(len(doc), i + 12)] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    if i >= len(doc) or doc[i].lower_ not in ("in", "at", "into", "to", "for", "on", "across"):
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in ("the", "state", "province", "city", "town", "region", "of"):
        i += 1
    return next((p for p in places if p.start == i), None)


def _place_right_before(amount: Span, places: list[Span]) -> Span | None:
    """The place written right before "for" and the sum: "two plants: one in Ulsan for 400 billion won and one
    in Clarksville, Tennessee, for $510 million" (the first place of a run, "Clarksville" of "Clarksville,
    Tennessee")."""
    doc = amount.doc
    if amount.start < 2 or doc[amount.start - 1].lower_ != "for":
        return None
    before = [p for p in places if p.end <= amount.start - 1 and all(
        t.text == "," or any(q.start <= t.i < q.end for q in places) for t in doc[p.end : amount.start - 1])]
    if not before:
        return None
    first = min(before, key=lambda p: p.start)
    return first if first.start > 0 and doc[first.start - 1].lower_ in ("in", "at", "near") else None


def _bigger_commitment_made(amount: Span, name: str, deals: list[DealRow]) -> bool:
    """The investor ``name`` already has a deal for a bigger sum in the amount's currency: the amount is a part of
    a commitment made (a phase of it, the cash of its financing)."""
    return any(d.investor == name and d.amount is not None and d.currency == amount._.currency
               and d.amount > amount._.value for d in deals)


def _sized_noun(amount: Span) -> Token:
    """The noun a sum sizes ("a $500 million plant" -> "plant"; "the $40 million Series B round" -> "round", not
    its "B"), else the sum's own head word."""
    root = amount.root
    noun = root.head if root.dep_ in SUM_DEPS else root
    while noun.dep_ == "compound" and noun.head != noun:
        noun = noun.head
    return noun


def _closes_a_raise(amount: Span) -> bool:
    """"the Company closed a C$6.5 million flow-through private placement": its subject takes the money in, whoever
    it is (not "led a $10 million round", a backer's)."""
    noun = _sized_noun(amount)
    return noun.lower_ in ("placement", "placing", "round", "offering", "raise", "raising") and noun.dep_ == "dobj" \
        and noun.head.lower_.startswith(("clos", "complet", "launch", "conduct", "rais"))


def _latest_year(doc: Doc) -> int | None:
    """The latest year (four digits, 1900-2099) the article's dates name."""
    years = [int(t.text) for e in doc.ents if e.label_ == "DATE" for t in e if t.is_digit and len(t.text) == 4
             and 1900 <= int(t.text) <= 2099]
    return max(years, default=None)


def _next_sentence_text(sent: Span) -> str:
    """The text of the sentence after ``sent`` (past blank lines), or ""."""
    doc = sent.doc
    i = sent.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i].sent.text if i < len(doc) else ""


def _is_flat(sent: Span) -> bool:
    """A sentence the pipeline did not parse (pipeline.lean parses only those with a sum or a company):
    every word hangs on the first with the label "dep"."""
    return all(t.dep_ == "dep" or t.head == t for t in sent)


def _sale_buyer(verb: Token) -> Token | None:
    """"agreed to sell its Thai unit to Y for $500 million": the named buyer after "to"."""
    if not verb.lower_.startswith(("sell", "sold")):
        return None
    return next((g for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" for g in p.children
                 if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ == "ORG")), None)


def _listed_with(first: Span, companies: list[Span]) -> list[Span]:
    """The names after ``first`` in a plain list "A, B and C" (nothing but commas and "and" between, the
    last joined by "and"); none for "Wiwynn Corp., Wistron's cloud-server unit," (an owner, no "and")."""
    doc = first.doc
    chain, prev, joined = [], first, False
    for c in sorted((c for c in companies if c.start >= first.end), key=lambda c: c.start):
        between = doc[prev.end : c.start]
        if not (0 < len(between) <= 2 and all(t.text in (",", "and", "&") for t in between)):
            break
        if c.end < len(doc) and doc[c.end].text in ("'s", "’s"):
            break
        chain.append(c)
        prev = c
        if any(t.text in ("and", "&") for t in between):
            joined = True
            break
    return chain if joined else []


def _label_colon(sent: Span, within: int) -> int | None:
    """Where the colon closing a line's label is, among the sentence's first ``within`` words ("Poland: PLN 385
    million ...", "Brahmaputra Cements Ltd, Guwahati: ...")."""
    return next((t.i for t in [t for t in sent if not t.is_space][:within] if t.text == ":"), None)


def _place_prep(place: Span) -> Token | None:
    """The preposition a place is the object of, through the list it heads ("in Türkiye, Eastern Europe and the
    Middle East": "in" for each)."""
    t = place.root
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    return t.head if t.dep_ == "pobj" else None


def _list_head(company: Span) -> Token:
    """The word a name's place in the sentence hangs on: the first of the list it is in, or the noun its apposition
    describes ("A and B" after "by": A's "by")."""
    root = company.root
    while root.dep_ in ("conj", "appos"):
        root = root.head
    return root


def _after_by_or_from(company: Span) -> bool:
    """A company named after "by" or "from", alone or in the list that follows it: "formed by A and B",
    "with participation from A"."""
    root = _list_head(company)
    return root.dep_ == "pobj" and root.head.lower_ in ("by", "from")


def _home_of_invested(place: Span) -> bool:
    """"in Rotafácil Tecnologia Ltda, a Curitiba-based startup": a "-based" place in the apposition of a name the
    money goes into; or before that name ("a Series B round in Kigali-based logistics start-up Safiri Cargo")."""
    if place.start > 0 and place.doc[place.start - 1].lower_ in ("in", "into"):
        return True
    t = place.root
    for _ in range(3):  # (the place, "-based", the noun they describe)
        if t.dep_ == "appos":
            return t.head.dep_ == "pobj" and t.head.head.lower_ in ("in", "into")
        t = t.head
    return False


# Words that make a sum a purchase's price: "for $X", "paid", "the price", "the consideration".
_PRICE_WORDS = re.compile(r"\b(?:price|paid|pay|pays|paying|consideration|valu|buy|bought|acqui|purchas)\w*", re.I)
# What a deal bought, by its purpose: "70% stake in X", "acquisition of X", "purchase of shares".
_BOUGHT = re.compile(r"\b(?:stake|acqui|purchas|buy|bought|takeover|shares|interest in|\d+(?:\.\d+)?\s?(?:%|per ?cent))", re.I)
# A lender by its name ("Banco do Nordeste", "Stanvale Bank", "BNDES") and what it lends.
_BANK = re.compile(r"\b(?:[Bb]ank|BANK|Banco|Banque|Bancorp|BNDES|Eximbank|EXIM)\b")
_LENDING = re.compile(r"\b(?:financ\w*|loans?|credit|lend(?:s|ing)?|lent|facility|debt|borrow\w*)\b")
_PURCHASE_HEDGES = ["talks", "option to", "considering", "exploring", "weighing", "interest in buying", "bid for",
                    "offer for", "offer to", "proposed acquisition", "would buy", "could buy", "might buy"]
# Periods too recent to make a past round history: "Last week, X raised ..." is the news.
_RECENT_PERIODS = frozenset("week weekend weeks month night monday tuesday wednesday thursday friday saturday sunday".split())


def _names_home_of(place: Span, words: set[str], reach: int, based: tuple[str, ...]) -> bool:
    """``place`` is the home the article gives a business whose name opens with one of ``words``: "P-based X"
    (X within ``reach`` words after), or "X, based in P" (``based`` the participles that may say so)."""
    doc = place.doc
    if _hyphened(place):
        return any(t.lower_ in words for t in doc[place.end : min(len(doc), place.end + reach)])
    before = doc[max(0, place.start - 2) : place.start]
    return len(before) == 2 and before[0].lower_ in based and before[1].lower_ in ("in", "at") \
        and any(t.lower_ in words for t in doc[max(place.sent.start, place.start - 7) : place.start - 2])


def _as_did(company: Span) -> bool:
    """"Y joined the round, as did returning investor Z": a backer named after "as did" (or "as have", "as has"),
    whatever the parser made of it; only words that describe it between."""
    doc = company.doc
    for i in range(company.start - 1, max(company.sent.start, company.start - 6) - 1, -1):
        t = doc[i]
        if t.lower_ in ("did", "do", "does", "has", "have", "had", "will", "would"):
            return i > company.sent.start and doc[i - 1].lower_ == "as"
        describes = t.is_lower or t.text == "-" or t.ent_type_ in ("GPE", "NORP")
        if not describes or (t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN")):
            return False
    return False


def _leads(company: Span) -> bool:
    """"its venture arm, Tapajós Ventures, would lead a R$60 million Series A round": the subject (or the
    subject's apposition) of "lead" a round."""
    root = company.root
    if root.dep_ == "appos":
        root = root.head
    verb = root.head
    return root.dep_ == "nsubj" and verb.lower_ in ("lead", "leads", "led", "co-lead", "co-leads", "co-led") and any(
        c.dep_ == "dobj" and c.lower_ in ("round", "financing", "raise", "investment") for c in verb.children)


def _dateline_head(tok: Token, places: list[Span]) -> Token:
    """"BUCHAREST, Romania – X S.A. ...": past the country the parser hangs a dateline's company on, the town."""
    while tok.dep_ == "appos" and any(p.start <= tok.i < p.end for p in places) \
            and any(p.start <= tok.head.i < p.end for p in places):
        tok = tok.head
    return tok


def _named_site_prep(place: Span) -> Token | None:
    """The preposition before a site a place names: "at" for "at its Nuevo Laredo office"."""
    noun = place.root.head
    if place.root.dep_ in ("compound", "nmod") and noun.i > place.root.i and noun.dep_ == "pobj":
        return noun.head
    return None


def _without_names(sent: Span) -> str:
    """The sentence's text with its companies' names left out: "Orient Agro Invest LLC offered 402 billion soums"
    has no word of investing."""
    names = [c for c in sent.doc.spans.get("companies", []) if sent.start <= c.start and c.end <= sent.end]
    if not names:
        return sent.text
    out, at = [], sent.start_char
    for c in sorted(names, key=lambda c: c.start):
        out.append(sent.doc.text[at : c.start_char])
        at = c.end_char
    out.append(sent.doc.text[at : sent.end_char])
    return " X ".join(out)


def _investment_forms(text: str) -> str:
    """Phrases whose words would read as no investment written as what they are: "price tag" is a cost, a "purchase
    price" the consideration paid for a business, a "bonded warehouse" no bond, "tax
    equity" is equity, a plant "with a budget of" a sum or an "investment budget" is what it costs (a state's
    budget stays a budget)."""
    text = text.replace("price tag", "cost").replace("tax equity", "equity").replace("Tax equity", "equity")
    # what a buyer pays for the business, not a unit's price ("purchase price", "(3) Acquisition price: US$96 million")
    text = _BUSINESS_PRICE.sub("consideration", text)
    # "The price for the shares is US$41.3 million": what the buyer pays for a stake
    text = _PRICE_FOR_STAKE.sub(r"consideration \1", text)
    # "to buy Evia Sea Links SA for €27.5 million including debt": the price counts the target's debt it takes on
    text = _INCLUDING_DEBT.sub(" ", text)
    # "a US$107 million bonded warehouse": goods held under customs bond, no bond issued
    text = _BONDED.sub("customs", text)
    return _COST_BUDGET.sub("cost", text)


_PRICE_WORD = re.compile(r"\bprice\b", re.I)
_BUSINESS_PRICE = re.compile(r"\b(?:purchase|acquisition) price\b", re.I)
_PRICE_FOR_STAKE = re.compile(r"\bprice (?:(?:agreed|paid|payable|offered) )?((?:for|of) the (?:shares|stake|interest|holding|"
                              r"acquisition))\b", re.I)  # "The price agreed for the shares is S/ 128.6 million"
_INCLUDING_DEBT = re.compile(r"\b(?:including|includes|incl\.?)\s+(?:its\s+|the\s+)?(?:net\s+|assumed\s+)?debt\b", re.I)


_BONDED = re.compile(r"\bbonded(?= (?:warehouse|logistics|zone|area|storage|facility|store))", re.I)
_BONDED_WORD = re.compile(r"\bbonded\b", re.I)
_COST_BUDGET = re.compile(r"(?<=with a )(?:total )?budget(?= of)|(?<=investment )budget|(?<=capital )budget", re.I)


def _same_name(a: str | None, b: str | None) -> bool:
    """One place named short and in full: "Sudair" and "Sudair City for Industry and Business"."""
    if not a or not b:
        return False
    x, y = sorted((a.lower().split(), b.lower().split()), key=len)
    return y[: len(x)] == x


_QUOTES = str.maketrans({q: " " for q in "\"“”‘’"})


def _stake_held(company: Span) -> bool:
    """A word of the company's name is the object of "a stake (an interest, a holding) in"."""
    return any(t.dep_ == "pobj" and t.head.lower_ in ("in", "into") and t.head.head.lower_ in (
        "stake", "interest", "holding", "shareholding") for t in company)


def _says_of(verb: Token, anchor: Token) -> bool:
    """A coordinated verb with no subject of its own whose first verb's subject holds ``anchor``: it goes on about
    the commitment ("its planned TSh 40 billion line, announced last year, was on hold", parsed as one subject)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and anchor in set(c.subtree) for c in verb.head.children)


_FUNDS_NOUNS = {"fund", "funds", "funding", "grant", "grants", "money", "budget", "budgets", "subsidy", "subsidies", "aid",
                "loan", "loans", "programme", "program", "scheme"}


_GRANT_WORDS = ["grant", "subsid", "state aid", "aid of", "non-refundable", "nonrefundable", "co-financ", "cofinanc"]
# The company's own money, and what is left of a total once others' shares are taken out.
_OWN_FUNDS = ["own equity", "own cash", "own funds", "own resources", "internal accruals"]
_REST_WORDS = ["the rest", "the remainder", "the balance"]
_OWN_WORDS = _OWN_FUNDS + ["own capital", "own money", "remaining"] + _REST_WORDS


def _share_beside_grant(amount: Span, name: str, deals: list[DealRow], amounts: list[Span]) -> bool:
    """"a grant of PLN 18.4 million ... will cost PLN 46 million in total. The company will cover the remaining PLN
    27.6 million from its own funds": the company's own share beside a grant, which with the grant makes up its
    total, is what its deal carries (corpus/GUIDELINES.md); the total's row takes the share."""
    if not _has(amount.sent.text, _OWN_WORDS):
        return False
    total = next((d for d in reversed(deals) if d.investor == name and d.amount and d.currency == amount._.currency
                  and d.amount > amount._.value), None)
    if total is None:
        return False
    for g in amounts:
        if g.sent.start != amount.sent.start and g._.currency == amount._.currency and _has(g.sent.text, _GRANT_WORDS) \
                and abs(g._.value + amount._.value - total.amount) <= 0.005 * total.amount:
            total.amount = amount._.value
            return True
    return False


def _located(place: Span) -> bool:
    """A place something stands in: the object of "in", "at", "on", "near", "outside" ("its plant in Puławy"), also
    after its kind ("a plant in the town of Kant")."""
    root = place.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _PLACE_KINDS \
            and root.head.head.dep_ == "pobj":
        root = root.head.head
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "on", "near", "outside")


def _site_of_a_thing(place: Span) -> bool:
    """"a plant next to its sawmill in Varkaus": where a thing stands, though a headline's company opens with the
    place ("Varkaus CLT plant"); not the business a stake is held in ("a stake in Halden")."""
    head = place.root.head
    return _located(place) and head.head.pos_ == "NOUN" and head.head.lower_ not in (
        "stake", "stakes", "interest", "holding", "holdings", "shares", "investment", "investments", "equity")


def _funds_of(place: Span) -> bool:
    """A place that names whose money it is: "EU cohesion funds", "a Polish state grant", "the EU's programme"."""
    head = place.root.head
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    return place.root.dep_ in ("compound", "amod", "nmod", "poss") and head.lower_ in _FUNDS_NOUNS


def _has(text: str, stems: list[str]) -> bool:
    # A quotation mark opens no word: 'said it was "not pursuing" the plan' holds "not pursuing".
    t = " " + text.lower().translate(_QUOTES) + " "
    return any((" " + s) in t for s in stems)


def _interviewee_company(sent: Span, companies: list[Span]) -> Span | None:
    """"What changes now?" / "... We will invest about 12 million euros ...": in a Q&A whose answers carry no
    name, an answer's "we" is the company of the official the introduction names before the first question."""
    doc = sent.doc
    start = paragraph_start(doc, sent.start)
    end = start - 1
    while end > 0 and doc[end].is_space:
        end -= 1
    if end <= 0 or doc[end].text != "?" or doc[paragraph_start(doc, end) : end].text.count(":"):
        return None
    first_question = next((t.i for t in doc if t.text == "?" and (t.i + 1 == len(doc) or doc[t.i + 1].is_space)), end)
    for o in doc.spans.get("officials", []):
        if o.start < first_question and o._.affiliation:
            key = company_key(o._.affiliation)
            found = next((c for c in companies if company_key(c.text) == key), None) or _named_in_full(key, companies)
            if found is not None:
                return found
    return None


# A company's own voice: its earnings call ("Ledgeview Dairy Ingredients (LDGV) Q2 2026 earnings call", "Cerámicas
# Mijares, S.A. - First-quarter 2026 results conference call", "welcome to the X first-quarter results call") and its
# blog ("From the Sandstone Hearth blog", "Posted by the Txirrindu team").
_CALL = re.compile(r"\b(?:Q[1-4]|H[12]|FY|[Ff]irst-quarter|[Ss]econd-quarter|[Tt]hird-quarter|[Ff]ourth-quarter|"
                   r"[Ff]ull-year|[Hh]alf-year|[Aa]nnual)(?: \d{4})? (?:earnings|results)(?: conference)? call\b")
_BLOG = re.compile(r"\b(?:[Pp]osted by|[Ff]rom) the (?P<name>[A-Z][^\n]{1,60}?) (?:team|blog|newsroom)\b")


def _own_company(doc: Doc, companies: list[Span]) -> Span | None:
    """Whose "we" a company's own text is written in: the company whose earnings call or blog it is, by the words
    that say so (``_CALL``, ``_BLOG``), not any company a story names."""
    text = doc_text(doc)

    def same(a: str, b: str) -> bool:  # "Sandstone Hearth" of "Sandstone Hearth Bakery Co."
        return bool(a and b) and (a == b or a.startswith(b + " ") or b.startswith(a + " "))

    for m in _CALL.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        before = [c for c in companies if line <= c.start_char and c.end_char <= m.start()
                  and m.start() - c.end_char <= 25]
        if before:
            key = company_key(before[-1].text)
            return max((c for c in companies if same(company_key(c.text), key)), key=lambda c: len(c.text))
    for m in _BLOG.finditer(text):
        key = company_key(m.group("name"))
        named = [c for c in companies if same(company_key(c.text), key)]
        if named:
            return max(named, key=lambda c: len(c.text))
    return None


_CORRECTION_NOTE = re.compile(r"\b(?:earlier|previous|original) version of this (?:story|article|report)|\bmisstated\b|"
                              r"\b(?:incorrectly|erroneously|wrongly) (?:stated|reported|said|gave)\b", re.I)


def _corrected_away(amount: Span) -> bool:
    """A correction's wrong figure: "The company will invest $72 million, not $27 million", "(not £140m as
    previously reported)"."""
    if _CORRECTION_NOTE.search(amount.sent.text):
        return True  # "An earlier version of this story ... said that X would invest £140 million"
    doc = amount.doc
    k = amount.start - 1
    while k >= 0 and doc[k].lower_ in ("about", "around", "some", "roughly", "approximately"):
        k -= 1
    return k >= 1 and doc[k].lower_ == "not" and doc[k - 1].text in (",", "(", "—", "–", ";")


def _brief_company(amount: Span, companies: list[Span]) -> Span | None:
    """A wire's brief: "Tahoka Draw Midstream LP: * says board approved construction of a plant ... at an estimated
    cost of about $410 million * says will also spend about $65 million ...", "KINTYRE SALMON - WILL ALSO SPEND
    ABOUT £7.5 MLN": each starred item is the company's that the colon before the first star names, where no other
    company opens the item."""
    doc = amount.doc
    line = amount.sent.start
    star = doc[line].i if doc[line].text == "*" else None
    if star is None:
        return None
    lead = next((c for c in companies if c.start < star and c.end + 1 < len(doc) and doc[c.end].text == ":"
                 and next((t.text for t in doc[c.end + 1 : c.end + 3] if not t.is_space), "") == "*"), None)
    if lead is None or lead.end >= amount.start:
        return None
    key = company_key(lead.text)
    for c in companies:
        if star < c.start < amount.start and not (company_key(c.text) == key or key.startswith(company_key(c.text) + " ")):
            # another company in the item before the sum: the item is about it ("agreed to acquire ... from X")
            if not any(t.lower_ in ("from", "with", "to") for t in doc[max(star, c.start - 2) : c.start]):
                return None
    return lead


def _named_in_full(key: str, companies: list[Span]) -> Span | None:
    """The first company whose name is ``key`` (a company key) or begins with it: "Hon Hai" of
    "Hon Hai Precision Industry"."""
    if not key:
        return None
    return next((c for c in companies if company_key(c.text) == key or company_key(c.text).startswith(key + " ")),
                None)


def _parts_of(summed: list[DealRow], i: int) -> list[DealRow]:
    """The 2 to 4 deals reported right after ``summed[i]`` (or right before it) whose sums add up to its sum in
    its currency, else none: not any that add up in a story of many pledges."""
    d = summed[i]
    for k in (2, 3, 4):
        for parts in (summed[i + 1 : i + 1 + k], summed[max(0, i - k) : i]):
            if len(parts) == k and all(o.currency == d.currency and o.amount < d.amount for o in parts) \
                    and abs(sum(o.amount for o in parts) - d.amount) <= 0.005 * d.amount:
                return parts
    return []


# "The investment, worth about 8.1 trillion dong, will ...": the commitment given before, its worth in another currency.
_RESTATED_WORTH = re.compile(r"^(?:The|This) (?:total |whole )?(?:investment|project|plan|commitment|deal),? "
                             r"(?:worth|valued at)(?: about| around| roughly| some| approximately| nearly)?\s*$")


def _equivalent(amount: Span, amounts: list[Span]) -> bool:
    """"The investment, equivalent to about 1.14 trillion kip, ...", "The investment, worth about 8.1 trillion dong,
    ...": a sum the article restates in another currency, named as its equivalent, after a sum in a currency of
    its own."""
    doc = amount.doc
    before = [t.lower_ for t in doc[max(amount.sent.start, amount.start - 4) : amount.start]]
    if not any(w in ("equivalent", "equal", "equals") for w in before) \
            and not _RESTATED_WORTH.match(doc[amount.sent.start : amount.start].text):
        return False
    return any(o.start < amount.start and o._.currency != amount._.currency for o in amounts)


_CAPEX = re.compile(r"\b(?:capital (?:expenditure|spending|budget|investment)s?|capex|investment budget|spending plan)\b",
                   re.I)


# "has agreed to subscribe for new shares worth US$52 million": a subscription's worth is what the subscriber pays.
_SUBSCRIBES = re.compile(r"\bsubscri(?:be|bes|bed|bing)\s+(?:for|to)\b", re.I)
_SHARES_WORTH = re.compile(r"\bworth\b", re.I)


def _capex_budget(amount: Span) -> bool:
    """"plans capital expenditure of about €210 million in 2025", "raise capital spending next year to NT$14.5
    billion": a year's capital-spending budget (the words within the few before the sum)."""
    doc = amount.doc
    return bool(_CAPEX.search(doc[max(amount.sent.start, amount.start - 6) : amount.start].text))


def _split_budgets(deals: list[DealRow], budgets: set[int]) -> set[int]:
    """Ids of the capital-spending budgets the article goes on to split into sites ("capital expenditure of about
    €210 million ... Of that, €85 million will go to a line in Bydgoszcz"): the sites' sums are the commitments,
    whether or not they add up to it (the rest is upkeep)."""
    return {id(d) for i, d in enumerate(deals) if id(d) in budgets and any(
        e.investor == d.investor and e.amount and e.amount < d.amount
        and (e.currency == d.currency or e.location != d.location) for e in deals[i + 1 :])}


def _venture_totals(summed: list[DealRow]) -> set[int]:
    """Ids of a venture's total that its partners carried and then each gave their own share of ("A and B will
    build a RO 48 million plant ... A will contribute RO 14.4 million, B RO 9.6 million", the rest debt): the
    partners put in their shares, which take the total's purpose, announcer and timeframe."""
    dropped: set[int] = set()
    for d in summed:
        carriers = [e for e in summed if e.amount == d.amount and e.currency == d.currency]
        if len({e.investor for e in carriers}) < 2:
            continue
        shares = {e.investor: [o for o in summed[summed.index(e) + 1 :] if o.investor == e.investor
                               and o.currency == e.currency and o.amount < e.amount] for e in carriers}
        # (Each its own share: the same later sum on every partner is another joint commitment, "the buyers will
        # also spend A$400 million", unless the equal shares make up the total, "each will put in $1 billion".)
        firsts = [v[0].amount for v in shares.values() if v]
        own = len(set(firsts)) == len(firsts) and sum(firsts) <= d.amount * 1.005
        split = abs(sum(firsts) - d.amount) <= 0.005 * d.amount
        if all(shares.values()) and (own or split):
            dropped |= {id(e) for e in carriers}
            for e in carriers:
                for o in shares[e.investor]:
                    o.purpose, o.announced_by = o.purpose or e.purpose, o.announced_by or e.announced_by
                    o.timeframe = o.timeframe or e.timeframe
    return dropped


# "Of this, ...", "Of the amount, ...", "Of the planned capital spending, ...": a sentence that splits the sum before.
# ("Of next year's budget, ...", "Of its capex, ...")
_SPLIT_OPENER = re.compile(r"\W*(?:Of|Out of) (?:this|that|it|which|these|"
                           r"(?:the|its|their|our|this|that|next|last) [^,.;]{1,60}),")


# Periods a sum "per" one of which is a rate of spending, not a price.
_RATE_PERIODS = {"year", "annum", "quarter", "season", "cent", "centum"}


# A headline that denies ("X denies report of ...", "X Responds to Media Report") and says nothing else: no clause
# after a comma, semicolon or colon, no "but", "confirms" or "to build"/"will invest" of its own.
_DENIAL = re.compile(r"\b(?:denies|denied|deny|dismisses|rejects|refutes)\b|\bresponds to (?:a )?(?:media |press )?reports?\b",
                     re.I)
_NOT_ONLY_DENIAL = re.compile(r"[,;:]|\b(?:but|confirms?|while|as it)\b", re.I)


def _denial_only(headline: str) -> bool:
    """'Hanseong Chemical denies report of $2.6 bln Texas cathode plant' (not 'Lianfa Precision denies Vietnam
    factory report, confirms RM900 million Penang expansion').

    >>> _denial_only("Kinta Latex denies report of RM1.5bil glove plant in Laos")
    True
    >>> _denial_only("Zhongke Lithium to build 5 billion yuan battery base in Hefei, denies Hungary plan")
    False
    """
    return bool(_DENIAL.search(headline)) and not _NOT_ONLY_DENIAL.search(headline)


# A filing's field: "6. Total investment amount: ...", "Amount of investment: ..." (a label of a few words, a colon);
# and its numbered item ("1. The signing of ...").
_FIELD_LABEL = re.compile(r"\s*(?:\(?\d{1,2}[.)]\s*|[-–•]\s+)?(?P<label>[A-Z][A-Za-z ,/()-]{3,60}):\s")
_NUMBERED = re.compile(r"\s*\(?\d{1,2}[.)](?:\s|(?=[A-Z(]))")  # "1. ", "(1)Zhunan Plant", "2.Content" (not "2.5")
_NUMBER_ONLY = re.compile(r"\s*\(?\d{1,2}[.)]\s*")


def _numbered(sent: Span) -> bool:
    """A numbered line: "1. ...", "(1)Zhunan Plant ...", or the line after a number the parser split off ("1." then
    "Seomun Precision Motors ...")."""
    doc = sent.doc
    return bool(_NUMBERED.match(sent.text) or _NUMBER_ONLY.fullmatch(sent.text)) or (
        sent.start >= 2 and doc[sent.start - 1].text in (".", ")") and doc[sent.start - 2].like_num
        and opens_paragraph(doc, sent.start - 2))


# Words that make a sentence's commitment another one than those before it.
_ANOTHER_WORDS = ["also", "separate", "another", "second", "additionally", "in addition", "too", "as well", "joint venture"]


# Words of a split by who pays ("£52 million from its own cash ..., £16 million from a grant"), not by site.
_FUNDING_WORDS = ["grant", "loan", "credit", "debt", "equity", "subsid", "own cash", "own funds", "borrow", "bond"]


@dataclass
class _Split:
    """A total whose parts the story is giving, and the parts given so far (each with whether it has a place of its
    own)."""
    total: DealRow
    investor: Span
    left: float
    parts: list[tuple[DealRow, bool]] = field(default_factory=list)

    def takes(self, amount: Span) -> bool:
        """A sum in the total's currency, smaller than it, that the parts named so far leave room for."""
        return amount._.currency == self.total.currency and amount._.value < self.total.amount and \
            amount._.value <= self.left + 0.005 * self.total.amount


def _sites_of_splits(deals: list[DealRow], splits: list[_Split]) -> list[DealRow]:
    """A total's parts are deals of their own where each goes to a site of its own ("Rs 950 crore on a mall at
    Kodimatha ..., and Rs 500 crore on a hub at the Kinfra Mega Food Park"); parts that are the pieces of one
    project ("US$780mn to a concentrator line, US$310mn to a desalination plant") leave the total the one deal."""
    dropped: set[int] = set()
    for split in splits:
        places = [d.location for d, sited in split.parts if sited]
        if len(places) < 2 or len(set(places)) < len(places):
            dropped |= {id(d) for d, _ in split.parts}
            continue
        # A part with no site of its own beside the sited ones is the rest where all the parts add up to the total
        # ("The remaining ₹60 crore will be spent on rooftop solar panels at the company's existing mills"): a deal
        # of its own, placed nowhere; else it was no part (a revenue figure the story went on to).
        whole = abs(sum(d.amount for d, _ in split.parts) - split.total.amount) <= 0.005 * split.total.amount
        for d, sited in split.parts:
            if not sited and d is not split.total:
                if whole:
                    d.location = d.location_country = None
                else:
                    dropped.add(id(d))
        if all(d is not split.total for d, _ in split.parts):
            # ("Of that, Bt3.2 billion will go to a line at Amata City ... and about Bt900 million to its plant in
            # Samut Prakan", the rest upkeep: the budget's sited parts are the deals, the budget none beside them.)
            dropped.add(id(split.total))
    return [d for d in deals if id(d) not in dropped]


# "will not put in any cash", "will not take an equity stake or put money into", "has no stake in": a company the
# article says puts no money in.
_PUTS_NO_MONEY = re.compile(r"\b(?:will|would|does|did|is|are|has|have)\s+(?:not|no)\b(?:\s+\w+){0,4}?\s+"
                            r"(?:(?:any|an?|equity|its own)\s+)*(?:cash|money|stake|equity|capital)\b"
                            r"|\b(?:will|would)\s+not\s+(?:co-)?invest\b")


def _without_cashless_partners(deals: list[DealRow], doc: Doc, companies: list[Span]) -> list[DealRow]:
    """A partner the article says puts no money in ("Kozahan will not take an equity stake or put money into the
    factory", "Hanoi Frost ... will contribute the site but will not put in any cash") carries no copy of the
    investor's sum: its row that repeats another company's sum (or has none) goes."""
    cashless = set()
    for sent in doc.sents:
        for m in _PUTS_NO_MONEY.finditer(sent.text):
            at = sent.start_char + m.start()
            subj = [c for c in companies if sent.start <= c.start and c.end_char <= at and _subjectish(c)]
            if subj and company_key(subj[-1].text):
                cashless.add(company_key(subj[-1].text))
    if not cashless:
        return deals

    def named(d: DealRow) -> bool:
        k = company_key(d.investor)
        return any(k == c or k.startswith(c + " ") for c in cashless)

    return [d for d in deals if not (named(d) and (d.amount is None or any(
        o.investor != d.investor and o.amount == d.amount and o.currency == d.currency for o in deals)))]


_VENTURE_BEFORE = re.compile(r"\b(?:joint venture|venture|JV)(?: company| vehicle)?\s*,\s*$", re.I)


def _named_venture(company: Span) -> bool:
    """The company is named right after "the joint venture," ("the joint venture company,"), read on the words: the
    parser may make the name the next clause's subject."""
    return _VENTURE_BEFORE.search(company.doc[max(company.start - 4, 0) : company.start].text) is not None


def _without_named_venture(deals: list[DealRow], named: set[str]) -> list[DealRow]:
    """"Warta will put up €21 million for a 60% stake in the joint venture, WH Cable Ukraine LLC, and Halychyna Energo
    will contribute €14 million": the venture the partners' shares go into (``named``: its row names) is no partner,
    where a partner carries the same sum."""
    return [d for d in deals if not (d.investor in named and any(
        e is not d and e.investor not in named and e.amount == d.amount and e.currency == d.currency for e in deals))]


def _one_row_per_commitment(deals: list[DealRow], budgets: set[int] = frozenset(),
                            purchases: set[int] = frozenset()) -> list[DealRow]:
    """One row per commitment. The article's total given beside its parts is no deal of its own: a deal whose sum is
    the sum of two or more others in its currency ("4.2 trillion won in the U.S. and Hungary ... 2.9 trillion
    won will go to its plant in Clarksville ... and 1.3 trillion won to its factory in Ivancsa"; partners'
    shares and a venture's total). A part credited to a unit that shares the total's investor's first name ("its
    U.S. unit Daebong Energy America") is the investor's, as the total was. A facility reported with no sum in
    the place where the same investor's sum goes is that commitment (not a business bought with no price given,
    one of ``purchases``: buying the bakery and a new line in it are two).

    >>> rows = [DealRow("a", "Daebong Energy Solution", 4.2e12, "KRW", "United States", None, None, None),
    ...         DealRow("a", "Daebong Energy America", 2.9e12, "KRW", "Clarksville", None, None, None),
    ...         DealRow("a", "Daebong Energy Solution", 1.3e12, "KRW", "Ivancsa", None, None, None)]
    >>> [(d.investor, d.amount) for d in _one_row_per_commitment(rows)]
    [('Daebong Energy Solution', 2900000000000.0), ('Daebong Energy Solution', 1300000000000.0)]
    >>> rows = [DealRow("a", "Safliya Valbrembana Nonwovens", 310e6, "QAR", None, None, None, None),
    ...         DealRow("a", "Safliya Packaging Industries", 186e6, "QAR", None, None, None, None),
    ...         DealRow("a", "Tessitura Valbrembana", 124e6, "QAR", None, None, None, None)]
    >>> [d.investor for d in _one_row_per_commitment(rows)]
    ['Safliya Packaging Industries', 'Tessitura Valbrembana']
    """
    summed = [d for d in deals if d.amount]
    totals = [(d, parts) for i, d in enumerate(summed) if (parts := _parts_of(summed, i))]
    for total, parts in totals:
        first = company_key(total.investor).split()[:1]
        # (Not a venture named after its partners: "Safliya Valbrembana Nonwovens" of Safliya Packaging Industries
        # and Tessitura Valbrembana, whose shares these parts are.)
        overlaps = [frozenset(company_key(p.investor).split()) & frozenset(company_key(total.investor).split())
                    for p in parts]
        if len(parts) >= 2 and all(overlaps) and len(set().union(*overlaps)) == sum(len(o) for o in overlaps):
            continue  # (each partner gives the venture's name a word of its own)
        for part in parts:
            if part.investor != total.investor and company_key(part.investor).split()[:1] == first:
                part.investor = total.investor
    dropped = {id(t) for t, _ in totals}
    dropped |= _split_budgets(deals, budgets) | _venture_totals(summed)
    # "X will build a mill in Pasir Gudang" beside "X to build RM900 million mill in Johor ... will invest
    # RM900 million in the mill": the facility with no sum is the one the sum was given for.
    for d in deals:
        if d.amount is None and d.location is not None:
            sized = next((e for e in deals if e is not d and id(e) not in dropped and e.investor == d.investor
                          and e.amount is not None and e.location == d.location
                          and (id(d) not in purchases or not e.purpose or _BOUGHT.search(e.purpose))), None)
            if sized is not None:
                sized.announced_by = sized.announced_by or d.announced_by
                sized.timeframe = sized.timeframe or d.timeframe
                dropped.add(id(d))
    return [d for d in deals if id(d) not in dropped]


class Linker:
    def __init__(self, cues: Mapping):
        self.cues = cues
        self.gaz = default_gazetteer()
        # What a company is called by its kind ("maker", "lender"), singular ("makers" -> "maker").
        self._kind_nouns = frozenset(w for w in cues["subject_nouns"] if w != "it")
        # What a plan is made of: "its scrapped $300 million plant" is a plan given up, "scrapped batteries" waste.
        self._plan_nouns = frozenset(cues["facility_nouns"] + cues["project_nouns"] + [
            "plan", "plans", "project", "projects", "deal", "deals", "investment", "investments", "expansion", "proposal",
            "bid", "venture", "order", "orders"])
        self._published_year: int | None = None  # the article's, while one is linked
        self._latest_year: int | None = None  # the latest year the article names, while one is linked
        self._story_country: str | None = None  # where the article is set (places.story_country), while one is linked
        self._defined: dict[str, Span] = {}  # the article's defined terms ('the "Company"') -> the company
        self._lead: Span | None = None  # the investor of the article's first deal, while one is linked
        self._round_members: Mapping[str, Span | None] = {}  # the article's round leads and backers (company keys)
        self._last_round: set[str] = set()  # the company keys of the last round's lead and backers
        # A consortium's lead (its deal's investor name) -> (its span, the names of the members backing it).
        self._consortium: dict[str, tuple[Span, list[str]]] = {}

    def _company_at(self, tok: Token, companies: list[Span]) -> Span | None:
        for c in companies:
            if c.start <= tok.i < c.end:
                # Not a demonym describing a noun ("its Thai joint venture"), whatever company it begins.
                if len(c) == 1 and c.root.ent_type_ == "NORP" and c.root.dep_ in ("amod", "nmod", "compound"):
                    return None
                return c
        return None

    def _refers_back(self, tok: Token) -> bool:
        if tok.lower_ in ("it", "its", "they", "their"):
            return True
        # Not a class noun a name follows ("the state-owned utility Comisión Federal de Electricidad"): the name.
        doc = tok.doc
        named = tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].ent_type_ in (
            "ORG", "PERSON", "GPE", "FAC", "NORP")
        return tok.lower_ in self.cues["subject_nouns"] and not named

    @staticmethod
    def _listed_clause_subject(amount: Span, companies: list[Span]) -> Span | None:
        """"X committed $600 million to a factory, Singapore-based Y unveiled a $150 million hub, and ...": in a
        list of clauses, the company written right before a coordinated clause's verb is its subject, whatever
        the parser hung it on."""
        verb = _clause(amount.root, amount)
        if verb.dep_ != "conj":
            return None
        return next((c for c in companies if c.end == verb.i and c.sent.start == amount.sent.start), None)

    def _controlled(self, amount: Span, companies: list[Span]) -> Span | None:
        """"The Board authorised the Company's wholly owned subsidiary, X, to invest TSh 48 billion": the company a
        verb of authorising takes as its object (or that object's apposition) does what its "to" clause says."""
        verb = next((a for a in amount.root.ancestors if a.pos_ == "VERB"), None)
        if verb is None or verb.dep_ != "xcomp" or not verb.head.lower_.startswith(tuple(self.cues["control_verbs"])):
            return None
        obj = next((g for g in verb.head.children if g.dep_ == "dobj"), None)
        if obj is None:
            return None
        return self._company_at(obj, companies) or next(
            (c for a in obj.children if a.dep_ == "appos" and (c := self._company_at(a, companies)) is not None), None)

    def _filing_field(self, amount: Span, companies: list[Span]) -> Span | None:
        """"6. Total investment amount: Up to NT$6.8 billion": a filing's numbered or labelled field of the sum it
        invests is the filer's commitment (the company its defined "Company" names, else the first it names)."""
        sent = amount.sent
        # "1. The signing of a share purchase agreement to acquire 80% of ... for OMR 5.6 million": a filing's
        # numbered resolution with no subject of its own is the filer's, by its defined "the Company".
        # "The Board has approved the construction of ... at a total cost of N42 billion": so is what the filer's
        # Board (capitalised, as filings write their own) resolves.
        board = any(t.dep_ in ("nsubj", "nsubjpass") and t.text in ("Board", "Directors") for t in sent)
        numbered = _numbered(sent)
        if (numbered or board) and "company" in self._defined and not any(
                c.root.dep_ in SUBJECT_DEPS for c in companies if c.sent.start == sent.start):
            return self._defined["company"]
        label = _FIELD_LABEL.match(sent.text)
        if numbered and companies and label is not None and not label.group("label").startswith("Total") \
                and not any(sent.start_char <= c.start_char < sent.start_char + label.end() for c in companies) \
                and not any(c.root.dep_ in SUBJECT_DEPS for c in companies if c.sent.start == sent.start):
            # "(1)Zhunan Plant, Miaoli County: construction of a second building: NT$9,800,000 thousand": a filing's
            # numbered line of its capital budget, labelled by a site and not by a company, is the filer's (the
            # company it names first); not the line of their total
            return min(companies, key=lambda c: c.start)
        m = _FIELD_LABEL.match(sent.text)
        if m is None or amount.start_char - sent.start_char > m.end() + 12 \
                or not _has(m.group("label").lower(), ["investment", "invest", "capital expenditure", "acquisition amount",
                                                       "acquisition price", "acquisition cost"]) \
                or _has(m.group("label").lower(), ["percent", "%", "source", "funds", "ratio"]):
            return None
        filer = self._defined.get("company")
        if filer is None and companies:
            filer = min(companies, key=lambda c: c.start)
        return filer

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
        if c.start == 0 or doc[c.start - 1].lower_ not in GAPPED_CLAUSE_OPENERS or len(between) > 4:
            return None
        if any((t.pos_ in ("VERB", "AUX", "ADP") and t.dep_ != "amod") or t.like_num for t in between):
            return None
        return c

    def _gapped_descriptor(self, amount: Span, companies: list[Span]) -> Span | None:
        """"Rawabi will contribute SAR 2.25 billion and the Korean firm SAR 1.5 billion": a gapped clause whose
        investor is a descriptor, its demonym naming the home of one company of the article ("South Korea's
        Daemyung Chemical", "Daemyung, a Korean maker")."""
        doc = amount.doc
        i = amount.start
        named = self._gapped_name_noun(amount, companies)
        if named is not None:
            return named
        # (... "and its Azerbaijani partner $18 million": the partner a demonym names)
        if i < 4 or doc[i - 4].lower_ not in ("and", ",") or doc[i - 3].lower_ not in ("the", "its") \
                or doc[i - 1].lower_ not in self._kind_nouns | {"partner"}:
            return None
        country = self.cues["demonyms"].get(doc[i - 2].lower_)
        if country is None:
            return None
        for c in companies:
            before = doc[max(0, c.start - 4) : c.start]
            after = doc[c.end : c.end + 4]
            if (any(t.text in ("'s", "’s") for t in before) and country.lower() in before.text.lower()) or (
                    len(after) >= 3 and after[0].text == "," and after[1].lower_ in ("a", "an", "the")
                    and self.cues["demonyms"].get(after[2].lower_) == country):
                return c
        return None

    @staticmethod
    def _gapped_name_noun(amount: Span, companies: list[Span]) -> Span | None:
        """"Suzuran will put in 1.12 billion baht ... and the co-operative 480 million baht": a gapped clause whose
        investor is the noun that ends one company's name (Muak Lek Dairy Cooperative)."""
        doc = amount.doc
        k = next((j for j in range(amount.start - 1, max(0, amount.start - 5), -1) if doc[j].lower_ == "the"), None)
        if k is None or k < 1 or doc[k - 1].lower_ not in ("and", ",") or k + 1 >= amount.start:
            return None
        noun = re.sub(r"[\s-]", "", doc[k + 1 : amount.start].text.lower())
        fits = {company_key(c.text): c for c in companies
                if re.sub(r"[\s-]", "", c[-1].lower_) == noun and c.start < amount.start}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _source(self, amount: Span, companies: list[Span]) -> Span | None:
        """"raising Rs 1,100 crore from private equity firm X", "Tk 420 crore from KSM": the company the
        money comes from, named right after the sum."""
        doc = amount.doc
        end = amount.end
        if end < len(doc) and doc[end].text == "(":
            # "$40 million (about KSh 5.2 billion) from ...": past the bracketed conversion.
            end = next((t.i + 1 for t in doc[end : min(len(doc), end + 10)] if t.text == ")"), end)
        head = amount.root.head
        if end < len(doc) and head.i in (end, end + 1) and head.lower_.startswith(("invest", "injection", "funding",
                                                                                   "equity")):
            # "a $700 million investment from X", "a $45 million equity investment from X": past the noun the sum sizes.
            end = head.i + 1
        elif end + 2 < len(doc) and doc[end].lower_ in ("in", "of") \
                and doc[end + 1].lower_.startswith(("invest", "funding", "equity", "capital")):
            # "secured $50 million in funding from X", "$50 million of equity from X".
            end += 2
        # (also "is welcoming a $212 million investment by X": whose investment the noun says)
        if end >= len(doc) or not (doc[end].lower_ == "from" or (doc[end].lower_ == "by" and end > amount.end
                                                                 and doc[end - 1].lower_.startswith("invest"))):
            return None
        if _clause(amount.root, amount).lower_.startswith(tuple(self.cues["acquisition_verbs"])):
            return None  # "agreed to buy a mall for RM600 million from X": X is the seller
        c = next((c for c in companies if end < c.start <= end + 5), None)
        if c is None or any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") or t.lower_ in ("its", "their", "investors")
                            for t in doc[end + 1 : c.start]):
            return None
        if c.end < len(doc) and doc[c.end].text in ("'s", "’s"):
            # "from Prairie Hearth's majority owner, Northfield Harbor Capital": the owner the appositive names.
            named = next((d for d in companies if c.end < d.start <= c.end + 6 and doc[d.start - 1].text == ","
                          and all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in doc[c.end + 1 : d.start - 1])), None)
            return named or c
        return c

    def _agent(self, amount: Span, companies: list[Span]) -> Span | None:
        """"a Rs 7,600 crore packaging plant ..., to be set up by X": the agent of the passive clause on the
        noun the sum describes."""
        noun = _sized_noun(amount)
        for clause in noun.children:
            if clause.dep_ not in ("acl", "relcl") or clause.tag_ != "VBN" \
                    or not _has(clause.text + " " + " ".join(c.text for c in clause.children if c.dep_ == "prt"),
                                self.cues["investment"]):
                continue
            c = _agent_company(clause, companies)
            if c is not None:
                return c
        return None

    @staticmethod
    def _agent_after_place(amount: Span, companies: list[Span]) -> Span | None:
        """"A €23 million terminal will be built in Terneuzen by X": the passive's agent, which the parser may hang
        on the place before it."""
        noun = _sized_noun(amount)
        verb = noun.head
        if noun.dep_ != "nsubjpass" or verb.pos_ not in ("VERB", "AUX"):
            return None
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ in ("in", "at", "near", "on"):
                for place in p.children:
                    for by in place.children:
                        if by.dep_ == "prep" and by.lower_ == "by":
                            c = next((c for c in companies if any(c.start <= t.i < c.end for t in by.subtree)), None)
                            if c is not None:
                                return c
        return None

    def _budget_line(self, amount: Span) -> bool:
        """``amount`` is what a company's budget "includes" (see ``_budget_item``)."""
        verb = next((a for a in amount.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        return subj is not None and self._budget_item(subj, amount)

    def _budget_item(self, subj: Token, amount: Span) -> bool:
        """``subj`` is the subject of "include"/"cover" whose object holds ``amount``, and it is the budget: "The
        budget also includes US$12 million to automate ...", or "That"/"This" after a sentence on capital spending."""
        verb = subj.head
        if not verb.lower_.startswith(("includ", "cover", "compris")) or subj.dep_ != "nsubj":
            return False
        # (the parser may join a second line to the verb: "That includes £62m for ... and £38m for ...")
        if not any(amount.root in set(o.subtree) for o in verb.children
                   if o.dep_ == "dobj" or (o.dep_ == "conj" and (o.pos_ not in ("VERB", "AUX") or o == amount.root))):
            return False
        budget = tuple(self.cues["budget_nouns"])
        if any(t.lower_ in self.cues["public_subjects"] or t.ent_type_ in ("GPE", "NORP") for t in subj.subtree):
            return False  # "the ministry's road programme included 96 bln tenge for ...": public money
        if subj.lower_ in ("that", "this", "it") and subj.i == subj.sent.start:
            doc = subj.doc
            before = doc[subj.sent.start - 1].sent if subj.sent.start > 0 else None
            return before is not None and any(t.lower_.startswith(budget) or t.lower_.startswith("invest")
                                              for t in before if t.pos_ == "NOUN") \
                and not any(t.lower_ in self.cues["public_subjects"] or t.ent_type_ in ("GPE", "NORP")
                            for t in before if t.dep_ in ("nsubj", "poss"))
        return subj.lower_.startswith(budget) and any(d.dep_ in ("det", "poss") for d in subj.children)

    def _this_commitment(self, tok: Token, amount: Span) -> bool:
        """"The investment, worth 10 billion baht, will ...", "The plant will cost $300 million": the
        commitment the article has just reported, sized by the sum. Not "the project will draw a further
        $150 billion" (others' money) nor "... which aims to attract RM500bil"."""
        nouns = tuple(self.cues["commitment_nouns"] + self.cues["facility_nouns"])
        root = amount.root
        if tok.lower_ in ("value", "cost", "size", "amount") and root.dep_ == "pobj" and root.head.lower_ == "at" \
                and root.head.head.lower_ in ("estimated", "projected", "put", "set", "pegged") \
                and tok.head == root.head.head:
            # "The total value of the investment is estimated at EUR 46 million": the sum the commitment is put at.
            if any(g.dep_ == "pobj" and g.lower_.startswith(nouns)
                   and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "its", "their") for d in g.children)
                   for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
                return True
        # "Investment in the plant will total ...": a bare "investment" made definite by what it is in.
        definite = any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "its", "their") for d in tok.children) \
            or (tok.lower_ in ("investment", "spending") and any(
                p.dep_ == "prep" and p.lower_ in ("in", "on") and any(
                    d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "its", "their")
                    for g in p.children for d in g.children) for p in tok.children))
        if not tok.lower_.startswith(nouns) or not definite:
            return False
        root = amount.root
        verb = root.head
        if root.head.lower_ == "worth" and root.head.dep_ == "acomp" and tok.head == root.head.head:
            return True  # "The investment is worth 10 billion baht"
        if root.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_.startswith(("amount", "total", "come")) \
                and tok.head == verb.head and tok.dep_ == "nsubj" and any(d.dep_ in ("det", "poss") for d in tok.children):
            # "The investment in the project amounts to 357 million manat" (not "foreign direct investment in the
            # industry amounted to $4.8 billion", a statistic)
            return True
        if root.dep_ == "attr" and verb.lower_ in ("is", "was", "be", "are", "were") and tok.head == verb and tok.dep_ == "nsubj":
            return True  # "The total consideration for the 75% interest is USD 38.4 million"
        if root.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ in COST_NOUNS and verb.head.dep_ == "dobj":
            # "The fab carries a price tag of $11 billion", "the plant has a cost of ...": the object's sum.
            return verb.head.head in (tok.head, *tok.head.ancestors)
        return root in set(tok.subtree) or (root.dep_ == "dobj" and verb.lower_.startswith(("cost", "total", "amount"))
                                            and tok.head in (verb, *verb.ancestors))

    @staticmethod
    def _licensee(verb: Token, companies: list[Span]) -> Span | None:
        """"Bac Ninh granted an investment licence to X for a $400 million plant", "the ministry issued X a
        certificate for ...": the company an authority licenses to build is the investor."""
        if not verb.lower_.startswith(("grant", "issu", "award", "gave", "give", "giving", "hand")):
            return None
        if not any(t.lower_.startswith(("licen", "certificat", "permit", "approval")) for t in verb.subtree):
            return None
        for c in verb.children:
            recipients = [c] if c.dep_ == "dative" and c.lower_ != "to" else [
                g for g in c.children if g.dep_ == "pobj"] if c.lower_ == "to" else []
            for r in recipients:
                found = next((s for s in companies if s.start <= r.i < s.end), None)
                if found is not None:
                    return found
        return None

    @staticmethod
    def _buyer(amount: Span, companies: list[Span]) -> Span | None:
        """"X agreed to sell its Thai unit to Y for $500 million": the buyer invests, not the seller."""
        buyer = _sale_buyer(_clause(amount.root, amount))
        if buyer is None:
            return None
        return next((c for c in companies if any(c.start <= t.i < c.end for t in buyer.subtree)), None)

    @staticmethod
    def _bidder(amount: Span, companies: list[Span]) -> Span | None:
        """"X has agreed to a recommended cash takeover by Norway's Y that values the company at about £148.3
        million": the company the sentence's one takeover noun is "by" (the bidder), however the parser hangs the
        sum."""
        nouns = [t for t in amount.sent if t.pos_ == "NOUN" and t.lower_.startswith(("takeover", "buyout", "acquisition"))
                 and any(c.dep_ == "prep" and c.lower_ == "by" for c in t.children)]
        if len(nouns) != 1:
            return None
        by = next(c for c in nouns[0].children if c.dep_ == "prep" and c.lower_ == "by")
        return next((c for c in companies if any(c.start <= t.i < c.end for t in by.subtree)), None)

    def _passive_agent(self, amount: Span, companies: list[Span]) -> Span | None:
        """"X will be acquired by Y for $N", "The stake was bought by Y for $N": the agent of a passive verb of
        buying (its subject is what is bought)."""
        verb = _clause(amount.root, amount)
        if not verb.lower_.startswith(tuple(self.cues["acquisition_verbs"])) or not any(
                c.dep_ == "nsubjpass" for c in verb.children):
            return None
        return _agent_company(verb, companies)

    @staticmethod
    def _by_company(amount: Span, companies: list[Span]) -> Span | None:
        """"approved a $300 million project by X to build a plant", "an investment of $1 billion by X": the
        company a "by" names on the noun the sum describes (or the noun the sum is "of")."""
        noun = _sized_noun(amount)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
        if noun.lower_ in ("raising", "fundraising", "fund-raising", "raise", "placement", "placing", "offering",
                           "round", "issue"):
            return None  # "a $145 million equity raising by X": X takes the money in
        for by in noun.children:
            if by.dep_ == "prep" and by.lower_ == "by":
                c = next((c for c in companies if any(c.start <= t.i < c.end for t in by.subtree)), None)
                if c is not None:
                    return c
        # "approved the investment by the Company's wholly owned subsidiary, X Corp., of P4.8 billion": the parser may
        # hang the sum under the company's apposition, inside the "by" phrase of the investment noun.
        for a in amount.root.ancestors:
            if a.pos_ in ("VERB", "AUX"):
                break
            if a.lower_ == "by" and a.dep_ == "prep" and a.head.lower_ in _PLAN_COST_WORDS:
                return next((c for c in companies if c.root.head in (a, *a.children) or c.root in a.children), None)
        return None

    def _investor(self, amount: Span, companies: list[Span], last_subject: Span | None) -> Span | None:
        # "a 40% stake in Bałtyk Offshore Serwis Sp. z o.o., a Gdańsk company ..., for 1.1 billion zł, the companies
        # said": the business a stake in the sentence is held in puts no money in, whatever the parser made of its
        # legal form's last words.
        sent = amount.sent
        companies = [c for c in companies if not (sent.start <= c.start < sent.end and _stake_held(c))]
        # "The €58 million project will be funded by €49.5 million from the company, with the remaining €8.5 million
        # ... grant": the company the story is about, its share.
        doc = amount.doc
        if last_subject is not None and amount.end + 2 < len(doc) and doc[amount.end].lower_ == "from" \
                and doc[amount.end + 1].lower_ in ("the", "its") and doc[amount.end + 2].lower_ in ("company", "group", "firm",
                                                                                                  "own"):
            return last_subject
        # "£900m would go on the plant at Speke ... The remaining £300m will fund a research centre in Kingston": the
        # rest of the sum the company the story is about committed.
        # ("A further 45 billion yen will fund a new sensor plant in Bac Ninh": its next part.)
        if last_subject is not None and _goes_on(amount):
            return last_subject  # (not how the rest is paid for: "the remaining 310 billion won ... bank borrowings")
        # "Jaflong Ceramics PLC: The Board of Directors has recommended ...", then "(Cont. 1): The Board has also
        # approved setting up a new tiles unit ... at an estimated cost of Tk 212.40 crore": in a disclosure digest,
        # a paragraph its company's name labels (or continues) is that company's, where no company is its subject.
        labelled = self._paragraph_label(sent, companies)
        if labelled is not None and not any(sent.start <= c.start < sent.end and _subjectish(c) for c in companies):
            return labelled
        briefed = _brief_company(amount, companies)
        if briefed is not None:
            return briefed
        # The sentence's own forms first: a gapped clause, money "from" a company, "to be set up by X".
        for form in (self._controlled, self._buyer, self._gapped, self._gapped_descriptor, self._source, self._agent,
                     self._by_company, self._passive_agent, self._agent_after_place, self._bidder,
                     self._listed_clause_subject, self._filing_field):
            found = form(amount, companies)
            if found is not None:
                return found
        tok: Token = amount.root
        seen = nouns = 0
        while seen < 12:
            seen += 1
            nouns += tok.pos_ in ("NOUN", "PROPN") and tok.i not in range(amount.start, amount.end)
            for child in tok.children:
                if child.dep_ == "poss" and child.lower_ in ("its", "their") and nouns >= 2:
                    continue  # "... from the receiver for Rs 2.9 billion", parsed under "including its factory"
                if child.dep_ in SUBJECT_DEPS and _agency_credit(child.doc[child.i : child.i + 1]):
                    continue  # "(Bloomberg) -- X will spend ...": the parser may make the credit the subject
                if child.dep_ in SUBJECT_DEPS and any(c.start <= tok.i < c.end and c.start <= child.i < c.end
                                                      for c in companies):
                    continue  # "to buy smaller rival Aceitera Pampa Sur for ...": a name parsed as a clause ("Sur")
                if child.dep_ in SUBJECT_DEPS or child.dep_ == "poss":
                    c = self._company_at(child, companies)
                    if c is None and child.dep_ in SUBJECT_DEPS and child.lower_ in VENTURE_WORDS:
                        # "The venture, to be called X, will invest AED1.1 billion": the partners that just set
                        # it up put the money in, not the venture (one commitment, carried by each partner).
                        c = self._last_partners(amount, companies)
                    if c is None and child.dep_ == "agent" and _new_venture(child):
                        # "The scheme will be developed by a new joint venture, X, at a cost of ...": the partners
                        # just named, setting it up, carry the commitment.
                        c = self._last_partners(amount, companies)
                    if c is None:
                        # "Amazon's cloud arm, Amazon Web Services, said": the apposition names the subject.
                        # Not a partner the subject's modifier names ("The fab, built with Taiwan's X, carries ...").
                        # Nor the examples of a class ("Developers such as A, B and C are racing to open ...").
                        # Nor the owner a relative clause names ("TFN, which is controlled by Y, will invest").
                        inner = list({self._company_at(t, companies) for t in child.subtree
                                      if not any(a.lower_ == "with" and a.dep_ == "prep" and a.i > child.i
                                                 for a in t.ancestors if a.i < t.i)
                                      and not any(a.dep_ == "relcl" and a.i > child.i for a in t.ancestors
                                                  if child in a.ancestors)
                                      and not (child.tag_ == "NNS" and self._example(t))} - {None})
                        if not inner and child.tag_ == "NNS" and any(
                                self._example(t) for t in child.subtree if self._company_at(t, companies) is not None):
                            return None  # a class of companies, not one of them
                        inner.sort(key=lambda x: (not (x.root.dep_ == "appos" and x.root.head == child), x.start))
                        c = inner[0] if inner else self._unmarked(child, companies)
                        if c is None and child.dep_ in SUBJECT_DEPS and _in_dateline(child) \
                                and not any(o.dep_ in SUBJECT_DEPS for o in tok.children if o != child):
                            child = _after_dateline(child) or child
                            c = self._company_at(child, companies)
                    if c is not None:
                        return c
                    if child.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("VERB", "AUX") and _other_parties(child):
                        # "Rivals have spent more than €300 million on plants in Leipzig, X said": others' money,
                        # whoever reports it.
                        return None
                    if child.dep_ == "nsubj" and tok.lower_ in ("is", "was", "are", "were", "be", "'s"):
                        # "The €300 million plant in Leipzig is X's largest investment": the owner of what it is.
                        owner = next((self._company_at(g, companies) for a in tok.children if a.dep_ == "attr"
                                      for g in a.children if g.dep_ == "poss" and self._company_at(g, companies)), None)
                        if owner is not None:
                            return owner
                    if child.lower_ in ("who", "which", "that") and tok.dep_ == "relcl" \
                            and _has(" ".join(t.text for t in tok.subtree), self.cues["investment"]):
                        # "rival BYD, who is spending $1.3 billion": the antecedent; "and by Y, which will take a
                        # minority stake for £45m": the clause's words of investing may be its object's.
                        c = self._antecedent(tok.head, companies)
                        if c is not None:
                            return c
                    # (Only a verb's subject: not a place the parser makes the "subject" of another place, as in
                    # "in Inocência, Mato Grosso do Sul, for R$22 billion".)
                    if child.dep_ in SUBJECT_DEPS and not _in_dateline(child) and tok.pos_ in ("VERB", "AUX") and (
                            child.ent_type_ in ("GPE", "PERSON", "NORP", "LOC") or child.lower_ in self.cues["public_subjects"]) \
                            and not any(self._company_at(o, companies) for o in tok.children
                                        if o.dep_ in SUBJECT_DEPS and o != child):
                        # (Not a word the parser makes a second subject: "Ropeway and ski-lift maker X will spend".)
                        # "as Tokyo pledges up to 732 billion yen": the state pays, not a company; but "the province
                        # granted an investment certificate to X for a $400 million plant": X builds it; so does the
                        # owner the sized plant names ("a US$520 million solar cell plant of X").
                        return self._licensee(tok, companies) or self._owner_of_sized(amount, companies)
                    if child.dep_ in SUBJECT_DEPS and (child.lower_ in self.cues["deciding_bodies"]
                                                       or child.lower_ in OWNED_PARTS | VENTURE_WORDS):
                        # "The company's board approved an investment of ...": the owner of the board decides; "The
                        # group's property arm will spend ...": an arm the article does not name is its owner's, as
                        # is "its joint venture with Y" (Y a partner).
                        owner = next((g for g in child.children if g.dep_ == "poss"), None)
                        if owner is None and child.lower_ in self.cues["deciding_bodies"] \
                                and any(d.lower_ == "the" for d in child.children) and last_subject is not None \
                                and not any(c.sent.start == amount.sent.start and not self._is_target(c)
                                            for c in companies):
                            # "At the same meeting the board approved an investment of Tk 650 crore": the board of
                            # the company the story is about (not a public board that approves a company's plan
                            # the sentence names; the business it buys is no such company).
                            return last_subject
                        child = next((g for g in child.children if g.dep_ == "poss"
                                      and (self._refers_back(g) or g.lower_ == "our")), child)
                    if child.dep_ in SUBJECT_DEPS | {"poss"} and child.lower_ in ("we", "our"):
                        # "Mavridis: ... We will invest 120 million euros": in an interview's answer, the company
                        # of the person whose name labels it.
                        labelled = self._answering_company(amount.sent, companies)
                        if labelled is None:
                            labelled = _interviewee_company(amount.sent, companies)
                        if labelled is not None:
                            return labelled
                        if self._lead is not None:
                            # "We are putting 800 million baht into a hub in Vientiane" (a chief's answer, a quote):
                            # the company the story is about, whose commitment it reported first.
                            return self._lead
                        if last_subject is not None and not self._speaker_not_company(tok, companies) \
                                and not self._public_speaker(tok):
                            # ... or, before any commitment, the company of the person quoted, else the company the
                            # story last made its subject (an interview with its chief), unless the quote is a public
                            # official's ('"We will ...," the minister said').
                            return self._speakers_employer(tok, companies) or last_subject
                        if last_subject is None:
                            labelled = self._answering_company(amount.sent, companies, intro=True)
                            if labelled is not None:
                                return labelled
                            if not self._speaker_not_company(tok, companies) and not self._public_speaker(tok):
                                # a company's own blog or call: the company the text is written by
                                own = _own_company(amount.doc, companies)
                                if own is not None:
                                    return own
                    if child.dep_ in SUBJECT_DEPS and last_subject is not None and self._budget_item(child, amount):
                        # "Capital expenditure will rise to £160m ... That includes £62m for a distribution centre
                        # at Daventry": a line of the budget of the company the story is about.
                        return last_subject
                    if child.dep_ in SUBJECT_DEPS and last_subject is not None and self._this_commitment(child, amount):
                        # "X announced a plant in Chonburi. The investment, worth 10 billion baht, will ...".
                        return last_subject
                    if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ == "it" and _venture_formed_before(amount.sent):
                        # "A and B have formed a joint venture. It will invest $600 million": the venture the
                        # partners just set up, their commitment.
                        c = self._last_partners(amount, companies)
                        if c is not None:
                            return c
                    if child.dep_ in SUBJECT_DEPS and _plural_parties(child):
                        # "The two companies will invest a total of NT$4 billion", "The developers will invest an
                        # estimated Rs 3,150 crore": the partners just named.
                        return self._last_partners(amount, companies)
                    indefinite = any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in child.children)
                    if child.dep_ == "agent" and last_subject is not None:
                        # "a whey drying tower will be built by the company for a further CZK 260 million": the
                        # company the story is about, named by its kind.
                        by = next((g for g in child.children if g.dep_ == "pobj"), None)
                        if by is not None and by.is_lower and by.lower_ not in ("it", "its", "they", "their") \
                                and self._refers_back(by) \
                                and any(d.lower_ == "the" for d in by.children):
                            return last_subject
                    if indefinite and last_subject is None and not _quoted(amount) and child.dep_ in SUBJECT_DEPS | {"appos"} \
                            and not any(d.dep_ in ("conj", "appos", "cc") for d in child.children) \
                            and (self._refers_back(child) or child.lower_ in self.cues["lede_nouns"]) \
                            and not any(c.sent.start == amount.sent.start and c.start < child.i for c in companies):
                        # "A family-owned coatings manufacturer is to create 160 jobs after announcing a £48m
                        # expansion ...": a lede that names its company only later, as the subject it goes on
                        # about ("Morfa Coatings said ..."), not one named before (the paper in a credit line).
                        later = self._named_later(amount, companies)
                        if later is not None:
                            return later
                    if self._refers_back(child) and not indefinite and self._speaker_not_company(tok, companies):
                        # "The Korea Aerospace Administration said it would spend ...": "it" is the agency.
                        return None
                    if self._refers_back(child) and child.text[:1].isupper() and child.lower_ in self._defined:
                        # 'Harbour Crest Holdings Limited (... the "Group")': "the Group will invest ..." is the
                        # company that defined the term, whoever the last subject was.
                        return self._defined[child.lower_]
                    if self._refers_back(child):
                        antecedent = self._relative_antecedent(child, companies)
                        if antecedent is not None:
                            # "X, which surged 8% after saying it would invest ...": the company the clause is on.
                            return antecedent
                        # (Not the outlet an official speaks to: "a partner at Kapok, told Reuters the fund would ...".)
                        same = [c for c in companies if c.sent.start == amount.sent.start and c.start < child.i
                                and not _spoken_to(c)]
                        # "Private equity fund X and its local partner Y said the fund will invest ...": of the
                        # companies the sentence names, the one it called by the noun.
                        called = {company_key(c.text): c for c in same if _called(c, child)}
                        if len(called) == 1:
                            return next(iter(called.values()))
                        # Not the owner inside a subject's apposition: "X, Y's biggest rival, said it would ...".
                        before = [c for c in same if _subjectish(c) and not (
                            c.root.dep_ == "poss" and c.root.head.dep_ == "appos")]
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
                        employer = self._speakers_employer(tok, companies)
                        if employer is not None:
                            # "PIF governor Yasir Al-Rumayyan told a conference ... that it will inject ...".
                            return employer
                        named = self._previous_object(amount, companies)
                        if named is not None and company_key(named.text) not in self._round_members:
                            # "They join Micron Technology, whose plant ... . The US company is putting ...".
                            return named
                        if last_subject is not None:
                            return last_subject
                        # Not a round's lead or backer: "the company" of a round story is the one raising it.
                        earlier = [c for c in companies if c.start < child.i
                                   and company_key(c.text) not in self._round_members]
                        if earlier:
                            return earlier[0]
                        if indefinite and not _quoted(amount):
                            # (the same lede, its subject a list: "a group of local farmers and a Windhoek firm")
                            later = self._named_later(amount, companies)
                            if later is not None:
                                return later
            if tok.head is tok:
                break
            tok = tok.head
        # "Brahmaputra Cements Ltd, Guwahati: an integrated cement plant ... at Umrangso, at an investment of Rs
        # 3,900 crore.": a listed line's label names whose sum it is.
        labelled = self._label_company(sent, companies)
        if labelled is not None:
            return labelled
        # A business bought or invested in is where the money goes, never who puts it in.
        sent_companies = [c for c in companies if c.sent.start == amount.sent.start and c.start < amount.start
                          and not self._is_target(c)]
        if sent_companies:
            return sent_companies[-1]
        unnamed = not any(c.sent.start == sent.start for c in companies)
        if unnamed and self._asked_cost(sent):
            # The interviewee's company, whose project the question asked the cost of.
            answering = self._answering_company(sent, companies) or self._lead or last_subject
            if answering is not None:
                return answering
        if last_subject is not None and unnamed and self._listed_under_header(sent) and any(
                    sent.start <= p.start and p.end <= amount.start for p in sent.doc.spans.get("places", [])):
            # "Procházková gave separate budgets for each market:" then "Poland: PLN 385 million for a fulfilment
            # centre in Stryków": each line, labelled by its place, a sum of the company the story is about (not
            # the parts of one budget: "- Land: Baht 260 million").
            return last_subject
        if last_subject is not None and unnamed and self._lead is not None \
                and company_key(self._lead.text) == company_key(last_subject.text) and self._story_part(amount):
            return last_subject  # (a story about one company's programme: its first deal was this company's)
        return self._owner_of_sized(amount, companies)

    def _named_later(self, amount: Span, companies: list[Span]) -> Span | None:
        """The first company after ``amount`` that is a subject, not a round's lead or backer: the one a lede's
        indefinite subject ("A family-owned coatings manufacturer ...") goes on to name ("Morfa Coatings said ...")."""
        return next((c for c in companies if c.start > amount.end and _subjectish(c)
                     and company_key(c.text) not in self._round_members), None)

    def _story_part(self, amount: Span) -> bool:
        """A sum a sentence naming no company gives as the subject of what gets built, in a story about one company's
        programme: "The largest piece, $360 million, will expand its pork processing plant", "A new $170 million
        cold-storage distribution center will go up in Eau Claire" (not a facility someone else builds: "by ...")."""
        root = amount.root
        noun = root.head if root.dep_ == "appos" else _sized_noun(amount)
        if noun.dep_ not in ("nsubj", "nsubjpass") or any(t.lower_ == "by" and t.dep_ == "agent" for t in noun.head.children):
            return False
        if root.dep_ == "appos":
            return noun.lower_ in ("piece", "part", "portion", "share", "chunk", "bulk", "slice")
        return noun.lower_ in self.cues["facility_nouns"] or noun.lower_ in ("center", "centre", "campus", "warehouse")

    def _owner_of_sized(self, amount: Span, companies: list[Span]) -> Span | None:
        """"The board also approved the ₱11.5 billion expansion of the test plant of Ridgemont Electronics Inc.":
        with no company as the subject, the owner of the facility or project the sum sizes, down its "of" chain
        (not a business bought: "the acquisition of X")."""
        noun = _sized_noun(amount)
        if noun.lower_.startswith(tuple(self.cues["acquisition_verbs"])) or noun.lower_.startswith(
                ("acquisition", "purchase", "takeover", "stake", "share")):
            return None
        tok = noun
        for _ in range(3):
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is None:
                return None
            c = self._company_at(obj, companies)
            if c is not None:
                return c
            owner = next((c for g in obj.children if g.dep_ == "poss" and (c := self._company_at(g, companies))), None)
            if owner is not None:
                return owner
            if obj.lower_ not in self.cues["facility_nouns"] and not any(
                    g.dep_ == "conj" and g.lower_ in self.cues["facility_nouns"] for g in obj.children):
                return None
            # "the semiconductor assembly and test plant of X": the conjoined facility carries the "of".
            tok = next((g for g in obj.children if g.dep_ == "conj" and g.lower_ in self.cues["facility_nouns"]), obj)
        return None

    def _defined_terms(self, doc: Doc, companies: list[Span]) -> dict[str, Span]:
        """A filing's defined terms: 'X Holdings Limited ("X" or the "Company", together with its subsidiaries,
        the "Group")' makes "the Company" and "the Group" X wherever the filing uses them."""
        out: dict[str, Span] = {}
        for c in companies:
            # (past a ticker's brackets: 'Tengri Foods JSC (AIX: TNGF) ("Tengri Foods" or "the Company")')
            opening = c.end
            # (past a registration number on the line below: 'X PLC\nRC 412876\n("X" or "the Company")')
            while opening < min(len(doc), c.end + 6) and doc[opening].text != "(" and (
                    doc[opening].is_space or doc[opening].like_num or doc[opening].text in ("No", "No.", ":", "#")
                    or (doc[opening].is_upper and len(doc[opening]) <= 4)):
                opening += 1
            for _ in range(3):
                if opening < len(doc) and doc[opening].text == ",":
                    # (past the apposition that describes it: '..., a Delaware corporation with principal executive
                    # offices in Lincoln, Nebraska (the "Company")')
                    limit = min(len(doc), opening + 30, doc[opening].sent.end)
                    bracket = next((t.i for t in doc[opening:limit] if t.text == "("), None)
                    if bracket is None or any(opening < o.start < bracket for o in companies):
                        break
                    opening = bracket
                if opening >= len(doc) or doc[opening].text != "(":
                    break
                # (the tokenizer may glue the bracket to what follows it: '(the "Company"):')
                close = next((t.i for t in doc[opening : min(len(doc), opening + 40)] if t.text.startswith(")")), None)
                if close is None:
                    break
                for t in doc[opening + 1 : close]:
                    # (the "Company", or "the Company")
                    before = doc[t.i - 2] if t.i > 1 and doc[t.i - 1].lower_ == "the" else doc[t.i - 1]
                    if t.lower_ in self.cues["subject_nouns"] and t.text[:1].isupper() and 0 < t.i \
                            and t.i + 1 < len(doc) and before.text in ('"', "“", "'", "‘") \
                            and doc[t.i + 1].text in ('"', "”", "'", "’"):
                        out.setdefault(t.lower_, c)
                opening = close + 1
        return out

    def _relative_antecedent(self, tok: Token, companies: list[Span]) -> Span | None:
        """The company a relative clause holding ``tok`` describes ("Lion City Ltd, which rose 8% after saying
        it would ...", "rival BYD, which said its plant ...")."""
        for anc in tok.ancestors:
            if anc.dep_ == "relcl":
                return self._antecedent(anc.head, companies)
        return None

    def _antecedent(self, tok: Token, companies: list[Span]) -> Span | None:
        """The company a relative clause's head is: the company itself, its apposition, or a description set
        right after its name by a comma however the parser hangs it ("Arauco, the Chilean group, which ...")."""
        # "X a.s., a company owned by Y and a group of private investors, which approved ...": the clause goes on
        # about the company its owners' phrase describes, wherever the parser hangs it.
        owned = next((a for a in (tok, *tok.ancestors) if a.dep_ == "acl" and a.lower_ in _OWNED_VERBS), None)
        start = owned.head.left_edge.i if owned is not None else 0
        if start >= 1 and tok.doc[start - 1].text == ",":
            described = next((c for c in companies if c.end == start - 1), None)
            if described is not None:
                return described
        c = self._described(tok, companies)
        if c is not None:
            return c
        left = tok.left_edge.i
        if left >= 2 and tok.doc[left - 1].text == "," and tok.lower_ in self.cues["subject_nouns"]:
            return next((c for c in companies if c.end == left - 1), None)
        return None

    def _described(self, tok: Token, companies: list[Span]) -> Span | None:
        """The company a noun is, or stands in apposition to ("Arauco, the Chilean group, which ...")."""
        while True:
            c = self._company_at(tok, companies)
            if c is not None or tok.dep_ != "appos" or tok.head is tok:
                return c
            # "Suzano and Arauco, the Chilean group, which": the parser hangs the apposition on the first
            # conjunct; the nearest one before it is the one it describes.
            nearest = max((t for t in (tok.head, *tok.head.conjuncts) if t.i < tok.i), key=lambda t: t.i)
            tok = nearest if self._company_at(nearest, companies) is not None else tok.head

    def _unmarked(self, tok: Token, companies: list[Span]) -> Span | None:
        """"Back home, SK hynix is also pouring ...": a subject the entity layer did not mark in this sentence
        that is, word for word, a company the article names elsewhere (as name or short form)."""
        words = [t for t in tok.subtree if t.dep_ in ("compound", "flat") and t.head == tok and t.i < tok.i] + [tok]
        if any(t.pos_ not in ("PROPN", "NOUN", "X") for t in words) or words[0].is_lower:
            return None
        key = company_key(" ".join(t.text for t in words))
        if not key:
            return None
        exact = next((c for c in companies if key in (company_key(c.text), company_key(c._.canonical))), None)
        if exact is not None or _in_dateline(tok) or self.gaz.candidates(" ".join(t.text for t in words)):
            return exact  # not "KARACHI, Feb 3 — ..." for "Karachi Gateway Terminal"
        # "Lakeside will also spend ...": a company's first word alone, as news writes a name it has given in full.
        found = _named_in_full(key, companies)
        if found is None and len(words) == 1 and tok.text.isupper() and 2 <= len(tok.text) <= 6:
            # "TFN, which ..., will invest": the initials of a name given in full ("Terminales Fluviales del Norte")
            found = next((c for c in companies if _initials(c._.canonical) == tok.text), None)
        return found

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
        root = named[0].root
        if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.dep_ in ("relcl", "acl", "xcomp", "advcl",
                                                                                         "ccomp", "pcomp"):
            # "... homes too far from the grid to be reached by X. The company will spend ...": the agent of a
            # clause about something else is not the company the story goes on about.
            return None
        if root.dep_ == "pobj" and root.head.lower_ in ("from", "by") and root.head.head.lower_.startswith(
                ("loan", "financ", "credit", "debt", "facility", "bond", "sukuk")):
            # "... funded by a term loan from X Bank. The Group will invest ...": the lender is no investor.
            return None
        return named[0]

    @staticmethod
    def _answering_company(sent: Span, companies: list[Span], intro: bool = False) -> Span | None:
        """The company of the interviewee whose name labels the answer a sentence is in ("Mavridis: ..."), by the
        affiliation the article gives that official ("Dimitris Mavridis, chief executive of Aigaion ..."); with
        ``intro``, else the company of the sentence that introduces the interviewee."""
        doc = sent.doc
        start = paragraph_start(doc, sent.start)
        colon = next((t.i for t in doc[start : min(start + 4, len(doc))] if t.text == ":"), None)
        if colon is None or colon == start or not all(t.pos_ == "PROPN" or t.is_title for t in doc[start:colon]):
            return None
        label = doc[start:colon].text.lower()
        if len(label) < 3:
            return None  # "A: We ...": an answer labelled as such, no name
        for o in doc.spans.get("officials", []):
            name = (o._.canonical or o.text).lower()
            if o._.affiliation and (name == label or name.split()[-1] == label.split()[-1]):
                key = company_key(o._.affiliation)
                return next((c for c in companies if company_key(c.text) == key), None) or _named_in_full(key, companies)
        if not intro:
            return None
        # "Claudine Mukamana Habimana has run Akagera Milk Processors Ltd ... since 2021": no title, so no official;
        # the company of the sentence that introduces the interviewee by name.
        surname = doc[colon - 1].text
        def labelled(t: Token) -> bool:  # a paragraph opening "Name:" or "Q:"
            return t.i + 1 < len(doc) and doc[t.i + 1].text == ":" or (t.i + 2 < len(doc) and doc[t.i + 2].text == ":")
        intro = next((c.sent for c in companies if c.start < start and not labelled(c.sent[0])
                      and any(t.text == surname for t in c.sent)), None)
        if intro is None:
            return None
        # (the one the story names most: "three Westman farm families" is no employer)
        mentions = Counter(company_key(c.text) for c in companies)
        return max((c for c in companies if intro.start <= c.start < intro.end),
                   key=lambda c: (mentions[company_key(c.text)], -c.start))

    @staticmethod
    def _asked_cost(sent: Span) -> bool:
        """"Q: What exactly are you building, and at what cost?" then "Guzmán: The total is US$172 million.": an
        answer's first sentence, under a question about what the project costs or how much goes in."""
        doc = sent.doc
        start = paragraph_start(doc, sent.start)
        if doc[start : start + 4].text.find(":") < 0 or any(t.is_sent_start for t in doc[start + 1 : sent.start]):
            return False  # (a labelled answer's first sentence only)
        end = start - 1
        while end > 0 and doc[end].is_space:
            end -= 1
        if end <= 0 or doc[end].text != "?":
            return False
        question = doc[paragraph_start(doc, end) : end + 1].text.lower()
        return any(w in question for w in ("cost", "how much", "invest", "spend", "budget", "price tag"))

    @staticmethod
    def _speaker_company(tok: Token, companies: list[Span]) -> Span | None:
        """The governing verb's subject, an organisation named short that an earlier company span names in full."""
        for anc in tok.ancestors:
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            ent = _entity_over(subj)
            if ent is None or ent.label_ != "ORG" or any(c.start <= subj.i < c.end for c in companies):
                return None
            return _named_in_full(company_key(ent.text), [c for c in companies if c.start < ent.start])
        return None

    def _speakers_employer(self, tok: Token, companies: list[Span]) -> Span | None:
        """The company in the title of the person whose speech holds the clause: "PIF governor X told ...
        that it will inject", "X, Kestrel's chief executive, said it would"."""
        for anc in tok.ancestors:
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or not anc.lower_.startswith(tuple(self.cues["speech"] + ["told"])):
                continue
            if subj.ent_type_ != "PERSON":
                return None
            for t in subj.subtree:
                c = self._company_at(t, companies)
                if c is None and t.pos_ == "PROPN" and t.dep_ in ("compound", "poss") and t.ent_type_ != "PERSON":
                    c = self._unmarked(t, companies)
                if c is not None:
                    return c
            return None
        return None

    def _public_speaker(self, tok: Token) -> bool:
        """A clause a public official speaks ('"We will ...," Transport Minister X said')."""
        for anc in tok.ancestors:
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            left = subj.left_edge.i
            words = [t.lower_ for t in (*subj.subtree, *subj.doc[max(subj.sent.start, left - 3) : left])]
            return any(w in self.cues["public_titles"] for w in words)
        return False

    def _speaker_not_company(self, tok: Token, companies: list[Span]) -> bool:
        """A clause whose governing verb has a named subject that is not a company."""
        for anc in tok.ancestors:
            subjects = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
            # ("SEOUL, May 4 - Haesol Heavy Industries Co said ...": the parser may take the dateline's city for a
            # second subject; the company among them speaks.)
            if any(c.start <= t.i < c.end for c in companies for subj in subjects for t in subj.subtree):
                return False
            for subj in subjects:
                left = subj.left_edge.i
                if any(t.lower_ in self.cues["person_titles"]
                       for t in (*subj.subtree, *subj.doc[max(subj.sent.start, left - 3) : left])):
                    # "..., co-founder and CEO Aditi Kulkarni said": a person with a title (whatever the NER
                    # calls the name) speaks for the company.
                    return False
                if any(subj.text in (o[0].text, o[-1].text) and o.end <= subj.i
                       for o in subj.doc.spans.get("officials", [])):
                    # "..., Kamau said": a person the article has named in full, whatever the NER says ("Choi said"
                    # of "Choi Byung-gu": a family name written first)
                    return False
                if subj.ent_type_ in ("ORG", "GPE", "NORP") and subj.pos_ == "PROPN":
                    # ... unless it is a company's short name the entity layer did not mark here ("Hon Hai").
                    ent = _entity_over(subj)
                    key = company_key(ent.text) if ent is not None else ""
                    return bool(key) and _named_in_full(key, companies) is None
                return False
        return False

    @staticmethod
    def _site_of(amount: Span, companies: list[Span], deals: list[DealRow], places: list[Span]) -> Span | None:
        """"... set up a compounding line on the Lindenau site for €25 mln": a sum that goes to another company's
        site, named by that company, goes where that company's deal does."""
        doc = amount.doc
        for c in companies:
            if c.sent.start != amount.sent.start:
                continue
            i = c.end + (c.end < len(doc) and doc[c.end].text in ("'s", "’s"))
            if i < len(doc) and doc[i].lower_ in SITE_WORDS:
                name = company_key(c.text)
                where = next((d.location for d in deals if d.location and (
                    company_key(d.investor) == name or company_key(d.investor).startswith(name + " "))), None)
                if where is not None:
                    return next((p for p in places if p._.canonical == where), None)
        return None

    def _is_generic(self, place: Span) -> bool:
        """"the Kingdom", "the Emirate": a word standing for a country named elsewhere, not a place of its own."""
        doc = place.doc
        # Not a place naming the noun after it ("the Yalgoo mine"): that is a site of its own.
        return (place._.country is None and len(place) == 1 and place.start > 0 and doc[place.start - 1].lower_ == "the"
                and not self.gaz.candidates(place.text) and place.root.dep_ not in ("compound", "nmod", "amod"))

    def _is_region(self, place: Span) -> bool:
        """A region the gazetteer knows ("Europe", "Southeast Asia"), above any country."""
        cands = self.gaz.candidates(place.text)
        return bool(cands) and cands[0].kind == "region"

    def _is_target(self, company: Span) -> bool:
        """The business the money goes into or buys: "a 10% stake in X", "invest $1.5 billion in X",
        "agreed to acquire X"."""
        root = _list_head(company)
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in (
                "control", "stake", "majority", "interest", "holding", "ownership", "capital", "shares", "equity",
                "%", "percent", "cent"):
            return True  # "buys control of X", "a majority of X", "to acquire 100% of X"
        if root.dep_ == "pobj":
            return root.head.lower_ in ("in", "into")
        return root.dep_ == "dobj" and root.head.lower_.startswith(tuple(self.cues["acquisition_verbs"]))

    def _is_home(self, place: Span, companies: list[Span]) -> bool:
        """A company's home or the reporter's dateline, not where the money goes:
        "Singapore-based", "Dubai-headquartered", "India's Adani Ports", "MUMBAI, Jan 12 -"."""
        doc = place.doc
        if is_dateline(place):
            return True
        # "Nutrilands of the Netherlands agreed to pay ...": the country a company's name is followed by.
        of = place.start - 1 - (place.start > 0 and doc[place.start - 1].lower_ == "the")
        # (the subject's, or a partner's or backer's after "by"/"from": "a joint venture formed by Arita Denshi and
        # Saebit Semiconductor of South Korea", "participation from Rio Grande Angels Fund of Laredo"; "Calder
        # Metals Inc of Ohio", the business bought, is where the money goes)
        if of > 0 and doc[of].lower_ == "of" and place.root.dep_ == "pobj" and any(
                c.end == of and (c.start == c.sent.start or c.root.dep_ in ("nsubj", "nsubjpass") or _after_by_or_from(c))
                for c in companies):
            return True
        # "Plastcorp S.A., of Curitiba, Paraná, will invest ...": the same, set off by commas (after a dateline the
        # parser made the subject: "NOGALES, SONORA — Saguaro Cold Logistics LLC, of Rio Rico, Arizona, will ...").
        root = place.root
        while root.dep_ in ("appos", "conj") and root.head.i < root.i:
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.i > 0 and doc[root.head.i - 1].text == "," \
                and any(c.end == root.head.i - 1 and (c.root.dep_ in ("nsubj", "nsubjpass") or (
                    c.root.dep_ == "appos" and c.root.head.dep_ in ("nsubj", "nsubjpass")
                    and is_dateline(doc[c.root.head.i : c.root.head.i + 1], regions=True))) for c in companies):
            return True
        # "Tri-Ocean Logistics Pte. Ltd. (Singapore) was granted ...": the country in brackets after a company's name.
        if 0 < place.start - 1 and place.end < len(doc) and doc[place.start - 1].text == "(" \
                and doc[place.end].text == ")" and any(c.end == place.start - 1 for c in companies):
            return True
        # "Lohit Agro Foods Pvt Ltd, Dibrugarh: a tea extract unit at Chabua ...": a listed line's label gives the
        # company's town.
        if place.end < len(doc) and doc[place.end].text == ":" and place.start >= 2 \
                and doc[place.start - 1].text == "," and any(c.end == place.start - 1 for c in companies):
            return True
        # "Van Gelder, a family-owned cold-chain operator from Venlo,", "investors from Mauritius": where a
        # company or its backers come from (not a distance: "a site 40 km from Lagos").
        prep = place.root.head
        if place.root.dep_ == "pobj" and prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PROPN") \
                and not prep.head.like_num and prep.head.lower_ not in DISTANCE_WORDS \
                and not (place.end < len(doc) and doc[place.end].lower_ in ("to", "through")):  # a range
            return True
        after = doc[place.end : place.end + 2]
        hyphened = (len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in HOME_WORDS) or (
            len(after) >= 1 and after[0].lower_.lstrip("-") in HOME_WORDS and after[0].text.startswith("-"))
        if hyphened:
            # ... unless it describes the businesses money goes into: "a fund that will invest in smaller
            # Singapore-listed companies".
            noun = after[-1].head if after[-1].dep_ in ("amod", "compound") else after[-1]
            # ... nor the home of a business bought: "buy a 14.9% stake in Stuttgart-based Hallbeck".
            if any(c.start <= noun.i < c.end and self._is_target(c) for c in companies) and any(
                    t.lower_.startswith(tuple(self.cues["acquisition_verbs"])) and t.pos_ == "VERB" for t in place.sent):
                return False
            return not (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into")
                        and not any(c.start <= noun.i < c.end for c in companies))
        if len(after) >= 1 and after[0].text in ("'s", "’s"):
            # "India's Adani Ports", but not "invest $1.5 billion in Indonesia's Bank Danamon": the home of
            # the business invested in is where the money goes.
            if any(place.end < c.start <= place.end + 3 and not self._is_target(c) for c in companies):
                return True
            noun = place.root.head
            # "Hong Kong's Shing Lok Knitwear to build ..." (a headline the company layer left unspanned): a name the
            # article gives a company in full.
            if place.end + 1 <= noun.i and doc[place.end + 1].pos_ == "PROPN" \
                    and doc[place.end + 1].lower_ in _first_words(companies) \
                    and not self._is_target(doc[place.end + 1 : noun.i + 1]):
                return True
            # "Sakuragawa Paper Co., one of Japan's largest containerboard makers,": the apposition that
            # describes a company gives its home.
            if noun.lower_.rstrip("s") not in self._kind_nouns:
                return False
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("one", "among"):
                noun = noun.head.head
            return noun.dep_ == "appos" and any(c.start <= noun.head.i < c.end for c in companies)
        # "X, a smaller maker based in Hefei, will invest ... in Chonburi": the apposition gives the home.
        # Not the predicate "X is also based in Sacheon and has announced an expansion there".
        before = doc[max(0, place.start - 2) : place.start]
        if len(before) == 2 and before[0].lower_ in HOME_WORDS and before[0].dep_ == "acl" \
                and before[1].lower_ in ("in", "at"):
            # (not the home of a business bought: "a 70% stake in Chambeshi Pharmaceuticals Ltd, a maker of generic
            # antibiotics based in Ndola, Zambia" is where the money goes)
            return not any(c.start <= a.i < c.end and self._is_target(c) for a in before[0].ancestors
                           for c in companies)
        # "based in Yokkaichi, Japan": the country written after a home town is that home's too.
        # ("from Novo Hamburgo, in the Brazilian state of Rio Grande do Sul": the same, in a state's phrase)
        town = next((p for p in doc.spans.get("places", []) if p.end < place.start <= p.end + 7
                     and doc[p.end].text == "," and (p.end + 1 == place.start or all(
                         t.lower_ in ("in", "the", "of") or t.lower_ in _PLACE_WORDS or t.ent_type_ == "NORP"
                         for t in doc[p.end + 1 : place.start]))), None)
        return town is not None and town.start != place.start and self._is_home(town, companies)

    def _in_past_year(self, amount: Span) -> bool:
        """"Eichwald bought Rhenania in 2019 for about €200m": a purchase a verb in the past tense puts in a year
        before the article's (any named year, when the article has no date) is history, not news."""
        verb = amount.root
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT":
            verb = verb.head
        # ("which led Krovinys's €2.8 million seed round in 2023": a funding round, in a past year, is history too)
        # ("raised €25 million in a Series A led by Tiergarten Capital in 2022": a round by its series' name, its
        # year on the lead's clause)
        after = amount.doc[amount.end : min(amount.sent.end, amount.end + 4)]
        a_round = any(t.lower_ in ("round", "seed", "pre-seed") or (t.text == "Series" and t.i + 1 < len(t.doc)
                                                                    and len(t.doc[t.i + 1].text) == 1) for t in after)
        # ("The 2024 round, led by X, raised $45 million": a round its subject dates)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        dated_round = subject is not None and subject.lower_ in ("round", "raise", "placement")
        # ("which took Slaney private in 2019 for €155 million", "took over X in 2021 for ...": a buy-out)
        took = verb.lower_ in ("took", "taken") and any(c.lower_ in ("private", "over", "control") for c in verb.children)
        if verb.tag_ != "VBD" or not (a_round or dated_round or took or _has(
                verb.lower_, self.cues["acquisition_verbs"] + self.cues["completion_verbs"])):
            return False  # (a pledge the story recalls, "pledged Rp 20 trillion in 2023", is still reported as one)
        done = _has(verb.lower_, self.cues["completion_verbs"])
        # ("opened its first U.S. plant, a $480 million facility in Clarksville, Tennessee, in 2023": a plant opened
        # and paid for, wherever the parser hangs its year)
        heads = [t for t in verb.subtree if t.i < amount.sent.end] if done else list(verb.children)
        if a_round:
            heads += [c for t in amount.doc[amount.end : min(amount.sent.end, amount.end + 6)]
                      if t.dep_ == "acl" and t.lower_ in ("led", "co-led", "backed") for c in t.children]
        years = [int(t.text) for t in heads if t.dep_ == "prep" and t.lower_ == "in"
                 for t in t.children if t.dep_ == "pobj" and t.ent_type_ == "DATE" and t.text.isdigit() and len(t.text) == 4]
        if dated_round:
            years += [int(t.text) for t in subject.children if t.dep_ in ("nummod", "compound", "amod")
                      and t.text.isdigit() and len(t.text) == 4]
        latest = self._news_year()
        if done:
            return latest is not None and any(y < latest for y in years)
        return any(self._published_year is None or y < self._published_year for y in years)

    def _where_said(self, place: Span) -> bool:
        """"..., the chief financial officer told reporters in São Paulo", "said at a briefing in Riyadh":
        where the news was given, not where the money goes."""
        prep = place.root.head
        if place.root.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
            return False
        head = prep.head
        if head.lower_ in ("reporters", "journalists", "briefing", "conference", "event", "ceremony", "forum",
                           "summit", "interview"):
            head = head.head if head.dep_ in ("dobj", "pobj", "dative") else head
            head = head.head if head.dep_ == "prep" else head
        # (Speaking verbs only: "projects announced in the Nordics" places the projects.)
        return head.lower_ in ("said", "says", "say", "told", "tells", "tell", "speaking", "spoke", "added")

    def _location(self, amount: Span, places: list[Span], prev: Span | None, companies: list[Span] = (),
                  sent_amounts: list[Span] = ()) -> Span | None:
        # A place named as a company's first word is the company ("Halden raised ...", "a second Tata unit").
        short = _first_words(companies)
        sent = [p for p in places if p.sent.start == amount.sent.start and not self._is_home(p, companies)
                and not self._is_generic(p) and not any(c.start < p.end and p.start < c.end for c in companies)
                and (p.text.lower() not in short or _hyphened(p) or self._placed_in(p) or _site_of_a_thing(p))
                and not _excluded(p)
                and not (_ranked_within(p) and self._is_region(p))
                # "The US company is putting ...": the company's home.
                and not (p.root.dep_ in ("compound", "amod", "nmod") and p.root.head.lower_ in self.cues["subject_nouns"])
                and not self._where_said(p) and not self._market(p) and not _source_site(p)]
        sent = self._without_name_words(sent, places)
        # "buy 45% of X d.o.o., a Mostar-based grocer with 41 stores in Mostar, Široki Brijeg and Čapljina, for 52
        # million marks": a business bought is where its own phrase says it is based, before the places it trades in.
        # (With no other place in the sentence, the home of a business bought wherever the article gives it.)
        home = self._target_home(amount, places, companies)
        if home is not None and (not sent or home.sent.start == amount.sent.start):
            return home
        if not sent:
            return self._target_demonym(amount) or self._home_country_meant(amount, places, companies) or prev

        # "of which CHF 750 million in Visp, CHF 400 million in Basel and CHF 250m in Singapore": a place
        # written right after the sum ("in", "at", "for", past a bracketed conversion) is the sum's, whatever
        # the parser hung it on.
        right_after = _place_right_after(amount, sent) or _place_right_before(amount, sent)
        if right_after is not None and len(sent_amounts) > 1:
            return right_after

        def rank(p: Span) -> tuple:
            return (*self._rank(p)[:1], abs(p.start - amount.start))

        # "$300 million in Vietnam and $200 million in Indonesia": a place in the sum's own phrase is its;
        # one in another sum's phrase is that sum's.
        # (Not a place of another sum the parser hangs on this one: "$10 billion from X for data centres in
        # Malaysia and $5 billion from Y for an AI hub in Johor".)
        nested = [o for o in sent_amounts if o.start != amount.start and o.root in set(amount.root.subtree)]
        own = [p for p in sent if p.root in set(amount.root.subtree) and not amount.start <= p.start < amount.end
               and not any(p.root in set(o.root.subtree) for o in nested)]
        others = [p for p in sent if any(o.start != amount.start and p.root in set(o.root.subtree)
                                         and amount.root not in set(o.root.subtree) for o in sent_amounts)]
        # "X will invest $500 million in Johor, and Y will put $200 million into a station in Penang": else a
        # place in the sum's own clause.
        mine = [p for p in sent if p not in others]
        same_clause = [p for p in mine if _clause(p.root) == _clause(amount.root, amount)]
        # "invest NT$6 billion in a Thai PCB plant as Apple suppliers diversify": the country of what the
        # money goes into, unless the sentence names a place in that country.
        target = self._target_demonym(amount)
        if target is not None and not any(p._.country == target._.country for p in sent):
            return target
        if not own and len(sent_amounts) > 1:
            # "$10 billion from X for data centres in Malaysia and $5 billion from Y for a hub in Johor": with
            # several sums, the place written between this sum and the next (not its bracketed conversion).
            later = [o.start for o in sent_amounts if o.start - amount.end > 3]
            stop = min(later) if later else amount.sent.end
            own = [p for p in mine if amount.end <= p.start < stop] if later else []
        if not own and same_clause and len(sent_amounts) == 1:
            # "In the U.S., the company will invest 38 billion yen to expand its plant in Dayton, Ohio": a
            # country set before the clause is where the more specific place the sentence names lies.
            wide = sorted(same_clause, key=rank)[0]
            if self._rank(wide)[0] == -KIND_RANK["country"] and wide._.country and wide.end <= amount.start:
                inside = [p for p in mine if p not in same_clause and p._.country == wide._.country and p.start > amount.end
                          and self._rank(p)[0] < -KIND_RANK["country"] and not self._example(p)]
                if inside:
                    return sorted(inside, key=rank)[0]
        sent = own or same_clause or mine or sent
        # "for property in Southeast Asia, with Vietnam and Indonesia among its targets", "in Asia, including
        # Japan": places given as examples are not where the money is said to go.
        named = [p for p in sent if not self._example(p)]
        sent = named or sent
        # Regions come last; a place the gazetteer does not know is a small town: the most specific.
        specific = [p for p in sent if not self._is_region(p)]
        return sorted(specific or sent, key=rank)[0]

    def _placed_in(self, place: Span) -> bool:
        """"in northern and western Kenya": a country after a place preposition is the country, even where a
        company's name begins with it ("Kenya Power")."""
        return (self._specificity(place) == KIND_RANK.get("country") and place.root.dep_ == "pobj"
                and place.root.head.lower_ in ("in", "across", "throughout", "into"))

    @staticmethod
    def _example(place: Span | Token) -> bool:
        """A place (or a word) in a "with ... among", "including", "such as", "like" phrase: an example, not
        the one meant."""
        root = place.root if isinstance(place, Span) else place
        for a in (root, *root.ancestors):
            if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("prep", "pcomp"):
                return False
            if a.dep_ == "prep" and (a.lower_ in ("including", "like", "among") or (
                    a.lower_ == "with" and any(c.lower_ == "among" for c in (*a.subtree, *a.head.children)
                                               if c.i > a.i))
                    or (a.lower_ == "as" and any(c.lower_ == "such" for c in a.children))):
                return True
        return False

    @staticmethod
    def _market(place: Span) -> bool:
        """Where the output goes, not the money: "wheels for carmakers in Türkiye, Eastern Europe and the Middle
        East", "for export to Japan", "to supply buyers in the Gulf"."""
        prep = _place_prep(place)
        if prep is None:
            return False
        for anc in prep.ancestors:
            if anc.pos_ == "VERB" and anc.lower_.startswith(_SERVING_VERBS) and anc.dep_ in ("relcl", "acl") \
                    and anc.head.pos_ == "NOUN":
                # "in the terminal, which will handle coal for steel mills and farms in Bosnia, Serbia and Hungary":
                # what the facility serves, in a clause of its own (not a business bought: "60% of X S.A., which
                # handles grain imports in Barranquilla").
                return True
            if anc.dep_ in ("ROOT", "conj", "ccomp"):
                break
        head = prep.head.lower_
        # (Plural: "a paint maker in Manchester" is a business the money buys.)
        if prep.lower_ in ("in", "across", "throughout") and head.endswith("s") and head[:-1] in _MARKET_NOUNS:
            return True
        return prep.lower_ == "to" and head.startswith(("export", "sell", "sold", "ship", "supply", "deliver"))

    def _target_home(self, amount: Span, places: list[Span], companies: list[Span]) -> Span | None:
        """"agreed to acquire Sweetwater Provisions for $1.35 billion ... Sweetwater, based in Savannah, Georgia":
        with no place in its sentence, a business bought is where the article says it is based ("X, based in P",
        "P-based X", "X, headquartered in P")."""
        verb = _clause(amount.root, amount)
        if not verb.lower_.startswith(tuple(self.cues["acquisition_verbs"])):
            return None
        targets = [c for c in companies if c.sent.start == amount.sent.start and self._is_target(c)]
        words = {company_key(c.text).split()[0] for c in targets if company_key(c.text)}
        if not words:
            return None
        for p in places:
            if is_dateline(p):
                continue
            if p.sent.start == amount.sent.start:
                # "a 35 per cent stake in Tiga Foods Plc, the Kano-based maker of flour, for N48 billion": the
                # home the business bought is described by, in its own phrase.
                # (Not the seller's: "a stake in Kalahari Milling from its Johannesburg-based parent".)
                based = p.start >= 2 and p.doc[p.start - 1].lower_ in ("in", "at") \
                    and p.doc[p.start - 2].lower_ in ("based", "headquartered")
                if (written_as_home(p) or based) and any(p.root in set(c.root.subtree) or _in_apposition(p, c)
                                                         for c in targets) \
                        and not any(a.lower_ == "from" and a.dep_ == "prep" for a in p.root.ancestors):
                    # (or "Drogéria Kvet s.r.o., a chain of 62 drugstores based in Banská Bystrica")
                    return p
                continue
            if _names_home_of(p, words, reach=5, based=("based", "headquartered")):
                return p
        return None

    def _home_country_meant(self, amount: Span, places: list[Span], companies: list[Span]) -> Span | None:
        """"Saudi Arabia's X is due to start production at its $8.4 billion plant in the north-west of the
        kingdom": a sentence that places the money only in "the kingdom"/"the country" means the country
        it has named as the company's home."""
        sent = amount.sent
        words = {t.lower_ for t in sent if t.i > amount.end and t.lower_ in GENERIC_COUNTRY_WORDS and t.i > 0
                 and sent.doc[t.i - 1].lower_ == "the"}
        if not words:
            return None
        homes = [p for p in places if p.sent.start == sent.start and self._is_home(p, companies)
                 and not is_dateline(p) and self._specificity(p) == KIND_RANK.get("country")]
        if not homes:
            return None
        if not words & {"kingdom", "emirate", "sultanate"} and any(
                p.start < sent.start and p._.country and p._.country != homes[0]._.country
                and not self._is_home(p, companies) for p in places):
            # "the country" after the article has placed its story in another country ("Gulf investors pour
            # billions into Egypt ... Saudi Arabia's PIF pledged $5 billion for projects in the country").
            return None
        return homes[0]

    def _target_demonym(self, amount: Span) -> Span | None:
        """"agreed to buy Australian power retailer Alinta Energy for A$6.5 billion", "invest $50 million in a
        Vietnamese start-up": with no place named, the money goes to the country of the business it buys or
        goes into. A one-word span standing for that country (its canonical name and country set)."""
        targets = []
        for verb in (amount.root, *amount.root.ancestors):
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            if verb.lower_.startswith(tuple(self.cues["acquisition_verbs"])) or _sale_buyer(verb) is not None:
                targets += [c for c in verb.children if c.dep_ == "dobj"]
                # "to acquire all of Peruvian snack maker X", "buy control of ...": the business the share is of.
                targets += [g for c in verb.children if c.dep_ == "dobj" for p in c.children
                            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            # "X said it had agreed to buy Czech rival Y for 410 million zlotys": the parser may hang the sum on
            # the verb of saying; the purchase it reports, down its clause.
            if verb.lower_.startswith(tuple(self.cues["speech"])):
                targets += [c for v in verb.subtree if v.dep_ in ("ccomp", "xcomp") and v.pos_ == "VERB"
                            and v.lower_.startswith(tuple(self.cues["acquisition_verbs"]))
                            for c in v.children if c.dep_ == "dobj"]
            targets += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "into")
                        for g in c.children if g.dep_ == "pobj"]
            # "NT$6 billion in Thai PCB plant": the parser may hang the "in" on the sum.
            targets += [g for c in amount.root.children if c.dep_ == "prep" and c.lower_ in ("in", "into")
                        for g in c.children if g.dep_ == "pobj"] if verb == amount.root.head else []
            # "the Hungarian site, where it will invest HUF 38 billion": the site the clause describes.
            if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
                targets.append(verb.head)
            # "acquire a 51% stake in Indian developer X": the business the stake is in.
            targets += [g for o in verb.children if o.dep_ == "dobj" and o.lower_ in ("stake", "interest", "holding")
                        for c in o.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                        for g in c.children if g.dep_ == "pobj"]
        for noun in targets:
            # Its modifiers and its apposition: "Australian retailer X", "X, a Thai battery maker,".
            described = [t for t in noun.subtree if t.i < noun.i]
            described += [t for a in noun.children if a.dep_ == "appos" for t in a.subtree]
            for mod in described:
                country = self.cues["demonyms"].get(mod.lower_)
                place = self.gaz.lookup(country) if country else None
                # Not an owner's ("the Japanese utility's largest investment"): that is the buyer's home.
                owned = any(a.dep_ == "poss" for a in mod.ancestors if a.i < noun.i and noun in a.ancestors) \
                    or mod.dep_ == "poss"
                if place is not None and mod.dep_ in ("amod", "compound", "nmod") and not owned:
                    span = Span(amount.doc, mod.i, mod.i + 1, label="GPE")
                    span._.canonical, span._.country = place.name, place.country
                    return span
        return None

    def _country(self, loc: Span | None, places: list[Span]) -> str | None:
        """The place's country; for a town the gazetteer does not know, the one country its sentence names
        ("in Germany ..., around Frankfurt")."""
        if loc is None:
            return None
        if loc._.country:
            return loc._.country
        # "in Prachinburi province, Thailand", "Mirsarai, Chattogram": the place that follows it, comma-joined.
        doc = loc.doc
        for p in places:
            between = doc[loc.end : p.start]
            # ("Basra, southern Iraq": a compass word may stand before the country)
            if p._.country and 0 < len(between) <= 4 and any(t.text == "," for t in between) \
                    and all(t.text == "," or t.lower_ in _PLACE_WORDS or t.lower_ in COMPASS_WORDS for t in between) \
                    and (between[-1].text == "," or between[-1].lower_ in COMPASS_WORDS):
                return p._.country
        # Elsewhere the article may write the same town that way.
        beside = {q._.country for o in places if o.text == loc.text and o.start != loc.start
                  for q in places if q._.country and 0 < q.start - o.end <= 3
                  and all(t.text == "," or t.lower_ in _PLACE_WORDS
                          for t in doc[o.end : q.start])}
        if len(beside) == 1:
            return beside.pop()
        # "In Kazakhstan, ... a wind farm in the Zhambyl region": the one country its sentence puts things in (not a
        # company's home, "China's X"), or "Kazakhstan's Zhambyl region".
        located = {p._.country for p in places if p.sent.start == loc.sent.start and p.start != loc.start
                   and p._.country and self._specificity(p) == KIND_RANK["country"] and (
                       (p.root.dep_ == "pobj" and p.root.head.lower_ in ("in", "across", "into"))
                       or (p.root.dep_ == "poss" and loc.start <= p.root.head.i < loc.end + 2))}
        if len(located) == 1:
            return located.pop()
        # A town the gazetteer does not know lies where the story is set, by its dateline or most of its places
        # ("its San Ġwann-based developer ... led by a Stockholm fund" of a Maltese story is Maltese).
        if self._story_country is not None:
            return self._story_country
        around = {p._.country for p in places if p.sent.start == loc.sent.start and p._.country}
        if len(around) == 1:
            return around.pop()
        # Else the one country the whole article places things in ("in Mirsarai, Chattogram" of a Bangladesh story).
        everywhere = {p._.country for p in places if p._.country}
        return everywhere.pop() if len(everywhere) == 1 else None

    def _rank(self, p: Span) -> tuple:
        """Most specific first; a place the gazetteer does not know is a small town."""
        cands = self.gaz.candidates(p.text)
        kind = cands[0].kind if cands else "city"
        if kind == "city" and written_as_unit(p):
            # "in Montería, in the northern department of Córdoba": the department, whatever city shares its name.
            kind = "subdivision"
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
        return purpose_of_sum(amount, self.cues)

    @staticmethod
    def _bare_dollar_restated(amount: Span, amounts: list[Span], headline: int) -> bool:
        """"Brolga to buy Port Hedland terminal for $2.6 billion" (headline), "... for A$2.6 billion" (body): a
        headline's bare "$" sum that the body gives in a named dollar (A$, C$, NZ$, S$) is the body's sum."""
        if amount.start_char >= headline or not amount.text.startswith("$"):
            return False
        return any(o.start_char >= headline and o._.currency != amount._.currency and o.text[:1] != "$"
                   and "$" in o.text and o._.value == amount._.value for o in amounts)

    def _later_announcer(self, sent: Span, officials: list[Span]) -> str | None:
        """The official a sentence right after a commitment names as announcing it: "The plan was announced by
        Economy Minister Y"; not one quoted after it ('"A vote of confidence," the minister said', '"...," the chief
        executive said'), who comments on it (the dev gold leaves those null: a rule taking a chief's quote that
        follows made 8 of 377 matched deals disagree)."""
        named = [o for o in officials if o.sent.start == sent.start]
        if not named:
            return None
        if _has(sent.text, ["announced by", "unveiled by", "was announced", "were announced", "announced the plan",
                            "announced the investment", "announced the project"]):
            return named[0]._.canonical
        return None

    @staticmethod
    def _split_state(sent: Span, deals: list[DealRow], investor_of: dict[int, Span], split: _Split | None,
                     has_subject: bool) -> _Split | None:
        """The total whose parts the story is giving: opened by a sentence that opens "Of this, ..." after a deal
        with a sum; kept by the sentences that go on naming parts ("A further VND1.1 trillion is earmarked for
        ..."), until the parts add up to it or a sentence makes a company its subject."""
        if _SPLIT_OPENER.match(sent.text):
            total = next((d for d in reversed(deals) if d.amount is not None and id(d) in investor_of), None)
            return _Split(total, investor_of[id(total)], total.amount) if total is not None else None
        if split is None or has_subject or split.left <= 0.005 * split.total.amount:
            return None
        return split

    def _no_commitment(self, amount: Span, sent_amounts: list[Span]) -> bool:
        """A sum that is no one's commitment: beside the sum it qualifies, a part or whole of another, a level
        before a change, one no word of investing goes with, or history."""
        return self._beside_the_sum(amount, sent_amounts) or self._part_or_whole(amount, sent_amounts) \
            or self._previous_level(amount, sent_amounts) or not self._is_investment(amount) \
            or self._in_past_year(amount) or _size_of_a_fund(amount)

    def _announcer(self, amount: Span, officials: list[Span]) -> str | None:
        """The first official in the amount's sentence, where the sentence reports speech."""
        return self._speaking_official(amount.sent, officials)

    def _speaking_official(self, sent: Span, officials: list[Span]) -> str | None:
        """The first official in ``sent``, where the sentence reports speech."""
        if not _has(sent.text, self.cues["speech"]):
            return None
        return next((o._.canonical for o in officials if o.sent.start == sent.start), None)

    def __call__(self, doc: Doc, article_id: str, company_names: Mapping[str, str] | None = None,
                 published: str | None = None) -> list[DealRow]:
        """Deals in ``doc``. ``company_names`` maps each company key (name or alias,
        pipeline.normalize.names.company_key) to the name of its entity row; with it,
        investors take their row's name and a company the entity layer dropped is no investor.
        ``published`` (ISO date) anchors relative timeframes for start_year/end_year."""
        text = doc_text(doc)
        headline = headline_end(text)
        if headline and _denial_only(text[:headline]):
            return []  # "Kinta Latex denies report of RM1.5bil glove plant in Laos": the story reports no commitment
        # "MUMBAI, Jan 12 (Reuters) - ...": the agency that reports is not a party.
        # (Nor a word of an official's name the company layer kept: "Folake Ogunleye-Grant".)
        names = [(o.start, o.end) for o in doc.spans.get("officials", [])]
        companies = [c for c in doc.spans.get("companies", []) if not _agency_credit(c) and not ticker_exchange(c)
                     and not any(s <= c.start and c.end <= e for s, e in names)]
        commentators = {(c.start, c.end) for c in companies if _commentators_firm(c)}
        self._published_year = int(published[:4]) if published and published[:4].isdigit() else None
        self._latest_year = _latest_year(doc)
        self._story_country = story_country(doc)
        self._defined = self._defined_terms(doc, companies)
        self._lead = None
        self._consortium = {}
        places = list(doc.spans.get("places", []))
        officials = list(doc.spans.get("officials", []))
        # "a further A$400 million to 2030": the year a span runs to is no sum.
        amounts = sorted((a for a in doc.spans.get("amounts", []) if not _a_year(a)), key=lambda s: s.start)
        deals: list[DealRow] = []
        # One commitment, one row: the same sum in the same currency is the same deal
        # (headline, then body), whatever name the investor goes by in each.
        seen: dict[tuple, tuple[DealRow, bool]] = {}
        last_subject: Span | None = None
        last_location: Span | None = None
        last_announcer: str | None = None
        joint: DealRow | None = None  # a joint commitment whose partners are not yet named
        joint_at = -1  # where the sentence that gave it ends
        fresh: list[DealRow] = []  # the deals of the last sentence, when it had sums
        investor_of: dict[int, Span] = {}  # id of a deal -> the span of its investor
        split: _Split | None = None  # the total whose parts the story is giving
        splits: list[_Split] = []  # every split that gave parts
        budgets: set[int] = set()  # ids of the deals whose sum is a year's capital-spending budget
        # ids of the deals whose sum is the part of a cost lenders put up: kept while totals and parts are matched
        # (a rest that completes the partners' shares), then dropped
        lent: set[int] = set()
        deal_at: dict[int, int] = {}  # where each deal's sum is written
        unpriced: set[int] = set()  # ids of the purchases the story gave no price for
        bought: set[str] = set()  # company keys of the businesses the article's deals buy or go into
        round_members: dict[str, Span | None] = {}  # company key of a round's lead or backer -> the round's place
        self._round_members = round_members
        self._last_round = set()
        # "... to spend $920 million" (headline), "15 trillion rupiah ($920 million)" (body): a headline sum
        # the body gives only as a conversion is the body's commitment, reported there.
        by_sent: dict[int, list[Span]] = {}
        for a in amounts:
            by_sent.setdefault(a.sent.start, []).append(a)
        conversions = set()  # (start, end) of each amount that restates the sum before it
        for sent_amounts in by_sent.values():
            prev: Span | None = None
            for a in sent_amounts:
                if self._is_conversion(doc, prev.end if prev is not None else -1, a) or (
                        prev is not None and (prev.start, prev.end) in conversions and self._range_low(prev, sent_amounts)):
                    # "1-1.5 trillion won ($680 million-$1 billion)": a converted range's top is converted too.
                    conversions.add((a.start, a.end))
                prev = a
        # Where the body first gives each conversion: a later sentence that quotes the converted figure
        # ("Wistron's US$1.07 billion commitment was ...") restates the same commitment.
        converted: dict[tuple, int] = {}
        for a in amounts:
            if (a.start, a.end) in conversions and a.sent.start_char >= headline:
                converted.setdefault((a._.currency, round(a._.value)), a.sent.start)
        # A briefs item's own upper-case dateline, by where its sentence starts: one after the body's first dateline.
        first_dateline = min((p.start for p in places if p.start_char > headline and is_dateline(p)), default=None)
        item_datelines = {p.start: p for p in places if first_dateline is not None and p.start > first_dateline
                          and p.text.isupper() and is_dateline(p, regions=True)}
        for sent in doc.sents:
            # (A dateline the parser makes the subject: "BANGKOK — X plans ...", "BUCHAREST, Romania – X ...": X, hung
            # on it, is the subject.)
            subj = [c for c in companies if sent.start <= c.start < sent.end
                    and (c.root.dep_ in SUBJECT_DEPS | {"poss"} or _shares_of(c) or (
                        c.root.dep_ in ("appos", "conj") and (head := _dateline_head(c.root.head, places)).dep_ in SUBJECT_DEPS
                        and any(p.start <= head.i < p.end and is_dateline(p, regions=True) for p in places)))]
            sent_amounts = by_sent.get(sent.start, [])
            before = {id(d) for d in deals}
            item = item_datelines.get(sent.start)
            if item is not None:
                # "ORAN – X has agreed to buy 70% of Y, which runs 22 bakeries in the city": a briefs item under its
                # own dateline starts afresh; no place of the item before it goes to its sums.
                last_location = item
            # (A subject of a clause that describes a part's place, "... in Kragujevac, where X already runs a plant",
            # does not end the parts.)
            split = self._split_state(sent, deals, investor_of, split, any(not _describes_place(c) for c in subj))
            if sent_amounts and deals and deals[-1].amount is None and _PRICE_LABEL.match(sent.text) \
                    and not any(d.amount is not None and d.investor == deals[-1].investor for d in deals):
                # "... signed an agreement to acquire 100% of Saguramo Mineral Waters LLC." then "Consideration: GEL
                # 46 million (approximately USD 17 million), of which ...": a filing's price line sizes the purchase.
                priced = deals[-1]
                priced.amount, priced.currency = sent_amounts[0]._.value, sent_amounts[0]._.currency
                deal_at[id(priced)] = sent_amounts[0].start
                sent_amounts = []
            for a in sent_amounts:
                first_given = converted.get((a._.currency, round(a._.value)))
                conversion = (a.start, a.end) in conversions or self._bare_dollar_restated(a, amounts, headline) \
                    or _equivalent(a, amounts) or (
                    first_given is not None and (a.start_char < headline or a.sent.start > first_given))
                # (Not a split by who pays: "£52 million from its own cash ..., £16 million from a grant", below.)
                part = split is not None and not conversion and split.takes(a) and not _has(sent.text, _FUNDING_WORDS)
                if conversion or self._range_low(a, sent_amounts) or _corrected_away(a) \
                        or (not part and self._no_commitment(a, sent_amounts)):
                    continue
                lead, backers = self._round_investors(a, companies)
                loc = self._location(a, places, None, companies, sent_amounts)
                own_place = loc is not None
                if loc is None and (lead is not None or backers):
                    # A round's money goes to the raising company's base: its home, else the dateline.
                    loc = self._raisers_base(a, places)
                # ("Giao Nhanh raises $14m in Series A" heading a briefs column's next item: no place of the item
                # before it; the body under it gives its own.)
                loc = loc or self._site_of(a, companies, deals, places) or (
                    None if a.sent.start_char > headline and _item_heading(a.sent) else last_location)
                for member in ([lead] if lead is not None else []) + backers:
                    round_members[company_key(member.text)] = loc
                if lead is not None or backers:
                    self._last_round = {company_key(m.text) for m in ([lead] if lead is not None else []) + backers}
                if lead is None and backers:
                    # "raised £120m from investors including A and B": no lead, so each backer a deal with no
                    # sum, and the company raising the money none.
                    self._add_backers(deals, backers, None, article_id, company_names, loc, places,
                                      self._purpose(a))
                    continue
                if self._each_share(a) and self._split_among(deals, a):
                    continue
                investor = lead or self._respective(a, companies) or self._investor(a, companies, last_subject)
                if part and (investor is None or company_key(investor.text) == company_key(split.investor.text)
                             or (investor is last_subject and _goes_on(a))):
                    # "Of this, Rs 5,900 crore will go into a plant at Maihar ..., and Rs 1,500 crore into a
                    # grinding unit near Varanasi": the total's parts, each a deal of the total's investor, where
                    # the sentence places it (the total beside them goes in _one_row_per_commitment).
                    split.left -= a._.value
                    investor = split.investor
                    # "Rs 780 crore ... at Halol in Gujarat, while Rs 370 crore ... at Silvassa": each part's place
                    # is the first one written after it, before the next sum.
                    nxt = min((o.start for o in sent_amounts if o.start > a.start), default=sent.end)
                    own = next((p for p in places if a.end <= p.start < nxt), None)
                    if own is not None:
                        loc, own_place = own, True
                    elif any(o.start != a.start and split.takes(o) for o in sent_amounts):
                        # ("$180 million will go into replacing its core banking system, $140 million into a centre
                        # in Chaguanas": no place written after it, so none of its own; Chaguanas is the next part's.)
                        own_place = False
                    if not split.parts:
                        splits.append(split)
                elif part:
                    part = False  # (another company's sum: the tests a part skipped apply)
                    if self._no_commitment(a, sent_amounts):
                        continue
                if lead is None and self._consortium and self._buyers_subject(a):
                    # "The buyers have also committed to spend a further A$400 million": the consortium.
                    investor = list(self._consortium.values())[-1][0]
                if investor is None and lead is None and not backers and _has(sent.text, _JOINT_WORDS) \
                        and not self._hedged(sent):
                    # "A U.S. operator and a Kuwaiti conglomerate will jointly build a KD 92 million campus": a
                    # joint commitment whose partners the next sentences may name.
                    joint = DealRow(article_id, "", a._.value, a._.currency,
                                    loc._.canonical if loc is not None else None, self._purpose(a),
                                    self._announcer(a, officials), self._timeframe(a), self._country(loc, places))
                    joint_at = sent.end
                if investor is None or (lead is None and investor is self._raiser(a, companies)
                                        and _has(sent.text, [w for w in self.cues["round_words"] if w != "raised"])) \
                        or (lead is None and not backers and _closes_a_raise(a)):
                    # The company raising a round puts no money in (but "X has raised £400m to build three
                    # sites", no round, is X's own commitment).
                    continue
                name = self._full_name(investor, companies, company_names)
                if name is None or (investor.start, investor.end) in commentators:
                    continue
                member_key = company_key(investor.text)
                if investor is not lead and member_key in round_members:
                    # "Vestlandet Hydro alone put in NOK 800 million": a backer's own sum, in the round's place.
                    loc = round_members[member_key]
                    mine = next((d for d in deals if d.investor == name and d.amount is None), None)
                    if mine is not None:
                        mine.amount, mine.currency = a._.value, a._.currency
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
                        # ... and who announced it, and when it is due (a headline gives neither).
                        deal.announced_by = deal.announced_by or self._announcer(a, officials)
                        deal.timeframe = deal.timeframe or self._timeframe(a)
                    if loc is not None and self._specificity(loc) > self._specificity_name(deal.location):
                        old = deal.location
                        deal.location, deal.location_country = (loc._.canonical,
                                                                self._country(loc, places) or deal.location_country)
                        # "Giao Nhanh raises $14m in Series A" (a heading), then the body's "US$14 million ...
                        # led by Singapore's Merlion": the round's other backers go where its lead's money goes.
                        for b in backers:
                            bname = self._name(b, company_names)
                            for d in deals:
                                if d.investor == bname and d.amount is None and d.location == old:
                                    d.location, d.location_country = deal.location, deal.location_country
                    elif loc is not None and deal.location_country is None:
                        # The body's sentence names the country the headline's town is in.
                        deal.location_country = self._country(loc, places)
                    if part and not any(d is deal for d, _ in split.parts):
                        # "... plans €85m line in Bydgoszcz" (headline), then "Of that, €85 million will go to ...
                        # Bydgoszcz, and €60 million to ... Schwedt": the headline's deal is one of the total's parts.
                        split.parts.append((deal, own_place))
                    # "The partners will invest SAR 900 million" after a headline that named one of them.
                    self._add_partners(deals, deal, investor, a, companies, company_names)
                    self._add_backers(deals, backers, investor, article_id, company_names, loc, places,
                                      deal.purpose)
                    continue
                # (Not a site's part: "of which CHF 750 million in Visp, CHF 400 million in Basel" are deals of
                # their own, and the total beside them goes in _one_row_per_commitment.)
                total = None if part or _place_right_after(a, places) else self._total_of_share(a, name, deals,
                                                                                               sent_amounts)
                if total is not None:
                    # "Hanmaru will contribute 3.1 trillion dong and Sao Viet the remaining 2.1 trillion":
                    # the partner's own share replaces the venture's total it carried.
                    total.amount = a._.value
                    seen[key] = (total, in_headline)
                    continue
                if not part and _share_beside_grant(a, name, deals, amounts):
                    continue
                if not part and (self._funds_a_part(a, name, deals, sent_amounts)
                                 or self._phase_of(a, name, deals, sent_amounts)):
                    continue
                # (A sentence that names no place of its own sizes the company's one unsized site: "X plans to build
                # a plant in Bulgan ... We will invest ₮96 billion", whatever place the story named last.)
                # (not a purchase the story gave no price for, by a sum that is no price: "X has bought Y ... X will
                # invest €12 million in a new line at the Pärnu bakery" are two commitments)
                unsized = [d for d in deals if d.investor == name and d.amount is None
                           and (id(d) not in unpriced or _PRICE_WORDS.search(a.sent.text))]
                sized = next((d for d in unsized if self._same_site(d, loc, places)
                              or (not own_place and len(unsized) == 1)), None)
                if sized is None:
                    # "X has agreed to acquire 70% of Y. The consideration is SAR 1.2 billion": the price of the
                    # purchase given before, wherever the sum's sentence places it.
                    sized = next((d for d in unsized if id(d) in unpriced), None)
                    if sized is not None and loc is not None:
                        sized.location = None
                if sized is not None and lead is None and not backers:
                    # "X is building a plant in De Soto. The plant will cost $4 billion": the sum of the
                    # facility already reported, one commitment.
                    sized.amount, sized.currency = a._.value, a._.currency
                    investor_of[id(sized)] = investor  # (a total whose parts the story may give next)
                    if part:
                        split.parts.append((sized, own_place))  # a part that sizes a plan the story gave before
                    elif _capex_budget(a):
                        budgets.add(id(sized))
                    if sized.location is None and loc is not None:
                        sized.location, sized.location_country = loc._.canonical, self._country(loc, places)
                    sized.timeframe = sized.timeframe or self._timeframe(a)
                    # The sentence that gives the sum may give who announced it.
                    sized.announced_by = sized.announced_by or self._announcer(a, officials)
                    last_announcer = sized.announced_by
                    seen[key] = (sized, in_headline)
                    # "The venture will invest AED1.1 billion": the partners' share of the same commitment.
                    self._add_partners(deals, sized, investor, a, companies, company_names)
                    continue
                # An announcement carries over to the same investor's next amount only.
                carried = last_announcer if deals and deals[-1].investor == name else None
                announcer = self._announcer(a, officials) or carried
                deal = DealRow(
                    article_id, name, a._.value, a._.currency,
                    loc._.canonical if loc is not None else None, self._purpose(a), announcer,
                    self._timeframe(a), self._country(loc, places),
                )
                if not own_place and _AT_THE_SITE.search(sent.text):
                    # "It will also spend about $8 million to install a solar array at the site": where the same
                    # investor's last sited deal goes, whatever place a quote between named.
                    site = next((d for d in reversed(deals) if d.investor == name and d.location), None)
                    if site is not None:
                        deal.location, deal.location_country = site.location, site.location_country
                seen[key] = (deal, in_headline)
                deals.append(deal)
                deal_at[id(deal)] = a.start
                investor_of[id(deal)] = investor
                if _debt_financed(a):
                    lent.add(id(deal))
                if part:
                    split.parts.append((deal, own_place))  # (a part with no place of its own splits no sites)
                # (A budget that names its town is that site's project: "approved capital expenditure of Rs 1,200 crore
                # to expand capacity at its plant at Chakan", whatever the story adds after it.)
                if _capex_budget(a) and not part and not (own_place and self._specificity(loc) >= KIND_RANK["city"]):
                    budgets.add(id(deal))
                if self._lead is None and lead is None:
                    self._lead = investor
                last_announcer = announcer
                # Partners: "A and B will invest ..." each carry the total; a round's other backers none.
                self._add_partners(deals, deal, investor, a, companies, company_names)
                for member in self._consortium.get(name, (None, []))[1]:
                    if not any(d.investor == member and d.amount == deal.amount for d in deals):
                        deals.append(DealRow(article_id, member, deal.amount, deal.currency, deal.location,
                                             deal.purpose, None, deal.timeframe, deal.location_country))
                self._add_backers(deals, backers, investor, article_id, company_names, loc, places, deal.purpose)
            if not sent_amounts and fresh:
                # "X will invest ... . The plan was announced by Minister Y.", '"...," chief executive Y said.'
                announcer = self._later_announcer(sent, officials)
                for d in fresh:
                    d.announced_by = d.announced_by or announcer
            fresh = [d for d in deals if id(d) not in before] if sent_amounts else []
            # (A sentence whose sums made no deal still tells the use: "The start-up, which raised a 2.5 mdd seed
            # round in 2023, will use the money to hire 60 engineers at its Nuevo Laredo office".)
            round_use = bool(round_members) and not fresh and bool(_ROUND_MONEY_USED.search(sent.text))
            if round_use:
                # "Rehema will use the money to build distribution centres in Mombasa and Kisumu": where the
                # round's money goes; the raiser's plan is the round's use, no deal of its own.
                self._round_spent(sent, deals, places, companies)
            called_off = not sent_amounts and bool(deals) and bool(_CALLED_OFF.search(sent.text)) \
                and not _has(sent.text, _NOT_CALLED_OFF)
            if called_off:
                # "... with a total investment of US$460 million. In view of the tariffs, the Board agreed to terminate
                # the project.": the paragraph's commitment was called off.
                para = paragraph_start(doc, sent.start)
                deals = [d for d in deals if not para <= deal_at.get(id(d), -1) < sent.start]
                last_location = None  # (nor does its place, nor this sentence's, go to the next sums)
            if not sent_amounts and sent.start_char >= headline and deals and not round_use:
                self._place_of_last(sent, deals, places, companies)
            if not sent_amounts and sent.start_char >= headline and deals and not _is_flat(sent):
                self._venture_partners(sent, deals, companies, company_names)
                self._consortium_members(sent, deals, companies, company_names, last_subject)
                self._shareholders(sent, deals, companies, company_names)
                self._vehicle_owners(sent, deals, companies, company_names)
            if not sent_amounts and joint is not None and sent.start - joint_at <= 60:
                self._joint_holders(sent, deals, companies, company_names, joint)
            if not sent_amounts and sent.start_char >= headline and not round_use:
                flat = _is_flat(sent)
                builds = self._flat_builds(sent, places, companies) if flat else self._facility_builds(sent, places, companies)
                for obj, loc, listed in builds:
                    # An unparsed sentence names no company (else it would be parsed): its "it" is the last subject.
                    investor = last_subject if flat else self._investor(obj, companies, last_subject)
                    name = self._full_name(investor, companies, company_names) if investor is not None else None
                    if name is None or (investor.start, investor.end) in commentators:
                        continue
                    country = self._country(loc, places)
                    mine = [d for d in deals if d.investor == name]
                    # The same place, or (a headline's country, the body's town) the same country; but each of the
                    # places a sentence lists is a deal of its own.
                    # Two towns of one country are two sites ("RM2.4 billion in Sedenak", "a facility in Kulai").
                    # Two named sites below the country are two sites ("a wind farm off Binh Thuan ... also
                    # building a blade factory in Hai Phong"); a country and a town in it may be one.
                    site = self._specificity(loc) >= KIND_RANK["subdivision"]
                    if any(d.location == loc._.canonical or _same_name(d.location, loc._.canonical) or (
                            country and d.location_country == country and not listed
                            and not (site and self._specificity_name(d.location) >= KIND_RANK["subdivision"]))
                           for d in mine):
                        continue
                    unplaced = next((d for d in mine if d.location is None), None)
                    if unplaced is not None:
                        # "... would build a huge gigafactory in McMasterville": where the sum named before goes.
                        unplaced.location, unplaced.location_country = loc._.canonical, country
                        continue
                    if any(d.amount is not None for d in mine) and not _has(sent.text.lower(), _ANOTHER_WORDS):
                        # After the company's sized commitment, a site it builds with no sum is that commitment's
                        # ("a PHP 3.2 billion program ... Under the program, LuzTel will build a regional network
                        # operations center in Tacloban City"), unless the sentence makes it another ("is also
                        # building a 20MW facility in Kulai").
                        continue
                    purpose = "expansion" if obj.root.pos_ == "VERB" else self._purpose_of(obj.root)
                    deals.append(DealRow(article_id, name, None, None, loc._.canonical, purpose,
                                         self._announcer(obj, officials), self._timeframe(obj), country))
                    if last_subject is None and investor.root.dep_ not in SUBJECT_DEPS and obj.root.lower_ in self._plan_nouns:
                        # "The Board authorised its subsidiary, X Kft., to build a plant in Y. The total investment
                        # amounts to HUF 14.2 billion": the builder is whom the story goes on about.
                        last_subject = investor
                    # "its joint venture with Y to develop a facility in Kulai": the partner builds it too.
                    for other in self._venture_partner(obj, companies):
                        other_name = self._full_name(other, companies, company_names)
                        if other_name and not any(d.investor == other_name and d.location == loc._.canonical
                                                  for d in deals):
                            deals.append(DealRow(article_id, other_name, None, None, loc._.canonical, purpose,
                                                 None, self._timeframe(obj), country))
                for verb, target, loc, agent in self._unpriced_purchases(sent, places, companies):
                    investor = agent or self._investor(verb, companies, last_subject)
                    name = self._full_name(investor, companies, company_names) if investor is not None else None
                    if name is None or (investor.start, investor.end) in commentators \
                            or company_key(name) == company_key(target.text):
                        continue
                    where = loc._.canonical if loc is not None else None
                    if any(d.investor == name for d in deals) or _has(sent.text.lower(), _PURCHASE_HEDGES):
                        # (a buyer with a deal already: the purchase it priced, or its own; "in talks to buy",
                        # "an option to buy": no purchase yet)
                        continue
                    deals.append(DealRow(article_id, name, None, None, where,
                                         f"acquisition of {target.text}" if target.root.pos_ == "PROPN"
                                         else self._purpose_of(target.root),
                                         self._announcer(verb, officials), self._timeframe(verb),
                                         self._country(loc, places)))
                    unpriced.add(id(deals[-1]))
            # A round's backers are not the company "it" and "the company" go on to mean; nor is a business the
            # story has reported bought ("X agreed to buy Y ... Y runs a plant at M ... The group will also inject").
            for a in sent_amounts:
                if any(d.amount == a._.value and d.currency == a._.currency for d in deals):
                    bought |= {company_key(c.text) for c in companies if c.sent.start == sent.start
                               and self._is_target(c) and company_key(c.text)}
            subj = [c for c in subj if company_key(c.text) not in round_members and not any(
                company_key(c.text) == b or b.startswith(company_key(c.text) + " ") for b in bought)]
            if all(c.root.dep_ == "poss" for c in subj) and any(
                    t.dep_ in ("nsubj", "nsubjpass") and self._refers_back(t) for t in sent):
                # "The Saudi group will pump EGP 1.5 billion into Nile Valley's plant. It will also set up a farm":
                # the sentence goes on about its subject, not the owner of what it names.
                subj = []
            if not sent_amounts:
                # '"Sandpiper looked at Costa Rica and at Mexico for this line," she said': a company a quote makes its
                # subject, with no sum, is what the speaker talks of, not whom the story goes on about ("It will
                # also spend ...").
                subj = [c for c in subj if not _quoted(c)]
            if subj and sent_amounts and _GRANTS.search(sent.text) and subj[0].root.head.lower_.startswith(_GIVING) \
                    and not any(d.amount == a._.value for d in deals for a in sent_amounts):
                # "Invest NI has offered £8.5 million in grant support towards the project": a funder of another's
                # project, not the company "the company" goes on to mean.
                subj = []
            if subj:
                last_subject = subj[0]
            sent_places = [p for p in places if sent.start <= p.start < sent.end]  # in the sentence (p.sent, unbuilt)
            if not sent_amounts:
                # '"Either we grow here, or someone else grows in Germany," the president said': a place a quote
                # talks of, with no sum, is no site the next sums go to.
                sent_places = [p for p in sent_places if not _in_quotes(p)]
            if sent_places and not called_off:
                # Not a home ("Japan's Tokyo Ohka Kogyo") when the sentence names another place.
                # A sentence naming only homes ("Saudi Arabia's PIF has pledged ...") leaves the last place.
                last_location = self._sentence_site(sent_places, companies, places) or last_location \
                    or next((p for p in sent_places if not _source_site(p)), None)
        deals = [d for d in _one_row_per_commitment(_sites_of_splits(deals, splits), budgets, unpriced) if id(d) not in lent]
        deals = _without_cashless_partners(deals, doc, companies)
        deals = _without_named_venture(deals, {n for c in companies if _named_venture(c)
                                               and (n := self._name(c, company_names)) is not None})
        self._place_unplaced(deals, places, companies)
        for d in deals:
            d.start_year, d.end_year = timeframe_years(d.timeframe, published)
        return deals

    def _without_name_words(self, cands: list[Span], places: list[Span]) -> list[Span]:
        """"the 212-MW Sabha Khola Hydroelectric Project in Sankhuwasabha district" of a Nepali story: a name the
        gazetteer knows only in a country the article names nowhere else, written as a modifier inside another
        name, is that name's word, not the place (where the sentence names another)."""
        lone = [p for p in cands if p.root.dep_ == "compound" and p._.country and p._.country != self._story_country
                and sum(q._.country == p._.country for q in places) == 1]
        return [p for p in cands if p not in lone] if lone and len(lone) < len(cands) else cands

    def _sentence_site(self, sent_places: list[Span], companies: list[Span], places: list[Span]) -> Span | None:
        """The place a sentence leaves for the sums of the next ones, among those that are no company's home: first
        one it puts something in ("its plant in Puławy"), short of a region above countries ("its first project in the
        South Caucasus"); else one that does not only say whose money it is ("from EU cohesion funds"); else the
        first. ``places``: all the article's, against which a name's country is judged (_without_name_words)."""
        # (Nor where things come from: "concentrate trucked from the company's mine near Cue".)
        unhomed = self._without_name_words([p for p in sent_places if not self._is_home(p, companies)
                                            and not _source_site(p)], places)
        # (A dateline is where the story is written from: the last resort.)
        for fits in (lambda p: _located(p) and not self._is_region(p)
                     and not (p._.country is None and p[0].lower_ in COMPASS_WORDS),
                     lambda p: not _funds_of(p) and not is_dateline(p, regions=True) and not _dateline_part(p),
                     lambda p: True):
            found = next((p for p in unhomed if fits(p)), None)
            if found is not None:
                return found
        return None

    def _same_site(self, deal: DealRow, loc: Span | None, places: list[Span]) -> bool:
        """The deal's place and ``loc`` may be one site: either unnamed, the same place, or the same country
        where one of them is no town (two towns are two sites)."""
        if deal.location is None or loc is None or deal.location == loc._.canonical:
            return True
        country = self._country(loc, places)
        # Two named places below the country (two towns, two states) are two sites; a country and a town in it
        # may be one.
        sites = self._specificity(loc) >= KIND_RANK["subdivision"] \
            and self._specificity_name(deal.location) >= KIND_RANK["subdivision"]
        return bool(country) and deal.location_country == country and not sites

    def _place_unplaced(self, deals: list[DealRow], places: list[Span], companies: list[Span]) -> None:
        """A deal no sentence places goes to the country the article places most things in (a story about one
        country's plants names the country once and the towns by name), under the country's name where the article
        writes it, else under the one place of that country it names most; with neither, the deal keeps only the
        country's code ("plants in Leipzig, Dresden and Halle"). Two countries named equally often leave it unplaced."""
        # Not "its largest plant outside China", nor a company's home ("Canada's Brookfield will acquire ...").
        places = [p for p in places if not _excluded(p) and (is_dateline(p) or not self._is_home(p, companies))]
        counts = Counter(p._.country for p in places if p._.country)
        if not counts:
            return
        top = counts.most_common(2)
        if len(top) > 1 and top[0][1] == top[1][1]:
            return
        code = top[0][0]
        named = next((p for p in places if p._.country == code and self._specificity(p) == KIND_RANK["country"]), None)
        if named is None:
            inside = Counter(p._.canonical for p in places if p._.country == code).most_common(2)
            if len(inside) == 1 or inside[0][1] > inside[1][1]:
                named = next(p for p in places if p._.canonical == inside[0][0])
        for d in deals:
            if d.location is None and d.location_country is None:
                d.location, d.location_country = named._.canonical if named is not None else None, code

    @staticmethod
    def _venture_partner(obj: Span, companies: list[Span]) -> list[Span]:
        """"its joint venture with Y to develop a facility in Kulai", "Its venture with Y will build ...": the
        company a venture, the subject of the commitment's clause, is "with" (not "StarPlus, its joint venture
        with Y in Kokomo", a venture the money goes into)."""
        clauses = {obj.root, *obj.root.ancestors}
        return [c for c in companies if c.root.dep_ == "pobj" and c.root.head.lower_ == "with"
                and c.root.head.head.lower_ in VENTURE_WORDS and c.root.head.head.dep_ in SUBJECT_DEPS
                and c.root.head.head.head in clauses]

    def _respective(self, amount: Span, companies: list[Span]) -> Span | None:
        """"A and B will invest $400 million and $200 million respectively": the partner in the place the sum
        holds among the sentence's sums (as many partners as sums, else none)."""
        sent = amount.sent
        if not any(t.lower_ == "respectively" for t in sent):
            return None
        sums = sorted((a for a in amount.doc.spans.get("amounts", []) if a.sent.start == sent.start and not _a_year(a)),
                      key=lambda a: a.start)
        if not sums or amount.start not in [a.start for a in sums]:
            return None
        named = [c for c in companies if c.sent.start == sent.start and c.end <= sums[0].start]
        lead = next((c for c in named if c.root.dep_ in SUBJECT_DEPS), None)
        if lead is None:
            return None
        group = sorted([lead, *self._partners(lead, companies)], key=lambda c: c.start)
        if len(group) != len(sums) or len(group) < 2:
            return None
        return group[[a.start for a in sums].index(amount.start)]

    def _add_partners(self, deals: list[DealRow], deal: DealRow, investor: Span, amount: Span, companies: list[Span],
                      company_names: Mapping[str, str] | None) -> None:
        """The investor's partners in the commitment, each a deal with the same sum: partners named with it in
        the sum's sentence, or, for "the partners"/"the venture", in the sentence that named them. Not the
        partners of an earlier sentence when this one names a single company ("X's officer said the company
        would also spend ...")."""
        partners = None
        if investor.sent.start != amount.sent.start and not self._shared_subject(amount):
            # "The Košice-based utility agreed to buy the plant for €340 million, together with Czech fund A and
            # Austrian insurer B": the partners the sum's own sentence names by a partner phrase, whoever the
            # subject refers back to.
            partners = []
            for c in companies:
                if c.sent.start == amount.sent.start and c.start > amount.end and (
                        self._partner_phrase_before(c) or (partners and _conj_of(c, {o.root for o in partners}))):
                    partners.append(c)
            if not partners:
                return
        if self._respective(amount, companies) is not None:
            return  # each partner its own sum
        # "... came from A, which pledged $2 billion for Johor, and B, with $1 billion for Penang": a sum in the
        # investor's own phrase (not the predicate its conjuncts share) is its own, not its partners'.
        def own_phrase(c: Span) -> set[int]:
            conj_ids = {t.i for g in c.root.children if g.dep_ in ("conj", "cc") for t in g.subtree}
            return {t.i for t in c.root.subtree} - conj_ids

        if investor.root.dep_ not in SUBJECT_DEPS and amount.root.i in own_phrase(investor):
            return
        sums = [a.root.i for a in amount.doc.spans.get("amounts", []) if a.sent.start == amount.sent.start
                and a.start != amount.start]
        for other in self._partners(investor, companies) if partners is None else partners:
            if other.root.dep_ not in SUBJECT_DEPS and any(i in own_phrase(other) for i in sums):
                continue  # ... nor another sum in the partner's own phrase

            other_name = self._name(other, company_names)
            if other_name is None or other_name == deal.investor or any(
                    d.investor == other_name and d.amount == deal.amount and d.currency == deal.currency for d in deals):
                continue
            unsized = next((d for d in deals if d.investor == other_name and d.amount is None
                            and d.location in (None, deal.location)), None)
            if unsized is not None and deal.amount is not None:
                # The partner's facility, reported with no sum before: the same commitment, now sized.
                unsized.amount, unsized.currency = deal.amount, deal.currency
                unsized.location = unsized.location or deal.location
                unsized.location_country = unsized.location_country or deal.location_country
                continue
            deals.append(DealRow(deal.article_id, other_name, deal.amount, deal.currency, deal.location, deal.purpose,
                                 deal.announced_by, deal.timeframe, deal.location_country))

    def _place_of_last(self, sent: Span, deals: list[DealRow], places: list[Span], companies: list[Span]) -> None:
        """"X will invest $N in a new plant. The plant will be built in Rayong province.", "... in Thailand. The
        money will go to a new plant in Rayong": a sentence with no sum about the commitment just reported (its
        subject the plant, the project, the money) places it, where it had no place or only the country."""
        last = deals[-1]
        if last.amount is None or self._hedged(sent):
            return
        nouns = tuple(self.cues["commitment_nouns"] + self.cues["facility_nouns"] + ["money", "funds"])
        words = [t for t in sent if not t.is_space]
        if _is_flat(sent):
            # Unparsed (no sum, no company): read the words in order, "The (new) plant ...".
            subj = next((t for t in words[1:3] if t.lower_.startswith(nouns)), None) \
                if words and words[0].lower_ in ("the", "this", "its") else None
        else:
            subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and not any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "its")
                                            for d in subj.children):
                subj = None
        if subj is None or not subj.lower_.startswith(nouns):
            return
        doc = sent.doc

        def sited(p: Span) -> bool:
            # Where it is ("in Rayong", "at Map Ta Phut", "The factory, in Rayong,"), not where goods go ("to Europe").
            before = [t for t in doc[max(sent.start, p.start - 3) : p.start] if t.lower_ not in ("the", "northern",
                                                                                                    "southern", "eastern",
                                                                                                    "western", "central")]
            return bool(before) and before[-1].lower_ in ("in", "at", "near", ",")

        here = [p for p in places if sent.start <= p.start < sent.end and not self._is_home(p, companies)
                and not _excluded(p) and not self._is_generic(p) and sited(p)
                and not any(c.start < p.end and p.start < c.end for c in companies)]
        if not here:
            return
        best = sorted(here, key=self._rank)[0]
        country = self._country(best, places)
        if last.location is not None and not (
                self._specificity_name(last.location) == KIND_RANK["country"] and last.location_country == country
                and self._specificity(best) > KIND_RANK["country"]):
            return
        for d in deals:
            if d.amount == last.amount and d.currency == last.currency and d.location == last.location:
                d.location, d.location_country = best._.canonical, country

    def _venture_partners(self, sent: Span, deals: list[DealRow], companies: list[Span],
                          company_names: Mapping[str, str] | None) -> None:
        """"X will invest 1.2 trillion won in a plant in Y. The plant will be built by a joint venture with
        China's Z, which will hold 49%": a sentence with no sum that gives the commitment just reported a partner;
        the partner carries the same sum (only shares in per cent given, as the guidelines have it)."""
        last = deals[-1]
        if last.amount is None or self._hedged(sent):
            return
        nouns = tuple(self.cues["commitment_nouns"] + self.cues["facility_nouns"])
        for v in sent:
            if v.lower_ not in ("venture", "jv", "partnership", "tie-up"):
                continue
            with_ = [p for p in v.children if p.dep_ == "prep" and p.lower_ == "with"]
            if not with_:
                continue
            # The venture builds, runs or owns the commitment just reported: its subject is that commitment
            # ("The plant will be built by ...") or its investor ("It will build the plant in ...").
            verb = _clause(v)
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or not ((subj.lower_.startswith(nouns) and any(
                    d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "its") for d in subj.children))
                    or self._refers_back(subj)):
                continue
            for c in companies:
                if c.sent.start != sent.start or not any(c.start <= t.i < c.end for p in with_ for t in p.subtree):
                    continue
                name = self._name(c, company_names)
                if name is None or any(d.investor == name for d in deals):
                    continue
                deals.append(DealRow(last.article_id, name, last.amount, last.currency, last.location, last.purpose,
                                     None, last.timeframe, last.location_country))

    def _consortium_members(self, sent: Span, deals: list[DealRow], companies: list[Span],
                            company_names: Mapping[str, str] | None, last_subject: Span | None) -> None:
        """"A consortium led by X will buy the terminal for A$2.6 billion. X is backed in the deal by A, B and C":
        the members a sentence with no sum names as backing the buyer in the deal carry its price, as
        joint-venture partners do (and any further sum "the buyers" commit)."""
        if not _has(sent.text, ["deal", "consortium", "bid", "acquisition", "purchase", "takeover", "transaction"]) \
                or self._hedged(sent):
            return
        for verb in sent:
            if not verb.lower_.startswith(("backed", "joined")) or verb.dep_ in ("relcl", "acl", "amod"):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if subj is None or agent is None:
                continue
            buyer = self._company_at(subj, companies) or (last_subject if self._refers_back(subj) else None)
            name = self._full_name(buyer, companies, company_names) if buyer is not None else None
            priced = [d for d in deals if d.investor == name and d.amount is not None]
            if not priced:
                continue
            members = []
            for c in companies:
                if c.sent.start == sent.start and any(c.start <= t.i < c.end for t in agent.subtree):
                    m = self._name(c, company_names)
                    if m is not None and m != name and m not in members:
                        members.append(m)
            for m in members:
                for d in priced:
                    if not any(x.investor == m and x.amount == d.amount for x in deals):
                        deals.append(DealRow(d.article_id, m, d.amount, d.currency, d.location, d.purpose, None,
                                             d.timeframe, d.location_country))
            if members:
                self._consortium[name] = (buyer, members)

    @staticmethod
    def _shares_out(text: str) -> bool:
        """A sentence that shares something out by holdings ("will hold 60%", "the remaining 40%")."""
        low = text.lower()
        return ("%" in text or " per cent" in low or " percent" in low or "the rest" in low or "remaining" in low) \
            and _has(text, ["hold", "own", "tak", "stake", "made up"])

    def _holders(self, sent: Span, companies: list[Span], company_names: Mapping[str, str] | None) -> list[str]:
        """The companies a share-out sentence names as holders, not the vehicle they hold nor a holder's owner."""
        names: list[str] = []
        for c in companies:
            if not sent.start <= c.start < sent.end:
                continue
            doc = c.doc
            if (c.root.dep_ == "appos" and _vehicle(c.root.head)) or (
                    c.start >= 2 and doc[c.start - 1].text == "," and _vehicle(doc[c.start - 2])):
                continue  # the project company itself ("the project company, PT Y,")
            if any(a.dep_ == "acl" and a.lower_.startswith(("controlled", "owned", "backed")) for a in c.root.ancestors
                   if a.i >= sent.start):
                continue  # "X, controlled by the Y Group, will hold 51 percent": X's owner, no partner
            m = self._name(c, company_names)
            if m is not None and m not in names:
                names.append(m)
        return names

    def _shareholders(self, sent: Span, deals: list[DealRow], companies: list[Span],
                      company_names: Mapping[str, str] | None) -> None:
        """"X will hold 51% of the project company, PT Y, with Z taking 30% and W the remaining 19%", "The project
        company will be 50% owned by X, with Z and W holding the rest": a sentence with no sum that shares the
        project out among X, whose commitment the article gave, and partners: each partner carries X's sum, as
        joint-venture partners given only by their percentages do (the vehicle itself carries none)."""
        vehicle = ["project company", "venture", "consortium", "vehicle"]
        if not self._shares_out(sent.text) or self._hedged(sent):
            return
        if not _has(sent.text, vehicle):
            # "Norvind holds 45% of the project company, Kharas Green Ammonia. Takeshiro owns 30% and Epako the
            # remaining 25%.": the share-out goes on in the next sentence.
            prev = sent.doc[sent.start - 1].sent if sent.start > 0 else None
            if prev is None or not self._shares_out(prev.text) or not _has(prev.text, vehicle):
                return
            sent = sent.doc[prev.start : sent.end]
        names = self._holders(sent, companies, company_names)
        priced = [n for n in names if any(d.investor == n and d.amount is not None for d in deals)]
        if len(priced) != 1 or len(names) < 2:
            return
        d = [x for x in deals if x.investor == priced[0] and x.amount is not None][-1]
        for m in names:
            if m != priced[0] and not any(x.investor == m for x in deals):
                deals.append(DealRow(d.article_id, m, d.amount, d.currency, d.location, d.purpose, None, d.timeframe,
                                     d.location_country))

    def _vehicle_owners(self, sent: Span, deals: list[DealRow], companies: list[Span],
                        company_names: Mapping[str, str] | None) -> None:
        """"Namib Coast Hydrogen is owned 35% by A, 25% by B, 20% by C and 20% by D": the company the article gave
        the commitment to is a vehicle its owners share out; each owner carries its sum, as joint-venture partners
        given only by their percentages do, and the vehicle none."""
        if not self._shares_out(sent.text) or self._hedged(sent) or not _OWNED_BY.search(sent.text):
            return
        # ... where the story says the owners put the money in ("The partners will fund the first phase in
        # proportion to their stakes"); else the company owned invests itself ("Rogaland Katode is owned 60 percent
        # by A and 40 percent by B" and builds its own plant).
        nxt = sent.doc[sent.end].sent if sent.end < len(sent.doc) else sent
        if not _OWNERS_FUND.search(sent.text + " " + nxt.text):
            return
        vehicle = next((c for c in companies if sent.start <= c.start < sent.end and c.root.dep_ == "nsubjpass"), None)
        name = self._name(vehicle, company_names) if vehicle is not None else None
        mine = [d for d in deals if name is not None and d.investor == name and d.amount is not None]
        owners = [n for n in self._holders(sent, companies, company_names) if n != name]
        if len(mine) != 1 or len(owners) < 2 or any(d.investor in owners for d in deals):
            return
        d = mine[0]
        deals.remove(d)
        for m in owners:
            deals.append(DealRow(d.article_id, m, d.amount, d.currency, d.location, d.purpose, d.announced_by,
                                 d.timeframe, d.location_country))

    def _joint_holders(self, sent: Span, deals: list[DealRow], companies: list[Span],
                       company_names: Mapping[str, str] | None, joint: DealRow | None) -> None:
        """"A U.S. data-centre operator and one of Kuwait's largest conglomerates will jointly build a KD 92 million
        campus. Potomac Ridge will hold 60% of the venture and Al-Sabeeh the remaining 40%": a joint commitment
        whose partners the story describes before it names them; the holders a share-out names next carry its sum,
        as joint-venture partners given only by their percentages do."""
        if joint is None or not self._shares_out(sent.text) or self._hedged(sent):
            return
        names = [n for n in self._holders(sent, companies, company_names) if not any(d.investor == n for d in deals)]
        if len(names) < 2:
            return
        announcer = joint.announced_by or self._speaking_official(sent, list(sent.doc.spans.get("officials", [])))
        for m in names:
            deals.append(DealRow(joint.article_id, m, joint.amount, joint.currency, joint.location, joint.purpose,
                                 announcer, joint.timeframe, joint.location_country))

    @staticmethod
    def _buyers_subject(amount: Span) -> bool:
        """"The buyers will also spend ...", "The consortium plans to invest ...": a subject standing for a
        consortium's members."""
        for verb in (amount.root, *amount.root.ancestors):
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("buyers", "consortium", "bidders"):
                    return True
        return False

    @staticmethod
    def _shared_subject(amount: Span) -> bool:
        """"The partners will invest ...", "The venture will invest ...": a subject standing for several companies."""
        for verb in (amount.root, *amount.root.ancestors):
            for c in verb.children:
                if c.dep_ in SUBJECT_DEPS and (c.lower_ in VENTURE_WORDS or _plural_parties(c)):
                    return True
                if c.dep_ == "agent" and _new_venture(c):
                    return True  # "... will be developed by a new joint venture, X"
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" and _venture_formed_before(amount.sent):
                    return True  # "A and B have formed a joint venture. It will invest ..."
        return False

    @staticmethod
    def _each_share(amount: Span) -> bool:
        """"the two partners, which will each contribute 19 billion yen", "with each side putting in 60 billion
        won": the sum is every partner's own share."""
        verb = _clause(amount.root, amount)
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        return any(t.lower_ == "each" for t in (*verb.children, *(g for c in subjects for g in c.children)))

    @staticmethod
    def _split_among(deals: list[DealRow], amount: Span) -> bool:
        """"A and B will build a plant for 38 billion yen ... which will each contribute 19 billion yen": the
        partners' deals, which carried the venture's total, carry each one's share instead."""
        value, currency = amount._.value, amount._.currency
        for d in reversed(deals):
            if d.currency != currency or d.amount is None or d.amount <= value:
                continue
            group = [g for g in deals if g.currency == currency and g.amount == d.amount]
            if len({g.investor for g in group}) < 2:
                return False
            for g in group:
                g.amount = value
            return True
        return False

    def _round_spent(self, sent: Span, deals: list[DealRow], places: list[Span], companies: list[Span]) -> None:
        """The round's deals go where the sentence says its money will be spent: the one place named, or the
        country holding the several it names ("centres in Mombasa and Kisumu": Kenya). The last round's: in a
        roundup, "Shomer would use the money to double its team in Tel Aviv" is no place for the round before."""
        # (Sites: "centres in Mombasa and Kisumu", not a market entered, "to enter Cambodia".)
        here = [p for p in places if sent.start <= p.start < sent.end and not self._is_home(p, companies)
                and not self._is_generic(p) and not _excluded(p) and not self._example(p)
                and getattr(_place_prep(p) or _named_site_prep(p), "lower_", None) in ("in", "at", "across")]
        countries = {p._.country for p in here}
        if not here or len(countries) != 1 or None in countries:
            return
        if len({p._.canonical for p in here}) == 1:
            name, country = here[0]._.canonical, here[0]._.country
        else:
            place = self.gaz.country(countries.pop())
            if place is None:
                return
            name, country = place.name, place.country
        for d in deals:
            if company_key(d.investor) in self._last_round:
                d.location, d.location_country = name, country

    def _raisers_base(self, amount: Span, places: list[Span]) -> Span | None:
        """Where a round's money goes with no place named for it: the raiser's home ("Pune-based X has raised
        ..."), else the dateline over it."""
        # (Before the sum: "X has closed a round led by Paris-based Y" gives the lead's home after it.)
        home = next((p for p in places if p.sent.start == amount.sent.start and p.start < amount.start
                     and not is_dateline(p) and _hyphened(p)), None)
        if home is None:
            # "X ApS, an Aarhus start-up that makes cheese, has raised DKK 120 million": a business described by its
            # town (not a backer's: "a Riga fund")
            doc = amount.doc
            home = next((p for p in places if p.sent.start == amount.sent.start and p.start < amount.start
                         and not is_dateline(p) and p.start > 0 and doc[p.start - 1].lower_ in ("a", "an")
                         and any(t.lower_ in self._kind_nouns and t.lower_ not in _BACKER_NOUNS
                                 for t in doc[p.end : p.end + 3])), None)
        if home is None and amount.start_char < headline_end(doc_text(amount.doc)) and amount.sent.end < len(amount.doc):
            # A headline's round: the raiser's home as the body's first sentence gives it, before the sum
            # ("Nairobi-based agritech startup X has raised $18 million"; not "led by London-based Y" after it).
            lede = amount.doc[amount.sent.end].sent
            money = next((t.i for t in lede if t.ent_type_ == "MONEY"), lede.end)
            home = next((p for p in places if lede.start <= p.start < money and not is_dateline(p) and _hyphened(p)),
                        None)
        if home is None:
            # "a R$60 million Series A round in Rotafácil Tecnologia Ltda, a Curitiba-based startup": the home the
            # apposition gives the company the round goes into
            home = next((p for p in places if p.sent.start == amount.sent.start and p.start > amount.end
                         and _hyphened(p) and _home_of_invested(p)), None)
        if home is None and amount.sent.end < len(amount.doc):
            # "... in a Series A round led by Y. The Pasig City-based company lends to ...": the home the next
            # sentence opens with, of the company it goes on about
            # (not a backer's: "Riga-based fund X also joined the round")
            nxt = amount.doc[amount.sent.end].sent
            home = next((p for p in places if nxt.start < p.start <= nxt.start + 2 and _hyphened(p)
                         and not is_dateline(p) and nxt[0].lower_ == "the"
                         and any(t.lower_ in self._kind_nouns for t in amount.doc[p.end : p.end + 4])
                         and not any(c.start < p.end + 5 and p.start < c.end
                                     for c in amount.doc.spans.get("companies", []))), None)
        if home is not None:
            return home
        # The dateline over the sum: a briefs column opens each item with its own ("ABU DHABI — Qafila Pay has
        # raised ..." after "RIYADH — ...", "NUEVO LAREDO, TAMAULIPAS — ..."); else the story's.
        datelines = [p for p in places if is_dateline(p, regions=True)]
        item = [p for p in datelines[1:] if p.start < amount.start]
        return item[-1] if item else next((p for p in places if is_dateline(p)), None)

    def _add_backers(self, deals: list[DealRow], backers: list[Span], lead: Span | None, article_id: str,
                     company_names: Mapping[str, str] | None, loc: Span | None, places: list[Span],
                     purpose: str | None = None) -> None:
        """A round's backers other than its lead: a deal each, with no sum, for the round's purpose."""
        for b in backers:
            name = self._name(b, company_names) if b is not lead else None
            if name is None or any(d.investor == name for d in deals):
                continue
            deals.append(DealRow(article_id, name, None, None, loc._.canonical if loc is not None else None, purpose,
                                 None, None, self._country(loc, places)))

    @staticmethod
    def _phase_of(amount: Span, name: str, deals: list[DealRow], sent_amounts: list[Span]) -> bool:
        """"... the first phase would cost about NT$62 billion": a phase of a commitment the investor has already
        made with a bigger sum (the guidelines: a phased plan is one deal carrying the full amount)."""
        doc = amount.doc
        if amount.start >= 2 and doc[amount.start - 1].lower_ in ("first", "initial") \
                and doc[amount.start - 2].lower_ in ("the", "an", "its"):
            # "the company would put in the first 190 million quetzales this year ... and the rest by mid-2027"
            return _bigger_commitment_made(amount, name, deals)
        verb = _clause(amount.root, amount)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        nouns = [subject if subject is not None else _sized_noun(amount)]
        if verb.dep_ == "acl":
            nouns.append(verb.head)  # "A first phase costing $41 million is due to ..."
        if amount.root.dep_ == "appos":
            nouns.append(amount.root.head)  # "We will finance the first phase, roughly $38 million, from our own funds"
        # "investing $220 million in an initial phase and up to $480 million when the site is fully built out"
        nouns += [o for h in (amount.root, verb) for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "for")
                  for o in p.children if o.dep_ == "pobj" and o.i <= amount.end + 5]
        # ("will be built in two phases, the first costing about $210 million": the phase by its ordinal alone)
        ordinal = any(n.lower_ in ("first", "second", "third", "initial") for n in (*nouns, *verb.children)) and any(
            t.lower_ in ("phases", "stages", "tranches") for t in amount.sent)
        if not ordinal and not any(noun.lower_ in ("phase", "stage", "tranche") and any(
                t.lower_ in ("first", "initial", "second", "third", "1", "one", "two") for t in noun.children)
                   for noun in nouns):
            return False
        # (Or the whole the sentence gives beside the phase: "... and up to $480 million when fully built out".)
        whole = any(o.start > amount.end and o._.currency == amount._.currency and o._.value > amount._.value
                    for o in sent_amounts)
        return whole or _bigger_commitment_made(amount, name, deals)

    @staticmethod
    def _funds_a_part(amount: Span, name: str, deals: list[DealRow], sent_amounts: list[Span]) -> bool:
        """"The company will fund it with A$300 million of cash, a A$250 million debt facility and a A$150 million
        loan": the cash of a financing mix for a commitment the investor has already made (a share that does not
        add up to its total), no second commitment."""
        verb = _clause(amount.root, amount)
        # (or a clause for it: "the local unit plans to raise its capital by ฿4.2 billion (about ¥17.5 billion) to fund
        # construction")
        funding = verb.lower_.startswith(("fund", "financ")) or any(
            c.dep_ in ("xcomp", "advcl") and c.lower_.startswith(("fund", "financ")) for c in verb.children)
        # (its bracketed conversion may give the currency of the commitment: "฿4.2 billion (about ¥17.5 billion)")
        converted = [o for o in sent_amounts if 0 < o.start - amount.end <= 4]
        if funding and len(sent_amounts) > 1 and any(_bigger_commitment_made(a, name, deals)
                                                      for a in (amount, *converted)):
            return True
        # "The company will put in Rs. 4.5 billion of its own equity and borrow the rest": the own share of a
        # commitment reported before (in whatever currency), the rest borrowed.
        text = amount.sent.text
        return _has(text, _OWN_FUNDS) and _has(text, _REST_WORDS + ["borrow"]) \
            and any(d.investor == name and d.amount is not None for d in deals)

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
        # Not the low end of this sum's own range ("A$250 million to A$300 million"): a range is one sum, no split.
        parts = [o for o in sent_amounts if o is not amount and o._.currency == currency and o._.value < total.amount
                 and not Linker._range_low(o, sent_amounts)]
        # Not a cost split with the company's borrowing: "US$120 million of equity from X and a US$190-million loan
        # arranged by Y" finance X's own commitment (the guidelines' share is one beside a grant or a public partner).
        if parts and all(_has(o.doc[o.end : o.end + 3].text, ["loan", "debt", "bond", "credit"]) for o in parts):
            return None
        # The shares add up to the total they split, or to a sum the sentence splits further ("Tk 700 crore of
        # equity, Tk 420 crore from KSM and Tk 280 crore from Osaka Kozai, and a Tk 550 crore loan"); not "A$300
        # million of cash, a A$250 million debt facility and a A$150 million loan", which fund a first phase.
        # (A sum the sentence splits further must itself be a part of the total: not "We put in ₹255 crore and Y puts
        # in ₹245 crore, so ₹500 crore in the first stage", a venture's beside the company's ₹1,100 crore plant.)
        def near(x: float, w: float) -> bool:
            return abs(x - w) <= 0.005 * w
        splits_total = any(near(value + sum(o._.value for o in group), total.amount) or (
            any(o._.value > value for o in group) and near(sum(o._.value for o in group), total.amount))
            for k in range(1, min(len(parts), 4) + 1) for group in itertools.combinations(parts, k))
        for k in range(1, min(len(parts), 4) + 1):
            for group in itertools.combinations(parts, k):
                split = value + sum(o._.value for o in group)
                if near(split, total.amount) or (splits_total and any(near(split, o._.value) for o in parts)):
                    return total
        return None

    @staticmethod
    def _name(company: Span, company_names: Mapping[str, str] | None) -> str | None:
        """The investor's name as its entity row has it; None if the entity layer dropped it. A short form
        ("Mulga", "Osaka Kozai") is the company the article first named with it, not a venture named after
        its partners that begins with it ("Mulga Hengtai Lithium", with partner "Hengtai")."""
        if company_names is None:
            return company._.canonical
        key = company_key(company._.canonical)
        name = company_names.get(key)
        name_key = company_key(name) if name is not None else ""
        if name is None or not name_key.startswith(key + " "):
            return name
        spans = sorted(company.doc.spans.get("companies", []), key=lambda c: c.start)
        keys = {company_key(c.text) for c in spans}
        partner = any(k != key and not name_key.startswith(k) and (k == w or k.startswith(w + " "))
                      for w in name_key[len(key):].split() for k in keys)
        if not partner:
            return name
        full = next((c for c in spans if company_key(c.text) == key and len(c) > len(key.split())), None)
        if full is not None:
            # "Osaka Kozai Co., Ltd. of Japan ... Tk 280 crore from Osaka Kozai": the company of that name.
            return full._.canonical or full.text
        first = _named_in_full(key, spans)
        if first is None or first.start >= company.start:
            return name
        return company_names.get(company_key(first.text), name)

    def _full_name(self, company: Span, companies: list[Span], company_names: Mapping[str, str] | None) -> str | None:
        """The investor's row name; for a short form the entity rows do not list ("Brandauer will also invest"),
        the name of the first company named before whose name begins with it."""
        name = self._name(company, company_names)
        if name is not None:
            return name
        full = _named_in_full(company_key(company.text), [c for c in companies if c.end <= company.start])
        return self._name(full, company_names) if full is not None else None

    def _round_investors(self, amount: Span, companies: list[Span]) -> tuple[Span | None, list[Span]]:
        """A funding round: "raised $18 million in a round led by X, with participation from Y and Z".
        The lead invests the amount; the raiser is not an investor. News often names the lead and the
        other backers in the next sentences ("The round was led by X, with Y and Z joining. Existing
        shareholders W also took part.")."""
        sent = amount.sent
        low = sent.text.lower()
        if not any(w in low for w in self.cues["round_words"]):
            return None, []
        lead = None
        backers: list[Span] = []
        raiser = self._raiser(amount, companies)
        raiser_key = company_key(raiser.text) if raiser is not None else None
        for s in self._round_sentences(sent):
            for c in companies:
                if c.sent.start != s.start or c.start < 2 or company_key(c.text) == raiser_key:
                    continue
                if c.end < s.end and c.doc[c.end].is_lower and c.doc[c.end].pos_ == "NOUN" and c.root.head.i >= c.end:
                    continue  # "existing NeuroVista backer B": a name describing a backer, not one
                # (the words since the company before: "with participation from Japanese motorcycle maker Hamana
                # Motor", "from Tokyo-based Mitsuhama Ventures" put more than four words between cue and name)
                prev_end = max((d.end for d in companies if s.start <= d.start and d.end <= c.start), default=s.start)
                before = sent.doc[max(s.start, c.start - 9, prev_end) : c.start].text.lower()
                if lead is None and ("led by" in before or self._led_by(c) or (s.start == sent.start and _leads(c))):
                    lead = c
                elif any(w in before for w in self.cues["round_backers"]) or (
                        backers and self._listed_after(backers[-1], c)) \
                        or (s.start != sent.start and self._joins_round(c)) or self._joining_with(c) or _as_did(c) \
                        or (s.start != sent.start and any(  # "A and Cairo-based B joined the round"
                            d.sent.start == s.start and self._listed_after(c, d) and self._joins_round(d)
                            for d in companies)):
                    backers.append(c)
        if lead is None and not backers:
            # "has raised $3.2 million in seed funding from A, B and Tokyo-based C": several backers the money comes
            # from, none named the lead (one source alone is the money's, by link._source).
            named = [c for c in companies if c.sent.start == sent.start and company_key(c.text) != raiser_key]
            first = next((c for c in named if _has(sent.doc[max(sent.start, c.start - 4) : c.start].text.lower(),
                                                   ["funding from", "investment from", "capital from"])), None)
            if first is not None:
                listed = [first]
                for c in named:
                    if c.start > listed[-1].start and self._listed_after(listed[-1], c):
                        listed.append(c)
                if len(listed) > 1:
                    backers = listed
        return lead, backers

    @staticmethod
    def _listed_after(prev: Span, c: Span) -> bool:
        """``c`` goes on the list ``prev`` is on: "A, B and C", "A, Norway's B and existing investor C", "A and
        Cairo-based B" (a home or a descriptor between the names, no verb)."""
        gap = c.doc[prev.end : c.start]
        # (", the state-backed investment fund B": a descriptor with its article runs longer)
        if not gap or len(gap) > (8 if any(t.lower_ in ("the", "a", "an") for t in gap) else 5) \
                or gap[0].lower_ not in ("and", ","):
            return False
        return all(t.lower_ in ("and", ",", "'s", "’s", "-", "the", "a", "an") or t.ent_type_ in ("GPE", "NORP")
                   # ("and existing NeuroVista backer B": a name describing the backer's tie)
                   or (t.pos_ == "PROPN" and any(prev.end <= h.i < c.start and h.is_lower for h in (t.head, t.head.head)))
                   or (t.lower_ in HOME_WORDS and t.i > 0 and t.doc[t.i - 1].text == "-")
                   # (a participle the tagger calls a verb: "and existing shareholders B")
                   or (t.is_lower and (t.pos_ in ("NOUN", "ADJ") or t.tag_ in ("VBG", "VBN"))) for t in gap)

    @staticmethod
    def _led_by(company: Span) -> bool:
        """"a round led by Temasek-backed Pavilion Capital": the company is the object of "led by", however
        many words describe it."""
        r = company.root
        return r.dep_ == "pobj" and r.head.lower_ == "by" and r.head.head.lower_ == "led"

    def _round_sentences(self, sent: Span) -> list[Span]:
        """The round's sentence and the (up to three) next ones that go on about the round: the lead, the other
        backers and the existing ones are often a sentence each."""
        out = [sent]
        doc = sent.doc
        end, gap = sent.end, False
        while len(out) < 4 and end < len(doc):
            nxt = doc[end].sent
            end = nxt.end
            if sum(t.is_alpha for t in nxt) <= 3 and not any(t.pos_ in ("VERB", "AUX") for t in nxt):
                continue  # a subheading ("Highlights") between the round and its bullets
            if _has(nxt.text, self.cues["round_advisers"]):
                break
            if not _has(nxt.text, self.cues["round_followups"]):
                # ("Following Admission, Tollcross will hold 14.8 per cent." between the lead and the other backers)
                if gap:
                    break
                gap = True
                continue
            out.append(nxt)
        return out

    @staticmethod
    def _joining_with(company: Span) -> bool:
        """"..., with Orvane Ventures and Lumen Partners joining", "with Y participating": the subject of a
        participle of joining after "with", in the round's own sentence."""
        r = company.root
        while r.dep_ in ("conj", "appos") and r.head.i != r.i:
            r = r.head
        verb = r.head
        # ("with Y and Vietnamese fund Z also taking part")
        joins = verb.lower_.startswith(("join", "particip")) or (
            verb.lower_ in ("taking", "take") and any(c.lower_ == "part" for c in verb.children))
        return r.dep_ in ("nsubj", "nsubjpass") and joins and verb.head.lower_ == "with"

    def _joins_round(self, company: Span) -> bool:
        """"Y and Z also joined the round", "with Y joining", "Existing investor W took part": the subject of
        a verb that joins the round, or a company named after "alongside"."""
        r = company.root
        while r.dep_ in ("conj", "appos") and r.head is not r:
            r = r.head
        if r.dep_ == "pobj" and r.head.lower_ in ("alongside", "with"):
            # "..., with Y and Z joining", "alongside existing backers Y and Z".
            return True
        verb = r.head  # (the pipeline has no lemmatizer: verb forms are matched on their stems)
        if r.dep_ == "nsubj" and verb.lower_ in ("did", "do", "does", "have", "has") and verb.dep_ == "advcl" \
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            verb = verb.head  # "Y also took part, as did existing backer Z": Z did what Y did
        if r.dep_ in ("compound", "nmod") and verb.lower_.startswith(("join", "particip")):
            return True  # "... and Sweden's Y joining": the parser may take "joining" for a noun
        if r.dep_ not in ("nsubj", "nsubjpass") or not verb.lower_.startswith(tuple(self.cues["round_join_verbs"])):
            return False
        return not verb.lower_.startswith(("take", "took")) or any(c.lower_ == "part" for c in verb.children)

    @staticmethod
    def _raiser(amount: Span, companies: list[Span]) -> Span | None:
        """"X has raised $18 million": the company that raises the sum (the subject of "raise")."""
        verb = _clause(amount.root, amount)
        if not verb.lower_.startswith("rais"):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        return next((c for c in companies if any(c.start <= t.i < c.end for t in subj.subtree)), None)

    def _partners(self, investor: Span, companies: list[Span]) -> list[Span]:
        """Companies coordinated with the investor as joint subjects: "A, a developer, and B will invest"."""
        root = investor.root
        heads = set(investor) | ({root.head} if root.dep_ == "conj" else set())
        # "A, a Muscat-based developer, and B": the parser may hang B on A's apposition.
        heads |= {c for t in investor for c in t.children if c.dep_ == "appos"}
        out = []
        # "the Company and FVM plan to jointly invest": a filing's defined term for itself, joined with the investor.
        if root.dep_ == "conj" and root.head.text[:1].isupper() and root.head.i > 0 \
                and root.head.doc[root.head.i - 1].lower_ == "the" and self._defined.get(root.head.lower_) is not None \
                and self._defined[root.head.lower_].root.i not in heads:
            out.append(self._defined[root.head.lower_])
        listed = _listed_with(investor, companies)
        for c in companies:
            if c is investor or c.sent.start != investor.sent.start:
                continue
            r = c.root
            # (Any word of the name: the parser may hang "Co., Ltd." apart from the conjunct "Co.".)
            if any(t.dep_ == "conj" and t.head in heads for t in c) or (root.dep_ == "conj" and r == root.head):
                out.append(c)
            elif c.start > investor.end and c.start > 0 and c.doc[c.start - 1].dep_ == "conj" \
                    and c.doc[c.start - 1].head in heads and c.doc[c.start - 1].pos_ == "NOUN" \
                    and not any(g.dep_ == "poss" for g in c.doc[c.start - 1].children) \
                    and not any(t.lower_ in VENTURE_WORDS for t in c.sent):
                # "A consortium of Yerevan firm A and hotel operator B will buy", "A and Japanese wire maker B will
                # together spend": the descriptor is the conjunct, B hung apart. (Not partners in a joint venture,
                # whose shares the story may split after: the venture rules see to those; nor "its local partner
                # B", whose sentence may say which of the two invests.)
                out.append(c)
            elif c.start > investor.end and investor.root.dep_ in SUBJECT_DEPS and c in listed:
                # "A, B and C will each invest ...": a list the parser may not hang as conjuncts.
                out.append(c)
            elif c.start > investor.end and _and_joined(investor, c) and SUBJECT_DEPS & {root.dep_, r.dep_}:
                # "South Korea's Hanbit Energy Development Co., Ltd and Nepal's Makalu Urja Pvt Ltd signed ...": the
                # parser may hang the first name on the second's legal form.
                out.append(c)
            elif c.start > investor.end and (
                    self._partner_phrase_before(c)
                    or (r.dep_ == "conj" and any(o.root == r.head for o in out))):
                # "set up by X in a joint venture with Japan's A and Thailand's B".
                out.append(c)
        # "A consortium of Yerevan investment firm A and Almaty-based hotel operator B has agreed to buy ...": the
        # members the consortium is "of", however the parser hangs them (each names the other across "and").
        doc = investor.doc
        opener = next((t.i for t in investor.sent if t.lower_ == "consortium" and t.i + 1 < investor.start
                       and doc[t.i + 1].lower_ in ("of", "between", "comprising")), None)
        if opener is not None and investor.root.dep_ in SUBJECT_DEPS:
            for c in companies:
                if c is not investor and c not in out and opener < c.start and c.end <= investor.start \
                        and investor.start - c.end <= 10 and any(t.lower_ == "and" for t in doc[c.end : investor.start]):
                    out.append(c)
        return out

    def _partner_phrase_before(self, c: Span) -> bool:
        """A partner phrase ends just before ``c``, or before the descriptor that introduces it ("a 50-50 joint
        venture with Spanish train operator Grupo Ferroviario Ibérico"): lower-case words, a people's name."""
        doc = c.doc
        k = c.start
        while k > c.sent.start and c.start - k < 4 and (doc[k - 1].is_lower and doc[k - 1].is_alpha
                                                        or doc[k - 1].ent_type_ == "NORP") \
                and doc[k - 1].lower_ not in ("with", "and", "by"):
            k -= 1
        before = doc[max(c.sent.start, k - 7) : k].text.lower()
        return any(before.endswith(w) for w in self.cues["partner_phrases"]) or any(
            w in doc[max(c.sent.start, c.start - 7) : c.start].text.lower() for w in self.cues["partner_phrases"])

    def _facility_builds(self, sent: Span, places: list[Span], companies: list[Span]) -> list[tuple[Span, Span, bool]]:
        """Commitments with no sum: "X is building a data centre park in Kulai", "X said it would build
        a factory in Saltillo", "X broke ground on a plant in Y". (object span, place, one of a list of places)
        triples; a plain past
        tense ("which opened a plant in 2023") describes what exists, not a commitment."""
        out = []
        cues = self.cues
        for verb in sent:
            # A plan announced is news in any tense: "announced a new plant in Rayong", "plans a factory".
            announced = verb.lower_.startswith(tuple(cues["plan_verbs"]))
            # "has agreed to buy the gear-cutting business of X in Hengelo": a purchase with no sum given.
            buying = verb.lower_.startswith(tuple(cues["acquisition_verbs"]))
            # A relative clause describes, unless it is a company's build in progress or to come ("Arauco, the
            # Chilean group, which is building its own plant in Inocência").
            ongoing = verb.dep_ == "relcl" and verb.tag_ in ("VBG", "VB") and any(
                c.dep_ == "aux" and c.lower_ in ("is", "are", "will") for c in verb.children) and any(
                c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that") for c in verb.children) \
                and self._antecedent(verb.head, companies) is not None
            # "will restart the redevelopment of its terminal district", "would proceed with a cell plant".
            resumed = verb.lower_.startswith(tuple(cues["resume_verbs"]))
            if verb.pos_ != "VERB" or (verb.dep_ == "relcl" and not ongoing) or not (
                    announced or buying or resumed or verb.lower_.startswith(
                        tuple(cues["build_verbs"] + cues["start_verbs"] + cues["choose_verbs"] + ["invest"]))):
                continue
            aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            ground = verb.lower_.startswith(("broke", "break")) and any(c.lower_ == "ground" for c in verb.children)
            started = verb.lower_.startswith(tuple(cues["start_verbs"])) or resumed
            chosen = verb.lower_.startswith(tuple(cues["choose_verbs"]))
            if verb.tag_ in ("VBD", "VBN") and not (aux or ground or announced or started or chosen):
                continue
            if any(c.dep_ == "neg" for c in verb.children) or (
                    verb.tag_ == "VBG" and "been" in aux and aux & {"has", "have", "had"}):
                # "said it would not add capacity"; "has been adding lines in Thailand" (a trend, not news).
                continue
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            # "is building what it says will be the country's first refinery": the noun the clause names.
            objs += [t for c in verb.children if c.dep_ == "ccomp" and c.left_edge.lower_ == "what"
                     for t in c.subtree if t.dep_ == "attr" and t.pos_ == "NOUN"]
            preps = {c.lower_: [g for g in c.children if g.dep_ == "pobj"] for c in verb.children if c.dep_ == "prep"}
            if ground:
                objs = preps.get("on", [])
            elif verb.lower_.startswith("invest"):
                # "will invest in a new plant in Rayong" (no sum given).
                objs = preps.get("in", []) + preps.get("into", [])
            elif chosen:
                # "chose Rayong for its new plant": the facility it is chosen for.
                objs = preps.get("for", [])
            elif started:
                # "has started construction of a battery plant in Rayong", "will proceed with a cell plant", "will
                # restart the redevelopment of its terminal district" (the project resumed is the commitment).
                objs = [g for o in objs + preps.get("with", []) + preps.get("on", [])
                        if o.lower_ in ("construction", "work", "works", "building")
                        for p in o.children if p.dep_ == "prep" and p.lower_ == "on" or p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"] + (
                    [o for o in objs + preps.get("with", []) + preps.get("on", [])
                     if o.lower_ in cues["facility_nouns"] + cues["project_nouns"]] if resumed else [])
            # "announced plans for a new hub in Rotterdam", "double capacity at its factory in Kulim": the
            # facility the plan is for, or whose capacity grows.
            objs += [g for o in objs if o.lower_ in ("plan", "plans", "capacity", "output", "production")
                     for p in o.children if p.dep_ == "prep" and p.lower_ in ("for", "at", "of")
                     for g in p.children if g.dep_ == "pobj"]
            objs += [g for o in objs if o.lower_ in ("capacity", "output", "production") for p in verb.children
                     if p.dep_ == "prep" and p.lower_ in ("at", "in") for g in p.children if g.dep_ == "pobj"]
            if verb.lower_.startswith(("relocat", "mov", "shift")):
                # "relocate part of its production to a new plant in Bac Ninh".
                objs += preps.get("to", [])
            # "add 1,200 MW of capacity", "build a network of chargers": the noun the measure is of.
            objs += [g for o in objs if o.dep_ == "dobj" and (any(c.dep_ == "nummod" for c in o.children) or o.lower_ in (
                "network", "series", "number", "phase", "string", "chain")) for p in o.children
                if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            # "convert part of its plant in Holland": the facility the part is of.
            objs += [g for o in objs if o.lower_ in ("part", "parts", "portion", "some") for p in o.children
                     if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            # "build a milk powder and long-life milk plant": the object's conjuncts too.
            objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
            nouns = self.cues["facility_nouns"] + (self.cues["business_nouns"] if buying else []) + (
                self.cues["project_nouns"] if resumed else [])
            obj = next((o for o in objs if o.lower_ in nouns), None)
            if obj is None and not objs and verb.lower_.startswith("expand") and verb.tag_ in ("VBG", "VB") \
                    and verb.dep_ != "relcl":
                # "X, a unit of Y, is expanding in Central Sulawesi": a company growing in a place it names.
                # (Not a region wider than a country: "is expanding in Southeast Asia" is a strategy, not a site.)
                obj = next((g for g in preps.get("in", []) if any(p.start <= g.i < p.end and p._.country
                                                                  for p in places)), None) and verb
            if obj is None or self._hedged(sent, verb):
                continue
            # Not the subject's words, nor a coordinated clause with a subject of its own ("X is expanding its
            # plants in Mexico, and Y has started production in Johor").
            apart = [c for c in verb.children if c.dep_ in SUBJECT_DEPS or (
                c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX")
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
            span_ids = {t.i for t in verb.subtree} - {t.i for c in apart for t in c.subtree}
            if verb.lower_.startswith(("relocat", "mov", "shift")):
                # "relocate part of its team from Kyoto to the new site": only the destination's places.
                span_ids = {t.i for g in preps.get("to", []) for t in g.subtree}
            here = [p for p in places if p.start in span_ids and not self._is_home(p, companies)]
            if not here:
                # "Petronor, the refinery in Muskiz, is building an electrolyser": with no place in the predicate,
                # the site the subject's apposition names (not a home: "a Hefei-based maker").
                sites = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for a in c.children
                         if a.dep_ == "appos" for t in a.subtree}
                here = [p for p in places if p.start in sites and not self._is_home(p, companies) and not _hyphened(p)
                        and p.root.dep_ == "pobj" and p.root.head.lower_ in ("in", "at", "near")]
            there = next((t for t in verb.subtree if t.lower_ == "there" and t.dep_ == "advmod"), None)
            if not here and there is not None:
                # "X, which already assembles cars in Ayutthaya, is building a second plant there": the place the
                # sentence (else the sentence before) last named.
                doc = sent.doc
                prev = doc[sent.start - 1].sent if sent.start > 0 else None
                for scope in (sent, prev):
                    if scope is None:
                        continue
                    named = [p for p in places if scope.start <= p.start < min(scope.end, there.i)
                             and not self._is_home(p, companies) and not _excluded(p)
                             and not any(c.start < p.end and p.start < c.end for c in companies)]
                    if named:
                        here = [named[-1]]
                        break
            if here:
                best = sorted(here, key=self._rank)[0]
                out.append((sent.doc[obj.i : obj.i + 1], best, False))
                # "build plants in Rayong and Chonburi", "projects in Morocco and South Africa": one each.
                out += [(sent.doc[obj.i : obj.i + 1], p, True) for p in here
                        if p is not best and p.root.dep_ == "conj" and p.root.head.i in range(best.start, best.end)]
        return out

    def _unpriced_purchases(self, sent: Span, places: list[Span],
                            companies: list[Span]) -> list[tuple[Span, Span, Span | None, Span | None]]:
        """A company bought with no price in the sentence: "X has agreed to buy Y from its founders", "Y has been
        acquired by X for an undisclosed sum", "X has bought a 25 per cent stake in Dili-based Y", "X completed the
        purchase of a slaughterhouse in San Estanislao". (verb, business bought, its place or None, the buyer
        named after "by" or None) tuples; a past purchase the sentence dates before the news, or one a relative
        clause recalls, is history."""
        out = []
        doc = sent.doc
        for verb in sent:
            # (not a clause that describes: "the firm it bought in 2019"; but "an agreement to acquire X")
            if verb.pos_ != "VERB" or verb.dep_ in ("relcl", "amod", "pcomp") or (verb.dep_ == "acl" and verb.tag_ != "VB"):
                continue
            noun = None
            if verb.lower_.startswith("approv") and not (any(
                    c.dep_ == "nsubj" and c.lower_ in self.cues["deciding_bodies"] for c in verb.children)
                    and _PRICE_LABEL.match(_next_sentence_text(sent))):
                # (an approval is the buyer's purchase only as a filing writes it: its board's, with the price on
                # the line below; not a regulator's, nor one the story sizes elsewhere)
                continue
            if verb.lower_.startswith(("complet", "finalis", "finaliz", "clos", "approv")):
                # "completed its acquisition of X", "closed the purchase of a slaughterhouse in Y", "The Board of
                # the Company has approved the acquisition of 80 percent of X"
                noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in (
                    "acquisition", "purchase", "takeover", "buyout")), None)
                if noun is None:
                    continue
            elif not verb.lower_.startswith(tuple(self.cues["acquisition_verbs"])):
                continue
            aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            if any(c.dep_ == "neg" for c in verb.children) or self._hedged(sent, verb) or (
                    verb.tag_ == "VBD" and not aux and self._dated_before(verb)) or (
                    verb.tag_ == "VBG" and not aux):
                continue
            passive = "been" in aux or any(c.dep_ == "auxpass" for c in verb.children)
            scope = {t.i for t in (noun or verb).subtree}
            agent = None
            if passive:
                # "Payroo has been acquired by Dutch group Westerhout": the buyer after "by", the subject bought.
                by = [g for c in verb.children if c.dep_ == "agent" for g in c.subtree]
                agent = next((c for c in companies if any(c.start <= t.i < c.end for t in by)), None)
                if agent is None:
                    continue
                # (the parser may hang the subject anywhere: "CAPE TOWN - start-up Payroo has been acquired by X")
                target = next((c for c in reversed(companies) if c.sent.start == sent.start and c.end <= verb.i
                               and c is not agent), None)
                first_aux = min((c.i for c in verb.children if c.dep_ in ("aux", "auxpass")), default=verb.i)
                if target is None and first_aux > sent.start and doc[first_aux - 1].pos_ == "PROPN":
                    target = doc[first_aux - 1 : first_aux]  # a name the company layer left out
            else:
                target = next((c for c in companies if c.sent.start == sent.start and c.root.i in scope
                               and (self._is_target(c) or (noun is not None and c.root.head.lower_ == "of"
                                                           and c.root.head.head.i == noun.i))), None)
            if target is None:
                # "completed the purchase of a slaughterhouse in San Estanislao": a facility bought, placed.
                if noun is None:
                    continue
                facility = next((t for t in noun.subtree if t.lower_ in self.cues["facility_nouns"]
                                 + self.cues["business_nouns"]), None)
                if facility is None:
                    continue
                target = doc[facility.i : facility.i + 1]
            ids = {t.i for t in verb.subtree}
            here = [p for p in places if p.start in ids and not self._is_home(p, companies) and not _excluded(p)
                    and not any(c.start <= p.start < c.end for c in companies)
                    and not any(a.lower_ == "from" and a.dep_ == "prep" for a in p.root.ancestors)]
            place = sorted(here, key=self._rank)[0] if here else self._bought_home(target, places)
            out.append((doc[verb.i : verb.i + 1], target, place, agent))
        return out

    def _bought_home(self, target: Span, places: list[Span]) -> Span | None:
        """Where the article says a business bought is based: "Skopje-based Kodra Labs", "Kodra Labs, based in
        Skopje", "Highland Wind, a Hobart developer"."""
        words = {w for w in company_key(target.text).split()[:1]}
        if not words:
            return None
        return next((p for p in places if not is_dateline(p)
                     and _names_home_of(p, words, reach=7, based=("based", "headquartered", "founded"))), None)

    def _flat_builds(self, sent: Span, places: list[Span], companies: list[Span]) -> list[tuple[Span, Span, bool]]:
        """"It is building a wind farm on the Gulf of Suez", "The company will also build a plant in Y": the
        pipeline parses only sentences with a sum or a company, so these come unparsed; read the words in
        order: a pronoun or "the company" subject, a build verb after "is"/"will"/"to", a facility, a place."""
        words = [t for t in sent if not t.is_space]
        if len(words) < 4 or not (words[0].lower_ == "it" or (
                words[0].lower_ == "the" and words[1].lower_ in self.cues["subject_nouns"])):
            return []
        verb = next((t for t in words[1:8] if t.pos_ == "VERB"), None)
        if verb is None or not verb.lower_.startswith(tuple(self.cues["build_verbs"])) or verb.i == 0 \
                or sent.doc[verb.i - 1].lower_ not in ("is", "are", "will", "would", "to", "also", "now", "'s") \
                or self._hedged(sent, None):
            return []
        obj = next((t for t in sent.doc[verb.i + 1 : min(sent.end, verb.i + 9)]
                    if t.lower_ in self.cues["facility_nouns"]), None)
        if obj is None:
            return []
        here = [p for p in places if p.sent.start == sent.start and p.start > obj.i and not self._is_home(p, companies)
                and not _excluded(p)]
        if not here and sent.start > 0 and any(t.lower_ == "there" for t in sent.doc[obj.i : sent.end]):
            # "It is building a second plant there": the place the sentence before last named.
            prev = sent.doc[sent.start - 1].sent
            here = [p for p in places if prev.start <= p.start < prev.end and not self._is_home(p, companies)
                    and not _excluded(p) and not any(c.start < p.end and p.start < c.end for c in companies)][-1:]
        return [(sent.doc[obj.i : obj.i + 1], sorted(here, key=self._rank)[0], False)] if here else []

    @staticmethod
    def _purpose_of(noun: Token) -> str:
        """The object noun with its modifiers: "an AI-focused data centre park" -> "AI-focused data centre park"."""
        left = min((t.i for t in noun.subtree if t.i < noun.i and t.dep_ not in ("det", "poss", "case", "nummod")
                    and t.ent_type_ not in ("GPE", "LOC", "ORG")), default=noun.i)
        return noun.doc[left : noun.i + 1].text.lstrip("-– ")

    def _beside_the_sum(self, amount: Span, sent_amounts: list[Span]) -> bool:
        """"The US company is putting $825 million into the $2.75 billion project": where an investment verb
        takes one sum as its object, a sum that only describes a noun (the project's total) is no second deal."""
        # "X's plant is costed at $2.75 billion; the company is paying $825 million": the project's cost beside
        # the company's own share.
        verb = _clause(amount.root, amount)
        if verb.lower_.startswith(("cost", "valued", "priced")) and any(
                o.start != amount.start and o._.currency == amount._.currency and o._.value < amount._.value
                and o.root.dep_ == "dobj" and _clause(o.root, o) != verb for o in sent_amounts):
            return True
        if amount.root.dep_ not in ("compound", "nmod", "amod", "nummod", "quantmod"):
            return False
        head = amount.root.head
        if head.pos_ != "NOUN" or head.dep_ not in ("pobj", "dobj"):
            return False
        # (In the same clause: "X committed $600 million to a factory, Y unveiled a $150 million hub" are two.)
        # (Nor its own conversion, which the parser may make the noun the sum describes: "would invest $64 million
        # (about 5.6 billion soms) in the plant".)
        doc = amount.doc
        return any(o is not amount and o.root.dep_ == "dobj" and _has(o.root.head.text, self.cues["investment"])
                   and _clause(o.root, o) == _clause(head)
                   and not (amount.end < len(doc) and doc[amount.end].text == "(" and 0 < o.start - amount.end <= 3)
                   for o in sent_amounts)

    @staticmethod
    def _previous_level(amount: Span, sent_amounts: list[Span]) -> bool:
        """"10 billion baht this year, up from 6 billion baht last year", "to 10 billion baht from 6 billion": the
        level a commitment grew from, not a second sum; nor the level a rise "by" a sum reaches (", to ...")."""
        head = amount.root.head
        doc = amount.doc
        if amount.start > 1 and doc[amount.start - 1].lower_ == "to" and doc[amount.start - 2].text == "," and any(
                o.end < amount.start and o._.currency == amount._.currency and o.start > 0
                and doc[o.start - 1].lower_ == "by" for o in sent_amounts):
            # "will raise the capital of the project by US$190 million, to US$310 million": the level the rise
            # reaches, the rise the commitment.
            return True
        if head.lower_ != "from":
            return False
        if head.head.lower_ in ("up", "down"):
            return True
        # (the "to" as written, where the parser loses it: "to NT$14.5 billion from the NT$9 billion")
        return any(o.start != amount.start and o._.currency == amount._.currency and (
            o.root.head.lower_ == "to" or (o.start > 0 and amount.doc[o.start - 1].lower_ == "to")) for o in sent_amounts)

    @staticmethod
    def _part_or_whole(amount: Span, sent_amounts: list[Span]) -> bool:
        """A sum beside the commitment, not one of its own: a part of it ("RM2 billion over five years,
        including RM500 million this year") or the whole a sentence goes on to split ("Of the RM2 billion,
        X will invest RM1.2 billion and Y the rest")."""
        root = amount.root
        while root.dep_ == "conj" and root.head.i < root.i:  # "comprising $6 million in cash and $12 million in shares"
            root = root.head
        head = root.head
        others = [o for o in sent_amounts if o.start != amount.start and o._.currency == amount._.currency]
        if head.lower_ in ("including", "includes", "include", "comprising", "comprises") or (
                head.lower_ == "of" and head.head.lower_ in ("consisting", "consists")):
            # (Not its fellow part: "That includes £62m for a ... centre at Daventry and £38m for a ... line".)
            return any(o._.value > amount._.value and root not in (o.root, *o.root.ancestors) for o in others)
        # (The sum right after "Of": not "Of the total, 2.1 trillion won will go ...", a part the parse hung there.)
        if head.lower_ == "of" and head.i == amount.sent.start and amount.start - head.i <= 2:
            return any(o._.value < amount._.value for o in others)
        before = [t.lower_ for t in amount.doc[max(amount.sent.start, amount.start - 2) : amount.start]]
        if before == ["of", "which"]:
            # "$400 million in the US, of which $300 million will go to Ohio": a part of the sum before it; but
            # where the sums from here on add up to it ("CHF 1.4 billion ..., of which CHF 750 million in Visp,
            # CHF 400 million in Basel and CHF 250m in Singapore") they are the commitments, one per site.
            parts = sum(o._.value for o in others if o.start > amount.start) + amount._.value
            return any(o.start < amount.start and o._.value > amount._.value
                       and abs(parts - o._.value) > 0.005 * o._.value for o in others)
        return False

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
        if prev_end < 0 or amount.start - prev_end > 6:
            return False
        between = doc[prev_end : amount.start]
        if "(" in [t.text for t in between]:
            # "The C$7 billion project (about US$5.1 billion)": past the noun the first sum describes.
            opening = next(t.i for t in between if t.text == "(")
            nouns = doc[prev_end:opening]
            # ("a $22 million Series B round (about NIS 80 million)")
            if len(nouns) <= 3 and all(t.pos_ in ("NOUN", "PROPN") for t in nouns):
                between = doc[opening : amount.start]
        if len(between) > 4:
            return False
        # "B$62 million (S$62 million; approximately US$48 million)": the next conversion in the same brackets.
        sent_start = amount.sent.start
        opened = next((t for t in reversed(doc[sent_start:prev_end]) if t.text in ("(", ")")), None)
        if opened is not None and opened.text == "(" and len(between) and between[0].text in (";", ",") \
                and all(t.lower_ in CONVERSION_GLUE | {",", ";"} for t in between):
            return True
        if not all(t.lower_ in CONVERSION_GLUE | {","} for t in between):
            return False
        if any(t.text == "(" for t in between) or (
                len(between) > 1 and between[0].text == "," and any(t.lower_ == "or" for t in between)):
            return True
        # "Rwf48 billion, about $33 million, and ...": a sum in another currency set off by a comma and "about".
        return len(between) == 2 and between[0].text == "," and between[1].lower_ in (
            "about", "around", "roughly", "approximately", "some", "nearly", "almost") \
            and doc[prev_end - 1].text != ")" and any(a.end == prev_end and a._.currency != amount._.currency
                                                     for a in doc.spans.get("amounts", []))

    def _specificity_name(self, name: str | None) -> int:
        if name is None:
            return -1
        cands = self.gaz.candidates(name)
        return KIND_RANK.get(cands[0].kind, 3) if cands else 3

    def _specificity(self, place: Span) -> int:
        return self._specificity_name(place.text)

    @staticmethod
    def _out_of_scope(t: Token, anchor: Token | None) -> bool:
        """A word that cannot hedge the commitment at ``anchor``: a modal on a verb the commitment does not
        hang from ("... invest $300 million, betting that servers would stay exempt"), or a word inside a
        relative clause, apposition or coordinated clause that does not hold the commitment ("4.5 billion
        riyals for chargers, a programme that consultancy X estimates could create 12,000 jobs")."""
        if anchor is None:
            return False
        path = {anchor, *anchor.ancestors}
        if t.lower_ in MODALS and t.dep_ in ("aux", "auxpass") and t.head not in path:
            return True
        if any(r.dep_ == "advcl" and r.lower_ in ("citing", "quoting") for r in (t, *t.ancestors)):
            # "X reported, citing people familiar with the matter, that Y had offered ... and planned to spend ...":
            # where the whole report comes from, wherever the parser hung it.
            return False
        # "X dismissed a report that it planned to spend $500 million, but confirmed it would invest RM900 million":
        # the first of two coordinated clauses, and its objects, do not hedge the second (their subject, auxiliaries
        # and negation are shared).
        firsts = {n.head for n in path if n.dep_ == "conj" and n.pos_ in ("VERB", "AUX") and n.head.pos_ in ("VERB", "AUX")}
        if t in firsts:
            return True
        prev = None
        for r in (t, *t.ancestors):
            if r in path:
                return r in firsts and prev is not None and prev.dep_ not in (
                    "nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark", "cc", "punct")
            prev = r
            if r.dep_ == "conj" and r.pos_ in ("VERB", "AUX") and _says_of(r, anchor):
                continue  # "its planned TSh 40 billion canning line, announced last year, was on hold"
            if r.dep_ in ("relcl", "acl", "appos") or (r.dep_ == "conj" and r.pos_ in ("VERB", "AUX")):
                return True
            if r.dep_ == "advcl" and r.tag_ == "VBG" and not any(c.dep_ == "mark" for c in r.children):
                # "..., ending months of speculation": a participle's aside, not a condition ("if ...").
                return True
            if r.dep_ == "prep" and r.lower_ in ("after", "following", "despite", "amid", "amidst"):
                # "confirmed ... it would build a plant, after media reports last week": what came before, not a hedge.
                return True
            if r.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ASIDE_MARKS for c in r.children):
                # "..., while X's planned plant remains on hold": a contrast, not a condition on the commitment;
                # "..., as it struggles to hire enough welders": the reason for it.
                return True
        return False

    def _reported(self, would: Token) -> bool:
        """"would" in a clause a speech verb governs, however far back: "X said flooding had hit its site but
        that it would go ahead ...", "... after saying it would invest": reported speech, not a condition."""
        clause = would.head
        for anc in (clause, *clause.ancestors):
            if anc is not clause and anc.pos_ in ("VERB", "AUX") and anc.lower_.startswith(tuple(self.cues["speech"])):
                return True
            if anc.dep_ in ("advcl", "relcl") and anc is not clause:
                return False  # "..., which would ...": a condition or relative clause of its own
        return False

    def _hedged(self, sent: Span, anchor: Token | None = None) -> bool:
        """A hedge word in the sentence (in the commitment's own clauses, given its ``anchor`` token);
        "said it would invest" is reported speech, not a condition."""
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        if first is not None and first.lower_ == "should" and first.dep_ in ("aux", "auxpass") \
                and first.head.dep_ in ("advcl", "ccomp") and first.head.i < first.head.head.i:
            return True  # "Should subsidies be approved, X plans to spend ...": a condition, inverted
        words = []
        for t in sent:
            if t.lower_ == "would" and (any(w.lower_ in self.cues["reported_speech"]
                                            for w in sent.doc[max(sent.start, t.i - 8) : t.i])
                                        or self._reported(t)):
                continue
            if self._out_of_scope(t, anchor):
                continue
            if t.ent_type_ == "DATE" and t.lower_ == "may":
                continue  # "BERLIN, May 15 —": the month, not a hedge
            if t.lower_ == "estimated" and t.dep_ in ("amod", "advmod", "quantmod", "nmod"):
                continue  # "the estimated cost of its complex", "an estimated $2 billion": a size, not a guess
            if t.lower_.startswith("scrapp") and t.dep_ in ("amod", "compound") and t.head.pos_ in ("NOUN", "PROPN") \
                    and t.head.lower_ not in self._plan_nouns:
                continue  # "to recover lithium from scrapped electric-vehicle batteries": what is scrapped is waste
            # "will spend between Rwf 58 billion and Rwf 73.5 billion ..., depending on whether it installs a second
            # kiln": which end of a range, not whether to spend
            if t.lower_ == "whether" and t.i >= 2 and sent.doc[t.i - 2].lower_ in ("depending", "depends", "dependent") \
                    and sent.doc[t.i - 1].lower_ == "on" and any(w.lower_ == "between" for w in sent):
                continue
            if t.lower_.startswith(("freez", "frozen")) and t.dep_ in ("amod", "compound") \
                    and t.head.lower_ in self.cues["facility_nouns"]:
                continue  # "a freezing and packing plant": what the plant does, not a freeze on it
            if t.lower_ in ("projected", "estimated") and _projected_cost(t):
                # "The total investment amount is projected at USD 48,000,000", "The total value of the investment is
                # estimated at EUR 46 million": a plan's cost, not a guess (a market "estimated at" stays a guess)
                continue
            if t.lower_.startswith("analyst") and self._audience(t):
                continue  # "the chief told analysts that ...": who hears the plan, not who guesses at it
            words.append(t.text_with_ws)
        # "X said a concentrator would cost $480 million, but it has not yet made a final investment decision":
        # a project no one has decided on, whichever clause says so.
        return _has("".join(words), self.cues["hedges"]) or _has(sent.text, self.cues["undecided"])

    def _audience(self, t: Token) -> bool:
        """Those a speaker tells: "told analysts", "said on a call with analysts", "said to analysts"."""
        head = t.head
        if t.dep_ in ("dobj", "dative"):
            return head.lower_.startswith(tuple(self.cues["speech"] + ["told", "brief"]))
        if t.dep_ == "pobj" and head.lower_ == "with":
            return True
        return t.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_.startswith(tuple(self.cues["speech"]))

    def _expected_of_others(self, tok: Token) -> bool:
        """"Nvidia said it expected its partners to build up to $500 billion of infrastructure": a forecast of
        what others will spend (the clause has a subject of its own), not "it expects to invest" (a plan)."""
        for clause in (tok, *tok.ancestors):
            head = clause.head
            if head is clause:
                return False
            if clause.dep_ in ("ccomp", "xcomp") and head.lower_.startswith(tuple(self.cues["expect_verbs"])) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return True
        return False

    def _value_of_commitment(self, amount: Span) -> Token | None:
        """"The investment by X, worth $1 billion", "projects worth $2.5 billion", "the deal, valued at $2.3
        billion": the word giving a commitment's size (which elsewhere marks a valuation, not a deal)."""
        word = amount.root.head
        if word.lower_ == "at" and word.head is not word:
            word = word.head
        if word.lower_ not in ("worth", "valued"):
            return None
        if word.dep_ == "acomp" and any(c.dep_ == "nsubj" and c.lower_.startswith(tuple(self.cues["commitment_nouns"]))
                                        and any(d.lower_ in ("the", "this", "its") for d in c.children)
                                        for c in word.head.children):
            return word  # "The investment is worth 10 billion baht": the commitment's size
        # The noun it describes, or (the parser may hang it on a name inside that noun's phrase) one above.
        for noun in [word.head, *word.head.ancestors][:3]:
            if noun.pos_ in ("VERB", "AUX"):
                return None  # "X is worth $40 billion": a valuation
            # "will build a mill worth $500 million": a facility's worth is its cost too.
            if noun.lower_.startswith(tuple(self.cues["commitment_nouns"])) or noun.lower_ in self.cues["facility_nouns"]:
                return word
        return None

    @staticmethod
    def _impact(amount: Span) -> bool:
        """"... is expected to create 2,000 jobs and add $500 million a year to the state economy": an
        economic-impact figure, not money put in."""
        verb = _clause(amount.root, amount)
        return verb.lower_.startswith(("add", "contribut", "generat", "boost", "inject")) and any(
            t.lower_ in ("economy", "gdp", "output") for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
            for t in p.subtree)

    @staticmethod
    def _cumulative(amount: Span) -> bool:
        """"..., bringing its total investment in Thailand to $1 billion": a running total, not a new sum."""
        to = amount.root.head
        verb = to.head
        return to.lower_ == "to" and verb.pos_ == "VERB" and any(
            c.dep_ == "dobj" and any(t.lower_ in ("total", "cumulative", "overall") for t in c.subtree)
            for c in verb.children)

    def _not_spent(self, amount: Span) -> bool:
        """Money the company takes in or gives up, not puts in: the sum is the object of "received", "won",
        "sold for" ("won a $500 million contract", "sold its stake for $500 million"), or its noun is a
        contract, an order, a buyback. A sale's buyer is found before this ("sell X to Y for $N")."""
        root = amount.root
        noun = _sized_noun(amount)
        verb = _clause(root, amount)
        # "spent $300 million on share buybacks": what the verb spends it on.
        spent_on = [g for h in (verb, root) for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "for")
                    for g in p.children if g.dep_ == "pobj"]
        if any(n.lower_.startswith(tuple(self.cues["not_spent_nouns"])) for n in (noun, *spent_on)):
            return True
        if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
            return True  # "bought back $1 billion of its shares", "paid back a loan"
        if verb.lower_.startswith(("clos", "rais")) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("fund", "funds") for c in verb.children):
            return True  # "closed its third Asia fund at $1.2 billion": a fund's size, not money put in
        if verb.lower_.startswith("rais") and (_has(amount.sent.text, IPO_WORDS)
                                               or _has(amount.sent.text.lower(), self.cues["debt_words"])):
            # "plans to list its unit in Mumbai, raising as much as $1.5 billion", "the issue of up to 20,000,000
            # debentures to raise LKR 2 Bn": money taken in
            return True
        if verb.lower_.startswith("rais"):
            # "raised $500 million from investors": money taken in from backers it does not name (not "from
            # investors led by X", "from investors including X", "from X": a round's backers put it in).
            froms = [c for h in (verb, root) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
            named = {t.i for c in amount.doc.spans.get("companies", []) for t in c}
            # (Not "raised its investment plan to N from M": the sum is a plan's new level.)
            if froms and root.dep_ == "dobj" and not any(t.i in named or t.like_num for f in froms for t in f.subtree):
                return True
        if not verb.lower_.startswith(tuple(self.cues["not_spent_verbs"])) or _sale_buyer(verb) is not None:
            return False
        doc = amount.doc
        near = [*doc[max(amount.sent.start, amount.start - 3) : amount.start], *doc[amount.end : amount.end + 1]]
        if verb.lower_.startswith(("won", "win")) and any(t.lower_ in ("bid", "offer") for t in near) and any(
                c.dep_ == "dobj" and c.lower_ in ("tender", "auction", "privatisation", "privatization", "bidding")
                for c in verb.children):
            return False  # "has won the privatisation tender for the state's stake ... with a bid of 486 billion soums"
        # "X received a $700 million investment from Y": Y's money put in, unless it is only a contract or an order.
        invested = noun.lower_.startswith(("invest", "equity", "capital", "funding", "injection"))
        return not (invested and self._source(amount, list(amount.doc.spans.get("companies", []))) is not None)

    def _history(self, amount: Span) -> bool:
        """"has invested more than $2 billion in Vietnam since 2010": what has been spent so far, not a
        commitment; nor money spent before the news ("previously invested $500 million in Ohio in 2021")."""
        verb = _clause(amount.root, amount)
        # (Or a clause under it: "Since 2020, the agency has supported 60 projects, resulting in $4.6 billion in
        # capital investment".)
        if any(c.dep_ == "prep" and c.lower_ == "since" for v in (verb, *verb.ancestors) for c in v.children):
            return True
        # On the verb itself (not "a centre in Kano, its largest site so far"): "has invested $5 billion in
        # India over the past decade", "... so far", "... to date", "has since spent" (not "has since pledged",
        # a commitment).
        on_verb = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod")]
        on_verb += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        done = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.lower_ in ("has", "have", "had") for c in verb.children))
        if done and any((t.lower_ == "far" and any(g.lower_ == "so" for g in t.children))
                        or (t.lower_ == "since" and t.dep_ == "advmod" and verb.lower_ in SPENT_WORDS)
                        or (t.lower_ == "date" and t.head.lower_ == "to")
                        or (t.ent_type_ == "DATE" and any(g.lower_ == "past" for g in t.children)) for t in on_verb):
            return True
        # (Or its passive: "X's $500 million mill in Ohio was completed in 2015".)
        # (Or a participle with no auxiliary, the parser's reading of "whose plant opened in 2020".)
        past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were")
                                                                 for c in verb.children)) or (
            verb.tag_ == "VBN" and verb.dep_ in ("relcl", "acl") and not any(c.dep_ in ("aux", "auxpass")
                                                                              for c in verb.children))
        # "previously raised a $9 million Series A": an earlier round; "its fund, which closed at $180 million last
        # year", an earlier fund.
        # ("... the Series B round the company raised last year": dated by its own adverb, not by any word under
        # it: "HongShan, formerly Sequoia China" dates nothing.)
        # (Not "Last week, X raised ...": the news of a week or a month is news.)
        if past and verb.lower_ == "raised" and any(
                c.lower_ in ("previously", "earlier") or (c.dep_ == "npadvmod" and any(
                    g.lower_ in ("last", "ago") for g in c.subtree) and not any(
                    g.lower_ in _RECENT_PERIODS for g in c.subtree)) for c in verb.children):
            return True
        # (A fund's close the news reports is "last week"; one "last year" or "two years ago" came before.)
        if past and verb.lower_ == "closed" and any(
                c.dep_ == "npadvmod" and any(g.lower_ in ("year", "years") for g in c.subtree) for c in verb.children):
            return True
        # "..., a year after it committed Rs 2,000 crore to the first phase": what came before the news.
        if verb.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children) and any(
                c.dep_ == "npadvmod" and c.lower_ in ("year", "years", "month", "months") for c in verb.children):
            return True
        if past and verb.lower_.startswith(("invested", "spent", "poured", "paid", "bought", "acquired", "added",
                                            "purchased", "injected", "sank", "opened", "built", "raised",
                                            "completed", "commissioned", "put", "pumped", "ploughed", "plowed")):
            # (A round raised is dated by a year on the verb itself, "raised S$18 million in a Series A round in
            # 2023", not by any word under it: "HongShan, formerly Sequoia China" dates nothing.)
            if self._dated_before(verb) if verb.lower_ != "raised" else any(
                    c.dep_ == "prep" and any(g.dep_ == "pobj" and self._a_year_before(g) for g in c.subtree)
                    for c in verb.children):
                return True
            # "The group spent R46 million on diesel during the half": what a period already reported cost.
            if verb.lower_ == "spent" and any(c.dep_ == "prep" and c.lower_ == "during" for c in verb.children):
                return True
            # "The company last expanded in 2021, when it spent €14m on its second hall": dated by the time its
            # "when" clause hangs on.
            if any(c.lower_ == "when" for c in verb.children) and verb.dep_ in ("relcl", "advcl") and (
                    self._dated_before(verb.head) or self._a_year_before(verb.head)):
                return True
        # "X's $400 million plant in Ohio, which opened last year, ...", "a $400 million investment completed in
        # 2020": a facility the sum sizes that the sentence says was finished before the news.
        noun = _sized_noun(amount)
        # "The original $112 million plant was built with a state grant", "its existing $50 million line": the size of
        # what stands already.
        if any(c.dep_ == "amod" and c.lower_ in ("original", "existing") for c in noun.children):
            return True
        # (The parser may hang the clause on the place in the noun's phrase: "plant in Ohio, which opened ...".)
        # (Not a clause still to come: "the ₱11.5 billion expansion of its plant ..., to be completed by 2026".)
        if any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBN") and c.lower_.startswith(
                ("opened", "completed", "commissioned", "finished", "inaugurated", "built", "raised"))
               and not any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("to", "will", "would", "shall", "be")
                           for a in c.children)
               and self._dated_before(c)
               for t in noun.subtree if t.i >= noun.i for c in t.children):
            return True
        # "It sold its stake in X to Y last year for 820 billion won": a past sale or purchase dated before the news.
        return verb.tag_ == "VBD" and verb.lower_.startswith(("sold", "bought", "acquired", "purchased")) and any(
            t.ent_type_ == "DATE" and t.lower_ in ("last", "ago", "previously") for c in verb.children for t in c.subtree)

    def _news_year(self) -> int | None:
        """The year of the news: the article's date, else (none given) the latest year it names."""
        return self._published_year or self._latest_year

    def _a_year_before(self, tok: Token) -> bool:
        """``tok`` is a year before the news ("in 2019, when ...")."""
        now = self._news_year()
        return tok.is_digit and len(tok.text) == 4 and now is not None and int(tok.text) < now

    def _dated_before(self, verb: Token) -> bool:
        """A past verb its own words date before the news: "previously", "two years ago", "last year", a year
        before the article's."""
        said = [t for c in verb.children for t in c.subtree]
        if any(t.lower_ in ("previously", "formerly", "ago") for t in said):
            return True
        if any(t.lower_ == "last" and t.head.lower_ in ("year", "decade") for t in said):
            return True
        years = [int(t.text) for t in said if t.ent_type_ == "DATE" and t.is_digit and len(t.text) == 4]
        # With no date on the article, a year before the latest it names ("commissioned its first plant in 2023
        # ... will build the second between 2025 and 2028") is before the news.
        now = self._news_year()
        return bool(years) and now is not None and max(years) < now

    def _approved_total(self, amount: Span) -> bool:
        """"the Board of Investment approved PCB projects worth 180 billion baht": the total of many projects an
        authority approved (plural noun after "approved"), not one company's commitment; but "its board had approved
        investments totalling 3.1 billion kronor" is the company's own board's."""
        root = amount.root
        word = root.head
        if word.lower_ in ("worth", "valued", "of", "totalling", "totaling", "at"):
            word = word.head
        noun = word if word.pos_ == "NOUN" else None
        if noun is None or noun.tag_ != "NNS":
            return False
        before = amount.doc[max(amount.sent.start, noun.left_edge.i - 2) : noun.i]
        return any(t.lower_.startswith("approv") and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in self.cues["deciding_bodies"] for c in t.children)
            for t in before)

    def _per_unit(self, amount: Span) -> bool:
        """"A$1.15-a-share", "$560 a tonne", "Rp 1,850 per share": a price per unit, not money put in."""
        after = [t.lower_ for t in amount.doc[amount.end : min(amount.sent.end, amount.end + 4)]]
        if len(after) >= 2 and after[0] in ("per", "/") and after[1].isalpha() and after[1] not in _RATE_PERIODS:
            return True  # "C$1.10 per gigajoule", "€4.10 per square metre" (not "$2 billion per year": a rate of spending)
        while after and after[0] in ("-", "a", "an", "per", "/"):
            after.pop(0)
        return bool(after) and after[0] in self.cues["price_units"] and amount.end < len(amount.doc) \
            and amount.doc[amount.end].lower_ in ("-", "a", "an", "per", "/")

    def _owned_facility(self, amount: Span) -> bool:
        """"ProLogium's €5.2 billion gigafactory in Dunkirk": the sum sizes a company's own facility, a
        commitment however the sentence goes on."""
        root = amount.root
        noun = root.head
        companies = amount.doc.spans.get("companies", [])

        def owned(t: Token) -> bool:
            return any(c.dep_ == "poss" and any(s.start <= c.i < s.end for s in companies) for c in t.children)

        if root.dep_ not in SUM_DEPS or noun.lower_ not in self.cues["facility_nouns"]:
            # "The largest is Solaria Verde Power Corp.'s ₱38.2 billion, 620-megawatt solar farm": the parser
            # makes the sum the possessed noun; the facility follows it in the same phrase.
            after = amount.doc[amount.end : min(amount.sent.end, amount.end + 6)]
            ahead = list(itertools.takewhile(lambda t: t.pos_ not in ("VERB", "AUX", "ADP"), after))
            return owned(root) and any(t.lower_ in self.cues["facility_nouns"] for t in ahead)
        return owned(noun)

    def _listed_under_header(self, sent: Span) -> bool:
        """"The commitments announced on Monday:" then "- X: $2 billion for data centres in Johor": a bulleted line
        under a header (ending in a colon) that names the commitments."""
        doc = sent.doc
        if not self._list_line(sent):
            return False
        start = sent.start
        for _ in range(8):
            if start == 0:
                return False
            prev = doc[start - 1].sent
            pwords = [t for t in prev if not t.is_space]
            # (an item may run on: "Czech Republic: CZK 2.35 billion for a hub at Rudná. Opening is planned ...")
            if self._list_line(prev) or (pwords and pwords[-1].text != ":" and not opens_paragraph(doc, prev.start)):
                start = prev.start
                continue
            # (or the budgets it gives: "the chief executive gave separate budgets for each market:")
            # ("The details of the MoUs are as follows:": memoranda of the investments signed)
            return bool(pwords) and pwords[-1].text == ":" and (
                _has(prev.text, self.cues["investment"]) or _has(prev.text.lower(), ["budget", "mou", "mous"])) \
                and not self._hedged(prev)
        return False

    def _paragraph_label(self, sent: Span, companies: list[Span]) -> Span | None:
        """The company whose name and colon open ``sent``'s paragraph, or the paragraph a "(Cont. 1):" one goes on."""
        doc = sent.doc
        start = paragraph_start(doc, sent.start)
        for _ in range(4):
            if doc[start].text == "(" and start + 1 < len(doc) and doc[start + 1].lower_.startswith("cont"):
                if start == 0:
                    return None
                start = paragraph_start(doc, start - 1)
                continue
            if doc[start].sent.start != start:
                return None
            label = self._label_company(doc[start].sent, companies)
            # (the name itself the label: not "X A/S (Nasdaq Copenhagen: GRVNG) today announced ...")
            return label if label is not None and label.start == start and label.end < len(doc) \
                and doc[label.end].text == ":" else None
        return None

    @staticmethod
    def _label_company(sent: Span, companies: list[Span]) -> Span | None:
        """The company a line's label names: "Brahmaputra Cements Ltd, Guwahati: a cement plant at ...", "- X: $2
        billion for ..." (not a Q&A speaker's name: no company)."""
        colon = _label_colon(sent, 10)
        if colon is None:
            return None
        return next((c for c in companies if sent.start <= c.start and c.end <= colon), None)

    @staticmethod
    def _list_line(sent: Span) -> bool:
        """A bulleted line ("- X: $2 billion for ..."), or a line a short label and a colon open before a sum
        ("Poland: PLN 385 million for a fulfilment centre in Strykow")."""
        words = [t for t in sent if not t.is_space]
        if not words:
            return False
        if words[0].text in ("-", "•", "*", "–", "—"):
            return True
        if _numbered(sent) and (any(t.text in ("–", "—") for t in words[:12]) or _NUMBER_ONLY.fullmatch(sent.text)):
            # "2. Pearl City Green Hydrogen Pvt. Ltd. – green hydrogen facility at Thoothukudi – ₹6,500 crore": a
            # numbered line whose fields dashes set apart (or the number the parser made a sentence of its own)
            return True
        colon = _label_colon(sent, 6)
        return colon is not None and colon > words[0].i and all(
            t.is_title or t.is_punct or t.lower_ in ("and", "of", "the") for t in words if t.i < colon) \
            and any(a.start == colon + 1 for a in sent.doc.spans.get("amounts", []))

    def _is_investment(self, amount: Span) -> bool:
        if amount._.value < SMALLEST_COMMITMENT:
            return False  # "around $80 for the lithium iron phosphate cells": a price, not money put in
        sent = amount.sent
        sale = _sale_buyer(_clause(amount.root, amount)) is not None  # a sale to a named buyer is its purchase
        if not (sale or _has(_without_names(sent), self.cues["investment"]) or self._owned_facility(amount)
                or self._listed_under_header(sent) or _share_bought(sent) or self._asked_cost(sent)
                or self._budget_line(amount)) \
                or self._hedged(sent, amount.root):
            return False
        # "Ningyuan has dropped an earlier plan to build a plant in Monterrey ... The company had set aside US$120
        # million for that project.": a sum for the plan the sentence before gave up.
        # "Nuraghe Solar has shelved a 90 MW park near Oristano ... Nuraghe had said in 2024 that the park would cost
        # around €85m.": so is the cost the plan was given, told in the past, of "the" plant the sentence before gave up.
        if sent.start > 0 and (_THAT_PLAN.search(sent.text) or (
                {"had", "would"} <= {t.lower_ for t in sent} and any(
                    t.lower_ == "the" and t.head.lower_ in self._plan_nouns and t.head.i < amount.start
                    for t in sent))) and self._hedged(sent.doc[sent.start - 1].sent):
            return False
        # "Banco do Nordeste has approved R$ 1,3 bilhão in long-term financing", "BNDES will finance R$ 60 milhões":
        # a bank's money lent is no investment (its stake bought is).
        # (read on the words, the parser's subject of a bank's Portuguese name being anything: the last company
        # before the sum a bank, no other between, lending words from it to just past the sum)
        doc = sent.doc
        before = [c for c in doc.spans.get("companies", []) if sent.start <= c.start and c.end <= amount.start]
        bank = next((c for c in reversed(before[-2:]) if _BANK.search(c.text)), None)  # (or its short form's)
        if bank is not None and amount.start - bank.end <= 25 \
                and _LENDING.search(doc[bank.end : min(sent.end, amount.end + 12)].text.lower()):
            return False
        # Sums that are not money put in: forecasts of others' spending, running totals, what was spent so far,
        # economic impact, money taken in or given up.
        if self._expected_of_others(amount.root) or any(check(amount) for check in (
                self._cumulative, self._history, self._impact, self._not_spent, self._per_unit, self._approved_total)):
            return False
        if amount.root.dep_ in ("nsubj", "nsubjpass") and any(
                t.lower_ in ("grant", "grants") or t.lower_ in self.cues["public_subjects"]
                for p in amount.root.head.children if p.dep_ == "prep" and p.lower_ == "from" for t in p.subtree):
            return False  # "with the remaining £14m coming from a Welsh Government grant": public money
        if self._budget_line(amount):
            return True  # (the company's budget, not a government's: its line's words are what it buys)
        verb = amount.root.head
        if verb.lower_.startswith("cost") and amount.root.dep_ == "dobj" and any(
                o.dep_ in ("dative", "dobj") and o is not amount.root and o.lower_ in self.cues["public_subjects"]
                for o in verb.children):
            return False  # "it would cost the municipality an estimated PLN 2.3 million in lost property tax"
        # The amount's own phrase: its head noun and the words around it.
        # Not the head's other conjuncts: "Tk 420 crore from KSM ... and a Tk 550 crore syndicated loan".
        # Nor a clause on the verb: "invest N in a plant in Rayong, to export cars to Japan".
        phrase_tokens = list(amount) + [amount.root.head] + [c for c in amount.root.head.children
                                                             if c.dep_ not in ("conj", "cc", "advcl", "xcomp",
                                                                               "ccomp", "relcl", "acl")]
        # (What the sum is "in": "up to USD 410 million in development, regulatory and sales milestones".)
        # (Not a partner's "US$440 million in equity and shareholder loans": its stake, however paid in.)
        # ("480 million ouguiya (about $12 million) a year in land fees": or its apposition's.)
        holders = [amount.root] + [c for c in amount.root.children if c.dep_ == "appos"]
        phrase_tokens += [t for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                          and not any(w.lower_ in ("equity", "capital") for w in p.subtree)
                          for t in p.subtree if t.i - p.i <= 8]
        window_tokens = list(sent.doc[max(sent.start, amount.start - 4) : min(sent.end, amount.end + 4)])
        value_word = self._value_of_commitment(amount)
        skip = value_word.i if value_word is not None else -1
        # (Not a company's own name: "Le Mata'u Noni Exports Ltd will invest WST 6.5 million" exports nothing.)
        named = {i for c in sent.doc.spans.get("companies", []) if sent.start <= c.start and c.end <= sent.end
                 for i in range(c.start, c.end)}
        window_tokens = [t for t in window_tokens if t.i not in named]
        # "a price tag of $11 billion" is what the facility costs, not a price; "$120 million of tax equity" is
        # equity put into a project (for its tax credits), not a tax.
        phrase = _investment_forms(" ".join(t.text for t in phrase_tokens if t.i != skip))
        window = _investment_forms(" ".join(t.text for t in window_tokens if t.i != skip))
        if _BONDED.search(sent.text):
            # (the parse may put the phrase's words out of order: "million bonded")
            phrase, window = _BONDED_WORD.sub("customs", phrase), _BONDED_WORD.sub("customs", window)
        if _SUBSCRIBES.search(sent.text):
            # "subscribe for new shares in X worth US$52 million": the shares' worth is the money put in.
            phrase, window = _SHARES_WORTH.sub(" ", phrase), _SHARES_WORTH.sub(" ", window)
        if _PRICE_FOR_STAKE.search(sent.text) or _BUSINESS_PRICE.search(sent.text):
            # "The price for the shares is US$41.3 million", "Acquisition price: US$96 million": the parse splits the
            # phrase, its "price" a stake's or a business's.
            phrase, window = _PRICE_WORD.sub(" ", phrase), _PRICE_WORD.sub(" ", window)
        if _has(phrase, self.cues["not_investment"]) or _has(window, self.cues["not_investment"]):
            return False
        # "lifted full-year net profit 11 per cent to $48.6 million": the level a result moved to, its noun the
        # object or subject of the verb the sum's "to"/"from" hangs on, however far before it.
        head = amount.root.head
        if head.dep_ == "prep" and head.lower_ in ("to", "from") and head.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("dobj", "dative", "nsubj", "nsubjpass") and _has(c.text.lower(), self.cues["not_investment"])
                for c in head.head.children):
            return False
        # "expected to cut the plant's electricity bill by about RO 3.5 million a year": what a cut takes away is a
        # saving.
        if head.dep_ == "prep" and head.lower_ == "by" and head.head.lower_.startswith(tuple(self.cues["cut_verbs"])):
            return False
        # "its profit after tax for the year was US$7,2 million": the sum a result or a value was, by its subject.
        # (the words since the sentence's previous sum: the parser may hang the subject anywhere)
        if amount.root.dep_ == "attr" and head.lower_ in ("was", "is", "were", "are", "be"):
            since = max([sent.start] + [a.end for a in sent.doc.spans.get("amounts", [])
                                        if sent.start <= a.end <= amount.start])
            if _has(_investment_forms(" ".join(t.lower_ for t in sent.doc[since : amount.start])),
                    self.cues["not_investment"]):
                return False
        # "a syndicate of local banks led by X will provide Rs 6 billion": banks' money is lending.
        subj = next((c for c in _clause(amount.root, amount).children if c.dep_ == "nsubj"), None)
        if subj is not None and any(t.lower_ in ("banks", "lenders") for t in subj.subtree):
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
    names = company_names_of(rows) if rows is not None else None
    deals = _LINKER(doc, article_id, names, published)
    if rows is not None:
        _company_announcers(deals, rows, names, _LINKER.cues["announcing_titles"], doc_text(doc))
    return deals


def _title_after_company(r: dict, text: str, names: Mapping[str, str]) -> str | None:
    """"Haesan CEO Choi Jae-won", "Oakridge's chief executive, Greg Tolliver": the company written right before an
    official's title, where the official's row names no affiliation."""
    start, title = int(r.get("start") or 0), (r.get("title") or "").strip()
    before = text[max(0, start - 80) : start].rstrip(" ,")
    if not title or not before.lower().endswith(title.lower()):
        return None
    before = before[: -len(title)].rstrip()
    for suffix in ("'s", "’s"):
        before = before[: -len(suffix)] if before.endswith(suffix) else before
    words = before.split()
    for k in range(min(5, len(words)), 0, -1):
        name = names.get(company_key(" ".join(words[-k:])))
        if name is not None:
            return name
    return None


def _company_announcers(deals: list[DealRow], rows: list[dict], names: Mapping[str, str],
                        titles: list[str], text: str) -> None:
    """A deal no sentence gives an announcer for is announced by the investor's own head, where the article
    quotes one: the first official whose affiliation is the investor and whose title is an executive's ("Greg
    Tolliver, president and chief executive of Oakhurst Snacks", "Haesol CEO Choi Jae-won said in a press
    release"). The guidelines count a chief executive quoted on the plan as its announcer."""
    heads: dict[str, str] = {}
    for r in sorted((r for r in rows if r["field"] == "official"),
                    key=lambda r: int(r.get("start") or 0)):
        company = names.get(company_key(r["affiliation"])) if r.get("affiliation") else _title_after_company(
            r, text, names)
        if company is not None and _has(r.get("title") or "", titles):
            heads.setdefault(company, r["name"])
    for d in deals:
        if not d.announced_by and d.investor in heads:
            d.announced_by = heads[d.investor]
