"""The document tests' workshop: the sample workshop in a real file, and the document open on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.document import WorkshopDocument
from app.storage.workshop_file import WorkshopFile
from tests.factories import sample_workshop


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "verkstad.samskap"
    WorkshopFile.create(target, sample_workshop()).close()
    return target


@pytest.fixture
def doc(path: Path) -> Iterator[WorkshopDocument]:
    document = WorkshopDocument.open(WorkshopFile.open(path))
    yield document
    document.close()


@pytest.fixture
def document(doc: WorkshopDocument) -> WorkshopDocument:
    return doc
