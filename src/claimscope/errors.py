"""Coded errors, in the manner of spaCy's ``errors.py``.

The library raises :class:`ClaimscopeError` with a ``kind`` (a short machine
name a batch error record carries) and a message that names valid values.
Only the CLI maps errors to exit codes and only ``claimscope.web`` (``web/errors.py``) to HTTP codes.
"""

from __future__ import annotations


class ErrorsWithCodes(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    E001 = "The article is empty."
    E002 = "The article holds only whitespace."
    E003 = "The input looks binary (it contains {n_control} control bytes, e.g. NUL), not text."
    E004 = "The input is not valid UTF-8 (byte {position}: {reason}); re-encode it as UTF-8."
    E005 = "The input is {size_mb:.1f} MiB, over the limit of {limit_mb:.0f} MiB."
    E006 = "The article has no sentences: no letters or words were found in it."
    E007 = "HTML input yielded no main text after extraction (the page may be empty or all boilerplate)."
    E008 = "Line {line}: not valid JSON ({reason})."
    E009 = "Line {line}: a JSON object with a string field 'text' is required; got {got}."
    E010 = "Unknown format '{name}'; available: {available}."
    E011 = "Cannot read '{path}': {reason}."
    E012 = "Invalid publication date '{value}'; expected YYYY-MM-DD."
    E013 = "Unknown evaluation '{name}'; available: {available}."
    E014 = "Unknown component '{name}'; available: {available}."
    E015 = "No such path: '{path}'."
    E016 = (
        "The article is {n_chars:,} characters long, over the {limit:,} characters one analysis takes; "
        "split it into articles."
    )
    E017 = (
        "The article is too complex to analyze within its work budget ({budget_s:.0f} s of CPU for "
        "{n_tokens:,} tokens; spent {spent_s:.1f} s by the end of '{step}')."
    )
    E018 = "Field '{field}' must be a string or a number; got {got}."
    E019 = "The input holds a JSON value nested deeper than {limit} levels or is otherwise unreadable as JSON: {reason}."
    E030 = (
        "The pipeline's components are out of order or incomplete: {problems}. "
        "Add the components that assign what the others require, before them (see claimscope.pipeline.DEFAULT_COMPONENTS)."
    )
    E020 = "Line {line} is over the limit of {limit_mb:.0f} MiB; it was skipped without being read into memory."
    E021 = "Field '{field}' is {n_chars:,} characters long, over the limit of {limit:,}."
    E022 = "Line {line}: the input could not be read ({reason})."
    E023 = (
        "The article has {n_tokens:,} tokens, over the {limit:,} one analysis takes (about 250 KB of prose); "
        "split it into articles."
    )
    E024 = "HTML input could not be parsed ({reason})."
    # Intake: URLs, feeds, PDFs, sidecars, languages (claimscope.intake).
    E031 = (
        "The article is in {name} ({code}); claimscope analyzes English only. Translate it, or pass --lang-any "
        "to analyze it anyway with the English pipeline (the report is then flagged language: {code})."
    )
    E032 = "'{url}' is not an http:// or https:// URL with a host; claimscope fetches only those."
    E033 = "Fetching '{url}' timed out after {timeout:g} s."
    E034 = "Cannot fetch '{url}': {reason}."
    E035 = "Fetching '{url}' failed: HTTP {status} {reason}."
    E036 = "Fetching '{url}' was redirected more than {limit} times; it was not followed further."
    E037 = "'{url}' is over the limit of {limit_mb:.0f} MiB; it was not read further."
    E038 = "'{url}' is {content_type}, not a web page, a feed or a PDF."
    E039 = "robots.txt of {host} disallows fetching '{url}' for claimscope's user agent; it was not fetched."
    E040 = "The PDF could not be read ({reason})."
    E041 = (
        "The PDF has {n_pages} page(s) but no text layer (a scan?); run OCR on it first "
        "(e.g. `ocrmypdf in.pdf out.pdf`) and analyze the result."
    )
    E042 = "The PDF is encrypted; decrypt it first (e.g. `qpdf --decrypt in.pdf out.pdf`)."
    E043 = "'{source}' is not an RSS or Atom feed ({reason})."
    E044 = "Item {n} of the feed '{source}' has neither a link nor text."
    E045 = "The sidecar '{path}' is not a JSON object of article metadata ({reason})."
    E046 = "The front matter of '{path}' could not be read: {reason}."
    # the store (claimscope.store)
    E101 = "Unsupported store URL '{url}'; use sqlite:///PATH or postgresql://USER@HOST:PORT/DB."
    E102 = (
        "The store is at schema revision '{current}', which this claimscope does not know "
        "(it knows {known}); it was written by a newer claimscope. Upgrade claimscope, do not write to it."
    )
    E103 = "'{url}' holds tables ({tables}) but no claimscope schema version; refusing to read it as a store."
    E104 = "Cannot open the store '{url}': {reason}."
    E105 = "No claim with id {claim_id} in the store; `claimscope claims search TEXT` lists ids."
    E106 = "The store '{url}' is read-only ({reason}); ingest needs write access to the file and its directory."
    E107 = "The store '{url}' is not a readable SQLite database ({reason}); restore it from a backup or start a new one."
    E108 = (
        "The store '{url}' is an empty file (0 bytes), not a claimscope store; pass --init to create a new store "
        "in it, or remove it."
    )
    E109 = "The store '{url}' is full ({reason}); free disk space and rerun (what was written is kept)."

    # known fact-checks (claimscope.triage.factchecks)
    E301 = "Cannot read '{path}': {reason}."
    E302 = "{where}: not valid JSON ({reason})."
    E303 = "{where}: a fact-check needs a claim text ('claim', 'vclaim' or ClaimReview 'claimReviewed'); got none."
    E304 = "{where}: a fact-check must be a JSON object; got {got}."
    E305 = "'{path}': unknown fact-check format '{suffix}'; use .json/.jsonld (ClaimReview), .jsonl, .csv or .tsv."
    E306 = "'{path}': the table has no claim column ('claim' or 'vclaim'); its columns are {columns}."
    E307 = "{where}: field '{field}' must be a string or a number; got {got}."


class ClaimscopeError(ValueError):
    """An error about the input, never about claimscope's own state.

    Attributes:
        kind: short machine-readable name, e.g. ``"empty"``, ``"binary"``,
            ``"encoding"``, ``"too_large"``, ``"no_sentences"``, ``"json"``.
    """

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message

    def to_record(self) -> dict:
        return {"kind": self.kind, "message": self.message}
