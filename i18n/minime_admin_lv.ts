<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ActionDialog</name>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Piekrišana:</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>&amp;Saņemts:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Iemesls:</translation>
    </message>
    <message>
        <source>For re&amp;quest:</source>
        <translation>Pie&amp;prasījumam:</translation>
    </message>
    <message>
        <source>Write the reason: it goes on the record.</source>
        <translation>Ierakstiet iemeslu: tas tiek saglabāts ierakstā.</translation>
    </message>
</context>
<context>
    <name>ActionFlow</name>
    <message>
        <source>Customer no. {id}</source>
        <translation>Klients nr. {id}</translation>
    </message>
    <message>
        <source>What you entered is still in the window behind this one.</source>
        <translation>Tas, ko ievadījāt, joprojām ir logā aiz šī.</translation>
    </message>
    <message>
        <source>The correction is stored.</source>
        <translation>Labojums ir saglabāts.</translation>
    </message>
    <message>
        <source>Restrict processing: {name}</source>
        <translation>Apstrādes ierobežošana: {name}</translation>
    </message>
    <message>
        <source>The data stays stored and is marked; it is used for nothing else and left out of marketing until the restriction is lifted (Art. 18).</source>
        <translation>Dati paliek saglabāti un tiek atzīmēti; tos neizmanto nekam citam un neiekļauj tirgvedībā, līdz ierobežojumu atceļ (18. pants).</translation>
    </message>
    <message>
        <source>Processing is restricted.</source>
        <translation>Apstrāde ir ierobežota.</translation>
    </message>
    <message>
        <source>Lift the restriction: {name}</source>
        <translation>Ierobežojuma atcelšana: {name}</translation>
    </message>
    <message>
        <source>Before a restriction is lifted the customer must be told (Art. 18(3)). Lift it only when that has been done.</source>
        <translation>Pirms ierobežojuma atcelšanas par to jāpaziņo klientam (18. panta 3. punkts). Atceliet to tikai tad, kad tas ir izdarīts.</translation>
    </message>
    <message>
        <source>The restriction is lifted.</source>
        <translation>Ierobežojums ir atcelts.</translation>
    </message>
    <message>
        <source>Objection to direct marketing: {name}</source>
        <translation>Iebildums pret tiešo tirgvedību: {name}</translation>
    </message>
    <message>
        <source>An objection to direct marketing is absolute and takes effect at once; no reason is asked (Art. 21(3)). Every newsletter subscription ends too.</source>
        <translation>Iebildums pret tiešo tirgvedību ir beznosacījuma un stājas spēkā nekavējoties; iemeslu neprasa (21. panta 3. punkts). Beidzas arī visi jaunumu vēstuļu abonementi.</translation>
    </message>
    <message>
        <source>The marketing objection is recorded.</source>
        <translation>Iebildums pret tirgvedību ir reģistrēts.</translation>
    </message>
    <message>
        <source>Unsubscribe from the newsletter: {name}</source>
        <translation>Atrakstīšana no jaunumiem: {name}</translation>
    </message>
    <message>
        <source>The newsletter stops at once. Mails about orders still go out: they are not marketing.</source>
        <translation>Jaunumu vēstules pārstāj sūtīt nekavējoties. Vēstules par pasūtījumiem joprojām tiek sūtītas: tās nav tirgvedība.</translation>
    </message>
    <message>
        <source>The newsletter subscription has ended.</source>
        <translation>Jaunumu vēstules abonements ir beidzies.</translation>
    </message>
    <message>
        <source>Consent withdrawal: {name}</source>
        <translation>Piekrišanas atsaukums: {name}</translation>
    </message>
    <message>
        <source>The withdrawal takes effect at once and is kept as evidence (Art. 7(3)); what was done before it stays lawful.</source>
        <translation>Atsaukums stājas spēkā nekavējoties un tiek glabāts kā pierādījums (7. panta 3. punkts); tas, kas darīts pirms tā, paliek likumīgs.</translation>
    </message>
    <message>
        <source>The consent withdrawal is recorded.</source>
        <translation>Piekrišanas atsaukums ir reģistrēts.</translation>
    </message>
    <message>
        <source>The legal hold has ended.</source>
        <translation>Juridiskā aizture ir beigusies.</translation>
    </message>
    <message>
        <source>The partner is recorded as told.</source>
        <translation>Ierakstīts, ka partneris ir informēts.</translation>
    </message>
</context>
<context>
    <name>AffectedPanel</name>
    <message>
        <source>Customers with orders between two dates</source>
        <translation>Klienti ar pasūtījumiem starp diviem datumiem</translation>
    </message>
    <message>
        <source>Newsletter subscribers</source>
        <translation>Jaunumu vēstules abonenti</translation>
    </message>
    <message>
        <source>Customers with visit records between two dates</source>
        <translation>Klienti ar apmeklējumu ierakstiem starp diviem datumiem</translation>
    </message>
    <message>
        <source>A list file (CSV) of e-mails or order numbers</source>
        <translation>Saraksta fails (CSV) ar e-pasta adresēm vai pasūtījumu numuriem</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>Ku&amp;ri:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fails:</translation>
    </message>
    <message>
        <source>to (inclusive)</source>
        <translation>līdz (ieskaitot)</translation>
    </message>
    <message>
        <source>Dates are Riga days. A list file may be saved as UTF-8 or windows-1257; any cell with an e-mail address or an order number counts.</source>
        <translation>Datumi ir dienas pēc Rīgas laika. Saraksta fails var būt UTF-8 vai windows-1257 kodējumā; der jebkura šūna ar e-pasta adresi vai pasūtījuma numuru.</translation>
    </message>
    <message>
        <source>&amp;Preview count</source>
        <translation>Priekšskatīt &amp;skaitu</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>N&amp;o:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Izvēlēties…</translation>
    </message>
    <message>
        <source>Save as the affected c&amp;ustomers</source>
        <translation>Saglabāt kā skartos klient&amp;us</translation>
    </message>
    <message>
        <source>No affected customers saved yet.</source>
        <translation>Skartie klienti vēl nav saglabāti.</translation>
    </message>
    <message>
        <source>Saved: {count} customers ({how}).</source>
        <translation>Saglabāti skartie klienti: {count} ({how}).</translation>
    </message>
    <message>
        <source>List of affected customers</source>
        <translation>Skarto klientu saraksts</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt);;All (*)</source>
        <translation>Saraksti (*.csv *.txt);;Visi (*)</translation>
    </message>
    <message>
        <source>Choose the list file first.</source>
        <translation>Vispirms izvēlieties saraksta failu.</translation>
    </message>
    <message>
        <source>Saved {count} customers as affected.</source>
        <translation>Saglabāti skartie klienti: {count}.</translation>
    </message>
    <message>
        <source>Preview: {count} customers would be affected ({how}). Nothing saved yet.</source>
        <translation>Priekšskatījums: skarto klientu skaits būtu {count} ({how}). Nekas vēl nav saglabāts.</translation>
    </message>
    <message>
        <source>line {line}: {why}</source>
        <translation>{line}. rinda: {why}</translation>
    </message>
    <message>
        <source>and {count} more rows</source>
        <translation>un vēl {count} rindas</translation>
    </message>
    <message>
        <source>Rows that matched nobody:</source>
        <translation>Rindas, kurām neatbilst neviens klients:</translation>
    </message>
    <message>
        <source>Preview the count first.</source>
        <translation>Vispirms priekšskatiet skaitu.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign {reference}</source>
        <translation>Piešķirt {reference}</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nevienam</translation>
    </message>
    <message>
        <source>Requests can be given to the app&apos;s users and to you. The change goes on the request&apos;s timeline and into the audit log.</source>
        <translation>Pieprasījumus var piešķirt lietotnes lietotājiem un Jums. Izmaiņa tiek ierakstīta pieprasījuma vēsturē un audita žurnālā.</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Piešķirt:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message>
        <source>Every change and every look at a person&apos;s data, newest first. The entries are chained by hashes, so an altered or removed entry is found on verification.</source>
        <translation>Katra izmaiņa un katra personas datu apskate, jaunākās vispirms. Ieraksti ir saistīti ķēdē ar jaucējvērtībām, tāpēc pārbaudē atklājas katrs mainīts vai dzēsts ieraksts.</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Darbība:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Visas darbības</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Kas:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objekts:</translation>
    </message>
    <message>
        <source>customer 42</source>
        <translation>klients 42</translation>
    </message>
    <message>
        <source>A record as the log names it: &quot;customer 42&quot;, &quot;request DSR-2026-0001&quot;, or a kind alone such as &quot;breach&quot;.</source>
        <translation>Ieraksts tā, kā to nosauc žurnāls: “klients 42”, “pieprasījums DSR-2026-0001” vai tikai veids, piemēram, “pārkāpums”.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Līdz</translation>
    </message>
    <message>
        <source>Riga days; both days are included.</source>
        <translation>Rīgas dienas; abas dienas ieskaitot.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <source>who, subject or reason</source>
        <translation>kas, objekts vai iemesls</translation>
    </message>
    <message>
        <source>Looks in who, the subject and the reason code or reference. Typed notes are not searched: they are personal data that an erasure removes.</source>
        <translation>Meklē darītājā, objektā un iemesla kodā vai atsaucē. Ierakstītās piezīmes netiek pārmeklētas: tie ir personas dati, ko dzēšana izdzēš.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportēt CSV…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atjaunināt</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Pārbaudīt ķēdi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Entries in the log: {count}</source>
        <translation>Ierakstu skaits žurnālā: {count}</translation>
    </message>
    <message>
        <source>Entries of this action: {count}</source>
        <translation>Šīs darbības ierakstu skaits: {count}</translation>
    </message>
    <message>
        <source>Entries matching the filters: {count}</source>
        <translation>Filtriem atbilstošie ieraksti: {count}</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksportēt audita žurnālu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV datnes (*.csv)</translation>
    </message>
    <message>
        <source>Writing the CSV file…</source>
        <translation>Raksta CSV datni…</translation>
    </message>
    <message>
        <source>Entries written to {path}: {count}.</source>
        <translation>Datnē {path} ierakstīti ieraksti: {count}.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Pārbauda ķēdi…</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Pārbaude atcelta.</translation>
    </message>
    <message>
        <source>Chain intact. Entries checked: {count}.</source>
        <translation>Ķēde ir nebojāta. Pārbaudīti ieraksti: {count}.</translation>
    </message>
    <message>
        <source>the entry was changed after it was written</source>
        <translation>ieraksts ir mainīts pēc tā izveides</translation>
    </message>
    <message>
        <source>an entry before it is missing</source>
        <translation>trūkst ieraksta pirms tā</translation>
    </message>
    <message>
        <source>entries at the end of the log are missing</source>
        <translation>trūkst ierakstu žurnāla beigās</translation>
    </message>
    <message>
        <source>the note written with the entry was changed</source>
        <translation>ar ierakstu saglabātā piezīme ir mainīta</translation>
    </message>
    <message>
        <source>Chain broken at entry {seq}: {problem}.</source>
        <translation>Ķēde ir pārrauta pie ieraksta nr. {seq}: {problem}.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>(erased)</source>
        <translation>(dzēsta)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When (Riga)</source>
        <translation>Kad (Rīga)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekts</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
</context>
<context>
    <name>AwarenessDialog</name>
    <message>
        <source>Correct the awareness time: {reference}</source>
        <translation>Labot uzzināšanas laiku: {reference}</translation>
    </message>
    <message>
        <source>Recorded now: aware since {aware}. The correction, its reason and who made it go on the timeline and in the audit log; the DVI deadline is counted again from the corrected time, and a sign-off is voided.</source>
        <translation>Pašlaik reģistrēts: uzzināts {aware}. Labojums, tā iemesls un labotājs tiek ierakstīti notikumu gaitā un audita žurnālā; DVI termiņu aprēķina no jauna no labotā laika, un apstiprinājums zaudē spēku.</translation>
    </message>
    <message>
        <source>&amp;Aware since (Riga):</source>
        <translation>&amp;Uzzināts (Rīgas laikā):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Iemesls:</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <source>Backups</source>
        <translation>Rezerves kopijas</translation>
    </message>
    <message>
        <source>Encrypted copies of the database, which the recovery key opens on any computer. A folder on another disk, a network share or a synced folder keeps them safe from a broken laptop.</source>
        <translation>Šifrētas datubāzes kopijas, kuras atkopšanas atslēga atver jebkurā datorā. Mape citā diskā, tīkla mapē vai sinhronizētā mapē tās pasargā, ja klēpjdators sabojājas.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Rezerves kopiju &amp;mape:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Izvēlēties…</translation>
    </message>
    <message>
        <source>Back up every (days):</source>
        <translation>Veidot rezerves kopiju ik pēc (dienām):</translation>
    </message>
    <message>
        <source>only on close and by hand</source>
        <translation>tikai aizverot un pēc pieprasījuma</translation>
    </message>
    <message>
        <source>Also back up when the app is closed</source>
        <translation>Veidot rezerves kopiju arī, aizverot lietotni</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Glabāt:</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dienas kopijas</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>nedēļas kopijas</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mēneša kopijas</translation>
    </message>
    <message>
        <source>Sa&amp;ve backup settings</source>
        <translation>&amp;Saglabāt rezerves kopiju iestatījumus</translation>
    </message>
    <message>
        <source>With these numbers an erased person is gone from every backup in this folder within {days} days of the erasure (the erasure letter says so), as long as backups keep being made. Copies taken elsewhere by hand are not rotated.</source>
        <translation>Ar šiem skaitļiem dzēstas personas dati pazūd no visām šīs mapes rezerves kopijām ne vēlāk kā {days} dienu laikā pēc dzēšanas (to norāda arī dzēšanas vēstule), ja rezerves kopijas turpina veidot. Citur ar roku izveidotas kopijas netiek rotētas.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Rezerves kopiju mape</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Rezerves kopiju iestatījumi saglabāti.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Back up now</source>
        <translation>Izveidot rezerves kopiju tagad</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Veido rezerves kopiju…</translation>
    </message>
    <message>
        <source>The last backup failed</source>
        <translation>Pēdējā rezerves kopija neizdevās</translation>
    </message>
    <message>
        <source>last good backup: {when}</source>
        <translation>pēdējā izdevusies rezerves kopija: {when}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Rezerves kopijas vēl nav</translation>
    </message>
    <message>
        <source>Backup overdue · last good backup: {when}</source>
        <translation>Rezerves kopija nokavēta · pēdējā izdevusies: {when}</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Pēdējā rezerves kopija: {when}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backup made</source>
        <translation>Rezerves kopija izveidota</translation>
    </message>
    <message>
        <source>The backup was written to {path} ({size} MB).</source>
        <translation>Rezerves kopija ierakstīta: {path} ({size} MB).</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Veido datubāzes rezerves kopiju…</translation>
    </message>
</context>
<context>
    <name>BreachActions</name>
    <message>
        <source>Saved.</source>
        <translation>Saglabāts.</translation>
    </message>
    <message>
        <source>What you entered is still in the window behind this one.</source>
        <translation>Tas, ko ievadījāt, joprojām ir logā aiz šī.</translation>
    </message>
</context>
<context>
    <name>BreachLabels</name>
    <message>
        <source>Low</source>
        <translation>Zems</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Vidējs</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Augsts</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Ļoti augsts</translation>
    </message>
    <message>
        <source>document it in the register only (Art. 33(5))</source>
        <translation>tikai dokumentēt reģistrā (33. panta 5. punkts)</translation>
    </message>
    <message>
        <source>notify the Data State Inspectorate within 72 hours (Art. 33)</source>
        <translation>paziņot Datu valsts inspekcijai 72 stundu laikā (33. pants)</translation>
    </message>
    <message>
        <source>notify the Data State Inspectorate (Art. 33) and tell the people affected (Art. 34)</source>
        <translation>paziņot Datu valsts inspekcijai (33. pants) un informēt skartās personas (34. pants)</translation>
    </message>
    <message>
        <source>The ENISA level is guidance, not a legal threshold: the decisions to notify the Data State Inspectorate and to tell the people affected are made by a person, each with its written reasoning.</source>
        <translation>ENISA līmenis ir palīglīdzeklis, nevis juridisks slieksnis: lēmumus paziņot Datu valsts inspekcijai un informēt skartās personas pieņem cilvēks, katru ar rakstisku pamatojumu.</translation>
    </message>
    <message>
        <source>Confidentiality (data disclosed)</source>
        <translation>Konfidencialitāte (dati atklāti)</translation>
    </message>
    <message>
        <source>Integrity (data altered)</source>
        <translation>Integritāte (dati izmainīti)</translation>
    </message>
    <message>
        <source>Availability (data lost or unreachable)</source>
        <translation>Pieejamība (dati zuduši vai nepieejami)</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>atvērts</translation>
    </message>
    <message>
        <source>facts changed</source>
        <translation>fakti mainīti</translation>
    </message>
    <message>
        <source>severity assessed</source>
        <translation>smagums novērtēts</translation>
    </message>
    <message>
        <source>decisions recorded</source>
        <translation>lēmumi pierakstīti</translation>
    </message>
    <message>
        <source>affected customers saved</source>
        <translation>skartie klienti saglabāti</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>apstiprināts</translation>
    </message>
    <message>
        <source>sign-off void</source>
        <translation>apstiprinājums anulēts</translation>
    </message>
    <message>
        <source>DVI notice prepared</source>
        <translation>paziņojums DVI sagatavots</translation>
    </message>
    <message>
        <source>awareness time corrected</source>
        <translation>uzzināšanas laiks labots</translation>
    </message>
    <message>
        <source>marked as registered in error</source>
        <translation>atzīmēts kā kļūdaini reģistrēts</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>derīgs</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulēts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>Signed off by {name} at {time}.</source>
        <translation>Apstiprināja {name}, {time}.</translation>
    </message>
    <message>
        <source>Sign-off void — changed after signing: {name} signed at {time}, {who} changed the breach at {changed}. A manager must sign it off again before anything final leaves.</source>
        <translation>Apstiprinājums anulēts — mainīts pēc parakstīšanas: {name} parakstīja {time}, {who} mainīja lietu {changed}. Vadītājam tā jāapstiprina vēlreiz, pirms tiek nosūtīts kaut kas galīgs.</translation>
    </message>
    <message>
        <source>Sign-off void — changed after signing ({name} signed at {time}). A manager must sign it off again before anything final leaves.</source>
        <translation>Apstiprinājums anulēts — mainīts pēc parakstīšanas ({name} parakstīja {time}). Vadītājam tas jāapstiprina vēlreiz, pirms tiek nosūtīts kaut kas galīgs.</translation>
    </message>
    <message>
        <source>Sign-off not valid: its signature does not check out.</source>
        <translation>Apstiprinājums nav derīgs: paraksts neatbilst.</translation>
    </message>
    <message>
        <source>Not signed off: outputs are drafts until a manager signs the breach off.</source>
        <translation>Nav apstiprināts: dokumenti ir melnraksti, līdz vadītājs apstiprina pārkāpuma lietu.</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nav izlemts</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <source>DVI: {dvi} · people: {people}</source>
        <translation>DVI: {dvi} · personas: {people}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nav novērtēts</translation>
    </message>
    <message>
        <source>Registered in error: it stays on the register, and no DVI notice is counted.</source>
        <translation>Reģistrēts kļūdas dēļ: tas paliek reģistrā, un paziņojuma DVI termiņu neskaita.</translation>
    </message>
    <message>
        <source>The DVI was notified {at} ({channel}); it was due {due}.</source>
        <translation>DVI paziņots {at} ({channel}); termiņš bija {due}.</translation>
    </message>
    <message>
        <source>the DVI&apos;s online form</source>
        <translation>DVI tiešsaistes veidlapa</translation>
    </message>
    <message>
        <source>the signed Excel form</source>
        <translation>parakstīta Excel veidlapa</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-pasts</translation>
    </message>
    <message>
        <source>DVI notified</source>
        <translation>paziņots DVI</translation>
    </message>
    <message>
        <source>registered in error</source>
        <translation>reģistrēts kļūdas dēļ</translation>
    </message>
    <message>
        <source>no DVI notice</source>
        <translation>bez paziņojuma DVI</translation>
    </message>
    <message>
        <source>overdue {minutes} min</source>
        <translation>nokavēts {minutes} min</translation>
    </message>
    <message>
        <source>overdue {hours} h</source>
        <translation>nokavēts {hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>Decided not to notify the DVI; the breach stays documented in the register.</source>
        <translation>Nolemts DVI neziņot; pārkāpums paliek dokumentēts reģistrā.</translation>
    </message>
    <message>
        <source>The notice is prepared, not yet recorded as sent to the DVI.</source>
        <translation>Paziņojums ir sagatavots, bet vēl nav reģistrēts kā nosūtīts DVI.</translation>
    </message>
    <message>
        <source>Overdue by {minutes} min: the DVI notice was due {due}.</source>
        <translation>Nokavēts par {minutes} min: paziņojuma DVI termiņš bija {due}.</translation>
    </message>
    <message>
        <source>Overdue by {hours} h: the DVI notice was due {due}.</source>
        <translation>Nokavēts par {hours} h: paziņojuma DVI termiņš bija {due}.</translation>
    </message>
    <message>
        <source>{minutes} min left until the DVI notice is due: {due}</source>
        <translation>Līdz paziņojuma DVI termiņam atlikušas {minutes} min: {due}</translation>
    </message>
    <message>
        <source>{hours} h left until the DVI notice is due: {due}</source>
        <translation>Līdz paziņojuma DVI termiņam atlikušas {hours} h: {due}</translation>
    </message>
    <message>
        <source>Aware since {aware}. Legal outer limit, 72 hours after awareness (Art. 33(1)): {limit}.</source>
        <translation>Uzzināja: {aware}. Juridiskā galējā robeža — 72 stundas pēc uzzināšanas (33. panta 1. punkts): {limit}.</translation>
    </message>
</context>
<context>
    <name>BreachLettersMail</name>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Sūtīt pa &amp;e-pastu…</translation>
    </message>
    <message>
        <source>The final letters by e-mail to the affected customers, throttled; sending again continues where it stopped. Recorded as sent: {sent} of {total}.</source>
        <translation>Galīgās vēstules skartajiem klientiem pa e-pastu, ierobežotā ātrumā; sūtot vēlreiz, darbs turpinās no vietas, kur tas apstājās. Reģistrētas kā nosūtītas: {sent} no {total}.</translation>
    </message>
    <message>
        <source>Letters by e-mail</source>
        <translation>Vēstules pa e-pastu</translation>
    </message>
    <message>
        <source>Only final letters are sent by e-mail: a manager signs the breach off first. Drafts are never e-mailed.</source>
        <translation>Pa e-pastu sūta tikai galīgās vēstules: vispirms pārkāpumu apstiprina vadītājs. Melnrakstus pa e-pastu nesūta nekad.</translation>
    </message>
    <message>
        <source>at most {rate} a minute</source>
        <translation>ne vairāk kā {rate} minūtē</translation>
    </message>
    <message>
        <source>without a pause</source>
        <translation>bez pauzēm</translation>
    </message>
    <message>
        <source>Send the final, signed letter by e-mail to the affected customers not yet recorded as sent ({left} of {total}), {rate}? You can cancel at any time; sending again later continues with the others, and nobody gets the letter twice.</source>
        <translation>Vai sūtīt galīgo, parakstīto vēstuli pa e-pastu tiem skartajiem klientiem, kam tā vēl nav reģistrēta kā nosūtīta ({left} no {total}), {rate}? Sūtīšanu var atcelt jebkurā brīdī; sūtot vēlreiz, darbs turpinās ar pārējiem, un neviens vēstuli nesaņem divreiz.</translation>
    </message>
    <message>
        <source>Sending the letters to {count} affected customers…</source>
        <translation>Sūta vēstules skartajiem klientiem ({count})…</translation>
    </message>
    <message>
        <source>Sent now: {sent}. Sent before: {already}.</source>
        <translation>Nosūtītas tagad: {sent}. Nosūtītas iepriekš: {already}.</translation>
    </message>
    <message>
        <source>Without a usable e-mail address (send by post): {count}.</source>
        <translation>Bez derīgas e-pasta adreses (jāsūta pa pastu): {count}.</translation>
    </message>
    <message>
        <source>Addresses the mail server refused: {count}.</source>
        <translation>Pasta servera noraidītās adreses: {count}.</translation>
    </message>
    <message>
        <source>Not sent again, because an earlier sending stopped before they were recorded and they may have gone out: {count}. Check the office&apos;s sent folder; the command line&apos;s &apos;breach letters --send --resend&apos; sends them.</source>
        <translation>Nav nosūtītas vēlreiz, jo iepriekšējā sūtīšana apstājās, pirms tās tika ierakstītas, un tās varētu būt nosūtītas: {count}. Pārbaudiet biroja nosūtīto vēstuļu mapi; komandrindas “breach letters --send --resend” tās nosūta.</translation>
    </message>
    <message>
        <source>Cancelled. Every letter the mail server accepted is recorded as sent; sending again continues with the others.</source>
        <translation>Atcelts. Katra vēstule, ko pasta serveris pieņēma, ir reģistrēta kā nosūtīta; sūtot vēlreiz, darbs turpinās ar pārējām.</translation>
    </message>
</context>
<context>
    <name>BreachRecords</name>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <source>Aware since {time}.</source>
        <translation>Par pārkāpumu uzzināts {time}.</translation>
    </message>
    <message>
        <source>From {before} to {after}. Reason: {reason}</source>
        <translation>Bija {before}, tagad {after}. Iemesls: {reason}</translation>
    </message>
    <message>
        <source>SE = {score}: {level}</source>
        <translation>SE = {score}: {level}</translation>
    </message>
    <message>
        <source>Notify the DVI: {dvi}; tell the people: {people}.</source>
        <translation>Paziņot DVI: {dvi}; informēt personas: {people}.</translation>
    </message>
    <message>
        <source>Customers: {count} ({how}).</source>
        <translation>Klienti: {count} ({how}).</translation>
    </message>
    <message>
        <source>Version {number} of the facts.</source>
        <translation>Faktu versija {number}.</translation>
    </message>
    <message>
        <source>Changed after the sign-off: {change}.</source>
        <translation>Mainīts pēc apstiprināšanas: {change}.</translation>
    </message>
    <message>
        <source>In Latvian.</source>
        <translation>Latviski.</translation>
    </message>
    <message>
        <source>In English.</source>
        <translation>Angliski.</translation>
    </message>
    <message>
        <source>Submitted {time} through {channel}; the DVI&apos;s reference: {ref}.</source>
        <translation>Iesniegts {time}, veids: {channel}; DVI lietas numurs: {ref}.</translation>
    </message>
    <message>
        <source>Submitted {time} through {channel}.</source>
        <translation>Iesniegts {time}, veids: {channel}.</translation>
    </message>
    <message>
        <source>Changed: {fields}.</source>
        <translation>Mainīts: {fields}.</translation>
    </message>
    <message>
        <source>newsletter subscribers</source>
        <translation>jaunumu vēstules abonenti</translation>
    </message>
    <message>
        <source>orders {start} – {end} Riga time, end not included</source>
        <translation>pasūtījumi, veikti {start} – {end} pēc Rīgas laika, beigas neieskaitot</translation>
    </message>
    <message>
        <source>visits {start} – {end} Riga time, end not included</source>
        <translation>apmeklējumi {start} – {end} pēc Rīgas laika, beigas neieskaitot</translation>
    </message>
    <message>
        <source>list {name}: {emails} e-mails, {numbers} order numbers</source>
        <translation>saraksts {name}: e-pasta adreses: {emails}, pasūtījumu numuri: {numbers}</translation>
    </message>
    <message>
        <source>, {count} rows matched nobody</source>
        <translation>; rindas, kurās neviens netika atrasts: {count}</translation>
    </message>
</context>
<context>
    <name>BreachSafety</name>
    <message>
        <source>{reference} is signed off by {name} ({time}). This change voids that sign-off: the outputs become drafts again, and nothing final can be made until a manager signs it off again. The timeline and the audit log will show that the sign-off was voided, by whom and when.</source>
        <translation>Lietu {reference} apstiprināja {name} ({time}). Šī izmaiņa anulē apstiprinājumu: dokumenti atkal kļūst par melnrakstiem, un neko galīgu nevar sagatavot, līdz vadītājs lietu apstiprina vēlreiz. Notikumu gaitā un audita žurnālā būs redzams, ka apstiprinājums anulēts, kas to izdarīja un kad.</translation>
    </message>
    <message>
        <source>Void the sign-off?</source>
        <translation>Anulēt apstiprinājumu?</translation>
    </message>
    <message>
        <source>&amp;Change and void the sign-off</source>
        <translation>&amp;Mainīt un anulēt apstiprinājumu</translation>
    </message>
    <message>
        <source>The facts give no number of people affected, but customers on the affected list: {listed}. Enter the number in the facts (it may rightly be larger: people who are not customers count too).</source>
        <translation>Faktos nav norādīts skarto personu skaits, bet klientu skaits skarto klientu sarakstā: {listed}. Ierakstiet skaitu faktos (tas pamatoti var būt lielāks: skaitās arī personas, kas nav klienti).</translation>
    </message>
    <message>
        <source>Number of people affected in the facts: {people}. Customers on the affected list: {listed}. The facts may rightly count people who are not customers: confirm the number, or correct it.</source>
        <translation>Skarto personu skaits faktos: {people}. Klientu skaits skarto klientu sarakstā: {listed}. Faktos pamatoti var būt ieskaitītas arī personas, kas nav klienti: apstipriniet skaitu vai izlabojiet to.</translation>
    </message>
    <message>
        <source>Checked and kept: people affected in the facts: {people}; customers on the affected list: {listed}. The manager sees both numbers again at sign-off.</source>
        <translation>Pārbaudīts un paturēts: skarto personu skaits faktos: {people}; klientu skaits skarto klientu sarakstā: {listed}. Apstiprinot lietu, vadītājs abus skaitļus redzēs vēlreiz.</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Atsauce</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Aware (Riga)</source>
        <translation>Uzzināja (Rīga)</translation>
    </message>
    <message>
        <source>DVI due</source>
        <translation>DVI termiņš</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Atlikušas stundas</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Smagums</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Lēmumi</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Apstiprinājums</translation>
    </message>
</context>
<context>
    <name>BreachVerify</name>
    <message>
        <source>Verify a file</source>
        <translation>Pārbaudīt failu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF dokumenti (*.pdf);;Visi faili (*)</translation>
    </message>
    <message>
        <source>{file} carries no minime-admin sign-off: it is a draft, or a file this app did not make.</source>
        <translation>{file} nav minime-admin apstiprinājuma: tas ir melnraksts vai fails, ko šī lietotne nav sagatavojusi.</translation>
    </message>
    <message>
        <source>{file}: {kind} of breach {reference}, signed off by {name} at {time}.</source>
        <translation>{file}: pārkāpuma {reference} dokuments ({kind}), apstiprināja {name}, {time}.</translation>
    </message>
    <message>
        <source>Content: unchanged since it was signed.</source>
        <translation>Saturs: nav mainīts kopš parakstīšanas.</translation>
    </message>
    <message>
        <source>Content: CHANGED since it was signed.</source>
        <translation>Saturs: MAINĪTS kopš parakstīšanas.</translation>
    </message>
    <message>
        <source>Signature: genuine, by a manager of this shop.</source>
        <translation>Paraksts: īsts, šī veikala vadītāja.</translation>
    </message>
    <message>
        <source>Signature: NOT genuine — do not rely on this file.</source>
        <translation>Paraksts: NAV īsts — nepaļaujieties uz šo failu.</translation>
    </message>
    <message>
        <source>NOT CURRENT: it was signed for version {signed} of the breach, which has been changed since (now version {now}); this file is no longer current.</source>
        <translation>NAV AKTUĀLS: tas tika parakstīts pārkāpuma {signed}. versijai, bet pārkāpums kopš tā laika ir mainīts (tagad {now}. versija); šis fails vairs nav aktuāls.</translation>
    </message>
    <message>
        <source>NOT CURRENT: this breach is not on this register.</source>
        <translation>NAV AKTUĀLS: šī pārkāpuma nav šajā reģistrā.</translation>
    </message>
</context>
<context>
    <name>BreachView</name>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Fakti</translation>
    </message>
    <message>
        <source>&amp;Assessment and decisions</source>
        <translation>&amp;Novērtējums un lēmumi</translation>
    </message>
    <message>
        <source>Affected &amp;customers</source>
        <translation>Skartie &amp;klienti</translation>
    </message>
    <message>
        <source>&amp;Outputs</source>
        <translation>&amp;Dokumenti</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Notikumu &amp;gaita</translation>
    </message>
    <message>
        <source>Severity (ENISA 2013)</source>
        <translation>Smagums (ENISA 2013)</translation>
    </message>
    <message>
        <source>Decisions, each with its reasoning</source>
        <translation>Lēmumi, katrs ar pamatojumu</translation>
    </message>
    <message>
        <source>A&amp;ssess severity…</source>
        <translation>Novērtēt &amp;smagumu…</translation>
    </message>
    <message>
        <source>&amp;Record decisions…</source>
        <translation>Pie&amp;rakstīt lēmumus…</translation>
    </message>
    <message>
        <source>Sign o&amp;ff…</source>
        <translation>&amp;Apstiprināt…</translation>
    </message>
    <message>
        <source>Correct a&amp;wareness time…</source>
        <translation>Labot uz&amp;zināšanas laiku…</translation>
    </message>
    <message>
        <source>Registered in e&amp;rror…</source>
        <translation>Reģistrēts kļū&amp;das dēļ…</translation>
    </message>
    <message>
        <source>Select a breach to see it here, or open a new one.</source>
        <translation>Izvēlieties pārkāpumu, lai to redzētu šeit, vai atveriet jaunu.</translation>
    </message>
    <message>
        <source>Sign o&amp;ff again…</source>
        <translation>&amp;Apstiprināt vēlreiz…</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Vēl nav novērtēts.</translation>
    </message>
    <message>
        <source>SE = {dpc} × {ei} + {cb} = {score}: {level}</source>
        <translation>SE = {dpc} × {ei} + {cb} = {score}: {level}</translation>
    </message>
    <message>
        <source>Suggested duty: {duty}.</source>
        <translation>Ieteiktais pienākums: {duty}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <source>Notify the DVI: {answer}. {reason}</source>
        <translation>Paziņot DVI: {answer}. {reason}</translation>
    </message>
    <message>
        <source>Tell the people: {answer}. {reason}</source>
        <translation>Informēt personas: {answer}. {reason}</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>vēl nav izlemts</translation>
    </message>
    <message>
        <source>Why the DVI is not notified although the people are told: {reason}</source>
        <translation>Kāpēc DVI netiek informēta, lai gan skartās personas tiek informētas: {reason}</translation>
    </message>
    <message>
        <source>Art. 34(3) exceptions: {list}</source>
        <translation>34. panta 3. punkta izņēmumi: {list}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <source>Personal data breaches</source>
        <translation>Personas datu aizsardzības pārkāpumi</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>&amp;Jauns pārkāpums…</translation>
    </message>
    <message>
        <source>&amp;Verify a file…</source>
        <translation>&amp;Pārbaudīt failu…</translation>
    </message>
    <message>
        <source>Check who signed a PDF made here, when, and whether it is unchanged.</source>
        <translation>Pārbaudīt, kas un kad parakstīja šeit sagatavotu PDF un vai tas nav mainīts.</translation>
    </message>
    <message>
        <source>{count} breach on the register</source>
        <translation>Reģistrā {count} pārkāpums</translation>
    </message>
    <message>
        <source>{count} breaches on the register</source>
        <translation>Reģistrā {count} pārkāpumi</translation>
    </message>
    <message>
        <source>The facts of {reference} have changes that are not saved: {fields}.</source>
        <translation>Lietas {reference} faktos ir nesaglabātas izmaiņas: {fields}.</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhileDialog</name>
    <message>
        <source>Changed meanwhile</source>
        <translation>Pa to laiku mainīts</translation>
    </message>
    <message>
        <source>Your change, not saved (redo it after reloading):</source>
        <translation>Jūsu izmaiņas, nesaglabātas (pēc atkārtotas ielādes veiciet tās vēlreiz):</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Kas mainījās</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Kad jūs to atvērāt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Tagad</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ielādēt no jauna</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
</context>
<context>
    <name>ChangedRequest</name>
    <message>
        <source>nobody</source>
        <translation>nevienam</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>nav sasaistīts</translation>
    </message>
    <message>
        <source>customer no. {id}</source>
        <translation>klients nr. {id}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Kam piešķirts</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Pagarināts</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitāte</translation>
    </message>
    <message>
        <source>Change the status to “{status}”.</source>
        <translation>Mainīt statusu uz “{status}”.</translation>
    </message>
    <message>
        <source>Assign the request to {name}.</source>
        <translation>Piešķirt pieprasījumu: {name}.</translation>
    </message>
    <message>
        <source>Extend the deadline. Reason: {reason}</source>
        <translation>Pagarināt termiņu. Iemesls: {reason}</translation>
    </message>
    <message>
        <source>Unlink the customer.</source>
        <translation>Atsaistīt klientu.</translation>
    </message>
    <message>
        <source>Link the request to customer no. {id}.</source>
        <translation>Sasaistīt pieprasījumu ar klientu nr. {id}.</translation>
    </message>
</context>
<context>
    <name>CloseBackup</name>
    <message>
        <source>Backing up before closing…</source>
        <translation>Rezerves kopēšana pirms aizvēršanas…</translation>
    </message>
    <message>
        <source>The backup before closing was cancelled, so none was made this time.</source>
        <translation>Rezerves kopēšana pirms aizvēršanas tika atcelta, tāpēc šoreiz kopija netika izveidota.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>Apstiprināšana</translation>
    </message>
    <message>
        <source>An erasure cannot be undone.</source>
        <translation>Dzēšanu nevar atsaukt.</translation>
    </message>
    <message>
        <source>&amp;Erase now</source>
        <translation>&amp;Dzēst tagad</translation>
    </message>
    <message>
        <source>The erased records leave the database file for good, search no longer finds the person, and their requests keep only the reference, the dates and a salted hash of the e-mail address.</source>
        <translation>Dzēstie ieraksti neatgriezeniski pazūd no datubāzes faila, meklēšana personu vairs neatrod, un viņas pieprasījumos paliek tikai numurs, datumi un e-pasta adreses sālīts jaucējkods.</translation>
    </message>
    <message>
        <source>I have checked the person&apos;s identity and the plan; erase their data now.</source>
        <translation>Esmu pārbaudījis personas identitāti un plānu; dzēst viņas datus tagad.</translation>
    </message>
    <message>
        <source>{erase} records will be erased, {anonymise} anonymised and {retain} retained.</source>
        <translation>Dzēsīs ierakstus: {erase}; anonimizēs: {anonymise}; saglabās: {retain}.</translation>
    </message>
</context>
<context>
    <name>ConnectionBox</name>
    <message>
        <source>Certificate authority</source>
        <translation>Sertifikātu iestāde</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Sertifikāti (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Not connected. {reason}</source>
        <translation>Savienojums nav izveidots. {reason}</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Customer number in the shop</source>
        <translation>Klienta numurs veikalā</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Full name (one column)</source>
        <translation>Vārds un uzvārds (vienā kolonnā)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Reģistrēts</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <source>Billing e-mail</source>
        <translation>Rēķina e-pasts</translation>
    </message>
    <message>
        <source>Billing first name</source>
        <translation>Rēķina vārds</translation>
    </message>
    <message>
        <source>Billing last name</source>
        <translation>Rēķina uzvārds</translation>
    </message>
    <message>
        <source>Billing phone</source>
        <translation>Rēķina tālrunis</translation>
    </message>
    <message>
        <source>Billing street</source>
        <translation>Rēķina iela</translation>
    </message>
    <message>
        <source>Billing street, line 2</source>
        <translation>Rēķina iela, 2. rinda</translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation>Rēķina pilsēta</translation>
    </message>
    <message>
        <source>Billing postal code</source>
        <translation>Rēķina pasta indekss</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>Rēķina valsts</translation>
    </message>
    <message>
        <source>Delivery street</source>
        <translation>Piegādes iela</translation>
    </message>
    <message>
        <source>Delivery street, line 2</source>
        <translation>Piegādes iela, 2. rinda</translation>
    </message>
    <message>
        <source>Delivery city</source>
        <translation>Piegādes pilsēta</translation>
    </message>
    <message>
        <source>Delivery postal code</source>
        <translation>Piegādes pasta indekss</translation>
    </message>
    <message>
        <source>Delivery country</source>
        <translation>Piegādes valsts</translation>
    </message>
    <message>
        <source>Order id in the shop</source>
        <translation>Pasūtījuma ID veikalā</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Pasūtījuma numurs</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Pasūtījuma datums</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Pasūtījuma statuss</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Pasūtījuma summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <source>Items (packed in one column)</source>
        <translation>Preces (vienā kolonnā)</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>CSV faila imports</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Priekšskatīt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importēt</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Atcelt importu</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Aizvērt</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Nolasa {name}…</translation>
    </message>
    <message>
        <source>{name}: which column holds what in this customers file.</source>
        <translation>{name}: kura kolonna ko satur šajā klientu failā.</translation>
    </message>
    <message>
        <source>{name}: which column holds what in this orders file.</source>
        <translation>{name}: kura kolonna ko satur šajā pasūtījumu failā.</translation>
    </message>
    <message>
        <source>These columns were mapped like the last file of this shape.</source>
        <translation>Kolonnas kartētas tāpat kā iepriekšējā šādas formas failā.</translation>
    </message>
    <message>
        <source>Recognised as the {preset} export; check the columns below.</source>
        <translation>Atpazīts kā eksports {preset}; pārbaudiet kolonnas zemāk.</translation>
    </message>
    <message>
        <source>Not a known export: choose the column for each field.</source>
        <translation>Nav zināms eksports: izvēlieties kolonnu katram laukam.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(failā nav)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importē…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Skaita…</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Izmēģinājums: nekas netika mainīts.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klienti</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>viesi</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pasūtījumi</translation>
    </message>
    <message>
        <source>{kind}: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{kind}: jauni {new}, atjaunināti {updated}, nemainīti {unchanged}, noraidīti {rejected}</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>{line}. rinda: {reason}</translation>
    </message>
    <message>
        <source>… and {count} more rejected.</source>
        <translation>… un vēl noraidīti: {count}.</translation>
    </message>
    <message>
        <source>Cancelled: the batches written before stay written.</source>
        <translation>Atcelts: jau ierakstītās partijas paliek ierakstītas.</translation>
    </message>
</context>
<context>
    <name>CustomerChoice</name>
    <message>
        <source>Looking for the customer…</source>
        <translation>Meklē klientu…</translation>
    </message>
    <message>
        <source>No customer matches yet; the request can be linked later.</source>
        <translation>Neviens klients pagaidām neatbilst; pieprasījumu var piesaistīt vēlāk.</translation>
    </message>
    <message>
        <source>Customer no. {id}: {who}</source>
        <translation>Klients nr. {id}: {who}</translation>
    </message>
    <message>
        <source>Several customers fit. Choose the right one, or none:</source>
        <translation>Atbilst vairāki klienti. Izvēlieties pareizo vai nevienu:</translation>
    </message>
    <message>
        <source>None of them</source>
        <translation>Neviens no tiem</translation>
    </message>
    <message>
        <source>no. {id}: {who}</source>
        <translation>nr. {id}: {who}</translation>
    </message>
</context>
<context>
    <name>CustomerColumns</name>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <source>Shop ID</source>
        <translation>Veikala ID</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Iela</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Pēdējā pieteikšanās</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Pasūtīts</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Preces</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Piegādes adrese</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pasūtījums</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izrakstīts</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Pircējs</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Pakalpojumu sniedzējs</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Pierakstījies</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Atrakstījies</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Saraksts</translation>
    </message>
    <message>
        <source>Opt-in IP</source>
        <translation>Pierakstīšanās IP</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Apstiprināts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Nolūks</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Notikums</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Kā</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Teksta versija</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saņemts</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Apjoms</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dota</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analītika</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Reklāma</translation>
    </message>
    <message>
        <source>Banner version</source>
        <translation>Paziņojuma versija</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicēts</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prece</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Virsraksts</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Apmeklēts</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP adrese</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Pārlūks</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operētājsistēma</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Atnāca no</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Lapa</translation>
    </message>
    <message>
        <source>Time on page (s)</source>
        <translation>Laiks lapā (s)</translation>
    </message>
    <message>
        <source>Site search</source>
        <translation>Meklēšana vietnē</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>Nodots</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <source>Outside the EU/EEA</source>
        <translation>Ārpus ES/EEZ</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Aizsardzības pasākumi</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Tiesiskais pamats</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Sākts</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Atcelts</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Beidzies</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Glabā līdz</translation>
    </message>
</context>
<context>
    <name>CustomerValues</name>
    <message>
        <source>active</source>
        <translation>aktīvs</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>slēgts</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>norēķinu adrese</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>piegādes adrese</translation>
    </message>
    <message>
        <source>given</source>
        <translation>dota</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>atsaukta</translation>
    </message>
    <message>
        <source>at checkout</source>
        <translation>noformējot pasūtījumu</translation>
    </message>
    <message>
        <source>link in an e-mail</source>
        <translation>saite e-pastā</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>tīmekļa veidlapa</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-pasts</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>tālrunis</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>vēstule</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>klātienē</translation>
    </message>
    <message>
        <source>newsletter</source>
        <translation>jaunumu vēstule</translation>
    </message>
    <message>
        <source>personalised offers</source>
        <translation>personalizēti piedāvājumi</translation>
    </message>
    <message>
        <source>direct marketing</source>
        <translation>tiešā tirgvedība</translation>
    </message>
    <message>
        <source>all direct marketing</source>
        <translation>visa tiešā tirgvedība</translation>
    </message>
    <message>
        <source>profiling</source>
        <translation>profilēšana</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>pierakstījies</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>atrakstījies</translation>
    </message>
    <message>
        <source>ended by the service (bounces)</source>
        <translation>izbeigts pakalpojumā (e-pasti netika piegādāti)</translation>
    </message>
    <message>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <source>MailerLite</source>
        <translation>MailerLite</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>pabeigts</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>neizdevās</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>gaida</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>atmaksāts</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>autorizēts</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>iekasēts</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>paslēpta</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicēta</translation>
    </message>
    <message>
        <source>chargeback</source>
        <translation>maksājuma apstrīdējums</translation>
    </message>
    <message>
        <source>dispute</source>
        <translation>strīds</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>latviešu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angļu</translation>
    </message>
    <message>
        <source>access</source>
        <translation>piekļuve</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>labošana</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>dzēšana</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>ierobežošana</translation>
    </message>
    <message>
        <source>portability</source>
        <translation>pārnesamība</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>iebildums</translation>
    </message>
    <message>
        <source>marketing objection</source>
        <translation>iebildums pret tirgvedību</translation>
    </message>
    <message>
        <source>consent withdrawal</source>
        <translation>piekrišanas atsaukums</translation>
    </message>
    <message>
        <source>unsubscribe</source>
        <translation>atrakstīšanās</translation>
    </message>
    <message>
        <source>legal basis question</source>
        <translation>jautājums par tiesisko pamatu</translation>
    </message>
    <message>
        <source>other</source>
        <translation>cits</translation>
    </message>
    <message>
        <source>while it stands</source>
        <translation>kamēr ir spēkā</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>Back to search (Esc)</source>
        <translation>Atpakaļ uz meklēšanu (Esc)</translation>
    </message>
    <message>
        <source>Rectify…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Ierobežot apstrādi…</translation>
    </message>
    <message>
        <source>Lift restriction…</source>
        <translation>Atcelt ierobežojumu…</translation>
    </message>
    <message>
        <source>Marketing objection…</source>
        <translation>Iebildums pret tirgvedību…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Atrakstīt no jaunumiem…</translation>
    </message>
    <message>
        <source>Consent withdrawal…</source>
        <translation>Piekrišanas atsaukums…</translation>
    </message>
    <message>
        <source>End legal hold…</source>
        <translation>Beigt juridisko aizturi…</translation>
    </message>
    <message>
        <source>Partner told (Art. 19)…</source>
        <translation>Partneris informēts (19. pants)…</translation>
    </message>
    <message>
        <source>Correct a field of the profile or an address (Art. 16)</source>
        <translation>Labot profila vai adreses lauku (16. pants)</translation>
    </message>
    <message>
        <source>Keep the data stored only, used for nothing else (Art. 18)</source>
        <translation>Datus tikai glabāt, neizmantot nekam citam (18. pants)</translation>
    </message>
    <message>
        <source>End the restriction; tell the customer first (Art. 18(3))</source>
        <translation>Atcelt ierobežojumu; vispirms paziņot klientam (18. panta 3. punkts)</translation>
    </message>
    <message>
        <source>Record an objection to direct marketing: absolute, no reason asked (Art. 21(3))</source>
        <translation>Reģistrēt iebildumu pret tiešo tirgvedību: beznosacījuma, iemeslu neprasa (21. panta 3. punkts)</translation>
    </message>
    <message>
        <source>End the newsletter subscription at once</source>
        <translation>Nekavējoties izbeigt jaunumu vēstules abonementu</translation>
    </message>
    <message>
        <source>Record that the customer withdrew a consent (Art. 7(3))</source>
        <translation>Reģistrēt, ka klients atsauca piekrišanu (7. panta 3. punkts)</translation>
    </message>
    <message>
        <source>The dispute or chargeback is settled: what the hold kept follows its own rule</source>
        <translation>Strīds vai maksājuma apstrīdējums ir atrisināts: uz to, ko aizture saglabāja, attiecas tā parastie noteikumi</translation>
    </message>
    <message>
        <source>Record when and how a partner who got the data was told of a change (Art. 19)</source>
        <translation>Ierakstīt, kad un kā partneris, kas saņēma datus, tika informēts par izmaiņām (19. pants)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportēt…</translation>
    </message>
    <message>
        <source>A copy of the data for the customer (Art. 15, 20)</source>
        <translation>Datu kopija klientam (15. un 20. pants)</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Dzēst…</translation>
    </message>
    <message>
        <source>Erase what the law allows, after a plan (Art. 17)</source>
        <translation>Dzēst, ko likums atļauj, pēc plāna (17. pants)</translation>
    </message>
    <message>
        <source>RESTRICTED: processing of this customer&apos;s data is restricted (Art. 18). Keep it stored; use it for nothing else and leave it out of marketing until the restriction is lifted.</source>
        <translation>IEROBEŽOTS: šī klienta datu apstrāde ir ierobežota (18. pants). Datus glabājiet, bet neizmantojiet nekam citam un neiekļaujiet tirgvedībā, līdz ierobežojumu atceļ.</translation>
    </message>
    <message>
        <source>Customer no. {id} · language: {language} · opened for: {why}</source>
        <translation>Klients nr. {id} · valoda: {language} · atvērts, jo: {why}</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Pieprasījumi:</translation>
    </message>
    <message>
        <source>No request is linked to them.</source>
        <translation>Šim klientam nav piesaistīts neviens pieprasījums.</translation>
    </message>
    <message>
        <source>Show this request in the inbox</source>
        <translation>Parādīt šo pieprasījumu ienākošo pieprasījumu sarakstā</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsBox</name>
    <message>
        <source>Database</source>
        <translation>Datubāze</translation>
    </message>
    <message>
        <source>Open now: the office server {url}.</source>
        <translation>Tagad atvērta datubāze biroja serverī {url}.</translation>
    </message>
    <message>
        <source>Open now: this computer&apos;s encrypted file {path}.</source>
        <translation>Tagad atvērts šī datora šifrētais fails {path}.</translation>
    </message>
    <message>
        <source>This &amp;computer (encrypted file)</source>
        <translation>Šis &amp;dators (šifrēts fails)</translation>
    </message>
    <message>
        <source>O&amp;ffice server (PostgreSQL)</source>
        <translation>&amp;Biroja serveris (PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. db.office.lan, or paste the address</source>
        <translation>piem., db.office.lan, vai ielīmējiet adresi</translation>
    </message>
    <message>
        <source>empty: the usual file in the app&apos;s data folder</source>
        <translation>tukšs: parastais fails lietotnes datu mapē</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <source>the ca.crt that whoever runs the server gave</source>
        <translation>ca.crt, ko iedeva servera uzturētājs</translation>
    </message>
    <message>
        <source>The connection is encrypted and the server&apos;s certificate is checked against the certificate authority&apos;s file. The password is kept in this computer&apos;s keychain only. A change applies when the app is started again.</source>
        <translation>Savienojums ir šifrēts, un servera sertifikātu pārbauda ar sertifikātu iestādes failu. Parole tiek glabāta tikai šī datora atslēgu glabātuvē. Izmaiņas stājas spēkā, kad lietotni palaiž no jauna.</translation>
    </message>
    <message>
        <source>&amp;Save database choice</source>
        <translation>&amp;Saglabāt datubāzes izvēli</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Pārbaudīt savienojumu</translation>
    </message>
    <message>
        <source>Also from the pasted address: {options}</source>
        <translation>No ielīmētās adreses arī: {options}</translation>
    </message>
    <message>
        <source>asked at each start (this computer has no keychain)</source>
        <translation>to prasa katrā palaišanas reizē (šim datoram nav atslēgu glabātuves)</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace it</source>
        <translation>glabājas atslēgu glabātuvē; ierakstiet jaunu, lai to aizstātu</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datubāzes fails</translation>
    </message>
    <message>
        <source>Encrypted database (*.db)</source>
        <translation>Šifrēta datubāze (*.db)</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user first.</source>
        <translation>Vispirms aizpildiet serveri, datubāzi un lietotāju.</translation>
    </message>
    <message>
        <source>Asking the database server…</source>
        <translation>Sazinās ar datubāzes serveri…</translation>
    </message>
    <message>
        <source>Connected to {url}: the app&apos;s database is there and this user may work in it.</source>
        <translation>Savienojums ar {url} izveidots: lietotnes datubāze tur ir, un šis lietotājs drīkst tajā strādāt.</translation>
    </message>
    <message>
        <source>It will be brought up to date when the app opens it.</source>
        <translation>Lietotne to atjauninās, kad to atvērs.</translation>
    </message>
    <message>
        <source>Saved: the next start opens this computer&apos;s file {path}.</source>
        <translation>Saglabāts: nākamajā palaišanas reizē tiks atvērts šī datora fails {path}.</translation>
    </message>
    <message>
        <source>Saved: the next start opens the office server {url}.</source>
        <translation>Saglabāts: nākamajā palaišanas reizē tiks atvērta datubāze biroja serverī {url}.</translation>
    </message>
    <message>
        <source>The password is kept in the keychain.</source>
        <translation>Parole glabājas atslēgu glabātuvē.</translation>
    </message>
    <message>
        <source>Start the app again to use it.</source>
        <translation>Lai to izmantotu, palaidiet lietotni no jauna.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fails:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rveris:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;orts:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>D&amp;atubāze:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Lietotājs:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Parol&amp;e:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>Sertifikātu &amp;iestāde:</translation>
    </message>
</context>
<context>
    <name>DeadlineSettings</name>
    <message>
        <source>Office target saved.</source>
        <translation>Biroja mērķis saglabāts.</translation>
    </message>
    <message>
        <source>Holiday added: new due dates move past it.</source>
        <translation>Svētku diena pievienota: jaunie termiņi to pārlēks.</translation>
    </message>
    <message>
        <source>Holiday removed.</source>
        <translation>Svētku diena noņemta.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termiņi</translation>
    </message>
    <message>
        <source>Office &amp;target (days, not a legal date):</source>
        <translation>Biroja &amp;mērķis (dienas, nav juridisks termiņš):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dienas</translation>
    </message>
    <message>
        <source>Save target</source>
        <translation>Saglabāt mērķi</translation>
    </message>
    <message>
        <source>One-off public holidays declared by the government (the usual Latvian holidays are known already). Request due dates computed after you add one move past it.</source>
        <translation>Valdības izsludinātas vienreizējas svētku dienas (ierastās Latvijas svētku dienas jau ir zināmas). Pieprasījumu termiņi, kas aprēķināti pēc pievienošanas, to pārlēks.</translation>
    </message>
    <message>
        <source>Name, e.g. Hockey bronze medal day</source>
        <translation>Nosaukums, piem., Hokeja bronzas medaļas diena</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>&amp;Pievienot svētku dienu</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Noņemt</translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>due today</source>
        <translation>termiņš šodien</translation>
    </message>
    <message>
        <source>Received {date}; the day of receipt is not counted.</source>
        <translation>Saņemšanas diena: {date}; tā netiek skaitīta.</translation>
    </message>
    <message>
        <source>{n} day left</source>
        <translation>atlikusi {n} diena</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>atlikušas {n} dienas</translation>
    </message>
    <message>
        <source>{n} day overdue</source>
        <translation>nokavēts par {n} dienu</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>nokavēts par {n} dienām</translation>
    </message>
    <message>
        <source>{n} month later that day does not exist: the month&apos;s last day, {date}.</source>
        <translation>Pēc {n} mēneša šāda datuma nav: mēneša pēdējā diena, {date}.</translation>
    </message>
    <message>
        <source>{n} months later that day does not exist: the month&apos;s last day, {date}.</source>
        <translation>Pēc {n} mēnešiem šāda datuma nav: mēneša pēdējā diena, {date}.</translation>
    </message>
    <message>
        <source>{n} month later: {date}.</source>
        <translation>Pēc {n} mēneša: {date}.</translation>
    </message>
    <message>
        <source>{n} months later: {date}.</source>
        <translation>Pēc {n} mēnešiem: {date}.</translation>
    </message>
    <message>
        <source>{date} is not a working day ({reason}): moved to the next day.</source>
        <translation>{date} nav darba diena ({reason}): termiņš pāriet uz nākamo dienu.</translation>
    </message>
    <message>
        <source>Due: {date}.</source>
        <translation>Termiņš: {date}.</translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Decisions on {reference}</source>
        <translation>Lēmumi par {reference}</translation>
    </message>
    <message>
        <source>The severity has not been assessed yet.</source>
        <translation>Smagums vēl nav novērtēts.</translation>
    </message>
    <message>
        <source>The ENISA level is {level} ({score}); it suggests: {duty}.</source>
        <translation>ENISA līmenis: {level} ({score}); ieteikums: {duty}.</translation>
    </message>
    <message>
        <source>Notify the Data State Inspectorate (Art. 33)?</source>
        <translation>Paziņot Datu valsts inspekcijai (33. pants)?</translation>
    </message>
    <message>
        <source>Tell the people affected (Art. 34)?</source>
        <translation>Informēt skartās personas (34. pants)?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>&amp;Reasoning (required, kept on the record):</source>
        <translation>&amp;Pamatojums (obligāts, saglabājas lietā):</translation>
    </message>
    <message>
        <source>R&amp;easoning (required, kept on the record):</source>
        <translation>P&amp;amatojums (obligāts, saglabājas lietā):</translation>
    </message>
    <message>
        <source>Art. 34(3): the people need not be told if any of these holds:</source>
        <translation>34. panta 3. punkts: personas nav jāinformē, ja izpildās kāds no šiem nosacījumiem:</translation>
    </message>
    <message>
        <source>(a) the data were unintelligible to others (e.g. encrypted, the key safe)</source>
        <translation>(a) dati bija nesaprotami nepiederošām personām (piem., šifrēti, atslēga drošībā)</translation>
    </message>
    <message>
        <source>(b) measures taken since make the high risk no longer likely</source>
        <translation>(b) pēc tam veikti pasākumi nodrošina, ka augsts risks vairs nav iespējams</translation>
    </message>
    <message>
        <source>(c) telling each person would take disproportionate effort</source>
        <translation>(c) katras personas informēšana prasītu nesamērīgas pūles</translation>
    </message>
    <message>
        <source>With (c) a public communication is required instead: publish the website notice.</source>
        <translation>Ja (c), tā vietā vajadzīgs publisks paziņojums: publicējiet paziņojumu tīmekļvietnē.</translation>
    </message>
    <message>
        <source>&amp;Legal reason why the DVI is not notified although the people are told (required: telling them means a high risk, not notifying means no risk):</source>
        <translation>&amp;Juridiskais pamatojums, kāpēc DVI netiek informēta, lai gan personas tiek informētas (obligāts: informēšana nozīmē augstu risku, neziņošana — ka riska nav):</translation>
    </message>
    <message>
        <source>Each decision needs its answer, yes or no, and its reasoning in writing.</source>
        <translation>Katram lēmumam vajadzīga atbilde — jā vai nē — un rakstisks pamatojums.</translation>
    </message>
    <message>
        <source>Telling the people means a high risk (Art. 34), yet not notifying the DVI means no risk (Art. 33): write the legal reason why the DVI is not notified.</source>
        <translation>Personu informēšana nozīmē augstu risku (34. pants), bet neziņošana DVI nozīmē, ka riska nav (33. pants): uzrakstiet juridisko pamatojumu, kāpēc DVI netiek informēta.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Destination</source>
        <translation>Saglabāšanas vieta</translation>
    </message>
    <message>
        <source>The package is written only there: no copy stays in the app&apos;s folders.</source>
        <translation>Pakete tiek ierakstīta tikai tur: lietotnes mapēs kopija nepaliek.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Iz&amp;vēlēties…</translation>
    </message>
    <message>
        <source>Optional. With a password the ZIP is encrypted (AES-256). The customer can open it with free tools: 7-Zip on Windows, Keka or The Unarchiver on macOS (the built-in ZIP tools cannot). Tell them the password by another way than the package, e.g. by phone or text message.</source>
        <translation>Nav obligāta. Ar paroli ZIP fails tiek šifrēts (AES-256). Klients to var atvērt ar bezmaksas rīkiem: 7-Zip operētājsistēmā Windows, Keka vai The Unarchiver operētājsistēmā macOS (iebūvētie ZIP rīki to nespēj). Paroli paziņojiet citā veidā, nevis kopā ar paketi, piemēram, pa tālruni vai īsziņā.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mape:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>At&amp;kārtojiet to:</translation>
    </message>
    <message>
        <source>&amp;Create package</source>
        <translation>&amp;Izveidot paketi</translation>
    </message>
    <message>
        <source>Where should the package go?</source>
        <translation>Kur saglabāt paketi?</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>Parolē jābūt vismaz {count} rakstzīmēm.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Abas paroles atšķiras.</translation>
    </message>
    <message>
        <source>There is no folder {path}.</source>
        <translation>Mapes {path} nav.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Channel:</source>
        <translation>Kanāls:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Saņemts:</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Pieprasītājs:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-pasts:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Tālrunis:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klients:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Atbildīgais:</translation>
    </message>
    <message>
        <source>Identity checked by:</source>
        <translation>Identitāte pārbaudīta:</translation>
    </message>
    <message>
        <source>The requester&apos;s words (verbatim):</source>
        <translation>Pieprasītāja paša vārdi (burtiski):</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pielikumi:</translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation>Saglabāt pielikumu…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Pagarināt…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Pievienot piezīmi…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportēt…</translation>
    </message>
    <message>
        <source>Handed over…</source>
        <translation>Pakete nodota…</translation>
    </message>
    <message>
        <source>Record how and when the person received the export package</source>
        <translation>Ierakstīt, kā un kad persona saņēma eksporta paketi</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Dzēst…</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Vēstule…</translation>
    </message>
    <message>
        <source>Reopen letter</source>
        <translation>Atvērt vēstuli</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Atvērt klientu</translation>
    </message>
    <message>
        <source>The customer&apos;s page, opened for this request</source>
        <translation>Klienta lapa, atvērta šim pieprasījumam</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Piešķirt man</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Piešķirt…</translation>
    </message>
    <message>
        <source>Select a request to see it here.</source>
        <translation>Izvēlieties pieprasījumu, lai to redzētu šeit.</translation>
    </message>
    <message>
        <source> · TEST</source>
        <translation> · TESTS</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statuss: {status}</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased on {date} under request {reference}.</source>
        <translation>Šīs personas dati tika dzēsti {date} (pieprasījums {reference}).</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased on {date}, not under a request.</source>
        <translation>Šīs personas dati tika dzēsti {date}, bez pieprasījuma.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>nr. {id}</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>nav piesaistīts</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>vēl neviens</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nav ierakstīts</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Mainīt…</translation>
    </message>
    <message>
        <source>Link customer…</source>
        <translation>Piesaistīt klientu…</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>Termiņš: {date}</translation>
    </message>
    <message>
        <source>Extended by two further months to {date}. Reason: {reason}</source>
        <translation>Pagarināts vēl par diviem mēnešiem; jaunais termiņš: {date}. Iemesls: {reason}</translation>
    </message>
    <message>
        <source>Office target ({days} days, not a legal date): {date}</source>
        <translation>Biroja mērķis ({days} dienas, nav juridisks termiņš): {date}</translation>
    </message>
    <message>
        <source>If the clock were paused while proof of identity is awaited ({days} days so far): {date}. Shown for comparison only: the legal due date above applies.</source>
        <translation>Ja termiņš apstātos, kamēr tiek gaidīts identitātes apliecinājums (līdz šim {days} dienas): {date}. Tikai salīdzinājumam: spēkā ir iepriekš norādītais juridiskais termiņš.</translation>
    </message>
    <message>
        <source>An extension must be decided and told to the person by {date}: decide now whether more time is needed.</source>
        <translation>Pēdējā diena, kad izlemt par termiņa pagarinājumu un paziņot to personai: {date}. Izlemiet tagad, vai vajadzīgs vairāk laika.</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Iznākums: {outcome}</translation>
    </message>
    <message>
        <source>Double-click to reopen this letter.</source>
        <translation>Veiciet dubultklikšķi, lai atkal atvērtu šo vēstuli.</translation>
    </message>
    <message>
        <source>{name} ({size} kB)</source>
        <translation>{name} ({size} kB)</translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation>Nav piešķirts nevienam</translation>
    </message>
</context>
<context>
    <name>DviNoticeDialog</name>
    <message>
        <source>Notice to the DVI: {reference}</source>
        <translation>Paziņojums DVI: {reference}</translation>
    </message>
    <message>
        <source>Copy each field into the Data State Inspectorate&apos;s online form (pazinojums.dvi.gov.lv), or save the notice as a PDF. The fields follow Art. 33(3) in our own order; the inspectorate&apos;s form may order them differently.</source>
        <translation>Kopējiet katru lauku Datu valsts inspekcijas tiešsaistes formā (pazinojums.dvi.gov.lv) vai saglabājiet paziņojumu kā PDF. Lauki atbilst 33. panta 3. punktam mūsu secībā; inspekcijas formā secība var atšķirties.</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>&amp;Paziņojums:</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Sākotnējais</translation>
    </message>
    <message>
        <source>Follow-up (Art. 33(4))</source>
        <translation>Papildu (33. panta 4. punkts)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Saglabāt PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Final: signed off by {name}; the PDF carries the signature.</source>
        <translation>Galīgs: apstiprināja {name}; PDF satur parakstu.</translation>
    </message>
    <message>
        <source>Draft: not signed off, so the PDF is watermarked {mark}.</source>
        <translation>Melnraksts: nav apstiprināts, tāpēc PDF būs ūdenszīme {mark}.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopēt</translation>
    </message>
    <message>
        <source>Copy “{field}” to the clipboard</source>
        <translation>Kopēt “{field}” starpliktuvē</translation>
    </message>
    <message>
        <source>Copied: {field}</source>
        <translation>Nokopēts: {field}</translation>
    </message>
</context>
<context>
    <name>EmailImportDialog</name>
    <message>
        <source>Import e-mail: {name}</source>
        <translation>E-pasta importēšana: {name}</translation>
    </message>
    <message>
        <source>(original sender of a forwarded message)</source>
        <translation>(pārsūtīta ziņojuma sākotnējais sūtītājs)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez temata)</translation>
    </message>
    <message>
        <source>{name} ({size} kB)</source>
        <translation>{name} ({size} kB)</translation>
    </message>
    <message>
        <source>Suggested from the wording: {types}. Check it before importing.</source>
        <translation>Ieteikts pēc formulējuma: {types}. Pārbaudiet pirms importēšanas.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Sūtītājs:</translation>
    </message>
    <message>
        <source>Received (Riga time):</source>
        <translation>Saņemts (Rīgas laiks):</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Temats:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Teksts:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pielikumi:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klients:</translation>
    </message>
</context>
<context>
    <name>EmailIntake</name>
    <message>
        <source>{name} could not be read ({problem}); not imported.</source>
        <translation>Failu {name} neizdevās nolasīt ({problem}); tas netika importēts.</translation>
    </message>
    <message>
        <source>Import e-mail</source>
        <translation>E-pasta importēšana</translation>
    </message>
</context>
<context>
    <name>ErasureDonePage</name>
    <message>
        <source>Done</source>
        <translation>Gatavs</translation>
    </message>
    <message>
        <source>The erasure is complete and recorded in the audit log.</source>
        <translation>Dzēšana pabeigta un ierakstīta audita žurnālā.</translation>
    </message>
    <message>
        <source>Confirmation &amp;letter…</source>
        <translation>Apstiprinājuma &amp;vēstule…</translation>
    </message>
    <message>
        <source>Partners to tell of the erasure (Art. 19):</source>
        <translation>Partneri, kas jāinformē par dzēšanu (19. pants):</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontaktu e-pasts</translation>
    </message>
    <message>
        <source>&amp;Notice to partner…</source>
        <translation>&amp;Paziņojums partnerim…</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Kopēt sarakstu</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Saglabāts: {path}.</translation>
    </message>
    <message>
        <source>{name} has been erased.</source>
        <translation>Dati dzēsti: {name}.</translation>
    </message>
    <message>
        <source>Erased: {erased} records · anonymised: {anonymised} · retained: {retained}</source>
        <translation>Dzēsti ieraksti: {erased} · anonimizēti: {anonymised} · saglabāti: {retained}</translation>
    </message>
    <message>
        <source>{reason} ({until})</source>
        <translation>{reason} ({until})</translation>
    </message>
    <message>
        <source>Kept: {reasons}.</source>
        <translation>Saglabāts: {reasons}.</translation>
    </message>
    <message>
        <source>The request is completed.</source>
        <translation>Pieprasījums ir izpildīts.</translation>
    </message>
    <message>
        <source>No request was linked: the confirmation letter needs one.</source>
        <translation>Nav piesaistīts pieprasījums: apstiprinājuma vēstulei tas ir vajadzīgs.</translation>
    </message>
    <message>
        <source>The data was not disclosed to any partner.</source>
        <translation>Dati netika nodoti nevienam partnerim.</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Saglabāt vēstuli</translation>
    </message>
    <message>
        <source>Save the notice to {partner}</source>
        <translation>Saglabāt paziņojumu partnerim {partner}</translation>
    </message>
    <message>
        <source>The list is on the clipboard.</source>
        <translation>Saraksts ir starpliktuvē.</translation>
    </message>
</context>
<context>
    <name>ErasureTexts</name>
    <message>
        <source>Erase</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Anonymise (keep, cut loose from the person)</source>
        <translation>Anonimizēt (saglabāt, nošķirot no personas)</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Accounting law</source>
        <translation>Grāmatvedības likums</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Juridiskā aizture</translation>
    </message>
    <message>
        <source>Released legal hold</source>
        <translation>Atcelta juridiskā aizture</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Neizpildīts pasūtījums</translation>
    </message>
    <message>
        <source>Consent evidence</source>
        <translation>Piekrišanas pierādījums</translation>
    </message>
    <message>
        <source>Marketing objection</source>
        <translation>Iebildums pret tirgvedību</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Pārskatatbildība</translation>
    </message>
    <message>
        <source>Anonymous stub</source>
        <translation>Anonīms klienta ieraksts</translation>
    </message>
    <message>
        <source>Latvian accounting law makes the shop keep its accounting documents (GDPR Art. 17(3)(b)): invoices stay unchanged, with the buyer&apos;s name; orders stay without the delivery address.</source>
        <translation>Grāmatvedības likums liek veikalam glabāt grāmatvedības dokumentus (VDAR 17. panta 3. punkta b) apakšpunkts): rēķini paliek nemainīti, ar pircēja vārdu; pasūtījumi paliek bez piegādes adreses.</translation>
    </message>
    <message>
        <source>An open dispute or chargeback: the records it covers are kept for the establishment, exercise or defence of legal claims (GDPR Art. 17(3)(e)) until the hold is lifted.</source>
        <translation>Neatrisināts strīds vai maksājuma apstrīdējums: tā skartie ieraksti tiek glabāti likumīgu prasību celšanai, īstenošanai vai aizstāvēšanai (VDAR 17. panta 3. punkta e) apakšpunkts), līdz aizturi atceļ.</translation>
    </message>
    <message>
        <source>The record of a dispute or chargeback that has ended: kept for its retention period after the release (GDPR Art. 17(3)(e)); what it held follows its own rule.</source>
        <translation>Ziņas par strīdu vai maksājuma apstrīdējumu, kas ir beidzies: tās glabā noteikto laiku pēc aiztures atcelšanas (VDAR 17. panta 3. punkta e) apakšpunkts); tam, ko aizture aizturēja, piemēro tā parastos glabāšanas noteikumus.</translation>
    </message>
    <message>
        <source>The order is still being delivered or paid: the contract is not yet performed. Erase it when it is completed.</source>
        <translation>Pasūtījumu vēl piegādā vai apmaksā: līgums vēl nav izpildīts. Dzēsiet to, kad tas būs pabeigts.</translation>
    </message>
    <message>
        <source>Proof that consent was given or withdrawn (GDPR Art. 7(1)): kept with the e-mail address replaced by a salted hash.</source>
        <translation>Pierādījums, ka piekrišana dota vai atsaukta (VDAR 7. panta 1. punkts): glabājas, e-pasta adresi aizstājot ar sālītu jaucējkodu.</translation>
    </message>
    <message>
        <source>The objection to direct marketing is kept so that it is still honoured (GDPR Art. 21(3)); it no longer names the person.</source>
        <translation>Iebildums pret tiešo tirgvedību tiek saglabāts, lai to arī turpmāk ievērotu (VDAR 21. panta 3. punkts); personu tas vairs nenosauc.</translation>
    </message>
    <message>
        <source>The record of which partners received the data (GDPR Art. 5(2), 19): kept without personal data, so the shop can show whom it informed.</source>
        <translation>Ziņas par to, kuri partneri saņēma datus (VDAR 5. panta 2. punkts, 19. pants): glabājas bez personas datiem, lai veikals varētu parādīt, kurus tas informēja.</translation>
    </message>
    <message>
        <source>The customer record becomes an anonymous stub that the kept records point to: no name, e-mail or phone remains.</source>
        <translation>Klienta ieraksts kļūst par anonīmu ierakstu, uz kuru norāda saglabātie ieraksti: vārds, e-pasts un tālrunis nepaliek.</translation>
    </message>
    <message>
        <source>while the reason lasts</source>
        <translation>kamēr pastāv pamats</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>līdz {date}</translation>
    </message>
    <message>
        <source>{reason} Legal basis: {basis}. Kept until: {until}.</source>
        <translation>{reason} Tiesiskais pamats: {basis}. Glabā līdz: {until}.</translation>
    </message>
</context>
<context>
    <name>ErasureWizard</name>
    <message>
        <source>Erase customer data</source>
        <translation>Klienta datu dzēšana</translation>
    </message>
    <message>
        <source>Record how the person&apos;s identity was confirmed: an erasure cannot be undone, so be sure it is their own data.</source>
        <translation>Ierakstiet, kā tika apstiprināta personas identitāte: dzēšanu nevar atsaukt, tāpēc pārliecinieties, ka tie ir tieši viņas dati.</translation>
    </message>
</context>
<context>
    <name>ExecutePage</name>
    <message>
        <source>Erasing</source>
        <translation>Dzēšana</translation>
    </message>
    <message>
        <source>One transaction: if it is cancelled or fails, nothing has changed.</source>
        <translation>Viena transakcija: ja to atceļ vai tā neizdodas, nekas nav mainījies.</translation>
    </message>
    <message>
        <source>Erasing and anonymising as planned, then clearing the file of remnants…</source>
        <translation>Dzēš un anonimizē pēc plāna, pēc tam attīra failu no paliekām…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed: the erasure was rolled back.</source>
        <translation>Atcelts. Nekas netika mainīts: dzēšana tika atritināta.</translation>
    </message>
</context>
<context>
    <name>ExportDonePage</name>
    <message>
        <source>Done</source>
        <translation>Gatavs</translation>
    </message>
    <message>
        <source>The package is ready to hand over.</source>
        <translation>Pakete ir gatava nodošanai.</translation>
    </message>
    <message>
        <source>The package has been saved.</source>
        <translation>Pakete ir saglabāta.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Atvērt mapi</translation>
    </message>
    <message>
        <source>Cover &amp;letter…</source>
        <translation>Pavad&amp;vēstule…</translation>
    </message>
    <message>
        <source>&amp;Handed over…</source>
        <translation>Pakete &amp;nodota…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fails:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Apjoms:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parole:</translation>
    </message>
    <message>
        <source>The app never sends a package by e-mail: hand it over in person, on a storage device or through a secure download; tell its password, if any, another way.</source>
        <translation>Lietotne paketi pa e-pastu nesūta nekad: nododiet to personīgi, datu nesējā vai ar drošu lejupielādi; tās paroli, ja tāda ir, paziņojiet citā veidā.</translation>
    </message>
    <message>
        <source>{kb} kB · {rows} records</source>
        <translation>{kb} kB · ieraksti: {rows}</translation>
    </message>
    <message>
        <source>encrypted (AES-256)</source>
        <translation>šifrēta (AES-256)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>The package&apos;s SHA-256 is on the request&apos;s timeline and in the audit log. The request is answered when the person has the package: record the handover now or later on the request (Handed over…).</source>
        <translation>Paketes SHA-256 ir pieprasījuma vēsturē un audita žurnālā. Pieprasījums ir atbildēts, kad persona ir saņēmusi paketi: ierakstiet nodošanu tagad vai vēlāk pie pieprasījuma (Pakete nodota…).</translation>
    </message>
    <message>
        <source>Handover recorded; the request is completed.</source>
        <translation>Nodošana ierakstīta; pieprasījums ir izpildīts.</translation>
    </message>
    <message>
        <source>Handover recorded.</source>
        <translation>Nodošana ierakstīta.</translation>
    </message>
    <message>
        <source>No request was linked; the export and its SHA-256 are in the audit log.</source>
        <translation>Pieprasījums nebija piesaistīts; eksports un tā SHA-256 ir audita žurnālā.</translation>
    </message>
    <message>
        <source>A separate cover letter needs a request; answer.pdf in the package already holds the answer.</source>
        <translation>Atsevišķai pavadvēstulei vajadzīgs pieprasījums; paketes failā answer.pdf atbilde jau ir.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export customer data</source>
        <translation>Klienta datu eksports</translation>
    </message>
    <message>
        <source>Record how the person&apos;s identity was confirmed: no copy leaves the shop for someone who has not shown who they are.</source>
        <translation>Ierakstiet, kā tika apstiprināta personas identitāte: kopiju nesaņem neviens, kas nav pierādījis, kas ir.</translation>
    </message>
</context>
<context>
    <name>FactsForm</name>
    <message>
        <source>Nature:</source>
        <translation>Veids:</translation>
    </message>
    <message>
        <source>Started (Riga):</source>
        <translation>Sākās (Rīgas laikā):</translation>
    </message>
    <message>
        <source>Ended (Riga):</source>
        <translation>Beidzās (Rīgas laikā):</translation>
    </message>
    <message>
        <source>Approx. &amp;people:</source>
        <translation>Aptuveni pe&amp;rsonu:</translation>
    </message>
    <message>
        <source>Approx. &amp;records:</source>
        <translation>Aptuveni &amp;ierakstu:</translation>
    </message>
    <message>
        <source>Categories of &amp;data:</source>
        <translation>Dat&amp;u kategorijas:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>Ka&amp;s notika:</translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation>&amp;Veiktie pasākumi:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>N&amp;osaukums:</translation>
    </message>
    <message>
        <source>Categories of peop&amp;le:</source>
        <translation>Personu kat&amp;egorijas:</translation>
    </message>
    <message>
        <source>Contact poi&amp;nt:</source>
        <translation>Kon&amp;taktpersona:</translation>
    </message>
    <message>
        <source>Ca&amp;use:</source>
        <translation>&amp;Cēlonis:</translation>
    </message>
    <message>
        <source>Likely cons&amp;equences:</source>
        <translation>Iespēja&amp;mās sekas:</translation>
    </message>
    <message>
        <source>Measures proposed, incl. miti&amp;gation:</source>
        <translation>Plānotie pasākumi, arī seku ma&amp;zināšanai:</translation>
    </message>
    <message>
        <source>Advice to t&amp;he people affected:</source>
        <translation>Ieteikumi s&amp;kartajām personām:</translation>
    </message>
    <message>
        <source>Reasons for the dela&amp;y (notice later than 72 hours):</source>
        <translation>Kavēšanās iemes&amp;li (paziņojums vēlāk par 72 stundām):</translation>
    </message>
    <message>
        <source>Categories of data (English):</source>
        <translation>Datu kategorijas (angliski):</translation>
    </message>
    <message>
        <source>What happened (English):</source>
        <translation>Kas notika (angliski):</translation>
    </message>
    <message>
        <source>Likely consequences (English):</source>
        <translation>Iespējamās sekas (angliski):</translation>
    </message>
    <message>
        <source>Measures taken (English):</source>
        <translation>Veiktie pasākumi (angliski):</translation>
    </message>
    <message>
        <source>Measures proposed, incl. mitigation (English):</source>
        <translation>Plānotie pasākumi, arī seku mazināšanai (angliski):</translation>
    </message>
    <message>
        <source>Advice to the people affected (English):</source>
        <translation>Ieteikumi skartajām personām (angliski):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nav zināms</translation>
    </message>
    <message>
        <source>People in other EU Member States affected</source>
        <translation>Skartas personas citās ES dalībvalstīs</translation>
    </message>
    <message>
        <source>e.g. name, e-mail, delivery address, order history</source>
        <translation>piem., vārds, e-pasts, piegādes adrese, pasūtījumu vēsture</translation>
    </message>
    <message>
        <source>e.g. customers</source>
        <translation>piem., klienti</translation>
    </message>
    <message>
        <source>e.g. dpo@minime.lv, +371 …</source>
        <translation>piem., dpo@minime.lv, +371 …</translation>
    </message>
    <message>
        <source>&amp;Save facts</source>
        <translation>Sagla&amp;bāt faktus</translation>
    </message>
    <message>
        <source>Facts (Latvian)</source>
        <translation>Fakti (latviski)</translation>
    </message>
    <message>
        <source>For English letters</source>
        <translation>Angļu valodas vēstulēm</translation>
    </message>
    <message>
        <source>Customers who chose English get their letter and the website notice in English, with these texts. A final English output is refused while a fact written in Latvian has no English text here.</source>
        <translation>Klienti, kuri izvēlējušies angļu valodu, saņem vēstuli un tīmekļvietnes paziņojumu angliski ar šiem tekstiem. Galīgu dokumentu angļu valodā nevar sagatavot, kamēr kādam latviski ierakstītam faktam šeit nav angļu teksta.</translation>
    </message>
    <message>
        <source>Use the list&apos;s number: {listed}</source>
        <translation>Izmantot saraksta skaitu: {listed}</translation>
    </message>
    <message>
        <source>&amp;Keep the facts&apos; number</source>
        <translation>Pa&amp;turēt faktu skaitu</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Nosaukums nevar būt tukšs.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nekas nav mainīts.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search by name, e-mail or reference (Ctrl+F)</source>
        <translation>Meklēt pēc vārda, e-pasta vai numura (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;uss:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Termiņš:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Atbildīgais:</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>jebkurš</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Visi atvērtie</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jebkurš</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nokavēti</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>7 dienu laikā</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>30 dienu laikā</translation>
    </message>
    <message>
        <source>Show long-&amp;unverified requests</source>
        <translation>Rādīt ilgi nepārbau&amp;dītos pieprasījumus</translation>
    </message>
    <message>
        <source>Requests still waiting for proof of identity {days} days after receipt are hidden unless this is ticked.</source>
        <translation>Pieprasījumi, kuriem {days} dienas pēc saņemšanas joprojām gaida identitātes apliecinājumu, ir paslēpti, ja šī izvēles rūtiņa nav atzīmēta.</translation>
    </message>
    <message>
        <source>Show &amp;test requests</source>
        <translation>&amp;Rādīt testa pieprasījumus</translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation>&amp;Mani pieprasījumi</translation>
    </message>
    <message>
        <source>Only the requests assigned to you ({name})</source>
        <translation>Tikai Jums piešķirtie pieprasījumi ({name})</translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <source>The first manager</source>
        <translation>Pirmais vadītājs</translation>
    </message>
    <message>
        <source>Who manages this database?</source>
        <translation>Kas vada šo datubāzi?</translation>
    </message>
    <message>
        <source>This database has no manager yet. The manager adds the other users and signs off breach notices; their letters carry the title written here. The password protects the manager&apos;s signing key: nobody can reset it, so keep it safe.</source>
        <translation>Šai datubāzei vēl nav vadītāja. Vadītājs pievieno pārējos lietotājus un apstiprina paziņojumus par pārkāpumiem; viņa vēstulēs ir šeit ierakstītais amats. Parole aizsargā vadītāja parakstīšanas atslēgu: neviens to nevar atjaunot, tāpēc glabājiet to droši.</translation>
    </message>
    <message>
        <source>e.g. Vadītāja</source>
        <translation>piem., Vadītāja</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vārds, uzvārds:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Amats:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Atkā&amp;rtojiet to:</translation>
    </message>
    <message>
        <source>&amp;Create manager</source>
        <translation>&amp;Izveidot vadītāju</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Vēlāk</translation>
    </message>
    <message>
        <source>At least {minimum} characters; four or five unrelated words are good.</source>
        <translation>Vismaz {minimum} rakstzīmes; labi der četri vai pieci nesaistīti vārdi.</translation>
    </message>
    <message>
        <source>{count} of at least {minimum} characters.</source>
        <translation>{count} no vismaz {minimum} rakstzīmēm.</translation>
    </message>
    <message>
        <source>Too easy to guess (a common word, a pattern or a repeat): use four or five unrelated words.</source>
        <translation>Pārāk viegli uzminama (bieži lietots vārds, raksts vai atkārtojums): izmantojiet četrus vai piecus nesaistītus vārdus.</translation>
    </message>
    <message>
        <source>Type the same password again in the second field.</source>
        <translation>Ierakstiet to pašu paroli vēlreiz otrajā laukā.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>Paroles sakrīt.</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Creating the package</source>
        <translation>Paketes izveide</translation>
    </message>
    <message>
        <source>Cancel leaves nothing behind: no partial file is kept.</source>
        <translation>Atceļot nekas nepaliek: nepabeigts fails netiek saglabāts.</translation>
    </message>
    <message>
        <source>Writing data.json, a CSV file per table, README.txt and answer.pdf…</source>
        <translation>Raksta data.json, CSV failu katrai tabulai, README.txt un answer.pdf…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved and the request is unchanged.</source>
        <translation>Atcelts. Nekas netika saglabāts, un pieprasījums nav mainīts.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>{reference}: package handed over</source>
        <translation>{reference}: pakete nodota</translation>
    </message>
    <message>
        <source>Record how and when the person received the export package. The request is answered then, so it is completed with this time.</source>
        <translation>Ierakstiet, kā un kad persona saņēma eksporta paketi. Tad pieprasījums ir atbildēts, tāpēc tas tiek izpildīts ar šo laiku.</translation>
    </message>
    <message>
        <source>Export packages are never sent by e-mail: an ordinary e-mail is not a safe way to deliver a whole copy of someone&apos;s data.</source>
        <translation>Eksporta paketes nekad nesūta pa e-pastu: parasts e-pasts nav drošs veids, kā nodot visu personas datu kopiju.</translation>
    </message>
    <message>
        <source>Choose how…</source>
        <translation>Izvēlieties veidu…</translation>
    </message>
    <message>
        <source>e.g. the registered letter&apos;s number</source>
        <translation>piem., ierakstītās vēstules numurs</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Kā:</translation>
    </message>
    <message>
        <source>&amp;When (Riga time):</source>
        <translation>K&amp;ad (Rīgas laikā):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Piezīme:</translation>
    </message>
    <message>
        <source>Required: say how it was handed over</source>
        <translation>Obligāti: norādiet, kā tā tika nodota</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Processing is restricted (Art. 18): the data is stored only and used for nothing else until the restriction is lifted.</source>
        <translation>Apstrāde ir ierobežota (18. pants): datus tikai glabā un neizmanto nekam citam, līdz ierobežojumu atceļ.</translation>
    </message>
    <message>
        <source>{number}, {date}</source>
        <translation>{number}, {date}</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Ierobežota</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Pēdējais pasūtījums</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Apstrāde</translation>
    </message>
</context>
<context>
    <name>IdentityFields</name>
    <message>
        <source>Choose how…</source>
        <translation>Izvēlieties veidu…</translation>
    </message>
    <message>
        <source>Note, e.g. which document, or the order number they named</source>
        <translation>Piezīme, piem., kurš dokuments vai kuru pasūtījuma numuru persona nosauca</translation>
    </message>
    <message>
        <source>Required: say how the identity was confirmed</source>
        <translation>Obligāti: norādiet, kā identitāte tika apstiprināta</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Identity</source>
        <translation>Identitāte</translation>
    </message>
    <message>
        <source>Compare the proof with the customer&apos;s data before you go on. Where the identity is in doubt, stop here and ask for proof (Art. 12(6)).</source>
        <translation>Pirms turpināt, salīdziniet pierādījumu ar klienta datiem. Ja identitāte ir apšaubāma, apstājieties un lūdziet pierādījumu (12. panta 6. punkts).</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klients:</translation>
    </message>
    <message>
        <source>How was the identity &amp;confirmed?</source>
        <translation>Kā identitāte tika apstip&amp;rināta?</translation>
    </message>
    <message>
        <source>Confirmed by:</source>
        <translation>Apstiprināja:</translation>
    </message>
    <message>
        <source>The confirmation and the letters are signed by a person: say who you are (your name and title) before you go on.</source>
        <translation>Apstiprinājumu un vēstules paraksta cilvēks: pirms turpināt, norādiet, kas Jūs esat (vārdu, uzvārdu un amatu).</translation>
    </message>
    <message>
        <source>Your &amp;name and title…</source>
        <translation>Jūsu &amp;vārds un amats…</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Changed: no longer matches the filters. It leaves the list when the list is read again.</source>
        <translation>Mainīts: vairs neatbilst filtriem. No saraksta tas pazudīs, kad sarakstu nolasīs no jauna.</translation>
    </message>
    <message>
        <source>Extended by two further months: due {date}.</source>
        <translation>Pagarināts vēl par diviem mēnešiem: termiņš {date}.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Pieprasījums</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saņemts</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Pieprasītājs</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Atbildīgais</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Request inbox</source>
        <translation>Ienākošie pieprasījumi</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Jauns pieprasījums…</translation>
    </message>
    <message>
        <source>&amp;Import e-mail…</source>
        <translation>&amp;Importēt e-pastu…</translation>
    </message>
    <message>
        <source>Or drag messages (.eml, Outlook .msg) from the mail program onto the inbox.</source>
        <translation>Vai arī ievelciet ziņojumus (.eml, Outlook .msg) no e-pasta programmas pieprasījumu sarakstā.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ielādē…</translation>
    </message>
    <message>
        <source>Shown: {shown}</source>
        <translation>Parādīti: {shown}</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}</source>
        <translation>Parādīti: {shown} no {total}</translation>
    </message>
    <message>
        <source>No longer matching the filters: {count}</source>
        <translation>Filtriem vairs neatbilst: {count}</translation>
    </message>
    <message>
        <source>Request {reference} is open. Due: {date}.</source>
        <translation>Pieprasījums {reference} ir atvērts. Termiņš: {date}.</translation>
    </message>
    <message>
        <source>Likely duplicate of {references}: an open request of the same type from the same person.</source>
        <translation>Iespējams, dublē {references}: tās pašas personas atvērts tāda paša veida pieprasījums.</translation>
    </message>
    <message>
        <source>Request opened</source>
        <translation>Pieprasījums atvērts</translation>
    </message>
    <message>
        <source>Import e-mail</source>
        <translation>E-pasta importēšana</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml *.msg)</source>
        <translation>E-pasta ziņojumi (*.eml *.msg)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Latvian</source>
        <translation>Latviešu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angļu</translation>
    </message>
    <message>
        <source>the list of what was erased and what is kept</source>
        <translation>saraksts ar to, kas dzēsts un kas paturēts</translation>
    </message>
    <message>
        <source>the description of the breach</source>
        <translation>pārkāpuma apraksts</translation>
    </message>
    <message>
        <source>the reason of the refusal</source>
        <translation>atteikuma iemesls</translation>
    </message>
    <message>
        <source>the Art. 17(3) exception</source>
        <translation>17. panta 3. punkta izņēmums</translation>
    </message>
    <message>
        <source>the ground of the refusal written out</source>
        <translation>atteikuma pamatojums</translation>
    </message>
    <message>
        <source>the compelling legitimate grounds written out</source>
        <translation>pārliecinošo leģitīmo iemeslu apraksts</translation>
    </message>
    <message>
        <source>the customer the request is about (link the request to a customer)</source>
        <translation>klients, par kuru ir pieprasījums (piesaistiet pieprasījumu klientam)</translation>
    </message>
    <message>
        <source>Letter “{kind}” ({language}), no. {id}</source>
        <translation>Vēstule “{kind}” ({language}), Nr. {id}</translation>
    </message>
    <message>
        <source>Letter for {reference}</source>
        <translation>Vēstule pieprasījumam {reference}</translation>
    </message>
    <message>
        <source>{reference} · to {name}</source>
        <translation>{reference} · adresāts: {name}</translation>
    </message>
    <message>
        <source>{language} (the customer&apos;s)</source>
        <translation>{language} (klienta valoda)</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Vēstule:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Va&amp;loda:</translation>
    </message>
    <message>
        <source>Your own &amp;paragraph (optional):</source>
        <translation>Jūsu &amp;rindkopa (nav obligāta):</translation>
    </message>
    <message>
        <source>Words for this person only, e.g. what happens next.</source>
        <translation>Vārdi tieši šai personai, piemēram, kas notiks tālāk.</translation>
    </message>
    <message>
        <source>Write it in the letter&apos;s language; it goes before the closing. The rest of the letter comes from the reviewed catalogue. A letter saved or printed is filed on the request&apos;s timeline.</source>
        <translation>Rakstiet vēstules valodā; rindkopa tiek ievietota pirms noslēguma. Pārējais vēstules teksts nāk no pārbaudītā kataloga. Saglabāta vai izdrukāta vēstule tiek reģistrēta pieprasījuma vēsturē.</translation>
    </message>
    <message>
        <source>Letters are signed by a person: say who you are (your name and title) before a letter is saved or printed.</source>
        <translation>Vēstules paraksta cilvēks: pirms vēstuli saglabāt vai drukāt, norādiet, kas Jūs esat (vārdu, uzvārdu un amatu).</translation>
    </message>
    <message>
        <source>Your &amp;name and title…</source>
        <translation>Jūsu &amp;vārds un amats…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Saglabāt PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drukāt…</translation>
    </message>
    <message>
        <source>Send by e-&amp;mail…</source>
        <translation>Sūtīt pa e-&amp;pastu…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Atjauno priekšskatījumu…</translation>
    </message>
    <message>
        <source>The letter “{kind}” cannot be written from this request yet: it needs {missing}, which the request does not hold.</source>
        <translation>Vēstuli “{kind}” pēc šī pieprasījuma vēl nevar sagatavot: pieprasījumā nav vajadzīgo ziņu ({missing}).</translation>
    </message>
    <message>
        <source>Saved to {path}. Filed on the request&apos;s timeline as no. {id}.</source>
        <translation>Saglabāts: {path}. Pieprasījuma vēsturē reģistrēta kā Nr. {id}.</translation>
    </message>
    <message>
        <source>{path} could not be written ({problem}). The letter is filed as no. {id}.</source>
        <translation>Failu {path} neizdevās ierakstīt ({problem}). Vēstule ir reģistrēta kā Nr. {id}.</translation>
    </message>
    <message>
        <source>Sent to the printer. Filed on the request&apos;s timeline as no. {id}.</source>
        <translation>Nosūtīta drukāšanai. Pieprasījuma vēsturē reģistrēta kā Nr. {id}.</translation>
    </message>
    <message>
        <source>Letter no. {id} for {reference}</source>
        <translation>Vēstule Nr. {id} pieprasījumam {reference}</translation>
    </message>
    <message>
        <source>This kind of letter may already have been sent to {address} at {time}: the app stopped before the mail server&apos;s answer was recorded. Look in the office&apos;s sent folder for Message-ID {message_id}. Send it again anyway?</source>
        <translation>Šāda vēstule varētu jau būt nosūtīta {time} uz adresi {address}: lietotne apstājās, pirms pasta servera atbilde tika ierakstīta. Meklējiet biroja nosūtīto vēstuļu mapē Message-ID {message_id}. Vai tomēr sūtīt vēlreiz?</translation>
    </message>
    <message>
        <source>Send this letter to {address} by e-mail, as a PDF from {sender}? It is filed on the request&apos;s timeline with its Message-ID once the mail server has accepted it.</source>
        <translation>Vai sūtīt šo vēstuli uz {address} pa e-pastu kā PDF failu no {sender}? Kad pasta serveris to būs pieņēmis, tā tiks reģistrēta pieprasījuma vēsturē ar savu Message-ID.</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Sūtīt pa e-pastu</translation>
    </message>
    <message>
        <source>Sending to {address}…</source>
        <translation>Sūta uz {address}…</translation>
    </message>
    <message>
        <source>Sent by e-mail to {address} (Message-ID {message_id}). Filed on the request&apos;s timeline with the PDF&apos;s SHA-256.</source>
        <translation>Nosūtīta pa e-pastu uz {address} (Message-ID {message_id}). Reģistrēta pieprasījuma vēsturē kopā ar PDF faila SHA-256.</translation>
    </message>
</context>
<context>
    <name>LetterKinds</name>
    <message>
        <source>Acknowledgment of receipt</source>
        <translation>Apstiprinājums par pieprasījuma saņemšanu</translation>
    </message>
    <message>
        <source>Request for proof of identity</source>
        <translation>Lūgums apstiprināt identitāti</translation>
    </message>
    <message>
        <source>Notice of extension</source>
        <translation>Paziņojums par termiņa pagarināšanu</translation>
    </message>
    <message>
        <source>Answer to an access request (Art. 15)</source>
        <translation>Atbilde uz piekļuves pieprasījumu (15. pants)</translation>
    </message>
    <message>
        <source>Portability cover letter (Art. 20)</source>
        <translation>Datu pārnesamības pavadvēstule (20. pants)</translation>
    </message>
    <message>
        <source>Rectification done (Art. 16)</source>
        <translation>Dati izlaboti (16. pants)</translation>
    </message>
    <message>
        <source>Erasure done (Art. 17)</source>
        <translation>Dati dzēsti (17. pants)</translation>
    </message>
    <message>
        <source>Restriction applied (Art. 18)</source>
        <translation>Apstrāde ierobežota (18. pants)</translation>
    </message>
    <message>
        <source>Advance notice of lifting a restriction</source>
        <translation>Iepriekšējs paziņojums par ierobežojuma atcelšanu</translation>
    </message>
    <message>
        <source>Answer to an objection (Art. 21)</source>
        <translation>Atbilde uz iebildumu (21. pants)</translation>
    </message>
    <message>
        <source>Confirmation: direct marketing stopped</source>
        <translation>Apstiprinājums: tiešā tirgvedība pārtraukta</translation>
    </message>
    <message>
        <source>Confirmation: newsletter unsubscribed</source>
        <translation>Apstiprinājums: jaunumu vēstule atteikta</translation>
    </message>
    <message>
        <source>Confirmation: consent withdrawn</source>
        <translation>Apstiprinājums: piekrišana atsaukta</translation>
    </message>
    <message>
        <source>Refusal (Art. 12(4))</source>
        <translation>Atteikums (12. panta 4. punkts)</translation>
    </message>
    <message>
        <source>Answer on the legal basis and transfers</source>
        <translation>Atbilde par juridisko pamatu un datu nosūtīšanu</translation>
    </message>
    <message>
        <source>Personal data breach notice (Art. 34)</source>
        <translation>Paziņojums par personas datu aizsardzības pārkāpumu (34. pants)</translation>
    </message>
</context>
<context>
    <name>LinkCustomerDialog</name>
    <message>
        <source>Customer of {reference}</source>
        <translation>Pieprasījuma {reference} klients</translation>
    </message>
    <message>
        <source>Find the person who wrote: {name}. Phone, address and the last order tell namesakes apart. Enter or double-click links the customer.</source>
        <translation>Atrodiet personu, kas rakstīja: {name}. Pēc tālruņa, adreses un pēdējā pasūtījuma var atšķirt vārdabrāļus. Enter vai dubultklikšķis piesaista klientu.</translation>
    </message>
    <message>
        <source>&amp;Link this customer</source>
        <translation>&amp;Piesaistīt šo klientu</translation>
    </message>
    <message>
        <source>&amp;No customer</source>
        <translation>&amp;Bez klienta</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <source>&amp;Fetch mail</source>
        <translation>&amp;Saņemt pastu</translation>
    </message>
    <message>
        <source>Read new messages in the office mailbox and propose them as requests.</source>
        <translation>Nolasīt jaunās vēstules biroja pastkastē un piedāvāt tās kā pieprasījumus.</translation>
    </message>
    <message>
        <source>Fetching mail from the office mailbox…</source>
        <translation>Saņem pastu no biroja pastkastes…</translation>
    </message>
    <message>
        <source>No new messages to propose.</source>
        <translation>Nav jaunu vēstuļu, ko piedāvāt.</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>Izlaistas: {n}</translation>
    </message>
    <message>
        <source>Fetch mail</source>
        <translation>Saņemt pastu</translation>
    </message>
    <message>
        <source>Fetched mail: {n}</source>
        <translation>Saņemtais pasts: {n}</translation>
    </message>
    <message>
        <source>Mail not fetched</source>
        <translation>Pasts nav saņemts</translation>
    </message>
</context>
<context>
    <name>MailSettingsBox</name>
    <message>
        <source>TLS from the start (implicit)</source>
        <translation>TLS no sākuma (tiešais)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation>Bez šifrēšanas (tikai šajā datorā)</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Pastkaste</translation>
    </message>
    <message>
        <source>The office mailbox: letters go out through the outgoing server, from the office&apos;s address; requests are fetched from the incoming server&apos;s folder. The password is kept in this computer&apos;s keychain, everything else in the database. Certificates are always checked.</source>
        <translation>Biroja pastkaste: vēstules tiek sūtītas caur izejošā pasta serveri no biroja adreses; pieprasījumi tiek saņemti no ienākošā pasta servera mapes. Parole glabājas šī datora atslēgu glabātuvē, viss pārējais — datubāzē. Sertifikāti vienmēr tiek pārbaudīti.</translation>
    </message>
    <message>
        <source>The office mailbox. This computer has no keychain, so the password cannot be saved here: set it in the environment variable MINIME_ADMIN_MAIL_PASSWORD before starting the app.</source>
        <translation>Biroja pastkaste. Šim datoram nav atslēgu glabātuves, tāpēc paroli šeit saglabāt nevar: pirms lietotnes palaišanas norādiet to vides mainīgajā MINIME_ADMIN_MAIL_PASSWORD.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pārlūkot…</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> minūtē</translation>
    </message>
    <message>
        <source>no pause</source>
        <translation>bez pauzēm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>tikai ar pogu “Saņemt pastu”</translation>
    </message>
    <message>
        <source>While the app is open, new mail is fetched this often; 0 fetches only when you click Fetch mail.</source>
        <translation>Kamēr lietotne ir atvērta, jaunais pasts tiek saņemts tik bieži; ar 0 pastu saņem tikai tad, kad noklikšķināt uz “Saņemt pastu”.</translation>
    </message>
    <message>
        <source>Save &amp;mailbox settings</source>
        <translation>Saglabāt &amp;pastkastes iestatījumus</translation>
    </message>
    <message>
        <source>Test mail co&amp;nnection</source>
        <translation>Pārbaudīt pasta sa&amp;vienojumu</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace it</source>
        <translation>glabājas atslēgu glabātuvē; ierakstiet jaunu, lai to aizstātu</translation>
    </message>
    <message>
        <source>from MINIME_ADMIN_MAIL_PASSWORD</source>
        <translation>no MINIME_ADMIN_MAIL_PASSWORD</translation>
    </message>
    <message>
        <source>Mailbox settings saved.</source>
        <translation>Pastkastes iestatījumi saglabāti.</translation>
    </message>
    <message>
        <source>Asking the mail server…</source>
        <translation>Sazinās ar pasta serveri…</translation>
    </message>
    <message>
        <source>Logged in to the outgoing server {host}.</source>
        <translation>Pieteikšanās izejošā pasta serverī {host} izdevās.</translation>
    </message>
    <message>
        <source>The incoming server&apos;s folder holds messages: {count}.</source>
        <translation>Ziņojumu skaits ienākošā pasta servera mapē: {count}.</translation>
    </message>
    <message>
        <source>&amp;Outgoing server (SMTP):</source>
        <translation>&amp;Izejošā pasta serveris (SMTP):</translation>
    </message>
    <message>
        <source>Office&apos;s “&amp;From” address:</source>
        <translation>Biroja &amp;sūtītāja adrese:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Lietotājvārds:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pa&amp;role:</translation>
    </message>
    <message>
        <source>&amp;Incoming server (IMAP):</source>
        <translation>Ie&amp;nākošā pasta serveris (IMAP):</translation>
    </message>
    <message>
        <source>Folder to &amp;read:</source>
        <translation>&amp;Lasāmā mape:</translation>
    </message>
    <message>
        <source>Copy fetched mail &amp;to:</source>
        <translation>Saņemto pastu kopēt &amp;uz:</translation>
    </message>
    <message>
        <source>Fetch mail &amp;every:</source>
        <translation>Saņemt pastu ik pē&amp;c:</translation>
    </message>
    <message>
        <source>Certificate a&amp;uthority (optional):</source>
        <translation>Sertifikātu ies&amp;tāde (nav obligāta):</translation>
    </message>
    <message>
        <source>Bulk &amp;sending rate:</source>
        <translation>Masveida &amp;sūtīšanas ātrums:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation>Pieprasījumi</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Pārkāpumi</translation>
    </message>
    <message>
        <source>Shop data</source>
        <translation>Veikala dati</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Pārskati</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>minime-admin — DEMO</source>
        <translation>minime-admin — DEMONSTRĀCIJA</translation>
    </message>
    <message>
        <source>DEMO: fictional data</source>
        <translation>DEMONSTRĀCIJA: izdomāti dati</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Jauns pieprasījums…</translation>
    </message>
    <message>
        <source>&amp;Import e-mail…</source>
        <translation>Importēt &amp;e-pastu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Izveidot rezerves kopiju tagad…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Atjaunot no rezerves kopijas…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Lietotāja rokasgrāmata</translation>
    </message>
    <message>
        <source>&amp;About minime-admin</source>
        <translation>&amp;Par minime-admin</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>atslēgu glabātuvi</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>paroles frāzi</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>atkopšanas atslēgu</translation>
    </message>
    <message>
        <source>demo key</source>
        <translation>demonstrācijas atslēgu</translation>
    </message>
    <message>
        <source>Database: {path} · on the office&apos;s server</source>
        <translation>Datubāze: {path} · biroja serverī</translation>
    </message>
    <message>
        <source>Database: {path} · encrypted (SQLCipher) · unlocked by {method}</source>
        <translation>Datubāze: {path} · šifrēta (SQLCipher) · atslēgta ar {method}</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Lietotājs: {name} ({role})</translation>
    </message>
    <message>
        <source>To work in it, start minime-admin with: --db {path}</source>
        <translation>Lai strādātu ar to, palaidiet minime-admin ar: --db {path}</translation>
    </message>
    <message>
        <source>minime-admin {version}

The privacy office of SIA Mini Me: data-subject requests, customer data, exports, erasure and breaches, on an encrypted database.</source>
        <translation>minime-admin {version}

SIA Mini Me privātuma birojs: datu subjektu pieprasījumi, klientu dati, datu izsniegšana, dzēšana un pārkāpumi šifrētā datubāzē.</translation>
    </message>
    <message>
        <source>About minime-admin</source>
        <translation>Par minime-admin</translation>
    </message>
</context>
<context>
    <name>NewBreachDialog</name>
    <message>
        <source>New breach</source>
        <translation>Jauns pārkāpums</translation>
    </message>
    <message>
        <source>The 72 hours for the notice to the Data State Inspectorate run from the moment the shop became aware of the breach (Art. 33(1)). Times are Riga time. The rest of the facts can be added on the breach&apos;s page.</source>
        <translation>72 stundas paziņojumam Datu valsts inspekcijai skaita no brīža, kad veikals uzzināja par pārkāpumu (33. panta 1. punkts). Laiki ir pēc Rīgas laika. Pārējos faktus var pievienot pārkāpuma lapā.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>e.g. Laptop with an order export stolen</source>
        <translation>piem., nozagts klēpjdators ar pasūtījumu eksportu</translation>
    </message>
    <message>
        <source>&amp;Aware since (Riga):</source>
        <translation>&amp;Uzzināja (Rīgas laikā):</translation>
    </message>
    <message>
        <source>— enter the time —</source>
        <translation>— ievadiet laiku —</translation>
    </message>
    <message>
        <source>&amp;Which 03:00–03:59:</source>
        <translation>&amp;Kurš no abiem laikiem:</translation>
    </message>
    <message>
        <source>— choose: this hour happened twice —</source>
        <translation>— izvēlieties: šī stunda bija divreiz —</translation>
    </message>
    <message>
        <source>the first, summer time (UTC+3)</source>
        <translation>pirmais, vasaras laiks (UTC+3)</translation>
    </message>
    <message>
        <source>the second, winter time (UTC+2)</source>
        <translation>otrais, ziemas laiks (UTC+2)</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>Veids:</translation>
    </message>
    <message>
        <source>Approx. &amp;people:</source>
        <translation>Aptuveni &amp;personu:</translation>
    </message>
    <message>
        <source>&amp;records:</source>
        <translation>&amp;ierakstu:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nav zināms</translation>
    </message>
    <message>
        <source>Give the breach a short title.</source>
        <translation>Dodiet pārkāpumam īsu nosaukumu.</translation>
    </message>
    <message>
        <source>Enter when the shop became aware of the breach.</source>
        <translation>Ievadiet, kad veikals uzzināja par pārkāpumu.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Jauns pieprasījums</translation>
    </message>
    <message>
        <source>A request taken by phone, by letter, in person or from the web form. The legal due date is counted from the day of receipt (Riga time).</source>
        <translation>Pieprasījums, kas saņemts pa tālruni, vēstulē, klātienē vai tīmekļa veidlapā. Juridisko termiņu skaita no saņemšanas dienas (pēc Rīgas laika).</translation>
    </message>
    <message>
        <source>The requester&apos;s &amp;words:</source>
        <translation>Pieprasītāja &amp;paša vārdi:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanāls:</translation>
    </message>
    <message>
        <source>&amp;Received (Riga time):</source>
        <translation>&amp;Saņemts (Rīgas laiks):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Vār&amp;ds:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pasts:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Tālrunis:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klients:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Atbildīgais:</translation>
    </message>
    <message>
        <source>&amp;Identity checked by:</source>
        <translation>&amp;Identitāte pārbaudīta:</translation>
    </message>
    <message>
        <source>Needed before work starts.</source>
        <translation>Vajadzīgs, pirms sāk darbu.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>vēl neviens</translation>
    </message>
    <message>
        <source>What the person asked for, in their own words</source>
        <translation>Ko persona lūdza, viņas pašas vārdiem</translation>
    </message>
    <message>
        <source>Test request (left out of every count and report)</source>
        <translation>Testa pieprasījums (netiek ieskaitīts nevienā skaitā un pārskatā)</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>Iz&amp;mantot</translation>
    </message>
    <message>
        <source>Suggested from the words: {type}</source>
        <translation>Ieteikts pēc teksta: {type}</translation>
    </message>
</context>
<context>
    <name>OfficeDomainsBox</name>
    <message>
        <source>Incoming e-mail</source>
        <translation>Ienākošais e-pasts</translation>
    </message>
    <message>
        <source>Mail sent from these domains is taken as a colleague forwarding a customer&apos;s message, so the customer becomes the requester. Anyone else who writes is the requester, even when the message quotes or attaches another one.</source>
        <translation>Vēstules, kas sūtītas no šiem domēniem, uzskata par kolēģa pārsūtītu klienta ziņojumu, tāpēc pieprasītājs ir klients. Jebkurš cits sūtītājs pats ir pieprasītājs, arī tad, ja ziņojumā citēta vai pievienota cita vēstule.</translation>
    </message>
    <message>
        <source>The shop&apos;s e-mail domains:</source>
        <translation>Veikala e-pasta domēni:</translation>
    </message>
    <message>
        <source>Sa&amp;ve domains</source>
        <translation>Sa&amp;glabāt domēnus</translation>
    </message>
    <message>
        <source>Domains saved.</source>
        <translation>Domēni saglabāti.</translation>
    </message>
    <message>
        <source>Nothing to save: the domains are unchanged.</source>
        <translation>Nav ko saglabāt: domēni nav mainīti.</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <source>A part of minime-admin could not be loaded, so it cannot start. Install it again; your database and backups are kept.</source>
        <translation>Daļu no minime-admin nevarēja ielādēt, tāpēc tā nevar sākt darbu. Instalējiet to vēlreiz; jūsu datubāze un rezerves kopijas saglabājas.</translation>
    </message>
    <message>
        <source>Opening the demo database…</source>
        <translation>Atver demonstrācijas datubāzi…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Atver datubāzi…</translation>
    </message>
</context>
<context>
    <name>OutputsPanel</name>
    <message>
        <source>Notice to the Data State Inspectorate (Art. 33): field by field or PDF</source>
        <translation>Paziņojums Datu valsts inspekcijai (33. pants): pa laukiem vai PDF</translation>
    </message>
    <message>
        <source>Website notice, as the privacy policy promises (Latvian and English)</source>
        <translation>Paziņojums tīmekļvietnē, kā sola privātuma politika (latviski un angliski)</translation>
    </message>
    <message>
        <source>Internal report: every fact, decision and event (Art. 33(5))</source>
        <translation>Iekšējais ziņojums: visi fakti, lēmumi un notikumi (33. panta 5. punkts)</translation>
    </message>
    <message>
        <source>&amp;DVI notice…</source>
        <translation>DVI pa&amp;ziņojums…</translation>
    </message>
    <message>
        <source>&amp;Website notice…</source>
        <translation>&amp;Tīmekļvietnes paziņojums…</translation>
    </message>
    <message>
        <source>Internal &amp;report…</source>
        <translation>I&amp;ekšējais ziņojums…</translation>
    </message>
    <message>
        <source>Customer &amp;letters…</source>
        <translation>Klientu &amp;vēstules…</translation>
    </message>
    <message>
        <source>DVI &amp;notified…</source>
        <translation>DVI &amp;paziņots…</translation>
    </message>
    <message>
        <source>Sent to the DVI: record when, how and the DVI&apos;s number (stops the clock)</source>
        <translation>Nosūtīts DVI: reģistrējiet, kad, kā un ar kādu DVI numuru (aptur termiņa skaitīšanu)</translation>
    </message>
    <message>
        <source>The DVI was notified {at} ({channel}){reference}.</source>
        <translation>DVI paziņots {at} ({channel}){reference}.</translation>
    </message>
    <message>
        <source>A letter to each of the {count} affected customers, in their language (Art. 34), and a mail-merge list</source>
        <translation>Vēstule katram skartajam klientam viņa valodā (34. pants; kopā {count}) un sapludināšanas saraksts</translation>
    </message>
    <message>
        <source>Final outputs: signed off by {name}. Each PDF carries the signature.</source>
        <translation>Galīgi dokumenti: apstiprināja {name}. Katrs PDF satur parakstu.</translation>
    </message>
    <message>
        <source>Drafts only: not signed off. Every PDF is watermarked {mark} until a manager signs the breach off.</source>
        <translation>Tikai melnraksti: nav apstiprināts. Katram PDF ir ūdenszīme {mark}, līdz vadītājs apstiprina pārkāpuma lietu.</translation>
    </message>
    <message>
        <source>Saved the final, signed {path}.</source>
        <translation>Saglabāts galīgais, parakstītais dokuments: {path}.</translation>
    </message>
    <message>
        <source>Saved {path} as a draft (watermarked {mark}).</source>
        <translation>{path} saglabāts kā melnraksts (ar ūdenszīmi {mark}).</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF saglabāts</translation>
    </message>
    <message>
        <source>No affected customers are saved yet: choose them on the Affected customers tab first.</source>
        <translation>Skartie klienti vēl nav saglabāti: vispirms izvēlieties tos cilnē “Skartie klienti”.</translation>
    </message>
    <message>
        <source>Making the final letters to {count} customers…</source>
        <translation>Sagatavo galīgās vēstules klientiem ({count})…</translation>
    </message>
    <message>
        <source>Making draft letters to {count} customers…</source>
        <translation>Sagatavo vēstuļu melnrakstus klientiem ({count})…</translation>
    </message>
    <message>
        <source>Made {count} final, signed letters in {folder}.</source>
        <translation>Galīgās, parakstītās vēstules ({count}) sagatavotas mapē {folder}.</translation>
    </message>
    <message>
        <source>Made {count} draft letters (watermarked) in {folder}.</source>
        <translation>Vēstuļu melnraksti ar ūdenszīmi ({count}) sagatavoti mapē {folder}.</translation>
    </message>
    <message>
        <source>The mail-merge list (name, e-mail, language, file) is {csv}.</source>
        <translation>Sapludināšanas saraksts (vārds, e-pasts, valoda, fails): {csv}.</translation>
    </message>
    <message>
        <source>Customer letters</source>
        <translation>Vēstules klientiem</translation>
    </message>
    <message>
        <source>Cancelled. Letters already written to {folder} are an incomplete set: delete them, or make the letters again.</source>
        <translation>Atcelts. Mapē {folder} jau ierakstītās vēstules ir nepilnīgs komplekts: izdzēsiet tās vai sagatavojiet vēstules no jauna.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Saglabāt PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Mape vēstulēm</translation>
    </message>
</context>
<context>
    <name>PackContentsPage</name>
    <message>
        <source>What the pack holds, and where it goes</source>
        <translation>Kas ir paketē un kur to saglabāt</translation>
    </message>
    <message>
        <source>Everything below goes in; the manager&apos;s signature covers every file.</source>
        <translation>Paketē ir viss turpmāk minētais; vadītāja paraksts aptver katru failu.</translation>
    </message>
    <message>
        <source>summary.pdf: the request figures and charts, every breach with its decisions and the 72-hour record, retention sweeps, the audit check</source>
        <translation>summary.pdf: pieprasījumu rādītāji un diagrammas, katrs pārkāpums ar lēmumiem un 72 stundu ierakstu, glabāšanas tīrīšanas, audita pārbaude</translation>
    </message>
    <message>
        <source>requests.csv: every request of the period, people only as a customer number or an erased person&apos;s hash</source>
        <translation>requests.csv: katrs perioda pieprasījums, personas tikai kā klienta numurs vai dzēstas personas jaucējkods</translation>
    </message>
    <message>
        <source>the records of processing (Art. 30) as PDF and CSV</source>
        <translation>apstrādes darbību reģistrs (30. pants) PDF un CSV formātā</translation>
    </message>
    <message>
        <source>the retention rules in force and the sweeps run, as CSV</source>
        <translation>spēkā esošie glabāšanas noteikumi un veiktās tīrīšanas CSV formātā</translation>
    </message>
    <message>
        <source>audit-check.json: the audit log&apos;s check and its head</source>
        <translation>audit-check.json: audita žurnāla pārbaude un tā virsotne</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Latviešu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angļu</translation>
    </message>
    <message>
        <source>A new folder</source>
        <translation>Jauna mape</translation>
    </message>
    <message>
        <source>One ZIP file (easier to send)</source>
        <translation>Viens ZIP fails (vieglāk nosūtīt)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Saglabāt kā</translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation>Kur saglabāt paketi</translation>
    </message>
</context>
<context>
    <name>PackPeriodPage</name>
    <message>
        <source>Which period?</source>
        <translation>Kurš periods?</translation>
    </message>
    <message>
        <source>Requests count by the day they were received; breaches by the day the office became aware of them.</source>
        <translation>Pieprasījumi tiek skaitīti pēc saņemšanas dienas, pārkāpumi — pēc dienas, kad birojs par tiem uzzināja.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>Periodam jābeidzas tā sākuma dienā vai vēlāk.</translation>
    </message>
</context>
<context>
    <name>PackResultPage</name>
    <message>
        <source>Making the inspection pack</source>
        <translation>Pārbaudes paketes sagatavošana</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Rādīt mapē</translation>
    </message>
    <message>
        <source>Reading the figures and writing the files of the pack…</source>
        <translation>Nolasa rādītājus un raksta paketes failus…</translation>
    </message>
    <message>
        <source>The inspection pack is ready</source>
        <translation>Pārbaudes pakete ir gatava</translation>
    </message>
    <message>
        <source>The pack was written to {path} and signed by {signer} (key {fingerprint}). Audit log head: {head}.</source>
        <translation>Pakete saglabāta vietā {path}, to parakstīja {signer} (atslēga {fingerprint}). Audita žurnāla virsotne: {head}.</translation>
    </message>
    <message>
        <source>{problem} Nothing was written; go Back to correct it.</source>
        <translation>{problem} Nekas netika saglabāts; atgriezieties, lai to izlabotu.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Atcelts: nekas netika saglabāts.</translation>
    </message>
</context>
<context>
    <name>PackSignPage</name>
    <message>
        <source>The manager signs</source>
        <translation>Vadītājs paraksta</translation>
    </message>
    <message>
        <source>The pack is signed with the manager&apos;s key; an inspector checks it with “minime-admin report verify”.</source>
        <translation>Paketi paraksta ar vadītāja atslēgu; inspektors to pārbauda ar “minime-admin report verify”.</translation>
    </message>
    <message>
        <source>Signed by (manager)</source>
        <translation>Parakstītājs (vadītājs)</translation>
    </message>
    <message>
        <source>Manager&apos;s password</source>
        <translation>Vadītāja parole</translation>
    </message>
    <message>
        <source>&amp;Make pack</source>
        <translation>&amp;Sagatavot paketi</translation>
    </message>
</context>
<context>
    <name>PackWizard</name>
    <message>
        <source>Inspection pack</source>
        <translation>Pārbaudes pakete</translation>
    </message>
</context>
<context>
    <name>PartnerToldDialog</name>
    <message>
        <source>Partner told (Art. 19): {name}</source>
        <translation>Partneris informēts (19. pants): {name}</translation>
    </message>
    <message>
        <source>Record that you told a partner who received this customer&apos;s data of a change. The app only prepares notices: record a partner only once you have told it. The customer&apos;s letter then names it as told on that day.</source>
        <translation>Ierakstiet, ka partneris, kas saņēma šī klienta datus, ir informēts par izmaiņām. Lietotne paziņojumus tikai sagatavo: ierakstiet partneri tikai tad, kad tas patiešām ir informēts. Vēstulē klientam tas tad būs minēts kā informēts šajā dienā.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ierakstīt</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partneris:</translation>
    </message>
    <message>
        <source>Told of the &amp;change:</source>
        <translation>Informēts par &amp;izmaiņām:</translation>
    </message>
    <message>
        <source>Told &amp;on:</source>
        <translation>Informēts &amp;datumā:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Kā:</translation>
    </message>
    <message>
        <source>On record:</source>
        <translation>Jau ierakstīts:</translation>
    </message>
    <message>
        <source>{partner}: {change}, told on {day} {how}; recorded by {who}</source>
        <translation>{partner}: {change}, informēts {day} {how}; ierakstīja {who}</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Vēl neviens.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>New encrypted database</source>
        <translation>Jauna šifrēta datubāze</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Izvēlieties paroles frāzi</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key of {path}, so the database will be locked with a passphrase that you type each time you open it. Use at least {minimum} characters; four or five unrelated words are easy to remember and hard to guess. A recovery key follows, for when the passphrase is forgotten.</source>
        <translation>Šajā datorā nav atslēgu glabātuves, kur glabāt datubāzes {path} atslēgu, tāpēc datubāze tiks aizslēgta ar paroles frāzi, kas jāievada katru reizi, to atverot. Izmantojiet vismaz {minimum} rakstzīmes; četrus vai piecus savstarpēji nesaistītus vārdus ir viegli atcerēties un grūti uzminēt. Pēc tam tiks parādīta atkopšanas atslēga gadījumam, ja paroles frāze aizmirstas.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Paroles frāze:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Atkārtojiet to:</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Izveidot datubāzi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>{count} of at least {minimum} characters.</source>
        <translation>{count} no vismaz {minimum} rakstzīmēm.</translation>
    </message>
    <message>
        <source>This looks like a recovery key; choose words instead.</source>
        <translation>Tas izskatās pēc atkopšanas atslēgas; izvēlieties vārdus.</translation>
    </message>
    <message>
        <source>Too easy to guess (a common word, a pattern or a repeat): use four or five unrelated words.</source>
        <translation>Pārāk viegli uzminēt (bieži lietots vārds, raksts vai atkārtojums): izmantojiet četrus vai piecus savstarpēji nesaistītus vārdus.</translation>
    </message>
    <message>
        <source>Type the same passphrase again in the second field.</source>
        <translation>Otrajā laukā ievadiet to pašu paroles frāzi vēlreiz.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Paroles frāzes sakrīt.</translation>
    </message>
</context>
<context>
    <name>PdfSaver</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>{path} could not be saved ({detail}).</source>
        <translation>Failu {path} neizdevās saglabāt ({detail}).</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Šo PDF nevar parādīt.</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>{number}. lappuse</translation>
    </message>
</context>
<context>
    <name>PdfViewerDialog</name>
    <message>
        <source>Save PDF</source>
        <translation>Saglabāt PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Saglabāt PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukāt…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Saglabāts: {path}.</translation>
    </message>
    <message>
        <source>{path} could not be written ({problem}).</source>
        <translation>Failu {path} neizdevās ierakstīt ({problem}).</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Nosūtīts drukāšanai.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>The plan</source>
        <translation>Plāns</translation>
    </message>
    <message>
        <source>What will be erased, what is kept cut loose from the person, and what the law makes the shop retain. Nothing has changed yet.</source>
        <translation>Kas tiks dzēsts, kas paliks, nošķirts no personas, un ko likums liek veikalam saglabāt. Nekas vēl nav mainīts.</translation>
    </message>
    <message>
        <source>Weighing every record…</source>
        <translation>Izvērtē katru ierakstu…</translation>
    </message>
    <message>
        <source>Why some records stay</source>
        <translation>Kāpēc daži ieraksti paliek</translation>
    </message>
    <message>
        <source>Partners who received the data and are to be told (Art. 19): {names}</source>
        <translation>Partneri, kas saņēma datus un ir jāinformē (19. pants): {names}</translation>
    </message>
    <message>
        <source>The data was not disclosed to any partner.</source>
        <translation>Dati netika nodoti nevienam partnerim.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Ieraksti</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Glabā līdz</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Priekšskatījums</translation>
    </message>
    <message>
        <source>What the package will hold. Nothing has been written yet.</source>
        <translation>Kas būs paketē. Nekas vēl nav ierakstīts.</translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation>Skaita ierakstus…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Ieraksti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>under legal hold: kept whatever happens</source>
        <translation>juridiskā aizture: glabājas jebkurā gadījumā</translation>
    </message>
    <message>
        <source>processing restricted (Art. 18)</source>
        <translation>apstrāde ierobežota (18. pants)</translation>
    </message>
    <message>
        <source>Processing of this customer is restricted (Art. 18). The person&apos;s own copy may still be sent to them.</source>
        <translation>Šī klienta datu apstrāde ir ierobežota (18. pants). Personai pašai kopiju nosūtīt drīkst.</translation>
    </message>
    <message>
        <source>Legal holds on record: {count} (an open dispute or chargeback).</source>
        <translation>Juridiskās aiztures: {count} (neatrisināts strīds vai maksājuma apstrīdējums).</translation>
    </message>
    <message>
        <source>{rows} records in {files} files, plus data.json, README.txt and the answer (answer.pdf).</source>
        <translation>Ieraksti: {rows}, faili: {files}, kā arī data.json, README.txt un atbilde (answer.pdf).</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>The PDF could not be printed.</source>
        <translation>PDF neizdevās izdrukāt.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeri neizdevās palaist.</translation>
    </message>
    <message>
        <source>The printer stopped before the last page.</source>
        <translation>Printeris apstājās pirms pēdējās lappuses.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your name on letters</source>
        <translation>Jūsu vārds vēstulēs</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Kas Jūs esat?</translation>
    </message>
    <message>
        <source>Letters to customers are signed with your name and title, and the audit log names you for everything done at this computer. Write them as the letters should show them.</source>
        <translation>Vēstules klientiem tiek parakstītas ar Jūsu vārdu, uzvārdu un amatu, un audita žurnālā Jūs esat norādīts par visu, kas darīts pie šī datora. Ierakstiet tos tā, kā tiem jāparādās vēstulēs.</translation>
    </message>
    <message>
        <source>e.g. Anna Bērziņa</source>
        <translation>piem., Anna Bērziņa</translation>
    </message>
    <message>
        <source>e.g. Klientu apkalpošanas speciāliste</source>
        <translation>piem., Klientu apkalpošanas speciāliste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vārds, uzvārds:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Amats:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Loma:</translation>
    </message>
    <message>
        <source>{role} (a manager sets roles in Settings › Users)</source>
        <translation>{role} (lomas nosaka vadītājs sadaļā Iestatījumi › Lietotāji)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Atceļ…</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Fetched mail: {name}</source>
        <translation>Saņemtais pasts: {name}</translation>
    </message>
    <message>
        <source>&amp;Set aside (not a request)</source>
        <translation>&amp;Atlikt malā (nav pieprasījums)</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>Partners to inform (Art. 19)</source>
        <translation>Partneri, kuriem jāpaziņo (19. pants)</translation>
    </message>
    <message>
        <source>The correction of “{field}” is stored. These partners received this data: tell each of them of the correction (Art. 19), and tell the customer who they are if they ask.</source>
        <translation>Lauka “{field}” labojums ir saglabāts. Šie partneri saņēma šos datus: paziņojiet katram no tiem par labojumu (19. pants) un, ja klients jautā, nosauciet viņam šos partnerus.</translation>
    </message>
    <message>
        <source>The correction of “{field}” is stored. No partner received this data, so nobody else needs to be told.</source>
        <translation>Lauka “{field}” labojums ir saglabāts. Neviens partneris šos datus nesaņēma, tāpēc nevienam citam nav jāpaziņo.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontaktu e-pasts</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Enter the date and time.</source>
        <translation>Ievadiet datumu un laiku.</translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <source>rectification (Art. 16)</source>
        <translation>labošana (16. pants)</translation>
    </message>
    <message>
        <source>erasure (Art. 17)</source>
        <translation>dzēšana (17. pants)</translation>
    </message>
    <message>
        <source>restriction (Art. 18)</source>
        <translation>ierobežošana (18. pants)</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>pa e-pastu</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>ar vēstuli</translation>
    </message>
    <message>
        <source>through the partner&apos;s portal</source>
        <translation>partnera portālā</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Atkopšanas atslēga</translation>
    </message>
    <message>
        <source>Write down or print the recovery key</source>
        <translation>Pierakstiet vai izdrukājiet atkopšanas atslēgu</translation>
    </message>
    <message>
        <source>The new database {path} is encrypted. If this computer&apos;s keychain is lost, the passphrase is forgotten or the database moves to another computer, only this recovery key opens it. It is shown only now.</source>
        <translation>Jaunā datubāze {path} ir šifrēta. Ja šī datora atslēgu glabātuve tiek zaudēta, paroles frāze aizmirsta vai datubāze pārvietota uz citu datoru, to var atvērt tikai ar šo atkopšanas atslēgu. Tā tiek parādīta tikai tagad.</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>&amp;Saglabāt atkopšanas lapu (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>Atkopšanas atslēga ir izdrukāta vai pierakstīta</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Turpināt</translation>
    </message>
    <message>
        <source>The recovery key is on the clipboard. Paste it only where it is safe, then copy something else over it.</source>
        <translation>Atkopšanas atslēga ir starpliktuvē. Ielīmējiet to tikai drošā vietā un pēc tam nokopējiet starpliktuvē kaut ko citu.</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>Saglabāt atkopšanas lapu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>The recovery sheet could not be saved to {path} ({detail}).</source>
        <translation>Atkopšanas lapu neizdevās saglabāt: {path} ({detail}).</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file: the key should not stay on this computer.</source>
        <translation>Saglabāts: {path}. Izdrukājiet to un pēc tam izdzēsiet failu: atslēgai nevajadzētu palikt šajā datorā.</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <source>Rectify: {name}</source>
        <translation>Labošana: {name}</translation>
    </message>
    <message>
        <source>Correct one item of the customer&apos;s data (Art. 16). The change is recorded; afterwards you see which partners received this data and must be told (Art. 19).</source>
        <translation>Izlabojiet vienu klienta datu vienību (16. pants). Izmaiņa tiek reģistrēta; pēc tam redzēsiet, kuri partneri šos datus saņēma un kuriem par to jāpaziņo (19. pants).</translation>
    </message>
    <message>
        <source>&amp;Rectify</source>
        <translation>&amp;Labot</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lauks:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Pašlaik:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;Jaunā vērtība:</translation>
    </message>
    <message>
        <source>New &amp;language:</source>
        <translation>Jaunā &amp;valoda:</translation>
    </message>
    <message>
        <source>Address no. {id} ({kind}): {field}</source>
        <translation>Adrese nr. {id} ({kind}): {field}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tukšs)</translation>
    </message>
</context>
<context>
    <name>ReleaseHoldDialog</name>
    <message>
        <source>End a legal hold: {name}</source>
        <translation>Juridiskās aiztures beigas: {name}</translation>
    </message>
    <message>
        <source>Record that the dispute or chargeback is settled. From that day the records the hold kept follow their own retention rule, and the hold&apos;s own record is kept for its period after the release.</source>
        <translation>Ierakstiet, ka strīds vai maksājuma apstrīdējums ir atrisināts. No šīs dienas uz ierakstiem, ko aizture saglabāja, attiecas to parastie glabāšanas noteikumi, bet ziņas par pašu aizturi glabā tām noteikto laiku pēc tās atcelšanas.</translation>
    </message>
    <message>
        <source>End the hold</source>
        <translation>Beigt aizturi</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>&amp;Aizture:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Beigusies:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Rādīt</translation>
    </message>
    <message>
        <source>Records of processing…</source>
        <translation>Apstrādes darbību reģistrs…</translation>
    </message>
    <message>
        <source>Inspection pack…</source>
        <translation>Pārbaudes pakete…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saņemti</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atbildēti</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Laikā</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Novēloti</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Pagarināti</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Atteikti</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Atsaukti</translation>
    </message>
    <message>
        <source>Median, d</source>
        <translation>Mediāna, d.</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediāna, dienas</translation>
    </message>
    <message>
        <source>90th pct., d</source>
        <translation>90. proc., d.</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>90. procentile, dienas</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Atvērti tagad</translation>
    </message>
    <message>
        <source>Least days left</source>
        <translation>Min. atlikušās d.</translation>
    </message>
    <message>
        <source>Fewest days left</source>
        <translation>Mazākais atlikušo dienu skaits</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>Late answers: {late}. Refused: {refused}. Open now: {open}.</source>
        <translation>Novēlotas atbildes: {late}. Atteikti: {refused}. Atvērti tagad: {open}.</translation>
    </message>
    <message>
        <source>Requests received per month</source>
        <translation>Saņemtie pieprasījumi mēnesī</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Dienu mediāna līdz atbildei</translation>
    </message>
    <message>
        <source>– – days allowed (median)</source>
        <translation>– – atvēlētās dienas (mediāna)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>nokavēti</translation>
    </message>
    <message>
        <source>Open requests by days left</source>
        <translation>Atvērtie pieprasījumi pēc atlikušajām dienām</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Extend {reference}</source>
        <translation>Pagarināt {reference}</translation>
    </message>
    <message>
        <source>The deadline moves to {extended}, two further months (Art. 12(3)). This is possible once, and the person must be told, with the reasons, by {due}.</source>
        <translation>Jaunais termiņš būs {extended} — vēl divi mēneši (12. panta 3. punkts). To var izdarīt vienreiz, un personai par to ar iemesliem jāpaziņo; pēdējā diena: {due}.</translation>
    </message>
    <message>
        <source>&amp;Reason (told to the person):</source>
        <translation>&amp;Iemesls (tiks paziņots personai):</translation>
    </message>
    <message>
        <source>Note on {reference}</source>
        <translation>Piezīme pie {reference}</translation>
    </message>
    <message>
        <source>The note goes on the request&apos;s timeline, with your name.</source>
        <translation>Piezīme tiks ierakstīta pieprasījuma vēsturē ar jūsu vārdu.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Piezīme:</translation>
    </message>
    <message>
        <source>Attachment saved</source>
        <translation>Pielikums saglabāts</translation>
    </message>
    <message>
        <source>Saved {name} to {path}.</source>
        <translation>{name} saglabāts: {path}.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Saglabāt pielikumu</translation>
    </message>
    <message>
        <source>{path} could not be written ({problem}).</source>
        <translation>Failu {path} neizdevās ierakstīt ({problem}).</translation>
    </message>
</context>
<context>
    <name>RequestChoice</name>
    <message>
        <source>No request, or type a reference</source>
        <translation>Bez pieprasījuma vai ierakstiet numuru</translation>
    </message>
    <message>
        <source>Loading the open requests…</source>
        <translation>Ielādē atvērtos pieprasījumus…</translation>
    </message>
    <message>
        <source> · this customer&apos;s</source>
        <translation> · šī klienta</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Access (Art. 15)</source>
        <translation>Piekļuve (15. pants)</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Labošana</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Dzēšana</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ierobežošana</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Pārnesamība</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Iebildums</translation>
    </message>
    <message>
        <source>Objection to direct marketing</source>
        <translation>Iebildums pret tiešo tirgvedību</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Piekrišanas atsaukšana</translation>
    </message>
    <message>
        <source>Newsletter unsubscribe</source>
        <translation>Atrakstīšanās no jaunumiem</translation>
    </message>
    <message>
        <source>Question on legal basis or transfers</source>
        <translation>Jautājums par tiesisko pamatu vai datu nosūtīšanu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saņemts</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identitātes pārbaude</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Izpildē</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Apturēts</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Pabeigts</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Atteikts</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Atsaukts</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Tīmekļa veidlapa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Vēstule</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Klātienē</translation>
    </message>
    <message>
        <source>Awaiting proof of identity</source>
        <translation>Gaida identitātes apliecinājumu</translation>
    </message>
    <message>
        <source>Awaiting clarification</source>
        <translation>Gaida precizējumu</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>Juridiskā izvērtēšana</translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation>Acīmredzami nepamatots vai pārmērīgs (12. panta 5. punkts)</translation>
    </message>
    <message>
        <source>Identity not confirmed (Art. 12(6))</source>
        <translation>Identitāte nav apstiprināta (12. panta 6. punkts)</translation>
    </message>
    <message>
        <source>An erasure exception (Art. 17(3))</source>
        <translation>Dzēšanas izņēmums (17. panta 3. punkts)</translation>
    </message>
    <message>
        <source>Compelling legitimate grounds (Art. 21(1))</source>
        <translation>Pārliecinoši leģitīmi iemesli (21. panta 1. punkts)</translation>
    </message>
    <message>
        <source>Another reason, written out</source>
        <translation>Cits iemesls, aprakstīts</translation>
    </message>
    <message>
        <source>(a) Freedom of expression and information</source>
        <translation>a) Vārda un informācijas brīvība</translation>
    </message>
    <message>
        <source>(b) A legal obligation or a task in the public interest</source>
        <translation>b) Juridisks pienākums vai uzdevums sabiedrības interesēs</translation>
    </message>
    <message>
        <source>(c) Public health</source>
        <translation>c) Sabiedrības veselība</translation>
    </message>
    <message>
        <source>(d) Archiving, research or statistics</source>
        <translation>d) Arhivēšana, pētniecība vai statistika</translation>
    </message>
    <message>
        <source>(e) Establishment, exercise or defence of legal claims</source>
        <translation>e) Likumīgu prasību celšana, īstenošana vai aizstāvēšana</translation>
    </message>
    <message>
        <source>Check identity</source>
        <translation>Pārbaudīt identitāti</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Sākt darbu</translation>
    </message>
    <message>
        <source>Put on hold…</source>
        <translation>Apturēt…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Pabeigt…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Atteikt…</translation>
    </message>
    <message>
        <source>Mark withdrawn…</source>
        <translation>Atzīmēt kā atsauktu…</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Atvērts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Pagarināts</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pielikums</translation>
    </message>
    <message>
        <source>Letter made</source>
        <translation>Vēstule sagatavota</translation>
    </message>
    <message>
        <source>ID document seen in person</source>
        <translation>Klātienē uzrādīts personu apliecinošs dokuments</translation>
    </message>
    <message>
        <source>Signed with eParaksts or another e-signature</source>
        <translation>Parakstīts ar eParakstu vai citu e-parakstu</translation>
    </message>
    <message>
        <source>Smart-ID or a bank link</source>
        <translation>Smart-ID vai bankas saite</translation>
    </message>
    <message>
        <source>Called back on the phone number on the account</source>
        <translation>Atzvanīts uz kontā norādīto tālruņa numuru</translation>
    </message>
    <message>
        <source>Wrote from the e-mail address on the account</source>
        <translation>Rakstīja no kontā norādītās e-pasta adreses</translation>
    </message>
    <message>
        <source>By registered post</source>
        <translation>Ierakstītā pasta sūtījumā</translation>
    </message>
    <message>
        <source>Secure download link</source>
        <translation>Droša lejupielādes saite</translation>
    </message>
    <message>
        <source>On a USB stick</source>
        <translation>USB zibatmiņā</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izdarīts</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Piešķirts</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Identitāte apstiprināta</translation>
    </message>
    <message>
        <source>Export package made</source>
        <translation>Eksporta pakete izveidota</translation>
    </message>
    <message>
        <source>Package handed over</source>
        <translation>Pakete nodota</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>pēc e-pasta</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>pēc tālruņa</translation>
    </message>
    <message>
        <source>by order number</source>
        <translation>pēc pasūtījuma numura</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sestdiena</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>svētdiena</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jaungada diena</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Lielā Piektdiena</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Pirmās Lieldienas</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Otrās Lieldienas</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Darba svētki</translation>
    </message>
    <message>
        <source>Constitutional Assembly Convocation Day</source>
        <translation>Latvijas Republikas Satversmes sapulces sasaukšanas diena</translation>
    </message>
    <message>
        <source>Restoration of Independence Day</source>
        <translation>Latvijas Republikas Neatkarības atjaunošanas diena</translation>
    </message>
    <message>
        <source>Restoration of Independence Day (observed)</source>
        <translation>Latvijas Republikas Neatkarības atjaunošanas diena (pārcelta)</translation>
    </message>
    <message>
        <source>Mother&apos;s Day</source>
        <translation>Mātes diena</translation>
    </message>
    <message>
        <source>Pentecost</source>
        <translation>Vasarsvētki</translation>
    </message>
    <message>
        <source>Midsummer Eve</source>
        <translation>Līgo diena</translation>
    </message>
    <message>
        <source>Midsummer Day</source>
        <translation>Jāņu diena</translation>
    </message>
    <message>
        <source>Republic of Latvia Proclamation Day</source>
        <translation>Latvijas Republikas Proklamēšanas diena</translation>
    </message>
    <message>
        <source>Republic of Latvia Proclamation Day (observed)</source>
        <translation>Latvijas Republikas Proklamēšanas diena (pārcelta)</translation>
    </message>
    <message>
        <source>Closing day of the Song and Dance Festival</source>
        <translation>Dziesmu un deju svētku noslēguma diena</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Ziemassvētku vakars</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Pirmie Ziemassvētki</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Otrie Ziemassvētki</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Vecgada diena</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Atjaunošana no rezerves kopijas</translation>
    </message>
    <message>
        <source>The backup is checked first and restored to a new file; the backup itself is never changed. People erased after the backup was taken are erased again, as the newest copy of the database lists them.</source>
        <translation>Rezerves kopiju vispirms pārbauda un tad atjauno jaunā failā; pati rezerves kopija netiek mainīta. Personas, kas dzēstas pēc rezerves kopijas izveides, tiek dzēstas atkārtoti pēc jaunākās datubāzes kopijas saraksta.</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Rezerves kopija:</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Cits fails…</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Atkopšanas &amp;atslēga:</translation>
    </message>
    <message>
        <source>only needed when this computer&apos;s keychain does not hold the key</source>
        <translation>vajadzīga tikai tad, ja šī datora atslēgu glabātuvē nav atslēgas</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>Atjaunot &amp;uz:</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>A&amp;tjaunot</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>No backups in {folder}.</source>
        <translation>Mapē {folder} nav rezerves kopiju.</translation>
    </message>
    <message>
        <source>{when} · {size} MB</source>
        <translation>{when} · {size} MB</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Izvēlieties rezerves kopiju</translation>
    </message>
    <message>
        <source>minime-admin backups (*{extension})</source>
        <translation>minime-admin rezerves kopijas (*{extension})</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Pārbauda un atjauno rezerves kopiju…</translation>
    </message>
    <message>
        <source>Restored {backup} to {path}.</source>
        <translation>Rezerves kopija {backup} atjaunota: {path}.</translation>
    </message>
    <message>
        <source>Erasures re-applied: {count} (customer stubs {numbers}).</source>
        <translation>Atkārtoti veiktas dzēšanas: {count} (klientu ieraksti {numbers}).</translation>
    </message>
    <message>
        <source>Erasures re-applied: 0.</source>
        <translation>Atkārtoti veiktas dzēšanas: 0.</translation>
    </message>
</context>
<context>
    <name>RetentionReminder</name>
    <message>
        <source>{n} records due for deletion</source>
        <translation>Jādzēš ieraksti: {n}</translation>
    </message>
    <message>
        <source>Their retention period has ended: the retention sweep deletes them.</source>
        <translation>To glabāšanas termiņš ir beidzies: glabāšanas tīrīšana tos izdzēsīs.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Pārskatīt…</translation>
    </message>
</context>
<context>
    <name>RetentionRulesDialog</name>
    <message>
        <source> months</source>
        <translation> mēn.</translation>
    </message>
    <message>
        <source> (stated default: confirm it)</source>
        <translation> (veikala izvēle: jāapstiprina)</translation>
    </message>
    <message>
        <source>Add a manager in Settings › Users first.</source>
        <translation>Vispirms pievienojiet vadītāju sadaļā Iestatījumi › Lietotāji.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nekas nav mainīts.</translation>
    </message>
    <message>
        <source>Saved {count} change(s); each is in the audit log.</source>
        <translation>Saglabātas izmaiņas: {count}; katra ir audita žurnālā.</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Glabāšanas termiņi</translation>
    </message>
    <message>
        <source>How long each kind of record is kept, and from what event. Periods marked as stated defaults are the shop&apos;s own choice, not fixed by law: confirm them with the accountant or a lawyer. Only a manager, with their password, can change a period.</source>
        <translation>Cik ilgi glabā katru ierakstu veidu un no kura notikuma termiņu skaita. Termiņi, kas atzīmēti kā veikala izvēle, nav noteikti likumā: apstipriniet tos ar grāmatvedi vai juristu. Termiņu var mainīt tikai vadītājs ar savu paroli.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Noteikums</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Skaita no</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pamatojums</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Vadītājs:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Payment transaction data</source>
        <translation>Maksājumu darījumu dati</translation>
    </message>
    <message>
        <source>Website visit records</source>
        <translation>Tīmekļvietnes apmeklējumu ieraksti</translation>
    </message>
    <message>
        <source>Cookie choices</source>
        <translation>Sīkdatņu izvēles</translation>
    </message>
    <message>
        <source>Ended newsletter subscriptions</source>
        <translation>Izbeigti jaunumu abonementi</translation>
    </message>
    <message>
        <source>Consent evidence</source>
        <translation>Piekrišanu pierādījumi</translation>
    </message>
    <message>
        <source>Inactive accounts</source>
        <translation>Neaktīvi konti</translation>
    </message>
    <message>
        <source>Records of disclosures</source>
        <translation>Ziņas par datu nodošanu</translation>
    </message>
    <message>
        <source>Lifted restrictions</source>
        <translation>Atcelti ierobežojumi</translation>
    </message>
    <message>
        <source>Released legal holds</source>
        <translation>Atceltas juridiskās aiztures</translation>
    </message>
    <message>
        <source>Answered requests (identifiers hashed)</source>
        <translation>Atbildētie pieprasījumi (identifikatori aizstāti ar jaucējkodu)</translation>
    </message>
    <message>
        <source>Old breaches: list of people affected</source>
        <translation>Veci pārkāpumi: skarto personu saraksts</translation>
    </message>
    <message>
        <source>Files sent with requests (ID copies)</source>
        <translation>Pieprasījumu pielikumi (ID kopijas)</translation>
    </message>
    <message>
        <source>Letters of old answered requests</source>
        <translation>Senu atbildētu pieprasījumu vēstules</translation>
    </message>
    <message>
        <source>Accounting documents past their period</source>
        <translation>Grāmatvedības dokumenti pēc glabāšanas termiņa</translation>
    </message>
    <message>
        <source>Expired customers (erasure plan)</source>
        <translation>Klienti ar beigušos glabāšanas laiku (dzēšanas plāns)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Glabāšana</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Jādzēš</translation>
    </message>
    <message>
        <source>Records whose retention period has ended, per rule. The privacy policy promises they are deleted then; a legal hold keeps what it covers.</source>
        <translation>Ieraksti, kuru glabāšanas termiņš beidzies, pa noteikumiem. Privātuma politika sola, ka tad tos dzēš; juridiskā aizture saglabā to, ko tā aptver.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Noteikums</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jādzēš tagad</translation>
    </message>
    <message>
        <source>Started before</source>
        <translation>Sākušies pirms</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Ieraksti</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Tiesiskais pamatojums</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atjaunot</translation>
    </message>
    <message>
        <source>D&amp;ry run</source>
        <translation>&amp;Izmēģinājums</translation>
    </message>
    <message>
        <source>&amp;Delete now…</source>
        <translation>&amp;Dzēst tagad…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ai&amp;zvērt</translation>
    </message>
    <message>
        <source>would delete {n}</source>
        <translation>dzēstu: {n}</translation>
    </message>
    <message>
        <source>deleted {n}</source>
        <translation>dzēsti: {n}</translation>
    </message>
    <message>
        <source>Delete {n} records now? This cannot be undone. Each batch is committed on its own, so a cancel keeps what was already deleted.</source>
        <translation>Dzēst ierakstus ({n}) tagad? To nevar atsaukt. Katra partija tiek apstiprināta atsevišķi, tāpēc pēc atcelšanas jau dzēstais paliek dzēsts.</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Dzēst tagad</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Dzēš…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Skaita…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Atceļ pēc pašreizējās partijas…</translation>
    </message>
    <message>
        <source>Dry run: {n} records would be deleted. Nothing was changed.</source>
        <translation>Izmēģinājums: tiktu dzēsti ieraksti: {n}. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Deleted {n} records. The sweep is in the audit log.</source>
        <translation>Dzēsti ieraksti: {n}. Tīrīšana ir ierakstīta audita žurnālā.</translation>
    </message>
    <message>
        <source>Cancelled. The batches already deleted stay deleted; what is still due is shown above.</source>
        <translation>Atcelts. Jau dzēstās partijas paliek dzēstas; kas vēl jādzēš, redzams augstāk.</translation>
    </message>
</context>
<context>
    <name>RopaDialog</name>
    <message>
        <source>The whole register</source>
        <translation>Viss reģistrs</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saglabāt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Apstrādes darbība</translation>
    </message>
    <message>
        <source>What the app knows</source>
        <translation>Ko zina lietotne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>The office&apos;s text</source>
        <translation>Biroja teksts</translation>
    </message>
    <message>
        <source>Records of processing (Art. 30)</source>
        <translation>Apstrādes darbību reģistrs (VDAR 30. pants)</translation>
    </message>
    <message>
        <source>Data subjects (addition)</source>
        <translation>Datu subjekti (papildinājums)</translation>
    </message>
    <message>
        <source>Other recipients</source>
        <translation>Citi saņēmēji</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Drošības pasākumi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Contact for data protection</source>
        <translation>Kontaktpersona datu aizsardzības jautājumos</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Versija {n}</translation>
    </message>
    <message>
        <source>Version {n}, last changed by {who}</source>
        <translation>Versija {n}, pēdējās izmaiņas veica {who}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Mēģināt &amp;vēlreiz</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Atceļ…</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>What to include</source>
        <translation>Ko iekļaut</translation>
    </message>
    <message>
        <source>Choose what the package holds.</source>
        <translation>Izvēlieties, kas būs paketē.</translation>
    </message>
    <message>
        <source>&amp;Full copy (Art. 15): everything held about the person</source>
        <translation>&amp;Pilna kopija (15. pants): viss, kas par personu glabājas</translation>
    </message>
    <message>
        <source>&amp;Portable set (Art. 20): data the person gave or that was observed, processed on consent or contract</source>
        <translation>Pā&amp;rnesamie dati (20. pants): personas sniegtie vai novērotie dati, ko apstrādā uz piekrišanas vai līguma pamata</translation>
    </message>
    <message>
        <source>C&amp;hosen categories:</source>
        <translation>&amp;Izvēlētās kategorijas:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Customers</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Name, e-mail, phone, address, order number or IP</source>
        <translation>Vārds, e-pasts, tālrunis, adrese, pasūtījuma numurs vai IP</translation>
    </message>
    <message>
        <source>Type part of a name, e-mail, phone number, address, order number or IP address. Letter case and diacritics do not matter: berzins finds Bērziņš.</source>
        <translation>Ierakstiet daļu no vārda, e-pasta, tālruņa numura, adreses, pasūtījuma numura vai IP adreses. Lielie burti un garumzīmes nav svarīgi: berzins atrod Bērziņš.</translation>
    </message>
    <message>
        <source>Type at least two letters or digits.</source>
        <translation>Ierakstiet vismaz divus burtus vai ciparus.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Meklē…</translation>
    </message>
    <message>
        <source>No customer matches “{query}”.</source>
        <translation>Neviens klients neatbilst “{query}”.</translation>
    </message>
    <message>
        <source>Customers found: {count}. Enter opens the selected one.</source>
        <translation>Atrasti klienti: {count}. Enter atver atlasīto.</translation>
    </message>
    <message>
        <source>The best {count} matches are shown; type more to narrow them down.</source>
        <translation>Parādīti {count} labākie atbilstošie; rakstiet vairāk, lai sašaurinātu.</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <source>Source:</source>
        <translation>Avots:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Nolūks:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Tiesiskais pamats:</translation>
    </message>
    <message>
        <source>Nothing held.</source>
        <translation>Nekas netiek glabāts.</translation>
    </message>
    <message>
        <source>nothing held</source>
        <translation>nekas netiek glabāts</translation>
    </message>
    <message>
        <source>{shown} of {total} shown; scroll the table for more</source>
        <translation>parādīti {shown} no {total}; ritiniet tabulu, lai redzētu vairāk</translation>
    </message>
    <message>
        <source>{count} held</source>
        <translation>glabā: {count}</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Database server</source>
        <translation>Datubāzes serveris</translation>
    </message>
    <message>
        <source>Sign in to the database server</source>
        <translation>Pierakstīšanās datubāzes serverī</translation>
    </message>
    <message>
        <source>The office&apos;s database is on the server {url}. Type your password for it; whoever runs the server gave it to you.</source>
        <translation>Biroja datubāze atrodas serverī {url}. Ierakstiet savu paroli; to jums iedeva servera uzturētājs.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation>Atcerēties paroli šī datora atslēgu glabātuvē</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation>Lietotnes &amp;valoda:</translation>
    </message>
    <message>
        <source>Staff profile</source>
        <translation>Darbinieka profils</translation>
    </message>
    <message>
        <source>The audit log names this person for everything done at this computer. Only a manager can sign off a breach notice.</source>
        <translation>Audita žurnālā šī persona tiek norādīta kā visu šajā datorā veikto darbību izpildītājs. Paziņojumu par pārkāpumu var apstiprināt tikai vadītājs.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Vār&amp;ds:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Loma:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>Lie&amp;totāji…</translation>
    </message>
    <message>
        <source>&amp;Retention periods…</source>
        <translation>&amp;Glabāšanas termiņi…</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Vēstuļu veidlapa</translation>
    </message>
    <message>
        <source>Printed on every letter to customers and to the inspectorate. Kept in the database, so everyone using it shares the same letterhead.</source>
        <translation>Tiek drukāta uz katras vēstules klientiem un inspekcijai. Glabājas datubāzē, tāpēc visiem tās lietotājiem ir viena un tā pati veidlapa.</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Uzņēmuma nosaukums:</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>Reģistrācijas &amp;numurs:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adrese:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pasts:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Tālrunis:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Tī&amp;mekļa vietne:</translation>
    </message>
    <message>
        <source>&amp;Save letterhead</source>
        <translation>&amp;Saglabāt veidlapu</translation>
    </message>
    <message>
        <source>Letterhead saved. Fields changed: {count}.</source>
        <translation>Veidlapa saglabāta. Mainīti lauki: {count}.</translation>
    </message>
    <message>
        <source>Nothing to save: the letterhead is unchanged.</source>
        <translation>Nav ko saglabāt: veidlapa nav mainīta.</translation>
    </message>
    <message>
        <source>The letterhead has changes that are not saved.</source>
        <translation>Veidlapā ir nesaglabātas izmaiņas.</translation>
    </message>
</context>
<context>
    <name>SeverityDialog</name>
    <message>
        <source>Severity of {reference} (ENISA 2013)</source>
        <translation>{reference} smagums (ENISA 2013)</translation>
    </message>
    <message>
        <source>Data processing context (DPC): what kind of data</source>
        <translation>Datu apstrādes konteksts (DPC): kādi dati</translation>
    </message>
    <message>
        <source>&amp;1 — simple data</source>
        <translation>&amp;1 — vienkārši dati</translation>
    </message>
    <message>
        <source>Name, contact details, biographical data, education, family life, professional experience. Example: a supermarket&apos;s customer list.</source>
        <translation>Vārds, kontaktinformācija, biogrāfiski dati, izglītība, ģimenes dzīve, profesionālā pieredze. Piemērs: lielveikala klientu saraksts.</translation>
    </message>
    <message>
        <source>&amp;2 — behavioural data</source>
        <translation>&amp;2 — uzvedības dati</translation>
    </message>
    <message>
        <source>Location, traffic data, preferences and habits; an order history. Example: a luxury-goods shop&apos;s customer list.</source>
        <translation>Atrašanās vieta, datplūsmas dati, vēlmes un paradumi; pasūtījumu vēsture. Piemērs: luksusa preču veikala klientu saraksts.</translation>
    </message>
    <message>
        <source>&amp;3 — financial data</source>
        <translation>&amp;3 — finanšu dati</translation>
    </message>
    <message>
        <source>Income, transactions, bank statements, invoices, partial card data. Example: the delivery addresses of an adult shop (the context raises them).</source>
        <translation>Ienākumi, darījumi, bankas izraksti, rēķini, daļēji kartes dati. Piemērs: pieaugušo preču veikala piegādes adreses (konteksts tās paaugstina).</translation>
    </message>
    <message>
        <source>&amp;4 — sensitive data</source>
        <translation>&amp;4 — sensitīvi dati</translation>
    </message>
    <message>
        <source>Health, political opinions, religion, sexual life or orientation. Example: full card details that allow payments.</source>
        <translation>Veselība, politiskie uzskati, reliģija, dzimumdzīve vai seksuālā orientācija. Piemērs: pilni kartes dati, ar kuriem var veikt maksājumus.</translation>
    </message>
    <message>
        <source>Start from the most sensitive kind of data involved, then move the score for the context (it stays 1 to 4). Up: much data about the same person; a shop whose customer list itself says something (an online pharmacy rather than a stationery shop); vulnerable people such as minors. Down: data known to be wrong, data public before the breach, data revealing less than its kind suggests.</source>
        <translation>Sāciet no sensitīvākā iesaistīto datu veida, tad pielāgojiet vērtējumu kontekstam (tas paliek no 1 līdz 4). Uz augšu: daudz datu par vienu personu; veikals, kura klientu saraksts pats par sevi kaut ko atklāj (tiešsaistes aptieka, nevis kancelejas preču veikals); neaizsargātas personas, piemēram, nepilngadīgie. Uz leju: dati, kas zināmi kā nepareizi, dati, kas bija publiski jau pirms pārkāpuma, dati, kas atklāj mazāk, nekā liecina to veids.</translation>
    </message>
    <message>
        <source>Ease of identification (EI)</source>
        <translation>Identificēšanas vieglums (EI)</translation>
    </message>
    <message>
        <source>Ne&amp;gligible (× 0.25)</source>
        <translation>&amp;Niecīgs (× 0.25)</translation>
    </message>
    <message>
        <source>Matching the data to a person is extremely difficult, though possible.</source>
        <translation>Sasaistīt datus ar personu ir ārkārtīgi grūti, lai gan iespējams.</translation>
    </message>
    <message>
        <source>&amp;Limited (× 0.5)</source>
        <translation>&amp;Ierobežots (× 0.5)</translation>
    </message>
    <message>
        <source>Possible, but with difficulty: it needs data the recipient is unlikely to have.</source>
        <translation>Iespējams, bet grūti: vajag datus, kuru saņēmējam, visticamāk, nav.</translation>
    </message>
    <message>
        <source>&amp;Significant (× 0.75)</source>
        <translation>&amp;Būtisks (× 0.75)</translation>
    </message>
    <message>
        <source>Relatively easy: e.g. an e-mail address or a customer number.</source>
        <translation>Salīdzinoši viegli: piemēram, e-pasta adrese vai klienta numurs.</translation>
    </message>
    <message>
        <source>&amp;Maximum (× 1)</source>
        <translation>&amp;Maksimāls (× 1)</translation>
    </message>
    <message>
        <source>Directly identifying: names with addresses, personal codes, photos.</source>
        <translation>Tieši identificē: vārdi ar adresēm, personas kodi, fotoattēli.</translation>
    </message>
    <message>
        <source>Circumstances of the breach (CB): points added</source>
        <translation>Pārkāpuma apstākļi (CB): pieskaitāmie punkti</translation>
    </message>
    <message>
        <source>Loss of &amp;confidentiality:</source>
        <translation>&amp;Konfidencialitātes zudums:</translation>
    </message>
    <message>
        <source>Loss of &amp;integrity:</source>
        <translation>In&amp;tegritātes zudums:</translation>
    </message>
    <message>
        <source>Loss of &amp;availability:</source>
        <translation>&amp;Pieejamības zudums:</translation>
    </message>
    <message>
        <source>Malicious i&amp;ntent:</source>
        <translation>Ļa&amp;unprātīgs nolūks:</translation>
    </message>
    <message>
        <source>0 — exposed to a risk, no evidence of unlawful processing</source>
        <translation>0 — pakļauti riskam, nav pierādījumu par nelikumīgu apstrādi</translation>
    </message>
    <message>
        <source>+0.25 — disclosed to a known number of recipients</source>
        <translation>+0.25 — atklāti zināmam skaitam saņēmēju</translation>
    </message>
    <message>
        <source>+0.5 — disclosed to an unknown number of recipients (e.g. published)</source>
        <translation>+0.5 — atklāti nezināmam skaitam saņēmēju (piem., publicēti)</translation>
    </message>
    <message>
        <source>0 — altered, but no wrong or illegal use found (or recovered first)</source>
        <translation>0 — izmainīti, bet nepareiza vai nelikumīga izmantošana nav konstatēta (vai atjaunoti laikus)</translation>
    </message>
    <message>
        <source>+0.25 — altered and possibly misused, but recoverable</source>
        <translation>+0.25 — izmainīti un, iespējams, ļaunprātīgi izmantoti, bet atjaunojami</translation>
    </message>
    <message>
        <source>+0.5 — altered and possibly misused, not recoverable</source>
        <translation>+0.5 — izmainīti un, iespējams, ļaunprātīgi izmantoti, nav atjaunojami</translation>
    </message>
    <message>
        <source>0 — recoverable without difficulty (copies, backups)</source>
        <translation>0 — atjaunojami bez grūtībām (kopijas, rezerves kopijas)</translation>
    </message>
    <message>
        <source>+0.25 — temporarily unavailable: recovery takes work, or people can give the data again</source>
        <translation>+0.25 — īslaicīgi nepieejami: atjaunošana prasa darbu, vai personas var datus sniegt vēlreiz</translation>
    </message>
    <message>
        <source>+0.5 — fully unavailable: no backup, cannot be obtained again</source>
        <translation>+0.5 — pilnībā nepieejami: nav rezerves kopijas, nevar iegūt no jauna</translation>
    </message>
    <message>
        <source>0 — an accident or an error</source>
        <translation>0 — nejaušība vai kļūda</translation>
    </message>
    <message>
        <source>+0.5 — intentional: theft, hacking, sale, meant to harm</source>
        <translation>+0.5 — tīšs: zādzība, uzlaušana, pārdošana, nolūks kaitēt</translation>
    </message>
    <message>
        <source>Not in the score, but weigh them too: how many people are affected, and whether the data were unintelligible to others (e.g. properly encrypted, the key safe).</source>
        <translation>Vērtējumā neietilpst, bet ņemiet vērā arī to, cik personu skarts un vai dati citiem bija nesaprotami (piemēram, pienācīgi šifrēti, atslēga drošībā).</translation>
    </message>
    <message>
        <source>Choose the DPC and the EI to see the score.</source>
        <translation>Izvēlieties DPC un EI, lai redzētu vērtējumu.</translation>
    </message>
    <message>
        <source>SE = {dpc} × {ei} + {cb} = {score}: {level}</source>
        <translation>SE = {dpc} × {ei} + {cb} = {score}: {level}</translation>
    </message>
    <message>
        <source>Low: no effect on people, or a few inconveniences they overcome easily.</source>
        <translation>Zems: nekādas ietekmes uz personām vai dažas neērtības, ko tās viegli pārvar.</translation>
    </message>
    <message>
        <source>Medium: significant inconveniences, overcome with some difficulty.</source>
        <translation>Vidējs: būtiskas neērtības, ko pārvar ar zināmām grūtībām.</translation>
    </message>
    <message>
        <source>High: significant consequences, overcome only with serious difficulty.</source>
        <translation>Augsts: būtiskas sekas, ko pārvar tikai ar nopietnām grūtībām.</translation>
    </message>
    <message>
        <source>Very high: significant or even irreversible consequences.</source>
        <translation>Ļoti augsts: būtiskas vai pat neatgriezeniskas sekas.</translation>
    </message>
    <message>
        <source>Suggested duty: {duty}.</source>
        <translation>Ieteiktais pienākums: {duty}.</translation>
    </message>
    <message>
        <source>Choose a score for the DPC and for the EI.</source>
        <translation>Izvēlieties vērtējumu DPC un EI.</translation>
    </message>
</context>
<context>
    <name>ShopDataPage</name>
    <message>
        <source>WooCommerce shop (customers, guests, orders)</source>
        <translation>WooCommerce veikals (klienti, viesi, pasūtījumi)</translation>
    </message>
    <message>
        <source>Shop data</source>
        <translation>Veikala dati</translation>
    </message>
    <message>
        <source>Shop CSV export</source>
        <translation>Veikala CSV eksports</translation>
    </message>
    <message>
        <source>Newsletter list (Mailchimp / MailerLite)</source>
        <translation>Jaunumu saraksts (Mailchimp / MailerLite)</translation>
    </message>
    <message>
        <source>Web-server access logs</source>
        <translation>Tīmekļa servera piekļuves žurnāli</translation>
    </message>
    <message>
        <source>Customers and orders come from the shop, or from its CSV exports; newsletter lists and the web server&apos;s logs come as files. Preview counts what an import would change without changing anything; Import writes it. Importing again applies only what changed since.</source>
        <translation>Klienti un pasūtījumi nāk no veikala vai no tā CSV eksportiem; jaunumu saraksti un tīmekļa servera žurnāli nāk kā faili. Priekšskatījums saskaita, ko imports mainītu, neko nemainot; Importēt to ieraksta. Atkārtots imports ieraksta tikai to, kas kopš tā laika mainījies.</translation>
    </message>
    <message>
        <source>Choose &amp;file(s)…</source>
        <translation>Izvēlēties &amp;failus…</translation>
    </message>
    <message>
        <source>Check c&amp;olumns…</source>
        <translation>Pārbaudīt &amp;kolonnas…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Pēdējā palaišana</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jauni</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atjaunināti</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nemainīti</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Noraidīti</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Priekšskatīt</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Atcelt</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Daļa</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Id in the source</source>
        <translation>ID avotā</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Eksportēt uz CSV…</translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>Importēt &amp;vēlreiz</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importēt</translation>
    </message>
    <message>
        <source>Rejected rows of the last run: {count}</source>
        <translation>Pēdējās palaišanas noraidītās rindas: {count}</translation>
    </message>
    <message>
        <source>· Imported, but to look at: {count}</source>
        <translation>· Importētas, bet jāpārskata: {count}</translation>
    </message>
    <message>
        <source>{part} (warning)</source>
        <translation>{part} (brīdinājums)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>pabeigta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>atcelta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>neizdevās</translation>
    </message>
    <message>
        <source>preview {outcome}</source>
        <translation>priekšskatījums: {outcome}</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klienti</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>viesi</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pasūtījumi</translation>
    </message>
    <message>
        <source>Connecting to the shop…</source>
        <translation>Savienojas ar veikalu…</translation>
    </message>
    <message>
        <source>Choose a file first: Choose file(s)…, or drop it on this page.</source>
        <translation>Vispirms izvēlieties failu: Izvēlēties failus… vai ievelciet to šajā lapā.</translation>
    </message>
    <message>
        <source>Reading {files}…</source>
        <translation>Lasa {files}…</translation>
    </message>
    <message>
        <source>Preview cancelled: nothing was changed.</source>
        <translation>Priekšskatījums atcelts: nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Import cancelled. Only whole batches were saved; the counts above show what was saved.</source>
        <translation>Imports atcelts. Saglabātas tika tikai veselas paketes; skaitļi augstāk rāda, kas tika saglabāts.</translation>
    </message>
    <message>
        <source>Preview finished: nothing was changed.</source>
        <translation>Priekšskatījums pabeigts: nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Imports pabeigts.</translation>
    </message>
    <message>
        <source>Imported, but to look at: {count} (see the warnings below).</source>
        <translation>Importētas, bet jāpārskata: {count} (skatiet brīdinājumus zemāk).</translation>
    </message>
    <message>
        <source>Reading the logs: {percent}%…</source>
        <translation>Lasa žurnālus: {percent}%…</translation>
    </message>
    <message>
        <source>Writing: {done} of {total}…</source>
        <translation>Raksta: {done} no {total}…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lasa failu…</translation>
    </message>
    <message>
        <source>Downloading: {done} records so far…</source>
        <translation>Lejupielādē: līdz šim {done} ieraksti…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Atceļ pēc pašreizējās paketes…</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Eksportēt noraidītās rindas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faili (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written ({detail}).</source>
        <translation>CSV failu neizdevās ierakstīt ({detail}).</translation>
    </message>
    <message>
        <source>Rejected rows saved to {path}.</source>
        <translation>Noraidītās rindas saglabātas failā {path}.</translation>
    </message>
    <message>
        <source>Drop files here to import them: {kinds}.</source>
        <translation>Ievelciet šeit failus, lai tos importētu: {kinds}.</translation>
    </message>
    <message>
        <source>No file can be imported here yet: the shop&apos;s data comes from WooCommerce (Import above).</source>
        <translation>Šeit vēl nevar importēt nevienu failu: veikala dati nāk no WooCommerce (Importēt augstāk).</translation>
    </message>
    <message>
        <source>Not imported: {files}. Files that can be dropped here: {kinds}.</source>
        <translation>Nav importēts: {files}. Šeit var ievilkt šādus failus: {kinds}.</translation>
    </message>
    <message>
        <source>Not imported: {files}. No file can be imported here yet; the shop&apos;s data comes from WooCommerce.</source>
        <translation>Nav importēts: {files}. Šeit vēl nevar importēt nevienu failu; veikala dati nāk no WooCommerce.</translation>
    </message>
    <message>
        <source>a shop CSV export or a newsletter list (.csv)</source>
        <translation>veikala CSV eksports vai jaunumu saraksts (.csv)</translation>
    </message>
    <message>
        <source>a Mailchimp audience export (.zip)</source>
        <translation>Mailchimp auditorijas eksports (.zip)</translation>
    </message>
    <message>
        <source>web-server access logs (access.log, access.log.1, .gz)</source>
        <translation>tīmekļa servera piekļuves žurnāli (access.log, access.log.1, .gz)</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Izvēlieties importējamos failus</translation>
    </message>
    <message>
        <source>Shop files (*.csv *.txt *.zip *.log *.gz);;All files (*)</source>
        <translation>Veikala faili (*.csv *.txt *.zip *.log *.gz);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Newsletter list</source>
        <translation>Jaunumu saraksts</translation>
    </message>
    <message>
        <source>Which service is {name} an export of?</source>
        <translation>Kura pakalpojuma eksports ir {name}?</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pasūtījumi</translation>
    </message>
    <message>
        <source>What does {name} list?</source>
        <translation>Ko uzskaita {name}?</translation>
    </message>
    <message>
        <source>the {preset} export</source>
        <translation>{preset} eksports</translation>
    </message>
    <message>
        <source>columns as in the last file of this shape</source>
        <translation>kolonnas kā pēdējā šādas formas failā</translation>
    </message>
    <message>
        <source>columns chosen by hand</source>
        <translation>kolonnas izvēlētas ar roku</translation>
    </message>
    <message>
        <source>log files: {count}</source>
        <translation>žurnālfaili: {count}</translation>
    </message>
    <message>
        <source>Chosen: {files} ({what}). Preview or Import it.</source>
        <translation>Izvēlēts: {files} ({what}). Priekšskatiet vai importējiet to.</translation>
    </message>
</context>
<context>
    <name>ShopSettingsBox</name>
    <message>
        <source>Shop</source>
        <translation>Veikals</translation>
    </message>
    <message>
        <source>The WooCommerce shop the customers and orders come from (WooCommerce › Settings › Advanced › REST API, read access). Address and key are kept in the database; the secret in this computer&apos;s keychain.</source>
        <translation>WooCommerce veikals, no kura nāk klienti un pasūtījumi (WooCommerce › Settings › Advanced › REST API, lasīšanas piekļuve). Adrese un atslēga tiek glabātas datubāzē, noslēpums — šī datora atslēgu glabātuvē.</translation>
    </message>
    <message>
        <source>The WooCommerce shop the customers and orders come from. This computer has no keychain, so the secret cannot be saved here: set it in the environment variable MINIME_ADMIN_SHOP_SECRET before starting the app.</source>
        <translation>WooCommerce veikals, no kura nāk klienti un pasūtījumi. Šim datoram nav atslēgu glabātuves, tāpēc noslēpumu šeit nevar saglabāt: pirms lietotnes palaišanas norādiet to vides mainīgajā MINIME_ADMIN_SHOP_SECRET.</translation>
    </message>
    <message>
        <source>Shop a&amp;ddress:</source>
        <translation>Veikala a&amp;drese:</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>Patērētāja &amp;atslēga:</translation>
    </message>
    <message>
        <source>Consumer secre&amp;t:</source>
        <translation>Patērētāja &amp;noslēpums:</translation>
    </message>
    <message>
        <source>Certificate aut&amp;hority (optional):</source>
        <translation>Sertifikātu &amp;iestāde (nav obligāta):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pā&amp;rlūkot…</translation>
    </message>
    <message>
        <source>Save sh&amp;op settings</source>
        <translation>Saglabāt &amp;veikala iestatījumus</translation>
    </message>
    <message>
        <source>Test connect&amp;ion</source>
        <translation>Pārbaudīt savien&amp;ojumu</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace it</source>
        <translation>glabājas atslēgu glabātuvē; ierakstiet, lai aizstātu</translation>
    </message>
    <message>
        <source>from MINIME_ADMIN_SHOP_SECRET</source>
        <translation>no MINIME_ADMIN_SHOP_SECRET</translation>
    </message>
    <message>
        <source>Shop settings saved.</source>
        <translation>Veikala iestatījumi saglabāti.</translation>
    </message>
    <message>
        <source>Asking the shop…</source>
        <translation>Vaicā veikalam…</translation>
    </message>
    <message>
        <source>Connected to {host}: {customers} customers, {orders} orders.</source>
        <translation>Savienojums ar {host} izveidots: {customers} klienti, {orders} pasūtījumi.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Pierakstīšanās</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Kurš strādā?</translation>
    </message>
    <message>
        <source>This database has several users. Choose yourself: the audit log names you for everything done until the app is closed, and letters carry your title.</source>
        <translation>Šai datubāzei ir vairāki lietotāji. Izvēlieties sevi: audita žurnālā pie visa, kas paveikts līdz lietotnes aizvēršanai, būs jūsu vārds, un vēstulēs — jūsu amats.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Lietotājs:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Pierakstīties</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Vēlāk</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off {reference}</source>
        <translation>Apstiprināt {reference}</translation>
    </message>
    <message>
        <source>The manager&apos;s signature covers the exact content of the breach record and of every output made from it. Any later change voids the sign-off, and nothing final can be made until a manager signs again.</source>
        <translation>Vadītāja paraksts aptver precīzu pārkāpuma ieraksta un katra no tā sagatavotā dokumenta saturu. Jebkuras vēlākas izmaiņas anulē apstiprinājumu, un neko galīgu nevar sagatavot, līdz vadītājs parakstās vēlreiz.</translation>
    </message>
    <message>
        <source>&amp;Checked: the number of people in the facts is right.</source>
        <translation>Pār&amp;baudīts: personu skaits faktos ir pareizs.</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Vadītājs:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <source>No manager is set up yet. Add one in Settings › Users…, or with minime-admin users add --role manager.</source>
        <translation>Vēl nav neviena vadītāja. Pievienojiet to sadaļā Iestatījumi › Lietotāji… vai ar komandu minime-admin users add --role manager.</translation>
    </message>
    <message>
        <source>Confirm the number of people above, or cancel and correct it in the facts.</source>
        <translation>Apstipriniet augstāk norādīto personu skaitu vai atceliet un izlabojiet to faktos.</translation>
    </message>
    <message>
        <source>Choose the manager and type their password.</source>
        <translation>Izvēlieties vadītāju un ievadiet viņa paroli.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Creating the demo database with fictional customers…</source>
        <translation>Veido demonstrācijas datubāzi ar izdomātiem klientiem…</translation>
    </message>
    <message>
        <source>No database at {path}. Create a new encrypted database here?</source>
        <translation>Norādītajā vietā {path} nav datubāzes. Vai izveidot šeit jaunu šifrētu datubāzi?</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Jauna datubāze</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Atjaunot no rezerves kopijas…</translation>
    </message>
    <message>
        <source>{reason}

Try again, or open the encrypted file on this computer this time ({path}).</source>
        <translation>{reason}

Mēģiniet vēlreiz vai šoreiz atveriet šī datora šifrēto failu ({path}).</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Datubāzes serveris</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Mēģināt vēlreiz</translation>
    </message>
    <message>
        <source>&amp;Open this computer&apos;s file</source>
        <translation>&amp;Atvērt šī datora failu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
</context>
<context>
    <name>StatusChips</name>
    <message>
        <source>Show only requests with this status</source>
        <translation>Rādīt tikai pieprasījumus ar šo statusu</translation>
    </message>
</context>
<context>
    <name>SubjectPage</name>
    <message>
        <source>No customer chosen yet.</source>
        <translation>Klients vēl nav izvēlēts.</translation>
    </message>
    <message>
        <source>Customer no. {id}: {name}</source>
        <translation>Klients nr. {id}: {name}</translation>
    </message>
    <message>
        <source>Request and customer</source>
        <translation>Pieprasījums un klients</translation>
    </message>
    <message>
        <source>Whose data is it? Check the request you are answering and the customer.</source>
        <translation>Kura dati? Pārbaudiet, uz kuru pieprasījumu atbildat, un klientu.</translation>
    </message>
    <message>
        <source>The open request this answers; its timeline records what is done.</source>
        <translation>Atvērtais pieprasījums, uz ko šī ir atbilde; tā vēsturē ierakstās paveiktais.</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number</source>
        <translation>Vārds, e-pasts, tālrunis vai pasūtījuma numurs</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Meklēt</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klients:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Pieprasījums:</translation>
    </message>
    <message>
        <source>Find the &amp;customer:</source>
        <translation>Atrodiet &amp;klientu:</translation>
    </message>
    <message>
        <source>{reference} · {type} · from {name}</source>
        <translation>{reference} · {type} · iesniedzējs: {name}</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>nr. {id}</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>IEROBEŽOTS</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Neviens nav atrasts.</translation>
    </message>
    <message>
        <source>Choose the customer below.</source>
        <translation>Izvēlieties klientu zemāk.</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>DVI notified: {reference}</source>
        <translation>DVI paziņots: {reference}</translation>
    </message>
    <message>
        <source>Record the submission once the notice has reached the Data State Inspectorate. Saving the PDF is not notifying; the 72-hour clock stops at the time entered here.</source>
        <translation>Reģistrējiet iesniegšanu, kad paziņojums ir nonācis Datu valsts inspekcijā. PDF saglabāšana nav paziņošana; 72 stundu termiņa skaitīšana apstājas šeit ievadītajā laikā.</translation>
    </message>
    <message>
        <source>&amp;Submitted at (Riga):</source>
        <translation>&amp;Iesniegts (Rīgas laikā):</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>DVI &amp;reference number:</source>
        <translation>DVI &amp;reģistrācijas numurs:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— izvēlieties —</translation>
    </message>
    <message>
        <source>if the DVI gave one</source>
        <translation>ja DVI to piešķīra</translation>
    </message>
    <message>
        <source>Choose how the notice was submitted.</source>
        <translation>Izvēlieties, kā paziņojums tika iesniegts.</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Rīki</translation>
    </message>
    <message>
        <source>&amp;Export customer data…</source>
        <translation>&amp;Eksportēt klienta datus…</translation>
    </message>
    <message>
        <source>E&amp;rase customer data…</source>
        <translation>&amp;Dzēst klienta datus…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Glabāšana…</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>{reference}: {status}</source>
        <translation>{reference}: {status}</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Izvēlieties iemeslu…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Iemesls:</translation>
    </message>
    <message>
        <source>Choose the exception…</source>
        <translation>Izvēlieties izņēmumu…</translation>
    </message>
    <message>
        <source>Art. 17(3) e&amp;xception:</source>
        <translation>17. panta 3. punkta i&amp;zņēmums:</translation>
    </message>
    <message>
        <source>&amp;Identity confirmed by:</source>
        <translation>&amp;Identitāte apstiprināta ar:</translation>
    </message>
    <message>
        <source>The refusal letter tells the person the reason and their right to complain to the Data State Inspectorate and to seek a remedy in court (Art. 12(4)). Write out the ground the letter gives: why the request is manifestly unfounded or excessive, why the exception applies, or which compelling grounds override the objection.</source>
        <translation>Atteikuma vēstulē personai norāda iemeslu un tās tiesības iesniegt sūdzību Datu valsts inspekcijai un vērsties tiesā (12. panta 4. punkts). Uzrakstiet pamatojumu, ko norādīs vēstulē: kāpēc pieprasījums ir acīmredzami nepamatots vai pārmērīgs, kāpēc piemērojams izņēmums vai kādi pārliecinoši iemesli ir svarīgāki par iebildumu.</translation>
    </message>
    <message>
        <source>The legal deadline keeps running while the request is on hold.</source>
        <translation>Kamēr pieprasījums ir apturēts, juridiskais termiņš turpina ritēt.</translation>
    </message>
    <message>
        <source>This request came by phone, letter or in person: record how the person&apos;s identity was checked before work starts.</source>
        <translation>Šis pieprasījums saņemts pa tālruni, vēstulē vai klātienē: pirms darba sākšanas ierakstiet, kā tika pārbaudīta personas identitāte.</translation>
    </message>
    <message>
        <source>A closed request cannot be reopened.</source>
        <translation>Slēgtu pieprasījumu nevar atvērt no jauna.</translation>
    </message>
    <message>
        <source>Reason &amp;written out:</source>
        <translation>Iemesla &amp;apraksts:</translation>
    </message>
    <message>
        <source>&amp;Outcome note:</source>
        <translation>&amp;Piezīme par iznākumu:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Piezīme:</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock database</source>
        <translation>Atslēgt datubāzi</translation>
    </message>
    <message>
        <source>Unlock the encrypted database</source>
        <translation>Atslēdziet šifrēto datubāzi</translation>
    </message>
    <message>
        <source>Type the recovery key of {path} to open it on this computer. The key is then kept in this computer&apos;s keychain, where there is one.</source>
        <translation>Ievadiet datubāzes {path} atkopšanas atslēgu, lai to atvērtu šajā datorā. Pēc tam atslēga tiks saglabāta šī datora atslēgu glabātuvē, ja tāda ir.</translation>
    </message>
    <message>
        <source>{path} is encrypted, and this computer&apos;s keychain does not hold its key. Type its passphrase or its recovery key.</source>
        <translation>Datubāze {path} ir šifrēta, un šī datora atslēgu glabātuvē nav tās atslēgas. Ievadiet tās paroles frāzi vai atkopšanas atslēgu.</translation>
    </message>
    <message>
        <source>The recovery key is on the recovery sheet printed when the database was created: eleven groups of five letters and digits. Dashes and spaces do not matter.</source>
        <translation>Atkopšanas atslēga ir atkopšanas lapā, kas tika izdrukāta, kad datubāzi izveidoja: vienpadsmit grupas pa piecām rakstzīmēm (burti un cipari). Domuzīmēm un atstarpēm nav nozīmes.</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Paroles frāze vai atkopšanas atslēga:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Rādīt ievadīto</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Atslēgt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Atslēdz…</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Save them before another breach is shown?</source>
        <translation>Vai saglabāt tās, pirms tiek parādīts cits pārkāpums?</translation>
    </message>
    <message>
        <source>Save them before a new breach is opened?</source>
        <translation>Vai saglabāt tās, pirms tiek reģistrēts jauns pārkāpums?</translation>
    </message>
    <message>
        <source>Save them before the breach is signed off?</source>
        <translation>Vai saglabāt tās, pirms pārkāpuma lieta tiek apstiprināta?</translation>
    </message>
    <message>
        <source>Save them before minime-admin closes?</source>
        <translation>Vai saglabāt tās, pirms lietotne minime-admin tiek aizvērta?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesaglabātas izmaiņas</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>What each page is for</source>
        <translation>Kam paredzēta katra lapa</translation>
    </message>
    <message>
        <source>Inbox: every request a person makes about their data, with its due date. Overdue requests are red and those due within a week amber; select one to see the person&apos;s own words, its timeline and the steps it may take next.</source>
        <translation>Pieprasījumi: katrs pieprasījums, ko cilvēks iesniedz par saviem datiem, ar tā izpildes termiņu. Nokavētie pieprasījumi ir sarkani, bet tie, kuru termiņš beidzas nedēļas laikā, — dzelteni; atlasiet pieprasījumu, lai redzētu cilvēka paša vārdus, tā vēsturi un nākamos iespējamos soļus.</translation>
    </message>
    <message>
        <source>Customers: find a person by name, e-mail, phone, address or order number and see everything the shop holds about them. The app asks why you open a customer and writes it in the audit log.</source>
        <translation>Klienti: atrodiet cilvēku pēc vārda, e-pasta, tālruņa, adreses vai pasūtījuma numura un skatiet visu, ko veikals par viņu glabā. Lietotne jautā, kāpēc atverat klientu, un ieraksta to audita žurnālā.</translation>
    </message>
    <message>
        <source>Breaches: record a personal data breach as soon as you learn of it. The page shows how many of the 72 hours for telling the Data State Inspectorate are left, and prepares the notices a manager signs off.</source>
        <translation>Pārkāpumi: reģistrējiet personas datu aizsardzības pārkāpumu, tiklīdz par to uzzināt. Lapa rāda, cik no 72 stundām, kas dotas Datu valsts inspekcijas informēšanai, vēl atlikušas, un sagatavo paziņojumus, ko apstiprina vadītājs.</translation>
    </message>
    <message>
        <source>Shop data: bring in customers and orders from the shop, newsletter lists and web-server logs, so that searches, copies and erasures cover all the data.</source>
        <translation>Veikala dati: importējiet klientus un pasūtījumus no veikala, jaunumu sarakstus un tīmekļa servera žurnālus, lai meklēšana, kopijas un dzēšana aptvertu visus datus.</translation>
    </message>
    <message>
        <source>Reports: how requests were handled per month, with charts; the records of processing (Art. 30) with the fields the office writes; and the inspection pack a manager signs for the Data State Inspectorate.</source>
        <translation>Pārskati: kā pieprasījumi izskatīti katrā mēnesī, ar diagrammām; apstrādes darbību reģistrs (VDAR 30. pants) ar laukiem, ko aizpilda birojs; un pārbaudes pakete, ko vadītājs paraksta Datu valsts inspekcijai.</translation>
    </message>
    <message>
        <source>Audit log: who looked at or changed whose data, when and why. The Verify chain button checks that no entry was altered or removed.</source>
        <translation>Audita žurnāls: kurš, kad un kāpēc skatīja vai mainīja kā datus. Poga “Pārbaudīt ķēdi” pārbauda, vai neviens ieraksts nav mainīts vai dzēsts.</translation>
    </message>
    <message>
        <source>Settings: the language, your staff profile, the users, the deadlines and holidays, the letterhead and the shop connection.</source>
        <translation>Iestatījumi: valoda, jūsu darbinieka profils, lietotāji, termiņi un svētku dienas, vēstuļu veidlapa un savienojums ar veikalu.</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>Pirmā diena</translation>
    </message>
    <message>
        <source>Open the office database; on the very first start the app offers to create it.</source>
        <translation>Atveriet biroja datubāzi; pašā pirmajā palaišanas reizē lietotne piedāvā to izveidot.</translation>
    </message>
    <message>
        <source>When the database is created, the app shows its recovery key once. Save the recovery sheet, print it and keep it locked away: it is the only way to open the data on another computer.</source>
        <translation>Kad datubāze ir izveidota, lietotne vienu reizi parāda tās atkopšanas atslēgu. Saglabājiet atkopšanas lapu, izdrukājiet to un glabājiet slēdzamā vietā: tikai ar to datus var atvērt citā datorā.</translation>
    </message>
    <message>
        <source>At the first start the app asks for the database&apos;s first manager (name, title and password), then for your own name and title, which your letters are signed with. No letter is made until you have said who you are; your name can be changed later in Settings › Staff profile.</source>
        <translation>Pirmajā palaišanā lietotne prasa datubāzes pirmo vadītāju (vārdu, uzvārdu, amatu un paroli), pēc tam Jūsu vārdu, uzvārdu un amatu, ar ko tiek parakstītas Jūsu vēstules. Kamēr neesat norādījis, kas esat, neviena vēstule netiek izveidota; vārdu vēlāk var mainīt sadaļā Iestatījumi › Darbinieka profils.</translation>
    </message>
    <message>
        <source>The manager adds the office&apos;s users with Settings › Users…; a manager&apos;s password is needed to sign off breach notices.</source>
        <translation>Vadītājs pievieno biroja lietotājus ar “Iestatījumi › Lietotāji…”; pārkāpumu paziņojumu apstiprināšanai vajadzīga vadītāja parole.</translation>
    </message>
    <message>
        <source>Fill in the letterhead in Settings, so that every letter carries the shop&apos;s name and contact details.</source>
        <translation>Aizpildiet vēstuļu veidlapu sadaļā “Iestatījumi”, lai katrā vēstulē būtu veikala nosaukums un kontaktinformācija.</translation>
    </message>
    <message>
        <source>Connect the shop in Settings › Shop and test the connection, then bring in its data on the Shop data page.</source>
        <translation>Savienojiet lietotni ar veikalu sadaļā “Iestatījumi › Veikals” un pārbaudiet savienojumu, pēc tam importējiet veikala datus lapā “Veikala dati”.</translation>
    </message>
    <message>
        <source>Set up the office mailbox in Settings › Mailbox and test the connection: letters are then sent by e-mail from the letter dialog, each recorded once the mail server has accepted it.</source>
        <translation>Iestatiet biroja pastkasti sadaļā Iestatījumi › Pastkaste un pārbaudiet savienojumu: tad vēstules var sūtīt pa e-pastu no vēstules loga, un katra tiek reģistrēta, tiklīdz pasta serveris to ir pieņēmis.</translation>
    </message>
    <message>
        <source>In Settings › Deadlines, add any one-off public holiday the government declares; the usual Latvian holidays are already known.</source>
        <translation>Sadaļā “Iestatījumi › Termiņi” pievienojiet katru vienreizējo svētku dienu, ko izsludina valdība; parastās Latvijas svētku dienas lietotne jau zina.</translation>
    </message>
    <message>
        <source>Mail in and out</source>
        <translation>E-pasts: saņemšana un sūtīšana</translation>
    </message>
    <message>
        <source>Fetch mail in the inbox reads the new messages in the office mailbox&apos;s folder, and while the app is open it does so on its own as often as Settings › Mailbox says. Each message is proposed as a request in the same confirmation as a dropped e-mail file: open it as a request or set it aside. Bounces and automatic replies are listed as skipped, not proposed.</source>
        <translation>Poga “Saņemt pastu” iesūtnē nolasa jaunās vēstules biroja pastkastes mapē, un, kamēr lietotne ir atvērta, tā to dara arī pati tik bieži, cik norādīts sadaļā Iestatījumi › Pastkaste. Katra vēstule tiek piedāvāta kā pieprasījums tajā pašā apstiprinājuma logā kā ievilkts e-pasta fails: atveriet to kā pieprasījumu vai atlieciet malā. Neveiksmīgas piegādes paziņojumi un automātiskās atbildes tiek uzskaitītas kā izlaistas, nevis piedāvātas.</translation>
    </message>
    <message>
        <source>Nothing is deleted from the mail server, and nothing there is marked read. With a folder set under “Copy fetched mail to”, each message the app takes is also copied there; the original stays where it arrived. A message is taken only once, however often mail is fetched.</source>
        <translation>No pasta servera nekas netiek dzēsts, un nekas tur netiek atzīmēts kā izlasīts. Ja laukā “Saņemto pastu kopēt uz” ir norādīta mape, katra vēstule, ko lietotne paņem, tiek arī nokopēta tur; oriģināls paliek tur, kur tas pienāca. Katra vēstule tiek paņemta tikai vienreiz, lai cik bieži pastu saņemtu.</translation>
    </message>
    <message>
        <source>Send by e-mail in the letter dialog sends the letter as a PDF to the requester&apos;s address, from the office&apos;s address, and files it on the request&apos;s timeline only once the mail server has accepted it. If the app stopped at that very moment, it asks before sending that letter again: look in the office&apos;s sent folder first.</source>
        <translation>Poga “Sūtīt pa e-pastu” vēstules logā nosūta vēstuli kā PDF uz pieprasītāja adresi no biroja adreses un ieraksta to pieprasījuma vēsturē tikai tad, kad pasta serveris to ir pieņēmis. Ja lietotne apstājās tieši tajā brīdī, pirms šīs vēstules atkārtotas sūtīšanas tā pajautā: vispirms ieskatieties biroja nosūtīto vēstuļu mapē.</translation>
    </message>
    <message>
        <source>Export packages are never sent by e-mail: hand them over by one of the ways the export wizard offers.</source>
        <translation>Eksporta paketes nekad nesūta pa e-pastu: nododiet tās kādā no veidiem, ko piedāvā eksporta vednis.</translation>
    </message>
    <message>
        <source>Where the deadlines come from</source>
        <translation>No kurienes rodas termiņi</translation>
    </message>
    <message>
        <source>A request must be answered within one month of the day it was received (GDPR Article 12(3)). The day of receipt is not counted, and a deadline that falls on a weekend or a Latvian public holiday moves to the next working day.</source>
        <translation>Uz pieprasījumu jāatbild viena mēneša laikā no tā saņemšanas dienas (VDAR 12. panta 3. punkts). Saņemšanas dienu neskaita, un termiņš, kas iekrīt brīvdienā vai Latvijas svētku dienā, pārceļas uz nākamo darba dienu.</translation>
    </message>
    <message>
        <source>The deadline may be extended once, by two more months, and only within the first month; the person must be told why. Each due date shows how it was counted, and the office&apos;s own target (14 days unless changed) is shown beside it.</source>
        <translation>Termiņu var pagarināt vienu reizi, vēl par diviem mēnešiem, un tikai pirmā mēneša laikā; cilvēkam jāpaskaidro, kāpēc. Pie katra termiņa redzams, kā tas aprēķināts, un blakus — biroja paša mērķis (14 dienas, ja tas nav mainīts).</translation>
    </message>
    <message>
        <source>A breach must be reported to the Data State Inspectorate within 72 hours of the moment the shop became aware of it.</source>
        <translation>Par pārkāpumu jāziņo Datu valsts inspekcijai 72 stundu laikā no brīža, kad veikals par to uzzināja.</translation>
    </message>
    <message>
        <source>When something goes wrong</source>
        <translation>Ja kaut kas noiet greizi</translation>
    </message>
    <message>
        <source>A message you expected, such as refused input or a missing file, says in one sentence what happened: correct it and try again.</source>
        <translation>Paredzama kļūda, piemēram, noraidīta ievade vai trūkstošs fails, vienā teikumā pasaka, kas noticis: izlabojiet to un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>An unexpected error names a report for the developers: check whether your last step was done before you repeat it, and send them the report, which holds no personal data.</source>
        <translation>Negaidīta kļūda nosauc ziņojumu izstrādātājiem: pirms atkārtojat pēdējo soli, pārbaudiet, vai tas jau ir izpildīts, un nosūtiet viņiem šo ziņojumu (tajā nav personas datu).</translation>
    </message>
    <message>
        <source>If this computer no longer opens the database, do not create a new one: type the recovery key from the recovery sheet when the app asks for it.</source>
        <translation>Ja šis dators vairs neatver datubāzi, neveidojiet jaunu: ierakstiet atkopšanas atslēgu no atkopšanas lapas, kad lietotne to prasa.</translation>
    </message>
    <message>
        <source>If the app says the database file is damaged, stop working in it and restore the file from your latest backup copy.</source>
        <translation>Ja lietotne ziņo, ka datubāzes fails ir bojāts, pārtrauciet tajā strādāt un atjaunojiet failu no pēdējās rezerves kopijas.</translation>
    </message>
    <message>
        <source>If checking the audit log finds a broken chain, tell the manager at once: an entry may have been altered.</source>
        <translation>Ja audita žurnāla pārbaude atrod pārrautu ķēdi, nekavējoties ziņojiet vadītājam: kāds ieraksts, iespējams, ir mainīts.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Lietotāja rokasgrāmata</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Lietotāji</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Public signing key</source>
        <translation>Publiskā paraksta atslēga</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Pievienot lietotāju</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vārds:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Loma:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Atkār&amp;tot:</translation>
    </message>
    <message>
        <source>&amp;Title in letters:</source>
        <translation>&amp;Amats vēstulēs:</translation>
    </message>
    <message>
        <source>e.g. Vadītāja; empty: the role</source>
        <translation>piem., Vadītāja; tukšs: loma</translation>
    </message>
    <message>
        <source>Added &amp;by (manager):</source>
        <translation>&amp;Pievieno (vadītājs):</translation>
    </message>
    <message>
        <source>Manager&apos;s pass&amp;word:</source>
        <translation>Vadītāja pa&amp;role:</translation>
    </message>
    <message>
        <source>a manager&apos;s, at least {minimum} characters</source>
        <translation>vadītājam, vismaz {minimum} rakstzīmes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>P&amp;ievienot</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Abas paroles atšķiras.</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Pievienots: {name}.</translation>
    </message>
</context>
<context>
    <name>ViewReasonDialog</name>
    <message>
        <source>Open customer data</source>
        <translation>Atvērt klienta datus</translation>
    </message>
    <message>
        <source>Why are you opening this customer&apos;s data?</source>
        <translation>Kāpēc jūs atverat šī klienta datus?</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Klients: {name}</translation>
    </message>
    <message>
        <source>The audit log records who looked at whom, and why. Choose the request you are answering, or write the reason.</source>
        <translation>Audita žurnālā tiek ierakstīts, kas un kāpēc skatīja kura datus. Izvēlieties pieprasījumu, uz kuru atbildat, vai ierakstiet iemeslu.</translation>
    </message>
    <message>
        <source>e.g. the customer phoned about an order</source>
        <translation>piem., klients zvanīja par pasūtījumu</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Pieprasījums:</translation>
    </message>
    <message>
        <source>Or a &amp;reason:</source>
        <translation>Vai &amp;iemesls:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atvērt</translation>
    </message>
    <message>
        <source>Choose the request you are answering or write a reason.</source>
        <translation>Izvēlieties pieprasījumu, uz kuru atbildat, vai ierakstiet iemeslu.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Registered in error: {reference}</source>
        <translation>Reģistrēts kļūdas dēļ: {reference}</translation>
    </message>
    <message>
        <source>The breach stays on the register (Art. 33(5)), marked as registered in error with this reason; nothing more can be recorded on it.</source>
        <translation>Pārkāpums paliek reģistrā (33. panta 5. punkts), atzīmēts kā kļūdaini reģistrēts ar šo iemeslu; tajā vairs neko nevar ierakstīt.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Iemesls:</translation>
    </message>
</context>
<context>
    <name>WizardBase</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atpakaļ</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tālāk &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ai&amp;zvērt</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <source>Write the reason.</source>
        <translation>Ierakstiet iemeslu.</translation>
    </message>
</context>
<context>
    <name>audit_actions</name>
    <message>
        <source>Database created</source>
        <translation>Datubāze izveidota</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Izveidota rezerves kopija</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Datubāze atjaunota no rezerves kopijas</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Pievienoti demonstrācijas dati</translation>
    </message>
    <message>
        <source>Demo requests added</source>
        <translation>Pievienoti demonstrācijas pieprasījumi</translation>
    </message>
    <message>
        <source>Staff profile created</source>
        <translation>Izveidots darbinieka profils</translation>
    </message>
    <message>
        <source>Database role linked to a user</source>
        <translation>Datubāzes loma piesaistīta lietotājam</translation>
    </message>
    <message>
        <source>Holiday added</source>
        <translation>Pievienota svētku diena</translation>
    </message>
    <message>
        <source>Holiday removed</source>
        <translation>Noņemta svētku diena</translation>
    </message>
    <message>
        <source>Letterhead changed</source>
        <translation>Mainīta veidlapas galvene</translation>
    </message>
    <message>
        <source>Internal answer target changed</source>
        <translation>Mainīts iekšējais atbildes termiņš</translation>
    </message>
    <message>
        <source>Shop settings changed</source>
        <translation>Mainīti veikala iestatījumi</translation>
    </message>
    <message>
        <source>The shop&apos;s e-mail domains changed</source>
        <translation>Mainīti veikala e-pasta domēni</translation>
    </message>
    <message>
        <source>Mailbox settings changed</source>
        <translation>Mainīti pastkastes iestatījumi</translation>
    </message>
    <message>
        <source>Retention period changed</source>
        <translation>Mainīts glabāšanas termiņš</translation>
    </message>
    <message>
        <source>Retention sweep run</source>
        <translation>Veikta glabāšanas termiņu tīrīšana</translation>
    </message>
    <message>
        <source>Retention sweep batch run</source>
        <translation>Veikta glabāšanas termiņu tīrīšanas partija</translation>
    </message>
    <message>
        <source>Records of processing changed</source>
        <translation>Mainīts apstrādes darbību reģistrs</translation>
    </message>
    <message>
        <source>Inspection pack made</source>
        <translation>Sagatavota pārbaudes pakete</translation>
    </message>
    <message>
        <source>Shop data imported</source>
        <translation>Importēti veikala dati</translation>
    </message>
    <message>
        <source>Mail fetched from the mailbox</source>
        <translation>Pasts saņemts no pastkastes</translation>
    </message>
    <message>
        <source>Fetched message set aside</source>
        <translation>Saņemtā vēstule atlikta malā</translation>
    </message>
    <message>
        <source>Access log imported</source>
        <translation>Importēts piekļuves žurnāls</translation>
    </message>
    <message>
        <source>Visits looked up</source>
        <translation>Uzmeklēti apmeklējumi</translation>
    </message>
    <message>
        <source>Request registered</source>
        <translation>Pieprasījums reģistrēts</translation>
    </message>
    <message>
        <source>Request status changed</source>
        <translation>Mainīts pieprasījuma statuss</translation>
    </message>
    <message>
        <source>Request deadline extended</source>
        <translation>Pagarināts pieprasījuma termiņš</translation>
    </message>
    <message>
        <source>Request note added</source>
        <translation>Pieprasījumam pievienota piezīme</translation>
    </message>
    <message>
        <source>Request attachment opened</source>
        <translation>Atvērts pieprasījuma pielikums</translation>
    </message>
    <message>
        <source>Request linked to a customer</source>
        <translation>Pieprasījums piesaistīts klientam</translation>
    </message>
    <message>
        <source>Request assigned</source>
        <translation>Pieprasījums nodots izpildītājam</translation>
    </message>
    <message>
        <source>Customer data viewed</source>
        <translation>Skatīti klienta dati</translation>
    </message>
    <message>
        <source>Customer data corrected</source>
        <translation>Laboti klienta dati</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Apstrāde ierobežota</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Ierobežojums atcelts</translation>
    </message>
    <message>
        <source>Objection to marketing recorded</source>
        <translation>Reģistrēts iebildums pret tiešo mārketingu</translation>
    </message>
    <message>
        <source>Newsletter unsubscribed</source>
        <translation>Atrakstīts no jaunumu vēstules</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Piekrišana atsaukta</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Atcelta juridiskā aizturēšana</translation>
    </message>
    <message>
        <source>Partner told of a change</source>
        <translation>Partnerim paziņots par izmaiņām</translation>
    </message>
    <message>
        <source>Customer data erased</source>
        <translation>Klienta dati dzēsti</translation>
    </message>
    <message>
        <source>Data export created</source>
        <translation>Izveidota datu kopija</translation>
    </message>
    <message>
        <source>Export package handed over</source>
        <translation>Eksporta pakete nodota</translation>
    </message>
    <message>
        <source>Letter produced</source>
        <translation>Sagatavota vēstule</translation>
    </message>
    <message>
        <source>Letter sent by e-mail</source>
        <translation>Vēstule nosūtīta pa e-pastu</translation>
    </message>
    <message>
        <source>Letter produced (not archived)</source>
        <translation>Sagatavota vēstule (nav arhivēta)</translation>
    </message>
    <message>
        <source>Archived letter opened</source>
        <translation>Atvērta arhivēta vēstule</translation>
    </message>
    <message>
        <source>Breach registered</source>
        <translation>Pārkāpums reģistrēts</translation>
    </message>
    <message>
        <source>Breach facts changed</source>
        <translation>Mainīti pārkāpuma fakti</translation>
    </message>
    <message>
        <source>Breach risk assessed</source>
        <translation>Novērtēts pārkāpuma risks</translation>
    </message>
    <message>
        <source>Breach notification decided</source>
        <translation>Pieņemts lēmums par paziņošanu par pārkāpumu</translation>
    </message>
    <message>
        <source>Affected people chosen</source>
        <translation>Izvēlētas skartās personas</translation>
    </message>
    <message>
        <source>Breach decision signed off</source>
        <translation>Lēmums par pārkāpumu apstiprināts</translation>
    </message>
    <message>
        <source>Breach sign-off voided</source>
        <translation>Pārkāpuma apstiprinājums anulēts</translation>
    </message>
    <message>
        <source>Breach letters produced</source>
        <translation>Sagatavotas vēstules par pārkāpumu</translation>
    </message>
    <message>
        <source>Breach letter sent by e-mail</source>
        <translation>Vēstule par pārkāpumu nosūtīta pa e-pastu</translation>
    </message>
    <message>
        <source>Notice to DVI prepared</source>
        <translation>Sagatavots paziņojums DVI</translation>
    </message>
    <message>
        <source>DVI notification recorded</source>
        <translation>Reģistrēta paziņošana DVI</translation>
    </message>
    <message>
        <source>Breach awareness time corrected</source>
        <translation>Labots laiks, kad uzzināts par pārkāpumu</translation>
    </message>
    <message>
        <source>Breach voided</source>
        <translation>Pārkāpums anulēts</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>pārkāpums</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klients</translation>
    </message>
    <message>
        <source>database</source>
        <translation>datubāze</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>svētku diena</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>vēstule</translation>
    </message>
    <message>
        <source>newsletter</source>
        <translation>jaunumu vēstule</translation>
    </message>
    <message>
        <source>request</source>
        <translation>pieprasījums</translation>
    </message>
    <message>
        <source>retention rule</source>
        <translation>glabāšanas noteikums</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>iestatījumi</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>veikals</translation>
    </message>
    <message>
        <source>user</source>
        <translation>lietotājs</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>apmeklējumi</translation>
    </message>
    <message>
        <source>key in the keychain</source>
        <translation>atslēga atslēgu glabātuvē</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>paroles frāze</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>atkopšanas atslēga</translation>
    </message>
    <message>
        <source>demo key</source>
        <translation>demonstrācijas atslēga</translation>
    </message>
    <message>
        <source>invented demo data</source>
        <translation>izdomāti demonstrācijas dati</translation>
    </message>
    <message>
        <source>Retention: every record of the customer outlived its rule</source>
        <translation>Glabāšana: visiem klienta ierakstiem beidzies glabāšanas termiņš</translation>
    </message>
</context>
<context>
    <name>audit_csv</name>
    <message>
        <source>Entry</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <source>Time (Riga)</source>
        <translation>Laiks (Rīga)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Darbības kods</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekts</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(dzēsts)</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>Profile</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Given by the customer: account, checkout and forms</source>
        <translation>Norādījis klients: konts, pasūtījuma noformēšana un veidlapas</translation>
    </message>
    <message>
        <source>Customer support, orders and notifications</source>
        <translation>Klientu atbalsts, pasūtījumi un paziņojumi</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adreses</translation>
    </message>
    <message>
        <source>Given by the customer at checkout or in the profile</source>
        <translation>Norādījis klients, noformējot pasūtījumu vai profilā</translation>
    </message>
    <message>
        <source>Delivery and invoicing</source>
        <translation>Piegāde un rēķinu izrakstīšana</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konts</translation>
    </message>
    <message>
        <source>Created by the customer on the website</source>
        <translation>Izveidojis klients tīmekļa vietnē</translation>
    </message>
    <message>
        <source>Signing in, order history, saved details</source>
        <translation>Pieteikšanās, pasūtījumu vēsture, saglabātie dati</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pasūtījumi</translation>
    </message>
    <message>
        <source>Purchases in the web shop</source>
        <translation>Pirkumi interneta veikalā</translation>
    </message>
    <message>
        <source>Selling and delivering goods; accounting records</source>
        <translation>Preču pārdošana un piegāde; grāmatvedības dokumenti</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rēķini</translation>
    </message>
    <message>
        <source>Issued by the shop for purchases</source>
        <translation>Izrakstījis veikals par pirkumiem</translation>
    </message>
    <message>
        <source>Accounting, as Latvian accounting law requires</source>
        <translation>Grāmatvedība, kā to prasa Latvijas grāmatvedības likums</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Maksājumi</translation>
    </message>
    <message>
        <source>The payment provider, at checkout</source>
        <translation>Maksājumu pakalpojumu sniedzējs, noformējot pasūtījumu</translation>
    </message>
    <message>
        <source>Taking payment; deleted when the purchase completes</source>
        <translation>Maksājuma pieņemšana; dzēš, kad pirkums ir pabeigts</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Jaunumu vēstule</translation>
    </message>
    <message>
        <source>The customer&apos;s sign-up on the website</source>
        <translation>Klienta pieteikšanās tīmekļa vietnē</translation>
    </message>
    <message>
        <source>Sending the newsletter</source>
        <translation>Jaunumu vēstules sūtīšana</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Piekrišanas</translation>
    </message>
    <message>
        <source>Recorded when consent was given or withdrawn</source>
        <translation>Reģistrēts, kad piekrišana dota vai atsaukta</translation>
    </message>
    <message>
        <source>Proving consent (GDPR Art. 7(1))</source>
        <translation>Piekrišanas pierādīšana (VDAR 7. panta 1. punkts)</translation>
    </message>
    <message>
        <source>Marketing objections</source>
        <translation>Iebildumi pret tirgvedību</translation>
    </message>
    <message>
        <source>The customer&apos;s objection</source>
        <translation>Klienta iebildums</translation>
    </message>
    <message>
        <source>Keeping the customer out of direct marketing (Art. 21(3))</source>
        <translation>Lai klientam vairs nesūtītu tiešo tirgvedību (21. panta 3. punkts)</translation>
    </message>
    <message>
        <source>Cookie choices</source>
        <translation>Sīkdatņu izvēles</translation>
    </message>
    <message>
        <source>The cookie banner on the website</source>
        <translation>Sīkdatņu paziņojums tīmekļa vietnē</translation>
    </message>
    <message>
        <source>Honouring and proving the cookie choice</source>
        <translation>Sīkdatņu izvēles ievērošana un pierādīšana</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Atsauksmes</translation>
    </message>
    <message>
        <source>Published by the customer on the website</source>
        <translation>Publicējis klients tīmekļa vietnē</translation>
    </message>
    <message>
        <source>Showing product reviews</source>
        <translation>Preču atsauksmju rādīšana</translation>
    </message>
    <message>
        <source>Website visits</source>
        <translation>Vietnes apmeklējumi</translation>
    </message>
    <message>
        <source>Collected automatically by the website</source>
        <translation>Vietne savākusi automātiski</translation>
    </message>
    <message>
        <source>Security and improving the website</source>
        <translation>Drošība un vietnes uzlabošana</translation>
    </message>
    <message>
        <source>Disclosures to partners</source>
        <translation>Datu nodošana partneriem</translation>
    </message>
    <message>
        <source>Recorded by the shop when data was passed on</source>
        <translation>Reģistrējis veikals, kad dati tika nodoti</translation>
    </message>
    <message>
        <source>Knowing whom to inform (Art. 19) and answering requests</source>
        <translation>Lai zinātu, kam paziņot (19. pants), un atbildētu uz pieprasījumiem</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Ierobežojumi</translation>
    </message>
    <message>
        <source>The customer&apos;s request (Art. 18)</source>
        <translation>Klienta pieprasījums (18. pants)</translation>
    </message>
    <message>
        <source>Keeping the data stored only, used for nothing else</source>
        <translation>Datus tikai glabā un neizmanto nekam citam</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Juridiskās aiztures</translation>
    </message>
    <message>
        <source>Recorded by the shop: disputes, chargebacks, authorities</source>
        <translation>Reģistrējis veikals: strīdi, maksājumu apstrīdējumi, iestāžu prasības</translation>
    </message>
    <message>
        <source>Establishing or defending legal claims (Art. 17(3)(e))</source>
        <translation>Likumīgu prasību celšana vai aizstāvēšana (17. panta 3. punkta &quot;e&quot; apakšpunkts)</translation>
    </message>
    <message>
        <source>Consent (Art. 6(1)(a))</source>
        <translation>Piekrišana (6. panta 1. punkta &quot;a&quot; apakšpunkts)</translation>
    </message>
    <message>
        <source>Contract (Art. 6(1)(b))</source>
        <translation>Līgums (6. panta 1. punkta &quot;b&quot; apakšpunkts)</translation>
    </message>
    <message>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation>Juridisks pienākums (6. panta 1. punkta &quot;c&quot; apakšpunkts)</translation>
    </message>
    <message>
        <source>Public interest (Art. 6(1)(e))</source>
        <translation>Sabiedrības intereses (6. panta 1. punkta &quot;e&quot; apakšpunkts)</translation>
    </message>
    <message>
        <source>Legitimate interests (Art. 6(1)(f))</source>
        <translation>Leģitīmās intereses (6. panta 1. punkta &quot;f&quot; apakšpunkts)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A database on a server has no recovery key, so there is no recovery sheet to save; nothing was created.</source>
        <translation>Datubāzei serverī nav atkopšanas atslēgas, tāpēc nav atkopšanas lapas, ko saglabāt; nekas netika izveidots.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was created.</source>
        <translation>Abas paroles atšķiras; nekas netika izveidots.</translation>
    </message>
    <message>
        <source>Name the first manager (MINIME_ADMIN_USER, or typed); nothing was created.</source>
        <translation>Norādiet pirmo vadītāju (MINIME_ADMIN_USER vai ierakstot); nekas netika izveidots.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Abas paroles frāzes atšķiras; nekas netika izveidots.</translation>
    </message>
    <message>
        <source>This database already holds {count} customers; demo data goes only into a new, empty database.</source>
        <translation>Šajā datubāzē jau ir klienti ({count}); demonstrācijas datus var ievietot tikai jaunā, tukšā datubāzē.</translation>
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <translation>Darbību neizdevās pabeigt.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Create one with: minime-admin --db {path} init</source>
        <translation>Norādītajā vietā {path} nav datubāzes. Izveidojiet to ar komandu: minime-admin --db {path} init</translation>
    </message>
    <message>
        <source>A file already exists at {path}; it was left untouched.</source>
        <translation>Fails {path} jau pastāv; tas netika mainīts.</translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite file, not a minime-admin database. It was not opened.</source>
        <translation>{path} ir nešifrēts SQLite fails, nevis minime-admin datubāze. Tas netika atvērts.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or is not a minime-admin database. It was not changed; restore it from a backup.</source>
        <translation>Datubāzes fails {path} ir bojāts vai nav minime-admin datubāze. Tas netika mainīts; atjaunojiet to no rezerves kopijas.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged, so the app has stopped writing to it: close the app and restore the file from your latest backup copy.</source>
        <translation>Datubāzes fails {path} ir bojāts, tāpēc lietotne tajā vairs neraksta: aizveriet lietotni un atjaunojiet failu no jaunākās rezerves kopijas.</translation>
    </message>
    <message>
        <source>The passphrase or recovery key does not open {path}, or the file is damaged. The file was not changed.</source>
        <translation>Ar šo paroles frāzi vai atkopšanas atslēgu nevar atvērt {path}, vai arī fails ir bojāts. Fails netika mainīts.</translation>
    </message>
    <message>
        <source>That recovery key has a typing mistake: check each group of five characters against the recovery sheet.</source>
        <translation>Atkopšanas atslēgā ir drukas kļūda: salīdziniet katru piecu rakstzīmju grupu ar atkopšanas lapu.</translation>
    </message>
    <message>
        <source>{path} needs its passphrase or recovery key: this computer&apos;s keychain does not hold its key. Set MINIME_ADMIN_PASSPHRASE, or run with --recover.</source>
        <translation>Datubāzei {path} vajadzīga paroles frāze vai atkopšanas atslēga: šī datora atslēgu glabātuvē nav tās atslēgas. Iestatiet MINIME_ADMIN_PASSPHRASE vai palaidiet ar --recover.</translation>
    </message>
    <message>
        <source>The system keychain could not be used ({detail}). Nothing was changed; use a passphrase instead (MINIME_ADMIN_PASSPHRASE).</source>
        <translation>Sistēmas atslēgu glabātuvi neizdevās izmantot ({detail}). Nekas netika mainīts; tās vietā izmantojiet paroles frāzi (MINIME_ADMIN_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to. minime-admin needs to write there; choose another place or change the folder&apos;s permissions.</source>
        <translation>Mapē {path} nevar rakstīt. minime-admin tajā jāraksta; izvēlieties citu vietu vai mainiet mapes atļaujas.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder, so nothing can be saved inside it.</source>
        <translation>{path} ir fails, nevis mape, tāpēc tajā neko nevar saglabāt.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of minime-admin; update the app to open it. The file was not changed.</source>
        <translation>{path} ir izveidota ar jaunāku minime-admin versiju; atjauniniet lietotni, lai to atvērtu. Fails netika mainīts.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {minimum} characters.</source>
        <translation>Paroles frāze ir par īsu: izmantojiet vismaz {minimum} rakstzīmes.</translation>
    </message>
    <message>
        <source>The database is busy with someone else&apos;s work for longer than usual. Nothing was changed; try again in a moment.</source>
        <translation>Datubāze ilgāk nekā parasti ir aizņemta ar cita lietotāja darbu. Nekas netika mainīts; mēģiniet vēlreiz pēc brīža.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess (a common word, a pattern or a repeat). Use four or five unrelated words.</source>
        <translation>Paroles frāzi ir pārāk viegli uzminēt (bieži lietots vārds, raksts vai atkārtojums). Izmantojiet četrus vai piecus savstarpēji nesaistītus vārdus.</translation>
    </message>
    <message>
        <source>The passphrase looks like a recovery key, and would be taken for one when typed. Choose words instead.</source>
        <translation>Paroles frāze izskatās pēc atkopšanas atslēgas, un, to ievadot, tā tiktu uzskatīta par atkopšanas atslēgu. Izvēlieties vārdus.</translation>
    </message>
    <message>
        <source>Someone else saved a change to this record after you opened it. Your change was not saved: reload it to see the new values, then make your change again.</source>
        <translation>Kāds cits saglabāja šī ieraksta izmaiņas pēc tam, kad jūs to atvērāt. Jūsu izmaiņas netika saglabātas: ielādējiet to no jauna, lai redzētu jaunās vērtības, un tad veiciet savas izmaiņas vēlreiz.</translation>
    </message>
    <message>
        <source>No {kind} with id {ident}.</source>
        <translation>Nav atrasts: {kind} ar identifikatoru {ident}.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the database key. Choose a passphrase of at least {minimum} characters (or set MINIME_ADMIN_PASSPHRASE).</source>
        <translation>Šajā datorā nav atslēgu glabātuves datubāzes atslēgas glabāšanai. Izvēlieties paroles frāzi ar vismaz {minimum} rakstzīmēm (vai iestatiet MINIME_ADMIN_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The demo key file {path} is missing or damaged. Delete the demo folder to start a fresh demo.</source>
        <translation>Demonstrācijas atslēgas fails {path} trūkst vai ir bojāts. Izdzēsiet demonstrācijas mapi, lai sāktu no jauna.</translation>
    </message>
    <message>
        <source>A request that is {current} cannot be moved to {target}.</source>
        <translation>Pieprasījumu ar statusu {current} nevar pārcelt uz statusu {target}.</translation>
    </message>
    <message>
        <source>Putting a request on hold needs a reason: awaiting proof of identity, awaiting clarification or legal review.</source>
        <translation>Lai pieprasījumu apturētu, jānorāda iemesls: gaida identitātes apliecinājumu, gaida precizējumu vai juridisku izvērtējumu.</translation>
    </message>
    <message>
        <source>A marketing objection, unsubscribe or consent withdrawal is never held for proof of identity: stopping marketing or a consent harms nobody, so it takes effect at once (Art. 21(3), 7(3)).</source>
        <translation>Iebildumu pret tirgvedību, atteikšanos no jaunumu vēstules vai piekrišanas atsaukumu nekad neaiztur, gaidot identitātes apliecinājumu: tirgvedības vai piekrišanas pārtraukšana nevienam nekaitē, tāpēc tā stājas spēkā uzreiz (21. panta 3. punkts, 7. panta 3. punkts).</translation>
    </message>
    <message>
        <source>A refusal needs its reason: Art. 12(5), Art. 12(6), an Art. 17(3) exception, or another reason written out.</source>
        <translation>Atteikumam jānorāda iemesls: 12. panta 5. punkts, 12. panta 6. punkts, 17. panta 3. punkta izņēmums vai cits, rakstiski norādīts iemesls.</translation>
    </message>
    <message>
        <source>Write out the ground of this refusal for the letter: why the request is manifestly unfounded or excessive, why the Art. 17(3) exception applies, or which compelling legitimate grounds override the objection.</source>
        <translation>Uzrakstiet šī atteikuma pamatojumu vēstulei: kāpēc pieprasījums ir acīmredzami nepamatots vai pārmērīgs, kāpēc piemērojams 17. panta 3. punkta izņēmums vai kādi pārliecinoši leģitīmi iemesli ir svarīgāki par iebildumu.</translation>
    </message>
    <message>
        <source>An Art. 17(3) refusal names its exception: (a) freedom of expression, (b) a legal obligation or public-interest task, (c) public health, (d) archiving, research or statistics, or (e) legal claims.</source>
        <translation>Atteikumā saskaņā ar 17. panta 3. punktu jānorāda izņēmums: a) vārda un informācijas brīvība, b) juridisks pienākums vai uzdevums sabiedrības interesēs, c) sabiedrības veselība, d) arhivēšana, pētniecība vai statistika vai e) likumīgas prasības.</translation>
    </message>
    <message>
        <source>This refusal does not fit the request: an Art. 17(3) exception applies only to erasure, compelling legitimate grounds only to an objection, and a marketing objection, unsubscribe or consent withdrawal is never refused.</source>
        <translation>Šis atteikums neatbilst pieprasījumam: 17. panta 3. punkta izņēmums attiecas tikai uz dzēšanu, pārliecinoši leģitīmi iemesli – tikai uz iebildumu, un iebildumu pret tiešo tirgvedību, atteikšanos no jaunumiem vai piekrišanas atsaukumu nekad neatsaka.</translation>
    </message>
    <message>
        <source>Record how the person&apos;s identity was checked before work starts on a request taken by phone, letter or in person.</source>
        <translation>Pirms sākt darbu ar pieprasījumu, kas saņemts pa tālruni, vēstulē vai klātienē, ierakstiet, kā tika pārbaudīta personas identitāte.</translation>
    </message>
    <message>
        <source>That input cannot be used; nothing was changed.</source>
        <translation>Šos datus nevar izmantot; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>A user needs a name; nobody was added.</source>
        <translation>Lietotājam jānorāda vārds; neviens netika pievienots.</translation>
    </message>
    <message>
        <source>The requester&apos;s name is needed; the request was not opened.</source>
        <translation>Jānorāda pieprasītāja vārds; pieprasījums netika atvērts.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address; the request was not opened.</source>
        <translation>&apos;{value}&apos; nav e-pasta adrese; pieprasījums netika atvērts.</translation>
    </message>
    <message>
        <source>The time of receipt cannot be in the future; the request was not opened.</source>
        <translation>Saņemšanas laiks nevar būt nākotnē; pieprasījums netika atvērts.</translation>
    </message>
    <message>
        <source>An extension needs its reasons written out; the deadline was not changed.</source>
        <translation>Termiņa pagarinājumam jāuzraksta iemesli; termiņš netika mainīts.</translation>
    </message>
    <message>
        <source>A closed request cannot be extended; the deadline was not changed.</source>
        <translation>Slēgtam pieprasījumam termiņu nevar pagarināt; termiņš netika mainīts.</translation>
    </message>
    <message>
        <source>There is no request {reference}; nothing was done.</source>
        <translation>Pieprasījuma {reference} nav; nekas netika darīts.</translation>
    </message>
    <message>
        <source>A correction needs its reason; nothing was changed.</source>
        <translation>Labojumam jānorāda iemesls; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>A first name, last name or part of an address cannot be left empty; nothing was changed.</source>
        <translation>Vārdu, uzvārdu vai adreses daļu nevar atstāt tukšu; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The language must be lv (Latvian) or en (English); nothing was changed.</source>
        <translation>Valodai jābūt lv (latviešu) vai en (angļu); nekas netika mainīts.</translation>
    </message>
    <message>
        <source>A restriction of processing needs its reason; nothing was changed.</source>
        <translation>Apstrādes ierobežošanai jānorāda iemesls; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Say which consent is withdrawn; nothing was recorded.</source>
        <translation>Norādiet, kura piekrišana tiek atsaukta; nekas netika reģistrēts.</translation>
    </message>
    <message>
        <source>Say why you open this customer&apos;s data (a reason or a request); it was not opened.</source>
        <translation>Norādiet, kāpēc atverat šī klienta datus (iemeslu vai pieprasījumu); dati netika atvērti.</translation>
    </message>
    <message>
        <source>Give the holiday&apos;s name; it was not added.</source>
        <translation>Norādiet svētku dienas nosaukumu; tā netika pievienota.</translation>
    </message>
    <message>
        <source>There is no retention rule {key}.</source>
        <translation>Glabāšanas noteikuma {key} nav.</translation>
    </message>
    <message>
        <source>A retention period must be 0 to {maximum} months; it was not changed.</source>
        <translation>Glabāšanas termiņam jābūt no 0 līdz {maximum} mēnešiem; tas netika mainīts.</translation>
    </message>
    <message>
        <source>The office target must be 1 to 31 days; it was not changed.</source>
        <translation>Biroja mērķim jābūt no 1 līdz 31 dienai; tas netika mainīts.</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({detail}).</source>
        <translation>Failu {name} neizdevās nolasīt ({detail}).</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({detail}); nothing was saved.</source>
        <translation>Failu {path} neizdevās ierakstīt ({detail}); nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({detail}); nothing was checked.</source>
        <translation>Failu {path} nevarēja nolasīt ({detail}); nekas netika pārbaudīts.</translation>
    </message>
    <message>
        <source>{name} is not an e-mail message (no sender or message headers); not imported.</source>
        <translation>{name} nav e-pasta ziņojums (nav sūtītāja vai ziņojuma galveņu); netika importēts.</translation>
    </message>
    <message>
        <source>The message has no date; the time it was imported is used as the time of receipt. Check it against the mailbox.</source>
        <translation>Ziņojumam nav datuma; kā saņemšanas laiks izmantots importēšanas laiks. Pārbaudiet to pastkastē.</translation>
    </message>
    <message>
        <source>Part of the message declares an unknown character set ({charset}); it was read as {used}. Check the text for wrong letters.</source>
        <translation>Daļā ziņojuma norādīta nezināma rakstzīmju kopa ({charset}); tā nolasīta kā {used}. Pārbaudiet, vai tekstā nav nepareizu burtu.</translation>
    </message>
    <message>
        <source>The attachment {filename} ({megabytes} MB) is larger than {limit} MB and was not stored. Ask the person to send it another way if it is needed.</source>
        <translation>Pielikums {filename} ({megabytes} MB) ir lielāks par {limit} MB un netika saglabāts. Ja tas vajadzīgs, lūdziet personu to nosūtīt citā veidā.</translation>
    </message>
    <message>
        <source>The message&apos;s structure is damaged ({detail}); the readable parts were imported.</source>
        <translation>Ziņojuma struktūra ir bojāta ({detail}); importētas salasāmās daļas.</translation>
    </message>
    <message>
        <source>The message has no readable text; see its attachments.</source>
        <translation>Ziņojumā nav salasāma teksta; skatiet tā pielikumus.</translation>
    </message>
    <message>
        <source>The sender&apos;s address could not be read from the message; enter it by hand if the person is to be answered by e-mail.</source>
        <translation>Sūtītāja adresi no ziņojuma nevarēja nolasīt; ievadiet to ar roku, ja personai jāatbild pa e-pastu.</translation>
    </message>
    <message>
        <source>The sender line of the message is damaged; the address shown was recovered from it. Check it against the message.</source>
        <translation>Ziņojuma sūtītāja rinda ir bojāta; parādītā adrese ir atgūta no tās. Pārbaudiet to pēc ziņojuma.</translation>
    </message>
    <message>
        <source>The message&apos;s date lies in the future, so it is damaged; the time it was imported is used as the time of receipt. Check it against the mailbox.</source>
        <translation>Ziņojuma datums ir nākotnē, tātad tas ir bojāts; kā saņemšanas laiks izmantots importēšanas laiks. Pārbaudiet to pastkastē.</translation>
    </message>
    <message>
        <source>The message has more than {limit} parts or is nested too deeply; only the first parts were read.</source>
        <translation>Ziņojumā ir vairāk nekā {limit} daļu vai pārāk dziļa ligzdošana; nolasītas tikai pirmās daļas.</translation>
    </message>
    <message>
        <source>The message&apos;s text is longer than {limit} characters; only the beginning was kept. Read the rest in the mailbox.</source>
        <translation>Ziņojuma teksts ir garāks par {limit} rakstzīmēm; saglabāts tikai sākums. Pārējo izlasiet pastkastē.</translation>
    </message>
    <message>
        <source>The Outlook message keeps its text only in a rich-text form that the app does not read; open it in Outlook to read it.</source>
        <translation>Outlook ziņojuma teksts ir tikai bagātinātā teksta formā, ko lietotne nelasa; atveriet to programmā Outlook, lai to izlasītu.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail domain (like minime.lv); the shop&apos;s e-mail domains were not changed.</source>
        <translation>&apos;{value}&apos; nav e-pasta domēns (piemēram, minime.lv); veikala e-pasta domēni netika mainīti.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB, more than an e-mail request can be; not imported. Save its text and attachments separately.</source>
        <translation>{name} ir lielāks par {limit} MB, vairāk, nekā var būt e-pasta pieprasījums; netika importēts. Saglabājiet tā tekstu un pielikumus atsevišķi.</translation>
    </message>
    <message>
        <source>{name} is damaged and could not be read as an e-mail message; not imported.</source>
        <translation>{name} ir bojāts, un to nevarēja nolasīt kā e-pasta ziņojumu; netika importēts.</translation>
    </message>
    <message>
        <source>{name} is an Outlook item but not an e-mail message (a contact, appointment, task or note); not imported.</source>
        <translation>{name} ir Outlook vienums, bet ne e-pasta ziņojums (kontakts, tikšanās, uzdevums vai piezīme); netika importēts.</translation>
    </message>
    <message>
        <source>{name} was skipped: {reason}.</source>
        <translation>{name} tika izlaists: {reason}.</translation>
    </message>
    <message>
        <source>The field {field} cannot be changed here.</source>
        <translation>Lauku {field} šeit mainīt nevar.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address; nothing was changed.</source>
        <translation>“{value}” nav e-pasta adrese; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number (8 to 15 digits, e.g. +371 29123456); nothing was changed.</source>
        <translation>“{value}” nav tālruņa numurs (8 līdz 15 cipari, piem., +371 29123456); nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Processing of this customer is already restricted.</source>
        <translation>Šī klienta datu apstrāde jau ir ierobežota.</translation>
    </message>
    <message>
        <source>Processing of this customer is not restricted.</source>
        <translation>Šī klienta datu apstrāde nav ierobežota.</translation>
    </message>
    <message>
        <source>This legal hold is not in force: it was released already or does not exist.</source>
        <translation>Šī juridiskā aizture nav spēkā: tā jau ir atcelta vai nepastāv.</translation>
    </message>
    <message>
        <source>A legal hold ends on a day from its start ({value}) up to today; nothing was changed.</source>
        <translation>Juridiskā aizture var beigties dienā no tās sākuma ({value}) līdz šodienai; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>This partner received none of this customer&apos;s data, so there is nothing to tell it; nothing was recorded.</source>
        <translation>Šis partneris nav saņēmis nekādus šī klienta datus, tāpēc tam nav ko paziņot; nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>A partner can be recorded as told only on a day up to today; nothing was recorded.</source>
        <translation>Partnera informēšanu var ierakstīt tikai ar dienu līdz šodienai; nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>There is not enough space in {path}; nothing was saved. Free some space or choose another place.</source>
        <translation>Vietā {path} nepietiek brīvas vietas; nekas netika saglabāts. Atbrīvojiet vietu vai izvēlieties citu vietu.</translation>
    </message>
    <message>
        <source>Request {reference} is linked to another customer; nothing was exported. Check the customer number.</source>
        <translation>Pieprasījums {reference} ir piesaistīts citam klientam; nekas netika eksportēts. Pārbaudiet klienta numuru.</translation>
    </message>
    <message>
        <source>Customer {ident} was already erased on {day}; there is nothing left to erase.</source>
        <translation>Klienta {ident} dati jau tika dzēsti {day}; vairs nav ko dzēst.</translation>
    </message>
    <message>
        <source>The password for {name} is not right.</source>
        <translation>Lietotāja {name} parole nav pareiza.</translation>
    </message>
    <message>
        <source>{name} is not a manager: only a manager can sign off a breach.</source>
        <translation>{name} nav vadītājs: pārkāpumu apstiprināt var tikai vadītājs.</translation>
    </message>
    <message>
        <source>There is already a user called {name}.</source>
        <translation>Lietotājs {name} jau ir.</translation>
    </message>
    <message>
        <source>The time the shop became aware of the breach cannot be in the future.</source>
        <translation>Laiks, kad veikals uzzināja par pārkāpumu, nevar būt nākotnē.</translation>
    </message>
    <message>
        <source>Severity score out of range: {detail}.</source>
        <translation>Smaguma novērtējums ir ārpus pieļaujamām robežām: {detail}.</translation>
    </message>
    <message>
        <source>Breach {reference} has no valid sign-off: a manager must sign it off before a final notice is produced (a draft can be made at any time).</source>
        <translation>Pārkāpumam {reference} nav derīga apstiprinājuma: pirms galīgā paziņojuma sagatavošanas tas jāapstiprina vadītājam (melnrakstu var sagatavot jebkurā laikā).</translation>
    </message>
    <message>
        <source>The selection found no customers; the breach&apos;s affected list was not changed.</source>
        <translation>Atlasē netika atrasts neviens klients; pārkāpuma skarto personu saraksts netika mainīts.</translation>
    </message>
    <message>
        <source>Both decisions, on notifying the DVI and on telling the people, need their reasoning in writing. Nothing was recorded.</source>
        <translation>Abiem lēmumiem — par ziņošanu DVI un par personu informēšanu — vajadzīgs rakstisks pamatojums. Nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>Telling the people means a high risk (Art. 34), yet not notifying the Data State Inspectorate means no risk (Art. 33): write the legal reason why the DVI is not notified although the people are told. Nothing was recorded.</source>
        <translation>Personu informēšana nozīmē augstu risku (34. pants), bet neziņošana Datu valsts inspekcijai nozīmē, ka riska nav (33. pants): uzrakstiet juridisko pamatojumu, kāpēc DVI netiek informēta, lai gan personas tiek informētas. Nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>The 72 hours have passed: write the reasons for the delay (Art. 33(1)) before the notice to the Data State Inspectorate is made.</source>
        <translation>72 stundas ir pagājušas: pirms paziņojuma Datu valsts inspekcijai sagatavošanas ierakstiet kavējuma iemeslus (33. panta 1. punkts).</translation>
    </message>
    <message>
        <source>Breach {reference} cannot be signed off, and no final notice or letter made, while these elements (GDPR Art. 33(3), 34(2)) are empty: {listed}. Nothing was signed or made; a draft lists them too.</source>
        <translation>Pārkāpumu {reference} nevar apstiprināt un nevar sagatavot galīgu paziņojumu vai vēstuli, kamēr nav aizpildīti šie elementi (VDAR 33. panta 3. punkts, 34. panta 2. punkts): {listed}. Nekas netika apstiprināts vai sagatavots; tos uzskaita arī melnraksts.</translation>
    </message>
    <message>
        <source>The {language} outputs of breach {reference} cannot be made final: these facts have no {language} text yet: {listed}. Write them in the breach&apos;s {language} fields; nothing was made.</source>
        <translation>Pārkāpuma {reference} dokumentus {language} valodā nevar padarīt galīgus: šiem faktiem vēl nav teksta {language} valodā: {listed}. Ierakstiet tos pārkāpuma laukos {language} valodā; nekas netika sagatavots.</translation>
    </message>
    <message>
        <source>{time} is not a date and time: write it as YYYY-MM-DDTHH:MM (Riga time). Nothing was recorded.</source>
        <translation>{time} nav datums un laiks: rakstiet to kā GGGG-MM-DDTHH:MM (Rīgas laikā). Nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>{time} did not exist in Riga: the clocks were moved forward an hour that night. Check the time of awareness; nothing was recorded.</source>
        <translation>Rīgā laika {time} nebija: tajā naktī pulksteņus pagrieza stundu uz priekšu. Pārbaudiet, kad uzzinājāt par pārkāpumu; nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>{time} happened twice in Riga (the clocks were moved back an hour that night): say which is meant, {earlier} (summer time) or {later} (winter time). Nothing was recorded.</source>
        <translation>Rīgā laiks {time} bija divreiz (tajā naktī pulksteņus pagrieza stundu atpakaļ): norādiet, kurš no tiem domāts — {earlier} (vasaras laiks) vai {later} (ziemas laiks). Nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the command; a report for the developers, with no personal data, was saved as {path}.</source>
        <translation>Negaidīta kļūda apturēja komandu; ziņojums izstrādātājiem bez personas datiem ir saglabāts failā {path}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the command, and no report about it could be saved.</source>
        <translation>Negaidīta kļūda apturēja komandu, un ziņojumu par to neizdevās saglabāt.</translation>
    </message>
    <message>
        <source>The shop address {url} is not accepted: use https:// (plain http:// only for this computer). Nothing was imported.</source>
        <translation>Veikala adrese {url} netiek pieņemta: izmantojiet https:// (vienkāršu http:// — tikai šim datoram). Nekas netika importēts.</translation>
    </message>
    <message>
        <source>The shop&apos;s consumer secret is missing: save it in Settings › Shop (kept in the keychain) or set MINIME_ADMIN_SHOP_SECRET. Nothing was imported.</source>
        <translation>Trūkst veikala patērētāja noslēpuma: saglabājiet to sadaļā Iestatījumi › Veikals (tas glabājas atslēgu glabātuvē) vai iestatiet MINIME_ADMIN_SHOP_SECRET. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>The shop at {host} showed a certificate this computer does not trust ({detail}): it may be expired, self-signed or for another address. If the shop uses its own certificate authority, give its file with --ca-file (or in Settings › Shop). Nothing was imported.</source>
        <translation>Veikals {host} uzrādīja sertifikātu, kuram šis dators neuzticas ({detail}): tam var būt beidzies derīgums, tas var būt pašparakstīts vai izdots citai adresei. Ja veikals izmanto savu sertifikātu iestādi, norādiet tās failu ar --ca-file (vai sadaļā Iestatījumi › Veikals). Nekas netika importēts.</translation>
    </message>
    <message>
        <source>The certificate file {path} could not be read as a certificate authority (PEM). Nothing was imported.</source>
        <translation>Sertifikāta failu {path} neizdevās nolasīt kā sertifikātu iestādi (PEM). Nekas netika importēts.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the shop&apos;s consumer secret: set MINIME_ADMIN_SHOP_SECRET before importing instead. The secret was not saved.</source>
        <translation>Šim datoram nav atslēgu glabātuves veikala patērētāja noslēpuma glabāšanai: tā vietā pirms importa iestatiet MINIME_ADMIN_SHOP_SECRET. Noslēpums netika saglabāts.</translation>
    </message>
    <message>
        <source>The shop&apos;s address and consumer key are not set: save them in Settings › Shop or give --url and --key. Nothing was imported.</source>
        <translation>Veikala adrese un patērētāja atslēga nav iestatītas: saglabājiet tās sadaļā Iestatījumi › Veikals vai norādiet --url un --key. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>The shop at {host} did not answer ({detail}). Nothing was imported; try again later.</source>
        <translation>Veikals {host} neatbildēja ({detail}). Nekas netika importēts; mēģiniet vēlreiz vēlāk.</translation>
    </message>
    <message>
        <source>The shop at {host} refused the consumer key and secret (HTTP {status}). Check them in WooCommerce › Settings › Advanced › REST API. Nothing was imported.</source>
        <translation>Veikals {host} noraidīja patērētāja atslēgu un noslēpumu (HTTP {status}). Pārbaudiet tos sadaļā WooCommerce › Settings › Advanced › REST API. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>The shop at {host} answered {path} with a web page instead of data: is this the WooCommerce address, and is its REST API switched on? Nothing was imported.</source>
        <translation>Veikals {host} uz {path} atbildēja ar tīmekļa lapu, nevis datiem: vai šī ir WooCommerce adrese un vai tās REST API ir ieslēgts? Nekas netika importēts.</translation>
    </message>
    <message>
        <source>The shop&apos;s answer to {path} was incomplete or damaged. Nothing was imported; try again later.</source>
        <translation>Veikala atbilde uz {path} bija nepilnīga vai bojāta. Nekas netika importēts; mēģiniet vēlreiz vēlāk.</translation>
    </message>
    <message>
        <source>The shop at {host} kept failing (HTTP {status}, {attempts} attempts). Nothing was imported; try again later.</source>
        <translation>Veikals {host} atkārtoti atbildēja ar kļūdu (HTTP {status}, {attempts} mēģinājumi). Nekas netika importēts; mēģiniet vēlreiz vēlāk.</translation>
    </message>
    <message>
        <source>The shop at {host} answered {path} with HTTP {status}. Nothing was imported.</source>
        <translation>Veikals {host} uz {path} atbildēja ar HTTP {status}. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>{name} is not a web-server access log in the combined format; nothing was imported.</source>
        <translation>{name} nav tīmekļa servera piekļuves žurnāls formātā combined; nekas netika importēts.</translation>
    </message>
    <message>
        <source>The compressed log {name} is damaged or cut off; nothing was imported.</source>
        <translation>Saspiestais žurnāls {name} ir bojāts vai nepilnīgs; nekas netika importēts.</translation>
    </message>
    <message>
        <source>Reading {name} failed partway; the visits imported before that stay. Import it again once the file is whole: nothing is imported twice.</source>
        <translation>Faila {name} lasīšana pārtrūka pusceļā; līdz tam importētie apmeklējumi paliek. Importējiet to vēlreiz, kad fails ir vesels: nekas netiek importēts divreiz.</translation>
    </message>
    <message>
        <source>Give an IP address such as 192.0.2.10 or 2001:db8::1; nothing was searched.</source>
        <translation>Norādiet IP adresi, piemēram, 192.0.2.10 vai 2001:db8::1; nekas netika meklēts.</translation>
    </message>
    <message>
        <source>Say why: correcting the awareness time or marking a breach as registered in error needs a reason. Nothing was recorded.</source>
        <translation>Norādiet iemeslu: uzzināšanas laika labošanai vai pārkāpuma atzīmēšanai kā kļūdaini reģistrēta ir vajadzīgs iemesls. Nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>Breach {reference} is marked as registered in error; nothing more can be recorded on it.</source>
        <translation>Pārkāpums {reference} ir atzīmēts kā kļūdaini reģistrēts; tajā vairs neko nevar ierakstīt.</translation>
    </message>
    <message>
        <source>The time the DVI was notified cannot be in the future. Nothing was recorded.</source>
        <translation>DVI paziņošanas laiks nevar būt nākotnē. Nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>The DVI cannot have been notified before the shop became aware of the breach ({aware}). Nothing was recorded.</source>
        <translation>DVI nevar būt paziņots pirms brīža, kad veikals uzzināja par pārkāpumu ({aware}). Nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>Only a manager can add users: a manager must confirm it with their own password. Nobody was added.</source>
        <translation>Lietotājus var pievienot tikai vadītājs, apstiprinot ar savu paroli. Neviens netika pievienots.</translation>
    </message>
    <message>
        <source>The first user must be a manager, with their own password; the manager then adds the others. Nobody was added.</source>
        <translation>Pirmajam lietotājam jābūt vadītājam ar savu paroli; pārējos pēc tam pievieno vadītājs. Neviens netika pievienots.</translation>
    </message>
    <message>
        <source>{name} is not a known user, so no letter can be signed in their name: set MINIME_ADMIN_USER to the name of a user a manager added with &apos;users add&apos;. No letter was made.</source>
        <translation>{name} nav zināms lietotājs, tāpēc viņa vārdā nevar parakstīt vēstuli: iestatiet MINIME_ADMIN_USER tāda lietotāja vārdā, ko vadītājs pievienojis ar &apos;users add&apos;. Neviena vēstule netika sagatavota.</translation>
    </message>
    <message>
        <source>No mailbox is set up: give its server and user in Settings › Mailbox (or with &apos;minime-admin mail configure&apos;). No mail was fetched.</source>
        <translation>Pastkaste nav iestatīta: norādiet tās serveri un lietotāju sadaļā Iestatījumi › Pastkaste (vai ar &apos;minime-admin mail configure&apos;). Pasts netika saņemts.</translation>
    </message>
    <message>
        <source>The mailbox password is missing: save it in Settings › Mailbox (kept in the keychain) or set MINIME_ADMIN_MAIL_PASSWORD. No mail was fetched.</source>
        <translation>Trūkst pastkastes paroles: saglabājiet to sadaļā Iestatījumi › Pastkaste (tā glabājas atslēgu glabātuvē) vai iestatiet MINIME_ADMIN_MAIL_PASSWORD. Pasts netika saņemts.</translation>
    </message>
    <message>
        <source>A mailbox without TLS is accepted only on this computer (127.0.0.1 or localhost), not at {host}: choose implicit TLS or STARTTLS. No mail was fetched.</source>
        <translation>Pastkaste bez TLS ir atļauta tikai šajā datorā (127.0.0.1 vai localhost), nevis serverī {host}: izvēlieties TLS no savienojuma sākuma (implicit TLS) vai STARTTLS. Pasts netika saņemts.</translation>
    </message>
    <message>
        <source>The mail server {host} did not answer ({detail}). No mail was fetched; try again later.</source>
        <translation>Pasta serveris {host} neatbildēja ({detail}). Pasts netika saņemts; mēģiniet vēlreiz vēlāk.</translation>
    </message>
    <message>
        <source>The mail server {host} showed a certificate this computer does not trust ({detail}): it may be expired, self-signed or for another address. If the server uses its own certificate authority, give its file in Settings › Mailbox. No mail was fetched.</source>
        <translation>Pasta serveris {host} uzrādīja sertifikātu, kuram šis dators neuzticas ({detail}): tam var būt beidzies derīgums, tas var būt pašparakstīts vai izdots citai adresei. Ja serveris izmanto savu sertifikātu iestādi, norādiet tās failu sadaļā Iestatījumi › Pastkaste. Pasts netika saņemts.</translation>
    </message>
    <message>
        <source>The certificate file {path} could not be read as a certificate authority (PEM). No mail was fetched.</source>
        <translation>Sertifikāta failu {path} neizdevās nolasīt kā sertifikātu iestādi (PEM). Pasts netika saņemts.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS, so the password was not sent: choose implicit TLS (usually port 993). No mail was fetched.</source>
        <translation>Pasta serveris {host} nepiedāvā STARTTLS, tāpēc parole netika nosūtīta: izvēlieties TLS no savienojuma sākuma (implicit TLS, parasti ports 993). Pasts netika saņemts.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or password. Check them in Settings › Mailbox. No mail was fetched.</source>
        <translation>Pasta serveris {host} noraidīja lietotājvārdu vai paroli. Pārbaudiet tos sadaļā Iestatījumi › Pastkaste. Pasts netika saņemts.</translation>
    </message>
    <message>
        <source>The mailbox at {host} has no folder named &apos;{folder}&apos;. Check the folder names in Settings › Mailbox. No mail was fetched.</source>
        <translation>Pastkastē serverī {host} nav mapes ar nosaukumu &apos;{folder}&apos;. Pārbaudiet mapju nosaukumus sadaļā Iestatījumi › Pastkaste. Pasts netika saņemts.</translation>
    </message>
    <message>
        <source>The connection to the mail server {host} broke off. Nothing of the unfinished batch was recorded; the messages not yet taken will be fetched next time.</source>
        <translation>Savienojums ar pasta serveri {host} pārtrūka. No nepabeigtās vēstuļu daļas nekas netika ierakstīts; vēl nepaņemtās vēstules tiks saņemtas nākamreiz.</translation>
    </message>
    <message>
        <source>Say why the fetched message is not a request (--reason). It was not set aside.</source>
        <translation>Norādiet, kāpēc saņemtā vēstule nav pieprasījums (--reason). Tā netika atlikta malā.</translation>
    </message>
    <message>
        <source>This fetched message has already been opened as a request or set aside by someone else. Nothing was changed.</source>
        <translation>Šo saņemto vēstuli kāds cits jau ir atvēris kā pieprasījumu vai atlicis malā. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The backup folder {path} does not exist (is the drive or network share connected?). No backup was made.</source>
        <translation>Rezerves kopiju mape {path} nepastāv (vai disks vai tīkla mape ir pievienota?). Rezerves kopija netika izveidota.</translation>
    </message>
    <message>
        <source>The backup folder {path} does not exist (is the drive or network share connected?).</source>
        <translation>Rezerves kopiju mape {path} nepastāv (vai disks vai tīkla mape ir pievienota?).</translation>
    </message>
    <message>
        <source>The backup folder {path} cannot be written to. No backup was made; choose another folder or change its permissions.</source>
        <translation>Rezerves kopiju mapē {path} nevar ierakstīt. Rezerves kopija netika izveidota; izvēlieties citu mapi vai mainiet tās atļaujas.</translation>
    </message>
    <message>
        <source>The backup did not fit in {path}: the disk is full or does not take a file this large. No backup was made; the earlier backups are untouched.</source>
        <translation>Rezerves kopija neietilpa mapē {path}: disks ir pilns vai nepieņem tik lielu failu. Rezerves kopija netika izveidota; iepriekšējās rezerves kopijas nav skartas.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({detail}). No backup was made; the earlier backups are untouched.</source>
        <translation>Rezerves kopiju neizdevās ierakstīt mapē {path} ({detail}). Rezerves kopija netika izveidota; iepriekšējās rezerves kopijas nav skartas.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Ceļā {path} nav rezerves kopijas faila.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged or incomplete, so it cannot be restored. It was not changed; choose an earlier backup.</source>
        <translation>Rezerves kopija {path} ir bojāta vai nepilnīga, tāpēc to nevar atjaunot. Tā netika mainīta; izvēlieties agrāku rezerves kopiju.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of minime-admin; update the app to restore it. The file was not changed.</source>
        <translation>Rezerves kopiju {path} izveidoja jaunāka minime-admin versija; lai to atjaunotu, atjauniniet lietotni. Fails netika mainīts.</translation>
    </message>
    <message>
        <source>That recovery key does not open the backup {path}. Check it against the recovery sheet of this database; the file was not changed.</source>
        <translation>Šī atkopšanas atslēga neatver rezerves kopiju {path}. Salīdziniet to ar šīs datubāzes atkopšanas lapu; fails netika mainīts.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain does not hold the key of the backup {path}: type its recovery key (on the command line, add --recover).</source>
        <translation>Šī datora atslēgu glabātuvē nav rezerves kopijas {path} atslēgas: ievadiet tās atkopšanas atslēgu (komandrindā pievienojiet --recover).</translation>
    </message>
    <message>
        <source>{path} already exists and was left untouched. Restore to a new file, or add --replace to put the backup in its place (the current file is backed up first).</source>
        <translation>Fails {path} jau pastāv un netika skarts. Atjaunojiet jaunā failā vai pievienojiet --replace, lai rezerves kopiju ieliktu tā vietā (no pašreizējā faila vispirms tiek izveidota rezerves kopija).</translation>
    </message>
    <message>
        <source>The current database {path} could not be opened to back it up before it is replaced, so it was left untouched. Move it aside yourself, then restore to its place.</source>
        <translation>Pašreizējo datubāzi {path} neizdevās atvērt, lai pirms aizstāšanas izveidotu tās rezerves kopiju, tāpēc tā netika skarta. Pārvietojiet to citur un tad atjaunojiet tās vietā.</translation>
    </message>
    <message>
        <source>{path} is open in minime-admin (a window or a command), so it was left untouched. Close it there, then restore again.</source>
        <translation>Fails {path} ir atvērts programmā minime-admin (logā vai komandā), tāpēc tas netika skarts. Aizveriet to tur un tad atjaunojiet vēlreiz.</translation>
    </message>
    <message>
        <source>The database {path} is being restored from a backup just now. Open it again when the restore has finished.</source>
        <translation>Datubāze {path} pašlaik tiek atjaunota no rezerves kopijas. Atveriet to vēlreiz, kad atjaunošana būs pabeigta.</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server is backed up on the server (pg_dump), not by minime-admin. Nothing was written.</source>
        <translation>PostgreSQL servera datubāzes rezerves kopiju veido serverī (pg_dump), nevis minime-admin. Nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>{url} is not a database server address the app can use. Write it as postgresql+psycopg://user@host/database.</source>
        <translation>{url} nav datubāzes servera adrese, ko lietotne var izmantot. Rakstiet to šādi: postgresql+psycopg://lietotājs@serveris/datubāze.</translation>
    </message>
    <message>
        <source>The database server at {url} cannot be reached: it may be switched off, or the network is down. Nothing was changed; try again later or ask whoever runs the server.</source>
        <translation>Datubāzes serveris {url} nav sasniedzams: iespējams, tas ir izslēgts vai tīkls nedarbojas. Nekas netika mainīts; mēģiniet vēlreiz vēlāk vai jautājiet servera uzturētājam.</translation>
    </message>
    <message>
        <source>The database server at {url} did not accept the password for this user. Nothing was changed; check the password and try again.</source>
        <translation>Datubāzes serveris {url} nepieņēma šī lietotāja paroli. Nekas netika mainīts; pārbaudiet paroli un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The database server at {url} needs a password: type it when asked, or set MINIME_ADMIN_DB_PASSWORD.</source>
        <translation>Datubāzes serverim {url} vajadzīga parole: ierakstiet to, kad tā tiek prasīta, vai iestatiet MINIME_ADMIN_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>The database server at {url} could not prove who it is: its certificate does not verify with the CA file given. No data was sent; check the CA file and the server&apos;s name.</source>
        <translation>Datubāzes serveris {url} nevarēja pierādīt, kas tas ir: tā sertifikāts neatbilst norādītajam CA failam. Nekādi dati netika nosūtīti; pārbaudiet CA failu un servera nosaukumu.</translation>
    </message>
    <message>
        <source>This user may not work in the database at {url}: the server refused access. Nothing was changed; ask whoever runs the server to grant the rights in docs/team-server.md.</source>
        <translation>Šim lietotājam nav atļauts strādāt datubāzē {url}: serveris atteica piekļuvi. Nekas netika mainīts; lūdziet servera uzturētājam piešķirt tiesības, kas aprakstītas docs/team-server.md.</translation>
    </message>
    <message>
        <source>The database at {url} already holds tables, so nothing was copied into it. Give the move an empty database.</source>
        <translation>Datubāzē {url} jau ir tabulas, tāpēc tajā nekas netika kopēts. Pārcelšanai norādiet tukšu datubāzi.</translation>
    </message>
    <message>
        <source>The copy on the server at {url} does not match the file (table {table}), so it was not kept. The file is unchanged.</source>
        <translation>Kopija serverī {url} neatbilst failam (tabula {table}), tāpēc tā netika saglabāta. Fails nav mainīts.</translation>
    </message>
    <message>
        <source>The database at {url} is empty. Set it up with: minime-admin --db URL init, or move an existing file there with: minime-admin migrate-to-server URL</source>
        <translation>Datubāze {url} ir tukša. Sagatavojiet to ar komandu: minime-admin --db URL init, vai pārceliet uz to esošu failu ar komandu: minime-admin migrate-to-server URL</translation>
    </message>
    <message>
        <source>The connection to the database server at {url} broke off. What was being saved was not saved; try again once the server can be reached.</source>
        <translation>Savienojums ar datubāzes serveri {url} pārtrūka. Tas, ko saglabājāt, netika saglabāts; mēģiniet vēlreiz, kad serveris būs sasniedzams.</translation>
    </message>
    <message>
        <source>The audit log copied to {url} did not verify there, so the copy was not kept. The file is unchanged; run: minime-admin audit verify</source>
        <translation>Uz {url} nokopētais audita žurnāls tur neizturēja pārbaudi, tāpēc kopija netika saglabāta. Fails nav mainīts; palaidiet: minime-admin audit verify</translation>
    </message>
    <message>
        <source>The extension can no longer be announced: it had to be decided and told to the person within the first month, by {due}.</source>
        <translation>Termiņa pagarinājumu vairs nevar paziņot: par to bija jāizlemj un jāpaziņo personai pirmā mēneša laikā (pēdējā diena: {due}).</translation>
    </message>
    <message>
        <source>This request has already been extended once.</source>
        <translation>Šī pieprasījuma termiņš jau vienreiz ir pagarināts.</translation>
    </message>
    <message>
        <source>Say in a note how the identity was confirmed when the method is “other”; nothing was changed.</source>
        <translation>Ja veids ir “cits”, piezīmē norādiet, kā identitāte tika apstiprināta; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Choose from the list how the identity was confirmed; the note only adds to it. Nothing was changed.</source>
        <translation>Izvēlieties no saraksta, kā identitāte tika apstiprināta; piezīme to tikai papildina. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>“{name}” is not one of the app&apos;s users, so nothing was assigned. Add them as a user first (minime-admin users add).</source>
        <translation>“{name}” nav lietotnes lietotājs, tāpēc nekas netika piešķirts. Vispirms pievienojiet viņu kā lietotāju (minime-admin users add).</translation>
    </message>
    <message>
        <source>The {kind} letter needs facts this request does not have yet ({missing}); fill them in the letter dialog.</source>
        <translation>Vēstulei “{kind}” vajag ziņas, kuru šim pieprasījumam vēl nav ({missing}); aizpildiet tās vēstules logā.</translation>
    </message>
    <message>
        <source>This request has not been extended, so there is no extension to announce. Extend it first, with the reasons; the notice then gives the new date.</source>
        <translation>Šī pieprasījuma termiņš nav pagarināts, tāpēc nav par ko paziņot. Vispirms pagariniet termiņu, norādot iemeslus; paziņojumā tad būs jaunais datums.</translation>
    </message>
    <message>
        <source>The extension notice had to reach the person within the first month, by {due}; it can no longer be produced.</source>
        <translation>Paziņojums par termiņa pagarinājumu personai bija jānosūta pirmā mēneša laikā (pēdējā diena: {due}); to vairs nevar sagatavot.</translation>
    </message>
    <message>
        <source>Letters are written in Latvian (lv) or English (en).</source>
        <translation>Vēstules raksta latviešu (lv) vai angļu (en) valodā.</translation>
    </message>
    <message>
        <source>An encrypted export needs a password of at least 8 characters.</source>
        <translation>Šifrētam eksportam vajag paroli, kurā ir vismaz 8 rakstzīmes.</translation>
    </message>
    <message>
        <source>There is no request with the reference {reference}; nothing was done.</source>
        <translation>Pieprasījuma ar numuru {reference} nav; nekas netika darīts.</translation>
    </message>
    <message>
        <source>Only a manager can change retention periods.</source>
        <translation>Glabāšanas termiņus var mainīt tikai vadītājs.</translation>
    </message>
    <message>
        <source>A password is needed (MINIME_ADMIN_USER_PASSWORD, or typed).</source>
        <translation>Vajadzīga parole (MINIME_ADMIN_USER_PASSWORD vai ievadīta).</translation>
    </message>
    <message>
        <source>Request {reference} is linked to another customer; nothing was erased. Check the customer number.</source>
        <translation>Pieprasījums {reference} ir piesaistīts citam klientam; nekas netika dzēsts. Pārbaudiet klienta numuru.</translation>
    </message>
    <message>
        <source>A dry run changes nothing, so it makes no letters: leave out --letter and --partner-notices.</source>
        <translation>Izmēģinājums neko nemaina, tāpēc vēstules netiek sagatavotas: nenorādiet --letter un --partner-notices.</translation>
    </message>
    <message>
        <source>The erasure-done letter answers a request: give it with --request.</source>
        <translation>Vēstule par datu dzēšanu ir atbilde uz pieprasījumu: norādiet to ar --request.</translation>
    </message>
    <message>
        <source>--lang chooses the letter&apos;s language: give --letter too.</source>
        <translation>--lang izvēlas vēstules valodu: norādiet arī --letter.</translation>
    </message>
    <message>
        <source>The erasure was carried out, but {path} could not be saved ({detail}).</source>
        <translation>Dzēšana ir veikta, taču failu {path} neizdevās saglabāt ({detail}).</translation>
    </message>
    <message>
        <source>no e-mail address or order number in the row</source>
        <translation>rindā nav ne e-pasta adreses, ne pasūtījuma numura</translation>
    </message>
    <message>
        <source>no customer has this e-mail address or order number</source>
        <translation>nevienam klientam nav šādas e-pasta adreses vai pasūtījuma numura</translation>
    </message>
    <message>
        <source>the row could not be read (a broken quote or a cell over 10,000 characters)</source>
        <translation>rindu nevarēja nolasīt (nepabeigtas pēdiņas vai šūna, garāka par 10 000 rakstzīmēm)</translation>
    </message>
    <message>
        <source>{name} is not a list that can be read (text or CSV in UTF-8, UTF-16 or windows-1257, under 50 MB); nobody was selected.</source>
        <translation>{name} nav nolasāms saraksts (teksts vai CSV kodējumā UTF-8, UTF-16 vai windows-1257, mazāks par 50 MB); neviens netika atlasīts.</translation>
    </message>
    <message>
        <source>The period must end after it starts: check the two dates.</source>
        <translation>Periodam jābeidzas pēc tā sākuma: pārbaudiet abus datumus.</translation>
    </message>
    <message>
        <source>the field {field} is missing or not valid</source>
        <translation>lauka {field} trūkst vai tas nav derīgs</translation>
    </message>
    <message>
        <source>the field {field} is longer than {limit} characters</source>
        <translation>lauks {field} ir garāks par {limit} rakstzīmēm</translation>
    </message>
    <message>
        <source>no valid e-mail address</source>
        <translation>nav derīgas e-pasta adreses</translation>
    </message>
    <message>
        <source>erased on {day}</source>
        <translation>dzēsts {day}</translation>
    </message>
    <message>
        <source>the order is in the shop&apos;s trash</source>
        <translation>pasūtījums ir veikala atkritnē</translation>
    </message>
    <message>
        <source>its customer account {ident} is not in the database</source>
        <translation>tā klienta konta {ident} nav datubāzē</translation>
    </message>
    <message>
        <source>the order number {number} belongs to another order</source>
        <translation>pasūtījuma numurs {number} pieder citam pasūtījumam</translation>
    </message>
    <message>
        <source>the first name was corrected here; the shop still has another: correct it there</source>
        <translation>vārds šeit tika labots, bet veikalā joprojām ir cits: izlabojiet to arī tur</translation>
    </message>
    <message>
        <source>the last name was corrected here; the shop still has another: correct it there</source>
        <translation>uzvārds šeit tika labots, bet veikalā joprojām ir cits: izlabojiet to arī tur</translation>
    </message>
    <message>
        <source>the e-mail address was corrected here; the shop still has another: correct it there</source>
        <translation>e-pasta adrese šeit tika labota, bet veikalā joprojām ir cita: izlabojiet to arī tur</translation>
    </message>
    <message>
        <source>the phone number was corrected here; the shop still has another: correct it there</source>
        <translation>tālruņa numurs šeit tika labots, bet veikalā joprojām ir cits: izlabojiet to arī tur</translation>
    </message>
    <message>
        <source>an address was corrected here; the shop still has another: correct it there</source>
        <translation>adrese šeit tika labota, bet veikalā joprojām ir cita: izlabojiet to arī tur</translation>
    </message>
    <message>
        <source>what happened (the nature of the breach)</source>
        <translation>kas notika (pārkāpuma raksturs)</translation>
    </message>
    <message>
        <source>categories of people</source>
        <translation>datu subjektu kategorijas</translation>
    </message>
    <message>
        <source>approximate number of people</source>
        <translation>aptuvenais datu subjektu skaits</translation>
    </message>
    <message>
        <source>categories of data records</source>
        <translation>personas datu ierakstu kategorijas</translation>
    </message>
    <message>
        <source>approximate number of records</source>
        <translation>aptuvenais ierakstu skaits</translation>
    </message>
    <message>
        <source>contact point</source>
        <translation>kontaktpersona</translation>
    </message>
    <message>
        <source>likely consequences</source>
        <translation>iespējamās sekas</translation>
    </message>
    <message>
        <source>measures taken or proposed</source>
        <translation>veiktie vai plānotie pasākumi</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>kas notika</translation>
    </message>
    <message>
        <source>measures taken</source>
        <translation>veiktie pasākumi</translation>
    </message>
    <message>
        <source>measures proposed</source>
        <translation>plānotie pasākumi</translation>
    </message>
    <message>
        <source>advice to the people</source>
        <translation>ieteikumi skartajām personām</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>latviešu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angļu</translation>
    </message>
    <message>
        <source>{name} is not a column mapping: it must be a JSON object with &quot;kind&quot; (customers or orders) and &quot;columns&quot; (each of our fields with the file&apos;s column name).</source>
        <translation>{name} nav kolonnu kartējums: tam jābūt JSON objektam ar &quot;kind&quot; (customers vai orders) un &quot;columns&quot; (katrs mūsu lauks ar faila kolonnas nosaukumu).</translation>
    </message>
    <message>
        <source>{field} is not a field of a {kind} import.</source>
        <translation>{field} nav importa {kind} lauks.</translation>
    </message>
    <message>
        <source>The column {column} is not in {name}.</source>
        <translation>Failā {name} nav kolonnas {column}.</translation>
    </message>
    <message>
        <source>The mapping gives no column for {field}, which every {kind} import needs.</source>
        <translation>Kartējumā nav kolonnas laukam {field}, kas vajadzīgs katram importam {kind}.</translation>
    </message>
    <message>
        <source>the column {field} starts like a spreadsheet formula (=, +, -, @)</source>
        <translation>kolonna {field} sākas kā izklājlapas formula (=, +, -, @)</translation>
    </message>
    <message>
        <source>the date in the column {field} cannot be read</source>
        <translation>datumu kolonnā {field} nevar nolasīt</translation>
    </message>
    <message>
        <source>the date in the column {field} could be day/month or month/day, and no other date in the column settles which</source>
        <translation>datums kolonnā {field} var būt gan diena/mēnesis, gan mēnesis/diena, un neviens cits kolonnas datums to neizšķir</translation>
    </message>
    <message>
        <source>the amount in the column {field} cannot be read</source>
        <translation>summu kolonnā {field} nevar nolasīt</translation>
    </message>
    <message>
        <source>the subscriber never confirmed the subscription (unconfirmed): no consent to record</source>
        <translation>abonents pierakstīšanos nekad neapstiprināja (unconfirmed): nav piekrišanas, ko reģistrēt</translation>
    </message>
    <message>
        <source>a contact who never subscribed (status {status}): nothing to record</source>
        <translation>kontakts, kas nekad nav pierakstījies (statuss {status}): nav ko reģistrēt</translation>
    </message>
    <message>
        <source>subscribed, but the export says neither when the person opted in nor confirmed</source>
        <translation>pierakstījies, bet eksportā nav norādīts ne tas, kad persona pierakstījās, ne tas, kad apstiprināja</translation>
    </message>
    <message>
        <source>the status {status} is not one this import knows</source>
        <translation>statuss {status} šim importam nav zināms</translation>
    </message>
    <message>
        <source>the same e-mail address is already on line {line}</source>
        <translation>tā pati e-pasta adrese jau ir rindā {line}</translation>
    </message>
    <message>
        <source>the e-mail address is longer than 254 characters</source>
        <translation>e-pasta adrese ir garāka par 254 rakstzīmēm</translation>
    </message>
    <message>
        <source>{name} is not a {expected} export: it has no column {column}. Check the file and the --format option. Nothing was imported.</source>
        <translation>{name} nav {expected} eksports: tajā nav kolonnas {column}. Pārbaudiet failu un opciju --format. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>{name} looks like a {found} export, not a {expected} one: choose {found} as its format. Nothing was imported.</source>
        <translation>{name} izskatās pēc {found} eksporta, nevis pēc {expected} eksporta: izvēlieties formātu {found}. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>{name} holds no CSV file that could be read. Nothing was imported.</source>
        <translation>Failā {name} nav neviena CSV faila, ko varētu nolasīt. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>the row could not be read (a quote that is never closed, or a cell over 1 MB)</source>
        <translation>rindu nevarēja nolasīt (pēdiņas, kas netiek aizvērtas, vai šūna, kas lielāka par 1 MB)</translation>
    </message>
    <message>
        <source>{name} is not a table file that can be read (CSV, UTF-8 or windows-1257, with a header row). Nothing was imported.</source>
        <translation>{name} nav nolasāms tabulas fails (CSV, UTF-8 vai windows-1257 kodējumā, ar virsrakstu rindu). Nekas netika importēts.</translation>
    </message>
    <message>
        <source>The columns of {name} are not those of a known export ({presets}) and no mapping is remembered for them: choose one with --preset NAME or --mapping FILE.</source>
        <translation>Faila {name} kolonnas neatbilst nevienam zināmam eksportam ({presets}), un tām nav atcerēta kartējuma: izvēlieties to ar --preset NOSAUKUMS vai --mapping FAILS.</translation>
    </message>
    <message>
        <source>The preset {preset} reads {preset_kind}, not {kind}.</source>
        <translation>Sagatave {preset} nolasa {preset_kind}, nevis {kind}.</translation>
    </message>
    <message>
        <source>subscribed on the list, but unsubscribed or objecting to direct marketing here: left unsubscribed here; remove the address from the list at {service}</source>
        <translation>sarakstā pierakstīts, bet šeit atteicies no jaunumiem vai iebildis pret tiešo mārketingu: šeit atstāts neabonējis; izņemiet adresi no saraksta pakalpojumā {service}</translation>
    </message>
    <message>
        <source>A list name must be 1 to 64 characters long. Nothing was imported.</source>
        <translation>Saraksta nosaukumam jābūt no 1 līdz 64 rakstzīmēm garam. Nekas netika importēts.</translation>
    </message>
    <message>
        <source>not a line in the combined log format</source>
        <translation>nav rinda žurnāla formātā combined</translation>
    </message>
    <message>
        <source>the line is longer than {limit} bytes</source>
        <translation>rinda ir garāka par {limit} baitiem</translation>
    </message>
    <message>
        <source>the line is cut off (no end of line)</source>
        <translation>rinda ir nogriezta (nav rindas beigu)</translation>
    </message>
    <message>
        <source>Partner notices for an erasure are made with the erasure itself (erase --partner-notices). Nothing was made.</source>
        <translation>Paziņojumus partneriem par dzēšanu sagatavo kopā ar pašu dzēšanu (erase --partner-notices). Nekas netika sagatavots.</translation>
    </message>
    <message>
        <source>Name the corrected fields (or a request whose timeline records the rectification): a rectification notice says what was corrected. Nothing was made.</source>
        <translation>Norādiet labotos laukus (vai pieprasījumu, kura vēsturē labošana ir reģistrēta): paziņojumā par labošanu jānorāda, kas tika labots. Nekas netika sagatavots.</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts: check the two dates.</source>
        <translation>Periodam jābeidzas tā sākuma dienā vai vēlāk: pārbaudiet abus datumus.</translation>
    </message>
    <message>
        <source>The CSV file {file} could not be written ({detail}): choose another folder or name.</source>
        <translation>CSV datni {file} neizdevās ierakstīt ({detail}): izvēlieties citu mapi vai nosaukumu.</translation>
    </message>
    <message>
        <source>No export package has been made for request {reference}, so none can have been handed over; nothing was recorded.</source>
        <translation>Pieprasījumam {reference} nav izveidota neviena eksporta pakete, tāpēc neviena nevar būt nodota; nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>A handover cannot be recorded for a time still to come; nothing was recorded.</source>
        <translation>Nodošanu nevar ierakstīt laikam, kas vēl nav pienācis; nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>The package was made at {made}: it cannot have been handed over before that; nothing was recorded.</source>
        <translation>Pakete tika izveidota {made}: to nevarēja nodot agrāk; nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>Say in a note how the package was handed over when the way is “other”; nothing was recorded.</source>
        <translation>Ja veids ir “cits”, piezīmē norādiet, kā pakete tika nodota; nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>The manager&apos;s password is too short or too easy to guess (a common word, a pattern or a repeat): use at least {minimum} characters, e.g. four or five unrelated words. Nobody was added.</source>
        <translation>Vadītāja parole ir pārāk īsa vai pārāk viegli uzminama (bieži lietots vārds, raksts vai atkārtojums): izmantojiet vismaz {minimum} rakstzīmes, piem., četrus vai piecus nesaistītus vārdus. Neviens netika pievienots.</translation>
    </message>
    <message>
        <source>This database already has a manager; they add the others. Nobody was added.</source>
        <translation>Šai datubāzei jau ir vadītājs; pārējos pievieno viņš. Neviens netika pievienots.</translation>
    </message>
    <message>
        <source>it is a bounce: a message that could not be delivered came back</source>
        <translation>tas ir atpakaļ atsūtīts ziņojums, ko nevarēja piegādāt</translation>
    </message>
    <message>
        <source>it is a delivery status notification</source>
        <translation>tas ir piegādes statusa paziņojums</translation>
    </message>
    <message>
        <source>it is an automatic reply (an out-of-office notice or similar)</source>
        <translation>tā ir automātiska atbilde (paziņojums par prombūtni vai līdzīgs)</translation>
    </message>
    <message>
        <source>it is bulk mail (marked Precedence: bulk or junk)</source>
        <translation>tas ir masveida sūtījums (atzīmēts Precedence: bulk vai junk)</translation>
    </message>
    <message>
        <source>it is a read receipt</source>
        <translation>tas ir izlasīšanas apstiprinājums</translation>
    </message>
    <message>
        <source>The outgoing mail server is not set: fill in Settings › Mailbox or run `minime-admin mail configure`. Nothing was sent.</source>
        <translation>Izejošā pasta serveris nav iestatīts: aizpildiet “Iestatījumi › Pastkaste” vai izpildiet `minime-admin mail configure`. Nekas netika nosūtīts.</translation>
    </message>
    <message>
        <source>The mailbox password is missing: save it in Settings › Mailbox (kept in the keychain) or set MINIME_ADMIN_MAIL_PASSWORD. Nothing was sent.</source>
        <translation>Trūkst pastkastes paroles: saglabājiet to sadaļā “Iestatījumi › Pastkaste” (tā glabājas atslēgu glabātuvē) vai norādiet MINIME_ADMIN_MAIL_PASSWORD. Nekas netika nosūtīts.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the mailbox password: set MINIME_ADMIN_MAIL_PASSWORD before sending instead. The password was not saved.</source>
        <translation>Šim datoram nav atslēgu glabātuves pastkastes paroles glabāšanai: tās vietā pirms sūtīšanas norādiet MINIME_ADMIN_MAIL_PASSWORD. Parole netika saglabāta.</translation>
    </message>
    <message>
        <source>“{server}” is not a mail server: give it as HOST:PORT, e.g. smtp.example.lv:465.</source>
        <translation>“{server}” nav pasta serveris: norādiet to formā RESURSDATORS:PORTS, piemēram, smtp.example.lv:465.</translation>
    </message>
    <message>
        <source>A mail server without TLS is accepted only on this computer (127.0.0.1 or localhost), not at {host}. Choose implicit TLS or STARTTLS.</source>
        <translation>Pasta serveri bez TLS pieņem tikai šajā datorā (127.0.0.1 vai localhost), nevis adresē {host}. Izvēlieties tiešo TLS vai STARTTLS.</translation>
    </message>
    <message>
        <source>The office&apos;s “From” address is not an e-mail address: {address}.</source>
        <translation>Biroja sūtītāja adrese nav e-pasta adrese: {address}.</translation>
    </message>
    <message>
        <source>TLS is one of implicit, starttls or none, not “{tls}”.</source>
        <translation>TLS var būt implicit, starttls vai none, nevis “{tls}”.</translation>
    </message>
    <message>
        <source>The sending rate is a number of letters per minute from 0 (no pause) to {maximum}.</source>
        <translation>Sūtīšanas ātrums ir vēstuļu skaits minūtē no 0 (bez pauzēm) līdz {maximum}.</translation>
    </message>
    <message>
        <source>The fetch interval is a number of minutes from 0 (only when asked) to {maximum}.</source>
        <translation>Pasta saņemšanas intervāls ir minūšu skaits no 0 (tikai ar pogu “Saņemt pastu”) līdz {maximum}.</translation>
    </message>
    <message>
        <source>The certificate file {path} could not be read as a certificate authority (PEM). Nothing was sent.</source>
        <translation>Sertifikāta failu {path} nevarēja nolasīt kā sertifikātu iestādi (PEM). Nekas netika nosūtīts.</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} could not be reached ({detail}). Nothing was sent; check the server in Settings › Mailbox, or try again later.</source>
        <translation>Ar pasta serveri {host}:{port} nevarēja sazināties ({detail}). Nekas netika nosūtīts; pārbaudiet serveri sadaļā “Iestatījumi › Pastkaste” vai mēģiniet vēlāk.</translation>
    </message>
    <message>
        <source>The mail server {host} showed a certificate this computer does not trust ({detail}): it may be expired, self-signed or for another address. If the server uses its own certificate authority, give its file in Settings › Mailbox. Nothing was sent.</source>
        <translation>Pasta serveris {host} uzrādīja sertifikātu, kuram šis dators neuzticas ({detail}): tas var būt novecojis, pašparakstīts vai izdots citai adresei. Ja serverim ir sava sertifikātu iestāde, norādiet tās failu sadaļā “Iestatījumi › Pastkaste”. Nekas netika nosūtīts.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the mail server {host} could not be made ({detail}). Is the TLS setting right for port {port}? Nothing was sent.</source>
        <translation>Drošu (TLS) savienojumu ar pasta serveri {host} izveidot neizdevās ({detail}). Vai TLS iestatījums atbilst portam {port}? Nekas netika nosūtīts.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS, so the password would travel unencrypted. Nothing was sent; check the TLS setting and the port.</source>
        <translation>Pasta serveris {host} nepiedāvā STARTTLS, tāpēc parole tiktu pārsūtīta nešifrēta. Nekas netika nosūtīts; pārbaudiet TLS iestatījumu un portu.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or password. Nothing was sent; check them in Settings › Mailbox.</source>
        <translation>Pasta serveris {host} noraidīja lietotājvārdu vai paroli. Nekas netika nosūtīts; pārbaudiet tos sadaļā “Iestatījumi › Pastkaste”.</translation>
    </message>
    <message>
        <source>The mail server {host} does not accept a login on this connection. Nothing was sent; check the TLS setting and the port.</source>
        <translation>Pasta serveris {host} šajā savienojumā nepieņem pieteikšanos. Nekas netika nosūtīts; pārbaudiet TLS iestatījumu un portu.</translation>
    </message>
    <message>
        <source>The mail server {host} refused to send from the office&apos;s address (code {code}). Nothing was sent; check the “From” address in Settings › Mailbox.</source>
        <translation>Pasta serveris {host} atteicās sūtīt no biroja adreses (kods {code}). Nekas netika nosūtīts; pārbaudiet sūtītāja adresi sadaļā “Iestatījumi › Pastkaste”.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the recipient&apos;s address (code {code}). The letter was not sent; check the address on the request.</source>
        <translation>Pasta serveris {host} noraidīja saņēmēja adresi (kods {code}). Vēstule netika nosūtīta; pārbaudiet pieprasījumā norādīto adresi.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the message (code {code}). It is not recorded as sent.</source>
        <translation>Pasta serveris {host} noraidīja ziņojumu (kods {code}). Tas nav reģistrēts kā nosūtīts.</translation>
    </message>
    <message>
        <source>The mail server {host} did not answer in time (waited {seconds} s). The letter is not recorded as sent; try again later.</source>
        <translation>Pasta serveris {host} neatbildēja laikā (gaidīja {seconds} s). Vēstule nav reģistrēta kā nosūtīta; mēģiniet vēlāk.</translation>
    </message>
    <message>
        <source>The mail server {host} closed the connection before it accepted the message. The letter is not recorded as sent; try again later.</source>
        <translation>Pasta serveris {host} slēdza savienojumu, pirms pieņēma ziņojumu. Vēstule nav reģistrēta kā nosūtīta; mēģiniet vēlāk.</translation>
    </message>
    <message>
        <source>Request {reference} has no e-mail address to send the letter to. Save or print it instead.</source>
        <translation>Pieprasījumā {reference} nav e-pasta adreses, uz kuru sūtīt vēstuli. Tās vietā saglabājiet vai izdrukājiet to.</translation>
    </message>
    <message>
        <source>The e-mail address on request {reference} is not one a letter can be sent to. Nothing was sent.</source>
        <translation>Uz pieprasījumā {reference} norādīto e-pasta adresi vēstuli nosūtīt nevar. Nekas netika nosūtīts.</translation>
    </message>
    <message>
        <source>Letter no. {id} is not in the archive, so it cannot be sent.</source>
        <translation>Vēstules Nr. {id} arhīvā nav, tāpēc to nevar nosūtīt.</translation>
    </message>
    <message>
        <source>The incoming mail server {host} refused the user name or password.</source>
        <translation>Ienākošā pasta serveris {host} noraidīja lietotājvārdu vai paroli.</translation>
    </message>
    <message>
        <source>The incoming mail server {host} has no folder “{folder}”.</source>
        <translation>Ienākošā pasta serverī {host} nav mapes “{folder}”.</translation>
    </message>
    <message>
        <source>The {kind} letter for request {reference} may have been sent at {time} (Message-ID {message_id}): the app stopped before the mail server&apos;s answer was recorded. Check the office&apos;s sent folder; send it again only if it is not there (--resend).</source>
        <translation>Pieprasījuma {reference} vēstule ({kind}) varētu būt nosūtīta {time} (Message-ID {message_id}): lietotne apstājās, pirms pasta servera atbilde tika ierakstīta. Pārbaudiet biroja nosūtīto vēstuļu mapi; sūtiet vēlreiz tikai tad, ja tās tur nav (--resend).</translation>
    </message>
    <message>
        <source>Draft letters are never e-mailed: only final letters, after a manager&apos;s sign-off.</source>
        <translation>Vēstuļu melnrakstus pa e-pastu nesūta nekad: tikai galīgās vēstules pēc vadītāja apstiprinājuma.</translation>
    </message>
    <message>
        <source>The message could not be read ({detail}); it was not proposed as a request.</source>
        <translation>Vēstuli neizdevās nolasīt ({detail}); tā netika piedāvāta kā pieprasījums.</translation>
    </message>
    <message>
        <source>Use: backup [OUT], backup verify FILE or backup list [FOLDER].</source>
        <translation>Lietojums: backup [OUT], backup verify FILE vai backup list [FOLDER].</translation>
    </message>
    <message>
        <source>The database role {role} is not linked to any user of the app, so it cannot work here: a manager links it to the person&apos;s user first.</source>
        <translation>Datubāzes loma {role} nav piesaistīta nevienam lietotnes lietotājam, tāpēc ar to šeit strādāt nevar: vispirms vadītājs to piesaista attiecīgās personas lietotājam.</translation>
    </message>
    <message>
        <source>The database role {role} is linked to {name} already. Nothing was changed.</source>
        <translation>Datubāzes loma {role} jau ir piesaistīta lietotājam {name}. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>There is no user called {name}. Nothing was changed.</source>
        <translation>Nav lietotāja ar vārdu {name}. Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>{record} was changed by {who} at {when} ({what}) after you opened it. Your change was not saved: reload it to see the new values, then make your change again.</source>
        <translation>{record} pēc tam, kad jūs to atvērāt, mainīja {who} ({when}; {what}). Jūsu izmaiņas netika saglabātas: ielādējiet to no jauna, lai redzētu jaunās vērtības, un tad veiciet savas izmaiņas vēlreiz.</translation>
    </message>
    <message>
        <source>This command works on a database file, not a server.</source>
        <translation>Šī komanda darbojas ar datubāzes failu, nevis ar serveri.</translation>
    </message>
    <message>
        <source>The register has no field {field} for {activity}; nothing was changed.</source>
        <translation>Reģistrā nav lauka {field} darbībai {activity}; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>A register field holds at most {limit} characters; nothing was changed.</source>
        <translation>Reģistra laukā var ierakstīt ne vairāk kā {limit} rakstzīmes; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>That is not a chain head: give the 64 hexadecimal characters `audit head` printed, with or without its position (e.g. 120:3fa9…).</source>
        <translation>Tā nav ķēdes galva: norādiet 64 heksadecimālās rakstzīmes, ko izdrukāja `audit head`, ar tās vietu vai bez tās (piemēram, 120:3fa9…).</translation>
    </message>
    <message>
        <source>The folder {path} already holds files: choose a new or empty folder for the pack.</source>
        <translation>Mapē {path} jau ir faili: paketei izvēlieties jaunu vai tukšu mapi.</translation>
    </message>
    <message>
        <source>A file already exists at {path}: choose a new name for the pack&apos;s ZIP.</source>
        <translation>Vietā {path} jau ir fails: paketes ZIP failam izvēlieties jaunu nosaukumu.</translation>
    </message>
    <message>
        <source>There is no folder or ZIP at {path}: check the pack&apos;s name.</source>
        <translation>Vietā {path} nav ne mapes, ne ZIP faila: pārbaudiet paketes nosaukumu.</translation>
    </message>
    <message>
        <source>The report&apos;s period must end on or after the day it starts: check the dates.</source>
        <translation>Pārskata periodam jābeidzas tajā pašā dienā, kad tas sākas, vai vēlāk: pārbaudiet datumus.</translation>
    </message>
</context>
<context>
    <name>import_runs</name>
    <message>
        <source>Part</source>
        <translation>Daļa</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Id in the source</source>
        <translation>ID avotā</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>OK</source>
        <translation>Labi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jā</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nē</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saglabāt</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Atmest izmaiņas</translation>
    </message>
    <message>
        <source>Something went wrong inside minime-admin. Before you repeat your last step, check whether it was done. If this happens again, restart the app and tell the developers what you were doing.</source>
        <translation>Programmā minime-admin radās kļūda. Pirms atkārtojat pēdējo darbību, pārbaudiet, vai tā ir paveikta. Ja tas notiek atkal, restartējiet programmu un pastāstiet izstrādātājiem, ko darījāt.</translation>
    </message>
    <message>
        <source>A report for the developers, with no personal data, was saved as {path}; please send it to them.</source>
        <translation>Ziņojums izstrādātājiem bez personas datiem ir saglabāts failā {path}; lūdzu, nosūtiet to viņiem.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>Payment transaction data</source>
        <translation>Maksājumu darījumu dati</translation>
    </message>
    <message>
        <source>Accounting documents</source>
        <translation>Grāmatvedības dokumenti</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Klienta profils</translation>
    </message>
    <message>
        <source>Inactive account</source>
        <translation>Neaktīvs konts</translation>
    </message>
    <message>
        <source>Consent evidence</source>
        <translation>Piekrišanas pierādījumi</translation>
    </message>
    <message>
        <source>Newsletter subscription</source>
        <translation>Jaunumu vēstules abonements</translation>
    </message>
    <message>
        <source>Objection to direct marketing</source>
        <translation>Iebildums pret tiešo tirgvedību</translation>
    </message>
    <message>
        <source>Cookie choice</source>
        <translation>Sīkdatņu izvēle</translation>
    </message>
    <message>
        <source>Published reviews</source>
        <translation>Publicētās atsauksmes</translation>
    </message>
    <message>
        <source>Website visit records</source>
        <translation>Tīmekļvietnes apmeklējumu ieraksti</translation>
    </message>
    <message>
        <source>Records of disclosures to partners</source>
        <translation>Ziņas par datu nodošanu partneriem</translation>
    </message>
    <message>
        <source>Restrictions of processing</source>
        <translation>Apstrādes ierobežojumi</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Datu subjektu pieprasījumi</translation>
    </message>
    <message>
        <source>Breaches: list of people affected</source>
        <translation>Pārkāpumi: skarto personu saraksts</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Juridiskās aiztures</translation>
    </message>
    <message>
        <source>Identity documents sent with a request</source>
        <translation>Pieprasījumam pievienotie personu apliecinošie dokumenti</translation>
    </message>
    <message>
        <source>Letters answering a request</source>
        <translation>Atbildes vēstules uz pieprasījumu</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>savākšanas</translation>
    </message>
    <message>
        <source>completion of the purchase</source>
        <translation>pirkuma pabeigšanas</translation>
    </message>
    <message>
        <source>end of the financial year</source>
        <translation>finanšu gada beigām</translation>
    </message>
    <message>
        <source>last activity</source>
        <translation>pēdējās aktivitātes</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>atsaukšanas</translation>
    </message>
    <message>
        <source>lifting</source>
        <translation>atcelšanas</translation>
    </message>
    <message>
        <source>closing of the request</source>
        <translation>pieprasījuma slēgšanas</translation>
    </message>
    <message>
        <source>confirmation or refusal of the requester&apos;s identity</source>
        <translation>pieprasītāja identitātes apstiprināšanas vai atteikuma</translation>
    </message>
    <message>
        <source>kept while the reason lasts</source>
        <translation>glabā, kamēr pastāv pamats</translation>
    </message>
    <message>
        <source>GDPR Art. 12(6), 5(1)(c): files sent with a request (copies of ID documents) only until the requester&apos;s identity is confirmed or refused</source>
        <translation>VDAR 12. panta 6. punkts, 5. panta 1. punkta &quot;c&quot; apakšpunkts: pieprasījumam pievienotos failus (personu apliecinošo dokumentu kopijas) glabā tikai līdz brīdim, kad pieprasītāja identitāte ir apstiprināta vai atteikta</translation>
    </message>
    <message>
        <source>GDPR Art. 5(2): the letters that answered a request are kept with the request&apos;s record, five years after closing</source>
        <translation>VDAR 5. panta 2. punkts: atbildes vēstules glabā kopā ar pieprasījuma ierakstu piecus gadus pēc tā slēgšanas</translation>
    </message>
    <message>
        <source>SIA Mini Me privacy policy, &apos;Payments&apos;: transaction data only until the purchase completes (PCI DSS)</source>
        <translation>SIA Mini Me privātuma politika, sadaļa “Maksājumi”: darījuma dati tikai līdz pirkuma pabeigšanai (PCI DSS)</translation>
    </message>
    <message>
        <source>Latvian Accounting Law (Grāmatvedības likums): source documents kept after the financial year, then the invoices are deleted and the orders cut loose from the person; GDPR Art. 17(3)(b)</source>
        <translation>Grāmatvedības likums: attaisnojuma dokumentus glabā pēc finanšu gada beigām, pēc tam rēķinus dzēš un pasūtījumus atsaista no personas; VDAR 17. panta 3. punkta &quot;b&quot; apakšpunkts</translation>
    </message>
    <message>
        <source>SIA Mini Me privacy policy: kept while contracts and disputes need it</source>
        <translation>SIA Mini Me privātuma politika: glabā, kamēr tas vajadzīgs līgumiem un strīdiem</translation>
    </message>
    <message>
        <source>Account unused for three years is closed and deleted</source>
        <translation>Trīs gadus neizmantotu kontu slēdz un dzēš</translation>
    </message>
    <message>
        <source>GDPR Art. 7(1): the shop must be able to prove consent; kept three years after withdrawal</source>
        <translation>VDAR 7. panta 1. punkts: veikalam jāspēj pierādīt piekrišanu; glabā trīs gadus pēc atsaukšanas</translation>
    </message>
    <message>
        <source>SIA Mini Me privacy policy, &apos;Newsletters&apos;: opt-out at any time</source>
        <translation>SIA Mini Me privātuma politika, sadaļa “Jaunumu vēstules”: atteikties var jebkurā laikā</translation>
    </message>
    <message>
        <source>GDPR Art. 21(3): kept so that the objection can be honoured</source>
        <translation>VDAR 21. panta 3. punkts: glabā, lai iebildumu varētu ievērot</translation>
    </message>
    <message>
        <source>Proof of the cookie choice; asked again after a year</source>
        <translation>Sīkdatņu izvēles pierādījums; pēc gada jautā atkārtoti</translation>
    </message>
    <message>
        <source>SIA Mini Me privacy policy: published content, until removed</source>
        <translation>SIA Mini Me privātuma politika: publicēts saturs, līdz to noņem</translation>
    </message>
    <message>
        <source>SIA Mini Me privacy policy, &apos;Automatic collection&apos;; aggregates kept only in non-identifying form</source>
        <translation>SIA Mini Me privātuma politika, sadaļa “Automātiska vākšana”; apkopojumus glabā tikai neidentificējamā veidā</translation>
    </message>
    <message>
        <source>GDPR Art. 5(2), 19, 30: record of recipients, kept to answer and inform</source>
        <translation>VDAR 5. panta 2. punkts, 19. un 30. pants: ziņas par saņēmējiem, ko glabā, lai varētu atbildēt un informēt</translation>
    </message>
    <message>
        <source>GDPR Art. 18: kept while in force and three years after</source>
        <translation>VDAR 18. pants: glabā, kamēr ir spēkā, un trīs gadus pēc tam</translation>
    </message>
    <message>
        <source>GDPR Art. 5(2): proof that each request was answered; after five years the requester&apos;s identifiers are replaced by a salted hash</source>
        <translation>VDAR 5. panta 2. punkts: pierādījums, ka uz katru pieprasījumu atbildēts; pēc pieciem gadiem pieprasītāja identifikatorus aizstāj ar sālītu jaucējkodu</translation>
    </message>
    <message>
        <source>GDPR Art. 33(5): the breach stays documented; after five years the list of the individual customers affected goes (their number stays)</source>
        <translation>VDAR 33. panta 5. punkts: pārkāpums paliek dokumentēts; pēc pieciem gadiem dzēš skarto klientu sarakstu (viņu skaits paliek)</translation>
    </message>
    <message>
        <source>GDPR Art. 17(3)(e): establishment, exercise or defence of legal claims</source>
        <translation>VDAR 17. panta 3. punkta &quot;e&quot; apakšpunkts: likumīgu prasību celšana, īstenošana vai aizstāvēšana</translation>
    </message>
    <message>
        <source>payment transactions</source>
        <translation>maksājumu darījumi</translation>
    </message>
    <message>
        <source>website visits</source>
        <translation>vietnes apmeklējumi</translation>
    </message>
    <message>
        <source>cookie choices</source>
        <translation>sīkdatņu izvēles</translation>
    </message>
    <message>
        <source>newsletter subscriptions</source>
        <translation>jaunumu vēstules abonementi</translation>
    </message>
    <message>
        <source>consent records</source>
        <translation>piekrišanas ieraksti</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>konti</translation>
    </message>
    <message>
        <source>disclosures to partners</source>
        <translation>datu nodošana partneriem</translation>
    </message>
    <message>
        <source>restrictions</source>
        <translation>apstrādes ierobežojumi</translation>
    </message>
    <message>
        <source>legal holds</source>
        <translation>juridiskās aiztures</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>pieprasījumi</translation>
    </message>
    <message>
        <source>files sent with requests</source>
        <translation>pieprasījumiem pievienotās datnes</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>vēstules</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pasūtījumi</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klienti</translation>
    </message>
    <message>
        <source>breach lists of people affected</source>
        <translation>pārkāpumu skarto personu saraksti</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>staff</source>
        <translation>darbinieks</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>vadītājs</translation>
    </message>
</context>
</TS>
