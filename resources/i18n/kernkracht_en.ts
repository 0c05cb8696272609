<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Er ging iets mis in Kernkracht. Uw werk tot nu toe is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Kernkracht — bibliotheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw bijeenkomsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek op plaats, gemeente of datum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijeenkomsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen bijeenkomsten. Maak een nieuwe met ‘Nieuwe bijeenkomst’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe bijeenkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopie maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliotheek: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand &amp;buiten de bibliotheek openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prullenbak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demodorp opnieuw maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over Kernkracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernkracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe bijeenkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar is de bijeenkomst (dorp, wijk of gemeente)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijeenkomst openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernkracht-bestanden (*.kernkracht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{0}’ naar de prullenbak verplaatsen? U kunt het later terugzetten via Bestand → Prullenbak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernkracht-export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïmporteerd als {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geëxporteerd naar {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over Kernkracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kernkracht {0}&lt;/b&gt;&lt;p&gt;Begeleid een dorps- of wijkavond: wat is er al sterk, wie is eigenaar, welke rol past, en welke acties nemen we mee naar huis.&lt;/p&gt;&lt;p&gt;Werkt helemaal zonder internet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparationModels</name>
    <message>
        <source>(geen stap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vink aan als deze persoon toestemming geeft om contactgegevens te bewaren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst toestemming aanvinken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. Ulrum of wijk De Hoven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plaats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wie leidt de avond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begeleider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat wil de avond opleveren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;oel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactgegevens (e-mail, telefoon) kunnen alleen worden ingevuld als iemand toestemming geeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam, dan Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van een nieuwe deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol van de nieuwe deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdeel, dan Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel van een nieuw agendablok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minuten voor het nieuwe agendablok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap van het nieuwe agendablok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendablok toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendablok omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendablok omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen van de voorbereiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemer verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendablok verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbereiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 deelnemer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totaal: {0} minuten ({1}:{2:02d} uur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelnemers ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda ({0}:{1:02d} uur)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionContext</name>
    <message>
        <source>Niet opgeslagen</source>
        <extracomment>a ChangeEvent after every edit, undo, redo or reload the step shown in the main window changed (step id) something on a page was selected that other views may follow (step id, record id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschadigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen Kernkracht-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwere versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen-lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet te openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demodorp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Stappen van de bijeenkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demodorp: verzonnen oefengegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terug naar de bibliotheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporteren als JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reservekopie maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volgende stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vo&amp;rige stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar de &amp;stappenlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grotere &amp;tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleinere te&amp;kst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij&amp;eenkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lettergrootte {0} pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongedaan gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pnieuw: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe bijeenkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles staat op schijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen om {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernkracht-export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliotheekmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliotheekmap kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bibliotheek:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lettergrootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lettergrootte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een andere taal geldt vanaf de volgende keer dat Kernkracht start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Prullenbak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderde bijeenkomsten. Kies er een en klik ‘Terugzetten’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderde bijeenkomsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
