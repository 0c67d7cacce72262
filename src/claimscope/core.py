"""The one core call every entry point uses: articles in, reports out."""

from __future__ import annotations

import re
import time
from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from claimscope import model
from claimscope.checks import run_checks
from claimscope.errors import ClaimscopeError, Errors
from claimscope.inputs import MAX_META_CHARS, ArticleInput, InputError, prepare, safe_str
from claimscope.pipeline import load_nlp, pipeline_versions
from claimscope.profile import compute_profile
from claimscope.report import from_doc
from claimscope.speakers import link_sources
from claimscope.triage.checkworthiness import rank_claims


def finish(report: model.Report) -> model.Report:
    """Run the checks against reference data and sum up the profile."""
    link_sources(report)  # report.sources and each attribution's speaker: one speaker, one source
    report.findings = run_checks(report)
    report.profile = compute_profile(report)
    # the scorer reads claims, their quantities and attributions: no need to serialize the text, places or findings
    scores = rank_claims(report.model_dump(include={"claims", "quantities", "attributions"})) if report.claims else {}
    for claim in report.claims:
        claim.checkworthiness = scores.get(claim.id)
    return report


def analyze(
    text: str,
    published: Optional[str] = None,
    *,
    title: Optional[str] = None,
    url: Optional[str] = None,
    outlet: Optional[str] = None,
    id: Optional[str] = None,
    html: Optional[bool] = None,
    nlp: Optional[Language] = None,
) -> model.Report:
    """Analyze one article and return its :class:`~claimscope.model.Report`.

    Raises:
        ClaimscopeError: when the input is empty, binary, too large, has no
            sentences, or HTML without main text; when metadata or the date
            cannot be read (``metadata``, ``date``); when the analysis would
            exceed its work budget (``too_complex``, see docs/corpus.md).
    """
    article = prepare(ArticleInput(text=text, id=id, title=title, published=published, url=url, outlet=outlet), html=html)
    return analyze_prepared_one(article, nlp=nlp)


# -- bounded work (issue 12) -------------------------------------------------------------
# A whitespace-free run longer than this is tokenized in pieces of this many characters:
# spaCy's suffix search rescans the rest of a token for each suffix it splits off, so
# "!" * 30000 cost O(n^2) in the tokenizer alone.
MAX_RUN = 64
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))
# Every article may spend BUDGET_BASE_S + BUDGET_PER_TOKEN_S per token of CPU time (of the
# analyzing thread), checked after each pipeline component and after the report is built.
# A news article takes about 0.3 ms a token, so the budget is ten times what it needs.
BUDGET_BASE_S = 5.0
BUDGET_PER_TOKEN_S = 0.003
# Some steps still compare each record with every other of its article (sources, claims, figure
# checks: see docs/corpus.md), and the budget is checked between steps, so the size of one
# analysis is capped too: at this many tokens the worst case stays within minutes.
MAX_TOKENS = 50_000


class _Budget:
    """The CPU time an article (or a batch of articles) may spend; ``check`` raises ``too_complex``."""

    def __init__(self, n_tokens: int):
        self.n_tokens = n_tokens
        self.limit = BUDGET_BASE_S + BUDGET_PER_TOKEN_S * n_tokens
        self.start = time.thread_time()

    def check(self, step: str) -> None:
        spent = time.thread_time() - self.start
        if spent > self.limit:
            raise ClaimscopeError(
                "too_complex", Errors.E017.format(budget_s=self.limit, n_tokens=self.n_tokens, spent_s=spent, step=step)
            )


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize ``text`` in linear time: overlong whitespace-free runs are tokenized in pieces.

    Raises:
        ClaimscopeError: ``too_large`` when the text is over the pipeline's ``max_length``.
    """
    if len(text) > nlp.max_length:
        raise ClaimscopeError("too_large", Errors.E016.format(n_chars=len(text), limit=nlp.max_length))
    if not _LONG_RUN.search(text):
        return nlp.make_doc(text)
    pieces: list[str] = []
    pos = 0
    for m in _LONG_RUN.finditer(text):
        pieces.append(text[pos : m.start()])
        pieces.extend(text[i : min(i + MAX_RUN, m.end())] for i in range(m.start(), m.end(), MAX_RUN))
        pos = m.end()
    pieces.append(text[pos:])
    doc = Doc.from_docs([nlp.make_doc(p) for p in pieces if p], ensure_whitespace=False)
    assert doc.text == text  # the pieces are the text: offsets stay true
    return doc


def _run_pipeline(nlp: Language, docs: list[Doc], budget: _Budget, *, batch_size: int) -> list[Doc]:
    """``nlp.pipe`` one step at a time, so the budget is checked between components."""
    for name, proc in nlp.pipeline:
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        budget.check(name)
    return docs


def _analyze_prepared(articles: list[ArticleInput], *, nlp: Language, batch_size: int = 16) -> Iterator[model.Report]:
    versions = pipeline_versions(nlp)
    docs = []
    for article in articles:
        doc = make_doc(nlp, article.text)
        if len(doc) > MAX_TOKENS:
            raise ClaimscopeError("too_complex", Errors.E023.format(n_tokens=len(doc), limit=MAX_TOKENS))
        doc._.published = article.published
        docs.append(doc)
    budget = _Budget(sum(len(doc) for doc in docs))
    budget.check("tokenizer")
    for doc, article in zip(_run_pipeline(nlp, docs, budget, batch_size=batch_size), articles):
        # what the door found (language, input kind, author: claimscope.intake) joins the model versions
        report = finish(from_doc(doc, article, pipeline={**versions, **article.meta.get("pipeline", {})}))
        budget.check("report")
        yield report


def error_record(item_id: object, err: Exception) -> model.ErrorRecord:
    """The record a batch writes for an input that could not be analyzed (always JSON- and UTF-8-safe)."""
    if isinstance(err, ClaimscopeError):
        error = err.to_record()
    else:
        error = {"kind": "internal", "message": f"{type(err).__name__}: {err}"}
    error = {safe_str(str(k)): safe_str(str(v)) for k, v in error.items()}
    if item_id is not None:
        item_id = safe_str(str(item_id))[:MAX_META_CHARS]
    return model.ErrorRecord(id=item_id, error=error)


def _as_article(item: object) -> ArticleInput:
    """An ArticleInput from what a caller passes: an ArticleInput, a dict of its fields, or the text."""
    if isinstance(item, ArticleInput):
        return item
    if isinstance(item, dict):
        known = {k: item[k] for k in ("text", "id", "title", "published", "url", "outlet") if k in item}
        return ArticleInput(**{"text": None, **known})
    return ArticleInput(text=item)


def analyze_many(
    articles: Iterable[Union[ArticleInput, InputError, dict, str]],
    *,
    nlp: Optional[Language] = None,
    batch_size: int = 16,
) -> Iterator[Union[model.Report, model.ErrorRecord]]:
    """Analyze a stream of articles; each yields a Report or an ErrorRecord, in order.

    Every item yields exactly one result, whatever it holds.  A failure in one
    article never stops the stream: its batch is retried one article at a time
    so only the bad one becomes an error record; an article over its work
    budget becomes a ``too_complex`` error record.
    """
    nlp = nlp or load_nlp()
    batch: list[ArticleInput] = []

    def flush() -> Iterator[Union[model.Report, model.ErrorRecord]]:
        try:
            results = list(_analyze_prepared(batch, nlp=nlp, batch_size=batch_size))
        except Exception:
            results = []
            for article in batch:
                try:
                    results.extend(_analyze_prepared([article], nlp=nlp))
                except Exception as err:  # one bad article, recorded, the run goes on
                    results.append(error_record(article.id, err))
        batch.clear()
        yield from results

    for item in articles:
        if isinstance(item, InputError):
            yield from flush()
            yield error_record(item.id, item.error)
            continue
        item_id = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
        try:
            batch.append(prepare(_as_article(item)))
        except Exception as err:  # a ClaimscopeError, or whatever odd thing the caller passed
            yield from flush()
            yield error_record(item_id if isinstance(item_id, (str, int, float)) else None, err)
            continue
        if len(batch) >= batch_size:
            yield from flush()
    yield from flush()


def analyze_prepared_one(article: ArticleInput, *, nlp: Optional[Language] = None) -> model.Report:
    """Analyze one already validated article (see :func:`claimscope.inputs.prepare`)."""
    return next(iter(_analyze_prepared([article], nlp=nlp or load_nlp())))
