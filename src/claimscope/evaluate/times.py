"""Measure the time tagger on TimeML corpora (TimeBank, AQUAINT).

Each ``.tml`` file gives the document creation time in ``<DCT>`` (used as the
publication date) and ``TIMEX3`` tags with ``type`` and ``value`` inside
``<TEXT>``.  Recognition is scored with strict (same offsets) and relaxed
(overlapping) span matches; value F1 counts a predicted expression as right
when it overlaps a gold one and has the same normalized value.  Values are
compared in one spelling (``_strip_value``: ISO week numbers unpadded, trailing
unspecified fields dropped, so "1949-XX" = "1949" and "198X" = "198"; a bare
clock hour gets its minutes, "T17" = "T17:00");
``value_exact_f1`` compares the strings as they are.  Figures are
also broken down by the gold TIMEX3 type (DATE, TIME, DURATION, SET).

A frozen held-out split (:func:`held_out`, by a hash of the file name) is scored
first, then the development files, then all files; the ``errors`` list only
ever receives development errors, so rules are written without seeing the
held-out ones.
"""

from __future__ import annotations

import hashlib
import html
import re
import time
from pathlib import Path
from typing import Iterable, Optional

from claimscope.errors import ClaimscopeError, Errors
from claimscope.pipeline import build_nlp

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)/?>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
TYPES = ("DATE", "TIME", "DURATION", "SET")


def read_timeml(path: Path) -> tuple[str, str, list[tuple[int, int, str, str]]]:
    """(DCT as YYYY-MM-DD, plain text of <TEXT>, [(start, end, type, value)]) of one TimeML file."""
    raw = Path(path).read_text(encoding="utf-8")
    m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    dct = m.group(1)[:10] if m else None
    start = raw.find("<TEXT>")
    end = raw.find("</TEXT>")
    body = raw[start + 6 : end] if start >= 0 and end > start else raw
    parts: list[str] = []
    length = 0
    timexes = []
    open_tag: Optional[tuple[int, dict]] = None
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(2) == "TIMEX3":
            if tag.group(1) == "":
                open_tag = (length, dict(_ATTR.findall(tag.group(3))))
            elif open_tag is not None:
                s, attrs = open_tag
                timexes.append((s, length, attrs.get("type", "DATE"), attrs.get("value", "")))
                open_tag = None
    parts.append(html.unescape(body[pos:]))
    return dct, "".join(parts), timexes


def _files(dirs: Iterable[Path]) -> list[Path]:
    out = []
    for d in dirs:
        d = Path(d)
        if not d.exists():
            raise ClaimscopeError("path", Errors.E015.format(path=d))
        out.extend(sorted(d.glob("*.tml")) if d.is_dir() else [d])
    return out


def _f1(tp: float, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return round(p, 4), round(r, 4), round(2 * p * r / (p + r), 4) if p + r else 0.0


def _strip_value(v: Optional[str]) -> str:
    """A TIMEX3 value in one spelling: upper case, ISO weeks unpadded ("2000-W07" = "2000-W7"),
    trailing unspecified fields dropped ("1949-XX" = "1949", "1998-XX-XX" = "1998", "198X" = "198"),
    and a bare clock hour with its minutes ("1989-11-06T17" = "1989-11-06T17:00")."""
    v = re.sub(r"W0(\d)\b", r"W\1", (v or "").strip().upper())
    v = re.sub(r"(?:-XX)+$", "", v)
    v = re.sub(r"(T\d\d)$", r"\1:00", v)
    return re.sub(r"^(\d{3})X$", r"\1", v)


def held_out(name: str) -> bool:
    """The frozen held-out split: a file whose SHA-1 of the file name is 0 modulo 5 (about 20% of each corpus:
    34 of TimeBank's 183 files, 14 of AQUAINT's 73). Rules are written looking only at the other files."""
    return int(hashlib.sha1(Path(name).name.encode("utf-8")).hexdigest(), 16) % 5 == 0


Item = tuple[Path, Optional[str], str, list[tuple[int, int, str, str]]]
Pred = list[tuple[int, int, str, str]]


def load(dirs: Iterable[Path]) -> list[Item]:
    """(file, DCT, text, gold TIMEX3) of every TimeML file in ``dirs``."""
    return [(f, *read_timeml(f)) for f in _files(dirs)]


def predict(nlp, items: list[Item]) -> tuple[list[Pred], float]:
    """The predicted (start, end, type, value) of each item, and the seconds ``nlp.pipe`` took."""
    docs_in = []
    for _, dct, text, _ in items:
        doc = nlp.make_doc(text)
        doc._.published = dct
        docs_in.append(doc)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(docs_in, batch_size=16))
    elapsed = time.perf_counter() - t0
    return [[(x.span[0], x.span[1], x.type, x.value or "") for x in (doc._.times or [])] for doc in docs], elapsed


def run(dirs: list[Path], *, nlp=None, errors: Optional[list] = None) -> dict:
    """Score ``claimscope_times`` on the TimeML files in ``dirs``; returns the metrics of the frozen held-out
    split first (``held_out``), then of the development files (``development``), then of all files (flat).

    Args:
        dirs: directories of ``.tml`` files (or single files).
        nlp: a pipeline with ``claimscope_times`` (default: the base model plus it).
        errors: if given, receives the (file, gold, predicted) mismatches of the development files.
    """
    items = load(dirs)
    if nlp is None:
        nlp = build_nlp(components=("claimscope_times",))
    preds, elapsed = predict(nlp, items)
    test = [i for i, it in enumerate(items) if held_out(it[0].name)]
    dev = [i for i, it in enumerate(items) if not held_out(it[0].name)]
    out: dict = {
        "held_out": score([items[i] for i in test], [preds[i] for i in test]),
        "development": score([items[i] for i in dev], [preds[i] for i in dev], errors=errors),
    }
    out.update(score(items, preds))
    out["docs_per_s"] = round(len(items) / elapsed, 1) if elapsed else 0.0
    return out


def score(items: list[Item], preds: list[Pred], *, errors: Optional[list] = None) -> dict:
    """Strict, relaxed and value F1 of ``preds`` against the gold of ``items``, overall and by gold type."""
    n_gold = n_pred = strict = relaxed = value_ok = value_exact = 0
    by_type = {k: {"gold": 0, "pred": 0, "relaxed": 0, "value": 0, "relaxed_p": 0, "value_p": 0} for k in TYPES}
    for (f, _, text, gold), pred in zip(items, preds):
        n_gold += len(gold)
        n_pred += len(pred)
        gold_spans = {(s, e) for s, e, _, _ in gold}
        strict += sum((s, e) in gold_spans for s, e, _, _ in pred)
        used = set()
        for g in gold:
            gs, ge, gt, gv = g
            bt = by_type.setdefault(gt, {"gold": 0, "pred": 0, "relaxed": 0, "value": 0, "relaxed_p": 0, "value_p": 0})
            bt["gold"] += 1
            match = None
            for j, p in enumerate(pred):
                if j not in used and p[0] < ge and gs < p[1]:
                    match = j
                    break
            if match is None:
                if errors is not None:
                    errors.append((f.name, text[gs:ge], gt, gv, None))
                continue
            used.add(match)
            relaxed += 1
            bt["relaxed"] += 1
            p = pred[match]
            value_exact += (p[3] or "") == gv
            if _strip_value(p[3]) == _strip_value(gv):
                value_ok += 1
                bt["value"] += 1
            elif errors is not None:
                errors.append((f.name, text[gs:ge], gt, gv, (text[p[0]:p[1]], p[2], p[3])))
        for j, p in enumerate(pred):
            by_type.setdefault(p[2], {"gold": 0, "pred": 0, "relaxed": 0, "value": 0, "relaxed_p": 0, "value_p": 0})["pred"] += 1
            if j not in used and errors is not None:
                errors.append((f.name, None, None, None, (text[p[0]:p[1]], p[2], p[3])))
    out: dict = {"files": len(items), "gold_timexes": n_gold, "predicted_timexes": n_pred}
    for name, tp in (("strict", strict), ("relaxed", relaxed), ("value", value_ok), ("value_exact", value_exact)):
        p, r, f1 = _f1(tp, n_pred, n_gold)
        out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = p, r, f1
    for typ, c in by_type.items():
        # recall over gold of the type, precision over predictions of the type (matched ones counted by gold type)
        for name in ("relaxed", "value"):
            _, r, _ = _f1(c[name], c["pred"], c["gold"])
            p = min(1.0, c[name] / c["pred"]) if c["pred"] else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            out[f"{typ}_{name}_f1"] = round(f1, 4)
        out[f"{typ}_gold"] = c["gold"]
        out[f"{typ}_predicted"] = c["pred"]
    return out
