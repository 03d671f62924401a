"""Statements: quoted words and who said them.

A quote's speaker is named right after it ('..., Alipov told IANS', '..., he added',
'..., said the minister'), right before it ('Alipov: “...”', 'Singh said: “...”'),
or carried over from the previous quote of the same paragraph or from a line such
as 'Quotes attributable to the Minister X:'. A pronoun speaker is the person last
named as a speaker, else the person last mentioned. A few quoted words inside a
sentence are a statement only when that sentence names their speaker with a verb of speech
('Alipov highlighted the “exemplary performance” of ...'); otherwise they are scare quotes, and
a name in quotes is never one. 'X said:' followed by
unquoted paragraphs makes those paragraphs X's statement until the text turns to
third-person narration.
"""
from __future__ import annotations

import re

from . import Findings, Lit
from ..mentions import Quote
from ..titles import ABBREVIATION_RE, TITLE_RE

SPEECH = r"(?:said|says|told|added|stated|noted|declared|announced|warned|insisted|explained|" \
         r"remarked|observed|emphasi[sz]ed|reiterated|stressed|highlighted|asserted|echoed|" \
         r"alleged|claimed|wrote|reads|read|assured|affirmed|vowed|pledged|argued|acknowledged|" \
         r"admitted|urged|called|calling|described|describing|terming|responded|replied|gushed|quipped|countered|conceded|" \
         r"commented|recalled|revealed|disclosed|cautioned|lamented|maintained|concluded|" \
         r"continued|tweeted|posted|termed|pointed out|concurred|elaborated|underlined|(?:was|were|is) quoted as saying|" \
         r"explains|adds|notes|states|stresses|insists|writes)"   # (the present of reported speech: '“...,” explains the staff')
# a speaker's name holds no full stop but those of initials, abbreviated ranks ('Maj. Gen.') and
# 'Jr.' or 'Sr.' after it
NAME_CHAR = rf"(?:\b{ABBREVIATION_RE}|\b[A-Z]\.|\b[JS]r\.|[^.;\n\"“”])"   # (an abbreviation first: 'said Capt. X')
# '..., Alipov told IANS' / '..., said the minister' (both are tried: the first can match
# an empty name before 'said', and then the name after it is the speaker)
AFTER = (re.compile(rf"^[”\"’'»]?[ \t]*,?[ \t]*[”\"»]?[ \t]*(?P<who>{NAME_CHAR}{{0,130}}?)"
                    rf"[ \t]+(?:(?:had|has|have|also|later)[ \t]+)?{SPEECH}\b"),   # ('..., he had announced')
         re.compile(rf"^[”\"’'»]?[ \t]*,?[ \t]*[”\"»]?[ \t]*{SPEECH}[ \t]+"
                    rf"(?P<who>{NAME_CHAR}{{2,130}})"),
         # ('“...,” Telegram channel X reported Tuesday': a whole utterance a source reported)
         re.compile(rf"^,?[”\"],?[ \t]*(?P<who>{NAME_CHAR}{{0,130}}?)[ \t]+(?:reported|reports)\b"))
# 'Marles said the deal, which ..., was “the biggest leap ...”': a quote inside reported speech
REPORTED_SPEECH = re.compile(rf"(?P<who>{NAME_CHAR}{{1,130}}?)\s+{SPEECH}\b[^“”\"]*$")
BEFORE = re.compile(rf"(?P<who>[A-Z][^.;:\n“\"]{{1,80}}?)(?:\s+{SPEECH}(?: [a-z ]{{0,30}})?)?\s*[:,]\s*[“\"‘]?$")
# The one whose words another read out: 'The Chief of Army Staff, who was represented by X, said:'
REPRESENTED = re.compile(rf"(?P<who>[A-Z][^.;:\n“\"]{{1,80}}?),\s+who\s+(?:was|were|is)\s+represented\s+by\s+"
                         rf"[^.;:\n“\"]{{1,120}}?\s+{SPEECH}\s*[:,]\s*[“\"‘]?$")
ATTRIBUTABLE = re.compile(r"(?:Quotes? attributable to|Statement by|Remarks by)\s+(?P<who>[^:\n]+):",
                          re.I)
# A noun phrase that says who spoke without naming a person or organisation graphkb knows
SOMEONE = re.compile(r"(?:(?:the|a|an|its|their|one|two|three|several)\s+)?(?:[\w.’'-]+\s+){0,3}"
                     r"(?:officials?|sources?|notice|statement|communiqu[eé]|release|report|ministry|"
                     r"department|government|spokes(?:man|woman|person)|Treasury|Pentagon|military|army|navy|"
                     r"staff|command|headquarters|authorities|"
                     r"Kremlin|White House)", re.I)
PRONOUN = re.compile(r"^(?:he|she|they|the (?:minister|ambassador|envoy|official|secretary|"
                     r"spokesperson|spokesman|president|general|admiral))$", re.I)


def apply(f: Findings) -> None:
    previous = None
    for quote in f.doc.quotes:
        speaker = _speaker(f, quote, previous)
        quote.speaker = speaker
        if speaker is None or not _is_statement(f, quote, speaker):
            continue
        _statement(f, quote, speaker, _joint_speakers(f, quote, speaker))
        previous = quote
    _run_on_quotes(f)
    _unquoted_statements(f)


def _run_on_quotes(f: Findings) -> None:
    """'“Under this MoU, ... mutual benefit.' then a paragraph '“This MoU will also ...,” he said.':
    a quote left open at its paragraph's end runs on into the next quoted paragraph, whose
    speaker said both."""
    quotes = f.doc.quotes
    for quote, nxt in zip(reversed(quotes[:-1]), reversed(quotes[1:])):
        if quote.speaker is None and nxt.speaker is not None and re.fullmatch(
                r"[ \t]*\n[ \t]*“", f.text[quote.end:nxt.start]) and _is_statement(f, quote, nxt.speaker):
            quote.speaker = nxt.speaker
            _statement(f, quote, nxt.speaker)


def _speaker(f: Findings, quote: Quote, previous: Quote | None):
    text = f.text
    ended = ENDS_SENTENCE.search(quote.text) is not None
    for pattern in AFTER:
        if pattern is AFTER[-1] and not re.match(r",|[”\"],", quote.text[-1:] + text[quote.end:quote.end + 2]):
            continue   # (a source reports a whole utterance, set off by a comma; not a term in quotes)
        after = pattern.match(text[quote.end:quote.end + 170])   # ('..., X, the Treasury's under
        #                                                          secretary for terrorism and ..., said')
        if after and ended and "," in after.group("who"):
            continue   # '... and norms.' On Sunday, the US said ...': the next sentence's subject
        if after and NAMED_SOURCE.fullmatch(after.group("who").split(",")[0].strip()):
            return None   # ('..., Telegram channel Fighterbomber, ... reported': a source named after
            #               the quote, though unknown, is not one named before it or in an aside)
        if after:
            found = _who(f, after.group("who"), quote.end + after.start("who"), quote.start)
            if found is not None:
                return found
            who = WHO_ENDS.split(after.group("who").strip(), 1)[0]   # '..., said the ministry and'
            if who != after.group("who").strip():   # '..., declared Petri during a ceremony'
                found = _who(f, who, quote.end + after.start("who"), quote.start)
                if found is not None:
                    return found
            if DOCUMENT.fullmatch(who):   # '“...,” reads the statement': whose statement ('the
                return _issuer(f, quote) or _body_named_before(f, who, quote.start)   # military statement')
            if who == "it":   # '“...,” it said': the body that spoke just before
                return _issuer(f, quote)
            body = _body_named_before(f, who, quote.start)
            if body is not None:
                return body   # '..., the ministry said': the ministry named before
            if SOMEONE.fullmatch(who):
                return None   # '..., officials said': said by someone graphkb cannot name
            if re.fullmatch(r"(?:the\s+)?[A-Z]{2,6}", who) and not f.country_named(who.split()[-1]):
                return f.new_entity("Organization", who.split()[-1])   # ('“...,” DGA said': a body known
                #                                                       only by its initials)
            if UNKNOWN_NAME.fullmatch(who) and not re.search(TITLE_RE, who):
                return None   # '..., the PMO tweeted': named, but by no name graphkb knows (a post,
                #               'the Italian Defence Minister', is found by the rules below)
    line_start = _near(text, quote.start)
    it_said = WHICH_IT_SAID.search(text, line_start, quote.start)
    if it_said is not None:   # 'the US named X, which it said, “...”': the one who named X
        return _clause_subject(f, max(line_start, f.doc.sentence_at(quote.start).start), it_said.start())
    also = _subject_also_said(f, quote)   # ('X thanked Y for ... and said, “...”': X, not Y)
    if also is not None:
        return also
    before = REPRESENTED.search(text[line_start:quote.start]) \
        or BEFORE.search(text[line_start:quote.start])   # ('The Chief of Army Staff, who was represented by
    if before:                                           #  the Commandant ..., said:': the Chief)
        found = _who(f, before.group("who"), line_start + before.start("who"), quote.start)
        if found is not None:
            return found
    found = _reporting_speaker(f, quote) or _according_to(f, quote) or _speaker_at_sentence_end(f, quote) \
        or _said_just_before(f, quote)
    if found is not None:
        return found
    unnamed, body = _someone_reporting(f, quote)
    if unnamed:
        return body
    if previous is not None and getattr(previous, "speaker", None) is not None:
        between = text[previous.end:quote.start]
        if "\n\n" not in between.strip() or _attributable_before(f, quote) is previous.speaker \
                or _quote_paragraph_after(f, previous, quote):
            if len(between) < 400:
                return previous.speaker
    return _attributable_before(f, quote)


def _quote_paragraph_after(f: Findings, previous, quote) -> bool:
    """'“...,” Israeli Defence Minister Yoav Gallant said in a statement.' then a paragraph that is
    only a quote: he goes on (the paragraph names no one, and only one paragraph break lies between)."""
    line_start = f.text.rfind("\n", 0, quote.start) + 1
    line_end = f.text.find("\n", quote.end)
    line_end = len(f.text) if line_end < 0 else line_end
    if f.text[line_start:quote.start].strip() not in ("“", '"') or \
            f.text[quote.end:line_end].strip() not in ("”", '"', ".”", '."', "”.", '".'):
        return False
    return f.text.count("\n\n", previous.end, quote.start) == 1


ENDS_SENTENCE = re.compile(r"[.!?]\s*$")
PRONOUN_SAID = re.compile(rf"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+(?:also\s+)?{SPEECH}\b")
SPEECH_WORD = re.compile(rf"\b{SPEECH}\b")
# Where the words after 'said' stop naming who said them: 'said the ministry and explained ...'
WHO_ENDS = re.compile(r",|\s+(?:and|that|in|on|at|after|while|as|during|to|before|from|when)\s+")
NEAR = 300


def _near(text: str, offset: int) -> int:
    """Where the text that may name a quote's speaker before it begins: its line, but no more
    than NEAR characters back (the searches are quadratic in what they read)."""
    return max(text.rfind("\n", 0, offset) + 1, offset - NEAR)


# 'The Ministry of Foreign Affairs said Pakistan accords prime importance to ...' then a paragraph
# that is only a quote: the words of whoever the paragraph before has speaking
SAID_OPENING = re.compile(rf"(?P<who>[A-Z][^,;:“”\"]{{1,80}}?)\s+(?:also\s+)?{SPEECH}\b")


def _said_just_before(f: Findings, quote: Quote):
    line_start = f.text.rfind("\n", 0, quote.start) + 1
    if f.text[line_start:quote.start].strip() not in ("“", '"', ""):
        return None   # (the quote does not open its paragraph)
    end = len(f.text[:line_start].rstrip())   # (past the blank line between paragraphs)
    previous = f.text.rfind("\n", 0, end) + 1
    paragraph = f.text[previous:end].strip()
    if not paragraph or "“" in paragraph or '"' in paragraph:
        return None   # (a paragraph with quotes of its own has its own speakers)
    if paragraph.endswith(":"):   # ('Speaking about ..., Görgün continued as follows:', then the quote;
        named = f.mentions_in(previous, end, "Person") or f.mentions_in(previous, end, *BODIES)
        return f.entity(named[-1]) if named else None   # 'Ed Cutts, DE&S Director Weapons, said:': the man)
    return _said_by(f, f.doc.sentence_at(previous), "Person", *BODIES)


# '..., X, President of Y, stated that ..., and said, "We are ..."': the subject said it too
AND_SAID = re.compile(rf",?\s+and\s+(?:also\s+)?{SPEECH}\s*[:,]?\s*[“\"‘]?$")


def _subject_also_said(f: Findings, quote: Quote):
    """The first person a sentence names, when it goes on '..., and said, “...”'."""
    sentence = f.doc.sentence_at(quote.start)
    if sentence.start >= quote.start or not AND_SAID.search(f.text, sentence.start, quote.start):
        return None
    people = f.mentions_in(sentence.start, quote.start, "Person")
    return f.entity(people[0]) if people else None


BODIES = ("GovernmentAgency", "MilitaryBranch", "Company", "IntergovernmentalBody", "ArmedGroup")


def _said_by(f: Findings, sentence, *kinds):
    """Who a sentence opening 'X said ...' has speaking, when X ends in a mention of these kinds."""
    m = SAID_OPENING.match(f.text, sentence.start, sentence.end)
    who = f.mentions_in(m.start("who"), m.end("who"), *kinds) if m else []
    return f.entity(who[-1]) if who and who[-1].end == m.end("who") else None


def _someone_reporting(f: Findings, quote: Quote) -> tuple[bool, object]:
    """'A spokesperson added the facility was “...”': the quote's own sentence says someone
    graphkb cannot name said it (not the speaker of the quote before); a spokesperson speaks
    for the body that spoke in the sentence before ('The Ministry of Defence said ...')."""
    sentence = f.doc.sentence_at(quote.start)
    start = max(sentence.start, _near(f.text, quote.start))
    m = REPORTED_SPEECH.search(f.text, start, max(start, quote.start - 1))
    if m is None or not SOMEONE.fullmatch(m.group("who").strip()):
        return False, None
    if "spokes" not in m.group("who").lower() or sentence.index == 0:
        return True, None
    return True, _said_by(f, f.doc.sentences[sentence.index - 1], *BODIES)


CONJUNCTION_OPENS = re.compile(r"^(?:But|And|Yet|So|Still|However,?)\s+")


def _reporting_speaker(f: Findings, quote: Quote):
    """The person who 'said' earlier in the quote's own sentence, when nothing stands
    between the saying and the quote but the reported words."""
    start = max(f.doc.sentence_at(quote.start).start, _near(f.text, quote.start))
    m = REPORTED_SPEECH.search(f.text, start, max(start, quote.start - 1))
    if m is None or re.search(r"[;:]|,\s+(?:and|but|while|whereas)\s", f.text[m.end("who"):quote.start]):
        return None   # ', and critics called it “...”': another clause, another speaker
    who_end = m.end("who")
    persons = f.mentions_in(m.start("who"), who_end, "Person")
    # 'Wang Wenbin said', 'Gawad, the commander of X, said', 'Navantia chairman, X, assured'
    if persons and re.fullmatch(r"(?:,[^,]{1,140},|,)?", ADVERB_AFTER.sub("", f.text[persons[-1].end:who_end]).strip()):
        return f.entity(persons[-1])
    which = RELATIVE.search(f.text, m.start("who"), who_end)
    if which is not None and not persons:   # 'condemnation from the Iraqi government, which called it'
        who_end = which.start()
    bodies = f.mentions_in(m.start("who"), who_end, "GovernmentAgency", "MilitaryBranch", "Company",
                           "IntergovernmentalBody", "ArmedGroup", "MediaOutlet")
    if not persons and bodies and bodies[-1].end == who_end:   # "China's foreign ministry said it was"
        return f.entity(bodies[-1])
    if not persons and re.search(r"\b(?:calling|describing|terming)\s+\S+\s*[“\"‘]?$", f.text[m.start():quote.start]):
        subject = _clause_subject(f, start, who_end)   # ("Pakistan’s foreign ministry condemned the sanctions,
        if subject is not None:                        #   calling them “unfortunate and biased.”": the ministry)
            return subject
    if not persons:   # 'Iran says it was aiming for an Israeli “strategic center”'
        country = _country_speaking(f, _last_phrase(f.text[m.start("who"):who_end]))
        if country is not None:
            return country
    pronoun = CONJUNCTION_OPENS.sub("", ADVERB_AFTER.sub("", m.group("who").strip()))
    if PRONOUN.match(pronoun):   # 'He also noted that', 'But he said Ukraine had “...”'
        return _last_person(f, quote.start, pronoun.split()[0].lower())
    if not persons and not bodies and re.search(r"(?:^|,\s*)it$", ADVERB_AFTER.sub("", m.group("who").strip())):
        return _issuer(f, quote)   # ('In a statement, it argued that ... “...”': the body that spoke before)
    if not persons and not bodies:   # ('The defense chief said China's behavior “...”')
        return person_by_post(f, ADVERB_AFTER.sub("", m.group("who").strip()), quote.start)
    return None


# '... a "sincere and constructive atmosphere" will strengthen ties, he added.', '... faces
# “a crucial moment” in terms of security, added the Secretary Austin.'
END_SPEAKER = (re.compile(rf",\s+(?P<who>{NAME_CHAR}{{1,60}}?)\s+(?:also\s+)?{SPEECH}\b[^,;“”\"]{{0,40}}[.!]?\s*$"),
               re.compile(rf",\s+{SPEECH}\s+(?P<who>{NAME_CHAR}{{2,60}}?)[.!]?\s*$"))


def _speaker_at_sentence_end(f: Findings, quote: Quote):
    """The speaker a sentence names at its end, after the quote inside it."""
    sentence = f.doc.sentence_at(quote.start)
    if sentence.end <= quote.end or any(q.start > quote.end for q in f.doc.quotes
                                        if sentence.start <= q.start < sentence.end):
        return None   # (the quote ends the sentence, or another quote stands between)
    for pattern in END_SPEAKER:
        m = pattern.search(f.text, quote.end, sentence.end)
        if m:
            return _who(f, m.group("who"), m.start("who"), quote.start)
    return None


RELATIVE = re.compile(r",\s+which\s*$")
WHICH_IT_SAID = re.compile(rf",\s+which\s+(?:it|they)\s+{SPEECH}\s*[:,]?\s*[“\"‘]?$")
# What may open a clause before its subject: 'In its statement, the US named ...'
BEFORE_SUBJECT = re.compile(r"(?:[^,]{0,40},\s*)?(?:[Tt]he\s+)?")


def _clause_subject(f: Findings, start: int, end: int):
    """The country or body that opens a clause (after an opening phrase), or None."""
    for x in f.mentions_in(start, end, "Country", "Org"):
        if BEFORE_SUBJECT.fullmatch(f.text, start, x.start):
            return f.country(x) or f.entity(x)
    return None


LAST_PHRASE = re.compile(r"(?:.*\b(?:from|by|of|in|with|and|but|as)\s+|.*,\s*|^)(?P<phrase>[^,]*)$")


def _last_phrase(who: str) -> str:
    """The words that name who spoke at the end of a clause ('harsh condemnation from the Iraqi
    government' -> 'the Iraqi government')."""
    return LAST_PHRASE.match(who.strip()).group("phrase")


ADVERB_AFTER = re.compile(r"\s+(?:also|further|later|then|again|earlier|previously|separately)$")


# (a source cited: 'according to X', 'as per X')
CITED = r"[Aa]ccording to|[Aa]s per"
ACCORDING_TO = re.compile(rf"\b(?:{CITED}) (?:the\s+)?(?P<who>[A-Z][^,;:“\"]{{1,80}}?),")
# a document that speaks: 'the statement', 'the notice', 'a press release'
DOCUMENT = re.compile(r"(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}(?:statement|notice|release|"
                      r"communiqu[eé]|announcement|readout)", re.I)
SOURCE = re.compile(rf"\b(?:{CITED}|[Cc]iting) (?:(?:a|the)\s+statement\s+(?:from|by)\s+)?"
                    r"(?:the\s+)?(?P<who>[A-Z][^,;:.“\"]{1,80})"
                    # 'A statement issued by Caracal on Monday stressed ...'
                    r"|\b(?:statement|release|communiqu[eé]|notice)\s+(?:issued\s+|released\s+|put\s+out\s+)?"
                    r"(?:by|from)\s+(?:the\s+)?(?P<issuer>[A-Z][\w&.’'-]*(?:\s+(?:of\s+)?[A-Z][\w&.’'-]*){0,5})")


def _according_to(f: Findings, quote: Quote):
    """'According to Ministry Of Defence, Operation Sindoor is “a precise and restrained
    response”': the quoted words are the source's."""
    sentence = f.doc.sentence_at(quote.start)
    m = ACCORDING_TO.search(f.text, sentence.start, max(sentence.start, quote.start - 1))
    return _who(f, m.group("who"), m.start("who"), quote.start) if m else None


# A name after a quote that resolves to no entity ('the PMO', 'Ifri'): someone else's words
# than the last speaker's
# A source named by what it is and its name: 'Telegram channel Fighterbomber', 'the news site X'
NAMED_SOURCE = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:channel|account|blog|blogger|outlet|site|website|"
                          r"newspaper|agency|broadcaster|daily|user)\s+[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2}")
UNKNOWN_NAME = re.compile(r"(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}")
THE_BODY = re.compile(r"(?:the|its|a)\s+(?P<what>(?:[a-z-]+\s+){0,2}?)(?P<noun>ministry|department|agency|office|commission|embassy|command|"
                      r"army|navy|air force|company|firm|group|coast guard|military)"
                      # ('the military statement said', 'said a company official')
                      r"(?:\s+(?:statement|official|spokes(?:person|man|woman)|source))?", re.I)


def _body_named_before(f: Findings, who: str, offset: int):
    """'..., the ministry said in a statement': the body of that kind named last before (the
    Defense Ministry of the sentence before), if one is."""
    m = THE_BODY.fullmatch(who)
    if m is None:
        return None
    noun = m.group("noun").lower()
    kinds = ("Company", "JointVenture", "Organization") if noun in ("company", "firm", "group") \
        else ("GovernmentAgency", "MilitaryBranch", "Organization")
    what = m.group("what").lower().replace("defence", "defense").split()
    for earlier in reversed(f.mentions_in(max(0, offset - 1500), offset, *kinds)):
        entity = f.entity(earlier)
        label = entity.label.lower().replace("defence", "defense") if entity is not None else ""
        if entity is not None and all(w in label for w in what) and (
                noun in label or noun in ("company", "firm", "group", "military")):   # 'the defence ministry'
            return entity
    return None


def _issuer(f: Findings, quote: Quote):
    """Who issued 'the statement' a quote is read from: the organisation that spoke last, in
    this sentence or the one before, or the source named there ('..., as per Ukraine’s Armed
    Forces. “...,” reads the statement'). A person's words are no statement of a body."""
    sentence = f.doc.sentence_at(quote.start)
    earlier = f.doc.sentences[sentence.index - 1].start if sentence.index else sentence.start
    for before in reversed([q for q in f.doc.quotes if q.start < quote.start and q.end > earlier]):
        speaker = getattr(before, "speaker", None)
        if speaker is not None:
            return speaker if speaker.kind != "Person" else None
    for m in reversed(list(SOURCE.finditer(f.text, earlier, quote.start))):
        group = "who" if m.group("who") else "issuer"
        found = _who(f, m.group(group), m.start(group), quote.start)
        if found is not None and found.kind != "Person":
            return found
    for body in reversed(f.mentions_in(earlier, quote.start, "GovernmentAgency", "MilitaryBranch",
                                       "Company", "JointVenture", "IntergovernmentalBody")):
        if BODY_SAID.match(f.text, body.end) and f.entity(body) is not None:
            return f.entity(body)   # 'The UK Defence Ministry said RAF aircraft ...' before it
    return None


BODY_SAID = re.compile(r"\s+(?:also\s+|earlier\s+|later\s+)?(?:said|says|stated|announced)\b")


def _attributable_before(f: Findings, quote: Quote):
    if not hasattr(f, "attributable"):   # read once: every quote of a long text asks
        f.attributable = list(ATTRIBUTABLE.finditer(f.text))
    m = next((a for a in reversed(f.attributable) if a.end() <= quote.start), None)
    if m is None:
        return None
    return _who(f, m.group("who"), m.start("who"), quote.start)


def _who(f: Findings, who: str, offset: int, quote_start: int):
    who = who.strip()
    who = re.sub(r",\s+(?:who|which)\s+[^,]*,?$", "", who)   # ('The French minister, who began his visit here, said:')
    who = re.sub(r",\s+who\s+(?:was|were|is)\s+represented\s+by\s.*$", "", who)   # (the one whose words a deputy read)
    who = re.sub(rf"(?:\s+{SPEECH})?,\s+(?:adding|noting|saying|stressing|insisting|explaining)$", "", who)   # ('..., he said,
    last = who.rsplit(",", 1)[-1].strip()                                                   #  adding: “...”')
    if PRONOUN.match(last):   # '...” of President Biden, he said'; 'the minister said': the one minister
        return (person_by_post(f, last, quote_start) if last[:4].lower() == "the " else None) \
            or _last_person(f, quote_start, last.lower())   # named before, else the last person
    if PM_ONLY.fullmatch(last):   # ('“...,” PM added': the prime minister, not a body called 'PM')
        found = person_by_post(f, last, quote_start)
        if found is not None:
            return found
    persons = [m for m in f.mentions_in(offset, offset + len(who), "Person")]
    if persons:
        return f.entity(persons[-1])
    bodies = f.mentions_in(offset, offset + len(who), "GovernmentAgency", "MilitaryBranch",
                           "Company", "JointVenture", "IntergovernmentalBody", "ArmedGroup", "MediaOutlet")
    if bodies:   # '..., the Defence Ministry said', '..., KCNA said': its words
        return f.entity(bodies[-1])
    return _person_by_surname(f, who) or person_by_post(f, last, quote_start) or _country_speaking(f, who)
    #                                    ('Speaking on the occasion, the chief minister said, “...”')


# 'Iraq said', 'the Iraqi government said', "Iran's government", 'the government of Iraq', 'Tehran
# said': a country, speaking through its government (its capital stands for it)
COUNTRY_SPEAKS = re.compile(r"(?:[Tt]he\s+)?(?:government\s+of\s+(?:the\s+)?)?"
                            r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}?)"
                            r"(?:(?:’s|'s)?\s+government)?")


def _country_speaking(f: Findings, who: str):
    m = COUNTRY_SPEAKS.fullmatch(who.strip())
    if m is None:
        return None
    name = m.group("name")
    return f.country_named(name) or f.governed_from(name)


# "Iran's foreign minister said", 'the defence minister said': a post, not a name
POST_ONLY = re.compile(r"(?:[A-Z][\w.]+(?:’s|'s)\s+|[Tt]he\s+(?:(?P<demonym>[A-Z][a-z]+)\s+)?|[Ii]ts\s+)"
                       r"(?P<post>(?:[a-z-]+\s+){0,2}"
                       r"(?:minister|secretary|president|spokes(?:man|woman|person)|ambassador|chief|"
                       r"commander|envoy|premier)"
                       # ('The Chief of Army Staff, who was represented by ..., said:')
                       r"|(?:Chief|Minister|Secretary|Commander|Commandant|Director|Head)\s+(?:of|for)\s+(?:the\s+)?"
                       r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")


# The prime minister called by the initials of the post: '“...,” PM added'
PM_ONLY = re.compile(r"(?:[Tt]he\s+)?PM")


def person_by_post(f: Findings, who: str, offset: int):
    """The one person named before whose post the words give ('the defence minister said',
    'The president named ...')."""
    if PM_ONLY.fullmatch(who):
        post, demonym = "pm", None
    else:
        m = POST_ONLY.fullmatch(who)
        if m is None:
            return None
        post, demonym = m.group("post").lower(), m.group("demonym")
    country = f.country_named(demonym) if demonym else None
    if demonym and country is None:
        return None   # ('The Defence minister': no demonym; a name graphkb does not know)
    people = []
    posts = POST_SYNONYMS.get(re.sub(r"defense", "defence", post), (post,))
    for mention in reversed(f.mentions_in(max(0, offset - 3000), offset, "Person")):
        person = f.entity(mention)
        titles = [str(t.value).lower() for t in f.objects(person, "schema:jobTitle")] if person else []
        if any(p in t or t in p for t in titles for p in posts) and person not in people and \
                (country is None or country in f.objects(person, "gk:represents")):   # ('The French minister')
            people.append(person)
    return people[0] if len(people) == 1 else None


# What the press calls a post after naming its holder by its title: 'the defence chief' is the
# defence minister or secretary ('DND Secretary Gilberto Teodoro ... the defense chief said')
POST_SYNONYMS = {"defence chief": ("defence chief", "defence minister", "defence secretary", "secretary of defence",
                                   "minister of defence", "secretary", "minister"),
                 "army chief": ("army chief", "chief of army staff", "chief of the army staff", "army commander"),
                 "navy chief": ("navy chief", "chief of naval staff", "chief of the naval staff", "navy commander"),
                 "military chief": ("military chief", "chief of staff", "chief of defence staff",
                                    "chief of the defence staff"),
                 # ('the premier said', '..., PM added'): the prime minister named before
                 "premier": ("premier", "prime minister"), "pm": ("prime minister",)}
NAME_SUFFIXES = {"Jr", "Jr.", "Jnr", "Jnr.", "Sr", "Sr.", "Snr", "Snr.", "II", "III", "IV"}


def _person_by_surname(f: Findings, who: str):
    """'..., Mao said': the one person named before whose name ends (or begins) with 'Mao'."""
    if not re.fullmatch(r"[A-Z][\w’'-]+", who):
        return None
    people = {id(e): e for e in f.resolved.entities if e.kind == "Person"
              and len(words := [w for w in e.label.split() if w not in NAME_SUFFIXES]) > 1
              and (who in (words[-1], words[0])   # ('Gilberto Teodoro Jnr': Teodoro; 'Al-adala': Adala)
                   or words[-1][:3].lower() in ("al-", "ar-") and who == words[-1][3:].title())}
    return next(iter(people.values())) if len(people) == 1 else None


SPOKE_BEFORE = re.compile(rf"\b{SPEECH}\s+(?:[\w.]+\s+){{0,3}}$")


def _last_person(f: Findings, offset: int, pronoun: str | None = None):
    """Whom a pronoun speaker stands for: the speaker of the last quote, unless a person named
    since then said something ('MBDA CEO Antoine Bouvier said ... “...,” he added') or, for
    'she' or 'he', is the one the same pronoun stood for in the sentence that named them
    ('... during von der Leyen's visit, which she visited before ... “...,” she said')."""
    named = _named_with_pronoun(f, offset, pronoun) if pronoun in ("he", "she") else None
    if named is not None:
        return named
    m = f.last_mention_before(offset, "Person", within=5000)
    if m is not None:   # ('X, of Y, said Bollom has the experience ... “...,” she said': X, who
        sentence = f.doc.sentence_at(m.start)   # reported what Bollom has, not Bollom)
        reporter = next((p for p in reversed(f.mentions_in(sentence.start, m.start, "Person"))
                         if _speaks(f, p) and SPEECH_WORD.search(f.text, p.end, m.start)), None)
        # ('X, who spoke with US Secretary of State Y, said ... “...,” he told Geo News': X, whom the
        # clause only tells of)
        antecedent = next((p for p in f.mentions_in(sentence.start, m.start, "Person")
                           if WHO_CLAUSE.fullmatch(f.text, p.end, m.start)), None)
        m = reporter or antecedent or m
    for quote in reversed([q for q in f.doc.quotes if q.end <= offset]):
        if getattr(quote, "speaker", None) is None and m is not None and quote.start > m.end \
                and UNNAMED_SPOKE.match(f.text, quote.end):
            return None   # ('“...,” explains the staff. “...,” he said': whoever spoke last, not X before)
        if getattr(quote, "speaker", None) is not None:
            if m is not None and m.start > quote.end and (_speaks(f, m) or _opens_sentence(f, m)):
                break   # "X said ...", "says local mayor X", 'Lebanese President X condemned ...'
            return quote.speaker
    return f.entity(m) if m else None


WHO_CLAUSE = re.compile(r",\s+who\s[^,;“”\"]*")


# A quote's speaker named by no name: '“...,” explains the staff', '“...,” officials said'
UNNAMED_SPOKE = re.compile(rf"[,.!?]?[”\"’']?\s*(?:{SPEECH}\s+(?:the\s+)?[a-z]|"
                           rf"(?:the\s+)?(?!(?:and|but|or|then|also|who|which|that)\b)[a-z]+\s+{SPEECH}\b)")


SAME_PRONOUN = {"she": re.compile(r"\b(?:she|her)\b", re.I), "he": re.compile(r"\b(?:he|his|him)\b", re.I)}


def _named_with_pronoun(f: Findings, offset: int, pronoun: str):
    """The person named since the last quote whose own sentence goes on to call them by the pronoun."""
    since = max((q.end for q in f.doc.quotes if q.end <= offset), default=max(0, offset - 1500))
    for m in reversed(f.mentions_in(since, offset, "Person")):
        sentence = f.doc.sentence_at(m.start)
        if SAME_PRONOUN[pronoun].search(f.text, m.end, min(sentence.end, offset)) and f.entity(m) is not None:
            return f.entity(m)
    return None


def _opens_sentence(f: Findings, m) -> bool:
    """Whether a person is the subject that opens a sentence, after the post before the name
    ('Lebanese President Joseph Aoun condemned the strikes')."""
    sentence = f.doc.sentence_at(m.start)
    start = m.attrs.get("title_start", m.start)
    return start >= sentence.start and re.fullmatch(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,2}", f.text[sentence.start:start]) \
        is not None and re.match(r"(?:,[^,;“”\"]{1,100},)?\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|made|gave|met|took|spoke|"
                                 r"wrote|held|sent|led|told|said|has|had|was|says|makes|gives|meets)\b",   # ('Steve Kunzer, chief
                                 f.text[m.end:m.end + 130]) is not None                   # executive of X, thanked')


def _speaks(f: Findings, m) -> bool:
    """Whether a person's mention is the subject of a verb of speech."""
    return bool(re.match(rf"(?:,[^,]{{1,80}},)?,?\s+(?:also\s+)?{SPEECH}\b", f.text[m.end:m.end + 100])   # (or
            #       after a comma, as an apposed name is written: 'operations chief, General X, said')
                or SPOKE_BEFORE.search(f.text, max(0, m.start - 60), m.start)
                and CLAUSE_ENDS.match(f.text, m.end))   # ('says local mayor X.', not 'said X has')


CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?]|$)|\s+(?:in|on|at|during|after|while|when|as)\b")


TITLED = re.compile(r"\b(?:titled|entitled|headlined|captioned)\s*:?\s*[‘“\"']?$")


# A noun right after a short quote, which makes the quote a term ('“most favored nation” status')
TERM_NOUN_AFTER = re.compile(r"[”\"’]?\s+(?:status|clause|policy|doctrine|principle|strategy|designation|label|"
                             r"list|program|programme|plan|initiative|treaty|law|act|rule|regime|concept|"
                             r"formula|format|mechanism)\b")


def _is_statement(f: Findings, quote: Quote, speaker) -> bool:
    """A statement is a sentence or more in quotes, or what follows 'X:' — not a scare quote,
    nor a name in quotes ('the “Second Hurricane of Yemen Operation”')."""
    name_end = quote.start + len(quote.text.rstrip(" ,.;:"))   # '“Operation Claw-Sword,”'
    if any(m.start == quote.start and m.end in (quote.end, name_end) for m in
           f.mentions_in(quote.start, quote.end, "MilitaryOperation")):
        return False
    if TITLED.search(f.text, max(0, quote.start - 30), quote.start):
        return False   # 'The statement is titled ‘President X appoints Y ...’': a title, not speech
    words = quote.text.split()
    if len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() or w in ("–", "-", "of", "the", "and")
                               for w in words) and re.search(r"\bthe\s+[“\"‘']?$", f.text[max(0, quote.start - 6):quote.start]):
        return False   # ('the “Exercise MITRA SHAKTI – 2023” will also involve': a name in quotes)
    if len(words) >= 5:
        return True
    if TERM_NOUN_AFTER.match(f.text, quote.end):
        return False   # ('revoke Russia’s “most favored nation” status': a term, not speech)
    if len(words) >= 2 and any(len(w) >= 4 and w.islower() for w in words) \
            and _said_in_sentence(f, quote, speaker):
        return True   # 'Guler said the talks were held in a “sincere and constructive atmosphere”'
    text = quote.text.strip()
    if len(words) >= 2 and text[:1].isupper() and text[-1:] in ".!?,":
        return True
    line_start = f.text.rfind("\n", 0, quote.start) + 1
    return bool(re.search(r":\s*[“\"]?$", f.text[line_start:quote.start]))


def _said_in_sentence(f: Findings, quote: Quote, speaker) -> bool:
    """Short quoted words are someone's when their sentence says so: a verb of speech outside
    the quote, before or after it ('a “crucial moment”, added the Secretary'), and the speaker
    named in that sentence or a pronoun for them ('..., he added'), not carried over from an
    earlier quote. A name in quotes ('the “Make in India” policy') has no word in lower case
    of four letters or more."""
    sentence = f.doc.sentence_at(quote.start)
    if not (SPEECH_WORD.search(f.text, sentence.start, quote.start)
            or SPEECH_WORD.search(f.text, quote.end, sentence.end)):
        return False
    named = any(f.entity(m) is speaker for m in f.mentions_in(sentence.start, sentence.end)
                if not quote.start <= m.start < quote.end)
    return named or bool(PRONOUN_SAID.search(f.text, sentence.start, sentence.end)) \
        or bool(POST_SAID.search(f.text, sentence.start, sentence.end))   # ('the defense chief said ... “...”')


# A post before a verb of speech, which names the one person who holds it
POST_SAID = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}(?:minister|secretary|chief|spokes(?:man|woman|person)|"
                       r"ambassador|commander|envoy)\s+(?:also\s+)?(?:said|says|noted|added|stated|stressed|told)\b")


def _statement(f: Findings, quote: Quote, speaker, others=()) -> None:
    text = quote.text.strip().rstrip(",").strip()
    statement = f.event("Statement")
    start = quote.start - 1 if quote.start > 0 else quote.start
    sentence_end = f.doc.sentence_at(max(quote.end, quote.start)).end
    span = (start, max(sentence_end, quote.end))
    for other in others:   # ('the joint statement from A (...), B (...), and C (...): “...”')
        f.add(statement, "gk:speaker", other, span, "Asserted", speaker=other)
    f.add(statement, "gk:speaker", speaker, span, "Asserted", speaker=speaker)
    f.add(statement, "gk:quote", Lit(text), span, "Asserted", speaker=speaker)
    for m in f.mentions_in(quote.start, quote.end, "Weapon", "Org", "Country", "MilitaryOperation"):
        about = f.entity(m)
        if about is not None and about is not speaker:
            f.add(statement, "gk:about", about, span, "Asserted", speaker=speaker)


# 'According to the joint statement from A (CEO of X), B (...), and C (...): “...”': each of them
# speaks the quote
JOINT = re.compile(r"\bjoint\s+(?:statement|declaration|press\s+release|communiqu[eé])\s+(?:from|by|of|issued\s+by)\s+")


def _joint_speakers(f: Findings, quote: Quote, speaker) -> list:
    """The people, besides the speaker, who issued the joint statement a quote is read from,
    named in the same sentence before it."""
    sentence = f.doc.sentence_at(quote.start)
    joint = JOINT.search(f.text, sentence.start, quote.start)
    if joint is None:
        return []
    people = [f.entity(p) for p in f.mentions_in(joint.end(), quote.start, "Person")]
    return [p for i, p in enumerate(people) if p is not None and p is not speaker and p not in people[:i]]


UNQUOTED = re.compile(rf"\s{SPEECH}:[ \t]*\n")


def _unquoted_statements(f: Findings) -> None:
    """'William Hague said:' then paragraphs without quote marks."""
    text = f.text
    for m in UNQUOTED.finditer(text):
        line_start = max(text.rfind("\n", 0, m.start()) + 1, text.rfind(". ", 0, m.start()) + 2,
                         m.start() - 80)
        speaker = _who(f, text[line_start:m.start()], line_start, m.start())
        if speaker is None:
            continue
        for para in _following_paragraphs(text, m.end()):
            if para.group(0).lstrip().startswith(("“", '"')):
                break
            quote = Quote(para.start(), para.end(), para.group(0))
            quote.speaker = speaker
            f.doc.quotes.append(quote)
            _statement(f, quote, speaker)


def _following_paragraphs(text: str, offset: int, most: int = 3):
    count = 0
    for para in re.finditer(r"[^\n]+", text[offset:]):
        chunk = para.group(0).strip()
        if not chunk:
            continue
        if count and re.match(r"^(?:The|A|An|In|On|At)\b", chunk):
            return
        span = re.compile(r"[^\n]+").match(text, offset + para.start())
        yield span
        count += 1
        if count >= most:
            return
