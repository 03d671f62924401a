"""Sanctions, embargoes and export-control listings.

'X imposed sanctions on Y and Z' is a sanction by X on each target; so are 'Y was sanctioned
by X', 'X added Y to the Entity List' and an arms embargo on Y. A measure counted first
('Australia has sanctioned five Iranians and three entities') is by the same imposer when a later
sentence names its targets ('The entities sanctioned were A and B'). A list of targets keeps out
what it says about them: where they are based, whom they work for, what they did.
"""
from __future__ import annotations

import re

from . import Findings, Lit
from .common import agent, mentions_any
from ..spans import BULLET, Mention
from ..titles import LIST_SEPARATOR

# Lists whose names bar trade with those on them (not a watch list, which only asks for scrutiny)
CONTROL_LIST = (r"[“\"]?(?:(?:Entity|Unverified|Military End-User|SDN|Specially Designated Nationals|"
                r"[Uu]nreliable [Ee]ntit(?:y|ies))\s+[Ll]ist|(?:[Ss]anctions|[Ee]xport[- ]control|[Ee]xport\s+control)\s+"
                r"(?:black)?list|blacklist)\b")   # (its name may be quoted: 'to its “Entity List,”')
# A measure's purpose after its targets: 'sanctions against Russia to mark the anniversary of ...'
PURPOSE = (r"mark|coincide|commemorate|punish|protest|pressure|deter|curb|cut|halt|stop|counter|limit|choke|"
           r"starve|weaken|signal|respond|diminish|degrade|disrupt")
# ... and counts that open a sentence
COUNTS_CAPITALISED = r"Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve"
# Counted people before a list of their names
COUNTS = r"an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+"
PEOPLE_NOUNS = r"men|women|individuals|persons|people|officials|executives|leaders|members|commanders|nationals"
# A full stop inside a name ('P.B. Sadr', 'Ind. Co.'), which ends no list of targets (the
# sentence's own full stop is at its end)
INITIAL_DOT = r"\.(?=\s?[A-Z])"
# ... and one of an abbreviation's ('12 U.S. firms')
ABBREVIATION_DOT = r"(?<=\b[A-Z])\."
# ... and a firm's abbreviated legal form ('Chilsong Trading Corp. and Korea Paekho Trading Corp.')
LEGAL_DOT = r"(?:(?<=Corp)|(?<=Ltd)|(?<=Inc)|(?<=\bCo))\.(?!$)"
# What a measure lists, by their kind: 'two Iranian drone manufacturers', 'The drone manufacturers
# sanctioned were X and Y'
LISTED_NOUNS = (r"individuals|entities|companies|firms|persons|people|manufacturers|makers|producers|suppliers|"
                r"banks|vessels|officials")
SANCTION = re.compile(
    r"\b(?:imposed|imposes|impose|imposing|announced|announce|slapped|slap|slaps|slapping|unveiled|unveils|"
    r"rolled\s+out|rolls\s+out)\s+"
    r"(?:(?:more\s+than|over|nearly|almost|about|"
    r"some|at\s+least)\s+)?(?:\d[\d,]*\s+)?(?:[“\"]?[a-z-]+[”\"]?\s+){0,3}?"
    # (the measure's own words, not a time clause: '..., two weeks after Tehran's barrage against Israel')
    r"(?:sanctions|export\s+controls|(?:trade|export)\s+restrictions|asset\s+freezes?(?:\s+and\s+(?:a\s+)?travel\s+bans?)?|"
    r"travel\s+bans?(?:\s+and\s+(?:an?\s+)?asset\s+freezes?)?|arms\s+embargo(?:es)?|"
    # ('has imposed restrictions on the Minister of Defense of North Korea, Kang Sun Nam', 'imposed a visa ban on')
    r"restrictions|visa\s+bans?)\b"
    r"(?P<mid>(?:(?!,\s+(?:[\w-]+\s+){0,3}(?:after|before|following|since|amid)\b)[^.])*?)"
    r"\b(?:on|against|targeting)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b)(?P<targets>[^.]+?)(?=\s+(?:for|over|after|because|as\s+part|ahead|amid|on\s+[A-Z][a-z]+day|"
    rf"to\s+(?:{PURPOSE})|in\s+(?:response|retaliation|reply))\b|[.;]|$)"
    # 'EU ambassadors backed a 16th sanctions package on Russia'
    r"|\b(?:backed|adopted|approved|agreed|endorsed|unveiled|passed)\s+(?:on\s+)?(?:a|an|the|its|their)\s+"
    r"(?:new\s+|fresh\s+|\d+(?:st|nd|rd|th)\s+|[a-z]+(?:st|nd|rd|th)\s+)*sanctions\s+package\s+(?:on|against)\s+"
    r"(?P<targets21>[A-Z][^.;,]*?)(?=\s+(?:on|in|for|over|after|because|just|as)\b|[.;,]|$)"
    # 'voted to extend an arms embargo and sanctions imposed on individuals in troubled South Sudan'
    r"|\b(?:extend\w*|renew\w*|maintain\w*)\s+(?:an?\s+|the\s+|its\s+)?(?:arms\s+)?embargo\b[^.;]{0,60}?"
    r"\b(?:on|against)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?P<targets19>[A-Z][^.;,]*?)(?=[.;,]|$|\s+(?:for|over|until)\b)"
    # 'the fifth package of sanctions Canada has implemented against Iran'
    r"|\bsanctions\s+(?:that\s+|which\s+)?(?P<imposer>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+"
    r"(?:has|have|had)\s+(?:\w+\s+)?(?:imposed|implemented|announced|placed|levied)\s+(?:on|against)\s+"
    r"(?P<targets18>[A-Z][^.;]*?)(?=\s+(?:this|last|for|over|after|because|since)\b|[.;,]|$)"
    r"|\b(?:sanction(?:ed|s|ing)|designat(?:ed|es|ing)|blacklisted)\s+(?:today\s+)?"
    r"(?:for\s+sanctions\s+)?"
    # ('sanctioned three men — A, B and C —', 'designated five individuals who hold leadership
    # roles within al-Shabab: A, B, ...')
    rf"(?:(?:{COUNTS})\s+(?:[a-z-]+\s+){{0,2}}?(?:{PEOPLE_NOUNS})\b[^.;:—–]{{0,80}}?\s*[:—–]\s*|the\s+(?=[A-Z]))?"
    r"(?P<targets2>[A-Z0-9][^.]+?)"   # ('is designating the DPRK Ministry of Rocket Industry')
    r"(?=\s+(?:for|over|after|because|pursuant)\b|[.;]|$)"
    rf"|\b(?:[Tt]hose|[Tt]he\s+(?:[a-z-]+\s+)?(?P<noun>{LISTED_NOUNS}))\s+"
    r"(?:designated|sanctioned)\s+(?:today\s+)?(?:is|are|were|was|include|includes|included):?\s+"
    r"(?P<targets3>[A-Z][^.]+?)(?=[.;]|$)"
    r"|\b(?:arms\s+)?embargo\s+(?:on|against)\s+(?:the\s+)?(?P<targets4>[A-Z][^.]+?)"
    r"(?=\s+(?:for|over|after|because|since|until)\b|[.;,]|$)"
    r"|\b(?:suspend\w*|halt\w*|stop(?:s|ped|ping)?|froze|freez\w*)\s+(?:[^.;]{0,40}?\s)?"
    # ('The government says it is also halting previously approved arms exports to Saudi Arabia')
    r"(?:(?:arms\s+)?export\s+licen[cs]es|(?:arms|weapons?)\s+(?:exports|sales|deliveries|shipments))\s+(?:to|for)\s+(?:the\s+)?"
    r"(?P<targets5>[A-Z][^.]+?)(?=\s+(?:for|over|after|because|since|until)\b|[.;,]|$)"
    # ('Switzerland has ... adopted European Union sanctions designed to punish Russia for invading Ukraine')
    r"|\b(?:adopted|adopts|adopting|implemented|implements|applied|applies)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}"
    r"sanctions\s+(?:(?:designed|intended|meant|aimed)\s+to\s+(?:punish|pressure|target|hit)\s+|against\s+|on\s+|"
    r"targeting\s+)(?:the\s+)?(?P<targets47>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?=\s+(?:for|over|after|because)\b|[.;,]|$)"
    # ('Dozens of arms export licences which the UK issues to Israel have been suspended')
    r"|\b(?:arms\s+)?export\s+licen[cs]es\s+(?:(?:which|that)\s+(?P<issuer>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+"
    r"(?:issues?|issued|grants?|granted)\s+)?(?:to|for)\s+(?:the\s+)?(?P<targets46>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
    r"(?:have|has|had)\s+(?:now\s+)?been\s+(?:suspended|revoked|halted|frozen)\b"
    r"|\b(?:[Ll]isted|[Dd]esignated|[Ss]anctioned|[Tt]argeted|[Bb]lacklisted)\s+"
    r"(?:individuals|entities|companies|firms|persons|people)\s+(?:include|includes|including|are|"
    r"were)\s+(?:the\s+)?(?P<targets6>[A-Z][^.]+?)(?=[.;]|$)"
    # export-control lists: 'added X and Y to the Entity List', 'additions ..., such as X'
    rf"|\b(?:add(?:ed|s|ing)?|plac(?:ed|es|ing)|put(?:s|ting)?)\s+(?P<targets7>(?:[^.;]|{ABBREVIATION_DOT})+?)\s+(?:to|on)\s+"
    rf"(?:the|its|an|a)\s+{CONTROL_LIST}"
    # 'X and 19 other entities ... were added to the export-control list'
    rf"|^(?:[Tt]he\s+)?(?P<targets16>[A-Z][^.;]*?)\s+(?:were|was|have\s+been|has\s+been)\s+(?:also\s+)?"
    rf"(?:added|placed|put)\s+(?:to|on)\s+(?:the|its|an|a)\s+{CONTROL_LIST}"
    r"|\bexpand\w*\s+the\s+Entity\s+List\s+by\s+adding\s+(?P<targets9>[^.;]+?)(?=[.;]|$)"
    r"|\b[Aa]dditions\s+(?:to\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+List|under\s+[^.;,]{1,60}?),?\s+"
    r"(?:such as|include|includes|including)\s+(?P<targets8>[A-Z][^.;]+?)(?=[.;]|$)"
    # 'sanctions against Russia have been announced by the Foreign Office'
    r"|\bsanctions\s+(?:against|on)\s+(?P<targets10>[A-Z][^.;]+?)\s+(?:have|has|had)\s+been\s+"
    r"(?:announced|imposed|unveiled)\b"
    # 'New targets of sanctions include ...', 'It targets three mercenary groups ...'
    r"|\btargets\s+of\s+(?:the\s+)?(?:new\s+)?sanctions\s+(?:include|includes|are)\s+"
    r"(?P<targets11>[^.;]+?)(?=[.;]|$)"
    # ('the sanctions, imposed under an executive order ..., also apply to three Karachi-based firms: A, B and C')
    r"|(?:\b(?:sanctions|measures|package)(?:,[^;:]{1,160}?,)?\s+(?:will\s+|would\s+)?(?:also\s+)?"
    r"(?:target|affect|cover|apply\s+to|applies\s+to)|"
    r"^It\s+(?:also\s+)?targets)\s+"
    # ('The sanctions will affect three military-industrial firms: A, B and C')
    rf"(?:(?:{COUNTS})\s+(?:[\w-]+\s+){{0,2}}?(?:{LISTED_NOUNS})\s*:\s*)?"
    rf"(?P<targets12>(?:[^.;]|{LEGAL_DOT})+)(?=[.;]|$)"
    # 'Additional targets include A; B; and C' (after a measure)
    r"|^(?:Additional|Other|Further)\s+targets\s+(?:include|includes|are)\s+(?P<targets45>[A-Z][^.;]+?)(?=[.;]|$)"
    # 'The GRU, Russia’s military intelligence agency, is now sanctioned in its entirety by the UK'
    rf"|^(?:[Tt]he\s+)?(?P<targets13>[A-Z](?:[^,.;]|{INITIAL_DOT})*?)(?P<appos13>,[^,.;]+,)?\s+(?:is|are|was|were|"
    r"(?:has|have)\s+(?:already\s+|also\s+|previously\s+|since\s+|recently\s+)?been)\s+"
    r"(?:now\s+|also\s+|today\s+|previously\s+|already\s+)?(?:sanctioned|designated|blacklisted|"
    # ('Both X and Y were previously hit with US sanctions')
    r"hit\s+with\s+(?:(?P<hitby>[A-Z][\w.]*)\s+)?sanctions)\b"
    # 'measures include sanctions on the Russian military intelligence agency (GRU)'
    r"|\bsanctions\s+on\s+(?:the\s+)?(?P<targets14>[^.;]+?)(?=\s+(?:for|over|after|because|as|in its)\b"
    r"|[.;,]|$)"
    # after a measure named before: 'A, B and C are also targeted', 'X also had sanctions applied'
    r"|^(?:[Tt]he\s+)?(?P<targets15>[A-Z][^.;]*?)\s+(?:(?:are|is|were|was)\s+also\s+(?:targeted|named|"
    r"listed|included|cited|designated)|(?:also\s+)?(?:had|have|has)\s+(?:had\s+)?sanctions\s+(?:applied|imposed))\b"
    # 'The companies include X, Y and Z' after a measure on '20 US defence companies'
    r"|^(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[\w.]+\s+)?(?:sanctioned\s+|designated\s+|listed\s+)?(?:companies|entities|firms|"
    r"individuals|persons|executives|institutions|agencies)\s+"
    # ('The three entities newly added to the list include X and Y')
    r"(?:(?:newly\s+)?(?:added|named|listed)\s+(?:to|on|in)\s+the\s+(?:[\w-]+\s+){0,2}list\s+"
    r"|(?:impacted|affected|hit|covered|targeted)\s+by\s+(?:this|the|these)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:decision|move|measures?|sanctions|listing|rule)\s+)?"
    r"(?:also\s+)?(?:include|includes|are|were)\s+(?:(?:[a-z-]+\s+){1,2}such\s+as\s+)?"
    rf"(?P<targets17>[A-Z](?:[^.;]|{INITIAL_DOT}|{LEGAL_DOT})+)(?=[.;]|$)"
    # 'Other entities, including A; B; and C, have been accused of supporting ...' (after a listing)
    rf"|^(?:[Tt]he\s+)?(?:[Oo]ther|[Rr]emaining)\s+(?:{LISTED_NOUNS}),?\s+(?:including|such\s+as)\s+(?:the\s+)?"
    rf"(?P<targets38>[A-Z](?:[^.]|{INITIAL_DOT}|{LEGAL_DOT})+?),\s+(?:have|has|are|were|is|was)\b"
    # 'The latest sanctions package includes 54 individuals and 30 entities' (a measure named before)
    r"|\b(?:sanctions|measures)\s+package\s+(?:also\s+)?(?:includes?|covers?|targets?|lists?)\s+"
    r"(?P<targets40>(?:[A-Z]|\d)[^.;]+?)(?=[.;]|$)"
    # 'Of them, A is accused of supplying ..., B is alleged to ...' (after a counted listing)
    rf"|^(?:Of|Among)\s+(?:them|these|those)(?:\s+\w+)?,\s+(?P<targets39>[A-Z](?:[^;]|{INITIAL_DOT}|{LEGAL_DOT})+?)"
    r"(?=[.;]?$)"
    # 'The four individuals are former and incumbent officials, including X and Y'
    rf"|^[Tt]he\s+(?:\w+\s+)?(?:{LISTED_NOUNS})\s+(?:are|were)\s+[^.;]{{0,80}}?,?\s+including\s+"
    r"(?P<targets36>[A-Z][^.;]+?)(?=[.;]|$)"
    # 'Newly added to Seoul's unilateral sanctions list against Pyongyang were X and Y', 'Also
    # included in the sanctions were X'
    r"|\b(?:[Aa]dded\s+to\s+(?P<lister>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:’s|'s)\s+(?:[\w-]+\s+){0,3}?"
    r"sanctions?\s+list\b[^,.;]*?|[Ii]ncluded\s+in\s+the\s+(?:new\s+)?sanctions)\s+(?:were|was|are|is)\s+"
    r"(?P<targets20>[A-Z][^.;]+?)(?=[.;]|$)"
    # 'Among those hit with sanctions in the action ... was X', 'Among those targeted were X'
    # ('Among three individuals being sanctioned by the UK is X')
    rf"|^Among\s+(?:those|(?:the|{COUNTS})\s+(?:[a-z-]+\s+)?(?:{LISTED_NOUNS}))\s+(?:being\s+|newly\s+)?"
    r"(?:hit\s+with\s+(?:\w+\s+)?sanctions|sanctioned|targeted|designated|listed|named|blacklisted)\b"
    r"(?:\s+by\s+(?:the\s+)?(?P<by23>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))?"
    r"[^.;]*?\s+(?:was|were|is|are|include|includes)\s+"
    rf"(?P<targets23>(?:[^.;]|{INITIAL_DOT})+?)(?=[.;]|$)"
    # 'Sanctions were also imposed against X'
    r"|\b[Ss]anctions\s+(?:were|was|have\s+been|has\s+been|had\s+been|are)\s+(?:also\s+)?(?:imposed|placed|"
    r"levied)\s+(?:on|against)\s+(?P<targets24>[^.;]+?)(?=\s+(?:for|over|after|because|by|following|amid|"
    r"in\s+response)\b|[.;]|$)"
    # 'The Commerce Department added a Chinese entity, X, for ...' (a listing named before)
    r"|\badded\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[A-Z][\w-]*\s+)?"
    r"(?:[a-z-]+\s+)?(?:entity|entities|compan(?:y|ies)|firms?|individuals?|persons?|people|suppliers?|"
    r"manufacturers?)\b,?\s*(?:[—–-]\s*)?(?P<targets26>[A-Z][^.;]+?)(?=,?\s+(?:for|over|after|because)\b|[.;]|$)"
    # 'X was cited for being part of a network', 'Three Russian entities - A, B and C - were added
    # for being part of the network' (a listing named before)
    rf"|^(?:[Tt]he\s+)?(?P<targets27>[A-Z](?:[^.;]|{INITIAL_DOT})*?)\s+(?:was|were)\s+(?:also\s+)?(?:cited|added|listed|named|"
    r"designated)\s+for\s+(?:its|their|his|her|allegedly|involvement|[a-z]+ing)\b"
    # 'The Treasury named the six as A, B and C' (a measure named before)
    r"|\bnamed\s+(?:the\s+)?(?:[a-z]+\s+){0,2}as\s+(?P<targets28>[A-Z][^.;]+?)(?=[.;]|$)"
    # 'This includes Wagner Group figureheads ...' (a measure named before)
    r"|^(?:This|These)\s+(?:also\s+)?includes?\s+(?P<targets44>[A-Z][^.;]+?)(?=[.;]|$)"
    # 'They include X' right after a measure that counted its targets
    r"|^(?:They|These|Those)\s+(?:also\s+)?include\s+(?P<targets22>[A-Z][^.;]+?)(?=[.;]|$)"
    # 'This round of sanctions includes the freezing assets of X, Y and Z'
    r"|\bsanctions\s+(?:also\s+)?includes?\s+(?:the\s+)?(?:freezing\s+(?:of\s+)?(?:the\s+)?assets\s+of\s+)"
    r"(?P<targets32>[A-Z][^.;]+?)(?=[.;]|$)"
    # 'It concerns three Iranian airlines: A, B and C' (a measure named before)
    r"|^It\s+(?:also\s+)?concerns\s+(?:[^.;:]{0,60}:\s*)?(?P<targets31>[A-Z][^.;]+?)(?=[.;]|$)"
    # 'Those targeted by the latest round of US sanctions include the Iran-based X, its firm Y'
    rf"|^(?:[Tt]hose|[Tt]he\s+(?:[a-z-]+\s+)?(?:{LISTED_NOUNS}))\s+(?:targeted|hit|named|listed)\s+(?:by|in|with)\s+"
    r"(?P<round>[^.;]*?\bsanctions)\s+(?:include|includes|are|were)\s+(?:the\s+)?"
    r"(?P<targets29>[A-Z][^.;]+?)(?=[.;]|$)"
    # 'In its statement, the US named X, which it said ...', 'The US also named Y “an India-based
    # company ...”' (a measure named before)
    r"|(?:\b[A-Z][\w.]*|\b[Ii]t|\b[Tt]hey)\s+(?:also\s+)?named\s+(?P<targets30>[A-Z][^.;,“”\"(]+?)"
    r"(?=\s*[,“\"(]|\s+(?:for|over|as|after|to|on)\b|[.;]|$)"
    # 'X, a Yemeni businessman who ..., and Y, who is ..., also were sanctioned' (after a measure)
    r"|^(?P<targets33>[A-Z][^;]+?),?\s+(?:also\s+)?(?:were|was)\s+(?:also\s+)?(?:sanctioned|designated|"
    r"blacklisted)\s*[.]?$"
    # 'A, B, and C are the other firms targeted by the Treasury's OFAC'
    rf"|^(?P<targets34>[A-Z][^;]+?)\s+(?:are|were|is|was)\s+the\s+(?:other|remaining)\s+(?:[a-z-]+\s+)?"
    rf"(?:{LISTED_NOUNS})\s+(?:targeted|sanctioned|designated|named|listed)\b"
    # 'The two companies — Shahed Aviation Industries and Qods Aviation Industries — "are key to ..."'
    rf"|^[Tt]he\s+(?:\w+\s+)?(?:{LISTED_NOUNS})\s*[—–]\s*(?P<targets37>[A-Z][^—–.;]+?)\s*[—–]"
    # 'One of the four companies targeted by the U.S., X, is a Yemen-based logistics company'
    rf"|^One\s+of\s+the\s+(?:[\w-]+\s+)?(?:{LISTED_NOUNS})\s+(?:targeted|sanctioned|designated|named|listed)"
    r"(?:\s+(?:by|in)\s+[^,;]{1,60}?)?,\s+(?P<targets35>[A-Z](?:[^,;]|,(?=\s*(?:Ltd|Inc|LLC|Co)\b))+?),"
    # 'Shahed Aviation Industries is subject to an asset freeze' (after a measure)
    r"|^(?:[Tt]he\s+)?(?P<targets41>[A-Z][^.;]*?)\s+(?:is|are|was|were|will\s+be)\s+(?:also\s+|now\s+)?"
    r"subject\s+to\s+(?:an?\s+|the\s+)?(?:asset\s+freezes?|travel\s+bans?|sanctions)\b"
    # 'exporting goods to the sanctioned firms, which include Hong Kong-based Asia Pacific Links Ltd and X'
    rf"|\bthe\s+(?:sanctioned|designated|listed)\s+(?:{LISTED_NOUNS}),?\s+(?:which|who)\s+(?:also\s+)?include\s+"
    rf"(?P<targets43>(?:[A-Z]|\d)(?:[^.;]|{INITIAL_DOT}|{LEGAL_DOT})+?)(?=[.;]|$)"
    # 'Three Chinese entities, Asia Pacific Links Limited, Sinno Electronics Co., Limited, and Xinghua Co.,
    # Limited, were targeted for supplying sanctioned goods' (after a measure)
    rf"|^(?:{COUNTS_CAPITALISED})\s+(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+)?(?:{LISTED_NOUNS}),\s+"
    rf"(?P<targets42>[A-Z](?:[^.;]|{INITIAL_DOT}|{LEGAL_DOT})+?),\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:targeted|sanctioned|designated|listed|named|blacklisted)\b")
TARGET_GROUPS = ("targets", "targets2", "targets3", "targets4", "targets5", "targets6", "targets7",
                 "targets8", "targets9", "targets10", "targets11", "targets12", "targets13", "targets14",
                 "targets15", "targets16", "targets17", "targets18", "targets19", "targets20", "targets21",
                 "targets22", "targets23", "targets24", "targets26", "targets27", "targets28",
                 "targets29", "targets30", "targets31", "targets32", "targets33", "targets34", "targets35", "targets36", "targets37",
                 "targets38", "targets39", "targets40", "targets41", "targets42", "targets43", "targets44",
                 "targets45", "targets46", "targets47")
# Lists whose measure the text named before ('New targets of sanctions include X'): by whoever
# imposed it
FOLLOW_UP = ("targets3", "targets6", "targets8", "targets11", "targets12", "targets15", "targets16",
             "targets17", "targets20", "targets22", "targets23", "targets24", "targets27", "targets28",
             "targets29", "targets31", "targets32", "targets33", "targets34", "targets35", "targets36", "targets37",
             "targets38", "targets39", "targets40", "targets41", "targets42", "targets43", "targets44",
             "targets45")
# Lists that only a measure named before makes sanctions: 'X was also targeted' could be a strike,
# 'X was cited for ...' a prize
NEEDS_MEASURE = ("targets15", "targets17", "targets23", "targets26", "targets27", "targets28",
                 "targets30", "targets31", "targets33", "targets35", "targets36", "targets37", "targets38",
                 "targets39", "targets41", "targets42", "targets44", "targets45")
# 'Australia has sanctioned five Iranians and three entities': a measure whose targets the
# sentences after it name
COUNTED_TARGETS = re.compile(r"\b(?:sanctioned|designated|blacklisted|"
                             r"(?:imposed|imposes|impose|announced|announce)\s+(?:[a-z]+\s+){0,3}?sanctions\s+"
                             r"(?:on\s+[A-Z][a-z]+day\s+)?(?:on|against)|"
                             # ('The sanctions target 14 individuals', 'restricted trade with five companies')
                             r"sanctions\s+(?:also\s+)?target(?:ed|s)?|restrict(?:ed|s)?\s+trade\s+with)\s+"
                             r"(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least)\s+)?"
                             r"(?P<count>an?|one|two|three|four|five|"
                             r"six|seven|eight|nine|ten|\d+|several|more)\s+[a-z-]*\s*[A-Za-z-]+")
# A round of sanctions that a country opens its sentence with, whose targets come after
NEW_SANCTIONS = re.compile(r"^[^;]{1,80}?\s(?P<verb>targeted|announced|unveiled|rolled\s+out)\b[^.;]*?"
                           r"\b(?:new|fresh|further|additional)\s+(?:[a-z]+\s+)?sanctions\b")
# 'seven U.S. companies have been added to the unreliable entities list', named in a later sentence
COUNTED_ADDED = re.compile(r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+"
                           rf"(?:[\w.-]+\s+){{0,2}}?(?P<noun>{LISTED_NOUNS})\s+(?:have|has|had)\s+been\s+"
                           rf"(?:added|placed|put)\s+(?:to|on)\s+(?:the|its|an|a)\s+{CONTROL_LIST}")
# ... and what they are: 'two Iranian drone manufacturers', named in a later sentence ('The drone
# manufacturers sanctioned were X and Y') by a list that the same noun opens
COUNTED_NOUN = re.compile(rf"(?:\s*[\w-]+){{0,3}}?\s*\b(?P<noun>{LISTED_NOUNS})\b")
# A plural noun as a verb's subject would be: 'sanctions' after one of these is the noun
NOUN_BEFORE = re.compile(r"\b(?:of|the|new|these|those|its|their|our|fresh|further|additional|more|"
                         r"economic|financial|such|any|all|with|and|or)\s+$", re.I)
# What a list of sanctioned names says about one of them, up to the next name of the list or
# the list's end: an apposition or a relative clause ('X, which produces the Mohajer-6 drone,
# and Y'); the names in it are not targets.
# Parties a measure counts or describes without naming each: '13 entities', 'three North
# Korea-related entities', '22 individuals and businesses outside Russia', 'Chinese companies and
# entities' (a gk:PartyGroup of the article, beside the parties it names)
GROUP_NOUNS = rf"(?:{LISTED_NOUNS}|businesses|organi[sz]ations|institutions|enterprises|airlines)"
PARTY_GROUP = re.compile(
    r"(?:the\s+)?(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least|another)\s+)?"
    r"(?:(?P<count>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of)|\d[\d,]*)\s+"
    r"(?:(?:more|other|new|additional|further)\s+)?"
    r"(?:(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-[a-z]+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|[a-z]+(?:-[a-z]+)?)\s+){0,2}?)?"
    rf"{GROUP_NOUNS}(?:\s+and\s+{GROUP_NOUNS})?\b"
    # ('firms in China, India, Kazakhstan, and Uzbekistan': with no count, where they are makes them a group)
    r"(?:\s+(?P<where>from|in|outside|based\s+in)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}"
    r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})*)?"
    rf"|(?P<demonym>[A-Z][a-z]+)\s+{GROUP_NOUNS}(?:\s+and\s+{GROUP_NOUNS})?\b")
# What joins a second group to the first: '..., as well as three Russian companies'
GROUP_JOIN = re.compile(r",?\s+(?:and|as\s+well\s+as|along\s+with|plus)\s+")
ASIDE = re.compile(r"(?:,\s+(?:a|an|the|who|whom|which|that|whose|former|seen\s+as|described\s+as|known\s+as|"
                   r"believed\s+to|said\s+to|(?:deputy\s+)?(?:director|head|chief|commander|"
                   r"president|chairman|minister|secretary)\s+of)\b|\s+(?:who|which|that)\b"
                   # ('individuals it said helped enable the delivery of Iranian drones to Russia')
                   r"|\s+(?:it|they|officials|the\s+(?:department|ministry|government))\s+(?:said|says)\s+(?=[a-z])).*?"
                   r"(?=,\s+and\s|,\s+(?:including|such\s+as)\s|$)"
                   # ('X of the Vladivostok branch of the North's Cheil Credit Bank': where X works)
                   r"|\s+of\s+the\s+[A-Z][\w-]*\s+(?:branch|office|unit|division)\s+of\s+[^,;]*?"
                   r"(?=,|\s+and\s+(?=[A-Z])|$)", re.S)


def apply(f: Findings) -> None:
    for s in f.doc.sentences:
        if BULLET.match(s.text):
            _bullet_target(f, s)
        _sanctions(f, s)


NOT_DONE_BEFORE = re.compile(r"\b(?:declin\w*|refus\w*|reject\w*|not|never|no\s+plans?)\s+(?:to\s+)?$")
SANCTION_WORDS = ('sanction', 'designat', 'blacklisted', 'embargo', 'licen', 'listed', ' list', 'arms exports',
                  'arms sales', 'weapons sales', 'weapons exports', 'arms deliveries', 'weapons deliveries',
                  '-control list', 'blacklist',
                  'it targets', 'it also targets',   # (a measure named before: 'It targets X')
                  'also targeted', 'targeted people', 'targeted individuals', 'targeted entities',
                  'targeted companies', 'targeted firms', 'targeted persons', 'also named',
                  'also included', 'also cited', 'companies include', 'entities include',
                  'firms include', 'individuals include', 'executives include',
                  'they include', 'they also include', 'these include', 'those include', 'among those',
                  'cited for', 'added for', 'restricted trade', 'added a', 'added one', 'added two',
                  'added three', 'added four', 'added five', 'named the', ' named ', 'it concerns',
                  'it also concerns', 'companies targeted', 'firms targeted', 'entities targeted',
                  'individuals targeted', 'people targeted', 'persons targeted', 'individuals are',
                  'entities are', 'companies are', 'firms are', 'persons are', 'individuals were', 'entities were',
                  'companies —', 'companies –', 'firms —', 'entities —', 'individuals —',
                  'of them,', 'among them,', 'of these,', 'other entities', 'other companies', 'other firms',
                  'remaining entities', 'remaining companies', 'export control', 'also include',
                  'asset freeze', 'travel ban', 'visa ban',
                  # ('Two Indian entities, A and B, were targeted')
                  ', were targeted', ', was targeted', 'trade restrictions', 'export restrictions',
                  'this includes', 'these include', 'this also includes', 'targets include', 'targets are')


# Where a list of targets turns to what they did: 'entities and vessels involved in Iran’s fleet'
INVOLVED_IN = re.compile(r"\b(?:involved in|linked to|tied to|connected to|associated with|links to|"
                         r"belonging to|working for|acting for|on behalf of|due to|because of|"
                         r"for (?:their|its|his|her)|over (?:their|its|his|her)|"
                         r"accus\w+\s+(?:them|him|her|it)\s+of|(?:accused|suspected|alleged)\s+(?:of|to)|"
                         # ('individuals and businesses outside Russia supporting the country's invasion')
                         r"(?<=\s)(?:supporting|helping|supplying|providing|importing|exporting|assisting|"
                         r"enabling|aiding|financing|procuring|facilitating|shipping|selling))\b")
# A list of targets that says where they are: 'six entities in the PRC, South Africa and the UAE'
LOCATED_LIST = re.compile(r"\b(?:entities|companies|firms|businesses|individuals|persons|people|vessels|parties|"
                          r"suppliers)\s+(?:\w+\s+)?(?:in|from|outside|based in|located in)\s")


def _sanctions(f: Findings, s) -> None:
    if not mentions_any(s.text, SANCTION_WORDS):
        return
    claims_before = len(f.claims)
    for m in SANCTION.finditer(s.text):   # ('... on behalf of U.S.-designated X, ... for
        if any(m.group(g) for g in NEEDS_MEASURE) and not getattr(f, "sanctioners", None) \
                and not re.search(r"\b(?:sanction|designat|blacklist)", m.group(0)):
            continue   # 'X was also targeted' with no measure named before: a strike, maybe
        if m.group("targets5") and NOT_DONE_BEFORE.search(s.text, max(0, m.start() - 30), m.start()):
            continue   # ('Other EU member states have so far declined to halt arms sales to Saudi Arabia')
        if m.group("targets30") and re.match(r"\s+(?:as|after|to)\b", s.text[m.end():]):
            continue   # ('named X as its new chief', 'named after X'): no listing
        if m.group("targets22") and not _right_after(f, s, getattr(f, "counted_in", None)):
            continue   # 'They include X' names the targets only of a count just before
        if m.group("targets2") and m.group(0).startswith("sanctions ") \
                and NOUN_BEFORE.search(s.text, max(0, m.start() - 20), m.start()):
            continue   # ('a package of sanctions Canada has ...': the noun, not the verb)
        _sanction(f, s, m)                #  sanctioned entities including Y')
    _sanctioned_before(f, s)
    rollout = NEW_SANCTIONS.search(s.text)
    if rollout:   # ('Canada on Wednesday targeted Iranian makers of drones in a rollout of new sanctions')
        imposers = _imposer(f, s, s.start + rollout.start("verb"))
        if imposers and all(i.kind in ("Country", "IntergovernmentalBody") for i in imposers):
            f.counted_in, f.sanctioners = s, imposers
    said = len(f.claims) > claims_before   # (a measure read from this sentence's own words)
    added = COUNTED_ADDED.search(s.text)
    if added:   # ('MOFCOM announced that seven U.S. companies have been added to the ... list')
        imposers = _imposer(f, s, s.start + added.start())
        if imposers:
            f.counted_in, f.sanctioners = s, imposers
            _imposed_on(f, added.group("noun"), imposers)
            if not said:
                _counted_measure(f, s, s.start + added.start(), imposers)
        return
    counted = COUNTED_TARGETS.search(s.text)
    if counted and (getattr(f, "sanctioners", None) or not counted.group(0).startswith("sanctions")):
        f.counted_in = s
    if counted:
        imposers = _imposer(f, s, s.start + counted.start())
        if imposers:
            f.sanctioners = imposers
            noun = COUNTED_NOUN.match(s.text, counted.end())
            if noun:
                _imposed_on(f, noun.group("noun"), imposers)
            if not said:
                _counted_measure(f, s, s.start + counted.start("count"), imposers)


# '... the Munitions Industry Department, which oversees the missile programs and was sanctioned by the
# Department of State in 2010': a body a relative clause says was sanctioned, by whom it names
SANCTIONED_WHICH = re.compile(r",\s+which\s+(?:[^,.;]*?\s+and\s+)?(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
                              r"(?:also\s+|previously\s+|already\s+)?(?:sanctioned|designated|blacklisted)\s+by\s+"
                              r"(?:the\s+)?(?=[A-Z])")


def _sanctioned_before(f: Findings, s) -> None:
    m = SANCTIONED_WHICH.search(s.text) if ", which" in s.text else None
    if m is None:
        return
    before = f.mentions_in(s.start, s.start + m.start(), "Org", "Person")
    imposer = f.mentions_in(s.start + m.end(), s.end, "Country", "Org")[:1]
    if not before or before[-1].end != s.start + m.start() or not imposer \
            or imposer[0].start != s.start + m.end():
        return
    target, by = f.entity(before[-1]), f.country(imposer[0]) or f.entity(imposer[0])
    if target is not None and by is not None and target is not by:
        _record(f, s, [by], [target])


def _counted_measure(f: Findings, s, at: int, imposers: list) -> None:
    """A measure on parties the sentence only counts ('Britain sanctioned three Russian companies'):
    a sanction on the group they make, which the sentences after it may name one by one."""
    groups, _ = _party_groups(f, s, at, s.end)
    if groups:
        _record(f, s, imposers, groups)


def _party_groups(f: Findings, s, start: int, end: int) -> tuple[list, list]:
    """The groups of parties that open a list of targets, or follow its first after 'and' or
    'as well as', and the spans they take up (the names in them describe, not list)."""
    groups, spans = [], []
    at = start
    while True:
        m = PARTY_GROUP.match(f.text, at, end)
        if m is None or (m.group("demonym") and not [x for x in f.mentions_in(m.start(), m.end(), "Demonym", "Country")
                                                      if x.start == m.start("demonym")]) \
                or not (m.group("count") or m.group("demonym") or m.group("where")):
            break
        stop = m.end()
        if m.group("where") and not f.mentions_in(m.end("where"), m.end(), "Place", "Country", "City", "Region"):
            stop = len(f.text[:m.start("where")].rstrip())   # ('two Iranian firms in May': no place)
        groups.append(_party_group(f, s, m, stop))
        spans.append((m.start(), stop))
        join = _next_group(f, m.end(), end)
        if join is None:
            break
        at = join.end()
    return groups, spans


def _party_group(f: Findings, s, m: re.Match, stop: int):
    """The group a match of PARTY_GROUP names (up to stop), an entity of the article, with the
    one country its description names it from."""
    label = re.sub(r"\s+", " ", re.sub(r"^the\s+", "", f.text[m.start():stop]))
    group = f.new_entity("PartyGroup", label, key=f"group:{f.doc.article.id}:{label.lower()}",
                         attrs={"iri_name": f"{f.doc.article.id} {label}"})
    countries = {id(c): c for c in (f.country(x) for x in f.mentions_in(m.start(), stop, "Demonym", "Country"))
                 if c is not None}
    if len(countries) == 1 and m.group("where") != "outside":   # (not 'businesses outside Russia')
        f.add(group, "gk:country", next(iter(countries.values())), s)
    if not group.mentions:   # (the clause it stands in says whether the measure is planned)
        group.mentions.append(Mention(m.start(), stop, f.text[m.start():stop], "PartyGroup"))
    return group


def _next_group(f: Findings, after: int, end: int) -> re.Match | None:
    """The 'and' or 'as well as' after which another group follows in the same clause."""
    for join in GROUP_JOIN.finditer(f.text, after, end):
        if PARTY_GROUP.match(f.text, join.end(), end):
            return None if re.search(r"[.;]", f.text[after:join.start()]) else join
    return None


def _bullet_target(f: Findings, s) -> None:
    """'- Korean Ungum Corporation (North Korean entity)': an item of a list of targets that a
    measure counted just before ('sanctions on three more entities'), by whoever imposed it."""
    counted, imposers = getattr(f, "counted_in", None), getattr(f, "sanctioners", None)
    if counted is None or not imposers or counted.end > s.start \
            or not all(BULLET.match(line) for line in f.text[counted.end:s.start].split("\n") if line.strip()):
        return
    start = s.start + BULLET.match(s.text).end()
    name = re.match(r"[^(:,–—]+", f.text[start:s.end])
    if name is None:
        return
    end = start + len(name.group(0).rstrip(" .;"))
    named = [x for x in f.mentions_in(start, end, "Org", "Person") if x.start == start and x.end == end]
    if named:
        target = f.entity(named[0])
    elif 1 < len(f.text[start:end].split()) <= 8 and all(w[:1].isupper() or w in ("of", "and", "for", "&")
                                                         for w in f.text[start:end].split()):
        kind = "Person" if re.match(r"\s*\((?:an?\s+)?(?:[A-Z][\w-]*\s+)*(?:individual|person|national)",
                                    f.text[end:s.end]) else "Organization"
        target = f.new_entity(kind, f.text[start:end])
    else:
        return
    if target is not None:
        _record(f, s, imposers, [target], follow_up=True)


def _imposed_on(f: Findings, noun: str, imposers: list) -> None:
    """Who imposed the measure on the kind of target a count named ('seven U.S. companies'),
    for the list of that kind the text gives later."""
    f.sanctioners_of = {**getattr(f, "sanctioners_of", {}), noun: imposers}


# 'sanctions Myanmar businessmen', 'sanctioned three Venezuelan officials': people or firms of
# the country are the targets, not the country itself
PEOPLE_OF = re.compile(r"(?:-(?:related|linked|based|backed|owned|controlled))?\s+(?:[a-z-]+\s+)?(?:businessm[ae]n|businesswom[ae]n|officials?|nationals?|"
                       r"individuals?|entities|companies|firms|generals?|oligarchs?|citizens|"
                       r"tycoons?|traders?|suppliers?|brokers?|executives?|politicians?|"
                       # ('sanctions targeting the Myanmar military junta's access to ...')
                       r"military|junta|regime)\b")


# 'the director of Rostec Sergei Chemezov': a body named for a target's post is no target
POST_OF_BEFORE = re.compile(r"\b(?:directors?|heads?|chiefs?|chairman|chairwoman|president|commanders?|founders?|"
                            r"owners?|CEO|executives?|managers?|deputy|minister|officials|members|employees)\s+of\s+"
                            # ('the Deputy Minister of Defense of Iran')
                            r"(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+of\s+)?(?:the\s+)?$", re.I)


# Who announced a list, after it: ', Foreign Minister Penny Wong announced on Tuesday'
REPORTED_BY = re.compile(r",\s+(?!(?:who|whom|which|that)\b)(?:[\w.’'-]+\s+){1,6}(?:announced|said|says|told|added|stated|reports|reported)\b")   # (not
#                                                  ', who Treasury said has served as ...': an aside)
# "Russia's Deputy Defence Minister X", 'Wagner commander X': whose post it is, before a name
POST_BEFORE_NAME = re.compile(r"(?:’s|'s)?\s+(?:[\w-]+\s+){0,3}?(?:minister|commander|chief|director|"
                              r"head|general|admiral|secretary|spokes\w+|chairman|president|leader|founder|"
                              r"owner|CEO|"
                              r"ambassador|envoy)\s+(?:[A-Z][\w.]*\s+){0,2}$", re.I)


def _affiliation(f: Findings, x, start: int) -> bool:
    """'Jo Myung-chol of the Vladivostok branch of the North's Cheil Credit Bank': a body named
    after a listed person, as where the person works, is not itself listed."""
    person = [p for p in f.mentions_in(start, x.start, "Person")][-1:]
    return x.kind != "Person" and bool(person) and \
        re.fullmatch(r"\s+(?:of|from|at)\s+[^,;]*", f.text[person[0].end:x.start]) is not None


def _owns_post(f: Findings, x, end: int) -> bool:
    """A country or body named as the owner of a listed person's post is not itself listed."""
    if x.kind == "Person":
        return False
    person = next(iter(f.mentions_in(x.end, min(end, x.end + 80), "Person")), None)
    if person is None or re.search(r",|\b(?:and|or|its|their)\b", f.text[x.end:person.start]):
        return False   # ('Iran and its defence minister X': both listed)
    return bool(POST_BEFORE_NAME.fullmatch(f.text, x.end, person.start))


def _right_after(f: Findings, s, before) -> bool:
    """Is sentence s the one right after sentence before?"""
    return before is not None and before.end <= s.start and not f.text[before.end:s.start].strip()


# What a sentence says next of the targets it listed: '... and aim to "diminish" X's arsenal'
CLAUSE_AFTER = re.compile(r"\s+and\s+(?:aim|seek|are|is|were|was|will|would|could|come|follow)s?\b"
                          # ('..., two weeks after Tehran's missile barrage against Israel')
                          r"|,\s+(?:[\w-]+\s+){0,3}(?:after|before|following|since|amid)\b"
                          # ('... against Myanmar's junta, but civil groups say ... Australia')
                          r"|,\s+(?:but|although|though)\b")
# A country's name that opens a firm's ('Myanmar Investment and Commercial Bank', 'Iran Air')
NAME_GOES_ON = re.compile(r" (?!And\b|On\b|In\b)[A-Z][a-z]+")
# An official who announces what 'the government' will do speaks for it
GOVERNMENT_WOULD = re.compile(r"\b(?:said|says|announced|announces|confirmed|told)\b[^.;]*?\bthat\s+the\s+"
                              r"(?:federal\s+)?government\b")
# More targets after the verb: 'Its director was also targeted, as well as X'
AS_WELL_AS = re.compile(r",?\s+(?:as\s+well\s+as|along\s+with|together\s+with)\s+")


# The name after 'by': capitalised words and what joins them ('the U.S. Department of State')
BY_NAME = re.compile(r"(?:[A-Z][\w.’'&-]*(?:\s+|$)|(?:of|and|for|the)\s+(?=[A-Z]))+")


def _sanction(f: Findings, s, m: re.Match) -> None:
    group = next(g for g in TARGET_GROUPS if m.group(g))
    start, end = s.start + m.start(group), s.start + m.end(group)
    if group == "targets13" and m.group("appos13"):   # ('Two Turkish businesses, A and B, were designated')
        end = s.start + m.end("appos13")
    reported = REPORTED_BY.search(f.text, start, s.end)   # '..., Foreign Minister X announced', '...,
    end = reported.start() if reported and reported.start() < end else end   # Caliber.Az reports
    clause = CLAUSE_AFTER.search(f.text, start, end)
    end = clause.start() if clause else end
    end = max([end] + [x.end for x in f.mentions_in(start, s.end) if x.start < end < x.end])   # (a name
    #                                     with a full stop inside: 'Zhejiang Qingji Ind. Co., Ltd')
    groups, spans = _party_groups(f, s, start, end)
    targets = groups + _targets(f, start, end, spans)
    if group in ("targets6", "targets17") and re.search(r"\b(?:companies|firms|entities)\b", m.group(0)):
        targets += [t for t in _firms_listed(f, start, end) if t not in targets]
    targets += [t for t in _firms_from_countries(f, s, start, end) if t not in targets]
    more = AS_WELL_AS.match(f.text, s.start + m.end()) if m.end(group) < m.end() else None
    if more:
        targets += [t for t in _targets(f, more.end(), s.end) if t not in targets]
    targets += [t for t in _listed_after(f, s, end) if t not in targets]
    by = re.search(r"(\S+)-$", f.text[max(s.start, s.start + m.start() - 20):s.start + m.start()])
    imposers = f.country_named(by.group(1)) if by else None   # 'U.S.-designated X'
    if imposers is None and m.group("hitby"):   # ('hit with US sanctions')
        imposers = _parties_in(f, s, m, "hitby") or None
    if imposers is None and group in ("targets10", "targets13", "targets24", "targets34"):   # ('... by the UK')
        by = re.search(r"\bby\s+(?:the\s+)?", s.text[m.end():])
        named = BY_NAME.match(f.text, s.start + m.end() + by.end()) if by else None
        imposers = agent(f, named.start(), named.end()) if named else None   # (the name right after
        #                                                  'by': not Ukraine in '... following its invasion of Ukraine')
    if imposers is None and m.group("issuer"):   # ('licences which the UK issues to Israel have been suspended')
        imposers = _parties_in(f, s, m, "issuer") or None
    if imposers is None and m.group("lister"):   # ("added to Seoul's sanctions list")
        imposers = _parties_in(f, s, m, "lister")
    if imposers is None and m.group("by23"):   # ('Among those sanctioned by the UK is X')
        imposers = _parties_in(f, s, m, "by23") or None
    if imposers is None and m.group("round"):   # ('those targeted by the latest US sanctions')
        imposers = _parties_in(f, s, m, "round") or None
    if imposers is None and group == "targets18":
        imposers = _parties_in(f, s, m, "imposer")
    if imposers is None and group in FOLLOW_UP and getattr(f, "sanctioners", None):
        imposers = getattr(f, "sanctioners_of", {}).get(m.group("noun")) or f.sanctioners
        #  ('sanctioned entities including X': by whoever sanctioned them)
    imposers = [i for i in (imposers if isinstance(imposers, list) else [imposers]) if i] \
        or _imposer(f, s, s.start + (m.start(group) if group == "targets30" else m.start()))
    if len(imposers) == 1 and imposers[0].kind == "Person" and not f.objects(imposers[0], "gk:represents") \
            and GOVERNMENT_WOULD.search(s.text, 0, m.start()) and getattr(f, "sanctioners", None):
        imposers = f.sanctioners   # ('Foreign Minister X announced that the government would impose
        #                            sanctions on ...': the government that imposed them before)
    if imposers:
        f.sanctioners = imposers
    elif not m.group("targets"):   # 'Among those designated is X': by whoever designated them
        imposers = getattr(f, "sanctioners", [])
    if targets:
        _record(f, s, imposers, targets, follow_up=group in FOLLOW_UP or group in NEEDS_MEASURE)


def _record(f: Findings, s, imposers: list, targets: list, follow_up: bool = False) -> None:
    """A sanction by the imposers on the targets: the same measure as one said before on any of
    them, or, for a list that follows a measure named before, that measure."""
    imposers = [i for i in imposers if all(i is not t for t in targets)]   # (no one sanctions itself)
    last = getattr(f, "last_sanction", None)
    sanction = next((e for e in f.events if e.kind == "Sanction"   # the same measure, said again
                     and _same_imposers(f.objects(e, "gk:imposedBy"), imposers)
                     and any(t in f.objects(e, "gk:target") for t in targets)), None) \
        or (last if follow_up and last is not None and _same_imposers(f.objects(last, "gk:imposedBy"), imposers)
            else None) \
        or f.event("Sanction")
    f.last_sanction = sanction
    for imposer in imposers:
        f.add(sanction, "gk:imposedBy", imposer, s)
    for t in targets:
        f.add(sanction, "gk:target", t, s)
    _members_country(f, sanction, s)


def _members_country(f: Findings, sanction, s) -> None:
    """The firms a measure names among the group it counted with their country ('seven U.S.
    companies ... The listed companies include A and B'): A and B are of that country."""
    targets = f.objects(sanction, "gk:target")
    countries = {id(c): c for g in targets if g.kind == "PartyGroup" for c in f.objects(g, "gk:country")}
    if len(countries) != 1:
        return
    country = next(iter(countries.values()))
    for t in targets:
        named_here = not t.mentions or any(s.start <= m.start < s.end for m in t.mentions)
        if t.kind in ("Company", "Organization") and named_here and not f.objects(t, "gk:country"):
            f.add(t, "gk:country", country, s)


# An item of a list of firms: a capitalised name ('Axient', 'System Studies & Simulation')
LISTED_FIRM = re.compile(r"[A-Z][\w.&’'-]*(?:\s+(?:&\s+)?[A-Z][\w.&’'-]*){0,5}")


def _list_items(f: Findings, start: int, end: int):
    """(start, end) of each item of a list between two offsets, the commas and 'and' that set
    them apart left out."""
    at = start
    for separator in [*LIST_SEPARATOR.finditer(f.text, start, end), None]:
        yield at, separator.start() if separator else end
        at = separator.end() if separator else end


def _firms_listed(f: Findings, start: int, end: int) -> list:
    """The firms of a list that names companies as such ('The listed companies include A, B and C'),
    though no cue in their names says they are firms."""
    out = []
    for at, item_end in _list_items(f, start, end):
        name = LISTED_FIRM.fullmatch(re.sub(r"^(?:the\s+)", "", f.text[at:item_end].strip()))
        if name is not None and not f.mentions_in(at, item_end):
            out.append(f.new_entity("Company", name.group(0)))
    return out


# An item of a list of targets that says only where it is from: 'Verus from Russia'
FIRM_FROM = re.compile(r"(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:&\s+)?[A-Z][\w.&’'-]*){0,4})\s+(?:from|based\s+in)\s+"
                       r"(?:the\s+)?(?=[A-Z])")


def _firms_from_countries(f: Findings, s, start: int, end: int) -> list:
    """'Sanctions were imposed against Defense Engineering from Kazakhstan, Verus from Russia and
    Versor from Slovakia': the names of a list whose items say the country each is from are
    bodies of those countries, though no cue in their names says what they are."""
    out = []
    for at, item_end in _list_items(f, start, end):
        item = f.text[at:item_end].strip()
        lead = at + len(f.text[at:item_end]) - len(f.text[at:item_end].lstrip())
        m = FIRM_FROM.match(item)
        country = f.mentions_in(lead + m.end(), item_end, "Country")[:1] if m else []
        named = [x for x in f.mentions_in(lead, lead + m.end("name"), "Org") if x.start == lead] if m else []
        unknown = not f.mentions_in(lead, lead + m.end("name")) if m else False
        if m and country and country[0].start == lead + m.end() and (named or unknown):
            firm = f.entity(named[0]) if named else f.new_entity("Company", m.group("name"))
            f.add(firm, "gk:country", f.country(country[0]), s)
            out.append(firm)
    return out


def _parties_in(f: Findings, s, m: re.Match, group: str) -> list:
    """The countries (for their capitals and demonyms too) and bodies a group of the match names."""
    return [x for x in (f.country(a) or f.entity(a) for a in f.mentions_in(
        s.start + m.start(group), s.start + m.end(group), "Party")) if x]


def _targets(f: Findings, start: int, end: int, groups: list = ()) -> list:
    """The bodies, people and countries a list of targets names, but not what it says of them:
    where they are, what they did, whose post they hold, whom they work for, nor the names that
    describe a group of parties (the spans groups)."""
    asides = [(start + a.start(), start + a.end()) for a in ASIDE.finditer(f.text[start:end])] + list(groups)
    for involved in INVOLVED_IN.finditer(f.text, start, end):   # 'entities involved in Iran’s
        if TARGETS_ONLY.fullmatch(f.text, start, involved.start()):   # fleet', 'with links to X'
            continue   # ('sanctions on targets linked to X': the list names no one else)
        comma = f.text.find(",", involved.end(), end)
        if comma >= 0 and re.match(r",\s+(?:including|such as|notably|especially|mainly)\b", f.text[comma:end]) \
                and re.search(r"\b(?:countries|nations|states)$", f.text[involved.end():comma]):
            comma = end   # ('... trade with other countries, including Russia': still what they did;
            #              not 'groups with links to the Kremlin, including Africa Corps')
        asides.append((involved.start(), comma if comma >= 0 else end))
    located = LOCATED_LIST.search(f.text, start, end)   # 'six entities in the PRC, ...'
    targets = []
    for x in f.mentions_in(start, end, "Org", "Person", "Country"):   # (not "Japan's X" nor
        entity = f.entity(x)                                          #  "Putin's arsenal")
        if entity is not None and entity not in targets \
                and not any(a <= x.start < b for a, b in asides) and not _where_based(f, x) \
                and not (located and x.start >= located.end() and x.kind == "Country") \
                and not (x.kind == "Country" and PEOPLE_OF.match(f.text, x.end)) \
                and not (x.kind == "Country" and NAME_GOES_ON.match(f.text, x.end)) \
                and not SAYS_AFTER.match(f.text, x.end) \
                and not f.text.startswith(("’s", "'s", "’ ", "' "), x.end) \
                and not POST_OF_BEFORE.search(f.text, max(start, x.start - 40), x.start) \
                and not _owns_post(f, x, end) and not _affiliation(f, x, start):
            targets.append(entity)
    return targets


# A list of targets that names none before saying whom they are linked to
TARGETS_ONLY = re.compile(r"(?:the\s+)?(?:new\s+)?targets\s+")
LIST_ITEM = re.compile(r";\s+(?:and\s+)?")


def _listed_after(f: Findings, s, end: int) -> list:
    """'sanctioned A, the commander of X; B, director of Y; and C, ...': a list whose items,
    each with its own apposition, are set apart by semicolons; the one who opens each item."""
    out = []
    for item in LIST_ITEM.finditer(f.text, end, s.end) if f.text.startswith(";", end) else ():
        first = [x for x in f.mentions_in(item.end(), s.end, "Person", "Org") if x.start == item.end()]
        if first and f.entity(first[0]) is not None:
            out.append(f.entity(first[0]))
    return out


def _same_imposers(known: list, imposers: list) -> bool:
    """The same imposers, or one of the two mentions leaves them unsaid (a headline's 'sanctions
    on the GRU' and the body's 'the GRU is sanctioned by the UK')."""
    return not known or not imposers or set(map(id, known)) == set(map(id, imposers))


def _where_based(f: Findings, x) -> bool:
    """A country in a list of sanctioned firms that says where one is: 'UAE-based X', 'companies
    in China, India and other countries'."""
    if x.kind not in ("Country", "Demonym"):
        return False
    return bool(re.match(r"-(?:based|flagged|registered|headquartered)\b", f.text[x.end:x.end + 14])
                or re.search(r"\b(?:in|from)\s+(?:the\s+)?$|\b(?:in|from)\s+(?:[A-Z][\w.]*,?\s+)+$",
                             f.text[max(0, x.start - 60):x.start]))


GENERIC_SUBJECT = re.compile(r"\b(?:the|our)\s+(?:government|administration)\s+(?:has|had|have|will|would)?\s*"
                             r"(?:\w+\s+){0,2}?(?:to\s+)?$"
                             # ('Today we announce additional sanctions on ...': a government's release)
                             r"|(?:^|\b[Tt]oday\s+|,\s+)[Ww]e\s+(?:\w+\s+){0,2}?$")


# A clause of its own before the measure's verb, with a subject no mention names: 'India became the
# target of US sanctions ... with the Biden administration imposing sanctions on four Indian firms'
OWN_SUBJECT = re.compile(r"\b(?:with|while|as|after|when)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?"
                         r"(?:administration|government|authorities|officials)\s+$")


# A pronoun that opens the sentence as the imposer: 'It also imposed an asset freeze on X'
PRONOUN_IMPOSER = re.compile(r"(?:It|They)\s+(?:\w+\s+)?$")
# A speaker's verb whose clause names who imposes the measure: '..., today announced that Canada is'
SAID_THAT_SUBJECT = re.compile(r"\b(?:announced|said|says|stated|confirmed|declared)\s+(?:on\s+\w+\s+)?that\s+")


# Who says something of the targets inside their description: 'A Belarusian defence organisation the
# UK said had manufactured military technology'
SAYS_AFTER = re.compile(r"\s+(?:said|says|claimed|claims|alleged|alleges|believes|believed)\b")
PLACE_OBJECT_BEFORE = re.compile(r"\b(?:in|on|over|across|inside)\s+(?:the\s+)?$")


# An absolute clause that names who imposed a measure: ', with the United States having imposed'
WITH_HAVING = re.compile(r"\bwith\s+(?P<who>(?:the\s+)?[A-Z][^,;]{0,60}?)\s+having\s+(?:\w+\s+)?$")


def _imposer(f: Findings, s, offset: int) -> list:
    """Who imposes the measure, named before it in the sentence: the bodies or countries that
    open it, or a post ('The Secretary of State has designated'); none, an empty list."""
    clause = f.text[s.start:offset]
    if GENERIC_SUBJECT.search(clause) or PRONOUN_IMPOSER.match(clause):   # ('In response to North Korea's
        return list(getattr(f, "sanctioners", []))   # launch ..., the government has decided to impose
        #                                              sanctions', 'It also imposed': the one named before)
    own = OWN_SUBJECT.search(clause)
    begin = own.start() if own else 0
    having = WITH_HAVING.search(clause)
    if having:   # ('tensions between Russia and the West, with the United States having imposed sanctions')
        begin = having.start("who")
    said = None if own else SAID_THAT_SUBJECT.search(clause)
    if said and any(a.kind in ("Country", "Org", "City") for a in f.mentions_in(s.start + said.end(), offset, "Party")):
        begin = said.end()   # ('X, Minister of Foreign Affairs, today announced that Canada is imposing ...')
    agents = [a for a in f.mentions_in(s.start + begin, offset, "Country", "Org", "Person",
                                       "Demonym", "City")
              if (a.kind != "City" or (a.start == s.start and f.country(a) is not None))   # ('Beijing imposed')
              and a.kind != "MediaOutlet"]   # (no outlet imposes one: not the '(AP)' of 'WASHINGTON (AP) — The US said')
    agents = [a for a in agents if not PLACE_OBJECT_BEFORE.search(f.text, max(s.start, a.start - 12), a.start)] \
        or agents   # (not the Ukraine of '... on the war in Ukraine and urged the UK to withdraw the sanctions')
    titled = re.match(r"^(?:[^,]*,\s*)?(?:[Tt]he\s+)?(?P<title>(?:Secretary|Minister|Department|"
                      r"Ministry|Treasury|President)[\w ]*?)(?:,|\s+(?:has|have|is|was|today)\b)",
                      clause)
    if titled and not agents:
        role = titled.group("title").strip()
        post = f.new_entity("Post", role)
        f.add(post, "gk:roleName", Lit(role), s, "Asserted")
        return [post]
    if agents:
        while len(agents) > 1 and re.fullmatch(r"(?:’s|'s)?\s+", f.text[agents[0].end:agents[1].start]):
            agents = agents[1:]   # "the U.S. Commerce Department’s Bureau of Industry and Security"
        first = f.coordinated(agents)
        return [x for x in (f.country(a) or f.entity(a) for a in first) if x]
    return []
