"""Background tasks: results, failures, progress and cancel arrive on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from minime_admin.gui import tasks
from minime_admin.progress import Cancelled, Progress, report


@pytest.fixture(autouse=True)
def drained_pool() -> Iterator[None]:
    yield
    assert tasks.cancel_all_and_wait(10_000)


def test_success_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[str, object, bool]] = []
    gui_thread = threading.current_thread()

    def work(progress: Progress) -> str:
        assert threading.current_thread() is not gui_thread
        for done in range(3):
            report(progress, done, 2)
        return "result"

    def note(kind: str, value: object) -> None:
        seen.append((kind, value, threading.current_thread() is gui_thread))

    task = tasks.Task(
        work,
        on_success=lambda result: note("success", result),
        on_progress=lambda done, total: note("progress", (done, total)),
    )
    with qtbot.wait_signal(task.done, timeout=5000):
        task.start()
    assert seen[-1] == ("success", "result", True)
    assert [value for kind, value, _ in seen if kind == "progress"] == [(0, 2), (1, 2), (2, 2)]
    assert all(on_gui for _, _, on_gui in seen)
    assert not task.running


def test_failure_goes_to_on_failure(qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def work(_progress: Progress) -> None:
        raise ValueError("boom")

    task = tasks.Task(work, on_failure=errors.append)
    with qtbot.wait_signal(task.done, timeout=5000):
        task.start()
    assert isinstance(errors[0], ValueError)


def test_cancel_stops_at_the_next_progress_report(qtbot: QtBot) -> None:
    started, release = threading.Event(), threading.Event()
    outcome: list[str] = []

    def work(progress: Progress) -> None:
        started.set()
        release.wait(5)
        report(progress, 1, 10)  # raises Cancelled: the user said stop
        outcome.append("ran on")

    task = tasks.Task(
        work,
        on_success=lambda _r: outcome.append("success"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    task.start()
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.wait_until(lambda: not task.running, timeout=5000)
    assert outcome == ["cancelled"]


def test_progress_dialog_cancel_button_cancels_the_task(qtbot: QtBot) -> None:
    started, release = threading.Event(), threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        release.wait(5)
        report(progress, 1, 10)

    cancelled: list[bool] = []
    task = tasks.Task(work, on_cancelled=lambda: cancelled.append(True))
    dialog = tasks.ProgressDialog(task, "Working…")
    task.start()
    dialog.show()
    assert started.wait(5)
    cancel_button = dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert task.cancel_requested
    assert dialog.isVisible()  # stays until the work has really stopped
    with qtbot.wait_signal(dialog.destroyed, timeout=5000):  # closes itself when done
        release.set()
    assert cancelled == [True]


def test_cancelled_is_a_plain_exception_for_services() -> None:
    with pytest.raises(Cancelled):
        report(lambda _d, _t: False, 0, 1)
