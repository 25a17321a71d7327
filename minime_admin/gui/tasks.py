"""Background operations: run a callable off the GUI thread, hear back on the GUI thread.

After anki's ``CollectionOp``/``QueryOp`` builders and electrum's ``TaskThread``: the work
function gets a ``progress(done, total) -> bool`` callback (False means the user cancelled;
services raise :class:`~minime_admin.progress.Cancelled` then), and the success,
failure and progress callbacks all arrive on the GUI thread through queued signals.

The one rule: **never touch widgets from the worker.** The work function may only call
services in its own unit of work (``database.unit_of_work()``), never a session shared with the GUI
thread, and return plain values. Everything visible happens in the callbacks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from minime_admin.progress import Cancelled, Progress

Work = Callable[[Progress], Any]

# Tasks are kept alive here until their result has been delivered; otherwise a caller that
# drops its reference would let the QObject (and its queued signals) die mid-flight.
_running: set[Task] = set()


class _WorkerSignals(QObject):
    """Emitted from the worker thread; queued to the Task on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    def __init__(self, work: Work, cancelled: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Task owns it
        self.signals = _WorkerSignals()
        self._work = work
        self._cancelled = cancelled

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as error:  # delivered to on_failure, never lost in the pool
            self.signals.failed.emit(error)
        else:
            # Finished work is delivered even if Cancel came too late to stop it: its
            # result may hold a resource (an open database) that the caller must own.
            self.signals.succeeded.emit(result)


class Task(QObject):
    """One background operation. Build it, connect callbacks, then :meth:`start` it.

    ``on_success(result)``, ``on_failure(error)``, ``on_cancelled()`` and
    ``on_progress(done, total)`` are plain callables run on the GUI thread. A failure
    that is a ``Cancelled`` goes to ``on_cancelled`` (or is dropped if there is none).
    """

    progressed = Signal(int, int)
    done = Signal()  # after the result, failure or cancel has been delivered

    def __init__(
        self,
        work: Work,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self._worker = _Worker(work, self._cancelled)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancelled = on_cancelled
        self.running = False
        queued = Qt.ConnectionType.QueuedConnection
        self._worker.signals.progressed.connect(self._deliver_progress, queued)
        self._worker.signals.succeeded.connect(self._deliver_success, queued)
        self._worker.signals.failed.connect(self._deliver_failure, queued)
        if on_progress is not None:
            self.progressed.connect(on_progress)

    def start(self, pool: QThreadPool | None = None) -> Task:
        self.running = True
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(self._worker)
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancelled.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancelled.is_set()

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self.running:
            self.progressed.emit(done, total)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        self._finish()
        if self._on_success is not None:
            self._on_success(result)
        self.done.emit()

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            if self._on_cancelled is not None:
                self._on_cancelled()
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            raise error  # a bug: let the excepthook show it
        self.done.emit()

    def _finish(self) -> None:
        self.running = False
        _running.discard(self)


def cancel_all_and_wait(timeout_ms: int = 30_000) -> bool:
    """On shutdown: ask every running task to stop, then wait for the pool to drain."""
    for task in list(_running):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class ProgressDialog(QProgressDialog):
    """A modal progress dialog with a Cancel button, driven by a :class:`Task`.

    Cancel asks the task to stop; the dialog closes itself when the task is done.
    """

    def __init__(self, task: Task, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("minime-admin")
        self.setLabelText(label)
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)  # busy until the first report says how much there is
        self.setMinimumWidth(420)
        self._task = task
        task.progressed.connect(self._show_progress)
        task.done.connect(self._task_done)
        self.canceled.connect(self._cancel)

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))

    @Slot()
    def _cancel(self) -> None:
        self._task.cancel()
        self.setLabelText(self.tr("Cancelling…"))
        self.show()  # QProgressDialog hides itself on cancel; stay until the work stops

    @Slot()
    def _task_done(self) -> None:
        self.canceled.disconnect(self._cancel)
        self.close()
        self.deleteLater()
