"""The FNC-1 file formats: stances ``Headline,Body ID[,Stance]`` and bodies ``Body ID,articleBody``."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Optional, TextIO

from claimscope.errors import ClaimscopeError

csv.field_size_limit(sys.maxsize)


def _rows(path: Path, needed: tuple[str, ...]) -> list[dict]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            fields = [f.strip() for f in (reader.fieldnames or [])]
            missing = [n for n in needed if n not in fields]
            if missing:
                raise ClaimscopeError("columns", f"{path}: no column {', '.join(repr(m) for m in missing)} (columns: {', '.join(fields)})")
            return [{k.strip(): (v or "") for k, v in row.items() if k} for row in reader]
    except UnicodeDecodeError as err:
        raise ClaimscopeError("encoding", f"{path}: not UTF-8 ({err.reason})") from None


def read_stances(path: Path) -> list[dict]:
    """Rows with ``Headline``, ``Body ID`` and, when the file has it, ``Stance``."""
    return _rows(Path(path), ("Headline", "Body ID"))


def read_bodies(path: Path) -> dict[str, str]:
    """Body ID -> article body."""
    return {r["Body ID"]: r["articleBody"] for r in _rows(Path(path), ("Body ID", "articleBody"))}


def gold_of(rows: list[dict]) -> Optional[list[str]]:
    """The gold stances when every row has one, else None."""
    gold = [r.get("Stance", "").strip() for r in rows]
    return gold if gold and all(gold) else None


def write_csv(fh: TextIO, rows: list[dict], labels: list[str]) -> None:
    """``Headline,Body ID,Stance`` rows in the input's order."""
    writer = csv.writer(fh)
    writer.writerow(["Headline", "Body ID", "Stance"])
    for row, label in zip(rows, labels, strict=True):
        writer.writerow([row["Headline"], row["Body ID"], label])


def write_predictions(path: Path, rows: list[dict], labels: list[str]) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        write_csv(fh, rows, labels)
