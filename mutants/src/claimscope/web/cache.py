"""A least-recently-used map bounded by entry count and by total bytes.

The server keeps recent reports (their JSON bytes) for the report pages and to
answer a repeated request without analysing it again. A count bound alone is
not a memory bound (a report of a 10 MB article is tens of MB), so entries are
weighed by their size. ``functools.lru_cache`` memoizes a synchronous call and
cannot be filled from an asynchronous job nor bounded by size; ``cachetools``
(which can) is not a dependency of the project.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, Hashable, Optional, TypeVar

V = TypeVar("V")


class SizedLRU(Generic[V]):
    """At most ``max_items`` entries of at most ``max_bytes`` together; the least recently used go first.

    An entry larger than ``max_bytes`` on its own is not kept.
    """

    def __init__(self, max_items: int, max_bytes: int):
        self.max_items = max(0, max_items)
        self.max_bytes = max(0, max_bytes)
        self.bytes = 0
        self._data: "OrderedDict[Hashable, tuple[V, int]]" = OrderedDict()

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._data

    def get(self, key: Hashable) -> Optional[V]:
        item = self._data.get(key)
        if item is None:
            return None
        self._data.move_to_end(key)
        return item[0]

    def put(self, key: Hashable, value: V, size: int) -> None:
        old = self._data.pop(key, None)
        if old is not None:
            self.bytes -= old[1]
        if size > self.max_bytes or self.max_items == 0:
            return
        self._data[key] = (value, size)
        self.bytes += size
        while len(self._data) > self.max_items or self.bytes > self.max_bytes:
            _, (_, dropped) = self._data.popitem(last=False)
            self.bytes -= dropped
