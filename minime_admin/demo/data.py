"""Word lists for the demo shop: names, places, products, partners and texts. Pure data.

Between them the name lists use every Latvian diacritic letter, small and capital, so that
diacritic-insensitive search and letter fonts are exercised by the demo database.
People are invented; streets, cities, postal codes and partner companies are real.
"""

from __future__ import annotations

from typing import NamedTuple


class Place(NamedTuple):
    street: str
    city: str
    postal_code: str


class Product(NamedTuple):
    sku: str
    name: str
    price_cents: int


class PartnerInfo(NamedTuple):
    key: str  # how the seeder refers to it
    name: str
    role: str
    country: str
    third_country: bool
    safeguards: str | None
    contact_email: str | None


class Browser(NamedTuple):
    name: str
    versions: tuple[str, ...]


# --- names ---------------------------------------------------------------------------------

MALE_FIRST_NAMES: tuple[str, ...] = (
    "Jānis", "Andris", "Mārtiņš", "Edgars", "Kārlis", "Ģirts", "Ēriks", "Artūrs", "Māris",
    "Raimonds", "Aigars", "Uldis", "Pēteris", "Juris", "Dāvis", "Roberts", "Krišjānis", "Gatis",
    "Valdis", "Ņikita", "Oļegs", "Aleksandrs", "Dmitrijs", "Ivars", "Mārcis", "Kristaps",
    "Rūdolfs", "Emīls", "Ričards", "Česlavs", "Žanis", "Ādolfs", "Ēvalds", "Ģederts", "Miķelis",
    "Ļevs", "Intars", "Gints", "Toms", "Reinis", "Guntis", "Jēkabs", "Agris", "Normunds",
    "Armands", "Renārs", "Sandis", "Vilnis", "Kaspars", "Arvīds",
)  # fmt: skip

FEMALE_FIRST_NAMES: tuple[str, ...] = (
    "Anna", "Līga", "Inese", "Ilze", "Kristīne", "Laura", "Dace", "Sanita", "Anete", "Elīna",
    "Agnese", "Zane", "Marta", "Evija", "Baiba", "Ieva", "Madara", "Sintija", "Linda", "Līva",
    "Ērika", "Ārija", "Ģertrūde", "Reģīna", "Ņina", "Ļubova", "Žanete", "Šarlote", "Olga",
    "Jeļena", "Annija", "Katrīna", "Guna", "Solvita", "Dagnija", "Rūta", "Aija", "Māra",
    "Vineta", "Signe", "Daiga", "Inga", "Santa", "Kitija", "Lauma", "Gunta", "Velta", "Ūna",
    "Ilona", "Iveta",
)  # fmt: skip

# (male form, female form): Latvian surnames change their ending with gender.
LAST_NAMES: tuple[tuple[str, str], ...] = (
    ("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozoliņš", "Ozoliņa"),
    ("Jansons", "Jansone"), ("Ozols", "Ozola"), ("Liepiņš", "Liepiņa"), ("Krūmiņš", "Krūmiņa"),
    ("Balodis", "Balode"), ("Eglītis", "Eglīte"), ("Zariņš", "Zariņa"),
    ("Pētersons", "Pētersone"), ("Vītols", "Vītola"), ("Kļaviņš", "Kļaviņa"),
    ("Kārkliņš", "Kārkliņa"), ("Vanags", "Vanaga"), ("Ķēniņš", "Ķēniņa"),
    ("Žūriņš", "Žūriņa"), ("Āboliņš", "Āboliņa"), ("Īvāns", "Īvāna"), ("Ūdris", "Ūdre"),
    ("Šmits", "Šmite"), ("Čaks", "Čaka"), ("Ļubimovs", "Ļubimova"), ("Ņikitins", "Ņikitina"),
    ("Ērglis", "Ērgle"), ("Ģērmanis", "Ģērmane"), ("Zaķis", "Zaķe"), ("Sproģis", "Sproģe"),
    ("Kalnačs", "Kalnača"), ("Rožkalns", "Rožkalne"), ("Lapiņš", "Lapiņa"),
    ("Grīnbergs", "Grīnberga"), ("Siliņš", "Siliņa"), ("Strautiņš", "Strautiņa"),
    ("Miķelsons", "Miķelsone"), ("Zvaigzne", "Zvaigzne"), ("Lācis", "Lāce"),
    ("Dzenis", "Dzene"), ("Avotiņš", "Avotiņa"), ("Bite", "Bite"), ("Priede", "Priede"),
    ("Petrovs", "Petrova"), ("Ivanovs", "Ivanova"), ("Kuzņecovs", "Kuzņecova"),
    ("Vasiļjevs", "Vasiļjeva"), ("Skujiņš", "Skujiņa"), ("Freimanis", "Freimane"),
    ("Kalējs", "Kalēja"), ("Leitāns", "Leitāne"), ("Ziediņš", "Ziediņa"),
)  # fmt: skip

# The first customers of every demo database: together they show every diacritic at once.
SHOWCASE_NAMES: tuple[tuple[str, str], ...] = (
    ("Ģirts", "Ķēniņš-Žūriņš"),
    ("Ārija", "Čaka"),
    ("Ēriks", "Īvāns"),
    ("Ļubova", "Ūdre"),
    ("Ņikita", "Šmits"),
    ("Žanete", "Āboliņa"),
    ("Česlavs", "Bērziņš"),
    ("Reģīna", "Kalniņa"),
    ("Miķelis", "Kļaviņš"),
    ("Ūna", "Rožkalne"),
    ("Ērika", "Kalnača"),
)

ENGLISH_FIRST_NAMES: tuple[str, ...] = (
    "Oliver", "George", "Harry", "Jack", "Thomas", "James", "William", "Daniel", "Samuel",
    "Emily", "Olivia", "Amelia", "Isla", "Sophie", "Grace", "Charlotte", "Hannah", "Lucy",
    "Chloe", "Emma",
)  # fmt: skip

ENGLISH_LAST_NAMES: tuple[str, ...] = (
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
    "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
    "Jackson", "Clarke", "O'Brien", "Murphy",
)  # fmt: skip

# --- contact details -----------------------------------------------------------------------

LATVIAN_EMAIL_DOMAINS: tuple[str, ...] = (
    "inbox.lv", "inbox.lv", "gmail.com", "gmail.com", "gmail.com", "apollo.lv", "tvnet.lv",
    "outlook.com", "hotmail.com", "one.lv", "icloud.com",
)  # fmt: skip
ENGLISH_EMAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "icloud.com", "btinternet.com",
)  # fmt: skip

# Latvian letters to plain ASCII for e-mail addresses and usernames.
ASCII_FOLD = str.maketrans("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ", "acegiklnsuzACEGIKLNSUZ", "'")

# --- places --------------------------------------------------------------------------------

PLACES: tuple[Place, ...] = (
    Place("Brīvības iela", "Rīga", "LV-1010"),
    Place("Brīvības gatve", "Rīga", "LV-1039"),
    Place("Krišjāņa Barona iela", "Rīga", "LV-1011"),
    Place("Tērbatas iela", "Rīga", "LV-1011"),
    Place("Elizabetes iela", "Rīga", "LV-1010"),
    Place("Ģertrūdes iela", "Rīga", "LV-1011"),
    Place("Aleksandra Čaka iela", "Rīga", "LV-1011"),
    Place("Dzirnavu iela", "Rīga", "LV-1010"),
    Place("Krišjāņa Valdemāra iela", "Rīga", "LV-1013"),
    Place("Lāčplēša iela", "Rīga", "LV-1011"),
    Place("Maskavas iela", "Rīga", "LV-1003"),
    Place("Kalnciema iela", "Rīga", "LV-1048"),
    Place("Daugavgrīvas iela", "Rīga", "LV-1007"),
    Place("Kārļa Ulmaņa gatve", "Rīga", "LV-1004"),
    Place("Slokas iela", "Rīga", "LV-1048"),
    Place("Gustava Zemgala gatve", "Rīga", "LV-1039"),
    Place("Ieriķu iela", "Rīga", "LV-1084"),
    Place("Augusta Deglava iela", "Rīga", "LV-1009"),
    Place("Lielvārdes iela", "Rīga", "LV-1006"),
    Place("Anniņmuižas bulvāris", "Rīga", "LV-1029"),
    Place("Zolitūdes iela", "Rīga", "LV-1029"),
    Place("Rostokas iela", "Rīga", "LV-1029"),
    Place("Ķengaraga iela", "Rīga", "LV-1063"),
    Place("Purvciema iela", "Rīga", "LV-1035"),
    Place("Lielā iela", "Jelgava", "LV-3001"),
    Place("Katoļu iela", "Jelgava", "LV-3001"),
    Place("Graudu iela", "Liepāja", "LV-3401"),
    Place("Kuršu iela", "Liepāja", "LV-3401"),
    Place("Rīgas iela", "Daugavpils", "LV-5401"),
    Place("Cietokšņa iela", "Daugavpils", "LV-5401"),
    Place("Kuldīgas iela", "Ventspils", "LV-3601"),
    Place("Jomas iela", "Jūrmala", "LV-2015"),
    Place("Lāčplēša iela", "Valmiera", "LV-4201"),
    Place("Raunas iela", "Cēsis", "LV-4101"),
    Place("Brīvības iela", "Ogre", "LV-5001"),
    Place("Pils iela", "Sigulda", "LV-2150"),
    Place("Atbrīvošanas aleja", "Rēzekne", "LV-4601"),
    Place("Pils iela", "Tukums", "LV-3101"),
    Place("Rīgas iela", "Salaspils", "LV-2121"),
    Place("Rīgas iela", "Ķekava", "LV-2123"),
    Place("Daugavas iela", "Mārupe", "LV-2167"),
    Place("Liepājas iela", "Kuldīga", "LV-3301"),
    Place("Plūdoņa iela", "Bauska", "LV-3901"),
    Place("Lielā iela", "Talsi", "LV-3201"),
)

# --- products ------------------------------------------------------------------------------

PRODUCTS: tuple[Product, ...] = (
    Product("MM-BOD-001", "Kokvilnas bodijs ar garām piedurknēm", 1290),
    Product("MM-BOD-002", "Kokvilnas bodiji ar īsām piedurknēm (3 gab.)", 2190),
    Product("MM-CEP-010", "Adīta cepure ar ausīm", 1490),
    Product("MM-ZEK-020", "Vilnas zeķes (3 pāri)", 1150),
    Product("MM-ZEK-021", "Zeķubikses ar neslīdošu pēdu", 890),
    Product("MM-PUZ-100", "Koka puzle «Meža dzīvnieki»", 1790),
    Product("MM-PLI-110", "Plīša lācis Ķepainis", 2450),
    Product("MM-LIE-030", "Lietus mētelis ar kapuci", 3490),
    Product("MM-ZAB-040", "Bērnu gumijas zābaki", 2790),
    Product("MM-AUT-050", "Muslīna autiņi (2 gab.)", 1590),
    Product("MM-GUL-060", "Guļammaiss zīdainim", 3990),
    Product("MM-KLU-120", "Koka klucīši (30 gab.)", 2290),
    Product("MM-VIR-130", "Rotaļu virtuve no bērza saplākšņa", 8990),
    Product("MM-GRA-140", "Zīdaiņu grabulis «Mākonītis»", 990),
    Product("MM-FLI-070", "Flīsa jaka", 2990),
    Product("MM-KOM-080", "Ziemas kombinezons", 6490),
    Product("MM-PID-090", "Kokvilnas pidžama ar zvaigznēm", 1990),
    Product("MM-KLE-091", "Svītraina jūrnieku kleita", 2590),
    Product("MM-BIK-092", "Lina bikses", 2190),
    Product("MM-KAR-150", "Silikona karotīte (2 gab.)", 650),
    Product("MM-GRA-160", "Grāmata «Pirmie vārdi»", 1190),
    Product("MM-SAL-170", "Mīksts kokvilnas lakats", 1390),
    Product("MM-DZI-180", "Dziesmu kaste ar šūpuļdziesmām", 2690),
    Product("MM-RAT-190", "Koka līdzsvara ritenis", 7990),
)

# --- partners ------------------------------------------------------------------------------

SCC_SAFEGUARDS = (
    "Standard contractual clauses adopted by the European Commission (Implementing Decision "
    "(EU) 2021/914, module 2: controller to processor), with a transfer impact assessment "
    "and supplementary measures (encryption in transit and at rest); GDPR Art. 46(2)(c)."
)

PARTNERS: tuple[PartnerInfo, ...] = (
    PartnerInfo("omniva", "Omniva", "courier", "EE", False, None, None),
    PartnerInfo("dpd", "DPD Latvija", "courier", "LV", False, None, None),
    PartnerInfo("swedbank", "Swedbank", "payment_provider", "LV", False, None, None),
    PartnerInfo("stripe", "Stripe Payments Europe", "payment_provider", "IE", False, None, None),
    PartnerInfo("maksekeskus", "Maksekeskus", "payment_provider", "EE", False, None, None),
    PartnerInfo(
        "mailchimp",
        "Mailchimp (The Rocket Science Group LLC)",
        "email_service",
        "US",
        True,
        SCC_SAFEGUARDS,
        None,
    ),
    PartnerInfo(
        "accounting",
        "SIA Grāmatvedības birojs Skaitlis",
        "accounting",
        "LV",
        False,
        None,
        "birojs@skaitlis.example.lv",
    ),
)

COURIERS: tuple[str, ...] = ("omniva", "omniva", "dpd")
PAYMENT_PROVIDERS: tuple[str, ...] = ("swedbank", "swedbank", "stripe", "maksekeskus")
CARD_BRANDS: tuple[str, ...] = ("Visa", "Visa", "Mastercard", "Mastercard", "Maestro")

DISCLOSURE_PURPOSES: dict[str, str] = {
    "courier": "Pasūtījuma piegāde",
    "payment_provider": "Maksājuma apstrāde",
    "email_service": "Jaunumu vēstuļu izsūtīšana",
    "accounting": "Grāmatvedības uzskaite",
}

# --- visits --------------------------------------------------------------------------------

BROWSERS: tuple[Browser, ...] = (
    Browser("Chrome", ("118.0", "120.0", "122.0", "124.0", "126.0", "128.0", "130.0")),
    Browser("Chrome", ("119.0", "121.0", "123.0", "125.0", "127.0", "129.0", "131.0")),
    Browser("Safari", ("16.6", "17.0", "17.4", "17.6", "18.0", "18.1")),
    Browser("Firefox", ("115.0", "119.0", "123.0", "128.0", "131.0", "132.0")),
    Browser("Edge", ("118.0", "122.0", "126.0", "130.0")),
    Browser("Samsung Internet", ("23.0", "24.0", "25.0", "26.0")),
    Browser("Opera", ("104.0", "108.0", "112.0")),
)
DESKTOP_SYSTEMS: tuple[str, ...] = ("Windows 10", "Windows 11", "Windows 11", "macOS 14", "Linux")
MOBILE_SYSTEMS: tuple[str, ...] = ("Android 13", "Android 14", "iOS 17", "iOS 17", "iOS 18")
LV_BROWSER_LANGUAGES: tuple[str, ...] = ("lv-LV", "lv-LV", "lv-LV", "lv", "ru-RU", "en-US")
EN_BROWSER_LANGUAGES: tuple[str, ...] = ("en-GB", "en-GB", "en-US", "en")

REFERRERS: tuple[str | None, ...] = (
    None, None, None,
    "https://www.google.com/", "https://www.google.lv/", "https://www.google.com/",
    "https://www.facebook.com/", "https://l.instagram.com/", "https://www.salidzini.lv/",
    "https://www.bing.com/", "https://duckduckgo.com/", "https://www.delfi.lv/",
)  # fmt: skip

PAGES: tuple[str, ...] = (
    "/", "/lv/", "/lv/", "/lv/jaunumi", "/lv/kategorija/bodiji", "/lv/kategorija/cepures",
    "/lv/kategorija/rotallietas", "/lv/kategorija/virsdrebes", "/lv/kategorija/apavi",
    "/lv/kategorija/gramatas", "/lv/akcijas", "/lv/grozs", "/lv/kase", "/lv/mans-konts",
    "/lv/piegade", "/lv/privatuma-politika", "/lv/kontakti", "/en/", "/en/category/toys",
    "/en/category/clothing", "/en/cart",
)  # fmt: skip

SEARCH_QUERIES: tuple[str, ...] = (
    "bodijs", "ziemas kombinezons", "lācis", "zeķes 86", "koka puzle", "gumijas zābaki",
    "cepure ar ausīm", "pidžama 104", "dāvana meitenei", "grabulis", "muslīna autiņi",
    "līdzsvara ritenis", "kleita", "winter overall", "teddy bear",
)  # fmt: skip

# Address blocks of the two big Latvian access networks and one mobile operator (IPv4),
# and IPv6 prefixes; enough to look plausible, not an attribution of anyone.
IPV4_PREFIXES: tuple[str, ...] = (
    "85.254", "87.110", "80.233", "46.109", "78.84", "83.99", "94.100", "212.93",
)  # fmt: skip
IPV6_PREFIXES: tuple[str, ...] = ("2a02:a58", "2a03:ec0", "2001:7d0")

# --- consent and content texts -------------------------------------------------------------

# (version, in force from ISO date, wording): the wording shown when consent was asked.
NEWSLETTER_WORDINGS: tuple[tuple[str, str, str], ...] = (
    (
        "newsletter-2019-10",
        "2019-10-11",
        "Piekrītu saņemt SIA Mini Me jaunumu vēstules par jaunām precēm un piedāvājumiem "
        "uz norādīto e-pasta adresi. Piekrišanu varu atsaukt jebkurā laikā.",
    ),
    (
        "newsletter-2023-03",
        "2023-03-01",
        "Jā, vēlos saņemt Mini Me jaunumus un personalizētus piedāvājumus e-pastā (ne biežāk "
        "kā reizi nedēļā). Piekrišanu varu atsaukt jebkurā brīdī, noklikšķinot uz saites "
        "katras vēstules beigās vai rakstot uz info@minime.lv.",
    ),
)
NEWSLETTER_WITHDRAWAL_WORDING = (
    "Jūs esat atteicies no Mini Me jaunumu vēstulēm. Darījumu e-pastus (pasūtījuma "
    "apstiprinājumus un piegādes paziņojumus) saņemsiet arī turpmāk."
)
PERSONALISATION_WORDING = (
    "Piekrītu, ka SIA Mini Me izmanto manu pirkumu vēsturi, lai ieteiktu man piemērotas "
    "preces vietnē un e-pastā."
)
PERSONALISATION_VERSION = "personalisation-2021-05"

# (version, in force from ISO date)
COOKIE_BANNERS: tuple[tuple[str, str], ...] = (
    ("cookies-2019-10", "2019-10-11"),
    ("cookies-2022-06", "2022-06-01"),
    ("cookies-2024-09", "2024-09-15"),
)

REVIEWS_LV: tuple[tuple[int, str, str], ...] = (
    (5, "Ļoti kvalitatīvs", "Patīkami materiāli, rūpīgi izgatavots; meitiņai ļoti patīk."),
    (5, "Iesaku!", "Ātra piegāde uz pakomātu, viss kā aprakstīts. Pirksim vēl."),
    (4, "Labs pirkums", "Kvalitāte laba, tikai cena varētu būt nedaudz zemāka."),
    (5, "Dēls neatlaiž no rokām", "Izturīgs un rūpīgi izgatavots, ļoti iesaku."),
    (3, "Normāli", "Krāsa dabā nedaudz gaišāka nekā attēlā."),
    (4, "Ļoti apmierināti", "Viss atbilst aprakstam, tikai iepakojums varēja būt mazāks."),
    (2, "Piegāde kavējās", "Prece laba, bet piegāde aizkavējās par nedēļu."),
    (5, "Lieliska dāvana", "Nopirku krustdēlam — skaisti iesaiņots, ļoti priecājās."),
    (1, "Neatbilda aprakstam", "Atnāca cita prece; atgriešana gan noritēja bez problēmām."),
)  # fmt: skip
REVIEWS_EN: tuple[tuple[int, str, str], ...] = (
    (5, "Lovely quality", "Beautifully made. Delivered to Riga quickly."),
    (4, "Good value", "Well made and as described; a bit pricey."),
    (5, "Perfect gift", "Bought it for my niece, she loves it."),
    (3, "OK", "Colour is lighter than in the photo."),
)

RESTRICTION_REASONS: tuple[str, ...] = (
    "Klients apstrīd e-pasta adreses pareizību; apstrāde ierobežota, kamēr to pārbaudām "
    "(VDAR 18. panta 1. punkta a) apakšpunkts).",
    "Klients iebilst pret apstrādi; ierobežots, kamēr vērtējam, vai mūsu leģitīmās intereses "
    "ir svarīgākas (VDAR 18. panta 1. punkta d) apakšpunkts).",
    "Klients lūdz datus nedzēst, jo tie vajadzīgi prasības celšanai (VDAR 18. panta 1. punkta "
    "c) apakšpunkts).",
)
LEGAL_HOLD_REASONS: dict[str, tuple[str, ...]] = {
    "dispute": (
        "Klients apstrīd preces kvalitāti; strīds PTAC.",
        "Pretenzija par nepiegādātu sūtījumu; izmeklē kurjers.",
    ),
    "chargeback": (
        "Kartes īpašnieka banka pieprasījusi maksājuma atmaksu (chargeback).",
        "Maksājuma apstrīdēšana pie kartes izdevēja.",
    ),
}
