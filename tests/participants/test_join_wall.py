"""The join code on the wall: shown while sharing and chosen, hidden otherwise, large and crisp."""

from __future__ import annotations

from pathlib import Path

import segno
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from tests.conftest import save_screenshot
from tests.one_screen import answer_one_screen_question
from tests.participants.room_support import make_file
from tests.participants.sharing_ui_support import loop
from widgets.participants.join_overlay import JoinOverlay
from widgets.participants.sharing_controller import SharingController
from widgets.projector.projector_window import ProjectorWindow

__all__ = ["loop"]  # fixture


def dark(image: QImage, x: int, y: int) -> bool:
    return QColor(image.pixel(x, y)).lightness() < 80


def assert_crisp_qr(image: QImage, overlay: JoinOverlay) -> None:
    """The QR code where the card says: whole pixels per module, and its finder pattern in place."""
    rect = overlay.qr_rect().translated(overlay.mapTo(overlay.window(), overlay.rect().topLeft()))
    left, top, side = rect.x(), rect.y(), rect.width()
    modules = int(segno.make(overlay.url, error="m", micro=False).symbol_size(border=4)[0])
    assert side % modules == 0, "every module a whole number of pixels"
    module = side // modules
    assert module >= 3
    # Crisp: every pixel of a module is the same, including its edge pixels (no grey seams).
    for x in range(left + 4 * module, left + 11 * module):
        assert dark(image, x, top + 4 * module) and dark(image, x, top + 5 * module - 1)
    at = lambda mx, my: dark(image, round(left + (mx + 0.5) * module), round(top + (my + 0.5) * module))  # noqa: E731
    assert not at(1, 1), "quiet zone is light"
    assert at(4, 4) and at(10, 4) and at(4, 10), "outer ring of the finder is dark"
    assert not at(5, 5), "inner ring is light"
    assert at(7, 7), "the centre is dark"


def sharing_controller(qtbot, window) -> SharingController:
    controller = SharingController(undo_stack=window.undo_stack, jobs=window.jobs, parent=window)
    controller.host, controller.port = "127.0.0.1", 0
    window.projector.audience_opened.connect(lambda audience: controller.attach_wall(audience.join_overlay))
    controller.set_document(window.document)
    with qtbot.wait_signal(controller.started, timeout=10_000):
        controller.start()
    return controller


def test_the_wall_shows_the_join_code_while_sharing_and_chosen(qtbot, loop, window, tmp_path: Path) -> None:
    assert window.open_path(make_file(tmp_path / "vegg.samskap"))
    controller = sharing_controller(qtbot, window)
    window.projector.start()
    answer_one_screen_question(window)
    audience = window.projector.audience
    qtbot.waitUntil(audience.isVisible)
    overlay = audience.join_overlay
    qtbot.waitUntil(overlay.isVisible)
    assert overlay.url == controller.join_url()
    height = audience.height()
    assert overlay.qr_rect().width() >= 0.4 * height, "the code is large for the back row"
    assert_crisp_qr(audience.grab().toImage(), overlay)
    assert overlay.geometry().top() > 0 and overlay.parentWidget() is not audience, "below the step and timer"

    controller.wall_action.setChecked(False)
    assert not overlay.isVisible(), "the facilitator hid it"
    controller.wall_action.setChecked(True)
    assert overlay.isVisible()
    controller.stop()
    assert not overlay.isVisible(), "no sharing, no code"
    qtbot.waitUntil(lambda: not controller.closing)
    window.projector.stop()


def test_screenshot_of_the_wall_with_the_join_code(qtbot, loop, tmp_path: Path) -> None:
    from app.document import WorkshopDocument
    from app.storage.workshop_file import WorkshopFile
    from widgets.common.fonts import install_fonts

    install_fonts()
    document = WorkshopDocument.open(WorkshopFile.open(make_file(tmp_path / "bilete.samskap")))
    wall = ProjectorWindow(document=document)
    qtbot.addWidget(wall)
    wall.resize(1280, 800)
    wall.show()
    wall.join_overlay.show_join("http://192.168.43.17:8765/j/K7MPQ4")
    qtbot.waitUntil(wall.join_overlay.isVisible)
    overlay = wall.join_overlay
    assert_crisp_qr(wall.grab().toImage(), overlay)
    save_screenshot(wall, "wall-join-code-1280x800")
    wall.resize(1920, 1080)
    qtbot.waitUntil(lambda: overlay.height() > 800 and wall.timer.width() >= wall.timer.sizeHint().width())
    assert_crisp_qr(wall.grab().toImage(), overlay)
    save_screenshot(wall, "wall-join-code-1920x1080")
    wall.detach()
    document.close()
    assert isinstance(overlay, QWidget)
