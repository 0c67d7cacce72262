"""PLACEHOLDER: claimscope_quotes; its owner replaces this module with the real component."""

from __future__ import annotations

from spacy.language import Language

from claimscope.extract.base import Component


class QuotePairer(Component):
    def find(self, doc):
        return None

    def set_annotations(self, doc, found):
        pass


@Language.factory("claimscope_quotes", default_config={})
def make_quote_pairer(nlp: Language, name: str):
    return QuotePairer(nlp, name)
