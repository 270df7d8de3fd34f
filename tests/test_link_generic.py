"""Deals (spec section 2): general news forms the linker reads by their parse
(who speaks, which clause a word sits in, what a relative clause describes),
with sentences written for these tests. Each text is a whole small article:
a headline, a blank line, the body. Rows are (investor, amount, currency,
location); None = any."""

from __future__ import annotations

import pytest
from dealtools import deals_of
from dealtools import matches as _matches

pytestmark = pytest.mark.slow


_DEALS = [
    # "would" in a clause a speech verb governs, however many words back, reports a plan ("after saying it
    # would", "said ... but that it would"); and "it" in a relative clause is the company the clause is on,
    # not the previous sentence's subject.
    ("Midcaps rally\n\nHalvorsen Shipping ASA said it would order two tankers. The top gainer was Tern Logistics "
     "Ltd, which jumped 6% to S$2.10 after saying it would invest RM900 million in a warehouse park in Senai.",
     [("Tern Logistics", 900_000_000, "MYR", "Senai")]),
    ("Storm damage\n\nFoxconn Technology Group said floods had affected a warehouse at its site in Bac Giang "
     "province but that it would still expand its factory in Quang Ninh.",
     [("Foxconn Technology Group", None, None, "Quang Ninh")]),
    # Two towns of one country are two sites: the second facility is a deal of its own.
    ("Two sites\n\nOstrava Data Ltd will invest RM1.5 billion in a campus in Nusajaya. Ostrava Data is also "
     "building a 20MW facility in Kulai.",
     [("Ostrava Data", 1_500_000_000, "MYR", "Nusajaya"), ("Ostrava Data", None, None, "Kulai")]),
    # A coordinated clause with its own subject keeps its place: Penang is the first company's, Kulim the second's.
    ("Suppliers\n\nKestrel Components Ltd is expanding its test centre in Penang, and chemical maker Orvane Gas Co "
     "is building a gas plant in Kulim.",
     [("Kestrel Components", None, None, "Penang"), ("Orvane Gas", None, None, "Kulim")]),
    # "is building what it says will be X": the facility the clause names.
    ("Refinery\n\nPERTH — Orvane Minerals Ltd is building what it says will be the country's largest lithium "
     "refinery in Kwinana.",
     [("Orvane Minerals", None, None, "Kwinana")]),
    # A facility reported first and sized later (or in the next sentence by "it") is one commitment, not two.
    ("Two sentences\n\nPanasonic Holdings Corp is building a battery plant in De Soto, Kansas. The plant will cost "
     "$4 billion.",
     [("Panasonic Holdings", 4_000_000_000, "USD", "De Soto")]),
    ("Izmir plant\n\nBYD Co Ltd said it will build a car plant in Izmir, Turkey. It will invest $1 billion in the "
     "factory, the company said.",
     [("BYD", 1_000_000_000, "USD", "Izmir")]),
    # Breaking ground commits the sum of the facility it breaks ground on.
    ("Groundbreaking\n\nVinFast Auto Ltd broke ground on a $4 billion factory in North Carolina on Friday.",
     [("VinFast Auto", 4_000_000_000, "USD", "North Carolina")]),
    # "The fab carries a price tag of N" sizes the fab reported before (a cost, not a price); a partner the
    # subject's modifier names ("built with X") is not its investor.
    ("Fab\n\nWhen Orvane Semiconductor Ltd broke ground on its first fab at Sanand last year, officials cheered. "
     "The Sanand fab, built with Taiwan's Kestrel Foundry Corp, carries a price tag of $11 billion.",
     [("Orvane Semiconductor", 11_000_000_000, "USD", None)]),
    ("Smelter\n\nKestrel Aluminium Ltd is building a smelter in Sohar. The smelter carries a price tag of "
     "$2.4 billion, the company said.",
     [("Kestrel Aluminium", 2_400_000_000, "USD", "Sohar")]),
    # A hedge in a clause set beside the commitment ("while ... remains on hold") does not hedge it.
    ("Rivals\n\nOrvane Auto Inc said it would spend $1.1 billion expanding its factory in Coahuila, while Kestrel "
     "Motors' planned plant in Nuevo Leon remains on hold.",
     [("Orvane Auto", 1_100_000_000, "USD", "Coahuila")]),
    # A round's lead is the object of "led by", however many words describe it.
    ("Round\n\nJakarta-based Lumbung Pay has raised $45 million in a Series B round led by Temasek-backed Pavilion "
     "Capital, with participation from Golden Gate Ventures.",
     [("Pavilion Capital", 45_000_000, "USD", None), ("Golden Gate Ventures", None, None, None)]),
    # The country of what the money goes into ("a Thai PCB plant") before a place of another phrase.
    ("Boards\n\nKestrel Circuit Co will invest NT$5 billion in a Thai PCB plant as Nvidia suppliers in Taipei "
     "diversify.",
     [("Kestrel Circuit", 5_000_000_000, "TWD", "Thailand")]),
    # "received a $N investment from X": X puts the money in (with its partner named beside it).
    ("Stake\n\nGreenko Energy Holdings received a $700 million investment from Orix Corp and Abu Dhabi Investment "
     "Authority.",
     [("Orix", 700_000_000, "USD", None), ("Abu Dhabi Investment Authority", 700_000_000, "USD", None)]),
    # With several sums in a sentence, each takes the place written between it and the next.
    ("Summit\n\nInvestments announced at the summit included $10 billion from Microsoft Corp for data centres in "
     "Malaysia and $5 billion from Nvidia Corp for an AI hub in Johor.",
     [("Microsoft", 10_000_000_000, "USD", "Malaysia"), ("Nvidia", 5_000_000_000, "USD", "Johor")]),
    # "X led the $N round": the lead's sum.
    ("Lead\n\nThe deal values Zolvio at $1 billion. SoftBank Group Corp led the $150 million round.",
     [("SoftBank Group", 150_000_000, "USD", None)]),
    # A plan to spend is news even beside "so far" ("its largest site so far").
    ("Kano\n\nKestrel Group Ltd also plans to spend $4 million on a cooling centre in Kano, its largest site so far, "
     "by the end of 2026.",
     [("Kestrel Group", 4_000_000, "USD", "Kano")]),
    # A filing's defined terms: 'X Holdings Limited (... the "Group")' makes "the Group" X, not the subsidiary
    # the last sentence was about.
    ("Announcement\n\nSingapore, 2 May 2025 – The board of directors of Kestrel Marine Holdings Limited (\"Kestrel "
     "Marine\" or the \"Company\", and together with its subsidiaries, the \"Group\") announces that Kestrel Shipyard "
     "Pte Ltd, a wholly-owned subsidiary of the Company, has agreed to acquire a dry dock in Tuas for S$80 million. The "
     "Group will also invest S$45 million over two years to build a repair yard in Batam, Indonesia.",
     [("Kestrel Shipyard", 80_000_000, "SGD", None), ("Kestrel Marine Holdings", 45_000_000, "SGD", "Batam")]),
    # "the country" after the story has placed itself in another country is that country, not the investor's
    # home; a sentence naming only homes leaves the last place for "there".
    ("Gulf money\n\nCAIRO — Abu Dhabi's Orvane Capital agreed to invest $3 billion in Egypt. Saudi Arabia's Kestrel "
     "Fund PJSC has since pledged $5 billion for projects in the country. Emirati developer Kestrel Holding PSC "
     "plans to spend another $1 billion on hotels there.",
     [("Orvane Capital", 3_000_000_000, "USD", "Egypt"), ("Kestrel Fund", 5_000_000_000, "USD", "Egypt"),
      ("Kestrel Holding", 1_000_000_000, "USD", "Egypt")]),
    # Two named sites below the country are two deals, even in one country.
    ("Wind\n\nDanish wind developer Kestrel Energy A/S said on Monday it would invest $1.5 billion in an offshore "
     "wind farm off Binh Thuan province. The company is also building a blade factory in Hai Phong.",
     [("Kestrel Energy", 1_500_000_000, "USD", "Binh Thuan"), ("Kestrel Energy", None, None, "Hai Phong")]),
    # Places given as examples ("with A and B among its targets", "including A") are not where the money goes.
    ("Funds\n\nKestrel Estate Co said it had earmarked about 100 billion yen for property in Southeast Asia over "
     "the next three years, with Thailand and Malaysia among its targets.",
     [("Kestrel Estate", 100_000_000_000, "JPY", "Southeast Asia")]),
    # "X's €N fab in Y" sizes the company's own facility: a commitment however the sentence goes on.
    ("Delays\n\nSome flagship projects, such as Taiwanese chipmaker Kestrel Silicon Corp's 3 billion euro fab in "
     "Grenoble, first unveiled two years ago, are running late.",
     [("Kestrel Silicon", 3_000_000_000, "EUR", "Grenoble")]),
    # No-sum facility forms: plural facilities, "plans for" a facility, a line added, production moved to a plant.
    ("Hubs\n\nKestrel Motors Ltd announced plans for a new distribution hub in Rotterdam.",
     [("Kestrel Motors", None, None, "Rotterdam")]),
    ("Line\n\nKestrel Motors Ltd is also adding a production line in Suzhou.",
     [("Kestrel Motors", None, None, "Suzhou")]),
    ("Move\n\nKestrel Motors Ltd plans to relocate part of its production to a new plant in Bac Ninh.",
     [("Kestrel Motors", None, None, "Bac Ninh")]),
    ("Centres\n\nKestrel Cloud Ltd is building two data centres in Cyberjaya.",
     [("Kestrel Cloud", None, None, "Cyberjaya")]),
    # A venture's sum sizes both partners' facility reported with none.
    ("Venture\n\nOrvane Foods PJSC and Kestrel Cold Chain Q.P.S.C. said on Tuesday they would set up a joint venture "
     "to build temperature-controlled warehouses in Dubai. The venture will invest AED900 million over five years, "
     "the companies said.",
     [("Orvane Foods", 900_000_000, "AED", "Dubai"), ("Kestrel Cold Chain", 900_000_000, "AED", "Dubai")]),
    # A partner the commitment is made with ("partnering with X") carries it too.
    ("Partner\n\nDanish wind developer Kestrel Energy A/S said on Monday it would invest $1.5 billion in an offshore "
     "wind farm off Binh Thuan province, partnering with local firm Orvane Power JSC.",
     [("Kestrel Energy", 1_500_000_000, "USD", "Binh Thuan"), ("Orvane Power", 1_500_000_000, "USD", "Binh Thuan")]),
    # With no place in the predicate, the site the subject's apposition names ("X, the refinery in Y, ...").
    ("Refinery\n\nKestrel Refining SA, the refinery in Sines owned by Orvane Energy, is building an electrolyser to "
     "make green hydrogen.",
     [("Kestrel Refining", None, None, "Sines")]),
    # ... but a sum for another town of the same country is another site (the limit of the rule above).
    ("Two towns\n\nOstrava Data Ltd is building a 20MW facility in Kulai. Ostrava Data will also invest RM1.5 billion "
     "in a campus in Nusajaya.",
     [("Ostrava Data", None, None, "Kulai"), ("Ostrava Data", 1_500_000_000, "MYR", "Nusajaya")]),
    # A stake bought goes where the business it is in is ("a stake in Indian developer X"); the buyer's home
    # ("Canada's Brookfield") is no place for it, even as the article's only country.
    ("Stake\n\nCanada's Brookfield Asset Management will acquire a 51% stake in Indian renewable developer Greenko "
     "Energy for $2 billion.",
     [("Brookfield Asset Management", 2_000_000_000, "USD", "India")]),
    ("Stake\n\nThe Japanese trading house Mitsui & Co said it had agreed to acquire a 20% stake in an Australian "
     "lithium project for A$300 million.",
     [("Mitsui & Co", 300_000_000, "AUD", "Australia")]),
    # A news agency credited in the dateline with a double dash ("(Nordic Wire) --") is no investor.
    ("Agency\n\nOSLO, May 2 (Nordic Wire) -- Fjellvik Metals ASA will invest NOK 3 billion in a smelter in Mo i Rana.",
     [("Fjellvik Metals", 3_000_000_000, "NOK", None)]),
    # "Shares of X rose ... after the maker said it would": X, the company whose shares are the subject, not the
    # previous sentence's subject.
    ("Markets\n\nOrvane Textiles Ltd fell 2%. Shares of Kestrel Foods Inc rose 8% after the snack maker said it "
     "would spend $300 million on a plant in Ohio.",
     [("Kestrel Foods", 300_000_000, "USD", "Ohio")]),
    # "frozen" describing a product is no frozen plan.
    ("Pizza\n\nKestrel Foods Inc will invest $200 million in a frozen pizza plant in Ohio.",
     [("Kestrel Foods", 200_000_000, "USD", "Ohio")]),
    # "in western Kenya" is the country, even where a company's name begins with it ("Kenya Power").
    ("Raise\n\nNAIROBI — Mwanga Solar Ltd has raised $20 million in a round led by London-based Orvane Impact Partners "
     "LLP to build mini-grids in western Kenya. Kenya Power will connect the sites.",
     [("Orvane Impact Partners", 20_000_000, "USD", "Kenya")]),
    # The owner of what a sentence names ("into Tern Dairy's plant") is not what "it" means next when the
    # sentence's subject referred back.
    ("Dairy stake\n\nOrvane Foods Co has agreed to buy 60% of Tern Dairy Ltd. The Danish group will pump $40 million into "
     "Tern Dairy's plant in Aarhus. It will also build a cheese factory in Odense.",
     [("Orvane Foods", 40_000_000, "USD", "Aarhus"), ("Orvane Foods", None, None, "Odense")]),
    # "We" in a chief's answer or quote is the company whose commitment the story reported first.
    ("Interview\n\nBANGKOK — Tern Parcel Pcl is spending 2 billion baht on new hubs in Thailand, its chief said.\n\n"
     "Q: Will you go abroad?\n\nA: Yes. We are putting 500 million baht into a hub in Phnom Penh.",
     [("Tern Parcel", 2_000_000_000, "THB", "Thailand"), ("Tern Parcel", 500_000_000, "THB", "Phnom Penh")]),
    # A sentence with no sum that has a joint venture with Z build or run the commitment just reported gives it a
    # partner carrying the same sum; not a venture told as history, nor one that only could run it.
    ("Float glass\n\nKestrel Glass Co will invest 800 billion won in a float glass plant in Gunsan. The plant will be "
     "run by a joint venture with Japan's Orvane Glass Ltd, which will own 40 percent.",
     [("Kestrel Glass", 800_000_000_000, "KRW", "Gunsan"), ("Orvane Glass", 800_000_000_000, "KRW", "Gunsan")]),
    ("Old venture\n\nKestrel Glass Co will invest 800 billion won in a float glass plant in Gunsan. Its earlier joint "
     "venture with Orvane Glass Ltd was dissolved in 2019.",
     [("Kestrel Glass", 800_000_000_000, "KRW", "Gunsan")]),
    ("Maybe a venture\n\nKestrel Glass Co will invest 800 billion won in a float glass plant in Gunsan. The plant could "
     "later be run by a joint venture with Orvane Glass Ltd.",
     [("Kestrel Glass", 800_000_000_000, "KRW", "Gunsan")]),
    # A consortium: the members a sentence with no sum names as backing the buyer "in the deal" carry its price,
    # and a further sum "the buyers" commit (a year the span runs to is no sum); a company that merely "is
    # backed by" a fund gives that fund no deal.
    ("Harbour deal\n\nA consortium led by Kestrel Infrastructure Partners will buy the container terminal at Geelong "
     "from Tern Logistics Ltd for A$1.2 billion. Kestrel is backed in the deal by Orvane Capital Ltd and Wattle Super "
     "Fund, a pension scheme. The buyers have also committed to spend a further A$300 million to 2030 on new cranes "
     "at the terminal.",
     [("Kestrel Infrastructure Partners", 1_200_000_000, "AUD", "Geelong"),
      ("Orvane Capital", 1_200_000_000, "AUD", "Geelong"), ("Wattle Super Fund", 1_200_000_000, "AUD", "Geelong"),
      ("Kestrel Infrastructure Partners", 300_000_000, "AUD", None), ("Orvane Capital", 300_000_000, "AUD", None),
      ("Wattle Super Fund", 300_000_000, "AUD", None)]),
    ("Backed manager\n\nA consortium led by Kestrel Infrastructure Partners will buy the container terminal at Geelong "
     "from Tern Logistics Ltd for A$1.2 billion. Kestrel, which is backed by Wattle Super Pty Ltd, manages A$9 "
     "billion.",
     [("Kestrel Infrastructure Partners", 1_200_000_000, "AUD", "Geelong")]),
    # A round's lead is never what "the company" goes on to mean, even where the raiser is no company the
    # entity layer names: the raiser's spend has no investor here.
    ("Wallet round\n\nHANOI, 3 March 2026\n\nmoPay, a Hanoi-based mobile wallet, today announced that it has closed "
     "a US$30 million Series B round led by Orvane Capital Ltd.\n\nThe company said it will spend US$10 million on a "
     "new data centre in Da Nang.",
     [("Orvane Capital", 30_000_000, "USD", None)]),
    # A relative clause telling a company's build in progress ("X, the Chilean group, which is building its own
    # plant in Y") is its commitment, whatever the sentence's subject (however the parser hangs the description).
    ("Pulp\n\nThe valley already has mills run by Orvane Paper Ltd, Tern Celulose SA and Kestrel Fibre SA, the Chilean "
     "group, which is building its own plant in Três Lagoas.",
     [("Kestrel Fibre", None, None, "Três Lagoas")]),
]

_NOT_DEALS = [
    # A "would" of the relative clause's own condition is still a hedge.
    ("Maybe\n\nTern Logistics Ltd, which said demand was weak, would invest RM900 million in Senai if rates fell.",
     "a condition"),
    # A plan put on hold, paused or postponed is no commitment.
    ("On hold\n\nIntel Corp has put its $25 billion plant in Magdeburg on hold.", "on hold"),
    ("Price\n\nKestrel Aluminium Ltd said aluminium prices rose to $2,400 a tonne in Sohar.", "a price, not a tag"),
    # Money spent before the news is history, not a commitment.
    ("Ohio\n\nKestrel Motors Inc previously invested $500 million in a battery plant in Ohio.", "spent before"),
    # Money received is no investment when it pays for a contract or an order.
    ("Contract\n\nKestrel Builders Ltd won a $700 million contract from Orix Corp.", "a contract won"),
    ("Order\n\nKestrel Builders Ltd received a $50 million order from Orix Corp.", "an order received"),
    # What has been spent over a past span, so far or to date is history.
    ("Decade\n\nKestrel Group Ltd has invested more than $5 billion in India over the past decade.", "past decade"),
    ("So far\n\nKestrel Group Ltd has spent $2 billion on its Penang plants so far.", "so far"),
    ("To date\n\nKestrel Group Ltd has invested $900 million in Brazil to date.", "to date"),
    # Money taken in, managed or reported, not put in.
    ("Fund\n\nKestrel Capital Partners closed its third Asia fund at $1.2 billion, above its target.", "a fund's size"),
    ("Capex\n\nKestrel Group Ltd reported capital expenditure of $3 billion for the year.", "a reported year's figure"),
    ("Seeking\n\nKestrel Group Ltd is seeking $2 billion from investors for a new plant in Malaysia.",
     "money sought from others"),
    ("Assets\n\nKestrel Group Ltd's investment arm manages $50 billion in assets.", "assets managed"),
    ("IPO\n\nKestrel Group Ltd plans to list its Indian unit in Mumbai, raising as much as $1.5 billion.",
     "a listing's proceeds"),
    ("Buyback\n\nKestrel Group Ltd bought back $1 billion of its shares.", "shares bought back"),
    ("Delayed\n\nKestrel Group Ltd's $4 billion plant in Arizona, announced in 2022, is now delayed until 2027.",
     "a delayed plant"),
    # ... but not a facility's worth or price that no company owns in the sentence.
    ("Worth\n\nThe 3 billion euro fab in Grenoble is the region's largest.", "a facility no company owns here"),
    # Moving a team away from a town invests nothing there; a class of companies is no investor.
    ("Team\n\nKestrel Robotics Ltd will also relocate part of its research team from Kyoto to the new site.",
     "a team moved from a town"),
    ("Class\n\nDevelopers such as Kestrel Land Corp, Orvane Parks JSC and Lumen Estates are racing to open new "
     "parks in Bac Ninh and Hai Phong.", "examples of a class"),
    # ... not a home the apposition gives ("a Lisbon-based refiner").
    ("Home\n\nKestrel Refining SA, a Lisbon-based refiner, is building an electrolyser.", "a home"),
    ("Paused\n\nKestrel Motors Ltd has paused work on its 4 billion baht EV plant in Rayong.", "paused"),
    # Rumours told as reports, plans a company says it is not pursuing (in quotes or not), bridge financing.
    ("Rumour\n\nThere were reports last month that Kestrel Foods Inc wanted to buy a stake in Orvane Dairy Ltd for "
     "$90 million.", "reports of a wish"),
    ("Wind\n\nKestrel Wind Ltd said it was \"not pursuing\" a planned $300 million wind farm in Iloilo.",
     "a plan not pursued"),
    ("Bridge\n\nKestrel Foods Inc has obtained bridge financing of $1.4 billion from Orvane Bank Ltd and Tern Trust Co.",
     "bridge financing"),
    # ... but a relative clause telling what a company does (present simple) describes it.
    ("Boilers\n\nOrvane Paper Ltd buys steam from Kestrel Thermal SA, the Chilean group, which builds boiler plants in "
     "Três Lagoas.", "what a company does"),
]


@pytest.mark.parametrize("text,expected", _DEALS, ids=[t.split("\n")[0] for t, _ in _DEALS])
def test_link_general_forms_yield_their_deals(nlp, text, expected):
    deals = deals_of(nlp, text)
    assert len(deals) == len(expected), deals
    for want in expected:
        assert any(_matches(d, want) for d in deals), (want, deals)


@pytest.mark.parametrize("text,why", _NOT_DEALS, ids=[w for _, w in _NOT_DEALS])
def test_link_general_forms_yield_no_deal(nlp, text, why):
    assert deals_of(nlp, text) == []


def test_link_the_buyers_home_is_not_the_deals_place(nlp):
    """The article's only country, when it is the buyer's home ("Canada's X"), is not where the money goes."""
    [deal] = deals_of(nlp, "Home\n\nCanada's Brookfield Asset Management will acquire Greenko Energy for $2 billion.")
    assert deal["investor"] == "Brookfield Asset Management" and deal["location"] is None, deal


@pytest.mark.parametrize("year,deals", [("2021", 0), ("2025", 1)])
def test_link_money_spent_in_an_earlier_year_is_history(nlp, year, deals):
    """A past "invested ... in 2021" in an article of 2025 tells what was spent, not what is committed; the
    same words with the article's own year are news."""

    text = f"Ohio\n\nKestrel Motors Inc invested $500 million in a battery plant in Ohio in {year}."
    found = deals_of(nlp, text, published="2025-04-03")
    assert len(found) == deals, found


@pytest.mark.parametrize("text,town,country", [
    ("Plant\n\nOrvane Steel Ltd will invest Tk 300 crore in a plant at Baroiyarhat, Chattogram, its chairman said, "
     "as exports to India and China grow.", "Baroiyarhat", "BD"),
    ("Plant\n\nKestrel Circuit Co said it would invest NT$5 billion in a new factory in Kabinburi district, Thailand, "
     "joining rivals leaving China.", "Kabinburi", "TH"),
])
def test_link_a_town_takes_the_country_written_after_it(nlp, text, town, country):
    """A town the gazetteer does not know, in a sentence naming several countries, is in the place written
    right after it ("Kabinburi district, Thailand")."""
    [deal] = deals_of(nlp, text)
    assert (deal["location"], deal["location_country"]) == (town, country), deal


def test_link_a_partner_whose_name_the_parser_splits_is_a_conjunct():
    """"A Pty Ltd and B Co., Ltd. will build": the parser may hang "Ltd." apart, so that the name's root is no
    conjunct; a word of the name that is one still makes it the investor's partner."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from pipeline.link import Linker
    from pipeline.resources import load_json

    words = ["PERTH", "-", "Tern", "Ltd", "and", "Kestrel", "Lithium", "Co.", ",", "Ltd.", "will", "build", "a", "plant"]
    heads = [11, 0, 3, 0, 3, 7, 7, 3, 7, 0, 11, 11, 13, 11]
    deps = ["nsubj", "punct", "compound", "appos", "cc", "compound", "compound", "conj", "punct", "amod", "aux",
            "ROOT", "det", "dobj"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, sent_starts=[True] + [False] * (len(words) - 1))
    tern, kestrel = doc[2:4], doc[5:10]
    assert kestrel.root.dep_ == "amod"
    assert Linker(load_json("deal_cues.json"))._partners(tern, [tern, kestrel]) == [kestrel]


def test_link_a_business_bought_based_in_the_same_sentence_is_where_the_money_goes(nlp):
    """"a stake in X, a maker of antibiotics based in Ndola, Zambia": the business bought's home, not the buyer's."""
    text = ("Briefs\n\nTamil Nadu plant for Kestrel Pharma\nKestrel Pharma Ltd will build a plant in Tamil Nadu.\n\n"
            "Kestrel buys 70% of Orvane Pharma\nMumbai-based Kestrel Pharma Ltd has agreed to acquire a 70% stake in "
            "Orvane Pharmaceuticals Ltd, a maker of generic antibiotics based in Ndola, Zambia, for $38 million.")
    bought = [d for d in deals_of(nlp, text) if d["amount"] == 38_000_000]
    assert [(d["investor"], d["location"]) for d in bought] == [("Kestrel Pharma", "Ndola")]


@pytest.mark.parametrize("text,place", [
    ("Takeover\n\nKestrel Foods Inc said on Monday it had agreed to acquire Orvane Bakeries LLC for $800 million in "
     "cash.\n\nOrvane, based in Dayton, Ohio, had sales of $300 million last year.", "Dayton"),
    # The buyer's home is no place of the business bought.
    ("Takeover\n\nKestrel Foods Inc said on Monday it had agreed to acquire Orvane Bakeries LLC for $800 million in "
     "cash.\n\nKestrel, based in Toledo, Ohio, had sales of $3 billion last year.", None),
])
def test_link_a_business_bought_is_where_the_article_bases_it(nlp, text, place):
    """A purchase whose sentence names no place goes where the article says the business bought is based
    ("X, based in P"), never where the buyer is."""
    [deal] = deals_of(nlp, text)
    assert (deal["investor"], deal["amount"], deal["location"]) == ("Kestrel Foods", 800_000_000, place), deal
