<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../gui/customers/actions.py" line="95"/>
        <source>&amp;Consent:</source>
        <translation>&amp;Piekrišana:</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="99"/>
        <source>Received &amp;by:</source>
        <translation>&amp;Saņemts:</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="102"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Iemesls:</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="103"/>
        <source>For re&amp;quest:</source>
        <translation>Pie&amp;prasījumam:</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="120"/>
        <source>Write the reason: it goes on the record.</source>
        <translation>Ierakstiet iemeslu: tas tiek saglabāts ierakstā.</translation>
    </message>
</context>
<context>
    <name>ActionFlow</name>
    <message>
        <location filename="../gui/customers/action_flow.py" line="126"/>
        <source>The correction is stored.</source>
        <translation>Labojums ir saglabāts.</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="139"/>
        <source>Restrict processing: {name}</source>
        <translation>Apstrādes ierobežošana: {name}</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="141"/>
        <source>The data stays stored and is marked; it is used for nothing else and left out of marketing until the restriction is lifted (Art. 18).</source>
        <translation>Dati paliek saglabāti un tiek atzīmēti; tos neizmanto nekam citam un neiekļauj tirgvedībā, līdz ierobežojumu atceļ (18. pants).</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="152"/>
        <source>Processing is restricted.</source>
        <translation>Apstrāde ir ierobežota.</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="160"/>
        <source>Lift the restriction: {name}</source>
        <translation>Ierobežojuma atcelšana: {name}</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="162"/>
        <source>Before a restriction is lifted the customer must be told (Art. 18(3)). Lift it only when that has been done.</source>
        <translation>Pirms ierobežojuma atcelšanas par to jāpaziņo klientam (18. panta 3. punkts). Atceliet to tikai tad, kad tas ir izdarīts.</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="172"/>
        <source>The restriction is lifted.</source>
        <translation>Ierobežojums ir atcelts.</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="180"/>
        <source>Objection to direct marketing: {name}</source>
        <translation>Iebildums pret tiešo tirgvedību: {name}</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="182"/>
        <source>An objection to direct marketing is absolute and takes effect at once; no reason is asked (Art. 21(3)). Every newsletter subscription ends too.</source>
        <translation>Iebildums pret tiešo tirgvedību ir beznosacījuma un stājas spēkā nekavējoties; iemeslu neprasa (21. panta 3. punkts). Beidzas arī visi jaunumu vēstuļu abonementi.</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="195"/>
        <source>The marketing objection is recorded.</source>
        <translation>Iebildums pret tirgvedību ir reģistrēts.</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="203"/>
        <source>Unsubscribe from the newsletter: {name}</source>
        <translation>Atrakstīšana no jaunumiem: {name}</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="205"/>
        <source>The newsletter stops at once. Mails about orders still go out: they are not marketing.</source>
        <translation>Jaunumu vēstules pārstāj sūtīt nekavējoties. Vēstules par pasūtījumiem joprojām tiek sūtītas: tās nav tirgvedība.</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="218"/>
        <source>The newsletter subscription has ended.</source>
        <translation>Jaunumu vēstules abonements ir beidzies.</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="226"/>
        <source>Consent withdrawal: {name}</source>
        <translation>Piekrišanas atsaukums: {name}</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="228"/>
        <source>The withdrawal takes effect at once and is kept as evidence (Art. 7(3)); what was done before it stays lawful.</source>
        <translation>Atsaukums stājas spēkā nekavējoties un tiek glabāts kā pierādījums (7. panta 3. punkts); tas, kas darīts pirms tā, paliek likumīgs.</translation>
    </message>
    <message>
        <location filename="../gui/customers/action_flow.py" line="246"/>
        <source>The consent withdrawal is recorded.</source>
        <translation>Piekrišanas atsaukums ir reģistrēts.</translation>
    </message>
</context>
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
    <name>CustomerChoice</name>
    <message>
        <location filename="../gui/inbox/customer_choice.py" line="34"/>
        <source>Looking for the customer…</source>
        <translation>Meklē klientu…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/customer_choice.py" line="39"/>
        <source>No customer matches yet; the request can be linked later.</source>
        <translation>Neviens klients pagaidām neatbilst; pieprasījumu var piesaistīt vēlāk.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/customer_choice.py" line="47"/>
        <source>Customer no. {id}: {who}</source>
        <translation>Klients nr. {id}: {who}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/customer_choice.py" line="53"/>
        <source>Several customers fit. Choose the right one, or none:</source>
        <translation>Atbilst vairāki klienti. Izvēlieties pareizo vai nevienu:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/customer_choice.py" line="54"/>
        <source>None of them</source>
        <translation>Neviens no tiem</translation>
    </message>
    <message>
        <location filename="../gui/inbox/customer_choice.py" line="57"/>
        <source>no. {id}: {who}</source>
        <translation>nr. {id}: {who}</translation>
    </message>
</context>
<context>
    <name>CustomerColumns</name>
    <message>
        <location filename="../gui/customers/labels.py" line="26"/>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="27"/>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="28"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="29"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="30"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="31"/>
        <source>Created</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="32"/>
        <source>Shop ID</source>
        <translation>Veikala ID</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="33"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="34"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="35"/>
        <source>Street</source>
        <translation>Iela</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="36"/>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="37"/>
        <source>Postal code</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="38"/>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="39"/>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="40"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="41"/>
        <source>Last sign-in</source>
        <translation>Pēdējā pieteikšanās</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="42"/>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="43"/>
        <source>Placed</source>
        <translation>Pasūtīts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="44"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="45"/>
        <source>Items</source>
        <translation>Preces</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="46"/>
        <source>Delivery address</source>
        <translation>Piegādes adrese</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="47"/>
        <source>Order</source>
        <translation>Pasūtījums</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="48"/>
        <source>Issued</source>
        <translation>Izrakstīts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="49"/>
        <source>Buyer</source>
        <translation>Pircējs</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="50"/>
        <source>Provider</source>
        <translation>Pakalpojumu sniedzējs</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="51"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="52"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="53"/>
        <source>Subscribed</source>
        <translation>Pierakstījies</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="54"/>
        <source>Unsubscribed</source>
        <translation>Atrakstījies</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="55"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="56"/>
        <source>Purpose</source>
        <translation>Nolūks</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="57"/>
        <source>Event</source>
        <translation>Notikums</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="58"/>
        <source>How</source>
        <translation>Kā</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="59"/>
        <source>Wording</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="60"/>
        <source>Wording version</source>
        <translation>Teksta versija</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="61"/>
        <source>Received</source>
        <translation>Saņemts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="62"/>
        <source>Scope</source>
        <translation>Apjoms</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="63"/>
        <source>Given</source>
        <translation>Dota</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="64"/>
        <source>Analytics</source>
        <translation>Analītika</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="65"/>
        <source>Advertising</source>
        <translation>Reklāma</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="66"/>
        <source>Banner version</source>
        <translation>Paziņojuma versija</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="67"/>
        <source>Published</source>
        <translation>Publicēts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="68"/>
        <source>Product</source>
        <translation>Prece</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="69"/>
        <source>Rating</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="70"/>
        <source>Title</source>
        <translation>Virsraksts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="71"/>
        <source>Text</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="72"/>
        <source>Visited</source>
        <translation>Apmeklēts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="73"/>
        <source>IP address</source>
        <translation>IP adrese</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="74"/>
        <source>Browser</source>
        <translation>Pārlūks</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="75"/>
        <source>Operating system</source>
        <translation>Operētājsistēma</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="76"/>
        <source>Came from</source>
        <translation>Atnāca no</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="77"/>
        <source>Page</source>
        <translation>Lapa</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="78"/>
        <source>Time on page (s)</source>
        <translation>Laiks lapā (s)</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="79"/>
        <source>Site search</source>
        <translation>Meklēšana vietnē</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="80"/>
        <source>Disclosed</source>
        <translation>Nodots</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="81"/>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="82"/>
        <source>Outside the EU/EEA</source>
        <translation>Ārpus ES/EEZ</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="83"/>
        <source>Safeguards</source>
        <translation>Aizsardzības pasākumi</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="84"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="85"/>
        <source>Legal basis</source>
        <translation>Tiesiskais pamats</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="86"/>
        <location filename="../gui/customers/labels.py" line="89"/>
        <source>Started</source>
        <translation>Sākts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="87"/>
        <source>Lifted</source>
        <translation>Atcelts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="88"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="90"/>
        <source>Released</source>
        <translation>Beidzies</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="91"/>
        <source>Kept until</source>
        <translation>Glabā līdz</translation>
    </message>
</context>
<context>
    <name>CustomerValues</name>
    <message>
        <location filename="../gui/customers/labels.py" line="97"/>
        <source>active</source>
        <translation>aktīvs</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="98"/>
        <source>closed</source>
        <translation>slēgts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="99"/>
        <source>billing</source>
        <translation>norēķinu adrese</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="100"/>
        <source>delivery</source>
        <translation>piegādes adrese</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="101"/>
        <source>given</source>
        <translation>dota</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="102"/>
        <source>withdrawn</source>
        <translation>atsaukta</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="103"/>
        <source>at checkout</source>
        <translation>noformējot pasūtījumu</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="104"/>
        <source>link in an e-mail</source>
        <translation>saite e-pastā</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="105"/>
        <source>web form</source>
        <translation>tīmekļa veidlapa</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="106"/>
        <source>e-mail</source>
        <translation>e-pasts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="107"/>
        <source>phone</source>
        <translation>tālrunis</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="108"/>
        <source>letter</source>
        <translation>vēstule</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="109"/>
        <source>in person</source>
        <translation>klātienē</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="110"/>
        <source>newsletter</source>
        <translation>jaunumu vēstule</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="111"/>
        <source>personalised offers</source>
        <translation>personalizēti piedāvājumi</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="112"/>
        <source>direct marketing</source>
        <translation>tiešā tirgvedība</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="113"/>
        <source>all direct marketing</source>
        <translation>visa tiešā tirgvedība</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="114"/>
        <source>profiling</source>
        <translation>profilēšana</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="115"/>
        <source>subscribed</source>
        <translation>pierakstījies</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="116"/>
        <source>unsubscribed</source>
        <translation>atrakstījies</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="117"/>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="118"/>
        <source>completed</source>
        <translation>pabeigts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="119"/>
        <source>failed</source>
        <translation>neizdevās</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="120"/>
        <source>pending</source>
        <translation>gaida</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="121"/>
        <source>refunded</source>
        <translation>atmaksāts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="122"/>
        <source>authorised</source>
        <translation>autorizēts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="123"/>
        <source>captured</source>
        <translation>iekasēts</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="124"/>
        <source>hidden</source>
        <translation>paslēpta</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="125"/>
        <source>published</source>
        <translation>publicēta</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="126"/>
        <source>chargeback</source>
        <translation>maksājuma apstrīdējums</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="127"/>
        <source>dispute</source>
        <translation>strīds</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="128"/>
        <source>Latvian</source>
        <translation>latviešu</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="129"/>
        <source>English</source>
        <translation>angļu</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="138"/>
        <source>access</source>
        <translation>piekļuve</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="139"/>
        <source>rectification</source>
        <translation>labošana</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="140"/>
        <source>erasure</source>
        <translation>dzēšana</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="141"/>
        <source>restriction</source>
        <translation>ierobežošana</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="142"/>
        <source>portability</source>
        <translation>pārnesamība</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="143"/>
        <source>objection</source>
        <translation>iebildums</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="144"/>
        <source>marketing objection</source>
        <translation>iebildums pret tirgvedību</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="145"/>
        <source>consent withdrawal</source>
        <translation>piekrišanas atsaukums</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="146"/>
        <source>unsubscribe</source>
        <translation>atrakstīšanās</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="147"/>
        <source>legal basis question</source>
        <translation>jautājums par tiesisko pamatu</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="148"/>
        <source>other</source>
        <translation>cits</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="218"/>
        <source>while it stands</source>
        <translation>kamēr ir spēkā</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="224"/>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <location filename="../gui/customers/labels.py" line="226"/>
        <source>no</source>
        <translation>nē</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../gui/customers/customer_view.py" line="143"/>
        <source>Back to search (Esc)</source>
        <translation>Atpakaļ uz meklēšanu (Esc)</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="145"/>
        <source>Rectify…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="146"/>
        <source>Restrict processing…</source>
        <translation>Ierobežot apstrādi…</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="147"/>
        <source>Lift restriction…</source>
        <translation>Atcelt ierobežojumu…</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="148"/>
        <source>Marketing objection…</source>
        <translation>Iebildums pret tirgvedību…</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="149"/>
        <source>Unsubscribe…</source>
        <translation>Atrakstīt no jaunumiem…</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="150"/>
        <source>Consent withdrawal…</source>
        <translation>Piekrišanas atsaukums…</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="153"/>
        <source>Correct a field of the profile or an address (Art. 16)</source>
        <translation>Labot profila vai adreses lauku (16. pants)</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="154"/>
        <source>Keep the data stored only, used for nothing else (Art. 18)</source>
        <translation>Datus tikai glabāt, neizmantot nekam citam (18. pants)</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="155"/>
        <source>End the restriction; tell the customer first (Art. 18(3))</source>
        <translation>Atcelt ierobežojumu; vispirms paziņot klientam (18. panta 3. punkts)</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="157"/>
        <source>Record an objection to direct marketing: absolute, no reason asked (Art. 21(3))</source>
        <translation>Reģistrēt iebildumu pret tiešo tirgvedību: beznosacījuma, iemeslu neprasa (21. panta 3. punkts)</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="159"/>
        <source>End the newsletter subscription at once</source>
        <translation>Nekavējoties izbeigt jaunumu vēstules abonementu</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="160"/>
        <source>Record that the customer withdrew a consent (Art. 7(3))</source>
        <translation>Reģistrēt, ka klients atsauca piekrišanu (7. panta 3. punkts)</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="167"/>
        <source>RESTRICTED: processing of this customer&apos;s data is restricted (Art. 18). Keep it stored; use it for nothing else and leave it out of marketing until the restriction is lifted.</source>
        <translation>IEROBEŽOTS: šī klienta datu apstrāde ir ierobežota (18. pants). Datus glabājiet, bet neizmantojiet nekam citam un neiekļaujiet tirgvedībā, līdz ierobežojumu atceļ.</translation>
    </message>
    <message>
        <location filename="../gui/customers/customer_view.py" line="187"/>
        <source>Customer no. {id} · language: {language} · opened for: {why}</source>
        <translation>Klients nr. {id} · valoda: {language} · atvērts, jo: {why}</translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <location filename="../gui/inbox/deadline_text.py" line="50"/>
        <source>due today</source>
        <translation>termiņš šodien</translation>
    </message>
    <message>
        <location filename="../gui/inbox/deadline_text.py" line="75"/>
        <source>Received {date}; the day of receipt is not counted.</source>
        <translation>Saņemts {date}; saņemšanas diena netiek skaitīta.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/deadline_text.py" line="54"/>
        <source>{n} day left</source>
        <translation>atlikusi {n} diena</translation>
    </message>
    <message>
        <location filename="../gui/inbox/deadline_text.py" line="55"/>
        <source>{n} days left</source>
        <translation>atlikušas {n} dienas</translation>
    </message>
    <message>
        <location filename="../gui/inbox/deadline_text.py" line="58"/>
        <source>{n} day overdue</source>
        <translation>nokavēts par {n} dienu</translation>
    </message>
    <message>
        <location filename="../gui/inbox/deadline_text.py" line="59"/>
        <source>{n} days overdue</source>
        <translation>nokavēts par {n} dienām</translation>
    </message>
    <message>
        <location filename="../gui/inbox/deadline_text.py" line="81"/>
        <source>{n} month later that day does not exist: the month&apos;s last day, {date}.</source>
        <translation>Pēc {n} mēneša šāda datuma nav: mēneša pēdējā diena, {date}.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/deadline_text.py" line="84"/>
        <source>{n} months later that day does not exist: the month&apos;s last day, {date}.</source>
        <translation>Pēc {n} mēnešiem šāda datuma nav: mēneša pēdējā diena, {date}.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/deadline_text.py" line="89"/>
        <source>{n} month later: {date}.</source>
        <translation>Pēc {n} mēneša: {date}.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/deadline_text.py" line="90"/>
        <source>{n} months later: {date}.</source>
        <translation>Pēc {n} mēnešiem: {date}.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/deadline_text.py" line="94"/>
        <source>{date} is not a working day ({reason}): moved to the next day.</source>
        <translation>{date} nav darba diena ({reason}): termiņš pāriet uz nākamo dienu.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/deadline_text.py" line="98"/>
        <source>Due: {date}.</source>
        <translation>Termiņš: {date}.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="181"/>
        <source>Channel:</source>
        <translation>Kanāls:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="182"/>
        <source>Received:</source>
        <translation>Saņemts:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="183"/>
        <source>Requester:</source>
        <translation>Pieprasītājs:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="184"/>
        <source>E-mail:</source>
        <translation>E-pasts:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="185"/>
        <source>Phone:</source>
        <translation>Tālrunis:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="186"/>
        <source>Customer:</source>
        <translation>Klients:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="187"/>
        <source>Assignee:</source>
        <translation>Atbildīgais:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="188"/>
        <source>Identity checked by:</source>
        <translation>Identitāte pārbaudīta:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="192"/>
        <source>The requester&apos;s words (verbatim):</source>
        <translation>Pieprasītāja paša vārdi (burtiski):</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="193"/>
        <source>Deadline</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="194"/>
        <source>Timeline</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="195"/>
        <source>Attachments:</source>
        <translation>Pielikumi:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="196"/>
        <source>Save attachment…</source>
        <translation>Saglabāt pielikumu…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="197"/>
        <source>Extend…</source>
        <translation>Pagarināt…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="198"/>
        <source>Add note…</source>
        <translation>Pievienot piezīmi…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="212"/>
        <source>Select a request to see it here.</source>
        <translation>Izvēlieties pieprasījumu, lai to redzētu šeit.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="217"/>
        <source> · TEST</source>
        <translation> · TESTS</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="221"/>
        <source>Status: {status}</source>
        <translation>Statuss: {status}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="233"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="240"/>
        <source>no. {id}</source>
        <translation>nr. {id}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="242"/>
        <source>not linked</source>
        <translation>nav piesaistīts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="243"/>
        <source>nobody yet</source>
        <translation>vēl neviens</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="244"/>
        <source>not recorded</source>
        <translation>nav ierakstīts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="262"/>
        <source>Due: {date}</source>
        <translation>Termiņš: {date}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="270"/>
        <source>Extended by two further months to {date}. Reason: {reason}</source>
        <translation>Pagarināts vēl par diviem mēnešiem līdz {date}. Iemesls: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="277"/>
        <source>Office target ({days} days, not a legal date): {date}</source>
        <translation>Biroja mērķis ({days} dienas, nav juridisks termiņš): {date}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="292"/>
        <source>If the clock were paused while proof of identity is awaited ({days} days so far): {date}. Shown for comparison only: the legal due date above applies.</source>
        <translation>Ja termiņš apstātos, kamēr tiek gaidīts identitātes apliecinājums (līdz šim {days} dienas): {date}. Tikai salīdzinājumam: spēkā ir iepriekš norādītais juridiskais termiņš.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="311"/>
        <source>An extension must be decided and told to the person by {date}: decide now whether more time is needed.</source>
        <translation>Par termiņa pagarinājumu jāizlemj un jāpaziņo personai līdz {date}: izlemiet tagad, vai vajadzīgs vairāk laika.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="323"/>
        <source>Outcome: {outcome}</source>
        <translation>Iznākums: {outcome}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/detail_pane.py" line="332"/>
        <source>{name} ({size} kB)</source>
        <translation>{name} ({size} kB)</translation>
    </message>
</context>
<context>
    <name>EmailImportDialog</name>
    <message>
        <location filename="../gui/inbox/email_import_dialog.py" line="53"/>
        <source>Import e-mail: {name}</source>
        <translation>E-pasta importēšana: {name}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/email_import_dialog.py" line="59"/>
        <source>(original sender of a forwarded message)</source>
        <translation>(pārsūtīta ziņojuma sākotnējais sūtītājs)</translation>
    </message>
    <message>
        <location filename="../gui/inbox/email_import_dialog.py" line="62"/>
        <source>(no subject)</source>
        <translation>(bez temata)</translation>
    </message>
    <message>
        <location filename="../gui/inbox/email_import_dialog.py" line="71"/>
        <source>{name} ({size} kB)</source>
        <translation>{name} ({size} kB)</translation>
    </message>
    <message>
        <location filename="../gui/inbox/email_import_dialog.py" line="90"/>
        <source>Suggested from the wording: {types}. Check it before importing.</source>
        <translation>Ieteikts pēc formulējuma: {types}. Pārbaudiet pirms importēšanas.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/email_import_dialog.py" line="98"/>
        <source>From:</source>
        <translation>Sūtītājs:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/email_import_dialog.py" line="99"/>
        <source>Received (Riga time):</source>
        <translation>Saņemts (Rīgas laiks):</translation>
    </message>
    <message>
        <location filename="../gui/inbox/email_import_dialog.py" line="100"/>
        <source>Subject:</source>
        <translation>Temats:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/email_import_dialog.py" line="101"/>
        <source>Text:</source>
        <translation>Teksts:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/email_import_dialog.py" line="103"/>
        <source>Attachments:</source>
        <translation>Pielikumi:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/email_import_dialog.py" line="104"/>
        <source>&amp;Type:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/email_import_dialog.py" line="108"/>
        <source>Customer:</source>
        <translation>Klients:</translation>
    </message>
</context>
<context>
    <name>EmailIntake</name>
    <message>
        <location filename="../gui/inbox/email_intake.py" line="82"/>
        <source>{name} could not be read ({problem}); not imported.</source>
        <translation>Failu {name} neizdevās nolasīt ({problem}); tas netika importēts.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/email_intake.py" line="103"/>
        <source>Import e-mail</source>
        <translation>E-pasta importēšana</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <location filename="../gui/empty_pages.py" line="19"/>
        <source>Personal data breaches</source>
        <translation>Personas datu aizsardzības pārkāpumi</translation>
    </message>
    <message>
        <location filename="../gui/empty_pages.py" line="20"/>
        <source>The breach register will record every personal data breach with its 72-hour clock and risk assessment, and prepare the notice to the Data State Inspectorate and the letters to customers for a manager&apos;s sign-off. It arrives in a later version.</source>
        <translation>Pārkāpumu reģistrā tiks uzskaitīts katrs personas datu aizsardzības pārkāpums ar tā 72 stundu termiņu un riska novērtējumu, kā arī sagatavots paziņojums Datu valsts inspekcijai un vēstules klientiem, ko apstiprina vadītājs. Šī sadaļa būs pieejama kādā no nākamajām versijām.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../gui/inbox/filters.py" line="109"/>
        <source>Search by name, e-mail or reference (Ctrl+F)</source>
        <translation>Meklēt pēc vārda, e-pasta vai numura (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="110"/>
        <source>&amp;Status:</source>
        <translation>Stat&amp;uss:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="111"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="112"/>
        <source>&amp;Due:</source>
        <translation>&amp;Termiņš:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="113"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Atbildīgais:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="114"/>
        <source>anyone</source>
        <translation>jebkurš</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="115"/>
        <source>All open</source>
        <translation>Visi atvērtie</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="118"/>
        <source>All</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="119"/>
        <source>All types</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="123"/>
        <source>Any time</source>
        <translation>Jebkurš</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="124"/>
        <source>Overdue</source>
        <translation>Nokavēti</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="125"/>
        <source>Within 7 days</source>
        <translation>7 dienu laikā</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="126"/>
        <source>Within 30 days</source>
        <translation>30 dienu laikā</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="130"/>
        <source>Show long-&amp;unverified requests</source>
        <translation>Rādīt ilgi nepārbau&amp;dītos pieprasījumus</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="133"/>
        <source>Requests still waiting for proof of identity {days} days after receipt are hidden unless this is ticked.</source>
        <translation>Pieprasījumi, kuriem {days} dienas pēc saņemšanas joprojām gaida identitātes apliecinājumu, ir paslēpti, ja šī izvēles rūtiņa nav atzīmēta.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/filters.py" line="137"/>
        <source>Show &amp;test requests</source>
        <translation>&amp;Rādīt testa pieprasījumus</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../gui/customers/search_panel.py" line="82"/>
        <source>Processing is restricted (Art. 18): the data is stored only and used for nothing else until the restriction is lifted.</source>
        <translation>Apstrāde ir ierobežota (18. pants): datus tikai glabā un neizmanto nekam citam, līdz ierobežojumu atceļ.</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="100"/>
        <source>Restricted</source>
        <translation>Ierobežota</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="108"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="109"/>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="110"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="111"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="112"/>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="113"/>
        <source>Processing</source>
        <translation>Apstrāde</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../gui/inbox/model.py" line="199"/>
        <source>Extended by two further months: due {date}.</source>
        <translation>Pagarināts vēl par diviem mēnešiem: termiņš {date}.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/model.py" line="210"/>
        <source>Reference</source>
        <translation>Pieprasījums</translation>
    </message>
    <message>
        <location filename="../gui/inbox/model.py" line="211"/>
        <source>Received</source>
        <translation>Saņemts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/model.py" line="212"/>
        <source>Requester</source>
        <translation>Pieprasītājs</translation>
    </message>
    <message>
        <location filename="../gui/inbox/model.py" line="213"/>
        <source>Type</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../gui/inbox/model.py" line="214"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../gui/inbox/model.py" line="215"/>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <location filename="../gui/inbox/model.py" line="216"/>
        <source>Assignee</source>
        <translation>Atbildīgais</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../gui/inbox/page.py" line="165"/>
        <source>Request inbox</source>
        <translation>Ienākošie pieprasījumi</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="166"/>
        <source>&amp;New request…</source>
        <translation>&amp;Jauns pieprasījums…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="167"/>
        <source>&amp;Import e-mail…</source>
        <translation>&amp;Importēt e-pastu…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="169"/>
        <source>Or drag .eml files from the mail program onto the inbox.</source>
        <translation>Vai arī ievelciet .eml failus no e-pasta programmas pieprasījumu sarakstā.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="221"/>
        <source>Loading…</source>
        <translation>Ielādē…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="224"/>
        <source>Shown: {shown}</source>
        <translation>Parādīti: {shown}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="228"/>
        <source>Shown: {shown} of {total}</source>
        <translation>Parādīti: {shown} no {total}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="346"/>
        <source>Request {reference} is open. Due: {date}.</source>
        <translation>Pieprasījums {reference} ir atvērts. Termiņš: {date}.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="353"/>
        <source>Likely duplicate of {references}: an open request of the same type from the same person.</source>
        <translation>Iespējams, dublē {references}: tās pašas personas atvērts tāda paša veida pieprasījums.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="356"/>
        <source>Request opened</source>
        <translation>Pieprasījums atvērts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="364"/>
        <source>Import e-mail</source>
        <translation>E-pasta importēšana</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="364"/>
        <source>E-mail messages (*.eml)</source>
        <translation>E-pasta ziņojumi (*.eml)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="164"/>
        <source>Inbox</source>
        <translation>Pieprasījumi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="165"/>
        <source>Customers</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="166"/>
        <source>Breaches</source>
        <translation>Pārkāpumi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="167"/>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="168"/>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="172"/>
        <source>minime-admin — DEMO</source>
        <translation>minime-admin — DEMONSTRĀCIJA</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="173"/>
        <source>DEMO: fictional data</source>
        <translation>DEMONSTRĀCIJA: izdomāti dati</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="182"/>
        <source>&amp;New request…</source>
        <translation>&amp;Jauns pieprasījums…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="183"/>
        <source>&amp;Import e-mail…</source>
        <translation>Importēt &amp;e-pastu…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="187"/>
        <source>&amp;About minime-admin</source>
        <translation>&amp;Par minime-admin</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="198"/>
        <source>keychain</source>
        <translation>atslēgu glabātuvi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="199"/>
        <source>passphrase</source>
        <translation>paroles frāzi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="200"/>
        <source>recovery key</source>
        <translation>atkopšanas atslēgu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="201"/>
        <source>demo key</source>
        <translation>demonstrācijas atslēgu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="204"/>
        <source>Database: {path} · encrypted (SQLCipher) · unlocked by {method}</source>
        <translation>Datubāze: {path} · šifrēta (SQLCipher) · atslēgta ar {method}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="210"/>
        <source>Signed in as {name} ({role})</source>
        <translation>Lietotājs: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="242"/>
        <source>minime-admin {version}

The privacy office of SIA Mini Me: data-subject requests, customer data, exports, erasure and breaches, on an encrypted database.</source>
        <translation>minime-admin {version}

SIA Mini Me privātuma birojs: datu subjektu pieprasījumi, klientu dati, datu izsniegšana, dzēšana un pārkāpumi šifrētā datubāzē.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="245"/>
        <source>About minime-admin</source>
        <translation>Par minime-admin</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="140"/>
        <source>New request</source>
        <translation>Jauns pieprasījums</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="143"/>
        <source>A request taken by phone, by letter, in person or from the web form. The legal due date is counted from the day of receipt (Riga time).</source>
        <translation>Pieprasījums, kas saņemts pa tālruni, vēstulē, klātienē vai tīmekļa veidlapā. Juridisko termiņu skaita no saņemšanas dienas (pēc Rīgas laika).</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="148"/>
        <source>The requester&apos;s &amp;words:</source>
        <translation>Pieprasītāja &amp;paša vārdi:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="149"/>
        <source>&amp;Type:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="151"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanāls:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="152"/>
        <source>&amp;Received (Riga time):</source>
        <translation>&amp;Saņemts (Rīgas laiks):</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="153"/>
        <source>&amp;Name:</source>
        <translation>Vār&amp;ds:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="154"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pasts:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="155"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Tālrunis:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="156"/>
        <source>Customer:</source>
        <translation>Klients:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="157"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Atbildīgais:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="161"/>
        <source>&amp;Identity checked by:</source>
        <translation>&amp;Identitāte pārbaudīta:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="162"/>
        <source>needed before work starts</source>
        <translation>vajadzīgs pirms darba sākšanas</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="163"/>
        <source>nobody yet</source>
        <translation>vēl neviens</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="164"/>
        <source>What the person asked for, in their own words</source>
        <translation>Ko persona lūdza, viņas pašas vārdiem</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="165"/>
        <source>Test request (left out of every count and report)</source>
        <translation>Testa pieprasījums (netiek ieskaitīts nevienā skaitā un pārskatā)</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="166"/>
        <source>&amp;Use it</source>
        <translation>Iz&amp;mantot</translation>
    </message>
    <message>
        <location filename="../gui/inbox/new_request_dialog.py" line="190"/>
        <source>Suggested from the words: {type}</source>
        <translation>Ieteikts pēc teksta: {type}</translation>
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
    <name>RecipientsDialog</name>
    <message>
        <location filename="../gui/customers/actions.py" line="237"/>
        <source>Partners to inform (Art. 19)</source>
        <translation>Partneri, kuriem jāpaziņo (19. pants)</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="241"/>
        <source>The correction of “{field}” is stored. These partners received this data: tell each of them of the correction (Art. 19), and tell the customer who they are if they ask.</source>
        <translation>Lauka “{field}” labojums ir saglabāts. Šie partneri saņēma šos datus: paziņojiet katram no tiem par labojumu (19. pants) un, ja klients jautā, nosauciet viņam šos partnerus.</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="247"/>
        <source>The correction of “{field}” is stored. No partner received this data, so nobody else needs to be told.</source>
        <translation>Lauka “{field}” labojums ir saglabāts. Neviens partneris šos datus nesaņēma, tāpēc nevienam citam nav jāpaziņo.</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="254"/>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="254"/>
        <source>Contact e-mail</source>
        <translation>Kontaktu e-pasts</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="254"/>
        <source>Country</source>
        <translation>Valsts</translation>
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
    <name>RectifyDialog</name>
    <message>
        <location filename="../gui/customers/actions.py" line="147"/>
        <source>Rectify: {name}</source>
        <translation>Labošana: {name}</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="150"/>
        <source>Correct one item of the customer&apos;s data (Art. 16). The change is recorded; afterwards you see which partners received this data and must be told (Art. 19).</source>
        <translation>Izlabojiet vienu klienta datu vienību (16. pants). Izmaiņa tiek reģistrēta; pēc tam redzēsiet, kuri partneri šos datus saņēma un kuriem par to jāpaziņo (19. pants).</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="155"/>
        <source>&amp;Rectify</source>
        <translation>&amp;Labot</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="167"/>
        <source>&amp;Field:</source>
        <translation>&amp;Lauks:</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="168"/>
        <source>Now:</source>
        <translation>Pašlaik:</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="169"/>
        <source>&amp;New value:</source>
        <translation>&amp;Jaunā vērtība:</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="170"/>
        <source>New &amp;language:</source>
        <translation>Jaunā &amp;valoda:</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="199"/>
        <source>Address no. {id} ({kind}): {field}</source>
        <translation>Adrese nr. {id} ({kind}): {field}</translation>
    </message>
    <message>
        <location filename="../gui/customers/actions.py" line="209"/>
        <source>(empty)</source>
        <translation>(tukšs)</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <location filename="../gui/inbox/actions.py" line="87"/>
        <source>Extend {reference}</source>
        <translation>Pagarināt {reference}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/actions.py" line="88"/>
        <source>The deadline moves to {extended}, two further months (Art. 12(3)). This is possible once, and the person must be told, with the reasons, by {due}.</source>
        <translation>Termiņš pārceļas uz {extended}, vēl par diviem mēnešiem (12. panta 3. punkts). To var izdarīt vienreiz, un personai par to ar iemesliem jāpaziņo līdz {due}.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/actions.py" line="96"/>
        <source>&amp;Reason (told to the person):</source>
        <translation>&amp;Iemesls (tiks paziņots personai):</translation>
    </message>
    <message>
        <location filename="../gui/inbox/actions.py" line="119"/>
        <source>Note on {reference}</source>
        <translation>Piezīme pie {reference}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/actions.py" line="120"/>
        <source>The note goes on the request&apos;s timeline, with your name.</source>
        <translation>Piezīme tiks ierakstīta pieprasījuma vēsturē ar jūsu vārdu.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/actions.py" line="121"/>
        <source>&amp;Note:</source>
        <translation>&amp;Piezīme:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/actions.py" line="158"/>
        <source>Attachment saved</source>
        <translation>Pielikums saglabāts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/actions.py" line="160"/>
        <source>Saved {name} to {path}.</source>
        <translation>{name} saglabāts: {path}.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/actions.py" line="164"/>
        <location filename="../gui/inbox/actions.py" line="176"/>
        <source>Save attachment</source>
        <translation>Saglabāt pielikumu</translation>
    </message>
    <message>
        <location filename="../gui/inbox/actions.py" line="166"/>
        <source>{path} could not be written ({problem}).</source>
        <translation>Failu {path} neizdevās ierakstīt ({problem}).</translation>
    </message>
</context>
<context>
    <name>RequestChoice</name>
    <message>
        <location filename="../gui/customers/request_choice.py" line="90"/>
        <source>No request, or type a reference</source>
        <translation>Bez pieprasījuma vai ierakstiet numuru</translation>
    </message>
    <message>
        <location filename="../gui/customers/request_choice.py" line="95"/>
        <source>Loading the open requests…</source>
        <translation>Ielādē atvērtos pieprasījumus…</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../gui/inbox/labels.py" line="17"/>
        <source>Access (Art. 15)</source>
        <translation>Piekļuve (15. pants)</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="18"/>
        <source>Rectification</source>
        <translation>Labošana</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="19"/>
        <source>Erasure</source>
        <translation>Dzēšana</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="20"/>
        <source>Restriction</source>
        <translation>Ierobežošana</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="21"/>
        <source>Portability</source>
        <translation>Pārnesamība</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="22"/>
        <source>Objection</source>
        <translation>Iebildums</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="23"/>
        <source>Objection to direct marketing</source>
        <translation>Iebildums pret tiešo mārketingu</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="26"/>
        <source>Consent withdrawal</source>
        <translation>Piekrišanas atsaukšana</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="27"/>
        <source>Newsletter unsubscribe</source>
        <translation>Atrakstīšanās no jaunumiem</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="28"/>
        <source>Question on legal basis or transfers</source>
        <translation>Jautājums par juridisko pamatu vai nodošanu</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="31"/>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="35"/>
        <source>Received</source>
        <translation>Saņemts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="36"/>
        <source>Identity check</source>
        <translation>Identitātes pārbaude</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="37"/>
        <source>In progress</source>
        <translation>Izpildē</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="38"/>
        <source>On hold</source>
        <translation>Apturēts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="39"/>
        <source>Completed</source>
        <translation>Pabeigts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="40"/>
        <source>Refused</source>
        <translation>Atteikts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="41"/>
        <source>Withdrawn</source>
        <translation>Atsaukts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="45"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="46"/>
        <source>Web form</source>
        <translation>Tīmekļa veidlapa</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="47"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="48"/>
        <source>Letter</source>
        <translation>Vēstule</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="49"/>
        <source>In person</source>
        <translation>Klātienē</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="53"/>
        <source>Awaiting proof of identity</source>
        <translation>Gaida identitātes apliecinājumu</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="54"/>
        <source>Awaiting clarification</source>
        <translation>Gaida precizējumu</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="55"/>
        <source>Legal review</source>
        <translation>Juridiskā izvērtēšana</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="59"/>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation>Acīmredzami nepamatots vai pārmērīgs (12. panta 5. punkts)</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="62"/>
        <source>Identity not confirmed (Art. 12(6))</source>
        <translation>Identitāte nav apstiprināta (12. panta 6. punkts)</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="65"/>
        <source>An erasure exception (Art. 17(3))</source>
        <translation>Dzēšanas izņēmums (17. panta 3. punkts)</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="68"/>
        <source>Another reason, written out</source>
        <translation>Cits iemesls, aprakstīts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="73"/>
        <source>Check identity</source>
        <translation>Pārbaudīt identitāti</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="74"/>
        <source>Start work</source>
        <translation>Sākt darbu</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="75"/>
        <source>Put on hold…</source>
        <translation>Apturēt…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="76"/>
        <source>Complete…</source>
        <translation>Pabeigt…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="77"/>
        <source>Refuse…</source>
        <translation>Atteikt…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="78"/>
        <source>Mark withdrawn…</source>
        <translation>Atzīmēt kā atsauktu…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="82"/>
        <source>Opened</source>
        <translation>Atvērts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="83"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="84"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="85"/>
        <source>Extended</source>
        <translation>Pagarināts</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="86"/>
        <source>Attachment</source>
        <translation>Pielikums</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="87"/>
        <source>Letter sent</source>
        <translation>Vēstule nosūtīta</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="91"/>
        <source>by e-mail</source>
        <translation>pēc e-pasta</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="92"/>
        <source>by phone</source>
        <translation>pēc tālruņa</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="93"/>
        <source>by order number</source>
        <translation>pēc pasūtījuma numura</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="99"/>
        <source>Saturday</source>
        <translation>sestdiena</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="100"/>
        <source>Sunday</source>
        <translation>svētdiena</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="101"/>
        <source>New Year&apos;s Day</source>
        <translation>Jaungada diena</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="102"/>
        <source>Good Friday</source>
        <translation>Lielā Piektdiena</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="103"/>
        <source>Easter Sunday</source>
        <translation>Pirmās Lieldienas</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="104"/>
        <source>Easter Monday</source>
        <translation>Otrās Lieldienas</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="105"/>
        <source>Labour Day</source>
        <translation>Darba svētki</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="106"/>
        <source>Constitutional Assembly Convocation Day</source>
        <translation>Latvijas Republikas Satversmes sapulces sasaukšanas diena</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="109"/>
        <source>Restoration of Independence Day</source>
        <translation>Latvijas Republikas Neatkarības atjaunošanas diena</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="112"/>
        <source>Restoration of Independence Day (observed)</source>
        <translation>Latvijas Republikas Neatkarības atjaunošanas diena (pārcelta)</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="115"/>
        <source>Mother&apos;s Day</source>
        <translation>Mātes diena</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="116"/>
        <source>Pentecost</source>
        <translation>Vasarsvētki</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="117"/>
        <source>Midsummer Eve</source>
        <translation>Līgo diena</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="118"/>
        <source>Midsummer Day</source>
        <translation>Jāņu diena</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="119"/>
        <source>Republic of Latvia Proclamation Day</source>
        <translation>Latvijas Republikas Proklamēšanas diena</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="122"/>
        <source>Republic of Latvia Proclamation Day (observed)</source>
        <translation>Latvijas Republikas Proklamēšanas diena (pārcelta)</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="125"/>
        <source>Christmas Eve</source>
        <translation>Ziemassvētku vakars</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="126"/>
        <source>Christmas Day</source>
        <translation>Pirmie Ziemassvētki</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="127"/>
        <source>Second Day of Christmas</source>
        <translation>Otrie Ziemassvētki</translation>
    </message>
    <message>
        <location filename="../gui/inbox/labels.py" line="128"/>
        <source>New Year&apos;s Eve</source>
        <translation>Vecgada diena</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../gui/customers/search_panel.py" line="175"/>
        <source>Customers</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="176"/>
        <source>Name, e-mail, phone, address, order number or IP</source>
        <translation>Vārds, e-pasts, tālrunis, adrese, pasūtījuma numurs vai IP</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="246"/>
        <source>Type part of a name, e-mail, phone number, address, order number or IP address. Letter case and diacritics do not matter: berzins finds Bērziņš.</source>
        <translation>Ierakstiet daļu no vārda, e-pasta, tālruņa numura, adreses, pasūtījuma numura vai IP adreses. Lielie burti un garumzīmes nav svarīgi: berzins atrod Bērziņš.</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="249"/>
        <source>Type at least two letters or digits.</source>
        <translation>Ierakstiet vismaz divus burtus vai ciparus.</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="250"/>
        <source>Searching…</source>
        <translation>Meklē…</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="251"/>
        <source>No customer matches “{query}”.</source>
        <translation>Neviens klients neatbilst “{query}”.</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="254"/>
        <source>Customers found: {count}. Enter opens the selected one.</source>
        <translation>Atrasti klienti: {count}. Enter atver atlasīto.</translation>
    </message>
    <message>
        <location filename="../gui/customers/search_panel.py" line="258"/>
        <source>The best {count} matches are shown; type more to narrow them down.</source>
        <translation>Parādīti {count} labākie atbilstošie; rakstiet vairāk, lai sašaurinātu.</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../gui/customers/section_box.py" line="185"/>
        <source>Source:</source>
        <translation>Avots:</translation>
    </message>
    <message>
        <location filename="../gui/customers/section_box.py" line="185"/>
        <source>Purpose:</source>
        <translation>Nolūks:</translation>
    </message>
    <message>
        <location filename="../gui/customers/section_box.py" line="185"/>
        <source>Legal basis:</source>
        <translation>Tiesiskais pamats:</translation>
    </message>
    <message>
        <location filename="../gui/customers/section_box.py" line="191"/>
        <source>Nothing held.</source>
        <translation>Nekas netiek glabāts.</translation>
    </message>
    <message>
        <location filename="../gui/customers/section_box.py" line="204"/>
        <source>nothing held</source>
        <translation>nekas netiek glabāts</translation>
    </message>
    <message>
        <location filename="../gui/customers/section_box.py" line="206"/>
        <source>{shown} of {total} shown; scroll the table for more</source>
        <translation>parādīti {shown} no {total}; ritiniet tabulu, lai redzētu vairāk</translation>
    </message>
    <message>
        <location filename="../gui/customers/section_box.py" line="210"/>
        <source>{count} held</source>
        <translation>glabā: {count}</translation>
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
        <location filename="../gui/startup.py" line="87"/>
        <source>Creating the demo database with fictional customers…</source>
        <translation>Veido demonstrācijas datubāzi ar izdomātiem klientiem…</translation>
    </message>
    <message>
        <location filename="../gui/startup.py" line="96"/>
        <source>No database at {path}. Create a new encrypted database here?</source>
        <translation>Norādītajā vietā {path} nav datubāzes. Vai izveidot šeit jaunu šifrētu datubāzi?</translation>
    </message>
    <message>
        <location filename="../gui/startup.py" line="102"/>
        <source>New database</source>
        <translation>Jauna datubāze</translation>
    </message>
</context>
<context>
    <name>StatusChips</name>
    <message>
        <location filename="../gui/inbox/filters.py" line="232"/>
        <source>Show only requests with this status</source>
        <translation>Rādīt tikai pieprasījumus ar šo statusu</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../gui/inbox/transition_dialog.py" line="69"/>
        <source>{reference}: {status}</source>
        <translation>{reference}: {status}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/transition_dialog.py" line="83"/>
        <location filename="../gui/inbox/transition_dialog.py" line="88"/>
        <source>Choose a reason…</source>
        <translation>Izvēlieties iemeslu…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/transition_dialog.py" line="86"/>
        <location filename="../gui/inbox/transition_dialog.py" line="96"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Iemesls:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/transition_dialog.py" line="98"/>
        <source>&amp;Identity checked by:</source>
        <translation>&amp;Identitāte pārbaudīta:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/transition_dialog.py" line="99"/>
        <source>e.g. order number and delivery address</source>
        <translation>piem., pasūtījuma numurs un piegādes adrese</translation>
    </message>
    <message>
        <location filename="../gui/inbox/transition_dialog.py" line="112"/>
        <source>The refusal letter tells the person the reason and their right to complain to the Data State Inspectorate and to seek a remedy in court (Art. 12(4)).</source>
        <translation>Atteikuma vēstulē personai norāda iemeslu un tās tiesības iesniegt sūdzību Datu valsts inspekcijai un vērsties tiesā (12. panta 4. punkts).</translation>
    </message>
    <message>
        <location filename="../gui/inbox/transition_dialog.py" line="116"/>
        <source>The legal deadline keeps running while the request is on hold.</source>
        <translation>Kamēr pieprasījums ir apturēts, juridiskais termiņš turpina ritēt.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/transition_dialog.py" line="119"/>
        <source>This request came by phone, letter or in person: record how the person&apos;s identity was checked before work starts.</source>
        <translation>Šis pieprasījums saņemts pa tālruni, vēstulē vai klātienē: pirms darba sākšanas ierakstiet, kā tika pārbaudīta personas identitāte.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/transition_dialog.py" line="122"/>
        <source>A closed request cannot be reopened.</source>
        <translation>Slēgtu pieprasījumu nevar atvērt no jauna.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/transition_dialog.py" line="126"/>
        <source>Reason &amp;written out:</source>
        <translation>Iemesla &amp;apraksts:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/transition_dialog.py" line="128"/>
        <source>&amp;Outcome note:</source>
        <translation>&amp;Piezīme par iznākumu:</translation>
    </message>
    <message>
        <location filename="../gui/inbox/transition_dialog.py" line="129"/>
        <source>&amp;Note:</source>
        <translation>&amp;Piezīme:</translation>
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
    <name>ViewReasonDialog</name>
    <message>
        <location filename="../gui/customers/view_reason_dialog.py" line="42"/>
        <source>Open customer data</source>
        <translation>Atvērt klienta datus</translation>
    </message>
    <message>
        <location filename="../gui/customers/view_reason_dialog.py" line="43"/>
        <source>Why are you opening this customer&apos;s data?</source>
        <translation>Kāpēc jūs atverat šī klienta datus?</translation>
    </message>
    <message>
        <location filename="../gui/customers/view_reason_dialog.py" line="46"/>
        <source>Customer: {name}</source>
        <translation>Klients: {name}</translation>
    </message>
    <message>
        <location filename="../gui/customers/view_reason_dialog.py" line="50"/>
        <source>The audit log records who looked at whom, and why. Choose the request you are answering, or write the reason.</source>
        <translation>Audita žurnālā tiek ierakstīts, kas un kāpēc skatīja kura datus. Izvēlieties pieprasījumu, uz kuru atbildat, vai ierakstiet iemeslu.</translation>
    </message>
    <message>
        <location filename="../gui/customers/view_reason_dialog.py" line="57"/>
        <source>e.g. the customer phoned about an order</source>
        <translation>piem., klients zvanīja par pasūtījumu</translation>
    </message>
    <message>
        <location filename="../gui/customers/view_reason_dialog.py" line="60"/>
        <source>&amp;Request:</source>
        <translation>&amp;Pieprasījums:</translation>
    </message>
    <message>
        <location filename="../gui/customers/view_reason_dialog.py" line="61"/>
        <source>Or a &amp;reason:</source>
        <translation>Vai &amp;iemesls:</translation>
    </message>
    <message>
        <location filename="../gui/customers/view_reason_dialog.py" line="63"/>
        <source>&amp;Open</source>
        <translation>&amp;Atvērt</translation>
    </message>
    <message>
        <location filename="../gui/customers/view_reason_dialog.py" line="86"/>
        <source>Choose the request you are answering or write a reason.</source>
        <translation>Izvēlieties pieprasījumu, uz kuru atbildat, vai ierakstiet iemeslu.</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <location filename="../domain/category_info.py" line="26"/>
        <source>Profile</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="27"/>
        <source>Given by the customer: account, checkout and forms</source>
        <translation>Norādījis klients: konts, pasūtījuma noformēšana un veidlapas</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="28"/>
        <source>Customer support, orders and notifications</source>
        <translation>Klientu atbalsts, pasūtījumi un paziņojumi</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="32"/>
        <source>Addresses</source>
        <translation>Adreses</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="33"/>
        <source>Given by the customer at checkout or in the profile</source>
        <translation>Norādījis klients, noformējot pasūtījumu vai profilā</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="34"/>
        <source>Delivery and invoicing</source>
        <translation>Piegāde un rēķinu izrakstīšana</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="38"/>
        <source>Account</source>
        <translation>Konts</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="39"/>
        <source>Created by the customer on the website</source>
        <translation>Izveidojis klients tīmekļa vietnē</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="40"/>
        <source>Signing in, order history, saved details</source>
        <translation>Pieteikšanās, pasūtījumu vēsture, saglabātie dati</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="44"/>
        <source>Orders</source>
        <translation>Pasūtījumi</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="45"/>
        <source>Purchases in the web shop</source>
        <translation>Pirkumi interneta veikalā</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="46"/>
        <source>Selling and delivering goods; accounting records</source>
        <translation>Preču pārdošana un piegāde; grāmatvedības dokumenti</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="50"/>
        <source>Invoices</source>
        <translation>Rēķini</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="51"/>
        <source>Issued by the shop for purchases</source>
        <translation>Izrakstījis veikals par pirkumiem</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="52"/>
        <source>Accounting, as Latvian accounting law requires</source>
        <translation>Grāmatvedība, kā to prasa Latvijas grāmatvedības likums</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="56"/>
        <source>Payments</source>
        <translation>Maksājumi</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="57"/>
        <source>The payment provider, at checkout</source>
        <translation>Maksājumu pakalpojumu sniedzējs, noformējot pasūtījumu</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="58"/>
        <source>Taking payment; deleted when the purchase completes</source>
        <translation>Maksājuma pieņemšana; dzēš, kad pirkums ir pabeigts</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="62"/>
        <source>Newsletter</source>
        <translation>Jaunumu vēstule</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="63"/>
        <source>The customer&apos;s sign-up on the website</source>
        <translation>Klienta pieteikšanās tīmekļa vietnē</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="64"/>
        <source>Sending the newsletter</source>
        <translation>Jaunumu vēstules sūtīšana</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="68"/>
        <source>Consents</source>
        <translation>Piekrišanas</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="69"/>
        <source>Recorded when consent was given or withdrawn</source>
        <translation>Reģistrēts, kad piekrišana dota vai atsaukta</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="70"/>
        <source>Proving consent (GDPR Art. 7(1))</source>
        <translation>Piekrišanas pierādīšana (VDAR 7. panta 1. punkts)</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="74"/>
        <source>Marketing objections</source>
        <translation>Iebildumi pret tirgvedību</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="75"/>
        <source>The customer&apos;s objection</source>
        <translation>Klienta iebildums</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="76"/>
        <source>Keeping the customer out of direct marketing (Art. 21(3))</source>
        <translation>Lai klientam vairs nesūtītu tiešo tirgvedību (21. panta 3. punkts)</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="82"/>
        <source>Cookie choices</source>
        <translation>Sīkdatņu izvēles</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="83"/>
        <source>The cookie banner on the website</source>
        <translation>Sīkdatņu paziņojums tīmekļa vietnē</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="84"/>
        <source>Honouring and proving the cookie choice</source>
        <translation>Sīkdatņu izvēles ievērošana un pierādīšana</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="88"/>
        <source>Reviews</source>
        <translation>Atsauksmes</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="89"/>
        <source>Published by the customer on the website</source>
        <translation>Publicējis klients tīmekļa vietnē</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="90"/>
        <source>Showing product reviews</source>
        <translation>Preču atsauksmju rādīšana</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="94"/>
        <source>Website visits</source>
        <translation>Vietnes apmeklējumi</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="95"/>
        <source>Collected automatically by the website</source>
        <translation>Vietne savākusi automātiski</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="96"/>
        <source>Security and improving the website</source>
        <translation>Drošība un vietnes uzlabošana</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="100"/>
        <source>Disclosures to partners</source>
        <translation>Datu nodošana partneriem</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="101"/>
        <source>Recorded by the shop when data was passed on</source>
        <translation>Reģistrējis veikals, kad dati tika nodoti</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="102"/>
        <source>Knowing whom to inform (Art. 19) and answering requests</source>
        <translation>Lai zinātu, kam paziņot (19. pants), un atbildētu uz pieprasījumiem</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="106"/>
        <source>Restrictions</source>
        <translation>Ierobežojumi</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="107"/>
        <source>The customer&apos;s request (Art. 18)</source>
        <translation>Klienta pieprasījums (18. pants)</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="108"/>
        <source>Keeping the data stored only, used for nothing else</source>
        <translation>Datus tikai glabā un neizmanto nekam citam</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="112"/>
        <source>Legal holds</source>
        <translation>Juridiskās aiztures</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="113"/>
        <source>Recorded by the shop: disputes, chargebacks, authorities</source>
        <translation>Reģistrējis veikals: strīdi, maksājumu apstrīdējumi, iestāžu prasības</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="114"/>
        <source>Establishing or defending legal claims (Art. 17(3)(e))</source>
        <translation>Likumīgu prasību celšana vai aizstāvēšana (17. panta 3. punkta e) apakšpunkts)</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="122"/>
        <source>Consent (Art. 6(1)(a))</source>
        <translation>Piekrišana (6. panta 1. punkta a) apakšpunkts)</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="123"/>
        <source>Contract (Art. 6(1)(b))</source>
        <translation>Līgums (6. panta 1. punkta b) apakšpunkts)</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="124"/>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation>Juridisks pienākums (6. panta 1. punkta c) apakšpunkts)</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="125"/>
        <source>Public interest (Art. 6(1)(e))</source>
        <translation>Sabiedrības intereses (6. panta 1. punkta e) apakšpunkts)</translation>
    </message>
    <message>
        <location filename="../domain/category_info.py" line="126"/>
        <source>Legitimate interests (Art. 6(1)(f))</source>
        <translation>Leģitīmās intereses (6. panta 1. punkta f) apakšpunkts)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../cli.py" line="127"/>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Abas paroles frāzes atšķiras; nekas netika izveidots.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="162"/>
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
        <location filename="../errors.py" line="222"/>
        <source>The field {field} cannot be changed here.</source>
        <translation>Lauku {field} šeit mainīt nevar.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="226"/>
        <source>&apos;{value}&apos; is not an e-mail address; nothing was changed.</source>
        <translation>“{value}” nav e-pasta adrese; nekas netika mainīts.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="232"/>
        <source>&apos;{value}&apos; is not a phone number (8 to 15 digits, e.g. +371 29123456); nothing was changed.</source>
        <translation>“{value}” nav tālruņa numurs (8 līdz 15 cipari, piem., +371 29123456); nekas netika mainīts.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="240"/>
        <source>Processing of this customer is already restricted.</source>
        <translation>Šī klienta datu apstrāde jau ir ierobežota.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="244"/>
        <source>Processing of this customer is not restricted.</source>
        <translation>Šī klienta datu apstrāde nav ierobežota.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="248"/>
        <source>There is not enough space in {path}; nothing was saved. Free some space or choose another place.</source>
        <translation>Vietā {path} nepietiek brīvas vietas; nekas netika saglabāts. Atbrīvojiet vietu vai izvēlieties citu vietu.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="256"/>
        <source>Request {reference} is linked to another customer; nothing was exported. Check the customer number.</source>
        <translation>Pieprasījums {reference} ir piesaistīts citam klientam; nekas netika eksportēts. Pārbaudiet klienta numuru.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="264"/>
        <source>Customer {ident} was already erased on {day}; there is nothing left to erase.</source>
        <translation>Klienta {ident} dati jau tika dzēsti {day}; vairs nav ko dzēst.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="270"/>
        <source>The password for {name} is not right.</source>
        <translation>Lietotāja {name} parole nav pareiza.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="274"/>
        <source>{name} is not a manager: only a manager can sign off a breach.</source>
        <translation>{name} nav vadītājs: pārkāpumu apstiprināt var tikai vadītājs.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="280"/>
        <source>There is already a user called {name}.</source>
        <translation>Lietotājs {name} jau ir.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="284"/>
        <source>The time the shop became aware of the breach cannot be in the future.</source>
        <translation>Laiks, kad veikals uzzināja par pārkāpumu, nevar būt nākotnē.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="290"/>
        <source>Severity score out of range: {detail}.</source>
        <translation>Smaguma novērtējums ir ārpus pieļaujamām robežām: {detail}.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="294"/>
        <source>Breach {reference} has no valid sign-off: a manager must sign it off before a final notice is produced (a draft can be made at any time).</source>
        <translation>Pārkāpumam {reference} nav derīga apstiprinājuma: pirms galīgā paziņojuma sagatavošanas to jāapstiprina vadītājam (melnrakstu var sagatavot jebkurā laikā).</translation>
    </message>
    <message>
        <location filename="../errors.py" line="302"/>
        <source>The selection found no customers; the breach&apos;s affected list was not changed.</source>
        <translation>Atlasē netika atrasts neviens klients; pārkāpuma skarto personu saraksts netika mainīts.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="308"/>
        <source>The 72 hours have passed: write the reasons for the delay (Art. 33(1)) before the notice to the Data State Inspectorate is made.</source>
        <translation>72 stundas ir pagājušas: pirms paziņojuma Datu valsts inspekcijai sagatavošanas ierakstiet kavējuma iemeslus (33. panta 1. punkts).</translation>
    </message>
    <message>
        <location filename="../services/requests.py" line="42"/>
        <source>The extension can no longer be announced: it had to be decided and told to the person within the first month, by {due}.</source>
        <translation>Termiņa pagarinājumu vairs nevar paziņot: par to bija jāizlemj un jāpaziņo personai pirmā mēneša laikā, līdz {due}.</translation>
    </message>
    <message>
        <location filename="../services/requests.py" line="50"/>
        <source>This request has already been extended once.</source>
        <translation>Šī pieprasījuma termiņš jau vienreiz ir pagarināts.</translation>
    </message>
    <message>
        <location filename="../services/letters.py" line="40"/>
        <source>The {kind} letter needs facts this request does not have yet ({missing}); fill them in the letter dialog.</source>
        <translation>Vēstulei “{kind}” vajag ziņas, kuru šim pieprasījumam vēl nav ({missing}); aizpildiet tās vēstules logā.</translation>
    </message>
    <message>
        <location filename="../services/letters.py" line="48"/>
        <source>Letters are written in Latvian (lv) or English (en).</source>
        <translation>Vēstules raksta latviešu (lv) vai angļu (en) valodā.</translation>
    </message>
    <message>
        <location filename="../cli_export.py" line="81"/>
        <source>An encrypted export needs a password of at least 8 characters.</source>
        <translation>Šifrētam eksportam vajag paroli, kurā ir vismaz 8 rakstzīmes.</translation>
    </message>
    <message>
        <location filename="../gui/customers/request_choice.py" line="28"/>
        <source>There is no request with the reference {reference}; nothing was done.</source>
        <translation>Pieprasījuma ar numuru {reference} nav; nekas netika darīts.</translation>
    </message>
    <message>
        <location filename="../services/retention_rules.py" line="22"/>
        <source>Only a manager can change retention periods.</source>
        <translation>Glabāšanas termiņus var mainīt tikai vadītājs.</translation>
    </message>
    <message>
        <location filename="../cli_breach.py" line="338"/>
        <source>A password is needed (MINIME_ADMIN_USER_PASSWORD, or typed).</source>
        <translation>Vajadzīga parole (MINIME_ADMIN_USER_PASSWORD vai ievadīta).</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../gui/customers/view_reason_dialog.py" line="30"/>
        <location filename="../gui/inbox/transition_dialog.py" line="55"/>
        <location filename="../gui/messages.py" line="52"/>
        <source>OK</source>
        <translation>Labi</translation>
    </message>
    <message>
        <location filename="../gui/customers/view_reason_dialog.py" line="31"/>
        <location filename="../gui/inbox/transition_dialog.py" line="56"/>
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
