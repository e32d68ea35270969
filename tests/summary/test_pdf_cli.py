"""`samskap pdf FILE -o OUT.pdf`, run as the real program with no display."""

from __future__ import annotations

from pathlib import Path

import pypdf

from tests.test_cli import assert_one_line_error, samskap


def test_pdf_writes_the_summary_of_a_workshop_file(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "oppsummering.pdf"
    result = samskap(tmp_path, "pdf", demo_file, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out}"
    reader = pypdf.PdfReader(out)
    assert reader.metadata.title == "Bo hjemme lengst mulig"
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Máret Ánne Sárá" in text and "Side 2 av" in text
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_pdf_of_a_missing_workshop_fails_in_one_line(tmp_path: Path) -> None:
    result = samskap(tmp_path, "pdf", tmp_path / "nowhere.samskap", "-o", tmp_path / "out.pdf")
    assert "does not exist" in assert_one_line_error(result, 1)
    assert not (tmp_path / "out.pdf").exists()


def test_pdf_onto_a_folder_fails_in_one_line_and_writes_nothing(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out.pdf"
    folder.mkdir()
    result = samskap(tmp_path, "pdf", demo_file, "-o", folder)
    line = assert_one_line_error(result, 1)
    assert "out.pdf" in line and "folder" in line
    assert list(folder.iterdir()) == []


def test_pdf_into_a_missing_folder_fails_in_one_line(demo_file: Path, tmp_path: Path) -> None:
    result = samskap(tmp_path, "pdf", demo_file, "-o", tmp_path / "no" / "out.pdf")
    assert "does not exist" in assert_one_line_error(result, 1)


def test_pdf_of_a_file_that_is_not_a_workshop_fails_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.samskap"
    bad.write_text("not a database")
    result = samskap(tmp_path, "pdf", bad, "-o", tmp_path / "out.pdf")
    assert "not a Samskap workshop" in assert_one_line_error(result, 1)
    assert not (tmp_path / "out.pdf").exists()


def test_pdf_without_an_output_is_a_usage_error(demo_file: Path, tmp_path: Path) -> None:
    assert_one_line_error(samskap(tmp_path, "pdf", demo_file), 2)
