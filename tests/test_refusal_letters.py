"""Legally exact answers: a refusal letter states its specific ground (Art. 12(5) why, the
Art. 17(3) point and why, the Art. 21(1) compelling grounds); the extension notice exists only
for a request extended, within its first month, with the new date and the reasons. Every
letter is read back from the real PDF, in Latvian and in English."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import (
    Channel,
    ErasureException,
    RefusalReason,
    RequestType,
    Status,
    TransitionRequest,
)
from minime_admin.letters.model import Facts, LetterKind
from minime_admin.services import database as db_service
from minime_admin.services import letters, requests
from minime_admin.store.request_models import DataRequest

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

RECEIVED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)  # first month ends Mon 21 Dec 2026


def text_of(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


def open_one(database: db_service.Database, clerk: Actor, request_type: RequestType) -> int:
    with database.unit_of_work() as session:
        new = requests.NewRequest(
            request_type, Channel.EMAIL, RECEIVED, "Anna Bērziņa", "Lūdzu.", "anna@example.lv"
        )
        return requests.open_request(session, clerk, new).request_id


def refuse(
    database: db_service.Database, clerk: Actor, request_id: int, change: TransitionRequest
) -> None:
    with database.unit_of_work() as session:
        requests.transition(session, clerk, request_id, change)


def letter_text(
    database: db_service.Database, clerk: Actor, request_id: int, kind: LetterKind, language: str
) -> str:
    with database.unit_of_work() as session:
        letter = letters.compose(session, clerk, request_id, kind, language)
        _, pdf = letters.produce(session, clerk, letter, request_id)
    return text_of(pdf)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "lv",
            (
                "jo datu glabāšana ir nepieciešama, lai celtu, īstenotu vai aizstāvētu likumīgas "
                'prasības (VDAR 17. panta 3. punkta "e" apakšpunkts).',
                "Mūsu pamatojums: Pasūtījumam 100042 ir atvērts maksājuma strīds.",
            ),
        ),
        (
            "en",
            (
                "because keeping the data is necessary for the establishment, exercise or "
                "defence of legal claims (GDPR Art. 17(3)(e)).",
                "Our reasons: Pasūtījumam 100042 ir atvērts maksājuma strīds.",
            ),
        ),
    ],
)
def test_an_art_17_3_refusal_letter_names_the_exception_and_why(
    database: db_service.Database, clerk: Actor, language: str, expected: tuple[str, ...]
) -> None:
    request_id = open_one(database, clerk, RequestType.ERASURE)
    refuse(
        database,
        clerk,
        request_id,
        TransitionRequest(
            Status.REFUSED,
            refusal_reason=RefusalReason.ERASURE_EXCEPTION,
            erasure_exception=ErasureException.LEGAL_CLAIMS,
            text="Pasūtījumam 100042 ir atvērts maksājuma strīds.",
        ),
    )
    text = letter_text(database, clerk, request_id, LetterKind.REFUSAL, language)
    for sentence in expected:
        assert sentence in text, sentence
    assert "17(3))" not in text and "17. panta 3. punkts)" not in text  # never the bare article


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "lv",
            (
                "jo pieprasījums ir acīmredzami nepamatots vai pārmērīgs (VDAR 12. panta "
                "5. punkts).",
                "Mūsu pamatojums: Piektais vienāds pieprasījums šonedēļ.",
            ),
        ),
        (
            "en",
            (
                "because the request is manifestly unfounded or excessive (GDPR Art. 12(5)).",
                "Our reasons: Piektais vienāds pieprasījums šonedēļ.",
            ),
        ),
    ],
)
def test_an_art_12_5_refusal_letter_says_why(
    database: db_service.Database, clerk: Actor, language: str, expected: tuple[str, ...]
) -> None:
    request_id = open_one(database, clerk, RequestType.ACCESS)
    change = TransitionRequest(
        Status.REFUSED,
        refusal_reason=RefusalReason.UNFOUNDED_OR_EXCESSIVE,
        text="Piektais vienāds pieprasījums šonedēļ.",
    )
    refuse(database, clerk, request_id, change)
    text = letter_text(database, clerk, request_id, LetterKind.REFUSAL, language)
    for sentence in expected:
        assert sentence in text, sentence


@pytest.mark.parametrize(
    ("language", "refusal", "outcome"),
    [
        (
            "lv",
            "jo mums ir pārliecinoši leģitīmi apstrādes iemesli, kas ir svarīgāki par Jūsu "
            "interesēm, tiesībām un brīvībām (VDAR 21. panta 1. punkts). Mūsu pamatojums: "
            "Krāpšanas novēršana atvērtiem pasūtījumiem.",
            "tie ir izklāstīti zemāk. Krāpšanas novēršana atvērtiem pasūtījumiem.",
        ),
        (
            "en",
            "because we have compelling legitimate grounds for the processing which override "
            "your interests, rights and freedoms (GDPR Art. 21(1)). Our reasons: Krāpšanas "
            "novēršana atvērtiem pasūtījumiem.",
            "they are set out below. Krāpšanas novēršana atvērtiem pasūtījumiem.",
        ),
    ],
)
def test_a_refused_objection_states_the_compelling_grounds(
    database: db_service.Database, clerk: Actor, language: str, refusal: str, outcome: str
) -> None:
    request_id = open_one(database, clerk, RequestType.OBJECTION)
    change = TransitionRequest(
        Status.REFUSED,
        refusal_reason=RefusalReason.COMPELLING_GROUNDS,
        text="Krāpšanas novēršana atvērtiem pasūtījumiem.",
    )
    refuse(database, clerk, request_id, change)
    assert refusal in letter_text(database, clerk, request_id, LetterKind.REFUSAL, language)
    answer = letter_text(database, clerk, request_id, LetterKind.OBJECTION_OUTCOME, language)
    assert outcome in answer  # "set out below", and they are


@pytest.mark.parametrize("language", ["lv", "en"])
def test_another_reason_is_printed_never_because_nothing(
    database: db_service.Database, clerk: Actor, language: str
) -> None:
    request_id = open_one(database, clerk, RequestType.ACCESS)
    change = TransitionRequest(
        Status.REFUSED, refusal_reason=RefusalReason.OTHER, text="Pieprasījums attiecas uz citu."
    )
    refuse(database, clerk, request_id, change)
    text = letter_text(database, clerk, request_id, LetterKind.REFUSAL, language)
    lead = {"lv": "jo to neļauj turpmāk izklāstītie iemesli.", "en": "because of the reasons"}
    assert lead[language] in text and "Pieprasījums attiecas uz citu." in text
    assert "because ." not in text and "jo ." not in text


def test_a_refusal_letter_without_its_ground_is_not_written(
    database: db_service.Database, clerk: Actor
) -> None:
    request_id = open_one(database, clerk, RequestType.ERASURE)
    with database.unit_of_work() as session:  # refused before grounds were required
        stored = session.get(DataRequest, request_id)
        assert stored is not None
        stored.status, stored.outcome = Status.REFUSED.value, RefusalReason.ERASURE_EXCEPTION.value
    with database.unit_of_work() as session:
        with pytest.raises(letters.NeedsFacts) as missing:
            letters.compose(session, clerk, request_id, LetterKind.REFUSAL, "en")
        assert missing.value.params["missing"] == "erasure_exception"
        bare = Facts(refusal_reason=RefusalReason.UNFOUNDED_OR_EXCESSIVE.value)
        with pytest.raises(letters.NeedsFacts) as missing:
            letters.compose(session, clerk, request_id, LetterKind.REFUSAL, "en", facts=bare)
        assert missing.value.params["missing"] == "refusal_ground"


def test_the_extension_notice_needs_an_extended_request(
    database: db_service.Database, clerk: Actor
) -> None:
    request_id = open_one(database, clerk, RequestType.ACCESS)
    with database.unit_of_work() as session, pytest.raises(letters.NotExtended):
        letters.compose(session, clerk, request_id, LetterKind.EXTENSION_NOTICE, "en")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "lv",
            (
                "sākotnējais atbildes termiņš ir 2026. gada 21. decembris",  # nominative
                "pagarinām šo termiņu līdz 2027. gada 22. februārim",  # dative after "līdz"
                "Iemesli: Dati jāapkopo no trim partneru sistēmām.",
            ),
        ),
        (
            "en",
            (
                "the original time limit for our answer is 21 December 2026",
                "we are extending this period to 22 February 2027",
                "The reasons: Dati jāapkopo no trim partneru sistēmām.",
            ),
        ),
    ],
)
def test_the_extension_notice_prints_the_new_date_and_the_reasons(
    database: db_service.Database, clerk: Actor, language: str, expected: tuple[str, ...]
) -> None:
    request_id = open_one(database, clerk, RequestType.ACCESS)
    with database.unit_of_work() as session:
        requests.extend(session, clerk, request_id, "Dati jāapkopo no trim partneru sistēmām.")
    text = letter_text(database, clerk, request_id, LetterKind.EXTENSION_NOTICE, language)
    for sentence in expected:
        assert sentence in text, sentence


def test_the_extension_notice_only_within_the_first_month(
    database: db_service.Database, clerk: Actor, clock: FixedClock
) -> None:
    request_id = open_one(database, clerk, RequestType.ACCESS)
    with database.unit_of_work() as session:
        requests.extend(session, clerk, request_id, "Daudz pieprasījumu vienlaikus.")
    clock.set(datetime(2026, 12, 21, 20, 0, tzinfo=UTC))  # 22:00 in Riga: the last day
    with database.unit_of_work() as session:
        letters.compose(session, clerk, request_id, LetterKind.EXTENSION_NOTICE, "en")
    clock.advance(timedelta(hours=3))  # past midnight in Riga
    with database.unit_of_work() as session, pytest.raises(letters.ExtensionNoticeTooLate):
        letters.compose(session, clerk, request_id, LetterKind.EXTENSION_NOTICE, "en")


@pytest.mark.usefixtures("known_clerk")
def test_the_command_line_refuses_an_extension_notice_for_a_request_not_extended(
    database: db_service.Database,
    clerk: Actor,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    clock: FixedClock,
) -> None:
    open_one(database, clerk, RequestType.ACCESS)
    db = database.location
    database.close()
    out = tmp_path / "notice.pdf"
    argv = ["--db", db, "letter", "--request", "1", "--kind", "extension_notice", "--lang", "en",
            "--out", str(out)]  # fmt: skip
    assert main(argv, clock) == 1
    assert "has not been extended" in capsys.readouterr().err and not out.exists()
    assert main(["--db", db, "requests", "extend", "1", "--reason", "Trīs sistēmas."], clock) == 0
    assert main(argv, clock) == 0
    assert "The reasons: Trīs sistēmas." in text_of(out.read_bytes())


@pytest.mark.usefixtures("known_clerk")
def test_the_command_line_refuses_with_the_art_17_3_exception(
    database: db_service.Database,
    clerk: Actor,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    clock: FixedClock,
) -> None:
    open_one(database, clerk, RequestType.ERASURE)
    db = database.location
    database.close()
    move = ["--db", db, "requests", "transition", "1", "refused", "--refusal-reason", "art_17_3"]
    assert main([*move, "--exception", "b"], clock) == 1
    assert "Write out the ground" in capsys.readouterr().err
    reason = ["--reason", "Grāmatvedības likums: rēķini jāglabā 5 gadus."]
    assert main([*move, "--exception", "b", *reason], clock) == 0
    out = tmp_path / "refusal.pdf"
    argv = ["--db", db, "letter", "--request", "1", "--kind", "refusal", "--lang", "lv",
            "--out", str(out)]  # fmt: skip
    assert main(argv, clock) == 0
    text = text_of(out.read_bytes())
    expected = (
        "juridisku pienākumu vai uzdevumu, ko veic sabiedrības interesēs "
        '(VDAR 17. panta 3. punkta "b" apakšpunkts)'
    )
    assert expected in text
    assert "Grāmatvedības likums: rēķini jāglabā 5 gadus." in text
