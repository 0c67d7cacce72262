"""PLACEHOLDER: claimscope_quantities; its owner replaces this module with the real component."""

from __future__ import annotations

from spacy.language import Language

from claimscope.extract.base import Component


class QuantityTagger(Component):
    def find(self, doc):
        return None

    def set_annotations(self, doc, found):
        pass


@Language.factory("claimscope_quantities", default_config={})
def make_quantity_tagger(nlp: Language, name: str):
    return QuantityTagger(nlp, name)
