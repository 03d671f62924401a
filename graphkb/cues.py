"""Names found from cues in the text, for things the gazetteer does not know:

- designations such as Su-30MKI, AK-203, MQ-9B (letters, a hyphen, digits), 'Type 26',
  'Mistral-class';
- "Operation X";
- organisation suffixes (Aerospace, Industries, Corporation, Agency, Ministry of ...), and
  names a country owns ("France's Safran") or an apposition describes ("X, Norway's arms
  maker");
- military branches ('Indian Navy', and the elliptic 'the Indian Navy, Army, and Air Force');
- a long name followed by its acronym in parentheses;
- a capitalised name followed by a kind of weapon ("Harop drones").

The kind of a weapon system comes from the words that follow its name.
"""
from __future__ import annotations

import functools
import itertools
import re

from . import gazetteer
from .spans import Mention, dateline, headline_lines, in_lines
from .titles import (AWARD_WORDS, DAYS, FIRM_NOUNS, MONTHS, NAME_COMMA_POST, NOT_NAME_WORDS, PORTFOLIO_WORDS, TITLE_RE,
                     TITLE_WORDS)

TITLE_AT = re.compile(TITLE_RE)


def _ordinary(word: str) -> bool:
    """A capitalised word that starts no name the cues find: a common word, a month, a day."""
    return word in NOT_NAME_WORDS or word in MONTHS or word in DAYS


KIND_WORDS = [
    (r"(?:surface-to-air |air[- ]def[ea]n[cs]e |air and missile def[ea]n[cs]e |missile def[ea]n[cs]e )"
     r"(?:missile )?systems?", "AirDefenceSystem"),
    (r"(?:supersonic |hypersonic |subsonic )?cruise missiles?", "CruiseMissile"),
    (r"(?:ballistic |anti-ship |anti-tank |air-to-air |surface-to-air |hypersonic |supersonic )?"
     r"missiles?(?!\s+(?:boats?|ships?|vessels?|frigates?|destroyers?|corvettes?|cruisers?))", "Missile"),
    (r"(?:multirole |multi-role |stealth |combat |fighter )?(?:fighter )?(?:jets?|fighters?|"
     r"fighter aircraft|combat aircraft|Joint Strike Fighters?)", "FighterAircraft"),
    (r"(?:attack |utility |transport |combat )?helicopters?", "Helicopter"),
    (r"(?:unmanned aerial (?:vehicles?|systems?)|drones?|UAVs?|UCAVs?)", "UnmannedAircraft"),
    (r"(?:transport |tanker |patrol |maritime patrol |military )?aircraft|airlifters?|planes?",
     "Aircraft"),
    (r"(?:main battle )?tanks?", "Tank"),
    (r"(?:heavy weapon carrier |armou?red |infantry fighting |combat )?vehicles?|APCs?|IFVs?|"
     r"(?:armou?red )?(?:personnel|troop) carriers?", "ArmouredVehicle"),
    (r"howitzers?|artillery(?: systems?)?|rocket launchers?|rocket systems?|guns?", "Artillery"),
    (r"aircraft carriers?|carriers?|frigates?|destroyers?|corvettes?|warships?|ships?|"
     r"vessels?|(?:patrol |missile |fast attack |attack )?boats?", "Ship"),
    (r"submarines?", "Submarine"),
    (r"(?:assault )?rifles?|carbines?", "Rifle"),
    (r"radars?(?: systems?)?", "Radar"),
    (r"(?:(?:communications?|reconnaissance|observation|surveillance|spy|navigation|early[- ]warning|"
     r"missile[- ](?:warning|tracking)|imaging|military)\s+)?satellites?", "Satellite"),
]


KIND_AFTER = re.compile(   # (past an acronym in brackets: 'Arrowhead 140 (AH140) frigates')
    r"(?:\s+\([A-Z][A-Z0-9-]{1,9}\))?\s+(?:[a-z-]+\s+){0,2}?(" + "|".join(f"(?:{p})" for p, _ in KIND_WORDS) + r")\b(?!-)")
#     (not the first half of a compound: 'the Babur-3 submarine-launched cruise missile')


KIND_ONLY = [(re.compile(rf"^(?:{p})$"), kind) for p, kind in KIND_WORDS]


KIND_CLASSES = {k for _, k in KIND_WORDS}


# A mark in Roman numerals after a name or initials ('Agni-II', 'Shaheen-III', 'KSS-III'), which
# the tokenizer keeps whole as well (mentions.DESIGNATION_TOKEN)
ROMAN_MARKED = r"[A-Z][a-z]{2,8}-(?:I{1,3}|IV|VI{0,3}|IX|X)|[A-Z]{2,4}-(?:I{1,3}|IV|VI{0,3})"
DESIGNATION = re.compile(
    # ('AIM-120D-3'; 'Shahed-136/131': two marks of one system)
    r"^(?:[A-Z][A-Za-z]{0,8}-\d{1,4}[A-Za-z0-9]{0,4}(?:/\d{1,4}[A-Za-z]{0,2})?(?:-[A-Z0-9]{1,3})?|"
    rf"[A-Z]{{1,3}}/[A-Z]{{1,4}}-\d{{1,4}}[A-Z]?|{ROMAN_MARKED})$")


DESIGNATION_NAME = re.compile(r"^(?:[A-Z][a-z]{2,}|I{1,3}|IV)$")
# Words that describe a system after its designation rather than name it ('AIM-120D Advanced
# Medium-Range ...', unlike 'S-400 Triumf' or 'KF-21 Boramae').
DESCRIPTIVE = {"Advanced", "Extended", "Improved", "Enhanced", "Medium", "Long", "Short", "Range",
               "Air", "Surface", "Joint", "Multi", "Heavy", "Light", "New", "Next", "Generation",
               "Precision", "Guided", "Tactical", "Strategic", "Ballistic", "Cruise", "Anti",
               "Missile", "Missiles", "Rocket", "Rockets", "Launcher", "Launchers",
               # ('VP-1 Type Tracked Armoured Personnel Carriers': the kind, as Chinese exporters write it)
               "Type", "Tracked", "Wheeled", "Amphibious", "Armoured", "Armored", "Infantry", "Personnel"}


NOT_DESIGNATION = re.compile(r"^(?:COVID|Covid|No|Section|Law|Article|Resolution|Title|"
                             r"Flight|Route|Gen|Class|Block|Phase|Level|Tier|War|Vatican|Chapter|Part|Stage|Round|WW|MK|Mk|"
                             r"Complex|Pad|Gate|Terminal|Pier|Berth|Hangar|Runway)-")
# A contract's number ('N00024-22-C-5400', 'FA8615-23-C-6052'), whose last part looks like a
# designation: the contracting office, the fiscal year, the instrument and a serial.
CONTRACT_NUMBER = re.compile(r"\b(?:[A-Z][A-Z0-9]{4,5}|[A-Z]{1,2}-\d{5})-\d{2}-[A-Z]-?[A-Z0-9]{4}\b")   # (and a task
#                                                                         order's: 'N-44255-20-F4095')
# A production block after a designation: 'F-16 Block 70', 'SM-2 Block IIIC'.
BLOCK_NUMBER = re.compile(r"^(?:[IVX]{1,4}[A-C]?|\d{1,3}[A-C]?)$")


ORG_SUFFIXES = {
    "Company": "Aerospace Industries Limited Ltd Ltd. Corporation Corp Corp. Company Inc Inc. Co "
               "LLC Co. plc PLC AG GmbH SA S.A. SARL SAS Bhd Pte JSC PJSC AB ASA SpA S.p.A. Services Systems Dynamics Technologies Group Holdings Holding Engineering Consulting Consultancy Airlines Airways Shipyard Shipyards Yards Shipbuilding "
               "Electronics Motors Concern Enterprises Enterprise Works Complex Industry Bank Ordnance "
               "Technology Machinery Manufacturing Trading Solutions Sistemas Sistemi Systeme Industrias Industrie",
    "Organization": "Institute Academy University Foundation Laboratory Laboratories Society Alliance Consortium Party",
    "GovernmentAgency": "Agency Ministry Department Office Bureau Directorate Commission "
                        "Council Command Administration Organisation Organization Authority "
                        "Service Committee Board Secretariat Subdirectorate Establishment",
    "Place": "Centre Center Facility Plant Factory Base Airbase Dockyard",
    "Agreement": "Agreement Framework Treaty Accord Pact Arrangement Convention Memorandum "
                 "Letter",
    "JointVenture": "Venture",   # ('Indo-Russian Rifles Joint Venture')
}


ORG_SUFFIX_KIND = {w: kind for kind, words in ORG_SUFFIXES.items() for w in words.split()}
# Words that end a firm's name only after names of its own and at the end of the name ('Shenzhen
# Royo Technology', 'Suzhou Ecod Precision Manufacturing'), not in 'Science and Technology' or
# 'the Missile Technology Control Regime'
WEAK_SUFFIXES = {"Technology", "Machinery", "Manufacturing", "Trading", "Solutions"}
BODY_WORDS = {"Industries", "Corporation", "Ministry", "Agency", "Directorate", "Department"}
# A post before 'of' ('Director General of Defense Industries System'): the body's name starts after it
TITLE_BEFORE_OF = re.compile(rf"\b(?:{TITLE_RE})\s*$")
LAW_WORDS = {"Regulations", "Regulation", "Act", "Law", "Laws", "Rules", "Directive", "Order",
             "Code", "Bill"}
# A company's legal form, which its name drops as often as not ('Lockheed Martin Corp.', 'L&T
# Group').
LEGAL_FORMS = set("Limited Ltd Ltd. Corporation Corp Corp. Company Inc Inc. LLC Co. plc PLC AG "
                  "GmbH SA S.A. JSC PJSC AB ASA SpA S.p.A. Group".split())
# ... at the end of a name, as one company is written with it or without ('Sierra Nevada Corp.'):
# the same forms, and those of two words, but not 'Company' or 'Group', which names keep
LEGAL_TAIL = re.compile(r",?\s+(?:Pty\.? Ltd\.?|Pty\.? Limited|Pte\.? Ltd\.?|Private Limited|Pvt\.? Ltd\.?|Co\.,? Ltd\.?|"
                        r"Company Limited|"
                        r"Co\.,? Limited|"
                        + "|".join(re.escape(w) for w in sorted(LEGAL_FORMS - {"Company", "Group"},
                                                                key=len, reverse=True))
                        + r")$")


CONNECTORS = {"of", "and", "for", "on", "in", "the", "&", "-", "’s", "'s", "de"}


BRANCH = re.compile(r"\b(Navy|Army|Air Force|Marine Corps|Marines|Coast Guard|Space Force|"
                    r"Armed Forces|Special Operations Forces|Special Forces|Rocket Forces|Ground Forces|"
                    r"Naval Forces|Land Forces|Air Forces|"
                    r"(?<!-)Defen[cs]e Forces?)\b")
LOWER_BRANCH = re.compile(r"\b(navy|army|air force|marine corps|coast guard|armed forces|"
                          # 'the Israeli military said': a country's armed forces, as a noun
                          r"military(?=\s+(?:said|says|has|had|have|is|was|will|would|added|announced|"
                          r"claimed|stated|confirmed|denied|reported|conducted|carried|launched|spokes\w+)\b"
                          r"|\s*[,.;:)]))\b(?!-)")


def text_of(doc) -> str:
    """The document's text, built once (spaCy's Doc.text joins every token each time)."""
    if "graphkb_text" not in doc.user_data:
        doc.user_data["graphkb_text"] = doc.text
    return doc.user_data["graphkb_text"]


def tokens_of(doc) -> list:
    """The document's tokens, made once (each pass over a spaCy Doc makes new Token objects)."""
    if "graphkb_tokens" not in doc.user_data:
        doc.user_data["graphkb_tokens"] = list(doc)
    return doc.user_data["graphkb_tokens"]


def span_of(doc, start: int, end: int) -> tuple[int, int, str]:
    """Character offsets and text of the tokens [start, end)."""
    toks = tokens_of(doc)
    first, last = toks[start].idx, toks[end - 1].idx + len(toks[end - 1].text)
    return first, last, text_of(doc)[first:last]


def sentence_starts(doc) -> set[int]:
    """Token indices that start a sentence, computed once per document (a token's own
    is_sent_start rescans the document)."""
    if "graphkb_starts" not in doc.user_data:
        doc.user_data["graphkb_starts"] = {t.i for t in tokens_of(doc)
                                           if t.i == 0 or t.sent_start == 1}
    return doc.user_data["graphkb_starts"]


def designations(doc, known: dict[int, int]) -> list[Mention]:
    """Designations ('Su-30MKI', 'F/A-18', 'Type 055', 'Kolkata-class') not already named by the
    gazetteer; `known` maps each character its mentions cover to the mention's start (a
    designation inside a known name is part of that name: 'Standard Missile-2'; one that starts
    with it names a variant: 'F/A-18 Super Hornet')."""
    toks = tokens_of(doc)
    out = []
    headlines = headline_lines(text_of(doc))
    numbers = {t for m in CONTRACT_NUMBER.finditer(text_of(doc)) for t in range(m.start(), m.end())}
    for m in _plain_designations(doc, known):   # 'AW169M', 'NH90': read apart, then skipped below
        out.append(m)
        numbers.update(range(m.start, m.end))
    i = 0
    while i < len(toks):
        token = toks[i]
        if token.idx in numbers:
            i += 1
            continue
        if i + 1 < len(toks) and toks[i + 1].text in ("class", "Class") and _class_without_hyphen(toks, i) \
                and token.idx not in known:   # 'the Virginia class'
            span = span_of(doc, i, i + 2)
            after = toks[i + 2].text if i + 2 < len(toks) else ""
            out.append(Mention(*span, "Submarine" if after.lower().startswith("submarine") else "Ship",
                               key=f"designation:{token.text.upper()}-CLASS"))
            i += 2
            continue
        if "-" not in token.text and token.text not in ("Type", "Project", "Class") \
                and "/" not in token.text and (i + 1 == len(toks) or toks[i + 1].text != "-"):
            i += 1
            continue
        slashed = i >= 2 and toks[i - 1].text == "/" and re.fullmatch(r"[A-Z]{1,3}", toks[i - 2].text) \
            and not toks[i - 2].whitespace_ and not toks[i - 1].whitespace_   # 'F/A-18', 'AN/MPQ-65A'
        if DESIGNATION.match(token.text) and not NOT_DESIGNATION.match(token.text) \
                and known.get(token.idx, -1) in (-1, toks[i - 2].idx if slashed else -1):
            end = i + 1
            while end < len(toks) and end - i < 3 and DESIGNATION_NAME.match(toks[end].text) \
                    and toks[end].text not in DESCRIPTIVE \
                    and not (end + 1 < len(toks) and toks[end + 1].text == "-") \
                    and not in_lines(token.idx, headlines) \
                    and not toks[end].is_stop and not _kind_word(toks[end].text) \
                    and toks[end].text not in ORG_SUFFIX_KIND and toks[end].text not in ("System", "Systems"):
                if toks[end].text == "Block":
                    end += 2 if end + 1 < len(toks) and BLOCK_NUMBER.match(toks[end + 1].text) else 0
                    break
                end += 1
            begin = i - 2 if slashed else i
            first, last, name = span_of(doc, begin, end)
            designation = text_of(doc)[toks[begin].idx:token.idx + len(token.text)]
            if end == i + 1 and re.search(r"\ds$", designation):   # 'FA-50s' are FA-50 jets
                designation, last, name = designation[:-1], last - 1, name[:-1]
            elif end > i + 1 and re.search(r"[^su]s$", name) and name.split()[-1][:1].isupper():
                last, name = last - 1, name[:-1]   # 'F-14 Tomcats', 'F/A-18 Super Hornets'

            out.append(Mention(first, last, name, "WeaponSystem",
                               key=f"designation:{designation.upper()}"))
            i = end
        elif re.fullmatch(r"[A-Z][\w]+-class", token.text) or (
                token.text[:1].isupper() and i + 2 < len(toks) and toks[i + 1].text == "-"
                and toks[i + 2].text == "class"):   # (a city's name too: 'Kolkata-class')
            end = i + 1 if token.text.endswith("-class") else i + 3
            begin = i   # ('the retired Tomas Batillo-class patrol gunboats', 'Arleigh Burke-class destroyers')
            while begin > 0 and i - begin < 2 and re.fullmatch(r"[A-Z][a-z]{2,}", toks[begin - 1].text) \
                    and toks[begin - 1].idx not in known and toks[begin - 1].text not in NOT_NAME_WORDS \
                    and toks[begin - 1].text not in DESCRIPTIVE and not toks[begin - 1].is_sent_start \
                    and toks[begin - 1].text not in gazetteer.demonym_index():
                begin -= 1
            span = span_of(doc, begin, end)
            kind = "Submarine" if end < len(toks) and toks[end].text.startswith("submarine") else "Ship"
            out.append(Mention(*span, kind,
                               key=f"designation:{span[2].upper()}"))
            i = end
        elif token.text in ("Type", "Project", "Class") and i + 1 < len(toks) \
                and re.fullmatch(r"\d{2,4}[A-Z]?", toks[i + 1].text) and token.idx not in known:
            span = span_of(doc, i, i + 2)
            out.append(Mention(*span, "WeaponSystem",
                               key=f"designation:{span[2].upper()}"))
            i += 2
        else:
            i += 1
    text = text_of(doc)
    acronyms = {m.text for m in out if _acronym_in_brackets(text, m)}   # (and the name's initials again:
    return [m for m in out if m.text.split()[0] not in acronyms]        # 'KDP-I Mustafa Mawludi')


# A designation written without a hyphen ('AW169M', 'NH90', 'H145M', 'A400M'): two or three
# capitals and a number, or one capital and a number before a kind of weapon ('G20' and 'COP28'
# are no weapons; 'FY25' is a fiscal year, 'QR40' a sum in Qatari riyals)
# (and an engine's model with its maker's letters and number: 'F110-GE-129', 'T700-GE-701D')
SCALE_AFTER = re.compile(r"\s*(?:million|billion|trillion|bn|mn|crore|lakh)\b", re.I)
PLAIN_DESIGNATION = re.compile(r"(?<![\w-])[A-Z]{1,3}\d{2,3}(?:[A-Z]{1,2}\d?)?(?:-[A-Z]{1,3}-\d{1,4}[A-Z]?)?(?=s?(?![\w-]))")   # ('M777A2')
# ... but no plural of these is a model's: 'G20s', 'FY25s', 'COP28s'
NOT_COUNTED = re.compile(r"^(?:COP|FY|GDP|ISO|CO|PM|RS|QR|SR|NO|G|Q|R|N|U|V)\d")
NOT_PLAIN = re.compile(r"^(?:COP|FY|MH|ISO|GDP|CO|PM|RS|QR|SR|NO|G|Q|H|P|A|B|C|S|T|M|R|V|E|N|U)\d")


ASIDE_AFTER = re.compile(r"\s+\([^()]{1,40}\)")
WORDS_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}")   # ('one H160 and three H175 helicopters')
# ... and the words after a plain designation that say it is a craft ('the JGSDF's H225 fleet')
CRAFT_WORDS = {"helicopter", "helicopters", "luh", "jet", "jets", "aircraft", "fleet", "fleets"}


# A designation with a spaced dash, as some outlets set it ('60 new VP – 1 Type Tracked Armoured
# Personnel Carriers'), when a kind of weapon follows within a few words
SPACED_DESIGNATION = re.compile(r"(?<![\w-])(?P<a>[A-Z]{2,4}) [–-] (?P<n>\d{1,3}[A-Z]?)(?![\w-])")
SIX_WORDS_AFTER = re.compile(r"(?:\s+[\w-]+){0,6}")


def _plain_designations(doc, known: dict[int, int]) -> list[Mention]:
    text = text_of(doc)
    out = []
    for m in SPACED_DESIGNATION.finditer(text) if " – " in text or " - " in text else ():
        after = SIX_WORDS_AFTER.match(text, m.end()).group(0).lower().split()
        if m.start() not in known and any(rx.match(w) for w in after for rx, _ in KIND_ONLY):
            out.append(Mention(m.start(), m.end(), m.group(0), "WeaponSystem",
                               key=f"designation:{m.group('a')}-{m.group('n')}",
                               label=f"{m.group('a')}-{m.group('n')}"))
    for m in PLAIN_DESIGNATION.finditer(text):   # (one pass over the text, not a test of each token)
        word = m.group(0)
        if m.start() in known or SCALE_AFTER.match(text, m.end()):
            continue   # (a sum: 'a PHP10 billion deal')
        if text[m.end():m.end() + 1] == "s":   # ('20 H145Ms', 'purchase of H225Ms'): so many of a model
            if not NOT_COUNTED.match(word):
                out.append(Mention(m.start(), m.end(), word, "WeaponSystem", key=f"designation:{word.upper()}"))
            continue
        after = ""
        aside = ASIDE_AFTER.match(text, m.end())   # ('16 H225M (earlier EC725 Caracal) medium helicopters')
        for i, following in enumerate(WORDS_AFTER.match(text, aside.end() if aside else m.end()).group(0).split()):
            after = following.lower()   # (past words that say what it is, or another designation:
            if any(rx.match(after) for rx, _ in KIND_ONLY) or after in CRAFT_WORDS or not (   # 'M777A2 LW155
                    re.fullmatch(r"[a-z]+(?:-[a-z]+)?", following) or PLAIN_DESIGNATION.fullmatch(following)
                    or i == 0 and DESIGNATION_NAME.fullmatch(following)):   # ultralight howitzers', or its
                break                                                       # name: 'H225M Caracal helicopters')
        if any(rx.match(after) for rx, _ in KIND_ONLY) or after in CRAFT_WORDS \
                or not NOT_PLAIN.match(word) or word.count("-") == 2:   # ('T700-GE-701D')
            named = re.match(r" ([A-Z][a-z]{2,})\b", text[m.end():m.end() + 30])   # ('H225M Caracal')
            end = m.end() + named.end() if named and named.group(1) not in DESCRIPTIVE \
                and named.group(1) not in NOT_NAME_WORDS and not _kind_word(named.group(1)) \
                and named.group(1).lower() not in CRAFT_WORDS and (any(rx.match(after) for rx, _ in KIND_ONLY)
                                                              or after in CRAFT_WORDS) else m.end()
            out.append(Mention(m.start(), end, text[m.start():end], "WeaponSystem", key=f"designation:{word.upper()}"))
    return out


def _acronym_in_brackets(text: str, m: Mention) -> bool:
    """'the Kurdistan Democratic Party of Iran (KDP-I)': a name's initials in brackets after it,
    which look like a designation but abbreviate the name."""
    if text[m.start - 1:m.start] != "(" or text[m.end:m.end + 1] != ")":
        return False
    words = re.findall(r"[A-Z][\w-]*", text[max(0, m.start - 80):m.start - 1].split(")")[-1])
    letters = re.sub(r"[^A-Z]", "", m.text)
    initials = "".join(w[0] for w in words)
    return len(letters) >= 2 and len(words) >= 2 and any(initials[i:].startswith(letters[:3])
                                                           for i in range(len(initials)))


def _class_without_hyphen(toks, i: int) -> bool:
    """'the 18th submarine of the Virginia class', 'Virginia class block III submarines', 'a
    Type 45 ... the Daring class destroyers': a name, then 'class', then a ship's kind or block,
    or after 'of the'."""
    if i + 1 >= len(toks) or toks[i + 1].text not in ("class", "Class") \
            or not re.fullmatch(r"[A-Z][a-z]+|[A-Z]{4,}", toks[i].text) \
            or toks[i].text in NOT_NAME_WORDS:   # (and 'HANGOR Class Submarines', as navies write it)
        return False
    after = toks[i + 2].text.lower() if i + 2 < len(toks) else ""
    if after in ("attack", "guided-missile", "stealth", "patrol", "diesel-electric", "nuclear-powered", "missile") \
            and i + 3 < len(toks):   # ('the fourth Hangor class attack submarine')
        after = toks[i + 3].text.lower()
    return bool(re.match(r"(?:submarines?|frigates?|destroyers?|corvettes?|carriers?|cruisers?|ships?|"
                         r"vessels?|block)$", after)) or \
        (i >= 2 and toks[i - 2].text == "of" and toks[i - 1].text == "the")


def _kind_word(word: str) -> bool:
    return any(rx.match(word.lower()) for rx, _ in KIND_ONLY)


# 'Operation Sindoor', 'Operation Rough Rider', 'Operation Days of Repentance', 'Operation True Promise II'
# 'Operation Claw-Sword', which the text may go on to call the 'Claw-Sword Air Operation'
_OP_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
# ... or in capitals, as Nigerian and other outlets write them: 'Operation HADIN KAI', 'Operation
# HARMONY IV' (a name in capitals goes on in capitals only)
OPERATION = re.compile(rf"\bOperation (?:{_OP_WORD}(?: {_OP_WORD}| (?:of|for) {_OP_WORD}){{0,3}}|"
                       r"[A-Z]{3,}(?:-[A-Z]{2,})*(?: (?!I{1,3}\b|IV\b|V\b)[A-Z]{2,}(?:-[A-Z]{2,})*){0,3})"
                       r"(?: (?:I{1,3}|IV|V|\d{1,2})\b)?")


# A mission named as operations are: 'Mission Divyastra', 'Mission Shakti' (not 'Mission Control')
MISSION = re.compile(r"(?<!-)\bMission (?P<name>(?!(?:Control|Command|Support|Statement|Impossible|Critical|Director|"
                     r"Commander|Specialist|Readiness|Capability|Systems?)\b)[A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?)\b"
                     r"(?!\s+(?:of|to|in|for)\b)")


# A mission of a body of states, named with the country it serves in and its initials: 'the Southern
# African Development Community Mission in DR Congo (SAMIDRC)', 'the African Union Transition Mission in
# Somalia (ATMIS)', 'the United Nations Organisation Stabilisation Mission in the DRC (MONUSCO)'
BODY_MISSION = re.compile(r"\b(?P<name>[A-Z][\w’'-]*(?: (?:(?:of|for|and|the) )?[A-Z][\w’'-]*){0,7} (?:Mission|Interim Force) "
                          r"in (?:the )?(?P<place>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}))\s*\((?P<initials>[A-Z]{3,}[A-Za-z]*)\)")


def operations(text: str) -> list[Mention]:
    out = []
    headlines = headline_lines(text)
    countries = gazetteer.demonym_index()
    matches = list(OPERATION.finditer(text))
    in_body = {_operation_name(m.group(0), countries) for m in matches
               if not in_lines(m.start(), headlines)}
    for m in matches:
        name = _operation_name(m.group(0), countries)
        if in_lines(m.start(), headlines):   # title case: the name the text uses, else two words
            name = max((n for n in in_body if m.group(0).startswith(n)), key=len,
                       default=" ".join(name.split()[:2]))
        out.append(Mention(m.start(), m.start() + len(name), name, "MilitaryOperation",
                           key=f"operation:{name.lower()}"))
    for name in in_body:   # 'the Claw-Sword Air Operation': the same operation, named the other way round
        rest = re.escape(name.split(" ", 1)[1])
        for m in re.finditer(rf"\b{rest}(?: (?:Air|Military|Ground|Naval|Special))? Operation\b", text):
            out.append(Mention(m.start(), m.end(), m.group(0), "MilitaryOperation",
                               key=f"operation:{name.lower()}"))
    for m in NAMED_MISSION.finditer(text) if "named" in text or "called" in text or "dubbed" in text else ():
        name = m.group("name")   # ('the EU naval mission named Aspides')
        out.append(Mention(m.start("name"), m.end("name"), name, "MilitaryOperation",
                           key=f"operation:{name.lower()}"))
    for m in MISSION.finditer(text) if "Mission " in text else ():   # ('Mission Divyastra, the first flight test')
        if m.group("name").split()[0] not in NOT_NAME_WORDS \
                and not re.search(r"[A-Z][\w-]*\s$", text[max(0, m.start() - 30):m.start()]):   # (not the
            #                                             middle of a name: 'Tactical Mission Network Software')
            out.append(Mention(m.start(), m.end(), m.group(0), "MilitaryOperation",
                               key=f"operation:{m.group(0).lower()}"))
    for m in QUOTED_OPERATION.finditer(text):   # 'carried out the “Second Hurricane of Yemen Operation”'
        group = "name" if m.group("name") else "name2"
        name = m.group(group)
        out.append(Mention(m.start(group), m.end(group), name, "MilitaryOperation",
                           key=f"operation:{name.lower()}"))
    for m in BODY_MISSION.finditer(text) if "Mission in" in text or "Force in" in text else ():
        name = m.group("name")
        if name.split()[0] not in ("The", "A", "An", "This"):
            out.append(Mention(m.start("name"), m.end("name"), name, "MilitaryOperation",
                               key=f"operation:{name.lower()}", attrs={"mission_in": m.group("place")}))
    return out + _exercises(text, countries)


# Named exercises: 'Exercise Talisman Sabre 2023', 'the African Lion 2023 joint military exercises',
# 'Cope India drills' (the words before the noun name it, unless they only say whose it is)
EXERCISE = re.compile(r"\bExercise (?!(?:Director|Directors|Control|Commander|Coordinator)\b)(?:[A-Z][a-z]+|[A-Z]{2,})(?: (?:[A-Z][a-z]+|[A-Z]{2,}|\d{4}))*")
NAMED_EXERCISE = re.compile(r"\b(?!(?:The|This|These|Those|Its|Their|A|An) )(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}(?: (?:19|20)?\d\d)?)"
                            r"(?= (?:(?:joint|multinational|bilateral|trilateral|annual|combined|large-scale|tri-services?|"
                            r"military|naval|air|army|live-fire|field|amphibious) ){0,3}"
                            r"(?:exercises?|drills?|wargames|war games)\b)")


EXERCISE_QUOTED = re.compile(
    # ('joint military exercise "Mitra Shakti"', 'exercise with Nepal, dubbed as “Mount Everest Friendship”')
    r"\b(?:exercises?|drills?)(?:\s+with\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?(?:,?\s+(?:dubbed|named|called|"
    r"code-?named)(?:\s+as)?)?\s+[“\"‘](?P<name>[A-Z][\w’'-]*(?: [A-Z\d][\w’'-]*){0,4})[”\"’′]"
    # ('Named ‘Sagarmatha Friendship-2017′ by Nepal, the joint military drill began')
    r"|\b[Nn]amed\s+[“\"‘'](?P<name2>[A-Z][\w’'-]*(?: [A-Z\d][\w’'-]*){0,4})[”\"’′']\s+by\s+[A-Z][\w’'-]*,\s+"
    r"the\s+(?:[\w-]+\s+){0,3}(?:exercises?|drills?)\b")
# 'the six-day joint military exercise Tiger Lightning (TL) 2025': the name after the words
EXERCISE_NAMED_AFTER = re.compile(r"\b(?:joint|bilateral|multinational|combined|military|naval|air|army|strategic)\s+"
                                  r"(?:military\s+|naval\s+)?exercises?\s+(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})"
                                  r"(?: \([A-Z]{1,5}\))?(?: (?P<year>(?:19|20)\d\d))?")


# 'The military exercises, code-named Bright Star, were first held': a name given without quotes
# ('a multi-service military exercise east of Taiwan, designated Strait Thunder 2025A': a year and a letter)
EXERCISE_CODE_NAMED = re.compile(r"\b(?:exercises?|drills?|war\s*games)(?:\s+(?:east|west|north|south|off|near|around|in)"
                                 r"\s+(?:of\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?,?\s+"
                                 r"(?:code-?named|dubbed|called|designated)\s+"
                                 r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?: (?:19|20)\d\d[A-Z]?)?)(?=[,.;]|\s+(?:is|was|were|are)\b)")
# 'a Multilateral Maritime Exercise', 'the importance of Balikatan Exercise': the word in the name
EXERCISE_AT_END = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}) Exercises?\b"
                             r"(?! [A-Z\d])")
# 'exercise of the Russian and Belarusian armed forces Zapad-2021', 'The Zapad-2021 exercise': a
# name joined to its year, known as an exercise's by the word next to it (a designation otherwise)
YEAR_JOINED = r"[A-Z][a-z]+-(?:19|20)\d\d"
EXERCISE_YEAR_JOINED = re.compile(rf"\b(?:exercises?|drills?)(?: [a-z]+){{0,2}}(?: (?:of|by) (?:the )?(?:[A-Z][\w’'.-]* )"
                                  rf"(?:(?:and|[a-z]+) [A-Z][\w’'.-]* )?(?:[a-z]+ ){{0,2}})?(?P<a>{YEAR_JOINED})\b"
                                  rf"|\b(?P<b>{YEAR_JOINED})(?: [a-z-]+){{0,2}} (?:exercises?|drills?)\b")


def without_year(name: str) -> str:
    """An exercise's name without its year: 'African Lion 2023', 'Talisman Sabre 25' and
    'Zapad-2021' are the exercises the text also calls 'African Lion', 'Talisman Sabre', 'Zapad'."""
    return re.sub(r"[ -](?:19|20)?\d\d$", "", name)


def exercise_key(name: str) -> str:
    return "operation:" + without_year(name).lower()


def _exercise_years(text: str, found: list[Mention]) -> list[Mention]:
    """'Balikatan 2024, the largest annual bilateral exercise': an exercise's name with its year,
    where the text has named the exercise already."""
    names = {without_year(m.text) for m in found}
    names |= {m.group("name") for m in NAMED_EXERCISE.finditer(text)}
    out = []
    for name in {n for n in names if len(n) >= 4 and not n.startswith(("The ", "This "))}:
        for m in re.finditer(rf"\b{re.escape(name)} (?:19|20)\d\d\b", text):
            out.append(Mention(m.start(), m.end(), m.group(0), "MilitaryOperation", key=exercise_key(name),
                               attrs={"exercise": True}))
    return out


def _exercises(text: str, countries) -> list[Mention]:
    if "xercise" not in text and "drill" not in text and "games" not in text:
        return []
    out = []
    for m in EXERCISE.finditer(text):
        out.append(Mention(m.start(), m.end(), m.group(0), "MilitaryOperation",
                           key=f"operation:{m.group(0).lower()}", attrs={"exercise": True}))
    for m in EXERCISE_QUOTED.finditer(text):   # 'joint military exercise "Mitra Shakti 2023"'
        group = "name" if m.group("name") else "name2"
        out.append(Mention(m.start(group), m.end(group), m.group(group), "MilitaryOperation",
                           key=exercise_key(m.group(group)), attrs={"exercise": True}))
    for m in EXERCISE_NAMED_AFTER.finditer(text):
        words = m.group("name").split()
        if words[0] in MONTHS or words[0] in DAYS or any(w in countries for w in words):
            continue   # ('the joint military exercise Monday', 'exercises Indian and ...')
        label = m.group("name") + (f" {m.group('year')}" if m.group("year") else "")   # (not its initials)
        out.append(Mention(m.start("name"), m.end(), text[m.start("name"):m.end()], "MilitaryOperation",
                           key=f"operation:{m.group('name').lower()}", label=label, attrs={"exercise": True}))
    for m in EXERCISE_CODE_NAMED.finditer(text):
        out.append(Mention(m.start("name"), m.end("name"), m.group("name"), "MilitaryOperation",
                           key=exercise_key(m.group("name")), attrs={"exercise": True}))
    for m in EXERCISE_AT_END.finditer(text):
        words = m.group("name").split()
        if not (_ordinary(words[0]) or words[0] in ("The", "This", "These", "Its", "Their", "A", "An")
                or any(w in countries for w in words) or re.search(r"[A-Z][\w’'.-]*\s$", text[:m.start()])):
            out.append(Mention(m.start(), m.end(), m.group(0), "MilitaryOperation",
                               key=exercise_key(m.group("name")), attrs={"exercise": True}))
    joined = {m.group("a") or m.group("b") for m in EXERCISE_YEAR_JOINED.finditer(text)}
    for m in re.finditer(rf"\b(?:{'|'.join(map(re.escape, joined))})\b" if joined else r"(?!)", text):
        out.append(Mention(m.start(), m.end(), m.group(0), "MilitaryOperation",
                           key=exercise_key(m.group(0)), attrs={"exercise": True}))
    out += _exercise_years(text, out)
    for m in NAMED_EXERCISE.finditer(text):
        words = m.group("name").split()
        if words[0] in ("The", "This", "These", "Those", "Its", "Their", "A", "An", "Exercise") \
                or any(w in countries or w.rstrip("’'s") in countries for w in words) \
                or any(part in countries for part in words[0].split("-")[:1] if "-" in words[0]) \
                or words[0] in MONTHS or words[0] in DAYS or words[-1].endswith(("’s", "'s")):
            continue   # ('the US-Philippine exercises', 'the Indian and French navies' drills', "the North's drill")
        out.append(Mention(m.start("name"), m.end("name"), m.group("name"), "MilitaryOperation",
                           key=exercise_key(m.group("name")), attrs={"exercise": True}))
    return out


# An operation named in quotes with the word at its end: 'the "Second Hurricane of Yemen Operation"'
# 'the EU naval mission named Aspides', 'an operation codenamed Prosperity Guardian'
NAMED_MISSION = re.compile(r"\b(?:mission|operation|raid|offensive|campaign),?\s+(?:named|called|dubbed|code-?named)\s+[“\"‘]?"
                           r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})")
QUOTED_OPERATION = re.compile(r"[“\"‘](?P<name>[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|the|for|and)){0,6} "
                              r"Operation)[”\"’]"
                              # ('launched a retaliatory operation “Bunyan al-Marsous”, meaning ...': a name quoted
                              # after the word; its words may be another language's, 'al-' and all)
                              r"|\b(?:launched|began|started|mounted|conducted)\s+(?:an?\s+|its\s+|the\s+)?(?:[a-z-]+\s+){0,2}"
                              r"(?:operation|offensive|campaign),?\s+(?:(?:code-?named|dubbed|called|named)\s+)?[“\"‘]"
                              r"(?P<name2>[A-Z][\w’'-]*(?: [\w’'-]+){0,4})[”\"’]")


def _operation_name(matched: str, countries) -> str:
    """The name without a date after it ('Operation Sindoor May') or whose it is ('... of India')."""
    words = matched.split()
    while len(words) > 2 and (words[-1] in MONTHS or words[-1] in DAYS or words[-1] in countries
                              or words[-1] in ("of", "for")):
        words.pop()
        if len(words) > 2 and words[-1] in ("of", "for"):
            words.pop()
    return " ".join(words)


# Navies' ship prefixes: 'HMS Jazan', 'TCG Anadolu', 'USS Gerald R. Ford', 'JS Izumo'; those
# that name one navy's country alone ('United States Ship') say whose ship it is
NAVY_PREFIX_COUNTRY = {"USS": "United States", "HMS": "United Kingdom", "INS": "India", "TCG": "Turkey",
                       "HMAS": "Australia", "HMCS": "Canada", "HMNZS": "New Zealand", "ESPS": "Spain",
                       "BRP": "Philippines", "KRI": "Indonesia", "ROKS": "South Korea", "JS": "Japan",
                       "PNS": "Pakistan", "RSS": "Singapore", "ARA": "Argentina", "BNS": "Bangladesh",
                       "HDMS": "Denmark", "HNLMS": "Netherlands", "NRP": "Portugal", "ORP": "Poland",
                       "ROCS": "Taiwan", "HTMS": "Thailand", "HSwMS": "Sweden", "FGS": "Germany",
                       "ITS": "Italy", "HNoMS": "Norway", "KNM": "Norway", "ENS": "Egypt", "NNS": "Nigeria"}
# A navy's prefix before a ship's name ('ITS Caio Duilio'): those above, and some the table does
# not tie to one country
SHIP_PREFIXES = "|".join([*NAVY_PREFIX_COUNTRY, "SAS", "BN", "KD", "SPS", "RFS", "FS"])
SHIP_PREFIX_WORD = re.compile(rf"^(?:{SHIP_PREFIXES})\s+")
SHIP = re.compile(rf"\b(?:{SHIP_PREFIXES})\s+"
                  r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:(?: [A-Z]\.)* [A-Z][a-z]+){0,2}|[A-Z]{3,}(?: [A-Z]{3,})?)\b"
                  r"(?:-\d{2,4}\b)?")   # ('KRI Teluk Weda-526', 'PNS BABUR')


QUOTED_SHIP = re.compile(rf"\b(?P<prefix>{SHIP_PREFIXES})\s+[“\"](?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})[”\"]")


# 'the first defence and intervention frigate (FDI), named Amiral Ronarc’h': a ship named without
# its navy's prefix, after the word for what it is
VESSEL_NAMED_AFTER_KIND = re.compile(r"\b(?:frigate|destroyer|corvette|submarine|cruiser|icebreaker|flagship|"
                                     r"aircraft\s+carrier|"   # ('its other aircraft carrier Liaoning')
                                     r"(?:patrol|landing|amphibious|missile|support|research|survey|assault|"
                                     r"merchant|cargo|container|commercial|[A-Za-z]+-built)\s+"
                                     r"(?:ship|vessel|boat|craft)|(?:oil\s+|chemical\s+)?tanker|bulk\s+carrier)\s+"
                                     r"(?P<name>[A-Z][a-z][\w’'-]+(?: [A-Z][a-z][\w’'-]+){0,2})\b"
                                     # ('A patrol ship from Russia's Black Sea Fleet, Sergey Kotov, was hit')
                                     r"|\b(?:[Aa]|[Tt]he)\s+(?:[a-z-]+\s+)?(?:ship|vessel|frigate|corvette|destroyer|"
                                     r"submarine|cruiser)\s+(?:from|of)\s+[^,;.]{1,60},\s+"
                                     r"(?P<name2>[A-Z][a-z][\w’'-]+(?: [A-Z][a-z][\w’'-]+){0,2}),")
NAMED_VESSEL = re.compile(r"\b(?:frigate|destroyer|corvette|submarine|ship|vessel|carrier|cruiser|"
                          r"icebreaker|patrol vessel|landing ship)s?\b(?:\s*\((?P<cls>[A-Z][A-Za-z0-9-]{1,10})\)|"
                          r"\s*\([^)]{1,20}\))?,?\s+"
                          r"(?:named|christened|dubbed|called)\s+(?:the\s+)?"
                          r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})")


# 'The fifth submarine `Vagir' was launched', "Christened 'Vela', the submarine was launched": a
# ship's name in quotes right after the word for what it is, or a christening before it
_VESSEL_KIND = r"(?:frigate|destroyer|corvette|submarine|cruiser|warship|(?:patrol\s+)?vessel|landing\s+ship)"
QUOTED_VESSEL = re.compile(rf"\b{_VESSEL_KIND}\s+[`‘'“\"](?P<name>[A-Z][a-z][\w-]+(?: [A-Z][a-z][\w-]+)?)[’'”\"]"
                           rf"|\b(?:[Cc]hristened|[Nn]amed|[Dd]ubbed)\s+[`‘'“\"](?P<name2>[A-Z][a-z][\w-]+"
                           rf"(?: [A-Z][a-z][\w-]+)?)[’'”\"],\s+the\s+(?:[a-z-]+\s+)?{_VESSEL_KIND}\b")


# 'Aselsan's remote-controlled stabilized weapon system "SARP,"', 'the cruise missile "CAKIR"':
# a system's name in quotes right after the word for what it is (not a ship: that is a vessel's
# own name, read by named_vessels)
QUOTED_SYSTEM = re.compile(
    r"\b(?P<kind>(?:air[- ]def[ea]n[cs]e\s+(?:missile\s+)?system|cruise\s+missile|(?:weapons?|missile|rocket|"
    r"artillery|radar|drone|gun|combat\s+management|electronic\s+warfare|fire\s+control)\s+system|"
    r"radar|missile|munition|drone|UAV|howitzer|rocket\s+launcher|launcher|torpedo|jammer|"
    r"armou?red\s+vehicle|vehicle|helicopter|satellite))s?,?\s+[“\"]"
    r"(?P<name>[A-Z][A-Za-z0-9]*(?:[- ][A-Z0-9][A-Za-z0-9]*){0,2})[,.]?[”\"]")
QUOTED_KINDS = [("air", "AirDefenceSystem"), ("cruise", "CruiseMissile"), ("radar", "Radar"),
                ("missile", "Missile"), ("drone", "UnmannedAircraft"), ("UAV", "UnmannedAircraft"),
                ("helicopter", "Helicopter"), ("vehicle", "ArmouredVehicle"), ("howitzer", "Artillery"),
                ("satellite", "Satellite")]


def quoted_systems(text: str) -> list[Mention]:
    """Weapon systems named in quotes after the word for their kind: the kind the word says."""
    out = []
    for m in QUOTED_SYSTEM.finditer(text) if "“" in text or '"' in text else ():
        kind = next((k for word, k in QUOTED_KINDS if m.group("kind").startswith(word)
                     or m.group("kind").endswith(word)), "WeaponSystem")
        out.append(Mention(m.start("name"), m.end("name"), m.group("name"), kind,
                           key=f"name:{m.group('name').lower()}", attrs={"named": True}))
    return out


def named_vessels(text: str) -> list[Mention]:
    """Ships named after the word for what they are, and the class an acronym gives them
    ('frigate (PPA), named Marcantonio Colonna'; 'the Russian landing ship Caesar Kunikov',
    'the flagship cruiser Moskva')."""
    out = []
    countries = gazetteer.demonym_index()
    for m in VESSEL_NAMED_AFTER_KIND.finditer(text):
        group = "name" if m.group("name") else "name2"
        first = m.group(group).split()[0]
        if first in NOT_NAME_WORDS or first in countries or first in ("Type", "Class", "Project"):
            continue
        out.append(Mention(m.start(group), m.end(group), m.group(group), "Ship",
                           key=f"name:{m.group(group).lower()}", attrs={"named": True, "weak": True}))
    for m in NAMED_VESSEL.finditer(text):
        out.append(Mention(m.start("name"), m.end("name"), m.group("name"), "Ship",
                           key=f"name:{m.group('name').lower()}", attrs={"named": True}))
        if m.group("cls"):
            out.append(Mention(m.start("cls"), m.end("cls"), m.group("cls"), "Ship",
                               key=f"name:{m.group('cls').lower()}", attrs={"weak": True}))
    for m in QUOTED_VESSEL.finditer(text) if "'" in text or "’" in text or "”" in text or '"' in text else ():
        group = "name" if m.group("name") else "name2"
        kind = "Submarine" if "submarine" in m.group(0) else "Ship"
        out.append(Mention(m.start(group), m.end(group), m.group(group), kind,
                           key=f"name:{m.group(group).lower()}", attrs={"named": True}))
    return out


def ships(text: str, known_starts: set[int]) -> list[Mention]:
    """Ships named with their navy's prefix (those the gazetteer knows keep its kind). A
    headline's capitals run on past the name ('Future USS Delaware Delivered to the Navy'): a
    name that is another's with a word more, or a headline's name ending in a past participle,
    loses that word."""
    found = [m for m in SHIP.finditer(text) if m.start() not in known_starts]
    names = {m.group(0) for m in found}
    quoted = [m for m in QUOTED_SHIP.finditer(text) if m.start() not in known_starts]
    headlines = headline_lines(text)
    out = []
    for m in found:
        name = m.group(0)
        line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
        if name.split(" ", 1)[1].isupper() and not re.search(r"[a-z]", line):
            continue   # (a line in capitals: 'NAVY GETS ITS NEW FRIGATE' names no ship 'ITS NEW')
        shorter = name.rsplit(" ", 1)[0]
        if name.count(" ") >= 2 and (shorter in names or in_lines(m.start(), headlines)
                                     and re.search(r"[a-z]ed$", name)):
            name = shorter
        out.append(Mention(m.start(), m.start() + len(name), name, "Ship", key=f"name:{name.lower()}"))
    for m in quoted:   # ('inaugurated as the INS “Oz”', 'the “INS Magen”'): the name without its quotes
        name = f"{m.group('prefix')} {m.group('name')}"
        out.append(Mention(m.start(), m.end(), m.group(0), "Ship", key=f"name:{name.lower()}", label=name))
    return out


@functools.lru_cache(maxsize=1)
def _known_first_words() -> frozenset[str]:
    """The first words of the gazetteer's names: after 'and', such a word starts another name."""
    return frozenset(n.split()[0] for k in gazetteer.load() for n in [k.label, *k.aliases]
                     + k.demonyms if n)


# Suffixes of a site, whose name goes on only with 'of' ('Devonport Naval Base for Babcock' is
# the base, then whom it serves)
SITES = {"Base", "Airbase", "Dockyard", "Facility", "Factory", "Plant"}


def _acronym_opens_run(toks, before: int, suffix: int) -> bool:
    """Whether the acronym in brackets after a name's suffix starts with the first letter of the
    capitalised words that end at `before` (an 'and' joins them to the name): then they are one
    body's name, not a list of two ('Bharat Forge and PLR Systems (PLRS)' are two firms)."""
    if suffix + 3 >= len(toks) or toks[suffix + 1].text != "(" or toks[suffix + 3].text != ")" \
            or not re.fullmatch(r"[A-Z]{3,6}", toks[suffix + 2].text) or not toks[before].text[:1].isupper() \
            or toks[before].text in ORG_SUFFIX_KIND:
        return False
    run = before
    while run > 0 and toks[run - 1].text[:1].isupper() and toks[run - 1].text not in ORG_SUFFIX_KIND:
        run -= 1
    return toks[run].text[0] == toks[suffix + 2].text[0]


# Words for an activity that open a phrase about it, not a body's name ('Joint Procurement of ...')
ACTIVITY_WORDS = {"Procurement", "Acquisition", "Development", "Production", "Supply", "Purchase", "Modernisation",
                  "Modernization", "Maintenance", "Delivery", "Sale", "Export", "Transfer"}


def organisations(doc) -> list[Mention]:
    """Capitalised names that end in an organisation suffix ('BrahMos Aerospace')."""
    toks = tokens_of(doc)
    out = []
    headlines = headline_lines(text_of(doc))
    for i, token in enumerate(toks):
        kind = ORG_SUFFIX_KIND.get(token.text)
        if kind is None or i == 0 or in_lines(token.idx, headlines):
            continue
        start = i
        while start > 0:
            prev = toks[start - 1]
            if re.search(r"-[a-z]+$", prev.text) or prev.text in ("CEO", "CFO", "COO", "CTO", "Chairman",
                                                                  "President", "Minister", "Secretary"):
                break   # 'U.S.-designated China Concord Petroleum Company', 'CEO of Saab AB'
            if prev.text[:1].isupper() and not prev.is_stop and prev.text not in DAYS \
                    and prev.text not in MONTHS:
                start -= 1
            elif prev.text in CONNECTORS and start - 2 >= 0 and toks[start - 2].text[:1].isupper() \
                    and prev.text not in ("the", "and", "’s", "'s") and prev.i not in sentence_starts(doc) \
                    and toks[start - 2].text not in ("Shares", "Stock", "Stocks", "Stake") \
                    and not (prev.text == "of" and TITLE_BEFORE_OF.search(
                        text_of(doc)[max(0, prev.idx - 60):prev.idx])):   # ('Director General of X')
                start -= 1
            elif prev.text == "and" and start >= 2 and toks[start - 2].text in FIELD_WORDS \
                    and toks[start].text in FIELD_WORDS and prev.i not in sentence_starts(doc):
                start -= 1   # ('Defense Technology and Science Research Center')
            elif prev.text == "and" and start >= 2 and toks[start].text in ("Sons", "Brothers", "Partners") \
                    and toks[start - 2].text[:1].isupper() and prev.i not in sentence_starts(doc):
                start -= 1   # ('Akhtar and Sons Private Limited')
            elif prev.text == "and" and start >= 2 and prev.i not in sentence_starts(doc) \
                    and _acronym_opens_run(toks, start - 2, i):
                start -= 1   # ('Machines and Chemical Industries Board (MKEK)': one body, as its acronym says)
            else:
                break
            if start in sentence_starts(doc):
                break
        while start < i and toks[start].text in CONNECTORS:
            start += 1
        end = i + 1
        # "Ministry of Defence", "Department of State", "Centre of Excellence"; a company's
        # name goes on only with "of" ("Aviation Industry Corporation of China", not "Bharat
        # Dynamics Limited for Astra missiles")
        known_firm = kind == "Company" and end + 1 < len(toks) and toks[end].text == "of" \
            and span_of(doc, start, end)[2] in gazetteer.by_name() \
            and toks[end + 1].text in gazetteer.demonym_index()   # ('Naval Group of France': the firm, then
        if not known_firm and end + 1 < len(toks) and toks[end].text in (   # its country)
                ("of",) if kind == "Company" or token.text in SITES else ("of", "Of", "on", "for")) and \
                toks[end + 1].text[:1].isupper() and toks[end + 1].text not in DAYS \
                and toks[end + 1].text not in MONTHS:   # not 'Council on Thursday'
            end += 2
            while end < len(toks) and toks[end].text not in DAYS:
                if toks[end].text[:1].isupper() and _name_after_portfolio(toks, i, end):
                    break   # ('the Israel Ministry of Defense Eyal Zamir': a person's name after the body's)
                if toks[end].text[:1].isupper():
                    end += 1
                elif end + 1 < len(toks) and toks[end + 1].text[:1].isupper() and (
                        toks[end].text == "and" and toks[end + 1].text not in _known_first_words()
                        and toks[end + 1].text not in ORG_SUFFIX_KIND
                        and not NAME_COMMA_POST.match(text_of(doc), toks[end + 1].idx)   # ('... of Defence and
                        #                                  Barun Mitra, Additional Secretary ...': a man, not the body's)
                        or toks[end].text == "-" and not toks[end - 1].whitespace_
                        or toks[end].text == "in" and toks[end - 1].text == "Made"):   # ('Ministry of
                    #                                                   Enterprises and Made in Italy')
                    end += 2   # '... on Military and Military-Technical Cooperation', not
                    #            'Ministry of Defence and Rheinmetall'
                else:
                    break
        if end - start < 2 or (token.text == "Letter" and end == i + 1) or _in_post(doc, start, end):
            continue
        if token.text in WEAK_SUFFIXES and not _ends_firm_name(toks, start, i):
            continue
        if any(toks[k].text in ACTIVITY_WORDS and toks[k + 1].text == "of" for k in range(start, min(start + 2, i))):
            continue   # ('the Memorandum of Understanding on the Joint Procurement of Air Defence Systems': what
            #            it is about, no firm)
        if end < len(toks) and toks[end].text in LAW_WORDS:
            continue   # 'the Export Administration Regulations' are a law, not an administration
        if end < len(toks) and toks[end].text in AWARD_WORDS:
            continue   # 'the Field Command Medal' is an honour, not a command
        span = span_of(doc, start, end)
        if all(t.text in GENERIC_ORG_WORDS or t.text in CONNECTORS for t in toks[start:end]):
            continue   # 'a Joint Venture Company', 'Public Sector Enterprises': no name
        known = _legal_name(doc, start, i) if end == i + 1 and token.text in LEGAL_FORMS else None
        if known is not None:
            out.append(Mention(*span, known.kind, key=known.key))
        else:
            named = _named_kind(kind, [t.text for t in toks[start:i]])
            if token.text == "Group" and toks[i - 1].text == "Armed":
                named = "ArmedGroup"   # ('the Residual Armed Group of FARC')
            if named == "Place" and end > i + 1 and toks[i + 1].text == "for":
                named = "Organization"   # ('Center for Arms Control and Non-Proliferation': an institution)
            out.append(Mention(*span, named, key=f"name:{span[2].lower()}"))
    return out


def _name_after_portfolio(toks, suffix: int, at: int) -> bool:
    """Whether the capitalised words at token at, after a ministry's portfolio ('Ministry of
    Defense'), are a person's name (two words or more, none a portfolio's) rather than more of it."""
    if toks[suffix].text not in ("Ministry", "Department") or toks[at - 1].text not in PORTFOLIO_WORDS:
        return False
    words = []
    for t in toks[at:at + 4]:
        if not re.fullmatch(r"[A-Z][a-z][\w'’-]*", t.text) or t.text in PORTFOLIO_WORDS or t.text in CONNECTORS:
            break
        words.append(t.text)
    return len(words) >= 2 and words[0] not in NOT_NAME_WORDS


def _ends_firm_name(toks, start: int, i: int) -> bool:
    """Whether a weak suffix at token i ends a firm's name that starts at start."""
    words = [t.text for t in toks[start:i]]
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    return not after[:1].isupper() and all(w[:1].isupper() and w not in FIELD_WORDS and w not in CONNECTORS
                                           and w not in ORG_SUFFIX_KIND for w in words)


# Fields that a body's name joins with 'and' ('Science and Technology', 'Research and Development')
# (not the words that end a firm's name: 'Aurora Aerospace and Ember Dynamics' are two)
FIELD_WORDS = {"Technology", "Science", "Sciences", "Research", "Development", "Innovation",
               "Logistics", "Aviation", "Space", "Security", "Defense", "Defence"}


def _in_post(doc, start: int, end: int) -> bool:
    """Whether the name is a post's portfolio, not a body: 'Under Secretary of Commerce for
    Industry and Security Alan Estevez', 'Secretary for Export Administration X'."""
    toks = tokens_of(doc)
    if start == 0 or toks[start - 1].text not in ("of", "for"):
        return False
    text = text_of(doc)
    window = max(0, toks[start - 1].idx - 60)
    title = TITLE_BEFORE_OF.search(text, window, toks[start - 1].idx)
    end_char = toks[end - 1].idx + len(toks[end - 1].text)
    return title is not None and TITLE_AT.fullmatch(text, title.start(), end_char) is not None


GENERIC_ORG_WORDS = {"Joint", "Venture", "Company", "Companies", "Public", "Sector", "Enterprises",
                     "Enterprise", "Undertaking", "Undertakings", "Private", "State", "Limited", "Group",
                     "Industries", "Industry", "Systems", "Services", "Holdings", "Defence", "Defense",
                     "Aerospace", "Military", "Arms"}


def _legal_name(doc, start: int, form: int):
    """The gazetteer's entry for a company named with its legal form ('Lockheed Martin Corp.',
    'Oshkosh Defense LLC'), so that it is the same company as without it."""
    name = text_of(doc)[tokens_of(doc)[start].idx:tokens_of(doc)[form].idx].rstrip(" ,")
    name = re.sub(r",?\s+Co\.?$", "", name)   # ('Hanwha Systems Co. Ltd.')
    name = name if name in gazetteer.by_name() else name.removeprefix("The ")
    known = gazetteer.by_name().get(name)
    if known is None or known.kind == "Country" or (" " not in name and known.label.startswith(name + " ")):
        return None   # ('Hanwha Group' is not Hanwha Aerospace, though news calls that 'Hanwha':
    return known      #  a family name with a legal form is the group's)


def _named_kind(kind: str, before: list[str]) -> str:
    """A 'centre' named for research, or for a company, is an organisation, not a place:
    'Shahed Aviation Industries Research Center', 'Naval Research Centre' (a government's
    when the name is a service's: 'Naval Air Warfare Center')."""
    if kind != "Place":
        return kind
    if any(ORG_SUFFIX_KIND.get(w) == "Company" for w in before):
        return "Company"
    if before and before[-1] in CENTRE_OF_WORK:
        military = {"Air", "Naval", "Navy", "Army", "Marine", "Space", "Defense", "Defence", "Missile"}
        return "GovernmentAgency" if military & set(before) else "Organization"
    return kind


# What a centre named for its work does ('Air Force Life Cycle Management Center', 'Naval Surface
# Warfare Center'): such a centre is a body, not a place.
CENTRE_OF_WORK = {"Research", "Development", "Training", "Operations", "Innovation", "Management",
                  "Warfare", "Logistics", "Sustainment", "Engineering", "Intelligence", "Test",
                  "Systems", "Materiel", "Acquisition", "Contracting", "Analysis", "Simulation"}


# A word between the country and the branch ('Qatar Emiri Air Force', 'Somalia National Army')
COURT_TITLES = {"Emiri", "Amiri", "Royal", "Imperial", "National"}

BRANCH_OF = re.compile(r" of (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b")


# A force's own service: 'the PLA Navy', "the IRGC's Navy", 'the IRGC Aerospace Force'
SERVICE_ARM = re.compile(r"\)?(?:’s|'s)?\s+(?P<arm>Navy|Air\s+Force|Army|Ground\s+Forces?|Aerospace\s+Force|"
                         r"Rocket\s+Force|Marine\s+Corps|Quds\s+Force|Strategic\s+Support\s+Force)\b")


def service_arms(text: str, found: list[Mention]) -> list[Mention]:
    """The services of a force the gazetteer knows ('the IRGC Navy'): a branch of their own,
    whose parent force a claim gives (`arm_of` holds its key)."""
    out = []
    for m in found:
        if m.kind != "MilitaryBranch" or not m.key or m.key.startswith("branch:"):
            continue
        arm = SERVICE_ARM.match(text, m.end)
        if arm is None:
            continue
        name = f"{m.text} {' '.join(arm.group('arm').split())}"
        start = arm.start("arm") if arm.group(0).startswith(")") else m.start   # ("the Islamic Revolution
        out.append(Mention(start, arm.end(), text[start:arm.end()], "MilitaryBranch",   # Guards Corps (IRGC)’s
                           key=f"name:{name.lower()}", label=name, attrs={"arm_of": m.key}))   # Navy": the service alone)
    return out


# "Saab’s Arexis electronic warfare suite", "Rafael’s Trophy Active Protection System": a firm's
# product named after its possessive, with the word for its kind after the name
FIRM_PRODUCT = re.compile(r"(?:’s|'s)\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}?)"
                          r"(?:\s+(?:(?:[a-z-]+\s+){0,2}(?P<kind>suite|system|radar|missile|drone|jammer|pod|launcher|"
                          r"munition|torpedo|interceptor|loitering\s+munition|howitzer|vehicle)s?\b)|"
                          r"\s+(?P<cap>System|Suite|Radar)\b)")
FIRM_PRODUCT_KINDS = {"radar": "Radar", "missile": "Missile", "drone": "UnmannedAircraft", "interceptor": "Missile",
                      "howitzer": "Artillery", "vehicle": "ArmouredVehicle", "Radar": "Radar"}


def firm_products(text: str, found: list[Mention]) -> list[Mention]:
    """Systems named after the possessive of a firm already found (not 'Boeing's Defense unit')."""
    out = []
    taken = {m.start for m in found}
    for m in found:
        if m.kind != "Company":
            continue
        product = FIRM_PRODUCT.match(text, m.end)
        if product is None or product.start("name") in taken:
            continue
        end = product.end("cap") if product.group("cap") else product.end("name")
        name = text[product.start("name"):end]
        if name.split()[0] in NOT_NAME_WORDS or name.split()[0] in gazetteer.demonym_index():
            continue
        kind = FIRM_PRODUCT_KINDS.get(product.group("kind") or product.group("cap"), "WeaponSystem")
        out.append(Mention(product.start("name"), end, name, kind, key=f"name:{name.lower()}",
                           attrs={"weak": True}))
    return out


OWNER_BEFORE = re.compile(r"([A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)(?:’s|'s) $")


def branches(text: str) -> list[Mention]:
    """'Indian Navy', "India's Army", and the elliptic 'the Indian Navy, Army, and Air Force'."""
    out = []
    demonyms = gazetteer.demonym_index()
    prefix = re.compile(r"([A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)(?:’s|'s)? $")
    for m in itertools.chain(BRANCH.finditer(text), LOWER_BRANCH.finditer(text)):
        lower = m.group(1).islower()   # 'the Brazilian air force', as wires write it
        name = m.group(1).title() if lower else m.group(1)
        name = "Armed Forces" if name == "Military" else name.replace("Defense Force", "Defence Force")
        name = {"Naval Forces": "Navy", "Air Forces": "Air Force"}.get(name, name)
        before = text[max(0, m.start() - 30):m.start()]   # (one force however it is spelt)
        p = prefix.search(before)
        country = None
        start = m.start()
        if p and p.group(1) in demonyms:
            country = demonyms[p.group(1)]
            start = m.start() - len(before) + p.start(1)
        elif p and p.group(1).split()[0] in demonyms and p.group(1).split()[-1] in COURT_TITLES:
            country = demonyms[p.group(1).split()[0]]   # 'Qatar Emiri Naval Forces'
            start = m.start() - len(before) + p.start(1)
        elif p and p.group(1).split()[-1] in demonyms:
            country = demonyms[p.group(1).split()[-1]]
            start = m.start() - len(before) + p.start(1)
            if not p.group(1).startswith("Royal "):   # 'Royal Australian Navy' is its name
                start += p.group(1).rfind(" ") + 1
        elif p and p.group(1) in COURT_TITLES and (owner := OWNER_BEFORE.search(
                text, max(0, m.start() - len(before) + p.start(1) - 40), m.start() - len(before) + p.start(1))) \
                and owner.group(1) in demonyms:   # "Morocco’s Royal Armed Forces": the kingdom's, by their name
            country = demonyms[owner.group(1)]
            start = m.start() - len(before) + p.start(1)
        end = m.end()
        if country is None and lower:
            continue   # ('the army', 'an air force': no country of their own)
        of = BRANCH_OF.match(text, m.end())   # 'Armed Forces of the Philippines'
        if country is None and of and p and p.group(1).split()[-1] not in COURT_TITLES \
                and not text.endswith("the ", 0, m.start()):
            continue   # ('the Revolutionary Armed Forces of Colombia': a force of its own name, no
            #             country's)
        if country is None and of and p and f"{p.group(1).split()[-1]} {m.group(1)}" in gazetteer.by_name():
            continue   # ('the Royal Navy of the United Kingdom': the Royal Navy the gazetteer knows)
        if country is None and of and of.group(1) in demonyms and of.group(1) in (
                demonyms[of.group(1)].label, *demonyms[of.group(1)].aliases):
            country, end = demonyms[of.group(1)], of.end()
        elif country is None:
            country = _elliptic_branch_country(text, m.start(), out)
        if country is None and not lower and text.endswith("the ", 0, m.start()) and m.group(1) in (
                "Army", "Navy", "Air Force") and not of:
            country = _dateline_country(text)   # ('LUCKNOW: ... delivered to the Army': the dateline's
            #                                      country's army)
        if country is None:
            continue
        written = text[start:end]
        demonym = country.demonyms[0] if country.demonyms else country.label
        # 'Pakistan Air Force' as written; 'Indian Navy' for "India's Navy" or an elliptic 'Army'
        label = written if not lower and (written.startswith((country.label + " ", "Royal ")) or end > m.end()
                                          or set(written.split()) & COURT_TITLES) else f"{demonym} {name}"
        out.append(Mention(start, end, written, "MilitaryBranch",
                           key=f"branch:{country.label}:{name}", label=label,
                           attrs={"country": country.key,
                                  "iri_name": f"{country.label} {name}"}))
    return out


def _dateline_country(text: str):
    """The country whose capital the text's dateline names, when the dateline opens the text
    ('NEW DELHI:', 'Washington, May 3 -', 'SEOUL (Yonhap) -')."""
    capitals = gazetteer.capital_index()
    m = dateline(text[:600], capitals)
    if m is None or text[:m.start()].strip():
        return None
    place = m.group("place")
    return capitals.get(place if not place.isupper() else place.title())


def _elliptic_branch_country(text: str, start: int, found: list[Mention]):
    """In 'the Indian Navy, Army, and Air Force', Army and Air Force are Indian too."""
    if not found:
        return None
    last = found[-1]
    between = text[last.end:start]
    if re.fullmatch(r"(?:,\s*(?:and\s+)?|\s+and\s+)((?:[A-Z][a-z]+ ?)+,\s*(?:and\s+)?)*", between):
        return gazetteer.by_key()[last.attrs["country"]]
    return None


ECONOMY_WORDS = {"GDP", "GNP", "GST", "VAT", "CPI", "EEZ"}


def possessed_organisations(doc, found: list[Mention]) -> list[Mention]:
    """"France's Safran", "Israel's Elbit": a capitalised name owned by a country is most often
    one of its companies or agencies (unless it names a person: "India's Singh")."""
    toks = tokens_of(doc)
    out = []
    countries = gazetteer.demonym_index()
    people = {w for m in found if m.kind == "Person" for w in m.text.split()}
    headlines = headline_lines(text_of(doc))
    for i, token in enumerate(toks[:-2]):
        if token.text not in countries or toks[i + 1].text not in ("’s", "'s") \
                or in_lines(token.idx, headlines) \
                or TITLE_AT.match(text_of(doc), toks[i + 2].idx):   # "Poland's Deputy Prime Minister"
            continue
        end = i + 2
        while end < len(toks) and end - i < 5 and re.fullmatch(r"[A-Z][\w&-]*", toks[end].text) \
                and toks[end].text not in NOT_NAME_WORDS and toks[end].text not in TITLE_WORDS \
                and toks[end].text != "Operation":
            end += 1
        if end == i + 2 or any(t.text in people for t in toks[i + 2:end]):
            continue
        where = DIRECTION_BEFORE.search(text_of(doc), max(0, token.idx - 30), token.idx)
        if end < len(toks) and (toks[end].text in ("in", "for") and not where or re.fullmatch(
                r"initiative|policy|programme|program|campaign|scheme|strategy|plan|vision|government|"
                r"party|opposition|coalition|administration|cabinet|leader|leadership|conflict|war|crisis|"
                r"region|province|coast|border|frontier|territory|enclave|peninsula|allies|partners|"
                r"neighbou?rs|rivals", toks[end].text)) \
                or toks[i + 2].text in ECONOMY_WORDS:   # ("Canada’s GDP", "Canada’s Five Eyes allies")
            continue   # "India’s Make in India initiative" is a policy, no organisation; "Spain's
            #            Socialist government" is a government; "Sudan’s Darfur conflict" a region's
        span = span_of(doc, i + 2, end)
        if any(span[0] <= m.start and m.end <= span[1] and m.kind == "ArmedGroup" for m in found):
            continue   # ("Yemen’s Shiite Houthi rebels": a known group, with a word that describes it)
        place = where or (end < len(toks) and toks[end].text in PLACE_NOUNS)   # ("Japan's Okinawa islands")
        if end < len(toks) and toks[end].text in VESSEL_NOUNS:   # ("Russia's Moskva cruiser")
            out.append(Mention(*span, "Ship", key=f"name:{span[2].lower()}", attrs={"weak": True}))
            continue
        out.append(Mention(*span, "Place" if place else "Organization",   # ("in northern Syria's Ain Issa")
                           key=f"name:{span[2].lower()}", attrs={"weak": True}))
    return out


# The nouns after a name that make it a place's ("Japan's Okinawa islands")
PLACE_NOUNS = {"island", "islands", "archipelago", "atoll", "city", "town", "village", "district", "county",
               "prefecture", "port", "harbour", "harbor"}
VESSEL_NOUNS = {"cruiser", "frigate", "destroyer", "corvette", "carrier", "submarine", "warship", "flagship"}
# A compass point before a country's possessive makes what it owns a place
DIRECTION_BEFORE = re.compile(r"\b(?:in|near|across|over)\s+(?:the\s+)?(?:north|south|east|west|central|"
                              r"(?:north|south)-?(?:east|west))(?:ern)?\s+$")


COMPANY_NOUNS = (r"maker|manufacturer|company|firm|group|contractor|shipbuilder|shipyard|builder|"
                 r"producer|giant|conglomerate|exporter|supplier|corporation|concern|bank|lender")


DESCRIBED_COMPANY = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=;\sand\s)|(?<=\n))(?P<name>[A-Z][\w&-]+(?: [A-Z][\w&-]+){{0,3}}),\s+(?:a|an|the)?\s*"
    rf"(?:[A-Z][\w.]+(?:’s|'s)?\s+)?(?:[\w-]+\s+){{0,3}}(?:{COMPANY_NOUNS})\b")


# ... and a firm bought, so described: 'acquired a 50% stake in SIATT, a Brazilian high-tech weapons
# systems company'
BOUGHT_DESCRIBED = re.compile(
    rf"\b(?:(?:stake|shares?|holding|interest)\s+in|(?:acquisition|purchase|takeover)\s+of|acquired|acquires|"
    rf"bought|buys|to\s+(?:buy|acquire))\s+(?P<name>[A-Z][\w&-]+(?: [A-Z][\w&-]+){{0,3}}),\s+(?:a|an|the)\s+"
    rf"(?:[A-Z][\w.]+(?:’s|'s)?\s+)?(?:[\w-]+\s+){{0,3}}(?:{COMPANY_NOUNS})\b")


# ... and the firm that built a thing, so described: 'was built by Águas Azuis, a company founded by ...'
MADE_BY_DESCRIBED = re.compile(
    rf"\b(?:built|made|produced|manufactured|designed|developed|delivered|supplied)\s+by\s+"
    rf"(?P<name>[A-Z\u00c0-\u00de][\w&-]+(?: [A-Z\u00c0-\u00de][\w&-]+){{0,3}}),\s+(?:a|an|the)\s+"
    rf"(?:[\w-]+\s+){{0,3}}(?:{COMPANY_NOUNS}|joint\s+venture|consortium)\b")


# The firms a venture's founders list names: '..., a company founded by thyssenkrupp Marine Systems,
# Embraer Defense & Security and Atech' (each item a firm, though no suffix says so)
FOUNDERS = re.compile(r"\b(?:company|firm|joint\s+venture|consortium|venture)\s+(?:jointly\s+)?(?:founded|formed|owned|"
                      r"set\s+up|established|created)\s+(?:jointly\s+)?by\s+(?P<list>[A-Za-z\u00c0-\u024f&.,\s-]+?)"
                      r"(?=[.;(]|$|\s+(?:in|on|with|which|that|to|for)\s)")
FOUNDER_ITEM = re.compile(r"(?:^|,\s+|\s+and\s+)(?P<name>[A-Z\u00c0-\u00de][\w-]+(?: (?:&|[A-Z\u00c0-\u00de][\w-]+)){0,4})"
                          r"(?=,|\s+and\s|$)")


# 'founded joint venture (JV) ARTEC in 1999': a joint venture named right after the words
VENTURE_NAMED = re.compile(r"\bjoint[ -]venture[ \t]+(?:\(JV\)[ \t]+|company[ \t]+|firm[ \t]+)?(?P<name>[A-Z][\w&-]+"
                           r"(?: [A-Z][\w&-]+){0,3})(?![\w&-])")   # (on the same line: not a headline after it)


# 'the Multilateral Sanctions Monitoring Team, a group comprising 11 UN members': a body an
# apposition says is a group of others
DESCRIBED_BODY = re.compile(r"\b(?P<name>[A-Z][\w&-]+(?: (?:of |for |on |and )?[A-Z][\w&-]+){1,5}),\s+(?:a|an)\s+"
                            r"(?:[\w-]+\s+){0,2}(?:group|body|coalition|panel|organi[sz]ation|grouping|forum)\s+"
                            r"(?:of|comprising|made\s+up\s+of|that|which|set\s+up|formed|launched|created|bringing)\b")


# 'the AirTanker consortium, comprising EADS, Rolls-Royce, ...': a consortium named by the words
# before the noun (not whose it is or who leads it: 'the European consortium', 'the Airbus-led consortium')
CONSORTIUM_NAMED = re.compile(r"\b[Tt]he (?P<name>[A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}) consortium\b")


# 'British defence firm Babcock', 'drone maker Baykar', 'shipbuilder Navantia': a company named
# after the noun that says what it is (not 'group', which may be an armed group's)
FIRM_NAMED = re.compile(rf"\b(?:{FIRM_NOUNS}|affiliate|"
                        # ('defence giant X'; not 'a giant ICBM')
                        r"(?:defen[cs]e|aerospace|arms|industrial|shipbuilding|engineering|technology|tech)\s+giant|(?:defen[cs]e|holding|state)\s+holding|"
                        r"(?:defen[cs]e|arms|industrial)\s+holding)[ \t]+(?P<name>[A-Z][\w&-]+"   # (on one line: not a
                        r"(?: [A-Z][\w&-]+){0,3})(?![\w&-])")   # headline's last word, then the dateline)


# 'produced by IEMZ Kupol, a subsidiary of Russian state-owned weapons maker Almaz-Antey': a firm
# that the apposition says is another's part
SUBSIDIARY_NAMED = re.compile(r"(?<![\w&.-])(?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}),\s+(?:[a-z]+ly\s+)?(?:a|an|the)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|division|affiliate)\s+of\b")


AGENCY_NAMED = re.compile(r"\b(?:procurement|armaments?|acquisition|materiel|defen[cs]e\s+procurement|arms\s+export|"
                          r"border|coast\s+guard|maritime|space|intelligence)\s+"
                          # ('the EU border agency, Frontex, recently awarded')
                          r"(?:agency|organi[sz]ation|administration|directorate)(?:[ \t]+|,[ \t]+(?=[A-Z][\w&-]+,))"
                          r"(?P<name>[A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})(?![\w&-])")


# 'JSC ODK-Star', 'LLC Promtekh': a legal form written first, as Russian and other post-Soviet
# firms' names are (not 'JSC SPE', the end of 'Aerosila JSC SPE')
LEGAL_FORM_FIRST = re.compile(r"\b(?:JSC|PJSC|OJSC|CJSC|OAO|ZAO|PAO|OOO|LLC)\s+[«\"“]?"
                              r"(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})")


def _described(matches, kind: str) -> list[Mention]:
    """The names that descriptions give a kind of body, unless the name opens with a word no name
    opens with, a demonym or a month, or is a post ('company CEO Armin Papperger': a post and its
    holder)."""
    out = []
    for m in matches:
        name = m.group("name")
        first = name.split()[0]
        if first in NOT_NAME_WORDS or first in gazetteer.demonym_index() or first in MONTHS or TITLE_AT.match(name):
            continue
        out.append(Mention(m.start("name"), m.end("name"), name, kind, key=f"name:{name.lower()}",
                           attrs={"weak": True}))
    return out


def described_companies(text: str) -> list[Mention]:
    """'Kongsberg, Norway's state-controlled arms maker, ...': an apposition that says what a
    name is; 'British defence firm Babcock'; and a legal form before a name ('JSC ODK-Star')."""
    out = []
    for m in LEGAL_FORM_FIRST.finditer(text) if any(w in text for w in ("JSC", "OAO", "ZAO", "PAO", "OOO", "LLC")) \
            else ():
        if re.search(r"[a-z]", m.group("name")) and m.group("name").split()[0] not in NOT_NAME_WORDS \
                and m.group("name") not in gazetteer.by_name():   # ('JSC Rosoboronexport' is Rosoboronexport)
            out.append(Mention(m.start(), m.end("name"), text[m.start():m.end("name")], "Company",
                               key=f"name:{text[m.start():m.end('name')].lower()}"))
    out += _described(FIRM_NAMED.finditer(text), "Company")
    if "subsidiary" in text or "unit of" in text or "division of" in text or "affiliate of" in text:
        out += _described(SUBSIDIARY_NAMED.finditer(text), "Company")
    if "agency" in text or "organi" in text:   # ("Romania's state-owned procurement agency Romtehnica")
        out += _described(AGENCY_NAMED.finditer(text), "GovernmentAgency")
    for m in VENTURE_NAMED.finditer(text) if "venture" in text else ():
        name = m.group("name")
        if name.split()[0] not in NOT_NAME_WORDS and name.split()[0] not in gazetteer.demonym_index() \
                and name not in gazetteer.by_name() and name.split()[0] not in MONTHS:
            out.append(Mention(m.start("name"), m.end("name"), name, "JointVenture",
                               key=f"name:{name.lower()}", attrs={"weak": True}))
    for m in DESCRIBED_BODY.finditer(text) if ", a" in text else ():
        name = m.group("name")
        if name.split()[0] not in NOT_NAME_WORDS and name.split()[0] not in gazetteer.demonym_index():
            out.append(Mention(m.start("name"), m.end("name"), name, "Organization",
                               key=f"name:{name.lower()}", attrs={"weak": True}))
    for m in CONSORTIUM_NAMED.finditer(text) if "consortium" in text else ():
        name = m.group("name")
        if name.split()[0] not in NOT_NAME_WORDS and not any(w in gazetteer.demonym_index() for w in name.split()) \
                and name not in gazetteer.by_name() and not name.endswith(("-led", "-based")):
            out.append(Mention(m.start("name"), m.end("name"), name, "JointVenture",
                               key=f"name:{name.lower()}", attrs={"weak": True}))
    for m in [*DESCRIBED_COMPANY.finditer(text), *BOUGHT_DESCRIBED.finditer(text), *MADE_BY_DESCRIBED.finditer(text)]:
        name = m.group("name")
        if name.split()[0] in NOT_NAME_WORDS or name in gazetteer.demonym_index() \
                or re.search(r"\b(?:said|says|told|claimed|announced|added)\b", m.group(0)) \
                or re.fullmatch(r"[A-Z][a-z]+ly|Earlier|Later|Meanwhile|However|Instead|Since|Then", name):
            continue   # ('Earlier, the Houthis said the group had fired': an adverb, then a clause)
        out.append(Mention(m.start("name"), m.end("name"), name, "Company",
                           key=f"name:{name.lower()}"))
    return out


# 'the Russian defence ministry', "China's foreign ministry", 'the French presidency': a
# country's government body written in lower case, named as its capitalised form would be
# ('the Dutch government' is left to stand for the country: it buys, sanctions and speaks as one)
NATIONAL_BODY = re.compile(r"\b(?P<body>(?:defen[cs]e|foreign|interior|finance|economy|trade|home|"
                           r"foreign affairs|external affairs)\s+(?:ministry|department)|presidency|embassy|"
                           r"foreign office|state department|parliament|cabinet)\b(?![\w-]|\s+of\b)")
BODY_OWNER = re.compile(r"(?P<owner>(?:[A-Z][\w.]+ )?[A-Z][\w.]+?)(?P<poss>’s|'s)? $")
NATIONAL_BODY_WORDS = ("ministry", "department", "presidency", "embassy", "foreign office",
                       "state department", "parliament", "cabinet")


def national_bodies(text: str) -> list[Mention]:
    out = []
    if not any(w in text for w in NATIONAL_BODY_WORDS):
        return out
    index = gazetteer.demonym_index()
    for m in NATIONAL_BODY.finditer(text):
        owner = BODY_OWNER.search(text, max(0, m.start() - 40), m.start())
        if owner is None:
            continue
        name, start = owner.group("owner"), owner.start("owner")
        if name not in index and " " in name:   # ('Makhachkala. Iran's': the last word)
            start += name.index(" ") + 1
            name = name.split(" ", 1)[1]
        country = index.get(name)
        if country is None and owner.group("poss"):   # ("Seoul's defense ministry": the capital's country's)
            country = gazetteer.capital_index().get(name)
        if country is None or not country.demonyms or (owner.group("poss") is None
                                                       and name not in country.demonyms):
            continue   # ('Russia government' is no English; 'Russian government', "Russia's government")
        label = f"{country.demonyms[0]} {m.group('body').title()}"
        # (the owner is part of the name: 'Iran's foreign ministry' is not China's)
        out.append(Mention(start, m.end("body"), text[start:m.end("body")], "GovernmentAgency",
                           key=f"name:{label.lower()}", label=label, attrs={"weak": True}))
    return out


# 'three private mercenary groups with links to the Kremlin, including Africa Corps', 'defence
# firms such as Elbit and Rafael': names of the kind the plural noun before them says
MEMBERS_NOUNS = {"groups": "ArmedGroup", "militias": "ArmedGroup", "companies": "Company",
                 "firms": "Company", "manufacturers": "Company", "contractors": "Company",
                 "suppliers": "Company", "banks": "Company", "shipyards": "Company", "businesses": "Company"}
MEMBERS_NAMED = re.compile(rf"\b(?P<noun>{'|'.join(MEMBERS_NOUNS)})\b[^.;:]{{0,70}}?,?\s+(?:including|such as|"
                           rf"among them|notably)\s+(?P<list>[^.;:]+)")
# 'Two Turkish businesses, Turkik Union and Azu International, were designated': counted members
# of a kind, named in an apposition
MEMBERS_APPOSED = re.compile(rf"\b(?:(?i:two|three|four|five|six|seven|eight|nine|ten)|\d+)\s+(?:[A-Z][\w-]*\s+|[a-z-]+\s+){{0,2}}?"
                             rf"(?P<noun>{'|'.join(MEMBERS_NOUNS)})\s*(?:,|:|—|–)\s*(?P<list>[A-Z][^.;:—–]*?)"
                             r"(?=,?\s+(?:were|was|are|is|have|has|had|which|who|that|also)\b|\s*[—–]|[.;:]|$)")
LISTED_NAME = re.compile(r"(?:^|,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?(?P<name>[A-Z][\w&’'.-]*"
                         r"(?:\s+(?:of\s+)?[A-Z][\w&’'.-]*){0,3})(?=,|\s+and\s|\s*$)")


# 'The sanctioned entities are Hangzhou X Co; Guilin Alpha Rubber and Plastics Technology Co; Raven
# International Trade; ... and S&C Trade PTY Co.': firms listed apart by semicolons, each a name
SEMICOLON_FIRMS = re.compile(r"\b(?:entities|companies|firms)\s+(?:are|were|include|includes)\s*:?\s+"
                             r"(?P<list>[A-Z][^.;]*(?:;\s+(?:and\s+)?[A-Z][^.;]*)+)")


def _semicolon_firms(text: str) -> list[Mention]:
    out = []
    for m in SEMICOLON_FIRMS.finditer(text) if ";" in text else ():
        for item in re.finditer(r"(?:^|;\s+(?:and\s+)?)(?P<name>[^;]+)", m.group("list")):
            name = item.group("name").strip()
            if 1 < len(name.split()) <= 8 and all(w[:1].isupper() or w in CONNECTORS for w in name.split()):
                start = m.start("list") + item.start("name")
                out.append(Mention(start, start + len(name), name, "Company", key=f"name:{name.lower()}",
                                   attrs={"weak": True}))
    return out


def listed_members(text: str) -> list[Mention]:
    """Firms and armed groups the text lists as examples of their kind, and the firms that founded
    a venture: a name the gazetteer does not know still gets its kind ('mercenary groups ...,
    including Africa Corps', 'a company founded by A, B and C')."""
    out = _semicolon_firms(text)
    lists = [(m, LISTED_NAME, MEMBERS_NOUNS[m.group("noun")])
             for m in [*MEMBERS_NAMED.finditer(text), *MEMBERS_APPOSED.finditer(text)]] \
        if any(w in text for w in ("including", "such as", "among them", "notably", ",", ":", "—", "–")) else []
    lists += [(m, FOUNDER_ITEM, "Company") for m in FOUNDERS.finditer(text)] if " by " in text else []
    known = gazetteer.demonym_index()
    for m, item, kind in lists:
        for n in item.finditer(m.group("list")):
            name = n.group("name")
            first = name.split()[0]
            if first in known or name in known or first in NOT_NAME_WORDS or first in MONTHS:
                continue
            start = m.start("list") + n.start("name")
            out.append(Mention(start, start + len(name), name, kind, key=f"name:{name.lower()}",
                               attrs={"weak": True}))
    return out


# 'Ayungin Shoal', 'West Philippine Sea', 'the Kerch Strait': a sea feature named by capitalised
# words (not 'Collisions at Sea')
SEA_FEATURE = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][a-z]+ ){1,3}(?:Shoal|Reef|Atoll|Strait|Sea|Gulf|"
                         r"Peninsula|Archipelago|Island|Islands))\b(?! Lord\b| Fleet\b)")   # (not the 'First Sea
#                                                                     Lord', nor the 'Black Sea Fleet')


def sea_features(text: str) -> list[Mention]:
    out = []
    if not any(w in text for w in ("Shoal", "Reef", "Atoll", "Strait", "Sea", "Gulf", "Peninsula",
                                   "Archipelago", "Island")):
        return out
    for m in SEA_FEATURE.finditer(text):
        words = m.group("name").split()
        while words and (_ordinary(words[0]) or words[0] in gazetteer.demonym_index()):
            words.pop(0)   # (not 'Russian Black Sea')
        if len(words) < 2:
            continue
        name = " ".join(words)
        start = m.end("name") - len(name)
        out.append(Mention(start, m.end("name"), name, "Region", key=f"name:{name.lower()}",
                           attrs={"weak": True}))
    return out


# 'the Al Jawf Governorate', 'Kursk Oblast', 'the Zaporizhzhia region', 'the city of
# Khmelnytskyi': an administrative area or a city the text says is one
AREA = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][\w’'-]+ ){1,3}(?:Governorate|Province|Oblast|Prefecture|"
                  r"District|County|Region|Krai|Voivodeship|Forest|Desert|Valley|"
                  r"(?<!Islamic )(?<!Member )(?<!Nation )(?<!Police )(?<!Deep )(?<!Head )(?<!United )State))\b"
                  r"|(?:\b[Tt]he|(?<=’s)|(?<='s)) (?:(?:north|south|east|west|central)[a-z]*\s+)?"   # ("Iran's southeastern X province")
                  r"(?P<name2>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?) (?:region|province|oblast|governorate|"
                  r"forest|desert|valley|area|mountains|hills|district)\b"
                  # ('from Ubon Ratchathani province', 'in Si Sa Ket province')
                  r"|\b(?:in|from|of|near|into|across|to) (?P<name4>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}) "
                  r"(?:region|province|oblast|governorate|district)\b"
                  r"|\b(?:the )?(?:(?:besieged|embattled|frontline|front-line|northern|southern|eastern|western|"
                  r"central|coastal|strategic|capital|key|border|southeastern|southwestern|northeastern|northwestern) )?"
                  r"(?:city|town|village|port) of (?P<city>[A-Z][\w’'-]+(?: (?:(?:da|de|do|dos|das|"
                  r"del|la|el) )?[A-Z][\w’'-]+)?)"   # ('the port town of Mocimboa da Praia')
                  r"|\b(?:the )?(?:[a-z]+ )?(?:province|region|district|governorate) of (?P<name3>[A-Z][\w’'-]+"
                  r"(?: [A-Z][\w’'-]+)?)")   # ('the northern province of Cabo Delgado')
# ('dropped three bombs on Nyaung Kone village'; matched apart, as it may overlap 'the Syrian town of X')
VILLAGE = re.compile(r"\b(?:in|on|at|near|from|into|to|the) (?P<village>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) "
                     r"(?:village|town)\b")
AREA_WORDS = ("Governorate", "Province", "Oblast", "Prefecture", "District", "County", "Region", "Krai",
              "Voivodeship", "Forest", "Desert", "Valley", "State", "region", "province", "oblast",
              "governorate", "forest", "desert", "valley", "area", "city of", "town of", "village of", "port of",
              "district", "mountains", "hills", " village", " town")


# A people's or a faith's adjective, which describes a region without naming it
PEOPLES_ADJECTIVE = re.compile(r"\w+(?:ish|ese)|Arab|Sunni|Shia|Shiite|Alawite|Druze|Muslim|Jewish")


def areas(text: str) -> list[Mention]:
    out = []
    if not any(w in text for w in AREA_WORDS):
        return out
    countries = gazetteer.demonym_index()
    for m in [*AREA.finditer(text), *VILLAGE.finditer(text)]:
        group = next(g for g in ("name", "name2", "city", "name3", "name4", "village") if m.re.groupindex.get(g)
                     and m.group(g))
        name = m.group(group)
        words = name.split()
        while len(words) > 1 and (words[0] in NOT_NAME_WORDS or words[0] in MONTHS):
            words.pop(0)
        name = " ".join(words)
        if words[0] in countries or _ordinary(words[0]) or (group == "name" and len(words) < 2) \
                or (len(words) == 1 and PEOPLES_ADJECTIVE.fullmatch(name)):
            continue   # (and not 'Region' alone, of 'the 2nd Army Region', nor 'the Kurdish region')
        start = m.end(group) - len(name)
        kind = "City" if group in ("city", "village") else "Region"
        attrs = {"weak": True, "said_area": True} if group in ("name2", "name4") else {"weak": True}
        out.append(Mention(start, m.end(group), name, kind, key=f"name:{name.lower()}",
                           attrs=attrs))   # ('the Kharkiv region': the region, though a city has the name)
    return out


# 'Qandil, Asos, and Hakurk regions', 'the Tel Rifat and Derik districts': names listed before
# the plural word for what they all are
_AREA_NAME = r"[A-Z][\w’'-]+(?: (?:[a-z]{1,3}-)?[A-Z][\w’'-]+)?"   # 'Tel Rifat', 'Ayn el-Arab'
AREA_LIST = re.compile(rf"(?P<list>(?:{_AREA_NAME}(?:,\s+|\s+and\s+|,\s+and\s+))+{_AREA_NAME})\s+"
                       r"(?:regions|provinces|districts|governorates|oblasts|towns|villages)\b")
# 'in the direction of the cities of Goris, Sotk, and Jermuk': the same, after the plural word
AREA_LIST_OF = re.compile(rf"\bthe\s+(?P<noun>cities|towns|villages|districts|provinces|regions|governorates)\s+of\s+"
                          rf"(?P<list>(?:{_AREA_NAME}(?:,\s+|\s+and\s+|,\s+and\s+))+{_AREA_NAME})")
AREA_ITEM = re.compile(_AREA_NAME)
# what such a list may hold that names no place: 'the Kurdish and Arab regions'
NOT_AREA = re.compile(r"(?:\w+(?:ish|ian|ese|ic)|Arab|Sunni|Shia|Shiite|Alawite|Druze|Muslim|Jewish)$")


def listed_areas(text: str) -> list[Mention]:
    out = []
    if not re.search(r"(?:regions|provinces|districts|governorates|oblasts|towns|villages|cities)\b", text):
        return out
    countries = gazetteer.demonym_index()
    for m in [*AREA_LIST.finditer(text), *AREA_LIST_OF.finditer(text)]:
        for item in AREA_ITEM.finditer(m.group("list")):
            name = item.group(0)
            if name.split()[0] in countries or name.split()[0] in NOT_NAME_WORDS \
                    or _ordinary(name.split()[0]) or (m.re is AREA_LIST and NOT_AREA.match(name)):
                continue   # ('the Kurdish and Arab regions': no names)
            start = m.start("list") + item.start()
            kind = "City" if re.search(r"\b(?:towns|villages|cities)\b", m.group(0)) else "Region"
            out.append(Mention(start, start + len(name), name, kind, key=f"name:{name.lower()}",
                               attrs={"weak": True}))
    return out


# 'the Skrydstrup air base', 'BAF Base Zahurul Haque': a base named with the word in lower case
# after its name, or 'Base' before it (after a word of place or a service's acronym)
NAMED_BASE = re.compile(r"\b(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2} (?:(?:air|naval|army|military|"
                        r"marine|air force) base|(?:oil )?refinery|(?:oil|fuel|ammunition|arms) depot|"
                        # ('the Novoshakhtinsk oil refinery', 'the Zmiiv thermal power plant')
                        r"(?:thermal |nuclear |hydroelectric )?power (?:plant|station)|airfield|air field))\b"
                        r"|(?:(?<=\bat )|(?<=\bto )|(?<=\bfrom )|(?<=\bnear )|(?<=\bof )|(?<=[A-Z]{2} ))"
                        r"(?P<name2>Base (?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+){0,4})")


def named_bases(text: str) -> list[Mention]:
    out = []
    if not any(w in text for w in (" base", "Base ", "refinery", "depot", "power plant", "power station",
                                   "airfield", "air field")):
        return out
    for m in NAMED_BASE.finditer(text):
        group = "name" if m.group("name") else "name2"
        name = m.group(group)
        if group == "name" and (name.split()[0] in gazetteer.demonym_index() or _ordinary(name.split()[0])):
            continue   # ('the Indian air base', 'The air base': no name)
        out.append(Mention(m.start(group), m.end(group), name, "Place", key=f"name:{name.lower()}",
                           attrs={"weak": True}))
    return out


# 'built in Surabaya, Indonesia', 'a facility in Centurion, South Africa': a place the text
# situates in a country by a comma, after a word of place (not at the sentence's start: 'In
# Geneva, Iran and the U.S. met' names two parties)
IN_PLACE_OF_COUNTRY = re.compile(r"(?<=[a-z,] )(?:in|at|near|outside|from)\s+(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2}),"
                                 r"\s+(?:the\s+)?(?P<country>[A-Z][\w.]+?(?:\s[A-Z][\w.]+?){0,2})(?!\w)"   # ('Kenya. The')
                                 r"(?=\s*(?:[,;:)\n]|$)|\.(?:\s|$)|\s+(?:by|for|to|on|in|at|near|where|which|"
                                 r"with|from|during|after|before|since|until|under)\b)")


@functools.cache
def _region_after() -> tuple[re.Pattern, frozenset[str]]:
    """A place name then a known region (a state, a province) after a comma; and the regions'
    first words, to look for the pattern only where one follows a comma."""
    names = sorted({n for k in gazetteer.load() if k.kind == "Region" for n in [k.label, *k.aliases]}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w’'-])(?P<name>(?:St\.\s|Fort\s)?[A-Z](?=[^\W\d_]*[a-z])[^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}),\s+"
                         r"(?P<region>" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return pattern, frozenset(n.split()[0] for n in names)


AFTER_COMMA = re.compile(r",\s+([A-Z][\w.-]*)")


def _places_in_regions(text: str):
    pattern, first_words = _region_after()
    if not any(m.group(1) in first_words for m in AFTER_COMMA.finditer(text)):
        return ()
    return pattern.finditer(text)


def country_after_place(m: re.Match):
    """The country an IN_PLACE_OF_COUNTRY match names ('India.' at a sentence's end is India;
    'U.S.' keeps its dots), or None."""
    names = gazetteer.country_names()
    country = m.group("country")
    return names.get(country) or names.get(country.rstrip("."))


# ... or in brackets, as European outlets write it: 'Leonardo's Training Academy in Sesto Calende
# (Italy)'
IN_PLACE_BRACKETED = re.compile(r"(?<=[a-z,] )(?:in|at|near|outside|from)\s+(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})"
                                r"\s+\((?P<country>[A-Z][\w.]+(?:\s[A-Z][\w.]+){0,2})\)")


# ... or a firm's seat the text gives: 'Rheinmetall, based in Dusseldorf,', 'headquartered in Ottobrunn'
BASED_IN = re.compile(r"\b(?:based|headquartered)\s+in\s+(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
                      r"(?=\s*[,;.)]|\s+(?:and|since|with|where)\b)")


# 'in the Qatari capital', "Ukraine's capital": a country's capital, named by the country
# (not 'the Indian capital market': capital as money)
_NOT_CITY = r"(?!\s+(?:markets?|expenditure|spending|budget|goods|gains|investment|city of))"
CAPITAL_OF = re.compile(rf"\bthe\s+(?P<dem>[A-Z][\w-]+)\s+capital\b{_NOT_CITY}"
                        rf"|\b(?P<country>[A-Z][\w.-]+(?: [A-Z][\w.-]+)?)(?:’s|'s)\s+capital\b{_NOT_CITY}")


def capitals_named(text: str) -> list[Mention]:
    """The capital a text names by its country ('the Qatari capital' is Doha), as a mention of
    that city spanning the words that name it."""
    out = []
    demonyms = gazetteer.demonym_index()
    for m in CAPITAL_OF.finditer(text) if "capital" in text else ():
        country = demonyms.get(m.group("dem") or m.group("country"))
        if country is None or country.kind != "Country" or not country.capitals:
            continue
        city = gazetteer.by_name().get(country.capitals[0])
        if city is None or city.kind != "City":
            continue
        start = m.start("dem") if m.group("dem") else m.start("country")
        out.append(Mention(start, m.end(), text[start:m.end()], "City", key=city.key))
    return out


def places_in_countries(text: str) -> list[Mention]:
    """Cities the text places in a country ('in Hisar, India', 'in Sesto Calende (Italy)'), found
    even when no gazetteer knows them."""
    out = []
    demonyms = gazetteer.demonym_index()
    bracketed = IN_PLACE_BRACKETED.finditer(text) if " (" in text else ()
    for m in BASED_IN.finditer(text) if "based in" in text or "headquartered in" in text else ():
        name = m.group("name")
        if name not in demonyms and not _ordinary(name.split()[0]) and name.split()[0] not in demonyms:
            out.append(Mention(m.start("name"), m.end("name"), name, "City", key=f"name:{name.lower()}",
                               attrs={"weak": True}))
    for m in _places_in_regions(text):   # ('Tucson, Ariz.', 'Vadodara, Gujarat', 'Camden, Arkansas')
        name = m.group("name")
        if name not in demonyms and not _ordinary(name.split()[0]) and name.split()[0] not in demonyms:
            out.append(Mention(m.start("name"), m.end("name"), name, "City", key=f"name:{name.lower()}",
                               attrs={"weak": True}))
    for m in itertools.chain(IN_PLACE_OF_COUNTRY.finditer(text), bracketed):
        name = m.group("name")
        if country_after_place(m) is None or name in demonyms or _ordinary(name.split()[0]):
            continue
        out.append(Mention(m.start("name"), m.end("name"), name, "City", key=f"name:{name.lower()}",
                           attrs={"weak": True}))
    return out


# 'the Russian military intelligence agency (GRU)', 'The GRU, Russia’s military intelligence
# agency': a body known by its acronym, said what it is in lower case
BODY_NOUNS = {"agency": "GovernmentAgency", "service": "GovernmentAgency", "ministry": "GovernmentAgency",
              "directorate": "GovernmentAgency", "bureau": "GovernmentAgency", "office": "GovernmentAgency",
              "department": "GovernmentAgency", "administration": "GovernmentAgency",
              "company": "Company", "firm": "Company", "corporation": "Company", "maker": "Company",
              "command": "MilitaryBranch", "force": "MilitaryBranch", "forces": "MilitaryBranch",
              "militia": "ArmedGroup", "organisation": "Organization", "organization": "Organization"}
_BODY = "|".join(BODY_NOUNS)
# (each found from its acronym, the rarer part, then read around it)
ACRONYM_IN_BRACKETS = re.compile(r"\((?P<acr>[A-Z][A-Z&]{1,6})\)")
DESCRIBED_BEFORE = re.compile(rf"\b(?:[a-z-]+\s+){{1,4}}(?P<noun>{_BODY})\s+$")
ACRONYM_COMMA = re.compile(r"\b(?P<acr>[A-Z][A-Z&]{1,6}),\s+(?=(?:the\s+)?[A-Z])")
DESCRIBED_AFTER = re.compile(rf"(?:the\s+)?[A-Z][\w.]+(?: [A-Z][\w.]+)?(?:’s|'s)\s+(?:[a-z-]+\s+){{0,4}}"
                             rf"(?P<noun>{_BODY})\b")


# 'the Sunni separatist group Jaish al-Adl', 'the militant group Tehreek-e-Taliban Pakistan': an
# armed group named after the words for what it is
ARMED_GROUP_NAMED = re.compile(r"\b(?:militant|separatist|terrorist|terror|rebel|insurgent|jihadist|extremist|"
                               r"Islamist|armed|paramilitary)\s+(?:group|organi[sz]ation|outfit|faction|movement|"
                               r"militia)\s+(?P<name>(?:al-)?[A-Z][\w’'-]+(?:[ -](?:al|el|ul|e|[A-Z][\w’'-]+)){0,4})")


# 'The Yemeni National Resistance Forces (NRF), led by General Tareq Saleh': forces named with their
# initials and no service's name (the Army, Navy or Air Force of a country are read as branches)
FORCES_NAMED = re.compile(r"\b(?P<name>(?:[A-Z][a-z]+ ){1,3}Forces) \((?P<acr>[A-Z]{2,6})\)")


def armed_groups(text: str) -> list[Mention]:
    out = []
    for m in FORCES_NAMED.finditer(text) if "Forces (" in text else ():
        words = m.group("name").split()
        if not ({"Armed", "Defence", "Defense", "Air", "Naval", "Land", "Ground", "Special", "Self-Defense"}
                & set(words)) and words[0] not in NOT_NAME_WORDS:
            out.append(Mention(m.start("name"), m.end("name"), m.group("name"), "ArmedGroup",
                               key=f"name:{m.group('name').lower()}", attrs={"weak": True}))
    if "group" not in text and "organi" not in text and "militia" not in text and "movement" not in text:
        return out
    for m in ARMED_GROUP_NAMED.finditer(text):
        name = re.sub(r"[ -](?:al|el|ul|e)$", "", m.group("name"))
        if name.split()[0] in NOT_NAME_WORDS or name.split()[0] in MONTHS or name.split()[0] in DAYS:
            continue
        out.append(Mention(m.start("name"), m.start("name") + len(name), name, "ArmedGroup",
                           key=f"name:{name.lower()}", attrs={"weak": True}))
    return out


def described_acronyms(text: str) -> list[Mention]:
    out = []
    for m in ACRONYM_IN_BRACKETS.finditer(text):
        said = DESCRIBED_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if said:
            out.append(_acronym_mention(m, BODY_NOUNS[said.group("noun")]))
    for m in ACRONYM_COMMA.finditer(text):
        said = DESCRIBED_AFTER.match(text, m.end())
        if said:
            out.append(_acronym_mention(m, BODY_NOUNS[said.group("noun")]))
    return out


def _acronym_mention(m: re.Match, kind: str) -> Mention:
    name = m.group("acr")
    return Mention(m.start("acr"), m.end("acr"), name, kind, key=f"name:{name.lower()}",
                   attrs={"weak": True})


# 'Jindal Defence', 'Adani Defence': a firm named for its owner and its trade; not 'National
# Defence', 'the Australian Defence Force' or 'Ministry of Defence'
# ('Embraer Defense & Security', 'Airbus Defence and Space': a division's whole name)
DEFENCE_FIRM = re.compile(r"(?<!\bof )(?<!\bfor )(?<!\bthe )\b(?P<name>(?P<owner>[A-Z][a-z]+(?: [A-Z][a-z]+)?) "
                          r"Defen[cs]e (?:&|and) (?:Security|Space))\b|(?<!\bof )(?<!\bfor )(?<!\bthe )\b"
                          r"(?P<name2>(?P<owner2>[A-Z][a-z]+(?: [A-Z][a-z]+)?) "
                          r"Defen[cs]e)\b(?! (?:[A-Z]|(?i:and|of|minister|ministry|secretary|forces?|"
                          r"industry|procurement|budget|spending|policy|exports?|corridors?|staff))\b)")
NOT_FIRM_OWNERS = {"National", "Strategic", "Joint", "Air", "Missile", "Civil", "Home", "Total",
                   "Territorial", "Coastal", "Integrated", "Collective", "Mutual", "Self", "Cyber",
                   "Space", "Naval", "Maritime", "Ballistic", "Homeland", "Federal", "Allied",
                   "Active", "Passive", "Point", "Area", "Layered", "Forward", "Perimeter", "Rapid",
                   "Regional", "Border", "Chemical", "Nuclear", "Biological", "Anti", "Aerial",
                   "Deputy", "Vice", "Assistant", "Acting", "Under", "Former", "First"}


def defence_firms(text: str) -> list[Mention]:
    out = []
    if "Defen" not in text:
        return out
    countries = gazetteer.demonym_index()
    headline_starts = {a for a, _ in headline_lines(text)}
    for m in DEFENCE_FIRM.finditer(text):
        name, owner = ("name", "owner") if m.group("name") else ("name2", "owner2")
        words = m.group(owner).split()
        if any(w in countries or w in NOT_FIRM_OWNERS or _ordinary(w) for w in words) \
                or m.start() in headline_starts:
            continue
        out.append(Mention(m.start(name), m.end(name), m.group(name), "Company",
                           key=f"name:{m.group(name).lower()}"))
    return out


KIND_ADJECTIVES = {"Marine", "Naval", "Combat", "Stealth", "Strike", "Attack", "Fighter", "Transport",
                   "Patrol", "Cruise", "Ballistic", "Hypersonic", "Supersonic", "Trainer",
                   "Multirole", "Armed", "Unmanned", "Military", "Main", "Battle", "Light",
                   # (a region's or a bloc's adjective says whose, as a demonym does: 'European tank production')
                   "European", "Asian", "African", "Western", "Soviet", "Arab", "Nordic", "NATO"}


def national_subsidiaries(text: str, found: list[Mention]) -> list[Mention]:
    """'MBDA UK', 'BAE Systems Australia': a company's national arm is a company of its own."""
    out = []
    countries = gazetteer.demonym_index()
    for m in found:
        if m.kind != "Company":
            continue
        after = re.match(r" ((?:[A-Z]\.){2,}|[A-Z]\w*(?: [A-Z][a-z]+)?)(?![\w’'])", text[m.end:m.end + 30])
        country = countries.get(after.group(1)) if after else None
        if country is not None and after.group(1) in (country.label, *country.aliases) and \
                not text[m.end + after.end():].startswith(("’s", "'s")):
            end = m.end + after.end()
            out.append(Mention(m.start, end, text[m.start:end], "Company",
                               key=f"name:{text[m.start:end].lower()}"))
    return out


def governments(text: str) -> list[Mention]:
    """'the Government of Norway' is Norway, as a party to a deal."""
    out = []
    countries = gazetteer.demonym_index()
    for m in re.finditer(r"\bGovernment of (?:the )?([A-Z][\w.]+(?: [A-Z][\w.]+)?)", text):
        country = countries.get(m.group(1))
        if country is not None and m.group(1) not in country.demonyms:
            out.append(Mention(m.start(), m.end(), m.group(0), "Country", country.key))
    return out


# An acronym in brackets between a system's name and its kind: ' (AH140) '
BRACKETED_ACRONYM = re.compile(r" \([A-Z][A-Z0-9-]{1,9}\) (?=[a-z])")
KIND_NOUN = re.compile(r"^(?:missiles?|drones?|UAVs?|UCAVs?|jets?|fighters?|frigates?|tanks?|helicopters?|"
                       r"howitzers?|submarines?|corvettes?|destroyers?|rifles?|radars?|"
                       r"bombers?|vehicles?|aircraft|launchers?|interceptors?|carriers?|bombs?|"
                       r"tankers?|munitions?|vessels?|boats?|ships?|guns?|mortars?|satellites?)$")
# A system named by what it is: 'PULS artillery systems', 'Aster air-defence system' (not a
# bare 'Thales systems')
MODIFIED_SYSTEM = re.compile(r"^systems?$")
# Words that describe a kind of weapon between its name and the kind
# A vehicle's wheels, between its name and its kind: 'Boxer 8x8 vehicles'
WHEELS = re.compile(r"\d{1,2}[×x]\d{1,2}")
KIND_MODIFIERS = {"armoured", "armored", "wheeled", "tracked", "cruise", "ballistic", "loitering", "attack", "utility",
                  "transport", "combat", "fighter", "patrol", "multirole", "multi-role", "stealth",
                  "guided", "self-propelled", "anti-ship", "anti-tank", "air-defence",
                  "air-defense", "surface-to-air", "air-to-air", "interceptor", "rocket", "kamikaze",
                  "trainer", "tanker", "reconnaissance", "amphibious", "infantry", "military",
                  "heavy", "light", "medium", "maritime", "naval", "spy", "surveillance",
                  "unmanned", "anti-submarine", "early-warning", "airborne", "lift", "refuelling",
                  "refueling", "precision-guided", "glide", "artillery", "missile", "weapon",
                  "rocket-artillery", "assault", "sniper", "main", "battle", "fighting", "troop",
                  "observation", "communications", "communication", "navigation", "imaging", "missile-warning"}   # ('CAR 816 assault rifles',
#                                                                        'Leopard main battle tanks')
# A modifier written with hyphens before the kind ('air-to-air missiles', 'surface-to-air missiles')
HYPHENED_KIND = re.compile(r"\s+(?:(?!and\b|or\b|with\b|of\b|the\b)[a-z]+\s+)?[a-z]+(?:-[a-z]+)+\s+"
                           r"(?:(?!and\b|or\b)[a-z]+\s+)?(?P<kind>missiles?|rockets?|munitions?|bombs?|"
                           r"systems?|drones?|vehicles?|launchers?|guns?|radars?|howitzers?|helicopters?|"
                           r"aircraft|jets?|fighters?|tanks?|frigates?|submarines?|ships?|vessels?|boats?)\b")
# What an air-defence system is called after its name, in words of their own
DEFENCE_SYSTEM_AFTER = re.compile(r"\s+(?:air\s+def[ea]n[cs]e|air\s+and\s+missile\s+def[ea]n[cs]e|missile\s+def[ea]n[cs]e|"
                                  # ('Himshakti integrated electronic warfare systems')
                                  r"(?:integrated\s+)?electronic[- ]warfare|EW|counter-drone|anti-drone|"
                                  r"anti-aircraft|coastal\s+defen[cs]e)\s+(?:missile\s+)?systems?\b")
# A model's letters and number ('M113', 'K9', 'KF51'), which may stand before its description
DESIGNATED = re.compile(r"^[A-Z]{1,4}\d{1,4}(?:[A-Za-z]{0,3}|[A-Z]\d{1,2})$")   # (and 'M1A1 tanks')


def named_kinds(doc, found: list[Mention]) -> list[Mention]:
    """'Harop drones', 'Tomahawk missiles': an unknown capitalised name before a kind of weapon
    (not a word that only qualifies a system already named: 'Rafale Marine jets')."""
    toks = tokens_of(doc)
    out = []
    demonyms = gazetteer.demonym_index()
    ends = {m.end for m in found if m.kind != "Demonym"}   # ('40 German Marder infantry fighting vehicles')
    starts = {m.start for m in found}
    for i, token in enumerate(toks[:-1]):
        if not token.text[:1].isupper() or token.is_stop or token.i in sentence_starts(doc):
            continue
        nxt = toks[i + 1].text   # lower case: 'Harop drones', not 'Army Tactical Missile System'
        last, modified, at, plural_mark = i, False, i + 1, False
        if re.fullmatch(r"[IVX]{1,4}|\d{1,4}|\d[A-Z]|(?!US\b|UK\b)[A-Z]{2,3}", nxt) and i + 2 < len(toks):
            last = i + 1   # 'Paveway IV guided bombs', 'Arrowhead 140 frigates', 'KAPLAN MT tank': a mark
            nxt, at = toks[i + 2].text, i + 2   # is part of the name
        if WHEELS.fullmatch(nxt) and at + 1 < len(toks):
            at += 1   # ('the first Centauro II 8×8 wheeled armoured vehicle', 'Boxer 8x8 vehicles')
            nxt = toks[at].text
        if re.fullmatch(r"[IVX]{1,4}s", nxt) and i and toks[i - 1].like_num:
            plural_mark = True   # ('98 Centauro IIs'): so many of a name and its mark
        bracket = BRACKETED_ACRONYM.match(text_of(doc), toks[last].idx + len(toks[last].text))
        if bracket and bracket.end() < len(text_of(doc)):   # 'Arrowhead 140 (AH140) frigates'
            nxt = next((t.text for t in toks[last + 1:last + 6] if t.idx >= bracket.end()), nxt)
        if DESIGNATED.match(token.text):   # 'M113 armoured personnel carriers', 'K9 self-propelled howitzers'
            j = i + 1
            while j < min(i + 4, len(toks) - 1) and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", toks[j].text) \
                    and not KIND_NOUN.match(toks[j].text) and not toks[j].is_stop:
                j += 1
            nxt = toks[j].text
        elif nxt in KIND_MODIFIERS and not KIND_NOUN.match(nxt) and at + 1 < len(toks):
            # 'Trojan armoured vehicles', 'Caracal military transport helicopters', 'Piranha III
            # infantry fighting vehicles'
            j = at + 1
            while toks[j].text in KIND_MODIFIERS and not KIND_NOUN.match(toks[j].text) and j < min(at + 3, len(toks) - 1):
                j += 1
            nxt, modified = toks[j].text, True
        if not KIND_NOUN.match(nxt):   # ('Mica air-to-air missiles': the tokenizer splits the modifier)
            hyphened = HYPHENED_KIND.match(text_of(doc), toks[last].idx + len(toks[last].text))
            if hyphened:
                nxt, modified = hyphened.group("kind"), True
            elif DEFENCE_SYSTEM_AFTER.match(text_of(doc), toks[last].idx + len(toks[last].text)):
                nxt, modified = "system", True   # ('the Barak MX air and missile defense system')
        if token.text in demonyms or token.text in NOT_NAME_WORDS or token.text in MONTHS \
                or token.text in KIND_ADJECTIVES or token.text == "War":   # ('World War II tanks')
            continue
        if i and (toks[i - 1].idx + len(toks[i - 1].text) in ends or toks[i - 1].text.lower() == "block"
                  or re.fullmatch(r"[IVX]+", token.text)):
            continue   # ('SM-2 Block IIIC missiles': a block of a system named before)
        if not KIND_NOUN.match(nxt) and not (modified and MODIFIED_SYSTEM.match(nxt)) and not plural_mark \
                and not (nxt == "system" and re.fullmatch(r"[A-Z]{4,8}", token.text) and last == i):
            continue   # (but 'the SPYDER system': a name in capitals before the singular is the system's)
        if not (re.match(r"^(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?|[A-Z]{3,8})$", token.text) or DESIGNATED.match(token.text)
                or (token.text.isalpha() and token.text.isupper() and 3 <= len(token.text) <= 8)) \
                or token.idx in starts:
            continue   # 'Harop drones', 'GlobalEye aircraft', 'TB3 drones', 'KF51 tanks', 'FDI
            #            frigates' (not 'IAF jets')
        first = i
        if i >= 2 and toks[i - 1].text == "-" and re.fullmatch(r"[A-Z][a-z]+", toks[i - 2].text) \
                and not toks[i - 2].whitespace_ and not toks[i - 1].whitespace_:
            first = i - 2   # 'Carl-Gustaf rifles'
        if bracket or token.text in ("System", "Systems", "Network", "Layer"):
            first = _name_run_start(doc, first, ends, demonyms)   # ('the three Next-Generation Overhead
            #    Persistent Infrared (OPIR) satellites', 'existing Space-Based Infrared System satellites')
        prev = toks[first - 1] if first else None
        if prev is not None and re.fullmatch(r"[A-Z][^\W\d_A-Z]+", prev.text) and not prev.is_stop \
                and prev.i not in sentence_starts(doc) and prev.text not in demonyms \
                and prev.text not in NOT_NAME_WORDS and prev.text not in KIND_ADJECTIVES \
                and prev.text not in MONTHS and prev.idx + len(prev.text) not in ends \
                and (first < 2 or toks[first - 2].idx + len(toks[first - 2].text) not in ends):
            first -= 1   # 'Sea Ceptor missiles', 'Storm Shadow missiles'
        if first >= 2 and toks[first - 1].text == "-" and re.fullmatch(r"[A-Z][a-z]+", toks[first - 2].text) \
                and not toks[first - 2].whitespace_ and not toks[first - 1].whitespace_:
            first -= 2   # ('Multi-Role Response vessels': the name from its first word)
        end = toks[i + 1].idx + len(toks[i + 1].text) - 1 if plural_mark else toks[last].idx + len(toks[last].text)
        name = text_of(doc)[toks[first].idx:end]
        out.append(Mention(toks[first].idx, end, name, "WeaponSystem",
                           key=f"name:{name.lower()}", attrs={"weak": True}))
    return out


def _name_run_start(doc, first: int, ends: set[int], demonyms) -> int:
    """The first token of the run of capitalised words (hyphens allowed) that ends a name at a
    token: a long form given its initials in brackets names the system whole."""
    toks = tokens_of(doc)
    start, hyphened = first, False
    while first and start - first < 8:
        prev = toks[first - 1]
        joined = prev.text == "-" and not prev.whitespace_ and first >= 2
        if not (joined or re.fullmatch(r"[A-Z][^\W\d_]+", prev.text)) or (prev.is_stop and not hyphened) \
                or prev.text in demonyms or prev.text in NOT_NAME_WORDS or prev.idx + len(prev.text) in ends \
                or prev.i in sentence_starts(doc):
            break   # (a stop word only joined by a hyphen: 'Next-Generation')
        first, hyphened = first - 1, joined
    while first < len(toks) and toks[first].text == "-":
        first += 1
    return first


def acronym_expansions(doc, found: list[Mention]) -> list[Mention]:
    """'Taipei Economic and Cultural Representative Office in the United States (TECRO)'."""
    toks = tokens_of(doc)
    out = []
    for i, token in enumerate(toks):
        if token.text != "(":
            continue
        close = next((j for j in range(i + 2, min(i + 7, len(toks))) if toks[j].text == ")"), None)
        if close is None:
            continue
        acronym = text_of(doc)[token.idx + 1:toks[close].idx]
        if not re.fullmatch(r"[A-Z][A-Za-z&/-]*[A-Z][A-Za-z&/-]*", acronym):
            continue
        start = _long_form_start(doc, i, acronym)
        if start is None or i - start < 2:
            continue
        span = span_of(doc, start, i)
        kind = _kind_of_name(span[2], found) or _firm_named_after_firms(span, found)
        if kind is None:
            continue
        out.append(Mention(*span, kind,
                           key=f"name:{span[2].lower()}", attrs={"acronym": acronym}))
    return out


def _firm_named_after_firms(span: tuple, found: list[Mention]) -> str | None:
    """'Rheinmetall BAE Systems Land (RBSL)': a name that opens with a known firm's and is given
    initials of its own is a firm too (a joint venture or subsidiary), whatever its last word."""
    start, end, _ = span
    opening = [m for m in found if m.start == start and m.end < end and m.kind in ("Company", "JointVenture")
               and m.key is not None and not m.key.startswith("name:")]   # (a firm the gazetteer knows)
    return "Company" if opening else None


LONG_FORM_JOINERS = CONNECTORS | {"to", "at"}   # 'Air-to-Air', 'Office at ...'


def _long_form_start(doc, paren: int, acronym: str) -> int | None:
    """Where the long form of an acronym begins: the nearest capitalised word, going back from
    the parenthesis over a run of capitalised words and connectors, from which the acronym's
    letters follow in order, first by word initials, else anywhere in the words (the way
    Schwartz and Hearst find abbreviation definitions)."""
    toks = tokens_of(doc)
    letters = [c.lower() for c in acronym if c.isalpha()]
    first = paren
    while first > 0 and paren - first < 16:
        prev = toks[first - 1]
        hyphened = first >= 2 and toks[first - 2].text == "-" and not toks[first - 2].whitespace_
        if "\n" in prev.text or not (prev.text[:1].isupper() or prev.text in LONG_FORM_JOINERS
                                     or hyphened):   # ('Multi-purpose Vehicles (LAMV)')
            break
        first -= 1
        if prev.i in sentence_starts(doc):
            break
    for start in range(paren - 1, first - 1, -1):
        word = toks[start].text
        if not word[:1].isupper() or word[0].lower() != letters[0]:
            continue
        words = [t.text for t in toks[start:paren] if t.text[:1].isupper()]
        if _subsequence(letters, [w[0].lower() for w in words]) or \
                _subsequence(letters, list(" ".join(words).lower())):
            return start
    return None


def _subsequence(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)


def _kind_of_name(name: str, found: list[Mention]) -> str | None:
    words = name.split()
    heads = [words[-1]] + [w for w, nxt in zip(words, words[1:]) if nxt in ("of", "in", "at", "for")]
    for w in heads:
        if w in ORG_SUFFIX_KIND:
            return ORG_SUFFIX_KIND[w]
    for w in words[:-1]:   # 'Defense Industries System (DIS)' is a body, not a weapon system
        if w in BODY_WORDS:
            return ORG_SUFFIX_KIND[w]
    if any(w in ("Commission", "Council", "Committee") for w in words):
        return "GovernmentAgency"
    for rx, kind in KIND_ONLY:
        if rx.match(" ".join(words[-3:]).lower()) or rx.match(words[-1].lower()):
            return kind
    if words[-1] in ("Program", "Programme") and any(w in ("Development", "Research", "Modernisation",
                                                          "Modernization", "Acquisition", "Procurement")
                                                      for w in words):
        return None   # ('the Integrated Guided Missile Development Program (IGMDP)': a programme of work)
    if words[-1] in ("Network", "System", "Systems", "Program", "Programme"):
        return "WeaponSystem"
    if words[0] in ("List", "Register"):
        return "Organization"
    return None
