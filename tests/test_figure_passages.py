"""The figure benchmark's passages are real text: each is its document's text at doc_offset, character for character,
and each labelled figure is in it (bench/data/figure_passages.md).  Skipped without ../shared/data."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from claimscope.evaluate.times import read_timeml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
PASSAGES = [json.loads(line) for line in (ROOT / "bench" / "data" / "figure_passages.jsonl").read_text(encoding="utf-8").splitlines() if line]

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data is not here")


@cache
def _geowebnews() -> dict[str, tuple[str, str]]:
    root = ET.parse(DATA / "geoparsing" / "GeoWebNews.xml").getroot()
    return {a.get("file"): (a.findtext("text") or "", a.findtext("link") or "") for a in root}


@cache
def _published() -> dict[str, str]:
    with open(DATA / "polnear" / "metadata.tsv", encoding="utf-8") as f:
        return {row["filename"]: row["publication_date"] for row in csv.DictReader(f, delimiter="\t")}


def _document(corpus: str, doc: str) -> tuple[str, str | None]:
    if corpus == "polnear":
        return (DATA / "polnear" / doc).read_text(encoding="utf-8"), _published().get(Path(doc).stem)
    if corpus == "timebank":
        dct, text, _ = read_timeml(DATA / "timebank" / doc)
        return text, dct
    text, link = _geowebnews()[doc]
    m = re.search(r"/(\d{4})/(\d{2})/(\d{2})/", link)
    return text, "-".join(m.groups()) if m else None


@pytest.mark.parametrize("passage", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_figure_passages_are_copied_character_for_character(passage):
    text, published = _document(passage["corpus"], passage["doc"])
    start = passage["doc_offset"]
    assert text[start : start + len(passage["text"])] == passage["text"]
    assert passage["published"] == published
    for key in ("conflicts", "revisions", "decoys"):
        for item in passage[key]:
            assert item["note"]
            for k, fig in enumerate(item["figures"]):
                if item.get("offsets"):
                    s, e = item["offsets"][k]
                    assert passage["text"][s:e] == fig
                else:
                    assert fig in passage["text"], fig


def test_figure_passages_ids_are_unique_and_splits_known():
    assert len({p["id"] for p in PASSAGES}) == len(PASSAGES)
    assert {p["split"] for p in PASSAGES} == {"test", "dev"}
