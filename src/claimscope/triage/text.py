"""Text normalisation shared by the triage models (pure: no spaCy, no SQL).

Tweets carry a trailer ("— Ilhan Omar (@IlhanMN) January 6, 2020"), links and
``pic.twitter.com`` media links; :func:`clean_query` keeps the author's name
(fact-checks often name the speaker) and drops the rest, and splits the words
of hashtags and handles ("#FreeIran2020" -> "Free Iran 2020", "@realDonaldTrump"
-> "real Donald Trump"), as the best CheckThat! 2020 task 2 systems did (train
tweets: BM25 MAP@5 0.778 -> 0.801, MiniLM cosine 0.837 -> 0.844).  :func:`tokens` is the
BM25 and overlap tokeniser: lower case, letters and digits, English stopwords
out, a light plural stemmer.
"""

from __future__ import annotations

import html
import re
import unicodedata

URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+", re.I)
TRAILER_DATE = re.compile(
    r"\)\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+(\d{4})\s*\"?\s*$"
)
YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
HANDLE = re.compile(r"@(\w+)")
HASHTAG = re.compile(r"#(\w+)")
# word boundaries inside a hashtag or handle: lower->Upper, letter<->digit, the end of a run of capitals ("NYCMayor")
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])|(?<=[A-Z])(?=[A-Z][a-z])")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
NUMBER = re.compile(r"\d[\d,.]*\d|\d")
CAPITAL = re.compile(r"\b[A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+)*")
NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|n't|cannot|false|fake|hoax|deny|denies|denied)\b", re.I)

STOPWORDS = frozenset(
    """a an and are as at be been but by did do does for from had has have he her his how i if in into is it its
    me my of on or our she so than that the their them then there these they this those to was we were what when where
    which who whom why will with would you your said says say just about after all also can could more most one only
    other over some such up us very via amp rt""".split()
)


def split_words(tag: str) -> str:
    """The words of a hashtag or handle: "FreeIran2020" -> "Free Iran 2020" (underscores too)."""
    return CAMEL.sub(" ", tag.replace("_", " ")).strip()


def clean_query(text: str) -> str:
    """A tweet without its links and its trailer's date, HTML entities decoded, hashtags and handles split into words."""
    text = URL.sub(" ", html.unescape(text or ""))
    text = TRAILER_DATE.sub(")", text.strip())
    text = HASHTAG.sub(lambda m: " " + split_words(m.group(1)), text)
    text = HANDLE.sub(lambda m: split_words(m.group(1)), text)
    text = text.replace("#", " ").replace('""', '"')
    return re.sub(r"\s+", " ", text).strip().strip('"').strip()


def tweet_year(text: str) -> int | None:
    """The year of a tweet's trailer date ("— Jane Doe (@janedoe) May 1, 2020" -> 2020), if it has one."""
    m = TRAILER_DATE.search((text or "").strip())
    return int(m.group(1)) if m else None


def years(text: str) -> set[int]:
    """The years 1950-2049 written in a text."""
    return {int(y) for y in YEAR.findall(text or "")}


def stem(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """BM25 tokens: lower-cased words and numbers, stopwords out, plurals folded."""
    return [stem(w) for w in WORD.findall((text or "").lower().replace(",", "")) if w not in STOPWORDS]


def numbers(text: str) -> set[str]:
    """The numbers written in digits, thousands separators dropped ("1,000" -> "1000")."""
    return {n.replace(",", "").rstrip(".") for n in NUMBER.findall(text or "")}


def capitalised(text: str) -> set[str]:
    """Capitalised words not at a sentence start: a cheap stand-in for named entities."""
    found: set[str] = set()
    for m in CAPITAL.finditer(text or ""):
        start = m.start()
        before = text[:start].rstrip()
        words = m.group(0).split()
        if not before or before[-1] in ".!?\"'“:—-":
            words = words[1:]  # the first word may be capitalised only because a sentence starts there
        found.update(w.lower() for w in words if w.lower() not in STOPWORDS)
    return found


def negated(text: str) -> bool:
    return bool(NEGATION.search(text or ""))


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'(])|\s+—\s+|\n+")


def sentences(text: str, min_words: int = 4) -> list[str]:
    """A cleaned query's sentences with at least ``min_words`` words (a tweet often checks one of them)."""
    parts = [p.strip() for p in SENTENCE_END.split(text or "")]
    return [p for p in parts if len(p.split()) >= min_words]


def claim_key(text: str) -> str:
    """A fact-check's claim lower-cased without punctuation: two claims with one key are copies of one check.

    The CheckThat! 2020 collection holds 10,375 claims with copies differing only in quote marks (190 of the 801
    train gold claims have one); publishers' exports repeat claims the same way.
    """
    return re.sub(r"[^a-z0-9]+", " ", unicodedata.normalize("NFKC", text).lower()).strip()
