"""Twelve short news articles the project wrote, the source of the HTML pages and the corpus.

Each is (slug, title, date, author, blocks); a block is ("p", text), ("h2", text),
("ul", [items]) or ("table", [rows]) with the header row first.
"""

from __future__ import annotations

ARTICLES = [
    (
        "chip-export",
        "Chip Export Rules Tighten as Cloud Demand Surges",
        "2026-03-12",
        "Maria Chen",
        [
            (
                "p",
                "Cloud providers are racing to secure advanced accelerators before new export rules take effect in the summer. Three of the largest operators told investors this month that capital spending would rise by a third.",
            ),
            (
                "p",
                "The rules cap the performance of chips that can be shipped to a list of countries without a licence. Vendors have responded with cut-down parts, but analysts expect those to sell at lower margins.",
            ),
            ("h2", "What changes for buyers"),
            (
                "p",
                "Buyers outside the licensed markets will wait longer for orders. Several data-centre projects in the region have already been pushed back to next year.",
            ),
            (
                "ul",
                [
                    "Licences are required above the new performance threshold.",
                    "Existing orders shipped before July are exempt.",
                    "Cut-down parts remain available without a licence.",
                ],
            ),
            (
                "p",
                "The industry group that represents the chipmakers said the rules would cost its members about $8 billion in annual sales.",
            ),
        ],
    ),
    (
        "battery-plant",
        "Battery Maker Opens Its Largest Plant in Europe",
        "2026-02-02",
        "Lukas Brandt",
        [
            (
                "p",
                "A battery maker opened its largest European factory on Monday, a plant that will supply cells for about half a million electric cars a year when it runs at full capacity.",
            ),
            (
                "p",
                "The factory, near Leipzig, employs 2,300 people and cost $4.5 billion. Regional officials said the project had brought new suppliers to an area that lost much of its industry in the 1990s.",
            ),
            (
                "p",
                "Production will start slowly. The company expects the first lines to reach full output by the end of next year, once its engineers have tuned the coating process.",
            ),
            ("h2", "Competition from abroad"),
            (
                "p",
                "European carmakers still import most of their cells. The new plant narrows that gap, but executives warned that cheaper imports would keep pressure on prices.",
            ),
        ],
    ),
    (
        "rate-decision",
        "Central Bank Holds Rates and Signals Patience",
        "2026-04-30",
        "Priya Nair",
        [
            (
                "p",
                "The central bank kept its main interest rate unchanged at 3.75 percent on Wednesday and said it would wait for clearer signs that inflation is easing before cutting.",
            ),
            (
                "p",
                "Consumer prices rose 2.9 percent in the year to March, down from a peak of more than 8 percent two years ago. Services inflation, driven by wages, has been slower to fall.",
            ),
            (
                "table",
                [
                    ["Measure", "March", "February"],
                    ["Headline inflation", "2.9%", "3.1%"],
                    ["Core inflation", "3.4%", "3.5%"],
                    ["Unemployment", "4.2%", "4.1%"],
                ],
            ),
            (
                "p",
                "Markets had priced in a small chance of a cut. Bond yields rose slightly after the announcement, and the currency strengthened against the dollar.",
            ),
        ],
    ),
    (
        "open-model",
        "Lab Releases Open Model Trained on Public Data",
        "2026-01-20",
        "Tom Okafor",
        [
            (
                "p",
                "A research lab released an open language model on Tuesday that it says was trained only on public-domain and openly licensed text, a response to lawsuits over training data.",
            ),
            (
                "p",
                "The model has 34 billion parameters and scores close to commercial models of a similar size on reasoning benchmarks, according to the lab's own tests.",
            ),
            ("h2", "How it was built"),
            (
                "p",
                "The team spent most of a year assembling the training set. It removed duplicated pages, filtered out text with unclear licences and kept a public record of every source.",
            ),
            (
                "ul",
                [
                    "Training data: 4.1 trillion tokens",
                    "Context window: 32,000 tokens",
                    "Licence: Apache 2.0",
                ],
            ),
            (
                "p",
                "Independent researchers said the release would make it easier to study how training data shapes a model's behaviour.",
            ),
        ],
    ),
    (
        "port-strike",
        "Port Strike Ends After Nine Days",
        "2026-05-18",
        "Ana Souza",
        [
            (
                "p",
                "Dock workers at the country's two largest ports returned to work on Sunday after union members approved a new contract that raises pay by 14 percent over three years.",
            ),
            (
                "p",
                "The strike had left more than 80 container ships waiting offshore. Shipping companies said it would take at least two weeks to clear the backlog.",
            ),
            (
                "p",
                "Retailers had warned of empty shelves before the holiday season. Several switched cargo to smaller ports, paying higher fees for trucks and rail.",
            ),
            (
                "p",
                "The agreement also limits the use of automated cranes until 2029, a point the union had called essential.",
            ),
        ],
    ),
    (
        "satellite-broadband",
        "Satellite Broadband Reaches Remote Schools",
        "2026-03-03",
        "Daniel Reyes",
        [
            (
                "p",
                "More than 1,200 rural schools now have broadband through a satellite programme that began last year, the education ministry said on Thursday.",
            ),
            (
                "p",
                "Teachers said the connections had changed how they plan lessons. Students in one mountain village now take part in online science classes taught from the capital.",
            ),
            ("h2", "Costs and coverage"),
            (
                "p",
                "The programme costs about $60 million a year. Officials want to reach another 900 schools by the end of 2027, starting with those furthest from the fibre network.",
            ),
        ],
    ),
    (
        "quantum-funding",
        "Quantum Startup Raises $300 Million",
        "2026-06-09",
        "Hannah Weiss",
        [
            (
                "p",
                "A quantum computing startup based in Zürich has raised $300 million in a funding round led by two pension funds, valuing the company at $2.1 billion.",
            ),
            (
                "p",
                "The company builds processors from trapped ions. Its founders say the approach gives lower error rates than superconducting chips, though it runs more slowly.",
            ),
            (
                "p",
                "The new money will pay for a larger machine and a factory near the city. The company plans to hire 200 engineers over the next two years.",
            ),
            (
                "p",
                "Investors have put more than $4 billion into quantum startups this year, even as some early firms struggle to find paying customers.",
            ),
        ],
    ),
    (
        "heat-wave",
        "Heat Wave Pushes Power Demand to a Record",
        "2026-07-22",
        "Kwame Mensah",
        [
            (
                "p",
                "Electricity demand hit a record on Tuesday as temperatures passed 40 degrees Celsius across the south of the country, and the grid operator asked large users to cut consumption in the evening.",
            ),
            (
                "p",
                "Solar farms supplied a third of the power at midday, but output fell as the sun set while air conditioners kept running.",
            ),
            (
                "table",
                [
                    ["Hour", "Demand (GW)", "Solar (GW)"],
                    ["12:00", "61.4", "20.3"],
                    ["18:00", "66.9", "6.1"],
                    ["21:00", "63.2", "0.0"],
                ],
            ),
            (
                "p",
                "The operator said no blackouts were expected. It has added 5 GW of battery storage since last summer.",
            ),
        ],
    ),
    (
        "ride-hailing",
        "Ride-Hailing Firm Turns Its First Annual Profit",
        "2026-02-14",
        "Nguyen Van An",
        [
            (
                "p",
                "A ride-hailing and delivery company in Southeast Asia reported its first annual profit on Friday, helped by higher fees and fewer incentives for drivers.",
            ),
            (
                "p",
                "Net income was $120 million for the year, against a loss of $430 million the year before. Revenue rose 22 percent to $3.2 billion.",
            ),
            (
                "p",
                "Chief executive Nguyễn Thị Mai said the company would keep expanding its payments business, which now handles more than a billion transactions a year.",
            ),
            ("ul", ["Rides: up 11 percent", "Deliveries: up 18 percent", "Payments: up 35 percent"]),
        ],
    ),
    (
        "museum-reopens",
        "City Museum Reopens After Four-Year Renovation",
        "2026-04-11",
        "Sophie Martin",
        [
            (
                "p",
                "The city museum reopened on Saturday after a renovation that took four years and cost twice the original budget.",
            ),
            (
                "p",
                "Visitors queued around the block to see the new glass roof over the central hall, which lets daylight reach galleries that were dark for a century.",
            ),
            ("h2", "A collection in storage"),
            (
                "p",
                "Only a tenth of the collection is on display. Curators plan to rotate objects from storage every six months, starting with textiles from São Paulo and Lisbon.",
            ),
        ],
    ),
    (
        "water-tech",
        "Desalination Plant Cuts Energy Use by a Quarter",
        "2026-05-27",
        "Omar Haddad",
        [
            (
                "p",
                "A desalination plant on the coast has cut its energy use by a quarter after replacing pumps and adding pressure-recovery devices, its operator said.",
            ),
            (
                "p",
                "The plant produces 300,000 cubic metres of drinking water a day. Energy is its largest cost, so the savings will lower water bills for about a million homes.",
            ),
            ("p", "Engineers plan to cover the plant's roofs and car parks with solar panels next year."),
        ],
    ),
    (
        "game-studio",
        "Game Studio Cancels Sequel and Cuts Staff",
        "2026-06-25",
        "Emily Carter",
        [
            (
                "p",
                "A game studio cancelled the sequel to its best-selling title on Monday and said it would cut 140 jobs, about a fifth of its staff.",
            ),
            (
                "p",
                "The studio had spent three years on the project. Executives said early tests showed players were less interested than they had hoped, and costs had kept rising.",
            ),
            (
                "p",
                "Developers who lose their jobs will receive six months of pay. The studio will focus on updates to its existing games.",
            ),
        ],
    ),
]


def article_text(article: tuple) -> str:  # type: ignore[type-arg]
    """The article as clean text: title, then one block a paragraph, blank lines between,
    list items as "- item" lines, tables in Markdown."""
    out = [article[1]]
    for kind, value in article[4]:
        if kind in ("p", "h2"):
            out.append(value)
        elif kind == "ul":
            out.append("\n".join(f"- {item}" for item in value))
        elif kind == "table":
            rows = [f"| {' | '.join(row)} |" for row in value]
            out.append("\n".join([rows[0], "|" + "---|" * len(value[0]), *rows[1:]]))
    return "\n\n".join(out) + "\n"
