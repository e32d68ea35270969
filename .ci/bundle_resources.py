"""What the Windows executables carry besides the code: the icon and the version resource.

    python .ci/bundle_resources.py icon OUT.ico

build.spec runs this at build time: the .ico is drawn with Qt from the one source picture,
assets/icons/samskap.svg (so the icon cannot drift from the window's), and is not committed.
It holds one PNG-compressed image per size Windows asks for (Explorer, the taskbar, Alt+Tab,
high-DPI screens); Windows reads PNG entries since Vista. build.spec also uses
`version_file` for the version resource (Properties > Details) of both executables.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "assets" / "icons" / "samskap.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent square of `size` pixels, as PNG bytes (needs a Qt GUI app)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"bundle_resources: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An .ico file of PNG images by size: ICONDIR, one ICONDIRENTRY each, then the images."""
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # a byte: 0 stands for 256
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def write_ico(out: Path, svg: Path = SVG, sizes: tuple[int, ...] = ICO_SIZES) -> None:
    """Draw `svg` at each size and write the .ico to `out`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a build machine has no display
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(ico_bytes({size: render_png(svg, size) for size in sizes}))


def version_file(version: str, *, exe_name: str, description: str) -> str:
    """The Windows version resource of one executable (what Properties > Details and IT inventory
    tools show), in PyInstaller's version-file format: a Python expression of its
    `PyInstaller.utils.win32.versioninfo` classes. Text, because those classes need `pefile`,
    which only Windows builds install; build.spec writes it and hands the path to EXE()."""
    numbers = tuple(int(part) for part in version.split(".")[:4])
    numbers = numbers + (0,) * (4 - len(numbers))
    strings = {
        "CompanyName": "Samskap",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe_name.removesuffix(".exe"),
        "LegalCopyright": "Samskap contributors",
        "OriginalFilename": exe_name,
        "ProductName": "Samskap",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    # 040904B0 and 1033/1200: US English, Unicode; Windows shows it whatever its display language.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "icon":
        raise SystemExit(__doc__)
    write_ico(Path(sys.argv[2]))
