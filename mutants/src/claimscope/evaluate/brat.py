"""Read PolNeAR (Newell et al., LREC 2018) attribution annotations in brat standoff.

A PolNeAR split holds ``text/<article>.txt`` and
``attributions/<article>_<annotator>.ann``.  ``T`` lines carry the spans
(``Tn<TAB>Source|Cue|Content|Attribution start end[;start end...]<TAB>text``),
``E`` lines tie one attribution's parts together
(``En<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``; ``Attribution-no-source``
marks an attribution whose source is not in the text).  When several annotators
annotated an article, the first ``.ann`` in sorted order is used.

Spans are tuples of fragments ``((start, end), ...)``: a few PolNeAR spans are
discontinuous.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from claimscope.errors import ClaimscopeError, Errors

Fragments = tuple[tuple[int, int], ...]
ROLES = ("source", "cue", "content")


@dataclass(frozen=True)
class GoldAttribution:
    cue: Optional[Fragments]
    source: Optional[Fragments] = None
    content: Optional[Fragments] = None


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def parse_ann(ann: str) -> list[GoldAttribution]:
    """Parse the text of one ``.ann`` file into attributions (``E`` lines).

    Lines that are neither ``T`` nor ``E`` (notes, continuation lines of a span
    text that crosses a newline) are ignored; unknown labels (``Discard``,
    ``Discuss``) are skipped.
    """
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[list[str]] = []
    for line in ann.splitlines():
        if not line or line[0] not in "TE" or "\t" not in line:
            continue
        ident, _, rest = line.partition("\t")
        if ident.startswith("T"):
            head = rest.split("\t", 1)[0]
            label, _, locs = head.partition(" ")
            frags = []
            try:
                for loc in locs.split(";"):
                    start, end = loc.split()
                    frags.append((int(start), int(end)))
            except ValueError:
                continue
            spans[ident] = (label, tuple(sorted(frags)))
        elif ident.startswith("E"):
            events.append(rest.split())
    out = []
    for args in events:
        roles: dict[str, Fragments] = {}
        for arg in args:
            role, _, ref = arg.partition(":")
            if ref in spans and role in ("Source", "Cue", "Content"):
                roles[role.lower()] = spans[ref][1]
        if "cue" not in roles and "content" not in roles:
            continue
        out.append(GoldAttribution(cue=roles.get("cue"), source=roles.get("source"), content=roles.get("content")))
    out.sort(key=lambda a: min(f[0] for part in (a.cue, a.source, a.content) if part for f in part))
    return out


def read_corpus(corpus_dir: str | Path, *, limit: Optional[int] = None, all_annotators: bool = False) -> Iterator[Article]:
    """Yield the articles of a PolNeAR split (``train`` or ``dev``) in name order.

    Each article comes with the first annotator's attributions (sorted file
    names), as the evaluation scores them; with ``all_annotators`` an article
    annotated several times is yielded once per annotator (training data).
    """
    root = Path(corpus_dir)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise ClaimscopeError("io", Errors.E015.format(path=str(text_dir if not text_dir.is_dir() else ann_dir)))
    anns = sorted(p.name for p in ann_dir.glob("*.ann"))
    n = 0
    for text_path in sorted(text_dir.glob("*.txt")):
        if limit is not None and n >= limit:
            return
        stem = text_path.stem
        mine = [a for a in anns if a.startswith(stem + "_") and "_" not in a[len(stem) + 1 :]]
        if not mine:
            continue
        text = text_path.read_text(encoding="utf-8")
        for ann_name in mine if all_annotators else mine[:1]:
            ann = (ann_dir / ann_name).read_text(encoding="utf-8")
            yield Article(name=stem, text=text, attributions=tuple(parse_ann(ann)))
        n += 1
