"""Every action the audit log records, one code each.

The values are what existing databases hold and what each entry's hash covers: never
change one, only add new ones.
"""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    DATABASE_CREATED = "database.created"
    BACKUP_MADE = "database.backed_up"
    DATABASE_RESTORED = "database.restored"
    DEMO_SEEDED = "demo.seeded"
    DEMO_REQUESTS_SEEDED = "demo.requests_seeded"
    USER_CREATED = "user.created"
    USER_ROLE_LINKED = "user.role_linked"  # a database role linked to a user (#18.3)
    HOLIDAY_ADDED = "holiday.added"
    HOLIDAY_REMOVED = "holiday.removed"
    SETTINGS_LETTERHEAD_CHANGED = "settings.letterhead_changed"
    SETTINGS_INTERNAL_TARGET_CHANGED = "settings.internal_target_changed"
    SETTINGS_SHOP_CHANGED = "settings.shop_changed"
    SETTINGS_MAIL_DOMAINS_CHANGED = "settings.mail_domains_changed"
    SETTINGS_MAIL_CHANGED = "settings.mail_changed"
    RETENTION_RULE_CHANGED = "retention.rule_changed"
    RETENTION_SWEPT = "retention.swept"
    RETENTION_BATCH_SWEPT = "retention.batch_swept"
    ROPA_CHANGED = "ropa.changed"  # a field of the Art. 30 register written by the office
    INSPECTION_PACK_MADE = "report.inspection_pack"  # a signed inspection pack written
    SHOP_IMPORTED = "shop.imported"
    MAIL_FETCHED = "mail.fetched"
    MAIL_SET_ASIDE = "mail.set_aside"
    ACCESS_LOG_IMPORTED = "access_log.imported"
    VISITS_LOOKED_UP = "visits.looked_up"

    REQUEST_OPENED = "request.opened"
    REQUEST_TRANSITION = "request.transition"
    REQUEST_EXTENDED = "request.extended"
    REQUEST_NOTE = "request.note"
    REQUEST_ATTACHMENT_READ = "request.attachment_read"
    REQUEST_CUSTOMER_LINKED = "request.customer_linked"
    REQUEST_ASSIGNED = "request.assigned"

    CUSTOMER_VIEWED = "customer.viewed"
    CUSTOMER_RECTIFIED = "customer.rectified"
    CUSTOMER_RESTRICTED = "customer.restricted"
    CUSTOMER_RESTRICTION_LIFTED = "customer.restriction_lifted"
    CUSTOMER_MARKETING_OBJECTION = "customer.marketing_objection"
    CUSTOMER_UNSUBSCRIBED = "customer.unsubscribed"
    CUSTOMER_CONSENT_WITHDRAWN = "customer.consent_withdrawn"
    CUSTOMER_LEGAL_HOLD_RELEASED = "customer.legal_hold_released"
    PARTNER_TOLD = "customer.partner_told"  # Art. 19: a partner told of a change, on record
    CUSTOMER_ERASED = "customer.erased"
    EXPORT_CREATED = "export.created"
    EXPORT_HANDED_OVER = "export.handed_over"

    LETTER_PRODUCED = "letter.produced"
    LETTER_PRODUCED_UNARCHIVED = "letter.produced_unarchived"
    LETTER_REOPENED = "letter.reopened"
    LETTER_EMAILED = "letter.emailed"

    BREACH_OPENED = "breach.opened"
    BREACH_UPDATED = "breach.updated"
    BREACH_ASSESSED = "breach.assessed"
    BREACH_DECIDED = "breach.decided"
    BREACH_AFFECTED = "breach.affected"
    BREACH_SIGNED_OFF = "breach.signed_off"
    BREACH_SIGNOFF_VOIDED = "breach.signoff_voided"
    BREACH_LETTERS = "breach.letters"
    BREACH_LETTER_EMAILED = "breach.letter_emailed"
    BREACH_NOTICE_PREPARED = "breach.notice_prepared"
    BREACH_DVI_NOTIFIED = "breach.dvi_notified"
    BREACH_AWARENESS_CORRECTED = "breach.awareness_corrected"
    BREACH_VOIDED = "breach.voided"
