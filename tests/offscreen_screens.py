"""Plug and unplug screens of Qt's offscreen platform while the application runs (tests only).

Qt's offscreen plugin can change its screens at run time: its native
interface hands out a `setConfiguration(const QJsonObject &, iface)` function
(qtbase src/plugins/platforms/offscreen/qoffscreencommon.cpp), which diffs
the "screens" list by name and reports real QScreen additions and removals,
exactly as a projector cable does. PySide6 does not wrap that interface, so
this reaches it with ctypes through symbols exported by Qt 6 itself:
QGuiApplication::platformNativeInterface(), the virtual
nativeResourceForIntegration() (its slot found by comparing the base class's
vtable with the base implementation's address), and QByteArray /
QJsonDocument to build the QJsonObject. Itanium C++ ABI (Linux) only.
"""

from __future__ import annotations

import ctypes
import json
from pathlib import Path
from typing import Any

import PySide6

_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
_BUFFER = 64  # bytes for one Qt value object (QByteArray is 24, QJsonDocument and QJsonObject 8)


class OffscreenScreens:
    """Set the offscreen platform's screens; the application sees screenAdded / screenRemoved."""

    def __init__(self) -> None:
        self._gui = ctypes.CDLL(str(_LIB / "libQt6Gui.so.6"))
        self._core = ctypes.CDLL(str(_LIB / "libQt6Core.so.6"))
        get_interface = self._gui._ZN15QGuiApplication23platformNativeInterfaceEv
        get_interface.restype = ctypes.c_void_p
        self._interface = get_interface()
        if not self._interface:
            raise RuntimeError("no platform native interface")
        vtable = self._address(self._gui, "_ZTV24QPlatformNativeInterface") + 16  # past offset-to-top and RTTI
        base_slots = ctypes.cast(vtable, ctypes.POINTER(ctypes.c_void_p))
        wanted = self._address(self._gui, "_ZN24QPlatformNativeInterface28nativeResourceForIntegrationERK10QByteArray")
        slot = next(i for i in range(64) if base_slots[i] == wanted)
        own_vtable = ctypes.cast(self._interface, ctypes.POINTER(ctypes.c_void_p))[0]
        own_slots = ctypes.cast(own_vtable, ctypes.POINTER(ctypes.c_void_p))
        resource_for = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(own_slots[slot])
        name = self._byte_array(b"setConfiguration")
        function = resource_for(self._interface, ctypes.addressof(name))
        if not function:
            raise RuntimeError("this platform plugin cannot change its screens (not offscreen?)")
        self._set_configuration = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(function)

    def set_screens(self, screens: list[dict[str, Any]]) -> None:
        """Make these the screens: each {"name", "x", "y", "width", "height"} (names are identities)."""
        config = {"screens": [{"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0, **s} for s in screens]}
        raw = self._byte_array(json.dumps(config).encode())
        document = ctypes.create_string_buffer(_BUFFER)
        from_json = self._core._ZN13QJsonDocument8fromJsonERK10QByteArrayP15QJsonParseError
        from_json.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
        from_json(document, raw, None)  # returned by value: the result's storage comes first
        obj = ctypes.create_string_buffer(_BUFFER)
        to_object = self._core._ZNK13QJsonDocument6objectEv
        to_object.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        to_object(obj, document)
        # The Qt objects in these buffers are never destroyed: a few bytes leaked per call, in a test.
        self._set_configuration(ctypes.addressof(obj), self._interface)

    def _byte_array(self, data: bytes) -> ctypes.Array:
        buffer = ctypes.create_string_buffer(_BUFFER)
        construct = self._core._ZN10QByteArrayC1EPKcx
        construct.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_ssize_t]
        construct(buffer, data, len(data))
        return buffer

    @staticmethod
    def _address(library: ctypes.CDLL, symbol: str) -> int:
        return ctypes.cast(getattr(library, symbol), ctypes.c_void_p).value or 0


def write_config(path: Path, screens: list[dict[str, Any]]) -> Path:
    """A configfile for QT_QPA_PLATFORM=offscreen:configfile=PATH, read when Qt starts."""
    config = {"screens": [{"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0, **s} for s in screens]}
    path.write_text(json.dumps(config, indent=1))
    return path
