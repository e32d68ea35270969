"""The Windows bundle (issue 16, items 18 and 19): two executables, an icon, a version resource.

build.spec makes `samskap` windowed and `samskap-cli` a console program in one folder; CI
(.ci/run) builds the bundle and runs both. Here: the build's own pieces, which run on any
platform (the .ico drawn from the SVG, the version file), the spec's two executables, and
that a program started without a console (stdout and stderr None) still works.
"""

from __future__ import annotations

import ast
import os
import struct
import subprocess
import sys
import types
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import app
from tests.window.test_app_icon import note_colours

ROOT = Path(__file__).resolve().parent.parent
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def bundle_resources() -> types.ModuleType:
    spec = spec_from_file_location("bundle_resources", ROOT / ".ci" / "bundle_resources.py")
    assert spec is not None and spec.loader is not None
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_ico_holds_the_svg_drawn_at_every_size_windows_asks_for(qapp, tmp_path: Path) -> None:
    out = tmp_path / "samskap.ico"
    subprocess.run([sys.executable, ROOT / ".ci" / "bundle_resources.py", "icon", out], check=True, timeout=60)
    data = out.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), "an ICO file (type 1), not a cursor"
    sizes = []
    for index in range(count):
        width, height, _colours, _reserved, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        size = width or 256
        assert (width, planes, bits) == (height, 1, 32)
        png = data[offset : offset + length]
        assert png.startswith(PNG_SIGNATURE) and len(png) == length
        image = QImage.fromData(png)
        assert (image.width(), image.height()) == (size, size)
        assert note_colours(image) == {"yellow", "blue", "green"}, size
        sizes.append(size)
    assert sizes == [16, 20, 24, 32, 40, 48, 64, 128, 256]


@pytest.mark.parametrize(
    ("exe", "description"), [("samskap.exe", "Samskap"), ("samskap-cli.exe", "Samskap command line")]
)
def test_the_version_resource_is_what_pyinstaller_reads(exe: str, description: str, monkeypatch) -> None:
    # PyInstaller's version classes import pefile and pywin32, which only Windows builds have; making
    # and serialising the structure needs neither.
    import PyInstaller.compat  # type: ignore[import-untyped]

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo  # type: ignore[import-untyped]

    text = bundle_resources().version_file(app.__version__, exe_name=exe, description=description)
    info = eval(text, vars(versioninfo))  # what load_version_info_from_text_file does
    assert isinstance(info, versioninfo.VSVersionInfo)
    assert info.toRaw()  # serialises into the resource
    numbers = [int(part) for part in app.__version__.split(".")] + [0]
    assert info.ffi.fileVersionMS == numbers[0] << 16 | numbers[1]
    assert info.ffi.fileVersionLS == numbers[2] << 16 | numbers[3]
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["OriginalFilename"] == exe
    assert strings["FileDescription"] == description
    assert strings["ProductVersion"] == app.__version__


def test_the_spec_builds_a_windowed_app_and_a_console_cli_into_one_folder() -> None:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)]
    executables = {}
    for call in calls:
        if call.func.id == "executable":  # type: ignore[attr-defined]
            name = ast.literal_eval(call.args[0])
            executables[name] = next(ast.literal_eval(k.value) for k in call.keywords if k.arg == "console")
    assert executables == {"samskap": False, "samskap-cli": True}
    (collect,) = [call for call in calls if call.func.id == "COLLECT"]  # type: ignore[attr-defined]
    assert [a.id for a in collect.args[:2] if isinstance(a, ast.Name)] == ["app_exe", "cli_exe"]


def test_a_program_without_a_console_can_still_write(monkeypatch) -> None:
    """samskap.exe is windowed: Python gives it None for stdout and stderr."""
    from app.__main__ import _streams_even_without_a_console

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    _streams_even_without_a_console()
    sys.stderr.write("details of a crash\n")  # what the crash handler writes before its message box
    sys.stdout.write("Wrote x.pdf\n")


def test_without_a_console_the_commands_still_run_and_fail_with_their_codes(tmp_path: Path) -> None:
    """As the windowed executable runs a command: stdout and stderr closed."""
    env = {**os.environ, "SAMSKAP_SETTINGS": str(tmp_path / "s.ini")}
    run = [sys.executable, "-m", "app"]
    made = subprocess.run([*run, "demo", "-o", tmp_path / "d.samskap"], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=True, timeout=60,
                          preexec_fn=_close_stdout_and_stderr)  # fmt: skip
    assert made.returncode == 0 and (tmp_path / "d.samskap").stat().st_size > 0
    bad = subprocess.run([*run, "--no-such-option"], cwd=ROOT, env=env, stdin=subprocess.DEVNULL, timeout=60,
                         preexec_fn=_close_stdout_and_stderr)  # fmt: skip
    assert bad.returncode == 2


def _close_stdout_and_stderr() -> None:
    os.close(1)
    os.close(2)


@pytest.mark.parametrize(
    ("environment", "lc_ctype"),
    [
        ({}, "C.UTF-8"),  # LANG unset: a container, a cron job
        ({"LANG": "C"}, "C.UTF-8"),
        ({"LANG": "nb_NO.UTF-8"}, None),
        ({"LC_ALL": "C"}, None),  # LC_ALL rules over LC_CTYPE: left as asked, as Python does
    ],
)
def test_the_c_locale_becomes_utf8_before_qt_looks(environment, lc_ctype, monkeypatch) -> None:
    """As `python` does by itself (PEP 538) and the bundle's bootloader does not: otherwise Qt
    prints four lines of warning before the one line a command has to say."""
    from app.__main__ import _utf8_in_the_c_locale

    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("LANG", "LC_ALL", "LC_CTYPE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    _utf8_in_the_c_locale()
    assert os.environ.get("LC_CTYPE") == lc_ctype
