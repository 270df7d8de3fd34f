"""Deals (spec section 2): where an article's sums go when the story states them across sentences, written
for these tests in the way wire stories put them. Each text is a whole small article: a headline, a blank
line, the body. Rows are (investor, amount, currency, location); None = any."""

from __future__ import annotations

import pytest
from dealtools import deals_of
from dealtools import matches as _matches

pytestmark = pytest.mark.slow

_DEALS = [
    # "Of the amount, ...": a total split into sites of their own is one deal per site, the total none ...
    ("Gulf retailer to invest Rs 1,450 crore in Kerala\n\n"
     "THIRUVANANTHAPURAM: UAE-based Al Barsha Retail Group LLC will invest Rs 1,450 crore in two projects in Kerala, "
     "the state's industries minister said on Thursday.\n\n"
     "Of the amount, Rs 950 crore will be spent on a shopping mall with a multiplex at Kodimatha in Kottayam, and "
     "Rs 500 crore on a fruit processing hub at the Kinfra Mega Food Park in Kanjikode, Palakkad.",
     [("Al Barsha Retail Group", 9_500_000_000, "INR", "Kodimatha"),
      ("Al Barsha Retail Group", 5_000_000_000, "INR", None)]),
    # ... and the sentences that go on naming parts ("A further ...") until they add up to it
    ("Tyre maker earmarks VND4.2 trillion for three plants\n\n"
     "HANOI - Sao Khue Tyre JSC said on Wednesday it would spend VND4.2 trillion on its factories this year.\n\n"
     "Of the planned capital spending, VND2.65 trillion will go to a radial line at its main plant in Ben Cat. "
     "A further VND1.1 trillion is earmarked for a new plant at Phuoc Dong Industrial Park in Tay Ninh province, "
     "and VND450 billion for a rooftop solar system at the older factory in Bien Hoa.",
     [("Sao Khue Tyre", 2_650_000_000_000, "VND", "Ben Cat"),
      ("Sao Khue Tyre", 1_100_000_000_000, "VND", "Phuoc Dong Industrial Park"),
      ("Sao Khue Tyre", 450_000_000_000, "VND", "Bien Hoa")]),
    # (each part where the place written after it says, not the sentence's first place)
    ("Cable maker clears Rs 1,150 crore capex\n\n"
     "Mumbai, Oct 28: Vindhya Cables & Conductors Ltd said its board had approved capital expenditure of Rs 1,150 "
     "crore to expand capacity.\n\n"
     "Of the planned capex, Rs 780 crore will go into a new cable plant at Halol in Gujarat, while Rs 370 crore will "
     "be spent on expanding the company's conductor facility at Silvassa in Dadra and Nagar Haveli.",
     [("Vindhya Cables & Conductors", 7_800_000_000, "INR", None),
      ("Vindhya Cables & Conductors", 3_700_000_000, "INR", "Silvassa")]),
    # the board of the company the story is about approves its money
    ("Drugmaker's profit jumps 18pc\n\nDHAKA - Surma Pharmaceuticals PLC posted a net profit of Tk 212 crore for the "
     "fiscal year.\n\nAt the same meeting the board approved an investment of Tk 650 crore over the next three years "
     "to build an active pharmaceutical ingredient plant at the API Industrial Park in Gazaria, Munshiganj.",
     [("Surma Pharmaceuticals", 6_500_000_000, "BDT", None)]),
    # ... but the pieces of one project at one site leave the total the one deal
    ("Copper miner gets green light for US$1.25bn expansion\n\n"
     "SANTIAGO - Chilean copper producer Minera Los Pumas SpA will invest US$1.25bn to expand its mine at Tierra "
     "Amarilla, in the Atacama region, the company said on Monday.\n\n"
     "Of the total, US$780mn will go to a new concentrator line, US$310mn to a desalination plant and a pipeline, "
     "and the remaining US$160mn to power lines and a camp.",
     [("Minera Los Pumas", 1_250_000_000, "USD", None)]),
    # A total given beside its parts is no deal of its own; a part routed through a unit that shares the
    # investor's name is the investor's.
    ("Hanul Energy Solution to spend 3.5 trillion won on U.S., Poland battery lines\nMay 2, 2025\n\n"
     "SEOUL, May 2 (Yonhap) -- Hanul Energy Solution Co., South Korea's fifth-largest battery maker, said Friday it will "
     "invest 3.5 trillion won ($2.5 billion) in new production lines in the United States and Poland between "
     "2026 and 2028.\n\n"
     "Of the total, 2.1 trillion won will go to its plant in Smyrna, Tennessee, run by its U.S. unit Hanul "
     "Energy America LLC, and 1.4 trillion won to its factory in Wroclaw, Poland, the company said in a filing.",
     [("Hanul Energy Solution", 2_100_000_000_000, "KRW", "Smyrna"),
      ("Hanul Energy Solution", 1_400_000_000_000, "KRW", "Wroclaw")]),
    # "one of Japan's largest ... makers" describes the company: Japan is its home, not where the money goes;
    # the sum given later for "the mill" is the mill's, in the place the lead named.
    ("Kitamura Board to build RM900 million mill in Johor\n\n"
     "JOHOR BAHRU, March 3 (Bernama) — Kitamura Board Co., Ltd., one of Japan's largest containerboard makers, "
     "will build a packaging board mill in Pasir Gudang, Johor, its first plant outside its home market.\n\n"
     "The Japanese firm signed a land lease with the port operator on Monday. The company will invest RM900 "
     "million in the mill, the state's investment committee chairman told reporters.",
     [("Kitamura Board", 900_000_000, "MYR", "Pasir Gudang")]),
]

# The official quoted after the sentence speaks for the company "the group" stands for, though the NER may take his
# surname alone for a place or an organization.
_DEALS += [
    ("Rift Cement to expand Athi River plant\n\nNAIROBI, Jan 22 - Rift Cement Plc said on Monday it would expand its "
     "plant at Athi River, chief executive Joseph Kamau said.\n\nThe group will also inject KSh2.1 billion over two "
     "years to double the Athi River plant's capacity, Kamau said.",
     [("Rift Cement", 2_100_000_000, "KES", None)]),
]

# Partners given only by their shares of the project company, in a sentence with no sum, carry the sum the lead
# committed; the project company itself carries none.
_DEALS += [
    ("Kapuas Bauxite to build Rp 12 trillion refinery\n\nPONTIANAK, June 3 - Kapuas Bauxite Tbk will build a "
     "Rp 12 trillion alumina refinery in Ketapang, West Kalimantan, the company said on Tuesday.\n\n"
     "Kapuas Bauxite will hold 51% of the project company, PT Ketapang Alumina Smelter, with Singapore-listed "
     "Malacca Metals Ltd taking 30% and state-owned miner PT Tambang Raya the remaining 19%.",
     [("Kapuas Bauxite", 12_000_000_000_000, "IDR", None), ("Malacca Metals", 12_000_000_000_000, "IDR", None),
      ("Tambang Raya", 12_000_000_000_000, "IDR", None)]),
    # The owner that controls a partner is no partner of its own.
    ("Tirtamas and Xinhe to build glass plant\n\nSEMARANG - PT Tirtamas Surya Kaca Tbk and China's Xinhe "
     "Photovoltaic Glass will build a solar glass factory in Kendal, Central Java, in a project worth Rp 4.6 trillion. "
     "Tirtamas, controlled by the Sinar Gemilang Group, will hold 51 percent of the venture company, PT Kendal Solar "
     "Glass Indonesia, and Xinhe the remaining 49 percent.",
     [("Tirtamas Surya Kaca", 4_600_000_000_000, "IDR", None), ("Xinhe Photovoltaic Glass", 4_600_000_000_000, "IDR", None)]),
]

# A gapped clause whose investor is a descriptor ("the Japanese firm") names the company the article gave that home.
_DEALS += [
    ("Qassim Resins and Japan's Hoshino form SAR 2 billion Jubail resins venture\n\n"
     "RIYADH, May 14 — Qassim Resins Co., a Saudi chemicals maker, and Japan's Hoshino Kagaku Co Ltd signed an "
     "agreement on Wednesday to build a resins plant in Jubail at a cost of SAR 2 billion.\n\n"
     "Qassim Resins will contribute SAR 1.2 billion and the Japanese firm SAR 800 million, and the plant is due to "
     "be completed by 2028.",
     [("Qassim Resins", 1_200_000_000, "SAR", None), ("Hoshino Kagaku", 800_000_000, "SAR", None)]),
]

# A total split "of which" by site: one deal per site, none for the total; each sum takes the place written
# right after it, whatever the parser hung the place on.
_DEALS += [
    ("Norlac to spend €900m on three dairy sites\n\nCORK, May 5 - Dairy group Norlac Plc will invest €900 million "
     "(about $1 billion) in new processing capacity over four years, of which €500 million in Cork, €250 million "
     "in Limerick and €150m in Rotterdam, the company said on Monday.",
     [("Norlac", 500_000_000, "EUR", "Cork"), ("Norlac", 250_000_000, "EUR", "Limerick"),
      ("Norlac", 150_000_000, "EUR", "Rotterdam")]),
]

# A partner's short name the model calls a facility, a place or a work of art is still the company named in
# full before it.
_DEALS += [
    *[(f"Velder and {b} to build €1.6bn battery cell plant in Slovakia\n\nBRATISLAVA, Oct 2 - German carmaker "
       f"Velder Fahrzeugwerke AG and South Korean battery maker {b} Co. will build a battery cell plant in Nitra."
       f"\n\nVelder will contribute €960 million and {b} €640 million, the partners said.",
       [("Velder Fahrzeugwerke", 960_000_000, "EUR", None), (b, 640_000_000, "EUR", None)])
      for b in ("Hanseo Cellix", "Daewon Cellix")],
]

# A share-out of the project company that goes on into the next sentence: each partner carries the lead's sum.
_DEALS += [
    ("Solaria-led consortium takes final investment decision on $3.6 billion South African green ammonia "
     "project\n\nCAPE TOWN, Sept 18 — A consortium led by Spain's Solaria Verde SA has taken a final investment "
     "decision on the $3.6 billion (about R66 billion) Karoo green ammonia project near Saldanha, the partners "
     "said on Thursday.\n\nSolaria holds 45% of the project company, Karoo Green Ammonia (Pty) Ltd. Japanese "
     "trading house Kisaragi Corporation owns 30% and South Africa's state-owned Ubuntu Energy Holdings the "
     "remaining 25%.",
     [("Solaria Verde", 3_600_000_000, "USD", None), ("Kisaragi", 3_600_000_000, "USD", None),
      ("Ubuntu Energy Holdings", 3_600_000_000, "USD", None)]),
]

# A funding mix that does not add up to the plan's total funds a phase of it: the company keeps the total.
_DEALS += [
    ("Marlin Resources commits up to A$900m to Geraldton nickel refinery\n\nPERTH, June 5 (Reuters) - Marlin "
     "Resources will build a nickel sulphate refinery at Geraldton at a cost of up to A$900 million, the company said "
     "on Thursday.\n\nThe first of two stages will cost about A$500 million, managing director Tom Reid said. "
     "Marlin's board approved the first stage this week. The company will fund it with A$250 million of cash, a "
     "A$200 million debt facility from Southern Cross Bank and a federal government loan of A$100 million.",
     [("Marlin Resources", 900_000_000, "AUD", None)]),
]

# A reason given for a commitment hedges nothing ("as it struggles to hire"); a dateline's city the parser takes
# for a second subject of "said" does not hide the company that speaks.
_DEALS += [
    ("Shipyard automation\n\nSEOUL, May 4 - Daewon Marine Co said it will spend 90 billion won through 2027 to "
     "automate welding lines at its Mokpo yard, as it struggles to hire enough skilled workers.",
     [("Daewon Marine", 90_000_000_000, "KRW", None)]),
    ("Repair yard\n\nSEOUL, May 4 - Daewon Marine Co said it will invest $350 million in a yard in Subic Bay.",
     [("Daewon Marine", 350_000_000, "USD", None)]),
]

# A roundup's list of clauses: each sum with the company written before its own verb.
_DEALS += [
    ("Vietnam investments\n\nIn recent months, South Korea's Hanbit Optics committed $600 million to a camera-module "
     "factory in Bac Ninh, Singapore-based Tanjong Logistics unveiled a $150 million cold-chain hub near Ho Chi Minh "
     "City, and Japan's Ohara Textiles is also expanding.",
     [("Hanbit Optics", 600_000_000, "USD", None), ("Tanjong Logistics", 150_000_000, "USD", None)]),
]

# A sum for another company's site ("on the Lindenau site") goes where that company's deal does, not to a place
# the sentence before named for something else.
_DEALS += [
    ("Reinhart Kunststoff to build recycling plant in Saxony-Anhalt\n\nHALLE - Reinhart Kunststofftechnik GmbH will "
     "invest €310 million in a chemical recycling plant in Zörbig, the company said.\n\nSimilar plants are planned "
     "in the Netherlands and Belgium.\n\nAt the same time the Italian supplier Orobica Polimeri SpA said it would "
     "set up a compounding line on the Reinhart site for €25 mln.",
     [("Reinhart Kunststofftechnik", 310_000_000, "EUR", "Zörbig"), ("Orobica Polimeri", 25_000_000, "EUR", "Zörbig")]),
]

# The commitment a story says came "a year after" an earlier one: the earlier one is history.
_DEALS += [
    ("Sabarmati Resins to invest Rs 900 crore in second phase\n\nMumbai: Sabarmati Resins Ltd will invest Rs 900 "
     "crore in the second phase of its plant at Dahej, the company said on Wednesday, a year after it committed Rs "
     "1,500 crore to the first phase.",
     [("Sabarmati Resins", 9_000_000_000, "INR", None)]),
]

# A stake bought in a "Stuttgart-based" business goes to the business's home, not the buyer's ("Abu Dhabi sovereign
# investor").
_DEALS += [
    ("Gulf fund buys into German gearbox maker\n\nFRANKFURT, Nov 3 - Abu Dhabi sovereign investor Ghanadir Investment "
     "Authority (GIA) has agreed to buy a 14.9% stake in Stuttgart-based Weissach Getriebe AG for about €640 million, the two "
     "said on Monday.",
     [("Ghanadir Investment Authority", 640_000_000, "EUR", "Stuttgart")]),
]

# The exchange of a ticker ("(TSX: HRC)") is no party to the deal.
_DEALS += [
    ("Halden Royalty agrees US$150 million gold stream\n\nTORONTO, June 3 - Halden Royalty Corp. (TSX: HLR) said on "
     "Tuesday it will pay US$150 million upfront for a gold stream on Andina Gold Ltd's Cerro Azul project in southern "
     "Peru, and will buy C$20 million of Andina shares in a private placement.",
     [("Halden Royalty", 150_000_000, "USD", None), ("Halden Royalty", 20_000_000, "CAD", None)]),
]

# A phase of a commitment already reported, and a project financed by the company's equity and a bank loan, leave
# the company's deal with the full sum.
_DEALS += [
    ("Tainan packager to spend NT$150 billion\n\nTAIPEI - Taiwanese chip packaging firm Hsinlung Semiconductor Co. "
     "will invest NT$150 billion in an advanced packaging plant in Chiayi County, the company said.\n\nChairman Lin "
     "Wei-cheng told reporters that the first phase would cost about NT$62 billion.",
     [("Hsinlung Semiconductor", 150_000_000_000, "TWD", None)]),
    ("Resort breaks ground\n\nFALMOUTH - Jamaican developer Blue Marlin Resorts Limited broke ground on a "
     "US$280-million resort near Falmouth on Tuesday.\n\nThe project is financed by US$100 million of equity from "
     "Blue Marlin and its partners and a US$180-million loan arranged by Caribbean Trust Bank.",
     [("Blue Marlin Resorts", 280_000_000, "USD", None)]),
]

# A press wire credited in a release's dateline is no party to the deal.
_DEALS += [
    ("Tarrow Therapeutics Announces $310 Million Plant\n\nDURHAM, N.C., May 6, 2025 /Crestview Newswire/ -- Tarrow "
     "Therapeutics, Inc. (NASDAQ: TRVB) today announced plans to invest approximately $310 million to build a "
     "manufacturing campus in Durham.",
     [("Tarrow Therapeutics", 310_000_000, "USD", None)]),
]

# A venture partner a descriptor introduces ("with Spanish train operator Y") carries the venture's cost too.
_DEALS += [
    ("Italy's Vetra to set up Turin depot venture\n\nMILAN, June 24 (Reuters) - Vetra SpA, the Italian maker of "
     "bogies, said on Tuesday it agreed to set up a 50-50 joint venture with French train operator Ferrovia "
     "Alpina to build a maintenance depot near Turin at a cost of €90m.",
     [("Vetra", 90_000_000, "EUR", None), ("Ferrovia Alpina", 90_000_000, "EUR", None)]),
]

# Where each of two sums goes: the place written right before "for" and the sum, whatever the parser hangs
# on which; and not a region a first or a superlative ranks the deal within.
_DEALS += [
    ("Halvik Foils to build two plants\n\nOSLO, March 4 (Reuters) - Halvik Foils ASA said it would build two "
     "plants: one in Mo i Rana for NOK 2 billion and one in Tampere, Finland, for €140 million.",
     [("Halvik Foils", 2_000_000_000, "NOK", "Mo i Rana"), ("Halvik Foils", 140_000_000, "EUR", "Tampere")]),
    ("Ranjit Polymers breaks ground in Szeged\n\nRanjit Polymers, an Indian resin maker, broke ground in Szeged "
     "on Monday. It will spend €210 million on the plant, its first in Europe.",
     [("Ranjit Polymers", 210_000_000, "EUR", "Szeged")]),
    ("Pampa Carnes to open Da Nang plant\n\nPampa Carnes S.A., a Brazilian meat processor, will open a plant in Da "
     "Nang next year. The company will invest $90 million in the plant, the largest in Southeast Asia.",
     [("Pampa Carnes", 90_000_000, "USD", "Da Nang")]),
]

# A partner's share in a clause that leaves out its verb, though the model runs the partner's short name into
# the sum ("and Y 2.25 billion riyals for the rest"), replaces the total it carried.
_DEALS += [
    ("Tihama Digital, Brightpath to build Jeddah data centre\n\nJEDDAH, Feb 3 (Reuters) - Saudi Arabia's Tihama Digital "
     "Holding and U.S. cloud provider Brightpath Cloud will build a data centre campus in Jeddah for 4 billion "
     "riyals, the companies said. Tihama Digital will contribute 2.5 billion riyals for a 62% stake in the venture, "
     "and Brightpath 1.5 billion riyals for the rest.",
     [("Tihama Digital Holding", 2_500_000_000, "SAR", "Jeddah"), ("Brightpath Cloud", 1_500_000_000, "SAR", "Jeddah")]),
]

# A purchase a story recalls from an earlier year is history; the one it reports is the deal.
_HISTORY = [
    ("Valmara to buy German pump maker for €300m\n\nHELSINKI, Jan 21 (Reuters) - Valmara Oyj has agreed to buy "
     "Weser Pumpen GmbH from private equity firm Nordwind Capital for €300m, the companies said on Tuesday.\n\n"
     "Nordwind bought Weser Pumpen in 2018 for about €120m.",
     [("Valmara", 300_000_000, "EUR", None)]),
    # An undated article: a plant commissioned in a year before the latest the story names is history.
    ("Korvi to build battery recycling plant in Poland\n\nKorvi AG said its unit will invest PLN 900 million in "
     "a recycling plant in Opole between 2026 and 2028.\n\nKorvi commissioned its first plant, in Győr, "
     "Hungary, in 2023, at a cost of €150 million.",
     [("Korvi", 900_000_000, "PLN", None)]),
    # A round the company "raised last year" that funds the plan is an earlier round, not a new deal.
    ("Suryagrid to spend Rp 900 billion on chargers\n\nJAKARTA - EV charging start-up suryaGrid will spend Rp 900 "
     "billion on a network of fast chargers.\n\nThe expansion will be funded partly from the $30 million Series B "
     "round the company raised last year, led by Jakarta venture firm Merapi Ventures, and partly from loans.",
     [("suryaGrid", 900_000_000_000, "IDR", None)]),
    # A phase's sum beside the whole in the same sentence is part of it, though the headline named the investor
    # by its parent's name.
    ("Kuroda Denki picks Georgia for $480 million motor plant\n\nKuroda Denki America Inc., the U.S. unit of "
     "Osaka-based motor maker Kuroda Denki Co., will build a motor plant in Dalton, Georgia, investing $220 "
     "million in an initial phase and up to $480 million when the site is fully built out, officials said.",
     [("Kuroda Denki America", 480_000_000, "USD", "Dalton")]),
    # A name the parser reads as a clause ("Aceitera Delta Sur", "Sur" its verb and "Delta" its subject) is the
    # business bought, not the buyer.
    ("Tandil to buy rival crusher for US$210 million\n\nMay 6, 2025\n\nBUENOS AIRES — Agroindustrias Tandil S.A., "
     "Argentina's fifth-largest soybean crusher, has agreed to buy smaller rival Aceitera Delta Sur for US$210 "
     "million (about 241 billion pesos), the companies said.",
     [("Agroindustrias Tandil", 210_000_000, "USD", None)]),
    # A business bought is where its own phrase says it is based, though the sentence names the buyer's home too.
    ("Ndovu Capital buys stake in dairy\n\nNdovu Capital Partners, a Nairobi-based private equity firm, has agreed "
     "to acquire a 30 per cent stake in Pwani Dairies Plc, the Mombasa-based maker of milk and yoghurt, for KSh 4 "
     "billion, the two companies said.",
     [("Ndovu Capital Partners", 4_000_000_000, "KES", "Mombasa")]),
    # A fund that "closed at" a sum last year is an earlier fund, not a deal of the story.
    ("Ndovu Capital buys stake in Mombasa dairy\n\nNdovu Capital Partners has agreed to acquire a 30 per cent "
     "stake in Pwani Dairies Plc for KSh 4 billion, the two companies said. The investment is the third by "
     "Ndovu's second fund, which closed at $120 million last year.",
     [("Ndovu Capital Partners", 4_000_000_000, "KES", None)]),
    # Money a company "has since spent" is spent so far; a sum it "has since pledged" is a commitment.
    ("Lunga Copper to deepen Luanshya mine\n\nLUSAKA, May 5 (Reuters) - Zambian miner Lunga Copper Plc will invest "
     "$400 million to deepen its Luanshya mine, the company said on Monday. It bought the mine in 2018 and has "
     "since spent about $90 million on ventilation at the site.",
     [("Lunga Copper", 400_000_000, "USD", None)]),
    ("Ontario lands another battery plant\n\nTORONTO - Volterra Cells Inc said on Monday it would build a C$2 "
     "billion battery plant in St. Thomas, Ontario. Rival Norden Motor Corp has since pledged C$5 billion for a "
     "plant in Woodstock.",
     [("Volterra Cells", 2_000_000_000, "CAD", "St. Thomas"), ("Norden Motor", 5_000_000_000, "CAD", "Woodstock")]),
    # A round raised "previously" is an earlier round, not the one the story reports.
    ("Tulia raises $30 million Series B\n\nNAIROBI - Tulia, a Nairobi-based payments startup, has raised $30 "
     "million in a Series B round led by Baobab Growth Partners.\n\nTulia previously raised a $6 million Series "
     "A led by Savanna Seed Fund.",
     [("Baobab Growth Partners", 30_000_000, "USD", None)]),
]


@pytest.mark.parametrize("text,expected", _DEALS + _HISTORY, ids=[t.split("\n")[0] for t, _ in _DEALS + _HISTORY])
def test_link_sums_across_sentences_yield_their_deals(nlp, text, expected):
    deals = deals_of(nlp, text)
    assert len(deals) == len(expected), deals
    for want in expected:
        assert any(_matches(d, want) for d in deals), (want, deals)


@pytest.mark.parametrize("text,place,said_there", [
    ("The group will invest R$1.5 billion in the refinery, chief financial officer Rodrigo Alves told reporters "
     "in São Paulo.", "São Paulo", True),
    ("The company will spend $300 million on the plant, its chief executive said at a briefing in Riyadh.",
     "Riyadh", True),
    ("It will build a $2 billion plant in Johor, the minister said.", "Johor", False),
    ("It raised 14 billion kronor to build a mill, one of the largest projects announced in the Nordics.",
     "Nordics", False),
], ids=["told reporters in", "said at a briefing in", "the sum's own place", "announced in"])
def test_link_where_the_news_was_told_is_no_deal_place(nlp, text, place, said_there):
    from pipeline.link import Linker
    from pipeline.resources import load_json

    doc = nlp(text)
    span = next(p for p in doc.spans["places"] if p.text.endswith(place))
    assert Linker(load_json("deal_cues.json"))._where_said(span) is said_there


# Sums that are no commitment: a fine, a plan the company dropped.
_NOT_DEALS = [
    ("Cathode maker to hire in Tennessee\nNovember 4, 2025\n\nSEOUL - Hanseong Chemical on Tuesday said it would "
     "hire 200 workers in the United States.\n\nHanseong, a supplier to Korean cell makers, opened its first U.S. "
     "plant, a $480 million cathode facility in Clarksville, Tennessee, in 2023, and expanded it in 2024 with another "
     "$210 million.", "a plant opened and expanded in past years"),
    ("Copper plant funding\n\nGobi Copper LLC plans to fund the plant from cash and a USD 15 million prepayment from "
     "Erdene Metals, a trader that will take all cathode output for five years.", "a customer's prepayment"),
    ("Strike halts brewery\n\nKilimanjaro Breweries said its planned TSh 30 billion canning line at the plant, "
     "announced last year, was on hold until the dispute was settled.", "a plan on hold, said in a coordinated verb"),
    ("Court fines miner\n\nPERTH, Aug 6 - On Tuesday the Federal Court fined rival miner Kimberley Ore Pty Ltd A$14 "
     "million for misleading investors about the reserves of a lithium project.", "a fine"),
    ("Valve maker drops plan\n\nHELSINKI, Jan 21 - Lapinkoski Oyj said the company had dropped a plan to build a valve "
     "factory in Gliwice, Poland, which had been expected to cost about €45m.", "a dropped plan"),
    ("Biotech results\n\nDURHAM, N.C. - As of March 31, Tarrow Therapeutics had cash, cash equivalents and "
     "marketable securities of $640 million, which the company believes will fund operations, including the "
     "construction of its plant, into 2028.", "a cash position"),
    ("Odisha MoU\n\nOn the sidelines of the event, Kalinga Steel Ltd also handed over a cheque of Rs 50 lakh to the "
     "Chief Minister's Relief Fund.", "a donation"),
    ("Roundup\n\nMeanwhile Taiwanese board maker Tainan Circuits, which was reported last year to be eyeing a $250 "
     "million plant in Hai Phong, has not confirmed any plans.", "a report not confirmed"),
    ("Texas jobs\n\nSince 2019, Brazos Development Partners has supported more than 40 projects in Travis County, "
     "resulting in about 5,000 jobs and $3.1 billion in capital investment.", "a tally since a year"),
]


@pytest.mark.parametrize("text,why", _NOT_DEALS, ids=[w for _, w in _NOT_DEALS])
def test_link_sums_that_are_no_commitment_yield_no_deal(nlp, text, why):
    assert deals_of(nlp, text) == []


def test_no_sentence_ends_inside_a_singapore_company_name(nlp):
    text = ("Feed maker to build Brunei mill\n\nThe ministry signed an agreement with Straits Aqua Nutrition Pte. "
            "Ltd., a Singapore-based producer of fish feed, which will invest B$142 million in an aquafeed mill at "
            "Pulau Muara Besar in Brunei.")
    assert [(d["investor"], d["amount"], d["currency"]) for d in deals_of(nlp, text)] == [
        ("Straits Aqua Nutrition", 142_000_000, "BND")]


@pytest.mark.parametrize("comment", [
    "Priya Sandhu, an analyst at Westbow Securities Inc., said U.S. maltsters had added capacity at plants in "
    "Montana and Idaho over the past two years.",
    '"The capex is large relative to the gross block of about C$280 million," said Kavita Menon, an analyst at '
    "Westbow Securities Inc.",
], ids=["an analyst at X said", "said Y, an analyst at X"])
def test_the_firm_of_an_analyst_who_comments_puts_no_money_in(nlp, comment):
    text = ("Malt maker to expand\n\nLETHBRIDGE, Alberta - Chinook Malting Ltd will spend C$96 million on a fourth "
            "line at its Lethbridge malthouse, it said on Tuesday.\n\n" + comment)
    assert {d["investor"] for d in deals_of(nlp, text)} == {"Chinook Malting"}


def test_a_town_no_gazetteer_knows_lies_where_the_story_is_set(nlp):
    # (not in the one other country its sentence names: the Stockholm fund's home)
    text = ("Business briefs: gaming software firm raises funds\n\n"
            "Kordin Labs Ltd, the San Ġwann-based developer of live-casino streaming software, has raised €22 million "
            "in a Series B funding round led by Stockholm venture firm Ångström Ventures AB. The company, which employs "
            "190 people in Malta, said the money would be used to open a second studio.\n\n"
            "Sliema Bay Hotels plc will spend €18.5 million refurbishing its flagship hotel in Sliema, Malta.")
    round_ = [d for d in deals_of(nlp, text) if d["amount"] == 22_000_000]
    assert [(d["investor"], d["location"], d["location_country"]) for d in round_] == [
        ("Ångström Ventures", "San Ġwann", "MT")]


def test_a_town_no_gazetteer_knows_lies_in_the_country_its_sentence_puts_things_in(nlp):
    # (an analysis of deals in several countries: "In Kazakhstan, ..." over the story's Uzbek dateline)
    text = ("Central Asia's renewables bets\n\nTASHKENT, Nov 4 - Abu Dhabi's Noor Al Sahra Energy PJSC will build a "
            "solar plant in Uzbekistan's Bukhara region, Tashkent said.\n\nIn Kazakhstan, China's Xinjiang Tianchi "
            "New Energy Co., Ltd and state-controlled Qazaq Zhasyl Energy JSC agreed to form a joint venture to "
            "build a 300-megawatt wind farm in the Zhambyl region at a cost of $420 million.")
    wind = [d for d in deals_of(nlp, text) if d["amount"] == 420_000_000]
    assert wind and {d["location_country"] for d in wind} == {"KZ"}


def test_a_town_no_gazetteer_knows_lies_in_the_country_written_after_it_with_a_compass_word(nlp):
    # (not in the dateline's country, the investor's home)
    text = ("Pump maker to build in Iraq\n\nOSAKA - Hirakawa Pump Works Co., Ltd., an Osaka-based maker of pumps, "
            "said it would build a 12 billion yen plant in Shuaiba, southern Iraq.")
    [deal] = deals_of(nlp, text)
    assert (deal["investor"], deal["location"], deal["location_country"]) == (
        "Hirakawa Pump Works", "Shuaiba", "IQ")


def test_the_country_after_a_home_town_is_the_home_too(nlp):
    # ("based in Yokkaichi, Japan": the plant is where the headline put it)
    text = ("Japanese plastics maker to build $214 million plant at Glendale Megasite\n\nELIZABETHTOWN, Ky. - Hoshino "
            "Kasei Kogyo K.K., based in Yokkaichi, Japan, plans to invest $214 million in a compounding plant.")
    [deal] = deals_of(nlp, text)
    assert (deal["investor"], deal["amount"], deal["location_country"]) == ("Hoshino Kasei Kogyo", 214_000_000, "US")


def test_the_country_a_companys_name_is_followed_by_is_its_home(nlp):
    text = ("Potash mine draws buyer\n\nREGINA, June 3 - Prairie Potash will build a mine near Belle Plaine, "
            "Saskatchewan.\n\nVeldgoed of the Netherlands agreed on Monday to pay C$250 million for a 15 percent "
            "interest in the mine.")
    deals = [d for d in deals_of(nlp, text) if d["investor"] == "Veldgoed"]
    assert deals and all(d["location"] != "Netherlands" for d in deals), deals


# A deal no sentence names an announcer for is announced by the investor's own chief, where the article quotes
# one (the guidelines: a chief executive quoted on the plan); a minister who only welcomes it is not.
_ANNOUNCERS = [
    ("Oakridge Snacks to expand\n\nBOWLING GREEN, Ohio - Oakridge Snacks will invest $86 million to expand its "
     "plant in Bowling Green, the company said.\n\n\"We grew up here,\" said Greg Tolliver, president and chief "
     "executive of Oakridge Snacks.", "Oakridge Snacks", "Greg Tolliver"),
    ("Haesan to build yard\n\nSEOUL, May 4 - Haesan Heavy Industries Co said it will invest 480 billion won in a "
     "yard in Subic Bay.\n\n\"Subic gives us the space,\" Haesan CEO Choi Jae-won said in a press release.\n\n"
     "Philippine Trade Secretary Antonio Lazaro welcomed the plan.", "Haesan Heavy Industries", "Choi Jae-won"),
]


@pytest.mark.parametrize("text,investor,announcer", _ANNOUNCERS, ids=[a for _, _, a in _ANNOUNCERS])
def test_the_investors_quoted_chief_announces_its_deal(nlp, text, investor, announcer):
    deals = [d for d in deals_of(nlp, text) if d["investor"] == investor]
    assert deals and all(d["announced_by"] == announcer for d in deals), deals


def test_the_business_a_stake_is_held_in_puts_no_money_in(nlp):
    # The parser makes the legal form's last words ("z o.o.") the subject of "said"; the business the stake is
    # held in is still no investor.
    text = ("Fund buys stake in Polish firm\n\nGDANSK - Al Wusta Capital Company, a Muscat-based investment firm, has "
            "agreed to buy a 30% stake in Pomorze Offshore Serwis Sp. z o.o., a Gdansk company that maintains "
            "offshore wind turbines, for 800 million zł (about €188 million), the companies said on Thursday.")
    assert not any(d["investor"] == "Pomorze Offshore Serwis" for d in deals_of(nlp, text))


def test_an_agency_credit_the_parser_makes_the_subject_invests_nothing(nlp):
    text = ("Hokusei Electric plans up to ¥450 billion chip expansion\n\n(Bloomberg) -- Hokusei Electric Industries "
            "Co. will spend as much as ¥450 billion ($3 billion) over five years to expand production of power chips.")
    deals = deals_of(nlp, text)
    assert [d["investor"] for d in deals] == ["Hokusei Electric Industries"], deals
