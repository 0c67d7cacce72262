"""Quantities: the numbers of an article with their bounds, unit and what they count.

``find_quantities(doc)`` reads the spaCy parse, not the NER alone: the small
English model drops qualifiers from CARDINAL entities ("around 500" is tagged
"500"), so numbers are found token by token and their qualifiers, units,
counted entity and measure are read from the neighbouring tokens and the
dependency tree.

* value: digits ("14,000", "1.5"), digits with a scale ("1.5 million",
  "$3m", "5bn"), number words through ``text2num`` ("twenty thousand"),
  ranges ("between 5,000 and 6,000", "5 to 6 million", "10-15"), and vague
  plurals ("dozens", "hundreds of", "tens of thousands") read as lower bounds.
* bounds: qualifiers from ``data/quantity_qualifiers.en.txt``: "over", "more
  than" give ``low``; "up to", "fewer than" give ``high``; "around", "some",
  "nearly" make the value approximate (``change`` "~").
* change: "=" exact, "~" approximate, ">" / "<" bounds, "up" / "down" when
  the number is the size of an increase or a decrease ("rose 5%", "a 12
  percent drop"; "rose to 75" is a level, not a change).
* unit: ``data/units.en.txt`` (currency symbols and names become ISO codes).
* entity and measure: the counted noun phrase ("Kremlin servicemen") and
  what happened to it ("killed", "death toll", "bodies returned"); measures
  fall into canonical groups (``measure_group``) from ``data/measures.en.txt``.

Not counts: calendar years, dates and clock times, ordinals, phone numbers,
numbers in names ("Apollo 11", "Windows 10", "COVID-19").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimscope import types as t
from claimscope.domain.measures import measure_group, population_of
from claimscope.extract.base import Component
from claimscope.extract.quantities.reader import find_quantities
from claimscope.extract.quantities.tables import changes, qualifiers, scales, units

__all__ = [
    "QuantityTagger", "changes", "find_quantities", "make_quantity_tagger", "measure_group", "population_of",
    "qualifiers", "scales", "units",
]


class QuantityTagger(Component):
    """Writes ``doc._.quantities`` (a list of :class:`claimscope.types.Quantity`)."""

    def find(self, doc: Doc) -> list[t.Quantity]:
        return find_quantities(doc)

    def set_annotations(self, doc: Doc, found: list[t.Quantity]) -> None:
        doc._.quantities = found


@Language.factory(
    "claimscope_quantities",
    requires=["token.dep", "token.tag", "doc.sents"],
    assigns=["doc._.quantities"],
)
def make_quantity_tagger(nlp: Language, name: str) -> QuantityTagger:
    return QuantityTagger(nlp, name)
