"""Deals, sales and deliveries.

A deal sentence holds a transaction trigger (signed a deal/contract, ordered,
procuring, a possible sale to, delivery to, export to) and at least one item.
The buyer is the agent that signs, orders or procures, or the one a sale,
delivery or export goes *to*; the seller is the one it comes *from*, the one a
contract is signed *with*, or the one whose sale or delivery it is. Money,
quantity, date, and delivered/pending counts are read from the same sentence.
A later sentence about the same buyer and item adds to the same deal.

Talks and agreements are read by ``claims.talks``.
"""
from __future__ import annotations

import functools
import re

from .. import gazetteer
from . import Event, Findings, Lit
from .common import (SOURCE_BEFORE, SUBJECT_APPOSED, add_sum, agent, country_spoken_of, dateline_country,
                     dateline_date, describing, mentions_any, place_named, subject_start)
from ..mentions import Sentence, headline_lines
from .talks import TALKS
from .organisations import COMPRISES, MEMBER_DESCRIBED
from .ventures import JOINT_WORK
from ..titles import FULL_NAME
from .dates import COUNT_RE, DATE_RE, MONEY_RE, parse_count, parse_date, parse_money

BUY_VERBS = (r"spend|spends|spent|signed|sign|signs|signing|inked|finali[sz]ed|clinched|sealed|ordered|orders|order|ordering|placed an order|procur\w*|"
             r"purchas\w*|buy|buying|"
             r"bought|acquir\w*|requested to buy|has requested|contracted|received|receives|receiving|receive|"
             # ('Taipei requested three NASAMS and related equipment for an estimated $1.16 billion')
             rf"requested(?=\s+(?:{COUNT_RE})\s)|"
             r"took delivery|takes delivery|taken delivery|taking delivery|inducted|"   # ('took delivery in November of')
             r"took possession of|takes possession of|taken possession of|"
             # ('has entered into an agreement with Nammo'; not 'entered into service')
             r"(?:entered|enters|entering)(?:\s+into)?(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:contract|agreement|deal)s?\b)|"
             # ('where the Dutch Ministry of Defense concluded an agreement for nine C-390s')
             r"concluded(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:contract|agreement|deal)s?\b)")
DONATE_VERBS = r"donated|donates|donate|donating|donations?|gifted|gifts|(?:pledged|pledges|pledging)(?!\s+to\b)"
DONATED = re.compile(rf"\b(?:{DONATE_VERBS})\b", re.I)
SELL_VERBS = (r"sold|sells|sell|selling|supplied|supplies|supplying|deliver\w*|export\w*|shipped|smuggl\w*|"
              # (not a noun's modifier: 'the two AFP chartered supply boats', 'supply chains')
              r"supply(?!\s+(?:boats?|ships?|vessels?|chains?|lines?|runs?|missions?|depots?|convoys?|routes?|"
              r"drops?|flights?|trucks?|hubs?|bases?|shortages?|problems?|issues?|disruptions?|constraints?))|"
              r"(?:shipping|ship|send|sends|sending|sent)(?=\s+(?:[\w-]+\s+){0,6}?to\s+(?:the\s+)?[A-Z])|"
              # ('Germany has sent Ukraine a further 70 MG3 machine guns': the party given to, then the goods)
              r"(?:send|sends|sending|sent|gave|give|gives|given|giving)(?=\s+(?:the\s+)?[A-Z][^.;]{0,40}?\d)|"
              r"provided|provides|provide|providing|"
              r"transferred|transfer|transfers|transferring|awarded|(?<=been )granted|(?<=was )granted|(?<=were )granted|"
              # a gift is a trade without a price: 'the United States donated 23 vehicles to the KDF'
              rf"{DONATE_VERBS}")
DEAL_NOUNS = (r"deals?|contracts?|agreements?|order|sale|purchase|procurement|(?-i:acquisition)|delivery|deliveries|export|"
              r"(?-i:MoU)|memorandum of understanding|"
              # 'Navantia would build five frigates for the navy for €4.3 billion': a price paid to build
              r"(?:build|builds|to build|would build|will build)(?=[^.;]{0,80}?\bfor\s+(?:about\s+|around\s+)?"
              r"(?:[$€£₹]|US\$|Rs\.?\s)\s?\d)|"
              r"(?:produced|built|made|manufactured) for")
TRIGGER = re.compile(rf"(?<!-)\b(?:{BUY_VERBS}|{SELL_VERBS}|{DEAL_NOUNS})\b", re.I)   # not "British-supplied"
# '... will be provided to Indonesia, in addition to Roketsan's air defense missile system “SUNGUR”':
# more items of the trade the clause before told (not 'in addition to the 32 F-35s it already ordered')
ADDED_ITEMS = re.compile(r",\s+in\s+addition\s+to\s+(?![^.;]*\b(?:already|existing|earlier|previous\w*|current\w*|"
                         r"ordered|bought|operat\w*|acquired|purchased|received|service|fleet|inventory)\b)")


NOT_ITEM_BEFORE = re.compile(r"\b(?:replace|replacing|replenish|replenishing|retire|retiring|fleet of|instead of|adding to)\b[^.]*$|"
                             # (to its comma: 'In addition to the German vehicles, three Leopard tanks ...')
                             r"\b(?:in addition to|on top of)\b[^.,]*$|"
                             # ('three S26T submarines, an export variant of the Chinese Navy's Type 039A')
                             # (not 'the development of X')
                             r"\b(?:variant|version|derivative|an?\s+development)\s+of\s+(?:the\s+)?[^,.;]*$|"
                             # ('Kalyani M4 vehicles, which will be based on Paramount's Mbombe 4')
                             r"\b(?:based|modelled|modeled|built)\s+on\s+(?:the\s+)?[^,.;]*$|"
                             # ('the K9 Vajra-T ... adapted from Hanwha’s howitzer K9 Thunder')
                             r"\b(?:adapted|derived|evolved)\s+from\s+[^,.;]*$|"
                             # ('the Type 85-IIAP, which is an improvement over Type 80 MBT line')
                             r"\b(?:improvement|upgrade)\s+(?:over|on|of)\s+(?:the\s+)?[^,.;]*$|\bsuccessor\s+(?:to|of)\s+[^,.;]*$|"
                             r"\b(?:which|that|who)\s+(?:already\s+)?(?:operates?|flies|fly|uses?|"
                             r"fields?)\b[^,.]*$|"   # '..., which operates FA-50PH fighters'
                             # ('a fourth Scorpene submarine under Project P-75': the programme)
                             r"\bunder\s+(?:the\s+)?(?:Project|Programme|Program)\s+$|"
                             # ('16 H225M (earlier EC725 Caracal) helicopters': the same one's old name;
                             # '... as part of a wider modernization program (Zrinyi-2026)': the programme's)
                             r"\((?:earlier|formerly|previously|originally)\s+[^()]*$|"
                             r"\b(?:program|programme|project|plan|initiative)\s+\($|"
                             # ('The deal also includes the option for a further 12 NH90s': not bought)
                             r"\boptions?\s+(?:for|on|to\s+buy)\s+(?:a\s+|an\s+)?(?:further\s+|another\s+|additional\s+)?"
                             r"(?:[\w-]+\s+){0,2}$|"
                             # ('Hungary has followed up its order for H145s with a purchase of H225Ms')
                             r"\bfollow(?:ed|s|ing)?\s+up\s+(?:on\s+)?(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:order|"
                             r"purchase|deal|contract|acquisition)s?\s+(?:for|of)\s+(?:(?!\bwith\b)[^,.;])*$", re.I)

DELIVERED = re.compile(   # (not 'the remaining 26 will be delivered': that is to come)
    rf"\b(?P<n>{COUNT_RE})\s+(?:(?!will\b|would\b|to\b|be\b|are\b|is\b)\w+\s+){{0,2}}"
    rf"(?:have|has|had)?\s*(?:already\s+)?"
    rf"(?:been\s+)?(?:delivered|inducted|handed over|commissioned|"
    rf"(?:(?<=been )|(?<=have )|(?<=has )|(?<=had )|(?<=were )|(?<=was ))received)"   # not a bid's
    rf"|\b(?:received|taken delivery of|took delivery of|delivered|inducted)\s+(?:the\s+first\s+)?"
    rf"(?P<n2>{COUNT_RE})\s+of\s+(?:the|its|their|those|{COUNT_RE})\b"   # '18 of the jets', 'three of 30'
    rf"|\b(?:has|have|had)\s+(?:so far\s+|already\s+)?(?:taken delivery of|received)\s+"
    rf"(?P<n3>{COUNT_RE})\b(?!\s*(?:%|per|percent|billion|million))"  # 'has taken delivery of three'
    rf"|\b[Tt]he first (?P<n4>{COUNT_RE})\s+(?:\w+\s+){{0,2}}(?:were|was|have been|has been)\s+"
    rf"(?:delivered|handed over|inducted)", re.I)
# (one of these is in every text that DELIVERED or PENDING matches: a cheap test first)
DELIVERY_WORDS = ("deliver", "induct", "handed over", "commission", "receiv", "pending", "due",
                  "awaiting", "on order", "expected")
PENDING = re.compile(   # (not a year: 'Deliveries in 2010 are due to total 11 aircraft')
    rf"\b(?!(?:19|20)\d\d\b)(?P<n>{COUNT_RE})\s+(?:\w+\s+){{0,2}}(?:are|is|remain|remains)\s+(?:still\s+)?"
    rf"(?:pending|due|awaiting|yet to be delivered|on order)"
    rf"|\b(?:the\s+)?remaining\s+(?P<n2>{COUNT_RE})\s+(?:\w+\s+){{0,2}}(?:are|is|will be|would be)\s+"
    rf"(?:delivered|due|handed over|expected)\b", re.I)


# (a number right after a model's name is its mark, not a count: 'the first Do 228 handed over')
MODEL_WORD_BEFORE = re.compile(r"(?<![\w-])(?!(?:The|These|Those|All|Some|Another|Only|Of|So|And|But)\s)"
                               r"[A-Z][\w-]*\s+$")


def _delivered(text: str) -> re.Match | None:
    """The first DELIVERED match whose count is no model's mark."""
    return next((m for m in DELIVERED.finditer(text)
                 if not (m.group("n") and (MODEL_WORD_BEFORE.search(text, max(0, m.start("n") - 40), m.start("n"))
                                           or text[m.start("n") - 1:m.start("n")] == "-"))), None)   # ('F-16 were')


def _count(m: re.Match | None) -> int | None:
    """The count a DELIVERED or PENDING match read, from whichever of its forms matched."""
    if m is None:
        return None
    n = next((g for g in m.groups() if g), None)
    return parse_count(n) if n else None


QUANTITY = re.compile(rf"(?:(?P<more>more than|over|at least|up to|nearly|about|some|as many as)\s+)?"
                      rf"(?<![\w.,])(?P<n>{COUNT_RE})\s+(?:of\s+(?:its|their)\s+(?:own\s+|[a-z]+\s+)?)?(?:(?:additional|more|new|advanced|modern|"
                      rf"refitted|refurbished|upgraded|used|modernised|modernized|tactical|light|heavy|medium|latest|surplus|"
                      rf"newer|older|ageing|aging|second-hand|operational|existing|"
                      rf"armed|unarmed|uncrewed|unmanned|multirole|"
                      rf"\d+(?:\.\d+)?-(?:meter|metre|m|foot|ft|tonne|ton)|"   # ('five more 97-meter Multi-Role ...')
                      rf"[a-z]+-[a-z]+)\s+){{0,2}}"
                      rf"(?:(?:units?|pieces|sets|examples)\s+of\s+(?:the\s+)?"   # ('100 units of the K9')
                      # ("672 units of the Korean defense firm's K9", '288 units of the multi-caliber rocket
                      # artillery system Chunmoo')
                      rf"(?:(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){{0,3}}(?:firm|company|maker|manufacturer)(?:’s|'s)\s+|"
                      rf"(?:[a-z-]+\s+){{1,4}}system\s+)?)?"
                      # ('246 Swedish-made heavy infantry CV-90 ...': where it is made and what it is)
                      # ('400 US-made long-range')
                      rf"(?:[A-Z][a-z]+-(?:made|built|designed)\s+(?:[a-z]+(?:-[a-z]+)?\s+){{0,2}})?"
                      rf"(?:(?=[\w-]*\d)[a-z][\w-]*\s+){{0,2}}$", re.I)   # '366 M1A2 SEPv3 Abrams'


def apply(f: Findings) -> None:
    f.deals = []
    f.deal_counts = {}
    f.awarder = None   # (the government that awarded contracts, its sentence's index)
    f.several_contracts = set()   # (ids of deals that are several contracts told together)
    f.buyer_told = None   # (who a sentence said signed contracts for nothing named yet, its index)
    f.sum_told = None   # (the sum of a contract a sentence told with no side or item, its index)
    f.shared_deals = set()   # (ids of orders whose shares the text gave each buyer)
    f.export_case = EXPORT_CONTROL.search(f.text) is not None   # (an export-control case: read once)
    headlines = headline_lines(f.text)
    for sentence in f.doc.sentences:
        _contracts_signer(f, sentence)
        if any(a <= sentence.start < b for a, b in headlines):
            continue
        talks = _in_talks(sentence.text)
        if ONE_OF_THEM.match(sentence.text) and not TRIGGER.search(sentence.text):
            _deal(f, sentence, _packages_before(f, sentence))
        if not talks and _sales_to_each(f, sentence):
            continue
        if _speaks_of_a_deal(f, sentence):
            sides = (None, None)
            for clause in _clauses(sentence):
                if talks and _in_talks(clause.text) and not CONCLUDED.search(clause.text):
                    continue   # talks are read by claims.talks (not a contract signed at a meeting)
                continued = sides != (None, None) and SECOND_SOURCE_CLAUSE.match(clause.text)
                if (continued or _speaks_of_a_deal(f, clause)) \
                        and not JOINT_WORK.search(clause.text) \
                        and not _withheld(clause.text) and not _industrial(clause.text) \
                        and not _equipment_list(clause.text) and not _service_only(clause.text) \
                        and not _command_only(clause.text) and not _sanctions_decree(clause.text) \
                        and not _firm_acquired(f, clause) and not NOT_DONE.search(clause.text) \
                        and not ORDERS_SOUGHT.search(clause.text) and not NONE_WORTH.search(clause.text):
                    sides = _deal(f, clause, sides) or sides
        if talks:
            continue
        _handover(f, sentence)
        _became_customer(f, sentence)
        _money_only(f, sentence)
        _sum_it_is_part_of(f, sentence)
        _item_list(f, sentence)
        _deal_covers(f, sentence)
        _count_of_deal_in_hand(f, sentence)
        _buyer_named(f, sentence)
        _seller_named(f, sentence)
        _more_intended(f, sentence)
        _award_listed(f, sentence)
        _shares_for(f, sentence)
        _work_sites(f, sentence)
        if f.deals and not any(c.start <= sentence.start < c.end for c in f.claims[-1:]):
            _delivery_status(f, f.deals[-1], sentence)   # 'Of those, 134 have been delivered'

    apply_deal_context(f)
    line_items(f, f.deal_counts)


# 'signed the transfer documents with Hyundai Heavy Industries (HHI) ... to mark the formal turnover
# of the frigate to the Philippines': the ship named before, handed to a buyer by the firm signed with
HANDOVER = re.compile(r"\b(?:turnover|handover|hand-over|handing\s+over|transfer|delivery)\s+of\s+the\s+"
                      r"(?:new\s+|first\s+)?(?P<noun>frigate|corvette|ship|vessel|warship|submarine|patrol\s+vessel|"
                      r"aircraft|jet|helicopter)\s+to\s+(?:the\s+)?(?=[A-Z])")
HANDED_KINDS = {"frigate": {"Ship"}, "corvette": {"Ship"}, "ship": {"Ship"}, "vessel": {"Ship"},
                "warship": {"Ship"}, "submarine": {"Submarine"}, "patrol vessel": {"Ship"},
                "aircraft": {"Aircraft", "FighterAircraft", "TransportAircraft", "UnmannedAircraft"},
                "jet": {"Aircraft", "FighterAircraft", "TransportAircraft"},
                "helicopter": {"Helicopter"}}
SIGNED_WITH = re.compile(r"\bsigned\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:documents?|papers|agreement|contract|deal)\s+"
                         r"with\s+(?:the\s+)?(?=[A-Z])")


def _deal_read_in(f: Findings, s) -> bool:
    """Whether the deal rules have already read a deal in this sentence: a later rule for the
    same sentence would read it a second time."""
    return bool(f.deals) and any(c.start >= s.start and c.end <= s.end for c in f.claims if c.subject in f.deals)


def _handover(f: Findings, s) -> None:
    m = HANDOVER.search(s.text) if "of the" in s.text else None
    if m is None or _deal_read_in(f, s):
        return
    kinds = HANDED_KINDS[" ".join(m.group("noun").split())]
    named = f.last_mention_before(s.start + m.start(), *kinds, within=2500)
    buyer = agent(f, s.start + m.end(), s.end)
    if named is None or f.entity(named) is None or buyer is None:
        return
    with_ = SIGNED_WITH.search(s.text)
    seller = agent(f, s.start + with_.end(), s.end) if with_ else None
    seller = seller if getattr(seller, "kind", None) in SELLING_FIRMS else None
    deal = _deal_for(f, buyer, f.entity(named), seller=seller)
    _fill(f, deal, s, buyer, seller, [(f.entity(named), None)], None, None)


# 'Kuwait has become the seventh customer for the Airbus Helicopters H225M Caracal': a purchase of it
BECAME_CUSTOMER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:become|became)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:customer|buyer)\s+(?:for|of)\s+(?:the\s+)?")


def _became_customer(f: Findings, s) -> None:
    m = BECAME_CUSTOMER.search(s.text) if "customer" in s.text or "buyer" in s.text else None
    subject = [x for x in f.mentions_in(s.start, s.start + m.start(), "Country", "MilitaryBranch", "GovernmentAgency")
               if x.start == s.start + subject_start(s.text) and x.end == s.start + m.start()] if m else []
    buyer = agent(f, subject[0].start, subject[0].end) if subject else None
    if buyer is None or _deal_read_in(f, s):
        return
    firm = [x for x in f.mentions_in(s.start + m.end(), s.end, "Company") if x.start == s.start + m.end()]
    after = firm[0].end + 1 if firm else s.start + m.end()   # (the maker's name, then the system)
    item = [x for x in f.mentions_in(after, s.end, "Weapon") if x.start == after]
    if not item or f.entity(item[0]) is None:
        return
    seller = f.entity(firm[0]) if firm else None
    deal = _deal_for(f, buyer, f.entity(item[0]), seller=seller)
    _fill(f, deal, s, buyer, seller, [(f.entity(item[0]), item[0])], None, None)


# 'all 18 Leopard 2 tanks promised to Ukraine had arrived in Ukraine': goods delivered, told by
# their arrival (not a visitor's: 'Zelensky arrived in Washington to ask for Patriot systems')
ARRIVED_IN = re.compile(r"\barrived\s+in\s+(?:the\s+)?(?=[A-Z])")


def _goods_arrived(f: Findings, s) -> bool:
    """Whether a clause says that weapons, named before the verb, arrived in a place."""
    m = ARRIVED_IN.search(s.text) if "arrived" in s.text else None
    if m is None:
        return False
    goods = f.mentions_in(s.start, s.start + m.start(), "Weapon")
    return bool(goods) and not f.mentions_in(goods[-1].end, s.start + m.start(), "Person")


def _trade(f: Findings, text: str) -> bool:
    """Whether words of trade are in a text: of buying and selling, or in an export-control case, of
    goods exported ('engages in the business of importing and selling microchips to X')."""
    return bool(TRIGGER.search(text) or (f.export_case and EXPORTED_GOODS.search(text)))


# 'the possible sale of two missile packages to the Philippines. One was for 12 Harpoon missiles
# ... Another was for 24 AIM-9X missiles ...': each a sale of its own, to the buyer named before
ONE_OF_THEM = re.compile(r"(?:One|Another|The other|The (?:first|second|third|last))\s+(?:was|is|would be|will be)\s+"
                         r"for\s+")
PACKAGES_TO = re.compile(r"\b(?:sales?|packages?|deals?|contracts?|orders?)\b[^.;]{0,90}?\bto\s+(?:the\s+)?(?=[A-Z])")


# 'the potential sales include as many as 72 Boeing F-15 jets to Qatar and as many as 32 of the
# company's F/A-18 E/F fighters to Kuwait': each count of a system with its own buyer
COUNT_TO = re.compile(rf"(?:(?:as many as|up to|about|some|nearly)\s+)?(?<![\w.,$€£])(?P<n>{COUNT_RE})\s+"
                      r"(?P<what>[^.;,]{1,80}?)\s+to\s+(?:the\s+)?(?=[A-Z])", re.I)


def _sales_to_each(f: Findings, s) -> bool:
    """Deals of a sentence that sells two counts or more, each to a buyer named after it."""
    if not re.search(r"\b(?:sales?|sell|sells|sold|export\w*|deliver\w*|transfer\w*)\b", s.text):
        return False
    found = []
    for m in COUNT_TO.finditer(s.text):
        systems = f.mentions_in(s.start + m.start("what"), s.start + m.end("what"), "Weapon")
        buyer = agent(f, s.start + m.end(), min(s.end, s.start + m.end() + 40))
        if systems and buyer is not None and f.entity(systems[-1]) is not None:
            found.append((f.entity(systems[-1]), parse_count(m.group("n")), buyer))
    if len(found) < 2 or len({id(b) for _, _, b in found}) < 2:
        return False
    for system, count, buyer in found:
        deal = _deal_for(f, buyer, system)
        f.add(deal, "gk:buyer", buyer, s)
        f.add(deal, "gk:item", system, s)
        if count is not None:
            f.add(deal, "gk:quantity", Lit(count, "integer"), s)
    return True


def _packages_before(f: Findings, s, within: int = 3):
    """(buyer, None) of the sale of several packages that the last sentences announced."""
    for earlier in reversed(f.doc.sentences[max(0, s.index - within):s.index]):   # (a clause keeps its sentence's index)
        m = PACKAGES_TO.search(earlier.text)
        if m:
            return agent(f, earlier.start + m.end(), min(earlier.end, earlier.start + m.end() + 40)), None
    return None, None


# 'Typhoons and Tornados provided close air support to the Syrian Democratic Forces': a service
# rendered, not goods sold
PROVIDED_SERVICE = re.compile(r"\bprovid\w*\s+(?:[\w-]+\s+){0,2}(?:support|cover|protection|assistance|escort|"
                              r"overwatch|reconnaissance|surveillance)\b(?!\s+(?:equipment|systems?|vehicles?|"
                              r"aircraft|ships?|package))")


# 'the U.S. government’s sudden order last month to withdraw U.S. forces from Syria': a command
COMMAND = re.compile(r"\border(?:ed|s)?\s+(?:[a-z]+\s+){0,3}?to\s+(?!(?:buy|purchase|acquire|procure|supply|deliver|"
                     r"provide|sell|build|produce|manufacture)\b)[a-z]+")


def _command_only(text: str) -> bool:
    """Whether the only word of trade in a clause is an 'order to' do something."""
    command = COMMAND.search(text)
    return command is not None and all(command.start() <= m.start() < command.end() for m in TRIGGER.finditer(text))


# 'Zelenskyy has signed a decree imposing sanctions on five Chinese companies accused of supplying
# components': a measure signed into force, and the trade it is for, which no one bought here
DECREE_OF_SANCTIONS = re.compile(r"\bsign\w*\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:decree|law|bill|executive\s+order|"
                                 r"resolution|ordinance)\b[^.;]{0,40}?\bsanction", re.I)


def _sanctions_decree(text: str) -> bool:
    return "sanction" in text and DECREE_OF_SANCTIONS.search(text) is not None


# A firm bought: 'which previously acquired PZL-Swidnik', 'PZL-Mielec, acquired by Sikorsky'
FIRM_ACQUIRED = re.compile(r"\bacquired\s+(?P<by>by\s+)?(?:the\s+)?")


def _firm_acquired(f: Findings, s) -> bool:
    """Whether the only word of buying in a clause buys a company, which claims.acquisitions reads."""
    if "acquired" not in s.text or re.search(rf"\b(?!acquired\b)(?:{BUY_VERBS})\b", s.text, re.I):
        return False
    for m in FIRM_ACQUIRED.finditer(s.text):
        if m.group("by"):
            firm = [x for x in f.mentions_in(s.start, s.start + m.start(), "Company") if
                    re.fullmatch(r",\s+(?:which\s+was\s+)?(?:later\s+)?", f.text[x.end:s.start + m.start()])]
        else:
            firm = [x for x in f.mentions_in(s.start + m.end(), s.end, "Company") if x.start == s.start + m.end()]
        if firm:
            return True
    return False


def _service_only(text: str) -> bool:
    """Whether the only word of trade in a clause is 'provided' a service."""
    service = PROVIDED_SERVICE.search(text)
    return service is not None and all(service.start() <= m.start() < service.end() for m in TRIGGER.finditer(text))


# 'Estonia and Latvia signed the contract to purchase X from Y at a meeting with their German
# counterpart': a deal concluded, whatever meeting it was concluded at
CONCLUDED = re.compile(r"\b(?:signed|inked|sealed|clinched|struck|concluded)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:contract|deal|order)\s+(?:to\s+(?:purchase|buy|acquire|procure|order)|for)\b")


def _counted(f: Findings, deal, item, count: int, s) -> None:
    counted(f, f.deal_counts, deal, item, count, s)


def counted(f: Findings, counts: dict, deal, item, count: int, s) -> None:
    """A count of one item of a deal ('180 K2 tanks'): the deal's quantity, and noted with its
    item in case the deal turns out to count another."""
    f.add(deal, "gk:quantity", Lit(count, "integer"), s)
    counts.setdefault(id(deal), (deal, {}))[1].setdefault((id(item), count), (item, count, s))


def line_items(f: Findings, counts: dict) -> None:
    """A deal that gives two counts ('180 K2 tanks and 212 K9 howitzers') keeps each count
    with its item, as a gk:LineItem: two quantities on the deal itself would not say which is
    whose. One count said of two names ('12 FA-50PH jets', then '12 FA-50s') stays the deal's:
    it is most likely the same batch, not twice as many. `counts` maps a deal's id to the deal
    and its counted items, as `counted` notes them."""
    for deal, counted in counts.values():
        if len({count for _, count in counted}) < 2:
            continue
        f.retract(deal, "gk:quantity")
        for item, count, s in counted.values():
            line = f.event("LineItem")
            f.add(deal, "gk:lineItem", line, s)
            f.add(line, "gk:item", item, s)
            f.add(line, "gk:quantity", Lit(count, "integer"), s)




# 'for the Royal Navy's Type 26 frigates', 'for its F-16s': the platforms a purchase is for
FOR_PLATFORM = re.compile(r"\bfor\s+(?:(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}?[A-Z][\w.-]*(?:’s|'s)|its|their|"
                          r"the\s+(?:country|nation|navy|army|air\s+force)(?:’s|'s))"   # ('for the country’s F-35s')
                          r"\s+(?:[a-z-]+\s+){0,2}$"
                          # 'procurement of X missiles ... for the indigenous Dhruv helicopters'
                          r"|\b(?:procurement|purchase|acquisition|supply|delivery)\s+of\s+[^.;]+?\bfor\s+"
                          r"the\s+(?:[a-z-]+\s+){0,2}(?:[A-Z][\w-]*\s+){0,2}$"
                          # 'Tamir interceptors ... for use on Iron Dome': the system they serve
                          r"|\bfor\s+use\s+(?:on|in|with|by|aboard)\s+(?:the\s+|its\s+|their\s+)?$"
                          # ('70 MG3 machine guns for Leopard tanks, Marder vehicles, and Dachs')
                          r"|\b(?:guns|rounds|ammunition|munitions|shells|spare\s+parts|parts|spares|engines|kits)\s+"
                          r"for\s+$"
                          # ('weapons worth €300 million to arm F-16 combat jets destined for Ukraine')
                          r"|\bto\s+(?:arm|equip|rearm|re-arm)\s+(?:the\s+|its\s+|their\s+)?$")
# ... unless that 'for' is the deal's own: 'signed a deal with Irving Shipbuilding for the Royal
# Canadian Navy’s new River-class destroyers' buys the destroyers
DEAL_FOR = re.compile(r"\b(?:deal|contract|order|agreement)s?(?:\s+with\s+(?:(?!\bfor\b)[^,;.]){1,60}?)?\s+$")


# '... will replace the retired Tomas Batillo-class patrol gunboats, which were formerly with the
# Republic of Korea Navy (ROKN) and donated to the Philippines': what the relative clause trades is
# what it is said of, when the clause before trades nothing
RELATIVE_TRADE = re.compile(r",\s+which\s+(?:[^,;.]{0,80}?\s)?(?:was|were|had\s+been|have\s+been)\s+(?:[^;.]{0,80}?\s)?"
                            r"(?:donated|sold|supplied|delivered|bought|purchased|acquired|transferred|gifted)\b")


THESE_BOUGHT = re.compile(r"(?:These|They|Both|The\s+(?:boats|ships|vessels|aircraft|jets|helicopters|systems|craft))\s+"
                          r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:acquired|bought|purchased|ordered|"
                          r"procured)\s+(?:under|through|in|via|as\s+part\s+of)\b")


REDUCED_RELATIVE = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?P<verb>acquired|bought|purchased|ordered|procured)\s+by\s+"
                              r"(?:the\s+)?(?=[A-Z])")


def _items(f: Findings, sentence):
    items = []
    mentions = f.mentions_in(sentence.start, sentence.end, "Weapon")
    for m in mentions if " by " in sentence.text else ():   # ('... better than the Raphael aircraft acquired by India':
        reduced = REDUCED_RELATIVE.match(f.text, m.end, sentence.end)   # what was bought is the thing said to
        if reduced and f.entity(m) is not None and not any(     # be, when the sentence trades nothing else)
                t.start() != reduced.start("verb") - sentence.start for t in TRIGGER.finditer(sentence.text)):
            return [(f.entity(m), m)]
    relative = RELATIVE_TRADE.search(sentence.text) if "which" in sentence.text else None
    if relative and not TRIGGER.search(sentence.text, 0, relative.start()):
        said_of = [m for m in mentions if m.end <= sentence.start + relative.start()]
        if said_of and sentence.start + relative.start() - said_of[-1].end < 40 and f.entity(said_of[-1]):
            return [(f.entity(said_of[-1]), said_of[-1])]   # (whatever the words before it: 'will replace')
    platforms: set[int] = set()
    for i, m in enumerate(mentions):
        platform = FOR_PLATFORM.search(f.text[sentence.start:m.start])
        if platform and not DEAL_FOR.search(f.text, sentence.start, sentence.start + platform.start()):
            platforms |= {id(x) for x in f.coordinated(mentions[i:])}
    # ... and every other mention of a platform's system ('Dhruv ALH helicopters': ALH too)
    platform_systems = {id(f.entity(m)) for m in mentions if id(m) in platforms}
    added = ADDED_ITEMS.search(sentence.text) if "in addition to" in sentence.text else None
    if added and (not TRIGGER.search(sentence.text, 0, added.start()) or " from " in sentence.text[:added.start()]
                  or not any(m.start < sentence.start + added.start() for m in mentions)):
        added = None   # (the items named before, with no seller: 'Niger has ordered armoured personnel
        #                carriers from Nurol Makina, in addition to Bayraktar TB2s' bought elsewhere)
    for m in mentions:
        entity = f.entity(m)
        before = f.text[sentence.start:m.start]
        if added and m.start >= sentence.start + added.end():   # (more of the same trade)
            before = before[:added.start()] + ", and " + before[added.end():]
        if NOT_ITEM_BEFORE.search(before) or id(entity) in platform_systems:
            continue
        if entity is not None and all(e is not entity for e, _ in items):
            items.append((entity, m))
    return items


PAST_TALKS = re.compile(r"\b(?:after|ending|ended|concluding|following|followed|capping|crowned)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:of\s+)?(?:talks|negotiations?|discussions?)\b", re.I)
CLAUSE_BREAK = re.compile(r"; |,? while |, whereas |, but |,? even as |, despite |,? and (?=(?:has|have|is|are|was|were) "
                          r"(?:been )?(?:in )?(?:talks|negotiat))|"
                          # 'for X, and a Rs 62,700 crore contract with HAL for Y'
                          r", and (?=(?:a|an|another|the second|a second|a further)\s+"
                          r"(?:[^,;]|,\d){0,40}?\b(?:contract|deal|order|agreement)\b)|"
                          r", followed by |, then |"
                          # 'The US$6.5 billion deal follows a series of deals Poland signed in 2022'
                          r"\s(?:follows|followed|comes after|came after)\s(?=(?:a|an|the|earlier)\s+(?:[a-z]+\s+){0,2}?"
                          r"(?:series\s+of\s+)?(?:deals?|contracts?|orders?|agreements?|purchases?)\b)|"
                          # '... had been cancelled and that the ministry would focus on Y'
                          r",? and that (?=(?:the |its |their )?[\w.-]+ )|"
                          # '..., and Korea Aerospace Industries (KAI) has delivered 36 FA-50s'
                          r", and (?=(?:[A-Z][\w.-]*\s+){1,4}(?:\([A-Z]{2,}\)\s+)?"
                          r"(?:has|have|had|is|are|was|were|will)\s)|"
                          # 'takes delivery of Rafale jets as Cairo weighs J-10C fighters'
                          r"(?<!such)(?<!well) as (?=[A-Z][\w.-]*(?: [A-Z][\w.-]*)? [a-z]+s\b)|"
                          # 'sealed a deal to order 42 Rafale jets and signed an agreement for the possible purchase
                          # of two submarines': a second agreement, for other goods
                          r" and (?=(?:also\s+)?(?:signed|inked|sealed)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:agreement|contract|deal|letter|memorandum|MoU)\b)")


ITS_DEAL = re.compile(r"\bits\s+(?:[\w$€£.,-]+\s+){0,3}?(?:deal|contract|order|agreement)\s+(?:to|for|with)\b")
DEAL_LISTED = re.compile(r"(?:an?|another)\s+(?:[A-Z][\w-]*\s+|[a-z]+\s+){0,2}?(?:contract|deal|order|agreement)\s+"
                         r"(?:with|for|from|to|worth)\b")


WITHHELD = re.compile(r"\b(?:halt\w*|stop(?:s|ped|ping)?|suspend\w*|ban(?:s|ned|ning)?|embargo\w*|"
                      r"exempt|unless|refus\w*|revok\w*|block\w*|barred|prohibit\w*|"
                      r"(?:not|never) (?:to )?(?:approv\w*|allow\w*|permit\w*|authori[sz]\w*)|reject\w*|oppos\w*|"
                      r"no longer|freez\w*|froze|declin\w*|"   # ('declined a request to donate')
                      # ('Germany would not be sending its Taurus weapons to Kyiv')
                      r"(?:will|would|shall|could|can|does|do|did)\s+not|won[’']t|wouldn[’']t)\b[^.;]{0,40}?"
                      r"\b(?:export\w*|sales?|sell\w*|suppl\w*|deliver\w*|transfer\w*|provid\w*|donat\w*|"
                      r"send\w*|sent|give|gave)\b", re.I)
ORDERED_NOT_BOUGHT = re.compile(r"\bordered\s+(?:the\s+)?[A-Z][^.;]{0,60}?\bto\s+(?:halt|stop|"
                                r"suspend|end|cease|block|release|pay)\b")


FACILITY = re.compile(r"\b(?:teaming agreement|(?:agreement|memorandum|MoU|deal)\s+to\s+(?:set up|establish|"
                      r"build|open|create|launch|develop)\s+(?:an?\s+|the\s+|a\s+joint\s+)?"
                      r"(?:[\w,-]+\s+){0,5}?(?:facility|hub|plant|centre|center|factory|line|"
                      r"venture|company|base|depot|workshop))\b"
                      # 'an agreement with SAMI for the local production of drones in Saudi Arabia'
                      r"|\b(?:agreement|memorandum|MoU|deal|contract)\s+[^.;]{0,80}?\bfor\s+(?:the\s+)?"
                      r"(?:local|licen[cs]ed|domestic|joint|in-country)\s+(?:production|manufactur\w+|assembly)\b",
                      re.I)


def _industrial(text: str) -> bool:
    """An agreement to set up a facility, a plant or a joint company sells nothing ('signed a
    teaming agreement to set up a maintenance facility for C-130J aircraft'), nor does one to
    make a system locally."""
    return bool(FACILITY.search(text))


# 'They are armed with the X missile, a gun supplied by Y, and ...': what a ship carries and who
# made it, not a sale
EQUIPPED = re.compile(r"\b(?:armed|equipped|fitted|outfitted)\s+with\b")
SALE_WORDS = re.compile(r"\b(?:contracts?|deals?|orders?|ordered|sales?|sold|purchas\w*|bought|buy\w*|"
                        r"acqui\w*|signed)\b", re.I)


def _equipment_list(text: str) -> bool:
    return bool(EQUIPPED.search(text)) and not SALE_WORDS.search(text)


def _withheld(text: str) -> bool:
    """Exports halted, suspended, banned or refused are no deal ('suspended 30 arms export
    licences to Israel', 'unless exported to'), nor is a court that 'ordered the government
    to halt' them."""
    return bool(WITHHELD.search(text) or ORDERED_NOT_BOUGHT.search(text))


# A deal that did not happen: 'expressed disappointment that it did not receive an LRSO contract'
NOT_DONE = re.compile(r"\b(?:did\s+not|didn[’']t|failed\s+to|has\s+not|have\s+not|had\s+not|never)\s+"
                      r"(?:(?:yet|been|actually)\s+)?(?:receiv\w*|win|won|sign\w*|secur\w*|buy|bought|purchas\w*|"
                      r"order\w*|award\w*)\b[^.;]{0,40}?\b(?:contracts?|deals?|orders?|agreements?)\b"
                      # 'an ongoing international debate on whether to send tanks to Ukraine'
                      r"|\b(?:debate|debating|discussion|question)\s+(?:on|over|about|of)\s+whether\s+to\s+"
                      r"(?:send|supply|deliver|provide|sell|buy|give)\b"
                      # ('The focus is expected to be on whether Germany will send its Leopard tanks to Ukraine')
                      r"|\bwhether\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}(?:will|would|should|can|could|might)\s+"
                      r"(?:send|supply|deliver|provide|sell|buy|give)\b"
                      # ('when Lockheed Martin sought to buy it for $4.4 billion': a bid, which was blocked)
                      r"|\b(?:sought|tried|attempted)\s+to\s+(?:buy|acquire|purchase|take\s+over)\s+(?:it|them|the\s+company|"
                      r"the\s+firm)\b")


# Orders a seller hopes for are no deal: 'to collaborate on winning orders for C-390 aircraft'
ORDERS_SOUGHT = re.compile(r"\b(?:win|winning|secure|securing|seek|seeking|pursue|pursuing|chase|chasing|"
                           r"compete for|competing for|land|landing|attract|attracting)\s+"
                           r"(?:more\s+|new\s+|further\s+|future\s+|export\s+)*(?:orders|contracts|sales)\b"
                           # 'a strong contender in Switzerland's procurement': a competition, not a buy
                           r"|\b(?:contender|front-?runner|candidate|shortlisted|in\s+the\s+running)\s+(?:in|for)\b", re.I)


def _in_talks(text: str) -> bool:
    """Talks are going on ('in talks with', 'negotiations ... stalled'), not ended ('ending
    years of talks', 'after months of negotiations', which a deal concludes)."""
    return bool(TALKS.search(PAST_TALKS.sub("", text)))


# 'receiving K2 tanks from South Korea and Abrams tanks from the United States': two deals
SECOND_SOURCE_CLAUSE = re.compile(r"(?:[\w-]+\s+){1,5}from\s+(?:the\s+)?[A-Z]")
SECOND_SOURCE = re.compile(rf" and (?={SECOND_SOURCE_CLAUSE.pattern})")


# A trade done before the one a sentence tells: 'After purchasing the equipment from Kongsberg, ...'
EARLIER_TRADE = re.compile(r"(?:After|Before|Having)\s+(?:purchas|buy|bought|acquir|receiv|import|obtain)\w*\s+"
                           r"[^,;]{1,80}?,(?=\s+[A-Z])")
# ('Prior to the agreement with Egypt, two Su-35 contracts were announced: ...'): another deal, named
# before the sentence's own
EARLIER_DEAL = re.compile(r"(?:Prior\s+to|Before|After|Following|Besides|Apart\s+from|Unlike)\s+(?:the|an?|its|their)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:agreement|deal|contract|order|purchase|sale)s?\b[^,;]{0,40}?,(?=\s)")


# 'included its €300 million deal to supply 13 M-345 trainers to Italy, an AW101 agreement with Poland
# worth €380 million and a Spanish order for 23 NH90s': a list of deals, and '... a Spanish order for 23
# NH90s – Leonardo is a shareholder in the programme, along with Airbus and GKN': an aside of its own
# after a dash (read only where a sentence has such a word or a dash: they are slow to fail)
DEALS_LISTED_BREAK = re.compile(r"(?<=[a-z0-9])(?:,|\s+and)\s+(?=(?:an?|another)\s+(?:[A-Z][\w-]*\s+|[a-z]+\s+){0,2}?"
                                r"(?:contract|deal|order|agreement)\s+(?:with|for|from|to|worth)\b)")
DASH_ASIDE = re.compile(r"\s[–—]\s(?=[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:is|was|has|have|are|were|had)\s)")
DEAL_WORD = re.compile(r"\b(?:contract|deal|order|agreement)\b")


def _clauses(s: Sentence) -> list[Sentence]:
    """The parts of a sentence between semicolons ('Egypt operates Rafale jets; its navy also
    operates two ships bought from France' buys nothing in its first part), 'while', 'but',
    'and has been in talks', 'followed by' and 'and a second contract', so that each deal,
    and the deal and the talks of one sentence, are read apart."""
    out, start = [], 0
    breaks = list(CLAUSE_BREAK.finditer(s.text))
    if DEAL_WORD.search(s.text):
        breaks += DEALS_LISTED_BREAK.finditer(s.text)
    if "–" in s.text or "—" in s.text:
        breaks += DASH_ASIDE.finditer(s.text)
    lead = EARLIER_TRADE.match(s.text) or EARLIER_DEAL.match(s.text)
    if lead:   # ('After purchasing the equipment from Kongsberg, Hydronav then sold it to ...')
        breaks.append(re.compile(r",\s+").search(s.text, lead.end() - 1))
    breaks += [m for m in SECOND_SOURCE.finditer(s.text) if re.search(r"\bfrom\s", s.text[:m.start()])]
    for m in [*sorted(breaks, key=lambda b: b.start()), None]:
        end = m.start() if m else len(s.text)
        part = s.text[start:end]
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        if text:
            out.append(Sentence(s.index, s.start + start + lead, s.start + start + lead + len(text),
                                text))
        start = m.end() if m else start
    return out


# Who is told of a sale is no party to it: 'Congress was formally notified of the sale on Friday'
NOTIFIED_AFTER = re.compile(r"\s+(?:was|were|has\s+been|had\s+been|is|are|will\s+be)\s+(?:formally\s+|also\s+)?"
                            r"(?:notified|informed|told|briefed)\b")


def _notified(f: Findings, s, side) -> bool:
    return side is not None and any(f.entity(m) is side and NOTIFIED_AFTER.match(f.text, m.end)
                                    for m in f.mentions_in(s.start, s.end, "Party"))


def _deal(f: Findings, s, earlier=(None, None)):
    """Read the deal of a clause; returns its (buyer, seller), which a later clause of the
    same sentence that names one of them shares ('signed a contract with BEL for X, and a
    Rs 62,700 crore contract with HAL for Y'; 'Saab received an order from France for X,
    and an order from the Czech Republic for Y')."""
    text = s.text
    items = _items(f, s)
    counted_back = None
    if not items:   # 'New Delhi had ordered 36 of the “ready to fly” planes': the jets named before
        counted_back = _items_named_before(f, s)
        if counted_back is not None:
            items = [(counted_back[0], None)]
    if not items and THESE_BOUGHT.match(text):   # ('These were acquired under a PHP10 billion deal')
        before = f.last_mention_before(s.start, "Weapon", within=1500)
        items = [(f.entity(before), None)] if before is not None and f.entity(before) is not None else []
    generic = None if items else _generic_item(s.text)   # 'a framework agreement ... for ammunition
    #                                                       deliveries': no system named
    moved = MOVED_GOODS.search(text) if not items and not generic and " from " in text else None
    if moved:   # ('nine million rounds of artillery and rocket launcher ammunition was shipped from X to Y')
        generic = (re.sub(r"\s+", " ", moved.group("item")), None, None)
    exported = None if items or generic else _exported_goods(f, s.text)
    generic = generic or exported
    phrase_item, inside = _sale_phrase_item(f, s)
    if phrase_item is not None and all(e is not phrase_item for e, _ in items):
        items = [(e, m) for e, m in items if m is None or m not in inside]
        items.insert(0, (phrase_item, None))
    buyer, seller = (None if _notified(f, s, side) else side for side in _sides(f, s))
    listed = DEAL_LISTED.match(text) if buyer is None else None
    if listed and listed.group(0).endswith("with") and getattr(seller, "kind", None) == "Country":
        buyer, seller = seller, None   # ('Sales successes included ..., an AW101 agreement with Poland worth
        #                                €380 million': the country a firm's listed deal is with buys)
    pair = _government_and_firm_signed(f, s) if (buyer is None or seller is None) and " and " in text \
        and SIGNING_WORD.search(text) else None
    if pair is not None and all(side is None or side in pair for side in (buyer, seller)):
        buyer, seller = pair   # (the government body buys from the firm it signed with)
    its = ITS_DEAL.search(text) if seller is None else None
    if its and not f.mentions_in(s.start, s.start + its.start(), "Party"):   # ('Sales successes included its
        seller = _firm_spoken_of(f, s)                  #  €300 million deal to supply ... to Italy': the firm's)
        seller = None if seller is buyer else seller
    buyer = _country_of_approver(f, buyer)
    whose = WHOSE_SYSTEM_MADE.search(text) if buyer is None else None
    found = agent(f, s.start + whose.start("who"), s.start + whose.end("who")) if whose else None
    if found is not None and found.kind in GOVERNMENT:   # ('has won the contract to produce the Air Force’s
        buyer = found                                    #  KC-46A aerial refueling aircraft')
    if seller is None and buyer is not None:
        seller = _lender(f, s, buyer)
    under = FOR_UNDER.search(text) if buyer is None else None
    if under:   # ('production of 200 Kamov military helicopters for India under a $1 billion deal')
        buyer = agent(f, s.start + under.start("who"), s.start + under.end("who"))
    if generic is not None and generic[2] is not None:   # ('an Iranian manufacturer selling drones
        verb, to = generic[2]                             #  to Russia': Iran to Russia)
        buyer = agent(f, s.start + to, s.end)
        before = f.mentions_in(max(s.start, s.start + verb - 45), s.start + verb, "Party")
        seller = (f.country(before[-1]) or f.entity(before[-1])) if before else seller
    if exported is not None and getattr(seller, "kind", None) == "Country":
        seller = None   # ('A United States jury found X guilty of exporting ... to India': who judges, not who sold)
    if exported is not None and (seller is None or seller is buyer):
        seller = _exporter(f, s) or (None if seller is buyer else seller)
    buyer, seller = _sanctioned_trade(f, s, buyer, seller)
    if buyer is None and getattr(seller, "kind", None) in SELLING_FIRMS and UNDER_THE_DEAL.match(text) \
            and _in_hand(f, s):
        _under_the_deal(f, s, deal_before(f, s.start), _consortium_of(f, s, seller) or seller, items, generic)
        return None
    signer = getattr(f, "awarder", None)
    if buyer is None and getattr(seller, "kind", None) in SELLING_FIRMS and signer is not None \
            and 0 < s.index - signer[1] <= SIGNER_REACH and CONTRACT_WORDS.search(text):
        buyer = signer[0]   # ('The MoD inked five contracts ... . A portion was dedicated to procuring X from HAL')
    if buyer is None and earlier[0] is not None and seller is not earlier[0]:
        buyer = earlier[0]
    if seller is None and earlier[1] is not None and buyer is not earlier[1]:
        seller = earlier[1]
    if buyer is None and (items or generic) and re.search(r"\bsale\b", text):
        buyer = _packages_before(f, s, within=12)[0]   # ('The US has approved two arms sales to India ...
        #                                    In a statement it said a $45.7m sale of X had been cleared')
    if _sums_each_for_an_item(f, s, buyer, seller):
        return buyer, seller
    money = _deal_money(text)
    ordered = buyer is not None and seller is not None and buyer is not seller \
        and buyer.kind not in SELLING_FIRMS and (ORDER_WORDS.search(text) or _contract_between(f, s) is not None)
    awarded = money and getattr(seller, "kind", None) in SELLING_FIRMS \
        and (AWARDED.search(text) or RECEIVED_CONTRACT.search(text) or AWARDED_TO.search(text)
             or FIRM_SIGNED.search(text))   # ('MBDA signed a parallel contract worth € 1 billion for ...')
    if buyer is None and seller is None and money is None and items and f.deals and A_DEAL_FOR.match(text) \
            and _told_just_before(f, s, back=2):   # ('Kuwait has become the seventh customer for the H225M. A contract
        told = deal_before(f, s.start)     #  for 30 H225M helicopters ... was signed on August 9'): that deal
        if any(e in f.objects(told, "gk:item") for e, _ in items):
            buyer, seller = (next(iter(f.objects(told, side)), None) for side in ("gk:buyer", "gk:seller"))
    if not items and not generic and buyer is None and money is not None and getattr(seller, "kind", None) in SELLING_FIRMS \
            and f.deals and DEAL_WITH.search(text) and _told_just_before(f, s, back=2):
        told = deal_before(f, s.start)   # ('... the Hangor class attack submarine that the Pakistan Navy ordered.
        if not f.objects(told, "gk:seller") and not f.objects(told, "gk:amount"):   # ... the progress made on a
            buyer = next(iter(f.objects(told, "gk:buyer")), None)                    # historic $5 billion defense
            items = [(e, None) for e in f.objects(told, "gk:item")]                  # deal with CSOC in 2015')
    if buyer is None and (items or generic) and getattr(f, "buyer_told", None) is not None \
            and s.index - f.buyer_told[1] == 1:
        buyer = f.buyer_told[0]   # ('The Peruvian Army has finalized several equipment contracts. Deals
        #                            were signed for the purchase of 488 anti-tank missiles')
    signers = _signing_pair(f, s) if buyer is None and seller is None else []
    firm_ordered = money and getattr(seller, "kind", None) in SELLING_FIRMS and ORDER_WORDS.search(text)
    if not items and not generic and not (money and (buyer or signers or firm_ordered)) and not ordered and not awarded:
        if getattr(buyer, "kind", None) in GOVERNMENT and seller is None and ORDER_WORDS.search(text):
            f.buyer_told = (buyer, s.index)
        if money is not None and buyer is None and seller is None and NEW_SUM.search(text):
            f.sum_told = (money, s.index)   # ('A share of the work on a new $401 million missile contract ...')
        if money is not None and buyer is None and seller is None and (
                THE_SUM_OF_IT.match(text) and _in_hand(f, s)   # ('The nearly €400 million tender constitutes the
                #                                                 biggest single defense contract in Estonian history')
                or f.deals and THE_DEAL_SUBJECT.match(text) and _told_just_before(f, s)):   # ('This procurement is
            add_sum(f, deal_before(f, s.start), money, s)   # part of the third phase of X, with a loan amounting to ...')
        return   # ('Saab has received an order from Latvia' is a deal before its item; so is
        #          'Remotec Inc. was awarded a $48,600,000 contract for the reset of ...')
    if buyer is None and seller is None and money is None and not (signers and items):
        told = deal_before(f, s.start) if items and f.deals and THE_DEAL_FOR.match(text) \
            and _told_just_before(f, s) else None
        if told is not None and all(e.kind == "MilitaryEquipment" for e in f.objects(told, "gk:item")):
            for entity, _ in items:   # ('Qatar will buy 28 military helicopters. The deal for the NH90
                f.add(told, "gk:item", entity, s)   # helicopters was announced by ...': what it named no system of)
        only = f.deals[0] if len(f.deals) == 1 and items and THE_DEAL.match(text) else None
        if only is not None and not f.objects(only, "gk:item"):   # ('The deal was sealed between Bahrain and
            _fill(f, only, s, None, None, items, None, None)      #  Lockheed ... “The agreement was signed ...
        return                                                    #  to purchase 16 F16 fighter planes')
    counted = any(m is not None and quantity_before(f.text[s.start:m.start]) is not None for _, m in items) \
        or (generic is not None and generic[1] is not None)   # 'procured seven training aircraft'
    if buyer is None and money is None and not counted and not re.search(
            r"\b(?:contract|deal|order|agreement|sale|donation)s?\b", text, re.I):
        return  # 'F-35 maker Lockheed Martin said deliveries continue': no deal in sight
    if buyer is not None and buyer is seller:
        other = _other_of_pair(f, s, buyer)   # ('India and USA announced two deals to purchase 30
        if other is not None:                 #  helicopters from the USA': India buys)
            buyer = other
        else:
            seller = None
    pair = _signing_pair(f, s) if seller is None and getattr(buyer, "kind", None) == "Country" else []
    if pair and buyer is _pair_buyer(f, s, pair) and not re.search(r"\bjoint(?:ly)?\b|\btogether\b", text):
        seller = _other_of_pair(f, s, buyer)   # ('Russia and Egypt have signed a $2 billion contract for
        #                                         Su-35 fighters ... of the Egyptian Air Force': Russia sells)
    if buyer is None and seller is not None and items and any(
            seller in f.objects(d, "gk:buyer") and items[0][0] in f.objects(d, "gk:item") for d in f.deals):
        buyer, seller = seller, None   # ('the contract with the Netherlands for the PULS', said by
        #                                 the seller's side of the Netherlands' PULS deal)
    dateline = DATELINE_PREFIX.match(text)
    dates = [d for d in DATE_RE.finditer(text) if not dateline or d.start() >= dateline.end()]
    dates = [d for d in dates if (re.search(r"(?:\bin|\bon|^|,|\b(?:received|signed|awarded)\s+(?:the\s+)?"
                                            r"(?:contracts?|orders?|deals?))\s*$", text[:d.start()], re.I)   # ('received contracts Aug. 23')
                                  or YEAR_OF_DEAL.match(text, d.start()))   # 'the 2017 contract'
             and not NOT_SIGNED_DATE.search(text[max(0, d.start() - 40):d.start()])]
    if generic is not None:
        generic = (f.new_entity("MilitaryEquipment", generic[0]), generic[1])
        items = [(generic[0], None)]
    per_item = _per_item_dates(text, items, dates, s.start) if len(items) > 1 else None
    if per_item and len(dates) >= len(items):
        for (entity, mention), date in zip(items, per_item):
            deal = _deal_for(f, buyer, entity, seller=seller, date=date)
            _fill(f, deal, s, buyer, seller, [(entity, mention)], None, date)
        return buyer, seller
    date = parse_date(dates[0].group(0)) if dates else _signed_today(f, text)
    several = not items and seller is None and SEVERAL_SIGNED.search(text)
    more = generic is not None and re.search(rf"\b(?:more|additional|further)\s+{re.escape(generic[0].label)}\b", text)
    earlier_buy = EARLIER_BOUGHT.search(text)   # ('The Philippines earlier acquired 16 Black Hawks from X')
    own = CUMULATIVE.search(text) or several or more or earlier_buy   # (a deal of its own, never one told before)
    continued = _continued_deal(f, s) if not own else None
    if continued is None and not earlier_buy and SIGNED_THE_DEAL.search(text) and f.deals and _told_just_before(f, s):
        continued = deal_before(f, s.start)   # ('Defense Secretary X signed the deal with Y, president of Z')
    if continued is not None and f.objects(continued, "gk:buyer"):
        buyer = None   # ('Under the deal, the Defense Department will buy ...': the buyer told already)
    deal = continued or (_new_deal(f) if own
                         else _deal_told_before(f, s, buyer, items, seller)
                         or _deal_for(f, buyer, items[0][0] if items else None, seller=seller, money=money, date=date,
                                      count=_count_of_first(f, s, items)))
    if several:   # ('The Ministry signed four contracts worth Rs 12,000 crore': all of them together, which
        f.several_contracts.add(id(deal))   # none of the contracts told next is)
    # ('a credit for Seychelles to acquire more aircraft': other aircraft than the one just given)
    named = _named_of_kind(f, deal, generic[0]) if generic is not None and not more else None
    if named is not None:   # ('The country will buy 44 tanks': the Leopard 2A8s just spoken of)
        items, generic = [(named, None)], (named, generic[1])
    _fill(f, deal, s, buyer, seller, items, money, date)
    if money is None and f.sum_told is not None and 0 < s.index - f.sum_told[1] <= 2 and UNDER_CONTRACT.search(text):
        add_sum(f, deal, f.sum_told[0], f.doc.sentences[f.sum_told[1]])   # ('... a new $401 million missile
        f.sum_told = None   # contract ... Raytheon will produce 131 Tomahawk missiles under the contract')
    for country in signers:   # ('India and France signed a deal for 26 Rafale Marine jets': both
        f.add(deal, "gk:party", country, s)   # sign, the sentence does not say who buys)
    if deal.subclass is None and DONATED.search(text):
        deal.subclass = "AidPackage"   # (given, not sold: 'the United States donated 23 vehicles to')
    if counted_back is not None and counted_back[1] is not None:
        _counted(f, deal, counted_back[0], counted_back[1], s)
    if generic is not None and generic[1] is not None and items and items[0][0] is generic[0]:
        _counted(f, deal, generic[0], generic[1], s)   # 'for 360 armoured vehicles'
    at = text.find(phrase_item.label) if phrase_item is not None and items and items[0][0] is phrase_item \
        and KIND_AT_END.search(phrase_item.label) else -1
    count = quantity_before(ORIGINS_BEFORE.sub(" ", text[:at])) if at > 0 and not f.objects(deal, "gk:quantity") \
        else None
    if count is not None:   # ('the purchase of 488 Israeli and Russian anti-tank missiles')
        _counted(f, deal, phrase_item, count, s)
    return buyer, seller


# 'Larsen & Toubro Limited secured two contracts worth Rs 7,668.82 crore for CIWS and Rs 5,700.13 crore
# for HPR': a sum for each thing, each its own contract
FIRST_FOR = re.compile(r"\s+for\s+(?:the\s+)?(?P<item>[^,;]{1,40}?),?\s+and\s+$")
SECOND_FOR = re.compile(r"\s+for\s+(?:the\s+)?(?P<item>[^.;,]{1,40}?)(?=[.;,]|$)")


# Whom the goods are for, under a deal: 'helicopters for India under a $1 billion deal'
FOR_UNDER = re.compile(r"\s+for\s+(?:the\s+)?(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+under\s+(?:an?|the)\s+"
                       r"[^.;]{0,40}?\b(?:deal|contract|agreement)\b")


# A defence credit is lent to buy from the lender's country: 'New Delhi has availed a $100 million
# credit facility for Seychelles to acquire more aircraft', 'a $500 million line of credit to Vietnam'
CREDIT = re.compile(r"\b(?:lines?\s+of\s+credit|credit\s+(?:lines?|facility|facilities)|LoC)\b")


def _lender(f: Findings, s, buyer):
    """The country that lends a buyer the credit it buys with, named before the credit."""
    m = CREDIT.search(s.text)
    if m is None:
        return None
    lenders = [c for c in map(f.country, f.mentions_in(s.start, s.start + m.start(), "Country", "Demonym", "City"))
               if c is not None and c is not buyer]
    return lenders[-1] if lenders else None


def _sums_each_for_an_item(f: Findings, s, buyer, seller) -> bool:
    if (buyer is None and seller is None) or not MONEY_HINT.search(s.text):
        return False   # (the money pattern is slow to fail on a long sentence)
    sums = list(MONEY_RE.finditer(s.text))
    if len(sums) != 2:
        return False
    first = FIRST_FOR.fullmatch(s.text, sums[0].end(), sums[1].start())
    second = SECOND_FOR.match(s.text, sums[1].end())
    if first is None or second is None:
        return False
    for m, item in ((sums[0], first), (sums[1], second)):
        named = f.mentions_in(s.start + item.start("item"), s.start + item.end("item"), "Weapon")
        entity = f.entity(named[0]) if named else f.new_entity("MilitaryEquipment", item.group("item"))
        money = parse_money(m.group(0))
        deal = _deal_for(f, buyer, entity, seller=seller, money=money)
        _fill(f, deal, s, buyer, seller, [(entity, named[0] if named else None)], money, None)
    return True


# A deal the sentence before told, now naming its item: 'The deal for the NH90 helicopters was ...'
THE_DEAL_FOR = re.compile(r"(?:The|This|That)\s+(?:deal|contract|order|purchase|agreement)\s+(?:for|covers|covering)\s+")


DEAL_WITH = re.compile(r"\b(?:deal|contract|agreement|order)\s+with\s+(?:the\s+)?(?=[A-Z])")


A_DEAL_FOR = re.compile(r"(?:A|An|The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:deal|contract|order|agreement)\s+"
                        r"(?:for|covering)\s+")


# The article's one deal, spoken of again: 'The agreement was signed ...'
THE_DEAL = re.compile(r"[“\"]?(?:The|This|That)\s+(?:deal|contract|agreement)\b")


def _speaks_of_a_deal(f: Findings, part) -> bool:
    """Whether a sentence or clause is one the deal rules read: words of trade, goods that
    arrived, or the deal told before ('Under this award ...', 'The nearly €400 million tender ...')."""
    return _trade(f, part.text) or _goods_arrived(f, part) or UNDER_THE_DEAL.match(part.text) is not None \
        or THE_SUM_OF_IT.match(part.text) is not None


def _in_hand(f: Findings, s, back: int = 2) -> bool:
    """Whether a deal the sentence can go on with is in hand: one told in the last few sentences,
    or the article's only one."""
    return bool(f.deals) and (_told_just_before(f, s, back=back) or len(f.deals) == 1)


def _told_just_before(f: Findings, s, back: int = 1) -> bool:
    """Whether a deal was spoken of in the sentence before this one (or in one of the last few)."""
    before = f.doc.sentences[max(0, s.index - back):s.index]
    deals = {id(d) for d in f.deals}
    return bool(before) and any(id(c.subject) in deals and before[0].start <= c.start < before[-1].end
                                for c in f.claims)


# A contract by another name: 'a four-year framework agreement with the NDLO for ammunition'
ORDER_WORDS = re.compile(r"\b(?:orders?|contracts?|(?:framework|supply|procurement|purchase|sales?)\s+"
                         r"agreements?)\b")
# What a contract is for when the text names no system: a kind of materiel in the plural or a
# mass noun ('for ammunition deliveries', 'for the supply of 155mm artillery shells')
_KIND_NOUNS = (r"(?:ammunitions?|munitions|small arms|shells|rounds|missiles|rockets|drones|vehicles|trucks|tanks|"
               r"howitzers|helicopters|choppers|aircraft|jets|fighters|trainers|tankers|warships|ships|vessels|corvettes|destroyers|"
               r"frigates|submarines|boats|radars|rifles|guns|mortars|spare parts|uniforms|"
               r"launchers|planes|interceptors|(?:armou?red\s+)?personnel\s+carriers|APCs|bombs|torpedoes|grenades|cannons|microelectronics|"
               r"sensors|satellites|simulators|(?:weapons?|missile|rocket|radar|air[- ]defen[cs]e|artillery|drone|"
               r"(?:anti|counter)-drone)\s+systems|"
               r"body armou?r|night-vision goggles|components|engines|(?:[a-z-]+\s+)?equipment|electronic\s+parts)")
KIND_AT_END = re.compile(rf"\b{_KIND_NOUNS}$")
# One piece of a kind, after 'a': 'an order for a 155 mm artillery gun platform'
_ONE_KIND = (r"(?:gun platform|gun system|artillery system|missile system|air defen[cs]e system|howitzer|radar|"
             r"coastal battery(?: system)?|"
             r"frigate|corvette|submarine|patrol vessel|warship)")
GENERIC_ITEM = re.compile(
    # (not 'for the five vessels' named before; and 'an agreement to import attack submarines')
    r"\b(?:orders?|contracts?|agreements?|deals?|MoUs?|projects?(?=\s+for\s+(?:the\s+)?(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\s))\b(?:[^.;]|\.\d){0,100}?\b(?:for(?:\s+(?:its|their))?|to\s+(?:import|buy|purchase|acquire|"
    # ('a contract ... to provide spare parts'; not '... to deliver four frigates to Brazil's navy', read below
    # with whom it goes to)
    r"procure|build|(?:provide|supply|deliver)(?![^.;]{0,60}?\s+to\s+(?:the\s+)?[A-Z])))\s+"
    # ('an agreement with Nammo that paves the way for a significant increase in the production of artillery ammunition')
    r"(?:(?:an?\s+)?(?:[a-z-]+\s+)?(?:increase|expansion|ramp-up|boost)\s+in\s+)?"
    r"(?:(?:the\s+)?(?:(?:design|construction|supply|delivery|production)\s+and\s+)?(?:supply|delivery|deliveries|"
    r"purchase|procurement|production|manufactur\w*|construction|acquisition)\s+of\s+(?:the\s+)?)?"   # ('for the
    rf"(?:(?:up\s+to|at\s+least|as\s+many\s+as)\s+(?=(?:{COUNT_RE})\s))?"   # ('to purchase up to four frigates')
    rf"(?:(?P<count>{COUNT_RE})\s+|an?\s+(?=(?:[\w-]+\s+|\([A-Za-z]{{1,5}}\)\s+){{0,3}}?{_ONE_KIND}\b))?"
    r"(?:more\s+|additional\s+|new\s+)?"
    # ('an export order for a 155-millimetre (mm) artillery gun platform')
    # (not 'plans for exporting armored vehicles': what is done with them, not what they are)
    r"(?:(?:export|import|buy|purchas|acquir|suppl|deliver|sell|produc|manufactur|build|procur|develop|"
    r"upgrad|mak)ing\s+)?"
    rf"(?P<item>(?:[\w-]+\s+|\([A-Za-z]{{1,5}}\)\s+){{0,3}}?(?:{_KIND_NOUNS}|{_ONE_KIND}))\b"
    # 'Kenya bought 12 armoured vehicles from Turkey', 'the newly procured seven training aircraft'
    r"|(?<!on )(?<!for )(?<!about )(?<!of )"   # (not 'the third vote on buying fighter jets')
    r"\b(?:bought|buys?|buying|purchased|purchases?|purchasing|procured|procures?|procuring|ordered|"
    r"orders|acquired|acquires?|acquiring|(?:took|taken|takes|taking)\s+(?:possession|delivery)\s+of|"
    # ('The Kenya Defence Forces has received six modernized attack helicopters')
    r"(?:has|have|had)\s+received|received(?=\s+(?:[\w-]+\s+){1,4}(?:from|under|as\s+part)\b))\s+(?:an?\s+)?"
    r"(?:total\s+of\s+)?"   # ('Egypt ordered a total of four ships from Germany')
    # ('took possession of the first of two corvette-class warships')
    r"(?:the\s+(?:first|second|third|last)\s+of\s+)?"
    r"(?:(?:over|more\s+than|about|some|nearly|around|up\s+to|at\s+least)\s+(?=\d))?"   # ('acquire over 70 training aircraft')
    rf"(?:(?P<count2>{COUNT_RE})\s+)?(?:more\s+|additional\s+|new\s+|used\s+|second-hand\s+)?"
    r"(?:made-in-[A-Z][\w-]*\s+)?"   # ('buying 30,000 made-in-Canada assault rifles')
    rf"(?P<item2>(?:[a-z-]+\s+){{0,3}}?{_KIND_NOUNS})\b"
    # 'are accused of shipping UAV production and testing equipment to Iran'
    # ('chosen to supply nearly 95,000 assault rifles to the Indian Army'; not 'help supply drone
    # engines to Russia', what sanctioned firms do)
    r"|(?:(?:(?<=\bto )|(?<=\bwill )|(?<=\bwould ))(?:supply|deliver|export|sell)"
    r"|\b(?:supplied|supplying|supplies|shipped|shipping|ship|send|sends|sent|sending|delivered|"
    r"delivering|exported|exporting|sold|selling|donated|donating|gifted))\s+"
    rf"(?:(?:nearly|about|around|some|over|more than|up to|almost)\s+)?(?:(?P<count3>{COUNT_RE})\s+)?(?P<item3>(?:[\w-]+\s+){{0,4}}?{_KIND_NOUNS})\s+to\s+(?:the\s+)?(?=[A-Z])"
    # 'would build five frigates for the navy for €4.3 billion'
    r"|\b(?:build|builds)\s+"
    rf"(?:(?P<count4>{COUNT_RE})\s+)?(?:new\s+)?(?P<item4>(?:[a-z-]+\s+){{0,2}}?{_KIND_NOUNS})\s+for\s+"
    # 'will provide the Norwegian Armed Forces with missiles for its F-35s'
    r"|\b(?:supply|supplies|supplied|supplying|provide|provides|provided|providing|furnish\w*)\s+"
    r"(?P<whom5>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}"
    r"(?:\s+(?:army|navy|air\s+force|military|armed\s+forces|forces|troops|coast\s+guard))?)"   # ('the Russian army')
    r"(?:\s+\([A-Z]{2,8}\))?\s+with\s+"
    rf"(?:(?P<count5>{COUNT_RE})\s+)?(?:new\s+)?(?P<item5>(?:[a-z-]+\s+){{0,2}}?{_KIND_NOUNS})\b"
    # 'will spend P2.5 billion for the ammunition of the two frigates': a sum set aside to buy a kind of thing
    r"|\b(?:spend|spends|spent|spending|allocated|earmarked)\s+(?:about\s+|around\s+|some\s+)?\S{0,4}\d\S*"
    r"(?:\s+(?:million|billion|crore|bn|m))?\s+(?:for|on)\s+(?:the\s+)?(?:purchase\s+of\s+|acquisition\s+of\s+)?"
    rf"(?:(?P<count6>{COUNT_RE})\s+)?(?:new\s+)?(?P<item6>(?:[a-z-]+\s+){{0,2}}?{_KIND_NOUNS})\b"
    # 'Italy, Greece, Norway and Poland all announced new donations of artillery systems'
    r"|\bdonations?\s+of\s+"
    rf"(?:(?P<count7>{COUNT_RE})\s+)?(?:new\s+|more\s+)?(?P<item7>(?:[a-z-]+\s+){{0,2}}?{_KIND_NOUNS})\b")


MADE_IN_PREFIX = re.compile(r"^[A-Z][a-z]+-(?:made|built|designed|developed)\s+")


def _generic_item(text: str) -> tuple[str, int | None, tuple | None] | None:
    """The kind of materiel a contract is for, its count, and the span from the verb of trade to
    the 'to' of whom it went to, or to whom it provides with it (when the text says so), when no
    named system is in the sentence: the deal's item of its own (gk:MilitaryEquipment)."""
    m = GENERIC_ITEM.search(text)
    if m is None:
        return None
    if re.search(r"\boptions?\s+(?:for|on|to\s+buy)\b", m.group(0)):
        return None   # ('includes an option for 60 additional tanks': not bought)
    item, count = next((m.group(g), m.group(c)) for g, c in (("item", "count"), ("item2", "count2"),
                                                             ("item3", "count3"), ("item4", "count4"),
                                                             ("item5", "count5"), ("item6", "count6"),
                                                             ("item7", "count7"))
                        if m.group(g))
    item = MADE_IN_PREFIX.sub("", item)   # ('to import Chinese-made attack submarines')
    if re.search(r"[a-z]", item) is None or re.search(r"[A-Z](?=[a-z])", item) or re.match(rf"(?:the|a|an|these|those|such|its|their|and|or|to|of|{COUNT_RE}(?!\s*mm\b)|"
                                              r"hundred|thousand|million|billion)\s", item):
        return None   # ('for 12 Rafale jets': a named system; 'for the five vessels': named
        #              before; '15 million rounds of 9mm ammunition': no count of the item)
    whom = m.span() if m.group("item3") else (m.start(), m.start("whom5")) if m.group("item5") else None
    carried = CARRYING.match(item)
    if carried:   # ('6,700 containers carrying millions of munitions': the munitions, not their containers)
        inner = carried.group("count")
        return carried.group("item"), parse_count(inner) if inner and re.match(COUNT_RE + "$", inner) else None, whom
    return item, parse_count(count) if count else None, whom


# What is carried in a count of containers, trains or shipments
CARRYING = re.compile(rf"(?:containers?|shipments?|wagons?|trainloads?|cargoes|consignments?)\s+(?:carrying|containing|"
                      rf"loaded\s+with|full\s+of|with)\s+(?:(?:more\s+than|over|about|some|at\s+least)\s+)?"
                      rf"(?:(?P<count>{COUNT_RE}|millions|thousands|hundreds)\s+(?:of\s+)?)?(?P<item>[a-z][\w -]*)$")


# In a text about export controls, whatever was exported or smuggled is the item, weapon or not
# ('exported a total of 23,000 solder glass pre-forms to a subsidiary of ...', 'conspiring to
# smuggle fighter-jet parts to Iran', 'exported more than 7,000 fluorocarbon rubber O-rings')
EXPORT_CONTROL = re.compile(r"\b(?:smuggl\w*|Arms Export Control Act|Munitions List|export controls?|Export "
                            r"Administration Regulations|Emergency Economic Powers Act|without (?:a|an export|the "
                            r"required|such a) licen[cs]e|unlicen[cs]ed|illegal(?:ly)? export\w*|unlawful export\w*)", re.I)
EXPORTED_GOODS = re.compile(
    r"\b(?:exported|exporting|smuggled|smuggling|shipped|shipping|re-exported|sold|selling|"
    r"(?<=to )(?:export|smuggle|ship|sell))"
    r"\s+(?:(?:and|or)\s+(?:exported|shipped|sold|smuggled)\s+)?(?:a\s+total\s+of\s+)?"
    r"(?:(?:a\s+)?(?:large\s+|small\s+)?(?:quantity|quantities|number|amount|consignment|shipment)s?\s+of\s+)?"
    r"(?:(?:more\s+than|over|nearly|about|some|at\s+least)\s+)?"
    r"(?:(?:US)?\$[\d.,]+\s*(?:million|billion)?\s+worth\s+of\s+)?"
    rf"(?:(?P<count>{COUNT_RE})\s+)?(?:(?:the|an?)\s+(?=(?:[a-z][\w-]*\s+){{0,3}}?(?:system|equipment|device|"
    r"radar|sonar|engine|drone|aircraft|helicopter|vessel|boat|launcher|rifle|missile)\b))?"
    r"(?P<item>(?:[a-z][\w-]*\s+){0,3}?(?:[\w-]*[a-z]s|system|equipment|device|radar|sonar|engine|drone|aircraft|"
    r"helicopter|vessel|boat|launcher|rifle|missile)\b)"
    r"(?:\s+and\s+other\s+(?:[a-z-]+\s+){0,2}?(?:items|goods|articles|equipment|parts)"
    r"|\s+and\s+(?:an?\s+|the\s+)?[a-z][^,.;]{1,40}?(?=\s+to\s))?"
    r"(?P<to>\s+to\s+)?(?=(?<=\sto\s)\S|[,.;]|\s+(?:which|that|in|on|from|through|via|without|for)\b)")


NOT_GOODS = re.compile(r"\b(?:controls|efforts|networks?|operations|routes?|rings?|charges|activit(?:y|ies)|"
                       r"violations|schemes?|laws|regulations|licen[cs]es|permits|restrictions|bans|cases|business|"
                       r"markets?|revenues?|volumes?|figures|data)$")


def _exported_goods(f: Findings, text: str) -> tuple[str, int | None, tuple | None] | None:
    """What an export-control case says was exported, its count and the span up to the 'to' of
    whom it went to (as _generic_item gives them)."""
    if not f.export_case:
        return None
    m = EXPORTED_GOODS.search(text)
    if m is None or re.match(r"(?:the|a|an|of|these|those|its|their|his|her|them|it|items|goods)\b", m.group("item")) \
            or NOT_GOODS.search(m.group("item")):
        return None   # (not 'smuggling efforts', 'export controls')
    whom = (m.start(), m.end("to")) if m.group("to") else None
    return m.group("item"), parse_count(m.group("count")) if m.group("count") else None, whom


# Between an exporter's name and the verb: 'Nayirian exported', 'X, 52, allegedly shipped'
EXPORTER_GAP = re.compile(r"(?:,[^,;]{1,40},)?\s+(?:(?:allegedly|knowingly|wilfully|willfully|illegally|unlawfully|"
                          r"also|then|later|had|has|have)\s+)*"
                          # ('Beijing Starcreates engages in the business of importing and selling ...')
                          r"(?:(?:engages?|engaged)\s+in\s+the\s+business\s+of\s+(?:[a-z]+ing\s+and\s+)?)?$")


def _exporter(f: Findings, s):
    """The person or firm that exported the goods of an export-control case, named as the verb's
    subject; a person may be a smuggler's side of the trade (gk:seller)."""
    m = EXPORTED_GOODS.search(s.text)
    if m is None:
        return None
    verb = s.start + m.start()
    subject = [x for x in f.mentions_in(max(s.start, verb - 80), verb, "Person", "Org") if x.kind != "Country"]
    if not subject or not EXPORTER_GAP.fullmatch(f.text, subject[-1].end, verb):
        return None
    return f.entity(subject[-1])


AIRCRAFT_KINDS = {"Aircraft", "FighterAircraft", "TransportAircraft", "UnmannedAircraft", "WeaponSystem"}
# 'ordered 36 of the “ready to fly” planes', 'bought more of these jets': a kind of weapon named
# by a plural noun after a purchase, which speaks of a system the article named before
BOUGHT_BACK = re.compile(
    rf"\b(?:ordered|bought|purchased|acquired|procured|buy|order|purchase|acquire|sell|sold|supply|supplied|"
    rf"export|exported)\s+"   # ('signed an agreement to export those drones to Kazakhstan')
    rf"(?:(?:(?P<n>{COUNT_RE})\s+(?:more\s+|additional\s+)?(?:of\s+)?|more\s+of\s+)(?:the|these|those)|these|those)\s+"
    rf"(?:[“\"][^”\"]{{1,30}}[”\"]\s+)?(?P<noun>planes|jets|aircraft|fighters|"
    rf"helicopters|choppers|missiles|tanks|ships|frigates|submarines|drones|howitzers|vehicles)\b", re.I)
NOUN_KINDS = {"planes": AIRCRAFT_KINDS, "jets": AIRCRAFT_KINDS, "aircraft": AIRCRAFT_KINDS,
              "fighters": AIRCRAFT_KINDS, "helicopters": {"Helicopter"}, "choppers": {"Helicopter"},
              "missiles": {"Missile", "CruiseMissile", "AirDefenceSystem"}, "tanks": {"Tank"},
              "ships": {"Ship"}, "frigates": {"Ship"}, "warships": {"Ship"}, "corvettes": {"Ship"},
              "submarines": {"Submarine"},
              "drones": {"UnmannedAircraft"}, "howitzers": {"Artillery"},
              "vehicles": {"ArmouredVehicle", "Tank"}}


def _items_named_before(f: Findings, s):
    """(system, count) of a purchase that names its item by a plural noun only."""
    m = BOUGHT_BACK.search(s.text)
    if m is None:
        return None
    kinds = NOUN_KINDS[m.group("noun").lower()]
    for earlier in reversed(f.mentions_in(max(0, s.start - 2000), s.start, "Weapon")):
        entity = f.entity(earlier)
        if entity is not None and entity.kind in kinds:
            return entity, parse_count(m.group("n")) if m.group("n") else None
    return None


YEAR_OF_DEAL = re.compile(r"(?:19|20)\d\d\s+(?:contract|deal|order|agreement)\b")
# A date the text ties to something other than the deal's making: 'expected in 2026',
# 'cancelled in April 2025', 'due by 2028'
NOT_SIGNED_DATE = re.compile(r"\b(?:expected|due|scheduled|planned|slated|set|cancell?ed|scrapped|"
                             r"terminated|suspended|until|through|retired|decommissioned|eased|lifted|"
                             r"relaxed|removed|imposed|introduced|adopted|enacted|founded|established|created|formed|"
                             # (when something else happened: 'arrived in Qatar on June 5', 'told the Post on July 15')
                             r"incorporated|arrived|arrives|arrive|landed|told|said|says|stated|approval|approved|cleared)\b"
                             r"(?:\s+\w+){0,3}\s+(?:in|on|by)\s*$", re.I)


DATELINE_PREFIX = re.compile(r"^(?:[A-Z][\w .,]{1,40}?,\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                             r"(?:,\s+\d{4})?(?:\s+\([^)]*\))?\s*(?::|-{1,3}|—|–)\s")   # ('Feb 2nd, 2026 –')


def _per_item_dates(text, items, dates, offset=0):
    """'delivery of Su-35 aircraft in 2017 and S-400 equipment in 2018': a date after each item."""
    out = []
    for entity, mention in items:
        if mention is None:
            return None
        after = [d for d in dates if d.start() > mention.start - offset]
        if not after:
            return None
        out.append(parse_date(after[0].group(0)))
    return out if len(set(out)) == len(out) else None


def _deal_for(f: Findings, buyer, item, *, seller=None, money=None, date=None, count=None) -> Event:
    """The deal this sentence speaks of: an earlier one with the same buyer and item, or new.

    Not one whose seller, value or signing date differ from this sentence's: 'the 2022
    framework' and 'the March contract' for the same tanks are two deals; nor an order shared by
    several buyers that counts the item otherwise ('131 Tomahawk missiles ... 11 for Australia
    and 78 for Japan ... Australia intends to acquire 200 Tomahawks')."""
    for deal in f.deals:
        if _conflicts(f, deal, seller, money, date) or id(deal) in f.several_contracts:
            continue
        buyers = f.objects(deal, "gk:buyer")
        items = f.objects(deal, "gk:item")
        buyer_known = any(_same_side(f, buyer, b) for b in buyers)
        counts = {int(q.value) for q in f.objects(deal, "gk:quantity")}
        if count is not None and buyer is not None and counts and count not in counts and id(deal) in f.shared_deals:
            continue   # (an order shared by several buyers, counted otherwise, is another deal)
        same_buyer = buyer is None or not buyers or buyer_known
        same_item = item is None or not items or item in items or \
            any(item in f.objects(i, "gk:about") for i in items) or _named_of_kind(f, deal, item) is not None
        if same_buyer and same_item and (buyers or items) and (buyer_known or item in items):
            return deal
        if money is not None and Lit(money[0], "decimal") in f.objects(deal, "gk:amount") and (
                seller is not None and seller in f.objects(deal, "gk:seller")
                or (buyer is None or not buyers or buyer_known)
                and (item is None or not items or item in items or _kinds_only(item, items))):
            return deal   # the same award quoted again: same seller, or no other buyer and no two systems
            #               named ('to buy new army rifles' and 'buying 30,000 assault rifles', both $307
            #               million; a headline's '$1.7bn deal for Ghost Sharks' and the body's '$1.7 billion
            #               contract with the Royal Australian Navy')
    return _new_deal(f)


def _count_of_first(f: Findings, s, items: list) -> int | None:
    """The count a sentence gives its first item, if it names it ('200 Tomahawks')."""
    mention = items[0][1] if items else None
    return quantity_before(f.text[s.start:mention.start]) if mention is not None and mention.start >= s.start else None


def _kinds_only(item, items: list) -> bool:
    """Whether an item and a deal's items name kinds of materiel only, no system by its name."""
    return all(i is None or i.kind == "MilitaryEquipment" for i in [item, *items])


def _new_deal(f: Findings) -> Event:
    deal = f.event("Deal")
    f.deals.append(deal)
    return deal


# What a buyer got over years is a total of its own, never one deal told before ('Kenya has
# received $400 million in military equipment ... over the last 10 years')
# A purchase before the one the text tells: 'The Philippines earlier acquired 16 Black Hawks'
EARLIER_BOUGHT = re.compile(r"\b(?:earlier|previously)\s+(?:acquired|bought|purchased|ordered|received|signed)\b")
# The deal just told, signed by the people named: 'X signed the deal with Y'
SIGNED_THE_DEAL = re.compile(r"\b(?:signed|inked)\s+the\s+(?:deal|contract|agreement)\s+with\b")
CUMULATIVE = re.compile(r"\b(?:over|in|during)\s+the\s+(?:last|past)\s+(?:\w+\s+)?(?:years|decades)\b"
                        # ('Since 2022 alone, the Government of Canada has finalized the procurement of ...')
                        r"|^[Ss]ince\s+(?:19|20)\d\d(?:\s+alone)?,"
                        # ('From January 1, 2022, to March 20, 2023, Germany provided Ukraine with ...')
                        r"|\b[Ff]rom\s+(?:[A-Z][a-z]+\s+\d{1,2},?\s+)?(?:19|20)\d\d,?\s+(?:to|until|through)\b")


NAMED_AGREEMENT = re.compile(r"(?!(?:new|same|latest|current)\s+\S*$)\S")   # ('the 2014 agreement', not 'the new contract')


THE_DEAL_SUBJECT = re.compile(r"(?:The|This)\s+(?:new\s+)?(?:contract|deal|agreement|order|procurement|purchase|acquisition)"
                              r"(?:,|\s+(?:is|was|will|includes?|"   # ('This procurement is part of ..., with a loan of X')
                              r"included|covers?|also|has|had|provides?|provided)\b)")


# '... will be responsible for building 10 additional Virginia-class submarines as part of the agreement'
PART_OF_THE_DEAL = re.compile(r"\bas\s+part\s+of\s+(?:the|this|that)\s+(?:agreement|deal|contract|order)\s*[.;]?$")


def _continued_deal(f: Findings, s):
    """'The Pentagon awarded Anduril a contract worth $250 million ... Under the deal, the Defense
    Department will buy 500 Roadrunner rounds': a sentence that opens under the deal just told goes
    on with it."""
    if f.deals and (THE_DEAL_SUBJECT.match(s.text) or PART_OF_THE_DEAL.search(s.text)) and _told_just_before(f, s, back=2):
        return deal_before(f, s.start)   # ('The contract, which X said was worth 1.8 billion kroner, will
        #                                   also include ...': the deal just told)
    under = UNDER_THE_DEAL.match(s.text) if f.deals else None
    if under is None or NAMED_AGREEMENT.match(under.group("named")) \
            or not _in_hand(f, s, back=5 if under.group("named") else 2):
        return None   # (not 'Under the 2014 agreement, X will supply ...', an agreement the sentence names;
    #                    'the new contract' is the one the article is about, told a few sentences before;
    #                    and the article's only deal is the one 'this award' means)
    return deal_before(f, s.start)


def _deal_told_before(f: Findings, s, buyer, items, seller):
    """'Israel and the Netherlands signed a $305 million deal. Israel's Elbit Systems will supply
    20 PULS systems': a sentence that names what is sold but no buyer goes on with the deal of
    the sentence right before it, when that one named no item yet."""
    if buyer is not None or not items or not f.deals:
        return None
    deal = f.deals[-1]
    if not _only_kinds_of(f, deal, items[0][0]) or _conflicts(f, deal, seller, None, None):
        return None
    before = [x for x in f.doc.sentences if x.end <= s.start]
    if not before or not any(c.subject is deal and c.start >= before[-1].start for c in f.claims):
        return None
    return deal


def _kind_of(item, items) -> bool:
    """Whether an item named by a plural noun only ('will buy 44 tanks') is of the kind of a
    system the deal already names (the Leopard 2A8 tanks the sentence before spoke of)."""
    noun = item.label.split()[-1].lower() if item.kind == "MilitaryEquipment" else None
    return noun in NOUN_KINDS and any(i.kind in NOUN_KINDS[noun] for i in items)


def _named_of_kind(f: Findings, deal, item):
    """The one system a deal names that an item named by its kind only stands for, if one."""
    named = [i for i in f.objects(deal, "gk:item") if i is not item and _kind_of(item, [i])]
    return named[0] if len(named) == 1 else None


def _only_kinds_of(f: Findings, deal, system) -> bool:
    """Whether a deal names no item yet, or only a kind of materiel that the system is one of
    ('took possession of the first of two corvette-class warships. The arrival of the BRP Miguel
    Malvar is part of a two-ship deal')."""
    for item in f.objects(deal, "gk:item"):
        noun = item.label.split()[-1].lower() if item.kind == "MilitaryEquipment" else None
        if noun not in NOUN_KINDS or system.kind not in NOUN_KINDS[noun] | {"WeaponSystem"}:
            return False
    return True


def _same_side(f: Findings, a, b) -> bool:
    """A country and its own branch or ministry buy as one ('delivered to the Hungarian Air
    Force' and 'the first C-390 delivered to Hungary' are one deal)."""
    if a is b:
        return True
    if a is None or b is None or (a.kind == "Country") == (b.kind == "Country"):
        return False
    country, body = (a, b) if a.kind == "Country" else (b, a)
    return body.attrs.get("country") == country.key or country in f.objects(body, "gk:country")


def _same_firm(a, b) -> bool:
    """A firm and its arm named by its name and more ('Nammo' and 'Nammo Sweden AB') sell as one."""
    return a is b or a.kind == b.kind == "Company" and (a.label.startswith(b.label + " ")
                                                          or b.label.startswith(a.label + " "))


# 'Today, the BAAINBw and Damen Naval signed the contract': the day of the article itself
TODAY = re.compile(r"^Today,\s|\b(?:signed|inked|awarded|ordered|placed)\b[^.;]{0,60}?\btoday\b")


def _signed_today(f: Findings, text: str):
    """The dateline's day, for a deal signed 'today' in an article whose dateline gives a full date."""
    return dateline_date(f) if TODAY.search(text) else None


def _conflicts(f: Findings, deal, seller, money, date) -> bool:
    sellers, amounts = f.objects(deal, "gk:seller"), f.objects(deal, "gk:amount")
    dates = f.objects(deal, "gk:signedDate")
    return bool((seller is not None and sellers and not any(_same_firm(seller, x) for x in sellers))
                or (money is not None and amounts and Lit(money[0], "decimal") not in amounts)
                or (date is not None and dates and date not in dates))


# A system handed to an armed service, which then operates it
HANDED_OVER = re.compile(r"\b(?:deliver\w*|handed\s+over|handover|hand\s+over|inducted|commissioned|received|"
                         r"receives|took\s+delivery|takes\s+delivery|taken\s+delivery)\b", re.I)


def _fill(f: Findings, deal, s, buyer, seller, items, money, date) -> None:
    if seller is not None and seller in f.objects(deal, "gk:buyer"):
        seller = None   # ('a contract with the Netherlands', said by the seller's man: the buyer)
    if buyer is not None and buyer in f.objects(deal, "gk:seller"):
        buyer = None
    if buyer is not None:
        f.add(deal, "gk:buyer", buyer, s)
        for other in _co_buyers(f, s, buyer):
            f.add(deal, "gk:buyer", other, s)
    for customer in foreign_customers(f, s):
        if customer is not seller:
            f.add(deal, "gk:buyer", customer, s)
    makers = [(entity, maker_naming(f, s, mention)) for entity, mention in items if mention is not None]
    if seller is None and not f.objects(deal, "gk:seller"):   # 'its first Airbus Military A400M'
        seller = next((maker for _, maker in makers if maker is not None and maker is not buyer), None)
    if seller is None and buyer is not None and not f.objects(deal, "gk:seller"):
        seller = next((c for _, mention in items if mention is not None   # ('ordered 42 French Rafale jets')
                       for c in [_origin_naming(f, s, mention)] if c is not None and not _home_of(f, buyer, c)), None)
    for entity, maker in makers:
        if maker is not None:
            f.add(entity, "gk:manufacturer", maker, s)
    consortium = _consortium_of(f, s, seller) if seller is not None else None
    if consortium is not None:
        f.add(deal, "gk:seller", consortium, s)
    elif seller is not None:
        f.add(deal, "gk:seller", seller, s)
        for other in _co_sellers(f, s, seller):
            f.add(deal, "gk:seller", other, s)
    for entity, mention in items:
        f.add(deal, "gk:item", entity, s)
        if mention is not None:
            count = None if DEALS_COUNTED.match(f.text, mention.end, s.end) \
                else quantity_before(f.text[s.start:_maker_before(f, s, mention)])   # (not 'two Su-35 contracts')
            total = BATCH_OF_TOTAL.search(f.text, mention.end, s.end) if count is not None else None
            if total is not None and entity.kind in NOUN_KINDS[total.group("noun")]:
                count = parse_count(total.group("n"))   # ('took delivery of two Su-30 jets, the first batch
                #                                          of a total of six aircraft'): the deal's count
            if count is None and len(items) == 1:
                count = _counted_after(f, s, mention.end, entity)
            if count is None:   # ('a sale of the Javelin Missile System, including 100 FGM-148
                count = next((c for x in f.mentions_in(mention.end, s.end, "Weapon")   # Javelin rounds')
                              if f.entity(x) is entity
                              for c in [quantity_before(f.text[s.start:x.start])] if c is not None), None)
            if count is not None and _batch_delivered(f, s, mention):
                if not f.objects(deal, "gk:deliveredCount"):   # ('The first batch of 2 X arrived in Qatar':
                    f.add(deal, "gk:deliveredCount", Lit(count, "integer"), s)   # part of the order, come)
            elif count is not None:
                _counted(f, deal, entity, count, s)
        if getattr(buyer, "kind", None) == "MilitaryBranch" and entity.kind != "MilitaryEquipment" \
                and HANDED_OVER.search(s.text):
            f.add(entity, "gk:operator", buyer, s)   # ('delivered a fourth Scorpene submarine to the Indian Navy')
    add_sum(f, deal, money, s)
    if date is not None:
        if re.search(r"\b(?:signed|inked|concluded|deals?|contracts?|agreements?|bought|purchased|"
                     r"(?<!\bthe )(?<!\ban )ordered|order|placed|acquired)\b", s.text):   # not 'the ordered X'
            f.add(deal, "gk:signedDate", date, s)
        elif re.search(r"\bdeliver", s.text, re.I):
            f.add(deal, "gk:deliveryDate", date, s)
    _delivery_status(f, deal, s)


# 'The first batch of 2 EK-562 systems arrived in Qatar': a part of an order, handed over
BATCH_BEFORE = re.compile(rf"\b(?:first|initial|second|third|fourth|latest|next|final|last)\s+(?:batch|tranche|"
                          rf"shipment|consignment|lot)\s+(?:of|comprising(?:\s+of)?|consisting\s+of)\s+(?:the\s+)?(?:{COUNT_RE})\s+(?:[\w-]+\s+){{0,3}}$", re.I)


# (come, not coming: 'The first batch of 5,000 rifles would be delivered by March' is the order's count)
BATCH_CAME = re.compile(r"(?<!\bbe )\b(?:arrived|delivered|handed\s+over|received|inducted|took\s+delivery|"
                        r"taken\s+delivery)\b")


def _batch_delivered(f: Findings, s, mention) -> bool:
    """Whether a count is of a batch that a sentence says was handed over or arrived."""
    return bool(BATCH_BEFORE.search(f.text, s.start, mention.start) and BATCH_CAME.search(s.text))


# Two countries that open a sentence and sign: 'Russia and Egypt have (therefore) signed a contract'
PAIR_SIGNED = re.compile(r"(?:The\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
                         r"(?:\s+government)?\s+(?:have\s+|has\s+|had\s+)?(?:[a-z]+ly\s+|therefore\s+|also\s+|on\s+[A-Z][a-z]+\s+|today\s+|"
                         r"yesterday\s+)?(?:signed|inked|concluded|sealed|finali[sz]ed)\b")


# 'two Su-35 contracts were announced': the count is of the deals, not of the aircraft
DEALS_COUNTED = re.compile(r"\s+(?:contracts?|deals?|orders?|agreements?|sales?|purchases?)\b")


# The kinds a count after a system's name may count it by again (each a key of NOUN_KINDS)
COUNTED_NOUNS = ("planes|jets|aircraft|fighters|helicopters|missiles|tanks|ships|frigates|submarines|drones|"
                 "howitzers|vehicles")


# '... to acquire the next generation of F-15 fighter jets, purchasing 25 advanced aircraft from
# Boeing': the item counted again by its kind after it is named
COUNTED_AFTER = re.compile(rf"\b(?:purchas\w*|buy\w*|bought|acquir\w*|order\w*|procur\w*|including|"
                           rf"comprising|covering|for)\s+(?P<total>a\s+total\s+of\s+)?(?P<n>{COUNT_RE})\s+(?:[a-z-]+\s+){{0,2}}?"
                           rf"(?P<noun>{COUNTED_NOUNS})\b")


BATCH_OF_TOTAL = re.compile(rf"\b(?:batch|tranche|part|portion|instalment|installment)\s+of\s+(?:a\s+total\s+of|the)\s+"
                            rf"(?P<n>{COUNT_RE})\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>{COUNTED_NOUNS})\b")


def _counted_after(f: Findings, s, after: int, item) -> int | None:
    m = COUNTED_AFTER.search(f.text, after, s.end)
    if m is None or item.kind not in NOUN_KINDS[m.group("noun")] or f.mentions_in(after, m.start(), "Weapon") \
            or not m.group("total") and re.search(r"\b(?:contracts?|deals?|orders?|agreements?|options?)\b",
                                                  f.text[after:m.start()]):
        return None   # ('a sixth C-390, exercising an option in the 2019 contract for five aircraft'; but
    return parse_count(m.group("n"))   # '... the contract on January 1, 2009, for a total of eight aircraft')


# (a purchase verb: 'UK and Poland sign a deal' names both sides, not two buyers)
JOINT_BUY = re.compile(r"\s+(?:have\s+|has\s+|will\s+)?(?:jointly\s+|together\s+|also\s+)?"
                       r"(?:procur\w*|purchas\w*|buy|bought|order(?:ed)?|acquir\w*|receiv\w*|"
                       # 'Estonia and Latvia signed the contract to purchase IRIS-T SLM systems'
                       r"(?:signed|inked)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:contract|deal|order)\s+to\s+"
                       r"(?:purchase|buy|acquire|procure)|"
                       # ('Denmark and Sweden have signed a 25 billion SEK ($2.5 billion) joint procurement contract')
                       r"(?:signed|inked)\s+(?:a|an|the)\s+(?:[\w$.,()-]+\s+){0,6}?joint\s+(?:procurement\s+|purchase\s+)?"
                       r"(?:contract|deal|order|agreement))\b")


# 'OFAC designated 12 entities for supplying components to Russia', 'accusing them of selling
# parts to X': a trade a measure is for; who imposes the measure is no party to it
# (and 'restricted trade with five companies that it said help produce and procure drones', 'X was
# cited for being part of a network procuring aerospace components')
SANCTIONED_FOR = re.compile(r"\b(?:sanction\w*|designat\w*|blacklist\w*|accus\w*|penali[sz]\w*|indict\w*|"
                            r"cited|restrict\w*\s+trade\s+with|(?:added|listed)\s+for)\b"
                            r"[^.;]*?\b(?:for|of|that|which|who)\b[^.;]{0,60}?\b"
                            r"(?P<trade>supply|supplying|sell|selling|ship|shipping|provide|providing|export|"
                            r"exporting|procure|procuring|deliver|delivering)\b")


def _sanctioned_trade(f: Findings, s, buyer, seller):
    """The parties of a trade a measure is for: the seller among those it names before the
    trade ('sanctioned A and B for supplying ...'), the buyer after it."""
    m = SANCTIONED_FOR.search(s.text)
    if m is None:
        return buyer, seller
    trade = s.start + m.start("trade")

    def named_in(entity, start, end):
        return any(entity in (f.entity(x), f.country(x)) for x in f.mentions_in(start, end))
    accused = re.search(r"\b(?:are|is|were|was|been|being)\s+$", s.text[:m.start()])
    start = s.start if accused else s.start + m.start()   # ('Three firms are accused of shipping')
    if seller is not None and not named_in(seller, start, trade):
        seller = None
    if buyer is not None and not named_in(buyer, trade, s.end):
        buyer = None
    return buyer, seller


APPROVERS = re.compile(r"\b(?:Parliament|Bundestag|Congress|Senate|Sejm|Knesset|Duma|Assembly|Cabinet|"
                       r"Budget Committee|Committee)\b", re.I)


def _country_of_approver(f: Findings, buyer):
    """'Germany's parliament has given the green light for procurements worth €7 billion': a
    legislature or cabinet approves for its country, which buys."""
    if buyer is None or buyer.kind not in ("GovernmentAgency", "Organization") or not APPROVERS.search(buyer.label):
        return buyer
    owner = f.country_named(buyer.label.split()[0])   # ('German Parliament', as "Germany's parliament" is named)
    return owner if owner is not None else buyer


def _other_of_pair(f: Findings, s, party):
    """The other country of a pair the clause names with this one ('India and USA')."""
    countries = f.mentions_in(s.start, s.end, "Country")
    for i in range(len(countries)):
        pair = [f.country(x) for x in f.coordinated(countries[i:])]
        if len(pair) == 2 and party in pair and None not in pair:
            return pair[1] if pair[0] is party else pair[0]
    return None


def _consortium_of(f: Findings, s, seller):
    """'the AirTanker consortium, comprising EADS, Rolls-Royce, ... and Thales UK, will supply 14
    aircraft': the consortium the seller is listed as a member of sells, not each member."""
    for body in f.mentions_in(s.start, s.end, "JointVenture"):
        m = COMPRISES.match(f.text, body.end, s.end)
        closed = LIST_CLOSED.search(f.text, m.end(), s.end) if m else None   # (the list's end: past names
        end = closed.start() if closed else min(s.end, m.end() + 200) if m else s.start   # no rule knows)
        members = f.mentions_in(m.end(), end, *SELLING_FIRMS) if m else []
        if m and f.entity(body) is not None and (
                members[:1] and (members[0].start == m.end() or MEMBER_DESCRIBED.fullmatch(f.text, m.end(), members[0].start))
                and seller in map(f.entity, members)):
            return f.entity(body)
    return None


LIST_CLOSED = re.compile(r",\s+(?:will|would|has|have|had|is|are|was|were|won|signed|said)\b")


def _co_sellers(f: Findings, s, seller) -> list:
    """'Three firms—A, B, and C—are accused of shipping X to Iran', 'ordered K2 tanks from
    Hyundai Rotem and Hanwha Aerospace': each firm of a list with the seller in it sells; so
    does each country of a list that gives ('Italy, Greece and Poland announced donations')."""
    firms = f.mentions_in(s.start, s.end, *SELLING_FIRMS)
    for i in range(len(firms)):
        group = [e for e in map(f.entity, f.coordinated(firms[i:])) if e is not None]
        if len(group) >= 2 and seller in group:
            return [e for e in group if e is not seller]
    for a, b in zip(firms, firms[1:]):   # ('Fincantieri as prime contractor together with Leonardo as ...')
        pair = [f.entity(a), f.entity(b)]
        if seller in pair and None not in pair and TOGETHER_WITH.fullmatch(f.text, a.end, b.start):
            return [e for e in pair if e is not seller]
    countries = f.mentions_in(s.start, s.end, "Country")
    for i in range(len(countries)):
        group = f.coordinated(countries[i:])
        donors = [c for c in map(f.country, group) if c is not None]
        if len(donors) >= 2 and seller in donors and JOINT_GIVE.match(f.text, group[-1].end):
            return [c for c in donors if c is not seller]
    return []


FIRM_SIGNED = re.compile(r"\b(?:signed|inked|concluded)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:contract|order|deal)\s+"
                         r"(?:worth|valued\s+at|of)\s")
# Between two firms that sell together: 'Fincantieri as prime contractor together with Leonardo'
TOGETHER_WITH = re.compile(r"(?:\s+as\s+(?:the\s+)?[a-z][^,;()]{1,40}?)?,?\s+(?:together\s+with|along\s+with|alongside|"
                           r"in\s+(?:partnership|cooperation|consortium)\s+with)\s+(?:its\s+partner\s+)?(?:the\s+)?")
# What follows the countries that give together: 'Italy, Greece, Norway and Poland all announced'
JOINT_GIVE = re.compile(rf"\s+(?:all\s+|also\s+|have\s+|has\s+|will\s+|jointly\s+|each\s+)*"
                        rf"(?:announced|pledged|donated|sent|supplied|delivered|provided|promised|gave|"
                        rf"{DONATE_VERBS})\b")


def _co_buyers(f: Findings, s, buyer) -> list:
    """'Estonia and Latvia jointly procured IRIS-T systems': every country of the subject buys."""
    parties = [p for p in f.mentions_in(s.start, s.end, "Country", "Demonym")   # (not 'according to
               if not SOURCE_BEFORE.search(f.text, max(0, p.start - 20), p.start)]  # US data, Russia received')
    for i, m in enumerate(parties):
        group = f.coordinated(parties[i:])
        if len(group) < 2 or not JOINT_BUY.match(f.text, group[-1].end):
            continue
        countries = [f.country(x) for x in group]
        if buyer in countries:
            return [c for c in countries if c is not None and c is not buyer]
    return []


# A contract placed for foreign governments: 'for 48 F-35A aircraft for the governments of Poland
# and Finland', 'This contract involves Foreign Military Sales to Poland and Finland'
FOREIGN_CUSTOMERS = re.compile(r"\b(?:(?:for|on behalf of)\s+the\s+(?i:governments?)\s+of|Foreign\s+"
                               r"Military\s+Sales?\s+(?:\(FMS\)\s+)?(?:to|for)(?:\s+the\s+"
                               r"governments?\s+of)?)\s+(?:the\s+)?(?=[A-Z])")


def foreign_customers(f: Findings, s) -> list:
    """The countries a contract is placed for, where the text says it is for their governments."""
    m = FOREIGN_CUSTOMERS.search(s.text)
    if m is None:
        return []
    countries = f.mentions_in(s.start + m.end(), s.end, "Country")
    if not countries or countries[0].start != s.start + m.end():
        return []
    return [c for c in map(f.country, f.coordinated(countries)) if c is not None]


def _delivery_status(f: Findings, deal, s) -> bool:
    """How many units are delivered and how many are pending, as the text counts them ('the
    rest are due' gives no count: of which total is not always clear). True when the
    sentence said either."""
    if not mentions_any(s.text, DELIVERY_WORDS):
        return False
    delivered, pending = _count(_delivered(s.text)), _count(PENDING.search(s.text))
    if delivered is not None and not f.objects(deal, "gk:deliveredCount"):
        f.add(deal, "gk:deliveredCount", Lit(delivered, "integer"), s)
    if pending is not None and not f.objects(deal, "gk:pendingCount"):
        f.add(deal, "gk:pendingCount", Lit(pending, "integer"), s, "Pending")
    return delivered is not None or pending is not None


def _maker_before(f: Findings, s, mention) -> int:
    """Where the words that count an item end: before the maker or the demonym that opens its
    name ('12 Dassault Aviation Rafale jets', '32 Lockheed Martin F-35s', 'six Chinese CH-92A')."""
    maker = _opening(f, s, mention, ("Company", "Demonym"), SPACE_ONLY)
    if maker is not None:
        return maker.start
    unknown = COUNT_THEN_UNKNOWN_MAKER.search(f.text, max(s.start, mention.start - 40), mention.start)
    return unknown.start("maker") if unknown else mention.start   # ('28 NHIndustries NH90 helicopters')


def _home_of(f: Findings, party, country) -> bool:
    """Whether a party is the country or one of its bodies ('the Polish Army', 'Indian Navy')."""
    if party is country or country in f.objects(party, "gk:country"):
        return True
    words = party.label.split()
    return any(f.country_named(w) is country for w in words[:2])


def _origin_naming(f: Findings, s, mention):
    """The country whose demonym opens an item's name ('42 French Rafale jets'), if any."""
    demonym = _opening(f, s, mention, ("Demonym",), SPACE_ONLY)
    return f.country(demonym) if demonym is not None else None


def maker_naming(f: Findings, s, mention):
    """The firm whose name opens an item's ('Airbus Military A400M', 'Dassault Aviation Rafale'),
    if any."""
    maker = _opening(f, s, mention, ("Company",), MAKER_THEN_ITEM)
    return f.entity(maker) if maker is not None else None


def _opening(f: Findings, s, mention, kinds: tuple, gap: re.Pattern):
    """The mention of these kinds, in the sentence, that ends right before an item's, but for
    what the gap pattern allows between them."""
    maker = f.last_mention_before(mention.start, *kinds, within=60)
    if maker is None or maker.start < s.start:
        return None
    end = maker.end
    if f.text.startswith(")", end) and f.text[maker.start - 1:maker.start] == "(":
        full = f.last_mention_before(maker.start - 1, *kinds, within=60)   # ('24 Turkish Aerospace
        if full is None or full.end != maker.start - 2 or full.start < s.start:   # Industries (TAI) HÜRJET
            return None                                                          # aircraft': the firm
        maker, end = full, end + 1                                               # before its initials)
    return maker if gap.fullmatch(f.text, end, mention.start) else None


# Between a maker's name and its item's: nothing, or one more word of the maker's division
MAKER_THEN_ITEM = re.compile(r"(?:\s+(?:Military|Defence|Defense|Aerospace|Helicopters|Land|Systems))?\s+")
SPACE_ONLY = re.compile(r"\s*")


LEGAL_COUNT = re.compile(r"[a-z -]+\((?P<n>\d[\d,]*)\)\s+$")


def quantity_before(before: str) -> int | None:
    """'five S-400 units', 'more than 100 Boxers', 'three hundred (300) AMRAAMs'."""
    legal = LEGAL_COUNT.search(before)
    if legal:
        return int(legal.group("n").replace(",", ""))
    m = QUANTITY.search(before)
    if not m or MONEY_RE.search(before, max(0, m.start() - 3)) or before[max(0, m.start("n") - 1):m.start("n")] == "-":
        return None   # (not the 'five' of 'tranche-five Eurofighters')
    maker = COUNT_THEN_MAKER.search(before, max(0, m.start("n") - 40), m.start("n"))
    if maker is not None and m.group("n")[:1].isdigit():   # ('25 Boeing 737 MAX 8': the '737' is the model's)
        return parse_count(maker.group("n"))
    return parse_count(m.group("n"))


# A count, then a maker's name before a model's number: '25 Boeing 737 MAX 8'
COUNT_THEN_MAKER = re.compile(rf"(?<![\w.,])(?P<n>{COUNT_RE})\s+[A-Z][\w-]*\s+$")


RECEIVED_CONTRACT = re.compile(r"\b(?:received|receives|(?<!illion )(?<!\d )won|wins|win|secured|secures|bagged|landed|"
                               r"clinched|clinches)\s+"   # (not
#                                                                   the currency: 'a 770 billion won contract')
                               r"(?:(?:a|an|the)\s+(?:[^.]|\.\d){0,60}?|(?:[\w$€£.,()-]+\s+){0,6}?)"
                               r"\b(?:contract|order|deal)s?\b")   # also a headline's 'Saab receives order'
MADE_FOR = re.compile(r"\s+to\s+(?:produce|build|make|manufacture|supply|deliver|provide)\s+[^.;]{1,80}?\s+for\s+"
                      r"(?:the\s+)?(?=[A-Z])")
ORDER_FROM = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Tt]he)\s+(?:[\w.$€£-]+\s+){0,4}?(?:order|contract)\s+"
                        # ('The most recent order for GlobalEyes was from Sweden')
                        r"(?:for\s+[^.;,]{1,40}?\s+(?:was|came)\s+)?from\s+(?:the\s+)?")
AWARDED = re.compile(r"\b(?:has been|have been|was|were|is|are|been|(?P<after>(?:after|upon|on)\s+(?:being|having been)))"
                     r"\s+(?:awarded|granted)\b")
# 'The Army gave the contract to SIG Sauer': who gave it buys, who got it sells
AWARDS = re.compile(r"\b(?:awarded|(?:gave|gives|has\s+given|handed|hands)\s+(?:the|a|an|its)\s+(?:[\w$€£.,-]+\s+){0,3}?"
                    r"(?:contract|order|deal)\s+to)\s+(?:the\s+)?(?=[A-Z])")
AWARDED_TO = re.compile(r"\b(?:contracts?|orders?|deals?)\s+awarded\s+to\s+(?:the\s+)?(?=[A-Z])"
                        # ('includes the award of a 25-year contract valued at $11.2 billion to SkyAlyne')
                        r"|\baward\s+of\s+(?:a|an|the)\s+(?:[^.;]|\.\d){0,60}?\b(?:contract|order)\s+"
                        r"(?:(?:worth|valued\s+at)\s+(?:[^.;\s]|\.\d)+(?:\s+(?:million|billion|bn|m))?\s+)?to\s+(?:the\s+)?(?=[A-Z])")   # ('the prime
#                                                                                  contract awarded to MBDA')
# A government that awards contracts buys what they are for ('has awarded £3.2bn worth of contracts')
GOVERNMENT_AWARDS = re.compile(r"(?<!been )(?<!was )(?<!were )\b(?:awarded|awards|(?<=will )hand|hands|handed)\s+"
                               r"(?=(?:[^.;]|\.\d){0,40}?\bcontracts?\b)")   # ('The U.K. will hand Leonardo a £1 billion contract')
SELLER_TASK = re.compile(r"\bto\s+(?:deliver|supply|sell|provide|build|produce|manufacture|"
                         r"upgrade|develop)\b")


# 'the Ministry of Defence (MoD) inked five pivotal contracts totalling Rs 39,125.39 crore': a
# government that signed several contracts, whose firms the next sentences name
SIGNING = r"inked|signed|concluded|finali[sz]ed|awarded"
SIGNED_CONTRACTS = re.compile(rf"\b(?:{SIGNING})\s+(?:(?:[\w$€£.,-]|\.\d)+\s+){{0,5}}?contracts\b")
SEVERAL_SIGNED = re.compile(rf"\b(?:{SIGNING})\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
                            r"(?:[a-z-]+\s+){0,2}?contracts\b")
CONTRACT_WORDS = re.compile(r"\b(?:contracts?|procur\w*|deal)\b")
SIGNER_REACH = 8   # sentences


def _contracts_signer(f: Findings, s) -> None:
    """Remember a government that opens a sentence by signing several contracts and names no
    firm in it: the buyer of the contracts the next sentences tell of with a firm only."""
    m = SIGNED_CONTRACTS.search(s.text) if "contracts" in s.text else None
    if m is None or f.mentions_in(s.start, s.end, "Company", "JointVenture"):
        return
    parties = f.mentions_in(s.start, s.start + m.start(), "Party")
    subject = agent(f, s.start, s.start + m.start(), first=False)
    if subject is not None and subject.kind in GOVERNMENT and len(f.coordinated(parties[-2:])) < 2:
        f.awarder = (subject, s.index)   # (not 'The procurement organizations of Norway and Germany signed')


# 'Navantia would build five frigates for the navy for €4.3 billion': the builder sells to whom
# it builds for
BUILDS_FOR = re.compile(r"\b(?:will\s+|would\s+|to\s+)?builds?\s+(?:[\w-]+\s+){1,5}?for\s+(?:the\s+)?")


# A line of a list of awards: '• Lockheed Martin ($LMT) with a $1.1B award', 'Rocket Lab won an
# $805M contract': each firm's share of the contracts the government just awarded
AWARD_LISTED = re.compile(r"^[\W\s]*(?P<firm>[A-Z][^()]{1,50}?)\s+(?:\(\$?[A-Z]{1,5}\)\s+)?(?:with|won|wins|receives|"
                          r"received|gets|got)\s+(?:a|an)\s+(?P<money>[$€£][\d.,]+\s*(?:[MB]|million|billion|bn)\b)\s+"
                          r"(?:award|contract|order|task\s+order)\b\W*$")


# A sum written before what it is the sum of ('$401 million', 'US$1.2bn', '$3.5B')
_SUM = r"(?:US|A|C)?[$€£][\d.,]+\s*(?:million|billion|bn|[MB])?"
# A contract the sentence introduces by its sum ('a new $401 million missile contract'), not the
# one just told ('Officials said the contract, valued at $628 million, ...')
NEW_SUM = re.compile(rf"\b(?:an?|another)\s+(?:new\s+)?{_SUM}\s+(?:[\w-]+\s+){{0,2}}?(?:contract|order|deal)\b")
# The deal just told, as the subject of a sentence that gives its sum ('The nearly €400 million
# tender constitutes the biggest single defense contract in Estonian history')
THE_SUM_OF_IT = re.compile(rf"(?:The|This|That)\s+(?:(?:nearly|almost|about|around|some|roughly|over)\s+)?{_SUM}\s+"
                           rf"(?:[\w-]+\s+){{0,2}}?(?:tender|contract|deal|order|procurement|agreement|purchase)\b")


# 'As part of an initial £190 million contract increase under the existing NGMS agreement, BAE Systems
# will ramp up production': the sum of the order told just before
PART_OF_SUM = re.compile(rf"^(?:As\s+part\s+of|Under)\s+(?:an?|the)\s+(?:(?:initial|additional|first|new)\s+)?"
                         rf"(?P<sum>{_SUM})\s+(?:[\w-]+\s+){{0,2}}?(?:contract|order|deal|agreement)\b")


def _sum_it_is_part_of(f: Findings, s) -> None:
    m = PART_OF_SUM.match(s.text) if f.deals else None
    if m is None or not _told_just_before(f, s) \
            or any(c.predicate == "gk:amount" and s.start <= c.start < s.end for c in f.claims):
        return
    deal = deal_before(f, s.start)
    if not f.objects(deal, "gk:amount"):
        add_sum(f, deal, parse_money(m.group("sum")), s)


def _award_listed(f: Findings, s) -> None:
    """A firm's award in a list under a government's award of several contracts: a deal of its
    own, and the firm is a seller of the whole award too."""
    m = AWARD_LISTED.match(s.text) if getattr(f, "awarder", None) is not None else None
    firm = [x for x in f.mentions_in(s.start + m.start("firm"), s.start + m.end("firm"), *SELLING_FIRMS)
            if x.start == s.start + m.start("firm") and x.end == s.start + m.end("firm")] if m else []
    awarder, said_at = f.awarder if firm else (None, 0)
    if awarder is None or not 0 < s.index - said_at <= 8 or f.entity(firm[0]) is None:
        return
    told = f.doc.sentences[said_at]   # (the award told in the awarder's sentence)
    whole = next((c.subject for c in f.claims if c.predicate == "gk:buyer" and c.object is awarder
                  and told.start <= c.start < told.end and c.subject in f.deals), None)
    if whole is not None:
        f.add(whole, "gk:seller", f.entity(firm[0]), s)
    share = _new_deal(f)
    f.add(share, "gk:buyer", awarder, s)
    f.add(share, "gk:seller", f.entity(firm[0]), s)
    add_sum(f, share, parse_money(m.group("money")), s)


# 'The order includes 26 of the long-range cruise missiles for the U.S. Army and 16 for the Marine
# Corps, along with 11 for Australia and 78 for Japan': whom each share of the order is for
SHARES = re.compile(r"^(?:The|This)\s+(?:[\w-]+\s+)?(?:order|contract|deal|purchase)\s+(?:also\s+)?(?:includes?|covers?|comprises?)\s+")
SHARE_FOR = re.compile(rf"\b(?:{COUNT_RE})\s+(?:[^.;,]{{0,60}}?\s+)??for\s+(?:the\s+)?(?=[A-Z])")


def _shares_for(f: Findings, s) -> None:
    """The buyers of the deal just told, each named for its share of the order."""
    m = SHARES.match(s.text)
    deal = deal_before(f, s.start) if m and f.deals and _told_just_before(f, s) else None
    for share in SHARE_FOR.finditer(s.text, m.end()) if deal is not None else ():
        start = s.start + share.end()
        found = [x for x in f.mentions_in(start, s.end, "Country", "MilitaryBranch", "GovernmentAgency")
                 if x.start == start]
        buyer = (f.country(found[0]) if found[0].kind == "Country" else f.entity(found[0])) if found else None
        if buyer is not None and buyer not in f.objects(deal, "gk:seller"):
            f.add(deal, "gk:buyer", buyer, s)
            f.shared_deals.add(id(deal))


# Where a contract's work is done: 'Work will be performed in Tucson, Arizona (60%); ...',
# 'Primary work sites under the contract are Tucson, Ariz., Pontiac, Mich., and Huntsville',
# 'Production work will be concentrated at Lockheed Martin’s Fort Worth, Texas, facility'
WORK_SITES = re.compile(r"\b(?:[Ww]ork\s+will\s+(?:also\s+)?be\s+(?:performed|done|carried\s+out|concentrated)\s+(?:in|at)|"
                        r"[Ww]ork\s+sites?\s+(?:under\s+the\s+(?:contract|order)\s+)?(?:are|is|include)|"
                        r"contributions\s+will\s+come\s+from\s+[^.;]{0,40}?\bincluding)\s+(?:the\s+)?"
                        r"(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:’s|'s)\s+)?")
# One site: a town, then its state or country ('Tucson, Ariz.', 'Warton, United Kingdom (9 percent)')
WORK_SITE = re.compile(r"(?P<town>(?:St\.\s+|Ft\.\s+)?[A-Z][a-z]+(?:-[\w’']+)*(?:\s[A-Z][a-z]+){0,2})"
                       r"(?:,\s+(?P<region>[A-Z][a-z]*\.(?:\s?[A-Z][a-z]*\.)?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*[(,;.]|\s+and\b|\s+facilit)))?"
                       r"(?:\s*\(\s*[\d.]+\s*(?:percent|per\s+cent|%)\s*\))?")
SITE_GAP = re.compile(r"\s*(?:,|;)?\s*(?:and\s+)?")


def _work_sites(f: Findings, s) -> None:
    """The places a sentence lists as where the work of the deal in hand is done."""
    m = WORK_SITES.search(s.text) if f.deals and ("ork" in s.text or "contribution" in s.text) else None
    if m is None:
        return
    priced = [d for d in f.deals if f.objects(d, "gk:amount")]
    deal = priced[-1] if priced else deal_before(f, s.end)   # (the contract, not a share of it told since)
    at = m.end()
    while True:
        site = WORK_SITE.match(s.text, at)
        if site is None or site.group("town") in ("Other", "Some", "The"):
            break
        region = site.group("region") or ""
        label = site.group("town") + (f", {region}" if region else "")
        known = [x for x in f.mentions_in(s.start + site.start(), s.start + site.end("town"), "Where")
                 if x.start == s.start + site.start()]
        place = f.entity(known[0]) if known else None   # (the city the text places in its state: one entity,
        if place is not None and region and not place.key.startswith("name:"):   # with the name as written
            place = None   # among its names; but 'Melbourne, Florida' is not the Melbourne the reference data knows)
        if place is not None and region:
            place.aliases.add(label)
        place = place or f.new_entity("City", label)
        f.add(deal, "gk:workLocation", place, s)
        gap = SITE_GAP.match(s.text, site.end())
        if not gap.group(0).strip() and not re.match(r"\s+and\s", s.text[site.end():]):
            break
        at = gap.end()


def _recent_awarder(f: Findings, s):
    """The government a sentence of the two before said awarded contracts, if any."""
    awarder = getattr(f, "awarder", None)
    return awarder[0] if awarder is not None and 0 < s.index - awarder[1] <= 2 else None


def _built_for(f: Findings, s):
    """(buyer, seller) when a firm builds the goods for someone: the firm sells, and whom it
    builds for buys (unless 'for' is followed by the price)."""
    m = BUILDS_FOR.search(s.text) if "build" in s.text else None
    firms = f.mentions_in(s.start, s.start + m.start(), *SELLING_FIRMS, "Country") if m else []
    builder = (f.country(firms[-1]) if firms[-1].kind == "Country" else f.entity(firms[-1])) if firms else None
    if builder is None:
        return None
    buyer = None if re.match(r"(?:about\s+|around\s+)?[$€£₹\d]", s.text[m.end():]) else \
        agent(f, s.start + m.end(), min(s.end, s.start + m.end() + 40))
    if builder.kind == "Country" and (buyer is None or _home_of(f, buyer, builder)):
        return None   # ('Turkey will build three vessels for the Royal Malaysian Navy', not for its own navy)
    return buyer, builder


# Goods moved from one country to another, in the passive: the first gives, the second gets
FROM_TO = re.compile(r"\b(?:was|were|been|being|are|is)\s+(?:\w+ly\s+)?(?:shipped|delivered|supplied|sent|transferred|"
                     r"exported|smuggled|transported)\s+from\s+(?:the\s+)?(?P<origin>[A-Z][^,;]{1,40}?)\s+to\s+(?:the\s+)?(?=[A-Z])")
# ... and what was moved, named by its kind before the verb
MOVED_GOODS = re.compile(r"(?:\bof\s+|^)(?P<item>(?:[a-z-]+\s+){0,5}?(?:ammunition|munitions|shells|missiles|rockets|"
                         r"drones|weapons|arms|rifles|artillery|explosives))\s+(?:was|were|had\s+been|have\s+been)\s+"
                         r"(?:\w+ly\s+)?(?:shipped|delivered|supplied|sent|transferred|exported|smuggled|transported)\s+from\s")


# 'Under the terms of the 27-year agreement the AirTanker consortium ... will supply 14 new aircraft':
# who supplies what under the deal the text has just told (with no word before 'deal', in _continued_deal)
UNDER_THE_DEAL = re.compile(r"(?:Under|Through|As\s+part\s+of)\s+(?:the\s+terms\s+of\s+)?(?:the|this|that)\s+"
                            r"(?P<named>(?:[\w-]+\s+){0,2}?)(?:agreement|deal|contract|award|order)\b")


SUPPLIES_COUNT = re.compile(rf"\b(?:supply|deliver|provide|build)\s+(?P<n>{COUNT_RE})\s+(?:new\s+)?(?:[a-z-]+\s+){{0,2}}?"
                            rf"{_KIND_NOUNS}\b")


def _under_the_deal(f: Findings, s, deal, seller, items, generic) -> None:
    """The seller, the systems and their count a sentence gives the deal in hand, which named
    no seller yet, or the systems of one whose seller named none ('Airbus has been awarded a
    contract to build a satellite. Under the new contract, Airbus will deliver two X satellites')."""
    sellers = f.objects(deal, "gk:seller")
    if sellers and seller not in sellers:
        return
    f.add(deal, "gk:seller", seller, s)
    named = [(e, m) for e, m in items if m is not None]
    if any(e.kind != "MilitaryEquipment" for e in f.objects(deal, "gk:item")) and sellers:
        named = []   # (its systems told already: 'Under this award Boeing will build 179 aircraft' counts them)
    for entity, mention in named:
        f.add(deal, "gk:item", entity, s)
    supplied = SUPPLIES_COUNT.search(s.text)
    count = generic[1] if generic is not None and not named else \
        quantity_before(f.text[s.start:named[0][1].start]) if len(named) == 1 else \
        parse_count(supplied.group("n")) if supplied else None
    if count is not None and not f.objects(deal, "gk:quantity"):
        f.add(deal, "gk:quantity", Lit(count, "integer"), s)


def _sides(f: Findings, s):
    """(buyer, seller) of a deal sentence."""
    text = s.text
    built = _built_for(f, s)
    if built is not None:
        return built
    moved = FROM_TO.search(text) if " from " in text else None
    if moved:   # ('nine million rounds ... was shipped from North Korea to Russia by Russian cargo vessels')
        seller = agent(f, s.start + moved.start("origin"), s.start + moved.end("origin"))
        buyer = agent(f, s.start + moved.end(), s.start + min(len(text), moved.end() + 50))
        if seller is not None and buyer is not None and seller is not buyer \
                and seller.kind in GOVERNMENT and buyer.kind in GOVERNMENT:
            return buyer, seller
    awarded_it = AWARDED_IT.search(text)
    if awarded_it:   # ('Hanwha Aerospace ... said that the DAPA had awarded it a contract': Hanwha sells)
        firms = f.mentions_in(s.start, s.start + awarded_it.start(), *SELLING_FIRMS)
        awarder = agent(f, s.start + awarded_it.start(), s.start + awarded_it.start("verb"))
        if firms and awarder is not None and f.entity(firms[-1]) is not None:   # (the one that said it)
            return awarder, f.entity(firms[-1])
    paid = PAID_BY.search(text)
    if paid:   # ('Cardama Shipyard has received the first payment from the Government of Uruguay')
        seller = agent(f, s.start, s.start + paid.start(), first=False)
        buyer = agent(f, s.start + paid.end(), s.end)
        if buyer is not None:   # (who pays buys, though the payee be unknown)
            return buyer, seller
    m = RECEIVED_CONTRACT.search(text)
    if m:
        # ('a contract with the FMV', 'a contract, valued at ..., with the NDMA'; not '... win the order
        # over X and Y because of the teamwork from Korean bodies')
        source = re.match(r"\s*(?:,[^,;]{1,60},\s*)?(?:worth\s+[^,;()]{1,30}?\s+(?:\([^()]{1,30}\)\s+)?)?"
                          r"(?:[\w$€£.-]+\s+){0,3}?(?:from|with)\s+(?:the\s+)?",   # ('an order worth X (about Y) from')
                          text[m.end():])
        buyer = agent(f, s.start + m.end() + source.end(), s.end) if source else None
        to = SOLD_TO.search(text, m.end()) if buyer is None else None
        if to:   # 'received a $1.25 billion deal to begin supplying Tamir interceptors to Israel'
            buyer = agent(f, s.start + to.end(), s.start + min(len(text), to.end() + 60))
        made_for = MADE_FOR.match(text, m.end()) if buyer is None else None
        if made_for:   # ('received a contract to produce a further 42 Rafale fighters for the French air force')
            found = agent(f, s.start + made_for.end(), s.start + min(len(text), made_for.end() + 60))
            buyer = found if getattr(found, "kind", None) in GOVERNMENT else None
        inside = agent(f, s.start + m.start(), s.start + m.end()) if buyer is None else None
        if inside is not None and inside.kind in GOVERNMENT:   # ('won a U.S. Army contract', 'a £800m MoD
            buyer = inside                                       #  contract'): whose contract it is
        seller = agent(f, s.start, s.start + m.start(), first=False)
        if seller is None and THE_FIRM_SAID.fullmatch(text, 0, m.start()):   # ('The company announced that it
            seller = _firm_spoken_of(f, s)                              #  had received a contract from X')
        if buyer is None and seller is not None:   # ('The UAE Armed Forces awarded three contracts ... Calidus
            buyer = _recent_awarder(f, s)          #  Aerospace clinched the biggest deal'): the awarder
        return buyer, seller
    m = ORDER_FROM.search(text)
    if m and not re.search(rf"\b(?:{BUY_VERBS})\b", text[:m.start()], re.I):
        return agent(f, s.start + m.end(), s.end), None   # '(and) an order from the Czech Republic'
    m = AWARDED.search(text)
    if m:   # ('SIG Sauer will manufacture the U.S. Army's rifles after being awarded a contract': the subject)
        seller = _firm_of_its_town(f, s.start, s.start + m.start()) \
            or agent(f, s.start, s.start + m.start(), first=m.group("after") is not None) \
            or (_firm_spoken_of(f, s) if THE_FIRM.fullmatch(text, 0, m.start())
                or IT_FIRM.fullmatch(text, 0, m.start()) else None)   # ('It has also been awarded the contract')
        by = re.search(r"\b(?:by|from)\s+(?:the\s+)?(?=[A-Z])", text[m.end():])   # ('awarded a contract
        buyer = agent(f, s.start + m.end() + by.end(), s.end) if by else None   # worth $54 million from the U.S. Navy')
        if buyer is None and m.group("after") and seller is not None:   # ('... will manufacture the U.S. Army's
            whose = agent(f, s.start, s.start + m.start(), first=False)   # rifles after being awarded')
            buyer = whose if getattr(whose, "kind", None) in GOVERNMENT and whose is not seller else None
        to = re.match(r"\s+to\s+(?:the\s+)?(?=[A-Z])", text[m.end():])
        if seller is None and to:   # ('a Dh32 million contract was awarded to MBDA France'; not to the next
            start = s.start + m.end() + to.end()   # party named, when the one it went to is not known)
            seller = agent(f, start, s.end) if any(x.start == start for x in f.mentions_in(start, s.end, "Party")) \
                else None
        if buyer is None:   # ('The MoD has awarded £3.2bn worth of contracts. Babcock ... has been awarded a
            buyer = _recent_awarder(f, s)   # £2.6bn contract'): the awarder just named
        return buyer, seller
    m = GOVERNMENT_AWARDS.search(text)
    subject = agent(f, s.start, s.start + m.start(), first=False) if m else None
    if subject is not None and subject.kind in GOVERNMENT:   # 'The UK Ministry of Defence has
        f.awarder = (subject, s.index)                       #  awarded £3.2bn worth of contracts'
        named = [x for x in f.mentions_in(s.start + m.end(), s.end, *SELLING_FIRMS) if x.start == s.start + m.end()]
        if named and f.entity(named[0]) is not None:   # ('The Pentagon awarded Anduril a contract worth ...')
            return subject, f.entity(named[0])
        to = re.search(r"\bto\s+(?:the\s+)?(?:(?:companies|firms|company|firm)\s+)?(?=[A-Z])", text[m.end():])
        firm = agent(f, s.start + m.end() + to.end(), s.end) if to else None   # ('to the companies Airbus, ...')
        return subject, firm if getattr(firm, "kind", None) in SELLING_FIRMS else None
    m = AWARDS.search(text)
    if m:
        return agent(f, s.start, s.start + m.start(), first=False), \
            agent(f, s.start + m.end(), s.end)
    m = AWARDED_TO.search(text)
    if m:   # ('The £1.2bn prime contract awarded to MBDA ... on behalf of the Governments of X and Y': the
        return None, agent(f, s.start + m.end(), s.end)   # customers, read by _fill)
    pair = _signed_together(f, s) or _contract_between(f, s) or _signed_with_the_firm(f, s) or _picked(f, s) \
        or _contracts_signed_with(f, s)
    if pair is not None:
        return pair
    m = re.search(r"\b(?:signed|inked|concluded)\b(?:[^.]|\.\d)*?\bwith\s+(?:the\s+)?", text)
    if m and SELLER_TASK.search(text, m.end()):
        task = SELLER_TASK.search(text, m.end())
        partner = agent(f, s.start + m.end(), s.start + task.start())
        subject = agent(f, s.start, s.start + m.start(), first=False)
        if subject is not None and partner is not None and subject.kind in GOVERNMENT \
                and partner.kind in ("Company", "JointVenture"):
            return subject, partner   # 'Poland signed an agreement with Raytheon to produce 48 launchers'
        return partner, subject   # 'Hanwha signed a contract with Poland to deliver 180 tanks'
    pair = _former_and_latter(f, s)
    if pair is not None:
        return pair
    buyer, seller = _by_kind(f, s, _buyer(f, s), _seller(f, s))
    if (seller is None or seller is buyer) and getattr(buyer, "kind", None) in SELLING_FIRMS:
        with_ = AGREEMENT_WITH.search(text)   # ('a framework agreement with Nammo Sweden AB, under which an
        if with_ and agent(f, s.start + with_.end(), s.end) is buyer:   # order will be placed': the firm sells)
            buyer, seller = None, buyer
    built = BUILT_FOR.search(s.text) if seller is None and buyer is not None else None
    if built:
        subject = agent(f, s.start, s.start + built.start())
        if subject is not None and subject is not buyer and subject.kind in ("Country", "Company", "JointVenture") \
                and any(x.start == s.start + subject_start(s.text) for x in f.mentions_in(s.start, s.end, "Party")):
            seller = subject   # ('China has launched the first of the eight submarines to be built for Pakistan')
    return buyer, seller


AGREEMENT_WITH = re.compile(r"\b(?:agreements?|contracts?|deals?)\s+with\s+(?:the\s+)?(?=[A-Z])")


# 'the agreement between Islamabad and Beijing under which the latter had agreed to provide the
# former with eight submarines': who is which, by the order the text named them
BETWEEN_TWO = re.compile(r"\bbetween\s+(?:the\s+)?(?P<a>[A-Z][^,;]{1,40}?)\s+and\s+(?:the\s+)?(?P<b>[A-Z][^,;]{1,40}?)"
                         r"\s+(?:under\s+which|whereby|in\s+which|by\s+which)\s+the\s+(?P<giver>former|latter)\s+"
                         r"[^.;]{0,40}?\b(?:provide|supply|sell|deliver|build|transfer)\b")
BUILT_FOR = re.compile(r"\b(?:to\s+be\s+)?(?:built|made|produced|manufactured)\s+for\b")


def _former_and_latter(f: Findings, s):
    m = BETWEEN_TWO.search(s.text) if "between" in s.text else None
    if m is None:
        return None
    a = agent(f, s.start + m.start("a"), s.start + m.end("a"))
    b = agent(f, s.start + m.start("b"), s.start + m.end("b"))
    if a is None or b is None or a is b:
        return None
    return (a, b) if m.group("giver") == "latter" else (b, a)


# 'The Brazilian Army and Iveco signed an agreement for 2,044 armoured vehicles': a government
# and a firm that sign a contract together
SIGNED_TOGETHER = re.compile(r"\s+(?:have\s+|has\s+|today\s+|on\s+[A-Z][a-z]+\s+|also\s+)?(?:signed|inked|"
                             r"concluded)\s+(?:a|an|the)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:contract|agreement|deal)\b")


# 'a contract between the government of Ghana, represented by the Ministry of Defence, and Airbus
# Helicopters (SAS), France, for ...'
CONTRACT_BETWEEN = re.compile(r"\b(?:contract|agreement|deal|MoU|MoA|memorandum\s+of\s+(?:understanding|agreement)"
                              r"(?:\s+\(MoU\))?)(?:\s+agreement|(?:,(?:[^,;]|,(?=\d{3})){1,80}?,)?\s+(?:was|were|has\s+been|had\s+been)\s+"
                              # ('The deal, which procured 32 helicopters, was signed on Tuesday between'; 'The
                              # deal, worth Rs 21,000 crore, was signed between')
                              r"(?:struck|signed|concluded|inked|sealed|clinched|finali[sz]ed)(?:\s+on\s+[A-Z][a-z]+|\s+today|"
                              r"\s+yesterday)?"
                              # ('a PHP10 billion deal signed between X and Y')
                              r"|\s+(?:struck|signed|concluded|inked|sealed)(?:\s+(?:in|on)\s+[^;]{1,30}?)?)?\s+between\s+(?:the\s+)?"
                              r"(?P<a>[^;]+?)"
                              r",?\s+and\s+(?:the\s+)?(?P<b>[^;]+?)(?=,?\s+(?:for|to|worth|valued|on|in|at)\b|[.;]|$)")


# 'The Romanian government has picked Naval Group to build four Gowind corvettes'
PICKED = re.compile(r"(?<!been )(?<!was )(?<!were )\b(?:picked|picks|selected|selects|chose|chosen|chooses|tapped|taps)"
                    r"\s+(?:the\s+)?(?=[A-Z])")
PICKED_TASK = re.compile(r"\s+(?:to\s+(?:build|supply|deliver|provide|manufacture|produce|make)|for\s+(?:the\s+)?"
                         r"(?:supply|delivery|construction|purchase|contract)|as\s+(?:the\s+)?(?:supplier|"
                         r"preferred bidder|winner))\b")


def _picked(f: Findings, s):
    """(buyer, seller) when a government picks a firm to build or supply something."""
    m = PICKED.search(s.text)
    task = PICKED_TASK.search(s.text, m.end()) if m else None
    if task is None:
        return None
    firm = agent(f, s.start + m.end(), s.start + task.start())
    government = agent(f, s.start, s.start + m.start(), first=False)
    if getattr(government, "kind", None) in GOVERNMENT and getattr(firm, "kind", None) in SELLING_FIRMS:
        return government, firm
    return None


def _contract_between(f: Findings, s):
    """(buyer, seller) of a contract 'between' a government and a firm."""
    m = CONTRACT_BETWEEN.search(s.text) if "between" in s.text else None
    if m is None or re.search(r"\bunder\s+(?:the|a|an)\s+(?:[\w-]+\s+)?$", s.text[:m.start()]):
        return None   # ('The order was signed under the framework agreement between X and Y')
    a = agent(f, s.start + m.start("a"), s.start + m.end("a"))
    b = agent(f, s.start + m.start("b"), s.start + m.end("b"))
    return _government_and_firm(a, b) or _customer_and_firm(a, b)


def _customer_and_firm(a, b):
    """(buyer, seller) of a contract between a firm and a body that is none ('a deal between
    the Air Academy and French company DCI for pilot training'): the firm sells."""
    kinds = (getattr(a, "kind", None), getattr(b, "kind", None))
    if None in kinds or (kinds[0] in SELLING_FIRMS) == (kinds[1] in SELLING_FIRMS):
        return None
    return (b, a) if kinds[0] in SELLING_FIRMS else (a, b)


def _government_and_firm(a, b):
    """(buyer, seller) of two parties of which one is a government and the other a firm, in
    whichever order the text names them; None otherwise."""
    kinds = (getattr(a, "kind", None), getattr(b, "kind", None))
    if kinds[0] in GOVERNMENT and kinds[1] in SELLING_FIRMS:
        return a, b
    if kinds[1] in GOVERNMENT and kinds[0] in SELLING_FIRMS:
        return b, a
    return None


# 'The DND and the South Korean manufacturer sealed the USD700-million contract': the firm named
# before, called by what it is
WITH_THE_FIRM = re.compile(r"^(?P<gov>[^,;]+?)\s+and\s+the\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:manufacturer|firm|"
                           r"company|maker|shipbuilder|contractor|supplier|shipyard)\s+(?:have\s+|has\s+)?(?:signed|"
                           r"inked|sealed|concluded|finali[sz]ed|clinched)\b")


def _signed_with_the_firm(f: Findings, s):
    m = WITH_THE_FIRM.match(s.text)
    government = agent(f, s.start, s.start + m.end("gov")) if m else None
    firm = f.last_mention_before(s.start, "Company", within=1500) if government is not None else None
    if firm is None or government.kind not in GOVERNMENT or f.entity(firm) is None:
        return None
    return government, f.entity(firm)


# 'The Defence Ministry of Japan has approved ... under contracts worth 380 billion yen signed with
# Mitsubishi Heavy Industries': a government's contracts, signed with a firm
CONTRACTS_SIGNED_WITH = re.compile(r"\b(?:contracts?|agreements?|deals?|orders?)\b(?:[^.;]|\.\d){0,80}?"
                                   r"\b(?:signed|concluded|inked|placed)\s+with\s+(?:the\s+)?(?=[A-Z])")


def _contracts_signed_with(f: Findings, s):
    """(government, firm) when the subject of a sentence is a government and the contracts it
    tells of were signed with a firm."""
    m = CONTRACTS_SIGNED_WITH.search(s.text)
    if m is None:
        return None
    subject = f.mentions_in(s.start, s.start + m.start(), "Party")[:1]
    firm = agent(f, s.start + m.end(), s.end)
    if not subject or subject[0].start != s.start + subject_start(s.text) or firm is None \
            or firm.kind not in SELLING_FIRMS:
        return None
    buyer = agent(f, subject[0].start, subject[0].end)
    return (buyer, firm) if buyer is not None and buyer.kind in GOVERNMENT else None


def _signed_together(f: Findings, s):
    """(buyer, seller) when a government and a firm are the joint subject of signing: the
    government buys."""
    if "sign" not in s.text and "inked" not in s.text and "concluded" not in s.text:
        return None
    parties = f.mentions_in(s.start, s.end, "Party")
    for i in range(len(parties)):
        group = f.coordinated(parties[i:])
        if len(group) != 2 or not SIGNED_TOGETHER.match(f.text, group[-1].end):
            continue
        return _government_and_firm(*(agent(f, x.start, x.end) for x in group))
    return _signed_by_their_officials(f, s)


def _signed_by_their_officials(f: Findings, s):
    """'The Director General of the Israel Ministry of Defense, X, and Rafael CEO, Y, signed
    today the first contract': the bodies the two signatories belong to, a government's and a
    firm, sign together."""
    m = re.search(r"\b(?:signed|inked)\b", s.text)
    if m is None:
        return None
    people = {id(e): e for e in map(f.entity, f.mentions_in(s.start, s.start + m.start(), "Person")) if e is not None}
    bodies = [next(iter(f.objects(p, "gk:memberOf")), None) for p in people.values()]
    if len(bodies) != 2 or None in bodies or bodies[0] is bodies[1]:
        return None
    return _government_and_firm(*bodies)


# 'Doyon Project Services LLC,* Federal Way, Washington, is awarded': a contract announcement's firm,
# then the town and state it is in
TOWN_AFTER_FIRM = re.compile(r"[,*\s]*(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,\s*){1,3}$")


def _firm_of_its_town(f: Findings, start: int, end: int):
    """The firm named before the town it is in, when only the town and its state stand between
    the firm and the verb (the town's country is no party)."""
    firms = f.mentions_in(start, end, "Company", "JointVenture")
    if firms and TOWN_AFTER_FIRM.fullmatch(f.text, firms[-1].end, end - 1 if f.text[end - 1] == " " else end):
        return f.entity(firms[-1])
    return None


THE_FIRM = re.compile(r"(?:The|the)\s+(?:company|firm|group|manufacturer|contractor|shipbuilder|shipyard)\s+")
IT_FIRM = re.compile(r"It\s+(?:has\s+|had\s+)?(?:also\s+)?")
THE_FIRM_SAID = re.compile(r"(?:The|the)\s+(?:company|firm|group|manufacturer|contractor|shipbuilder|shipyard)\s+"
                           r"(?:(?:said|says|announced|announces|reported|stated)\s+[^,;]*?\b(?:that\s+)?it\s+"
                           r"(?:had\s+|has\s+|have\s+)?"
                           # ('The company this year secured NT$17.8 billion in government contracts')
                           r"|(?:(?:this|last)\s+(?:year|month|week)\s+|also\s+|recently\s+|has\s+|had\s+)*)")


def _firm_spoken_of(f: Findings, s):
    """The firm 'the company' means: the last one named in the text before the sentence, if it is
    near (its headline, or the sentence or two before)."""
    firm = f.last_mention_before(s.start, "Company", "JointVenture", within=400)
    return f.entity(firm) if firm is not None else None


GOVERNMENT = {"Country", "GovernmentAgency", "MilitaryBranch", "IntergovernmentalBody"}
SELLING_FIRMS = {"Company", "JointVenture"}


RECEIVES_FROM = re.compile(r"\b(?:receives|received|receiving|has\s+received|took\s+delivery\s+of|takes\s+delivery\s+of)\s+"
                           r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,5}?(?:engines?|parts|components|kits|systems?|radars?)\s+"
                           r"from\s+(?:the\s+)?(?=[A-Z])")


def _by_kind(f: Findings, s, buyer, seller):
    """Governments buy weapons from firms: when the words make a firm the buyer of a
    government ('Baykar signed an agreement with Indonesia', 'Hanwha signed with Poland's
    Armament Agency'), the two are the other way round; a firm that signs with no
    counterpart named is the seller."""
    kind = getattr(buyer, "kind", None)
    if kind in SELLING_FIRMS and getattr(seller, "kind", None) in GOVERNMENT \
            and not RECEIVES_FROM.search(s.text):   # (but 'HAL receives the fifth F-404 engine from the
        return seller, buyer                          #  United States': a firm buys what it builds with)
    if buyer is None and getattr(seller, "kind", None) in GOVERNMENT and re.search(
            r"\b(?:signed|contract|deal|agreement)\b[^.]{0,60}?\bwith\b", s.text):
        firms = [m for m in f.mentions_in(s.start, s.end, *SELLING_FIRMS)]
        if firms:   # 'Under the contract signed with Vietnam's ministry, Hanwha will supply'
            return seller, f.entity(firms[0])
    if kind in SELLING_FIRMS and seller is None and not re.search(
            r"\b(?:ordered|orders|purchas\w*|bought|buy|buying|procur\w*|acquir\w*|received|"
            r"took delivery)\b", s.text, re.I):
        return None, buyer
    return buyer, seller


# 'The Cabinet Committee on Security cleared the purchase of 97 Tejas for the Indian Air Force':
# who approves a purchase is not its buyer; whom it is for is
APPROVED_FOR = re.compile(r"\b(?:approved|cleared|sanctioned|authori[sz]ed)\s+(?:the\s+)?(?:proposals?\s+"
                          r"(?:for|worth)\s+[^.;]{0,60}?)?(?:purchase|procurement|acquisition|buy)\b"
                          r"[^.;]{0,80}?\bfor\s+(?:the\s+)?(?=[A-Z])")


ACQUISITION_FOR = re.compile(r"\b(?:acquisition|procurement|purchase)\s+of\s+[^.;]{0,80}?\bfor\s+(?:the\s+)?"
                             r"(?=[A-Z])")
BOUGHT_FOR = re.compile(r"\b(?:procured|procuring|purchased|purchasing|bought|buying|acquired|acquiring|ordered|ordering)\b[^.;]{0,80}?\bfor\s+(?:the\s+)?(?=[A-Z])")
SOLD_FOR = re.compile(rf"\b(?:{SELL_VERBS})\b[^.;]*?\bfor\s+(?:the\s+)?(?=[A-Z])")
PLACED_BY = re.compile(r"\b(?:was|were|has been|had been|is|are)\s+placed\s+by\s+(?:the\s+)?(?=[A-Z])")
# 'Caracal was chosen by the Indian government to supply 93,895 rifles': the one who chose buys
CHOSEN_BY = re.compile(r"\b(?:was|were|has been|had been|is|are)\s+(?:chosen|selected|picked|contracted|tapped)\s+"
                       r"by\s+(?:the\s+)?(?=[A-Z])(?=[^.;]{0,80}?\bto\s+(?:supply|deliver|provide|build|sell|make|"
                       r"produce|manufacture)\b)")


# 'with Madrid planning to acquire 24 HÜRJET aircraft': a clause of its own whose subject buys
WITH_PLANNER = re.compile(r"\bwith\s+(?:the\s+)?(?=[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?\s+(?:planning|hoping|"
                          r"looking|seeking|set|expected|intending|poised|keen|preparing)\s+to\s+(?:acquire|buy|"
                          r"purchase|order|procure)\b)")
# A party, then a buying verb in '-ing' ('to Indonesia ordering two submarines')
GERUND_BUYER = re.compile(r"\b(?:to|for|of)\s+(?:the\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)\s+"
                          r"(?:ordering|buying|purchasing|acquiring|procuring)\b")
NOUN_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+$", re.I)
SIGNING_NOUN = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[a-z]+\s+)?(?:contract|deal|agreement)\s+$")


def _buyer_of_verb(f: Findings, s, m: re.Match):
    """The buyer a verb of buying or signing names: 'purchased by X', or its subject."""
    text = s.text
    if re.search(r"\bthe\s+(?:former|latter)\s+$", text[:m.start()]):
        return None   # ('split between SpaceX and ULA, with the former receiving 10 missions': not the one before)
    by = re.match(r"\s+by\s+(?:the\s+)?(?=[A-Z])", text[m.end():]) \
        if re.match(r"purchas|bought|ordered|acquir|procur", m.group(0), re.I) else None
    if by:   # 'the Chunmoo system purchased by Warsaw'
        found = agent(f, s.start + m.end() + by.end(), s.start + m.end() + by.end() + 40)
        if found is not None:
            return found
    by = re.match(r"\s+by\s+(?:the\s+)?(?=[A-Z])", text[m.end():]) if re.match(r"sign|ink", m.group(0), re.I) else None
    if by and re.search(r"\bwith\b", text[m.end() + by.end():]):   # 'contracts signed by the Defence
        found = agent(f, s.start + m.end() + by.end(), s.start + m.end() + by.end() + 40)   # Ministry ...
        if getattr(found, "kind", None) in GOVERNMENT:                                      # with Baykar'
            return found
    supplied = SUPPLY_TO.search(text, m.end()) if re.match(r"sign|ink|conclud|seal", m.group(0), re.I) else None
    if supplied and not re.search(r"\bwith\b", text[m.end():supplied.start()]) \
            and len(f.coordinated(f.mentions_in(s.start, s.start + m.start(), "Country"))) < 2:   # ('Germany signed a deal for
        #                     the supply of 12 Leopard 2 tanks to Ukraine': Ukraine buys; not '... a contract with X')
        found = agent(f, s.start + supplied.end(), s.start + min(len(text), supplied.end() + 60))
        if found is not None:
            return found
    if re.match(r"sign|ink", m.group(0), re.I) and re.search(r"\b(?:was|were|been|being)\s+$", text[:m.start()]):
        return None   # ('the agreement ... was signed in Beijing by X': signatories, whoever buys)
    if re.match(r"sign|ink|clinch|seal|finali", m.group(0), re.I) and EXPORT_DEAL_AFTER.match(text, m.end()):
        return None   # ('The Turkish defence industry has signed its first export contract': it sells)
    if m.group(0).lower() == "placed an order" or not re.match(
            r"\s*(?:to|with)\b(?!\s+(?:buy|purchase|acquire|procure|order)\b)", text[m.end():]):
        clause_start = max(text.rfind(",", 0, m.start()) + 1, 0)
        subject = f.coordinated(f.mentions_in(s.start + clause_start, s.start + m.start(), "Country"))
        if len(subject) == 2 and re.match(r"sign|ink|conclud", m.group(0), re.I) \
                and _agent_after(f, s, ACQUISITION_FOR) is not None:
            return None   # ('India and France have signed ... for the procurement of X for the
            #                Indian Navy': both sign; whom it is for buys)
        if len(subject) == 2 and re.match(r"sign|ink|conclud|seal|finali", m.group(0), re.I):
            with_firm = re.search(r"\b(?:with|from)\s+(?:the\s+)?(?=[A-Z])", text[m.end():])
            firm = agent(f, s.start + m.end() + with_firm.end(), s.end) if with_firm else None
            if getattr(firm, "kind", None) in ("Company", "JointVenture"):
                return f.country(subject[0])   # ('Denmark and Sweden have signed a joint procurement contract
                #     with BAE Systems', 'Estonia and Latvia signed the contract to purchase X from Germany's
                #     Diehl Defense': both buy, from the firm)
            pair = [f.country(x) for x in subject]
            if firm is not None and firm in pair and with_firm.group(0).startswith("from"):
                return next(c for c in pair if c is not firm)   # ('Poland and South Korea concluded a deal to
                #                                                  purchase 48 FA-50 jets from South Korea')
            return _pair_buyer(f, s, pair)   # ('India and France signed ... for
            #      the Indian Navy'; none when the sentence does not say which buys: both sign)
        found = agent(f, s.start + clause_start, _before_possessed(f, s.start + clause_start, s.start + m.start()),
                      first=False)
        apposed = SUBJECT_APPOSED.match(text[:m.start()])
        if found is None and apposed:   # 'The UAE, one of France's biggest customers, also inked'
            found = agent(f, s.start, s.start + apposed.end("subject"), first=False)
        aside = RELATIVE_ASIDE.search(text, 0, m.start())
        if found is None and aside is not None:   # ('The country, which is under attack from Russia, has
            found = agent(f, s.start, s.start + aside.start(), first=False)   # received ...': not Russia)
            if found is None and THE_COUNTRY.search(text[:aside.start()] + " "):
                found = country_spoken_of(f, s)
            return found
        if found is None:
            found = agent(f, s.start, s.start + m.start(), first=False)
        if found is None and THE_GOVERNMENT.search(text, clause_start, m.start()):
            found = dateline_country(f)   # ('NEW DELHI: The government on Friday signed ...')
        if found is None and THE_COUNTRY.search(text, clause_start, m.start()):
            found = country_spoken_of(f, s)   # ('The Czech Republic has ... The country will buy')
        return found
    return None


CAPITALS_DATELINE = re.compile(r"[A-Z][A-Z .’'-]{2,40}\s*[―—–-]+\s*")


def settle_signing_pairs(f: Findings) -> None:
    """A deal two countries signed together ('Israel and Greece signed a four-year arms deal ...
    Israel's Elbit Systems will supply 36 PULS'): the one that is not the seller's country buys."""
    for deal in f.deals:
        parties = [c for c in f.claims if c.subject is deal and c.predicate == "gk:party" and c.object.kind == "Country"]
        if len(parties) != 2 or f.objects(deal, "gk:buyer"):
            continue
        homes = set()
        for seller in f.objects(deal, "gk:seller"):
            homes |= {id(seller)} if seller.kind == "Country" else {id(c) for c in f.objects(seller, "gk:country")}
        buying = [c for c in parties if id(c.object) not in homes]
        if len(buying) == 1:
            f.add(deal, "gk:buyer", buying[0].object, (buying[0].start, buying[0].end))


SIGNING_WORD = re.compile(r"\b(?:signed|inked|concluded|sealed|agreed)\b")
# 'Today, the Procurement Organisation of the German Armed Forces (BAAINBw) and Dutch naval shipbuilder
# Damen Naval signed the contract for two additional F126 frigates'
PAIR_SUBJECT_SIGNED = re.compile(r"^(?:(?:Today|Yesterday|On\s+\w+(?:\s+\d{1,2})?|In\s+\w+(?:\s+\d{4})?),\s+)?"
                                 r"(?P<pair>[^.;]{3,160}?\s+and\s+[^.;]{3,100}?)\s+(?:have\s+|has\s+|had\s+)?"
                                 r"(?:[a-z]+ly\s+|also\s+|today\s+)?(?:signed|inked|concluded|sealed|agreed\s+on)\b")


def _government_and_firm_signed(f: Findings, s):
    """(buyer, seller) when a government body and a firm open the sentence and sign together: the
    government buys from the firm."""
    m = PAIR_SUBJECT_SIGNED.match(s.text)
    if m is None:
        return None
    pair = f.coordinated([x for x in f.mentions_in(s.start + m.start("pair"), s.start + m.end("pair"), "Party")
                          if x.kind != "Demonym"])
    sides = [f.country(x) if x.kind == "Country" else f.entity(x) for x in pair]
    kinds = [getattr(x, "kind", None) for x in sides]
    if len(sides) != 2 or None in sides:
        return None
    if kinds[0] in GOVERNMENT and kinds[1] in SELLING_FIRMS:
        return sides[0], sides[1]
    if kinds[1] in GOVERNMENT and kinds[0] in SELLING_FIRMS:
        return sides[1], sides[0]
    return None


def _signing_pair(f: Findings, s) -> list:
    """The two countries that open a sentence and sign a deal together ('Russia and Egypt have
    signed a contract')."""
    lead = CAPITALS_DATELINE.match(s.text)   # ('WASHINGTON ― Lithuania and the U.S. government have finalized')
    m = PAIR_SIGNED.match(s.text, lead.end() if lead else 0)
    if m is None:
        return []
    pair = f.coordinated(f.mentions_in(s.start + m.start(), s.start + m.end(), "Country"))
    countries = [f.country(x) for x in pair]
    return countries if len(countries) == 2 and None not in countries and countries[0] is not countries[1] else []


def _pair_buyer(f: Findings, s, pair: list):
    """Which of two countries that sign a deal together buys: the one whose armed service the
    sentence says it is for ('Russia and Egypt signed ... which will increase the strength of the
    Egyptian Air Force'); none when the sentence does not say."""
    owners = set()
    for branch in f.mentions_in(s.start, s.end, "MilitaryBranch"):
        words = re.sub(r"^(?:the|The)\s+", "", branch.text).split()
        country = next((c for n in (2, 1) for c in [f.country_named(re.sub(r"(?:’s|'s)$", "", " ".join(words[:n])))]
                        if c is not None), None)
        if country is not None and country in pair:
            owners.add(id(country))
    found = [c for c in pair if id(c) in owners]
    return found[0] if len(found) == 1 else None


# What a deal signed is for: 'the supply of 12 Leopard 2 tanks to Ukraine'
SUPPLY_TO = re.compile(r"\b(?:supply|delivery|deliveries|sale|export|transfer)\s+of\s+[^.;]{1,80}?\s+to\s+(?:the\s+)?(?=[A-Z])")


def _buys(text: str, v: re.Match) -> bool:
    """Whether a word of buying says that someone buys, and not what it only looks like: 'after the
    signing ceremony', 'the Federal procurement agency', 'received the first instalment of payment',
    'received recognition', 'In order to strengthen its air force'."""
    word = v.group(0).lower()
    return not (re.match(r"\s+ceremony", text[v.end():])
                or (v.group(0) == "procurement" and PROCUREMENT_BODY.match(text, v.end()))
                or (word.startswith("receiv") and (PAYMENT_AFTER.match(text, v.end()) or ACCLAIM_AFTER.match(text, v.end())))
                or (word == "order" and re.search(r"\b[Ii]n\s+$", text[:v.start()]) and text.startswith(" to", v.end())))


# What a signer signs when it sells: 'signed its first export contract', 'inked an export deal'
EXPORT_DEAL_AFTER = re.compile(r"\s+(?:(?:its|their|his|her|the|an?)\s+)?(?:[\w-]+\s+){0,2}?export\s+"
                               r"(?:contracts?|deals?|orders?|agreements?)\b")
# A contract a firm says it was awarded: '..., which said that the DAPA had awarded it a contract'
AWARDED_IT = re.compile(r"\b(?:said|says|announced|stated)\s+(?:that\s+)?(?:the\s+)?(?=[A-Z])[^,;]{1,60}?\s+"
                        r"(?:had\s+|has\s+)?(?P<verb>awarded)\s+it\s+(?:a|an|the)\s+")
# A payment a seller received from its buyer: 'X has received the first payment from the Government of Y'
PAID_BY = re.compile(r"\breceived\s+(?:the\s+|an?\s+)?(?:first\s+|second\s+|initial\s+|advance\s+|final\s+)?"
                     r"(?:instal+ments?(?:\s+of\s+payment)?|payments?|advance\s+payments?|down\s+payments?)"
                     r"(?:\s+of\s+[^,;]{1,30}?)?\s+from\s+(?:the\s+)?(?=[A-Z])")
# What a seller receives: 'NORINCO has received the first instalment of payment of $ 20 million'
PAYMENT_AFTER = re.compile(r"\s+(?:the\s+|an?\s+)?(?:first\s+|second\s+|third\s+|final\s+|last\s+|initial\s+|advance\s+)?"
                           r"(?:instal+ments?|payments?|advances?|tranches?|down\s+payments?)\b|"
                           # ('KNDS and Rheinmetall will each receive €2.1 billion in gross contract value': a share
                           # of the money, not goods bought)
                           r"\s+(?:each\s+)?(?:about\s+|around\s+|some\s+)?(?:[$€£₹]|US\$|EUR\s|USD\s)\s?\d", re.I)
# ... and what a system or a firm earns: 'its K2 tank has already received recognition'
ACCLAIM_AFTER = re.compile(r"\s+(?:(?:wide|widespread|international|global|high|much|strong|positive|great)\s+)?"
                           r"(?:recognition|praise|acclaim|attention|interest|support|criticism|approval|"
                           r"certification|accolades?|awards?|an\s+award|plaudits|backing)\b", re.I)
# 'procurement' as the word for a body or a plan, not the act: 'to the Federal procurement agency'
# (in lower case: a body's name, 'the Israel Ministry of Defence’s Defense Procurement Directorate',
# is read as before, its owner the buyer)
PROCUREMENT_BODY = re.compile(r"\s+(?:agency|agencies|office|body|bodies|organi[sz]ation|directorate|authority|"
                              r"department|chiefs?|officials?|programmes?|programs?|plans?|budgets?|process|"
                              r"processes|system|ministry|minister|executive|arm|branch|division)\b", re.I)
# A relative clause between a verb's subject and the verb: ', which is under attack from Russia, has'
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,\s+(?:[a-z]+\s+){0,3}$")
# A list item's label before what it says: '• Procurement agreement: '
LIST_HEADING = re.compile(r"\W{0,3}[A-Z][a-z]+(?: [a-z]+){0,3}:\s+(?=[A-Z])")
# A verb's subject that names a country by the word 'country': the one the text spoke of
THE_COUNTRY = re.compile(r"(?:^|\s)[Tt]he\s+(?:country|nation)(?:\s+(?:has|have|had|will|would|also|"
                         r"previously|already|recently|earlier|"
                         r"(?:last|this|next)\s+(?:year|month|week)|on\s+\w+))*"
                         r"(?:\s+(?:approved|agreed\s+to|decided\s+to|plans\s+to|is\s+set\s+to))?\s+$")
# A verb's subject that names no government: the dateline's ('NEW DELHI: The government ... signed')
THE_GOVERNMENT = re.compile(r"(?:^|\s)(?:[Tt]he|[Oo]ur)\s+(?:(?:federal\s+|central\s+|national\s+)?"
                            r"(?:[A-Z][a-z]+\s+)?government|"   # ('The federal Liberal government')
                            r"defen[cs]e\s+(?:department|ministry))\b"   # ('The defense department will spend')
                            r"(?:\s+(?:on\s+\w+|has|have|had|today|also|formally|finally|will|would))*\s+$")


def _before_possessed(f: Findings, start: int, end: int) -> int:
    """Where a verb's subject ends when the last party before the verb only owns a description
    of the subject: 'Indonesia is France's largest defence customer and has ordered ...' is
    Indonesia's order (the offset of "France's", when Indonesia is named before it)."""
    parties = f.mentions_in(start, end, "Party")
    if len(parties) >= 2 and re.match(r"(?:’s|'s)\s+(?:[a-z-]+\s+){1,3}", f.text[parties[-1].end:end]) \
            and re.search(r"\b(?:is|was|are|were)\s+$", f.text[parties[-2].end:parties[-1].start]):
        return parties[-1].start
    return end


# 'Hanwha had signed a contract to export K9 howitzers worth $1.65bn to Egypt': the buyer is whom
# the seller exports to, not the subject that signed
EXPORT_TO = re.compile(r"\b(?:contract|deal|agreement|order)\s+to\s+(?:export|sell|supply|deliver|provide)\b"
                       r"(?:[^.;]|\.\d){0,100}?\bto\s+(?:the\s+)?(?=[A-Z])")


def _agent_after(f: Findings, s, pattern: re.Pattern, width: int = 40):
    """The agent named right after a pattern's first match in a sentence, if any."""
    m = pattern.search(s.text)
    return agent(f, s.start + m.end(), s.start + m.end() + width) if m else None


SOLD_TO = re.compile(r"\b(?:sale|sold|sell|sells|selling|deliver\w*|export\w*|suppl\w*|provid\w*|transfer\w*|"
                     r"shipped|shipping|ship|send|sends|sending|sent|donat\w*|gifted|pledged|pledges)"
                     r"\b[^.]{0,90}?\b(?<!according )(?<!due )(?<!up )(?<!next )to\s+"
                     # (not 'the transfer of Australia’s Abrams to a “third country”': none named)
                     r"(?!(?!join\b)[a-z]+\s+(?:the|its|their|a|an|his|her|our)\s)(?!an?\s)(?:the\s+)?", re.I)   # (not 'to replace
#                                                                    the RAF's fleet'; but 'expected to join the ROKAF')
# 'sell Saudi Arabia an arms package', 'sold Egypt 12 F-16 jets': the party right after the verb buys
SOLD_WHOM = re.compile(r"\b(?:sell|sells|selling|sold|offer|offers|offered|offering"
                       # ('has sent Ukraine a further 70 MG3 machine guns'; a government only: not 'gave Zelensky')
                       r"|(?P<give>send|sends|sending|sent|gave|give|gives|given|giving))\s+(?:the\s+)?(?=[A-Z])")
# ', a company which sells weapons to the Israeli military,': a relative clause on a party says
# what it does in general, not what this deal is
ASIDE_OPEN = re.compile(r",\s+(?:(?:a|an|the)\s+[^,]{0,40}?\s+)?(?:which|who|that)\s+[^,]*$")


def _in_aside(text: str, offset: int) -> bool:
    return bool(ASIDE_OPEN.search(text, max(0, offset - 120), offset)) and "," in text[offset:]


# 'has scored another export success, with Norway being the latest customer for the South Korean
# artillery system': the customer named before the word, not the system's country after it
CUSTOMER_BEING = re.compile(r"\bwith\s+(?:the\s+)?(?P<who>[A-Z][^,;]{1,40}?)\s+(?:being|as|becoming)\s+(?:the\s+|its\s+)?"
                            r"(?:[\w-]+\s+){0,2}?(?:customer|buyer)\b")


WHOSE_SYSTEM_MADE = re.compile(r"\b(?:contract|order|deal)\s+to\s+(?:produce|build|supply|deliver|manufacture|make)\s+the\s+"
                               r"(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})(?:’s|'s)\s+")


def _buyer(f: Findings, s):
    text = s.text
    being = CUSTOMER_BEING.search(text) if "with" in text else None
    found = agent(f, s.start + being.start("who"), s.start + being.end("who")) if being else None
    if found is not None:
        return found
    # 'a contract to export ... to Egypt', 'The order for the first two FDI frigates was placed by the
    # DGA', 'cleared the purchase of 97 Tejas for the Indian Air Force'
    for pattern, width in ((EXPORT_TO, 40), (PLACED_BY, 60), (CHOSEN_BY, 40), (APPROVED_FOR, 40), (WITH_PLANNER, 40),
                           (ARRIVED_IN, 30)):
        found = _agent_after(f, s, pattern, width)
        if found is not None:
            return found
    heading = LIST_HEADING.match(text)   # ('• Procurement agreement: Thailand signed ...': a label, no verb)
    verbs = [v for v in re.finditer(rf"\b(?:{BUY_VERBS}|(?-i:acquisition)|is considering purchasing|considering)\b", text, re.I)
             if not re.search(rf"(?:^|\s){COUNT_RE}\s+$", text[:v.start()], re.I)
             and (heading is None or v.start() >= heading.end()) and _buys(text, v)]
    # ('the five ordered squadrons': a count before it makes 'ordered' an adjective; 'Hot off the
    # purchase of ..., Indonesia inked another deal': a noun, not the verb whose subject buys,
    # unless no verb follows: 'The ministry allocated NT$40.5 billion for the purchase')
    m = next((v for v in verbs if not (NOUN_BEFORE.search(text, 0, v.start())
                                       and v.group(0).lower() in ("purchase", "order", "buy", "acquisition"))
              and not SIGNING_NOUN.search(text, 0, v.start())),   # ('follows the formal contract signing
             verbs[0] if verbs else None)                         # at ..., where the MoD concluded ...')
    tried = [m] if m is not None else []
    if m is not None and m.group(0) == "acquisition":   # ('The new acquisition complements the first
        tried += [v for v in verbs if v.start() > m.start()]   # Egyptian purchase of 24 Rafales': an
    for m in tried:   # acquisition with no subject of its own leaves the buyer to the words after it)
        found = _buyer_of_verb(f, s, m)
        if found is not None:
            return found
    m = GERUND_BUYER.search(text)
    if m:   # 'with a view to Indonesia ordering two Scorpene submarines'
        found = agent(f, s.start + m.start("who"), s.start + m.end("who"))
        if found is not None:
            return found
    for m in SOLD_WHOM.finditer(text):   # 'agreed to sell Saudi Arabia an arms package'
        whom = [x for x in f.mentions_in(s.start + m.end(), s.end, "Party") if x.start == s.start + m.end()]
        if whom and not re.match(r"(?:’s|'s)\b", f.text[whom[0].end:whom[0].end + 2]):
            found = agent(f, whom[0].start, whom[0].end)
            if not m.group("give") or getattr(found, "kind", None) in GOVERNMENT:
                return found
    m = next((m for m in SOLD_TO.finditer(text) if not _in_aside(text, m.start())), None)
    if m and THE_COUNTRY.match(text, m.end()):   # ('... destined for Ukraine, while Norway has committed
        return _recipient_spoken_of(f, s)        #  to donating six F-16 jets to the country')
    if m:
        return agent(f, s.start + m.end(), s.start + min(len(text), m.end() + 90))
    # 'signed with HAL for the acquisition of six ALH Mk-III for the Indian Coast Guard', 'The newly
    # procured seven training aircraft from China for Bangladesh Air Force': a government it is for
    for pattern in (ACQUISITION_FOR, BOUGHT_FOR):
        found = _agent_after(f, s, pattern)
        if found is not None and found.kind in GOVERNMENT:
            return found
    found = _agent_after(f, s, SOLD_FOR)   # 'MBDA UK will supply 1,000 missiles for Poland's Narew programme'
    if found is not None:
        return found
    m = re.search(r"\b(?:produced|built|made|manufactured) for\s+", text)
    if m:
        return agent(f, s.start + m.end(), s.start + m.end() + 40)
    m = _made_under_contract(text)
    if m:   # 'Under the agreement, PGZ will produce 1,000 Piorun launchers for the Polish Armed Forces'
        made_for = re.match(r"[^.;]{0,80}?\bfor\s+(?:the\s+)?(?=[A-Z])", text[m.end():])
        if made_for:
            start = s.start + m.end() + made_for.end()
            found = agent(f, start, start + 40)
            if found is not None:
                return found
        done_with = re.match(r"[^.;]{0,80}?\bwith\s+(?:the\s+)?(?=[A-Z])", text[m.end():]) if m.group("upgrade") else None
        if done_with:   # ('will upgrade 36 F-16 jets with the Chilean Air Force under a contract': a government's)
            start = s.start + m.end() + done_with.end()
            found = agent(f, start, start + 40)
            if getattr(found, "kind", None) in GOVERNMENT:
                return found
    m = re.search(r"\b(?:suppl(?:y|ying|ied|ies)|provid(?:e|es|ed|ing)|equip(?:s|ped|ping)?|"
                  r"arm(?:s|ed|ing)?)\s+"
                  r"(?:the\s+)?(?=[A-Z])", text)
    if m and re.match(r"[^.]{0,60}?\bwith\b", text[m.end():]):
        return agent(f, s.start + m.end(), s.start + m.end() + 60)
    return None


THE_COUNTRY = re.compile(r"(?:the\s+)?(?:country|nation)\b(?!(?:’s|'s))")


def _recipient_spoken_of(f: Findings, s):
    """The country a clause gives 'to the country': the last one named before it (in its sentence
    or just before) that is not the clause's own subject. (common.country_spoken_of reads 'the
    country' as a subject, from the subjects of the sentences before.)"""
    subject = agent(f, s.start, s.end)
    before = [f.country(m) for m in f.mentions_in(max(0, s.start - 400), s.start, "Country", "Demonym")]
    return next((c for c in reversed(before) if c is not None and c is not subject), None)


OTHER_CLAUSE_AHEAD = re.compile(r"\b(?:as|while|when|because|after|before|but|which|who|amid)\s|"
                                r"[“”\"](?![A-Z][\w-]*[”\"])")   # (but a name in quotes: 'company "Baykar"')
NOT_A_SOURCE = re.compile(r"\b(?:pressure|threats?|opposition|objections?|criticism|protests?|warnings?|attacks?|"
                          r"aggression|incursions?|"
                          # ('the transfer ... to a “third country” required permission from the United States')
                          r"permission|approval|consent|clearance|authori[sz]ation|"
                          # ('a broader joint procurement program with Austria and Sweden': partners)
                          r"program|programme|initiative|"
                          # ('a follow-on contract that originates from a 2015 deal to buy ...': an earlier deal)
                          r"originates?|originated|stems?|stemmed|derives?|derived|arises?|arose|dates?\s+back)\s+$")


def _country_opening_name(f: Findings, text: str):
    """The country an agency's name opens with ('the US State Department'), if any."""
    named = re.match(r"(?:the\s+)?([A-Z][\w.]*)\s", text)
    return f.country_named(named.group(1)) if named else None


FUNDS_BEFORE = re.compile(r"\b(?:aid|funds?|funding|financing|loans?|grants?|credits?|money|subsid(?:y|ies))\s+$")


# 'three Leopard tanks donated by Portugal': the giver after the participle
GIVER_AFTER = re.compile(r"\b(?:donated|gifted|given|pledged|promised|supplied|provided|sent|transferred)\s+by\s+"
                      r"(?:the\s+)?(?=[A-Z])")


MADE_BY_BOUGHT = re.compile(r"\b(?:acquire|buy|purchase|procure|order)\s+(?:[\w-]+\s+){1,5}?(?:made|built|manufactured|produced)"
                            r"\s+by\s+(?:the\s+)?(?=[A-Z])")
WORDS_FROM = re.compile(r"\b(?:statements?|reports?|announcements?|releases?|data|figures|remarks|comments|briefing|"
                        r"letter|notice|notification)\s+$")


def _seller(f: Findings, s):
    text = s.text
    m = GIVER_AFTER.search(text)
    found = agent(f, s.start + m.end(), min(s.end, s.start + m.end() + 40)) if m else None
    if found is not None and found.kind in (*GOVERNMENT, *SELLING_FIRMS):
        return found
    for m in re.finditer(r"\b(?:from|with)\s+(?:the\s+)?(?!a\s+view\s+to\b)", text):   # (not 'Fresh from the
        if NOT_A_SOURCE.search(text, 0, m.start()) or WITH_PLANNER.match(text, m.start()):
            continue   # ('as it faces growing pressure from Beijing'; 'with Madrid planning to buy')
        if m.group(0).startswith("from") and WORDS_FROM.search(text, 0, m.start()):
            continue   # ('according to a recent statement from the country’s Defense Ministry': who said it)
        if (m.group(0).startswith("from") and FUNDS_BEFORE.search(text, 0, m.start())) \
                or (m.group(0).startswith("with") and MONEY_RE.match(text, m.end())):
            continue   # ('with $770 million in aid from the Ukraine Security Assistance Initiative': how paid)
        if re.search(rf"\b(?:{BUY_VERBS}|contract|deal|agreement|acquisition|procurement)\b", text[:m.start()], re.I) \
                or SECOND_SOURCE_CLAUSE.match(text):   # of ...': the first 'from' after a deal's word)
            stop = OTHER_CLAUSE_AHEAD.search(text, m.end(), m.end() + 90)   # (not '... with “advanced weapons”
            window = (stop.start() if stop else m.end() + 90)              #  on Tuesday as it faces ... Beijing')
            bare = re.match(r"with\s+(?!the\b)[a-z]", m.group(0) + text[m.end():m.end() + 1])
            phrase_end = re.search(r"\s(?:to|for|in|on|under)\s", text[m.end():]) if bare else None
            if phrase_end is not None:   # ('a deal with offset policy to boost X': a policy, not whom it is with)
                window = min(window, m.end() + phrase_end.start())
            found = agent(f, s.start + m.end(), min(s.end, s.start + window))   # '... and Abrams tanks
            if found is not None and found.kind != "Person":             #  from the United States'
                return found
            if m.group(0).startswith("with") and text[m.end():m.end() + 1].islower():
                continue   # '12 Su-30MKI aircraft with associated equipment from HAL'
            break
    m = MADE_BY_BOUGHT.search(text)
    found = agent(f, s.start + m.end(), min(s.end, s.start + m.end() + 40)) if m else None
    if found is not None and found.kind in SELLING_FIRMS:   # ('will also acquire two polar-orbit satellites
        return found                                        #  made by Northrop Grumman')
    m = SALE_APPROVED_BY.search(text)
    if m:   # 'The sales approved by the US State Department include ...': the exporter's government
        found = agent(f, s.start + m.end(), min(s.end, s.start + m.end() + 60))
        country = _country_opening_name(f, f.text[s.start + m.end():s.end])
        if found is not None and found.kind == "GovernmentAgency" and country is not None:
            return country   # ('the US State Department': the United States)
        if found is not None:
            return found
    m = APPROVED_SALE.search(text)
    if m:   # 'The US State Department has approved the potential sale of F-16 jets to X': the US
        approver = f.mentions_in(s.start, s.start + m.start(), "GovernmentAgency")
        country = (_country_opening_name(f, approver[-1].text)   # (or its name: 'the Pentagon', the U.S. DoD)
                   or _country_opening_name(f, getattr(f.entity(approver[-1]), "label", ""))) if approver else None
        if country is not None:
            return country
        subject = [x for x in f.mentions_in(s.start, s.start + m.start(), "Country")
                   if x.start == s.start + subject_start(s.text)]
        if subject and f.country(subject[0]) is not None:   # ('The US approved the sale of TOW missiles')
            return f.country(subject[0])
    m = re.search(r"(?P<who>[A-Z][\w.-]+(?: [A-Z][\w.-]+)*)(?:’s|'s)\s+(?:\w+\s+)?"
                  r"(?:delivery|deliveries|sale|sales|export|supply)\b", text)
    if m:
        return agent(f, s.start + m.start("who"), s.start + m.end("who"))
    m = re.search(rf"\b(?:{SELL_VERBS})\b", text)
    if m and BY_DOING.search(text, 0, m.start()):   # ('Norway has joined the coalition supporting Ukraine by
        found = agent(f, s.start, s.start + m.start())   # committing to donate six F-16s'): the subject gives
        if found is not None:
            return found
    if m and not UNNAMED_SELLER.search(text, 0, m.start()):   # ('a company that failed to deliver')
        agents = [a for a in f.mentions_in(s.start, s.start + m.start(), "Party")
                  if not re.search(r"\b(?:by|to|told|tells|telling)\s+(?:the\s+)?$", f.text[max(s.start, a.start - 12):a.start])
                  and not (a.kind in GOVERNMENT and re.search(r"\b(?:for|(?:signed|inked|concluded|sealed|agreed)\s+in)\s+"
                                                              r"(?:the\s+)?$", f.text[max(s.start, a.start - 20):a.start]))
                  and not re.match(r"(?:’s|'s)\s", f.text[a.end:a.end + 3]) and not describing(f, a)
                  # ('CIO plans to produce seven more in Italy and deliver them': where, not who)
                  and not (a.kind in ("Country", "City") and re.search(r"\bin\s+(?:the\s+)?$",
                                                                       f.text[max(s.start, a.start - 8):a.start]))]
        found = agent(f, agents[-1].start, agents[-1].end) if agents else None
        if found is not None and found is not _buyer(f, s):
            return found
    m = _made_under_contract(text)
    if m:   # 'Bharat Forge will manufacture 307 howitzers for the Army under a contract ...'
        makers = f.mentions_in(s.start, s.start + m.start(), "Company", "JointVenture")
        if makers:
            return f.entity(makers[-1])
    m = MADE_FOR_BY.search(text)
    if m:   # ('100 Boxer vehicles would be produced for Germany by Rheinmetall')
        found = agent(f, s.start + m.end(), min(s.end, s.start + m.end() + 40))
        if found is not None and found.kind in ("Company", "JointVenture"):
            return found
    return None


BY_DOING = re.compile(r"\bby\s+(?:[a-z]+ing\s+(?:to\s+)?)?$")
# A seller the text does not name, as the subject of a relative clause: 'the previous contract with
# a company that failed to deliver Black Hawk helicopters' (not a named firm's apposition: 'Elbit
# Systems, a firm which sells drones')
UNNAMED_SELLER = re.compile(r"(?<!, )\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|contractor|supplier|vendor|"
                            r"manufacturer|maker|bidder)\s+(?:that|which|who)\s+(?:[\w-]+\s+){0,3}$")
MADE_FOR_BY = re.compile(r"\b(?:produced|built|made|manufactured|supplied|delivered)\s+for\s+[^.;,]{1,60}?\s+by\s+"
                         r"(?:the\s+)?(?=[A-Z])")


SALE_APPROVED_BY = re.compile(r"\b(?:sales?|transfers?|exports?)\s+(?:\w+\s+)?(?:approved|authori[sz]ed|cleared)\s+"
                              r"by\s+(?:the\s+)?")
APPROVED_SALE = re.compile(r"\b(?:approved|approves|cleared|clears|authori[sz]ed|"
                           # ('The Pentagon unveiled plans on October 20 for the sale to Saudi Arabia of ...')
                           r"(?:unveiled|announced)\s+plans\s+(?:[^.;]{0,30}?\s)?for)\s+(?:the\s+|a\s+)?(?:potential\s+|"
                           r"possible\s+|proposed\s+)?(?:sale|export|transfer)s?\s+(?:to\s+[^.;]{1,40}?\s+)?of\b")
MAKES = re.compile(r"\b(?:will\s+|to\s+)?(?:manufactur\w*|build|builds|building|produce|produces|producing|make|makes"
                   # ('Lockheed Martin will upgrade 36 F-16 jets ... under a $177 million contract')
                   r"|(?P<upgrade>upgrade|upgrades|moderni[sz]e|moderni[sz]es|overhaul|overhauls|refit|refits|"
                   r"retrofit|retrofits))\b")
UNDER_CONTRACT = re.compile(r"\b(?:[Uu]nder|[Aa]s\s+part\s+of)\s+(?:an?|the|its|this|that)\s+[^.;]{0,60}?\b(?:contract|agreement|deal|award)\b")


def _made_under_contract(text: str) -> re.Match | None:
    """The making verb of a clause that says it is done under a contract or agreement: its
    subject sells, and whom it is made 'for' buys."""
    return MAKES.search(text) if UNDER_CONTRACT.search(text) else None


SALE_PHRASE = re.compile(
    r"\b(?:[Ss]ale|buy|purchase|procurement|acquisition|supply)\s+(?:to\s+(?:the\s+)?"
    r"(?:Government\s+of\s+(?:the\s+)?)?[^()]{2,120}?"
    r"(?:\s*\([A-Z]+\))?\s+)?of\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:[a-z]+(?:[- ][a-z]+)?\s+\(\d[\d,]*\)\s+)?"      # 'twelve (12) MQ-9B ...'
    r"(?P<item>[A-Z0-9][^.;”\"]{2,120}?)"
    r"(?=\s+(?:and related|for an estimated|for a total|worth|valued|at an estimated|to include)|,?[.;”\"]|$)")


# What may follow a system's name in an item phrase and still name that system:
# 'Rafale Marine jets', 'MQ-9B SkyGuardian drones', 'Javelin missiles'.
NAMED_SYSTEM_REST = re.compile(   # ... and a variant's number: 'F-16 Block 70 jets'; a plural: 'H225Ms'
    r"s?(?:\s+(?:[A-Z][\w-]*|\d{1,3}[A-Za-z]?))*(?:\s+(?:[a-z-]+\s+){0,2}(?:missiles?|jets?|aircraft|systems?|drones?|"
    r"tanks?|helicopters?|rifles?|frigates?|vehicles?|fighters?|submarines?|ships?|howitzers?|"
    r"launchers?|batteries|units|solutions?|trainers?|tankers?))?(?:\s*\([A-Z][\w&/-]*\))?"
    r"(?:\s+for\s+(?:its|their|the|his|her)\s+[^,;]{1,40})?")   # ('... jet trainers for its air force')


# A maker's name graphkb does not know, before the system's: '28 NHIndustries NH90 helicopters'
COUNT_THEN_UNKNOWN_MAKER = re.compile(rf"(?<![\w.,])(?:{COUNT_RE})\s+(?P<maker>[A-Z][\w&-]*[a-z][\w&-]*\s+)$")
MAKER_NAMED = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s+")
# Words that only describe a system named after them: 'Swedish-made heavy infantry CV-90 ...'
DESCRIBED_SYSTEM = re.compile(r"(?:(?:[A-Z][a-z]+-(?:made|built|designed|developed)|[a-z]+(?:-[a-z]+)?)\s+){1,3}")


# 'a possible Foreign Military Sale to the Republic of Korea for follow-on support and services for
# its F-35 aircraft, engines, weapons and related equipment for an estimated cost of $675 million'
SALE_FOR = re.compile(r"\b[Ss]ale\s+to\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?[A-Z][^()]{2,60}?"
                      r"(?:\s*\([A-Z]+\))?\s+for\s+(?P<item>[a-z][^.;]{2,160}?)"
                      r"(?=\s+(?:and related|for an estimated|for a total|worth|valued|at an estimated)|[.;]|$)")


def _sale_for_item(f: Findings, s):
    """The support or services a sale is for, about the systems it names."""
    m = SALE_FOR.search(s.text)
    if not m:
        return None, []
    name = re.split(r"\s+for\s+|,\s+", m.group("item"))[0].strip()
    if len(name.split()) > 8:
        return None, []
    item = f.new_entity("MilitaryEquipment", name)
    inside = f.mentions_in(s.start + m.start("item"), s.start + m.end("item"), "Weapon")
    for x in inside:
        f.add(item, "gk:about", f.entity(x), s)
    return item, inside


# The countries a thing bought comes from, before what it is: 'Israeli and Russian '
ORIGINS = re.compile(r"(?:[A-Z][a-z]+(?:,\s+|\s+and\s+|\s+or\s+))*[A-Z][a-z]+\s+(?=[a-z])")
ORIGINS_BEFORE = re.compile(r"\s(?:[A-Z][a-z]+(?:,\s+|\s+and\s+|\s+or\s+))*[A-Z][a-z]+\s+$")
OWNER_PREFIX = re.compile(r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}(?:’s|'s|(?<=s)[’'])\s+(?=[A-Z0-9])")


def _sale_phrase_item(f: Findings, s):
    """'a possible Foreign Military Sale to India of C-17 sustainment follow-on support for an
    estimated cost of $670 million': the thing sold, even when it is no known system."""
    m = SALE_PHRASE.search(s.text)
    if not m:
        return _sale_for_item(f, s)
    name = m.group("item").strip().rstrip(",")
    name = re.split(r"\s+(?:from|to|in|for|under|worth|valued|at|by|with|as|will|would|is|are|was|were|"
                    r"has|have|had|can|could|should|may|used|fitted|installed|mounted)(?:\s+|$)", name)[0]
    name = re.split(r",?\s+(?:which|who|that)\s", name)[0]   # ('of 12 Gripen fighter jets, which were ordered')
    name = re.split(r"\s+(?:(?:[a-z]+|\d+)\s+)?(?:years?|months?|weeks?|decades?)\s+ago\b", name)[0]   # ('of 24
    #                                                                        Rafales six years ago')
    name = re.sub(r",?\s+(?:and|or)$", "", name).rstrip(",")   # ('procurement of X and for Y'; 'of X,
    #                                                             as well as Y')
    name = re.split(r"\s*\((?=[\da-z])", name)[0]   # ('26 Rafale aircraft (22 single-seater and ...)')
    start = s.start + m.start("item")
    owner = OWNER_PREFIX.match(name)   # 'the acquisition of Elbit Systems' PULS solution'
    if owner and f.mentions_in(start, start + owner.end(), "Org"):
        start, name = start + owner.end(), name[owner.end():]
    count = re.match(rf"(?:{COUNT_RE})\s+(?:more\s+|additional\s+|new\s+)?", name)
    if count:   # '26 Rafale Marine jets': the count is the deal's quantity, not the item's name
        start, name = start + count.end(), name[count.end():]
    origins = ORIGINS.match(name)
    if origins and all(w in gazetteer.demonym_index() for w in re.findall(r"[A-Z][a-z]+", origins.group(0))) \
            and re.search(r"[a-z]", name[origins.end():]):
        start, name = start + origins.end(), name[origins.end():]   # ('488 Israeli and Russian anti-tank
        #                                                              missiles': where they are from)
    if any(c.start <= start < c.end for c in f.mentions_in(max(0, start - 40), start + len(name),
                                                            "Country", "City")):
        return _sale_for_item(f, s)   # 'Sale to the Republic of Korea for ...': 'of' in a name
    inside = f.mentions_in(start, start + len(name), "Weapon")
    first = re.split(r",\s+|\s+(?:and|plus|as\s+well\s+as|along\s+with)\s+", name)[0]   # '54 Abrams M1A2 SEPv3
    #                    tanks, ammunition and ...', '28 NHIndustries NH90 helicopters plus support and infrastructure'
    # ('12 Swedish-made Saab JAS 39 Gripen fighter jets': the maker's name before the system's)
    maker = [x for x in f.mentions_in(start, inside[0].start, "Company") if x.end + 1 == inside[0].start] if inside else []
    before = maker[0].start if maker else inside[0].start if inside else start
    if inside and (before == start or DESCRIBED_SYSTEM.fullmatch(f.text, start, before)
                   or MAKER_NAMED.fullmatch(f.text, start, before)) and \
            NAMED_SYSTEM_REST.fullmatch(f.text[inside[0].end:start + len(first)]):
        return f.entity(inside[0]), []   # (also '246 Swedish-made heavy infantry CV-90 fighting vehicles')
    if len(name.split()) > 12 or not re.search(r"[a-z]", name):
        return None, []
    if not inside and f.mentions_in(start, start + len(name), "Company", "JointVenture"):
        return None, []   # ('the acquisition of Spanish producer Expal Systems': a firm, no goods)
    item = f.new_entity("MilitaryEquipment", name)
    for m in inside:
        f.add(item, "gk:about", f.entity(m), s)
    return item, inside


# What a sum is the worth of when it is no deal's: 'a modernisation programme worth some $100
# billion', 'a defence budget of $80 billion'
# A firm's results: 'a 38% increase in order intake to $840m', 'net sales for the period were $960m'
FINANCIAL_FIGURE = re.compile(r"\b(?:revenues?|net\s+sales|profits?|earnings|turnover|(?:net|operating|gross)\s+income|"
                              r"backlog|order\s+intake|order\s+bookings|EBITD?A?|EBIT)\b[^.;$€£¥₹\d]{0,40}$")
NOT_DEAL_MONEY = re.compile(r"\b(?:programme|program|budget|plan|funds?|funding|investments?|spending|purchases|"
                            r"modernisation|modernization|economy|trade|exports|imports|market|"
                            r"revenue|revenues|sales|agreements|contracts|deals|orders|profits?|earnings|turnover|"
                            r"income|backlog|intake)\s+(?:\w+\s+){0,2}?(?:worth|of|totall?ing|estimated at|valued at|"
                            r"amounted\s+to|amount\s+to|totall?ed|reached)\s+"
                            r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+)?$"
                            # ('orders in 2023 amounted to €20.3 billion, of which nearly €9 billion came in December')
                            r"|\bof\s+which\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+)?$"
                            r"|\bbudgeted\s+at\s+(?:some\s+|about\s+|around\s+)?$"
                            # ('contributing at least $358m to Canada's GDP'): what a deal brings an economy
                            r"|\b(?:contribut\w*|generat\w*|adding|add|adds|boost\w*|inject\w*)\s+(?:at\s+least\s+|up\s+to\s+|"
                            r"some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$"
                            # ('the order book position now stands at about Rs.8683 crore'): all a firm has to deliver
                            r"|\b(?:order\s+book|backlog)\b[^.;]{0,30}?\b(?:stands?|stood|is|was|of|at|reached|totall?ing)\s+"
                            r"(?:at\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+)?$", re.I)


MONEY_HINT = re.compile(r"\d|illion")


@functools.lru_cache(maxsize=1024)
def _deal_money(text: str):
    """The first sum of a sentence that is not said to be a budget's or a programme's."""
    if not MONEY_HINT.search(text):
        return None   # (the money pattern is slow to fail on a long sentence)
    penalty = None
    for m in MONEY_RE.finditer(text):
        if PENALTY.search(text, max(0, m.start() - 60), m.start()) or (
                penalty is not None and re.fullmatch(r"\s*\(\s*(?:about\s+|around\s+|or\s+)?", text[penalty:m.start()])):
            penalty = m.end()
            continue   # (a fine, and the same sum in another currency: 'fined Sg$1.13 million ($828,618)')
        other = NOT_DEAL_MONEY.search(text, max(0, m.start() - 60), m.start()) \
            or FINANCIAL_FIGURE.search(text, max(0, m.start() - 60), m.start())
        if other and not (SIGNED_SEVERAL.search(text, max(0, other.start() - 40), other.start())
                          or WON_SEVERAL.search(text, max(0, other.start() - 40), other.start())
                          or DEAL_FUNDS.match(text)):   # ('The agreement provides funding of more than NOK 1 billion')
            penalty = m.end()   # (and the same sum converted: 'operating profit of 358.8 billion won ($260 million)')
            continue
        if not A_YEAR.match(text, m.end()) and not EACH.match(text, m.end()):
            return parse_money(text[m.start():])
    return None


DEAL_FUNDS = re.compile(r"(?:The|This)\s+(?:new\s+)?(?:contract|deal|agreement|order)\s+(?:provides|provided|"
                        r"includes|included|will\s+provide)\s+(?:\w+\s+)?funding\s+of\b")


# 'BEL has won export orders worth about $52 million': the orders a firm won, one deal (not all
# the orders of a year)
WON_SEVERAL = re.compile(r"\b(?:won|wins|received|receives|secured|secures|bagged|bags|landed|clinched)\s+"
                         r"(?:[a-z-]+\s+){0,2}$")


# ('Hydronav was fined Sg$1.13 million for exporting a sonar system': a penalty, no price)
PENALTY = re.compile(r"\b(?:fined(?:\s+(?:the\s+)?[A-Z][\w.&-]*){0,4}|(?:a\s+)?fines?\s+of|penalt(?:y|ies)\s+of|"
                     r"forfeit\w*|bail\s+of|damages\s+of|ordered\s+to\s+pay)\s+"
                     r"(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+)?$", re.I)


# 'The government on Friday signed two contracts worth Rs 62,700 crore with HAL for ...': the sum
# of the contracts signed, which make the deal the sentence reports (not 'a series of contracts
# worth ...')
SIGNED_SEVERAL = re.compile(r"\b(?:signed|inked|awarded|concluded|placed)\s+(?:two|three|four|five|both)\s+$")


# 'Eurofighters cost around €133 million each': one unit's price, no deal's sum
EACH = re.compile(r"\)?(?:\s*\([^)]{1,40}\))?\s*(?:each|apiece|a\s+piece|per\s+(?:unit|aircraft|jet|piece|vehicle|"
                  r"ship|system))\b")
# 'the £14 billion (U.S. $20 billion) a year organization': a yearly sum, a budget's
A_YEAR = re.compile(r"\)?(?:\s*\([^)]{1,40}\))?\s*(?:(?:a|per|each)\s+year|annual|annually|yearly)\b")


# 'will transfer four radars ... for about $100 million': a price
PRICE_FOR = re.compile(r"\bfor\s+(?:about|around|some|nearly|approximately|roughly|over|more than|almost)?\s*"
                       r"(?:US\$|\$|£|€|¥|₹|Rs\.?\s?|\d[\d,.]*\s*(?:million|billion|crore)\s+(?:dollars|euros|pounds|yen))")


def _same_seller(f: Findings, deal, s) -> bool:
    """Whether the sentence names the deal's seller (as its subject, most often)."""
    sellers = f.objects(deal, "gk:seller")
    return any(f.entity(m) in sellers for m in f.mentions_in(s.start, s.end, "Org"))


# 'The $5.2 billion agreement, part of a broader package ..., includes an option': the deal in hand
THE_SUM_DEAL = re.compile(r"^(?:(?:If|Once|When|Should)\s+the|The|This|That)\s+(?:US|A|C)?(?:[$€£₹₱]|P(?=\d))[\d.,]+(?:\s*|-)(?:million|billion|"
                          r"crore|bn|m)?\s+(?:\((?:US|A|C)?[$€£₹][\d.,]+\s*(?:million|billion|bn|m)?\)\s+)?"   # ('The $10.4bn
                          r"(?:[a-z-]+\s+)?(?:deal|contract|agreement|order|purchase|sale|acquisition|investment)\b")   # (C$14bn) investment')   # ('The P30-billion contract', 'If the $15 billion sale goes through')


# A sentence that counts many contracts: its sums are a tally's
TALLY = re.compile(r"\b(?:total|overall|cumulative)\s+(?:number|value|worth)\s+of\s+(?:(?:the\s+)?[a-z]+\s+)?"
                   r"(?:contracts|deals|orders|agreements)\b|\b(?:contracts|deals|orders)\s+signed\s+"
                   r"(?:by\s+[^.;]{1,40}?\s+)?(?:during|so\s+far|since|this\s+(?:fiscal|financial|year))\b"
                   # ('the contracts to domestic industry are 177 (92 per cent) with contract value ...')
                   r"|\b(?:contracts|deals|orders)\b[^.;]{0,40}?\b(?:are|were|numbered|totall?ed)\s+\d")


NONE_WORTH = re.compile(r"\b(?:none|neither|not\s+one|no\s+single\s+\w+)\s+(?:of\s+them\s+)?(?:was\s+|were\s+)?"
                        r"(?:worth|valued|costing)\b", re.I)


def _money_only(f: Findings, s) -> None:
    """'The estimated total cost is $1.01 billion.': the amount of the deal in hand."""
    if not f.deals or not (re.search(r"\b(?:cost|value|values|worth|valued)\b", s.text, re.I) or (
            PRICE_FOR.search(s.text) and _same_seller(f, f.deals[-1], s)) or THE_SUM_DEAL.match(s.text)):
        return
    if TALLY.search(s.text) or "respectively" in s.text or NONE_WORTH.search(s.text):
        return   # ('none worth more than €400 million': a bound on many orders; 'the total number of contracts signed during 2024-25 reaches 193 with overall
        #          contract value exceeding Rs 2,09,050 crore': a year's tally, no deal's price; 'will
        #          cost $25 million and $48 million, respectively': the prices of two)
    if any(c.predicate == "gk:amount" and s.start <= c.start < s.end for c in f.claims):
        return   # (the sentence's sum is a deal's already: 'After purchasing X from A, B sold it to C for $1m')
    money = _deal_money(s.text)
    deal = f.deals[-1]
    here = [c.start for c in f.claims if c.subject is deal and s.start <= c.start < s.end]
    sum_at = MONEY_RE.search(s.text)
    if here and sum_at and min(here) > s.start + sum_at.end():
        return   # ('The US$6.5 billion deal follows a series of deals Poland signed in 2022 ...': the sum
        #          is the deal of the clause before the one the deal in hand was read from)
    add_sum(f, deal, money, s)


# 'sources have confirmed that the buyer country is Armenia': the buyer of the deal in hand,
# which its seller's announcement did not name
BUYER_IS = re.compile(r"\b[Tt]he\s+(?:buyer|customer|buying|end[- ]user)(?:\s+(?:country|nation|government))?\s+"
                      r"(?:is|was|would\s+be|will\s+be)\s+(?:the\s+)?(?=[A-Z])")


def _buyer_named(f: Findings, s) -> None:
    m = BUYER_IS.search(s.text) if f.deals and "the " in s.text.lower() else None
    if m is None or f.objects(f.deals[-1], "gk:buyer"):
        return
    buyer = agent(f, s.start + m.end(), s.start + m.end() + 40)
    if buyer is not None and buyer not in f.objects(f.deals[-1], "gk:seller"):
        f.add(f.deals[-1], "gk:buyer", buyer, s)


# 'An initial shipment, however, will be delivered by Hanwha Defence': the firm that delivers the
# deal in hand's goods sells them
SHIPMENT_BY = re.compile(r"^(?:The|An?|Its)\s+(?:[a-z-]+\s+){0,2}(?:shipment|batch|delivery|deliveries|consignment|"
                         r"tranche)\b[^.;]{0,40}?\b(?:will\s+be|was|were|is|are|has\s+been|have\s+been)\s+"
                         r"(?:delivered|supplied|shipped|provided)\s+by\s+(?:the\s+)?")


def _seller_named(f: Findings, s) -> None:
    m = SHIPMENT_BY.match(s.text) if f.deals and " by " in s.text else None
    seller = agent(f, s.start + m.end(), s.start + m.end() + 60) if m else None
    deal = deal_before(f, s.start) if seller is not None else None
    if deal is not None and getattr(seller, "kind", None) in SELLING_FIRMS \
            and seller not in f.objects(deal, "gk:buyer"):
        f.add(deal, "gk:seller", seller, s)
    won = FIRMS_THAT_WON.search(s.text) if f.deals and " that " in s.text else None
    for firm in _firms_listed(f, s.start + won.end(), s.end) if won else ():
        deal = deal_before(f, s.start)
        if f.entity(firm) not in f.objects(deal, "gk:buyer"):
            f.add(deal, "gk:seller", f.entity(firm), s)


# 'the two companies that won the contract—Bharat Forge (part of X) and PLR Systems (a joint venture
# of Y and Z)—have a strict deadline': the sellers of the deal in hand
FIRMS_THAT_WON = re.compile(r"\b(?:the\s+)?(?:two|three|four|\d)\s+(?:companies|firms|manufacturers|suppliers)\s+"
                            r"that\s+(?:won|secured|bagged|were\s+awarded|received)\s+the\s+(?:contract|order|deal)s?"
                            r"\s*(?:—|–|:|,|-)\s*")


def _firms_listed(f: Findings, start: int, end: int) -> list:
    """The firms a list names at an offset, past what brackets say of each ('A (part of X) and B
    (a joint venture of Y and Z)'), up to the dash or the end of the clause that closes it."""
    out, depth, at = [], 0, start
    firms = {x.start: x for x in f.mentions_in(start, end, *SELLING_FIRMS)}
    while at < end:
        ch = f.text[at]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and ch in "—–;.":
            break
        elif depth == 0 and at in firms and f.entity(firms[at]) is not None:
            out.append(firms[at])
            at = firms[at].end
            continue
        at += 1
    return out


# 'The contracts, signed at a presidential palace in Cairo, also covered the FREMM frigate and
# missiles including Mica air-to-air missiles, ...': more items of the deal in hand
DEAL_COVERS = re.compile(r"^(?:The|This|That|These|Those)\s+(?:[a-z-]+\s+)?(?:contracts?|deals?|agreements?|"
                         r"orders?|packages?)\b[^.;]{0,80}?\b(?:also\s+)?(?:covers?|covered|includes?|included|"
                         r"comprises?|comprised)\s+")


# 'The contract covers the development and production of 20 systems', 'expressed her delight about the
# purchase of the five new maritime patrol aircraft': how many the deal in hand is for
COUNT_OF_DEAL = re.compile(rf"\b(?:production|delivery|purchase|procurement|supply|acquisition)\s+of\s+(?:the\s+)?"
                           rf"(?P<n>{COUNT_RE})\s+(?:[a-z-]+\s+){{0,3}}?(?P<noun>systems|units|aircraft|jets|fighters|"
                           r"helicopters|ships|vessels|frigates|submarines|tanks|vehicles|drones|howitzers)\b")


def _count_of_deal_in_hand(f: Findings, s) -> None:
    m = COUNT_OF_DEAL.search(s.text) if f.deals and " of " in s.text else None
    if m is None or f.mentions_in(s.start, s.end, "Weapon") or MONEY_RE.search(s.text) \
            or any(s.start <= c.start < s.end and c.subject in f.deals for c in f.claims) or not _in_hand(f, s, back=3):
        return
    deal = deal_before(f, s.start)
    items = f.objects(deal, "gk:item")
    if len(items) != 1 or f.objects(deal, "gk:quantity") or f.objects(deal, "gk:lineItem"):
        return
    kinds = NOUN_KINDS.get(m.group("noun"))
    if kinds is not None and items[0].kind not in kinds and items[0].kind != "WeaponSystem":
        return   # ('the purchase of the five tanks' counts no deal for jets)
    f.add(deal, "gk:quantity", Lit(parse_count(m.group("n")), "integer"), s)


def _deal_covers(f: Findings, s) -> None:
    m = DEAL_COVERS.match(s.text)
    if m is None or not f.deals:
        return
    deal = deal_before(f, s.start)
    for x in f.mentions_in(s.start + m.end(), s.end, "Weapon"):
        if f.entity(x) is not None and not NOT_ITEM_BEFORE.search(f.text[s.start + m.end():x.start]):
            f.add(deal, "gk:item", f.entity(x), s)   # (not 'includes the option for a further 12 NH90s')


LIST_INTRO = re.compile(r"(?:to include|will be included|items? (?:are|include)|includ\w*)\s*:?\s*",
                        re.I)


REQUESTED = re.compile(r"\b(?:has|have) requested(?: to buy| the (?:purchase|sale) of)?\s+")


PEOPLE_LISTED = re.compile(r"\b(?:guests|officials|dignitaries|attendees|delegates|delegations?|"
                           r"representatives|members|ministers|people|figures|leaders)\s*,?\s*$", re.I)


SHARE_OF_WORK = re.compile(r"\(\s*\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)\s*\)")


def _item_list(f: Findings, s) -> None:
    """'..., to include spares and repair parts; support equipment; ...': the deal's items."""
    if not f.deals or s.text.count(";") < 2:
        return
    m = LIST_INTRO.search(s.text) or REQUESTED.search(s.text)   # ('X has requested A; B; C')
    if not m or PEOPLE_LISTED.search(s.text, max(0, m.start() - 40), m.start()) \
            or re.match(r"(?:outfitting|equipping|fitting|arming)\b", s.text[m.end():]):
        return   # ('in the presence of guests including A, title; B, title; ...'; 'including outfitting
        #          them with the Cenk 3D search radar; ...': what the ships carry, not what is bought)
    deal = f.deals[-1]
    for part in s.text[m.end():].split(";"):
        part = re.sub(r"^\s*(?:and\s+|are\s+|is\s+)?", "", part).strip().rstrip(".")
        if not part or part.lower().startswith(("other", "and other")) or len(part.split()) > 8 \
                or re.match(rf"{FULL_NAME},\s", part) or SHARE_OF_WORK.search(part):
            continue   # (nor 'Warton, United Kingdom (9 percent)', where the work is done)
        known = [x for x in f.mentions_in(s.start, s.end, "Weapon")
                 if f.text[x.start:x.end] == part]
        item = f.entity(known[0]) if known else f.new_entity("MilitaryEquipment", part)
        f.add(deal, "gk:item", item, s)




EXPORT_SELLER = re.compile(r"(?P<who>[A-Z][\w.]+)(?:’s|'s)\s+(?:[\w-]+\s+){0,4}?export\s+"
                           r"(?:deal|contract|order|sale)s?\b")
NOTIFIED = re.compile(r"\bnotif(?:y|ying|ied)\b", re.I)


# '... has ordered two A400M transport aircraft and signed a letter of intent for four more': a
# second, planned purchase of the same thing from the same seller
MORE_INTENDED = re.compile(rf"\b(?:letters?\s+of\s+intent|LOI|memorandum\s+of\s+understanding|MoU)\s+(?:\([A-Za-z]+\)\s+)?"
                           rf"(?:for|on|covering)\s+(?:a\s+further\s+|another\s+|up\s+to\s+)?(?P<n>{COUNT_RE})\s+"
                           rf"(?:more|additional|further)\b")


def _more_intended(f: Findings, s) -> None:
    m = MORE_INTENDED.search(s.text) if f.deals else None
    told = deal_before(f, s.end) if m else None
    if told is None or not any(c.subject is told and s.start <= c.start < s.end for c in f.claims):
        return
    more = _new_deal(f)
    for side in ("gk:buyer", "gk:seller", "gk:item"):
        for party in f.objects(told, side):
            f.add(more, side, party, s, "Planned")
    f.add(more, "gk:quantity", Lit(parse_count(m.group("n")), "integer"), s, "Planned")


def deal_before(f: Findings, offset: int):
    """The deal the text last spoke of before an offset (the first deal if none was before):
    what a later sentence adds belongs to the deal in hand there, not to the article's last."""
    first_seen, deals = {}, {id(d) for d in f.deals}
    for c in f.claims:
        if id(c.subject) in deals and id(c.subject) not in first_seen:
            first_seen[id(c.subject)] = c.start
    before = [d for d in f.deals if first_seen.get(id(d), 0) < offset]
    return max(before, key=lambda d: first_seen.get(id(d), 0)) if before else f.deals[0]


def _deal_spoken_of(f: Findings, s):
    """The deal a sentence speaks of by what it sells and to whom ('the Saudi THAAD sale' after
    Saudi Arabia's THAAD deal and the UAE's): the one deal of a system it names, best one whose
    buyer it names too; else the deal in hand."""
    named = {id(f.entity(m)) for m in f.mentions_in(s.start, s.end, "Weapon")}
    parties = {id(f.country(m) or f.entity(m)) for m in f.mentions_in(s.start, s.end, "Party")}
    selling = [d for d in f.deals if any(id(i) in named for i in f.objects(d, "gk:item"))]
    to_party = [d for d in selling if any(id(b) in parties for b in f.objects(d, "gk:buyer"))]
    return next((group[0] for group in (to_party, selling) if len(group) == 1), None) or deal_before(f, s.end)


CONTRACTING_ACTIVITY = re.compile(r",?\s+(?:is|was|are)\s+the\s+contracting\s+(?:activity|agency|office)\b")


def _contracting_context(f: Findings, s) -> None:
    """A contract announcement's closing lines: the governments it is for ('This contract
    involves Foreign Military Sales to Japan and Australia') and the office that places it
    ('Naval Sea Systems Command, Washington, D.C., is the contracting activity'), which buys
    when no one else is named."""
    _awardee_seat(f, s)
    customers = foreign_customers(f, s) if f.deals and FOREIGN_CUSTOMERS.search(s.text) else []
    deal = deal_before(f, s.end) if f.deals else None
    for customer in customers:
        f.add(deal, "gk:buyer", customer, s)
    m = CONTRACTING_ACTIVITY.search(s.text)
    if m is None or deal is None or f.objects(deal, "gk:buyer"):
        return
    office = f.mentions_in(s.start, s.start + m.start(), "GovernmentAgency", "MilitaryBranch",
                           "Organization")
    if office and office[0].start == s.start and f.entity(office[0]) is not None:
        agency = f.entity(office[0])
        service = _service_of(f, agency)
        f.add(deal, "gk:buyer", service or agency, s)
        if service is not None:
            f.add(agency, "gk:partOf", service, s)


# 'U.S. Army Contracting Command', 'Naval Sea Systems Command', 'Air Force Life Cycle Management
# Center': a U.S. contracting office named for the service it buys for
SERVICE_OFFICE = re.compile(r"(?:U\.S\.\s+|US\s+)?(?P<service>Army|Navy|Naval|Air Force|Marine Corps|Space Force)\s+"
                            r"(?:[A-Z][\w-]*\s+){0,4}(?:Command|Center|Centre|Office|Activity)\b")


def _service_of(f: Findings, agency):
    """The service a contracting office buys for, as one branch of the United States."""
    m = SERVICE_OFFICE.match(agency.label)
    if m is None:
        return None
    service = "Navy" if m.group("service") == "Naval" else m.group("service")
    return f.new_entity("MilitaryBranch", f"U.S. {service}", key=f"branch:United States:{service}",
                        attrs={"iri_name": f"United States {service}", "country": "Country:United States"})


# 'General Dynamics Land Systems, Sterling Heights, Michigan, was awarded ...': where the firm is
AWARDEE_SEAT = re.compile(r",\s+(?P<city>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}),\s+[A-Z][\w.]*(?: [A-Z][\w.]*)?,"
                          r"\s+(?:is|was|are|were|has been|have been)\s+(?:awarded|selected)\b")


def _awardee_seat(f: Findings, s) -> None:
    firms = f.mentions_in(s.start, s.start + 80, "Company")
    if not firms or firms[0].start != s.start:
        return
    m = AWARDEE_SEAT.match(f.text, firms[0].end, s.end)
    if m:
        place = place_named(f, m.start("city"), m.group("city"))
        if place is not None:
            f.add(f.entity(firms[0]), "gk:locatedIn", place, s)


# The deal in hand signed on a date, in a sentence that names no item: 'signed the contract at
# Oslo on January 30, 2026'; 'Since the 2017 contract for ...'
SIGNED_ON = re.compile(rf"\bsigned\s+the\s+(?:contract|agreement|deal)\b[^.;]{{0,60}}?\bon\s+(?P<date>"
                       rf"{DATE_RE.pattern})", re.I)


def apply_deal_context(f: Findings) -> None:
    """Facts about the deal in hand stated in sentences of their own: the exporting country
    ('one of Australia's largest ever defence export contracts') and the date Congress was
    notified (that sentence's date, else the dateline's)."""
    if not f.deals:
        return
    for s in f.doc.sentences:
        _contracting_context(f, s)
        m = EXPORT_SELLER.search(s.text)
        if m:
            seller = f.country_named(m.group("who"))
            deal = deal_before(f, s.end)
            if seller is not None and seller not in f.objects(deal, "gk:buyer") and \
                    not f.objects(deal, "gk:seller"):
                f.add(deal, "gk:seller", seller, s)
        signed = SIGNED_ON.search(s.text)
        if signed:   # 'X and Y signed the contract at Oslo on January 30, 2026'
            deal = deal_before(f, s.end)
            date = parse_date(signed.group("date"))
            if date is not None and not f.objects(deal, "gk:signedDate"):
                f.add(deal, "gk:signedDate", date, s)
        if NOTIFIED.search(s.text):
            date = parse_date(s.text) if DATE_RE.search(s.text) else None
            if date is None or date.datatype != "date":
                date = dateline_date(f)
            if date is not None:
                f.add(_deal_spoken_of(f, s), "gk:notifiedDate", date, s)
