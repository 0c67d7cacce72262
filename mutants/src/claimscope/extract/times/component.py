"""The spaCy component ``claimscope_times``: :func:`find_times` on a Doc, with the tense of its parse."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimscope import types as t
from claimscope.extract.base import Component, doc_text
from claimscope.extract.times.find import find_times
from claimscope.extract.times.tense import tense_function


def find_doc_times(doc: Doc, *, use_tense: bool = True) -> list[t.TimeExpression]:
    """The temporal expressions of a Doc, against ``doc._.published``; the tense needs tags or sentences."""
    tense_at = tense_function(doc) if use_tense and (doc.has_annotation("TAG") or doc.has_annotation("SENT_START")) else None
    return find_times(doc_text(doc), reference=doc._.published, tense_at=tense_at)


class TimeTagger(Component):
    """Writes ``doc._.times`` (a list of :class:`claimscope.types.TimeExpression`)."""

    def find(self, doc: Doc) -> list[t.TimeExpression]:
        return find_doc_times(doc, use_tense=self.cfg.get("use_tense", True))

    def set_annotations(self, doc: Doc, found: list[t.TimeExpression]) -> None:
        doc._.times = found


@Language.factory(
    "claimscope_times",
    default_config={"use_tense": True},
    # the tense of a month or weekday is read from the sentence and its tags when the pipeline has them
    requires=["doc.sents", "token.tag"],
    assigns=["doc._.times"],
)
def make_time_tagger(nlp: Language, name: str, use_tense: bool = True) -> TimeTagger:
    return TimeTagger(nlp, name, use_tense=use_tense)
