"""Money mentions in news copy: `$375 million`, `US$1.2bn`, `1.4 billion euros`, `up to €50m`.

Pure regex work: every mention carries its value in units, an ISO 4217 currency, a qualifier
(exact / up_to / over / about) and the character offsets of the whole mention (qualifier included).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .wordfilter import folds_into_ascii

# Prefix symbols and codes, longest first so `US$` wins over `$`.
_PREFIX_CURRENCY = {
    "us$": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "c$": "CAD", "ca$": "CAD", "can$": "CAD", "cad": "CAD",
    "nz$": "NZD",
    "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "jpy": "JPY",
    "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN", "uah": "UAH",
    "₴": "UAH", "₽": "RUB", "rub": "RUB", "cny": "CNY", "krw": "KRW", "₩": "KRW",
    "hk$": "HKD", "s$": "SGD", "₹": "INR", "₺": "TRY", "₪": "ILS",
    # the Gulf's and South Asia's own desks (Gulf News `Dh100 million`, Arab News `SR50m`, Kuwait's `KD 15 million`, the
    # Peninsula's `QR2bn`, Indian and Pakistani copy's `Rs 500 crore`, Dhaka's `Tk 5 billion`) and the ISO codes
    "dh": "AED", "dhs": "AED", "aed": "AED", "sr": "SAR", "sar": "SAR", "qr": "QAR", "qar": "QAR", "kd": "KWD", "kwd": "KWD",
    "bhd": "BHD", "omr": "OMR", "inr": "INR", "pkr": "PKR", "tk": "BDT", "bdt": "BDT", "egp": "EGP", "r$": "BRL", "brl": "BRL",
    # Malaysian desks (Bernama, The Star) write the ringgit `RM10 million`
    "rm": "MYR", "myr": "MYR", "sgd": "SGD",
    "rs": "rupee", "rs.": "rupee",  # Indian, Pakistani, Sri Lankan or Nepalese: the payer says which (`resolve_crown`)
}
CROWN = "crown"  # placeholder, not ISO 4217: see `resolve_crown`
CROWN_BY_COUNTRY = {"Sweden": "SEK", "Norway": "NOK", "Denmark": "DKK", "Czech Republic": "CZK", "Iceland": "ISK"}
# other currency names several countries share: a bare `dirhams`, `rupees`, `riyals` or `dinars` is the payer's own
_SHARED_NAME = {
    CROWN: CROWN_BY_COUNTRY,
    "dirham": {"United Arab Emirates": "AED", "Morocco": "MAD"},
    "rupee": {"India": "INR", "Pakistan": "PKR", "Sri Lanka": "LKR", "Nepal": "NPR", "Mauritius": "MUR"},
    "riyal": {"Saudi Arabia": "SAR", "Qatar": "QAR", "Oman": "OMR", "Yemen": "YER"},
    "dinar": {"Kuwait": "KWD", "Bahrain": "BHD", "Jordan": "JOD", "Iraq": "IQD", "Libya": "LYD", "Algeria": "DZD",
              "Tunisia": "TND", "Serbia": "RSD"},
}

# Currency words after the number (`1.4 billion euros`).
_SUFFIX_CURRENCY = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "dollars": "USD",
    "u.s.-dollar": "USD", "us-dollar": "USD", "u.s. dollar": "USD", "us dollar": "USD",  # `a 350-million-U.S.-dollar loan`
    "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP",
    "sterling": "GBP", "pound": "GBP", "yen": "JPY", "swiss francs": "CHF", "francs": "CHF",
    "canadian dollars": "CAD", "australian dollars": "AUD", "hryvnias": "UAH", "hryvnia": "UAH",
    "hryvnas": "UAH", "roubles": "RUB", "rubles": "RUB", "yuan": "CNY", "renminbi": "CNY",
    "zlotys": "PLN", "zloty": "PLN", "swedish kronor": "SEK", "kronor": "SEK",
    "norwegian kroner": "NOK", "danish kroner": "DKK", "won": "KRW", "danish crowns": "DKK",
    "norwegian crowns": "NOK", "swedish crowns": "SEK", "czech crowns": "CZK", "koruna": "CZK", "korunas": "CZK",
    "norwegian krone": "NOK", "danish krone": "DKK",
    # donors' and recipients' currencies beyond Europe, where the name says whose (a bare `dirhams` or `rupees` does not)
    "new zealand dollars": "NZD", "hong kong dollars": "HKD", "singapore dollars": "SGD", "singapore dollar": "SGD", "turkish lira": "TRY", "lira": "TRY", "liras": "TRY",
    "shekels": "ILS", "new shekels": "ILS", "forints": "HUF", "forint": "HUF", "romanian lei": "RON",
    "moldovan lei": "MDL", "saudi riyals": "SAR", "qatari riyals": "QAR", "emirati dirhams": "AED", "uae dirhams": "AED",
    "moroccan dirhams": "MAD", "indian rupees": "INR", "pakistani rupees": "PKR", "rand": "ZAR",
    # a bare crown is Swedish, Norwegian, Danish, Czech or Icelandic: the caller resolves it by the donor
    "crowns": CROWN, "crown": CROWN, "kroner": CROWN, "krone": CROWN, "korun": CROWN,
    "dirhams": "dirham", "dirham": "dirham", "rupees": "rupee", "riyals": "riyal", "dinars": "dinar",
    "omani rials": "OMR", "kuwaiti dinars": "KWD", "jordanian dinars": "JOD", "iraqi dinars": "IQD",
    "bahraini dinars": "BHD", "egyptian pounds": "EGP", "bangladeshi taka": "BDT", "taka": "BDT",
    "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "nepali rupees": "NPR",  # (pass aid50: `Nepali rupees`)
    # Brazil's real (`50.9 billion reais`; a bare `real` is an English word)
    "reais": "BRL", "brazilian reais": "BRL",
    "ringgit": "MYR", "malaysian ringgit": "MYR",
}
_SCALE = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,  # South Asian copy
}
_QUALIFIERS = {
    "up to": "up_to", "as much as": "up_to", "a maximum of": "up_to", "no more than": "up_to",
    "more than": "over", "over": "over", "in excess of": "over", "upwards of": "over",
    "at least": "over", "above": "over", "exceeding": "over", "north of": "over",
    "about": "about", "nearly": "about", "roughly": "about", "some": "about",
    "approximately": "about", "around": "about", "almost": "about", "close to": "about",
    "an estimated": "about", "estimated": "about", "approx.": "about", "just over": "about",
    "just under": "about", "circa": "about",
}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_RE = r"thousand|million|billion|trillion|crores?|lakhs?|mln|bln|mn|bn|tn|trn|m|b|k"
_PREFIX_RE = "|".join(
    re.escape(p) for p in sorted(_PREFIX_CURRENCY, key=len, reverse=True)
)
_SUFFIX_RE = "|".join(re.escape(s) for s in sorted(_SUFFIX_CURRENCY, key=len, reverse=True))
_QUAL_RE = "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))

# Every match has a digit within this many characters of its start (the longest prefix, one blank): the look ahead
# for it turns most word starts away before the hundred-odd IGNORECASE alternatives are tried there.
_DIGIT_REACH = max(map(len, _PREFIX_CURRENCY)) + 1
# (`$2.3-billion loan`: Canadian desks hyphenate the scale of a compound modifier)
_PREFIXED = re.compile(
    rf"(?<![\w$€£¥])(?=[\s\S]{{0,{_DIGIT_REACH}}}\d)(?P<cur>{_PREFIX_RE})\s?(?P<num>{_NUM})(?:(?:\s|-)?(?P<scale>{_SCALE_RE})\b)?",
    re.IGNORECASE,
)
# `_NUM` with its first digit taken out in front, and the look back after that digit: a pattern that starts with a
# digit is scanned for in C, one that starts with a look back is tried at every character
_NUM_FROM_DIGIT = r"\d(?<![\w$€£¥.,]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
_SUFFIXED = re.compile(
    # `1.4 billion euros`, and the compound modifiers `a 50 billion-euro package`, `a 2-billion-dollar loan`
    rf"(?P<num>{_NUM_FROM_DIGIT})(?:\s|-)?(?P<scale>{_SCALE_RE})?(?:\s+|-)(?P<cur>{_SUFFIX_RE})\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")  # every amount in figures has one: most sentences are ruled out in one C scan
# `_has_digit`: the ASCII digits as `0`, every other byte (one `?` a character outside ASCII) a blank
_DIGIT_BYTES = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))
_ASCII_BYTE_VALUES = bytes(range(128))
_DIGIT_MAP: list = [None, None]  # the last text asked about, and its digit map (None: ask `_DIGIT`)


def _has_digit(text: str, start: int, end: int) -> bool:
    """`_DIGIT.search(text, start, end) is not None`, cheaper when the same text is asked about sentence by sentence.

    The engine tests `\\d` at every character (a class test costs some 40 instructions); the text's digit map, made
    once (its ASCII encoding, one `?` a character outside ASCII, translated), is searched for a `0` by `bytes.find`.
    A text with a decimal digit outside ASCII (`\\d` is Unicode's) is asked of the pattern."""
    memo = _DIGIT_MAP
    if memo[0] is not text:
        digits = None
        if text.isascii() or _DIGIT.search(
            text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTE_VALUES).decode("utf-8", "surrogatepass")
        ) is None:
            digits = text.encode("ascii", "replace").translate(_DIGIT_BYTES)
        memo[0], memo[1] = text, digits
    digits = memo[1]
    if digits is None or start < 0 or end < 0:  # (a negative bound means another thing to `bytes.find`)
        return _DIGIT.search(text, start, end) is not None
    return digits.find(b"0", start, end) >= 0


_DIGIT_RUN = re.compile(r"\d+")
_PREFIXES = tuple(_PREFIX_CURRENCY)


def _perf32_digit_runs(text: str, start: int, end: int) -> list[int] | None:
    """(pass perf32) Where each run of digits in `text[start:end]` starts, offsets into the slice, from the text's digit
    map (`bytes.find`, not a class test at every character); None where the map cannot tell (see `_has_digit`)."""
    if not 0 <= start <= end <= len(text):
        return None
    _has_digit(text, start, start)  # (the map of this text, made once)
    digits = _DIGIT_MAP[1]
    if digits is None:
        return None
    runs = []
    p = digits.find(b"0", start, end)
    while p >= 0:
        runs.append(p - start)
        q = digits.find(b" ", p, end)
        if q < 0:
            break
        p = digits.find(b"0", q, end)
    return runs


def _perf32_suffixed(body: str, runs: list[int]):
    """(pass perf32) `_SUFFIXED.finditer(body)`: every match starts a run of digits (its look back after the first
    digit rules out a word character before it), so the pattern is tried only at the runs' starts, in order, a start
    inside the match before skipped."""
    after = 0
    for p in runs:
        if p < after:
            continue
        m = _SUFFIXED.match(body, p)
        if m is not None:
            after = m.end()
            yield m


def _may_be_prefixed(body: str, runs: list[int] | None = None) -> bool:
    """False when `_PREFIXED` cannot match in `body`: its figure starts a run of digits right after a currency prefix
    (and at most one blank), so a body where no run of digits has one before it holds no prefixed sum (years, dates
    and counts: five sentences in six with a digit). The scan of every character for a prefix cost more."""
    for at in (runs if runs is not None else [run.start() for run in _DIGIT_RUN.finditer(body)]):
        before = body[max(0, at - _DIGIT_REACH) : at]
        if folds_into_ascii(before):
            return True  # (a folded letter: let the pattern decide)
        before = before.lower()
        if before.endswith(_PREFIXES) or (before[-1:].isspace() and before[:-1].endswith(_PREFIXES)):
            return True
    return False
# a figure in words with its scale and a currency word: `nine billion euros`, `one million dollars`, `half a billion
# dollars`, `twenty-five million pounds` (AFP, Xinhua and many regional desks write round sums so); only a scale of a
# million or more and a currency after it: `one thousand euros` and `nine euros` are prices
_UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_NUM_RE = (
    r"half\s+an?|an?|(?:" + "|".join(_TENS_WORDS) + r")(?:-(?:" + "|".join(k for k, v in _UNITS_WORDS.items() if v < 10)
    + r"))?|" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True))
)
_WORDED = re.compile(
    rf"(?<![\w-])(?P<num>{_WORD_NUM_RE})\s+(?P<scale>million|billion|trillion)\s+(?P<cur>{_SUFFIX_RE})\b",
    re.IGNORECASE,
)


def _word_value(num: str) -> float:
    words = " ".join(num.casefold().split())
    if words.startswith("half"):
        return 0.5
    if words in ("a", "an"):
        return 1.0
    tens, _, units = words.partition("-")
    if tens in _TENS_WORDS:
        return float(_TENS_WORDS[tens] + (_UNITS_WORDS[units] if units else 0))
    return float(_UNITS_WORDS[words])
_QUALIFIER_BEFORE = re.compile(rf"(?:^|\b)(?P<q>{_QUAL_RE})\s+$", re.IGNORECASE)
# `handed over $50 million`, `turned over`: the particle of a phrasal verb, no `over` of the sum
_PARTICLE_OVER = re.compile(r"\b(?:hand|turn|sign|fork)(?:s|ed|ing)?\s+over\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    value: float
    currency: str
    qualifier: str
    start: int  # includes the qualifier
    end: int

    def key(self) -> tuple[float, str]:
        return (round(self.value, 2), self.currency)


def _value(num: str, scale: str | None) -> float:
    value = float(num.replace(",", ""))
    if scale:
        # `4.1 billion` is 4100000000.0, not 4.1 * 1e9 = 4099999999.9999995
        value = round(value * _SCALE[scale.casefold()], 6)
    return value


def find_money(text: str, start: int = 0, end: int | None = None) -> list[Money]:
    """Every money mention in `text[start:end]`, in order, offsets into `text`."""
    end = len(text) if end is None else end
    worded = text.find("illion", start, end) >= 0  # `nine billion euros`: a C scan (no copy), most sentences have no such scale
    if not worded and not _has_digit(text, start, end):
        return []
    body = text[start:end]
    found: list[tuple[int, int, float, str]] = []
    starts: list[int] = []  # of `found`, kept sorted: spans never overlap, so neighbours decide
    runs = _perf32_digit_runs(text, start, end)
    for pattern in (_PREFIXED, _SUFFIXED, _WORDED):
        if pattern is _WORDED and not worded:
            continue
        if pattern is _PREFIXED and not _may_be_prefixed(body, runs):
            continue
        for match in (_perf32_suffixed(body, runs) if pattern is _SUFFIXED and runs is not None else pattern.finditer(body)):
            scale = match.group("scale")
            cur_text = match.group("cur").casefold()
            if pattern is _WORDED:
                currency = _SUFFIX_CURRENCY[cur_text]
            elif pattern is _PREFIXED:
                currency = _PREFIX_CURRENCY[cur_text]
                # bare 'm'/'b'/'k' need the figure glued or a following non-letter
                if cur_text.isalpha() and not scale:
                    continue  # `EUR 5` without a scale is too ambiguous
            else:
                currency = _SUFFIX_CURRENCY[cur_text]
                if not scale and float(match.group("num").replace(",", "")) < 1000:
                    continue  # `5 dollars`: prices, not aid
                if not scale and "-" in body[match.end("num") : match.start("cur")]:
                    continue  # `2024-euro terms`: a compound needs its scale
            s, e = match.start() + start, match.end() + start
            at = bisect.bisect_left(starts, s)
            if (at > 0 and found[at - 1][1] > s) or (at < len(found) and found[at][0] < e):
                continue  # overlaps a mention already found (linear: no scan over all of them)
            starts.insert(at, s)
            value = (
                round(_word_value(match.group("num")) * _SCALE[scale.casefold()], 6)
                if pattern is _WORDED
                else _value(match.group("num"), scale)
            )
            found.insert(at, (s, e, value, currency))
    out = []
    for s, e, value, currency in found:
        qualifier, qs = "exact", s
        q = _QUALIFIER_BEFORE.search(text[max(0, s - 25) : s])
        if q and q.group("q").casefold() == "over" and _PARTICLE_OVER.search(text, max(0, s - 30), s):
            q = None
        if q:
            qualifier = _QUALIFIERS[q.group("q").casefold()]
            qs = s - (len(text[max(0, s - 25) : s]) - q.start("q"))
        out.append(Money(value, currency, qualifier, qs, e))
    return out


def resolve_crown(money: Money, country: str | None) -> Money | None:
    """A bare `crowns` (`dirhams`, `rupees`, `riyals`, `dinars`, `Rs`) figure in the currency of the country that pays
    it, or None if unknown."""
    shared = _SHARED_NAME.get(money.currency)
    if shared is None:
        return money
    code = shared.get(country or "")
    return replace(money, currency=code) if code else None


# A bare `$` is the local dollar in copy written for that country's readers (CP, CBC and CTV write
# `$406 million` for Canadian dollars and `US$` for American ones) -- but only for sums the country
# itself pays, and only when the article does not write the local prefix elsewhere (`C$500 million`
# next to `$1 billion` means the writer keeps them apart, so that `$` is the US dollar).
LOCAL_DOLLAR = {"Canada": "CAD", "Australia": "AUD", "New Zealand": "NZD"}
_LOCAL_PREFIX = {"CAD": re.compile(r"(?<![A-Za-z])(?:C\$|CA\$|Can\$|CAD\b)|Canadian dollars?"),
                 "AUD": re.compile(r"(?<![A-Za-z])(?:A\$|AU\$|AUD\b)|Australian dollars?"),
                 "NZD": re.compile(r"(?<![A-Za-z])(?:NZ\$|NZD\b)|New Zealand dollars?")}
_DATELINE_CITIES = {
    "CAD": ("OTTAWA", "TORONTO", "MONTREAL", "VANCOUVER", "CALGARY", "EDMONTON", "WINNIPEG", "HALIFAX", "QUEBEC", "REGINA", "VICTORIA, British Columbia"),
    "AUD": ("CANBERRA", "SYDNEY", "MELBOURNE", "BRISBANE", "PERTH", "ADELAIDE", "HOBART", "DARWIN"),
    "NZD": ("WELLINGTON", "AUCKLAND", "CHRISTCHURCH"),
}
# a town datelined with its province, as Canadian desks write it (`KANANASKIS, Alta. --`, `GATINEAU, Quebec (CP) --`)
_PROVINCE_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2},\s+(?:(?:Alta|Ont|Que|Man|Sask|Nfld|B\.C|N\.S|N\.B|N\.L|P\.E\.I|N\.W\.T)\.|"
    r"Alberta|Ontario|Quebec|Manitoba|Saskatchewan|British Columbia|Nova Scotia|New Brunswick|Newfoundland)(?![\w])"
)
_OUTLETS = {
    "CAD": ("cbc", "ctv", "cp", "wire-cp", "canadian press", "globe and mail", "globeandmail", "national post", "toronto star", "global news", "cpac"),
    "AUD": ("aap", "sbs", "smh", "sydney morning herald", "the australian", "abc.net.au"),
    "NZD": ("rnz", "nzherald", "nz herald", "stuff.co.nz"),
}
_TLD = {"CAD": ".ca", "AUD": ".au", "NZD": ".nz"}


def local_dollar(text: str, country: str | None, source: str | None = None, url: str | None = None) -> str | None:
    """The local currency a bare `$` stands for in this article when `country` pays it, else None."""
    code = LOCAL_DOLLAR.get(country or "")
    if code is None or _LOCAL_PREFIX[code].search(text):
        return None
    head = text[:40].lstrip()
    dateline = any(head.startswith(city) and not head[len(city) : len(city) + 1].isalpha() for city in _DATELINE_CITIES[code])
    dateline = dateline or (code == "CAD" and _PROVINCE_DATELINE.match(head) is not None)
    outlet = (source or "").strip().casefold() in _OUTLETS[code]
    domain = False
    if url:
        host = re.sub(r"^[a-z]+://", "", url.casefold()).split("/", 1)[0]
        domain = host.endswith(_TLD[code])
    return code if dateline or outlet or domain else None


def is_bare_dollar(text: str, money: Money) -> bool:
    """Whether the mention is written with a bare `$` (not `US$`, `C$`, `A$`)."""
    at = text.find("$", money.start, money.end)
    if money.currency == "USD" and at < 0 and "ollar" in text[money.start : money.end]:
        # (pass aid46) the bare word, `500 million dollars`, is as unqualified as `$` (not `US dollars`, `U.S. dollars`)
        return _BARE_DOLLAR_WORD.search(text, money.start, money.end) is not None
    return money.currency == "USD" and at >= 0 and (at == 0 or not text[at - 1].isalpha() and text[at - 1] != ".")


_BARE_DOLLAR_WORD = re.compile(r"(?<![\w.])(?<!US )(?<!U\.S\. )(?<!American )(?<!USD )dollars?\b", re.IGNORECASE)
