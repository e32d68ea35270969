"""A part of the main window built after its first frame (widgets/window/window_parts.py)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class DeferredPart(Generic[T]):
    """A window attribute read from `window.parts`: asking for one before the parts exist builds
    them on the spot (the window's `parts` property does)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, window: None, owner: type) -> DeferredPart[T]: ...
    @overload
    def __get__(self, window: object, owner: type | None = None) -> T: ...
    def __get__(self, window: Any, owner: type | None = None) -> T | DeferredPart[T]:
        if window is None:
            return self
        part: T = getattr(window.parts, self._name)
        return part
