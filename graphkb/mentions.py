"""Mentions: where an article names a thing, and what kind of thing it is.

spaCy's blank English pipeline splits the text into tokens and sentences (line
breaks always end a sentence: headlines and list items carry no full stop; a
dateline stands apart from the sentence it opens), and a PhraseMatcher finds the
names the gazetteer knows. Things the gazetteer does not know are found from cues
(``graphkb.cues``) and titles (``graphkb.titles``). Where found names overlap the
longest wins; a name found once ('Denis Alipov', an acronym's long form) is then
found wherever it recurs ('Alipov', the acronym).

Every mention keeps its character offsets into the article text.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import ORTH

from . import cues, gazetteer, titles
from .articles import Article
from .spans import SENTENCE_END, Mention, Quote, Sentence, hard_wrapped, headline_lines, in_lines

__all__ = ["AnalysedArticle", "Mention", "Quote", "Sentence", "analyse", "headline_lines",
           "in_lines"]


@dataclass
class AnalysedArticle:
    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    quotes: list[Quote]

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_at(self, offset: int) -> Sentence:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return self.sentences[-1]


# Two words that a full stop with no space joins, the second a capitalised word of some length or
# a short word that opens sentences: two sentences ('in the North-West.Commissioning the new
# tanks', 'its fleet of F-16s.The contract'), not a name ('Caliber.Az')
GLUED_SENTENCE = re.compile(r"[A-Za-z0-9-]*[a-z0-9][a-z]\.(?:[A-Z][a-z]{2,}|It|In|On|At|As|By|He|We|If|An|A)")


@Language.component("graphkb_line_breaks")
def line_breaks(doc):
    """A line break starts a new sentence (headlines have no full stop), save a single break
    after a comma: a line wrapped mid-sentence ('the Minister of Industry and Trade,' then
    'Ryad Mezzour, as well as ...'), or before a word in lower case, or anywhere in a text whose
    lines are all wrapped at a width ('Germany's national security' then 'council has
    approved'), unless the line ends a sentence; a full stop with no space after it starts none,
    unless a capitalised word of some length follows it."""
    wrapped = hard_wrapped(doc.user_data.get("graphkb_text") or doc.text)
    for i, token in enumerate(doc[:-1]):
        if token.text == "." and i and not doc[i - 1].whitespace_ and not token.whitespace_ \
                and doc[i + 1].text[:1].isalpha() and not GLUED_SENTENCE.fullmatch(doc[i - 1].text + "." + doc[i + 1].text):
            doc[i + 1].is_sent_start = False   # a full stop inside a name ('Caliber.Az reports') ends nothing
            continue
        if (token.text == "," and token.whitespace_ == "\n") or (token.text == "\n" and i and doc[i - 1].text == ","):
            continue
        if token.text == "\n" and i and doc[i - 1].text[-1:] not in SENTENCE_END \
                and (wrapped or doc[i + 1].text[:1].islower()):
            doc[i + 1].is_sent_start = False   # a line wrapped mid-sentence
            continue
        if "\n" in token.text or ("\n" in token.whitespace_ and i + 1 < len(doc)):
            doc[i + 1].is_sent_start = True
        elif token.text in LEGAL_FORM_STOPS and token.whitespace_ and doc[i + 1].text in SENTENCE_OPENERS:
            doc[i + 1].is_sent_start = True   # ('... and Skydio Inc. Among the individuals sanctioned')
    return doc


# A firm's abbreviated legal form, whose full stop ends the sentence too when a word that opens
# sentences (and no name) comes after it
LEGAL_FORM_STOPS = {"Inc.", "Ltd.", "Co.", "Corp.", "Bhd.", "Pvt.", "Pty.", "Plc.", "S.A.", "S.p.A."}
SENTENCE_OPENERS = {"The", "Among", "Additional", "In", "It", "Its", "This", "These", "Those", "They", "He",
                    "She", "We", "A", "An", "According", "On", "At", "As", "But", "However", "Meanwhile",
                    "Both", "All", "Other", "Earlier", "Later", "Last", "Separately", "Also"}


# (and a mark in Roman numerals: 'Agni-II', 'KSS-III')
DESIGNATION_TOKEN = re.compile(rf"^(?:[A-Z][A-Za-z]{{0,8}}-?\d{{1,4}}[A-Z][A-Za-z0-9]{{0,3}}|{cues.ROMAN_MARKED})$")


@functools.lru_cache(maxsize=1)
def pipeline() -> tuple[Language, PhraseMatcher]:
    nlp = spacy.blank("en")
    # ('Kestrel Pvt. Ltd.', 'Rs. 4.5 billion')
    for abbreviation in titles.ABBREVIATIONS + ["Pvt.", "Pty.", "Bhd.", "No.", "Rs."]:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # a dash glued to the first word after a wire's dateline ('KYIV (Reuters) -Russia unleashed')
    # and a hashtag before a name ('targets including #Awantipura, #Srinagar')
    prefixes = list(nlp.Defaults.prefixes) + [r"-(?=[A-Z][a-z])", r"#(?=[A-Z][a-z])"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    # a full stop after a designation that ends in a capital letter ends the sentence ('... and
    # the JX-42A. Croatia signed'), which the English rules keep as an abbreviation's ('U.S.A.')
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=\d[A-Z])\.", r"(?<=\d[A-Z][A-Za-z0-9])\.",
                                               r"(?<=\d[A-Z][A-Za-z0-9]{2})\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # a full stop with no space after it still ends a sentence ('in the North-West.Commissioning the
    # new tanks'), as copy pasted from another layout leaves it; and a bracket then a dash glued to
    # the next word splits there too ('PLR Systems (a joint venture of X and Y Industries)—have')
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[a-z]{2})\.(?=[A-Z][a-z]{2})", r"(?<=\w)\)(?=[—–])",
                                             r"(?<=\))[—–](?=\w)"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # a designation whose last letter the English rules would split off as a unit ('T-90M',
    # 'Tu-160M', 'AW149M' read as 'T-90' and 'M', like '$5M'), or whose mark in Roman numerals
    # the hyphen rule would split off ('Agni-II')
    nlp.tokenizer.token_match = DESIGNATION_TOKEN.match
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("graphkb_line_breaks")
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for known in gazetteer.load():
        names = {known.label, *known.aliases}
        if known.kind == "Country":
            names |= set(known.demonyms)
        _THE_ONLY[known.key] = {n[4:] for n in names if n.startswith("the ") and n[4:] not in names}
        names = {n[4:] if n.startswith("the ") else n for n in names}
        names |= {n.replace("'", "’") for n in names if "'" in n}   # 'People’s Republic of China'
        if known.kind == "Company":   # 'Bharat Electronics' for 'Bharat Electronics Limited'
            names |= {cues.LEGAL_TAIL.sub("", n) for n in names if cues.LEGAL_TAIL.search(n)
                      and " " in cues.LEGAL_TAIL.sub("", n)}
        if known.kind in COUNTABLE_KINDS:   # 'CAESAR' for 'Caesar', as makers write their weapons;
            names |= {n.upper() for n in names if re.fullmatch(r"[A-Z][a-z]{3,}", n)}   # and plurals:
            names |= {n + "s" for n in names if n[-1:].isalnum() and not n.endswith(("s", "S"))}   # 'Rafales
        matcher.add(known.key, [nlp.make_doc(n) for n in sorted(names)])
    return nlp, matcher


# Names the gazetteer gives only with 'the' ('the Alliance' for NATO): each matches only after 'the',
# and not inside a longer name ('the Air Warfare Destroyer Alliance')
_THE_ONLY: dict[str, set[str]] = {}


# Kinds of weapon the text counts in the plural by the name of the type ('two FREMMs'); not
# aircraft carriers, which the gazetteer names one by one
COUNTABLE_KINDS = {"WeaponSystem", "AirDefenceSystem", "Missile", "CruiseMissile", "Aircraft",
                   "FighterAircraft", "TransportAircraft", "Helicopter", "UnmannedAircraft", "Tank",
                   "ArmouredVehicle", "Artillery", "Rifle", "Radar", "Ship", "Submarine", "Satellite"}


# The chunks of text already given to the tokenizer on their own (see _warm_tokenizer_cache).
_WARMED: set[str] = set()


def _warm_tokenizer_cache(tokenizer, text: str) -> None:
    """Put the text's whitespace-delimited chunks into the tokenizer's cache.

    spaCy caches how it splits each chunk ('Russia’s' -> 'Russia', '’s'), but once a document
    has hit a special case ('U.S.', "don't", 'Gen.') it caches nothing more from that
    document (``has_special`` in spacy/tokenizer.pyx), so most chunks of a news article were
    split afresh every time: about 1 ms of the tokenizer's 1.2 ms an article. A chunk's split
    does not depend on the document around it, so tokenizing each new chunk once on its own
    caches the very tokens spaCy would make. Once the cache is full, spaCy adds nothing to it.
    """
    if len(_WARMED) >= tokenizer.max_cache_size:
        return
    for chunk in text.split():
        if chunk not in _WARMED:
            _WARMED.add(chunk)
            tokenizer(chunk)


def analyse(article: Article) -> AnalysedArticle:
    """Split an article into sentences and find its mentions."""
    nlp, matcher = pipeline()
    text = article.text
    _warm_tokenizer_cache(nlp.tokenizer, text)
    doc = nlp.make_doc(text)
    doc.user_data["graphkb_text"] = text   # (read by the pipeline's own component: Doc.text rebuilds it)
    for _, component in nlp.pipeline:
        doc = component(doc)
    sentences = _sentences(doc)
    found = [m for m in _gazetteer_mentions(doc, matcher)   # ('Virginia Class submarines': a class, not the state)
             if not (m.kind in ("Region", "City") and CLASS_AFTER.match(text, m.end))]
    operations = cues.operations(text)
    named = {(m.start, m.end) for m in operations}   # ('Zapad-2021' is an exercise's name, not a type's)
    found += [m for m in cues.designations(doc, {c: m.start for m in found for c in range(m.start, m.end)})
              if (m.start, m.end) not in named]
    found += operations
    found += cues.ships(text, {m.start for m in found})
    found += cues.named_vessels(text)
    found += cues.quoted_systems(text)
    found += cues.governments(text)
    found += titles.persons(text)
    found += cues.organisations(doc)
    found += cues.branches(text)
    found += cues.service_arms(text, found)
    found += cues.named_kinds(doc, found)
    found += cues.firm_products(text, found) if "’s" in text or "'s" in text else []
    found += cues.possessed_organisations(doc, found)
    found += cues.national_subsidiaries(text, found)
    found += cues.described_companies(text)
    found += cues.defence_firms(text)
    found += cues.described_acronyms(text)
    found += cues.armed_groups(text)
    found += cues.sea_features(text)
    found += cues.listed_areas(text)
    found += cues.named_bases(text)
    found += cues.areas(text)
    found += cues.places_in_countries(text)
    found += cues.capitals_named(text)
    found += cues.listed_members(text)
    found += cues.national_bodies(text)
    found += cues.acronym_expansions(doc, found)
    found = _hull_numbers(text, found)
    found += _designated_known(text, found)
    found = _model_variants(text, found)
    mentions = _firms_described(text, _firms_taken_for_people(_resolve_overlaps(found)))
    mentions = _add_acronyms(text, mentions)
    mentions = _add_other_names(text, mentions)
    _short_names(text, mentions)
    mentions = _add_name_repeats(text, mentions)
    mentions = _ship_lists(text, mentions)
    mentions = _firms_named_short(mentions)
    _attach_kinds(text, mentions)
    for m in mentions:
        for s in sentences:
            if s.start <= m.start < s.end:
                s.mentions.append(m)
                break
    return AnalysedArticle(article, sentences, mentions, _quotes(text))


DATELINE_HEAD = re.compile(
    r"^[A-Z][A-Za-z.]+(?:[ -][A-Z][A-Za-z.]+){0,3}(?:, [A-Z][a-z]+\.?)?,? (?:[A-Z][a-z]+\.? \d{1,2}"
    r"(?:, \d{4})?|\d{1,2} [A-Z][a-z]+ \d{4})(?: \([^)]{2,60}\))?\s*(?::|-{1,3}|—|–)\s+|"
    r"^[A-Z]{3,}(?: [A-Z]{3,})?(?:, [A-Z][a-z]+\.?)?\s*(?:-{1,3}|—|–|:)\s+")


def _sentences(doc) -> list[Sentence]:
    """Sentences with their offsets; a dateline ('New Delhi, May 29 (Outlet):') stands apart
    from the sentence it opens."""
    out = []
    text = cues.text_of(doc)
    for start, end in _sentence_bounds(doc):
        raw = text[start:end]
        stripped = raw.strip()
        if not stripped:
            continue
        start += len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        head = DATELINE_HEAD.match(stripped) if not out or len(out) < 4 else None
        if head and head.end() < len(stripped):
            cut = len(stripped[:head.end()].rstrip())
            out.append(Sentence(len(out), start, start + cut, stripped[:cut]))
            start += head.end()
            stripped = text[start:end]
        out.append(Sentence(len(out), start, end, stripped))
    return out


def _sentence_bounds(doc):
    """Character spans of the sentences, read from the tokens' sentence starts (spaCy's
    doc.sents builds Span objects that each rescan the document)."""
    starts = sorted(cues.sentence_starts(doc))
    for a, b in zip(starts, starts[1:] + [len(doc)]):
        last = doc[b - 1]
        yield doc[a].idx, last.idx + len(last.text)


def _gazetteer_mentions(doc, matcher) -> list[Mention]:
    out = []
    known = gazetteer.by_key()
    for match_id, start, end in matcher(doc):
        key = doc.vocab.strings[match_id]
        span = doc[start:end]
        entry = known[key]
        kind = entry.kind
        if kind == "Country" and span.text in entry.demonyms and span.text not in entry.aliases \
                and span.text != entry.label:
            if CURRENCY_AFTER.match(cues.text_of(doc), span.end_char):
                continue   # 'Swedish kronor' names a currency, not a party to anything
            kind = "Demonym"
        if kind == "Region" and REGION_AS_ADJECTIVE.match(cues.text_of(doc), span.end_char):
            continue   # 'the Gulf country', 'Gulf states': a kind of country, not the sea
        if NEGATED_BEFORE.search(cues.text_of(doc), max(0, span.start_char - 5), span.start_char):
            continue   # 'non-NATO customers', 'anti-Western': everyone but the body named
        if span.text.isupper() and ACRONYM_JOINED_BEFORE.search(cues.text_of(doc), max(0, span.start_char - 8),
                                                                span.start_char):
            continue   # ('TNI-AU', Indonesia's air force, is no African Union)
        if kind == "Demonym" and CONTINENT_PART_BEFORE.search(cues.text_of(doc), max(0, span.start_char - 9),
                                                              span.start_char):
            continue   # 'the South American country' is no American one
        if span.text in _THE_ONLY.get(key, ()) and (start == 0 or doc[start - 1].lower_ != "the"):
            continue   # ('the Air Warfare Destroyer Alliance' is no 'the Alliance')
        mark = MODEL_MARK.match(cues.text_of(doc), span.end_char) if kind in COUNTABLE_KINDS else None
        end = mark.end() if mark else span.end_char   # ('Iskander-M' is the Iskander written as its model)
        other = _other_model(cues.text_of(doc), span, entry) if kind in COUNTABLE_KINDS and not mark else None
        if other is not None:   # ('Dassault Mirage 5' is no Mirage 2000)
            out.append(Mention(span.start_char, other, cues.text_of(doc)[span.start_char:other], kind,
                               f"name:{cues.text_of(doc)[span.start_char:other].lower()}"))
            continue
        out.append(Mention(span.start_char, end, cues.text_of(doc)[span.start_char:end], kind, key))
    return out


# A model's number or numeral after a system's short name: 'Mirage 5', 'Leopard 1', 'Mirage III'
MODEL_NUMBER = re.compile(r" (?P<mark>\d{1,4}[A-Z]{0,2}\d?|[IVX]{1,4})(?![\w-])")


def _other_model(text: str, span, entry) -> int | None:
    """Where a model's name ends when the known system's short name is followed by another
    model's number than its own ('Mirage 5' for the gazetteer's Mirage 2000, known as 'Mirage');
    None when the name stands alone or numbers the known model ('Leopard 2A7', a variant of it that
    _model_variants finds)."""
    mark = MODEL_NUMBER.match(text, span.end_char)
    if mark is None or span.text[-1:].isdigit() or not entry.label.startswith(span.text + " "):
        return None
    own = entry.label[len(span.text) + 1:]
    if mark.group("mark").startswith(own) or own.startswith(mark.group("mark")):
        return None
    return mark.end()


# A model's letters glued to a known system's name by a hyphen ('Iskander-M', 'Tor-M2')
MODEL_MARK = re.compile(r"-[A-Z]{1,3}\d?(?![\w-])")


NEGATED_BEFORE = re.compile(r"\b(?:[Nn]on|[Aa]nti)-$")
ACRONYM_JOINED_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,5}-$")
CONTINENT_PART_BEFORE = re.compile(r"\b(?:South|North|Latin|Central)[ -]$")
REGION_AS_ADJECTIVE = re.compile(r"\s+(?:country|countries|state|states|nation|nations|monarch\w*|kingdom|"
                                 r"emirates?|neighbou?rs?|allies|partners|rulers?)\b")


CURRENCY_AFTER = re.compile(
    r"\s+(?:kronor|krona|kroner|krone|crowns|korunas?|pounds?|dollars?|pesos?|rupees?|riyals?|"
    r"dinars?|dirhams?|liras?|yen|yuan|won|francs?|reais|lei|zlotys?|forints?|roubles?|rubles?|"
    r"shekels?|rand|baht|ringgit|rupiah|hryvnias?)\b", re.I)


SHIP_KINDS = ("Ship", "AircraftCarrier", "Submarine")
SYSTEM_KINDS = ("WeaponSystem", *SHIP_KINDS)
HULL = re.compile(r"\s*\(([A-Z]{1,4}[- ]?\d{1,4}[A-Z]?)\)")   # '(PS-39)', '(SSN 791)'
FORMER_BEFORE = re.compile(r"(?:\bformerly|\bthe former|\bex-|\bpreviously|\bonce)\s*$")


def _hull_numbers(text: str, found: list[Mention]) -> list[Mention]:
    """'BRP Conrado Yap (PS-39)': the hull number is the ship's alias, not a system of its own;
    and a ship's former name ('formerly ROKS Chungju') is a name, not another ship."""
    drop: set[int] = set()
    for ship in found:
        if ship.kind not in SHIP_KINDS:
            continue
        if FORMER_BEFORE.search(text[max(0, ship.start - 14):ship.start]):
            drop.add(id(ship))
            continue
        hull = HULL.match(text, ship.end)
        if hull:
            ship.attrs.setdefault("acronym", hull.group(1))
            drop |= {id(m) for m in found if m.start == hull.start(1) and m is not ship}
    return [m for m in found if id(m) not in drop]


CLASS_AFTER = re.compile(r"[- ]?[Cc]lass\b")


# A model number before a system's full name ('M142 High Mobility Artillery Rocket Systems')
MODEL_BEFORE = re.compile(r"[A-Z]{1,3}-?\d{2,4}[A-Z]?\d?\s+$")


def _designated_known(text: str, found: list[Mention]) -> list[Mention]:
    """'eight M142 High Mobility Artillery Rocket Systems': a known system's name after its model
    number is that system, whole (not a firm named for its last word, 'Systems')."""
    out = []
    for m in found:
        if m.key is None or m.key.startswith("name:") or m.kind not in COUNTABLE_KINDS:
            continue
        model = MODEL_BEFORE.search(text, max(0, m.start - 12), m.start)
        if model and (model.start() == 0 or not text[model.start() - 1].isalnum()):
            out.append(Mention(model.start(), m.end, text[model.start():m.end], m.kind, m.key))
    return out


# A variant's mark after a known system's name: 'Leopard 2A8', 'IRIS-T SLM', 'F-16 Block 70',
# 'Eurofighter Tranche 5', 'PAC-3 MSE', 'Boxer CRVs' (a plural's 's' is no part of the mark)
VARIANT_MARK = re.compile(r" (?P<mark>(?:Block|Tranche|Batch|Increment|Mk\.?|Mark) (?:\d{1,3}[A-Z]?|[IVX]{1,4})"
                          r"|\d[A-Z]\d{1,2}|[A-Z]{1,2}\d{1,2}[A-Z]{0,2}|[A-Z]{2,3}(?:-[A-Z0-9]{1,2})?)s?(?![\w-])")
# Capitals after a system's name that say what kind of thing it is, or whose it is: no variant
NOT_VARIANT_MARK = {"MBT", "IFV", "APC", "SAM", "SPH", "SPG", "MRL", "UAV", "UAS", "AEW", "SSN", "SSK", "AIP", "ARV",
                    "ASW", "HQ", "CEO", "AND", "FOR", "THE", "OF", "TO", "IN", "ON", "AT", "BY", "AS", "OR", "IS",
                    "ARE", "WAS", "USD", "EUR", "GBP", "AUD", "CAD", "INR", "JPY", "KRW", "SEK", "NOK", "DKK", "PLN",
                    "CZK", "TRY", "CHF", "FMS", "MOU", "MOD", "LOA", "LOI", "IDR", "PHP", "RMB", "CNY"}
BLOCK_IN_NAME = re.compile(r" (?:Block|Tranche|Batch|Increment) (?:\d{1,3}[A-Z]?|[IVX]{1,4})$")


def _model_variants(text: str, found: list[Mention]) -> list[Mention]:
    """'Croatia ordered 44 Leopard 2A8 tanks': a known system's name followed by a variant's
    mark names that variant, a system of its own that the graph links to the one it varies
    (an analyst asks who buys the Leopard 2A8, not only who buys Leopards). Not a mark that is
    itself a name found ('Patriot PAC-3'), nor capitals that say what kind of thing it is."""
    starts = {m.start for m in found}
    out = []
    for m in found:
        if m.kind not in COUNTABLE_KINDS or m.key is None or m.key.startswith(("name:", "variant:")):
            out.append(m)
            continue
        mark = VARIANT_MARK.match(text, m.end)
        named = BLOCK_IN_NAME.search(m.text) if m.key.startswith("designation:") else None
        if named:   # ('F-16 Block 70', found whole as a designation)
            out.append(_variant(text, m, m.end, m.text, m.text[:named.start()]))
        elif mark and mark.group("mark").upper() not in NOT_VARIANT_MARK \
                and mark.group("mark") not in gazetteer.by_name() and mark.start("mark") not in starts:
            end = mark.end("mark")
            out.append(_variant(text, m, mark.end(), text[m.start:end], m.text))
        else:
            out.append(m)
    return out


def _variant(text: str, m: Mention, end: int, name: str, base: str) -> Mention:
    """The variant's mention, named without a plural's 's' ('Boxer CRVs' names the Boxer CRV)."""
    return Mention(m.start, end, text[m.start:end], m.kind, f"variant:{name.upper()}",
                   label=name if end - m.start != len(name) else None,
                   attrs={**m.attrs, "variant_of": m.key, "base_name": base})


def _resolve_overlaps(found: list[Mention]) -> list[Mention]:
    """Keep the longest mention where several overlap; the gazetteer wins ties."""
    def rank(m: Mention):
        return (m.end - m.start, bool(m.attrs.get("said_area")),
                m.key is not None and not m.key.startswith(("name:",)), not m.attrs.get("weak"))
    chosen: list[Mention] = []
    taken: set[int] = set()
    for m in sorted(found, key=rank, reverse=True):
        span = set(range(m.start, m.end))
        if span & taken:
            continue
        chosen.append(m)
        taken |= span
    return sorted(chosen, key=lambda m: m.start)


# Kinds whose name is rarely given an acronym of another language: after a place or an
# outlet, '(X)' is usually the acronym of a longer name around it, or a wire's credit.
NOT_ABBREVIATED = {"Country", "City", "Region", "Place", "Demonym", "MediaOutlet"}


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether the acronym's letters run, in order, through the name, starting with its first
    letter: 'United Arab Emirates (UAE)', but not 'Export-Import Bank of Korea (KEXIM)' for
    Korea, or 'KYIV, Ukraine (AP)'."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    name = name.lower()
    if not letters or not name or letters[0] != name[0]:
        return False
    at = 0
    for c in letters:
        at = name.find(c, at) + 1
        if at == 0:
            return False
    return True


# Bodies that news goes on to call by their initials without giving them in brackets first:
# 'the Korean Central News Agency' ... 'the KCNA said'
INITIALLED = {"GovernmentAgency", "Organization", "MediaOutlet", "IntergovernmentalBody", "Company",
              "MilitaryBranch", "ArmedGroup"}


def _initials_used(text: str, name: str) -> str | None:
    """The initials of a name of three or more capitalised words ('of', 'and' left out), when
    the text uses them as a word of their own."""
    words = name.split()
    initials = "".join(w[0] for w in words if w[0].isupper())
    if len(initials) < 3 or any(not w[0].isupper() and w not in ("of", "and", "for", "the") for w in words):
        return None
    return initials if initials in text and next(_occurrences(text, initials), None) is not None else None


def _add_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Long Name (ACR)': ACR becomes an alias, and later bare mentions of ACR resolve to it."""
    extra = []
    for m in mentions:
        acronym = m.attrs.get("acronym")
        after = re.match(r"\s*\(([A-Z][A-Za-z0-9&/-]*[A-Z0-9])\)", text[m.end:m.end + 40])
        if after is None and m.kind not in NOT_ABBREVIATED and m.kind != "Person":
            # ('the General Authority for Military Industries, or Gami, ...'): the initials as a word
            after = re.match(r",\s+or\s+([A-Z](?:[A-Z0-9&-]{1,7}|[a-z]{2,5}))(?=[,;.)])", text[m.end:m.end + 30])
            after = after if after and " " in m.text and _abbreviates(after.group(1), m.text) \
                and len(after.group(1)) <= len(m.text.split()) + 1 else None
        if not acronym and after and m.kind != "Person" and (
                m.kind not in NOT_ABBREVIATED or _abbreviates(after.group(1), m.text)):
            acronym = after.group(1)
        if not acronym and m.kind in INITIALLED:
            acronym = _initials_used(text, m.text)
        if not acronym:
            continue
        m.attrs["acronym"] = acronym
        defined = after is not None and after.group(1) == acronym and m.kind not in NOT_ABBREVIATED
        for x in mentions:   # 'Arrowhead 140 (AH140)': the designation found on its own is the system
            if x.text == acronym and x.start > m.start and x.kind in SYSTEM_KINDS and m.kind in SYSTEM_KINDS:
                x.key, x.label = m.key, m.name
            elif defined and x.text == acronym and x.kind != m.kind and x.kind in INITIALLED:
                x.key, x.label, x.kind = m.key, m.name, m.kind   # ('Armed Forces of the Philippines (AFP)':
                x.attrs = {"alias_of": m.start}                  #  in this text AFP is not the news agency)
        taken = _taken(text, mentions)
        for start in _occurrences(text, acronym):
            if not taken[start]:
                extra.append(Mention(start, start + len(acronym), acronym, m.kind, m.key,
                                     label=m.name, attrs={"alias_of": m.start}))
    return sorted(mentions + extra, key=lambda m: m.start)


# 'Hanwha Corporation (Hanwha)': the short name the article goes on to use for the firm
SHORT_NAME = re.compile(r"\s*\((?P<short>[A-Z][a-z]{2,}(?: [A-Z][a-z]+)?)\)")


def _short_names(text: str, mentions: list[Mention]) -> None:
    """A firm's short name given in brackets after its full name is that firm's wherever the
    article writes it, though the gazetteer knows another firm by it (Hanwha Aerospace)."""
    for m in mentions:
        short = SHORT_NAME.match(text, m.end) if m.kind in ("Company", "JointVenture") else None
        if short is None or not m.text.startswith(short.group("short") + " "):
            continue
        for x in mentions:
            if x.text == short.group("short") and x.kind in ("Company", "JointVenture"):
                x.key, x.label = m.key, m.name


# 'Embraer (Empresa Brasileira de Aeronáutica)', 'Hungarian Air Force (Magyar Légierő)': a name
# given again in another language, or in full, between brackets
OTHER_NAME = re.compile(r" \((?P<name>[A-Z\u00c0-\u00de][\w’'-]+(?: (?:[A-Z\u00c0-\u00de][\w’'-]+|de|da|do|dos|"
                        r"das|der|des|du|la|le|of|und|y|i|e)){1,6})\)")


# 'The Norwegian Defence Materiel Agency, or Forsvarsmateriell, announced': a body's other name
OR_NAME = re.compile(r",\s+or\s+(?:the\s+)?(?P<name>[A-Z\u00c0-\u00de][\w’'-]{3,}(?: [A-Z\u00c0-\u00de][\w’'-]+){0,4}),")
OR_NAMED_KINDS = ("GovernmentAgency", "Company", "MilitaryBranch", "Organization", "IntergovernmentalBody")


def _add_other_names(text: str, mentions: list[Mention]) -> list[Mention]:
    taken = None
    extra = []
    countries = gazetteer.demonym_index()
    for m in mentions:
        other = OTHER_NAME.match(text, m.end) or (OR_NAME.match(text, m.end) if m.kind in OR_NAMED_KINDS else None)
        if other is None or m.kind in ("Person", "Country") or other.group("name") in countries \
                or other.group("name").split()[-1] in ("de", "da", "of", "la", "le", "du"):
            continue
        taken = taken if taken is not None else _taken(text, mentions)
        start, end = other.start("name"), other.end("name")
        same = next((x for x in mentions if (x.start, x.end) == (start, end)), None)
        if same is not None and same.kind == m.kind:   # found on its own: the same thing still
            same.key, same.label = m.key, m.name
        elif not any(taken[start:end]):
            extra.append(Mention(start, end, other.group("name"), m.kind, m.key, label=m.name,
                                 attrs={"alias_of": m.start}))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


# A firm's name that opens with its initials and a legal form: 'CSBC Corp Taiwan'
FIRM_INITIALS = re.compile(r"([A-Z]{3,6})\s+(?:Corp|Corporation|Co|Company|Ltd|Limited|Inc|Group|Holdings?)\b")


def _unaccented(word: str) -> str:
    """A name as outlets write it without its diacritics ('Görgün' -> 'Gorgun', 'Yaşar' -> 'Yasar')."""
    decomposed = unicodedata.normalize("NFKD", word.replace("ı", "i").replace("ł", "l").replace("ø", "o"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _add_name_repeats(text: str, mentions: list[Mention]) -> list[Mention]:
    """Once 'Denis Alipov' is found, a bare 'Alipov' elsewhere names him too; likewise an
    organisation's full name found once is found everywhere."""
    extra = []
    names = {}
    openings = set()
    first_names = set()
    dropped = set()
    for m in sorted(mentions, key=lambda m: m.kind != "Person"):
        if m.kind == "Person":
            names.setdefault(m.text, m)
            words = [re.sub(r"^(?:[A-Z]\.)+(?=[A-Z][a-z])", "", w)   # ('A.K.Antony' ... 'Antony said')
                     for w in m.text.split() if w not in ("III", "II", "IV", "VI", "VII", "VIII", "Jr.", "Jr", "Sr.")]
            if len(words) == 1 and words[0] != m.text:
                names.setdefault(words[0], m)
            if len(words) > 1 and len(words[-1]) > 2:
                names.setdefault(words[-1], m)
                if not words[-1].isascii():   # ('Haluk Görgün' ... 'said Gorgun')
                    names.setdefault(_unaccented(words[-1]), m)
                double = re.fullmatch(r"[A-Z][a-z]+-([A-Z][a-z]{2,})", words[-1])
                if double:   # ('Nosiviwe Mapisa-Nqakula' ... 'Nqakula said')
                    names.setdefault(double.group(1), m)
            if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]) and len(words[0]) <= 5:
                names.setdefault(words[0], m)   # ('Kim Yong-hyun' ... 'Kim held': the family name first)
            elif len(words) == 2 and len(words[0]) >= 2 and words[0] not in names and words[0].isalpha():
                names.setdefault(words[0], m)   # ('Chang Wanquan' ... 'Chang had announced': the family
                first_names.add(words[0])       # name first, known by what it does next)
        elif m.key and (m.key.startswith(("name:", "designation:", "operation:")) or m.attrs.get("short_name")):
            names.setdefault(m.text, m)
            unyeared = cues.without_year(m.text) if m.attrs.get("exercise") else m.text
            if unyeared != m.text and (" " in unyeared or len(unyeared) >= 5):
                names.setdefault(unyeared, m)   # ('Talisman Sabre' for 'Talisman Sabre 25')
            ship = cues.SHIP_PREFIX_WORD.sub("", m.text).split() if m.kind in SHIP_KINDS else []
            if len(ship) >= 2 and len(ship[-1]) >= 5 and ship[-1].isalpha() and ship[-1][0].isupper():
                names.setdefault(ship[-1], m)   # ('the Bergamini' for 'ITS Carlo Bergamini')
            named = re.fullmatch(r"\S*\d\S* ([A-Z][a-z]{3,})", m.text) if m.key.startswith("designation:") else None
            if named:   # ('the Caracal' for 'H225M Caracal')
                names.setdefault(named.group(1), m)
            bare = cues.LEGAL_TAIL.sub("", m.text)   # 'Mitsubishi Electric' for '... Corp.'
            if m.kind == "Company":   # ('Edge' for 'Edge Group')
                bare = re.sub(r"\s+(?:Group|Holdings?)$", "", bare)
            initials = FIRM_INITIALS.match(m.text) if m.kind == "Company" else None
            if initials:   # ('CSBC' for 'CSBC Corp Taiwan')
                names.setdefault(initials.group(1), m)
            if bare != m.text and (" " in bare or (len(bare) >= 4 and bare not in titles.NOT_NAME_WORDS
                                                   and bare not in gazetteer.demonym_index())):
                names.setdefault(bare, m)
            opening = _firm_opening(m, bare, mentions)
            if opening is not None and opening not in names:
                names[opening] = m
                openings.add(opening)
    taken = _taken(text, mentions)
    for name, source in names.items():
        for start in _occurrences(text, name):
            end = start + len(name)
            if name in first_names and not FIRST_NAME_ACTS.match(text, end):
                continue
            if name in openings and (re.match(r"[ \t]+(?:[A-Z]|of\s+[A-Z]|(?:&|and)\s+[A-Z])", text[end:end + 8])
                                     or re.search(r"(?:&|\band|\bat|\bin|\bnear)\s+$", text[max(0, start - 6):start])):
                continue   # ('Oceantech' alone, not the 'Oceantech Marine' of another firm, nor 'Mahindra &
                #            Mahindra', nor the town 'at Korwa' a factory is named for)
            inside = [x for x in mentions if start <= x.start and x.end <= end] \
                if (name in openings or source.kind in ("Organization", "JointVenture")) and " " in name else []
            if inside and (all(x.kind in ("City", "Place", "Region") for x in inside)
                           or (name not in openings and all(x.kind == "Company" and x.end - x.start < end - start
                                                            for x in inside))) \
                    and not any(taken[inside[-1].end:end]):   # ('Beijing Starcreates': the firm, not the
                dropped.update(id(x) for x in inside)         # city its name opens with; 'Rheinmetall Denel
                taken[start:end] = bytearray(end - start)     # Munition', not the two firms it is named for)
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                label = source.text if source.kind == "Person" else source.name
                extra.append(Mention(start, end, name, source.kind, source.key,
                                     label=label if label != name else None))
    return sorted([m for m in mentions if id(m) not in dropped] + extra, key=lambda m: m.start)


# The next name of a list of ships, written without the navy's prefix the first one had
SHIP_LIST_NEXT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)"
                            r"(?=\s*[,;.]|\s+and\s)")


def _ship_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the HTMS Angthong, Seechang, and Matpon; minesweepers ...': the names a list of ships goes
    on with are ships too, when nothing else is known by them and the list ends there."""
    taken = _taken(text, mentions)
    known = gazetteer.by_name()
    extra = []
    for ship in [m for m in mentions if m.kind in SHIP_KINDS and cues.SHIP_PREFIX_WORD.match(m.text)]:
        end, names = ship.end, []
        while (m := SHIP_LIST_NEXT.match(text, end)) is not None:
            name = m.group("name")
            if any(taken[m.start("name"):m.end("name")]) or name in known or name in gazetteer.country_names() \
                    or any(w in titles.NOT_NAME_WORDS or w in gazetteer.demonym_index() for w in name.split()):
                break
            names.append(m)
            end = m.end()
        if names and re.match(r"\s*[;.]", text[end:end + 3]):
            extra += [Mention(m.start("name"), m.end("name"), m.group("name"), ship.kind,
                              key=f"name:{m.group('name').lower()}") for m in names]
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _firms_named_short(mentions: list[Mention]) -> list[Mention]:
    """In an article about 'Taurus Armas S.A.', a bare 'Taurus' is the firm, not the missile the
    gazetteer knows by that name: a known weapon's name that opens a company's name found in
    the same article stands for the company."""
    firms = {}
    for m in mentions:
        words = m.text.split()
        if m.kind == "Company" and len(words) > 1 and words[1] not in cues.ORG_SUFFIX_KIND \
                and words[1] not in ("Aviation", "Missile", "Missiles", "Defence", "Defense") \
                and not any(c.isdigit() for c in words[0]):
            # not 'BrahMos Aerospace', named for its missile; nor the 'CV90 User Group' of a
            # system's users: a designation is the system's own name, not a firm's short one
            firms.setdefault(words[0], m)
    if not firms:
        return mentions
    out = []
    for m in mentions:
        firm = firms.get(m.text)
        if firm is not None and m.kind in COUNTABLE_KINDS and firm.start != m.start:
            m = Mention(m.start, m.end, m.text, "Company", firm.key, label=firm.name)
        out.append(m)
    return out


# 'Aerojet Rocketdyne, headquartered in El Segundo', 'Aerojet Rocketdyne, the last independent U.S.
# supplier of missile propulsion systems': what a name is said to be makes it a firm's
FIRM_DESCRIBED = re.compile(r",\s+(?:headquartered\s+in\b|(?:the|a|an)\s+(?:(?!of\s|for\s|at\s|with\s)[\w.-]+\s+){0,4}?"
                            r"(?:supplier|manufacturer|maker|company|firm|contractor|shipbuilder|shipyard|producer|"
                            r"subsidiary|conglomerate)\b(?![’']))")   # (not 'X, the company’s director')


def _firms_described(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name found as a person's (no title) that the article describes as a firm right after it,
    anywhere, is a company's wherever it stands."""
    firms = {m.text for m in mentions if m.kind == "Person" and " " in m.text and "title" not in m.attrs
             and any(FIRM_DESCRIBED.match(text, at.end()) for at in re.finditer(re.escape(m.text), text))}
    if not firms:
        return mentions
    return [Mention(m.start, m.end, m.text, "Company", f"name:{m.text.lower()}") if m.kind == "Person"
            and m.text in firms and "title" not in m.attrs else m for m in mentions]


def _firms_taken_for_people(mentions: list[Mention]) -> list[Mention]:
    """'HD Hyundai said' in an article about 'HD Hyundai Heavy Industries': a name found as a
    speaker's that opens a company's name found in the same article is the company's short name."""
    firms = [m for m in mentions if m.kind in ("Company", "JointVenture")]
    if not firms:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "Person" and " " in m.text and "title" not in m.attrs:
            firm = next((x for x in firms if x.text.startswith(m.text + " ")), None)
            if firm is not None:
                m = Mention(m.start, m.end, m.text, firm.kind, firm.key, label=firm.name,
                            attrs={"short_name": True})
        out.append(m)
    return out


def _taken(text: str, mentions: list[Mention]) -> bytearray:
    """Which characters of the text a mention already covers."""
    taken = bytearray(len(text))
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return taken


# What a person named by the first word of a two-word name alone goes on to do in the text: 'Chang
# had announced', 'Wang said'
FIRST_NAME_ACTS = re.compile(r"\s+(?:also\s+)?(?:had|has|said|says|told|added|announced|stated|noted|stressed|"
                             r"remarked|declared|urged|warned|explained)\b")


# Words that open many firms' names and name none alone ('General Dynamics', 'United Shipbuilding')
GENERIC_OPENINGS = {"General", "United", "National", "International", "Advanced", "Naval", "Royal", "State",
                    "Federal", "Global", "Central", "Northern", "Southern", "Eastern", "Western", "Joint",
                    "Strategic", "Military", "Aerospace", "Aviation", "Heavy", "Precision", "Applied",
                    "Integrated", "Defence", "Defense", "Electronic", "Electronics", "Marine", "Maritime",
                    "Space", "Science", "Technology", "Technologies", "Systems", "Industries", "Industrial",
                    "Engineering", "Dynamics", "Research", "Development", "Special", "Security", "Armed",
                    "Public", "Private", "New", "First", "American", "European", "Asian", "African", "Air",
                    "Land", "Sea", "Ocean", "Star", "Sun", "Golden", "Great", "Grand", "Universal", "Allied",
                    # (and the words that open many state firms' names, and towns yards are named for)
                    "Bharat", "Hindustan", "Garden", "Cochin", "Goa", "China", "Korea", "Japan"}


def _firm_opening(m: Mention, bare: str, mentions: list[Mention]) -> str | None:
    """The word or two a firm's long name opens with, which the article may call it by alone
    ('Oceantech' for 'Oceantech Systems Pte Ltd', 'Beijing Starcreates' for 'Beijing Starcreates
    Space Science and Technology Development Company Limited'): not a word that opens many names,
    nor a place's or a country's, nor one another firm of the article opens with too."""
    words = bare.split()
    if m.kind != "Company" or len(words) < 2:
        return None
    known = gazetteer.by_name()
    opening = words[0]
    if opening in known or opening in gazetteer.demonym_index():
        opening = " ".join(words[:2]) if len(words) >= 3 and words[1] not in GENERIC_OPENINGS else None
    if opening is None or not re.fullmatch(r"[A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?", opening) \
            or opening.split()[-1] in GENERIC_OPENINGS or opening.split()[0] in GENERIC_OPENINGS \
            or opening in titles.NOT_NAME_WORDS or opening in known:
        return None
    if any(x.kind == "Company" and x.key != m.key and x.text.startswith(opening + " ") for x in mentions):
        return None
    return opening


def _occurrences(text: str, name: str):
    """Where a name stands as a whole word ('Alipov', not 'Alipovs' or 'X-Alipov')."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            yield start
        start = text.find(name, start + 1)


def _attach_kinds(text: str, mentions: list[Mention]) -> None:
    """'S-400 air defence systems' -> the S-400 is an air-defence system."""
    for m in mentions:
        if m.kind not in ("WeaponSystem",):
            if not (m.kind in cues.KIND_CLASSES and m.key and m.key.startswith("designation:")):
                continue
        after = cues.KIND_AFTER.match(text, m.end)
        if after:
            for rx, kind in cues.KIND_ONLY:
                if rx.match(after.group(1)):
                    m.kind = kind
                    m.attrs["kind_words"] = after.group(1)
                    break


# “...” ; a quote that runs on into the next paragraph ends with its own paragraph (the next
# one opens with “ again); a “ typed for ” at the end of a line closes
CURLY_QUOTED = re.compile(r"“([^”“»]{2,2000})(?:”|»|“(?=[ \t]*(?:\n|\Z))|(?=[ \t]*\n[ \t]*“)|(?=\n\s*\n|\Z))")
# «...», as French and Greek outlets quote (and '“... cooperation,» Macron declared')
GUILLEMET_QUOTED = re.compile(r"«\s?([^«»“”\n]{2,2000}?)\s?»")
# a straight mark that closes a curly one: '“is taking the flags ...," declared Petri'
STRAIGHT_CLOSE = re.compile(r'"(?=[ \t]*(?:[,.;:!?)—–-]|\n|\Z|[ \t]+[a-z]))'
                            r'|(?<=[,.!?])"(?=[ \t]+[A-Z])')   # ('“... for us," Armin Papperger ... said')


def _straight_close(text: str, start: int, end: int) -> int:
    """Where a straight mark closes a curly quote that no curly mark closes: the first that
    closes no straight quote of its own inside it ('“the sale of the "David's Sling" to ..."')."""
    for m in STRAIGHT_CLOSE.finditer(text, start, end):
        if text.count('"', start, m.start()) % 2 == 0:
            return m.start()
    return end


def _quotes(text: str) -> list[Quote]:
    """Quoted passages: curly quotes pair by direction, straight ones alternate per paragraph."""
    if "‘’" in text or "’’" in text:   # ('‘’With these new aircraft ...,” he said', '“Thanks ...,’’ he
        text = DOUBLED_OPEN.sub(" “", text)   # added'): two single marks for a double one (the same
        text = text.replace("’’", "” ")         # length, so that every offset stays the article's)
    out = []
    closed_by_straight = set()
    for m in CURLY_QUOTED.finditer(text):
        end = m.end(1)
        if not text.startswith(("”", "»"), end):   # no curly mark closed it: a straight one may have
            end = _straight_close(text, m.start(1), end)
            if end < m.end(1):
                closed_by_straight.add(end)
        out.append(Quote(m.start(1), end, text[m.start(1):end]))
    if "«" in text:
        out += [Quote(m.start(1), m.end(1), m.group(1)) for m in GUILLEMET_QUOTED.finditer(text)]
    if closed_by_straight:   # (those straight marks pair with no other)
        text = "".join("\u201d" if i in closed_by_straight else c for i, c in enumerate(text))
    # (a wire archive's hard-wrapped lines are no paragraphs: a quote runs on over them)
    for para in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+" if hard_wrapped(text) else r"[^\n]+", text):
        for m in re.finditer(r'"([^"]{2,2000})"', para.group(0)):
            start = para.start() + m.start(1)
            out.append(Quote(start, start + len(m.group(1)), m.group(1)))
        if para.group(0).count('"') % 2 == 1:
            last = para.group(0).rfind('"')
            start = para.start() + last + 1
            rest = para.group(0)[last + 1:]
            close, opens = rest.find("”"), rest.find("“")
            if close >= 0 and (opens < 0 or close < opens):   # a straight mark opens, a curly one
                rest = rest[:close]                             # closes (before the next opens)
            if rest.strip():
                out.append(Quote(start, start + len(rest), rest))
    out += _lost_openings(text, out)
    double = [(q.start, q.end) for q in out]
    straight = "'" in text and OPENING_SINGLE.search(text)   # (a mark that opens, not only 'India's')
    for pattern in (SINGLE_QUOTED, STRAIGHT_SINGLE_QUOTED) if straight else (SINGLE_QUOTED,):
        for m in pattern.finditer(text):   # British style; not a quote inside a quote
            if not any(a <= m.start() < b for a, b in double):
                out.append(Quote(m.start(1), m.end(1), m.group(1)))
    return sorted(out, key=lambda q: q.start)


DOUBLED_OPEN = re.compile(r"‘’(?=\w)")
# A closing mark then who said it: ',” the United States Department of the Treasury said'
SAID_AFTER_CLOSE = re.compile(r"[ \t]*(?:said|says|added|stated|told)\b|[ \t]+(?:[\w.’'-]+[ \t]+){0,12}?"
                              r"(?:said|says|added|stated)\b")


REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|added|stated)\b")


def _lost_openings(text: str, found: list[Quote]) -> list[Quote]:
    """'This network has facilitated shipments ...,” the Treasury said': a paragraph whose quote lost
    its opening mark as the page was copied; the quote runs from the paragraph's start."""
    out = []
    for para in re.finditer(r"[^\n]+", text) if "”" in text else ():
        line = para.group(0)
        close = line.find("”")
        if close < 2 or "“" in line[:close] or '"' in line[:close] or REPORTED_BEFORE.search(line, 0, close):
            continue
        if any(q.start <= para.start() + close <= q.end for q in found) or \
                not SAID_AFTER_CLOSE.match(line, close + 1):
            continue
        start = para.start() + len(line) - len(line.lstrip())
        end = para.start() + close
        if text[end - 1] in ",.":   # (the quote's own comma stays out, as with a quote that opens)
            end -= 1
        out.append(Quote(start, end, text[start:end]))
    return out


# ‘...’: the closing mark is also the apostrophe, which a letter follows ('Iran’s')
SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘([^‘\n]{2,2000}?)’(?![A-Za-z])", re.M)
# 'The strikes were ... sovereignty,' said X: the same in straight marks. The mark that opens
# follows a space or a bracket and comes before a letter; the one that closes follows a letter or
# a stop and comes before no letter ('Iraq's' and 'don't' close nothing)
STRAIGHT_SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:]))'(?=[A-Za-z])([^'\n]{1,2000}?"
                                    r"(?:'[A-Za-z][^'\n]{0,2000}?)*)(?<=[\w.,!?])'(?![A-Za-z])", re.M)
OPENING_SINGLE = re.compile(r"(?:^|[\s(\[—–:])'[A-Za-z]", re.M)
