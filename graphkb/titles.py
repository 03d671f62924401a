"""People named in an article, found by their titles ('Ambassador X', 'Defence Minister X',
'Secretary of State X', 'X, Ambassador of Japan to ...'), by honorifics ('Mr X'), and as the
subject of a speech verb ('X Y said'). A title's place ('to India', 'of Japan') is kept on
the mention for the rules that read posts.
"""
from __future__ import annotations

import functools
import itertools
import re

from . import gazetteer
from .spans import Mention


MONTHS = ("January February March April May June July August September October November "
          "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()


DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today".split()
# Month names that are never people's names ('Jan', 'May' can be)


NAME_MONTHS = set(MONTHS[:12]) - {"May", "June"}


# Words that name a portfolio ('Minister for Defence Industry', 'Secretary for Foreign Affairs'):
# the last word of a title that is none of them is the first name of the person after it.
PORTFOLIO_WORDS = set("""Defence Defense Industry Industries Affairs Foreign External Home Finance
    Trade State Security Veterans Personnel Procurement Production Materiel Science Technology
    Energy Health Education Justice Interior Economy Commerce Transport Infrastructure Planning
    Communications Agriculture Environment Development Cooperation Europe Army Navy Air Force
    Forces Staff Strategy Operations Intelligence Policy Capability Acquisition Sustainment
    Readiness Resources Administration Innovation Space Cyber Homeland International Relations
    Treasury Budget Labour Labor Emergency Services Information Culture Armed Military Naval
    Exports Export Industrial Logistics Equipment Research Justice Immigration Internal Terrorism
    Counterterrorism Financial Nonproliferation Proliferation Control Arms Political Economic Public
    Diplomacy Management National Transportation Veterans Labor Energy""".split())
PORTFOLIO = "(?:" + "|".join(sorted(PORTFOLIO_WORDS)) + ")"
# 'for Industry and Security', 'for Terrorism and Financial Intelligence': the first word may be
# any, the rest only words of a portfolio
FOR_PORTFOLIO = rf"for [A-Z][a-z]+(?: (?:(?:and|of|the) )?{PORTFOLIO})*"


TITLES = [
    r"Prime Minister", r"Deputy Prime Minister", r"Minister-President", r"(?:Executive |Senior )?Vice[- ]President", r"President",
    r"Raksha Mantri", r"Rajya Raksha Mantri", r"Pradhan Mantri", r"Supreme Leader",
    r"(?:Defen[cs]e|Foreign|External Affairs|Home|Interior|Finance|Trade|Armed Forces|Defen[cs]e Industry|"
    r"Foreign Affairs|Home Affairs|(?!The\b|This\b|That\b)[A-Z][a-z]+) Minister",
    r"Minister (?:of|for) (?:[A-Z][a-z]+|and|of|the)(?: (?:[A-Z][a-z]+|and|of|the|for)){0,5}",
    # ('Under Secretary of Commerce for Industry and Security', 'Secretary of State for Defence':
    # after 'of', only words of a portfolio, so that the name after it stays a name)
    r"Minister of State", r"Minister Delegate", r"Minister", r"Secretary Of State",   # (as a wire capitalises it)
    rf"Secretary of (?:the )?{PORTFOLIO}(?: (?:and )?{PORTFOLIO})*(?: {FOR_PORTFOLIO})?",
    r"(?:Air Force|Defen[cs]e|Foreign(?: Affairs)?|Home|State|(?!The\b|This\b|That\b)[A-Z][a-z]+) Secretary",   # ('Air Force Secretary')
    # ('Under Secretary for Terrorism and Financial Intelligence')
    rf"(?:State |Parliamentary )?Secretary {FOR_PORTFOLIO}",
    # Kenya's ministers: 'Defence Cabinet Secretary X', 'Cabinet Secretary for Defence X'
    r"(?:(?:Defen[cs]e|Interior|Foreign Affairs|Treasury) )?Cabinet Secretary(?: for [A-Z][a-z]+)?",
    r"Parliamentary State Secretary", r"Permanent Secretary", r"Undersecretary", r"Under Secretary",
    r"Secretary-General", r"Secretary General", r"Secretary", rf"Attorney General(?: {FOR_PORTFOLIO})?",
    r"State Council+or",
    r"(?:District |State |U\.S\. |US |United States )?Attorney",   # (the prosecutor: 'U.S. Attorney X')
    r"Ambassador", r"Charg[ée] d[’']Affaires", r"(?:Defen[cs]e|Military|Naval|Air|Army) Attach[ée]", r"High Commissioner",
    r"(?:National Security|Special|Senior|Chief|Principal|Presidential) Advis[eo]r", r"Special Envoy", r"Envoy", r"Consul General",
    r"Chief of (?:the )?(?:Army|Naval|Air|Defence|Defense) Staff", r"Chief of (?:the )?Defen[cs]e Forces?",
    r"Chief of (?:the )?(?:General|Joint|Main) Staff", r"Chief of (?:the )?(?:Navy|Army|Air Force)",
    r"Chief of Staff",
    r"Chief of Defence", r"(?:Army|Navy|Air Force|(?<![\w-])[A-Z]{2,5}) [Cc]hief(?! [a-z])"   # ('FAP Chief X', 'PAF chief X';
    r"(?! (?:Executive|Operating|Financial|Technology|Technical|Information|Commercial|Marketing|Strategy)\b)",   # not
    #                                                              'IAI Chief Executive Officer X', the firm's CEO)
    r"Defen[cs]e (?:Force )?[Cc]hief",
    r"Chief of Joint Operations", r"Commander,? Joint Operations",
    r"Chairman of the Joint Chiefs of Staff", r"(?:First|Second) Sea Lord", r"Air Chief Marshal", r"Air Marshal",
    r"Air Vice Marshal", r"Field Marshal", r"Marshal", r"Lieutenant[- ]General", r"Lt\. Gen\.",
    # (ranks abbreviated without full stops, as British and Commonwealth outlets write them)
    r"Maj Gen", r"Lt Gen", r"Brig Gen", r"Lt Col", r"Rear Adm", r"Vice Adm", r"Air Cdre",
    # (hyphened, as Israeli outlets write them: 'Maj-Gen. X', 'Lt.-Gen. Y')
    r"(?:Maj|Lt|Brig)\.?-Gen\.?",
    r"Gp Capt", r"Wg Cdr", r"Sqn Ldr",
    r"Lt\. Col\.", r"Lt\.", r"Capt\.", r"Maj\.", r"Rear Adm\.", r"Vice Adm\.", r"Major[- ]General",
    r"Maj\. Gen\.", r"Brigadier[- ]General", r"Brig\. Gen\.", r"Brigadier", r"Brig\.",
    r"General Manager", r"(?:Project|Program|Programme) Manager",
    r"General Officer Commanding(?:-in-Chief)?", r"General", r"Gen\.",
    # (without a full stop only before a full name: 'Defense Minister Gen Nakatani' is a name)
    r"Gen(?= [A-Z][a-z]+ [A-Z])", r"Adm(?= [A-Z][a-z]+ [A-Z])", r"Col(?= [A-Z][a-z]+ [A-Z])",
    r"Vice[- ]Admiral", r"Rear[- ]Admiral", r"Admiral", r"Adm\.", r"Colonel", r"Col\.",
    r"Lieutenant[- ]Colonel", r"Lieutenant Commander", r"Wing Commander", r"Group Captain",
    r"Squadron Leader", r"Air Commodore", r"Commodore", r"Commander-in-Chief", r"Supreme Commander", r"Commander",
    r"Inspector[- ]General", r"Inspector", r"Commandant", r"Captain", r"Cmdr\.",
    r"Cdr\.", r"Sgt\.", r"Sergeant Major", r"Sergeant", r"Lieutenant", r"Director[- ]General", r"Managing Director",
    r"Director",
    r"Department Spokesperson", r"Spokesperson", r"Spokesman", r"Spokeswoman", r"Chancellor",
    r"(?:Federal )?Treasurer", r"Senator", r"Sen\.", r"Rep\.", r"Congressman", r"Congresswoman", r"Governor", r"(?:Executive )?Chairman", r"Chairwoman", r"Chairperson",
    r"Chief Executive(?: Officer)?", r"CEO", r"PM(?= (?!House\b|Office\b|Secretariat\b|Palace\b|Residence\b)[A-Z][a-z]+\b)", r"CTO", r"CFO", r"COO", r"King", r"Sultan", r"Crown Prince", r"Emir",
    # 'Export Operations Head Joakim Wallin': 'Head' written as a title, after what it heads
    r"(?:(?:Export|Exports|Operations|Sales|Marketing|Procurement|Research|Programme|Program|"
    r"Business|Strategy|Communications|Security|Intelligence|Policy|Delegation|Division|Project|"
    r"Development|International|Industrial|Cooperation) ){0,3}Head(?! of)",
]


# A reserve or retired rank's mark after it ('Maj. Gen. (Res.) X', 'Lt. Gen. (ret.) Y')
RETIRED = r"\((?:Res|res|Ret|ret|Retd|retd|retired)\.?\)"
# A body's or a post's acronym in brackets ('(VCDF)', '(DDR&D)')
ACRONYM = r"\([A-Z][A-Za-z&]{1,10}\)"


# Abbreviated ranks and honorifics: one token each, so that their full stop ends no sentence
ABBREVIATIONS = ["Brig.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Adm.", "Cmdr.", "Cdr.", "Sgt.",
                 "Rep.", "Sen.", "Gov.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Hon.", "Smt.", "Res.", "res.", "Eng.", "Engr.",
                 "Ret.", "ret.", "Retd.", "retd."]
# Any one of them, full stop included (a rank after a title starts the next title, not a name:
# 'spokesman, Lt. Gen. X'; and its full stop is part of a speaker's name: 'Maj. Gen. X said')
ABBREVIATION_RE = r"(?:" + "|".join(re.escape(a) for a in ABBREVIATIONS) + r")"


HONORIFIC = (r"(?:(?:the |The )?(?:Hon\.?|Honourable|Honorable) |His Excellency |Her Excellency |Mr\.? |Mrs\.? |Ms\.? |Dr\.? |Eng\.? |Engr\.? |"
             r"(?:His Royal Highness |HRH )?(?<!Crown )Prince |(?<!Crown )Princess |"
             r"Shri |Smt\.? |Sir |Dame |Lord |Baroness |Sheikh |Sheikha |"
             # Malaysian and Bruneian honours before a name ('Datuk Seri Mohamed Khaled Nordin')
             r"(?:Tan Sri|Datuk Seri|Dato['’] Sri|Dato['’] Seri|Datuk|Dato['’]?|Datin|Tun|Pehin) )")


UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100\u0102\u0104\u0106\u010c\u0141\u0143\u015a\u0160\u0179\u017b\u017d" \
    "\u010e\u0110\u0118\u011a\u011e\u0130\u0147\u0150\u0158\u015e\u0162\u0164\u016e\u0170\u0218\u021a"   # ('İlham', 'Şahin')
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u017f\u0219\u021b"
# What a place or a maker before a hyphen says of the name after it: 'Pune-based Bharat Forge'
NOT_NAME_SUFFIX = r"(?:based|born|made|built|led|backed|owned|headquartered|registered|run|designed|developed)"
NAME_TOKEN = (rf"(?:(?![{UPPER}][{LOWER}]+-{NOT_NAME_SUFFIX}\b)"   # (not 'Pune-based')
              rf"[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?(?:[-'’][{UPPER}]?[{LOWER}]+)*|"   # 'McCain', 'AlMazrouei'
              rf"[OD]['’][{UPPER}][{LOWER}]+|"   # 'O'Keefe', 'D’Souza'
              rf"(?:[{UPPER}]\.){{1,3}}(?=[{UPPER}][{LOWER}]{{2,}})[{UPPER}][{LOWER}]+|"   # initials glued on: 'A.K.Antony'
              rf"(?!U\.S\.|U\.K\.|U\.N\.|E\.U\.)[{UPPER}]\.(?:[{UPPER}]\.){{0,2}}|"   # initials: 'V.R. Chaudhari'
              rf"(?<![\w&])[{UPPER}]{{1,2}}(?=(?: [{UPPER}])* [{UPPER}][{LOWER}]{{2,}}\b))")   # 'AM Naik', 'V K Saraswat'


NAME_REST = (rf"(?:{NAME_TOKEN}|\([{UPPER}][{LOWER}]+\)(?= [{UPPER}])|[“\"][{UPPER}][{UPPER}{LOWER}]+[”\"](?= [{UPPER}])|III|II|IV|VIII|VII|VI|Jr\.?|Jnr\.?|Snr\.?|bin|binti|al-[A-Z][a-z]+|"
             rf"(?:de|del|della|dela|delos|van|von|da|das|do|dos|di|du|e)(?= [{UPPER}])|"   # 'Carlos de Souza', not 'X de' + verb; 'Leodegario dela Paz'
             rf"(?:von der|van der|van den|de la|de los)(?= [{UPPER}]))")   # 'Ursula von der Leyen'
NAME = rf"{NAME_TOKEN}(?: {NAME_REST}){{0,4}}"
# A full name, two words or more: 'Bosco da Costa Júnior', 'Mohammed bin Zayed'
FULL_NAME = rf"{NAME_TOKEN}(?: {NAME_REST}){{1,4}}"


LOWER_TITLES = [r"spokes(?:man|woman|person)", r"(?:[Dd]efen[cs]e|[Ff]oreign|[Pp]rime|[Ff]inance) minister",
                r"minister", r"(?:defen[cs]e|foreign|state|press) secretary", r"secretary[- ]general", r"(?:under|assistant|deputy)[- ]?secretary", r"secretary",
                r"ambassador", r"high commissioner",
                r"envoy", r"army chief", r"navy chief", r"air force chief", r"chief executive officer",
                r"chief executive",
                r"(?:(?:senior|executive|corporate) )?vice[- ]president(?: and general manager)?",
                r"president", r"chancellor", r"director(?:[- ]general)?", r"secretary-general",
                r"commander-in-chief", r"commander", r"co-founder", r"founder",
                r"chairman", r"chairwoman", r"chairperson", r"chair", r"managing director", r"mayor", r"governor",
                r"(?:supreme |opposition )?leader", r"(?:top |chief |senior )diplomat",
                r"chief of (?:the )?(?:general|defen[cs]e|army|naval|air) staff",   # ('chief of the general staff Lt. Gen. X')
                r"(?:(?!the\b|a\b|its\b|their\b|s\b)[a-z]+ ){0,2}chief"]   # 'foreign policy chief'


TITLE_RE = ("(?:(?:First |Deputy |Assistant |Under |Vice[- ]|Acting |Principal Deputy |Additional |Joint |Special ){0,2}(?:"
            + "|".join(TITLES) + ")|(?:first |deputy |acting |vice[- ]){0,2}(?:" + "|".join(LOWER_TITLES) + "))")   # ('a deputy prime
#                                                                           minister', 'vice-foreign minister X')


@functools.lru_cache(maxsize=1)
def person_after_title() -> re.Pattern:
    countries = sorted({n for n, k in gazetteer.demonym_index().items() if n not in k.demonyms
                        or n == k.label}, key=len, reverse=True)
    # (or the capital of one, or a body of many: 'Turkish Ambassador to Baku X', 'US Ambassador to the
    # United Nations Y')
    places = countries + sorted(gazetteer.capital_index(), key=len, reverse=True) \
        + ["United Nations", "UN", "NATO", "European Union", "EU", "African Union", "OSCE"]
    place = "(?:the )?(?:" + "|".join(re.escape(c) for c in places) + ")"
    lower = "(?:" + "|".join(sorted({w.lower() for w in PORTFOLIO_WORDS if " " not in w})) + ")"
    return re.compile(
        # ('State Secretary of the Department of Defense Marian Majer')
        rf"\b(?<!-)(?P<title>{TITLE_RE}(?: (?:and|&) {TITLE_RE})?"
        rf"(?: of the (?:Department|Ministry) (?:of|for) {PORTFOLIO}(?: (?:and )?{PORTFOLIO}){{0,3}})?"
        # ('Minister for defence procurement X'; an acronym after the post: '(VCDF)', not the
        # 'General' of 'Director-General')
        rf"(?: for {lower}(?: (?:and )?{lower}){{0,2}})?"
        # ('Commander of the Navy Vice Admiral X', 'Chief of Staff of the Navy Rear Admiral Y')
        rf"(?: of the (?:Navy|Army|Air Force|Armed Forces)(?= (?:{RANK_BEFORE_NAME}) ))?)(?: {ACRONYM})?"
        # ('Secretary of National Defence (Defence Minister) of the Philippines, Gilberto Teodoro')
        rf"(?: \((?:[A-Z][a-z]+ ){{0,2}}(?:Minister|Secretary)\))?"
        rf"(?: (?P<prep>to|of) (?P<place>{place}))?"
        rf"(?: (?:to|in) (?P<place2>{place}))?"   # ('Ambassador of Pakistan in Turkey X')
        rf"(?: ?,)? (?:{HONORIFIC})?(?:(?P<rank>{RANK_BEFORE_NAME}) (?={NAME_TOKEN} {NAME_TOKEN}))?(?:{HONORIFIC})?"
        rf"(?:{RETIRED} )?"   # 'Maj. Gen. (Res.) Eyal Zamir'
        rf"(?!{ABBREVIATION_RE}|(?:{TITLE_RE}) )(?P<name>{NAME})")


# 'Defence Minister Gen Nattapon Nakpanich': a rank between a post and a full name (but 'Minister
# of Defense Gen Nakatani' is a name: one word follows)
RANK_PREFIX = re.compile(r"(?:Lt|Maj|Brig|Vice|Rear)\.?|Lieutenant|Major|Brigadier")
RANK_BEFORE_NAME = (r"(?:(?:Lt\.?|Maj\.?|Brig\.?|Lieutenant|Major|Brigadier)[ -])?(?:Gen\.?|General)|"
                    r"(?:(?:Vice|Rear) )?(?:Adm\.?|Admiral)|Air (?:Chief )?Marshal|Col\.?|Colonel")


PERSON_HONORIFIC = re.compile(rf"\b(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Eng\.|Engr\.?|Hon\.?|Honourable|Honorable|His Excellency|Her Excellency|"
                              rf"Sheikh|Sheikha|Sir|Dame|Baroness)"
                              rf" (?:Mr\.? )?(?P<name>{NAME})")


PERSON_SPEAKS = re.compile(
    rf"(?P<name>{FULL_NAME})(?:,[^,\n]{{3,80}},)? (?:had |has )?(?:said|told|added|stated|says|"
    rf"noted|declared|announced|warned|insisted|explained)\b")


# A full name that opens a sentence and does something a person does, when the text names the
# person by the surname alone later ('Mariusz Błaszczak approved the contracts ... Błaszczak thanked')
ACTOR_VERBS = (r"approved|thanked|signed|met|visited|announced|said|says|told|added|stated|hailed|welcomed|"
               r"urged|warned|praised|called|inspected|attended|opened|unveiled|ordered|pledged|vowed|"
               r"indicated|confirmed|responded|revealed|disclosed")
# ('Rajesh Kumar Singh on Saturday publicly indicated that ...')
ACTOR_OPENS = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>{FULL_NAME}) (?:(?:also|has|had|on [A-Z][a-z]+|publicly|"
                         rf"later|earlier|today|yesterday) ){{0,3}}"
                         rf"(?:{ACTOR_VERBS})\b", re.M)
TITLE_OR_RULER = re.compile(rf"(?:{TITLE_RE}|King|Queen|Prince|Princess|Sultan|Emir|Sheikh)\b")
ACTOR_VERB_SET = set(ACTOR_VERBS.split("|"))


def _surname_acts_later(text: str, offset: int, surname: str) -> bool:
    """Whether the text after an offset names someone by this surname alone as the subject of a
    person's verb, or after 'said' ('Błaszczak thanked', 'said Błaszczak'). (Plain string search:
    a pattern made for each name would fill the regular-expression cache.)"""
    at = text.find(surname, offset)
    while at != -1:
        end = at + len(surname)
        before, after = text[max(0, at - 6):at], text[end:end + 14].split(maxsplit=1)
        whole = not (text[at - 1:at].isalnum() or text[at - 1:at] == "-") and not text[end:end + 1].isalnum()
        if whole and ((after and after[0].rstrip(",.") in ACTOR_VERB_SET)
                      or before.endswith(("said ", "says ", "told "))):
            return True
        at = text.find(surname, end)
    return False


NAME_THEN_TITLE_LINE = re.compile(
    rf"^(?P<name>{FULL_NAME})[ \t]*\n\s*(?P<title>(?:[A-Z][a-z]+ )?{TITLE_RE})[ \t]*$",
    re.M)


NATIONAL = re.compile(rf"(?P<name>{FULL_NAME}),\s+(?:a|an)\s+(?P<dem>[A-Z][a-z]+|[A-Z]{{2,5}}|U\.S\.)\s+"
                      r"(?:national|citizen|businessman|businesswoman|official|executive|"
                      r"arms dealer|broker|general|officer|representative|diplomat|banker|"
                      r"financier|agent)\b")
# 'Turkish citizen Murat Bukey was also designated': the nationality and the noun before the name
NATIONAL_BEFORE = re.compile(rf"\b(?P<dem>[A-Z][a-z]+)\s+(?:national|citizen|businessman|businesswoman|"
                             rf"arms dealer|broker|financier)\s+(?P<name>{FULL_NAME})")
HEAD_OF = re.compile(rf"\b(?:its|their) (?P<title>director|chairman|chief executive|commander|"
                     rf"head|chief|spokesperson|president|deputy director),? (?P<name>{NAME})")


# "Iran's defense attaché in Beijing, Davoud Damghani": a post abroad, the city it is held in, then
# the holder's name
POSTED_IN = re.compile(rf"\b(?P<title>(?:[Dd]efen[cs]e|[Mm]ilitary|[Nn]aval|[Aa]ir|[Aa]rmy) [Aa]ttach[ée]|"
                       rf"[Aa]mbassador|[Ee]nvoy|[Cc]onsul[- ][Gg]eneral) in (?P<city>[{UPPER}][{LOWER}]+"
                       rf"(?: [{UPPER}][{LOWER}]+)?),? (?P<name>{FULL_NAME})")


# 'Guillaume Faury (Chief Executive Officer of Airbus)': a name, then its post in brackets
NAME_BRACKETED_POST = re.compile(rf"(?P<name>{FULL_NAME}) \((?P<title>(?:{TITLE_RE})(?:\s*(?:and|&)\s*(?:{TITLE_RE}))*)"
                                 rf"(?: of (?P<org>[A-Z][^()]{{1,60}}))?\)")


# (looked for first, which is cheap: the pattern's names would be tried at every capital)
BRACKETED_POST = re.compile(rf"\((?:{TITLE_RE})")


# 'Salisbury poisoning suspect Denis Sergeev', 'Russian businessman Ivan Petrov': a person
# named after what they are (not a post)
DESCRIBED_PERSON = re.compile(rf"\b(?:suspects?|businessm[ae]n|businesswom[ae]n|oligarchs?|financiers?|"
                              rf"tycoons?|smugglers?|arms dealers?|(?:arms|oil|gold|diamond|metals?|commodities) (?:traders?|brokers?)|"
                              rf"operatives?|spies|spy|hackers?|"
                              rf"activists?|journalists?|lawmakers?|employees?|nationals?|"
                              rf"(?:military|army|naval|intelligence|police|senior|security) officers?)\s+(?P<name>{FULL_NAME})")
# 'sanctioned three men — A, B and C —', 'five individuals who hold leadership roles within
# al-Shabab: A, B, ...', 'The Treasury named the six as A, B, ...': a list of people's names that
# a word for people, or 'named ... as', opens (two names or more)
PEOPLE_LISTED = re.compile(rf"(?:\b(?:men|women|individuals|persons|people|officials|executives|leaders|"
                           rf"members|commanders|nationals|brothers)\b[^.;:—–]{{0,80}}?\s*[:—–]\s*|"
                           rf"\bnamed\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}as\s+)"
                           rf"(?P<list>{FULL_NAME}(?:(?:,\s+(?:and\s+)?|\s+and\s+){FULL_NAME})+)")
LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


# 'Mirghani Idris Suleiman (Idris)': a full name, then one of its own words in brackets, as
# sanctions notices give the name the rest of the text uses
SHORT_NAMED = re.compile(rf"(?P<name>{FULL_NAME}) \((?P<short>[{UPPER}][{LOWER}]+)\)")


def _short_named(text: str):
    for m in SHORT_NAMED.finditer(text) if " (" in text else ():
        if m.group("short") in m.group("name").split()[1:]:
            yield m


# 'Yoon named Choi Byung-hyuk, who ..., as South Korea's new defense minister': the post after
# 'as' is what makes the name a person's ('named Hanwha Ocean as preferred bidder' is not)
# ('The indictment described Mr. Xian as president of X': a surname after an honorific will do)
APPOINTED_AS = re.compile(rf"\b(?:named|appoint(?:ed|s)|nominated|tapped|picked|chose|selected|"
                          rf"designated|described|identified|(?:appointment|nomination)\s+of)\s+(?:{HONORIFIC})?(?:(?P<rank>{TITLE_RE})\s+)?"
                          rf"(?:{RETIRED}\s+)?(?P<name>{FULL_NAME}|(?:(?<=Mr\. )|(?<=Ms\. )|(?<=Mrs\. )|(?<=Dr\. ))"
                          rf"{NAME_TOKEN})"
                          rf"(?:,[^;“”\"]{{1,220}}?,)?"
                          rf"\s+as\s+(?:the\s+|its\s+|their\s+)?(?:(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})(?:’s|'s)\s+)?"
                          rf"(?:new\s+|next\s+|(?P<acting>interim|acting)\s+|incoming\s+)?(?P<title>{TITLE_RE}"
                          # 'as commander of the armed forces'
                          rf"(?:\s+of\s+the\s+(?:armed\s+forces|army|navy|air\s+force|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}))?)\b")
# 'Mark Rutte has been officially nominated as NATO's next secretary general': a name given a post
# in the passive
APPOINTED_PASSIVE = re.compile(rf"(?<![\w.-])(?P<name>{FULL_NAME})\s+(?:has\s+been|had\s+been|was|is|will\s+be)\s+"
                               rf"(?:officially\s+|formally\s+|now\s+)?(?:named|appointed|nominated|selected|chosen|"
                               rf"picked|tapped|confirmed)\s+(?:as\s+)?(?:the\s+)?(?:(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)"
                               rf"{{0,2}})(?:’s|'s)\s+)?(?:new\s+|next\s+|incoming\s+)?(?P<title>{TITLE_RE})\b")
# (looked for first, which is cheap, since the pattern's names would be tried at every capital)
PASSIVE_APPOINTMENT = re.compile(r"\b(?:been|was|is|be)\s+(?:officially\s+|formally\s+|now\s+)?(?:named|appointed|"
                                 r"nominated|selected|chosen|picked|tapped|confirmed)\b")
# 'appointed the Commander of the Ground Forces Oleksandr Syrskyi as the Commander-in-Chief': a
# name after the post it held, before the one it is given
APPOINTED_FROM_POST = re.compile(rf"\b(?:appoint(?:ed|s)|named|nominated)\s+(?:the\s+)?[A-Z][\w-]*"
                                 rf"(?:\s+(?:[A-Z][\w-]*|of|the|and|for)){{0,12}}?\s+(?P<name>{FULL_NAME})"
                                 rf"\s+as\s+(?:the\s+|its\s+)?(?:new\s+|next\s+|acting\s+|interim\s+)?"
                                 rf"(?P<title>{TITLE_RE}(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|the)){{0,6}})?)")
# 'instead of Valerii Zaluzhnyi', 'replacing Admiral Tony Radakin': whom an appointee replaces
REPLACED = re.compile(rf"\b(?:instead\s+of|in\s+place\s+of|replacing|replaces|replaced|succeeding|succeeds|"
                      rf"succeeded|to\s+replace|to\s+succeed)\s+(?:by\s+)?(?:(?P<rank>{TITLE_RE})\s+)?(?P<name>{FULL_NAME})\b")
# 'X will succeed Y as president and CEO of Z', 'tapped X to succeed Y as chairman': a new holder
# of a post and the one before, who both hold it
SUCCEEDS_AS = re.compile(rf"(?<![\w-])(?P<name>{FULL_NAME})\s+(?:will\s+|is\s+to\s+|is\s+set\s+to\s+|to\s+)?"
                         rf"(?:succeed|succeeds|succeeded|replace|replaces|replaced)\s+(?:{HONORIFIC})?"
                         rf"(?:(?P<rank>{TITLE_RE})\s+)?(?P<name2>{FULL_NAME})\s+as\s+(?:the\s+|its\s+)?(?:new\s+)?"
                         rf"(?P<title>{TITLE_RE}(?:\s+and\s+{TITLE_RE})?)"
                         rf"(?:\s+of\s+(?:the\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,4}}))?")
APPOINTMENT_WORDS = re.compile(r"\b(?:appoint\w*|named|nominat\w*|replac\w*|succe\w*|instead of|in place of|"
                               r"dismiss\w*|sacked|took over|take over|takes over)\b")


# 'President and CEO of Rafael Advanced Defense Systems, Yoav Har-Even', 'Head of the
# Directorate of Defense Research & Development (DDR&D), Daniel Gold': a post, then the name,
# as lists of officials present write them
POST_THEN_NAME = re.compile(rf"(?:^|[,(]\s*|\bthe\s+|\band\s+)(?P<title>(?:{TITLE_RE}|Head)\b"
                            rf"(?:[^,;()“”\"\n]|{ACRONYM}){{0,90}}?),\s+"
                            rf"(?:{HONORIFIC})?(?P<name>{FULL_NAME})"
                            rf"(?=\s*(?:[,;.)]|\s(?:and|were|was|said|says|who|has|had|is|will)\b|$))")
# ('Defence Minister Gen X said on Thursday that he called his counterpart, Y': a clause, no post)
CLAUSE_IN_POST = re.compile(r"\b(?:said|says|told|that|called|met|when|while|was|were|is|are|has|have|had|will|"
                            r"would|his|her|their)\b")   # ('X was unable to sway his US counterpart, Y')
# 'Myo Thitsar, the company’s director', 'Than Hlaing, a former police chief', 'X and Y, the
# owners of Dynasty International': a name, then an apposition that gives a person's post
POST_IN_APPOSITION = re.compile(r",\s+(?:(?:the|a|an|its|their|(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*(?:’s|'s)|the\s+[a-z]+(?:’s|'s)|"
                                r"the\s+(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*(?:’s|'s))\s+|"   # ('the Treasury Department's')
                                # ('X, former head of', 'Y, assistant minister of defense for ...')
                                r"(?=(?:former|assistant|deputy|acting|senior|chief|managing)\s)|"
                                # ('Ivan Anušić, Croatian deputy prime minister and defense minister')
                                r"(?=[A-Z][a-z]+\s+(?:[a-z-]+\s+){0,3}(?:minister|secretary|ambassador|envoy|president|"
                                r"commander|spokes(?:man|woman|person))\b))"
                                r"(?:[A-Z][a-z]+(?:-[a-z]+)?\s+)?(?:[a-z-]+\s+){0,3}(?i:owners?|director|founder|"
                                r"co-founder|chairman|chairwoman|head|commander|chief|"
                                r"spokes(?:man|woman|person)|president|minister|executive|leader|"
                                r"ambassador|envoy|adviser|advisor|secretary|official|marshal|admiral|ceo|cfo|coo|"
                                r"cto|commentator|analyst|correspondent|professor|researcher|editor)\b(?!-)")   # ('X, former head of')
NAMES_BEFORE = re.compile(rf"(?<![\w-])(?P<name>{FULL_NAME})(?:\s+and\s+(?P<name2>{FULL_NAME}))?$")


def _names_before(text: str, cue: re.Pattern, names: re.Pattern, window: int):
    """The names right before each match of a cue ('X, President and CEO of ...', 'X, the
    company's director'); read back from each cue, which is rare, rather than tried at every
    capitalised word."""
    for m in cue.finditer(text):
        named = names.search(text, max(0, m.start() - window), m.start())
        if named:
            yield named


# 'X will take over the Army, Y will head the Navy and Z is as of now in charge of the Air Force':
# a name before a verb of leading a service is a person's, who leads it
LEADS_SERVICE = (r"\s+(?:will\s+(?:take\s+over|head|lead|command|direct)|(?:is|was)\s+(?:now\s+|as\s+of\s+now\s+)?"
                 # 'endorsed General X to assume the leadership of the Indonesian Armed Forces'
                 r"in\s+charge\s+of|to\s+(?:assume\s+(?:the\s+)?(?:leadership|command)\s+of|lead|head|command|direct|"
                 r"take\s+over)|takes\s+over|took\s+over)\s+the\s+(?P<whose>[A-Z][a-z]+\s+)?"
                 r"(?P<service>(?i:army|navy|air\s+force|marine\s+corps|marines|coast\s+guard|armed\s+forces|"
                 r"space\s+force))\b")   # ('General X to direct the army')
LEADS = re.compile(LEADS_SERVICE)
# 'his German counterpart Boris Pistorius': a person named after whom they match
# 'X Y, who ...': 'who' says a name is a person's (a single name, when the text also has it speak)
# A post, the country it is of after a comma, then the name: 'Minister of Defence and Military
# Veterans Affairs, South Africa Nosiviwe Mapisa-Nqakula'
# (found from the comma and the country, the rarer part, then the post read back from the comma)
COUNTRY_NAME = re.compile(rf",\s+(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<name>{FULL_NAME})")
POST_BEFORE_COMMA = re.compile(rf"(?P<title>(?:{TITLE_RE})(?: (?:of|and|for|the|[A-Z][a-z]+)){{0,8}})$")
# One name right after a quote closes and before a verb of speech: a person called by a surname
QUOTED_SURNAME = re.compile(r"[,.!?][”\"]\s+(?P<name>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s+(?:said|says|added|stated|"
                            r"told|noted|declared|explained|stressed)\b")
# A name set off by commas after a post and before a verb of speech
# (found from the name between commas and the verb, then the post read back from the first comma)
NAME_SAID = re.compile(rf",\s+(?P<name>{FULL_NAME}),\s+(?:said|says|told|added|noted|stated)\b")
POST_THEN_COMMA = re.compile(rf"\b(?:{TITLE_RE})\b[^,;.“”\"]{{0,80}}$")
# A Korean name: a short family name, then a given name of two syllables joined by a hyphen
# ('Jong Kyong-thaek', 'Pak Hwa-song'), which no other kind of name is written as
HYPHENED_GIVEN = re.compile(r"(?<![\w-])(?P<family>[A-Z][a-z]{0,4}) [A-Z][a-z]{1,5}-(?!(?:class|based|made|led|owned|"
                            r"backed|built|type|style|era|like|range|run|born)\b)[a-z]{1,6}(?![\w-])")
NAME_WHO = re.compile(rf"(?<![\w-])(?P<name>{NAME}),\s+who\s")
# A person's age beside the name: 'Dmitry Utkin, a 51-year-old former ...', 'Andrei Roshev, 68, a
# founding ...', '60-year-old businessman Yevgeny Prigozhin' (only people's ages are written so)
NAME_AGED = re.compile(rf"(?<![\w-])(?P<name>{FULL_NAME}),\s+(?:an?\s+)?\d{{2}}(?:-year-old\b|,\s)"
                       rf"|\b\d{{2}}-year-old\s+(?:[{UPPER}][\w-]*\s+){{0,2}}(?:[a-z-]+\s+){{1,2}}?(?P<name2>{FULL_NAME})")
# A name, then its post after a comma: 'Barun Mitra, Additional Secretary Defence Production in the
# Ministry of Defence' (not a body's name: 'Lockheed Martin, Chief Executive X')
NAME_COMMA_POST = re.compile(rf"(?<![\w-])(?<!\bthe )(?P<name>{FULL_NAME}),\s+(?:the\s+)?(?:{TITLE_RE})\b"
                             rf"(?!(?:\s+{NAME_TOKEN}){{1,4}}\s*,)")   # (not 'of the Southern Zone, Lieutenant General X, ...')
# ... looked for from the post back (a comma is rarer than a name's start: the cheaper way round)
COMMA_POST = re.compile(rf",\s+(?:the\s+)?(?:{TITLE_RE})\b(?!(?:\s+{NAME_TOKEN}){{1,4}}\s*,)")
COUNTERPART = re.compile(rf"\bcounterparts?,?\s+(?:{HONORIFIC})?(?P<name>{FULL_NAME})")
# 'The meeting between Jean-Yves Le Drian and Manohar Parrikar': two people who met
MET_BETWEEN = re.compile(rf"\b(?:meeting|talks|call|conversation)\s+between\s+(?P<name>{FULL_NAME})"
                         rf"\s+and\s+(?P<name2>{FULL_NAME})\b")
# 'Jae-il Son, President and CEO of Hanwha Aerospace', 'Gro Jære, Director General of NDMA'
# (found from the title after the comma, which fails fast, then the name before it)
COMMA_TITLE = re.compile(rf",\s+(?:the\s+)?(?:{TITLE_RE}|head|[Hh]ead of [a-z]+)(?:\s+(?:and|&)\s+(?:{TITLE_RE}))?"
                         rf"\s+(?:of|to|for|at)\s"   # (and 'X, head of the agency', 'X, head of sales at Y')
                         # ('Veniamin Kondratyev, the local governor, reported')
                         rf"|,\s+the\s+(?:local|regional|provincial|state|city|deputy|acting|outgoing|current)\s+"
                         rf"(?:{TITLE_RE}),")
NAME_BEFORE = re.compile(rf"(?<![\w-])(?P<name>{FULL_NAME})$")
# A word that opens a sentence before a name, no part of it
OPENING_WORD = re.compile(r"(?:But|And|Yet|So|Meanwhile|Now|Then|Also|Still|However|Instead) ")


SPEAKS_PERSON = re.compile(rf"\b(?:said|says|added|commented|noted|explained|remarked|stated|declared|according to) "
                           rf"(?P<name>{FULL_NAME})")


def _clean_name(name: str) -> str:
    words = name.split()
    owner = next((i for i, w in enumerate(words) if w.endswith(("’s", "'s"))), None)
    if owner is not None and owner > 0:   # 'President Vladimir Putin’s August summit'
        words = words[:owner] + [words[owner][:-2]]
    while words and (words[-1] in NAME_MONTHS or words[-1] in DAYS or words[-1] in ("MP", "The")):
        words.pop()
    return " ".join(words)


# 'director of Rostec Sergei Chemezov': the posts that head a body, read back from each ' of '
# (the whole of TITLE_RE tried at every word costs too much)
OF_BODY = re.compile(r" of (?:the )?(?P<rest>[A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|&)){2,9})")   # ('Kongsberg
#                                                                                       Defence & Aerospace')
HEAD_POST = re.compile(r"\b(?:[Ss]enior |[Ee]xecutive )?(?:[Vv]ice |[Mm]anaging |[Dd]eputy |[Ee]xecutive |[Gg]eneral )?"
                       r"(?:[Dd]irector(?: [Gg]eneral)?|[Hh]ead|[Cc]hief(?: [Ee]xecutive(?: [Oo]fficer)?)?|"
                       r"[Cc]hair(?:man|woman)?|[Pp]resident|[Cc]ommander|CEO|[Ff]ounder|[Oo]wner|"
                       r"[Mm]anager|[Ss]pokes(?:man|woman|person))$")
# The last word of a body's name: after 'managing director of Iran Aircraft Manufacturing
# Industries', the person's name begins
BODY_END_WORDS = {"Aerospace", "Industries", "Industry", "Systems", "Dynamics", "Technologies", "Group",
                  "Holdings", "Corporation", "Company", "Limited", "Ltd", "Inc", "Shipbuilding",
                  "Electronics", "Motors", "Enterprises", "Agency", "Ministry", "Directorate",
                  "Concern", "Forces", "Corps", "Organization", "Organisation", "Office", "Bank",
                  "Plant", "Works", "Factory", "Bureau", "Institute", "Association", "Enterprise",
                  "International", "Shipyard", "Shipyards", "Yards", "Dockyard", "Arsenal", "Laboratories",
                  "Labs", "Solutions", "Technology", "Defence", "Defense", "Aviation", "Marine"}


TITLE_OPENING = re.compile(rf"^(?:{TITLE_RE}) (?=\S+ \S)")


# Nouns that say the name after them is a firm's ('shipbuilder Navantia', 'drone maker Baykar')
FIRM_NOUNS = r"firm|company|maker|gunmaker|carmaker|planemaker|manufacturer|contractor|shipbuilder|shipyard|conglomerate|supplier|producer|subsidiary"
FIRM_NOUN_BEFORE = re.compile(rf"\b(?:{FIRM_NOUNS}|giant)\s+$")
# A post and the name of its holder right after a name: that name is the body's ('Metal Shark
# CEO Chris Allard')
POST_THEN_HOLDER = re.compile(rf"\s+(?:CEO|CFO|COO|CTO|{TITLE_RE})\s+[A-Z][a-z]+\s+[A-Z]")


def _after_body(name: str, known_names: bool = True) -> str:
    """A title 'of' a body ran on into the person's name ('director of Rostec Sergei Chemezov',
    '... of Iran Aircraft Manufacturing Industries Mehdi Gogerdchian'): the words after the
    body's known name or its last suffix, when two or more are left. With no title 'of' before
    it, only a suffix cuts: 'Rafael Enrique Bastardo' is a man, though Rafael is also a firm."""
    words = name.split()
    known = gazetteer.by_name() if known_names else {}
    cut = max((i + 1 for i, w in enumerate(words) if w in BODY_END_WORDS), default=0)
    cut = max([cut] + [n for n in range(1, len(words) - 1) if " ".join(words[:n]) in known])
    return " ".join(words[cut:]) if cut and len(words) - cut >= 2 else name


# 'Minister for Defence Industry Pat Conroy and Minister for Foreign Affairs Penny': two posts
# joined by 'and', the first holder's name at the end of the first
TWO_HOLDERS = re.compile(r"(?P<title>.+?) (?P<name>(?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+) (?:and|&) "
                         r"(?P<rest>(?:Deputy |Vice |Acting )?(?:Minister|Secretary|President|Prime Minister)\b.*)")


# ... and a post whose holder is named before 'and' and another person with no post of his own:
# 'French Minister of the Armed Forces Florence Parly and Nicolas Chamussy, CEO of Nexter'
TRAILING_HOLDER = re.compile(r"(?P<title>.+?) (?P<name>(?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+) (?:and|&)"
                             r"(?: [A-Z][a-z]+)?")   # (and the other's given name, when the title took it)
JOINED = re.compile(r" (?:and|&) ")


# A post 'of' a country with its holder's name after it, which the post pattern took as words of
# the post: 'Minister of Defense of Ukraine Rustem Umierov'
COUNTRY_THEN_HOLDER = re.compile(r"(?P<title>.+? of (?:the )?(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)) "
                                 r"(?P<name>(?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+)")


def _holder_before_comma(text: str, m: re.Match, demonyms) -> Mention | None:
    """The holder a post's pattern took as words of the post before a comma, as the name after
    the comma is someone else's or no name ('..., Censor.NET reports')."""
    two = COUNTRY_THEN_HOLDER.fullmatch(m.group("title"))
    if two is None or two.group("country") not in demonyms or not _plausible_name(two.group("name"), demonyms):
        return None
    offset = m.start("title")
    return Mention(offset + two.start("name"), offset + two.end("name"), two.group("name"), "Person",
                   attrs={"title": two.group("title"), "title_start": offset})


def _first_holder(text: str, m: re.Match, demonyms) -> Mention | None:
    """The holder of the first of two posts the title pattern took as one (and the second post
    is then the title of the name after it)."""
    two = TWO_HOLDERS.fullmatch(m.group("title")) or TRAILING_HOLDER.fullmatch(m.group("title"))
    if two is None or not re.search(r" (?:of|for)\b", two.group("title")):
        return None
    words = two.group("name").split()
    while len(words) > 2 and words[0] in PORTFOLIO_WORDS:   # ('... Defence Industry Pat Conroy')
        words.pop(0)
    name = " ".join(words)
    if words[0] in PORTFOLIO_WORDS or not _plausible_name(name, demonyms):
        return None
    offset = m.start("title")
    start = offset + two.end("name") - len(name)
    return Mention(start, start + len(name), name, "Person",
                   attrs={"title": text[offset:start].rstrip(), "title_start": offset})


# 'The Ministers of Defence of Portugal and Mozambique, X and Y', 'the defence ministers of India and
# Russia, X and Y': one post each, held for each country in turn
PLURAL_POST = re.compile(r"\b[Tt]he\s+(?P<post>(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Pp]rime|[Dd]eputy)\s+)?"
                         r"(?:[Mm]inisters|[Ss]ecretaries|[Aa]mbassadors|[Cc]hiefs)(?:\s+(?:of|for)\s+(?:the\s+)?"
                         r"(?:[Dd]efen[cs]e|[Ff]oreign\s+[Aa]ffairs|[Ss]tate))?)\s+of\s+(?:the\s+)?"
                         r"(?P<a>[A-Z][\w ]+?)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w ]+?),\s+(?=[A-Z])")
NAME_PAIR = re.compile(r"(?P<n1>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),?\s+and\s+"
                       r"(?P<n2>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})")


OBJECT_OF_TALKS = re.compile(r"\b(?:with|met|meeting)\s+(?:the\s+)?$")


def persons(text: str) -> list[Mention]:
    out = []
    demonyms = gazetteer.demonym_index()
    queue = list(person_after_title().finditer(text))
    unit_post = {}   # a retried match -> the start of the unit's post before its rank
    while queue:
        m = queue.pop(0)
        first = _first_holder(text, m, demonyms)   # 'Minister for X Pat Conroy and Minister for Y'
        if first is not None:
            out.append(first)
        if first is None and text.startswith(",", m.end("title")):
            holder = _holder_before_comma(text, m, demonyms)
            if holder is not None:   # ('the Minister of Defense of Ukraine Rustem Umierov, Censor.NET
                out.append(holder)   # reports': the post's country, then its holder, then a comma)
                continue
        name = _clean_name(m.group("name"))
        skipped = len(name) - len(name := _after_body(name))   # 'director of Rostec Sergei X'
        given = re.fullmatch(r"(?:Gen|Adm|Col) (\S+)", name)   # 'Defense Minister Gen Nakatani': after a
        plausible = _plausible_name(given.group(1), demonyms) if given and not m.group("rank") \
            else _plausible_name(name, demonyms)                 # post, a rank's short form is a given name
        if not plausible or _former_name(text, m.start()) \
                or _known_name_at(text, m.start("title")):
            inner = person_after_title().search(text, m.start("name"))
            if inner is not None and inner.start("title") < m.end("name") and (UNIT_POST.fullmatch(
                    text, m.start("title"), inner.start("title")) or (   # ('Commander Pakistan Fleet Vice Admiral X':
                    re.fullmatch(RANK_ONLY, inner.group("title"))        # the unit's post, then a rank and the name;
                    and POST_WORDS.fullmatch(text, m.start("title"), inner.start("title")))):   # 'Director
                unit_post[inner.start("title")] = m.start("title")  # General Operations Rear Admiral X')
                queue.insert(0, inner)
            continue
        if "," in text[m.end("title"):m.start("name")] and OBJECT_OF_TALKS.search(text, max(0, m.start("title") - 16),
                                                                                   m.start("title")):
            continue   # ('talks with Secretary of National Defence of the Philippines, Rajnath Singh welcomed':
            #            the one after the comma is the other side, not the post's holder)
        apposed = m.group("rank") and "," in text[m.end("title"):m.start("rank")]
        if " " not in name and text.endswith("Corps ", 0, m.start("title")):
            continue   # 'Corps Commander Rawalpindi': the corps' station, as Pakistani and Indian outlets write it
        start = m.start("name") + skipped
        title_start = m.start("title")
        if first is not None:   # the second post is this name's: 'and Minister for Foreign Affairs'
            joined = JOINED.search(text, first.end, start)
            title_start = joined.end() if joined else title_start
        if " " not in name and text[:start].endswith(("Sheikh ", "Sheikha ")):   # 'Prime Minister
            start -= len("Sheikha " if text[:start].endswith("Sheikha ") else "Sheikh ")   # Sheikh
            name = text[start:m.start("name")] + name                                   # Hasina'
        attrs = {"title": text[title_start:start].rstrip() if skipped or first is not None
                 else m.group("title"), "title_start": title_start}
        if not attrs["title"]:   # (the second of 'Minister of X Florence Parly and Nicolas Chamussy')
            attrs = {}
        if m.group("place"):
            attrs["posted_to" if m.group("prep") == "to" else "of"] = m.group("place")
        if m.group("place2"):
            attrs["posted_to"] = m.group("place2")
        if apposed:   # 'the military spokesman, Lt. Gen. X': the rank is the title; the role in
            attrs = {"title": m.group("rank"), "title_start": m.start("rank")}   # apposition is read in people
        elif m.group("rank") and RANK_PREFIX.fullmatch(attrs.get("title", "")):   # 'Maj. Gen. X': one rank
            attrs["title"] = text[title_start:m.end("rank")]
        elif m.group("rank"):
            attrs["rank"] = m.group("rank")
        if m.start("title") in unit_post:
            post_start = unit_post[m.start("title")]
            attrs = {"title": text[post_start:m.start("title")].strip(), "title_start": post_start,
                     "rank": m.group("title")}
        out.append(Mention(start, start + len(name), name, "Person", attrs=attrs))
    for m in OF_BODY.finditer(text) if " of " in text else ():   # 'director of Rostec X Y'
        post = HEAD_POST.search(text, max(0, m.start() - 40), m.start())
        name = _after_body(m.group("rest")) if post else m.group("rest")
        if post and name.count(" ") >= 2 and name.split()[0] in demonyms:   # ('Managing Director of Rheinmetall
            name = name.split(" ", 1)[1]                            #  Defence Australia Gary Stewart')
        if name != m.group("rest") and _plausible_name(name, demonyms):
            start = m.end("rest") - len(name)   # (the post is 'of' the body: its title says so)
            out.append(Mention(start, start + len(name), name, "Person",
                               attrs={"title": text[post.start():start].rstrip(),
                                      "title_start": post.start()}))
    for m in NAME_THEN_TITLE_LINE.finditer(text):
        name = _clean_name(m.group("name"))
        if _plausible_name(name, demonyms):
            out.append(_titled_person(m, name))
    for m in itertools.chain(NATIONAL.finditer(text), NATIONAL_BEFORE.finditer(text)):   # 'Li Wei, a
        name = _clean_name(m.group("name"))   # Chinese national', 'Turkish citizen Murat Bukey'
        if _plausible_name(name, demonyms) and m.group("dem") in demonyms:
            out.append(Mention(m.start("name"), m.start("name") + len(name), name, "Person",
                               attrs={"nationality": m.group("dem")}))
    for m in POSTED_IN.finditer(text) if any(w in text for w in ("ttach", "mbassador", "nvoy", "onsul")) else ():
        name = _clean_name(m.group("name"))
        if _plausible_name(name, demonyms):
            out.append(_titled_person(m, name, posted_in=m.start("city")))
    for m in NAME_BRACKETED_POST.finditer(text) if BRACKETED_POST.search(text) else ():
        name = _clean_name(m.group("name"))
        if _plausible_name(name, demonyms) and name == m.group("name"):
            out.append(_titled_person(m, name, **({"member_of_at": m.start("org")} if m.group("org") else {})))
    for m in HEAD_OF.finditer(text):
        name = _clean_name(m.group("name"))
        if _plausible_name(name, demonyms):
            out.append(_titled_person(m, name, member_of_before=m.start()))
    for found in (PERSON_HONORIFIC.finditer(text), PERSON_SPEAKS.finditer(text),
                  SPEAKS_PERSON.finditer(text), _names_before(text, COMMA_TITLE, NAME_BEFORE, 60),
                  DESCRIBED_PERSON.finditer(text),
                  COUNTERPART.finditer(text) if "counterpart" in text else ()):
        for m in found:
            found = _clean_name(m.group("name"))   # (the rank in 'said Colonel Ann Ray' is no part of
            name = _after_body(_without_portfolio(TITLE_OPENING.sub("", found)), False)   # the name, nor
            start = m.start("name") + len(found) - len(name)   # the firm in 'Lockheed Martin International
            #                                                    Tim Cahill said')
            if any(o.end == start + len(name) and o.start > start and o.attrs.get("title") for o in out):
                continue   # ('US Ambassador to Kenya Robert Godec said': the name after the post's place)
            if POST_THEN_HOLDER.match(text, start + len(name)) or FIRM_NOUN_BEFORE.search(text, max(0, start - 16), start):
                continue   # ('said Metal Shark CEO Chris Allard': the firm before the post; 'shipbuilder
                #            Metal Shark said': a firm, as the noun before it says)
            if _plausible_name(name, demonyms) and (name == found or not any(o.start == start for o in out)):
                out.append(Mention(start, start + len(name), name, "Person"))
    for m in COUNTERPART.finditer(text) if "counterpart Gen " in text else ():   # ('his Japan counterpart Gen
        if re.fullmatch(rf"Gen {NAME_TOKEN}", m.group("name")):                    #  Nakatani': a given name,
            out.append(Mention(m.start("name"), m.end("name"), m.group("name"), "Person"))   # no rank)
    for m in ACTOR_OPENS.finditer(text):   # 'Mariusz Błaszczak approved the contracts ... Błaszczak thanked'
        name = _clean_name(m.group("name"))
        last = name.split()[-1]
        if name == m.group("name") and _plausible_name(name, demonyms) and name not in gazetteer.by_name() \
                and not TITLE_OR_RULER.match(name) and _surname_acts_later(text, m.end(), last):
            out.append(Mention(m.start("name"), m.end("name"), name, "Person"))
    for m in PLURAL_POST.finditer(text) if " and " in text else ():   # 'The Ministers of Defence of A and
        pair = NAME_PAIR.match(text, m.end())                            #  B, X and Y signed'
        for group in ("n1", "n2") if pair else ():
            name = _clean_name(pair.group(group))
            if _plausible_name(name, demonyms) and name == pair.group(group) and name not in gazetteer.by_name():
                out.append(Mention(pair.start(group), pair.end(group), name, "Person"))
    for m in PEOPLE_LISTED.finditer(text) if " as " in text or ":" in text or "—" in text or "–" in text else ():
        offset = m.start("list")
        for name in LIST_SEPARATOR.split(m.group("list")):
            start = text.index(name, offset)
            offset = start + len(name)
            if _plausible_name(name, demonyms) and name not in gazetteer.by_name():
                out.append(Mention(start, start + len(name), name, "Person"))
    for m in _short_named(text):   # 'Mirghani Idris Suleiman (Idris)': 'Idris' after it is him
        name = _clean_name(m.group("name"))
        if name == m.group("name") and _plausible_name(name, demonyms):
            out.append(Mention(m.start("name"), m.end("name"), name, "Person",
                               attrs={"acronym": m.group("short")}))
    for m in _names_before(text, POST_IN_APPOSITION, NAMES_BEFORE, 120):
        for group in ("name", "name2"):
            name = _clean_name(m.group(group) or "")
            if name and _plausible_name(name, demonyms):
                out.append(Mention(m.start(group), m.start(group) + len(name), name, "Person"))
    for m in POST_THEN_NAME.finditer(text):
        name = _clean_name(m.group("name"))
        if _plausible_name(name, demonyms) and not CLAUSE_IN_POST.search(m.group("title")):
            out.append(_titled_person(m, name))
    for m in APPOINTED_AS.finditer(text) if " as " in text else ():
        name = _clean_name(m.group("name"))
        if _plausible_name(name, demonyms):
            out.append(_titled_person(m, name, **({"of": m.group("owner")} if m.group("owner") else {})))
    for m in APPOINTED_PASSIVE.finditer(text) if PASSIVE_APPOINTMENT.search(text) else ():
        name = _clean_name(m.group("name"))
        if _plausible_name(name, demonyms) and name == m.group("name"):
            out.append(_titled_person(m, name, **({"of": m.group("owner")} if m.group("owner") else {})))
    for m in APPOINTED_FROM_POST.finditer(text) if " as " in text else ():
        name, start = _without_leading_places(_clean_name(m.group("name")), m.start("name"), demonyms)
        if _plausible_name(name, demonyms):
            out.append(Mention(start, start + len(name), name, "Person",
                               attrs={"title": m.group("title"), "title_start": m.start("title")}))
    for m in REPLACED.finditer(text) if APPOINTMENT_WORDS.search(text) else ():
        name = _clean_name(m.group("name"))
        if _plausible_name(name, demonyms) and name not in gazetteer.by_name():
            attrs = {"title": m.group("rank"), "title_start": m.start("rank")} if m.group("rank") else {}
            out.append(Mention(m.start("name"), m.start("name") + len(name), name, "Person", attrs=attrs))
    for m in SUCCEEDS_AS.finditer(text) if " as " in text and APPOINTMENT_WORDS.search(text) else ():
        for group in ("name", "name2"):
            name = _clean_name(m.group(group))
            if _plausible_name(name, demonyms) and name == m.group(group) and name not in gazetteer.by_name():
                out.append(Mention(m.start(group), m.end(group), name, "Person"))
    for m in _names_before(text, LEADS, NAME_BEFORE, 60):   # (the post is read in people)
        name = TITLE_OPENING.sub("", _clean_name(m.group("name")))   # ('Vice-Admiral X to head the Navy')
        if _plausible_name(name, demonyms):
            start = m.end("name") - len(name)
            out.append(Mention(start, m.end("name"), name, "Person"))
    for m in COUNTRY_NAME.finditer(text) if ", " in text else ():
        if m.group("country") not in gazetteer.country_names():
            continue   # ('Minister of Defence ..., South Africa Nosiviwe Mapisa-Nqakula')
        post = POST_BEFORE_COMMA.search(text, max(0, m.start() - 160), m.start())
        name = _clean_name(m.group("name"))
        if post is None or not _plausible_name(name, demonyms):
            continue
        title = re.split(rf" and (?=(?:{TITLE_RE})\b)", post.group("title"))[-1]   # (the last post before the comma:
        #                         'Minister of Defence X and Minister of Defence and ..., South Africa Y')
        out.append(Mention(m.start("name"), m.start("name") + len(name), name, "Person",
                           attrs={"title": title, "title_start": post.end("title") - len(title),
                                  "of": m.group("country")}))
    for m in QUOTED_SURNAME.finditer(text) if "”" in text or '"' in text else ():
        name = m.group("name")   # ('“... true partners,” Gallant said.')
        if _plausible_name(name, demonyms) and name not in gazetteer.by_name() and name not in MONTHS \
                and gazetteer.capital_index().get(name) is None:
            full = re.search(rf"\b[A-Z][\w.]*[\s-]+{re.escape(name)}\b", text)
            if full is None:   # (the surname of a full name the text gives is that one's, found by
                out.append(Mention(m.start("name"), m.end("name"), name, "Person"))   # its own cue or
            elif _plausible_name(full.group(0), demonyms) and " " in full.group(0) \
                    and full.group(0) not in gazetteer.by_name() and full.group(0).split()[0] not in gazetteer.country_names() \
                    and not re.fullmatch(TITLE_RE, full.group(0).split()[0]):   # (not 'King Hassan')               # here: 'David Kim, formerly
                out.append(Mention(full.start(), full.end(), full.group(0), "Person"))   # ...' and 'Kim said')
    for m in NAME_SAID.finditer(text) if " said" in text or " added" in text else ():
        name = _clean_name(m.group("name"))   # ('The minister of Enterprises ..., Adolfo Urso, said')
        if POST_THEN_COMMA.search(text, max(0, m.start() - 120), m.start()) and _plausible_name(name, demonyms) \
                and name not in gazetteer.by_name():
            out.append(Mention(m.start("name"), m.start("name") + len(name), name, "Person"))
    for m in HYPHENED_GIVEN.finditer(text):   # 'designated Hwang Kil-su and Pak Hwa-song'
        name = m.group(0)
        if m.group("family") not in NOT_NAME_WORDS and _plausible_name(name, demonyms) \
                and name not in gazetteer.by_name() and m.group("family") not in demonyms:
            out.append(Mention(m.start(), m.end(), name, "Person"))
    for post in COMMA_POST.finditer(text):
        m = NAME_BEFORE.search(text, max(0, post.start() - 80), post.start())
        if m is None or text.endswith("the ", 0, m.start()):
            continue
        opener = OPENING_WORD.match(m.group("name"))   # ('But Itsunori Onodera, defence minister since')
        name = _clean_name(m.group("name")[opener.end() if opener else 0:])
        if name == m.group("name")[opener.end() if opener else 0:] and _plausible_name(name, demonyms) \
                and name not in gazetteer.by_name() and not TITLE_OR_RULER.match(name):
            out.append(Mention(m.end("name") - len(name), m.end("name"), name, "Person"))
    for m in NAME_AGED.finditer(text) if "-year-old" in text or re.search(r", \d\d, ", text) else ():
        group = "name" if m.group("name") else "name2"
        name = _clean_name(m.group(group))
        short = re.fullmatch(rf"([{UPPER}][{LOWER}]) \1|[{UPPER}][{LOWER}]{{1,2}} [{UPPER}][{LOWER}]{{1,2}}", name)
        if " " in name and (_plausible_name(name, demonyms) or short) and name not in gazetteer.by_name():
            out.append(Mention(m.start(group), m.start(group) + len(name), name, "Person"))
    for m in NAME_WHO.finditer(text) if ", who " in text else ():   # 'Subianto, who is serving as'
        name = TITLE_OPENING.sub("", _clean_name(m.group("name")))   # ('King Hassan II, who')
        start = m.start("name") + _clean_name(m.group("name")).index(name) if name else m.start("name")
        if _plausible_name(name, demonyms) and name not in gazetteer.by_name() and (
                " " in name or re.search(rf"\b{re.escape(name)}\s+(?:said|says|told|added)\b", text)):
            out.append(Mention(start, start + len(name), name, "Person"))
    for m in MET_BETWEEN.finditer(text) if " between " in text else ():
        for group in ("name", "name2"):
            name = _clean_name(m.group(group))
            if _plausible_name(name, demonyms):
                out.append(Mention(m.start(group), m.start(group) + len(name), name, "Person"))
    for m in out:   # ('Minister of National Defense Władysław Kosiniak-Kamysz': the portfolio is the post's)
        name = _without_portfolio(m.text)
        party = PARTY_LABEL.match(name)   # ('New Jersey Democrat Robert Menendez': where from and which party)
        name = name[party.end():] if party else name
        if name != m.text:
            m.start, m.text = m.end - len(name), name
    _split_greedy_titles(text, out)
    out += _given_names(text, out, demonyms)
    return out


def _given_names(text: str, found: list[Mention], demonyms) -> list[Mention]:
    """'Stoltenberg said' and, elsewhere, 'take over from Jens Stoltenberg': a person known by one
    name, written once with a given name before it, is the same person named in full there."""
    single = {m.text for m in found if " " not in m.text and len(m.text) > 2}
    named = {m.text for m in found}
    out = []
    for surname in single:
        for m in re.finditer(rf"(?<![\w-])(?P<given>[{UPPER}][{LOWER}]+) {re.escape(surname)}(?![\w-])", text):
            name = f"{m.group('given')} {surname}"
            given = m.group("given")
            if name not in named and given not in NOT_NAME_WORDS and given not in TITLE_WORDS \
                    and given not in demonyms and given not in PORTFOLIO_WORDS \
                    and given not in gazetteer.by_name() and given not in gazetteer.country_names() \
                    and not re.match(HONORIFIC, given + " ") and not re.fullmatch(TITLE_RE, given) \
                    and _plausible_name(name, demonyms) \
                    and re.search(r"(?:^|[^\w\s]\s*|\b[a-z]+\s+)$", text[max(0, m.start() - 30):m.start()]):
                #  (the two words stand alone: not 'Ambassador to the Philippines Shambhu', nor a
                #   country's name: 'Ambassador to the Philippines Endo Kazuya' ... 'Endo said';
                #   'General Mohammed Berrid' or 'Sheikh Mohammed')
                out.append(Mention(m.start(), m.end(), name, "Person"))
    return out


def _titled_person(m: re.Match, name: str, **attrs) -> Mention:
    """The person a pattern names in its 'name' group (cleaned to `name`), with the post its
    'title' group gives and whatever else the pattern says of the person."""
    start = m.start("name")
    return Mention(start, start + len(name), name, "Person",
                   attrs={"title": m.group("title"), "title_start": m.start("title"), **attrs})


PARTY_LABEL = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}(?:Democrat|Republican)\s+(?=[A-Z][\w’'-]+\s+[A-Z])")


def _without_portfolio(name: str) -> str:
    """'Secretary for Foreign Affairs Enrique Manalo said': the words of a portfolio that open a
    name of three words or more belong to the title before it."""
    words = name.split()
    while len(words) > 2 and words[0] in PORTFOLIO_WORDS:
        words.pop(0)
    return " ".join(words)


# Ranks a post's greedy pattern may take in before a name ('Minister of National Defence General X')
RANKS_INSIDE = {"General", "Gen.", "Admiral", "Adm.", "Marshal", "Colonel", "Col."}


def _split_greedy_titles(text: str, persons: list[Mention]) -> None:
    """'Minister for Defence Industry Pat Conroy': the title's pattern also takes 'Pat'. When the
    article names 'Pat Conroy' elsewhere, or the title's last word names no portfolio, the
    first name goes back to the name."""
    full = {m.text for m in persons}
    for m in persons:
        title = m.attrs.get("title")
        if not title:
            continue
        words = title.split()
        rank = next((k for k in range(2, len(words)) if words[k] in RANKS_INSIDE and len(words) - k <= 3
                     and re.search(r" (?:of|for) ", " ".join(words[:k]))
                     and not set(words[k + 1:]) & PORTFOLIO_WORDS), None) \
            if m.attrs.get("title_start", m.start) < m.start else None   # (not 'the Chief of the General Staff')
        if rank is not None:   # "Vietnam's Minister of National Defence General Phan Van Giang": the post, a
            name = " ".join(words[rank + 1:] + [m.text])   # rank, then the name
            m.attrs["title"], m.attrs["rank"] = " ".join(words[:rank]), words[rank]
            m.start -= len(name) - len(m.text)
            m.text = name
            continue
        if re.search(r" (?:of|for) ", title) and len(words) >= 3:
            first = len(words)   # 'Minister for Defence Affairs Mohamed Mubarak': the name's start
            while first > 2 and words[first - 1][:1].isupper() and words[first - 1] not in PORTFOLIO_WORDS \
                    and words[first - 1] not in NOT_NAME_WORDS and words[first - 1] not in UNIT_WORDS \
                    and words[first - 1] not in gazetteer.demonym_index() \
                    and len(words) - first < 3:
                first -= 1
            if first < len(words) and words[first - 1] in PORTFOLIO_WORDS:
                full.add(" ".join(words[first:] + [m.text]))
            elif " " not in m.text and words[-1][:1].isupper() and words[-1] not in PORTFOLIO_WORDS:
                full.add(f"{words[-1]} {m.text}")   # 'Minister for Women Jane Doe'
        for cut in range(min(3, len(words) - 1), 0, -1):   # (the longest name the text knows)
            candidate = " ".join(words[-cut:] + [m.text])
            if candidate in full and _after_body(candidate, False) == candidate \
                    and text.endswith(" ".join(words[-cut:]) + " ", 0, m.start):   # (not a body's name; and
                #                       nothing between: not 'Defense Division, Pini Yungman')
                m.attrs["title"] = " ".join(words[:-cut])
                m.start -= len(" ".join(words[-cut:])) + 1
                m.text = candidate
                break
        last = m.attrs["title"].rsplit(" ", 1)
        if len(last) == 2 and HONORIFIC_ONLY.fullmatch(last[1].rstrip(".")) and not last[0].endswith("Crown") \
                and not (last[1] == "Lord" and re.fullmatch(TITLE_RE, m.attrs["title"])):   # (the 'First Sea Lord')
            m.attrs["title"] = last[0]   # ('Minister of State for Defence Affairs Dr Khalid ...')


@functools.lru_cache(maxsize=1)
def _names_opening_with_a_title() -> re.Pattern | None:
    """Known names whose first word is also a title: 'General Dynamics', 'General Atomics'."""
    names = sorted({name for k in gazetteer.load() for name in [k.label, *k.aliases]
                    if name.split()[0] in TITLE_WORDS and len(name.split()) > 1}, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) + r"\b" for n in names)) if names else None


def _known_name_at(text: str, start: int) -> bool:
    """'General Dynamics Electric Boat' is a company, not General 'Dynamics Electric Boat'."""
    pattern = _names_opening_with_a_title()
    return bool(pattern and pattern.match(text, start))


def _former_name(text: str, start: int) -> bool:
    """'(formerly Admiral Gorshkov)', 'formerly the Soviet Navy's Admiral Gorshkov' name a
    ship, not an admiral."""
    before = re.search(r"(?:formerly|former|ex-|renamed from|previously)\s*(?:the\s+)?"
                       r"(?:[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,2}(?:’s|'s)\s+)?$",
                       text[max(0, start - 50):start])
    if before and before.group(0).startswith("former") and not before.group(0).startswith("formerly"):
        return bool(re.match(r"(?:Vice |Rear |Fleet )?Admiral|(?:Field )?Marshal|General", text[start:]))
    return bool(before)   # ('former president Ali Abdullah Saleh' is a man; 'the former Admiral Gorshkov' a ship)


# An honour named for a post or a body ('the Chief of Army Staff Commendation Award', 'the Field
# Command Medal'): what the name before it holds is no person's and no organisation's
AWARD_WORDS = ("Medal", "Medals", "Award", "Awards", "Star", "Prize", "Decoration",
               "Trophy", "Badge", "Ribbon", "Commendation")


# The field a director answers for, written after the post ('Ed Cutts, DE&S Director Weapons, said'),
# which is no one's name
DIRECTOR_FIELDS = ("Weapons", "Munitions", "Equipment", "Materiel", "Capability", "Capabilities", "Strategy",
                   "Policy", "Communications", "Engineering", "Programmes", "Programs", "Projects", "Sales",
                   "Exports", "Intelligence")
NOT_NAME_WORDS = NAME_MONTHS | set(DAYS) | {
    "The", "This", "That", "These", "Those", "It", "We", "Our", "They", "He", "She", "His", "Her", "Made", "PM",
    "In", "On", "At", "As", "And", "But", "With", "From", "For", "By", "Despite", "While",
    "Ministry", "Department", "Government", "Defence", "Defense", "Army", "Navy", "Force",
    "Forces", "Air", "State", "States", "United", "Office", "Agency", "Commission", "Council",
    "Industry", "Affairs", "General", "Operation", "Secretary", "Minister", "President", "Both",
    "Staff", "Manager", "Chairman", "Chief", "Security", "Service", "Embassy", "Consulate",
    "Mission", "Command", "Headquarters", "Operations", "Logistics", "Programme", "Program",
    "Officer", "Officers", "Official", "Officials", "Adviser", "Advisor", "Secretariat", "Delegate",
    *DIRECTOR_FIELDS,
    # the last word of a portfolio ('Minister of State for Military Production')
    "Production", "Procurement", "Development", "Planning", "Acquisition", "Technology", "Research",
    "Trade", "Finance", "Justice", "Interior", "Aviation", "Industries",
    "Directorate", "Commodore", "Lieutenant", "Sergeant", "Captain", "Admiral", "Marshal",
    # a company's suffix ends no one's name ("South Korea's Hanwha Aerospace said")
    "Aerospace", "Industries", "Systems", "Dynamics", "Technologies", "Group", "Holdings",
    "Corporation", "Company", "Limited", "Ltd", "Inc", "Shipbuilding", "Electronics", "Motors",
    "International", "Global", "Partners", "Capital", "Trading", "Solutions", "Enterprises",
    # a law's or an instrument's last word ('Consistent with this Executive Order, the Secretary')
    "Order", "Act", "Decree", "Directive", "Regulations", "Resolution",
    # a place's last word ('from Dr. Abdul Kalam Island')
    "Island", "Islands", "Airport", "Airbase", "Port", "Range", "Strait", "Bridge",
    # a political party's last word ('Enoksen of the Centre Party said')
    "Party", "Front", "Movement", "League", "Coalition",
} | {a.rstrip(".") for a in ABBREVIATIONS} | set(AWARD_WORDS)
# The post of a unit's head written before a rank: 'Commander Pakistan Fleet Vice Admiral X'
# A rank that a post's holder is named with ('Deputy Chief of Staff and Director General Operations
# Rear Admiral X'), and the capitalised words of a post before it
RANK_ONLY = (r"(?:(?:Vice|Rear)[- ])?(?:Admiral|Adm\.)|(?:Lieutenant |Major |Brigadier |Lt\. |Maj\. |Brig\. )?"
             r"(?:General|Gen\.)|(?:Senior )?(?:Colonel|Col\.)|Air (?:Vice |Chief )?Marshal|Commodore|Captain|Brigadier")
POST_WORDS = re.compile(r"(?:[A-Z][\w-]*|and|of|the|&)(?:,?\s+(?:[A-Z][\w-]*|and|of|the|&))*\s+")
UNIT_POST = re.compile(r"(?:Commander|Chief|Head|Flag Officer Commanding)\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
                       r"\s+(?:Fleet|Flotilla|Squadron|Brigade|Regiment|Battalion|Corps|Command|Division|Area)\s+")
# A unit's last word: 'the Commander Pakistan Fleet' holds a post, and is no one's name
UNIT_WORDS = {"Fleet", "Flotilla", "Squadron", "Brigade", "Regiment", "Battalion", "Corps", "Dockyard", "Shipyard",
              "Division", "Unit", "Battery", "Wing", "Garrison", "Detachment", "Contingent"}


TITLE_WORDS = {"Secretary", "Minister", "President", "Chancellor", "Ambassador", "General",
               "Admiral", "Spokesperson", "Spokesman", "Director", "Chief", "Commander", "Envoy",
               "Commodore", "Lieutenant", "Sergeant", "Captain", "Marshal", "Head", "Senator",
               "Governor", "Mayor", "Congressman", "Congresswoman", "Chairman", "Chairwoman",
               "Chairperson", "CEO"}


def _without_leading_places(name: str, start: int, demonyms) -> tuple[str, int]:
    """'Ukraine Oleksandr Syrskyi' after '... of the Armed Forces of': the name without the
    place that ends the post before it."""
    words = name.split()
    while len(words) > 2 and (words[0] in demonyms or words[0] in NOT_NAME_WORDS or words[0] in UNIT_WORDS):
        start += len(words[0]) + 1
        words.pop(0)
    return " ".join(words), start


HONORIFIC_ONLY = re.compile(r"Shri|Sri|Smt|Shrimati|Sir|Dame|Lord|Sheikh|Sheikha|Datuk|Dato|Tun|Mr|Mrs|Ms|Dr|Eng|Engr|Prince")


def _plausible_name(name: str, demonyms) -> bool:
    words = name.split()
    if not words or words[0] in NOT_NAME_WORDS or words[-1] in NOT_NAME_WORDS or words[-1] in UNIT_WORDS \
            or words[0] in UNIT_WORDS:
        return False
    if words[-1] in ("bin", "binti", "al", "de", "van", "von", "da", "del"):
        return False   # ('Khalid bin Salman bin', cut short)
    if len(words) == 1 and HONORIFIC_ONLY.fullmatch(words[0]):
        return False   # ('Prime Minister Shri @narendramodi': an honorific, whose name is a handle)
    if len(words) % 2 == 0 and words[:len(words) // 2] == words[len(words) // 2:]:
        return False   # ('Costa Junior Costa Junior': a name written twice by mistake, cut short)
    if any(w.endswith(("'s", "’s")) for w in words):   # "South Korea's Hanwha": an owner, no name
        return False
    if any(w in TITLE_WORDS for w in words) or all(w in PORTFOLIO_WORDS for w in words):
        return False   # (nor 'Financial Intelligence', the end of a post: '..., Brian Nelson, said')
    if len(words) > 1 and (words[-1] in BODY_END_WORDS or words[-1] in ("Ordnance", "Arms")):
        return False   # ('In a statement, Vigil Harrier Ordnance said': a firm)
    for i, w in enumerate(words):
        known = demonyms.get(w)
        if known is not None and (i > 0 or getattr(known, "label", None) != w or len(words) != 2):
            return False   # a first name may be a country's ('Israel Katz'), not 'Polish Embassy' nor
            #               'Ukraine Rustem Umierov' (the country of a post before its holder)

    return any(len(w) > 2 and not w.endswith(".") for w in words)
