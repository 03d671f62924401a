"""Talks and agreements.

Talks: a sentence with talks, discussions or negotiations between two parties
('between New Delhi and Moscow': capitals stand for their countries), or a subject
'in talks' or 'negotiating with' another, about an item. When the article also
reports a deal for that item whose buyer is one of the parties, or the talks are
about a sale to one of them, that party is the buyer and the other the seller.

Agreements: the people who sign a named agreement, and the countries its name
holds.
"""
from __future__ import annotations

import re

from . import Event, Findings, Lit
from ..mentions import headline_lines
from .common import agent

# When a meeting was, between the verb and whom it was with: 'met on Sunday evening with'
_WHEN = r"(?:\s+(?:on|late|early)\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening|night))?)?"
# 'his visiting American counterpart'
_COUNTERPART = r"(?:his|her|their)\s+(?:visiting\s+)?(?:[A-Z][a-z]+\s+)?counterparts?"
TALKS = re.compile(rf"\b(?:talks|discussions?|negotiations?|negotiating|dialogue|consultations|"
                   rf"meeting between|met{_WHEN} with|meetings? with|met (?:his|her|their)|"
                   # ('met Japanese Defence Minister Minoru Kihara')
                   rf"met{_WHEN} (?=(?-i:(?:[A-Z][a-z]+ ){{0,2}}(?:Defen[cs]e |Foreign |Prime |Deputy )?(?:Minister|Secretary|"
                   r"President|Ambassador|Chancellor) ))|"
                   r"(?:called|phoned|telephoned|spoke (?:with|to)) (?:his|her|their) (?:[A-Z][a-z]+ )?counterpart|"
                   r"spoke (?:by (?:tele)?phone|over the (?:tele)?phone) (?:with|to))\b"
                   r"|\bcounterparts?\b[^.;]{0,60}?\bmet\b", re.I)
# 'he met with X', 'Y met his Peruvian counterpart X', 'signed by Y during a bilateral meeting
# with X': two people who met, the one named before and the one after
MET = re.compile(rf"\b(?P<he>he|she)?\s*(?:met(?:{_WHEN}\s+with)?|(?:held|had|during|at|in)\s+(?:a|an|the|their)\s+"
                 r"(?:[a-z-]+\s+)?(?:meeting|talks|call)\s+with|"
                 # ('they also held separate meetings with X')
                 rf"(?:held|had)\s+(?:[a-z-]+\s+)?(?:meetings|calls)\s+with|"
                 # ('spoke by telephone with Russian President Vladimir Putin')
                 r"spoke\s+(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone)\s+(?:with|to))\s+(?:{_COUNTERPART},?\s+)?"
                 # "X's talks with his Indonesian counterpart Y"
                 r"|(?:’s|'s)\s+(?:[a-z-]+\s+)?(?:talks|meeting|call)\s+with\s+(?:(?:his|her|their)\s+"
                 r"(?:[A-Z][a-z]+\s+)?counterparts?,?\s+)?"
                 # 'he called his Cambodian counterpart, Y': a call is talks between the two
                 r"|\b(?P<pron>he|she)?\s*(?:called|phoned|telephoned|spoke\s+(?:with|to))\s+(?:his|her|their)\s+"
                 r"(?:[A-Z][a-z]+\s+)?counterparts?,?\s+")
# 'Defence Minister X and his British counterpart Y met in Ankara'
COUNTERPARTS_MET = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:[A-Z][a-z]+\s+)?counterparts?,?\s+"
                              r"(?:[A-Z][\w.-]*\s+){1,5}?(?:met|held talks|spoke)\b")


# 'X and Y hosted Foreign Minister Z and Defence Minister W in London': officials who host
# officials hold talks (not 'hosted a dinner' or 'hosted the summit')
HOSTED = re.compile(r"\b(?:hosted|hosts|received)\s+(?:his|her|their)?\s*(?:[A-Z][a-z]+\s+)?(?:counterparts?,?\s+)?")


def _hosts_official(f: Findings, s) -> bool:
    m = HOSTED.search(s.text) if "host" in s.text or "received" in s.text else None
    return m is not None and any(re.fullmatch(r"(?:[A-Z][\w.-]*\s+){0,5}", f.text[s.start + m.end():p.start])
                                 for p in f.mentions_in(s.start + m.end(), s.end, "Person")) \
        and bool(f.mentions_in(s.start, s.start + m.start(), "Person"))


def apply(f: Findings) -> None:
    headlines = headline_lines(f.text)
    for sentence in f.doc.sentences:
        if any(a <= sentence.start < b for a, b in headlines):
            continue
        if TALKS.search(sentence.text) or _hosts_official(f, sentence):
            _talks(f, sentence)
        elif THE_TWO_MET.match(sentence.text):
            _the_two_met(f, sentence)
    _talk_sides(f)
    apply_agreements(f)


# 'X and his Philippine counterpart Y agreed ... . The ministers spoke for two hours during a
# meeting in Manila': the two people the sentence before named met
THE_TWO_MET = re.compile(r"(?:The|Both)\s+(?:two\s+)?(?:ministers|leaders|officials|defen[cs]e\s+chiefs|"
                         r"presidents|prime\s+ministers)\s+(?:also\s+|later\s+|then\s+)?(?:met|spoke|talked|"
                         r"discussed|held\s+(?:talks|a\s+meeting|discussions))\b")


def _the_two_met(f: Findings, s) -> None:
    """Talks between the two people the sentence before names, when it names two and no more."""
    if s.index == 0:
        return
    before = f.doc.sentences[s.index - 1]
    people = [f.entity(x) for x in f.mentions_in(before.start, before.end, "Person")]
    people = [p for i, p in enumerate(people) if p is not None and p not in people[:i]]
    if len(people) != 2:
        return
    talks = _talks_for(f, people, [])
    for person in people:
        f.add(talks, "gk:party", person, s, "Asserted")


CHAIRED_WITH = re.compile(r"\b(?:co-chaired|chaired|co-hosted|attended|led)\s+(?:the\s+|a\s+|an\s+)?(?:[^.;]|\.(?=\S)){0,80}?"
                          r"\b(?:[Dd]ialogue|talks|[Mm]eeting|[Cc]onsultations)\b[^.;]{0,40}?\b"
                          r"(?:alongside|together\s+with|with)\s+")

# Between two people of a list, each with a post: ', Secretary of National Defense '
TITLED_LIST_GAP = re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:[A-Z][\w.’'-]*|of|the|for|and)\s+)*")


def _talks(f: Findings, s) -> None:
    text = s.text
    parties = _talk_parties(f, s)
    word = TALKS.search(text) or HOSTED.search(text)
    clause_end = text.find(";", word.end())
    subject_of = re.search(r"\b(?:is|are|was|were)\s+(?:also\s+)?(?:part|the\s+subject|at\s+the\s+cent(?:re|er))\s+"
                           r"of\s+(?:the\s+)?$", text[:word.start()])   # ('JF-17 jets were part of talks with ...')
    clause = (s.start + (0 if subject_of else word.start()), s.start + (clause_end if clause_end >= 0 else len(text)))
    items = [f.entity(m) for m in f.mentions_in(*clause, "Weapon")]
    items = [e for i, e in enumerate(items) if e is not None and e not in items[:i]]
    if len(parties) < 2 and not items:
        return
    talks = _talks_for(f, parties, items)
    modality = f.modality(s.start, s.end)
    modality = "Reported" if modality == "Reported" else "Asserted"
    for party in parties:
        f.add(talks, "gk:party", party, s, modality)
    for item in items:
        f.add(talks, "gk:item", item, s, modality)
    opener = IN_TALKS_WITH.match(text)   # ('In talks with X, Kim highlighted ...': talks held, not ongoing)
    status = _status(text[opener.end():] if opener else text)
    if status is not None:
        f.add(talks, "gk:status", Lit(status), s, modality)
    to = re.search(r"\b(?:sale|delivery|supply|transfer|export)s?\s+of\s+[^.;]*?\bto\s+(?:the\s+)?",
                   text)
    buyer = agent(f, s.start + to.end(), s.end) if to else None
    if buyer is not None and buyer in parties and len(parties) == 2:
        f.add(talks, "gk:buyer", buyer, s, modality)
        f.add(talks, "gk:seller", parties[1] if parties[0] is buyer else parties[0], s, modality)


# What talks' status words say, checked in this order: talks that 'stalled' may have been
# 'ongoing' for years.
STATUS = [
    ("ended", r"\b(?:broke down|broken down|collapsed|(?:were|was|have been|has been) "
              r"(?:cancell?ed|called off|abandoned|terminated|scrapped)|ended without)\b"),
    ("suspended", r"\b(?:suspended|frozen|on hold|paused|put on ice)\b"),
    ("stalled", r"\b(?:stalled|stalling|deadlocked|at an impasse|bogged down)\b"),
    ("ongoing", r"\b(?:ongoing|underway|under way|continuing|in progress|currently|negotiating|"
                r"in talks|are in|resumed|advanced)\b"),
]


def _status(text: str) -> str | None:
    """'ongoing', 'stalled', 'suspended' or 'ended', as the sentence says; None if it does not."""
    for status, pattern in STATUS:
        if re.search(pattern, text, re.I):
            return status
    return None


def _host_and_guest(f: Findings, host, guests) -> list | None:
    """The two people who met: the one named before and the first named after, if both are
    found and are two."""
    people = [f.entity(x) for x in (host, *guests[:1]) if x is not None]
    if len(people) == 2 and None not in people and people[0] is not people[1]:
        return people
    return None


# 'Kim held back-to-back meetings with the defense ministers of Cameroon, Canada and Finland' ('with his
# counterparts from Malaysia, China and the US')
MINISTERS_OF = re.compile(r"\b(?:held|had|holds|has)\s+(?:[\w-]+\s+)?(?:meetings|talks)\s+with\s+(?:the\s+)?"
                          r"(?:[a-z]+\s+)?(?:ministers|counterparts|leaders|officials|chiefs)\s+(?:of|from)\s+(?:the\s+)?")
# 'In talks with Canadian defense chief Bill Blair, Kim highlighted ...': the one after the comma too
IN_TALKS_WITH = re.compile(r"^(?:In|During)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:talks|meetings?)\s+with\s+[^,;]+,\s+")


COUNTRIES_LIKE = re.compile(r"(?:other\s+)?(?:countries|nations|states|governments)\s+(?:like|such\s+as|including)\s+")
REPORTING = re.compile(r"\b(?:said|says|claimed|claims|told|added|stated|announced|noted|revealed|confirmed|"
                       r"reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?")
TALKS_HELD_IN = re.compile(r"\b(?:held|holding|hold|holds)\s+(?:[a-z-]+\s+)?(?:talks|meetings|consultations)\s+in\s+"
                           r"(?:the\s+)?(?=[A-Z])")


def _talk_parties(f: Findings, s):
    text = s.text
    parties = []
    with_ministers = MINISTERS_OF.search(text)
    if with_ministers:
        subject = f.mentions_in(s.start, s.start + with_ministers.start(), "Person", "Party")
        countries = f.coordinated(f.mentions_in(s.start + with_ministers.end(), s.end, "Country"))
        found = [e for e in dict.fromkeys([f.entity(x) for x in subject[-1:]] + [f.country(c) for c in countries])
                 if e is not None]
        if len(found) >= 2:
            return found
    in_talks = IN_TALKS_WITH.match(text)
    if in_talks:
        after = f.mentions_in(s.start + in_talks.end(), s.end, "Person", "Party")
        guests = f.mentions_in(s.start, s.start + in_talks.end(), "Person")
        if after and guests and after[0].start - (s.start + in_talks.end()) < 40 and f.entity(after[0]) is not None:
            found = [e for e in dict.fromkeys([f.entity(after[0]), *map(f.entity, guests)]) if e is not None]
            if len(found) >= 2:
                return found
    met = COUNTERPARTS_MET.search(text)
    if met:
        host = f.last_mention_before(s.start + met.start() + 1, "Person", within=5)
        people = _host_and_guest(f, host, f.mentions_in(s.start + met.start(), s.start + met.end(), "Person"))
        if people:
            return people
    m = re.search(r"\bbetween\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+?)(?:\s+(?:for|on|over|"
                  r"about|regarding|to)\b|[,.]|$)", text)
    spans = []
    if m:
        spans = [(m.start("a"), m.end("a")), (m.start("b"), m.end("b"))]
    else:
        m = re.search(r"^(?:The\s+)?(?P<a>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*?)(?:,| and|-)\s*(?:the\s+)?(?P<b>[A-Z][\w.’'-]*"
                      r"(?: [A-Z][\w.’'-]*)*?)\s+(?:are |were |have been |)?(?:in |hold |held |"
                      r"holding )?(?:[Tt]alks|[Dd]iscussions|[Nn]egotiations)", text)
        if m:
            spans = [(m.start("a"), m.end("a")), (m.start("b"), m.end("b"))]
        verb = re.search(r"\b(?:in (?:[a-z-]+ )?talks|negotiating|in (?:[a-z-]+ )?negotiations|"
                         r"in (?:[a-z-]+ )?discussions|(?:holding|held|hold|holds) (?:an? )?"
                         r"(?:[a-z-]+ ){0,2}(?:talks|dialogue|discussions|consultations)|"
                         r"discussing)\b", text)
        if verb and not m:   # (the subject of the talks, not one who reports them: 'X claimed that
            #                    several countries were in talks with Pakistan')
            reported = [r.end() for r in REPORTING.finditer(text, 0, verb.start())]
            opens = s.start + (reported[-1] if reported else 0)
            subject = f.coordinated([x for x in f.mentions_in(opens, s.start + verb.start(), "Party", "Person")
                                     if not f.text.startswith(" counterpart", x.end)])   # 'his German counterpart X'
            for x in subject:
                spans.append((x.start - s.start, x.end - s.start))
        met = MET.search(text)
        if met:   # 'Austin ... as he met with DND Secretary Gilberto Teodoro Jr.': two people
            guest = [p for p in f.mentions_in(s.start + met.end(), s.end, "Person")
                     if p.start - (s.start + met.end()) < 60]
            host = f.last_mention_before(s.start + met.start(), "Person",
                                         within=400 if met.group("he") or met.group("pron") else 80)
            if host is not None and host.start < s.start and not (met.group("he") or met.group("pron")) \
                    and f.entity(host) not in [f.entity(p) for p in f.mentions_in(s.start, s.end, "Person")]:
                host = None   # (no one the sentence before named, unless this one names him too:
                #               'Görgün said that they held meetings with' after another person)
            people = _host_and_guest(f, host, guest)
            if people:
                return people
        for w in re.finditer(r"\b(?:talks|negotiations|discussions|negotiating|negotiate) with\s+"
                             r"(?:the\s+)?", text):
            # (it ends before 'at the start of a trip which will also take in Qatar')
            listed = COUNTRIES_LIKE.match(text, w.end())   # ('talks with countries like Sudan, Libya and Iraq')
            rest = re.search(r"\s(?:for|over|on|about|regarding|to|at|during|which|who|after|before|"
                             r"while|when|as|amid)\s|[;.]" if listed else
                             r"\s(?:for|over|on|about|regarding|to|at|during|which|who|after|before|"
                             r"while|when|as|amid)\s|[,;.]", text[w.end():])
            spans.append((w.end(), w.end() + (rest.start() if rest else len(text) - w.end())))
            if not verb and not m:   # 'Turkey has suspended negotiations with Washington': Turkey too
                subject = f.coordinated(f.mentions_in(s.start, s.start + w.start(), "Party"))
                if subject and subject[0].start - s.start < 30 and "," not in \
                        text[subject[-1].end - s.start:w.start()]:
                    spans += [(x.start - s.start, x.end - s.start) for x in subject]
        chaired = CHAIRED_WITH.search(text)
        if chaired:   # 'X co-chaired the 2+2 Ministerial Dialogue alongside A, B, and C'
            listed = []
            for p in f.mentions_in(s.start + chaired.end(), s.end, "Person"):
                if listed and not TITLED_LIST_GAP.fullmatch(f.text, listed[-1].end, p.start):
                    break   # (the list of those who took part has ended)
                listed.append(p)
            people = f.mentions_in(s.start, s.start + chaired.start(), "Person")[-1:] + listed
            people = [e for e in dict.fromkeys(map(f.entity, people)) if e is not None]
            if len(people) >= 2:
                return people
        host = re.search(r"\b(?:host(?:ed|s)|received)\s+", text)
        if host:
            spans = [(0, host.start()), (host.end(), len(text))] + spans
            people = f.mentions_in(s.start, s.end, "Person")
            if len(people) >= 2:
                return [p for i, p in enumerate(map(f.entity, people))
                        if p is not None and p not in list(map(f.entity, people))[:i]]
    for a, b in spans:
        found = f.mentions_in(s.start + a, s.start + b, "Party", "Person")
        for mention, nxt in zip(found, [*found[1:], None]):
            if nxt is not None and mention.kind in ("Country", "Demonym") and re.fullmatch(
                    r"(?:’s|'s)?\s+", f.text[mention.end:nxt.start]):
                continue   # "Sweden's Saab", "the Swedish firm Saab": one party, the firm
            entity = f.country(mention) or f.entity(mention)
            if entity is not None and entity not in parties and entity.kind not in ("MediaOutlet", "City",
                                                                                   "Region", "Place"):
                parties.append(entity)   # (a city no country is known for is where, not who)
    held_in = TALKS_HELD_IN.search(text)
    if len(parties) == 1 and held_in:   # ('X held talks in Baku, the capital of Azerbaijan'): the
        city = [c for c in f.mentions_in(s.start + held_in.end(), s.end, "City")   # host's government
                if c.start == s.start + held_in.end()]
        host = f.country(city[0]) if city else None
        if host is not None and host not in parties and host not in f.objects(parties[0], "gk:represents"):
            parties.append(host)
    if not parties and TALKS.search(text):   # "France's defence minister and his Indian
        word = TALKS.search(text)               #  counterpart ... wrap up negotiations"
        sides = []
        for x in f.mentions_in(s.start, s.start + word.start(), "Country", "Demonym"):
            country = f.country(x)
            if country is not None and country not in sides:
                sides.append(country)
        if len(sides) == 2 and re.search(r"\bcounterpart\b", text[:word.start()]):
            parties = sides
    return parties


def _talks_for(f: Findings, parties, items) -> Event:
    """The talks already seen between the same parties (or about the same item), or new ones."""
    for talks in getattr(f, "talks", []):
        known_parties = f.objects(talks, "gk:party")
        known_items = f.objects(talks, "gk:item")
        if (parties and set(map(id, parties)) <= set(map(id, known_parties))) or \
                (not parties and items and set(map(id, items)) & set(map(id, known_items))):
            return talks
    talks = f.event("Negotiation")
    f.talks = getattr(f, "talks", []) + [talks]
    return talks


def _talk_sides(f: Findings) -> None:
    """Buyer and seller in talks, when the article reports a deal for the same item."""
    for talks in getattr(f, "talks", []):
        parties = f.objects(talks, "gk:party")
        if len(parties) != 2:
            continue
        for item in f.objects(talks, "gk:item"):
            for deal in f.deals:
                if item not in f.objects(deal, "gk:item"):
                    continue
                buyers = [b for b in f.objects(deal, "gk:buyer") if b in parties]
                if buyers:
                    buyer = buyers[0]
                    seller = parties[1] if parties[0] is buyer else parties[0]
                    evidence = next(c for c in f.claims if c.subject is talks)
                    f.add(talks, "gk:buyer", buyer, (evidence.start, evidence.end), "Asserted")
                    f.add(talks, "gk:seller", seller, (evidence.start, evidence.end), "Asserted")
                    break


SIGN = re.compile(r"\b(?:[Ss]igned|[Ss]igns|sign|inked|concluded|initialled)\b")   # ("X on Monday Signed a deal")


AGREEMENT_WORDS = re.compile(r"\b(?:\d+|two|three|four|both|the|these)\s+(?:agreements|accords|"
                             r"treaties|documents|memoranda)\b|\bthe (?:agreement|accord|treaty)\b",
                             re.I)


# What is said of a signer between commas ('Subianto, who is serving as defense minister under
# outgoing President Joko Widodo's administration, signed'): the people named there did not sign
SIGNER_ASIDE = re.compile(r",\s+(?:who|whose|which)\b[^,;]*,")


def apply_agreements(f: Findings) -> None:
    """'X and Y have signed a Letter of Cooperation': the signatories of a named agreement;
    'signed 2 agreements' after the agreements were named: the same agreements. A country
    named in an agreement's name ('UK-Japan ... Framework') is a party to it."""
    recent = []
    for s in f.doc.sentences:
        named = [f.entity(m) for m in f.mentions_in(s.start, s.end, "Agreement")]
        named = [a for i, a in enumerate(named) if a is not None and a not in named[:i]]
        for agreement in named:
            for country in _countries_in_name(f, agreement):
                f.add(agreement, "gk:party", country, s, "Asserted")
        sign = SIGN.search(s.text)
        if sign:
            targets = named or (recent if AGREEMENT_WORDS.search(s.text[sign.end():]) else [])
            for agreement in targets:
                for person in signers_before(f, s, sign):
                    f.add(agreement, "gk:signatory", person, s)
        if named:
            recent = named


def signers_before(f: Findings, s, sign: re.Match) -> list:
    """The people named before the verb of signing, but not in an aside about someone else nor
    as the owner of something ("President Y's administration")."""
    asides = [(s.start + a.start(), s.start + a.end()) for a in SIGNER_ASIDE.finditer(s.text, 0, sign.start())]
    signers = [f.entity(m) for m in f.mentions_in(s.start, s.start + sign.start(), "Person")
               if not any(a <= m.start < b for a, b in asides)
               and not re.match(r"’s|'s", f.text[m.end:m.end + 2])]
    return [p for i, p in enumerate(signers) if p is not None and p not in signers[:i]]


def _countries_in_name(f: Findings, agreement) -> list:
    out = []
    for word in re.findall(r"[A-Z][\w.]+", agreement.label):
        country = f.country_named(word)
        if country is not None and country not in out:
            out.append(country)
    return out
