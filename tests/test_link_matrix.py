"""Deals (spec section 2): a phrasing matrix. The many ways news words one company's investment
commitment (verbs of putting money in, plans, facilities sized by their sum, passives, boards,
joint ventures, stakes, a sum in the next sentence, pronoun and class-noun subjects, speech frames)
and the sums it reports that are no commitment (forecasts, revenue, valuations, fines, rumours,
denials, cancellations, conditions, money raised or borrowed). All names are invented; the places
are real. Rows are (investor, amount, currency, location); None = any."""

from __future__ import annotations

import pytest
from dealtools import deals_of
from dealtools import matches as _matches

pytestmark = pytest.mark.slow


N = ("Norvik Steel", 500_000_000, "USD", "Ohio")  # the row most texts below must yield

# Verbs of putting money in, each with a sum and a place.
_VERBS = [
    ("invest", "Mill\n\nNorvik Steel Ltd will invest $500 million in a new mill in Ohio.", [N]),
    ("pour", "Mill\n\nNorvik Steel Ltd will pour $500 million into a new mill in Ohio.", [N]),
    ("plough", "Mill\n\nNorvik Steel Ltd will plough $500 million into a new mill in Ohio.", [N]),
    ("pump", "Mill\n\nNorvik Steel Ltd will pump $500 million into a new mill in Ohio.", [N]),
    ("channel", "Mill\n\nNorvik Steel Ltd will channel $500 million into a new mill in Ohio.", [N]),
    ("funnel", "Mill\n\nNorvik Steel Ltd will funnel $500 million into a new mill in Ohio.", [N]),
    ("sink", "Mill\n\nNorvik Steel Ltd will sink $500 million into a new mill in Ohio.", [N]),
    ("inject", "Mill\n\nNorvik Steel Ltd will inject $500 million into its mill in Ohio.", [N]),
    ("earmark", "Mill\n\nNorvik Steel Ltd has earmarked $500 million for a new mill in Ohio.", [N]),
    ("allocate", "Mill\n\nNorvik Steel Ltd will allocate $500 million to a new mill in Ohio.", [N]),
    ("set aside", "Mill\n\nNorvik Steel Ltd has set aside $500 million for a new mill in Ohio.", [N]),
    ("commit", "Mill\n\nNorvik Steel Ltd has committed $500 million to a new mill in Ohio.", [N]),
    ("deploy", "Mill\n\nNorvik Steel Ltd will deploy $500 million in Ohio over five years.", [N]),
    ("spend on", "Mill\n\nNorvik Steel Ltd will spend $500 million on a new mill in Ohio.", [N]),
    ("is investing", "Mill\n\nNorvik Steel Ltd is investing $500 million in a new mill in Ohio.", [N]),
    ("has pledged", "Mill\n\nNorvik Steel Ltd has pledged $500 million for a new mill in Ohio.", [N]),
    ("put into", "Mill\n\nNorvik Steel Ltd will put $500 million into a new mill in Ohio.", [N]),
    ("to spend", "Mill\n\nNorvik Steel Ltd is to spend $500 million on a new mill in Ohio.", [N]),
    ("plans to invest", "Mill\n\nNorvik Steel Ltd plans to invest $500 million in a new mill in Ohio.", [N]),
    ("aims to invest", "Mill\n\nNorvik Steel Ltd aims to invest $500 million in a new mill in Ohio by 2028.", [N]),
    ("is set to invest", "Mill\n\nNorvik Steel Ltd is set to invest $500 million in a new mill in Ohio.", [N]),
    ("up to", "Mill\n\nNorvik Steel Ltd will invest up to $500 million in a new mill in Ohio.", [N]),
    ("another", "Mill\n\nNorvik Steel Ltd will invest another $500 million in its mill in Ohio.", [N]),
    ("signed to invest", "Mill\n\nNorvik Steel Ltd signed an agreement with the state to invest $500 million in a new "
     "mill in Ohio.", [N]),
    ("under the plan", "Mill\n\nUnder the plan, Norvik Steel Ltd will invest $500 million in a new mill in Ohio.", [N]),
    ("fund", "Mill\n\nNorvik Steel Ltd will fund the $500 million mill in Ohio from its own cash.", [N]),
    ("finance", "Mill\n\nNorvik Steel Ltd will finance the $500 million mill in Ohio itself.", [N]),
    ("bankroll", "Mill\n\nNorvik Steel Ltd will bankroll the $500 million mill in Ohio.", [N]),
    ("double down", "Mill\n\nNorvik Steel Ltd is doubling down on Ohio with a $500 million mill.", [N]),
]

# A facility or plan sized by its sum.
_FACILITIES = [
    ("a $N plant", "Mill\n\nNorvik Steel Ltd will build a $500 million mill in Ohio.", [N]),
    ("unveiled plans", "Mill\n\nNorvik Steel Ltd unveiled plans for a $500 million mill in Ohio.", [N]),
    ("announced a $N investment", "Mill\n\nNorvik Steel Ltd announced a $500 million investment in a mill in Ohio.",
     [N]),
    ("broke ground", "Mill\n\nNorvik Steel Ltd broke ground on a $500 million mill in Ohio on Monday.", [N]),
    ("proceed with", "Mill\n\nNorvik Steel Ltd will proceed with its $500 million mill in Ohio.", [N]),
    ("restart", "Mill\n\nNorvik Steel Ltd will restart its $500 million mill project in Ohio.", [N]),
    ("resume", "Mill\n\nNorvik Steel Ltd said it would resume work on its $500 million mill in Ohio.", [N]),
    ("board approved", "Mill\n\nNorvik Steel Ltd's board approved a $500 million expansion of its mill in Ohio.", [N]),
    ("at a cost of", "Mill\n\nNorvik Steel Ltd will build a mill in Ohio at a cost of $500 million.", [N]),
    ("with an investment of", "Mill\n\nNorvik Steel Ltd will build a mill in Ohio with an investment of "
     "$500 million.", [N]),
    ("worth", "Mill\n\nNorvik Steel Ltd will build a mill worth $500 million in Ohio.", [N]),
    ("investment by", "Mill\n\nThe mill in Ohio, a $500 million investment by Norvik Steel Ltd, will open in 2027.",
     [N]),
    ("investment from", "Mill\n\nOhio has won a $500 million investment from Norvik Steel Ltd for a new mill.", [N]),
    ("to be built by", "Mill\n\nThe $500 million mill, to be built by Norvik Steel Ltd in Ohio, will make rail.",
     [N]),
    ("passive built by", "Mill\n\nA $500 million mill will be built in Ohio by Norvik Steel Ltd.", [N]),
    ("passive invested by", "Mill\n\nAbout $500 million will be invested in the Ohio mill by Norvik Steel Ltd.",
     [N]),
    ("possessive sum", "Mill\n\nNorvik Steel Ltd's $500 million mill in Ohio will open next year.", [N]),
    ("headline to invest", "Norvik Steel to invest $500 million in Ohio mill\n\nNorvik Steel Ltd gave no other "
     "details.", [N]),
    ("headline invests", "Norvik Steel invests $500 million in Ohio\n\nNorvik Steel Ltd said the mill would open in "
     "2027.", [N]),
]

# Who: a subject a later sentence uses for the company named before.
_SUBJECTS = [
    ("next sentence, the company", "Mill\n\nNorvik Steel Ltd is building a new mill in Ohio. The company will also "
     "inject $200 million into its plant in Pennsylvania.",
     [("Norvik Steel", None, None, "Ohio"), ("Norvik Steel", 200_000_000, "USD", "Pennsylvania")]),
    ("next sentence, it", "Mill\n\nNorvik Steel Ltd said on Monday it would build a mill in Ohio. It will spend "
     "$500 million on the project.", [N]),
    ("the carmaker", "Rayong\n\nCalder Motors Inc reported higher sales on Monday. The carmaker will invest $1 billion "
     "in a plant in Rayong.", [("Calder Motors", 1_000_000_000, "USD", "Rayong")]),
    ("the group", "Rayong\n\nCalder Motors Inc reported higher sales on Monday. The group also plans to spend "
     "$1 billion on a plant in Rayong.", [("Calder Motors", 1_000_000_000, "USD", "Rayong")]),
    ("the steelmaker", "Mill\n\nShares of Norvik Steel Ltd rose 4% on Monday. The steelmaker said it would invest "
     "$500 million in a mill in Ohio.", [N]),
    ("apposition", "Mill\n\nNorvik Steel Ltd, a maker of rail, will invest $500 million in a new mill in Ohio.", [N]),
    ("descriptor before name", "Mill\n\nUS steelmaker Norvik Steel Ltd will invest $500 million in a new mill in "
     "Ohio.", [N]),
    ("unit of", "Mill\n\nNorvik Rail Ltd, a unit of Norvik Steel Ltd, will invest $500 million in a new mill in "
     "Ohio.", [("Norvik Rail", 500_000_000, "USD", "Ohio")]),
    ("said it would", "Mill\n\nNorvik Steel Ltd said on Monday that it would invest $500 million in a new mill in "
     "Ohio.", [N]),
    ("quote frame", "Mill\n\n\"We will invest $500 million in a new mill in Ohio,\" Norvik Steel Ltd chief executive "
     "Anna Berg said.", [N]),
]

# Joint ventures and stakes.
_VENTURES = [
    ("jv with total", "Venture\n\nNorvik Steel Ltd and Calder Metals Inc will form a joint venture to build a "
     "$500 million mill in Ohio. Norvik will hold 60% of the venture.",
     [N, ("Calder Metals", 500_000_000, "USD", "Ohio")]),
    ("stake for a sum", "Stake\n\nTamsin Capital Ltd will take a 20% stake in the Ohio mill of Norvik Steel Ltd for "
     "$100 million.", [("Tamsin Capital", 100_000_000, "USD", "Ohio")]),
    ("acquire for", "Takeover\n\nNorvik Steel Ltd agreed to acquire Calder Metals Inc, a mill operator in Ohio, for "
     "$500 million.", [N]),
    ("buy a stake", "Stake\n\nNorvik Steel Ltd will buy a 30% stake in Calder Metals Inc of Ohio for $500 million.",
     [N]),
]

# Longer news sentences: relative clauses, clause pairs, passives of report, purposes, fronted places.
_CLAUSES = [
    ("two stakes, two clauses", "Stakes\n\nTamsin Capital Ltd is buying a 20 per cent stake in the Ohio mill for "
     "$90 million, and Calder Fund Ltd is putting in $40 million.",
     [("Tamsin Capital", 90_000_000, "USD", "Ohio"), ("Calder Fund", 40_000_000, "USD", "Ohio")]),
    ("backed by, which is putting in", "Backers\n\nThe Ohio mill is backed by pension fund Tamsin Capital Ltd, which "
     "is putting in $120 million for a 40% stake.", [("Tamsin Capital", 120_000_000, "USD", "Ohio")]),
    ("take a stake and put in", "Stake\n\nCalder Metals Inc will take a 25% stake in the Ohio mill and put in "
     "$350 million of equity.", [("Calder Metals", 350_000_000, "USD", "Ohio")]),
    ("relative clause and aside", "Mill\n\nNorvik Steel Ltd, which makes rail, said on Tuesday it would invest "
     "$500 million in a new mill in Ohio, creating 800 jobs.", [N]),
    ("worth, company said", "Mill\n\nThe investment, worth $500 million, will go into a new mill in Ohio, Norvik "
     "Steel Ltd said.", [N]),
    ("according to", "Mill\n\nAccording to Norvik Steel Ltd, the new mill in Ohio will cost $500 million.", [N]),
    ("each invest", "Venture\n\nNorvik Steel Ltd and Calder Metals Inc will each invest $250 million in a mill in "
     "Ohio.", [("Norvik Steel", 250_000_000, "USD", "Ohio"), ("Calder Metals", 250_000_000, "USD", "Ohio")]),
    ("to build purpose", "Mill\n\nNorvik Steel Ltd is investing $500 million to build a mill in Ohio.", [N]),
    ("expand its place mill", "Mill\n\nNorvik Steel Ltd will spend $500 million over five years to expand its Ohio "
     "mill.", [N]),
    ("approved investment", "Mill\n\nNorvik Steel Ltd said it had approved a $500 million investment in its Ohio "
     "operations.", [N]),
    ("memorandum", "Mill\n\nNorvik Steel Ltd has signed a memorandum of understanding with the state to invest "
     "$500 million in a mill in Ohio.", [N]),
    ("fronted place", "Mill\n\nIn Ohio, Norvik Steel Ltd will spend $500 million on a new mill.", [N]),
    ("home elsewhere", "Mill\n\nPennsylvania-based Norvik Steel Ltd will invest $500 million in a new mill in "
     "Ohio.", [N]),
    ("short form next", "Mill\n\nNorvik Steel Ltd (NSL) reported record sales on Monday. NSL will invest "
     "$500 million in a new mill in Ohio.", [N]),
    ("rival named", "Mill\n\nCalder Metals Inc, Norvik Steel Ltd's biggest rival, said on Monday it would invest "
     "$500 million in a new mill in Ohio.", [("Calder Metals", 500_000_000, "USD", "Ohio")]),
    ("it said in a statement", "Mill\n\nNorvik Steel Ltd will invest $500 million in a new mill in Ohio, it said in "
     "a statement.", [N]),
    ("in a filing", "Mill\n\nNorvik Steel Ltd said in a filing that it planned to invest $500 million in Ohio.", [N]),
    ("a further, total", "Mill\n\nNorvik Steel Ltd will spend a further $500 million on its mill in Ohio, bringing "
     "its total investment there to $2 billion.", [N]),
    ("country, years", "Thailand\n\nNorvik Steel Ltd will invest 2 billion baht in Thailand over the next three "
     "years.", [("Norvik Steel", 2_000_000_000, "THB", "Thailand")]),
    ("round led by", "Round\n\nCalder Robotics Inc, a Boston-based start-up, has raised $50 million in a Series B "
     "round led by Tamsin Ventures Ltd.", [("Tamsin Ventures", 50_000_000, "USD", "Boston")]),
    ("funding from", "Round\n\nCalder Robotics Inc has secured $50 million in funding from Tamsin Ventures Ltd.",
     [("Tamsin Ventures", 50_000_000, "USD", None)]),
    ("led the round", "Round\n\nTamsin Ventures Ltd led a $50 million Series B round in Calder Robotics Inc, a "
     "Boston start-up.", [("Tamsin Ventures", 50_000_000, "USD", "Boston")]),
    ("buy for cash", "Takeover\n\nNorvik Steel Ltd will buy Calder Metals Inc for $500 million in cash.",
     [("Norvik Steel", 500_000_000, "USD", None)]),
]

# Whole short stories: a short name among partners' names, a site named by its place, an unmarked subject.
_STORIES = [
    # A short form is the company first named with it, not a venture named after the partners.
    ("short form, venture", "Venture\n\nPERTH - Perth-based Orvane Minerals Pty Ltd and Jiangxi Tamsin Lithium Co., "
     "Ltd. will build a A$480 million lithium refinery at Kwinana through a new joint venture. Orvane will own 51% "
     "of the venture, Orvane Tamsin Lithium Pty Ltd, and Tamsin the remaining 49%. Separately, Orvane has committed "
     "A$210 million to expand the Yalgoo mine and its processing plant by mid-2027, managing director Sarah "
     "Whitfield said.",
     [("Orvane Minerals", 480_000_000, "AUD", "Kwinana"), ("Jiangxi Tamsin Lithium", 480_000_000, "AUD", "Kwinana"),
      ("Orvane Minerals", 210_000_000, "AUD", "Yalgoo")]),
    ("short form, full legal name", "Tern Steel Mills and Kestrel Kozai to build Tk 1,250 crore coated-steel plant "
     "in Mirsarai\n\nChattogram, 15 September 2025: Tern Steel Mills PLC and Kestrel "
     "Kozai Co., Ltd. of Japan today signed an agreement to build a coated-steel plant in Mirsarai at a total cost "
     "of Tk 1,250 crore. The plant will be owned by a new joint venture, Kestrel Kozai Tern Coatings Limited, in "
     "which Tern Steel will hold 60% and Kestrel Kozai 40%. The project will be funded with Tk 700 crore of equity, "
     "Tk 420 crore from Tern Steel Mills and Tk 280 crore from Kestrel Kozai, and a Tk 550 crore loan.",
     [("Tern Steel Mills", 4_200_000_000, "BDT", "Mirsarai"), ("Kestrel Kozai", 2_800_000_000, "BDT", "Mirsarai")]),
    # A town naming the site after it ("the Yalgoo mine") is the place, not a word standing for a country.
    ("the place mine", "Mine\n\nOrvane Minerals Ltd has committed A$210 million to expand the Yalgoo mine.",
     [("Orvane Minerals", 210_000_000, "AUD", "Yalgoo")]),
    # "It" after "X, the arm of Y, is ..." is X.
    ("it after an arm of", "Cathodes\n\nShares of Kestrel Future M, Orvane BM and Tern Co. have fallen this year. "
     "Kestrel Future M, the battery-materials arm of Kestrel Holdings, is the exception. It said it would invest "
     "610 billion won in a cathode line in Gwangyang.",
     [("Kestrel Future M", 610_000_000_000, "KRW", "Gwangyang")]),
]

# House styles: filings, interviews, market reports, features.
K = ("Kestrel Motors", 10_000_000_000, "THB", "Rayong")
_STYLES = [
    ("filing, subsidiary acquires", "Land\n\nKestrel Holdings Berhad (\"Kestrel\" or \"the Company\") is pleased to "
     "announce that its wholly-owned subsidiary, Kestrel Properties Sdn Bhd, has entered into a sale and purchase "
     "agreement to acquire a parcel of land in Johor for RM120 million.",
     [("Kestrel Properties", 120_000_000, "MYR", "Johor")]),
    ("filing, proposes capex", "Plant\n\nThe Board of Directors of Kestrel Holdings Berhad wishes to announce that "
     "the Company proposes to undertake a capital expenditure of RM300 million to build a new plant in Kedah. The "
     "proposed investment of RM300 million will be funded through internally generated funds.",
     [("Kestrel Holdings", 300_000_000, "MYR", "Kedah")]),
    ("market, rose after", "Stocks\n\nKestrel Foods Inc rose 6% after it said it would invest $200 million in a "
     "plant in Ohio.", [("Kestrel Foods", 200_000_000, "USD", "Ohio")]),
    ("market, after announcing", "Stocks\n\nAmong gainers, Kestrel Foods Inc jumped 6% after announcing a "
     "$200 million plant in Ohio.", [("Kestrel Foods", 200_000_000, "USD", "Ohio")]),
    ("market, on news", "Stocks\n\nKestrel Foods Inc shares rose 6% on news the company will build a $200 million "
     "plant in Ohio.", [("Kestrel Foods", 200_000_000, "USD", "Ohio")]),
    ("feature, fronted place", "EVs\n\nIn Rayong, Kestrel Motors Co is building a 10 billion baht EV plant.", [K]),
    ("feature, relative clause", "EVs\n\nKestrel Motors Co, which is building a 10 billion baht EV plant in Rayong, "
     "said demand was strong.", [K]),
    ("feature, possessive due", "EVs\n\nKestrel Motors Co's 10 billion baht plant in Rayong is due to open next "
     "year.", [K]),
    ("feature, being built by", "EVs\n\nThe plant, which will cost 10 billion baht, is being built by Kestrel "
     "Motors Co in Rayong.", [K]),
    ("feature, construction began", "EVs\n\nConstruction of Kestrel Motors Co's 10 billion baht plant in Rayong "
     "began in March.", [K]),
    ("approved by a board", "EVs\n\nThe Board of Investment approved Kestrel Motors Co's 10 billion baht plant in "
     "Rayong.", [K]),
    ("conversion", "EVs\n\nKestrel Motors Co will invest 10 billion baht ($300 million) in a plant in Rayong.", [K]),
    ("headline and body", "Kestrel to invest $1 billion in Vietnam\n\nKestrel Electronics Co will invest $1 billion "
     "in a factory in Bac Ninh, Vietnam, it said.", [("Kestrel Electronics", 1_000_000_000, "USD", None)]),
    ("raiser's own spend", "Round\n\nCalder Robotics Inc has raised $50 million in a Series B round led by Tamsin "
     "Ventures Ltd on Monday. The company will use $20 million of the funds to build a plant in Vietnam.",
     [("Tamsin Ventures", 50_000_000, "USD", None), ("Calder Robotics", 20_000_000, "USD", "Vietnam")]),
    ("interview answer", "Interview\n\nBANGKOK — Kestrel Logistics Co plans three new sorting hubs, its chief "
     "executive said.\n\nQ: How much will you spend?\n\nA: We will spend about 5.5 billion baht over three "
     "years, all in Thailand.", [("Kestrel Logistics", 5_500_000_000, "THB", "Thailand")]),
]

# Roundups of several companies' commitments, and purchases.
_ROUNDUPS = [
    ("which pledged, with", "Summit\n\nOther commitments came from Kestrel Cloud Corp, which pledged $2 billion for "
     "data centres in Johor, and Orvane Chips Inc, with $1 billion for a chip plant in Penang.",
     [("Kestrel Cloud", 2_000_000_000, "USD", "Johor"), ("Orvane Chips", 1_000_000_000, "USD", "Penang")]),
    ("while", "Summit\n\nKestrel Cloud Corp will invest $2 billion in Johor, while Orvane Chips Inc will put "
     "$1 billion into a plant in Penang.",
     [("Kestrel Cloud", 2_000_000_000, "USD", "Johor"), ("Orvane Chips", 1_000_000_000, "USD", "Penang")]),
    ("bracketed sums", "Summit\n\nKestrel Cloud Corp ($2 billion) and Orvane Chips Inc ($1 billion) were among the "
     "companies that announced investments in Malaysia.",
     [("Kestrel Cloud", 2_000_000_000, "USD", "Malaysia"), ("Orvane Chips", 1_000_000_000, "USD", "Malaysia")]),
    ("biggest pledge came from", "Summit\n\nThe biggest pledge came from Kestrel Cloud Corp, which will spend "
     "$2 billion on data centres in Johor.", [("Kestrel Cloud", 2_000_000_000, "USD", "Johor")]),
    ("list lines", "Summit\n\nThe commitments announced on Monday:\n\n- Kestrel Cloud Corp: $2 billion for data "
     "centres in Johor\n\n- Orvane Chips Inc: $1 billion for a chip plant in Penang",
     [("Kestrel Cloud", 2_000_000_000, "USD", "Johor"), ("Orvane Chips", 1_000_000_000, "USD", "Penang")]),
    ("buy a maker", "Takeover\n\nKestrel Glass Corp agreed to buy Orvane Windows Ltd, a maker of windows based in "
     "Gdansk, for €500 million.", [("Kestrel Glass", 500_000_000, "EUR", None)]),
    ("stake in for", "Takeover\n\nKestrel Glass Corp will acquire a 60% stake in Orvane Windows Ltd of Poland for "
     "€500 million.", [("Kestrel Glass", 500_000_000, "EUR", "Poland")]),
    ("completed takeover", "Takeover\n\nKestrel Glass Corp completed its €500 million takeover of Orvane Windows Ltd "
     "on Monday.", [("Kestrel Glass", 500_000_000, "EUR", None)]),
    ("sell to", "Takeover\n\nTern Holdings Ltd agreed to sell its Polish window unit to Kestrel Glass Corp for "
     "€500 million.", [("Kestrel Glass", 500_000_000, "EUR", None)]),
    ("acquired by", "Takeover\n\nOrvane Windows Ltd will be acquired by Kestrel Glass Corp for €500 million.",
     [("Kestrel Glass", 500_000_000, "EUR", None)]),
    ("acquisition approved", "Takeover\n\nKestrel Glass Corp's €500 million acquisition of Orvane Windows Ltd was "
     "approved by regulators on Monday.", [("Kestrel Glass", 500_000_000, "EUR", None)]),
]

# Commitments with no sum: a project resumed, lines and capacity added, a company expanding in a place.
_NO_SUM = [
    ("restart the redevelopment", "Rail\n\nKestrel Rail Co jumped 9% after its president said it would restart the "
     "redevelopment of its terminal district in Nagoya.", [("Kestrel Rail", None, None, "Nagoya")]),
    ("proceed with a plant", "Cells\n\nOn Tuesday, battery maker Kestrel Battery Co said its joint venture would "
     "proceed with a cell plant in Chonburi, without giving a figure.", [("Kestrel Battery", None, None, "Chonburi")]),
    ("class noun before a name", "Grid\n\nKestrel Cloud Corp opened a data centre in Querétaro on Monday. The "
     "state-owned utility Comisión Federal de Electricidad will build a power plant in Guanajuato.",
     [("Comisión Federal de Electricidad", None, None, "Guanajuato")]),
    ("adding lines", "Nickel\n\nKestrel Nickel Co is also adding more nickel-matte lines in Morowali, according to a "
     "report.", [("Kestrel Nickel", None, None, "Morowali")]),
    ("expanding in", "Nickel\n\nKestrel Battery Materials, a unit of Orvane Copper Gold, is expanding in Central "
     "Sulawesi.", [("Kestrel Battery Materials", None, None, "Central Sulawesi")]),
    ("add MW of capacity", "Solar\n\nKestrel Energy Corp plans to add 1,200 MW of capacity in the Philippines by "
     "2027.", [("Kestrel Energy", None, None, "Philippines")]),
    # A place named short in the headline and in full in the body is one site.
    ("headline place short", "Tern Glass and Kestrel Glass to build SAR 900 million float glass plant in Sudair\n\n"
     "RIYADH - Tern Glass Company and Kestrel Glass K.K. of Osaka today signed a joint venture agreement to build a "
     "float glass plant in Sudair City for Industry and Business, north of Riyadh.",
     [("Tern Glass", 900_000_000, "SAR", None), ("Kestrel Glass", 900_000_000, "SAR", None)]),
    # "there": the place the sentence (else the one before) last named.
    ("building there", "EVs\n\nTern EV Ltd, which already assembles cars in Ayutthaya, is building a second plant "
     "there.", [("Tern EV", None, None, "Ayutthaya")]),
    ("building there, sentence before", "EVs\n\nTern EV Ltd already assembles cars in Ayutthaya. It is building a "
     "second plant there, the company said.", [("Tern EV", None, None, "Ayutthaya")]),
    ("a demonym is no company", "Cells\n\nThai Orvane Group said it would not add capacity this year. Battery maker "
     "Kestrel Battery Co said its Thai joint venture would proceed with a cell plant in Chonburi.",
     [("Kestrel Battery", None, None, "Chonburi")]),
]

# The sum in one sentence, the place (or the sum) in the next.
_NEXT = [
    ("plant will be built in", "EVs\n\nKestrel Motors Co will invest 10 billion baht in a new EV plant. The plant will "
     "be built in Rayong province.", [K]),
    ("the factory, in", "EVs\n\nKestrel Motors Co will invest 10 billion baht in a new EV plant, it said on Monday. "
     "The factory, in Rayong, will make 100,000 cars a year.", [K]),
    ("money will go to", "EVs\n\nKestrel Motors Co will invest 10 billion baht in Thailand. The money will go to a "
     "new plant in Rayong.", [K]),
    ("investment is worth", "EVs\n\nKestrel Motors Co will build an EV plant in Rayong. The investment is worth "
     "10 billion baht.", [K]),
    ("project will cost", "EVs\n\nKestrel Motors Co will build an EV plant in Rayong. The project will cost "
     "10 billion baht.", [K]),
    ("investment will total", "EVs\n\nKestrel Motors Co will build an EV plant in Rayong. Investment in the plant "
     "will total 10 billion baht.", [K]),
    ("goods go to", "EVs\n\nKestrel Motors Co will invest 10 billion baht in a new EV plant. The plant will export "
     "cars to Australia.", [("Kestrel Motors", 10_000_000_000, "THB", None)]),
    ("no cost given", "EVs\n\nKestrel Motors Co will build an EV plant in Rayong. It did not disclose the cost.",
     [("Kestrel Motors", None, None, "Rayong")]),
]

# Reporting verbs, tenses and currencies.
_REPORTED = [
    ("had agreed to invest", "Mill\n\nNorvik Steel Ltd said on Monday it had agreed to invest $500 million in a mill "
     "in Ohio.", [N]),
    ("had decided to", "Mill\n\nNorvik Steel Ltd said it had decided to invest $500 million in a mill in Ohio.", [N]),
    ("was investing", "Mill\n\nNorvik Steel Ltd said it was investing $500 million in a mill in Ohio.", [N]),
    ("announced an investment of", "Mill\n\nNorvik Steel Ltd has announced an investment of $500 million in Ohio.",
     [N]),
    ("make an investment", "Mill\n\nNorvik Steel Ltd will make an investment of $500 million in a mill in Ohio.",
     [N]),
    ("confirmed it will", "Mill\n\nNorvik Steel Ltd confirmed it will invest $500 million in a mill in Ohio.", [N]),
    ("is committing to", "Mill\n\nNorvik Steel Ltd is committing $500 million to a mill in Ohio.", [N]),
    ("will be investing", "Mill\n\nNorvik Steel Ltd will be investing $500 million in a mill in Ohio.", [N]),
    ("ringgit bil", "Plant\n\nKestrel Foods Bhd will invest RM1.5bil in a plant in Johor.",
     [("Kestrel Foods", 1_500_000_000, "MYR", "Johor")]),
    ("rupee crore", "Plant\n\nKestrel Foods Ltd will invest Rs 5,000 crore in a plant in Gujarat.",
     [("Kestrel Foods", 50_000_000_000, "INR", "Gujarat")]),
    ("euro m", "Plant\n\nKestrel Foods GmbH will invest €500m in a plant in Bavaria.",
     [("Kestrel Foods", 500_000_000, "EUR", "Bavaria")]),
    ("yen trillion", "Plant\n\nKestrel Foods KK will invest 1.2 trillion yen in a plant in Kumamoto.",
     [("Kestrel Foods", 1_200_000_000_000, "JPY", "Kumamoto")]),
]

# Several sums in one sentence: a further sum elsewhere, the previous level, a raised plan, a running total.
_SUMS = [
    ("and a further", "EVs\n\nKestrel Motors Co will invest 10 billion baht in Rayong, and a further 3 billion baht "
     "in Hanoi.", [K, ("Kestrel Motors", 3_000_000_000, "THB", "Hanoi")]),
    ("up from", "EVs\n\nKestrel Motors Co will invest 10 billion baht in Rayong this year, up from 6 billion baht last "
     "year.", [K]),
    ("raised its plan to from", "EVs\n\nKestrel Motors Co raised its investment plan for Rayong to 10 billion baht "
     "from 6 billion baht.", [K]),
    ("additional, bringing total", "EVs\n\nKestrel Motors Co will invest an additional 3 billion baht in its plant "
     "in Rayong, bringing the total to 10 billion baht.", [("Kestrel Motors", 3_000_000_000, "THB", "Rayong")]),
    ("jointly invest", "EVs\n\nKestrel Motors Co and Orvane Auto Co will jointly invest 10 billion baht in a plant in "
     "Rayong.", [K, ("Orvane Auto", 10_000_000_000, "THB", "Rayong")]),
    ("or about", "EVs\n\nKestrel Motors Co will spend 10 billion baht, or about $300 million, on a plant in Rayong.",
     [K]),
    ("unnamed unit", "EVs\n\nKestrel Motors Co's Thai unit will invest 10 billion baht in Rayong.", [K]),
]

# Where the money goes among several places: not a relative clause's, a home, a market served, a speaker's city.
_PLACES = [
    ("relcl places", "EVs\n\nKestrel Motors Co, which has plants in Vietnam and Indonesia, will invest 10 billion baht "
     "in Rayong.", [K]),
    ("home prefix", "EVs\n\nTokyo-based Kestrel Motors Co will invest 10 billion baht in Rayong.", [K]),
    ("markets served", "EVs\n\nKestrel Motors Co will invest 10 billion baht in a plant in Rayong to supply markets in "
     "Europe and Australia.", [K]),
    ("second after one in", "EVs\n\nKestrel Motors Co will invest 10 billion baht to build a plant in Rayong, its "
     "second after one in Chonburi.", [K]),
    ("to export to", "EVs\n\nKestrel Motors Co will invest 10 billion baht in a plant in Rayong, Thailand, to export "
     "cars to Japan.", [K]),
    ("makes cars in", "EVs\n\nKestrel Motors Co, which makes cars in Japan, will invest 10 billion baht in "
     "Thailand.", [("Kestrel Motors", 10_000_000_000, "THB", "Thailand")]),
    ("speaking in", "EVs\n\nSpeaking in Tokyo, Kestrel Motors Co chief executive Ken Sato said the company would "
     "invest 10 billion baht in Rayong.", [K]),
    ("move from to", "EVs\n\nKestrel Motors Co will move production from China to a 10 billion baht plant in "
     "Rayong.", [K]),
    ("government said in", "EVs\n\nKestrel Motors Co will invest 10 billion baht in Rayong, the Thai government said "
     "in Bangkok.", [K]),
    ("where it already has", "EVs\n\nKestrel Motors Co will invest 10 billion baht in Thailand, where it already has "
     "a plant in Chonburi.", [("Kestrel Motors", 10_000_000_000, "THB", "Thailand")]),
]

# Whole stories with several companies: a market report, a venture, a feature.
_MULTI = [
    ("market report", "Asian stocks: Kestrel jumps on Vietnam plan\n\nSINGAPORE, May 5 — Singapore shares rose 0.4% on "
     "Tuesday. Kestrel Logistics Ltd jumped 7% after the company said it would spend S$120 million on a warehouse hub "
     "in Binh Duong, Vietnam. Orvane Marine Ltd fell 3% after it cut its dividend. Tern Bank Ltd was flat; the lender "
     "said it would set aside S$50 million for bad loans. Lumen Reit Ltd, which owns malls in Singapore, said it had "
     "agreed to buy a mall in Kuala Lumpur for RM600 million from Sakura Land Bhd.",
     [("Kestrel Logistics", 120_000_000, "SGD", None), ("Lumen Reit", 600_000_000, "MYR", "Kuala Lumpur")]),
    ("venture, combined", "Kestrel and Orvane to build battery plant\n\nSEOUL — Kestrel Chem Co and Orvane Motors Co "
     "said on Monday they would jointly build a battery cell plant in Ulsan. The two companies will invest a combined "
     "2 trillion won in the plant, which will start production in 2027. Kestrel will own 51% of the venture and "
     "Orvane the rest.",
     [("Kestrel Chem", 2_000_000_000_000, "KRW", "Ulsan"), ("Orvane Motors", 2_000_000_000_000, "KRW", "Ulsan")]),
    ("confirmed after reports", "Tern Foods confirms $200 million Ohio plant\n\nTern Foods Inc confirmed on Tuesday "
     "it would build a $200 million snack plant in Columbus, Ohio, after media reports last week. The company had "
     "previously said it was considering several states. Rival Lumen Snacks Inc is reportedly also eyeing a site in "
     "Ohio.", [("Tern Foods", 200_000_000, "USD", "Columbus")]),
    ("expand in a sum's investment", "Kestrel Pharma to expand Irish site\n\nDUBLIN — Kestrel Pharma Plc will expand "
     "its manufacturing site in Cork, adding 300 jobs, in a €150 million investment, the company said on Thursday. "
     "IDA Ireland, the state investment agency, is supporting the project.",
     [("Kestrel Pharma", 150_000_000, "EUR", "Cork")]),
    ("plot bought, campus costing", "Orvane Data picks Johor for data centre\n\nKUALA LUMPUR — Orvane Data Pte Ltd "
     "has bought a 40-acre plot in Kulai, Johor, where it will build a 100MW data centre campus costing RM4 billion, "
     "Investment Minister Tengku Ali said.", [("Orvane Data", 4_000_000_000, "MYR", "Kulai")]),
    ("dateline subject, stake", "Kestrel Foods to buy Vietnam's Orvane Dairy\n\nHO CHI MINH CITY — Kestrel Foods "
     "Corp of Thailand has agreed to buy a 65% stake in Orvane Dairy JSC, a Vietnamese milk producer, for "
     "$300 million, the companies said.", [("Kestrel Foods Corp of Thailand", 300_000_000, "USD", "Vietnam")]),
    ("round, with backers joining", "Kestrel Capital leads $40 million round in Tern Pay\n\nJAKARTA — Indonesian "
     "payments start-up Tern Pay has raised $40 million in a Series B round led by Kestrel Capital, with Orvane "
     "Ventures and Lumen Partners joining. The company will use the money to expand into the Philippines.",
     [("Kestrel Capital", 40_000_000, "USD", None), ("Orvane Ventures", None, None, None),
      ("Lumen Partners", None, None, None)]),
    ("feature", "Thailand's EV boom draws Chinese makers\n\nBANGKOK — Chinese carmakers are pouring money into "
     "Thailand. Kestrel Auto Co opened a plant in Rayong last year. Orvane Motors Co will invest 8 billion baht in a "
     "factory in Chonburi, its chief executive said on Monday. Tern EV Ltd, which already assembles cars in "
     "Ayutthaya, is building a second plant there. Analysts expect the three to spend more than 30 billion baht in "
     "the country by 2027. Meanwhile, Japanese makers are cutting back: Lumen Motor Corp said it would close a plant "
     "in Samut Prakan, and Sakura Auto Co shelved a 5 billion baht expansion in Rayong.",
     [("Orvane Motors", 8_000_000_000, "THB", "Chonburi"), ("Tern EV", None, None, "Ayutthaya")]),
]

# Who announced it: a speech frame names the official.
_ANNOUNCED = [
    ("minister said", "Mill\n\nNorvik Steel Ltd will invest $500 million in a new mill in Ohio, Commerce Secretary "
     "Maria Lopez said on Monday.", "Maria Lopez"),
    ("said minister", "Mill\n\nNorvik Steel Ltd will invest $500 million in a new mill in Ohio, said Ohio Governor "
     "Mark Dale.", "Mark Dale"),
    ("chief executive said", "Mill\n\nNorvik Steel Ltd will invest $500 million in a new mill in Ohio, its chief "
     "executive, Anna Berg, said.", "Anna Berg"),
    ("announced that", "Mill\n\nTrade Minister Maria Lopez announced that Norvik Steel Ltd would invest $500 million "
     "in a new mill in Ohio.", "Maria Lopez"),
    ("chief said company would", "Mill\n\nNorvik Steel Ltd chief executive Anna Berg said the company would invest "
     "$500 million in a new mill in Ohio.", "Anna Berg"),
    ("told reporters", "Mill\n\nAnna Berg, chief executive of Norvik Steel Ltd, told reporters the firm plans to "
     "spend $500 million on a new mill in Ohio.", "Anna Berg"),
]

_NOT_DEALS = [
    ("impact forecast", "Mill\n\nThe new mill could add $500 million a year to Ohio's economy."),
    ("impact of the plant", "Mill\n\nNorvik Steel Ltd's new mill in Ohio is expected to add $500 million a year to "
     "the state's economy."),
    ("revenue", "Results\n\nNorvik Steel Ltd posted revenue of $5 billion for the year."),
    ("sales target", "Results\n\nNorvik Steel Ltd expects sales of $5 billion from its Ohio mill."),
    ("valuation", "Listing\n\nNorvik Steel Ltd is valued at $5 billion."),
    ("deal values", "Round\n\nThe deal values Norvik Steel Ltd at $5 billion."),
    ("fine", "Fine\n\nNorvik Steel Ltd was fined $20 million by regulators in Ohio."),
    ("reportedly considering", "Mill\n\nNorvik Steel Ltd is reportedly considering a $500 million mill in Ohio."),
    ("denied", "Mill\n\nNorvik Steel Ltd denied reports that it would invest $500 million in Ohio."),
    ("cancelled", "Mill\n\nNorvik Steel Ltd has cancelled its $500 million mill in Ohio."),
    ("scrapped", "Mill\n\nNorvik Steel Ltd scrapped plans for a $500 million mill in Ohio."),
    ("condition", "Mill\n\nNorvik Steel Ltd could invest up to $500 million in Ohio if tax breaks are approved."),
    ("may", "Mill\n\nNorvik Steel Ltd said it may invest $500 million in Ohio."),
    ("in talks", "Mill\n\nNorvik Steel Ltd is in talks to invest $500 million in a mill in Ohio."),
    ("bond sale", "Bonds\n\nNorvik Steel Ltd raised $500 million in a bond sale."),
    ("loan", "Loan\n\nNorvik Steel Ltd secured a $500 million loan from Calder Bank Ltd to build a mill in Ohio."),
    ("bonds issued", "Bonds\n\nNorvik Steel Ltd issued $500 million of bonds to fund a mill in Ohio."),
    ("raised from investors", "Raise\n\nNorvik Steel Ltd raised $500 million from investors."),
    ("share price", "Shares\n\nShares of Norvik Steel Ltd rose 5% to $12.50."),
    ("annual sales", "Mill\n\nThe Ohio mill will generate $200 million in annual sales."),
    ("analysts expect", "Mill\n\nAnalysts expect Norvik Steel Ltd to spend $500 million on a mill in Ohio."),
    ("government money", "Mill\n\nThe Ohio government will invest $500 million in new roads."),
    ("profit", "Results\n\nNorvik Steel Ltd's net profit rose to $500 million."),
    ("market value", "Shares\n\nNorvik Steel Ltd's market value has risen to $50 billion."),
    ("grant received", "Grant\n\nNorvik Steel Ltd received a $50 million grant from the state of Ohio."),
    ("sued", "Court\n\nNorvik Steel Ltd was ordered to pay $50 million in damages in Ohio."),
    ("expected revenue", "Shares\n\nNorvik Steel Ltd shares jumped 5% after the company said it expected revenue "
     "of $5 billion."),
    ("had planned", "Mill\n\nNorvik Steel Ltd had planned to invest $500 million in Ohio before the pandemic."),
    ("said to be weighing", "Mill\n\nNorvik Steel Ltd is said to be weighing a $500 million investment in Ohio."),
    ("no plans", "Mill\n\nNorvik Steel Ltd has no plans to invest $500 million in Ohio, a spokesman said."),
    ("pulled out", "Mill\n\nNorvik Steel Ltd pulled out of a $500 million mill project in Ohio."),
    ("study", "Mill\n\nA $500 million mill in Ohio would create 800 jobs, the study found."),
    ("sold no buyer", "Sale\n\nNorvik Steel Ltd sold its Ohio mill for $500 million."),
    ("incentives offered", "Mill\n\nThe state of Ohio offered Norvik Steel Ltd $50 million in tax incentives to "
     "build the mill."),
    ("capital spending fell", "Results\n\nNorvik Steel Ltd's capital spending fell to $500 million last year."),
    ("market capitalisation", "Shares\n\nNorvik Steel Ltd has a market capitalisation of $5 billion."),
    ("analysts estimated", "Mill\n\nNorvik Steel Ltd will invest $500 million in Ohio, analysts at Calder Bank Ltd "
     "estimated."),
    ("people familiar", "Mill\n\nNorvik Steel Ltd could spend as much as $500 million on a mill in Ohio, people "
     "familiar with the matter said."),
    ("weighing", "Mill\n\nNorvik Steel Ltd is weighing a $500 million mill in Ohio."),
    ("buy back", "Buyback\n\nNorvik Steel Ltd agreed to pay $500 million to buy back shares."),
    ("receive from sale", "Sale\n\nNorvik Steel Ltd will receive $500 million from the sale of its Ohio mill."),
    ("settle", "Court\n\nNorvik Steel Ltd paid $50 million to settle a lawsuit in Ohio."),
    ("plant revenue", "EVs\n\nKestrel Motors Co said the plant would generate annual revenue of 5 billion baht."),
    ("country target", "EVs\n\nThailand aims to attract $10 billion in EV investment by 2030."),
    ("fdi", "EVs\n\nForeign direct investment into Vietnam rose 10% to $20 billion last year."),
    ("since", "EVs\n\nKestrel Motors Co has invested $2 billion in Thailand since 2010."),
    ("a minister's we", "EVs\n\nKestrel Motors Co reported higher sales. \"We will invest 10 billion baht in roads "
     "in Rayong,\" Transport Minister Somchai Wong said."),
    ("there is no plan", "Mill\n\nNorvik Steel Ltd said there is no plan to invest $500 million in Ohio."),
    ("no plan in a quote", "Battery\n\nKestrel Motors Co denied a report that it would build a plant in Ulsan. The "
     "Orvane Daily had reported that Kestrel would build the plant. \"We review many options, but there is no plan to "
     "build a battery plant in Ulsan at this time,\" said Park Ji-hoon, a spokesman for Kestrel Motors."),
    ("would not add", "Parts\n\nKestrel Panels Co said it would not add capacity at its plant in Rayong this year."),
    ("has been adding", "Racks\n\nKestrel Electronics Inc., which makes power supplies, has been adding lines in "
     "Thailand."),
    ("struggled to expand", "Grid\n\nKestrel Cloud Corp opened a data centre in Querétaro. The state-owned utility "
     "Orvane Federal de Electricidad SA has struggled to expand transmission lines in the Bajío region."),
    ("struggled to spend", "Mill\n\nNorvik Steel Ltd has struggled to spend $500 million on its mill in Ohio."),
    ("yet to decide", "Mill\n\nNorvik Steel Ltd has yet to decide whether to invest $500 million in Ohio."),
    ("likely to invest", "Mill\n\nNorvik Steel Ltd is likely to invest $500 million in Ohio, analysts said."),
    ("expected to announce", "Mill\n\nNorvik Steel Ltd is expected to announce a $500 million mill in Ohio next "
     "week, people familiar with the plan said."),
    ("set to receive", "Mill\n\nNorvik Steel Ltd is set to receive $500 million from the state of Ohio."),
    ("aircraft order", "Jets\n\nKestrel Air Ltd ordered 20 aircraft worth $2 billion from Orvane Aero SA."),
    ("supply contract", "Batteries\n\nKestrel Motors Co signed a $2 billion contract to supply batteries to Orvane "
     "Auto Co."),
    ("tender won", "Road\n\nKestrel Builders Co won a 10 billion baht tender to build a road in Rayong."),
    ("sales reached", "EVs\n\nKestrel Motors Co's sales in Thailand reached 10 billion baht."),
    ("share sale to fund", "Mill\n\nNorvik Steel Ltd plans to raise $500 million through a share sale."),
    ("seeking buyers", "Mill\n\nNorvik Steel Ltd is seeking buyers for its $500 million mill in Ohio."),
    ("wrote down", "Mill\n\nNorvik Steel Ltd wrote down the value of its $500 million mill in Ohio."),
    ("according to reports", "Mill\n\nNorvik Steel Ltd will invest $500 million in Ohio, according to media "
     "reports."),
    ("list under a non-commitment header", "Results\n\nThe companies' revenue last year:\n\n- Kestrel Cloud Corp: "
     "$2 billion from data centres in Johor\n\n- Orvane Chips Inc: $1 billion from chips"),
    ("unit loss", "EVs\n\nKestrel Motors Co's Thai unit posted a loss of 2 billion baht."),
    ("incentives", "EVs\n\nKestrel Motors Co will receive 500 million baht in tax incentives from the Board of "
     "Investment."),
]


# Phrasings the linker still misses (name -> why).
_XFAIL = {
    "double down": "an idiom with no verb of investing ('doubling down on Ohio with a $N mill')",
}


def _cases(*tables):
    return [pytest.param(text, rows, id=name, marks=[pytest.mark.xfail(strict=True, reason=_XFAIL[name])]
                         if name in _XFAIL else []) for table in tables for name, text, rows in table]


_TABLES = (_VERBS, _FACILITIES, _SUBJECTS, _VENTURES, _CLAUSES, _STORIES, _STYLES, _ROUNDUPS, _NO_SUM, _NEXT,
           _REPORTED, _SUMS, _PLACES, _MULTI)


@pytest.mark.parametrize("text,expected", _cases(*_TABLES))
def test_link_matrix_commitment_yields_its_deals(nlp, text, expected):
    deals = deals_of(nlp, text)
    assert len(deals) == len(expected), deals
    for want in expected:
        assert any(_matches(d, want) for d in deals), (want, deals)


@pytest.mark.parametrize("text,official", [pytest.param(t, o, id=n) for n, t, o in _ANNOUNCED])
def test_link_matrix_speech_frame_names_the_announcer(nlp, text, official):
    [deal] = deals_of(nlp, text)
    assert _matches(deal, N) and deal["announced_by"] == official, deal


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for n, t in _NOT_DEALS])
def test_link_matrix_non_commitment_yields_no_deal(nlp, text):
    assert deals_of(nlp, text) == []


def test_link_a_demonym_describing_a_noun_is_no_company():
    """"its Thai joint venture": where the entity layer makes the demonym a company's short name (a "Thai
    Summit Group" named before), the word describing the noun is still no company."""
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from pipeline.link import Linker
    from pipeline.resources import load_json

    words = ["its", "Thai", "joint", "venture", "will", "proceed"]
    doc = Doc(Vocab(), words=words, heads=[3, 3, 3, 5, 5, 5], deps=["poss", "amod", "amod", "nsubj", "aux", "ROOT"])
    doc.ents = [Span(doc, 1, 2, label="NORP")]
    linker = Linker(load_json("deal_cues.json"))
    assert linker._company_at(doc[1], [doc[1:2]]) is None
    doc.ents = [Span(doc, 1, 2, label="ORG")]
    assert linker._company_at(doc[1], [doc[1:2]]) == doc[1:2]


@pytest.mark.parametrize("year,deals", [("2015", 0), ("2025", 1)])
def test_link_matrix_a_facility_completed_in_an_earlier_year_is_history(nlp, year, deals):
    """"X's $N mill was completed in 2015" in an article of 2025 tells what exists, not a commitment."""

    text = f"Mill\n\nNorvik Steel Ltd's $500 million mill in Ohio was completed in {year}."
    found = deals_of(nlp, text, published="2025-04-03")
    assert len(found) == deals, found
