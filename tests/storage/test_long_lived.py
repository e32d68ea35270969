"""A workshop's objects are made with the collector off and kept out of collections (app/long_lived.py)."""

from __future__ import annotations

import gc

import pytest

from app import long_lived
from app.storage.workshop_file import WorkshopFile


def test_no_collection_runs_while_long_lived_objects_are_made_and_they_are_frozen_after() -> None:
    collections = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        with long_lived.building():
            made = [[i] for i in range(50_000)]  # far past the collector's threshold of 700
            assert not gc.isenabled()
    finally:
        gc.callbacks.remove(count)
    assert collections == []
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made)


def test_the_collector_is_back_on_after_a_build_that_failed() -> None:
    with pytest.raises(ValueError), long_lived.building():
        raise ValueError("a corrupt row")
    assert gc.isenabled()


def test_opening_a_workshop_leaves_the_collector_on_and_its_model_frozen(demo_file) -> None:
    gc.unfreeze()
    workshop_file = WorkshopFile.open(demo_file)
    try:
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        workshop_file.close()
