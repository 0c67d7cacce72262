"""The text of a PDF, page by page, with pypdf.

The article text is the pages' text joined with a blank line (``"\\n\\n"``); :attr:`PdfText.pages`
gives each page's ``(start, end)`` offsets into it, so a span of the report can be traced to its page
(:meth:`PdfText.page_of`).  A PDF whose pages hold no text (a scan without OCR) is refused with the
coded error ``pdf_no_text`` (E041); an encrypted one with ``pdf_encrypted`` (E042); a broken one
with ``pdf`` (E040).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Optional

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from claimscope.errors import ClaimscopeError, Errors

PAGE_BREAK = "\n\n"
MAGIC = b"%PDF-"
_LETTERS = re.compile(r"[^\W\d_]")
MIN_LETTERS = 20  # a PDF with fewer letters than this in all its pages has no text layer worth the name


def is_pdf(data: bytes, name: str = "") -> bool:
    """Whether ``data`` (or a file named ``name``) is a PDF: by its magic bytes, or by its ``.pdf`` suffix."""
    return data[:1024].lstrip().startswith(MAGIC) or name.lower().endswith(".pdf")


@dataclass
class PdfText:
    text: str
    pages: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each page in ``text``
    title: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None

    def page_of(self, offset: int) -> Optional[int]:
        """The page number (1-based) holding the character at ``offset``; None between pages."""
        for number, (start, end) in enumerate(self.pages, 1):
            if start <= offset < end:
                return number
        return None

    def page_offsets(self) -> str:
        """The pages' offsets as one string, ``"0-1234,1236-2890"`` (for ``Report.pipeline["pdf_pages"]``)."""
        return ",".join(f"{start}-{end}" for start, end in self.pages)


def _page_text(page) -> str:
    try:
        text = page.extract_text() or ""
    except Exception:  # one unreadable page (a broken content stream) is an empty page, not a failed PDF
        text = ""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _pdf_date(value: object) -> Optional[str]:
    """YYYY-MM-DD of a PDF date string ``D:20260301120000Z`` (None when it is not one)."""
    m = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", str(value or ""))
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def pdf_text(data: bytes) -> PdfText:
    """Extract the text of a PDF given as bytes.

    Raises:
        ClaimscopeError: ``pdf`` (E040), ``pdf_encrypted`` (E042), ``pdf_no_text`` (E041).
    """
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):  # an owner password only (no user password) opens with ""
                    raise ClaimscopeError("pdf_encrypted", Errors.E042)
            except ClaimscopeError:
                raise
            except Exception:
                raise ClaimscopeError("pdf_encrypted", Errors.E042) from None
        texts = [_page_text(page) for page in reader.pages]
        info = reader.metadata or {}
    except ClaimscopeError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as err:
        raise ClaimscopeError("pdf", Errors.E040.format(reason=f"{type(err).__name__}: {str(err)[:200]}")) from None
    if sum(len(_LETTERS.findall(t)) for t in texts) < MIN_LETTERS:
        raise ClaimscopeError("pdf_no_text", Errors.E041.format(n_pages=len(texts)))
    pages, parts, pos = [], [], 0
    for t in texts:
        if parts:
            pos += len(PAGE_BREAK)
        pages.append((pos, pos + len(t)))
        parts.append(t)
        pos += len(t)
    text = PAGE_BREAK.join(parts)

    def meta(key: str) -> Optional[str]:
        value = info.get(key) if hasattr(info, "get") else None
        return str(value).strip() or None if value else None

    return PdfText(text=text, pages=pages, title=meta("/Title"), author=meta("/Author"), published=_pdf_date(meta("/CreationDate")))
