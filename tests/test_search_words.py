"""Indexing a batch folds each word once (BatchWords) and gets the tokens ``words`` gets; what
IndexWords hands FTS5 unfolded, FTS5 cuts into those very tokens itself."""

from __future__ import annotations

import sqlcipher3
from hypothesis import given
from hypothesis import strategies as st

from minime_admin.domain.search_terms import FOLDED_ALIKE, BatchWords, IndexWords, words
from minime_admin.store import search

LATVIAN = "āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ-.,'@+0123456789 \t\u00a0\u2003ﬁŒßǅ¨"


@given(st.lists(st.text(alphabet=st.sampled_from(LATVIAN + "abcXYZ")) | st.text(), max_size=8))
def test_the_same_tokens_as_words(texts: list[str]) -> None:
    memo = BatchWords()
    for text in texts + texts:  # the second time from the memo
        assert memo(text) == words(text)


def test_a_latvian_name_and_address() -> None:
    memo = BatchWords()
    assert memo("Ģirts Ķēniņš-Žūriņa") == ["girts", "kenins", "zurina"]
    assert memo("Brīvības iela 12, Rīga LV-1010") == [
        "brivibas",
        "iela",
        "12",
        "riga",
        "lv",
        "1010",
    ]


def _fts5_tokens(texts: list[str]) -> list[list[str]]:
    """The tokens the app's FTS5 index (store/search.py, its own tokenizer options) finds in
    each text, in order."""
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute(search.CREATE_FTS5)
        connection.execute(f"CREATE VIRTUAL TABLE vocab USING fts5vocab({search.TABLE}, instance)")
        connection.executemany(
            f"INSERT INTO {search.TABLE}(rowid, names) VALUES (?, ?)", enumerate(texts, 1)
        )
        found: list[list[str]] = [[] for _ in texts]
        for term, row in connection.execute("SELECT term, doc FROM vocab ORDER BY doc, offset"):
            found[row - 1].append(term)
        return found
    finally:
        connection.close()


def test_fts5_folds_every_letter_handed_over_unfolded_as_words_does() -> None:
    alike = [chr(code) for code in range(1, 128)] + list(FOLDED_ALIKE)
    texts = [f"a{char}b{char}" for char in alike] + [f"{char}1" for char in alike]
    assert _fts5_tokens(texts) == [words(text) for text in texts]


@given(st.lists(st.text(alphabet=st.sampled_from(LATVIAN + "abcXYZ")) | st.text(), max_size=8))
def test_fts5_finds_in_what_index_words_hands_over_the_tokens_of_words(texts: list[str]) -> None:
    handed = IndexWords()
    documents = [" ".join(handed(text)) for text in texts + texts]
    assert _fts5_tokens(documents) == [words(text) for text in texts + texts]


def test_index_words_hands_over_latvian_unfolded_and_folds_the_rest() -> None:
    handed = IndexWords()
    assert handed("Ģirts Ķēniņš-Žūriņa") == ["Ģirts Ķēniņš-Žūriņa"]
    # ł and ø: words drops them, FTS5 would keep them; so these are folded here
    assert handed("Łukasz Østergaard") == words("Łukasz Østergaard") == ["ukasz", "stergaard"]
