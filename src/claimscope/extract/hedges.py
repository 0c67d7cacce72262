"""PLACEHOLDER: claimscope_hedging; its owner replaces this module with the real component."""

from __future__ import annotations

from spacy.language import Language

from claimscope.extract.base import Component


class HedgeTagger(Component):
    def find(self, doc):
        return None

    def set_annotations(self, doc, found):
        pass


@Language.factory("claimscope_hedging", default_config={})
def make_hedge_tagger(nlp: Language, name: str):
    return HedgeTagger(nlp, name)
