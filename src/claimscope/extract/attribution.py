"""PLACEHOLDER: claimscope_attribution; its owner replaces this module with the real component."""

from __future__ import annotations

from spacy.language import Language

from claimscope.extract.base import Component


class Attributor(Component):
    def find(self, doc):
        return None

    def set_annotations(self, doc, found):
        pass


@Language.factory("claimscope_attribution", default_config={})
def make_attributor(nlp: Language, name: str):
    return Attributor(nlp, name)
