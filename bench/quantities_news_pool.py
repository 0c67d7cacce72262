"""Draw the sentences of bench/data/quantities_news.json from the shared news texts (run once; kept for the record).

Usage: .venv/bin/python bench/quantities_news_pool.py > /tmp/pool.jsonl

Sources (../shared/data): PolNeAR texts (polnear/{train,dev}/text/*.txt), TimeBank and AQUAINT
(.tml, tags stripped), GeoWebNews (<text> of each article).  Sentences are split with a plain
regular expression, kept when 40-320 characters long; at most 2 sentences a document, chosen by a
fixed hash so the draw is reproducible.  About two in three drawn sentences contain a digit or a
number word (quantities and hard negatives: years, dates, ordinals, names), one in three none.
The split is decided by the document id alone (sha1 % 10 < 3 -> test), before any system output
is seen, so that no document has sentences in both parts.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
_SENT = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St)\.)(?<!\bMrs\.)[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")
_NUMWORD = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|"
    r"millions?|billions?|twenty|thirty|forty|fifty|half|percent)\b", re.I)


def h(s: str) -> int:
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest(), 16)


def split_of(doc_id: str) -> str:
    return "test" if h(doc_id) % 10 < 3 else "dev"


def documents():
    for part in ("train", "dev"):
        for f in sorted((SHARED / "polnear" / part / "text").glob("*.txt")):
            yield f"polnear/{part}/{f.name}", f.read_text(encoding="utf-8")
    for f in sorted((SHARED / "timebank").rglob("*.tml")):
        raw = f.read_text(encoding="utf-8", errors="replace")
        m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        body = re.sub(r"<[^>]+>", "", m.group(1) if m else raw)
        yield f"timebank/{f.parent.name}/{f.name}", html.unescape(body)
    xml = (SHARED / "geoparsing" / "GeoWebNews.xml").read_text(encoding="utf-8")
    for m in re.finditer(r'<article file="(\d+)">.*?<text>(.*?)</text>', xml, re.S):
        yield f"geowebnews/{m.group(1)}", html.unescape(m.group(2))


def sentences(text: str):
    for para in re.split(r"\n\s*\n|\n(?=[A-Z\"])", text):
        para = " ".join(para.split())
        for s in _SENT.split(para):
            if 40 <= len(s) <= 320 and not s.isupper():
                yield s


def main() -> None:
    quota = {"polnear": 220, "timebank": 220, "geowebnews": 220}
    pools: dict[str, list] = {k: [] for k in quota}
    for doc_id, text in documents():
        sents = list(sentences(text))
        num = [(i, s) for i, s in enumerate(sents) if re.search(r"\d", s) or _NUMWORD.search(s)]
        non = [(i, s) for i, s in enumerate(sents) if (i, s) not in num]
        num.sort(key=lambda x: h(f"{doc_id}#{x[0]}"))
        non.sort(key=lambda x: h(f"{doc_id}#{x[0]}"))
        # two in three documents give number sentences, one in three a sentence without numbers
        pick = (num[:2] if h(doc_id) % 3 else non[:1] + num[:1])
        src = doc_id.split("/")[0]
        for i, s in pick:
            pools[src].append({"id": f"{doc_id}#s{i}", "text": s, "split": split_of(doc_id)})
    for src, items in pools.items():
        items.sort(key=lambda x: h(x["id"]))
        for it in items[: quota[src]]:
            print(json.dumps(it, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
