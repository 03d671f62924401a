"""People: the post each person holds, which country they represent, where they serve.

'Russian Ambassador to India Denis Alipov': role Ambassador, represents Russia
(the demonym before the title), posted to India ('to' after the title).
'Mr Keiichi Hayashi, Ambassador of Japan to the United Kingdom': the same read
from an apposition after the name. 'EDD and its director, Li Shangfu': role
director, member of EDD.
"""
from __future__ import annotations

import re

from .. import gazetteer
from . import Findings, Lit
from .common import home_country
from .quotes import person_by_post
from ..titles import (ACRONYM, APPOINTED_AS, APPOINTMENT_WORDS, DIRECTOR_FIELDS, HONORIFIC, LEADS, LOWER_TITLES, NAME_TOKEN,
                      NOT_NAME_WORDS, PLURAL_POST, PORTFOLIO_WORDS, RETIRED, SUCCEEDS_AS, TITLE_RE, TITLE_WORDS)

LOWER_PORTFOLIO = "(?:" + "|".join(sorted({w.lower() for w in PORTFOLIO_WORDS})) + ")"
LOWER_TITLE_RE = "(?:" + "|".join(LOWER_TITLES) + ")"
APPOSITION_AFTER = re.compile(
    rf",\s+(?:who\s+(?:is|was)\s+(?:also\s+|currently\s+|now\s+)?(?:serving\s+as\s+)?(?:an?\s+)?)?(?:the\s+)?(?P<dem>(?!(?:{TITLE_RE})\b)[A-Z][a-z]+(?P<poss>’s|'s)?\s+)?(?P<title>{TITLE_RE}(?:\s+and\s+{TITLE_RE})?)(?![’']s)"
    # ("Treasury's undersecretary for terrorism and financial intelligence": a portfolio in lower case)
    rf"(?P<portfolio> for {LOWER_PORTFOLIO}(?:,? (?:and )?{LOWER_PORTFOLIO})*(?=[,.;])"
    # ('Catherine West, minister for the Indo-Pacific in the FCDO')
    rf"| for (?:the )?[A-Z][\w-]+(?: (?:and )?[A-Z][\w-]+){{0,3}}(?=[,.;]| in\b| at\b))?"
    r"(?: of (?P<of>(?:the )?[A-Z][\w.]+(?: (?:of )?[A-Z][\w.]+)*))?"
    r"(?: to (?P<to>(?:the )?[A-Z][\w.]+(?: [A-Z][\w.]+)*))?")
# "Tinubu's Special Adviser on Information and Strategy, Mr X", 'the indisposed substantive
# Chief of Army Staff, Lt Gen X': a post, a comma, then the name (after a courtesy title or a rank)
APPOSITION_BEFORE = re.compile(
    rf"(?:^|[,(;]\s*|\b[Tt]he\s+(?:[a-z]+\s+){{0,2}}(?=[A-Z])|\b[Tt]he\s+(?=(?:{LOWER_TITLE_RE}|head of)\b)|"
    rf"\b[A-Z][a-z]+(?:’s|'s)\s+(?:(?:transitional|interim|acting|new|current|outgoing|incoming|top)\s+)?|"
    rf"\b(?P<open>as|by|and)\s+(?=[A-Z]))"   # ('The minister of X, Y said'; "Mali’s transitional president, General X")
    rf"(?:[A-Z]{{2,6}}\s+|(?P<dem>[A-Z][a-z]+)\s+(?=Chief\s+of\b))?"   # ('the Canadian Chief of Defence Staff, Gen. X')
    rf"(?P<phrase>(?P<title>{TITLE_RE}|[Hh]ead of)(?!’s|'s)[^,;()]*?)(?:\s+{ACRONYM})?,\s+(?:the\s+)?"
    rf"(?P<hon>(?:Hon\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+|Eng\.?\s+|Engr\.?\s+)*)(?P<rank>(?:{TITLE_RE})\s+)?"
    rf"(?:{RETIRED}\s+)?(?:Dr\.?\s+)?$")   # ('Brig. Gen. (Ret.) Dr. Daniel Gold')
# A military rank, which a name may carry besides its post ('the Chief of Army Staff, Lt Gen X')
RANK = re.compile(r"(?:(?:Lieutenant|Major|Brigadier|Lt\.?|Maj\.?|Brig\.?)[ -])?(?:General|Gen\.?)|"
                  r"(?:Vice |Rear )?(?:Admiral|Adm\.?)|(?:Lieutenant |Lt\.? )?(?:Colonel|Col\.?)|"
                  r"(?:Air (?:Chief |Vice )?)?Marshal|Air Commodore|Air Cdre|Commodore|Group Captain|"
                  r"Gp Capt|Wing Commander|Wg Cdr|Captain|Capt\.?|Commander|Cdr\.?|Cmdr\.?|"
                  r"Major|Brigadier|Field Marshal")
POSTED_TITLES = re.compile(r"Ambassador|High Commissioner|Envoy|Consul|Attach[ée]", re.I)


def apply(f: Findings) -> None:
    done = set()
    for m in f.doc.mentions:
        if m.kind != "Person":
            continue
        person = f.entity(m)
        if person is None:
            continue
        sentence = f.doc.sentence_at(m.start)
        title = m.attrs.get("title")
        before = _post_before(f, m, sentence)
        if before and (not title or (title in before.group("phrase") and
                                     len(before.group("phrase")) > len(title))):
            m.attrs["title"] = title = before.group("phrase").strip()
            m.attrs["title_start"] = sentence.start + before.start("phrase")
        elif before and before.group("rank") and title == before.group("rank").strip() \
                and RANK.fullmatch(title):
            _role(f, person, before.group("phrase"), sentence)   # the post, besides the rank
            _body_of_post(f, person, before.group("phrase"), sentence.start + before.start("phrase"), sentence)
            owned = COUNTRY_OWNS.search(before.group("phrase"))   # ("The head of Niger's military government,
            owner = _owner_of_post(f, sentence.start + before.start("phrase"), sentence) \
                or (f.country_named(before.group("dem")) if before.group("dem") else None) \
                or (f.country_named(owned.group(1)) if owned else None)   # General X"; 'the Canadian Chief')
            if owner is not None and not f.objects(person, "gk:represents"):   # ("Nigeria's Chief of
                f.add(person, "gk:represents", owner, sentence, "Asserted")     #  Army Staff, Lt Gen X")
        if m.attrs.get("rank"):   # 'Defence Minister Gen X': the rank, besides the post
            _role(f, person, m.attrs["rank"], sentence)
        _leads_service(f, person, m, sentence)
        if title:
            _titled(f, person, m, title, sentence)
            _role_apposition(f, person, m, sentence)
        elif not _apposition(f, person, m, sentence):
            _role_apposition(f, person, m, sentence)
        _appointed(f, person, m, sentence)
        _led_by(f, person, m, sentence)
        _leads_firm(f, person, m, sentence)
        _post_to_be(f, person, m, sentence)
        _of_body(f, person, m, sentence)
        if "on behalf of" in sentence.text:
            _on_behalf(f, person, m, sentence)
        counterpart = COUNTERPART_OF.search(f.text, max(sentence.start, m.start - 40), m.start)
        if counterpart and f.country_named(counterpart.group("dem")) is not None:
            f.add(person, "gk:represents", f.country_named(counterpart.group("dem")), sentence,
                  "Asserted")   # 'his German counterpart Boris Pistorius'
        if counterpart and not title:
            _counterparts_post(f, person, counterpart.start(), sentence)
        done.add(id(person))
    _posts_owned_before(f)
    previous = None
    for sentence in f.doc.sentences:
        if PLURAL_POST.search(sentence.text):
            _posts_of_each(f, sentence)
        if "represented by" in sentence.text:
            _represented_by(f, sentence)
    _home_officials(f)
    for sentence in f.doc.sentences:
        if APPOINTMENT_WORDS.search(sentence.text):   # (the words titles reads appointees by)
            _succession(f, sentence)
        if previous is not None and sentence.text.startswith(("The ", "the ")):
            _described_again(f, previous, sentence)
        previous = sentence


# 'The British government was represented by Lord Drayson': he stood for his country there
REPRESENTED_BY = re.compile(r"\b(?:[Tt]he\s+)?(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:’s|'s)?\s+(?:government|side|"
                            r"delegation)\s+(?:was|were|is|will\s+be)\s+represented\s+by\s+")


def _represented_by(f: Findings, s) -> None:
    m = REPRESENTED_BY.search(s.text)
    country = f.country_named(m.group("who")) if m else None
    person = f.mentions_in(s.start + m.end(), s.end, "Person")[:1] if country is not None else []
    if person and person[0].start <= s.start + m.end() + 20 and f.entity(person[0]) is not None:
        f.add(f.entity(person[0]), "gk:represents", country, s, "Asserted")


SINGULAR = {"ministers": "minister", "secretaries": "secretary", "ambassadors": "ambassador", "chiefs": "chief"}


def _posts_of_each(f: Findings, s) -> None:
    """Each of the two people named after a plural post holds it, in the singular, for the
    country named in the same place of the list."""
    m = PLURAL_POST.search(s.text)
    countries = [f.country_named(m.group(g)) for g in ("a", "b")]
    people = [x for x in f.mentions_in(s.start + m.end(), s.end, "Person")][:2]
    if None in countries or len(people) != 2 or people[0].start != s.start + m.end() \
            or not re.fullmatch(r",?\s+and\s+", f.text[people[0].end:people[1].start]):
        return
    post = re.sub(r"\b(ministers|secretaries|ambassadors|chiefs)\b",
                  lambda w: SINGULAR[w.group(1).lower()], m.group("post").lower(), flags=re.I)
    for person, country in zip(people, countries):
        entity = f.entity(person)
        if entity is not None:
            _role(f, entity, post, s)
            f.add(entity, "gk:represents", country, s, "Asserted")


# A post in a national government ('Defense Minister', 'Minister of Defence', 'Chief of Army Staff'):
# held for the country the article is written from, when nothing else says whose it is
NATIONAL_POST = re.compile(r"(?:(?:Deputy|Vice|Acting|Federal|Union|State)\s+)?(?:(?:Defen[cs]e|Foreign|Interior|Home|"
                           r"Finance|Trade|Prime)\s+(?:Minister|Secretary)|Minister\s+(?:of|for)\s+(?:the\s+)?"
                           r"(?:National\s+)?(?:Defen[cs]e|Foreign\s+Affairs|External\s+Affairs|Home\s+Affairs|Interior)|"
                           r"Chief\s+of\s+(?:the\s+)?(?:Army|Naval|Air|Defen[cs]e|General)\s+Staff|Army\s+Chief|"
                           r"Navy\s+Chief|Air\s+Force\s+Chief)", re.I)


def _home_officials(f: Findings) -> None:
    """'SEOUL, July 30 — Defence Minister Ahn Gyu-back ...': a national post with no country
    said is the dateline country's, since a foreign minister is introduced as such."""
    home = home_country(f) or _country_of_the_opening(f)
    if home is None:
        return
    posts = [c for c in f.claims if c.predicate == "schema:jobTitle"]
    candidates = [c for c in posts if NATIONAL_POST.fullmatch(str(c.object.value))
                  and not f.objects(c.subject, "gk:represents") and not f.objects(c.subject, "gk:memberOf")
                  and not _hosts_counterpart(f, c.subject, home, c) and not _visits(f, c.subject, home)]
    for c in candidates:
        person = c.subject
        held = any(o.subject is not person and o.object == c.object and home in f.objects(o.subject, "gk:represents")
                   for o in posts)   # ('Czech Defense Minister X ... Defense Minister Benny Gantz': another's)
        rival = any(o.subject is not person and o.object == c.object for o in candidates)
        if not held and not rival:   # (two who may hold the one post: whose is which?)
            f.add(person, "gk:represents", home, (c.start, c.end), "Asserted")


def _country_of_the_opening(f: Findings):
    """The one country an article's headline and first sentence name, if they name only one (an
    article with no dateline: 'Agreement will significantly expand production of Norwegian
    artillery ammunition' then 'the Norwegian Defence Materiel Agency has entered into ...')."""
    opening = f.doc.sentences[:2]
    if not opening:
        return None
    found = [m for m in f.mentions_in(opening[0].start, opening[-1].end, "Country", "Demonym") if f.country(m)]
    named = {id(f.country(m)) for m in found}
    own = any(m.kind == "Demonym" or re.match(r"(?:’s|'s)\s", f.text[m.end:m.end + 3]) for m in found)
    return f.country(found[0]) if len(named) == 1 and own else None   # ('Norwegian', "the UK's": its own;
    #                                                                    not 'with Japan')


# Whose a counterpart is: 'his German counterpart', 'his US counterpart', 'his U.S. counterpart'
COUNTERPART_DEM = r"(?P<dem>[A-Z][a-z]+|[A-Z]{2,3}|U\.S\.)"


# 'X has been on a five-day official visit to Turkiye', 'X arrived in Israel on Sunday'
VISIT_TO = re.compile(r"\b(?:(?:visit|visiting|trip|tour)\b[^.;]{0,30}?\b(?:to|in)|visited|arrived\s+in|"
                      r"landed\s+in|travell?ed\s+to)\s+(?:the\s+)?$")


def _visits(f: Findings, person, home) -> bool:
    """Whether a sentence that names the person says the person visits the home country: a
    visitor, whose post the dateline does not make the home country's."""
    names = {w for w in person.label.split() if len(w) > 3}
    starts = [m.start for m in person.mentions] + [   # (and a sentence opened by one of the names:
        s.start for s in f.doc.sentences if s.text.split(" ", 1)[0] in names]   # 'Khaled has been on')
    for start in starts:
        s = f.doc.sentence_at(start)
        for place in f.mentions_in(start, s.end, "Country", "City"):
            if (f.country(place) is home or f.governed_from(place.text) is home) \
                    and VISIT_TO.search(f.text, max(start, place.start - 60), place.start):
                return True
    return False


HIS_COUNTERPART = re.compile(rf"\b(?:his|her|their)\s+{COUNTERPART_DEM}\s+counterparts?\b")


def _hosts_counterpart(f: Findings, person, home, claim) -> bool:
    """Whether the claim's sentence gives the person a counterpart of the home country ('MANILA —
    Defense Minister X and his Philippine counterpart Y'): then X is the visitor, not the host."""
    for m in HIS_COUNTERPART.finditer(f.text, claim.start, claim.end):
        named = [x for x in f.mentions_in(claim.start, claim.start + m.start(), "Person") if f.entity(x) is person]
        if named and f.country_named(m.group("dem")) is home:
            return True
    return False


# 'Mark Rutte has been nominated as ... . The outgoing Dutch prime minister will take over from X':
# a sentence that opens with a country's post, no name after it, and goes on with a verb
DESCRIBED_AGAIN = re.compile(rf"^[Tt]he\s+(?:(?:outgoing|incumbent|former|current|serving|sitting|veteran|"
                             rf"long-serving|\d+-year-old)\s+)*(?P<dem>[A-Z][a-z]+)\s+(?P<title>{TITLE_RE})\s+"
                             r"(?=(?:will|would|has|had|is|was|said|says|told|added|also|took|takes|became)\b)")


def _described_again(f: Findings, previous, s) -> None:
    """The post a sentence gives the person the sentence before it opens with: the same person,
    as news writes a name once and then what the person is."""
    m = DESCRIBED_AGAIN.match(s.text)
    country = f.country_named(m.group("dem")) if m else None
    first = f.mentions_in(previous.start, previous.end, "Person")[:1]
    if country is None or not first or first[0].start != previous.start or f.entity(first[0]) is None:
        return
    person = f.entity(first[0])
    _role(f, person, m.group("title"), s)
    f.add(person, "gk:represents", country, s, "Asserted")


# 'President X has appointed ... Y as the Commander-in-Chief ..., instead of Z', 'Y was named
# army chief by President X, replacing Z', 'Y will succeed Z as Chief of Navy'
APPOINTING = re.compile(r"\b(?P<passive>(?:has|have|had)\s+been\s+|was\s+|were\s+|is\s+|will\s+be\s+)?"
                        r"(?:appointed|named|nominated)\s+")
SUCCEEDING = re.compile(r"\b(?:instead\s+of|in\s+place\s+of|replacing|succeeding|(?:who\s+)?(?:replaces|"
                        r"succeeds|replaced|succeeded|(?:will|to)\s+(?:replace|succeed)))\s+(?!by\b)"
                        # 'X, who has been replaced by Y': Y succeeded X
                        r"|\b(?P<passive>(?:has|have|had)\s+been|was|were|is|will\s+be)\s+(?:replaced|succeeded)\s+by\s+")
APPOINTED_BY = re.compile(r"\s+by\s+(?:the\s+)?")


def _succession(f: Findings, s) -> None:
    """Who appointed a person, and whom the person replaced."""
    people = f.mentions_in(s.start, s.end, "Person")
    if not people:
        return

    def last_before(offset: int):
        before = [p for p in people if p.end <= s.start + offset]
        return before[-1] if before else None

    appointee = None
    m = APPOINTING.search(s.text)
    if m and not m.group("passive"):   # 'X has appointed Y as ...': Y, by X
        after = [p for p in people if p.start >= s.start + m.end() and (
                 " as " in f.text[p.end:p.end + 5] or not re.search(r"[,;]", f.text[s.start + m.end():p.start]))]
        before = last_before(m.start())
        appointee = f.entity(after[0]) if after else None
        appointer = f.entity(before) if before and not re.search(
            r"[;]|,\s+(?:and|but)\b", f.text[before.end:s.start + m.start()]) else None
        if before is None:   # 'The president named General X as ...': the article's one president
            appointer = person_by_post(f, s.text[:m.start()].strip(), s.start + m.start())
        also = [p for p in people if after and p.start > after[0].end and LEADS.match(f.text, p.end)]
        for named in [appointee] + [f.entity(p) for p in also]:   # ('named X as commander of the
            if named is not None and appointer is not None and appointer is not named:   # armed forces,
                f.add(named, "gk:appointedBy", appointer, s)                           # Y to direct the army')
    elif m:   # 'Y was named army chief by President X'
        before = last_before(m.start())
        appointee = f.entity(before) if before else None
        by = APPOINTED_BY.search(s.text, m.end())
        agent = [p for p in people if by and p.start == s.start + by.end() or
                 by and 0 < p.start - (s.start + by.end()) < 40 and
                 not re.search(r"[,;]", f.text[s.start + by.end():p.start])]
        if appointee is not None and agent and f.entity(agent[0]) is not appointee:
            f.add(appointee, "gk:appointedBy", f.entity(agent[0]), s)
    for succ in SUCCEEDING.finditer(s.text):
        start = s.start + succ.end()
        replaced = [p for p in people if start <= p.start < start + 40
                    and not re.search(r"[,;]", f.text[start:p.start])]
        before = last_before(succ.start())
        subject = appointee
        if subject is None:   # 'Y will succeed Z as ...', 'Y, who replaces Z'
            subject = f.entity(before) if before else None
        if replaced and succ.group("passive"):   # (the one before the words is the predecessor)
            subject, replaced = f.entity(replaced[0]), [before] if before else []
        if replaced and subject is not None and f.entity(replaced[0]) is not subject:
            f.add(subject, "gk:succeeded", f.entity(replaced[0]), s)
            if succ.group("passive"):
                _post_handed_on(f, f.entity(replaced[0]), subject, s)


def _post_handed_on(f: Findings, before, after, s) -> None:
    """'X, defence minister since August 2017, was replaced by Y': the post the sentence gives X
    (not a rank) is Y's now."""
    posts = [c.object for c in f.claims if c.subject is before and c.predicate == "schema:jobTitle"
             and s.start <= c.start < s.end and not RANK.fullmatch(str(c.object.value))]
    for post in dict.fromkeys(posts):
        f.add(after, "schema:jobTitle", post, s, "Asserted")


def _post_before(f: Findings, m, sentence) -> re.Match | None:
    """The post written before a name and a comma, unless what reads as one holds another
    person's name ('Defence Minister Gen X said he called his counterpart, Y': X's post)."""
    text = f.text[sentence.start:m.start]
    before = APPOSITION_BEFORE.search(text)
    while before:
        inside = f.mentions_in(sentence.start + before.start("phrase"), sentence.start + before.end("phrase"),
                               "Person")
        if not inside:   # (after 'and', a post may be the one before's second: 'X, Inspector
            #                General and Commander of the Southern Zone, Y' unless 'Mr Y')
            return None if re.search(r"\b(?:his|her|their)\s", before.group("phrase")) \
                or re.search(r"\b(?:with|met|meets|meeting|to|for)\s+$", text[:before.start("phrase")]) \
                or before.group("open") == "and" and not before.group("hon") \
                and not _person_ends_at(f, sentence.start + before.start("open")) \
                or _apposed_to_name_before(f, sentence.start + before.start("phrase")) else before
            #  ('the Defence Secretary reassured his Iraqi counterpart, X': a clause, no post)
        # ('President X expressed confidence ... as Chief of Defense Forces (CDF), General Y': the
        # post after the other person's name)
        before = APPOSITION_BEFORE.search(text, inside[-1].end - sentence.start)
    return None


# 'ministry spokesman Kim Min-seok said': a post of the body the text named before by that word
BODY_WORD_BEFORE = re.compile(r"\b(?P<word>ministry|department|army|navy|company|firm)\s+$", re.I)


def _body_before_post(f: Findings, person, title_start: int, before: str, sentence) -> None:
    word = BODY_WORD_BEFORE.search(before)
    if word is None or f.objects(person, "gk:memberOf"):
        return
    if word.group("word").lower() in ("company", "firm"):   # ('Rostec will partner with ..., company CEO
        firm = f.last_mention_before(title_start, "Company", within=400)   # Sergey Chemezov said')
        if firm is not None and f.entity(firm) is not None:
            f.add(person, "gk:memberOf", f.entity(firm), sentence, "Asserted")
        return
    if any(b.end > title_start - len(word.group(0)) for b in f.mentions_in(
            max(0, title_start - 80), title_start, "GovernmentAgency", "MilitaryBranch")):
        return   # ('Foreign Ministry spokesman Wang Wenbin': the body named right there, not one before)
    bodies = [b for b in f.mentions_in(max(0, title_start - 1500), title_start - len(word.group(0)),
                                       "GovernmentAgency", "MilitaryBranch")
              if f.entity(b) is not None and word.group("word").lower() in f.entity(b).label.lower()]
    if bodies:   # (the last such body named: "Seoul's defense ministry considered ...")
        f.add(person, "gk:memberOf", f.entity(bodies[-1]), sentence, "Asserted")


def _person_ends_at(f: Findings, offset: int) -> bool:
    """Whether a person's name ends right before an offset ('Israel Katz and IMOD Director
    General, Y': another person and his post, not the post of one before)."""
    return _person_right_before(f, offset, r"\s*")


def _apposed_to_name_before(f: Findings, offset: int) -> bool:
    """'X, Inspector General of the FAR, Lieutenant General Y': a post right after another
    name and its comma, with no 'the' to open it, is that name's apposition."""
    return _person_right_before(f, offset, r",\s+")


def _person_right_before(f: Findings, offset: int, gap: str) -> bool:
    """Whether the last person named in the 60 characters before an offset is separated from it
    by exactly the gap."""
    before = f.mentions_in(max(0, offset - 60), offset, "Person")
    return bool(before) and re.fullmatch(gap, f.text[before[-1].end:offset]) is not None


def _leads_service(f: Findings, person, m, sentence) -> None:
    """'X will take over the Army', 'General Y will lead the Indian Army': the service's chief,
    and one of it."""
    leads = LEADS.match(f.text, m.end, sentence.end)
    if leads is None:
        return
    _role(f, person, f"{' '.join(leads.group('service').split()).title()} Chief", sentence)
    at = leads.start("whose") if leads.group("whose") else leads.start("service")
    branch = next(iter(f.mentions_in(at, sentence.end, "MilitaryBranch")), None)
    if branch is not None and branch.start == at and f.entity(branch) is not None:
        f.add(person, "gk:memberOf", f.entity(branch), sentence, "Asserted")


# "Argentina's Defence Minister", 'the Turkish President': a post and its country, no name after
OWNER = r"(?:\b(?P<owner>[A-Z][\w.]+(?: [A-Z][\w.]+)?)(?:’s|'s)|\b[Tt]he (?P<dem>[A-Z][a-z]+))\s+"
NOT_NAMED_AFTER = r"\b(?!\s+(?:[A-Z]|of\b|to\b|for\b))"
NEAR_ENOUGH = 800   # how far apart the post and its holder's name may be, in characters


def _posts_owned_before(f: Findings) -> None:
    """'Argentina's Defence Minister offers praise ... Defence Minister Luis Petri flew to ...'
    (or 'President X ... the Turkish President', after the name): the holder of a post that one
    country owns in the text represents that country, when nothing else says whom the holder
    represents. The evidence runs from the post to the name."""
    titles = {m.attrs["title"] for m in f.doc.mentions if m.kind == "Person" and m.attrs.get("title")
              and f.entity(m) is not None and not f.objects(f.entity(m), "gk:represents")}
    if not titles:
        return   # (the posts of the people who represent no one yet, and only those, are looked for)
    owned: dict[str, list] = {}
    posts = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    for m in re.finditer(rf"{OWNER}(?P<title>(?i:{posts})){NOT_NAMED_AFTER}", f.text):
        country = f.country_named(m.group("owner") or m.group("dem"))
        if country is not None:
            owned.setdefault(m.group("title").lower(), []).append((m.start(), country))
    if not owned:
        return
    holders: dict[str, set] = {}
    for m in f.doc.mentions:
        if m.kind == "Person" and f.entity(m) is not None:   # (a post read from the text around a name
            for title in [m.attrs.get("title")] + [str(t.value) for t in f.objects(f.entity(m), "schema:jobTitle")]:
                if title:                                      #  counts too: 'his Japan counterpart X')
                    holders.setdefault(title.lower(), set()).add(id(f.entity(m)))
    for m in f.doc.mentions:
        person = f.entity(m) if m.kind == "Person" else None
        title = (m.attrs.get("title") or "").lower()
        if person is None or title not in owned or f.objects(person, "gk:represents") \
                or len(holders.get(title, ())) > 1:   # (two defence ministers named: whose is which?)
            continue
        countries = {id(c): c for _, c in owned[title]}
        near = sorted((abs(m.start - start), start) for start, _ in owned[title]
                      if abs(m.start - start) <= NEAR_ENOUGH)   # before the name or after it
        if len(countries) != 1 or not near:
            continue   # (two countries' defence ministers: whose is this one?)
        ends = sorted((near[0][1], m.start))
        span = (f.doc.sentence_at(ends[0]).start, f.doc.sentence_at(ends[1]).end)
        f.add(person, "gk:represents", next(iter(countries.values())), span, "Asserted")


HE_OPENS = re.compile(r"\s*(?:[A-Z][\w ]{0,30},\s+)?(?:[Hh]e|[Ss]he)\b")


def _counterparts_post(f: Findings, person, offset: int, sentence) -> None:
    """'Defence Minister X and his British counterpart Y', 'Defence Minister X said he called his
    Cambodian counterpart, Y': Y holds the post X holds."""
    before = re.search(r"(?:\s+(?P<and>and)|\b(?:called|met|phoned|telephoned|hosted|received|thanked|"
                       r"told|urged|with))\s+(?:his|her|their)\s+$",
                       f.text[max(sentence.start, offset - 40):offset])
    if before is None:
        return
    evidence = (sentence.start, sentence.end)
    if before.group("and"):
        other = f.last_mention_before(offset, "Person", within=40)
    else:   # (the person the sentence opens with, who did the calling)
        other = next(iter(f.mentions_in(sentence.start, offset, "Person")), None)
        if other is None and HE_OPENS.match(f.text, sentence.start, offset):
            other = f.last_mention_before(sentence.start, "Person", within=600)   # ('Last month, he
            if other is not None:                                                 #  signed ... with his
                evidence = (f.doc.sentence_at(other.start).start, sentence.end)  #  Danish counterpart Y')
    title = other.attrs.get("title") if other is not None else None
    if title and other.start >= evidence[0]:
        _role(f, person, re.sub(r"^(?:[A-Z][a-z]+\s+)?(?:National\s+)?(?=(?:Defen[cs]e|Foreign)\b)", "", title),
              evidence)


LOWER_POST = (r"(?:army|navy|air force|defen[cs]e|military|intelligence|armed forces) chief|"
              r"(?:defen[cs]e|foreign|prime|finance|interior) minister")
# The post a sentence gives the person named before its verb: appointed ('X appointed new Chief of
# the Air Staff', 'X will be named ...'), held ('X is currently the Deputy Chief of the Defence
# Staff', 'X served as the 56th Commander of the elite Infantry Corps'), to come ("X would become
# Pakistan's next army chief") or left ('X, who tendered his resignation as defense minister')
_OF_BODY = r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?"
APPOSITION_ASIDE = re.compile(r",[^,;“”\"]{1,160}?,")
APPOINTED = re.compile(rf"\s+(?:(?:has|have)\s+been\s+|was\s+|is\s+|will\s+be\s+)?(?:appointed|named|"
                       rf"nominated|selected|confirmed)\s+(?:as\s+)?(?:the\s+)?(?:new\s+|next\s+)?"
                       rf"(?P<title>{TITLE_RE}{_OF_BODY})(?!\s+{NAME_TOKEN})"   # (not 'X appointed Admiral Y')
                       rf"|,?\s+(?:who\s+)?(?:has\s+|had\s+)?(?:resigned|stepped\s+down|retired|"
                       rf"tendered\s+(?:his|her)\s+resignation)\s+as\s+(?:the\s+)?(?P<left>{TITLE_RE}|{LOWER_POST})\b"
                       rf"|\s+(?:(?:would|will|is\s+to|is\s+set\s+to|is\s+expected\s+to|,?\s*who\s+is\s+leaving\s+to)\s+"
                       rf"become|became|becomes|"
                       rf"has\s+become|(?:would|will)\s+be(?=\s+(?:the\s+)?(?:[A-Z][\w.]*|country|nation)(?:’s|'s)?\s+"
                       rf"(?:new|next)\b|\s+the\s+(?:new|next)\b))\s+(?:the\s+)?"
                       rf"(?:(?P<whose>[A-Z][\w.]*)(?:’s|'s)\s+|(?:country|nation)(?:’s|'s)\s+)?(?:new\s+|next\s+)?"
                       rf"(?P<become>{TITLE_RE}{_OF_BODY}|{LOWER_POST})\b"
                       # 'X will be the country's next high commissioner to Canada'
                       rf"(?:\s+to\s+(?:the\s+)?(?P<to>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}))?"
                       # 'X on Friday took over as the Chief of the Naval Staff'
                       rf"|\s+(?:on\s+[A-Z][a-z]+\s+)?(?:took|takes|has\s+taken|will\s+take|is\s+to\s+take)\s+"
                       rf"(?:over|charge)\s+as\s+(?:the\s+)?(?:new\s+|next\s+)?(?:\d+(?:st|nd|rd|th)\s+)?"
                       rf"(?P<over>{TITLE_RE}{_OF_BODY})"
                       rf"|\s+(?:is|was|has been)\s+(?:currently\s+|now\s+)?the\s+(?:new\s+)?(?P<now>{TITLE_RE}{_OF_BODY})"
                       # 'General Carter is taking up the post of Chief of the Defence Staff'
                       rf"|\s+(?:is\s+taking|was\s+taking|takes|took|will\s+take|is\s+to\s+take)\s+up\s+the\s+(?:post|role|"
                       rf"position|office)\s+of\s+(?:the\s+)?(?P<takes>{TITLE_RE}{_OF_BODY})"
                       rf"|\s+(?:served|serves|has\s+served|(?:is|was)\s+(?:currently\s+|now\s+)?serving)\s+as\s+"
                       rf"(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?P<served>(?:[A-Z][a-z]+\s+){{0,2}}{TITLE_RE}"
                       rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?)")


# 'X has been promoted to vice chief of the Defence Force', 'X will succeed Y as Chief of Navy'
PROMOTED = re.compile(r"\s+(?:(?:has|have)\s+been\s+|was\s+|is\s+|will\s+be\s+)?(?:promoted|elevated|"
                      r"moved\s+up)\s+to\s+(?:the\s+(?:rank|post|role|position)\s+of\s+)?(?:the\s+|be\s+)?"
                      r"(?P<role>[^,;:()“”\"\n]{3,90}?)(?=,|;|\.(?:\s|$)|$|\s+(?:in|on|from|after|by|"
                      r"with|and|while|replacing|succeeding)\b)")


APPOINT_VERB = re.compile(r"\b(?:named|appoint|nominated|tapped|picked|chose|selected|designated|described|identified)")


# 'signed by Air Marshal X on behalf of the UK Ministry of Defence and Y, Additional Secretary ...
# in the Ministry of Defence on behalf of the Indian government': whom each signer acts for
ON_BEHALF = re.compile(r"(?:,[^,;]{1,100}?)?\s+on\s+behalf\s+of\s+(?:the\s+)?")


def _on_behalf(f: Findings, person, m, sentence) -> None:
    """Whom a person acts for: a country (or its government) represented, or a body one belongs to."""
    after = ON_BEHALF.match(f.text, m.end, sentence.end)
    if after is None or f.mentions_in(m.end, after.end(), "Person"):
        return
    body = [x for x in f.mentions_in(after.end(), sentence.end, "Party") if x.start == after.end()]
    if body:
        country = f.country(body[0])
        if country is not None:
            f.add(person, "gk:represents", country, sentence, "Asserted")
        elif body[0].kind in ("GovernmentAgency", "MilitaryBranch") and f.entity(body[0]) is not None:
            f.add(person, "gk:memberOf", f.entity(body[0]), sentence, "Asserted")
        return
    government = re.match(r"(?P<dem>[A-Z][a-z]+)\s+(?:government|state)\b", f.text[after.end():sentence.end])
    country = f.country_named(government.group("dem")) if government else None
    if country is not None:   # ('on behalf of the Indian government')
        f.add(person, "gk:represents", country, sentence, "Asserted")


def _member_of_post(f: Findings, person, start: int, end: int, sentence) -> None:
    """The body a post names is the holder's ('CEO of Hanwha Philly Shipyard')."""
    body = [o for o in f.mentions_in(start, end, "Org")
            if o.kind not in ("Country", "MediaOutlet") and f.entity(o) is not None]
    if body:
        f.add(person, "gk:memberOf", f.entity(body[0]), sentence, "Asserted")


def _appointed(f: Findings, person, m, sentence) -> None:
    if _succeeds_as(f, person, m, sentence):
        return
    appointing = " as " in sentence.text and APPOINT_VERB.search(sentence.text)
    for named in APPOINTED_AS.finditer(f.text, sentence.start, sentence.end) if appointing else ():
        if named.start("name") <= m.start and m.end <= named.end("name"):   # 'Tinubu has appointed Maj
            #                                                  Gen X as the acting Chief of Army Staff'
            acting = named.group("acting")
            _role(f, person, f"{acting} {named.group('title')}" if acting else named.group("title"),
                  sentence)
            _member_of_post(f, person, named.start("title"), named.end("title"), sentence)
            of = re.match(r"\s+of\s+(?:the\s+)?", f.text[named.end("title"):sentence.end])
            body = [o for o in f.mentions_in(named.end("title"), sentence.end, "Org")
                    if of and o.start == named.end("title") + of.end()]
            if body:   # ('described Mr. X as president of Y Company Limited': one of Y's people)
                _member_of_post(f, person, body[0].start, body[0].end, sentence)
            return
    aside = APPOSITION_ASIDE.match(f.text, m.end, sentence.end)
    found = APPOINTED.match(f.text, m.end, sentence.end) or (
        APPOINTED.match(f.text, aside.end(), sentence.end) if aside else None)   # ('X, a retired
    if found:                                                                    #  ..., takes up the post of')
        group = next(g for g in ("title", "now", "served", "become", "left", "takes", "over") if found.group(g))
        _role(f, person, found.group(group), sentence)
        posted = f.country_named(found.group("to")) if found.group("to") else None
        if posted is not None and POSTED_TITLES.search(found.group(group)):
            f.add(person, "gk:postedTo", posted, sentence, "Asserted")
        if group != "left":   # ('has been named CEO of Hanwha Philly Shipyard': one of its people)
            _member_of_post(f, person, found.start(group), found.end(group), sentence)
        country = f.country_named(found.group("whose")) if found.group("whose") else None
        if country is not None:   # "Pakistan's next army chief"
            f.add(person, "gk:represents", country, sentence, "Asserted")
        return
    found = PROMOTED.match(f.text, m.end, sentence.end)
    role = found.group("role").strip() if found else ""
    if role and not NOT_ROLE.search(role) and (ROLE_FIRST.fullmatch(role) or ROLE_LAST.fullmatch(role)):
        _role(f, person, role, sentence)


# 'announced that the 24th IDF Chief of Staff will be Defense Ministry Director-General X': the post
# named before 'will be' is the person's after it
POST_TO_BE = re.compile(rf"\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:new\s+|next\s+)?(?:[A-Z][\w-]*\s+)?"
                        rf"(?P<post>{TITLE_RE})\s+will\s+be\s+(?:[A-Z][\w-]*\s+){{0,3}}$")


def _succeeds_as(f: Findings, person, m, sentence) -> bool:
    """'X will succeed Y as president and CEO of Z': the post is X's, and was Y's; both are Z's."""
    if " as " not in sentence.text or not APPOINTMENT_WORDS.search(sentence.text):
        return False
    for found in SUCCEEDS_AS.finditer(f.text, sentence.start, sentence.end):
        if any(found.start(g) <= m.start and m.end <= found.end(g) for g in ("name", "name2")):
            _role(f, person, found.group("title"), sentence)
            if found.group("owner"):
                _member_of_post(f, person, found.start("owner"), found.end("owner"), sentence)
            return True
    return False


# 'Lt. Gen. Raheel Sharif, will be next Chief of Army Staff', 'X will be the new Chairman, Joint Chiefs of
# Staff Committee': the post the person named before 'will be' is to take
TO_BE_POST = re.compile(rf",?\s+(?:will|would|is\s+to)\s+(?:be|become|serve\s+as)\s+(?:the\s+)?(?:new\s+|next\s+)?"
                        rf"(?P<post>{TITLE_RE}(?:,?\s+(?:of\s+)?(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){{0,4}})?)"
                        rf"(?=[,.;]|\s+(?:while|and|after|from|on|in|when)\b|$)")


def _post_to_be(f: Findings, person, m, sentence) -> None:
    start = m.attrs.get("title_start", m.start)
    to_be = POST_TO_BE.search(f.text, max(sentence.start, start - 120), start) if " will be " in sentence.text else None
    if to_be:
        _role(f, person, to_be.group("post"), sentence)
    after = TO_BE_POST.match(f.text, m.end, sentence.end) if " be" in sentence.text else None
    if after:
        _role(f, person, re.sub(r",\s+", " ", after.group("post")), sentence)


COUNTERPART_OF = re.compile(rf"\b{COUNTERPART_DEM}\s+counterparts?,?\s+(?:[A-Z][a-z]+\.?\s+)?$")   # ('his US
#                                                                                                      counterpart, Y')


def _role(f: Findings, person, title: str, sentence) -> None:
    title = re.sub(r"^(?:[’']?s\s+)?(?:the|The)\s+|^[’']?s\s+", "", title.strip())   # (not the 's' of "Myanmar’s
    title = "Prime Minister" if title == "PM" else title                               #  military chief")
    if title in ("Mr", "Mr.", "Mrs", "Ms", "Dr", "Dr.") or PLURAL_POST.match("The " + title + ", A"):
        return   # (not 'Ministers of Defence of Portugal and Mozambique': the post of each is read apart)
    if not title.isupper() and all(w.islower() or w.isupper() for w in title.split()):   # 'defence minister' ->
        title = " ".join(w if w in ("of", "for", "the", "to", "and", "in", "at", "on", "with") or w.isupper()   # 'Defence
                         else "-".join(part.capitalize() for part in w.split("-")) for w in title.split())   # Minister',
        #                                                     as posts are written ('president and CEO' too)
    f.add(person, "schema:jobTitle", Lit(title), sentence, "Asserted")


# "Pakistan's army chief, Field Marshal X": a role, then the rank the name follows
ROLE_THEN_RANK = re.compile(r"(?:\b(?P<owner>[A-Z][\w.]+)(?:’s|'s)\s+|\b[Tt]he\s+)?"
                            r"(?P<role>\b(?:[a-z-]+\s+){0,2}(?:chief|minister|spokes(?:man|woman|person)|"
                            r"commander|head|envoy|ambassador|secretary|adviser|advisor))(?:,\s*|\s+)$"   # (and "the
                            # Navy's spokesperson Commander X")
                            # 'Finnish Defence Attaché to Israel, Col. X'
                            r"|\b(?P<dem>[A-Z][a-z]+)\s+(?P<attache>(?:Defen[cs]e|Military|Naval|Air|Army)"
                            r"\s+Attach[ée])(?:\s+to\s+(?P<to>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?,\s*$")


# A first post joined by 'and' to the one right before a name: 'Defence Minister and senior BJP
# leader X'
FIRST_POST = re.compile(rf"(?:^|[\s,(])(?P<post>(?:{TITLE_RE})(?:-elect)?)\s+and\s+(?:senior\s+|former\s+|veteran\s+)?"
                        r"(?:[A-Z]{2,6}\s+)?$")
# A list of a country's officials, each with their post: 'Korean government officials including
# Air Force Chief of Staff Jung Sang-hwa, Ambassador to Malaysia Yeo Seung-bae, ...'
OFFICIALS_OF = re.compile(r"\b(?P<dem>[A-Z][a-z]+)\s+(?:government\s+|defen[cs]e\s+|military\s+|senior\s+)?"
                          r"(?:officials|ministers|dignitaries|delegation|delegates)\s*,?\s+"
                          r"(?:including|such as|led by|among them)\s+(?=[^.;]*$)")


PORTFOLIO_QUALIFIERS = {"National", "Federal", "Royal", "Imperial", "Union", "State"}


OF_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def _titled(f: Findings, person, m, title: str, sentence) -> None:
    _role(f, person, ACRONYM_IN_POST.sub("", title), sentence)
    _body_of_post(f, person, title, m.attrs["title_start"], sentence)
    before = f.text[max(sentence.start, m.attrs["title_start"] - 40):m.attrs["title_start"]]
    dem = re.search(r"(?:([A-Z][A-Za-z.]+) )?([A-Z][A-Za-z.]+)(?:’s|'s)?\s+$", before)
    represents = None   # 'Russian Ambassador X', 'United States Defense Secretary X'
    if dem:
        represents = (dem.group(1) and f.country_named(f"{dem.group(1)} {dem.group(2)}")) \
            or f.country_named(dem.group(2)) \
            or (f.country_named(dem.group(1))
                if dem.group(1) and dem.group(2) in PORTFOLIO_QUALIFIERS | PORTFOLIO_WORDS else None)
        #   ('Turkish National Defense Minister X')
    _body_before_post(f, person, m.attrs["title_start"], before, sentence)
    if re.search(r"\bof the (?:Navy|Army|Air Force)$", title):   # ('Commander of the Navy Vice Admiral X')
        _body_before_post(f, person, m.attrs["title_start"] + len(title) + 1, title + " ", sentence)
    first = FIRST_POST.search(before)
    at = m.attrs["title_start"] - len(before)
    if first and not f.mentions_in(at + first.start("post"), at + first.end("post"), "Person"):
        # ('Defence Minister and senior BJP leader Rajnath Singh': both posts)
        _role(f, person, first.group("post"), sentence)
        owner = re.search(r"\b([A-Z][a-z]+)\s+$", before[:first.start("post")])
        if represents is None and owner:   # ('Indonesian President-elect and Defense Minister X')
            represents = f.country_named(owner.group(1))
    role = ROLE_THEN_RANK.search(before)
    if role:
        _role(f, person, role.group("role") or role.group("attache"), sentence)
        if role.group("owner") or role.group("dem"):
            represents = represents or f.country_named(role.group("owner") or role.group("dem"))
        if role.group("to") and f.country_named(role.group("to")) is not None:
            f.add(person, "gk:postedTo", f.country_named(role.group("to")), sentence, "Asserted")
    if m.attrs.get("of"):
        represents = represents or f.country_named(m.attrs["of"])
    if represents is None:
        represents = _counterpart(f, m.attrs["title_start"], sentence)
    after = OF_COUNTRY_AFTER.match(f.text, m.end, sentence.end)
    if represents is None:   # 'President Emmanuel Macron of France'
        represents = after and _country_opening(f, after.end(), sentence.end)
    body = [b for b in f.mentions_in(after.end(), sentence.end, "GovernmentAgency", "MilitaryBranch",
                                     "Company", "ArmedGroup") if b.start == after.end()] if after else []
    if body and f.entity(body[0]) is not None:   # 'Group Captain X of Bangladesh Air Force'
        f.add(person, "gk:memberOf", f.entity(body[0]), sentence, "Asserted")
    if represents is None:   # 'Korean government officials including Air Force Chief of Staff X, ...'
        represents = _officials_of(f, sentence, m.attrs["title_start"])
    if represents is None:   # 'the Deputy Minister of Defense of Iran, X', 'Canadian Minister X'
        represents = _country_in_post(f, title)
    if represents is None:   # "Poland's Deputy Prime Minister and Minister of Defence, X"
        represents = _owner_of_post(f, m.attrs["title_start"], sentence)
    owned = COUNTRY_OWNS.search(title) if represents is None else None
    if owned:   # ("The head of Niger's military government, X")
        represents = f.country_named(owned.group(1))
    if represents is None and re.search(r"\bits\s+$", before):   # 'North Korea said ..., with its
        owner = f.last_mention_before(m.attrs["title_start"], "Country", "Org", within=200)   # leader X'
        represents = f.country(owner) if owner is not None and owner.kind == "Country" \
            and owner.start >= sentence.start else None
    if represents is not None:
        f.add(person, "gk:represents", represents, sentence, "Asserted")
    if m.attrs.get("posted_to") and POSTED_TITLES.search(title):
        posted = f.country_named(m.attrs["posted_to"]) or f.governed_from(m.attrs["posted_to"])   # (or its capital)
        if posted is not None:
            f.add(person, "gk:postedTo", posted, sentence, "Asserted")
    if "posted_in" in m.attrs:   # 'defense attaché in Beijing': the country of the capital
        city = [c for c in f.mentions_in(m.attrs["posted_in"], sentence.end, "City")
                if c.start == m.attrs["posted_in"]]
        posted = f.country(city[0]) if city else None
        if posted is not None and posted is not represents:
            f.add(person, "gk:postedTo", posted, sentence, "Asserted")
    org = _org_before(f, m.attrs["title_start"], sentence)
    if org is None and re.fullmatch(r"[A-Z]{2,5} [Cc]hief", title):   # 'PAF Chief X': the force its
        led = [o for o in f.mentions_in(m.attrs["title_start"], m.attrs["title_start"] + 5, "Org")   # initials
               if o.start == m.attrs["title_start"] and o.kind not in ("Country", "MediaOutlet")]      # name
        org = f.entity(led[0]) if led else None
    if org is not None:   # 'NATO Secretary General Mark Rutte', 'Rostec chief executive X'
        f.add(person, "gk:memberOf", org, sentence, "Asserted")
    if "member_of_at" in m.attrs:   # 'X (Chief Executive Officer of Airbus)'
        org = [o for o in f.mentions_in(m.attrs["member_of_at"], sentence.end, "Org") if o.start == m.attrs["member_of_at"]]
        if org and f.entity(org[0]) is not None:
            f.add(person, "gk:memberOf", f.entity(org[0]), sentence, "Asserted")
    if "member_of_before" in m.attrs:
        org = f.last_mention_before(m.attrs["member_of_before"] + 1, "Org", within=60)
        if org is not None:
            f.add(person, "gk:memberOf", f.entity(org), sentence, "Asserted")
    _body_owning_post(f, person, title, m.attrs["title_start"], sentence)


# 'The Yemeni National Resistance Forces (NRF), led by General Tareq Saleh, ...': the body's leader
LED_BY = re.compile(r"\)?(?:\s*\([A-Z][\w&-]{1,9}\))?,\s+(?:which\s+is\s+|who\s+are\s+)?(?:now\s+)?(?:led|headed|commanded)\s+by\s+"
                    r"(?:the\s+)?$")


def _led_by(f: Findings, person, m, sentence) -> None:
    start = m.attrs.get("title_start", m.start)
    body = f.last_mention_before(start, "MilitaryBranch", "ArmedGroup", "GovernmentAgency", "Company",
                                 "Organization", "IntergovernmentalBody", within=60)
    if body is not None and body.start >= sentence.start and f.entity(body) is not None \
            and LED_BY.fullmatch(f.text, body.end, start):
        f.add(person, "gk:memberOf", f.entity(body), sentence, "Asserted")


# "The Pakistan Navy’s Chief of Naval Staff, Admiral X": the post a body owns, then the holder
OWNED_POST = re.compile(r"(?:’s|'s)\s+(?P<post>(?:[\w-]+\s+){0,5}?[\w-]+),?\s+")


def _body_owning_post(f: Findings, person, title: str, title_start: int, sentence) -> None:
    if f.objects(person, "gk:memberOf") or re.search(r"(?i)\b(?:minister|secretary)\b", title):
        return   # (not "France’s Armed Forces Minister X": a member of the government)
    spanning = [x for x in f.mentions_in(max(sentence.start, title_start - 60), title_start + 40, "MilitaryBranch")
                if x.start < title_start < x.end]   # ('Pakistan Navy chief Admiral X': the post is 'Navy chief')
    if spanning and f.entity(spanning[0]) is not None:
        f.add(person, "gk:memberOf", f.entity(spanning[0]), sentence, "Asserted")
        return
    owner = f.last_mention_before(title_start, "MilitaryBranch", "GovernmentAgency", "Company",
                                  "IntergovernmentalBody", "ArmedGroup", within=80)
    if owner is None or owner.start < sentence.start or f.entity(owner) is None:
        return
    post = OWNED_POST.fullmatch(f.text, owner.end, title_start)
    if post and (ROLE_FIRST.fullmatch(post.group("post")) or ROLE_LAST.fullmatch(post.group("post"))) \
            and not NOT_ROLE.search(post.group("post")):
        f.add(person, "gk:memberOf", f.entity(owner), sentence, "Asserted")


COUNTRY_IN_POST = re.compile(r"\bof\s+(?:the\s+)?(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)\s+and\s")
COUNTRY_ENDS_POST = re.compile(r"\bof\s+(?:the\s+)?(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})$")


STUDIES = re.compile(r"\b(?:professor|lecturer|researcher|analyst|commentator|correspondent|editor|fellow|scholar)\b", re.I)


def _country_in_post(f: Findings, title: str):
    """The country a post's own words name: after 'of' at its end or before 'and' ('President of
    Pakistan and Supreme Commander of Armed Forces'), or as its first word. A scholar's or a
    journalist's subject is no country he stands for ('professor of Japanese politics')."""
    if STUDIES.search(title):
        return None
    end = COUNTRY_ENDS_POST.search(title)
    inside = COUNTRY_IN_POST.search(title)
    first = title.split()[0] if title.split() else ""
    return (f.country_named(end.group("name")) if end else None) or \
        (f.country_named(inside.group("name")) if inside else None) or \
        (f.country_named(first) if first[:1].isupper() and len(title.split()) > 1 else None)


def _officials_of(f: Findings, sentence, offset: int, first: bool = False):
    """The country whose officials a list before the offset names ('Korean government officials
    including ...'); with `first`, only for the list's first name, right after the list's words."""
    listed = None
    for listed in OFFICIALS_OF.finditer(f.text, sentence.start, offset):
        pass
    if listed is None or (first and not re.fullmatch(rf"(?:{HONORIFIC})?", f.text[listed.end():offset])):
        return None
    return f.country_named(listed.group("dem"))


# "Poland's Deputy Prime Minister and Minister of Defence, X", "Iran's foreign ministry
# spokesperson X", 'Pakistan said its foreign ministry spokesperson X': whose post it is
POST_OWNER = re.compile(r"(?P<owner>[A-Z][\w.]+(?: [A-Z][\w.]+)?(?:’s|'s)|\b[Ii]ts|\b[Tt]heir)\s+"
                        r"(?:[A-Z][\w-]*\s+|and\s+|of\s+|(?:foreign|defen[cs]e|interior|finance|home|"
                        r"external|affairs|ministry|military|army|navy|government|top|senior|deputy|"
                        r"former|new|newly-appointed|newly-elected|newly\s+appointed|outgoing|incoming|"
                        r"acting|current|then|transitional|interim)\s+)*$")   # ("Norway’s newly-appointed Defence Minister X")


ACRONYM_IN_POST = re.compile(rf"\s*{ACRONYM}")   # 'Head of the ... (DDR&D)'


def _body_of_post(f: Findings, person, title: str, title_start: int, sentence) -> None:
    """'President and CEO of Rafael Advanced Defense Systems, X': the body the post is 'of'."""
    of = title.find(" of ")
    if of < 0 or f.text[title_start:title_start + len(title)] != title:
        return
    bodies = [b for b in f.mentions_in(title_start + of, title_start + len(title), "Org")
              if b.kind not in ("Country", "MediaOutlet")]
    if bodies and f.entity(bodies[0]) is not None:
        f.add(person, "gk:memberOf", f.entity(bodies[0]), sentence, "Asserted")


def _owner_of_post(f: Findings, title_start: int, sentence):
    """The country that owns the post before a name: named in the possessive, or, for 'its' and
    'their', the one country the sentence names before it (not when an organisation stands
    between: 'the Chinese entity EDD and its director' is the body's director)."""
    chunk_start = f.text.rfind(",", sentence.start, title_start) + 1 or sentence.start
    owner = POST_OWNER.search(f.text, chunk_start, title_start)
    if owner is None:
        return None
    name = owner.group("owner")
    if name.lower() in ("its", "their"):
        before = f.mentions_in(sentence.start, owner.start(), "Party")
        if not before or f.country(before[-1]) is None:
            return None
        countries = {f.country(c) for c in before} - {None}
        return countries.pop() if len(countries) == 1 else None
    return f.country_named(re.sub(r"(?:’s|'s)$", "", name))


def _org_before(f: Findings, offset: int, sentence):
    """The organisation named right before a title ('NATO Secretary General', "Rostec's chief
    executive"), not a country's or a media outlet's."""
    found = f.last_mention_before(offset, "Org", within=40)
    if found is None or found.start < sentence.start or found.kind in ("MediaOutlet", "Country") \
            or not re.fullmatch(r"\)?(?:’s|'s)?\s+(?:[A-Z][^\W\d_]+\s+)?"   # ('MBDA Missiles CEO X', 'BAE Systems
                                #  Hägglunds ...', 'Department of National Defense (DND) Secretary X')
                                r"(?:(?!(?:by|to|with|from|for|and|of|as|in|on|at|that|both)\s)[a-z-]+\s+){0,2}",
                                #    (nor 'ministry said both Lt. Gen. X')
                                f.text[found.end:offset]):   # (not 'TNI commander by President X')
        return _acronym_before(f, offset, sentence)
    return f.entity(found)


# A firm's initials or name right before a corporate post: 'DCNS CEO Herve Guillou', 'Metal Shark
# CEO Chris Allard', 'Paramount chair Ivor Ichikowitz'
FIRM_INITIALS_BEFORE = re.compile(r"(?:^|[\s,(])(?P<name>[A-Z]{3,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+$")
CORPORATE_POST = re.compile(r"(?:CEO|CFO|COO|CTO|(?i:chief executive|chairman|chairwoman|chair|managing director|"
                            r"founder))\b")


def _acronym_before(f: Findings, offset: int, sentence):
    """A company known only by the initials or the name before a corporate post ('DCNS CEO X',
    'Metal Shark CEO Y'); not a country's ('US'), nor one of the text's other names, nor words
    that open a sentence or a post ('Former CEO X', 'Deputy Chairman Y')."""
    named = FIRM_INITIALS_BEFORE.search(f.text, max(sentence.start, offset - 30), offset)
    if named is None or not CORPORATE_POST.match(f.text, offset) or not _firm_name(f, named.group("name")) \
            or f.mentions_in(named.start("name"), named.end("name")) \
            or re.search(r"\b(?:and|of|for|&)\s+$", f.text[max(0, named.start("name") - 5):named.start("name")]):
        return None   # (nor the end of a longer name: 'Airbus Defence and Space CEO X')
    return f.new_entity("Company", named.group("name"))


def _firm_name(f: Findings, name: str) -> bool:
    """Whether capitalised words before a corporate post may be a firm's name: no country's,
    and no word that opens a sentence or a post ('Former CEO X', 'Deputy Chairman Y')."""
    return f.country_named(name) is None and not any(
        w in NOT_NAME_WORDS or w in TITLE_WORDS or w in gazetteer.demonym_index() for w in name.split())


def _counterpart(f: Findings, offset: int, sentence):
    """'his German counterpart, the ... Secretary': the demonym before 'counterpart'."""
    before = f.text[sentence.start:offset]
    m = re.search(r"\b([A-Z][a-z]+) counterpart,?\s+(?:the\s+)?$", before)
    return f.country_named(m.group(1)) if m else None


def _country_or_capital(f: Findings, owner: str):
    """'British', "Britain's", and a capital for its government: "Manila's Defense chief"."""
    name = re.sub(r"(?:’s|'s)$", "", owner)
    return f.country_named(name) or (f.governed_from(name) if name != owner else None)


DESCRIBED_BODY = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w]*-based\s+|[a-z][\w-]*\s+){1,4}(?=[A-Z])"
                            r"|\s+(?:in|at)\s+the\s+(?=[A-Z])")   # ('minister for the Indo-Pacific in the FCDO')


COUNTRY_OWNS = re.compile(r"\b([A-Z][\w.]+(?: [A-Z][\w.]+)?)(?:’s|'s)\s")


def _apposition(f: Findings, person, m, sentence) -> None:
    after = APPOSITION_AFTER.match(f.text, m.end, sentence.end)
    if after:
        _role(f, person, after.group("title") + (after.group("portfolio") or ""), sentence)
        dem = after.group("dem")
        represents = _country_or_capital(f, dem.strip()) if dem else None
        owner = f.mentions_in(after.start("dem"), after.end("dem"), "Org") if after.group("poss") else []
        if owner and represents is None and owner[0].kind not in ("Country", "MediaOutlet") \
                and f.entity(owner[0]) is not None:   # ("Treasury's undersecretary")
            f.add(person, "gk:memberOf", f.entity(owner[0]), sentence, "Asserted")
        if after.group("of"):
            represents = represents or f.country_named(after.group("of"))
        if represents is None:   # 'senior Egyptian officials, including Mohamed Zaki, Minister of Defence'
            represents = _officials_of(f, sentence, m.start, first=True)   # (not the last of another list:
            #  'attended by ..., Korean officials including A, B, and Dato’ Sri X, Secretary General, ...')
        if represents is None:   # 'X, the Canadian Minister of Defense', 'Y, the Minister of Defense of New Zealand'
            represents = _country_in_post(f, after.group("title"))
        if represents is not None:
            f.add(person, "gk:represents", represents, sentence, "Asserted")
        body = f.mentions_in(after.start("of"), after.end("of"), "Org") if after.group("of") else []
        if body and represents is None and f.entity(body[0]) is not None:   # 'X, President and CEO of Saab AB'
            f.add(person, "gk:memberOf", f.entity(body[0]), sentence, "Asserted")
        described = None if body or represents else DESCRIBED_BODY.match(f.text, after.end("portfolio")
                                                                          if after.group("portfolio") else after.end("title"),
                                                                          sentence.end)
        if described:   # 'X, the director of the Mogadishu-based security company Eagle Ranges Services'
            body = [b for b in f.mentions_in(described.end(), sentence.end, "Org") if b.start == described.end()]
            if body and f.entity(body[0]) is not None and body[0].kind != "Country":
                f.add(person, "gk:memberOf", f.entity(body[0]), sentence, "Asserted")
        if after.group("to") and POSTED_TITLES.search(after.group("title")):
            posted = f.country_named(after.group("to"))
            if posted is not None:
                f.add(person, "gk:postedTo", posted, sentence, "Asserted")
        return True
    before = _post_before(f, m, sentence)
    if before:
        phrase = before.group("phrase").strip()
        _role(f, person, phrase, sentence)
        represents = _counterpart(f, sentence.start + before.start("phrase"), sentence)
        owner = COUNTRY_OWNS.search(phrase)   # ("The head of Niger's military government, General X")
        if represents is None and owner:
            represents = f.country_named(owner.group(1))
        if represents is not None:
            f.add(person, "gk:represents", represents, sentence, "Asserted")
        return True
    return False


# The words a post is named by, last ('the local military administration chief', 'Armed Forces
# of the Philippines spokesperson') or first, before its scope ('head of the office of the
# Ukrainian president', 'director for operations on the Joint Staff')
ROLE_HEADS = (r"spokes(?:person|man|woman)|director(?:[- ]general)?|inspector(?:[- ]general)?|commissioner|head|chief|"
              r"mayor|governor|"
              r"commander|minister|secretary|manager|adviser|advisor|officer|president|chairman|"
              r"chairwoman|chairperson|ambassador|envoy|administrator|coordinator|leader|lawmaker|"
              r"owners?|founder|co-founder|executive|marshal|general|admiral|"
              r"member of parliament|CEO|chief executive(?: officer)?|attach[eé]|commentator|analyst|correspondent|"
              r"professor|researcher|editor")
ROLE_APPOSITION = re.compile(   # (or set off by dashes: 'Major General X – the Chairman of the ... Staff –')
    r"(?:,|\s[–—])\s+(?:the\s+|a\s+|an\s+)?(?P<role>[^,;:()“”\"\n–—]{3,90}?)(?=,|;|(?<!\.[A-Z])\.(?:\s|$)|\)|$|\s+\(|\s[–—]\s|"
    r"\s+(?:said|says|told|added|signed|stated|noted|wrote|announced|attended|commented)\b)")   # (' (US AFRICOM)': the acronym
    #                                                                                    of the body the post names)
ROLE_LAST = re.compile(rf"(?:[\w&’'.-]+\s+){{0,7}}(?:{ROLE_HEADS})(?-i:\s+(?:{'|'.join(DIRECTOR_FIELDS)}))?", re.I)
ROLE_FIRST = re.compile(rf"(?:(?:deputy|vice|assistant|acting|senior|chief|principal|former|top|local|under|general)[\s-]+)?"
                        rf"(?:commanding\s+)?"   # ('deputy commanding general of U.S. Army Pacific')
                        rf"(?:{ROLE_HEADS})\s+(?:of|for|on|at|to|in)\s+\S.*", re.I)
NOT_ROLE = re.compile(r"\b(?:who|which|that|whose|when|where|said|says|was|is|has|had|will|were|met|meets|visited|"
                      r"visits|held|urged|warned|praised|welcomed|presented|inspected|arrived|spoke|"
                      r"are|and\s+(?:the|a))\b|\d", re.I)   # (whole words: not the 'Is' of 'Israel')


# 'Alex Walmsley, of Ashbourne Consulting, said': the body a person is of, set off by commas
OF_BODY_ASIDE = re.compile(r",\s+(?:of|from|at)\s+(?:the\s+)?")


def _of_body(f: Findings, person, m, sentence) -> None:
    of = OF_BODY_ASIDE.match(f.text, m.end, sentence.end)
    body = [b for b in f.mentions_in(of.end(), sentence.end, "Org") if b.start == of.end()
            and b.kind not in ("Country", "MediaOutlet")] if of else []
    if body and re.match(r"\s*,", f.text[body[0].end:sentence.end]) and f.entity(body[0]) is not None:
        f.add(person, "gk:memberOf", f.entity(body[0]), sentence, "Asserted")


def _without_workplace(role: str) -> str:
    """'chief of materiel at the procurement agency': the post, without where it is held."""
    at = re.search(r"\s+at\s+(?:the\s+)?\S", role)
    return role[:at.start()] if at and (ROLE_FIRST.fullmatch(role[:at.start()]) or
                                        ROLE_LAST.fullmatch(role[:at.start()])) else role


# Two posts, one held before: 'a retired air marshal who is currently the chief of materiel'
WHO_IS = re.compile(r"\s+who\s+(?:is|was)\s+(?:currently\s+|now\s+|also\s+)?(?:the\s+|an?\s+)?")
# Where a post is held, after it: ' in the Middle East', ' for Europe'
REGION_AFTER_ROLE = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}$")


CAPITALISED_WORD = re.compile(r"(?<!\bto )(?<!\bin )\b[A-Z][a-z]+\b")


NEXT_NAME = re.compile(r"(?:\s*\([^()]{1,12}\))?,\s+")


# 'Inspector General of the FAR and Commander of the Southern Zone': two posts of one person
SECOND_POST = re.compile(rf"\s+and\s+(?=(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:{ROLE_HEADS})\s+(?:of|for)\s)", re.I)


def _two_posts(role: str) -> list[str]:
    """A post written as two joined by 'and', each with its own scope, as two posts."""
    m = SECOND_POST.search(role)
    if m is None or not ROLE_FIRST.fullmatch(role[:m.start()]):
        return [role]
    rest = re.sub(r"^the\s+", "", role[m.end():])
    return [role[:m.start()], rest] if ROLE_FIRST.fullmatch(rest) or ROLE_LAST.fullmatch(rest) else [role]


LEADS_FIRM = re.compile(r",\s+who\s+(?:leads|led|heads|headed|runs|ran|founded|chairs|chaired)\s+(?:the\s+"
                        r"(?:company|firm|group|manufacturer|shipbuilder|shipyard)\b"
                        # ('Faisal Al Bannai, who chairs Edge Group’s board of directors': the firm named)
                        r"|(?P<named>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:’s|'s)\s+board\b)")


def _leads_firm(f: Findings, person, m, sentence) -> None:
    """'Haluk Bayraktar, who leads the company, wrote that the firm ...': a member of the firm
    named last before him (or, if none, right after)."""
    leads = LEADS_FIRM.match(f.text, m.end, sentence.end)
    if leads is None:
        return
    if leads.group("named"):   # ('who chairs Edge Group’s board')
        firm = next(iter(f.mentions_in(leads.start("named"), leads.end("named"), "Company")), None)
    else:
        firm = f.last_mention_before(m.start, "Company", within=600) \
            or next(iter(f.mentions_in(m.end, sentence.end, "Company")), None)
    if firm is not None and f.entity(firm) is not None:
        f.add(person, "gk:memberOf", f.entity(firm), sentence, "Asserted")


OF_THE_FIRM = re.compile(r"\s+(?:of|at)\s+the\s+(?:company|firm|group|manufacturer|shipbuilder)$")


def _role_apposition(f: Findings, person, m, sentence) -> None:
    """'Serhiy Popko, the local military administration chief', 'Andriy Yermak, head of the
    office of the Ukrainian president': the post in an apposition after the name, the
    organisation it names (membership) and the country whose demonym it holds."""
    after = ROLE_APPOSITION.match(f.text, m.end, sentence.end)
    if not after or [p for p in f.mentions_in(after.start("role"), after.end("role"), "Person")
                     if not f.text.startswith(("’s", "'s"), p.end)]:
        return   # ('X, Secretary of National Defense Y, and ...', 'X, Secretary of State Y and others':
        #         Y's post, in a list; not "X, Zelenskyy’s adviser on strategic industries")
    role = re.sub(r"^(?:formerly|previously)\s+(?:the\s+|an?\s+)?", "former ", after.group("role").strip())
    if re.match(r"(?:and|or|but|while)\b", role):   # ('formerly the executive vice president': a former post)
        return   # 'X, and Navantia’s chairman, Y': the next person's post
    then = NEXT_NAME.match(f.text, after.end("role"))
    if then and [p for p in f.mentions_in(then.end(), sentence.end, "Person") if p.start == then.end()]:
        return   # 'Title, X, Title of Y, Z': a list of posts, each before its holder's name
    owner = re.match(r"(?:[A-Z][\w.&-]*\s+){0,4}?[\w.&-]+(?:’s|'s)\s+", role)
    owner_name = re.sub(r"(?:’s|'s)\s+$", "", owner.group(0)) if owner else None
    if owner:   # 'the company’s chief executive'
        role = role[owner.end():]
    where = REGION_AFTER_ROLE.search(role)
    if where and ROLE_LAST.fullmatch(role[:where.start()]):   # 'a Navy spokesman in the Middle East'
        role = role[:where.start()]
    roles = [_without_workplace(r) for r in WHO_IS.split(role, maxsplit=1) if r]   # 'a retired air marshal who is
    if any(NOT_ROLE.search(r) or not (ROLE_LAST.fullmatch(r) or ROLE_FIRST.fullmatch(r)) for r in roles):
        return                                                  # currently the chief of materiel'
    roles = [part for r in roles for part in _two_posts(r)]
    of_firm = OF_THE_FIRM.search(roles[-1]) if roles else None   # ('general manager of the company': a post
    if of_firm:                                                   # in the firm the text speaks of)
        roles[-1] = roles[-1][:of_firm.start()]
    start = after.start("role")
    for role in roles:
        _role(f, person, role, sentence)
    orgs = [o for o in f.mentions_in(start - (owner.end() if owner else 0), after.end("role"), "Org")
            if o.kind not in ("Country", "MediaOutlet")]
    if orgs and f.entity(orgs[0]) is not None:
        f.add(person, "gk:memberOf", f.entity(orgs[0]), sentence, "Asserted")
    elif owner and re.match(r"(?:company|firm|group|manufacturer|shipbuilder)(?:’s|'s)", owner.group(0)) or of_firm:
        firm = f.last_mention_before(m.start, "Company", within=300)   # 'Myo Thitsar, the company’s director'
        if firm is not None and f.entity(firm) is not None:
            f.add(person, "gk:memberOf", f.entity(firm), sentence, "Asserted")
    elif owner and CORPORATE_POST.match(role):   # 'Engin Aykol, Nurol Makina’s CEO': a firm of its own
        if re.fullmatch(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}", owner_name) and _firm_name(f, owner_name):
            f.add(person, "gk:memberOf", f.new_entity("Company", owner_name), sentence, "Asserted")
    owning = f.country_named(owner_name) if owner else None
    if owning is not None:   # ('Maj. Gen. Leonids Kalnins, Latvia's Chief of Defence')
        f.add(person, "gk:represents", owning, sentence, "Asserted")
        return
    firms = [(x.start, x.end) for x in f.mentions_in(start, after.end("role"), "Company", "JointVenture")]
    for word in CAPITALISED_WORD.finditer(f.text, start, after.end("role")) \
            if not any(STUDIES.search(r) for r in roles) else ():   # (a scholar's subject: no country he stands for)
        if gazetteer.ends_other_demonym(word.group(0)):
            continue   # ("the North's Korean People's Army": which Korea is not in the word)
        if any(a <= word.start() < b for a, b in firms):
            continue   # ('vice-president of the China National Aero-Technology ... Corporation': a firm's man)
        country = _country_opening(f, word.start(), after.end("role"))   # 'the Ukrainian
        if country is not None:   # president', 'of the United States Africa Command'; not 'envoy to India'
            f.add(person, "gk:represents", country, sentence, "Asserted")
            break


def _country_opening(f: Findings, start: int, end: int):
    """The country whose name or demonym of one to three words starts at an offset."""
    words = f.text[start:end].split()[:3]
    for n in range(len(words), 0, -1):
        country = f.country_named(" ".join(words[:n]))
        if country is not None:
            return country
    return None
