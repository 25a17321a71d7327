"""Reading a table file (CSV and its kin) the way office tools write them.

Shops, spreadsheets and newsletter services export "CSV" in many shapes: comma, semicolon,
tab or bar separated; UTF-8 with or without a byte-order mark, or windows-1257 from an older
Latvian Excel; cells with line breaks inside quotes. ``open_table`` works out the encoding
and the separator and then streams the rows with the line each starts on, so that a
100,000-row file never sits in memory and every rejected row can be pointed at.

A row that cannot be read (a runaway quote, a cell over the size limit) is yielded as a
``BadRow`` and reading goes on; a file that is not a table at all (binary, no header, an
encoding that fits neither UTF-8 nor windows-1257) raises ``NotATable`` before any row.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError

SAMPLE_BYTES = 64 * 1024
CELL_LIMIT = 1024 * 1024  # a cell larger than this is not a customer's data
DELIMITERS = ",;\t|"
UTF8, WINDOWS_1257 = "utf-8-sig", "windows-1257"

ROW_UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "the row could not be read (a quote that is never closed, or a cell over 1 MB)"
)


class NotATable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not a table file that can be read (CSV, UTF-8 or windows-1257, with a "
        "header row). Nothing was imported.",
    )


@dataclass(frozen=True)
class Row:
    line: int  # where the row starts, 1-based, counting the header as line 1
    cells: tuple[str, ...]


@dataclass(frozen=True)
class BadRow:
    line: int
    reason: str = ROW_UNREADABLE


@dataclass(frozen=True)
class Table:
    path: Path
    encoding: str
    delimiter: str
    header: tuple[str, ...]

    def rows(self) -> Iterator[Row | BadRow]:
        """The rows after the header, streamed; blank lines are skipped."""
        with _reader(self.path, self.encoding, self.delimiter) as reader:
            try:
                next(reader)  # the header, already read by open_table
            except (csv.Error, StopIteration):
                return
            while True:
                start = reader.line_num + 1
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error:
                    yield BadRow(start)
                    continue
                if "".join(cells).strip():  # a blank line: no cell holds anything
                    yield Row(start, tuple(cells))


def open_table(path: Path) -> Table:
    """The file's encoding, separator and header row; raises NotATable."""
    name = path.name
    try:
        with path.open("rb") as stream:
            sample = stream.read(SAMPLE_BYTES)
    except OSError:
        raise NotATable(name=name) from None
    if not sample.strip() or b"\x00" in sample:
        raise NotATable(name=name)
    encoding = _encoding(path)
    if encoding is None:
        raise NotATable(name=name)
    text = _decoded_sample(sample, encoding)
    delimiter = _delimiter(text)
    with _reader(path, encoding, delimiter) as reader:
        try:
            header = tuple(cell.strip() for cell in next(reader))
        except (csv.Error, StopIteration):
            raise NotATable(name=name) from None
    if not any(header):
        raise NotATable(name=name)
    return Table(path, encoding, delimiter, header)


def _encoding(path: Path) -> str | None:
    """UTF-8 when the whole file decodes as UTF-8 (checked in chunks), else windows-1257."""
    for encoding in (UTF8, WINDOWS_1257):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as stream:
                while chunk := stream.read(1024 * 1024):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        except OSError:
            return None
        return encoding
    return None


def _decoded_sample(sample: bytes, encoding: str) -> str:
    # The sample may end inside a multi-byte letter: decode leniently, it is only looked at.
    return sample.decode(encoding, errors="ignore")


def _delimiter(text: str) -> str:
    """The separator the header row holds most of, outside quotes (comma when it has none).

    The header is the one line every export writes plainly; csv.Sniffer, which looks at the
    data too, is misled by semicolons or commas inside addresses."""
    header = _first_record(text)
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _first_record(text: str) -> str:
    """The header row with quoted parts removed (a quoted header may hold a separator)."""
    quoted = False
    kept: list[str] = []
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            break
        elif not quoted:
            kept.append(char)
    return "".join(kept)


@contextmanager
def _reader(path: Path, encoding: str, delimiter: str) -> Iterator[Any]:
    """A csv reader over the decoded file, closed on leaving."""
    csv.field_size_limit(CELL_LIMIT)
    with path.open("r", encoding=encoding, newline="") as stream:
        yield csv.reader(stream, delimiter=delimiter)
