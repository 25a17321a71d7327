"""Every letter in both languages: a valid PDF, fonts embedded, the key facts in its text."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from minime_admin.domain.authority import DVI
from minime_admin.letters.catalogue import LETTERS
from minime_admin.letters.engine import UnknownLetter, catalogue_fields, render_letter
from minime_admin.letters.model import (
    Facts,
    KeptItem,
    LetterData,
    Letterhead,
    LetterKind,
    Recipient,
    Signer,
)

NAME = "Ģirts Ķēniņš-Žūriņa"
FACTS = Facts(
    request_type="erasure",
    received=date(2026, 3, 5),
    due=date(2026, 4, 7),
    extended_due=date(2026, 6, 5),
    extension_reason="Liels datu apjoms",
    identity_needed="pasūtījuma numuru",
    refusal_reason="art_17_3",
    refusal_text="Atvērts maksājuma strīds",
    fields_corrected=("E-pasts",),
    partners_informed=("Omniva",),
    erased=("Profils",),
    kept=(KeptItem("Rēķins MM-2024-000001", "Grāmatvedības likums", date(2029, 12, 31)),),
    lift_date=date(2026, 12, 15),
    objection_upheld=True,
    files=("data.json",),
    categories_held=("Profils (1)",),
    purposes=("Pasūtījumi",),
    recipients=("Omniva",),
    retention=("14 mēneši",),
    transfers=("Mailchimp (ASV)",),
    breach_description="Nozagts dators",
    breach_consequences="Adrese var nonākt svešās rokās",
    breach_measures="Bloķētas piekļuves",
    breach_advice="Esiet piesardzīgi",
    contact_point="info@minime.lv",
)


def letter(kind: LetterKind, language: str, **changes: object) -> LetterData:
    base = LetterData(
        kind=kind,
        language=language,
        letterhead=Letterhead(
            "SIA Mini Me",
            "44103127547",
            "Rostokas 7, Rīga, LV-1029",
            "info@minime.lv",
            "",
            "minime.lv",
        ),
        recipient=Recipient(NAME, ("Brīvības iela 15-3", "Rīga, LV-1010")),
        reference="DSR-2026-0042",
        date=date(2026, 11, 24),
        signer=Signer("Ilze Kalniņa", "Privātuma birojs"),
        facts=FACTS,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def embedded_fonts(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                if ("/DescendantFonts" in font)
                else font.get("/FontDescriptor")
            )
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


def test_the_catalogue_has_every_kind_in_both_languages() -> None:
    assert set(LETTERS) == set(LetterKind)
    for kind, texts in LETTERS.items():
        assert set(texts) == {"lv", "en"}, kind
        assert len(texts["lv"].body) == len(texts["en"].body), kind  # same structure
    assert catalogue_fields() <= set(Facts.__dataclass_fields__) | {
        "objection_not_upheld",
        "objection_grounds",
        "no_recipients",
        "no_request",
    }


@pytest.mark.parametrize("language", ["lv", "en"])
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_letter_renders_with_its_facts(kind: LetterKind, language: str) -> None:
    pdf = render_letter(letter(kind, language))
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    assert NAME in text and "Rīga" in text and "DSR-2026-0042" in text
    assert "SIA Mini Me" in text and "44103127547" in text
    expected_date = "2026. gada 24. novembrī" if language == "lv" else "24 November 2026"
    assert expected_date in text
    assert LETTERS[kind][language].subject.split(":")[0] in text.replace("\n", " ")
    assert all(name.split("+")[-1].startswith("DejaVuSans") for name in embedded_fonts(pdf))
    assert embedded_fonts(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None and reader.metadata.author == "SIA Mini Me"


@pytest.mark.parametrize(
    ("kind", "facts"),
    [
        # "līdz" takes the dative, "pirms" the genitive.
        (LetterKind.ACKNOWLEDGMENT, ["2026. gada 5. martā", "7. aprīlim", "7. aprīļa"]),
        (LetterKind.EXTENSION_NOTICE, ["2026. gada 5. jūnijā", "Liels datu apjoms"]),
        (LetterKind.REFUSAL, ["17. panta 3. punkts", DVI.email, "tiesā", "Atvērts maksājuma"]),
        (LetterKind.ERASURE_DONE, ["Rēķins MM-2024-000001", "līdz 2029. gada 31. decembrim"]),
        (LetterKind.ACCESS_COVER, ["Mailchimp (ASV)", DVI.address, "profilēšanu"]),
        (LetterKind.BREACH_NOTICE, ["Nozagts dators", "Esiet piesardzīgi", "info@minime.lv"]),
        (LetterKind.RESTRICTION_LIFT_NOTICE, ["2026. gada 15. decembrī", "18. panta 3. punktu"]),
    ],
)
def test_latvian_letters_state_their_facts(kind: LetterKind, facts: list[str]) -> None:
    text = text_of(render_letter(letter(kind, "lv"))).replace("\n", " ")
    for fact in facts:
        assert fact in text, fact


@pytest.mark.parametrize(
    ("kind", "right", "wrong"),
    [
        # Issue #13.15: each Latvian date and name takes the case its sentence needs.
        (
            LetterKind.EXTENSION_NOTICE,
            "termiņš ir 2026. gada 7. aprīlis",
            "ir 2026. gada 7. aprīlī",
        ),
        (
            LetterKind.MARKETING_OPT_OUT,
            "pēc Jūsu 2026. gada 5. martā saņemtā pieprasījuma",
            "no 2026. gada 5. martā",
        ),
        (LetterKind.ERASURE_DONE, "līdz 2029. gada 31. decembrim", "līdz 2029. gada 31. decembrī"),
        (LetterKind.REFUSAL, "sūdzību Datu valsts inspekcijai", "sūdzību Datu valsts inspekcija "),
        (
            LetterKind.ACCESS_COVER,
            "sūdzību Datu valsts inspekcijai",
            "sūdzību Datu valsts inspekcija ",
        ),
        (LetterKind.PORTABILITY_COVER, "ko mums sniedzāt", "esat mums sniedzis"),
    ],
)
def test_latvian_cases_after_prepositions_and_verbs(
    kind: LetterKind, right: str, wrong: str
) -> None:
    text = " ".join(text_of(render_letter(letter(kind, "lv"))).split())
    assert right in text and wrong not in text


def test_refusal_always_names_the_complaint_and_court_routes() -> None:
    for language, court in (("lv", "vērsties tiesā"), ("en", "judicial remedy")):
        text = text_of(render_letter(letter(LetterKind.REFUSAL, language))).replace("\n", " ")
        assert DVI.email in text and court in text and DVI.phone in text


def test_no_postal_address_goes_by_email() -> None:
    recipient = Recipient(NAME, (), "girts@example.lv")
    text = text_of(render_letter(letter(LetterKind.ACKNOWLEDGMENT, "lv", recipient=recipient)))
    assert "E-pasts: girts@example.lv" in text  # an address, never "sent" unless it was


def test_long_names_addresses_and_free_text_lay_out_over_pages() -> None:
    long_name = "Ģirts " + "Ķēniņš-Žūriņa " * 12
    recipient = Recipient(long_name, tuple(f"Brīvības iela {n}" for n in range(12)))
    free = "\n\n".join(["Ļoti garš teksts ar <zīmēm> & simboliem. " * 20] * 8)
    pdf = render_letter(
        letter(LetterKind.ACKNOWLEDGMENT, "lv", recipient=recipient, free_paragraph=free)
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    text = text_of(pdf)
    assert "<zīmēm> & simboliem" in text and "2. lapa no" in text


def test_missing_letterhead_fields_still_render() -> None:
    pdf = render_letter(
        letter(LetterKind.ACKNOWLEDGMENT, "en", letterhead=Letterhead("SIA Mini Me"))
    )
    assert "SIA Mini Me" in text_of(pdf)


@pytest.mark.parametrize(("kind", "language"), [("gossip", "lv"), (LetterKind.REFUSAL, "de")])
def test_unknown_kind_or_language_is_refused(kind: str, language: str) -> None:
    with pytest.raises(UnknownLetter):
        render_letter(replace(letter(LetterKind.REFUSAL, "lv"), kind=kind, language=language))
