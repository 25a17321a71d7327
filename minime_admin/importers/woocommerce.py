"""The WooCommerce REST API v3 client: pages of customers and orders as parsed JSON.

Standard library only (http.client, one connection kept open while paging; urllib for a
redirect). Credentials travel as HTTP Basic auth, so only https with a
verified certificate is accepted, except plain http to this computer (tests, a local copy).
A 429 or 5xx answer is retried with growing pauses, up to a limit; every other failure is a
KnownError naming the shop and the path, never a person. No database here.
"""

from __future__ import annotations

import base64
import http.client
import json
import re
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from minime_admin.errors import (
    ShopAccessDenied,
    ShopAddressRefused,
    ShopAnswerBroken,
    ShopCaFileUnusable,
    ShopCertificateRefused,
    ShopKeepsFailing,
    ShopNotJson,
    ShopRequestFailed,
    ShopUnreachable,
)

API = "/wp-json/wc/v3"
PER_PAGE = 100
MAX_PAGES = 100_000  # a guard against a shop whose pages never end
_LOCAL = frozenset({"127.0.0.1", "localhost", "::1"})
_LINK_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_USER_AGENT = f"Python-urllib/{sys.version_info[0]}.{sys.version_info[1]}"  # as urllib sent


@dataclass(frozen=True)
class Page:
    records: list[Any]
    number: int
    total_pages: int  # 0 when the shop did not say
    total_records: int  # 0 when the shop did not say


@dataclass
class WooCommerceClient:
    url: str
    key: str
    secret: str
    ca_file: str | None = None  # a certificate authority to trust besides the system's
    timeout: float = 30.0
    attempts: int = 5  # tries per page before giving up on a 429 or 5xx
    backoff: float = 1.0  # seconds before the second try; doubled for each further one
    sleep: Callable[[float], None] = time.sleep
    _base: urllib.parse.SplitResult = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._base = check_address(self.url)
        self._connection: http.client.HTTPConnection | None = None
        self._context: ssl.SSLContext | None = None
        if self._base.scheme == "https":
            self._context = ssl.create_default_context()
            if self.ca_file:
                try:
                    self._context.load_verify_locations(cafile=self.ca_file)
                except (OSError, ssl.SSLError):
                    raise ShopCaFileUnusable(path=self.ca_file) from None

    @property
    def host(self) -> str:
        return self._base.netloc

    def pages(self, resource: str, modified_after: datetime | None = None) -> Iterator[Page]:
        """Every page of ``customers`` or ``orders``, oldest id first (stable while paging);
        with ``modified_after`` (orders only, in WooCommerce) those changed after it."""
        path = f"{self._base.path.rstrip('/')}{API}/{resource}"
        query: dict[str, Any] = {"per_page": PER_PAGE, "orderby": "id", "order": "asc"}
        if modified_after is not None:
            # In GMT, so the shop's own time zone does not shift the limit.
            moment = modified_after.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
            query.update(modified_after=moment, dates_are_gmt="true")
        query["page"] = 1
        url: str | None = self._url(path, query)
        seen: set[str] = set()
        number = 1
        try:
            while url is not None and url not in seen and number <= MAX_PAGES:
                seen.add(url)
                records, headers = self._get(url, resource)
                total_pages = _header_int(headers, "X-WP-TotalPages")
                yield Page(records, number, total_pages, _header_int(headers, "X-WP-Total"))
                if not records:
                    return
                url = self._next(headers, path, query, number, total_pages, len(records))
                number += 1
        finally:
            self.close()

    def count(self, resource: str) -> int:
        """How many ``customers`` or ``orders`` the shop has (its X-WP-Total), asking for one."""
        path = f"{self._base.path.rstrip('/')}{API}/{resource}"
        try:
            records, headers = self._get(self._url(path, {"per_page": 1, "page": 1}), resource)
        finally:
            self.close()
        return _header_int(headers, "X-WP-Total") or len(records)

    def _next(
        self,
        headers: Any,
        path: str,
        query: dict[str, Any],
        number: int,
        total_pages: int,
        received: int,
    ) -> str | None:
        link = _LINK_NEXT.search(headers.get("Link", "") or "")
        if link:
            target = urllib.parse.urlsplit(urllib.parse.urljoin(self.url, link.group(1)))
            # Credentials go only to the shop they were given for.
            if (target.scheme, target.netloc) == (self._base.scheme, self._base.netloc):
                return str(urllib.parse.urlunsplit(target))
        # Without a usable Link, the page count; without that either, a full page means
        # there may be more (an empty page ends the list).
        if number < total_pages or (total_pages == 0 and received >= PER_PAGE):
            return self._url(path, {**query, "page": number + 1})
        return None

    def _url(self, path: str, query: dict[str, Any]) -> str:
        return urllib.parse.urlunsplit(
            (self._base.scheme, self._base.netloc, path, urllib.parse.urlencode(query), "")
        )

    def _get(self, url: str, resource: str) -> tuple[list[Any], Any]:
        """One page, over the connection kept open from the page before (HTTP keep-alive:
        a TLS handshake per page cost more than reading the page). A redirect is left to
        urllib, which follows it."""
        token = base64.b64encode(f"{self.key}:{self.secret}".encode()).decode("ascii")
        headers = {
            "Authorization": f"Basic {token}",
            "Accept": "application/json",
            "User-Agent": _USER_AGENT,
        }
        status = 0
        for attempt in range(1, self.attempts + 1):
            status, answer, body = self._fetch(url, headers, resource)
            if status in _REDIRECTS:
                return self._get_following(url, resource, token)
            if 200 <= status < 300:
                return _parse(body, answer, self.host, resource), answer
            if status in (401, 403):
                raise ShopAccessDenied(host=self.host, status=status)
            if status != 429 and status < 500:
                raise ShopRequestFailed(host=self.host, path=resource, status=status)
            if attempt < self.attempts:
                self.sleep(_pause(answer, self.backoff * 2 ** (attempt - 1)))
        raise ShopKeepsFailing(host=self.host, status=status, attempts=self.attempts)

    def _fetch(self, url: str, headers: dict[str, str], resource: str) -> tuple[int, Any, bytes]:
        """Status, headers and body of a GET; connection failures become KnownErrors."""
        parts = urllib.parse.urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        for fresh in (False, True):
            reused = self._connection is not None and not fresh
            try:
                connection = self._connect(fresh)
                connection.request("GET", target, headers=headers)
                response = connection.getresponse()
            except ssl.SSLCertVerificationError as error:
                self.close()
                detail = error.verify_message or type(error).__name__
                raise ShopCertificateRefused(host=self.host, detail=detail) from None
            except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected):
                self.close()
                if reused:
                    continue  # the shop closed the idle connection: once more, afresh
                raise ShopUnreachable(host=self.host, detail="ConnectionResetError") from None
            except (TimeoutError, OSError) as error:
                self.close()
                detail = "timeout" if isinstance(error, TimeoutError) else type(error).__name__
                raise ShopUnreachable(host=self.host, detail=detail) from None
            except http.client.HTTPException:
                self.close()
                raise ShopAnswerBroken(path=resource) from None
            try:
                body = response.read()
            except (http.client.IncompleteRead, ConnectionResetError):
                self.close()
                raise ShopAnswerBroken(path=resource) from None
            except (TimeoutError, OSError) as error:
                self.close()
                detail = "timeout" if isinstance(error, TimeoutError) else type(error).__name__
                raise ShopUnreachable(host=self.host, detail=detail) from None
            if response.will_close:
                self.close()
            return response.status, response.headers, body
        raise AssertionError("unreachable")  # pragma: no cover

    def _connect(self, fresh: bool) -> http.client.HTTPConnection:
        if fresh:
            self.close()
        if self._connection is None:
            host, port = self._base.hostname or "", self._base.port
            if self._base.scheme == "https":
                self._connection = http.client.HTTPSConnection(
                    host, port, timeout=self.timeout, context=self._context
                )
            else:
                self._connection = http.client.HTTPConnection(host, port, timeout=self.timeout)
        return self._connection

    def close(self) -> None:
        """Close the kept-open connection (pages() does so when it is done)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _get_following(self, url: str, resource: str, token: str) -> tuple[list[Any], Any]:
        """The page through urllib, which follows redirects (rare: a moved shop)."""
        self.close()
        request = urllib.request.Request(
            url, headers={"Authorization": f"Basic {token}", "Accept": "application/json"}
        )
        context = self._context
        status = 0
        for attempt in range(1, self.attempts + 1):
            try:
                with urllib.request.urlopen(request, timeout=self.timeout, context=context) as r:
                    return _parse(r.read(), r.headers, self.host, resource), r.headers
            except urllib.error.HTTPError as error:
                status = error.code
                if status in (401, 403):
                    raise ShopAccessDenied(host=self.host, status=status) from None
                if status != 429 and status < 500:
                    raise ShopRequestFailed(host=self.host, path=resource, status=status) from None
                if attempt < self.attempts:
                    self.sleep(_pause(error.headers, self.backoff * 2 ** (attempt - 1)))
            except (http.client.IncompleteRead, ConnectionResetError):
                raise ShopAnswerBroken(path=resource) from None
            except urllib.error.URLError as error:
                if isinstance(error.reason, ssl.SSLCertVerificationError):
                    detail = error.reason.verify_message or type(error.reason).__name__
                    raise ShopCertificateRefused(host=self.host, detail=detail) from None
                reason = error.reason
                detail = "timeout" if isinstance(reason, TimeoutError) else type(reason).__name__
                raise ShopUnreachable(host=self.host, detail=detail) from None
            except (TimeoutError, OSError) as error:
                reason = getattr(error, "reason", error)
                detail = "timeout" if isinstance(reason, TimeoutError) else type(reason).__name__
                raise ShopUnreachable(host=self.host, detail=detail) from None
        raise ShopKeepsFailing(host=self.host, status=status, attempts=self.attempts)


def check_address(url: str) -> urllib.parse.SplitResult:
    parts = urllib.parse.urlsplit(url.strip())
    local = parts.scheme == "http" and (parts.hostname or "") in _LOCAL
    if not parts.netloc or not (parts.scheme == "https" or local):
        raise ShopAddressRefused(url=url)
    return parts


def _parse(body: bytes, headers: Any, host: str, resource: str) -> list[Any]:
    kind = (headers.get("Content-Type", "") or "").lower()
    start = body.lstrip()[:1]
    if "html" in kind or start == b"<":
        raise ShopNotJson(host=host, path=resource)
    try:
        value = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ShopAnswerBroken(path=resource) from None
    if not isinstance(value, list):
        raise ShopAnswerBroken(path=resource)
    return value


def _header_int(headers: Any, name: str) -> int:
    try:
        return max(0, int(headers.get(name, "0")))
    except (TypeError, ValueError):
        return 0


def _pause(headers: Any, default: float) -> float:
    """The shop's Retry-After when it gives one in seconds (capped), else ``default``."""
    try:
        return min(float(headers.get("Retry-After", "")), 60.0)
    except (TypeError, ValueError):
        return default
