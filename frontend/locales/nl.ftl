# Deelwijs user interface: Nederlands


## frontend/src/layout.rs

skip-to-content = Naar de inhoud
site = Site
search-materials-and-case = Zoek leermiddelen en praktijkvoorbeelden
search-by-keyword = Zoek op trefwoord…
search = Zoeken
account = Account
my-account = Mijn account:{" "}
network = Netwerk
moderation = Moderatie
admin = Beheer
sign-out = Uitloggen
sign-in = Inloggen
sign-up = Account maken
language = Taal
main-menu = Hoofdmenu
materials = Leermiddelen
collections = Arrangementen
case-studies = Praktijkvoorbeelden
learning-goals = Leerdoelen
networks = Netwerken
share = Delen
new = Nieuw{" "}
material = Leermiddel
case-study = Praktijkvoorbeeld
open-learning-materials-and = Open leermiddelen en praktijkvoorbeelden, zonder trackers.
about-this-node = Over deze node
privacy = Privacy
about-this-node-json = Over deze node (JSON-API)
api-reference = Documentatie van de API

## frontend/src/mail.rs

you-asked-to-use = Je hebt gevraagd dit adres te gebruiken voor je account. Bevestig het met de link hieronder; tot dan blijft je oude adres in gebruik.
welcome-confirm-your-e = Welkom! Bevestig je e-mailadres met de link hieronder, dan kun je inloggen.
confirm-e-mail-address = E-mailadres bevestigen
the-link-works-for = De link werkt 48 uur en één keer. Heb je dit niet gevraagd? Dan hoef je niets te doen.
someone-we-hope-you = Iemand (hopelijk jij) vroeg om een nieuw wachtwoord voor je account.
choose-a-new-password = Nieuw wachtwoord kiezen
the-link-works-for-one = De link werkt één uur en één keer; daarna wordt je account op alle andere apparaten uitgelogd. Heb je dit niet gevraagd? Dan blijft je wachtwoord zoals het is.
someone-tried-to-create = Iemand probeerde met dit e-mailadres een nieuw account te maken. Dit adres hoort al bij een account:
username = Gebruikersnaam
sign-in-2 = Inloggen:
forgot-your-password = Wachtwoord vergeten?
was-this-not-you = Was jij dit niet? Dan hoef je niets te doen.
go-to-your-account = Naar je account
was-this-not-you-then = Was jij dit niet? Kies dan meteen een nieuw wachtwoord en beëindig op je accountpagina de sessies die je niet kent.
was-this-not-you-then-unlink = Was jij dit niet? Ontkoppel het dan op je accountpagina, kies een nieuw wachtwoord en beëindig de sessies die je niet kent.
choose-what-you-hear = Kiezen wat je hoort en hoe vaak
stop-hearing-about-this = Hier niet meer over horen
this-message-was-sent = Dit bericht is automatisch verstuurd.
does-the-link-not = Werkt de knop niet? Kopieer dan dit adres:

## frontend/src/pages/account.rs

my-account-2 = Mijn account
welcome = Welkom
new-material = Nieuw leermiddel
new-case-study = Nieuw praktijkvoorbeeld
your-new-api-token = Je nieuwe API-token
copy-this-token-now = Kopieer dit token nu en bewaar het veilig: je ziet het maar één keer. Wie het token heeft, kan namens jou werken.
profile = Profiel
name = Naam
e-mail-address = E-mailadres
confirmed = bevestigd
not-confirmed-yet = nog niet bevestigd
role = Rol
view-your-public-profile = Bekijk je openbare profiel
saved-searches = Bewaarde zoekopdrachten
delete = Verwijderen
your-data = Je gegevens
download-everything-this-node = Download alles wat deze node over je bewaart — je profiel, al je werk met alle versies en bijlagen, likes, meldingen, wat je volgt en je netwerken — als één ZIP-archief met JSON-bestanden.
download-my-data = Mijn gegevens downloaden
what-this-node-keeps = Wat deze node bewaart en waarom
my-materials = Mijn leermiddelen
you-have-not-shared = Je hebt nog geen leermiddelen gedeeld.
my-case-studies = Mijn praktijkvoorbeelden
you-have-not-shared-any = Je hebt nog geen praktijkvoorbeelden gedeeld.
api-tokens = API-tokens
a-token-lets-programs = Met een token kunnen programma's de JSON-API namens jou gebruiken, bijvoorbeeld om materiaal te importeren.
you-have-no-tokens = Je hebt nog geen tokens.
your-api-tokens = Je API-tokens
label = Omschrijving
created = Gemaakt
expires = Verloopt
actions = Acties
revoke = Intrekken
label-for-a-new = Omschrijving van een nieuw token
what-is-it-for = Waar gebruik je het voor? Bijvoorbeeld: import vanuit de studiewijzer.
create-token = Token maken
new-e-mail-address = Nieuw e-mailadres
current-password = Huidig wachtwoord
new-password = Nieuw wachtwoord
your-password = Je wachtwoord
what-you-published = Wat je publiceerde
name-on-your-work = Naam bij je werk
e-mail-address-and = E-mailadres en wachtwoord
change-e-mail-address = E-mailadres wijzigen
we-send-a-link = We sturen een link naar het nieuwe adres; het wordt pas gebruikt als je die volgt. Je oude adres krijgt bericht.
change-address = Adres wijzigen
change-password = Wachtwoord wijzigen
afterwards-you-are-signed = Daarna ben je op alle andere apparaten uitgelogd.
at-least-10-characters = Minstens 10 tekens.
where-you-are-signed = Waar je bent ingelogd
every-browser-you-sign = Elke browser waarin je inlogt is een sessie. Ken je er een niet, beëindig hem dan en kies een nieuw wachtwoord.
your-sessions = Je sessies
signed-in-on = Ingelogd op
this-browser = deze browser
end = Beëindigen
end-all-other-sessions = Alle andere sessies beëindigen
keep-it-under-the = Laten staan onder de naam hieronder (de licentie blijft gelden)
delete-it-here-and = Verwijderen, hier en op andere nodes
delete-account = Account verwijderen
delete-your-account-and = Je account en je gegevens verwijderen
your-e-mail-address = Je e-mailadres, wachtwoord, sessies, tokens, concepten, likes, meldingen, wat je volgt en je netwerken worden gewist. Andere nodes krijgen bericht dat je account weg is. Dit kan niet ongedaan worden; download je gegevens eerst als je ze wilt bewaren.
only-if-your-work = Alleen als je werk blijft staan. Bijvoorbeeld je naam, of "een docent uit Utrecht".
you-confirm-by-signing = Je bevestigt door opnieuw in te loggen bij
delete-my-account-for = Mijn account definitief verwijderen
signing-in-with-your = Inloggen met je schoolaccount
you-have-no-password = Je hebt geen wachtwoord: je logt in via je school. Wil je er toch een, kies dan "wachtwoord vergeten" bij inloggen.
linked = gekoppeld
unlink = Ontkoppelen
link = Koppelen
immediately = Meteen
daily = Dagelijks
weekly = Wekelijks
off = Uit
notifications-by-mail = Meldingen per mail
choose-per-kind-how = Kies per soort hoe vaak je mail krijgt: meteen, in een dagelijks of wekelijks overzicht (om 7 uur), of niet.
save-notifications = Meldingen opslaan

## frontend/src/pages/admin.rs

name-of-the-node = Naam van de node
description = Beschrijving
registration = Registratie
who-this-node-federates = Met wie deze node federeert
instances = Instanties
active = Actief
pending = Wacht op goedkeuring
suspended = Geschorst
administration = Beheer
settings-of-this-node = Instellingen van deze node en de accounts.
settings = Instellingen
shown-on-the-home = Staat op de startpagina. Vertel wie deze node beheert en voor wie hij is.
save-settings = Instellingen opslaan
accounts = Accounts
awaiting-approval = wacht op goedkeuring
there-are-no-accounts = Er zijn nog geen accounts.
accounts-on-this-node = Accounts op deze node
status = Status
change-role-and-status = Rol en status wijzigen
federation = Federatie
one-host-per-line = Eén host per regel, bijvoorbeeld deelwijs.partnerschool.be. Bij een blokkeerlijst: wie niet mag; bij een toestaanlijst: de enigen die wel mogen.
save-federation = Federatie opslaan
delivery-to-other-nodes = Bezorging naar andere nodes
nothing-is-waiting-and = Er wacht niets en er ging niets mis.
delivery-per-instance = Bezorging per instantie
instance = Instantie
waiting = Wachtend
last-error = Laatste fout
signing-in-through-the = Inloggen via de school
signing-in-with-a = Inloggen met een wachtwoord van deze node: aan.
signing-in-with-a-password = Inloggen met een wachtwoord van deze node: uit (--password-sign-in false).
no-sign-in-services = Er zijn geen inlogdiensten ingesteld. Start de node met --oidc-provider (zie de README: Entree Federatie, SURFconext).
sign-in-services = Inlogdiensten
issuer = Uitgever (issuer)
client-id = Client-id
who-may = Wie mag
e-mail = E-mail
mail-is-off-no = Mail staat uit: er gaan geen bevestigingen, wachtwoordlinks of meldingen weg, en wachtwoord vergeten werkt niet. Start de node met --smtp-url (en --mail-from) om mail aan te zetten.
sent-through = Verzonden via
sender = Afzender
mail-that-did-not = Mail die niet aankwam of nog wacht
to = Aan
kind = Soort
attempts = Pogingen
servers-answer = Antwoord van de server
queued-since = In de wachtrij sinds
send-failed-mail-again = Mislukte mail opnieuw versturen
refused-by = Geweigerd door{" "}
activity = Activiteit
answer = Antwoord
when = Wanneer
deliver-again-to = Opnieuw bezorgen aan{" "}
this-is-you-you = Dit ben jij; je eigen rol en status wijzig je hier niet.
of = van
save = Opslaan

## frontend/src/pages/api_reference.rs

api-reference-2 = API-naslag
version = versie
about-this-api = Over deze API
this-page-describes-this = Deze pagina beschrijft de JSON-API van deze node onder{" "}
for-programs-the-same = Voor programma's staat dezelfde beschrijving in{" "}
the-openapi-3-1 = het OpenAPI 3.1-document
the-values-of-the = De waarden van de vaste lijsten (onderwijsniveaus, vakken, soorten leermiddel, licenties en meer) staan in{" "}
some-operations-need-an = Sommige bewerkingen vragen een API-token: stuur het mee in de header{" "}
you-make-a-token = Een token maak je op{" "}
your-account-page = je accountpagina
schemas = Schema's
other = Overig
contents = Inhoud
no-operations-are-described = Er zijn geen bewerkingen beschreven.
back-to-the-contents = Terug naar de inhoud
token-required = Token vereist
only-with-an-api = Alleen met een API-token.
token-optional = Token optioneel
works-without-a-token = Werkt zonder token; met een token kan het antwoord meer bevatten.
public = Openbaar
no-token-needed = Geen token nodig.
deprecated = Verouderd
parameters = Parameters
parameters-of = Parameters van
in = Waar
type = Type
required = Verplicht
request-body = Verzoek
required-2 = Verplicht.
responses = Antwoorden
responses-of = Antwoorden van
meaning = Betekenis
content = Inhoud
none = geen
type-2 = Type:{" "}
properties-of = Eigenschappen van
may-be-null = kan null zijn
one-of = Een van:{" "}
path = pad
query = query
header = header
cookie = cookie
yes = ja
no = nee

## frontend/src/pages/auth.rs

name-others-see = Naam die anderen zien
password = Wachtwoord
welcome-back-sign-in = Welkom terug. Log in om materiaal te delen en te remixen.
no-account-yet = Nog geen account?
create-one = Maak er een aan
sign-in-with-your = Inloggen met je schoolaccount
sign-in-with = Inloggen met
or-with-your-password = of met je wachtwoord
create-an-account = Account maken
this-node-does-not = Deze node neemt op dit moment geen nieuwe accounts aan. Vraag de beheerder van je school of netwerk om een account.
already-have-an-account = Heb je al een account?
sign-in-3 = Log in
with-an-account-you = Met een account deel je leermiddelen en praktijkvoorbeelden en maak je remixes. We vragen alleen wat nodig is.
you-will-get-a = Je krijgt een mail met een link om je e-mailadres te bevestigen; daarna kun je inloggen.
an-administrator-approves-new = Een beheerder keurt nieuwe accounts goed. Je kunt inloggen zodra je account is goedgekeurd.
n-3-to-32-characters = 3 tot 32 tekens: kleine letters, cijfers, - en _. Komt in het adres van je profiel.
only-for-the-administrator = Alleen voor de beheerder; niet openbaar.
for-example-ms-anna = Bijvoorbeeld Juf Anna of A. de Vries; staat bij wat je deelt. Leeg laten kan ook.
at-least-10-characters-a = Minstens 10 tekens. Een zin van een paar woorden werkt goed.
forgot-your-password-2 = Wachtwoord vergeten
at-least-10-characters-afterwards = Minstens 10 tekens. Daarna ben je op alle andere apparaten uitgelogd.
save-password = Wachtwoord opslaan
ask-for-a-new = Vraag een nieuwe link aan
enter-your-accounts-e = Vul het e-mailadres van je account in. Hoort er een account bij, dan sturen we een link om een nieuw wachtwoord te kiezen.
send-a-link = Stuur een link
back-to-sign-in = Terug naar inloggen

## frontend/src/pages/case_studies.rs

case-study-2 = praktijkvoorbeeld
case-studies-2 = praktijkvoorbeelden
there-are-no-case = Hier staan nog geen praktijkvoorbeelden.
breadcrumb = Kruimelpad
shared-by = Gedeeld door
updated = bijgewerkt
this-case-study-has = Dit praktijkvoorbeeld is nog niet uitgeschreven.
related-materials = Gerelateerde leermiddelen
contact = Contact
want-to-know-more = Meer weten? De school vertelt er graag over:
context = Context
sector = Sector
school-type = Soort school
size = Omvang
stage = Fase
erasmus-action = Erasmus+-actie
themes = Thema's
licence = Licentie
unknown = onbekend
version-2 = Versie
updated-2 = Bijgewerkt

## frontend/src/pages/case_study_form.rs

title = Titel
summary = Samenvatting
school-size = Omvang van de school
the-challenge = De uitdaging
approach = Aanpak
results-and-evidence = Resultaten en onderbouwing
lessons-learned = Geleerde lessen
what-it-took-to = Wat opschalen vroeg
edit-case-study = Praktijkvoorbeeld bewerken
tell-how-your-school = Vertel hoe jullie school iets nieuws aanpakte: wat de uitdaging was, wat jullie deden en wat het opleverde. Eerlijke lessen helpen collega's het meest.
in-short = In het kort
one-or-two-sentences = Eén of twee zinnen die de kern vertellen.
the-school = De school
choose-a-sector = Kies een sector
for-example-primary-school = Bijvoorbeeld: basisschool, vmbo-vakcollege.
for-example-350-pupils = Bijvoorbeeld: 350 leerlingen.
the-story = Het verhaal
what-problem-or-opportunity = Welk probleem of welke kans was er, en voor wie?
what-did-you-do = Wat hebben jullie gedaan, en in welke stappen?
what-came-of-it = Wat leverde het op? Waar blijkt dat uit?
what-would-you-recommend = Wat zou je een andere school aanraden — of afraden?
time-money-training-it = Tijd, geld, scholing, ICT: wat was er nodig om het breder in te voeren?
classify = Ordenen
optional-this-is-shown = Optioneel. Dit wordt openbaar getoond bij het praktijkvoorbeeld: vul alleen iets in als je dat wilt, bijvoorbeeld een algemeen e-mailadres van de school.
a-language-code-such = Een taalcode, zoals nl of en.
publishing = Publiceren
only-you-can-see = Een concept zie alleen jij; gepubliceerd werk ziet iedereen.
save-case-study = Praktijkvoorbeeld opslaan
save-changes = Wijzigingen opslaan
cancel = Annuleren
materials-that-belong-with = Leermiddelen die bij dit voorbeeld horen. Zoek op titel of woorden, of plak het adres van de pagina van een leermiddel; vink aan wat erbij hoort.
find-a-material = Zoek een leermiddel
for-example-fractions-or = bijvoorbeeld breuken, of https://…

## frontend/src/pages/collection_form.rs

introduction = Inleiding
education-level = Onderwijsniveau
subject = Vakgebied
new-collection = Nieuw arrangement
edit-collection = Arrangement bewerken
put-together-a-lesson = Stel een lessenserie, themaweek of alles voor één leerdoel samen uit leermiddelen van deze node en van nodes die je volgt.
what-are-you-putting = Wat stel je samen?
audience-and-subject = Voor wie en welk vak
the-language-of-the = De taal van de inleiding en de notities, als code: nl, en, de, fr …
for-your-introduction-notes = Voor je inleiding, notities en de samenstelling; elk leermiddel houdt zijn eigen licentie.
only-you-can-see-a = Een concept zie alleen jij; een gepubliceerd arrangement ziet iedereen.
save-collection = Arrangement opslaan
materials-in-order = Leermiddelen, in volgorde
change-the-numbers-to = Verander de nummers om de volgorde te wijzigen. Voeg een leermiddel toe met het adres van zijn pagina (hier of op een node die je volgt), of via ‘Toevoegen aan arrangement’ op die pagina.
position = Plaats
address-of-material = Adres van leermiddel
https-address-of-a = https://… (adres van een leermiddel)
remove = Weghalen
note-on = Notitie bij
note-why-or-how = Notitie: waarom of hoe je dit gebruikt (optioneel)

## frontend/src/pages/collections.rs

collection = arrangement
collections-2 = arrangementen
lesson-series-theme-weeks = lessenseries, themaweken en alles voor één leerdoel, samengesteld door collega's.
there-are-no-collections = Hier staan nog geen arrangementen.
collection-2 = Arrangement
properties = Kenmerken
material-2 = leermiddel
materials-2 = leermiddelen
from = Van:{" "}
updated-3 = , bijgewerkt{" "}
from-2 = Van
put-together-by = Samengesteld door
in-this-collection = In dit arrangement
empty-so-far-add = Nog leeg. Voeg leermiddelen toe vanaf hun pagina, of bij Bewerken.
on = op
no-longer-available = Niet (meer) beschikbaar
take-out-of-collection = Uit arrangement halen
attribution = Naamsvermelding
made-from = Gemaakt op basis van:
about-this-collection = Over dit arrangement
copied-from = Gekopieerd van
original = Origineel
owned-by-network = Van netwerk
followers = Volgers
follow-with-the-feed = Volg via de feed (Atom)
to-follow-from-another = Volgen vanaf een andere Deelwijs-node: plak dit adres bij Netwerk → Volgen:
owner = Eigenaar
owned-by-a-network = Van een netwerk
the-networks-moderators-can = De moderatoren van het netwerk kunnen het dan ook bewerken.
none-only-me = Geen: alleen ik
copy-to-my-collections = Kopiëren naar mijn arrangementen
add-to-a-collection = Toevoegen aan arrangement
you-have-no-collection = Je hebt nog geen arrangement.
new-collection-with-this = Nieuw arrangement hiermee
note-optional = Notitie (optioneel)
add = Toevoegen
or-start-a-new = Of begin een nieuw arrangement hiermee

## frontend/src/pages/curricula.rs

core-objectives-and-attainment = Kerndoelen en eindtermen uit de leerplankaders op deze node. Kies een kader, open een doel en vind de leermiddelen die erbij passen.
no-curriculum-frameworks-have = Er zijn nog geen leerplankaders geladen.
adding-a-curriculum-framework = Een leerplankader toevoegen
as-an-administrator-you = Als beheerder importeer je een IMS CASE-pakket (JSON), bijvoorbeeld de SLO-kerndoelen, met
file = BESTAND
on-the-server-or = op de server, of met
or-here = of hier:
case-package-json = CASE-pakket (JSON)
a-newer-release-of = Een nieuwere versie van een kader werkt de doelen bij; gekoppelde materialen blijven gekoppeld.
import = Importeren
language-2 = Taal:{" "}
learning-goal = leerdoel
learning-goals-2 = leerdoelen
all-goals = Alle doelen
level = Niveau
all-levels = Alle niveaus
this-framework-has-no = Dit leerplankader heeft (voor dit niveau) geen doelen.
open-a-part-with = Open een onderdeel met het pijltje om de doelen eronder te zien. Kies een doel voor de leermiddelen die erbij horen.
retired-goals = Vervallen doelen
these-goals-were-replaced = Deze doelen zijn vervangen of staan niet meer in het leerplankader. Ze blijven hier zodat oude koppelingen werken; de pagina van elk doel noemt wat ervoor in de plaats kwam.
about-this-framework = Over dit leerplankader
publisher = Uitgever
goals = Aantal doelen
goals-below = doelen onder
uri = URI
retired = Vervallen
code = Code:{" "}
unfollow = Niet meer volgen
follow-this-goal = Volg dit doel
you-get-mail-about = Je krijgt mail over nieuw werk bij dit doel en de doelen eronder.
this-goal-has-been = Dit doel is vervallen.
it-is-still-listed = Het staat hier nog zodat oude koppelingen blijven werken.
see-the-goal-that = Kijk bij het doel dat ervoor in de plaats kwam.
replaced-by = Vervangen door
goals-below-this-one = Onderliggende doelen
replaces = Vervangt
matches = Komt overeen met
goals-of-other-curricula = Doelen uit andere leerplannen die hiermee overeenkomen. Materialen daarbij staan hieronder ook.
materials-for-this-goal = Materialen bij dit doel
search-this-goal = Zoeken bij dit doel
includes-materials-and-case = Inclusief materialen en praktijkvoorbeelden die gekoppeld zijn aan de doelen eronder en aan doelen die dit doel vervangt.
no-materials-have-been = Er zijn nog geen materialen aan dit doel gekoppeld.
case-studies-for-this = Praktijkvoorbeelden bij dit doel
no-case-studies-have = Er zijn nog geen praktijkvoorbeelden aan dit doel gekoppeld.
about-this-goal = Over dit doel
code-2 = Code
type-3 = Soort
framework = Leerplankader
part-of = Valt onder

## frontend/src/pages/error.rs

error-code = Foutcode
go-to-the-home = Naar de startpagina
browse-materials = Leermiddelen bekijken

## frontend/src/pages/forms.rs

required-3 = (verplicht)
error = Fout:{" "}
please-check-the-form = Controleer het formulier
one-thing-needs-your = Er is één ding dat aandacht nodig heeft:
a-few-things-need = Er zijn een paar dingen die aandacht nodig hebben:
you-can-use-markdown = Je kunt Markdown gebruiken: ## kopje, **vet**, *cursief*, - opsomming, [linktekst](https://…).

## frontend/src/pages/goal_picker.rs

checked-goals-are-aligned = Aangevinkte doelen worden gekoppeld als je opslaat. Vul titel, beschrijving en niveau in en klik op ‘Doelen voorstellen’, of zoek op code of woord.
aligned = Gekoppeld
suggested-from-your-text = Voorgesteld op basis van je tekst
found-for = Gevonden voor
find-a-goal = Zoek een doel
for-example-kerndoel-26 = bijvoorbeeld kerndoel 26 of breuken
suggest-goals = Doelen voorstellen
browse-the-goals = Bladeren door de doelen
no-goals-for-this = Geen doelen voor dit niveau.
aligned-2 = gekoppeld

## frontend/src/pages/groups.rs

innovation-networks = Innovatienetwerken
anyone-can-join = Iedereen kan lid worden
a-moderator-approves-requests = Een moderator keurt aanvragen goed
a-network-shares-its = Een netwerk deelt praktijkvoorbeelden en materialen van zijn leden met iedereen die het volgt, ook op andere nodes.
there-are-no-networks = Op deze node zijn nog geen netwerken.
new-network = Nieuw netwerk
name-for-the-handle = Naam (voor de handle)
lower-case-letters-digits = Kleine letters, cijfers en streepjes, zoals digitale-geletterdheid.
what-is-the-network = Waar gaat het netwerk over?
joining = Lid worden
start-the-network = Netwerk starten
innovation-network = Innovatienetwerk
follow-this-network-from = Volg dit netwerk vanaf elke node met{" "}
membership = Lidmaatschap
leave-the-network = Netwerk verlaten
join = Lid worden
to-join = {" "}om lid te worden.
shared-in-this-network = Gedeeld in dit netwerk
nothing-shared-yet = Nog niets gedeeld.
from-3 = van{" "}
remove-from-the-network = Uit het netwerk halen
members = Leden
requests = Aanvragen
no-open-requests = Geen openstaande aanvragen.
add-a-member = Lid toevoegen
username-or-handle = Gebruikersnaam of handle
someone-on-this-node = Iemand van deze node (gebruikersnaam) of van elders (@docent@school.voorbeeld.be).
no-members-yet = Nog geen leden.
handle = Handle
approve = Goedkeuren
make-moderator = Moderator maken
decline = Afwijzen
remove-2 = Verwijderen

## frontend/src/pages/history.rs

version-history = Versiegeschiedenis
every-change-to = Elke wijziging van
is-kept-view-an = wordt bewaard. Bekijk een oude versie of zet hem terug; terugzetten maakt een nieuwe versie en laat de zichtbaarheid zoals hij nu is.
there-are-no-versions = Er zijn nog geen versies.
date = Datum
by = Door
what-happened = Wat er gebeurde
visibility = Zichtbaarheid
current = huidig
view = Bekijken
restore = Terugzetten
back-to = Terug naar

## frontend/src/pages/home.rs

open-learning-materials-case = Open leermiddelen · praktijkvoorbeelden
teachers-share-lessons-worksheets = Docenten delen hier lessen, werkbladen en ervaringen met onderwijsvernieuwing — vrij te gebruiken, aan te passen en door te geven.
browse-materials-2 = Bekijk leermiddelen
share-your-own-material = Deel je eigen materiaal
why-deelwijs = Waarom Deelwijs
open-licences = Open licenties
everything-carries-a-creative = Alles staat onder een Creative Commons-licentie, met de naamsvermelding erbij.
remixing-welcome = Remixen mag
adapt-a-lesson-for = Pas een les aan voor je eigen groep; de bron blijft zichtbaar.
public-values = Publieke waarden
no-trackers-no-pupil = Geen trackers, geen leerlinggegevens, eigen beheer door scholen.
recent-materials = Nieuwe leermiddelen
all-materials = Alle leermiddelen
no-materials-have-been-shared = Er zijn nog geen leermiddelen gedeeld. Wees de eerste!
recent-case-studies = Nieuwe praktijkvoorbeelden
all-case-studies = Alle praktijkvoorbeelden
no-case-studies-have-been = Er zijn nog geen praktijkvoorbeelden gedeeld.

## frontend/src/pages/material_form.rs

isced-level = ISCED-niveau
type-of-material = Soort materiaal
duration-in-minutes = Duur in minuten
keywords = Trefwoorden
authors = Auteurs
links = Links
other-language = Andere taal
attachment = Bijlage
edit-material = Leermiddel bewerken
share-a-lesson-worksheet = Deel een les, werkblad of ander materiaal. Velden met (verplicht) moeten ingevuld zijn; de rest helpt collega's je materiaal te vinden.
what-are-you-sharing = Wat deel je?
one-or-two-sentences-what = Eén of twee zinnen: waar gaat het over en voor wie is het?
choose-a-type = Kies een soort
choose-one-or-more = Kies één of meer niveaus.
optional-the-international-education = Optioneel. Het internationale onderwijsniveau (ISCED), voor partners in het buitenland: 1 = basisschool, 2 = onderbouw vo, 3 = bovenbouw vo en mbo.
optional-for-example-45 = Optioneel, bijvoorbeeld 45.
another-language = Een andere taal…
the-language-of-the-content = De taal van de inhoud.
only-with-another-language = Alleen bij ‘Een andere taal’: de taalcode, zoals pap (Papiaments) of tr (Turks).
separated-by-commas-for = Gescheiden door komma's, bijvoorbeeld: breuken, pizza, groep 6.
separated-by-commas-leave = Gescheiden door komma's. Laat leeg als je het alleen gemaakt hebt.
licence-links-and-attachment = Licentie, links en bijlage
with-cc-by-anyone = Met CC BY mag iedereen je werk gebruiken en aanpassen, als ze jou noemen.
optional-a-file-to = Optioneel: een bestand om mee te sturen. Later kun je er meer toevoegen.
only-you-can-see-a-draft = Een concept zie alleen jij; gepubliceerd materiaal ziet iedereen.
save-material = Leermiddel opslaan
for-example-an-explainer = Bijvoorbeeld een uitlegvideo of een bron. Laat een rij leeg als je hem niet nodig hebt.
title-of-link = Titel van link
address-of-link = Adres van link

## frontend/src/pages/materials.rs

there-are-no-materials = Hier staan nog geen leermiddelen.
remix = Remixen
remix-of = Remix van
this-material-has-no = Dit materiaal heeft (nog) geen beschrijving.
remixes-of-this-material = Remixes van dit materiaal
remixed-on-1-other = Geremixt op 1 andere node.
remixed-on = Geremixt op
other-nodes = andere nodes.
about-this-material = Over dit materiaal
the-source-names-no = De bron noemt geen licentie die we kennen. Vraag de maker om toestemming voordat je dit materiaal hergebruikt.
you-may-use-and = Je mag dit materiaal gebruiken en delen volgens deze licentie. Vermeld de maker en de bron.
minutes = minuten
duration = Duur
author = Auteur
attachments = Bijlagen
no-attachments-yet = Nog geen bijlagen.
add-an-attachment = Bijlage toevoegen
for-example-a-worksheet = Bijvoorbeeld een werkblad (PDF) of presentatie.
upload = Uploaden
checksum-sha-256 = Controlegetal (SHA-256)
reusing-this-material-copy = Gebruik je dit materiaal? Neem deze naamsvermelding over (titel, auteur, bron, licentie).
source = Bron

## frontend/src/pages/moderation.rs

reports-about-content-on = Meldingen over inhoud op deze node, van accounts hier en van andere nodes.
reports = Meldingen
there-are-no-open = Er zijn geen open meldingen.
open-reports = Open meldingen
about = Over
comment = Toelichting
resolved = Afgehandeld

## frontend/src/pages/network.rs

follow-schools-teachers-and = Volg scholen, docenten en netwerken op andere Deelwijs-nodes (of andere ActivityPub-servers). Wat zij openbaar delen, komt hier binnen.
follow = Volgen
handle-or-address = Handle of adres
for-example-materialen-deelwijs = Bijvoorbeeld @materialen@deelwijs.voorbeeld.nl (een node), @docent@deelwijs.voorbeeld.nl of een https://-adres.
your-handle = Jouw handle:{" "}
this-node = deze node:{" "}
what-followed-sources-published = Wat gevolgde bronnen publiceerden
what-you-follow = Wat je volgt
you-do-not-follow = Je volgt nog niemand.
who-follows-you = Wie jou volgt
nobody-follows-you-yet = Nog niemand volgt je.
accounts-and-nodes = Accounts en nodes
unfollow-2 = Ontvolgen

## frontend/src/pages/parts.rs

licence-2 = Licentie:{" "}
themes-and-language = Thema's en taal
kind-of-content = Soort inhoud
pagination = Paginering
previous = Vorige
page = Pagina
next = Volgende
hidden = Verborgen
publish = Publiceren
back-to-draft = Terug naar concept
edit = Bewerken
show-again = Weer tonen
hide = Verbergen
delete-2 = Verwijderen…
are-you-sure-this = Weet je het zeker? Dit verwijdert alle versies en kan niet ongedaan worden gemaakt.
yes-delete = Ja, verwijderen
you-are-looking-at = Je bekijkt versie
from-4 = van
by-2 = door
go-to-the-current = Naar de huidige versie
restore-this-version = Deze versie terugzetten
appreciation = Waardering
like = waardering
likes = waarderingen
withdraw-like = Waardering intrekken
like-2 = Waarderen
report = Melden…
what-is-wrong = Wat is er mis?
send-report = Melding versturen
share-in-a-network = Delen in een netwerk
shared-in = Gedeeld in:{" "}
join-a-network-or = Word lid van een netwerk (of volg er een op een andere node) om hier te delen.

## frontend/src/pages/privacy.rs

performance-of-the-agreement = Uitvoering van de overeenkomst met de gebruiker (art. 6 lid 1 b AVG)
legitimate-interest-a-secure = Gerechtvaardigd belang: een veilige dienst (art. 6 lid 1 f AVG)
account-username-name-others = Account: gebruikersnaam, naam die anderen zien, e-mailadres, wachtwoord (alleen als argon2id-hash), taal, rol, status, aanmaakdatum
signing-in-and-attributing = Inloggen, en wat je deelt aan jou toeschrijven
as-long-as-the = Zolang het account bestaat; verwijder je het, dan is het weg
sessions-a-hash-of = Sessies: een hash van het sessiecookie, begin en einde
staying-signed-in-you = Ingelogd blijven; je ziet en beëindigt ze op je accountpagina
n-30-days-or-until = 30 dagen, of tot je uitlogt
api-tokens-a-hash = API-tokens: een hash en de omschrijving die je gaf
programs-working-on-your = Programma's die namens jou werken
until-you-revoke-it = Tot je het intrekt, hooguit 365 dagen
what-you-publish-materials = Wat je publiceert: leermiddelen, praktijkvoorbeelden, arrangementen, hun versies en bijlagen, met je naam
sharing-under-the-creative = Delen onder de Creative Commons-licentie die je kiest; openbaar materiaal gaat ook naar nodes die deze node volgen
until-you-delete-it = Tot je het verwijdert; versies blijven als geschiedenis zolang het bestaat
contact-details-in-a = Contactgegevens in een praktijkvoorbeeld (als je die invult)
so-colleagues-can-ask = Zodat collega's je kunnen vragen hoe het ging
until-you-remove-them = Tot je ze weghaalt; ze gaan nooit naar andere nodes
likes-reports-you-make = Likes, beoordelingen die je schrijft (openbaar, ook op andere nodes), meldingen die je doet, wat en wie je volgt, lidmaatschap van netwerken
the-features-themselves-moderators = De functies zelf; moderatoren zien meldingen
until-you-undo-them = Tot je ze ongedaan maakt of je account verwijdert
ip-address-of-whoever = IP-adres van wie inlogt, zich aanmeldt of mail aanvraagt (alleen in het werkgeheugen)
slowing-down-password-guessing = Wachtwoorden raden en spam afremmen
not-stored-forgotten-after = Niet opgeslagen; vergeten na hooguit een paar minuten of bij een herstart. Het verzoeklog bevat geen IP-adressen en geen zoekvragen.
mail-to-which-address = Mail: aan welk adres, wat voor mail, wanneer verstuurd, en een eventuele foutmelding; eenmalige links alleen als hash
confirming-your-address-letting = Je adres bevestigen, een nieuw wachtwoord laten kiezen, en laten zien of mail aankwam
n-30-days-after-sending = 30 dagen na verzending; links 1 uur (wachtwoord) of 48 uur (adres)
notifications-what-happened-to = Meldingen: wat er met je werk gebeurde (remix, like, netwerk), de doelen die je volgt, je bewaarde zoekopdrachten, je keuze per soort en hoe vaak
keeping-you-informed-as = Je op de hoogte houden, zoals je zelf instelt
n-30-days-after-sending-switched = 30 dagen na verzending; uit te zetten met één klik in elke mail
which-personal-data-this = Welke persoonsgegevens deze node bewaart, waarom, hoe lang en wie ze ontvangt. Deze pagina volgt uit de instellingen van de node; een school kan haar overnemen in haar verwerkingsregister.
who-is-responsible = Wie is verantwoordelijk
is-run-by = wordt beheerd door
the-administrator-of-this = De beheerder van deze node heeft nog niet opgegeven wie hij is (--operator). Vraag het aan wie je een account gaf.
questions-about-privacy-or = Vragen over privacy, of je rechten uitoefenen:
deelwijs-asks-for-no = Deelwijs vraagt niet meer dan nodig is: een naam, een e-mailadres en een wachtwoord. Er zijn geen gegevens van leerlingen, geen trackers, geen advertenties en geen verzoeken aan andere partijen vanuit de pagina's.
what-we-keep = Wat we bewaren
processing-of-personal-data = Verwerkingen van persoonsgegevens op deze node
data = Gegevens
purpose = Waarvoor
legal-basis = Grondslag
kept-for = Bewaartermijn
the-legal-basis-is = De grondslag is die welke bij een dienst als deze gebruikelijk is; de school of het netwerk dat de node beheert, legt de eigen keuze vast in het verwerkingsregister.
who-receives-data = Wie gegevens ontvangt
other-nodes-and-activitypub = Andere nodes en ActivityPub-servers die deze node, jou of een netwerk volgen, ontvangen wat openbaar is: je gepubliceerde werk, je naam en je openbare profiel. Nooit concepten, verborgen werk, je e-mailadres of contactgegevens uit praktijkvoorbeelden.
processor-for-e-mail = Verwerker voor e-mail: de mailserver
which-receives-your-address = , die je adres en de mail zelf ontvangt.
this-node-sends-no = Deze node verstuurt geen mail.
sign-in-service-a = Inlogdienst (verwerker bij het inloggen):
this-node-asks-only = . Deze node vraagt alleen je naam, je e-mailadres en een vaste identificatie (sub); je wachtwoord daar ziet deze node nooit.
there-are-no-other = Er zijn geen andere ontvangers: geen statistiekdiensten, geen lettertypen of scripts van elders.
where-it-is-kept = Waar het staat
in-one-sqlite-database = In één SQLite-databasebestand en een map met bijlagen, op de server waarop de beheerder deze node draait.
in-a-postgresql-database = In een PostgreSQL-database en een map met bijlagen, op servers die de beheerder van deze node kiest.
cookies = Cookies
functional-cookies-only-which = Alleen functionele cookies, die deze node nooit verlaten: je sessie (als je inlogt), een formuliertoken tegen misbruik (CSRF), de taal die je koos en het onderwijsniveau waarop je het laatst filterde.
your-rights = Je rechten
access-and-portability-download = Inzage en overdraagbaarheid: download op je accountpagina alles over jou als één archief.
rectification-change-your-name = Correctie: pas je naam, adres en wachtwoord aan op je accountpagina.
erasure-delete-your-account = Verwijdering: verwijder je account op je accountpagina. Je kiest zelf of je gepubliceerde werk verdwijnt of blijft onder een naam die je kiest (de licentie blijft gelden). Andere nodes krijgen bericht dat je account weg is.
objection-or-a-complaint = Bezwaar of een klacht: neem contact op met de beheerder hierboven, of met de Autoriteit Persoonsgegevens.
unsubscribe = Afmelden
no-more-mail-about = Geen mail meer over:
you-are-unsubscribed-you = Je bent afgemeld. Je kunt dit altijd weer aanzetten op je accountpagina.
go-to-your-notifications = Naar je meldingen

## frontend/src/pages/profile.rs

no-published-materials-yet = Nog geen gepubliceerde leermiddelen.
no-published-case-studies = Nog geen gepubliceerde praktijkvoorbeelden.

## frontend/src/pages/remix.rs

title-of-your-remix = Titel van je remix
make-a-remix = Remix maken
a-remix-is-your = Een remix is jouw eigen bewerking van dit materiaal. Hij begint als concept met een kopie van de inhoud, zodat je hem kunt aanpassen voordat je hem publiceert.
back-to-the-material = Terug naar het materiaal
for-example-the-original = Bijvoorbeeld de oorspronkelijke titel met je groep of school erbij.
only-licences-the-source = Alleen licenties die de bron toestaat staan hier.
create-remix = Remix maken

## frontend/src/pages/search.rs

browse-by-learning-goal = Zoek via leerdoelen
filters = Filters
active-2 = actief
filter = Filteren
result = resultaat
results = resultaten
for = voor
sort-by = Sorteer op
save-this-search = Bewaar deze zoekopdracht
you-get-mail-when = Je krijgt mail als er iets nieuws bij komt.
filters-2 = Filters:
remove-filter = (filter weghalen)
clear-all = Alles wissen
selected-choose-again-to = gekozen; kies opnieuw om weg te halen
licence-3 = , licentie:{" "}
origin = , herkomst:{" "}
nothing-found = Niets gevonden
try-other-or-fewer = Probeer andere of minder woorden, of zoek via de leerdoelen.
remove-a-filter-or = Haal een filter weg of probeer andere woorden.
search-without-filters = Zonder filters zoeken

## server/src/http/pages/account.rs

new-work-by-this = Nieuw werk van deze persoon

## server/src/http/pages/admin.rs

addresses-in = adressen in
anyone-the-service-knows = iedereen die de dienst kent
new-accounts = nieuwe accounts
unreachable = onbereikbaar
retrying = opnieuw proberen
ok = in orde
queued = In de wachtrij
sent-last-30-days = Verzonden (laatste 30 dagen)
given-up-after-repeated = Opgegeven na herhaalde fouten
refused-by-the-server = Geweigerd door de server

## server/src/http/pages/auth.rs

confirm-your-e-mail = Bevestig eerst je e-mailadres met de link in de mail die we je stuurden. We hebben je zojuist een nieuwe link gestuurd (hooguit één per uur).
your-account-still-awaits = Je account wacht nog op goedkeuring door een beheerder.
this-account-is-suspended = Dit account is geschorst.
wrong-username-or-password = Gebruikersnaam of wachtwoord klopt niet.
this-node-does-not-accept = Deze node neemt geen nieuwe accounts aan.
this-node-does-not-send = Deze node verstuurt geen mail. Vraag een beheerder om je wachtwoord opnieuw in te stellen.
this-link-has-expired = Deze link is verlopen of al gebruikt.
this-link-has-expired-or = Deze link is verlopen of al gebruikt. Log in: dan sturen we een nieuwe als je adres nog niet bevestigd is.

## server/src/http/pages/case_studies.rs

not-found = Niet gevonden
new-case-studies = Nieuwe praktijkvoorbeelden

## server/src/http/pages/collections.rs

all-collections = Alle arrangementen
my-collections = Mijn arrangementen
filter-and-sort = Filteren en sorteren

## server/src/http/pages/convert.rs

dutch = Nederlands
english = Engels
german = Duits
french = Frans
frisian = Fries
spanish = Spaans
finnish = Fins
polish = Pools
turkish = Turks
arabic = Arabisch
created-2 = Aangemaakt
edited = Bewerkt
restored = teruggezet
remixed-from-version = Geremixt uit versie
attachment-added = Bijlage toegevoegd
attachment-removed = Bijlage verwijderd
received-from = Ontvangen van
this-licence-noderivatives-does = Deze licentie (GeenAfgeleideWerken) staat geen remixes toe.
newest-first = Nieuwste eerst

## server/src/http/pages/curricula.rs

described-by = Beschreven door
choose-a-file-first = Kies eerst een bestand.
this-is-not-json = Dit is geen JSON
new-work-for-this = Nieuw werk bij dit doel
exact-match = zelfde doel
translation = vertaling
related = verwant

## server/src/http/pages/feeds.rs

everything = alles
new-2 = nieuw
new-materials-and-case = Nieuwe leermiddelen en praktijkvoorbeelden
new-work-for-this-goal = nieuw werk bij dit doel
materials-and-case-studies = Leermiddelen en praktijkvoorbeelden

## server/src/http/pages/groups.rs

moderator = moderator
member = lid
a-moderator-approves-requests-2 = Een moderator keurt aanvragen goed.
anyone-can-join-2 = Iedereen kan lid worden.
your-request-awaits-a = Je aanvraag wacht op een moderator.
you-are-a-moderator = Je bent moderator van dit netwerk.
you-are-a-member = Je bent lid van dit netwerk.
this-account-was-not = Dit account is niet gevonden. Gebruik een gebruikersnaam van deze node of een handle zoals @docent@school.voorbeeld.be.

## server/src/http/pages/materials.rs

new-here = Nieuw hier
new-materials = Nieuwe leermiddelen
learning-materials = Leermiddelen
cc0-anything-goes-attribution = CC0: je mag alles, naamsvermelding is een beleefdheid.
noderivatives-remixing-is-not = GeenAfgeleideWerken: remixen is niet toegestaan.
sharealike-your-remix-keeps = GelijkDelen: je remix krijgt dezelfde licentie, met naamsvermelding.
attribution-is-required-choose = Naamsvermelding is verplicht; kies een licentie die de voorwaarden van het origineel behoudt.
this-licence-does-not = Deze licentie staat geen remixes toe.

## server/src/http/pages/mod.rs

this-page-does-not = Deze pagina bestaat niet (meer), of je mag haar niet zien.
not-allowed = Niet toegestaan
your-account-may-not = Je account mag dit niet doen.
remix-not-allowed = Remixen niet toegestaan
that-did-not-work = Dat ging niet
too-large = Te groot
the-limit-is = De limiet is
please-wait = Even geduld
too-many-attempts-try = Te veel pogingen. Probeer het over
seconds = seconden opnieuw.
something-went-wrong = Er ging iets mis
something-went-wrong-on = Er ging aan onze kant iets mis. Het is gelogd.
saved = Opgeslagen.
created-3 = Aangemaakt.
deleted = Verwijderd.
thank-you-your-report = Bedankt. Je melding is naar de moderatoren gestuurd.
version-restored = Versie teruggezet.
remix-created-adapt-it = Remix gemaakt. Pas hem aan en publiceer hem.
added-to-the-collection = Toegevoegd aan het arrangement.
attachment-added-2 = Bijlage toegevoegd.
hidden-from-others = Verborgen voor anderen.
visible-again = Weer zichtbaar.
published-anyone-can-find = Gepubliceerd: iedereen kan het nu vinden.
back-to-draft-only = Terug naar concept: alleen jij (en beheerders) kunnen het zien.
welcome-you-are-signed = Welkom! Je bent ingelogd.
your-account-was-created = Je account is aangemaakt en wacht op goedkeuring door een beheerder.
you-are-signed-out = Je bent uitgelogd.
check-your-mail-we = Kijk in je mail: we hebben een link gestuurd om het e-mailadres te bevestigen.
your-e-mail-address-is = Je e-mailadres is bevestigd.
if-this-address-belongs = Hoort dit adres bij een account, dan is er nu een mail met een link onderweg. De link werkt één uur.
your-new-password-is = Je nieuwe wachtwoord is opgeslagen. Log ermee in.
your-password-was-changed = Je wachtwoord is gewijzigd; andere sessies zijn beëindigd.
session-ended = Sessie beëindigd.
search-saved-you-get = Zoekopdracht bewaard: je krijgt mail als er iets nieuws bij komt.
you-are-unsubscribed-from = Je bent afgemeld voor deze meldingen.
linked-you-can-now = Gekoppeld: je kunt nu ook zo inloggen.
unlinked-your-other-sessions = Ontkoppeld; je andere sessies zijn beëindigd.
your-account-is-deleted = Je account is verwijderd. Bedankt voor wat je deelde.
the-failed-mail-is = De mislukte mail staat weer in de wachtrij.

## server/src/http/pages/network.rs

following = gevolgd
awaiting-confirmation = wacht op bevestiging
enter-a-handle-or = Vul een handle of adres in.
this-account-or-node = Dit account of deze node is niet gevonden of kan niet gevolgd worden. Controleer de handle (zoals @materialen@deelwijs.voorbeeld.nl).
from-followed-sources = Van gevolgde bronnen
case-studies-from-followed = Praktijkvoorbeelden van gevolgde bronnen

## server/src/http/pages/oidc.rs

sign-in-expired = Inloggen verlopen
this-sign-in-has = Deze inlogpoging is verlopen, al gebruikt, of in een andere browser begonnen. Begin opnieuw.
sign-in-cancelled = Inloggen geannuleerd
you-cancelled-signing-in = Je hebt het inloggen bij je school afgebroken. Er is niets veranderd.
sign-in-failed = Inloggen lukte niet
your-schools-sign-in = De inlogdienst van je school gaf een foutmelding. Probeer het opnieuw.
no-answer-came-back = Er kwam geen antwoord mee terug.
sign-in-service-unreachable = Inlogdienst niet bereikbaar
your-schools-sign-in-service = de inlogdienst van je school is nu niet bereikbaar. Probeer het later opnieuw, of log in met je wachtwoord als je er een hebt.
the-sign-in-services = Het antwoord van de inlogdienst klopte niet, of was al gebruikt. Begin opnieuw; blijft het misgaan, meld het dan aan de beheerder.
awaiting-approval-2 = Wacht op goedkeuring
your-account-was-created-and = Je account is aangemaakt en wacht op goedkeuring door een beheerder. Je kunt inloggen zodra het is goedgekeurd.
no-access = Geen toegang
no-new-accounts = Geen nieuwe accounts
this-node-does-not-accept-new = Deze node neemt geen nieuwe accounts aan. Vraag de beheerder van je school of netwerk om een account.
accounts-of-your-school = Accounts van jouw school of organisatie kunnen op deze node niet inloggen.
you-already-have-an = Je hebt hier al een account
there-already-is-an = Er is hier al een account met dit e-mailadres. Log in met je wachtwoord en koppel je schoolaccount op je accountpagina.
already-linked = Al gekoppeld
this-school-account-is = Dit schoolaccount is al aan een ander account op deze node gekoppeld.

## server/src/http/pages/search.rs

kind-2 = Soort inhoud
resource-type = Soort leermiddel
theme = Thema
origin-2 = Herkomst
this-node-2 = Deze node
goal = Leerdoel
new-for-this-search = Nieuw voor deze zoekopdracht
search-materials-collections-and = Zoek in leermiddelen, arrangementen en praktijkvoorbeelden
search-materials = Zoek in leermiddelen
search-case-studies = Zoek in praktijkvoorbeelden
search-collections = Zoek in arrangementen
best-match = Beste match
newest = Nieuwste
search-2 = Zoekopdracht

## server/src/http/pages/unsubscribe.rs

all-notifications-by-mail = alle meldingen per mail

## Validation problems (frontend/src/i18n/mod.rs)

problem-required = Dit veld is verplicht.
problem-too-long = Dit is te lang.
problem-too-short = Dit is te kort (minstens 10 tekens).
problem-too-many = Dit zijn te veel waarden.
problem-unknown-license = Onbekende licentie.
problem-unknown-language = Onbekende taal: gebruik een code zoals nl of en-GB.
problem-unknown-value = Deze waarde kennen we niet.
problem-out-of-range = Dit getal valt buiten het bereik.
problem-invalid-url = Gebruik een volledig adres dat begint met http:// of https://.
problem-invalid-format = Dit heeft niet de juiste vorm.
problem-taken = Dit is al in gebruik.
problem-wrong = Dit wachtwoord klopt niet.
problem-unchanged = Dit is al je huidige waarde.
problem-invalid = Deze waarde klopt niet.

## Dates

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-format = { $day } { $month } { $year }

## Attribution (server/src/domain/attribution.rs): TASL lines and the adaptation notice Creative Commons asks for

attribution-tasl = "{ $title }" door { $authors } ({ $source }), gelicenseerd onder { $licence } ({ $licence_url })
attribution-adaptation = "{ $title }" door { $authors } is een bewerking van "{ $source_title }" door { $source_authors } ({ $source }), gelicenseerd onder { $source_licence }. "{ $title }" is gelicenseerd onder { $licence }.
attribution-and = en
attribution-unknown-author = onbekend

## Mail with variables (frontend/src/mail.rs)

mail-greeting = Beste { $name },
mail-verify-subject = Bevestig je e-mailadres voor { $node }
mail-reset-subject = Een nieuw wachtwoord voor { $node }
mail-exists-subject = Je hebt al een account bij { $node }
mail-changing-subject = Je e-mailadres bij { $node } wordt gewijzigd
mail-changing-text = Er is gevraagd het e-mailadres van je account te wijzigen in { $new_address }. Het wijzigt pas als die persoon de link in de mail aan dat adres volgt.
mail-linked-subject = Nieuwe manier om in te loggen bij { $node }
mail-linked-text = Je kunt nu ook inloggen met { $provider }: dat is zojuist aan je account gekoppeld.
mail-weekly-subject = Je weekoverzicht van { $node }
mail-daily-subject = Je dagoverzicht van { $node }

## Content languages offered in the material form (term-language-<BCP 47 tag>)

term-language-nl = Nederlands
term-language-en = Engels
term-language-de = Duits
term-language-fr = Frans
term-language-fy = Fries
term-language-nl-BE = Nederlands (België)

## Notification kinds (term-notification-<kind>)

term-notification-remixed = Je werk is geremixt (hier of op een andere node)
term-notification-liked = Iemand vindt je werk goed
term-notification-report_resolved = Een melding van jou is afgehandeld
term-notification-posted_to_network = Je werk is in een netwerk geplaatst
term-notification-join_request = Iemand wil lid worden van een netwerk dat je modereert
term-notification-followed_content = Nieuw werk van wie of wat je volgt
term-notification-followed_goal = Nieuw werk bij een doel dat je volgt
term-notification-saved_search = Nieuw werk voor een bewaarde zoekopdracht

## Closed vocabularies (server/src/domain/vocab.rs): term-<vocabulary>-<id>

term-education-level-po = Primair onderwijs
term-education-level-so = Speciaal onderwijs
term-education-level-vo = Voortgezet onderwijs
term-education-level-vso = Voortgezet speciaal onderwijs
term-education-level-mbo = Mbo
term-education-level-ho = Hoger onderwijs
term-education-level-volwassenen = Volwassenenonderwijs
term-subject-nederlands = Nederlands
term-subject-engels = Engels
term-subject-fries = Fries
term-subject-moderne-vreemde-talen = Moderne vreemde talen
term-subject-rekenen-wiskunde = Rekenen en wiskunde
term-subject-aardrijkskunde = Aardrijkskunde
term-subject-geschiedenis = Geschiedenis
term-subject-biologie = Biologie
term-subject-natuurkunde = Natuurkunde
term-subject-scheikunde = Scheikunde
term-subject-techniek = Techniek
term-subject-economie = Economie
term-subject-mens-en-maatschappij = Mens en maatschappij
term-subject-mens-en-natuur = Mens en natuur
term-subject-burgerschap = Burgerschap
term-subject-digitale-geletterdheid = Digitale geletterdheid
term-subject-kunst-en-cultuur = Kunst en cultuur
term-subject-bewegingsonderwijs = Bewegingsonderwijs
term-subject-loopbaanorientatie = Loopbaanoriëntatie
term-subject-overstijgend = Vakoverstijgend
term-resource-type-lesson_plan = Lesplan
term-resource-type-worksheet = Werkblad
term-resource-type-slides = Presentatie
term-resource-type-video = Video
term-resource-type-assessment = Toets
term-resource-type-game = Spel
term-resource-type-reading = Leestekst
term-resource-type-project = Project
term-resource-type-other = Anders
term-status-draft = Concept
term-status-published = Gepubliceerd
term-status-unlisted = Niet vermeld
term-role-admin = Beheerder
term-role-moderator = Moderator
term-role-editor = Redacteur
term-role-member = Lid
term-account-status-active = Actief
term-account-status-pending = Wacht op goedkeuring
term-account-status-suspended = Geschorst
term-account-status-remote = Op een ander knooppunt
term-account-status-former = Verwijderd (werk blijft)
term-account-status-deleted = Verwijderd
term-federation-mode-open = Open: met iedereen
term-federation-mode-blocklist = Iedereen behalve geblokkeerde knooppunten
term-federation-mode-allowlist = Alleen met genoemde partners
term-registration-mode-open = Open: iedereen kan een account maken
term-registration-mode-approval = Na goedkeuring door een beheerder
term-registration-mode-closed = Gesloten: alleen beheerders maken accounts
term-theme-innovating_together = Samen innoveren
term-theme-digital_literacy = Digitale geletterdheid
term-theme-effective_learning_materials = Leermiddelen die werken
term-theme-safe_reliable_infrastructure = Veilige en betrouwbare infrastructuur
term-theme-ethics = Ethiek en publieke waarden
term-theme-vision = Visie
term-theme-expertise = Deskundigheid
term-theme-content_and_applications = Inhoud en toepassingen
term-theme-infrastructure = Infrastructuur
term-stage-idea = Idee
term-stage-pilot = Pilot
term-stage-scaling = Opschalen
term-stage-embedded = Ingebed
term-erasmus-action-none = Geen
term-erasmus-action-ka1_mobility = KA1 – mobiliteit
term-erasmus-action-ka2_partnership = KA2 – partnerschap
term-alignment-type-teaches = Leert
term-alignment-type-assesses = Toetst
term-alignment-type-requires = Vereist

## Curriculum levels (server/src/domain/curriculum.rs): reference levels, stages, and qualifiers of level codes

level-reference = Referentieniveau { $level }
level-stage = Fase { $stage }
term-level-qualifier-ob = onderbouw
term-level-qualifier-bb = bovenbouw
term-level-qualifier-am = uitstroom arbeidsmarkt
term-level-qualifier-db = uitstroom dagbesteding
term-level-qualifier-vo = uitstroom vervolgonderwijs
term-level-qualifier-nl-ml = niet- en moeilijk lerenden
term-level-qualifier-zml-mb = zeer moeilijk lerenden en meervoudig beperkten
term-level-qualifier-zml-mg = zeer moeilijk lerenden en meervoudig beperkten

## Pictures (frontend/src/pages/charts/): goal coverage, remix tree, activity

coverage-heading = Dekking van de doelen
coverage-title = Dekking van { $framework }
coverage-description = { $goals } doelen, waarvan { $empty } zonder leermiddel. Geteld: { $scope }.
coverage-legend = Leermiddelen per doel
coverage-count =
    { $count ->
        [one] 1 leermiddel
       *[other] { $count } leermiddelen
    }
coverage-all-materials = alle leermiddelen hier en op gevolgde nodes
coverage-this-search = de leermiddelen die bij deze zoekopdracht horen
coverage-of-this-search = Dekking van deze resultaten in { $framework }
coverage-explained = Elk vakje is een doel; het getal en de kleur zeggen hoeveel leermiddelen erbij horen. Gestippelde vakjes hebben er nog geen: daar ontbreekt materiaal.
chart-as-table = De cijfers als tabel
subject-area = Vakgebied
domain = Domein
remix-tree-heading = Remixboom
remix-tree-title = Remixboom van { $title }
remix-tree-description =
    { $ancestors ->
        [0] Gemaakt zonder eerder werk
        [one] Gemaakt uit één eerder werk
       *[other] Gemaakt uit { $ancestors } eerdere werken
    }; { $descendants ->
        [0] er is nog geen remix van
        [one] er is één remix van
       *[other] er zijn { $descendants } remixes van
    }, op deze of een andere node.
remix-tree-this = dit leermiddel
remix-tree-unknown = onbekende node
remix-tree-as-list = De boom als lijst
activity-heading = Activiteit
activity-posts = Berichten in dit netwerk per maand
activity-description = { $what }: { $total } in de laatste { $months } maanden.
month = Maand
number = Aantal

## Translations of a material (frontend/src/pages/materials.rs, remix.rs, material_form.rs)

translate = Vertalen
translations = Vertalingen
translation-section = Vertaling
translation-of = Vertaling van
translation-of-hint = Optioneel. Is dit een vertaling of bewerking voor een andere taal of cultuur? Plak het adres van het origineel, hier of op een node die deze node volgt. Leeg maken haalt de koppeling weg.
translate-into = Vertalen naar
translate-into-hint = Kies een taal om er een vertaling van te maken: die wordt aan het origineel gekoppeld en staat daar bij de vertalingen. Laat leeg voor een remix in dezelfde taal.
translate-into-none = Niet vertalen (remix in dezelfde taal)
adaptation-notes = Culturele aanpassingen
adaptation-notes-hint = Optioneel. Wat er naast de woorden is aangepast: voorbeelden, bedragen, feestdagen, het schoolsysteem.
also-in-other-languages = Ook in
group-translations = Vertalingen van hetzelfde leermiddel samen tonen
show-translations-apart = Elke vertaling apart tonen

## Reviews (frontend/src/pages/reviews.rs)

reviews = Beoordelingen door leraren
no-reviews-yet = Nog geen beoordelingen.
review-rating-of-five = { $rating } van 5
review-summary =
    { $average } van 5 uit { $count ->
        [one] 1 beoordeling
       *[other] { $count } beoordelingen
    }; { $used ->
        [0] nog door niemand in de klas gebruikt
        [one] door 1 leraar in de klas gebruikt
       *[other] door { $used } leraren in de klas gebruikt
    }.
your-review = jouw beoordeling
review-used-with = In de klas gebruikt: { $level }
write-a-review = Beoordeel dit leermiddel
edit-your-review = Je beoordeling aanpassen
review-your-rating = Jouw waardering
review-text = Toelichting
review-text-hint = Optioneel. Wat werkte, wat niet, en voor wie? Zichtbaar voor iedereen, ook op andere nodes.
review-used-label = In de klas gebruikt met
review-not-used = Niet (nog) in de klas gebruikt
save-review = Beoordeling opslaan
withdraw-your-review = Beoordeling intrekken
rating-1 = 1 – werkt niet
rating-2 = 2 – matig
rating-3 = 3 – bruikbaar
rating-4 = 4 – goed
rating-5 = 5 – uitstekend

## Help questions (hulpvragen) and matchmaking

questions = Hulpvragen
question = Hulpvraag
questions-intro = Vragen van scholen en netwerken, hier en op gevolgde nodes: wie heeft dit al opgelost?
new-question = Hulpvraag stellen
search-questions = Hulpvragen doorzoeken
no-questions-yet = Er zijn nog geen hulpvragen.
answer-count = { $count ->
    [0] nog geen antwoorden
    [one] 1 antwoord
   *[other] { $count } antwoorden
}
asked-by = Gevraagd door
asked-on-node = gesteld op { $node }
question-situation = De situatie
question-situation-hint = Wat speelt er, wat hebben jullie al geprobeerd, en wat zoeken jullie? Markdown mag.
question-help-type = Soort hulp
question-state = Stand van zaken
question-languages = Werktalen
question-languages-hint = Taalcodes, gescheiden door komma's, bijvoorbeeld: nl, en, de
question-country = Land
question-country-hint = Landcode van twee letters (ISO 3166), bijvoorbeeld NL of DE.
question-deadline = Uiterste datum
language-hint = Taalcode van de tekst (BCP 47), bijvoorbeeld nl of en-GB.
ask-question = Vraag stellen
edit-question = Hulpvraag wijzigen
delete-question = Hulpvraag verwijderen
set-state = Zet op: { $state }
answers = Antwoorden
no-answers-yet = Nog geen antwoorden. Weet jij iemand die kan helpen? Deel de link.
your-answer = Jouw antwoord
answer-hint = Vertel wat bij jullie werkte, of wie kan helpen. Markdown mag.
send-answer = Antwoord versturen
withdraw-answer = Antwoord intrekken
helpful-answer = het behulpzame antwoord
mark-helpful = Dit hielp
unmark-helpful = Toch niet het behulpzame antwoord
question-matches = Wie of wat kan helpen
matches-intro = Praktijkvoorbeelden, leermiddelen, netwerken en nodes die bij deze vraag passen, hier en bij wat gevolgde nodes delen, met de reden.
no-matches = Nog niets gevonden dat past. Dat verandert als er meer gedeeld wordt.
matched-because = Past door:
match-theme = thema { $theme }
match-level = niveau { $level }
match-language = werktaal { $language }
match-words = woorden { $words }
match-holds = { $count ->
    [one] 1 passend item
   *[other] { $count } passende items
}
invite-name = { $name } uitnodigen
invited-name = { $name } is uitgenodigd
invited = Uitgenodigd
node = Node
facet-rating = Beoordeling
rating-at-least = { $stars ->
    [one] 1 ster of meer
   *[other] { $stars } sterren of meer
}
facet-reviews = Aantal beoordelingen
most-reviewed = Meest beoordeeld
reviews-at-least = { $count ->
    [one] 1 beoordeling of meer
   *[other] { $count } beoordelingen of meer
}
facet-used = In de klas gebruikt
facet-used-yes = Door een leraar in de klas gebruikt
best-reviewed = Best beoordeeld
term-help-type-partner_ka1 = Partnerschool voor Erasmus+ KA1 (mobiliteit)
term-help-type-partner_ka2 = Partnerschool voor Erasmus+ KA2 (samenwerking)
term-help-type-experience = Ervaring met een aanpak
term-help-type-material = Een leermiddel voor een doel
term-help-type-visit = Een werkbezoek
term-question-state-open = Open
term-question-state-answered = Beantwoord
term-question-state-closed = Gesloten
term-notification-answered = Je hulpvraag heeft een nieuw antwoord
term-notification-invited = Iemand nodigt je uit een hulpvraag te beantwoorden

## The node's quality mark

quality-mark = Keurmerk
quality-mark-of = Keurmerk van { $node }
quality-awarded-on = Toegekend op { $date } volgens de
quality-criteria = Kwaliteitscriteria
quality-criteria-hint = Waar een leermiddel of praktijkvoorbeeld aan voldoet om het keurmerk van deze node te krijgen. Markdown mag.
quality-no-criteria = Deze node heeft nog geen kwaliteitscriteria gepubliceerd.
quality-marked = Met het keurmerk
quality-none-yet = Nog niets heeft het keurmerk.
quality-search = Alles met het keurmerk zoeken
quality-note = Toelichting
quality-award = Keurmerk toekennen
quality-withdraw = Keurmerk intrekken
facet-quality-yes = Met het keurmerk van deze node
