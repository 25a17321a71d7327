"""Texts of the breach outputs: the notice to the Data State Inspectorate (Art. 33(3)),
the website notice, and the internal report. Field order follows docs/legal.md §6
(our own design from Art. 33(3), (1) and (4); it does not claim to mirror DVI's form).
"""

from __future__ import annotations

from minime_admin.domain.breach import Element, Level, NoticePhase

DVI_TITLE = {
    "lv": "Paziņojums par personas datu aizsardzības pārkāpumu (VDAR 33. pants)",
    "en": "Notification of a personal data breach (GDPR Art. 33)",
}
DVI_FOLLOW_UP = {
    "lv": "Papildu informācija (VDAR 33. panta 4. punkts) paziņojumam {reference}",
    "en": "Follow-up information (GDPR Art. 33(4)) to notification {reference}",
}
DVI_INTRO = {
    "lv": "Adresāts: {dvi_name}, {dvi_address}, {dvi_email}. Tiešsaistes forma: {form}.",
    "en": "To: {dvi_name}, {dvi_address}, {dvi_email}. Online form: {form}.",
}

# (key, Latvian label, English label); values come from the breach's facts.
DVI_FIELDS: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    (
        "controller",
        (
            ("controller", "Pārzinis, reģistrācijas numurs", "Controller, registration number"),
            (
                "contact_point",
                "Datu aizsardzības speciālists vai kontaktpersona",
                "Data protection officer or contact point",
            ),
            ("phase", "Paziņojuma veids", "Type of notification"),
        ),
    ),
    (
        "times",
        (
            ("occurred_at", "Pārkāpuma sākums (ja zināms)", "Start of the breach (if known)"),
            ("ended_at", "Pārkāpuma beigas (ja zināmas)", "End of the breach (if known)"),
            ("aware_at", "Kad pārzinis uzzināja par pārkāpumu", "When the controller became aware"),
            ("notified_at", "Paziņojuma sagatavošanas laiks", "Time this notice was prepared"),
            (
                "delay_reasons",
                "Kavēšanās iemesli (ja vairāk nekā 72 stundas)",
                "Reasons for the delay (if later than 72 hours)",
            ),
        ),
    ),
    (
        "nature",
        (
            (
                "nature",
                "Pārkāpuma veids (konfidencialitāte, integritāte, pieejamība)",
                "Type (confidentiality, integrity, availability)",
            ),
            (
                "description",
                "Pārkāpuma raksturs un apraksts",
                "Nature and description of the breach",
            ),
            ("cause", "Cēlonis", "Cause"),
            ("subject_categories", "Datu subjektu kategorijas", "Categories of data subjects"),
            ("people", "Aptuvenais datu subjektu skaits", "Approximate number of data subjects"),
            (
                "data_categories",
                "Personas datu ierakstu kategorijas",
                "Categories of personal data records",
            ),
            (
                "records",
                "Aptuvenais personas datu ierakstu skaits",
                "Approximate number of personal data records",
            ),
        ),
    ),
    (
        "assessment",
        (
            ("consequences", "Iespējamās sekas", "Likely consequences"),
            (
                "severity",
                "Smaguma novērtējums (ENISA 2013; palīglīdzeklis, nevis juridisks slieksnis)",
                "Severity assessment (ENISA 2013; guidance, not a legal threshold)",
            ),
        ),
    ),
    (
        "measures",
        (
            ("measures_taken", "Veiktie pasākumi", "Measures taken"),
            (
                "measures_proposed",
                "Plānotie pasākumi, arī seku mazināšanai",
                "Measures proposed, including mitigation",
            ),
            (
                "people_informed",
                "Vai un kā informēti datu subjekti (34. pants)",
                "Whether and how the people are informed (Art. 34)",
            ),
            ("cross_border", "Skartas citas ES dalībvalstis", "Other EU Member States affected"),
        ),
    ),
)

SECTION_TITLES = {
    "lv": {
        "controller": "Pārzinis",
        "times": "Laiki",
        "nature": "Pārkāpums",
        "assessment": "Sekas un novērtējums",
        "measures": "Pasākumi",
    },
    "en": {
        "controller": "Controller",
        "times": "Times",
        "nature": "The breach",
        "assessment": "Consequences and assessment",
        "measures": "Measures",
    },
}

WORDS = {
    "lv": {
        NoticePhase.INITIAL: "Sākotnējais paziņojums",
        NoticePhase.FOLLOW_UP: "Papildu paziņojums",
        "yes": "jā",
        "no": "nē",
        "unknown": "nav zināms",
        "late_missing": "[NORĀDIET KAVĒŠANĀS IEMESLUS]",
        "not_late": "Paziņots 72 stundu laikā",
        "informed_yes": "Jā: vēstule katram skartajam klientam viņa valodā un paziņojums "
        "tīmekļvietnē.",
        "informed_no": "Nē. Pamatojums: {reason}",
    },
    "en": {
        NoticePhase.INITIAL: "Initial notification",
        NoticePhase.FOLLOW_UP: "Follow-up notification",
        "yes": "yes",
        "no": "no",
        "unknown": "not known",
        "late_missing": "[STATE THE REASONS FOR THE DELAY]",
        "not_late": "Notified within 72 hours",
        "informed_yes": "Yes: a letter to each affected customer in their language and a "
        "notice on the website.",
        "informed_no": "No. Reasoning: {reason}",
    },
}

NATURE = {
    "lv": {"confidentiality": "konfidencialitāte", "integrity": "integritāte",
           "availability": "pieejamība"},
    "en": {"confidentiality": "confidentiality", "integrity": "integrity",
           "availability": "availability"},
}  # fmt: skip

# The decision, not a claim that the notice was made: the app does not see it submitted.
WEBSITE_DVI = {
    "lv": " Par pārkāpumu ziņojam Datu valsts inspekcijai.",
    "en": " We are notifying the Data State Inspectorate of Latvia of the breach.",
}

# The ENISA levels as the notice names them (domain.breach.Level).
LEVELS = {
    "lv": {Level.LOW: "zems", Level.MEDIUM: "vidējs", Level.HIGH: "augsts",
           Level.VERY_HIGH: "ļoti augsts"},
    "en": {Level.LOW: "low", Level.MEDIUM: "medium", Level.HIGH: "high",
           Level.VERY_HIGH: "very high"},
}  # fmt: skip

# What a draft still lacks before it can be final (Art. 33(3), 34(2); issue #13).
DRAFT_NOTE = {
    "lv": {
        "missing": "Melnraksts: nav aizpildīti šie obligātie elementi (VDAR 33. panta "
        "3. punkts, 34. panta 2. punkts): {listed}.",
        "untranslated": "Vēl nav latviešu teksta šiem faktiem: {listed}.",
    },
    "en": {
        "missing": "Draft: these required elements are empty (GDPR Art. 33(3), 34(2)): {listed}.",
        "untranslated": "These facts have no English text yet: {listed}.",
    },
}
ELEMENT_NAMES = {
    "lv": {
        Element.DESCRIPTION: "pārkāpuma raksturs (kas notika)",
        Element.SUBJECT_CATEGORIES: "datu subjektu kategorijas",
        Element.PEOPLE: "aptuvenais datu subjektu skaits",
        Element.DATA_CATEGORIES: "personas datu ierakstu kategorijas",
        Element.RECORDS: "aptuvenais personas datu ierakstu skaits",
        Element.CONTACT_POINT: "kontaktpersona",
        Element.CONSEQUENCES: "iespējamās sekas",
        Element.MEASURES: "veiktie vai plānotie pasākumi",
    },
    "en": {
        Element.DESCRIPTION: "the nature of the breach (what happened)",
        Element.SUBJECT_CATEGORIES: "categories of data subjects",
        Element.PEOPLE: "approximate number of data subjects",
        Element.DATA_CATEGORIES: "categories of personal data records",
        Element.RECORDS: "approximate number of personal data records",
        Element.CONTACT_POINT: "contact point",
        Element.CONSEQUENCES: "likely consequences",
        Element.MEASURES: "measures taken or proposed",
    },
}
FACT_NAMES = {
    "lv": {"description": "kas notika", "data_categories": "skartie dati",
           "consequences": "iespējamās sekas", "measures_taken": "veiktie pasākumi",
           "measures_proposed": "plānotie pasākumi", "advice": "ieteikumi klientiem"},
    "en": {"description": "what happened", "data_categories": "data affected",
           "consequences": "likely consequences", "measures_taken": "measures taken",
           "measures_proposed": "measures proposed", "advice": "advice to customers"},
}  # fmt: skip

WEBSITE = {
    "lv": {
        "title": "Paziņojums par personas datu aizsardzības pārkāpumu",
        "body": "{company} informē, ka {aware} uzzināja par drošības incidentu, kas skāra "
        "klientu personas datus.\n\nKas notika: {description}\n\nKādi dati skarti: "
        "{data_categories}\n\nIespējamās sekas: {consequences}\n\nKo esam darījuši un "
        "darīsim: {measures}\n\nKo iesakām darīt: {advice}\n\nJautājumi: {contact_point}.",
    },
    "en": {
        "title": "Notice of a personal data breach",
        "body": "{company} informs that {aware} it became aware of a security incident "
        "that affected customers' personal data.\n\nWhat happened: {description}\n\nWhich "
        "data: {data_categories}\n\nWhat it may mean: {consequences}\n\nWhat we have done "
        "and will do: {measures}\n\nWhat we recommend: {advice}\n\nQuestions: "
        "{contact_point}.",
    },
}

REPORT = {
    "lv": {
        "title": "Pārkāpuma iekšējais ziņojums",
        "facts": "Fakti",
        "decisions": "Lēmumi",
        "timeline": "Notikumu gaita",
        "notify_dvi": "Ziņot DVI",
        "notify_people": "Informēt skartās personas",
        "dvi_exemption": "Kāpēc DVI netiek informēta, lai gan skartās personas tiek informētas",
        "exceptions": "34. panta 3. punkta izņēmumi",
        "affected": "Skartie klienti",
        "signoff": "Apstiprinājums",
        "not_valid": "(nav derīgs)",
    },
    "en": {
        "title": "Internal breach report",
        "facts": "Facts",
        "decisions": "Decisions",
        "timeline": "Timeline",
        "notify_dvi": "Notify the DVI",
        "notify_people": "Tell the people affected",
        "dvi_exemption": "Why the DVI is not notified although the people are told",
        "exceptions": "Art. 34(3) exceptions",
        "affected": "Affected customers",
        "signoff": "Sign-off",
        "not_valid": "(not valid)",
    },
}

# A final output's sign-off, visible on the page (issue #15.4); the file also carries it.
SIGNOFF_NOTE = {
    "lv": (
        "Apstiprināja: {signer}, {when} (Rīgas laikā). Parakstīšanas atslēgas nospiedums "
        "(SHA-256): {fingerprint}. Pārbaude: komanda „minime-admin breach verify DATNE” "
        "parāda, kas un kad šo datni apstiprināja un vai tā kopš tam nav mainīta."
    ),
    "en": (
        "Signed off by {signer} on {when} (Riga time). Signing key fingerprint (SHA-256): "
        "{fingerprint}. To check: the command “minime-admin breach verify FILE” shows who "
        "signed this file off, when, and whether it has changed since."
    ),
}
