"""What the customer search indexes and how a typed query becomes a safe match.

Everything is folded (lower case, no diacritics) before it is indexed or searched, so
`berzins` finds `Bērziņš` and `KENINS` finds `Ķēniņš`. Phones are indexed as digits in
international and national form, so `29 123 456`, `+371 29123456` and `0037129123456` all
find `+371 29123456`. IP addresses become one token each (`ip194x152x32x74`) so that a
typed address or its beginning matches only addresses. The user's text never reaches the
search engine's syntax: it is cut into word tokens, each quoted and prefix-matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from minime_admin.domain.text import digits, fold, normalise_phone

MAX_QUERY_CHARS = 200
MAX_QUERY_TOKENS = 8
MIN_QUERY_CHARS = 2
_WORD = re.compile(r"[0-9a-z]+")
_IP_LIKE = re.compile(r"^[0-9a-f]*[.:][0-9a-f.:]*$")
_PHONE_LIKE = re.compile(r"^\+?[\d\s\-()]+$")


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


class BatchWords:
    """``words`` with a memo of the words already folded, for indexing many customers at
    once: a batch repeats its first names, surnames, streets and towns, and folding a
    Latvian word (NFKD) costs far more than looking it up. The same tokens as ``words``
    (whitespace is a boundary before folding as after). One per batch: no personal data is
    kept beyond it."""

    def __init__(self) -> None:
        self._seen: dict[str, list[str]] = {}

    def __call__(self, text: str) -> list[str]:
        if text.isascii():
            return _WORD.findall(text.lower())  # fold() of ASCII text is lower()
        found: list[str] = []
        for piece in text.split():
            tokens = self._seen.get(piece)
            if tokens is None:
                tokens = self._seen[piece] = words(piece)
            found.extend(tokens)
        return found


def _folds_to_one_letter(char: str) -> bool:
    folded = fold(char)
    return len(folded) == 1 and "a" <= folded <= "z"


# Letters outside ASCII that SQLite's FTS5 tokenizer (unicode61 remove_diacritics 2) folds to
# the very letter ``words`` folds them to: the Latin-1 and Latin Extended-A letters that are
# a plain a-z letter with marks (Latvian, Lithuanian, Estonian, German, Polish but ł...).
# Not æ, ø, ß, ł, œ, ŀ and the like, which ``words`` drops or expands and FTS5 keeps whole.
# ASCII is alike throughout: [0-9a-z] in both once lower-cased, anything else a separator.
# tests/test_search_words.py checks every one of them against the tokenizer itself.
FOLDED_ALIKE = "".join(c for c in map(chr, range(0xC0, 0x180)) if _folds_to_one_letter(c))
_NOT_ALIKE = re.compile(f"[^\x00-\x7f{FOLDED_ALIKE}]")


class IndexWords(BatchWords):
    """``BatchWords`` for an index that tokenises and folds text itself exactly as ``words``
    does for ASCII and ``FOLDED_ALIKE`` (FTS5: store/search.py): such a text is handed over
    whole, unfolded and unsplit, and the index finds the same tokens in it (a large import
    spent as long folding and splitting 100,000 customers' texts as FTS5 did indexing them).
    Any other text is folded here, as ``BatchWords`` does."""

    def __call__(self, text: str) -> list[str]:
        if text.isascii() or _NOT_ALIKE.search(text) is None:
            return [text]
        return super().__call__(text)


def phone_tokens(phone: str | None) -> list[str]:
    if not phone:
        return []
    number = normalise_phone(phone)
    tokens = [number]
    if number.startswith("371") and len(number) == 11:
        tokens.append(number[3:])
    return tokens


def ip_token(address: str) -> str:
    return "ip" + re.sub(r"[^0-9a-f]", "x", address.strip().lower())


def document(
    names: Iterable[str],
    emails: Iterable[str | None],
    phones: Iterable[str | None],
    addresses: Iterable[str],
    order_numbers: Iterable[str],
    ips: Iterable[str],
    words: Callable[[str], list[str]] = words,
) -> dict[str, str]:
    """The text of one customer's search entry, by column (``words``: a ``BatchWords``
    when indexing many)."""
    contact = _words_of(emails, words)
    for phone in phones:
        if phone:
            contact.extend(phone_tokens(phone))
    return {
        "names": " ".join(_words_of(names, words)),
        "contact": " ".join(contact),
        "addresses": " ".join(_words_of(addresses, words)),
        "orders": " ".join(_words_of(order_numbers, words)),
        "ips": " ".join([ip_token(ip) for ip in ips if ip]),
    }


def _words_of(texts: Iterable[str | None], words: Callable[[str], list[str]]) -> list[str]:
    # Plain loops rather than nested generators: indexing 100,000 new customers at once
    # spent as long in the generators' overhead as in the words themselves.
    found: list[str] = []
    for text in texts:
        if text:
            found.extend(words(text))
    return found


@dataclass(frozen=True)
class SearchQuery:
    """A typed query as the index backends take it: every token is prefix-matched, all must
    match; ``columns`` limits where (None: any column). Each backend renders it in its own
    syntax (FTS5 MATCH, PostgreSQL LIKE over folded text), so both find the same people."""

    tokens: tuple[str, ...]
    columns: tuple[str, ...] | None = None

    def fts5(self) -> str:
        if self.columns is None:
            return " AND ".join(f'"{token}"*' for token in self.tokens)
        where = self.columns[0] if len(self.columns) == 1 else "{" + " ".join(self.columns) + "}"
        return f'{where} : "{self.tokens[0]}"*'


def parse_query(query: str) -> SearchQuery | None:
    """What ``query`` asks the index for, or None when there is nothing to search."""
    query = query.strip()[:MAX_QUERY_CHARS]
    if len(query) < MIN_QUERY_CHARS:
        return None
    if _PHONE_LIKE.match(query) and len(digits(query)) >= 3 and not _IP_LIKE.match(query):
        number = digits(query)
        if number.startswith("00"):
            number = number[2:]
        return SearchQuery((number,), ("contact", "orders"))  # a phone or an order number
    if _IP_LIKE.match(query.lower()) and any(ch.isdigit() for ch in query):
        return SearchQuery((ip_token(query),), ("ips",))
    tokens = words(query)[:MAX_QUERY_TOKENS]
    if not tokens or sum(map(len, tokens)) < MIN_QUERY_CHARS:
        return None
    return SearchQuery(tuple(tokens))


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for ``query``, or None when there is nothing to search."""
    parsed = parse_query(query)
    return parsed.fts5() if parsed is not None else None
