"""What the derive scripts share: writing a packaged data file reproducibly."""

from __future__ import annotations

import gzip
from pathlib import Path


def write_gzip(path: Path, raw: bytes) -> None:
    """Write ``raw`` gzip-compressed with no timestamp or file name in the header,
    so the same input gives the same bytes (and no spurious git diff)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="", compresslevel=9) as gz:
        gz.write(raw)
