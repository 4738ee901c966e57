<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>Impossible de lire {0} : {1}</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}: {1}</source>
        <translation>Rien n’a été importé depuis {0} : {1}</translation>
    </message>
    <message>
        <source>Replace your mail settings?</source>
        <translation>Remplacer vos paramètres e-mail ?</translation>
    </message>
    <message>
        <source>Importing {0} would change your mail server settings:

{1}

Your password is sent to the server named here. Import the file and use these settings?</source>
        <translation>Importer {0} modifierait les paramètres de votre serveur e-mail :

{1}

Votre mot de passe sera envoyé au serveur indiqué ici. Importer le fichier et utiliser ces paramètres ?</translation>
    </message>
    <message>
        <source>Import and replace</source>
        <translation>Importer et remplacer</translation>
    </message>
    <message>
        <source>Calendar synced at {time}</source>
        <extracomment>After the server could not be reached, try again this soon (then the 15-minute rhythm takes over). A tick this much later than planned means the machine slept (QTimer stops during suspend).</extracomment>
        <translation>Agenda synchronisé à {time}</translation>
    </message>
    <message>
        <source>Calendar sync: {kind} at {time}; {count} waiting</source>
        <translation>Synchronisation de l’agenda : {kind} à {time} ; {count} en attente</translation>
    </message>
    <message>
        <source>Calendar sync: {kind} at {time}</source>
        <translation>Synchronisation de l’agenda : {kind} à {time}</translation>
    </message>
</context>
<context>
    <name>AnswerOpener</name>
    <message>
        <source>Finish Strong keeps only the headers and the first lines of this message; this file holds nothing more. The whole message is in your mailbox.</source>
        <extracomment>Opens a URL given as text; True when something took it.</extracomment>
        <translation>Finish Strong ne conserve que les en-têtes et les premières lignes de ce message ; ce fichier ne contient rien de plus. Le message complet se trouve dans votre boîte aux lettres.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>%1 cannot open its data</source>
        <extracomment>After the first paint, how long the window stays alone before the deferred work starts.</extracomment>
        <translation>%1 ne peut pas ouvrir ses données</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Not saved: this interview was replaced or removed (a restore, an import or a delete).</source>
        <extracomment>The guard found the window&apos;s rows replaced or gone: its pending text was not written. True while the rows this window loaded are still in the database (set by the registry).</extracomment>
        <translation>Non enregistré : cet entretien a été remplacé ou supprimé (restauration, import ou suppression).</translation>
    </message>
    <message>
        <source>Not saved yet %1 Your text is still here; retrying.</source>
        <translation>Pas encore enregistré %1 Votre texte est toujours là ; nouvel essai en cours.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Finish Strong backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Sauvegardes Finish Strong (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>daily</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name. Why a backup was taken, by the reason in its file name (store/backups.py)</extracomment>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>chosen file</source>
        <translation>fichier choisi</translation>
    </message>
    <message>
        <source>before the upgrade to version %1</source>
        <translation>avant la mise à jour vers la version %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>The backup was not written to %1. %2</source>
        <translation>La sauvegarde n’a pas été écrite dans %1. %2</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace your current data with the backup from %1?

Your current data are kept as a backup first (named “before-restore”).</source>
        <translation>Remplacer vos données actuelles par la sauvegarde du %1 ?

Vos données actuelles sont d’abord conservées dans une sauvegarde (nommée « before-restore »).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Nothing was restored. %1</source>
        <translation>Rien n’a été restauré. %1</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>Sauvegarde du %1 restaurée.</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message numerus="yes">
        <source>%Ln interview</source>
        <translation>
            <numerusform>%Ln entretien</numerusform>
            <numerusform>%Ln entretiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln entretien</numerusform>
            <numerusform>%Ln entretiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with notes</source>
        <translation>
            <numerusform>%Ln avec notes</numerusform>
            <numerusform>%Ln avec notes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 mark</source>
        <translation>Repère : %1</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Please check these drafts before printing:</source>
        <translation>Vérifiez ces brouillons avant d’imprimer :</translation>
    </message>
    <message>
        <source>Handwritten &amp;card…</source>
        <translation>&amp;Carte manuscrite…</translation>
    </message>
    <message>
        <source>Step 3: the handwritten note&apos;s draft for an interviewer, printed at card size</source>
        <translation>Étape 3 : le brouillon de la carte manuscrite pour un interlocuteur, imprimé au format de la carte</translation>
    </message>
    <message>
        <source>Print today&apos;s card dra&amp;fts…</source>
        <translation>Imprimer les &amp;brouillons de cartes du jour…</translation>
    </message>
    <message>
        <source>Every card due today whose draft is not printed yet, several per sheet with cut marks</source>
        <translation>Toutes les cartes du jour dont le brouillon n’est pas encore imprimé, plusieurs par feuille avec traits de coupe</translation>
    </message>
    <message>
        <source>Select an interview first.</source>
        <translation>Sélectionnez d’abord un entretien.</translation>
    </message>
    <message>
        <source>This interview has no interviewers yet: add one (Edit interview) to write a card.</source>
        <translation>Cet entretien n’a pas encore d’interlocuteur : ajoutez-en un (Modifier l’entretien) pour écrire une carte.</translation>
    </message>
    <message>
        <source>No card drafts left to print today.</source>
        <translation>Plus aucun brouillon de carte à imprimer aujourd’hui.</translation>
    </message>
    <message>
        <source>Thank-you card drafts — %1</source>
        <translation>Brouillons de cartes de remerciement — %1</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Avant d’imprimer</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimer quand même</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>The card itself</source>
        <extracomment>(key, label) of where to print: on the card stock itself or several per sheet with cut marks.</extracomment>
        <translation>Directement sur la carte</translation>
    </message>
    <message>
        <source>Letter sheets, with cut marks</source>
        <translation>Feuilles Letter, avec traits de coupe</translation>
    </message>
    <message>
        <source>A4 sheets, with cut marks</source>
        <translation>Feuilles A4, avec traits de coupe</translation>
    </message>
    <message>
        <source>Card for %1 — %2</source>
        <extracomment>The &quot;draft printed&quot; tick changed: the checklist should show it.</extracomment>
        <translation>Carte pour %1 — %2</translation>
    </message>
    <message>
        <source>Handwritten note to %1</source>
        <translation>Carte manuscrite pour %1</translation>
    </message>
    <message>
        <source>Write it here, print the draft at the card&apos;s size, then copy it by hand. About three sentences fit a card.</source>
        <translation>Rédigez-la ici, imprimez le brouillon au format de la carte, puis recopiez-le à la main. Environ trois phrases tiennent sur une carte.</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Texte de la carte</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Nombre de mots</translation>
    </message>
    <message>
        <source>Fits on the card</source>
        <translation>Tient sur la carte</translation>
    </message>
    <message>
        <source>All changes are saved as you type.</source>
        <translation>Toutes les modifications sont enregistrées au fil de la saisie.</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Format de la carte</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Writing panel</source>
        <translation>Zone d’écriture</translation>
    </message>
    <message>
        <source>Print ruled guide lines</source>
        <translation>Imprimer des lignes guides</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Interligne</translation>
    </message>
    <message>
        <source> mm between lines</source>
        <translation> mm d’interligne</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Print on</source>
        <translation>Imprimer sur</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>&amp;Writing panel:</source>
        <translation>&amp;Zone d’écriture :</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Interligne :</translation>
    </message>
    <message>
        <source>En&amp;velope:</source>
        <translation>En&amp;veloppe :</translation>
    </message>
    <message>
        <source>Print o&amp;n:</source>
        <translation>Imprimer s&amp;ur :</translation>
    </message>
    <message>
        <source>Start again from the template</source>
        <translation>Repartir du modèle</translation>
    </message>
    <message>
        <source>Replace the text with the card template (Settings → Cards), filled in</source>
        <translation>Remplace le texte par le modèle de carte (Paramètres → Cartes), rempli</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Envelope…</source>
        <translation>&amp;Enveloppe…</translation>
    </message>
    <message>
        <source>See the draft as it will print (Ctrl+Shift+P)</source>
        <translation>Voir le brouillon tel qu’il sera imprimé (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Print the draft on any printer (Ctrl+P)</source>
        <translation>Imprimer le brouillon sur n’importe quelle imprimante (Ctrl+P)</translation>
    </message>
    <message>
        <source>Write the draft to a PDF file (Ctrl+Shift+S)</source>
        <translation>Enregistrer le brouillon dans un fichier PDF (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Print the envelope: their address and yours (Ctrl+Shift+V)</source>
        <translation>Imprimer l’enveloppe : son adresse et la vôtre (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>Fits: %1 of %2 lines on the card.</source>
        <translation>Tient : %1 lignes sur %2 de la carte.</translation>
    </message>
    <message>
        <source>Does not fit: %1. Shorten it, or pick a larger card or closer lines.</source>
        <translation>Ne tient pas : %1. Raccourcissez le texte, ou choisissez une carte plus grande ou un interligne plus serré.</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>À vérifier :</translation>
    </message>
    <message numerus="yes">
        <source>%n word.</source>
        <translation>
            <numerusform>%n mot.</numerusform>
            <numerusform>%n mots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words.</source>
        <translation>
            <numerusform>%n mot.</numerusform>
            <numerusform>%n mots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word: a card has room for about three sentences (30–60 words).</source>
        <translation>
            <numerusform>%n mot : une carte contient environ trois phrases (30 à 60 mots).</numerusform>
            <numerusform>%n mots : une carte contient environ trois phrases (30 à 60 mots).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words: a card has room for about three sentences (30–60 words).</source>
        <translation>
            <numerusform>%n mot : une carte contient environ trois phrases (30 à 60 mots).</numerusform>
            <numerusform>%n mots : une carte contient environ trois phrases (30 à 60 mots).</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: write about three sentences (30–60 words).</source>
        <translation>Vide : écrivez environ trois phrases (30 à 60 mots).</translation>
    </message>
    <message numerus="yes">
        <source>%n words: a handwritten card holds about 30–60; shorten it.</source>
        <translation>
            <numerusform>%n mot : une carte manuscrite en contient 30 à 60 ; raccourcissez.</numerusform>
            <numerusform>%n mots : une carte manuscrite en contient 30 à 60 ; raccourcissez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words: a good length for a card.</source>
        <translation>
            <numerusform>%n mot : une bonne longueur pour une carte.</numerusform>
            <numerusform>%n mots : une bonne longueur pour une carte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank-you card — %1</source>
        <translation>Carte de remerciement — %1</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Avant d’imprimer</translation>
    </message>
    <message>
        <source>Preview anyway</source>
        <translation>Aperçu quand même</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimer quand même</translation>
    </message>
    <message>
        <source>Before you save</source>
        <translation>Avant d’enregistrer</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Draft printed: the checklist shows it. Tick “mailed” once the card is posted.</source>
        <translation>Brouillon imprimé : la liste le montre. Cochez « envoyée » une fois la carte postée.</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message numerus="yes">
        <source>Printed %n card draft.</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation>
            <numerusform>%n brouillon de carte imprimé.</numerusform>
            <numerusform>%n brouillons de cartes imprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n card drafts.</source>
        <translation>
            <numerusform>%n brouillon de carte imprimé.</numerusform>
            <numerusform>%n brouillons de cartes imprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsSettingsPage</name>
    <message>
        <source>Handwritten cards</source>
        <translation>Cartes manuscrites</translation>
    </message>
    <message>
        <source>Your return address</source>
        <translation>Votre adresse d’expéditeur</translation>
    </message>
    <message>
        <source>Your name
Street and number
City, postcode
Country</source>
        <translation>Votre nom
Numéro et rue
Code postal et ville
Pays</translation>
    </message>
    <message>
        <source>Card template</source>
        <translation>Modèle de carte</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>Adresse d’&amp;expéditeur :</translation>
    </message>
    <message>
        <source>Card &amp;template:</source>
        <translation>&amp;Modèle de carte :</translation>
    </message>
    <message>
        <source>New card drafts start from the template. Placeholders:
%1.
%2 is a ★ line about that interviewer from your debrief.</source>
        <translation>Les nouveaux brouillons de carte partent du modèle. Champs :
%1.
%2 est une ligne ★ sur cet interlocuteur tirée de votre compte rendu.</translation>
    </message>
    <message>
        <source>The card template has an unknown placeholder: %1.</source>
        <translation>Le modèle de carte contient un champ inconnu : %1.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in with {person}</source>
        <translation>Relancer {person}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Check-in draft</source>
        <translation>Brouillon de relance</translation>
    </message>
    <message>
        <source>Suggest check-ins for this interview</source>
        <translation>Proposer des relances pour cet entretien</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Double-click to write your debrief</source>
        <extracomment>Rows that open where the step is done on a double-click (see `open_requested`).</extracomment>
        <translation>Double-cliquez pour rédiger votre compte rendu</translation>
    </message>
    <message>
        <source>Double-click to write the e-mail</source>
        <translation>Double-cliquez pour rédiger l’e-mail</translation>
    </message>
    <message>
        <source>Double-click to write and print the card draft</source>
        <translation>Double-cliquez pour rédiger et imprimer le brouillon de carte</translation>
    </message>
    <message>
        <source>No reply yet: double-click for a short check-in draft</source>
        <translation>Pas encore de réponse : double-cliquez pour un court brouillon de relance</translation>
    </message>
    <message>
        <source>Follow-up checklist</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name. A row double-clicked or Enter pressed: open where that step is done (debrief, e-mail, card).</extracomment>
        <translation>Liste des relances</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Bounced — check {name}&apos;s address</source>
        <translation>Non distribué — vérifiez l’adresse de {name}</translation>
    </message>
    <message>
        <source>Bounced — check the address</source>
        <translation>Non distribué — vérifiez l’adresse</translation>
    </message>
    <message>
        <source>Out of office until {date}</source>
        <translation>Absent jusqu’au {date}</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Replied {when}</source>
        <translation>A répondu {when}</translation>
    </message>
    <message>
        <source>Open the answer in your mail app</source>
        <translation>Ouvrir la réponse dans votre messagerie</translation>
    </message>
    <message>
        <source>No mail app opens message links here; the Message-ID was copied — search for it in your mail app.</source>
        <translation>Aucune messagerie n’ouvre les liens de message ici ; le Message-ID a été copié — recherchez-le dans votre messagerie.</translation>
    </message>
    <message>
        <source>Mailed %1</source>
        <translation>Envoyée %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Tick when the card is mailed. “Draft printed” is set when you print the draft; double-click to open the card.</source>
        <translation>Cochez quand la carte est postée. « Brouillon imprimé » se coche à l’impression ; double-cliquez pour ouvrir la carte.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 est un dossier ; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); nothing was written. Give a file name, or &apos;-&apos; for standard output.</source>
        <translation>%1 n’est pas un fichier ordinaire (périphérique, tube ou socket) ; rien n’a été écrit. Indiquez un nom de fichier, ou « - » pour la sortie standard.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: it is a folder</source>
        <translation>impossible de lire %1 : c’est un dossier</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>impossible de lire %1 : fichier introuvable</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossible d’écrire %1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>impossible d’écrire %1 : le dossier %2 est protégé en écriture</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 n’est pas un fichier texte UTF-8.</translation>
    </message>
    <message>
        <source>--at: %1 is not an ISO 8601 date-time (e.g. 2026-03-01T09:00)</source>
        <translation>--at : %1 n’est pas une date-heure ISO 8601 (p. ex. 2026-03-01T09:00)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>standard output is closed; nothing was exported.</source>
        <translation>la sortie standard est fermée ; rien n’a été exporté.</translation>
    </message>
    <message>
        <source>standard output could not take the export (%1); it is incomplete.</source>
        <translation>la sortie standard n’a pas pu recevoir l’export (%1) ; il est incomplet.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>%1 To accept the new mail settings, run the import again with --replace-settings.</source>
        <translation>%1 Pour accepter les nouveaux réglages de messagerie, relancez l’import avec --replace-settings.</translation>
    </message>
    <message>
        <source>Imported %1 interviews and %2 people.</source>
        <translation>%1 entretiens et %2 personnes importés.</translation>
    </message>
    <message>
        <source>--me: “%1” is not an e-mail address.</source>
        <translation>--me : « %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported; the app&apos;s Import invitation… can leave that event out.</source>
        <translation>%1 Rien n’a été importé ; « Importer une invitation… » dans l’application peut laisser cet événement de côté.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Rien n’est à faire pour l’instant.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3); due %4</source>
        <translation>%1 — %2 (%3) ; échéance %4</translation>
    </message>
    <message>
        <source>%1 (%2); due %3</source>
        <translation>%1 (%2) ; échéance %3</translation>
    </message>
    <message>
        <source>Added %1 sample interviews.</source>
        <translation>%1 entretiens d’exemple ajoutés.</translation>
    </message>
    <message>
        <source>%1 already exists; give the name of a new file.</source>
        <translation>%1 existe déjà ; indiquez le nom d’un nouveau fichier.</translation>
    </message>
    <message>
        <source>the new file must not be the damaged one.</source>
        <translation>le nouveau fichier ne doit pas être le fichier endommagé.</translation>
    </message>
    <message>
        <source>cannot read the backup %1: no such file</source>
        <translation>impossible de lire la sauvegarde %1 : fichier introuvable</translation>
    </message>
    <message>
        <source>Nothing needed from the backup %1.</source>
        <translation>Rien n’a été repris de la sauvegarde %1.</translation>
    </message>
    <message>
        <source>Damaged pages skipped: %1.</source>
        <translation>Pages endommagées ignorées : %1.</translation>
    </message>
    <message>
        <source>Wrote %1. %2 was not changed.</source>
        <translation>%1 écrit. %2 n’a pas été modifié.</translation>
    </message>
    <message>
        <source>No notes, people or companies match “%1”.</source>
        <translation>Aucune note, personne ou entreprise ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Showing the %1 most recent matches — add words to narrow.</source>
        <translation>Les %1 résultats les plus récents – ajoutez des mots pour affiner.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Non distribué</translation>
    </message>
    <message>
        <source>Filed in Sent</source>
        <translation>Classé dans Envoyés</translation>
    </message>
    <message>
        <source>mail check failed (%1): %2</source>
        <translation>échec de la vérification du courrier (%1) : %2</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>set %1 first (finish-strong settings set KEY VALUE).</source>
        <translation>définissez d’abord %1 (finish-strong settings set CLÉ VALEUR).</translation>
    </message>
    <message>
        <source>the keyring cannot be used (%1).</source>
        <translation>le trousseau ne peut pas être utilisé (%1).</translation>
    </message>
    <message>
        <source>Forgot the %1 password for %2 at %3.</source>
        <translation>Mot de passe %1 de %2 sur %3 oublié.</translation>
    </message>
    <message>
        <source>no password on standard input; nothing was stored.</source>
        <translation>aucun mot de passe sur l’entrée standard ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>the keyring cannot be used (%1); nothing was stored.</source>
        <translation>le trousseau ne peut pas être utilisé (%1) ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Stored the %1 password for %2 at %3 in the keyring.</source>
        <translation>Mot de passe %1 de %2 sur %3 enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Up: %1 created, %2 updated, %3 deleted.</source>
        <translation>Envoi : %1 créés, %2 modifiés, %3 supprimés.</translation>
    </message>
    <message>
        <source>Down: %1 ticked, %2 moved, %3 put back, %4 adopted.</source>
        <translation>Réception : %1 cochés, %2 déplacés, %3 rétablis, %4 repris.</translation>
    </message>
    <message>
        <source>%1 interview(s) deleted on another computer, in the trash here.</source>
        <translation>%1 entretien(s) supprimé(s) sur un autre ordinateur, dans la corbeille ici.</translation>
    </message>
    <message>
        <source>%1 request(s), %2 write(s); %3 interview(s) still queued.</source>
        <translation>%1 requête(s), %2 écriture(s) ; %3 entretien(s) encore en attente.</translation>
    </message>
    <message>
        <source>sync failed (%1): %2</source>
        <translation>échec de la synchronisation (%1) : %2</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>Thank-you e-mail: %1</source>
        <translation>E-mail de remerciement : %1</translation>
    </message>
    <message>
        <source>No interviewers on this interview. Add them with Edit interview.</source>
        <translation>Aucun interlocuteur pour cet entretien. Ajoutez-les avec « Modifier l’entretien ».</translation>
    </message>
    <message>
        <source>Drafts are saved as you type.</source>
        <translation>Les brouillons sont enregistrés au fil de la saisie.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <source>&amp;Send (Ctrl+Return)</source>
        <translation>&amp;Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Send through your mail account (File &gt; Settings &gt; Mail)</source>
        <translation>Envoyer avec votre compte e-mail (Fichier &gt; Paramètres &gt; E-mail)</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Mar&amp;k as sent</source>
        <translation>Marquer comme en&amp;voyé</translation>
    </message>
    <message>
        <source>You sent it some other way: tick this interviewer&apos;s e-mail step</source>
        <translation>Vous l’avez envoyé autrement : cocher l’étape e-mail de cet interlocuteur</translation>
    </message>
    <message>
        <source>One draft per interviewer, with their talking points and the answers they are owed from your debrief; edit freely.</source>
        <translation>Un brouillon par interlocuteur, avec ses points de discussion et les réponses que vous lui devez d’après votre compte rendu ; modifiez librement.</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Brouillon enregistré à %1.</translation>
    </message>
    <message>
        <source>This interviewer&apos;s e-mail step is done.</source>
        <translation>L’étape e-mail de cet interlocuteur est terminée.</translation>
    </message>
    <message>
        <source>This interview was replaced or removed: nothing was saved here.</source>
        <translation>Cet entretien a été remplacé ou supprimé : rien n’a été enregistré ici.</translation>
    </message>
    <message>
        <source>No mail account is set up: fill in File &gt; Settings &gt; Mail, or use “Open in mail app”.</source>
        <translation>Aucun compte e-mail n’est configuré : renseignez Fichier &gt; Paramètres &gt; E-mail, ou utilisez « Ouvrir dans la messagerie ».</translation>
    </message>
    <message>
        <source>Add %1&apos;s e-mail address in “To”.</source>
        <translation>Ajoutez l’adresse e-mail de %1 dans « À ».</translation>
    </message>
    <message>
        <source>You already sent this thank-you %1 to %2.

Send it again?</source>
        <translation>Vous avez déjà envoyé ce remerciement %1 à %2.

L’envoyer à nouveau ?</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Déjà envoyé</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Envoyer à nouveau</translation>
    </message>
    <message>
        <source>The interview is %1 — send the thank-you now?</source>
        <translation>L’entretien a lieu %1 — envoyer le remerciement maintenant ?</translation>
    </message>
    <message>
        <source>The interview ends %1 — send the thank-you now?</source>
        <translation>L’entretien se termine %1 — envoyer le remerciement maintenant ?</translation>
    </message>
    <message>
        <source>Before the interview</source>
        <translation>Avant l’entretien</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Before you send</source>
        <translation>Avant l’envoi</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>À vérifier :</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mot de passe e-mail</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2 :</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Refusé : %1.</translation>
    </message>
    <message>
        <source>Sent to %1. %2&apos;s e-mail step is done.</source>
        <translation>Envoyé à %1. L’étape e-mail de %2 est terminée.</translation>
    </message>
    <message>
        <source>Perhaps sent — %1 Your draft is kept and the step stays open.</source>
        <translation>Peut-être envoyé — %1 Votre brouillon est conservé et l’étape reste ouverte.</translation>
    </message>
    <message>
        <source>Not sent — %1 Your draft is kept and the step stays open.</source>
        <translation>Non envoyé — %1 Votre brouillon est conservé et l’étape reste ouverte.</translation>
    </message>
    <message>
        <source>Sent, but this interview was replaced meanwhile: the send was not recorded.</source>
        <translation>Envoyé, mais cet entretien a été remplacé entre-temps : l’envoi n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>your mail app</source>
        <translation>votre messagerie</translation>
    </message>
    <message>
        <source>the draft file %1</source>
        <translation>le fichier brouillon %1</translation>
    </message>
    <message>
        <source>Opened in %1. Once you have sent it, click “Mark as sent”.</source>
        <translation>Ouvert dans %1. Une fois l’e-mail envoyé, cliquez sur « Marquer comme envoyé ».</translation>
    </message>
    <message>
        <source>Could not open %1. Use “Copy to clipboard” and paste it into your mail.</source>
        <translation>Impossible d’ouvrir %1. Utilisez « Copier dans le presse-papiers » et collez le texte dans votre e-mail.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Subject and text copied. Once you have sent it, click “Mark as sent”.</source>
        <translation>Objet et texte copiés. Une fois l’e-mail envoyé, cliquez sur « Marquer comme envoyé ».</translation>
    </message>
    <message>
        <source>Marked as sent: %1&apos;s e-mail step is done.</source>
        <translation>Marqué comme envoyé : l’étape e-mail de %1 est terminée.</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <translation>Envoyé %1 à %2</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyé %1</translation>
    </message>
    <message>
        <source>Marked as sent %1 (to %2)</source>
        <translation>Marqué comme envoyé %1 (à %2)</translation>
    </message>
    <message>
        <source>Marked as sent %1</source>
        <translation>Marqué comme envoyé %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1: unexpected error</source>
        <translation>%1 : erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside Finish Strong. Your data were left as they were before the failed step; you can keep working, or restart the app to be safe.

The details are also in the log folder %1. They hold no note text and no password, so you can attach them to a bug report.</source>
        <translation>Un problème est survenu dans Finish Strong. Vos données sont restées telles qu’avant l’étape qui a échoué ; vous pouvez continuer à travailler, ou redémarrer l’application par précaution.

Les détails se trouvent aussi dans le dossier de journaux %1. Ils ne contiennent ni notes ni mot de passe : vous pouvez les joindre à un rapport de bogue.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy the error details to the clipboard</source>
        <translation>Copier les détails de l’erreur dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <source>Finish Strong export (*.json);;All files (*)</source>
        <translation>Export Finish Strong (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
</context>
<context>
    <name>DateTimeEntry</name>
    <message>
        <source>Type the date and time as you write them ({0}), as ISO (2026-12-01 14:00), or with a short time such as 2pm, 2:30 pm or 14.30.</source>
        <translation>Saisissez la date et l’heure comme vous les écrivez ({0}), au format ISO (2026-12-01 14:00) ou avec une heure courte comme 14h, 14h30 ou 14.30.</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>{0} problem</source>
        <translation>Problème : {0}</translation>
    </message>
</context>
<context>
    <name>DayAgenda</name>
    <message>
        <source>Interview: %1</source>
        <translation>Entretien : %1</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 à faire</translation>
    </message>
    <message>
        <source>Day agenda</source>
        <translation>Agenda du jour</translation>
    </message>
    <message>
        <source>Nothing on this day.</source>
        <translation>Rien ce jour-là.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>DebriefWindow</name>
    <message>
        <source>Debrief: %1</source>
        <extracomment>A very long section is re-indexed for search this long after the last autosave. The plan changed (a referral added or removed, the notes step ticked). Emitted once everything is saved and the window is going away.</extracomment>
        <translation>Compte rendu : %1</translation>
    </message>
    <message>
        <source>All changes are saved as you type.</source>
        <translation>Toutes les modifications sont enregistrées au fil de la saisie.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>&amp;Interlocuteurs</translation>
    </message>
    <message>
        <source>Open &amp;questions (%1)</source>
        <translation>&amp;Questions en suspens (%1)</translation>
    </message>
    <message>
        <source>&amp;Referrals (%1)</source>
        <translation>&amp;Recommandations (%1)</translation>
    </message>
    <message>
        <source>Talking &amp;points</source>
        <translation>&amp;Points de discussion</translation>
    </message>
    <message>
        <source>Earlier rounds</source>
        <translation>Tours précédents</translation>
    </message>
    <message>
        <source>&amp;Earlier rounds at %1 (%2)</source>
        <translation>Tours &amp;précédents chez %1 (%2)</translation>
    </message>
    <message>
        <source>★ Talking point (%1)</source>
        <translation>★ Point de discussion (%1)</translation>
    </message>
    <message>
        <source>Flag the current line to mention in the thank-you</source>
        <translation>Marquer la ligne courante pour la mentionner dans le remerciement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No interviewers on this interview. Add them with Edit interview.</source>
        <translation>Aucun interlocuteur pour cet entretien. Ajoutez-les avec « Modifier l’entretien ».</translation>
    </message>
    <message>
        <source>What you talked about with %1</source>
        <translation>Ce dont vous avez parlé avec %1</translation>
    </message>
    <message>
        <source>Topics, their questions, anything to mention in your thank-you</source>
        <translation>Sujets, ses questions, tout ce qui mérite d’être mentionné dans votre remerciement</translation>
    </message>
    <message>
        <source>Personal things about %1</source>
        <translation>Éléments personnels sur %1</translation>
    </message>
    <message>
        <source>Hobbies, pet peeves, shared interests — kept for your next meeting</source>
        <translation>Loisirs, agacements, intérêts communs — conservés pour la prochaine rencontre</translation>
    </message>
    <message>
        <source>What you talked about:</source>
        <translation>Ce dont vous avez parlé :</translation>
    </message>
    <message>
        <source>Personal (kept on %1 for every interview):</source>
        <translation>Personnel (conservé sur %1 pour chaque entretien) :</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>Not saved yet %1 Your text is still here; retrying.</source>
        <translation>Pas encore enregistré %1 Votre texte est toujours là ; nouvel essai en cours.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Talking &amp;points (%1)</source>
        <translation>&amp;Points de discussion (%1)</translation>
    </message>
    <message>
        <source>✓ Notes step done</source>
        <translation>✓ Étape des notes faite</translation>
    </message>
    <message>
        <source>Notes &amp;done (Ctrl+Return)</source>
        <translation>Notes &amp;terminées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Ticks step 1 of the plan; untick it in the checklist to reopen.</source>
        <translation>Coche l’étape 1 du plan ; décochez-la dans la liste pour la rouvrir.</translation>
    </message>
    <message>
        <source>Notes saved — step 1 is done. Next: the thank-you e-mail.</source>
        <translation>Notes enregistrées — l’étape 1 est faite. Ensuite : l’e-mail de remerciement.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Debrief…</source>
        <translation>Compte rendu…</translation>
    </message>
    <message>
        <source>Step 1: your notes, talking points, open questions and referrals (Ctrl+D)</source>
        <translation>Étape 1 : vos notes, points de discussion, questions en suspens et recommandations (Ctrl+D)</translation>
    </message>
    <message>
        <source>Follow-up plan:</source>
        <extracomment>The reply radar&apos;s answers: who wrote, when, the subject and first line (plain text).</extracomment>
        <translation>Plan de relances :</translation>
    </message>
    <message>
        <source>your time (%1–%2 in %3)</source>
        <translation>votre heure (%1–%2 à %3)</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>{person} replied {when}: “{subject}”</source>
        <translation>{person} a répondu {when} : « {subject} »</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Write your notes</source>
        <translation>Rédiger vos notes</translation>
    </message>
    <message>
        <source>Send a thank-you e-mail</source>
        <translation>Envoyer un e-mail de remerciement</translation>
    </message>
    <message>
        <source>Mail a handwritten note</source>
        <translation>Envoyer une carte manuscrite</translation>
    </message>
    <message>
        <source>Contact the referral</source>
        <translation>Contacter la personne recommandée</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Entretien téléphonique</translation>
    </message>
    <message>
        <source>Recruiter call</source>
        <translation>Appel avec le recruteur</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Take-home review</source>
        <translation>Revue du cas pratique</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Dernier tour</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Whole face</source>
        <translation>Recto entier</translation>
    </message>
    <message>
        <source>Lower half (top fold)</source>
        <translation>Moitié basse (pli en haut)</translation>
    </message>
    <message>
        <source>Upper half</source>
        <translation>Moitié haute</translation>
    </message>
    <message>
        <source>Right half (side fold)</source>
        <translation>Moitié droite (pli latéral)</translation>
    </message>
    <message>
        <source>Left half</source>
        <translation>Moitié gauche</translation>
    </message>
    <message>
        <source>Folded note 4¼×5½ in (A2 envelope)</source>
        <translation>Carte pliée 4¼×5½ po (enveloppe A2)</translation>
    </message>
    <message>
        <source>3½×5 in (A1 envelope)</source>
        <translation>3½×5 po (enveloppe A1)</translation>
    </message>
    <message>
        <source>5×7 in (A7 envelope)</source>
        <translation>5×7 po (enveloppe A7)</translation>
    </message>
    <message>
        <source>4×6 in (A6 envelope)</source>
        <translation>4×6 po (enveloppe A6)</translation>
    </message>
    <message>
        <source>ISO A6 105×148 mm (C6 envelope)</source>
        <translation>A6 105×148 mm (enveloppe C6)</translation>
    </message>
    <message>
        <source>#10 4⅛×9½ in</source>
        <translation>#10 4⅛×9½ po</translation>
    </message>
    <message>
        <source>A1 3⅝×5⅛ in</source>
        <translation>A1 3⅝×5⅛ po</translation>
    </message>
    <message>
        <source>A2 4⅜×5¾ in</source>
        <translation>A2 4⅜×5¾ po</translation>
    </message>
    <message>
        <source>A6 4¾×6½ in</source>
        <translation>A6 4¾×6½ po</translation>
    </message>
    <message>
        <source>A7 5¼×7¼ in</source>
        <translation>A7 5¼×7¼ po</translation>
    </message>
    <message>
        <source>C6 114×162 mm</source>
        <translation>C6 114×162 mm</translation>
    </message>
    <message>
        <source>DL 110×220 mm</source>
        <translation>DL 110×220 mm</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>ISO A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Observations and impressions</source>
        <translation>Observations et impressions</translation>
    </message>
    <message>
        <source>How did it go? What stood out about the team, the office, the mood?</source>
        <translation>Comment cela s’est-il passé ? Qu’avez-vous remarqué sur l’équipe, les locaux, l’ambiance ?</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Sujets abordés</translation>
    </message>
    <message>
        <source>Questions asked, projects described, your answers worth repeating.</source>
        <translation>Questions posées, projets décrits, vos réponses à reprendre.</translation>
    </message>
    <message>
        <source>The company&apos;s recent projects</source>
        <translation>Projets récents de l’entreprise</translation>
    </message>
    <message>
        <source>Launches, migrations, acquisitions they mentioned.</source>
        <translation>Lancements, migrations, acquisitions évoqués.</translation>
    </message>
    <message>
        <source>Professional organizations</source>
        <translation>Organisations professionnelles</translation>
    </message>
    <message>
        <source>Associations or groups they belong to or recommended.</source>
        <translation>Associations ou groupes dont ils font partie ou qu’ils recommandent.</translation>
    </message>
    <message>
        <source>Industry events</source>
        <translation>Événements du secteur</translation>
    </message>
    <message>
        <source>Meet-ups, trade shows, awards.</source>
        <translation>Meet-ups, salons, prix.</translation>
    </message>
    <message>
        <source>Upcoming conferences</source>
        <translation>Conférences à venir</translation>
    </message>
    <message>
        <source>Where they will be, and when.</source>
        <translation>Où ils seront, et quand.</translation>
    </message>
    <message>
        <source>Company-wide meetings</source>
        <translation>Réunions de toute l’entreprise</translation>
    </message>
    <message>
        <source>All-hands, offsites, planning cycles.</source>
        <translation>Réunions plénières, séminaires, cycles de planification.</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Whatever else you want to remember.</source>
        <translation>Tout ce que vous voulez retenir d’autre.</translation>
    </message>
    <message>
        <source>The referral is empty.</source>
        <extracomment>(key, title, hint) in the order the article lists them. Generous: a pasted 1 MB document must fit; far beyond that is a mistake, not notes. Measured (make bench, docs/PERFORMANCE.md): at this size a keystroke stays under 20 ms and an autosave well under 0.1 s; at 5 MB each autosave stalled typing for ~250–350 ms. The cap holds in the editor (a longer paste is refused, with the reason) and in imports alike. person id -&gt; what you talked about with them in this interview referral_problems(): a fixed sentence, translated by its text in the context &quot;DomainText&quot;</extracomment>
        <translation>La recommandation est vide.</translation>
    </message>
    <message>
        <source>The notes reminder comes after its deadline.</source>
        <extracomment>PlanRules.problems(): fixed sentences, translated by their text in the context &quot;DomainText&quot; (ui/shared/domain_words.py `domain_text`; the CLI and the JSON import through domain/words.py).</extracomment>
        <translation>Le rappel des notes arrive après son échéance.</translation>
    </message>
    <message>
        <source>The thank-you e-mail reminder comes after its deadline.</source>
        <translation>Le rappel de l’e-mail de remerciement arrive après son échéance.</translation>
    </message>
    <message>
        <source>The handwritten note reminder comes after its deadline.</source>
        <translation>Le rappel de la carte manuscrite arrive après son échéance.</translation>
    </message>
    <message>
        <source>The referral reminder comes after its deadline.</source>
        <translation>Le rappel de la recommandation arrive après son échéance.</translation>
    </message>
</context>
<context>
    <name>DraftCheckerPanel</name>
    <message>
        <source>Draft check</source>
        <extracomment>Typing pauses this long before the draft is checked again (the checks are cheap, the list redraw is not).</extracomment>
        <translation>Vérification du brouillon</translation>
    </message>
    <message>
        <source>Click a finding to select the spot in the text</source>
        <translation>Cliquez sur une remarque pour sélectionner le passage dans le texte</translation>
    </message>
    <message>
        <source>Draft check: nothing to fix</source>
        <translation>Vérification du brouillon : rien à corriger</translation>
    </message>
    <message>
        <source>Name, company and role as on the interview, a specific point, the answers owed, no one else&apos;s notes, no stock filler, a good length.</source>
        <translation>Nom, entreprise et poste comme pour l’entretien, un point précis, les réponses dues, pas les notes d’autres personnes, pas de formules toutes faites, une bonne longueur.</translation>
    </message>
    <message numerus="yes">
        <source>Draft check: %n to look at</source>
        <translation>
            <numerusform>Vérification du brouillon : %n point à revoir</numerusform>
            <numerusform>Vérification du brouillon : %n points à revoir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>To (%1)</source>
        <translation>À (%1)</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>nom@entreprise.example</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Re&amp;fill from template</source>
        <translation>Re&amp;remplir depuis le modèle</translation>
    </message>
    <message>
        <source>Replace the subject and text with the chosen template, filled in again</source>
        <translation>Remplacer l’objet et le texte par le modèle choisi, rempli à nouveau</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation>Texte de l’e-mail</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1.</source>
        <translation>Pas une adresse e-mail : %1.</translation>
    </message>
</context>
<context>
    <name>EarlierRounds</name>
    <message>
        <source>No earlier rounds at this company.</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation>Aucun tour précédent dans cette entreprise.</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>Talking points:</source>
        <translation>Points de discussion :</translation>
    </message>
    <message>
        <source>Open questions:</source>
        <translation>Questions en suspens :</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>With %1:</source>
        <translation>Avec %1 :</translation>
    </message>
</context>
<context>
    <name>EditorRegistry</name>
    <message>
        <source>A window was closed: what it showed was replaced or removed.</source>
        <extracomment>Whether the window can be built again in place; a dialog that belongs to another editor cannot. A window was closed or rebuilt because its data were replaced or removed (for the status bar).</extracomment>
        <translation>Une fenêtre a été fermée : son contenu a été remplacé ou supprimé.</translation>
    </message>
    <message>
        <source>A window was reloaded with the data now stored.</source>
        <translation>Une fenêtre a été rechargée avec les données désormais enregistrées.</translation>
    </message>
</context>
<context>
    <name>EnvelopeDialog</name>
    <message>
        <source>Envelope for %1</source>
        <translation>Enveloppe pour %1</translation>
    </message>
    <message>
        <source>Envelope size</source>
        <translation>Format de l’enveloppe</translation>
    </message>
    <message>
        <source>Recipient&apos;s postal address</source>
        <translation>Adresse postale du destinataire</translation>
    </message>
    <message>
        <source>Company
Street and number
City, postcode
Country</source>
        <translation>Entreprise
Numéro et rue
Code postal et ville
Pays</translation>
    </message>
    <message>
        <source>Your return address</source>
        <translation>Votre adresse d’expéditeur</translation>
    </message>
    <message>
        <source>Your name
Street and number
City, postcode</source>
        <translation>Votre nom
Numéro et rue
Code postal et ville</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Enveloppe :</translation>
    </message>
    <message>
        <source>&amp;To %1:</source>
        <translation>&amp;À %1 :</translation>
    </message>
    <message>
        <source>&amp;From (you):</source>
        <translation>&amp;De (vous) :</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Envelope — %1</source>
        <translation>Enveloppe — %1</translation>
    </message>
    <message>
        <source>The name goes above the address. What you type here is kept: theirs on their profile, yours in Settings → Cards.</source>
        <translation>Le nom figure au-dessus de l’adresse. Ce que vous saisissez ici est conservé : la sienne sur sa fiche, la vôtre dans Paramètres → Cartes.</translation>
    </message>
    <message>
        <source>The interviewer</source>
        <translation>L’interlocuteur</translation>
    </message>
    <message>
        <source>%1 has no postal address yet.</source>
        <translation>%1 n’a pas encore d’adresse postale.</translation>
    </message>
    <message>
        <source>Your return address is missing (Settings → Cards).</source>
        <translation>Votre adresse d’expéditeur manque (Paramètres → Cartes).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data file is busy: another program (perhaps a command-line import, or a second Finish Strong on the same folder) is writing to it. Nothing was lost; try again in a moment, and close the other program if it keeps happening.</source>
        <translation>Le fichier de données est occupé : un autre programme (peut-être un import en ligne de commande, ou un second Finish Strong sur le même dossier) y écrit. Rien n’est perdu ; réessayez dans un instant, et fermez l’autre programme si cela se reproduit.</translation>
    </message>
    <message>
        <source>The disk holding your data is full, so the change could not be saved. Nothing was lost: free some space (empty the trash, delete large files) and try again.</source>
        <translation>Le disque contenant vos données est plein : la modification n’a pas pu être enregistrée. Rien n’est perdu : libérez de la place (videz la corbeille, supprimez de gros fichiers) et réessayez.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to (it is read-only, or belongs to another user). Nothing was changed. Make the folder writable for your user, or start Finish Strong with --data-dir pointing to a folder you can write to.</source>
        <translation>Impossible d’écrire dans le dossier de données (il est en lecture seule ou appartient à un autre utilisateur). Rien n’a été modifié. Rendez-le accessible en écriture, ou lancez Finish Strong avec --data-dir vers un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>— the disk is full: free some space.</source>
        <translation>— le disque est plein : libérez de la place.</translation>
    </message>
    <message>
        <source>— the data folder cannot be written to: make it writable.</source>
        <translation>— impossible d’écrire dans le dossier de données : rendez-le accessible en écriture.</translation>
    </message>
    <message>
        <source>— another program is writing to the data file.</source>
        <translation>— un autre programme écrit dans le fichier de données.</translation>
    </message>
    <message>
        <source>Finish Strong could not save the change (%1). Nothing was lost; try again.</source>
        <translation>Finish Strong n’a pas pu enregistrer la modification (%1). Rien n’est perdu ; réessayez.</translation>
    </message>
    <message>
        <source>The data file is locked by another program (perhaps a command-line import). Wait for it to finish, or close it, then start Finish Strong again.</source>
        <translation>Le fichier de données est verrouillé par un autre programme (peut-être un import en ligne de commande). Attendez qu’il se termine ou fermez-le, puis relancez Finish Strong.</translation>
    </message>
    <message>
        <source>The disk holding your data is full, so Finish Strong cannot start. Free some space and start again.</source>
        <translation>Le disque contenant vos données est plein : Finish Strong ne peut pas démarrer. Libérez de la place et relancez.</translation>
    </message>
    <message>
        <source>Finish Strong cannot write to its data folder (it is read-only, or belongs to another user). Make it writable for your user, or start Finish Strong with --data-dir pointing to a folder you can write to. Nothing was changed.</source>
        <translation>Finish Strong ne peut pas écrire dans son dossier de données (il est en lecture seule ou appartient à un autre utilisateur). Rendez-le accessible en écriture, ou lancez Finish Strong avec --data-dir vers un dossier où vous pouvez écrire. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Finish Strong cannot open its data (%1). Nothing was changed.</source>
        <translation>Finish Strong ne peut pas ouvrir ses données (%1). Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>EventBox</name>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Update of an interview you imported</source>
        <translation>Mise à jour d’un entretien importé</translation>
    </message>
    <message>
        <source>Cancelled by the organizer</source>
        <translation>Annulé par l’organisateur</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>your time (%1–%2 in %3)</source>
        <translation>votre heure (%1–%2 à %3)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>Untick to leave this event out of the import.</source>
        <translation>Décochez pour exclure cet événement de l’import.</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>Invitation :</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Company of event %1</source>
        <translation>Entreprise de l’événement %1</translation>
    </message>
    <message>
        <source>Role of event %1</source>
        <translation>Poste de l’événement %1</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation>Entretien :</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(pas d’entreprise)</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Interviewers:</source>
        <translation>Interlocuteurs :</translation>
    </message>
    <message>
        <source>none listed (add them later)</source>
        <translation>aucun indiqué (ajoutez-les plus tard)</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>It will be marked withdrawn.</source>
        <translation>Il sera marqué comme retiré.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Ignoré : %1.</translation>
    </message>
    <message>
        <source>The invitation has no title: enter the company.</source>
        <translation>L’invitation n’a pas de titre : saisissez l’entreprise.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Enter the interviewer&apos;s name.</source>
        <extracomment>Interviewers per interview: a panel is a handful; thousands (a mailing list in an invitation) would make every view of the interview slow. Invitations keep the first ones (invitation.py).</extracomment>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Choose the form of address from the list.</source>
        <translation>Choisissez la civilité dans la liste.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Saisissez le nom de l’entreprise.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>« %1 » n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>The start and end need a time zone.</source>
        <translation>Le début et la fin doivent avoir un fuseau horaire.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks go forward then.</source>
        <translation>%1 n’existe pas le %2 à %3 : on avance l’heure ce jour-là.</translation>
    </message>
    <message>
        <source>The interview must end after it starts.</source>
        <translation>L’entretien doit se terminer après son début.</translation>
    </message>
    <message>
        <source>An interview cannot last more than 7 days.</source>
        <translation>Un entretien ne peut pas durer plus de 7 jours.</translation>
    </message>
    <message>
        <source>%1 interviewers is too many: at most %2 per interview.</source>
        <translation>%1 interlocuteurs, c’est trop : %2 au maximum par entretien.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; at most %2).</source>
        <extracomment>&quot;%1 characters&quot; over the limit %2, per field</extracomment>
        <translation>Le nom est trop long (%1 caractères ; %2 au maximum).</translation>
    </message>
    <message>
        <source>The title is too long (%1 characters; at most %2).</source>
        <translation>La fonction est trop longue (%1 caractères ; %2 au maximum).</translation>
    </message>
    <message>
        <source>The e-mail address is too long (%1 characters; at most %2).</source>
        <translation>L’adresse e-mail est trop longue (%1 caractères ; %2 au maximum).</translation>
    </message>
    <message>
        <source>The address is too long (%1 characters; at most %2).</source>
        <translation>L’adresse est trop longue (%1 caractères ; %2 au maximum).</translation>
    </message>
    <message>
        <source>The company name is too long (%1 characters; at most %2).</source>
        <translation>Le nom de l’entreprise est trop long (%1 caractères ; %2 au maximum).</translation>
    </message>
    <message>
        <source>The role is too long (%1 characters; at most %2).</source>
        <translation>Le poste est trop long (%1 caractères ; %2 au maximum).</translation>
    </message>
    <message>
        <source>The round is too long (%1 characters; at most %2).</source>
        <translation>Le tour est trop long (%1 caractères ; %2 au maximum).</translation>
    </message>
    <message>
        <source>The location is too long (%1 characters; at most %2).</source>
        <translation>Le lieu est trop long (%1 caractères ; %2 au maximum).</translation>
    </message>
</context>
<context>
    <name>FindingWords</name>
    <message>
        <source>“%1” is not how %2 writes the name.</source>
        <extracomment>key: (message, fix), with %1, %2… the finding&apos;s args in order.</extracomment>
        <translation>« %1 » : ce n’est pas ainsi que %2 écrit son nom.</translation>
    </message>
    <message>
        <source>Write “%3”.</source>
        <translation>Écrivez « %3 ».</translation>
    </message>
    <message>
        <source>The draft does not name %1.</source>
        <translation>Le brouillon ne nomme pas %1.</translation>
    </message>
    <message>
        <source>Greet them by name: “Dear %2,”.</source>
        <translation>Saluez la personne par son nom : « Bonjour %2, ».</translation>
    </message>
    <message>
        <source>“%1” differs from the company on the interview.</source>
        <translation>« %1 » diffère de l’entreprise de l’entretien.</translation>
    </message>
    <message>
        <source>Write “%2”.</source>
        <translation>Écrivez « %2 ».</translation>
    </message>
    <message>
        <source>“%1” differs from the role on the interview.</source>
        <translation>« %1 » diffère du poste de l’entretien.</translation>
    </message>
    <message>
        <source>The draft does not mention the company, %1.</source>
        <translation>Le brouillon ne mentionne pas l’entreprise, %1.</translation>
    </message>
    <message>
        <source>Name it, e.g. “the %2 position at %3”.</source>
        <translation>Citez-le, p. ex. « le poste de %2 chez %3 ».</translation>
    </message>
    <message>
        <source>The draft does not mention the role, %1.</source>
        <translation>Le brouillon ne mentionne pas le poste, %1.</translation>
    </message>
    <message>
        <source>No specific point from the interview is mentioned.</source>
        <translation>Aucun point précis de l’entretien n’est mentionné.</translation>
    </message>
    <message>
        <source>Mention one, e.g. “%1”.</source>
        <translation>Mentionnez-en un, p. ex. « %1 ».</translation>
    </message>
    <message>
        <source>Flag a line with ★ in the debrief, or write one thing you talked about.</source>
        <translation>Marquez une ligne avec ★ dans le compte rendu, ou écrivez un sujet dont vous avez parlé.</translation>
    </message>
    <message>
        <source>Your answer to “%1” is not in the draft.</source>
        <translation>Votre réponse à « %1 » n’est pas dans le brouillon.</translation>
    </message>
    <message>
        <source>Add it: “%2”.</source>
        <translation>Ajoutez-la : « %2 ».</translation>
    </message>
    <message>
        <source>“%1” is still open and has no answer yet.</source>
        <translation>« %1 » est encore ouverte et n’a pas de réponse.</translation>
    </message>
    <message>
        <source>Write the answer in the debrief&apos;s open questions, or tick “Answered in the interview”.</source>
        <translation>Écrivez la réponse dans les questions en suspens du compte rendu, ou cochez « Répondu pendant l’entretien ».</translation>
    </message>
    <message>
        <source>This comes from your notes on %1.</source>
        <translation>Ceci vient de vos notes sur %1.</translation>
    </message>
    <message>
        <source>Remove it: interviewers compare notes, and it was not said to this person.</source>
        <translation>Retirez-le : les interlocuteurs comparent leurs notes, et cela n’a pas été dit à cette personne.</translation>
    </message>
    <message>
        <source>“%1” talks about someone in the third person.</source>
        <translation>« %1 » parle de quelqu’un à la troisième personne.</translation>
    </message>
    <message>
        <source>Write to the reader as “you” (“you mentioned…”).</source>
        <translation>Adressez-vous au lecteur avec « vous » (« vous avez mentionné… »).</translation>
    </message>
    <message>
        <source>“%1” speaks of %2 in a letter to %2.</source>
        <translation>« %1 » parle de %2 dans une lettre à %2.</translation>
    </message>
    <message>
        <source>Write “you” instead.</source>
        <translation>Écrivez « vous » à la place.</translation>
    </message>
    <message>
        <source>“%1” is stock filler.</source>
        <translation>« %1 » est une formule toute faite.</translation>
    </message>
    <message>
        <source>Cut it, or say the specific thing instead.</source>
        <translation>Supprimez-la, ou dites plutôt la chose précise.</translation>
    </message>
    <message>
        <source>%1 words is short for an e-mail (about %2–%3).</source>
        <translation>%1 mots, c’est court pour un e-mail (environ %2 à %3).</translation>
    </message>
    <message>
        <source>Add a sentence about something specific you talked about.</source>
        <translation>Ajoutez une phrase sur un sujet précis dont vous avez parlé.</translation>
    </message>
    <message>
        <source>%1 words is short for a card (about %2–%3).</source>
        <translation>%1 mots, c’est court pour une carte (environ %2 à %3).</translation>
    </message>
    <message>
        <source>%1 words is long for an e-mail (about %2–%3).</source>
        <translation>%1 mots, c’est long pour un e-mail (environ %2 à %3).</translation>
    </message>
    <message>
        <source>Cut what the reader already knows.</source>
        <translation>Supprimez ce que le lecteur sait déjà.</translation>
    </message>
    <message>
        <source>%1 words is long for a card (about %2–%3).</source>
        <translation>%1 mots, c’est long pour une carte (environ %2 à %3).</translation>
    </message>
    <message>
        <source>%1: the last lines will not be on the card.</source>
        <translation>%1 : les dernières lignes ne seront pas sur la carte.</translation>
    </message>
    <message>
        <source>Shorten it, or pick a larger card or closer lines.</source>
        <translation>Raccourcissez le texte, ou choisissez une carte plus grande ou un interligne plus serré.</translation>
    </message>
    <message>
        <source>“%1” is a placeholder left in the text.</source>
        <translation>« %1 » est un champ resté dans le texte.</translation>
    </message>
    <message>
        <source>Replace it with the words it stands for.</source>
        <translation>Remplacez-le par les mots qu’il représente.</translation>
    </message>
    <message>
        <source>Send it today all the same: late and specific beats never.</source>
        <translation>Envoyez-le quand même aujourd’hui : tard et précis vaut mieux que jamais.</translation>
    </message>
    <message numerus="yes">
        <source>This is %n minute past its due time.</source>
        <translation>
            <numerusform>L’échéance est dépassée de %n minute.</numerusform>
            <numerusform>L’échéance est dépassée de %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is %n minutes past its due time.</source>
        <translation>
            <numerusform>L’échéance est dépassée de %n minute.</numerusform>
            <numerusform>L’échéance est dépassée de %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is %n hour past its due time.</source>
        <translation>
            <numerusform>L’échéance est dépassée de %n heure.</numerusform>
            <numerusform>L’échéance est dépassée de %n heures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is %n hours past its due time.</source>
        <translation>
            <numerusform>L’échéance est dépassée de %n heure.</numerusform>
            <numerusform>L’échéance est dépassée de %n heures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is %n days past its due time.</source>
        <translation>
            <numerusform>L’échéance est dépassée de %n jour.</numerusform>
            <numerusform>L’échéance est dépassée de %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today at %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
</context>
<context>
    <name>ImapSettingsBox</name>
    <message>
        <source>Replies (IMAP)</source>
        <translation>Réponses (IMAP)</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.exemple.fr</translation>
    </message>
    <message>
        <source>Empty: no copies in Sent and no reply radar</source>
        <translation>Vide : pas de copie dans Envoyés et pas de radar des réponses</translation>
    </message>
    <message>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>Use the SMTP &amp;login (user name and password)</source>
        <translation>Utiliser l’&amp;identifiant SMTP (nom d’utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>kept in your keyring</source>
        <translation>conservé dans votre trousseau</translation>
    </message>
    <message>
        <source>only for company servers with their own certificate authority</source>
        <translation>uniquement pour les serveurs d’entreprise avec leur propre autorité de certification</translation>
    </message>
    <message>
        <source>automatic: the server&apos;s Sent folder</source>
        <translation>automatique : le dossier Envoyés du serveur</translation>
    </message>
    <message>
        <source>optional: a folder besides INBOX</source>
        <translation>facultatif : un dossier en plus de la boîte de réception</translation>
    </message>
    <message>
        <source>Empty: the folder the server flags as Sent, else one named Sent, Sent Items or Sent Messages</source>
        <translation>Vide : le dossier que le serveur désigne comme Envoyés, sinon un dossier nommé Sent, Sent Items ou Sent Messages</translation>
    </message>
    <message>
        <source>A folder watched for replies besides INBOX, e.g. where a filter files mail from recruiters</source>
        <translation>Un dossier surveillé en plus de la boîte de réception, p. ex. celui où un filtre range les e-mails des recruteurs</translation>
    </message>
    <message>
        <source>Suggest a check-in when no reply came after</source>
        <translation>Proposer une relance sans réponse après</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>Sécurité IMAP</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Nom d’utilisateur IMAP</translation>
    </message>
    <message>
        <source>IMAP password</source>
        <translation>Mot de passe IMAP</translation>
    </message>
    <message>
        <source>IMAP CA file</source>
        <translation>Fichier CA IMAP</translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation>Dossier Envoyés</translation>
    </message>
    <message>
        <source>Also watch</source>
        <translation>Surveiller aussi</translation>
    </message>
    <message>
        <source>Days before the check-in</source>
        <translation>Jours avant la relance</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>Files sent thank-yous in Sent and looks for replies now</source>
        <translation>Range les remerciements envoyés dans Envoyés et cherche les réponses maintenant</translation>
    </message>
    <message>
        <source>Checking for replies</source>
        <translation>Recherche des réponses</translation>
    </message>
    <message>
        <source>Checked after start-up and every 15 minutes while Finish Strong runs.</source>
        <translation>Vérifié après le démarrage puis toutes les 15 minutes tant que Finish Strong tourne.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier CA :</translation>
    </message>
    <message>
        <source>Sent folder:</source>
        <translation>Dossier Envoyés :</translation>
    </message>
    <message>
        <source>Also watch:</source>
        <translation>Surveiller aussi :</translation>
    </message>
    <message>
        <source>Every thank-you sent through Finish Strong is filed once in your Sent folder. New mail in INBOX is matched to what you sent: only the headers and first lines of answers are read and kept; auto-replies and bounces are told apart. The password stays in your system&apos;s keyring.</source>
        <translation>Chaque remerciement envoyé via Finish Strong est rangé une fois dans votre dossier Envoyés. Les nouveaux e-mails de la boîte de réception sont rapprochés de vos envois : seuls les en-têtes et les premières lignes des réponses sont lus et conservés ; réponses automatiques et non-distributions sont reconnues. Le mot de passe reste dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier de l’autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add the IMAP user name, or tick “Use the SMTP login”.</source>
        <translation>Ajoutez le nom d’utilisateur IMAP, ou cochez « Utiliser l’identifiant SMTP ».</translation>
    </message>
    <message>
        <source>Fill in the IMAP server first.</source>
        <translation>Renseignez d’abord le serveur IMAP.</translation>
    </message>
    <message>
        <source>Type the user name and password first (or those of the SMTP account).</source>
        <translation>Saisissez d’abord le nom d’utilisateur et le mot de passe (ou ceux du compte SMTP).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Checked: {filed} filed in Sent, {replies} replies, {auto} auto-replies, {bounces} bounced.</source>
        <translation>Vérifié : {filed} rangés dans Envoyés, {replies} réponses, {auto} réponses automatiques, {bounces} non distribués.</translation>
    </message>
    <message>
        <source>Check failed ({kind}) — {text}</source>
        <translation>Échec de la vérification ({kind}) — {text}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import invitation</source>
        <extracomment>Open editors store what they hold first (the editor registry); False: they could not.</extracomment>
        <translation>Importer une invitation</translation>
    </message>
    <message>
        <source>1 event cannot be imported and is left out.</source>
        <translation>1 événement ne peut pas être importé et est écarté.</translation>
    </message>
    <message>
        <source>%1 events cannot be imported and are left out.</source>
        <translation>%1 événements ne peuvent pas être importés et sont écartés.</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>Marquer comme retiré</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>There is nothing to import from this invitation.</source>
        <translation>Il n’y a rien à importer de cette invitation.</translation>
    </message>
    <message numerus="yes">
        <source>The organizer cancelled this interview. Mark it withdrawn?</source>
        <translation>
            <numerusform>L’organisateur a annulé %n entretien. Le marquer comme retiré ?</numerusform>
            <numerusform>L’organisateur a annulé %n entretiens. Les marquer comme retirés ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organizer cancelled %n interviews. Mark them withdrawn?</source>
        <translation>
            <numerusform>L’organisateur a annulé %n entretien. Le marquer comme retiré ?</numerusform>
            <numerusform>L’organisateur a annulé %n entretiens. Les marquer comme retirés ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing one event. Check the company and role we guessed; each interview gets its follow-up plan as usual.</source>
        <translation>
            <numerusform>Import de %n événement. Vérifiez l’entreprise et le poste que nous avons devinés ; chaque entretien reçoit son plan de relances habituel.</numerusform>
            <numerusform>Import de %n événements. Vérifiez l’entreprise et le poste que nous avons devinés ; chaque entretien reçoit son plan de relances habituel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n events. Check the company and role we guessed; each interview gets its follow-up plan as usual.</source>
        <translation>
            <numerusform>Import de %n événement. Vérifiez l’entreprise et le poste que nous avons devinés ; chaque entretien reçoit son plan de relances habituel.</numerusform>
            <numerusform>Import de %n événements. Vérifiez l’entreprise et le poste que nous avons devinés ; chaque entretien reçoit son plan de relances habituel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every event is left out: tick one to import it, or Cancel.</source>
        <translation>Tous les événements sont écartés : cochez-en un pour l’importer, ou annulez.</translation>
    </message>
    <message>
        <source>An open window could not save what you typed: nothing was imported.</source>
        <translation>Une fenêtre ouverte n’a pas pu enregistrer votre saisie : rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <source>Cancelling: putting everything back as it was…</source>
        <translation>Annulation : tout est remis comme avant…</translation>
    </message>
</context>
<context>
    <name>InterviewCalendar</name>
    <message>
        <source>Interview calendar</source>
        <translation>Calendrier des entretiens</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 : fait</translation>
    </message>
    <message>
        <source>%1 withdrawn</source>
        <translation>%1 : annulé</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 : en retard</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 : à faire</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>rien de prévu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Edit interview</source>
        <translation>Modifier l’entretien</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>e.g. Northwind Analytics</source>
        <translation>p. ex. Northwind Analytics</translation>
    </message>
    <message>
        <source>e.g. Product Manager</source>
        <translation>p. ex. Chef de produit</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Date et heure de début</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Date et heure de fin</translation>
    </message>
    <message>
        <source>Address or video link</source>
        <translation>Adresse ou lien visio</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>&amp;Tour :</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Location or video link</source>
        <translation>Lieu ou lien visio</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <extracomment>Open editors store what they hold first (the window&apos;s editor registry): an interviewer removed here takes their card and e-mail page along.</extracomment>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Interviewer %1: %2</source>
        <translation>Interlocuteur %1 : %2</translation>
    </message>
    <message>
        <source>An open window could not save what you typed: nothing was changed.</source>
        <translation>Une fenêtre ouverte n’a pas pu enregistrer votre saisie : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>You changed this interview. Discard your changes?</source>
        <translation>Vous avez modifié cet entretien. Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>InterviewerEditor</name>
    <message>
        <source>Interviewers</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>No interviewers yet. Add the people you met: each gets a thank-you e-mail and a handwritten note in the plan.</source>
        <translation>Aucun interlocuteur pour l’instant. Ajoutez les personnes rencontrées : chacune reçoit un e-mail de remerciement et une carte manuscrite dans le plan.</translation>
    </message>
    <message>
        <source>&amp;Add interviewer</source>
        <translation>&amp;Ajouter un interlocuteur</translation>
    </message>
    <message>
        <source>Removes this interviewer&apos;s open follow-ups when you save; finished ones stay.</source>
        <translation>Supprime à l’enregistrement les relances ouvertes de cet interlocuteur ; celles terminées restent.</translation>
    </message>
    <message>
        <source>Interviewer name</source>
        <translation>Nom de l’interlocuteur</translation>
    </message>
    <message>
        <source>Interviewer title</source>
        <translation>Fonction de l’interlocuteur</translation>
    </message>
    <message>
        <source>Interviewer e-mail</source>
        <translation>E-mail de l’interlocuteur</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <source>Interviewer postal address</source>
        <translation>Adresse postale de l’interlocuteur</translation>
    </message>
    <message>
        <source>For the handwritten note&apos;s envelope</source>
        <translation>Pour l’enveloppe de la carte manuscrite</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Form of address:</source>
        <translation>&amp;Civilité :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>A&amp;dresse postale :</translation>
    </message>
    <message>
        <source>Interviewer form of address</source>
        <translation>Civilité de la personne</translation>
    </message>
    <message>
        <source>How the thank-you e-mail and card greet this person (in German “Sehr geehrte Frau Vogt,”). Leave it at — for a greeting with the full name.</source>
        <translation>Comment l’e-mail de remerciement et la carte s’adressent à cette personne (« Madame, » ou « Monsieur, »). Avec —, la formule reste « Madame, Monsieur, ».</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Madame</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Monsieur</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
</context>
<context>
    <name>InvitationActions</name>
    <message>
        <source>Calendar invitations (*.ics *.ical *.icalendar *.ifb);;All files (*)</source>
        <translation>Invitations d’agenda (*.ics *.ical *.icalendar *.ifb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation>Importer une invitation</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ajouté(s)</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message>
        <source>%1 marked withdrawn</source>
        <translation>%1 marqué(s) comme retiré(s)</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>Invitation imported: %1.</source>
        <translation>Invitation importée : %1.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter l’agenda</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Impossible d’exporter l’agenda</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event to %1.</source>
        <translation>
            <numerusform>%n événement exporté vers %1.</numerusform>
            <numerusform>%n événements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1.</source>
        <translation>
            <numerusform>%n événement exporté vers %1.</numerusform>
            <numerusform>%n événements exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationNote</name>
    <message>
        <source>All-day in the invitation: set to 9:00–10:00; change it if you know the time.</source>
        <extracomment>What an invitation import says per event (domain/words.py): English templates, worded in the user&apos;s language by the import dialog and the CLI. An event with neither DTEND nor DURATION lasts this long (RFC 5545 says a date-time start alone is an instant; an interview of no length would make no sense). An all-day event has no time; it is placed at 9:00–10:00 on its first day in the user&apos;s zone and flagged, so the user sets the real time.</extracomment>
        <translation>Toute la journée dans l’invitation : placé de 9:00 à 10:00 ; modifiez-le si vous connaissez l’heure.</translation>
    </message>
    <message>
        <source>No end time in the invitation: assumed to last one hour.</source>
        <translation>Pas d’heure de fin dans l’invitation : durée d’une heure supposée.</translation>
    </message>
    <message>
        <source>The invitation&apos;s own time zone “%1” is kept as %2, which has the same offsets and daylight-saving changes.</source>
        <translation>Le fuseau horaire propre à l’invitation « %1 » est conservé comme %2, qui a les mêmes décalages et changements d’heure.</translation>
    </message>
    <message>
        <source>Skipped an attendee line that could not be read: %1</source>
        <translation>Ligne de participant illisible ignorée : %1</translation>
    </message>
    <message>
        <source>Skipped %1 attendee (at most %2 interviewers per interview): %3.</source>
        <extracomment>%1 attendees skipped, %2 interviewers at most, %3 the first names</extracomment>
        <translation>%1 participant ignoré (au plus %2 recruteurs par entretien) : %3.</translation>
    </message>
    <message>
        <source>Skipped %1 attendees (at most %2 interviewers per interview): %3.</source>
        <translation>%1 participants ignorés (au plus %2 recruteurs par entretien) : %3.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>you already have a newer version of this invitation</source>
        <extracomment>Why an event is skipped, and what the command line says per event (context &quot;InvitationNote&quot;)</extracomment>
        <translation>vous avez déjà une version plus récente de cette invitation</translation>
    </message>
    <message>
        <source>it is already up to date</source>
        <translation>il est déjà à jour</translation>
    </message>
    <message>
        <source>it was cancelled, and it is not among your interviews</source>
        <translation>il a été annulé et ne fait pas partie de vos entretiens</translation>
    </message>
    <message>
        <source>it is already marked withdrawn</source>
        <translation>il est déjà marqué comme retiré</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>%1 ignoré : %2.</translation>
    </message>
    <message>
        <source>Marked %1 on %2 withdrawn: the invitation was cancelled.</source>
        <translation>%1 du %2 marqué comme retiré : l’invitation a été annulée.</translation>
    </message>
    <message>
        <source>Added %1, %2.</source>
        <translation>Ajouté : %1, %2.</translation>
    </message>
    <message>
        <source>Added %1, %2, with %3.</source>
        <translation>Ajouté : %1, %2, avec %3.</translation>
    </message>
    <message>
        <source>Updated %1, %2.</source>
        <translation>Mis à jour : %1, %2.</translation>
    </message>
    <message>
        <source>Updated %1, %2, with %3.</source>
        <translation>Mis à jour : %1, %2, avec %3.</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>un événement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Thank-you e-mail</source>
        <translation>E-mail de remerciement</translation>
    </message>
    <message>
        <source>Handwritten note</source>
        <translation>Carte manuscrite</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Relance</translation>
    </message>
</context>
<context>
    <name>ListDetailEditor</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>MailError</name>
    <message>
        <source>The check failed unexpectedly: %1: %2</source>
        <translation>La vérification a échoué de façon inattendue : %1 : %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If your company uses its own certificate authority, choose its CA file in the mail settings.</source>
        <translation>Le certificat du serveur n’est pas reconnu (%1). Si votre entreprise utilise sa propre autorité de certification, choisissez son fichier CA dans les paramètres de messagerie.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Le serveur %1 n’a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused). Check the server name and port.</source>
        <translation>Rien ne répond à l’adresse %1 (connexion refusée). Vérifiez le nom du serveur et le port.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2).</source>
        <translation>Le serveur %1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist on %2. Choose the Sent folder again in Settings › Replies.</source>
        <translation>Le dossier « %1 » n’existe pas sur %2. Choisissez de nouveau le dossier des messages envoyés dans Paramètres › Réponses.</translation>
    </message>
    <message>
        <source>No Sent folder was found on %1. Choose one in Settings › Replies (imap.sent_folder).</source>
        <translation>Aucun dossier des messages envoyés n’a été trouvé sur %1. Choisissez-en un dans Paramètres › Réponses (imap.sent_folder).</translation>
    </message>
    <message>
        <source>%1 did not report UIDVALIDITY/UIDNEXT for %2.</source>
        <translation>%1 n’a pas indiqué UIDVALIDITY/UIDNEXT pour %2.</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 a refusé %2 : %3</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS; the password would travel unencrypted, so nothing was sent. Choose SSL/TLS (port 993).</source>
        <translation>%1 ne propose pas STARTTLS ; le mot de passe circulerait en clair, donc rien n’a été envoyé. Choisissez SSL/TLS (port 993).</translation>
    </message>
    <message>
        <source>%1 does not allow a login without TLS.</source>
        <translation>%1 n’autorise pas la connexion sans TLS.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (%2).</source>
        <translation>%1 a refusé le nom d’utilisateur ou le mot de passe (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the port and the security setting (SSL/TLS is usually port 993, STARTTLS port 143).</source>
        <translation>La connexion sécurisée à %1 a échoué (%2). Vérifiez le port et le réglage de sécurité (SSL/TLS utilise en général le port 993, STARTTLS le port 143).</translation>
    </message>
    <message>
        <source>The server name in %1 cannot be found (%2).</source>
        <translation>Le nom de serveur de %1 est introuvable (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>La connexion à %1 a été perdue (%2).</translation>
    </message>
    <message>
        <source>The server %1 answered with an error (%2).</source>
        <translation>Le serveur %1 a répondu par une erreur (%2).</translation>
    </message>
    <message>
        <source>Talking to %1 failed (%2: %3).</source>
        <translation>L’échange avec %1 a échoué (%2 : %3).</translation>
    </message>
    <message>
        <source>No IMAP account is set up (Settings › Replies, or `finish-strong settings set imap.host`).</source>
        <translation>Aucun compte IMAP n’est configuré (Paramètres › Réponses, ou `finish-strong settings set imap.host`).</translation>
    </message>
    <message>
        <source>The IMAP user name is empty (imap.user, or smtp.user with imap.use_smtp_login).</source>
        <translation>Le nom d’utilisateur IMAP est vide (imap.user, ou smtp.user avec imap.use_smtp_login).</translation>
    </message>
    <message>
        <source>No IMAP password is stored (`finish-strong password set imap`, or Settings › Replies).</source>
        <translation>Aucun mot de passe IMAP n’est enregistré (`finish-strong password set imap`, ou Paramètres › Réponses).</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be read on %2 (%3). Check the folder watched besides INBOX in Settings › Replies.</source>
        <translation>Le dossier « %1 » ne peut pas être lu sur %2 (%3). Vérifiez le dossier surveillé en plus d’INBOX dans Paramètres › Réponses.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Annulé : rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Sending failed unexpectedly: %1: %2</source>
        <translation>L’envoi a échoué de façon inattendue : %1 : %2</translation>
    </message>
    <message>
        <source>The server refused the user name or password: %1 (code %2).</source>
        <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe : %1 (code %2).</translation>
    </message>
    <message>
        <source>The server refused the recipient — %1.</source>
        <translation>Le serveur a refusé le destinataire — %1.</translation>
    </message>
    <message>
        <source>The server refused the sender address %1: %2.</source>
        <translation>Le serveur a refusé l’adresse d’expéditeur %1 : %2.</translation>
    </message>
    <message>
        <source>The server does not offer what is needed (%1). Check the security setting.</source>
        <translation>Le serveur ne propose pas ce qui est nécessaire (%1). Vérifiez le réglage de sécurité.</translation>
    </message>
    <message>
        <source>The secure connection failed (%1). Check the port and the security setting (SSL/TLS is usually port 465, STARTTLS port 587).</source>
        <translation>La connexion sécurisée a échoué (%1). Vérifiez le port et le réglage de sécurité (SSL/TLS utilise en général le port 465, STARTTLS le port 587).</translation>
    </message>
    <message>
        <source>The connection dropped after the server may have accepted the message, so it may have been sent — check your Sent folder before sending again.</source>
        <translation>La connexion a été coupée alors que le serveur avait peut-être déjà accepté le message : il a donc pu être envoyé — vérifiez votre dossier des messages envoyés avant de renvoyer.</translation>
    </message>
    <message>
        <source>The server closed the connection (%1). Check the port and the security setting.</source>
        <translation>Le serveur a fermé la connexion (%1). Vérifiez le port et le réglage de sécurité.</translation>
    </message>
    <message>
        <source>The server answered with an error: %1 (code %2).</source>
        <translation>Le serveur a répondu par une erreur : %1 (code %2).</translation>
    </message>
    <message>
        <source>Sending failed: %1.</source>
        <translation>L’envoi a échoué : %1.</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found (%2).</source>
        <translation>Le nom de serveur %1 est introuvable (%2).</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS; the password would travel unencrypted, so nothing was sent. Choose SSL/TLS or another port.</source>
        <translation>%1 ne propose pas STARTTLS ; le mot de passe circulerait en clair, donc rien n’a été envoyé. Choisissez SSL/TLS ou un autre port.</translation>
    </message>
    <message>
        <source>%1 is not on this computer, and without TLS your password would travel unencrypted, so nothing was sent. Choose SSL/TLS or STARTTLS, or leave the user name empty if this server needs no password.</source>
        <translation>%1 n’est pas sur cet ordinateur et, sans TLS, votre mot de passe circulerait en clair, donc rien n’a été envoyé. Choisissez SSL/TLS ou STARTTLS, ou laissez le nom d’utilisateur vide si ce serveur ne demande pas de mot de passe.</translation>
    </message>
    <message>
        <source>The CA file %1 could not be read (%2).</source>
        <translation>Le fichier CA %1 n’a pas pu être lu (%2).</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>None — a server on this computer</source>
        <translation>Aucune — serveur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Mail account (SMTP)</source>
        <translation>Compte e-mail (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.exemple.fr</translation>
    </message>
    <message>
        <source>leave empty to keep the one in your keyring</source>
        <translation>laisser vide pour garder celui du trousseau</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@exemple.fr</translation>
    </message>
    <message>
        <source>only for company servers with their own certificate authority</source>
        <translation>uniquement pour les serveurs d’entreprise avec leur propre autorité de certification</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse d’expéditeur</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Adresse d’expéditeur :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre n&amp;om :</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier CA :</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <source>Sends a short message to your own sender address</source>
        <translation>Envoie un court message à votre propre adresse d’expéditeur</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Envoi du message de test</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in a file.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier de l’autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Thank-you templates</source>
        <translation>Modèles de remerciement</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les modèles par défaut</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Template subject</source>
        <translation>Objet du modèle</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>Double-cliquez pour insérer au curseur</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Champs :</translation>
    </message>
    <message>
        <source>Preview (sample interview):</source>
        <translation>Aperçu (entretien d’exemple) :</translation>
    </message>
    <message>
        <source>A template that names an unknown placeholder cannot be saved.</source>
        <translation>Un modèle contenant un champ inconnu ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1 — it would never be filled in.</source>
        <translation>Champ inconnu : %1 — il ne serait jamais rempli.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Add the sender address for your mail account.</source>
        <translation>Ajoutez l’adresse d’expéditeur de votre compte e-mail.</translation>
    </message>
    <message>
        <source>The template “%1” names unknown placeholders: %2.</source>
        <translation>Le modèle « %1 » contient des champs inconnus : %2.</translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation>Chaque modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>Fill in the server and a valid sender address first.</source>
        <translation>Renseignez d’abord le serveur et une adresse d’expéditeur valide.</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Saisissez d’abord le mot de passe.</translation>
    </message>
    <message>
        <source>Finish Strong test message</source>
        <translation>Message de test de Finish Strong</translation>
    </message>
    <message>
        <source>This is a test message from Finish Strong: your mail settings work.</source>
        <translation>Ceci est un message de test de Finish Strong : vos paramètres e-mail fonctionnent.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Envoi d’un message de test…</translation>
    </message>
    <message>
        <source>Test message sent to %1.</source>
        <translation>Message de test envoyé à %1.</translation>
    </message>
    <message>
        <source>Test failed — %1</source>
        <translation>Échec du test — %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No interviews yet — add one or import an invitation.</source>
        <translation>Aucun entretien pour l’instant — ajoutez-en un ou importez une invitation.</translation>
    </message>
    <message>
        <source>Select an interview in the agenda to see its follow-up plan.</source>
        <extracomment>Opens this window&apos;s dialogs with open(), never exec(); the open one is `dialogs.active`. Every open editor window (debrief, e-mail, card, envelope), keyed by what it edits. What the helpers below may use of this window (and nothing else). The banner, opening from a notification, the tray: what the ReminderController talks to.</extracomment>
        <translation>Sélectionnez un entretien dans l’agenda pour voir son plan de relances.</translation>
    </message>
    <message>
        <source>New interview…</source>
        <extracomment>The actions, menus and toolbar (the tests trigger `menu_actions.new_action` and the like).</extracomment>
        <translation>Nouvel entretien…</translation>
    </message>
    <message>
        <source>Import invitation…</source>
        <translation>Importer une invitation…</translation>
    </message>
    <message>
        <source>Read a calendar invitation (.ics) you received; you can also drop it here</source>
        <translation>Lire une invitation d’agenda (.ics) reçue ; vous pouvez aussi la déposer ici</translation>
    </message>
    <message>
        <source>Interview saved; its follow-up plan is up to date.</source>
        <translation>Entretien enregistré ; son plan de relances est à jour.</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>%1 supprimé. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete interview</source>
        <translation>Supprimer l’entretien</translation>
    </message>
    <message>
        <source>Delete the interview “%1” and its follow-up plan?</source>
        <translation>Supprimer l’entretien « %1 » et son plan de relances ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n interview deleted on another computer. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n entretien supprimé sur un autre ordinateur. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n entretiens supprimés sur un autre ordinateur. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviews deleted on another computer. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n entretien supprimé sur un autre ordinateur. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n entretiens supprimés sur un autre ordinateur. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interview is %1 — mark this step done already?</source>
        <translation>L’entretien a lieu %1 — marquer déjà cette étape comme faite ?</translation>
    </message>
    <message>
        <source>The interview ends %1 — mark this step done already?</source>
        <translation>L’entretien se termine %1 — marquer déjà cette étape comme faite ?</translation>
    </message>
    <message>
        <source>Before the interview</source>
        <translation>Avant l’entretien</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Referral contacted</source>
        <translation>Recommandation contactée</translation>
    </message>
    <message>
        <source>How did it go with %1? (a short note; you can leave it empty)</source>
        <translation>Comment cela s’est-il passé avec %1 ? (une courte note ; vous pouvez laisser vide)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Write your notes, send the thank-you e-mail, mail a handwritten note and contact every referral — on time, after every interview.</source>
        <translation>Rédigez vos notes, envoyez l’e-mail de remerciement, postez une carte manuscrite et contactez chaque recommandation — à temps, après chaque entretien.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New interview…</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name; the texts stay under &quot;Menus&quot;.</extracomment>
        <translation>&amp;Nouvel entretien…</translation>
    </message>
    <message>
        <source>&amp;Edit interview…</source>
        <translation>&amp;Modifier l’entretien…</translation>
    </message>
    <message>
        <source>&amp;Delete interview</source>
        <translation>&amp;Supprimer l’entretien</translation>
    </message>
    <message>
        <source>&amp;Import invitation…</source>
        <translation>&amp;Importer une invitation…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xporter l’agenda…</translation>
    </message>
    <message>
        <source>Import &amp;data (JSON)…</source>
        <translation>Importer des &amp;données (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>Mois &amp;précédent</translation>
    </message>
    <message>
        <source>Ne&amp;xt month</source>
        <translation>Mois &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <source>Write &amp;debrief…</source>
        <translation>Rédiger le &amp;compte rendu…</translation>
    </message>
    <message>
        <source>&amp;Thank-you e-mail…</source>
        <translation>E-mail de &amp;remerciement…</translation>
    </message>
    <message>
        <source>Step 2: draft and send the thank-you e-mail to each interviewer</source>
        <translation>Étape 2 : rédiger et envoyer l’e-mail de remerciement à chaque interlocuteur</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Add an interview and its follow-up plan</source>
        <translation>Ajouter un entretien et son plan de relances</translation>
    </message>
    <message>
        <source>Add interviews from a calendar invitation (.ics)</source>
        <translation>Ajouter des entretiens depuis une invitation d’agenda (.ics)</translation>
    </message>
    <message>
        <source>Write interviews and follow-ups to a calendar file (.ics)</source>
        <translation>Écrire les entretiens et relances dans un fichier d’agenda (.ics)</translation>
    </message>
    <message>
        <source>Copy all your data to a file of your choice</source>
        <translation>Copier toutes vos données dans un fichier de votre choix</translation>
    </message>
    <message>
        <source>Go back to a backup; your current data are kept as a backup first</source>
        <translation>Revenir à une sauvegarde ; vos données actuelles sont d’abord sauvegardées</translation>
    </message>
    <message>
        <source>Add or update everything in a Finish Strong export (JSON); all or nothing</source>
        <translation>Ajouter ou mettre à jour tout le contenu d’un export Finish Strong (JSON) ; tout ou rien</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Afficher aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Not pasted: this note would have {0:,} characters; one note holds at most {1:,} (about a megabyte). Paste a shorter part.</source>
        <extracomment>a paste or drop refused because the note would exceed MAX_NOTE_CHARS: the message to show</extracomment>
        <translation>Non collé : cette note aurait {0:,} caractères ; une note en contient au plus {1:,} (environ un mégaoctet). Collez une partie plus courte.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Add someone you&apos;ve met: type their name…</source>
        <extracomment>(typed text, ids already on the interview) -&gt; the people to offer, at most a screenful</extracomment>
        <translation>Ajouter une personne déjà rencontrée : tapez son nom…</translation>
    </message>
    <message>
        <source>Add someone you have met</source>
        <translation>Ajouter une personne déjà rencontrée</translation>
    </message>
    <message>
        <source>People from your earlier interviews whose name starts with what you type</source>
        <translation>Les personnes de vos entretiens précédents dont le nom commence par ce que vous tapez</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The interviewer&apos;s first name</source>
        <extracomment>(placeholder, what it becomes) — listed beside the template editor, translated there.</extracomment>
        <translation>Le prénom de la personne</translation>
    </message>
    <message>
        <source>The interviewer&apos;s full name</source>
        <translation>Le nom complet de la personne</translation>
    </message>
    <message>
        <source>The interviewer&apos;s job title</source>
        <translation>La fonction de la personne</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>L’entreprise</translation>
    </message>
    <message>
        <source>The role you interviewed for</source>
        <translation>Le poste pour lequel vous avez passé l’entretien</translation>
    </message>
    <message>
        <source>The interview round (e.g. Final)</source>
        <translation>Le tour d’entretien (p. ex. Final)</translation>
    </message>
    <message>
        <source>The interview date, e.g. Tuesday, 3 March 2026</source>
        <translation>La date de l’entretien, p. ex. mardi 3 mars 2026</translation>
    </message>
    <message>
        <source>This person&apos;s talking points as one phrase (&apos;X, Y and Z&apos;), or &apos;our conversation&apos;</source>
        <translation>Les points abordés avec cette personne en une phrase (« X, Y et Z »), sinon « notre échange »</translation>
    </message>
    <message>
        <source>This person&apos;s first talking point, or &apos;our conversation&apos;</source>
        <translation>Le premier point abordé avec cette personne, sinon « notre échange »</translation>
    </message>
    <message>
        <source>This person&apos;s talking points, one per line</source>
        <translation>Les points abordés avec cette personne, un par ligne</translation>
    </message>
    <message>
        <source>Your answers to the questions this person left open (nothing when there are none)</source>
        <translation>Vos réponses aux questions restées ouvertes de cette personne (rien s’il n’y en a pas)</translation>
    </message>
    <message>
        <source>Thanks for the referrals this person suggested (nothing when there are none)</source>
        <translation>Remerciements pour les contacts recommandés par cette personne (rien s’il n’y en a pas)</translation>
    </message>
    <message>
        <source>Your name (the sender name in the mail settings)</source>
        <translation>Votre nom (le nom d’expéditeur des réglages e-mail)</translation>
    </message>
    <message>
        <source>The salutation in the template&apos;s language, e.g. &apos;Dear Dana Reyes,&apos; or &apos;Sehr geehrte Frau Vogt,&apos;</source>
        <translation>La formule d’appel dans la langue du modèle, p. ex. « Madame, » ou « Dear Dana Reyes, »</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>The draft does not fit</source>
        <translation>Le brouillon ne tient pas</translation>
    </message>
    <message>
        <source>%1: the last lines will not be on the card. Print anyway?</source>
        <translation>%1 : les dernières lignes ne seront pas sur la carte. Imprimer quand même ?</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimer quand même</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Non imprimé : %1</translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <source>%1. Cannot be imported</source>
        <translation>%1. Impossible à importer</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>Invitation :</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>This event will be left out; the others can be imported.</source>
        <translation>Cet événement sera écarté ; les autres peuvent être importés.</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Open questions</source>
        <translation>Questions en suspens</translation>
    </message>
    <message>
        <source>Question left open</source>
        <translation>Question restée ouverte</translation>
    </message>
    <message>
        <source>Answer to give</source>
        <translation>Réponse à donner</translation>
    </message>
    <message>
        <source>Answered in the interview</source>
        <translation>Répondu pendant l’entretien</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Posée par</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Ajouter une question</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Answered in the interview: nothing to send. Otherwise your answer goes into the e-mail of whoever asked.</source>
        <translation>Répondu pendant l’entretien : rien à envoyer. Sinon, votre réponse figure dans l’e-mail à la personne qui a posé la question.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>%s: the data file is damaged</source>
        <translation>%s : le fichier de données est endommagé</translation>
    </message>
    <message>
        <source>&amp;Use the recovered data</source>
        <translation>&amp;Utiliser les données récupérées</translation>
    </message>
    <message>
        <source>&amp;Restore newest good backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde intacte</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Démarrer avec une base &amp;vide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Reading what can still be read from the damaged file…</source>
        <translation>Lecture de ce qui peut encore être lu dans le fichier endommagé…</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file.</source>
        <translation>Rien n’a pu être lu dans le fichier endommagé.</translation>
    </message>
    <message>
        <source>The damaged file is kept unchanged, as “%1.damaged-….sqlite3” in %2.</source>
        <translation>Le fichier endommagé est conservé tel quel, sous « %1.damaged-….sqlite3 » dans %2.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1.</source>
        <translation>La dernière sauvegarde intacte date du %1.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>Il n’y a aucune sauvegarde intacte à restaurer.</translation>
    </message>
    <message>
        <source>Start with an empty database?</source>
        <translation>Démarrer avec une base vide ?</translation>
    </message>
    <message>
        <source>Your interviews will not be shown. The damaged file and the backups stay on disk, but the app will start with no data.</source>
        <translation>Vos entretiens ne seront pas affichés. Le fichier endommagé et les sauvegardes restent sur le disque, mais l’application démarrera sans données.</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Démarrer à &amp;vide</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Opened the data recovered from the damaged file.</source>
        <translation>Données récupérées du fichier endommagé ouvertes.</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>Sauvegarde du %1 restaurée.</translation>
    </message>
    <message>
        <source>Started with an empty database.</source>
        <translation>Démarré avec une base vide.</translation>
    </message>
    <message>
        <source>%1 The damaged file is kept as %2.</source>
        <translation>%1 Le fichier endommagé est conservé sous %2.</translation>
    </message>
</context>
<context>
    <name>ReferralsEditor</name>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>No referrals yet. Did an interviewer suggest someone to talk to? Each referral gets a follow-up in the plan.</source>
        <translation>Aucune recommandation pour l’instant. Un interlocuteur vous a-t-il suggéré quelqu’un à contacter ? Chaque recommandation reçoit une relance dans le plan.</translation>
    </message>
    <message>
        <source>Add &amp;referral</source>
        <translation>Ajouter une &amp;recommandation</translation>
    </message>
    <message>
        <source>Referral name</source>
        <translation>Nom de la personne recommandée</translation>
    </message>
    <message>
        <source>Referral organization</source>
        <translation>Organisation de la personne recommandée</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Comment la joindre</translation>
    </message>
    <message>
        <source>E-mail, phone, LinkedIn…</source>
        <translation>E-mail, téléphone, LinkedIn…</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Suggérée par</translation>
    </message>
    <message>
        <source>Why contact them</source>
        <translation>Pourquoi la contacter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Asked for when you mark the follow-up done</source>
        <translation>Demandé quand vous cochez la relance</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>How to &amp;reach them:</source>
        <translation>&amp;Comment la joindre :</translation>
    </message>
    <message>
        <source>&amp;Suggested by:</source>
        <translation>&amp;Suggérée par :</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>Give the referral a name or an organization.</source>
        <translation>Indiquez un nom ou une organisation pour la recommandation.</translation>
    </message>
    <message>
        <source>⚠ No way to reach them yet. Fine for now — add it when you have it.</source>
        <translation>⚠ Pas encore de moyen de la joindre. Ce n’est pas grave — ajoutez-le dès que vous l’avez.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Rappeler dans 1 heure</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Fermer le rappel</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Rappeler dans 1 heure</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Demain 9 h</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>suspendu jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>ReminderHost</name>
    <message>
        <source>Came due while Finish Strong was closed</source>
        <extracomment>The handwritten-note reminder&apos;s Open opens the card (`cards.open`).</extracomment>
        <translation>Arrivé à échéance pendant que Finish Strong était fermé</translation>
    </message>
    <message>
        <source>Missed reminders</source>
        <translation>Rappels manqués</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, échéance %3</translation>
    </message>
    <message>
        <source>Open one to go to its interview:</source>
        <translation>Ouvrez-en un pour accéder à son entretien :</translation>
    </message>
    <message>
        <source>Pause reminders until…</source>
        <translation>Suspendre les rappels jusqu’à…</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Suspendre jusqu’à</translation>
    </message>
    <message>
        <source>No reminders until:</source>
        <translation>Aucun rappel jusqu’à :</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 continue de tourner</translation>
    </message>
    <message>
        <source>Reminders keep coming from the tray icon. Quit from its menu.</source>
        <translation>Les rappels continuent via l’icône de la zone de notification. Quittez depuis son menu.</translation>
    </message>
    <message>
        <source>Quit %1?</source>
        <translation>Quitter %1 ?</translation>
    </message>
    <message>
        <source>Reminders are pending, and there is no tray to keep them coming. If you quit, they are shown when you start Finish Strong again.</source>
        <translation>Des rappels sont en attente et aucune zone de notification ne peut les afficher. Si vous quittez, ils s’afficheront au prochain démarrage de Finish Strong.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Write your notes on the %1 interview</source>
        <translation>Rédigez vos notes sur l’entretien chez %1</translation>
    </message>
    <message>
        <source>Send your thank-you e-mail to %1</source>
        <translation>Envoyez votre e-mail de remerciement à %1</translation>
    </message>
    <message>
        <source>Print the card draft for %1, then mail it</source>
        <translation>Imprimez le brouillon de carte pour %1, puis postez-la</translation>
    </message>
    <message>
        <source>Print the card draft, then mail it</source>
        <translation>Imprimez le brouillon de carte, puis postez-la</translation>
    </message>
    <message>
        <source>Check in with %1: no reply yet</source>
        <translation>Relancez %1 : pas encore de réponse</translation>
    </message>
    <message>
        <source>Check in: no reply yet</source>
        <translation>Relance : pas encore de réponse</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contactez %1</translation>
    </message>
    <message>
        <source>Contact the referral</source>
        <translation>Contacter la personne recommandée</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · échéance %2</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up came due while Finish Strong was closed</source>
        <translation>
            <numerusform>%n relance est arrivée à échéance pendant que Finish Strong était fermé</numerusform>
            <numerusform>%n relances sont arrivées à échéance pendant que Finish Strong était fermé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups came due while Finish Strong was closed</source>
        <translation>
            <numerusform>%n relance est arrivée à échéance pendant que Finish Strong était fermé</numerusform>
            <numerusform>%n relances sont arrivées à échéance pendant que Finish Strong était fermé</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyRadar</name>
    <message>
        <source>No IMAP password is stored; type it in Settings › Replies (or Mail, with the SMTP login).</source>
        <translation>Aucun mot de passe IMAP n’est enregistré ; saisissez-le dans Paramètres › Réponses (ou E-mail, avec l’identifiant SMTP).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your current data will be kept as a backup first, so a restore can itself be undone by restoring that one.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. Vos données actuelles seront d’abord conservées dans une sauvegarde : une restauration peut donc elle-même être annulée.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>No backups yet in the data folder.</source>
        <translation>Aucune sauvegarde pour l’instant dans le dossier de données.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <source>Restore a backup kept somewhere else (for example one made with Back up now)</source>
        <translation>Restaurer une sauvegarde conservée ailleurs (par exemple faite avec « Sauvegarder maintenant »)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore from file</source>
        <translation>Restaurer depuis un fichier</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>%1 interview</source>
        <extracomment>(table, &quot;%1 singular&quot;, &quot;%1 plural&quot;, the plural on its own) in the order the user cares about them.</extracomment>
        <translation>%1 entretien</translation>
    </message>
    <message>
        <source>%1 interviews</source>
        <translation>%1 entretiens</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>entretiens</translation>
    </message>
    <message>
        <source>%1 follow-up</source>
        <translation>%1 relance</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 relances</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>relances</translation>
    </message>
    <message>
        <source>%1 interview&apos;s notes</source>
        <translation>les notes de %1 entretien</translation>
    </message>
    <message>
        <source>%1 interviews&apos; notes</source>
        <translation>les notes de %1 entretiens</translation>
    </message>
    <message>
        <source>interviews&apos; notes</source>
        <translation>notes d’entretien</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1 personne</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>%1 referral</source>
        <translation>%1 recommandation</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation>%1 recommandations</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>recommandations</translation>
    </message>
    <message>
        <source>%1 open question</source>
        <translation>%1 question ouverte</translation>
    </message>
    <message>
        <source>%1 open questions</source>
        <translation>%1 questions ouvertes</translation>
    </message>
    <message>
        <source>open questions</source>
        <translation>questions ouvertes</translation>
    </message>
    <message>
        <source>%1 e-mail draft</source>
        <translation>%1 brouillon d’e-mail</translation>
    </message>
    <message>
        <source>%1 e-mail drafts</source>
        <translation>%1 brouillons d’e-mail</translation>
    </message>
    <message>
        <source>e-mail drafts</source>
        <translation>brouillons d’e-mail</translation>
    </message>
    <message>
        <source>%1 sent e-mail</source>
        <translation>%1 e-mail envoyé</translation>
    </message>
    <message>
        <source>%1 sent e-mails</source>
        <translation>%1 e-mails envoyés</translation>
    </message>
    <message>
        <source>sent e-mails</source>
        <translation>e-mails envoyés</translation>
    </message>
    <message>
        <source>%1 card draft</source>
        <translation>%1 brouillon de carte</translation>
    </message>
    <message>
        <source>%1 card drafts</source>
        <translation>%1 brouillons de carte</translation>
    </message>
    <message>
        <source>card drafts</source>
        <translation>brouillons de carte</translation>
    </message>
    <message>
        <source>%2 of %1 interview</source>
        <extracomment>&quot;%1 of %2 interviews&quot;: some of the table could not be read (%1 recovered, %2 in all)</extracomment>
        <translation>%2 entretien sur %1</translation>
    </message>
    <message>
        <source>%2 of %1 interviews</source>
        <translation>%2 entretiens sur %1</translation>
    </message>
    <message>
        <source>%2 of %1 follow-up</source>
        <translation>%2 relance sur %1</translation>
    </message>
    <message>
        <source>%2 of %1 follow-ups</source>
        <translation>%2 relances sur %1</translation>
    </message>
    <message>
        <source>Recovered %1 and %2 from %3.</source>
        <translation>Récupéré depuis %3 : %1 et %2.</translation>
    </message>
    <message>
        <source>Recovered %1 and %2 from %3; %4 could not be read.</source>
        <translation>Récupéré depuis %3 : %1 et %2 ; illisible : %4.</translation>
    </message>
    <message>
        <source>the damaged file</source>
        <translation>le fichier endommagé</translation>
    </message>
    <message>
        <source>the %2 on %1 damaged page</source>
        <translation>les %2 sur %1 page endommagée</translation>
    </message>
    <message>
        <source>the %2 on %1 damaged pages</source>
        <translation>les %2 sur %1 pages endommagées</translation>
    </message>
    <message>
        <source>Taken from the backup of %1: %2.</source>
        <translation>Repris de la sauvegarde du %1 : %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>&quot;%1, %2&quot;: the first items of a list; &quot;%1 and %2&quot;: its last two</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1: %2 recovered, %3 unreadable, %4 from the backup</source>
        <extracomment>the `finish-strong recover` line per table</extracomment>
        <translation>%1 : %2 récupérés, %3 illisibles, %4 repris de la sauvegarde</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search notes, people, companies (Ctrl+F)</source>
        <extracomment>the box got the focus: typing comes next, so the results panel is built now, not on the first key</extracomment>
        <translation>Rechercher notes, personnes, entreprises (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Interviewer %1</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation>Interlocuteur %1</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Questions en suspens</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Search results</source>
        <extracomment>(interview id, source) of the result the user opened</extracomment>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>The search could not run {reason}</source>
        <translation>La recherche n’a pas pu s’exécuter {reason}</translation>
    </message>
    <message>
        <source>Showing the {count} most recent matches — type more to narrow.</source>
        <translation>Affichage des {count} résultats les plus récents — tapez davantage pour affiner.</translation>
    </message>
    <message>
        <source>No notes, people or companies match “%1”.</source>
        <translation>Aucune note, personne ou entreprise ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 matches in %2 interviews</source>
        <translation>%1 résultats dans %2 entretiens</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Notes: remind</source>
        <translation>Notes : rappel</translation>
    </message>
    <message>
        <source>h after the interview ends</source>
        <translation>h après la fin de l’entretien</translation>
    </message>
    <message>
        <source>Notes: due</source>
        <translation>Notes : échéance</translation>
    </message>
    <message>
        <source>Thank-you e-mail: remind</source>
        <translation>E-mail de remerciement : rappel</translation>
    </message>
    <message>
        <source>h after the end</source>
        <translation>h après la fin</translation>
    </message>
    <message>
        <source>Thank-you e-mail: due</source>
        <translation>E-mail de remerciement : échéance</translation>
    </message>
    <message>
        <source>Handwritten note: remind</source>
        <translation>Carte manuscrite : rappel</translation>
    </message>
    <message>
        <source>Handwritten note: due</source>
        <translation>Carte manuscrite : échéance</translation>
    </message>
    <message>
        <source>Referral: remind</source>
        <translation>Recommandation : rappel</translation>
    </message>
    <message>
        <source>Referral: due</source>
        <translation>Recommandation : échéance</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Follow-up plan defaults</source>
        <translation>Valeurs par défaut du plan de relances</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>à la fin</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>&amp;Your e-mail addresses, one per line. On an imported invitation, every other attendee becomes an interviewer.</source>
        <translation>&amp;Vos adresses e-mail, une par ligne. Dans une invitation importée, tous les autres participants deviennent des interlocuteurs.</translation>
    </message>
    <message>
        <source>Your e-mail addresses</source>
        <translation>Vos adresses e-mail</translation>
    </message>
    <message>
        <source>alex@example.com</source>
        <translation>alex@exemple.fr</translation>
    </message>
    <message>
        <source>New defaults apply to interviews you create or change from now on.</source>
        <translation>Les nouvelles valeurs s’appliquent aux entretiens créés ou modifiés à partir de maintenant.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas démarré</translation>
    </message>
    <message>
        <source>Notifications are shown by</source>
        <translation>Notifications affichées par</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Affichées par :</translation>
    </message>
    <message>
        <source>Start Finish Strong at login, in the tray</source>
        <translation>Lancer Finish Strong à l’ouverture de session, dans la zone de notification</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>The language of the windows and of new drafts, from the next start</source>
        <translation>La langue des fenêtres et des nouveaux brouillons, au prochain démarrage</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>Langue et affichage</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High contrast: black and white with strong colours, applied at once</source>
        <translation>Contraste élevé : noir et blanc avec des couleurs marquées, appliqué tout de suite</translation>
    </message>
    <message>
        <source>C&amp;ontrast:</source>
        <translation>C&amp;ontraste :</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;Réponses</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Cartes</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message numerus="yes">
        <source>business day after the end</source>
        <translation>
            <numerusform>jour ouvré après la fin</numerusform>
            <numerusform>jours ouvrés après la fin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>business days after the end</source>
        <translation>
            <numerusform>jour ouvré après la fin</numerusform>
            <numerusform>jours ouvrés après la fin</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>Impossible de modifier le lancement à l’ouverture de session : %1</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>The disk holding your data is full, so today&apos;s backup could not be taken. Your data are safe and nothing was lost; free some space (empty the trash, delete large files); the backup is tried again within the hour.</source>
        <extracomment>The longest a QTimer can wait (signed 32-bit milliseconds), and the shortest wait between two looks. After a backup that could not be taken (disk full, read-only, busy): try again this much later, and say so only once per kind of problem, not every hour.</extracomment>
        <translation>Le disque contenant vos données est plein : la sauvegarde du jour n’a pas pu être faite. Vos données sont intactes et rien n’est perdu ; libérez de la place (videz la corbeille, supprimez de gros fichiers) ; la sauvegarde sera retentée dans l’heure.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: the backups folder cannot be written to. Your data are safe; make the data folder writable for your user.</source>
        <translation>La sauvegarde du jour n’a pas pu être faite : impossible d’écrire dans le dossier des sauvegardes. Vos données sont intactes ; rendez le dossier de données accessible en écriture.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: another program is using the data file. Your data are safe; the backup is tried again within the hour.</source>
        <translation>La sauvegarde du jour n’a pas pu être faite : un autre programme utilise le fichier de données. Vos données sont intactes ; la sauvegarde sera retentée dans l’heure.</translation>
    </message>
    <message>
        <source>The database check at start-up found damage in your data file.</source>
        <translation>La vérification au démarrage a détecté des dommages dans votre fichier de données.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The database %1 was written by a newer version of Finish Strong (schema version %2; this version understands up to %3). Please update Finish Strong; the file has not been changed.</source>
        <extracomment>The English template (%1, %2…) and its values, when the message is translatable; &quot;&quot; otherwise.</extracomment>
        <translation>La base de données %1 a été écrite par une version plus récente de Finish Strong (schéma %2 ; cette version comprend jusqu’au %3). Mettez Finish Strong à jour ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The data file %1 is in use by another program (it holds a lock on it). Close that program and try again. Nothing was changed.</source>
        <translation>Le fichier de données %1 est utilisé par un autre programme (il le verrouille). Fermez ce programme et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The data file %1 or its folder cannot be written to (read-only, or it belongs to another user). Make it writable for your user, or start Finish Strong with --data-dir pointing to a folder you can write to. Nothing was changed.</source>
        <translation>Le fichier de données %1 ou son dossier est protégé en écriture (lecture seule, ou il appartient à un autre utilisateur). Rendez-le modifiable pour votre utilisateur, ou lancez Finish Strong avec --data-dir vers un dossier où vous pouvez écrire. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again. Nothing was changed.</source>
        <translation>Le disque qui contient %1 est plein. Libérez de la place et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened right now. Nothing was changed.</source>
        <translation>Le fichier de données %1 ne peut pas être ouvert pour le moment. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file would change your mail server settings (%1). Nothing was imported.</source>
        <translation>Le fichier modifierait vos réglages de serveur de messagerie (%1). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Event %1 of the invitation has no title: enter the company (import it in the window, where the company can be typed). Nothing was imported.</source>
        <translation>L’événement %1 de l’invitation n’a pas de titre : indiquez l’entreprise (importez-le dans la fenêtre, où elle peut être saisie). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Event %1 (“%2”): %3 Nothing was imported.</source>
        <translation>Événement %1 (« %2 ») : %3 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file is not a UTF-8 text file.</source>
        <translation>Le fichier n’est pas un fichier texte UTF-8.</translation>
    </message>
    <message>
        <source>The file is not a Finish Strong export (no “format”: “finish-strong”).</source>
        <translation>Le fichier n’est pas un export Finish Strong (pas de « format » : « finish-strong »).</translation>
    </message>
    <message>
        <source>%1: “%2” is missing.</source>
        <translation>%1 : « %2 » manque.</translation>
    </message>
    <message>
        <source>%1: “%2” has the wrong type.</source>
        <translation>%1 : « %2 » n’a pas le bon type.</translation>
    </message>
    <message>
        <source>%1: “%2” is too long (%3 characters).</source>
        <translation>%1 : « %2 » est trop long (%3 caractères).</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date-time (%3).</source>
        <translation>%1 : « %2 » n’est pas une date-heure ISO 8601 (%3).</translation>
    </message>
    <message>
        <source>%1: “%2” has no UTC offset (%3).</source>
        <translation>%1 : « %2 » n’a pas de décalage UTC (%3).</translation>
    </message>
    <message>
        <source>%1: the id %2 is empty or used twice.</source>
        <translation>%1 : l’identifiant %2 est vide ou utilisé deux fois.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>Le fichier n’est pas un JSON valide (%1).</translation>
    </message>
    <message>
        <source>The file is not a Finish Strong export (it is nested far too deeply).</source>
        <extracomment>(bytes read, bytes in the file or None) — raise from it to cancel: nothing is kept</extracomment>
        <translation>Le fichier n’est pas un export Finish Strong (il est imbriqué beaucoup trop profondément).</translation>
    </message>
    <message>
        <source>The file has no valid format “version”.</source>
        <translation>Le fichier n’a pas de « version » de format valide.</translation>
    </message>
    <message>
        <source>The file uses format version %1; this Finish Strong reads up to %2. Please update Finish Strong.</source>
        <translation>Le fichier utilise la version de format %1 ; ce Finish Strong lit jusqu’à la version %2. Mettez Finish Strong à jour.</translation>
    </message>
    <message>
        <source>%1: “form_of_address” must be one of %2.</source>
        <translation>%1 : « form_of_address » doit être l’une de ces valeurs : %2.</translation>
    </message>
    <message>
        <source>%1: interview %2 is not in “interviews”.</source>
        <translation>%1 : l’entretien %2 ne figure pas dans « interviews ».</translation>
    </message>
    <message>
        <source>%1: person %2 is not in “people”.</source>
        <translation>%1 : la personne %2 ne figure pas dans « people ».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>E-mail draft %1</source>
        <translation>Brouillon d’e-mail %1</translation>
    </message>
    <message>
        <source>a second draft for the same interview and person.</source>
        <translation>un second brouillon pour le même entretien et la même personne.</translation>
    </message>
    <message>
        <source>Sent e-mail %1</source>
        <translation>E-mail envoyé %1</translation>
    </message>
    <message>
        <source>%1: the same message is listed twice.</source>
        <translation>%1 : le même message figure deux fois.</translation>
    </message>
    <message>
        <source>%1: unknown “how” %2 (expected “smtp” or “manual”).</source>
        <translation>%1 : « how » inconnu %2 (attendu : « smtp » ou « manual »).</translation>
    </message>
    <message>
        <source>Card draft %1</source>
        <translation>Brouillon de carte %1</translation>
    </message>
    <message>
        <source>a second card for the same interview and person.</source>
        <translation>une seconde carte pour le même entretien et la même personne.</translation>
    </message>
    <message>
        <source>%1: unknown %2 %3.</source>
        <translation>%1 : valeur inconnue pour %2 : %3.</translation>
    </message>
    <message>
        <source>%1: “line_spacing” must be %2–%3 points.</source>
        <translation>%1 : « line_spacing » doit être de %2 à %3 points.</translation>
    </message>
    <message>
        <source>%1: unknown status %2.</source>
        <translation>%1 : statut inconnu %2.</translation>
    </message>
    <message>
        <source>%1: interviewer %2 is not in “people”.</source>
        <translation>%1 : le recruteur %2 ne figure pas dans « people ».</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sans entreprise</translation>
    </message>
    <message>
        <source>%1: unknown debrief section %2.</source>
        <translation>%1 : section de notes inconnue %2.</translation>
    </message>
    <message>
        <source>%1, open question %2</source>
        <translation>%1, question ouverte %2</translation>
    </message>
    <message>
        <source>%1: “asked_by” %2 is not in “people”.</source>
        <translation>%1 : « asked_by » %2 ne figure pas dans « people ».</translation>
    </message>
    <message>
        <source>%1, referral %2</source>
        <translation>%1, recommandation %2</translation>
    </message>
    <message>
        <source>%1: “suggested_by” %2 is not in “people”.</source>
        <translation>%1 : « suggested_by » %2 ne figure pas dans « people ».</translation>
    </message>
    <message>
        <source>%1, follow-up %2</source>
        <translation>%1, relance %2</translation>
    </message>
    <message>
        <source>%1: unknown step %2.</source>
        <translation>%1 : étape inconnue %2.</translation>
    </message>
    <message>
        <source>%1: a “%2” step needs a person.</source>
        <translation>%1 : une étape « %2 » a besoin d’une personne.</translation>
    </message>
    <message>
        <source>%1: a “%2” step has no person.</source>
        <translation>%1 : une étape « %2 » n’a pas de personne.</translation>
    </message>
    <message>
        <source>%1: open step for %2, who is not an interviewer.</source>
        <translation>%1 : étape ouverte pour %2, qui n’est pas recruteur de l’entretien.</translation>
    </message>
    <message>
        <source>%1: its referral %2 does not match a referral of the interview.</source>
        <translation>%1 : sa recommandation %2 ne correspond à aucune recommandation de l’entretien.</translation>
    </message>
    <message>
        <source>%1: it is reminded after its deadline.</source>
        <translation>%1 : le rappel arrive après l’échéance.</translation>
    </message>
    <message>
        <source>%1, talking point %2</source>
        <translation>%1, point de discussion %2</translation>
    </message>
    <message>
        <source>%1: unknown source %2.</source>
        <translation>%1 : source inconnue %2.</translation>
    </message>
    <message>
        <source>%1: “%2” %3 is not in “people”.</source>
        <translation>%1 : « %2 » %3 ne figure pas dans « people ».</translation>
    </message>
    <message>
        <source>%1: a “%2” point needs a person.</source>
        <translation>%1 : un point « %2 » a besoin d’une personne.</translation>
    </message>
    <message>
        <source>%1: a “%2” point has no person.</source>
        <translation>%1 : un point « %2 » n’a pas de personne.</translation>
    </message>
    <message>
        <source>%1: the same line twice.</source>
        <translation>%1 : la même ligne deux fois.</translation>
    </message>
    <message>
        <source>%1: “invitation” must be an object or null.</source>
        <translation>%1 : « invitation » doit être un objet ou null.</translation>
    </message>
    <message>
        <source>%1: the invitation UID %2 is empty or used twice.</source>
        <translation>%1 : l’UID d’invitation %2 est vide ou utilisé deux fois.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an invitation is at most %3 MB, so nothing was imported.</source>
        <extracomment>Real invitations are a few kilobytes (Outlook&apos;s with an inline logo, some hundred). More events than this is a whole calendar exported, not invitations.</extracomment>
        <translation>%1 fait %2 Mo ; une invitation fait au plus %3 Mo, rien n’a donc été importé.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, so it is not an invitation; nothing imported.</source>
        <translation>Le fichier dépasse %1 Mo, ce n’est donc pas une invitation ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file is not a calendar invitation (.ics): it does not begin with BEGIN:VCALENDAR.</source>
        <translation>Le fichier n’est pas une invitation d’agenda (.ics) : il ne commence pas par BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>The invitation is incomplete: it stops before END:VCALENDAR (a cut-off download?).</source>
        <translation>L’invitation est incomplète : elle s’arrête avant END:VCALENDAR (un téléchargement interrompu ?).</translation>
    </message>
    <message>
        <source>The calendar holds no events, so there is nothing to import.</source>
        <translation>L’agenda ne contient aucun événement : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>The file holds %1 events; that is a whole calendar, not invitations (at most %2 at once).</source>
        <translation>Le fichier contient %1 événements ; c’est un agenda entier, pas des invitations (au plus %2 à la fois).</translation>
    </message>
    <message>
        <source>Event %1 is not a valid event (%2).</source>
        <translation>L’événement %1 n’est pas un événement valide (%2).</translation>
    </message>
    <message>
        <source>The file is not a valid calendar invitation (%1).</source>
        <translation>Le fichier n’est pas une invitation d’agenda valide (%1).</translation>
    </message>
    <message>
        <source>The file holds the same event (UID) twice; nothing was imported.</source>
        <translation>Le fichier contient deux fois le même événement (UID) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Event %1 (“%2”)</source>
        <translation>Événement %1 (« %2 »)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>%1 repeats (%2); interviews do not recur, so nothing was imported. Ask for a single event, or add the interview by hand.</source>
        <translation>%1 se répète (%2) ; un entretien ne se répète pas, rien n’a donc été importé. Demandez un événement unique, ou ajoutez l’entretien à la main.</translation>
    </message>
    <message>
        <source>%1 has an unreadable time (%2).</source>
        <translation>%1 a une heure illisible (%2).</translation>
    </message>
    <message>
        <source>%1 has no start time (DTSTART).</source>
        <translation>%1 n’a pas d’heure de début (DTSTART).</translation>
    </message>
    <message>
        <source>%1 starts at a time but ends on a date (DTEND).</source>
        <translation>%1 commence à une heure mais se termine à une date (DTEND).</translation>
    </message>
    <message>
        <source>%1 uses the time zone “%2”, which neither the file (VTIMEZONE) nor this computer knows.</source>
        <translation>%1 utilise le fuseau horaire « %2 », que ni le fichier (VTIMEZONE) ni cet ordinateur ne connaissent.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>An iCalendar SEQUENCE is a small counter; anything larger is not a real invitation. Plan rules: ten years in minutes, or in business days. Where a problem is: the import&apos;s own records and places (“Interview 3, follow-up 2”), translated too a field of a record: %1 the record, %2 the field&apos;s name as the file spells it</extracomment>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>“%1” holds an invalid character (a lone UTF-16 surrogate).</source>
        <translation>« %1 » contient un caractère invalide (un substitut UTF-16 isolé).</translation>
    </message>
    <message>
        <source>“%1” is a number far too large (%2 digits).</source>
        <translation>« %1 » est un nombre bien trop grand (%2 chiffres).</translation>
    </message>
    <message>
        <source>“%1” is not a usable number (%2).</source>
        <translation>« %1 » n’est pas un nombre utilisable (%2).</translation>
    </message>
    <message>
        <source>A name in “%1” holds an invalid character.</source>
        <translation>Un nom dans « %1 » contient un caractère invalide.</translation>
    </message>
    <message>
        <source>%1: “%2” is in the year %3; dates from %4 to %5 are accepted.</source>
        <translation>%1 : « %2 » est en l’an %3 ; les dates de %4 à %5 sont acceptées.</translation>
    </message>
    <message>
        <source>%1: the invitation sequence is negative.</source>
        <translation>%1 : la séquence de l’invitation est négative.</translation>
    </message>
    <message>
        <source>%1: the invitation sequence %2 is far too large (at most %3).</source>
        <translation>%1 : la séquence d’invitation %2 est bien trop grande (au plus %3).</translation>
    </message>
    <message>
        <source>%1: %2 interviewers; at most %3 per interview are accepted.</source>
        <translation>%1 : %2 recruteurs ; au plus %3 par entretien sont acceptés.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 doit être du texte.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 est trop long (%2 caractères ; au plus %3).</translation>
    </message>
    <message>
        <source>%1 must be one line.</source>
        <translation>%1 doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 doit être un objet.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a whole number from 0 to %3.</source>
        <translation>%1 : « %2 » doit être un nombre entier de 0 à %3.</translation>
    </message>
    <message>
        <source>The plan settings in the file make no sense: %1</source>
        <translation>Les réglages du plan dans le fichier sont incohérents : %1</translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 e-mail addresses.</source>
        <translation>%1 doit être une liste d’au plus %2 adresses e-mail.</translation>
    </message>
    <message>
        <source>%1, entry %2, is not an e-mail address.</source>
        <translation>%1, entrée %2, n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds from 1 to %2.</source>
        <translation>%1 doit être un nombre de secondes de 1 à %2.</translation>
    </message>
    <message>
        <source>%1 must be a port number from 1 to 65535.</source>
        <translation>%1 doit être un numéro de port de 1 à 65535.</translation>
    </message>
    <message>
        <source>%1 “security” must be “ssl” or “starttls”.</source>
        <translation>%1 « security » doit être « ssl » ou « starttls ».</translation>
    </message>
    <message>
        <source>%1 “host” must be a server name without spaces.</source>
        <translation>%1 « host » doit être un nom de serveur sans espaces.</translation>
    </message>
    <message>
        <source>%1 “nudge_days” must be a whole number from 1 to 90.</source>
        <translation>%1 « nudge_days » doit être un nombre entier de 1 à 90.</translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 templates.</source>
        <translation>%1 doit être une liste d’au plus %2 modèles.</translation>
    </message>
    <message>
        <source>%1, template %2, must be an object.</source>
        <translation>%1, modèle %2, doit être un objet.</translation>
    </message>
    <message>
        <source>%1, template %2, “%3”</source>
        <translation>%1, modèle %2, « %3 »</translation>
    </message>
    <message>
        <source>%1 must be null or an ISO 8601 date-time with a UTC offset.</source>
        <translation>%1 doit être null ou une date-heure ISO 8601 avec un décalage UTC.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 doit être true ou false.</translation>
    </message>
    <message>
        <source>“settings” must be an object.</source>
        <extracomment>What each setting must hold. A setting not listed here is stored as it is (nothing reads it), within the size cap; a module that starts reading a new setting adds its check here.</extracomment>
        <translation>« settings » doit être un objet.</translation>
    </message>
    <message>
        <source>The setting “%1”</source>
        <translation>Le réglage « %1 »</translation>
    </message>
    <message>
        <source>The setting “%1” is too large.</source>
        <translation>Le réglage « %1 » est trop volumineux.</translation>
    </message>
    <message>
        <source>The file: “%1” is missing.</source>
        <translation>Le fichier : « %1 » manque.</translation>
    </message>
    <message>
        <source>The file: “%1” has the wrong type.</source>
        <translation>Le fichier : « %1 » n’a pas le bon type.</translation>
    </message>
    <message>
        <source>%1: a finding must be an object.</source>
        <translation>%1 : une trouvaille doit être un objet.</translation>
    </message>
    <message>
        <source>%1: unknown finding kind %2.</source>
        <translation>%1 : type de trouvaille inconnu %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is missing, not text or too long.</source>
        <translation>%1 : « %2 » manque, n’est pas du texte ou est trop long.</translation>
    </message>
    <message>
        <source>%1: “received_at” or “until” is not an ISO 8601 date.</source>
        <translation>%1 : « received_at » ou « until » n’est pas une date ISO 8601.</translation>
    </message>
    <message>
        <source>%1: “received_at” has no UTC offset.</source>
        <translation>%1 : « received_at » n’a pas de décalage UTC.</translation>
    </message>
    <message>
        <source>%1: “filed_in_sent” must be a folder name or null.</source>
        <translation>%1 : « filed_in_sent » doit être un nom de dossier ou null.</translation>
    </message>
    <message>
        <source>%1: “findings” must be a list.</source>
        <translation>%1 : « findings » doit être une liste.</translation>
    </message>
    <message>
        <source>%1, finding %2</source>
        <translation>%1, trouvaille %2</translation>
    </message>
    <message>
        <source>The file: “check_ins_off” must list interview ids of the file.</source>
        <translation>Le fichier : « check_ins_off » doit lister des identifiants d’entretiens du fichier.</translation>
    </message>
    <message>
        <source>The file: “referral_answers” must be a list.</source>
        <translation>Le fichier : « referral_answers » doit être une liste.</translation>
    </message>
    <message>
        <source>Referral answer %1</source>
        <translation>Réponse de recommandation %1</translation>
    </message>
    <message>
        <source>%1: names no referral in the file.</source>
        <translation>%1 : ne désigne aucune recommandation du fichier.</translation>
    </message>
    <message>
        <source>takes one line of text</source>
        <translation>prend une ligne de texte</translation>
    </message>
    <message>
        <source>takes at most %1 characters</source>
        <translation>prend au plus %1 caractères</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>« %1 » n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>takes a whole number from %1 to %2</source>
        <translation>prend un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>takes a number of seconds from %1 to %2</source>
        <translation>prend un nombre de secondes de %1 à %2</translation>
    </message>
    <message>
        <source>takes true or false</source>
        <translation>prend true ou false</translation>
    </message>
    <message>
        <source>takes one of: %1</source>
        <translation>prend l’une de ces valeurs : %1</translation>
    </message>
    <message>
        <source>there is no setting “%1” (see `finish-strong settings list`)</source>
        <translation>il n’existe pas de réglage « %1 » (voir `finish-strong settings list`)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 the setting&apos;s name, %2 what it takes (&quot;takes true or false&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 not changed: %2</source>
        <extracomment>%1 the setting&apos;s name, %2 the plan&apos;s problem</extracomment>
        <translation>%1 non modifié : %2</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The CA file %1 could not be read (%2).</source>
        <translation>Le fichier d’autorité de certification %1 n’a pas pu être lu (%2).</translation>
    </message>
    <message>
        <source>The CalDAV address must start with https:// and name a server.</source>
        <translation>L’adresse CalDAV doit commencer par https:// et nommer un serveur.</translation>
    </message>
    <message>
        <source>The password would cross the network unencrypted: use an https:// address.</source>
        <translation>Le mot de passe circulerait en clair sur le réseau : utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>The server did not say where your calendars are (no calendar home).</source>
        <translation>Le serveur n’a pas indiqué où se trouvent vos agendas (pas de dossier d’agendas).</translation>
    </message>
    <message>
        <source>Sync is not set up: choose a CalDAV server and calendar in Settings › Sync.</source>
        <extracomment>The collections the sync state belongs to (this machine&apos;s bookkeeping, never exported). What the items on the server look like; when it changes, everything is written again once. 2: X-FINISH-STRONG-DATA (what a second computer adopts) and done steps as completed todos.</extracomment>
        <translation>La synchronisation n’est pas configurée : choisissez un serveur CalDAV et un agenda dans Paramètres › Synchronisation.</translation>
    </message>
    <message>
        <source>Set caldav.url first (finish-strong settings set caldav.url URL).</source>
        <translation>Définissez d’abord caldav.url (finish-strong settings set caldav.url URL).</translation>
    </message>
    <message>
        <source>The calendar server did not accept the user name or password. Check them in Settings › Sync.</source>
        <extracomment>What each kind means for the user, by the kind&apos;s value (sync/errors.py SyncErrorKind)</extracomment>
        <translation>Le serveur d’agenda a refusé le nom d’utilisateur ou le mot de passe. Vérifiez-les dans Paramètres › Synchronisation.</translation>
    </message>
    <message>
        <source>The calendar server&apos;s certificate could not be verified (check the CA file).</source>
        <translation>Le certificat du serveur d’agenda n’a pas pu être vérifié (vérifiez le fichier d’autorité de certification).</translation>
    </message>
    <message>
        <source>The calendar server could not be reached; changes wait and go up later.</source>
        <translation>Le serveur d’agenda est injoignable ; les modifications attendent et partiront plus tard.</translation>
    </message>
    <message>
        <source>The calendar server stopped answering; changes wait and go up later.</source>
        <translation>Le serveur d’agenda ne répond plus ; les modifications attendent et partiront plus tard.</translation>
    </message>
    <message>
        <source>The calendar server refused a request.</source>
        <translation>Le serveur d’agenda a refusé une requête.</translation>
    </message>
    <message>
        <source>An item kept changing on the server; it will be merged at the next sync.</source>
        <translation>Un élément n’a cessé de changer sur le serveur ; il sera fusionné à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>password refused</source>
        <extracomment>The kind in a few words, for the status bar and the last sync&apos;s line in Settings › Sync</extracomment>
        <translation>mot de passe refusé</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>certificat non fiable</translation>
    </message>
    <message>
        <source>server not reachable</source>
        <translation>serveur injoignable</translation>
    </message>
    <message>
        <source>server not answering</source>
        <translation>le serveur ne répond pas</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>changed meanwhile</source>
        <translation>modifié entre-temps</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>non configurée</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Calendar server (CalDAV)</source>
        <translation>Serveur d’agenda (CalDAV)</translation>
    </message>
    <message>
        <source>kept in your system&apos;s keyring</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>CA file (optional):</source>
        <translation>Fichier CA (facultatif) :</translation>
    </message>
    <message>
        <source>Find my calendars</source>
        <translation>Trouver mes agendas</translation>
    </message>
    <message>
        <source>Create “Finish Strong”</source>
        <translation>Créer « Finish Strong »</translation>
    </message>
    <message>
        <source>&amp;Interviews go to:</source>
        <translation>&amp;Les entretiens vont dans :</translation>
    </message>
    <message>
        <source>&amp;Follow-ups go to:</source>
        <translation>Les &amp;relances vont dans :</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Last sync: {at} UTC, {result}.</source>
        <translation>Dernière synchronisation : {at} UTC, {result}.</translation>
    </message>
    <message>
        <source>failed ({kind})</source>
        <translation>échec ({kind})</translation>
    </message>
    <message>
        <source>Interviews and open follow-ups (with their reminders) go to your calendar; notes, drafts and personal notes never leave this computer.</source>
        <translation>Les entretiens et les relances ouvertes (avec leurs rappels) vont dans votre agenda ; notes, brouillons et notes personnelles ne quittent jamais cet ordinateur.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Could not reach your calendars ({kind}): {reason}</source>
        <translation>Impossible d’accéder à vos agendas ({kind}) : {reason}</translation>
    </message>
    <message>
        <source>Found {count} calendar(s).</source>
        <translation>{count} agenda(s) trouvé(s).</translation>
    </message>
    <message>
        <source>No calendars found: create “Finish Strong”.</source>
        <translation>Aucun agenda trouvé : créez « Finish Strong ».</translation>
    </message>
</context>
<context>
    <name>TalkingPointsEditor</name>
    <message>
        <source>Talking points</source>
        <translation>Points de discussion</translation>
    </message>
    <message>
        <source>★ Note, as written</source>
        <translation>★ Note, telle qu’écrite</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>The drafts say (edit freely)</source>
        <translation>Les brouillons disent (modifiable)</translation>
    </message>
    <message>
        <source>&amp;Reset phrase</source>
        <translation>&amp;Rétablir la formulation</translation>
    </message>
    <message>
        <source>Go back to the phrase derived from the note</source>
        <translation>Revenir à la formulation tirée de la note</translation>
    </message>
    <message>
        <source>No talking points yet: flag a line in your notes with ★ (Ctrl+T).</source>
        <translation>Aucun point de discussion : marquez une ligne de vos notes avec ★ (Ctrl+T).</translation>
    </message>
    <message>
        <source>Each point goes only into the drafts of the person it is for; points for the whole interview go to everyone. The phrase is what the e-mail and the card say, inside a sentence (“I especially enjoyed …”).</source>
        <translation>Chaque point n’apparaît que dans les brouillons de la personne concernée ; les points sur tout l’entretien vont à tout le monde. La formulation est ce que disent l’e-mail et la carte, au milieu d’une phrase (« J’ai particulièrement apprécié … »).</translation>
    </message>
    <message>
        <source>Your own wording (kept)</source>
        <translation>Votre formulation (conservée)</translation>
    </message>
    <message>
        <source>Derived from the note; edit it to make it yours</source>
        <translation>Tirée de la note ; modifiez-la pour vous l’approprier</translation>
    </message>
    <message>
        <source>In the notes: %1</source>
        <translation>Dans les notes : %1</translation>
    </message>
    <message>
        <source>In the personal notes on %1</source>
        <translation>Dans les notes personnelles sur %1</translation>
    </message>
    <message>
        <source>In what you talked about with %1</source>
        <translation>Dans ce dont vous avez parlé avec %1</translation>
    </message>
    <message>
        <source>Whom this point is for</source>
        <translation>À qui ce point est destiné</translation>
    </message>
    <message>
        <source>A point in someone&apos;s own notes is theirs</source>
        <translation>Un point dans les notes sur une personne lui revient</translation>
    </message>
    <message>
        <source>Whole interview</source>
        <translation>Tout l’entretien</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%1: %n follow-up due</source>
        <translation>
            <numerusform>%1 : %n relance à faire</numerusform>
            <numerusform>%1 : %n relances à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n follow-ups due</source>
        <translation>
            <numerusform>%1 : %n relance à faire</numerusform>
            <numerusform>%1 : %n relances à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing due</source>
        <translation>%1 : rien à faire</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Rien à faire aujourd’hui</translation>
    </message>
    <message>
        <source>Snooze all for 1 hour</source>
        <translation>Tout reporter d’1 heure</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <source>Resume now (%1)</source>
        <translation>Reprendre maintenant (%1)</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow 9:00</source>
        <translation>Jusqu’à demain 9 h</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Jusqu’à…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Tick follow-up</source>
        <translation>Cocher la relance</translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation>Rouvrir la relance</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>radar</name>
    <message>
        <source>Checking for replies failed ({kind}): {text}</source>
        <extracomment>Failures the user must act on; an unreachable or silent server (offline, asleep) waits for the next tick.</extracomment>
        <translation>La recherche de réponses a échoué ({kind}) : {text}</translation>
    </message>
    <message>
        <source>New mail about your thank-yous: {names}</source>
        <translation>Nouveaux e-mails concernant vos remerciements : {names}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: {reason}</source>
        <translation>Rien n’a été importé depuis {name} : {reason}</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import annulé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>Rien n’a été importé. {reason}</translation>
    </message>
    <message>
        <source>Imported {interviews} interviews and {people} people from {name}.</source>
        <translation>{interviews} entretiens et {people} personnes importés depuis {name}.</translation>
    </message>
</context>
</TS>
