"""Dates and numbers as typed literals, keeping the precision the text gives.

>>> parse_date("May 29")
Lit(value='--05-29', datatype='gMonthDay')
>>> parse_date("December 17, 2025")
Lit(value='2025-12-17', datatype='date')
>>> parse_date("March 2018")
Lit(value='2018-03', datatype='gYearMonth')
>>> parse_money("$5.43 billion")      # whose dollar, the article says (common.currency_of)
(Decimal('5430000000'), 'DOLLAR')
>>> parse_money("US$5.43 billion")
(Decimal('5430000000'), 'USD')
>>> parse_money("Rs 1.05 lakh crore")[0]
Decimal('1050000000000')
>>> parse_money("Rs 500 crore")
(Decimal('5000000000'), 'INR')
>>> parse_money("1.2 trillion won")
(Decimal('1200000000000'), 'KRW')
>>> parse_money("a 2 billion dollar contract")
(Decimal('2000000000'), 'DOLLAR')
>>> parse_money("a CAD$2.49 billion contract")
(Decimal('2490000000'), 'CAD')
>>> parse_money("worth five billion euros")
(Decimal('5000000000'), 'EUR')
>>> parse_count("five")
5
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import Lit

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
           r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
DATE_RE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}}) (?P<m1>{MONTH_RE}),? (?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH_RE}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{MONTH_RE}),? (?P<y3>\d{{4}})"
    rf"|(?P<d5>\d{{1,2}}) (?P<m5>{MONTH_RE})(?!,? \d)"
    rf"|(?P<y4>(?:19|20)\d{{2}}))\b", re.I)

SCALE = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6, "mn": Decimal(10) ** 6,
         "m": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "bln": Decimal(10) ** 9,
         "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9,
         "b": Decimal(10) ** 9, "trillion": Decimal(10) ** 12, "crore": Decimal(10) ** 7,
         "lakh": Decimal(10) ** 5, "lakh crore": Decimal(10) ** 12, "thousand crore": Decimal(10) ** 10}
# A bare '$' or 'dollars' is 'DOLLAR': the U.S. dollar, unless the article is Canadian, Australian, ...
CURRENCY = {"$": "DOLLAR", "us$": "USD", "a$": "AUD", "c$": "CAD", "nz$": "NZD", "nt$": "TWD", "hk$": "HKD",
            "s$": "SGD", "r$": "BRL", "£": "GBP", "usd$": "USD", "cad$": "CAD", "can$": "CAD", "au$": "AUD",
            "aud$": "AUD", "nzd$": "NZD", "sgd$": "SGD", "sg$": "SGD", "r": "ZAR", "w": "KRW",
            "€": "EUR", "₹": "INR", "₩": "KRW", "¥": "JPY", "rs": "INR", "rs.": "INR", "₱": "PHP", "p": "PHP",
            # the Kenyan press's shilling: 'a Sh25 billion arms deal', 'KSh 3 billion'
            "sh": "KES", "sh.": "KES", "ksh": "KES", "ksh.": "KES", "kshs": "KES", "kshs.": "KES",
            "kenyan shillings": "KES",
            # the Gulf press's riyals and dirhams: 'a QR2.6bn MoU', 'SR1.2 billion', 'Dh500mn'
            "qr": "QAR", "sr": "SAR", "dh": "AED", "dhs": "AED",
            # the Nordic crowns as the financial press abbreviates them: 'a SKr2.6 billion contract'
            "skr": "SEK", "nkr": "NOK", "dkr": "DKK",
            "dollar": "DOLLAR", "dollars": "DOLLAR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
            "euro": "EUR", "euros": "EUR", "rupee": "INR", "rupees": "INR", "won": "KRW",
            "yen": "JPY", "yuan": "CNY", "zloty": "PLN", "zlotys": "PLN", "lira": "TRY",
            "liras": "TRY", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
            "swiss franc": "CHF", "swiss francs": "CHF", "shekel": "ILS", "shekels": "ILS",
            "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED",
            "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
            "australian dollar": "AUD", "australian dollars": "AUD",
            "canadian dollar": "CAD", "canadian dollars": "CAD",
            # Names that several currencies share are read only with the demonym that
            # tells them apart ('Swedish kronor', 'Egyptian pounds'); bare 'pounds' stays GBP.
            "kronor": "SEK", "krona": "SEK", "swedish kronor": "SEK", "swedish krona": "SEK",
            "swedish crowns": "SEK", "norwegian kroner": "NOK", "norwegian krone": "NOK",
            "norwegian crowns": "NOK", "danish kroner": "DKK", "danish krone": "DKK", "danish crowns": "DKK",
            "czech crowns": "CZK", "czech korunas": "CZK", "koruna": "CZK", "korunas": "CZK",
            # ('34.2 billion crowns' in a Prague report: whose crowns, the article's country says)
            "crowns": "CROWN", "kroner": "CROWN", "krone": "CROWN",
            # ('a 32 billion-peso deal' in a Manila report: whose pesos, the article's country says)
            "peso": "PESO", "pesos": "PESO",
            "forint": "HUF", "forints": "HUF", "lei": "RON", "romanian lei": "RON",
            "hryvnia": "UAH", "hryvnias": "UAH", "rupiah": "IDR",
            "ringgit": "MYR", "baht": "THB", "reais": "BRL", "brazilian reais": "BRL",
            "rand": "ZAR", "egyptian pounds": "EGP", "pakistani rupees": "PKR",
            "soles": "PEN", "peruvian soles": "PEN", "naira": "NGN", "nigerian naira": "NGN",
            "mexican pesos": "MXN", "philippine pesos": "PHP", "chilean pesos": "CLP",
            "colombian pesos": "COP", "argentine pesos": "ARS", "singapore dollars": "SGD",
            "taiwan dollars": "TWD", "new taiwan dollars": "TWD", "hong kong dollars": "HKD",
            "new zealand dollars": "NZD", "japanese yen": "JPY", "chinese yuan": "CNY",
            "korean won": "KRW", "south korean won": "KRW", "indian rupees": "INR",
            "saudi riyals": "SAR", "qatari riyals": "QAR", "emirati dirhams": "AED",
            "moroccan dirhams": "MAD", "algerian dinars": "DZD", "kuwaiti dinars": "KWD",
            "iraqi dinars": "IQD", "turkish lira": "TRY", "russian roubles": "RUB",
            "russian rubles": "RUB", "polish zloty": "PLN", "polish zlotys": "PLN", "czech koruna": "CZK",
            "czech korunas": "CZK", "swedish krona": "SEK", "norwegian krone": "NOK", "danish krone": "DKK"}
CODES = ("USD EUR GBP INR KRW JPY CNY AUD CAD NZD PLN TRY RUB CHF ILS SAR AED SEK NOK DKK BRL "
         "ZAR SGD TWD CZK HUF RON UAH IDR MYR THB EGP PKR MXN PHP QAR KWD KES PEN NGN MAD DZD TND JOD OMR "
         "IQD VND BDT LKR NPR ARS CLP COP").split()
CURRENCY.update({c.lower(): c for c in CODES})
_WORD_SCALES = r"(?:lakh|thousand)\s+crores?|thousand|million|billion|trillion|crores?|lakhs?"   # ('Rs 2580 Crores')
_SCALE_RE = rf"(?P<scale>{_WORD_SCALES}|bn|mn|mln|bln|m|b)\b"
_NAMES = "|".join(re.escape(c) for c in sorted(   # (escaped: 's$' is no 's' at the end of a text)
    (c for c in CURRENCY if c[0].isalpha() and c not in ("rs", "rs.", "sh", "sh.", "ksh", "ksh.", "kshs", "kshs.",
                                                         "qr", "sr", "dh", "dhs", "r", "w", "p", "skr", "nkr", "dkr")),
    key=len, reverse=True))
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
MONEY_RE = re.compile(
    rf"(?:(?P<cur>(?<![A-Za-z])(?:USD|CAD|CAN|AUD|AU|NZD|SGD|Sg)\$|US\$|A\$|C\$|NZ\$|NT\$|HK\$|(?<![A-Z])[SR]\$|\$|£|€|₹|₩|¥|₱|(?<![A-Za-z])Rs\.?|(?<![A-Za-z])(?:KShs?|Kshs?|Sh)\.?(?=\s?\d)|(?<![\w-])(?:QR|SR|Dhs?)(?=\d)|(?<![A-Za-z])(?:SKr|NKr|DKr)(?=\s?\d)|(?<![A-Za-z])(?:{'|'.join(CODES)})|"   # (not the 'SAR' of 'CAESAR 155')
    # the Philippine press's peso: 'the P30-billion contract'
    rf"(?<![\w.-])P(?=\d[\d,.]*(?:-|\s)(?:{_WORD_SCALES})\b)|"
    # the South African press's rand: 'worth about R8-billion', 'a R2.4bn contract'
    rf"(?<![\w.-])(?-i:R)(?=\d[\d,.]*(?:-|\s)?(?:{_WORD_SCALES}|bn|m)\b)|"
    # the won as Korean and trade outlets write it: 'valued at W1.96 trillion'
    rf"(?<![\w.-])(?-i:W)(?=\d[\d,.]*(?:-|\s)?(?:{_WORD_SCALES}|bn)\b))\s?"
    rf"(?P<num>\d[\d,]*(?:\.\d+)?)"
    rf"(?:-(?=(?:{_WORD_SCALES})\b)|\s*)(?:{_SCALE_RE})?"   # ('₹63,000-crore')
    rf"|(?P<num2>\d[\d,]*(?:\.\d+)?)[\s-]*(?P<scale2>{_WORD_SCALES})?[\s-]*"
    rf"(?P<cur2>{_NAMES})\b"
    rf"|\b(?P<num3>{_NUMBER_WORDS})\s+(?P<scale3>million|billion|trillion)\s+(?P<cur3>{_NAMES})\b)", re.I)

WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100,
              "a dozen": 12, "dozen": 12, "two dozen": 24, "a pair of": 2})   # ('acquired a pair of A400Ms')
# (a calibre is no count: '155 mm artillery shells')
COUNT_RE = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?!\d|[ \u00a0]mm\b)|" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")"


def parse_date(text: str) -> Lit | None:
    m = DATE_RE.search(text)
    if not m:
        return None
    g = m.groupdict()
    if g["y1"]:
        return Lit(f"{g['y1']}-{_month(g['m1']):02d}-{int(g['d1']):02d}", "date")
    if g["m2"]:
        if g["y2"]:
            return Lit(f"{g['y2']}-{_month(g['m2']):02d}-{int(g['d2']):02d}", "date")
        return Lit(f"--{_month(g['m2']):02d}-{int(g['d2']):02d}", "gMonthDay")
    if g["m3"]:
        return Lit(f"{g['y3']}-{_month(g['m3']):02d}", "gYearMonth")
    if g["m5"]:   # '3 March': a day without its year stays a month and day
        return Lit(f"--{_month(g['m5']):02d}-{int(g['d5']):02d}", "gMonthDay")
    return Lit(g["y4"], "gYear")


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else
                  name.lower().rstrip(".")[:3] if len(name.rstrip(".")) <= 4 else name.lower()]


def parse_money(text: str) -> tuple[Decimal, str] | None:
    m = MONEY_RE.search(text)
    if not m:
        return None
    if m.group("num"):
        number, scale, cur = m.group("num"), m.group("scale"), m.group("cur")
    elif m.group("num2"):
        number, scale, cur = m.group("num2"), m.group("scale2"), m.group("cur2")
    else:   # 'five billion euros'
        number, scale, cur = str(WORDS[m.group("num3").lower()]), m.group("scale3"), m.group("cur3")
    value = Decimal(number.replace(",", ""))
    if scale:
        value *= SCALE[re.sub(r"(crore|lakh)s$", r"\1", " ".join(scale.lower().split()))]
    value = value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
    return value, CURRENCY[" ".join(cur.lower().split())]


def parse_count(text: str) -> int | None:
    text = text.strip().lower().replace(",", "")
    if text.isdigit():
        return int(text)
    return WORDS.get(text)
