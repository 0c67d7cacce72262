"""PLACEHOLDER: claimscope_sources; its owner replaces this module with the real component."""

from __future__ import annotations

from spacy.language import Language

from claimscope.extract.base import Component


class SourceTyper(Component):
    def find(self, doc):
        return None

    def set_annotations(self, doc, found):
        pass


@Language.factory("claimscope_sources", default_config={})
def make_source_typer(nlp: Language, name: str):
    return SourceTyper(nlp, name)
