"""The request figures of a period (issue #20.1): what came in, what was answered and how
fast, what is open now. The arithmetic is domain.request_figures; this reads the rows and
turns the Riga day of each answer out of its instant."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from minime_admin.domain import request_figures as rf
from minime_admin.domain.shop_time import shop_day
from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError
from minime_admin.store import report_repo
from minime_admin.store import session as store_session


class ReportPeriodBackwards(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The report's period must end on or after the day it starts: check the dates."
    )


@dataclass(frozen=True)
class RequestReport:
    start: date
    end: date
    today: date
    total: rf.Figures
    months: list[rf.Figures]  # one per month of receipt, every type together
    rows: list[rf.Figures]  # one per month and type
    types: list[rf.Figures]  # one per type, the whole period
    late: list[rf.LateAnswer]
    days_left: dict[str, int]  # open requests by band of days left (DAYS_LEFT_BANDS)


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ReportPeriodBackwards()


def _fact(row: report_repo.RequestRow) -> rf.RequestFact:
    return rf.RequestFact(
        reference=row.reference,
        type=row.type,
        status=row.status,
        received_on=row.received_on,
        due_on=row.due_on,
        extended=bool(row.extended),
        answered_on=shop_day(row.closed_at) if row.closed_at is not None else None,
        outcome=row.outcome,
        refusal_exception=row.refusal_exception,
        closing_note=row.outcome_text,
    )


def request_report(session: Session, start: date, end: date) -> RequestReport:
    """The figures of the real requests received from ``start`` to ``end`` (both included);
    test requests are left out. Everything is counted in the database grouped (a few
    thousand cells at most, which also name the late answers); only the late answers are
    read one by one, by id. The open requests themselves: open_requests."""
    check_period(start, end)
    today = store_session.today(session)
    cells, late_ids = report_repo.request_cells(session, start, end, today)
    late = [_fact(row) for row in report_repo.late_answer_rows(session, late_ids)]
    return RequestReport(
        start=start,
        end=end,
        today=today,
        total=rf.figures(cells),
        months=rf.grouped(cells, by_month=True, by_type=False),
        rows=rf.grouped(cells, by_month=True, by_type=True),
        types=rf.grouped(cells, by_month=False, by_type=True),
        late=rf.late_answers(late),
        days_left=rf.days_left_bands(cells),
    )


def open_requests(session: Session, start: date, end: date) -> list[rf.OpenRequest]:
    """The period's open real requests as of today, fewest days left first: the list
    behind the report's open figures (``report requests --json``). Tens of thousands at
    worst, so read only when a list is wanted, four columns each, no zone maths."""
    check_period(start, end)
    today = store_session.today(session)
    found = [
        rf.OpenRequest(reference, kind, received_on, due_on, (due_on - today).days)
        for reference, kind, received_on, due_on in report_repo.open_requests(session, start, end)
    ]
    found.sort(key=lambda item: (item.days_left, item.reference))
    return found


def figures_json(figures: rf.Figures) -> dict[str, object]:
    return {
        "month": figures.month or None,
        "type": figures.type or None,
        "received": figures.received,
        "answered": figures.answered,
        "on_time": figures.on_time,
        "late": figures.late,
        "extended": figures.extended,
        "withdrawn": figures.withdrawn,
        "refused_total": figures.refused_total,
        "refused_by_ground": figures.refused,
        "median_days_to_answer": figures.median_days,
        "p90_days_to_answer": figures.p90_days,
        "median_days_allowed": figures.median_allowed,
        "p90_days_allowed": figures.p90_allowed,
        "open_now": figures.open_now,
        "overdue_now": figures.overdue_now,
        "fewest_days_left": figures.fewest_days_left,
    }


def report_json(report: RequestReport, open_now: list[rf.OpenRequest]) -> dict[str, object]:
    return {
        "from": report.start.isoformat(),
        "to": report.end.isoformat(),
        "today": report.today.isoformat(),
        "total": figures_json(report.total),
        "months": [figures_json(f) for f in report.months],
        "rows": [figures_json(f) for f in report.rows],
        "types": [figures_json(f) for f in report.types],
        "late": [
            {
                "reference": item.reference,
                "type": item.type,
                "received": item.received_on.isoformat(),
                "due": item.due_on.isoformat(),
                "answered": item.answered_on.isoformat(),
                "days_late": item.days_late,
                "reason": item.reason,
            }
            for item in report.late
        ],
        "open": [
            {
                "reference": item.reference,
                "type": item.type,
                "received": item.received_on.isoformat(),
                "due": item.due_on.isoformat(),
                "days_left": item.days_left,
            }
            for item in open_now
        ],
        "open_by_days_left": report.days_left,
    }
