"""The supervisory authority the shop answers to and customers may complain to: the Data
State Inspectorate of Latvia (DVI). One place for its contact details (docs/legal.md
§7, verified late 2025); letters and notices read them from here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Authority:
    name_lv: str
    name_lv_dative: str  # to whom a complaint is lodged: "iesniegt sūdzību ... inspekcijai"
    name_en: str
    address: str
    email: str
    phone: str
    website: str
    breach_form: str  # DVI's online breach notification tool
    breach_mailbox: str


DVI = Authority(
    name_lv="Datu valsts inspekcija",
    name_lv_dative="Datu valsts inspekcijai",
    name_en="Data State Inspectorate (Datu valsts inspekcija)",
    address="Elijas iela 17, Rīga, LV-1050",
    email="pasts@dvi.gov.lv",
    phone="+371 67223131",
    website="www.dvi.gov.lv",
    breach_form="https://pazinojums.dvi.gov.lv/",
    breach_mailbox="DBN@dvi.gov.lv",
)
