"""Find mentions in a sentence: gazetteer entries, officials with titles, meetings, agreements."""

from __future__ import annotations

import itertools
import re
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Any

from .dates import DAY_OR_MONTH, NOT_A_DATE, SHORT_DAY_OR_MONTH
from .gazetteer import Entry, Gazetteer, town_country
from .names import NAME_ARTICLE, PARTICLES, PATRONYMIC, family_name, plain

__all__ = ["Mention", "split_sentences", "find_mentions", "TITLE_CORE"]

_ABBREVIATIONS = (
    "Mr Ms Mrs Dr Amb Gen Adm Lt Col Maj Capt Cmdr Sgt Gov Sen Rep Sec Dept Asst Jr Sr St No "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Corp Inc Ltd Co Prof Hon Vol Gov Univ vs "
    "Pres Brig Cdr Min Dep Adm Vice Rear Sr Supt Insp Cpl Pvt Gens Govt Ma Md Mohd Smt Kum Ret Retd"
).split()
_SHORT_GIVEN = {"Ma", "Wm", "Chas", "Jos", "Geo", "Md", "Mohd"}
_BODY_NOT_EVENT = re.compile(
    r"\b(?:chairs?|chaired|chairing|chair\s+of|members?\s+of|head\s+of|secretary[- ]general\s+of"
    r"|joined|joining|leads|led)\s+(?:the\s+)?$",
    re.I,
)
_NAME_SUFFIXES = {"Jr", "Sr", "Inc", "Ltd", "Corp", "Co"}
_OPENER = re.compile(
    r"(?:The|He|She|They|It|In|On|At|A|An|This|That|These|Both|Their|His|Her|Its|After|Before"
    r"|Earlier|Later|Separately|Meanwhile|Also)\s"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")

# "General Assembly", "General Atomics": bodies and firms, not a general's name.
_GENERAL_THINGS = (
    "Assembly|Atomics|Dynamics|Electric|Motors|Staff|Secretariat|Council|Conference|Debate"
    "|Headquarters|Directorate|Administration|Authority|Command|Agreement|Security|Information"
    "|Elections?|Intelligence|Department|Prosecutor|Court|Service"
)
TITLE_CORE = (
    r"Minister|Secretary|Ambassador|Amb\.?|President|Director[- ]General|Director|Adviser|Advisor"
    r"|Representative|Envoy|Commander|Chief|Chairman|Chairwoman|Chair|Spokesperson|Spokesman"
    r"|Premier|Chancellor|Governor|Senator|Undersecretary|Coordinator|Administrator|Commissioner"
    rf"|King|Emperor|Pres\.|Crown Prince|Prince|Princess|Sheikh|Sheikha|Emir|Amir|Sultan|Gen\.|General(?!\s+(?:{_GENERAL_THINGS})\b)|Brig\.|Adm\.|Admiral|Lt\.|Col\.|Maj\.|Capt\.|Cmdr\.|Officer|Leader"
    r"|Counselor|Councilor|Councillor|Attach[ée]|Head|Deputy|Lawmaker|Congressman|Congresswoman|Mayor|Marshal|Speaker"
    r"|Commodore|Cdre|Brigadier|PM|FM|DM|EAM|NSA|SecDef|SecState|Charg[ée] d['’]Affaires|Raksha Mantri"
    r"|Treasurer|Attorney[- ]General"
    r"|SND|DefMin|VP|CJCS|SecGen|DPM|SecNav|DNI"
)
_TITLE_CORE_RE = re.compile(rf"\b(?:{TITLE_CORE})(?![\w])", re.I)
# "The Cabinet Secretary for Defence, Hon. Soipan Tuya": a title set off before the name.
_TITLE_BEFORE_COMMA = re.compile(
    rf"\b[Tt]he\s+(?P<title>(?:[A-Z][\w.'’-]*\s+){{0,4}}?(?:{TITLE_CORE})"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w.-]*){0,4})*),\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr|Hon|H\.E|Shri|Smt|Gen|Adm)\.?\s+)*$"
)
# Capitalised words that belong to titles and portfolios, never to a person's name.
_TITLE_VOCAB = {
    w.lower()
    for w in (
        "Minister Secretary Ambassador Amb President Vice Director General Adviser Advisor "
        "Representative Envoy Commander Chief Chiefs Chairman Chair Spokesperson Spokesman Premier "
        "Chancellor Governor Senator Undersecretary Under Coordinator Administrator Commissioner "
        "Deputy Assistant Asst Principal Special Senior Acting State Foreign Defense Defence "
        "Public Diplomacy Affairs Policy Cyber Press Security National Nuclear Korean North South "
        "Staff Joint International Economic Trade Strategic Planning Operations Prime Parliamentary "
        "Vice-Minister Head Officer Leader Counselor Executive Affairs Bureau Intelligence Navy Army "
        "Air Force Marine Corps Naval Admiral Adm Gen Lt Col Maj Capt Cmdr Home Interior Justice "
        "External Finance Treasury Commerce Industry Energy Science Technology Cooperation Policy "
        "Indo-Pacific Asian Pacific East West Global Arms Control Nonproliferation Space Homeland "
        "Information Counterterrorism Management Relations Minister's Ministry Office Department "
        "Dept Cabinet Councilor Councillor Pres Brig Rear Sgt Cdr Crown Prince Princess Sheikh Sheikha Emir Amir Sultan "
        "Chief-of-Staff Lawmaker Congressman Mayor Marshal Commanding Supreme Allied "
        "Honorable Honourable Hon Excellency Extraordinary Plenipotentiary Commander-in-Chief Commodore Cdre Brigadier PM FM DM EAM NSA SecDef SecState SND DefMin VP CJCS SecGen DPM SecNav DNI For Of The And Ministers Secretaries Presidents Leaders Ambassadors Generals Admirals Chiefs Chargé Charge"
        " Raksha Mantri Shri Smt Sri Bapak Ibu Republic Speaker Permanent Assembly Parliament Delegate"
        " Treasurer Attorney Attorney-General Officer-in-Charge OIC"
        # portfolios: "Minister for Defence Procurement James Cartlidge"
        " Procurement Acquisition Sustainment Personnel Readiness Logistics Materiel Capability"
        " Veterans Resources Industrial Maritime Military"
        # "Minister of Education and Training Nguyen Kim Son": the rest of a government's posts
        " Training Tourism Education Health Agriculture Environment Transport Investment"
        " Development Culture Labour Labor Employment Immigration Communications Infrastructure"
        " Fisheries Climate Economy Digital"
        # "Minister of Industry and Construction Yersaiyn Nagaspayev"
        " Construction Mining Mines Petroleum Oil Gas Water Housing Youth Sports Trade Natural"
        " Emergency Emergencies Situations Innovation Telecommunications Aviation Railways"
        # "Minister of Energy and Minerals Salim bin Nasser Al Aufi"
        " Minerals Mineral Electricity Food Heritage Endowments Awqaf Religious Municipalities"
        " d'Affaires d’Affaires Affaires"
        # "General Manager of the NSPA", "Managing Director": a post, not a general's name
        " Manager Managing Executive Officer"
        # ranks written out: "According to Colonel Amitabh Sharma"
        " Colonel Lieutenant Captain Major Sergeant Commander Brigadier Colonel-General Ruler Rt"
    ).split()
}
_HONORIFIC = re.compile(
    r"\b(?:(?:Mr|Ms|Mrs|Dr|Prof|Sir|Dame|H\.E|HE|Hon|Rt|Shri|Smt|Datuk(?:\s+Seri)?|Dato['’]?(?:\s+Se?ri)?|Datin(?:\s+Paduka)?"
    r"|Tan\s+Sri|(?:the\s+|The\s+)?Hono(?:u)?rable"
    r"|(?:Senator\s+)?the\s+Hon|(?:His|Her)\s+Excellency)\.?\s+)+(?=[A-Z])"
)
# Letters of names beyond ASCII: "Niinistö", "Ahn Gyu-back", "Sébastien Lecornu".
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_LOWER = "a-zß-öø-ÿĀ-ž'’"
# "Lloyd J Austin III": a middle initial written without its stop.
_NAME_TOKEN = (
    # "DelBene", "McCain", "LaHood": a capital inside a family name
    rf"(?:[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:-[A-Za-z{_UPPER}][{_LOWER}]+)?|(?:[A-Z]\.)+"
    rf"|(?<![\w.'’-])(?![AI]\s)[A-Z](?=\s+[{_UPPER}][{_LOWER}]))"
)
_CAPS_FAMILY_AFTER = re.compile(r"\s+([A-Z]*[AEIOUY][A-Z]*(?:-[A-Z]+)?)(?![\w.-])")
_UPPER_FAMILY = re.compile(rf"[A-Z]{{2,}}\s+[{_UPPER}][{_LOWER}]+(?:-[{_LOWER}]+)?\b")
# "Ursula von der Leyen", "Alexander De Croo": particles inside a name.
_PARTICLES = r"(?:(?:von|van|der|den|de|da|del|della|di|du|do|dos|e|le|la|bin|bint|ibn|al)\s+)*"
_NAME_RUN = re.compile(
    # "Tupouto'a 'Ulukalala": a Tongan name part opens with its glottal stop
    rf"{_NAME_TOKEN}(?:\s+{_PARTICLES}(?:['’ʻ](?=[A-Z][a-z]))?{_NAME_TOKEN})*"
    r"(?:\s+(?:Jr\.|II|III|IV)(?![\w-]))?"
)

_MEETING = re.compile(
    r"\b(?:[A-Z0-9][\w’'.+–-]*\s+)(?:(?:[A-Z][\w’'.+–-]*|U\.S\.|[0-9]+(?:st|nd|rd|th)?|of|on|for|and|&"
    # "the Sharm el-Sheikh Peace Summit": a town's name with its article
    r"|(?:el|al|ash|as|ad|an|ar|az|at)-[A-Z][\w’'.+–-]*"
    # "the Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting": a body's acronym inside
    r"|\([A-Z0-9+]{2,8}\)"
    # "the U.S.-Vietnam Political, Security and Defense Dialogue": a list inside the name
    r"|[A-Z][\w’'.+–-]*,(?=\s+[A-Z][\w-]*\s+(?:and|&)\s+[A-Z]))\s+){0,6}?"
    r"(?:Strategic Dialogue|Dialogue|Working Group|Summit|Consultative Group|Consultative Committee"
    r"|Consultative Meeting|Consultations|Meeting|Forum|Conference|Talks|Ministerial|Shangri-La"
    r" Dialogue|2\+2|[\"“]2\+2[\"”])"  # 'the Japan-Philippines "2+2"'
    # "the Pacific Islands Forum Foreign Ministers Meeting": the forum's meeting, one name
    r"(?!\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:Meeting|Summit|Ministerial)\b)"
    # "the 15th Conference of Defense Ministers of the Americas": named in full below
    r"(?!\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Ministers|Leaders|Heads)\b)"
    # "the fifth India-US 2+2 Ministerial Dialogue": one name, not a 2+2 and a dialogue
    r"(?:\s+(?:Ministerial\s+)?(?:Consultations|Meeting|Dialogue|Talks)(?=\W|$))?(?:[-–]Plus\b)?"
    # "the Japan-Ukraine Conference for Promotion of Economic Growth and Reconstruction"
    rf"(?:\s+(?:for|on)\s+(?:the\s+)?{NOT_A_DATE}[A-Z][\w-]*"
    rf"(?:\s+(?:(?:of|and|for|the)\s+)*{NOT_A_DATE}[A-Z][\w-]*)*)?"
    r"(?:\s+\([A-Z0-9+]{2,8}\))?"
    # "the Conference of Defense Ministers of the Americas (CDMA)": named by who meets
    # "the 24th meeting of the SCO Council of Heads of State": a council that meets
    r"|\b(?:(?!The\b)(?:[A-Z][\w-]*\s+){1,3}Council|Conference|Meeting|Summit)\s+of\s+"
    r"(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Ministers|Leaders|Heads\s+of\s+(?:State|Government)(?:\s+and\s+Government)?)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?(?:\s+\([A-Z0-9+]{2,8}\))?"
    # "the Council of Ministers of Foreign Affairs of the SCO": a grouping's ministers in
    # council, not a government's cabinet (which has no portfolio after it)
    r"|\b(?:(?!The\b)(?:[A-Z][\w-]*\s+){0,3})Council\s+of\s+Ministers\s+of\s+(?:Foreign\s+Affairs"
    r"|Defen[cs]e)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    # "the Summit on Peace in Ukraine", "the Summit for Democracy": named by its subject alone
    rf"|\b(?:Summit|Conference)\s+(?:for|on)\s+(?:the\s+)?{NOT_A_DATE}[A-Z][\w-]*"
    rf"(?:\s+(?:(?:of|and|for|the|in)\s+)*{NOT_A_DATE}[A-Z][\w-]*)*(?:\s+\([A-Z0-9+]{{2,8}}\))?"
)
# "a Reciprocal Defense Procurement agreement": a name in capitals before a plain noun.
_AGREEMENT_PLAIN = re.compile(
    r"(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s))(?:[A-Z][a-z][\w’'-]*\s+){2,5}"
    r"(?:agreement|treaty|pact|accord|arrangement|memorandum)\b"
)
_AGREEMENT = re.compile(
    r"\b(?:(?:[A-Z][\w’'.–-]*|U\.S\.)\s+(?:(?:[A-Z][\w’'.–-]*|U\.S\.|of|on|and|&)\s+){0,6}?)?"
    # "the Abraham Accords Declaration": the declaration, not the accords it is named for
    r"(?:Memorandum of (?:Understanding|Cooperation|Agreement)|Agreement|Treaty|Pact"
    r"|Accords?(?!\s+Declaration)\b|Convention|Statement of Intent|Letter of Intent"
    r"|Terms of Reference|Action Plan|Pledge(?<=\w\sPledge)"  # "the Tallinn Pledge"
    r"|Partnership Programme|Partnership Program|Roadmap|Plan of Action"
    r"|Security and Defen[cs]e Partnership"  # the EU's instrument with a partner
    r"|Declaration|Joint Statement|Joint Vision Statement|Joint Leaders['’] Statement|Arrangement"
    r"|Charter|Partnership Framework|Exchange of (?:Notes|Letters)|Communiqu[eé]"
    # "the Guidelines for Japan-U.S. Defense Cooperation", "the Trilateral Security Cooperation
    # Framework", "the Compact of Free Association", "the ROK-U.S.-Japan Joint Press Statement"
    r"|Guidelines(?=\s+(?:for|on)\s+[A-Z])|Protocol|Compact(?=\s+of\s)|Joint Press Statement"
    r"|Cooperation Framework|Framework(?=\s+for\s+(?:the\s+)?[A-Z])"
    r"|Joint\s+[A-Z][a-z]+\s+Statement"  # "a Joint Outcomes Statement"
    # "the India-Japan Joint Vision for the Next Decade": a vision the two issue together
    r"|Joint Vision(?=\s+(?:for|on|of)\s+(?:the\s+|an?\s+)?[A-Z0-9])"
    r"|Statement(?=\s+on\s+[A-Z]))"  # "the Phnom Penh Statement on Trilateral Partnership"
    r"(?!\s+(?:Centre|Center|Hall|Complex))"  # "the Fa'onelua Convention Centre": a venue
    # "the Agreement between Australia and Papua New Guinea on Bilateral Security"
    r"(?:\s+between\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+and\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?"
    # "the Treaty of Nancy", "the Treaty for Enhanced Cooperation and Friendship"
    # "the Joint Declaration of Argyle", "the Protocol of the 11th Trilateral Meeting"
    r"(?:(?:(?<=Treaty)|(?<=Pact)|(?<=Accord)|(?<=Charter)|(?<=Roadmap)|(?<=Framework)"
    r"|(?<=Guidelines)|(?<=Protocol)|(?<=Declaration)|(?<=Action Plan)|(?<=Joint Vision))"
    r"\s+(?:of|for)\s+(?:(?:the|an?)\s+(?=[A-Z\d]))?"
    + NOT_A_DATE
    + r"(?:[A-Z]?[\w-]*?U\.S\.[\w-]*|[A-Z][\w-]*|\d+(?:st|nd|rd|th)(?=\s+[A-Z]))"
    r"(?:\s+(?:[A-Z][\w-]*|and)){0,5}(?<!\sand))?"
    rf"(?:\s+on\s+(?:the\s+|an?\s+(?=[A-Z]))?(?:{NOT_A_DATE}"
    # "the Declaration on U.S.-Pacific Partnership"
    r"(?:U\.S\.[\w-]*|[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|of|and|for|for the"
    # "the Joint Declaration on the Completion of Negotiations on Civil Nuclear Energy ..."
    rf"|on(?=\s+{NOT_A_DATE}[A-Z][a-z]+\s+[A-Z])"
    r")){0,8}"
    r"(?<!\sof)(?<!\sand)(?<!\sfor)(?<!\sthe)|(?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*))?"
)
_GENERIC_TITLE_WORDS = frozenset("Joint Leaders Leaders' Leaders’ New Revised of the and".split())
_ON_PLAIN_TOPIC = re.compile(r"(?<=[a-z])\s+on\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)*$")
# "the Agreement between the Government of Japan and the Government of the Republic of Indonesia
# concerning the Transfer of Defense Equipment and Technology": a treaty's formal title, which
# readers shorten to "the Japan-Indonesia Agreement concerning ...".
_FORMAL_TITLE = re.compile(
    r"\b(?P<head>Agreement|Treaty|Convention|Protocol|Arrangement"
    r"|Memorandum\s+of\s+(?:Understanding|Cooperation))\s+between\s+the\s+Government\s+of\s+"
    r"(?:the\s+)?(?P<a>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})\s+and\s+the\s+Government"
    r"\s+of\s+(?:the\s+)?(?P<b>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})"
    r"(?:\s+(?P<prep>concerning|regarding|relating\s+to|on|for)\s+(?P<topic>(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:(?:of|and|for|the|on|in|to)\s+)*[A-Z][\w-]*){0,10}))?(?![\w'’-]|\s+[A-Z])"
)
_STATE_FORM = re.compile(
    r"^(?:(?:People['’]s\s+)?(?:Democratic\s+)?Republic|Kingdom|Commonwealth)\s+of\s+"
)


def _formal_title_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Treaties under their formal title, named as the parties' short names and the subject."""
    found = []
    for m in _FORMAL_TITLE.finditer(text):
        sides = []
        for said in (m["a"], m["b"]):
            hit = gaz.lookup(said) or gaz.lookup(_STATE_FORM.sub("", said))
            sides.append(hit[0].name if hit and hit[0].label == "Country" else None)
        if None in sides or re.match(r",?\s+(?:known|also\s+called|called)\s", text[m.end() :]):
            continue  # "..., known as the Status of Forces Agreement": named by that name
        prep = " ".join(m["prep"].split()) if m["prep"] else ""
        subject = f" {prep} {m['topic']}" if m["topic"] else ""
        name = f"{sides[0]}-{sides[1]} {m['head']}{subject}"
        found.append(
            Mention(
                "Agreement", name, m.group(0), m.start(), m.end(), props={"aliases": [m.group(0)]}
            )
        )
    return found


# "signed a Security and Defence Partnership (SDP)", "launched a Quad Critical Minerals
# Initiative", "adopted the Bangkok Vision 2030", "issued the Camp David Principles": a
# partnership, initiative or vision signed, launched or adopted is an instrument; "raised ties
# to a Comprehensive Strategic Partnership" is a standing, not one.
_INSTRUMENT_BY_ACT = re.compile(
    r"(?:(?<=\bsigned a )|(?<=\bsigned an )|(?<=\bsigned the )|(?<=\blaunched a )"
    r"|(?<=\blaunched an )|(?<=\blaunched the )|(?<=\bconcluded a )|(?<=\bconcluded the )"
    r"|(?<=\badopted a )|(?<=\badopted the )|(?<=\bissued a )|(?<=\bissued the )"
    r"|(?<=\breleased a )|(?<=\breleased the )|(?<=\bendorsed a )|(?<=\bendorsed the )"
    r"|(?<=\bunveiled a )|(?<=\bunveiled the )|(?<=\badopted a new )|(?<=\blaunched a new ))"
    r"(?:[A-Z][\w’'.–-]*\s+(?:(?:and|&|of|on|to|for)\s+)?){0,5}"
    r"(?:Partnership|Initiative|Vision|Concept|Commitment|Union|Principles)"
    # not "the Strategic Partnership in Manila in September": where and when it was signed
    r"(?:\s+\d{4}|\s+(?:of|on|to|for)\s+(?:the\s+)?" + NOT_A_DATE + r"[A-Z][\w’'.–-]*"
    r"(?:\s+(?:(?:of|on|to|for|in|the|and)\s+)*[A-Z][\w’'.–-]*){0,8})?(?:\s+\([A-Z]{2,8}\))?"
    # "the Strategic Partnership signed by Albanese and Marcos": the act told after it
    r"|(?<=\b[Tt]he )(?:[A-Z][\w’'.–-]*\s+(?:(?:and|&|of|on|to|for)\s+)?){0,5}"
    r"(?:Partnership|Initiative|Vision|Principles)"
    r"(?=\s+(?:(?:was|were)\s+(?:also\s+)?)?(?:signed|concluded|adopted|endorsed)\s+by\b)"
)

# A drill's name and its edition: "Iron Wolf 2022-I", "Joint Viking 25", and one word joined
# to its year, "Dragon-24".
_EDITION = (
    r"(?:(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+\s+(?:\d{4}|\d{2})(?:-(?:\d{1,2}|[IVX]+))?"
    r"|[A-Z][a-z]\w+-(?:\d{4}|\d{2}))(?![\w-])"
)
_EXERCISE_GENERIC = re.compile(
    r"\b(?:[Ee]xercise|drill|drills)\s+((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+(?:\s+\d{2,4})?)"
    r"|((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+(?:\s+\d{2,4})?)\s+(?:exercise|drills?)\b"
    # "Vigilant Storm, their largest combined air exercise", "AustraHind 23, the second
    # edition of the India-Australia army exercise"
    r"|((?:[A-Z][\w-]+\s+){1,3}[A-Z][\w-]+(?:\s+\d{2,4})?|[A-Z][\w-]+\s+\d{2,4}"
    r"|[A-Z][A-Za-z]\w+-\d{2,4}),\s+"
    # "Flintlock 24, Africa's largest annual special forces exercise"
    r"(?:their|its|the|a|an|(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['’]s)\s+(?:[\w–-]+\s+){0,8}"
    # "Capt. David Tietzel, the exercise director": a person's office, not a drill's name
    r"(?:exercise|drills?)\b(?!\s+(?:director|commander|control|planners?|spokes\w+|officers?"
    r"|chief|lead|coordinator|headquarters))"
    # "a Multilateral Maritime Cooperative Activity", "the ASEAN Solidarity Exercise"
    # "International Maritime Exercise 2023 (IMX 2023)": one edition of it
    r"|((?:[A-Z][\w-]+\s+){0,3}Cooperative Activity"
    r"|(?:[A-Z][\w-]+\s+){1,3}Exercise(?:\s+\d{4})?(?!\s+[A-Z\d]))"
    # "began Strong Griffin 2024": a drill's edition, opened or closed
    r"|\b(?:began|begun|opened|launched|kicked\s+off|concluded|wrapped\s+up|closed|ended|staged"
    r"|conducted|wraps\s+up|begins|opens|ends)\s+(?:the\s+|this\s+year's\s+)?"
    r"(?!(?:[A-Z][\w-]+\s+){0,3}(?:Dialogue|Summit|Meeting|Forum|Conference|Games|Expo|Session)\b)"
    r"((?:[A-Z][\w-]+\s+){1,3}(?:\d{4}|\d{2}(?:-\d{1,2})?))(?![\w,.-]*\d)"
    # An edition named by its number, then a verb a drill takes: "Joint Viking 25 got under way",
    # "Kevadtorm 2024 (Spring Storm) brought British troops"; "forces took part in Iron Wolf
    # 2022-I"; "NATO's Dynamic Manta 25 anti-submarine exercise".
    rf"|({_EDITION})\s+(?:\([^)]{{2,40}}\)\s+)?(?:got\s+under\s+way|began|opened|kicked\s+off"
    r"|started|ended|concluded|wrapped\s+up|brought|drew|involved|runs|ran|saw|featured)\b"
    r"|\b(?:took|taking|take|takes)\s+part\s+in\s+(?:the\s+)?"
    r"(?!(?:[A-Z][\w-]+\s+){0,3}(?:Dialogue|Summit|Meeting|Forum|Conference|Games|Expo|Session)\b)"
    rf"({_EDITION})"
    rf"|({_EDITION})\s+(?:[a-z][\w-]*\s+){{1,2}}(?:exercise|drills?)\b"
    # "ANNUALEX 2021, the JMSDF's yearly multinational exercise, opened": told in apposition
    rf"|({_EDITION}),\s+(?:the|a|an)\s+[^,;]{{0,60}}?\b(?:exercise|drills?|war\s+games)\b"
    # "included Swift Response 24, in which paratroopers ...": an edition its troops name.
    rf"|({_EDITION}),\s+(?:in|during)\s+which\s+(?:[\w-]+\s+){{0,3}}?(?:troops|forces"
    r"|paratroopers|marines|sailors|soldiers|units|ships|aircraft|crews)\b"
    # "Norway's largest exercise of the year, Joint Viking 2025, ended": named after the noun
    rf"|\b(?:exercise|drills?|war\s+games)\b[^,;.]{{0,30}},\s+({_EDITION}),"
    # "their largest bilateral exercise yet, Keris Woomera, in East Java": by its name alone
    r"|\b(?:exercise|drills?)(?:\s+yet)?,\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,2}),"
    r"(?=\s+(?:in|at|off|on|near|from|across)\s)"
    # "Golden Dragon 2024, held in May in Kampong Chhnang ..., was the largest drill"
    rf"|({_EDITION}),\s+(?:held|staged|conducted)\b[^.;]{{0,160}}\b(?:exercise|drills?)\b"
)
# "Lithuanian units trained alongside German troops in Iron Wolf 2023-II": searched apart, so
# that the words between do not hide a drill named in them.
_TRAINED_IN = re.compile(
    rf"\b(?:trained|drilled|exercised)\b[^.;]{{0,80}}?\bin\s+(?!{SHORT_DAY_OR_MONTH})({_EDITION})"
)
# "In 2024 began ...", "the exercise": words that open no drill's name.
_NOT_A_NAME_START = set(
    "the this that its their in on since by from until during for through of at"
    " after before".split()
)
_EDITION_END = re.compile(r"\s\d{2,4}(?:-(?:\d{1,2}|[IVX]+))?$")  # "Joint Viking 25"
_NOT_DRILL = re.compile(rf"{DAY_OR_MONTH}\b")
_BODY_END = re.compile(
    r"\b(?:Centre|Center|Command|Agency|Ministry|Department|Office|Council|Headquarters)$"
)
# "Kamandag 9", "Keen Sword 25", "Cope Thunder 24-1"; not "Talisman Sabre 13 July".
_NUMBER_AFTER = re.compile(
    r"\s+(\d{1,4}(?:-\d{1,2})?|[IVXL]+)\b(?![,.]\d)"  # "UNITAS LXIII"
    r"(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)
_ARTICLES = re.compile(r"^(?:(?:the|The|a|an|An|A)\s+)+")
_LEADING_JUNK = re.compile(
    r"^(?:(?:the|The|a|an|An|A|first|second|third|inaugural|\d+(?:st|nd|rd|th)"
    r"|\d+-(?:member|nation|country|day|year|strong|party))\s+)+"  # "the 18-member East Asia Summit"
)


@dataclass
class Mention:
    """A thing named in a sentence, at a character span, with what is known of it."""

    label: str
    name: str
    surface: str
    start: int
    end: int
    role: str = "name"
    props: dict[str, Any] = field(default_factory=dict)
    entry: Entry | None = None


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences with their offsets; abbreviations such as 'Dept.' and 'Dec.' do not end one."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start : m.start()].rstrip('"”’)')
        last = re.search(r"(\b[\w.]+)\.$", before)
        if last:
            word = last.group(1)
            # "... Gilberto Teodoro Jr. The Philippine ministers ...": a suffix ends a sentence
            # when a word that opens one follows.
            ends = word in _NAME_SUFFIXES and _OPENER.match(text, m.end())
            if not ends and (
                word in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word + ".")
            ):
                continue
            if len(word) == 1 and word.isupper():
                continue
        out.append((start, text[start : m.start()].strip()))
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append((start, tail))
    return out


def _overlaps(a: Mention, taken: list[Mention]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in taken)


# Bodies named for the building they sit in: as the place of a meeting, the building.
_BUILDING = re.compile(r"(?:\bHouse|\bPalace|\bPentagon|\bKremlin)$")


def _owner_before(text: str, start: int) -> str | None:
    """'Australia' of "Australia's Department of Defence": the possessor right before a name."""
    owner = _OWNER.search(text, max(0, start - 80), start)
    if owner is None and re.match(r"(?:Ministry|Department)\b", text[start:]):
        owner = _SHARED_OWNER.search(text, max(0, start - 120), start)
    return owner.group(1) if owner else None


_OWNER = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:’s|'s)\s+$")
# "Korea's Ministry of Foreign Affairs and Ministry of National Defense": one owner for both.
_SHARED_OWNER = re.compile(
    r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:’s|'s)\s+(?:Ministry|Department)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w ]*?\s+and\s+(?:the\s+|its\s+)?$"
)


def _body_in_context(
    text: str, m: re.Match[str], end: int, entry: Entry, gaz: Gazetteer
) -> Mention | None:
    """A gazetteer body that its context makes something else: the building a meeting is
    held at, or another state's body of the same name."""
    before = text[max(0, m.start() - 80) : m.start()]
    seat = re.match(r"\s+headquarters\b", text[end:])
    # "According to the Pentagon": the ministry that spoke, not a building.
    at = re.search(r"\b(?:at|in|(?<![Aa]ccording )to|outside|inside)\s+(?:the\s+)?$", before)
    building = _BUILDING.search(entry.name) or _BUILDING.search(m.group(0))
    if at and (seat or building):
        # "received Ishiba at the White House", "met at NATO headquarters", "hosted Nakatani at
        # the Pentagon" (the name of a ministry too): a place.
        stop = end + seat.end() if seat else end
        place = f"{m.group(0)} headquarters" if seat else re.sub(r"^the\s+", "", m.group(0))
        # "at the White House": in the country whose body shares the name
        props = {"country": entry.props.get("country")} if building else {}
        return Mention("Location", place, text[m.start() : stop], m.start(), stop, props=props)
    home = entry.props.get("country")
    owner = _owner_before(text, m.start()) if home else None
    owned = gaz.lookup(owner) if owner else None
    if owned and owned[0].label == "Country" and owned[0].name != home:
        # "South Korea's National Security Council": that state's own, not the gazetteer's
        # body of the same name.
        props = {"kind": entry.props.get("kind"), "country": owned[0].name}
        return Mention("Organization", m.group(0), m.group(0), m.start(), end, props=props)
    return None


# "met at Blair House", "welcomed Costa and von der Leyen to Lancaster House": where.
_AT_OR_WELCOMED_TO = re.compile(
    r"\bat\s+(?:the\s+)?$|\b(?:welcomed|welcoming|welcomes|invited|brought)\b[^.;]{0,160}?\bto\s+"
    r"(?:the\s+)?$"
)


def _gazetteer_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    found = []
    for m in gaz.pattern.finditer(text):
        hit = gaz.lookup(m.group(0))
        if hit is None:
            continue
        entry, role = hit
        end = m.end()
        name = entry.name
        if re.search(r"\b(?:Latin|South|Central|Pan)[\s-]+$", text[: m.start()]) and (
            m.group(0) in ("American", "Americans", "America")
        ):
            continue  # "Latin American governments": a region's, not the United States'
        if entry.label == "Exercise":
            number = _NUMBER_AFTER.match(text, end)
            if number:
                name = f"{entry.name} {number.group(1)}"
                end = number.end()
        if entry.label == "Organization" and re.match(r"\s+(?:Consultations|Talks)\b", text[end:]):
            continue  # "a Protocol on Foreign Office Consultations": a kind of talks, not a body
        if entry.label == "Organization":
            body = _body_in_context(text, m, end, entry, gaz)
            if body is not None:
                found.append(body)
                continue
        capital_after = re.match(r"\s+capital\b", text[end:])
        if entry.label == "Country" and capital_after and entry.props.get("capital"):
            # "in the Cambodian capital": the place is the capital, named as the country knows it.
            capital = entry.props["capital"]
            stop = end + capital_after.end()
            found.append(
                Mention(
                    "Location",
                    capital,
                    text[m.start() : stop],
                    m.start(),
                    stop,
                    props={"country": entry.name, "capital_of": True},
                )
            )
            continue
        if role == "capital":
            # "met in Tokyo" is a place; "Tokyo agreed" is the government.
            before = text[max(0, m.start() - 14) : m.start()].lower()
            # "made Manila the first stop of his trip": the city as a stop, a place.
            a_stop = re.match(r"\s+(?:the|his|her|its|their)\s+(?:\w+\s+)?stop\b", text[end:])
            # "from the Pyongyang area", "the Sunan area of Pyongyang": ground in the city.
            a_stop = a_stop or re.match(r"\s+area\b", text[end:])
            # "leaves Astana for Dushanbe, where Rahmon will receive him": places left and
            # reached.
            a_stop = a_stop or re.match(r",\s+where\b", text[end:])
            # "visited Manila and Hanoi": the second city of a list of places is one too.
            listed = (
                bool(found)
                and found[-1].label == "Location"
                and re.fullmatch(r",\s+(?:and\s+)?|\s+and\s+", text[found[-1].end : m.start()])
            )
            # "350 km north-west of Cairo": a place named, but what happened was not in it.
            away = re.search(r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$", before)
            # "at State House, Nairobi", "in Yongsan, Seoul": the city a named place lies in.
            within = _PLACE_THEN_CITY.search(text, max(0, m.start() - 80), m.start())
            # "In Washington, Seoul and Tokyo agreed": the governments, when a verb follows.
            within = within and _CITY_ENDS.match(text, end)
            if (
                re.search(
                    r"\b(?:(?:in|at|to|from|near|into|via|outside|visit|visits|visited|visiting"
                    r"|leaves|left|leaving|departed|departs)"
                    r"|(?:outskirts|suburbs|area)\s+of)\s+$",
                    before,
                )
                or a_stop
                or listed
                or away
                or within
            ):
                district = re.match(r",?\s+D\.\s?C\.", text[end:])  # "Washington, D.C."
                stop = end + district.end() if district else end
                found.append(
                    Mention(
                        "Location",
                        entry.props["capital"],
                        text[m.start() : stop],
                        m.start(),
                        stop,
                        props={"country": entry.name, **({"region": True} if away else {})},
                    )
                )
                continue
        if entry.label == "Country" and entry.props.get("place") and role != "demonym":
            # "drills around Taiwan": an island whose status readers leave open, named as a place.
            found.append(Mention("Location", entry.name, m[0], m.start(), end, role, entry=entry))
            continue
        region = _REGION_OF.search(text, 0, m.start())
        if (
            entry.label == "Country"
            and region
            and role != "capital"
            and gaz.lookup(region[0] + m[0]) is None
        ):
            # "Perth, Western Australia", "drills in northern Australia": a state or region
            # of the country, a place.
            whole = text[region.start() : end]
            found.append(Mention("Location", whole, whole, region.start(), end,
                                 props={"country": entry.name, "region_of": True}))  # fmt: skip
            continue
        found.append(
            Mention(entry.label, name, text[m.start() : end], m.start(), end, role, entry=entry)
        )
    return found


_PLACE_THEN_CITY = re.compile(
    r"\b(?:in|at|near|off|outside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*,\s+$"
)
_CITY_ENDS = re.compile(
    r"\s*(?:[,.;)]|$)|\s+(?:on|in|at|for|to|during|before|after|last|this|next|from)\b"
)
_REGION_OF = re.compile(
    r"(?<![\w-])(?:[Ww]estern|[Nn]orthern|[Ss]outhern|[Ee]astern|[Cc]entral)\s+$"
)


_TRAILING_JUNK = re.compile(r"(?:\s+(?:in|at|on|with|and|the|of|for|to|by|from|as|that|which))+$")


def _clean_name(raw: str) -> str:
    raw = _LEADING_JUNK.sub("", raw.strip(" ,.;:"))
    raw = _TRAILING_JUNK.sub("", raw)
    raw = re.sub(r"[\"“”](2\+2)[\"“”]", r"\1", raw)
    return raw.replace("’s", "").replace("'s", "").strip()


# "the protocol on Sweden's accession to NATO", "Sweden's NATO accession protocol",
# "the accession protocols for Finland and Sweden": the allies' ratifications of a new member.
_ACCESSION = re.compile(
    r"\b[Pp]rotocol\s+on\s+(?P<of>[A-Z][\w-]+)['’]s\s+accession\s+to\s+(?:NATO\b|the\s+North"
    r"\s+Atlantic\s+Treaty\b(?:\s+Organi[sz]ation\b)?)"
    r"|\b(?P<own>[A-Z][\w-]+)['’]s\s+(?:NATO\s+)?accession\s+protocol\b"
    r"|\b[Aa]ccession\s+protocols?\s+for\s+(?P<for>[A-Z][\w-]+(?:\s+and\s+[A-Z][\w-]+)?)"
)


def _accession_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Accession protocols, named one way whichever way the text puts them."""
    found = []
    for m in _ACCESSION.finditer(text):
        member = m["of"] or m["own"] or m["for"]
        hits = [gaz.lookup(c) for c in member.split(" and ")]
        if not all(h and h[0].label == "Country" for h in hits):
            continue
        if m["for"] and " and " in member:
            name, aliases = f"Accession protocols for {member}", ["accession protocols"]
        else:
            name = f"Protocol on {member}'s accession to NATO"
            aliases = [f"{member}'s NATO accession protocol", "NATO accession protocol",
                       f"Protocol to the North Atlantic Treaty on the Accession of {member}"]  # fmt: skip
        start = m.start("own") if m["own"] else m.start()
        found.append(Mention("Agreement", name, m[0], start, m.end(), props={"aliases": aliases}))
    return found


_INSTRUMENT_WORD = re.compile(
    r"\b(?:Memorandum|Agreement|Treaty|Pact|Accord|Convention|Statement|Letter|Terms|Plan"
    r"|Programme|Program|Roadmap|Declaration|Arrangement|Charter|Framework|Notes|Letters"
    r"|Guidelines|Protocol|Compact|Communiqu[eé])\b"
)


def _pattern_mentions(text: str, label: str, pattern: re.Pattern[str]) -> list[Mention]:
    found = []
    for m in pattern.finditer(text):
        surface = m.group(0)
        name = _clean_name(surface)
        name = re.sub(r"\s\([A-Z0-9+]{2,8}\)(?=\s)", "", name)  # an acronym inside the name
        acronym = re.search(r"\s*\(([A-Z0-9+]{2,8})\)$", name)
        props: dict[str, Any] = {}
        if acronym:
            props["acronym"] = acronym.group(1)
            name = name[: acronym.start()].strip()
        head, on, tail = name.rpartition(" on ")
        if label == "Agreement" and on and not _INSTRUMENT_WORD.search(head):
            # "talks with Secretary General Jens Stoltenberg on Japan's Partnership Programme":
            # what was talked about, not who.
            name = _clean_name(tail)
        words = name.split()
        if len(words) < 2 or not name[0].isupper() and not name[0].isdigit():
            continue
        start = m.start() + surface.find(name.split()[0])
        found.append(Mention(label, name, surface, start, m.end(), props=props))
    return found


# "Vice Adm. Brad Cooper, the exercise fielded ...": a name after a rank or office is a person's.
_RANK_BEFORE = re.compile(
    r"\b(?:Adm|Gen|Col|Capt|Cmdr|Cdr|Lt|Maj|Brig|Sgt|Cmdre)\.\s+$"
    r"|\b(?:Admiral|General|Colonel|Captain|Commander|commander|minister|secretary|chief)\s+$"
)


def _exercise_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    found: list[Mention] = []
    spans = [
        (m.start(g), m.end(g), g == 4)  # "ASEAN Solidarity Exercise": titled
        for m in [*_EXERCISE_GENERIC.finditer(text), *_TRAINED_IN.finditer(text)]
        for g in [next(g for g in range(1, m.re.groups + 1) if m.group(g))]
    ]
    # "in exercises such as Elang AUSINDO and Rajawali AUSINDO": each drill of the list
    for m in _DRILLS_SUCH_AS.finditer(text):
        spans += [
            (m.start(1) + n.start(), m.start(1) + n.end(), False)
            for n in re.finditer(r"[A-Z][^,]*?(?=,\s|\s+(?:and|or)\s|$)", m.group(1))
        ]
    for start, end, titled in spans:
        if any(f.start < end and start < f.end for f in found):
            continue
        mention = _drill_mention(text, start, end, titled, gaz)
        if mention:
            found.append(mention)
    return found


# "exercises such as A, B and C", "drills including A and B": the drills named in a list
_DRILLS_SUCH_AS = re.compile(
    r"\b(?:exercises|drills)\s+(?:such\s+as|including|like)\s+"
    r"((?:[A-Z][\w-]*(?:\s+[A-Z\d][\w-]*){0,3}(?:,\s+|\s+(?:and|or)\s+))*"
    r"[A-Z][\w-]*(?:\s+[A-Z\d][\w-]*){0,3})"
)


# Words any drill's name may hold, that name none alone.
_DRILL_WORDS = frozenset(
    "maritime naval navy army air force coast guard marine marines joint combined bilateral"
    " trilateral exercise exercises drill drills partnership cooperation special forces"
    " amphibious field training".split()
)


def _drill_mention(text: str, start: int, end: int, titled: bool, gaz: Gazetteer) -> Mention | None:
    """The drill named at text[start:end], or None when the words name something else."""
    name = _clean_name(text[start:end])
    if not name:
        return None
    if re.match(r"Exercise\s+\S+\s+\S", name):
        # "Exercise Talisman Sabre" is Talisman Sabre, as other reports name it.
        name = name.split(None, 1)[1]
        start = max(text.find(name, start), start)
    # "the second U.S.-Armenian Eagle Partner exercise": whose drill, then its name; not
    # "the Japan-India Maritime Exercise", whose name is only words of any drill
    words = name.split()
    parties = re.split(r"[-–/]", words[0])
    if (
        (len(parties) > 1 or text[:start].endswith(("-", "–")))
        and len(words) > 1
        and all((hit := gaz.lookup(p)) and hit[0].label == "Country" for p in parties)
        and not all(w.lower() in _DRILL_WORDS for w in words[1:])
    ):
        name = " ".join(words[1:])
        start = max(text.find(name, start), start)
    titled = titled and len(name.split()) > 2
    # "Arctic Defender 24", "Pacific Vanguard 25": a region may open a drill's edition.
    lead = gaz.lookup(name.split()[0])
    region_led = bool(lead and lead[0].label == "Location" and _EDITION_END.search(name))
    if gaz.lookup(name) or (lead and not titled and not region_led):
        return None
    if _NOT_DRILL.search(name) or _BODY_END.search(name):
        return None  # "Organised with the Crisis Management Centre, the drill ...": a body
    if re.search(r"-(?:hosted|led|run|based|sponsored|backed)$", name):
        return None  # "Dragon-24, a Polish-hosted exercise": who hosts it, not its name
    if re.search(r"\b[A-Z][\w-]*\s+of\s+(?:the\s+)?$", text[:start]):
        return None  # "the Rim of the Pacific exercise": the end of a longer name
    if _RANK_BEFORE.search(text, max(0, start - 40), start):
        return None  # "by NAVCENT commander Vice Adm. Brad Cooper, the exercise ...": a person
    parts = re.split(r"[-–/]", name)
    if len(parts) > 1 and all(gaz.lookup(p) for p in parts):
        return None  # "the large Australia-US exercise": whose drill, not its name
    first = name.split()[0].lower()
    if first in _NOT_A_NAME_START or (
        first in ("joint", "annual") and not _EDITION_END.search(name)
    ):
        return None
    # "the ASEAN Solidarity Exercise (ASEX-01 Natuna)": the short name reports use.
    short = re.match(r"\s+\(([A-Z][\w-]*(?:\s+[\w-]+){0,2})\)", text[end:])
    props = {"alias": short.group(1)} if short else {}
    return Mention("Exercise", name, text[start:end], start, end, props=props)


# "Minister of State at the Federal Foreign Office Tobias Lindner": a title held in a body.
_TITLE_AT_BODY = re.compile(
    rf"(?<![\w-])(?:[A-Z][\w.'’-]*\s+){{0,3}}(?:{TITLE_CORE})(?:\s+of\s+State)?\s+at\s+the\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,4}(?:Office|Chancellery|Ministry(?:\s+of(?:\s+[A-Z][\w-]*)+)?"
    r"|Department(?:\s+of(?:\s+[A-Z][\w-]*)+)?)\s$"
)
_LOWER_TITLE_WORDS = set(
    "exercise director commander spokesman spokesperson chief deputy envoy ambassador minister"
    " secretary adviser advisor coordinator defence defense foreign prime vice assistant"
    " special national security acting ministers secretaries envoys ambassadors".split()
)
# "Iranian deputy foreign ministers A and B": a title in the plural, shared by the names.
_PLURAL_TITLE_END = re.compile(
    r"\b(?:[Mm]inisters|[Ss]ecretaries|[Ee]nvoys|[Aa]mbassadors|[Cc]ommanders|[Cc]hiefs)$"
)
# "Gen. (Ret.) Nattaphon Narkphanit": a retired officer's mark inside the title.
_RETIRED = {"Ret.)", "Retd.)", "ret.)", "retd.)", "(Ret.)", "(Retd.)"}


def _title_before(text: str, start: int, gaz: Gazetteer) -> str:
    """The capitalised title phrase right before a name: 'Japanese Defense Minister'."""
    window = text[max(0, start - 160) : start]
    at_body = _TITLE_AT_BODY.search(window)
    if at_body:
        return at_body.group(0)[:-1]
    posted = _POSTED_BEFORE.search(window)
    place = gaz.lookup(posted.group("place")) if posted else None
    if posted and place and place[0].label == "Country":
        # "Philippine Ambassador to the United States Jose Manuel Romualdez": over the country,
        # of several words, the envoy is posted to, back to whose envoy he is.
        at = start - len(window) + posted.start()
        head = _title_before(text, at, gaz)
        if _ENVOY_END.search(head):
            return f"{head} {posted.group(0).strip()}"
    words = window.split(" ")
    kept: list[str] = []
    ordered = list(reversed(words[:-1] if words and words[-1] == "" else words))
    for i, word in enumerate(ordered):
        bare = word.strip("(")
        if word in _RETIRED:
            kept.append(word)  # taken out of the title below, kept for where it starts
            continue
        if not bare:
            continue
        left = ordered[i + 1].strip("(,") if i + 1 < len(ordered) else ""
        hit = gaz.lookup(left) if bare == "and" and left else None
        if hit and hit[0].label == "Country":
            break  # "signing for Japan and Defense Secretary Teodoro": Japan is not his
        if bare.endswith(",") or bare.endswith(";"):
            break
        capital = bare[0].isupper() or bare.startswith(("d'", "d’"))  # "Chargé d'Affaires"
        if bare in _LOWER_TITLE_WORDS:
            # "Philippine exercise director Maj. Gen.", "Australian defence minister": a title
            # told in lower case, still on its way back to the country it names.
            kept.append(bare)
            continue
        if bare.lower() in _LINKS or "/" in bare or (capital and _title_word(bare, gaz)):
            kept.append(bare)
            continue
        if bare == "to" and kept and left.lower() in _ACCREDITED and gaz.lookup(kept[-1]):
            kept.append(bare)  # "U.S. Ambassador to Thailand Robert Godec"
            continue
        break
    while kept and kept[-1].lower() in _LINKS:  # "called on Prime Minister Modi"
        kept.pop()
    # "Papua New Guinea Prime Minister": the words before "Guinea" complete the country.
    before = ordered[len(kept) : len(kept) + 2]
    for extra in (2, 1):
        longer = " ".join([*reversed(before[:extra]), *reversed(kept[-1:])])
        if kept and len(before) >= extra and gaz.lookup(longer):
            kept.extend(before[:extra])
            break
    phrase = " ".join(reversed(kept))
    return phrase if _TITLE_CORE_RE.search(phrase) else ""


def _titled_person(phrase: str, gaz: Gazetteer) -> bool:
    """', Indian External Affairs Minister S. Jaishankar': the next person of a list, titled."""
    for m in _TITLE_CORE_RE.finditer(phrase):
        if not m.group(0)[0].isupper():
            continue
        # "Secretary of Defense Lloyd J. Austin III": over the title's portfolio to a name that
        # ends the phrase ("Chief of Staff of Japan's Joint Staff" ends on a body instead).
        for n, after in enumerate(re.finditer(r"\s+(\S+)", phrase[m.end() :])):
            word = after.group(1)
            if word in _LINKS or _title_word(word, gaz):
                continue
            if n == 0 and word == "to" and m.group(0).lower() in _ACCREDITED:
                continue  # "U.S. Ambassador to Mongolia Richard Buangan"
            if n == 0 and re.match(r"[A-Z]", word):
                return True  # "Minister Payne announced ...": the name right after the title
            rest = phrase[m.end() + after.start(1) :]
            if (
                re.fullmatch(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}", rest)
                and not any(_title_word(w, gaz) for w in rest.split())
                and not _BODY_WORD.search(rest)
                and gaz.lookup(word.removesuffix("'s")) is None
            ):
                return True
            break
    return False


def _starts_with_name(phrase: str, gaz: Gazetteer) -> bool:
    """', Lee Jun-il and ...' is another person, not a title; ', South Korea's adviser' is one."""
    m = re.match(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)+)", phrase)
    if not m:
        return False
    words = m.group(1).replace("’s", "").replace("'s", "")
    return gaz.lookup(words) is None and not _title_word(words.split()[0], gaz)


_NAME_NEXT = re.compile(
    r",\s+(?:(?:Mr|Ms|Mrs|Dr|HE|H\.E|Senator|the|Hon|Gen|Adm)\.?\s+)*[A-Z][\w-]+\s+[A-Z][\w-]+"
    r"(?:\s*,|\s+(?:and|met|signed|held|said)\b)"
)


_WIRE_CREDIT = re.compile(r"[A-Z][A-Z .'’-]+,[^()]{1,30}\($")  # "KYIV, March 21 ("
_SPOUSE_BEFORE = re.compile(r"\b(?:his\s+wife|her\s+husband|(?:his|her)\s+spouse),?\s+$", re.I)
_SCHEME_AFTER = re.compile(
    r"\s+(?:programme|program|scheme|initiative|project)\b"
    # "announced Baltic Sentry, an enhanced vigilance activity": what the apposition calls it
    r"|,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:activity|operation|mission|initiative|programme"
    r"|program|exercise|drill|deployment|patrol)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|on|along|across|to|for|of|that|which|run|led)\b)"
)
_HONOURED_NEXT = re.compile(r",\s+(?:(?:Mr|Ms|Mrs|Dr|HE|H\.E|Hon)\.?\s+)+[A-Z][\w-]+")
_TITLE_SET_OFF = re.compile(
    rf"\b(?:{TITLE_CORE})\b[^,;]{{0,60}}\b(?:of|for)\s+(?:the\s+)?[A-Z][\w.\s-]*,\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr|HE|H\.E|Senator|the|Hon|Gen|Adm)\.?\s+)*$"
)


def _apposition_after(text: str, end: int, gaz: Gazetteer, start: int = 0) -> str:
    """', deputy director-general of the X Bureau,' after a name: the title it gives."""
    # "..., commander of U.S. Indo-Pacific Command (INDOPACOM).": the body's short name after
    m = re.match(
        r",\s+([^,;()]{3,120}?)(?:\s+\([A-Z][\w&+ -]{1,12}\))?"
        r"(?=,|;|(?<![A-Z])\.\s|\.$| and [A-Z]| who |$)",
        text[end:],
    )
    if (
        m
        and _TITLE_CORE_RE.search(m.group(1))
        and not re.match(r"(?:and|or|but|while|who|which|as)\b", m.group(1))
        # ", the first time a South Korean defence minister had been received": a when
        and not re.match(
            r"the\s+(?:first|second|third|last|only)\s+(?:time|visit|trip)\b", m.group(1)
        )
        # ", received the Foreign Minister of Singapore", ", this morning received ...": a
        # verb, not a title
        and not re.match(
            r"(?:(?:this|that|also|then|later|earlier|yesterday|today)\s+"
            r"(?:(?:morning|afternoon|evening|week)\s+)?)?"
            r"(?:[a-z]+ed\b|(?:met|held|told|spoke|said|paid|took|gave|made)\b)",
            m.group(1),
        )
        and not _starts_with_name(m.group(1), gaz)
        and not _titled_person(m.group(1), gaz)
        # "..., Philippine exercise director Maj. Gen. Marvin Licudine": the next person's title
        and not re.search(r"\b(?:Maj|Gen|Col|Lt|Adm|Capt|Cmdr|Brig|Sgt|Dr|Mr|Ms|Mrs)$", m.group(1))
        # "The Foreign Minister of Australia, Mr. Smith, the Foreign Minister of Japan, Mr.
        # Koumura": in a list of titles each before its name, the title of the name after.
        and not (_NAME_NEXT.match(text, end + m.end()) and _TITLE_SET_OFF.search(text[:start]))
        # "At the invitation of Prime Minister Modi, the President of Indonesia, H.E. Mr.
        # Prabowo, paid ...": a title set off before the honoured name it belongs to.
        and not (m.group(1).startswith("the ") and _HONOURED_NEXT.match(text, end + m.end()))
    ):
        return m.group(1).strip()
    return ""


_ROLE_PLURAL = re.compile(
    r"\b(?i:(?:defen[cs]e|foreign|prime|trade|finance)?\s?(?:chiefs|ministers|secretaries|leaders"
    r"|counterparts|envoys|ambassadors|presidents)\s+"
    # "the five House members travelling with her (Gregory Meeks, Mark Takano and Andy Kim)"
    r"|(?i:members|lawmakers|legislators|senators|representatives)\b[^()]{0,40}\()(?P<names>"
    r"(?:[A-Z]\.\s)?[A-Z][\w-]+(?:\s[A-Z][\w-]+)?"
    r"(?:,\s+(?:[A-Z]\.\s)?[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)*,?\s+and\s+"
    r"(?:[A-Z]\.\s)?[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
)
# "chairman of Turkmenistan's Halk Maslahaty": what one heads, after its country's possessive.
_HEAD_OF_OWNED = re.compile(
    r"\b(?:chairman|chairwoman|chair|head|speaker|leader|members?)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+$"
)
_ARTICLE_FIRST = re.compile(rf"{NAME_ARTICLE}[A-Z]")
# Ships, aircraft and equipment that NER takes for people.
_NOT_A_PERSON = re.compile(
    r"\b(?:USS|HMS|HMAS|HMCS|HMNZS|JS|ROKS|BRP|INS|USNS|KRI|RSS|Osprey|Hornet|Raptor|Typhoon"
    r"|Patriot|Tomahawk|Aegis|Himars|HIMARS"
    # Diseases and storms that NER takes for people.
    r"|Covid|COVID|Covid-19|COVID-19|Dengue|Ebola|Zika|Omicron|Mpox|Typhoon|Cyclone|Hurricane"
    # "On Friday, Mattis is due in Bogota": a day, not a person.
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    # "Deputy Assistant Secretary of Defense for East Asia": a region ending a title.
    r"|Asia|Africa|Europe|Oceania|Americas?"
    # "said on Twitter": a platform.
    r"|Twitter|Facebook|Instagram|Telegram|WeChat|Weibo|YouTube|TikTok"
    # "presented his host with China's Friendship Medal": an honour.
    r"|Medal|Award|Prize|Decoration"
    # "for Ukraine's Independence Day": a holiday.
    r"|(?:Independence|Victory|National|Republic|Constitution|Unification|Armed\s+Forces)\s+Day"
    # "the Chief Guest at the Republic Day celebrations": an honour of the day, not a name.
    r"|Guest"
    # "General David Hurley AC DSC (Retd)": a retired officer's suffix.
    r"|Retd)\b"
)
# Ships and honours named after people: "the cruiser Marshal Ustinov", "the Order of St Andrew".
_NAMED_THING_BEFORE = re.compile(
    r"\b(?:frigate|destroyer|cruiser|corvette|warship|ship|vessel|carrier|submarine|tanker"
    r"|icebreaker|Order\s+of)\s+(?:(?:Admiral|Marshal|General|Captain|St\.?|Saint)\s+)?$"
    # "state arms maker PT Pindad": a firm
    r"|\b(?:maker|manufacturer|firm|contractor|shipbuilder|shipyard|PT)\s+(?:PT\s+)?$"
)
# "PT Pindad", "PT PAL Indonesia": a company by its Indonesian legal form.
_PT_COMPANY = re.compile(r"\bPT\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}")
# "Javelin anti-tank": a word in lower case that is no particle of a name ("von", "bin", "al-").
_LOWER_PARTICLES = sorted(
    PARTICLES
    | PATRONYMIC
    | {"das", "al", "el", "ter", "ten", "y", "ul", "ud", "bte", "binti"}
    | {"binte", "dela", "delos"}
)
_LOWER_WORD = re.compile(
    rf"(?<!\S)(?!(?:{'|'.join(_LOWER_PARTICLES)})(?:\s|$)|{NAME_ARTICLE})[a-z][\w-]*"
)
_EQUIPMENT_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:missiles?|rockets?|launchers?|drones?|jets?|fighters?|aircraft"
    r"|helicopters?|tanks?|howitzers?|frigates?|destroyers?|submarines?|corvettes?|vessels?"
    r"|systems?|munitions|warheads?"
    # "The Ronald Reagan strike group pulled into Busan": a carrier named for a president
    r"|(?:carrier\s+)?strike\s+group|battle\s+group)\b"
)
_VESSEL_BEFORE = re.compile(
    r"\b(?:destroyers?|frigates?|(?:aircraft\s+|helicopter\s+)?carriers?|ships?|vessels?"
    r"|submarines?|cruisers?|corvettes?|cutters?|tankers?|flagship|patrol\s+boats?)"
    r"(?:\s+(?:JS|USS|HMS|HMAS|INS|FS|ITS|ROKS|BRP|KRI|USCGC|ORP|ROS|TCG|NRP|HDMS|HNoMS))?"
    # "the auxiliary ship Captain First Rank Dimitar Dobrev": a ship named for an officer
    r"(?:\s+(?:General|Admiral|Captain|Colonel|Commander|Major|Lieutenant)(?:\s+[A-Z][a-z]+){0,2})?"
    r"\s+$"
)
# "Colonel Ernesto Ravina Air Base", "the FA-50PH Golden Eagle": a base or an aircraft
# named for someone or something, not a person at the event.
_NAMED_FOR_AFTER = re.compile(
    r"\s+(?:Air\s+(?:Force\s+)?Base|Naval\s+(?:Air\s+)?(?:Base|Station)|Air\s+Station|Airport"
    r"|Base|Barracks|Cantonment|Camp)\b"
)
_MODEL_BEFORE = re.compile(r"\b[A-Z]{1,4}-\d+[A-Z]{0,3}\s+$")
# "Commander of the Republic of Fiji Military Forces": the end of a body's name, not a person's.
_BODY_WORD = re.compile(
    r"\b(?:Forces|Force|Army|Navy|Corps|Command|Guard|Ministry|Department|Fleet|Agency|Council|Commission|Committee"
    # "an Astellas Pharma employee": a company's name
    r"|Pharma|Pharmaceuticals?|Holdings|Group|Inc|Corp|Corporation|Company|Motors|Industries"
    r"|Airlines|Bank|Technologies|Aerospace|Aero|Ocean|Shipbuilding|Electronics|Energy|Petroleum"
    r"|System|Systems|Association|Foundation|Federation|Institute|University|Secretariat"
    # "Humanitarian Assistance and Disaster Relief", "the Young Officer Exchange Programme"
    r"|Assistance|Relief|Response|Enforcement|Development|Programme|Program|Exchange"
    r"|Cooperation|Partnership|Initiative|Affairs|Operations|Security"
    # "the Japan-Bangladesh Parliamentary Friendship League": a body of lawmakers
    r"|League|Union|Party|Alliance|Front|Movement|Caucus|Society)$"
    # "Operation Atalanta": a mission
    r"|^Operation\s"
    # "Magelang, Central Java": a region
    r"|^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\s"
)
_POST_NOMINALS = re.compile(
    r"(?:\s+(?:MP|OAM|AO|AC|AM|CSC|DSC|KC|QC|SC|MBE|OBE|CBE|KBE|GCMG|KCMG|CMG|PhD|MLA|MHR"
    r"|\((?:Retd|retd|Ret\.?|ret\.?)\)))+$"
)
# "New York and Thessaloniki": a name listed beside a known place.
_PAIRED_WITH = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+(?:and|or|&)\s+$")
_BODY_IN_TITLE = re.compile(
    r"\b(?:Department|Ministry|Office|Agency|Force|Forces|Command|Bureau|Council|Staff|Army|Navy)\b"
)
_IN_BODY_NAME_BEFORE = re.compile(
    r"\b(?:College|Centre|Center|Institute|Office|Ministry|Department|Council|Agency|Commission"
    r"|Academy|School|University|Fund|Bureau)\s+(?:for|of|on)\s+(?:[A-Z][\w-]*,?\s+){0,4}"
    r"(?:and\s+)?(?<!,\s)$"  # "Vietnam's Ministry of Foreign Affairs, Pham Thu Hang" names her
)
_BODY_NOUN_AFTER = re.compile(
    r"\s+(?:Centre|Center|Institute|College|Academy|School|Fund|Programme|Program|Agency|Office)\b"
)
_AROUND = re.compile(r"\b(?:across|around|throughout|over|outside|towards?)\s+(?:the\s+)?$")
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}(?:airport|airfield|air\s+base|base|training\s+(?:area|centre|center"
    r"|range|ground)|centre|center|range|island|province|port|harbou?r|bay|strait|river|camp"
    r"|region|district|city|stadium|arena)\b"
    # "on Tanna, his home island": a place the apposition says is one.
    r"|,\s+(?:his|her|their|its|the)\s+(?:home\s+|native\s+)?(?:island|town|city|village"
    r"|province|hometown)\b"
)
_CAPITALISED = re.compile(rf"(?<![\w-])[{_UPPER}][{_LOWER}]+(?:-[{_LOWER}]+)?(?![\w-])")
_MEETING_LOWER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
    r"(?:(?:first|first-ever|inaugural|annual|second|third|\d+(?:st|nd|rd|th))\s+)?"
    # "the Aug. 18, 2023 Camp David summit", "the 2019 Osaka summit": its day told first
    r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+)?(?:19|20)\d\d\s+)?"
    r"(?P<name>(?P<holder>(?:[A-Z][\w+’'.-]*\s+(?:of\s+)?){1,3}"
    r"|(?:[A-Z][\w+’'.-]*\s+(?:(?:of|for|and|on|in)\s+)?){1,6}(?=\([A-Z]))"
    # "the Shanghai Cooperation Organisation (SCO) summit": the short name the text gives
    r"(?P<acronym>\([A-Z][A-Z0-9+-]+\)\s+)?"
    r"(?:(?:trilateral|bilateral|quadrilateral)\s+)?"
    r"(?:(?:leaders|foreign ministers|defen[cs]e ministers|ministers|defen[cs]e chiefs"
    r"|national security advis[eo]rs)[’']?\s+)?"
    r"(?:summit|meeting|ministerial|dialogue))\b"
)
_ORG_KEYWORD = re.compile(
    r"\b(?:Ministry|Department|Force|Forces|Command|Navy|Army|Agency|Council|University|Institute"
    r"|Corporation|Company|Bureau|Office|Guard|Consortium|Parliament|Congress|Party|Fleet|Brigade"
    r"|Division|Regiment|Battalion|Squadron|Wing|Corps|Academy|Secretariat|Commission|Authority"
    r"|Industries|Systems|Technologies|Inc\.?|Ltd\.?|Corp\.?|Limited|Group|Aerospace|Aeronautics"
    r"|Dynamics|Shipbuilding|Holdings|Electric|Court|Tribunal|Assembly|Senate"
    # "the Norwegian Joint Headquarters", "the Turkish Defence Industry Directorate"
    r"|Headquarters|Mission|Staff|Directorate)\b"
)
_NOT_AN_ORG = re.compile(
    r"\b(?:Working Group|Contact Group|Consultative Group|Planning Group|Steering Group|Core Group"
    r"|Expert Group|Study Group|Dialogue|Summit|Meeting|Agreement|Treaty|Declaration)\b"
)
_ORG_KINDS = tuple((re.compile(pattern), kind) for pattern, kind in (
    (r"\b(?:Force|Forces|Command|Navy|Army|Fleet|Brigade|Division|Regiment|Battalion|Squadron|Wing"
     r"|Corps|Guard|Headquarters)\b", "military"),
    (r"\b(?:University|Institute|Academy)\b", "academic"),
    (r"\b(?:Corporation|Company|Industries|Systems|Technologies|Inc|Ltd|Corp|Limited|Aerospace"
     r"|Aeronautics|Dynamics|Shipbuilding|Holdings|Electric|Naval Group)\b", "company"),
    (r"\b(?:Ministry|Department|Agency|Council|Bureau|Office|Parliament|Congress|Secretariat"
     r"|Commission|Authority|Diet|Assembly|Senate|Police|Constabulary)\b", "government"),
))  # fmt: skip
_PLACE_BEFORE = re.compile(
    r"\b(?:(?:Camp|Fort|Base)(?:\s+(?:General|Gen\.|Colonel|Col\.|Admiral|President))?|exercise|in|at"
    r"|near|off|province of|island of)\s+$"
    # "Camp Melchor Dela Cruz": a base named for someone; "JS Mikuma": a ship
    r"|\b(?:Camp|Fort)\s+[A-Z][\w.]*\s+$"
    r"|\b(?:USS|HMS|HMAS|HMCS|HMNZS|JS|ROKS|BRP|INS|USNS|KRI|RSS|FS|ITS|TCG|PNS|HTMS|HNoMS|HNLMS"
    r"|HDMS|FGS|ESPS|KD|NRP|SPS|ARA|BNS|SLNS)\s+$"
    # "Exercise Keris Woomera": a drill the word names
    r"|\bExercise\s+$"
)
# "... at the academy in Magelang, Central Java.": the region a place lies in, ending the
# sentence ("In Vilnius, Stoltenberg said" is a person).
_REGION_AFTER_PLACE = re.compile(r"\b(?:in|at|near)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2},\s+$")
_PLACE_WORD = re.compile(
    r"\b(?:Airport|Base|Camp|Fort|Headquarters|Island|Islands|Province|Prefecture|Jima|Storm|Shield"
    r"|Sword|Strike|Thunder|Sabre|Saber|Edge|Dragon|Hall|Palace|House|Center|Centre|Place|Square"
    r"|Plaza|Garrison|Barracks|Cantonment|Arsenal|Shipyard|Dockyard|Norte|Sur|Occidental"
    r"|Oriental|Cay|Reef|Shoal|Atoll|Stadium|Bhawan|Bhavan|Shrine|Temple|Mausoleum|Cemetery"
    r"|Cathedral|Mosque|Museum|Monastery|Pagoda|Bay|Harbour|Harbor|Port)\b"
)
_LINKS = {"of", "for", "the", "and", "on", "&"}
# "Defence Public Relations Officer, Jaipur": an office, then the town it sits in.
_OFFICE_THEN_PLACE = re.compile(
    r"\b(?:Officer|Office|Command|Headquarters|Ministry|Department|Bureau|Embassy|Consulate"
    r"|Directorate|Division|Corps|Centre|Center|Station|Mission),\s+$"
)
# Titles of those sent to a country: "Ambassador to Thailand" names where, not whose.
_ACCREDITED = {"ambassador", "envoy", "ambassador-designate", "chargé", "charge"}


# "Major-General", "Air Vice-Marshal": a rank written with a hyphen.
_HYPHENED_RANK = re.compile(
    r"(?:Major|Lieutenant|Brigadier|Rear|Vice|Air)-(?:General|Admiral|Colonel|Marshal|Commodore)"
    r"|Officer-in-Charge"
)


def _title_word(word: str, gaz: Gazetteer) -> bool:
    if gaz.lookup(word.rstrip(",")) is not None or _HYPHENED_RANK.fullmatch(word.strip(".,")):
        return True
    parts = [p for p in re.split(r"[/-]", word.strip(".,")) if p]  # "Director-General"
    return bool(parts) and all(
        p.lower() in _TITLE_VOCAB or gaz.lookup(p) is not None or p in ("Dr", "Mr", "Ms")
        for p in parts
    )


# "to the United Arab Emirates": the country an envoy is posted to, of up to four words.
_POSTING = r"to\s+(?:the\s+)?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})"
_POSTED_BEFORE = re.compile(rf"(?<=\s){_POSTING}\s+$")
_ENVOY_END = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative)(?:-[Dd]esignate)?$")
_POSTED_TO = re.compile(rf"\s+{_POSTING}")


def _extend_title(text: str, pos: int, gaz: Gazetteer) -> int:
    """From the end of a title word, move over the rest of the title ('for Cyber Policy')."""
    end = pos
    posted = _POSTED_TO.match(text, pos) if _ENVOY_END.search(text, 0, pos) else None
    if posted:
        # "Ambassador to the United States Anatoly Antonov": the country he is posted to
        # belongs to the title, however NER ran it into the name.
        words = posted.group("place").split()
        for n in range(len(words), 0, -1):
            hit = gaz.lookup(" ".join(words[:n]))
            if hit and hit[0].label == "Country":
                return _extend_title(text, posted.start("place") + len(" ".join(words[:n])), gaz)
    linked = False
    for m in re.finditer(r"\s+(\S+)", text[pos:]):
        word = m.group(1)
        if word in _LINKS:
            linked = True
            continue
        hit = gaz.lookup(word)
        if hit and hit[1] == "capital" and not linked:
            break  # "Defense Minister Wellington Koo": a city's name as a given name
        linked = False
        if _title_word(word, gaz) and not word.endswith(","):
            end = pos + m.end()
            continue
        if word.endswith(",") and _title_word(word[:-1], gaz):
            end = pos + m.end() - 1  # "Minister of Defence, Prabowo": the title ends here
        break
    return end


def _split_title_and_name(run: str) -> tuple[str, str]:
    """'Cyber Policy Hideo Ishizuki' -> ('Cyber Policy', 'Hideo Ishizuki')."""
    tokens = run.split()
    name: list[str] = []
    if len(tokens) >= 2 and tokens[-1] in _GIVEN_AS_RANK and tokens[-2].lower() not in _TITLE_VOCAB:
        name.insert(0, tokens.pop())  # "Defense Minister Nakatani Gen": a title ends no name
    # "Mohamed bin Zayed Al Nahyan", "Luiz Inácio Lula da Silva": the links of a name do not
    # count towards four.
    while (
        tokens
        and tokens[-1].lower().strip(".,") not in _TITLE_VOCAB
        and not _HYPHENED_RANK.fullmatch(tokens[-1].strip(".,"))
        and (len([t for t in name if t not in _NAME_LINKS and not t.islower()]) < 4)
    ):
        name.insert(0, tokens.pop())
    if (
        name
        and len(tokens) >= 2
        and tokens[-1] in _INSIDE_NAMES
        and tokens[-2].lower().strip(".,") not in _TITLE_VOCAB
    ):
        # "President Hassan Sheikh Mohamud": an honorific between two names is part of them.
        name[:0] = tokens[-2:]
        del tokens[-2:]
    if tokens and name and name[0] in PATRONYMIC:
        # "Gen. Sultan bin Mohammed Al Nuamani": a name does not begin with "bin"; the word
        # before, whatever else it means, is the given name.
        name.insert(0, tokens.pop())
    return " ".join(tokens), " ".join(name)


_NAME_LINKS = PATRONYMIC | {"Al", "al"}
# Honorifics that also sit inside Somali and Gulf names ("Hassan Sheikh Mohamud").
_INSIDE_NAMES = {"Sheikh", "Shaikh"}
# "King Mohammed VI", "King Salman bin Abdulaziz", not "King Salman": the title goes where a
# name of two words is left.
_ROYAL_TITLE = re.compile(
    r"(?:King|Queen|Emperor|Emir|Amir|Sultan)\s+(?!(?:bin|ibn|al|Al)\b)(?=\S+\s+(?:[A-Z]|bin\s|ibn\s))"
)
# Given names spelled like a rank's abbreviation, which only ever come before a name.
_GIVEN_AS_RANK = {"Gen", "Col", "Maj"}
_LEADING_ADVERB = re.compile(
    r"^(?:Afterwards?|Later|Earlier|Meanwhile|Separately|Subsequently|Then|Also|Finally|Next"
    r"|Elsewhere|Today|Yesterday|Tomorrow|Together|Likewise|Similarly"
    # "Meeting Blinken on December 14, Akufo-Addo claimed ...": the act that opens the sentence
    r"|Meeting|Greeting|Welcoming|Receiving|Hosting|Thanking|Calling\s+on)\s+(?=[A-Z])"
)


def _official_mentions(
    text: str, persons: list[tuple[int, int]], gaz: Gazetteer, known: Container[str] = frozenset()
) -> list[Mention]:
    """Officials from spaCy PERSON spans, honorifics ('Mr. X'), titles and names already known."""
    spans: dict[tuple[int, int], float] = {}
    for start, end in persons:
        if _A_DATE_WORD.fullmatch(text[start:end].rstrip(".")):
            continue  # "Jun. 28–30: Spain hosted ...": NER took the month for a name
        if (
            " " not in text[start:end]
            and re.search(
                r"(?:\b[Aa]t|\b[Ii]n|\bnear|\boff|\b(?:travel|travell?ed|flew|fly|went|go|head"
                r"|headed|returned|return|trip|visit)\s+to)\s+$",
                text[max(0, start - 14) : start],
            )
            and not re.match(r"['’]s\b", text[end:])
        ):
            continue  # "At Moldo on March 4", "on leave in Tanna": one word after "at" is a place
        # "MND Shin Won-sik": the acronym of the ministry, then the person.
        lead = re.match(r"[A-Z]{2,6}\s+(?=[A-Z][a-z])", text[start:end])
        if lead and _NOT_A_PERSON.match(lead.group(0)):
            lead = None  # "USS Ronald Reagan": a ship, which the span's prefix says
        # "... and King Mohammed VI": NER took the monarch's title into the name.
        lead = lead or _ROYAL_TITLE.match(text[start:end])
        spans[(start + lead.end() if lead else start, end)] = 0.7
    for m in _CAPITALISED.finditer(text):
        word = re.sub(r"['’]s$", "", m.group(0))  # "Año's programme": the man himself
        if _A_DATE_WORD.fullmatch(word):
            continue  # "on Saturday, March 22": a date, whoever else has been called March
        # "Çavuşoğlu" after "Mevlut Cavusoglu": one name, with or without its accents
        seen = word in known or (not word.isascii() and plain(word) in known)
        if seen and not re.search(r"\b(?:in|at|near|from|to)\s+$", text[: m.start()]):
            spans.setdefault((m.start(), m.start() + len(word)), 0.7)
    for m in _HONORIFIC.finditer(text):
        # "Mr. NAKATANI Gen": the family name in capitals, then the given name.
        run = _UPPER_FAMILY.match(text, m.end()) or _NAME_RUN.match(text, m.end())
        if run:
            spans[(run.start(), run.end())] = 0.9
    for m in _ROLE_PLURAL.finditer(text):
        for hit in re.finditer(_NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")*", m.group("names")):
            start = m.start("names") + hit.start()
            spans.setdefault((start, start + len(hit.group(0))), 0.75)
    # "Alexandra Bell, a deputy assistant secretary of state": a name its apposition titles,
    # whatever NER made of it.
    for m in _NAME_RUN.finditer(text):
        words = m.group(0).split()
        if (
            2 <= len(words) <= 4
            and not gaz.lookup(m.group(0))
            and text[m.end() : m.end() + 1] == ","
        ):
            if _apposition_after(text, m.end(), gaz, m.start()):
                spans.setdefault((m.start(), m.end()), 0.75)
    for m in _TITLE_CORE_RE.finditer(text):
        if not m.group(0)[0].isupper():
            continue
        after = _extend_title(text, m.end(), gaz)
        spaced = text[after : after + 1] == " "
        upper = _UPPER_FAMILY.match(text, after + 1) if spaced else None
        if upper:
            # "Minister of Defense NAKATANI Gen": the family name in capitals, as Tokyo writes it
            spans.setdefault((upper.start(), upper.end()), 0.85)
            continue
        run = _NAME_RUN.match(text, after + 1) if spaced else None
        if run:
            # "Prime Minister Narendra Modi's State Visit": the name ends at its possessive.
            body = re.split(r"['’]s(?=\s|$)", run.group(0))[0]
            title_part, name_part = _split_title_and_name(body)
            if name_part:
                end = run.start() + len(body)
                spans.setdefault((end - len(name_part), end), 0.85)
        elif text[after : after + 2] == ", ":
            # "Indonesia's Minister of Defence, Prabowo Subianto, signed": the name set off.
            run = _NAME_RUN.match(text, after + 2)
            if run and re.match(r",|\s+and\b", text[run.end() :]) and len(run.group(0).split()) > 1:
                if not gaz.lookup(run.group(0)) and not _title_word(run.group(0).split()[0], gaz):
                    spans.setdefault((run.start(), run.end()), 0.8)
    # "H.E. Mr. Guido CROSETTO": Tokyo's releases put a foreign family name in capitals after
    # the given name, which NER leaves out of the span.
    for (start, end), confidence in list(spans.items()):
        tail = _CAPS_FAMILY_AFTER.match(text, end)
        if tail and len(text[start:end].split()) == 1 and not gaz.lookup(tail.group(1)):
            spans[(start, tail.end())] = max(confidence, spans.pop((start, end)))
    # "President Shri Ram Nath Kovind", "Ferdinand Romualdez Marcos Jr.": a span NER cut short
    # runs on through the span that starts inside it.
    for (a, b), c in list(spans.items()):
        longer = [(x, y) for x, y in spans if a < x < b < y]
        if longer:
            end = max(y for _, y in longer)
            spans[(a, end)] = max(c, spans.pop((a, b)))
    # "Undersecretary Ma. Theresa Lazaro": a given name shortened with a full stop, which
    # ends the run before it, begins the name.
    for (a, b), c in list(spans.items()):
        then = [(x, y) for x, y in spans if x == b + 2]
        if then and text[a:b].split()[-1] in _SHORT_GIVEN and text[b : b + 2] == ". ":
            x, y = then[0]
            spans[(a, y)] = max(c, spans.pop((a, b)), spans.pop((x, y)))
    found: list[Mention] = []
    # Longest span first at each start, so "Yoon Suk Yeol" wins over "Yoon Suk".
    for (start, end), confidence in sorted(spans.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        raw = text[start:end]
        raw = re.sub(r"(?:’s|'s)(?:\s.*)?$", "", raw)  # "Xi Jinping's March 20-22 visit": Xi
        raw = re.sub(r"(?<=s)['’]$", "", raw)  # "President Marcos' fifth visit"
        raw = _POST_NOMINALS.sub("", raw)  # "Mr Luke Gosling OAM MP"
        if re.search(r"\bMember\s+for\s+$", text[:start]):
            continue  # "the Member for Solomon": a seat, not a person
        title_part, name = _split_title_and_name(_HONORIFIC.sub("", raw))
        # "... of the Russian Federation Sergey Lavrov": the state ends the title.
        name = _STATE_WORD.sub("", name)
        name = _LEADING_ADVERB.sub("", name)  # "Afterwards Meloni and Zelensky signed"
        # "President al-Sisi": a family name may open with its article in lower case.
        capital = name[:1].isupper() or _ARTICLE_FIRST.match(name)
        if not name or not capital or any(ch.isdigit() for ch in name):
            continue
        name_start = start + raw.rfind(name)
        if text[name_start + len(name) : name_start + len(name) + 1] in ("-", "–"):
            continue  # "Commanding-in-Chief": part of a hyphenated word, not a name
        first = gaz.lookup(name.split()[0])
        # "Defense Minister Wellington Koo": a titled name may open with a city's.
        given = (
            first
            and first[1] == "capital"
            and " " in name
            and (title_part or _title_before(text, name_start, gaz))
        )
        if gaz.lookup(name) or (first and not given) or _NOT_A_PERSON.search(raw):
            continue
        if _BODY_WORD.search(name) or _LOWER_WORD.search(name):
            continue
        if _SCHEME_AFTER.match(text, name_start + len(name)):
            continue  # "under its JENESYS programme": a scheme's name
        if _SPOUSE_BEFORE.search(text, max(0, name_start - 24), name_start):
            continue  # "Xi and his wife Peng Liyuan": at his side, holding no office
        if _WIRE_CREDIT.match(text[:name_start]) and text.startswith(")", name_start + len(name)):
            continue  # "KYIV, March 21 (Eurasia Wire) -": the agency that filed the report
        quoted = re.match(r"[\"”]", text[name_start + len(name) :]) and re.search(
            r"[\"“][^\"”]*$", text[:name_start]
        )
        if name.endswith(('"', "”")) or quoted:
            continue  # 'Athens International Airport "Eleftherios Venizelos"': a name given
        if _EQUIPMENT_AFTER.match(text, name_start + len(name)):
            continue  # "Javelin missiles", "Reaper drones": a weapon's name, not a person's
        if _VESSEL_BEFORE.search(text, 0, name_start) or _SHIP_PREFIX.search(text, 0, name_start):
            continue  # "the destroyer Takanami", "the carrier Charles de Gaulle": a ship
        if _NAMED_FOR_AFTER.match(text, name_start + len(name)) or _MODEL_BEFORE.search(
            text, 0, name_start
        ):
            continue
        before = text[:name_start]
        if _PLACE_BEFORE.search(before) or _AREA_BEFORE.search(before) or _PLACE_WORD.search(name):
            continue
        if _HEAD_OF_OWNED.search(before):
            continue  # "chairman of Turkmenistan's Halk Maslahaty": a body, not a person
        paired = _PAIRED_WITH.search(before)
        if (
            paired
            and gaz.names_a_place(paired.group(1))
            and not _title_before(text, name_start, gaz)
        ):
            continue  # "Ahead — New York and Thessaloniki": a place listed with a place
        if _REGION_AFTER_PLACE.search(text[:name_start]) and re.match(
            r"\s*(?:[.;]|$)", text[name_start + len(name) :]
        ):
            continue
        if any(
            _overlaps(Mention("", "", "", name_start, name_start + len(name)), [f]) for f in found
        ):
            continue
        title = _title_before(text, name_start, gaz)
        mention_start = name_start - len(title) - 1 if title else name_start
        title = " ".join(w for w in title.split(" ") if w not in _RETIRED)
        set_off = (
            None
            if title
            else _TITLE_BEFORE_COMMA.search(text, max(0, name_start - 160), name_start)
        )
        if set_off and not _BODY_IN_TITLE.search(set_off.group("title")):
            # "the Secretary of Defense of the United States, Mr Lloyd J Austin III": the title,
            # though the mention starts at the name
            title = set_off.group("title")
        apposition = _apposition_after(text, name_start + len(name), gaz, name_start)
        honorific = re.search(
            r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+$", text[max(0, name_start - 5) : name_start]
        )
        # "spread across Java", "from Halim Perdana Kusuma airport", "the General Silvestras
        # Zukauskas training area": a place, not a person.
        bare = not title and not apposition and not honorific
        if _PLACE_NOUN_AFTER.match(text, name_start + len(name)) or (
            bare and _AROUND.search(text[:name_start])
        ):
            continue
        # "welcomed him to Vigyan Bhawan, where ...", "the National College for Policing and
        # Law Enforcement", "the National Critical Care and Trauma Response Centre"
        if bare and (
            # (a place one goes to: "held talks with Rubio, where" names a man)
            (
                re.match(r",\s+where\b", text[name_start + len(name) :])
                and re.search(r"\b(?:to|at|toured|visited|reached)\s+$", before)
                and name not in known
            )
            or _IN_BODY_NAME_BEFORE.search(text, max(0, name_start - 80), name_start)
            or _BODY_NOUN_AFTER.match(text, name_start + len(name))
        ):
            continue
        if bare and len(name.split()) < 2:
            if re.search(r"\b(?:the|a|an)\s+$", text[:name_start], re.I):
                continue  # "the Redback infantry fighting vehicle": a name used as a modifier
            if _OFFICE_THEN_PLACE.search(text, 0, name_start) and name not in known:
                continue  # "Defence Public Relations Officer, Jaipur": where the office sits
            confidence = min(confidence, 0.6)
        found.append(
            Mention(
                "Official",
                name,
                raw,
                mention_start,
                name_start + len(name),
                props={
                    "title_phrase": title,
                    "apposition": apposition,
                    "confidence": confidence,
                    "name_start": name_start,
                },
            )
        )
    for one, two in itertools.pairwise(found):
        # "Iranian deputy foreign ministers Majid Takht-Ravanchi and Kazem Gharibabadi": both.
        shared = str(one.props.get("title_phrase", ""))
        if (
            _PLURAL_TITLE_END.search(shared)
            and not two.props.get("title_phrase")
            and re.fullmatch(r",?\s+(?:and\s+)?", text[one.end : two.start])
        ):
            two.props["title_phrase"] = shared
    return found


_ROLES = (
    r"foreign ministers|defen[cs]e ministers|leaders|national security advis[eo]rs"
    r"|finance ministers|trade ministers|economic ministers|defen[cs]e chiefs|heads of state"
    r"|(?:transport|energy|interior|home|health|justice|agriculture|environment|digital"
    r"|development)\s+ministers"
)
# "The Quad foreign ministers met in Tokyo", "Leaders of the Pacific Islands Forum gathered":
# a meeting of a grouping's members in one role.
_GROUP_ROLE = re.compile(
    rf"\b(?P<group>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){{0,3}})\s+(?P<role>{_ROLES})"
    r"(?=\s+(?:met|meet|gathered|convened|held|will meet)\b)"
    rf"|\b(?P<role2>{_ROLES})\s+of\s+the\s+(?P<group2>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){{0,3}})"
    r"(?=\s+(?:met|meet|gathered|convened|held|will meet)\b)"
    # "India hosted the defence ministers of the SCO": the host's meeting of them
    rf"|\b(?:hosted|welcomed|convened)\s+(?:the\s+)?(?P<role3>{_ROLES})\s+of\s+the\s+"
    r"(?P<group3>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})"
    # "an extraordinary videoconference of G7 transport ministers": that meeting
    r"|\b(?:videoconference|video\s+conference|virtual\s+meeting)\s+of\s+(?:the\s+)?"
    rf"(?P<group4>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){{0,2}})\s+(?P<role4>{_ROLES})\b",
    re.I,
)


# "Leaders of the Shanghai Cooperation Organisation (SCO) closed a two-day summit", "NATO
# leaders ... on the eve of the summit here": a grouping's summit the text leaves unnamed.
_GROUP_SUMMIT = re.compile(
    r"\b(?:[Ll]eaders|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)(?:\s+and\s+[Gg]overnment)?)"
    r"\s+of\s+(?:the\s+)?(?P<group>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})"
    r"|\b(?P<group2>[A-Z][\w&.'-]*(?:\s+(?:of\s+)?[A-Z0-9][\w&.'-]*){0,2})\s+leaders\b"
)
_A_SUMMIT = re.compile(
    r"\b(?:a|an|the|their|its)\s+(?:(?:two|three)-day\s+|annual\s+)?summit\b(?!\s+of\b)"
)


def _group_summit_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """A grouping's summit its leaders hold, told without a name: '{grouping} summit'."""
    for m in _GROUP_SUMMIT.finditer(text):
        group = m.group("group") or m.group("group2")
        known = gaz.lookup(group)
        if not known or known[0].label != "Organization":
            continue
        if known[0].props.get("kind") not in ("alliance", "international"):
            continue
        summit = _A_SUMMIT.search(text, m.end())
        if summit is None or ";" in text[m.end() : summit.start()]:
            continue
        name = f"{known[0].props.get('short') or known[0].name} Summit"
        return [Mention("Meeting", name, summit.group(0), summit.start(), summit.end())]
    return []


def _group_role_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Meetings of a grouping's ministers or leaders, named as analysts name them."""
    found = []
    for m in _GROUP_ROLE.finditer(text):
        group = m.group("group") or m.group("group2") or m.group("group3") or m.group("group4")
        group = re.sub(r"^(?:The|the)\s+", "", group)
        known = gaz.lookup(group)
        if not known or known[0].label != "Organization" or not group[0].isupper():
            continue
        said = m.group("role") or m.group("role2") or m.group("role3") or m.group("role4")
        role = " ".join(said.lower().split())
        possessive = "" if role.endswith("state") else "'"
        if m.group("group3"):
            # "the defence ministers of the Shanghai Cooperation Organisation": the SCO's
            group = known[0].props.get("short") or group
        name = f"{group} {role}{possessive} meeting"
        start = m.start("role3") if m.group("role3") else m.start()
        found.append(Mention("Meeting", name, text[start : m.end()], start, m.end()))
    return found


# "attended the inauguration of President Prabowo", "Petro's inauguration", "Modi took the oath
# for a second term": a head of state or government taking office, a gathering of the guests.
_PERSON_RUN = r"[A-Z][\w.'’-]*(?:\s+(?:bin|bint|ibn|al|da|de|van|von|der)?\s*[A-Z][\w.'’-]*){0,4}"
_TAKING_OFFICE_WORD = re.compile(r"inaugurat|swearing-in|sworn\s+in|took\s+the\s+oath")
_A_TIME_BY_IT = re.compile(
    r"\b(?:since|after|before|following|until|ahead\s+of|prior\s+to|days?\s+into)\s+"
    r"(?:(?:the|his|her|their)\s+)?$",
    re.I,
)
_INAUGURATION = re.compile(
    rf"\b(?:the\s+)?(?P<what>inauguration|swearing-in(?:\s+ceremony)?)\s+of\s+(?:the\s+new\s+)?"
    rf"(?P<of>{_PERSON_RUN})"
    rf"|(?P<own>{_PERSON_RUN})['’]s\s+(?:(?:second|third|fourth|presidential)\s+)?"
    r"(?P<what2>inauguration|swearing-in(?:\s+ceremony)?)\b"
    rf"|(?P<sworn>{_PERSON_RUN})\s+(?:(?:formally|was|were|is|has\s+been)\s+)?"
    r"(?P<oath>took\s+the\s+oath|sworn\s+in)\b"
    # a head of state or government's, which guests attend; not a minister's
    r"(?=\s+(?:(?:of\s+office\s+)?for\s+(?:a|his|her)\s+\w+\s+term|(?:of\s+office\s+)?as\s+"
    r"(?:(?:the\s+)?[\w.]+['’]s\s+)?(?:new\s+|\w+\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister"
    r"|[Cc]hancellor)\b(?!\s+of\b)))"
)


def _inauguration_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """A leader's inauguration or swearing-in, named '{family name} inauguration'."""
    found: list[Mention] = []
    if not _TAKING_OFFICE_WORD.search(text):
        return found  # most sentences: no need to try every capital as a name
    for m in _INAUGURATION.finditer(text):
        raw = m["of"] or m["own"] or m["sworn"]
        _title, name = _split_title_and_name(_HONORIFIC.sub("", raw))
        if not name or gaz.lookup(name) or gaz.lookup(raw):
            continue  # "the inauguration of the Chancay port": a place, not a leader
        if _A_TIME_BY_IT.search(text, 0, m.start()):
            continue  # "the first visit since Yoon was sworn in": a time, not a gathering
        what = " ".join((m["what"] or m["what2"] or "swearing-in ceremony").split())
        if what == "swearing-in":
            what = "swearing-in ceremony"
        span = "oath" if m["oath"] else ("what" if m["what"] else "what2")
        found.append(Mention("Meeting", f"{family_name(name)} {what}", m[span], *m.span(span)))
    return found


def _named_event_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """'the NATO summit', "a G7 foreign ministers' meeting": named by who holds them; 'the
    NATO-Ukraine Council', 'the Strategic Partnership Council': councils that meet."""
    found = []
    for m in _MEETING_LOWER.finditer(text):
        raw = m.group("name")
        if re.search(r"\bof\s+$", m["holder"]):
            continue
        # "the Group of Seven summit": a grouping's summit by its short name ("G7")
        holder = gaz.lookup(m["holder"].strip())
        short = holder[0].props.get("short") if holder else None
        rest = raw[len(m["holder"]) + len(m["acronym"] or "") :].split()
        short = short or (m["acronym"] or "").strip()[1:-1] or None
        words = [short, *rest] if short else raw.split()
        name = " ".join(w if w[0].isupper() or w[0].isdigit() else w.capitalize() for w in words)
        found.append(Mention("Meeting", name, raw, m.start("name"), m.end("name")))
    for m in _MEETING_OF.finditer(text):
        # "the ministerial meeting of the Global Coalition to Defeat ISIS": the body's meeting
        if gaz.lookup(m["body"]) or _MEETS_BY_ITS_NAME.search(m["body"]):
            # a grouping the gazetteer knows, or a council that meets ("the 25th meeting of
            # the CSTO Council of Heads of State"), has its meetings named by other rules
            continue
        kind = f"{m['kind'].lower()} " if m["kind"] else ""
        name = f"{m['body']} {kind}{m['what'].lower()}"
        found.append(Mention("Meeting", name, m.group(0), m.start("what"), m.end("body")))
    for m in _COUNCIL.finditer(text):
        known = gaz.lookup(m.group(0))
        if known and known[0].label == "Organization":
            continue  # "the Gulf Cooperation Council": a body, not a council that meets
        found.append(Mention("Meeting", m.group(0), m.group(0), m.start(), m.end()))
    for m in _DATED_SUMMIT_AT.finditer(text):
        # "the Aug. 18, 2023 summit at Camp David": a past summit named by where it sat
        hit = gaz.lookup(m["place"])
        if hit and (hit[0].label == "Location" or hit[1] == "capital"):
            name = f"{m['place']} Summit"
            said = text[m.start("what") : m.end("place")]
            found.append(Mention("Meeting", name, said, m.start("what"), m.end("place")))
    for m in _IN_FORMAT.finditer(text):
        # 'the first meeting in the new "SCO Plus" format': the meeting of that format
        found.append(Mention("Meeting", f"{m['name']} meeting", m["name"], *m.span("name")))
    return found


_DATED_SUMMIT_AT = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d\s+(?P<what>summit)\s+"
    r"(?:at|in)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
_MEETING_OF = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:extraordinary|emergency|annual|inaugural|first|latest"
    r"|\d+(?:st|nd|rd|th))\s+)?(?:(?P<kind>ministerial|leaders['’]?)\s+)?"
    r"(?P<what>meeting|summit)\s+of\s+the\s+"
    r"(?P<body>[A-Z][\w’'.+-]*(?:\s+(?:(?:to|of|for|on|and)\s+)?[A-Z][\w’'.+-]*){0,6})"
    r"(?![\w’'-]|\s+[A-Z])"
)
# "the Lima Group" is a grouping whose meeting is named here; a working group meets by its name.
_MEETS_BY_ITS_NAME = re.compile(
    r"\b(?:Council|Committee|Commission|Assembly"
    r"|(?:Working|Contact|Consultative|Planning|Steering|Core|Expert|Study)\s+Group)\b"
)
_FORMALLY = re.compile(
    r"\b(?:formally|officially)(?:\s+known\s+as)?\s+(?:the\s+)?(?:\d+\w*\s+)?"
    r"(?:(?:meeting|session)\s+of\s+(?:the\s+)?)?$"
)
# 'the first meeting in the new "SCO Plus" format', "talks in the Normandy format"
_IN_FORMAT = re.compile(
    r"\b(?:meeting|talks|summit|session)\s+in\s+the\s+(?:new\s+|so-called\s+)?[\"“']?"
    r"(?P<name>[A-Z][\w+-]*(?:\s+[A-Z+][\w+-]*){0,3})[\"”']?\s+format\b"
)


# A council or committee of two parties, or of a partnership, meets ("the Turkey-Qatar Supreme
# Strategic Committee", "a Joint Coast Guard Committee"); a National Security Council, or a
# parliament's standing committee, is a body.
_COUNCIL = re.compile(
    r"\b[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+"
    r"(?:\s+(?!(?:Business|Trade|Industry|Commerce|Chamber|Research)\b)[A-Z][\w-]*){0,4}"
    r"\s+(?:Council|Committee|Commission)\b"
    r"|\b(?:[A-Z][\w-]*\s+){0,2}(?:Strategic\s+Partnership|Partnership|Coordination|Cooperation)"
    r"\s+Council\b"
    r"|\bJoint\s+(?!(?:Standing|Select|Parliamentary)\b)(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Committee|Commission)\b(?!\s+(?:of|on)\s+(?:the\s+)?(?:Parliament|Congress|Senate))"
)


_PORTFOLIO_LIST = re.compile(r"(?:,\s+[A-Z][a-z]+)+,?\s+and\s+[A-Z][a-z]+")


_BODY_HEAD = (
    r"(?:Defen[cs]e Force|Defen[cs]e Forces|Armed Forces|Border Force|Air Force|Navy|Army|Coast Guard"
    r"|Marine Corps|Parliament|Diet|National Assembly|Assembly|Congress|Senate|Police|Constabulary"
    # "Ministry of Foreign Affairs", not "Ministry of Foreign"; "Ministry of Defense Monday".
    rf"|(?:Ministry|Department) of [A-Z]\w+(?:\s+(?!{DAY_OR_MONTH}\b)[A-Z]\w+)?"
    # "Ministry of Economy, Trade and Industry", "Ministry of Trade and Industry"
    r"(?:(?:,\s+[A-Z]\w+)*,?\s+and\s+(?!(?:the|Ministry|Department|Agency|Office)\b)"
    r"[A-Z]\w+(?![\w'’-])(?!\s+[A-Z]))?"
    r"|Joint Chiefs of Staff|Fleet|Command)"
)
# "the Australian Border Force", "the UK Parliament", "the National Diet of Japan": a state's
# body named with its country, which NER often leaves untagged.
_COUNTRY_BODY = re.compile(
    rf"\b(?P<head2>(?:[A-Z]\w+\s+){{0,2}}{_BODY_HEAD})\s+of\s+(?:the\s+)?"
    rf"(?P<after>[A-Z]\w*(?:\s+[A-Z]\w*){{0,3}})"
    rf"|\b(?P<before>(?:[A-Z][\w.]*\s+){{1,3}})(?P<head>{_BODY_HEAD})\b"
)


# "China's foreign ministry", "the Chinese defence ministry", "Beijing's foreign ministry",
# "the Tajik Foreign Ministry": a ministry told of by its country, people or capital.
# "Turkey's parliament", "the Hungarian parliament": the country's legislature.
_OWNED_MINISTRY = re.compile(
    r"\b(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s)?\s+"
    r"(?P<body>(?P<what>[Ff]oreign|[Dd]efen[cs]e)\s+[Mm]inistry|parliament|legislature)\b"
)
_MINISTRY_NAMES = {
    "foreign": ("{c}'s Foreign Ministry", "Ministry of Foreign Affairs of {c}"),
    "defense": ("{c}'s Defense Ministry", "Ministry of Defense of {c}"),
    "defence": ("{c}'s Defence Ministry", "Ministry of Defence of {c}"),
}


def _owned_ministry_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Ministries and parliaments named in lower case after their country: the gazetteer's,
    or else one named for its country."""
    found = []
    for m in _OWNED_MINISTRY.finditer(text):
        # "The Tajik Foreign Ministry said" opens a sentence: the owner is "Tajik".
        hit = gaz.lookup(m["owner"].removeprefix("The "))
        if not hit or hit[0].label != "Country":
            continue
        country = hit[0].name
        start = m.start("owner") + (4 if m["owner"].startswith("The ") else 0)
        raw = text[start : m.end("body")]  # "China's foreign ministry"
        span = (m.start("body"), m.end("body"))
        if m["what"] is None:
            house = gaz.legislatures.get(country)
            if house:
                found.append(Mention("Organization", house.name, raw, *span, entry=house))
            else:
                props = {"kind": "government", "country": country}
                found.append(Mention("Organization", f"Parliament of {country}", raw, *span,
                                     props=props))  # fmt: skip
            continue
        forms = [form.format(c=country) for form in _MINISTRY_NAMES[m["what"].lower()]]
        known = next(
            (e for e in map(gaz.lookup, forms) if e and e[0].label == "Organization"), None
        )
        if known:
            found.append(Mention("Organization", known[0].name, raw, *span, entry=known[0]))
            continue
        name = forms[1].removesuffix(f" of {country}")
        props = {"kind": "government", "country": country}
        found.append(Mention("Organization", name, raw, *span, props=props))
    return found


_OPENING_WORDS = frozenset("The Two Three Four Five Six Several Both".split())


def _country_body_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """State bodies named with their country before or after them."""
    found = []
    for m in _COUNTRY_BODY.finditer(text):
        said = (m.group("before") or m.group("after") or "").strip()
        # The country is the first words before the body, or the words after 'of'.
        words = said.split()
        # "The Singaporean Ministry of Trade and Industry" opens a sentence; "Two Romanian Air
        # Force F-16s" counts what the body sent
        while len(words) > 1 and (words[0] in _OPENING_WORDS or words[0].isdigit()):
            words = words[1:]
        country, size = None, len(words)
        # "the Royal Moroccan Armed Forces": a crown's forces, named by their people after it.
        lead = 1 if m.group("before") and len(words) > 1 and words[0] == "Royal" else 0
        while size > lead and country is None:
            hit = gaz.lookup(" ".join(words[lead:size]))
            if hit and hit[0].label == "Country":
                country = hit[0].name
            else:
                size -= 1
        if country is None:
            continue
        if m.group("before"):
            start = m.start("before") + said.find(words[0])
            end = m.end("head")
            if re.match(r"(?:Ministry|Department) of ", m.group("head")) and size == len(words):
                start = m.start("head")  # "the Japanese Ministry of Economy, Trade and Industry"
        else:
            start = m.start("head2")
            end = m.start("after") + len(" ".join(words[:size]))
        raw = text[start:end]
        if len(raw.split()) < 2 or gaz.lookup(raw):
            continue
        kind = next((k for pattern, k in _ORG_KINDS if pattern.search(raw)), "government")
        found.append(
            Mention("Organization", raw, raw, start, end, props={"kind": kind, "country": country})
        )
    for m in _OWNED_BODY.finditer(text):
        # "Hungary's National Assembly": the body of the country that owns it.
        hit = gaz.lookup(m.group("owner"))
        raw, end = m.group("body"), m.end("body")
        if not hit or hit[0].label != "Country" or gaz.lookup(raw):
            continue
        rest = _PORTFOLIO_LIST.match(text, end)  # "Department of Industry, Science and Resources"
        if rest and re.match(r"(?:Ministry|Department) of ", raw):
            raw, end = raw + rest.group(0), end + len(rest.group(0))
        kind = next((k for pattern, k in _ORG_KINDS if pattern.search(raw)), "government")
        found.append(
            Mention(
                "Organization",
                raw,
                raw,
                m.start("body"),
                end,
                props={"kind": kind, "country": hit[0].name},
            )
        )
    return found


_OWNED_BODY = re.compile(
    rf"\b(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})['’]s\s+"
    rf"(?P<body>(?:[A-Z]\w+\s+){{0,2}}{_BODY_HEAD})\b"
)


_NUMBERED_BY = re.compile(r"\b(?:Task Force|Force|Group|Fleet|Squadron|Wing|Command)$")
_FORCE_NUMBER = re.compile(r"\s\d{1,4}(?![\d,.]?\d)")
_A_DATE_WORD = re.compile(rf"{DAY_OR_MONTH}|{SHORT_DAY_OR_MONTH}")
_WHOSE_GOVERNMENT = re.compile(
    r"\s+(?:[Aa]dministration|[Gg]overnment|era|[Pp]residency|White House)\b"
)
_UNIT_NUMBER = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+$")
# "the 12th Marine Regiment", "the 7th Fleet": a numbered unit says what it is, NER or not.
_NUMBERED_UNIT = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Regiment|Division|Brigade|Battalion"
    r"|Wing|Squadron|Fleet|Flotilla|Corps|Expeditionary Force|Air Force|Army|Group)\b"
)


_RANK_END = re.compile(r"\s+(?:Lt|Col|Gen|Maj|Capt|Adm|Cmdr|Sgt|Brig|Cpl|Pvt)\.?$")


def _organization_mentions(text: str, orgs: list[tuple[int, int]], gaz: Gazetteer) -> list[Mention]:
    """Organizations NER finds that the gazetteer lacks, when their name says what they are."""
    found = []
    for start, end in orgs:
        # "the U.S. Army's 11th Airborne Division": a unit's number is part of its name.
        raw = _ARTICLES.sub("", text[start:end]).strip()
        start = end - len(raw)
        number = _UNIT_NUMBER.search(text, 0, start)
        if number and re.match(r"[A-Z]", raw):
            # NER leaves the number out of "the 12th Marine Regiment".
            raw, start = text[number.start() : end], number.start()
        if re.match(r"(?:Ministry|Department) of ", raw):
            # "Department of Industry, Science and Resources": a portfolio of several words.
            rest = _PORTFOLIO_LIST.match(text, start + len(raw.rstrip(",")))
            if rest:
                raw = raw.rstrip(",") + rest.group(0)
                end = start + len(raw)
        possessive = re.search(r"(?:’s|'s)$", raw)
        if possessive:
            raw, end = raw[: possessive.start()], end - len(possessive.group(0))
        if _RANK_END.search(raw):
            continue  # "Air Force Lt. Col. Bryan Shoupe": his service and rank, not a body
        seat = re.search(r"\s+in\s+(?P<place>[A-Z][\w' -]+)$", raw)
        if seat and gaz.names_a_place(seat["place"]):
            # "the Ministry of National Defence in Ha Noi": the body, then where it sits
            raw = raw[: seat.start()]
            end = start + len(raw)
        numbered = _FORCE_NUMBER.match(text, end) if _NUMBERED_BY.search(raw) else None
        if numbered:
            # "Combined Task Force 150": the number names the force.
            raw, end = raw + numbered.group(0), numbered.end()
        keyword = _ORG_KEYWORD.search(raw)
        if not keyword or gaz.lookup(raw) or _NOT_AN_ORG.search(raw) or len(raw.split()) < 2:
            continue
        cut = re.search(r"\s+(?:of|the|and|for)(?:\s+the)?$", raw)
        if cut:
            # "the Joint Staff Department of the ...": NER cut the name short, after a word
            raw, end = raw[: cut.start()], start + cut.start()
            if len(raw.split()) < 2 or re.fullmatch(r"(?:Armed|Defen[cs]e)\s+Forces", raw):
                continue  # "the Armed Forces of the two countries": whose, it does not say
        if _BUILDING.search(raw) and re.search(
            r"\b(?:at|to|in|inside)\s+(?:the\s+)?$", text[:start]
        ):
            # "at Parliament House": the building, a place
            found.append(Mention("Location", raw, raw, start, end))
            continue
        kind = next((k for pattern, k in _ORG_KINDS if pattern.search(raw)), "other")
        country = None
        owner = _owner_before(text, start)
        for said in [*(h.group(0) for h in gaz.pattern.finditer(raw)), owner]:
            # In its name ("Japan Coast Guard"), or its owner's ("Australia's Department of ...").
            entry = gaz.lookup(said) if said else None
            if entry and entry[0].label == "Country" and entry[1] != "capital":
                country = entry[0].name
                break
        found.append(
            Mention("Organization", raw, raw, start, end, props={"kind": kind, "country": country})
        )
    return found


# Ship prefixes and the navies' countries: "BRP Davao del Sur", "ROKS Sejong the Great".
_SHIP_PREFIXES = {
    "USS": "United States", "USNS": "United States", "HMS": "United Kingdom",
    "HMAS": "Australia", "HMCS": "Canada", "HMNZS": "New Zealand", "JS": "Japan",
    "ROKS": "South Korea", "BRP": "Philippines", "INS": "India", "KRI": "Indonesia",
    "RSS": "Singapore", "FS": "France", "ITS": "Italy", "TCG": "Turkey", "PNS": "Pakistan",
    "HTMS": "Thailand", "KD": "Malaysia", "RFNS": "Fiji", "HNLMS": "Netherlands",
    "FGS": "Germany", "ESPS": "Spain",
}  # fmt: skip
_SHIP = re.compile(
    r"\b(?P<prefix>" + "|".join(_SHIP_PREFIXES) + r")\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:de|del|la|the|of)\s+)?[A-Z][\w'’.-]*){0,4})"
)


# "deployed ARM Benito Juárez": a navy's prefix names a ship after the person it honours (the
# navies above, and some whose ships are not read as units).
_SHIP_PREFIX = re.compile(
    rf"\b(?:{'|'.join(_SHIP_PREFIXES)}"
    r"|USCGC|ARM|BAP|ARA|HDMS|HNoMS|NRP|SLNS|BNS|CNS|RFA)\s+$"
)


def _ship_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Warships, which reports name with their navy's prefix: a unit of that country."""
    found = []
    for m in _SHIP.finditer(text):
        country = gaz.country(_SHIP_PREFIXES[m["prefix"]])
        name = re.sub(r"['’]s$", "", m.group(0)).rstrip(".")
        props = {"country": country.name if country else None, "kind": "ship"}
        entry = Entry("Organization", name, props)
        found.append(
            Mention("Organization", name, name, m.start(), m.start() + len(name), entry=entry)
        )
    return found


def _company_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Firms named with their legal form first ("PT Pindad"): companies of Indonesia."""
    found = []
    for m in _PT_COMPANY.finditer(text):
        country = gaz.country("Indonesia")
        props = {"country": country.name if country else None, "kind": "company"}
        name = m.group(0)
        entry = Entry("Organization", name, props)
        found.append(Mention("Organization", name, name, m.start(), m.end(), entry=entry))
    return found


# A name NER cut after a particle: "Tamim bin" and "Hamad Al Thani" are one emir.
_CUT_AFTER = re.compile(
    r"\s(?:bin|bint|ibn|binti|[Aa]l|[Ee]l|von|van|der|den|de|da|di|du|del|dos)$"
)


def persons_rejoined(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Entities with a PERSON that NER cut after a particle joined to the word after it,
    whatever NER took that word for ("Ursula von der" and the place "Leyen")."""
    joined: list[tuple[int, int, str]] = []
    for start, end, label in sorted(entities):
        last = joined[-1] if joined else None
        if last and last[2] == "PERSON" and start == last[1] + 1 and text[last[1]] == " ":
            if _CUT_AFTER.search(text[last[0] : last[1]]):
                joined[-1] = (last[0], end, "PERSON")
                continue
        joined.append((start, end, label))
    # a name whose last word NER left out of every entity
    for i, (start, end, label) in enumerate(joined):
        word = _WORD_AFTER.match(text, end)
        if label == "PERSON" and _CUT_AFTER.search(text[start:end]) and word:
            if not any(a == word.start(1) for a, _, _ in joined):
                joined[i] = (start, word.end(), label)
    return joined


_WORD_AFTER = re.compile(r" ([A-Z][\w'’-]+)")


def reads_as_place(text: str, start: int, end: int) -> bool:
    """Whether an untitled name stands where places stand: 'in eastern Ladakh', 'off Laoag',
    'Sa Kaeo and Rayong provinces'."""
    if re.search(r"['’]s$", text[start:end]) or re.match(r"['’]s\b", text[end:]):
        return False  # "at Albanese's invitation", "in Donald Trump's second term"
    return bool(_AREA_BEFORE.search(text, 0, start) or _PLACE_AFTER.match(text, end))


# The words before a name that put it among places: "in eastern Ladakh", "off Laoag".
_AREA_BEFORE = re.compile(
    r"\b(?:in|at|near|off|outside|around|across)\s+(?:the\s+)?"
    r"(?:(?:eastern|western|northern|southern|central|north-?eastern|south-?eastern"
    r"|north-?western|south-?western)\s+)?$"
    r"|\b(?:eastern|western|northern|southern|central)\s+$"
    # "Erdoğan flew to Sochi for talks with Putin": where one travels
    r"|\b(?:flew|travell?ed|went|headed|returned|came|traveling|travelling|flying|moved"
    r"|moving|continued|pressed|going|heading)\s+(?:back\s+|on\s+|onward\s+)?to\s+$",
    re.I,
)
_PLACE_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:province|provinces|prefecture|region"
    r"|district|state|island|islands)\b"
)


def place_words_joined(
    sentence: str, entities: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """'in Pragati Maidan', read by NER as a place then a person: one place of two words."""
    joined: list[tuple[int, int, str]] = []
    for start, end, label in entities:
        if joined:
            a, b, before = joined[-1]
            one_word = " " not in sentence[start:end]
            if (
                before in ("GPE", "LOC", "FAC")
                and label == "PERSON"
                and one_word
                and start == b + 1
            ):
                joined[-1] = (a, end, before)
                continue
        joined.append((start, end, label))
    return joined


def persons_mistagged(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Italy's Giorgia Meloni', 'Britain's Grant Shapps': a name NER took for a body or a
    place, after a country's possessive."""
    found = []
    for start, end in spans:
        span = re.sub(r"\s+(?:and|or|of|the)$", "", text[start:end])  # "Guido Crosetto and"
        end = start + len(span)
        if (
            _ORG_KEYWORD.search(span) is None
            and not any(pattern.search(span) for pattern, _kind in _ORG_KINDS)
            and not any(word.lower() in _TITLE_VOCAB for word in span.split())
            and re.fullmatch(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}}", span)
            and (
                re.search(r"[A-Z][\w.]*['’]s\s+$", text[:start])
                # "Chad's transitional president, Mahamat Idriss Déby, attended": set off
                # after the title it fills
                or (_TITLE_THEN_COMMA.search(text[:start]) and text[end : end + 1] == ",")
            )
        ):
            found.append((start, end))
        # "Minister of Foreign Affairs of the Russian Federation Sergey Lavrov": NER ran the
        # state of a formal title into the name that follows it.
        formal = _STATE_THEN_NAME.fullmatch(span)
        if formal and re.search(r"\bof\s+$", text[:start]):
            found.append((start + formal.start("name"), start + formal.end("name")))
        # "Minister of State at the Federal Foreign Office Tobias Lindner": the office his title
        # names, run into his name.
        office = _OFFICE_THEN_NAME.fullmatch(span)
        if office and _TITLE_AT.search(text, max(0, start - 60), start):
            found.append((start + office.start("name"), start + office.end("name")))
    return found


_TITLE_THEN_COMMA = re.compile(rf"\b(?:{TITLE_CORE}),\s+$", re.I)
_OWNED_NAME = re.compile(
    rf"\b(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})(?=[\s,.;:)]|$)"
)


# "six presidents: Félix Tshisekedi of the DRC, Ali Bongo Ondimba of Gabon, ...": a list of
# people, each with the country after the name.
_NAME_OF_COUNTRY = re.compile(
    rf"(?:[:,]\s+|\band\s+)(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})\s+of\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?=[,;.]|\s+and\b|$)"
)


def persons_untagged(
    text: str, spans: list[tuple[int, int]], gaz: Gazetteer
) -> list[tuple[int, int]]:
    """'together with Albania's Edi Rama', 'George Weah of Liberia, Andry Rajoelina of
    Madagascar and ...': a name beside its country that NER left untagged, when its words are
    no known place, body or title."""
    found = []
    listed = list(_NAME_OF_COUNTRY.finditer(text))
    for m in [*_OWNED_NAME.finditer(text), *(listed if len(listed) >= 3 else [])]:
        start, end = m.span("name")
        owner = gaz.lookup(m.group("owner"))
        if not owner or owner[0].label != "Country":
            continue
        # ("Ali Bongo Ondimba of Gabon" as one name: the country is no part of it)
        if any(a < end and start < b and b <= m.end("name") for a, b in spans):
            continue
        name = m.group("name")
        if _ORG_KEYWORD.search(name) or any(pattern.search(name) for pattern, _ in _ORG_KINDS):
            continue
        if any(w.lower() in _TITLE_VOCAB or gaz.lookup(w) for w in name.split()):
            continue
        found.append((start, end))
    return found


_STATE_WORD = re.compile(r"^(?:Federation|Republic|Kingdom|States|Emirates|Islands)\s+(?=\S+\s+\S)")
_OFFICE_THEN_NAME = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,4}(?:Office|Ministry|Department|Chancellery|Agency)"
    rf"\s+(?P<name>{_NAME_TOKEN}\s+{_NAME_TOKEN})"
)
_TITLE_AT = re.compile(rf"\b(?:{TITLE_CORE})\b[\w\s]{{0,30}}?\b(?:at|in|of)\s+$", re.I)
_STATE_THEN_NAME = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:Federation|Republic|Kingdom|States|Emirates|Islands)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?"
    rf"\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})"
)


_NAMED_FOR_A_CITY = re.compile(r"\s+(?:Group|Club|[Pp]rocess|[Ff]ormat)\b")


def find_mentions(
    text: str,
    persons: list[tuple[int, int]],
    gaz: Gazetteer,
    known: Container[str] = frozenset(),
    orgs: list[tuple[int, int]] | None = None,
) -> list[Mention]:
    """Every mention in one sentence, overlaps resolved (named events beat place names).

    `known` holds family names of officials already seen, which NER may miss on their own.
    """
    meetings = _pattern_mentions(text, "Meeting", _MEETING) + _named_event_mentions(text, gaz)
    meetings += _inauguration_mentions(text, gaz)
    # "Bainimarama, who chairs the Pacific Islands Forum": the body, not its leaders' meeting.
    meetings = [
        m
        for m in meetings
        if not (
            _BODY_NOT_EVENT.search(text, 0, m.start)
            and (hit := gaz.lookup(m.surface.removeprefix("the ")))
            and hit[0].label == "Organization"
        )
        # "hosted the gathering, formally the 22nd meeting of the SCO Council of Heads of
        # State": the formal name of the gathering told of, not another one.
        and not _FORMALLY.search(text, 0, m.start)
    ]
    # "NATO leaders met in The Hague for the NATO summit": the leaders' meeting is the one named.
    roles = _group_role_mentions(text, gaz)
    apart = [m for m in meetings if not any(_overlaps(m, [r]) for r in roles)]
    meetings += [] if apart else roles
    if not meetings:
        meetings = _group_summit_mentions(text, gaz)
    agreements = _pattern_mentions(text, "Agreement", _AGREEMENT)
    for m in agreements:
        # "the Northwood Declaration on coordinating their nuclear deterrents": known by its
        # name in capitals as well.
        named = _ON_PLAIN_TOPIC.search(m.name)
        title = m.name[: named.start()] if named else ""
        # (not "a Joint Declaration on defence cooperation": a kind, not a name)
        own = [w for w in title.split() if w not in _GENERIC_TITLE_WORDS]
        if title.rsplit(" ", 1)[-1][:1].isupper() and own and not _INSTRUMENT_WORD.match(own[0]):
            m.props.setdefault("aliases", []).append(title)
    agreements += _pattern_mentions(text, "Agreement", _INSTRUMENT_BY_ACT)
    for m in _pattern_mentions(text, "Agreement", _AGREEMENT_PLAIN):
        if all(gaz.lookup(w) for w in m.name.split()[:-1]):
            continue  # "the Japan Korea pact": the parties, not a name
        # "the Falepili Union treaty": one the gazetteer knows by the name in capitals.
        head = m.name.rsplit(" ", 1)[0]
        named_as = gaz.lookup(head)
        if named_as and named_as[0].label == "Agreement":
            m.name = named_as[0].name
        elif not _INSTRUMENT_WORD.search(head):
            m.props["aliases"] = [head]  # "the Falepili Union treaty" is the Falepili Union
        agreements.append(m)
    agreements += _accession_mentions(text, gaz)
    agreements += _formal_title_mentions(text, gaz)
    officials = _official_mentions(text, persons, gaz, known)
    # "General Manager of the NATO Support and Procurement Agency": one word of a body's name
    # NER read whole is no one's name.
    officials = [
        o
        for o in officials
        # "the frigate Admiral Gorshkov", "the Order of St Andrew": no one's name
        if not _NAMED_THING_BEFORE.search(text, 0, min(o.start, o.props["name_start"]))
        and (
            " " in text[o.props["name_start"] : o.end]
            or not any(
                a <= o.props["name_start"] and o.end < b and _ORG_KEYWORD.search(text, o.end, b)
                for a, b in orgs or []
            )
        )
    ]
    listed = _gazetteer_mentions(text, gaz)
    exercises = _exercise_mentions(text, gaz)
    # "Justified Accord 2024", "Shared Accord": a drill's name, not an accord.
    drills = [*exercises, *(x for x in listed if x.label == "Exercise")]
    agreements = [a for a in agreements if not _overlaps(a, drills)]
    units = [(m.start(), m.end()) for m in _NUMBERED_UNIT.finditer(text)]
    organizations = _organization_mentions(text, [*(orgs or []), *units], gaz)
    bodies = _country_body_mentions(text, gaz) + _owned_ministry_mentions(text, gaz)
    chosen: list[Mention] = _dateline_mentions(text, gaz)
    chosen += [m for m in _ship_mentions(text, gaz) if not _overlaps(m, chosen)]
    chosen += [m for m in _company_mentions(text, gaz) if not _overlaps(m, chosen)]
    # Dialogues and treaties the gazetteer knows come first: their full names are longer than
    # what the patterns cut ("Australia-U.S. Ministerial" of "... Ministerial Consultations").
    # "the US-Sweden Defense Cooperation Agreement (DCA)": the acronym in brackets names the
    # agreement just told, not one of its own.
    for k in list(listed):
        told = [
            a
            for a in [*agreements, *meetings]
            if a.label == k.label and re.fullmatch(r"\s*\(", text[a.end : k.start])
        ]
        if told and text[k.end : k.end + 1] == ")":
            listed.remove(k)
            told[0].props.setdefault("aliases", []).append(k.surface)
    known_events = [m for m in listed if m.label in ("Meeting", "Agreement")]
    events = [*known_events, *agreements, *meetings]
    events.sort(key=lambda m: m.start - m.end)  # the longest name of overlapping ones wins
    for group in (events, exercises):
        for mention in group:
            if not _overlaps(mention, chosen):
                chosen.append(mention)
    for mention in bodies:
        # The country word inside ("Australian" Border Force) stays a mention of its own.
        others = [x for x in listed if x.label != "Country"]
        if not _overlaps(mention, [*chosen, *others]):
            chosen.append(mention)
    for mention in organizations:
        if _BASE_OR_PORT.search(mention.name):
            continue  # "Hill Air Force Base": a place, though NER may read a body
        # "the Lima Group": a capital's name inside a body's is not its country.
        # "under the Norwegian Joint Headquarters": the country word that opens it, as for
        # bodies; not "at the Indonesian Military Academy", a place other readers take.
        opens = not re.search(r"\b(?:at|in|inside)\s+(?:the\s+)?$", text[: mention.start])
        inside = [
            x
            for x in listed
            if not (
                (
                    x.role == "capital"
                    or (opens and x.label == "Country" and x.start == mention.start)
                )
                and mention.start <= x.start
                and x.end <= mention.end
            )
        ]
        if not _overlaps(mention, [*chosen, *inside]):
            chosen.append(mention)
    # "Portuguese PM Luís Montenegro": a country's name that ends a person's is the person's.
    listed = [
        c
        for c in listed
        if not any(
            c.label == "Country"
            and c.end <= o.end
            and (
                o.start < o.props["name_start"] < c.start  # titled, and the name starts before
                # "Wellington Koo": a capital's name as a given name
                or (c.role == "capital" and c.start == o.props["name_start"] and c.end < o.end)
            )
            for o in officials
        )
    ]
    # "Foreign Minister Thérèse Kayikwamba Wagner": a titled name, not the Wagner Group in it.
    # "the OSCE Minsk process": a format named for a city, not the city's country.
    listed = [
        x
        for x in listed
        if not (x.role == "capital" and _NAMED_FOR_A_CITY.match(text, x.end))
        and not (
            x.label == "Organization"
            and any(
                o.props.get("title_phrase") and o.props["name_start"] < x.start and x.end <= o.end
                for o in officials
            )
        )
    ]
    for mention in [*listed, *officials]:
        if mention.label == "Official":
            span = Mention("", "", "", mention.props["name_start"], mention.end)
            if not _overlaps(span, chosen):
                chosen.append(mention)
        elif not _overlaps(mention, [c for c in chosen if c.label != "Official"]) or (
            mention.label in ("Country", "Organization")
            # "the Lima Group": not Peru ("the Astana Declaration" may still speak of Kazakhstan)
            and not (mention.role == "capital" and _NAMED_FOR_A_CITY.match(text, mention.end))
        ):
            if not any(
                c.label == "Official"
                and mention.start >= c.props["name_start"]
                and mention.end <= c.end
                for c in chosen
            ):
                chosen.append(mention)
    for mention in _place_mentions(text, gaz):
        # "Manila Bay": the bay, not the capital inside its name.
        lead = mention.props.get("lead")
        inside = [
            c
            for c in chosen
            if (
                c.label in ("Country", "Location")
                or (
                    (mention.props.get("kind_first") or lead)
                    and c.label in ("Official", "Organization")
                )
            )
            and mention.start <= c.start
            and c.end <= mention.end
            and ((c.end - c.start) < (mention.end - mention.start) or lead)
        ]
        if not _overlaps(mention, [c for c in chosen if c not in inside]):
            chosen = [c for c in chosen if c not in inside]
            chosen.append(mention)
    # "a Trump administration official": the president names whose administration, and is
    # not there himself.
    chosen = [
        m for m in chosen if not (m.label == "Official" and _WHOSE_GOVERNMENT.match(text, m.end))
    ]
    # "Armed Forces Minister Lecornu": a portfolio in a minister's title, not a body in the news.
    chosen = [
        m
        for m in chosen
        if not (m.label == "Organization" and re.match(r"\s+Minister\b", text[m.end :]))
    ]
    for mention in chosen:
        # "the U.S.-Japan Security Consultative Committee": a standing dialogue or a treaty the
        # gazetteer knows goes by its canonical name.
        hit = gaz.lookup(mention.name) if mention.entry is None else None
        if hit and hit[0].label == mention.label in ("Meeting", "Agreement"):
            mention.name, mention.entry = hit[0].name, hit[0]
        elif mention.label == "Agreement" and mention.entry is None:
            # "the Japan-Australia Reciprocal Access Agreement": one of a kind the gazetteer
            # knows by an acronym (RAA); the name stays, the acronym is one of its names.
            kinds = gaz.agreement_kinds
            kind = next((e for e in kinds if mention.name.endswith(f" {e.name}")), None)
            if kind is not None:
                mention.props["aliases"] = kind.props.get("aliases", [])
    chosen.sort(key=lambda m: m.start)
    return chosen


_AIRCRAFT = (
    r"(?:Typhoons?|Voyagers?|Atlas|Poseidons?|Chinooks?|Lightnings?|Hercules|Wedgetails?"
    r"|Tornados?|Hawks?|Reapers?|Protectors?|Rivet|Sentinel|F-35)\b"
)
# A name that ends in what a base or an airfield is called names a place, not a body.
_BASE_OR_PORT = re.compile(r"\b(?:Base|Airport|Airfield|Air\s+Station|Naval\s+Station)$")
# Places that say what they are: "Saga Airport", "Camp Aguinaldo", "Balabac Island".
_PLAIN = _LOWER.replace("'’", "")  # a place's words, without the possessive of a place before it
_NAMED_PLACE = re.compile(
    rf"\b(?:(?:Camp|Fort|Mount|Lake|Port)\s+[{_UPPER}][{_PLAIN}]+(?:\s+[{_UPPER}][{_PLAIN}]+){{0,2}}"
    # (not "the 86th Air Base": its kind alone)
    rf"|(?!(?:Air|Naval)\s+Base\b(?!\s+\d))(?:[{_UPPER}][{_PLAIN}]+\s+){{1,3}}(?:Airport|Air Base|Naval Base"
    r"|Base|Harbou?r|Island"
    r"|Islands|Strait|Peninsula|Prefecture|Province|Shoal|Reef|Atoll|Bay|Palace|Residence"
    r"|House|Barracks|Cemetery|Hall|Hotel|Convention\s+Cent(?:re|er)|Museum|Guesthouse"
    r"|Cantonment|Shipyard|Building|Academy|College|School))\b"
    # "Naval Station Leovigildo Gantioqui", "Air Force Station Kalaikunda": the kind first
    rf"|\b(?:Naval\s+Station|Naval\s+Air\s+Station|Air\s+Force\s+Station|Air\s+Station"
    # "RAF Coningsby", not "two RAF Typhoons": a station, not the aircraft flying from it
    rf"|Joint\s+Base|Marine\s+Corps\s+Base|Naval\s+Base|RAAF\s+Base|RAF(?!\s+{_AIRCRAFT})|Base)"
    rf"(?:\s+[{_UPPER}][{_PLAIN}]+){{1,3}}\b"
)
# "in Palawan, Batangas, Cavite and Tarlac": the places of a list one of which is known.
_PLACE_ITEM = rf"[{_UPPER}][{_PLAIN}]+(?:\s+[{_UPPER}][{_PLAIN}]+)?"
_PLACE_LIST = re.compile(
    rf"\b(?:in|across|at)\s+(?P<list>{_PLACE_ITEM}(?:,\s+{_PLACE_ITEM})*,?\s+and\s+{_PLACE_ITEM})"
    r"(?=\s*(?:[.;,]|$|\s+(?:provinces|regions|states|prefectures|in|on|from|during|until)\b))"
)
# "at the Yausubetsu training area", "from Halim Perdana Kusuma airport": a named site whose
# kind follows in plain words.
_SITE_KIND_AFTER = re.compile(
    rf"(?:(?<=\bat\s)|(?<=\bin\s)|(?<=\bto\s)|(?<=\bfrom\s)|(?<=\bnear\s)|(?<=\bthe\s)|(?<=['’]s\s))"
    rf"(?P<site>(?:[{_UPPER}][{_PLAIN}]+\s+){{1,3}}"
    r"(?:(?:combat\s+)?training\s+(?:area|centre|center|ground)|(?:weapons\s+|firing\s+)?range"
    r"|airport|airfield|air\s+base|naval\s+(?:base|complex|station)|base|port|shipyard"
    r"|(?:nuclear\s+)?(?:power\s+)?plant|resort|estate))\b"
)
_KIND_FIRST = re.compile(r"(?:Naval|Air\s+Force|Air|Joint|Marine\s+Corps|RAAF|RAF|Base)\s")
# "at KINTEX in Goyang", "at the Istana in Singapore": a venue the text places in a known town.
_VENUE_IN_PLACE = re.compile(
    rf"\bat\s+(?:the\s+)?(?P<venue>[{_UPPER}][{_PLAIN}]+(?:\s+[{_UPPER}][{_PLAIN}]+){{0,3}})"
    r"\s+in\s+(?P<place>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})"
)


# "CAMP AGUINALDO, Quezon City, April 11, 2023 —", "PEARL HARBOR, Hawaii —": where a report
# was filed, which is where what it first tells happened.
_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER}.'’-]+(?:\s+[{_UPPER}][{_UPPER}.'’-]+){{0,3}})"
    r"(?:,\s+(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=[,\s]))?"
    r"(?:[^—–]|(?<=\d)–(?=\d)){0,32}?(?:—|–|--)\s"  # "July 9–11 —": a range of days
)
# "Aug 23 — WASHINGTON: Singh held talks ...": the date first, then the city.
# "16–18 FEBRUARY — MUNICH. The 60th ...": the day before the month, the city ending on a stop.
_DATE_FIRST_DATELINE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
    r"|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z]{3,9})\s+(?:—|–|--)\s+"
    r"(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}?)(?::|(?<![.A-Z][.][A-Z])\.)(?:\s|$)"
)


# Small words inside a place's name, lower case however a dateline shouts them.
_PLACE_PARTICLES = {"de", "da", "do", "del", "la", "le", "du", "di", "al", "el", "es"}

# "Kuala Lumpur — The 58th ASEAN Foreign Ministers' Meeting ran ...": a digest item led by
# its city, written as a name; only a city the gazetteer knows is taken as one.
_NAMED_DATELINE = re.compile(r"^(?P<place>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})\s+(?:—|–|--)\s")


# "ASTANA, July 4 - The SCO admitted ...", "ANKARA, Sept 30 (Wire) - ...", "ASTANA, 28 Feb. On
# his first visit ...": a city in capitals, the day, then a hyphen or the month's stop.
_CITY_DATE_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER}.'’-]+(?:\s+[{_UPPER}][{_UPPER}.'’-]+){{0,3}}),\s+"
    # "KANANASKIS, Alberta, June 17 (Wire) -": the province or state between
    r"(?:(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s+)?"
    rf"(?:{SHORT_DAY_OR_MONTH}[a-z]*\.?\s+\d{{1,2}}|\d{{1,2}}\s+{SHORT_DAY_OR_MONTH}[a-z]*\.?)"
    r"(?:,?\s+\d{4})?(?:\s+\([^)]{1,40}\))?(?:\s+-|\.|\s*:)?\s"
)


# "27-28 April, New Delhi. India hosted ...", "4 May, Goa.": a digest item led by its days
# and its city, then a stop; only a city the gazetteer knows is taken as one.
_DAYS_AND_PLACE = re.compile(
    rf"^(?:\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+{SHORT_DAY_OR_MONTH}[a-z]*\.?"
    rf"|{SHORT_DAY_OR_MONTH}[a-z]*\.?\s+\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?),\s+"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\.(?:\s|$)"
)

# "Modi and Sonexay talk defence (11 October, Vientiane).": an item's headline ending on its
# day and place.
_HEADLINE_DAYS_AND_PLACE = re.compile(
    rf"\((?:\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+{SHORT_DAY_OR_MONTH}[a-z]*\.?"
    rf"|{SHORT_DAY_OR_MONTH}[a-z]*\.?\s+\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?),\s+"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\)\.?$"
)


def _dateline_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    m = _DATELINE.match(text) or _DATE_FIRST_DATELINE.match(text)
    m = m or _CITY_DATE_DATELINE.match(text)
    named = None if m else _NAMED_DATELINE.match(text) or _DAYS_AND_PLACE.match(text)
    named = named or (None if m else _HEADLINE_DAYS_AND_PLACE.search(text.strip()))
    if named:
        if not gaz.names_a_place(named["place"]):
            return []
        m = named
    if m is None:
        return []
    # "RIO DE JANEIRO —": Rio de Janeiro; "WASHINGTON, DC —" keeps its initials.
    place = " ".join(
        w.lower() if n and w.lower() in _PLACE_PARTICLES else w.capitalize() if len(w) > 2 else w
        for n, w in enumerate(m.group("place").split())
    )
    hit = gaz.lookup(place)
    if hit and not gaz.names_a_place(place):
        return []  # "JAPAN —": a country, not a place
    props: dict[str, Any] = {"dateline": True}
    if m.re in (_DAYS_AND_PLACE, _HEADLINE_DAYS_AND_PLACE):
        props["item_lead"] = True  # one item's place, not the document's
    if hit and hit[0].label == "Country":
        props["country"] = hit[0].name
        place = hit[0].props["capital"]  # "HA NOI —": Hanoi, however the dateline spells it
    elif hit:
        place, props = hit[0].name, {**hit[0].props, **props}
    found = [Mention("Location", place, m.group("place"), m.start("place"), m.end("place"),
                     props=props)]  # fmt: skip
    region = m.groupdict().get("region")
    if region and not gaz.lookup(region) and not _NOT_PLACE_WORD.match(region):
        found.append(
            Mention(
                "Location",
                region,
                region,
                m.start("region"),
                m.end("region"),
                props={"dateline": True, "region": True},
            )  # fmt: skip
        )
    return found


_NOT_PLACE_WORD = re.compile(SHORT_DAY_OR_MONTH)
_PENINSULA = re.compile(r"\b(?:(?P<korean>Korean\s+)|(?<=\bthe\s))peninsula\b")
_KOREA = re.compile(r"\b(?:Korean?s?|ROK|DPRK|USFK|Pyongyang|Seoul)\b")
_SHARED_HEAD = re.compile(
    rf"\b(?P<first>[{_UPPER}][{_PLAIN}]+)\s+and\s+"
    rf"(?P<second>[{_UPPER}][{_PLAIN}]+(?:\s+[{_UPPER}][{_PLAIN}]+)?)\s+(?P<head>Sea|Ocean)s\b"
)


# "In Odesa he met Zelensky", "At Subic, the two navies ...": a sentence that opens on where.
_OPENING_PLACE = re.compile(
    rf"^(?:In|At)\s+(?P<place>[{_UPPER}][{_PLAIN}]{{2,}}(?:\s+[{_UPPER}][{_PLAIN}]+)?)"
    r"(?=,|\s+(?:he|she|they|the|both|on|last|this)\b)"
    # "9 Oct, Dubrovnik: ...", "From 5 Nov, Burgas:", "Mar. 8, Manila:": a digest item's lead
    rf"|^(?:(?:From|Until|To)\s+)?(?:\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+{SHORT_DAY_OR_MONTH}[a-z]*\.?"
    rf"|{SHORT_DAY_OR_MONTH}[a-z]*\.?\s+\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?),\s+"
    rf"(?P<lead>[{_UPPER}][{_PLAIN}]{{2,}}(?:\s+[{_UPPER}][{_PLAIN}]+){{0,2}})(?=:)"
)
_NOT_OPENING_PLACE = re.compile(
    rf"(?:{SHORT_DAY_OR_MONTH})\w*|Addition|Response|Particular|Total|Brief|Short|Turn|Fact"
    r"|Contrast|Return|Parallel|Practice|Summary|General|Recent|Separate|Talks|Remarks"
    r"|Other|Private|Public|Principle|Person|Theory|Effect|Sum|Line|Order|Part|Exchange"
)


def place_list_mates(text: str, places: list[tuple[int, int]], persons: list[tuple[int, int]],
                     gaz: Gazetteer, people: Container[str]) -> list[tuple[int, int, str]]:  # fmt: skip
    """'in Palawan, Batangas, Cavite and Tarlac': the other names of a list of places one of
    which is a place already (found by NER, or known), when no one is named so. A one-word
    'person' of such a list ('in Nueva Ecija, Aurora and Isabela') is a place too."""
    found = []
    # A full name, or a name already known as a person's, stays a person.
    persons = [(a, b) for a, b in persons if " " in text[a:b] or text[a:b] in people]
    for m in _PLACE_LIST.finditer(text):
        items = [
            (m.start("list") + x.start(), m.start("list") + x.end(), x.group(0))
            for x in re.finditer(_PLACE_ITEM, m["list"])
            if x.group(0) != "and"
        ]
        taken = [*places, *persons]
        if not any(
            gaz.names_a_place(name) or any(a <= start < b for a, b in places)
            for start, _, name in items
        ):
            continue
        found += [
            (start, end, name)
            for start, end, name in items
            if not gaz.lookup(name) and not any(a < end and start < b for a, b in taken)
        ]
    return found


# "ended the trip in Iqaluit", "at Reitan outside Bodø": where a town's name stands.
_TOWN_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|visited|reached)\s+$")
_TOWN = re.compile(rf"[{_UPPER}][{_PLAIN}]{{2,}}(?:\s+[{_UPPER}][{_PLAIN}]+){{0,2}}")


def towns_named(text: str, taken: list[tuple[int, int]], gaz: Gazetteer,
                countries: Container[str], people: Container[str]) -> list[tuple[int, int, str]]:  # fmt: skip
    """'ended the trip in Iqaluit', 'at Reitan outside Bodø': a town NER took for something else
    or missed, named where a place is named and known as a town of a country the document
    names (`countries`, those told of so far) or the sentence names. Spans already read as
    places, known people and gazetteer names are left alone."""
    found = []
    for m in _TOWN.finditer(text):
        name, end = m[0], m.end()
        # "at Austin's invitation", "steel from Sheffield Forgemasters", "Stanford
        # University": a person's or a body's name, not a town.
        if not _TOWN_BEFORE.search(text, max(0, m.start() - 12), m.start()) or re.match(
            r"['’]s\b", text[end:]
        ):
            continue
        if name in people or gaz.lookup(name) or _NOT_OPENING_PLACE.fullmatch(name):
            continue
        if any(a < end and m.start() < b for a, b in taken):
            continue
        home = town_country(name)
        if home and (home in countries or home in _countries_in(text, gaz)):
            found.append((m.start(), end, name))
    return found


def _countries_in(text: str, gaz: Gazetteer) -> set[str]:
    """The countries a sentence names, by name, demonym or capital."""
    found = (gaz.lookup(m.group()) for m in gaz.pattern.finditer(text))
    return {hit[0].name for hit in found if hit and hit[0].label == "Country"}


def _place_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Places NER may miss, when their name says they are places."""
    found = []
    opening = _OPENING_PLACE.match(text)
    where = opening and ("place" if opening["place"] else "lead")
    if opening and where and not gaz.lookup(opening[where]):
        if not _NOT_OPENING_PLACE.fullmatch(opening[where]):
            place = Mention("Location", opening[where], opening[where], *opening.span(where))
            # "9 Oct, Dubrovnik:": where the item happened, whatever NER made of the word.
            place.props["lead"] = where == "lead"
            found.append(place)
    for m in _PENINSULA.finditer(text):
        # "US forces on the peninsula", said of Korea: the Korean Peninsula.
        if m["korean"] or _KOREA.search(text):
            found.append(Mention("Location", "Korean Peninsula", m[0], *m.span()))
    for m in _SHARED_HEAD.finditer(text):
        # "the East and South China Seas": two seas the gazetteer knows, sharing their end.
        second = f"{m['second']} {m['head']}"
        first = m["first"] + second[len(m["second"].split()[0]) :]
        known = [gaz.lookup(x) for x in (first, second)]
        if all(hit and hit[0].label == "Location" for hit in known):
            found.append(Mention("Location", first, m["first"], *m.span("first")))
            found.append(Mention("Location", second, m[0][m.start("second") - m.start() :],
                                 m.start("second"), m.end()))  # fmt: skip
    for m in _NAMED_PLACE.finditer(text):
        name = m.group(0)
        if gaz.lookup(name) or re.match(r"(?:The|A|An|In|At|On)\s", name):
            continue
        if re.search(r"(?:House|Academy|College|School)$", name) and not _AT_OR_WELCOMED_TO.search(
            text[: m.start()]
        ):
            continue  # "Chatham House said": a body; "met at Blair House": a place
        place = Mention("Location", name, name, m.start(), m.end())
        # "Naval Station Carlito Cunanan": the kind first says it is a place, whoever it honours.
        place.props["kind_first"] = bool(_KIND_FIRST.match(name))
        found.append(place)
    for m in _SITE_KIND_AFTER.finditer(text):
        words = m["site"].split()
        hits = [gaz.lookup(w) for w in words if w[0].isupper()]
        if any(hit and hit[0].label == "Country" for hit in hits):
            continue  # "at the Japanese base": a country's, not a site's name
        found.append(Mention("Location", m["site"], m["site"], *m.span("site")))
    for m in _VENUE_IN_PLACE.finditer(text):
        venue = m["venue"]
        if gaz.lookup(venue) or _ORG_KEYWORD.search(venue) or _NOT_AN_ORG.search(venue):
            continue
        town = m["place"].split()
        if any(gaz.names_a_place(" ".join(town[:n])) for n in range(len(town), 0, -1)):
            found.append(Mention("Location", venue, venue, *m.span("venue")))
    return found
