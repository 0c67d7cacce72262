"""PLACEHOLDER: claimscope_evidence; its owner replaces this module with the real component."""

from __future__ import annotations

from spacy.language import Language

from claimscope.extract.base import Component


class EvidenceTagger(Component):
    def find(self, doc):
        return None

    def set_annotations(self, doc, found):
        pass


@Language.factory("claimscope_evidence", default_config={})
def make_evidence_tagger(nlp: Language, name: str):
    return EvidenceTagger(nlp, name)
