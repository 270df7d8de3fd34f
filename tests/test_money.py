"""Money amounts: sentences as news writes them, and the (value, currency)
rows they must yield. Spec section 1, AMOUNT."""

from __future__ import annotations

import pytest

from pipeline.normalize.amounts import find_amounts

# (text, countries named in the article, expected [(value, currency)])
_SPEC = [
    ("channel approximately $2.13 billion into", [], [(2_130_000_000, "USD")]),
    ("RM1.5bil for the plant", ["MY"], [(1_500_000_000, "MYR")]),
    ("Rs 5,000 crore in Gujarat", ["IN"], [(50_000_000_000, "INR")]),
    ("a €500m fund", [], [(500_000_000, "EUR")]),
    # a compound adjective: number, scale and currency word joined by hyphens
    ("the largest project was a 38.5-billion-baht data centre", ["TH"], [(38_500_000_000, "THB")]),
    ("a 500-million-euro plant", [], [(500_000_000, "EUR")]),
    ("1.2 trillion yen over five years", ["JP"], [(1_200_000_000_000, "JPY")]),
    ("RM10 billion ($2.1 billion)", ["MY"], [(10_000_000_000, "MYR"), (2_100_000_000, "USD")]),
    ("a $1-2 billion budget", [], [(1_000_000_000, "USD"), (2_000_000_000, "USD")]),
    ("S$1.2 billion", ["SG"], [(1_200_000_000, "SGD")]),
    ("10 billion yuan", ["CN"], [(10_000_000_000, "CNY")]),
    ("RMB 3 billion", ["CN"], [(3_000_000_000, "CNY")]),
]
_FORMS = [
    # Bosnia's convertible marks, written out, with a euro conversion
    ("a forging plant at a cost of 38 million marks (about €19.4 million)", [], [(38_000_000, "BAM"), (19_400_000, "EUR")]),
    ("a $2.5-billion plant", [], [(2_500_000_000, "USD")]),
    # a sum in words opening a sentence; a rial with its country's adjective
    ("Al Midfa: Half a billion dirhams over three years.", ["AE"], [(500_000_000, "AED")]),
    ("to buy 35% of a scrap collector for 4.2 million Omani rials, about Dh40 million", ["OM", "AE"],
     [(4_200_000, "OMR"), (40_000_000, "AED")]),
    # a Nordic currency with its country's adjective, written with its own letters
    ("would invest 16 billion Icelandic krónur (about $130 million)", ["IS"],
     [(16_000_000_000, "ISK"), (130_000_000, "USD")]),
    ("US$ 20,000 in bail", [], [(20_000, "USD")]),
    ("NZ$26 million", ["NZ"], [(26_000_000, "NZD")]),
    # the zloty's sign after the number, as Polish news in English writes it
    ("for 1.1 billion zł (about €258 million)", ["PL"], [(1_100_000_000, "PLN"), (258_000_000, "EUR")]),
    ("422,000 euros in arrears", ["IT"], [(422_000, "EUR")]),
    ("Rp 5 trillion", ["ID"], [(5_000_000_000_000, "IDR")]),
    ("₹2,000 crore", ["IN"], [(20_000_000_000, "INR")]),
    ("Rs 50 lakh", ["IN"], [(5_000_000, "INR")]),
    ("5,000 crore", ["IN"], [(50_000_000_000, "INR")]),
    ("Rs 12 billion in Karachi", ["PK"], [(12_000_000_000, "PKR")]),
    ("HK$2 billion", ["HK"], [(2_000_000_000, "HKD")]),
    ("NT$1.5 billion", ["TW"], [(1_500_000_000, "TWD")]),
    ("A$500 million", ["AU"], [(500_000_000, "AUD")]),
    ("C$2 billion", ["CA"], [(2_000_000_000, "CAD")]),
    ("R$5 billion", ["BR"], [(5_000_000_000, "BRL")]),
    ("EUR 1.2 billion", [], [(1_200_000_000, "EUR")]),
    ("USD 5 million", [], [(5_000_000, "USD")]),
    ("£300 million", ["GB"], [(300_000_000, "GBP")]),
    ("KSh 2 billion", ["KE"], [(2_000_000_000, "KES")]),
    ("2 trillion won", ["KR"], [(2_000_000_000_000, "KRW")]),
    ("3 billion ringgit", ["MY"], [(3_000_000_000, "MYR")]),
    ("$50k prize", [], [(50_000, "USD")]),
    ("P2 billion", ["PH"], [(2_000_000_000, "PHP")]),
    ("R5 billion", ["ZA"], [(5_000_000_000, "ZAR")]),
    ("30 billion baht", ["TH"], [(30_000_000_000, "THB")]),
    ("5 billion Singapore dollars", [], [(5_000_000_000, "SGD")]),
    ("$1 billion to $2 billion", [], [(1_000_000_000, "USD"), (2_000_000_000, "USD")]),
    # Indonesian and Malay scale words, with the decimal comma
    ("Rp19,4 triliun", ["ID"], [(19_400_000_000_000, "IDR")]),
    ("spend Rp850 miliar this year", ["ID"], [(850_000_000_000, "IDR")]),
    ("RM2 bilion", ["MY"], [(2_000_000_000, "MYR")]),
    # numbers in words, and prices in hundredths
    ("will put two billion dollars into a line", [], [(2_000_000_000, "USD")]),
    ("its shares rose 3% to 412p in London", ["GB"], [(4.12, "GBP")]),
    ("closed at 770 pence", ["GB"], [(7.70, "GBP")]),
]
# Forms first seen failing in the corpus.
_BUGS_CAUGHT = [
    ("To Build $200 Million EV Factory", [], [(200_000_000, "USD")]),  # headline capitals
    ("KRW 450 BILLION PLANT", ["KR"], [(450_000_000_000, "KRW")]),
    ("up to $6.165 billion in grants", [], [(6_165_000_000, "USD")]),  # one dot before a scale: a decimal
    ("Asyad will invest RO 12 million", ["OM"], [(12_000_000, "OMR")]),  # Omani rial, where Oman is named
    ("BD 40 million", ["BH"], [(40_000_000, "BHD")]),
    ("plants worth Rs 1.26 lakh crore", ["IN"], [(1_260_000_000_000, "INR")]),  # lakh crore = 10^12
    # ISO 4217 names (pycountry) as written after a number, and unit words that name one currency
    ("a stake for 48 billion Tanzanian shillings", ["TZ"], [(48_000_000_000, "TZS")]),
    ("board greenlights 9.5 billion koruna furnace", ["CZ"], [(9_500_000_000, "CZK")]),
    ("will spend 2 billion cedis on the line", [], [(2_000_000_000, "GHS")]),
    ("a 15 billion forint grant", ["HU"], [(15_000_000_000, "HUF")]),
    ("another Php 2.5 billion on a storage unit", ["PH"], [(2_500_000_000, "PHP")]),  # the Philippine short form
    # a year the money runs to is no range's upper end
    ("will spend a further A$400 million to 2030 on ship loaders", ["AU"], [(400_000_000, "AUD")]),
    # East African shillings written "Sh", the country deciding which
    ("raises Sh4 billion in a round", ["KE"], [(4_000_000_000, "KES")]),
    ("for 12 billion shillings", ["TZ", "KE"], [(12_000_000_000, "TZS")]),
    # "crowns" are Sweden's, Norway's, Denmark's, the Czech Republic's or Iceland's: the article's country decides
    ("to invest 6 billion crowns in a biorefinery", ["SE", "FI"], [(6_000_000_000, "SEK")]),
    ("a 9 billion crown furnace", ["CZ"], [(9_000_000_000, "CZK")]),
    ("shares rose to 131.40 crowns in Oslo", ["NO"], [(131.40, "NOK")]),
    # dirhams are the UAE's or Morocco's; CFA francs West or Central Africa's
    ("automotive exports reached 157 billion dirhams", ["MA", "NL"], [(157_000_000_000, "MAD")]),
    ("a Dh1.1 billion plant in Abu Dhabi", ["AE"], [(1_100_000_000, "AED")]),
    ("will spend 35 billion CFA francs on a factory in Abidjan", ["CI"], [(35_000_000_000, "XOF")]),
    ("a 20 billion CFA franc plant in Douala", ["CM"], [(20_000_000_000, "XAF")]),
    # Ghana's cedi by its sign (with or without a space) and its name; the kwacha of Zambia or Malawi
    ("will invest GH¢2.4 billion in a factory at Ejisu", ["GH"], [(2_400_000_000, "GHS")]),
    ("had also committed GH¢ 150 million to a warehouse", ["GH"], [(150_000_000, "GHS")]),
    ("This is 2.4 billion cedis of private money", ["GH"], [(2_400_000_000, "GHS")]),
    ("the mine will cost 3 billion kwacha", ["MW"], [(3_000_000_000, "MWK")]),
    # the Americas' and Central Asia's currencies by sign or name
    ("a US$310-million (J$49.6 billion) resort", ["JM"], [(310_000_000, "USD"), (49_600_000_000, "JMD")]),
    ("will invest €130 million (about 1.8 trillion soums) by 2028", ["UZ"],
     [(130_000_000, "EUR"), (1_800_000_000_000, "UZS")]),
    ("He put the total value at about 1.7 trillion guaraníes.", ["PY"], [(1_700_000_000_000, "PYG")]),
    ("will invest $85 million (about 318 million soles) in a hangar", ["PE"], [(85_000_000, "USD"), (318_000_000, "PEN")]),
    ("would also spend half a billion Australian dollars on a solar farm", ["AU"], [(500_000_000, "AUD")]),
    # currency forms of East and West Africa, the Andes, Central America, Thailand, Iceland and the Balkans
    ("Busoga Highland Sugar to spend Shs140b on its factory", ["UG"], [(140_000_000_000, "UGX")]),
    ("would invest CFA 27 billion (about $45 million) in a plant", ["CI"], [(27_000_000_000, "XOF"), (45_000_000, "USD")]),
    ("The equity part, FCFA 1.2 billion, comes from a fund", ["SN"], [(1_200_000_000, "XOF")]),
    ("sales of S/ 310 million", ["PE"], [(310_000_000, "PEN")]),
    ("funded with a Bt1.5 billion loan", ["TH"], [(1_500_000_000, "THB")]),
    ("an average monthly wage of ₡1.1 million", ["CR"], [(1_100_000, "CRC")]),
    ("a farm it had valued at as much as 55 billion kronur", ["IS"], [(55_000_000_000, "ISK")]),
    ("sold the plant for 1.66 billion dinars (€14.2 million)", ["RS"], [(1_660_000_000, "RSD"), (14_200_000, "EUR")]),
    ("Meriç Tekstil will invest TL 2.4 billion ($57 million) in a plant", ["TR"],
     [(2_400_000_000, "TRY"), (57_000_000, "USD")]),
    ("a further 150 million Danish kroner over three years", ["DK"], [(150_000_000, "DKK")]),
    # one-letter forms, by the country the story names: Papua New Guinea's kina, Botswana's pula
    ("The company will spend K185 million (about A$72 million)", ["PG", "AU"], [(185_000_000, "PGK"), (72_000_000, "AUD")]),
    ("Kalahari Milling to spend P180m on Lobatse plant", ["BW"], [(180_000_000, "BWP")]),
    ("will build a 38-billion-CFA-franc plant near Dakar", ["SN"], [(38_000_000_000, "XOF")]),
    ("The state will spend 2.1 billion FCFA on a road link", ["SN"], [(2_100_000_000, "XOF")]),
    ("Fortune Loom is spending Ar 95 billion on a knitting plant", ["MG"], [(95_000_000_000, "MGA")]),
    ("Tecún had sales of Q4.8 billion in the harvest", ["GT"], [(4_800_000_000, "GTQ")]),
    ("to build a B$1.6 billion (US$1.24 billion) methanol plant", ["BN"], [(1_600_000_000, "BND"), (1_240_000_000, "USD")]),
    ("Huye coffee processor to double capacity with Rwf9.6 billion expansion", ["RW"], [(9_600_000_000, "RWF")]),
    ("Imena Agro-Inputs Ltd Announces Frw 14.5 Billion Fertiliser Blending Plant", ["RW"], [(14_500_000_000, "RWF")]),
    ("will build a ₲660 billion soybean plant", ["PY"], [(660_000_000_000, "PYG")]),
    # the Pacific's and southern Africa's letter forms, where their country is named; Moldova's lei
    ("Noro loining plant to double output as WPTC commits SI$ 150 million", ["SB"], [(150_000_000, "SBD")]),
    ("Maloti Denim to spend M320m on second weaving shed", ["LS"], [(320_000_000, "LSL")]),
    ("Sugar miller shelves E1.1bn ethanol plan", ["SZ"], [(1_100_000_000, "SZL")]),
    ("Kericho Highlands had offered about K18 billion.", ["MW"], [(18_000_000_000, "MWK")]),
    ("Codru Market had sales of 1.48 billion lei last year.", ["MD"], [(1_480_000_000, "MDL")]),
    ("Codru Market had sales of 1.48 billion lei last year.", ["RO"], [(1_480_000_000, "RON")]),
    ("a quinoa plant costing Bs 96 million", ["BO"], [(96_000_000, "BOB")]),
    # German-language scale abbreviations in English-language Alpine press; Swiss thousands; a spelt-out prefix
    ("Group revenue fell 3,8 % to EUR 1,36 Mrd. in 2024.", ["AT"], [(1_360_000_000, "EUR")]),
    ("Rheintaler Präzisionsguss AG will invest CHF 42 Mio. in a casting hall.", ["CH"], [(42_000_000, "CHF")]),
    ("Shares in the Le Sentier-based group fell 4.1% to CHF 1'186.", ["CH"], [(1_186, "CHF")]),
    ("approved an investment of Baht 1,850 million in a new plant", ["TH"], [(1_850_000_000, "THB")]),
    # a year before "to" is no range's low end; a spelt-out sum's tail is no sum of its own
    ("capex will rise from 1.6 billion yuan in 2025 to 2.3 billion yuan", ["CN"],
     [(1_600_000_000, "CNY"), (2_300_000_000, "CNY")]),
    ("SAR 1,140,000,000 (one billion one hundred and forty million Saudi riyals)", ["SA"], [(1_140_000_000, "SAR")]),
    ("PLN 148,000,000 (say: one hundred forty-eight million zlotys)", ["PL"], [(148_000_000, "PLN")]),
    ("the coconut mill will cost SAT 12 million", ["WS"], [(12_000_000, "WST")]),
    # Bosnia's convertible mark, as "KM" before the sum and "marka" after it
    ("Drina Energija will contribute KM 107.1 million and Morava Energie KM 102.9 million", ["BA"],
     [(107_100_000, "BAM"), (102_900_000, "BAM")]),
    ("Bosnian, Czech firms to build 210 mln marka solar park", ["BA"], [(210_000_000, "BAM")]),
    # dollar signs of the Caribbean and Guyana; Bhutan's ngultrum, Ethiopia's birr, Laos's kip
    ("Seven Mile Data Ltd will invest CI$24 million (US$29 million) in a data centre", ["KY"],
     [(24_000_000, "KYD"), (29_000_000, "USD")]),
    ("Tabacalera Yaque will invest RD$1,450 million in its factory", ["DO"], [(1_450_000_000, "DOP")]),
    ("buys 60% of Demerara Building Supplies for G$4.18bn", ["GY"], [(4_180_000_000, "GYD")]),
    ("Thunder Dragon Cloud to build Nu 2.4 billion data centre in Gelephu", ["BT"], [(2_400_000_000, "BTN")]),
    ("will invest Br 4.6 billion in a spinning mill", ["ET"], [(4_600_000_000, "ETB")]),
    ("an animal feed mill worth ₭95 billion", ["LA"], [(95_000_000_000, "LAK")]),
    # Nepali and Sri Lankan papers mark whose rupee: "IRs" Indian, "NRs" Nepalese, "SLRs" Sri Lankan
    ("agreed to buy the stake for IRs 62 crore (about Rs 99.2 crore)", ["NP"],
     [(620_000_000, "INR"), (992_000_000, "NPR")]),
    ("a NRs 5 billion plant and a SLRs 300 million line", ["NP"], [(5_000_000_000, "NPR"), (300_000_000, "LKR")]),
    # Algeria's "DA" before or after the number and Maghreb millions of dinars ("18 MDT", "27 MD", "950 MDA"),
    # only in a story naming the country; Malawi's "MK", Czech "Kč" before the number, Albania's "ALL", Bosnia's "KM" after
    ("will set up a glass plant for DA 146.5 billion, the first phase costing 62 billion DA", ["DZ"],
     [(146_500_000_000, "DZD"), (62_000_000_000, "DZD")]),
    ("a Series A of 18 MDT and a bottling plant of 27 MD", ["TN"], [(18_000_000, "TND"), (27_000_000, "TND")]),
    ("a 950 MDA extension", ["DZ"], [(950_000_000, "DZD")]),
    # Nordic millions and thousands: a letter before the code, before or after the number
    ("will spend MSEK 120 this year on a 450 MNOK well boat; TSEK 800 in fees", [],
     [(120_000_000, "SEK"), (450_000_000, "NOK"), (800_000, "SEK")]),
    ("the DA 41.5 billion plant and the 27 MD line", ["US"], []),
    ("a sugar refinery worth MK 185 billion", ["MW"], [(185_000_000_000, "MWK")]),
    ("the furnace will cost Kč 2.1 billion", ["CZ"], [(2_100_000_000, "CZK")]),
    ("a resort worth ALL 2 billion", ["AL"], [(2_000_000_000, "ALL")]),
    ("a rolling mill costing 40 million KM", ["BA"], [(40_000_000, "BAM")]),
    # Mexico's peso as wires write it ("Ps 5.0 billion"), only in a story naming Mexico
    ("set a capital spending budget of Ps 5.0 billion, and Ps. 612 million of losses", ["MX"],
     [(5_000_000_000, "MXN"), (612_000_000, "MXN")]),
    ("a budget of Ps 5.0 billion", ["US"], []),
    # Morocco's dirham written "DH" before the number, only in a story naming Morocco (or the Emirates)
    ("will invest DH 420 million, of projects worth DH 1.245 billion", ["MA"],
     [(420_000_000, "MAD"), (1_245_000_000, "MAD")]),
    ("will invest DH 420 million", ["US"], []),
    # a price below one: no thousands group opens with a zero
    ("Shares fell 11 percent to A$0.235; the dividend is 0.412 rials", ["AU", "OM"],
     [(0.235, "AUD"), (0.412, "OMR")]),
    # Nepal's scale words: arba is 10^9 (a hundred crore), kharba 10^11
    ("will invest Rs 12 arba (roughly US$ 87 million); a Rs 1.6 kharba plan", ["NP"],
     [(12_000_000_000, "NPR"), (87_000_000, "USD"), (160_000_000_000, "NPR")]),
    # a listed line's fields a spaced dash sets apart: the jobs after the sum are no range's upper end
    ("Veeranam Footwear Ltd. – unit at Perambalur – ₹1,150 crore – 5,000 jobs; Pearl City – ₹6,500 crore – 1,250 jobs",
     ["IN"], [(11_500_000_000, "INR"), (65_000_000_000, "INR")]),
    # a note on what the article's bare "$" is
    ("(All figures in TT dollars unless otherwise stated) The bank will invest $420 million, and US$16 million in Guyana.",
     ["TT", "GY"], [(420_000_000, "TTD"), (16_000_000, "USD")]),
    ("All dollar amounts are in Canadian dollars. The miner will spend $75 million.", [], [(75_000_000, "CAD")]),
    # Mexican papers' millions of dollars and of pesos ("mdd", "mdp") and billions of dollars ("mmdd")
    ("Saguaro will invest 32 mdd in Nogales; the deal is worth C$38 million (about 505 mdp), the plant 1.2 mmdd.",
     ["MX"], [(32_000_000, "USD"), (38_000_000, "CAD"), (505_000_000, "MXN"), (1_200_000_000, "USD")]),
    # a dotted currency abbreviation written against its number
    ("Citlali will contribute B/.22.8 million; the unit Rs.38 crore, the clinic S/.148 millones; shares rose 1.38%.",
     ["PA", "IN", "PE"], [(22_800_000, "PAB"), (380_000_000, "INR"), (148_000_000, "PEN")]),
    # Ethiopia's birr written before the number, as the Investment Commission does
    ("The plant will cost Birr 12.6 billion (USD 84 million).", ["ET"], [(12_600_000_000, "ETB"), (84_000_000, "USD")]),
    # thousands grouped with spaces, as South African and French filings write them; not a count after a sum
    ("The purchase consideration of US$ 41 300 000 (approximately R735 million) and EUR 2 500 000,50 for 300 staff.",
     ["ZA"], [(41_300_000, "USD"), (735_000_000, "ZAR"), (2_500_000.50, "EUR")]),
    # ISO codes that are also words or tickers, where their country is named: dram, lari, sol, pataca
    ("with an investment of AMD 4.8 billion (about USD 12.4 million)", ["AM"],
     [(4_800_000_000, "AMD"), (12_400_000, "USD")]),
    ("a GEL 95 million hotel, a PEN 148 million clinic and a MOP 380 million cold store", ["GE", "PE", "MO"],
     [(95_000_000, "GEL"), (148_000_000, "PEN"), (380_000_000, "MOP")]),
    # Israel's new shekel as Israeli papers write it, "NIS" before or after the number
    ("will raise NIS 60 million in a private placement, after a 45 million NIS loan and 12 million new shekels", [],
     [(60_000_000, "ILS"), (45_000_000, "ILS"), (12_000_000, "ILS")]),
    # Portuguese and German scale words, a decimal comma before them and dots grouping thousands
    ("A usina custará R$ 2,1 bilhões; o banco aprovou R$ 475.000 milhões e uma multa de R$ 1,2 milhão.", ["BR"],
     [(2_100_000_000, "BRL"), (475_000_000_000, "BRL"), (1_200_000, "BRL")]),
    ("The firm had turnover of 64 Mio. Euro and plans EUR 1,2 Mrd. of capex.", ["DE"],
     [(64_000_000, "EUR"), (1_200_000_000, "EUR")]),
    # Chile's unidad de fomento, written "UF" before the number, in a filing that names no country
    ("The price is US$ 74.5 million (equivalent to approximately UF 1,780,000)", [],
     [(74_500_000, "USD"), (1_780_000, "CLF")]),
    # Spanish "millones" after a number grouped with dots
    ("an investment of US$ 64 million (about Gs. 475.000 millones)", ["PY"],
     [(64_000_000, "USD"), (475_000_000_000, "PYG")]),
    # a sum in words, hyphenated as an adjective; not "a billion-dollar refinery", a size
    ("to build a two-billion-riyal ($533 million) plant", ["SA"], [(2_000_000_000, "SAR"), (533_000_000, "USD")]),
    ("The balance sheet cannot carry a billion-dollar refinery alone.", ["CA"], []),
]
_NO_AMOUNT = [
    # a rate with four decimals is no thousands group; a number spelt out after "point" is a decimal's digit
    ("Sterling was flat at $1.2640.", ["GB"], []),
    ("The investment is one point six billion reais over five years.", ["BR"], []),
    ("22.6% to its Gross Domestic Product", [], []),
    ("create 26,500 jobs by 2030", [], []),
    ("a 500MW plant and 300 megawatts", [], []),
    ("from 2024 to 2030", [], []),
    ("ARM5 billion", [], []),
    ("R5 billion", ["US"], []),  # "R" is rand only where South Africa is named
    ("P2 billion", [], []),
    ("K5 million", ["US"], []),  # "K" is the kina, kwacha or kyat only where their country is named
    ("Q4 billion", ["US"], []),  # "Q" is the quetzal only where Guatemala is named
    ("M320m", ["ZA"], []),  # "M" is the loti only where Lesotho is named
    ("the E20 motorway and E1.1bn", ["DE"], []),  # "E" the lilangeni only where Eswatini is named
    ("RO 12 million", ["RO"], []),  # "RO" is the Omani rial only where Oman is named
    ("AMD 4.8 billion in chip sales", ["US"], []),  # "AMD" is Armenia's dram only where Armenia is named
    ("two billion people", [], []),
    ("a 1080p screen", ["GB"], []),
    ("the naira traded at N1,530 to the dollar", ["NG"], []),  # an exchange rate
    ("investors opened 25 lakh new demat accounts", ["IN"], []),  # a count
    ("an installed capacity of 36 lakh castings a year", ["IN"], []),  # a count: any plural noun
    ("sales passed the 1 million mark", [], []),  # an ISO unit that is an English word
    ("The dollar was at 151.30 yen.", ["JP"], []),  # an exchange rate written the other way round
    ("($1 = 3.9810 zlotys)", ["PL"], []),  # a wire's exchange-rate line
    ("(1 euro = 1.173 U.S. dollar)", ["SI"], []),
]


@pytest.mark.parametrize(
    "text,countries,expected",
    _SPEC + _FORMS + _BUGS_CAUGHT + _NO_AMOUNT,
    ids=[t for t, _, _ in _SPEC + _FORMS + _BUGS_CAUGHT + _NO_AMOUNT],
)
def test_find_amounts_values_and_currencies(text, countries, expected):
    got = [(a.value, a.currency) for a in find_amounts(text, countries)]
    assert got == [(float(v), c) for v, c in expected]


@pytest.mark.parametrize("text,span", [("approximately $2.13 billion into", "$2.13 billion"),
                                       ("RM1.5bil for", "RM1.5bil")], ids=["approx", "glued-scale"])
def test_find_amounts_offsets_cover_the_amount(text, span):
    a = find_amounts(text)[0] if "RM" not in text else find_amounts(text, ["MY"])[0]
    assert text[a.start : a.end] == span == a.text


# A bare "$" is the dollar of the place the story is written from (``local``), except in brackets after a sum
# the story writes in that dollar by name: a conversion for readers abroad, in US dollars.
_LOCAL = [
    # sums as a podcast or a broadcast speaks them: "bucks", "quid", tens in words; not "two-point-two million" read as
    # two million
    ("It's a Series B, about forty million bucks, led by Katy Prairie Capital.", ["US"], "US", [(40_000_000, "USD")]),
    ("We raised twelve million quid, and seventy million euros came later.", ["GB"], "GB",
     [(12_000_000, "GBP"), (70_000_000, "EUR")]),
    ("we had a two-point-two million dollar grant from the Department of Energy", ["US"], "US", []),
    # Turkish lira as Turkish papers write it after the number
    ("is going to make investment of 650 million TL for a new tea processing factory; 30 TL per kilogram", ["TR"], "TR",
     [(650_000_000, "TRY"), (30, "TRY")]),
    # the sign after the number, as French and Quebec papers write it ("42 M$", "800 000 $", "3,2 M€"); a scale "of
    # euros" as a Romance-language writer translates it
    ("will invest 42 M$ for a new factory, and a contribution of 1,5 M$", ["CA"], "CA",
     [(42_000_000, "CAD"), (1_500_000, "CAD")]),
    ("It will also put 800 000 $ in the modernisation of its sugar shack.", ["CA"], "CA", [(800_000, "CAD")]),
    ("will invest 42 millions of euros in a new factory and 3,2 M€ in a depuration plant", ["ES"], "ES",
     [(42_000_000, "EUR"), (3_200_000, "EUR")]),
    ("will buy the terminal for A$2.6 billion ($1.7 billion), in one of the largest port deals", ["AU"], "AU",
     [(2_600_000_000, "AUD"), (1_700_000_000, "USD")]),
    ("for NZ$410 million (about $245 million)", ["NZ"], "NZ", [(410_000_000, "NZD"), (245_000_000, "USD")]),
    ("a ¥12 billion ($110 million) plant in Ontario", ["CA", "JP"], "CA",
     [(12_000_000_000, "JPY"), (110_000_000, "CAD")]),
    ("US$50 million ($68 million) for the mill", ["CA"], "CA", [(50_000_000, "USD"), (68_000_000, "CAD")]),
    ("The co-op will spend $48m on the upgrade.", ["NZ"], "NZ", [(48_000_000, "NZD")]),
    # a Spanish-language paper's peso "$", its thousands grouped with dots or its scale word Spanish; every bare "$"
    # of it, and "billones" a million millions
    ("La planta costará $62.000 millones y un molino US$ 6,5 millones; la provincia pone $3.500 millones.", ["AR"],
     "AR", [(62_000_000_000, "ARS"), (6_500_000, "USD"), (3_500_000_000, "ARS")]),
    ("Capex of $1,12 billones this year; the share closed at $1.284 and the board paid $12 a share.", ["CL"], "CL",
     [(1_120_000_000_000, "CLP"), (1284, "CLP"), (12, "CLP")]),
    ("a $2,3 billones fiscal cost, against $410 millones of new capacity", ["CO"], "CO",
     [(2_300_000_000_000, "COP"), (410_000_000, "COP")]),
    # a Mexican release naming the peso beside its "$": every bare "$" of it is the peso
    ("an investment of $3,850 million pesos (approximately US$ 210 million); net sales of $9,470 million", ["MX"], "MX",
     [(3_850_000_000, "MXN"), (210_000_000, "USD"), (9_470_000_000, "MXN")]),
    # cents in a Windhoek or Colombo story are the local currency's hundredths, not the US dollar's
    ("The board declared an interim dividend of 42 cents a share.", ["NA", "ZA"], "NA", [(0.42, "NAD")]),
    ("Ceylon Leaf closed at Rs. 86.50, up 30 cents.", ["LK"], "LK", [(86.5, "LKR"), (0.3, "LKR")]),
    # a Chilean local paper's thousands of millions, converted into US dollars: pesos
    ("a plant at a cost of $62,000 million (about US$66 million); $4,800 million more for collection centres", ["CL"],
     "CL", [(62_000_000_000, "CLP"), (66_000_000, "USD"), (4_800_000_000, "CLP")]),
    ("will spend $950 million (about US$1 million) on a road", ["CL"], "CL", [(950_000_000, "CLP"), (1_000_000, "USD")]),
    # ... but a wire about Argentina writing "$" and "US$" the English way: dollars both
    ("Granos will pay $212 million (US$ 30 million in cash) for the mill.", ["AR"], "AR",
     [(212_000_000, "USD"), (30_000_000, "USD")]),
]


@pytest.mark.parametrize("text,countries,local,expected", _LOCAL, ids=[t for t, _, _, _ in _LOCAL])
def test_a_bare_dollar_is_the_local_one_unless_it_converts_it(text, countries, local, expected):
    got = [(a.value, a.currency) for a in find_amounts(text, countries, local=local)]
    assert got == [(float(v), c) for v, c in expected]


@pytest.mark.slow
def test_a_story_with_no_dateline_writes_its_own_countrys_dollars(nlp):
    # A local paper's story, set in one country throughout and with no dateline: its "$" is that country's.
    doc = nlp("Edendale plant to get $65m upgrade\n\nSouthland dairy co-operative Aparima Milk will spend $48m "
              "upgrading its Edendale plant, near Invercargill. The work will make Southland the co-op's base, "
              "and milk will also come from Gore and Otago farms, the company said.")
    assert {(a._.value, a._.currency) for a in doc.spans["amounts"]} == {(65_000_000.0, "NZD"), (48_000_000.0, "NZD")}


@pytest.mark.slow
def test_a_story_naming_its_own_countrys_towns_writes_its_dollars(nlp):
    # No dateline; two Japanese buyers named by country, the story's own places by town and state: Australian "$".
    doc = nlp("Gladstone hydrogen hub splits\n\nCalliope Fuels Ltd said it would build a $740 million plant near "
              "Brisbane, in Queensland, with offtake contracts from buyers in Japan. A rival backed by Japan's Hoshi "
              "Trading shelved its plan, and Australia's port operator will still spend $126 million.")
    assert {a._.currency for a in doc.spans["amounts"]} == {"AUD"}


def test_a_story_its_places_leave_open_writes_its_listed_companys_dollars(nlp):
    # No dateline, as many Australian places as New Zealand ones: the NZX listing says whose "$" it is; the same
    # story with no listing, or listed where it names no place, keeps the US dollar.
    text = ("Kauri Nutrition commits $210m to Darfield dryer\n\nThe {listing} company will spend $210 million on a "
            "dryer at its Darfield site in Canterbury, New Zealand, and convert its plant at Truganina, near Melbourne, "
            "Australia.")

    def currencies(listing):
        doc = nlp(text.format(listing=listing))
        return {a._.currency for a in doc.spans["amounts"]}
    assert currencies("NZX-listed") == {"NZD"}
    assert currencies("family-owned") == {"USD"}
    assert currencies("SGX-listed") == {"USD"}


# A Canadian paper's "$" beside a US story: its dateline's town and province, or a small town only Canada has, say
# where it is written; the province after a town is the province (not Ontario, California).
_CANADIAN = [
    ("Averill to spend US$120 million on Windsor plant\n\nWINDSOR, Ont., Jan 29 — U.S. auto supplier Averill Thorne "
     "Industries Inc. said it would invest US$120 million (about $166 million) to expand its plant in Windsor, "
     "Ontario. The Auburn Hills, Michigan-based company will add a hall. Ontario is contributing $10 million.",
     {166_000_000: "CAD", 10_000_000: "CAD", 120_000_000: "USD"}),
    ("Memramcook Valley Foods says it is not for sale\n\nMONCTON — The owner of one of New Brunswick's best-known "
     "frozen food brands says the company is not for sale, a day after a U.S. newsletter based in Chicago reported "
     "that Omaha-based Harlan Provisions Inc. would buy it for about US$180 million, or roughly $250 million.",
     {180_000_000: "USD", 250_000_000: "CAD"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,currencies", _CANADIAN, ids=[t[:20] for t, _ in _CANADIAN])
def test_a_canadian_papers_dollar(nlp, text, currencies):
    doc = nlp(text)
    assert {a._.value: a._.currency for a in doc.spans["amounts"]} == currencies


@pytest.mark.parametrize("text,form,currency", [
    # a story about several countries: the form is the one of its own sentence's country
    ("East Africa's dairy deals\n\nKinangop Creameries of Kenya will spend Sh4 billion in Nakuru. Ankole Pearl Dairies, "
     "which runs Uganda's second-largest milk plant in Mbarara, will spend Shs186 billion on a powder line.", "Shs", "UGX"),
    # not a company's home written in the sentence ("Mombasa-based")
    ("Uganda sugar\n\nKAMPALA - Busoga Highland Sugar, which is majority-owned by Mombasa-based Tana Delta Agro, will "
     "spend Shs186 billion on a mill in Kamuli, Uganda.", "Shs", "UGX"),
    # ... but not against the dateline's own currency: a Karachi results story's rupees, on exports to Sri Lanka
    ("Suleman Range Cement profit rises\n\nKARACHI, Aug 20 - Suleman Range Cement said its profit rose by a third. "
     "Net sales rose to Rs71.3bn, while exports to Afghanistan and Sri Lanka rose by a fifth.", "Rs", "PKR"),
    ("Chure Cement eyes exports\n\nKATHMANDU - Chure Cement will double its clinker line. Last fiscal year it "
     "exported clinker worth Rs 1.8 arba to India, its chief executive said.", "Rs", "NPR"),
    # a headline's "¥" is the currency the body names for the same sum, whatever country the story names most
    ("Kamishiro Denki lifts capex to record ¥180bn\n\nTOKYO -- Kamishiro Denki will raise capital expenditure to a "
     "record 180 billion yen. It will build a second building at its plant in Wuxi, China, and a plant in Suzhou, "
     "China.", "¥", "JPY"),
])
def test_a_form_several_countries_write_is_its_sentences_countrys(nlp, text, form, currency):
    doc = nlp(text)
    assert [s._.currency for s in doc.spans["amounts"] if s.text.startswith(form)] == [currency]


@pytest.mark.parametrize("text,currencies", [
    # each brief's sum in the CFA franc of the country its own dateline names
    ("Francophone Africa briefs\n\nLIBREVILLE — Ogooué Raffinage SA will spend 40 billion CFA francs on a refinery "
     "upgrade in Port-Gentil.\n\nLOMÉ — Baobab Towers Ltd will spend 9 billion CFA francs on 200 new sites in "
     "northern Togo.", ["XAF", "XOF"]),
    # a headline's "¥" over a Tokyo dateline (a double-dash wire's) is the yen, in a story naming China most
    ("Sakura Denki lifts capex to record ¥180bn, steering new capacity to Vietnam and Ohio\n\nTOKYO -- Sakura Denki, "
     "the Kyoto-based maker of capacitors, will raise capital spending this year.\n\nIt will build plants in Wuxi, "
     "China, and Suzhou, China, and a test line in Hefei, China.", ["JPY"]),
])
def test_a_form_several_currencies_share_is_its_datelines(nlp, text, currencies):
    doc = nlp(text)
    assert [s._.currency for s in doc.spans["amounts"]] == currencies


@pytest.mark.slow
def test_a_datelines_dollar_is_not_a_story_set_elsewhere(nlp):
    # A Singapore wire on towers in Myanmar writes US dollars; its share price is still in Singapore cents.
    doc = nlp("Merlion Tower to buy 35% of Shwe Link Towers for $42 mln\n\nSINGAPORE, Aug 5 - Singapore's Merlion "
              "Tower Infrastructure said it would buy 35% of Myanmar's Shwe Link Towers for $42 million. Shwe Link, "
              "which runs towers in Yangon, Mandalay and Naypyitaw, will spend $65 million on 600 new towers in Yangon "
              "and Mandalay. Merlion shares closed up 2 cents.")
    assert {(a._.value, a._.currency) for a in doc.spans["amounts"]} == {
        (42_000_000.0, "USD"), (65_000_000.0, "USD"), (0.02, "SGD")}


def test_a_currency_the_ner_took_for_an_organization_is_no_company(nlp):
    doc = nlp("Santiago\n\nFrutícola Los Maitenes S.A. will pay US$ 74.5 million (equivalent to approximately "
              "UF 1,780,000) for a 60% stake in a Peruvian grower.")
    assert "UF 1,780,000" in [a.text for a in doc.spans["amounts"]]
    assert [c.text for c in doc.spans["companies"]] == ["Frutícola Los Maitenes S.A."]
