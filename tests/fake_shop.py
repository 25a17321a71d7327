"""A fake WooCommerce shop on 127.0.0.1 for the import tests: the REST API v3 list endpoints
in the documented shape (as the API reference's customers and orders examples show them),
invented Latvian data, and switches for the ways a real shop fails."""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

KEY, SECRET = "ck_test_key", "cs_test_secret"
FIRST = ["Ģirts", "Ērika", "Jānis", "Līga", "Aivars", "Ilze", "Kārlis", "Zane", "Mārtiņš", "Ieva"]
LAST = ["Ķēniņš-Žūriņa", "Bērziņa", "Kalniņš", "Ozoliņa", "Liepiņš", "Krūmiņa", "Vītols"]
STATES = ["completed", "completed", "processing", "refunded", "cancelled", "on-hold", "failed"]
AGENT = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def address(n: int, email: str | None = None) -> dict[str, Any]:
    part: dict[str, Any] = {
        "first_name": FIRST[n % len(FIRST)],
        "last_name": LAST[n % len(LAST)],
        "company": "",
        "address_1": f"Brīvības iela {n % 200 + 1}",
        "address_2": "",
        "city": "Rīga",
        "state": "",
        "postcode": f"LV-{1000 + n % 90:04d}",
        "country": "LV",
    }
    if email is not None:
        part.update(email=email, phone=f"+371 2{n:07d}"[:16])
    return part


def customer(ident: int, n: int) -> dict[str, Any]:
    email = f"klients{ident}@example.lv"
    created = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(hours=n)
    return {
        "id": ident,
        "date_created": _stamp(created + timedelta(hours=2)),
        "date_created_gmt": _stamp(created),
        "date_modified": _stamp(created),
        "date_modified_gmt": _stamp(created),
        "email": email,
        "first_name": FIRST[n % len(FIRST)],
        "last_name": LAST[n % len(LAST)],
        "role": "customer",
        "username": f"klients{ident}",
        "billing": address(n, email),
        "shipping": address(n),
        "is_paying_customer": True,
        "avatar_url": "https://secure.gravatar.com/avatar/x?s=96",
        "meta_data": [],
        "_links": {"self": [{"href": f"https://example.com/wp-json/wc/v3/customers/{ident}"}]},
    }


def order(ident: int, n: int, owner: dict[str, Any] | None, guest_email: str) -> dict[str, Any]:
    placed = datetime(2025, 3, 1, tzinfo=UTC) + timedelta(hours=(n * 97) % (24 * 600))
    status = STATES[n % len(STATES)]
    items = [
        {
            "id": ident * 10 + k,
            "name": f"Bērnu zābaki &ndash; izmērs {20 + k}",
            "product_id": 90 + k,
            "variation_id": 0,
            "quantity": k + 1,
            "subtotal": f"{(k + 1) * 12.5:.2f}",
            "total": f"{(k + 1) * 12.5:.2f}",
            "sku": f"ZB-{k}" if k else "",
            "price": 12.5,
        }
        for k in range(1 + n % 3)
    ]
    total = sum(float(i["subtotal"]) for i in items) + 3.0
    billing = owner["billing"] if owner else address(n, guest_email)
    refunds = [{"id": ident + 90000, "reason": "", "total": f"-{total:.2f}"}]
    return {
        "id": ident,
        "parent_id": 0,
        "number": str(ident),
        "status": status,
        "currency": "EUR",
        "date_created": _stamp(placed + timedelta(hours=2)),
        "date_created_gmt": _stamp(placed),
        "date_modified": _stamp(placed + timedelta(hours=2)),
        "date_modified_gmt": _stamp(placed),
        "total": f"{total:.2f}",
        "customer_id": owner["id"] if owner else 0,
        "customer_ip_address": f"10.1.{n % 250}.{n % 200 + 1}",
        "customer_user_agent": AGENT,
        "customer_note": "",
        "billing": billing,
        "shipping": {k: v for k, v in billing.items() if k not in ("email", "phone")},
        "payment_method": "bacs",
        "payment_method_title": "Tiešais bankas pārskaitījums",
        "transaction_id": f"LV-{ident:08d}" if n % 2 else "",
        "date_paid_gmt": None if status in ("pending", "failed", "on-hold") else _stamp(placed),
        "date_completed_gmt": _stamp(placed + timedelta(days=2)) if status == "completed" else None,
        "line_items": items,
        "refunds": refunds if status == "refunded" else [],
        "meta_data": [],
    }


def generate(customers: int, orders: int, guests: int) -> tuple[list[Any], list[Any]]:
    people = [customer(100 + n, n) for n in range(customers)]
    sold = []
    for n in range(orders):
        owner = people[n % len(people)] if people and n % 4 else None
        sold.append(order(5000 + n, n, owner, f"viesis{n // 4 % max(guests, 1)}@example.lv"))
    return people, sold


@dataclass
class FakeShop:
    customers: list[Any] = field(default_factory=list)
    orders: list[Any] = field(default_factory=list)
    # Answers to give instead of the data, one per request, then the data: an HTTP status,
    # "html", "truncated" or "slow" (a second's wait); ``always`` repeats one forever.
    planned: list[int | str] = field(default_factory=list)
    always: int | str | None = None
    total_pages_header: bool = True
    link_base: str | None = None  # where Link rel="next" points, when not at this shop
    requests: list[str] = field(default_factory=list)
    served: dict[str, int] = field(default_factory=dict)  # records sent, per resource
    url: str = ""

    def touch(self, record: dict[str, Any], moment: datetime) -> None:
        """Change a record's modification time, as WooCommerce does when it is saved."""
        record["date_modified_gmt"] = _stamp(moment)
        record["date_modified"] = _stamp(moment + timedelta(hours=2))

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urllib.parse.urlsplit(handler.path)
        self.requests.append(handler.path)
        expected = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
        if handler.headers.get("Authorization") != expected:
            return _send(handler, 401, {"code": "woocommerce_rest_cannot_view"})
        failure = self.planned.pop(0) if self.planned else self.always
        if failure == "slow":
            time.sleep(1.0)
        if failure == "html":
            return _send_raw(handler, 200, b"<!DOCTYPE html><html>Maintenance</html>", "text/html")
        if isinstance(failure, int):
            return _send(handler, failure, {"code": "error"})
        resource = parts.path.rsplit("/", 1)[-1]
        rows = {"customers": self.customers, "orders": self.orders}.get(resource)
        if rows is None or not parts.path.startswith("/wp-json/wc/v3/"):
            return _send(handler, 404, {"code": "rest_no_route"})
        query = urllib.parse.parse_qs(parts.query)
        if resource == "orders" and "modified_after" in query:
            rows = _modified_after(rows, query)
        per_page = int(query.get("per_page", ["10"])[0])
        page = int(query.get("page", ["1"])[0])
        pages = max(1, -(-len(rows) // per_page))
        chosen = sorted(rows, key=_by_id)[(page - 1) * per_page : page * per_page]
        headers = {"X-WP-Total": str(len(rows))}
        if self.total_pages_header:
            headers["X-WP-TotalPages"] = str(pages)
        if page < pages:
            following = urllib.parse.urlencode(
                {**{k: v[0] for k, v in query.items()}, "page": page + 1}
            )
            headers["Link"] = f'<{self.link_base or self.url}{parts.path}?{following}>; rel="next"'
        self.served[resource] = self.served.get(resource, 0) + len(chosen)
        body = json.dumps(chosen, ensure_ascii=False).encode()
        if failure == "truncated":
            body = body[: len(body) // 2]
        _send_raw(handler, 200, body, "application/json; charset=UTF-8", headers)


def _by_id(record: dict[str, Any]) -> tuple[bool, int, str]:
    """Ids in order; a broken (non-numeric) id after them, as the tests plant one."""
    ident = record["id"]
    return (not isinstance(ident, int), ident if isinstance(ident, int) else 0, str(ident))


def _modified_after(rows: list[Any], query: dict[str, list[str]]) -> list[Any]:
    """Orders modified strictly after the ISO 8601 limit (orders-api.md): compared with the
    GMT dates when dates_are_gmt is true, else with the site's own (here UTC+2)."""
    limit = datetime.fromisoformat(query["modified_after"][0])
    gmt = query.get("dates_are_gmt", ["false"])[0] in ("true", "1")
    if limit.tzinfo is not None:  # an offset in the value itself wins
        limit = limit.astimezone(UTC).replace(tzinfo=None)
        gmt = True
    field_name = "date_modified_gmt" if gmt else "date_modified"
    return [r for r in rows if datetime.fromisoformat(r[field_name]) > limit]


def _send(handler: BaseHTTPRequestHandler, status: int, value: Any) -> None:
    _send_raw(handler, status, json.dumps(value).encode(), "application/json")


def _send_raw(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    kind: str,
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", kind)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


@contextmanager
def running(shop: FakeShop, protocol: str = "HTTP/1.0") -> Iterator[FakeShop]:
    """``protocol="HTTP/1.1"`` keeps connections open between requests, as web servers do."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = protocol

        def do_GET(self) -> None:
            shop.answer(self)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    shop.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield shop
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
