"""Indexing a batch folds each word once (BatchWords) and gets the tokens ``words`` gets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from minime_admin.domain.search_terms import BatchWords, words

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
