"""The transfer safeguard a partner's free-text record names (issue #13 point 8): recognised
from the article or the usual name, in either language; anything else is left as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minime_admin.domain.transfers import TransferSafeguard, recognise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Standard contractual clauses (EU) 2021/914; GDPR Art. 46(2)(c).", "standard_clauses"),
        ("ES standarta līguma klauzulas", "standard_clauses"),
        ("EU-US Data Privacy Framework (adequacy decision, Art. 45)", "adequacy"),
        ("Binding corporate rules approved by the CNIL", "corporate_rules"),
        ("Art. 49(1)(b): necessary for the contract", "derogation"),
        ("Ar partneri noslēgts līgums", None),
        ("", None),
        (None, None),
    ],
)
def test_known_mechanisms_are_recognised(text: str | None, expected: str | None) -> None:
    found = recognise(text)
    assert (found.value if found else None) == expected


@given(st.text())
def test_any_text_gives_a_mechanism_or_none_and_never_fails(text: str) -> None:
    assert recognise(text) in (None, *TransferSafeguard)
