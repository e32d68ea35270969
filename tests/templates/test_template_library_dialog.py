"""The template library dialog: exercises by phase, plans, text in a chosen language, import and export."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from app.templates.library import TemplateLibrary
from app.templates.reader import read_template
from app.templates.writer import template_data
from tests.conftest import save_screenshot
from widgets.library.template_library_dialog import TemplateLibraryDialog

BUILT_IN = TemplateLibrary()


def make_dialog(qtbot, tmp_path, language="nb"):
    from widgets.common.fonts import install_fonts

    install_fonts()
    dialog = TemplateLibraryDialog(library=TemplateLibrary(tmp_path / "mine"), language=language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def select(dialog, template_id):
    for group in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(group)
        for row in range(top.childCount()):
            value = top.child(row).data(0, 256)
            if getattr(value, "id", None) == template_id:
                dialog.tree.setCurrentItem(top.child(row))
                return
    raise AssertionError(template_id)


def test_the_exercises_are_listed_by_phase_then_the_plans(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path)
    groups = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [g.text(0) for g in groups] == ["Co-initiation", "Co-design", "Co-implementation", "Workshop plans"]
    assert [groups[0].child(i).text(0) for i in range(2)] == [
        "Flokesjekk: er dette en floke?", "Floketre: årsaker og virkninger"]  # fmt: skip
    assert groups[3].childCount() == len(BUILT_IN.plans)
    assert dialog.current_template().id == "floke-check"


def test_the_chosen_language_shows_instructions_notes_and_the_board(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path, language="nn")
    select(dialog, "floke-tree")
    shown = dialog.text.toPlainText()
    exercise = BUILT_IN.exercise("floke-tree")
    assert exercise.room_instructions["nn"] in shown and exercise.facilitator_notes["nn"] in shown
    assert "Røter: kvifor skjer det?" in shown
    save_screenshot(dialog, "template_library_nn_floke_tree")
    dialog.language_box.setCurrentIndex(2)  # Svenska
    assert dialog.current_template().id == "floke-tree"
    assert "Problemträd" in dialog.text.toPlainText()
    select(dialog, "co-creation-day")
    assert "Samskapandedag" in dialog.text.toPlainText() and "Lunch" in dialog.text.toPlainText()
    save_screenshot(dialog, "template_library_sv_plan")


def test_import_adds_a_template_and_markup_in_it_stays_plain_text(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path)
    roles = BUILT_IN.exercise("roles")
    assert roles is not None
    data = template_data(replace(roles, id="mine", languages=("nb",)))
    data["title"]["nb"] = "<b>Roller</b> i Guovdageaidnu: á č đ ŋ š ŧ ž"
    data["room_instructions"]["nb"] = '<img src="/etc/hostname"> <a href="x">klikk</a>'
    shared = tmp_path / "fra-kollega.json"
    shared.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    item = dialog.import_path(shared)

    assert item.id == "mine" and dialog.current_template().id == "mine"
    assert (tmp_path / "mine" / "exercises" / "mine.json").exists()
    shown = dialog.text.toPlainText()
    assert "<b>Roller</b> i Guovdageaidnu: á č đ ŋ š ŧ ž" in shown
    assert '<img src="/etc/hostname">' in shown
    save_screenshot(dialog, "template_library_imported_hostile")


def test_a_refused_import_explains_file_and_field_and_changes_nothing(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "samskap-template/1", "kind": "exercise", "id": "x"}), encoding="utf-8")

    assert dialog.import_path(bad) is None

    box = dialog.findChild(QMessageBox, "problem_dialog")
    qtbot.waitUntil(box.isVisible)
    assert f"{bad}: phase: is missing" in box.text() and f"{bad}: board: is missing" in box.text()
    assert not (tmp_path / "mine").exists()
    box.close()


def test_export_writes_the_chosen_template_to_share(qtbot, tmp_path):
    dialog = make_dialog(qtbot, tmp_path)
    select(dialog, "cross-party-policy-workshop")
    target = tmp_path / "til-kollega.json"
    assert dialog.export_to(target)
    plan, problems = read_template(target.read_bytes(), str(target))
    built_in = BUILT_IN.plan("cross-party-policy-workshop")
    assert built_in is not None
    assert problems == [] and plan == replace(built_in, source=str(target))


def test_the_file_menu_opens_the_library(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("SAMSKAP_TEMPLATE_DIR", str(tmp_path / "templates"))
    window.template_library_action.trigger()
    dialog = window.template_library_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.library.user_folder == tmp_path / "templates"
    assert dialog.tree.topLevelItemCount() == 4
    dialog.close()
