"""Company and person name normalization."""

from __future__ import annotations

import pytest

from pipeline.normalize.names import company_name, person_key_parts, split_person_tokens

_COMPANIES = [
    ("Sime Darby Sdn Bhd", "Sime Darby"),
    ("YTL Power International Bhd", "YTL Power International"),
    ("PT Telkom Indonesia Tbk", "Telkom Indonesia"),
    ("Samsung Electronics Co., Ltd.", "Samsung Electronics"),
    ("Siemens AG", "Siemens"),
    ("Tesla Inc.", "Tesla"),
    ("Barclays plc", "Barclays"),
    ("Banco Santander S.A.", "Banco Santander"),
    ("Reliance Industries Limited", "Reliance Industries"),
    ("Emaar Properties PJSC", "Emaar Properties"),
    ("Infineon Technologies AG", "Infineon Technologies"),
    ("Oracle’s", "Oracle"),
    ("the Walt Disney Company", "Walt Disney"),  # "Company" is the long form of "Co.", a legal form
    ("Bain & Company", "Bain & Company"),  # "& Company" is the firm's name
    ("Bank of America", "Bank of America"),
    ("Kasikornbank Public Company Limited", "Kasikornbank"),
    # Gulf free-zone and Central European legal forms
    ("Sarvodaya Pharma Middle East FZE", "Sarvodaya Pharma Middle East"),
    ("Gulf Cold Chain FZCO", "Gulf Cold Chain"),
    ("Al Noor Trading W.L.L.", "Al Noor Trading"),
    ("Duna Logisztika Kft.", "Duna Logisztika"),
    ("Moravia Steel a.s.", "Moravia Steel"),
    # a legal form with the sentence's full stop in its token; legal forms of Bulgaria, Romania, Croatia, Bahrain
    ("Nordfyns Bank A/S.", "Nordfyns Bank"),
    ("Hessler Bordnetz GmbH.", "Hessler Bordnetz"),
    ("Stroymontazh Trakia EOOD", "Stroymontazh Trakia"),
    ("Vopsele Carpați S.R.L.", "Vopsele Carpați"),
    ("Kovinoplast Ptuj d.d.", "Kovinoplast Ptuj"),
    ("Awal Alloys B.S.C.", "Awal Alloys"),
    ("Pesquera Humboldt SAA", "Pesquera Humboldt"),  # a Peruvian open corporation's form, undotted
    ("Agroindustrial Guaraní S.A.E.C.A.", "Agroindustrial Guaraní"),  # a Paraguayan open corporation
    ("Kandyan Builders (Pvt)", "Kandyan Builders"),  # a bracketed legal form the NER cut before "Ltd"
]


@pytest.mark.parametrize("text,expected", _COMPANIES, ids=[x[0] for x in _COMPANIES])
def test_company_name_strips_legal_forms(text, expected):
    assert company_name(text) == expected


@pytest.mark.parametrize(
    "words,name",
    [(["Mr", "Lim", "Guan", "Eng"], ["Lim", "Guan", "Eng"]),
     (["Datuk", "Seri", "Anwar", "Ibrahim"], ["Datuk", "Seri", "Anwar", "Ibrahim"]),
     (["Dr", "Wee", "Ka", "Siong"], ["Wee", "Ka", "Siong"]),
     (["Tan", "Sri", "Mokhzani"], ["Tan", "Sri", "Mokhzani"])],
    ids=["Mr", "Datuk Seri", "Dr", "Tan Sri"],
)
def test_courtesy_titles_drop_honorifics_stay(words, name):
    assert split_person_tokens(words)[1] == name


def test_short_form_shares_key_parts():
    assert set(person_key_parts("Zafrul")) <= set(person_key_parts("Tengku Zafrul Aziz"))
