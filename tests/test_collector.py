"""The garbage collector is held back for a bulk import and given back as it was."""

from __future__ import annotations

import gc

import pytest

from minime_admin import collector


def test_held_back_while_any_import_runs_and_restored_after() -> None:
    assert gc.isenabled()
    with collector.held_back():
        assert not gc.isenabled()
        with collector.held_back():  # an import inside another (csv → shop import)
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer one still runs
    assert gc.isenabled()


def test_given_back_when_the_import_fails() -> None:
    with pytest.raises(RuntimeError), collector.held_back():
        raise RuntimeError("a batch failed")
    assert gc.isenabled()


def test_left_off_when_it_was_off_before() -> None:
    gc.disable()
    try:
        with collector.held_back():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
