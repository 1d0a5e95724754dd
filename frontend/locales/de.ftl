# Deelwijs user interface: Deutsch


## frontend/src/layout.rs

skip-to-content = Zum Inhalt springen
site = Website
search-materials-and-case = Lernmaterialien und Praxisbeispiele suchen
search-by-keyword = Nach Stichwort suchen …
search = Suchen
account = Konto
my-account = Mein Konto:{" "}
network = Netzwerk
moderation = Moderation
admin = Verwaltung
sign-out = Abmelden
sign-in = Anmelden
sign-up = Registrieren
language = Sprache
main-menu = Hauptmenü
materials = Lernmaterialien
collections = Sammlungen
case-studies = Praxisbeispiele
learning-goals = Lernziele
networks = Netzwerke
share = Teilen
new = Neues{" "}
material = Lernmaterial
case-study = Praxisbeispiel
open-learning-materials-and = Offene Lernmaterialien und Praxisbeispiele, ohne Tracker.
about-this-node = Über diesen Knoten
privacy = Datenschutz
about-this-node-json = Über diesen Knoten (JSON-API)
api-reference = API-Referenz

## frontend/src/mail.rs

you-asked-to-use = Sie möchten diese Adresse für Ihr Konto verwenden. Bestätigen Sie sie mit dem Link unten; bis dahin bleibt Ihre alte Adresse in Gebrauch.
welcome-confirm-your-e = Willkommen! Bestätigen Sie Ihre E-Mail-Adresse mit dem Link unten, dann können Sie sich anmelden.
confirm-e-mail-address = E-Mail-Adresse bestätigen
the-link-works-for = Der Link gilt 48 Stunden und nur einmal. Haben Sie das nicht angefordert? Dann müssen Sie nichts tun.
someone-we-hope-you = Jemand (hoffentlich Sie) hat ein neues Passwort für Ihr Konto angefordert.
choose-a-new-password = Neues Passwort wählen
the-link-works-for-one = Der Link gilt eine Stunde und nur einmal; danach wird Ihr Konto auf allen anderen Geräten abgemeldet. Haben Sie das nicht angefordert? Dann bleibt Ihr Passwort, wie es ist.
someone-tried-to-create = Jemand hat versucht, mit dieser E-Mail-Adresse ein neues Konto zu erstellen. Diese Adresse gehört bereits zu einem Konto:
username = Benutzername
sign-in-2 = Anmelden:
forgot-your-password = Passwort vergessen?
was-this-not-you = Waren Sie das nicht? Dann müssen Sie nichts tun.
go-to-your-account = Zu Ihrem Konto
was-this-not-you-then = Waren Sie das nicht? Dann wählen Sie sofort ein neues Passwort und beenden Sie auf Ihrer Kontoseite die Sitzungen, die Sie nicht kennen.
was-this-not-you-then-unlink = Waren Sie das nicht? Dann heben Sie die Verknüpfung auf Ihrer Kontoseite auf, wählen Sie ein neues Passwort und beenden Sie die Sitzungen, die Sie nicht kennen.
choose-what-you-hear = Wählen Sie, worüber und wie oft Sie benachrichtigt werden
stop-hearing-about-this = Hierzu keine Nachrichten mehr erhalten
this-message-was-sent = Diese Nachricht wurde automatisch verschickt.
does-the-link-not = Funktioniert der Link nicht? Dann kopieren Sie diese Adresse:

## frontend/src/pages/account.rs

my-account-2 = Mein Konto
welcome = Willkommen
new-material = Neues Lernmaterial
new-case-study = Neues Praxisbeispiel
your-new-api-token = Ihr neues API-Token
copy-this-token-now = Kopieren Sie dieses Token jetzt und bewahren Sie es sicher auf: Sie sehen es nur einmal. Wer das Token hat, kann in Ihrem Namen handeln.
profile = Profil
name = Name
e-mail-address = E-Mail-Adresse
confirmed = bestätigt
not-confirmed-yet = noch nicht bestätigt
role = Rolle
view-your-public-profile = Ihr öffentliches Profil ansehen
saved-searches = Gespeicherte Suchen
delete = Löschen
your-data = Ihre Daten
download-everything-this-node = Laden Sie alles herunter, was dieser Knoten über Sie speichert – Ihr Profil, alle Ihre Werke mit allen Versionen und Anhängen, Likes, Meldungen, wem Sie folgen und Ihre Netzwerke – als ein ZIP-Archiv mit JSON-Dateien.
download-my-data = Meine Daten herunterladen
what-this-node-keeps = Was dieser Knoten speichert und warum
my-materials = Meine Lernmaterialien
you-have-not-shared = Sie haben noch keine Lernmaterialien geteilt.
my-case-studies = Meine Praxisbeispiele
you-have-not-shared-any = Sie haben noch keine Praxisbeispiele geteilt.
api-tokens = API-Tokens
a-token-lets-programs = Mit einem Token können Programme die JSON-API in Ihrem Namen nutzen, zum Beispiel um Lernmaterial zu importieren.
you-have-no-tokens = Sie haben noch keine Tokens.
your-api-tokens = Ihre API-Tokens
label = Bezeichnung
created = Erstellt
expires = Läuft ab
actions = Aktionen
revoke = Widerrufen
label-for-a-new = Bezeichnung für ein neues Token
what-is-it-for = Wofür ist es gedacht? Zum Beispiel: Import aus der Kursplanung.
create-token = Token erstellen
new-e-mail-address = Neue E-Mail-Adresse
current-password = Aktuelles Passwort
new-password = Neues Passwort
your-password = Ihr Passwort
what-you-published = Was Sie veröffentlicht haben
name-on-your-work = Name bei Ihren Werken
e-mail-address-and = E-Mail-Adresse und Passwort
change-e-mail-address = E-Mail-Adresse ändern
we-send-a-link = Wir senden einen Link an die neue Adresse; sie wird erst verwendet, wenn Sie den Link öffnen. Ihre alte Adresse wird benachrichtigt.
change-address = Adresse ändern
change-password = Passwort ändern
afterwards-you-are-signed = Danach sind Sie auf allen anderen Geräten abgemeldet.
at-least-10-characters = Mindestens 10 Zeichen.
where-you-are-signed = Wo Sie angemeldet sind
every-browser-you-sign = Jeder Browser, in dem Sie sich anmelden, ist eine Sitzung. Wenn Sie eine nicht erkennen, beenden Sie sie und wählen Sie ein neues Passwort.
your-sessions = Ihre Sitzungen
signed-in-on = Angemeldet am
this-browser = dieser Browser
end = Beenden
end-all-other-sessions = Alle anderen Sitzungen beenden
keep-it-under-the = Behalten, unter dem Namen unten (die Lizenz gilt weiterhin)
delete-it-here-and = Löschen, hier und auf anderen Knoten
delete-account = Konto löschen
delete-your-account-and = Ihr Konto und Ihre Daten löschen
your-e-mail-address = Ihre E-Mail-Adresse, Ihr Passwort, Ihre Sitzungen, Tokens, Entwürfe, Likes, Meldungen, wem Sie folgen und Ihre Netzwerke werden gelöscht. Andere Knoten erfahren, dass Ihr Konto nicht mehr besteht. Das lässt sich nicht rückgängig machen; laden Sie Ihre Daten vorher herunter, wenn Sie sie behalten möchten.
only-if-your-work = Nur wenn Ihre Werke bleiben. Zum Beispiel Ihr Name oder „eine Lehrkraft aus Utrecht“.
you-confirm-by-signing = Sie bestätigen, indem Sie sich erneut anmelden bei
delete-my-account-for = Mein Konto endgültig löschen
signing-in-with-your = Anmeldung mit Ihrem Schulkonto
you-have-no-password = Sie haben kein Passwort: Sie melden sich über Ihre Schule an. Wenn Sie trotzdem eines möchten, wählen Sie bei der Anmeldung „Passwort vergessen?“.
linked = verknüpft
unlink = Verknüpfung aufheben
link = Verknüpfen
immediately = Sofort
daily = Täglich
weekly = Wöchentlich
off = Aus
notifications-by-mail = Benachrichtigungen per E-Mail
choose-per-kind-how = Legen Sie für jede Art fest, wie oft Sie E-Mails erhalten: sofort, als tägliche oder wöchentliche Zusammenfassung (um 7 Uhr) oder gar nicht.
save-notifications = Benachrichtigungen speichern

## frontend/src/pages/admin.rs

name-of-the-node = Name des Knotens
description = Beschreibung
registration = Registrierung
who-this-node-federates = Mit wem dieser Knoten föderiert
instances = Instanzen
active = Aktiv
pending = Ausstehend
suspended = Gesperrt
administration = Verwaltung
settings-of-this-node = Einstellungen dieses Knotens und seiner Konten.
settings = Einstellungen
shown-on-the-home = Wird auf der Startseite angezeigt. Sagen Sie, wer diesen Knoten betreibt und für wen er gedacht ist.
save-settings = Einstellungen speichern
accounts = Konten
awaiting-approval = wartet auf Freigabe
there-are-no-accounts = Es gibt noch keine Konten.
accounts-on-this-node = Konten auf diesem Knoten
status = Status
change-role-and-status = Rolle und Status ändern
federation = Föderation
one-host-per-line = Ein Host pro Zeile, zum Beispiel deelwijs.partnerschool.be. Bei einer Sperrliste: wer nicht darf; bei einer Erlaubnisliste: die Einzigen, die dürfen.
save-federation = Föderation speichern
delivery-to-other-nodes = Zustellung an andere Knoten
nothing-is-waiting-and = Nichts wartet, und nichts ist fehlgeschlagen.
delivery-per-instance = Zustellung pro Instanz
instance = Instanz
waiting = Wartend
last-error = Letzter Fehler
signing-in-through-the = Anmeldung über die Schule
signing-in-with-a = Anmeldung mit einem Passwort dieses Knotens: an.
signing-in-with-a-password = Anmeldung mit einem Passwort dieses Knotens: aus (--password-sign-in false).
no-sign-in-services = Es sind keine Anmeldedienste eingerichtet. Starten Sie den Knoten mit --oidc-provider (siehe README: Entree Federatie, SURFconext).
sign-in-services = Anmeldedienste
issuer = Aussteller (Issuer)
client-id = Client-ID
who-may = Wer darf
e-mail = E-Mail
mail-is-off-no = E-Mail ist ausgeschaltet: Es werden keine Bestätigungen, Passwort-Links oder Benachrichtigungen verschickt, und das Zurücksetzen des Passworts funktioniert nicht. Starten Sie den Knoten mit --smtp-url (und --mail-from), um E-Mail einzuschalten.
sent-through = Versand über
sender = Absender
mail-that-did-not = E-Mails, die nicht angekommen sind oder noch warten
to = An
kind = Art
attempts = Versuche
servers-answer = Antwort des Servers
queued-since = In der Warteschlange seit
send-failed-mail-again = Fehlgeschlagene E-Mails erneut senden
refused-by = Abgelehnt von{" "}
activity = Aktivität
answer = Antwort
when = Wann
deliver-again-to = Erneut zustellen an{" "}
this-is-you-you = Das sind Sie; Ihre eigene Rolle und Ihren Status können Sie hier nicht ändern.
of = von
save = Speichern

## frontend/src/pages/api_reference.rs

api-reference-2 = API-Referenz
version = Version
about-this-api = Über diese API
this-page-describes-this = Diese Seite beschreibt die JSON-API dieses Knotens unter{" "}
for-programs-the-same = Für Programme steht dieselbe Beschreibung in{" "}
the-openapi-3-1 = dem OpenAPI-3.1-Dokument
the-values-of-the = Die Werte der festen Listen (Bildungsstufen, Fächer, Materialarten, Lizenzen und mehr) finden Sie unter{" "}
some-operations-need-an = Manche Operationen benötigen ein API-Token: Senden Sie es im Header{" "}
you-make-a-token = Ein Token erstellen Sie auf{" "}
your-account-page = Ihrer Kontoseite
schemas = Schemata
other = Sonstiges
contents = Inhalt
no-operations-are-described = Es sind keine Operationen beschrieben.
back-to-the-contents = Zurück zum Inhalt
token-required = Token erforderlich
only-with-an-api = Nur mit einem API-Token.
token-optional = Token optional
works-without-a-token = Funktioniert ohne Token; mit Token kann die Antwort mehr enthalten.
public = Öffentlich
no-token-needed = Kein Token nötig.
deprecated = Veraltet
parameters = Parameter
parameters-of = Parameter von
in = Ort
type = Typ
required = Erforderlich
request-body = Request-Body
required-2 = Erforderlich.
responses = Antworten
responses-of = Antworten von
meaning = Bedeutung
content = Inhalt
none = keine
type-2 = Typ:{" "}
properties-of = Eigenschaften von
may-be-null = kann null sein
one-of = Einer von:{" "}
path = Pfad
query = Query
header = Header
cookie = Cookie
yes = ja
no = nein

## frontend/src/pages/auth.rs

name-others-see = Name, den andere sehen
password = Passwort
welcome-back-sign-in = Willkommen zurück. Melden Sie sich an, um Lernmaterial zu teilen und zu remixen.
no-account-yet = Noch kein Konto?
create-one = Jetzt erstellen
sign-in-with-your = Mit Ihrem Schulkonto anmelden
sign-in-with = Anmelden mit
or-with-your-password = oder mit Ihrem Passwort
create-an-account = Konto erstellen
this-node-does-not = Dieser Knoten nimmt zurzeit keine neuen Konten an. Bitten Sie die Administration Ihrer Schule oder Ihres Netzwerks um ein Konto.
already-have-an-account = Haben Sie schon ein Konto?
sign-in-3 = Anmelden
with-an-account-you = Mit einem Konto teilen Sie Lernmaterialien und Praxisbeispiele und erstellen Remixe. Wir fragen nur, was nötig ist.
you-will-get-a = Sie erhalten eine E-Mail mit einem Link, um Ihre E-Mail-Adresse zu bestätigen; danach können Sie sich anmelden.
an-administrator-approves-new = Neue Konten werden von der Administration freigegeben. Sie können sich anmelden, sobald Ihr Konto freigegeben ist.
n-3-to-32-characters = 3 bis 32 Zeichen: Kleinbuchstaben, Ziffern, - und _. Wird in der Adresse Ihres Profils verwendet.
only-for-the-administrator = Nur für die Administration; nicht öffentlich.
for-example-ms-anna = Zum Beispiel Frau Anna oder A. de Vries; wird bei dem angezeigt, was Sie teilen. Darf leer bleiben.
at-least-10-characters-a = Mindestens 10 Zeichen. Ein Satz aus ein paar Wörtern eignet sich gut.
forgot-your-password-2 = Passwort vergessen
at-least-10-characters-afterwards = Mindestens 10 Zeichen. Danach sind Sie auf allen anderen Geräten abgemeldet.
save-password = Passwort speichern
ask-for-a-new = Neuen Link anfordern
enter-your-accounts-e = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Gehört sie zu einem Konto, senden wir einen Link, mit dem Sie ein neues Passwort wählen können.
send-a-link = Link senden
back-to-sign-in = Zurück zur Anmeldung

## frontend/src/pages/case_studies.rs

case-study-2 = Praxisbeispiel
case-studies-2 = Praxisbeispiele
there-are-no-case = Hier gibt es noch keine Praxisbeispiele.
breadcrumb = Navigationspfad
shared-by = Geteilt von
updated = aktualisiert
this-case-study-has = Dieses Praxisbeispiel ist noch nicht ausformuliert.
related-materials = Verwandte Lernmaterialien
contact = Kontakt
want-to-know-more = Möchten Sie mehr wissen? Die Schule erzählt gern davon:
context = Kontext
sector = Bildungsbereich
school-type = Schulform
size = Größe
stage = Phase
erasmus-action = Erasmus+-Aktion
themes = Themen
licence = Lizenz
unknown = unbekannt
version-2 = Version
updated-2 = Aktualisiert

## frontend/src/pages/case_study_form.rs

title = Titel
summary = Zusammenfassung
school-size = Schulgröße
the-challenge = Die Herausforderung
approach = Vorgehen
results-and-evidence = Ergebnisse und Belege
lessons-learned = Erkenntnisse
what-it-took-to = Was für die Ausweitung nötig war
edit-case-study = Praxisbeispiel bearbeiten
tell-how-your-school = Erzählen Sie, wie Ihre Schule etwas Neues angegangen ist: die Herausforderung, was Sie getan haben und was dabei herauskam. Ehrliche Erkenntnisse helfen Kolleginnen und Kollegen am meisten.
in-short = Kurz gesagt
one-or-two-sentences = Ein oder zwei Sätze, die das Wesentliche sagen.
the-school = Die Schule
choose-a-sector = Bildungsbereich wählen
for-example-primary-school = Zum Beispiel: Grundschule, Berufskolleg.
for-example-350-pupils = Zum Beispiel: 350 Schülerinnen und Schüler.
the-story = Die Geschichte
what-problem-or-opportunity = Welches Problem oder welche Chance gab es, und für wen?
what-did-you-do = Was haben Sie getan, und in welchen Schritten?
what-came-of-it = Was ist dabei herausgekommen? Woran zeigt sich das?
what-would-you-recommend = Was würden Sie einer anderen Schule empfehlen – oder wovon würden Sie abraten?
time-money-training-it = Zeit, Geld, Fortbildung, IT: Was war nötig, um es breiter einzuführen?
classify = Einordnen
optional-this-is-shown = Optional. Dies wird öffentlich beim Praxisbeispiel angezeigt: Füllen Sie es nur aus, wenn Sie möchten, zum Beispiel mit einer allgemeinen E-Mail-Adresse der Schule.
a-language-code-such = Ein Sprachcode, etwa nl oder en.
publishing = Veröffentlichen
only-you-can-see = Einen Entwurf sehen nur Sie; Veröffentlichtes sehen alle.
save-case-study = Praxisbeispiel speichern
save-changes = Änderungen speichern
cancel = Abbrechen
materials-that-belong-with = Lernmaterialien, die zu diesem Praxisbeispiel gehören. Suchen Sie nach Titel oder Stichwörtern oder fügen Sie die Adresse der Seite eines Lernmaterials ein; kreuzen Sie an, was dazugehört.
find-a-material = Lernmaterial suchen
for-example-fractions-or = zum Beispiel Brüche, oder https://…

## frontend/src/pages/collection_form.rs

introduction = Einleitung
education-level = Bildungsstufe
subject = Fach
new-collection = Neue Sammlung
edit-collection = Sammlung bearbeiten
put-together-a-lesson = Stellen Sie eine Unterrichtsreihe, eine Themenwoche oder alles für ein Lernziel zusammen – aus Lernmaterialien auf diesem Knoten und auf Knoten, denen Sie folgen.
what-are-you-putting = Was stellen Sie zusammen?
audience-and-subject = Zielgruppe und Fach
the-language-of-the = Die Sprache der Einleitung und der Notizen, als Code: nl, en, de, fr …
for-your-introduction-notes = Für Ihre Einleitung, Ihre Notizen und die Auswahl; jedes Lernmaterial behält seine eigene Lizenz.
only-you-can-see-a = Einen Entwurf sehen nur Sie; eine veröffentlichte Sammlung sehen alle.
save-collection = Sammlung speichern
materials-in-order = Lernmaterialien in ihrer Reihenfolge
change-the-numbers-to = Ändern Sie die Nummern, um die Reihenfolge zu ändern. Fügen Sie ein Lernmaterial über die Adresse seiner Seite hinzu (hier oder auf einem Knoten, dem Sie folgen) oder mit ‚Zu einer Sammlung hinzufügen‘ auf dieser Seite.
position = Position
address-of-material = Adresse des Lernmaterials
https-address-of-a = https://… (Adresse eines Lernmaterials)
remove = Entfernen
note-on = Notiz zu
note-why-or-how = Notiz: warum oder wie man es einsetzt (optional)

## frontend/src/pages/collections.rs

collection = Sammlung
collections-2 = Sammlungen
lesson-series-theme-weeks = Unterrichtsreihen, Themenwochen und alles für ein Lernziel, zusammengestellt von Kolleginnen und Kollegen.
there-are-no-collections = Hier gibt es noch keine Sammlungen.
collection-2 = Sammlung
properties = Merkmale
material-2 = Lernmaterial
materials-2 = Lernmaterialien
from = Von:{" "}
updated-3 = , aktualisiert am{" "}
from-2 = Von
put-together-by = Zusammengestellt von
in-this-collection = In dieser Sammlung
empty-so-far-add = Noch leer. Fügen Sie Lernmaterialien über deren Seite hinzu oder unter Bearbeiten.
on = auf
no-longer-available = Nicht mehr verfügbar
take-out-of-collection = Aus der Sammlung nehmen
attribution = Namensnennung
made-from = Erstellt auf Grundlage von:
about-this-collection = Über diese Sammlung
copied-from = Kopiert von
original = Original
owned-by-network = Gehört dem Netzwerk
followers = Follower
follow-with-the-feed = Per Feed folgen (Atom)
to-follow-from-another = Um von einem anderen Deelwijs-Knoten aus zu folgen, fügen Sie diese Adresse unter Netzwerk → Folgen ein:
owner = Eigentümer
owned-by-a-network = Gehört einem Netzwerk
the-networks-moderators-can = Die Moderator*innen des Netzwerks können sie dann ebenfalls bearbeiten.
none-only-me = Keiner: nur ich
copy-to-my-collections = In meine Sammlungen kopieren
add-to-a-collection = Zu einer Sammlung hinzufügen
you-have-no-collection = Sie haben noch keine Sammlung.
new-collection-with-this = Neue Sammlung damit
note-optional = Notiz (optional)
add = Hinzufügen
or-start-a-new = Oder beginnen Sie damit eine neue Sammlung

## frontend/src/pages/curricula.rs

core-objectives-and-attainment = Kernziele und Abschlussziele aus den Lehrplanrahmen auf diesem Knoten. Wählen Sie einen Rahmen, öffnen Sie ein Ziel und finden Sie die passenden Lernmaterialien.
no-curriculum-frameworks-have = Es wurden noch keine Lehrplanrahmen geladen.
adding-a-curriculum-framework = Einen Lehrplanrahmen hinzufügen
as-an-administrator-you = Als Administrator*in importieren Sie ein IMS CASE-Paket (JSON), zum Beispiel die SLO-Kernziele, mit
file = DATEI
on-the-server-or = auf dem Server oder mit
or-here = oder hier:
case-package-json = CASE-Paket (JSON)
a-newer-release-of = Eine neuere Fassung eines Rahmens aktualisiert dessen Ziele; zugeordnete Lernmaterialien bleiben zugeordnet.
import = Importieren
language-2 = Sprache:{" "}
learning-goal = Lernziel
learning-goals-2 = Lernziele
all-goals = Alle Ziele
level = Stufe
all-levels = Alle Stufen
this-framework-has-no = Dieser Rahmen hat (für diese Stufe) keine Ziele.
open-a-part-with = Öffnen Sie einen Teil mit dem Pfeil, um die Ziele darunter zu sehen. Wählen Sie ein Ziel, um die passenden Lernmaterialien zu finden.
retired-goals = Nicht mehr gültige Ziele
these-goals-were-replaced = Diese Ziele wurden ersetzt oder stehen nicht mehr im Rahmen. Sie bleiben erhalten, damit alte Zuordnungen weiter funktionieren; auf der Seite jedes Ziels steht, wodurch es ersetzt wurde.
about-this-framework = Über diesen Lehrplanrahmen
publisher = Herausgeber
goals = Ziele
goals-below = untergeordnete Ziele
uri = URI
retired = Nicht mehr gültig
code = Code:{" "}
unfollow = Nicht mehr folgen
follow-this-goal = Diesem Ziel folgen
you-get-mail-about = Sie erhalten E-Mails über neue Inhalte zu diesem Ziel und den Zielen darunter.
this-goal-has-been = Dieses Ziel ist nicht mehr gültig.
it-is-still-listed = Es wird weiter aufgeführt, damit alte Zuordnungen funktionieren.
see-the-goal-that = Sehen Sie sich das Ziel an, das es ersetzt hat.
replaced-by = Ersetzt durch
goals-below-this-one = Untergeordnete Ziele
replaces = Ersetzt
matches = Entspricht
goals-of-other-curricula = Ziele aus anderen Lehrplänen, die diesem entsprechen. Lernmaterialien dazu sind unten ebenfalls aufgeführt.
materials-for-this-goal = Lernmaterialien zu diesem Ziel
search-this-goal = Zu diesem Ziel suchen
includes-materials-and-case = Einschließlich Lernmaterialien und Praxisbeispielen, die den Zielen darunter oder den von diesem Ziel ersetzten Zielen zugeordnet sind.
no-materials-have-been = Diesem Ziel wurden noch keine Lernmaterialien zugeordnet.
case-studies-for-this = Praxisbeispiele zu diesem Ziel
no-case-studies-have = Diesem Ziel wurden noch keine Praxisbeispiele zugeordnet.
about-this-goal = Über dieses Ziel
code-2 = Code
type-3 = Art
framework = Lehrplanrahmen
part-of = Teil von

## frontend/src/pages/error.rs

error-code = Fehlercode
go-to-the-home = Zur Startseite
browse-materials = Lernmaterialien ansehen

## frontend/src/pages/forms.rs

required-3 = (Pflichtfeld)
error = Fehler:{" "}
please-check-the-form = Bitte prüfen Sie das Formular
one-thing-needs-your = Ein Punkt braucht Ihre Aufmerksamkeit:
a-few-things-need = Einige Punkte brauchen Ihre Aufmerksamkeit:
you-can-use-markdown = Sie können Markdown verwenden: ## Überschrift, **fett**, *kursiv*, - Listenpunkt, [Linktext](https://…).

## frontend/src/pages/goal_picker.rs

checked-goals-are-aligned = Angekreuzte Ziele werden beim Speichern zugeordnet. Füllen Sie Titel, Beschreibung und Stufe aus und klicken Sie auf ‚Ziele vorschlagen‘, oder suchen Sie nach Code oder Stichwort.
aligned = Zugeordnet
suggested-from-your-text = Vorgeschlagen auf Grundlage Ihres Textes
found-for = Gefunden für
find-a-goal = Ziel suchen
for-example-kerndoel-26 = zum Beispiel kerndoel 26 oder Brüche
suggest-goals = Ziele vorschlagen
browse-the-goals = Ziele durchblättern
no-goals-for-this = Keine Ziele für diese Stufe.
aligned-2 = zugeordnet

## frontend/src/pages/groups.rs

innovation-networks = Innovationsnetzwerke
anyone-can-join = Alle können beitreten
a-moderator-approves-requests = Die Moderation bestätigt Beitrittsanfragen
a-network-shares-its = Ein Netzwerk teilt die Praxisbeispiele und Lernmaterialien seiner Mitglieder mit allen, die ihm folgen, auch auf anderen Knoten.
there-are-no-networks = Auf diesem Knoten gibt es noch keine Netzwerke.
new-network = Neues Netzwerk
name-for-the-handle = Name (für das Handle)
lower-case-letters-digits = Kleinbuchstaben, Ziffern und Bindestriche, etwa digitale-kompetenz.
what-is-the-network = Worum geht es in dem Netzwerk?
joining = Beitritt
start-the-network = Netzwerk gründen
innovation-network = Innovationsnetzwerk
follow-this-network-from = Folgen Sie diesem Netzwerk von jedem Knoten aus mit{" "}
membership = Mitgliedschaft
leave-the-network = Netzwerk verlassen
join = Beitreten
to-join = {" "}und beitreten.
shared-in-this-network = In diesem Netzwerk geteilt
nothing-shared-yet = Noch nichts geteilt.
from-3 = von{" "}
remove-from-the-network = Aus dem Netzwerk entfernen
members = Mitglieder
requests = Anfragen
no-open-requests = Keine offenen Anfragen.
add-a-member = Mitglied hinzufügen
username-or-handle = Benutzername oder Handle
someone-on-this-node = Jemand auf diesem Knoten (Benutzername) oder anderswo (@lehrkraft@schule.example.be).
no-members-yet = Noch keine Mitglieder.
handle = Handle
approve = Annehmen
make-moderator = Moderationsrechte geben
decline = Ablehnen
remove-2 = Entfernen

## frontend/src/pages/history.rs

version-history = Versionsverlauf
every-change-to = Jede Änderung an
is-kept-view-an = wird gespeichert. Sehen Sie sich eine ältere Version an oder stellen Sie sie wieder her; dabei entsteht eine neue Version, und die Sichtbarkeit bleibt, wie sie jetzt ist.
there-are-no-versions = Es gibt noch keine Versionen.
date = Datum
by = Von
what-happened = Was geschah
visibility = Sichtbarkeit
current = aktuell
view = Ansehen
restore = Wiederherstellen
back-to = Zurück zu

## frontend/src/pages/home.rs

open-learning-materials-case = Offene Lernmaterialien · Praxisbeispiele
teachers-share-lessons-worksheets = Lehrkräfte teilen hier Unterrichtsstunden, Arbeitsblätter und Erfahrungen mit Bildungsinnovation – frei zu nutzen, anzupassen und weiterzugeben.
browse-materials-2 = Lernmaterialien ansehen
share-your-own-material = Eigenes Lernmaterial teilen
why-deelwijs = Warum Deelwijs
open-licences = Offene Lizenzen
everything-carries-a-creative = Alles steht unter einer Creative-Commons-Lizenz, mit der Namensnennung zum Kopieren.
remixing-welcome = Remixen erwünscht
adapt-a-lesson-for = Passen Sie eine Unterrichtsstunde für Ihre eigene Klasse an; die Quelle bleibt sichtbar.
public-values = Öffentliche Werte
no-trackers-no-pupil = Keine Tracker, keine Schülerdaten, von Schulen selbst betrieben.
recent-materials = Neue Lernmaterialien
all-materials = Alle Lernmaterialien
no-materials-have-been-shared = Es wurden noch keine Lernmaterialien geteilt. Machen Sie den Anfang!
recent-case-studies = Neue Praxisbeispiele
all-case-studies = Alle Praxisbeispiele
no-case-studies-have-been = Es wurden noch keine Praxisbeispiele geteilt.

## frontend/src/pages/material_form.rs

isced-level = ISCED-Stufe
type-of-material = Art des Lernmaterials
duration-in-minutes = Dauer in Minuten
keywords = Schlagwörter
authors = Autor*innen
links = Links
other-language = Andere Sprache
attachment = Anhang
edit-material = Lernmaterial bearbeiten
share-a-lesson-worksheet = Teilen Sie eine Unterrichtsstunde, ein Arbeitsblatt oder anderes Lernmaterial. Felder mit dem Hinweis (erforderlich) müssen ausgefüllt werden; die übrigen helfen Kolleg*innen, Ihr Lernmaterial zu finden.
what-are-you-sharing = Was teilen Sie?
one-or-two-sentences-what = Ein oder zwei Sätze: Worum geht es, und für wen ist es gedacht?
choose-a-type = Art wählen
choose-one-or-more = Wählen Sie eine oder mehrere Stufen.
optional-the-international-education = Optional. Die internationale Bildungsstufe (ISCED) für Partner im Ausland: 1 = Primarbereich, 2 = Sekundarbereich I, 3 = Sekundarbereich II und Berufsbildung.
optional-for-example-45 = Optional, zum Beispiel 45.
another-language = Eine andere Sprache…
the-language-of-the-content = Die Sprache des Inhalts.
only-with-another-language = Nur bei „Eine andere Sprache“: der Sprachcode, etwa pap (Papiamentu) oder tr (Türkisch).
separated-by-commas-for = Durch Kommas getrennt, zum Beispiel: Brüche, Pizza, Klasse 4.
separated-by-commas-leave = Durch Kommas getrennt. Lassen Sie das Feld leer, wenn Sie es allein erstellt haben.
licence-links-and-attachment = Lizenz, Links und Anhang
with-cc-by-anyone = Mit CC BY dürfen alle Ihr Werk nutzen und bearbeiten, solange sie Sie als Urheber*in nennen.
optional-a-file-to = Optional: eine Datei, die Sie beifügen möchten. Weitere können Sie später hinzufügen.
only-you-can-see-a-draft = Einen Entwurf sehen nur Sie; veröffentlichtes Lernmaterial sehen alle.
save-material = Lernmaterial speichern
for-example-an-explainer = Zum Beispiel ein Erklärvideo oder eine Quelle. Lassen Sie eine Zeile leer, wenn Sie sie nicht brauchen.
title-of-link = Titel des Links
address-of-link = Adresse des Links

## frontend/src/pages/materials.rs

there-are-no-materials = Hier gibt es noch keine Lernmaterialien.
remix = Remixen
remix-of = Remix von
this-material-has-no = Dieses Lernmaterial hat (noch) keine Beschreibung.
remixes-of-this-material = Remixe dieses Lernmaterials
remixed-on-1-other = Auf 1 anderen Knoten geremixt.
remixed-on = Geremixt auf
other-nodes = anderen Knoten.
about-this-material = Über dieses Lernmaterial
the-source-names-no = Die Quelle nennt keine Lizenz, die wir kennen. Bitten Sie die Urheberin oder den Urheber um Erlaubnis, bevor Sie dieses Lernmaterial weiterverwenden.
you-may-use-and = Sie dürfen dieses Lernmaterial unter dieser Lizenz nutzen und teilen. Nennen Sie die Urheberin oder den Urheber und die Quelle.
minutes = Minuten
duration = Dauer
author = Autor*in
attachments = Anhänge
no-attachments-yet = Noch keine Anhänge.
add-an-attachment = Anhang hinzufügen
for-example-a-worksheet = Zum Beispiel ein Arbeitsblatt (PDF) oder Folien.
upload = Hochladen
checksum-sha-256 = Prüfsumme (SHA-256)
reusing-this-material-copy = Sie verwenden dieses Lernmaterial weiter? Kopieren Sie diese Namensnennung (Titel, Autor*in, Quelle, Lizenz).
source = Quelle

## frontend/src/pages/moderation.rs

reports-about-content-on = Meldungen zu Inhalten auf diesem Knoten, von Konten hier und von anderen Knoten.
reports = Meldungen
there-are-no-open = Es gibt keine offenen Meldungen.
open-reports = Offene Meldungen
about = Betrifft
comment = Kommentar
resolved = Erledigt

## frontend/src/pages/network.rs

follow-schools-teachers-and = Folgen Sie Schulen, Lehrkräften und Netzwerken auf anderen Deelwijs-Knoten (oder anderen ActivityPub-Servern). Was diese öffentlich teilen, erscheint hier.
follow = Folgen
handle-or-address = Handle oder Adresse
for-example-materialen-deelwijs = Zum Beispiel @materialen@deelwijs.example.org (ein Knoten), @lehrkraft@deelwijs.example.org oder eine https://-Adresse.
your-handle = Ihr Handle:{" "}
this-node = dieser Knoten:{" "}
what-followed-sources-published = Was Quellen, denen Sie folgen, veröffentlicht haben
what-you-follow = Wem Sie folgen
you-do-not-follow = Sie folgen noch niemandem.
who-follows-you = Wer Ihnen folgt
nobody-follows-you-yet = Noch folgt Ihnen niemand.
accounts-and-nodes = Konten und Knoten
unfollow-2 = Nicht mehr folgen

## frontend/src/pages/parts.rs

licence-2 = Lizenz:{" "}
themes-and-language = Themen und Sprache
kind-of-content = Art des Inhalts
pagination = Seitennavigation
previous = Vorherige
page = Seite
next = Nächste
hidden = Verborgen
publish = Veröffentlichen
back-to-draft = Zurück zum Entwurf
edit = Bearbeiten
show-again = Wieder anzeigen
hide = Verbergen
delete-2 = Löschen…
are-you-sure-this = Sind Sie sicher? Dadurch werden alle Versionen gelöscht. Das lässt sich nicht rückgängig machen.
yes-delete = Ja, löschen
you-are-looking-at = Sie sehen Version
from-4 = vom
by-2 = von
go-to-the-current = Zur aktuellen Version
restore-this-version = Diese Version wiederherstellen
appreciation = Wertschätzung
like = Like
likes = Likes
withdraw-like = Like zurücknehmen
like-2 = Gefällt mir
report = Melden…
what-is-wrong = Was stimmt nicht?
send-report = Meldung senden
share-in-a-network = In einem Netzwerk teilen
shared-in = Geteilt in:{" "}
join-a-network-or = Treten Sie einem Netzwerk bei (oder folgen Sie einem auf einem anderen Knoten), um hier zu teilen.

## frontend/src/pages/privacy.rs

performance-of-the-agreement = Erfüllung des Vertrags mit den Nutzenden (Art. 6 Abs. 1 lit. b DSGVO)
legitimate-interest-a-secure = Berechtigtes Interesse: ein sicherer Dienst (Art. 6 Abs. 1 lit. f DSGVO)
account-username-name-others = Konto: Benutzername, Name, den andere sehen, E-Mail-Adresse, Passwort (nur als argon2id-Hash), Sprache, Rolle, Status, Erstellungsdatum
signing-in-and-attributing = Anmelden und Ihnen zuordnen, was Sie teilen
as-long-as-the = Solange das Konto besteht; löschen Sie es, sind die Daten weg
sessions-a-hash-of = Sitzungen: ein Hash des Sitzungscookies, Beginn und Ende
staying-signed-in-you = Angemeldet bleiben; Sie sehen und beenden Sitzungen auf Ihrer Kontoseite
n-30-days-or-until = 30 Tage oder bis Sie sich abmelden
api-tokens-a-hash = API-Tokens: ein Hash und die Bezeichnung, die Sie vergeben haben
programs-working-on-your = Programme, die in Ihrem Auftrag arbeiten
until-you-revoke-it = Bis Sie das Token widerrufen, höchstens 365 Tage
what-you-publish-materials = Was Sie veröffentlichen: Lernmaterialien, Praxisbeispiele, Sammlungen, deren Versionen und Anhänge, mit Ihrem Namen
sharing-under-the-creative = Teilen unter der Creative-Commons-Lizenz, die Sie wählen; öffentliches Lernmaterial geht auch an Knoten, die diesem Knoten folgen
until-you-delete-it = Bis Sie es löschen; Versionen bleiben als Verlauf erhalten, solange es besteht
contact-details-in-a = Kontaktdaten in einem Praxisbeispiel (wenn Sie sie angeben)
so-colleagues-can-ask = Damit Kolleg*innen Sie fragen können, wie es gelaufen ist
until-you-remove-them = Bis Sie sie entfernen; sie gehen nie an andere Knoten
likes-reports-you-make = Likes, Ihre Bewertungen (öffentlich, auch auf anderen Knoten), Ihre Meldungen, wem und was Sie folgen, Mitgliedschaften in Netzwerken
the-features-themselves-moderators = Die Funktionen selbst; die Moderation sieht Meldungen
until-you-undo-them = Bis Sie sie rückgängig machen oder Ihr Konto löschen
ip-address-of-whoever = IP-Adresse aller, die sich anmelden, registrieren oder eine E-Mail anfordern (nur im Arbeitsspeicher)
slowing-down-password-guessing = Erraten von Passwörtern und Spam bremsen
not-stored-forgotten-after = Nicht gespeichert; spätestens nach wenigen Minuten oder bei einem Neustart vergessen. Das Anfrageprotokoll enthält keine IP-Adressen und keine Suchanfragen.
mail-to-which-address = E-Mail: an welche Adresse, welche Art, wann gesendet und etwaige Fehler; Einmal-Links nur als Hash
confirming-your-address-letting = Ihre Adresse bestätigen, Sie ein neues Passwort wählen lassen und anzeigen, ob E-Mails angekommen sind
n-30-days-after-sending = 30 Tage nach dem Versand; Links 1 Stunde (Passwort) oder 48 Stunden (Adresse)
notifications-what-happened-to = Benachrichtigungen: was mit Ihrem Werk geschah (Remix, Like, Netzwerk), die Ziele, denen Sie folgen, Ihre gespeicherten Suchen, Ihre Auswahl je Art und wie oft
keeping-you-informed-as = Sie auf dem Laufenden halten, so wie Sie es selbst einstellen
n-30-days-after-sending-switched = 30 Tage nach dem Versand; mit einem Klick in jeder E-Mail abzuschalten
which-personal-data-this = Welche personenbezogenen Daten dieser Knoten speichert, warum, wie lange und wer sie erhält. Diese Seite ergibt sich aus den Einstellungen des Knotens; eine Schule kann sie in ihr Verarbeitungsverzeichnis übernehmen.
who-is-responsible = Wer verantwortlich ist
is-run-by = wird betrieben von
the-administrator-of-this = Die Administration dieses Knotens hat noch nicht angegeben, wer sie ist (--operator). Fragen Sie die Stelle, von der Sie Ihr Konto erhalten haben.
questions-about-privacy-or = Fragen zum Datenschutz oder zur Wahrnehmung Ihrer Rechte:
deelwijs-asks-for-no = Deelwijs fragt nur nach dem Nötigsten: einem Namen, einer E-Mail-Adresse und einem Passwort. Es gibt keine Schülerdaten, keine Tracker, keine Werbung und keine Anfragen an Dritte von seinen Seiten aus.
what-we-keep = Was wir speichern
processing-of-personal-data = Verarbeitung personenbezogener Daten auf diesem Knoten
data = Daten
purpose = Zweck
legal-basis = Rechtsgrundlage
kept-for = Speicherdauer
the-legal-basis-is = Die Rechtsgrundlage ist die für einen solchen Dienst übliche; wer den Knoten betreibt (Schule oder Netzwerk), hält die eigene Entscheidung im Verarbeitungsverzeichnis fest.
who-receives-data = Wer Daten erhält
other-nodes-and-activitypub = Andere Knoten und ActivityPub-Server, die diesem Knoten, Ihnen oder einem Netzwerk folgen, erhalten, was öffentlich ist: Ihr veröffentlichtes Werk, Ihren Namen und Ihr öffentliches Profil. Niemals Entwürfe, verborgene Werke, Ihre E-Mail-Adresse oder Kontaktdaten aus Praxisbeispielen.
processor-for-e-mail = Auftragsverarbeiter für E-Mail: der Mailserver
which-receives-your-address = , der Ihre Adresse und die E-Mail selbst erhält.
this-node-sends-no = Dieser Knoten versendet keine E-Mails.
sign-in-service-a = Anmeldedienst (ein Auftragsverarbeiter, wenn Sie sich darüber anmelden):
this-node-asks-only = . Dieser Knoten fragt dort nur Ihren Namen, Ihre E-Mail-Adresse und eine feste Kennung (sub) ab; Ihr Passwort dort sieht er nie.
there-are-no-other = Es gibt keine weiteren Empfänger: keine Analysedienste, keine Schriften oder Skripte von anderswo.
where-it-is-kept = Wo die Daten liegen
in-one-sqlite-database = In einer SQLite-Datenbankdatei und einem Ordner mit Anhängen, auf dem Server, auf dem die Administration diesen Knoten betreibt.
in-a-postgresql-database = In einer PostgreSQL-Datenbank und einem Ordner mit Anhängen, auf Servern, die die Administration dieses Knotens wählt.
cookies = Cookies
functional-cookies-only-which = Nur funktionale Cookies, die diesen Knoten nie verlassen: Ihre Sitzung (wenn Sie sich anmelden), ein Formular-Token gegen Missbrauch (CSRF), die von Ihnen gewählte Sprache und die Bildungsstufe, nach der Sie zuletzt gefiltert haben.
your-rights = Ihre Rechte
access-and-portability-download = Auskunft und Datenübertragbarkeit: Laden Sie auf Ihrer Kontoseite alles über Sie als ein Archiv herunter.
rectification-change-your-name = Berichtigung: Ändern Sie Ihren Namen, Ihre Adresse und Ihr Passwort auf Ihrer Kontoseite.
erasure-delete-your-account = Löschung: Löschen Sie Ihr Konto auf Ihrer Kontoseite. Sie entscheiden, ob Ihre veröffentlichten Werke verschwinden oder unter einem Namen Ihrer Wahl bleiben (die Lizenz gilt weiterhin). Andere Knoten erfahren, dass Ihr Konto gelöscht ist.
objection-or-a-complaint = Widerspruch oder Beschwerde: Wenden Sie sich an den oben genannten Betreiber oder an die niederländische Datenschutzbehörde (Autoriteit Persoonsgegevens).
unsubscribe = Abbestellen
no-more-mail-about = Keine E-Mails mehr zu:
you-are-unsubscribed-you = Sie haben dies abbestellt. Sie können es jederzeit auf Ihrer Kontoseite wieder einschalten.
go-to-your-notifications = Zu Ihren Benachrichtigungen

## frontend/src/pages/profile.rs

no-published-materials-yet = Noch keine veröffentlichten Lernmaterialien.
no-published-case-studies = Noch keine veröffentlichten Praxisbeispiele.

## frontend/src/pages/remix.rs

title-of-your-remix = Titel Ihres Remixes
make-a-remix = Remix erstellen
a-remix-is-your = Ein Remix ist Ihre eigene Bearbeitung dieses Lernmaterials. Er beginnt als Entwurf mit einer Kopie des Inhalts, sodass Sie ihn anpassen können, bevor Sie ihn veröffentlichen.
back-to-the-material = Zurück zum Lernmaterial
for-example-the-original = Zum Beispiel der ursprüngliche Titel, ergänzt um Ihre Klasse oder Schule.
only-licences-the-source = Zur Auswahl stehen nur Lizenzen, die die Quelle erlaubt.
create-remix = Remix anlegen

## frontend/src/pages/search.rs

browse-by-learning-goal = Nach Lernzielen stöbern
filters = Filter
active-2 = aktiv
filter = Filtern
result = Ergebnis
results = Ergebnisse
for = für
sort-by = Sortieren nach
save-this-search = Diese Suche speichern
you-get-mail-when = Sie erhalten eine E-Mail, wenn etwas Neues hinzukommt.
filters-2 = Filter:
remove-filter = (Filter entfernen)
clear-all = Alle entfernen
selected-choose-again-to = ausgewählt; zum Entfernen erneut wählen
licence-3 = , Lizenz:{" "}
origin = , Herkunft:{" "}
nothing-found = Nichts gefunden
try-other-or-fewer = Versuchen Sie andere oder weniger Wörter, oder stöbern Sie nach Lernzielen.
remove-a-filter-or = Entfernen Sie einen Filter oder versuchen Sie andere Wörter.
search-without-filters = Ohne Filter suchen

## server/src/http/pages/account.rs

new-work-by-this = Neue Werke dieser Person

## server/src/http/pages/admin.rs

addresses-in = Adressen in
anyone-the-service-knows = alle, die der Dienst kennt
new-accounts = neue Konten
unreachable = nicht erreichbar
retrying = wird erneut versucht
ok = OK
queued = In der Warteschlange
sent-last-30-days = Gesendet (letzte 30 Tage)
given-up-after-repeated = Nach wiederholten Fehlern aufgegeben
refused-by-the-server = Vom Server abgelehnt

## server/src/http/pages/auth.rs

confirm-your-e-mail = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link in der E-Mail, die wir Ihnen geschickt haben. Wir haben Ihnen soeben einen neuen Link gesendet (höchstens einen pro Stunde).
your-account-still-awaits = Ihr Konto muss noch von der Administration freigegeben werden.
this-account-is-suspended = Dieses Konto ist gesperrt.
wrong-username-or-password = Benutzername oder Passwort ist falsch.
this-node-does-not-accept = Dieser Knoten nimmt keine neuen Konten an.
this-node-does-not-send = Dieser Knoten versendet keine E-Mails. Bitten Sie die Administration, Ihr Passwort zurückzusetzen.
this-link-has-expired = Dieser Link ist abgelaufen oder wurde bereits verwendet.
this-link-has-expired-or = Dieser Link ist abgelaufen oder wurde bereits verwendet. Melden Sie sich an: Wir senden Ihnen einen neuen, falls Ihre Adresse noch nicht bestätigt ist.

## server/src/http/pages/case_studies.rs

not-found = Nicht gefunden
new-case-studies = Neue Praxisbeispiele

## server/src/http/pages/collections.rs

all-collections = Alle Sammlungen
my-collections = Meine Sammlungen
filter-and-sort = Filtern und sortieren

## server/src/http/pages/convert.rs

dutch = Niederländisch
english = Englisch
german = Deutsch
french = Französisch
frisian = Friesisch
spanish = Spanisch
finnish = Finnisch
polish = Polnisch
turkish = Türkisch
arabic = Arabisch
created-2 = Erstellt
edited = Bearbeitet
restored = wiederhergestellt
remixed-from-version = Geremixt aus Version
attachment-added = Anhang hinzugefügt
attachment-removed = Anhang entfernt
received-from = Empfangen von
this-licence-noderivatives-does = Diese Lizenz (Keine Bearbeitungen) erlaubt keine Remixe.
newest-first = Neueste zuerst

## server/src/http/pages/curricula.rs

described-by = Beschrieben von
choose-a-file-first = Wählen Sie zuerst eine Datei.
this-is-not-json = Das ist kein JSON
new-work-for-this = Neue Werke zu diesem Ziel
exact-match = genaue Entsprechung
translation = Übersetzung
related = verwandt

## server/src/http/pages/feeds.rs

everything = alles
new-2 = neu
new-materials-and-case = Neue Lernmaterialien und Praxisbeispiele
new-work-for-this-goal = neue Werke zu diesem Ziel
materials-and-case-studies = Lernmaterialien und Praxisbeispiele

## server/src/http/pages/groups.rs

moderator = Moderator*in
member = Mitglied
a-moderator-approves-requests-2 = Die Moderation genehmigt Beitrittsanfragen.
anyone-can-join-2 = Alle können beitreten.
your-request-awaits-a = Ihre Anfrage wartet auf die Moderation.
you-are-a-moderator = Sie sind Moderator*in dieses Netzwerks.
you-are-a-member = Sie sind Mitglied dieses Netzwerks.
this-account-was-not = Dieses Konto wurde nicht gefunden. Verwenden Sie einen Benutzernamen auf diesem Knoten oder ein Handle wie @lehrkraft@school.example.be.

## server/src/http/pages/materials.rs

new-here = Neu hier
new-materials = Neue Lernmaterialien
learning-materials = Lernmaterialien
cc0-anything-goes-attribution = CC0: Alles ist erlaubt; eine Namensnennung ist eine Höflichkeit.
noderivatives-remixing-is-not = Keine Bearbeitungen: Remixen ist nicht erlaubt.
sharealike-your-remix-keeps = Weitergabe unter gleichen Bedingungen: Ihr Remix behält dieselbe Lizenz, mit Namensnennung.
attribution-is-required-choose = Namensnennung ist Pflicht; wählen Sie eine Lizenz, die die Bedingungen des Originals beibehält.
this-licence-does-not = Diese Lizenz erlaubt keine Remixe.

## server/src/http/pages/mod.rs

this-page-does-not = Diese Seite gibt es nicht (mehr), oder Sie dürfen sie nicht sehen.
not-allowed = Nicht erlaubt
your-account-may-not = Ihr Konto darf das nicht.
remix-not-allowed = Remixen nicht erlaubt
that-did-not-work = Das hat nicht geklappt
too-large = Zu groß
the-limit-is = Die Grenze liegt bei
please-wait = Bitte warten
too-many-attempts-try = Zu viele Versuche. Versuchen Sie es in
seconds = Sekunden erneut.
something-went-wrong = Etwas ist schiefgelaufen
something-went-wrong-on = Bei uns ist etwas schiefgelaufen. Der Fehler wurde protokolliert.
saved = Gespeichert.
created-3 = Erstellt.
deleted = Gelöscht.
thank-you-your-report = Danke. Ihre Meldung wurde an die Moderation gesendet.
version-restored = Version wiederhergestellt.
remix-created-adapt-it = Remix erstellt. Passen Sie ihn an und veröffentlichen Sie ihn dann.
added-to-the-collection = Zur Sammlung hinzugefügt.
attachment-added-2 = Anhang hinzugefügt.
hidden-from-others = Für andere verborgen.
visible-again = Wieder sichtbar.
published-anyone-can-find = Veröffentlicht: Jetzt können alle es finden.
back-to-draft-only = Zurück zum Entwurf: Nur Sie (und die Administration) können es sehen.
welcome-you-are-signed = Willkommen! Sie sind angemeldet.
your-account-was-created = Ihr Konto wurde erstellt und wartet auf die Freigabe durch die Administration.
you-are-signed-out = Sie sind abgemeldet.
check-your-mail-we = Sehen Sie in Ihre E-Mails: Wir haben einen Link zur Bestätigung der E-Mail-Adresse gesendet.
your-e-mail-address-is = Ihre E-Mail-Adresse ist bestätigt.
if-this-address-belongs = Wenn diese Adresse zu einem Konto gehört, ist jetzt eine E-Mail mit einem Link unterwegs. Der Link ist eine Stunde lang gültig.
your-new-password-is = Ihr neues Passwort ist gespeichert. Melden Sie sich damit an.
your-password-was-changed = Ihr Passwort wurde geändert; andere Sitzungen wurden beendet.
session-ended = Sitzung beendet.
search-saved-you-get = Suche gespeichert: Sie erhalten eine E-Mail, wenn etwas Neues hinzukommt.
you-are-unsubscribed-from = Sie haben diese Benachrichtigungen abbestellt.
linked-you-can-now = Verknüpft: Sie können sich jetzt auch auf diese Weise anmelden.
unlinked-your-other-sessions = Verknüpfung aufgehoben; Ihre anderen Sitzungen wurden beendet.
your-account-is-deleted = Ihr Konto ist gelöscht. Danke für alles, was Sie geteilt haben.
the-failed-mail-is = Die fehlgeschlagene E-Mail ist wieder in der Warteschlange.

## server/src/http/pages/network.rs

following = gefolgt
awaiting-confirmation = wartet auf Bestätigung
enter-a-handle-or = Geben Sie ein Handle oder eine Adresse ein.
this-account-or-node = Dieses Konto oder dieser Knoten wurde nicht gefunden, oder man kann ihm nicht folgen. Prüfen Sie das Handle (etwa @materialen@deelwijs.example.org).
from-followed-sources = Von Quellen, denen Sie folgen
case-studies-from-followed = Praxisbeispiele von Quellen, denen Sie folgen

## server/src/http/pages/oidc.rs

sign-in-expired = Anmeldung abgelaufen
this-sign-in-has = Dieser Anmeldeversuch ist abgelaufen, wurde bereits verwendet oder in einem anderen Browser begonnen. Bitte beginnen Sie erneut.
sign-in-cancelled = Anmeldung abgebrochen
you-cancelled-signing-in = Sie haben die Anmeldung bei Ihrer Schule abgebrochen. Es wurde nichts geändert.
sign-in-failed = Anmeldung fehlgeschlagen
your-schools-sign-in = Der Anmeldedienst Ihrer Schule hat einen Fehler gemeldet. Bitte versuchen Sie es erneut.
no-answer-came-back = Es kam keine Antwort zurück.
sign-in-service-unreachable = Anmeldedienst nicht erreichbar
your-schools-sign-in-service = der Anmeldedienst Ihrer Schule ist gerade nicht erreichbar. Versuchen Sie es später erneut, oder melden Sie sich mit Ihrem Passwort an, falls Sie eines haben.
the-sign-in-services = Die Antwort des Anmeldedienstes war ungültig oder wurde bereits verwendet. Beginnen Sie erneut; wenn es weiterhin fehlschlägt, informieren Sie die Administration.
awaiting-approval-2 = Wartet auf Freigabe
your-account-was-created-and = Ihr Konto wurde erstellt und wartet auf die Freigabe durch die Administration. Sie können sich anmelden, sobald es freigegeben ist.
no-access = Kein Zugang
no-new-accounts = Keine neuen Konten
this-node-does-not-accept-new = Dieser Knoten nimmt keine neuen Konten an. Bitten Sie die Administration Ihrer Schule oder Ihres Netzwerks um ein Konto.
accounts-of-your-school = Konten Ihrer Schule oder Organisation können sich auf diesem Knoten nicht anmelden.
you-already-have-an = Sie haben hier bereits ein Konto
there-already-is-an = Hier gibt es bereits ein Konto mit dieser E-Mail-Adresse. Melden Sie sich mit dessen Passwort an und verknüpfen Sie Ihr Schulkonto auf Ihrer Kontoseite.
already-linked = Bereits verknüpft
this-school-account-is = Dieses Schulkonto ist bereits mit einem anderen Konto auf diesem Knoten verknüpft.

## server/src/http/pages/search.rs

kind-2 = Art
resource-type = Art des Lernmaterials
theme = Thema
origin-2 = Herkunft
this-node-2 = Dieser Knoten
goal = Lernziel
new-for-this-search = Neu für diese Suche
search-materials-collections-and = Lernmaterialien, Sammlungen und Praxisbeispiele durchsuchen
search-materials = Lernmaterialien durchsuchen
search-case-studies = Praxisbeispiele durchsuchen
search-collections = Sammlungen durchsuchen
best-match = Beste Treffer
newest = Neueste
search-2 = Suche

## server/src/http/pages/unsubscribe.rs

all-notifications-by-mail = alle Benachrichtigungen per E-Mail

## Validation problems (frontend/src/i18n/mod.rs)

problem-required = Dieses Feld ist erforderlich.
problem-too-long = Das ist zu lang.
problem-too-short = Das ist zu kurz (mindestens 10 Zeichen).
problem-too-many = Das sind zu viele Werte.
problem-unknown-license = Unbekannte Lizenz.
problem-unknown-language = Unbekannte Sprache: Verwenden Sie einen Code wie nl oder en-GB.
problem-unknown-value = Dieser Wert steht nicht in der Liste.
problem-out-of-range = Diese Zahl liegt außerhalb des zulässigen Bereichs.
problem-invalid-url = Verwenden Sie eine vollständige Adresse, die mit http:// oder https:// beginnt.
problem-invalid-format = Das hat nicht das richtige Format.
problem-taken = Das wird bereits verwendet.
problem-wrong = Dieses Passwort ist nicht richtig.
problem-unchanged = Das ist bereits Ihr aktueller Wert.
problem-invalid = Dieser Wert ist ungültig.

## Dates

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-format = { $day }. { $month } { $year }

## Attribution (server/src/domain/attribution.rs): TASL lines and the adaptation notice Creative Commons asks for

attribution-tasl = "{ $title }" von { $authors } ({ $source }), lizenziert unter { $licence } ({ $licence_url })
attribution-adaptation = "{ $title }" von { $authors } ist eine Bearbeitung von "{ $source_title }" von { $source_authors } ({ $source }), lizenziert unter { $source_licence }. "{ $title }" ist lizenziert unter { $licence }.
attribution-and = und
attribution-unknown-author = unbekannt

## Mail with variables (frontend/src/mail.rs)

mail-greeting = Guten Tag { $name },
mail-verify-subject = Bestätigen Sie Ihre E-Mail-Adresse für { $node }
mail-reset-subject = Ein neues Passwort für { $node }
mail-exists-subject = Sie haben bereits ein Konto bei { $node }
mail-changing-subject = Ihre E-Mail-Adresse bei { $node } wird geändert
mail-changing-text = Jemand hat beantragt, die E-Mail-Adresse Ihres Kontos in { $new_address } zu ändern. Sie wird erst geändert, wenn der Link in der E-Mail an diese Adresse aufgerufen wird.
mail-linked-subject = Eine neue Anmeldemöglichkeit bei { $node }
mail-linked-text = Sie können sich jetzt auch mit { $provider } anmelden: Es wurde soeben mit Ihrem Konto verknüpft.
mail-weekly-subject = Ihre wöchentliche Übersicht von { $node }
mail-daily-subject = Ihre tägliche Übersicht von { $node }

## Content languages offered in the material form (term-language-<BCP 47 tag>)

term-language-nl = Niederländisch
term-language-en = Englisch
term-language-de = Deutsch
term-language-fr = Französisch
term-language-fy = Friesisch
term-language-nl-BE = Niederländisch (Belgien)

## Notification kinds (term-notification-<kind>)

term-notification-remixed = Ihr Werk wurde geremixt (hier oder auf einem anderen Knoten)
term-notification-liked = Jemandem gefällt Ihr Werk
term-notification-report_resolved = Eine Ihrer Meldungen wurde bearbeitet
term-notification-posted_to_network = Ihr Werk wurde in einem Netzwerk geteilt
term-notification-join_request = Jemand möchte einem Netzwerk beitreten, das Sie moderieren
term-notification-followed_content = Neue Werke von Personen oder Quellen, denen Sie folgen
term-notification-followed_goal = Neue Werke zu einem Ziel, dem Sie folgen
term-notification-saved_search = Neue Werke zu einer gespeicherten Suche

## Closed vocabularies (server/src/domain/vocab.rs): term-<vocabulary>-<id>

term-education-level-po = Primarbereich
term-education-level-so = Förderschule (Primarbereich)
term-education-level-vo = Sekundarbereich
term-education-level-vso = Förderschule (Sekundarbereich)
term-education-level-mbo = Berufsbildung (mbo)
term-education-level-ho = Hochschulbildung
term-education-level-volwassenen = Erwachsenenbildung
term-subject-nederlands = Niederländisch
term-subject-engels = Englisch
term-subject-fries = Friesisch
term-subject-moderne-vreemde-talen = Moderne Fremdsprachen
term-subject-rekenen-wiskunde = Mathematik
term-subject-aardrijkskunde = Erdkunde
term-subject-geschiedenis = Geschichte
term-subject-biologie = Biologie
term-subject-natuurkunde = Physik
term-subject-scheikunde = Chemie
term-subject-techniek = Technik
term-subject-economie = Wirtschaft
term-subject-mens-en-maatschappij = Mensch und Gesellschaft
term-subject-mens-en-natuur = Mensch und Natur
term-subject-burgerschap = Politische Bildung
term-subject-digitale-geletterdheid = Digitale Kompetenz
term-subject-kunst-en-cultuur = Kunst und Kultur
term-subject-bewegingsonderwijs = Sport
term-subject-loopbaanorientatie = Berufsorientierung
term-subject-overstijgend = Fächerübergreifend
term-resource-type-lesson_plan = Unterrichtsentwurf
term-resource-type-worksheet = Arbeitsblatt
term-resource-type-slides = Folien
term-resource-type-video = Video
term-resource-type-assessment = Test
term-resource-type-game = Spiel
term-resource-type-reading = Lesetext
term-resource-type-project = Projekt
term-resource-type-other = Sonstiges
term-status-draft = Entwurf
term-status-published = Veröffentlicht
term-status-unlisted = Nicht gelistet
term-role-admin = Administrator*in
term-role-moderator = Moderator*in
term-role-editor = Redakteur*in
term-role-member = Mitglied
term-account-status-active = Aktiv
term-account-status-pending = Wartet auf Freigabe
term-account-status-suspended = Gesperrt
term-account-status-remote = Auf einem anderen Knoten
term-account-status-former = Gelöscht (Werke bleiben erhalten)
term-account-status-deleted = Gelöscht
term-federation-mode-open = Offen: mit allen
term-federation-mode-blocklist = Alle außer blockierten Instanzen
term-federation-mode-allowlist = Nur mit benannten Partnern
term-registration-mode-open = Offen: Alle können sich registrieren
term-registration-mode-approval = Nach Freigabe durch die Administration
term-registration-mode-closed = Geschlossen: Nur die Administration legt Konten an
term-theme-innovating_together = Gemeinsam innovieren
term-theme-digital_literacy = Digitale Kompetenz
term-theme-effective_learning_materials = Lernmaterialien, die in der Praxis funktionieren
term-theme-safe_reliable_infrastructure = Sichere und zuverlässige Infrastruktur
term-theme-ethics = Ethik und öffentliche Werte
term-theme-vision = Vision
term-theme-expertise = Expertise
term-theme-content_and_applications = Inhalte und Anwendungen
term-theme-infrastructure = Infrastruktur
term-stage-idea = Idee
term-stage-pilot = Pilot
term-stage-scaling = Ausweitung
term-stage-embedded = Verankert
term-erasmus-action-none = Keine
term-erasmus-action-ka1_mobility = KA1 – Mobilität
term-erasmus-action-ka2_partnership = KA2 – Partnerschaft
term-alignment-type-teaches = Vermittelt
term-alignment-type-assesses = Prüft
term-alignment-type-requires = Setzt voraus

## Curriculum levels (server/src/domain/curriculum.rs): reference levels, stages, and qualifiers of level codes

level-reference = Referenzniveau { $level }
level-stage = Phase { $stage }
term-level-qualifier-ob = Unterstufe
term-level-qualifier-bb = Oberstufe
term-level-qualifier-am = Übergang in den Arbeitsmarkt
term-level-qualifier-db = Übergang in die Tagesstruktur
term-level-qualifier-vo = Übergang in weiterführende Bildung
term-level-qualifier-nl-ml = Lernende mit Lernschwierigkeiten
term-level-qualifier-zml-mb = Lernende mit schweren und mehrfachen Beeinträchtigungen
term-level-qualifier-zml-mg = Lernende mit schweren und mehrfachen Beeinträchtigungen

## Pictures (frontend/src/pages/charts/): goal coverage, remix tree, activity

coverage-heading = Abdeckung der Ziele
coverage-title = Abdeckung von { $framework }
coverage-description = { $goals } Ziele, davon { $empty } ohne Lernmaterial. Gezählt: { $scope }.
coverage-legend = Lernmaterialien pro Ziel
coverage-count =
    { $count ->
        [one] 1 Lernmaterial
       *[other] { $count } Lernmaterialien
    }
coverage-all-materials = alle Lernmaterialien hier und auf gefolgten Knoten
coverage-this-search = die Lernmaterialien, die diese Suche findet
coverage-of-this-search = Abdeckung dieser Ergebnisse in { $framework }
coverage-explained = Jedes Feld ist ein Ziel; Zahl und Farbe zeigen, wie viele Lernmaterialien ihm zugeordnet sind. Gestrichelte Felder haben noch keine: Dort fehlen Materialien.
chart-as-table = Die Zahlen als Tabelle
subject-area = Fachbereich
domain = Bereich
remix-tree-heading = Remix-Stammbaum
remix-tree-title = Remix-Stammbaum von { $title }
remix-tree-description =
    { $ancestors ->
        [0] Ohne früheres Werk entstanden
        [one] Aus einem früheren Werk entstanden
       *[other] Aus { $ancestors } früheren Werken entstanden
    }; { $descendants ->
        [0] noch kein Remix davon
        [one] ein Remix davon
       *[other] { $descendants } Remixe davon
    }, auf diesem oder einem anderen Knoten.
remix-tree-this = dieses Lernmaterial
remix-tree-unknown = unbekannter Knoten
remix-tree-as-list = Der Stammbaum als Liste
activity-heading = Aktivität
activity-posts = Beiträge in diesem Netzwerk pro Monat
activity-description = { $what }: { $total } in den letzten { $months } Monaten.
month = Monat
number = Anzahl

## Translations of a material (frontend/src/pages/materials.rs, remix.rs, material_form.rs)

translate = Übersetzen
translations = Übersetzungen
translation-section = Übersetzung
translation-of = Übersetzung von
translation-of-hint = Optional. Ist dies eine Übersetzung oder Bearbeitung für eine andere Sprache oder Kultur? Fügen Sie die Adresse des Originals ein, hier oder auf einem Knoten, dem dieser Knoten folgt. Leeren entfernt die Verknüpfung.
translate-into = Übersetzen in
translate-into-hint = Wählen Sie eine Sprache, um eine Übersetzung zu erstellen: Sie wird mit dem Original verknüpft und dort bei den Übersetzungen aufgeführt. Leer lassen für einen Remix in derselben Sprache.
translate-into-none = Nicht übersetzen (Remix in derselben Sprache)
adaptation-notes = Kulturelle Anpassungen
adaptation-notes-hint = Optional. Was über die Wörter hinaus angepasst wurde: Beispiele, Geldbeträge, Feiertage, das Schulsystem.
also-in-other-languages = Auch auf
group-translations = Übersetzungen desselben Lernmaterials zusammen zeigen
show-translations-apart = Jede Übersetzung einzeln zeigen

## Reviews (frontend/src/pages/reviews.rs)

reviews = Bewertungen von Lehrkräften
no-reviews-yet = Noch keine Bewertungen.
review-rating-of-five = { $rating } von 5
review-summary =
    { $average } von 5 aus { $count ->
        [one] 1 Bewertung
       *[other] { $count } Bewertungen
    }; { $used ->
        [0] noch von niemandem im Unterricht eingesetzt
        [one] von 1 Lehrkraft im Unterricht eingesetzt
       *[other] von { $used } Lehrkräften im Unterricht eingesetzt
    }.
your-review = Ihre Bewertung
review-used-with = Im Unterricht eingesetzt: { $level }
write-a-review = Dieses Lernmaterial bewerten
edit-your-review = Ihre Bewertung ändern
review-your-rating = Ihre Bewertung
review-text = Kommentar
review-text-hint = Optional. Was hat funktioniert, was nicht, und für wen? Für alle sichtbar, auch auf anderen Knoten.
review-used-label = Im Unterricht eingesetzt mit
review-not-used = (Noch) nicht im Unterricht eingesetzt
save-review = Bewertung speichern
withdraw-your-review = Bewertung zurückziehen
rating-1 = 1 – funktioniert nicht
rating-2 = 2 – mäßig
rating-3 = 3 – brauchbar
rating-4 = 4 – gut
rating-5 = 5 – ausgezeichnet

## Help questions (hulpvragen) and matchmaking

questions = Hilfegesuche
question = Hilfegesuch
questions-intro = Fragen von Schulen und Netzwerken, hier und auf gefolgten Knoten: Wer hat das schon gelöst?
new-question = Um Hilfe bitten
search-questions = Hilfegesuche durchsuchen
no-questions-yet = Es gibt noch keine Hilfegesuche.
answer-count = { $count ->
    [0] noch keine Antworten
    [one] 1 Antwort
   *[other] { $count } Antworten
}
asked-by = Gefragt von
asked-on-node = gestellt auf { $node }
question-situation = Die Situation
question-situation-hint = Worum geht es, was haben Sie schon versucht, und was suchen Sie? Markdown ist möglich.
question-help-type = Art der Hilfe
question-state = Stand
question-languages = Arbeitssprachen
question-languages-hint = Sprachcodes, durch Kommas getrennt, zum Beispiel: nl, en, de
question-country = Land
question-country-hint = Zweistelliger Ländercode (ISO 3166), zum Beispiel NL oder DE.
question-deadline = Frist
language-hint = Sprachcode des Textes (BCP 47), zum Beispiel nl oder en-GB.
ask-question = Frage stellen
edit-question = Hilfegesuch ändern
delete-question = Hilfegesuch löschen
set-state = Setzen auf: { $state }
answers = Antworten
no-answers-yet = Noch keine Antworten. Kennen Sie jemanden, der helfen kann? Teilen Sie den Link.
your-answer = Ihre Antwort
answer-hint = Erzählen Sie, was bei Ihnen funktioniert hat, oder wer helfen kann. Markdown ist möglich.
send-answer = Antwort senden
withdraw-answer = Antwort zurückziehen
helpful-answer = die hilfreiche Antwort
mark-helpful = Das hat geholfen
unmark-helpful = Doch nicht die hilfreiche Antwort
question-matches = Wer oder was helfen könnte
matches-intro = Praxisbeispiele, Lernmaterialien, Netzwerke und Knoten, die zu dieser Frage passen, hier und bei dem, was gefolgte Knoten teilen, mit dem Grund.
no-matches = Noch nichts Passendes gefunden. Das ändert sich, wenn mehr geteilt wird.
matched-because = Passt wegen:
match-theme = Thema { $theme }
match-level = Stufe { $level }
match-language = Arbeitssprache { $language }
match-words = Wörter { $words }
match-holds = { $count ->
    [one] 1 passender Eintrag
   *[other] { $count } passende Einträge
}
invite-name = { $name } einladen
invited-name = { $name } wurde eingeladen
invited = Eingeladen
node = Knoten
facet-rating = Bewertung
rating-at-least = { $stars ->
    [one] 1 Stern oder mehr
   *[other] { $stars } Sterne oder mehr
}
facet-reviews = Anzahl der Bewertungen
most-reviewed = Am häufigsten bewertet
reviews-at-least = { $count ->
    [one] 1 Bewertung oder mehr
   *[other] { $count } Bewertungen oder mehr
}
facet-used = Im Unterricht eingesetzt
facet-used-yes = Von einer Lehrkraft im Unterricht eingesetzt
best-reviewed = Am besten bewertet
term-help-type-partner_ka1 = Partnerschule für Erasmus+ KA1 (Mobilität)
term-help-type-partner_ka2 = Partnerschule für Erasmus+ KA2 (Zusammenarbeit)
term-help-type-experience = Erfahrung mit einem Ansatz
term-help-type-material = Ein Lernmaterial für ein Ziel
term-help-type-visit = Ein Arbeitsbesuch
term-question-state-open = Offen
term-question-state-answered = Beantwortet
term-question-state-closed = Geschlossen
term-notification-answered = Ihr Hilfegesuch hat eine neue Antwort
term-notification-invited = Jemand lädt Sie ein, ein Hilfegesuch zu beantworten

## The node's quality mark

quality-mark = Gütesiegel
quality-mark-of = Gütesiegel von { $node }
quality-awarded-on = Vergeben am { $date } nach den
quality-criteria = Qualitätskriterien
quality-criteria-hint = Was ein Lernmaterial oder Praxisbeispiel erfüllt, um das Gütesiegel dieses Knotens zu erhalten. Markdown ist möglich.
quality-no-criteria = Dieser Knoten hat noch keine Qualitätskriterien veröffentlicht.
quality-marked = Mit dem Gütesiegel
quality-none-yet = Noch nichts trägt das Gütesiegel.
quality-search = Alles mit dem Gütesiegel suchen
quality-note = Begründung
quality-award = Gütesiegel vergeben
quality-withdraw = Gütesiegel entziehen
facet-quality-yes = Mit dem Gütesiegel dieses Knotens
