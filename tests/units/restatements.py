"""Documents with bare restatements beside priced figures (issue 27), and what each must report.

Each entry: (name, text, the bare figures that must be reported). A bare restatement is a figure
with a scale word and nothing else ("around 45 billion, per the filing") where the document
prices a figure exactly ten times smaller ("$4.5 billion"): the 亿/billion slip. Decoys: factors
of 100 and 1,000, counts of people, users and parameters, years, ranges, figures with a unit,
bare figures with no priced partner.

DEV was written with the check. HELD_OUT was written after it, before running it, and scored
once (4 of 5 found, no false report); its miss then led to a fix, so it is seen now, and
HELD_OUT_2, written after that, is the unseen set.
"""

DEV = [
    (
        "caption",
        "Chipmaker lifts outlook\n\nThe company said revenue reached $4.5 billion last year.\n\n"
        "Photo: the plant in Hsinchu, which produced around 45 billion, per the filing.\n",
        ["45 billion"],
    ),
    (
        "summary_line",
        "Cloud provider posts record year\n\nAnnual sales rose to $12 billion, the firm said on Tuesday.\n\n"
        "Summary: 120 billion in sales, driven by data centers.\n",
        ["120 billion"],
    ),
    (
        "one_row_table",
        "Results at a glance\n\nOperating income came to $2.4 billion in the quarter.\n\n"
        "| Operating income | 24 billion |\n|---|---|\n",
        ["24 billion"],
    ),
    (
        "headerless_table",
        "Quarter in numbers\n\nThe group booked $3.1 billion of orders.\n\n"
        "| Orders | 31 billion |\n| Staff | 12,000 |\n",
        ["31 billion"],
    ),
    (
        "headline",
        "Startup valued at 300 billion after new round\n\n"
        "The round values the startup at $30 billion, investors said on Monday.\n",
        ["300 billion"],
    ),
    (
        "euro",
        "Carmaker invests in batteries\n\nThe plan commits €2 billion to two new plants.\n\n"
        "Officials welcomed the 20 billion commitment at a press event.\n",
        ["20 billion"],
    ),
    (
        "yuan_word",
        "Retailer expands\n\nIt spent 1.5 billion yuan on new stores.\n\n"
        "A spokesman said the 15 billion outlay would pay back within three years.\n",
        ["15 billion"],
    ),
    (
        "bn_abbreviation",
        "Telecom deal\n\nThe merger is worth $6.5bn including debt.\n\nAnalysts put it at 65bn overall.\n",
        ["65bn"],
    ),
    (
        "same_paragraph",
        "Funding news\n\nThe company raised $800 million, or roughly 8 billion as one outlet put it.\n",
        ["8 billion"],
    ),
    (
        "million_scale",
        "Small lender\n\nThe bank lent $250 million to farmers.\n\nLocal papers reported 2.5 billion instead.\n",
        ["2.5 billion"],
    ),
    (
        "two_restatements",
        "Annual report\n\nRevenue was $7 billion and profit $1.2 billion.\n\n"
        "The summary lists 70 billion and 12 billion without a currency.\n",
        ["70 billion", "12 billion"],
    ),
    (
        "trillion",
        "Market value\n\nThe firm is worth $1.2 trillion on paper.\n\nA blog post claimed 12 trillion.\n",
        ["12 trillion"],
    ),
    (
        "decoy_100x",
        "Grid upgrade\n\nThe utility will spend $4 billion on lines.\n\nThe country as a whole needs 400 billion.\n",
        [],
    ),
    (
        "decoy_1000x",
        "Device maker\n\nThe company earned $5 million last quarter.\n\nIts parent reports 5 billion a year.\n",
        [],
    ),
    (
        "decoy_people",
        "Social network\n\nThe company spent $3 billion on servers.\n\nIt now has 30 billion monthly active users.\n",
        [],
    ),
    (
        "decoy_parameters",
        "Model release\n\nTraining cost about $7 billion.\n\nThe new model has 70 billion parameters.\n",
        [],
    ),
    (
        "decoy_parameter_hyphen",
        "Model release\n\nThe lab raised $4 billion.\n\nIt showed a 40 billion-parameter model.\n",
        [],
    ),
    (
        "decoy_tokens",
        "Training data\n\nThe licence deal cost $1.5 billion.\n\nThe corpus holds 15 billion tokens of text.\n",
        [],
    ),
    (
        "decoy_year",
        "Outlook\n\nThe firm expects $2 billion in 2025.\n\nIn 2026 it expects 2.5 billion more.\n",
        [],
    ),
    (
        "decoy_range",
        "Estimates vary\n\nAnalysts expect $5 billion.\n\nOthers say 40-60 billion in total.\n",
        [],
    ),
    (
        "decoy_unit",
        "Power plant\n\nThe plant cost $9 billion.\n\nIt produces 90 billion kWh a year.\n",
        [],
    ),
    (
        "decoy_no_priced",
        "Population\n\nThe region has 1.4 billion residents and 3 billion trees were planted.\n\n"
        "Some 14 billion was mentioned too.\n",
        [],
    ),
    (
        "decoy_same_value",
        "Deal\n\nThe deal is worth $45 billion.\n\nSome reports said 45 billion.\n",
        [],
    ),
    (
        "decoy_smaller_bare",
        "Deal\n\nThe deal is worth $45 billion.\n\nEarlier reports said 4.5 billion.\n",
        [],
    ),
    (
        "decoy_shares",
        "Buyback\n\nThe buyback costs $2 billion.\n\nThe company has 20 billion shares outstanding.\n",
        [],
    ),
    (
        "decoy_priced_both",
        "Deal\n\nThe deal is worth $4.5 billion.\n\nOne outlet wrote $45 billion by mistake.\n",
        [],
    ),
    (
        "decoy_clean_article",
        "Earnings\n\nRevenue rose to $10.2 billion from $9.1 billion a year earlier.\n\n"
        "The company has 150,000 employees and 2 billion users.\n",
        [],
    ),
]

HELD_OUT = [
    (
        "ho_footnote",
        "Insurer results\n\nPremiums written reached £3.6 billion in the year.\n\n"
        "Note: figures restated at 36 billion in the appendix.\n",
        ["36 billion"],
    ),
    (
        "ho_list_item",
        "Key numbers\n\n- Net income: $1.1 billion\n- Net income (local filing): 11 billion\n",
        ["11 billion"],
    ),
    (
        "ho_table_header_row",
        "Results\n\n| Capital spending | 52 billion | 2025 |\n|---|---|---|\n\n"
        "Capital spending will be $5.2 billion next year, the group said.\n",
        ["52 billion"],
    ),
    (
        "ho_quote",
        'Airline order\n\nThe order is worth $18 billion at list prices.\n\n"This 180 billion order is historic," the chief executive said.\n',
        ["180 billion"],
    ),
    (
        "ho_hkd",
        "Property sale\n\nThe tower sold for HK$2.8 billion.\n\nThe 28 billion sale was the year's largest.\n",
        ["28 billion"],
    ),
    (
        "ho_decoy_downloads",
        "App store\n\nThe studio earned $1 billion.\n\nIts games passed 10 billion downloads.\n",
        [],
    ),
    (
        "ho_decoy_vehicles",
        "Carmaker\n\nIt invested $600 million.\n\nThe industry built 6 billion vehicles so far.\n",
        [],
    ),
    (
        "ho_decoy_1000x_bn",
        "Fund\n\nThe fund manages $3 million for clients.\n\nThe parent manages 3bn overall.\n",
        [],
    ),
    (
        "ho_decoy_percent",
        "Growth\n\nSales hit $2 billion.\n\nMargins rose 20 percent and volumes 2 billion units.\n",
        [],
    ),
    (
        "ho_decoy_range_priced",
        "Forecast\n\nAnalysts see $3-4 billion.\n\nOthers see 30 billion over a decade.\n",
        [],
    ),
    (
        "ho_decoy_people_plain",
        "Census\n\nThe aid package is $8 billion.\n\nAbout 80 billion people have ever lived.\n",
        [],
    ),
    (
        "ho_decoy_light_years",
        "Space\n\nThe telescope cost $10 billion.\n\nIt sees galaxies 100 billion light-years away and 13 billion years old.\n",
        [],
    ),
    (
        "ho_decoy_no_scale_word",
        "Shop\n\nThe item costs $45.\n\nThe shop sold 450 of them.\n",
        [],
    ),
]

# Written after HELD_OUT's one miss ("this 180 billion order": a singular noun read as a count)
# had been fixed (a counted noun counts in the plural, or in the singular hyphened to the figure),
# which made HELD_OUT seen. Written before that fix was run on them, and scored once.
HELD_OUT_2 = [
    (
        "ho2_parenthesis",
        "Defence contract\n\nThe contract, worth $1.6 billion (16 billion in the Chinese release), runs to 2030.\n",
        ["16 billion"],
    ),
    (
        "ho2_table_with_header",
        "Budget\n\nThe ministry will spend $7.5 billion on roads.\n\n| Item | Amount |\n|---|---|\n| Roads | 75 billion |\n",
        ["75 billion"],
    ),
    (
        "ho2_list_item",
        "Chip plant\n\nThe plant cost $900 million to build.\n\n- Cost: roughly 9 billion\n- Staff: 1,200\n",
        ["9 billion"],
    ),
    (
        "ho2_trillion",
        "Sovereign fund\n\nThe fund holds $210 billion in assets.\n\nA state paper put the holdings at 2.1 trillion.\n",
        ["2.1 trillion"],
    ),
    (
        "ho2_decoy_devices",
        "Chipmaker\n\nThe chipmaker earned $1.2 billion.\n\nIts chips run in 12 billion devices.\n",
        [],
    ),
    (
        "ho2_decoy_other_currency",
        "Japan deal\n\nThe deal is worth $5 billion.\n\nIn Tokyo it was reported as 50 billion yen in fees.\n",
        [],
    ),
    (
        "ho2_decoy_same",
        "Bond sale\n\nThe bank sold $6 billion of bonds.\n\nDemand topped 6 billion within an hour.\n",
        [],
    ),
    (
        "ho2_decoy_100x",
        "Subsidy\n\nThe state gives $2 billion a year.\n\nThe sector is worth 200 billion.\n",
        [],
    ),
    (
        "ho2_decoy_percent",
        "Retailer\n\nSales reached $4 billion.\n\nOnline sales made up 40 percent.\n",
        [],
    ),
    (
        "ho2_decoy_messages",
        "Messaging app\n\nThe app was bought for $8 billion.\n\nIt carries 80 billion messages a day.\n",
        [],
    ),
]
