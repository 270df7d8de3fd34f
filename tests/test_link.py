"""Deals (spec section 2): sentences as news writes them, and the deal rows
they must, or must not, yield. Each text is a whole small article: a
headline, a blank line, the body."""

from __future__ import annotations

import pytest

from pipeline.ingest import Article
from pipeline.run import process

pytestmark = pytest.mark.slow


def deals_of(nlp, text: str) -> list[dict]:
    [(_art, _rows, deals)] = list(process(nlp, [Article("t", text, "t.txt")]))
    return deals


# (article, expected (investor, amount, currency, location) rows; None = any)
_DEALS = [
    ("Orchid Foods expands\n\nOrchid Foods Bhd will invest RM300 million in a new noodle plant in Ipoh, "
     "the company said on Monday.",
     [("Orchid Foods", 300_000_000, "MYR", "Ipoh")]),
    # "said it would" reports a plan; it is not a condition.
    ("Plant for Galway\n\nBrennan Devices Ltd said on Tuesday it would invest €180m in a new catheter plant in Galway.",
     [("Brennan Devices", 180_000_000, "EUR", "Galway")]),
    # The bracketed conversion is the same money, not a second deal.
    ("Hanul to build plant\n\nHanul Chemical Co said it will spend KRW 450 billion (about US$324 million) on a "
     "plant in Ulsan.",
     [("Hanul Chemical", 450_000_000_000, "KRW", "Ulsan")]),
    # A conversion after a comma and "or" is the same money too.
    ("Thai cloud\n\nOrlan Cloud Inc will invest more than 190 billion baht, or roughly $5 billion, in Thailand.",
     [("Orlan Cloud", 190_000_000_000, "THB", "Thailand")]),
    # A second clause without its verb names its own investor.
    ("Township deal\n\nMANILA — Under the agreement, Ayala Land Inc will put in P45 billion and Mitsubishi Estate Co "
     "the remaining P30 billion in Pampanga over ten years.",
     [("Ayala Land", 45_000_000_000, "PHP", "Pampanga"), ("Mitsubishi Estate", 30_000_000_000, "PHP", "Pampanga")]),
    # A dateline's month is no hedge ("May 15"), and "set aside" commits money.
    ("Cloud pledge\n\nBERLIN, May 15 — Orlan Cloud Inc said on Wednesday it would invest EUR 7.8 billion in the "
     "eastern German state of Brandenburg by 2040.",
     [("Orlan Cloud", 7_800_000_000, "EUR", "Brandenburg")]),
    ("Cells\n\nVarun Energy Ltd, the group's clean-energy unit, had set aside a further ₹12,000 crore for a "
     "cell line in Jamnagar.",
     [("Varun Energy", 120_000_000_000, "INR", "Jamnagar")]),
    # "the developer" is the company the sentence has just named, not the article's last subject.
    ("Two builders\n\nHalvard Homes plc will build 900 homes in Leeds. Kenji Tanaka, an officer at Mitsui Estate Co, "
     "said the Tokyo-based developer had also earmarked about 100 billion yen for Vietnam.",
     [("Mitsui Estate", 100_000_000_000, "JPY", "Vietnam")]),
    # A company named in full once and by its first word later.
    ("Lab expansion\n\nArdent Biologics Inc will build a plant in Cork. Separately, Ardent plans to spend $35 million "
     "to expand its laboratory in Cambridge, Massachusetts.",
     [("Ardent Biologics", None, None, "Cork"), ("Ardent Biologics", 35_000_000, "USD", "Cambridge")]),
    # A project's total beside the company's own sum is not a second deal.
    ("Chips\n\nThey join Micron Technology Inc, whose plant at Sanand is under construction. The US company is "
     "putting $825 million into the $2.75 billion project.",
     [("Micron Technology", 825_000_000, "USD", None)]),
    # A range is one commitment, up to its top.
    ("Fab plan\n\nCascara Silicon Inc will spend $1-2 billion on a new fab in Ohio.",
     [("Cascara Silicon", 2_000_000_000, "USD", "Ohio")]),
    ("Fab plan\n\nCascara Silicon Inc will invest between $300 million and $500 million in a plant in Ohio.",
     [("Cascara Silicon", 500_000_000, "USD", "Ohio")]),
    # The headline and the body report one commitment: one row, named as the body names it.
    ("Velora To Build $200 Million EV Factory In Vietnam\n\nVelora Motors Corp will spend $200 million on an "
     "electric-vehicle factory in Hai Phong.",
     [("Velora Motors", 200_000_000, "USD", "Hai Phong")]),
    # A headline sum the body gives only as a conversion is the body's commitment: one row, in the body's currency.
    ("Kestrel Data to spend $920 million on Cikarang campus\n\nPT Kestrel Data Tbk plans to invest 15 trillion "
     "rupiah ($920 million) in a data centre campus in Cikarang, West Java, by 2028.",
     [("Kestrel Data", 15_000_000_000_000, "IDR", "Cikarang")]),
    # A home town ("Singapore-based") is not where the money goes.
    ("Campus for Kulai\n\nCobalt Hyperscale Pte Ltd, a Singapore-based developer, will invest US$850 million in a data "
     "centre campus near Kulai.",
     [("Cobalt Hyperscale", 850_000_000, "USD", "Kulai")]),
    # A dateline's agency credit is not the subject.
    ("Battery push\n\nMUMBAI, Jan 12 (Reuters) - Saraswati Industries Ltd will invest Rs 75,000 crore over the "
     "next three years to build a battery gigafactory in Jamnagar.",
     [("Saraswati Industries", 750_000_000_000, "INR", "Jamnagar")]),
    # The parent's possessive names the owner; the apposition names the investor.
    ("Cloud push\n\nNimbus's cloud arm, Nimbus Web Services (NWS), said it plans to invest €15.7 billion in "
     "Aragon through 2033.",
     [("Nimbus Web Services", 15_700_000_000, "EUR", "Aragón")]),
    # A relative clause's investment belongs to its antecedent.
    ("Rivals\n\nIt also faces Chinese rival Daxing Motors Co, who is spending $1.3 billion on a factory in Subang.",
     [("Daxing Motors", 1_300_000_000, "USD", "Subang")]),
    # A town the gazetteer does not know takes the one country its sentence names.
    ("Cloud\n\nNimbus Corp said it would spend 3.2 billion euros on cloud capacity in Germany, much of it around "
     "Kleinwaldheim.",
     [("Nimbus", 3_200_000_000, "EUR", None)]),
    # Joint subjects each carry the total.
    ("Ammonia plant for Oman\n\nSahar Energy SAOG and Verhoeven Energy NV will invest OMR 1.1 billion "
     "in a green ammonia plant at Sohar.",
     [("Sahar Energy", 1_100_000_000, "OMR", "Sohar"), ("Verhoeven Energy", 1_100_000_000, "OMR", "Sohar")]),
    # A round: the lead invests the sum, the other backers a deal with none, the raiser none; the money goes
    # to the raiser's base (the dateline) when no other place is named.
    ("Round\n\nLAGOS, Sept 9 — Coldbox Africa, a start-up that serves fish traders, has raised $18 million in a "
     "Series A round led by Baobab Growth Partners, with participation from Kora Ventures, the company said.",
     [("Baobab Growth Partners", 18_000_000, "USD", "Lagos"), ("Kora Ventures", None, None, "Lagos")]),
    # A round whose lead and backers the next sentences name: the raiser has no deal, each backer one, and a
    # backer's own sum (in a later sentence) goes to the round's place, not to the backer's home.
    ("Mill round\n\nOSLO, March 3 — Fjellvik Stål AS has raised NOK 2.1 billion in new equity to build a "
     "steel mill near Mo i Rana. The round was led by Boreal Transition Partners, with Denmark's Skovhus "
     "Energi A/S and Sweden's Lindqvist Kraft AB joining. Existing shareholder Havørn Capital also took part. "
     "Lindqvist Kraft alone put in SEK 300 million, it said.",
     [("Boreal Transition Partners", 2_100_000_000, "NOK", None), ("Skovhus Energi", None, None, None),
      ("Lindqvist Kraft", 300_000_000, "SEK", "Mo i Rana"), ("Havørn Capital", None, None, None)]),
    # "It" after a round is the company that raised it, not the backers just named.
    ("Freight round\n\nJAKARTA, May 2 — Trukio Logistics Pte Ltd said it has raised $40 million in a Series B "
     "round led by Merapi Growth Fund. Existing investors Kawi Ventures and Lontar Capital also joined the round. "
     "The company plans to spend $12 million of the money on a hub in Surabaya.",
     [("Merapi Growth Fund", 40_000_000, "USD", None), ("Kawi Ventures", None, None, None),
      ("Lontar Capital", None, None, None), ("Trukio Logistics", 12_000_000, "USD", "Surabaya")]),
    # Backers joining in a later sentence, one named before the other's home ("A and Cairo-based B"), though
    # the parser hangs the first name on the second.
    ("Grain round\n\nNAIROBI, May 6 — Kenyan agritech startup Mavuno Grain has raised $12 million in a Series A "
     "round led by pan-African venture firm Baobab Growth Partners, the company said. Japan's Kiyose Capital and "
     "Lagos-based Delta Ridge Ventures joined the round, alongside existing investor Tana Seed Fund, which led its "
     "seed round in 2023.",
     [("Baobab Growth Partners", 12_000_000, "USD", None), ("Kiyose Capital", None, None, None),
      ("Delta Ridge Ventures", None, None, None), ("Tana Seed Fund", None, None, None)]),
    # A venture owned by two partners that "each contribute" a sum: each partner's deal carries the share, the
    # venture none.
    ("Recycling venture\n\nOSAKA, June 4 — Kansai Shoji K.K. and Hokuriku Alloy Co said on Monday they would "
     "build a copper recycling plant in Sakai for 24 billion yen. The plant will be run by a new company, Sakai "
     "Circular K.K., owned 50:50 by the two partners, which will each contribute 12 billion yen.",
     [("Kansai Shoji", 12_000_000_000, "JPY", None), ("Hokuriku Alloy", 12_000_000_000, "JPY", None)]),
    # A later sum of one partner alone ("the company would also spend") is that partner's only.
    ("Ammonia\n\nSahar Energy SAOG and Verhoeven Energy NV said they would build a green ammonia plant at Sohar for "
     "OMR 1.1 billion. Sahar chief executive Salim Al Harthy said the company would also spend OMR 40 million on "
     "a jetty in Duqm.",
     [("Sahar Energy", 1_100_000_000, "OMR", None), ("Verhoeven Energy", 1_100_000_000, "OMR", None),
      ("Sahar Energy", 40_000_000, "OMR", None)]),
    # "The venture, to be called X, will invest": the partners that set it up carry the total, the venture none.
    ("Cold stores\n\nMUSCAT, Feb 2 — Sohar Foods SAOG and Kuwait Chill Co said on Tuesday they would set up a "
     "joint venture to build cold stores in Sohar. The venture, to be called SoharChill LLC, will invest OMR "
     "40 million over five years. Sohar Foods will own 60% and Kuwait Chill 40%.",
     [("Sohar Foods", 40_000_000, "OMR", None), ("Kuwait Chill", 40_000_000, "OMR", None)]),
    # A venture "with" a partner, each side putting in a sum: both invest it.
    ("Electrolyzers\n\nDaegu Power Co said it would set up a 50-50 venture with Germany's Elbwerk Anlagenbau "
     "GmbH to sell electrolyzers in Asia, with each side putting in 40 billion won.",
     [("Daegu Power", 40_000_000_000, "KRW", None), ("Elbwerk Anlagenbau", 40_000_000_000, "KRW", None)]),
    # Money raised with no round named, to build: the company's own commitment.
    ("Sites\n\nThistle Data Ltd, a Leeds start-up, has raised GBP 120 million to build two data-centre sites in "
     "Yorkshire.",
     [("Thistle Data", 120_000_000, "GBP", "Yorkshire")]),
    # The raiser spends part of the round itself: "the company" is it, and a CEO (whatever the NER makes of the
    # name) speaks for it.
    ("Farm round\n\nPune-based Krishiyan Agritech Pvt Ltd has raised Rs 200 crore in a Series B round led by "
     "Sahyadri Capital, the company said. The company will use Rs 50 crore from the round to build 20 collection "
     "centres with cold rooms across Maharashtra by March 2027, co-founder and CEO Aditi Kulkarni said.",
     [("Sahyadri Capital", 2_000_000_000, "INR", "Pune"), ("Krishiyan Agritech", 500_000_000, "INR", None)]),
    # A follow-on spend by the company's first word alone ("Lakeside will also spend"), even where another
    # company shares that word (the parent "Orvik Holding"): the company named in full before.
    ("Sugar\n\nNAIROBI — Lakeside Agro Processors Ltd will build an ethanol plant in Kisumu for KSh 2 billion, "
     "managing director Jane Otieno said. Lakeside will also spend a further KSh 300 million over three years to "
     "help outgrowers in Muhoroni replant cane, she added.",
     [("Lakeside Agro Processors", 2_000_000_000, "KES", "Kisumu"),
      ("Lakeside Agro Processors", 300_000_000, "KES", "Muhoroni")]),
    ("Gears\n\nORVIK, May 3 — Orvik Antriebe GmbH, a unit of Orvik Holding SE, will buy a gear plant in Brno for "
     "€80 million. Orvik will also invest €20 million in a test bench at its plant in Pilsen.",
     [("Orvik Antriebe", 80_000_000, "EUR", "Brno"), ("Orvik Antriebe", 20_000_000, "EUR", "Pilsen")]),
    # ... but a dateline's city is no company's first word ("KARACHI, Feb 3 —" is not "Karachi Gateway Terminal").
    ("Gulf Ports to spend $250 million at Karachi Gateway Terminal\n\nKARACHI, Feb 3 — Gulf Ports Group PJSC will "
     "invest $250 million over five years to deepen berths at the container terminal it runs in Karachi, Pakistan's "
     "Minister for Maritime Affairs, Qaiser Ahmed Sheikh, said on Monday. The terminal is run by Karachi Gateway "
     "Terminal Ltd, a unit of Gulf Ports.",
     [("Gulf Ports Group", 250_000_000, "USD", None)]),
    # A later range ("P1.2 billion to P1.5 billion") is a sum of its own, not a split of the earlier purchase.
    ("Bananas\n\nMANILA — Orchard Holdings Inc said it had agreed to buy a 60% stake in Tagum Fruit Corp for "
     "P4.8 billion. Orchard Holdings said it would also spend P1.2 billion to P1.5 billion over three years to "
     "replant farms in General Santos.",
     [("Orchard Holdings", 4_800_000_000, "PHP", None), ("Orchard Holdings", 1_500_000_000, "PHP", "General Santos")]),
    # The total of projects an authority approved is no one's commitment, even beside companies' plans.
    ("Approvals\n\nTAIPEI — Jinhua Circuit Co said it would build a plant in Rayong. Zhenfeng Technology Holding "
     "Corp, Unitek Circuit Co and Tripod Board Co have all announced Thai plants in the past three years, and "
     "Thailand's Board of Investment (BOI) approved PCB projects worth 180 billion baht in 2023 and 2024.",
     [("Jinhua Circuit", None, None, "Rayong")]),
    # A purchase agreed with no sum given is a deal with none, placed where the business bought is.
    ("Pumps\n\nIn a separate transaction, Orvik Antriebe GmbH has agreed to buy the pump business of Dutch supplier "
     "Kestrel Pompen N.V. in Hengelo for an undisclosed amount.",
     [("Orvik Antriebe", None, None, "Hengelo")]),
    # "its wholly-owned subsidiary, Y, will invest": the subsidiary (the word "subsidiary" is no subsidy).
    ("Kedah Moulding to invest RM300 million in Kulim plant\n\nKUALA LUMPUR, 14 April 2025 – Kedah Moulding Holdings "
     "Berhad today announced that its wholly-owned subsidiary, Kedah Moulding Engineering Sdn Bhd, will invest "
     "RM300 million in a new manufacturing facility in Kulim over the next five years.",
     [("Kedah Moulding Engineering", 300_000_000, "MYR", "Kulim")]),
    # A lender named in the sentence before is not what "the Group" means.
    ("Warehouses\n\nHONG KONG — Tidewater Holdings Ltd said it would buy three warehouses in Tsuen Wan for HK$2 "
     "billion. The consideration will be funded by internal resources and a term loan from Orion Banking Corp. "
     "In addition, the Group will invest RMB500 million to build a distribution centre in Qianhai, Shenzhen.",
     [("Tidewater Holdings", 2_000_000_000, "HKD", None), ("Tidewater Holdings", 500_000_000, "CNY", None)]),
    # A venture's total, then each partner's share in a later sentence: the share replaces the total.
    ("Depot for Bac Ninh\n\nHANOI — Lam Son Logistics JSC and Daewon Haulage Co will build a bonded depot in Bac Ninh "
     "province at a cost of 4.6 trillion dong. Under the agreement, Daewon will contribute 2.8 trillion dong and "
     "Lam Son the remaining 1.8 trillion dong.",
     [("Daewon Haulage", 2_800_000_000_000, "VND", None), ("Lam Son Logistics", 1_800_000_000_000, "VND", None)]),
    # A project's cost split between the company's own cash and a grant: the company's deal is its share.
    ("Foundry\n\nTeesbank Alloys Ltd today announced a £75 million investment in a new foundry in Middlesbrough. "
     "Of the total, £60 million will be funded by Teesbank from its own cash, and £15 million comes from a grant.",
     [("Teesbank Alloys", 60_000_000, "GBP", "Middlesbrough")]),
    # The fund a company raises money from invests it.
    ("Plant money\n\nKaveri Drivetrains Ltd will build a motor plant in Hosur. Its managing director said the company "
     "was raising Rs 900 crore from private equity firm Palani Capital Partners to part-fund the plant.",
     [("Kaveri Drivetrains", None, None, None), ("Palani Capital Partners", 9_000_000_000, "INR", None)]),
    # A placing with no lead: each backer a deal with no sum, the company raising the money none.
    ("Placing\n\nNorwick Biologics plc raised £90m from investors including Aldgate Capital and Fenmoor Ventures "
     "in a share placing in June to fund its plant in Swansea.",
     [("Aldgate Capital", None, None, None), ("Fenmoor Ventures", None, None, None)]),
    # "The two companies" are the partners just named; each carries the total, and the money goes where the
    # venture is, not to a partner's home ("Japan's").
    ("Venture\n\nIn a separate agreement, Hsiang Materials Corp and Japan's Kanto Resist Co will set up a joint venture "
     "to make process chemicals at the Nanzih Technology Industrial Park in Kaohsiung. The two companies will invest "
     "a total of NT$4 billion in the venture.",
     [("Hsiang Materials", 4_000_000_000, "TWD", "Nanzih Technology Industrial Park"),
      ("Kanto Resist", 4_000_000_000, "TWD", "Nanzih Technology Industrial Park")]),
    # A speaker named short ("Vesterkraft") whose full name came before is the "it" that invests.
    ("Power\n\nElectricity will come partly from Vesterkraft AS, Norway's state-owned power producer, under a supply "
     "contract. Vesterkraft separately said it would spend NOK 3 billion on new wind capacity in Finnmark.",
     [("Vesterkraft", 3_000_000_000, "NOK", "Finnmark")]),
    # "The US company" is the one company the previous sentence named, though not as its subject; "US" is its home.
    ("Chips\n\nKorvel Power Ltd is controlled by the Arun Group. They join Cascara Silicon Inc, whose plant at Sanand "
     "is under construction. The US company is putting $825 million into the $2.75 billion project.",
     [("Cascara Silicon", 825_000_000, "USD", None)]),
    # A sum on a plant "to be set up by X in a joint venture with A": X and its partner each carry the total.
    ("Chips\n\nThe third project is a Rs 7,600 crore packaging plant at Sanand, also in Gujarat, to be set up by "
     "Korvel Power and Industrial Solutions Ltd in a joint venture with Japan's Hoshida Electronics Corporation.",
     [("Korvel Power and Industrial Solutions", 76_000_000_000, "INR", None),
      ("Hoshida Electronics", 76_000_000_000, "INR", None)]),
    # A venture named only to say where the money goes gives its partner no deal.
    ("Lines\n\nKestrel SDI Co plans to spend 1.5 trillion won converting lines at StarCell Energy, its joint venture "
     "with Orvane Motors in Kokomo, Indiana.",
     [("Kestrel SDI", 1_500_000_000_000, "KRW", None)]),
    # No sum, still a commitment: a company building a facility in a named place.
    ("Park for Kulai\n\nLintang Power Bhd is building an AI-focused data centre park in Kulai.",
     [("Lintang Power", None, None, "Kulai")]),
    ("Saltillo plant\n\nGrupo Alameda SA said it would build a new appliance factory in Saltillo.",
     [("Grupo Alameda", None, None, "Saltillo")]),
    # Fitting new equipment at a named mill, converting part of a named plant: commitments with no sum.
    ("Furnace\n\nSteelmaker Aranzadi Aceros SA plans to fit a new electric arc furnace at its mill in Basauri.",
     [("Aranzadi Aceros", None, None, "Basauri")]),
    ("Cells\n\nKestrel Energy Ltd said last month it would convert part of its plant in Holland, Michigan, to make "
     "cells for storage systems.",
     [("Kestrel Energy", None, None, None)]),
    # A home given by an apposition ("a maker based in Hefei") is not where the money goes ...
    ("EV plant\n\nHengda Auto Co, a smaller maker based in Hefei, said it would invest 5 billion baht in a plant in "
     "Chonburi province over the next three years.",
     [("Hengda Auto", 5_000_000_000, "THB", "Chonburi")]),
    # ... but a company that "is based in" a town and expands "there" spends it at home.
    ("Helicopters\n\nDaeyang Aerospace Co is also based in Sacheon and has announced its own 400 billion won "
     "expansion there.",
     [("Daeyang Aerospace", 400_000_000_000, "KRW", "Sacheon")]),
    # A converted range is one commitment: the conversion's top is no second deal.
    ("Lines\n\nKestrel SDI Co plans to spend 1-1.5 trillion won ($680 million-$1 billion) converting lines at its "
     "plant in Kokomo, Indiana.",
     [("Kestrel SDI", 1_500_000_000_000, "KRW", None)]),
    # A later sentence quoting the converted figure restates the same commitment.
    ("Servers\n\nHengxin Servers Co will invest NT$32 billion (about US$1.07 billion) in a plant in Texas. An "
     "analyst said Hengxin's US$1.07 billion commitment was roughly two years of its net profit.",
     [("Hengxin Servers", 32_000_000_000, "TWD", "Texas")]),
    # A later mention the entity layer leaves unmarked is still the company its short name stands for.
    ("Chips\n\nSouth Korea's HJ hynix Inc is building a packaging plant in West Lafayette, Indiana. Back home, HJ "
     "hynix is also pouring about KRW 20 trillion into its new fab in Cheongju.",
     [("HJ hynix", None, None, "West Lafayette"), ("HJ hynix", 20_000_000_000_000, "KRW", "Cheongju")]),
    ("Cells\n\nNingde Amperex Technology Co. Ltd (NATL) picked Debrecen for its second plant. NATL is building a "
     "€7.3 billion plant on the southern edge of Debrecen, its largest outside China.",
     [("Ningde Amperex Technology", 7_300_000_000, "EUR", None)]),
    # With no place named, a business bought or invested in gives its country by its demonym.
    ("Buyout\n\nHarlow Utilities Ltd agreed this week to buy Australian power retailer Bindara Energy for "
     "A$6.5 billion, its largest acquisition.",
     [("Harlow Utilities", 6_500_000_000, "AUD", "Australia")]),
    ("Warehouses\n\nOrlan Cloud Inc said it would put EUR 1.2 billion into its French logistics operations.",
     [("Orlan Cloud", 1_200_000_000, "EUR", "France")]),
    # "worth"/"valued at" giving a commitment's size is no valuation.
    ("Chennai\n\nThe investment by Kestrel Technology Group, worth $1 billion, will go into a new factory in "
     "Chennai.",
     [("Kestrel Technology Group", 1_000_000_000, "USD", "Chennai")]),
    ("Solar\n\nHarlow Power rose 1.5% after the utility said it had signed agreements to develop solar projects "
     "worth $2.5 billion in the Bukhara region.",
     [("Harlow Power", 2_500_000_000, "USD", "Bukhara")]),
    # "The company's board approved": the board decides for the company that owns it.
    ("Steel\n\nKestrel Steel Ltd said demand was strong. The company's board approved an investment of "
     "Rs 5,000 crore for a new blast furnace at Jamshedpur.",
     [("Kestrel Steel", 50_000_000_000, "INR", "Jamshedpur")]),
    # The home of the business invested in ("in Indonesia's X") is where the money goes.
    ("Bank\n\nKestrel Financial Group Inc will invest $1.5 billion in Indonesia's Bank Harapan.",
     [("Kestrel Financial Group", 1_500_000_000, "USD", "Indonesia")]),
    # "The investment, worth ...", "The plant will cost ...": the commitment just reported, by its investor.
    ("Plant\n\nSiam Kestrel Motors Corp announced plans for a plant in Chonburi on Monday.\n\nThe investment, worth "
     "10 billion baht, will create 2,000 jobs.",
     [("Siam Kestrel Motors", 10_000_000_000, "THB", "Chonburi")]),
    # "a $300 million project by X": the company "by" names on the sum's noun.
    ("Approval\n\nThailand's Board of Investment said on Monday it had approved a $300 million project by Siam "
     "Kestrel Motors Corp to build a plant in Rayong.",
     [("Siam Kestrel Motors", 300_000_000, "USD", "Rayong")]),
    # A plain list of investors: each carries the sum.
    ("Three\n\nSiam Kestrel Motors Corp, Harlow Batteries Ltd and Orvane Steel Co will each invest $100 million in "
     "the Rayong plant.",
     [("Siam Kestrel Motors", 100_000_000, "USD", "Rayong"), ("Harlow Batteries", 100_000_000, "USD", "Rayong"),
      ("Orvane Steel", 100_000_000, "USD", "Rayong")]),
    # ... but "X, Y's unit," is an owner, not a list.
    ("Unit\n\nHengxin Servers Corp., Orvane's cloud-server unit, is taking a different route. It said in April it "
     "would invest US$300 million in a plant in Apodaca.",
     [("Hengxin Servers", 300_000_000, "USD", "Apodaca")]),
    # Each sum takes the place in its own phrase.
    ("Two countries\n\nSiam Kestrel Motors Corp will invest $300 million in Vietnam and $200 million in Indonesia "
     "over three years.",
     [("Siam Kestrel Motors", 300_000_000, "USD", "Vietnam"), ("Siam Kestrel Motors", 200_000_000, "USD", "Indonesia")]),
    # A running total is no new commitment; the conversion of a sum that describes a noun is no second deal.
    ("Further\n\nSiam Kestrel Motors Corp will invest a further $300 million in its Rayong plant, bringing its total "
     "investment in Thailand to $1 billion.",
     [("Siam Kestrel Motors", 300_000_000, "USD", "Rayong")]),
    ("Gigafactory\n\nNordcell AB will build a gigafactory in McMasterville. The C$7 billion project (about US$5.1 "
     "billion) was called the biggest private investment in the province's history.",
     # One commitment: the facility reported first, its sum in the next sentence.
     [("Nordcell", 7_000_000_000, "CAD", "McMasterville")]),
    ("Banks\n\nKestrel Solar Ltd will build a plant. The plant is expected to cost $3.2 billion, with about $2.1 "
     "billion from banks.",
     [("Kestrel Solar", 3_200_000_000, "USD", None)]),
    # A demonym in the apposition of the business bought.
    ("Buyout\n\nSiam Kestrel Motors Corp will acquire Harlow Batteries Ltd, a Thai battery maker, for $300 million.",
     [("Siam Kestrel Motors", 300_000_000, "USD", "Thailand")]),
    # The facility may be the second of two objects: "a milk powder and long-life milk plant".
    ("Dairy\n\nNAKURU, Kenya — Kestrel Creameries Ltd will build a milk powder and long-life milk plant in Nakuru, "
     "the company's managing director said on Thursday.",
     [("Kestrel Creameries", None, None, "Nakuru")]),
    # Each sum takes the place of its own clause, not one in another sum's phrase or another clause.
    ("Two sites\n\nOrlan Cloud Inc is expanding in Southeast Asia. The U.S. firm said it would spend $500 million on "
     "a data centre in Johor and another $300 million in Batam, Indonesia.",
     [("Orlan Cloud", 500_000_000, "USD", "Johor"), ("Orlan Cloud", 300_000_000, "USD", "Batam")]),
    ("Two investors\n\nOrlan Cloud Inc will invest $500 million in a data centre in Johor, and Harlow Networks Ltd "
     "will put $200 million into a cable landing station in Penang.",
     [("Orlan Cloud", 500_000_000, "USD", "Johor"), ("Harlow Networks", 200_000_000, "USD", "Penang")]),
    # "pumping ... into" commits money.
    ("Pump\n\nOrlan Cloud Inc is pumping $500 million into its operations in Johor.",
     [("Orlan Cloud", 500_000_000, "USD", "Johor")]),
    # A sale to a named buyer is the buyer's purchase, placed where the business sold is.
    ("Sale\n\nKestrel Group Ltd agreed to sell its Thai unit to Harlow Holdings Ltd for $500 million.",
     [("Harlow Holdings", 500_000_000, "USD", "Thailand")]),
    # The "won" of a sum in won is no verb.
    ("Line\n\nHanbit Energy Ltd said it would invest 1 trillion won in a new battery line at its Ochang plant.",
     [("Hanbit Energy", 1_000_000_000_000, "KRW", None)]),
    # Facilities with no sum: announced, planned, started, chosen for, invested in; each listed place a deal.
    ("Announced\n\nKestrel Motors Corp announced a new plant in Rayong.", [("Kestrel Motors", None, None, "Rayong")]),
    ("Planned\n\nKestrel Motors Corp plans a new factory in Rayong.", [("Kestrel Motors", None, None, "Rayong")]),
    ("Started\n\nKestrel Motors Corp has started construction of a battery plant in Rayong.",
     [("Kestrel Motors", None, None, "Rayong")]),
    ("Chosen\n\nKestrel Motors Corp chose Rayong for its new plant.", [("Kestrel Motors", None, None, "Rayong")]),
    ("Undisclosed\n\nKestrel Motors Corp will invest in a new plant in Rayong, but did not disclose the amount.",
     [("Kestrel Motors", None, None, "Rayong")]),
    ("Listed\n\nKestrel Motors Corp will build plants in Rayong and Chonburi.",
     [("Kestrel Motors", None, None, "Rayong"), ("Kestrel Motors", None, None, "Chonburi")]),
    # "it" in a person's speech is the company of the person's title, not the article's last subject.
    ("Fund\n\nKestrel Capital Ltd (KCL) owns the project. The Gazette Ltd reported the cuts. But KCL chairman Yasir "
     "Al-Rumayyan told a conference in Riyadh that the firm is re-prioritising projects, and that it will inject "
     "SR 18.75 billion into the Oxagon port this year.",
     [("Kestrel Capital", 18_750_000_000, "SAR", None)]),
    # A sentence with no sum and no company name ("It is building ...") is not parsed; its "it" is the last
    # subject and its words in order still say what is built where.
    ("Africa\n\nSaudi Arabia's Harlow Power has become one of the continent's largest renewable developers. It is "
     "building a 1.1-gigawatt wind farm on the Gulf of Suez.",
     [("Harlow Power", None, None, "Gulf of Suez")]),
    ("Rayong\n\nKestrel Motors Corp makes scooters in Vietnam. The company will also build a plant in Rayong, "
     "Thailand.",
     [("Kestrel Motors", None, None, "Rayong")]),
    # A part of the commitment ("including ... this year") or the whole a sentence splits is no deal of its own.
    ("Phases\n\nKestrel Motors Corp will spend RM2 billion over five years, including RM500 million this year, on "
     "its plant in Kulim.",
     [("Kestrel Motors", 2_000_000_000, "MYR", "Kulim")]),
    ("Split\n\nOf the RM2 billion, Kestrel Motors Corp will invest RM1.2 billion and Harlow Steel Ltd the rest, in "
     "Kulim.",
     [("Kestrel Motors", 1_200_000_000, "MYR", "Kulim")]),
    # A project's cost beside the company's own payment is no second deal.
    ("Packaging\n\nCascara Silicon Inc's assembly and test plant at Sanand, about 100 km away, is costed at $2.75 "
     "billion; the American company is paying $825 million, with the state covering the rest.",
     [("Cascara Silicon", 825_000_000, "USD", None)]),
    # "in the north-west of the kingdom": the country the sentence named as the company's home.
    ("Hydrogen\n\nIn Qatar, the plan is older. Saudi Arabia's Harlow Green Hydrogen Company is due to start production "
     "at its $8.4 billion plant in the north-west of the kingdom.",
     [("Harlow Green Hydrogen", 8_400_000_000, "USD", "Saudi Arabia")]),
    # "Singapore-listed companies" the money goes into: their home is where it goes.
    ("Fund\n\nKestrel Holdings, the state investor, said it would commit S$1 billion to a new fund that will invest "
     "in smaller Singapore-listed companies.",
     [("Kestrel Holdings", 1_000_000_000, "SGD", "Singapore")]),
    # Partners named "together with" the investor carry the venture's total too.
    ("Nickel\n\nKestrel Nickel Ltd is building a leach plant in Pomalaa together with Harlow Cobalt Co and Orvane "
     "Motor Co, with a value of about US$4.5 billion.",
     [("Kestrel Nickel", 4_500_000_000, "USD", None), ("Harlow Cobalt", 4_500_000_000, "USD", None),
      ("Orvane Motor", 4_500_000_000, "USD", None)]),
    # A participle's aside ("ending months of speculation") does not hedge the commitment.
    ("Confirmed\n\nKestrel Motors Corp confirmed it will invest $300 million in a plant in Ohio, ending months of "
     "speculation.",
     [("Kestrel Motors", 300_000_000, "USD", "Ohio")]),
    # A deal no sentence places goes to the one country the article names (none other set apart).
    ("Scooters\n\nKestrel Motors Corp said it would spend $300 million on new capacity. Its scooter sales in "
     "Thailand rose 5% last year.",
     [("Kestrel Motors", 300_000_000, "USD", "Thailand")]),
    # A hedge hedges only the commitment's own clauses: not a modal on another verb ("betting that servers would
    # stay exempt", "did not say how much it would spend"), nor a forecast inside a relative clause.
    ("Servers\n\nHengxin Servers Co said it would invest US$300 million in a plant in Apodaca, betting that "
     "servers shipped under the trade pact would stay exempt from tariffs.",
     [("Hengxin Servers", 300_000_000, "USD", "Apodaca")]),
    ("Chargers\n\nNajd Power Co said it had earmarked 4.5 billion riyals for 5,000 fast chargers in Riyadh, a "
     "programme that one consultancy estimates could create 12,000 jobs.",
     [("Najd Power", 4_500_000_000, "SAR", "Riyadh")]),
    ("Cooling\n\nLintang Thermal Co said in March it would set up a line in Mexico, but did not say where or how "
     "much it would spend.",
     [("Lintang Thermal", None, None, "Mexico")]),
    # Tax equity is equity put into a project for its tax credits, not a tax.
    ("Solar financing\n\nKerrow Financial Group has committed $120 million of tax equity to the project in Webb "
     "County, Texas.",
     [("Kerrow Financial Group", 120_000_000, "USD", "Webb County")]),
    # A lede's "A <descriptor>" is the company the story names later as its subject.
    ("Coatings firm to create jobs\n\nA family-owned coatings manufacturer is to create 160 jobs in Wales after "
     "announcing a £48m expansion of its factory in Llanelli. Morfa Coatings said the work would start in spring.",
     [("Morfa Coatings", 48_000_000, "GBP", "Llanelli")]),
    # A denial in the first of two coordinated clauses does not hedge the commitment the second confirms.
    ("Lianfa confirms expansion\n\nHong Kong-listed Lianfa Precision Industries on Monday dismissed a media report "
     "that it planned to spend US$500 million on a factory in northern Vietnam, but confirmed that it would invest "
     "900 million ringgit (HK$1.6 billion) to expand its plant in Penang, Malaysia, over the next two years.",
     [("Lianfa Precision Industries", 900_000_000, "MYR", "Penang")]),
    # A company's own facility sized by the sum, in a list of approved projects with no verb of investing.
    ("BOI approvals\n\nThe largest is Solaria Verde Power Corp.'s ₱38.2 billion, 620-megawatt solar farm with "
     "battery storage in Capas, Tarlac, which is expected to start supplying the Luzon grid in 2027.",
     [("Solaria Verde Power", 38_200_000_000, "PHP", "Capas")]),
    # The company's own share of a cost is its commitment; the rest, "coming from a ... grant", is public money.
    ("Packaging jobs\n\nAshby Marsh Holdings will build a £62m factory in Wrexham. The group will put £48m of its "
     "own money into the project, with the remaining £14m coming from a Welsh Government grant.",
     [("Ashby Marsh Holdings", 48_000_000, "GBP", "Wrexham")]),
    # "the estimated cost" sizes the company's own plan; it is no one's guess at it.
    ("Hydrogen cost\n\nMADRID, 18 February - Spanish renewables developer Grupo Ardales has raised the estimated "
     "cost of its green hydrogen complex in Almería to €1.35 billion from the €980 million it announced in 2023, "
     "citing higher prices for electrolysers, and its board has approved the project's second phase.",
     [("Grupo Ardales", 1_350_000_000, "EUR", "Almería")]),
    # A board's approval of a company's project: the owner of what the sum sizes, down its "of" chain; a clause
    # "to be completed by 2026" is still to come, whatever later year the article names.
    ("BOI approvals\n\nMAKATI CITY - The Board of Investments approved five projects worth ₱86.4 billion. The board "
     "also approved the ₱11.5 billion expansion of the semiconductor assembly and test plant of Ridgemont Electronics "
     "Philippines Inc., the local unit of US-based Ridgemont Electronics Corp., in Calamba, Laguna, to be completed "
     "by 2026. A solar farm in Capas is to supply the grid in 2027.",
     [("Ridgemont Electronics Philippines", 11_500_000_000, "PHP", "Calamba")]),
    # "a raising by X": X takes the money in; the cornerstone investor puts it in.
    ("Lithium raising\n\nMelbourne-based resources investor Kensington Reid has emerged as the cornerstone of a "
     "$145 million equity raising by lithium developer Tallering Minerals, and will become its largest shareholder. "
     "The raising was led by Kensington Reid, which will end up with 19.9 per cent of the company.",
     [("Kensington Reid", 145_000_000, "AUD", None)]),
    # An indefinite descriptor subject ("A Finnish maker") is no speaker's "it": the company named later.
    ("Pump plant\n\nDAR ES SALAAM, Oct 2 — A Finnish maker of solar-powered water pumps will build a TSh98 billion "
     "($38 million) assembly plant in Morogoro, the Tanzania Investment Centre (TIC) said on Thursday.\n\nThe "
     "investor, Kaarna Flow Oy, is based in Tampere and makes pumps that run on solar panels.",
     [("Kaarna Flow", 98_000_000_000, "TZS", "Morogoro")]),
    # A round's backers listed with a home between the names ("Norway's"): each backs the round.
    ("Agritech round\n\nPUNE - KrishiYantra has raised Rs 340 crore in a Series B round led by Banyan Peak Capital. "
     "The round also saw participation from Sarvodaya Ventures, Norway's Fjord Impact Fund and Tata Capital.",
     [("Banyan Peak Capital", 3_400_000_000, "INR", None), ("Sarvodaya Ventures", None, None, None),
      ("Fjord Impact Fund", None, None, None), ("Tata Capital", None, None, None)]),
    # A phase's sum beside the full build-out's is part of one commitment, which carries the full sum.
    ("Takamine Seiki picks South Carolina for $480 million EV motor plant\n\nTakamine Seiki America Inc. will build "
     "an electric-vehicle drive motor plant in Rock Hill, South Carolina, investing $220 million in an initial phase "
     "and up to $480 million when the site is fully built out, company and state officials said.",
     [("Takamine Seiki America", 480_000_000, "USD", "Rock Hill")]),
]

# Not deals: forecasts, GDP, revenue, valuations, rumours, denials, cancellations,
# hypotheticals, fines, salaries and prices.
_NOT_DEALS = [
    ("Impact\n\nThe Kestrel Group plant could add $3.2 billion to the economy by 2030.", "economic-impact forecast"),
    ("Growth\n\nKestrel Group said Vietnam's GDP reached $430 billion last year.", "GDP figure"),
    ("Results\n\nKestrel Group reported revenue of $12 billion for the year.", "revenue"),
    ("Valuation\n\nKestrel Group is valued at $40 billion after the round.", "valuation"),
    ("Rumour\n\nKestrel Group is reportedly weighing a $2 billion plant in Penang, people familiar said.", "rumour"),
    ("Denial\n\nKestrel Group denied it plans to invest $5 billion in a Johor data centre.", "denial"),
    ("MoUs\n\nUnder the fourth MoU, the Saudi Industrial Development Fund will provide financing of up to SAR 600 "
     "million to Masarat Logistics to build cold-storage warehouses.", "a lender's financing"),
    ("Ammonia\n\nHelios Austral said it had not yet taken an investment decision on a US$5 billion ammonia project "
     "near Punta Arenas.", "no investment decision"),
    ("Tax relief\n\nKellermann Fahrzeugtechnik GmbH will get an income tax exemption of up to PLN 160 million for "
     "its investment in Rzeszów.", "tax exemption"),
    ("Closure costs\n\nKellermann Fahrzeugtechnik GmbH has set aside EUR 48 million for restructuring and severance "
     "at its plant in Homburg.", "restructuring provision"),
    ("Closure\n\nAnother pea processor, Westfield Pulse Ingredients, closed its plant in Alberta in 2023 and wrote off "
     "about C$90 million.", "write-off"),
    ("Scrapped\n\nKestrel Group has scrapped plans to build a $1 billion plant in Ulsan.", "cancellation"),
    ("Maybe\n\nKestrel Group might invest $1 billion in Poland if subsidies are approved.", "hypothetical"),
    ("Fine\n\nKestrel Group was ordered to pay a fine of $300 million by regulators.", "fine"),
    ("Pay\n\nKestrel Group will pay its chief executive a salary of $2 million.", "salary"),
    ("Prices\n\nKestrel Group shares rose 2% to $212 in Taipei.", "price"),
    ("Lenders\n\nTabuk Bank and Gulf Credit Co have agreed to provide SAR 300 million of project financing.",
     "project financing from banks"),
    ("Analysts\n\nAnalysts at Brightwater Securities said Kestrel Group would spend about $400 million on the plant.",
     "analysts' view"),
    ("Old sale\n\nKestrel Group sold its stake in Kestrel Card to Orion Financial Group last year for 820 billion won.",
     "a sale told as history"),
    ("Per share\n\nLithium miner Kestrel Resources backed a A$1.15-a-share takeover by Orion Capital.", "price per share"),
    ("Pulp\n\nKestrel Pulp said pulp prices had fallen to about $560 a tonne in China.", "price per tonne"),
    ("Sukuk\n\nKestrel Group said the money would come from internal funds and a RM300mil sukuk programme arranged "
     "by Orion Investment Bank Bhd.", "sukuk"),
    ("Income\n\nKestrel Group said the purchase would add to its rental income, which amounted to HK$1.02 billion for "
     "the year ended 31 December.", "a year's figure"),
    ("Old purchase\n\nOrvik Antriebe GmbH bought the pump business of Kestrel Pompen N.V. in Hengelo in 2019.",
     "a purchase told as history"),
    ("Financing\n\nThe plant will be financed with an AED 600 million Islamic financing facility arranged by "
     "Gulf Crescent Bank.", "financing facility"),
    ("Agency\n\nKessler Aero Ltd will build a wing plant. The Korea Aerospace Administration said separately it "
     "would spend 1.5 trillion won on a rocket programme.", "a public speaker's 'it'"),
    ("Grant\n\nA further £16 million comes from a grant under the Advanced Manufacturing Programme, which is "
     "managed by Halden Bank plc.", "grant"),
    ("Stocks\n\nKestrel Group Bhd rose 2% to RM21.50, while Orvane Bhd added 2.5% to RM4.88.", "share price"),
    ("Backlog\n\nKestrel Energy AG rose 4.4% as demand for turbines from data-centre operators lifted its order "
     "backlog to a record €131 billion.", "order backlog"),
    ("Payouts\n\nKestrel Telecom Ltd has been selling stakes in regional assets and returning cash to shareholders, "
     "which lifted its shares to S$3.90.", "a share price after 'shares to'"),
    ("Flows\n\nForeign investors were net sellers for a sixth week, taking out RM1.2bil, Kestrel Research said.",
     "market outflow"),
    ("Lenders\n\nThe company said Doha Union Bank had agreed to provide QR1.2bn in financing for the plant.",
     "bank financing"),
    ("State money\n\nKestrel Group Ltd confirmed its second plant as Tokyo pledges up to 732 billion yen in subsidies.",
     "the state pays"),
    ("Loan\n\nKestrel Group Ltd lined up an AED 2.2bn syndicated loan from two banks.", "a loan"),
    ("Fund size\n\nHarbour Investment Authority, the emirate's $510 billion wealth fund, said it would invest in Egypt.",
     "a fund's size"),
    ("Old plant\n\nKestrel Group Ltd, which opened a plant in Penang in 2019, makes chips.", "an existing facility"),
    ("Dropped\n\nKestrel Group Ltd said it had dropped plans for a separate 800 billion dong cold-storage project in "
     "Danang.", "dropped plans"),
    ("On hold\n\nKestrel Motors Ltd, by contrast, put on hold a 6 billion baht plant in Chachoengsao.", "put on hold"),
    ("Stake\n\nThe Saudi oil giant signed an agreement to acquire a 10% stake in Bindara Powertrain Ltd for "
     "7.4 billion euros.", "the business bought is no investor"),
    ("Portfolio\n\nKestrel Energy Holdings is a Johannesburg-based power producer. Its portfolio has a combined "
     "investment value of ZAR 14 billion.", "a portfolio's value"),
    ("Lifetime\n\nKestrel Capital Ltd will develop the new city. The prime minister has said the project will draw a "
     "further $150 billion over its lifetime.", "money a project is to draw from others"),
    ("Since\n\nKestrel Group Ltd has invested more than $2 billion in Vietnam since 2010.", "spent so far"),
    ("Buybacks\n\nKestrel Group Ltd spent $300 million on share buybacks last year.", "a buyback"),
    ("Contract\n\nKestrel Group Ltd won a $500 million contract to build a railway in Kenya.", "a contract won"),
    ("Received\n\nKestrel Group Ltd received $500 million from the state to build a plant in Ohio.",
     "money received"),
    ("Sold\n\nKestrel Group Ltd sold its stake in Harlow Mining Ltd for $500 million.", "the seller's proceeds"),
    ("Opened\n\nKestrel Motors Corp, which opened a plant in Rayong in 2019, makes scooters.", "an existing plant"),
    ("Bid\n\nMainland developer Kestrel Jinrong Group had been reported by local media to be preparing a rival 10 "
     "billion yuan bid for a neighbouring site, but the company said on Wednesday it had \"no such plan\".",
     "a reported bid denied"),
    ("Reserves\n\nKestrel Ports Ltd runs the port. The central bank says official reserves have climbed back above "
     "$6 billion.", "'climbed back' is no backing"),
    ("Unparsed hedge\n\nKestrel Motors Corp makes scooters in Vietnam. It could build a plant in Rayong, Thailand.",
     "a hedged build in an unparsed sentence"),
    ("Economy\n\nKestrel Motors Corp will build a plant. The plant, which Kestrel Motors Corp announced last year, is "
     "expected to create 2,000 jobs and add $500 million a year to the state economy.", "an economic-impact figure"),
    ("Partners\n\nOrvane Corp said it expected its partners, including Kestrel Group Ltd, to build up to US$500 "
     "billion of AI infrastructure in the United States.", "a forecast of what others will build"),
    ("Rumour kept\n\nKestrel Group Ltd could invest $2 billion in a plant in Penang, which opened in 2019.",
     "a modal on the commitment's own verb"),
]


@pytest.mark.parametrize("text,place", [
    (next(t for t, _ in _DEALS if "NATL" in t), "China"),
    ("Cloud\n\nOrlan Cloud Inc will invest $2 billion in its largest data centre outside Japan.", "Japan"),
    # The buyer's demonym ("the Japanese utility's") is its home.
    ("Stake\n\nKestrel Power said Harlow Electric Co. has acquired a 40 per cent interest in the wind project for "
     "A$180m, the Japanese utility's largest investment to date.", "Japan"),
], ids=["outside-china", "outside-japan", "buyers-demonym"])
def test_link_a_place_set_apart_is_not_the_deals(nlp, text, place):
    """"its largest outside China": the place the sentence sets apart is not where the money goes."""
    deals = deals_of(nlp, text)
    assert deals and all(d["location"] != place for d in deals), deals


def test_link_unknown_town_takes_its_sentence_country(nlp):
    [deal] = deals_of(nlp, next(t for t, _ in _DEALS if "Kleinwaldheim" in t))
    assert deal["location_country"] == "DE"


def test_link_unknown_town_takes_the_articles_one_country(nlp):
    """A town the gazetteer does not know, in a sentence naming no country: the one country the article names."""
    [deal] = deals_of(nlp, "Steel\n\nKestrel Steel Ltd is the biggest steelmaker in Bangladesh. It will invest "
                           "$300 million in a new plant at Kleinmirsarai.")
    assert (deal["location"], deal["location_country"]) == ("Kleinmirsarai", "BD")


@pytest.mark.parametrize("text,published,timeframe,years", [
    ("Plan\n\nOrchid Foods Bhd will invest RM300 million over the next four years in a plant in Ipoh.", "2024-06-20",
     "over the next four years", (2024, 2028)),
    ("Plan\n\nOrchid Foods Bhd will invest RM300 million in a plant in Ipoh by 2030.", "2024-06-20", "by 2030", (2024, 2030)),
    ("Plan\n\nOrchid Foods Bhd will invest RM300 million in a plant in Ipoh over the next four years.", None,
     "over the next four years", (None, None)),
], ids=["relative", "by-year", "no-publication-date"])
def test_link_timeframe_years_from_publication_date(nlp, text, published, timeframe, years):
    [(_a, _r, [deal])] = list(process(nlp, [Article("t", text, "t.txt", published=published)]))
    assert (deal["timeframe"], deal["start_year"], deal["end_year"]) == (timeframe, *years)


def _matches(deal: dict, want: tuple) -> bool:
    investor, amount, currency, location = want
    return (deal["investor"] == investor and (amount is None or deal["amount"] == amount)
            and (currency is None or deal["currency"] == currency) and (location is None or deal["location"] == location))


@pytest.mark.parametrize("text,expected", _DEALS, ids=[t.split("\n")[0] for t, _ in _DEALS])
def test_link_sentences_yield_their_deals(nlp, text, expected):
    deals = deals_of(nlp, text)
    assert len(deals) == len(expected), deals
    for want in expected:
        assert any(_matches(d, want) for d in deals), (want, deals)


@pytest.mark.parametrize("text,why", _NOT_DEALS, ids=[w for _, w in _NOT_DEALS])
def test_link_non_investments_yield_no_deal(nlp, text, why):
    assert deals_of(nlp, text) == []
