"""The WooCommerce client keeps one connection open while it pages (issue #12.7)."""

from __future__ import annotations

from typing import Any

from fake_shop import KEY, SECRET, FakeShop, generate, running

from minime_admin.importers.woocommerce import WooCommerceClient
from minime_admin.services import shop_import


def test_pages_come_over_one_kept_open_connection(monkeypatch: Any) -> None:
    import http.client

    opened: list[str] = []
    connect = http.client.HTTPConnection.connect

    def counted(self: http.client.HTTPConnection) -> None:
        opened.append(self.host)
        connect(self)

    monkeypatch.setattr(http.client.HTTPConnection, "connect", counted)
    customers, orders = generate(customers=250, orders=320, guests=20)
    with running(FakeShop(customers, orders), protocol="HTTP/1.1") as shop:
        client = WooCommerceClient(shop.url, KEY, SECRET, timeout=5.0)
        data = shop_import.download_woocommerce(client)
    assert len(data.customers) == 250 and len(data.orders) == 320
    assert len(shop.requests) >= 7  # 3 pages of customers, 4 of orders
    assert opened == ["127.0.0.1", "127.0.0.1"]  # one per list, not one per page


def test_a_connection_the_shop_closed_while_idle_is_opened_again() -> None:
    customers, _ = generate(customers=250, orders=0, guests=0)
    with running(FakeShop(customers, []), protocol="HTTP/1.1") as shop:
        client = WooCommerceClient(shop.url, KEY, SECRET, timeout=5.0)
        pages = client.pages("customers")
        first = next(pages)
        assert client._connection is not None and client._connection.sock is not None
        client._connection.sock.close()  # as if the shop had dropped it
        client._connection.sock = _Closed()  # type: ignore[assignment]
        rest = list(pages)
    assert len(first.records) + sum(len(p.records) for p in rest) == 250


class _Closed:
    """A socket the other side has closed: sending fails as a reset connection does."""

    def sendall(self, data: bytes) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    def close(self) -> None:
        pass
