"""Shop data in from a CSV export (issue #12): which mapping, then the shared shop import.

The file is read whole into records first (a file that is not a table, or a mapping that
does not fit it, stops the run before anything is written), then written by
``shop_import.import_shop`` in batches: dry run, erased people, search index and the one
audit entry per run work as for the REST import. A mapping chosen by hand (the dialog or
``--mapping``) is remembered per file shape in the database's settings once a real run
has used it, so the same export next month maps itself.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from minime_admin import collector
from minime_admin.domain.actor import Actor
from minime_admin.domain.import_runs import ImportSource
from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError
from minime_admin.importers import csv_presets
from minime_admin.importers.csv_import import Mapping, read_table
from minime_admin.importers.csv_presets import Kind
from minime_admin.importers.tables import Table, open_table
from minime_admin.progress import Progress, report
from minime_admin.services.shop_import import ImportResult, ShopData, import_shop
from minime_admin.store import session as store_session
from minime_admin.store import settings_repo
from minime_admin.store.session import UnitsOfWork

CSV = ImportSource.CSV.value
_PREFIX = "csv_mapping."


class NoMapping(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The columns of {name} are not those of a known export ({presets}) and no mapping "
        "is remembered for them: choose one with --preset NAME or --mapping FILE.",
    )


class PresetKindMismatch(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The preset {preset} reads {preset_kind}, not {kind}."
    )


def remembered(session: Session, header: tuple[str, ...], kind: Kind) -> Mapping | None:
    """The mapping last used for a file with this header, if it was for ``kind``."""
    key = csv_presets.shape(header)
    stored = settings_repo.read_prefixed(session, _PREFIX + key).get("")
    if stored is None:
        return None
    try:
        mapping = Mapping.from_json(stored, key)
    except KnownError:
        return None
    return mapping if mapping.kind is kind else None


def remember(session: Session, header: tuple[str, ...], mapping: Mapping) -> None:
    settings_repo.write_prefixed(session, _PREFIX, {csv_presets.shape(header): mapping.to_json()})


def suggested(session: Session, table: Table, kind: Kind) -> tuple[Mapping | None, str]:
    """What to offer for ``table``: (mapping, where from: a preset's name, "remembered" or "")."""
    preset = csv_presets.detect(table.header, kind)
    if preset is not None:
        return Mapping.of(preset, table.header), preset.name
    mapping = remembered(session, table.header, kind)
    return (mapping, "remembered") if mapping is not None else (None, "")


def choose_mapping(
    units: UnitsOfWork, table: Table, kind: Kind, preset: str | None, mapping: Mapping | None
) -> Mapping:
    """The given preset or mapping, else the detected preset, else the remembered mapping."""
    if mapping is not None:
        return mapping
    if preset is not None:
        chosen = csv_presets.PRESETS[preset]
        if chosen.kind is not kind:
            raise PresetKindMismatch(preset=preset, preset_kind=chosen.kind.value, kind=kind.value)
        return Mapping.of(chosen, table.header)
    with units() as session:
        found, _ = suggested(session, table, kind)
    if found is None:
        raise NoMapping(name=table.path.name, presets=", ".join(csv_presets.PRESETS))
    return found


def import_csv(
    units: UnitsOfWork,
    actor: Actor,
    path: Path,
    kind: Kind,
    mapping: Mapping | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    preset: str | None = None,
) -> ImportResult:
    """Import ``path`` as ``kind``; the page and the command line both call this."""
    table = open_table(path)
    chosen = choose_mapping(units, table, kind, preset, mapping)
    if chosen.kind is not kind:
        raise PresetKindMismatch(preset=path.name, preset_kind=chosen.kind.value, kind=kind.value)
    with units() as session:
        received_at = store_session.now(session)
    with collector.held_back():  # the whole file's records stay alive until the end
        read = read_table(table, chosen, received_at, lambda rows: report(progress, rows, 0))
        data = ShopData(read.customers, read.orders, read.rejections)
        result = import_shop(units, actor, data, CSV, dry_run, progress)
    if mapping is not None and not dry_run:
        with units() as session:
            remember(session, table.header, mapping)
    return result
