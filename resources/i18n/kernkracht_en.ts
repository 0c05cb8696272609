<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>Het bestand {0} ontbreekt in deze installatie.</source>
        <translation>The file {0} is missing from this installation.</translation>
    </message>
    <message>
        <source>Over Kernkracht</source>
        <translation>About Kernkracht</translation>
    </message>
    <message>
        <source>Begeleid een dorps- of wijkavond: wat is er al sterk, wie is eigenaar, welke rol past, en welke acties nemen we mee naar huis.</source>
        <translation>Guide a village or neighbourhood evening: what is already strong, who owns what, which role fits, and which actions we take home.</translation>
    </message>
    <message>
        <source>Werkt helemaal zonder internet. Vrije software onder de Europese licentie EUPL-1.2: u mag het gebruiken, delen en aanpassen.</source>
        <translation>Works fully offline. Free software under the European licence EUPL-1.2: you may use, share and change it.</translation>
    </message>
    <message>
        <source>Licentie (EUPL-1.2)</source>
        <translation>Licence (EUPL-1.2)</translation>
    </message>
    <message>
        <source>Onderdelen van anderen</source>
        <translation>Third-party parts</translation>
    </message>
    <message>
        <source>&amp;Over Kernkracht</source>
        <translation>&amp;About Kernkracht</translation>
    </message>
    <message>
        <source>Over &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Accounting</name>
    <message>
        <source>Aan wie</source>
        <translation>To whom</translation>
    </message>
    <message>
        <source>Hoe leggen wij het uit</source>
        <translation>How we explain it</translation>
    </message>
</context>
<context>
    <name>AccountingTab</name>
    <message>
        <source>Aan wie leggen wij verantwoording af</source>
        <translation>To whom are we accountable</translation>
    </message>
    <message>
        <source>Aan wie? (leden, het dorp, de gemeente, een fonds…)</source>
        <translation>To whom? (members, the village, the municipality, a fund…)</translation>
    </message>
    <message>
        <source>Hoe willen wij uitleggen wat we doen</source>
        <translation>How do we want to explain what we do</translation>
    </message>
    <message>
        <source>Hoe leggen wij het uit? Dan Enter</source>
        <translation>How do we explain it? Then Enter</translation>
    </message>
    <message>
        <source>Manieren van verantwoorden (Delete verwijdert)</source>
        <translation>Ways of accounting (Delete removes)</translation>
    </message>
    <message>
        <source>Manier verwijderen</source>
        <translation>Remove way</translation>
    </message>
</context>
<context>
    <name>ActieplanModels</name>
    <message>
        <source>Stippen</source>
        <extracomment>the voting group of a column (&quot;&quot; for everyone); None for other columns where an idea came from -&gt; qtawesome icon (the step&apos;s own icon where it has one)</extracomment>
        <translation>Dots</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Plek</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Trekker</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Eerste stap</source>
        <translation>First step</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>(geen thema)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <source>Te laat: de datum is voorbij en de actie loopt nog. Kies Hoe gaat het? (Ctrl+Shift+H).</source>
        <translation>Overdue: the date has passed and the action is still running. Choose How is it going? (Ctrl+Shift+H).</translation>
    </message>
</context>
<context>
    <name>ActieplanPage</name>
    <message>
        <source>Onderdelen van het actieplan</source>
        <translation>Parts of the action plan</translation>
    </message>
    <message>
        <source>Stemmen</source>
        <translation>Voting</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Wat levert het op?</source>
        <translation>What does it yield?</translation>
    </message>
    <message>
        <source>Steun van buiten</source>
        <translation>Support from outside</translation>
    </message>
    <message>
        <source>Thema&apos;s en werkgroepen</source>
        <translation>Themes and working groups</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Stemmen ({0} ideeën)</source>
        <translation>Voting ({0} ideas)</translation>
    </message>
    <message>
        <source>Acties ({0})</source>
        <translation>Actions ({0})</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Nieuwe actie: wat gaan we doen? Dan Enter</source>
        <translation>New action: what are we going to do? Then Enter</translation>
    </message>
    <message>
        <source>Omschrijving van een nieuwe actie</source>
        <translation>Description of a new action</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Idee om een actie van te maken</source>
        <translation>Idea to make an action from</translation>
    </message>
    <message>
        <source>Actie maken van &amp;idee</source>
        <translation>Make action from &amp;idea</translation>
    </message>
    <message>
        <source>Actie maken van het gekozen idee</source>
        <translation>Make an action from the chosen idea</translation>
    </message>
    <message>
        <source>Acties overnemen van vorige bijeenkomst</source>
        <translation>Carry over actions from the previous meeting</translation>
    </message>
    <message>
        <source>Hoe gaat het? Voor&amp;tgang (Ctrl+Shift+H)</source>
        <translation>How is it &amp;going? Progress (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Voortgang: alle open acties langslopen</source>
        <translation>Progress: go through all open actions</translation>
    </message>
    <message>
        <source>Hoe gaat het? Voortgang van de acties</source>
        <translation>How is it going? Progress of the actions</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Middelen</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Gekoppelde ideeën</source>
        <translation>Linked ideas</translation>
    </message>
    <message>
        <source>Geschiedenis van de actie</source>
        <translation>History of the action</translation>
    </message>
    <message>
        <source>Hoe gaat het? Notitie, dan Enter</source>
        <translation>How is it going? Note, then Enter</translation>
    </message>
    <message>
        <source>Notitie bij de geschiedenis</source>
        <translation>Note for the history</translation>
    </message>
    <message>
        <source>Waa&amp;rom</source>
        <translation>&amp;Why</translation>
    </message>
    <message>
        <source>&amp;Middelen</source>
        <translation>&amp;Resources</translation>
    </message>
    <message>
        <source>Gekoppelde i&amp;deeën</source>
        <translation>Linked i&amp;deas</translation>
    </message>
    <message>
        <source>&amp;Geschiedenis</source>
        <translation>Hi&amp;story</translation>
    </message>
    <message>
        <source>Er zijn nog geen ideeën; voeg ze toe bij Stemmen.</source>
        <translation>There are no ideas yet; add them under Voting.</translation>
    </message>
    <message>
        <source>1 actie overgenomen uit de bijeenkomst van {0}.</source>
        <translation>1 action carried over from the meeting of {0}.</translation>
    </message>
    <message>
        <source>{0} acties overgenomen uit de bijeenkomst van {1}.</source>
        <translation>{0} actions carried over from the meeting of {1}.</translation>
    </message>
    <message>
        <source>Acties &amp;overnemen van vorige bijeenkomst ({0}, {1} open)</source>
        <translation>Carry &amp;over actions from previous meeting ({0}, {1} open)</translation>
    </message>
</context>
<context>
    <name>AfrondingPage</name>
    <message>
        <source>Afronding: de hand-out</source>
        <extracomment>the child process making a PDF now, if any a test (or a caller) may replace how a printer is chosen; None means cancelled</extracomment>
        <translation>Wrap-up: the handout</translation>
    </message>
    <message>
        <source>Alles wat de avond opleverde op papier: een hand-out om mee naar huis te nemen. Onderdelen zonder inhoud worden weggelaten.</source>
        <translation>Everything the evening produced, on paper: a handout to take home. Parts with no content are left out.</translation>
    </message>
    <message>
        <source>Hand-out</source>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Taal van de hand-out</source>
        <translation>Language of the handout</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A&amp;noniem: zonder namen en contactgegevens</source>
        <translation>A&amp;nonymous: without names and contact details</translation>
    </message>
    <message>
        <source>Anonieme hand-out</source>
        <translation>Anonymous handout</translation>
    </message>
    <message>
        <source>Hand-out &amp;opslaan als PDF…</source>
        <translation>&amp;Save handout as PDF…</translation>
    </message>
    <message>
        <source>O&amp;penen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open de laatst opgeslagen hand-out in de PDF-lezer</source>
        <translation>Open the last saved handout in the PDF reader</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Lege werkbladen om te printen</source>
        <translation>Blank worksheets to print</translation>
    </message>
    <message>
        <source>Werkblad</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>Inventaris wijksafari</source>
        <translation>Neighbourhood walk inventory</translation>
    </message>
    <message>
        <source>Eigenaarschap: leeg bord Type 1 tot 4</source>
        <translation>Ownership: empty board Type 1 to 4</translation>
    </message>
    <message>
        <source>Rollen scoren</source>
        <translation>Role scoring</translation>
    </message>
    <message>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Interview in tweetallen (hoofd, hart, handen)</source>
        <translation>Interview in pairs (head, heart, hands)</translation>
    </message>
    <message>
        <source>Wie doet mee? (intekenlijst per idee)</source>
        <translation>Who joins in? (sign-up list per idea)</translation>
    </message>
    <message>
        <source>Wie ontbreekt?</source>
        <translation>Who is missing?</translation>
    </message>
    <message>
        <source>Doen en laten van de gemeente</source>
        <translation>What the municipality starts and stops doing</translation>
    </message>
    <message>
        <source>Spiegel: waarden en twee logica&apos;s</source>
        <translation>Mirror: values and two logics</translation>
    </message>
    <message>
        <source>Wer&amp;kblad:</source>
        <translation>&amp;Worksheet:</translation>
    </message>
    <message>
        <source>Set rollen</source>
        <translation>Role set</translation>
    </message>
    <message>
        <source>&amp;Rollen:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <source>Werkblad op&amp;slaan als PDF…</source>
        <translation>Save wor&amp;ksheet as PDF…</translation>
    </message>
    <message>
        <source>Afronding</source>
        <translation>Wrap-up</translation>
    </message>
    <message numerus="yes">
        <source>Deelnemers: %n</source>
        <translation>
            <numerusform>Participants: %n</numerusform>
            <numerusform>Participants: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Krachtenkaart: %n kaarten</source>
        <translation>
            <numerusform>Asset map: %n card</numerusform>
            <numerusform>Asset map: %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, waarvan %n kroonjuwelen</source>
        <translation>
            <numerusform>, %n of them a crown jewel</numerusform>
            <numerusform>, %n of them crown jewels</numerusform>
        </translation>
    </message>
    <message>
        <source>Wat er in deze bijeenkomst staat</source>
        <translation>What this meeting holds</translation>
    </message>
    <message numerus="yes">
        <source>Parkeerplaats: %n zorgen en knelpunten</source>
        <translation>
            <numerusform>Parked: %n worry or problem</numerusform>
            <numerusform>Parked: %n worries and problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plattegrond: %n spelden</source>
        <translation>
            <numerusform>Map: %n pin</numerusform>
            <numerusform>Map: %n pins</numerusform>
        </translation>
    </message>
    <message>
        <source>Plattegrond</source>
        <translation>Map</translation>
    </message>
    <message numerus="yes">
        <source>Ideeën (verbonden kaarten): %n</source>
        <translation>
            <numerusform>Ideas (connected cards): %n</numerusform>
            <numerusform>Ideas (connected cards): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Visie</source>
        <translation>Vision</translation>
    </message>
    <message numerus="yes">
        <source>Steun van buiten: %n</source>
        <translation>
            <numerusform>Outside support: %n</numerusform>
            <numerusform>Outside support: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Eigenaarschap: %n activiteiten</source>
        <translation>
            <numerusform>Ownership: %n activity</numerusform>
            <numerusform>Ownership: %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n verschuivingen</source>
        <translation>
            <numerusform>, %n shift</numerusform>
            <numerusform>, %n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rollen: %n scores</source>
        <translation>
            <numerusform>Roles: %n score</numerusform>
            <numerusform>Roles: %n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n casussen</source>
        <translation>
            <numerusform>, %n case</numerusform>
            <numerusform>, %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dooddoeners: %n</source>
        <translation>
            <numerusform>Killer phrases: %n</numerusform>
            <numerusform>Killer phrases: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Spiegel van het collectief</source>
        <translation>The collective&apos;s mirror</translation>
    </message>
    <message>
        <source>Huiswerk voor de gemeente</source>
        <translation>Homework for the municipality</translation>
    </message>
    <message numerus="yes">
        <source>Actieplan: %n ideeën</source>
        <translation>
            <numerusform>Action plan: %n idea</numerusform>
            <numerusform>Action plan: %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n acties</source>
        <translation>
            <numerusform>, %n action</numerusform>
            <numerusform>, %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n trekkers</source>
        <translation>
            <numerusform>, %n lead</numerusform>
            <numerusform>, %n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Wie ontbrak: {0} groepen</source>
        <translation>Who was missing: {0} groups</translation>
    </message>
    <message>
        <source>Wat levert het op: {0} ideeën, {1} partners</source>
        <translation>What it yields: {0} ideas, {1} partners</translation>
    </message>
    <message>
        <source>Afsluiting: {0} aanmeldingen, afsluitende ronde {1}</source>
        <translation>Closing: {0} sign-ups, closing round {1}</translation>
    </message>
    <message>
        <source>ingevuld</source>
        <translation>filled in</translation>
    </message>
    <message>
        <source>nog leeg</source>
        <translation>still empty</translation>
    </message>
    <message>
        <source>(leeg: wordt weggelaten)</source>
        <translation>(empty: left out)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Geannuleerd: er is geen bestand gemaakt.</source>
        <translation>Cancelled: no file was made.</translation>
    </message>
    <message>
        <source>Niet gelukt: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Hand-out niet gemaakt</source>
        <translation>Handout not made</translation>
    </message>
    <message>
        <source>De PDF kon niet worden gemaakt.</source>
        <translation>The PDF could not be made.</translation>
    </message>
    <message>
        <source>Hand-out opslaan</source>
        <translation>Save handout</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>De hand-out wordt gemaakt…</source>
        <translation>Making the handout…</translation>
    </message>
    <message>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>De hand-out wordt klaargemaakt om af te drukken…</source>
        <translation>Getting the handout ready to print…</translation>
    </message>
    <message>
        <source>Hand-out afdrukken</source>
        <translation>Print handout</translation>
    </message>
    <message>
        <source>Afdrukken gestopt. Wat al naar de printer ging, kunt u op de printer stoppen.</source>
        <translation>Printing stopped. Anything already sent to the printer can be stopped on the printer.</translation>
    </message>
    <message>
        <source>De pagina&apos;s gaan naar de printer…</source>
        <translation>Sending the pages to the printer…</translation>
    </message>
    <message numerus="yes">
        <source>Naar de printer gestuurd: %n pagina&apos;s</source>
        <translation>
            <numerusform>Sent to the printer: %n page</numerusform>
            <numerusform>Sent to the printer: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Werkblad opslaan</source>
        <translation>Save worksheet</translation>
    </message>
    <message>
        <source>Het werkblad wordt gemaakt…</source>
        <translation>Making the worksheet…</translation>
    </message>
    <message>
        <source>leeg: alles; of een thema, zoals groen of jeugd</source>
        <translation>empty: everything; or a theme, such as green or youth</translation>
    </message>
    <message>
        <source>Hand-out voor één werkgroep: thema</source>
        <translation>Handout for one working group: theme</translation>
    </message>
    <message>
        <source>Werkgroep, &amp;zoekwoord:</source>
        <translation>Working group, &amp;keyword:</translation>
    </message>
    <message>
        <source>&amp;Foto&apos;s van de kaarten opnemen</source>
        <translation>Include the cards&apos; &amp;photos</translation>
    </message>
    <message>
        <source>Niet in de anonieme hand-out: op een foto is te zien wie iemand is</source>
        <translation>Not in the anonymous handout: a photo shows who someone is</translation>
    </message>
    <message>
        <source>Aantal regels op het werkblad van de wijksafari</source>
        <translation>Number of lines on the neighbourhood walk sheet</translation>
    </message>
    <message>
        <source>Re&amp;gels:</source>
        <translation>Li&amp;nes:</translation>
    </message>
</context>
<context>
    <name>AgendaTimerControl</name>
    <message>
        <source>Tijd voor dit agendablok</source>
        <extracomment>phase -&gt; (background, text colour) of the time in the toolbar and on the projector the time, the block or the phase changed (the projector redraws its clock) the current block&apos;s time ran out just now</extracomment>
        <translation>Time for this agenda block</translation>
    </message>
    <message>
        <source>Ctrl+T start of pauzeert, Ctrl+Shift+N gaat naar het volgende agendablok</source>
        <translation>Ctrl+T starts or pauses, Ctrl+Shift+N goes to the next agenda block</translation>
    </message>
    <message>
        <source>Timer &amp;starten</source>
        <translation>&amp;Start timer</translation>
    </message>
    <message>
        <source>&amp;Volgend agendablok</source>
        <translation>&amp;Next agenda block</translation>
    </message>
    <message>
        <source>Vo&amp;rig agendablok</source>
        <translation>P&amp;revious agenda block</translation>
    </message>
    <message>
        <source>Dit blok opnieuw &amp;beginnen</source>
        <translation>Restart this &amp;block</translation>
    </message>
    <message>
        <source>&amp;Geluid aan het eind van een blok</source>
        <translation>So&amp;und at the end of a block</translation>
    </message>
    <message>
        <source>Er is nog geen agenda: maak die bij Voorbereiding.</source>
        <translation>There is no agenda yet: make one under Preparation.</translation>
    </message>
    <message>
        <source>Dit is het laatste agendablok.</source>
        <translation>This is the last agenda block.</translation>
    </message>
    <message>
        <source>Timer &amp;pauzeren</source>
        <translation>&amp;Pause timer</translation>
    </message>
    <message>
        <source>Geen agenda</source>
        <translation>No agenda</translation>
    </message>
    <message>
        <source> (pauze)</source>
        <translation> (paused)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Er ging iets mis in Kernkracht. Uw werk tot nu toe is opgeslagen.</source>
        <extracomment>the program&apos;s name towards the desktop: X11 WM_CLASS instance, Wayland app id, kernkracht.desktop</extracomment>
        <translation>Something went wrong in Kernkracht. Your work so far has been saved.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gestopt; er is niets geschreven en niets veranderd.</source>
        <translation>Stopped; nothing was written and nothing changed.</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>Titel van een nieuwe kaart</source>
        <extracomment>the card whose details should show (&quot;&quot; = none) Enter on a card: focus to the details</extracomment>
        <translation>Title of a new card</translation>
    </message>
    <message>
        <source>Typ een titel en druk op Enter. Ctrl+1 … Ctrl+{0} kiest de categorie.</source>
        <translation>Type a title and press Enter. Ctrl+1 … Ctrl+{0} choose the category.</translation>
    </message>
    <message>
        <source>Zoeken (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kaarten zoeken</source>
        <translation>Search cards</translation>
    </message>
    <message>
        <source>Filtert alle kolommen op titel, beschrijving, wie, labels of nummer</source>
        <translation>Filters all columns by title, description, who, labels or number</translation>
    </message>
    <message>
        <source>Vragen bij de categorie</source>
        <translation>Questions for the category</translation>
    </message>
    <message>
        <source> — kiezen met Ctrl+{0}</source>
        <translation> — choose with Ctrl+{0}</translation>
    </message>
    <message>
        <source>Huidige categorie; Ctrl+1 … Ctrl+{0} kiest een andere</source>
        <translation>Current category; Ctrl+1 … Ctrl+{0} choose another</translation>
    </message>
    <message>
        <source>Nieuwe kaart bij {0}: titel, dan Enter</source>
        <translation>New card in {0}: title, then Enter</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Hoofd</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Hart</source>
        <translation>Heart</translation>
    </message>
    <message>
        <source>Handen</source>
        <translation>Hands</translation>
    </message>
    <message>
        <source>? te bevestigen</source>
        <extracomment>titles longer than this are cut before layout: a tile never shows more anyway the number/dots line against the title; the projector keeps it nearly as large (&gt;= 28 pt) &gt; 0 (the projector, few cards): a tile is only as tall as its wrapped title needs &gt; 0: tiles side by side (one category large on the projector) are this wide</extracomment>
        <translation>? to confirm</translation>
    </message>
    <message>
        <source>Titel van de kaart</source>
        <translation>Title of the card</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;Antwoord: wat zou uw groep doen?</source>
        <translation>&amp;Answer: what would your group do?</translation>
    </message>
    <message>
        <source>Antwoord op de casus</source>
        <translation>Answer to the case</translation>
    </message>
    <message>
        <source>Wie doet wat, en wat vragen we van anderen?</source>
        <translation>Who does what, and what do we ask of others?</translation>
    </message>
    <message>
        <source>Welke rollen zijn hier nodig?</source>
        <translation>Which roles are needed here?</translation>
    </message>
    <message>
        <source>Rollen gekozen in de casussen</source>
        <translation>Roles chosen in the cases</translation>
    </message>
    <message>
        <source>Rollen gekozen in de casussen naast het profiel</source>
        <translation>Roles chosen in the cases, next to the profile</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Gewenst</source>
        <translation>Wanted</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>In hoeveel casussen de groep deze rol koos</source>
        <translation>In how many cases the group chose this role</translation>
    </message>
    <message>
        <source>Rol nodig: {0}</source>
        <translation>Role needed: {0}</translation>
    </message>
    <message>
        <source>Geteld over {0} beantwoorde casussen van deze groep.</source>
        <translation>Counted over {0} answered cases from this group.</translation>
    </message>
    <message>
        <source>Geteld over 1 beantwoorde casus van deze groep.</source>
        <translation>Counted over 1 answered case from this group.</translation>
    </message>
</context>
<context>
    <name>ChildJob</name>
    <message>
        <source>De schijf is vol: %1 kon niet worden opgeslagen.</source>
        <translation>The disk is full: %1 could not be saved.</translation>
    </message>
    <message>
        <source>In deze map mag niet worden geschreven: %1</source>
        <translation>You may not save files in this folder: %1</translation>
    </message>
    <message>
        <source>Deze map bestaat niet (meer): %1</source>
        <translation>This folder does not exist (any more): %1</translation>
    </message>
    <message>
        <source>%1 kon niet worden opgeslagen.</source>
        <translation>%1 could not be saved.</translation>
    </message>
    <message>
        <source>Het programma dat de PDF maakt, kon niet starten.</source>
        <translation>The program that makes the PDF could not start.</translation>
    </message>
    <message>
        <source>Het maken van de PDF stopte onverwacht (code %1).</source>
        <translation>Making the PDF stopped unexpectedly (code %1).</translation>
    </message>
</context>
<context>
    <name>ClosingRound</name>
    <message>
        <source>Afsluitende ronde</source>
        <translation>Closing round</translation>
    </message>
    <message>
        <source>Afsluitende ronde: {0}</source>
        <translation>Closing round: {0}</translation>
    </message>
    <message>
        <source>jjjj-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Datum van de volgende bijeenkomst</source>
        <translation>Date of the next meeting</translation>
    </message>
    <message>
        <source>Volgende bijeenkomst, datum:</source>
        <translation>Next meeting, date:</translation>
    </message>
    <message>
        <source>Plaats van de volgende bijeenkomst</source>
        <translation>Place of the next meeting</translation>
    </message>
    <message>
        <source>Plaats:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Typ de datum als jjjj-mm-dd, bijvoorbeeld 2026-11-12.</source>
        <translation>Type the date as yyyy-mm-dd, for example 2026-11-12.</translation>
    </message>
</context>
<context>
    <name>ClosingView</name>
    <message>
        <source>Ieder om de beurt: {0}</source>
        <translation>Each in turn: {0}</translation>
    </message>
    <message>
        <source>Volgende keer: {0}</source>
        <translation>Next time: {0}</translation>
    </message>
    <message>
        <source>{0} acties afgesproken, onder meer:</source>
        <translation>{0} actions agreed, among them:</translation>
    </message>
</context>
<context>
    <name>CompareMirror</name>
    <message>
        <source>samen</source>
        <translation>together</translation>
    </message>
    <message>
        <source>{0}: dorp {1} · gemeente {2}</source>
        <translation>{0}: village {1} · municipality {2}</translation>
    </message>
    <message>
        <source>botst</source>
        <translation>clashes</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Groepen vergelijken — Kernkracht</source>
        <translation>Compare groups — Kernkracht</translation>
    </message>
    <message>
        <source>Groepen vergelijken</source>
        <translation>Compare groups</translation>
    </message>
    <message>
        <source>Groepen naast elkaar (alleen lezen)</source>
        <translation>Groups side by side (read-only)</translation>
    </message>
    <message>
        <source>Resultaten per groep</source>
        <translation>Results per group</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Kaarten &amp;nalopen (Ctrl+Shift+K)</source>
        <translation>&amp;Go through cards (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>{0} kaart(en) van de vorige bijeenkomst: klopt dit nog? Kaarten met een stippellijn wachten nog.</source>
        <translation>{0} card(s) from the previous meeting: is this still true? Cards with a dotted line are still waiting.</translation>
    </message>
</context>
<context>
    <name>ConfirmWalk</name>
    <message>
        <source>Klopt dit nog?</source>
        <translation>Is this still true?</translation>
    </message>
    <message>
        <source>Titel van de kaart</source>
        <extracomment>the carried cards, as at the start (an answered card stays in the walk, to go back to)</extracomment>
        <translation>Title of the card</translation>
    </message>
    <message>
        <source>K = klopt · W = wijzigen (Enter bewaart) · G = weg · ← → = vorige/volgende · Esc = sluiten</source>
        <translation>K = still true · W = change (Enter keeps it) · G = gone · ← → = previous/next · Esc = close</translation>
    </message>
    <message>
        <source>Klopt (K)</source>
        <translation>Still true (K)</translation>
    </message>
    <message>
        <source>Wijzigen (W)</source>
        <translation>Change (W)</translation>
    </message>
    <message>
        <source>Weg (G)</source>
        <translation>Gone (G)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Er zijn geen kaarten om na te lopen.</source>
        <translation>There are no cards to go through.</translation>
    </message>
    <message>
        <source>Kaart {0} van {1}</source>
        <translation>Card {0} of {1}</translation>
    </message>
    <message>
        <source>(deze kaart is weg)</source>
        <translation>(this card is gone)</translation>
    </message>
    <message>
        <source>Weg</source>
        <translation>Gone</translation>
    </message>
    <message>
        <source>Nog niet nagelopen</source>
        <translation>Not gone through yet</translation>
    </message>
    <message>
        <source>Klopt</source>
        <translation>Still true</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Alle kaarten zijn nagelopen. Esc sluit dit venster.</source>
        <translation>All cards have been gone through. Esc closes this window.</translation>
    </message>
    <message>
        <source>Wijzigen: typ de nieuwe tekst en druk op Enter (Esc: terug)</source>
        <translation>Change: type the new text and press Enter (Esc: back)</translation>
    </message>
    <message>
        <source>Klopt dit nog? Kaarten van vorige keer nalopen</source>
        <translation>Is this still true? Go through the cards from last time</translation>
    </message>
</context>
<context>
    <name>CrownList</name>
    <message>
        <source>Ster een kaart met Ctrl+K. De zaal plakt stippen; tel ze met + en − op een gekozen kaart.</source>
        <extracomment>a jewel was chosen (Enter / double-click): show it on the board</extracomment>
        <translation>Star a card with Ctrl+K. The room places dots; count them with + and − on a chosen card.</translation>
    </message>
    <message>
        <source>Kroonjuwelen, meeste stippen eerst</source>
        <translation>Crown jewels, most dots first</translation>
    </message>
    <message>
        <source>1 stip</source>
        <translation>1 dot</translation>
    </message>
    <message>
        <source>{0} stippen</source>
        <translation>{0} dots</translation>
    </message>
    <message>
        <source>Nog geen kroonjuwelen.</source>
        <translation>No crown jewels yet.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>bijv. 10-3-2026 of 10 maart 2026</source>
        <extracomment>a new date, yyyy-mm-dd (&quot;&quot; when emptied) after each try to take what was typed: the Dutch reason it is not a day, or &quot;&quot; when it is</extracomment>
        <translation>e.g. 10-3-2026 or 10 March 2026</translation>
    </message>
    <message>
        <source>Kalender (Alt+Omlaag)</source>
        <translation>Calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Titel</source>
        <extracomment>Esc: back to the board</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Wie (houder)</source>
        <translation>Who (holder)</translation>
    </message>
    <message>
        <source>wie heeft of doet dit</source>
        <translation>who has or does this</translation>
    </message>
    <message>
        <source>Hoofd, hart of handen</source>
        <translation>Head, heart or hands</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Hoofd</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Hart</source>
        <translation>Heart</translation>
    </message>
    <message>
        <source>Handen</source>
        <translation>Hands</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Vink aan als de houder toestemming geeft om contactgegevens te bewaren</source>
        <translation>Tick if the holder agrees to their contact details being kept</translation>
    </message>
    <message>
        <source>Toestemming voor contactgegevens</source>
        <translation>Consent for contact details</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>alleen met toestemming</source>
        <translation>only with consent</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Labels, met komma&apos;s gescheiden</source>
        <translation>Labels, separated by commas</translation>
    </message>
    <message>
        <source>bijv. jongeren, groen</source>
        <translation>e.g. young people, green</translation>
    </message>
    <message>
        <source>Kroonjuweel</source>
        <translation>Crown jewel</translation>
    </message>
    <message>
        <source>Ctrl+K op het bord</source>
        <translation>Ctrl+K on the board</translation>
    </message>
    <message>
        <source>Waarom een kroonjuweel</source>
        <translation>Why a crown jewel</translation>
    </message>
    <message>
        <source>waarom is dit een kroonjuweel?</source>
        <translation>why is this a crown jewel?</translation>
    </message>
    <message>
        <source>Beschrij&amp;ving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>W&amp;ie:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>Hoo&amp;fd/hart/handen:</source>
        <translation>Head/heart/h&amp;ands:</translation>
    </message>
    <message>
        <source>Label&amp;s:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Waaro&amp;m:</source>
        <translation>Wh&amp;y:</translation>
    </message>
    <message>
        <source>Stip eraf</source>
        <translation>Remove a dot</translation>
    </message>
    <message>
        <source>Stip eraf (−)</source>
        <translation>Remove a dot (−)</translation>
    </message>
    <message>
        <source>Stip erbij</source>
        <translation>Add a dot</translation>
    </message>
    <message>
        <source>Stip erbij (+)</source>
        <translation>Add a dot (+)</translation>
    </message>
    <message>
        <source>Stippen:</source>
        <translation>Dots:</translation>
    </message>
    <message>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Foto erbij…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <source>Foto toevoegen uit een bestand</source>
        <translation>Add a photo from a file</translation>
    </message>
    <message>
        <source>Foto weg</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Gekozen foto weghalen</source>
        <translation>Remove the chosen photo</translation>
    </message>
    <message>
        <source>Foto&apos;s:</source>
        <translation>Photos:</translation>
    </message>
    <message>
        <source>Terug naar het bord</source>
        <translation>Back to the board</translation>
    </message>
    <message>
        <source>Een kaart heeft een titel nodig; de oude titel blijft staan.</source>
        <translation>A card needs a title; the old title stays.</translation>
    </message>
    <message>
        <source>Foto kiezen</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Dit bestand is geen foto die Kernkracht kan tonen (png, jpg, gif of webp).</source>
        <translation>This file is not a photo Kernkracht can show (png, jpg, gif or webp).</translation>
    </message>
    <message>
        <source>Kies een kaart op het bord om de details te zien.</source>
        <translation>Choose a card on the board to see its details.</translation>
    </message>
    <message>
        <source>{0} stippen</source>
        <translation>{0} dots</translation>
    </message>
    <message>
        <source>1 stip</source>
        <translation>1 dot</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>Eigenaarschap</name>
    <message>
        <source>{0} handen</source>
        <translation>{0} hands</translation>
    </message>
    <message>
        <source>Gemeente: {0}</source>
        <translation>Municipality: {0}</translation>
    </message>
    <message>
        <source>? Nog kiezen</source>
        <translation>? Still to choose</translation>
    </message>
    <message>
        <source>Van wie is het? Dat kiest de zaal.</source>
        <translation>Whose is it? The room decides.</translation>
    </message>
    <message>
        <source>Bespreek elke activiteit en zet hem dan in Type 1, 2, 3 of 4 (Ctrl+→).</source>
        <translation>Discuss each activity, then put it in Type 1, 2, 3 or 4 (Ctrl+→).</translation>
    </message>
    <message>
        <source>Eigenaar: {0}</source>
        <translation>Owner: {0}</translation>
    </message>
    <message>
        <source>⚠ Geen trekker</source>
        <translation>⚠ Nobody pulls it</translation>
    </message>
    <message>
        <source>Trekker: {0}</source>
        <translation>Pulled by: {0}</translation>
    </message>
    <message>
        <source>Activiteiten in Type {0}</source>
        <translation>Activities in Type {0}</translation>
    </message>
    <message>
        <source>{0} activiteiten</source>
        <translation>{0} activities</translation>
    </message>
    <message>
        <source>1 activiteit</source>
        <translation>1 activity</translation>
    </message>
    <message>
        <source>Gemeenschap</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Uitleg per type</source>
        <translation>Explain types</translation>
    </message>
    <message>
        <source>Uitleg per type tonen</source>
        <translation>Show what each type means</translation>
    </message>
    <message>
        <source>Toon of verberg wat elk type van de gemeente vraagt (F3)</source>
        <translation>Show or hide what each type asks of the municipality (F3)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details van de activiteit tonen</source>
        <translation>Show the activity&apos;s details</translation>
    </message>
    <message>
        <source>Toon of verberg de details naast het bord (F4); zonder details is het bord breder</source>
        <translation>Show or hide the details beside the board (F4); without details the board is wider</translation>
    </message>
    <message>
        <source>Het bord is nog leeg. Typ hierboven een activiteit en druk op Enter, kies &quot;Welke bestaan hier?&quot; of neem kaarten over uit de Krachtenkaart.</source>
        <translation>The board is still empty. Type an activity above and press Enter, choose &quot;Which exist here?&quot; or take cards from the Asset map.</translation>
    </message>
    <message>
        <source>Kies een activiteit op het bord om de details te zien.</source>
        <translation>Choose an activity on the board to see its details.</translation>
    </message>
    <message>
        <source>Naam van de activiteit</source>
        <translation>Name of the activity</translation>
    </message>
    <message>
        <source>Een naam kan hooguit {0} tekens lang zijn; zet de rest in de beschrijving.</source>
        <translation>A name can be at most {0} characters long; put the rest in the description.</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Besch&amp;rijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Type nu</source>
        <translation>Type now</translation>
    </message>
    <message>
        <source>Gewenst type</source>
        <translation>Wanted type</translation>
    </message>
    <message>
        <source>Blijft zo</source>
        <translation>Stays the same</translation>
    </message>
    <message>
        <source>N&amp;u:</source>
        <translation>N&amp;ow:</translation>
    </message>
    <message>
        <source>&amp;Gewenst:</source>
        <translation>&amp;Wanted:</translation>
    </message>
    <message>
        <source>Wat moet er veranderen?</source>
        <translation>What needs to change?</translation>
    </message>
    <message>
        <source>Wat is nodig om er te komen?</source>
        <translation>What is needed to get there?</translation>
    </message>
    <message>
        <source>Wat moet er &amp;veranderen?</source>
        <translation>What needs to &amp;change?</translation>
    </message>
    <message>
        <source>Wie doet het nu?</source>
        <translation>Who runs it now?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: de ijsclub</source>
        <translation>For example: the skating club</translation>
    </message>
    <message>
        <source>Wie &amp;doet het nu?</source>
        <translation>&amp;Who runs it now?</translation>
    </message>
    <message>
        <source>Hoe vaak?</source>
        <translation>How often?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: elk jaar</source>
        <translation>For example: every year</translation>
    </message>
    <message>
        <source>Hoe vaa&amp;k?</source>
        <translation>How of&amp;ten?</translation>
    </message>
    <message>
        <source>Wie draagt wat bij?</source>
        <translation>Who contributes what?</translation>
    </message>
    <message>
        <source>Bijdrage: {0}</source>
        <translation>Contribution: {0}</translation>
    </message>
    <message>
        <source>Een bijdrage kan hooguit {0} tekens lang zijn.</source>
        <translation>A contribution can be at most {0} characters long.</translation>
    </message>
    <message>
        <source>Handen opsteken</source>
        <translation>Show of hands</translation>
    </message>
    <message>
        <source>Niet eens over het type? Tel de handen per type en kies daarna.</source>
        <translation>No agreement on the type? Count the hands for each type, then choose.</translation>
    </message>
    <message>
        <source>Handen voor Type {0}</source>
        <translation>Hands for Type {0}</translation>
    </message>
    <message>
        <source>Type {0}</source>
        <translation>Type {0}</translation>
    </message>
    <message>
        <source>Besluit: het type met de meeste handen wordt het gewenste type</source>
        <translation>Decide: the type with the most hands becomes the wanted type</translation>
    </message>
    <message>
        <source>Activiteit verwijderen</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Een activiteit houdt een naam; de oude naam blijft staan tot u iets typt.</source>
        <translation>An activity needs a name; the old name stays until you type something.</translation>
    </message>
    <message>
        <source>Besluit: Type {0}</source>
        <translation>Decide: Type {0}</translation>
    </message>
    <message>
        <source>Nog geen meerderheid</source>
        <translation>No majority yet</translation>
    </message>
    <message>
        <source>De meeste handen gingen naar Type {0}: maak dat het gewenste type.</source>
        <translation>Most hands went to Type {0}: make that the wanted type.</translation>
    </message>
    <message>
        <source>Tel eerst de handen; bij gelijke stemmen kiest u zelf bij Gewenst.</source>
        <translation>Count the hands first; if it is a tie, choose yourself under Wanted.</translation>
    </message>
    <message>
        <source>Vorige keer ({0}): Type {1}</source>
        <translation>Last time ({0}): Type {1}</translation>
    </message>
    <message>
        <source>, gewenst Type {0}</source>
        <translation>, wanted Type {0}</translation>
    </message>
    <message>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Lijst doorzoeken</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <source>Toevoegen aan het bord</source>
        <translation>Add to the board</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Alles aanvinken</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Type ?</source>
        <translation>Type ?</translation>
    </message>
    <message>
        <source>  (staat al op het bord)</source>
        <translation>  (already on the board)</translation>
    </message>
    <message>
        <source>Welke bestaan hier?</source>
        <translation>Which exist here?</translation>
    </message>
    <message>
        <source>Vink aan welke initiatieven er in het dorp of de wijk al zijn. Ze komen in de kolom &quot;? Nog kiezen&quot;: de zaal bespreekt van wie ze zijn en kiest dan het type.</source>
        <translation>Tick the initiatives the village or neighbourhood already has. They go into the column &quot;? Still to choose&quot;: the room discusses whose they are and then chooses the type.</translation>
    </message>
    <message>
        <source>Overnemen uit Krachtenkaart</source>
        <translation>Take from the Asset map</translation>
    </message>
    <message>
        <source>Welke kaarten van de Krachtenkaart zijn activiteiten om op het bord te zetten?</source>
        <translation>Which cards from the Asset map are activities to put on the board?</translation>
    </message>
    <message>
        <source>→ Type {0}</source>
        <translation>→ Type {0}</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Gewenst</source>
        <translation>Wanted</translation>
    </message>
    <message>
        <source>(nog niet ingevuld)</source>
        <translation>(not filled in yet)</translation>
    </message>
    <message>
        <source>Deze activiteiten wil de groep naar een ander type brengen: wat moet er veranderen, en wie draagt wat bij?</source>
        <translation>The group wants to move these activities to another type: what needs to change, and who contributes what?</translation>
    </message>
    <message>
        <source>Verschuivingen</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Nog geen verschuivingen: kies bij een activiteit een gewenst type.</source>
        <translation>No shifts yet: choose a wanted type for an activity.</translation>
    </message>
    <message>
        <source>Van wie is het: van het dorp of van de gemeente of een andere partij?</source>
        <translation>Whose is it: the community&apos;s, or the municipality&apos;s or another partner&apos;s?</translation>
    </message>
    <message>
        <source>„{0}”: wie trekt het? Wat als de vrijwilligers opraken?</source>
        <translation>“{0}”: who pulls it? What if the volunteers run out?</translation>
    </message>
    <message>
        <source>„{0}”: van wie is het?</source>
        <translation>“{0}”: whose is it?</translation>
    </message>
    <message>
        <source>„{0}”: is dit het goede type, of moet het verschuiven?</source>
        <translation>“{0}”: is this the right type, or should it shift?</translation>
    </message>
    <message>
        <source>Eigenaarschap op de beamer</source>
        <extracomment>a compact list splits into two sub-columns only when each is at least this wide (at 1920×1080)</extracomment>
        <translation>Ownership on the projector</translation>
    </message>
    <message>
        <source>+{0} meer</source>
        <translation>+{0} more</translation>
    </message>
    <message>
        <source>Wie trekt het?</source>
        <translation>Who pulls it?</translation>
    </message>
    <message>
        <source>Van het dorp betekent: iemand uit het dorp zorgt ervoor. Wat als de vrijwilligers opraken? Wat kost het aan zelfstandigheid?</source>
        <translation>The community&apos;s means: someone from the community takes care of it. What if the volunteers run out? What does it cost in independence?</translation>
    </message>
    <message>
        <source>Wie trekt het? Een deelnemer of een organisatie</source>
        <translation>Who pulls it? A participant or an organisation</translation>
    </message>
    <message>
        <source>Naam van een deelnemer of organisatie</source>
        <translation>Name of a participant or organisation</translation>
    </message>
    <message>
        <source>Nog nie&amp;mand</source>
        <translation>No&amp;body yet</translation>
    </message>
    <message>
        <source>Nog niemand trekt het</source>
        <translation>Nobody pulls it yet</translation>
    </message>
    <message>
        <source>Niemand trekt het nog: het bord laat dat zien.</source>
        <translation>Nobody pulls it yet: the board shows that.</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Toevoegen: {0}</source>
        <translation>Add: {0}</translation>
    </message>
</context>
<context>
    <name>ExpectationList</name>
    <message>
        <source>Typ een verwachting en druk op Enter</source>
        <translation>Type an expectation and press Enter</translation>
    </message>
    <message>
        <source>{0} (Delete verwijdert)</source>
        <translation>{0} (Delete removes)</translation>
    </message>
    <message>
        <source>Verwachting verwijderen</source>
        <translation>Remove expectation</translation>
    </message>
</context>
<context>
    <name>FileBanner</name>
    <message>
        <source>Uw wijzigingen gaan nu naar {0}, naast het veranderde bestand.</source>
        <extracomment>dark text on light yellow, readable on a projector and in black and white</extracomment>
        <translation>Your changes now go to {0}, next to the changed file.</translation>
    </message>
    <message>
        <source>Let op: {0} is zojuist door een ander programma veranderd of vervangen (bijvoorbeeld Syncthing of een kopie van een stick). Kernkracht schrijft er niets meer in. Uw volgende wijziging komt in een apart bestand ernaast; daarna kunt u de twee samenvoegen.</source>
        <translation>Note: {0} was just changed or replaced by another program (for example Syncthing, or a copy from a stick). Kernkracht writes nothing more into it. Your next change goes into a separate file beside it; after that you can merge the two.</translation>
    </message>
    <message>
        <source>Het bestand is veranderd door een ander programma.</source>
        <translation>The file was changed by another program.</translation>
    </message>
    <message>
        <source>Alleen lezen: Kernkracht mag niet schrijven in {0} (een cd, een beveiligde stick of een bestand dat op alleen-lezen staat). U kunt alles bekijken, exporteren en afdrukken; wijzigingen worden niet bewaard. Wilt u verder werken? Kopieer het bestand dan eerst naar de laptop.</source>
        <translation>Read-only: Kernkracht may not write to {0} (a CD, a protected stick or a file set to read-only). You can view, export and print everything; changes are not saved. Do you want to keep working? Copy the file to the laptop first.</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read-only</translation>
    </message>
</context>
<context>
    <name>GemeentePage</name>
    <message>
        <source>Het huiswerk van de gemeente kan niet worden geladen.</source>
        <translation>The municipality&apos;s homework cannot be loaded.</translation>
    </message>
    <message>
        <source>Wat neemt de gemeente mee naar huis? Wat gaat zij doen, wat laat zij, en hoe steunt zij het dorp?</source>
        <translation>What does the municipality take home? What will it start doing, what will it stop, and how does it support the village?</translation>
    </message>
    <message>
        <source>Onderdelen van het huiswerk van de gemeente</source>
        <translation>Parts of the municipality&apos;s homework</translation>
    </message>
    <message>
        <source>&amp;Doen en laten</source>
        <translation>&amp;Start and stop</translation>
    </message>
    <message>
        <source>&amp;Steun en valkuilen</source>
        <translation>&amp;Support and pitfalls</translation>
    </message>
    <message>
        <source>S&amp;turing</source>
        <translation>S&amp;teering</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Wat moet de gemeente doen en laten om de kracht van het dorp te versterken?</source>
        <translation>What should the municipality start and stop doing to strengthen the village?</translation>
    </message>
    <message>
        <source>Valkuilen die we herkennen</source>
        <translation>Pitfalls we recognise</translation>
    </message>
    <message>
        <source>Welke rol past de gemeente bij elke activiteit?</source>
        <translation>Which role suits the municipality for each activity?</translation>
    </message>
    <message>
        <source>Nog geen activiteiten op het bord.</source>
        <translation>No activities on the board yet.</translation>
    </message>
</context>
<context>
    <name>GenericProjectorView</name>
    <message>
        <source>Nieuwe bijeenkomst</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
</context>
<context>
    <name>GroupColumn</name>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Nothing filled in yet.</translation>
    </message>
    <message>
        <source>Eigenaarschap (Type 1–4)</source>
        <translation>Ownership (Type 1–4)</translation>
    </message>
    <message>
        <source>Democratische waarden</source>
        <translation>Democratic values</translation>
    </message>
    <message>
        <source>Twee logica&apos;s</source>
        <translation>Two logics</translation>
    </message>
</context>
<context>
    <name>Homework</name>
    <message>
        <source>activiteit</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>idee</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>actie</source>
        <translation>action</translation>
    </message>
    <message>
        <source>(niets gekoppeld)</source>
        <translation>(nothing linked)</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie in de gemeente</source>
        <translation>Who in the municipality</translation>
    </message>
    <message>
        <source>Gekoppeld aan</source>
        <translation>Linked to</translation>
    </message>
</context>
<context>
    <name>HomeworkColumn</name>
    <message>
        <source>Typ een regel en druk op Enter</source>
        <translation>Type a line and press Enter</translation>
    </message>
    <message>
        <source>Wie in de gemeente</source>
        <translation>Who in the municipality</translation>
    </message>
    <message>
        <source>Wie in de gemeente?</source>
        <translation>Who in the municipality?</translation>
    </message>
    <message>
        <source>Gekoppeld aan activiteit, idee of actie</source>
        <translation>Linked to an activity, idea or action</translation>
    </message>
    <message>
        <source>{0} (Delete verwijdert)</source>
        <translation>{0} (Delete removes)</translation>
    </message>
    <message>
        <source>Regel verwijderen</source>
        <translation>Remove line</translation>
    </message>
</context>
<context>
    <name>IdeaDiagram</name>
    <message>
        <source>Tekening van het idee</source>
        <extracomment>the diagram&apos;s boxes: text lines at most, width limits (px), room around and inside them</extracomment>
        <translation>Drawing of the idea</translation>
    </message>
    <message>
        <source>Kies een idee om te zien welke kaarten het verbindt.</source>
        <translation>Choose an idea to see which cards it connects.</translation>
    </message>
</context>
<context>
    <name>IdeasTab</name>
    <message>
        <source>Verbind de punten</source>
        <translation>Connect the dots</translation>
    </message>
    <message>
        <source>Vink twee of meer kaarten aan die elkaar sterker maken, geef het idee een naam en druk op Enter. Op het bord: kies kaarten met Ctrl-klik en druk op Ctrl+I.</source>
        <translation>Tick two or more cards that make each other stronger, name the idea and press Enter. On the board: choose cards with Ctrl+click and press Ctrl+I.</translation>
    </message>
    <message>
        <source>Kaarten zoeken</source>
        <translation>Search cards</translation>
    </message>
    <message>
        <source>Kaarten zoeken om te verbinden</source>
        <translation>Search cards to connect</translation>
    </message>
    <message>
        <source>Kaarten om te verbinden (spatie vinkt aan)</source>
        <translation>Cards to connect (space ticks)</translation>
    </message>
    <message>
        <source>Naam van het idee, dan Enter</source>
        <translation>Name of the idea, then Enter</translation>
    </message>
    <message>
        <source>Naam van het nieuwe idee</source>
        <translation>Name of the new idea</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Aangevinkte kaarten verbinden tot een idee</source>
        <translation>Connect the ticked cards into an idea</translation>
    </message>
    <message>
        <source>Aangevinkte kaarten bij het gekozen idee zetten</source>
        <translation>Add the ticked cards to the chosen idea</translation>
    </message>
    <message>
        <source>Ctrl+Alt+I</source>
        <translation>Ctrl+Alt+I</translation>
    </message>
    <message>
        <source>Ideeën</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Ideeën met hun kaarten (Delete verwijdert)</source>
        <translation>Ideas with their cards (Delete removes)</translation>
    </message>
    <message>
        <source>Naam van het gekozen idee</source>
        <translation>Name of the chosen idea</translation>
    </message>
    <message>
        <source>Beschrijving van het gekozen idee</source>
        <translation>Description of the chosen idea</translation>
    </message>
    <message>
        <source>Wat gaan deze krachten samen doen?</source>
        <translation>What will these strengths do together?</translation>
    </message>
    <message>
        <source>Kaarten van het gekozen idee (Delete haalt er een uit)</source>
        <translation>Cards of the chosen idea (Delete takes one out)</translation>
    </message>
    <message>
        <source>Kaarten van dit idee (Delete haalt er een uit):</source>
        <translation>Cards of this idea (Delete takes one out):</translation>
    </message>
    <message>
        <source>Kaart uit het idee halen</source>
        <translation>Take the card out of the idea</translation>
    </message>
    <message>
        <source>Delete in de lijst van kaarten; Ctrl+Z zet hem terug</source>
        <translation>Delete in the list of cards; Ctrl+Z puts it back</translation>
    </message>
    <message>
        <source>Idee verwijderen</source>
        <translation>Delete idea</translation>
    </message>
    <message>
        <source>Delete in de lijst; Ctrl+Z zet het terug</source>
        <translation>Delete in the list; Ctrl+Z brings it back</translation>
    </message>
    <message>
        <source>Vink minstens twee kaarten aan.</source>
        <translation>Tick at least two cards.</translation>
    </message>
    <message>
        <source>Geef het idee een naam.</source>
        <translation>Give the idea a name.</translation>
    </message>
    <message>
        <source>Kies eerst rechts het idee waar de kaarten bij horen.</source>
        <translation>First choose, on the right, the idea the cards belong to.</translation>
    </message>
    <message>
        <source>Vink eerst de kaarten aan die bij het idee horen.</source>
        <translation>First tick the cards that belong to the idea.</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Interview invoeren</source>
        <translation>Enter an interview</translation>
    </message>
    <message>
        <source>Typ over wat op het interviewblad staat. Elk antwoord bij hoofd, hart of handen wordt een kaart in de Krachtenkaart. Enter bewaart, en het formulier is leeg voor het volgende blad.</source>
        <translation>Copy what is on the interview sheet. Each answer for head, heart or hands becomes a card on the asset map. Enter saves, and the form is empty for the next sheet.</translation>
    </message>
    <message>
        <source>Wie vertelt</source>
        <translation>Who tells</translation>
    </message>
    <message>
        <source>&amp;Wie vertelt:</source>
        <translation>&amp;Who tells:</translation>
    </message>
    <message>
        <source>&amp;Toestemming om contact op te nemen</source>
        <translation>&amp;Consent to be contacted</translation>
    </message>
    <message>
        <source>E-mail of telefoon</source>
        <translation>E-mail or phone</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>Co&amp;ntact:</translation>
    </message>
    <message>
        <source>{0} kaarten gemaakt voor {1}.</source>
        <translation>{0} cards made for {1}.</translation>
    </message>
    <message>
        <source>&amp;Interview invoeren…</source>
        <translation>Enter an &amp;interview…</translation>
    </message>
</context>
<context>
    <name>Krachtenkaart</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Wat vragen we</source>
        <translation>What we ask</translation>
    </message>
    <message>
        <source>Voor welke ideeën</source>
        <translation>For which ideas</translation>
    </message>
    <message>
        <source>Als &amp;thema op de agenda</source>
        <translation>As a &amp;theme on the agenda</translation>
    </message>
    <message>
        <source>„{0}” staat als thema op de agenda (Voorbereiding).</source>
        <translation>“{0}” is on the agenda as a theme (Preparation).</translation>
    </message>
    <message>
        <source>Als &amp;idee om op te stemmen</source>
        <translation>As an &amp;idea to vote on</translation>
    </message>
    <message>
        <source>„{0}” staat als idee bij het Actieplan.</source>
        <translation>“{0}” is an idea in the Action plan.</translation>
    </message>
    <message>
        <source>Als &amp;actie</source>
        <translation>As an &amp;action</translation>
    </message>
    <message>
        <source>„{0}” staat als actie in het Actieplan.</source>
        <translation>“{0}” is an action in the Action plan.</translation>
    </message>
    <message>
        <source>Zorg oppakken</source>
        <translation>Take up a worry</translation>
    </message>
    <message>
        <source>Ctrl+Z maakt het ongedaan.</source>
        <translation>Ctrl+Z undoes it.</translation>
    </message>
</context>
<context>
    <name>KrachtenkaartPage</name>
    <message>
        <source>Kaart</source>
        <comment>de gekozen kaart op het bord, niet de plattegrond</comment>
        <extracomment>below this page width the details panel is hidden until asked for (Ctrl+D, Enter, F9) what the projector shows: &quot;&quot; all six columns, or the id of the one category shown large</extracomment>
        <translation>Card</translation>
    </message>
    <message>
        <source>Kroonjuwelen</source>
        <translation>Crown jewels</translation>
    </message>
    <message>
        <source>Onderdelen van de krachtenkaart</source>
        <translation>Parts of the Asset map</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Plattegrond</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Ideeën</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Visie en steun</source>
        <translation>Vision and support</translation>
    </message>
    <message>
        <source>Zijpaneel</source>
        <translation>Side panel</translation>
    </message>
    <message>
        <source>Details en kroonjuwelen tonen of verbergen (F9)</source>
        <translation>Show or hide details and crown jewels (F9)</translation>
    </message>
    <message>
        <source>Zijpaneel tonen</source>
        <translation>Show side panel</translation>
    </message>
    <message>
        <source>Beamer: één categorie</source>
        <translation>Projector: one category</translation>
    </message>
    <message>
        <source>Alleen de huidige categorie groot op de beamer tonen (F8)</source>
        <translation>Show only the current category, large, on the projector (F8)</translation>
    </message>
    <message>
        <source>Eén categorie groot op de beamer</source>
        <translation>One category large on the projector</translation>
    </message>
    <message>
        <source>Categorie: {0}</source>
        <translation>Category: {0}</translation>
    </message>
    <message>
        <source>Volgende categorie</source>
        <translation>Next category</translation>
    </message>
    <message>
        <source>Vorige categorie</source>
        <translation>Previous category</translation>
    </message>
    <message>
        <source>Nieuwe kaart typen</source>
        <translation>Type a new card</translation>
    </message>
    <message>
        <source>Kaarten zoeken</source>
        <translation>Search cards</translation>
    </message>
    <message>
        <source>Details van de kaart</source>
        <translation>Details of the card</translation>
    </message>
    <message>
        <source>Zijpaneel tonen of verbergen</source>
        <translation>Show or hide side panel</translation>
    </message>
    <message>
        <source>Kroonjuweel aan/uit</source>
        <translation>Crown jewel on/off</translation>
    </message>
    <message>
        <source>Kaarten verbinden tot een idee</source>
        <translation>Connect cards into an idea</translation>
    </message>
    <message>
        <source>Zorg van de parkeerplaats oppakken: thema, idee of actie</source>
        <translation>Take up a parked worry: theme, idea or action</translation>
    </message>
    <message>
        <source>Stip erbij</source>
        <translation>Add a dot</translation>
    </message>
    <message>
        <source>Stip eraf</source>
        <translation>Remove a dot</translation>
    </message>
    <message>
        <source>Kaart verwijderen</source>
        <translation>Delete card</translation>
    </message>
    <message>
        <source>Kaart omhoog</source>
        <translation>Card up</translation>
    </message>
    <message>
        <source>Kaart omlaag</source>
        <translation>Card down</translation>
    </message>
    <message>
        <source>Kaart naar de vorige categorie</source>
        <translation>Card to the previous category</translation>
    </message>
    <message>
        <source>Kaart naar de volgende categorie</source>
        <translation>Card to the next category</translation>
    </message>
    <message>
        <source>Een zorg op de parkeerplaats is geen kroonjuweel.</source>
        <translation>A parked worry is not a crown jewel.</translation>
    </message>
    <message>
        <source>Kies eerst een kaart op de parkeerplaats (Ctrl+{0}).</source>
        <translation>First choose a card in the parking place (Ctrl+{0}).</translation>
    </message>
    <message>
        <source>{0} kaart(en) verwijderd. Ctrl+Z zet ze terug.</source>
        <translation>{0} card(s) deleted. Ctrl+Z brings them back.</translation>
    </message>
    <message>
        <source>Krachtenkaart</source>
        <translation>Asset map</translation>
    </message>
    <message>
        <source>Ideeën ({0})</source>
        <translation>Ideas ({0})</translation>
    </message>
</context>
<context>
    <name>LibraryTools</name>
    <message>
        <source>Samenvoegen: verslag</source>
        <translation>Merge: report</translation>
    </message>
    <message>
        <source>De bestanden zijn samengevoegd in een nieuw bestand. De oorspronkelijke bestanden zijn niet veranderd.</source>
        <translation>The files were merged into a new file. The original files have not been changed.</translation>
    </message>
    <message>
        <source>Verslag van het samenvoegen</source>
        <translation>Report of the merge</translation>
    </message>
    <message>
        <source>&amp;Groepen</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Groepen &amp;vergelijken…</source>
        <translation>&amp;Compare groups…</translation>
    </message>
    <message>
        <source>&amp;Anoniem exporteren…</source>
        <translation>Export &amp;anonymously…</translation>
    </message>
    <message>
        <source>Anoniem exporteren, ook organisaties &amp;weglaten…</source>
        <translation>Export anonymously, &amp;without organisations too…</translation>
    </message>
    <message>
        <source>&amp;Overzicht van alle kernen…</source>
        <translation>&amp;Overview of all villages…</translation>
    </message>
    <message>
        <source>Kernkracht</source>
        <translation>Kernkracht</translation>
    </message>
    <message>
        <source>Kies eerst minstens twee bijeenkomsten in de lijst (Shift of Ctrl + pijltjes of klikken).</source>
        <translation>First choose at least two meetings in the list (Shift or Ctrl + arrow keys or clicks).</translation>
    </message>
    <message>
        <source>Samenvoegen…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>Anoniem exporteren…</source>
        <translation>Exporting anonymously…</translation>
    </message>
    <message>
        <source>Anoniem geëxporteerd naar {0}</source>
        <translation>Exported anonymously to {0}</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Kernkracht — bibliotheek</source>
        <extracomment>the sessions are in the list for the first time (at once, or just after the first paint)</extracomment>
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
        <source>Reservekopie teruggezet als {0}</source>
        <translation>Backup restored as {0}</translation>
    </message>
    <message>
        <source>Openen gestopt; het bestand is niet veranderd.</source>
        <translation>Opening stopped; the file has not been changed.</translation>
    </message>
    <message>
        <source>Kopie maken…</source>
        <translation>Making a copy…</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>‘{0}’ naar de prullenbak verplaatsen? U kunt het later terugzetten via Bestand → Prullenbak.</source>
        <translation>Move ‘{0}’ to the trash? You can restore it later via File → Trash.</translation>
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
        <source>Importeren…</source>
        <translation>Importing…</translation>
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
        <source>Exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Geëxporteerd naar {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>Het venster sluit zodra dit klaar is: {0}</source>
        <translation>The window closes as soon as this is done: {0}</translation>
    </message>
</context>
<context>
    <name>Logic</name>
    <message>
        <source>botst</source>
        <translation>clashes</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Characteristic</translation>
    </message>
    <message>
        <source>Zo werkt een collectief (1)</source>
        <translation>How a collective works (1)</translation>
    </message>
    <message>
        <source>Dorp</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Zo werkt een overheid (5)</source>
        <translation>How a government works (5)</translation>
    </message>
    <message>
        <source>Botsing</source>
        <translation>Clash</translation>
    </message>
    <message>
        <source>Typ 1 tot 5 (0 wist)</source>
        <translation>Type 1 to 5 (0 clears)</translation>
    </message>
</context>
<context>
    <name>LogicTab</name>
    <message>
        <source>Het dorp vult in hoe wij werken, de gemeente hoe de gemeente hier werkt: {0}.</source>
        <translation>The village marks how we work, the municipality how the municipality works here: {0}.</translation>
    </message>
    <message>
        <source>Twee logica&apos;s naast elkaar</source>
        <translation>Two logics side by side</translation>
    </message>
    <message>
        <source>Wat verwachten we van elkaar?</source>
        <translation>What do we expect of each other?</translation>
    </message>
    <message>
        <source>Het dorp verwacht van de gemeente</source>
        <translation>The village expects of the municipality</translation>
    </message>
    <message>
        <source>De gemeente verwacht van het dorp</source>
        <translation>The municipality expects of the village</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>&amp;Nieuwe kaart hier</source>
        <translation>&amp;New card here</translation>
    </message>
    <message>
        <source>Plattegrond van het dorp</source>
        <extracomment>a change touching more cards than this (a big undo) redraws the whole panel at once changes came in while hidden: the lists and pins are redrawn when the panel is shown how often the whole panel was redrawn (tests check that a hidden panel does no work) a large map picture is being decoded in a worker (see PictureDecoder)</extracomment>
        <translation>Map of the village</translation>
    </message>
    <message>
        <source>Nog geen plattegrond. Kies met ‘Plattegrond kiezen…’ een PNG- of JPEG-afbeelding van het dorp.</source>
        <translation>No map yet. Use ‘Choose map…’ to pick a PNG or JPEG picture of the village.</translation>
    </message>
    <message>
        <source>Plattegrond &amp;kiezen…</source>
        <translation>&amp;Choose map…</translation>
    </message>
    <message>
        <source>Klik daarna op een lege plek van de plattegrond (of dubbelklik altijd)</source>
        <translation>Then click an empty spot on the map (or double-click any time)</translation>
    </message>
    <message>
        <source>Uitzoomen (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <source>Inzoomen (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>&amp;Passend</source>
        <translation>Fi&amp;t</translation>
    </message>
    <message>
        <source>Kaarten zonder speld</source>
        <translation>Cards without a pin</translation>
    </message>
    <message>
        <source>Kaarten op de plattegrond</source>
        <translation>Cards on the map</translation>
    </message>
    <message>
        <source>Sleep een kaart op de plattegrond, of kies hem en druk op Enter.</source>
        <translation>Drag a card onto the map, or choose it and press Enter.</translation>
    </message>
    <message>
        <source>&amp;Op de plattegrond ({0})</source>
        <translation>&amp;On the map ({0})</translation>
    </message>
    <message>
        <source>De plattegrond wordt geladen…</source>
        <translation>Loading the map…</translation>
    </message>
    <message>
        <source>De plattegrond in dit bestand kan niet getoond worden. Kies de plattegrond opnieuw.</source>
        <translation>The map in this file cannot be shown. Choose the map again.</translation>
    </message>
    <message>
        <source>Plattegrond van het dorp kiezen</source>
        <translation>Choose the map of the village</translation>
    </message>
    <message>
        <source>Plattegrond niet geladen</source>
        <translation>Map not loaded</translation>
    </message>
    <message>
        <source>Speld &amp;weghalen</source>
        <translation>&amp;Remove pin</translation>
    </message>
    <message>
        <source>&amp;Zonder speld ({0})</source>
        <translation>&amp;Without a pin ({0})</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Nieuwe kaart hier…</source>
        <translation>New card here…</translation>
    </message>
</context>
<context>
    <name>MissingView</name>
    <message>
        <source>Vanavond aan tafel: 1 persoon</source>
        <translation>At the table tonight: 1 person</translation>
    </message>
    <message>
        <source>Vanavond aan tafel: {0} mensen</source>
        <translation>At the table tonight: {0} people</translation>
    </message>
    <message>
        <source>en nog {0} groepen</source>
        <translation>and {0} more groups</translation>
    </message>
    <message>
        <source>Noem een groep: wie horen we vanavond niet?</source>
        <translation>Name a group: whom do we not hear tonight?</translation>
    </message>
</context>
<context>
    <name>NewCardDialog</name>
    <message>
        <source>Nieuwe kaart op deze plek</source>
        <extracomment>item data: the card&apos;s display number (the lists are kept in number order) and category rows made at once when a list is filled: more than a 4K screen shows rows made per turn of the event loop after that (a few ms of work) cards whose rows are still to be made, from ``_next`` on (see the module docstring)</extracomment>
        <translation>New card at this spot</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Op de plattegrond</source>
        <translation>On the map</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Categorie</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>Geef de kaart een titel.</source>
        <translation>Give the card a title.</translation>
    </message>
</context>
<context>
    <name>NextMeeting</name>
    <message>
        <source>Kernkracht</source>
        <translation>Kernkracht</translation>
    </message>
    <message>
        <source>Deze bijeenkomst heeft nog geen plaats. Vul eerst de plaats in.</source>
        <translation>This meeting has no place yet. Fill in the place first.</translation>
    </message>
    <message>
        <source>Nieuwe bijeenkomst voor deze p&amp;laats…</source>
        <translation>New meeting for this p&amp;lace…</translation>
    </message>
    <message>
        <source>Nieuwe bijeenkomst voor deze plaats</source>
        <translation>New meeting for this place</translation>
    </message>
    <message>
        <source>Nieuwe bijeenkomst in {0}</source>
        <translation>New meeting in {0}</translation>
    </message>
    <message>
        <source>(geen plaats)</source>
        <translation>(no place)</translation>
    </message>
    <message>
        <source>U begint bij wat de vorige bijeenkomst ({0}) opleverde.</source>
        <translation>You start from what the previous meeting ({0}) produced.</translation>
    </message>
    <message>
        <source>Datum van de nieuwe bijeenkomst</source>
        <translation>Date of the new meeting</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Soort bijeenkomst</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Dit gaat mee:</source>
        <translation>This comes along:</translation>
    </message>
    <message>
        <source>&amp;Acties die meegaan (spatie zet een vinkje aan of uit):</source>
        <translation>&amp;Actions that come along (space ticks or unticks):</translation>
    </message>
    <message>
        <source>Acties die meegaan</source>
        <translation>Actions that come along</translation>
    </message>
    <message>
        <source>(geen open acties)</source>
        <translation>(no open actions)</translation>
    </message>
    <message>
        <source>&amp;Maken</source>
        <translation>&amp;Make</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>✓ De plaats, de soort plaats en de gemeente</source>
        <translation>✓ The place, the kind of place and the municipality</translation>
    </message>
    <message>
        <source>✓ {0} deelnemer(s) die toestemming gaven om bewaard te worden</source>
        <translation>✓ {0} participant(s) who agreed to be kept</translation>
    </message>
    <message>
        <source>; {0} zonder toestemming gaan niet mee</source>
        <translation>; {0} without consent do not come along</translation>
    </message>
    <message>
        <source>✓ De visie</source>
        <translation>✓ The vision</translation>
    </message>
    <message>
        <source>✓ {0} kaart(en) van de Krachtenkaart, om samen na te lopen: klopt dit nog?</source>
        <translation>✓ {0} card(s) of the asset map, to go through together: is this still true?</translation>
    </message>
    <message>
        <source>✓ {0} activiteit(en) op het Type 1–4-bord, waar ze vorige keer stonden</source>
        <translation>✓ {0} activit(y/ies) on the Type 1–4 board, where they stood last time</translation>
    </message>
    <message>
        <source>✓ De rollen en waarden van vorige keer, om naast de nieuwe te leggen</source>
        <translation>✓ The roles and values of last time, to set beside the new ones</translation>
    </message>
    <message>
        <source>Vul de datum van de nieuwe bijeenkomst in.</source>
        <translation>Fill in the date of the new meeting.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Het bestand wordt gelezen en gecontroleerd…</source>
        <extracomment>how long the opening may run before the dialog shows where the bar stands when each step starts (the read of the file is most of the work)</extracomment>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <source>Er wordt een reservekopie gemaakt…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>De kaarten worden op volgorde gezet…</source>
        <translation>Putting the cards in order…</translation>
    </message>
    <message>
        <source>Het venster wordt opgebouwd…</source>
        <translation>Building the window…</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0} openen</source>
        <translation>Opening {0}</translation>
    </message>
    <message>
        <source>Het openen stopt na deze stap…</source>
        <translation>Opening will stop after this step…</translation>
    </message>
</context>
<context>
    <name>OpeningView</name>
    <message>
        <source>Stelling</source>
        <extracomment>how many missing groups fit on the projector before &quot;en nog …&quot;</extracomment>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Wie is eigenaar?</source>
        <translation>Who owns it?</translation>
    </message>
    <message>
        <source>Vanavond</source>
        <translation>Tonight</translation>
    </message>
    <message>
        <source>{0} min  {1}</source>
        <translation>{0} min  {1}</translation>
    </message>
    <message>
        <source>en nog {0} onderdelen</source>
        <translation>and {0} more items</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Overzicht van alle kernen</source>
        <extracomment>the role that holds a cell&apos;s value for sorting (numbers as numbers, dates as ISO text)</extracomment>
        <translation>Overview of all villages</translation>
    </message>
    <message>
        <source>Elke bijeenkomst in {0} naast elkaar: Type 1–4, rollen, acties en wat er van anderen gevraagd wordt. De bestanden worden alleen gelezen, nooit veranderd.</source>
        <translation>Every meeting in {0} side by side: Type 1–4, roles, actions and what is asked of others. The files are only read, never changed.</translation>
    </message>
    <message>
        <source>Zoek een kern, gemeente of trekker</source>
        <translation>Search a village, municipality or lead</translation>
    </message>
    <message>
        <source>Zoeken in het overzicht</source>
        <translation>Search the overview</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Alleen de laatste bijeenkomst per kern</source>
        <translation>Only the latest meeting per village</translation>
    </message>
    <message>
        <source>Anoniem (trekkers niet bij naam)</source>
        <translation>Anonymous (leads not by name)</translation>
    </message>
    <message>
        <source>Overzicht per kern</source>
        <translation>Overview per village</translation>
    </message>
    <message>
        <source>%v van %m bestanden gelezen</source>
        <translation>%v of %m files read</translation>
    </message>
    <message>
        <source>S&amp;toppen</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Opslaan als &amp;Excel…</source>
        <translation>Save as &amp;Excel…</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Bezig met lezen…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Gestopt: het overzicht is niet compleet.</source>
        <translation>Stopped: the overview is not complete.</translation>
    </message>
    <message>
        <source>Kern of wijk</source>
        <translation>Village or neighbourhood</translation>
    </message>
    <message>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Type 1–4 nu</source>
        <translation>Type 1–4 now</translation>
    </message>
    <message>
        <source>Verschuiven</source>
        <translation>To move</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Over tijd</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open per thema</source>
        <translation>Open per theme</translation>
    </message>
    <message>
        <source>Gemeente: doen en laten</source>
        <translation>Municipality: start and stop doing</translation>
    </message>
    <message>
        <source>Gevraagd van anderen</source>
        <translation>Asked of others</translation>
    </message>
    <message>
        <source>Trekkers</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Niet te lezen</source>
        <translation>Cannot be read</translation>
    </message>
    <message numerus="yes">
        <source>Bijeenkomsten: %n</source>
        <translation>
            <numerusform>Meetings: %n</numerusform>
            <numerusform>Meetings: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · niet te lezen: %n</source>
        <translation>
            <numerusform> · cannot be read: %n</numerusform>
            <numerusform> · cannot be read: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>zonder thema</source>
        <translation>without a theme</translation>
    </message>
    <message>
        <source> ({0} te laat)</source>
        <translation> ({0} overdue)</translation>
    </message>
    <message>
        <source>Doen: {0}</source>
        <translation>Start: {0}</translation>
    </message>
    <message>
        <source>Laten: {0}</source>
        <translation>Stop: {0}</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Overzicht opslaan</source>
        <translation>Save overview</translation>
    </message>
    <message>
        <source>Niet opgeslagen: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>OwnershipPage</name>
    <message>
        <source>Nieuwe activiteit, dan Enter</source>
        <translation>New activity, then Enter</translation>
    </message>
    <message>
        <source>Naam van een nieuwe activiteit</source>
        <translation>Name of a new activity</translation>
    </message>
    <message>
        <source>Kolom voor de nieuwe activiteit</source>
        <translation>Column for the new activity</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Activiteit toevoegen</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <source>Welke bestaan hier?…</source>
        <translation>Which exist here?…</translation>
    </message>
    <message>
        <source>Bestaande initiatieven aanvinken</source>
        <translation>Tick existing initiatives</translation>
    </message>
    <message>
        <source>Uit Krachtenkaart…</source>
        <translation>From Asset map…</translation>
    </message>
    <message>
        <source>Activiteiten overnemen uit de Krachtenkaart</source>
        <translation>Take activities from the Asset map</translation>
    </message>
    <message>
        <source>Details van de activiteit</source>
        <translation>Details of the activity</translation>
    </message>
    <message>
        <source>Onderdelen van eigenaarschap</source>
        <translation>Parts of Ownership</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Verschuivingen</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Eigenaarschap: uitleg per type tonen of verbergen</source>
        <translation>Ownership: show or hide what each type means</translation>
    </message>
    <message>
        <source>Eigenaarschap: details tonen of verbergen</source>
        <translation>Ownership: show or hide details</translation>
    </message>
    <message>
        <source>Eigenaarschap: nieuwe activiteit typen</source>
        <translation>Ownership: type a new activity</translation>
    </message>
    <message>
        <source>Eigenaarschap: naar kolom Type {0}</source>
        <translation>Ownership: go to column Type {0}</translation>
    </message>
    <message>
        <source>Kaart naar links (meer gemeenschap)</source>
        <translation>Card to the left (more community)</translation>
    </message>
    <message>
        <source>Kaart naar rechts (meer gemeente)</source>
        <translation>Card to the right (more municipality)</translation>
    </message>
    <message>
        <source>Kaart omhoog in de kolom</source>
        <translation>Card up in the column</translation>
    </message>
    <message>
        <source>Kaart omlaag in de kolom</source>
        <translation>Card down in the column</translation>
    </message>
    <message>
        <source>Kaart verwijderen</source>
        <translation>Delete card</translation>
    </message>
    <message>
        <source>Naar {0} – {1}</source>
        <translation>To {0} – {1}</translation>
    </message>
    <message>
        <source>Eigenaarschap</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Een lange naam is ingekort; de hele tekst staat in de beschrijving.</source>
        <translation>A long name was shortened; the full text is in the description.</translation>
    </message>
    <message>
        <source>Verschuivingen ({0})</source>
        <translation>Shifts ({0})</translation>
    </message>
    <message>
        <source>{0} kaarten staan nog niet op het bord</source>
        <translation>{0} cards are not on the board yet</translation>
    </message>
    <message>
        <source>Alle kaarten van de Krachtenkaart staan al op het bord (of er zijn er nog geen).</source>
        <translation>All cards from the Asset map are already on the board (or there are none yet).</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>(nog geen antwoord)</source>
        <translation>(no answer yet)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Wat vragen we</source>
        <translation>What we ask</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Datum antwoord</source>
        <translation>Date of answer</translation>
    </message>
    <message>
        <source>Als jjjj-mm-dd, bijvoorbeeld 2026-06-01</source>
        <translation>As yyyy-mm-dd, for example 2026-06-01</translation>
    </message>
    <message>
        <source>Dit onderdeel kan niet worden geladen.</source>
        <translation>This part cannot be loaded.</translation>
    </message>
    <message>
        <source>Welke partners vragen we om hulp, en waarmee? Schrijf bij een volgende bijeenkomst hun antwoord op: nu, ooit of nooit.</source>
        <translation>Which partners do we ask for help, and with what? At a next meeting, write down their answer: now, some day or never.</translation>
    </message>
    <message>
        <source>Partner, dan Enter</source>
        <translation>Partner, then Enter</translation>
    </message>
    <message>
        <source>Naam van een partner</source>
        <translation>Name of a partner</translation>
    </message>
    <message>
        <source>Kies een partner die vaak helpt</source>
        <translation>Choose a partner who often helps</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Of kies een partner die vaak helpt…</source>
        <translation>Or choose a partner who often helps…</translation>
    </message>
</context>
<context>
    <name>PhrasesTab</name>
    <message>
        <source>Vink aan wat u hoort (spatie), tel met + en −. ✎ = er is een antwoord.</source>
        <translation>Tick what you hear (space), count with + and −. ✎ = there is an answer.</translation>
    </message>
    <message>
        <source>Dooddoeners</source>
        <translation>Killer phrases</translation>
    </message>
    <message>
        <source>Eigen dooddoener, dan Enter</source>
        <translation>Your own killer phrase, then Enter</translation>
    </message>
    <message>
        <source>Eigen dooddoener toevoegen</source>
        <translation>Add your own killer phrase</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Gehoord</source>
        <translation>Heard</translation>
    </message>
    <message>
        <source>Dooddoener gehoord</source>
        <translation>Killer phrase heard</translation>
    </message>
    <message>
        <source>Hoe vaak:</source>
        <translation>How often:</translation>
    </message>
    <message>
        <source>Eén keer minder gehoord</source>
        <translation>Heard one time fewer</translation>
    </message>
    <message>
        <source>Hoe vaak gehoord</source>
        <translation>Times heard</translation>
    </message>
    <message>
        <source>Eén keer vaker gehoord</source>
        <translation>Heard one time more</translation>
    </message>
    <message>
        <source>Wat &amp;zeggen we terug?</source>
        <translation>What do we &amp;say back?</translation>
    </message>
    <message>
        <source>Antwoord van de zaal op de dooddoener</source>
        <translation>The room&apos;s answer to the killer phrase</translation>
    </message>
    <message>
        <source>Een antwoord dat het gesprek weer opent</source>
        <translation>An answer that opens up the conversation again</translation>
    </message>
    <message>
        <source>Eigen dooddoener verwijderen</source>
        <translation>Delete your own killer phrase</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>Dit bestand is te groot ({0} MB). Kies een afbeelding tot {1} MB.</source>
        <extracomment>pictures up to this many pixels are decoded at once on the GUI thread (a few tens of ms); larger ones in a worker thread (a 6000×4500 photo takes about 0.35 s)</extracomment>
        <translation>This file is too large ({0} MB). Choose a picture of up to {1} MB.</translation>
    </message>
    <message>
        <source>Het bestand kan niet gelezen worden: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Dit is geen PNG- of JPEG-afbeelding. Kies een foto of plattegrond in PNG of JPEG.</source>
        <translation>This is not a PNG or JPEG picture. Choose a photo or map in PNG or JPEG.</translation>
    </message>
    <message>
        <source>Deze afbeelding is beschadigd en kan niet gelezen worden.</source>
        <translation>This picture is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>Deze afbeelding is te groot ({0} × {1} beeldpunten). Verklein hem eerst.</source>
        <translation>This picture is too large ({0} × {1} pixels). Make it smaller first.</translation>
    </message>
</context>
<context>
    <name>PinPicker</name>
    <message>
        <source>Geen plattegrond</source>
        <translation>No map</translation>
    </message>
</context>
<context>
    <name>PitfallsBox</name>
    <message>
        <source>Valkuilen van de gemeente</source>
        <translation>Pitfalls of the municipality</translation>
    </message>
    <message>
        <source>Vink aan wat u herkent, en schrijf op hoe u het voorkomt.</source>
        <translation>Tick what you recognise, and write down how you prevent it.</translation>
    </message>
    <message>
        <source>Valkuil herkend: {0}</source>
        <translation>Pitfall recognised: {0}</translation>
    </message>
    <message>
        <source>Ons antwoord op {0}</source>
        <translation>Our answer to {0}</translation>
    </message>
    <message>
        <source>Hoe voorkomen we dit?</source>
        <translation>How do we prevent this?</translation>
    </message>
</context>
<context>
    <name>PlanBoard</name>
    <message>
        <source>Rangorde van de ideeën met stippen</source>
        <extracomment>one colour per voting group, readable on white and in grey print</extracomment>
        <translation>Ranking of the ideas by dots</translation>
    </message>
    <message>
        <source>Waar gaan we mee aan de slag?</source>
        <translation>What are we going to work on?</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Stippen</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Nog geen ideeën.</source>
        <translation>No ideas yet.</translation>
    </message>
    <message>
        <source>en nog {0} ideeën met minder stippen</source>
        <translation>and {0} more ideas with fewer dots</translation>
    </message>
    <message>
        <source>Past het bij ons? {0}</source>
        <translation>Does it fit us? {0}</translation>
    </message>
    <message>
        <source>Zonder thema</source>
        <extracomment>status -&gt; its sign on the wall</extracomment>
        <translation>Without a theme</translation>
    </message>
    <message>
        <source>Onze acties: hoe gaat het?</source>
        <translation>Our actions: how is it going?</translation>
    </message>
    <message>
        <source>{0} open · {1} klaar · {2} te laat</source>
        <translation>{0} open · {1} done · {2} overdue</translation>
    </message>
    <message>
        <source>Nog geen acties.</source>
        <translation>No actions yet.</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>en nog {0} acties</source>
        <translation>and {0} more actions</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <source>Actiepunten per actor (spatie vinkt aan)</source>
        <translation>Action points per actor (space ticks)</translation>
    </message>
    <message>
        <source>Notitie bij het actiepunt</source>
        <translation>Note on the action point</translation>
    </message>
    <message>
        <source>Wat betekent dit bij ons?</source>
        <translation>What does this mean for us?</translation>
    </message>
    <message>
        <source>Maak er een &amp;actie van (Ctrl+Enter)</source>
        <translation>Make it an &amp;action (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>actie</source>
        <translation>action</translation>
    </message>
    <message>
        <source>In het actieplan: {0}</source>
        <translation>In the action plan: {0}</translation>
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
        <extracomment>the two ticks: keep the contact details, and share them with the group (in the handout)</extracomment>
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
        <source>Delen met
de groep</source>
        <translation>Share with
the group</translation>
    </message>
    <message>
        <source>Vink aan als deze persoon toestemming geeft om contactgegevens te bewaren.</source>
        <translation>Tick if this person agrees to their contact details being kept.</translation>
    </message>
    <message>
        <source>Eerst toestemming aanvinken</source>
        <translation>Tick consent first</translation>
    </message>
    <message>
        <source>Vink aan als deze persoon wil dat e-mail en telefoon in de hand-out komen. Zonder vinkje staat alleen de naam erin.</source>
        <translation>Tick this if the person wants their e-mail and phone in the handout. Without the tick only the name is printed.</translation>
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
        <translation>M&amp;unicipality:</translation>
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
        <translation>who leads the evening</translation>
    </message>
    <message>
        <source>Begeleide&amp;r:</source>
        <translation>F&amp;acilitator:</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Wat wil de avond opleveren?</source>
        <translation>What should the evening deliver?</translation>
    </message>
    <message>
        <source>D&amp;oel:</source>
        <translation>Purp&amp;ose:</translation>
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
        <translation>Move agenda block up</translation>
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
        <translation>Move agenda block down</translation>
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
        <source>Wie ontbreekt?</source>
        <translation>Who is missing?</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
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
        <source>Dit ziet de zaal op de projector (F5) zolang dit tabblad open is.</source>
        <translation>The room sees this on the projector (F5) while this tab is open.</translation>
    </message>
    <message>
        <source>Deelnemers ({0})</source>
        <translation>Participants ({0})</translation>
    </message>
    <message>
        <source>Agenda ({0}:{1:02d} uur)</source>
        <translation>Agenda ({0}:{1:02d} hours)</translation>
    </message>
    <message>
        <source>Wie ontbreekt? ({0})</source>
        <translation>Who is missing? ({0})</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Anoniem exporteren</source>
        <translation>Export anonymously</translation>
    </message>
    <message>
        <source>Kernkracht-export (*.json)</source>
        <translation>Kernkracht export (*.json)</translation>
    </message>
    <message>
        <source>Anoniem exporteren…</source>
        <translation>Exporting anonymously…</translation>
    </message>
    <message>
        <source>Anoniem geëxporteerd naar {0}</source>
        <translation>Exported anonymously to {0}</translation>
    </message>
    <message>
        <source>&amp;Anoniem exporteren (zonder namen)…</source>
        <translation>Export &amp;anonymously (without names)…</translation>
    </message>
    <message>
        <source>Anoniem exporteren, ook organisaties &amp;weglaten…</source>
        <translation>Export anonymously, &amp;without organisations too…</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Hoe gaat het? Voortgang van de acties</source>
        <translation>How is it going? Progress of the actions</translation>
    </message>
    <message>
        <source>Notitie over hoe het gaat</source>
        <translation>Note on how it is going</translation>
    </message>
    <message>
        <source>Eerst een letter, dan eventueel een notitie; Enter: volgende</source>
        <translation>First a letter, then a note if you like; Enter: next</translation>
    </message>
    <message>
        <source>Nieuwe datum</source>
        <translation>New date</translation>
    </message>
    <message>
        <source>bijvoorbeeld 1-9-2027, najaar 2027 of 2028</source>
        <translation>for example 1-9-2027, autumn 2027 or 2028</translation>
    </message>
    <message>
        <source>&amp;Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Nieuwe &amp;datum:</source>
        <translation>New &amp;date:</translation>
    </message>
    <message>
        <source>Eerst een letter: D klaar, B bezig, S gestopt, M verschoven (of 1 tot 4). Dan eventueel een notitie. Enter: opslaan en naar de volgende. Enter zonder letter: overslaan. Backspace: andere letter kiezen. Ctrl+Z: vorige terug. Esc: stoppen.</source>
        <translation>First a letter: D done, B busy, S stopped, M moved (or 1 to 4). Then a note if you like. Enter: save and go to the next one. Enter without a letter: skip. Backspace: choose another letter. Ctrl+Z: take the last one back. Esc: stop.</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Klaar: alle {0} open acties zijn langs geweest.</source>
        <translation>Finished: all {0} open actions have been gone through.</translation>
    </message>
    <message>
        <source>Geen open acties meer.</source>
        <translation>No open actions left.</translation>
    </message>
    <message>
        <source>Er zijn geen open acties.</source>
        <translation>There are no open actions.</translation>
    </message>
    <message>
        <source>Actie {0} van {1}</source>
        <translation>Action {0} of {1}</translation>
    </message>
    <message>
        <source>Thema: {0}</source>
        <translation>Theme: {0}</translation>
    </message>
    <message>
        <source>Geen thema</source>
        <translation>No theme</translation>
    </message>
    <message>
        <source>Trekker: {0}</source>
        <translation>Lead: {0}</translation>
    </message>
    <message>
        <source>Nog geen trekker</source>
        <translation>No lead yet</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>⚠ Te laat: {0}</source>
        <translation>⚠ Overdue: {0}</translation>
    </message>
    <message>
        <source>Wanneer: {0}</source>
        <translation>When: {0}</translation>
    </message>
    <message>
        <source>Laatst: {0}</source>
        <translation>Last: {0}</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>{0} krachten op de Krachtenkaart, {1} kroonjuwelen</source>
        <translation>{0} strengths on the asset map, {1} crown jewels</translation>
    </message>
    <message>
        <source>{0} activiteiten op het bord, {1} willen we verschuiven</source>
        <translation>{0} activities on the board, {1} we want to shift</translation>
    </message>
    <message>
        <source>{0} acties afgesproken:</source>
        <translation>{0} actions agreed:</translation>
    </message>
    <message>
        <source>en nog {0} meer</source>
        <translation>and {0} more</translation>
    </message>
    <message>
        <source>&amp;Beamerbeeld</source>
        <translation>&amp;Projector view</translation>
    </message>
    <message>
        <source>Beamerbeeld voor de zaal (F5; Esc sluit het)</source>
        <translation>Projector view for the room (F5; Esc closes it)</translation>
    </message>
</context>
<context>
    <name>ProjectorBoard</name>
    <message>
        <source>Krachtenkaart: wat is hier al sterk?</source>
        <extracomment>points at a 1080-pixel-high window when the window does not say (as the projector window does) title lines per card tile: one line cuts most titles too short to read from the back of the hall never more tiles per column than this, however tall the screen cards side by side when one category is shown large and their text this much larger than on the six-column board the step whose selection the projector follows (ctx.focused) lines of the parkeerplaats band at the bottom the category chosen in the main window (its prompt is the room&apos;s question) &quot;&quot; = all six columns; else the one category shown large (the facilitator&apos;s F8)</extracomment>
        <translation>Asset map: what is already strong here?</translation>
    </message>
    <message>
        <source>Parkeerplaats — {0} ({1}): </source>
        <translation>Parked — {0} ({1}): </translation>
    </message>
    <message>
        <source>  + {0} meer</source>
        <translation>  + {0} more</translation>
    </message>
    <message>
        <source>+ {0} meer</source>
        <translation>+ {0} more</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Kernkracht — beamerbeeld</source>
        <extracomment>body text at a 1080-pixel-high projector picture (points); scales with the picture and the text-size setting how long edits may come in before the view is rebuilt (typing stays smooth)</extracomment>
        <translation>Kernkracht — projector view</translation>
    </message>
    <message>
        <source>Beamerbeeld</source>
        <translation>Projector view</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Nu</source>
        <extracomment>profiles of several years, oldest first (the newest is the darkest)</extracomment>
        <translation>Now</translation>
    </message>
    <message>
        <source>Gewenst</source>
        <translation>Wanted</translation>
    </message>
    <message>
        <source>Radardiagram van de rollen</source>
        <extracomment>(series key, colour, dashed) in drawing order; the default is &quot;wanted&quot; under &quot;now&quot;</extracomment>
        <translation>Radar chart of the roles</translation>
    </message>
    <message>
        <source>{0}: nu {1}, gewenst {2}</source>
        <translation>{0}: now {1}, wanted {2}</translation>
    </message>
    <message>
        <source>nu {0} · gewenst {1}</source>
        <translation>now {0} · wanted {1}</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Het aantal stippen per persoon moet tussen 1 en {top} liggen.</source>
        <translation>The number of dots per person must be between 1 and {top}.</translation>
    </message>
    <message>
        <source>Er kunnen hoogstens {top} groepen apart stemmen.</source>
        <translation>At most {top} groups can vote separately.</translation>
    </message>
    <message>
        <source>Een groepsnaam mag hoogstens 40 tekens lang zijn.</source>
        <translation>A group name can be at most 40 characters long.</translation>
    </message>
    <message>
        <source>Een idee heeft een titel nodig.</source>
        <translation>An idea needs a title.</translation>
    </message>
    <message>
        <source>Het aantal stippen moet tussen 0 en {top} liggen.</source>
        <translation>The number of dots must be between 0 and {top}.</translation>
    </message>
    <message>
        <source>Een notitie kan niet leeg zijn.</source>
        <translation>A note cannot be empty.</translation>
    </message>
    <message>
        <source>Typ een aantal stippen als getal, bijvoorbeeld 4.</source>
        <translation>Type a number of dots as a number, for example 4.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen bestaande datum.</source>
        <translation>&apos;{value}&apos; is not a date that exists.</translation>
    </message>
    <message>
        <source>Een actie heeft een omschrijving nodig: wat gaan we doen?</source>
        <translation>An action needs a description: what are we going to do?</translation>
    </message>
    <message>
        <source>Typ eerst de naam van wie er geïnterviewd is.</source>
        <translation>First type the name of the person interviewed.</translation>
    </message>
    <message>
        <source>Contactgegevens alleen met toestemming.</source>
        <translation>Contact details only with consent.</translation>
    </message>
    <message>
        <source>Het interview is nog leeg.</source>
        <translation>The interview is still empty.</translation>
    </message>
    <message>
        <source>Typ eerst een naam.</source>
        <translation>First type a name.</translation>
    </message>
    <message>
        <source>Typ de datum als jjjj-mm-dd, bijvoorbeeld 2026-11-12.</source>
        <translation>Type the date as yyyy-mm-dd, for example 2026-11-12.</translation>
    </message>
    <message>
        <source>Onbekend type: {value}. Kies Type 1, 2, 3 of 4.</source>
        <translation>Unknown type: {value}. Choose Type 1, 2, 3 or 4.</translation>
    </message>
    <message>
        <source>Geef de activiteit een naam.</source>
        <translation>Give the activity a name.</translation>
    </message>
    <message>
        <source>Deze activiteit bestaat niet meer (misschien net verwijderd).</source>
        <translation>This activity no longer exists (perhaps it was just removed).</translation>
    </message>
    <message>
        <source>Er is nog geen Krachtenkaart in deze bijeenkomst.</source>
        <translation>This meeting has no asset map yet.</translation>
    </message>
    <message>
        <source>Dit kan hier niet worden gewijzigd: {fields}.</source>
        <translation>This cannot be changed here: {fields}.</translation>
    </message>
    <message>
        <source>Deze kaart staat niet meer op het bord.</source>
        <translation>This card is no longer on the board.</translation>
    </message>
    <message>
        <source>Een naam kan hooguit {top} tekens lang zijn.</source>
        <translation>A name can be at most {top} characters long.</translation>
    </message>
    <message>
        <source>Kies een naam of &quot;nog niemand&quot;, niet allebei.</source>
        <translation>Choose a name or &quot;nobody yet&quot;, not both.</translation>
    </message>
    <message>
        <source>Onbekend soort bijdrage: {value}.</source>
        <translation>Unknown kind of contribution: {value}.</translation>
    </message>
    <message>
        <source>Een bijdrage kan hooguit {top} tekens lang zijn.</source>
        <translation>A contribution can be at most {top} characters long.</translation>
    </message>
    <message>
        <source>Het aantal handen moet tussen 0 en {top} liggen.</source>
        <translation>The number of hands must be between 0 and {top}.</translation>
    </message>
    <message>
        <source>Geen duidelijke meerderheid: kies zelf een type.</source>
        <translation>No clear majority: choose a type yourself.</translation>
    </message>
    <message>
        <source>Onbekend soort initiatief: {value}.</source>
        <translation>Unknown kind of initiative: {value}.</translation>
    </message>
    <message>
        <source>Een activiteit houdt een naam.</source>
        <translation>An activity keeps a name.</translation>
    </message>
    <message>
        <source>Een naam kan hooguit {top} tekens lang zijn; zet de rest in de beschrijving.</source>
        <translation>A name can be at most {top} characters long; put the rest in the description.</translation>
    </message>
    <message>
        <source>Dit veld kan hooguit {top} tekens lang zijn.</source>
        <translation>This field can be at most {top} characters long.</translation>
    </message>
    <message>
        <source>Tel de handen als een heel getal.</source>
        <translation>Count the hands as a whole number.</translation>
    </message>
    <message>
        <source>Onbekend doel: {value}.</source>
        <translation>Unknown target: {value}.</translation>
    </message>
    <message>
        <source>Dat onderdeel bestaat niet (meer). Kies een activiteit, idee of actie uit de lijst.</source>
        <translation>That item does not exist (any more). Choose an activity, idea or action from the list.</translation>
    </message>
    <message>
        <source>Typ eerst wat de gemeente moet doen of laten.</source>
        <translation>First type what the municipality should start or stop doing.</translation>
    </message>
    <message>
        <source>Een regel zonder tekst kan niet. Verwijder hem liever (Delete).</source>
        <translation>A line without text is not possible. Remove it instead (Delete).</translation>
    </message>
    <message>
        <source>De groepsnaam „{name}” heeft spaties aan het begin, het eind of dubbel.</source>
        <translation>The group name “{name}” has spaces at the start, at the end or twice.</translation>
    </message>
    <message>
        <source>Een groepsnaam mag hoogstens {n} tekens lang zijn.</source>
        <translation>A group name can be at most {n} characters long.</translation>
    </message>
    <message>
        <source>Een groepsnaam kan geen onzichtbare tekens bevatten.</source>
        <translation>A group name cannot contain invisible characters.</translation>
    </message>
    <message>
        <source>Deze kaarten horen al bij het idee. Vink een kaart aan die er nog niet bij hoort.</source>
        <translation>These cards are in the idea already. Tick a card that is not in it yet.</translation>
    </message>
    <message>
        <source>Deze kaart hoort niet bij het idee.</source>
        <translation>This card is not part of the idea.</translation>
    </message>
    <message>
        <source>Een idee verbindt minstens twee kaarten. Zet er eerst een andere kaart bij, of verwijder het hele idee.</source>
        <translation>An idea connects at least two cards. Add another card first, or remove the whole idea.</translation>
    </message>
    <message>
        <source>Geef de kaart een titel.</source>
        <translation>Give the card a title.</translation>
    </message>
    <message>
        <source>Een zorg op de parkeerplaats is geen kroonjuweel.</source>
        <translation>A parked worry is not a crown jewel.</translation>
    </message>
    <message>
        <source>Deze foto is leeg of groter dan {limit} MB.</source>
        <translation>This photo is empty or larger than {limit} MB.</translation>
    </message>
    <message>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Dit bestand is groter dan {limit} MB.</source>
        <translation>This file is larger than {limit} MB.</translation>
    </message>
    <message>
        <source>Kies een PNG- of JPEG-afbeelding.</source>
        <translation>Choose a PNG or JPEG picture.</translation>
    </message>
    <message>
        <source>De plattegrond heeft geen geldige afmetingen.</source>
        <translation>The map has no valid size.</translation>
    </message>
    <message>
        <source>De afbeelding heeft te veel beeldpunten. Kies een kleinere.</source>
        <translation>The picture has too many pixels. Choose a smaller one.</translation>
    </message>
    <message>
        <source>Een idee verbindt minstens twee kaarten.</source>
        <translation>An idea connects at least two cards.</translation>
    </message>
    <message>
        <source>Geef het idee een naam.</source>
        <translation>Give the idea a name.</translation>
    </message>
    <message>
        <source>Contactgegevens mogen alleen met toestemming.</source>
        <translation>Contact details only with consent.</translation>
    </message>
    <message>
        <source>Een verschoven actie heeft een nieuwe datum nodig: wanneer dan?</source>
        <translation>A moved action needs a new date: when will it be?</translation>
    </message>
    <message>
        <source>Typ eerst de naam van een partner.</source>
        <translation>First type the name of a partner.</translation>
    </message>
    <message>
        <source>Het antwoord is nu, ooit of nooit.</source>
        <translation>The answer is now, some day or never.</translation>
    </message>
    <message>
        <source>Typ de datum als jjjj-mm-dd, bijvoorbeeld 2026-06-01.</source>
        <translation>Type the date as yyyy-mm-dd, for example 2026-06-01.</translation>
    </message>
    <message>
        <source>Een partner heeft een naam nodig.</source>
        <translation>A partner needs a name.</translation>
    </message>
    <message>
        <source>Deze kaart bestaat niet meer (misschien net verwijderd).</source>
        <translation>This card no longer exists (perhaps just removed).</translation>
    </message>
    <message>
        <source>Alleen een kaart op de parkeerplaats kunt u zo oppakken.</source>
        <translation>Only a card in the parking place can be taken up like this.</translation>
    </message>
    <message>
        <source>Delen met de groep kan pas als de persoon toestemming geeft om de gegevens te bewaren.</source>
        <translation>Sharing with the group is only possible once the person agrees that their details are kept.</translation>
    </message>
    <message>
        <source>Typ eerst wie er ontbreekt.</source>
        <translation>First type who is missing.</translation>
    </message>
    <message>
        <source>Typ aan wie u verantwoording aflegt, of hoe u dat wilt doen.</source>
        <translation>Type to whom you are accountable, or how you want to do it.</translation>
    </message>
    <message>
        <source>Van dit actiepunt is al een actie gemaakt. U vindt hem in het Actieplan.</source>
        <translation>An action has already been made from this action point. You will find it in the Action plan.</translation>
    </message>
    <message>
        <source>Die actie bestaat niet (meer). Kies een actie uit het Actieplan.</source>
        <translation>That action does not exist (any more). Choose an action from the Action plan.</translation>
    </message>
    <message>
        <source>Typ eerst wat u van de ander verwacht.</source>
        <translation>First type what you expect of the other side.</translation>
    </message>
    <message>
        <source>Een thema heeft een naam nodig, bijvoorbeeld Groen of Wonen.</source>
        <translation>A theme needs a name, for example Green space or Housing.</translation>
    </message>
    <message>
        <source>Een themanaam mag hoogstens {top} tekens lang zijn.</source>
        <translation>A theme name can be at most {top} characters long.</translation>
    </message>
    <message>
        <source>Een thema kan hoogstens {top} ambities hebben.</source>
        <translation>A theme can have at most {top} ambitions.</translation>
    </message>
    <message>
        <source>Een ambitie mag hoogstens {top} tekens lang zijn.</source>
        <translation>An ambition can be at most {top} characters long.</translation>
    </message>
    <message>
        <source>Dat thema bestaat niet (meer); kies een ander thema.</source>
        <translation>That theme does not exist (any more); choose another theme.</translation>
    </message>
    <message>
        <source>Het thema „{name}” staat al in de lijst.</source>
        <translation>The theme “{name}” is already in the list.</translation>
    </message>
    <message>
        <source>Het thema „{name}” staat niet in de lijst met thema&apos;s.</source>
        <translation>The theme “{name}” is not in the list of themes.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: een jaar heeft maar twaalf maanden.</source>
        <translation>&apos;{value}&apos;: a year has only twelve months.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen dag. Typ bijvoorbeeld 10-3-2026 of 10 maart 2026.</source>
        <translation>&apos;{value}&apos; is not a day. Type for example 10-3-2026 or 10 March 2026.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Toen en nu: {0}</source>
        <translation>Then and now: {0}</translation>
    </message>
    <message>
        <source>Toen en nu</source>
        <translation>Then and now</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>zonder datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>{0} (nu)</source>
        <translation>{0} (now)</translation>
    </message>
    <message>
        <source>Bijeenkomsten hier: {0}</source>
        <translation>Meetings here: {0}</translation>
    </message>
    <message>
        <source>Niet te lezen, dus niet meegeteld: {0}</source>
        <translation>Could not be read, so not counted: {0}</translation>
    </message>
    <message>
        <source>Er is nog geen eerdere bijeenkomst van deze plaats in de bibliotheek. Na een volgende bijeenkomst ziet u hier wat er veranderd is.</source>
        <translation>There is no earlier meeting of this place in the library yet. After a next meeting you will see here what has changed.</translation>
    </message>
    <message>
        <source>Bereikt sinds {0}: proficiat!</source>
        <translation>Achieved since {0}: well done!</translation>
    </message>
    <message>
        <source>Nog niets afgerond sinds de vorige keer.</source>
        <translation>Nothing finished since last time yet.</translation>
    </message>
    <message>
        <source>Type 1–4: toen → nu</source>
        <translation>Type 1–4: then → now</translation>
    </message>
    <message>
        <source>Type {0}: {1} → {2}</source>
        <translation>Type {0}: {1} → {2}</translation>
    </message>
    <message>
        <source>Klaar ({0})</source>
        <translation>Done ({0})</translation>
    </message>
    <message>
        <source>Gestopt ({0})</source>
        <translation>Stopped ({0})</translation>
    </message>
    <message>
        <source>Loopt nog ({0})</source>
        <translation>Still running ({0})</translation>
    </message>
    <message>
        <source>Rollen door de jaren</source>
        <translation>Roles over the years</translation>
    </message>
    <message>
        <source>Waarden door de jaren</source>
        <translation>Values over the years</translation>
    </message>
    <message>
        <source>Kaarten: {0} erbij, {1} weg, {2} gebleven</source>
        <translation>Cards: {0} new, {1} gone, {2} kept</translation>
    </message>
    <message>
        <source>Nieuw: {0} (Type {1})</source>
        <translation>New: {0} (Type {1})</translation>
    </message>
    <message>
        <source>Niet meer op het bord: {0} (was Type {1})</source>
        <translation>No longer on the board: {0} (was Type {1})</translation>
    </message>
    <message>
        <source>{0}: Type {1} → {2}</source>
        <translation>{0}: Type {1} → {2}</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Nog niet gescoord.</source>
        <translation>Not scored yet.</translation>
    </message>
    <message>
        <source>&amp;Toen en nu…</source>
        <translation>&amp;Then and now…</translation>
    </message>
</context>
<context>
    <name>Rollen</name>
    <message>
        <source>„{0}” — wat antwoorden we daarop?</source>
        <translation>“{0}” — what do we answer?</translation>
    </message>
    <message>
        <source>Welke dooddoeners hoort u? Wat antwoorden we daarop?</source>
        <translation>Which killer phrases do you hear? What do we answer?</translation>
    </message>
    <message>
        <source>Hoe sterk speelt elke rol nu? En hoe sterk zou hij moeten zijn?</source>
        <translation>How strongly is each role played now? And how strong should it be?</translation>
    </message>
</context>
<context>
    <name>RollenPage</name>
    <message>
        <source>De rollenoefening kan niet worden geladen.</source>
        <extracomment>where the room&apos;s other groups come from (participants&apos; group column, voting groups) the group being scored changed (&quot;&quot; = samen, &quot;bewoners&quot;, &quot;gemeente&quot;)</extracomment>
        <translation>The roles exercise cannot be loaded.</translation>
    </message>
    <message>
        <source>&amp;Rollenset:</source>
        <translation>Role &amp;set:</translation>
    </message>
    <message>
        <source>Rollenset</source>
        <translation>Role set</translation>
    </message>
    <message>
        <source>Wie scoort:</source>
        <translation>Who is scoring:</translation>
    </message>
    <message>
        <source>&amp;Samen</source>
        <translation>&amp;Together</translation>
    </message>
    <message>
        <source>Bew&amp;oners</source>
        <translation>&amp;Residents</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>M&amp;unicipality</translation>
    </message>
    <message>
        <source>Groep: {0}</source>
        <translation>Group: {0}</translation>
    </message>
    <message>
        <source>Onderdelen van de rollenoefening</source>
        <translation>Parts of the roles exercise</translation>
    </message>
    <message>
        <source>&amp;Profiel</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Casussen</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;Dooddoeners</source>
        <translation>&amp;Killer phrases</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Casussen ({0})</source>
        <translation>&amp;Cases ({0})</translation>
    </message>
    <message>
        <source>&amp;Dooddoeners ({0})</source>
        <translation>&amp;Killer phrases ({0})</translation>
    </message>
</context>
<context>
    <name>RollenProjector</name>
    <message>
        <source>samen</source>
        <translation>together</translation>
    </message>
    <message>
        <source>bewoners</source>
        <translation>residents</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
</context>
<context>
    <name>RoomSheet</name>
    <message>
        <source>+{0} meer</source>
        <extracomment>indexes of lines to stand out (a clash, a ticked point) how wide its column is against the others (2 = twice as wide) lines per block that did not fit (for tests and the &quot;+n meer&quot; mark)</extracomment>
        <translation>+{0} more</translation>
    </message>
</context>
<context>
    <name>RoomTab</name>
    <message>
        <source>Wie ontbreekt</source>
        <translation>Who is missing</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Hoe bereiken we hen</source>
        <translation>How we reach them</translation>
    </message>
    <message>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>Deze lijst kan niet worden geladen.</source>
        <translation>This list cannot be loaded.</translation>
    </message>
    <message>
        <source>Wie ontbreekt er? Typ, dan Enter</source>
        <translation>Who is missing? Type, then Enter</translation>
    </message>
    <message>
        <source>Een groep die ontbreekt</source>
        <translation>A group that is missing</translation>
    </message>
    <message>
        <source>Kies een groep die vaak ontbreekt</source>
        <translation>Choose a group that is often missing</translation>
    </message>
    <message>
        <source>Of kies een groep die vaak ontbreekt…</source>
        <translation>Or choose a group that is often missing…</translation>
    </message>
    <message>
        <source>Nog geen deelnemers: vul ze in op het tabblad Deelnemers.</source>
        <translation>No participants yet: fill them in on the Participants tab.</translation>
    </message>
    <message>
        <source>Aan tafel: 1 persoon</source>
        <translation>At the table: 1 person</translation>
    </message>
    <message>
        <source>Aan tafel: {0} mensen</source>
        <translation>At the table: {0} people</translation>
    </message>
    <message>
        <source>, {0} zonder groep</source>
        <translation>, {0} without a group</translation>
    </message>
    <message>
        <source>groepen: {0}</source>
        <translation>groups: {0}</translation>
    </message>
</context>
<context>
    <name>SafariDialog</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Beschrijving (mag leeg blijven)</source>
        <translation>Description (may stay empty)</translation>
    </message>
    <message>
        <source>&amp;Foto kiezen…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <source>Foto weg</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Soort waarneming (Alt+1…6)</source>
        <translation>Kind of observation (Alt+1…6)</translation>
    </message>
    <message>
        <source>Wijksafari: vastleggen wat u tegenkomt</source>
        <translation>Neighbourhood safari: record what you come across</translation>
    </message>
    <message>
        <source>Wat ziet u? Bijvoorbeeld: bankje met uitzicht op de Vaart</source>
        <translation>What do you see? For example: a bench overlooking the Vaart</translation>
    </message>
    <message>
        <source>Speld op de plattegrond (tik, of pijltjestoetsen)</source>
        <translation>Pin on the map (tap, or arrow keys)</translation>
    </message>
    <message>
        <source>Categorie (Ctrl+1…{0})</source>
        <translation>Category (Ctrl+1…{0})</translation>
    </message>
    <message>
        <source>&amp;Waar? Tik op de plattegrond</source>
        <translation>&amp;Where? Tap the map</translation>
    </message>
    <message>
        <source>Foto kiezen</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <source>Foto&apos;s (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Geef de waarneming een titel.</source>
        <translation>Give the observation a title.</translation>
    </message>
    <message>
        <source>Kies een categorie.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>Vastgelegd: #{0} {1}</source>
        <translation>Recorded: #{0} {1}</translation>
    </message>
    <message>
        <source>(een knelpunt: op de parkeerplaats, niet bij de krachten)</source>
        <translation>(a problem: parked, not among the strengths)</translation>
    </message>
    <message>
        <source>Er is intussen iets anders gewijzigd; gebruik Ongedaan maken in het hoofdvenster.</source>
        <translation>Something else has changed in the meantime; use Undo in the main window.</translation>
    </message>
    <message>
        <source>Weggehaald: #{0} {1}</source>
        <translation>Removed: #{0} {1}</translation>
    </message>
    <message>
        <source>Bankje met uitzicht op de Vaart</source>
        <translation>Bench overlooking the Vaart</translation>
    </message>
    <message>
        <source>Kapotte stoep bij de Kerkweg</source>
        <translation>Broken pavement by the Kerkweg</translation>
    </message>
</context>
<context>
    <name>ScoreBoard</name>
    <message>
        <source>samen</source>
        <translation>together</translation>
    </message>
    <message>
        <source>bewoners</source>
        <translation>residents</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>Wie s&amp;coort:</source>
        <extracomment>the group being scored changed the keyboard moved to another item (its id), so the projector can show its question</extracomment>
        <translation>&amp;Who scores:</translation>
    </message>
    <message>
        <source>Wie scoort ({0})</source>
        <translation>Who scores ({0})</translation>
    </message>
    <message>
        <source>Kies een groep, of typ een nieuwe naam (bijvoorbeeld jongeren) en druk op Enter.</source>
        <translation>Choose a group, or type a new name (for example young people) and press Enter.</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <source>Nu: {0}</source>
        <translation>Now: {0}</translation>
    </message>
    <message>
        <source>Gewenst: {0}</source>
        <translation>Wanted: {0}</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Gewenst</source>
        <translation>Wanted</translation>
    </message>
    <message>
        <source>Notities bij {0}</source>
        <translation>Notes on {0}</translation>
    </message>
    <message>
        <source>Wat zegt de zaal hierover?</source>
        <translation>What does the room say about this?</translation>
    </message>
    <message>
        <source>Vorige keer: nu {0}, gewenst {1}</source>
        <translation>Last time: now {0}, wanted {1}</translation>
    </message>
    <message>
        <source>0 = niet, 5 = heel sterk. Pijltjes omhoog/omlaag of een cijfer typen.</source>
        <translation>0 = not, 5 = very strongly. Arrow up/down or type a number.</translation>
    </message>
</context>
<context>
    <name>SessionContext</name>
    <message>
        <source>Alleen lezen: deze wijziging is niet bewaard.</source>
        <extracomment>a ChangeEvent after every edit, undo, redo or reload the step shown in the main window changed (step id) something on a page was selected that other views may follow (step id, record id) a rule refused an operation; the message is in the user&apos;s language (shown in the status bar) the file&apos;s path when it is open read-only (``file`` is None then): view, export, print the one warning box on screen (a full disk must not stack a box per keystroke) step id -&gt; the record last selected there (what the projector highlights) the message of the refusal of the last operation run, or None when it was done</extracomment>
        <translation>Read-only: this change was not saved.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Bestand veranderd door een ander</source>
        <translation>File changed by someone else</translation>
    </message>
    <message>
        <source>Samenvoegen…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Samengevoegd</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Beide versies staan samen in {0}. U vindt het in de bibliotheek.</source>
        <translation>Both versions are now together in {0}. You will find it in the library.</translation>
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
        <source>Er is nog een andere versie van deze bijeenkomst: van Syncthing, of gered toen een ander programma het bestand veranderde. Kies Groepen → Samenvoegen… om ze samen te voegen.</source>
        <translation>There is another version of this meeting: from Syncthing, or rescued when another program changed the file. Choose Groups → Merge… to merge them.</translation>
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
        <source>Conflict: {0} andere versie(s)</source>
        <translation>Conflict: {0} other version(s)</translation>
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
        <extracomment>the steps of :meth:`SessionWindow.load`, in order, and the window&apos;s build after them</extracomment>
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
        <translation>Make a back&amp;up</translation>
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
        <translation>P&amp;revious step</translation>
    </message>
    <message>
        <source>Naar de &amp;stappenlijst</source>
        <translation>Go to the list of &amp;steps</translation>
    </message>
    <message>
        <source>Grotere &amp;tekst</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Kleinere te&amp;kst</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <source>Bij&amp;eenkomst</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Wijksafari…</source>
        <translation>Neighbourhood &amp;walk…</translation>
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
        <translation>Everything is saved to disk</translation>
    </message>
    <message>
        <source>Opgeslagen om {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Het venster sluit zodra dit klaar is: {0}</source>
        <translation>The window closes as soon as this is done: {0}</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Reservekopie maken…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Geen reservekopie gemaakt: er is te weinig ruimte of de map is niet beschrijfbaar.</source>
        <extracomment>how often the GUI thread looks whether the worker is done a backup ended: the StoreError it failed with, or None when it was written</extracomment>
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
        <source>Exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Geëxporteerd naar {0}</source>
        <translation>Exported to {0}</translation>
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
    <name>ShortcutList</name>
    <message>
        <source>Sneltoetsen</source>
        <extracomment>share of the screen&apos;s height the list may take at most</extracomment>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Wat het doet</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SpiegelPage</name>
    <message>
        <source>De spiegel kan niet worden geladen.</source>
        <translation>The mirror cannot be loaded.</translation>
    </message>
    <message>
        <source>democratische waarden</source>
        <translation>democratic values</translation>
    </message>
    <message>
        <source>Onderdelen van de spiegel</source>
        <translation>Parts of the mirror</translation>
    </message>
    <message>
        <source>W&amp;aarden</source>
        <translation>V&amp;alues</translation>
    </message>
    <message>
        <source>&amp;Verantwoording</source>
        <translation>Acco&amp;untability</translation>
    </message>
    <message>
        <source>Actie&amp;punten</source>
        <translation>Action &amp;points</translation>
    </message>
    <message>
        <source>Twee l&amp;ogica&apos;s</source>
        <translation>Two l&amp;ogics</translation>
    </message>
    <message>
        <source>Spiegel</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>Onze manieren</source>
        <translation>Our ways</translation>
    </message>
    <message>
        <source>Nog niets genoemd.</source>
        <translation>Nothing named yet.</translation>
    </message>
    <message>
        <source>Welke actiepunten pakken wij op?</source>
        <translation>Which action points do we take up?</translation>
    </message>
    <message>
        <source>Nog geen actiepunten aangevinkt.</source>
        <translation>No action points ticked yet.</translation>
    </message>
    <message>
        <source>{0}: dorp {1}, gemeente {2}</source>
        <translation>{0}: village {1}, municipality {2}</translation>
    </message>
    <message>
        <source>botst</source>
        <translation>clashes</translation>
    </message>
    <message>
        <source>1 = collectief, 5 = overheid</source>
        <translation>1 = collective, 5 = government</translation>
    </message>
    <message>
        <source>Het dorp verwacht</source>
        <translation>The village expects</translation>
    </message>
    <message>
        <source>De gemeente verwacht</source>
        <translation>The municipality expects</translation>
    </message>
</context>
<context>
    <name>Steering</name>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Type nu → gewenst</source>
        <translation>Type now → wanted</translation>
    </message>
    <message>
        <source>Sturing van de gemeente</source>
        <translation>Steering by the municipality</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>(nog kiezen)</source>
        <translation>(still to choose)</translation>
    </message>
</context>
<context>
    <name>SteeringTab</name>
    <message>
        <source>Er staan nog geen activiteiten op het Type 1–4-bord. Zet ze eerst bij Eigenaarschap.</source>
        <translation>There are no activities on the Type 1–4 board yet. Put them there first in Ownership.</translation>
    </message>
    <message>
        <source>Sturing per activiteit</source>
        <translation>Steering per activity</translation>
    </message>
    <message>
        <source>(nog kiezen)</source>
        <translation>(still to choose)</translation>
    </message>
    <message>
        <source>Actieplan: kijk vanuit de drie rollen</source>
        <translation>Action plan: look from the three roles</translation>
    </message>
</context>
<context>
    <name>SupportTab</name>
    <message>
        <source>vormen van steun</source>
        <translation>forms of support</translation>
    </message>
</context>
<context>
    <name>TakeHomeBox</name>
    <message>
        <source>Voor iedereen en voor de gemeente</source>
        <translation>For everyone and for the municipality</translation>
    </message>
    <message>
        <source>Aantal afdrukken van de samenvatting</source>
        <translation>Number of copies of the summary</translation>
    </message>
    <message>
        <source>&amp;Aantal afdrukken:</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <source>Samen&amp;vatting opslaan als PDF…</source>
        <translation>Save s&amp;ummary as PDF…</translation>
    </message>
    <message>
        <source>Eén A4 voor iedereen: kroonjuwelen, beste ideeën, wie doet wat</source>
        <translation>One A4 sheet for everyone: crown jewels, top ideas, who does what</translation>
    </message>
    <message>
        <source>Samenvatting afdr&amp;ukken…</source>
        <translation>Print s&amp;ummary…</translation>
    </message>
    <message>
        <source>Soort bestand</source>
        <translation>Kind of file</translation>
    </message>
    <message>
        <source>Tabellen voor Excel (.xlsx)</source>
        <translation>Tables for Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Tabellen als CSV (één bestand per tabel)</source>
        <translation>Tables as CSV (one file per table)</translation>
    </message>
    <message>
        <source>Agenda met de data van de acties (.ics)</source>
        <translation>Calendar with the actions&apos; dates (.ics)</translation>
    </message>
    <message>
        <source>Poster A3: de Krachtenkaart (PDF)</source>
        <translation>A3 poster: the asset map (PDF)</translation>
    </message>
    <message>
        <source>Poster A3: het bord Type 1 tot 4 (PDF)</source>
        <translation>A3 poster: the Type 1 to 4 board (PDF)</translation>
    </message>
    <message>
        <source>Plaatje voor de dorpskrant: het bord Type 1 tot 4 (PNG)</source>
        <translation>Picture for the newsletter: the Type 1 to 4 board (PNG)</translation>
    </message>
    <message>
        <source>Plaatje voor de dorpskrant: de rollen (PNG)</source>
        <translation>Picture for the newsletter: the roles (PNG)</translation>
    </message>
    <message>
        <source>Plaatje voor de dorpskrant: de plattegrond met spelden (PNG)</source>
        <translation>Picture for the newsletter: the map with pins (PNG)</translation>
    </message>
    <message>
        <source>E&amp;xporteren:</source>
        <translation>E&amp;xport:</translation>
    </message>
    <message>
        <source>Bestand &amp;maken…</source>
        <translation>Make f&amp;ile…</translation>
    </message>
    <message>
        <source>Samenvatting opslaan</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>De samenvatting wordt gemaakt…</source>
        <translation>Making the summary…</translation>
    </message>
    <message>
        <source>De samenvatting wordt klaargemaakt om af te drukken…</source>
        <translation>Preparing the summary for printing…</translation>
    </message>
    <message numerus="yes">
        <source>Samenvatting naar de printer gestuurd, aantal: %n</source>
        <translation>
            <numerusform>Summary sent to the printer: %n copy</numerusform>
            <numerusform>Summary sent to the printer: %n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pagina&apos;s</source>
        <translation>
            <numerusform>, %n page</numerusform>
            <numerusform>, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel-bestanden (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Agenda-bestanden (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>PNG-plaatjes (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>De poster wordt gemaakt…</source>
        <translation>Making the poster…</translation>
    </message>
    <message>
        <source>Het bestand wordt gemaakt…</source>
        <translation>Making the file…</translation>
    </message>
    <message>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Voor dit plaatje is nog niets ingevuld in deze bijeenkomst.</source>
        <translation>Nothing has been filled in for this picture in this meeting yet.</translation>
    </message>
</context>
<context>
    <name>ThemesTab</name>
    <message>
        <source>Gangbaar thema om toe te voegen</source>
        <translation>Common theme to add</translation>
    </message>
    <message>
        <source>Thema &amp;toevoegen</source>
        <translation>&amp;Add theme</translation>
    </message>
    <message>
        <source>Het gekozen gangbare thema toevoegen</source>
        <translation>Add the chosen common theme</translation>
    </message>
    <message>
        <source>Eigen thema van het dorp: naam, dan Enter</source>
        <translation>The village&apos;s own theme: name, then Enter</translation>
    </message>
    <message>
        <source>Naam van een eigen thema</source>
        <translation>Name of an own theme</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Naam van het thema</source>
        <translation>Name of the theme</translation>
    </message>
    <message>
        <source>Ambities, één per regel</source>
        <translation>Ambitions, one per line</translation>
    </message>
    <message>
        <source>Wat wil het dorp bereiken? Eén ambitie per regel.</source>
        <translation>What does the village want to achieve? One ambition per line.</translation>
    </message>
    <message>
        <source>Werkgroep: deelnemers aanvinken</source>
        <translation>Working group: tick the participants</translation>
    </message>
    <message>
        <source>Contactpersoon van de werkgroep</source>
        <translation>Contact person of the working group</translation>
    </message>
    <message>
        <source>Actielijst van dit thema</source>
        <translation>Action list of this theme</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Ambities:</source>
        <translation>Am&amp;bitions:</translation>
    </message>
    <message>
        <source>Wer&amp;kgroep:</source>
        <translation>&amp;Working group:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Actielij&amp;st:</source>
        <translation>Action &amp;list:</translation>
    </message>
    <message>
        <source>Een actie krijgt haar thema in de kolom Thema van de tabel Acties. Delete: thema weghalen.</source>
        <translation>An action gets its theme in the Theme column of the Actions table. Delete: remove the theme.</translation>
    </message>
    <message>
        <source>{0}  ({1} open)</source>
        <translation>{0}  ({1} open)</translation>
    </message>
    <message>
        <source>⚠ {0} te laat</source>
        <translation>⚠ {0} overdue</translation>
    </message>
    <message>
        <source>(nog niemand)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>(zonder naam)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Nog geen acties. Kies dit thema bij een actie in de tabel Acties.</source>
        <translation>No actions yet. Choose this theme for an action in the Actions table.</translation>
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
<context>
    <name>Undo</name>
    <message>
        <source>Stippen per persoon wijzigen</source>
        <translation>Change dots per person</translation>
    </message>
    <message>
        <source>Groepen wijzigen</source>
        <translation>Change groups</translation>
    </message>
    <message>
        <source>Aantal stemmers wijzigen</source>
        <translation>Change number of voters</translation>
    </message>
    <message>
        <source>Idee toevoegen</source>
        <translation>Add idea</translation>
    </message>
    <message>
        <source>Idee wijzigen</source>
        <translation>Edit idea</translation>
    </message>
    <message>
        <source>Stippen tellen</source>
        <translation>Count dots</translation>
    </message>
    <message>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Actie wijzigen</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>Notitie bij actie</source>
        <translation>Note on action</translation>
    </message>
    <message>
        <source>Actie verwijderen</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>Idee verwijderen</source>
        <translation>Remove idea</translation>
    </message>
    <message>
        <source>Ideeën ophalen</source>
        <translation>Fetch ideas</translation>
    </message>
    <message>
        <source>Acties overnemen</source>
        <translation>Carry over actions</translation>
    </message>
    <message>
        <source>Aanmelden voor een idee</source>
        <translation>Sign up for an idea</translation>
    </message>
    <message>
        <source>Aanmelding verwijderen</source>
        <translation>Remove sign-up</translation>
    </message>
    <message>
        <source>Wat neemt u mee</source>
        <translation>What you take home</translation>
    </message>
    <message>
        <source>Afsluitende ronde</source>
        <translation>Closing round</translation>
    </message>
    <message>
        <source>Volgende bijeenkomst</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Interview invoeren</source>
        <translation>Enter interview</translation>
    </message>
    <message>
        <source>Demo: wie doet mee</source>
        <translation>Demo: who joins in</translation>
    </message>
    <message>
        <source>Demo: afsluitende ronde</source>
        <translation>Demo: closing round</translation>
    </message>
    <message>
        <source>Kaart klopt nog</source>
        <translation>Card still true</translation>
    </message>
    <message>
        <source>Kaart gewijzigd</source>
        <translation>Card changed</translation>
    </message>
    <message>
        <source>Kaart is weg</source>
        <translation>Card is gone</translation>
    </message>
    <message>
        <source>Activiteit toevoegen</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <source>Activiteit wijzigen</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Wie trekt het?</source>
        <translation>Who pulls it?</translation>
    </message>
    <message>
        <source>Bijdrage wijzigen</source>
        <translation>Change contribution</translation>
    </message>
    <message>
        <source>Gewenst type kiezen</source>
        <translation>Choose wanted type</translation>
    </message>
    <message>
        <source>Handen tellen</source>
        <translation>Count hands</translation>
    </message>
    <message>
        <source>Activiteit verwijderen</source>
        <translation>Remove activity</translation>
    </message>
    <message>
        <source>Bestaande initiatieven toevoegen</source>
        <translation>Add existing initiatives</translation>
    </message>
    <message>
        <source>Overnemen uit Krachtenkaart</source>
        <translation>Take over from the asset map</translation>
    </message>
    <message>
        <source>Doen of laten toevoegen</source>
        <translation>Add start or stop line</translation>
    </message>
    <message>
        <source>Doen of laten wijzigen</source>
        <translation>Change start or stop line</translation>
    </message>
    <message>
        <source>Doen of laten verwijderen</source>
        <translation>Remove start or stop line</translation>
    </message>
    <message>
        <source>Valkuil aanvinken</source>
        <translation>Tick pitfall</translation>
    </message>
    <message>
        <source>Antwoord op een valkuil</source>
        <translation>Answer to a pitfall</translation>
    </message>
    <message>
        <source>Sturing kiezen</source>
        <translation>Choose steering</translation>
    </message>
    <message>
        <source>Toelichting bij sturing</source>
        <translation>Explain steering</translation>
    </message>
    <message>
        <source>Actieplanvraag beantwoorden</source>
        <translation>Answer action plan question</translation>
    </message>
    <message>
        <source>Kaart bij idee zetten</source>
        <translation>Add a card to an idea</translation>
    </message>
    <message>
        <source>Kaarten bij idee zetten</source>
        <translation>Add cards to an idea</translation>
    </message>
    <message>
        <source>Kaart uit idee halen</source>
        <translation>Take a card out of an idea</translation>
    </message>
    <message>
        <source>Kaart toevoegen</source>
        <translation>Add card</translation>
    </message>
    <message>
        <source>Kaart wijzigen</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <source>Kaart verplaatsen</source>
        <translation>Move card</translation>
    </message>
    <message>
        <source>Kroonjuweel</source>
        <translation>Crown jewel</translation>
    </message>
    <message>
        <source>Geen kroonjuweel meer</source>
        <translation>No longer a crown jewel</translation>
    </message>
    <message>
        <source>Stip erbij</source>
        <translation>Add a dot</translation>
    </message>
    <message>
        <source>Stip eraf</source>
        <translation>Take a dot off</translation>
    </message>
    <message>
        <source>Foto verwijderen</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Plattegrond kiezen</source>
        <translation>Choose the map</translation>
    </message>
    <message>
        <source>Kaart op de plattegrond zetten</source>
        <translation>Put a card on the map</translation>
    </message>
    <message>
        <source>Thema toevoegen</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <source>Thema hernoemen</source>
        <translation>Rename theme</translation>
    </message>
    <message>
        <source>Ambities wijzigen</source>
        <translation>Change ambitions</translation>
    </message>
    <message>
        <source>Werkgroep wijzigen</source>
        <translation>Change working group</translation>
    </message>
    <message>
        <source>Thema kiezen</source>
        <translation>Choose theme</translation>
    </message>
    <message>
        <source>Thema verwijderen</source>
        <translation>Remove theme</translation>
    </message>
    <message>
        <source>Thema&apos;s overnemen</source>
        <translation>Take over themes</translation>
    </message>
    <message>
        <source>Speld weghalen</source>
        <translation>Remove pin</translation>
    </message>
    <message>
        <source>Idee maken</source>
        <translation>Make idea</translation>
    </message>
    <message>
        <source>Visie wijzigen</source>
        <translation>Edit vision</translation>
    </message>
    <message>
        <source>Kaarten verplaatsen</source>
        <translation>Move cards</translation>
    </message>
    <message>
        <source>Kaart verwijderen</source>
        <translation>Remove card</translation>
    </message>
    <message>
        <source>Kaarten verwijderen</source>
        <translation>Remove cards</translation>
    </message>
    <message>
        <source>Foto toevoegen</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <source>Waarneming vastleggen</source>
        <translation>Record observation</translation>
    </message>
    <message>
        <source>Opbrengst van een idee</source>
        <translation>Yield of an idea</translation>
    </message>
    <message>
        <source>Waarom dit idee</source>
        <translation>Why this idea</translation>
    </message>
    <message>
        <source>Partner toevoegen</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Partner wijzigen</source>
        <translation>Change partner</translation>
    </message>
    <message>
        <source>Partner verwijderen</source>
        <translation>Remove partner</translation>
    </message>
    <message>
        <source>Demo: opbrengst</source>
        <translation>Demo: yield</translation>
    </message>
    <message>
        <source>Zorg oppakken</source>
        <translation>Take up a worry</translation>
    </message>
    <message>
        <source>Bijeenkomst wijzigen</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Deelnemer wijzigen</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Agendablok toevoegen</source>
        <translation>Add agenda block</translation>
    </message>
    <message>
        <source>Agendablok wijzigen</source>
        <translation>Edit agenda block</translation>
    </message>
    <message>
        <source>Agendablok verwijderen</source>
        <translation>Remove agenda block</translation>
    </message>
    <message>
        <source>Agendablok verplaatsen</source>
        <translation>Move agenda block</translation>
    </message>
    <message>
        <source>Voortgang bijwerken</source>
        <translation>Update progress</translation>
    </message>
    <message>
        <source>Rollenset kiezen</source>
        <translation>Choose role set</translation>
    </message>
    <message>
        <source>Rol scoren</source>
        <translation>Score role</translation>
    </message>
    <message>
        <source>Notities bij een rol</source>
        <translation>Notes on a role</translation>
    </message>
    <message>
        <source>Case beantwoorden</source>
        <translation>Answer case</translation>
    </message>
    <message>
        <source>Dooddoener aanvinken</source>
        <translation>Tick killer phrase</translation>
    </message>
    <message>
        <source>Dooddoener tellen</source>
        <translation>Count killer phrase</translation>
    </message>
    <message>
        <source>Antwoord op een dooddoener</source>
        <translation>Answer to a killer phrase</translation>
    </message>
    <message>
        <source>Eigen dooddoener toevoegen</source>
        <translation>Add your own killer phrase</translation>
    </message>
    <message>
        <source>Ontbrekende groep toevoegen</source>
        <translation>Add missing group</translation>
    </message>
    <message>
        <source>Ontbrekende groep wijzigen</source>
        <translation>Change missing group</translation>
    </message>
    <message>
        <source>Ontbrekende groep verwijderen</source>
        <translation>Remove missing group</translation>
    </message>
    <message>
        <source>Demo: wie ontbreekt</source>
        <translation>Demo: who is missing</translation>
    </message>
    <message>
        <source>Score geven</source>
        <translation>Give score</translation>
    </message>
    <message>
        <source>Notities bij een score</source>
        <translation>Notes on a score</translation>
    </message>
    <message>
        <source>Manier van verantwoorden toevoegen</source>
        <translation>Add way of accounting</translation>
    </message>
    <message>
        <source>Manier van verantwoorden wijzigen</source>
        <translation>Change way of accounting</translation>
    </message>
    <message>
        <source>Manier van verantwoorden verwijderen</source>
        <translation>Remove way of accounting</translation>
    </message>
    <message>
        <source>Actiepunt aanvinken</source>
        <translation>Tick action point</translation>
    </message>
    <message>
        <source>Notitie bij actiepunt</source>
        <translation>Note on action point</translation>
    </message>
    <message>
        <source>Actiepunt koppelen aan een actie</source>
        <translation>Link action point to an action</translation>
    </message>
    <message>
        <source>Logica markeren</source>
        <translation>Mark logic</translation>
    </message>
    <message>
        <source>Toelichting bij logica</source>
        <translation>Explain logic</translation>
    </message>
    <message>
        <source>Verwachting toevoegen</source>
        <translation>Add expectation</translation>
    </message>
    <message>
        <source>Verwachting verwijderen</source>
        <translation>Remove expectation</translation>
    </message>
    <message>
        <source>Actie maken van actiepunt</source>
        <translation>Make action from action point</translation>
    </message>
</context>
<context>
    <name>VisionTab</name>
    <message>
        <source>Onze visie voor de lange termijn</source>
        <translation>Our long-term vision</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Datum van de visie</source>
        <translation>Date of the vision</translation>
    </message>
    <message>
        <source>Visie</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Hoe ziet ons dorp eruit over tien jaar, als we onze krachten benutten?</source>
        <translation>What will our village look like in ten years, if we make use of our strengths?</translation>
    </message>
    <message>
        <source>Steun van buiten</source>
        <translation>Outside support</translation>
    </message>
    <message>
        <source>Partner (gemeente, fonds, provincie…), dan Enter</source>
        <translation>Partner (municipality, fund, province…), then Enter</translation>
    </message>
    <message>
        <source>Partner voor steun van buiten</source>
        <translation>Partner for outside support</translation>
    </message>
    <message>
        <source>Wat vragen we?</source>
        <translation>What do we ask?</translation>
    </message>
    <message>
        <source>Wat vragen we aan de partner</source>
        <translation>What we ask of the partner</translation>
    </message>
    <message>
        <source>Steun van buiten (Delete verwijdert)</source>
        <translation>Outside support (Delete removes)</translation>
    </message>
    <message>
        <source>Steun van buiten verwijderen</source>
        <translation>Delete outside support</translation>
    </message>
    <message>
        <source>Voor welke ideeën (vink aan):</source>
        <translation>For which ideas (tick):</translation>
    </message>
    <message>
        <source>Ideeën waarvoor deze steun nodig is</source>
        <translation>Ideas that need this support</translation>
    </message>
    <message>
        <source>Noem eerst de partner.</source>
        <translation>Name the partner first.</translation>
    </message>
</context>
<context>
    <name>Voortgang</name>
    <message>
        <source>Klaar (D of 1)</source>
        <extracomment>answer -&gt; the keys that choose it</extracomment>
        <translation>Done (D or 1)</translation>
    </message>
    <message>
        <source>Bezig (B of 2)</source>
        <translation>Busy (B or 2)</translation>
    </message>
    <message>
        <source>Gestopt (S of 3)</source>
        <translation>Stopped (S or 3)</translation>
    </message>
    <message>
        <source>Verschoven (M of 4)</source>
        <translation>Moved (M or 4)</translation>
    </message>
</context>
<context>
    <name>VotesTab</name>
    <message>
        <source>Stippen per persoon</source>
        <extracomment>the user asked for an action from this idea (the page shows the new action)</extracomment>
        <translation>Dots per person</translation>
    </message>
    <message>
        <source>&amp;Stippen per persoon:</source>
        <translation>&amp;Dots per person:</translation>
    </message>
    <message>
        <source>Groepen die apart stemmen</source>
        <translation>Groups that vote separately</translation>
    </message>
    <message>
        <source>bijv. bewoners, gemeente (leeg: iedereen samen)</source>
        <translation>e.g. residents, municipality (empty: everyone together)</translation>
    </message>
    <message>
        <source>Namen met komma&apos;s ertussen, dan Enter</source>
        <translation>Names separated by commas, then Enter</translation>
    </message>
    <message>
        <source>&amp;Groepen:</source>
        <translation>&amp;Groups:</translation>
    </message>
    <message>
        <source>Groep die nu stemt</source>
        <translation>Group voting now</translation>
    </message>
    <message>
        <source>+ en − geven of nemen een stip van deze groep</source>
        <translation>+ and − add or take away a dot for this group</translation>
    </message>
    <message>
        <source>Stemmen &amp;voor:</source>
        <translation>V&amp;oting for:</translation>
    </message>
    <message>
        <source>Aantal stemmers:</source>
        <translation>Number of voters:</translation>
    </message>
    <message>
        <source>Gebruikte stippen</source>
        <translation>Dots used</translation>
    </message>
    <message>
        <source>Nieuw idee, dan Enter</source>
        <translation>New idea, then Enter</translation>
    </message>
    <message>
        <source>Titel van een nieuw idee</source>
        <translation>Title of a new idea</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Idee toevoegen</source>
        <translation>Add idea</translation>
    </message>
    <message>
        <source>Ideeën &amp;ophalen uit de andere stappen</source>
        <translation>&amp;Collect ideas from the other steps</translation>
    </message>
    <message>
        <source>Ideeën ophalen uit de andere stappen</source>
        <translation>Collect ideas from the other steps</translation>
    </message>
    <message>
        <source>Ideeën met stippen per groep</source>
        <translation>Ideas with dots per group</translation>
    </message>
    <message>
        <source>Rangorde van de ideeën</source>
        <translation>Ranking of the ideas</translation>
    </message>
    <message>
        <source>+ stip</source>
        <translation>+ dot</translation>
    </message>
    <message>
        <source>Stip erbij voor de gekozen groep</source>
        <translation>Add a dot for the chosen group</translation>
    </message>
    <message>
        <source>Toets +</source>
        <translation>Key +</translation>
    </message>
    <message>
        <source>− stip</source>
        <translation>− dot</translation>
    </message>
    <message>
        <source>Stip eraf voor de gekozen groep</source>
        <translation>Remove a dot for the chosen group</translation>
    </message>
    <message>
        <source>Toets −</source>
        <translation>Key −</translation>
    </message>
    <message>
        <source>&amp;Actie maken van idee</source>
        <translation>Make &amp;action from idea</translation>
    </message>
    <message>
        <source>Actie maken van het gekozen idee</source>
        <translation>Make an action from the chosen idea</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Gekozen idee verwijderen</source>
        <translation>Delete the chosen idea</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Thema van het gekozen idee</source>
        <translation>Theme of the chosen idea</translation>
    </message>
    <message>
        <source>&amp;Thema:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Kies een idee en druk op + of − voor een stip van de gekozen groep. Typ een getal en Enter om het aantal in één keer in te vullen.</source>
        <translation>Choose an idea and press + or − for a dot from the chosen group. Type a number and Enter to fill in the count at once.</translation>
    </message>
    <message>
        <source>Rangorde</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Kies eerst een idee in de tabel.</source>
        <translation>Choose an idea in the table first.</translation>
    </message>
    <message>
        <source>1 idee opgehaald uit de andere stappen.</source>
        <translation>1 idea collected from the other steps.</translation>
    </message>
    <message>
        <source>{0} ideeën opgehaald uit de andere stappen.</source>
        <translation>{0} ideas collected from the other steps.</translation>
    </message>
    <message>
        <source>Er zijn geen nieuwe ideeën in de andere stappen.</source>
        <translation>There are no new ideas in the other steps.</translation>
    </message>
    <message>
        <source>(geen thema)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <source>Aantal stemmers van {0}</source>
        <translation>Number of voters for {0}</translation>
    </message>
    <message>
        <source>0: tel de deelnemers van deze groep</source>
        <translation>0: count the participants of this group</translation>
    </message>
    <message>
        <source>Stippen: het totaal, tussen haakjes {0}</source>
        <translation>Dots: the total, in brackets {0}</translation>
    </message>
    <message>
        <source>{0}: {1} (deelnemers)</source>
        <translation>{0}: {1} (participants)</translation>
    </message>
    <message>
        <source> ({0} nieuw)</source>
        <translation> ({0} new)</translation>
    </message>
    <message>
        <source>{0}: {1} van {2} stippen geplakt</source>
        <translation>{0}: {1} of {2} dots placed</translation>
    </message>
    <message>
        <source>{0}: {1} stippen geplakt</source>
        <translation>{0}: {1} dots placed</translation>
    </message>
</context>
<context>
    <name>YieldTab</name>
    <message>
        <source>Dit onderdeel kan niet worden geladen.</source>
        <translation>This part cannot be loaded.</translation>
    </message>
    <message>
        <source>Ideeën</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Toets vóór de stippen: past het idee bij ons?</source>
        <translation>Check before the dots: does the idea fit us?</translation>
    </message>
    <message>
        <source>Welke doelen dient het?</source>
        <translation>Which goals does it serve?</translation>
    </message>
    <message>
        <source>Wat levert het op?</source>
        <translation>What does it yield?</translation>
    </message>
    <message>
        <source>Waarom is het de moeite waard? (voor de gemeente of een fonds)</source>
        <translation>Why is it worth it? (for the municipality or a fund)</translation>
    </message>
    <message>
        <source>Waarom het de moeite waard is</source>
        <translation>Why it is worth it</translation>
    </message>
    <message>
        <source>Wie doet mee?</source>
        <translation>Who joins in?</translation>
    </message>
    <message>
        <source>Naam, dan Enter</source>
        <translation>Name, then Enter</translation>
    </message>
    <message>
        <source>Naam van wie meedoet</source>
        <translation>Name of who joins in</translation>
    </message>
    <message>
        <source>Wie doet mee</source>
        <translation>Who joins in</translation>
    </message>
    <message>
        <source>meervoudige impact</source>
        <translation>multiple impact</translation>
    </message>
    <message>
        <source>Nog geen ideeën: voeg ze toe op het tabblad Stemmen.</source>
        <translation>No ideas yet: add them on the Voting tab.</translation>
    </message>
    <message>
        <source>★ Meervoudige impact: dit idee dient {0} doelen tegelijk.</source>
        <translation>★ Multiple impact: this idea serves {0} goals at once.</translation>
    </message>
</context>
</TS>
