"""A CSV export of customers or orders → normalised records (importers/records.py).

A ``Mapping`` says which of the file's columns holds each of our fields (a preset from
csv_presets.py, a mapping file, or the one chosen in the mapping dialog). Each row becomes a
record or a ``Rejection`` with its line and reason; the cell rules (formulas, dates, money)
are in csv_values.py. The choices mirror the REST import (woocommerce_mapping.py): the first
and last name fall back to the billing ones, the e-mail to the billing e-mail; customer id 0
or empty is a guest; ``processing`` and ``on-hold`` orders count as pending; an order without
a number takes its id; an item's unit price is its subtotal over its quantity.

What a file does not carry is kept as stored: a row of a file without phone numbers does not
erase a customer's phone (``PersonRecord.kept``). A name in one column (WooCommerce
Analytics) is split at its last space: "Anna Marija Kalniņa" → "Anna Marija" + "Kalniņa"
(Latvian double surnames are hyphenated, double first names are not).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError
from minime_admin.importers import csv_values as values
from minime_admin.importers.csv_presets import FIELDS, REQUIRED, Kind, Preset, normalised
from minime_admin.importers.records import (
    IN_TRASH,
    MISSING_FIELD,
    NO_EMAIL,
    TOO_LONG,
    AddressRecord,
    ItemRecord,
    OrderRecord,
    PersonRecord,
    Rejected,
    Rejection,
)
from minime_admin.importers.tables import BadRow, Row, Table
from minime_admin.importers.woocommerce_mapping import _ORDER_STATES as ORDER_STATES


class MappingFileInvalid(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        '{name} is not a column mapping: it must be a JSON object with "kind" (customers or '
        'orders) and "columns" (each of our fields with the file\'s column name).',
    )


class UnknownField(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "{field} is not a field of a {kind} import.")


class ColumnNotInFile(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "The column {column} is not in {name}.")


class ColumnMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The mapping gives no column for {field}, which every {kind} import needs."
    )


LIMITS = {
    "customer_id": 64,
    "order_id": 64,
    "order_number": 32,
    "first_name": 100,
    "last_name": 100,
    "billing_first_name": 100,
    "billing_last_name": 100,
    "full_name": 201,
    "email": 254,
    "billing_email": 254,
    "phone": 32,
    "billing_phone": 32,
    "username": 100,
    "status": 32,
    "currency": 3,
    "line_items": 100_000,
}
ADDRESS_LIMITS = {"address_1": 200, "address_2": 200, "city": 100, "postcode": 16, "country": 64}


@dataclass(frozen=True)
class Mapping:
    kind: Kind
    columns: dict[str, str]  # our field → the file's column name

    @staticmethod
    def of(preset: Preset, header: tuple[str, ...]) -> Mapping:
        from minime_admin.importers.csv_presets import preset_columns

        return Mapping(preset.kind, preset_columns(preset, header))

    def to_json(self) -> str:
        return json.dumps({"kind": self.kind.value, "columns": self.columns}, ensure_ascii=False)

    @staticmethod
    def from_json(text: str, name: str) -> Mapping:
        try:
            data = json.loads(text)
            kind = Kind(data["kind"])
            columns = data["columns"]
        except (ValueError, TypeError, KeyError):
            raise MappingFileInvalid(name=name) from None
        if not isinstance(columns, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in columns.items()
        ):
            raise MappingFileInvalid(name=name)
        return Mapping(kind, {k: v for k, v in columns.items() if v})


def read_mapping_file(path: Path) -> Mapping:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise MappingFileInvalid(name=path.name) from None
    return Mapping.from_json(text, path.name)


@dataclass
class CsvData:
    customers: list[tuple[int, PersonRecord]] = field(default_factory=list)
    orders: list[tuple[int, OrderRecord]] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


def check(mapping: Mapping, table: Table) -> dict[str, int]:
    """Our field → the column's index in ``table``; raises a KnownError for a bad mapping."""
    known = FIELDS[mapping.kind]
    position = {normalised(h): i for i, h in reversed(list(enumerate(table.header)))}
    found: dict[str, int] = {}
    for ours, theirs in mapping.columns.items():
        if ours not in known:
            raise UnknownField(field=ours, kind=mapping.kind.value)
        index = position.get(normalised(theirs))
        if index is None:
            raise ColumnNotInFile(column=theirs, name=table.path.name)
        found[ours] = index
    for group in REQUIRED[mapping.kind]:
        if not any(name in found for name in group):
            raise ColumnMissing(field=group[0], kind=mapping.kind.value)
    return found


def read_table(
    table: Table,
    mapping: Mapping,
    received_at: datetime,
    progress: Callable[[int], None] | None = None,
) -> CsvData:
    """Every row of ``table`` as a record or a rejection (positions are line numbers).

    ``received_at`` stands in for a customer's unknown sign-up time (kept as stored for a
    customer already here). Raises a KnownError for a mapping that does not fit the file."""
    columns = check(mapping, table)
    reader = _RowReader(mapping.kind, columns, table.header, received_at)
    data = CsvData()
    source = mapping.kind.value
    undecided: list[Row] = []
    for count, row in enumerate(table.rows(), start=1):
        if isinstance(row, BadRow):
            data.rejections.append(Rejection(source, row.line, None, row.reason))
        else:
            _read(reader, row, data, undecided, final=False)
        if progress is not None and count % 1000 == 0:
            progress(count)
    for row in undecided:  # a/b/yyyy dates: the whole column has been seen now
        _read(reader, row, data, [], final=True)
    data.customers.sort(key=lambda item: item[0])
    data.orders.sort(key=lambda item: item[0])
    data.rejections.sort(key=lambda r: r.position)
    return data


def _read(reader: _RowReader, row: Row, data: CsvData, undecided: list[Row], final: bool) -> None:
    try:
        record = reader.read(row.cells, final)
    except values.Undecided:
        undecided.append(row)
        return
    except Rejected as refusal:
        data.rejections.append(
            Rejection(
                reader.kind.value, row.line, reader.ident(row.cells), refusal.reason, refusal.params
            )
        )
        return
    if isinstance(record, OrderRecord):
        data.orders.append((row.line, record))
    else:
        data.customers.append((row.line, record))


class _RowReader:
    def __init__(
        self, kind: Kind, columns: dict[str, int], header: tuple[str, ...], received_at: datetime
    ) -> None:
        self.kind = kind
        self.columns = columns
        self.names = {ours: header[i] for ours, i in columns.items()}  # for the reasons
        self.received_at = received_at
        self.orders = {name: values.DayOrder() for name in ("registered", "date")}
        # What each cell is checked against, worked out once for the file, not per row.
        self.cells = [
            (
                ours,
                index,
                LIMITS.get(ours) or ADDRESS_LIMITS.get(ours.split("_", 1)[-1], 200),
                ours != "line_items",
            )
            for ours, index in columns.items()
        ]
        mapped = set(columns)
        kept = set()
        if not {"first_name", "last_name", "billing_first_name", "full_name"} & mapped:
            kept.add("names")
        if "phone" not in mapped:
            kept.add("phone")
        if not {"billing_address_1", "shipping_address_1"} & mapped:
            kept.add("addresses")
        self.kept = frozenset(kept)

    def ident(self, cells: tuple[str, ...]) -> str | None:
        index = self.columns.get("order_id" if self.kind is Kind.ORDERS else "customer_id")
        if index is None or index >= len(cells):
            return None
        text = cells[index].strip()
        return text if text and len(text) <= 64 and text != "0" else None

    def read(self, cells: tuple[str, ...], final: bool) -> PersonRecord | OrderRecord:
        row = self._cells(cells)
        if self.kind is Kind.ORDERS:
            return self._order(row, final)
        return self._customer(row, final)

    def _cells(self, cells: tuple[str, ...]) -> dict[str, str]:
        """Our field → its cleaned text; refuses formulas and over-long cells."""
        row: dict[str, str] = {}
        width = len(cells)
        clean = values.clean
        # Most rows are clean already (what values.clean gives back unchanged): checked for
        # the row's cells at once, which then skip clean() unless one starts like a formula
        # or with the exporter's apostrophe. A separator in a cell only sends the row the
        # long way, never wrongly the short one.
        joined = _SEPARATOR.join(cells)
        plain = (
            joined.isprintable()
            and "  " not in joined
            and _SEPARATOR + " " not in joined
            and " " + _SEPARATOR not in joined
            and joined[:1] != " "
            and joined[-1:] != " "
        )
        for ours, index, limit, guarded in self.cells:
            if index >= width:
                continue
            text = cells[index]
            if not text:  # clean("") is "": an empty cell, most of a row, costs nothing
                continue
            if not plain or text[0] in _CLEAN_FIRST:
                text = clean(text)
                if not text:
                    continue
            if len(text) > limit:
                raise Rejected(TOO_LONG, field=self.names[ours], limit=limit)
            if guarded and text[0] in values.FORMULA_STARTS and values.is_formula(text):
                raise Rejected(values.FORMULA, field=self.names[ours])
            row[ours] = text
        return row

    def _customer(self, row: dict[str, str], final: bool) -> PersonRecord:
        address = values.email(row.get("email", "")) or values.email(row.get("billing_email", ""))
        if address is None:
            raise Rejected(NO_EMAIL)
        first = row.get("first_name") or row.get("billing_first_name", "")
        last = row.get("last_name") or row.get("billing_last_name", "")
        if not (first or last) and "full_name" in row:
            first, _, last = row["full_name"].rpartition(" ")
            first, last = (first, last) if first else (last, "")
        kept = self.kept
        if "registered" in row:
            created = self._instant(row["registered"], "registered", final)
        else:
            created = self.received_at
            kept = kept | {"created_at"}
        if len(first) > 100 or len(last) > 100:
            raise Rejected(TOO_LONG, field=self.names.get("full_name", "full_name"), limit=100)
        return PersonRecord(
            external_id=_ident(row.get("customer_id", "")),
            first_name=first,
            last_name=last,
            email=address,
            phone=row.get("phone") or None,
            created_at=created,
            username=row.get("username") or None,
            addresses=_addresses(row),
            kept=kept,
        )

    def _order(self, row: dict[str, str], final: bool) -> OrderRecord:
        ident = row.get("order_id", "")
        if not ident:
            raise Rejected(MISSING_FIELD, field=self.names["order_id"])
        status = row.get("status", "").lower().removeprefix("wc-")
        if status == "trash":
            raise Rejected(IN_TRASH)
        if status not in ORDER_STATES:
            raise Rejected(MISSING_FIELD, field=self.names["status"])
        if "date" not in row:
            raise Rejected(MISSING_FIELD, field=self.names["date"])
        placed_at = self._instant(row["date"], "date", final)
        owner = _ident(row.get("customer_id", ""))
        address = values.email(row.get("billing_email", ""))
        if owner is None and address is None:
            raise Rejected(NO_EMAIL)
        if "order_total" not in row:
            raise Rejected(MISSING_FIELD, field=self.names["order_total"])
        total = values.cents(row["order_total"], self.names["order_total"])
        currency = row.get("currency", "EUR").upper()
        if not (len(currency) == 3 and currency.isalpha()):
            raise Rejected(MISSING_FIELD, field=self.names["currency"])
        buyer = PersonRecord(
            external_id=owner,
            first_name=row.get("billing_first_name", ""),
            last_name=row.get("billing_last_name", ""),
            email=address or "",
            phone=row.get("billing_phone") or None,
            created_at=placed_at,
            addresses=_addresses(row),
        )
        return OrderRecord(
            external_id=ident,
            number=row.get("order_number") or ident[:32],
            customer_external_id=owner,
            buyer=buyer,
            placed_at=placed_at,
            status=ORDER_STATES[status],
            completed_at=None,
            total_cents=total,
            currency=currency,
            shipping_address=_one_line(row) or None,
            items=tuple(_items(row.get("line_items", ""), self.names.get("line_items", ""))),
            kept=frozenset({"completed_at"}),
        )

    def _instant(self, text: str, ours: str, final: bool) -> datetime:
        return values.instant(text, self.names[ours], self.orders[ours], final)


_SEPARATOR = "|"
_CLEAN_FIRST = "'" + values.FORMULA_STARTS  # what clean() may change in a plain cell


def _ident(text: str) -> str | None:
    return text if text and text != "0" else None


_ADDRESS_FIELDS = tuple(
    (kind, f"{kind}_address_1", f"{kind}_address_2", f"{kind}_city", f"{kind}_postcode")
    for kind in ("billing", "shipping")
)


def _addresses(row: dict[str, str]) -> tuple[AddressRecord, ...]:
    found = []
    for kind, first_line, second_line, city_field, postcode in _ADDRESS_FIELDS:
        first, second = row.get(first_line), row.get(second_line)
        street = f"{first}, {second}" if first and second else (first or second or "")
        city = row.get(city_field, "")
        if not (street or city):
            continue
        if len(street) > 200:
            raise Rejected(TOO_LONG, field=first_line, limit=200)
        found.append(AddressRecord(kind, street, city, row.get(postcode, ""), _country(row, kind)))
    return tuple(found)


def _country(row: dict[str, str], kind: str) -> str:
    code = row.get(f"{kind}_country", "").upper()
    return code if len(code) == 2 and code.isalpha() else ""


def _one_line(row: dict[str, str]) -> str:
    pieces = [
        row.get("shipping_address_1", ""),
        row.get("shipping_address_2", ""),
        " ".join(t for t in (row.get("shipping_postcode"), row.get("shipping_city")) if t),
        _country(row, "shipping"),
    ]
    return ", ".join(p for p in pieces if p)


_ITEM_SPLIT = re.compile(r"(?<!\\);")
_FIELD_SPLIT = re.compile(r"(?<!\\)\|")
_KEY_SPLIT = re.compile(r"(?<!\\):")


def _unescape(text: str) -> str:
    return re.sub(r"\\([:|;])", r"\1", text).strip()


def _items(cell: str, column: str) -> Iterator[ItemRecord]:
    """The default export's packed ``line_items``: ``key:value|…`` per item, ``;`` between."""
    for chunk in _ITEM_SPLIT.split(cell):
        if not chunk.strip():
            continue
        item: dict[str, str] = {}
        for part in _FIELD_SPLIT.split(chunk):
            key, *rest = _KEY_SPLIT.split(part, maxsplit=1)
            item[_unescape(key)] = _unescape(rest[0]) if rest else ""
        yield _item(item, column)


def _item(item: dict[str, Any], column: str) -> ItemRecord:
    name = " ".join(item.get("name", "").split())
    sku = item.get("sku", "") or (f"product-{item['product_id']}" if item.get("product_id") else "")
    if len(name) > 200 or len(sku) > 64:
        raise Rejected(TOO_LONG, field=column, limit=200 if len(name) > 200 else 64)
    if values.is_formula(values.clean(name)) or values.is_formula(values.clean(sku)):
        raise Rejected(values.FORMULA, field=column)
    quantity_text = item.get("quantity", "1") or "1"
    if re.fullmatch(r"[0-9]{1,6}", quantity_text) is None:
        raise Rejected(MISSING_FIELD, field=column)
    quantity = int(quantity_text)
    subtotal = values.cents(item.get("subtotal", "0") or "0", column)
    return ItemRecord(
        sku=sku,
        product_name=name,
        quantity=quantity,
        unit_price_cents=round(subtotal / quantity) if quantity else subtotal,
    )
