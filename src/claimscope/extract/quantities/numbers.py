"""The number phrases of a sentence, and what is not a count (years, dates, names, phone numbers, ratios)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from claimscope.domain.numbers import digits_value, words_value
from claimscope.extract.quantities.tables import _DIGITS, _DIGITS_SCALE, _FRACTIONS, _MONTHS, _NOT_NAMES, _NUMBER_WORDS, _ORDINAL, _STREET_WORDS, _TIME_UNITS, _YEAR_PREPS, qualifiers, scales, units

# -- the number phrases of a sentence -----------------------------------------


@dataclass
class _Number:
    start: int  # token index
    end: int  # token index (exclusive)
    value: Optional[float]
    vague: bool = False
    scaled: bool = False  # carries its own scale word


def _number_token(tok: Token) -> bool:
    if tok.is_space or tok.is_punct:
        return False
    text = tok.text
    low = tok.lower_
    if _ORDINAL.match(text):
        return False
    if _DIGITS.match(text) or _DIGITS_SCALE.match(text):
        return True
    if low in _NUMBER_WORDS:
        return True
    if low in scales():
        sc, vague = scales()[low]
        if len(low) <= 3:  # "m", "bn", "k" only right after digits
            glued = bool(tok.i > 0 and _DIGITS.match(tok.nbor(-1).text) and tok.nbor(-1).idx + len(tok.nbor(-1)) == tok.idx)
            return glued and not (low == "m" and _metre_m(tok))
        return True
    return False


def _metre_m(tok: Token) -> bool:
    """ "1.8m tall", "7ft (2.1m)": a glued "m" with no currency before and no counted noun after is metres."""
    digits = tok.nbor(-1)
    before = digits.nbor(-1) if digits.i > 0 else None
    if before is not None and (before.lower_ in units() and not before.is_alpha or before.lower_ in ("usd", "eur", "gbp", "dlrs")):
        return False  # "$3m", "£2.5m"
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if after is None:
        return False
    return after.pos_ == "ADJ" or after.text in (")", "]")


def _read_number(toks: list[Token]) -> Optional[_Number]:
    """Value of a run of number tokens (digits, scale words, number words)."""
    value: Optional[float] = None
    words: list[str] = []
    vague = False
    scaled = False
    for tok in toks:
        low = tok.lower_
        m = _DIGITS_SCALE.match(tok.text)
        if _DIGITS.match(tok.text):
            if value is not None or words:
                return None
            value = digits_value(tok.text)
        elif m:
            value = digits_value(m.group(1))
            if value is None:
                return None
            value *= scales()[m.group(2).lower()][0]
            scaled = True
        elif low in scales() and value is not None:
            mult, is_vague = scales()[low]
            value *= mult
            scaled = True
            vague = vague or is_vague
        elif low in scales() and not words and scales()[low][1]:
            mult, _ = scales()[low]
            value = mult
            vague = True
        elif low in scales() and vague and value is not None:
            value *= scales()[low][0]
        else:
            words.append(low)
    if words:
        if value is not None and not vague:
            return None
        if vague and value is not None:
            # "tens of thousands" handled by the caller; words after a vague scale are odd
            return None
        wv = words_value(words)
        if wv is None:
            return None
        value = wv
        scaled = scaled or any(w in scales() for w in words)
    if value is None or math.isnan(value):
        return None
    return _Number(toks[0].i, toks[-1].i + 1, value, vague=vague, scaled=scaled)


def _number_runs(sent: Span) -> Iterable[list[Token]]:
    """Maximal runs of number tokens; "twenty-five", "one hundred and fifty" stay together."""
    run: list[Token] = []
    toks = list(sent)
    i = 0
    while i < len(toks):
        tok = toks[i]
        if _number_token(tok) or (
            tok.lower_ == "half"
            and i + 2 < len(toks)
            and toks[i + 1].lower_ in ("a", "an")
            and toks[i + 2].lower_ in scales()
        ) or (
            tok.lower_ in ("a", "an", "half")
            and i + 1 < len(toks)
            and toks[i + 1].lower_ in scales()
            and not scales()[toks[i + 1].lower_][1]
            and len(toks[i + 1].text) > 3
        ):
            # digits never glue to a following digits token ("2020 14,000")
            if run and _DIGITS.match(tok.text) and (_DIGITS.match(run[-1].text) or run[-1].lower_ in _NUMBER_WORDS):
                yield run
                run = []
            run.append(tok)
        elif (
            run
            and tok.text in ("-", "and")
            and i + 1 < len(toks)
            and toks[i + 1].lower_ in _NUMBER_WORDS
            and run[-1].lower_ in _NUMBER_WORDS
            and (tok.text == "-" or run[-1].lower_ in ("hundred", "thousand", "million", "billion"))
        ):
            run.append(tok)
        elif run and tok.lower_ == "of" and run[-1].lower_ == "tens" and i + 1 < len(toks) and toks[i + 1].lower_ in scales():
            run.append(tok)
        elif run and tok.lower_ == "of" and run[-1].lower_ == "hundreds" and i + 1 < len(toks) and toks[i + 1].lower_ in ("thousands", "millions"):
            run.append(tok)
        else:
            if run:
                yield run
                run = []
        i += 1
    if run:
        yield run


def _read_run(run: list[Token]) -> Optional[_Number]:
    lows = [t.lower_ for t in run]
    if "of" in lows:  # tens of thousands, hundreds of thousands
        a, b = lows[0], lows[-1]
        value = scales()[a][0] * 2 * scales()[b][0]
        return _Number(run[0].i, run[-1].i + 1, value, vague=True, scaled=True)
    num = _read_number(run)
    if num and num.vague:
        num.value = num.value * 2 if lows[0] in scales() else num.value
    return num


# -- what is not a count ------------------------------------------------------


def _not_a_count(doc: Doc, num: _Number, phone_spans: list[tuple[int, int]]) -> Optional[str]:
    first, last = doc[num.start], doc[num.end - 1]
    start_char, end_char = first.idx, last.idx + len(last)
    if any(s <= start_char < e or s < end_char <= e for s, e in phone_spans):
        return "phone number or markup"
    prev = doc[num.start - 1] if num.start > 0 else None
    nxt = doc[num.end] if num.end < len(doc) else None
    reason = _score_year_or_address(doc, num, prev, nxt)
    if reason:
        return reason
    # glued to letters by a hyphen or slash: COVID-19, F-16, G-7, 24/7
    if prev is not None and prev.text in ("-", "/", "–") and prev.idx + 1 == first.idx and num.start >= 2:
        before = doc[num.start - 2]
        if before.idx + len(before) == prev.idx and before.text[-1:].isalpha() and _DIGITS.match(first.text):
            return "part of a name"
    if nxt is not None and nxt.text in ("/",) and nxt.idx == end_char:
        return "ratio or date"
    if re.search(r"[a-z]", first.text, re.I) and _DIGITS.match(first.text) is None and first.lower_ not in _NUMBER_WORDS and not _DIGITS_SCALE.match(first.text) and first.lower_ not in scales() and first.lower_ not in ("a", "an", "half"):
        return "not a number"
    # numbers in names: Apollo 11, Windows 10, Boeing 737, Section 8
    if (
        prev is not None
        and _DIGITS.match(first.text)
        and (not prev.is_sent_start or (prev.tag_ in ("NNP", "NNPS") and prev.lower_ not in _NOT_NAMES))
        and (prev.tag_ in ("NNP", "NNPS") or (prev.pos_ == "NOUN" and prev.text.istitle()))
        and prev.lower_ not in _MONTHS
        and prev.lower_ not in units()
        and prev.text[:1].isupper()
        and prev.lower_ not in qualifiers()
        and not (prev.ent_type_ == "GPE" and first.dep_ == "nummod" and first.head.tag_ == "NNS")
    ):
        return "part of a name"
    # dates, calendar years and clock times
    if _DIGITS.match(first.text) and num.end - num.start == 1:
        v = num.value
        plain = "," not in first.text and "." not in first.text
        if prev is not None and prev.lower_.rstrip(".") in _MONTHS:
            return "date"
        if nxt is not None and nxt.lower_.rstrip(".") in _MONTHS:
            return "date"
        if nxt is not None and nxt.lower_ in ("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "hrs", "h"):
            return "clock time"
        if plain and v is not None and 1000 <= v <= 2100 and v == int(v) and len(first.text) == 4:
            following_noun = nxt is not None and (nxt.tag_ in ("NNS", "NNPS") or nxt.lower_ in units()) and nxt.lower_ not in _TIME_UNITS
            if not following_noun or (prev is not None and prev.lower_ in _YEAR_PREPS):
                return "year"
        if plain and nxt is not None and nxt.lower_ in ("s", "'s") and nxt.idx == end_char:
            return "decade"
        if re.match(r"^\d{1,2}[.:]\d{2}$", first.text) and nxt is not None and nxt.lower_ in ("a.m.", "p.m.", "am", "pm"):
            return "clock time"
    if nxt is not None and nxt.lower_ in ("times", "fold", "-fold", "x"):
        return "multiplier"
    if prev is not None and prev.lower_ in ("per", "every") and first.lower_ in scales():
        return "rate denominator"  # "1,900 euros per thousand cubic metres"
    if nxt is not None and nxt.lower_ in ("in", "out") and num.end + 1 < len(doc):
        after = doc[num.end + 1] if nxt.lower_ == "in" else (doc[num.end + 2] if num.end + 2 < len(doc) else None)
        if after is not None and (_DIGITS.match(after.text) or after.lower_ in _NUMBER_WORDS) and num.value is not None and num.value <= 10:
            return "ratio"  # "one in ten residents", "three out of four"
    if prev is not None and prev.lower_ in ("in", "of") and num.start >= 2 and _DIGITS.match(first.text) is None:
        before = doc[num.start - 2]
        if (before.lower_ in _NUMBER_WORDS or _DIGITS.match(before.text)) and prev.lower_ == "in":
            return "ratio"
    if nxt is not None and (nxt.lower_ in _FRACTIONS or (nxt.text == "-" and num.end + 1 < len(doc) and doc[num.end + 1].lower_ in _FRACTIONS)):
        return "fraction"
    if re.match(r"^\d{1,2}:\d{2}", first.text):
        return "clock time"
    if first.ent_type_ in ("DATE", "TIME") and not _is_duration_or_age(doc, num) and _date_like_entity(doc, num):
        return "date"
    if first.lower_ == "one" and num.end - num.start == 1:
        if nxt is not None and nxt.lower_ == "of" and _one_of_noun(doc, num) is not None:
            return None  # "one of the staffers": one of a counted noun
        if nxt is not None and nxt.lower_ in ("day", "night") and prev is not None and prev.lower_ in _DURATION_BEFORE:
            return None  # "followed by one day", "just one day until the primary": a duration
        if nxt is not None and nxt.lower_ in ("of", "another", "day", "night", "time"):
            return "pronoun"  # "one day" (some day), "one night" (on a certain night), "one of them"
        if nxt is not None and nxt.text == "-" and num.end + 1 < len(doc) and doc[num.end + 1].lower_ in ("time", "on", "off", "way"):
            return "adjective"  # "a one-time backer", "one-on-one interviews"
        if nxt is not None and nxt.tag_ in ("VB", "MD"):
            return "pronoun"  # "makes one wonder", "one can"
        if first.dep_ not in ("nummod",) and not (nxt is not None and nxt.lower_ in units()):
            return "pronoun"
    return None


_DATE_WORDS = _MONTHS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday ago a.m. p.m. am pm o'clock noon midnight "
    "morning evening night afternoon dawn".split()
)


def _date_like_entity(doc: Doc, num: _Number) -> bool:
    """The DATE/TIME entity around the number names a date or a clock time (NER alone over-tags ranges)."""
    tok = doc[num.start]
    i = tok.i
    while i > 0 and doc[i - 1].ent_iob_ == "I" or (i > 0 and doc[i].ent_iob_ == "I"):
        i -= 1
    j = tok.i
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    words = {t.lower_.rstrip(".") for t in doc[i : j + 1]} | {t.lower_ for t in doc[i : j + 1]}
    if words & _DATE_WORDS:
        return True
    return any(re.fullmatch(r"(1[89]|20)\d\d|\d+/\d+(/\d+)?|\d{1,2}:\d\d", t.text) for t in doc[i : j + 1])


def _is_duration_or_age(doc: Doc, num: _Number) -> bool:
    end = num.end + 1 if num.end < len(doc) and re.fullmatch(r"[1-7]/[2-8]", doc[num.end].text) else num.end  # "5 1/2 hours"
    nxt = doc[end] if end < len(doc) else None
    prev = doc[num.start - 1] if num.start > 0 else None
    if nxt is not None and (nxt.lower_ in _TIME_UNITS or (nxt.text == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in _TIME_UNITS)):
        return True
    if prev is not None and prev.lower_ in ("aged", "age", "ages"):
        return True
    return False


_DURATION_BEFORE = frozenset("by for in within after just only than about over least".split())
_DETERMINERS = frozenset("the his her their its our my your these those this that whose".split())
_SCORE_WORDS = frozenset(
    "defeat defeats defeated win wins won victory beat beats beaten draw drew lead led score scored loss lost "
    "thrash thrashed sweep swept aside edge edged final match game clash goal goals".split()
)


def _one_of_noun(doc: Doc, num: _Number) -> Optional[int]:
    """The plural noun of "one of the staffers" / "one of Japan's premier makers" (token index), or None.

    Not "one of them", nor "the only one of eight siblings" or "no one" (the one is a pronoun there).
    """
    prev = doc[num.start - 1] if num.start > 0 else None
    if prev is not None and (
        prev.lower_ in ("no", "any", "every", "each", "the", "only", "-") or (prev.lower_ in ("this", "that") and prev.tag_ == "DT")
    ):
        return None  # "that" as a conjunction is fine: "he said that one of the computers ..."
    j = num.end + 1  # after "of"
    if j >= len(doc) or not (doc[j].lower_ in _DETERMINERS or doc[j].tag_ == "POS" or doc[j].pos_ in ("PROPN",)):
        return None
    for k in range(j, min(j + 7, len(doc))):
        tok = doc[k]
        if tok.tag_ == "NNS" or (tok.tag_ == "NNPS" and tok.pos_ != "PROPN"):
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and nxt.tag_ in ("NN", "NNS") and nxt.pos_ == "NOUN":
                continue
            return k
        if tok.is_punct and tok.tag_ != "POS" or tok.pos_ in ("VERB", "AUX", "ADP") and tok.lower_ != "of":
            return None
    return None


def _score_year_or_address(doc: Doc, num: _Number, prev: Optional[Token], nxt: Optional[Token]) -> Optional[str]:
    """Sports scores ("a 1-0 defeat"), years in words ("nineteen ninety-one", "the year two thousand"), addresses."""
    first = doc[num.start]
    sent = first.sent
    # scores: small numbers glued by a hyphen, in a sentence about a match
    if num.end - num.start == 1 and re.fullmatch(r"\d{1,2}", first.text):
        glued_next = nxt is not None and nxt.text in ("-", "–") and nxt.idx == first.idx + len(first) and num.end + 1 < len(doc) and re.fullmatch(r"\d{1,2}", doc[num.end + 1].text) is not None
        glued_prev = prev is not None and prev.text in ("-", "–") and prev.idx + 1 == first.idx and num.start >= 2 and re.fullmatch(r"\d{1,2}", doc[num.start - 2].text) is not None
        if (glued_next or glued_prev) and any(t.lower_ in _SCORE_WORDS for t in sent):
            return "score"
    # the day of a dateline cut off from its month: "11 (UPI) --"
    if first.is_sent_start and nxt is not None and nxt.text == "(" and num.end + 1 < len(doc) and doc[num.end + 1].text in ("UPI", "AP", "Reuters", "AFP"):
        return "date"
    # number words in a title-case name: "the Ten Most Wanted fugitives", "the Final Four", "Ocean's Eight"
    if first.is_title and first.lower_ in _NUMBER_WORDS and not first.is_sent_start and not (prev is not None and prev.text in ('"', "“", "(", ":", "—", "-")):
        if prev is not None and (
            prev.tag_ == "POS"  # "Ocean's Eight"
            or (prev.is_title and prev.pos_ == "PROPN")  # "the Final Four"
            or (prev.lower_ == "the" and nxt is not None and nxt.is_title and nxt.is_alpha)  # "the Ten Most Wanted"
        ):
            return "part of a name"
    # years in words, as broadcast transcripts write them
    words = [t.lower_ for t in doc[num.start : num.end]]
    if len(words) >= 2 and words[0] in ("eighteen", "nineteen") and words[1] not in ("hundred", "thousand", "million", "billion"):
        return "year"
    if prev is not None and prev.lower_ == "year" and num.value is not None and 1000 <= num.value <= 2100:
        return "year"
    # addresses: "115 Spring St.", "the 6100 block of"
    if _DIGITS.match(first.text) and nxt is not None:
        if nxt.lower_ == "block" and num.end + 1 < len(doc) and doc[num.end + 1].lower_ == "of":
            return "address"
        k = num.end
        while k < min(num.end + 3, len(doc)) and doc[k].pos_ == "PROPN" and doc[k].lower_ not in _STREET_WORDS:
            k += 1
        if k > num.end and k < len(doc) and doc[k].lower_ in _STREET_WORDS and doc[k].text[:1].isupper():
            return "address"
    return None
