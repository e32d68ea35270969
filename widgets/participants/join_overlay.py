"""The join code on the wall: the QR code, the address and the room code, large enough for the back row.

A child of the audience view (widgets/projector/projector_window.py) that
places itself over the right part of the wall and follows the wall's size.
The QR code is drawn from qr.py's SVG with QSvgRenderer at whatever size the
wall has, so its modules stay crisp (no scaled bitmap).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from app.participants.join_address import room_code_of
from app.participants.qr import join_qr_svg

# A phone camera reads a code from about ten times its width. The QR code takes the height
# the card's text leaves: on a 3 m wide wall of 1080 lines about 75 cm, readable from 7 m.
_MAX_WIDTH_SHARE = 0.45  # the board stays visible beside the card
_MARGIN_SHARE = 0.03
_TEXT_SHARE = 0.042  # the address, as large as the wall's step title
_CODE_SHARE = 0.07  # the room code, for typing by hand


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

    def qr_side(self) -> int:
        """The QR code's side: the card's height that the text leaves, at most half the board's width,
        and a whole number of pixels per module, so every module is sharp."""
        area = self._area()
        margin = self._margin()
        gap = margin // 2
        texts = sum(QFontMetrics(font).height() for font, _ in self._texts())
        card = area.height() - 2 * margin
        target = min(card - texts - 5 * gap, _MAX_WIDTH_SHARE * area.width())  # a gap above, below, between
        modules = int(self._renderer.viewBox().width()) if self._renderer is not None else 0
        if modules <= 0:
            return max(0, int(target))
        return max(1, int(target // modules)) * modules

    def place(self) -> None:
        """At the right edge of the wall's board area, its full height but for a margin."""
        area = self._area().rect()
        margin = self._margin()
        widest = max(QFontMetrics(font).horizontalAdvance(text) for font, text in self._texts())
        inner = max(self.qr_side(), widest + margin // 2)  # slack: text advances are fractional
        width = min(inner + 2 * margin, area.width())
        self.setGeometry(QRect(area.right() + 1 - margin - width, margin, width, area.height() - 2 * margin))

    # -- Qt overrides -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._area() and event.type() == QEvent.Type.Resize and not self.isHidden():
            self.place()
        return False

    def rows(self) -> list[tuple[QFont | None, str, QRect]]:
        """What the card holds, top to bottom, centred: (font, text, where); font None is the QR code."""
        margin = self._margin()
        inner = self.width() - 2 * margin
        side = self.qr_side()
        title, *rest = self._texts()
        lines: list[tuple[QFont | None, str]] = [title, (None, ""), *rest]  # None: the QR code
        heights = [side if font is None else QFontMetrics(font).height() for font, _ in lines]
        gap = margin // 2
        top = max(gap, (self.height() - sum(heights) - gap * (len(lines) - 1)) // 2)
        rows: list[tuple[QFont | None, str, QRect]] = []
        for (font, text), height in zip(lines, heights, strict=True):
            if font is None:
                rows.append((font, text, QRect((self.width() - side) // 2, top, side, side)))
            else:
                rows.append((font, text, QRect(margin, top, inner, height)))
            top += height + gap
        return rows

    def qr_rect(self) -> QRect:
        """Where the QR code is drawn, in the card's coordinates."""
        return next(rect for font, _, rect in self.rows() if font is None)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        # A dark edge sets the card apart from a light board and its notes.
        painter.setPen(QPen(QColor("#333333"), max(2, self._margin() // 8)))
        painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.setPen(QColor("#000000"))
        for font, text, rect in self.rows():
            if font is None:
                # No antialiasing: modules on whole pixels, edges a phone's camera finds at once.
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                self._renderer.render(painter, QRectF(rect))
            else:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setFont(font)
                fitted = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, rect.width())
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), fitted)
        painter.end()

    def _area(self) -> QWidget:
        area = self.parentWidget()
        assert area is not None  # made with a parent, never re-parented
        return area

    def _texts(self) -> list[tuple[QFont, str]]:
        return [
            (self._font(_TEXT_SHARE, bold=True), self.tr("Join from your phone")),
            (self._font(_TEXT_SHARE), self.url.removeprefix("http://").rpartition("/j/")[0]),
            (self._font(_CODE_SHARE, bold=True, mono=True), room_code_of(self.url)),
        ]

    def _margin(self) -> int:
        return round(_MARGIN_SHARE * self.window().height())

    def _font(self, share: float, *, bold: bool = False, mono: bool = False) -> QFont:
        # In shares of the whole wall's height, as the wall's own title and timer are.
        font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
        font.setPixelSize(max(8, round(share * self.window().height())))
        font.setBold(bold)
        return font
