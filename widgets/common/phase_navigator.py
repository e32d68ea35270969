"""The three phases of the workshop and their boards, in order, down the side of the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.commands import AddBoard, MoveBoard, RemoveBoard, RenameBoard
from app.document import Changes, WorkshopDocument
from app.domain.model import PHASES, Board, BoardKind, Phase

_BOARD_ID = Qt.ItemDataRole.UserRole
_PHASE = Qt.ItemDataRole.UserRole + 1


def phase_title(phase: Phase) -> str:
    titles = {
        Phase.CO_INITIATION: QCoreApplication.translate("Phase", "Co-initiation"),
        Phase.CO_DESIGN: QCoreApplication.translate("Phase", "Co-design"),
        Phase.CO_IMPLEMENTATION: QCoreApplication.translate("Phase", "Co-implementation"),
    }
    return titles[phase]


def board_kind_title(kind: BoardKind) -> str:
    titles = {
        BoardKind.FREE: QCoreApplication.translate("BoardKind", "Free board"),
        BoardKind.FLOKE_MAP: QCoreApplication.translate("BoardKind", "Floke map"),
        BoardKind.STAKEHOLDER_MAP: QCoreApplication.translate("BoardKind", "Stakeholder map"),
        BoardKind.IDEA_BOARD: QCoreApplication.translate("BoardKind", "Idea board"),
        BoardKind.ACTION_PLAN: QCoreApplication.translate("BoardKind", "Action plan"),
    }
    return titles[kind]


class PhaseNavigator(QWidget):
    """Lists phases and boards; adding, renaming, reordering and deleting boards are undoable."""

    board_selected = Signal(str)

    def __init__(self, *, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._document: WorkshopDocument | None = None
        self._tree = QTreeWidget()
        self._tree.setHeaderHidden(True)
        self._tree.setRootIsDecorated(False)
        self._tree.setIndentation(14)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._tree.setAccessibleName(self.tr("Phases and boards"))
        self._tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self._tree.itemDoubleClicked.connect(
            lambda item, _column: self.rename_board() if item.data(0, _BOARD_ID) else None
        )
        self._tree.customContextMenuRequested.connect(self._on_tree_context_menu)

        self._shortcuts: dict[QAction, str] = {}
        self.add_action = self._action(self.tr("Add board…"), self.add_board, "Ctrl+Shift+N")
        self.rename_action = self._action(self.tr("Rename board…"), self.rename_board, "")
        self.move_up_action = self._action(self.tr("Move board up"), lambda: self.move_board(-1), "Alt+Up")
        self.move_down_action = self._action(self.tr("Move board down"), lambda: self.move_board(+1), "Alt+Down")
        self.delete_action = self._action(self.tr("Delete board…"), self.delete_board, "")
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action in self.board_actions():
            toolbar.addAction(action)  # a button's size comes from the toolbar's icon size, icon or not
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._tree)
        layout.addWidget(toolbar)
        self._update_enabled()

    def add_icons_and_keys(self) -> None:
        """Give the toolbar's buttons the style's icons and the actions their shortcuts; the window
        calls this after its first frame.

        Python's QStyle class alone takes ~11 ms to make (its dozen enums, hundreds of members),
        the largest single cost before the first frame, and QKeySequence 1.5 ms; the buttons keep
        their size without icons, and no key is pressed before the first frame.
        """
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QStyle

        for action, keys in self._shortcuts.items():
            action.setShortcut(QKeySequence(keys))

        icons = (
            QStyle.StandardPixmap.SP_FileDialogNewFolder,
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            QStyle.StandardPixmap.SP_ArrowUp,
            QStyle.StandardPixmap.SP_ArrowDown,
            QStyle.StandardPixmap.SP_TrashIcon,
        )
        for action, icon in zip(self.board_actions(), icons, strict=True):
            action.setIcon(self.style().standardIcon(icon))

    def board_actions(self) -> list[QAction]:
        return [self.add_action, self.rename_action, self.move_up_action, self.move_down_action, self.delete_action]

    def _action(self, text: str, slot, shortcut: str) -> QAction:
        # Not QAction(text, self): the binding would try the text as an icon's file name first,
        # setting up Qt's icon classes (3 ms) for a first frame that shows no icon.
        action = QAction(self)
        action.setText(text)
        if shortcut:
            self._shortcuts[action] = shortcut  # set with the icons: see add_icons_and_keys
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- the document shown -------------------------------------------------------

    def set_document(self, document: WorkshopDocument | None) -> None:
        if self._document is not None:
            self._document.entities_changed.disconnect(self._on_document_entities_changed)
        self._document = document
        if document is not None:
            document.entities_changed.connect(self._on_document_entities_changed)
        self._rebuild()

    def current_board_id(self) -> str | None:
        item = self._tree.currentItem()
        return item.data(0, _BOARD_ID) if item is not None else None

    def current_phase(self) -> Phase:
        item = self._tree.currentItem()
        return Phase(item.data(0, _PHASE)) if item is not None else Phase.CO_INITIATION

    def select_board(self, board_id: str) -> None:
        for item in self._board_items():
            if item.data(0, _BOARD_ID) == board_id:
                self._tree.setCurrentItem(item)
                return

    def board_ids_in_order(self) -> list[str]:
        return [item.data(0, _BOARD_ID) for item in self._board_items()]

    # -- board commands -------------------------------------------------------------

    def add_board(self, name: str | None = None, kind: BoardKind = BoardKind.FREE) -> str | None:
        if self._document is None or self._document.read_only:
            return None
        phase = self.current_phase()
        if name is None:
            from app.domain.text_limits import TITLE  # when asked: a dialog is no part of the first frame
            from widgets.common.text_limit import ask_text

            name, ok = ask_text(
                self,
                self.tr("Add board"),
                self.tr("Name of the new board in %s:") % phase_title(phase),
                self.tr("New board"),
                TITLE,
            )
            if not ok or not name.strip():
                return None
        board = Board(name=name.strip(), phase=phase, kind=kind, position=len(self._document.boards_in(phase)))
        self._undo_stack.push(AddBoard(document=self._document, board=board))
        self.select_board(board.id)
        return board.id

    def rename_board(self, name: str | None = None) -> None:
        board_id = self.current_board_id()
        if self._document is None or board_id is None or self._document.read_only:
            return
        old = self._document.board(board_id).name
        if name is None:
            from app.domain.text_limits import TITLE
            from widgets.common.text_limit import ask_text

            name, ok = ask_text(self, self.tr("Rename board"), self.tr("New name:"), old, TITLE)
            if not ok:
                return
        if name.strip() and name.strip() != old:
            self._undo_stack.push(RenameBoard(document=self._document, board_id=board_id, name=name.strip()))

    def move_board(self, step: int) -> None:
        board_id = self.current_board_id()
        if self._document is None or board_id is None or self._document.read_only:
            return
        board = self._document.board(board_id)
        target = board.position + step
        if 0 <= target < len(self._document.boards_in(board.phase)):
            self._undo_stack.push(MoveBoard(document=self._document, board_id=board_id, position=target))
            self.select_board(board_id)

    def delete_board(self, *, confirm: bool = True) -> None:
        board_id = self.current_board_id()
        if self._document is None or board_id is None or self._document.read_only:
            return
        board = self._document.board(board_id)
        count = len(self._document.notes_on(board_id))
        if confirm and count:
            from PySide6.QtWidgets import QMessageBox  # set up when first asked, not before the first frame

            answer = QMessageBox.question(
                self,
                self.tr("Delete board"),
                self.tr("Delete the board “%1” and its %2 notes? You can undo this with Ctrl+Z.")
                .replace("%1", board.name)
                .replace("%2", str(count)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._undo_stack.push(RemoveBoard(document=self._document, board_id=board_id))

    # -- internals ----------------------------------------------------------------------

    def _board_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for i in range(self._tree.topLevelItemCount()):
            phase_item = self._tree.topLevelItem(i)
            assert phase_item is not None  # i is below the count
            for j in range(phase_item.childCount()):
                board_item = phase_item.child(j)
                assert board_item is not None  # j is below the count
                items.append(board_item)
        return items

    def _rebuild(self) -> None:
        current = self.current_board_id()
        self._tree.blockSignals(True)
        self._tree.clear()
        if self._document is not None:
            for number, phase in enumerate(PHASES, start=1):
                phase_item = QTreeWidgetItem([f"{number}  {phase_title(phase)}"])
                font = QFont(phase_item.font(0))
                font.setBold(True)
                phase_item.setFont(0, font)
                phase_item.setData(0, _PHASE, phase.value)
                phase_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self._tree.addTopLevelItem(phase_item)
                for board in self._document.boards_in(phase):
                    child = QTreeWidgetItem([board.name])
                    child.setToolTip(0, f"{board.name}\n{board_kind_title(board.kind)}")
                    child.setData(0, _BOARD_ID, board.id)
                    child.setData(0, _PHASE, phase.value)
                    phase_item.addChild(child)
                phase_item.setExpanded(True)
        self._tree.blockSignals(False)
        if current is not None:
            self.select_board(current)
        self._update_enabled()

    def _update_enabled(self) -> None:
        editable = self._document is not None and not self._document.read_only
        on_board = editable and self.current_board_id() is not None
        self.add_action.setEnabled(editable)
        for action in (self.rename_action, self.move_up_action, self.move_down_action, self.delete_action):
            action.setEnabled(on_board)

    def _on_document_entities_changed(self, changes: Changes) -> None:
        if changes.touches(Board):
            self._rebuild()

    def _on_tree_current_item_changed(self, current: QTreeWidgetItem | None, previous) -> None:
        self._update_enabled()
        if current is not None and current.data(0, _BOARD_ID):
            self.board_selected.emit(current.data(0, _BOARD_ID))

    def _on_tree_context_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addActions(self.board_actions())
        menu.exec(self._tree.viewport().mapToGlobal(pos))
