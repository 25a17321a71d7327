"""The erasure letter says within how many days an erased person is gone from every backup,
computed from Settings › Backups (issue #17.6), in both languages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from minime_admin.letters.engine import render_letter
from minime_admin.letters.model import LetterKind
from minime_admin.services import backup, erasure_letters
from minime_admin.services.backup import BackupSettings
from tests.test_letters import FACTS, letter, text_of


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("lv", "ne vēlāk kā 342 dienu laikā pēc dzēšanas neviena no tām vairs nepaliek"),
        ("en", "within 342 days of the erasure none of them is left"),
    ],
)
def test_the_erasure_letter_names_the_days_until_no_backup_holds_the_person(
    language: str, sentence: str
) -> None:
    facts = replace(FACTS, backups_gone_days=342)
    text = " ".join(
        text_of(render_letter(letter(LetterKind.ERASURE_DONE, language, facts=facts))).split()
    )
    assert sentence in text
    without = " ".join(text_of(render_letter(letter(LetterKind.ERASURE_DONE, language))).split())
    assert "342" not in without and sentence.split(" 342")[0] not in without


def test_the_days_come_from_the_backup_settings() -> None:
    assert erasure_letters.backups_gone_days() == 342  # 7 daily, 4 weekly, 12 monthly
    backup.save_settings(BackupSettings(monthly=3, weekly=2, daily=5))
    assert erasure_letters.backups_gone_days() == 63
    backup.save_settings(BackupSettings(period_days=0))  # only on close: no day to promise
    assert erasure_letters.backups_gone_days() is None
