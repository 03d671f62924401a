"""Claims: the facts an article states, each with its evidence, speaker and modality.

Each rule module looks for one family of facts (people and their posts, quotes,
deals and talks, ventures and production, operations and sanctions) as general
patterns over entity kinds and trigger words, and adds claims to a ``Findings``.
A claim links a subject (an entity or an event such as a deal) to an object (an
entity, an event or a literal) through an ontology property, and keeps the
character span of the sentence that states it.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from .. import gazetteer
from ..entities import Entity, Resolved
from ..mentions import AnalysedArticle, Mention, Quote, Sentence
from ..namespaces import ID, slug


@dataclass(eq=False)
class Event:
    """Something that happens or is agreed, minted per article: a deal, talks, a statement."""
    kind: str
    article_id: str
    number: int
    label: str | None = None
    subclass: str | None = None    # a narrower class of its kind ('AidPackage', a Deal)

    @property
    def iri(self) -> str:
        return f"{ID}{self.kind.lower()}/{slug(self.article_id)}/{self.number}"

    @property
    def cls(self) -> str:
        return self.subclass or self.kind


@dataclass(frozen=True)
class Lit:
    value: object
    datatype: str = "string"       # an xsd local name


Node = Entity | Event


@dataclass
class Claim:
    subject: Node
    predicate: str                 # a gk: local name, or a full IRI
    object: Node | Lit
    start: int                     # the evidence span in the article text
    end: int
    modality: str = "Asserted"
    speaker: Entity | None = None


# What may stand between two coordinated names: "X, Y and Z", "X (XYZ) and China's Y".
# ... and one modifier of the next: 'Sweden's', 'Russian', 'U.S.-made'
COORDINATION = re.compile(r"\)?(?:\s*\([^)]{1,30}\)|\s*\[[A-Z.]{1,6}\])?(?:\s+[a-z-]+){0,3}?(?:,\s*|\s+and\s+|,\s+and\s+|/)"
                          r"(?:the\s+)?(?:M/[Ss]\.?\s*)?(?:[A-Z][\w.-]+(?:’s|'s)?\s+)?"   # ('M/s. X', as Indian firms are written)
                          # '... and the Saudi state-owned firm SAMI'
                          r"(?:(?:[a-z-]+\s+){0,3}(?:firm|company|group|manufacturer|maker|"
                          r"shipbuilder|shipyard|contractor|conglomerate)\s+)?"
                          r"(?:(?:his|her|their)\s+(?:[A-Z][\w-]+\s+)?counterparts?,?\s+)?")   # '... and his
#                                                                  German counterpart Boris Pistorius'
HEDGES = re.compile(r"\b(?:reportedly|allegedly|according to|is said to|are said to|"
                    r"reports? (?:say|said|suggest)|sources said|purportedly|it is understood|"
                    r"claimed|rumou?red|denied|denies|deny|denying|dismissed (?:the )?reports?|"
                    r"not aware|unconfirmed|unverified|could not (?:be )?(?:independently )?"
                    r"verif\w*)\b", re.I)
# Where a clause ends for the scope of a word of intent
CLAUSE_CUT = re.compile(r";\s|,[”\"]?\s+(?=(?:which|who|while|but|although|whereas|meaning)\b)|"
                        r"\s(?=who\s)|\s[–—]\s|,\s(?=in\s+a\s+move\b)|"   # ('has awarded X – in a move that will')
                        r"\s(?=that\s+(?:will|would)\s)|"   # ('a co-operation agreement that will see them ...')
                        # ('sealed a deal to order 42 jets and signed an agreement for the possible purchase of')
                        r"\s(?=and\s+(?:signed|inked|sealed|ordered|bought|purchased|received)\s)|"
                        r"\s(?=(?:while|but|whereas)\s)|"
                        r"\s(?=and\s+(?:will|would|may|might|could|plans?|intends?|is expected|"
                        r"are expected)\b)")
# ("It would be recalled that the NN signed a contract": a reminder, not a plan)
PLANS = re.compile(r"\b(?:(?-i:may)|might|could|would(?! be (?:recalled|remembered|noted)\b)|plans? to|planned|planning|intends? to|prepar(?:ing|es) to|aims? to|aiming to|"
                   r"persuad\w*|urg(?:e|es|ed|ing) [\w ]{1,40}? to|call(?:s|ed|ing)? on [\w ]{1,40}? to|"
                   r"is considering|are considering|considering|possible|proposed|potential|"
                   r"expected to|is set to|are set to|poised to|hop(?:es|ed|ing) to|"
                   # (the verb, not the noun: "India's will to respond", 'a new will', 'political will')
                   r"(?<!’s )(?<!'s )(?<!\bthe )(?<!\ba )(?<!new )(?<!political )will(?!\s+to\b)|wants? to|seeks? to|"
                   r"(?:is|was|are|were) (?:ready|prepared|willing) to|(?:is|was|are|were) interested in|"
                   r"under negotiation|in talks|negotiating|once finalised|once finalized|"
                   r"Acceptance of Necessity|AoN|(?:approved|cleared) (?:the )?proposals?|"
                   r"(?:approved|cleared) (?:the )?(?:proposals? for )?"
                   r"(?:procurement|purchase|acquisition)|preferred (?:bidder|platform|option|design|supplier)|"
                   r"shortlisted|with a view to|"
                   # ('expressed interest to sell submarines', "Germany's request to export ammunition")
                   r"interest (?:to|in)|requests? to|requested to|offer(?:s|ed|ing)? to|"
                   # ('Taipei requested three NASAMS': asked for, not yet sold)
                   r"requested(?= (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|up)\b)|"
                   r"(?:unveiled|announced) plans)\b", re.I)


@dataclass
class Findings:
    """What the rules found in one article."""
    doc: AnalysedArticle
    resolved: Resolved
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    extra_entities: list[Entity] = field(default_factory=list)
    _objects: dict = field(default_factory=dict)
    _modalities: dict = field(default_factory=dict)
    _stated: set = field(default_factory=set)

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.doc.mentions]

    # --- building -----------------------------------------------------------
    def event(self, kind: str, label: str | None = None) -> Event:
        e = Event(kind, self.doc.article.id, len(self.events) + 1, label)
        self.events.append(e)
        return e

    def add(self, subject: Node, predicate: str, obj: Node | Lit, sentence: Sentence | tuple,
            modality: str | None = None, speaker: Entity | None = None) -> None:
        if subject is None or obj is None or subject is obj:
            return
        start, end = (sentence.start, sentence.end) if isinstance(sentence, Sentence) else sentence
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if modality is None:
            modality = self.modality(start, end)
            if modality == "Planned":
                modality = self._clause_modality(subject, obj, start, end)
        if speaker is None:
            speaker = self.speaker_at(start)
        # The same fact stated again is another claim, more evidence for it; but two rules that
        # read it in the same sentence make one claim.
        stated = (id(subject), predicate, obj if isinstance(obj, Lit) else id(obj), start, end)
        if stated in self._stated:
            return
        self._stated.add(stated)
        self.claims.append(Claim(subject, predicate, obj, start, end, modality, speaker))
        known = self._objects.setdefault((id(subject), predicate), [])
        if obj not in known:
            known.append(obj)

    def retract(self, subject: Node, predicate: str) -> None:
        """Take back every claim of a subject's property, when a later reading shows that it
        belongs elsewhere (a deal's counts, once it counts two items, belong to its line items)."""
        self.claims = [c for c in self.claims if c.subject is not subject or c.predicate != predicate]
        self._objects.pop((id(subject), predicate), None)
        self._stated = {k for k in self._stated if k[0] != id(subject) or k[1] != predicate}

    def merge(self, old: Node, new: Node) -> None:
        """What the claims said of one node is said of another: the same thing, found to be
        one only later (a venture named after the text spoke of it unnamed)."""
        moved = [c for c in self.claims if c.subject is old or c.object is old]
        self.claims = [c for c in self.claims if c.subject is not old and c.object is not old]
        self._objects = {k: v for k, v in self._objects.items() if k[0] != id(old)}
        self._stated = {k for k in self._stated if k[0] != id(old) and k[2] != id(old)}
        for c in moved:
            subject = new if c.subject is old else c.subject
            self.add(subject, c.predicate, new if c.object is old else c.object, (c.start, c.end),
                     c.modality, c.speaker)
            if c.object is old:   # (the list of the subject's objects names the merged node once)
                known = self._objects.get((id(subject), c.predicate), [])
                if old in known:
                    known.remove(old)

    def objects(self, subject: Node, predicate: str) -> list:
        """What the claims so far say a subject's property is, in the order they said it."""
        return list(self._objects.get((id(subject), predicate), ()))

    def new_entity(self, kind: str, label: str, mention_start: int | None = None, *,
                   key: str | None = None, attrs: dict | None = None) -> Entity:
        """An entity that a rule, not a mention, brought to light ('produced in Amethi'); the
        one the article already has under the same key, if any."""
        key = key or f"name:{label.lower()}"
        found = self.resolved.by_key(key) or next(
            (e for e in self.extra_entities if e.key == key), None)
        if found:
            return found
        entity = Entity(key, kind, label, attrs=dict(attrs or {}))
        self.extra_entities.append(entity)
        return entity

    # --- reading ------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.doc.text

    def entity(self, mention: Mention) -> Entity | None:
        if mention.kind == "Demonym":
            return self.country(mention)
        return self.resolved.entity(mention)

    def country(self, mention: Mention) -> Entity | None:
        """The country a mention stands for: a country, its demonym, or its capital."""
        known = gazetteer.by_key().get(mention.key or "")
        if known and known.kind == "Country":
            return self._country_entity(known)
        if known and known.kind == "City" and known.label in gazetteer.capital_index():
            return self._country_entity(gazetteer.capital_index()[known.label])
        return None

    def _country_entity(self, known) -> Entity:
        return self.known_entity(known, "Country")

    def known_entity(self, known, kind: str | None = None) -> Entity:
        """The entity of something the gazetteer knows: the article's own, or one made from the
        gazetteer's entry (its label and Wikidata id) for a fact about it."""
        entity = self.resolved.by_key(known.key) or next(
            (e for e in self.extra_entities if e.key == known.key), None)
        if entity is None:
            entity = Entity(known.key, kind or known.kind, known.label, wikidata=known.wikidata)
            self.extra_entities.append(entity)
        return entity

    def governed_from(self, capital: str) -> Entity | None:
        """The country whose government a capital stands for ("Manila's defence chief")."""
        known = gazetteer.capital_index().get(capital)
        return self._country_entity(known) if known is not None else None

    def country_named(self, name: str) -> Entity | None:
        """The country a name, alias or demonym stands for ('the U.S.', 'British', 'Ukraine.')."""
        index = gazetteer.demonym_index()
        name = name.strip().removeprefix("the ").removeprefix("The ")
        for candidate in (name, name.rstrip(".,;:"), name.rstrip(".,;:") + "."):
            if candidate in index:
                return self._country_entity(index[candidate])
        return None

    def mentions_in(self, start: int, end: int, *kinds: str) -> list[Mention]:
        """The mentions (of these kinds) that lie between two offsets, in text order."""
        mentions = self.doc.mentions
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end, lo=first)
        wanted = _kinds_of(kinds) if kinds else None
        return [m for m in mentions[first:last] if m.end <= end
                and (wanted is None or m.kind in wanted)]

    def last_mention_before(self, offset: int, *kinds: str, within: int = 3000) -> Mention | None:
        """The nearest mention (of these kinds) that ends before an offset."""
        mentions = self.doc.mentions
        for i in range(bisect.bisect_left(self._starts, offset) - 1, -1, -1):
            m = mentions[i]
            if offset - m.end > within:
                break
            if m.end <= offset and _is_kind(m.kind, kinds):
                return m
        return None

    def coordinated(self, mentions: list[Mention]) -> list[Mention]:
        """The first mention and those joined to it by 'and' or commas ('Su-30MKI, MiG-29
        and Tejas', 'Moscow and Tehran')."""
        out = mentions[:1]
        for prev, nxt in zip(mentions, mentions[1:]):
            between = self.text[prev.end:nxt.start]
            if self.entity(nxt) is self.entity(prev) and re.fullmatch(r"\s*\(", between):
                continue   # 'Pakistan Aeronautical Complex (PAC)': the acronym of the same
            if not COORDINATION.fullmatch(between):
                break
            out.append(nxt)
        return [m for i, m in enumerate(out) if self.entity(m) not in map(self.entity, out[:i])]

    def coordinated_ending(self, mentions: list[Mention]) -> list[Mention]:
        """The names joined by 'and' or commas that end with the last of these mentions ('A and B
        are the subsidiaries of C', 'South African, Malawian, and Tanzanian forces')."""
        for i in range(len(mentions)):
            group = self.coordinated(mentions[i:])
            if group and group[-1] is mentions[-1]:
                return group
        return []

    def quote_at(self, offset: int) -> Quote | None:
        return next((q for q in self.doc.quotes if q.start <= offset < q.end), None)

    def speaker_at(self, offset: int) -> Entity | None:
        quote = self.quote_at(offset)
        return getattr(quote, "speaker", None) if quote else None

    def modality(self, start: int, end: int) -> str:
        """Asserted, Reported ('reportedly', 'according to') or Planned ('may', 'possible')."""
        key = (start, end)
        if key not in self._modalities:
            self._modalities[key] = self._modality(self.text[start:end])
        return self._modalities[key]

    def _clause_modality(self, subject, obj, start: int, end: int) -> str:
        """Planned, unless the clause that names the fact's subject (or object) has no word of
        intent: in 'Kuwait, which operates the Patriot, will have no difficulty ...', the
        Patriot's operator is a fact, not a plan. (A hedge, unlike a plan, holds for the whole
        sentence: 'According to officials, X signed ...'.)"""
        anchors = [m.start for node in (subject, obj) for m in getattr(node, "mentions", ())
                   if start <= m.start < end]
        if not anchors:   # a country named by its demonym or its body ('from the Indian ministry of defence')
            anchors = [m.start for m in self.mentions_in(start, end, "Party")
                       if obj is not None and (self.entity(m) is obj or self.country(m) is obj)]
        if not anchors and isinstance(subject, Event):   # a deal's sum: the clause of its parties
            anchors = [m.start for c in self.claims if c.subject is subject and c.start == start
                       for m in getattr(c.object, "mentions", ()) if start <= m.start < end]
        if not anchors:
            return "Planned"
        text = self.text[start:end]
        at = anchors[0] - start
        cuts = list(CLAUSE_CUT.finditer(text))
        left = max([0, *(m.end() for m in cuts if m.end() <= at)])
        right = min([m.start() for m in cuts if m.start() >= at] or [len(text)])
        return "Planned" if PLANS.search(text[left:right]) else "Asserted"

    @staticmethod
    def _modality(text: str) -> str:
        if HEDGES.search(text):
            return "Reported"
        if PLANS.search(text):
            return "Planned"
        return "Asserted"


WEAPON_KINDS = {"WeaponSystem", "AirDefenceSystem", "Missile", "CruiseMissile", "Aircraft",
                "FighterAircraft", "TransportAircraft", "Helicopter", "UnmannedAircraft", "Tank",
                "ArmouredVehicle", "Artillery", "Ship", "AircraftCarrier", "Submarine", "Rifle",
                "Radar", "Satellite", "MilitaryEquipment"}
ORG_KINDS = {"Organization", "GovernmentAgency", "Company", "JointVenture", "MilitaryBranch",
             "MediaOutlet", "IntergovernmentalBody", "ArmedGroup"}
AGENT_KINDS = ORG_KINDS | {"Country", "Person"}
PLACE_KINDS = {"City", "Region", "Place", "Country"}
GROUPS = {"Weapon": WEAPON_KINDS, "Org": ORG_KINDS, "Agent": AGENT_KINDS, "Where": PLACE_KINDS,
          "Party": ORG_KINDS | {"Country", "Demonym", "City"}}


def _is_kind(kind: str, kinds: tuple[str, ...]) -> bool:
    return not kinds or kind in _kinds_of(kinds)


@functools.lru_cache(maxsize=None)
def _kinds_of(kinds: tuple[str, ...]) -> frozenset[str]:
    """The mention kinds that these kinds and groups of kinds ('Weapon', 'Party') stand for:
    worked out once for each set of kinds the rules ask for, not for every mention tested."""
    return frozenset(kinds).union(*(GROUPS.get(k, ()) for k in kinds))


def extract(doc: AnalysedArticle, resolved: Resolved) -> Findings:
    """Run every rule family over an article."""
    from . import (acquisitions, aid, article, deals, exercises, industry, operations, organisations, people, places,
                   quotes, sanctions, signatures, systems, talks, ventures, weapon_tests, weekdays)

    findings = Findings(doc, resolved)
    for rules in (article, people, quotes, deals, acquisitions, aid, talks, organisations, ventures, signatures,
                  industry, systems, operations, exercises, sanctions, weapon_tests, weekdays, places):
        rules.apply(findings)
    deals.settle_signing_pairs(findings)   # (once the sellers' countries are known)
    return findings
