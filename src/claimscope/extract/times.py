"""PLACEHOLDER: claimscope_times; its owner replaces this module with the real component."""

from __future__ import annotations

from spacy.language import Language

from claimscope.extract.base import Component


class TimeTagger(Component):
    def find(self, doc):
        return None

    def set_annotations(self, doc, found):
        pass


@Language.factory("claimscope_times", default_config={})
def make_time_tagger(nlp: Language, name: str):
    return TimeTagger(nlp, name)
