"""Quantities: the numbers of an article with their bounds, unit and what they count.

``find_quantities(doc)`` reads the spaCy parse, not the NER alone: the small
English model drops qualifiers from CARDINAL entities ("around 500" is tagged
"500"), so numbers are found token by token and their qualifiers, units,
counted entity and measure are read from the neighbouring tokens and the
dependency tree.

* value: digits ("14,000", "1.5"), digits with a scale ("1.5 million",
  "$3m", "5bn"), number words through ``text2num`` ("twenty thousand"),
  ranges ("between 5,000 and 6,000", "5 to 6 million", "10-15"), and vague
  plurals ("dozens", "hundreds of", "tens of thousands") read as lower bounds.
* bounds: qualifiers from ``data/quantity_qualifiers.en.txt``: "over", "more
  than" give ``low``; "up to", "fewer than" give ``high``; "around", "some",
  "nearly" make the value approximate (``change`` "~").
* change: "=" exact, "~" approximate, ">" / "<" bounds, "up" / "down" when
  the number is the size of an increase or a decrease ("rose 5%", "a 12
  percent drop"; "rose to 75" is a level, not a change).
* unit: ``data/units.en.txt`` (currency symbols and names become ISO codes).
* entity and measure: the counted noun phrase ("Kremlin servicemen") and
  what happened to it ("killed", "death toll", "bodies returned"); measures
  fall into canonical groups (``measure_group``) from ``data/measures.en.txt``.

Not counts: calendar years, dates and clock times, ordinals, phone numbers,
numbers in names ("Apollo 11", "Windows 10", "COVID-19").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimscope import lexicon
from claimscope import types as t
from claimscope.extract.base import Component, doc_text

# -- word lists ---------------------------------------------------------------


@cache
def _table(name: str) -> dict[str, tuple[str, ...]]:
    """A data table whose values may carry extra tab-separated columns."""
    return {k: tuple(v.split("\t")) for k, v in lexicon.word_table(name).items()}


@cache
def qualifiers() -> dict[str, tuple[str, bool]]:
    """phrase -> (kind, comes after the number)."""
    return {k: (v[0], len(v) > 1 and v[1] == "post") for k, v in _table("quantity_qualifiers.en.txt").items()}


@cache
def scales() -> dict[str, tuple[float, bool]]:
    """word -> (multiplier, vague plural)."""
    return {k: (float(v[0]), len(v) > 1 and v[1] == "vague") for k, v in _table("quantity_scales.en.txt").items()}


@cache
def units() -> dict[str, str]:
    return dict(lexicon.word_table("units.en.txt"))


@cache
def measures() -> dict[str, str]:
    return dict(lexicon.word_table("measures.en.txt"))


@cache
def changes() -> dict[str, str]:
    return dict(lexicon.word_table("quantity_changes.en.txt"))


@cache
def populations() -> dict[str, str]:
    return dict(lexicon.word_table("quantity_populations.en.txt"))


def measure_group(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "killed" -> "killed"."""
    if not measure:
        return None
    table = measures()
    key = measure.lower().strip()
    if key in table:
        return table[key]
    words = key.split()
    for w in reversed(words):
        if w in table:
            return table[w]
        # crude lemma: deaths -> death, bodies -> body
        for stem in (w[:-1], w[:-2], w[:-3] + "y" if w.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def population_of(entity: Optional[str]) -> Optional[str]:
    """The population class of a counted entity ("Kremlin servicemen" -> "military"), if known."""
    if not entity:
        return None
    table = populations()
    for w in reversed(re.findall(r"[a-z]+", entity.lower())):
        for cand in (w, w[:-1] if w.endswith("s") else None, w[:-3] + "y" if w.endswith("ies") else None,
                     w[:-2] if w.endswith("es") else None):
            if cand and cand in table:
                return table[cand]
    return None


# -- number words -------------------------------------------------------------

_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion".split()
)
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$|^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I)
_DIGITS = re.compile(r"^[-+]?\d[\d,]*(\.\d+)?$|^[-+]?\.\d+$")
_DIGITS_SCALE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(bn|mn|m|k|tn|b|mln)$", re.I)
_PHONE = re.compile(
    r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)|(?<![\w.,])\d{3}-\d{4}(?![\d,])"
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
_TIME_UNITS = frozenset(
    "year years month months week weeks day days hour hours minute minutes second seconds decade decades "
    "century centuries".split()
)
_NOT_NAMES = frozenset("between only with for from in since by after before during until about around over some nearly almost up".split())
_YEAR_PREPS = frozenset("in since by until till from of during before after around circa through".split())
_LIGHT_VERBS = frozenset(
    "be estimate reach stand put number total exceed rise climb top hit surpass include remain count grow "
    "jump increase fall drop record approach near double soar"
    .split()
)
_NO_MEASURE_UNITS = frozenset("years of age,year,month,week,day,hour,minute,second,decade,century,km,mi,m".split(","))
# Verbs whose object measures their subject: "the wall stretches 700 miles".
_SUBJECT_VERBS = frozenset("cost weigh measure stretch stand travel span cover lose gain hold last run reach exceed top".split())
_TIME_AND_AGE_UNITS = frozenset("years of age,year,month,week,day,hour,minute,second,decade,century".split(","))
_FRACTIONS = frozenset("half halves third thirds quarter quarters fifth fifths tenth tenths".split())


def _digit_value(text: str) -> Optional[float]:
    s = text.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def _words_value(words: list[str]) -> Optional[float]:
    """Value of a run of number words ("twenty-five thousand", "a million", "half a million")."""
    from text_to_num import text2num

    words = [w for w in words if w not in ("-", "and")]
    if not words:
        return None
    half = False
    if words[0] == "half":
        half = True
        words = words[1:]
    if words and words[0] in ("a", "an"):
        words = ["one"] + words[1:]
    if not words:
        return None
    phrase = " ".join(words)
    try:
        value = float(text2num(phrase, "en"))
    except (ValueError, TypeError):
        # "one point five", odd spellings: fall back to word-by-word products
        value = None
        total, current = 0.0, 0.0
        try:
            for w in words:
                if w in scales():
                    current = (current or 1.0) * scales()[w][0]
                    if scales()[w][0] >= 1000:
                        total, current = total + current, 0.0
                else:
                    current += float(text2num(w, "en"))
            value = total + current
        except (ValueError, TypeError):
            return None
    return value * 0.5 if half else value


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
            return bool(tok.i > 0 and _DIGITS.match(tok.nbor(-1).text) and tok.nbor(-1).idx + len(tok.nbor(-1)) == tok.idx)
        return True
    return False


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
            value = _digit_value(tok.text)
        elif m:
            value = _digit_value(m.group(1))
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
        wv = _words_value(words)
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
    text = doc[num.start : num.end].text
    start_char, end_char = first.idx, last.idx + len(last)
    if any(s <= start_char < e or s < end_char <= e for s, e in phone_spans):
        return "phone number"
    prev = doc[num.start - 1] if num.start > 0 else None
    nxt = doc[num.end] if num.end < len(doc) else None
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
            following_noun = nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.lower_ not in _TIME_UNITS
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
        if nxt is not None and nxt.lower_ in ("of", "another", "day", "time"):
            return "pronoun"
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
    nxt = doc[num.end] if num.end < len(doc) else None
    prev = doc[num.start - 1] if num.start > 0 else None
    if nxt is not None and (nxt.lower_ in _TIME_UNITS or (nxt.text == "-" and num.end + 1 < len(doc) and doc[num.end + 1].lower_ in _TIME_UNITS)):
        return True
    if prev is not None and prev.lower_ in ("aged", "age", "ages"):
        return True
    return False


# -- qualifiers, units, change ----------------------------------------------------


def _match_before(doc: Doc, i: int, table: dict, max_len: int = 4) -> Optional[tuple[int, str]]:
    """Longest phrase of ``table`` ending just before token ``i``: (start token, phrase)."""
    for n in range(max_len, 0, -1):
        if i - n < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[i - n : i])
        if phrase in table:
            return i - n, phrase
    return None


def _match_after(doc: Doc, j: int, table: dict, max_len: int = 4, sent_end: int = 0) -> Optional[tuple[int, str]]:
    """Longest phrase of ``table`` starting at token ``j``: (end token, phrase)."""
    limit = sent_end or len(doc)
    for n in range(max_len, 0, -1):
        if j + n > limit:
            continue
        toks = doc[j : j + n]
        phrase = " ".join(t.lower_ for t in toks)
        if phrase in table:
            return j + n, phrase
        glued = "".join(t.lower_ for t in toks)
        if n > 1 and glued in table and all(toks[k].idx + len(toks[k]) == toks[k + 1].idx for k in range(n - 1)):
            return j + n, glued
    return None


_AMBIGUOUS_PREPS = frozenset("over under about around above below some".split())


def _qualifier_ok(doc: Doc, q_start: int, phrase: str, num: _Number) -> bool:
    if phrase not in _AMBIGUOUS_PREPS:
        return True
    tok = doc[q_start]
    if tok.dep_ in ("quantmod", "advmod", "amod", "nummod", "det", "npadvmod") or tok.head.i in range(num.start, num.end):
        return True
    if tok.head.lemma_ in _LIGHT_VERBS or tok.head.lemma_ == "be":
        return True  # "the death toll is around 500", "estimated at about 300"
    if tok.dep_ == "prep" and tok.head.pos_ == "VERB":
        return False
    if phrase == "some":
        return True
    return tok.dep_ != "prep"


_KIND_CHANGE = {"low": ">", "low_incl": ">", "high": "<", "high_incl": "<", "approx": "~"}


def _change_direction(doc: Doc, num: _Number, unit_end: int) -> Optional[str]:
    """up/down when the number is the size of a change ("rose 5%", "a 5% drop", "up 12%")."""
    table = changes()
    first = doc[num.start]
    k = num.start - 1
    while k >= 0 and doc[k].lower_ in units() and not doc[k].is_alpha:
        k -= 1
    prev = doc[k] if k >= 0 else None
    if prev is not None and prev.lower_ == "by" and prev.head.i != prev.i:
        verb = prev.head
        if verb.lemma_.lower() in table:
            return table[verb.lemma_.lower()]
        for child in verb.children:
            if child.dep_ == "prt" and child.lower_ in ("up", "down"):
                return table[child.lower_]
    # "up 12%", "down 3 percent", "by 5%" after a change verb
    if prev is not None and prev.lower_ in ("up", "down") and prev.lower_ in table:
        return table[prev.lower_]
    # a noun or adjective right after: "a 12 percent increase", "5% higher"
    if unit_end < len(doc):
        after = doc[unit_end]
        if after.lower_ in table and after.pos_ in ("NOUN", "ADJ", "ADV"):
            return table[after.lower_]
        if after.lemma_.lower() in table and after.pos_ == "NOUN":
            return table[after.lemma_.lower()]
    # the governing verb: number (or its unit noun) as object, npadvmod or "by" object
    node = first
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            break
        rel = node.dep_
        if head.pos_ in ("NOUN", "NUM", "SYM", "PROPN") and rel in ("nummod", "compound", "quantmod"):
            node = head
            continue
        if rel == "pobj" and head.lower_ == "by":
            node = head
            continue
        if rel == "pobj" and head.lower_ in ("to", "from", "at"):
            return None
        if head.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and rel in ("dobj", "npadvmod", "prep", "advmod", "attr", "nmod", "amod", "compound", "pobj", "acomp"):
            key = head.lemma_.lower()
            if key in table and (head.pos_ == "VERB" or rel in ("compound", "amod", "nmod", "prep") or head.pos_ == "ADJ"):
                if key in ("lose", "more", "add") and not doc[num.start : unit_end].text.endswith(("%", "percent", "cent", "cents", "points")):
                    return None
                return table[key]
        break
    return None


# -- entity and measure ---------------------------------------------------------

_ENTITY_DEPS = frozenset("compound amod nmod poss case".split())


def _noun_phrase(tok: Token, stop: int) -> tuple[int, int]:
    """Token range of ``tok`` with its left modifiers (compound, amod, poss), not crossing ``stop``."""
    start = tok.i
    for child in sorted(tok.lefts, key=lambda c: -c.i):
        if child.i < stop:
            break
        if child.dep_ in _ENTITY_DEPS and child.pos_ not in ("NUM", "DET") and child.lower_ not in ("additional", "other", "further", "estimated", "more", "extra", "total"):
            start = min(start, child.left_edge.i if child.dep_ == "poss" else child.i)
        else:
            break
    for child in tok.rights:
        if child.dep_ == "case" and child.i == tok.i + 1:
            return start, child.i + 1
    return start, tok.i + 1


def _entity_and_measure(doc: Doc, num: _Number, unit_end: int, unit: Optional[str]):
    """(entity token range, measure text, measure char span)."""
    first = doc[num.start]
    last = doc[num.end - 1]
    mtable = measures()
    entity: Optional[tuple[int, int]] = None
    head_noun: Optional[Token] = None

    # the counted noun: the head the number modifies, or "of" + noun after it
    cand = None
    for tok in (last, first):
        if tok.dep_ in ("nummod", "compound", "quantmod", "amod") and tok.head.i >= num.end and tok.head.pos_ in ("NOUN", "PROPN"):
            cand = tok.head
            break
    if cand is None and unit_end < len(doc):
        nxt = doc[unit_end]
        if nxt.lower_ == "of" and unit_end + 1 < len(doc):
            for child in nxt.children:
                if child.dep_ == "pobj" and child.pos_ in ("NOUN", "PROPN"):
                    cand = child
        elif nxt.pos_ in ("NOUN",) and nxt.i - unit_end == 0 and unit != "people" and not unit:
            cand = nxt
        elif nxt.pos_ == "ADJ" and unit_end + 1 < len(doc) and doc[unit_end + 1].pos_ == "NOUN" and not unit:
            cand = doc[unit_end + 1]
    if cand is not None and cand.lower_ in units() and units()[cand.lower_] not in ("people",):
        # the unit noun: what is counted follows "of" ("12% of voters"), if anything
        unit_noun = cand
        cand = None
        for child in unit_noun.rights:
            if child.lower_ == "of":
                for g in child.children:
                    if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                        cand = g
    if cand is None and unit == "people":
        cand = doc[unit_end - 1]
    if cand is not None and cand.pos_ in ("NOUN", "PROPN") and cand.lower_ not in _TIME_UNITS:
        head_noun = cand
        if cand.dep_ == "poss" and cand.head.pos_ == "NOUN":  # "2,500 soldiers' bodies"
            head_noun = cand.head
        entity = _noun_phrase(head_noun, num.end if head_noun.i > num.end else 0)
        if head_noun is cand:
            entity = (max(entity[0], num.end if cand.i >= num.end else entity[0]), entity[1])
        else:
            entity = (max(_noun_phrase(cand, num.end)[0], num.end), entity[1])

    measure_tok: Optional[tuple[int, int]] = None
    measure_text: Optional[str] = None

    def lookup(words: str) -> bool:
        return words in mtable

    # 1. the counted noun is itself a measure ("500 deaths", "20 casualties")
    if head_noun is not None and (lookup(head_noun.lower_) or lookup(head_noun.lemma_.lower())):
        measure_tok = (head_noun.i, head_noun.i + 1)
    # 2. a participle or adjective on the counted noun ("people injured", "wounded soldiers")
    if measure_tok is None and head_noun is not None:
        for child in head_noun.children:
            if child.dep_ in ("acl", "amod", "relcl") and lookup(child.lemma_.lower()):
                measure_tok = (child.i, child.i + 1)
                break
    # 3. up the tree: the verb the counted noun depends on, or the subject of a light verb
    if measure_tok is None:
        measure_tok, measure_text = _measure_up_the_tree(doc, head_noun, num, unit_end)
    if measure_tok is not None and measure_text is None:
        s, e = measure_tok
        measure_text = doc[s:e].text
        if head_noun is not None and head_noun.i not in range(s, e):
            key = f"{head_noun.lemma_.lower()} {doc[e - 1].lemma_.lower()}"
            if lookup(key):
                measure_text = f"{head_noun.text} {doc[s:e].text}"
    measure_span = None
    if measure_tok is not None:
        s, e = measure_tok
        measure_span = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
    return entity, measure_text, measure_span


_MEASURE_PREPS = frozenset("to from by at around about over near than under above below of between".split())


def _np_measure(doc: Doc, noun: Token) -> Optional[tuple[int, int]]:
    """Token range of a measure noun phrase headed by ``noun`` ("the death toll" -> "death toll")."""
    mtable = measures()
    s, e = _noun_phrase(noun, 0)
    while s < e and doc[s].pos_ in ("DET", "PRON") or (s < e and doc[s].tag_ == "PRP$"):
        s += 1
    if s < e and " ".join(t.lower_ for t in doc[s:e]) in mtable:
        return s, e
    if e - s >= 2 and " ".join(t.lower_ for t in doc[e - 2 : e]) in mtable:
        return e - 2, e
    if noun.lower_ in mtable or noun.lemma_.lower() in mtable:
        return noun.i, noun.i + 1
    return None


def _measure_up_the_tree(doc: Doc, head_noun: Optional[Token], num: _Number, unit_end: int):
    """Climb from the counted noun (or the number) to the verb or noun that says what happened to it."""
    mtable = measures()
    if head_noun is not None:
        node = head_noun
    else:
        node = doc[num.end - 1]
        while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i != node.i and node.head.i < unit_end + 1 and node.head.i > node.i:
            node = node.head
        if unit_end - 1 > node.i and doc[unit_end - 1].head.i == node.i:
            pass
        elif unit_end - 1 > node.i and node.head.i == unit_end - 1:
            node = doc[unit_end - 1]
    for _ in range(5):
        head = node.head
        rel = node.dep_
        if head.i == node.i:
            break
        if rel in ("nummod", "compound", "quantmod", "poss", "amod") and head.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
            found = _np_measure(doc, head)
            if found:
                return found, None
            node = head
            continue
        if rel == "pobj":
            prep = head
            if prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
                found = _np_measure(doc, prep.head)
                if found:
                    return found, None
                node = prep.head
                continue
            if prep.head.pos_ in ("VERB", "AUX", "ADJ") and prep.lower_ in _MEASURE_PREPS:
                node = prep
                continue
            break
        if head.pos_ in ("VERB", "AUX", "ADJ") and rel in ("nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd", "npadvmod", "prep", "xcomp", "advmod", "dative", "agent"):
            lemma = head.lemma_.lower()
            if (lemma in mtable or head.lower_ in mtable) and lemma not in _LIGHT_VERBS:
                text = None
                if head_noun is not None and f"{head_noun.lemma_.lower()} {lemma}" in mtable:
                    text = f"{head_noun.text} {head.text}"
                return (head.i, head.i + 1), text
            if lemma in _LIGHT_VERBS:
                for child in head.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and child.i != node.i and child.pos_ in ("NOUN", "PROPN"):
                        if child.lemma_.lower() in ("number", "total", "count", "tally", "figure", "tolls"):
                            for of in child.rights:
                                if of.lower_ == "of":
                                    for g in of.children:
                                        if g.dep_ == "pobj" and g.pos_ == "NOUN":
                                            child = g
                        found = _np_measure(doc, child)
                        if found:
                            return found, None
                if lemma in mtable and rel in ("dobj", "npadvmod", "attr"):
                    return (head.i, head.i + 1), None
                if head.dep_ in ("xcomp", "auxpass", "aux") or (head.dep_ == "conj" and False):
                    node = head
                    continue
            break
        break
    return None, None


def _subject_concept(doc: Doc, num: _Number, unit_end: int) -> Optional[tuple[int, int]]:
    """What a measurement or amount is about: the subject of the clause it is the object of.

    "Oil prices slid to $78" -> "Oil prices"; "The tower stands 828 metres tall" -> "The tower";
    "The number of asylum applications increased by 18,000" -> "asylum applications".
    """
    node = doc[unit_end - 1] if unit_end - 1 >= num.end and doc[num.end - 1].head.i == unit_end - 1 else doc[num.end - 1]
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i < node.i:
            s, e = _noun_phrase(head.head, 0)
            while s < e and (doc[s].pos_ in ("DET", "NUM") or doc[s].tag_ == "PRP$"):
                s += 1
            return (s, e) if s < e else None
        if head.pos_ in ("VERB", "AUX"):
            if node.dep_ in ("nsubj", "nsubjpass"):
                return None
            lemma = head.lemma_.lower()
            if node.dep_ == "prep" and node.lower_ in ("at", "by", "to"):
                for child in head.children:
                    if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN"):
                        s, e = _noun_phrase(child, 0)
                        while s < e and (doc[s].pos_ == "DET" or doc[s].tag_ == "PRP$"):
                            s += 1
                        return (s, e) if s < e else None
            if node.dep_ == "dobj" and lemma not in changes() and lemma not in _LIGHT_VERBS and lemma not in _SUBJECT_VERBS:
                return None
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
                    target = child
                    if child.lemma_.lower() in ("number", "total", "price", "value", "level", "rate", "amount", "cost", "share"):
                        for of in child.rights:
                            if of.lower_ == "of":
                                for g in of.children:
                                    if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "ADJ"):
                                        if child.lemma_.lower() in ("number", "total"):
                                            target = g
                                        else:
                                            s, _ = _noun_phrase(child, 0)
                                            return s, g.i + 1
                    s, e = _noun_phrase(target, 0)
                    while s < e and (doc[s].pos_ == "DET" or doc[s].tag_ == "PRP$"):
                        s += 1
                    return (s, e) if s < e else None
            if head.dep_ in ("xcomp", "conj") or head.pos_ == "AUX":
                node = head
                continue
            return None
        if node.dep_ in ("nummod", "compound", "quantmod", "pobj", "prep", "npadvmod", "dobj", "attr", "acomp", "advmod", "oprd", "amod", "appos"):
            if head.pos_ == "NOUN" and node.dep_ in ("nummod", "compound", "amod") and head.i > node.i and head.i > unit_end - 1:
                return None
            node = head
            continue
        return None
    return None


# -- the pure function ----------------------------------------------------------


def find_quantities(doc: Doc) -> list[t.Quantity]:
    """The quantities of ``doc`` in text order (ids q1, q2 ...).

    Args:
        doc: a parsed Doc (tagger, parser and NER from the English pipeline).
    """
    out: list[t.Quantity] = []
    quals = qualifiers()
    pre_quals = {k: v for k, v in quals.items() if not v[1]}
    post_quals = {k: v for k, v in quals.items() if v[1]}
    unit_table = units()
    phone_spans = [m.span() for m in _PHONE.finditer(doc_text(doc))]
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        runs = [r for r in _number_runs(sent)]
        numbers: list[Optional[_Number]] = [_read_run(r) for r in runs]
        used: set[int] = set()
        for k, num in enumerate(numbers):
            if num is None or k in used:
                continue
            reason = _not_a_count(doc, num, phone_spans)
            if reason:
                continue
            low = high = None
            value = num.value
            qualifier: Optional[str] = None
            kind: Optional[str] = None
            span_start, span_end = num.start, num.end
            # ranges: "between 5,000 and 6,000", "5,000 to 6,000", "5-6 million", "from 10 to 15"
            if k + 1 < len(numbers) and numbers[k + 1] is not None:
                other = numbers[k + 1]
                gap = doc[num.end : other.start]
                joiner = " ".join(t.lower_ for t in gap if t.lower_ not in units() or t.is_alpha).strip()
                p_i = num.start - 1
                while p_i > sent.start and doc[p_i].lower_ in units() and not doc[p_i].is_alpha:
                    p_i -= 1
                prev = doc[p_i].lower_ if p_i >= sent.start else ""
                is_range = (
                    (joiner in ("-", "–", "—", "to") and (prev == "from" or prev == "between" or joiner != "to" or True))
                    or (joiner == "and" and prev == "between")
                    or (joiner == "or" and not num.scaled and other.scaled)
                )
                if is_range and joiner == "to" and prev not in ("from", "between"):
                    # "rose to 75 from 60" is not a range; "5,000 to 6,000 people" is
                    is_range = other.value is not None and num.value is not None and other.value >= num.value
                    if doc[num.start].head.lemma_.lower() in changes() or (num.start > 0 and doc[num.start - 1].lower_ in ("by",)):
                        is_range = False
                if is_range and other.value is not None and num.value is not None:
                    a, b = num.value, other.value
                    if not num.scaled and other.scaled:
                        # "5 to 6 million": the scale of the second applies to both
                        for tok in doc[other.start : other.end]:
                            if tok.lower_ in scales() and not scales()[tok.lower_][1]:
                                a *= scales()[tok.lower_][0]
                    if b >= a and not (joiner == "or" and b != a and False):
                        low, high = a, b
                        value = (a + b) / 2
                        qualifier = "between" if prev == "between" else "range"
                        kind = "range"
                        span_end = other.end
                        used.add(k + 1)
                        if prev in ("between", "from"):
                            span_start = p_i
            # qualifiers before
            if kind is None:
                m = _match_before(doc, span_start, pre_quals)
                if m and m[0] >= sent.start and _qualifier_ok(doc, m[0], m[1], num):
                    qualifier = m[1]
                    kind = pre_quals[m[1]][0]
                    span_start = m[0]
                    # "not more than" / "no more than" have their own entries
            if kind is None and num.start > sent.start and doc[num.start - 1].lower_ in ("several", "few", "many") and num.end - num.start == 1 and doc[num.start].lower_ in scales():
                value = num.value * 2
                qualifier = doc[num.start - 1].lower_
                kind = "low_incl"
                span_start = num.start - 1
                if span_start > sent.start and doc[span_start - 1].lower_ == "a":
                    span_start -= 1
            if num.vague and kind is None:
                qualifier = doc[num.start : num.end].text.lower()
                kind = "low_incl"
            # unit before: "$", "US$", "€"
            unit: Optional[str] = None
            if span_start > 0 or num.start > 0:
                ub = _match_before(doc, num.start, unit_table, 2)
                if ub and ub[0] >= sent.start and not unit_table[ub[1]] in ("people", "year", "point") and not ub[1].isalpha():
                    unit = unit_table[ub[1]]
                    span_start = min(span_start, ub[0])
                    if kind is None:
                        m = _match_before(doc, ub[0], pre_quals)
                        if m and m[0] >= sent.start and _qualifier_ok(doc, m[0], m[1], num):
                            qualifier, kind, span_start = m[1], pre_quals[m[1]][0], m[0]
                elif ub and ub[1] in ("usd", "eur", "gbp", "rs") and ub[0] >= sent.start:
                    unit = unit_table[ub[1]]
                    span_start = min(span_start, ub[0])
            # glued currency: "US$5", "$5m" are split by spaCy already; "5bn" handled in value
            # unit after
            unit_end = span_end
            ua = _match_after(doc, span_end, unit_table, 4, sent.end)
            if ua:
                u = unit_table[ua[1]]
                if unit is None or u == unit:
                    unit = u
                    unit_end = ua[0]
            elif span_end < sent.end and doc[span_end].text == "-" and span_end + 1 < sent.end:
                ua = _match_after(doc, span_end + 1, unit_table, 4, sent.end)
                if ua and unit_table[ua[1]] not in ("people",):
                    unit = unit_table[ua[1]]
                    unit_end = ua[0]
            if unit in ("year",) and unit_end < sent.end and doc[unit_end].lower_ in ("old",):
                unit = "years of age"
                unit_end += 1
            elif unit in ("year",) and unit_end + 1 < sent.end and doc[unit_end].text == "-" and doc[unit_end + 1].lower_ == "old":
                unit = "years of age"
                unit_end += 2
            if unit is None and num.start > 0 and doc[num.start - 1].lower_ in ("aged",):
                unit = "years of age"
            if unit == "point" and not (unit_end < sent.end and False):
                # "points" only after a change ("fell 3 points"); else keep
                pass
            if unit_end > span_end and unit not in (None,):
                span_end = unit_end
            # qualifiers after: "or more", "-plus", "+"
            if kind is None:
                ma = _match_after(doc, span_end, post_quals, 3, sent.end)
                if ma:
                    qualifier = ma[1]
                    kind = post_quals[ma[1]][0]
                    span_end = ma[0]
            # bounds
            if kind in ("low", "low_incl"):
                low = value
            elif kind in ("high", "high_incl"):
                high = value
            change = _KIND_CHANGE.get(kind or "", "=")
            direction = _change_direction(doc, num, unit_end)
            if direction:
                change = direction
            entity, measure, measure_span = _entity_and_measure(doc, num, unit_end, unit)
            if unit in _NO_MEASURE_UNITS:
                measure = measure_span = None
            if entity is None and unit == "years of age" and unit_end < sent.end and doc[unit_end].pos_ == "NOUN":
                entity = (unit_end, unit_end + 1)  # "a 14-year-old girl"
            if entity is None and unit not in _TIME_AND_AGE_UNITS:
                entity = _subject_concept(doc, num, unit_end)
            entity_span = None
            entity_text = None
            if entity is not None:
                es, ee = entity
                entity_span = (doc[es].idx, doc[ee - 1].idx + len(doc[ee - 1]))
                entity_text = doc_text(doc)[entity_span[0] : entity_span[1]]
            start_char = doc[span_start].idx
            end_char = doc[span_end - 1].idx + len(doc[span_end - 1])
            out.append(
                t.Quantity(
                    id="",
                    span=(start_char, end_char),
                    value=_clean(value),
                    low=_clean(low),
                    high=_clean(high),
                    qualifier=qualifier,
                    change=change,
                    unit=unit,
                    measure=measure.lower() if measure else None,
                    entity=entity_text,
                    measure_span=measure_span,
                    entity_span=entity_span,
                )
            )
    out.sort(key=lambda q: q.span)
    return [_with_id(q, f"q{i + 1}") for i, q in enumerate(out)]


def _clean(x: Optional[float]) -> Optional[float]:
    if x is None:
        return None
    return float(round(x, 6))


def _with_id(q: t.Quantity, qid: str) -> t.Quantity:
    from dataclasses import replace

    return replace(q, id=qid)


# -- the component ----------------------------------------------------------------


class QuantityTagger(Component):
    """Writes ``doc._.quantities`` (a list of :class:`claimscope.types.Quantity`)."""

    def find(self, doc: Doc) -> list[t.Quantity]:
        if not self.cfg.get("enabled", True):
            return []
        return find_quantities(doc)

    def set_annotations(self, doc: Doc, found: list[t.Quantity]) -> None:
        doc._.quantities = found


@Language.factory(
    "claimscope_quantities",
    default_config={"enabled": True},
    assigns=["doc._.quantities"],
)
def make_quantity_tagger(nlp: Language, name: str, enabled: bool = True) -> QuantityTagger:
    return QuantityTagger(nlp, name, enabled=enabled)
