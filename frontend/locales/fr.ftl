# Deelwijs user interface: Français


## frontend/src/layout.rs

skip-to-content = Aller au contenu
site = Site
search-materials-and-case = Rechercher des ressources et des exemples de pratique
search-by-keyword = Rechercher par mot-clé…
search = Rechercher
account = Compte
my-account = Mon compte :{" "}
network = Réseau
moderation = Modération
admin = Administration
sign-out = Se déconnecter
sign-in = Se connecter
sign-up = S'inscrire
language = Langue
main-menu = Menu principal
materials = Ressources
collections = Collections
case-studies = Exemples de pratique
learning-goals = Objectifs d'apprentissage
networks = Réseaux
share = Partager
new = Créer{" "}
material = Ressource
case-study = Exemple de pratique
open-learning-materials-and = Ressources pédagogiques libres et exemples de pratique, sans traceurs.
about-this-node = À propos de ce nœud
privacy = Confidentialité
about-this-node-json = À propos de ce nœud (API JSON)
api-reference = Référence de l'API

## frontend/src/mail.rs

you-asked-to-use = Vous avez demandé à utiliser cette adresse pour votre compte. Confirmez-la avec le lien ci-dessous ; d'ici là, votre ancienne adresse reste utilisée.
welcome-confirm-your-e = Bienvenue ! Confirmez votre adresse e-mail avec le lien ci-dessous, et vous pourrez vous connecter.
confirm-e-mail-address = Confirmer l'adresse e-mail
the-link-works-for = Le lien est valable 48 heures, une seule fois. Vous n'êtes pas à l'origine de cette demande ? Dans ce cas, vous n'avez rien à faire.
someone-we-hope-you = Quelqu'un (vous, nous l'espérons) a demandé un nouveau mot de passe pour votre compte.
choose-a-new-password = Choisir un nouveau mot de passe
the-link-works-for-one = Le lien est valable une heure, une seule fois ; ensuite, votre compte est déconnecté de tous les autres appareils. Vous n'êtes pas à l'origine de cette demande ? Dans ce cas, votre mot de passe reste inchangé.
someone-tried-to-create = Quelqu'un a essayé de créer un nouveau compte avec cette adresse e-mail. Cette adresse appartient déjà à un compte :
username = Nom d'utilisateur
sign-in-2 = Connexion :
forgot-your-password = Mot de passe oublié ?
was-this-not-you = Ce n'était pas vous ? Dans ce cas, vous n'avez rien à faire.
go-to-your-account = Accéder à votre compte
was-this-not-you-then = Ce n'était pas vous ? Choisissez alors immédiatement un nouveau mot de passe et fermez, sur la page de votre compte, les sessions que vous ne reconnaissez pas.
was-this-not-you-then-unlink = Ce n'était pas vous ? Dissociez-le alors sur la page de votre compte, choisissez un nouveau mot de passe et fermez les sessions que vous ne reconnaissez pas.
choose-what-you-hear = Choisir vos notifications et leur fréquence
stop-hearing-about-this = Ne plus recevoir ces notifications
this-message-was-sent = Ce message a été envoyé automatiquement.
does-the-link-not = Le lien ne fonctionne pas ? Copiez cette adresse :

## frontend/src/pages/account.rs

my-account-2 = Mon compte
welcome = Bienvenue
new-material = Nouvelle ressource
new-case-study = Nouvel exemple de pratique
your-new-api-token = Votre nouveau jeton d'API
copy-this-token-now = Copiez ce jeton maintenant et conservez-le en lieu sûr : vous ne le verrez qu'une fois. Toute personne qui possède ce jeton peut agir en votre nom.
profile = Profil
name = Nom
e-mail-address = Adresse e-mail
confirmed = confirmée
not-confirmed-yet = pas encore confirmée
role = Rôle
view-your-public-profile = Voir votre profil public
saved-searches = Recherches enregistrées
delete = Supprimer
your-data = Vos données
download-everything-this-node = Téléchargez tout ce que ce nœud conserve à votre sujet — votre profil, tout votre travail avec chaque version et pièce jointe, vos mentions « J'aime », vos signalements, ce que vous suivez et vos réseaux — sous la forme d'une seule archive ZIP de fichiers JSON.
download-my-data = Télécharger mes données
what-this-node-keeps = Ce que ce nœud conserve, et pourquoi
my-materials = Mes ressources
you-have-not-shared = Vous n'avez pas encore partagé de ressources.
my-case-studies = Mes exemples de pratique
you-have-not-shared-any = Vous n'avez pas encore partagé d'exemples de pratique.
api-tokens = Jetons d'API
a-token-lets-programs = Un jeton permet à des programmes d'utiliser l'API JSON en votre nom, par exemple pour importer des ressources.
you-have-no-tokens = Vous n'avez pas encore de jeton.
your-api-tokens = Vos jetons d'API
label = Libellé
created = Date de création
expires = Expiration
actions = Actions
revoke = Révoquer
label-for-a-new = Libellé d'un nouveau jeton
what-is-it-for = À quoi sert-il ? Par exemple : import depuis l'outil de planification des cours.
create-token = Créer un jeton
new-e-mail-address = Nouvelle adresse e-mail
current-password = Mot de passe actuel
new-password = Nouveau mot de passe
your-password = Votre mot de passe
what-you-published = Ce que vous avez publié
name-on-your-work = Nom affiché sur votre travail
e-mail-address-and = Adresse e-mail et mot de passe
change-e-mail-address = Modifier l'adresse e-mail
we-send-a-link = Nous envoyons un lien à la nouvelle adresse ; elle ne sera utilisée qu'une fois que vous aurez suivi ce lien. Votre ancienne adresse en est informée.
change-address = Modifier l'adresse
change-password = Modifier le mot de passe
afterwards-you-are-signed = Ensuite, vos sessions sur tous les autres appareils sont fermées.
at-least-10-characters = Au moins 10 caractères.
where-you-are-signed = Où votre compte est connecté
every-browser-you-sign = Chaque navigateur avec lequel vous vous connectez est une session. Si vous n'en reconnaissez pas une, fermez-la et choisissez un nouveau mot de passe.
your-sessions = Vos sessions
signed-in-on = Date de connexion
this-browser = ce navigateur
end = Fermer
end-all-other-sessions = Fermer toutes les autres sessions
keep-it-under-the = Le conserver, sous le nom ci-dessous (la licence reste valable)
delete-it-here-and = Le supprimer, ici et sur les autres nœuds
delete-account = Supprimer le compte
delete-your-account-and = Supprimer votre compte et vos données
your-e-mail-address = Votre adresse e-mail, votre mot de passe, vos sessions, jetons, brouillons, mentions « J'aime », signalements, ce que vous suivez et vos réseaux sont effacés. Les autres nœuds sont informés de la suppression de votre compte. Cette action est irréversible ; téléchargez d'abord vos données si vous souhaitez les conserver.
only-if-your-work = Uniquement si votre travail reste en ligne. Par exemple votre nom, ou « un enseignant d'Utrecht ».
you-confirm-by-signing = Vous confirmez en vous reconnectant via
delete-my-account-for = Supprimer définitivement mon compte
signing-in-with-your = Connexion avec votre compte scolaire
you-have-no-password = Vous n'avez pas de mot de passe : vous vous connectez via votre établissement. Pour en avoir un malgré tout, choisissez « Mot de passe oublié ? » lors de la connexion.
linked = associé
unlink = Dissocier
link = Associer
immediately = Immédiatement
daily = Chaque jour
weekly = Chaque semaine
off = Jamais
notifications-by-mail = Notifications par e-mail
choose-per-kind-how = Choisissez pour chaque type à quelle fréquence vous recevez des e-mails : immédiatement, dans un récapitulatif quotidien ou hebdomadaire (à 7 h), ou jamais.
save-notifications = Enregistrer les notifications

## frontend/src/pages/admin.rs

name-of-the-node = Nom du nœud
description = Description
registration = Inscription
who-this-node-federates = Avec qui ce nœud se fédère
instances = Instances
active = Actif
pending = En attente
suspended = Suspendu
administration = Administration
settings-of-this-node = Paramètres de ce nœud et de ses comptes.
settings = Paramètres
shown-on-the-home = Affiché sur la page d'accueil. Indiquez qui gère ce nœud et à qui il s'adresse.
save-settings = Enregistrer les paramètres
accounts = Comptes
awaiting-approval = en attente d'approbation
there-are-no-accounts = Il n'y a pas encore de comptes.
accounts-on-this-node = Comptes sur ce nœud
status = Statut
change-role-and-status = Modifier le rôle et le statut
federation = Fédération
one-host-per-line = Un hôte par ligne, par exemple deelwijs.partnerschool.be. Avec une liste de blocage : ceux qui ne sont pas autorisés ; avec une liste d'autorisation : les seuls qui le sont.
save-federation = Enregistrer la fédération
delivery-to-other-nodes = Envois vers les autres nœuds
nothing-is-waiting-and = Rien n'est en attente et aucun envoi n'a échoué.
delivery-per-instance = Envois par instance
instance = Instance
waiting = En attente
last-error = Dernière erreur
signing-in-through-the = Connexion via l'établissement
signing-in-with-a = Connexion avec un mot de passe de ce nœud : activée.
signing-in-with-a-password = Connexion avec un mot de passe de ce nœud : désactivée (--password-sign-in false).
no-sign-in-services = Aucun service de connexion n'est configuré. Démarrez le nœud avec --oidc-provider (voir le README : Entree Federatie, SURFconext).
sign-in-services = Services de connexion
issuer = Émetteur (issuer)
client-id = Identifiant client
who-may = Qui est autorisé
e-mail = E-mail
mail-is-off-no = L'envoi d'e-mails est désactivé : aucune confirmation, aucun lien de mot de passe et aucune notification ne sont envoyés, et la réinitialisation du mot de passe ne fonctionne pas. Démarrez le nœud avec --smtp-url (et --mail-from) pour activer l'envoi d'e-mails.
sent-through = Envoyé via
sender = Expéditeur
mail-that-did-not = E-mails non arrivés ou encore en attente
to = Destinataire
kind = Type
attempts = Tentatives
servers-answer = Réponse du serveur
queued-since = En file d'attente depuis
send-failed-mail-again = Renvoyer les e-mails en échec
refused-by = Refus de{" "}
activity = Activité
answer = Réponse
when = Quand
deliver-again-to = Renvoyer à{" "}
this-is-you-you = C'est vous ; vous ne pouvez pas modifier ici votre propre rôle ni votre statut.
of = de
save = Enregistrer

## frontend/src/pages/api_reference.rs

api-reference-2 = Référence de l'API
version = version
about-this-api = À propos de cette API
this-page-describes-this = Cette page décrit l'API JSON de ce nœud sous{" "}
for-programs-the-same = Pour les programmes, la même description se trouve dans{" "}
the-openapi-3-1 = le document OpenAPI 3.1
the-values-of-the = Les valeurs des listes fixes (niveaux d'enseignement, matières, types de ressources, licences, etc.) se trouvent dans{" "}
some-operations-need-an = Certaines opérations exigent un jeton d'API : envoyez-le dans l'en-tête{" "}
you-make-a-token = Vous créez un jeton sur{" "}
your-account-page = votre page de compte
schemas = Schémas
other = Autres
contents = Sommaire
no-operations-are-described = Aucune opération n'est décrite.
back-to-the-contents = Retour au sommaire
token-required = Jeton requis
only-with-an-api = Uniquement avec un jeton d'API.
token-optional = Jeton facultatif
works-without-a-token = Fonctionne sans jeton ; avec un jeton, la réponse peut contenir davantage.
public = Public
no-token-needed = Aucun jeton nécessaire.
deprecated = Obsolète
parameters = Paramètres
parameters-of = Paramètres de
in = Emplacement
type = Type
required = Obligatoire
request-body = Corps de la requête
required-2 = Obligatoire.
responses = Réponses
responses-of = Réponses de
meaning = Signification
content = Contenu
none = aucun
type-2 = Type :{" "}
properties-of = Propriétés de
may-be-null = peut être null
one-of = Valeurs possibles :{" "}
path = chemin
query = requête
header = en-tête
cookie = cookie
yes = oui
no = non

## frontend/src/pages/auth.rs

name-others-see = Nom visible par les autres
password = Mot de passe
welcome-back-sign-in = Bon retour parmi nous. Connectez-vous pour partager et remixer des ressources.
no-account-yet = Pas encore de compte ?
create-one = Créez-en un
sign-in-with-your = Se connecter avec votre compte scolaire
sign-in-with = Se connecter avec
or-with-your-password = ou avec votre mot de passe
create-an-account = Créer un compte
this-node-does-not = Ce nœud n'accepte pas de nouveaux comptes pour le moment. Demandez un compte à l'administration de votre établissement ou de votre réseau.
already-have-an-account = Vous avez déjà un compte ?
sign-in-3 = Connectez-vous
with-an-account-you = Avec un compte, vous partagez des ressources et des exemples de pratique, et vous créez des remix. Nous ne demandons que le nécessaire.
you-will-get-a = Vous recevrez un e-mail avec un lien pour confirmer votre adresse e-mail ; vous pourrez ensuite vous connecter.
an-administrator-approves-new = L'administration du nœud approuve les nouveaux comptes. Vous pourrez vous connecter dès que votre compte sera approuvé.
n-3-to-32-characters = 3 à 32 caractères : lettres minuscules, chiffres, - et _. Utilisé dans l'adresse de votre profil.
only-for-the-administrator = Uniquement pour l'administration ; non public.
for-example-ms-anna = Par exemple Mme Anna ou A. de Vries ; affiché avec ce que vous partagez. Peut rester vide.
at-least-10-characters-a = Au moins 10 caractères. Une phrase de quelques mots convient bien.
forgot-your-password-2 = Mot de passe oublié
at-least-10-characters-afterwards = Au moins 10 caractères. Ensuite, vos sessions sur tous les autres appareils sont fermées.
save-password = Enregistrer le mot de passe
ask-for-a-new = Demander un nouveau lien
enter-your-accounts-e = Saisissez l'adresse e-mail de votre compte. Si elle correspond à un compte, nous vous envoyons un lien pour choisir un nouveau mot de passe.
send-a-link = Envoyer un lien
back-to-sign-in = Retour à la connexion

## frontend/src/pages/case_studies.rs

case-study-2 = exemple de pratique
case-studies-2 = exemples de pratique
there-are-no-case = Il n'y a pas encore d'exemples de pratique ici.
breadcrumb = Fil d'Ariane
shared-by = Partagé par
updated = mise à jour le
this-case-study-has = Cet exemple de pratique n'a pas encore été rédigé.
related-materials = Ressources associées
contact = Contact
want-to-know-more = Vous voulez en savoir plus ? L'établissement se fera un plaisir de vous en parler :
context = Contexte
sector = Secteur
school-type = Type d'établissement
size = Taille
stage = Phase
erasmus-action = Action Erasmus+
themes = Thèmes
licence = Licence
unknown = inconnue
version-2 = Version
updated-2 = Dernière mise à jour

## frontend/src/pages/case_study_form.rs

title = Titre
summary = Résumé
school-size = Taille de l'établissement
the-challenge = Le défi
approach = Démarche
results-and-evidence = Résultats et preuves
lessons-learned = Enseignements tirés
what-it-took-to = Ce qu'il a fallu pour passer à l'échelle
edit-case-study = Modifier l'exemple de pratique
tell-how-your-school = Racontez comment votre établissement s'est lancé dans quelque chose de nouveau : le défi, ce que vous avez fait et ce que cela a donné. Ce sont les enseignements honnêtes qui aident le plus les collègues.
in-short = En bref
one-or-two-sentences = Une ou deux phrases qui résument l'essentiel.
the-school = L'établissement
choose-a-sector = Choisissez un secteur
for-example-primary-school = Par exemple : école primaire, lycée professionnel.
for-example-350-pupils = Par exemple : 350 élèves.
the-story = Le récit
what-problem-or-opportunity = Quel problème ou quelle opportunité y avait-il, et pour qui ?
what-did-you-do = Qu'avez-vous fait, et en quelles étapes ?
what-came-of-it = Qu'est-ce que cela a donné ? Qu'est-ce qui le montre ?
what-would-you-recommend = Que recommanderiez-vous à un autre établissement — ou que lui déconseilleriez-vous ?
time-money-training-it = Temps, argent, formation, informatique : qu'a-t-il fallu pour le déployer plus largement ?
classify = Classer
optional-this-is-shown = Facultatif. Ce champ est affiché publiquement avec l'exemple de pratique : ne le remplissez que si vous le souhaitez, par exemple avec une adresse e-mail générale de l'établissement.
a-language-code-such = Un code de langue, comme nl ou en.
publishing = Publication
only-you-can-see = Un brouillon n'est visible que par vous ; un travail publié est visible par tous.
save-case-study = Enregistrer l'exemple de pratique
save-changes = Enregistrer les modifications
cancel = Annuler
materials-that-belong-with = Ressources liées à cet exemple de pratique. Recherchez par titre ou par mots, ou collez l'adresse de la page d'une ressource ; cochez ce qui s'y rapporte.
find-a-material = Trouver une ressource
for-example-fractions-or = par exemple fractions, ou https://…

## frontend/src/pages/collection_form.rs

introduction = Introduction
education-level = Niveau d'enseignement
subject = Matière
new-collection = Nouvelle collection
edit-collection = Modifier la collection
put-together-a-lesson = Composez une séquence de cours, une semaine thématique ou tout ce qu'il faut pour un objectif, à partir de ressources de ce nœud et des nœuds que vous suivez.
what-are-you-putting = Que composez-vous ?
audience-and-subject = Public et matière
the-language-of-the = La langue de l'introduction et des notes, sous forme de code : nl, en, de, fr…
for-your-introduction-notes = Pour votre introduction, vos notes et la sélection ; chaque ressource conserve sa propre licence.
only-you-can-see-a = Un brouillon n'est visible que par vous ; une collection publiée est visible par tous.
save-collection = Enregistrer la collection
materials-in-order = Ressources, dans l'ordre
change-the-numbers-to = Modifiez les numéros pour changer l'ordre. Ajoutez une ressource avec l'adresse de sa page (ici ou sur un nœud que vous suivez), ou avec « Ajouter à une collection » sur cette page.
position = Position
address-of-material = Adresse de la ressource
https-address-of-a = https://… (adresse d'une ressource)
remove = Retirer
note-on = Note sur la ressource
note-why-or-how = Note : pourquoi ou comment l'utiliser (facultatif)

## frontend/src/pages/collections.rs

collection = collection
collections-2 = collections
lesson-series-theme-weeks = séquences de cours, semaines thématiques et tout ce qu'il faut pour un objectif, composées par des collègues.
there-are-no-collections = Il n'y a pas encore de collections ici.
collection-2 = Collection
properties = Caractéristiques
material-2 = ressource
materials-2 = ressources
from = Origine :{" "}
updated-3 = , mise à jour le{" "}
from-2 = De
put-together-by = Composée par
in-this-collection = Dans cette collection
empty-so-far-add = Vide pour l'instant. Ajoutez des ressources depuis leur page, ou via Modifier.
on = sur
no-longer-available = Plus disponible
take-out-of-collection = Retirer de la collection
attribution = Attribution
made-from = D'après :
about-this-collection = À propos de cette collection
copied-from = Copiée de
original = Original
owned-by-network = Propriété du réseau
followers = Abonnés
follow-with-the-feed = Suivre via le flux (Atom)
to-follow-from-another = Pour suivre depuis un autre nœud Deelwijs, collez cette adresse sous Réseau → Suivre :
owner = Propriétaire
owned-by-a-network = Appartient à un réseau
the-networks-moderators-can = La modération du réseau peut alors aussi la modifier.
none-only-me = Aucun : moi uniquement
copy-to-my-collections = Copier dans mes collections
add-to-a-collection = Ajouter à une collection
you-have-no-collection = Vous n'avez pas encore de collection.
new-collection-with-this = Nouvelle collection avec cette ressource
note-optional = Note (facultatif)
add = Ajouter
or-start-a-new = Ou commencez une nouvelle collection avec cette ressource

## frontend/src/pages/curricula.rs

core-objectives-and-attainment = Objectifs fondamentaux et objectifs de fin de cycle issus des cadres curriculaires de ce nœud. Choisissez un cadre, ouvrez un objectif et trouvez les ressources qui y correspondent.
no-curriculum-frameworks-have = Aucun cadre curriculaire n'a encore été chargé.
adding-a-curriculum-framework = Ajouter un cadre curriculaire
as-an-administrator-you = En tant qu'administrateur·rice, vous importez un paquet IMS CASE (JSON), par exemple les objectifs fondamentaux SLO (kerndoelen), avec
file = FICHIER
on-the-server-or = sur le serveur, ou avec
or-here = ou ici :
case-package-json = Paquet CASE (JSON)
a-newer-release-of = Une version plus récente d'un cadre met à jour ses objectifs ; les ressources liées le restent.
import = Importer
language-2 = Langue :{" "}
learning-goal = objectif d'apprentissage
learning-goals-2 = objectifs d'apprentissage
all-goals = Tous les objectifs
level = Niveau
all-levels = Tous les niveaux
this-framework-has-no = Ce cadre n'a pas d'objectifs (pour ce niveau).
open-a-part-with = Ouvrez une partie avec la flèche pour voir les objectifs qu'elle contient. Choisissez un objectif pour voir les ressources qui s'y rapportent.
retired-goals = Objectifs retirés
these-goals-were-replaced = Ces objectifs ont été remplacés ou ne figurent plus dans le cadre. Ils restent ici pour que les anciens liens continuent de fonctionner ; la page de chaque objectif indique ce qui l'a remplacé.
about-this-framework = À propos de ce cadre
publisher = Éditeur
goals = Nombre d'objectifs
goals-below = objectifs sous
uri = URI
retired = Retiré
code = Code :{" "}
unfollow = Ne plus suivre
follow-this-goal = Suivre cet objectif
you-get-mail-about = Vous recevez un e-mail sur les nouveaux contenus liés à cet objectif et aux objectifs qui en dépendent.
this-goal-has-been = Cet objectif a été retiré.
it-is-still-listed = Il figure encore ici pour que les anciens liens continuent de fonctionner.
see-the-goal-that = Consultez l'objectif qui l'a remplacé.
replaced-by = Remplacé par
goals-below-this-one = Objectifs sous-jacents
replaces = Remplace
matches = Correspondances
goals-of-other-curricula = Objectifs d'autres programmes qui correspondent à celui-ci. Les ressources liées à ces objectifs figurent aussi ci-dessous.
materials-for-this-goal = Ressources pour cet objectif
search-this-goal = Rechercher dans cet objectif
includes-materials-and-case = Y compris les ressources et exemples de pratique liés aux objectifs sous-jacents et aux objectifs que celui-ci remplace.
no-materials-have-been = Aucune ressource n'est encore liée à cet objectif.
case-studies-for-this = Exemples de pratique pour cet objectif
no-case-studies-have = Aucun exemple de pratique n'est encore lié à cet objectif.
about-this-goal = À propos de cet objectif
code-2 = Code
type-3 = Type
framework = Cadre curriculaire
part-of = Fait partie de

## frontend/src/pages/error.rs

error-code = Code d'erreur
go-to-the-home = Aller à la page d'accueil
browse-materials = Parcourir les ressources

## frontend/src/pages/forms.rs

required-3 = (obligatoire)
error = Erreur :{" "}
please-check-the-form = Veuillez vérifier le formulaire
one-thing-needs-your = Un point demande votre attention :
a-few-things-need = Quelques points demandent votre attention :
you-can-use-markdown = Vous pouvez utiliser Markdown : ## titre, **gras**, *italique*, - élément de liste, [texte du lien](https://…).

## frontend/src/pages/goal_picker.rs

checked-goals-are-aligned = Les objectifs cochés sont liés lors de l'enregistrement. Remplissez le titre, la description et le niveau, puis cliquez sur « Suggérer des objectifs », ou recherchez par code ou par mot.
aligned = Liés
suggested-from-your-text = Suggérés d'après votre texte
found-for = Résultats pour
find-a-goal = Trouver un objectif
for-example-kerndoel-26 = par exemple kerndoel 26 ou fractions
suggest-goals = Suggérer des objectifs
browse-the-goals = Parcourir les objectifs
no-goals-for-this = Aucun objectif pour ce niveau.
aligned-2 = lié

## frontend/src/pages/groups.rs

innovation-networks = Réseaux d'innovation
anyone-can-join = Tout le monde peut rejoindre le réseau
a-moderator-approves-requests = Les demandes sont approuvées par la modération
a-network-shares-its = Un réseau partage les exemples de pratique et les ressources de ses membres avec tous ceux qui le suivent, y compris sur d'autres nœuds.
there-are-no-networks = Il n'y a pas encore de réseau sur ce nœud.
new-network = Nouveau réseau
name-for-the-handle = Nom (pour l'identifiant)
lower-case-letters-digits = Lettres minuscules, chiffres et tirets, par exemple litteratie-numerique.
what-is-the-network = De quoi traite le réseau ?
joining = Adhésion
start-the-network = Lancer le réseau
innovation-network = Réseau d'innovation
follow-this-network-from = Suivez ce réseau depuis n'importe quel nœud avec{" "}
membership = Adhésion
leave-the-network = Quitter le réseau
join = Rejoindre
to-join = {" "}pour rejoindre le réseau.
shared-in-this-network = Partagé dans ce réseau
nothing-shared-yet = Rien n'a encore été partagé.
from-3 = de{" "}
remove-from-the-network = Retirer du réseau
members = Membres
requests = Demandes
no-open-requests = Aucune demande en attente.
add-a-member = Ajouter un membre
username-or-handle = Nom d'utilisateur ou identifiant
someone-on-this-node = Une personne de ce nœud (nom d'utilisateur) ou d'ailleurs (@enseignant@ecole.exemple.be).
no-members-yet = Pas encore de membres.
handle = Identifiant
approve = Approuver
make-moderator = Nommer modérateur·rice
decline = Refuser
remove-2 = Retirer

## frontend/src/pages/history.rs

version-history = Historique des versions
every-change-to = Chaque modification de
is-kept-view-an = est conservée. Consultez une ancienne version ou restaurez-la ; la restauration crée une nouvelle version et garde la visibilité actuelle.
there-are-no-versions = Il n'y a pas encore de versions.
date = Date
by = Par
what-happened = Ce qui s'est passé
visibility = Visibilité
current = actuelle
view = Consulter
restore = Restaurer
back-to = Retour à

## frontend/src/pages/home.rs

open-learning-materials-case = Ressources pédagogiques libres · exemples de pratique
teachers-share-lessons-worksheets = Des enseignants partagent ici des leçons, des fiches d'exercices et leur expérience de l'innovation pédagogique — libres d'utilisation, d'adaptation et de diffusion.
browse-materials-2 = Parcourir les ressources
share-your-own-material = Partager votre propre ressource
why-deelwijs = Pourquoi Deelwijs
open-licences = Licences libres
everything-carries-a-creative = Tout est sous licence Creative Commons, avec l'attribution prête à copier.
remixing-welcome = Remix bienvenu
adapt-a-lesson-for = Adaptez une leçon pour votre classe ; la source reste visible.
public-values = Valeurs publiques
no-trackers-no-pupil = Aucun traceur, aucune donnée d'élève, géré par les écoles elles-mêmes.
recent-materials = Ressources récentes
all-materials = Toutes les ressources
no-materials-have-been-shared = Aucune ressource n'a encore été partagée. Soyez le premier !
recent-case-studies = Exemples de pratique récents
all-case-studies = Tous les exemples de pratique
no-case-studies-have-been = Aucun exemple de pratique n'a encore été partagé.

## frontend/src/pages/material_form.rs

isced-level = Niveau CITE (ISCED)
type-of-material = Type de ressource
duration-in-minutes = Durée en minutes
keywords = Mots-clés
authors = Auteurs
links = Liens
other-language = Autre langue
attachment = Pièce jointe
edit-material = Modifier la ressource
share-a-lesson-worksheet = Partagez une leçon, une fiche d'exercices ou une autre ressource. Les champs marqués (obligatoire) doivent être remplis ; les autres aident vos collègues à trouver votre ressource.
what-are-you-sharing = Que partagez-vous ?
one-or-two-sentences-what = Une ou deux phrases : de quoi s'agit-il et à qui s'adresse la ressource ?
choose-a-type = Choisissez un type
choose-one-or-more = Choisissez un ou plusieurs niveaux.
optional-the-international-education = Facultatif. Le niveau d'enseignement international (CITE, en anglais ISCED), pour les partenaires à l'étranger : 1 = primaire, 2 = premier cycle du secondaire, 3 = second cycle du secondaire et enseignement professionnel.
optional-for-example-45 = Facultatif, par exemple 45.
another-language = Une autre langue…
the-language-of-the-content = La langue du contenu.
only-with-another-language = Uniquement avec « Une autre langue » : son code, par exemple pap (papiamento) ou tr (turc).
separated-by-commas-for = Séparés par des virgules, par exemple : fractions, pizza, CM1.
separated-by-commas-leave = Séparés par des virgules. Laissez vide si vous l'avez créée seul.
licence-links-and-attachment = Licence, liens et pièce jointe
with-cc-by-anyone = Avec CC BY, chacun peut utiliser et adapter votre travail, à condition de vous citer.
optional-a-file-to = Facultatif : un fichier à joindre. Vous pourrez en ajouter d'autres plus tard.
only-you-can-see-a-draft = Vous seul voyez un brouillon ; tout le monde voit une ressource publiée.
save-material = Enregistrer la ressource
for-example-an-explainer = Par exemple une vidéo explicative ou une source. Laissez une ligne vide si vous n'en avez pas besoin.
title-of-link = Titre du lien
address-of-link = Adresse du lien

## frontend/src/pages/materials.rs

there-are-no-materials = Il n'y a pas encore de ressources ici.
remix = Remixer
remix-of = Remix de
this-material-has-no = Cette ressource n'a pas (encore) de description.
remixes-of-this-material = Remix de cette ressource
remixed-on-1-other = Remixée sur 1 autre nœud.
remixed-on = Remixée sur
other-nodes = autres nœuds.
about-this-material = À propos de cette ressource
the-source-names-no = La source n'indique aucune licence que nous reconnaissons. Demandez l'autorisation à son auteur avant de réutiliser cette ressource.
you-may-use-and = Vous pouvez utiliser et partager cette ressource selon cette licence. Citez l'auteur et la source.
minutes = minutes
duration = Durée
author = Auteur
attachments = Pièces jointes
no-attachments-yet = Pas encore de pièces jointes.
add-an-attachment = Ajouter une pièce jointe
for-example-a-worksheet = Par exemple une fiche d'exercices (PDF) ou un diaporama.
upload = Téléverser
checksum-sha-256 = Somme de contrôle (SHA-256)
reusing-this-material-copy = Vous réutilisez cette ressource ? Copiez cette attribution (titre, auteur, source, licence).
source = Source

## frontend/src/pages/moderation.rs

reports-about-content-on = Signalements concernant des contenus de ce nœud, provenant de comptes d'ici et d'autres nœuds.
reports = Signalements
there-are-no-open = Il n'y a aucun signalement en attente.
open-reports = Signalements en attente
about = Objet
comment = Commentaire
resolved = Traité

## frontend/src/pages/network.rs

follow-schools-teachers-and = Suivez des écoles, des enseignants et des réseaux sur d'autres nœuds Deelwijs (ou d'autres serveurs ActivityPub). Ce qu'ils partagent publiquement arrive ici.
follow = Suivre
handle-or-address = Identifiant ou adresse
for-example-materialen-deelwijs = Par exemple @materialen@deelwijs.example.org (un nœud), @teacher@deelwijs.example.org ou une adresse https://.
your-handle = Votre identifiant :{" "}
this-node = ce nœud :{" "}
what-followed-sources-published = Ce que publient les sources que vous suivez
what-you-follow = Ce que vous suivez
you-do-not-follow = Vous ne suivez encore personne.
who-follows-you = Vos abonnés
nobody-follows-you-yet = Personne ne vous suit encore.
accounts-and-nodes = Comptes et nœuds
unfollow-2 = Ne plus suivre

## frontend/src/pages/parts.rs

licence-2 = Licence :{" "}
themes-and-language = Thèmes et langue
kind-of-content = Type de contenu
pagination = Pagination
previous = Précédente
page = Page
next = Suivante
hidden = Masqué
publish = Publier
back-to-draft = Repasser en brouillon
edit = Modifier
show-again = Afficher à nouveau
hide = Masquer
delete-2 = Supprimer…
are-you-sure-this = Êtes-vous sûr ? Cela supprime toutes les versions et ne peut pas être annulé.
yes-delete = Oui, supprimer
you-are-looking-at = Vous consultez la version
from-4 = du
by-2 = par
go-to-the-current = Aller à la version actuelle
restore-this-version = Restaurer cette version
appreciation = Appréciation
like = appréciation
likes = appréciations
withdraw-like = Retirer mon appréciation
like-2 = J'apprécie
report = Signaler…
what-is-wrong = Quel est le problème ?
send-report = Envoyer le signalement
share-in-a-network = Partager dans un réseau
shared-in = Partagé dans :{" "}
join-a-network-or = Rejoignez un réseau (ou suivez-en un sur un autre nœud) pour partager ici.

## frontend/src/pages/privacy.rs

performance-of-the-agreement = Exécution du contrat avec l'utilisateur (RGPD, art. 6, paragraphe 1, point b)
legitimate-interest-a-secure = Intérêt légitime : un service sécurisé (RGPD, art. 6, paragraphe 1, point f)
account-username-name-others = Compte : nom d'utilisateur, nom visible par les autres, adresse e-mail, mot de passe (uniquement sous forme de hachage argon2id), langue, rôle, statut, date de création
signing-in-and-attributing = Vous connecter, et vous attribuer ce que vous partagez
as-long-as-the = Tant que le compte existe ; si vous le supprimez, ces données disparaissent
sessions-a-hash-of = Sessions : un hachage du cookie de session, début et fin
staying-signed-in-you = Rester connecté ; vous les voyez et les fermez sur la page de votre compte
n-30-days-or-until = 30 jours, ou jusqu'à votre déconnexion
api-tokens-a-hash = Jetons d'API : un hachage et le libellé que vous avez donné
programs-working-on-your = Programmes agissant en votre nom
until-you-revoke-it = Jusqu'à ce que vous le révoquiez, 365 jours au plus
what-you-publish-materials = Ce que vous publiez : ressources, exemples de pratique, collections, leurs versions et pièces jointes, avec votre nom
sharing-under-the-creative = Partage sous la licence Creative Commons de votre choix ; les contenus publics vont aussi aux nœuds qui suivent ce nœud
until-you-delete-it = Jusqu'à ce que vous le supprimiez ; les versions restent comme historique tant qu'il existe
contact-details-in-a = Coordonnées dans un exemple de pratique (si vous les renseignez)
so-colleagues-can-ask = Pour que vos collègues puissent vous demander comment cela s'est passé
until-you-remove-them = Jusqu'à ce que vous les retiriez ; elles ne vont jamais vers d'autres nœuds
likes-reports-you-make = Appréciations, avis que vous écrivez (publics, y compris sur d’autres nœuds), signalements que vous faites, ce que et qui vous suivez, appartenance à des réseaux
the-features-themselves-moderators = Les fonctions elles-mêmes ; la modération voit les signalements
until-you-undo-them = Jusqu'à ce que vous les annuliez ou supprimiez votre compte
ip-address-of-whoever = Adresse IP de la personne qui se connecte, s'inscrit ou demande un e-mail (uniquement en mémoire vive)
slowing-down-password-guessing = Freiner les tentatives de deviner les mots de passe et le spam
not-stored-forgotten-after = Non enregistrée ; oubliée après quelques minutes au plus, ou au redémarrage. Le journal des requêtes ne contient ni adresses IP ni recherches.
mail-to-which-address = E-mails : à quelle adresse, de quel type, quand ils ont été envoyés, et toute erreur éventuelle ; les liens à usage unique uniquement sous forme de hachage
confirming-your-address-letting = Confirmer votre adresse, vous permettre de choisir un nouveau mot de passe, et indiquer si l'e-mail est arrivé
n-30-days-after-sending = 30 jours après l'envoi ; liens : 1 heure (mot de passe) ou 48 heures (adresse)
notifications-what-happened-to = Notifications : ce qui est arrivé à vos contenus (remix, appréciation, réseau), les objectifs que vous suivez, vos recherches enregistrées, votre choix par type et la fréquence
keeping-you-informed-as = Vous tenir informé, selon vos propres réglages
n-30-days-after-sending-switched = 30 jours après l'envoi ; désactivables en un clic dans chaque e-mail
which-personal-data-this = Quelles données personnelles ce nœud conserve, pourquoi, combien de temps et qui les reçoit. Cette page découle des paramètres du nœud ; une école peut la reprendre dans son registre des activités de traitement.
who-is-responsible = Qui est responsable
is-run-by = est géré par
the-administrator-of-this = La personne qui administre ce nœud n'a pas encore indiqué qui elle est (--operator). Renseignez-vous auprès de la personne qui vous a donné votre compte.
questions-about-privacy-or = Pour toute question sur la vie privée, ou pour exercer vos droits :
deelwijs-asks-for-no = Deelwijs ne demande que le strict nécessaire : un nom, une adresse e-mail et un mot de passe. Aucune donnée d'élève, aucun traceur, aucune publicité et aucune requête vers des tiers depuis ses pages.
what-we-keep = Ce que nous conservons
processing-of-personal-data = Traitements de données personnelles sur ce nœud
data = Données
purpose = Finalité
legal-basis = Base légale
kept-for = Durée de conservation
the-legal-basis-is = La base légale est celle habituelle pour un service de ce type ; l'école ou le réseau qui gère le nœud consigne son propre choix dans son registre des activités de traitement.
who-receives-data = Qui reçoit des données
other-nodes-and-activitypub = Les autres nœuds et serveurs ActivityPub qui suivent ce nœud, vous-même ou un réseau reçoivent ce qui est public : vos contenus publiés, votre nom et votre profil public. Jamais les brouillons, les contenus masqués, votre adresse e-mail ni les coordonnées des exemples de pratique.
processor-for-e-mail = Sous-traitant pour les e-mails : le serveur de messagerie
which-receives-your-address = , qui reçoit votre adresse et l'e-mail lui-même.
this-node-sends-no = Ce nœud n'envoie aucun e-mail.
sign-in-service-a = Service de connexion (sous-traitant lorsque vous vous connectez) :
this-node-asks-only = . Ce nœud ne demande que votre nom, votre adresse e-mail et un identifiant fixe (sub) ; il ne voit jamais votre mot de passe sur ce service.
there-are-no-other = Il n'y a pas d'autres destinataires : aucun service de statistiques, aucune police de caractères ni aucun script venant d'ailleurs.
where-it-is-kept = Où les données sont conservées
in-one-sqlite-database = Dans un fichier de base de données SQLite et un dossier de pièces jointes, sur le serveur où l'administration fait tourner ce nœud.
in-a-postgresql-database = Dans une base de données PostgreSQL et un dossier de pièces jointes, sur des serveurs choisis par l'administration de ce nœud.
cookies = Cookies
functional-cookies-only-which = Uniquement des cookies fonctionnels, qui ne quittent jamais ce nœud : votre session (lorsque vous vous connectez), un jeton de formulaire contre les abus (CSRF), la langue que vous avez choisie et le niveau d'enseignement sur lequel vous avez filtré en dernier.
your-rights = Vos droits
access-and-portability-download = Accès et portabilité : téléchargez tout ce qui vous concerne en une seule archive sur la page de votre compte.
rectification-change-your-name = Rectification : modifiez votre nom, votre adresse et votre mot de passe sur la page de votre compte.
erasure-delete-your-account = Effacement : supprimez votre compte sur la page de votre compte. Vous choisissez si vos contenus publiés disparaissent ou restent sous un nom de votre choix (la licence continue de s'appliquer). Les autres nœuds sont informés de la suppression de votre compte.
objection-or-a-complaint = Opposition ou réclamation : contactez le gestionnaire indiqué ci-dessus, ou l'autorité néerlandaise de protection des données (Autoriteit Persoonsgegevens).
unsubscribe = Se désabonner
no-more-mail-about = Ne plus recevoir d'e-mails sur :
you-are-unsubscribed-you = Vous êtes désabonné. Vous pouvez réactiver cela à tout moment sur la page de votre compte.
go-to-your-notifications = Aller à vos notifications

## frontend/src/pages/profile.rs

no-published-materials-yet = Aucune ressource publiée pour l'instant.
no-published-case-studies = Aucun exemple de pratique publié pour l'instant.

## frontend/src/pages/remix.rs

title-of-your-remix = Titre de votre remix
make-a-remix = Créer un remix
a-remix-is-your = Un remix est votre propre adaptation de cette ressource. Il commence comme brouillon avec une copie du contenu, pour que vous puissiez l'adapter avant de le publier.
back-to-the-material = Retour à la ressource
for-example-the-original = Par exemple le titre original, complété par le nom de votre classe ou de votre école.
only-licences-the-source = Seules les licences autorisées par la source sont proposées.
create-remix = Créer le remix

## frontend/src/pages/search.rs

browse-by-learning-goal = Parcourir par objectif d'apprentissage
filters = Filtres
active-2 = actif(s)
filter = Filtrer
result = résultat
results = résultats
for = pour
sort-by = Trier par
save-this-search = Enregistrer cette recherche
you-get-mail-when = Vous recevez un e-mail quand quelque chose de nouveau apparaît.
filters-2 = Filtres :
remove-filter = (retirer le filtre)
clear-all = Tout effacer
selected-choose-again-to = sélectionné ; choisissez à nouveau pour retirer
licence-3 = , licence :{" "}
origin = , origine :{" "}
nothing-found = Aucun résultat
try-other-or-fewer = Essayez d'autres mots ou moins de mots, ou parcourez par objectif d'apprentissage.
remove-a-filter-or = Retirez un filtre ou essayez d'autres mots.
search-without-filters = Rechercher sans filtres

## server/src/http/pages/account.rs

new-work-by-this = Nouveaux contenus de cette personne

## server/src/http/pages/admin.rs

addresses-in = adresses sur
anyone-the-service-knows = toute personne connue du service
new-accounts = nouveaux comptes
unreachable = injoignable
retrying = nouvelles tentatives
ok = OK
queued = En file d'attente
sent-last-30-days = Envoyés (30 derniers jours)
given-up-after-repeated = Abandonnés après des échecs répétés
refused-by-the-server = Refusés par le serveur

## server/src/http/pages/auth.rs

confirm-your-e-mail = Confirmez d'abord votre adresse e-mail avec le lien de l'e-mail que nous vous avons envoyé. Nous venons de vous envoyer un nouveau lien (un par heure au maximum).
your-account-still-awaits = Votre compte est toujours en attente de validation par l'administration.
this-account-is-suspended = Ce compte est suspendu.
wrong-username-or-password = Nom d'utilisateur ou mot de passe incorrect.
this-node-does-not-accept = Ce nœud n'accepte pas de nouveaux comptes.
this-node-does-not-send = Ce nœud n'envoie pas d'e-mails. Demandez à l'administration de réinitialiser votre mot de passe.
this-link-has-expired = Ce lien a expiré ou a déjà été utilisé.
this-link-has-expired-or = Ce lien a expiré ou a déjà été utilisé. Connectez-vous : nous vous en enverrons un nouveau si votre adresse n'est pas encore confirmée.

## server/src/http/pages/case_studies.rs

not-found = Introuvable
new-case-studies = Nouveaux exemples de pratique

## server/src/http/pages/collections.rs

all-collections = Toutes les collections
my-collections = Mes collections
filter-and-sort = Filtrer et trier

## server/src/http/pages/convert.rs

dutch = Néerlandais
english = Anglais
german = Allemand
french = Français
frisian = Frison
spanish = Espagnol
finnish = Finnois
polish = Polonais
turkish = Turc
arabic = Arabe
created-2 = Création
edited = Modification
restored = restaurée
remixed-from-version = Remix de la version
attachment-added = Pièce jointe ajoutée
attachment-removed = Pièce jointe supprimée
received-from = Reçu de
this-licence-noderivatives-does = Cette licence (Pas de modification) n'autorise pas les remix.
newest-first = Les plus récents d'abord

## server/src/http/pages/curricula.rs

described-by = Décrit par
choose-a-file-first = Choisissez d'abord un fichier.
this-is-not-json = Ce n'est pas du JSON
new-work-for-this = Nouveaux contenus pour cet objectif
exact-match = correspondance exacte
translation = traduction
related = apparenté

## server/src/http/pages/feeds.rs

everything = tout
new-2 = nouveautés
new-materials-and-case = Nouvelles ressources et nouveaux exemples de pratique
new-work-for-this-goal = nouveaux contenus pour cet objectif
materials-and-case-studies = Ressources et exemples de pratique

## server/src/http/pages/groups.rs

moderator = modérateur·rice
member = membre
a-moderator-approves-requests-2 = Un·e modérateur·rice valide les demandes.
anyone-can-join-2 = Tout le monde peut rejoindre.
your-request-awaits-a = Votre demande attend la validation d'un·e modérateur·rice.
you-are-a-moderator = Vous êtes modérateur·rice de ce réseau.
you-are-a-member = Vous êtes membre de ce réseau.
this-account-was-not = Ce compte est introuvable. Utilisez un nom d'utilisateur de ce nœud ou un identifiant comme @teacher@school.example.be.

## server/src/http/pages/materials.rs

new-here = Nouveau ici
new-materials = Nouvelles ressources
learning-materials = Ressources pédagogiques
cc0-anything-goes-attribution = CC0 : tout est permis ; l'attribution est une marque de courtoisie.
noderivatives-remixing-is-not = Pas de modification (ND) : le remix n'est pas autorisé.
sharealike-your-remix-keeps = Partage dans les mêmes conditions (SA) : votre remix garde la même licence, avec attribution.
attribution-is-required-choose = L'attribution est obligatoire ; choisissez une licence qui conserve les conditions de l'original.
this-licence-does-not = Cette licence n'autorise pas les remix.

## server/src/http/pages/mod.rs

this-page-does-not = Cette page n'existe pas (ou plus), ou vous n'avez pas le droit de la voir.
not-allowed = Non autorisé
your-account-may-not = Votre compte n'a pas le droit de faire cela.
remix-not-allowed = Remix non autorisé
that-did-not-work = Cela n'a pas fonctionné
too-large = Trop volumineux
the-limit-is = La limite est de
please-wait = Veuillez patienter
too-many-attempts-try = Trop de tentatives. Réessayez dans
seconds = secondes.
something-went-wrong = Une erreur s'est produite
something-went-wrong-on = Une erreur s'est produite de notre côté. Elle a été consignée.
saved = Enregistré.
created-3 = Créé.
deleted = Supprimé.
thank-you-your-report = Merci. Votre signalement a été transmis à la modération.
version-restored = Version restaurée.
remix-created-adapt-it = Remix créé. Adaptez-le, puis publiez-le.
added-to-the-collection = Ajouté à la collection.
attachment-added-2 = Pièce jointe ajoutée.
hidden-from-others = Masqué pour les autres.
visible-again = De nouveau visible.
published-anyone-can-find = Publié : tout le monde peut désormais le trouver.
back-to-draft-only = Repassé en brouillon : seuls vous (et l'administration) pouvez le voir.
welcome-you-are-signed = Bienvenue ! Vous êtes connecté.
your-account-was-created = Votre compte a été créé et attend la validation de l'administration.
you-are-signed-out = Vous êtes déconnecté.
check-your-mail-we = Consultez vos e-mails : nous vous avons envoyé un lien pour confirmer l'adresse e-mail.
your-e-mail-address-is = Votre adresse e-mail est confirmée.
if-this-address-belongs = Si cette adresse correspond à un compte, un e-mail contenant un lien est en route. Le lien est valable une heure.
your-new-password-is = Votre nouveau mot de passe est enregistré. Connectez-vous avec.
your-password-was-changed = Votre mot de passe a été modifié ; les autres sessions ont été fermées.
session-ended = Session fermée.
search-saved-you-get = Recherche enregistrée : vous recevrez un e-mail quand quelque chose de nouveau apparaîtra.
you-are-unsubscribed-from = Vous êtes désabonné de ces notifications.
linked-you-can-now = Associé : vous pouvez désormais aussi vous connecter de cette façon.
unlinked-your-other-sessions = Dissocié ; vos autres sessions ont été fermées.
your-account-is-deleted = Votre compte est supprimé. Merci pour tout ce que vous avez partagé.
the-failed-mail-is = L'e-mail en échec est de nouveau dans la file d'attente.

## server/src/http/pages/network.rs

following = suivi
awaiting-confirmation = en attente de confirmation
enter-a-handle-or = Saisissez un identifiant ou une adresse.
this-account-or-node = Ce compte ou ce nœud est introuvable ou ne peut pas être suivi. Vérifiez l'identifiant (par exemple @materialen@deelwijs.example.org).
from-followed-sources = Des sources suivies
case-studies-from-followed = Exemples de pratique des sources suivies

## server/src/http/pages/oidc.rs

sign-in-expired = Connexion expirée
this-sign-in-has = Cette tentative de connexion a expiré, a déjà été utilisée ou a commencé dans un autre navigateur. Veuillez recommencer.
sign-in-cancelled = Connexion annulée
you-cancelled-signing-in = Vous avez annulé la connexion auprès de votre établissement. Rien n'a changé.
sign-in-failed = Échec de la connexion
your-schools-sign-in = Le service de connexion de votre établissement a signalé une erreur. Veuillez réessayer.
no-answer-came-back = Aucune réponse n'a été reçue.
sign-in-service-unreachable = Service de connexion injoignable
your-schools-sign-in-service = le service de connexion de votre établissement est injoignable pour le moment. Réessayez plus tard, ou connectez-vous avec votre mot de passe si vous en avez un.
the-sign-in-services = La réponse du service de connexion n'a pas pu être vérifiée, ou a déjà été utilisée. Recommencez ; si le problème persiste, prévenez l'administration.
awaiting-approval-2 = En attente de validation
your-account-was-created-and = Votre compte a été créé et attend la validation de l'administration. Vous pourrez vous connecter dès qu'il sera validé.
no-access = Accès refusé
no-new-accounts = Pas de nouveaux comptes
this-node-does-not-accept-new = Ce nœud n'accepte pas de nouveaux comptes. Demandez un compte à l'administration de votre école ou de votre réseau.
accounts-of-your-school = Les comptes de votre école ou organisation ne peuvent pas se connecter sur ce nœud.
you-already-have-an = Vous avez déjà un compte ici
there-already-is-an = Il existe déjà un compte ici avec cette adresse e-mail. Connectez-vous avec son mot de passe et associez votre compte scolaire sur la page de votre compte.
already-linked = Déjà associé
this-school-account-is = Ce compte scolaire est déjà associé à un autre compte sur ce nœud.

## server/src/http/pages/search.rs

kind-2 = Type de contenu
resource-type = Type de ressource
theme = Thème
origin-2 = Origine
this-node-2 = Ce nœud
goal = Objectif
new-for-this-search = Nouveautés pour cette recherche
search-materials-collections-and = Rechercher des ressources, des collections et des exemples de pratique
search-materials = Rechercher des ressources
search-case-studies = Rechercher des exemples de pratique
search-collections = Rechercher des collections
best-match = Pertinence
newest = Les plus récents
search-2 = Recherche

## server/src/http/pages/unsubscribe.rs

all-notifications-by-mail = toutes les notifications par e-mail

## Validation problems (frontend/src/i18n/mod.rs)

problem-required = Ce champ est obligatoire.
problem-too-long = C'est trop long.
problem-too-short = C'est trop court (10 caractères au minimum).
problem-too-many = Il y a trop de valeurs.
problem-unknown-license = Licence inconnue.
problem-unknown-language = Langue inconnue : utilisez un code comme nl ou en-GB.
problem-unknown-value = Cette valeur ne figure pas dans la liste.
problem-out-of-range = Ce nombre est hors des limites autorisées.
problem-invalid-url = Saisissez une adresse complète commençant par http:// ou https://.
problem-invalid-format = Le format n'est pas correct.
problem-taken = C'est déjà utilisé.
problem-wrong = Ce mot de passe n'est pas correct.
problem-unchanged = C'est déjà votre valeur actuelle.
problem-invalid = Cette valeur n'est pas valide.

## Dates

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-format = { $day } { $month } { $year }

## Attribution (server/src/domain/attribution.rs): TASL lines and the adaptation notice Creative Commons asks for

attribution-tasl = "{ $title }" de { $authors } ({ $source }), sous licence { $licence } ({ $licence_url })
attribution-adaptation = "{ $title }" de { $authors } est une adaptation de "{ $source_title }" de { $source_authors } ({ $source }), sous licence { $source_licence }. "{ $title }" est sous licence { $licence }.
attribution-and = et
attribution-unknown-author = inconnu

## Mail with variables (frontend/src/mail.rs)

mail-greeting = Bonjour { $name },
mail-verify-subject = Confirmez votre adresse e-mail pour { $node }
mail-reset-subject = Un nouveau mot de passe pour { $node }
mail-exists-subject = Vous avez déjà un compte sur { $node }
mail-changing-subject = Votre adresse e-mail sur { $node } va être modifiée
mail-changing-text = Une demande a été faite pour remplacer l'adresse e-mail de votre compte par { $new_address }. Le changement ne prendra effet qu'une fois ouvert le lien envoyé par e-mail à cette adresse.
mail-linked-subject = Un nouveau moyen de vous connecter sur { $node }
mail-linked-text = Vous pouvez désormais aussi vous connecter avec { $provider } : ce service vient d'être associé à votre compte.
mail-weekly-subject = Votre récapitulatif hebdomadaire de { $node }
mail-daily-subject = Votre récapitulatif quotidien de { $node }

## Content languages offered in the material form (term-language-<BCP 47 tag>)

term-language-nl = Néerlandais
term-language-en = Anglais
term-language-de = Allemand
term-language-fr = Français
term-language-fy = Frison
term-language-nl-BE = Néerlandais (Belgique)

## Notification kinds (term-notification-<kind>)

term-notification-remixed = Votre contenu a été remixé (ici ou sur un autre nœud)
term-notification-liked = Quelqu'un a apprécié votre contenu
term-notification-report_resolved = Un de vos signalements a été traité
term-notification-posted_to_network = Votre contenu a été publié dans un réseau
term-notification-join_request = Quelqu'un demande à rejoindre un réseau que vous modérez
term-notification-followed_content = Nouveaux contenus de qui ou de ce que vous suivez
term-notification-followed_goal = Nouveaux contenus pour un objectif que vous suivez
term-notification-saved_search = Nouveaux contenus pour une recherche enregistrée

## Closed vocabularies (server/src/domain/vocab.rs): term-<vocabulary>-<id>

term-education-level-po = Enseignement primaire
term-education-level-so = Enseignement primaire spécialisé
term-education-level-vo = Enseignement secondaire
term-education-level-vso = Enseignement secondaire spécialisé
term-education-level-mbo = Enseignement professionnel (mbo)
term-education-level-ho = Enseignement supérieur
term-education-level-volwassenen = Formation des adultes
term-subject-nederlands = Néerlandais
term-subject-engels = Anglais
term-subject-fries = Frison
term-subject-moderne-vreemde-talen = Langues vivantes étrangères
term-subject-rekenen-wiskunde = Mathématiques
term-subject-aardrijkskunde = Géographie
term-subject-geschiedenis = Histoire
term-subject-biologie = Biologie
term-subject-natuurkunde = Physique
term-subject-scheikunde = Chimie
term-subject-techniek = Technologie
term-subject-economie = Économie
term-subject-mens-en-maatschappij = Homme et société
term-subject-mens-en-natuur = Homme et nature
term-subject-burgerschap = Citoyenneté
term-subject-digitale-geletterdheid = Culture numérique
term-subject-kunst-en-cultuur = Arts et culture
term-subject-bewegingsonderwijs = Éducation physique
term-subject-loopbaanorientatie = Orientation professionnelle
term-subject-overstijgend = Transdisciplinaire
term-resource-type-lesson_plan = Plan de séance
term-resource-type-worksheet = Fiche d'exercices
term-resource-type-slides = Diaporama
term-resource-type-video = Vidéo
term-resource-type-assessment = Évaluation
term-resource-type-game = Jeu
term-resource-type-reading = Texte de lecture
term-resource-type-project = Projet
term-resource-type-other = Autre
term-status-draft = Brouillon
term-status-published = Publié
term-status-unlisted = Non répertorié
term-role-admin = Administrateur·rice
term-role-moderator = Modérateur·rice
term-role-editor = Rédacteur·rice
term-role-member = Membre
term-account-status-active = Actif
term-account-status-pending = En attente de validation
term-account-status-suspended = Suspendu
term-account-status-remote = Sur un autre nœud
term-account-status-former = Supprimé (contenus conservés)
term-account-status-deleted = Supprimé
term-federation-mode-open = Ouvert : avec tout le monde
term-federation-mode-blocklist = Tout le monde sauf les instances bloquées
term-federation-mode-allowlist = Uniquement avec les partenaires désignés
term-registration-mode-open = Ouvert : tout le monde peut s'inscrire
term-registration-mode-approval = Après validation par l'administration
term-registration-mode-closed = Fermé : seule l'administration crée des comptes
term-theme-innovating_together = Innover ensemble
term-theme-digital_literacy = Culture numérique
term-theme-effective_learning_materials = Des ressources pédagogiques utiles à ceux qui s'en servent
term-theme-safe_reliable_infrastructure = Infrastructure sûre et fiable
term-theme-ethics = Éthique et valeurs publiques
term-theme-vision = Vision
term-theme-expertise = Expertise
term-theme-content_and_applications = Contenus et applications
term-theme-infrastructure = Infrastructure
term-stage-idea = Idée
term-stage-pilot = Projet pilote
term-stage-scaling = Passage à l'échelle
term-stage-embedded = Ancré dans la pratique
term-erasmus-action-none = Aucune
term-erasmus-action-ka1_mobility = KA1 – mobilité
term-erasmus-action-ka2_partnership = KA2 – partenariat
term-alignment-type-teaches = Enseigne
term-alignment-type-assesses = Évalue
term-alignment-type-requires = Requiert

## Curriculum levels (server/src/domain/curriculum.rs): reference levels, stages, and qualifiers of level codes

level-reference = Niveau de référence { $level }
level-stage = Phase { $stage }
term-level-qualifier-ob = premières années
term-level-qualifier-bb = dernières années
term-level-qualifier-am = orientation vers le marché du travail
term-level-qualifier-db = orientation vers l'accueil de jour
term-level-qualifier-vo = orientation vers la poursuite d'études
term-level-qualifier-nl-ml = élèves ayant des difficultés d'apprentissage
term-level-qualifier-zml-mb = élèves ayant des handicaps graves et multiples
term-level-qualifier-zml-mg = élèves ayant des handicaps graves et multiples

## Pictures (frontend/src/pages/charts/): goal coverage, remix tree, activity

coverage-heading = Couverture des objectifs
coverage-title = Couverture de { $framework }
coverage-description = { $goals } objectifs, dont { $empty } sans ressource. Comptées : { $scope }.
coverage-legend = Ressources par objectif
coverage-count =
    { $count ->
        [one] { $count } ressource
       *[other] { $count } ressources
    }
coverage-all-materials = toutes les ressources ici et sur les nœuds suivis
coverage-this-search = les ressources que trouve cette recherche
coverage-of-this-search = Couverture de ces résultats dans { $framework }
coverage-explained = Chaque case est un objectif ; son nombre et sa couleur indiquent combien de ressources y sont liées. Les cases en pointillés n’en ont encore aucune : c’est là que des ressources manquent.
chart-as-table = Les chiffres sous forme de tableau
subject-area = Domaine disciplinaire
domain = Domaine
remix-tree-heading = Arbre des remix
remix-tree-title = Arbre des remix de { $title }
remix-tree-description =
    { $ancestors ->
        [0] Créée sans œuvre antérieure
        [one] Créée à partir d’une œuvre antérieure
       *[other] Créée à partir de { $ancestors } œuvres antérieures
    } ; { $descendants ->
        [0] aucun remix pour l’instant
        [one] un remix
       *[other] { $descendants } remix
    }, sur ce nœud ou un autre.
remix-tree-this = cette ressource
remix-tree-unknown = nœud inconnu
remix-tree-as-list = L’arbre sous forme de liste
activity-heading = Activité
activity-posts = Publications dans ce réseau par mois
activity-description = { $what } : { $total } au cours des { $months } derniers mois.
month = Mois
number = Nombre

## Translations of a material (frontend/src/pages/materials.rs, remix.rs, material_form.rs)

translate = Traduire
translations = Traductions
translation-section = Traduction
translation-of = Traduction de
translation-of-hint = Facultatif. S’agit-il d’une traduction ou d’une adaptation pour une autre langue ou culture ? Collez l’adresse de l’original, ici ou sur un nœud que ce nœud suit. Vider le champ supprime le lien.
translate-into = Traduire en
translate-into-hint = Choisissez une langue pour créer une traduction : elle est liée à l’original et figure parmi ses traductions. Laissez vide pour un remix dans la même langue.
translate-into-none = Ne pas traduire (remix dans la même langue)
adaptation-notes = Adaptations culturelles
adaptation-notes-hint = Facultatif. Ce qui a été adapté au-delà des mots : exemples, montants, jours fériés, système scolaire.
also-in-other-languages = Aussi en
group-translations = Afficher ensemble les traductions d’une même ressource
show-translations-apart = Afficher chaque traduction séparément

## Reviews (frontend/src/pages/reviews.rs)

reviews = Avis d’enseignants
no-reviews-yet = Pas encore d’avis.
review-rating-of-five = { $rating } sur 5
review-summary =
    { $average } sur 5 d’après { $count ->
        [one] 1 avis
       *[other] { $count } avis
    } ; { $used ->
        [0] pas encore utilisée en classe
        [one] utilisée en classe par 1 enseignant·e
       *[other] utilisée en classe par { $used } enseignant·es
    }.
your-review = votre avis
review-used-with = Utilisée en classe : { $level }
write-a-review = Donner votre avis sur cette ressource
edit-your-review = Modifier votre avis
review-your-rating = Votre note
review-text = Commentaire
review-text-hint = Facultatif. Qu’est-ce qui a fonctionné, qu’est-ce qui n’a pas fonctionné, et pour qui ? Visible par tous, y compris sur d’autres nœuds.
review-used-label = Utilisée en classe avec
review-not-used = Pas (encore) utilisée en classe
save-review = Enregistrer l’avis
withdraw-your-review = Retirer votre avis
rating-1 = 1 – ne fonctionne pas
rating-2 = 2 – médiocre
rating-3 = 3 – utilisable
rating-4 = 4 – bonne
rating-5 = 5 – excellente

## Help questions (hulpvragen) and matchmaking

questions = Demandes d’aide
question = Demande d’aide
questions-intro = Questions d’écoles et de réseaux, ici et sur les nœuds suivis : qui a déjà résolu cela ?
new-question = Demander de l’aide
search-questions = Rechercher dans les demandes d’aide
no-questions-yet = Il n’y a pas encore de demandes d’aide.
answer-count = { $count ->
    [0] pas encore de réponse
    [one] 1 réponse
   *[other] { $count } réponses
}
asked-by = Demandé par
asked-on-node = posée sur { $node }
question-situation = La situation
question-situation-hint = Que se passe-t-il, qu’avez-vous déjà essayé, et que cherchez-vous ? Le Markdown est accepté.
question-help-type = Type d’aide
question-state = État
question-languages = Langues de travail
question-languages-hint = Codes de langue séparés par des virgules, par exemple : nl, en, de
question-country = Pays
question-country-hint = Code pays à deux lettres (ISO 3166), par exemple NL ou DE.
question-deadline = Date limite
language-hint = Code de langue du texte (BCP 47), par exemple nl ou en-GB.
ask-question = Poser la question
edit-question = Modifier la demande d’aide
delete-question = Supprimer la demande d’aide
set-state = Passer à : { $state }
answers = Réponses
no-answers-yet = Pas encore de réponse. Vous connaissez quelqu’un qui peut aider ? Partagez le lien.
your-answer = Votre réponse
answer-hint = Racontez ce qui a fonctionné chez vous, ou qui peut aider. Le Markdown est accepté.
send-answer = Envoyer la réponse
withdraw-answer = Retirer la réponse
helpful-answer = la réponse utile
mark-helpful = Cela a aidé
unmark-helpful = Finalement pas la réponse utile
question-matches = Qui ou quoi pourrait aider
matches-intro = Études de cas, ressources, réseaux et nœuds qui correspondent à cette question, ici et parmi ce que partagent les nœuds suivis, avec la raison.
no-matches = Rien de correspondant pour l’instant. Cela changera à mesure que davantage sera partagé.
matched-because = Correspond par :
match-theme = thème { $theme }
match-level = niveau { $level }
match-language = langue de travail { $language }
match-words = mots { $words }
match-holds = { $count ->
    [one] 1 élément correspondant
   *[other] { $count } éléments correspondants
}
invite-name = Inviter { $name }
invited-name = { $name } a été invité·e
invited = Invités
node = Nœud
facet-rating = Évaluation
rating-at-least = { $stars ->
    [one] 1 étoile ou plus
   *[other] { $stars } étoiles ou plus
}
facet-reviews = Nombre d’évaluations
most-reviewed = Les plus évalués
reviews-at-least = { $count ->
    [one] 1 évaluation ou plus
   *[other] { $count } évaluations ou plus
}
facet-used = Utilisé en classe
facet-used-yes = Utilisé en classe par un·e enseignant·e
best-reviewed = Les mieux évalués
term-help-type-partner_ka1 = École partenaire pour Erasmus+ KA1 (mobilité)
term-help-type-partner_ka2 = École partenaire pour Erasmus+ KA2 (coopération)
term-help-type-experience = Expérience d’une approche
term-help-type-material = Une ressource pour un objectif
term-help-type-visit = Une visite d’étude
term-question-state-open = Ouverte
term-question-state-answered = Répondue
term-question-state-closed = Fermée
term-notification-answered = Votre demande d’aide a une nouvelle réponse
term-notification-invited = Quelqu’un vous invite à répondre à une demande d’aide

## The node's quality mark

quality-mark = Label de qualité
quality-mark-of = Label de qualité de { $node }
quality-awarded-on = Attribué le { $date } selon les
quality-criteria = Critères de qualité
quality-criteria-hint = Ce à quoi une ressource ou une étude de cas répond pour obtenir le label de qualité de ce nœud. Le Markdown est accepté.
quality-no-criteria = Ce nœud n’a pas encore publié de critères de qualité.
quality-marked = Avec le label de qualité
quality-none-yet = Rien ne porte encore le label de qualité.
quality-search = Rechercher tout ce qui porte le label de qualité
quality-note = Justification
quality-award = Attribuer le label de qualité
quality-withdraw = Retirer le label de qualité
facet-quality-yes = Avec le label de qualité de ce nœud
