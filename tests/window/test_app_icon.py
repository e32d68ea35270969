"""The app's icon (issue 16, item 19): every window shows it from just after the first frame,
so drawing it costs that frame nothing. The Windows .ico made from the same SVG is tested in
tests/test_bundle_resources.py."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel

from tests.conftest import save_screenshot


@pytest.fixture
def own_folders(tmp_path, monkeypatch):
    """Settings and workshops of the app's own start-up in tmp_path; its crash hook undone after."""
    import sys

    monkeypatch.setenv("SAMSKAP_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("SAMSKAP_WORKSHOP_DIR", str(tmp_path / "workshops"))
    monkeypatch.setenv("SAMSKAP_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setenv("SAMSKAP_LANGUAGE", "en")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return tmp_path


def note_colours(image: QImage) -> set[str]:
    """Which of the icon's three note colours (yellow, blue, green) `image` shows."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = QColor.fromRgba(image.pixel(x, y))
            if pixel.alpha() < 200 or pixel.saturation() < 80:
                continue  # background, outline and the lines of text
            hue = pixel.hue()
            if 40 <= hue < 70:
                found.add("yellow")
            elif 140 <= hue < 180:
                found.add("green")
            elif 190 <= hue < 220:
                found.add("blue")
    return found


def test_the_window_gets_the_icon_just_after_its_first_frame(own_folders, demo_file, qtbot):
    from app.__main__ import start_window

    QGuiApplication.setWindowIcon(QIcon())  # as in a fresh process: no earlier test's icon
    _app, window = start_window([str(demo_file)])
    qtbot.addWidget(window)
    assert window.windowIcon().isNull(), "the icon comes after the first frame, not before it"
    qtbot.waitUntil(lambda: not window.windowIcon().isNull())
    for size in (16, 32, 256):
        picture = window.windowIcon().pixmap(size, size).toImage()
        assert picture.width() == size
        assert note_colours(picture) == {"yellow", "blue", "green"}, size
    assert not QGuiApplication.windowIcon().isNull(), "the dialogs opened later have it too"
    window.close()


def test_the_icon_reads_at_every_size_windows_asks_for(qapp):
    from widgets.common.app_icon import SOURCE, app_icon

    assert SOURCE.suffix == ".svg" and SOURCE.is_file()
    sizes = (256, 64, 48, 32, 24, 16)
    sheet = QImage(sum(sizes) + 10 * len(sizes), 266, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#d9d9d9"))  # a light taskbar
    painter = QPainter(sheet)
    x = 5
    for size in sizes:
        picture = app_icon().pixmap(size, size).toImage()
        assert note_colours(picture) == {"yellow", "blue", "green"}, size
        painter.drawImage(x, 5, picture)
        x += size + 10
    painter.end()
    label = QLabel()
    label.setPixmap(QPixmap.fromImage(sheet))
    save_screenshot(label, "app-icon-sizes")
