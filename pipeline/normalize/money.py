"""Money amounts: the number, its scale word and its ISO 4217 currency.

price-parser reads the number (thousands separators, decimal commas); the
scale word ("bn", "crore") and the currency form ("RM", "ringgit") come
from models/money.json and are handled here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache

from price_parser import Price

from pipeline.resources import load_json

TABLE = "money.json"

# Unit words of ISO 4217 names that are also English words, or not money a story would write after a number
# ("passed the 1 million mark", "2 billion real terms", "50 million sol", "gold", "silver").
_UNIT_NOT_WORDS = {"mark", "real", "sol", "som", "sum", "dram", "oro", "sucre", "gold", "silver", "platinum",
                   "palladium", "account", "mvdol", "fomento", "previsional", "uruguayo", "involved", "purposes"}


@lru_cache(maxsize=1)
def currency_names() -> dict[str, str]:
    """Currency words from ISO 4217 (pycountry) as news writes them after a number: the name with its
    unit in lower case, singular and plural ("Tanzanian shillings", "Czech koruna"), and a unit word
    that names one currency only ("koruna", "forint", "cedis"). The hand table (models/money.json)
    overrides these (its ambiguous forms, "rupees", "pesos", pick by the article's country)."""
    import pycountry

    names: dict[str, str] = {}
    units: dict[str, set[str]] = {}
    for c in pycountry.currencies:
        words = c.name.split()
        if not all(w.isalpha() or w == "’" for w in words):
            continue  # "CFA Franc BEAC" keeps; "SDR (Special Drawing Right)" does not
        unit = words[-1].lower()
        units.setdefault(unit, set()).add(c.alpha_3)
        if len(words) == 2 and words[0][0].isupper() and unit not in _UNIT_NOT_WORDS:
            for form in (unit, unit + ("" if unit.endswith("s") else "s")):
                names[f"{words[0]} {form}"] = c.alpha_3
                names[f"{words[0]} {form.capitalize()}"] = c.alpha_3
    for unit, codes in units.items():
        if len(codes) == 1 and unit not in _UNIT_NOT_WORDS and unit.isalpha():
            code = next(iter(codes))
            names.setdefault(unit, code)
            names.setdefault(unit + "s", code)
    return names


@lru_cache(maxsize=4)
def money_table(name: str = TABLE) -> dict:
    """models/money.json with the ISO 4217 currency words (``currency_names``) added to its suffixes."""
    table = dict(load_json(name))
    table["suffixes"] = {**currency_names(), **table["suffixes"]}
    return table


def parse_number(text: str) -> Decimal | None:
    """The number in a money span's digits.

    >>> parse_number("2.13")
    Decimal('2.13')
    >>> parse_number("5,000")
    Decimal('5000')
    >>> parse_number("1,234.5")
    Decimal('1234.5')
    >>> parse_number("0.235")  # a share price in cents: no thousands group opens with a zero
    Decimal('0.235')
    """
    if re.fullmatch(r"0[.,]\d+", text.strip()):
        return Decimal(text.strip().replace(",", "."))
    amount = Price.fromstring(text).amount
    return amount


def scale_value(word: str | None, table: Mapping | None = None) -> Decimal:
    """The multiplier of a scale word; 1 for none.

    >>> scale_value("bil")
    Decimal('1000000000')
    >>> scale_value("crore")
    Decimal('10000000')
    >>> scale_value(None)
    Decimal('1')
    """
    if not word:
        return Decimal(1)
    scales = (table or money_table())["scales"]
    w = word.strip(" -")
    value = scales.get(w, scales.get(w.lower()))
    if value is None:
        raise ValueError(f"unknown scale word {word!r}")
    return Decimal(str(int(value)))


def amount_value(number: str, scale: str | None = None) -> float:
    """Full value in currency units.

    >>> amount_value("2.13", "billion")
    2130000000.0
    >>> amount_value("1.5", "bil")
    1500000000.0
    >>> amount_value("5,000", "crore")
    50000000000.0
    >>> amount_value("500", "m")
    500000000.0
    >>> amount_value("6.165", "billion")  # with a scale word, one dot is a decimal point
    6165000000.0
    >>> amount_value("475.000", "millones")  # but not before a scale word of a language that groups with dots
    475000000000.0
    """
    if scale and scale.strip(" -").lower() in money_table().get("dot_grouped_scales", []) \
            and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number):
        number = number.replace(".", "")
    if scale and number.count(".") == 1 and "," not in number:
        return float(Decimal(number) * scale_value(scale))
    n = parse_number(number)
    if n is None:
        raise ValueError(f"no number in {number!r}")
    return float(n * scale_value(scale))


def dotted_prefixes(table: Mapping | None = None) -> list[str]:
    """Currency prefixes written as a dotted abbreviation ("Rs.", "Gs.", "S/."): one token each in the pipeline.

    >>> "Gs." in dotted_prefixes() and "US$" not in dotted_prefixes()
    True
    """
    return [k for k in (table or money_table())["prefixes"] if k[:1].isalpha() and k.endswith(".")]


def as_list(value: str | list[str]) -> list[str]:
    """A money table value, one code or several, as a list."""
    return [value] if isinstance(value, str) else list(value)


def currency_candidates(form: str, table: Mapping | None = None) -> list[str]:
    """ISO codes a currency form may stand for, the default first.

    >>> currency_candidates("RM")
    ['MYR']
    >>> currency_candidates("Rs")[:2]
    ['INR', 'PKR']
    >>> currency_candidates("Singapore dollars")
    ['SGD']
    >>> currency_candidates("EUR")
    ['EUR']
    """
    t = table or money_table()
    form = form.strip()
    for key in ("prefixes", "suffixes"):
        for cand in (form, form.lower()):
            v = t[key].get(cand)
            if v is not None:
                return as_list(v)
    for key in ("suffixes",):
        for k, v in t[key].items():
            if k.lower() == form.lower():
                return as_list(v)
    if re.fullmatch(r"[A-Z]{3}", form) and form in iso_codes():
        return [form]
    return []


def resolve_currency(form: str, countries: Iterable[str] = (), table: Mapping | None = None,
                     local: str | None = None) -> str | None:
    """The ISO code for a currency form, given the countries an article names
    (most named first). ``local`` is the dateline's country: a paper in Toronto
    or Sydney writes its own dollars as "$".

    >>> resolve_currency("$", ["CA"], local="CA")
    'CAD'
    >>> resolve_currency("$", ["CA"])
    'USD'

    >>> resolve_currency("$")
    'USD'
    >>> resolve_currency("Rs", ["PK", "IN"])
    'PKR'
    >>> resolve_currency("Rs", ["MY"])
    'INR'
    >>> resolve_currency("yuan")
    'CNY'
    >>> resolve_currency("pesos", ["PH"])
    'PHP'
    >>> resolve_currency("CFA francs", ["CI", "FR"])
    'XOF'
    """
    t = table or money_table()
    cands = currency_candidates(form, t)
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    if form.strip() == "$" and t.get("dollar_sign_defaults_to_usd"):
        return next((c for c in cands if local is not None and t["by_country"].get(c) == local), cands[0])
    by_country = t["by_country"]
    for country in countries:
        for c in cands:
            home = by_country.get(c)
            if home is not None and country in as_list(home):
                return c
    return cands[0]


def home_currency(country: str | None, table: Mapping | None = None) -> str | None:
    """The one currency the money table gives as ``country``'s own (its "by_country" entries), or None.

    >>> home_currency("NA")
    'NAD'
    >>> home_currency("SN")
    'XOF'
    >>> home_currency(None) is None
    True
    """
    if country is None:
        return None
    t = table or money_table()
    own = [c for c, home in t["by_country"].items() if country in as_list(home)]
    return own[0] if len(own) == 1 else None


@lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)
