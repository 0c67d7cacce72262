"""The one core call every entry point uses: articles in, reports out."""

from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language

from claimscope import model
from claimscope.checks import run_checks
from claimscope.errors import ClaimscopeError
from claimscope.inputs import ArticleInput, InputError, prepare
from claimscope.pipeline import load_nlp, pipeline_versions
from claimscope.profile import compute_profile
from claimscope.report import from_doc


def finish(report: model.Report) -> model.Report:
    """Run the checks against reference data and sum up the profile."""
    report.findings = run_checks(report)
    report.profile = compute_profile(report)
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
            sentences, or HTML without main text.
    """
    article = prepare(ArticleInput(text=text, id=id, title=title, published=published, url=url, outlet=outlet), html=html)
    return analyze_prepared_one(article, nlp=nlp)


def _analyze_prepared(articles: list[ArticleInput], *, nlp: Language, batch_size: int = 16) -> Iterator[model.Report]:
    versions = pipeline_versions(nlp)
    docs = []
    for article in articles:
        doc = nlp.make_doc(article.text)
        doc._.published = article.published
        docs.append(doc)
    for doc, article in zip(nlp.pipe(docs, batch_size=batch_size), articles):
        yield finish(from_doc(doc, article, pipeline=versions))


def error_record(item_id: Optional[str], err: Exception) -> model.ErrorRecord:
    if isinstance(err, ClaimscopeError):
        return model.ErrorRecord(id=item_id, error=err.to_record())
    return model.ErrorRecord(id=item_id, error={"kind": "internal", "message": f"{type(err).__name__}: {err}"})


def analyze_many(
    articles: Iterable[Union[ArticleInput, InputError]],
    *,
    nlp: Optional[Language] = None,
    batch_size: int = 16,
) -> Iterator[Union[model.Report, model.ErrorRecord]]:
    """Analyze a stream of articles; each yields a Report or an ErrorRecord, in order.

    A failure in one article never stops the stream: its batch is retried one
    article at a time so only the bad one becomes an error record.
    """
    nlp = nlp or load_nlp()
    batch: list[ArticleInput] = []

    def flush() -> Iterator[Union[model.Report, model.ErrorRecord]]:
        try:
            yield from list(_analyze_prepared(batch, nlp=nlp, batch_size=batch_size))
        except Exception:
            for article in batch:
                try:
                    yield from list(_analyze_prepared([article], nlp=nlp))
                except Exception as err:  # one bad article, recorded, the run goes on
                    yield error_record(article.id, err)
        batch.clear()

    for item in articles:
        if isinstance(item, InputError):
            yield from flush()
            yield error_record(item.id, item.error)
            continue
        if not isinstance(item, ArticleInput):
            item = ArticleInput(**item) if isinstance(item, dict) else ArticleInput(text=item)
        try:
            batch.append(prepare(item))
        except ClaimscopeError as err:
            yield from flush()
            yield error_record(item.id, err)
            continue
        if len(batch) >= batch_size:
            yield from flush()
    yield from flush()


def analyze_prepared_one(article: ArticleInput, *, nlp: Optional[Language] = None) -> model.Report:
    """Analyze one already validated article (see :func:`claimscope.inputs.prepare`)."""
    return next(iter(_analyze_prepared([article], nlp=nlp or load_nlp())))
