<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../gui/audit_view.py" line="201"/>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="204"/>
        <source>Every change and every look at a person&apos;s data, newest first. The entries are chained by hashes, so an altered or removed entry is found on verification.</source>
        <translation>Katra izmaiņa un katra personas datu apskate, jaunākās vispirms. Ieraksti ir saistīti ķēdē ar jaucējvērtībām, tāpēc pārbaudē atklājas katrs mainīts vai dzēsts ieraksts.</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="209"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atjaunināt</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="210"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Pārbaudīt ķēdi</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="211"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="229"/>
        <source>Entries in the log: {count}</source>
        <translation>Ierakstu skaits žurnālā: {count}</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="250"/>
        <source>Verifying the chain…</source>
        <translation>Pārbauda ķēdi…</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="278"/>
        <source>Verification cancelled.</source>
        <translation>Pārbaude atcelta.</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="297"/>
        <source>Chain intact. Entries checked: {count}.</source>
        <translation>Ķēde ir nebojāta. Pārbaudīti ieraksti: {count}.</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="302"/>
        <source>the entry was changed after it was written</source>
        <translation>ieraksts ir mainīts pēc tā izveides</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="303"/>
        <source>an entry before it is missing</source>
        <translation>trūkst ieraksta pirms tā</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="304"/>
        <source>entries at the end of the log are missing</source>
        <translation>trūkst ierakstu žurnāla beigās</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="306"/>
        <source>Chain broken at entry {seq}: {problem}.</source>
        <translation>Ķēde ir pārrauta pie ieraksta nr. {seq}: {problem}.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../gui/audit_view.py" line="127"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="128"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="129"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="130"/>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="131"/>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="132"/>
        <source>Subject</source>
        <translation>Objekts</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="133"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <location filename="../gui/empty_pages.py" line="19"/>
        <source>Request inbox</source>
        <translation>Ienākošie pieprasījumi</translation>
    </message>
    <message>
        <location filename="../gui/empty_pages.py" line="20"/>
        <source>The request inbox will list every data-subject request (access, rectification, erasure, objection and the others) from intake to a documented answer, each with its legal deadline. It arrives in a later version.</source>
        <translation>Šeit būs redzami visi datu subjektu pieprasījumi (piekļuve, labošana, dzēšana, iebildumi un citi) no saņemšanas līdz dokumentētai atbildei, katrs ar savu likumā noteikto termiņu. Šī sadaļa būs pieejama kādā no nākamajām versijām.</translation>
    </message>
    <message>
        <location filename="../gui/empty_pages.py" line="28"/>
        <source>Customers</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <location filename="../gui/empty_pages.py" line="29"/>
        <source>The customer data viewer will find a customer in an instant and show everything the shop holds about them, by category, with its source, legal basis and retention date. It arrives in a later version.</source>
        <translation>Klientu datu skatā varēs acumirklī atrast klientu un redzēt visu, ko veikals par viņu glabā, sakārtotu pa kategorijām, ar datu avotu, tiesisko pamatu un glabāšanas termiņu. Šī sadaļa būs pieejama kādā no nākamajām versijām.</translation>
    </message>
    <message>
        <location filename="../gui/empty_pages.py" line="37"/>
        <source>Personal data breaches</source>
        <translation>Personas datu aizsardzības pārkāpumi</translation>
    </message>
    <message>
        <location filename="../gui/empty_pages.py" line="38"/>
        <source>The breach register will record every personal data breach with its 72-hour clock and risk assessment, and prepare the notice to the Data State Inspectorate and the letters to customers for a manager&apos;s sign-off. It arrives in a later version.</source>
        <translation>Pārkāpumu reģistrā tiks uzskaitīts katrs personas datu aizsardzības pārkāpums ar tā 72 stundu termiņu un riska novērtējumu, kā arī sagatavots paziņojums Datu valsts inspekcijai un vēstules klientiem, ko apstiprina vadītājs. Šī sadaļa būs pieejama kādā no nākamajām versijām.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="152"/>
        <source>Inbox</source>
        <translation>Pieprasījumi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="153"/>
        <source>Customers</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="154"/>
        <source>Breaches</source>
        <translation>Pārkāpumi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="155"/>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="156"/>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="160"/>
        <source>minime-admin — DEMO</source>
        <translation>minime-admin — DEMONSTRĀCIJA</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="161"/>
        <source>DEMO: fictional data</source>
        <translation>DEMONSTRĀCIJA: izdomāti dati</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="169"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="171"/>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="172"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="173"/>
        <source>&amp;About minime-admin</source>
        <translation>&amp;Par minime-admin</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="184"/>
        <source>keychain</source>
        <translation>atslēgu glabātuvi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="185"/>
        <source>passphrase</source>
        <translation>paroles frāzi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="186"/>
        <source>recovery key</source>
        <translation>atkopšanas atslēgu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="187"/>
        <source>demo key</source>
        <translation>demonstrācijas atslēgu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="190"/>
        <source>Database: {path} · encrypted (SQLCipher) · unlocked by {method}</source>
        <translation>Datubāze: {path} · šifrēta (SQLCipher) · atslēgta ar {method}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="196"/>
        <source>Signed in as {name} ({role})</source>
        <translation>Lietotājs: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="218"/>
        <source>minime-admin {version}

The privacy office of SIA Mini Me: data-subject requests, customer data, exports, erasure and breaches, on an encrypted database.</source>
        <translation>minime-admin {version}

SIA Mini Me privātuma birojs: datu subjektu pieprasījumi, klientu dati, datu izsniegšana, dzēšana un pārkāpumi šifrētā datubāzē.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="221"/>
        <source>About minime-admin</source>
        <translation>Par minime-admin</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../gui/passphrase_dialog.py" line="67"/>
        <source>New encrypted database</source>
        <translation>Jauna šifrēta datubāze</translation>
    </message>
    <message>
        <location filename="../gui/passphrase_dialog.py" line="68"/>
        <source>Choose a passphrase</source>
        <translation>Izvēlieties paroles frāzi</translation>
    </message>
    <message>
        <location filename="../gui/passphrase_dialog.py" line="71"/>
        <source>This computer has no keychain to keep the key of {path}, so the database will be locked with a passphrase that you type each time you open it. Use at least {minimum} characters; a few unrelated words are easy to remember and hard to guess. A recovery key follows, for when the passphrase is forgotten.</source>
        <translation>Šajā datorā nav atslēgu glabātuves, kur glabāt datubāzes {path} atslēgu, tāpēc datubāze tiks aizslēgta ar paroles frāzi, kas jāievada katru reizi, to atverot. Izmantojiet vismaz {minimum} rakstzīmes; dažus savstarpēji nesaistītus vārdus ir viegli atcerēties un grūti uzminēt. Pēc tam tiks parādīta atkopšanas atslēga gadījumam, ja paroles frāze aizmirstas.</translation>
    </message>
    <message>
        <location filename="../gui/passphrase_dialog.py" line="78"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Paroles frāze:</translation>
    </message>
    <message>
        <location filename="../gui/passphrase_dialog.py" line="79"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Atkārtojiet to:</translation>
    </message>
    <message>
        <location filename="../gui/passphrase_dialog.py" line="80"/>
        <source>&amp;Create database</source>
        <translation>&amp;Izveidot datubāzi</translation>
    </message>
    <message>
        <location filename="../gui/passphrase_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../gui/passphrase_dialog.py" line="94"/>
        <source>{count} of at least {minimum} characters.</source>
        <translation>{count} no vismaz {minimum} rakstzīmēm.</translation>
    </message>
    <message>
        <location filename="../gui/passphrase_dialog.py" line="98"/>
        <source>Type the same passphrase again in the second field.</source>
        <translation>Otrajā laukā ievadiet to pašu paroles frāzi vēlreiz.</translation>
    </message>
    <message>
        <location filename="../gui/passphrase_dialog.py" line="100"/>
        <source>The passphrases match.</source>
        <translation>Paroles frāzes sakrīt.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../gui/tasks.py" line="162"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../gui/tasks.py" line="183"/>
        <source>Cancelling…</source>
        <translation>Atceļ…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../gui/recovery_key_dialog.py" line="102"/>
        <source>Recovery key</source>
        <translation>Atkopšanas atslēga</translation>
    </message>
    <message>
        <location filename="../gui/recovery_key_dialog.py" line="103"/>
        <source>Write down or print the recovery key</source>
        <translation>Pierakstiet vai izdrukājiet atkopšanas atslēgu</translation>
    </message>
    <message>
        <location filename="../gui/recovery_key_dialog.py" line="106"/>
        <source>The new database {path} is encrypted. If this computer&apos;s keychain is lost, the passphrase is forgotten or the database moves to another computer, only this recovery key opens it. It is shown only now.</source>
        <translation>Jaunā datubāze {path} ir šifrēta. Ja šī datora atslēgu glabātuve tiek zaudēta, paroles frāze aizmirsta vai datubāze pārvietota uz citu datoru, to var atvērt tikai ar šo atkopšanas atslēgu. Tā tiek parādīta tikai tagad.</translation>
    </message>
    <message>
        <location filename="../gui/recovery_key_dialog.py" line="111"/>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>&amp;Saglabāt atkopšanas lapu (PDF)…</translation>
    </message>
    <message>
        <location filename="../gui/recovery_key_dialog.py" line="112"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <location filename="../gui/recovery_key_dialog.py" line="113"/>
        <source>I have printed or written down the recovery key</source>
        <translation>Atkopšanas atslēga ir izdrukāta vai pierakstīta</translation>
    </message>
    <message>
        <location filename="../gui/recovery_key_dialog.py" line="114"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Turpināt</translation>
    </message>
    <message>
        <location filename="../gui/recovery_key_dialog.py" line="132"/>
        <source>The recovery key is on the clipboard. Paste it only where it is safe, then copy something else over it.</source>
        <translation>Atkopšanas atslēga ir starpliktuvē. Ielīmējiet to tikai drošā vietā un pēc tam nokopējiet starpliktuvē kaut ko citu.</translation>
    </message>
    <message>
        <location filename="../gui/recovery_key_dialog.py" line="151"/>
        <source>Save recovery sheet</source>
        <translation>Saglabāt atkopšanas lapu</translation>
    </message>
    <message>
        <location filename="../gui/recovery_key_dialog.py" line="152"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/recovery_key_dialog.py" line="176"/>
        <source>The recovery sheet could not be saved to {path} ({detail}).</source>
        <translation>Atkopšanas lapu neizdevās saglabāt: {path} ({detail}).</translation>
    </message>
    <message>
        <location filename="../gui/recovery_key_dialog.py" line="184"/>
        <source>Saved to {path}. Print it, then delete the file: the key should not stay on this computer.</source>
        <translation>Saglabāts: {path}. Izdrukājiet to un pēc tam izdzēsiet failu: atslēgai nevajadzētu palikt šajā datorā.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../gui/settings_page.py" line="133"/>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="134"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="135"/>
        <source>&amp;Language of the app:</source>
        <translation>Lietotnes &amp;valoda:</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="136"/>
        <source>Staff profile</source>
        <translation>Darbinieka profils</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="139"/>
        <source>The audit log names this person for everything done at this computer. Only a manager can sign off a breach notice.</source>
        <translation>Audita žurnālā šī persona tiek norādīta kā visu šajā datorā veikto darbību izpildītājs. Paziņojumu par pārkāpumu var apstiprināt tikai vadītājs.</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="143"/>
        <source>&amp;Name:</source>
        <translation>Vār&amp;ds:</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="144"/>
        <source>&amp;Role:</source>
        <translation>&amp;Loma:</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="145"/>
        <source>Staff</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="146"/>
        <source>Manager</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="147"/>
        <source>Letterhead</source>
        <translation>Vēstuļu veidlapa</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="150"/>
        <source>Printed on every letter to customers and to the inspectorate. Kept in the database, so everyone using it shares the same letterhead.</source>
        <translation>Tiek drukāta uz katras vēstules klientiem un inspekcijai. Glabājas datubāzē, tāpēc visiem tās lietotājiem ir viena un tā pati veidlapa.</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="155"/>
        <source>&amp;Company name:</source>
        <translation>&amp;Uzņēmuma nosaukums:</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="156"/>
        <source>Registration &amp;number:</source>
        <translation>Reģistrācijas &amp;numurs:</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="157"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adrese:</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="158"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pasts:</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="159"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Tālrunis:</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="160"/>
        <source>&amp;Website:</source>
        <translation>Tī&amp;mekļa vietne:</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="164"/>
        <source>&amp;Save letterhead</source>
        <translation>&amp;Saglabāt veidlapu</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="210"/>
        <source>Letterhead saved. Fields changed: {count}.</source>
        <translation>Veidlapa saglabāta. Mainīti lauki: {count}.</translation>
    </message>
    <message>
        <location filename="../gui/settings_page.py" line="214"/>
        <source>Nothing to save: the letterhead is unchanged.</source>
        <translation>Nav ko saglabāt: veidlapa nav mainīta.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../gui/startup.py" line="89"/>
        <source>Creating the demo database with fictional customers…</source>
        <translation>Veido demonstrācijas datubāzi ar izdomātiem klientiem…</translation>
    </message>
    <message>
        <location filename="../gui/startup.py" line="98"/>
        <source>No database at {path}. Create a new encrypted database here?</source>
        <translation>Norādītajā vietā {path} nav datubāzes. Vai izveidot šeit jaunu šifrētu datubāzi?</translation>
    </message>
    <message>
        <location filename="../gui/startup.py" line="104"/>
        <source>New database</source>
        <translation>Jauna datubāze</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../gui/unlock_dialog.py" line="71"/>
        <source>Unlock database</source>
        <translation>Atslēgt datubāzi</translation>
    </message>
    <message>
        <location filename="../gui/unlock_dialog.py" line="72"/>
        <source>Unlock the encrypted database</source>
        <translation>Atslēdziet šifrēto datubāzi</translation>
    </message>
    <message>
        <location filename="../gui/unlock_dialog.py" line="75"/>
        <source>Type the recovery key of {path} to open it on this computer. The key is then kept in this computer&apos;s keychain, where there is one.</source>
        <translation>Ievadiet datubāzes {path} atkopšanas atslēgu, lai to atvērtu šajā datorā. Pēc tam atslēga tiks saglabāta šī datora atslēgu glabātuvē, ja tāda ir.</translation>
    </message>
    <message>
        <location filename="../gui/unlock_dialog.py" line="80"/>
        <source>{path} is encrypted, and this computer&apos;s keychain does not hold its key. Type its passphrase or its recovery key.</source>
        <translation>Datubāze {path} ir šifrēta, un šī datora atslēgu glabātuvē nav tās atslēgas. Ievadiet tās paroles frāzi vai atkopšanas atslēgu.</translation>
    </message>
    <message>
        <location filename="../gui/unlock_dialog.py" line="86"/>
        <source>The recovery key is on the recovery sheet printed when the database was created: eleven groups of five letters and digits. Dashes and spaces do not matter.</source>
        <translation>Atkopšanas atslēga ir atkopšanas lapā, kas tika izdrukāta, kad datubāzi izveidoja: vienpadsmit grupas pa piecām rakstzīmēm (burti un cipari). Domuzīmēm un atstarpēm nav nozīmes.</translation>
    </message>
    <message>
        <location filename="../gui/unlock_dialog.py" line="91"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Paroles frāze vai atkopšanas atslēga:</translation>
    </message>
    <message>
        <location filename="../gui/unlock_dialog.py" line="92"/>
        <source>&amp;Show what I type</source>
        <translation>&amp;Rādīt ievadīto</translation>
    </message>
    <message>
        <location filename="../gui/unlock_dialog.py" line="93"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Atslēgt</translation>
    </message>
    <message>
        <location filename="../gui/unlock_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../gui/unlock_dialog.py" line="109"/>
        <source>Unlocking…</source>
        <translation>Atslēdz…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../cli.py" line="109"/>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Abas paroles frāzes atšķiras; nekas netika izveidots.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="144"/>
        <source>This database already holds {count} customers; demo data goes only into a new, empty database.</source>
        <translation>Šajā datubāzē jau ir klienti ({count}); demonstrācijas datus var ievietot tikai jaunā, tukšā datubāzē.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="25"/>
        <source>The operation could not be completed.</source>
        <translation>Darbību neizdevās pabeigt.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="40"/>
        <source>There is no database at {path}. Create one with: minime-admin --db {path} init</source>
        <translation>Norādītajā vietā {path} nav datubāzes. Izveidojiet to ar komandu: minime-admin --db {path} init</translation>
    </message>
    <message>
        <location filename="../errors.py" line="47"/>
        <source>A file already exists at {path}; it was left untouched.</source>
        <translation>Fails {path} jau pastāv; tas netika mainīts.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="53"/>
        <source>{path} is an unencrypted SQLite file, not a minime-admin database. It was not opened.</source>
        <translation>{path} ir nešifrēts SQLite fails, nevis minime-admin datubāze. Tas netika atvērts.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="60"/>
        <source>The database file {path} is damaged or is not a minime-admin database. It was not changed; restore it from a backup.</source>
        <translation>Datubāzes fails {path} ir bojāts vai nav minime-admin datubāze. Tas netika mainīts; atjaunojiet to no rezerves kopijas.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="68"/>
        <source>The passphrase or recovery key does not open {path}, or the file is damaged. The file was not changed.</source>
        <translation>Ar šo paroles frāzi vai atkopšanas atslēgu nevar atvērt {path}, vai arī fails ir bojāts. Fails netika mainīts.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="76"/>
        <source>That recovery key has a typing mistake: check each group of five characters against the recovery sheet.</source>
        <translation>Atkopšanas atslēgā ir drukas kļūda: salīdziniet katru piecu rakstzīmju grupu ar atkopšanas lapu.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="84"/>
        <source>{path} needs its passphrase or recovery key: this computer&apos;s keychain does not hold its key. Set MINIME_ADMIN_PASSPHRASE, or run with --recover.</source>
        <translation>Datubāzei {path} vajadzīga paroles frāze vai atkopšanas atslēga: šī datora atslēgu glabātuvē nav tās atslēgas. Iestatiet MINIME_ADMIN_PASSPHRASE vai palaidiet ar --recover.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="92"/>
        <source>The system keychain could not be used ({detail}). Nothing was changed; use a passphrase instead (MINIME_ADMIN_PASSPHRASE).</source>
        <translation>Sistēmas atslēgu glabātuvi neizdevās izmantot ({detail}). Nekas netika mainīts; tās vietā izmantojiet paroles frāzi (MINIME_ADMIN_PASSPHRASE).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="100"/>
        <source>The folder {path} cannot be written to. minime-admin needs to write there; choose another place or change the folder&apos;s permissions.</source>
        <translation>Mapē {path} nevar rakstīt. minime-admin tajā jāraksta; izvēlieties citu vietu vai mainiet mapes atļaujas.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="108"/>
        <source>{path} was made by a newer version of minime-admin; update the app to open it. The file was not changed.</source>
        <translation>{path} ir izveidota ar jaunāku minime-admin versiju; atjauniniet lietotni, lai to atvērtu. Fails netika mainīts.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="116"/>
        <source>The passphrase is too short: use at least {minimum} characters.</source>
        <translation>Paroles frāze ir par īsu: izmantojiet vismaz {minimum} rakstzīmes.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="122"/>
        <source>No {kind} with id {ident}.</source>
        <translation>Nav atrasts: {kind} ar identifikatoru {ident}.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="126"/>
        <source>This computer has no keychain to keep the database key. Choose a passphrase of at least {minimum} characters (or set MINIME_ADMIN_PASSPHRASE).</source>
        <translation>Šajā datorā nav atslēgu glabātuves datubāzes atslēgas glabāšanai. Izvēlieties paroles frāzi ar vismaz {minimum} rakstzīmēm (vai iestatiet MINIME_ADMIN_PASSPHRASE).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="134"/>
        <source>The demo key file {path} is missing or damaged. Delete the demo folder to start a fresh demo.</source>
        <translation>Demonstrācijas atslēgas fails {path} trūkst vai ir bojāts. Izdzēsiet demonstrācijas mapi, lai sāktu no jauna.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="142"/>
        <source>A request that is {current} cannot be moved to {target}.</source>
        <translation>Pieprasījumu ar statusu {current} nevar pārcelt uz statusu {target}.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="148"/>
        <source>Putting a request on hold needs a reason: awaiting proof of identity, awaiting clarification or legal review.</source>
        <translation>Lai pieprasījumu apturētu, jānorāda iemesls: gaida identitātes apliecinājumu, gaida precizējumu vai juridisku izvērtējumu.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="156"/>
        <source>A refusal needs its reason: Art. 12(5), Art. 12(6), an Art. 17(3) exception, or another reason written out.</source>
        <translation>Atteikumam jānorāda iemesls: 12. panta 5. punkts, 12. panta 6. punkts, 17. panta 3. punkta izņēmums vai cits, rakstiski norādīts iemesls.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="164"/>
        <source>This refusal does not fit the request: an Art. 17(3) exception applies only to erasure, and a marketing objection, unsubscribe or consent withdrawal is never refused.</source>
        <translation>Šis atteikums neatbilst pieprasījumam: 17. panta 3. punkta izņēmums attiecas tikai uz dzēšanu, un iebildumu pret tiešo tirgvedību, atteikšanos no jaunumiem vai piekrišanas atsaukumu nekad neatsaka.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="172"/>
        <source>Record how the person&apos;s identity was checked before work starts on a request taken by phone, letter or in person.</source>
        <translation>Pirms sākt darbu ar pieprasījumu, kas saņemts pa tālruni, vēstulē vai klātienē, ierakstiet, kā tika pārbaudīta personas identitāte.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="180"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../errors.py" line="184"/>
        <source>{name} is not an e-mail message (no sender or message headers); not imported.</source>
        <translation>{name} nav e-pasta ziņojums (nav sūtītāja vai ziņojuma galveņu); netika importēts.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="197"/>
        <source>The message has no date; the time it was imported is used as the time of receipt. Check it against the mailbox.</source>
        <translation>Ziņojumam nav datuma; kā saņemšanas laiks izmantots importēšanas laiks. Pārbaudiet to pastkastē.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="202"/>
        <source>Part of the message declares an unknown character set ({charset}); it was read as {used}. Check the text for wrong letters.</source>
        <translation>Daļā ziņojuma norādīta nezināma rakstzīmju kopa ({charset}); tā nolasīta kā {used}. Pārbaudiet, vai tekstā nav nepareizu burtu.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="207"/>
        <source>The attachment {filename} ({megabytes} MB) is larger than {limit} MB and was not stored. Ask the person to send it another way if it is needed.</source>
        <translation>Pielikums {filename} ({megabytes} MB) ir lielāks par {limit} MB un netika saglabāts. Ja tas vajadzīgs, lūdziet personu to nosūtīt citā veidā.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="212"/>
        <source>The message&apos;s structure is damaged ({detail}); the readable parts were imported.</source>
        <translation>Ziņojuma struktūra ir bojāta ({detail}); importētas salasāmās daļas.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="216"/>
        <source>The message has no readable text; see its attachments.</source>
        <translation>Ziņojumā nav salasāma teksta; skatiet tā pielikumus.</translation>
    </message>
    <message>
        <location filename="../services/requests.py" line="44"/>
        <source>The extension can no longer be announced: it had to be decided and told to the person within the first month, by {due}.</source>
        <translation>Termiņa pagarinājumu vairs nevar paziņot: par to bija jāizlemj un jāpaziņo personai pirmā mēneša laikā, līdz {due}.</translation>
    </message>
    <message>
        <location filename="../services/requests.py" line="52"/>
        <source>This request has already been extended once.</source>
        <translation>Šī pieprasījuma termiņš jau vienreiz ir pagarināts.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../gui/messages.py" line="52"/>
        <source>OK</source>
        <translation>Labi</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="53"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="54"/>
        <source>&amp;Yes</source>
        <translation>&amp;Jā</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="55"/>
        <source>&amp;No</source>
        <translation>&amp;Nē</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="56"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="76"/>
        <source>Something went wrong inside minime-admin. Your data was not changed by this error. Save your work elsewhere if you can, restart the app, and tell the developers what you were doing.</source>
        <translation>minime-admin darbībā radās neparedzēta kļūda. Šī kļūda jūsu datus nemainīja. Ja iespējams, saglabājiet savu darbu citur, restartējiet lietotni un pastāstiet izstrādātājiem, ko darījāt.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../gui/audit_view.py" line="42"/>
        <source>staff</source>
        <translation>darbinieks</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="43"/>
        <source>manager</source>
        <translation>vadītājs</translation>
    </message>
</context>
</TS>
