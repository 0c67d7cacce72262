"""Metadata for plain-text articles: an ``article.json`` sidecar next to ``article.txt``, or front matter.

A sidecar is a JSON object with any of ``title``, ``published`` (YYYY-MM-DD), ``outlet``, ``url``,
``id`` and ``author``; other keys are ignored.  Front matter is the same as ``key: value`` lines
between two ``---`` lines at the very top of the file (YAML-like; quotes around a value are dropped)::

    ---
    title: Bodies found near the border
    published: 2026-03-04
    outlet: Example News
    url: https://example.org/bodies
    ---
    The article text...

The front matter is cut from the text (offsets are into what follows it).  Options given on the
command line win over the sidecar, and the sidecar over the front matter.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

from claimscope.errors import ClaimscopeError, Errors

FIELDS = ("id", "title", "published", "url", "outlet", "author")
SIDECAR_SUFFIX = ".json"
MAX_SIDECAR_BYTES = 1 << 20
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


def sidecar_path(path: Path) -> Path:
    """Where the sidecar of ``path`` would be: the same name with ``.json``."""
    return path.with_suffix(SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    """Whether ``path`` is the ``.json`` sidecar of another file in its directory (not an article itself)."""
    if path.suffix.lower() != SIDECAR_SUFFIX:
        return False
    return any(p != path and p.stem == path.stem and p.is_file() for p in path.parent.glob(glob_escape(path.stem) + ".*"))


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def read_sidecar(path: Path) -> dict:
    """The metadata in the sidecar of ``path`` ({} when there is none).

    Raises:
        ClaimscopeError: ``sidecar`` (E045) for a sidecar that is not a JSON object or is too large.
    """
    side = sidecar_path(path)
    if str(path) == "-" or side == path or not side.is_file():
        return {}
    where = str(side)
    try:
        if side.stat().st_size > MAX_SIDECAR_BYTES:
            raise ClaimscopeError("sidecar", Errors.E045.format(path=where, reason="over 1 MiB"))
        obj = json.loads(side.read_bytes().decode("utf-8-sig"))
    except ClaimscopeError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
        raise ClaimscopeError("sidecar", Errors.E045.format(path=where, reason=type(err).__name__)) from None
    if not isinstance(obj, dict):
        raise ClaimscopeError("sidecar", Errors.E045.format(path=where, reason=f"got {type(obj).__name__}"))
    return {k: obj[k] for k in FIELDS if obj.get(k) not in (None, "")}


def split_front_matter(text: str, where: str = "") -> tuple[str, dict]:
    """(text without its front matter, the front matter's fields); the text unchanged when it has none.

    Raises:
        ClaimscopeError: ``front_matter`` (E046) for a front matter line that is not ``key: value``.
    """
    m = _FRONT.match(text)
    if not m:
        return text, {}
    found: dict = {}
    for n, line in enumerate(m[1].splitlines(), 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kv = _LINE.match(line)
        if not kv:
            raise ClaimscopeError("front_matter", Errors.E046.format(path=where, reason=f"line {n} is not 'key: value'"))
        key, value = kv[1].lower(), kv[2]
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        if key in FIELDS and value:
            found[key] = value
    return text[m.end():], found


def merge(*layers: Optional[dict]) -> dict:
    """Metadata from several places; earlier layers win, empty values never override."""
    out: dict = {}
    for layer in layers:
        for k, v in (layer or {}).items():
            if v not in (None, "") and k not in out:
                out[k] = v
    return out
