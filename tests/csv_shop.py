"""Invented CSV exports of the shop in the layouts of csv_presets.py (tests and benchmark)."""

from __future__ import annotations

import csv
from pathlib import Path

from minime_admin.importers import csv_presets

FIRST = ("Ģirts", "Līga", "Jānis", "Ērika", "Kārlis", "Anna Marija", "Ņikita", "Zanda")
LAST = ("Ķēniņš-Žūriņa", "Bērziņa", "Kalniņš", "Ozoliņa", "Šņore", "Liepiņa", "Čakste")


def customer(n: int) -> dict[str, str]:
    first, last = FIRST[n % len(FIRST)], LAST[n % len(LAST)]
    return {
        "customer_id": str(1000 + n),
        "first_name": first,
        "last_name": last,
        "email": f"klients{n}@example.lv",
        "date_registered": f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d} 12:{n % 60:02d}:00",
        "billing_first_name": first,
        "billing_last_name": last,
        "billing_email": f"klients{n}@example.lv",
        "billing_phone": f"'+371 2{n % 10_000_000:07d}",
        "billing_address_1": f"Brīvības iela {n % 200 + 1}",
        "billing_address_2": f"dz. {n % 40 + 1}" if n % 3 else "",
        "billing_postcode": f"LV-{1000 + n % 999}",
        "billing_city": "Rīga" if n % 2 else "Liepāja",
        "billing_country": "LV",
        "shipping_address_1": "Ausekļa iela 3" if n % 5 == 0 else "",
        "shipping_city": "Cēsis" if n % 5 == 0 else "",
        "shipping_postcode": "LV-4101" if n % 5 == 0 else "",
        "shipping_country": "LV" if n % 5 == 0 else "",
    }


def order(n: int, owner: int | None, email: str) -> dict[str, str]:
    items = [
        f"id:{n * 10 + i}|name:Bērnu zeķes\\: {i + 1}. pāris|product_id:{50 + i}|sku:ZEK-{i}"
        f"|quantity:{i + 1}|subtotal:{(i + 1) * 4},50|subtotal_tax:0.00|total:4.50|meta:"
        for i in range(n % 3 + 1)
    ]
    return {
        "order_id": str(5000 + n),
        "order_number": str(5000 + n),
        "date": f"2026-{n % 11 + 1:02d}-{n % 28 + 1:02d} 10:15:00",
        "status": ("completed", "processing", "refunded", "on-hold")[n % 4],
        "order_total": f"{n % 90 + 10}.{n % 100:02d}",
        "order_currency": "EUR",
        "customer_id": str(owner) if owner is not None else "0",
        "billing_first_name": FIRST[n % len(FIRST)],
        "billing_last_name": LAST[n % len(LAST)],
        "billing_email": email,
        "billing_phone": "+371 29 000 000",
        "billing_address_1": "Rūpniecības iela 12",
        "billing_city": "Rīga",
        "billing_postcode": "LV-1010",
        "billing_country": "LV",
        "shipping_address_1": "Rūpniecības iela 12",
        "shipping_city": "Rīga",
        "shipping_postcode": "LV-1010",
        "shipping_country": "LV",
        "customer_note": "Lūdzu, zvaniet pirms piegādes.\nPaldies!",
        "line_items": ";".join(items),
    }


def header(preset: csv_presets.Preset) -> list[str]:
    return [spellings[0] for spellings in preset.header]


def write(
    path: Path,
    columns: list[str],
    rows: list[dict[str, str]],
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    with path.open("w", newline="", encoding=encoding) as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([row.get(c, "") for c in columns])
    return path


def customers_file(path: Path, count: int, **options: str) -> Path:
    preset = csv_presets.WOOCOMMERCE_CUSTOMERS
    return write(path, header(preset), [customer(n) for n in range(count)], **options)


def orders_file(path: Path, count: int, customers: int, **options: str) -> Path:
    rows = []
    for n in range(count):
        if n % 4 == 3:  # a guest
            rows.append(order(n, None, f"viesis{n % 5}@example.lv"))
        else:
            who = n % customers
            rows.append(order(n, 1000 + who, f"klients{who}@example.lv"))
    return write(path, header(csv_presets.WOOCOMMERCE_ORDERS), rows, **options)
