"""The erasure wizard (Art. 17): request and customer → identity → the plan, explained →
a deliberate confirmation → execution in one transaction → done (erasure_finish.py), with
the confirmation letter and the Art. 19 list of partners to inform."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.orm import Session

from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers.labels import ui_locale
from minime_admin.gui.customers.request_choice import resolve
from minime_admin.gui.style import ERROR_COLOUR, error_label, title_font
from minime_admin.gui.wizards.common import Subject, WizardBase, known_message, selectable
from minime_admin.gui.wizards.erasure_finish import ErasureDonePage, ExecutePage
from minime_admin.gui.wizards.pages import IdentityPage, SubjectPage, describe
from minime_admin.gui.wizards.plan_tree import PlanTree, reasons_html
from minime_admin.progress import Progress
from minime_admin.services import erasure, requests, versions
from minime_admin.services.erasure import ErasurePlan


class RequestOfAnother(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Request {reference} is linked to another customer; nothing was erased. Check the "
        "customer number.",
    )


class ErasureWizard(WizardBase):
    erased = Signal(int)  # the customer's number, once the erasure is done

    def __init__(
        self, context: AppContext, subject: Subject | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, subject or Subject(), parent)
        self.setWindowTitle(self.tr("Erase customer data"))
        self.request_id: int | None = self.subject.request_id
        # The customer (and request) as previewed: the finish is refused if a colleague
        # changed one since (#18.4).
        self.seen: tuple[versions.Seen, ...] = ()
        self.plan: ErasurePlan | None = None
        self.subject_page = SubjectPage(self)
        self.identity_page = IdentityPage(
            self,
            self.tr("Record how the person's identity was confirmed: an erasure cannot be "
                    "undone, so be sure it is their own data."),
        )  # fmt: skip
        self.plan_page = PlanPage(self)
        self.confirm_page = ConfirmPage(self)
        self.execute_page = ExecutePage(self)
        self.done_page = ErasureDonePage(self)
        for page in (
            self.subject_page, self.identity_page, self.plan_page, self.confirm_page,
            self.execute_page, self.done_page,
        ):  # fmt: skip
            self.addPage(page)


class PlanPage(QWizardPage):
    """What would happen to every record, before anything changes."""

    def __init__(self, wizard: ErasureWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("The plan"))
        self.setSubTitle(
            self.tr("What will be erased, what is kept cut loose from the person, and what the "
                    "law makes the shop retain. Nothing has changed yet.")
        )  # fmt: skip
        self.who = selectable(QLabel())
        self.loading = QLabel(self.tr("Weighing every record…"))
        self.error = error_label()
        self.tree = PlanTree()
        self.reasons = QTextBrowser()
        self.reasons.setOpenLinks(False)
        self.recipients = selectable(QLabel())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.reasons)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        for widget in (self.who, self.loading, self.error):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.recipients)
        self._asked = 0

    def initializePage(self) -> None:
        self.owner.plan = None
        self.who.setText(describe(self.owner.subject))
        self.loading.show()
        self.error.hide()
        self.tree.clear()
        self.reasons.clear()
        self.recipients.clear()
        self._asked += 1
        asked = self._asked
        customer_id = self.owner.subject.customer_id
        assert customer_id is not None
        chosen = self.owner.chosen_request

        def work(
            session: Session, _progress: Progress
        ) -> tuple[int | None, ErasurePlan, tuple[versions.Seen, ...]]:
            request_id = resolve(session, chosen)
            if request_id is not None:
                linked = requests.get_request(session, request_id)
                if linked.customer_id not in (None, customer_id):
                    raise RequestOfAnother(reference=linked.reference)
            seen = [versions.seen(session, "customer", customer_id)]
            if request_id is not None:
                seen.append(versions.seen(session, "request", request_id))
            return request_id, erasure.plan_erasure(session, customer_id), tuple(seen)

        def planned(result: tuple[int | None, ErasurePlan, tuple[versions.Seen, ...]]) -> None:
            if asked == self._asked:
                self.owner.request_id, self.owner.plan, self.owner.seen = result
                self.show_plan(result[1])

        def refused(error: KnownError) -> None:
            if asked == self._asked:
                self.loading.hide()
                self.error.setText(known_message(error))
                self.error.show()

        self.owner.run(work, planned, refused)
        self.completeChanged.emit()

    def show_plan(self, plan: ErasurePlan) -> None:
        self.loading.hide()
        self.tree.show_plan(plan)
        explained = reasons_html(plan)
        heading = self.tr("Why some records stay")
        self.reasons.setHtml(f"<h4>{heading}</h4>{explained}" if explained else "")
        self.reasons.setVisible(bool(explained))
        if plan.recipients:
            names = ", ".join(r.name for r in plan.recipients)
            self.recipients.setText(
                self.tr("Partners who received the data and are to be told (Art. 19): {names}")
                .format(names=names)
            )  # fmt: skip
        else:
            self.recipients.setText(self.tr("The data was not disclosed to any partner."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.plan is not None


class ConfirmPage(QWizardPage):
    """The deliberate step: a box to tick before "Erase now" is enabled."""

    def __init__(self, wizard: ErasureWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Confirm"))
        self.setSubTitle(self.tr("An erasure cannot be undone."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Erase now"))
        self.who = selectable(QLabel())
        self.who.setFont(title_font(1.1))
        self.summary = selectable(QLabel())
        self.warning = selectable(
            QLabel(
                self.tr(
                    "The erased records leave the database file for good, search no longer "
                    "finds the person, and their requests keep only the reference, the dates "
                    "and a salted hash of the e-mail address."
                )
            )
        )
        self.confirm = QCheckBox(
            self.tr("I have checked the person's identity and the plan; erase their data now.")
        )
        self.confirm.setStyleSheet(f"QCheckBox {{ color: {ERROR_COLOUR}; font-weight: bold; }}")
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        for widget in (self.who, self.summary, self.warning):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        self.confirm.setChecked(False)
        self.who.setText(describe(self.owner.subject))
        counts = {action: sum(n.values()) for action, n in plan.counts().items()}
        locale = ui_locale()
        self.summary.setText(
            self.tr("{erase} records will be erased, {anonymise} anonymised and {retain} "
                    "retained.").format(
                erase=locale.toString(counts["erase"]),
                anonymise=locale.toString(counts["anonymise"]),
                retain=locale.toString(counts["retain"]),
            )
        )  # fmt: skip

    def isComplete(self) -> bool:
        return self.confirm.isChecked()
