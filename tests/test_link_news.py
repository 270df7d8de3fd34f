"""Deals (spec section 2; corpus/GUIDELINES.md "Deals"): how news stories word a commitment across
sentences and paragraphs, which the sentence tables (test_link.py, test_link_generic.py,
test_link_matrix.py) mostly take one at a time. A later sentence's subject standing for the company
("the Japanese firm", "the conglomerate", a short form, a ticker), the company of a quoted chief, a
consortium's lead and members, a joint venture's vehicle, stakes bought in a project, the sum given in
a later paragraph, one total spread over several places, the official who announces it after the
sentence, and the sums that are no commitment. All names are invented; the places are real.
Rows are (investor, amount, currency, location); None = any."""

from __future__ import annotations

import pytest
from dealtools import deals_of
from dealtools import matches as _matches

pytestmark = pytest.mark.slow

S = ("Solvik Chemicals", 300_000_000, "EUR", "Leipzig")  # the row most texts below must yield
K = ("Kanemori Electric", 400_000_000, "USD", "Austin")

# Who: a later sentence's subject standing for a company named before.
_LATER_SUBJECT = [
    ("also inject an additional", "Coatings news\n\nSolvik Chemicals AG reported a 12% rise in quarterly profit on "
     "Thursday. The company will also inject an additional $353 million into its plant in Louisiana.",
     [("Solvik Chemicals", 353_000_000, "USD", "Louisiana")]),
    ("the Japanese firm", "Batteries news\n\nKanemori Electric Co posted record orders on Monday. The Japanese firm will "
     "invest 50 billion yen in a battery plant in Kumamoto.",
     [("Kanemori Electric", 50_000_000_000, "JPY", "Kumamoto")]),
    ("the Osaka-based company", "Batteries news\n\nKanemori Electric Co posted record orders on Monday. The Osaka-based "
     "company plans to spend 50 billion yen on a battery plant in Kumamoto.",
     [("Kanemori Electric", 50_000_000_000, "JPY", "Kumamoto")]),
    ("the conglomerate, two sentences on", "Ports news\n\nHalvard Group Bhd named a new chairman on Monday. He replaces "
     "a founder who retired in March. The conglomerate will invest RM2 billion in a port in Johor.",
     [("Halvard Group", 2_000_000_000, "MYR", "Johor")]),
    ("first word alone", "Solar news\n\nBrightwater Energy Inc said on Monday its quarterly profit rose. Brightwater will "
     "spend $1 billion on a solar farm in Nevada.", [("Brightwater Energy", 1_000_000_000, "USD", "Nevada")]),
    ("ticker in brackets", "Solar news\n\nShares of Brightwater Energy Inc (NYSE: BWE) rose 3% on Monday. Brightwater "
     "said it would build a $1 billion solar farm in Nevada.",
     [("Brightwater Energy", 1_000_000_000, "USD", "Nevada")]),
    ("it, next sentence", "Batteries news\n\nKanemori Electric Co said on Monday demand for its batteries was strong. It "
     "will invest $400 million in a factory in Austin, Texas.", [K]),
    ("separately, the firm", "Coatings news\n\nSolvik Chemicals AG will invest €300 million in a plant in Leipzig. "
     "Separately, the firm said it would spend $100 million on a terminal in Louisiana.",
     [S, ("Solvik Chemicals", 100_000_000, "USD", "Louisiana")]),
    ("possessive short form", "Coatings news\n\nSolvik Chemicals AG reported higher sales on Monday. Solvik's board "
     "approved a €300 million expansion of its plant in Leipzig.", [S]),
    ("better known as", "Batteries news\n\nKanemori Electric Co, better known as Kanelec, will invest $400 million in a "
     "factory in Austin, Texas.", [K]),
    ("acronym in brackets", "Coatings news\n\nSolvik Chemicals AG (SCA) said on Monday it would invest €300 million in "
     "a plant in Leipzig.", [S]),
    ("home-listed apposition", "Coatings news\n\nSolvik Chemicals AG, the Frankfurt-listed chemicals maker, will invest "
     "€300 million in a plant in Leipzig.", [S]),
    ("the group's arm", "Ports news\n\nHalvard Group Bhd named a new chairman on Monday. The group's property arm will "
     "spend RM500 million on a mall in Penang.", [("Halvard Group", 500_000_000, "MYR", "Penang")]),
    ("named subsidiary in apposition", "Coatings news\n\nSolvik Chemicals AG's German subsidiary, Solvik Deutschland "
     "GmbH, will invest €300 million in a plant in Leipzig.",
     [("Solvik Deutschland", 300_000_000, "EUR", "Leipzig")]),
    ("through its unit", "Coatings news\n\nThrough its unit Solvik Deutschland GmbH, Solvik Chemicals AG will invest "
     "€300 million in a plant in Leipzig.", [S]),
]

# The company of the chief who speaks.
_CHIEFS = [
    ("chief told analysts it", "Coatings news\n\nSolvik Chemicals AG chief executive Jonas Weber told analysts on "
     "Tuesday that the group would spend €300 million on a plant in Leipzig.", [S]),
    ("quote, then chief of", "Batteries news\n\n\"We are committing $400 million to a factory in Austin, Texas,\" said "
     "Li Wei, chief executive of Kanemori Electric Co.", [K]),
    ("who heads", "Batteries news\n\nLi Wei, who heads Kanemori Electric Co, said the group would spend $400 million on a "
     "factory in Austin, Texas.", [K]),
    ("chief in next sentence", "Batteries news\n\nKanemori Electric Co posted record orders on Monday. Its chief "
     "executive, Li Wei, said it would invest $400 million in a factory in Austin, Texas.", [K]),
]

# Consortiums: the lead and each named member carry the price.
_CONSORTIUMS = [
    ("consortium led by", "Ports news\n\nA consortium led by Tamsin Infrastructure Ltd will buy the container terminal in "
     "Gdansk from Orvane Logistics SA for €1.2 billion.", [("Tamsin Infrastructure", 1_200_000_000, "EUR", "Gdańsk")]),
    ("consortium of three", "Ports news\n\nA consortium of Tamsin Infrastructure Ltd, Calder Pension Fund and Orvane "
     "Capital Ltd will buy the container terminal in Gdansk for €1.2 billion.",
     [("Tamsin Infrastructure", 1_200_000_000, "EUR", "Gdańsk"), ("Calder Pension Fund", 1_200_000_000, "EUR", "Gdańsk"),
      ("Orvane Capital", 1_200_000_000, "EUR", "Gdańsk")]),
    ("consortium that includes", "Ports news\n\nA consortium that includes Tamsin Infrastructure Ltd and Calder Pension "
     "Fund agreed to pay €1.2 billion for the container terminal in Gdansk.",
     [("Tamsin Infrastructure", 1_200_000_000, "EUR", "Gdańsk"), ("Calder Pension Fund", 1_200_000_000, "EUR", "Gdańsk")]),
    ("lead backed in the deal by", "Ports news\n\nA consortium led by Tamsin Infrastructure Ltd will buy the container "
     "terminal in Gdansk for €1.2 billion. Tamsin is backed in the deal by Calder Pension Fund and Orvane Capital "
     "Ltd.",
     [("Tamsin Infrastructure", 1_200_000_000, "EUR", "Gdańsk"), ("Calder Pension Fund", 1_200_000_000, "EUR", "Gdańsk"),
      ("Orvane Capital", 1_200_000_000, "EUR", "Gdańsk")]),
]

# Joint ventures: the partners carry a venture's total; a venture set up earlier invests on its own.
_VENTURES = [
    ("built by a new venture, named", "Hydro news\n\nTern Power Ltd and Calder Energy Ltd will build a pumped-storage "
     "scheme in Otago. The scheme will be developed by a new joint venture, Tercal Storage Ltd, at a total cost of "
     "NZ$1.1 billion.",
     [("Tern Power", 1_100_000_000, "NZD", "Otago"), ("Calder Energy", 1_100_000_000, "NZD", "Otago")]),
    ("50-50 venture to build", "Cathodes news\n\nKanemori Electric Co and Solvik Chemicals AG will set up a 50-50 venture "
     "to build a $600 million cathode plant in Tennessee.",
     [("Kanemori Electric", 600_000_000, "USD", "Tennessee"), ("Solvik Chemicals", 600_000_000, "USD", "Tennessee")]),
    ("respectively", "Cathodes news\n\nKanemori Electric Co and Solvik Chemicals AG will invest $400 million and "
     "$200 million respectively in a cathode plant in Tennessee.",
     [("Kanemori Electric", 400_000_000, "USD", "Tennessee"), ("Solvik Chemicals", 200_000_000, "USD", "Tennessee")]),
    ("its venture with, no sum", "DC news\n\nKestrel Data Ltd said its joint venture with Orvane Power Bhd would "
     "build a data centre in Kulai.", [("Kestrel Data", None, None, "Kulai"), ("Orvane Power", None, None, "Kulai")]),
    ("the group's venture with, progressing", "DC news\n\nKestrel Data Ltd reported higher profit. The group said "
     "its joint venture with Orvane Power Bhd to develop a 50MW data centre in Kulai was progressing.",
     [("Kestrel Data", None, None, "Kulai"), ("Orvane Power", None, None, "Kulai")]),
    ("a venture the money goes into", "Battery news\n\nKestrel Cells Co plans to spend 1 trillion won converting "
     "lines at Tern Energy LLC, its joint venture with Orvane Motors NV in Kokomo, Indiana, the company said.",
     [("Kestrel Cells", 1_000_000_000_000, "KRW", "Kokomo")]),
    ("venture formed, it will invest", "Cathodes news\n\nKanemori Electric Co and Solvik Chemicals AG have formed a joint "
     "venture. It will invest $600 million in a cathode plant in Tennessee.",
     [("Kanemori Electric", 600_000_000, "USD", "Tennessee"), ("Solvik Chemicals", 600_000_000, "USD", "Tennessee")]),
    # The partners' own shares replace the venture's total they carried (the rest of it is debt); but a later sum
    # the same on every partner is another joint commitment.
    ("each partner's share, the rest debt", "Wheels news\n\nMUSCAT, June 3 - Dhofar Alloys SAOG and India's Shrenik "
     "Auto Ltd will build a RO 48 million aluminium wheel plant in Salalah through a new joint venture, the Omani company "
     "said.\n\nDhofar Alloys will hold 60% of the venture and contribute RO 14.4 million in equity, while Shrenik will "
     "hold the remaining 40% and put in RO 9.6 million. The balance of RO 24 million is to be raised from banks.",
     [("Dhofar Alloys", 14_400_000, "OMR", "Salalah"), ("Shrenik Auto", 9_600_000, "OMR", "Salalah")]),
    # The same with the shares in a currency's letters ("KM", Bosnia's mark), the second one's verb gapped.
    ("shares in KM, gapped", "Solar news\n\nSARAJEVO, Dec 2 - Bosnia's Drina Energija d.d. and Czech utility Morava "
     "Energie a.s. will build a 210 million marka solar park near Trebinje. Drina Energija will contribute KM 107.1 "
     "million and Morava Energie KM 102.9 million.",
     [("Drina Energija", 107_100_000, "BAM", None), ("Morava Energie", 102_900_000, "BAM", None)]),
    # Partners the lede describes and the next sentence names by their holdings each carry the joint sum.
    ("described, then holdings", "Data centre news\n\nKUWAIT CITY, Feb 17 - A U.S. data-centre operator and one of "
     "Kuwait's largest family-owned conglomerates will jointly build a KD 92 million data-centre campus, the agency "
     "said.\n\nVirginia-based Potomac Ridge Digital Inc. will hold 60% of the venture and Al-Sabeeh Holding Group "
     "K.S.C.P. the remaining 40%, the agency said.",
     [("Potomac Ridge Digital", 92_000_000, "KWD", None), ("Al-Sabeeh Holding Group", 92_000_000, "KWD", None)]),
    ("described, then made up of", "Terminal news\n\nASUNCIÓN. A Paraguayan grain exporter, a Brazilian shipping "
     "company and an Argentine barge operator will build a grain terminal at Villeta with an investment of US$ 64 "
     "million (about Gs. 475.000 millones), the partners announced.\n\nThe joint venture is made up of Agroexport "
     "Yguazú S.A., which will hold 45%, the Brazilian river shipping company Navegação Paranapanema Ltda., with 35%, "
     "and Fluviales del Plata S.A., with the remaining 20%.",
     [("Agroexport Yguazú", 64_000_000, "USD", "Villeta"), ("Navegação Paranapanema", 64_000_000, "USD", "Villeta"),
      ("Fluviales del Plata", 64_000_000, "USD", "Villeta")]),
    # The own-equity share of a commitment, the rest borrowed, is no second commitment (whatever its currency).
    ("own equity, borrow the rest", "Hotel news\n\nCOLOMBO, Aug 19 - Serendib Leisure PLC will invest $120 million "
     "(about Rs. 36 billion) in a hotel tower in Colombo Port City, the company said.\n\nThe company will put in "
     "Rs. 4.5 billion of its own equity and borrow the rest from local banks.",
     [("Serendib Leisure", 120_000_000, "USD", None)]),
]

# Stakes bought in a project or a business.
_STAKES = [
    ("pay for an interest in the mine", "Potash news\n\nTern Potash Corp is building a potash mine near Regina. Orvane "
     "Capital Ltd of the Netherlands agreed on Monday to pay C$250 million for a 15 percent interest in the mine.",
     [("Tern Potash", None, None, None), ("Orvane Capital", 250_000_000, "CAD", None)]),
    ("take a stake in a project for", "Water news\n\nCalder Capital Ltd will take a 20% stake in the desalination "
     "project in Jubail for 1.5 billion riyals.", [("Calder Capital", 1_500_000_000, "SAR", "Jubail")]),
    ("bought a stake from", "Wind news\n\nTamsin Infrastructure Ltd bought a 49% stake in a wind farm off Norfolk from "
     "Orvane Energy Ltd for £2 billion.", [("Tamsin Infrastructure", 2_000_000_000, "GBP", "Norfolk")]),
    ("two backers, which", "Yard news\n\nThe yard in Cromarty is backed by Tamsin Pension Ltd, which is putting in £120m "
     "for a 40% stake, and by Calder Bank Ltd, which will take a minority stake for £45m.",
     [("Tamsin Pension", 120_000_000, "GBP", "Cromarty"), ("Calder Bank", 45_000_000, "GBP", "Cromarty")]),
    ("acquire a firm of a city", "Takeover news\n\nSolvik Chemicals AG will acquire Orvane Coatings Ltd of Manchester for "
     "£300 million.", [("Solvik Chemicals", 300_000_000, "GBP", "Manchester")]),
    ("take over in a deal worth", "Takeover news\n\nSolvik Chemicals AG has agreed to take over Orvane Coatings Ltd in a "
     "deal worth £300 million.", [("Solvik Chemicals", 300_000_000, "GBP", None)]),
    ("buying, cash and shares", "Takeover news\n\nSolvik Chemicals AG is buying Orvane Coatings Ltd, a paint maker in "
     "Manchester, for £300 million in cash and shares.", [("Solvik Chemicals", 300_000_000, "GBP", "Manchester")]),
]

# The sum in a later sentence or paragraph.
_LATER_SUM = [
    ("cost in a later paragraph", "Coatings news\n\nSolvik Chemicals AG will build a new plant in Leipzig, it said on "
     "Monday.\n\nThe plant, which will make coatings, is due to open in 2027.\n\nThe project will cost €300 million, "
     "the company said.", [S]),
    ("the investment will total, chief", "Batteries news\n\nKanemori Electric Co announced a battery plant in Austin, "
     "Texas, on Monday.\n\nChief executive Li Wei said the investment would total $400 million.", [K]),
    ("the expansion will cost", "Ports news\n\nHalvard Group Bhd will expand its port in Johor.\n\nThe expansion will cost "
     "RM2 billion and add capacity for one million containers.", [("Halvard Group", 2_000_000_000, "MYR", "Johor")]),
    ("the sum's investment will create", "Coatings news\n\nSolvik Chemicals AG will build a coatings plant in Leipzig. "
     "The €300 million investment will create 400 jobs.", [S]),
    ("fronted sum, company said", "Coatings news\n\nSome €300 million will go into the plant in Leipzig, Solvik Chemicals "
     "AG said.", [S]),
    ("a bank facility funds it", "Bakery news\n\nHalvard Foods Ltd will spend £85m on a bakery in Leeds. The company "
     "said the spending would be funded from cash and an existing £150m bank facility with Calder Bank Plc.",
     [("Halvard Foods", 85_000_000, "GBP", "Leeds")]),
    ("investment will reach", "Coatings news\n\nSolvik Chemicals AG's investment in Leipzig will reach €300 million by "
     "2027.", [S]),
    ("passive, class noun before name", "Coatings news\n\nA €300 million plant will be built in Leipzig by the German "
     "chemicals group Solvik Chemicals AG.", [S]),
    ("won approval to build", "Coatings news\n\nSolvik Chemicals AG has won approval to build a €300 million plant in "
     "Leipzig.", [S]),
    ("expansion worth got go-ahead", "Coatings news\n\nSolvik Chemicals AG's Leipzig expansion, worth €300 million, got "
     "the go-ahead on Monday.", [S]),
    ("biggest investment", "Coatings news\n\nThe €300 million plant in Leipzig is Solvik Chemicals AG's largest "
     "investment in Germany.", [S]),
]

# Whole short stories: who "the company" and "the group" are after a round or a purchase.
_STORIES = [
    # What the company did before the news, dated by the time its "when" clause hangs on or by a year on the
    # verb ("raised ... in 2023"), is history; a weight in pounds is no sum; a second conversion in the same
    # brackets is no sum of its own.
    ("last expanded in, when it spent", "Cheese news\n\nBEAVER DAM, March 3, 2025 - Badger Crest Cheese Co. will "
     "spend $48 million to expand its plant in Beaver Dam, letting it take in another 1.2 million pounds of milk a "
     "day. The company last invested heavily in the plant in 2019, when it spent $12 million on a wastewater system.",
     [("Badger Crest Cheese", 48_000_000, "USD", "Beaver Dam")]),
    ("raised in a year before, two conversions", "Shrimp news\n\nSINGAPORE, 9 September 2025 - Tanjong Blue "
     "Aquaculture Pte. Ltd. will invest B$62 million (S$62 million; approximately US$48 million) to build a shrimp "
     "farm at Kampong Labu in Temburong District, Brunei, with a first harvest in 2027. The company raised "
     "S$18 million in a Series A round in 2023.",
     [("Tanjong Blue Aquaculture", 62_000_000, "BND", None)]),
    # A briefs heading gives the round's sum first; the body's lead and the backers of the next sentence all go
    # where the round's money goes, not where the previous item was.
    ("heading, then lead and backers", "Southeast Asia business briefs\n\nAngkor Cold Chain to build cold hub\n\n"
     "Angkor Cold Chain Co., Ltd will invest US$18 million in a cold storage hub in the Phnom Penh Special Economic "
     "Zone. \"Cambodia still loses a third of its mangoes after harvest,\" its managing director said.\n\nGiao "
     "Nhanh raises $14m in Series A\n\nHo Chi Minh City-based delivery start-up Giao "
     "Nhanh Technology JSC has raised US$14 million in a Series A round led by Singapore's Merlion Peak Ventures. "
     "Jakarta-based Kapal Capital and existing investor Saigon Sprout Fund also took part.",
     [("Angkor Cold Chain", 18_000_000, "USD", None), ("Merlion Peak Ventures", 14_000_000, "USD", "Ho Chi Minh City"),
      ("Kapal Capital", None, None, "Ho Chi Minh City"), ("Saigon Sprout Fund", None, None, "Ho Chi Minh City")]),
    # An interview's answers: "we" is the company of the interviewee whose name labels the answer, by the
    # affiliation the article gives, or (no title, no official) by the sentence that introduces the interviewee;
    # "Rwf48 billion, about $33 million" gives one sum twice.
    ("answer labelled by an affiliated chief", "'We are building for export': Aigaion Pharmaceuticals CEO on Sindos\n\n"
     "Dimitris Mavridis, chief executive of Aigaion Pharmaceuticals S.A., has spent a year persuading his board. Last "
     "week the board agreed.\n\nQ: What have you decided to build?\n\nMavridis: A sterile injectables plant in "
     "Sindos, Thessaloniki. We will invest 120 million euros.",
     [("Aigaion Pharmaceuticals", 120_000_000, "EUR", None)]),
    ("answer labelled by an introduced chief", "Akagera Milk Processors CEO on the Nyagatare powder plant\n\n"
     "Claudine Mukamana Habimana has run Akagera Milk Processors Ltd, one of Rwanda's largest dairies, since 2021. "
     "We asked her about its plans.\n\nQ: What are you building?\n\nHabimana: A milk powder plant in Nyagatare "
     "District. We will invest Rwf48 billion, about $33 million, and we want it running by the end of 2027.",
     [("Akagera Milk Processors", 48_000_000_000, "RWF", None)]),
    # A total that sizes plans the lede gave with no sum ("to add capacity in Poland and eastern Germany") still
    # opens a split: its parts that go to sites of their own are the deals.
    ("lede's plans sized, then split", "Rautenberg posts lower profit\n\nFRANKFURT - Rautenberg Verpackung AG reported "
     "a drop in profit on Thursday and said it would raise capital spending this year to add capacity in Poland and "
     "eastern Germany.\n\nThe Hamburg-based group plans capital expenditure of about €210 million in 2025. Of that, "
     "€85 million will go to a new corrugator line at its plant in Bydgoszcz, Poland, and €60 million to expand "
     "capacity at its mill in Schwedt, in the state of Brandenburg.",
     [("Rautenberg Verpackung", 85_000_000, "EUR", None), ("Rautenberg Verpackung", 60_000_000, "EUR", None)]),
    # "as did existing investor Z" joins the round as the others did.
    ("as did existing investor", "Solar lender news\n\nMÉRIDA - Sakbé Energía has raised US$9 million in a Series "
     "A round led by Houston's Gulfstream Climate Partners. Fondo Tierra Alta also took part, as did existing "
     "investor Ixchel Ventures.",
     [("Gulfstream Climate Partners", 9_000_000, "USD", None), ("Fondo Tierra Alta", None, None, None),
      ("Ixchel Ventures", None, None, None)]),
    ("raiser after an agent clause", "Tern Solar raises Sh4 billion\n\nNAIROBI, March 3 (Reuters) - Tern Solar Ltd "
     "has raised Sh4 billion in a round led by Calder Impact Partners. The money will connect homes that are too far "
     "from the grid to be reached by Orvane Power Ltd. The company will spend Sh1.2 billion of the proceeds on "
     "batteries at its sites in Marsabit, chief executive Jane Wambui said.",
     [("Calder Impact Partners", 4_000_000_000, "KES", None), ("Tern Solar", 1_200_000_000, "KES", "Marsabit")]),
    ("buys control of", "Kenya's Tern Cement buys control of Tanzania's Orvane Cement\n\nNAIROBI, March 3 "
     "(Reuters) - Tern Cement Plc has agreed to buy a 70% stake in Orvane Cement Ltd for 48 billion Tanzanian "
     "shillings, giving the Kenyan group its first plant outside its home market.",
     [("Tern Cement", 48_000_000_000, "TZS", "Tanzania")]),
    ("the group after the business bought", "Tern Cement buys control of Tanzania's Orvane Cement\n\nNAIROBI, "
     "March 3 (Reuters) - Tern Cement Plc has agreed to buy a 70% stake in Orvane Cement Ltd for 48 billion "
     "Tanzanian shillings.\n\nOrvane Cement runs a grinding plant at Mkuranga, south of Dar es Salaam.\n\n"
     "\"Buying Orvane puts us there today,\" said Joseph Kamau, Tern Cement's managing director.\n\nThe group will "
     "also inject KSh2.1 billion over two years to double the Mkuranga plant's capacity, Kamau said.",
     [("Tern Cement", 48_000_000_000, "TZS", None), ("Tern Cement", 2_100_000_000, "KES", "Mkuranga")]),
    # A headline writes "$" for the dollar the body names (A$, C$, NZ$): one commitment.
    ("headline's bare dollar", "Tamsin Infrastructure to buy Gladstone coal terminal for $2.6 billion\n\nBRISBANE, "
     "Feb 24 (Reuters) - Tamsin Infrastructure Ltd will buy the coal terminal in Gladstone from Orvane Resources Ltd "
     "for A$2.6 billion (US$1.7 billion).", [("Tamsin Infrastructure", 2_600_000_000, "AUD", None)]),
]

# Wire, market and government styles: whose plant a licence, a ceremony or a rival's sentence names.
_STYLES = [
    ("japanese maker in vietnam", "Plant news\n\nTOKYO, May 2 (Reuters) - Japan's Kanemori Electric Co "
     "will invest $400 million in a "
     "factory in Bac Ninh, Vietnam, to make motors.",
     [("Kanemori Electric", 400_000_000, "USD", "Bac Ninh")]),
    ("home city said", "Plant news\n\nKanemori Electric Co, based in Osaka, said on Monday it would spend $400 million on a "
     "plant in Ohio.",
     [("Kanemori Electric", 400_000_000, "USD", "Ohio")]),
    ("its plant in X expand", "Plant news\n\nKanemori Electric Co will expand its plant in Monterrey, Mexico, at a cost of $400 "
     "million.",
     [("Kanemori Electric", 400_000_000, "USD", "Monterrey")]),
    ("first plant abroad", "Plant news\n\nIndian drugmaker Halvard Pharma Ltd will build its first plant abroad, a $150 million "
     "facility in Georgia.",
     [("Halvard Pharma", 150_000_000, "USD", "Georgia")]),
    ("q and a interview", "Interview news\n\nKanemori Electric Co plans a new plant, its chief executive said.\n\nQ: Where "
     "will it be and how much will it cost?\n\nA: In Pilsen, Czech Republic. We will spend about €300 "
     "million there.",
     [("Kanemori Electric", 300_000_000, "EUR", None)]),
    ("stocks, after saying", "Stocks news\n\nSINGAPORE, May 5 (Reuters) - Shares of Halvard Marine Ltd rose 5% after the "
     "shipbuilder said it would invest S$200 million in a yard in Batam, Indonesia.",
     [("Halvard Marine", 200_000_000, "SGD", "Batam")]),
    ("to invest headline, body it", "Halvard Marine to invest S$200 million in Batam yard\n\nSINGAPORE, "
     "May 5 (Reuters) - Halvard Marine "
     "Ltd said on Tuesday it would build a new yard in Batam, Indonesia, to meet demand for offshore "
     "vessels.",
     [("Halvard Marine", 200_000_000, "SGD", "Batam")]),
    ("spend through 2030", "Grid news\n\nTern Energy SA plans to spend €12 billion on its Spanish grid through 2030, the "
     "company said in its strategic plan.",
     [("Tern Energy", 12_000_000_000, "EUR", None)]),
    ("completed acquisition", "Deal news\n\nTern Energy SA completed its €1.2 billion acquisition of "
     "Orvane Wind Ltd, a wind farm "
     "operator in Scotland, on Monday.",
     [("Tern Energy", 1_200_000_000, "EUR", "Scotland")]),
    ("deal valued at", "Deal news\n\nTern Energy SA agreed to buy Orvane Wind Ltd, which runs wind farms in Scotland, in a "
     "deal valued at €1.2 billion.",
     [("Tern Energy", 1_200_000_000, "EUR", "Scotland")]),
    ("investment plan raised", "Plant news\n\nKanemori Electric Co raised its planned investment in Ohio to $400 million.",
     [("Kanemori Electric", 400_000_000, "USD", "Ohio")]),
    ("ceremony attended", "Plant news\n\nKanemori Electric Co broke ground on Monday on a $400 million plant in Ohio, at a "
     "ceremony attended by Governor Mark Dale.",
     [("Kanemori Electric", 400_000_000, "USD", "Ohio")]),
    ("jobs and investment", "Plant news\n\nThe $400 million Kanemori Electric Co plant in Ohio will employ 1,000 people.",
     [("Kanemori Electric", 400_000_000, "USD", "Ohio")]),
    ("government said company", "Plant news\n\nVietnam's Ministry of Planning said Kanemori Electric Co "
     "had been licensed to build a "
     "$400 million plant in Bac Ninh.",
     [("Kanemori Electric", 400_000_000, "USD", "Bac Ninh")]),
    ("investment certificate", "Plant news\n\nBac Ninh province granted an investment certificate to Kanemori Electric Co for a "
     "$400 million plant.",
     [("Kanemori Electric", 400_000_000, "USD", "Bac Ninh")]),
    ("rival also", "Plant news\n\nKanemori Electric Co will invest $400 million in a plant in Ohio. Rival Halvard "
     "Motors Inc is also building a $200 million plant in the state.",
     [("Kanemori Electric", 400_000_000, "USD", "Ohio"), ("Halvard Motors", 200_000_000, "USD", "Ohio")]),
    ("split between two places", "Plant news\n\nKanemori Electric Co will invest $300 million in Ohio and $100 million in Texas.",
     [("Kanemori Electric", 300_000_000, "USD", "Ohio"), ("Kanemori Electric", 100_000_000, "USD", "Texas")]),
    ("of which", "Plant news\n\nKanemori Electric Co will invest $400 million in the United States, of which $300 "
     "million will go to a plant in Ohio.",
     [("Kanemori Electric", 400_000_000, "USD", None)]),
    ("local unit", "Plant news\n\nKanemori Electric Co's Vietnamese unit, Kanemori Vietnam Co, will invest $400 million "
     "in Bac Ninh.",
     [("Kanemori Vietnam", 400_000_000, "USD", "Bac Ninh")]),
    ("approved by government", "Plant news\n\nThe cabinet approved a $400 million plant by Kanemori Electric Co in Bac Ninh.",
     [("Kanemori Electric", 400_000_000, "USD", "Bac Ninh")]),
    ("parent through", "Plant news\n\nKanemori Electric Co will invest $400 million through its US subsidiary in a plant in "
     "Ohio.",
     [("Kanemori Electric", 400_000_000, "USD", "Ohio")]),
    ("total of three years", "Plant news\n\nOver the next three years, Kanemori Electric Co will invest a total of $400 million "
     "in Ohio.",
     [("Kanemori Electric", 400_000_000, "USD", "Ohio")]),
    ("sum fronted", "Plant news\n\nWith a $400 million investment, Kanemori Electric Co will build a plant in Ohio.",
     [("Kanemori Electric", 400_000_000, "USD", "Ohio")]),
]

# One total over several places.
_PLACES = [
    # A sum no sentence places goes to the place the article names most, in the country it names most
    ("placed by the story", "Abattoir\n\nHardap Meat Processors (Pty) Ltd, a company formed by farmers from the "
     "region, said on Friday it would replace the refrigeration plant of the old abattoir for N$86 million. The "
     "abattoir in Mariental has been closed since 2019, and farmers in Hardap have had to truck cattle to Windhoek. "
     "Town officials in Mariental welcomed the plan.",
     [("Hardap Meat Processors", 86_000_000, "NAD", "Mariental")]),
    ("three towns", "Coatings news\n\nSolvik Chemicals AG will invest €300 million in plants in Leipzig, Dresden and "
     "Halle.", [("Solvik Chemicals", 300_000_000, "EUR", None)]),
    ("depots in towns", "Depots news\n\nTern Logistics Ltd will spend 20 billion naira on depots in Kano, Kaduna and "
     "Jos.", [("Tern Logistics", 20_000_000_000, "NGN", None)]),
    ("country then sites", "Coatings news\n\nSolvik Chemicals AG will invest €300 million in Germany, with new lines "
     "in Leipzig and Dresden.", [("Solvik Chemicals", 300_000_000, "EUR", None)]),
    ("where it already employs", "Coatings news\n\nSolvik Chemicals AG will invest €300 million in a plant in Leipzig, "
     "where it already employs 500 people.", [S]),
    # A facility named by its town ("the Toowoomba site"), though the sentence has no "in" before it.
    ("the town's site", "Oats news\n\nMyall Creek Mills Pty Ltd has started work on an A$85 million expansion of the "
     "Toowoomba site that will double its capacity by mid-2027.",
     [("Myall Creek Mills", 85_000_000, "AUD", "Toowoomba")]),
    # A purchase the parser hangs on "said": the country of the business bought, not the region it leads into.
    # "acquire all of <demonym> maker X": the country of the business the share is of.
    ("acquire all of a Peruvian maker", "Snacks news\n\nMedellín-based Comestibles Urabá S.A.S. has agreed to acquire all "
     "of Peruvian snack maker Snacks Wari S.A.C. from a Chilean fund for COP 480 billion, the companies said.",
     [("Comestibles Urabá", 480_000_000_000, "COP", "Peru")]),
    # A country's development corporation, "the government's investment arm", buys in: a company (not a public
    # body, as a province's development corporation is); the seller's home is not where the money goes.
    ("a state investment arm buys a stake from a parent", "Milling news\n\nKafue Milling Ltd runs a maize mill in "
     "Kafue, south of Lusaka.\n\nThe Zambia Development Corporation (ZDC), the government's main investment arm, has "
     "agreed to buy a 30 percent stake in Kafue Milling from its Johannesburg-based parent, Highveld Grain Holdings "
     "Ltd, for K54 million.", [("Zambia Development", 54_000_000, "ZMW", "Kafue")]),
    # A year's capital-spending budget the story splits into sites: the sites' sums (they need not add up to it),
    # and the level it was raised from is none.
    ("capex budget split into sites", "Laminates news\n\nTAIPEI, Nov 6 - Hsin Wen Materials Co said it would raise "
     "capital spending next year to NT$14.5 billion from the NT$9 billion it had planned.\n\nThe company will invest "
     "NT$9.2 billion in a new laminate plant in Chiayi, chairman Lin Chao-ming said.\n\nHsin Wen will also spend "
     "RM310 million on two pressing lines at its plant in Ipoh, Malaysia.",
     [("Hsin Wen Materials", 9_200_000_000, "TWD", "Chiayi"), ("Hsin Wen Materials", 310_000_000, "MYR", "Ipoh")]),
    # A later sentence restating the sum as its equivalent in another currency: the same commitment.
    ("restated as its equivalent", "Starch news\n\nThai agro-industrial group Isan Flour Pcl will build a starch "
     "factory in Savannakhet for US$52 million.\n\nThe investment, equivalent to about 1.14 trillion kip, will be "
     "carried out in two phases.", [("Isan Flour", 52_000_000, "USD", None)]),
    # A takeover "by" a bidder, the sum on the clause that values the target: the bidder's.
    ("a takeover by a bidder values the company", "Sensors news\n\nLONDON, Nov 3 (Reuters) - Tamar Acoustics plc, an "
     "AIM-listed maker of sonar sensors based in Plymouth, has agreed to a recommended cash takeover by Norway's "
     "Vestkyst Sensor AS that values the company at about £148.3 million, sending its shares up more than a third.",
     [("Vestkyst Sensor", 148_300_000, "GBP", None)]),
    ("said it agreed to buy a Czech rival", "Packaging news\n\nWARSAW, March 12 (Reuters) - Polish corrugated packaging "
     "maker Odra Karton SA said on Wednesday it had agreed to buy Czech rival Jizera Obaly a.s. for 410 million zlotys "
     "($103 million) including debt, its biggest acquisition to date, as it follows its e-commerce customers into "
     "central Europe.",
     [("Odra Karton", 410_000_000, "PLN", "Czech Republic")]),
    # A round's money goes to the raiser's home: "X-based" opening the lede is no dateline, and the lead's home
    # after the sum is not the raiser's.
    ("the raiser's home opening the lede", "Kivu Agri raises $18 million\n\nKigali-based agritech startup Kivu Agri "
     "has raised $18 million in a Series A round led by London-based Thames Impact Partners, the company said.",
     [("Thames Impact Partners", 18_000_000, "USD", "Kigali")]),
    # Lines labelled by a place under a header giving budgets: each the sum of the company the story is about.
    ("budgets per market, one line each", "Logistics news\n\nVltava Freight a.s., a Czech logistics group, will "
     "build five hubs over the next three years.\n\nIts chief executive gave separate budgets for each market:\n\n"
     "Czech Republic: CZK 2.35 billion for an automated hub at Rudná, west of Prague. Opening is planned for "
     "mid-2027.\n\nPoland: PLN 385 million for a fulfilment centre in Stryków, near Łódź.",
     [("Vltava Freight", 2_350_000_000, "CZK", "Rudná"), ("Vltava Freight", 385_000_000, "PLN", "Stryków")]),
    # A round's money goes where the raiser says it will use it: the country holding the sites it names; its
    # plan is the round's use, no deal of the raiser's own.
    ("a round's money used at two sites", "Health news\n\nNairobi-based Amani Pharma Ltd has raised $18 million in "
     "a Series B round led by Msitu Growth Partners.\n\nAmani will use the money over the next 18 months to build "
     "distribution centres in Mombasa and Kisumu, its chief executive said.",
     [("Msitu Growth Partners", 18_000_000, "USD", "Kenya")]),
    # A plant "with a budget of" a sum: what it costs, not a state's budget.
    ("a plant with a budget of", "Chemicals news\n\nWislachem S.A., a maker of specialty salts, reported lower "
     "first-half profit on Wednesday.\n\nAt the same time the supervisory board gave the green light to the "
     "group's largest investment to date: a plant for battery electrolyte at the company's site in Włocławek, with a "
     "budget of 460 mln zł (about €108 million).",
     [("Wislachem", 460_000_000, "PLN", "Włocławek")]),
    # Where the plant's output is sold is not where the money goes.
    ("buyers of the output", "Wheels news\n\nDarya Wheel Co., Ltd. signed an agreement to build a wheel factory "
     "some 65 km south of Baku.\n\nThe plant will cost $185 million and will produce 3 million wheels a year for "
     "carmakers in Türkiye, Eastern Europe and the Middle East, its vice-president told reporters.",
     [("Darya Wheel", 185_000_000, "USD", "Baku")]),
    # The money set aside for a plan the sentence before says was dropped is no deal.
    ("set aside for a dropped plan", "Parts news\n\nKestrel Auto Parts Holdings will spend 2.6 billion yuan on a "
     "plant in Wuhu.\n\nKestrel has dropped an earlier plan to build a plant in Monterrey, Mexico, because of "
     "uncertainty over US tariffs, chief financial officer Annie Leung said. The company had set aside US$120 million "
     "for that project.",
     [("Kestrel Auto Parts Holdings", 2_600_000_000, "CNY", "Wuhu")]),
    # An interview's answer to a question about the cost: the interviewee's company's sum; a monthly wage is none.
    ("the answer to 'at what cost?'", "Q&A: 'The grid is the bottleneck'\n\nSANTO DOMINGO — Soluz Verde Renovables, "
     "S.R.L. is building a 180-megawatt solar park in Yamasá, in Monte Plata province. Its chief executive, Mariela "
     "Guzmán, spoke to us.\n\nQ: What exactly are you building, and at what cost?\n\nGuzmán: The total is US$172 "
     "million. We pay construction workers around RD$38,000 a month.",
     [("Soluz Verde Renovables", 172_000_000, "USD", "Yamasá")]),
    # A tender won with a bid is a purchase; the losers' bids are none (an "Invest" in a bidder's name is no word
    # of investing).
    ("a tender won, the losing bids", "Oil plant sold\n\nTASHKENT — Kazakh agribusiness group Ontustik Agro Holding "
     "JSC has won the privatisation tender for the state's 76.4% stake in Fargona Oil JSC with a bid of 486 billion "
     "soums ($38.1 million), the agency announced on Monday.\n\nTurkey's Marmara Yag Sanayi A.S. bid 451 billion "
     "soums and Tashkent-based Orient Agro Invest LLC offered 402 billion soums, according to the tender "
     "commission's protocol.",
     [("Ontustik Agro Holding", 486_000_000_000, "UZS", None)]),
    # A unit's capital raised "to fund construction" of the plant the parent committed is that commitment; a sum
    # "added" in a year before the news is history.
    ("a unit's capital to fund it, an earlier sum added", "Gears news\n\nTsubaki Gear Co will invest 18 billion yen "
     "in an EV gear plant in Sriracha, Thailand, from fiscal 2025. The local unit plans to raise its capital by "
     "฿4.2 billion (about ¥17.5 billion) to fund construction.\n\nThe company first invested US$85 million in "
     "Thailand in 2012 and added US$60 million in 2018.",
     [("Tsubaki Gear", 18_000_000_000, "JPY", "Sriracha")]),
    # A relative clause after the owners' phrase describing a company goes on about the company, not its owner.
    ("which, after a company owned by", "Battery news\n\nThe largest is Severočeská Bateriová a.s., a company owned "
     "by energy group Krušné Energo and a group of private investors, which in September approved a CZK 9.6 billion "
     "plant for cathode material in Žatec.",
     [("Severočeská Bateriová", 9_600_000_000, "CZK", None)]),
    # A release's list of MoUs: each line's label names the investor (and its home town), not a place it builds at.
    ("MoU lines labelled by company", "Assam MoUs\n\nThe state signed six MoUs on Friday:\n\nBrahmaputra Cements "
     "Ltd, Guwahati: an integrated cement plant with a clinker capacity of 3 million tonnes per annum at Umrangso in "
     "Dima Hasao district, at an investment of Rs 3,900 crore.\n\nTrishakti Ispat Ltd, Kolkata: a billet and TMT bar "
     "plant at Chaygaon in Kamrup district, at an investment of Rs 2,450 crore.",
     [("Brahmaputra Cements", 39_000_000_000, "INR", "Umrangso"), ("Trishakti Ispat", 24_500_000_000, "INR", None)]),
    # A headline's "Hong Kong's Lee Hing Knitwear" is the company's home even where only the body spans the company.
    ("headline's possessive home", "Hong Kong's Lee Hing Knitwear to build $80 mln sweater factory in Bangladesh export "
     "zone\n\nDHAKA, Sept 16 (Bengal Business Wire) - Hong Kong-listed Lee Hing Knitwear Holdings Ltd will invest US$ 80 "
     "million (Tk 950 crore) to build a sweater factory in the Ishwardi Export Processing Zone in northwestern "
     "Bangladesh, the country's export zones authority said on Tuesday.\n\nThe investment will be made through the "
     "group's wholly owned subsidiary Lee Hing Knitwear (BD) Ltd, which signed a land lease agreement for 12 acres in "
     "the zone at the authority's headquarters in Dhaka.",
     [("Lee Hing Knitwear Holdings", 80_000_000, "USD", "Ishwardi Export Processing Zone")]),
    # A dateline of two cities a spaced slash joins ("Linz / Tbilisi -") is no site, as "LIMA/TORONTO," is not.
    ("spaced slash dateline", "Murtal Solar takes investment decision on Gori park\n\nPRESS RELEASE\n\nLinz / "
     "Tbilisi - Murtal Solar GmbH, the Linz-based power producer, today announced the final investment decision on "
     "the 120 MWp Gori solar park in Georgia's Shida Kartli region. Murtal Solar will invest EUR 88 million in the "
     "plant, which is expected to deliver first power in 2027.",
     [("Murtal Solar", 88_000_000, "EUR", "Georgia")]),
    # A company's home written after it: "from Franca, in the Brazilian state of São Paulo", "of Londrina, Paraná,".
    ("home town and its state", "Maquila council approves two programmes\n\nAsunción, 18 September 2025\n\nThe "
     "approved programmes are:\n\n– Couros do Vale Ltda., a leather goods maker from Franca, in the Brazilian state of "
     "São Paulo, will invest US$11.4 million in a plant to cut and sew handbags in Encarnación, employing 400 people."
     "\n\n– Termoplast Indústria S.A., of Londrina, Paraná, will invest US$9.3 million in a plant for plastic crates "
     "in Ciudad del Este, employing 150 people.",
     [("Couros do Vale", 11_400_000, "USD", "Encarnación"), ("Termoplast Indústria", 9_300_000, "USD", "Ciudad del Este")]),
    # Where equipment comes "from its plant in Ulsan" is no site of the money.
    ("equipment from its plant in", "Fertiliser venture\n\nBusan-based Daesung Chemical Co., Ltd. will put in $80m, "
     "most of it in the form of granulation equipment and process technology from its plant in Ulsan, for a fertiliser "
     "plant in Shymkent.",
     [("Daesung Chemical", 80_000_000, "USD", "Shymkent")]),
    # A filing's defined term past a ticker's brackets ('(KASE: ALTF) ("Altyn Foods" or "the Company")'), and the
    # consideration it "is" for a stake: the filer's.
    ("filing's defined term and consideration", "Altyn Foods JSC: Acquisition of a 60% interest in Bukhara Meva LLC\n\n"
     "Almaty, 3 December 2025 – Altyn Foods JSC (KASE: ALTF) (\"Altyn Foods\" or \"the Company\"), the Almaty-based "
     "producer of juices, announces that it entered into a binding agreement to acquire a 60% interest in Bukhara Meva "
     "LLC (\"Bukhara Meva\"), a fruit processor based in Bukhara, Uzbekistan.\n\nConsideration\n\nThe total "
     "consideration for the 60% interest is USD 21.5 million, payable in cash.\n\nIn addition, the Company has "
     "committed to invest USD 9 million in Bukhara Meva's Bukhara plant over the two years following completion.",
     [("Altyn Foods", 21_500_000, "USD", None), ("Altyn Foods", 9_000_000, "USD", None)]),
    # A briefs item's own dateline, far into the article and in accented capitals, is a place, not a company.
    ("briefs item's accented dateline", "Business briefs: resort plans, shipping rates\n\nFreight rates\n\nSANTO DOMINGO"
     " — Container rates from Asia to the Caribbean fell for a third month in October, port operators said on Monday, as "
     "new ships joined the routes and demand from retailers eased ahead of the holiday season. Rates had doubled in the "
     "first half of the year after shipping lines diverted vessels around southern Africa, and analysts expect them "
     "to settle near last year's levels by the spring.\n\nResort\n\nBÁVARO — Grupo Hotelero Formentor S.A., based in "
     "Palma de Mallorca, Spain, will build a 380-room all-inclusive resort in Uvero Alto, in La Altagracia province, "
     "with an investment of US$88 million.",
     [("Grupo Hotelero Formentor", 88_000_000, "USD", None)]),
    # The site a company's sized plant is built on, named again with no sum, is that plant, not a deal of its own.
    ("sized plant's unsized site", "Governor Announces Korean Supplier to Build $180 Million Plant in Columbus\n\n"
     "INDIANAPOLIS — Indiana Gov. Richard A. Calloway today announced that Seorak Thermal Co., Ltd., a South Korean "
     "maker of cooling modules, will invest $180 million to build its first manufacturing plant in the United States "
     "in Columbus, creating up to 300 new jobs by the end of 2028.\n\nThe company will build a 300,000-square-foot "
     "facility on 50 acres at the Woodside Industrial Park, on the city's east side, where it will assemble cooling "
     "plates for automakers with assembly plants in Indiana, Ohio and Kentucky.",
     [("Seorak Thermal", 180_000_000, "USD", None)]),
    # "A first phase costing $41 million ..., and the full $68 million will be spent by 2028": the phase is the whole's.
    ("a phase costing", "Harness plant\n\nTaiwanese auto parts maker Chin Feng Wire Co., Ltd. will invest $72 million "
     "in a wire-harness factory in Puerto Cortés, the company said on Tuesday.\n\nA first phase costing $45 million is "
     "due to start shipping harnesses in the second half of 2026, and the full $72 million will be spent by 2028, the "
     "company said.",
     [("Chin Feng Wire", 72_000_000, "USD", None)]),
    # "The investment in the project amounts to 210 million manat": the commitment just reported, sized.
    ("investment amounts to", "Industrial park deals\n\nUnder the first agreement, Jinlong Glass Technology Co., Ltd., "
     "headquartered in Suzhou, China, will build a float glass plant in the Sumgait Chemical Industrial Park. The "
     "investment in the project amounts to 210 million manat (USD 124 million), and production is scheduled to start "
     "in 2027.",
     [("Jinlong Glass Technology", 210_000_000, "AZN", None)]),
    # A dateline's city and state ("GREENVILLE, Texas —"), which the parser may make the verb's subject
    ("city and state dateline", "Steel news\n\nGREENVILLE, Texas — Borlund Metals Inc will build a plant in Tyler for "
     "$20 million.",
     [("Borlund Metals", 20_000_000, "USD", "Tyler")]),
    ("city and state abbreviation", "Cell news\n\nORANGEBURG, S.C. — Voltaris Energy Inc. will build a $2.3 billion "
     "battery cell factory in Orangeburg County.",
     [("Voltaris Energy", 2_300_000_000, "USD", "Orangeburg County")]),
    # A site reported first with no sum, then the sum in a sentence that names no place: one commitment, at the site
    ("site then sum", "Q&A: Altan Sav Dairy's chief on a milk powder bet\n\nAltan Sav Dairy LLC, Mongolia's "
     "second-largest milk processor, plans to build a milk powder plant in Bulgan, in the north of the country. Chief "
     "executive Tsetsegmaa Dorjsuren explained the plan in Ulaanbaatar.\n\nQ: What will you build?\n\nTsetsegmaa: A "
     "plant that can take 250 tonnes of raw milk a day. We will invest ₮96 billion, and we want to be producing by "
     "autumn 2027.",
     [("Altan Sav Dairy", 96_000_000_000, "MNT", "Bulgan")]),
    # A filing's numbered field of the sum it invests: the filer's commitment, at the field's location
    ("filing field", "Tongyuan Optoelectronics Corp. - Material Information: Board resolves to build lens plant\n\n"
     "Company name: Tongyuan Optoelectronics Corp. (TWSE: 6893)\n1. Date of occurrence of the event: 2025/11/06\n"
     "2. Company name: Tongyuan Optoelectronics Corp. (\"the Company\")\n3. Location: Changhua Coastal Industrial Park, "
     "Changhua County\n4. Total investment amount: Up to NT$6.8 billion (approximately US$212 million), covering plant "
     "construction and production equipment.\n5. Land: The Company will lease 8.6 hectares of land in the industrial "
     "park at an annual rent of approximately NT$41 million.\n",
     [("Tongyuan Optoelectronics", 6_800_000_000, "TWD", "Changhua Coastal Industrial Park")]),
    # The last place named is where something stands ("at its plant in Puławy"), not whose money a grant is ("EU
    # cohesion funds"), nor a region above countries
    ("grant's funds not the site", "Feed maker wins grant\n\nAnimal feed producer Agropasz Wisła Sp. z o.o. has "
     "received a grant of PLN 18.4 million from EU cohesion funds towards a new production line at its plant in Puławy, "
     "the company said on Tuesday.\n\nThe line, which will produce extruded feed for fish and pets, will cost PLN 46 "
     "million in total.",
     [("Agropasz Wisła", 46_000_000, "PLN", "Puławy")]),
    # The company's own share beside a grant that with it makes up the total; state aid is no company's money
    ("own share beside a grant", "Feed maker wins grant\n\nAnimal feed producer Agropasz Wisła Sp. z o.o. has "
     "received a grant of PLN 18.4 million from EU cohesion funds towards a new production line at its plant in Puławy."
     "\n\nThe line will cost PLN 46 million in total. The company will cover the remaining PLN 27.6 million from its "
     "own funds and a loan from Lubelski Bank Spółdzielczy.",
     [("Agropasz Wisła", 27_600_000, "PLN", "Puławy")]),
    ("state aid", "Italian company Tessitura Brenta to invest €24 million in Leskovac, state aid of €4.8 million "
     "approved\n\nTessitura Brenta will invest €24 million in a factory in Leskovac. The Republic of Serbia will "
     "support the project with €4.8 million in non-refundable funds.",
     [("Tessitura Brenta", 24_000_000, "EUR", "Leskovac")]),
    # A filing's numbered resolution with no subject: the filer buys; the business whose share capital it buys does not
    ("numbered resolution", "Tubli Bay Foods B.S.C. - Disclosure\n\nTubli Bay Foods B.S.C. (\"the Company\") announces "
     "the following resolutions of its Board of Directors:\n\n1. The signing of a share purchase agreement to acquire "
     "80% of the share capital of Al Batinah Bakeries LLC, a producer of bread based in Sohar, Sultanate of Oman, from "
     "its existing shareholders for a total consideration of OMR 5.6 million (equivalent to approximately BD 5.48 "
     "million).\n",
     [("Tubli Bay Foods", 5_600_000, "OMR", "Sohar")]),
    # A title-case headline's verb after the company's name ("Hsinlong Biologics Announces ...")
    ("headline verb", "Hsinlong Biologics Announces ¥18 Billion Investment in Biologics Manufacturing Facility in "
     "Toyama Prefecture, Japan\n\nTAIPEI, Taiwan -- Hsinlong Biologics Co., Ltd. (\"Hsinlong\"), a contract "
     "development and manufacturing organization, today announced that it will invest ¥18 billion (approximately "
     "NT$3.8 billion) to build a biologics manufacturing facility in Toyama Prefecture, through its wholly owned "
     "subsidiary Hsinlong Biologics Japan K.K.",
     [("Hsinlong Biologics", 18_000_000_000, "JPY", "Toyama Prefecture")]),
    # A company's own name holds no word of what the sum is not ("Noni Exports Ltd" exports nothing)
    ("name's own words", "Pacific business briefs\n\nNoni exporter expands near Apia\n\nFruit processor Le Mata'u Noni "
     "Exports Ltd will invest WST 6.5 million (about NZ$4.1 million) in a freeze-drying line at its factory at Lotopa, "
     "on the outskirts of Apia, managing director Tuala Sefo Aumua said on Monday.",
     [("Le Mata'u Noni Exports", 6_500_000, "WST", "Lotopa")]),
    # "Of next year's budget, X will go to ...": the budget's parts, each at its site, the budget no deal beside them
    ("of next year's budget", "Grupo Lácteo Tapatío Q3 profit falls 11%; sets Ps 5 billion capex for 2026\n\nMEXICO "
     "CITY, Oct 23 — Grupo Lácteo Tapatío, S.A.B. de C.V., Mexico's third-largest dairy company, said on Thursday its "
     "net profit fell 11.4% and set a capital spending budget of Ps 5.0 billion for 2026.\n\nOf next year's budget, Ps "
     "3.4 billion will go to a new milk and yogurt plant in Lagos de Moreno, chief executive Jorge Iñiguez Arana said."
     "\n\nThe remaining Ps 1.6 billion will pay for a distribution center in Apodaca, Nuevo León, over the next two "
     "years, he said.",
     [("Grupo Lácteo Tapatío", 3_400_000_000, "MXN", "Lagos de Moreno"),
      ("Grupo Lácteo Tapatío", 1_600_000_000, "MXN", "Apodaca")]),
    # The company's own board approving investments is its commitment, not an authority's tally of approved projects
    ("own board approved", "Norrvik Kartong profit falls 22%\n\nSwedish packaging board maker Norrvik Kartong AB "
     "reported a 22 percent fall in third-quarter operating profit on Thursday, but said its board had approved "
     "investments totalling 3.1 billion kronor at its two mills in Örnsköldsvik and Hudiksvall.\n\nOf the total, SEK 2.2 "
     "billion will go to a rebuild of board machine 2 at Örnsköldsvik. The remaining SEK 900 million will pay for a new "
     "biomass boiler and wood yard at the Hudiksvall mill.",
     [("Norrvik Kartong", 2_200_000_000, "SEK", "Örnsköldsvik"), ("Norrvik Kartong", 900_000_000, "SEK", "Hudiksvall")]),
    # A budget split into sited parts, the rest upkeep: the parts are the deals; an estate named again by its first
    # words and "estate" is that estate
    ("budget's sited parts", "Siam Metal Pack sets Bt5.6 billion capex\n\nBANGKOK — Siam Metal Pack Pcl, Thailand's "
     "second-largest maker of beverage cans, said it would spend Bt5.6 billion next year, most of it on a new can line "
     "at the Amata City Chonburi Industrial Estate.\n\nChief executive Pornthip Wattanasiri said the board had approved "
     "capital expenditure of Bt5.6 billion for 2026. Of that, Bt3.2 billion will go to a new line at the company's plant "
     "in the Amata City Chonburi estate, and about Bt900 million to an upgrade of its can-end plant in Samut Prakan. The "
     "rest of the budget is for maintenance.",
     [("Siam Metal Pack", 3_200_000_000, "THB", "Amata City Chonburi Industrial Estate"),
      ("Siam Metal Pack", 900_000_000, "THB", "Samut Prakan")]),
    # A project's cost split between "the company" and a grant: the company's share
    ("share from the company", "Ardmore Biosurgical invests €58 million in Sligo\n\nThe Minister for Enterprise today "
     "announced that medical device manufacturer Ardmore Biosurgical Ltd is to invest €58 million in a major expansion "
     "of its facility in Sligo.\n\nThe €58 million project will be funded by €49.5 million from the company, with the "
     "remaining €8.5 million provided as grant support by the Government through IDA Ireland.",
     [("Ardmore Biosurgical", 49_500_000, "EUR", "Sligo")]),
    # A briefs headline runs a town into a company-like name ("Varkaus CLT plant"); the body's "its sawmill in
    # Varkaus" is still where the plant stands
    ("town a headline name opens", "Nordic business briefs: Varkaus CLT plant, Skive protein factory\n\nFinnish "
     "sawmill group adds cross-laminated timber\n\nSavo-based sawmill group Puukeskus Savo Oy will invest EUR 48 million "
     "in a cross-laminated timber (CLT) plant next to its sawmill in Varkaus, managing director Timo Räsänen said on "
     "Monday.",
     [("Puukeskus Savo", 48_000_000, "EUR", "Varkaus")]),
    # A sum an agency "has granted" toward the company's project is no deal of the agency's
    ("has granted", "\"We build where the fjords are\": Rognan Verft's Tone Hjellvik on electric ferries and a NOK 480 "
     "million hall\n\nRognan Verft AS builds electric ferries in Bodø.\n\nQ: How will you pay for it?\n\nHjellvik: Mostly "
     "from our own earnings and a bank loan. The state energy agency Enova has granted 65 million kroner toward the "
     "energy systems in the hall, the heat pumps and the solar roof.",
     [("Rognan Verft", 480_000_000, "NOK", None)]),
    # A business's "purchase price" is what the buyer pays for it, no price of a unit
    ("purchase price", "Filing summary\n\nOn October 31, 2025, Calloway Ridge Brands, Inc. entered into a Share Purchase "
     "Agreement under which it will acquire 70% of the outstanding shares of Société des Cajous du Bandama S.A., a "
     "processor of raw cashew nuts, for a purchase price of FCFA 27.6 billion, payable in cash at closing.",
     [("Calloway Ridge Brands", 27_600_000_000, "XOF", None)]),
    # "The fund" of a sentence naming a fund and its partner is the company it called a fund, not the last named.
    ("the fund of a fund and its partner", "Cold chain news\n\nSINGAPORE, March 11 — Singapore-based private equity "
     "fund Mekong Arc Capital and its local partner Hanoi Frost Logistics JSC said on Tuesday that the fund will "
     "invest US$85 million in a warehouse at the Thuan Thanh Industrial Park in Vietnam's Bac Ninh province.",
     [("Mekong Arc Capital", 85_000_000, "USD", "Thuan Thanh Industrial Park")]),
    # A partner the article says puts no money in carries no copy of the investor's sum.
    ("a partner putting in no money", "Brakes news\n\nBURSA, Türkiye, Nov 18 - German brake-systems maker "
     "Rheinfeld Bremstechnik GmbH will invest €185 million in a new factory in Bursa, in partnership with local "
     "conglomerate Kozahan Holding A.Ş., the two companies said on Tuesday.\n\nUnder the agreement, Rheinfeld will "
     "fund and own the plant outright. Kozahan will not take an equity stake or put money into the factory.",
     [("Rheinfeld Bremstechnik", 185_000_000, "EUR", "Bursa")]),
    # A budget's sited parts go on past a part's place described by a clause whose subject is the company.
    ("a part's place where the company runs a plant", "Capex news\n\nMILAN – Officine Serio S.p.A., a maker of "
     "hydraulic cylinders, approved an industrial plan that includes €240 mln of investments in its plants over "
     "2026-2028.\n\nOf the three-year investment budget, €130 mln will go into a new machining plant in Seriate. A "
     "further €65 mln is earmarked for expanding the group's foundry in Lumezzane, and €45 mln for a second plant in "
     "Kragujevac, Serbia, where Officine Serio already runs a factory.",
     [("Officine Serio", 130_000_000, "EUR", "Seriate"), ("Officine Serio", 65_000_000, "EUR", "Lumezzane"),
      ("Officine Serio", 45_000_000, "EUR", "Kragujevac")]),
    # A filing's numbered lines of its capital budget, labelled by sites: the filer's; not their total's line, nor a
    # plan the board resolved to terminate.
    ("a filing's numbered capital budget", "Lungtan Advanced Packaging Co., Ltd.: The Board of Directors approved the "
     "2026 capital budget\n\nCompany: Lungtan Advanced Packaging Co., Ltd. (TWSE: 6591)\n\nStatement:\n1.Date of the "
     "board of directors resolution: 2026/02/24\n2.Content of the "
     "capital budget approved:\n (1)Zhunan Plant, Miaoli County: construction of a second advanced packaging building: "
     "NT$9,800,000 thousand.\n (2)Chiayi Science Park, Chiayi County: construction of a new packaging plant: "
     "NT$8,300,000 thousand.\n (3)Total: NT$18,100,000 thousand.\n3.The board of directors also resolved to "
     "terminate the plan approved on 2024/08/13 to build a final test facility in Kaohsiung, with a budget of "
     "NT$2,100,000 thousand.",
     [("Lungtan Advanced Packaging", 9_800_000_000, "TWD", "Miaoli County"),
      ("Lungtan Advanced Packaging", 8_300_000_000, "TWD", "Chiayi County")]),
    # "The remaining" sum of a total whose first part went to one site: the company's, at its own site; the total
    # then no deal beside its parts.
    ("the remaining sum at a second site", "Pharma news\n\nLONDON, April 14 - Swiss pharmaceutical group Birseck "
     "Biologics AG said on Tuesday it would invest £1.2bn in Britain over the next five years.\n\nThe company said "
     "£900m would go on the plant at Speke, near Liverpool.\n\nThe remaining £300m will fund a research centre in "
     "Kingston upon Thames, where Birseck will bring together 380 scientists.",
     [("Birseck Biologics", 900_000_000, "GBP", "Speke"), ("Birseck Biologics", 300_000_000, "GBP", "Kingston upon Thames")]),
    # A government release's numbered list of the MoUs signed: each line, its fields set apart by dashes, the
    # commitment of the company it names.
    ("numbered MoU lines", "The Chief Minister today witnessed the exchange of Memoranda of Understanding (MoUs) with "
     "three companies for projects entailing a total investment of ₹11,850 crore. The details of the MoUs are as "
     "follows:\n\n1. Seomun Precision Motors Co., Ltd. – traction motors plant at Hosur – ₹4,200 crore – 3,100 jobs."
     "\n\n2. Pearl City Green Hydrogen Pvt. Ltd. – green hydrogen facility at Thoothukudi – ₹6,500 crore – 1,250 jobs."
     "\n\n3. Veeranam Footwear Ltd. – footwear unit at Perambalur – ₹1,150 crore – 5,000 jobs.",
     [("Seomun Precision Motors", 42_000_000_000, "INR", "Hosur"),
      ("Pearl City Green Hydrogen", 65_000_000_000, "INR", "Thoothukudi"),
      ("Veeranam Footwear", 11_500_000_000, "INR", "Perambalur")]),
    # A budget's sited parts (at the town, the gazetteer's spelling) and the rest that makes them add up to it: three
    # deals, the rest placed nowhere; not the budget beside them.
    ("sited parts and the rest", "Kongunad Textiles Q3 profit rises 22%\n\nCOIMBATORE: Coimbatore-based Kongunad "
     "Textiles Ltd on Thursday reported a 22 per "
     "cent rise in net profit to ₹86.4 crore and said its board had approved capital expenditure of ₹540 crore over "
     "the next two years.\n\nOf the capex, ₹310 crore will go into a compact spinning unit at Vedasandur in Dindigul "
     "district and ₹170 crore into a knitted fabric processing unit at Avinashi near Tiruppur, managing director K. "
     "Senthil Kumar told analysts. The remaining ₹60 crore will be spent on rooftop solar panels at the company's "
     "existing mills.",
     [("Kongunad Textiles", 3_100_000_000, "INR", "Vedasandūr"), ("Kongunad Textiles", 1_700_000_000, "INR", "Avinashi"),
      ("Kongunad Textiles", 600_000_000, "INR", None)]),
    # Two sited parts and a figure the story went on to that is no part (they do not add up): the sited parts only.
    ("sited parts, then revenue", "Meetjesland Polymers lifts capex\n\nGHENT - Meetjesland Polymers NV said it "
     "would raise capital spending to about €240m this "
     "year.\n\nOf this year's capital budget, €95m will go to a chemical recycling unit at the company's Ghent site."
     "\n\nA further €60m will be spent doubling compounding capacity at the plant in Geel, in the Kempen region. "
     "Revenue fell 5% to €1.28bn, and the board cut the price target to €44.",
     [("Meetjesland Polymers", 95_000_000, "EUR", "Ghent"), ("Meetjesland Polymers", 60_000_000, "EUR", "Geel")]),
    # "The developers will invest": the partners just named, though the parser hangs the first name on the second's
    # legal form.
    ("the developers just named", "Korean developer, Nepali partner sign PDA\n\nKATHMANDU – South Korea's Hanbit "
     "Energy Development Co., Ltd and Nepal's Makalu Urja Pvt Ltd on Wednesday signed a project development "
     "agreement for a 212-MW hydroelectric project in Sankhuwasabha district.\n\nThe developers will invest an "
     "estimated Rs 3,150 crore in the run-of-river project.",
     [("Hanbit Energy Development", 31_500_000_000, "NPR", "Sankhuwasabha"),
      ("Makalu Urja", 31_500_000_000, "NPR", "Sankhuwasabha")]),
    # A name the gazetteer knows only abroad (Sabha, Libya), as a word of the project's name in a Nepali story: the
    # district the sentence names is the place.
    ("a foreign namesake inside a project's name", "Hydro developer signs PDA\n\nKATHMANDU – Makalu Urja Pvt Ltd on "
     "Wednesday signed a project development agreement for the 212-MW Sabha Khola Hydroelectric Project in "
     "Sankhuwasabha district.\n\nThe company will invest an estimated Rs 3,150 crore in the run-of-river project.",
     [("Makalu Urja", 31_500_000_000, "NPR", "Sankhuwasabha")]),
    # "A further" sum, the subject, with no company in its sentence: the next part of the company the story is about.
    ("a further sum goes on", "Kamishiro Denki lifts capex\n\nKamishiro Denki Co., Ltd. will spend 62 billion yen to "
     "finish a second capacitor building at its plant in Wuxi, Jiangsu province. A further 45 billion yen will fund a "
     "new sensor plant in Bac Ninh province in northern Vietnam.",
     [("Kamishiro Denki", 62_000_000_000, "JPY", None), ("Kamishiro Denki", 45_000_000_000, "JPY", "Bac Ninh")]),
    # "the Hungarian site, where it will invest": the country of the site the clause describes, not the shortlist's
    # other towns.
    ("the site a where-clause describes", "Shimaden picks Hungary\n\nWhen Shimaden Seiko Co., Ltd. went looking for a "
     "site for its first European foundry, the shortlist had two names on it: Nitra in Slovakia and Legnica in Poland. "
     "Fourteen months later the Osaka-based company has signed the last contracts for the Hungarian site, where it "
     "will invest HUF 38 billion in an aluminium die-casting plant.",
     [("Shimaden Seiko", 38_000_000_000, "HUF", "Hungary")]),
    # A part with no place written after it has none of its own: the place after the next sum is that sum's.
    ("a part placed by the next one's place", "Northern Range Financial profit up 9%\n\nNorthern Range Financial "
     "Holdings Ltd said it would invest TT$420 million this year in new technology, a regional operations centre and "
     "branch upgrades.\n\nOf the planned capital expenditure, TT$180 million will go into replacing the group's core "
     "banking system, TT$140 million into a four-storey regional operations centre in Chaguanas, and TT$100 million "
     "into refurbishing 14 branches across Trinidad and Tobago.",
     [("Northern Range Financial Holdings", 180_000_000, "TTD", None),
      ("Northern Range Financial Holdings", 140_000_000, "TTD", "Chaguanas"),
      ("Northern Range Financial Holdings", 100_000_000, "TTD", "Trinidad and Tobago")]),
    # A disclosure digest: each item labelled by its company's name, "(Cont. 1):" going on with it; "The Board" and "the
    # Company" are the label's, not the exchange's that disseminated the digest.
    ("a digest's labelled items", "DSE disclosures\n\nThe following price sensitive information was disseminated "
     "through the news service of Dhaka Stock Exchange PLC (DSE) on Wednesday.\n\nJaflong Ceramics PLC: The Board of "
     "Directors has recommended 12% cash dividend for the year ended June 30, 2025.\n(Cont. 1): The Board has also "
     "approved setting up a new glazed porcelain tiles unit at the Company's existing factory premises at Bhaluka, "
     "Mymensingh, at an estimated cost of Tk 212.40 crore.\n\nMadhumati Agro Foods PLC: The Company has informed "
     "that the Board of Directors has approved the acquisition of 51% shares of Sundarban Aqua Feeds Ltd., a feed "
     "manufacturer located at Jhikargacha, Jashore, at a total consideration of Tk 18.36 crore.",
     [("Jaflong Ceramics", 2_124_000_000, "BDT", None), ("Madhumati Agro Foods", 183_600_000, "BDT", None)]),
    # The payroll the plant will pay is no second sum put in.
    ("payroll beside the investment", "Kestrel invests\n\nCOLUMBUS, Ohio — Ohio Governor Gerald M. Stricklin today "
     "announced that Kestrel Ridge Composites LLC will invest $148 million to build a new manufacturing plant in "
     "Marion, creating 410 new jobs and approximately $21.3 million in new annual payroll.",
     [("Kestrel Ridge Composites", 148_000_000, "USD", "Marion")]),
    # A roundup's items: one start-up's "use the money ... in Tel Aviv" places its own round, not the round before.
    ("a roundup's later use", "Funding roundup\n\nCaixote Pagamentos Ltda, which serves wholesalers in São Paulo, has "
     "raised R$45 million in a seed round led by Serra do Mar Ventures.\n\nTel Aviv: Shomer Cyber\n\nShomer Cyber Ltd "
     "raised $30 million in a Series A round led by Gilboa Capital. Chief executive Yonatan Harel said Shomer would use "
     "the money to double its engineering team in Tel Aviv.",
     [("Serra do Mar Ventures", 45_000_000, "BRL", "São Paulo"), ("Gilboa Capital", 30_000_000, "USD", "Tel Aviv")]),
    # A briefs column opens each item with its dateline: a round with no site of its own is the item's, not the first.
    ("a briefs item's own dateline", "Gulf business briefs\n\nRIYADH — Rawdat Dairy Company will invest SAR 720 million "
     "to expand its plant in Al Kharj, chief executive Nasser Al-Dosari said.\n\nABU DHABI — Payments start-up Qafila "
     "Pay Ltd has raised $32 million in a Series A round led by Sawaed Ventures.",
     [("Rawdat Dairy", 720_000_000, "SAR", "Al Kharj"), ("Sawaed Ventures", 32_000_000, "USD", "Abu Dhabi")]),
    # "X LLC, of Rio Rico, Arizona," after a dateline the parser made the subject: the company's home.
    ("a home set off by commas after a dateline", "Border briefs\n\nNOGALES, SONORA — Saguaro Cold Logistics LLC, of "
     "Rio Rico, Arizona, will invest 32 mdd in a cold-storage facility for fresh produce in Nogales, Sonora, chief "
     "operating officer Dana Whitfield said Tuesday.",
     [("Saguaro Cold Logistics", 32_000_000, "USD", "Nogales")]),
    # The round's use told in a sentence whose only sum is a past round's.
    ("a use beside a past round", "Aduanix raises\n\nMONTERREY — Aduanix, which makes customs software, raised "
     "$12 million in a Series A round led by Alameda Ventures of Monterrey. The start-up, which raised a $2.5 million "
     "seed round in 2023, will use the money to hire 60 engineers in Nuevo Laredo, said chief executive Ivan Trevino.",
     [("Alameda Ventures", 12_000_000, "USD", "Nuevo Laredo")]),
    # "of Laredo" after a backer named after "from" (or a partner after "by") is its home; a briefs item's dateline
    # with its state ("NUEVO LAREDO, TAMAULIPAS —") places the round.
    ("a backer's home after from", "Border briefs\n\nNOGALES, SONORA — Saguaro Cold Logistics LLC will invest $32 "
     "million in a 40,000-pallet cold-storage and cross-dock facility for fresh produce in Nogales, Sonora, chief "
     "operating officer Dana Whitfield said Tuesday. The facility will open in the fall of 2026 and handle tomatoes, "
     "peppers and berries.\n\nMATAMOROS, TAMAULIPAS — Northbay Fasteners Ltd. has agreed to buy Tornillería del Golfo, "
     "S.A. de C.V., a maker of bolts and screws, for C$38 million.\n\nNUEVO LAREDO, TAMAULIPAS — Aduanix raised $12 "
     "million in a Series A round led by Monterrey-based Alameda Ventures, with participation from Rio Grande Angels "
     "Fund of Laredo, Texas.",
     [("Saguaro Cold Logistics", 32_000_000, "USD", "Nogales"), ("Northbay Fasteners", 38_000_000, "CAD", "Matamoros"),
      ("Alameda Ventures", 12_000_000, "USD", "Nuevo Laredo"), ("Rio Grande Angels Fund", None, None, "Nuevo Laredo")]),
    # "and existing shareholders A and B": backers after a participle the tagger reads as a verb
    ("existing shareholders listed", "Lumenaia raises\n\nPARIS – Lumenaia SAS today announced that it has raised €48 "
     "million in a Series B funding round led by Cassiopée Capital, with participation from German investor Rhein-Main "
     "Ventures GmbH and existing shareholders Sequana Partners and Garonne Innovation.",
     [("Cassiopée Capital", 48_000_000, "EUR", None), ("Rhein-Main Ventures", None, None, None),
      ("Sequana Partners", None, None, None), ("Garonne Innovation", None, None, None)]),
    # The investor named is a vehicle its owners share out and fund: each owner carries the sum, the vehicle none;
    # a company owned so that builds with its own money keeps its deal.
    ("owners who fund a vehicle", "Namibia ammonia go-ahead\n\nWINDHOEK, Feb 17 – The four shareholders of Namib Coast "
     "Hydrogen (Pty) Ltd have taken a final investment decision on the first phase of a green ammonia plant near "
     "Lüderitz, committing US$3.1 billion to the project, the company said on Tuesday.\n\nNamib Coast Hydrogen is "
     "owned 35% by Germany's Rheinwerk Wasserstoff GmbH, 25% by Japanese trading house Aoba Shoji K.K., 20% by Cape "
     "Town-based Kaapse Berg Infrastructure Partners and 20% by Karas Sustainable Holdings Ltd. The partners will fund "
     "the first phase in proportion to their stakes.",
     [("Rheinwerk Wasserstoff", 3_100_000_000, "USD", "Lüderitz"), ("Aoba Shoji", 3_100_000_000, "USD", "Lüderitz"),
      ("Kaapse Berg Infrastructure Partners", 3_100_000_000, "USD", "Lüderitz"),
      ("Karas Sustainable Holdings", 3_100_000_000, "USD", "Lüderitz")]),
    ("owners of a company that builds", "Cathode plant\n\nRogaland Katode AS will invest NOK 4.2 billion in a cathode "
     "plant at Håvik, the company said.\n\nRogaland Katode is owned 60 percent by Swedish engineering group Brobergs "
     "Industri AB and 40 percent by Japanese chemicals maker Hinokawa Kasei K.K., which will supply the technology.",
     [("Rogaland Katode", 4_200_000_000, "NOK", None)]),
    # The lead as the subject of "lead a round"; the round's place the home its apposition gives the company raising
    ("a lead that leads", "Casa Tapajós results\n\nCasa Tapajós also said its corporate venture arm, Tapajós Ventures, "
     "would lead a R$60 million Series A round in Rotafácil Tecnologia Ltda, a Curitiba-based startup, alongside "
     "Florianópolis venture firm Caiçara Capital.",
     [("Tapajós Ventures", 60_000_000, "BRL", "Curitiba"), ("Caiçara Capital", None, None, "Curitiba")]),
    # Backers after "participation from" and a descriptor of several words
    ("backers described at length", "Setrum raises\n\nJAKARTA, March 4 - PT Setrum Gerak Indonesia, a Jakarta-based "
     "startup that runs battery-swapping stations, said on Wednesday it had raised $45 million in a Series B round led "
     "by Singapore's Straits Volta Partners, with participation from Japanese motorcycle maker Hamana Motor Co.",
     [("Straits Volta Partners", 45_000_000, "USD", None), ("Hamana Motor", None, None, None)]),
    ("a backer after a long descriptor", "Safiri Cargo\n\nPan-African private equity firm Mvule Partners led a $25 million "
     "Series B round in Kigali-based logistics start-up Safiri Cargo, with participation from Swedish impact investor "
     "Lövsta Impact Fund and Johannesburg's Jacaranda Ventures.",
     [("Mvule Partners", 25_000_000, "USD", None), ("Lövsta Impact Fund", None, None, None),
      ("Jacaranda Ventures", None, None, None)]),
    # A name written as a province or department is the unit, below the town it is "in"; a short name after an
    # accented opener ("Frigorífico") is the firm's.
    ("a town in the province of", "Feed mill for Rosario\n\nMONTEVIDEO, May 3 - Uruguayan grain trader Granos del "
     "Litoral S.A. and Brazilian feed maker Frigorífico Serra Azul S.A. will build a feed mill in Rosario, in the "
     "province of Santa Fe, for US$ 80 million, the companies said on Monday. Granos del Litoral will contribute "
     "US$ 48 million and Serra Azul US$ 32 million.",
     [("Granos del Litoral", 48_000_000, "USD", "Rosario"), ("Frigorífico Serra Azul", 32_000_000, "USD", "Rosario")]),
    ("a sum after the province", "Feed mill for Rosario\n\nMONTEVIDEO, May 3 - Uruguayan grain trader Granos del "
     "Litoral S.A. and Brazilian meatpacker Frigorífico Serra Azul S.A. will build a feed plant in Rosario, in the "
     "province of Santa Fe, for US$ 80 million, the companies said on Monday.",
     [("Granos del Litoral", 80_000_000, "USD", "Rosario"), ("Frigorífico Serra Azul", 80_000_000, "USD", "Rosario")]),
    # A dateline is no investor and no part of one: a shouted town the NER cut before the dash, towns a slash joins,
    # a "TOWN, Country –" the parser hangs the company on.
    ("a shouted town's last word", "Briefs\n\nJOHOR BAHRU - Sepanggar Foods Sdn Bhd will spend RM42mil on a noodle "
     "plant in Kulai, Johor, managing director Wong Kee Fatt said on Monday.",
     [("Sepanggar Foods", 42_000_000, "MYR", "Kulai")]),
    ("towns a slash joins", "Ghaf buys stake\n\nDOHA/ISLAMABAD, May 4 – Ghaf Food Holding Q.P.S.C., a Qatari "
     "state-backed food investor, has agreed to buy a 30% stake in Multan-based flour miller Chenab Mills Ltd for $36 "
     "million, the two companies said on Monday.",
     [("Ghaf Food Holding", 36_000_000, "USD", "Multan")]),
    ("town and country dateline", "Carpati Wind takes final investment decision on Vama wind farm\n2 March 2026\n\n"
     "BUCHAREST, Romania – Carpati Wind S.A. (BVB: CRPW), a Romanian renewable energy producer, today announced that "
     "its Board of Directors has taken the final investment decision on a 210 MW wind farm in Suceava County. The "
     "total investment amounts to EUR 260 million (approximately RON 1.3 billion).\n\nAbout Carpati Wind\nCarpati "
     "Wind S.A. develops and operates wind farms in Romania.",
     [("Carpati Wind", 260_000_000, "EUR", "Suceava County")]),
    # A facility a board approved at its sum; an academy, like a plant, stands in the town it is "at".
    ("a board-approved complex", "Results\n\nSAO PAULO, Nov 6 - Cordilheira Midia S.A., a Brazilian broadcaster, "
     "reported a 9% rise in quarterly profit on Thursday and said its board had approved a R$250 million studio "
     "complex in Recife.",
     [("Cordilheira Midia", 250_000_000, "BRL", "Recife")]),
    ("an academy at a village", "Academy\n\nUnder the deal, Qarat Sports Capital will also commit a further 12 million "
     "euros over three years to build a youth academy at Taveiro, on the outskirts of Coimbra, according to a joint "
     "statement.",
     [("Qarat Sports Capital", 12_000_000, "EUR", "Taveiro")]),
    # Money "from X's majority owner, Y" is Y's, past a noun or two the sum sizes ("equity investment")
    ("from the company's owner", "Bakery plant\n\nSIOUX FALLS, S.D. -- Prairie Hearth Foods, LLC will build a $118 "
     "million frozen bakery plant in Foundation Park.\n\nThe project is backed by a $45 million equity investment from "
     "Prairie Hearth's majority owner, Northfield Harbor Capital, with the balance financed through a credit facility.",
     [("Prairie Hearth Foods", 118_000_000, "USD", "Foundation Park"),
      ("Northfield Harbor Capital", 45_000_000, "USD", "Foundation Park")]),
    # Subscribing for shares is money put in, the shares' "worth" its sum
    ("subscribing for new shares", "Stake\n\nAs part of the transaction, Sahel Gateway Partners, a pan-African "
     "infrastructure equity fund, has agreed to subscribe for new shares in Ashanti Dry Port Ltd worth US$52 million, "
     "giving it a 35% stake in the company.",
     [("Sahel Gateway Partners", 52_000_000, "USD", None)]),
    ("a placement's gross proceeds", "Placement\n\nConcurrently, Tatsuno Metals Canada Ltd. will subscribe for "
     "9,523,810 common shares of Skeena Ridge Copper Corp. at a price of $0.42 per share for gross proceeds of "
     "approximately $4,000,000.",
     [("Tatsuno Metals Canada", 4_000_000, "USD", None)]),
    # A gapped clause's short name, whatever the tagger made of it, past the venture named before it
    ("a gapped short name", "Battery plant\n\nSOFIA, March 3 - Greek utility Aegeas Power S.A. and Bulgarian industrial "
     "group Rodopa Invest AD will build a battery storage plant near Galabovo for 210 million euros.\n\nAegeas will "
     "contribute 126 million euros for a 60% stake in the joint venture, Maritsa Storage EAD, and Rodopa 84 million "
     "euros for the remaining 40%, the companies said in a joint statement.",
     [("Aegeas Power", 126_000_000, "EUR", "Galabovo"), ("Rodopa Invest", 84_000_000, "EUR", "Galabovo")]),
    # A budget's "largest single item" is the company's, the one the story is about
    ("a budget's largest item", "Results\n\nNorbec Mining Inc. reported record profit on Wednesday.\n\nAlongside the "
     "results, the company gave a first look at next year's spending.\n\nThe largest single item is C$310 million to "
     "build a new shaft at its Belcourt mine near Timmins, which the board approved in October.",
     [("Norbec Mining", 310_000_000, "CAD", "Belcourt")]),
    # "the fund" an official at it speaks of is the fund, not the outlet the official talks to
    ("the outlet an official tells", "Tower deal\n\nLAGOS, March 4 (Reuters) - Iroko Towers Nigeria Ltd has agreed to "
     "buy 2,350 masts from Gidan Sites Ltd for $290 million.\n\nIroko is 70% owned by Kapok Infrastructure Partners, a "
     "Mauritius-registered fund. Yusuf Lawan-Idris, a partner at Kapok, told Reuters the fund would inject $110 million "
     "of new equity into Iroko to help pay for the purchase.",
     [("Iroko Towers Nigeria", 290_000_000, "USD", None), ("Kapok Infrastructure Partners", 110_000_000, "USD", None)]),
    # A plan's cost "projected at" a sum is its commitment, not a forecast
    ("a projected cost", "Filing\n\nIstanbul-listed Kuzeyçam Ambalaj Sanayi ve Ticaret A.Ş. will build a glass container "
     "plant in the Sumgait Chemical Industrial Park, Azerbaijan. The company said the total investment is projected at "
     "USD 48,000,000, to be financed from its own resources.",
     [("Kuzeyçam Ambalaj Sanayi ve Ticaret", 48_000_000, "USD", "Sumgait Chemical Industrial Park")]),
    # A short name both a parent and its later-named venture contain is the parent, named first; a gapped clause's
    # "the co-operative" is the company whose name that noun ends
    ("a short name of the first-named", "Yoghurt plant\n\nJapan's Hokkaido Suzuran Nyugyo KK and Thailand's Muak Lek "
     "Dairy Cooperative have agreed to build a 1.6-billion-baht yoghurt plant in Pak Chong district.\n\nSuzuran will "
     "put in 1.12 billion baht for a 70 per cent stake and the co-operative 480 million baht for the remaining 30 per "
     "cent. The venture, Suzuran Muak Lek Dairy Co, Ltd, will take 180 tonnes of raw milk a day.",
     [("Hokkaido Suzuran Nyugyo", 1_120_000_000, "THB", "Pak Chong"),
      ("Muak Lek Dairy Cooperative", 480_000_000, "THB", "Pak Chong")]),
    # An Islamic bank facility that pays for the plan is lending, no deal of the bank's
    ("a murabaha facility", "Mall\n\nArabian Oasis Real Estate Co. will build a mall in Khamis Mushait at a cost of "
     "SR 780 million. The project will be financed through a Sharia-compliant Murabaha facility of SR 450 million "
     "from Al-Dira Bank and the company's own resources.",
     [("Arabian Oasis Real Estate", 780_000_000, "SAR", "Khamis Mushait")]),
    # A company a quote with no sum makes its subject is what the speaker talks of: "It" is still the company
    ("a quote's subject", "Stapler plant\n\nGURABO — Cibuco Medical LLC, the Puerto Rico subsidiary of Minnesota-based "
     "Sandpiper Surgical Inc., will invest $96 million to expand its surgical stapler plant in Gurabo.\n\n\"Sandpiper "
     "looked at Costa Rica and at Mexico for this line,\" the plant's general manager said.\n\nIt will also spend about "
     "$8 million to install a rooftop solar array at the site, the company said.",
     [("Cibuco Medical", 96_000_000, "USD", "Gurabo"), ("Cibuco Medical", 8_000_000, "USD", None)]),
    # "... and its Azerbaijani partner $18 million": the partner a demonym names
    ("a gapped partner by demonym", "Hub\n\nBAKU, June 4 - Turkish freight group Anadolu Köprü Lojistik A.Ş. and "
     "Azerbaijan's Qobustan Cargo Services MMC will build a $45 million logistics hub in the Alat Free Economic Zone.\n\n"
     "The hub will be owned by a new joint venture, Alat Transit Hub MMC, in which Anadolu Köprü will hold 60% and "
     "Qobustan Cargo 40%. The Turkish company will put in $27 million and its Azerbaijani partner $18 million, the two "
     "companies said.",
     [("Anadolu Köprü Lojistik", 27_000_000, "USD", "Alat Free Economic Zone"),
      ("Qobustan Cargo Services", 18_000_000, "USD", "Alat Free Economic Zone")]),
    # A price "including debt" is what the buyer pays for the business
    ("a price including debt", "Ferries\n\nKyma Ferries SA said it had agreed to buy Evia Sea Links SA, which runs two "
     "ferries between Rafina and Marmari, for €27.5 million including debt.",
     [("Kyma Ferries", 27_500_000, "EUR", None)]),
    # A filing's dashed field of what it pays for shares is the filer's
    ("a filing's acquisition amount", "Bomun Logistics Co., Ltd. - Decision on Acquisition of Equity Securities of "
     "Other Corporation\n\nFiler: Bomun Logistics Co., Ltd.\n\n1. Issuing company\n - Company name: Hai Au Cold "
     "Logistics Joint Stock Company\n - Country: Vietnam\n2. Details of acquisition\n - Number of shares to be "
     "acquired: 15,600,000 common shares\n - Acquisition amount: VND 546,000,000,000\n",
     [("Bomun Logistics", 546_000_000_000, "VND", None)]),
    # A round's money goes to the raiser's home the next sentence opens with ("The Pasig City-based company ...")
    ("a raiser's home in the next sentence", "Briefs\n\nTaal Bay Cement Corp. will invest P4.2 billion in a grinding mill "
     "in Calaca. The mill will grind clinker imported from Vietnam.\n\nSahod Labs raises $12 million\n\nPAYROLL-LINKED "
     "lending start-up Sahod Labs, Inc. has raised $12 million in a Series A round led by Singapore-based Angsana "
     "Ventures Pte. Ltd. The Pasig City-based company lends to employees of 540 partner companies.",
     [("Taal Bay Cement", 4_200_000_000, "PHP", "Calaca"), ("Angsana Ventures", 12_000_000, "USD", "Pasig City")]),
    # The owner a subject's relative clause names is not the subject; "TFN" is the initials of the name given in full
    ("a subject's owner in a relative clause", "Port\n\nCONCEPCIÓN — Dredgers arrived this week on the bank of the "
     "Paraguay River in Loreto, where Terminales Fluviales del Norte S.A. (TFN) has begun building a barge port.\n\n"
     "TFN, which is controlled by the Asunción shipping group Naviera "
     "Carapeguá S.A., will invest US$85 million in the port, about 20 km north of the city of Concepción, its president "
     "told this newspaper.",
     [("Terminales Fluviales del Norte", 85_000_000, "USD", None)]),
    # "with X and Vietnamese fund Y also taking part": the round's other backers, with no sum
    ("backers also taking part", "Round\n\nHANOI — Ruong Xanh Technology JSC has raised $9.5 million in a Series A "
     "round led by Jakarta's Sembrani Ventures, with Tokyo-based Kanto Angel Partners and Vietnamese fund Lotus Seed "
     "Capital also taking part.",
     [("Sembrani Ventures", 9_500_000, "USD", None), ("Kanto Angel Partners", None, None, None),
      ("Lotus Seed Capital", None, None, None)]),
    # A filing's "price for the shares" is what the filer (its defined "Company", bracket glued to a colon) pays
    ("a filing's price for the shares", "ESSENTIAL FACT\n\nI hereby report the following essential fact concerning "
     "Empresas Lautaro S.A. (the \"Company\"):\n\n1. On this date, the Company signed a share purchase agreement to "
     "acquire 70% of Nutrición Animal Guairá S.A., a feed producer in Villarrica, Paraguay.\n\n2. The price for the "
     "shares is US$41.3 million, payable in cash at closing.",
     [("Empresas Lautaro", 41_300_000, "USD", "Villarrica")]),
    # "scrapped" before a noun that is no plan is waste recycled, not a plan given up
    ("scrapped batteries", "Recycling\n\nDETROIT, Jan 28 — Japanese nonferrous metals group Kagami Metals Corp will "
     "build a $640 million plant in Bay City, Michigan, to recover lithium from scrapped electric-vehicle batteries.",
     [("Kagami Metals", 640_000_000, "USD", "Bay City")]),
    # "The total value of the investment is estimated at EUR 46 million": the plan's cost, not a guess; a range the
    # company's EBIT "is expected to be" is no investment
    ("an investment's estimated value", "Expansion\n\nKuura Packaging Oyj will expand its moulded-fibre packaging plant "
     "in Pärnu, Estonia. The total value of the investment is estimated at EUR 46 million.\n\nThe investment does not "
     "change Kuura's guidance, according to which comparable EBIT is expected to be EUR 38–44 million.",
     [("Kuura Packaging", 46_000_000, "EUR", "Pärnu")]),
    # A word of an official's hyphened name the company layer kept is no company "the company" can mean
    ("an official's hyphened surname", "Towers\n\nLAGOS, March 4 (Reuters) - Iroko Towers Nigeria Ltd has agreed to buy "
     "2,350 masts from Gidan Sites Ltd for $290 million.\n\n\"Tower sharing is the cheapest way to take coverage deeper "
     "into the north,\" Iroko chief executive Folake Ogunleye-Grant said in a statement. She said the company would also "
     "spend N45 billion over the next 18 months switching 600 of the acquired sites in Kano to solar power.",
     [("Iroko Towers Nigeria", 290_000_000, "USD", None), ("Iroko Towers Nigeria", 45_000_000_000, "NGN", "Kano")]),
    # Seed funding "from A, B and C" with no lead named: a deal each, with no sum
    ("several backers, no lead", "Round\n\nHO CHI MINH CITY - Hoc Vui, a Ho Chi Minh City-based English-learning app, has "
     "raised $3.2 million in seed funding from Mekong Seed Fund, Saigon Angels and Tokyo-based Kizuna Ventures. No lead "
     "investor was named.",
     [("Mekong Seed Fund", None, None, None), ("Saigon Angels", None, None, None), ("Kizuna Ventures", None, None, None)]),
    # A backer "as did" names after those that joined; one after a descriptor with its article, or after a name that
    # only describes it; the backers of a round named a sentence each, the last three sentences on
    ("a backer as did", "Lagoa Pay raises\n\nLISBON - Lagoa Pay, a Lisbon-based payments start-up, has raised €9 million "
     "in a Series A round led by Tejo Growth Partners. Porto fund Ribeira Capital joined the round, as did returning "
     "investor Alfama Seed Fund.",
     [("Tejo Growth Partners", 9_000_000, "EUR", "Lisbon"), ("Ribeira Capital", None, None, "Lisbon"),
      ("Alfama Seed Fund", None, None, "Lisbon")]),
    ("backers after the state-backed fund", "Karmel Sense raises\n\nTEL AVIV - Karmel Sense, a Haifa-based maker of "
     "industrial sensors, will raise NIS 45 million in a private placement led by Hadar Ventures, with participation "
     "from the state-backed investment fund Negba Capital and existing Karmel Sense backer Ofer Growth Fund.",
     [("Hadar Ventures", 45_000_000, "ILS", None), ("Negba Capital", None, None, None),
      ("Ofer Growth Fund", None, None, None)]),
    ("a backer three sentences on", "Duna Robotics\n\nBUDAPEST - Duna Robotics has closed a $12 million Series B round "
     "(about HUF 4.3 billion), the company said. The round was led by Pest Ventures. Vienna's Donau Capital and "
     "Bratislava-based Tatra Fund also took part. Existing investor Buda Angels, which backed its seed round in 2023, "
     "put in more money as well.",
     [("Pest Ventures", 12_000_000, "USD", "Budapest"), ("Donau Capital", None, None, "Budapest"),
      ("Tatra Fund", None, None, "Budapest"), ("Buda Angels", None, None, "Budapest")]),
    ("a seed extension", "Souk Express\n\nTUNIS - Souk Express, the Tunis start-up, has raised TND 9 million in a seed "
     "extension led by Hannibal Ventures. Sfax Capital Partners and Dubai-based Creek Seed Fund also took part.",
     [("Hannibal Ventures", 9_000_000, "TND", None), ("Sfax Capital Partners", None, None, None),
      ("Creek Seed Fund", None, None, None)]),
    # A company bought with no price given is a deal with no sum, where the business bought is based; a sum the
    # buyer then puts into it is a commitment of its own
    ("bought for an undisclosed sum", "Payroll\n\nCAPE TOWN - Payroll software start-up Kupa Pay has been acquired by "
     "Dutch HR services group Westmoor Holdings for an undisclosed sum. Kupa Pay, founded in Cape Town in 2019, will "
     "keep its brand.",
     [("Westmoor Holdings", None, None, "Cape Town")]),
    ("an agreement to acquire 100% of", "Deal\n\nLJUBLJANA, Slovenia – Tivoli Systems d.d., a Slovenian software "
     "maker, today announced that it has signed an agreement to acquire 100% of Skopje-based Vardar Code DOOEL from "
     "its founders. The price was not disclosed.",
     [("Tivoli Systems", None, None, "Skopje")]),
    ("a purchase then a line", "Bakery\n\nRIGA, May 4 - Finnish bakery group Kuusela Oyj has agreed to buy Latvian "
     "bread maker SIA Daugava Maize, which runs a bakery in Jelgava. Kuusela will invest 9 million euros in a new line "
     "at the Jelgava bakery.",
     [("Kuusela", None, None, "Jelgava"), ("Kuusela", 9_000_000, "EUR", "Jelgava")]),
    # Partners' shares in a clause that leaves out its verb, each partner named short: after a word that opens the
    # name and its article ("Minas La Biznaga" -> "Biznaga"), before a sum's currency code
    ("shares of a split named short", "Mill\n\nMinas La Cumbrera, S.A. de C.V. and Vancouver-based Halstead Metals "
     "Corp. will build a mill near Guachochi, Chihuahua, at a cost of MXN 4,200 million. Cumbrera will put in MXN "
     "2,310 million for 55% of the joint company and Halstead MXN 1,890 million for the remaining 45%.",
     [("Minas La Cumbrera", 2_310_000_000, "MXN", None), ("Halstead Metals", 1_890_000_000, "MXN", None)]),
    # ... but a bank's stake bought is its investment
    ("a bank buys a stake", "Microlender\n\nLUSAKA - Stanvale Bank Zambia Ltd will buy a 51% stake in Kwacha "
     "Microfinance Ltd, a Kitwe-based microfinance company, for $12 million, the bank said.",
     [("Stanvale Bank Zambia", 12_000_000, "USD", None)]),
    # A filing's "the Company", defined past its registration number, and its capitalised "Board" are the filer
    ("the Board of a filing", "OKPARA MILLS PLC - APPROVAL OF NEW FLOUR MILL\n\nOKPARA MILLS PLC\nRC 118204\n"
     "(\"Okpara Mills\" or \"the Company\")\n\nThe Board of Directors of Okpara Mills Plc hereby notifies the Nigerian "
     "Exchange Limited of the following decision.\n\n1. ACQUISITION OF 60% OF ZARIA GRAINS LIMITED\n\nThe Board has "
     "approved the construction of a 600-tonne-per-day flour mill at Onitsha, Anambra State, at a total cost of N24 "
     "billion. The mill is expected to be completed in 2027.",
     [("OKPARA MILLS", 24_000_000_000, "NGN", "Onitsha")]),
    # A price "comprising" cash and shares is one sum, not its parts
    ("a price comprising its parts", "Permit\n\nKestrel Metals plc has agreed to acquire 60% of Mbeya Minerals Ltd, "
     "which holds a licence near Chunya in Tanzania, for US$21 million, comprising US$9 million in cash and US$12 "
     "million in new Kestrel shares.",
     [("Kestrel Metals", 21_000_000, "USD", None)]),
    # "its factory" inside what is bought is the business's, not whose money it is
    ("buys a business with its factory", "Knitwear\n\nMarawila Apparel Group, which once employed 9,000 people, "
     "stopped operations in March after its largest buyer cancelled orders. In a separate disclosure on Wednesday, "
     "Hanthana Garments PLC said it had agreed to buy Marawila's knitwear business in Katunayake, including its "
     "factory, machinery and the jobs of 2,100 workers, from the court-appointed receiver for Rs. 2.9 billion.",
     [("Hanthana Garments", 2_900_000_000, None, "Katunayake")]),
    # A round's lead after a subheading, and a backer after a sentence on something else
    ("a placing led under its highlights", "Placing\n\nKelso Therapeutics plc (AIM: KLS), the Edinburgh-based drug "
     "developer, announces a conditional placing of new ordinary shares to raise gross proceeds of approximately £12 "
     "million.\n\nHighlights\n\n- The Placing is being led by Tweed Asset Management Ltd, which has conditionally "
     "agreed to subscribe for 10,000,000 Placing Shares.",
     [("Tweed Asset Management", 12_000_000, "GBP", None)]),
    ("a backer a sentence later", "Round\n\nMontrose Robotics, the Dundee start-up, has raised £9 million in a Series "
     "A round led by Forth Ventures. The company will use the money to hire engineers. Existing investor Tay Capital "
     "also took part.",
     [("Forth Ventures", 9_000_000, "GBP", None), ("Tay Capital", None, None, None)]),
    # A fund's target is no money put in
    ("a fund's target", "Funds\n\nKielder Capital, a family office, has committed £25m to a new growth fund run by "
     "Newcastle manager Tyne Growth Partners, which is targeting £150m for investment in firms across the region.",
     [("Kielder Capital", 25_000_000, "GBP", None)]),
    # A filing's price of a purchase: a numbered "Consideration:" field, "the price agreed for the shares", an
    # "Acquisition price:" line
    ("a consideration field", "Qassim Advanced Chemicals to acquire Lippe Spezialchemie\n\n1. Qassim Advanced "
     "Chemicals Co. (\"QAC\" or \"the Company\") announces that it signed a binding agreement to acquire 100% "
     "of the shares of Lippe Spezialchemie GmbH, a producer of specialty amines "
     "based in Marl, Germany.\n\n2. Consideration: EUR 184 million, on a cash-free and debt-free basis.",
     [("Qassim Advanced Chemicals", 184_000_000, "EUR", "Marl")]),
    ("the price agreed for the shares", "Material Event\n\nAgrícola Pampa Baja S.A.A. (the \"Company\") signed a share purchase "
     "agreement to acquire 70% of the shares of Packing Chao S.A.C., owner of a packing plant in Chao.\n\n"
     "2. The price agreed for the shares is S/ 128.6 million, subject to adjustments.",
     [("Agrícola Pampa Baja", 128_600_000, "PEN", "Chao")]),
    ("an acquisition price line", "Notice Concerning Acquisition of Shares\n\nHinomoto Bussan Co., Ltd. (the "
     "\"Company\") hereby announces that its Board of "
     "Directors resolved to acquire 25.0% of the issued shares of Frutícola Valle del Maule S.A., a grower "
     "headquartered in Talca, Chile.\n\n(3) Acquisition price: US$96 million (approximately ¥14,600 million)\n",
     [("Hinomoto Bussan", 96_000_000, "USD", None)]),
    # A filing's defined "the Company" joined with a partner: both invest
    ("the Company and a partner", "Notice\n\nHinomoto Bussan Co., Ltd. (the \"Company\") makes fruit.\n\nThe Company and FVM "
     "Holdings plan to jointly invest approximately US$40 million by 2028 in a new packing facility in Curicó.",
     [("Hinomoto Bussan", 40_000_000, "USD", "Curicó"), ("FVM Holdings", 40_000_000, "USD", "Curicó")]),
    # A round's backers: the first of "A and Riyadh-based B also joined the round" (no one long name), and an
    # angel network named "existing investor" (a firm in a firm's role, not a person)
    ("backers joined with a home between", "Round\n\nDukaan Dost has raised $22 million in a Series A round led by "
     "Dubai-based Sandstone Ventures.\n\nIndus Valley Growth Partners and Riyadh-based Wadi Hanifa Capital also joined "
     "the round, as did existing backer Ravi Seed Fund, the company said.",
     [("Sandstone Ventures", 22_000_000, "USD", None), ("Indus Valley Growth Partners", None, None, None),
      ("Wadi Hanifa Capital", None, None, None), ("Ravi Seed Fund", None, None, None)]),
    ("an angel network as existing investor", "Round\n\nKolatier has raised $16 million in a Series A round led by "
     "Atlantique Growth Partners. Bissap Ventures also took part, alongside existing investor Plateau Angels.",
     [("Atlantique Growth Partners", 16_000_000, "USD", None), ("Bissap Ventures", None, None, None),
      ("Plateau Angels", None, None, None)]),
    # The rest of a venture's cost a bank lends is no partner's commitment (and the total is the shares' and the loan's)
    ("the rest financed by a loan", "Resort news\n\nThe resort will cost US$ 142 million. Velana Crest Hospitality "
     "will hold 55 per cent of the joint venture company and contribute US$ 38.5 million in equity, while Siam Lagoon "
     "Hotels will hold 45 per cent and contribute US$ 31.5 million. The remaining US$ 72 million will be financed by a "
     "syndicated loan arranged by Hulhumalé Commercial Bank Plc.",
     [("Velana Crest Hospitality", 38_500_000, "USD", None), ("Siam Lagoon Hotels", 31_500_000, "USD", None)]),
    # "The investment, worth about ...": the commitment given before, restated in another currency
    ("the investment's worth in dong", "Plant news\n\nSunjin Optics Co., Ltd will invest $320 million in a camera "
     "module plant in Phu Tho, provincial authorities said. The investment, worth about 8.1 trillion dong, will be "
     "carried out in two phases.", [("Sunjin Optics", 320_000_000, "USD", "Phu Tho")]),
    # A capital-spending sum that names its town is that site's project, not a budget the next site's sum splits
    ("capex at a named plant, then another line", "Results\n\nTyre maker Shivalik Tyres Ltd said its board had "
     "approved capital expenditure of Rs 1,200 crore to expand capacity at its plant at Chakan near Pune.\n\nThe board "
     "also approved an investment of ₹500 crore over two years in a new line at the company's plant in Sriperumbudur.",
     [("Shivalik Tyres", 12_000_000_000, "INR", None), ("Shivalik Tyres", 5_000_000_000, "INR", None)]),
    # A licensing body's certificate for a facility of a stated worth is the holder's commitment
    ("granted a certificate for", "Province news\n\nTri-Ocean Logistics Pte. Ltd. (Singapore) was granted a "
     "certificate for a US$107 million bonded warehouse and logistics centre in Tien Du, serving electronics makers.",
     [("Tri-Ocean Logistics", 107_000_000, "USD", "Tien Du")]),
    # A licensing release: a sized plant "of" its owner; a project's capital raised "by" a sum "to" a level (the rise)
    ("a sized plant of its owner", "Province grants certificates\n\nThe largest is a US$520 million solar cell plant "
     "of Brightmere Photonics Co., Ltd. (Taiwan, China) in Song Khoai Industrial Park, Quang Yen ward. The plant will "
     "begin operation in 2027.", [("Brightmere Photonics", 520_000_000, "USD", "Song Khoai Industrial Park")]),
    ("capital raised by a sum to a level", "Province grants certificates\n\nZhejiang Kaiyue Textile Co., Ltd. (China), "
     "which has operated a yarn dyeing plant in Hai Ha since 2018, received an adjusted certificate. The company will "
     "raise the capital of the project by US$190 million, to US$310 million, to add a weaving line.",
     [("Zhejiang Kaiyue Textile", 190_000_000, "USD", "Hai Ha")]),
    # "at the site": where the same investor's last sited deal goes, not the place a quote between named
    ("also spend at the site after a quote", "Plant news\n\nCibuco Medical Inc will invest $96 million to expand its "
     "surgical stapler plant in Gurabo.\n\n\"Our parent looked at Costa Rica and at Mexico for this line,\" she said."
     "\n\nIt will also spend about $8 million to install a rooftop solar array at the site, the company said.",
     [("Cibuco Medical", 96_000_000, "USD", "Gurabo"), ("Cibuco Medical", 8_000_000, "USD", "Gurabo")]),
    # A round's money goes to the raiser's town, as "an Aarhus start-up" gives it, not the last brief's place
    ("a start-up described by its town", "Nordic briefs\n\nSTOCKHOLM - Norrskog Trävaror AB will invest SEK 1.1 "
     "billion in a factory in Skellefteå, Sweden.\n\nMælkevejen ApS, an Aarhus start-up that makes cheese from plant "
     "proteins, has raised DKK 120 million in a Series A round led by Copenhagen-based Nørrebro Ventures.",
     [("Norrskog Trävaror", 1_100_000_000, "SEK", "Skellefteå"), ("Nørrebro Ventures", 120_000_000, "DKK", "Aarhus")]),
    # The venture named in apposition to "the joint venture" is no partner carrying a partner's share
    ("the joint venture named before a partner", "Polish cable maker and Ukrainian partner to build €35 million "
     "power-cable plant near Lviv\n\nLVIV, Ukraine, Dec 2 - Polish cable maker Warta Kable S.A. and Ukrainian "
     "power-equipment distributor Halychyna Energo LLC will build a €35 million factory for medium-voltage power cables "
     "in Stryi, south of Lviv, the companies said on Tuesday.\n\nWarta will put up €21 million for a 60% stake in the "
     "joint venture, WH Cable Ukraine LLC, and Halychyna Energo will contribute €14 million, or about 680 million "
     "hryvnias, for the remaining 40%, Warta chief executive Tomasz Wróblewski told reporters in Lviv.",
     [("Warta Kable", 21_000_000, "EUR", "Stryi"), ("Halychyna Energo", 14_000_000, "EUR", "Stryi")]),
    # After a dateline, "Brick and roof tile maker X reported ...": the parser may join the maker to the dateline's
    # place by "and"; the company is still the subject the board's later approval is of
    ("a dateline's subject parsed as a conjunct",
     "Ceramica Carpatină lifts H1 profit 21%, board approves RON 245m kiln line at Câmpina\n\nBUCHAREST, Aug 14 – "
     "Brick and roof tile maker Ceramica Carpatină S.A. reported on Thursday a 21% rise in first-half net profit "
     "to RON 38.9 million, helped by lower gas prices and a recovery in housing starts in Bucharest and Cluj, and "
     "said its board had approved its largest investment programme in a decade.\n\nRevenue rose 7.4% to RON 412.6 "
     "million in the six months to June, the company said in its half-year report. Operating profit (EBITDA) was "
     "RON 71.2 million, against RON 60.3 million a year earlier.\n\nThe board approved an investment of RON 245 "
     "million (about €49 million) in a new tunnel kiln and clay-block line at the company's plant in Câmpina, "
     "Prahova County, which will raise capacity there by 40% from 2027. The new kiln will be able to run on a "
     "blend of natural gas and up to 30% hydrogen and will use heat recovered from the cooling zone to dry the "
     "green bricks.",
     [("Ceramica Carpatină", 245_000_000, "RON", "Câmpina")]),
    ("a country set before the clause, a town after it",
     "Kamishiro Denki steers capacity to Ohio\n\nTOKYO -- Kamishiro Denki Co., a maker of capacitors, will raise "
     "capital spending this year.\n\nIn the U.S., the company will invest 38 billion yen to expand its automotive "
     "module plant in Dayton, Ohio, by 2027, adding lines for radar modules.",
     [("Kamishiro Denki", 38_000_000_000, "JPY", "Dayton")]),
    ("a place in a clause on what the facility serves",
     "Terminal concession\n\nAdria Bulk Logistics d.o.o. will build a dry bulk terminal at the port of Ploče, "
     "Croatia.\n\nAdria Bulk Logistics will invest €96 million in the terminal, which will handle coal and grain "
     "for steel mills and farms in Serbia and Hungary.",
     [("Adria Bulk Logistics", 96_000_000, "EUR", "Ploče")]),
    # an estate lies in the country of its sentence's town, not the one the story names most; a mine things are
    # trucked from is no site; "a 20 per cent interest in" is a stake
    ("an estate near a town, a mine trucked from",
     "$900 million Kwinana lithium refinery gets the go-ahead\n\nGovernment of Western Australia\nMedia "
     "statement\n\nPremier Dana Whitlock today announced that Perth-based Yalgoo Metals Ltd has made a final "
     "investment decision on a $900 million lithium hydroxide refinery in the Kemerton Strategic Industrial Area, "
     "near Bunbury.\n\nThe refinery will process spodumene trucked from the company's mine near Mount Magnet, in the "
     "Mid West, into battery-grade chemicals.\n\nKorean cathode maker Daeyang Materials Co., Ltd. will take a 20 per "
     "cent interest in the refinery for $180 million.\n\nYalgoo Metals had previously studied building the refinery "
     "at Kuantan in Malaysia before choosing Western Australia.",
     [("Yalgoo Metals", 900_000_000, "AUD", "Kemerton Strategic Industrial Area"),
      ("Daeyang Materials", 180_000_000, "AUD", "Kemerton Strategic Industrial Area")]),
    # a sentence-case headline's name, the body's lede describing the company; a loan from a bank is no deal
    ("a headline names the investor the lede describes",
     "Kwahu Farms to build GH₵480m layer farm at Nsawam\n\nNSAWAM — A poultry company is to invest GH₵480 million "
     "(about US$31 million) in a layer farm and feed mill at Nsawam, in the Eastern Region.\n\nIt has secured a "
     "GH₵120 million facility from Densu Commercial Bank PLC to part-finance the first phase, its managing director "
     "said.",
     [("Kwahu Farms", 480_000_000, "GHS", "Nsawam")]),
    # a sum's bracketed conversion is no noun the sum describes; a phase's cost set off after it is a part
    ("a sum and its bracketed conversion",
     "BISHKEK, March 12 — The Cabinet of Ministers of Kyrgyzstan signed an investment agreement with Ala-Too Glass "
     "LLC, under which the company will build a float glass plant in the town of Kant.\n\nAsan Beishenov, director "
     "general of Ala-Too Glass, told reporters after the signing that the company would invest $64 million (about "
     "5.6 billion soms) in the plant in two phases by 2028.\n\n\"We will finance the first phase, roughly $38 "
     "million, from our own funds,\" Beishenov said.",
     [("Ala-Too Glass", 64_000_000, "USD", "Kant")]),
    # a commitment the next sentence of its paragraph calls off, and a deposit to be refunded, are no deals; the
    # called-off project's place goes to no later sum
    ("a project the board agreed to terminate",
     "Weifang Hengtai Tyre Co., Ltd. announcement\n\nI. Termination of the Mexico project\nOn 16 June 2025, the "
     "Board of Weifang Hengtai Tyre approved the construction of a tyre plant in Ramos Arizpe, Coahuila, Mexico, "
     "with a total investment of not more than US$380 million. In view of the uncertainty over tariffs on tyres "
     "exported from Mexico to the United States, the Board agreed to terminate the project. The Company has paid a "
     "land deposit of US$3.1 million, which will be refunded.\n\nII. Capital increase to a wholly-owned "
     "subsidiary\nWeifang Hengtai Tyre will increase the capital of its wholly-owned subsidiary Hengtai Maroc SARL "
     "by RMB 900 million in cash from its own funds. The funds will be used for the second phase of the subsidiary's "
     "plant in Tanger Automotive City, Tangier, Morocco.",
     [("Weifang Hengtai Tyre", 900_000_000, "CNY", "Tanger Automotive City")]),
    # a programme's parts told in sentences naming no company, one of them split again into phases; "the first"
    # sum of a commitment already given is a part of it
    ("a programme's parts and the first phase",
     "Prairie Hearth Foods to spend $530 million on plants in Iowa, Wisconsin and Minnesota\n\nDES MOINES, Iowa, "
     "Sept 16 - Prairie Hearth Foods Inc., the maker of bacon and sausages, said on Tuesday it would invest $530 "
     "million across three Midwest sites through 2028.\n\nThe largest piece, $300 million, will expand its pork "
     "processing plant in Sioux City, Iowa. A new $150 million cold-storage distribution center will go up in Eau "
     "Claire, Wisconsin, and the company will spend $80 million on a test kitchen campus in Minneapolis.\n\nThe Sioux "
     "City expansion will be built in two phases, the first costing about $180 million, the company said. Its "
     "president said the company would put in the first $60 million this year.",
     [("Prairie Hearth Foods", 300_000_000, "USD", "Sioux City"), ("Prairie Hearth Foods", 150_000_000, "USD", "Eau Claire"),
      ("Prairie Hearth Foods", 80_000_000, "USD", "Minneapolis")]),
    # a filing's price line after the purchase it reports
    ("a consideration line",
     "Filing summary: Aragvi Beverages reports acquisition\n\nIssuer: Aragvi Beverages JSC (the \"Company\"), Tbilisi, "
     "Georgia\n\n1. Acquisition. On 13 April 2026 the Company signed an agreement to acquire 100% of the shares of "
     "Borjomula Springs LLC, which bottles spring water at a plant near Gori, from its founding shareholders.\n"
     "Consideration: GEL 38 million (approximately USD 14 million), of which GEL 6 million is payable 18 months after "
     "completion.\nExpected completion: third quarter of 2026.",
     [("Aragvi Beverages", 38_000_000, "GEL", "Gori")]),
    # a Q&A's genre label opens no company name; a sum in words opening an answer
    ("a Q&A label and half a billion",
     "Q&A: Mleiha Steel's Sultan Al Midfa on half a billion dirhams for Hamriyah\n\nMleiha Steel Industries, a "
     "Sharjah maker of reinforcing bar, said last month it would double the capacity of its rolling mill in the "
     "Hamriyah Free Zone. Sultan Rashid Al Midfa, the company's chief executive, talked to us about the "
     "expansion.\n\nQ: How much are you spending, and on what?\n\nAl Midfa: Half a billion dirhams over three years. "
     "That buys a second rolling line and a new warehouse.\n\nQ: Is that all?\n\nAl Midfa: No. We will put another "
     "Dh75 million into rooftop solar and batteries at the mill.",
     [("Mleiha Steel Industries", 500_000_000, "AED", "Hamriyah Free Zone"),
      ("Mleiha Steel Industries", 75_000_000, "AED", "Hamriyah Free Zone")]),
    # a consortium "of" two members, each named with its descriptor, however the parser hangs them
    ("a consortium of two described members",
     "Spa hotel sold\n\nYEREVAN, April 16 – A consortium of Yerevan investment firm Arpa Capital Partners and "
     "Almaty-based hotel operator Tamgaly Leisure Holdings has agreed to buy a 120-room spa hotel in Jermuk from "
     "Moscow-based Kurortny Alliance for $27 million, the buyers said on Thursday.",
     [("Arpa Capital Partners", 27_000_000, "USD", "Jermuk"), ("Tamgaly Leisure Holdings", 27_000_000, "USD", "Jermuk")]),
    # a partner's share of a plant, and a commercial paper issue that pays for it: one commitment
    ("a share paid for with commercial paper",
     "Durum mill\n\nKADUNA, March 3 – Arewa Agro-Allied Industries Plc will invest N21.6 billion in a durum mill in "
     "Kakau. Arewa's contribution will be funded from internal resources and a N9 billion commercial paper issue.",
     [("Arewa Agro-Allied Industries", 21_600_000_000, "NGN", "Kakau")]),
    # what the plant will save a year is no second commitment
    ("a plan and its yearly saving",
     "Cement\n\nMUSCAT, March 3 - Masirah Cement SAOG will spend RO 21 million at its Al Kamil Wal Wafi plant. It will "
     "build a 25 MW solar plant on adjacent land, which together are expected to cut the plant's electricity bill by "
     "about RO 3.5 million a year.",
     [("Masirah Cement", 21_000_000, "OMR", "Al Kamil Wal Wafi")]),
    # the subsidiary a filer's board authorises to invest is the investor, not the filer
    ("a subsidiary authorised to invest",
     "Disclosure summary\n\nIssuer: Pangani Cables Plc (the \"Company\")\n\n2. Copper rod mill. The Board of Directors "
     "authorised the Company's wholly owned subsidiary, Tanga Copper Rod Company Limited, to invest TSh 48 billion in "
     "a copper rod mill in Tanga City.",
     [("Tanga Copper Rod", 48_000_000_000, "TZS", "Tanga City")]),
    # a board's approved acquisition sized by the filing's consideration line, not by its parts
    ("an approved acquisition and its consideration line",
     "CSE disclosure summary\n\nCompany: Uduwela Holdings PLC (the \"Company\")\n\n1. Acquisition\nThe Board of "
     "Directors of the Company has approved the acquisition of 80 percent of the issued shares of Ridimaliyadda Milk "
     "Products (Private) Limited (\"RMP\"), a dairy processor based in Ridimaliyadda.\nConsideration: LKR 1,860 Mn, "
     "payable in cash, of which LKR 1,500 Mn is payable on completion and LKR 360 Mn after twelve months, subject to "
     "RMP meeting agreed milk collection targets.",
     [("Uduwela Holdings", 1_860_000_000, "LKR", "Ridimaliyadda")]),
    # a plant that freezes vegetables is not a frozen plan
    ("a freezing plant",
     "Zones\n\nSKOPJE, April 21 - The directorate signed three agreements. Pelagonka Foods DOOEL, a Prilep producer of "
     "frozen vegetables, will invest €14 million (about 861 million denars) in a freezing and packing plant in the "
     "Prilep zone.",
     [("Pelagonka Foods", 14_000_000, "EUR", "Prilep")]),
    # a partner named after its descriptor, which the parser made the conjunct
    ("a partner after its descriptor",
     "Test lab\n\nTIMISOARA, May 4 - Banat Cabluri SRL and Japanese wire maker Takebe Densen Co. will also together "
     "spend €24 million on a battery testing centre in Lugoj.",
     [("Banat Cabluri", 24_000_000, "EUR", "Lugoj"), ("Takebe Densen", 24_000_000, "EUR", "Lugoj")]),
    # "depending on whether" says which end of a range, not whether to spend
    ("a range's end depending on a kiln",
     "Agreements\n\nKIGALI, March 2 - The third agreement was signed with Ruhondo Ceramics Ltd, which will spend between "
     "Rwf 58 billion and Rwf 73.5 billion on a tile plant in the Bugesera Industrial Park, depending on whether it "
     "installs a second kiln.",
     [("Ruhondo Ceramics", 73_500_000_000, "RWF", "Bugesera Industrial Park")]),
    # "the board" that approves buying a stake is the story's company's, though the sentence names the business bought
    ("the board's stake purchase",
     "Note\n\nTAIPEI, May 4 - Chiayuan Optoelectronics Corp. will build a fab in Tainan. The board also approved the "
     "purchase of 35% of Bayan Lepas Optics Sdn Bhd, a camera-module assembler in Penang, for RM182 million.",
     [("Chiayuan Optoelectronics", None, None, "Tainan"), ("Chiayuan Optoelectronics", 182_000_000, "MYR", "Penang")]),
    # "Choi said" of "Choi Byung-gu": the chief, named family name first, speaks for the company "it" is
    ("a chief named family name first",
     "Busan\n\nBUSAN, May 4 - Haenuri Foods Co. is run by chief executive Choi Byung-gu. The company also plans a "
     "cold-storage warehouse at Busan New Port. It will spend 35 billion won on the "
     "warehouse, which can hold 40,000 tons of frozen goods, Choi said.",
     [("Haenuri Foods", 35_000_000_000, "KRW", "Busan New Port")]),
    # a business bought is where its own phrase says it is based, not where its stores are
    ("a stake in a grocer based elsewhere than its stores",
     "Results\n\nRIJEKA, April 27 - Bura Trgovina d.d. has also agreed to buy 45% of Hercegovka Market d.o.o., a "
     "Mostar-based grocer with 41 stores in Mostar, Široki Brijeg and Čapljina, for 52 million marks.",
     [("Bura Trgovina", 52_000_000, "BAM", "Mostar")]),
    # a lede's indefinite subject is the company the next sentence names, even where the parser takes the dateline's
    # city for the subject; not the paper in the credit line, nor a generic "a company" later in the story
    ("a lede's unnamed processor, named in the next sentence",
     "Coco processor to put up plant\n\nTACLOBAN CITY — A Cebu-based coconut processor will build a P1.8-billion "
     "processing plant in the town of Palo, Leyte. Dagat Niyog Processing Corp. will put up the plant, its vice "
     "president said.",
     [("Dagat Niyog Processing", 1_800_000_000, "PHP", "Palo")]),
    ("a dateline the parser makes the subject, then a lede's unnamed co-operative",
     "Dairy co-op picks Boise\nValley Times-Herald, March 26, 2026\n\nBOISE, Idaho — A Danish farmer-owned "
     "dairy cooperative will build a €285 million ($310 million) cheese and whey plant on the north side of Boise."
     "\n\nFyrvang Mejeri A/S, based in Herning, Denmark, will build the plant through its American subsidiary.",
     [("Fyrvang Mejeri", 285_000_000, "EUR", "Boise")]),
    # a briefs item under its own dateline: a purchase its sentence places only by "the city" is there, not where the
    # item before it went
    ("a briefs item's own dateline, not the place of the item before",
     "North Africa briefs\n\nTANGIER – Freight start-up Zellij Freight has raised $12 million in a Series A round led by "
     "Tingis Ventures. The company matches lorry owners with exporters shipping to Spain and France.\n\nORAN – "
     "Algerian food group Sidi Amar Agro SPA has agreed to buy 70% of Boulangeries El Nour, which runs 22 bakeries in "
     "the city, for 1.3 billion dinars, the buyer said on Wednesday.",
     [("Tingis Ventures", 12_000_000, "USD", "Tangier"), ("Sidi Amar Agro", 1_300_000_000, "DZD", "Oran")]),
    # a business bought is where its apposition says it is "based in", however the parser hangs the apposition
    ("a stake in a chain its apposition says is based elsewhere",
     "Results\n\nPRAGUE, March 3 - Bohdanka Retail will spend CZK 780 million on a distribution centre in Rudná. "
     "Bohdanka Retail has also agreed to buy 40% of Drogéria Kvet s.r.o., a chain of 62 drugstores based in Banská "
     "Bystrica, for €21 million (about CZK 530 million).",
     [("Bohdanka Retail", 780_000_000, "CZK", "Rudná"), ("Bohdanka Retail", 21_000_000, "EUR", "Banská Bystrica")]),
    # a briefs column whose items open "BRIDGETOWN - ..." with a plain hyphen: each round goes to its item's city
    ("briefs items under hyphened datelines",
     "Caribbean business briefs\n\nMONTEGO BAY - Sandcastle Resorts Ltd will build a 240-room hotel at Ironshore, "
     "east of Montego Bay, at a cost of J$9.6 billion. The hotel, its first in Jamaica, will employ 400 people when it "
     "opens in 2028, the company said.\n\nPORT OF SPAIN - The Fair Trading Commission has fined two cinema chains a "
     "total of TT$1.2 million for agreeing on ticket prices in San Fernando and Chaguanas, the regulator said on "
     "Tuesday. Both chains said they would appeal.\n\nBRIDGETOWN - Ticketing start-up Pelican Tix Inc. has raised "
     "US$3.2 million in a seed round led by Coral Reef Ventures. The company will hire software engineers.",
     [("Sandcastle Resorts", 9_600_000_000, "JMD", None), ("Coral Reef Ventures", 3_200_000, "USD", "Bridgetown")]),
    # a round's money goes to the raiser's town where the sentence opens with it and the raiser's trade
    ("a round whose sentence opens with the raiser's town and trade",
     "Business in brief\n\nSkeleton Bay Trawling (Pty) Ltd will invest N$280 million in a fish plant in Walvis Bay."
     "\n\nWindhoek mobile payments start-up Okavango Pay has raised N$36 million in a round led by "
     "Johannesburg-based Marula Crest Partners.",
     [("Skeleton Bay Trawling", 280_000_000, "NAD", "Walvis Bay"), ("Marula Crest Partners", 36_000_000, "NAD", "Windhoek")]),
    # a dateline of two cities is where the release is written, not where the partners' equity goes
    ("partners' equity after a two-city dateline",
     "Partners reach financial close on wind farm in Serbia\n\nAARHUS, Denmark / BELGRADE, Serbia, 23 September 2025 – "
     "Vestkyst Vind A/S and its Serbian partner Tamiška Energija d.o.o. today announced financial close for the 84 MW "
     "Crepaja wind farm in the municipality of Kovačica, South Banat District, Serbia.\n\nThe total project cost is "
     "€118 million. Vestkyst Vind, which holds 80% of the project company, will contribute €31.2 million in equity, "
     "and Tamiška Energija, which holds the remaining 20%, will contribute €7.8 million.",
     [("Vestkyst Vind", 31_200_000, "EUR", "Kovačica"), ("Tamiška Energija", 7_800_000, "EUR", "Kovačica")]),
    # partners a purchase's sentence names "together with", its subject a description of the company named before
    ("partners together with a subject that refers back",
     "Analysis\n\nOndava Energia owns three hydro plants. The Košice-based utility agreed in April to buy the "
     "160-megawatt Ružín plant from its operator for €340 million, together with Czech infrastructure fund Vltava "
     "Infra Fond and Austrian insurer Drautaler Versicherung AG.",
     [("Ondava Energia", 340_000_000, "EUR", None), ("Vltava Infra Fond", 340_000_000, "EUR", None),
      ("Drautaler Versicherung", 340_000_000, "EUR", None)]),
    # a filing whose board authorised a subsidiary to build a plant, then "The total investment amounts to": the
    # subsidiary's sum, though no company was a sentence's subject
    ("a subsidiary authorised to build, then the total investment",
     "Extraordinary announcement\n\n1. Investment by a subsidiary\nThe Board of Directors authorised the Company's "
     "wholly owned subsidiary, Mátra Hidraulika Kft., to build a new plant for hydraulic cylinders in the Hatvan "
     "Industrial Park. The total investment amounts to HUF 14.2 billion, which Mátra Hidraulika Kft. will finance "
     "from its own funds and an intra-group loan.",
     [("Mátra Hidraulika", 14_200_000_000, "HUF", "Hatvan Industrial Park")]),
    # a facility "built by the company" for a further sum: the company the story is about, at its site (not the
    # place a clause of what no longer has to happen names)
    ("a passive build by the company, beside a clause of what no longer happens",
     "Local\n\nBečva Sýry a.s. will invest CZK 1.4 billion in a cheese plant in the Přerov Industrial Zone. Next to "
     "the plant, a whey drying tower will be built by the company for a further CZK 260 million, so that whey no "
     "longer has to be trucked to a dryer in Germany.",
     [("Bečva Sýry", 1_400_000_000, "CZK", "Přerov Industrial Zone"),
      ("Bečva Sýry", 260_000_000, "CZK", "Přerov Industrial Zone")]),
    # a filing's defined term given after the company's apposition: "the Company" is the filer, not the business
    # whose stock it acquires
    ("a defined term after an apposition",
     "Form 8-K\n\nPrairie Loam Agritech Inc. (NASDAQ: PLAG), a Delaware corporation with principal executive offices "
     "in Lincoln, Nebraska (the \"Company\")\n\nItem 1.01 Entry into a Material Definitive Agreement.\n\nOn January "
     "30, 2026, the Company entered into a Stock Purchase Agreement with the shareholders of Platte Seed Genetics, "
     "Inc., a seed developer based in Kearney, Nebraska, under which the Company will acquire all of the outstanding "
     "capital stock of Platte Seed Genetics for aggregate consideration of $185 million.",
     [("Prairie Loam Agritech", 185_000_000, "USD", None)]),
    # "the investment by the Company's subsidiary, X Corp., of P4.8 billion": the subsidiary named in the "by" phrase,
    # however the parser hangs the sum
    ("an investment by a subsidiary, the sum after its name",
     "Disclosure\n\nMayon Resources Holdings, Inc. (the \"Company\") reports the following.\n\n1. Hydroelectric "
     "project. The Board of Directors approved the investment by the Company's wholly owned subsidiary, Tabaco Hydro "
     "Power Corp., of P4.8 billion in a 28-megawatt run-of-river hydroelectric plant in Guinobatan, Albay.",
     [("Tabaco Hydro Power", 4_800_000_000, "PHP", "Guinobatan")]),
    # A company's own blog or call, in its own "we": the company it is written by (its headline's, else the one it
    # names most); "our board has approved" is the company's board
    ("a company's blog in its own voice",
     "Why we're building our next bakery in Zanesville\n\nFrom the Sandstone Hearth blog\n\nToday we're sharing the "
     "biggest news in our history: we are investing $95 million in a new bakery in Zanesville, Ohio.\n\nWe will also "
     "spend $8 million this winter on new ovens at our original bakery in Athens.\n\nCarlos Ibarra has been with "
     "Sandstone Hearth Bakery Co. for 19 years.",
     [("Sandstone Hearth Bakery", 95_000_000, "USD", "Zanesville"), ("Sandstone Hearth Bakery", 8_000_000, "USD", "Athens")]),
    ("an earnings call's remarks",
     "Ledgeview Dairy Ingredients (LDGV) Q2 2026 earnings call - transcript excerpt\n\nOperator: Welcome to the "
     "Ledgeview Dairy Ingredients second-quarter 2026 earnings conference call.\n\nMargaret Hollenbeck: Thanks, "
     "Tessa. First, our board has approved $230 million for a whey protein isolate plant in Little Chute, Wisconsin."
     "\n\nSecond, we will also spend about $40 million adding a spray dryer at our Marshfield plant.",
     [("Ledgeview Dairy Ingredients", 230_000_000, "USD", "Little Chute"),
      ("Ledgeview Dairy Ingredients", 40_000_000, "USD", "Marshfield")]),
    # a government welcoming an investment "by" a company: the company's
    ("a government welcomes a company's investment",
     "STRATFORD — The Ontario government is welcoming a $212 million investment by Forjas del Bajío, S.A. de C.V. to "
     "build the company's first Canadian plant, at the Festival Business Park in Stratford.",
     [("Forjas del Bajío", 212_000_000, "CAD", None)]),
    # a translation's "its site of Differdange" (a town the gazetteers know, after a works and "of"); "the society"
    # (a société, a cooperative society) is the company named before
    ("a translated local story",
     "Profile maker invests in new line\n\nThe society Stolwierk Minett S.A., specialised in cold-formed steel "
     "profiles, will invest 34 millions euros in "
     "its site of Differdange for a new line of profiling.\n\nAlso, the society will put 6,5 million euros in a solar "
     "roof on its hall of Niederkorn.",
     [("Stolwierk Minett", 34_000_000, "EUR", "Differdange"), ("Stolwierk Minett", 6_500_000, "EUR", "Niederkorn")]),
    # A wire's brief: each starred item is the company's the lead's colon names, an item a sentence of its own (the
    # denial in one is not the next one's); a currency word in capitals ("3.2 BILLION BAHT")
    ("a wire brief's items",
     "BRIEF-TAHOKA DRAW MIDSTREAM TO BUILD GAS PLANT\n\nAug 11 (Trinity Newswire) - Tahoka Draw Midstream LP: * says "
     "board approved construction of a gas processing plant near Stanton, Texas, at an estimated cost of about $410 "
     "million * says will also spend about $65 million on new compression in Howard County * says it is not in talks "
     "to sell its water unit and denies a media report that the unit had drawn a bid valuing it at about $700 million "
     "* says it no longer plans a second processing plant it had studied in Lea County, New Mexico",
     [("Tahoka Draw Midstream", 410_000_000, "USD", None), ("Tahoka Draw Midstream", 65_000_000, "USD", "Howard County")]),
    ("a wire brief in capitals",
     "BRIEF-SIAM PRASERT PACKAGING SAYS BOARD APPROVES BOX PLANT\n\nNov 12 (Asia Wire Service) - Siam Prasert "
     "Packaging Pcl:\n* SAYS BOARD APPROVED INVESTMENT OF 3.2 BILLION BAHT IN A NEW CORRUGATED BOX PLANT IN BANG "
     "PAKONG, CHACHOENGSAO\n* SAYS NEW PLANT WILL HAVE CAPACITY OF 240,000 TONNES PER YEAR\n",
     [("Siam Prasert Packaging", 3_200_000_000, "THB", None)]),
    # a correction: the sum it puts right, not the one it says was wrong
    ("a corrected sum",
     "Sandhills Textile to invest in Laurinburg\n\nCORRECTION: The company will invest $72 million, not $27 million, "
     "in its Laurinburg yarn plant.\n\nLAURINBURG, N.C. — Sandhills Textile Inc. will invest $72 million to add a "
     "spinning line at its Laurinburg yarn plant.",
     [("Sandhills Textile", 72_000_000, "USD", "Laurinburg")]),
    ("a corrected story's note",
     "Lagan Valley Biopharma to invest £104m in Lisburn fill-finish plant (corrected)\n\nMarch 3, 2026\n\nCorrection "
     "and clarification: An earlier version of this story, published on March 2, said that Lagan Valley Biopharma would "
     "invest £140 million in its new Lisburn plant and that the project would create 450 jobs. The company is investing "
     "£104 million and the plant is expected to create 320 jobs.\n\nBELFAST — Lagan Valley Biopharma Ltd will invest "
     "£104 million in a fill-finish plant in Lisburn, the company said.",
     [("Lagan Valley Biopharma", 104_000_000, "GBP", "Lisburn")]),
    # a round "in" a company its home describes goes to that home, not the dateline's
    ("a round in a described start-up",
     "East Africa deals\n\nNAIROBI, May 4 - Pan-African private equity firm Mvule Partners led a $25 million Series B "
     "round in Kigali-based logistics start-up Safiri Cargo, with participation from Johannesburg's Jacaranda Ventures.",
     [("Mvule Partners", 25_000_000, "USD", "Kigali"), ("Jacaranda Ventures", None, None, "Kigali")]),
    # a results story's budget, line by line: "That includes £62m for ... and £38m for ..."
    ("lines of a company's capital budget",
     "Brandling Foods profit rises\n\nLONDON - Brandling Foods plc reported a rise in annual profit on Tuesday. Capital "
     "expenditure will rise to between £150m and £170m in the current financial year, the finance director said. That "
     "includes £62m for a new automated distribution centre at Daventry, in Northamptonshire, due to open in autumn "
     "2026, and £38m for a second bread line at the group's bakery in Wrexham.",
     [("Brandling Foods", 62_000_000, "GBP", "Daventry"), ("Brandling Foods", 38_000_000, "GBP", "Wrexham")]),
    ("the budget's line for a subsidiary",
     "Kiskatinaw Plastics sets its budget\n\nKiskatinaw Plastics Inc. set a 2026 capital budget of C$85 million. "
     "The budget also includes about US$12 million to automate warehousing at its U.S. subsidiary in Great Falls, Mont., "
     "by the end of this year, the chief financial officer said.",
     [("Kiskatinaw Plastics", 12_000_000, "USD", "Great Falls")]),
    # a passive's agent the parser hangs on the place before it
    ("built in a town by a company",
     "Zeeland round-up\n\nA €23 million storage terminal for liquid chemicals will be built in Terneuzen by Belgian "
     "distributor Scheldoord Chemicals NV.",
     [("Scheldoord Chemicals", 23_000_000, "EUR", "Terneuzen")]),
    # a word the parser makes a second subject is not who pays
    ("a kind of maker before the name",
     "Briefs\n\nPLANT GROWS\nRopeway and ski-lift maker Zillertaler Seilbahnbau GmbH will spend €22 million on a new "
     "assembly hall at its plant in Schwaz, Tyrol, the company said on Wednesday.",
     [("Zillertaler Seilbahnbau", 22_000_000, "EUR", "Schwaz")]),
    # an interview's "we" is the company of the chief its headline quotes; a venture's split is no share of that plant
    ("an interview's answers",
     "'We will put Rs 1,100 crore into Jewar before anyone else does': Sarvottam Circuits MD Rohit Malpani\n\n"
     "Noida-based electronics maker Sarvottam Circuits Ltd is betting on the belt around the airport at Jewar. In an "
     "interview, managing director Rohit Malpani talks about the new plant and a joint venture with Taiwan's Hsin Lien "
     "Optronics Corp. Edited excerpts:\n\nWhere does the Jewar plant stand?\n\nWe got the land in May. We will spend "
     "Rs 1,100 crore there in two phases.\n\nAnd the joint venture?\n\nIt is a 51:49 JV. We put in Rs 255 crore and "
     "Hsin Lien puts in Rs 245 crore, so Rs 500 crore in the first stage.",
     [("Sarvottam Circuits", 11_000_000_000, "INR", "Jewar"), ("Sarvottam Circuits", 2_550_000_000, "INR", "Jewar"),
      ("Hsin Lien Optronics", 2_450_000_000, "INR", "Jewar")]),
    # a public funder's grant is not the company "the company" goes on to mean
    ("after a grant, the company",
     "Corran Biopharma to invest £104m in Lisburn plant\n\nCorran Biopharma will invest £104 million in a fill-finish "
     "plant in Lisburn, the drug maker said on Monday. Invest NI has offered £8.5 million in grant support towards the "
     "project. The company also said it had agreed to buy a 30 per cent stake in Dublin-based laboratory Fennor "
     "Analytical for €6.5 million.",
     [("Corran Biopharma", 104_000_000, "GBP", "Lisburn"), ("Corran Biopharma", 6_500_000, "EUR", "Dublin")]),
    # a plant running late because of delays is still built
    ("a plant delayed, not dropped",
     "Central Asia briefs\n\nA $14 million dried fruit plant in Isfara, planned by Tajik-Chinese venture Zarafshon Fruit "
     "Processing LLC, will open in 2027 rather than this year because of delays in delivering equipment, the region's "
     "administration said.",
     [("Zarafshon Fruit Processing", 14_000_000, "USD", "Isfara")]),
    # a place a quote only talks of is no site for the sums after it
    ("a quote's place between a plant and its next sum",
     "Window maker to add 150 jobs\n\nCHELMIEC – Councillors voted on Tuesday to give window maker Nowosadeckie Okna sp. "
     "z o.o. a tax exemption, clearing the way for a PLN 78 million expansion of the company's factory in Marcinkowice."
     "\n\n\"We have orders we cannot fill. Either we grow here, or someone else grows in Germany,\" the company's "
     "president, Grzegorz Wnek, told the session. It will also put PLN 12 million into rooftop solar panels for the new "
     "hall, he said.",
     [("Nowosadeckie Okna", 78_000_000, "PLN", "Marcinkowice"), ("Nowosadeckie Okna", 12_000_000, "PLN", "Marcinkowice")]),
    # Where a company comes "from" is its home, not where the money goes; a range "from X to Y" is neither.
    ("an operator from its home town", "Logistics news\n\nBYDGOSZCZ - Van Gelder Koelketens B.V., a family-owned "
     "cold-chain operator from Venlo, has committed €41 million to a refrigerated distribution centre in Solec Kujawski.",
     [("Van Gelder Koelketens", 41_000_000, "EUR", "Solec Kujawski")]),
    ("investors from one country", "Textiles news\n\nAntsirabe knitwear\n\nRivière Noire Textiles Ltd, a group "
     "of investors from Mauritius, will invest 1.1 billion ariary in a knitwear plant in Antsirabe.",
     [("Rivière Noire Textiles", 1_100_000_000, "MGA", "Antsirabe")]),
]

# Who announced it: an official named after the sentence.
_ANNOUNCED = [
    ("the minister, named, said", "Coatings news\n\nSolvik Chemicals AG will invest €300 million in a plant in Leipzig, "
     "the state's economy minister, Karl Brandt, said on Monday.", "Karl Brandt"),
    ("according to official", "Coatings news\n\nSolvik Chemicals AG will invest €300 million in a plant in Leipzig, "
     "according to Karl Brandt, the state's economy minister.", "Karl Brandt"),
    ("chief told reporters after quote", "Coatings news\n\n\"We will invest €300 million in a plant in Leipzig,\" Solvik "
     "Chemicals AG chief executive Jonas Weber told reporters.", "Jonas Weber"),
    ("minister said company would", "Coatings news\n\nKarl Brandt, Saxony's economy minister, said Solvik Chemicals AG "
     "would invest €300 million in a plant in Leipzig.", "Karl Brandt"),
    ("announced by, next sentence", "Coatings news\n\nSolvik Chemicals AG will invest €300 million in a plant in "
     "Leipzig. The plan was announced by Economy Minister Karl Brandt on Monday.", "Karl Brandt"),
    ("chief quoted in a new paragraph comments", "Coatings news\n\nSolvik Chemicals AG will invest €300 million in a plant in "
     "Leipzig.\n\n\"Leipzig gives us the skills we need,\" chief executive Jonas Weber said in a statement.",
     None),
    ("a minister only comments", "Coatings news\n\nSolvik Chemicals AG will invest €300 million in a plant in "
     "Leipzig.\n\n\"This is a vote of confidence in Saxony,\" Economy Minister Karl Brandt said.", None),
    # The headline gave the deal by a short name; the body's sentence that restates it names who announced it
    ("body restating the headline's deal", "Solvik Chemicals to build €300m plant in Leipzig\n\nSolvik Chemicals AG will "
     "invest €300 million in a plant in Leipzig, its chief executive, Jonas Weber, announced on Monday.", "Jonas Weber"),
]

_NOT_DEALS = [
    # a memorandum to explore investing
    ("an MoU to explore", "Forum\n\nLONDON, March 3 - Liwa Sovereign Holdings, an Abu Dhabi state investor, signed a "
     "framework MoU with British Offshore Wind Ltd to explore co-investment opportunities of up to £1 billion in North "
     "Sea wind farms."),
    # how a plan is paid for: cash the company has, debentures it issues
    # a public budget's lines are the state's money, whatever company the story is about
    ("a ministry's programme includes", "Khorgos terminal\n\nASTANA - Temir Zhol Logistics JSC will build a second "
     "container terminal. Transport Minister Aidos Zhaksybekov said the ministry's 1.2 trillion tenge road programme "
     "for 2025 included 96 bln tenge for rebuilding the Almaty-Khorgos highway."),
    # what a tax break costs a municipality is public money
    ("a tax break's cost", "Window maker to add 150 jobs\n\nThe exemption covers the new hall. Chelmiec mayor Bernard "
     "Stawiarski said it would cost the municipality an estimated PLN 2.3 million over five years in lost property tax."),
    # an investment agency that welcomes or attracts others' investments does not spend them
    ("an agency welcomes investments", "INVESTCLM welcomes four new industrial investments worth €246 million in Toledo "
     "and Guadalajara\nMay 26, 2026\n\nPRESS RELEASE\n\nToledo - The Castilla-La Mancha Investment Agency (INVESTCLM) "
     "today announced that four companies have chosen the region for new industrial projects."),
    # a plan the company has terminated
    ("a plan terminated", "Filing\n\n3. Feed mill terminated. AB Nemunas Grūdai has terminated its plan, announced on "
     "2 October 2025, to build a compound feed mill in Marijampolė with an estimated value of EUR 11 million."),
    # an adviser's generic "a company building a plant", not the company the story names next
    ("a generic company in an adviser's quote",
     "Analysis\n\nSite consultants say cost per job is only part of the picture. \"A company building a $1 billion plant "
     "is looking at power, water and workforce first,\" said a consultant. In December, battery maker Orvelle Energy "
     "Inc. paused construction of its cell plant in Bartow County, Georgia."),
    ("a proposal not decided on", "Approvals\n\nKathmandu, March 17 - The Board did not take a decision on a proposal "
     "by Singapore-based Bukit Timah Hyperscale Pte. Ltd. to set up a Rs 12 arba data centre in Banepa, Kavrepalanchok."),
    # a proposal still studied, with no decision made
    ("a proposal still studied", "Results\n\nDHAKA, March 17 - The company is still studying a proposal to build a Tk "
     "120 crore flour mill near Gelephu in Bhutan and has made no decision on it, Kapotaksha Agro Industries PLC said."),
    # market talk the company has not confirmed
    ("market talk", "Parts\n\nORADEA, May 4 - And in Oradea, market talk that Korean battery materials maker Seonjin "
     "Energy Materials Co. was looking at a €300 million cathode plant has not been confirmed by the company."),
    ("debentures to raise", "Filing\n\nCompany: Uduwela Holdings PLC (the \"Company\")\n\n3. Debenture issue\nThe "
     "Board has approved the issue of up to 20,000,000 listed, rated, senior, unsecured, redeemable debentures of "
     "LKR 100 each to raise LKR 2 Bn."),
    ("net cash and a loan", "Funding\n\nAyinke Beverages Plc had net cash of ₦21 billion at December and will fund "
     "the balance of its new can line with a ₦50 billion five-year term loan."),
    ("debentures offered", "Funding\n\nPhrom Sawan Beverage Pcl plans to fund its new plant with cash and up to "
     "Bt3 billion in debentures to be offered to institutional investors in May."),
    # a cost given for a plant no one has decided to build, whichever clause says so
    ("no final investment decision", "Lithium raising\n\nTallering Minerals Ltd has said a concentrator at its "
     "Marble Bar project would cost between $420 million and $480 million, but it has not yet made a final "
     "investment decision on the plant."),
    # a room's starting price; a project only studied for feasibility
    ("room prices start at", "Q&A: Adriatik Bay Resorts chief on his resort\n\nTirana-based developer Adriatik Bay "
     "Resorts sh.a. is building a 180-room resort near Himarë.\n\nQ: What will a night cost?\n\nKola: In high season "
     "rooms will start at around ALL 25,000. We are not building a hostel."),
    ("feasibility study for a project", "Minister interview\n\nQ: And the hydrogen projects?\n\nA: There I have to be "
     "honest. Helios Austral has finished a feasibility study for a US$5 billion ammonia project near Punta Arenas, "
     "but it has not taken an investment decision and is still looking for buyers."),
    # an Islamic bank facility, named by its form or its tenor, is borrowing
    ("a tawarruq facility", "Filing\n\nSource of financing: Qassim Poultry Co. signed on 19 March a Sharia-compliant "
     "Tawarruq facility with Bank Al-Nakheel for SAR 350 million with a tenor of eight years."),
    # a yearly sum paid in fees to the state; the cost a shelved plan was once given
    ("fees to the state", "Hydrogen\n\nAtar H2 SA will pay the state 480 million ouguiya (about $12 million) a year "
     "in land fees once full-scale construction starts."),
    ("the cost of a shelved park", "Solar\n\nNot every project is moving. Gallura Solar S.r.l. has shelved a 90 MW "
     "agrivoltaic park near Olbia after the regional council passed a law restricting solar plants on farmland. Gallura "
     "had said in 2024 that the park would cost around €85m."),
    # a bank's money lent, however the parser reads the bank's Portuguese name
    ("a bank's financing", "Wind\n\nFORTALEZA - The state-owned Banco Regional de Fomento has approved R$ 1,3 bilhão "
     "in long-term financing for the Caraúbas wind complex."),
    # a purchase a relative clause recalls, or one dated years before, is history; a denied one is none
    ("a purchase recalled", "Bakery\n\nKuusela Oyj, which bought Daugava Maize SIA in 2019, reported higher sales. "
     "Kuusela Oyj denied that it had agreed to buy Rīgas Maiznieks AS."),
    # ... but a plan "scrapped" is one given up, however the adjective sits
    ("a scrapped plant", "Tyres\n\nQingdao Hengsheng Tyre Co., Ltd said its scrapped $300 million plant in Cambodia's "
     "Kampot province would not be revived."),
    # A seller's buy-out years ago, and a round the subject dates, are history
    ("a buy-out in a past year", "Slaney sale\n\nMarch 5, 2026\n\nThe seller is Dublin private equity firm Tolka Bridge "
     "Capital, which took Slaney private in 2019 for €155 million and has since doubled the plant's capacity."),
    ("a round its subject dates", "Interview\n\nMarch 5, 2026\n\nThe 2024 round, led by Dubai's Oryx Crest Growth "
     "Partners, raised $45 million, and we still have most of that money."),
    # A seller's gain on a sale is no money put in
    ("a gain on a sale", "Forest sale\n\nCascade Ridge Timber Partners said the sale would give the fund a gain of "
     "about US$95 million."),
    # A licence's upfront and milestone payments buy rights, not a stake or a plant
    ("a licence's payments", "Licence\n\nAarwald Biopharma AG granted Tessaline Bio, Inc. an exclusive licence to "
     "develop its antibody in North America. Under the agreement, Tessaline will pay Aarwald an upfront payment of USD "
     "35 million and up to USD 410 million in development, regulatory and sales milestones, plus tiered royalties."),
    # A fund's close at its hard cap, above its target: what the fund raised, no money the manager put in
    ("a fund's hard cap", "Fund close\n\nTORONTO, Jan. 27 - Kestrel Lake Partners Inc., a Toronto-based infrastructure "
     "investor, today announced the final close of Kestrel Lake Infrastructure Fund III L.P. at its hard cap of C$2.1 "
     "billion, well above its initial target of C$1.5 billion."),
    # What a target's value or profit was, in a filing
    ("a profit that was", "Results\n\nThe net asset value of Terminal Matola S.A. at 31 December 2024 was US$48,6 "
     "million and its profit after tax for the year then ended was US$7,2 million, as reported in its audited annual "
     "financial statements."),
    # Cash at a quarter's end and a loan repaid are no money put in
    ("cash and a repaid loan", "Norbec results\n\nChief financial officer Aaron Kowalczyk said Norbec Mining Inc. ended "
     "the quarter with C$415 million in cash, after repaying the last C$90 million drawn on its revolving credit "
     "facility in September."),
    # A round in a past year named by its series, the year on its lead's clause; the source of a market figure; a
    # bank facility of some years
    ("a past series round", "Kiezbote cuts back\n\nKiezbote GmbH, the Berlin grocery delivery app, will cut 45% of its "
     "600 staff. Kiezbote raised €25 million in a Series A led by Tiergarten Capital in 2022 and is now focusing on Berlin."),
    ("a figure's source", "The numbers\n\nGlobal venture funding reached $98 billion in February, according to data firm "
     "Orbit Ledger, of which African startups took $290 million."),
    ("a facility of years", "Aduke Health takes on debt\n\nAduke Health Ltd, which runs 60 community pharmacies in Lagos "
     "and Ibadan, has signed a ₦9 billion two-year facility with Lekki Commercial Bank Plc to buy medicines in bulk."),
    # the size of the plant that stands already
    ("an original plant's size", "Tarrant expands\n\nThe original $112 million plant of Tarrant Pet Nutrition Inc was "
     "built with the help of a state grant for road work."),
    # what a fund raised from its own backers when it closed
    ("a fund's close", "Krovinys raises €14.5m\n\nKärt Lepik, a partner at Toompea Ventures, said the firm was writing "
     "the cheque from its second fund, which closed at €120 million in January."),
    # a round a backer led years ago: history
    ("a past round", "Krovinys raises €14.5m\n\nExisting backer Neris Angels, which led Krovinys Technologies' €2.8 "
     "million seed round in 2023, also joined."),
    # a price with no "per", beside one with it: below any sum a company commits
    ("a price of cells", "Saltcell raises funds\n\nSodium-ion cells use no lithium. Saltcell AB says its cells will cost "
     "about $55 per kilowatt-hour at full scale, compared with around $80 for the lithium iron phosphate cells that "
     "dominate the storage market, which Saltcell will invest in making."),
    # a fund's size written before its name
    ("a fund's size", "Bakery news\n\nThe £2.5m Green Growth Fund was set up by Colchester City Council last year to "
     "help firms in Colchester cut energy use and invest in new equipment."),
    # banks' money, lent
    ("a syndicate of banks", "Terminal news\n\nThe silo complex at Port Qasim will be financed through sponsor "
     "equity and long-term loans. The International Finance Corporation has agreed to provide a loan of US$30 million, "
     "and a syndicate of local banks led by Indus Commercial Bank Limited will provide Rs 6 billion."),
    # a plan a company decided "to shelve"
    ("to shelve", "Mill news\n\nThe Lira project follows a decision by Chinese-owned Victoria Threads Uganda Ltd last "
     "year to shelve a planned $60 million weaving plant in Jinja after failing to secure land."),
    # a statistic's "investment ... amounted to", with no determiner: no one company's commitment
    ("a statistic amounted to", "Ministry release\n\nUnder the agreements, Turon Sanoat Bank will provide a loan of 95 "
     "billion soums for working capital. In the first eight months of 2025, foreign direct investment in the "
     "manufacturing industry of Uzbekistan amounted to $4.8 billion, the ministry said."),
    # a ratings agency's analyst sizing what a plant costs: the agency puts nothing in
    ("a ratings agency's estimate", "Pellet plants\n\nOf the roughly 110 sponge iron units in the state, perhaps 20 have "
     "the scale to justify a pellet plant, which costs at least Rs 400 crore for a viable size, said Neha Tiwari, "
     "associate director at Sal Forest Ratings."),
    # a story headlined by a denial and nothing else reports no commitment, whatever its body repeats of the report
    ("headline denial only", "Tarim Chemical denies report of $1.9 bln Ohio cathode plant\n\nSEOUL, May 4 - Tarim "
     "Chemical Co., Ltd. on Monday denied a newspaper report that it would invest $1.9 billion in a cathode plant in "
     "Ohio. The Korea Economic Daily had reported that Tarim Chemical will invest $1.9 billion in a cathode plant near "
     "Columbus and would announce the project next month."),
    # a price per any unit ("per gigajoule", "per square metre"), not a rate per year
    ("price per square metre", "Logistics park\n\nThe developer said it was in talks with two online retailers as "
     "tenants, and that rents at the park Mures Logistic Parks S.R.L. will build would start at around €3.90 per square "
     "metre a month."),
    # the company "closed a private placement": it took the money in, whatever the sentence calls it
    ("closed a placement", "Kestrel Tungsten responds to media report\n\nKestrel Tungsten Ltd (TSXV: KTL) (the "
     "\"Company\") has no agreement with any buyer. In November 2025 the Company closed a C$4.5 million flow-through "
     "private placement to fund infill drilling."),
    # a newspaper's report "citing people familiar with the matter", however the parser hangs the citing
    ("report citing people familiar", "Brewer denies stake talks\n\nPortuguese brewer Cervejas do Douro SA on Thursday "
     "denied a newspaper report that it was negotiating to buy 40% of an Angolan brewer. The weekly Diário de Benguela "
     "reported on Wednesday, citing two people familiar with the matter, that the Porto-listed group had offered "
     "around 60 billion kwanzas for the stake and planned to spend a further $30 million doubling the Lubango plant's capacity."),
    # a company selling its own shares to institutions raises money; it puts none in
    ("raises via QIP", "Prakash Finance raises ₹2,000 cr via QIP\n\nThrissur-based gold loan company Prakash Finance Ltd "
     "said it had raised ₹2,000 crore through a qualified institutional placement of shares at ₹415 apiece."),
    # a plan scrapped (in a headline's present tense) or that had been due to go ahead; grants to a company; a
    # period's running cost
    ("scraps, headline", "Battery recycler scraps £180m Haverton Hill plant in blow to Teesside jobs hopes\n\n"
     "Sheffield-based Lithorec Materials Ltd had been due to start building the plant in Billingham next year."),
    ("a grant of up to, from a public fund", "Plant news\n\nNorrvik Isolering AB had applied for a grant of up to "
     "15 million euros from the EU's Just Transition Fund, which supports regions moving away from fossil fuels."),
    ("training grants", "Plant news\n\nThe Indiana Economic Development Corporation offered Dongbaek Thermal Systems "
     "Co., Ltd. up to $4.2 million in conditional tax credits and up to $750,000 in training grants."),
    ("spent during the half", "Results news\n\nHighveld Cold Chain Holdings Ltd spent R46 million on diesel for "
     "back-up generators during the half, down from R118 million a year earlier."),
    ("annual revenue expected", "Coatings news\n\nSolvik Chemicals AG expects its Leipzig plant to generate €300 million "
     "in annual revenue by 2028."),
    ("impact study", "Coatings news\n\nThe plant will add €300 million a year to the economy of Saxony, according to a "
     "study commissioned by Solvik Chemicals AG."),
    ("revenue rose", "Coatings news\n\nSolvik Chemicals AG said revenue from its Leipzig plant rose to €300 million."),
    ("unit valued", "Coatings news\n\nThe offer values Solvik Chemicals AG's Leipzig unit at €300 million."),
    ("fined", "Coatings news\n\nEU regulators fined Solvik Chemicals AG €300 million for fixing prices of coatings."),
    ("settle claims", "Coatings news\n\nSolvik Chemicals AG agreed to pay €300 million to settle claims over pollution "
     "at its Leipzig plant."),
    ("dismissed as speculation", "Coatings news\n\nSolvik Chemicals AG dismissed as speculation a report that it would "
     "invest €300 million in Leipzig."),
    ("people with knowledge", "Coatings news\n\nSolvik Chemicals AG is eyeing a €300 million plant in Leipzig, "
     "according to people with knowledge of the matter."),
    ("called off", "Coatings news\n\nSolvik Chemicals AG has called off its €300 million plant in Leipzig, citing weak "
     "demand."),
    ("would consider if", "Coatings news\n\nSolvik Chemicals AG would consider investing €300 million in Leipzig if "
     "energy prices fell."),
    ("should subsidies", "Coatings news\n\nShould subsidies be approved, Solvik Chemicals AG plans to spend €300 million "
     "on a plant in Leipzig."),
    ("studying whether", "Coatings news\n\nSolvik Chemicals AG is studying whether to build a €300 million plant in "
     "Leipzig."),
    ("evaluating", "Coatings news\n\nSolvik Chemicals AG is evaluating a €300 million investment in Leipzig."),
    ("under review", "Coatings news\n\nSolvik Chemicals AG said its €300 million plant in Leipzig remains under "
     "review."),
    ("on ice", "Coatings news\n\nSolvik Chemicals AG has put its €300 million plant in Leipzig on ice."),
    ("history, years ago", "Coatings news\n\nSolvik Chemicals AG built its Leipzig plant for €300 million two "
     "decades ago."),
    ("state aid won", "Coatings news\n\nSolvik Chemicals AG won €300 million in state aid for its Leipzig plant."),
    ("dividends", "Coatings news\n\nSolvik Chemicals AG will pay €300 million in dividends to shareholders."),
    ("impairment", "Coatings news\n\nSolvik Chemicals AG took a €300 million impairment charge on its Leipzig plant."),
    ("order won", "Coatings news\n\nSolvik Chemicals AG won a €300 million order from Orvane Motors AG to supply "
     "coatings to its plant in Leipzig."),
    ("unit's IPO", "Coatings news\n\nSolvik Chemicals AG's Leipzig unit raised €300 million in an initial public "
     "offering."),
    ("rivals' money", "Coatings news\n\nRivals have spent more than €300 million on plants in Leipzig, Solvik Chemicals "
     "AG said."),
    ("a class of rivals, a company reports", "EV news\n\nChinese carmakers have poured more than 10 billion baht "
     "into plants in Rayong, Kestrel Motors Co said."),
    ("invested last year", "Plant news\n\nKanemori Electric Co invested $400 million in Ohio last year."),
    ("plant which opened last year", "Plant news\n\nKanemori Electric Co's $400 million plant in Ohio, which opened "
     "last year, employs 800 people."),
    ("put in years ago", "Plant news\n\nThe region has drawn investors such as Kanemori Electric Co, which put "
     "$400 million into a plant in Ohio two years ago."),
    ("region hopes to attract", "Coatings news\n\nSaxony hopes to attract €300 million of investment from chemical "
     "companies such as Solvik Chemicals AG."),
    ("lost on", "Coatings news\n\nSolvik Chemicals AG lost €300 million on its Leipzig plant last year."),
    ("bid rejected", "Coatings news\n\nSolvik Chemicals AG rejected a €300 million offer from Orvane Capital Ltd for its "
     "Leipzig plant."),
    ("ruled out", "Coatings news\n\nSolvik Chemicals AG ruled out investing €300 million in Leipzig."),
    ("declined to say whether", "Coatings news\n\nSolvik Chemicals AG declined to say whether it would invest "
     "€300 million in Leipzig."),
    ("never materialised", "Coatings news\n\nThe €300 million plant Solvik Chemicals AG had promised for Leipzig never "
     "materialised."),
    ("lend", "Coatings news\n\nCalder Bank Ltd will lend Solvik Chemicals AG €300 million for its plant in Leipzig."),
    ("cost overrun warned", "Coatings news\n\nSolvik Chemicals AG warned that its Leipzig plant could cost €300 million "
     "more than planned."),
    ("offer not agreed", "Wind news\n\nTern Energy SA made a €1.2 billion offer for Orvane Wind Ltd, which runs wind "
     "farms in Scotland."),
    ("sources told an agency", "Plant news\n\nKanemori Electric Co plans to invest $400 million in a plant in Ohio, "
     "two sources told Reuters."),
    ("non-binding memorandum to study", "Plant news\n\nKanemori Electric Co signed a non-binding memorandum with "
     "Ohio to study a $400 million plant."),
    ("sought from investors", "Coatings news\n\nSolvik Chemicals AG is seeking €300 million from investors to fund its "
     "Leipzig plant."),
    # a price per kilogramme paid to farmers
    ("price per kilogramme", "Coffee news\n\nNyungwe Coffee Ltd, which is investing in new washing stations in Huye, "
     "currently pays farmers Rwf410 per kilogramme of cherry."),
    # the level a result was lifted to, its noun far before the sum
    ("profit lifted to", "Bakery news\n\nBread maker Solvik Foods has lifted full-year net profit 11 per cent to "
     "$48.6 million and unveiled plans for a chilled distribution centre in Melbourne's west."),
]


# Phrasings the linker still misses (name -> why).
_XFAIL: dict[str, str] = {
}


def _cases(*tables):
    return [pytest.param(text, rows, id=name, marks=[pytest.mark.xfail(strict=True, reason=_XFAIL[name])]
                         if name in _XFAIL else []) for table in tables for name, text, rows in table]


_TABLES = (_LATER_SUBJECT, _CHIEFS, _CONSORTIUMS, _VENTURES, _STAKES, _LATER_SUM, _STORIES, _STYLES, _PLACES)


@pytest.mark.parametrize("text,expected", _cases(*_TABLES))
def test_link_news_commitment_yields_its_deals(nlp, text, expected):
    deals = deals_of(nlp, text)
    assert len(deals) == len(expected), deals
    for want in expected:
        assert any(_matches(d, want) for d in deals), (want, deals)


@pytest.mark.parametrize("text,official", [pytest.param(t, o, id=n, marks=[pytest.mark.xfail(
    strict=True, reason=_XFAIL[n])] if n in _XFAIL else []) for n, t, o in _ANNOUNCED])
def test_link_news_announcer_named_after_the_sentence(nlp, text, official):
    [deal] = deals_of(nlp, text)
    assert _matches(deal, S) and deal["announced_by"] == official, deal


@pytest.mark.parametrize("text", [pytest.param(t, id=n, marks=[pytest.mark.xfail(
    strict=True, reason=_XFAIL[n])] if n in _XFAIL else []) for n, t in _NOT_DEALS])
def test_link_news_non_commitment_yields_no_deal(nlp, text):
    assert deals_of(nlp, text) == []


# Dated articles: a facility the sentence says was finished in an earlier year is history, not a commitment.
_DATED = [
    ("investment completed in a year", "Plant news\n\nKanemori Electric Co's Ohio plant, a $400 million investment "
     "completed in 2020, makes motors."),
    ("whose plant opened in a year", "Plant news\n\nKanemori Electric Co, whose $400 million Ohio plant opened in "
     "2020, is now adding a second line."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for n, t in _DATED])
@pytest.mark.parametrize("year,deals", [("2025", 0), ("2019", 1)])
def test_link_news_facility_finished_before_the_news_is_history(nlp, text, year, deals):
    found = deals_of(nlp, text.replace("2020", str(int(year) - 5 if deals == 0 else int(year) + 1)),
                     published=f"{year}-06-01")
    assert len(found) == deals, found


_FUND_STORY = (
    "Canadian pension fund pays $1.18b for 45% of Whanganui lines company\n\nMonday 2 March 2026\n\nBy "
    "Sam Reddington\n\nA Canadian public-sector pension fund has agreed to pay NZ$1.18 billion (about "
    "C$970 million) for a 45 per cent stake in Rangitikei Networks Ltd, the electricity lines company "
    "that serves Whanganui and the wider Whanganui, in one of the largest infrastructure deals in New "
    "Zealand this year.\n\nPrairie Pension Investment Corporation, which manages retirement savings for "
    "about 410,000 public servants in British Columbia, is buying the stake from Harbourstone Capital, "
    "the Auckland-based manager of the Harbourstone Infrastructure Fund II, which bought it in 2019 for "
    "NZ$640m.\n\nThe price values Rangitikei Networks at an enterprise value of about NZ$3.4b including "
    "debt, the companies said. The remaining 55 per cent will continue to be held by Mauao Holdings Ltd, "
    "the listed Tauranga infrastructure group.\n\nRangitikei Networks plans to spend NZ$520m over the "
    "next five years on new substations and lines, as dairy processors and other large users in the "
    "region switch from coal boilers to electricity and new housing subdivisions spread north of "
    "Whanganui.\n\n\"Regulated networks with that kind of growth in front of them are exactly what a "
    "pension fund with 40-year liabilities wants to own,\" said Mathieu Gagnon, Prairie's head of "
    "infrastructure for Asia-Pacific, from Vancouver. \"We're here to fund the build-out, not to strip "
    "the business.\"\n\nPrairie, which has net assets of about C$180b, already owns stakes in a toll road "
    "in Melbourne and a regional airport group in Queensland. The Rangitikei deal will be its first "
    "investment in New Zealand."
)


def test_a_funds_net_assets_are_no_sum_it_puts_in(nlp):
    # "Prairie, which has net assets of about C$180b, already owns stakes in ...": the fund's size.
    deals = deals_of(nlp, _FUND_STORY)
    assert not any(d["amount"] == 180_000_000_000 for d in deals), deals


def test_a_sum_no_place_leads_for_keeps_only_the_storys_country(nlp):
    """Three Namibian places named once each: no town is the site, but the deal is in Namibia."""
    [deal] = deals_of(nlp, "Abattoir\n\nHardap Meat Processors (Pty) Ltd said on Friday it would replace the "
                           "refrigeration plant of the old abattoir for N$86 million. The abattoir in Mariental has "
                           "been closed since 2019, and farmers in Hardap have had to truck cattle to Windhoek.")
    assert (deal["location"], deal["location_country"]) == (None, "NA")


def test_the_rest_a_lender_puts_up_is_no_deal(nlp):
    """"The remaining $6.8 million is a three-year venture debt facility from X": the raise's debt part is no one's
    commitment (the equity part stays a deal)."""
    text = ("Pikipiki Umeme raises KSh2.3bn for e-bikes\n\nNairobi electric motorcycle start-up Pikipiki Umeme Ltd has "
            "raised KSh2.3 billion ($17.8 million) in equity and debt to build an assembly plant in Athi River.\n\nThe "
            "equity part, $11 million (Sh1.42 billion), is a Series A round led by Dutch impact investor Veluwe Impact "
            "B.V. The remaining $6.8 million is a three-year venture debt facility from Spreebogen Debt Fund, a "
            "Berlin-based lender to African hardware companies.")
    deals = deals_of(nlp, text)
    assert any(d["amount"] == 11_000_000 for d in deals), deals
    assert not any(d["amount"] == 6_800_000 for d in deals), deals
