"""The join code on the wall: the QR code, the address and the room code, large enough for the back row.

A child of the audience view (widgets/projector/projector_window.py) that
places itself over the right part of the wall and follows the wall's size.
The QR code is drawn from qr.py's SVG with QSvgRenderer at whatever size the
wall has, so its modules stay crisp (no scaled bitmap).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from app.participants.join_address import room_code_of
from app.participants.qr import join_qr_svg

# A phone camera reads a code from about ten times its width: on a 3 m wide wall of 1080
# lines, a QR of 55 % of the height is about 85 cm, readable from 8 to 10 m.
QR_SHARE = 0.55
_MARGIN_SHARE = 0.03
_TEXT_SHARE = 0.045  # the address, as large as the wall's step title
_CODE_SHARE = 0.075  # the room code, for typing by hand


class JoinOverlay(QWidget):
    """The card on the wall that says how to join; hidden while there is nothing to show."""

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("join_overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.url = ""
        self._renderer: QSvgRenderer | None = None
        parent.installEventFilter(self)  # follows the wall's size
        self.hide()

    def show_join(self, url: str) -> None:
        """Show this join address (and its QR code), or hide the card for ""."""
        self.url = url
        self._renderer = QSvgRenderer(QByteArray(join_qr_svg(url).encode())) if url else None
        self.setVisible(bool(url))
        if url:
            self.place()
            self.raise_()
        self.update()

    def card_size(self) -> tuple[int, int]:
        """The card's width and height for the wall's height."""
        height = self.parentWidget().height()
        margin = round(_MARGIN_SHARE * height)
        qr = round(QR_SHARE * height)
        return qr + 2 * margin, height - 2 * margin

    def place(self) -> None:
        """At the right edge of the wall, the full height but for a margin."""
        wall = self.parentWidget().rect()
        width, height = self.card_size()
        margin = round(_MARGIN_SHARE * wall.height())
        self.setGeometry(QRect(wall.right() - margin - width, margin, width, height))

    # -- Qt overrides -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None:
            return
        wall_height = self.parentWidget().height()
        margin = round(_MARGIN_SHARE * wall_height)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # square modules, sharp edges
        painter.fillRect(self.rect(), QColor("#ffffff"))
        side = self.width() - 2 * margin
        self._renderer.render(painter, QRectF(margin, margin, side, side))
        painter.setPen(QColor("#000000"))
        text_top = margin + side + margin // 2
        address_font = QFont("DejaVu Sans")
        address_font.setPixelSize(max(8, round(_TEXT_SHARE * wall_height)))
        address = self.url.removeprefix("http://").rpartition("/j/")[0]
        code_font = QFont("DejaVu Sans Mono")
        code_font.setPixelSize(max(8, round(_CODE_SHARE * wall_height)))
        code_font.setBold(True)
        lines = ((address_font, address), (code_font, room_code_of(self.url)))
        for font, text in lines:
            painter.setFont(font)
            metrics = painter.fontMetrics()
            fitted = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, self.width() - 2 * margin)
            box = QRect(margin, text_top, self.width() - 2 * margin, metrics.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), fitted)
            text_top += metrics.height() + margin // 3
        painter.end()
