<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>No se puede leer {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}: {1}</source>
        <translation>No se ha importado nada de {0}: {1}</translation>
    </message>
    <message>
        <source>Replace your mail settings?</source>
        <translation>¿Sustituir sus ajustes de correo?</translation>
    </message>
    <message>
        <source>Importing {0} would change your mail server settings:

{1}

Your password is sent to the server named here. Import the file and use these settings?</source>
        <translation>Importar {0} cambiaría los ajustes de su servidor de correo:

{1}

Su contraseña se enviará al servidor indicado aquí. ¿Importar el archivo y usar estos ajustes?</translation>
    </message>
    <message>
        <source>Import and replace</source>
        <translation>Importar y sustituir</translation>
    </message>
    <message>
        <source>Calendar synced at {time}</source>
        <extracomment>After the server could not be reached, try again this soon (then the 15-minute rhythm takes over). A tick this much later than planned means the machine slept (QTimer stops during suspend).</extracomment>
        <translation>Calendario sincronizado a las {time}</translation>
    </message>
    <message>
        <source>Calendar sync: {kind} at {time}; {count} waiting</source>
        <translation>Sincronización del calendario: {kind} a las {time}; {count} pendientes</translation>
    </message>
    <message>
        <source>Calendar sync: {kind} at {time}</source>
        <translation>Sincronización del calendario: {kind} a las {time}</translation>
    </message>
</context>
<context>
    <name>AnswerOpener</name>
    <message>
        <source>Finish Strong keeps only the headers and the first lines of this message; this file holds nothing more. The whole message is in your mailbox.</source>
        <extracomment>Opens a URL given as text; True when something took it.</extracomment>
        <translation>Finish Strong solo guarda los encabezados y las primeras líneas de este mensaje; este archivo no contiene nada más. El mensaje completo está en su buzón.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>%1 cannot open its data</source>
        <extracomment>After the first paint, how long the window stays alone before the deferred work starts.</extracomment>
        <translation>%1 no puede abrir sus datos</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Not saved: this interview was replaced or removed (a restore, an import or a delete).</source>
        <extracomment>The guard found the window&apos;s rows replaced or gone: its pending text was not written. True while the rows this window loaded are still in the database (set by the registry).</extracomment>
        <translation>No guardado: esta entrevista se sustituyó o eliminó (una restauración, una importación o un borrado).</translation>
    </message>
    <message>
        <source>Not saved yet %1 Your text is still here; retrying.</source>
        <translation>Todavía sin guardar %1 Su texto sigue aquí; se reintentará.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Finish Strong backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Copias de Finish Strong (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>daily</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name. Why a backup was taken, by the reason in its file name (store/backups.py)</extracomment>
        <translation>diaria</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>chosen file</source>
        <translation>archivo elegido</translation>
    </message>
    <message>
        <source>before the upgrade to version %1</source>
        <translation>antes de actualizar a la versión %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>The backup was not written to %1. %2</source>
        <translation>La copia no se escribió en %1. %2</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia guardada en %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>Replace your current data with the backup from %1?

Your current data are kept as a backup first (named “before-restore”).</source>
        <translation>¿Sustituir sus datos actuales por la copia del %1?

Sus datos actuales se guardan antes como copia (llamada «before-restore»).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Nothing was restored. %1</source>
        <translation>No se ha restaurado nada. %1</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>Restaurada la copia del %1.</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message numerus="yes">
        <source>%Ln interview</source>
        <translation>
            <numerusform>%Ln entrevista</numerusform>
            <numerusform>%Ln entrevistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln entrevista</numerusform>
            <numerusform>%Ln entrevistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with notes</source>
        <translation>
            <numerusform>%Ln con notas</numerusform>
            <numerusform>%Ln con notas</numerusform>
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
        <translation>Correo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>%1 mark</source>
        <translation>Marca: %1</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Please check these drafts before printing:</source>
        <translation>Revise estos borradores antes de imprimir:</translation>
    </message>
    <message>
        <source>Handwritten &amp;card…</source>
        <translation>&amp;Tarjeta manuscrita…</translation>
    </message>
    <message>
        <source>Step 3: the handwritten note&apos;s draft for an interviewer, printed at card size</source>
        <translation>Paso 3: el borrador de la tarjeta manuscrita para un entrevistador, impreso al tamaño de la tarjeta</translation>
    </message>
    <message>
        <source>Print today&apos;s card dra&amp;fts…</source>
        <translation>Imprimir los &amp;borradores de tarjetas de hoy…</translation>
    </message>
    <message>
        <source>Every card due today whose draft is not printed yet, several per sheet with cut marks</source>
        <translation>Todas las tarjetas de hoy cuyo borrador aún no está impreso, varias por hoja con marcas de corte</translation>
    </message>
    <message>
        <source>Select an interview first.</source>
        <translation>Seleccione primero una entrevista.</translation>
    </message>
    <message>
        <source>This interview has no interviewers yet: add one (Edit interview) to write a card.</source>
        <translation>Esta entrevista aún no tiene entrevistadores: añada uno (Editar entrevista) para escribir una tarjeta.</translation>
    </message>
    <message>
        <source>No card drafts left to print today.</source>
        <translation>Hoy no quedan borradores de tarjetas por imprimir.</translation>
    </message>
    <message>
        <source>Thank-you card drafts — %1</source>
        <translation>Borradores de tarjetas de agradecimiento — %1</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Antes de imprimir</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimir igualmente</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>The card itself</source>
        <extracomment>(key, label) of where to print: on the card stock itself or several per sheet with cut marks.</extracomment>
        <translation>La propia tarjeta</translation>
    </message>
    <message>
        <source>Letter sheets, with cut marks</source>
        <translation>Hojas Carta, con marcas de corte</translation>
    </message>
    <message>
        <source>A4 sheets, with cut marks</source>
        <translation>Hojas A4, con marcas de corte</translation>
    </message>
    <message>
        <source>Card for %1 — %2</source>
        <extracomment>The &quot;draft printed&quot; tick changed: the checklist should show it.</extracomment>
        <translation>Tarjeta para %1 — %2</translation>
    </message>
    <message>
        <source>Handwritten note to %1</source>
        <translation>Tarjeta manuscrita para %1</translation>
    </message>
    <message>
        <source>Write it here, print the draft at the card&apos;s size, then copy it by hand. About three sentences fit a card.</source>
        <translation>Escríbala aquí, imprima el borrador al tamaño de la tarjeta y cópielo a mano. En una tarjeta caben unas tres frases.</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Texto de la tarjeta</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Número de palabras</translation>
    </message>
    <message>
        <source>Fits on the card</source>
        <translation>Cabe en la tarjeta</translation>
    </message>
    <message>
        <source>All changes are saved as you type.</source>
        <translation>Todos los cambios se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Tamaño de la tarjeta</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Writing panel</source>
        <translation>Zona de escritura</translation>
    </message>
    <message>
        <source>Print ruled guide lines</source>
        <translation>Imprimir líneas guía</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Interlineado</translation>
    </message>
    <message>
        <source> mm between lines</source>
        <translation> mm entre líneas</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Print on</source>
        <translation>Imprimir en</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>&amp;Writing panel:</source>
        <translation>&amp;Zona de escritura:</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Interlineado:</translation>
    </message>
    <message>
        <source>En&amp;velope:</source>
        <translation>&amp;Sobre:</translation>
    </message>
    <message>
        <source>Print o&amp;n:</source>
        <translation>Imprimir e&amp;n:</translation>
    </message>
    <message>
        <source>Start again from the template</source>
        <translation>Empezar de nuevo con la plantilla</translation>
    </message>
    <message>
        <source>Replace the text with the card template (Settings → Cards), filled in</source>
        <translation>Sustituye el texto por la plantilla de tarjeta (Ajustes → Tarjetas), rellenada</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Envelope…</source>
        <translation>S&amp;obre…</translation>
    </message>
    <message>
        <source>See the draft as it will print (Ctrl+Shift+P)</source>
        <translation>Ver el borrador tal como se imprimirá (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Print the draft on any printer (Ctrl+P)</source>
        <translation>Imprimir el borrador en cualquier impresora (Ctrl+P)</translation>
    </message>
    <message>
        <source>Write the draft to a PDF file (Ctrl+Shift+S)</source>
        <translation>Guardar el borrador en un archivo PDF (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Print the envelope: their address and yours (Ctrl+Shift+V)</source>
        <translation>Imprimir el sobre: su dirección y la suya (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <source>Fits: %1 of %2 lines on the card.</source>
        <translation>Cabe: %1 de %2 líneas en la tarjeta.</translation>
    </message>
    <message>
        <source>Does not fit: %1. Shorten it, or pick a larger card or closer lines.</source>
        <translation>No cabe: %1. Acórtelo o elija una tarjeta más grande o líneas más juntas.</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>Revise:</translation>
    </message>
    <message numerus="yes">
        <source>%n word.</source>
        <translation>
            <numerusform>%n palabra.</numerusform>
            <numerusform>%n palabras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words.</source>
        <translation>
            <numerusform>%n palabra.</numerusform>
            <numerusform>%n palabras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word: a card has room for about three sentences (30–60 words).</source>
        <translation>
            <numerusform>%n palabra: en una tarjeta caben unas tres frases (30–60 palabras).</numerusform>
            <numerusform>%n palabras: en una tarjeta caben unas tres frases (30–60 palabras).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words: a card has room for about three sentences (30–60 words).</source>
        <translation>
            <numerusform>%n palabra: en una tarjeta caben unas tres frases (30–60 palabras).</numerusform>
            <numerusform>%n palabras: en una tarjeta caben unas tres frases (30–60 palabras).</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: write about three sentences (30–60 words).</source>
        <translation>Vacía: escriba unas tres frases (30–60 palabras).</translation>
    </message>
    <message numerus="yes">
        <source>%n words: a handwritten card holds about 30–60; shorten it.</source>
        <translation>
            <numerusform>%n palabra: una tarjeta manuscrita admite unas 30–60; acórtelo.</numerusform>
            <numerusform>%n palabras: una tarjeta manuscrita admite unas 30–60; acórtelo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words: a good length for a card.</source>
        <translation>
            <numerusform>%n palabra: buena longitud para una tarjeta.</numerusform>
            <numerusform>%n palabras: buena longitud para una tarjeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank-you card — %1</source>
        <translation>Tarjeta de agradecimiento — %1</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Antes de imprimir</translation>
    </message>
    <message>
        <source>Preview anyway</source>
        <translation>Ver igualmente</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimir igualmente</translation>
    </message>
    <message>
        <source>Before you save</source>
        <translation>Antes de guardar</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar igualmente</translation>
    </message>
    <message>
        <source>Draft printed: the checklist shows it. Tick “mailed” once the card is posted.</source>
        <translation>Borrador impreso: la lista lo indica. Marque «enviada» cuando haya echado la tarjeta al correo.</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message numerus="yes">
        <source>Printed %n card draft.</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation>
            <numerusform>%n borrador de tarjeta impreso.</numerusform>
            <numerusform>%n borradores de tarjeta impresos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n card drafts.</source>
        <translation>
            <numerusform>%n borrador de tarjeta impreso.</numerusform>
            <numerusform>%n borradores de tarjeta impresos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsSettingsPage</name>
    <message>
        <source>Handwritten cards</source>
        <translation>Tarjetas manuscritas</translation>
    </message>
    <message>
        <source>Your return address</source>
        <translation>Su dirección de remitente</translation>
    </message>
    <message>
        <source>Your name
Street and number
City, postcode
Country</source>
        <translation>Su nombre
Calle y número
Código postal y ciudad
País</translation>
    </message>
    <message>
        <source>Card template</source>
        <translation>Plantilla de tarjeta</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>Card &amp;template:</source>
        <translation>&amp;Plantilla de tarjeta:</translation>
    </message>
    <message>
        <source>New card drafts start from the template. Placeholders:
%1.
%2 is a ★ line about that interviewer from your debrief.</source>
        <translation>Los borradores nuevos parten de la plantilla. Marcadores:
%1.
%2 es una línea ★ sobre ese entrevistador de su resumen.</translation>
    </message>
    <message>
        <source>The card template has an unknown placeholder: %1.</source>
        <translation>La plantilla de tarjeta tiene un marcador desconocido: %1.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in with {person}</source>
        <translation>Hacer seguimiento con {person}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Check-in draft</source>
        <translation>Borrador de seguimiento</translation>
    </message>
    <message>
        <source>Suggest check-ins for this interview</source>
        <translation>Proponer seguimientos para esta entrevista</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>Abrir en la aplicación de &amp;correo</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Double-click to write your debrief</source>
        <extracomment>Rows that open where the step is done on a double-click (see `open_requested`).</extracomment>
        <translation>Doble clic para escribir su resumen</translation>
    </message>
    <message>
        <source>Double-click to write the e-mail</source>
        <translation>Doble clic para escribir el correo</translation>
    </message>
    <message>
        <source>Double-click to write and print the card draft</source>
        <translation>Doble clic para escribir e imprimir el borrador de la tarjeta</translation>
    </message>
    <message>
        <source>No reply yet: double-click for a short check-in draft</source>
        <translation>Aún sin respuesta: doble clic para un breve borrador de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up checklist</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name. A row double-clicked or Enter pressed: open where that step is done (debrief, e-mail, card).</extracomment>
        <translation>Lista de seguimientos</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Bounced — check {name}&apos;s address</source>
        <translation>Rebotado — revise la dirección de {name}</translation>
    </message>
    <message>
        <source>Bounced — check the address</source>
        <translation>Rebotado — revise la dirección</translation>
    </message>
    <message>
        <source>Out of office until {date}</source>
        <translation>Fuera de la oficina hasta el {date}</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Fuera de la oficina</translation>
    </message>
    <message>
        <source>Replied {when}</source>
        <translation>Respondió {when}</translation>
    </message>
    <message>
        <source>Open the answer in your mail app</source>
        <translation>Abrir la respuesta en su aplicación de correo</translation>
    </message>
    <message>
        <source>No mail app opens message links here; the Message-ID was copied — search for it in your mail app.</source>
        <translation>Aquí ninguna aplicación de correo abre enlaces de mensajes; se copió el Message-ID: búsquelo en su aplicación de correo.</translation>
    </message>
    <message>
        <source>Mailed %1</source>
        <translation>Enviada %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impreso %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Sin imprimir</translation>
    </message>
    <message>
        <source>Tick when the card is mailed. “Draft printed” is set when you print the draft; double-click to open the card.</source>
        <translation>Márquelo cuando envíe la tarjeta. «Borrador impreso» se marca al imprimir; doble clic para abrir la tarjeta.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); nothing was written. Give a file name, or &apos;-&apos; for standard output.</source>
        <translation>%1 no es un archivo normal (es un dispositivo, una tubería o un socket); no se escribió nada. Indique un nombre de archivo, o «-» para la salida estándar.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: it is a folder</source>
        <translation>no se puede leer %1: es una carpeta</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>no se puede leer %1: el archivo no existe</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>no se puede escribir %1: la carpeta %2 no admite escritura</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 no es un archivo de texto UTF-8.</translation>
    </message>
    <message>
        <source>--at: %1 is not an ISO 8601 date-time (e.g. 2026-03-01T09:00)</source>
        <translation>--at: %1 no es una fecha y hora ISO 8601 (p. ej., 2026-03-01T09:00)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>standard output is closed; nothing was exported.</source>
        <translation>la salida estándar está cerrada; no se exportó nada.</translation>
    </message>
    <message>
        <source>standard output could not take the export (%1); it is incomplete.</source>
        <translation>la salida estándar no pudo recibir la exportación (%1); está incompleta.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>%1 To accept the new mail settings, run the import again with --replace-settings.</source>
        <translation>%1 Para aceptar los nuevos ajustes de correo, repita la importación con --replace-settings.</translation>
    </message>
    <message>
        <source>Imported %1 interviews and %2 people.</source>
        <translation>Se importaron %1 entrevistas y %2 personas.</translation>
    </message>
    <message>
        <source>--me: “%1” is not an e-mail address.</source>
        <translation>--me: «%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported; the app&apos;s Import invitation… can leave that event out.</source>
        <translation>%1 No se importó nada; «Importar invitación…» en la aplicación puede dejar fuera ese evento.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3); due %4</source>
        <translation>%1 — %2 (%3); vence %4</translation>
    </message>
    <message>
        <source>%1 (%2); due %3</source>
        <translation>%1 (%2); vence %3</translation>
    </message>
    <message>
        <source>Added %1 sample interviews.</source>
        <translation>Se añadieron %1 entrevistas de ejemplo.</translation>
    </message>
    <message>
        <source>%1 already exists; give the name of a new file.</source>
        <translation>%1 ya existe; indique el nombre de un archivo nuevo.</translation>
    </message>
    <message>
        <source>the new file must not be the damaged one.</source>
        <translation>el archivo nuevo no puede ser el dañado.</translation>
    </message>
    <message>
        <source>cannot read the backup %1: no such file</source>
        <translation>no se puede leer la copia de seguridad %1: el archivo no existe</translation>
    </message>
    <message>
        <source>Nothing needed from the backup %1.</source>
        <translation>No hizo falta nada de la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Damaged pages skipped: %1.</source>
        <translation>Páginas dañadas omitidas: %1.</translation>
    </message>
    <message>
        <source>Wrote %1. %2 was not changed.</source>
        <translation>Se escribió %1. %2 no se modificó.</translation>
    </message>
    <message>
        <source>No notes, people or companies match “%1”.</source>
        <translation>Ninguna nota, persona o empresa coincide con «%1».</translation>
    </message>
    <message>
        <source>Showing the %1 most recent matches — add words to narrow.</source>
        <translation>Se muestran las %1 coincidencias más recientes; añada palabras para afinar.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Filed in Sent</source>
        <translation>Archivado en Enviados</translation>
    </message>
    <message>
        <source>mail check failed (%1): %2</source>
        <translation>falló la comprobación del correo (%1): %2</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>set %1 first (finish-strong settings set KEY VALUE).</source>
        <translation>primero configure %1 (finish-strong settings set CLAVE VALOR).</translation>
    </message>
    <message>
        <source>the keyring cannot be used (%1).</source>
        <translation>no se puede usar el llavero (%1).</translation>
    </message>
    <message>
        <source>Forgot the %1 password for %2 at %3.</source>
        <translation>Se olvidó la contraseña de %1 de %2 en %3.</translation>
    </message>
    <message>
        <source>no password on standard input; nothing was stored.</source>
        <translation>no hay contraseña en la entrada estándar; no se guardó nada.</translation>
    </message>
    <message>
        <source>the keyring cannot be used (%1); nothing was stored.</source>
        <translation>no se puede usar el llavero (%1); no se guardó nada.</translation>
    </message>
    <message>
        <source>Stored the %1 password for %2 at %3 in the keyring.</source>
        <translation>Se guardó en el llavero la contraseña de %1 de %2 en %3.</translation>
    </message>
    <message>
        <source>Up: %1 created, %2 updated, %3 deleted.</source>
        <translation>Subida: %1 creados, %2 actualizados, %3 eliminados.</translation>
    </message>
    <message>
        <source>Down: %1 ticked, %2 moved, %3 put back, %4 adopted.</source>
        <translation>Bajada: %1 marcados, %2 movidos, %3 restaurados, %4 adoptados.</translation>
    </message>
    <message>
        <source>%1 interview(s) deleted on another computer, in the trash here.</source>
        <translation>%1 entrevista(s) eliminada(s) en otro ordenador, aquí en la papelera.</translation>
    </message>
    <message>
        <source>%1 request(s), %2 write(s); %3 interview(s) still queued.</source>
        <translation>%1 solicitud(es), %2 escritura(s); %3 entrevista(s) aún en cola.</translation>
    </message>
    <message>
        <source>sync failed (%1): %2</source>
        <translation>falló la sincronización (%1): %2</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>Thank-you e-mail: %1</source>
        <translation>Correo de agradecimiento: %1</translation>
    </message>
    <message>
        <source>No interviewers on this interview. Add them with Edit interview.</source>
        <translation>Esta entrevista no tiene entrevistadores. Añádalos con «Editar entrevista».</translation>
    </message>
    <message>
        <source>Drafts are saved as you type.</source>
        <translation>Los borradores se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancelar envío</translation>
    </message>
    <message>
        <source>&amp;Send (Ctrl+Return)</source>
        <translation>&amp;Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Send through your mail account (File &gt; Settings &gt; Mail)</source>
        <translation>Enviar con su cuenta de correo (Archivo &gt; Ajustes &gt; Correo)</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>Abrir en la aplicación de &amp;correo</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copiar al portapapeles</translation>
    </message>
    <message>
        <source>Mar&amp;k as sent</source>
        <translation>Marcar como en&amp;viado</translation>
    </message>
    <message>
        <source>You sent it some other way: tick this interviewer&apos;s e-mail step</source>
        <translation>Lo envió de otra forma: marcar el paso de correo de este entrevistador</translation>
    </message>
    <message>
        <source>One draft per interviewer, with their talking points and the answers they are owed from your debrief; edit freely.</source>
        <translation>Un borrador por entrevistador, con sus temas de conversación y las respuestas pendientes de su resumen; edítelo libremente.</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Borrador guardado a las %1.</translation>
    </message>
    <message>
        <source>This interviewer&apos;s e-mail step is done.</source>
        <translation>El paso de correo de este entrevistador está hecho.</translation>
    </message>
    <message>
        <source>This interview was replaced or removed: nothing was saved here.</source>
        <translation>Esta entrevista se sustituyó o eliminó: aquí no se guardó nada.</translation>
    </message>
    <message>
        <source>No mail account is set up: fill in File &gt; Settings &gt; Mail, or use “Open in mail app”.</source>
        <translation>No hay ninguna cuenta de correo configurada: complete Archivo &gt; Ajustes &gt; Correo o use «Abrir en la aplicación de correo».</translation>
    </message>
    <message>
        <source>Add %1&apos;s e-mail address in “To”.</source>
        <translation>Añada la dirección de correo de %1 en «Para».</translation>
    </message>
    <message>
        <source>You already sent this thank-you %1 to %2.

Send it again?</source>
        <translation>Ya envió este agradecimiento %1 a %2.

¿Enviarlo de nuevo?</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Ya enviado</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <source>The interview is %1 — send the thank-you now?</source>
        <translation>La entrevista es %1: ¿enviar ya el agradecimiento?</translation>
    </message>
    <message>
        <source>The interview ends %1 — send the thank-you now?</source>
        <translation>La entrevista termina %1: ¿enviar ya el agradecimiento?</translation>
    </message>
    <message>
        <source>Before the interview</source>
        <translation>Antes de la entrevista</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Before you send</source>
        <translation>Antes de enviar</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>Revise:</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar igualmente</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Contraseña de correo</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Contraseña de %1 en %2:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Rechazado: %1.</translation>
    </message>
    <message>
        <source>Sent to %1. %2&apos;s e-mail step is done.</source>
        <translation>Enviado a %1. El paso de correo de %2 está hecho.</translation>
    </message>
    <message>
        <source>Perhaps sent — %1 Your draft is kept and the step stays open.</source>
        <translation>Quizá enviado — %1 Su borrador se conserva y el paso sigue abierto.</translation>
    </message>
    <message>
        <source>Not sent — %1 Your draft is kept and the step stays open.</source>
        <translation>No enviado — %1 Su borrador se conserva y el paso sigue abierto.</translation>
    </message>
    <message>
        <source>Sent, but this interview was replaced meanwhile: the send was not recorded.</source>
        <translation>Enviado, pero esta entrevista se sustituyó mientras tanto: el envío no se registró.</translation>
    </message>
    <message>
        <source>your mail app</source>
        <translation>su aplicación de correo</translation>
    </message>
    <message>
        <source>the draft file %1</source>
        <translation>el archivo de borrador %1</translation>
    </message>
    <message>
        <source>Opened in %1. Once you have sent it, click “Mark as sent”.</source>
        <translation>Abierto en %1. Cuando lo haya enviado, pulse «Marcar como enviado».</translation>
    </message>
    <message>
        <source>Could not open %1. Use “Copy to clipboard” and paste it into your mail.</source>
        <translation>No se pudo abrir %1. Use «Copiar al portapapeles» y péguelo en su correo.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Subject and text copied. Once you have sent it, click “Mark as sent”.</source>
        <translation>Asunto y texto copiados. Cuando lo haya enviado, pulse «Marcar como enviado».</translation>
    </message>
    <message>
        <source>Marked as sent: %1&apos;s e-mail step is done.</source>
        <translation>Marcado como enviado: el paso de correo de %1 está hecho.</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <translation>Enviado %1 a %2</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviado %1</translation>
    </message>
    <message>
        <source>Marked as sent %1 (to %2)</source>
        <translation>Marcado como enviado %1 (a %2)</translation>
    </message>
    <message>
        <source>Marked as sent %1</source>
        <translation>Marcado como enviado %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1: unexpected error</source>
        <translation>%1: error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside Finish Strong. Your data were left as they were before the failed step; you can keep working, or restart the app to be safe.

The details are also in the log folder %1. They hold no note text and no password, so you can attach them to a bug report.</source>
        <translation>Algo falló dentro de Finish Strong. Sus datos quedaron como estaban antes del paso fallido; puede seguir trabajando o reiniciar la aplicación por seguridad.

Los detalles están también en la carpeta de registros %1. No contienen notas ni contraseñas, así que puede adjuntarlos a un informe de error.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the error details to the clipboard</source>
        <translation>Copiar los detalles del error al portapapeles</translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <source>Finish Strong export (*.json);;All files (*)</source>
        <translation>Exportación de Finish Strong (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
</context>
<context>
    <name>DateTimeEntry</name>
    <message>
        <source>Type the date and time as you write them ({0}), as ISO (2026-12-01 14:00), or with a short time such as 2pm, 2:30 pm or 14.30.</source>
        <translation>Escriba la fecha y la hora como las escribe ({0}), en formato ISO (2026-12-01 14:00) o con una hora corta como 14, 14:30 o 14.30.</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>{0} problem</source>
        <translation>Problema: {0}</translation>
    </message>
</context>
<context>
    <name>DayAgenda</name>
    <message>
        <source>Interview: %1</source>
        <translation>Entrevista: %1</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 pendiente</translation>
    </message>
    <message>
        <source>Day agenda</source>
        <translation>Agenda del día</translation>
    </message>
    <message>
        <source>Nothing on this day.</source>
        <translation>Nada este día.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
</context>
<context>
    <name>DebriefWindow</name>
    <message>
        <source>Debrief: %1</source>
        <extracomment>A very long section is re-indexed for search this long after the last autosave. The plan changed (a referral added or removed, the notes step ticked). Emitted once everything is saved and the window is going away.</extracomment>
        <translation>Resumen: %1</translation>
    </message>
    <message>
        <source>All changes are saved as you type.</source>
        <translation>Todos los cambios se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>&amp;Entrevistadores</translation>
    </message>
    <message>
        <source>Open &amp;questions (%1)</source>
        <translation>&amp;Preguntas abiertas (%1)</translation>
    </message>
    <message>
        <source>&amp;Referrals (%1)</source>
        <translation>&amp;Recomendaciones (%1)</translation>
    </message>
    <message>
        <source>Talking &amp;points</source>
        <translation>&amp;Temas de conversación</translation>
    </message>
    <message>
        <source>Earlier rounds</source>
        <translation>Rondas anteriores</translation>
    </message>
    <message>
        <source>&amp;Earlier rounds at %1 (%2)</source>
        <translation>Rondas &amp;anteriores en %1 (%2)</translation>
    </message>
    <message>
        <source>★ Talking point (%1)</source>
        <translation>★ Tema de conversación (%1)</translation>
    </message>
    <message>
        <source>Flag the current line to mention in the thank-you</source>
        <translation>Marcar la línea actual para mencionarla en el agradecimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No interviewers on this interview. Add them with Edit interview.</source>
        <translation>Esta entrevista no tiene entrevistadores. Añádalos con «Editar entrevista».</translation>
    </message>
    <message>
        <source>What you talked about with %1</source>
        <translation>De qué habló con %1</translation>
    </message>
    <message>
        <source>Topics, their questions, anything to mention in your thank-you</source>
        <translation>Temas, sus preguntas, todo lo que quiera mencionar en su agradecimiento</translation>
    </message>
    <message>
        <source>Personal things about %1</source>
        <translation>Cosas personales de %1</translation>
    </message>
    <message>
        <source>Hobbies, pet peeves, shared interests — kept for your next meeting</source>
        <translation>Aficiones, manías, intereses comunes — se guardan para la próxima reunión</translation>
    </message>
    <message>
        <source>What you talked about:</source>
        <translation>De qué hablaron:</translation>
    </message>
    <message>
        <source>Personal (kept on %1 for every interview):</source>
        <translation>Personal (se guarda en %1 para cada entrevista):</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Entrevistadores</translation>
    </message>
    <message>
        <source>Not saved yet %1 Your text is still here; retrying.</source>
        <translation>Todavía sin guardar %1 Su texto sigue aquí; se reintentará.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Talking &amp;points (%1)</source>
        <translation>&amp;Temas de conversación (%1)</translation>
    </message>
    <message>
        <source>✓ Notes step done</source>
        <translation>✓ Paso de notas hecho</translation>
    </message>
    <message>
        <source>Notes &amp;done (Ctrl+Return)</source>
        <translation>Notas &amp;terminadas (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Ticks step 1 of the plan; untick it in the checklist to reopen.</source>
        <translation>Marca el paso 1 del plan; desmárquelo en la lista para reabrirlo.</translation>
    </message>
    <message>
        <source>Notes saved — step 1 is done. Next: the thank-you e-mail.</source>
        <translation>Notas guardadas: el paso 1 está hecho. Ahora: el correo de agradecimiento.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Debrief…</source>
        <translation>Resumen…</translation>
    </message>
    <message>
        <source>Step 1: your notes, talking points, open questions and referrals (Ctrl+D)</source>
        <translation>Paso 1: sus notas, temas, preguntas abiertas y recomendaciones (Ctrl+D)</translation>
    </message>
    <message>
        <source>Follow-up plan:</source>
        <extracomment>The reply radar&apos;s answers: who wrote, when, the subject and first line (plain text).</extracomment>
        <translation>Plan de seguimiento:</translation>
    </message>
    <message>
        <source>your time (%1–%2 in %3)</source>
        <translation>su hora (%1–%2 en %3)</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>{person} replied {when}: “{subject}”</source>
        <translation>{person} respondió {when}: «{subject}»</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Write your notes</source>
        <translation>Escribir sus notas</translation>
    </message>
    <message>
        <source>Send a thank-you e-mail</source>
        <translation>Enviar un correo de agradecimiento</translation>
    </message>
    <message>
        <source>Mail a handwritten note</source>
        <translation>Enviar una tarjeta manuscrita</translation>
    </message>
    <message>
        <source>Contact the referral</source>
        <translation>Contactar a la persona recomendada</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Hacer seguimiento</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Entrevista telefónica</translation>
    </message>
    <message>
        <source>Recruiter call</source>
        <translation>Llamada con selección</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable de contratación</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Take-home review</source>
        <translation>Revisión de la prueba</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Whole face</source>
        <translation>Cara completa</translation>
    </message>
    <message>
        <source>Lower half (top fold)</source>
        <translation>Mitad inferior (pliegue arriba)</translation>
    </message>
    <message>
        <source>Upper half</source>
        <translation>Mitad superior</translation>
    </message>
    <message>
        <source>Right half (side fold)</source>
        <translation>Mitad derecha (pliegue lateral)</translation>
    </message>
    <message>
        <source>Left half</source>
        <translation>Mitad izquierda</translation>
    </message>
    <message>
        <source>Folded note 4¼×5½ in (A2 envelope)</source>
        <translation>Tarjeta plegada 4¼×5½ in (sobre A2)</translation>
    </message>
    <message>
        <source>3½×5 in (A1 envelope)</source>
        <translation>3½×5 in (sobre A1)</translation>
    </message>
    <message>
        <source>5×7 in (A7 envelope)</source>
        <translation>5×7 in (sobre A7)</translation>
    </message>
    <message>
        <source>4×6 in (A6 envelope)</source>
        <translation>4×6 in (sobre A6)</translation>
    </message>
    <message>
        <source>ISO A6 105×148 mm (C6 envelope)</source>
        <translation>ISO A6 105×148 mm (sobre C6)</translation>
    </message>
    <message>
        <source>#10 4⅛×9½ in</source>
        <translation>#10 4⅛×9½ in</translation>
    </message>
    <message>
        <source>A1 3⅝×5⅛ in</source>
        <translation>A1 3⅝×5⅛ in</translation>
    </message>
    <message>
        <source>A2 4⅜×5¾ in</source>
        <translation>A2 4⅜×5¾ in</translation>
    </message>
    <message>
        <source>A6 4¾×6½ in</source>
        <translation>A6 4¾×6½ in</translation>
    </message>
    <message>
        <source>A7 5¼×7¼ in</source>
        <translation>A7 5¼×7¼ in</translation>
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
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>ISO A4</source>
        <translation>ISO A4</translation>
    </message>
    <message>
        <source>Observations and impressions</source>
        <translation>Observaciones e impresiones</translation>
    </message>
    <message>
        <source>How did it go? What stood out about the team, the office, the mood?</source>
        <translation>¿Cómo fue? ¿Qué le llamó la atención del equipo, la oficina, el ambiente?</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Qué se habló</translation>
    </message>
    <message>
        <source>Questions asked, projects described, your answers worth repeating.</source>
        <translation>Preguntas, proyectos descritos, respuestas suyas que vale la pena repetir.</translation>
    </message>
    <message>
        <source>The company&apos;s recent projects</source>
        <translation>Proyectos recientes de la empresa</translation>
    </message>
    <message>
        <source>Launches, migrations, acquisitions they mentioned.</source>
        <translation>Lanzamientos, migraciones, adquisiciones que mencionaron.</translation>
    </message>
    <message>
        <source>Professional organizations</source>
        <translation>Organizaciones profesionales</translation>
    </message>
    <message>
        <source>Associations or groups they belong to or recommended.</source>
        <translation>Asociaciones o grupos a los que pertenecen o que recomendaron.</translation>
    </message>
    <message>
        <source>Industry events</source>
        <translation>Eventos del sector</translation>
    </message>
    <message>
        <source>Meet-ups, trade shows, awards.</source>
        <translation>Encuentros, ferias, premios.</translation>
    </message>
    <message>
        <source>Upcoming conferences</source>
        <translation>Próximas conferencias</translation>
    </message>
    <message>
        <source>Where they will be, and when.</source>
        <translation>Dónde estarán y cuándo.</translation>
    </message>
    <message>
        <source>Company-wide meetings</source>
        <translation>Reuniones de toda la empresa</translation>
    </message>
    <message>
        <source>All-hands, offsites, planning cycles.</source>
        <translation>Reuniones generales, jornadas fuera, ciclos de planificación.</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Whatever else you want to remember.</source>
        <translation>Cualquier otra cosa que quiera recordar.</translation>
    </message>
    <message>
        <source>The referral is empty.</source>
        <extracomment>(key, title, hint) in the order the article lists them. Generous: a pasted 1 MB document must fit; far beyond that is a mistake, not notes. Measured (make bench, docs/PERFORMANCE.md): at this size a keystroke stays under 20 ms and an autosave well under 0.1 s; at 5 MB each autosave stalled typing for ~250–350 ms. The cap holds in the editor (a longer paste is refused, with the reason) and in imports alike. person id -&gt; what you talked about with them in this interview referral_problems(): a fixed sentence, translated by its text in the context &quot;DomainText&quot;</extracomment>
        <translation>La recomendación está vacía.</translation>
    </message>
    <message>
        <source>The notes reminder comes after its deadline.</source>
        <extracomment>PlanRules.problems(): fixed sentences, translated by their text in the context &quot;DomainText&quot; (ui/shared/domain_words.py `domain_text`; the CLI and the JSON import through domain/words.py).</extracomment>
        <translation>El recordatorio de las notas llega después de su plazo.</translation>
    </message>
    <message>
        <source>The thank-you e-mail reminder comes after its deadline.</source>
        <translation>El recordatorio del correo de agradecimiento llega después de su plazo.</translation>
    </message>
    <message>
        <source>The handwritten note reminder comes after its deadline.</source>
        <translation>El recordatorio de la tarjeta manuscrita llega después de su plazo.</translation>
    </message>
    <message>
        <source>The referral reminder comes after its deadline.</source>
        <translation>El recordatorio de la recomendación llega después de su plazo.</translation>
    </message>
</context>
<context>
    <name>DraftCheckerPanel</name>
    <message>
        <source>Draft check</source>
        <extracomment>Typing pauses this long before the draft is checked again (the checks are cheap, the list redraw is not).</extracomment>
        <translation>Revisión del borrador</translation>
    </message>
    <message>
        <source>Click a finding to select the spot in the text</source>
        <translation>Haga clic en un aviso para seleccionar el lugar en el texto</translation>
    </message>
    <message>
        <source>Draft check: nothing to fix</source>
        <translation>Revisión del borrador: nada que corregir</translation>
    </message>
    <message>
        <source>Name, company and role as on the interview, a specific point, the answers owed, no one else&apos;s notes, no stock filler, a good length.</source>
        <translation>Nombre, empresa y puesto como en la entrevista, un punto concreto, las respuestas pendientes, ninguna nota de otras personas, sin frases hechas, una buena longitud.</translation>
    </message>
    <message numerus="yes">
        <source>Draft check: %n to look at</source>
        <translation>
            <numerusform>Revisión del borrador: %n aviso</numerusform>
            <numerusform>Revisión del borrador: %n avisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>To (%1)</source>
        <translation>Para (%1)</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>nombre@empresa.example</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Re&amp;fill from template</source>
        <translation>Vol&amp;ver a rellenar con la plantilla</translation>
    </message>
    <message>
        <source>Replace the subject and text with the chosen template, filled in again</source>
        <translation>Sustituir el asunto y el texto por la plantilla elegida, rellenada de nuevo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation>Texto del correo</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1.</source>
        <translation>No es una dirección de correo: %1.</translation>
    </message>
</context>
<context>
    <name>EarlierRounds</name>
    <message>
        <source>No earlier rounds at this company.</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation>No hay rondas anteriores en esta empresa.</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>Talking points:</source>
        <translation>Temas de conversación:</translation>
    </message>
    <message>
        <source>Open questions:</source>
        <translation>Preguntas abiertas:</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>With %1:</source>
        <translation>Con %1:</translation>
    </message>
</context>
<context>
    <name>EditorRegistry</name>
    <message>
        <source>A window was closed: what it showed was replaced or removed.</source>
        <extracomment>Whether the window can be built again in place; a dialog that belongs to another editor cannot. A window was closed or rebuilt because its data were replaced or removed (for the status bar).</extracomment>
        <translation>Se cerró una ventana: lo que mostraba se sustituyó o eliminó.</translation>
    </message>
    <message>
        <source>A window was reloaded with the data now stored.</source>
        <translation>Se recargó una ventana con los datos guardados ahora.</translation>
    </message>
</context>
<context>
    <name>EnvelopeDialog</name>
    <message>
        <source>Envelope for %1</source>
        <translation>Sobre para %1</translation>
    </message>
    <message>
        <source>Envelope size</source>
        <translation>Tamaño del sobre</translation>
    </message>
    <message>
        <source>Recipient&apos;s postal address</source>
        <translation>Dirección postal del destinatario</translation>
    </message>
    <message>
        <source>Company
Street and number
City, postcode
Country</source>
        <translation>Empresa
Calle y número
Código postal y ciudad
País</translation>
    </message>
    <message>
        <source>Your return address</source>
        <translation>Su dirección de remitente</translation>
    </message>
    <message>
        <source>Your name
Street and number
City, postcode</source>
        <translation>Su nombre
Calle y número
Código postal y ciudad</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Sobre:</translation>
    </message>
    <message>
        <source>&amp;To %1:</source>
        <translation>&amp;Para %1:</translation>
    </message>
    <message>
        <source>&amp;From (you):</source>
        <translation>&amp;De (usted):</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Envelope — %1</source>
        <translation>Sobre — %1</translation>
    </message>
    <message>
        <source>The name goes above the address. What you type here is kept: theirs on their profile, yours in Settings → Cards.</source>
        <translation>El nombre va encima de la dirección. Lo que escriba aquí se conserva: la suya en su ficha, la de usted en Ajustes → Tarjetas.</translation>
    </message>
    <message>
        <source>The interviewer</source>
        <translation>El entrevistador</translation>
    </message>
    <message>
        <source>%1 has no postal address yet.</source>
        <translation>%1 todavía no tiene dirección postal.</translation>
    </message>
    <message>
        <source>Your return address is missing (Settings → Cards).</source>
        <translation>Falta su dirección de remitente (Ajustes → Tarjetas).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data file is busy: another program (perhaps a command-line import, or a second Finish Strong on the same folder) is writing to it. Nothing was lost; try again in a moment, and close the other program if it keeps happening.</source>
        <translation>El archivo de datos está ocupado: otro programa (quizá una importación por línea de comandos o un segundo Finish Strong en la misma carpeta) está escribiendo en él. No se ha perdido nada; inténtelo de nuevo en un momento y cierre el otro programa si vuelve a pasar.</translation>
    </message>
    <message>
        <source>The disk holding your data is full, so the change could not be saved. Nothing was lost: free some space (empty the trash, delete large files) and try again.</source>
        <translation>El disco con sus datos está lleno, así que el cambio no se pudo guardar. No se ha perdido nada: libere espacio (vacíe la papelera, borre archivos grandes) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to (it is read-only, or belongs to another user). Nothing was changed. Make the folder writable for your user, or start Finish Strong with --data-dir pointing to a folder you can write to.</source>
        <translation>No se puede escribir en la carpeta de datos (es de solo lectura o pertenece a otro usuario). No se ha cambiado nada. Dé permiso de escritura a su usuario o inicie Finish Strong con --data-dir apuntando a una carpeta donde pueda escribir.</translation>
    </message>
    <message>
        <source>— the disk is full: free some space.</source>
        <translation>— el disco está lleno: libere espacio.</translation>
    </message>
    <message>
        <source>— the data folder cannot be written to: make it writable.</source>
        <translation>— no se puede escribir en la carpeta de datos: dele permiso de escritura.</translation>
    </message>
    <message>
        <source>— another program is writing to the data file.</source>
        <translation>— otro programa está escribiendo en el archivo de datos.</translation>
    </message>
    <message>
        <source>Finish Strong could not save the change (%1). Nothing was lost; try again.</source>
        <translation>Finish Strong no pudo guardar el cambio (%1). No se ha perdido nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The data file is locked by another program (perhaps a command-line import). Wait for it to finish, or close it, then start Finish Strong again.</source>
        <translation>Otro programa tiene bloqueado el archivo de datos (quizá una importación por línea de comandos). Espere a que termine o ciérrelo, y vuelva a iniciar Finish Strong.</translation>
    </message>
    <message>
        <source>The disk holding your data is full, so Finish Strong cannot start. Free some space and start again.</source>
        <translation>El disco con sus datos está lleno, así que Finish Strong no puede iniciarse. Libere espacio e inícielo de nuevo.</translation>
    </message>
    <message>
        <source>Finish Strong cannot write to its data folder (it is read-only, or belongs to another user). Make it writable for your user, or start Finish Strong with --data-dir pointing to a folder you can write to. Nothing was changed.</source>
        <translation>Finish Strong no puede escribir en su carpeta de datos (es de solo lectura o pertenece a otro usuario). Dé permiso de escritura a su usuario o inicie Finish Strong con --data-dir apuntando a una carpeta donde pueda escribir. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Finish Strong cannot open its data (%1). Nothing was changed.</source>
        <translation>Finish Strong no puede abrir sus datos (%1). No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>EventBox</name>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>Update of an interview you imported</source>
        <translation>Actualización de una entrevista importada</translation>
    </message>
    <message>
        <source>Cancelled by the organizer</source>
        <translation>Cancelada por el organizador</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada que hacer</translation>
    </message>
    <message>
        <source>your time (%1–%2 in %3)</source>
        <translation>su hora (%1–%2 en %3)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source>Untick to leave this event out of the import.</source>
        <translation>Desmarque para dejar este evento fuera de la importación.</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>Invitación:</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Company of event %1</source>
        <translation>Empresa del evento %1</translation>
    </message>
    <message>
        <source>Role of event %1</source>
        <translation>Puesto del evento %1</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation>Entrevista:</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(sin empresa)</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Interviewers:</source>
        <translation>Entrevistadores:</translation>
    </message>
    <message>
        <source>none listed (add them later)</source>
        <translation>ninguno indicado (añádalos más tarde)</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>It will be marked withdrawn.</source>
        <translation>Se marcará como retirada.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Omitido: %1.</translation>
    </message>
    <message>
        <source>The invitation has no title: enter the company.</source>
        <translation>La invitación no tiene título: escriba la empresa.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Enter the interviewer&apos;s name.</source>
        <extracomment>Interviewers per interview: a panel is a handful; thousands (a mailing list in an invitation) would make every view of the interview slow. Invitations keep the first ones (invitation.py).</extracomment>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>Choose the form of address from the list.</source>
        <translation>Elija el tratamiento de la lista.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Escriba el nombre de la empresa.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>«%1» no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>The start and end need a time zone.</source>
        <translation>El inicio y el fin necesitan una zona horaria.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks go forward then.</source>
        <translation>%1 no existe el %2 en %3: ese día se adelantan los relojes.</translation>
    </message>
    <message>
        <source>The interview must end after it starts.</source>
        <translation>La entrevista debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>An interview cannot last more than 7 days.</source>
        <translation>Una entrevista no puede durar más de 7 días.</translation>
    </message>
    <message>
        <source>%1 interviewers is too many: at most %2 per interview.</source>
        <translation>%1 entrevistadores son demasiados: como máximo %2 por entrevista.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; at most %2).</source>
        <extracomment>&quot;%1 characters&quot; over the limit %2, per field</extracomment>
        <translation>El nombre es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>The title is too long (%1 characters; at most %2).</source>
        <translation>El cargo es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>The e-mail address is too long (%1 characters; at most %2).</source>
        <translation>La dirección de correo es demasiado larga (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>The address is too long (%1 characters; at most %2).</source>
        <translation>La dirección es demasiado larga (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>The company name is too long (%1 characters; at most %2).</source>
        <translation>El nombre de la empresa es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>The role is too long (%1 characters; at most %2).</source>
        <translation>El puesto es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>The round is too long (%1 characters; at most %2).</source>
        <translation>La ronda es demasiado larga (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>The location is too long (%1 characters; at most %2).</source>
        <translation>El lugar es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
</context>
<context>
    <name>FindingWords</name>
    <message>
        <source>“%1” is not how %2 writes the name.</source>
        <extracomment>key: (message, fix), with %1, %2… the finding&apos;s args in order.</extracomment>
        <translation>«%1» no es como %2 escribe su nombre.</translation>
    </message>
    <message>
        <source>Write “%3”.</source>
        <translation>Escriba «%3».</translation>
    </message>
    <message>
        <source>The draft does not name %1.</source>
        <translation>El borrador no nombra a %1.</translation>
    </message>
    <message>
        <source>Greet them by name: “Dear %2,”.</source>
        <translation>Salude por su nombre: «Estimado/a %2:».</translation>
    </message>
    <message>
        <source>“%1” differs from the company on the interview.</source>
        <translation>«%1» no coincide con la empresa de la entrevista.</translation>
    </message>
    <message>
        <source>Write “%2”.</source>
        <translation>Escriba «%2».</translation>
    </message>
    <message>
        <source>“%1” differs from the role on the interview.</source>
        <translation>«%1» no coincide con el puesto de la entrevista.</translation>
    </message>
    <message>
        <source>The draft does not mention the company, %1.</source>
        <translation>El borrador no menciona la empresa, %1.</translation>
    </message>
    <message>
        <source>Name it, e.g. “the %2 position at %3”.</source>
        <translation>Nómbrelo, p. ej., «el puesto de %2 en %3».</translation>
    </message>
    <message>
        <source>The draft does not mention the role, %1.</source>
        <translation>El borrador no menciona el puesto, %1.</translation>
    </message>
    <message>
        <source>No specific point from the interview is mentioned.</source>
        <translation>No se menciona ningún punto concreto de la entrevista.</translation>
    </message>
    <message>
        <source>Mention one, e.g. “%1”.</source>
        <translation>Mencione uno, p. ej., «%1».</translation>
    </message>
    <message>
        <source>Flag a line with ★ in the debrief, or write one thing you talked about.</source>
        <translation>Marque una línea con ★ en el resumen o escriba algo de lo que hablaron.</translation>
    </message>
    <message>
        <source>Your answer to “%1” is not in the draft.</source>
        <translation>Su respuesta a «%1» no está en el borrador.</translation>
    </message>
    <message>
        <source>Add it: “%2”.</source>
        <translation>Añádala: «%2».</translation>
    </message>
    <message>
        <source>“%1” is still open and has no answer yet.</source>
        <translation>«%1» sigue abierta y aún no tiene respuesta.</translation>
    </message>
    <message>
        <source>Write the answer in the debrief&apos;s open questions, or tick “Answered in the interview”.</source>
        <translation>Escriba la respuesta en las preguntas abiertas del resumen o marque «Respondida en la entrevista».</translation>
    </message>
    <message>
        <source>This comes from your notes on %1.</source>
        <translation>Esto viene de sus notas sobre %1.</translation>
    </message>
    <message>
        <source>Remove it: interviewers compare notes, and it was not said to this person.</source>
        <translation>Quítelo: los entrevistadores comparan notas y no se lo dijo a esta persona.</translation>
    </message>
    <message>
        <source>“%1” talks about someone in the third person.</source>
        <translation>«%1» habla de alguien en tercera persona.</translation>
    </message>
    <message>
        <source>Write to the reader as “you” (“you mentioned…”).</source>
        <translation>Diríjase al lector de «usted» («usted mencionó…»).</translation>
    </message>
    <message>
        <source>“%1” speaks of %2 in a letter to %2.</source>
        <translation>«%1» habla de %2 en una carta a %2.</translation>
    </message>
    <message>
        <source>Write “you” instead.</source>
        <translation>Escriba «usted» en su lugar.</translation>
    </message>
    <message>
        <source>“%1” is stock filler.</source>
        <translation>«%1» es una frase hecha.</translation>
    </message>
    <message>
        <source>Cut it, or say the specific thing instead.</source>
        <translation>Quítela o diga en su lugar lo concreto.</translation>
    </message>
    <message>
        <source>%1 words is short for an e-mail (about %2–%3).</source>
        <translation>%1 palabras es poco para un correo (unas %2–%3).</translation>
    </message>
    <message>
        <source>Add a sentence about something specific you talked about.</source>
        <translation>Añada una frase sobre algo concreto de lo que hablaron.</translation>
    </message>
    <message>
        <source>%1 words is short for a card (about %2–%3).</source>
        <translation>%1 palabras es poco para una tarjeta (unas %2–%3).</translation>
    </message>
    <message>
        <source>%1 words is long for an e-mail (about %2–%3).</source>
        <translation>%1 palabras es mucho para un correo (unas %2–%3).</translation>
    </message>
    <message>
        <source>Cut what the reader already knows.</source>
        <translation>Quite lo que el lector ya sabe.</translation>
    </message>
    <message>
        <source>%1 words is long for a card (about %2–%3).</source>
        <translation>%1 palabras es mucho para una tarjeta (unas %2–%3).</translation>
    </message>
    <message>
        <source>%1: the last lines will not be on the card.</source>
        <translation>%1: las últimas líneas no saldrán en la tarjeta.</translation>
    </message>
    <message>
        <source>Shorten it, or pick a larger card or closer lines.</source>
        <translation>Acórtelo o elija una tarjeta más grande o líneas más juntas.</translation>
    </message>
    <message>
        <source>“%1” is a placeholder left in the text.</source>
        <translation>«%1» es un marcador que quedó en el texto.</translation>
    </message>
    <message>
        <source>Replace it with the words it stands for.</source>
        <translation>Sustitúyalo por las palabras que representa.</translation>
    </message>
    <message>
        <source>Send it today all the same: late and specific beats never.</source>
        <translation>Envíelo hoy de todos modos: tarde y concreto es mejor que nunca.</translation>
    </message>
    <message numerus="yes">
        <source>This is %n minute past its due time.</source>
        <translation>
            <numerusform>Lleva %n minuto de retraso.</numerusform>
            <numerusform>Lleva %n minutos de retraso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is %n minutes past its due time.</source>
        <translation>
            <numerusform>Lleva %n minuto de retraso.</numerusform>
            <numerusform>Lleva %n minutos de retraso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is %n hour past its due time.</source>
        <translation>
            <numerusform>Lleva %n hora de retraso.</numerusform>
            <numerusform>Lleva %n horas de retraso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is %n hours past its due time.</source>
        <translation>
            <numerusform>Lleva %n hora de retraso.</numerusform>
            <numerusform>Lleva %n horas de retraso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is %n days past its due time.</source>
        <translation>
            <numerusform>Lleva %n día de retraso.</numerusform>
            <numerusform>Lleva %n días de retraso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
</context>
<context>
    <name>ImapSettingsBox</name>
    <message>
        <source>Replies (IMAP)</source>
        <translation>Respuestas (IMAP)</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.ejemplo.es</translation>
    </message>
    <message>
        <source>Empty: no copies in Sent and no reply radar</source>
        <translation>Vacío: sin copias en Enviados ni radar de respuestas</translation>
    </message>
    <message>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (puerto 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (puerto 143)</translation>
    </message>
    <message>
        <source>Use the SMTP &amp;login (user name and password)</source>
        <translation>Usar el &amp;acceso SMTP (usuario y contraseña)</translation>
    </message>
    <message>
        <source>kept in your keyring</source>
        <translation>guardada en su llavero</translation>
    </message>
    <message>
        <source>only for company servers with their own certificate authority</source>
        <translation>solo para servidores de empresa con su propia autoridad de certificación</translation>
    </message>
    <message>
        <source>automatic: the server&apos;s Sent folder</source>
        <translation>automática: la carpeta Enviados del servidor</translation>
    </message>
    <message>
        <source>optional: a folder besides INBOX</source>
        <translation>opcional: una carpeta además de la bandeja de entrada</translation>
    </message>
    <message>
        <source>Empty: the folder the server flags as Sent, else one named Sent, Sent Items or Sent Messages</source>
        <translation>Vacío: la carpeta que el servidor marca como Enviados; si no, una llamada Sent, Sent Items o Sent Messages</translation>
    </message>
    <message>
        <source>A folder watched for replies besides INBOX, e.g. where a filter files mail from recruiters</source>
        <translation>Una carpeta vigilada además de la bandeja de entrada, p. ej., donde un filtro guarda el correo de selección</translation>
    </message>
    <message>
        <source>Suggest a check-in when no reply came after</source>
        <translation>Proponer un seguimiento si no hay respuesta tras</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Puerto IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>Seguridad IMAP</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Usuario IMAP</translation>
    </message>
    <message>
        <source>IMAP password</source>
        <translation>Contraseña IMAP</translation>
    </message>
    <message>
        <source>IMAP CA file</source>
        <translation>Archivo CA de IMAP</translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation>Carpeta Enviados</translation>
    </message>
    <message>
        <source>Also watch</source>
        <translation>Vigilar también</translation>
    </message>
    <message>
        <source>Days before the check-in</source>
        <translation>Días antes del seguimiento</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Comprobar &amp;ahora</translation>
    </message>
    <message>
        <source>Files sent thank-yous in Sent and looks for replies now</source>
        <translation>Guarda los agradecimientos enviados en Enviados y busca respuestas ahora</translation>
    </message>
    <message>
        <source>Checking for replies</source>
        <translation>Buscando respuestas</translation>
    </message>
    <message>
        <source>Checked after start-up and every 15 minutes while Finish Strong runs.</source>
        <translation>Se comprueba tras el inicio y cada 15 minutos mientras Finish Strong está en marcha.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Archivo CA:</translation>
    </message>
    <message>
        <source>Sent folder:</source>
        <translation>Carpeta Enviados:</translation>
    </message>
    <message>
        <source>Also watch:</source>
        <translation>Vigilar también:</translation>
    </message>
    <message>
        <source>Every thank-you sent through Finish Strong is filed once in your Sent folder. New mail in INBOX is matched to what you sent: only the headers and first lines of answers are read and kept; auto-replies and bounces are told apart. The password stays in your system&apos;s keyring.</source>
        <translation>Cada agradecimiento enviado con Finish Strong se guarda una vez en su carpeta Enviados. El correo nuevo de la bandeja de entrada se relaciona con lo que envió: solo se leen y guardan los encabezados y las primeras líneas de las respuestas; se distinguen las respuestas automáticas y los rebotes. La contraseña se queda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add the IMAP user name, or tick “Use the SMTP login”.</source>
        <translation>Añada el usuario IMAP o marque «Usar el acceso SMTP».</translation>
    </message>
    <message>
        <source>Fill in the IMAP server first.</source>
        <translation>Complete primero el servidor IMAP.</translation>
    </message>
    <message>
        <source>Type the user name and password first (or those of the SMTP account).</source>
        <translation>Escriba primero el usuario y la contraseña (o los de la cuenta SMTP).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Checked: {filed} filed in Sent, {replies} replies, {auto} auto-replies, {bounces} bounced.</source>
        <translation>Comprobado: {filed} guardados en Enviados, {replies} respuestas, {auto} respuestas automáticas, {bounces} rebotados.</translation>
    </message>
    <message>
        <source>Check failed ({kind}) — {text}</source>
        <translation>La comprobación falló ({kind}) — {text}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import invitation</source>
        <extracomment>Open editors store what they hold first (the editor registry); False: they could not.</extracomment>
        <translation>Importar invitación</translation>
    </message>
    <message>
        <source>1 event cannot be imported and is left out.</source>
        <translation>1 evento no se puede importar y se deja fuera.</translation>
    </message>
    <message>
        <source>%1 events cannot be imported and are left out.</source>
        <translation>%1 eventos no se pueden importar y se dejan fuera.</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>Marcar como retirada</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>There is nothing to import from this invitation.</source>
        <translation>No hay nada que importar de esta invitación.</translation>
    </message>
    <message numerus="yes">
        <source>The organizer cancelled this interview. Mark it withdrawn?</source>
        <translation>
            <numerusform>El organizador canceló %n entrevista. ¿Marcarla como retirada?</numerusform>
            <numerusform>El organizador canceló %n entrevistas. ¿Marcarlas como retiradas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organizer cancelled %n interviews. Mark them withdrawn?</source>
        <translation>
            <numerusform>El organizador canceló %n entrevista. ¿Marcarla como retirada?</numerusform>
            <numerusform>El organizador canceló %n entrevistas. ¿Marcarlas como retiradas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing one event. Check the company and role we guessed; each interview gets its follow-up plan as usual.</source>
        <translation>
            <numerusform>Importando %n evento. Revise la empresa y el puesto que hemos deducido; cada entrevista recibe su plan de seguimiento como siempre.</numerusform>
            <numerusform>Importando %n eventos. Revise la empresa y el puesto que hemos deducido; cada entrevista recibe su plan de seguimiento como siempre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n events. Check the company and role we guessed; each interview gets its follow-up plan as usual.</source>
        <translation>
            <numerusform>Importando %n evento. Revise la empresa y el puesto que hemos deducido; cada entrevista recibe su plan de seguimiento como siempre.</numerusform>
            <numerusform>Importando %n eventos. Revise la empresa y el puesto que hemos deducido; cada entrevista recibe su plan de seguimiento como siempre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every event is left out: tick one to import it, or Cancel.</source>
        <translation>Todos los eventos están fuera: marque uno para importarlo o cancele.</translation>
    </message>
    <message>
        <source>An open window could not save what you typed: nothing was imported.</source>
        <translation>Una ventana abierta no pudo guardar lo que escribió: no se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Cancelling: putting everything back as it was…</source>
        <translation>Cancelando: todo vuelve a quedar como estaba…</translation>
    </message>
</context>
<context>
    <name>InterviewCalendar</name>
    <message>
        <source>Interview calendar</source>
        <translation>Calendario de entrevistas</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 hecho</translation>
    </message>
    <message>
        <source>%1 withdrawn</source>
        <translation>%1 retirado</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 atrasado</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 pendiente</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nada previsto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Edit interview</source>
        <translation>Editar entrevista</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>e.g. Northwind Analytics</source>
        <translation>p. ej., Northwind Analytics</translation>
    </message>
    <message>
        <source>e.g. Product Manager</source>
        <translation>p. ej., Product Manager</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Fecha y hora de inicio</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Fecha y hora de fin</translation>
    </message>
    <message>
        <source>Address or video link</source>
        <translation>Dirección o enlace de vídeo</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Location or video link</source>
        <translation>Lugar o enlace de vídeo</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Entrevistadores</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <extracomment>Open editors store what they hold first (the window&apos;s editor registry): an interviewer removed here takes their card and e-mail page along.</extracomment>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Interviewer %1: %2</source>
        <translation>Entrevistador %1: %2</translation>
    </message>
    <message>
        <source>An open window could not save what you typed: nothing was changed.</source>
        <translation>Una ventana abierta no pudo guardar lo que escribió: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>You changed this interview. Discard your changes?</source>
        <translation>Ha modificado esta entrevista. ¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>InterviewerEditor</name>
    <message>
        <source>Interviewers</source>
        <translation>Entrevistadores</translation>
    </message>
    <message>
        <source>No interviewers yet. Add the people you met: each gets a thank-you e-mail and a handwritten note in the plan.</source>
        <translation>Todavía no hay entrevistadores. Añada a las personas con las que habló: cada una recibe en el plan un correo de agradecimiento y una tarjeta escrita a mano.</translation>
    </message>
    <message>
        <source>&amp;Add interviewer</source>
        <translation>&amp;Añadir entrevistador</translation>
    </message>
    <message>
        <source>Removes this interviewer&apos;s open follow-ups when you save; finished ones stay.</source>
        <translation>Al guardar, elimina los seguimientos pendientes de este entrevistador; los terminados se conservan.</translation>
    </message>
    <message>
        <source>Interviewer name</source>
        <translation>Nombre del entrevistador</translation>
    </message>
    <message>
        <source>Interviewer title</source>
        <translation>Cargo del entrevistador</translation>
    </message>
    <message>
        <source>Interviewer e-mail</source>
        <translation>Correo del entrevistador</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.es</translation>
    </message>
    <message>
        <source>Interviewer postal address</source>
        <translation>Dirección postal del entrevistador</translation>
    </message>
    <message>
        <source>For the handwritten note&apos;s envelope</source>
        <translation>Para el sobre de la tarjeta manuscrita</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Form of address:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>&amp;Dirección postal:</translation>
    </message>
    <message>
        <source>Interviewer form of address</source>
        <translation>Tratamiento de la persona</translation>
    </message>
    <message>
        <source>How the thank-you e-mail and card greet this person (in German “Sehr geehrte Frau Vogt,”). Leave it at — for a greeting with the full name.</source>
        <translation>Cómo saludan a esta persona el correo de agradecimiento y la tarjeta («Estimada Sra. López:»). Con — el saludo lleva el nombre completo.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Sra.</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Sr.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
</context>
<context>
    <name>InvitationActions</name>
    <message>
        <source>Calendar invitations (*.ics *.ical *.icalendar *.ifb);;All files (*)</source>
        <translation>Invitaciones de calendario (*.ics *.ical *.icalendar *.ifb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation>Importar invitación</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 añadidas</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 actualizadas</translation>
    </message>
    <message>
        <source>%1 marked withdrawn</source>
        <translation>%1 marcadas como retiradas</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Invitation imported: %1.</source>
        <translation>Invitación importada: %1.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>No se puede exportar el calendario</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event to %1.</source>
        <translation>
            <numerusform>%n evento exportado a %1.</numerusform>
            <numerusform>%n eventos exportados a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1.</source>
        <translation>
            <numerusform>%n evento exportado a %1.</numerusform>
            <numerusform>%n eventos exportados a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationNote</name>
    <message>
        <source>All-day in the invitation: set to 9:00–10:00; change it if you know the time.</source>
        <extracomment>What an invitation import says per event (domain/words.py): English templates, worded in the user&apos;s language by the import dialog and the CLI. An event with neither DTEND nor DURATION lasts this long (RFC 5545 says a date-time start alone is an instant; an interview of no length would make no sense). An all-day event has no time; it is placed at 9:00–10:00 on its first day in the user&apos;s zone and flagged, so the user sets the real time.</extracomment>
        <translation>De día completo en la invitación: se puso de 9:00 a 10:00; cámbialo si sabes la hora.</translation>
    </message>
    <message>
        <source>No end time in the invitation: assumed to last one hour.</source>
        <translation>La invitación no tiene hora de fin: se supone que dura una hora.</translation>
    </message>
    <message>
        <source>The invitation&apos;s own time zone “%1” is kept as %2, which has the same offsets and daylight-saving changes.</source>
        <translation>La zona horaria propia de la invitación «%1» se guarda como %2, que tiene los mismos desfases y cambios de horario.</translation>
    </message>
    <message>
        <source>Skipped an attendee line that could not be read: %1</source>
        <translation>Se omitió una línea de asistente que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>Skipped %1 attendee (at most %2 interviewers per interview): %3.</source>
        <extracomment>%1 attendees skipped, %2 interviewers at most, %3 the first names</extracomment>
        <translation>Se omitió %1 asistente (como máximo %2 entrevistadores por entrevista): %3.</translation>
    </message>
    <message>
        <source>Skipped %1 attendees (at most %2 interviewers per interview): %3.</source>
        <translation>Se omitieron %1 asistentes (como máximo %2 entrevistadores por entrevista): %3.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>you already have a newer version of this invitation</source>
        <extracomment>Why an event is skipped, and what the command line says per event (context &quot;InvitationNote&quot;)</extracomment>
        <translation>ya tienes una versión más reciente de esta invitación</translation>
    </message>
    <message>
        <source>it is already up to date</source>
        <translation>ya está al día</translation>
    </message>
    <message>
        <source>it was cancelled, and it is not among your interviews</source>
        <translation>se canceló y no está entre tus entrevistas</translation>
    </message>
    <message>
        <source>it is already marked withdrawn</source>
        <translation>ya está marcada como retirada</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Se omitió %1: %2.</translation>
    </message>
    <message>
        <source>Marked %1 on %2 withdrawn: the invitation was cancelled.</source>
        <translation>%1 del %2 marcada como retirada: la invitación se canceló.</translation>
    </message>
    <message>
        <source>Added %1, %2.</source>
        <translation>Añadida: %1, %2.</translation>
    </message>
    <message>
        <source>Added %1, %2, with %3.</source>
        <translation>Añadida: %1, %2, con %3.</translation>
    </message>
    <message>
        <source>Updated %1, %2.</source>
        <translation>Actualizada: %1, %2.</translation>
    </message>
    <message>
        <source>Updated %1, %2, with %3.</source>
        <translation>Actualizada: %1, %2, con %3.</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>un evento</translation>
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
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Thank-you e-mail</source>
        <translation>Correo de agradecimiento</translation>
    </message>
    <message>
        <source>Handwritten note</source>
        <translation>Tarjeta manuscrita</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>ListDetailEditor</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>MailError</name>
    <message>
        <source>The check failed unexpectedly: %1: %2</source>
        <translation>La comprobación falló de forma inesperada: %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If your company uses its own certificate authority, choose its CA file in the mail settings.</source>
        <translation>El certificado del servidor no es de confianza (%1). Si su empresa usa su propia autoridad de certificación, elija su archivo CA en los ajustes de correo.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>El servidor %1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused). Check the server name and port.</source>
        <translation>Nada responde en %1 (conexión rechazada). Compruebe el nombre del servidor y el puerto.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2).</source>
        <translation>No se puede contactar con el servidor %1 (%2).</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist on %2. Choose the Sent folder again in Settings › Replies.</source>
        <translation>La carpeta «%1» no existe en %2. Vuelva a elegir la carpeta de enviados en Ajustes › Respuestas.</translation>
    </message>
    <message>
        <source>No Sent folder was found on %1. Choose one in Settings › Replies (imap.sent_folder).</source>
        <translation>No se encontró ninguna carpeta de enviados en %1. Elija una en Ajustes › Respuestas (imap.sent_folder).</translation>
    </message>
    <message>
        <source>%1 did not report UIDVALIDITY/UIDNEXT for %2.</source>
        <translation>%1 no indicó UIDVALIDITY/UIDNEXT para %2.</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 rechazó %2: %3</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS; the password would travel unencrypted, so nothing was sent. Choose SSL/TLS (port 993).</source>
        <translation>%1 no ofrece STARTTLS; la contraseña viajaría sin cifrar, así que no se envió nada. Elija SSL/TLS (puerto 993).</translation>
    </message>
    <message>
        <source>%1 does not allow a login without TLS.</source>
        <translation>%1 no permite iniciar sesión sin TLS.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (%2).</source>
        <translation>%1 rechazó el nombre de usuario o la contraseña (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the port and the security setting (SSL/TLS is usually port 993, STARTTLS port 143).</source>
        <translation>La conexión segura con %1 falló (%2). Compruebe el puerto y el ajuste de seguridad (SSL/TLS suele usar el puerto 993, STARTTLS el 143).</translation>
    </message>
    <message>
        <source>The server name in %1 cannot be found (%2).</source>
        <translation>No se encuentra el nombre del servidor en %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>Se perdió la conexión con %1 (%2).</translation>
    </message>
    <message>
        <source>The server %1 answered with an error (%2).</source>
        <translation>El servidor %1 respondió con un error (%2).</translation>
    </message>
    <message>
        <source>Talking to %1 failed (%2: %3).</source>
        <translation>La comunicación con %1 falló (%2: %3).</translation>
    </message>
    <message>
        <source>No IMAP account is set up (Settings › Replies, or `finish-strong settings set imap.host`).</source>
        <translation>No hay ninguna cuenta IMAP configurada (Ajustes › Respuestas, o `finish-strong settings set imap.host`).</translation>
    </message>
    <message>
        <source>The IMAP user name is empty (imap.user, or smtp.user with imap.use_smtp_login).</source>
        <translation>El nombre de usuario IMAP está vacío (imap.user, o smtp.user con imap.use_smtp_login).</translation>
    </message>
    <message>
        <source>No IMAP password is stored (`finish-strong password set imap`, or Settings › Replies).</source>
        <translation>No hay ninguna contraseña IMAP guardada (`finish-strong password set imap`, o Ajustes › Respuestas).</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be read on %2 (%3). Check the folder watched besides INBOX in Settings › Replies.</source>
        <translation>No se puede leer la carpeta «%1» en %2 (%3). Compruebe la carpeta vigilada además de INBOX en Ajustes › Respuestas.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Cancelado: no se envió nada.</translation>
    </message>
    <message>
        <source>Sending failed unexpectedly: %1: %2</source>
        <translation>El envío falló de forma inesperada: %1: %2</translation>
    </message>
    <message>
        <source>The server refused the user name or password: %1 (code %2).</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña: %1 (código %2).</translation>
    </message>
    <message>
        <source>The server refused the recipient — %1.</source>
        <translation>El servidor rechazó el destinatario — %1.</translation>
    </message>
    <message>
        <source>The server refused the sender address %1: %2.</source>
        <translation>El servidor rechazó la dirección del remitente %1: %2.</translation>
    </message>
    <message>
        <source>The server does not offer what is needed (%1). Check the security setting.</source>
        <translation>El servidor no ofrece lo necesario (%1). Compruebe el ajuste de seguridad.</translation>
    </message>
    <message>
        <source>The secure connection failed (%1). Check the port and the security setting (SSL/TLS is usually port 465, STARTTLS port 587).</source>
        <translation>La conexión segura falló (%1). Compruebe el puerto y el ajuste de seguridad (SSL/TLS suele usar el puerto 465, STARTTLS el 587).</translation>
    </message>
    <message>
        <source>The connection dropped after the server may have accepted the message, so it may have been sent — check your Sent folder before sending again.</source>
        <translation>La conexión se cortó cuando el servidor quizá ya había aceptado el mensaje, así que puede que se haya enviado — revise su carpeta de enviados antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>The server closed the connection (%1). Check the port and the security setting.</source>
        <translation>El servidor cerró la conexión (%1). Compruebe el puerto y el ajuste de seguridad.</translation>
    </message>
    <message>
        <source>The server answered with an error: %1 (code %2).</source>
        <translation>El servidor respondió con un error: %1 (código %2).</translation>
    </message>
    <message>
        <source>Sending failed: %1.</source>
        <translation>El envío falló: %1.</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found (%2).</source>
        <translation>No se encuentra el nombre de servidor %1 (%2).</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS; the password would travel unencrypted, so nothing was sent. Choose SSL/TLS or another port.</source>
        <translation>%1 no ofrece STARTTLS; la contraseña viajaría sin cifrar, así que no se envió nada. Elija SSL/TLS u otro puerto.</translation>
    </message>
    <message>
        <source>%1 is not on this computer, and without TLS your password would travel unencrypted, so nothing was sent. Choose SSL/TLS or STARTTLS, or leave the user name empty if this server needs no password.</source>
        <translation>%1 no está en este equipo y, sin TLS, su contraseña viajaría sin cifrar, así que no se envió nada. Elija SSL/TLS o STARTTLS, o deje vacío el nombre de usuario si este servidor no necesita contraseña.</translation>
    </message>
    <message>
        <source>The CA file %1 could not be read (%2).</source>
        <translation>No se pudo leer el archivo CA %1 (%2).</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (puerto 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>None — a server on this computer</source>
        <translation>Ninguna — un servidor en este ordenador</translation>
    </message>
    <message>
        <source>Mail account (SMTP)</source>
        <translation>Cuenta de correo (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.ejemplo.es</translation>
    </message>
    <message>
        <source>leave empty to keep the one in your keyring</source>
        <translation>déjela vacía para mantener la del llavero</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>usted@ejemplo.es</translation>
    </message>
    <message>
        <source>only for company servers with their own certificate authority</source>
        <translation>solo para servidores de empresa con su propia autoridad de certificación</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo CA</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Archivo CA:</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Enviar mensaje de &amp;prueba</translation>
    </message>
    <message>
        <source>Sends a short message to your own sender address</source>
        <translation>Envía un mensaje corto a su propia dirección de remitente</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Enviando el mensaje de prueba</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in a file.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Thank-you templates</source>
        <translation>Plantillas de agradecimiento</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar las predeterminadas</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Template subject</source>
        <translation>Asunto de la plantilla</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>Doble clic para insertarlo en el cursor</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Marcadores:</translation>
    </message>
    <message>
        <source>Preview (sample interview):</source>
        <translation>Vista previa (entrevista de ejemplo):</translation>
    </message>
    <message>
        <source>A template that names an unknown placeholder cannot be saved.</source>
        <translation>No se puede guardar una plantilla con un marcador desconocido.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1 — it would never be filled in.</source>
        <translation>Marcador desconocido: %1 — nunca se rellenaría.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Plantilla nueva</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>Add the sender address for your mail account.</source>
        <translation>Añada la dirección de remitente de su cuenta de correo.</translation>
    </message>
    <message>
        <source>The template “%1” names unknown placeholders: %2.</source>
        <translation>La plantilla «%1» tiene marcadores desconocidos: %2.</translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation>Cada plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>Fill in the server and a valid sender address first.</source>
        <translation>Complete primero el servidor y una dirección de remitente válida.</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Escriba primero la contraseña.</translation>
    </message>
    <message>
        <source>Finish Strong test message</source>
        <translation>Mensaje de prueba de Finish Strong</translation>
    </message>
    <message>
        <source>This is a test message from Finish Strong: your mail settings work.</source>
        <translation>Este es un mensaje de prueba de Finish Strong: sus ajustes de correo funcionan.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Enviando un mensaje de prueba…</translation>
    </message>
    <message>
        <source>Test message sent to %1.</source>
        <translation>Mensaje de prueba enviado a %1.</translation>
    </message>
    <message>
        <source>Test failed — %1</source>
        <translation>La prueba falló — %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No interviews yet — add one or import an invitation.</source>
        <translation>Aún no hay entrevistas: añade una o importa una invitación.</translation>
    </message>
    <message>
        <source>Select an interview in the agenda to see its follow-up plan.</source>
        <extracomment>Opens this window&apos;s dialogs with open(), never exec(); the open one is `dialogs.active`. Every open editor window (debrief, e-mail, card, envelope), keyed by what it edits. What the helpers below may use of this window (and nothing else). The banner, opening from a notification, the tray: what the ReminderController talks to.</extracomment>
        <translation>Seleccione una entrevista en la agenda para ver su plan de seguimiento.</translation>
    </message>
    <message>
        <source>New interview…</source>
        <extracomment>The actions, menus and toolbar (the tests trigger `menu_actions.new_action` and the like).</extracomment>
        <translation>Nueva entrevista…</translation>
    </message>
    <message>
        <source>Import invitation…</source>
        <translation>Importar invitación…</translation>
    </message>
    <message>
        <source>Read a calendar invitation (.ics) you received; you can also drop it here</source>
        <translation>Leer una invitación de calendario (.ics) recibida; también puedes soltarla aquí</translation>
    </message>
    <message>
        <source>Interview saved; its follow-up plan is up to date.</source>
        <translation>Entrevista guardada; su plan de seguimiento está al día.</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>%1 eliminada. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete interview</source>
        <translation>Eliminar entrevista</translation>
    </message>
    <message>
        <source>Delete the interview “%1” and its follow-up plan?</source>
        <translation>¿Eliminar la entrevista «%1» y su plan de seguimiento?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%n interview deleted on another computer. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n entrevista eliminada en otro ordenador. Deshaga con Ctrl+Z.</numerusform>
            <numerusform>%n entrevistas eliminadas en otro ordenador. Deshaga con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviews deleted on another computer. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n entrevista eliminada en otro ordenador. Deshaga con Ctrl+Z.</numerusform>
            <numerusform>%n entrevistas eliminadas en otro ordenador. Deshaga con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interview is %1 — mark this step done already?</source>
        <translation>La entrevista es %1: ¿marcar ya este paso como hecho?</translation>
    </message>
    <message>
        <source>The interview ends %1 — mark this step done already?</source>
        <translation>La entrevista termina %1: ¿marcar ya este paso como hecho?</translation>
    </message>
    <message>
        <source>Before the interview</source>
        <translation>Antes de la entrevista</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Referral contacted</source>
        <translation>Recomendación contactada</translation>
    </message>
    <message>
        <source>How did it go with %1? (a short note; you can leave it empty)</source>
        <translation>¿Cómo fue con %1? (una nota breve; puede dejarlo vacío)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Write your notes, send the thank-you e-mail, mail a handwritten note and contact every referral — on time, after every interview.</source>
        <translation>Escriba sus notas, envíe el correo de agradecimiento, mande una tarjeta manuscrita y contacte a cada recomendación, a tiempo, después de cada entrevista.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New interview…</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name; the texts stay under &quot;Menus&quot;.</extracomment>
        <translation>&amp;Nueva entrevista…</translation>
    </message>
    <message>
        <source>&amp;Edit interview…</source>
        <translation>&amp;Editar entrevista…</translation>
    </message>
    <message>
        <source>&amp;Delete interview</source>
        <translation>E&amp;liminar entrevista</translation>
    </message>
    <message>
        <source>&amp;Import invitation…</source>
        <translation>&amp;Importar invitación…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportar calendario…</translation>
    </message>
    <message>
        <source>Import &amp;data (JSON)…</source>
        <translation>Importar &amp;datos (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>Mes &amp;anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt month</source>
        <translation>Mes &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>A&amp;cerca de %1</translation>
    </message>
    <message>
        <source>Write &amp;debrief…</source>
        <translation>Escribir el &amp;resumen…</translation>
    </message>
    <message>
        <source>&amp;Thank-you e-mail…</source>
        <translation>Correo de a&amp;gradecimiento…</translation>
    </message>
    <message>
        <source>Step 2: draft and send the thank-you e-mail to each interviewer</source>
        <translation>Paso 2: redactar y enviar el correo de agradecimiento a cada entrevistador</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Add an interview and its follow-up plan</source>
        <translation>Añadir una entrevista y su plan de seguimiento</translation>
    </message>
    <message>
        <source>Add interviews from a calendar invitation (.ics)</source>
        <translation>Añadir entrevistas desde una invitación de calendario (.ics)</translation>
    </message>
    <message>
        <source>Write interviews and follow-ups to a calendar file (.ics)</source>
        <translation>Escribir entrevistas y seguimientos en un archivo de calendario (.ics)</translation>
    </message>
    <message>
        <source>Copy all your data to a file of your choice</source>
        <translation>Copiar todos sus datos en un archivo que elija</translation>
    </message>
    <message>
        <source>Go back to a backup; your current data are kept as a backup first</source>
        <translation>Volver a una copia; sus datos actuales se guardan antes como copia</translation>
    </message>
    <message>
        <source>Add or update everything in a Finish Strong export (JSON); all or nothing</source>
        <translation>Añadir o actualizar todo lo de una exportación de Finish Strong (JSON); todo o nada</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Mostrar hoy</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Not pasted: this note would have {0:,} characters; one note holds at most {1:,} (about a megabyte). Paste a shorter part.</source>
        <extracomment>a paste or drop refused because the note would exceed MAX_NOTE_CHARS: the message to show</extracomment>
        <translation>No se ha pegado: esta nota tendría {0:,} caracteres; una nota admite como máximo {1:,} (alrededor de un megabyte). Pegue una parte más corta.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Add someone you&apos;ve met: type their name…</source>
        <extracomment>(typed text, ids already on the interview) -&gt; the people to offer, at most a screenful</extracomment>
        <translation>Añadir a alguien que ya conoce: escriba su nombre…</translation>
    </message>
    <message>
        <source>Add someone you have met</source>
        <translation>Añadir a alguien que ya conoce</translation>
    </message>
    <message>
        <source>People from your earlier interviews whose name starts with what you type</source>
        <translation>Personas de sus entrevistas anteriores cuyo nombre empieza por lo que escribe</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The interviewer&apos;s first name</source>
        <extracomment>(placeholder, what it becomes) — listed beside the template editor, translated there.</extracomment>
        <translation>El nombre de pila del entrevistador</translation>
    </message>
    <message>
        <source>The interviewer&apos;s full name</source>
        <translation>El nombre completo del entrevistador</translation>
    </message>
    <message>
        <source>The interviewer&apos;s job title</source>
        <translation>El cargo del entrevistador</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>La empresa</translation>
    </message>
    <message>
        <source>The role you interviewed for</source>
        <translation>El puesto al que optas</translation>
    </message>
    <message>
        <source>The interview round (e.g. Final)</source>
        <translation>La ronda de la entrevista (p. ej. Final)</translation>
    </message>
    <message>
        <source>The interview date, e.g. Tuesday, 3 March 2026</source>
        <translation>La fecha de la entrevista, p. ej. martes, 3 de marzo de 2026</translation>
    </message>
    <message>
        <source>This person&apos;s talking points as one phrase (&apos;X, Y and Z&apos;), or &apos;our conversation&apos;</source>
        <translation>Los temas hablados con esta persona en una frase («X, Y y Z»), o «nuestra conversación»</translation>
    </message>
    <message>
        <source>This person&apos;s first talking point, or &apos;our conversation&apos;</source>
        <translation>El primer tema hablado con esta persona, o «nuestra conversación»</translation>
    </message>
    <message>
        <source>This person&apos;s talking points, one per line</source>
        <translation>Los temas hablados con esta persona, uno por línea</translation>
    </message>
    <message>
        <source>Your answers to the questions this person left open (nothing when there are none)</source>
        <translation>Tus respuestas a las preguntas que dejó abiertas esta persona (nada si no hay)</translation>
    </message>
    <message>
        <source>Thanks for the referrals this person suggested (nothing when there are none)</source>
        <translation>Agradecimiento por los contactos que te recomendó esta persona (nada si no hay)</translation>
    </message>
    <message>
        <source>Your name (the sender name in the mail settings)</source>
        <translation>Tu nombre (el nombre de remitente de los ajustes de correo)</translation>
    </message>
    <message>
        <source>The salutation in the template&apos;s language, e.g. &apos;Dear Dana Reyes,&apos; or &apos;Sehr geehrte Frau Vogt,&apos;</source>
        <translation>El saludo en el idioma de la plantilla, p. ej. «Estimada Sra. López:» o «Dear Dana Reyes,»</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>The draft does not fit</source>
        <translation>El borrador no cabe</translation>
    </message>
    <message>
        <source>%1: the last lines will not be on the card. Print anyway?</source>
        <translation>%1: las últimas líneas no saldrán en la tarjeta. ¿Imprimir igualmente?</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimir igualmente</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>No impreso: %1</translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <source>%1. Cannot be imported</source>
        <translation>%1. No se puede importar</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>Invitación:</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>This event will be left out; the others can be imported.</source>
        <translation>Este evento se dejará fuera; los demás se pueden importar.</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Question left open</source>
        <translation>Pregunta pendiente</translation>
    </message>
    <message>
        <source>Answer to give</source>
        <translation>Respuesta que dar</translation>
    </message>
    <message>
        <source>Answered in the interview</source>
        <translation>Respondida en la entrevista</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Preguntada por</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Añadir pregunta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Answered in the interview: nothing to send. Otherwise your answer goes into the e-mail of whoever asked.</source>
        <translation>Respondida en la entrevista: nada que enviar. Si no, su respuesta va en el correo a quien la hizo.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>%s: the data file is damaged</source>
        <translation>%s: el archivo de datos está dañado</translation>
    </message>
    <message>
        <source>&amp;Use the recovered data</source>
        <translation>&amp;Usar los datos recuperados</translation>
    </message>
    <message>
        <source>&amp;Restore newest good backup</source>
        <translation>&amp;Restaurar la última copia en buen estado</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Empezar con una base de datos &amp;vacía</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Reading what can still be read from the damaged file…</source>
        <translation>Leyendo lo que aún se puede leer del archivo dañado…</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file.</source>
        <translation>No se pudo leer nada del archivo dañado.</translation>
    </message>
    <message>
        <source>The damaged file is kept unchanged, as “%1.damaged-….sqlite3” in %2.</source>
        <translation>El archivo dañado se conserva sin cambios, como «%1.damaged-….sqlite3» en %2.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1.</source>
        <translation>La última copia en buen estado es del %1.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>No hay ninguna copia en buen estado que restaurar.</translation>
    </message>
    <message>
        <source>Start with an empty database?</source>
        <translation>¿Empezar con una base de datos vacía?</translation>
    </message>
    <message>
        <source>Your interviews will not be shown. The damaged file and the backups stay on disk, but the app will start with no data.</source>
        <translation>Sus entrevistas no se mostrarán. El archivo dañado y las copias se quedan en el disco, pero la aplicación empezará sin datos.</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Empezar &amp;vacía</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Opened the data recovered from the damaged file.</source>
        <translation>Se abrieron los datos recuperados del archivo dañado.</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>Restaurada la copia del %1.</translation>
    </message>
    <message>
        <source>Started with an empty database.</source>
        <translation>Se empezó con una base de datos vacía.</translation>
    </message>
    <message>
        <source>%1 The damaged file is kept as %2.</source>
        <translation>%1 El archivo dañado se conserva como %2.</translation>
    </message>
</context>
<context>
    <name>ReferralsEditor</name>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>No referrals yet. Did an interviewer suggest someone to talk to? Each referral gets a follow-up in the plan.</source>
        <translation>Todavía no hay recomendaciones. ¿Le sugirió alguien con quién hablar? Cada recomendación recibe un seguimiento en el plan.</translation>
    </message>
    <message>
        <source>Add &amp;referral</source>
        <translation>Añadir &amp;recomendación</translation>
    </message>
    <message>
        <source>Referral name</source>
        <translation>Nombre de la persona recomendada</translation>
    </message>
    <message>
        <source>Referral organization</source>
        <translation>Organización de la persona recomendada</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo contactarla</translation>
    </message>
    <message>
        <source>E-mail, phone, LinkedIn…</source>
        <translation>Correo, teléfono, LinkedIn…</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Sugerida por</translation>
    </message>
    <message>
        <source>Why contact them</source>
        <translation>Por qué contactarla</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Asked for when you mark the follow-up done</source>
        <translation>Se pregunta al marcar el seguimiento como hecho</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>How to &amp;reach them:</source>
        <translation>&amp;Cómo contactarla:</translation>
    </message>
    <message>
        <source>&amp;Suggested by:</source>
        <translation>&amp;Sugerida por:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Give the referral a name or an organization.</source>
        <translation>Indique un nombre o una organización para la recomendación.</translation>
    </message>
    <message>
        <source>⚠ No way to reach them yet. Fine for now — add it when you have it.</source>
        <translation>⚠ Todavía no hay forma de contactarla. De momento está bien: añádala cuando la tenga.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Posponer 1 hora</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Cerrar recordatorio</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Posponer 1 hora</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Mañana a las 9:00</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>en pausa hasta %1</translation>
    </message>
</context>
<context>
    <name>ReminderHost</name>
    <message>
        <source>Came due while Finish Strong was closed</source>
        <extracomment>The handwritten-note reminder&apos;s Open opens the card (`cards.open`).</extracomment>
        <translation>Vencieron mientras Finish Strong estaba cerrado</translation>
    </message>
    <message>
        <source>Missed reminders</source>
        <translation>Recordatorios perdidos</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, vence %3</translation>
    </message>
    <message>
        <source>Open one to go to its interview:</source>
        <translation>Abra uno para ir a su entrevista:</translation>
    </message>
    <message>
        <source>Pause reminders until…</source>
        <translation>Pausar recordatorios hasta…</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Pausar hasta</translation>
    </message>
    <message>
        <source>No reminders until:</source>
        <translation>Sin recordatorios hasta:</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 sigue en marcha</translation>
    </message>
    <message>
        <source>Reminders keep coming from the tray icon. Quit from its menu.</source>
        <translation>Los recordatorios siguen llegando desde el icono de la bandeja. Salga desde su menú.</translation>
    </message>
    <message>
        <source>Quit %1?</source>
        <translation>¿Salir de %1?</translation>
    </message>
    <message>
        <source>Reminders are pending, and there is no tray to keep them coming. If you quit, they are shown when you start Finish Strong again.</source>
        <translation>Hay recordatorios pendientes y no hay bandeja para seguir mostrándolos. Si sale, se mostrarán cuando vuelva a iniciar Finish Strong.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Write your notes on the %1 interview</source>
        <translation>Escriba sus notas sobre la entrevista en %1</translation>
    </message>
    <message>
        <source>Send your thank-you e-mail to %1</source>
        <translation>Envíe su correo de agradecimiento a %1</translation>
    </message>
    <message>
        <source>Print the card draft for %1, then mail it</source>
        <translation>Imprima el borrador de tarjeta para %1 y luego envíela</translation>
    </message>
    <message>
        <source>Print the card draft, then mail it</source>
        <translation>Imprima el borrador de tarjeta y luego envíela</translation>
    </message>
    <message>
        <source>Check in with %1: no reply yet</source>
        <translation>Haga seguimiento con %1: aún sin respuesta</translation>
    </message>
    <message>
        <source>Check in: no reply yet</source>
        <translation>Seguimiento: aún sin respuesta</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacte a %1</translation>
    </message>
    <message>
        <source>Contact the referral</source>
        <translation>Contactar a la persona recomendada</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · vence %2</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up came due while Finish Strong was closed</source>
        <translation>
            <numerusform>%n seguimiento venció mientras Finish Strong estaba cerrado</numerusform>
            <numerusform>%n seguimientos vencieron mientras Finish Strong estaba cerrado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups came due while Finish Strong was closed</source>
        <translation>
            <numerusform>%n seguimiento venció mientras Finish Strong estaba cerrado</numerusform>
            <numerusform>%n seguimientos vencieron mientras Finish Strong estaba cerrado</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyRadar</name>
    <message>
        <source>No IMAP password is stored; type it in Settings › Replies (or Mail, with the SMTP login).</source>
        <translation>No hay ninguna contraseña IMAP guardada; escríbala en Ajustes › Respuestas (o Correo, con el acceso SMTP).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your current data will be kept as a backup first, so a restore can itself be undone by restoring that one.</source>
        <translation>Elija la copia a la que volver. Sus datos actuales se guardarán antes como copia, así que una restauración también se puede deshacer.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias, las más recientes primero</translation>
    </message>
    <message>
        <source>No backups yet in the data folder.</source>
        <translation>Todavía no hay copias en la carpeta de datos.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <source>Restore a backup kept somewhere else (for example one made with Back up now)</source>
        <translation>Restaurar una copia guardada en otro sitio (por ejemplo, una hecha con «Hacer copia ahora»)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore from file</source>
        <translation>Restaurar desde archivo</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>%1 interview</source>
        <extracomment>(table, &quot;%1 singular&quot;, &quot;%1 plural&quot;, the plural on its own) in the order the user cares about them.</extracomment>
        <translation>%1 entrevista</translation>
    </message>
    <message>
        <source>%1 interviews</source>
        <translation>%1 entrevistas</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>entrevistas</translation>
    </message>
    <message>
        <source>%1 follow-up</source>
        <translation>%1 seguimiento</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 seguimientos</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>seguimientos</translation>
    </message>
    <message>
        <source>%1 interview&apos;s notes</source>
        <translation>las notas de %1 entrevista</translation>
    </message>
    <message>
        <source>%1 interviews&apos; notes</source>
        <translation>las notas de %1 entrevistas</translation>
    </message>
    <message>
        <source>interviews&apos; notes</source>
        <translation>notas de entrevistas</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>%1 referral</source>
        <translation>%1 recomendación</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation>%1 recomendaciones</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>recomendaciones</translation>
    </message>
    <message>
        <source>%1 open question</source>
        <translation>%1 pregunta abierta</translation>
    </message>
    <message>
        <source>%1 open questions</source>
        <translation>%1 preguntas abiertas</translation>
    </message>
    <message>
        <source>open questions</source>
        <translation>preguntas abiertas</translation>
    </message>
    <message>
        <source>%1 e-mail draft</source>
        <translation>%1 borrador de correo</translation>
    </message>
    <message>
        <source>%1 e-mail drafts</source>
        <translation>%1 borradores de correo</translation>
    </message>
    <message>
        <source>e-mail drafts</source>
        <translation>borradores de correo</translation>
    </message>
    <message>
        <source>%1 sent e-mail</source>
        <translation>%1 correo enviado</translation>
    </message>
    <message>
        <source>%1 sent e-mails</source>
        <translation>%1 correos enviados</translation>
    </message>
    <message>
        <source>sent e-mails</source>
        <translation>correos enviados</translation>
    </message>
    <message>
        <source>%1 card draft</source>
        <translation>%1 borrador de tarjeta</translation>
    </message>
    <message>
        <source>%1 card drafts</source>
        <translation>%1 borradores de tarjeta</translation>
    </message>
    <message>
        <source>card drafts</source>
        <translation>borradores de tarjeta</translation>
    </message>
    <message>
        <source>%2 of %1 interview</source>
        <extracomment>&quot;%1 of %2 interviews&quot;: some of the table could not be read (%1 recovered, %2 in all)</extracomment>
        <translation>%2 de %1 entrevista</translation>
    </message>
    <message>
        <source>%2 of %1 interviews</source>
        <translation>%2 de %1 entrevistas</translation>
    </message>
    <message>
        <source>%2 of %1 follow-up</source>
        <translation>%2 de %1 seguimiento</translation>
    </message>
    <message>
        <source>%2 of %1 follow-ups</source>
        <translation>%2 de %1 seguimientos</translation>
    </message>
    <message>
        <source>Recovered %1 and %2 from %3.</source>
        <translation>Recuperado desde %3: %1 y %2.</translation>
    </message>
    <message>
        <source>Recovered %1 and %2 from %3; %4 could not be read.</source>
        <translation>Recuperado desde %3: %1 y %2; no se pudo leer: %4.</translation>
    </message>
    <message>
        <source>the damaged file</source>
        <translation>el archivo dañado</translation>
    </message>
    <message>
        <source>the %2 on %1 damaged page</source>
        <translation>los registros de %2 en %1 página dañada</translation>
    </message>
    <message>
        <source>the %2 on %1 damaged pages</source>
        <translation>los registros de %2 en %1 páginas dañadas</translation>
    </message>
    <message>
        <source>Taken from the backup of %1: %2.</source>
        <translation>Tomado de la copia de seguridad del %1: %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>&quot;%1, %2&quot;: the first items of a list; &quot;%1 and %2&quot;: its last two</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1: %2 recovered, %3 unreadable, %4 from the backup</source>
        <extracomment>the `finish-strong recover` line per table</extracomment>
        <translation>%1: %2 recuperados, %3 ilegibles, %4 de la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search notes, people, companies (Ctrl+F)</source>
        <extracomment>the box got the focus: typing comes next, so the results panel is built now, not on the first key</extracomment>
        <translation>Buscar notas, personas, empresas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Interviewer %1</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation>Entrevistador %1</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Search results</source>
        <extracomment>(interview id, source) of the result the user opened</extracomment>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>The search could not run {reason}</source>
        <translation>La búsqueda no pudo ejecutarse {reason}</translation>
    </message>
    <message>
        <source>Showing the {count} most recent matches — type more to narrow.</source>
        <translation>Se muestran las {count} coincidencias más recientes; escriba más para acotar.</translation>
    </message>
    <message>
        <source>No notes, people or companies match “%1”.</source>
        <translation>Ninguna nota, persona o empresa coincide con «%1».</translation>
    </message>
    <message>
        <source>%1 matches in %2 interviews</source>
        <translation>%1 coincidencias en %2 entrevistas</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Notes: remind</source>
        <translation>Notas: recordar</translation>
    </message>
    <message>
        <source>h after the interview ends</source>
        <translation>h tras el fin de la entrevista</translation>
    </message>
    <message>
        <source>Notes: due</source>
        <translation>Notas: vence</translation>
    </message>
    <message>
        <source>Thank-you e-mail: remind</source>
        <translation>Correo de agradecimiento: recordar</translation>
    </message>
    <message>
        <source>h after the end</source>
        <translation>h tras el fin</translation>
    </message>
    <message>
        <source>Thank-you e-mail: due</source>
        <translation>Correo de agradecimiento: vence</translation>
    </message>
    <message>
        <source>Handwritten note: remind</source>
        <translation>Tarjeta manuscrita: recordar</translation>
    </message>
    <message>
        <source>Handwritten note: due</source>
        <translation>Tarjeta manuscrita: vence</translation>
    </message>
    <message>
        <source>Referral: remind</source>
        <translation>Recomendación: recordar</translation>
    </message>
    <message>
        <source>Referral: due</source>
        <translation>Recomendación: vence</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Follow-up plan defaults</source>
        <translation>Valores predeterminados del plan</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>al final</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>&amp;Your e-mail addresses, one per line. On an imported invitation, every other attendee becomes an interviewer.</source>
        <translation>&amp;Sus direcciones de correo, una por línea. En una invitación importada, cada otro asistente pasa a ser entrevistador.</translation>
    </message>
    <message>
        <source>Your e-mail addresses</source>
        <translation>Sus direcciones de correo</translation>
    </message>
    <message>
        <source>alex@example.com</source>
        <translation>alex@ejemplo.es</translation>
    </message>
    <message>
        <source>New defaults apply to interviews you create or change from now on.</source>
        <translation>Los nuevos valores se aplican a las entrevistas que cree o cambie a partir de ahora.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <source>Notifications are shown by</source>
        <translation>Las notificaciones las muestra</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Se muestran con:</translation>
    </message>
    <message>
        <source>Start Finish Strong at login, in the tray</source>
        <translation>Iniciar Finish Strong al entrar, en la bandeja</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The language of the windows and of new drafts, from the next start</source>
        <translation>El idioma de las ventanas y de los borradores nuevos, desde el próximo inicio</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>Idioma y pantalla</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High contrast: black and white with strong colours, applied at once</source>
        <translation>Alto contraste: blanco y negro con colores intensos, se aplica al instante</translation>
    </message>
    <message>
        <source>C&amp;ontrast:</source>
        <translation>C&amp;ontraste:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;Respuestas</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Tarjetas</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Sincroni&amp;zación</translation>
    </message>
    <message numerus="yes">
        <source>business day after the end</source>
        <translation>
            <numerusform>día laborable tras el fin</numerusform>
            <numerusform>días laborables tras el fin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>business days after the end</source>
        <translation>
            <numerusform>día laborable tras el fin</numerusform>
            <numerusform>días laborables tras el fin</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>No se pudo cambiar el inicio al entrar: %1</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>The disk holding your data is full, so today&apos;s backup could not be taken. Your data are safe and nothing was lost; free some space (empty the trash, delete large files); the backup is tried again within the hour.</source>
        <extracomment>The longest a QTimer can wait (signed 32-bit milliseconds), and the shortest wait between two looks. After a backup that could not be taken (disk full, read-only, busy): try again this much later, and say so only once per kind of problem, not every hour.</extracomment>
        <translation>El disco con sus datos está lleno, así que no se pudo hacer la copia de hoy. Sus datos están a salvo y no se ha perdido nada; libere espacio (vacíe la papelera, borre archivos grandes); la copia se reintentará dentro de una hora.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: the backups folder cannot be written to. Your data are safe; make the data folder writable for your user.</source>
        <translation>No se pudo hacer la copia de hoy: no se puede escribir en la carpeta de copias. Sus datos están a salvo; dé permiso de escritura a su usuario en la carpeta de datos.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: another program is using the data file. Your data are safe; the backup is tried again within the hour.</source>
        <translation>No se pudo hacer la copia de hoy: otro programa está usando el archivo de datos. Sus datos están a salvo; la copia se reintentará dentro de una hora.</translation>
    </message>
    <message>
        <source>The database check at start-up found damage in your data file.</source>
        <translation>La comprobación al iniciar encontró daños en su archivo de datos.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The database %1 was written by a newer version of Finish Strong (schema version %2; this version understands up to %3). Please update Finish Strong; the file has not been changed.</source>
        <extracomment>The English template (%1, %2…) and its values, when the message is translatable; &quot;&quot; otherwise.</extracomment>
        <translation>La base de datos %1 la escribió una versión más reciente de Finish Strong (versión de esquema %2; esta versión entiende hasta la %3). Actualice Finish Strong; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The data file %1 is in use by another program (it holds a lock on it). Close that program and try again. Nothing was changed.</source>
        <translation>El archivo de datos %1 lo está usando otro programa (lo tiene bloqueado). Cierre ese programa y vuelva a intentarlo. No se modificó nada.</translation>
    </message>
    <message>
        <source>The data file %1 or its folder cannot be written to (read-only, or it belongs to another user). Make it writable for your user, or start Finish Strong with --data-dir pointing to a folder you can write to. Nothing was changed.</source>
        <translation>No se puede escribir en el archivo de datos %1 ni en su carpeta (es de solo lectura o pertenece a otro usuario). Permita la escritura a su usuario, o inicie Finish Strong con --data-dir apuntando a una carpeta donde pueda escribir. No se modificó nada.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again. Nothing was changed.</source>
        <translation>El disco que contiene %1 está lleno. Libere espacio y vuelva a intentarlo. No se modificó nada.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened right now. Nothing was changed.</source>
        <translation>El archivo de datos %1 no se puede abrir ahora. No se modificó nada.</translation>
    </message>
    <message>
        <source>The file would change your mail server settings (%1). Nothing was imported.</source>
        <translation>El archivo cambiaría los ajustes de su servidor de correo (%1). No se importó nada.</translation>
    </message>
    <message>
        <source>Event %1 of the invitation has no title: enter the company (import it in the window, where the company can be typed). Nothing was imported.</source>
        <translation>El evento %1 de la invitación no tiene título: indique la empresa (impórtelo en la ventana, donde se puede escribir). No se importó nada.</translation>
    </message>
    <message>
        <source>Event %1 (“%2”): %3 Nothing was imported.</source>
        <translation>Evento %1 («%2»): %3 No se importó nada.</translation>
    </message>
    <message>
        <source>The file is not a UTF-8 text file.</source>
        <translation>El archivo no es un archivo de texto UTF-8.</translation>
    </message>
    <message>
        <source>The file is not a Finish Strong export (no “format”: “finish-strong”).</source>
        <translation>El archivo no es una exportación de Finish Strong (no tiene «format»: «finish-strong»).</translation>
    </message>
    <message>
        <source>%1: “%2” is missing.</source>
        <translation>%1: falta «%2».</translation>
    </message>
    <message>
        <source>%1: “%2” has the wrong type.</source>
        <translation>%1: «%2» tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>%1: “%2” is too long (%3 characters).</source>
        <translation>%1: «%2» es demasiado largo (%3 caracteres).</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date-time (%3).</source>
        <translation>%1: «%2» no es una fecha y hora ISO 8601 (%3).</translation>
    </message>
    <message>
        <source>%1: “%2” has no UTC offset (%3).</source>
        <translation>%1: «%2» no tiene desfase respecto a UTC (%3).</translation>
    </message>
    <message>
        <source>%1: the id %2 is empty or used twice.</source>
        <translation>%1: el id %2 está vacío o se usa dos veces.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>El archivo no es un JSON válido (%1).</translation>
    </message>
    <message>
        <source>The file is not a Finish Strong export (it is nested far too deeply).</source>
        <extracomment>(bytes read, bytes in the file or None) — raise from it to cancel: nothing is kept</extracomment>
        <translation>El archivo no es una exportación de Finish Strong (está anidado a demasiada profundidad).</translation>
    </message>
    <message>
        <source>The file has no valid format “version”.</source>
        <translation>El archivo no tiene una «version» de formato válida.</translation>
    </message>
    <message>
        <source>The file uses format version %1; this Finish Strong reads up to %2. Please update Finish Strong.</source>
        <translation>El archivo usa la versión de formato %1; este Finish Strong lee hasta la %2. Actualice Finish Strong.</translation>
    </message>
    <message>
        <source>%1: “form_of_address” must be one of %2.</source>
        <translation>%1: «form_of_address» debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>%1: interview %2 is not in “interviews”.</source>
        <translation>%1: la entrevista %2 no está en «interviews».</translation>
    </message>
    <message>
        <source>%1: person %2 is not in “people”.</source>
        <translation>%1: la persona %2 no está en «people».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>E-mail draft %1</source>
        <translation>Borrador de correo %1</translation>
    </message>
    <message>
        <source>a second draft for the same interview and person.</source>
        <translation>un segundo borrador para la misma entrevista y persona.</translation>
    </message>
    <message>
        <source>Sent e-mail %1</source>
        <translation>Correo enviado %1</translation>
    </message>
    <message>
        <source>%1: the same message is listed twice.</source>
        <translation>%1: el mismo mensaje aparece dos veces.</translation>
    </message>
    <message>
        <source>%1: unknown “how” %2 (expected “smtp” or “manual”).</source>
        <translation>%1: «how» desconocido %2 (se esperaba «smtp» o «manual»).</translation>
    </message>
    <message>
        <source>Card draft %1</source>
        <translation>Borrador de tarjeta %1</translation>
    </message>
    <message>
        <source>a second card for the same interview and person.</source>
        <translation>una segunda tarjeta para la misma entrevista y persona.</translation>
    </message>
    <message>
        <source>%1: unknown %2 %3.</source>
        <translation>%1: valor desconocido para %2: %3.</translation>
    </message>
    <message>
        <source>%1: “line_spacing” must be %2–%3 points.</source>
        <translation>%1: «line_spacing» debe ser de %2 a %3 puntos.</translation>
    </message>
    <message>
        <source>%1: unknown status %2.</source>
        <translation>%1: estado desconocido %2.</translation>
    </message>
    <message>
        <source>%1: interviewer %2 is not in “people”.</source>
        <translation>%1: el entrevistador %2 no está en «people».</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sin empresa</translation>
    </message>
    <message>
        <source>%1: unknown debrief section %2.</source>
        <translation>%1: sección de notas desconocida %2.</translation>
    </message>
    <message>
        <source>%1, open question %2</source>
        <translation>%1, pregunta abierta %2</translation>
    </message>
    <message>
        <source>%1: “asked_by” %2 is not in “people”.</source>
        <translation>%1: «asked_by» %2 no está en «people».</translation>
    </message>
    <message>
        <source>%1, referral %2</source>
        <translation>%1, recomendación %2</translation>
    </message>
    <message>
        <source>%1: “suggested_by” %2 is not in “people”.</source>
        <translation>%1: «suggested_by» %2 no está en «people».</translation>
    </message>
    <message>
        <source>%1, follow-up %2</source>
        <translation>%1, seguimiento %2</translation>
    </message>
    <message>
        <source>%1: unknown step %2.</source>
        <translation>%1: paso desconocido %2.</translation>
    </message>
    <message>
        <source>%1: a “%2” step needs a person.</source>
        <translation>%1: un paso «%2» necesita una persona.</translation>
    </message>
    <message>
        <source>%1: a “%2” step has no person.</source>
        <translation>%1: un paso «%2» no lleva persona.</translation>
    </message>
    <message>
        <source>%1: open step for %2, who is not an interviewer.</source>
        <translation>%1: paso abierto para %2, que no es entrevistador.</translation>
    </message>
    <message>
        <source>%1: its referral %2 does not match a referral of the interview.</source>
        <translation>%1: su recomendación %2 no coincide con ninguna recomendación de la entrevista.</translation>
    </message>
    <message>
        <source>%1: it is reminded after its deadline.</source>
        <translation>%1: el recordatorio llega después del plazo.</translation>
    </message>
    <message>
        <source>%1, talking point %2</source>
        <translation>%1, tema de conversación %2</translation>
    </message>
    <message>
        <source>%1: unknown source %2.</source>
        <translation>%1: origen desconocido %2.</translation>
    </message>
    <message>
        <source>%1: “%2” %3 is not in “people”.</source>
        <translation>%1: «%2» %3 no está en «people».</translation>
    </message>
    <message>
        <source>%1: a “%2” point needs a person.</source>
        <translation>%1: un tema «%2» necesita una persona.</translation>
    </message>
    <message>
        <source>%1: a “%2” point has no person.</source>
        <translation>%1: un tema «%2» no lleva persona.</translation>
    </message>
    <message>
        <source>%1: the same line twice.</source>
        <translation>%1: la misma línea dos veces.</translation>
    </message>
    <message>
        <source>%1: “invitation” must be an object or null.</source>
        <translation>%1: «invitation» debe ser un objeto o null.</translation>
    </message>
    <message>
        <source>%1: the invitation UID %2 is empty or used twice.</source>
        <translation>%1: el UID de invitación %2 está vacío o se usa dos veces.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an invitation is at most %3 MB, so nothing was imported.</source>
        <extracomment>Real invitations are a few kilobytes (Outlook&apos;s with an inline logo, some hundred). More events than this is a whole calendar exported, not invitations.</extracomment>
        <translation>%1 ocupa %2 MB; una invitación ocupa como máximo %3 MB, así que no se importó nada.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, so it is not an invitation; nothing imported.</source>
        <translation>El archivo supera los %1 MB, así que no es una invitación; no se importó nada.</translation>
    </message>
    <message>
        <source>The file is not a calendar invitation (.ics): it does not begin with BEGIN:VCALENDAR.</source>
        <translation>El archivo no es una invitación de calendario (.ics): no empieza por BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>The invitation is incomplete: it stops before END:VCALENDAR (a cut-off download?).</source>
        <translation>La invitación está incompleta: se corta antes de END:VCALENDAR (¿una descarga interrumpida?).</translation>
    </message>
    <message>
        <source>The calendar holds no events, so there is nothing to import.</source>
        <translation>El calendario no contiene eventos, así que no hay nada que importar.</translation>
    </message>
    <message>
        <source>The file holds %1 events; that is a whole calendar, not invitations (at most %2 at once).</source>
        <translation>El archivo contiene %1 eventos; es un calendario entero, no invitaciones (como máximo %2 a la vez).</translation>
    </message>
    <message>
        <source>Event %1 is not a valid event (%2).</source>
        <translation>El evento %1 no es un evento válido (%2).</translation>
    </message>
    <message>
        <source>The file is not a valid calendar invitation (%1).</source>
        <translation>El archivo no es una invitación de calendario válida (%1).</translation>
    </message>
    <message>
        <source>The file holds the same event (UID) twice; nothing was imported.</source>
        <translation>El archivo contiene el mismo evento (UID) dos veces; no se importó nada.</translation>
    </message>
    <message>
        <source>Event %1 (“%2”)</source>
        <translation>Evento %1 («%2»)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source>%1 repeats (%2); interviews do not recur, so nothing was imported. Ask for a single event, or add the interview by hand.</source>
        <translation>%1 se repite (%2); las entrevistas no se repiten, así que no se importó nada. Pide un evento único o añade la entrevista a mano.</translation>
    </message>
    <message>
        <source>%1 has an unreadable time (%2).</source>
        <translation>%1 tiene una hora ilegible (%2).</translation>
    </message>
    <message>
        <source>%1 has no start time (DTSTART).</source>
        <translation>%1 no tiene hora de inicio (DTSTART).</translation>
    </message>
    <message>
        <source>%1 starts at a time but ends on a date (DTEND).</source>
        <translation>%1 empieza a una hora pero termina en una fecha (DTEND).</translation>
    </message>
    <message>
        <source>%1 uses the time zone “%2”, which neither the file (VTIMEZONE) nor this computer knows.</source>
        <translation>%1 usa la zona horaria «%2», que no conocen ni el archivo (VTIMEZONE) ni este ordenador.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>An iCalendar SEQUENCE is a small counter; anything larger is not a real invitation. Plan rules: ten years in minutes, or in business days. Where a problem is: the import&apos;s own records and places (“Interview 3, follow-up 2”), translated too a field of a record: %1 the record, %2 the field&apos;s name as the file spells it</extracomment>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Entrevista %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>“%1” holds an invalid character (a lone UTF-16 surrogate).</source>
        <translation>«%1» contiene un carácter no válido (un sustituto UTF-16 aislado).</translation>
    </message>
    <message>
        <source>“%1” is a number far too large (%2 digits).</source>
        <translation>«%1» es un número demasiado grande (%2 cifras).</translation>
    </message>
    <message>
        <source>“%1” is not a usable number (%2).</source>
        <translation>«%1» no es un número utilizable (%2).</translation>
    </message>
    <message>
        <source>A name in “%1” holds an invalid character.</source>
        <translation>Un nombre en «%1» contiene un carácter no válido.</translation>
    </message>
    <message>
        <source>%1: “%2” is in the year %3; dates from %4 to %5 are accepted.</source>
        <translation>%1: «%2» está en el año %3; se aceptan fechas de %4 a %5.</translation>
    </message>
    <message>
        <source>%1: the invitation sequence is negative.</source>
        <translation>%1: la secuencia de la invitación es negativa.</translation>
    </message>
    <message>
        <source>%1: the invitation sequence %2 is far too large (at most %3).</source>
        <translation>%1: la secuencia de invitación %2 es demasiado grande (como máximo %3).</translation>
    </message>
    <message>
        <source>%1: %2 interviewers; at most %3 per interview are accepted.</source>
        <translation>%1: %2 entrevistadores; se aceptan como máximo %3 por entrevista.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 es demasiado largo (%2 caracteres; como máximo %3).</translation>
    </message>
    <message>
        <source>%1 must be one line.</source>
        <translation>%1 debe ser una sola línea.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a whole number from 0 to %3.</source>
        <translation>%1: «%2» debe ser un número entero de 0 a %3.</translation>
    </message>
    <message>
        <source>The plan settings in the file make no sense: %1</source>
        <translation>Los ajustes del plan en el archivo no tienen sentido: %1</translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 e-mail addresses.</source>
        <translation>%1 debe ser una lista de como máximo %2 direcciones de correo.</translation>
    </message>
    <message>
        <source>%1, entry %2, is not an e-mail address.</source>
        <translation>%1, entrada %2, no es una dirección de correo.</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds from 1 to %2.</source>
        <translation>%1 debe ser un número de segundos de 1 a %2.</translation>
    </message>
    <message>
        <source>%1 must be a port number from 1 to 65535.</source>
        <translation>%1 debe ser un número de puerto de 1 a 65535.</translation>
    </message>
    <message>
        <source>%1 “security” must be “ssl” or “starttls”.</source>
        <translation>%1 «security» debe ser «ssl» o «starttls».</translation>
    </message>
    <message>
        <source>%1 “host” must be a server name without spaces.</source>
        <translation>%1 «host» debe ser un nombre de servidor sin espacios.</translation>
    </message>
    <message>
        <source>%1 “nudge_days” must be a whole number from 1 to 90.</source>
        <translation>%1 «nudge_days» debe ser un número entero de 1 a 90.</translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 templates.</source>
        <translation>%1 debe ser una lista de como máximo %2 plantillas.</translation>
    </message>
    <message>
        <source>%1, template %2, must be an object.</source>
        <translation>%1, plantilla %2, debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1, template %2, “%3”</source>
        <translation>%1, plantilla %2, «%3»</translation>
    </message>
    <message>
        <source>%1 must be null or an ISO 8601 date-time with a UTC offset.</source>
        <translation>%1 debe ser null o una fecha y hora ISO 8601 con desfase respecto a UTC.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 debe ser true o false.</translation>
    </message>
    <message>
        <source>“settings” must be an object.</source>
        <extracomment>What each setting must hold. A setting not listed here is stored as it is (nothing reads it), within the size cap; a module that starts reading a new setting adds its check here.</extracomment>
        <translation>«settings» debe ser un objeto.</translation>
    </message>
    <message>
        <source>The setting “%1”</source>
        <translation>El ajuste «%1»</translation>
    </message>
    <message>
        <source>The setting “%1” is too large.</source>
        <translation>El ajuste «%1» es demasiado grande.</translation>
    </message>
    <message>
        <source>The file: “%1” is missing.</source>
        <translation>El archivo: falta «%1».</translation>
    </message>
    <message>
        <source>The file: “%1” has the wrong type.</source>
        <translation>El archivo: «%1» tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>%1: a finding must be an object.</source>
        <translation>%1: un hallazgo debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1: unknown finding kind %2.</source>
        <translation>%1: tipo de hallazgo desconocido %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is missing, not text or too long.</source>
        <translation>%1: «%2» falta, no es texto o es demasiado largo.</translation>
    </message>
    <message>
        <source>%1: “received_at” or “until” is not an ISO 8601 date.</source>
        <translation>%1: «received_at» o «until» no es una fecha ISO 8601.</translation>
    </message>
    <message>
        <source>%1: “received_at” has no UTC offset.</source>
        <translation>%1: «received_at» no tiene desfase respecto a UTC.</translation>
    </message>
    <message>
        <source>%1: “filed_in_sent” must be a folder name or null.</source>
        <translation>%1: «filed_in_sent» debe ser un nombre de carpeta o null.</translation>
    </message>
    <message>
        <source>%1: “findings” must be a list.</source>
        <translation>%1: «findings» debe ser una lista.</translation>
    </message>
    <message>
        <source>%1, finding %2</source>
        <translation>%1, hallazgo %2</translation>
    </message>
    <message>
        <source>The file: “check_ins_off” must list interview ids of the file.</source>
        <translation>El archivo: «check_ins_off» debe listar ids de entrevistas del archivo.</translation>
    </message>
    <message>
        <source>The file: “referral_answers” must be a list.</source>
        <translation>El archivo: «referral_answers» debe ser una lista.</translation>
    </message>
    <message>
        <source>Referral answer %1</source>
        <translation>Respuesta de recomendación %1</translation>
    </message>
    <message>
        <source>%1: names no referral in the file.</source>
        <translation>%1: no nombra ninguna recomendación del archivo.</translation>
    </message>
    <message>
        <source>takes one line of text</source>
        <translation>admite una línea de texto</translation>
    </message>
    <message>
        <source>takes at most %1 characters</source>
        <translation>admite como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» no es una dirección de correo</translation>
    </message>
    <message>
        <source>takes a whole number from %1 to %2</source>
        <translation>admite un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>takes a number of seconds from %1 to %2</source>
        <translation>admite un número de segundos de %1 a %2</translation>
    </message>
    <message>
        <source>takes true or false</source>
        <translation>admite true o false</translation>
    </message>
    <message>
        <source>takes one of: %1</source>
        <translation>admite uno de estos valores: %1</translation>
    </message>
    <message>
        <source>there is no setting “%1” (see `finish-strong settings list`)</source>
        <translation>no existe el ajuste «%1» (consulta `finish-strong settings list`)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 the setting&apos;s name, %2 what it takes (&quot;takes true or false&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 not changed: %2</source>
        <extracomment>%1 the setting&apos;s name, %2 the plan&apos;s problem</extracomment>
        <translation>%1 sin cambios: %2</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The CA file %1 could not be read (%2).</source>
        <translation>No se pudo leer el archivo de CA %1 (%2).</translation>
    </message>
    <message>
        <source>The CalDAV address must start with https:// and name a server.</source>
        <translation>La dirección CalDAV debe empezar por https:// e indicar un servidor.</translation>
    </message>
    <message>
        <source>The password would cross the network unencrypted: use an https:// address.</source>
        <translation>La contraseña viajaría sin cifrar por la red: usa una dirección https://.</translation>
    </message>
    <message>
        <source>The server did not say where your calendars are (no calendar home).</source>
        <translation>El servidor no indicó dónde están tus calendarios (sin carpeta de calendarios).</translation>
    </message>
    <message>
        <source>Sync is not set up: choose a CalDAV server and calendar in Settings › Sync.</source>
        <extracomment>The collections the sync state belongs to (this machine&apos;s bookkeeping, never exported). What the items on the server look like; when it changes, everything is written again once. 2: X-FINISH-STRONG-DATA (what a second computer adopts) and done steps as completed todos.</extracomment>
        <translation>La sincronización no está configurada: elige un servidor CalDAV y un calendario en Ajustes › Sincronización.</translation>
    </message>
    <message>
        <source>Set caldav.url first (finish-strong settings set caldav.url URL).</source>
        <translation>Define primero caldav.url (finish-strong settings set caldav.url URL).</translation>
    </message>
    <message>
        <source>The calendar server did not accept the user name or password. Check them in Settings › Sync.</source>
        <extracomment>What each kind means for the user, by the kind&apos;s value (sync/errors.py SyncErrorKind)</extracomment>
        <translation>El servidor de calendario no aceptó el usuario o la contraseña. Revísalos en Ajustes › Sincronización.</translation>
    </message>
    <message>
        <source>The calendar server&apos;s certificate could not be verified (check the CA file).</source>
        <translation>No se pudo verificar el certificado del servidor de calendario (revisa el archivo de CA).</translation>
    </message>
    <message>
        <source>The calendar server could not be reached; changes wait and go up later.</source>
        <translation>No se pudo contactar con el servidor de calendario; los cambios esperan y se subirán más tarde.</translation>
    </message>
    <message>
        <source>The calendar server stopped answering; changes wait and go up later.</source>
        <translation>El servidor de calendario dejó de responder; los cambios esperan y se subirán más tarde.</translation>
    </message>
    <message>
        <source>The calendar server refused a request.</source>
        <translation>El servidor de calendario rechazó una solicitud.</translation>
    </message>
    <message>
        <source>An item kept changing on the server; it will be merged at the next sync.</source>
        <translation>Un elemento no dejaba de cambiar en el servidor; se combinará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>password refused</source>
        <extracomment>The kind in a few words, for the status bar and the last sync&apos;s line in Settings › Sync</extracomment>
        <translation>contraseña rechazada</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>certificado no fiable</translation>
    </message>
    <message>
        <source>server not reachable</source>
        <translation>servidor inaccesible</translation>
    </message>
    <message>
        <source>server not answering</source>
        <translation>el servidor no responde</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>changed meanwhile</source>
        <translation>cambiado mientras tanto</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>sin configurar</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Calendar server (CalDAV)</source>
        <translation>Servidor de calendario (CalDAV)</translation>
    </message>
    <message>
        <source>kept in your system&apos;s keyring</source>
        <translation>guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>CA file (optional):</source>
        <translation>Archivo CA (opcional):</translation>
    </message>
    <message>
        <source>Find my calendars</source>
        <translation>Buscar mis calendarios</translation>
    </message>
    <message>
        <source>Create “Finish Strong”</source>
        <translation>Crear «Finish Strong»</translation>
    </message>
    <message>
        <source>&amp;Interviews go to:</source>
        <translation>&amp;Las entrevistas van a:</translation>
    </message>
    <message>
        <source>&amp;Follow-ups go to:</source>
        <translation>&amp;Los seguimientos van a:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Last sync: {at} UTC, {result}.</source>
        <translation>Última sincronización: {at} UTC, {result}.</translation>
    </message>
    <message>
        <source>failed ({kind})</source>
        <translation>falló ({kind})</translation>
    </message>
    <message>
        <source>Interviews and open follow-ups (with their reminders) go to your calendar; notes, drafts and personal notes never leave this computer.</source>
        <translation>Las entrevistas y los seguimientos pendientes (con sus recordatorios) van a su calendario; las notas, los borradores y las notas personales nunca salen de este ordenador.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>Could not reach your calendars ({kind}): {reason}</source>
        <translation>No se pudo acceder a sus calendarios ({kind}): {reason}</translation>
    </message>
    <message>
        <source>Found {count} calendar(s).</source>
        <translation>{count} calendario(s) encontrado(s).</translation>
    </message>
    <message>
        <source>No calendars found: create “Finish Strong”.</source>
        <translation>No se encontraron calendarios: cree «Finish Strong».</translation>
    </message>
</context>
<context>
    <name>TalkingPointsEditor</name>
    <message>
        <source>Talking points</source>
        <translation>Temas de conversación</translation>
    </message>
    <message>
        <source>★ Note, as written</source>
        <translation>★ Nota, tal como se escribió</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>The drafts say (edit freely)</source>
        <translation>Los borradores dicen (editable)</translation>
    </message>
    <message>
        <source>&amp;Reset phrase</source>
        <translation>&amp;Restablecer la frase</translation>
    </message>
    <message>
        <source>Go back to the phrase derived from the note</source>
        <translation>Volver a la frase sacada de la nota</translation>
    </message>
    <message>
        <source>No talking points yet: flag a line in your notes with ★ (Ctrl+T).</source>
        <translation>Todavía no hay temas: marque una línea de sus notas con ★ (Ctrl+T).</translation>
    </message>
    <message>
        <source>Each point goes only into the drafts of the person it is for; points for the whole interview go to everyone. The phrase is what the e-mail and the card say, inside a sentence (“I especially enjoyed …”).</source>
        <translation>Cada tema solo aparece en los borradores de la persona a la que corresponde; los de toda la entrevista van a todos. La frase es lo que dicen el correo y la tarjeta dentro de una oración («Me gustó especialmente …»).</translation>
    </message>
    <message>
        <source>Your own wording (kept)</source>
        <translation>Su propia redacción (se conserva)</translation>
    </message>
    <message>
        <source>Derived from the note; edit it to make it yours</source>
        <translation>Sacada de la nota; edítela para hacerla suya</translation>
    </message>
    <message>
        <source>In the notes: %1</source>
        <translation>En las notas: %1</translation>
    </message>
    <message>
        <source>In the personal notes on %1</source>
        <translation>En las notas personales sobre %1</translation>
    </message>
    <message>
        <source>In what you talked about with %1</source>
        <translation>En lo que habló con %1</translation>
    </message>
    <message>
        <source>Whom this point is for</source>
        <translation>Para quién es este tema</translation>
    </message>
    <message>
        <source>A point in someone&apos;s own notes is theirs</source>
        <translation>Un tema en las notas de una persona es suyo</translation>
    </message>
    <message>
        <source>Whole interview</source>
        <translation>Toda la entrevista</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%1: %n follow-up due</source>
        <translation>
            <numerusform>%1: %n seguimiento pendiente</numerusform>
            <numerusform>%1: %n seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n follow-ups due</source>
        <translation>
            <numerusform>%1: %n seguimiento pendiente</numerusform>
            <numerusform>%1: %n seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing due</source>
        <translation>%1: nada pendiente</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Nada para hoy</translation>
    </message>
    <message>
        <source>Snooze all for 1 hour</source>
        <translation>Posponer todo 1 hora</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar recordatorios</translation>
    </message>
    <message>
        <source>Resume now (%1)</source>
        <translation>Reanudar ahora (%1)</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow 9:00</source>
        <translation>Hasta mañana a las 9:00</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Hasta…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Tick follow-up</source>
        <translation>Marcar seguimiento</translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation>Reabrir seguimiento</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>radar</name>
    <message>
        <source>Checking for replies failed ({kind}): {text}</source>
        <extracomment>Failures the user must act on; an unreachable or silent server (offline, asleep) waits for the next tick.</extracomment>
        <translation>Falló la búsqueda de respuestas ({kind}): {text}</translation>
    </message>
    <message>
        <source>New mail about your thank-yous: {names}</source>
        <translation>Correo nuevo sobre sus agradecimientos: {names}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>No se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: {reason}</source>
        <translation>No se ha importado nada de {name}: {reason}</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importación cancelada: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>No se ha importado nada. {reason}</translation>
    </message>
    <message>
        <source>Imported {interviews} interviews and {people} people from {name}.</source>
        <translation>Importadas {interviews} entrevistas y {people} personas de {name}.</translation>
    </message>
</context>
</TS>
