"""Errors of the shop's data: the WooCommerce connection and web-server access logs."""

from __future__ import annotations

from minime_admin.errors.base import QT_TRANSLATE_NOOP, InvalidInput, KnownError


class ShopAddressRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop address {url} is not accepted: use https:// (plain http:// only for this "
        "computer). Nothing was imported.",
    )


class ShopSecretMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop's consumer secret is missing: save it in Settings › Shop (kept in the "
        "keychain) or set MINIME_ADMIN_SHOP_SECRET. Nothing was imported.",
    )


class ShopCertificateRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop at {host} showed a certificate this computer does not trust ({detail}): it "
        "may be expired, self-signed or for another address. If the shop uses its own "
        "certificate authority, give its file with --ca-file (or in Settings › Shop). "
        "Nothing was imported.",
    )


class ShopCaFileUnusable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The certificate file {path} could not be read as a certificate authority (PEM). "
        "Nothing was imported.",
    )


class ShopNoKeychain(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This computer has no keychain to keep the shop's consumer secret: set "
        "MINIME_ADMIN_SHOP_SECRET before importing instead. The secret was not saved.",
    )


class ShopSettingsMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop's address and consumer key are not set: save them in Settings › Shop or "
        "give --url and --key. Nothing was imported.",
    )


class ShopUnreachable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop at {host} did not answer ({detail}). Nothing was imported; try again later.",
    )


class ShopAccessDenied(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop at {host} refused the consumer key and secret (HTTP {status}). Check them "
        "in WooCommerce › Settings › Advanced › REST API. Nothing was imported.",
    )


class ShopNotJson(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop at {host} answered {path} with a web page instead of data: is this the "
        "WooCommerce address, and is its REST API switched on? Nothing was imported.",
    )


class ShopAnswerBroken(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop's answer to {path} was incomplete or damaged. Nothing was imported; try "
        "again later.",
    )


class ShopKeepsFailing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop at {host} kept failing (HTTP {status}, {attempts} attempts). Nothing was "
        "imported; try again later.",
    )


class ShopRequestFailed(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The shop at {host} answered {path} with HTTP {status}. Nothing was imported."
    )


class NotAnAccessLog(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not a web-server access log in the combined format; nothing was imported.",
    )


class AccessLogDamaged(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The compressed log {name} is damaged or cut off; nothing was imported.",
    )


class AccessLogReadFailed(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Reading {name} failed partway; the visits imported before that stay. Import it "
        "again once the file is whole: nothing is imported twice.",
    )


class IpAddressInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "Give an IP address such as 192.0.2.10 or 2001:db8::1; nothing was searched."
    )


__all__ = [
    "AccessLogDamaged",
    "AccessLogReadFailed",
    "IpAddressInvalid",
    "NotAnAccessLog",
    "ShopAccessDenied",
    "ShopAddressRefused",
    "ShopAnswerBroken",
    "ShopCaFileUnusable",
    "ShopCertificateRefused",
    "ShopKeepsFailing",
    "ShopNoKeychain",
    "ShopNotJson",
    "ShopRequestFailed",
    "ShopSecretMissing",
    "ShopSettingsMissing",
    "ShopUnreachable",
]
