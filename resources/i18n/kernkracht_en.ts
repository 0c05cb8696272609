<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Er ging iets mis in Kernkracht. Uw werk tot nu toe is opgeslagen.</source>
        <translation>Something went wrong in Kernkracht. Your work so far has been saved.</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Kernkracht — bibliotheek</source>
        <translation>Kernkracht — library</translation>
    </message>
    <message>
        <source>Uw bijeenkomsten</source>
        <translation>Your meetings</translation>
    </message>
    <message>
        <source>Zoek op plaats, gemeente of datum…</source>
        <translation>Search by place, municipality or date…</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Bijeenkomsten</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Nog geen bijeenkomsten. Maak een nieuwe met ‘Nieuwe bijeenkomst’.</source>
        <translation>No meetings yet. Make one with ‘New meeting’.</translation>
    </message>
    <message>
        <source>&amp;Nieuwe bijeenkomst</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Kopie maken</source>
        <translation>Make a &amp;copy</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Bibliotheek: {0}</source>
        <translation>Library: {0}</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Bestand &amp;buiten de bibliotheek openen…</source>
        <translation>Open a file from &amp;outside the library…</translation>
    </message>
    <message>
        <source>&amp;Prullenbak…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <source>&amp;Demodorp opnieuw maken</source>
        <translation>Make the &amp;demo village again</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over Kernkracht</source>
        <translation>&amp;About Kernkracht</translation>
    </message>
    <message>
        <source>Kernkracht</source>
        <translation>Kernkracht</translation>
    </message>
    <message>
        <source>Nieuwe bijeenkomst</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Waar is de bijeenkomst (dorp, wijk of gemeente)?</source>
        <translation>Where is the meeting (village, neighbourhood or municipality)?</translation>
    </message>
    <message>
        <source>Bijeenkomst openen</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <source>Kernkracht-bestanden (*.kernkracht)</source>
        <translation>Kernkracht files (*.kernkracht)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>‘{0}’ naar de prullenbak verplaatsen? U kunt het later terugzetten via Bestand → Prullenbak.</source>
        <translation>Move ‘{0}’ to the trash? You can bring it back later with File → Trash.</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Kernkracht-export (*.json)</source>
        <translation>Kernkracht export (*.json)</translation>
    </message>
    <message>
        <source>Geïmporteerd als {0}</source>
        <translation>Imported as {0}</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Geëxporteerd naar {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>Over Kernkracht</source>
        <translation>About Kernkracht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kernkracht {0}&lt;/b&gt;&lt;p&gt;Begeleid een dorps- of wijkavond: wat is er al sterk, wie is eigenaar, welke rol past, en welke acties nemen we mee naar huis.&lt;/p&gt;&lt;p&gt;Werkt helemaal zonder internet.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Kernkracht {0}&lt;/b&gt;&lt;p&gt;Guide a village or neighbourhood meeting: what is already strong, who owns what, which role fits, and which actions we take home.&lt;/p&gt;&lt;p&gt;Works entirely without internet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreparationModels</name>
    <message>
        <source>(geen stap)</source>
        <translation>(no step)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Vink aan als deze persoon toestemming geeft om contactgegevens te bewaren.</source>
        <translation>Tick when this person agrees that their contact details are kept.</translation>
    </message>
    <message>
        <source>Eerst toestemming aanvinken</source>
        <translation>Tick consent first</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>bijv. Ulrum of wijk De Hoven</source>
        <translation>e.g. Ulrum or the De Hoven neighbourhood</translation>
    </message>
    <message>
        <source>&amp;Plaats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Soort plaats</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>wie leidt de avond</source>
        <translation>who leads the meeting</translation>
    </message>
    <message>
        <source>&amp;Begeleider:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Wat wil de avond opleveren?</source>
        <translation>What should the meeting deliver?</translation>
    </message>
    <message>
        <source>D&amp;oel:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Notities:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Contactgegevens (e-mail, telefoon) kunnen alleen worden ingevuld als iemand toestemming geeft.</source>
        <translation>Contact details (email, phone) can only be filled in when the person gives consent.</translation>
    </message>
    <message>
        <source>Naam, dan Enter</source>
        <translation>Name, then Enter</translation>
    </message>
    <message>
        <source>Naam van een nieuwe deelnemer</source>
        <translation>Name of a new participant</translation>
    </message>
    <message>
        <source>Rol van de nieuwe deelnemer</source>
        <translation>Role of the new participant</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Onderdeel, dan Enter</source>
        <translation>Item, then Enter</translation>
    </message>
    <message>
        <source>Titel van een nieuw agendablok</source>
        <translation>Title of a new agenda block</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minuten voor het nieuwe agendablok</source>
        <translation>Minutes for the new agenda block</translation>
    </message>
    <message>
        <source>Stap van het nieuwe agendablok</source>
        <translation>Step of the new agenda block</translation>
    </message>
    <message>
        <source>Agendablok toevoegen</source>
        <translation>Add agenda block</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Agendablok omhoog</source>
        <translation>Agenda block up</translation>
    </message>
    <message>
        <source>Alt+Omhoog</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Agendablok omlaag</source>
        <translation>Agenda block down</translation>
    </message>
    <message>
        <source>Alt+Omlaag</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Onderdelen van de voorbereiding</source>
        <translation>Parts of the preparation</translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Deelnemer verwijderen</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Agendablok verwijderen</source>
        <translation>Remove agenda block</translation>
    </message>
    <message>
        <source>Voorbereiding</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>{0} deelnemers</source>
        <translation>{0} participants</translation>
    </message>
    <message>
        <source>1 deelnemer</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>Totaal: {0} minuten ({1}:{2:02d} uur)</source>
        <translation>Total: {0} minutes ({1}:{2:02d} hours)</translation>
    </message>
    <message>
        <source>Deelnemers ({0})</source>
        <translation>Participants ({0})</translation>
    </message>
    <message>
        <source>Agenda ({0}:{1:02d} uur)</source>
        <translation>Agenda ({0}:{1:02d} hours)</translation>
    </message>
</context>
<context>
    <name>SessionContext</name>
    <message>
        <source>Niet opgeslagen</source>
        <extracomment>a ChangeEvent after every edit, undo, redo or reload the step shown in the main window changed (step id) something on a page was selected that other views may follow (step id, record id)</extracomment>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kern</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Al geopend</source>
        <translation>Already open</translation>
    </message>
    <message>
        <source>Beschadigd</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Geen Kernkracht-bestand</source>
        <translation>Not a Kernkracht file</translation>
    </message>
    <message>
        <source>Nieuwere versie</source>
        <translation>Newer version</translation>
    </message>
    <message>
        <source>Alleen-lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Niet te openen</source>
        <translation>Cannot be opened</translation>
    </message>
    <message>
        <source>Demodorp</source>
        <translation>Demo village</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Stappen van de bijeenkomst</source>
        <translation>Steps of the meeting</translation>
    </message>
    <message>
        <source>Demodorp: verzonnen oefengegevens</source>
        <translation>Demo village: made-up practice data</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Terug naar de bibliotheek</source>
        <translation>&amp;Back to the library</translation>
    </message>
    <message>
        <source>&amp;Exporteren als JSON…</source>
        <translation>&amp;Export as JSON…</translation>
    </message>
    <message>
        <source>&amp;Reservekopie maken</source>
        <translation>Make a &amp;backup</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>O&amp;pnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Volgende stap</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>Vo&amp;rige stap</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <source>Naar de &amp;stappenlijst</source>
        <translation>To the &amp;list of steps</translation>
    </message>
    <message>
        <source>Grotere &amp;tekst</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Kleinere te&amp;kst</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>Bij&amp;eenkomst</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Lettergrootte {0} pt</source>
        <translation>Font size {0} pt</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Opnieuw gedaan</source>
        <translation>Redone</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken: {0}</source>
        <translation>&amp;Undo: {0}</translation>
    </message>
    <message>
        <source>O&amp;pnieuw: {0}</source>
        <translation>&amp;Redo: {0}</translation>
    </message>
    <message>
        <source>Nieuwe bijeenkomst</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Alles staat op schijf</source>
        <translation>Everything is on disk</translation>
    </message>
    <message>
        <source>Opgeslagen om {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Geen reservekopie gemaakt: er is te weinig ruimte of de map is niet beschrijfbaar.</source>
        <translation>No backup made: there is too little space, or the folder cannot be written to.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Kernkracht-export (*.json)</source>
        <translation>Kernkracht export (*.json)</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Bibliotheekmap</source>
        <translation>Library folder</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Bibliotheekmap kiezen</source>
        <translation>Choose library folder</translation>
    </message>
    <message>
        <source>&amp;Bibliotheek:</source>
        <translation>&amp;Library:</translation>
    </message>
    <message>
        <source>Lettergrootte</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>&amp;Lettergrootte:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source>Een andere taal geldt vanaf de volgende keer dat Kernkracht start.</source>
        <translation>A different language takes effect the next time Kernkracht starts.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Prullenbak</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Verwijderde bijeenkomsten. Kies er een en klik ‘Terugzetten’.</source>
        <translation>Deleted meetings. Choose one and click ‘Restore’.</translation>
    </message>
    <message>
        <source>Verwijderde bijeenkomsten</source>
        <translation>Deleted meetings</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
</TS>
