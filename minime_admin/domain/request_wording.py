"""Suggest a request's type from the requester's own words, in Latvian or English.

Only a suggestion: the worker confirms it. Stems are matched on folded text (no
diacritics, lower case), so `dzēst`, `DZEST` and `izdzēsiet` all count.
"""

from __future__ import annotations

from minime_admin.domain.requests import RequestType
from minime_admin.domain.text import fold

# Stems are folded already. Longer, more specific phrases weigh more than single words.
_STEMS: dict[RequestType, tuple[str, ...]] = {
    RequestType.ERASURE: (
        "dzest", "dzes", "aizmirst", "delete", "erase", "erasure", "forget", "remove my",
        "right to be forgotten", "izniicin", "iznicin",
    ),
    RequestType.ACCESS: (
        "kopij", "piekluv", "access", "copy of", "kadus datus", "what data",
        "what personal data", "15. pant", "article 15", "art. 15",
    ),
    RequestType.PORTABILITY: (
        "parnes", "portab", "machine-readable", "machine readable", "masinlasam",
        "citam pakalpojum", "another provider", "20. pant", "article 20",
    ),
    RequestType.RECTIFICATION: (
        "labot", "izlabo", "nepareiz", "kludain", "rectif", "correct", "incorrect",
        "wrong", "update my", "mainit manu", "change my",
    ),
    RequestType.RESTRICTION: (
        "ierobezo", "restrict", "apturet apstradi", "suspend the processing", "18. pant",
    ),
    RequestType.OBJECTION: ("iebilst", "iebildu", "iebildum", "object to", "objection"),
    RequestType.MARKETING_OBJECTION: (
        "reklam", "marketing", "tiesa marketing", "advertis", "piedavajum", "offers",
        "promotional",
    ),
    RequestType.CONSENT_WITHDRAWAL: (
        "atsauc", "atsaukt", "withdraw", "piekrisan", "consent",
    ),
    RequestType.UNSUBSCRIBE: (
        "atrakstit", "unsubscribe", "jaunumu vestul", "newsletter", "vairs nesutit",
        "stop sending", "opt out", "opt-out",
    ),
    RequestType.LEGAL_BASIS_QUESTION: (
        "juridisk", "tiesisk pamat", "legal basis", "lawful basis", "arpus es",
        "outside the eu", "tresas valst", "third countr", "garantij", "safeguard",
        "nodod", "transfer",
    ),
}  # fmt: skip


def suggest_types(text: str) -> list[RequestType]:
    """Types whose wording appears in ``text``, best first; [OTHER] when none does."""
    folded = fold(text)
    scores: dict[RequestType, int] = {}
    for request_type, stems in _STEMS.items():
        score = sum(len(stem) for stem in stems if stem in folded)
        if score:
            scores[request_type] = score
    if not scores:
        return [RequestType.OTHER]
    return sorted(scores, key=lambda t: (-scores[t], list(RequestType).index(t)))
