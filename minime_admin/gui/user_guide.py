"""Help › User guide: a short guide for the office in the UI language.

The texts are translatable strings (context ``UserGuide``) rather than HTML files, so the
Latvian guide goes through the same translation check as every other text; this module only
lays them out as headings, paragraphs and a numbered list.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from minime_admin.errors import QT_TRANSLATE_NOOP

CONTEXT = "UserGuide"

PLAIN, TERMS, STEPS = "plain", "terms", "steps"

# (heading, paragraphs, layout): TERMS paragraphs start "Name: ...", the name shown bold;
# STEPS are numbered, to be done in order.
SECTIONS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        QT_TRANSLATE_NOOP("UserGuide", "What each page is for"),
        (
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Inbox: every request a person makes about their data, with its due date. "
                "Overdue requests are red and those due within a week amber; select one to "
                "see the person's own words, its timeline and the steps it may take next.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Customers: find a person by name, e-mail, phone, address or order number "
                "and see everything the shop holds about them. The app asks why you open a "
                "customer and writes it in the audit log.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Breaches: record a personal data breach as soon as you learn of it. The page "
                "shows how many of the 72 hours for telling the Data State Inspectorate are "
                "left, and prepares the notices a manager signs off.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Shop data: bring in customers and orders from the shop, newsletter lists and "
                "web-server logs, so that searches, copies and erasures cover all the data.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Reports: how requests were handled per month, with charts; the records of "
                "processing (Art. 30) with the fields the office writes; and the inspection "
                "pack a manager signs for the Data State Inspectorate.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Audit log: who looked at or changed whose data, when and why. The Verify "
                "chain button checks that no entry was altered or removed.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Settings: the language, your staff profile, the users, the deadlines and "
                "holidays, the letterhead and the shop connection.",
            ),
        ),
        TERMS,
    ),
    (
        QT_TRANSLATE_NOOP("UserGuide", "The first day"),
        (
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Open the office database; on the very first start the app offers to create it.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "When the database is created, the app shows its recovery key once. Save the "
                "recovery sheet, print it and keep it locked away: it is the only way to open "
                "the data on another computer.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "At the first start the app asks for the database's first manager (name, "
                "title and password), then for your own name and title, which your letters "
                "are signed with. No letter is made until you have said who you are; your name "
                "can be changed later in Settings › Staff profile.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "The manager adds the office's users with Settings › Users…; a manager's "
                "password is needed to sign off breach notices.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Fill in the letterhead in Settings, so that every letter carries the shop's "
                "name and contact details.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Connect the shop in Settings › Shop and test the connection, then bring in "
                "its data on the Shop data page.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Set up the office mailbox in Settings › Mailbox and test the connection: "
                "letters are then sent by e-mail from the letter dialog, each recorded once "
                "the mail server has accepted it.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "In Settings › Deadlines, add any one-off public holiday the government "
                "declares; the usual Latvian holidays are already known.",
            ),
        ),
        STEPS,
    ),
    (
        QT_TRANSLATE_NOOP("UserGuide", "Mail in and out"),
        (
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Fetch mail in the inbox reads the new messages in the office mailbox's folder, "
                "and while the app is open it does so on its own as often as Settings › Mailbox "
                "says. Each message is proposed as a request in the same confirmation as a dropped "
                "e-mail file: open it as a request or set it aside. Bounces and automatic replies "
                "are listed as skipped, not proposed.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Nothing is deleted from the mail server, and nothing there is marked read. With a "
                "folder set under “Copy fetched mail to”, each message the app takes is also "
                "copied there; the original stays where it arrived. A message is taken only once, "
                "however often mail is fetched.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Send by e-mail in the letter dialog sends the letter as a PDF to the requester's "
                "address, from the office's address, and files it on the request's timeline only "
                "once the mail server has accepted it. If the app stopped at that very moment, it "
                "asks before sending that letter again: look in the office's sent folder first.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "Export packages are never sent by e-mail: hand them over by one of the ways the "
                "export wizard offers.",
            ),
        ),
        PLAIN,
    ),
    (
        QT_TRANSLATE_NOOP("UserGuide", "Where the deadlines come from"),
        (
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "A request must be answered within one month of the day it was received "
                "(GDPR Article 12(3)). The day of receipt is not counted, and a deadline that "
                "falls on a weekend or a Latvian public holiday moves to the next working "
                "day.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "The deadline may be extended once, by two more months, and only within the "
                "first month; the person must be told why. Each due date shows how it was "
                "counted, and the office's own target (14 days unless changed) is shown "
                "beside it.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "A breach must be reported to the Data State Inspectorate within 72 hours of "
                "the moment the shop became aware of it.",
            ),
        ),
        PLAIN,
    ),
    (
        QT_TRANSLATE_NOOP("UserGuide", "When something goes wrong"),
        (
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "A message you expected, such as refused input or a missing file, says in one "
                "sentence what happened: correct it and try again.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "An unexpected error names a report for the developers: check whether your "
                "last step was done before you repeat it, and send them the report, which "
                "holds no personal data.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "If this computer no longer opens the database, do not create a new one: "
                "type the recovery key from the recovery sheet when the app asks for it.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "If the app says the database file is damaged, stop working in it and "
                "restore the file from your latest backup copy.",
            ),
            QT_TRANSLATE_NOOP(
                "UserGuide",
                "If checking the audit log finds a broken chain, tell the manager at once: an "
                "entry may have been altered.",
            ),
        ),
        PLAIN,
    ),
)


TITLE = QT_TRANSLATE_NOOP("UserGuide", "User guide")
CLOSE = QT_TRANSLATE_NOOP("UserGuide", "Close")


def _translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def guide_html() -> str:
    """The whole guide as simple HTML, in the UI language."""
    parts = [f"<h2>{escape(_translate(TITLE))}</h2>"]
    for heading, paragraphs, layout in SECTIONS:
        parts.append(f"<h3>{escape(_translate(heading))}</h3>")
        texts = [escape(_translate(text)) for text in paragraphs]
        if layout == STEPS:
            parts.append("<ol>" + "".join(f"<li>{text}</li>" for text in texts) + "</ol>")
        elif layout == TERMS:
            parts.extend(_term(text) for text in texts)
        else:
            parts.extend(f"<p>{text}</p>" for text in texts)
    return "\n".join(parts)


def _term(text: str) -> str:
    name, colon, rest = text.partition(": ")
    return f"<p><b>{name}</b>{colon}{rest}</p>" if colon else f"<p>{text}</p>"


class UserGuideDialog(QDialog):
    """Non-modal, so the guide can stay open beside the window it describes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(760, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_translate(TITLE))
        self.browser.setHtml(guide_html())
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(_translate(CLOSE))

    def text(self) -> str:
        return self.browser.toPlainText()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
