"""The reading rules, as data: the words that open each kind of event frame, the phrases
that fill its roles, and the names readers give events. `extract` applies them; a rule
about a role is written here once."""

from __future__ import annotations

import re

from .dates import DAY_OR_MONTH, NOT_A_DATE, SHORT_DAY_OR_MONTH
from .mentions import TITLE_CORE

# --- Calls, meetings, visits and summits: what opens an encounter, and its names ---
CALL = re.compile(
    # "a call on Dec. 12" is a call; "a call on President Marcos" is a visit (CALLED_ON)
    rf"\b(?:(?:a|the|phone|video|telephone|their|his|her|first|brief|introductory"
    rf"|\w+-minute) call(?!\s+on\s+{NOT_A_DATE}(?!\d)[A-Z])|calls? with"
    rf"|call on(?=\s+(?:{DAY_OR_MONTH}|{SHORT_DAY_OR_MONTH}\b|\d))"
    r"|phoned|by phone|telephoned|telephone|worked\s+the\s+phones?"
    # "phone calls that Trump made to Hun Manet and Phumtham": one call with each
    r"|(?:phone|telephone|video)\s+calls"
    # "Qureshi rang Wang Yi on February 25": a call, but not "the bells rang out"
    r"|rang(?!\s+(?:out|in|up|down|off|through|true|hollow|loud|again|a\s+bell|the\s+bells?|bells))"
    r"|(?:phone|telephone|video) (?:conversation|talks?|meeting|summit)"
    # "spoke for 30 minutes" is a call; "spoke for the European Union" speaks in its name
    # "Ms Bishop had earlier spoken to UK Foreign Secretary Boris Johnson"
    r"|(?:(?<=had\s)|(?<=has\s)|(?<=have\s)|(?<=also\s)|(?<=earlier\s)|(?<=already\s))spoken"
    r"(?=\s+(?:by\s+(?:tele)?phone\s+)?(?:to|with)\b)"
    r"|(?:spoke|speak)(?!\s+for\b(?!\s+(?:about|around|nearly|almost|roughly|some|over|more\s+than"
    r"|an?|the\s+(?:first|second|third|last))\b|\s+\d|\s+\w+\s+(?:minutes|hours)\b))|talked"
    r"|video ?conference|videoconference|teleconference|video link"
    r"|virtual (?:meeting|talks|summit)|online (?:meeting|talks))\b"
)
# "called South Korean Defense Minister Suh Wook", "called his Japanese counterpart, Iwaya":
# "called" and only a title before the name.
CALLED_PERSON = re.compile(
    r"\bcalled\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?,?\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,6}$"
)
# "the largest annual U.S.-Philippine exercise", "a Japan-U.S.-Australia drill": by whom.
DRILL_OF_PARTIES = re.compile(
    r"(?P<parties>(?:[A-Z][\w.]*[-–/]){1,4}[A-Z][\w.]*)\s+(?:[a-z][\w-]*\s+|\d+\s+){0,3}"
    r"(?:exercises?|drills?|war\s?games?)\b"
    # "Medusa 10, the regular air and naval drill of the Cyprus-Egypt-Greece partnership"
    r"|\b(?:exercises?|drills?)\s+of\s+the\s+(?P<of_parties>(?:[A-Z][\w.]*[-–/]){1,4}[A-Z][\w.]*)"
    r"\s+(?:partnership|format|trilateral|alliance|grouping|mechanism)\b"
)
# "held separate talks with Biden": two of a summit's leaders, on their own.
APART = re.compile(
    r"\b(?:separate(?:ly)?|bilateral|one-on-one|one-to-one|on the sidelines)\b", re.I
)
# "met Kono and Seko in separate bilateral meetings": each one on their own. Narrower than
# APART: talks "on the sidelines" of a summit may still be one sit-down with all of them.
# "called on Wickremesinghe, Muizzu and Hasina": a courtesy call is paid on one host at a time.
SEEN_APART = re.compile(
    r"\bbilateral|\bseparate|\b(?:also|then|later)\s+saw\b"
    r"|\b(?:called|calls|calling)\s+on\b|\bcourtesy\s+calls\b"
    # "his schedule also took in meetings with A and B": one meeting each
    r"|\bmeetings\s+with\b|\b(?:phone|telephone|video)\s+calls\b",
    re.I,
)
# "In a separate bilateral meeting, the two ministers ...": not the meeting just told of.
# "Kihara and Singh also held their own defence ministers' meeting": another one too.
# "Cho and Blinken followed up with bilateral talks": a meeting after the one told of.
SEPARATE = re.compile(
    r"\b(?:separate|(?:their|his|her)\s+own|followed\s+up\s+with)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:meeting|talks|session)\b",
    re.I,
)
# "paid a call on", "paid a courtesy call on": a visit to the one called on.
PAID_A_CALL = r"paid\s+(?:a|an)\s+(?:[\w-]+\s+)?call"
# "paid a courtesy call on the President at the palace" is a visit in person, not a phone call.
# "made an introductory call to Singh" is by phone; "an introductory call on the President" is not.
IN_PERSON_CALL = re.compile(
    r"\bcourtesy calls?\b|\b(?:farewell|introductory|protocol) calls?(?= on\b)"
    r"|(?<=\bpaid a )call(?= on\b)"  # "paid a call on Prime Minister Ishiba"
    # "accompanied his guest to a call on Defence Minister Dendias"
    r"|(?<=\ba )call(?=\s+on\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:minister|president|secretary"
    r"|premier|chancellor|king|emir|governor|chief|commander|gen\.|adm\.)\s)"
)
# "paid a courtesy call on Prime Minister Kishida": readers name it for the one called on.
COURTESY_CALL = re.compile(r"\b(?:courtesy|farewell) calls?(?:\s+on\b)?", re.I)
# "Swift Response opened in Germany", "further phases are scheduled in Poland": where a drill
# ran, in a sentence that tells of a drill.
DRILL_IN_COUNTRY = re.compile(
    r"\b(?:exercises?|drills?|opened|began|kicked\s+off|phases?|training|staged|conducted"
    r"|scheduled|take[sn]?\s+place|took\s+place|runs?|ran)\b[^;.]{0,60}\b(?:in|across)"
    r"(?:\s+the)?\s+$"
)
IN_COUNTRY = re.compile(
    r"(?:\b(?:held|met|meet|sat|conferred|talks|meeting|summit|visit)\b[^;]{0,150}\bin|\b[Vv]isits? to|^\s*In"
    # "the Shangri-La Dialogue in Singapore": a named gathering and where it sat
    r"|\b(?:Dialogue|Forum|Conference|Summit|Meeting|Ministerial|Plus)\s+in"
    r"|\b(?:is|was|arrived|landed)\s+in|\b(?:visit|visits|visited)|\btravel\s+to"
    # "She then flew to South Korea, where she held talks with Yoon"
    r"|\b(?:flew|travell?ed|went)\s+(?:on\s+)?to(?=\s+(?:the\s+)?[A-Z][\w\s]*,\s+where\b))"
    r"(?:\s+the)?\s+$"  # "a visit to the Philippines"
)
# "began a six-day state visit to China", "Yoon's visit to Tokyo": a trip told as such.
VISIT_TO = re.compile(
    r"\b(?:made|paid|began|begins|started|on|during|concluded|wrapped up|ended|his|her|['’]s"
    r"|first|is|was|a|an|the)"
    r"\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}(?:[Vv]isit|trip)\s+to\s+(?:the\s+)?$"
)
# "held talks with Modi in New Delhi during a five-day state visit", "on the second day of a
# three-day state visit": a visit told of without the country, which is where the talks were.
VISIT_DURING = re.compile(
    r"\b(?:during|(?:on\s+)?the\s+[\w-]+\s+day\s+of|closing|rounding\s+off|in\s+the\s+course\s+of)"
    r"\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:(?P<kind>state|official|working)\s+)?"
    r"visit\b(?!\s+(?:to|by)\b)",
    re.I,
)
# "Kihara is expected to visit London", "visited Manila and Hanoi": the visit, told by its verb.
VISIT_VERB = re.compile(
    r"\b(?:visit|visits|visited)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*,?\s+(?:and\s+)?(?:the\s+)?){0,3}$"
)
# "toured the Souda Bay naval base", "visited Naha Air Base", "toured flood-wrecked Derna": a
# visit to a place of its own, named by the place.
TOURED = re.compile(
    r"\b(?P<verb>toured|visited|inspected|went\s+aboard)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
FACILITY = re.compile(
    r"\b(?:Base|Camp|Station|Yard|Shipyard|Plant|Headquarters|Pavilion|Academy|Barracks|Garrison"
    r"|Airfield|Fort|Memorial|Museum|Cemetery|Unit|Command|Dockyard|Arsenal|Range)\b"
)
# "... toured the base with Mitsotakis": the one who went round it alongside the visitor.
TOURED_WITH = re.compile(r"^[^,;]{0,40}?\bwith\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s+){1,8}$")
# "will travel to Japan and the Philippines later this month": a trip still to come.
TRAVEL_TO = re.compile(
    r"\btravel\s+to\s+(?:the\s+)?(?:[A-Z][\w.'’-]*,?\s+(?:and\s+)?(?:the\s+)?){0,3}$"
)
# "Blinken landed in Beijing ..., the first visit to China": arriving is the visit, when the
# sentence calls it one.
ARRIVED_IN = re.compile(
    r"\b(?:arrived|landed|flew|went\s+on|travell?ed(?:\s+on)?|is|was)\s+(?:in|into|to)\s+(?:the\s+)?$"
)
# "called on Prime Minister Modi", "paid a call on the President": a visit to an official.
CALLED_ON = re.compile(
    rf"\b(?:call(?:ed|s|ing)?|{PAID_A_CALL})\s+on\s+"
    # "called on three of the visitors in New Delhi on June 10: A, B and C": the list after
    # the colon is whom.
    r"(?:(?:two|three|four|five|six|several|each|all)\s+(?:of\s+)?[^:;.]{0,60}?:\s+)?"
    # "called on the Prime Minister of Vietnam, H.E. Mr Pham Minh Chinh", "called on the Royal
    # Thai Army's commander-in-chief, Gen. Charoenchai Hinthao"
    r"(?:(?:the\s+)?[A-Z][\w.'’-]*,?\s+|of\s+"
    r"|(?:commander(?:-in-chief)?|chief|head|counterpart|minister|secretary|president),?\s+"
    # "called on junta leader Senior Gen. Min Aung Hlaing"
    r"|(?:[a-z]+\s+)?(?:leader|ruler|chairman|chairwoman|king|emir|sultan),?\s+"
    # "called on former Prime Minister Kishida and on former Prime Minister Suga"
    r"|(?:former|then|outgoing|incoming|acting)\s+|and\s+(?:on\s+)?){0,10}$"
)
# "Luzon, Palawan and Antique": after a second place, a list goes on (not "Alaska, on May 5").
LISTED_ON = re.compile(rf"\s+and\s|,\s+(?:and\s+)?(?!{SHORT_DAY_OR_MONTH}\w*)(?:the\s+)?[A-Z]")
# "a special message from President Marcos", "on behalf of": words carried, not a presence.
SENT_BY = re.compile(
    r"\b(?:(?:message|letter|greetings?|note|regards)\s+(?:from|of)|on\s+behalf\s+of"
    # "Standing in for President Biden at the summit, Blinken ...": the one who stayed away
    r"|(?:[Ss]tanding|[Ss]tood|[Ss]tands|[Ff]illing)\s+in\s+for|[Ii]n\s+place\s+of"
    # "On the directives of King Salman, the Crown Prince received ...": the one who sent him
    r"|(?:[Oo]n|[Aa]t|[Uu]nder)\s+the\s+(?:directives?|directions?|instructions?|orders?)\s+of"
    # "as the administration of President Donald Trump gets under way": a government, not a guest
    r"|(?:administration|government|cabinet|presidency|tenure|term|era)\s+of"
    # "offered condolences on the death of Sultan Qaboos"
    r"|(?:death|passing|funeral|memory)\s+of"
    # "briefed President Putin on his discussions with Foreign Minister Lavrov": talks told of
    r"|\bon\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:talks|discussions|meetings?"
    r"|conversations?|exchanges?|calls?)\s+with)"
    # "a letter from King Charles III", "the state funeral of former PM Shinzo Abe"
    # "... of the Custodian of the Two Holy Mosques King Salman": titles with "of the" in them
    r"\s+(?:the\s+)?(?:(?:former|late)\s+)?(?:(?:[A-Z][\w.'’-]*,?|of|the|and)\s+){0,10}$"
)
# "Russia's full-scale invasion", "China's actions": a country spoken of, not acting.
COUNTRY_SPOKEN_OF = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}(?:invasion|war|aggression|attacks?|annexation"
    r"|occupation|coast|coastline|territory|waters|claims?|actions|behaviou?r|threats?|missiles?"
    r"|launch\w*|strikes?|raids?|incursions?|provocations?"
    # "to depend less on American suppliers": a country's goods, not a party
    r"|suppliers?|supplies|weapons|arms|tariffs)\b"
)
# "..., to Hanoi, where he held talks": the place a relative clause's event happened at.
WHERE_CLAUSE = re.compile(r",\s+where\b")
# "flew from New Delhi to Hanoi": where a traveller set out from.
# "..., a day after the summit in Wilmington", "ahead of the talks in Tokyo": an event named to
# date what the sentence tells, with its own place.
# "two days after", "shortly after": how long after an event that dates another.
_LAPSE = (
    r"(?:a|one|two|three|four|five|several|the|just|shortly|hours|days)\s+(?:days?\s+|weeks?\s+)?"
)
EVENT_AS_TIME = re.compile(
    rf",\s+(?:{_LAPSE})?(?:after|before|ahead\s+of|following)\s+(?:the|a|an|this|last|their|its)\s"
)
FROM_PLACE = re.compile(r"\b(?:from|left|leaving|departed)\s+(?:the\s+)?$")
# "held their first telephone conversation on January 16 and first met in person on
# February 21": a call, then a meeting.
CALL_THEN_MET = re.compile(
    r"\b(?:call|conversation|spoke|phoned|telephoned|talked)\b[^;]*?,?\s+and\s+"
    r"(?:then\s+|later\s+|first\s+|subsequently\s+)?(?P<met>met|sat\s+down|held\s+talks)\b"
)
# "since Austin met Wei in November 2022", "held talks with A in February and with B in May":
# an encounter of its own, not a name in passing.
MET_THEN = re.compile(r"\b(?:met|meet|with|spoke|called\s+on|sat\s+down)\b")
# "paid a visit to", but not "after a meeting with his visiting counterpart" or "held talks
# with Modi during a state visit".
A_VISIT = re.compile(
    r"^(?!.*\b(?:met|held\s+(?:[\w-]+\s+){0,4}?talks)\b).*\bvisit(?!ing\b)(?!.*\b(?:meeting|talks)\b)"
)
# "Kamikawa and Kihara met Marcos at the palace, and held a 2+2 with Teodoro and Manalo": one
# subject, two acts, each with counterparts of its own.
FIRST_ACT = re.compile(
    r"\b(?:met(?:\s+(?:separately\s+)?with)?|held\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?)\s+with"
    r"|called\s+on|sat\s+down\s+with"
    r"|received"
    # "On December 2 he saw Kuleba and then ...", "Morawiecki saw Macron ..."
    r"|(?<=\bhe\s)saw|(?<=\bshe\s)saw|(?<=[a-z]\s)saw(?=\s+[A-Z])"
    r"|paid\s+a\s+courtesy\s+call\s+on|had\s+(?:a\s+)?(?:breakfast|lunch|dinner|talks|meeting)\s+with)\b"
)
# "... and saw Singh and Modi on Mar. 17": a second encounter, with other people.
SECOND_ACT = re.compile(
    r",?\s+and\s+(?:then\s+|later\s+|also\s+|subsequently\s+|separately\s+)?"
    r"(?:met|held|hosted|called\s+on|paid|saw|spoke\s+with|talked\s+with"
    # "saw Kuleba and then spent about half an hour with Lavrov"
    r"|spent\s+(?:[\w-]+\s+){0,4}?with"
    # "held talks with Gakosso and was received by President Sassou Nguesso"
    r"|(?:was|were)\s+(?:also\s+|then\s+|later\s+)?received\s+by)\b"
)
# "Biden met separately with A, B and C, and he and Chinh attended the summit": a clause of
# its own, with a subject of its own.
OWN_CLAUSE = re.compile(
    r",\s+and\s+(?:(?:on|by)\s+(?:\w+\s+)?\d{1,2}(?:\s+\w+)?\s+|(?:later\s+)?(?:that|the\s+next)"
    r"\s+(?:afternoon|evening|morning|day)\s+)?"  # "..., and on 13 June he held talks with Johnson"
    # "..., and Haftar also held talks with Shoigu": one named before, now the subject.
    r"(?P<subject>(?:he|she|they)(?:\s+and\s+[A-Z][\w-]+)?|(?-i:[A-Z][\w-]+)"
    # "..., and the secretary went on to talks with Chaves": the one so titled before
    r"|the\s+(?:secretary|minister|president|prime\s+minister|premier|chancellor|envoy))\s+"
    r"(?:also\s+|then\s+|later\s+)?"
    r"(?:attended|visited|toured|signed|addressed|inspected|witnessed|joined|opened|met"
    r"|went\s+on\s+to\s+(?:talks|meet|see|hold)"
    # "..., and she was also received by President Pena": another encounter
    r"|held\s+(?:[\w-]+\s+){0,4}?(?:talks|meetings?)"
    r"|(?:was|were)\s+(?:also\s+|then\s+|later\s+)?received\s+by)\b"
)
# "...; the President also held a call with Moon": a clause that is a sentence of its own.
OWN_SENTENCE = re.compile(
    # "...; a day later in Benghazi they held talks with ...": the clause with its opening.
    r";\s+(?P<lead>(?:(?:a|the)\s+(?:day|week)\s+later|(?:the\s+)?(?:next|following)\s+day"
    r"|later|then)(?:\s+in\s+[A-Z][\w-]+)?,?\s+)?"
    r"(?P<subject>(?:he|she|they|the\s+(?:President|Secretary|Minister|Prime\s+Minister"
    r"|Premier|Chancellor)))\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:met|held|spoke|called|visited|attended|signed|hosted|received|talked)\b"
)
# "..., telling reporters that he had spoken with Erdogan over the weekend": an encounter of
# another day, told in reported speech after the act of the sentence.
TOLD_AN_ACT = re.compile(
    r",\s+(?:telling|saying|adding|noting|revealing|disclosing)\s+(?:[\w'’-]+\s+){0,5}?that\s+"
    r"(?P<subject>he|she|they)\s+(?:had\s+|has\s+|have\s+)(?:already\s+|also\s+|earlier\s+)?"
    r"(?:spoken|talked|met|phoned|called|held)\b"
)
# The verbs of an act told before such a clause.
AN_ACT = re.compile(r"\b(?:met|held|spoke|called|talked|visited|hosted|received|signed)\b")
# "went on to talks with A, B and C", "a tour of ...": a traveller seeing people one by one.
ON_A_TOUR = re.compile(
    r"\b(?:(?:went|going|moved|moving|flew|flying)\s+on\s+to|travell?(?:ed|ing)\s+on|tour|stops?"
    # "talks with the Sultan in Brunei before flying to Singapore to meet Wong"
    r"|before\s+(?:travell?ing|flying|heading|going|moving)\s+(?:on\s+)?to|in\s+turn|respectively"
    r"|series\s+of\s+(?:[\w-]+\s+)?(?:meetings|talks|bilaterals)"
    r"|one\s+after\s+another|each\s+in\s+turn|separately)\b",
    re.I,
)
# "a three-day state visit": the kind of visit readers name it by.
VISIT_KIND = re.compile(r"\b(?P<kind>state|official|working)\s+visit\b", re.I)
# "spent Sunday in back-to-back meetings, receiving A, B and C": one after another, even
# where the verb ("received") would otherwise seat them together.
BACK_TO_BACK = re.compile(r"\b(?:back-to-back|one\s+by\s+one|one-on-one\s+meetings)\b", re.I)
# "used the margins of the summit to meet A, B, C and D": each seen on his own, however many
# sat in the summit itself.
MARGINS_TO_MEET = re.compile(
    r"\b(?:margins|sidelines)\s+of\s+(?:[\w'’-]+\s+){1,5}?to\s+(?:meet|see|hold\s+talks\s+with)\b",
    re.I,
)
# "a working dinner": what analysts call the encounter over a meal.
MEAL = re.compile(
    r"\b(?:working\s+|official\s+|state\s+)?(?:dinner|lunch|luncheon|breakfast|banquet)\b", re.I
)
# "At a joint news conference with Kristersson, Stoltenberg said ...": the two appeared together.
_PRESS_CONFERENCE = r"(?:joint|closing)\s+(?:press|news)\s+conferences?"
PRESS_CONFERENCE = re.compile(rf"\b{_PRESS_CONFERENCE}\b", re.I)
# "a state dinner that Marape hosted for Albanese", "Marape hosted a dinner for Albanese"
HOSTED_FOR = re.compile(
    r"\bhost(?:ed|s)\b(?:\s+\S+){0,4}?\s+(?:for|in\s+honou?r\s+of)\s+(?:[A-Z][\w.'’-]*\s+){0,4}$"
)
# "hosted A and B", "a trilateral with A and B", "met A and B together": one sit-down of all.
ONE_SITDOWN = re.compile(
    r"\b(?:trilateral|three-way|quadrilateral|four-way|together|jointly|joint|hosted|hosts|host"
    r"|welcomed|received|gathered|convened|joined|summit|leaders|ministers|all|three|four|five)\b",
    re.I,
)
# "..., prompting the U.S. Coast Guard to shadow the ships": those who react take no part.
REACTION = re.compile(r",\s+(?:prompting|drawing|triggering|forcing)\b")
# "in", "off the coast of": a place NER found is where something happened.
# "drills around Taiwan", "a visit to Taiwan", not "arms sales to Taiwan": a place named as one.
ON_THE_ISLAND = re.compile(
    r"\b(?:in|around|near|off|across|visit(?:ed|ing|s)?|(?:visit|trip)\s+to)\s+(?:the\s+)?$"
)
PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|to|from|off|across|coast of|waters of|waters off)\s+(?:the\s+)?$"
)
# A title that is only a military rank (or nothing): no word on the office held. Unlike
# RANK_ONLY (abbreviations in an apposition), it reads the ranks spelt out.
RANK_TITLE = re.compile(
    r"(?:(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Vice|Rear|Air|Chief|Four-Star)\s+)*"
    r"(?:General|Gen\.?|Admiral|Adm\.?|Marshal|Colonel|Col\.?|Commodore))?"
)
# Where officials are often known by a given name: "Prabowo", "Anwar", "Retno".
GIVEN_NAME_COUNTRIES = frozenset({"Indonesia", "Malaysia", "Brunei", "Thailand"})
# "Yoon–Mohamed bin Zayed summit": a Gulf ruler or prince of one of these houses is called by
# his name and his father's, not by the house ("Mohamed bin Zayed Al Nahyan").
ROYAL_HOUSES = frozenset(
    "Nahyan Saud Thani Khalifa Said Sabah Maktoum Qasimi Nuaimi Sharqi Mualla".split()
)
# "The following day she flew to Seoul": the one the item is about.
PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
# "Talks with Prime Minister Morawiecki centred on ...": talks with no one named as holding them.
# "His programme also included meetings with A and B": the day of the one told of.
TALKS_OPEN = re.compile(
    r"(?:(?:The|His|Her)\s+)?(?:[Tt]alks|[Dd]iscussions|[Mm]eetings?)\s+with\s+(?=[A-Z])"
    r"|(?:His|Her)\s+(?:programme|program|schedule|agenda|itinerary)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:included|featured|took\s+in)\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|calls)\s+"
    r"(?:with|on)\s+(?=[A-Z])"
)
# "They held their first telephone conversation on January 16", "They also signed a revised
# plan": a sentence led by the pair.
THEY_LEAD = re.compile(
    # "At the close of the session they signed ...": after a phrase saying when or where
    r"(?:[A-Z][\w.]*(?:\s+\d{1,2})?,\s+|(?:At|After|Before|On|In|Later|Afterwards|Then)\b"
    r"[\w ,-]{0,40}?\s+(?=they\b))?(?:[Tt]hey|Both)\s+(?:also\s+|then\s+|first\s+|later\s+"
    # "Both had attended the Quad Leaders' Summit in Hiroshima": the pair, there together
    r"|had\s+(?=attended))?"
    r"(?:held|met|spoke|talked|had|sat|signed|inked|issued|adopted|exchanged|concluded"
    r"|attended)\b"
)
# "Duda phoned him", "Albanese hosted her": someone named before, met or called.
OBJECT_PRONOUN = re.compile(
    r"\b(?:phoned|telephoned|called|rang|hosted|received|welcomed|greeted|met|visited"
    r"|congratulated|(?:held\s+talks|spoke|talked|met)\s+(?:by\s+phone\s+)?with)\s+(?:him|her)\b"
)
# The words that tell of an event, named or not.
EVENT_WORD = re.compile(r"(?<![\w+])(?:meeting|summit|dialogue|2\+2|talks|consultations|visit)\b")
# "the commitment made at their second 2+2 in Tokyo": the place of that meeting, told in passing.
MEETING_PLACE_BEFORE = re.compile(
    r"(?<![\w+])(?:meeting|summit|dialogue|2\+2[\"”]?|talks|consultations)\s+(?:in|at)\s+(?:the\s+)?$"
)
# "Assistant Secretary of State Kritenbrink", "Under Secretary of Defense Colin Kahl": titles
# only Washington gives.
US_ONLY_TITLE = re.compile(
    r"\b(?:(?:Assistant|Deputy|Under)\s+Secretary\s+of\s+(?:State|Defense)|Secretary\s+of"
    r"\s+(?:Defense|Homeland\s+Security|the\s+(?:Army|Navy|Air\s+Force)))\b"
)
# What may stand before a title set off after a name: "the", "then", "acting", other title
# words ("Principal Deputy ...").
TITLE_LEAD = re.compile(r"(?:(?:the|a|an|then|now|acting|former|[A-Z][\w.-]*)\s+)*")
CEREMONY = re.compile(
    r"\b(?P<kind>opening|closing|arrival|welcome|handover)\s+ceremon(?:y|ies)\b"
    # "Kamandag 8 got under way on Oct. 15 with a ceremony at Fort Bonifacio", "opened at a
    # ceremony in Libreville", "declared the exercise open at a ceremony": its opening.
    r"|\b(?P<opened>opened|began|got\s+under\s+way|kicked\s+off|started|declared\b[^.;]{0,40}?"
    r"\bopen)\b[^.;]{0,60}?\b(?:with|at)\s+an?\s+ceremony\b"
    # "ended with a ceremony in Lagos": its closing.
    r"|\b(?P<closed>closed|ended|wrapped\s+up|concluded)\b[^.;]{0,60}?\b(?:with|at)\s+an?"
    r"\s+ceremony\b",
    re.I,
)
LOOKED_ON = re.compile(
    r"\b(?:witness(?:ed|es|ing)|watch(?:ed|es|ing)|look(?:ed|s|ing)\s+on)\b", re.I
)
CHANGE_OF_COMMAND = re.compile(
    r"\bchange[- ]of[- ]command(?:\s+ceremony)?\s+(?:at|of|for)\s+(?:the\s+)?"
    r"(?P<unit>(?:U\.S\.\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d+\w*)){0,4})"
    # "handed command of NATO's Kosovo Force (KFOR) to ...": named by the acronym, if given
    r"|\b(?:handed|passed|relinquished|transferred)\s+(?:over\s+)?command\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w.]*['’]s?\s+)?(?P<whole>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d+\w*)){0,4})"
    r"(?:\s+\((?P<short>[A-Z][\w-]+)\))?"
)
# "did not meet", "declined to hold talks with", "no formal talks took place between": an
# encounter the sentence denies.
NO_ENCOUNTER = re.compile(
    r"\b(?:did\s+not|didn't|will\s+not|won't|would\s+not|never|declined\s+to|refused\s+to"
    r"|failed\s+to)\s+(?:[a-z]+\s+){0,2}?(?:meet|hold\s+(?:a\s+|any\s+)?(?:[a-z-]+\s+)?"
    r"(?:talks|meeting|summit)|speak|talk|sit\s+down)\b"
    r"|\bno\s+(?:(?:formal|bilateral|one-on-one|separate|face-to-face)\s+)*(?:talks|meetings?"
    r"|encounters?)\s+(?:took\s+place|was\s+held|were\s+held|is\s+planned|are\s+planned"
    r"|between|with)\b"
    r"|\bwithout\s+(?:a\s+|any\s+)?(?:meeting|talks)\b"
    # "the two men held no meeting", "had turned down a U.S. proposal for talks with Austin"
    r"|\bheld\s+no\s+(?:[a-z-]+\s+)?(?:meetings?|talks)\b"
    r"|\b(?:turned\s+down|declined|rejected|refused)\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,2}"
    r"(?:proposal|request|invitation|offer)\s+for\s+(?:talks|a\s+meeting)\b"
    # "officials ruled out any meeting between the two ministers"
    r"|\bruled\s+out\s+(?:a|an|any)\s+(?:[a-z-]+\s+)?(?:meeting|talks|encounter)\b"
)
MEET = re.compile(
    r"\b(?:met|meet|meets|meeting|(?:one-on-one|bilateral|back-to-back)\s+meetings|meetings\s+with"
    # "opened his round of bilaterals with Aliyev", "a bilateral with Albanese", "Carney's
    # bilateral with Modi"
    r"|bilaterals|(?:(?<=\ba\s)|(?<=['’]s\s))bilateral(?=\s+with\b)"
    # "opened two days of talks with Yang", "began consultations with"
    r"|(?:held|opened|began|concluded)\s+(?:[\w-]+\s+){0,4}?(?:talks|discussions|consultations"
    r"|meetings|sessions|working\s+session)"
    # "briefed Prime Minister Netanyahu on the talks", "briefed Alaska's two senators": an
    # office holder; not "briefed reporters", nor "briefed participants" at a meeting
    r"|briefed\s+(?:(?:his|her|their|the)\s+)?(?:[\w.'’-]+\s+){0,3}?(?:president|prime\s+minister"
    r"|minister|secretary|king|emir|chancellor|premier|senators?|speaker|counterparts?)\b"
    # "leaving host Prime Minister Carney to steer the sessions": the host, not hosting
    # "reached Peru after talks earlier this month with Xi in Beijing and Biden"
    r"|(?<=after\s)talks\s+(?:[\w-]+\s+){1,4}?with|(?<=following\s)talks\s+(?:[\w-]+\s+){1,4}?with"
    r"|talks with|hosted|(?<!leaving\s)(?<!\bas\s)(?<!\bthe\s)host|visited|visit|received"
    # "Wallace joined Estonian Defence Minister Pevkur ... at the Tapa base": beside him there
    r"|(?<=[a-z]\s)join(?:ed)?(?=\s+(?:[\w.'’-]+\s+){0,3}?(?:president|prime\s+minister|minister"
    r"|secretary|chancellor|counterparts?)\b(?!-)[^.;]{0,80}?\b(?:at|in|for|on\s+a)\s)"
    # "By then Wang was hosting Lavrov in Guilin"
    r"|(?<=was\s)hosting|(?<=were\s)hosting"
    # "Donfried was handed Russia's written proposals by Deputy Foreign Minister Ryabkov"
    r"|(?<=was\s)handed(?=\s[^.;]{0,80}?\sby\s)"
    # "the minister also saw Uzbek FM Saidov": not "the year saw", nor "saw it as"
    r"|(?:(?<=also\s)|(?<=then\s)|(?<=later\s)|(?<=separately\s)|(?<=\bhe\s)|(?<=\bshe\s)"
    # "The Secretary saw Payne in Tokyo the same day": a title as the subject
    r"|(?<=secretary\s)|(?<=minister\s)|(?<=president\s)|(?<=premier\s)|(?<=chancellor\s))saw"
    # "Morawiecki saw French President Macron in Paris": a named subject and a named person; not
    # "the week saw Japanese ships", "which saw Australian forces"
    r"|(?<=[a-z]\s)(?<!which\s)(?<!that\s)(?<!year\s)(?<!week\s)(?<!month\s)(?<!\bday\s)"
    r"(?<!who\s)(?<!\bhe\s)(?<!she\s)(?<!also\s)(?<!then\s)(?<!later\s)saw(?=\s+(?:[\w-]+\s+)?"
    r"(?i:president|prime\s+minister|chancellor|(?:foreign|defen[cs]e)\s+(?:minister|secretary)"
    r"|secretary|minister|king|emir|crown\s+prince)\b)"
    # "Khan greeted him on arrival": the host meeting a guest, not "greeted the news"
    r"|greeted(?!\s+(?:with|the\s+(?:news|decision|announcement|move|deal|agreement|result|outcome"
    r"|plan|proposal|statement|report|crowds?)\b))"
    # "In bilateral talks on May 26, Yoon and Kishida agreed", "followed up with bilateral talks"
    r"|(?:in|with)\s+(?:their\s+)?(?:bilateral|one-on-one)\s+(?:talks|meetings?)"
    # "had a one-on-one conversation with Macron"
    r"|(?:had|shared)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:talks|conversation|discussions?|meetings?"
    r"|sessions?|breakfast|lunch|dinner|luncheon)\s+with"
    # "Lee and Austin also had a short pull-aside before the session"
    r"|(?:had|held)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?pull-?asides?"
    # "held a separate bilateral with Lavrov"
    r"|(?:had|held)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?bilateral\s+with"
    # "is to welcome his counterparts": the verb, not "thanked him for the welcome"
    r"|welcomed|(?<=to\s)welcome|(?<=will\s)welcome"
    r"|gathered|sat down|conferred|discussed|summoned|compared\s+notes"
    # "The summit brought Biden together with Michel and von der Leyen"
    r"|brought\s+(?:[\w.'’-]+\s+){1,6}?together\s+with"
    # "The two presidents spent about three hours together"
    r"|spent\s+(?:[\w-]+\s+){0,4}?(?:hours?|minutes|days?|evening|morning|afternoon)\s+together"
    # "spent the morning in Warsaw with his Polish counterpart", "spent most of the day with"
    r"|spent\s+(?:[\w-]+\s+){0,3}?(?:hours?|days?|evening|morning|afternoon)"
    r"\s+(?:(?:in|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?with"
    # "Over a working dinner in Seoul, Blair and Brekelmans compared notes"
    r"|over\s+(?:a\s+)?(?:[\w-]+\s+)?(?:dinner|lunch|breakfast|luncheon)"
    # "went to London for a dinner with Johnson", "closed the day with Suga"
    r"|for\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:dinner|lunch|breakfast|luncheon)\s+with"
    r"|(?:closed|ended|wrapped\s+up|rounded\s+off)\s+(?:the|his|her)\s+(?:day|visit|trip)\s+with"
    rf"|{_PRESS_CONFERENCE})\b"
)
# Taking part in a meeting the sentence names: "travelled to Queenscliff for the 2+2".
ATTEND = re.compile(
    r"\b(?:attended|attend|attends|travell?ed to|flew to|arrived in|joined|open(?:ed|ing) the"
    # "are due in Tokyo for a 2+2", "will travel to Manila for the talks", "heads to Vientiane"
    r"|(?:travel|travels|travell?ing|heads?|headed|heading)\s+to|(?:is|are)\s+due\s+(?:in|at)"
    r"|clos(?:ed|ing) the|address(?:ed|ing) the|spoke at|keynote|represent(?:ed|s|ing)\b[^,;]{0,40}?\bat"
    # "appeared together on a panel at the Raisina Dialogue"
    r"|appeared\b[^,;]{0,40}?\b(?:at|in)\s+the"
    r"|(?:was|were)\s+(?:also\s+)?(?:among\s+(?:those|the\s+(?:[a-z]+\s+){0,2}(?:officials"
    r"|leaders|ministers|guests|dignitaries|attendees|participants))\s+(?:present\s+at|at"
    r"|around\s+the\s+table|present|attending|in\s+attendance|taking\s+part)|present"
    r"|in\s+attendance)"
    # "opened with a speech by Prime Minister Hun Sen"
    r"|(?:speech|remarks|address|keynote)\s+by)\b"
)
# "Harris represented Washington at the EAS, which Albanese and Li also attended": being
# there, not sitting down together ("were among those around the table", "joined" are).
ONLY_ATTENDED = re.compile(r"\b(?:attended|attends|represent(?:ed|s|ing))\b")
# "Singh led the Indian delegation and Liu the Chinese one", "the Australian side was led by
# Moriarty", "led their delegations": heads of delegations at talks.
LED_DELEGATIONS = re.compile(
    r"\b(?:led|headed)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:delegations?|side)\b|\b(?:delegations?|side|team)(?:\s+(?:to|at|for)\s+[^,;]{0,40}?)?"
    r",?\s+(?:(?:was|were)\s+)?(?:led|headed)\s+by\b"
)
# "held talks with the sultan before the two leaders co-chaired a meeting of their
# delegations": an encounter told first, the chairing only after it.
CHAIRED_AFTER_TALKS = re.compile(
    r"\b(?:met|held\s+(?:[\w-]+\s+){0,2}?talks\s+with)\b[^;]*?\b(?:before|then|after\s+which)"
    r"\s+(?:the\s+two(?:\s+[a-z]+)?|they|both(?:\s+[a-z]+)?)\s+(?:jointly\s+)?co-?chaired\b"
)
# "Hegseth attended and told allies ...": attending the meeting the item just told of.
BARE_ATTEND = re.compile(
    r"\battended(?:\s+as\s+well|\s+too|\s+in\s+person)?\s*(?:[,.;]|and\b|$)"
    # "Guaidó attended in defiance of a travel ban"
    r"|\battended\s+(?:in\s+defiance\s+of|despite|against)\s"
    # "Orbán joined as head of an observer state"
    r"|\bjoined\s+as\s+(?:an?\s+|the\s+)?(?:head|leader|observer|guest)s?\b"
    # "Güler attended alongside Crosetto, as did Osmani": all of them at it
    r"|\battended\s+(?:alongside|together\s+with)\s"
    # "A and B were among those around the table", "... were also present"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:among\s+(?:those|the\s+(?:[a-z]+\s+){0,2}(?:officials"
    r"|leaders|ministers|guests|dignitaries|attendees|participants))\s+(?:(?:around|at)\s+the\s+table"
    r"|present|attending|in\s+attendance|taking\s+part)|present|in\s+attendance)\b"
)
# "Trump's other sit-downs in Osaka included a dinner with A, talks with B and ...": one
# official's encounters, listed.
WHOSE_MEETINGS = re.compile(
    r"['’]s\s+(?:(?:other|own|bilateral|separate|sideline)\s+)*(?:sit-downs|meetings|bilaterals"
    r"|encounters|engagements)\b[^;.]{0,80}?\b(?:included|took\s+in)\b"
)
# "spoke with A about the strait, and with B about trade": one encounter with each.
WITH_AND_WITH = re.compile(r"\bwith\s+[^;]+?,?\s+and\s+with\s")
# "talks with Wang, a day after meeting Lavrov", "met A, then B": a second encounter of its own.
LATER_ACT = re.compile(
    r"\b(?:after|before)\s+(?:(?:meeting|seeing|calling)(?:\s+with)?|(?:holding\s+)?talks\s+with)\s"
    r"|,\s+(?:and\s+)?then\s+(?:with\s+)?(?=[A-Z])"
    # "talks with Reynolds and then with Mordaunt", "met Singh and later Doval", "... and
    # then called on Kishida"
    r"|\s+and\s+(?:then|later)\s+(?:with\s+|(?:met|called\s+on|held\s+talks\s+with"
    r"|sat\s+down\s+with)\s+)?(?=[A-Z])"
    # "he held talks with Safadi, and on Nov. 24 he called on Khalifa": another day's act
    r"|,\s+and\s+on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|[A-Z][a-z]+day)\s+(?:he|she)\s"
)
# "the Nov. 14 meeting in Bali between President Biden and President Xi": an encounter of
# its own, whatever else the sentence is about.
MEETING_BETWEEN = re.compile(
    r"\b(?P<kind>meeting|talks|summit|call|conversation)\b"
    r"(?P<gap>(?:(?!\b(?:meeting|talks|summit|call|which|who|where)\b)[^;,()])*?)\bbetween\s"
)
BROKERED = re.compile(
    r"\b(?:hosted|brokered|mediated|chaired|convened|arranged)\s+(?:the\s+|a\s+)?$"
)
# "a phone call between the two leaders": the two the item has named.
THE_TWO = re.compile(
    r"(?:the\s+)?two\s+(?:leaders|ministers|secretaries|men|women|officials|counterparts"
    r"|presidents|prime\s+ministers|chiefs)\b"
)
# "... between A and B": the second of the pair follows with nothing but a title between.
AND_NEXT = re.compile(r"\s*,?\s+and\s+[^,;]*$")
# "gave the opening address", "in his Feb. 15 speech", "addressing the conference": a speaker
# at the gathering told of.
GAVE_SPEECH = re.compile(
    r"\bgave\s+(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,2}(?:address|speech|keynote)\b"
    r"|\b(?:in|during|used|spent\s+(?:much|most|part)\s+of)\s+(?:his|her)\s+(?:[\w.-]+\s+){0,3}"
    r"(?:speech|address|keynote)\b"
    r"|\b(?:addressing|addressed|telling|told)\s+(?:the\s+)?(?:delegates|conference|forum"
    r"|gathering|audience|plenary|participants)\b"
    r"|\b[Aa]t\s+a\s+(?:town\s+hall|panel|plenary)\b"
)
# "held bilateral talks with, among others, Wang Yi, Le Drian and Maas": one encounter each.
# "Motegi's schedule also took in meetings with Lavrov and Zarif": one meeting with each.
# "Dadae and Marape each received him": one encounter per host.
EACH_SAW = re.compile(
    r"\beach\s+(?:separately\s+)?(?:received|met|hosted|welcomed|called\s+on|held\s+talks\s+with"
    r"|spoke\s+(?:by\s+(?:phone|telephone)\s+)?with)\b"
)
BILATERALS_WITH = re.compile(
    r"\bbilateral\s+(?:talks|meetings|discussions|consultations)\s+with\b|\bbilaterals\s+with\b"
    r"|\bmeetings\s+with\b"
)
# "at the summits in Kuala Lumpur, where she met Marcos and Albanese": a gathering's
# bilaterals, one per counterpart, unless the sentence tells of one session together.
GATHERING_WORD = re.compile(
    r"\b(?:summits?|forum|dialogue|conference|sidelines|margins?|assembly)\b"
)
# "the 2023 Camp David summit, where A, B and C agreed to ...": those who sat in it.
WHERE_THEY_AGREED = re.compile(
    r"\b(?:summit|meeting|talks|dialogue|conference)"
    r"(?:\s+(?:at|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?,?\s+where\s+[^;]{0,200}?"
    r"\b(?:agreed|pledged|signed|issued|adopted|announced|decided|committed|launched)\b"
)
WHERE_MET = re.compile(
    r",\s+where\s+(?:he|she|they|[A-Z][\w-]+)\s+(?:also\s+)?(?:met|held\s+talks\s+with|had\s+talks\s+with)\b"
)
# "Albanese, attending the G7 summit as an outreach partner, met Yoon": a gathering set off
# as where the subject was, then an encounter of his own.
ATTENDING_ASIDE = re.compile(
    r",\s+(?:who\s+(?:was|is)\s+)?(?:attending|in\s+town\s+for|there\s+for)\s+[^,;]{3,120},"
    r"\s+(?:also\s+|then\s+)?(?:met|held\s+talks\s+with|had\s+talks\s+with|sat\s+down\s+with)\b"
)
TOGETHER = re.compile(
    r"\b(?:trilateral|three-way|four-way|quadrilateral|jointly|together|joint|three|four)\b"
    # "met his French, German and British counterparts": the group of them, at one table
    r"|\b(?:his|her|their)\s+[a-z]+(?:,\s+[a-z]+)*,?\s+and\s+[a-z]+\s+counterparts\b",
    re.I,
)
# "..., with Rubio and Hegseth joining the talks": aides in the meeting the sentence tells of.
WITH_JOINING = re.compile(
    r"\bwith\s+(?:(?!\bwith\b)[^;])*?\bjoining\s+(?:the|their|them)(?:\s+(?:discussions?|talks|meeting"
    r"|session|conversation|call))?\b"
    # "..., with Foreign Minister Motegi also present": an aide in the room
    r"|,\s+with\s+(?:(?!\bwith\b)[^;,])*?\b(?:also|too)\s+(?:present|in\s+attendance)\b"
)
# "Luxon, accompanied by Foreign Minister Peters, held talks with ...", "Blinken met Chung,
# joined by Adm. Aquilino", "called on Wong, a meeting also attended by Zaqy": an aide set
# aside.
ACCOMPANIED_ASIDE = re.compile(
    r",\s+(?:who\s+was\s+)?(?:(?:a|the)\s+(?:meeting|call|session|talks)\s+(?:that\s+was\s+)?"
    r"also\s+attended|accompanied|joined)\s+by\s+[^,;]+(?:,|$)"
    # "Accompanied by A and B, she held talks with C": the aides before the subject
    r"|^(?:Accompanied|Joined|Flanked)\s+by\s+[^,;]+(?:,\s+[^,;]+)*?,(?=\s+(?:he|she|they)\s)"
)
# "A and B joined the foreign ministers at the table", "C joined D on the U.S. side of the
# table": seated at the meeting told of.
_AT_THE_TABLE = (
    r"\bjoined\s+[^,;]{0,60}?\b(?:at|around)\s+the\s+table\b|\bside\s+of\s+the\s+table\b"
    # "talks between the delegations, with A and B on the Turkish side"
    r"|\bwith\s+[^;]{0,120}?\bon\s+the\s+[A-Z][\w.-]*\s+side\b(?!\s+of\b)"
    # "Wang and Lavrov sat alongside Jaishankar at the session": fellow members in the room
    r"|\bsat\s+(?:alongside|beside|next\s+to)\s"
)
AT_THE_TABLE = re.compile(_AT_THE_TABLE)
# "..., while Putin brought A and B to the table": the other side's aides.
_BROUGHT_TO_THE_TABLE = r"\bbrought\s+[^.;]{0,120}?\bto\s+the\s+(?:table|talks)\b"
BROUGHT_TO_THE_TABLE = re.compile(_BROUGHT_TO_THE_TABLE)
# "He was accompanied on the visit by A and B": the trip told of already, not one of its own.
_ALONG_ON_TRIP = (
    r"\s+(?:on|during|for|throughout)\s+(?:the|his|her|this)\s+(?:visit|trip|tour|journey)"
)
_ON_IT = rf"(?:{_ALONG_ON_TRIP})?"
JOINED_IN = re.compile(
    r"\bjoined\s+(?:the|their|them\s+for\s+the)\s+(?:(?:expanded|restricted|plenary|formal)\s+"
    r"(?:(?:round|session)\s+of\s+)?)?(?:discussions?|talks|meeting|session"
    rf"|conversation|call)\b|\b(?<!who )(?:is|are|was|were)\s+(?:accompanied{_ON_IT}|flanked)\s+by\b"
    rf"|{_BROUGHT_TO_THE_TABLE}|{_AT_THE_TABLE}"
    # "The two leaders began in a restricted session, joined only by A and B"
    r"|\b(?:session|talks|meeting|format)\b[^,;]{0,40},\s+joined\s+(?:only\s+)?by\b"
    # "Assistant Secretary Kritenbrink also took part in the meeting"
    r"|\b(?:took\s+part\s+in|sat\s+in\s+on|participated\s+in|attended)\s+(?:the|their)\s+"
    r"(?:discussions?|talks|meeting|session|conversation|call)\b(?!\s+(?:of|on|with)\b)"
    # "Advisers A, B and C accompanied the leaders during the talks"
    r"|\baccompanied\s+the\s+(?:leaders|ministers|president|prime\s+minister)\s+(?:during|at|in)\b"
    r"|\bsat\s+(?:on|at|in)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?(?:side|table|delegation)\b"
    # "A, B and C were in the Turkish delegation"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:in|part\s+of|among|on)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?"
    r"(?:delegation|side|team)\b"
)
# "Macron flew into Noumea, accompanied by A, B and C.": his party, to the sentence's end.
ACCOMPANIED_TAIL = re.compile(r",\s+(?:accompanied|flanked)\s+by\s+[^;,]+(?:,\s+(?![a-z])[^;,]+)*$")
# The Union's institutions, whose heads sit on one side of a summit.
UNION_BODY = re.compile(
    r"European\s+(?:Council|Commission|Parliament|External\s+Action\s+Service|Union)"
    r"|Council\s+of\s+the\s+European\s+Union|EU"
)
# "The President was accompanied by A, B and C": his delegation.
ACCOMPANIED = re.compile(rf"\b(?:accompanied{_ON_IT}|flanked)\s+by\b")
ON_THE_VISIT = re.compile(rf"\baccompanied{_ALONG_ON_TRIP}\s+by\b")
CHAIR = re.compile(
    r"\b(?:co-?chair(?:ed|s|ing)?|chaired|chairing|led by|co-?hosted|convened by|co-?led|were led"
    # "presided over by A and B", "A and B led their delegations at the SCM"
    r"|(?:jointly\s+)?presided(?:\s+over)?|led\s+(?:their|the\s+two|both)\s+delegations)\b"
)
# "chaired by Malaysian Defence Minister Nordin, drew A and B": where a "by" phrase ends.
BY_PHRASE_END = re.compile(
    r",\s+(?:drew|brought|gathered|attracted|welcomed|was|were|had|opened|closed|ended|began"
    r"|took|focused|adopted|issued|agreed|discussed|which|where|while|during|after|before)\b|;"
)
# "The talks in New Delhi were co-chaired by A and B", "A and B co-chaired the meeting": an
# encounter the sentence names by a common noun only, held by those who chaired it.
_TALKS_NOUN = r"(?:[\w-]+\s+){0,3}?(?:talks|meeting|consultations|discussions|dialogue|session)\b"
CHAIRED_TALKS = re.compile(
    r"\b(?:co-?chair(?:ed|s)?|chaired|co-?led|presided\s+over)\s+(?:the|a|an)\s+"
    + _TALKS_NOUN
    + r"|^(?:[^,;]*?\b)?(?:the|this)\s+"
    + _TALKS_NOUN
    + r"[^,;]{0,50}?\b(?:was|were)\s+(?:jointly\s+)?(?:co-?chaired|chaired|co-?led|led|presided"
    r"\s+over)\s+by\b"
)
# "co-chaired a Franco-German Defence and Security Council": a meeting named by the body
# that sits in it, when the sentence names no other.
CHAIRED_NAMED = re.compile(
    r"\b(?:co-?chaired|chaired|co-?hosted)\s+(?:a|an|the)\s+(?:(?:first|second|third|fourth|fifth"
    r"|\d+(?:st|nd|rd|th)|annual|inaugural|joint|new)\s+)*"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:and\s+|of\s+(?:the\s+)?|for\s+|on\s+)?){1,7}"
    r"(?:Council|Commission|Committee|Board|Dialogue|Forum|Meeting|Consultations?|Talks|Session"
    r"|Conference|Summit|Group))\b"
)
THE_MEETING = re.compile(
    # "the meeting", "the three-day meeting", "Wednesday's session"
    # "the expanded round of talks"
    r"\b(?:the|[a-z]+day['’]s) (?:(?:\w+-day|\w+-long|annual|expanded|restricted|plenary|formal)"
    r"(?:\s+(?:round|session)\s+of)? )?(?:dialogue|meeting|talks|summit|working group|session|forum"
    r"|ceremony|signing|gathering|consultations|conference)\b"
    # "held talks with the summit host": a person named by the gathering, not the gathering
    r"(?!\s+(?:host|hosts|chair|chairs|venue|city|season)\b)"
)
# Between the last signatory named and the signing verb: an apposition or an adverb at most.
SIGNERS_GAP = re.compile(
    r"\s*(?:,[^,;]{0,80},\s*)?(?:(?:also|then|later|formally|jointly|together|each)\s+)*"
)
# "signed security agreements with A, B and C": one instrument each.
PLURAL_INSTRUMENT = re.compile(
    r"\b(?:agreements|pacts|deals|accords|treaties|memoranda|arrangements)$", re.I
)
# "agreements with Australia, the UK and France": where the partners of each are listed.
WITH_FIRST = re.compile(r"\s+with\s+(?:the\s+)?")
LIST_NEXT = re.compile(r"(?:,\s+|,?\s+and\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?")
SINGULAR_INSTRUMENT = {
    "agreements": "agreement", "pacts": "pact", "deals": "deal", "accords": "accord",
    "treaties": "treaty", "memoranda": "memorandum", "arrangements": "arrangement",
}  # fmt: skip
# "Starmer hosted a summit on Ukraine at Lancaster House": a gathering named by its words.
HOSTED_GATHERING = re.compile(
    r"\bhost(?:ed|s|ing)\s+(?:a|an)\s+(?!(?:[\w'-]+\s+){0,2}?(?:video|press|news|virtual|online)\b)"
    r"(?P<phrase>(?:[\w'-]+\s+){0,2}?"
    r"(?:summit|conference|gathering|forum|retreat)"
    r"(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w'-]*"
    r"(?:\s+(?!(?:at|in|on|with|and|to|for|from|by|as|the|a|an|that|which)\b)[A-Za-z][\w'-]*)"
    r"{0,2})?)"
)
# "ahead of the summit", "on the eve of the talks", "spoke by phone to prepare the meeting":
# a meeting that only dates another act.
TIMED_BY = re.compile(
    r"\b(?:ahead\s+of|before|prior\s+to|on\s+the\s+eve\s+of|in\s+preparation\s+for|in\s+the"
    r"\s+run-up\s+to|to\s+prepare(?:\s+for)?|preparing(?:\s+for)?|to\s+(?:lay\s+the\s+groundwork"
    r"|pave\s+the\s+way)\s+for"
    # "In connection with the signing, Valtonen held a bilateral meeting with Blinken"
    r"|in\s+connection\s+with"
    # "met Zelenskyy in New York, two days after the Quad summit": on a day of its own
    rf"|{_LAPSE}after)\s+"
    # "Ahead of the opening session of the NATO summit, Biden held talks with Stoltenberg"
    r"(?:the\s+(?:opening|start|closing|close|end)(?:\s+(?:session|day|ceremony|plenary))?\s+of\s+)?$"
)
# "arrived in Hanoi after attending the summit": the summit was at another time and place.
# "Before" and "ahead of" do not say so: "arrived in Tokyo ahead of the Quad summit" there.
ANOTHER_TIME = re.compile(r"\b(?:after|following|en\s+route|on\s+(?:the|his|her)\s+way)\b")
# "their first talks since they met in Seoul": a place of an earlier encounter, told after.
EARLIER_ENCOUNTER = re.compile(
    r"\b(?:since|after|before)\s+(?:(?:they|he|she|the\s+two(?:\s+\w+)?|[A-Z][\w-]+"
    r"(?:\s+and\s+[A-Z][\w-]+)?)\s+(?:had\s+|last\s+|first\s+)*"
    r"(?:met|visited|held|hosted|spoke|talked|sat\s+down)\b"
    # "their second, after a first session in Singapore": the first session's place
    r"|(?:a|the|their|its)\s+(?:first|previous|last|earlier|inaugural)\s+(?:\w+\s+)?"
    r"(?:session|meeting|round|summit|gathering)\b)"
)
DRILL_AS_TIME = re.compile(
    r"(?:^|[,;]\s+)(?:(?:right|just|shortly|soon|days|weeks)\s+)?(?:after|before|following"
    r"|ahead\s+of)\s+(?:the\s+)?$",
    re.I,
)
# "their second, after a first session in Singapore": a place of another sitting.
EARLIER_SESSION_IN = re.compile(
    r"\b(?:after|since|following)\s+(?:a|the|their|its)\s+(?:first|previous|last|earlier"
    r"|inaugural)\s+(?:\w+\s+)?(?:session|meeting|round|summit|gathering)\s+(?:in|at)\s+(?:the\s+)?$"
)
# "In Hanoi he and Phuc reached agreement", "In Madrid on 16 June he and Sanchez agreed": a
# place, then two who agreed there.
AGREED_THERE = re.compile(
    r"^(?:In|At)\s+[A-Z][^,;]{0,60}?,?\s+[^;]{0,80}?\b(?:and|with)\b[^;]{0,80}?"
    r"\b(?:agreed|reached\s+(?:an\s+)?(?:agreement|consensus)|concluded)\b"
)
THAT_EVENT = re.compile(r"\b(?:the|that)\s+(?:ceremony|signing|summit|meeting|talks)\b")
# "After the talks, the two secretaries called on Modi": what follows a meeting is not in it.
FOLLOWED = re.compile(r"\b(?:after|following|at\s+the\s+(?:end|close)\s+of)\s+$")
CALL_ON_WORDS = re.compile(rf"\bcall(?:ed|s)?\s+on\b|\b{PAID_A_CALL}\s+on\b")
# "Zelensky attended in person. So did A and B.", "Others connected remotely, among them C",
# "D dialled in": more who were at the gathering told of.
_ALSO_THERE = (
    r"^So\s+did\s|\b(?:connected|joined|took\s+part|participated|attended)\s+(?:remotely"
    r"|virtually|online|by\s+video(?:\s+link)?)\b|\bdial(?:l?ed|s)\s+in\b"
)
ALSO_THERE = re.compile(_ALSO_THERE)
# "Senior officials from both countries took part, among them ...": present at a meeting.
TOOK_PART_IN_IT = re.compile(
    r"\b(?:took\s+part|participated|were\s+(?:also\s+)?present|(?:was|were)\s+among\s+the"
    r"\s+participants)\b(?!\s+in\s+(?:a|an)\b)"
    # "A and B sat in on that meeting": present at the talks told of
    r"|\bsat\s+in\s+on\s+(?:the|that|those|these|their)\b"
    rf"|{_ALSO_THERE}"
    # "Attendees included A, B and C", "Those who made the trip included ...": who sat there.
    r"|\b(?:[Aa]ttendees|[Pp]articipants|[Gg]uests|[Tt]hose\s+(?:who\s+)?(?:attending|present"
    r"|taking\s+part|made\s+the\s+trip|attended))\s+(?:also\s+)?included\b"
    # "The Indian delegation comprised A, B and C": who sat on one side of the table.
    # "The German delegation to the consultations comprised ...".
    r"|\b(?:delegation|side|team|line-?up)\s+(?:(?:to|at|for)\s+the\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:(?:that|which)\s+)?(?:also\s+)?(?:included|comprised|consisted\s+of"
    r"|was\s+made\s+up"
    r"\s+of)\b"
    # "Seated with him were A, B and C", "Around the table were ...": those at the meeting.
    r"|^(?:Seated|Sitting|Joining)\s+(?:with|alongside)?\s*(?:him|her|them)\s+(?:were|was)\b"
    # "Joining the American side were A and B"; "X led the Korean delegation", "The U.S.
    # delegation was led by Y": those at the talks, for one side.
    r"|^Joining\s+the\s+(?:[\w.-]+\s+){0,2}(?:side|delegation|team)\s+(?:were|was)\b"
    # "Taking part were A, B and C", "Also attending were ...": those at the gathering
    r"|^(?:Also\s+)?(?:Taking\s+part|Attending|Present|Participating|In\s+attendance)"
    r"(?:\s+(?:too|also))?\s+(?:were|was)\b"
    r"|\bled\s+(?:the|his|her|a|an)\s+(?:[\w.-]+\s+){0,2}delegation\b"
    r"|\bdelegation\s+(?:was|were)\s+(?:also\s+)?(?:led|headed)\s+by\b"
    # "Around the table with him sat ...", "Also at the table were ..."
    r"|^(?:Also\s+)?(?:Around|At)\s+the\s+table\s+"
    r"(?:with\s+(?:(?:him|her|them)\s+|(?:[A-Z][\w.'-]*\s+){1,5}))?(?:were|was|sat)\b"
    # "On the Turkish side of the table sat A and B. Facing them were C and D."
    r"|^On\s+the\s+(?:[\w.-]+\s+){1,2}side\s+(?:of\s+the\s+table\s+)?(?:sat|were|was)\b"
    r"|^(?:Facing|Opposite|Across\s+(?:the\s+table\s+)?from)\s+(?:them|him|her)\s+(?:were|was|sat)\b"
    # "On the Sri Lankan side, A and B ..."; "A and B sat on the Indonesian side of the table";
    # "A and B were part of the Indian delegation"; "Flanked by A and B, Milei announced ..."
    r"|^On\s+the\s+(?:[A-Z][\w.-]*\s+){1,2}side,\s"
    r"|\bsat\s+on\s+the\s+(?:[\w.-]+\s+){1,2}side\b"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:part|members?)\s+of\s+(?:the|his|her)\s+(?:[\w.-]+\s+){0,2}"
    r"(?:delegation|side|team|entourage)\b"
    r"|^Flanked\s+by\b"
    # "Biden and Lapid were joined online by Modi and Mohamed bin Zayed"
    # (not "the two were joined by Hayashi for a trilateral": a meeting of its own)
    r"|\b(?:was|were)\s+joined\s+(?:online|virtually|by\s+video(?:\s+link)?)\s+by\b"
)
# "Delegations came from A, B and C", "Leaders from A, B and C adopted ...", "the eight Plus
# partners (A, B, C) joined ASEAN's ten members": the countries at the gathering told of.
COUNTRIES_PRESENT = re.compile(
    r"\b(?:delegations?|delegates|leaders|ministers|heads\s+of\s+(?:state|government|delegations?)"
    # "Delegation heads from A, B and C addressed the meeting"
    r"|delegation\s+heads|representatives|officials)\s+(?:came\s+|arrived\s+|travell?ed\s+)?from\b"
    r"|\bpartners\s+\(|\bamong\s+them\b|\b(?:took\s+part|participated)\b"
    # "which brought Biden together with leaders of the six Gulf states (...) and of Egypt"
    r"|\b(?:brought|gathered)\b[^.;]{0,40}?\btogether\s+with\s+(?:the\s+)?leaders\s+of\b"
    r"|\bbrought\s+together\s+(?:the\s+)?leaders\s+of\b",
    re.I,  # "Leaders from A, B and C adopted ...", first in the sentence
)
ATTENDEES = re.compile(
    r"\b(?:[Aa]ttendees|[Pp]articipants|[Gg]uests|[Tt]hose\s+(?:who\s+)?(?:attending|present"
    r"|taking\s+part|made\s+the\s+trip|attended))\s+(?:also\s+)?included\b"
)
LEADING_DET = re.compile(r"(?:the|their|its|a)\s+$", re.I)
_EVENT_MODIFIER = (
    r"(?:first|inaugural|annual|second|third|new|rare|formal|"
    r"trilateral|bilateral|quadrilateral|four-way|leaders'?|ministerial|defen[cs]e|foreign"
    r"|first-ever|high-level|stand-alone|standalone|security|strategic|economic|maritime"
    r"|policy|working-level|vice-ministerial|political-military|cyber|space|regular"
    r"|border|boundary|nuclear|peace|ceasefire|technical|expert-level|senior-level|informal"
    r"|preparatory|closed-door|virtual|\d+(?:st|nd|rd|th))"
)
EVENT_NOUN = re.compile(
    r"\b(?:a|an|their|its|the|his|her)\s+"
    rf"(?:{_EVENT_MODIFIER}\s+){{0,4}}"
    rf"(?:(?:round|session|series)s?\s+of\s+(?:{_EVENT_MODIFIER}\s+){{0,2}})?(?P<noun>summit|[\"“]?2\+2[\"”]?|meeting|talks|dialogue"
    # "held an hour-long bilateral covering ...": the talks, told by the adjective alone
    r"|(?:\w+-long\s+)?bilateral(?=\s*[.,;]|\s+(?:covering|on|with|that|which|in|at|during)\b)"
    r"|consultations|[\"“]?two[- ]plus[- ]two[\"”]?)(?=\W|$)"
    r"(?!\s+(?:partners?|partnership|status)\b)"  # "the head of a dialogue partner": a standing
)
# "India and China held border talks in Beijing": talks without an article, held by countries.
HELD_TALKS = re.compile(
    rf"(?<=\bheld\s)(?:{_EVENT_MODIFIER}\s+){{0,3}}(?P<noun>talks|consultations)\b"
    r"(?!\s+with\b)"  # "held talks with his counterpart": an encounter of people
)
# "Korean and Japanese coast guard chiefs met in Busan": a role of the countries named before it.
ROLE_OF_NAMED = re.compile(
    r"\b[a-z.]+(?:,\s+(?:south\s+|north\s+|new\s+)?[a-z]+)*,?\s+and\s+(?:south\s+|north\s+|new\s+)?"
    r"[a-z]+\s+(?P<role>national security advis[eo]rs"
    r"|foreign ministers|defen[cs]e ministers|defen[cs]e chiefs|coast guard chiefs|navy chiefs"
    r"|chiefs of staff|finance ministers|leaders|officials|delegations|negotiators)"
    r"\s+(?:met|held|gathered|convened)\b"
)
ROLE_OF = re.compile(
    r"\b(?:the\s+)?(?P<role>(?:national security advis[eo]rs|foreign ministers|defen[cs]e ministers"
    r"|defen[cs]e chiefs|chiefs of defen[cs]e|leaders|finance ministers|coast guard chiefs"
    r"|chiefs of staff|navy chiefs|top diplomats))\s+of\s+(?:the\s+)?"
    r"(?:three|four|two|both|\w+\s+and\s+\w+"
    # "The top diplomats of the US, Japan and South Korea met": a longer list, as the subject
    r"|[\w.]+(?:\s+[\w.]+)?(?:,\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?)+,?\s+and\s+(?:the\s+)?"
    r"[\w.]+(?:\s+[\w.]+)?\s+(?:met|held|gathered|convened)\b)"
)
# Plain words for a role: "the top diplomats" of countries are their foreign ministers.
ROLE_PLAIN = {
    "top diplomats": "foreign ministers",
    "officials": "",
    "delegations": "",
    "negotiators": "",
}
# Those whose rank says nothing of the meeting: it is named by its own words, if it has them.
UNRANKED_ROLES = frozenset(role for role, plain in ROLE_PLAIN.items() if not plain)
BODY_EVENT = re.compile(
    r"\b(?:held|hosted|organi[sz]ed|convened|ran|launched)\s+(?:a|an|its|their)\s+"
    r"(?P<mods>(?:[a-z][\w-]*\s+){0,3}?)(?P<noun>workshop|seminar|symposium|conference|forum"
    r"|roundtable|round-table|webinar|tabletop exercise|training course)s?\b"
    r"(?:\s+on\s+(?P<topic>(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu"
    r"|fri|sat|sun)[a-z]*\b)[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3}))?",
    re.I,
)
# "NATO held its annual summit in Vilnius", "The Quad held its first leaders-level meeting":
# a grouping's own gathering, told right after the grouping's name.
GROUP_HELD = re.compile(
    # "The I2U2 group (India, Israel, the UAE and the US) held its first leaders' summit"
    r"(?:\s+(?:group|grouping|bloc))?(?:\s*\([^()]{0,200}\))?"
    r"\s+(?:(?:also|then|later|jointly)\s+)?(?:held|holds|hold|convened|opened|hosted"
    r"|wrapped\s+up|concluded|closed|ended|began|(?:will|is\s+to|are\s+to|to)\s+(?:hold|convene))"
    r"\s+(?:its|their)\s+(?P<mods>(?:[\w'’-]+\s+){0,3}?)(?P<noun>summit|meeting|ministerial"
    r"|summit\s+meeting|session|conference)\b"
)
# "The Quad held its first leaders-level meeting. Biden hosted Suga, Modi and Morrison.": the
# host and guests of the gathering just told, when the sentence names no event of its own.
# "Morrison hosted Pompeo and Esper", "the King received the two ministers": guests who
# came together, received at one sitting.
RECEIVED_TOGETHER = re.compile(
    r"\b(?:hosted|received|welcomed)\s+(?:[^,;]*?\s)?(?:and|both)\s(?![^,;]*\b(?:separately|in\s+turn"
    r"|one\s+after\s+another|then|later)\b)"
)
HOSTED_GUESTS = re.compile(
    r"\b(?:hosted|welcomed)\s+(?:(?:President|Prime|Chancellor)\b|[A-Z]\w+\s+[A-Z])"
)
# Words of a grouping's gathering that say which edition, not what it is.
EDITION_WORDS = frozenset(
    "first second third fourth fifth first-ever inaugural annual regular biannual latest "
    "next new special extraordinary emergency two-day three-day one-day".split()
)
# "... and Trudeau pledged full support for the Hiroshima summit": spoken of, not sat at.
SPOKEN_OF = re.compile(
    r"\b(?:upcoming|forthcoming|next|preparations?\s+for|ahead\s+of|prepare\s+for|to\s+host"
    r"|discuss(?:ed|ing)?|about|regarding|support\s+for|backing\s+for|success\s+of"
    # "signed a memorandum to revive the Strategic Economic Dialogue": what it brings back
    r"|(?<!agreed\s)(?<!agree\s)(?<!decided\s)to\s+(?:revive|resume|restart|relaunch|reinstate"
    r"|re-?establish|reopen))"
    r"\s+(?:the\s+|a\s+|an\s+|this\s+year's\s+)?$"
)
# "look forward to meeting again at the next 2+2", "to review progress at the upcoming SCM"
AT_THE_NEXT = re.compile(
    r"\b(?:meet(?:ing)?|review\w*|take\s+stock|see\s+each\s+other)\b[^.;]{0,60}?\bat\s+the\s+"
    r"(?:next|upcoming|forthcoming)\s+(?:[\w'-]+\s+){0,4}$"
)
HELD = re.compile(r"\b(?:held|hold|holds|convened|convene|convenes|gathered)\b")
ROLE_WORDS = (
    r"(?:defen[cs]e|foreign)\s+and\s+(?:defen[cs]e|foreign)\s+ministers"
    r"|(?:defen[cs]e|foreign|finance|trade|economic|prime)\s+ministers|ministers|leaders"
    r"|defen[cs]e\s+chiefs|chiefs\s+of\s+defen[cs]e|navy\s+chiefs|coast\s+guard\s+chiefs"
    r"|national\s+security\s+advis[eo]rs|heads\s+of\s+state"
)
# "The documents exchanged in the presence of the two leaders included:", "The agreements
# signed were:": a list of instruments follows.
LIST_OF_SIGNED = re.compile(
    r"\b(?:documents|agreements|MoUs|memoranda|instruments|outcomes|accords)\b[^:.]{0,80}?"
    r"\b(?:signed|exchanged|concluded|inked|announced)\b[^:.]{0,80}?:"
)
# One instrument of such a list: "MoU between the Government of India and the Government of
# Sri Lanka on Defence Cooperation", "Tripartite MoU among India, Sri Lanka and the UAE on ...".
LISTED_INSTRUMENT = re.compile(
    r"\s*(?P<what>(?:(?:Tripartite|Trilateral|Bilateral)\s+)?(?P<kind>MoU|MoC|Memorandum(?:\s+of"
    r"\s+(?:Understanding|Cooperation))?|Agreement|Treaty|Protocol|Letter\s+of\s+Intent"
    r"|Exchange\s+of\s+(?:Letters|Notes)|Arrangement|Programme|Plan)\b[^.;]*?)"
    r"(?=,\s+(?:the|a|an|which|to)\s|[.;]|$)"
)
# "MoU on energy between the two ministries, signed by Minister A and Prince B": its signers.
SIGNED_BY_AFTER = re.compile(r",\s+signed\s+by\s")
# "... between India and Sri Lanka on Defence Cooperation": what it is about.
LISTED_TOPIC = re.compile(r"\b(?:on|for)\s+(?P<topic>.+?)(?:\s+between\s.*|,\s+signed\s.*)?$")
# "The second summit between Trump and Kim", "Biden and Xi held their first summit": the
# leaders' own summit, not one they met on the sidelines of.
PAIR_SUMMIT = re.compile(
    r"\bsummit\s+(?:talks\s+)?(?:between|with)\s|\b(?:held|hold|holds|their)\s+"
    r"(?:a\s+|an\s+|their\s+)?(?:(?:first|second|third|fourth|first-ever|inaugural|long-awaited"
    r"|\d+(?:st|nd|rd|th))\s+)?(?:in-person\s+|bilateral\s+|face-to-face\s+)?summit\b",
    re.I,
)
# "Xi and the presidents of Kazakhstan, Kyrgyzstan and Uzbekistan signed the declaration":
# those states' leaders, named by their office.
HEADS_OF_LISTED = re.compile(
    r"\bthe\s+(?:presidents|leaders|prime\s+ministers|heads\s+of\s+(?:state|government)"
    r"|(?:foreign|defen[cs]e)\s+ministers)\s+of\s+(?P<list>[^;:]+?)\s+(?:also\s+)?"
    r"(?:signed|issued|adopted|endorsed)\b",
    re.I,
)
# "spoke with Biden at the summit", "talked on the sidelines", "in person": face to face.
IN_PERSON = re.compile(
    r"\b(?:at|during)\s+the\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|dialogue|forum|conference"
    r"|ceremony|dinner|lunch|reception)\b|\bon\s+the\s+(?:sidelines|margins)\b"
    r"|\bin[- ]person\b|\bface[- ]to[- ]face\b|\bshook\s+hands\b"
    # "Before the ADMM-Plus session opened, Mattis and Shoigu spoke briefly"
    r"|\bbefore\s+the\s+(?:[\w-]+\s+){0,3}?(?:session|summit|meeting|talks)\s+(?:opened|began)\b"
)
# "the two discussed his forthcoming meeting with Russian President Putin": a person met later.
MEETING_TO_COME = re.compile(
    r"\b(?:forthcoming|upcoming|planned|coming|future|next|proposed)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|summit|talks|visit|encounter)\s+with\s+(?:[\w.'’-]+\s+){0,4}$",
    re.I,
)
# "the SCO Council of Heads of State": a grouping's summit under its formal name.
HEADS_COUNCIL = re.compile(r"(?P<body>\S+(?:\s+\S+)?)\s+Council\s+of\s+Heads\s+of\s+")
MEETING_HEAD = (
    r"\b(?:a|an|the|their|its|his|her|another)\s+(?:(?:first|second|third|fourth|fifth|first-ever"
    r"|inaugural|annual|regular|\d+(?:st|nd|rd|th))\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:[-–]\d{1,2})?\s+)?"  # "the June 15-16 meeting of"
    r"(?P<noun>meeting|summit|gathering)\s+of\s+"
)
GROUP_NAME = r"(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}"
MEETING_OF = (
    # "a meeting of Quad foreign ministers"
    re.compile(rf"{MEETING_HEAD}(?P<group>{GROUP_NAME})\s+(?P<role>{ROLE_WORDS})\b"),
    # "the first meeting of defense ministers from the member states of the United Nations Command"
    re.compile(
        rf"{MEETING_HEAD}(?:the\s+)?(?P<role>{ROLE_WORDS})\s+(?:of|from)\s+(?:the\s+)?"
        rf"(?:member\s+(?:states|countries)\s+of\s+)?(?P<group>{GROUP_NAME})"
    ),
    # "another meeting of the four countries' defense chiefs"
    re.compile(
        rf"{MEETING_HEAD}(?P<group>the\s+(?:two|three|four|five|both)\s+(?:countries|nations"
        rf"|allies|partners))[’']\s+(?P<role>{ROLE_WORDS})\b"
    ),
    # "Biden met leaders of the Bucharest Nine in Warsaw": the grouping's meeting he sat in
    re.compile(
        rf"\bmet\s+(?:with\s+)?(?:the\s+)?(?P<role>leaders|heads\s+of\s+state|{ROLE_WORDS})\s+of\s+"
        rf"(?P<group>the\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,4}})"
    ),
    # "Rutte hosted NATO defence ministers", "hosted his G7 counterparts": a grouping's meeting
    re.compile(
        rf"\bhost(?:ed|s|ing)\s+(?:his\s+|her\s+|their\s+|the\s+)?(?P<group>{GROUP_NAME})\s+"
        rf"(?P<role>{ROLE_WORDS}|counterparts)\b"
    ),
)
ROLE_MET = re.compile(
    rf"\b(?P<role>{ROLE_WORDS})\s+(?:of|from)\s+(?P<list>(?:the\s+)?[A-Z][^;:]*?)\s+"
    r"(?:(?:will|to|are to|plan to)\s+)?(?:met|meet|held talks|hold talks|gathered|gather|convened"
    r"|convene)\b",
    re.I,
)
NICKNAME_OF = re.compile(
    r"[\"“]?\b2\+2\b[\"”]?\s+(?:dialogue\s+|meeting\s+|talks\s+)?(?:of|between)\s"
)
LAUNCHED = re.compile(
    r"\b(?:launched|established|set up|created|formed|inaugurated)\s+(?:a|an|the)\s+(?:new\s+)?"
    r"(?:joint\s+|bilateral\s+|trilateral\s+)?(?P<what>working group|task force|consultative body"
    r"|consultation mechanism|committee)(?:\s+on\s+(?P<topic>[a-z]+(?:[ -][a-z]+){0,3}))?"
)
ONGOING = re.compile(
    r"\b(?:deepen|strengthen|expand|continue|enhance|intensify|promote|broaden|step up)\s+"
    r"(?:their|its|the|a|bilateral)?\s*$"
)
GROUPINGS = ("alliance", "international")
# "Leaders of the six GCC states and the five Central Asian republics held their first joint
# summit": a summit of blocs and regions the sentence names, with no name of its own.
HELD_SUMMIT = re.compile(
    r"\b(?:held|hold|holds|convened|opened)\s+(?:their|a|an|the|its)\s+"
    r"(?:(?:first|second|third|inaugural|annual|first-ever|joint|extraordinary)\s+){0,2}summit\b"
)
# Regions a bloc summit is named after, as their adjectives put them.
REGION_ADJECTIVES = {
    "Central Asian": "Central Asia",
    "South Asian": "South Asia",
    "Southeast Asian": "Southeast Asia",
    "East Asian": "East Asia",
    "African": "Africa",
    "European": "Europe",
    "Latin American": "Latin America",
    "Caribbean": "Caribbean",
    "Nordic": "Nordic",
    "Baltic": "Baltic",
    "Arab": "Arab",
}
REGION_ADJECTIVE = re.compile(r"\b(?:" + "|".join(REGION_ADJECTIVES) + r")\b")
SUMMIT_OF = re.compile(
    r"\b(?:(?:a|an|the|their|its|his|her|another)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>summit|meeting"
    # ("the first leaders' summit of I2U2," but not "a meeting of NATO defence ministers")
    r"|ministerial)\s+of\s+(?:the\s+|(?=[A-Z][\w.&'-]*(?:\s+format\b|\s*[.;]|,\s+the\s+[a-z]"
    r"|\s+(?:in|on)\s)))"
    r"(?P<group>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})"
    # "the seventh summit of the Astana format on Syria": a format known by its city
    r"(?P<format>\s+(?:format|process)\b)?"
    r"|(?P<group2>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun2>summit|ministerial)"
    r"|\bthe\s+(?:alliance|grouping|bloc)['’]s\s+(?:[\w-]+\s+){0,2}?(?P<noun3>summit))\b"
)
# "held a series of bilaterals on the sidelines", "On the summit's sidelines": of a gathering
# named before.
SIDELINES_BARE = re.compile(
    r"\b(?:on|at)\s+the\s+(?:[\w-]+['’]s\s+)?(?:sidelines|margins)\b(?!\s+of\b)", re.I
)
SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\b", re.I)
# "on the margins of the dialogue": of the gathering of that kind named before.
OF_THE_GATHERING = re.compile(
    r"\s+the\s+(?:[\w-]+\s+)?(?P<noun>dialogue|summit|forum|conference|meetings?|gathering|talks"
    r"|assembly|session)\b",
    re.I,
)
FOLLOWED_BY = re.compile(
    r"\bfollowed\s+by\s+(?:a|an|the|their|its)\s+(?P<what>(?:[\w’'-]+\s+){0,5}?"
    r"(?:meeting|summit|dialogue|session)(?:\s+on\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})?)"
)
LEADING_ORDINAL = re.compile(
    r"^(?:(?:first|second|third|fourth|fifth|first-ever|inaugural|new|\d+(?:st|nd|rd|th))\s+)+"
)
COUNTERPARTS = re.compile(r"\b(?:his|her|their)\s+(?P<group>[A-Z][\w+]*)\s+counterparts\b")
PORTFOLIOS = (
    (re.compile(r"defen[cs]e", re.I), "defence ministers'"),
    (re.compile(r"foreign|secretary of state|external affairs", re.I), "foreign ministers'"),
    (re.compile(r"national security advis", re.I), "national security advisers'"),
    (re.compile(r"^(?:president|prime minister|chancellor|premier)$", re.I), "leaders'"),
)

# "agreed to hold a Security Consultative Committee meeting": a meeting still to come.
_AGREEING = r"agreed|agree|decided|pledged|promised|vowed"
_HOLDING = r"hold|convene|host|stage|set\s+up|establish|launch|institute"
TO_HOLD = re.compile(
    rf"\b(?:(?:{_AGREEING}|plans?|planned|will|would)\s+(?:to\s+)?|and\s+to\s+)(?:{_HOLDING})\s+"
    r"(?:a|an|the|their|its|another)?\s*(?:[\w'-]+\s+){0,4}$"
)
# "met in Paris and agreed to hold a Japan-France 2+2": the meeting agreed on, not the one held.
AGREED_TO_HOLD = re.compile(
    r"\b(?:met|talks|meeting|spoke|conferred)\b.*?\b(?:agreed|decided)\s+to\s+(?:hold|convene)\s+"
    r"(?:a|an|the|their|its|another)?\s*(?:[\w'-]+\s+){0,4}$",
    re.I,
)
# "The two leaders agreed to hold a summit in Canberra": a plan, where nothing is told as done
# before it.
PLAN_TO_HOLD = re.compile(rf"\b(?:{_AGREEING})\s+to\s+(?:{_HOLDING})\b")
TWO_PLUS_TWO = re.compile(r"[\"“]?two[- ]plus[- ]two[\"”]?", re.I)
# "A and B on the Japanese side": whose delegation a name belongs to.
ON_THE_SIDE = re.compile(r"\s+on\s+the\s+(?P<demonym>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+side\b")
# "With Indonesian FM Retno Marsudi, Cho reviewed ...": a counterpart named up front.
FRONTED_WITH = re.compile(
    r"(?:(?:Separately|Later|Earlier|Then|Next|Meanwhile|Also),?\s+)?With\s+[^,;]{3,80}?,\s+"
    r"(?=[A-Z]|(?:he|she)\b)"
)
# "Singh led the Indian delegation and Liu the Chinese one": the side each heads.
LED_SIDE = re.compile(
    r"\s*(?:,[^,;]{0,60},\s*)?(?:(?:led|headed)\s+|(?=the\s+[A-Z][\w.-]*\s+one\b))(?:the\s+)?"
    r"(?P<demonym>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+(?:delegation|side|team|one)\b"
)

# --- Hosts ---
# "hosted by", "co-hosted each year by", "Hosted for the first time by"
# ", and Lammy called on Modi", "; B met C": a clause of its own begins.
NEXT_CLAUSE = re.compile(r",\s+(?:and|while|whereas|but)\s|;")
# "was received in turn by A and by B", "welcomed at the palace by": the hosts follow.
HOSTED_BY = re.compile(
    r"\b(?:(?:co-)?hosted|(?:was|were)\s+(?:(?:then|also|later|first|formally)\s+)?"
    r"(?:received|welcomed))\s+(?:(?!by\b)[a-z]+\s+){0,4}?"
    # "was welcomed at Noi Bai International Airport by": where, then the hosts
    r"(?:(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5})?by\s+",
    re.I,
)
# What may stand between a host and the verb: "Payne then hosted", "is expected to host".
HOST_GAP = re.compile(
    r"\s+(?:(?:will|also|then|later|again|first|jointly|is|are|was|were|to|expected|set|due"
    r"|has|have|had)\s+)*"
)
# "thanked Foreign Minister Kamikawa for hosting the meeting", "thanked Prabowo for his
# hospitality": the one thanked hosted.
THANKED_HOST = re.compile(
    r"\bthank(?:ed|s|ing)?\s+(?P<who>[^;]{1,120}?)\s+for\s+(?:(?:co-)?hosting\b"
    r"(?P<guest>\s+(?:him|her|them|us|me|the\s+(?:[\w-]+\s+)?delegation)\b)?"
    r"|(?P<kind>(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?hospitality\b))"
)
# "Yoon and his Emirati host, President Mohamed bin Zayed, agreed": the one so called.
HOST_BEFORE_NAME = re.compile(r"\b(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?host,\s+$")
HOSTS = re.compile(r"\b(?:co-)?(?:hosted|hosts|host|hosting|received|welcomed)\b")
# "the meeting that he hosted": the host is the one the sentence is about.
HOSTED_BY_PRONOUN = re.compile(r"\b(?:that|which)\s+(?:he|she)\s+(?:had\s+|also\s+)?$")
# "Indonesia, this year's host, ...": a host named in apposition.
THE_HOST = re.compile(
    r",\s+(?:this\s+year['’]s|the|the\s+drill['’]s|the\s+exercise['’]s)\s+(?:co-)?host\b"
)
LIST_END = re.compile(
    r"[;.]|,\s+(?!and\b)|\s+(?:in|on|at|from|to|with|as|is|was|were|will|for)\s"
    # "hosted by A and led by B", "hosted by A and attended by B"
    r"|\s+and\s+(?:led|commanded|headed|opened|run|attended|joined|chaired)\b"
)

# "hosted the ceremony", "hosted this year's talks": the gathering the item told of.
THE_GATHERING_TOLD = re.compile(
    r"\bhost(?:ed|s|ing)?\s+(?:the|its|this\s+year['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ceremony|talks|meeting|summit|dialogue|session|consultations|gathering|dinner"
    r"|luncheon|reception|forum|ministerial)\b"
)
GUESTS = re.compile(r"\b(?:counterparts?|delegations?|guests?|visitors?|visiting)\b")

# --- Signings and statements: signatories, witnesses, issuers and what was signed ---
# "witnessed the exchange of cooperation documents": instruments handed over are signed.
_EXCHANGED = (
    r"exchange\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:documents|agreements|memoranda|instruments)"
    # "witnessed the exchange of the Migration and Mobility Partnership Arrangement"
    r"|(?<=witnessed\s)(?:the\s+)?exchange\s+of(?!\s+(?:a\s+)?(?:number|series|range|host|set)\s)"
    r"|exchanged\s+(?:the\s+)?(?:signed\s+)?(?:[\w-]+\s+){0,2}(?:documents|agreements|memoranda"
    r"|instruments)"
    # "More than a dozen documents were exchanged in the presence of the two leaders"
    # (not "the following documents were exchanged: ...", a list read item by item)
    r"|(?<=documents\s)(?:were|had\s+been|have\s+been)\s+exchanged(?![^.;:]{0,80}:)"
    r"|(?<=agreements\s)(?:were|had\s+been|have\s+been)\s+exchanged(?![^.;:]{0,80}:)"
)
# "witnessed the exchange of a Letter of Arrangement": the ceremony an exchange.
EXCHANGE_OF = re.compile(r"\bexchange\s+of\b")
# "put their names to the treaty", "put their own signatures to ...": signing, told plainly.
_PUT_NAMES_TO = r"put\s+(?:their|his|her)\s+(?:own\s+)?(?:names?|signatures?)\s+to"
# "became the first African signatories of the Artemis Accords": signing, told by its result.
_SIGNATORY = r"signator(?:y|ies)(?=\s+(?:of|to)\b)"
SIGN = re.compile(rf"\b(?:signed|sign|signing|inked|{_PUT_NAMES_TO}|{_EXCHANGED}|{_SIGNATORY})\b")
ADOPT = re.compile(
    r"\b(?:adopt\w*|issu\w*|releas\w*|endors\w*|conclud\w*|reaffirm\w*|unveil\w*|upheld|uphold\w*"
    r"|under the|ratif\w*|entered into force|joined)\b"
)
THE_AGREEMENT = re.compile(
    r"\bthe (?:memorandum|agreement|treaty|pact|statement|accords?|convention)\b"
    r"|\bsigned\s+the\s+document\b"  # "A and B also signed the document"
    # "put their names to the text", "signed the deal": the instrument the report is about
    rf"|\b(?:signed|inked|{_PUT_NAMES_TO})\s+the\s+(?:text|deal|document)\b"
)
# "urged them to conclude their commercial agreement": an instrument, named or not.
INSTRUMENT_NOUN = re.compile(r"\b(?:agreement|memorandum|treaty|pact|accord|arrangement)\b", re.I)
# "Kalsakau and Wong signed that agreement in Port Vila": the one the item told of.
THAT_AGREEMENT = re.compile(r"\bthat (?:memorandum|agreement|treaty|pact|accord|convention)\b")
# "Lammy and Healey signed for the UK and Kallas for the EU": the instrument just told of.
SIGNED_FOR = re.compile(r"\bsigned\s+(?:it\s+|them\s+)?(?:for|on\s+behalf\s+of)\b")
# "Italy-Japan-UK", "U.S.–Philippines": parties joined by dashes.
PARTIES_APART = re.compile(r"(?<=[A-Za-z.])[-–](?=[A-Z])")
# Words of agreement names that say what kind of instrument it is, never which one.
GENERIC_AGREEMENT_WORDS = set(
    "reciprocal access mutual defense defence cooperation enhanced status of forces visiting "
    "security general military information agreement treaty memorandum understanding "
    "arrangement pact accord framework comprehensive strategic partnership on the for and "
    "joint statement roadmap convention acquisition cross-servicing logistics support "
    "extradition trade economic technology sharing protection classified cross servicing".split()
)
ISSUED = re.compile(
    r"(?i:\b(?:issued|issue|released|release|adopted|put\s+out(?=\s+(?:a|an|the|their)\s+joint\b)|published)\s+(?:a|an|the|their)"
    r"\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:statement|declaration|communiqu[eé]|press\s+(?:release|announcement)))"
    # "issued the Camp David Principles", "released the Joint Strategic Vision": named texts
    r"|\b(?:issued|released)\s+(?:the\s+|a\s+)?[A-Z]"
    # "the Declaration on U.S.-Pacific Partnership, issued by the United States together with
    # the Cook Islands, Fiji, ...": its issuers, told after it
    r"|(?<=,\s)(?:issued|adopted)\s+(?:jointly\s+)?by\s+(?:the\s+)?[A-Z]"
)
# "Their joint communiqué reaffirmed", "the leaders' communiqué", "The SCM joint communique":
# the closing text of a meeting.
COMMUNIQUE = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Aa])\s+(?P<mods>(?:(?:final|joint|summit|leaders['’]?|closing"
    r"|[A-Z][\w+-]*)\s+){0,3})(?P<noun>communiqu[eé])\b"
)
ADOPTED_BEFORE = re.compile(
    r"\b(?:adopted|concluded)\s+(?:a|an|the|their)\s+(?:(?:new|joint|revised|updated)\s+)?$"
)
# "In a joint statement, the two governments said": issued by whoever speaks in it.
IN_STATEMENT = re.compile(
    # "marked the occasion with a joint statement": one they issued
    r"\b(?:[Ii]n|with)\s+(?:a|an|the|their|its)\s+joint\s+(?:[\w'-]+\s+){0,2}(?:statement|declaration"
    r"|communiqu[eé]|press\s+release)"
    # "Their joint statement voiced serious concern": those just named speak in it.
    # "The ministers' joint statement condemned": the same, said of them by their role.
    # "The trio's joint press statement also voiced concern".
    r"|^(?P<their>Their|The\s+(?:(?:ministers|leaders|allies)['’]|(?:trio|pair|quartet)['’]s))"
    r"\s+joint\s+(?:[\w'-]+\s+){0,2}"
    r"(?:statement|declaration|communiqu[eé])"
    r"(?=\s+(?:also\s+)?(?:said|set\s+out|[a-z]+ed)\b)"
    # "according to a joint statement issued by Turkey, Sweden and NATO": those after "by";
    # "A joint statement ... was issued by India and Indonesia", the same in the passive.
    r"|\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts)\s+[Jj]oint\s+(?:[\w'-]+\s+){0,2}(?:[Ss]tatement"
    r"|[Dd]eclaration|[Cc]ommuniqu[eé])(?:,?\s+|,?\s[^.;]{0,80}?\b(?:was|were)\s+(?:jointly\s+)?)"
    r"(?:issued|released|signed|adopted)\s+(?P<by>by)\b"
    # "A joint statement issued after the talks committed both sides to ...": the sides'.
    r"|^(?:A|The)\s+(?P<after>joint)\s+(?:[\w'-]+\s+){0,2}(?:statement|declaration|communiqu[eé])"
    r"(?=,?\s+(?:was\s+)?(?:issued|released|adopted)\s+(?:after|following|at\s+the\s+(?:end|close)\s+of)"
    r"\s+(?:the|their)\s+(?:[\w'-]+\s+){0,2}(?:talks|meeting|summit|visit|dialogue|call)\b)"
)
# "held a call with the leaders of the Bucharest Nine, among them Duda and Iohannis": one call
# of many on the line.
GROUP_CALL = re.compile(
    r"\b(?:call|videoconference|video\s+conference)\s+with\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:leaders|heads|ministers|counterparts)\s+of\b"
)
_MEAL_NOUN = (
    r"(?:(?:working|private|informal|official|state|welcome|welcoming|gala|farewell)\s+)?"
    r"(?:dinner|lunch|luncheon|banquet|breakfast)"
)
# "hosted a dinner in his honour", "a state banquet": a meal the hosts gave, an event of its
# own (not "over breakfast with Stoltenberg", which is the meeting).
HOSTED_MEAL = re.compile(
    r"\b(?:hosted|gave|threw|offered)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<meal>"
    rf"{_MEAL_NOUN})\b"
    # "Macron hosted Zelensky and Scholz for dinner at the Élysée Palace"
    r"|\bhosted\b[^.;]{0,80}?\bfor\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?P<meal2>{_MEAL_NOUN})\b"
    r"|\b(?P<meal3>state\s+(?:banquet|dinner|luncheon))\b"
)
# "held talks followed by a working lunch": talks, with a meal in them.
TALKS_BESIDE_MEAL = re.compile(
    r"\b(?:talks|met|meeting|discussions|consultations|summit|dialogue|conversation)\b"
)
# "their first meeting since they sat down together on the sidelines of the G20 in Bali in
# November": an encounter of the pair told of, then.
SINCE_THEY_MET = re.compile(
    r"\bsince\s+(?:they|the\s+two(?:\s+(?:leaders|men|women|ministers|presidents))?|the\s+pair)"
    r"\s+(?:last\s+|first\s+)?(?:met|sat\s+down(?:\s+together)?|held\s+talks)\b(?P<rest>[^.;]*)"
)
# "issued four joint statements, on the Middle East, on AI and on biodiversity", "Two joint
# statements were issued, one on ... and one on ...": a statement per subject.
SEVERAL_STATEMENTS = re.compile(
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[2-9])\s+joint\s+(?P<noun>statements|declarations)\b"
    r"(?:\s+(?:were|was)\s+(?:issued|adopted|released|signed))?,?\s+"
    r"(?P<topics>(?:one\s+)?on\s+[^.;]+)"
)
STATEMENT_TOPIC = re.compile(
    r"(?:^|,\s*|\s+and\s+)(?:and\s+)?(?:one\s+)?on\s+(.+?)(?=,\s*(?:and\s+)?(?:one\s+)?on\s"
    r"|\s+and\s+(?:one\s+)?on\s|,\s+(?:the|a|an|its|which)\s|$)"
)
# "the first such meeting since President Trump took office": a time told by someone else's
# step, not a presence.
SINCE_OFFICE = re.compile(
    r"\bsince\s+(?:(?:the|his|her)\s+)?[^,;.]{0,60}?\b(?:took|taking|assumed)\s+office"
    r"|\bsince\s+[^,;.]{0,60}?\b(?:came\s+to\s+power|was\s+(?:elected|inaugurated|sworn\s+in))"
    r"|\bsince\s+[^,;.]{0,60}?['’]s\s+(?:inauguration|election|swearing-in)"
)
# "..., Principal Deputy NSA Kim Tae-hyo told reporters.": who reported it, not who took part.
TOLD_AFTER = re.compile(
    r",\s+(?P<who>[^,;]{3,90}?)\s+(?:told\s+(?:reporters|journalists|the\s+press"
    r"|a\s+(?:news\s+)?(?:briefing|conference))|said)\s*\.?\s*$"
)
SPEAKERS = re.compile(
    r"\bthe\s+(?:two\s+|three\s+|four\s+)?(?:sides|countries|nations|governments|allies|partners"
    r"|leaders|ministers|secretaries)\b|\bboth (?:sides|countries|nations|governments)\b",
    re.I,
)
# 'a joint statement titled "The Spirit of the Quad"': the name it was given.
QUOTED_TITLE = re.compile(r",?\s+(?:titled|entitled|called)\s+[\"“](?P<title>[^\"”]{3,80}?),?[\"”]")
# "The pact is known as the Pukpuk Treaty", "The accord has been dubbed ...": a nickname of the
# instrument just told of.
# "signed the treaty, which will be known as the Kensington Treaty": the same, in a clause.
KNOWN_AS = re.compile(
    r"(?:^(?:The|This|That)|\bthe)\s+(?:[\w-]+\s+)?(?:pact|treaty|agreement|accord|deal|memorandum"
    r"|arrangement|declaration|document|instrument)(?:,\s+which)?\s+(?:is|was|has\s+been"
    r"|had\s+been|became|will\s+be|would\s+be)\s+"
    r"(?:also\s+|widely\s+|popularly\s+|informally\s+|already\s+)?(?:known|dubbed|nicknamed"
    r"|called|referred\s+to)\s+(?:as\s+)?(?:the\s+)?$"
)
TITLED = re.compile(r",?\s+(?:titled|entitled|called|named|known as)\s+(?:the\s+)?")
SPEAKS = re.compile(
    r"\b(?:said|say|says|stated|agreed|reaffirmed|demanded|called|condemned|expressed|welcomed"
    r"|pledged|committed|noted|affirmed|stressed|underscored|described|urged|vowed|voiced"
    r"|announced|recognized|emphasized|highlighted)\b"
)
# An instrument as a signing or statement names it: "a roadmap on undersea cooperation".
_INSTRUMENT = (
    r"(?P<what>(?:(?:revised|new|updated)\s+)?(?P<proper>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|on|for|and))*"
    r"\s+(?:Strategy|Roadmap|Framework|Plan|Guidelines|Arrangement|Principles|Vision)"
    # "the India-Japan Joint Vision for the Next Decade": its title goes on
    r"(?:\s+(?:for|on|of)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of))*(?<!\sand)(?<!\sof))?)"
    r"|(?P<mods>(?:(?:US|A|C|NZ)?[$€£][\d.,]+\s+(?:billion|million)\s+)?"  # "$35 billion"
    r"(?:(?:[0-9a-z]+-)?[a-z]+'?\s+){0,4}?"
    # "a comparable France-Ukraine accord": the parties, as the writer joins them
    r"(?:[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+(?:\s+Islands)?\s+(?:[a-z]+\s+){0,2}?)?)(?P<noun>joint\s+(?:vision\s+)?statement|joint\s+vision"
    r"|joint\s+declaration|joint\s+press\s+(?:release|announcement)"
    r"|letter\s+of\s+intent|statement\s+of\s+intent|statement|declaration"
    r"|memorandum\s+of\s+understanding|memorandum|MOU|MoU"
    r"|agreements|accords|memorandums|memoranda|arrangements"
    r"|agreement|treaty|pact|accord|convention|deal|roadmap|arrangement|contract"
    # "a framework agreement on security cooperation": the agreement, framed
    r"|framework(?!\s+(?:agreement|arrangement|accord|treaty|memorandum|deal)\b)"
    r"|(?:strategic|defen[cs]e|security)\s+partnership"
    r"|letter\s+of\s+intent|statement\s+of\s+intent|terms\s+of\s+reference|action\s+plan"
    r"|communiqu[eé])\b"
    r"(?:\s+(?:on|for|concerning|regarding|covering)\s+(?:an?\s+|the\s+)?"
    rf"(?P<topic>{NOT_A_DATE}"
    # "for the U.S.-India defence partnership": a full stop inside a word, not after it
    r"[A-Z](?:[\w-]|\.(?=[\w-]))*(?:\s+[A-Z](?:[\w-]|\.(?=[\w-]))*)*)"
    # "on Japan Self-Defense Forces activities for ...": names that modify a common noun
    r"(?![\w-]|\.[\w-])(?!\s+(?:[A-Z]|(?!(?:in|at|on|during|with|after|before|that|which|while|to|by|as|from"
    r"|and|or|of|for|was|were|is|are|will|would)\b)[a-z]))"
    r"|(?P<tail>\s+(?:on|for|concerning|regarding|covering)\s+(?:the\s+)?"
    rf"(?:{NOT_A_DATE}[A-Z](?:[\w-]|\.(?=[\w-]))*\s+){{0,3}}"
    r"(?!(?:that|which|who|while|as|to|by|the|a|an)\b)[a-z][\w-]*"
    r"(?:\s+(?!(?:in|at|during|with|after|before|that|which|while|to|by|as|from|when|where"
    r"|once|until|if|but)\b)"
    r"(?!on\s+(?:the\s+)?(?:sidelines|margins|occasion|eve|side)\b)"  # "... on the sidelines"
    # "an agreement on security cooperation on May 19": the topic ends before "on"
    r"(?:and\s+(?!(?:a|an|the)\b))?(?!(?:a|an|and)\b)[a-z][\w-]*(?![\w-])){0,5}(?<!\son)(?<!\sof)(?<!\sfor)(?<!\sand)(?<!\sthe)))?)"
)
# "issued a joint declaration on a shared vision for maritime cooperation in the Indo-Pacific":
# what a statement is about, to the end of the clause, which some name it by.
STATEMENT_ABOUT = re.compile(
    rf"\s+on\s+(?!(?:the\s+)?(?:sidelines|margins|occasion|eve)\b){NOT_A_DATE}"
    r"(?P<topic>(?:an?\s+|the\s+)?[\w'’-]+(?:\s+(?!(?:that|which|who|after|before|when|where"
    r"|while|during|following|and)\b)[\w'’-]+){0,11})(?=\s*[,.;:(]|\s*$)"
)
SIGNED_THING = re.compile(
    r"\b(?:signed|sign|signing(?:\s+of)?|inked|issued|released|put\s+out(?=\s+(?:a|an|the|their)\s+joint\b)|adopted|conclude[ds]?|including"
    r"|among\s+them(?=\s+an?\s)"  # "documents were exchanged ..., among them a treaty on ..."
    rf"|{_SIGNATORY}\s+(?:of|to)"
    rf"|{_PUT_NAMES_TO}|exchange\s+of|exchanged"  # "the exchange of an MOU"
    r"|[Ii]n(?=\s+(?:a|an|the|their|its)\s+joint\b))\s+"
    # "signed at the Élysée Palace an agreement": the place, then what was signed
    r"(?:(?:at|in)\s+(?:the\s+)?[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}\s+(?=an?\s))?"
    r"(?:(?P<det>a|an|the|their|its)\s+|(?=terms\s+of\s+reference\b)"
    r"|(?=(?:[a-z]+\s+){0,2}(?:agreements|accords|memorandums|memoranda|arrangements)\b))"
    + _INSTRUMENT
)
# "issued a Joint Declaration on Security Cooperation and a joint vision for the coming
# decade": a second instrument of the same act.
# "among them a treaty on ..., a treaty on ... and a statement of intent ...": each listed.
AND_THING = re.compile(r"(?:\s+and|,(?:\s+and)?)\s+(?P<det>a|an)\s+" + _INSTRUMENT)
SIGNING_VERB = re.compile(
    r"\b(?:signed|issued|adopted|inked|concluded|released|put\s+out(?=\s+(?:a|an|the|their)\s+joint\b)|exchanged"
    r"|(?<=became\s)(?:the\s+)?(?:[\w-]+\s+){0,3}?signator(?:y|ies))\b"
)
# "The Joint Vision was adopted by the two leaders": a text the leaders put out together; not
# "adopted by Parliament", which ratifies.
_ADOPTED_BY = (
    r"(?:was|were)\s+(?:jointly\s+|also\s+)?(?:adopted|endorsed|issued)\s+by\s+"
    r"(?=(?:the\s+(?:[\w-]+\s+)?(?:leaders|ministers|prime\s+ministers|presidents|heads|sides)\b)"
    r"|(?!(?:Parliament|Congress|Senate|Assembly|Bundestag|Diet|Cabinet)\b)[A-Z])"
)
ADOPTED_BY = re.compile(rf"\b{_ADOPTED_BY}")
# "The memorandum on defence cooperation was signed by A and B": the same, told passively.
SIGNED_PASSIVE = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]n?|[Tt]heir)\s+"
    + _INSTRUMENT
    # "The intergovernmental agreement governing the legal status of German soldiers in
    # Lithuania was signed by ...": what it governs runs on to its verb.
    + r"(?:\s+(?:governing|regulating|setting\s+out|defining)(?:\s+(?!(?:said|says|was|were|is"
    r"|are|has|had|have|will|would|that|which|who)\b)[\w'’.-]+,?){1,20}?(?=\s+(?:was|were)\s))?"
    r",?\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:signed|inked|concluded)\b"
    # "under the roadmap signed by A and B in Vilnius": the same, without its verb
    r"|(?<!was\s)(?<!were\s)(?:jointly\s+)?(?:signed|inked)\s+(?:(?:in|on|last|this)\s+\w+\s+)?"
    r"by\s+(?=[A-Z])"
    r"|" + _ADOPTED_BY + ")"
)
# "follows the joint declaration Mr Healey and Mr Pistorius signed in Berlin": the same, the
# signatories named between the instrument and the verb.
SIGNED_RELATIVE = re.compile(
    r"\b(?P<det>the|an?|their)\s+"
    + _INSTRUMENT
    # "... that Minister A and his German counterpart B signed"
    + r"\s+(?:that\s+|which\s+)?(?=(?:(?:Mr|Ms|Mrs|Dr)\.?\s+|[A-Z][\w.'’-]*,?\s+|and\s+"
    r"|(?:his|her|their)\s+|counterparts?,?\s+){1,14}?"
    r"(?:had\s+|have\s+)?signed\b)"
)
SIGNED_WORD = re.compile(r"\bsigned\b")
# "the summit", "the G7 leaders' meeting": up to the end of a meeting's name.
MEETING_NAME_END = re.compile(
    r"^\W*(?:\S+\s+){0,5}?(?:summit|meeting|talks|dialogue|session|conference)\b"
)
# Modifiers that say nothing about which instrument it is.
BLAND = {
    "new", "revised", "updated", "international", "landmark", "historic", "formal", "the",
    "comparable", "similar", "own", "separate", "ten-year", "10-year", "five-year", "long-term",
    "legally", "binding", "legally-binding", "renewed", "upgraded", "expanded",
}  # fmt: skip
# "signed several agreements, including a letter of intent": a count names nothing.
PLURAL_INSTRUMENTS = {"agreements", "accords", "memorandums", "memoranda", "arrangements"}
# "both memoranda", "these agreements": those already told of, not a new instrument.
COUNTED = re.compile(
    r"(?:several|many|various|some|multiple|two|three|four|five|six|\d+|both|all|these|those)\s*$"
)
# "hosted and chaired the meeting, joined by A and B", "; B also took part": not chairs.
# "chaired by A and joined by B and C": the same.
CHAIR_ASIDE = re.compile(
    r";|,\s+(?:joined|accompanied|attended)\s+by\b|\s+and\s+(?:was\s+)?joined\s+by\b"
)
# "Twelve governments issued a joint statement": an instrument known by how many issued it.
NATIONS_ISSUED = re.compile(
    r"\b(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|twenty)\s+(?:governments|nations|countries|states|allies)\s+"
    r"(?:(?:also|jointly|then)\s+)?(?:issued|signed|released|adopted|put\s+out)\s+(?:a|an|the)\s+",
    re.I,
)
# "Among the signatories were A, B and C", "Signatories included ...": who signed it.
SIGNATORIES_LISTED = re.compile(
    r"\b(?:[Aa]mong\s+the\s+signatories\s+(?:were|was)|(?:The\s+)?[Ss]ignatories\s+"
    r"(?:included|were|are|include))\b"
)
# "an agreement establishing a strategic partnership between A and B": the instrument is
# known by what it sets up.
SETTING_UP = re.compile(
    r"\s+(?:establishing|creating|setting\s+up|launching)\s+(?:a|an|the)\s+"
    r"(?P<what>(?:[a-z][\w-]*\s+){0,3}?(?:partnership|framework|mechanism|alliance|council))\b"
)
ESTABLISHING = re.compile(
    r"\b(?:creating|establishing|setting\s+up|to\s+create|to\s+establish)\s+(?:the\s+|a\s+)?[\"“]?"
    r"(?P<what>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,5})"
)
# What a statement says of others: "condemning", "branded China", "calling on Russia".
STATEMENT_CONTENT = re.compile(
    r"\b(?:condemn(?:ed|ing|s)?|brand(?:ed|ing|s)?|nam(?:ed|ing|es)|call(?:ed|ing|s)\s+(?:on|for)"
    r"|urg(?:ed|ing|es)|criticiz\w+|criticis\w+|accus\w+|denounc\w+|deplor\w+"
    r"|(?:voic|express)(?:ed|ing)\s+(?:\w+\s+){0,2}(?:concern|alarm|support|regret))\b"
    # 'signed the "Tallinn Pledge", undertaking to send tanks to Ukraine': what it promises
    r"|,\s+(?:undertaking|committing|pledging|promising|vowing)\s+(?:themselves\s+)?to\b"
)
# The verbs that put out a text rather than sign one, and the texts that are put out.
ISSUING = re.compile(r"issued|released|put\s+out(?=\s+(?:a|an|the|their)\s+joint\b)|adopted", re.I)
STATEMENT_WORD = re.compile(r"\b(?:statement|declaration|communiqu[eé]|joint\s+vision)\b", re.I)
SIGN_VERB = re.compile(
    rf"\b(?:signed|sign|signs|signing|inked|issued|released|put\s+out(?=\s+(?:a|an|the|their)\s+joint\b)|adopted|concluded|{_EXCHANGED}"
    rf"|{_SIGNATORY})\b",
    re.I,
)
# "signed by Malaysia and", "concluded an agreement with": a co-signatory follows.
# "X was signed by", "signed last year by": the signatories follow.
SIGNED_BY = re.compile(r"\s+(?:\w+\s+){0,3}?by\b")
SIGNED_WITH = re.compile(
    r"\b(?P<word>with|by)\s+(?:the\s+)?"
    # "signed by India, the United States, ...": the comma may follow a name at once
    r"(?:[A-Z][\w.'’]*(?:\s+|(?=,))|and\s+|the\s+|,\s+|(?:his|her|their|its)\s+"
    r"|(?:together|along)\s+with\s+|counterparts?,?\s+)*$"
)
# "presided over the session, which opened with a speech by B": a clause of what happened at
# it ("while the American co-chairs were A and B" is not).
WHICH_CLAUSE = re.compile(r",\s+(?:which|where|at\s+which|after\s+which)\b")
CLAUSE_END = re.compile(r",\s+(?:which|in which|under which|who|where|while|as)\b|;|\bthat\b")
# "the agreement that A and B signed", not "the summit, at which A signed ... with B": a
# clause about where it happened tells the meeting's own act.
RELATIVE = re.compile(r"\b(?<!at )(?<!during )(?<!in )(?<!on )(?:that|which|whom)\b")
RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|whom|who)\b[^,;]*")
# "Kishida and Marcos welcomed the signing of the Terms of Reference": those who welcome a
# signing neither signed nor sat at it; their states signed.
WELCOMED_SIGNING = re.compile(
    r"^(?:(?!\bsign(?:ed|s)\b)[^;])*?\b(?:welcomed|hailed|applauded|praised|lauded)\s+the\s+"
    r"(?:recent\s+)?signing\b",
    re.I,
)
WITNESS = (
    # "..., with President Marcos witnessing the ceremony alongside A and B."
    # ("with A signing for Japan ..., witnessed by X": A signs; the span is X's alone.)
    # ("talks with Stoltenberg, A and B witnessed their ministers sign": no "with" of witnesses)
    re.compile(
        r"\b(?:with\s+(?:(?!\bsign)[^;])*?\bwitnessing|(?:as|while)\s+(?:(?!\bsign)[^;])*?"
        r"\bwitness(?:ing|ed))\b[^;]*",
        re.I,
    ),
    # "... sign the agreement as President Marcos looks on", "while the leaders watched"
    re.compile(
        # "as Pompeo and Kim's sister, Kim Yo Jong, looked on": an apposition's commas too
        r"\b(?:as|while)\s+(?:(?!\bsign)[^;,]|,\s(?=[A-Z][^;,]{0,40},)|,(?=\s+(?:look|watch)))*?"
        r"\b(?:look(?:s|ed|ing)?\s+on|watch(?:es|ed|ing))\b",
        re.I,
    ),
    # "..., with Shin and his Saudi counterpart, Prince Khalid, looking on."
    re.compile(r"\bwith\s+(?:(?!\bsign)[^;])*?\b(?:looking\s+on|watching)\b", re.I),
    re.compile(r"\bwitnessed\s+by\b[^;]*", re.I),
    # "A and B signed a Joint Declaration, which President Trump witnessed"
    re.compile(r",\s+which\s+(?:[A-Z][\w.'’-]*\s+){1,5}(?:also\s+)?witnessed\b"),
    # "..., with Minister Retno in attendance."
    re.compile(r"\bwith\s+(?:(?!\bsign)[^;,])*?\bin\s+attendance\b", re.I),
    # "In the presence of Prime Minister X, A and B signed": up to the first comma.
    re.compile(r"\bin\s+the\s+presence\s+of\b[^,.;]*", re.I),
    # "A and B put their names to the text at a ceremony hosted by C and D": the hosts
    re.compile(r"\b(?:ceremony|signing)\s+(?:hosted|presided\s+over)\s+by\b[^;]*", re.I),
    # "X witnessed the signing by A and B", "the two presidents watched their governments sign",
    # "Marcos then witnessed Kamikawa and Teodoro signing the RAA".
    re.compile(
        # (not "A and B signed ..., as C witnessed the signing": A and B signed)
        r"^(?:(?!\bsign(?:ed|s)\b)[^;])*?\b(?:witness(?:ed|es)|watched|oversaw)\s+(?:(?:the|their)\b|(?=(?-i:[A-Z])[^;]*\bsign))",
        re.I,
    ),
    WELCOMED_SIGNING,
)

# --- Exercises and who takes part ---
EXERCISE_VERB = re.compile(
    r"\b(?:exercise|exercises|drill|drills|training|particip\w*|took part|joined|includes?)\b"
)
GENERIC_EXERCISE = re.compile(
    r"\b(?:joint|combined|naval|military|trilateral|bilateral|multilateral|live-fire|maritime"
    # "a three-day air exercise", "a four-nation drill", "a multinational exercise"
    r"|air|amphibious|multinational|quadrilateral|multi-domain|large-scale|week-long"
    r"|(?:one|two|three|four|five|six|seven|ten|\d+)-(?:day|nation|country|way))"
    r"\s+(?:(?:naval|military|maritime|air)(?:\s+and\s+(?:naval|air|land|maritime))?\s+"
    # "a trilateral maritime interdiction drill", "a trilateral ballistic missile defence
    # exercise": the words that say what kind, none of them a word that links others.
    r"|(?:(?!(?:and|or|to|the|of|in|on|at|with|for|including|such|as|more|their|its|future"
    r"|regular|frequent|than|other|many|several|new)\b)[a-z]+(?:-[a-z]+)*\s+){1,3})?"
    r"(?:exercises?|drills?|cooperative activit(?:y|ies)|sails?|patrols?)\b"
    # "a multinational exercise control cell": a part of the drill, not a drill of its own
    r"(?!\s+(?:control|director|planners?|headquarters|cell|staff))"
)
# "..., rehearsing the boarding of vessels trading with North Korea": what a drill was for.
DRILL_PURPOSE = re.compile(
    r",\s+(?:rehearsing|practi[cs]ing|simulating|aimed\s+at|designed\s+to|focused\s+on|focusing"
    r"\s+on|in\s+response\s+to|amid|to\s+(?:counter|deter|prepare)|as\s+a\s+(?:signal|warning)"
    r"|a\s+(?:signal|warning)\s+to)\b"
)
# "run alongside Cutlass Express": another drill, named beside the one told of.
DRILL_BESIDE = re.compile(
    r"\b(?:alongside|in\s+parallel\s+with|together\s+with|in\s+tandem\s+with)\s+(?:the\s+)?$"
)
# "The drill, involving ...", "This year's exercise drew ...": a drill at the head of a sentence.
LEAD_DRILL = re.compile(r"(?:The|This|This\s+year['’]s)\s+(?:exercise|drill)s?\b(?=,?\s)")
# "air arms from A, B and C flew from Andravida": the services a drill draws, by their kind.
_ARMS = r"air\s+arms|air\s+forces|navies|squadrons|aircrews|air\s+crews"
# "involving troops from A and B", "drew 3,000 personnel": the words that say who was in it.
DRILL_CAST = re.compile(
    r"\b(?:involving|involved|brought\s+together|bringing\s+together|drew|(?:troops|forces"
    rf"|personnel|sailors|soldiers|marines|units|ships|{_ARMS})\s+from|took\s+part|participants?)\b"
)
# "share fuel during joint exercises", "for future drills": exercises in general, not one held.
DRILLS_AT_LARGE = re.compile(
    r"\b(?:during|for|through|such as|including|future|more|regular|frequent)\s+$"
)
TOOK_PART = re.compile(
    r"\b(?:took part|take part|taking part|joined|participated|participating|participants?|sent"
    r"|committed|contribut(?:ed|es)|deploy(?:ed|s|ing)|field(?:ed|s|ing)|dispatched"
    r"|(?:personnel|forces|units|troops|soldiers|sailors|marines|airmen|paratroopers|warships"
    rf"|ships|aircraft|jets|teams?|{_ARMS}) from|contingents?|from (?:\d+|[a-z]+) (?:nations|countries)"
    r"|among them"
    # "American, British and German units are also involved"
    r"|(?:are|were|is|was)\s+(?:also\s+)?involved"
    # "trained alongside Vietnam People's Army units", "sailed in formation with USS Mobile"
    r"|train(?:ed|ing|s)?\s+(?:alongside|with)|in\s+formation\s+with|put\s+to\s+sea\s+with)\b"
)
# "NATO began Steadfast Noon", "NATO's Steadfast Noon": the body that runs a drill.
RUNS_DRILL = re.compile(
    r"(?:\s+(?:began|begins|opened|opens|launched|launches|held|holds|staged|stages|conducted"
    r"|conducts|kicked\s+off|concluded|wrapped\s+up|led|leads)\b|['’]s\s+(?:annual\s+)?"
    r"(?:[A-Z][\w-]*\s+)+(?:\d{2,4}\s+)?(?:exercise|drill)?)"
)
# "Among the participants are ...", "the nations sending forces include ...": a later
# paragraph lists who took part in the drill.
PARTICIPANTS = re.compile(
    # "Visiting ships include the destroyer USS Dewey, ...", "Units taking part include ..."
    r"\b(?:(?:visiting\s+|participating\s+)?(?:ships|vessels|units|warships|aircraft"
    r"|contingents)\s+(?:taking\s+part\s+)?includ(?:e|es|ed)"
    r"|among the participants|taking part (?:are|were)|participants (?:are|were|includ(?:e|es|ed))"
    # "The 19 partner nations are Argentina, Belize, ..."
    r"|(?:partner|participating|contributing)\s+(?:nations|countries)\s+(?:are|were"
    r"|includ(?:e|es|ed))"
    r"|(?:nations|countries) (?:sending|contributing) (?:forces|troops|ships|personnel)"
    r"|(?:forces|troops|personnel|ships) from (?:\d+|[a-z]+) (?:nations|countries)"
    # "Seven nations are fielding forces for the full programme: A, B, ...", "Ten more
    # countries, A, B and C, are taking part in a more limited role"
    r"|(?:nations|countries)\b[^.;]*?\b(?:are|were)\s+(?:also\s+)?(?:taking\s+part|fielding"
    r"|sending|contributing|deploying|participating))\b"
)

# Ship prefixes and the navies they name.
SHIP_PREFIXES = {
    "USS": "United States", "USNS": "United States", "USCGC": "United States", "JS": "Japan",
    "ROKS": "South Korea", "HMAS": "Australia", "HMS": "United Kingdom", "HMCS": "Canada",
    "HMNZS": "New Zealand", "BRP": "Philippines", "INS": "India", "KRI": "Indonesia",
    "RSS": "Singapore", "FS": "France", "ITS": "Italy", "TCG": "Turkey", "KD": "Malaysia",
    "HTMS": "Thailand", "FGS": "Germany", "HNLMS": "Netherlands", "ESPS": "Spain",
}  # fmt: skip
SHIP = re.compile(rf"\b({'|'.join(SHIP_PREFIXES)})\s+[A-Z]")

# --- Cooperation, and whether an event is planned ---
# "Ministers from seven countries agreed at the meeting to develop ...": a resolve of them all.
JOINT_RESOLVE = re.compile(r"\b(?:agreed|pledged|committed|resolved)\b|\bcooperat\w*")
RESOLVED = re.compile(r"\b(?:agreed|pledged|committed|resolved|announced|launched)\b")
# Thirteen delegations at a conference "on international cooperation" are not each other's
# partners: past this many countries, a sentence pairs them only when they agreed on something.
MOST_PARTNERS = 6
COOPERATE = re.compile(r"\b(?:cooperat\w*|collaborat\w*|partnership|work together|jointly)\b")
CONSIDER = re.compile(r"\b(?:consider\w*|mull\w*|explor\w*|weigh\w*)\b")
PLAN = re.compile(r"\b(?:will|plan\w*|agreed to|expected to|aim\w* to|intend\w*)\b")
# "signed a pact under which France will ...": a deed done, then a clause about what follows.
_DONE = (
    r"signed|inked|concluded|met|held|hosted|adopted|issued|launched|opened|called\s+on"
    r"|visited|received|welcomed|attended|paid"
)
DONE_THEN_CLAUSE = re.compile(
    rf"\b(?:{_DONE})\b[^.]*?(?:\b(?:which|whereby|that|who)\b|;"
    # "met Lee in Tokyo and said he will visit Seoul": the meeting happened; the visit is planned
    r"|\band\s+(?:said|announced|confirmed)\b|,\s+saying\b)"
)
# "the next Defence Policy Dialogue", "the First India-Japan 2+2": one edition of a series.
EDITION_BEFORE = re.compile(
    r"\b(?:next|last|previous|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|inaugural|\d+(?:st|nd|rd|th))\s+(?:\S+\s+)?$",
    re.I,
)
# The parties before an instrument's name: "Philippines-US ", "U.S.-Japan ", "Japan–Australia ".
PARTIES_PREFIX = re.compile(r"^(?:[A-Z][\w.]*\s?[-–]\s?)+[A-Z][\w.]*\s+")
# "ACSA", "RAA", "SOFA": an instrument's acronym.
ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,6}")
# "Talisman Sabre 2025", "Iron Wolf 2022-I", "Nordic Response 24", "Kamandag 8", "Pitch Black
# II": the edition after a drill's name.
EDITION = re.compile(r"\s+(?:\d{1,4}(?:-(?:\d{1,2}|[IVX]+))?|[IVXL]+)$")
# "agreed to expand exchanges and to meet again": a plan joined to an act done before it.
AND_THEN = re.compile(r"\band\s+$")
# A signing still to come: "expect to be signed", "will sign", "plans to sign".
SIGN_AHEAD = re.compile(
    r"\b(?:to\s+be\s+signed|will\s+(?:be\s+)?sign(?:ed)?|would\s+(?:be\s+)?sign(?:ed)?"
    r"|(?:plans?|planned|intends?|intended|expects?|expected|set|due|ready|hopes?|agreed|agrees?"
    r"|aims?|aimed|seeks?|sought)\s+to\s+sign)\b"
)
# "welcomed the ratification of the Defence Cooperation Agreement signed in 2018": the
# instrument named by a signing years before, not one told now.
SIGNED_LONG_AGO = re.compile(
    r"\s*(?:signed|concluded|inked)\s+(?:in\s+(?:[a-z]+\s+)?(?:19|20)\d\d|back\s+in\s+\w+"
    r"|(?:\w+\s+)?years?\s+ago)\b"
)
# Acts told as done: "Biden and Xi met for what was expected to be the last time".
PAST_ACT = re.compile(rf"\b(?:{_DONE}|spoke|discussed|agreed|announced|said)\b")
# "Mar. 11 — Iwaya will travel to Seoul": the day the item was reported, before the plan.
REPORT_DAY = re.compile(r"[A-Z .,'’-]{0,30}$")
REPORT_DAY_END = re.compile(r"[\w.,]+(?:\s+[\w.,]+){0,2}?(?:\s*[–-]\s*[\w.]+)?\s*[—:]")
# "On Wednesday", "this Friday": a weekday that may lie ahead of the telling.
ON_WEEKDAY = re.compile(
    r"(?:on|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)
# "will meet next month": an event still to come, whatever date the sentence gives its telling.
LATER = re.compile(
    r"\b(?:next|later this|early next|late next)\s+(?:week|month|year|spring|summer|autumn|fall"
    r"|winter)\b|\bin the coming (?:weeks|months)\b",
    re.I,
)
# "invited Putin to visit Turkey", "an invitation to President Khurelsukh to pay a State
# Visit": a visit to come, an event of its own even after the two have met.
INVITED_TO_VISIT = re.compile(
    r"invit(?:ed|es|ing)\s+(?:[\w.'’-]+\s+){1,5}?to\s+(?:visit|pay|make|come)"
    r"|invitations?\s+(?:to\s+(?:[\w.'’-]+\s+){1,4}?)?to\s+(?:visit|pay|make|come)",
    re.I,
)
FUTURE = re.compile(
    r"\b(?:will|plans? to|planned|upcoming|next (?:week|month|year)|expected to|scheduled"
    r"|is to|are to|to join|set to|(?:is|are|was|were)\s+due\s+(?:to|in|at|for)"
    r"|(?:is|are|was|were)\s+preparing\s+to"  # "were preparing to hold ... in November"
    r"|later this (?:week|month|year)"
    r"|(?:is|are)\s+(?:also\s+)?likely\s+to|hoped\s+to\s+visit|hopes\s+to\s+visit"
    r"|look(?:ed|s|ing)? forward to|to meet again|agreed to meet|"
    + INVITED_TO_VISIT.pattern
    + r")\b",
    re.I,
)

# A meeting of rivals is no sign of cooperation: "pressed Beijing to stop", "protested".
FRICTION = re.compile(
    r"\b(?:pressed|protest(?:ed|s)?|summoned|rebuked|complained|objected|lodged|accused)\b", re.I
)
# States whose talks with the others are as often about friction as about work together, and
# the words that say such talks agreed on something all the same.
RIVALS = frozenset({"China", "Russia", "North Korea", "Iran", "Belarus"})
RESOLVED_ACROSS = re.compile(
    r"\b(?:agreed|pledged|committed|resolved|affirmed|reaffirmed|confirmed|signed|constructive"
    r"|positive|communication)\b|\bcooperat\w*"
)

# "joined NATO", "ASEAN members Indonesia and Vietnam", "the alliance's newest member".
# "Romania's ambassador to NATO": a seat at the table is a member's.
SEAT_AT = re.compile(r"\b(?:ambassadors?|permanent\s+representatives?)\s+to\b", re.I)
MEMBERSHIP = re.compile(
    r"\b(?:members?|membership|joined|joins|join|accession|acceded|allies|ally|chair(?:s|ed)?"
    r"|chairmanship|presidency|(?:co-?)?founded|founding|founders?)\b|" + SEAT_AT.pattern,
    re.I,
)

# "all ten members (Brunei, ...)", "the only member yet to ratify": a grouping's members, the
# grouping left to the sentence before ("members of the armed forces" are its people).
MEMBERS_LISTED = re.compile(r"\b(?:members?|member\s+(?:states|countries|nations))\b(?!\s+of\b)")

# --- Who is meant: groups, people referred to, adversaries ---
# "their Reciprocal Access Agreement": the instrument of those the sentence names.
THEIR = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,3}$")
GROUP_REF = re.compile(
    r"\b(?:the allies|both allies|the two (?:sides|countries|nations|governments|allies|partners)"
    r"|both (?:sides|countries|nations|governments)|the (?:three|four) (?:nations|countries|sides"
    r"|governments|partners|allies)|the partners)\b",
    re.I,
)
# "The two sides signed ...", "Both governments also concluded ...": the subject of a signing
# is the sides themselves.
# "Documents were exchanged in the presence of the two leaders": signed by the two sides.
BEFORE_BOTH_LEADERS = re.compile(
    r"\bin\s+the\s+presence\s+of\s+(?:the\s+)?(?:two|both)\s+(?:leaders|presidents"
    r"|prime\s+ministers|heads\s+of\s+(?:state|government))\b",
    re.I,
)
SIDES_SUBJECT = re.compile(
    r"\b(?:the\s+two|both)\s+(?:sides|countries|nations|governments)\s+"
    r"(?:(?:also|then|later|formally|have|had)\s+)*$",
    re.I,
)
# A country named as the target of the action ("counter North Korean threats") is no participant.
ADVERSARY_BEFORE = re.compile(
    r"\b(?:counter(?:ing)?|against|deter(?:ring)?|condemn\w*|disrupt\w*|sanction\w*|confront\w*"
    r"|towards?|on|about|over|(?<!hosted )(?<!led )(?<!organized )(?<!chaired )(?<!joined )"
    # "the treaty, signed by Malaysia and Indonesia": the signatories
    r"(?<!signed )(?<!inked )(?<!concluded )(?<!issued )(?<!adopted )(?<!ratified )by"
    r"|(?:threats?|pressure|attacks?|aggression|provocations?|coercion|missiles?|behaviou?r"
    r"|activities|actions|launch(?:es)?|incursions?|denucleari[sz]ation)\s+(?:from|of|by)"
    r"|for)"
    r"\s+(?:the\s+)?$",
    re.I,
)
# "ASEAN was founded in Bangkok in 1967 by Indonesia, ...": the founders, not adversaries.
FOUNDED_BY = re.compile(
    r"\b(?:(?:co-?)?founded|established|formed|created|set\s+up)\b[^.;]{0,40}\bby\s+(?:the\s+)?$",
    re.I,
)
# "The last serial of the exercise was a recovery drill": a part of the drill told of.
PART_OF_THE_DRILL = re.compile(
    r"\b(?:serial|phase|part|stage|segment|portion|leg|component|event)s?\s+of\s+the\s+"
    r"(?:exercise|drills?)\b"
)
# "the exercise", "the six-day drill", "this year's biennial exercise": the drill told of (not
# "the first such drill", nor "the live-fire drills that a PLA task group conducted").
THE_DRILL = re.compile(
    r"\b(?:the|this year's) (?:(?:[\w]+-(?:day|week|nation|country|month|service)|annual"
    r"|biennial|joint|combined|bilateral|trilateral|multinational|large-scale|main) )?"
    r"(?:exercise|drills?)\b(?!\s+(?:that|which)\b)"
)
# "Training runs at sites in Lopburi and Rayong", "They will be held in Palawan and Cavite",
# "Flying operations run from RAAF Base Darwin": where the drill the item told of takes place.
DRILL_SITES = re.compile(
    r"\b(?:training|activities|drills|operations|exercises|events|phases|they)\b[^.;]{0,30}?"
    r"\b(?:runs?|ran|spans?|spanned|(?:will\s+)?take\s+place|took\s+place|takes\s+place"
    r"|(?:will\s+be|are|were|is|was)\s+(?:held|staged|conducted|based|scheduled|planned"
    # "Activities were spread across Wewak, Madang and Lae", "the drills ranged across ..."
    r"|spread\s+(?:across|over))|ranged?\s+(?:across|over)|stretched\s+across)\b"
    # "Most fighter aircraft will operate from RAAF Base Darwin": where a drill's forces fly from.
    r"|\b(?:aircraft|fighters|jets|ships|vessels|troops|forces|personnel|units|contingents)\b"
    r"[^.;]{0,30}?\b(?:operate|operating|operated|fly|flying|flew|trained|train|training)\s+"
    r"(?:out\s+of|from|at)\b"
)
# "Iwaya stood in for Prime Minister Ishiba": one at the gathering for his country; "South
# Korea was represented by Wi": the one named next.
STOOD_IN = re.compile(r",?\s+(?:(?:who|also)\s+)?(?:stood|filled)\s+in\s+for\b")


def _names_listed_up_to_here(reach: int) -> str:
    """A list of names, ending at the one being read, that no clause about someone else
    interrupts ("..., who held talks with Rutte", "while Tajikistan sent ...")."""
    return (
        r"(?:(?:(?!\b(?:sent|dispatched|who|which|where|while|whom)\b)[^;:]){0,"
        + str(reach)
        + r"}?(?:,|\band\b)\s+)?(?:(?!(?:sent|dispatched|who|while)\b)[\w.'’-]+\s+){0,5}$"
    )


# "India sent External Affairs Minister Jaishankar", "Türkiye sent Vice President Yılmaz": the
# one a country sent to the gathering told of.
SENT_ENVOY = re.compile(
    r"\b(?:sent|dispatched)\s+(?:(?:its|their)\s+)?" + _names_listed_up_to_here(160)
)
# "The remaining members were represented by Xi, Putin and Uzbek President Mirziyoyev": each.
REPRESENTED_BY = re.compile(
    r"\b(?:was|were|is|are)\s+represented\s+by\s+" + _names_listed_up_to_here(200)
)
# "The drill was led by Vice Adm. Sawyer": the officer who led it, named next.
LED_BY = re.compile(r"\b(?:led|commanded|headed)\s+by\s+(?:[A-Z][\w.]*\s+){0,3}$")
# "Hosted this year by the US Navy, it opened ...", "Led by Adm. X, it brought together ...":
# the drill the item told of, as "it".
IT_RUN_BY = re.compile(r"^(?:(?:Co-)?Hosted|Led|Commanded)\b[^;]{0,160}?,\s+it\b")
# "with Japan observing", "Vietnam sent observers", "Brazil, Cambodia and Laos are sending
# officers as observers": each on the list is present, not taking part.
OBSERVING = re.compile(
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})*"
    r"\s+(?:observing|observed|as (?:an )?observers?|(?:(?:is|are|was|were|has|have)\s+)?"
    r"(?:also\s+)?(?:sent|sends|sending|dispatched|dispatching)\s+(?:an?\s+)?"
    r"(?:(?:military|[\w-]+)\s+){0,2}?(?:as\s+)?observers?)\b"
)
# "Turkey had been expected to take part but pulled out", "Japan stayed away": not in it.
PULLED_OUT = re.compile(
    r"\s+(?:had\s+been\s+|was\s+|were\s+)?(?:(?:expected|due|set|scheduled)\s+to\s+(?:take\s+part"
    r"|participate|join)\s+but\s+)?(?:later\s+|then\s+)?(?:pulled\s+out|withdrew|stayed\s+away"
    r"|opted\s+out|did\s+not\s+(?:take\s+part|participate|join))\b"
)
# Taking part in a drill, said so plainly that no other reading is likely.
PLAINLY_TOOK_PART = re.compile(
    r"\b(?:took|take|taking) part\b|\bparticipat(?:ed|ing)\b"
    rf"|\b(?:forces|troops|teams|units|contingents|personnel|service\s?members|{_ARMS}) from\b"
    # "Alongside the two co-hosts, forces came from A, B and C"
    r"|\b(?:forces|troops|contingents|personnel|units|ships|warships)\s+(?:came|were\s+drawn"
    r"|were\s+sent|arrived)\s+from\b"
    r"|\b(?:forces|troops|teams|units|contingents|ships|warships) (?:are|were) (?:also )?involved\b"
    # "Georgia and Moldova also sent contingents", "are contributing planners to the staff"
    r"|\b(?:sen(?:t|ds?|ding)|contribut(?:ed|es?|ing)|dispatch(?:ed|es|ing)?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:contingents?|warships|ships|aircraft|personnel|units|teams|forces|troops|planners"
    r"|staff\s+officers)\b"
    # "China and India are joining the humanitarian assistance events"
    r"|\b(?:is|are)\s+(?:also\s+)?joining\s+(?:the|its|this)\b"
)
# "across Norway, Sweden and Finland, the three host countries": those who host the drill.
HOST_COUNTRIES = re.compile(
    r",\s+(?:the|its)\s+(?P<number>two|three|four|five)\s+(?:co-?)?host\s+(?:countries|nations)\b",
    re.I,
)
# "The German Air Force flew six Eurofighters to Darwin": a force sending its own to a drill.
FORCE_SENT = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|is\s+|are\s+|was\s+|were\s+)?"
    r"(?:sent|sends|deployed|deploys|flew|flies|fielding|fielded|dispatched|brought|committed"
    r"|contributed|contributes)\b"
)
OBSERVERS_FROM = re.compile(
    r"\bobservers?\s+(?:from|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,?\s+(?:and\s+)?(?:the\s+)?)*$"
)
# "Russia's Black Sea Fleet said it was tracking the warships": one who watches a drill.
WATCHING = re.compile(
    r"(?:['’]s\s+(?:[A-Z][\w-]*\s+){1,4}|\s+)(?:said\s+(?:it|they)\s+(?:was|were)\s+"
    r"|(?:was|were|is|are)\s+)?(?:tracking|monitoring|shadowing|tailing)\b"
)
# ", who had been sworn in only the previous day": a clause about a person, to its end; "the
# package announced the day before": the day of what the sentence only mentions.
DATED_ASIDE = re.compile(
    r",\s+who\s+(?:had|has|was|were)\s+(?:only\s+|just\s+)?(?:been\s+)?"
    r"(?:sworn\s+in|appointed|named|elected|confirmed|installed|took\s+office)\b[^,;]*"
    r"|\b(?<!was\s)(?<!were\s)(?:announced|unveiled|approved|pledged)\s+(?:only\s+)?"
    r"(?:the\s+(?:day|evening|week)\s+before|the\s+previous\s+(?:day|evening|week))"
)
# "appreciation for Australia's participation in ...": a party, not a target.
TAKING_PART = re.compile(
    r"['’]s\s+(?:participation|contribution|role|support|deployment|presence)\b"
)
ADVERSARY_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:threat|missile|cyber|aggression|provocation|nuclear|coercion|ballistic|arms"
    r"|regime|attack|hackers|launch)"
)
DELEGATION = re.compile(
    # "The UK delegation included": the demonym, not "The UK"
    r"(?:\bThe\s+)?\b(?P<demonym>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)\s+(?:co-?chairs?|delegation"
    r"|delegates|side|team|negotiators|envoys|representatives|participants|contingent)"
    # "The Indian delegation to the talks was led by A, and the Chinese side by B"
    r"(?:\s+(?:to|at|for)\s+[^,;]{0,40}?)?(?:\s+of\s+the\s+table)?"
    r"(?:\s+(?:were|was|sat|included|comprised|consisted\s+of|are"
    r"|is)\b|,?\s+(?:(?:was|were)\s+)?(?:led|headed)\s+by\b|\s+by\b)"
)
# "Mr Singh was accompanied by A and B", "Accompanying Minister Marles were A and B": the
# principal's own people.
ENTOURAGE = re.compile(
    rf"\b(?:was|were)\s+(?:also\s+)?(?:accompanied{_ON_IT}\s+by|joined\s+by\b"
    # "the three were joined by Teodoro for a four-way meeting": a meeting of its own
    r"(?![^;]*\bfor\s+(?:a|an|the|their)\b))|^Accompanying\s.*?\b(?:were|was)\b"
)
# "received by PM Ramgoolam, accompanied by Deputy Prime Minister Bérenger and C, ...": those
# named in the aside, up to a clause that goes on in lower case.
ENTOURAGE_ASIDE = re.compile(
    r",\s+(?:accompanied|flanked)\s+by\s+(?:[^,;]|,(?!\s+(?!and\b)[a-z]))*"
)
# "arrived and was welcomed by A and B": the welcoming party, to the clause's end.
WELCOMED_BY = re.compile(
    r"\b(?:was|were)\s+(?:welcomed|greeted|received|met)\s+(?:on\s+arrival\s+|at\s+the\s+"
    r"(?:airport|airbase|air\s+base)\s+)?by\s+([^;]*?)(?=;|(?<![A-Z])\.(?:\s|$)|$)"
)
# "During the visit, the President was accompanied by ...": his party on the trip.
ON_THE_TRIP = re.compile(r"\b(?:visit|trip|tour|programme|program|journey)\b")
HOSTILE_BEFORE = re.compile(
    r"\b(?:counter(?:ing)?|against|deter(?:ring)?|condemn\w*|sanction\w*|confront\w*)\s+"
    r"(?:the\s+)?$"
)
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2, "pair": 2}
ONE_REF = re.compile(
    # "The secretary also paid a call on ...": a readout may write the title small.
    # "On Tuesday morning the Minister paid ...", "President Xi received the Minister at ..."
    # ("(May 27) Emperor Naruhito welcomed the President": after an item's date)
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:[A-Z][\w ,]{0,30},\s+|(?:On|Later|Earlier|Afterwards|Then|Next|From)\b[\w ()/]{0,30}?\s"
    # ("welcomed the Prime Minister's first visit" is no one received)
    r"|[A-Z][\w ()/,]{0,60}?\s(?:received|welcomed|hosted|met|greeted)\s"
    r"(?=the\s)(?!the\s+(?:[Pp]rime\s+)?\w+['’]s\b))?"
    # "On 24 May, Prime Minister also called on ...": a release's own leader, with no article
    r"(?:[Tt]he\s+|(?P<bare>(?=(?:Prime\s+Minister|President)\s+(?:also\s+)?[a-z]+(?:ed|s)\b"
    # "EAM held talks with ...", "RM met ...": New Delhi's releases drop the article
    r"|(?:EAM|RM)\s+(?:also\s+|then\s+|later\s+)?[a-z]{3,}\b)))"
    # "On the margins the deputy secretary held talks with ...": a deputy's title too
    r"(?P<role>(?:[Dd]eputy\s+|[Vv]ice\s+)?(?:[Ss]ecretary|[Mm]inister)|[Pp]rime [Mm]inister"
    r"|[Pp]resident|[Aa]mbassador|[Pp]remier|[Cc]hancellor|Speaker|Pentagon\s+chief"
    r"|(?:U\.S\.\s+)?defen[cs]e\s+chief|NATO\s+chief|alliance\s+chief"
    r"|SecDef|SecState|EAM|RM|PM|FM|DM|DefMin)\b"
    r"(?!\s+(?:of|for)\b)(?!\s+[A-Z])"
)
# "the Secretary and the two Foreign Ministers": the one so titled and the others named with them.
AND_THE_OTHERS = re.compile(
    r"\s+and\s+(?:the|his|her)\s+(?P<number>two|three|four)\s+(?:\w+\s+)?"
    r"(?:ministers|counterparts|leaders|secretaries)\b",
    re.I,
)
# What the press calls an office, as the office's title reads.
ROLE_NICKNAMES = {
    "pentagon chief": ("defense", "United States"),
    "u.s. defense chief": ("defense", "United States"),
    "u.s. defence chief": ("defense", "United States"),
    # "The SecDef then called on Prime Minister Lee": titles as readers abbreviate them.
    "nato chief": ("secretary general", None),
    "alliance chief": ("secretary general", None),
    "secdef": ("defense", "United States"),
    "secstate": ("state", "United States"),
    "eam": ("external affairs", "India"),
    "rm": ("defen", "India"),
    "pm": ("prime minister", None),
    "fm": ("foreign", None),
    "dm": ("defen", None),
    "defmin": ("defen", None),
}
# "... co-chaired the talks with their Japanese counterparts": officials of that country.
THEIR_COUNTERPARTS = re.compile(
    r"\b(?:their|his|her)\s+(?P<side>[A-Z][a-z]+)\s+counterparts\b(?!,)"
)
# "joined the two presidents": those referred to are the ones met, not the subject.
MET_THEM = re.compile(r"\b(?:joined|met|received|welcomed|hosted)\s+$")
PEOPLE_REF = re.compile(
    r"\b(?:the\s+(?:(?P<number>two|three|four|five|six|pair)\s+)?"
    # "the visiting Japanese ministers": those of one side.
    # The side is a capitalised name read with case, never a portfolio ("the two Prime Ministers").
    r"(?:visiting\s+)?(?:(?P<side>(?!(?:foreign|defen[cs]e|prime|trade)\s)"
    r"(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|U\.S\.|U\.K\.|US|UK|ROK))\s+"
    r"(?=(?:\w+\s+)?(?:ministers|leaders|officials)\b))?"
    r"|(?P<number2>both)\s+(?:the\s+)?(?=(?:\w+\s+)?(?:ministers|leaders|secretaries|officials|chiefs)\b))"
    r"(?:(?P<kind>foreign|defen[cs]e|prime|trade)\s+)?"
    r"(?:(?P<role>ministers|leaders|secretaries|officials|chiefs|envoys|diplomats|presidents|men|women"
    r"|counterparts|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?"
    r"|(?:national\s+security\s+)?advis[eo]rs|lawmakers|legislators|senators|congressmen"
    r"|principals|delegation)\b"
    # "The three signed a memorandum": the people just named.
    r"|(?=(?:(?:also|last|later|then|again|first|previously|had|have|jointly)\s+){0,2}(?:signed|met|agreed|issued|held|pledged|reaffirmed|discussed|opposed"
    r"|said|voiced|condemned|expressed|stressed|welcomed|underscored|committed|vowed|urged|released"
    r"|announced|called|set\s+out|launched|were\s+joined)\b))",
    re.I,
)
WERE_JOINED = re.compile(r"\s*(?:were|was)\s+joined\s+by\b", re.I)
# "his South Korean counterpart" with no name after it, "the visitor", "the Chinese leader",
# "the Pentagon chief", "the new president": someone named before, by description.
# "we met Prime Minister Napat", "Napat hosted us", "I met": the release's own minister(s).
FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:I|[Ww]e|us|me)(?![\w'’-])")
TRAVELLED_WITH = re.compile(r"\bI\s+(?:[a-z]+\s+){0,2}?(?:travell?ed|went|flew)\b[^.;]*?\bwith\b")
DESCRIBED = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<d1>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)\s+"
    r"(?P<n1>counterpart)(?!s)(?!\s*,?\s+(?:[A-Z]|the\s+[A-Z]|and\s+[A-Z]))"
    r"|\b[Tt]he\s+(?P<n2>visitor)\b|\b(?:[Hh]is|[Hh]er)\s+(?P<n3>guest)\b"
    r"|\b[Tt]he\s+(?P<d4>[A-Z][\w.-]+)\s+(?P<n4>leader|chief|PM|prime\s+minister|president"
    r"|premier|chancellor)\b(?!\s+[A-Z])"
    # "The crown prince also held talks with Sullivan": the one last named with that title.
    r"|\b[Tt]he\s+(?P<n5>(?i:crown\s+prince|prime\s+minister|chancellor|premier|emir|sultan))\b"
    r"(?!\s*(?:of\b|,|[A-Z]))"
)
# "the US Secretary of Defense", "The Raksha Mantri": an official named before, by title alone
# (not "the Secretary of Defense of Japan" nor "the Defense Minister, Gen Nakatani").
TITLED_AGAIN = re.compile(
    r"\b[Tt]he\s+(?P<title>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*(?:\s+(?:of|for)\s+[A-Z][\w-]*)?)"
    r"(?!\s+(?:of|for)\b)(?![\w'’-])(?!\s*,?\s+(?:Mr|Ms|Dr|Hon|Shri|Gen|Adm)\b|\s+[A-Z]|,\s+[A-Z][a-z]+\s+[A-Z])"
)
# "India's late Chief of Defence Staff, General Bipin Rawat", "the late Shinzo Abe"
THE_LATE = re.compile(r"(?:\b[Tt]he|['’]s)\s+late\s+(?:[\w.'’-]+,?\s+){0,6}$")
# "... since Shinzo Abe", "since Prime Minister Abe visited in 2015": one the event is compared
# with, right after "since".
SINCE_WHOM = re.compile(r"\bsince\s+(?:(?:[A-Z][\w.'’-]*|then-\w+)\s+){0,3}$")
# "His Royal Highness the Crown Prince": the style before a title.
STYLED = re.compile(r"\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty)\s+$")
# "On Monday, ", "Later that day ": what may open a sentence before its subject.
OPENING_PHRASE = re.compile(r"(?:[A-Z][^,;]{0,40},\s*)?")
# "Prabowo's predecessor", "Marcos's flagship programme": the one named is only whose.
OWNER_OF_OTHER = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:predecessor|successor|wife|husband|son|daughter|father"
    r"|mother|family|spokes(?:man|woman|person)|office|government|administration"
    r"|party|policy|policies|remarks|speech|death|funeral|election|inauguration"
    r"|legacy|sister|brother|president|prime\s+minister|premier|chancellor|king|boss"
    # "Massad Boulos, Trump's senior adviser for Africa": Trump is whose adviser
    r"|advis[eo]r|envoy|emissary|aides?)\b"
)
# "Timor-Leste's President X", "the Netherlands' Minister Y": the country that owns the title.
# "Erdogan's invitation": the name is whose the thing after it is.
OWNER = re.compile(r"['’](?:s\b|(?=\s))")
OWNER_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:['’]s|(?<=s)['’])\s+$")
# The titles of those who rule a state, which an officer in power may hold beside his rank.
HEAD_OF_STATE_TITLE = re.compile(r"\b(?:President|Head of State|Chairman|Leader|Prime Minister)\b")
# "Ministry of External Affairs" as a release's first line: the body that issued it.
ISSUING_BODY = re.compile(
    r"(?:The\s+)?(?:Ministry|Department|Office)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:and\s+|of\s+|the\s+|for\s+)?[A-Z][\w'’-]*){0,5}"
    r"|(?:Prime\s+Minister['’]s\s+Office|(?:Embassy|High\s+Commission)\s+of\s+[A-Z][\w\s'’-]{2,40})"
)
# A release's masthead that names a government's office, in any case: "PRESIDENTIAL
# COMMUNICATIONS OFFICE", "Ministry of National Defense, Republic of Korea".
GOVERNMENT_OFFICE = re.compile(
    r"(?i:(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:office|ministry|department|presidency|secretariat)"
    r"(?:\s+of\s+[\w'’,-]+(?:\s+[\w'’,-]+){0,6}|,\s+[\w'’ -]{3,40})?)"
)
# "Russia's deputy defence minister, Col. Gen. Yunus-Bek Yevkurov": the country whose office
# the title set off before the name is.
OWNER_TITLE_BEFORE = re.compile(
    r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?:[\w-]+\s+){0,3}?"
    rf"(?i:{TITLE_CORE}|chief|commander|leader|head)(?:\s+[\w-]+){{0,3}},\s+$"
)
# "NATO's Supreme Allied Commander Europe, Gen. X", "the Royal Thai Army's commander-in-chief,
# Gen. Y": the body whose office the title names, right before it.
OFFICE_OF_OWNER = re.compile(
    rf"^['’]s\s+(?:[\w-]+\s+){{0,4}}?(?i:{TITLE_CORE}|commander-in-chief)(?:\s+[\w-]+){{0,3}},?\s+"
    r"(?:(?:Gen|Adm|Lt|Vice|Rear|Admiral|General|Col|Maj|Air|Marshal|Dr|Mr|Ms)\.?\s+){0,3}$"
)
# "Gen. X, who commands the U.S. Army ...": the body an official heads, told after the name.
WHO_HEADS = re.compile(
    r",\s+who\s+(?:now\s+|also\s+)?(?:commands|heads|leads|directs|runs|chairs)\s+(?:the\s+)?"
)
# "A and B agreed to ...": two sides who agree together (a meeting or call the text leaves unsaid)
AGREED_TOGETHER = re.compile(
    r"^(?:(?:In|At)\s+[A-Z][\w .'-]*?(?:\s+on\s+[^,]+(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2})?)?,\s+"
    # "In talks at the Peace Palace, Xi and Hun Manet agreed ..."
    r"|(?:In|During)\s+(?:(?:their|the|bilateral|a|an)\s+)*(?:talks|meeting|discussions)\b[^,;]*,\s+)?"
    r"[^,;]*?\b(?:and|with)\b[^;]*?\s"
    r"(?P<verb>agreed|pledged|vowed|affirmed|reaffirmed|elevated|launched|confirmed)\b"
)
# A document that is a joint statement: "Joint Statement on the Fifth India-U.S. 2+2
# Ministerial Dialogue", "Japan-Philippines Joint Leaders' Statement".
HEADLINE_STATEMENT = re.compile(
    r"^(?:(?:[A-Z][\w.'’+–-]*|of|the|and|on)\s+)*?Joint\s+(?:[A-Z][\w'’]*\s+)?"
    r"(?:Statement|Declaration)\b"
)
FOREIGN_AND_DEFENCE = re.compile(r"\bForeign\s+and\s+Defen[cs]e\s+Minist", re.I)
# A release's title that is a meeting's name: "Japan-Italy Defense Ministers' Meeting",
# "Japan-U.S. Defense Ministerial Telephone Talk".
HEADLINE_MEETING = re.compile(
    r"(?:[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+)\s+(?:[A-Z][\w'’.-]*\s+){0,4}"
    r"(?:Meeting|Talks?|Summit|Dialogue|Consultations?|Call)"
)
HEADLINE_TAIL = re.compile(r"(?:\s+(?:on|during|at|in|held)\s.*|\s*[:(—–].*)?")
# "she received courtesy calls from A; B; and C": each called on her on his own.
IN_TURN = re.compile(
    r"\b(?:in turn|one after (?:the )?other|one by one|each separately|courtesy calls from)\b"
)
THEY_SIGNED = re.compile(
    r"\s+(?:also\s+|then\s+|jointly\s+)?(?:signed|issued|adopted|inked|exchanged|released)\b"
)
MINISTERIAL = re.compile(r"\b(?:Minister|Secretary)\b", re.I)
# "Senator Ed Markey", "Representatives John Garamendi, ...": members of a legislature.
LAWMAKER = re.compile(
    r"\b(?:Senators?|Sen\.|Representatives?|Rep\.|Congress(?:man|woman)|Speaker|lawmakers?"
    r"|Members?\s+of\s+(?:Parliament|Congress)|MPs?)\b",
    re.I,
)

# --- Places ---
CITY_STATES = {"Singapore", "Monaco", "Vatican City"}
# A place named as a subject of talks, not where they were held: "concern about the situation
# in the South China Sea".
# Regions too wide to be where a meeting or drill was held.
REGIONS = {
    "Indo-Pacific", "Asia", "Europe", "Asia-Pacific", "Pacific", "Middle East", "Africa",
    "Latin America", "North America", "South America", "Southeast Asia", "East Asia",
    "South Asia", "Central Asia", "Oceania", "Americas", "Eurasia", "Western Pacific",
}  # fmt: skip
TOPIC_PLACE = re.compile(
    r"\b(?:situation|tensions?|conduct|behaviou?r|activities|actions|stability|peace|security"
    r"|concerns?|incidents?|clash(?:es)?|confrontations?|coercion|developments|cooperation"
    r"|presence|interests|order|threats?|ties|role)\s+"
    r"(?:(?:in|on|around|near|over|about|across)\s+)(?:the\s+)?$",
    re.I,
)

# --- Officials and bodies ---
# "the JMSDF destroyer JS Akebono", "MSDF Aegis destroyers JS Chokai": a navy and its ship.
NAVY = re.compile(r"\b(?:Navy|Maritime Self-Defense Force|Coast Guard|Marine Corps|Fleet)\b")
SHIP_CLASS_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+|Aegis\s+){0,4}")
# "..., KD Lekiu and the fleet tanker KD Lekir": the next ship of one list.
NEXT_SHIP_GAP = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}")
STATE_KINDS = ("government", "military")
# A state's body named without its state: "the Ministry of Defense", "the Joint Staff".
STATE_BODY = re.compile(
    r"(?:Ministry|Department) of |(?:Joint Staff|Joint Chiefs of Staff|National Security Office"
    r"|National Security Council|Cabinet)$"
)
# A state's ministry or department with its state named before or after it.
OWNED_BODY = re.compile(
    r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s)?\s+"
    r"(?P<body>(?:Ministry|Department)\s+of\s+[A-Z][^,;]*)"
    r"|(?P<body2>(?:Ministry|Department)\s+of\s+[A-Z][^,;]*?)\s+of\s+(?:the\s+)?(?P<owner2>[A-Z][^,;]*)"
)
# "Ministry of National Defence": the portfolio a minister of the same body holds.
PORTFOLIO_OF_BODY = re.compile(
    r"(?P<body>Ministry|Department) of (?:the )?(?P<portfolio>[A-Z][\w ]+)$"
)
# A building, not a town or a base that may lie outside the dateline's city.
BUILDING = re.compile(
    r"\b(?:House|Palace|Palazzo|Hall|Hotel|Centre|Center|Building|Pentagon|Residence|Lodge"
    r"|Guesthouse|Guest\s+House|Chancellery|Kantei|Élysée|Elysee|Bhavan)\b"
)
# Buildings a report from elsewhere names without being there: "the White House said".
FAR_SEAT = re.compile(r"^(?:the\s+)?(?:White\s+House|Pentagon|Kremlin|Élysée|Elysee)\b")
# "at the Ministry of Defense in Ichigaya, Tokyo": the capital that seats it.
BODY_SEAT = re.compile(r"\s+in\s+(?:[A-Z][\w-]+,\s+)?(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
# "National Assembly Chairman", "Speaker of Parliament": a title held in the country's house,
# which must bear the name the title gives it (Japan's Diet has no "National Assembly").
LEGISLATIVE_TITLE = re.compile(
    r"\b(?P<house>National\s+Assembly|Parliament|Diet)\b.*\b(?:Speaker|Chair(?:man|woman)?|President)\b"
    r"|\b(?:Speaker|Chair(?:man|woman)?|President)\s+of\s+(?:the\s+)?(?P<of>National\s+Assembly|Parliament)\b"
)
# "notifying Congress of his decision": a house told of by its bare name, not "U.S. Congress",
# "National People's Congress" or "the Congress of Peru". States where a bare "Congress" is a
# house (Spain's Congress of Deputies among them) or a party (India's): a document naming two
# of them leaves it unsaid.
BARE_CONGRESS = re.compile(
    r"(?:^|(?<![\w.'’-])[a-z]+\s+)Congress\b(?!\s+of\s+(?:the\s+)?[A-Z])(?!\s+(?:Party|Cent(?:re|er)|Hall)\b)"
    r"(?!['’])"
)
CONGRESS_STATES = (
    "United States", "Philippines", "Argentina", "Brazil", "Chile", "Colombia", "Peru",
    "Mexico", "Guatemala", "Honduras", "Paraguay", "Dominican Republic", "Spain", "India",
)  # fmt: skip
# A legislature approves or ratifies an instrument; it is never bound by one.
LEGISLATURE = re.compile(
    r"\b(?:Diet|Parliament|Congress|Senate|Assembly|House of \w+|Bundestag|Sejm|Riksdag"
    r"|Eduskunta|Storting|Folketing|Knesset|Rada|Duma|Yuan|Sabha)\b"
)
SHORT_NAMES = {"United States": "US", "United Kingdom": "UK"}
# Other ways analysts write the parties in a meeting's or an instrument's name.
PARTY_SPELLINGS = [
    (re.compile(r"\bUS\b"), "U.S."),
    (re.compile(r"\bSouth Korea\b"), "ROK"),
    (re.compile(r"\bUnited Arab Emirates\b"), "UAE"),
    (re.compile(r"\bUnited Kingdom\b"), "UK"),
]
# "Egypt-France-Jordan", "South Korea-U.S.": the countries a name opens with.
PARTY_LISTS = (
    re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*)??(?:-[A-Z][\w.]*(?: [A-Z][\w.]*)??)+(?= )"),
    re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*)??(?:-[A-Z][\w.]*(?: [A-Z][\w.]*)?)+(?= )"),
)
PORTFOLIO_AFTER = re.compile(r"\s+(?:Affairs|Bureau|Division|Desk|Department|Section)\b")
# A rank alone says less than the post an apposition gives: "Gen. X, chief of staff of ...".
RANK_ONLY = re.compile(
    r"^(?:(?:Lt|Maj|Brig|Vice|Rear|Gen|Adm|Col|Capt|Cmdr|Lt\.\s*Gen|Vice\s+Adm)\.?\s*)+$"
)
STRUCTURAL = {"PART_OF", "REPRESENTS", "MEMBER_OF"}
# A military rank at the head of a title: an officer, not a minister of the same name.
RANK = re.compile(
    r"(?:Rear |Vice |Lt\.? |Lieutenant |Maj\.? |Major |Brig\.? |Brigadier |Air )?"
    r"(?:Adm\.?|Admiral|Gen\.?|General|Col\.?|Colonel|Capt\.?|Captain|Commodore|Cmdr\.?|Marshal)(?:\s|$)"
)
TITLE_NORMAL = {
    "Amb": "Ambassador",
    "Asst.": "Assistant",
    "Asst": "Assistant",
    "PM": "Prime Minister",
    "FM": "Foreign Minister",
    "DM": "Defense Minister",
    "EAM": "External Affairs Minister",
    "NSA": "National Security Adviser",
    "SecDef": "Secretary of Defense",
    "SecState": "Secretary of State",
    "SND": "Secretary of National Defense",
    "DefMin": "Defense Minister",
    "VP": "Vice President",
    "CJCS": "Chairman of the Joint Chiefs of Staff",
    "SecGen": "Secretary General",
    "DPM": "Deputy Prime Minister",
    "SecNav": "Secretary of the Navy",
    "DNI": "Director of National Intelligence",
}
TITLE_SHORT = re.compile(
    r"\b(?:" + "|".join(re.escape(short) for short in TITLE_NORMAL) + r")(?=\s|$)"
)

# Bodies that take part in drills though the gazetteer files them as civil.
FORCE = re.compile(
    r"\b(?:Coast Guard|Border Force|Navy|Army|Air Force|Air and Space Force|Space Force|Marine"
    r"|Self-Defen[cs]e Force|Defen[cs]e Force)\b"
)
# "The Foreign Minister of Australia, Mr. Stephen Smith": an office of a country set off
# before the name.
OFFICE_OF = re.compile(
    r"[A-Z][\w-]*\s+(?:(?:[A-Z][\w-]*|of|for|and)\s+){0,7}?(?:of|for)\s+(?:the\s+)?"
    r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}),"
    r"\s+(?:(?:Mr|Ms|Mrs|Dr|HE|H\.E|Senator|the|Hon|Gen|Adm)\.?\s+)*$"
)
# A word of an office, in any case: "Australia's Chief of Joint Operations, ...".
TITLE_WORD = re.compile(rf"\b(?:{TITLE_CORE})\b")

# --- Dates ---
# "Earlier the same day", "the next day", "the evening before": days from the item's last date.
RELATIVE_DAY = (
    # "the same day", "earlier that day", "later in the day", "that evening": the day told of.
    (
        re.compile(
            r"\b(?:the|that)\s+same\s+(?:day|morning|afternoon|evening)\b"
            r"|\b(?:earlier|later)\s+(?:that|in\s+the)\s+(?:day|morning|afternoon|evening)\b"
            r"|^(?:\W*\w+\s+){0,2}?that\s+(?:morning|afternoon|evening|night)\b",
            re.I,
        ),
        0,
    ),
    (
        re.compile(
            r"\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)"
            r"|the\s+day\s+after|a\s+day\s+later)\b",
            re.I,
        ),
        1,
    ),
    (re.compile(r"\b(?:two|2)\s+days\s+later\b", re.I), 2),
    (re.compile(r"\b(?:three|3)\s+days\s+later\b", re.I), 3),
    (
        re.compile(
            r"\b(?:the\s+(?:day|evening|night|morning)\s+before|the\s+previous\s+(?:day|evening)"
            r"|a\s+day\s+earlier)\b",
            re.I,
        ),
        -1,
    ),
)
WEEKDAY_NAME = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
TODAY = re.compile(r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening))\b", re.I)
# A date that says when the sentence's event happened: "on Monday, July 8", "on July 28".
ON_DATE = re.compile(rf"\bon\s+(?:{WEEKDAY_NAME},?\s+)?(?:the\s+)?$", re.I)
# A date that only qualifies something else: "after a June 17 confrontation", "since 2010".
# "condemned North Korea's July 12 launch": a date of someone's act, not the sentence's.
ASIDE_DATE = re.compile(r"(?:\b(?:a|an|the|since|after|before|until|by|from)|\w['’]s)\s+$", re.I)
# "since Trump took office in January": a date inside a since-clause is an aside too.
SINCE_BEFORE = re.compile(r"\bsince\b[^,;.]*$", re.I)
# The same, when the date's own words begin with the preposition ("by March 2025").
ASIDE_DATE_WORD = re.compile(r"(?:since|after|before|until|by|from)\s", re.I)
# "welcomed the first fighter training, held at Komatsu in August", "talks on the partnership
# programme, agreed in July 2023": the date of the thing a participle describes, not of the
# sentence's act.
HELD_ASIDE = re.compile(
    r",\s+(?:held|conducted|staged|hosted|signed|concluded|agreed|adopted|launched|established"
    r"|ratified)(?:\s+(?:at|in|on|off|near)\s[^,;]*|\s+)$"
)
# ... unless it dates an encounter: "a Nov. 3-4 visit", "a May 2 call".
DATED_EVENT = re.compile(
    r"[\s\d,–-]*(?:\w+\s+)?(?:visit|meeting|call|summit|talks|dialogue|trip|session"
    r"|schedule|programme|program|agenda|itinerary)\b",  # "Motegi's Feb. 15 schedule"
    re.I,
)

# "a trilateral meeting", "the three-way talks": a sit-down told as one of countries.
TRILATERAL = re.compile(r"\b(?:trilateral|three-way|quadrilateral|four-way)\b", re.I)
# Seas, oceans and straits: where ships sail and drills run, never where a meeting sits.
OPEN_WATER = re.compile(r"\b(?:Seas?|Ocean|Strait|Straits|Pacific|Peninsula)$")
# "Kato announced on Friday that ...": the speaker of the clause that follows.
SAID_THAT = re.compile(
    r"\b(?:announced|said|told\s+(?:reporters|journalists|the\s+\w+)|confirmed|revealed|stated)"
    r"\s+(?:[\w.,-]+\s+){0,4}?that\b"
)
# "Kishida's visit fell on the same day that Xi was holding talks with Putin": what others did
# meanwhile.
MEANWHILE_THAT = re.compile(
    r"\bthe\s+same\s+(?:day|week|morning|evening)\s+(?:that|as|when)\b"
    r"|\bat\s+the\s+same\s+time\s+as\b|\bcoincided\s+with\b"
)
# "arrived in Seoul", "reached New Delhi", "ended the trip in Tokyo": where the traveller now is.
NOW_IN = re.compile(
    r"(?:\b(?:arrived|landed|flew(?:\s+on)?|went\s+on|travell?ed(?:\s+on)?|reached|moved\s+on"
    r"|(?:ended|began|started|wrapped\s+up)\s+(?:the|his|her|a)\s+(?:[\w-]+\s+)?(?:trip|visit|tour))"
    r"(?:\s+(?:in|to|into))?|^\s*(?:[A-Z][\w.]*\s+\d{1,2}:\s+)?In"
    # "Shin's day in the Saudi capital brought two meetings": where his day was spent
    r"|\b(?:day|days|stop|stay)\s+in"
    # "spent the day in bilateral meetings in St Petersburg": where the meetings that follow sat
    r"|\b(?:bilateral\s+)?(?:meetings|talks|consultations)\s+in)\s+(?:the\s+)?$"
)
# "Wang went on to talks with ...", "left for Jakarta": the traveller has left the city.
MOVED_ON = re.compile(r"\b(?:went|flew|moved|travell?ed|headed|pressed)\s+on\b|\bleft\s+for\b")
# "Abe's visit to Washington": a visit the possessor makes, told of by others.
WHOSE_VISIT = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")
# "announced that Suga would travel": the plan of a reported clause.
WOULD = re.compile(r"\bwould\b")
# "the North", "East and South China Seas": a direction NER takes for a place.
COMPASS = re.compile(r"(?:the\s+)?(?:North|South|East|West)(?:ern)?")
# An instrument told as in force between its parties: "the agreement took effect", "renewed".
BINDS = re.compile(r"\b(?:took\s+effect|takes\s+effect|in\s+force|renew\w*|extend\w*|initial\w*)\b")
# "US Third Fleet commander Vice Adm.", "Indonesian Armed Forces (TNI) commander Adm. X", "GCC
# Secretary-General Y": the role, and any rank, between a body (and its short name) and a name.
# "Commander of the Republic of Fiji Military Forces, Maj. Gen. X": the office before the body.
HEAD_OF_BEFORE = re.compile(
    r"\b(?i:commander|chief|head|director|chairman|chair|president|commandant"
    r"|secretary[- ]general|director[- ]general)(?:\s+of\s+(?:the\s+)?(?:\w+\s+)?[Ss]taff)?"
    r"\s+of\s+(?:the\s+)?$"
)
COMMANDER_OF_BEFORE = re.compile(
    r"(?:\s+\([A-Z][\w&+ -]{1,12}\))?(?:,\s+whose)?"
    r"\s+(?:deputy\s+)?(?:commander|chief|head|director|commandant"
    r"|(?i:secretary[- ]general|general\s+secretary|director[- ]general|chairman|chairwoman"
    r"|spokes(?:man|woman|person)|(?:vice[- ])?president|chair(?:person)?))"
    rf",?\s*(?:{RANK.pattern}\s*)*"
)
# Those who sit at a leaders' summit, by title: heads of state and government ("Emir", "Crown
# Prince" as well as "President"), heads of international bodies, or one standing in.
LEADER = re.compile(
    r"\b(?:President|Prime\s+Minister|Chancellor|Premier|King|Queen|Emir|Sultan|Crown\s+Prince"
    r"|Chief\s+Adviser|Secretary[- ]General|Taoiseach|State\s+Counsellor|Senior\s+General"
    r"|Leader|(?-i:PM|Pres))\b",  # "PM Kishida", "Pres. Marcos"
    re.I,
)
# "el-Sisi", "al-Sudani": the article that opens an Arabic family name, which many reports drop.
ARTICLE_OF_NAME = re.compile(r"(?<![\w-])(?:[Ee]l|[Aa]l)-(?=[A-Z])")

# "Foreign Minister A, Deputy Prime Minister B and Defence Minister C": between two listed
# officials only a comma or "and" and the next one's title.
NEXT_IN_LIST = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:[A-Z][\w.'’&-]*|of|for|and|the)\s+){0,8}"
)
ONE_SIDE_LIST = 3  # two named together are as often counterparts as colleagues

# "The summit then adopted the Dubrovnik Declaration", "The ten heads of delegation signed
# ...", "all 29 leaders endorsed ...": an instrument of everyone at the gathering.
ADOPTED_BY_ALL = re.compile(
    r"\b(?:[Tt]he\s+(?:summit|meeting|conference|session|council|gathering|plenary)"
    r"|(?:[Tt]he|[Aa]ll)\s+(?:\d+|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)"
    r"\s+(?:[\w-]+\s+)?(?:heads\s+of\s+(?:state|government|delegation)|leaders|ministers"
    r"|members|allies|participants|countries|nations|states)"
    r"|[Tt]he\s+(?:leaders|ministers|participants|heads\s+of\s+(?:state|government|delegation))"
    # "Ministers adopted a joint statement": those at the meeting, opening the sentence
    r"|^(?:Leaders|Ministers|Participants)"
    # "G20 leaders closed the summit by adopting the Osaka Leaders' Declaration"
    r"|\b(?P<group>[A-Z][A-Z\d+]{1,6})\s+(?:leaders|(?:foreign\s+|defen[cs]e\s+)?ministers))"
    r"\s+(?:then\s+|also\s+|later\s+|jointly\s+)?(?:adopted|signed|issued|endorsed|approved"
    r"|agreed|put\s+their\s+names\s+to"
    r"|(?:closed|ended|concluded|wrapped\s+up)\s+(?:the|their)\s+(?:summit|meeting|session|talks)"
    r"\s+(?:by|with)\s+(?:adopting|issuing|signing|endorsing))\b"
)

# "Sheikh Mohamed", "Prince Khalid": what follows is a royal's given name.
ROYAL_BEFORE = re.compile(r"\b(?:Sheikh|Sheikha|Prince|Princess|Emir|Sultan)\s+$")

# "Prabowo inauguration", "Modi swearing-in ceremony": a leader's taking office, by name.
TAKING_OFFICE = re.compile(r"(?P<who>\S+(?:\s\S+)?)\s(?P<what>inauguration|swearing-in ceremony)")
