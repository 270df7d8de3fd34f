"""Finding money amounts in text: a regular expression built from
models/money.json, and the amounts (value, currency, offsets) it yields.

Pure functions over strings, so they are tested without spaCy; the spaCy
component in pipeline.components.money turns the results into spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from pipeline.normalize.money import (
    amount_value,
    as_list,
    currency_candidates,
    home_currency,
    iso_codes,
    money_table,
    resolve_currency,
    scale_value,
)
from pipeline.resources import load_json

TABLE = "money.json"
# ISO codes that are also ordinary upper-case words or company tickers.
_ISO_CLASHES = {"ALL", "CUP", "TOP", "AMD", "PEN", "BOB", "SOS", "GEL", "MOP", "CAT", "BAM", "STD", "SVC"}
_NUMBER_WORDS = {"half a": 0.5, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                 "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
# A bare "$" sum written as a Spanish-language paper writes its peso: "$95.000 millones", "$2,3 billones", "$3.500".
# ("$3,850 million pesos": the sign and the peso named together, in a Mexican company's English release)
_PESO_WRITTEN = re.compile(r"(?<![A-Za-z$])\$\s?(?:\d{1,3}(?:\.\d{3})+(?![\d.])|\d[\d.,]*\s(?:mil\s)?(?:millones|billones)\b"
                           r"|\d[\d.,]*(?:\s(?:million|billion|mil|millones|billones))?\s(?:de\s)?pesos\b"
                           # "$62,000 million (about US$66 million)": thousands of millions, or a bare "$" the story
                           # converts into US dollars (not "$212 million (US$ 30 million in cash)", a part)
                           r"|\d{1,3}(?:,\d{3})+\smillion\b"
                           r"|\d[\d.,]*(?:\s(?:million|billion))?\s\((?:about|approximately|around|some|roughly)\sUS\$)")
_EXCHANGE_RATE = re.compile(r"\s(?:to|per|against|a)\s(?:the\s|one\s|each\s)?(?:U\.?S\.?\s|US\s)?"
                            r"(?:dollar|euro|pound|yen|yuan|greenback)\b")
# "The dollar was at 151.30 yen", "the euro traded at $1.08": a currency's price in another, no amount.
_RATE_BEFORE = re.compile(r"\b(?:dollar|euro|pound|sterling|yen|yuan|greenback|rupee|ringgit|baht|won|peso)\s(?:was|is|stood|"
                          r"traded|trades|changed hands|bought|fetched|fell|rose|weakened|strengthened)"
                          r"(?:\s(?:flat|steady|unchanged|little changed))?"
                          r"(?:\s(?:to|at|as high as|as low as|beyond|past|above|below))?\s$", re.I)
_PRICE_BEFORE = re.compile(r"\b(?:to|at|from|of|by|was|were|closed|ended|fell|rose|around|about)\s$")
# (Swiss prices group thousands with an apostrophe: "CHF 1'186")
# (thousands grouped with commas or dots, with apostrophes, "CHF 1'200'000", or with spaces, "US$ 41 300 000",
# "R2 500 000,50", as South African and French filings write them)
_NUM = (r"\d{1,3}(?:[,.]\d{3})+(?!\d)(?:\.\d+)?|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?"
        r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d%])(?:[.,]\d+)?|\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    text: str
    value: float
    currency: str


_YEAR = re.compile(r"(?:19|20)\d\d")
_WORDS_BEFORE = re.compile(r"\b(?:hundred|thousand|million|billion|trillion|twenty|thirty|forty|fifty|sixty|seventy|"
                           r"eighty|ninety)(?: and)?[\s-]+$", re.I)
_BRACKET_AFTER = re.compile(r"\s*\(\s*(?:(?:about|around|approximately|roughly|some|or|nearly|almost)\s+)?")


# "pounds of milk": after "of", a thing weighed, not money ("£5 million of investment" is written with the sign).
_WEIGHED = re.compile(r"\s+of\s+(?!(?:investment|funding|capital|spending|debt|equity|public|taxpayers|sterling)\b)[a-z]")


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=4)
def money_regex(table_name: str = TABLE) -> re.Pattern[str]:
    t = money_table(table_name)
    single = {p for p in t["prefixes"] if len(p) == 1 and p.isalpha()}
    prefixes = [p for p in t["prefixes"] if p not in single]
    iso = sorted(iso_codes() - _ISO_CLASHES)
    # Headlines capitalise: "$200 Million", "KRW 450 BILLION".
    scales = _alt([v for w in t["scales"] for v in (w, w.capitalize(), w.upper()) if len(w) > 1 or v == w])
    # (and a currency word in capitals, as a headline or a wire brief shouts it: "3.2 BILLION BAHT")
    suffixes = _alt(list(t["suffixes"]) + iso + [w.upper() for w in t["suffixes"] if len(w) > 2 and w.islower()])
    # A prefix that is letters must not be glued to a word before it ("ARM5").
    prefix = rf"(?:(?<![A-Za-z])(?:{_alt(prefixes + iso)})|(?<![A-Za-z0-9])(?:{_alt(single)})(?=\d))"
    scale = rf"(?:\s?-?\s?(?:{scales})(?![A-Za-z]))"
    # (not inside a number, "1.38"; but after a dotted prefix written against it: "Rs.38 crore", "B/.22.8 million")
    num = rf"(?<![\d,])(?<!\d\.)(?:{_NUM})"
    rng = rf"(?:\s?(?:-|–|—|to)\s?(?P<pre2>{prefix})?\s?(?P<num2>{num})(?P<scale2>{scale})?)"
    # ("38.5 billion baht", and the compound adjective "a 38.5-billion-baht data centre")
    # (and a sign after the number, as French writes it: "800 000 $", "42 M$", "3,2 M€")
    suffix = rf"(?:(?:\s|(?<=[a-z\d])-|(?<=[\dM])(?=[$€£]))(?P<suf>{suffixes})(?![A-Za-z]))"
    brng = rng.replace("pre2", "bpre2").replace("num2", "bnum2").replace("scale2", "bscale2")
    words = _alt(_NUMBER_WORDS)
    pattern = (
        rf"(?P<pre>{prefix})\s?(?P<num>{num})(?P<scale>{scale})?{rng}?{suffix}?"
        rf"|(?P<bnum>{num})(?P<bscale>{scale})?(?:{brng})?{suffix.replace('suf', 'bsuf')}"
        rf"|(?P<cnum>{num})(?P<cscale>\s(?:lakh crores?|crore|crores|lakh|lakhs)(?![A-Za-z]))"
        # "two billion dollars": a number in words needs its scale and its currency word
        rf"|(?<![A-Za-z])(?<!point\s)(?<!point-)(?P<wnum>(?i:{words}))(?P<wsep>[\s-])(?P<wscale>million|billion|trillion)(?P=wsep)(?P<wsuf>{suffixes})(?![A-Za-z])"
        # "rose 3% to 412p", "770 pence", "20 cents": a price in the currency's hundredths
        rf"|(?<![\w.,$€£])(?P<pnum>\d+(?:\.\d+)?)(?P<punit>p|\spence|\scents)(?![A-Za-z])"
    )
    return re.compile(pattern)


@lru_cache(maxsize=4)
def _count_words(table_name: str) -> frozenset[str]:
    """Words after a bare lakh or crore that count things, not rupees (models/money.json)."""
    return frozenset(load_json(table_name).get("count_words", []))


# "(All figures in TT dollars unless otherwise stated)", "All dollar amounts are in Canadian dollars", "All amounts
# are expressed in US$": a note on what the article's bare "$" is (only a dollar's: "All figures in EUR" says nothing
# of "$").
_ALL_FIGURES = re.compile(r"(?i:\ball\s+(?:dollar\s+)?(?:figures|amounts|sums|values|prices|numbers)"
                          r"(?:\s+(?:are|quoted|given|stated|expressed|shown|reported))*\s+in\s+)"
                          r"(?P<cur>(?:[A-Z][A-Za-z.]*\s+){1,2}(?i:dollars)|[A-Z]{0,3}\$)")


def _declared_dollar(text: str, countries: Iterable[str]) -> str | None:
    """The currency a note says the article's bare "$" is ("All figures in TT dollars": TTD), if it is a dollar.

    >>> _declared_dollar("(All figures in TT dollars unless otherwise stated)", [])
    'TTD'
    >>> _declared_dollar("All dollar amounts are in Canadian dollars.", [])
    'CAD'
    >>> _declared_dollar("All figures are preliminary.", []) is None
    True
    """
    m = _ALL_FIGURES.search(text)
    if m is None:
        return None
    cur = m.group("cur").strip()
    code = resolve_currency(cur, list(countries))
    if code is None and cur.lower().endswith("dollars"):
        code = resolve_currency(cur.rsplit(None, 1)[0].strip() + "$", list(countries))  # "TT dollars": TT$
    return code


def _cents_of(countries: list[str], local: str | None, t: Mapping) -> str | None:
    """Whose hundredths "cents" are: the currency of the dateline's country where it has one of its own ("42 cents"
    in a Windhoek results story are Namibian; in Colombo, Sri Lankan rupees'), else the article's dollar.

    >>> _cents_of(["NA", "ZA"], "NA", money_table())
    'NAD'
    >>> _cents_of(["US"], None, money_table())
    'USD'
    """
    own = home_currency(local, t)
    return own if own is not None and own != "GBP" else resolve_currency("$", countries, local=local)


def _below(num2: str, num: str) -> bool:
    """The second number of a would-be range is lower than the first ("4,200 crore – 3,100")."""
    try:
        return amount_value(num2, None) < amount_value(num, None)
    except ValueError:
        return False


def _scale_word(s: str | None) -> str | None:
    return s.strip(" -") if s else None


def _counted_plural(word: str) -> bool:
    """A lower-case plural noun, the things a bare lakh or crore counts ("castings", "bottles"), not rupees."""
    return word.isalpha() and word.islower() and len(word) > 3 and word.endswith("s") \
        and not word.endswith(("ss", "us")) and word not in ("rupees", "crores", "lakhs")


def find_amounts(
    text: str, countries: Iterable[str] = (), table_name: str = TABLE, local: str | None = None,
    dated: str | None = None,
) -> list[Amount]:
    """Every money amount in ``text``; ``countries`` (ISO alpha-2, most named
    first) settles ambiguous forms such as "Rs" or "pesos"; ``local`` (the
    dateline's country, or where the story is set) makes a bare "$" that country's dollar; ``dated`` (the dateline's
    country, where the story may be set elsewhere) says whose cents a share price is in.

    >>> [(a.text, a.value, a.currency) for a in find_amounts("approximately $2.13 billion into")]
    [('$2.13 billion', 2130000000.0, 'USD')]
    >>> [(a.text, a.value) for a in find_amounts("RM10 billion ($2.1 billion)")]
    [('RM10 billion', 10000000000.0), ('$2.1 billion', 2100000000.0)]
    >>> [(a.value, a.currency) for a in find_amounts("between $1-2 billion")]
    [(1000000000.0, 'USD'), (2000000000.0, 'USD')]
    >>> [(a.text, a.value) for a in find_amounts("To Build $200 Million EV Factory")]
    [('$200 Million', 200000000.0)]
    >>> find_amounts("22.6% of GDP and 26,500 jobs")
    []
    >>> [(a.text, a.currency) for a in find_amounts("a record ¥180bn. It will spend 180 billion yen", ["CN"])]
    [('¥180bn', 'JPY'), ('180 billion yen', 'JPY')]
    >>> [(a.value, a.currency) for a in find_amounts("$2,3 billones (US$ 1.900 millones)", local="AR")]
    [(2300000000000.0, 'ARS'), (1900000000.0, 'USD')]
    >>> [(a.value, a.currency) for a in find_amounts("$2.3 billion (US$ 1.9 billion)", local="AR")]  # a wire's dollar
    [(2300000000.0, 'USD'), (1900000000.0, 'USD')]
    """
    t = money_table(table_name)
    count_words = _count_words(table_name)
    countries = list(countries)
    needs_country = t.get("needs_country", {})
    # "$95.000 millones", "$3.500" in a story set in Argentina: a "$" written the way a peso is (thousands grouped
    # with dots, Spanish scale words) is the article's peso, every "$" of it.
    peso = t.get("dollar_sign_pesos", {}).get(local) if _PESO_WRITTEN.search(text) else None
    # "(All figures in TT dollars unless otherwise stated)": the article says what its bare "$" is.
    bare_dollar = _declared_dollar(text, countries) or peso
    out: list[Amount] = []
    shared: list[tuple[int, int, list[str]]] = []  # amounts written in a form several currencies share ("¥", "kr")
    for m in money_regex(table_name).finditer(text):
        g = m.groupdict()
        if g["num"] is not None:
            form, num, scale, num2, scale2 = g["pre"], g["num"], g["scale"], g["num2"], g["scale2"]
            suffix = g["suf"]
        elif g["bnum"] is not None:
            form, num, scale, num2, scale2 = g["bsuf"], g["bnum"], g["bscale"], g["bnum2"], g["bscale2"]
            suffix = None
        elif g["wnum"] is not None:
            if _WORDS_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue  # "(one billion one hundred and forty million Saudi riyals)": the tail of a longer sum
            currency = resolve_currency(g["wsuf"], countries, local=local)
            if currency is not None:
                value = _NUMBER_WORDS[g["wnum"].lower()] * float(scale_value(g["wscale"]))
                out.append(Amount(m.start(), m.end(), m.group(0), value, currency))
            continue
        elif g["pnum"] is not None:
            if g["punit"] == "p" and not _PRICE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "412p" is a share price after "to", "at" ...; "a 1080p screen" is not
            # pence are pounds' hundredths; cents those of the article's dollar
            currency = "GBP" if g["punit"].strip() in ("p", "pence") else _cents_of(countries, dated or local, t)
            if currency is not None:
                out.append(Amount(m.start(), m.end(), m.group(0), float(Decimal(g["pnum"]) / 100), currency))
            continue
        else:
            # "5,000 crore" with no currency: crore and lakh are rupee scales, unless they count things (a
            # listed word, or any plural noun: "36 lakh castings a year")
            nxt = text[m.end() : m.end() + 30].split()
            word = nxt[0].strip(".,;") if nxt else ""
            if word.lower() in count_words or _counted_plural(word):
                continue
            form, num, scale, num2, scale2, suffix = "rupees", g["cnum"], g["cscale"], None, None, None
        form = form.strip()
        if form in needs_country and not set(as_list(needs_country[form])) & set(countries):
            continue
        if (suffix or form).strip().lower() in ("pound", "pounds") and _WEIGHED.match(text, m.end()):
            continue  # "another 1.2 million pounds of milk a day": a weight
        # "US$2 billion US dollars" is rare; a suffix currency word after a
        # prefix only sharpens an ambiguous prefix ("$5 billion Singapore dollars").
        currency = resolve_currency(suffix, countries) if suffix and form == "$" else None
        currency = currency or (bare_dollar if form == "$" and bare_dollar
                                else resolve_currency(form, countries, local=local))
        if currency is None or _EXCHANGE_RATE.match(text, m.end()) \
                or _RATE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # ("N1,530 to the dollar", "the dollar was at 151.30 yen": exchange rates, no amounts)
        cands = currency_candidates(form, t) if form != "$" and not suffix else []
        if len(cands) > 1:
            shared.append((m.start(), m.end(), cands))
        sw, sw2 = _scale_word(scale), _scale_word(scale2)
        if not sw and suffix is None and form in t.get("suffix_scales", {}):
            sw = t["suffix_scales"][form]  # "18 MDT": millions of Tunisian dinars
        p = "" if g["num"] is not None else "b"
        end = m.end()
        start = m.start()
        if p == "b" and num2 is not None and not sw and _YEAR.fullmatch(num):
            # "... in 2025 to 2.3 billion yuan": a year, then the sum it goes to, no range
            start, num, num2, sw = m.start("bnum2"), num2, None, sw2
        if num2 is not None and not sw2 and not g.get(p + "pre2") and _YEAR.fullmatch(num2):
            # "A$400 million to 2030": the year the money runs to, no range
            end = m.end(p + "scale") if g[p + "scale"] else m.end(p + "num")
            num2 = None
        if num2 is not None and sw and not sw2 and not g.get(p + "pre2") and (
                _below(num2, num) or text[m.end(p + "scale") : m.start(p + "num2")] in (" – ", " - ", " — ")):
            # "₹4,200 crore – 3,100 jobs": a list's next field, no range (a range's upper end is not lower, nor
            # set apart by a spaced dash with the scale written only before it)
            end = m.end(p + "scale")
            num2 = None
        try:
            if num2 is not None:
                # "$1-2 billion": the first number borrows the second's scale.
                v1 = amount_value(num, sw or sw2)
                v2 = amount_value(num2, sw2 or sw)
                # Two amounts, two spans: the whole range, and its upper end.
                s2 = m.start("num2") if g["num"] is not None else m.start("bnum2")
                out.append(Amount(m.start(), m.end(), m.group(0), v1, currency))
                out.append(Amount(s2, m.end(), text[s2 : m.end()], v2, currency))
            else:
                out.append(Amount(start, end, text[start:end], amount_value(num, sw), currency))
        except ValueError:
            continue
    # "a record ¥180bn" in a headline, "180 billion yen" in the body: a sum in a form several currencies share is
    # in the currency the article names for the same sum, where that is one of the form's.
    if shared:
        def form_of(a: Amount) -> list[str] | None:
            return next((c for s, e, c in shared if s <= a.start < e), None)
        for i, a in enumerate(out):
            cands = form_of(a)
            if cands:
                named = {b.currency for b in out if b.value == a.value and form_of(b) is None and b.currency in cands}
                if len(named) == 1:
                    out[i] = Amount(a.start, a.end, a.text, a.value, named.pop())
    # "($1 = 3.9810 zlotys)", "(1 euro = 1.173 U.S. dollar)": an exchange rate's two sides are no amounts.
    out = [a for a in out if a.value > 0 and not text[a.end : a.end + 3].lstrip().startswith("=")
           and not text[max(0, a.start - 3) : a.start].rstrip().endswith("=")]
    if local is not None:
        # "A$2.6 billion ($1.7 billion)" in a Perth story: a bare "$" bracketed after a sum the story writes in its
        # own dollars by name converts it for readers abroad, in US dollars (but after "US$50 million" or
        # "¥12 billion" a Toronto paper's "($68 million)" gives its own dollars).
        for i in range(1, len(out)):
            a, b = out[i], out[i - 1]
            if a.text.startswith("$") and a.currency != "USD" and not b.text.startswith("$") and b.currency == a.currency \
                    and _BRACKET_AFTER.fullmatch(text, b.end, a.start):
                out[i] = Amount(a.start, a.end, a.text, a.value, "USD")
    return out
