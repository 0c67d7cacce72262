"""The shape every claimscope component shares.

A component finds (``find(doc)``, which must not modify the Doc) and then
writes (``set_annotations(doc, found)``), inside spaCy's error handler so that
``nlp.set_error_handler(...)`` can skip a bad Doc in a batch.  Settings live in
``self.cfg`` (everything from the factory's ``default_config``) and survive
``to_bytes``/``from_bytes`` and ``to_disk``/``from_disk``; state derived from
them (word lists, models) is built in ``configure()``, which runs at
construction and again after loading.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from claimscope import extensions


class Component:
    """Base class of claimscope's pipeline components."""

    def __init__(self, nlp: Language, name: str, **cfg: Any):
        extensions.register()
        self.name = name
        self.cfg = dict(cfg)
        self.configure()

    # -- the two steps ---------------------------------------------------
    def find(self, doc: Doc) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self.set_annotations(doc, self.find(doc))
        except Exception as err:
            error_handler(self.name, self, [doc], err)
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def get_error_handler(self):
        return getattr(self, "_error_handler", None) or _raise_error

    def set_error_handler(self, handler) -> None:
        self._error_handler = handler

    # -- serialization: the settings are the state ------------------------
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"cfg": _plain(self.cfg)})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "Component":
        self.cfg.update(srsly.msgpack_loads(data)["cfg"])
        self.configure()
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", _plain(self.cfg))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "Component":
        self.cfg.update(srsly.read_json(Path(path) / "cfg.json"))
        self.configure()
        return self

    def configure(self) -> None:
        """Recompute derived state after ``cfg`` changed (e.g. after from_bytes)."""


def _plain(value: Any) -> Any:
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value) if isinstance(value, (set, frozenset)) else list(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _raise_error(proc_name, proc, docs, err):
    raise err


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc: spaCy rebuilds the string on every access."""
    text = doc.user_data.get("claimscope_text")
    if text is None:
        text = doc.user_data["claimscope_text"] = doc.text
    return text
