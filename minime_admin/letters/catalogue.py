"""Every letter's text, in Latvian and English, in one reviewable place.

Body items, in order:
- "text with {placeholders}": a paragraph;
- If("field", "text"): the paragraph only when that fact is given;
- Items("field", "intro", "if empty"): the intro, then the fact's values as a bulleted list
  (or the "if empty" sentence; empty means the list is left out);
- Block("name"): a shared passage from BLOCKS (the right to complain, to go to court).
Placeholders are filled by letters.engine (dates in each language's style).
"""

from __future__ import annotations

from dataclasses import dataclass

from minime_admin.domain.actor import Role
from minime_admin.domain.requests import Channel, ErasureException, RefusalReason, RequestType
from minime_admin.domain.transfers import TransferSafeguard
from minime_admin.letters.model import LetterKind


@dataclass(frozen=True)
class If:
    field: str
    text: str


@dataclass(frozen=True)
class Items:
    field: str
    intro: str
    if_empty: str = ""


@dataclass(frozen=True)
class Block:
    name: str


BodyItem = str | If | Items | Block


@dataclass(frozen=True)
class LetterText:
    title: str  # the kind's name, as staff see it in the letter dialog
    subject: str
    body: tuple[BodyItem, ...]


K = LetterKind

REQUEST_TYPES: dict[str, dict[str, str]] = {
    "lv": {
        RequestType.ACCESS: "piekļuve saviem datiem un to kopija (VDAR 15. pants)",
        RequestType.RECTIFICATION: "datu labošana (VDAR 16. pants)",
        RequestType.ERASURE: "datu dzēšana (VDAR 17. pants)",
        RequestType.RESTRICTION: "apstrādes ierobežošana (VDAR 18. pants)",
        RequestType.PORTABILITY: "datu pārnesamība (VDAR 20. pants)",
        RequestType.OBJECTION: "iebildums pret apstrādi (VDAR 21. panta 1. punkts)",
        RequestType.MARKETING_OBJECTION: (
            "iebildums pret tiešo tirgvedību (VDAR 21. panta 3. punkts)"
        ),
        RequestType.CONSENT_WITHDRAWAL: "piekrišanas atsaukšana (VDAR 7. panta 3. punkts)",
        RequestType.UNSUBSCRIBE: "atteikšanās no jaunumu vēstules",
        RequestType.LEGAL_BASIS_QUESTION: (
            "jautājums par apstrādes juridisko pamatu vai datu nosūtīšanu"
        ),
        RequestType.OTHER: "jautājums par personas datiem",
    },
    "en": {
        RequestType.ACCESS: "access to your data and a copy of it (GDPR Art. 15)",
        RequestType.RECTIFICATION: "rectification of your data (GDPR Art. 16)",
        RequestType.ERASURE: "erasure of your data (GDPR Art. 17)",
        RequestType.RESTRICTION: "restriction of processing (GDPR Art. 18)",
        RequestType.PORTABILITY: "data portability (GDPR Art. 20)",
        RequestType.OBJECTION: "objection to processing (GDPR Art. 21(1))",
        RequestType.MARKETING_OBJECTION: "objection to direct marketing (GDPR Art. 21(3))",
        RequestType.CONSENT_WITHDRAWAL: "withdrawal of consent (GDPR Art. 7(3))",
        RequestType.UNSUBSCRIBE: "unsubscribing from the newsletter",
        RequestType.LEGAL_BASIS_QUESTION: (
            "a question about the legal basis or transfers of your data"
        ),
        RequestType.OTHER: "a question about your personal data",
    },
}

REFUSAL_REASONS: dict[str, dict[str, str]] = {
    "lv": {
        RefusalReason.UNFOUNDED_OR_EXCESSIVE: (
            "pieprasījums ir acīmredzami nepamatots vai pārmērīgs (VDAR 12. panta 5. punkts)"
        ),
        RefusalReason.IDENTITY_NOT_CONFIRMED: (
            "mēs nevarējām pārliecināties par Jūsu identitāti (VDAR 12. panta 6. punkts)"
        ),
        RefusalReason.ERASURE_EXCEPTION: (
            "datus mums ir pienākums vai tiesības saglabāt (VDAR 17. panta 3. punkts)"
        ),
        RefusalReason.COMPELLING_GROUNDS: (
            "mums ir pārliecinoši leģitīmi apstrādes iemesli, kas ir svarīgāki par Jūsu "
            "interesēm, tiesībām un brīvībām (VDAR 21. panta 1. punkts)"
        ),
        RefusalReason.OTHER: "to neļauj turpmāk izklāstītie iemesli",
    },
    "en": {
        RefusalReason.UNFOUNDED_OR_EXCESSIVE: (
            "the request is manifestly unfounded or excessive (GDPR Art. 12(5))"
        ),
        RefusalReason.IDENTITY_NOT_CONFIRMED: (
            "we could not confirm your identity (GDPR Art. 12(6))"
        ),
        RefusalReason.ERASURE_EXCEPTION: (
            "the law obliges or entitles us to keep the data (GDPR Art. 17(3))"
        ),
        RefusalReason.COMPELLING_GROUNDS: (
            "we have compelling legitimate grounds for the processing which override your "
            "interests, rights and freedoms (GDPR Art. 21(1))"
        ),
        RefusalReason.OTHER: "of the reasons set out below",
    },
}

# An erasure refused under Art. 17(3): the reason names the point that applies.
ERASURE_EXCEPTIONS: dict[str, dict[str, str]] = {
    "lv": {
        ErasureException.FREEDOM_OF_EXPRESSION: (
            "datu glabāšana ir nepieciešama, lai izmantotu tiesības uz vārda un informācijas "
            'brīvību (VDAR 17. panta 3. punkta "a" apakšpunkts)'
        ),
        ErasureException.LEGAL_OBLIGATION: (
            "datu glabāšana ir nepieciešama, lai izpildītu mums noteiktu juridisku pienākumu "
            'vai uzdevumu, ko veic sabiedrības interesēs (VDAR 17. panta 3. punkta "b" '
            "apakšpunkts)"
        ),
        ErasureException.PUBLIC_HEALTH: (
            "datu glabāšana ir nepieciešama sabiedrības interešu dēļ sabiedrības veselības "
            'jomā (VDAR 17. panta 3. punkta "c" apakšpunkts)'
        ),
        ErasureException.ARCHIVING_RESEARCH: (
            "datu glabāšana ir nepieciešama arhivēšanas nolūkos sabiedrības interesēs, "
            "zinātniskās vai vēstures pētniecības nolūkos vai statistikas nolūkos "
            '(VDAR 17. panta 3. punkta "d" apakšpunkts)'
        ),
        ErasureException.LEGAL_CLAIMS: (
            "datu glabāšana ir nepieciešama, lai celtu, īstenotu vai aizstāvētu likumīgas "
            'prasības (VDAR 17. panta 3. punkta "e" apakšpunkts)'
        ),
    },
    "en": {
        ErasureException.FREEDOM_OF_EXPRESSION: (
            "keeping the data is necessary for exercising the right of freedom of expression "
            "and information (GDPR Art. 17(3)(a))"
        ),
        ErasureException.LEGAL_OBLIGATION: (
            "keeping the data is necessary for compliance with a legal obligation that binds "
            "us, or for a task carried out in the public interest (GDPR Art. 17(3)(b))"
        ),
        ErasureException.PUBLIC_HEALTH: (
            "keeping the data is necessary for reasons of public interest in the area of "
            "public health (GDPR Art. 17(3)(c))"
        ),
        ErasureException.ARCHIVING_RESEARCH: (
            "keeping the data is necessary for archiving purposes in the public interest, "
            "scientific or historical research purposes or statistical purposes "
            "(GDPR Art. 17(3)(d))"
        ),
        ErasureException.LEGAL_CLAIMS: (
            "keeping the data is necessary for the establishment, exercise or defence of "
            "legal claims (GDPR Art. 17(3)(e))"
        ),
    },
}

STANDARD: dict[str, dict[str, str]] = {
    "lv": {
        "greeting": "Labdien, {name}!",
        "closing": "Ar cieņu,",
        "reference": "Mūsu atsauce",
        "date": "Datums",
        "page": "{page}. lapa no {pages}",
        "by_email": "E-pasts: {email}",  # the address, not a claim that it was sent
        "reg_no": "Reģ. Nr.",
        "until_further": "kamēr pastāv pamats",
    },
    "en": {
        "greeting": "Dear {name},",
        "closing": "Yours sincerely,",
        "reference": "Our reference",
        "date": "Date",
        "page": "Page {page} of {pages}",
        "by_email": "E-mail: {email}",
        "reg_no": "Reg. No.",
        "until_further": "while the reason lasts",
    },
}

BLOCKS: dict[str, dict[str, str]] = {
    "lv": {
        "complaint": "Ja uzskatāt, ka Jūsu personas dati tiek apstrādāti nelikumīgi, Jums ir "
        "tiesības iesniegt sūdzību {dvi_dative} ({dvi_address}, {dvi_email}, tālr. {dvi_phone}, "
        "{dvi_website}).",
        "court": "Jums ir arī tiesības vērsties tiesā, lai aizsargātu savas tiesības.",
        "questions": "Ja Jums ir jautājumi, lūdzu, rakstiet uz {company_email}, norādot "
        "atsauci {reference}. Pieprasījumu izskatīšana ir bez maksas.",
    },
    "en": {
        "complaint": "If you believe your personal data is processed unlawfully, you have the "
        "right to lodge a complaint with the {dvi_name} ({dvi_address}, {dvi_email}, "
        "tel. {dvi_phone}, {dvi_website}).",
        "court": "You also have the right to seek a judicial remedy in court.",
        "questions": "If you have any questions, please write to {company_email} quoting "
        "reference {reference}. We handle requests free of charge.",
    },
}

LETTERS: dict[LetterKind, dict[str, LetterText]] = {
    K.ACKNOWLEDGMENT: {
        "lv": LetterText(
            "Apstiprinājums par pieprasījuma saņemšanu",
            "Jūsu pieprasījums ir saņemts",
            (
                "Apstiprinām, ka {received} saņēmām Jūsu pieprasījumu: {request_type}.",
                "Atbildēsim bez nepamatotas kavēšanās, vēlākais līdz {due_until}. Ja "
                "pieprasījums būs īpaši sarežģīts, šo termiņu var pagarināt vēl par diviem "
                "mēnešiem; par to Jūs informēsim pirms {due_before}, norādot iemeslus.",
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Acknowledgment of receipt",
            "We have received your request",
            (
                "We confirm that on {received} we received your request: {request_type}.",
                "We will answer without undue delay and by {due} at the latest. Should the "
                "request prove particularly complex, this period may be extended by two further "
                "months; we would tell you so, with the reasons, before {due}.",
                Block("questions"),
            ),
        ),
    },
    K.IDENTITY_REQUEST: {
        "lv": LetterText(
            "Lūgums apstiprināt identitāti",
            "Lūdzam apstiprināt Jūsu identitāti",
            (
                "Paldies par Jūsu pieprasījumu ({request_type}), kas saņemts {received}.",
                "Lai Jūsu datus neizsniegtu citai personai un nemainītu pēc citas personas "
                "lūguma, mums jāpārliecinās, ka pieprasījumu iesniedzāt Jūs. Lūdzu, atsūtiet "
                "mums:",
                If("identity_needed", "{identity_needed}"),
                "Mēs prasām tikai to, kas nepieciešams identitātes pārbaudei, un šo informāciju "
                "neizmantosim citiem mērķiem (VDAR 12. panta 6. punkts).",
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Request for proof of identity",
            "Please confirm your identity",
            (
                "Thank you for your request ({request_type}), received on {received}.",
                "So that we do not disclose or change your data at someone else's request, we "
                "need to make sure the request comes from you. Please send us:",
                If("identity_needed", "{identity_needed}"),
                "We ask only for what is needed to confirm your identity and will not use it "
                "for anything else (GDPR Art. 12(6)).",
                Block("questions"),
            ),
        ),
    },
    K.EXTENSION_NOTICE: {
        "lv": LetterText(
            "Paziņojums par termiņa pagarināšanu",
            "Atbildes termiņa pagarinājums",
            (
                "Jūsu pieprasījumu ({request_type}) saņēmām {received}; sākotnējais atbildes "
                "termiņš ir {due_nominative}.",
                "Saskaņā ar VDAR 12. panta 3. punktu pagarinām šo termiņu "
                "līdz {extended_due_until}. Iemesli:",
                If("extension_reason", "{extension_reason}"),
                "Atbildēsim, tiklīdz būsim pabeiguši, un ne vēlāk kā {extended_due}.",
                Block("complaint"),
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Notice of extension",
            "Extension of the time to answer",
            (
                "We received your request ({request_type}) on {received}; the original time "
                "limit for our answer is {due}.",
                "Under GDPR Art. 12(3) we are extending this period to {extended_due}. "
                "The reasons:",
                If("extension_reason", "{extension_reason}"),
                "We will answer as soon as we are done and no later than {extended_due}.",
                Block("complaint"),
                Block("questions"),
            ),
        ),
    },
    K.ACCESS_COVER: {
        "lv": LetterText(
            "Atbilde uz piekļuves pieprasījumu (15. pants)",
            "Jūsu personas dati un informācija par to apstrādi",
            (
                If(
                    "received",
                    "Atbildot uz Jūsu {received} saņemto pieprasījumu, pievienojam Jūsu "
                    "personas datu kopiju un sniedzam VDAR 15. panta 1. un 2. punktā paredzēto "
                    "informāciju.",
                ),
                If(
                    "no_request",
                    "Pievienojam Jūsu personas datu kopiju un sniedzam VDAR 15. panta 1. un "
                    "2. punktā paredzēto informāciju.",
                ),
                Items("purposes", "a) Kādiem nolūkiem Jūsu datus apstrādājam:"),
                Items("categories_held", "b) Kādas Jūsu datu kategorijas mēs glabājam:"),
                Items(
                    "recipients",
                    "c) Kam Jūsu dati ir izpausti (saņēmējs, kad, kādi dati, trešā valsts un "
                    "garantija):",
                    "c) Mūsu datu izpaušanas reģistrā nav ierakstu par Jūsu datu izpaušanu "
                    "citiem saņēmējiem.",
                ),
                Items("retention", "d) Cik ilgi dati tiek glabāti:"),
                "e) Jums ir tiesības pieprasīt datu labošanu vai dzēšanu, apstrādes "
                "ierobežošanu, kā arī iebilst pret apstrādi.",
                "f) Jums ir tiesības iesniegt sūdzību {dvi_dative} ({dvi_address}, {dvi_email}, "
                "tālr. {dvi_phone}, {dvi_website}).",
                "g) Datus esam saņēmuši no Jums pašiem (konts, pasūtījumi, veidlapas) un "
                "automātiski, Jums apmeklējot mūsu tīmekļvietni.",
                "h) Mēs nepieņemam lēmumus, kas balstīti tikai uz automatizētu apstrādi, "
                "tostarp profilēšanu, un kas Jums radītu tiesiskas sekas vai līdzīgi būtiskas "
                "sekas (VDAR 22. panta 1. un 4. punkts).",
                Items(
                    "transfers",
                    "Datu nosūtīšana uz trešajām valstīm un atbilstošās garantijas (VDAR 15. panta "
                    "2. punkts):",
                    "Datu nosūtīšana uz trešajām valstīm (VDAR 15. panta 2. punkts): mūsu "
                    "reģistrā nav ierakstu par Jūsu datu nosūtīšanu uz valsti ārpus Eiropas "
                    "Ekonomikas zonas.",
                ),
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Answer to an access request (Art. 15)",
            "Your personal data and how we process it",
            (
                If(
                    "received",
                    "In answer to your request received on {received}, we enclose a copy of "
                    "your personal data and give you the information GDPR Art. 15(1) and (2) "
                    "provide for.",
                ),
                If(
                    "no_request",
                    "We enclose a copy of your personal data and give you the information GDPR "
                    "Art. 15(1) and (2) provide for.",
                ),
                Items("purposes", "(a) The purposes we process your data for:"),
                Items("categories_held", "(b) The categories of your data we hold:"),
                Items(
                    "recipients",
                    "(c) Who your data has been disclosed to (recipient, when, what data, third "
                    "country and safeguard):",
                    "(c) Our register of disclosures records no disclosure of your data to "
                    "other recipients.",
                ),
                Items("retention", "(d) How long it is kept:"),
                "(e) You have the right to ask us to rectify or erase your data, to restrict "
                "its processing, and to object to processing.",
                "(f) You have the right to lodge a complaint with the {dvi_name} "
                "({dvi_address}, {dvi_email}, tel. {dvi_phone}, {dvi_website}).",
                "(g) We obtained the data from you (your account, orders and forms) and "
                "automatically when you visited our website.",
                "(h) We make no decisions based solely on automated processing, including "
                "profiling, that produce legal effects concerning you or similarly "
                "significantly affect you (GDPR Art. 22(1) and (4)).",
                Items(
                    "transfers",
                    "Transfers to third countries and their appropriate safeguards "
                    "(GDPR Art. 15(2)):",
                    "Transfers to third countries (GDPR Art. 15(2)): our register records no "
                    "transfer of your data to a country outside the European Economic Area.",
                ),
                Block("questions"),
            ),
        ),
    },
    K.PORTABILITY_COVER: {
        "lv": LetterText(
            "Datu pārnesamības pavadvēstule (20. pants)",
            "Jūsu dati mašīnlasāmā formātā",
            (
                "Atbildot uz Jūsu {received} saņemto pieprasījumu, nosūtām datus, ko mums "
                "sniedzāt un ko esam ieguvuši, Jums izmantojot mūsu pakalpojumus, "
                "strukturētā, plaši izmantotā un mašīnlasāmā formātā (VDAR 20. pants).",
                Items("files", "Pielikumā ir šādi faili:"),
                "JSON un CSV failus var atvērt ar jebkuru teksta redaktoru vai izklājlapu "
                "programmu, un tos var nodot citam pārzinim.",
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Portability cover letter (Art. 20)",
            "Your data in a machine-readable format",
            (
                "In answer to your request received on {received}, we send you the data you "
                "gave us and the data we observed while you used our services, in a "
                "structured, commonly used and machine-readable format (GDPR Art. 20).",
                Items("files", "The package contains these files:"),
                "The JSON and CSV files open in any text editor or spreadsheet program and can "
                "be passed to another controller.",
                Block("questions"),
            ),
        ),
    },
    K.RECTIFICATION_DONE: {
        "lv": LetterText(
            "Dati izlaboti (16. pants)",
            "Jūsu dati ir izlaboti",
            (
                Items(
                    "fields_corrected",
                    "Atbildot uz Jūsu {received} saņemto pieprasījumu, esam izlabojuši šādus "
                    "datus:",
                    "Atbildot uz Jūsu {received} saņemto pieprasījumu, esam izlabojuši Jūsu "
                    "datus, kā lūdzāt.",
                ),
                Items(
                    "partners_told",
                    "Saskaņā ar VDAR 19. pantu par labojumu esam informējuši šos saņēmējus, "
                    "kuriem šie dati tika izpausti:",
                ),
                Items(
                    "partners_informed",
                    "Saskaņā ar VDAR 19. pantu par labojumu mums jāinformē saņēmēji, "
                    "kuriem šie dati tika izpausti:",
                ),
                If("no_recipients", "Šie dati nav izpausti citiem saņēmējiem."),
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Rectification done (Art. 16)",
            "Your data has been corrected",
            (
                Items(
                    "fields_corrected",
                    "In answer to your request received on {received}, we have corrected the "
                    "following data:",
                    "In answer to your request received on {received}, we have corrected your "
                    "data as you asked.",
                ),
                Items(
                    "partners_told",
                    "As GDPR Art. 19 requires, we have told these recipients, to whom this "
                    "data had been disclosed, of the correction:",
                ),
                Items(
                    "partners_informed",
                    "GDPR Art. 19 requires us to tell the following recipients, to whom "
                    "this data had been disclosed, of the correction:",
                ),
                If("no_recipients", "This data had not been disclosed to other recipients."),
                Block("questions"),
            ),
        ),
    },
    K.ERASURE_DONE: {
        "lv": LetterText(
            "Dati dzēsti (17. pants)",
            "Jūsu dati ir dzēsti",
            (
                "Atbildot uz Jūsu {received} saņemto pieprasījumu, esam dzēsuši šādus Jūsu datus:",
                Items("erased", ""),
                Items(
                    "kept",
                    "Daļu datu likums mums liek saglabāt; tie ir nošķirti no Jūsu "
                    "profila un netiek izmantoti citiem nolūkiem:",
                ),
                Items(
                    "partners_told",
                    "Saskaņā ar VDAR 19. pantu par dzēšanu esam informējuši šos saņēmējus, "
                    "kuriem Jūsu dati tika izpausti:",
                ),
                Items(
                    "partners_informed",
                    "Saskaņā ar VDAR 19. pantu par dzēšanu mums jāinformē saņēmēji, "
                    "kuriem Jūsu dati tika izpausti:",
                ),
                If(
                    "backups_gone_days",
                    "Mūsu datubāzes šifrētajās rezerves kopijās, kas izveidotas pirms dzēšanas, "
                    "Jūsu dati vēl ir; šīs kopijas tiek pakāpeniski aizstātas, un ne vēlāk kā "
                    "{backups_gone_days} dienu laikā pēc dzēšanas neviena no tām vairs "
                    "nepaliek. Ja kādu no tām nāktos atjaunot, Jūsu dati tiktu dzēsti atkārtoti.",
                ),
                Block("complaint"),
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Erasure done (Art. 17)",
            "Your data has been erased",
            (
                "In answer to your request received on {received}, we have erased the "
                "following data of yours:",
                Items("erased", ""),
                Items(
                    "kept",
                    "The law makes us keep some data; it has been cut loose from "
                    "your profile and is used for nothing else:",
                ),
                Items(
                    "partners_told",
                    "As GDPR Art. 19 requires, we have told these recipients, to whom your "
                    "data had been disclosed, of the erasure:",
                ),
                Items(
                    "partners_informed",
                    "GDPR Art. 19 requires us to tell the following recipients, to whom "
                    "your data had been disclosed, of the erasure:",
                ),
                If(
                    "backups_gone_days",
                    "Our encrypted backup copies of the database made before the erasure still "
                    "hold your data; they are replaced in rotation, and within "
                    "{backups_gone_days} days of the erasure none of them is left. Should one "
                    "ever have to be restored, your data would be erased again.",
                ),
                Block("complaint"),
                Block("questions"),
            ),
        ),
    },
    K.RESTRICTION_APPLIED: {
        "lv": LetterText(
            "Apstrāde ierobežota (18. pants)",
            "Jūsu datu apstrāde ir ierobežota",
            (
                "Atbildot uz Jūsu {received} saņemto pieprasījumu, esam ierobežojuši Jūsu datu "
                "apstrādi (VDAR 18. pants). Dati tiek tikai glabāti: tos neizmantojam "
                "tirgvedībai un citiem nolūkiem, izņemot gadījumus, ko pieļauj likums.",
                "Pirms ierobežojuma atcelšanas mēs Jūs par to informēsim (VDAR 18. panta "
                "3. punkts).",
                Items(
                    "partners_told",
                    "Saskaņā ar VDAR 19. pantu par ierobežojumu esam informējuši šos saņēmējus:",
                ),
                Items(
                    "partners_informed",
                    "Saskaņā ar VDAR 19. pantu par ierobežojumu mums jāinformē saņēmēji:",
                ),
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Restriction applied (Art. 18)",
            "Processing of your data is restricted",
            (
                "In answer to your request received on {received}, we have restricted the "
                "processing of your data (GDPR Art. 18). The data is only stored: we do not "
                "use it for marketing or anything else, except where the law allows.",
                "We will tell you before the restriction is lifted (GDPR Art. 18(3)).",
                Items(
                    "partners_told",
                    "As GDPR Art. 19 requires, we have told these recipients of the restriction:",
                ),
                Items(
                    "partners_informed",
                    "GDPR Art. 19 requires us to tell these recipients of the restriction:",
                ),
                Block("questions"),
            ),
        ),
    },
    K.RESTRICTION_LIFT_NOTICE: {
        "lv": LetterText(
            "Iepriekšējs paziņojums par ierobežojuma atcelšanu",
            "Apstrādes ierobežojums tiks atcelts",
            (
                "Saskaņā ar VDAR 18. panta 3. punktu informējam, ka Jūsu datu apstrādes "
                "ierobežojums tiks atcelts {lift_date}.",
                If("lift_reason", "Iemesls: {lift_reason}"),
                Block("complaint"),
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Advance notice of lifting a restriction",
            "The restriction of processing will be lifted",
            (
                "As GDPR Art. 18(3) requires, we inform you that the restriction of the "
                "processing of your data will be lifted on {lift_date}.",
                If("lift_reason", "The reason: {lift_reason}"),
                Block("complaint"),
                Block("questions"),
            ),
        ),
    },
    K.OBJECTION_OUTCOME: {
        "lv": LetterText(
            "Atbilde uz iebildumu (21. pants)",
            "Atbilde uz Jūsu iebildumu",
            (
                "Esam izskatījuši Jūsu {received} saņemto iebildumu pret Jūsu datu apstrādi "
                "(VDAR 21. panta 1. punkts).",
                If("objection_upheld", "Iebildums ir pamatots: šo apstrādi esam pārtraukuši."),
                If(
                    "objection_not_upheld",
                    "Mums ir pārliecinoši leģitīmi apstrādes iemesli, "
                    "kas ir svarīgāki par Jūsu interesēm; tie ir izklāstīti zemāk.",
                ),
                If("objection_grounds", "{refusal_text}"),
                Block("complaint"),
                Block("court"),
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Answer to an objection (Art. 21)",
            "Our answer to your objection",
            (
                "We have considered your objection to the processing of your data, received on "
                "{received} (GDPR Art. 21(1)).",
                If(
                    "objection_upheld", "Your objection is upheld: we have stopped this processing."
                ),
                If(
                    "objection_not_upheld",
                    "We have compelling legitimate grounds for the "
                    "processing which override your interests; they are set out below.",
                ),
                If("objection_grounds", "{refusal_text}"),
                Block("complaint"),
                Block("court"),
                Block("questions"),
            ),
        ),
    },
    K.MARKETING_OPT_OUT: {
        "lv": LetterText(
            "Apstiprinājums: tiešā tirgvedība pārtraukta",
            "Jūs vairs nesaņemsiet tirgvedības ziņas",
            (
                "Apstiprinām, ka pēc Jūsu {received} saņemtā pieprasījuma Jūsu datus vairs "
                "neizmantojam tiešajai tirgvedībai un Jūs vairs nesaņemsiet mūsu jaunumus un "
                "piedāvājumus (VDAR 21. panta 3. punkts). Iemesls nav jānorāda.",
                "Ar pasūtījumiem saistītas ziņas (piemēram, pasūtījuma apstiprinājumu un "
                "piegādes paziņojumus) turpināsiet saņemt.",
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Confirmation: direct marketing stopped",
            "You will no longer receive marketing",
            (
                "We confirm that, following your request received on {received}, we no "
                "longer use your data for direct marketing, and you will no longer receive our "
                "newsletter or offers (GDPR Art. 21(3)). No reason is needed.",
                "You will still receive messages about your orders (such as order "
                "confirmations and delivery notices).",
                Block("questions"),
            ),
        ),
    },
    K.NEWSLETTER_UNSUBSCRIBED: {
        "lv": LetterText(
            "Apstiprinājums: jaunumu vēstule atteikta",
            "Jūs vairs nesaņemsiet mūsu jaunumu vēstuli",
            (
                "Apstiprinām, ka pēc Jūsu {received} saņemtā pieprasījuma mūsu jaunumu "
                "vēstule Jums vairs netiek sūtīta.",
                "Ar pasūtījumiem saistītas ziņas (piemēram, pasūtījuma apstiprinājumu un "
                "piegādes paziņojumus) turpināsiet saņemt.",
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Confirmation: newsletter unsubscribed",
            "You will no longer receive our newsletter",
            (
                "We confirm that, following your request received on {received}, our "
                "newsletter is no longer sent to you.",
                "You will still receive messages about your orders (such as order "
                "confirmations and delivery notices).",
                Block("questions"),
            ),
        ),
    },
    K.CONSENT_WITHDRAWN: {
        "lv": LetterText(
            "Apstiprinājums: piekrišana atsaukta",
            "Jūsu piekrišana ir atsaukta",
            (
                "Apstiprinām, ka {received} saņēmām Jūsu piekrišanas atsaukumu (VDAR 7. panta "
                "3. punkts).",
                Items(
                    "consents_withdrawn",
                    "Jūsu piekrišana šādiem nolūkiem ir atsaukta, un uz tās pamata Jūsu datus "
                    "vairs neapstrādājam:",
                    "Mūsu uzskaitē nav nevienas Jūsu piekrišanas, kas vēl būtu spēkā, tāpēc "
                    "nekas nebija jāmaina.",
                ),
                "Atsaukums neietekmē tās apstrādes likumību, kas pirms atsaukuma veikta, "
                "pamatojoties uz Jūsu piekrišanu.",
                "Ar pasūtījumiem saistītas ziņas (piemēram, pasūtījuma apstiprinājumu un "
                "piegādes paziņojumus) turpināsiet saņemt.",
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Confirmation: consent withdrawn",
            "Your consent has been withdrawn",
            (
                "We confirm that on {received} we received the withdrawal of your consent "
                "(GDPR Art. 7(3)).",
                Items(
                    "consents_withdrawn",
                    "Your consent to the following is withdrawn, and we no longer process your "
                    "data on the basis of it:",
                    "Our records hold no consent of yours still in force, so nothing needed to "
                    "change.",
                ),
                "The withdrawal does not affect the lawfulness of processing based on your "
                "consent before it was withdrawn.",
                "You will still receive messages about your orders (such as order "
                "confirmations and delivery notices).",
                Block("questions"),
            ),
        ),
    },
    K.REFUSAL: {
        "lv": LetterText(
            "Atteikums (12. panta 4. punkts)",
            "Atbilde uz Jūsu pieprasījumu",
            (
                "Esam izskatījuši Jūsu {received} saņemto pieprasījumu ({request_type}).",
                "Diemžēl to nevaram izpildīt, jo {refusal_reason}.",
                If("refusal_text", "Mūsu pamatojums: {refusal_text}"),
                Block("complaint"),
                Block("court"),
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Refusal (Art. 12(4))",
            "Our answer to your request",
            (
                "We have considered your request ({request_type}) received on {received}.",
                "We regret that we cannot act on it, because {refusal_reason}.",
                If("refusal_text", "Our reasons: {refusal_text}"),
                Block("complaint"),
                Block("court"),
                Block("questions"),
            ),
        ),
    },
    K.BREACH_NOTICE: {
        "lv": LetterText(
            "Paziņojums par personas datu aizsardzības pārkāpumu (34. pants)",
            "Svarīgi: Jūsu personas dati ir skarti drošības incidentā",
            (
                "Informējam Jūs par personas datu aizsardzības pārkāpumu, kas skāris Jūsu "
                "datus (VDAR 34. pants).",
                If("breach_description", "Kas notika: {breach_description}"),
                If("breach_consequences", "Iespējamās sekas: {breach_consequences}"),
                If("breach_measures", "Ko esam darījuši un darīsim: {breach_measures}"),
                If("breach_advice", "Ko iesakām darīt Jums: {breach_advice}"),
                If("contact_point", "Sazināties ar mums varat: {contact_point}"),
                Block("complaint"),
            ),
        ),
        "en": LetterText(
            "Personal data breach notice (Art. 34)",
            "Important: a security incident affected your personal data",
            (
                "We are writing to tell you about a personal data breach that affected your "
                "data (GDPR Art. 34).",
                If("breach_description", "What happened: {breach_description}"),
                If("breach_consequences", "What it may mean for you: {breach_consequences}"),
                If("breach_measures", "What we have done and will do: {breach_measures}"),
                If("breach_advice", "What we recommend you do: {breach_advice}"),
                If("contact_point", "How to reach us: {contact_point}"),
                Block("complaint"),
            ),
        ),
    },
    K.LEGAL_BASIS_ANSWER: {
        "lv": LetterText(
            "Atbilde par juridisko pamatu un datu nosūtīšanu",
            "Jūsu datu apstrādes juridiskais pamats un nosūtīšana uz trešajām valstīm",
            (
                "Atbildot uz Jūsu {received} saņemto jautājumu, sniedzam informāciju par to, "
                "uz kāda juridiskā pamata apstrādājam Jūsu datus, kam tie ir izpausti un vai "
                "tie tiek nosūtīti uz valstīm ārpus Eiropas Ekonomikas zonas (VDAR 13., 14. un "
                "15. pants).",
                Items(
                    "legal_bases",
                    "Juridiskais pamats katrai Jūsu datu kategorijai (VDAR 6. panta 1. punkts):",
                ),
                "Ja apstrāde balstās uz Jūsu piekrišanu, Jūs to varat jebkurā laikā atsaukt; "
                "tas neietekmē apstrādes likumību pirms atsaukšanas (VDAR 7. panta 3. punkts). "
                "Ja apstrāde balstās uz mūsu leģitīmajām interesēm, Jums ir tiesības pret to "
                "iebilst (VDAR 21. pants).",
                Items(
                    "recipients",
                    "Kam Jūsu dati ir izpausti (saņēmējs, kad, kādi dati, trešā valsts un "
                    "garantija):",
                    "Mūsu datu izpaušanas reģistrā nav ierakstu par Jūsu datu izpaušanu citiem "
                    "saņēmējiem.",
                ),
                Items(
                    "transfers",
                    "Datu nosūtīšana uz trešajām valstīm un atbilstošās garantijas (VDAR 44.–49. "
                    "pants):",
                    "Mūsu reģistrā nav ierakstu par Jūsu datu nosūtīšanu uz valsti ārpus "
                    "Eiropas Ekonomikas zonas.",
                ),
                Block("complaint"),
                Block("questions"),
            ),
        ),
        "en": LetterText(
            "Answer on the legal basis and transfers",
            "The legal basis for processing your data and transfers to third countries",
            (
                "In answer to your question received on {received}, we set out below the "
                "legal basis on which we process your data, to whom it has been disclosed, and "
                "whether it is transferred to countries outside the European Economic Area "
                "(GDPR Art. 13, 14 and 15).",
                Items(
                    "legal_bases",
                    "The legal basis for each category of your data (GDPR Art. 6(1)):",
                ),
                "Where the processing rests on your consent, you may withdraw it at any time; "
                "this does not affect the lawfulness of the processing before the withdrawal "
                "(GDPR Art. 7(3)). Where it rests on our legitimate interests, you have the "
                "right to object to it (GDPR Art. 21).",
                Items(
                    "recipients",
                    "Who your data has been disclosed to (recipient, when, what data, third "
                    "country and safeguard):",
                    "Our register of disclosures records no disclosure of your data to other "
                    "recipients.",
                ),
                Items(
                    "transfers",
                    "Transfers to third countries and their appropriate safeguards (GDPR "
                    "Art. 44-49):",
                    "Our register records no transfer of your data to a country outside the "
                    "European Economic Area.",
                ),
                Block("complaint"),
                Block("questions"),
            ),
        ),
    },
}

# A recipient the Art. 19 record shows as told: "{partner}: told on {date} {how}".
PARTNER_TOLD: dict[str, dict[str, str]] = {
    "lv": {
        "line": "{partner}: informēts {date} {how}",
        "email": "pa e-pastu",
        "letter": "ar vēstuli",
        "portal": "partnera portālā",
    },
    "en": {
        "line": "{partner}: told on {date} {how}",
        "email": "by e-mail",
        "letter": "by letter",
        "portal": "through the partner's portal",
    },
}

# The consents a person may withdraw, by the purpose a consent event names, as a letter says.
CONSENT_PURPOSES: dict[str, dict[str, str]] = {
    "lv": {
        "newsletter": "jaunumu vēstules saņemšana",
        "personalisation": "satura un piedāvājumu personalizēšana",
        "marketing": "tirgvedības ziņu saņemšana",
    },
    "en": {
        "newsletter": "receiving the newsletter",
        "personalisation": "personalising content and offers",
        "marketing": "receiving marketing messages",
    },
}

# Names and purposes of the data categories as a letter states them (Art. 15(1)(a)-(b)).
CATEGORY_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "lv": {
        "profile": ("Profila dati (vārds, e-pasts, tālrunis, valoda)",
                    "saziņa ar Jums un klientu atbalsts"),
        "address": ("Adreses", "preču piegāde un rēķini"),
        "account": ("Konta dati", "pieslēgšanās un pasūtījumu vēsture"),
        "order": ("Pasūtījumi", "pirkuma līguma izpilde un grāmatvedība"),
        "invoice": ("Rēķini", "grāmatvedība, kā to prasa likums"),
        "payment": ("Maksājumu dati", "maksājuma pieņemšana"),
        "newsletter": ("Jaunumu vēstules abonements", "jaunumu sūtīšana ar Jūsu piekrišanu"),
        "consent": ("Piekrišanu vēsture", "piekrišanas pierādīšana"),
        "marketing_objection": ("Iebildumi pret tirgvedību", "Jūsu iebilduma ievērošana"),
        "cookie_consent": ("Sīkdatņu izvēles", "Jūsu sīkdatņu izvēles ievērošana"),
        "review": ("Atsauksmes", "atsauksmju publicēšana"),
        "visit": ("Tīmekļvietnes apmeklējumu dati", "drošība un tīmekļvietnes uzlabošana"),
        "disclosure": ("Ziņas par datu izpaušanu partneriem", "pārskatatbildība"),
        "restriction": ("Apstrādes ierobežojumi", "Jūsu tiesību ievērošana"),
        "legal_hold": ("Tiesisko prasību dati", "tiesisko prasību celšana vai aizstāvēšana"),
    },
    "en": {
        "profile": ("Profile (name, e-mail, phone, language)", "contacting you and support"),
        "address": ("Addresses", "delivering goods and invoicing"),
        "account": ("Account", "signing in and order history"),
        "order": ("Orders", "performing the sales contract and accounting"),
        "invoice": ("Invoices", "accounting, as the law requires"),
        "payment": ("Payment data", "taking payment"),
        "newsletter": ("Newsletter subscription", "sending the newsletter with your consent"),
        "consent": ("Consent history", "proving consent"),
        "marketing_objection": ("Marketing objections", "honouring your objection"),
        "cookie_consent": ("Cookie choices", "honouring your cookie choice"),
        "review": ("Reviews", "publishing reviews"),
        "visit": ("Website visit data", "security and improving the website"),
        "disclosure": ("Records of disclosures to partners", "accountability"),
        "restriction": ("Restrictions of processing", "respecting your rights"),
        "legal_hold": ("Data about legal claims", "establishing or defending legal claims"),
    },
}  # fmt: skip

# Art. 15(1)(c) and 15(2): a disclosure and a transfer as the access answer states them.
ACCESS_PHRASES: dict[str, dict[str, str]] = {
    "lv": {
        "recipient": "{partner} ({country}) — {data}; {when}",
        "once": "izpausti {date}",
        "dates": "izpausti {dates}",
        "span": "izpausti {count} reizes laikā no {first} līdz {last}",
        "span_1": "izpausti {count} reizi laikā no {first} līdz {last}",
        "third_country": "; trešā valsts, garantija: {safeguard}",
        "transfer": "{partner} ({country}): {safeguard}",
        "no_safeguard": "mūsu reģistrā garantija nav norādīta",
        "copy": "Garantiju kopiju varat saņemt, rakstot mums.",
    },
    "en": {
        "recipient": "{partner} ({country}) — {data}; {when}",
        "once": "disclosed on {date}",
        "dates": "disclosed on {dates}",
        "span": "disclosed {count} times between {first} and {last}",
        "span_1": "disclosed {count} times between {first} and {last}",
        "third_country": "; a third country, safeguard: {safeguard}",
        "transfer": "{partner} ({country}): {safeguard}",
        "no_safeguard": "no safeguard is recorded in our register",
        "copy": "You may ask us for a copy of the safeguards.",
    },
}

# The Art. 6(1) legal bases (domain.categories.LegalBasis), as a letter names them.
LEGAL_BASES: dict[str, dict[str, str]] = {
    "lv": {
        "consent": "Jūsu piekrišana (VDAR 6. panta 1. punkta a) apakšpunkts)",
        "contract": "līguma ar Jums izpilde (VDAR 6. panta 1. punkta b) apakšpunkts)",
        "legal_obligation": "mums noteikts juridisks pienākums (VDAR 6. panta 1. punkta "
        "c) apakšpunkts)",
        "public_interest": "uzdevums sabiedrības interesēs (VDAR 6. panta 1. punkta "
        "e) apakšpunkts)",
        "legitimate_interests": "mūsu leģitīmās intereses (VDAR 6. panta 1. punkta f) apakšpunkts)",
    },
    "en": {
        "consent": "your consent (GDPR Art. 6(1)(a))",
        "contract": "performing our contract with you (GDPR Art. 6(1)(b))",
        "legal_obligation": "a legal obligation we are subject to (GDPR Art. 6(1)(c))",
        "public_interest": "a task carried out in the public interest (GDPR Art. 6(1)(e))",
        "legitimate_interests": "our legitimate interests (GDPR Art. 6(1)(f))",
    },
}

# The safeguard a transfer rests on (domain.transfers.TransferSafeguard), in the letter's
# language; a recorded text that names none of these is quoted as written.
TRANSFER_SAFEGUARDS: dict[str, dict[str, str]] = {
    "lv": {
        TransferSafeguard.ADEQUACY: "Eiropas Komisijas lēmums par aizsardzības līmeņa "
        "pietiekamību (VDAR 45. pants)",
        TransferSafeguard.STANDARD_CLAUSES: "Eiropas Komisijas pieņemtās standarta līguma "
        "klauzulas (VDAR 46. panta 2. punkta c) apakšpunkts)",
        TransferSafeguard.CORPORATE_RULES: "saistošie uzņēmuma noteikumi (VDAR 46. panta "
        "2. punkta b) apakšpunkts un 47. pants)",
        TransferSafeguard.DEROGATION: "atkāpe īpašā situācijā (VDAR 49. pants)",
    },
    "en": {
        TransferSafeguard.ADEQUACY: "an adequacy decision of the European Commission "
        "(GDPR Art. 45)",
        TransferSafeguard.STANDARD_CLAUSES: "standard contractual clauses adopted by the "
        "European Commission (GDPR Art. 46(2)(c))",
        TransferSafeguard.CORPORATE_RULES: "binding corporate rules (GDPR Art. 46(2)(b) and 47)",
        TransferSafeguard.DEROGATION: "a derogation for a specific situation (GDPR Art. 49)",
    },
}

COUNTRY_NAMES: dict[str, dict[str, str]] = {
    "lv": {"LV": "Latvija", "EE": "Igaunija", "LT": "Lietuva", "IE": "Īrija", "DE": "Vācija",
           "FI": "Somija", "SE": "Zviedrija", "PL": "Polija", "US": "ASV",
           "GB": "Apvienotā Karaliste"},
    "en": {"LV": "Latvia", "EE": "Estonia", "LT": "Lithuania", "IE": "Ireland", "DE": "Germany",
           "FI": "Finland", "SE": "Sweden", "PL": "Poland", "US": "USA",
           "GB": "United Kingdom"},
}  # fmt: skip

# How a retention rule reads in a letter: {months} and the event it runs from.
RETENTION_PHRASES: dict[str, dict[str, str]] = {
    "lv": {
        "collected": "{months} mēn. no savākšanas",
        "purchase_completed": "līdz pirkuma pabeigšanai",
        "financial_year_end": "{months} mēn. pēc finanšu gada beigām",
        "last_activity": "{months} mēn. pēc Jūsu pēdējās aktivitātes",
        "withdrawn": "{months} mēn. pēc atsaukšanas",
        "withdrawn_0": "līdz atsaukšanai",
        "lifted_0": "līdz atcelšanai",
        "lifted": "{months} mēn. pēc atcelšanas",
        "never": "kamēr pastāv pamats",
    },
    "en": {
        "collected": "{months} months from collection",
        "purchase_completed": "until the purchase completes",
        "financial_year_end": "{months} months after the end of the financial year",
        "last_activity": "{months} months after your last activity",
        "withdrawn": "{months} months after withdrawal",
        "withdrawn_0": "until withdrawn",
        "lifted_0": "until lifted",
        "lifted": "{months} months after it is lifted",
        "never": "while the reason lasts",
    },
}

SIGNER_ROLES: dict[str, dict[str, str]] = {
    "lv": {Role.STAFF: "Privātuma birojs", Role.MANAGER: "Vadītājs"},
    "en": {Role.STAFF: "Privacy office", Role.MANAGER: "Manager"},
}

DEFAULT_IDENTITY_NEEDED: dict[str, str] = {
    "lv": "viena sava pasūtījuma numuru un e-pasta adresi, ko izmantojāt, pasūtot.",
    "en": "the number of one of your orders and the e-mail address you used to order.",
}

# What a rectification letter calls the fields the customer page can correct: the person
# reads "E-pasta adrese", never the column name.
FIELD_NAMES: dict[str, dict[str, str]] = {
    "lv": {
        "first_name": "Vārds",
        "last_name": "Uzvārds",
        "email": "E-pasta adrese",
        "phone": "Tālruņa numurs",
        "language": "Saziņas valoda",
        "street": "Iela un māja",
        "city": "Pilsēta",
        "postal_code": "Pasta indekss",
        "country": "Valsts",
    },
    "en": {
        "first_name": "First name",
        "last_name": "Last name",
        "email": "E-mail address",
        "phone": "Phone number",
        "language": "Language for letters",
        "street": "Street address",
        "city": "City",
        "postal_code": "Postal code",
        "country": "Country",
    },
}


PORTABILITY_FILES: dict[str, tuple[str, ...]] = {
    "lv": ("data.json — visi dati vienā failā", "CSV faili — katrai datu kategorijai savs",
           "README.txt — failu apraksts"),
    "en": ("data.json — all the data in one file", "CSV files — one per data category",
           "README.txt — what each file holds"),
}  # fmt: skip

EXPORT_README: dict[str, str] = {
    "lv": """Jūsu personas dati no {company}
================================

Šajā arhīvā ir visi dati, ko {company} glabā par Jums (atsauce {reference}, sagatavots
{generated}).

- answer.pdf: mūsu atbilde ar VDAR 15. pantā paredzēto informāciju un datu pārskats.
- data.json: visi dati vienā failā (UTF-8, datumi ISO 8601 formātā). Augšējā līmenī ir
  schema_version, generated_at, controller, data_subject un categories; katra kategorija
  satur tabulas, katra tabula – ierakstu sarakstu.
- *.csv: katrai tabulai savs fails (UTF-8 ar BOM, lai Excel pareizi rādītu latviešu
  burtus). Faila nosaukums: kategorija-tabula.csv.

Šos failus varat nodot citam pakalpojumu sniedzējam (VDAR 20. pants).
""",
    "en": """Your personal data from {company}
=================================

This archive holds the data {company} keeps about you (reference {reference}, prepared
{generated}).

- answer.pdf: our answer with the information GDPR Art. 15 requires and a readable copy.
- data.json: all the data in one file (UTF-8, dates in ISO 8601). At the top level:
  schema_version, generated_at, controller, data_subject and categories; each category
  holds tables, each table a list of records.
- *.csv: one file per table (UTF-8 with BOM so that Excel shows Latvian letters).
  File name: category-table.csv.

You may pass these files to another provider (GDPR Art. 20).
""",
}

APPENDIX_MORE: dict[str, str] = {
    "lv": "… pārējie ieraksti ({more}) ir failā {file}.",
    "en": "… and {more} more records; all of them are in {file}.",
}

# Why an erasure kept something (by domain.erasure.Reason value), as letters say it.
ERASURE_KEPT_WHY: dict[str, dict[str, str]] = {
    "lv": {
        "accounting_law": "Grāmatvedības likums prasa glabāt grāmatvedības dokumentus "
        '(VDAR 17. panta 3. punkta "b" apakšpunkts)',
        "legal_hold": "neatrisināts strīds vai maksājuma apstrīdējums (VDAR 17. panta "
        '3. punkta "e" apakšpunkts)',
        "released_hold": "ziņas par jau noslēgtu strīdu vai maksājuma apstrīdējumu, ja "
        'prasība tiktu celta vēlreiz (VDAR 17. panta 3. punkta "e" apakšpunkts)',
        "open_order": "pasūtījums vēl tiek izpildīts",
        "consent_evidence": "piekrišanas pierādījums (VDAR 7. panta 1. punkts); e-pasta "
        "adrese aizstāta ar neatgriezenisku kodu",
        "marketing_objection": "lai arī turpmāk ievērotu Jūsu iebildumu pret tiešo tirgvedību "
        "(VDAR 21. panta 3. punkts)",
        "accountability": "ziņas par to, kuriem partneriem dati tika nodoti (VDAR 5. panta "
        "2. punkts un 19. pants), bez personas datiem",
    },
    "en": {
        "accounting_law": "Latvian accounting law requires accounting documents to be kept "
        "(GDPR Art. 17(3)(b))",
        "legal_hold": "an open dispute or chargeback (GDPR Art. 17(3)(e))",
        "released_hold": "the record of a dispute or chargeback that has ended, in case the "
        "claim is raised again (GDPR Art. 17(3)(e))",
        "open_order": "the order is still being performed",
        "consent_evidence": "proof of consent (GDPR Art. 7(1)); the e-mail address is "
        "replaced by an irreversible code",
        "marketing_objection": "so that your objection to direct marketing is still honoured "
        "(GDPR Art. 21(3))",
        "accountability": "the record of which partners received the data (GDPR Art. 5(2) "
        "and 19), without personal data",
    },
}

PARTNER_NOTICE: dict[str, dict[str, str]] = {
    "lv": {
        "title": "Paziņojums par personas datu dzēšanu (VDAR 19. pants)",
        "intro": "Labdien! Saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 17. un "
        "19. pantu informējam, ka pēc datu subjekta pieprasījuma esam dzēsuši šīs personas "
        "datus. Lūdzam dzēst arī tos šīs personas datus, ko esam Jums nodevuši, ja vien "
        "likums Jums neliek tos glabāt, un apstiprināt to, rakstot uz {email}.",
        "subject": "Datu subjekts",
        "name": "Vārds, uzvārds",
        "email": "E-pasts",
        "erasure": "Dzēšana",
        "erased_on": "Dzēsts",
        "reference": "Mūsu atsauce",
        "recipient": "Saņēmējs",
        "partner": "Partneris",
        "country": "Valsts",
        "contact": "Kontakts",
    },
    "en": {
        "title": "Notice of erasure of personal data (GDPR Art. 19)",
        "intro": "Under Articles 17 and 19 of the General Data Protection Regulation (GDPR) "
        "we inform you that, at the data subject's request, we have erased this person's "
        "data. Please erase the personal data of this person that we disclosed to you, "
        "unless the law makes you keep it, and confirm this by writing to {email}.",
        "subject": "Data subject",
        "name": "Name",
        "email": "E-mail",
        "erasure": "Erasure",
        "erased_on": "Erased on",
        "reference": "Our reference",
        "recipient": "Recipient",
        "partner": "Partner",
        "country": "Country",
        "contact": "Contact",
    },
}


# Art. 19 notices for a rectification or a restriction (the erasure one is PARTNER_NOTICE).
PARTNER_CHANGE_NOTICE: dict[str, dict[str, str]] = {
    "lv": {
        "rectification_title": "Paziņojums par personas datu labošanu (VDAR 19. pants)",
        "rectification_intro": "Labdien! Saskaņā ar Vispārīgās datu aizsardzības regulas "
        "(VDAR) 16. un 19. pantu informējam, ka pēc datu subjekta pieprasījuma esam labojuši "
        "šīs personas datus, kas norādīti zemāk. Lūdzam tos labot arī Jūsu rīcībā esošajos "
        "datos, ko esam Jums nodevuši, un apstiprināt to, rakstot uz {email}.",
        "restriction_title": "Paziņojums par personas datu apstrādes ierobežošanu (VDAR 19. pants)",
        "restriction_intro": "Labdien! Saskaņā ar Vispārīgās datu aizsardzības regulas "
        "(VDAR) 18. un 19. pantu informējam, ka pēc datu subjekta pieprasījuma esam "
        "ierobežojuši šīs personas datu apstrādi. Lūdzam no šī brīža tos datus, ko esam Jums "
        "nodevuši, tikai glabāt un neapstrādāt citādi, līdz mēs Jums paziņosim, ka "
        "ierobežojums ir atcelts, un apstiprināt to, rakstot uz {email}.",
        "subject": "Datu subjekts",
        "name": "Vārds, uzvārds",
        "email": "E-pasts",
        "corrected": "Labotie dati (pašreizējās vērtības)",
        "change": "Izmaiņas",
        "changed_on": "Datums",
        "reference": "Mūsu atsauce",
        "recipient": "Saņēmējs",
        "partner": "Partneris",
        "country": "Valsts",
        "contact": "Kontakts",
    },
    "en": {
        "rectification_title": "Notice of rectification of personal data (GDPR Art. 19)",
        "rectification_intro": "Under Articles 16 and 19 of the General Data Protection "
        "Regulation (GDPR) we inform you that, at the data subject's request, we have "
        "corrected this person's data shown below. Please correct it in the data we "
        "disclosed to you as well, and confirm this by writing to {email}.",
        "restriction_title": "Notice of restriction of processing (GDPR Art. 19)",
        "restriction_intro": "Under Articles 18 and 19 of the General Data Protection "
        "Regulation (GDPR) we inform you that, at the data subject's request, we have "
        "restricted the processing of this person's data. From now on please only store the "
        "data we disclosed to you and do not otherwise process it until we tell you that the "
        "restriction has been lifted, and confirm this by writing to {email}.",
        "subject": "Data subject",
        "name": "Name",
        "email": "E-mail",
        "corrected": "Corrected data (current values)",
        "change": "Change",
        "changed_on": "Date",
        "reference": "Our reference",
        "recipient": "Recipient",
        "partner": "Partner",
        "country": "Country",
        "contact": "Contact",
    },
}


# The readable copy in answer.pdf (letters/readable.py): what a person reads for each exported
# table and column. A key "table.column" names one table's column, a plain "column" the
# column wherever it is. data.json and the CSV files keep the column names.
EXPORT_TABLES: dict[str, dict[str, str]] = {
    "lv": {"order_items": "pasūtītās preces"},
    "en": {"order_items": "items ordered"},
}

EXPORT_COLUMNS: dict[str, dict[str, str]] = {
    "lv": {
        "first_name": "Vārds", "last_name": "Uzvārds", "email": "E-pasta adrese",
        "phone": "Tālrunis", "language": "Saziņas valoda", "created_at": "Izveidots",
        "last_activity_at": "Pēdējā aktivitāte", "kind": "Veids", "street": "Iela un māja",
        "city": "Pilsēta", "postal_code": "Pasta indekss", "country": "Valsts",
        "username": "Lietotājvārds", "last_login_at": "Pēdējā pieslēgšanās",
        "status": "Statuss", "number": "Numurs", "placed_at": "Pasūtīts",
        "completed_at": "Pabeigts", "total_cents": "Summa",
        "shipping_address": "Piegādes adrese", "order_id": "Pasūtījums",
        "sku": "Preces kods", "product_name": "Prece", "quantity": "Daudzums",
        "unit_price_cents": "Cena par vienību", "issued_at": "Izrakstīts",
        "buyer_name": "Pircējs", "buyer_address": "Pircēja adrese", "vat_cents": "PVN",
        "provider": "Maksājumu pakalpojums", "provider_reference": "Maksājuma atsauce",
        "card_brand": "Karte", "card_last4": "Kartes pēdējie cipari",
        "amount_cents": "Summa", "subscribed_at": "Pierakstīts",
        "unsubscribed_at": "Abonements beidzās", "list_name": "Saraksts",
        "optin_ip": "IP adrese, pierakstoties", "confirmed_at": "Apstiprināts",
        "confirm_ip": "IP adrese, apstiprinot", "purpose": "Mērķis", "action": "Notikums",
        "occurred_at": "Kad", "channel": "Kā", "wording": "Teksts",
        "wording_version": "Teksta versija", "received_at": "Saņemts",
        "scope": "Attiecas uz", "given_at": "Izvēle izdarīta",
        "analytics": "Analītikas sīkdatnes", "advertising": "Reklāmas sīkdatnes",
        "banner_version": "Paziņojuma versija", "rating": "Vērtējums",
        "title": "Virsraksts", "body": "Teksts", "published_at": "Publicēts",
        "ip_address": "IP adrese", "browser": "Pārlūks", "browser_version": "Pārlūka versija",
        "operating_system": "Operētājsistēma", "visit_records.language": "Pārlūka valoda",
        "referrer": "Atnāca no", "page": "Lapa", "time_on_page_s": "Laiks lapā (s)",
        "site_search": "Meklēts vietnē", "visited_at": "Apmeklēts",
        "disclosed_at": "Izpausts", "data_categories": "Dati",
        "legal_basis": "Tiesiskais pamats", "disclosures.purpose": "Nolūks",
        "partner_name": "Partneris", "partner_country": "Partnera valsts",
        "third_country": "Ārpus ES/EEZ", "safeguards": "Garantijas", "reason": "Iemesls",
        "started_at": "Sākts", "lifted_at": "Atcelts", "started_on": "Sākts",
        "released_on": "Beidzies",
    },
    "en": {
        "first_name": "First name", "last_name": "Last name", "email": "E-mail address",
        "phone": "Phone", "language": "Language for letters", "created_at": "Created",
        "last_activity_at": "Last activity", "kind": "Kind", "street": "Street address",
        "city": "City", "postal_code": "Postal code", "country": "Country",
        "username": "User name", "last_login_at": "Last sign-in", "status": "Status",
        "number": "Number", "placed_at": "Placed", "completed_at": "Completed",
        "total_cents": "Total", "shipping_address": "Delivery address", "order_id": "Order",
        "sku": "Product code", "product_name": "Product", "quantity": "Quantity",
        "unit_price_cents": "Unit price", "issued_at": "Issued", "buyer_name": "Buyer",
        "buyer_address": "Buyer's address", "vat_cents": "VAT",
        "provider": "Payment provider", "provider_reference": "Payment reference",
        "card_brand": "Card", "card_last4": "Card's last digits", "amount_cents": "Amount",
        "subscribed_at": "Subscribed", "unsubscribed_at": "Subscription ended",
        "list_name": "List", "optin_ip": "IP address at sign-up",
        "confirmed_at": "Confirmed", "confirm_ip": "IP address at confirmation",
        "purpose": "Purpose", "action": "Event", "occurred_at": "When", "channel": "How",
        "wording": "Wording", "wording_version": "Wording version",
        "received_at": "Received", "scope": "Covers", "given_at": "Chosen",
        "analytics": "Analytics cookies", "advertising": "Advertising cookies",
        "banner_version": "Banner version", "rating": "Rating", "title": "Title",
        "body": "Text", "published_at": "Published", "ip_address": "IP address",
        "browser": "Browser", "browser_version": "Browser version",
        "operating_system": "Operating system", "visit_records.language": "Browser language",
        "referrer": "Came from", "page": "Page", "time_on_page_s": "Time on page (s)",
        "site_search": "Searched on the site", "visited_at": "Visited",
        "disclosed_at": "Disclosed", "data_categories": "Data",
        "legal_basis": "Legal basis", "disclosures.purpose": "Purpose",
        "partner_name": "Partner", "partner_country": "Partner's country",
        "third_country": "Outside the EU/EEA", "safeguards": "Safeguards", "reason": "Reason",
        "started_at": "Started", "lifted_at": "Lifted", "started_on": "Started",
        "released_on": "Released",
    },
}  # fmt: skip

# Stored codes in the readable copy (order status, consent action, channel, ...) as words;
# a value not listed here is free text and shown as it is.
EXPORT_VALUES: dict[str, dict[str, str]] = {
    "lv": {
        "active": "aktīvs", "closed": "slēgts", "billing": "rēķinu", "shipping": "piegādes",
        "given": "dota", "withdrawn": "atsaukta", "checkout": "pasūtot",
        "email_link": "saite e-pastā", Channel.WEB_FORM: "tīmekļa veidlapa",
        Channel.EMAIL: "e-pasts", Channel.PHONE: "tālrunis", Channel.LETTER: "vēstule",
        Channel.IN_PERSON: "klātienē", "newsletter": "jaunumu vēstule",
        "personalisation": "personalizēti piedāvājumi", "marketing": "tiešā tirgvedība",
        "all_direct_marketing": "visa tiešā tirgvedība", "profiling": "profilēšana",
        "subscribed": "abonēts", "unsubscribed": "atrakstījies",
        "cleaned": "beidza pakalpojums (neizdevās piegādāt)", "cancelled": "atcelts",
        "completed": "pabeigts", "failed": "neizdevās", "pending": "procesā",
        "refunded": "atmaksāts", "authorised": "autorizēts", "captured": "iekasēts",
        "hidden": "paslēpts", "published": "publicēts",
        "chargeback": "maksājuma apstrīdēšana", "dispute": "strīds",
        "authority_request": "iestādes pieprasījums", "lv": "latviešu", "en": "angļu",
    },
    "en": {
        "active": "active", "closed": "closed", "billing": "billing", "shipping": "delivery",
        "given": "given", "withdrawn": "withdrawn", "checkout": "at checkout",
        "email_link": "link in an e-mail", Channel.WEB_FORM: "web form",
        Channel.EMAIL: "e-mail", Channel.PHONE: "phone", Channel.LETTER: "letter",
        Channel.IN_PERSON: "in person", "newsletter": "newsletter",
        "personalisation": "personalised offers", "marketing": "direct marketing",
        "all_direct_marketing": "all direct marketing", "profiling": "profiling",
        "subscribed": "subscribed", "unsubscribed": "unsubscribed",
        "cleaned": "ended by the service (bounces)", "cancelled": "cancelled",
        "completed": "completed", "failed": "failed", "pending": "pending",
        "refunded": "refunded", "authorised": "authorised", "captured": "captured",
        "hidden": "hidden", "published": "published", "chargeback": "chargeback",
        "dispute": "dispute", "authority_request": "authority request",
        "lv": "Latvian", "en": "English",
    },
}  # fmt: skip

YES_NO: dict[str, tuple[str, str]] = {"lv": ("jā", "nē"), "en": ("yes", "no")}
