"""PLACEHOLDER: claimscope_places; its owner replaces this module with the real component."""

from __future__ import annotations

from spacy.language import Language

from claimscope.extract.base import Component


class PlaceTagger(Component):
    def find(self, doc):
        return None

    def set_annotations(self, doc, found):
        pass


@Language.factory("claimscope_places", default_config={})
def make_place_tagger(nlp: Language, name: str):
    return PlaceTagger(nlp, name)
