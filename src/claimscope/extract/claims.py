"""PLACEHOLDER: claimscope_claims; its owner replaces this module with the real component."""

from __future__ import annotations

from spacy.language import Language

from claimscope.extract.base import Component


class ClaimBuilder(Component):
    def find(self, doc):
        return None

    def set_annotations(self, doc, found):
        pass


@Language.factory("claimscope_claims", default_config={})
def make_claim_builder(nlp: Language, name: str):
    return ClaimBuilder(nlp, name)
