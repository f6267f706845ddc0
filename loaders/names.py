"""Personal names: family name, and Western order for names written family-name first."""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["canonical_person", "family_name", "name_key", "plain", "regnal"]

# "Júnior", "Filho", "Neto": a Brazilian name's generation, not its family name
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "filho", "neto", "júnior", "junior", "sobrinho"}
# Korean family names: with a hyphenated given name ("Cho Tae-yul") or a three-part name
# ("Yoon Suk Yeol") the family name comes first and stays first, as Korean usage has it.
_KOREAN = set(
    "Kim Lee Yi Park Pak Choi Choe Cho Jo Jung Jeong Chung Kang Yoon Yun Shin Han Oh Seo Kwon "
    "Hwang Ahn An Song Jeon Chun Hong Yoo Yu Ko Moon Mun Yang Son Bae Baek Heo Hur Nam Noh Roh "
    "Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Ji Um Chae Won Bang Hyun Ham Byun Yeom Chu Do Seok "
    "Lim Im Jang Chang Suh Ban Wi Maeng Ok Yeo".split()
)
# Chinese family names: two-part names such as "Wang Yi" or "Dong Jun" are family-name first.
_CAMBODIAN = {"Hun", "Prak", "Sar"}
_CHINESE = set(
    "Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo "
    "Liang Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu "
    "Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Wen Qin Tian Shi Kong Mao".split()
)
# Family names as Singapore, Hong Kong and Malaysia spell them, before a two-part given name.
_SOUTHERN_CHINESE = set(
    "Chan Ng Lee Tan Lim Teo Goh Ong Wong Ho Yeo Chua Koh Chong Leong Lau Tay Cheong Lam "
    "Loke Heng Khaw Seah Yip Tsang Leung Cheung".split()
)
# Japanese family names common in security news: "Kishida Fumio" is written family-first.
_JAPANESE = set(
    "Kishida Kamikawa Kihara Hayashi Hamada Ishiba Iwaya Nakatani Suga Abe Motegi Yamada Suzuki "
    "Tanaka Sato Takahashi Watanabe Ito Nakamura Kobayashi Kato Yoshida Yamamoto Sasaki Matsumoto "
    "Inoue Kimura Shimizu Yamaguchi Mori Ikeda Hashimoto Ishikawa Ogawa Okada Goto Hasegawa "
    "Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Fujiwara "
    "Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda "
    "Morita Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Maruyama "
    "Imai Fujita Kono Horii Ishizuki Koizumi Takaichi Onodera Kishi Matsuno Yoshimasa Komura "
    "Akiba Yamazaki Funakoshi Okano Masuda Mori Kanehara Ichikawa Noda Edano Aso Nukaga Kawano "
    "Yoshida Sakata Tsuge Uchikura Morimoto Kasuya Yamashita Izumi Oka".split()
)


_COMMON_KOREAN = set(
    "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo "
    "Hong Suh Jeong Chung".split()
)


def _tokens(name: str) -> list[str]:
    return [t for t in name.split() if t.lower().rstrip(".") not in _SUFFIXES]


def _family_first(tokens: list[str]) -> bool:
    if len(tokens) < 2:
        return False
    first, rest = tokens[0], tokens[1:]
    if first in _KOREAN and ("-" in rest[0] or len(tokens) == 3):
        return True
    if len(tokens) == 2 and first in _COMMON_KOREAN and len(rest[0]) <= 4:
        # "Park Jin", "Kim Gunn": a one-syllable given name after a common family name
        # ("Sung Kim", with the commoner name last, is Kim).
        return rest[0] not in _COMMON_KOREAN

    # "Eom Dong-hwan": a Korean given name, its second syllable after a hyphen in lower case,
    # follows the family name whether or not the surname is a common one.
    if len(tokens) == 2 and len(first) <= 5 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", rest[0]):
        return True
    if len(tokens) == 2 and first in _CHINESE:
        return True  # "Liu Lin", "Sun Weidong": Chinese officials are written family first
    if len(tokens) == 3 and first in _SOUTHERN_CHINESE and all(len(t) <= 5 for t in rest):
        return True  # "Chan Chun Sing", "Ng Eng Hen": Singapore writes the family name first
    return len(tokens) == 2 and first in _JAPANESE and rest[0] not in _JAPANESE


def _upper_family(tokens: list[str]) -> bool:
    """'IWAYA Takeshi': a family name in capitals, as Japan's ministries write it, first."""
    return (
        len(tokens) == 2
        and len(tokens[0]) > 1
        and tokens[0].isalpha()
        and tokens[0].isupper()
        and any(c in "AEIOUY" for c in tokens[0])  # "JD Vance": initials, not a family name
        and tokens[1][:1].isupper()
        and not tokens[1].isupper()
    )


@functools.lru_cache(maxsize=1 << 16)
def canonical_person(name: str) -> str:
    """The canonical display name: Japanese names in Western order, others as written."""
    tokens = name.split()
    if _upper_family(tokens):
        return f"{tokens[1]} {tokens[0].capitalize()}"
    if len(tokens) >= 2 and not tokens[0].isupper() and any(_CAPS.fullmatch(t) for t in tokens):
        # "Guido CROSETTO", "Lloyd J. AUSTIN III": the family name in capitals, given name first
        tokens = [t.capitalize() if _CAPS.fullmatch(t) else t for t in tokens]
        return canonical_person(" ".join(tokens))
    core = _tokens(name)
    if len(core) == 2 and core == tokens and core[0] in _JAPANESE and core[1] not in _JAPANESE:
        return f"{core[1]} {core[0]}"
    if len(tokens) >= 3 and any(_INITIALS.fullmatch(t) for t in tokens[1:-1]):
        # "Retno L.P. Marsudi" is Retno Marsudi, as later mentions and other readers write her.
        return " ".join(
            [tokens[0], *(t for t in tokens[1:-1] if not _INITIALS.fullmatch(t)), tokens[-1]]
        )
    return name


_INITIALS = re.compile(r"(?:[A-Z]\.)+|[A-Z]")  # "Lloyd J Austin": the stop left out
# A family name in capitals: a vowel among its letters, no Roman numeral ("III", "VI").
_CAPS = re.compile(r"(?![IVXLC]+\b)[A-Z]*[AEIOUY][A-Z]*(?:-[A-Z]+)?")


def regnal(name: str) -> bool:
    """'Mohammed VI', 'Abdullah II': a monarch, who goes by the whole name."""
    return bool(re.fullmatch(r"\S+ [IVX]+", name))


def of_realm(name: str) -> str | None:
    """'Philippe of Belgium': a monarch known by the given name, which this returns."""
    m = re.fullmatch(r"(\S+) of (?:the )?[A-Z][\w ]+", name)
    return m.group(1) if m else None


@functools.lru_cache(maxsize=1 << 16)
def family_name(name: str) -> str:
    """The family name, as a later mention uses it alone: 'Cho Tae-yul' -> 'Cho'."""
    if regnal(name):
        return name
    if realm := of_realm(name):
        return realm
    tokens = _tokens(name) or name.split()
    if len(tokens) == 2 and tokens[0] in _CAMBODIAN:
        return name  # "Hun Sen", "Prak Sokhonn": Cambodians are called by the whole name
    if _upper_family(tokens):
        return tokens[0].capitalize()
    canonical = canonical_person(name)
    if canonical != name:
        if canonical.split()[-1] == tokens[0]:
            return tokens[0]  # Japanese order as written: the family name leads
        return family_name(canonical)  # "Charles Q. Brown Jr." is Brown, as "Charles Brown Jr."
    if _family_first(tokens):
        return tokens[0]
    if any(t in PATRONYMIC for t in tokens[1:-1]):
        # "Mohammed bin Mubarak Al Mazrouei" is Al Mazrouei; "Mohammed bin Salman" has no
        # family name of his own to go by, and is called by the whole.
        if tokens[-1].startswith("Al-"):
            return tokens[-1]
        return " ".join(tokens[-2:]) if tokens[-2] == "Al" else name
    # "Ursula von der Leyen" -> "von der Leyen", "Alexander De Croo" -> "De Croo"
    start = len(tokens) - 1
    # Lower-case particles, and a capital "De" or "Del"; a capital "Van" is a Vietnamese
    # middle name and a capital "Le" a Vietnamese family name.
    while start > 1 and (tokens[start - 1] in PARTICLES or tokens[start - 1] in _CAPITAL_PARTICLES):
        start -= 1
    # "Jean-Yves Le Drian": a French "Le" after a given name; not the Vietnamese "Le" of
    # "Nguyen Le Thanh", whose first word is a family name of its own.
    if start > 1 and tokens[start - 1] in ("Le", "La") and tokens[0] not in _VIETNAMESE:
        start -= 1
    if tokens[start] == "e" and start > 1:
        start -= 1  # "Joaquim Silva e Luna": the Portuguese joins two family names
    return " ".join(tokens[start:])


PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "da",
    "del",
    "della",
    "di",
    "do",
    "dos",
    "du",
    "e",
    "le",
    "la",
}
_CAPITAL_PARTICLES = {"De", "Del", "Della", "Dos", "Das"}
_VIETNAMESE = {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui"}
_VIETNAMESE |= {"Do", "Ho", "Ngo", "Duong", "Ly", "Luong", "Dinh", "Trinh", "Truong", "Mai", "To"}
# The links of an Arabic name: "son of", "daughter of".
PATRONYMIC = frozenset({"bin", "bint", "ibn"})
# "al-Sisi", "el-Sisi", "ash-Shaibani": the article a family name may open with, in lower case.
NAME_ARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az)-"


def name_key(name: str) -> frozenset[str]:
    """Order-free key: 'Kishida Fumio' and 'Fumio Kishida' are one person, and so are
    'Erdoğan' and 'Erdogan'."""
    return frozenset(plain(t).lower().strip(".,") for t in _tokens(name))


def plain(text: str) -> str:
    """The text without its accents: 'Nausėda' -> 'Nauseda'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
