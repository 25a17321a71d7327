"""Which importer takes a file dropped on (or chosen on) the Shop data page (issue #12).

A .csv is a newsletter audience export when its header is Mailchimp's or MailerLite's, else
a shop export: customers or orders, as the recognised preset says, else as the mapping
remembered for files of that header, else as the user says (and the mapping dialog). A
zip is a newsletter export (Mailchimp's). A
web-server log is known by its name: access.log, access.log.1, .gz ... Only the header is
read here; the importer checks the whole file when it runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from minime_admin.domain.import_runs import ImportSource
from minime_admin.domain.newsletter import ListFormat
from minime_admin.errors import KnownError
from minime_admin.importers import csv_presets
from minime_admin.importers.csv_import import Mapping
from minime_admin.importers.csv_presets import Kind
from minime_admin.importers.newsletter import formats_of, open_export
from minime_admin.importers.tables import open_table
from minime_admin.services import csv_import

# name.log, name.log.3, name.log-20261125 (logrotate's dateext), each maybe .gz; any .gz.
_LOG_NAME = re.compile(r"(\.log([.-]\d+)?(\.gz)?|\.gz)$", re.IGNORECASE)


@dataclass(frozen=True)
class CsvGuess:
    source: ImportSource  # CSV or NEWSLETTER
    kind: Kind | None = None  # a shop export: the recognised preset's kind
    preset: str = ""  # a shop export: the recognised preset's name
    formats: tuple[ListFormat, ...] = ()  # a newsletter list: one, or both (ask which)
    header: tuple[str, ...] = ()


def sniff_csv(path: Path) -> CsvGuess:
    """What ``path`` is, from its header; raises NotATable for a file that is no table."""
    header = open_table(path).header
    preset = csv_presets.detect(header)
    if preset is not None:
        return CsvGuess(ImportSource.CSV, preset.kind, preset.name, header=header)
    formats = formats_of(header)
    if formats:
        return CsvGuess(ImportSource.NEWSLETTER, formats=formats, header=header)
    return CsvGuess(ImportSource.CSV, header=header)


def sniff_zip(path: Path) -> tuple[ListFormat, ...]:
    """The services whose audience export this zip is (Mailchimp's holds a CSV per status);
    raises the KnownError of the first service when it is neither's."""
    found, refusal = [], None
    for format in ListFormat:
        try:
            open_export(path, format)  # reads the headers only
        except KnownError as error:
            refusal = refusal or error
        else:
            found.append(format)
    if not found:
        assert refusal is not None
        raise refusal
    return tuple(found)


def remembered_mapping(session: Session, header: tuple[str, ...]) -> Mapping | None:
    """The mapping a real run last used for a file with this header, of either kind."""
    for kind in Kind:
        found = csv_import.remembered(session, header, kind)
        if found is not None:
            return found
    return None


def is_log_name(path: Path) -> bool:
    return bool(_LOG_NAME.search(path.name))
