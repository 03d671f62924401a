"""A synthetic corpus of defence and geopolitics news, for the benchmarks.

The articles are made from sentence templates written for graphkb (arms deals,
Foreign Military Sale notices, deliveries, talks, joint ventures, licensed
production, production sites, sanctions, military operations, officials'
statements, ambassadors, export markets, former names) filled with many
entities: invented weapon designations, companies, people, operations and towns,
plus real countries and their capitals.

Determinism: article ``i`` depends only on ``(seed, i)``, so a corpus of 1,000
articles is the first 1,000 articles of a corpus of 10,000 with the same seed.
Streaming: articles are generated one at a time and written at once; only the
entity pools (a few thousand names) are held in memory, never the corpus.

Layout: ``OUT/part-0000/a0000000.txt`` ... with ``--shard`` articles per folder,
so that "the first N articles" is "the first N/shard folders".

    python benchmarks/corpus.py --count 10000 --seed 7 --out /tmp/corpus
"""
from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Real countries: (name, capital, demonym). Geography is common knowledge; every
# relation between them in the corpus is invented.
COUNTRIES = [
    ("India", "New Delhi", "Indian"), ("Russia", "Moscow", "Russian"),
    ("France", "Paris", "French"), ("Germany", "Berlin", "German"),
    ("Italy", "Rome", "Italian"), ("Spain", "Madrid", "Spanish"),
    ("Poland", "Warsaw", "Polish"), ("Sweden", "Stockholm", "Swedish"),
    ("Norway", "Oslo", "Norwegian"), ("Finland", "Helsinki", "Finnish"),
    ("Denmark", "Copenhagen", "Danish"), ("the Netherlands", "Amsterdam", "Dutch"),
    ("Belgium", "Brussels", "Belgian"), ("Greece", "Athens", "Greek"),
    ("Turkey", "Ankara", "Turkish"), ("Egypt", "Cairo", "Egyptian"),
    ("Israel", "Jerusalem", "Israeli"), ("Saudi Arabia", "Riyadh", "Saudi"),
    ("the United Arab Emirates", "Abu Dhabi", "Emirati"), ("Qatar", "Doha", "Qatari"),
    ("Iran", "Tehran", "Iranian"), ("Pakistan", "Islamabad", "Pakistani"),
    ("Bangladesh", "Dhaka", "Bangladeshi"), ("Indonesia", "Jakarta", "Indonesian"),
    ("Malaysia", "Kuala Lumpur", "Malaysian"), ("Vietnam", "Hanoi", "Vietnamese"),
    ("Thailand", "Bangkok", "Thai"), ("the Philippines", "Manila", "Philippine"),
    ("Japan", "Tokyo", "Japanese"), ("South Korea", "Seoul", "South Korean"),
    ("China", "Beijing", "Chinese"), ("Australia", "Canberra", "Australian"),
    ("New Zealand", "Wellington", "New Zealand"), ("Canada", "Ottawa", "Canadian"),
    ("the United States", "Washington", "American"), ("Mexico", "Mexico City", "Mexican"),
    ("Brazil", "Brasilia", "Brazilian"), ("Argentina", "Buenos Aires", "Argentine"),
    ("Chile", "Santiago", "Chilean"), ("Colombia", "Bogota", "Colombian"),
    ("Peru", "Lima", "Peruvian"), ("South Africa", "Pretoria", "South African"),
    ("Nigeria", "Abuja", "Nigerian"), ("Kenya", "Nairobi", "Kenyan"),
    ("Ethiopia", "Addis Ababa", "Ethiopian"), ("Morocco", "Rabat", "Moroccan"),
    ("Algeria", "Algiers", "Algerian"), ("Ukraine", "Kyiv", "Ukrainian"),
    ("Romania", "Bucharest", "Romanian"), ("Hungary", "Budapest", "Hungarian"),
    ("the Czech Republic", "Prague", "Czech"), ("Portugal", "Lisbon", "Portuguese"),
    ("the United Kingdom", "London", "British"), ("Ireland", "Dublin", "Irish"),
    ("Kazakhstan", "Astana", "Kazakh"), ("Uzbekistan", "Tashkent", "Uzbek"),
    ("Armenia", "Yerevan", "Armenian"), ("Azerbaijan", "Baku", "Azerbaijani"),
    ("Singapore", "Singapore", "Singaporean"), ("Sri Lanka", "Colombo", "Sri Lankan"),
    ("Oman", "Muscat", "Omani"), ("Jordan", "Amman", "Jordanian"),
    ("Serbia", "Belgrade", "Serbian"), ("Croatia", "Zagreb", "Croatian"),
    ("Estonia", "Tallinn", "Estonian"), ("Lithuania", "Vilnius", "Lithuanian"),
]

FIRST_NAMES = """Aarav Adele Ahmed Aiko Alexei Alina Amara Anders Andrei Anika Arjun Astrid Ayesha
Bilal Bruno Camila Carlos Chen Clara Dalia Daniel Darius Dmitri Elena Elif Emil Erik Fatima
Felix Gabriel Hana Hassan Helga Hiroshi Ibrahim Ines Irina Ivan Jakub Javier Jin Joanna Jonas
Julien Kamal Karin Kenji Khalid Lars Layla Leila Lina Luca Lukas Mads Maria Marek Marta Mateo
Meera Mikhail Min-jun Nadia Nikolai Nina Noor Oksana Olga Omar Pablo Paolo Pavel Priya Rahul
Rania Ravi Rosa Sami Sana Sergei Sofia Sven Tamar Tariq Tomas Valeria Vikram Yara Yusuf Zara
Zoltan""".split()

LAST_NAMES = """Abbasi Adeyemi Alvarez Andersen Arslan Bauer Becker Bianchi Borisov Castillo Chandra
Demir Dubois Eriksson Farouk Fischer Fontaine Garcia Haddad Hansen Hoffmann Horvath Hussain
Ivanova Jansen Kapoor Karimov Kaur Khan Kim Kowalski Kozlov Kumar Larsen Lebedev Lindqvist
Lopez Mahmoud Malik Marino Mendes Menon Morozov Nakamura Nazarov Nguyen Novak Okafor Olsen
Orlov Park Pereira Petrov Popescu Qureshi Rahman Rao Reddy Ricci Romero Rossi Saito Santos
Schmidt Sokolov Suzuki Tanaka Tiwari Torres Varga Vasquez Volkov Wagner Watanabe Weber Yilmaz
Zaidi Zhang Zielinski Barros Costa Dimitrov Georgiou Hakimi Iyer Jovanovic Kovac Laine Moreau
Nieminen Ortega Pillai Quinn Rasmussen Sato Takahashi Ueda Virtanen Wojcik""".split()

COMPANY_WORDS = """Aegis Altair Apex Arcadia Argon Atlas Aurora Avalon Bastion Boreal Cobalt Condor
Corvus Crestline Delta Eagle Ember Falcon Frontier Garnet Granite Harrier Helix Horizon Hyperion
Ironclad Javelin Keystone Kestrel Lumen Meridian Nimbus Northstar Obsidian Onyx Orion Osprey
Paragon Pegasus Phalanx Polaris Quantum Raptor Redstone Sabre Sentinel Sierra Skyward Solace
Sparrow Stratus Summit Talon Tempest Titan Trident Typhoon Valiant Vanguard Vector Vertex
Vigil Vortex Zenith Halcyon Marlin Cinder Basalt Lyra Nova Castor""".split()
COMPANY_SUFFIXES = ["Dynamics", "Aerospace", "Industries", "Defence Systems", "Technologies",
                    "Shipyards", "Motors", "Electronics", "Ordnance", "Corporation", "Limited",
                    "Arms", "Missile Works"]

# (singular kind, plural kind, noun for one unit)
KINDS = [
    ("air defence system", "air defence systems", "battery"),
    ("cruise missile", "cruise missiles", "missile"),
    ("anti-ship missile", "anti-ship missiles", "missile"),
    ("ballistic missile", "ballistic missiles", "missile"),
    ("fighter jet", "fighter jets", "aircraft"),
    ("transport aircraft", "transport aircraft", "aircraft"),
    ("attack helicopter", "attack helicopters", "helicopter"),
    ("utility helicopter", "utility helicopters", "helicopter"),
    ("main battle tank", "main battle tanks", "tank"),
    ("infantry fighting vehicle", "infantry fighting vehicles", "vehicle"),
    ("armoured personnel carrier", "armoured personnel carriers", "vehicle"),
    ("self-propelled howitzer", "self-propelled howitzers", "gun"),
    ("multiple rocket launcher", "multiple rocket launchers", "launcher"),
    ("frigate", "frigates", "ship"), ("corvette", "corvettes", "ship"),
    ("diesel-electric submarine", "diesel-electric submarines", "boat"),
    ("patrol vessel", "patrol vessels", "vessel"),
    ("assault rifle", "assault rifles", "rifle"),
    ("armed drone", "armed drones", "drone"),
    ("surveillance radar", "surveillance radars", "radar"),
]
DESIGNATION_PREFIXES = """KX VR AZ HT NL QS BR ZM RT PX DL GM SV TR LK MX YF KA HQ JX WZ
OV FN CT RZ UM EK TB SX""".split()
DESIGNATION_TAILS = ["", "", "", "M", "A", "B", "MK", "E", "NG", "ER"]
NAME_FIRST = """Sky Iron Storm Silver Night Steel Red Black Sea Desert Thunder Frost Swift Stone
Golden Shadow Star Fire Wind Ice""".split()
NAME_SECOND = """Lance Veil Hawk Arrow Shield Spear Wolf Blade Guard Strike Fang Bolt Sword
Watch Hammer Falcon Viper Crown Anvil Torch""".split()

SHIP_NAMES = """Resolute Vigilant Dauntless Intrepid Steadfast Valour Tenacious Fortitude Audacious
Relentless Sentinel Guardian Endurance Defiant Triumph Harmony Liberty Unity Courage Horizon
Meridian Tempest Monsoon Cyclone Aurora Zephyr Equinox Solstice Polaris Andromeda""".split()

OPERATION_WORDS = """Granite Sindhu Falcon Thunderbolt Dawn Iron Harbour Crescent Lantern Anchor Ember
Monsoon Northern Southern Eastern Western Silent Swift Steel Vigil Trident Citadel Horizon Comet
Glacier Sandstorm Nightfall Spearhead Bastion Sentinel Cobalt Meteor Tundra Jade Amber Onyx
Scarlet Sapphire Hammer Arrow""".split()
OPERATION_SECOND = ["", "", "", "Shield", "Strike", "Guardian", "Fury", "Resolve", "Watch", "Dawn"]

OUTLETS = ["The Meridian Post", "Defence Ledger", "The Strategic Courier", "Frontline Monitor",
           "The Capital Herald", "Arms Trade Weekly", "The Security Dispatch", "Global Defence Wire",
           "The Evening Sentinel", "Asia Security Review", "The Continental Times",
           "Northern Star News", "The Harbour Gazette", "Aerospace Daily Brief",
           "The Policy Observer", "Regional Affairs Today", "The Morning Standard",
           "Naval Matters", "The Border Chronicle", "Indo-Pacific Digest"]

REGIONS = ["Southeast Asia", "the Middle East", "North Africa", "Latin America", "Eastern Europe",
           "the Gulf", "Central Asia", "the Caucasus", "the Baltic region", "West Africa",
           "East Africa", "the Pacific islands", "South Asia", "the Balkans", "Scandinavia"]

TOWN_START = """Var Kol Ash Bel Dor Mir Tal Ost Nov Ran Sel Gor Lun Hav Kar Zel Pra Vel Tor Mar""".split()
TOWN_END = """ensk mar ford abad pur grad ville heim stad ovo haven field bury minde nagar""".split()

SANCTION_REASONS = [
    "supplying drone engines to a sanctioned government",
    "helping to evade export controls on missile components",
    "transferring military technology without a licence",
    "its role in a network that procured dual-use electronics",
    "shipping artillery shells to a conflict zone",
    "financing the purchase of ballistic missile parts",
    "providing maintenance for a blacklisted air force",
]
THREATS = ["drone swarms", "long-range missile strikes", "incursions along its border",
           "submarine activity in its waters", "attacks on merchant shipping",
           "a growing gap in air defence coverage", "ageing Soviet-era equipment"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve"]

QUOTES = [
    "The {S} has performed exactly as we expected, and our crews trust it completely",
    "Our discussions on this topic, as on many others, are continuing",
    "We are very satisfied with the results of this cooperation and we want to expand it",
    "This agreement strengthens our ability to defend our airspace for decades to come",
    "It would be premature to speak about the outcome of the negotiations at this moment",
    "Deliveries are on schedule and the remaining units will arrive before the end of next year",
    "We will not accept any conditions that limit our freedom to choose our suppliers",
    "Local production of the {S} will create thousands of skilled jobs in our country",
    "The sanctions are unjustified and will not change our defence policy",
    "Our forces carried out the operation with precision and avoided civilian areas",
    "We see great promise in joint development, not only in buying finished systems",
    "The partnership between our two countries has never been stronger than it is today",
]

# Sentence templates, by topic. Slots are filled per sentence (see _Slots).
TEMPLATES = {
    "deal": [
        "{A} signed a {money} contract with {B}'s {C} for {N} {S_full} {S_kinds} in {year}.",
        "{A}'s Ministry of Defence ordered {N} {S} {S_kinds} from {C} under a deal worth {money}.",
        "Under the {year} agreement, {B} will supply {N} {S} units to {A}, of which {K} have been delivered so far.",
        "{A} had signed a {money} deal in {year} for {N} {S} {S_kinds}, of which {K} have already been inducted and {R} are pending delivery.",
        "The first batch of {K} {S} {S_kinds} arrived in {A} in {month}, {C} said in a statement.",
        "Officials said the contract, valued at {money}, also covers training, spare parts and a ten-year support package.",
        "{C} confirmed that it had delivered {K} of the {N} {S} {S_kinds} ordered by the {branch}.",
        "The {branch} placed a follow-on order for {N} more {S} {S_kinds} worth {money} on {date}.",
        "The State Department has made a determination approving a possible Foreign Military Sale to {A} of {N} {S_full} {S_kinds} and related equipment for an estimated cost of {money}.",
        "The Defense Security Cooperation Agency delivered the required certification notifying Congress of the possible sale on {date}.",
        "{A} has requested to buy {N} {S} {S_kinds}, along with spare parts, training and technical support.",
    ],
    "talks": [
        "{A} and {B} are in talks over the purchase of additional {S_full} {S_kinds}, officials in {A_cap} said.",
        "Negotiations between {A_cap} and {B_cap} on a follow-on order of {S} {S_kinds} are continuing, according to people familiar with the matter.",
        "{A} is reportedly negotiating with {C} for {N} more {S} {S_kinds}.",
        "Talks on co-production of the {S} have stalled over pricing and technology transfer, a senior official said.",
        "{A_dem} and {B_dem} delegations met in {A_cap} this week to discuss the {S} programme.",
        "{A} and {B} are expected to conclude negotiations on the {S} by the end of {year2}.",
    ],
    "jv": [
        "{V}, a joint venture between {A}'s {D} and {B}'s {C}, produces the {S} {S_kind}.",
        "{D} and {C} formed a joint venture, {V}, in {year} to design and build {S_kinds} for both countries.",
        "The {S} is built by {V}, which is jointly owned by {D} and {C}.",
        "{V} plans to double its output of {S} {S_kinds} by {year2}, its chief executive said.",
    ],
    "licence": [
        "{D} manufactures the {S} under licence from {C} at its plant in {site}.",
        "The {S_full} {S_kinds} are produced under licence in {A}.",
        "Licensed production of the {S} began in {site} in {year}, with {D} as the prime contractor.",
        "{A} builds the {S} under a licence agreement signed with {B} in {year}.",
    ],
    "site": [
        "{S} {S_kinds} are being produced at a new factory in {site}, {A}.",
        "{C} assembles the {S} at its facility in {site_b}.",
        "The {site} plant of {D} will start making components for the {S} next year.",
    ],
    "sanction": [
        "The Treasury imposed sanctions on {C} for {reason}.",
        "{A} announced sanctions against the {B_dem} firm {C} over {reason}.",
        "The European Union added {C} and two of its executives to its sanctions list on {date}, citing {reason}.",
        "The State Department sanctioned {A}'s {D} for its purchase of the {S} from {B}.",
        "{C} denied the accusations and said it had always complied with export rules.",
    ],
    "operation": [
        "During Operation {Op}, {A}'s forces used {S} {S_kinds} against targets near the border.",
        "The {branch} deployed the {S} in Operation {Op}, according to the Ministry of Defence.",
        "Operation {Op} was carried out by the {branch} on {date}, officials said, and involved the {S} and the {S2}.",
        "{S} {S_kinds} reportedly intercepted several incoming drones during Operation {Op}.",
        "Operation {Op} has reportedly destroyed several launch sites and a command post.",
    ],
    "statement": [
        "\u201c{quote},\u201d the Defence Minister of {A}, {P_def}, said.",
        "\u201c{quote},\u201d {P_def_last} told {outlet}.",
        "{A}'s Foreign Minister {P_for} said the {S} deal was \u201can important step for both sides\u201d.",
        "In a statement, {C} said: \u201c{quote}.\u201d",
        "Speaking in {A_cap}, Prime Minister {P_pm} said: \u201c{quote}.\u201d",
        "\u201c{quote},\u201d said {P_chief}, the chief of the {branch}.",
    ],
    "envoy": [
        "The Ambassador of {B} to {A}, {P_amb}, said the two countries' defence ties were at a high point.",
        "{B_dem} Ambassador to {A} {P_amb} confirmed that consultations on the {S} are ongoing.",
        "Ambassador {P_amb_last} added that {B_cap} was ready to expand cooperation with {A_cap}.",
        "\u201c{quote},\u201d Ambassador {P_amb_last} told {outlet}.",
    ],
    "export": [
        "{C} is looking for export customers for the {S} in {region} and {region2}.",
        "The {S} has been offered to buyers in {region}, where {C} expects strong demand.",
        "{B} hopes to export the {S} to {X} and {Y} within five years.",
        "Export opportunities for the {S} are also being explored in {region}.",
    ],
    "former": [
        "The {ship}, formerly the {ship_old}, was handed over to the {A_dem} Navy in {year}.",
        "{C}, previously known as {C_old}, changed its name in {year}.",
        "The {S}, known as the {S_old} until {year}, entered service in {year2}.",
    ],
    "operator": [
        "The {S} is operated by the {branch} and the {branch2}.",
        "The {branch} already operates {N} {S} {S_kinds}.",
        "{S} {S_kinds} are in service with the armed forces of {A}, {X} and {Y}.",
    ],
    "context": [
        "Analysts say the purchase reflects {A}'s concern about {threat}.",
        "The {S} has a range of about {range} kilometres and can be deployed within minutes.",
        "{A}'s defence budget for {year} rose by {pct} percent to {money}.",
        "Critics in {A_cap} questioned the cost of the programme and its reliance on foreign suppliers.",
        "The deal is expected to create about {jobs} jobs at {C} and its suppliers.",
        "{A} and {B} held joint exercises in {region} in {month}.",
        "Defence ties between {A} and {B} date back several decades.",
    ],
}

HEADLINES = {
    "deal": ["{A} Signs {money} Deal for {S} {S_kinds_title}",
             "{A} Orders {N} {S} {S_kinds_title} from {B}"],
    "talks": ["{A}, {B} in Talks for More {S} Systems", "{A} and {B} Resume {S} Negotiations"],
    "jv": ["{D} and {C} Launch Joint Venture for {S_kinds_title}"],
    "licence": ["{A} to Build {S} Under Licence"],
    "sanction": ["Treasury Sanctions {C} Over {S} Exports", "New Sanctions Hit {B_dem} Arms Maker {C}"],
    "operation": ["{S} Used in Operation {Op}, Officials Say", "Operation {Op}: {A} Strikes With {S}"],
    "envoy": ["{B_dem} Envoy Says {S} Talks With {A} Continue"],
    "export": ["{C} Eyes Export Markets for {S}"],
}
MAIN_TOPICS = list(HEADLINES)


@dataclass(frozen=True)
class System:
    designation: str
    name: str
    kind: int
    maker: str
    country: int


@dataclass(frozen=True)
class Pools:
    """The entities articles draw from; small, fixed per seed."""
    systems: list[System]
    companies_by_country: list[list[str]]
    seed: int


def make_pools(seed: int, systems: int = 3000, companies: int = 900) -> Pools:
    rng = random.Random(f"{seed}:pools")
    by_country: list[list[str]] = [[] for _ in COUNTRIES]
    seen: set[str] = set()
    while sum(map(len, by_country)) < companies:
        name = f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_SUFFIXES)}"
        if rng.random() < 0.3:
            name = f"{rng.choice(COMPANY_WORDS)} {name}"
        if name not in seen:
            seen.add(name)
            by_country[rng.randrange(len(COUNTRIES))].append(name)
    for i, names in enumerate(by_country):   # every country needs a few firms
        while len(names) < 3:
            names.append(f"{COUNTRIES[i][2]} {rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_SUFFIXES)}")
    pool = []
    designations: set[str] = set()
    while len(pool) < systems:
        des = f"{rng.choice(DESIGNATION_PREFIXES)}-{rng.randint(1, 999)}{rng.choice(DESIGNATION_TAILS)}"
        if des in designations:
            continue
        designations.add(des)
        country = rng.randrange(len(COUNTRIES))
        name = f"{rng.choice(NAME_FIRST)} {rng.choice(NAME_SECOND)}" if rng.random() < 0.5 else ""
        pool.append(System(des, name, rng.randrange(len(KINDS)), rng.choice(by_country[country]), country))
    return Pools(pool, by_country, seed)


def _skewed(rng: random.Random, items: list):
    """A few entities are in the news a lot, most rarely (like real news)."""
    return items[int(len(items) * rng.random() ** 2)]


def _keyed_name(seed: int, key: str) -> str:
    """The same office of the same country is held by the same person in every article."""
    rng = random.Random(f"{seed}:person:{key}")
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _town(seed: int, key: str) -> str:
    rng = random.Random(f"{seed}:town:{key}")
    return rng.choice(TOWN_START) + rng.choice(TOWN_END)


class _Article:
    """The cast of one article: who buys, who sells, which systems; slots draw on it."""

    def __init__(self, pools: Pools, rng: random.Random):
        self.rng, self.pools, self.seed = rng, pools, pools.seed
        self.systems = [_skewed(rng, pools.systems) for _ in range(rng.randint(1, 4))]
        self.main = self.systems[0]
        self.seller = self.main.country
        self.buyer = rng.choice([i for i in range(len(COUNTRIES)) if i != self.seller])
        self.others = rng.sample(range(len(COUNTRIES)), 4)
        self.buyer_firm = rng.choice(pools.companies_by_country[self.buyer])
        self.operation = rng.choice(OPERATION_WORDS) + (" " + rng.choice(OPERATION_SECOND)).rstrip()
        self.year = rng.randint(2008, 2025)
        self.outlet = rng.choice(OUTLETS)

    def system(self) -> System:
        # The main system dominates, as it does in a real story.
        return self.main if self.rng.random() < 0.6 else self.rng.choice(self.systems)


def _count(rng: random.Random, low: int, high: int) -> str:
    n = rng.randint(low, high)
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) and rng.random() < 0.5 else str(n)


def _money(rng: random.Random) -> str:
    form = rng.randrange(6)
    if form == 0:
        return f"${rng.randint(1, 12)}.{rng.randint(1, 99):02d} billion"
    if form == 1:
        return f"${rng.randint(40, 950)} million"
    if form == 2:
        return f"\u20ac{rng.randint(50, 900)} million"
    if form == 3:
        return f"\u00a3{rng.randint(1, 6)}.{rng.randint(1, 9)}bn"
    if form == 4:
        return f"Rs {rng.randint(500, 40000):,} crore"
    return f"US${rng.randint(1, 9)} billion"


def _date(rng: random.Random, year: int) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}"


def _other_system(a: _Article, system: System) -> System:
    others = [s for s in a.systems if s is not system]
    return a.rng.choice(others) if others else _skewed(a.rng, a.pools.systems)


def _slot_functions():
    """Slot name -> function(article, values) -> text. Values fill in dependencies."""
    def sys_(a, v):
        return a.system()

    def country(i):
        return lambda a, v: COUNTRIES[i(a)][0]

    return {
        "_sys": sys_,
        "A": lambda a, v: COUNTRIES[a.buyer][0],
        "B": lambda a, v: COUNTRIES[a.seller][0],
        "A_cap": lambda a, v: COUNTRIES[a.buyer][1],
        "B_cap": lambda a, v: COUNTRIES[a.seller][1],
        "A_dem": lambda a, v: COUNTRIES[a.buyer][2],
        "B_dem": lambda a, v: COUNTRIES[a.seller][2],
        "X": country(lambda a: a.others[0]),
        "Y": country(lambda a: a.others[1]),
        "S": lambda a, v: v["_sys"].designation,
        "S2": lambda a, v: _other_system(a, v["_sys"]).designation,
        "S_full": lambda a, v: f"{v['_sys'].designation} {v['_sys'].name}".strip(),
        "S_kind": lambda a, v: KINDS[v["_sys"].kind][0],
        "S_kinds": lambda a, v: KINDS[v["_sys"].kind][1],
        "S_kinds_title": lambda a, v: KINDS[v["_sys"].kind][1].title(),
        "S_old": lambda a, v: f"{v['_sys'].designation.split('-')[0]}-{a.rng.randint(1, 99)}",
        "C": lambda a, v: a.main.maker,
        "C_old": lambda a, v: f"{a.rng.choice(COMPANY_WORDS)} {a.rng.choice(COMPANY_SUFFIXES)}",
        "D": lambda a, v: a.buyer_firm,
        "V": lambda a, v: (f"{a.buyer_firm.split()[0]}-{a.main.maker.split()[0]} "
                           f"{random.Random(a.buyer_firm + a.main.maker).choice(COMPANY_SUFFIXES)}"),
        "N": lambda a, v: _count(a.rng, 2, 48),
        "K": lambda a, v: _count(a.rng, 1, 9),
        "R": lambda a, v: _count(a.rng, 1, 6),
        "money": lambda a, v: _money(a.rng),
        "year": lambda a, v: str(a.year),
        "year2": lambda a, v: str(a.year + a.rng.randint(1, 5)),
        "month": lambda a, v: a.rng.choice(MONTHS),
        "date": lambda a, v: _date(a.rng, a.year),
        "branch": lambda a, v: f"{COUNTRIES[a.buyer][2]} {a.rng.choice(['Army', 'Navy', 'Air Force'])}",
        "branch2": lambda a, v: f"{COUNTRIES[a.buyer][2]} {a.rng.choice(['Coast Guard', 'Marines', 'Air Force'])}",
        "site": lambda a, v: _town(a.seed, f"{a.buyer}:{a.rng.randrange(6)}"),
        "site_b": lambda a, v: _town(a.seed, f"{a.seller}:{a.rng.randrange(6)}"),
        "region": lambda a, v: a.rng.choice(REGIONS[:8]),
        "region2": lambda a, v: a.rng.choice(REGIONS[8:]),
        "reason": lambda a, v: a.rng.choice(SANCTION_REASONS),
        "threat": lambda a, v: a.rng.choice(THREATS),
        "Op": lambda a, v: a.operation,
        "outlet": lambda a, v: a.outlet,
        "quote": lambda a, v: a.rng.choice(QUOTES).format(S=v["S"]),
        "ship": lambda a, v: f"{COUNTRIES[a.buyer][2][:1]}NS {a.rng.choice(SHIP_NAMES)}",
        "ship_old": lambda a, v: f"{COUNTRIES[a.seller][2]} {a.rng.choice(SHIP_NAMES)}",
        "P_def": lambda a, v: _keyed_name(a.seed, f"defence:{a.buyer}"),
        "P_def_last": lambda a, v: _keyed_name(a.seed, f"defence:{a.buyer}").split()[-1],
        "P_for": lambda a, v: _keyed_name(a.seed, f"foreign:{a.buyer}"),
        "P_pm": lambda a, v: _keyed_name(a.seed, f"pm:{a.buyer}"),
        "P_chief": lambda a, v: _keyed_name(a.seed, f"chief:{a.buyer}:{v['branch']}"),
        "P_amb": lambda a, v: _keyed_name(a.seed, f"amb:{a.seller}:{a.buyer}"),
        "P_amb_last": lambda a, v: _keyed_name(a.seed, f"amb:{a.seller}:{a.buyer}").split()[-1],
        "range": lambda a, v: str(a.rng.randrange(40, 1500, 10)),
        "pct": lambda a, v: str(a.rng.randint(2, 15)),
        "jobs": lambda a, v: f"{a.rng.randrange(300, 9000, 50):,}",
    }


SLOTS = _slot_functions()


class _Slots(dict):
    """Fills a template's slots lazily, each at most once per sentence."""

    def __init__(self, article: _Article):
        super().__init__()
        self.article = article

    def __missing__(self, key):
        value = self[key] = SLOTS[key](self.article, self)
        return value


def _fill(template: str, article: _Article) -> str:
    text = template.format_map(_Slots(article)).replace("s's ", "s' ")
    return text[0].upper() + text[1:]


def render_article(pools: Pools, index: int) -> str:
    """Article number ``index``: a headline, a dateline paragraph and 8-25 sentences."""
    rng = random.Random(f"{pools.seed}:article:{index}")
    a = _Article(pools, rng)
    topic = rng.choice(MAIN_TOPICS)
    headline = _fill(rng.choice(HEADLINES[topic]), a)
    # Most sentences come from the main topic and a few related ones.
    topics = [topic] * 4 + rng.sample(list(TEMPLATES), 5)
    unused: dict[str, list[str]] = {}
    target = rng.randint(8, 25)
    sentences = [_fill(_draw(rng, unused, topic), a)]
    size = len(headline) + len(sentences[0])
    while len(sentences) < target or size < 1500:
        sentence = _fill(_draw(rng, unused, rng.choice(topics)), a)
        if size + len(sentence) > 3900:
            break
        sentences.append(sentence)
        size += len(sentence) + 1
    city = COUNTRIES[a.buyer][1] if rng.random() < 0.7 else COUNTRIES[a.seller][1]
    dateline = f"{city}, {rng.choice(MONTHS)} {rng.randint(1, 28)} ({a.outlet}): "
    return headline + "\n" + dateline + _paragraphs(sentences, rng) + "\n"


def _draw(rng: random.Random, unused: dict[str, list[str]], topic: str) -> str:
    """A template of ``topic`` not used yet in this article (until all have been)."""
    if not unused.get(topic):
        unused[topic] = rng.sample(TEMPLATES[topic], len(TEMPLATES[topic]))
    return unused[topic].pop()


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    out, i = [], 0
    while i < len(sentences):
        n = rng.randint(1, 3)
        out.append(" ".join(sentences[i:i + n]))
        i += n
    return "\n".join(out)


def article_path(out: Path, index: int, shard: int) -> Path:
    return out / f"part-{index // shard:04d}" / f"a{index:07d}.txt"


def generate(count: int, seed: int) -> Iterator[tuple[int, str]]:
    """Yield ``(index, text)`` one article at a time."""
    pools = make_pools(seed)
    for index in range(count):
        yield index, render_article(pools, index)


def write_corpus(out: str | Path, count: int, seed: int, shard: int = 1000) -> tuple[int, int]:
    """Write the corpus to ``out``; returns (articles, bytes). Existing files are overwritten."""
    out = Path(out)
    total = 0
    for index, text in generate(count, seed):
        path = article_path(out, index, shard)
        if index % shard == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return count, total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10000, help="number of articles")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    parser.add_argument("--out", required=True, type=Path, help="folder to write into")
    parser.add_argument("--shard", type=int, default=1000, help="articles per subfolder")
    args = parser.parse_args(argv)
    n, size = write_corpus(args.out, args.count, args.seed, args.shard)
    print(f"wrote {n} articles, {size / 1e6:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
