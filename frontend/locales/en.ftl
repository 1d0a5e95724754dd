# Deelwijs user interface: English


## frontend/src/layout.rs

skip-to-content = Skip to content
site = Site
search-materials-and-case = Search materials and case studies
search-by-keyword = Search by keyword…
search = Search
account = Account
my-account = My account:{" "}
network = Network
moderation = Moderation
admin = Admin
sign-out = Sign out
sign-in = Sign in
sign-up = Sign up
language = Language
main-menu = Main menu
materials = Materials
collections = Collections
case-studies = Case studies
learning-goals = Learning goals
networks = Networks
share = Share
new = New{" "}
material = Material
case-study = Case study
open-learning-materials-and = Open learning materials and case studies, without trackers.
about-this-node = About this node
privacy = Privacy
about-this-node-json = About this node (JSON API)
api-reference = API reference

## frontend/src/mail.rs

you-asked-to-use = You asked to use this address for your account. Confirm it with the link below; until then your old address stays in use.
welcome-confirm-your-e = Welcome! Confirm your e-mail address with the link below, and you can sign in.
confirm-e-mail-address = Confirm e-mail address
the-link-works-for = The link works for 48 hours, once. Did you not ask for this? Then there is nothing you need to do.
someone-we-hope-you = Someone (we hope you) asked for a new password for your account.
choose-a-new-password = Choose a new password
the-link-works-for-one = The link works for one hour, once; afterwards your account is signed out on every other device. Did you not ask for this? Then your password stays as it is.
someone-tried-to-create = Someone tried to create a new account with this e-mail address. This address already belongs to an account:
username = Username
sign-in-2 = Sign in:
forgot-your-password = Forgot your password?
was-this-not-you = Was this not you? Then there is nothing you need to do.
go-to-your-account = Go to your account
was-this-not-you-then = Was this not you? Then choose a new password at once, and end the sessions you do not recognise on your account page.
was-this-not-you-then-unlink = Was this not you? Then unlink it on your account page, choose a new password and end the sessions you do not recognise.
choose-what-you-hear = Choose what you hear about and how often
stop-hearing-about-this = Stop hearing about this
this-message-was-sent = This message was sent automatically.
does-the-link-not = Does the link not work? Copy this address:

## frontend/src/pages/account.rs

my-account-2 = My account
welcome = Welcome
new-material = New material
new-case-study = New case study
your-new-api-token = Your new API token
copy-this-token-now = Copy this token now and keep it safe: you will see it only once. Whoever has the token can act on your behalf.
profile = Profile
name = Name
e-mail-address = E-mail address
confirmed = confirmed
not-confirmed-yet = not confirmed yet
role = Role
view-your-public-profile = View your public profile
saved-searches = Saved searches
delete = Delete
your-data = Your data
download-everything-this-node = Download everything this node keeps about you — your profile, all your work with every version and attachment, likes, reports, what you follow and your networks — as one ZIP archive of JSON files.
download-my-data = Download my data
what-this-node-keeps = What this node keeps and why
my-materials = My materials
you-have-not-shared = You have not shared any materials yet.
my-case-studies = My case studies
you-have-not-shared-any = You have not shared any case studies yet.
api-tokens = API tokens
a-token-lets-programs = A token lets programs use the JSON API on your behalf, for example to import material.
you-have-no-tokens = You have no tokens yet.
your-api-tokens = Your API tokens
label = Label
created = Created
expires = Expires
actions = Actions
revoke = Revoke
label-for-a-new = Label for a new token
what-is-it-for = What is it for? For example: import from the course planner.
create-token = Create token
new-e-mail-address = New e-mail address
current-password = Current password
new-password = New password
your-password = Your password
what-you-published = What you published
name-on-your-work = Name on your work
e-mail-address-and = E-mail address and password
change-e-mail-address = Change e-mail address
we-send-a-link = We send a link to the new address; it is used only once you follow it. Your old address is told.
change-address = Change address
change-password = Change password
afterwards-you-are-signed = Afterwards you are signed out on every other device.
at-least-10-characters = At least 10 characters.
where-you-are-signed = Where you are signed in
every-browser-you-sign = Every browser you sign in with is a session. If you do not recognise one, end it and choose a new password.
your-sessions = Your sessions
signed-in-on = Signed in on
this-browser = this browser
end = End
end-all-other-sessions = End all other sessions
keep-it-under-the = Keep it, under the name below (the licence still applies)
delete-it-here-and = Delete it, here and on other nodes
delete-account = Delete account
delete-your-account-and = Delete your account and your data
your-e-mail-address = Your e-mail address, password, sessions, tokens, drafts, likes, reports, what you follow and your networks are erased. Other nodes are told your account is gone. This cannot be undone; download your data first if you want to keep it.
only-if-your-work = Only if your work stays. For example your name, or "a teacher from Utrecht".
you-confirm-by-signing = You confirm by signing in again at
delete-my-account-for = Delete my account for good
signing-in-with-your = Signing in with your school account
you-have-no-password = You have no password: you sign in through your school. To have one anyway, choose "forgot your password" when signing in.
linked = linked
unlink = Unlink
link = Link
immediately = Immediately
daily = Daily
weekly = Weekly
off = Off
notifications-by-mail = Notifications by mail
choose-per-kind-how = Choose per kind how often you get mail: at once, in a daily or weekly digest (at 7 am), or not at all.
save-notifications = Save notifications

## frontend/src/pages/admin.rs

name-of-the-node = Name of the node
description = Description
registration = Registration
who-this-node-federates = Who this node federates with
instances = Instances
active = Active
pending = Pending
suspended = Suspended
administration = Administration
settings-of-this-node = Settings of this node and its accounts.
settings = Settings
shown-on-the-home = Shown on the home page. Say who runs this node and who it is for.
save-settings = Save settings
accounts = Accounts
awaiting-approval = awaiting approval
there-are-no-accounts = There are no accounts yet.
accounts-on-this-node = Accounts on this node
status = Status
change-role-and-status = Change role and status
federation = Federation
one-host-per-line = One host per line, for example deelwijs.partnerschool.be. With a blocklist: who may not; with an allowlist: the only ones who may.
save-federation = Save federation
delivery-to-other-nodes = Delivery to other nodes
nothing-is-waiting-and = Nothing is waiting and nothing failed.
delivery-per-instance = Delivery per instance
instance = Instance
waiting = Waiting
last-error = Last error
signing-in-through-the = Signing in through the school
signing-in-with-a = Signing in with a password of this node: on.
signing-in-with-a-password = Signing in with a password of this node: off (--password-sign-in false).
no-sign-in-services = No sign-in services are configured. Start the node with --oidc-provider (see the README: Entree Federatie, SURFconext).
sign-in-services = Sign-in services
issuer = Issuer
client-id = Client id
who-may = Who may
e-mail = E-mail
mail-is-off-no = Mail is off: no confirmations, password links or notifications are sent, and password reset does not work. Start the node with --smtp-url (and --mail-from) to turn mail on.
sent-through = Sent through
sender = Sender
mail-that-did-not = Mail that did not arrive or still waits
to = To
kind = Kind
attempts = Attempts
servers-answer = Server's answer
queued-since = Queued since
send-failed-mail-again = Send failed mail again
refused-by = Refused by{" "}
activity = Activity
answer = Answer
when = When
deliver-again-to = Deliver again to{" "}
this-is-you-you = This is you; you cannot change your own role and status here.
of = of
save = Save

## frontend/src/pages/api_reference.rs

api-reference-2 = API reference
version = version
about-this-api = About this API
this-page-describes-this = This page describes this node's JSON API under{" "}
for-programs-the-same = For programs, the same description is in{" "}
the-openapi-3-1 = the OpenAPI 3.1 document
the-values-of-the = The values of the fixed lists (education levels, subjects, resource types, licences and more) are in{" "}
some-operations-need-an = Some operations need an API token: send it in the header{" "}
you-make-a-token = You make a token on{" "}
your-account-page = your account page
schemas = Schemas
other = Other
contents = Contents
no-operations-are-described = No operations are described.
back-to-the-contents = Back to the contents
token-required = Token required
only-with-an-api = Only with an API token.
token-optional = Token optional
works-without-a-token = Works without a token; with one, the answer may hold more.
public = Public
no-token-needed = No token needed.
deprecated = Deprecated
parameters = Parameters
parameters-of = Parameters of
in = In
type = Type
required = Required
request-body = Request body
required-2 = Required.
responses = Responses
responses-of = Responses of
meaning = Meaning
content = Content
none = none
type-2 = Type:{" "}
properties-of = Properties of
may-be-null = may be null
one-of = One of:{" "}
path = path
query = query
header = header
cookie = cookie
yes = yes
no = no

## frontend/src/pages/auth.rs

name-others-see = Name others see
password = Password
welcome-back-sign-in = Welcome back. Sign in to share and remix material.
no-account-yet = No account yet?
create-one = Create one
sign-in-with-your = Sign in with your school account
sign-in-with = Sign in with
or-with-your-password = or with your password
create-an-account = Create an account
this-node-does-not = This node does not accept new accounts at the moment. Ask the administrator of your school or network for an account.
already-have-an-account = Already have an account?
sign-in-3 = Sign in
with-an-account-you = With an account you share materials and case studies and make remixes. We only ask for what is needed.
you-will-get-a = You will get a mail with a link to confirm your e-mail address; after that you can sign in.
an-administrator-approves-new = An administrator approves new accounts. You can sign in once your account is approved.
n-3-to-32-characters = 3 to 32 characters: lower-case letters, digits, - and _. Used in the address of your profile.
only-for-the-administrator = Only for the administrator; not public.
for-example-ms-anna = For example Ms Anna or A. de Vries; shown with what you share. May be left empty.
at-least-10-characters-a = At least 10 characters. A sentence of a few words works well.
forgot-your-password-2 = Forgot your password
at-least-10-characters-afterwards = At least 10 characters. Afterwards you are signed out on every other device.
save-password = Save password
ask-for-a-new = Ask for a new link
enter-your-accounts-e = Enter your account's e-mail address. If it belongs to an account, we send a link to choose a new password.
send-a-link = Send a link
back-to-sign-in = Back to sign in

## frontend/src/pages/case_studies.rs

case-study-2 = case study
case-studies-2 = case studies
there-are-no-case = There are no case studies here yet.
breadcrumb = Breadcrumb
shared-by = Shared by
updated = updated
this-case-study-has = This case study has not been written out yet.
related-materials = Related materials
contact = Contact
want-to-know-more = Want to know more? The school is happy to tell you about it:
context = Context
sector = Sector
school-type = School type
size = Size
stage = Stage
erasmus-action = Erasmus+ action
themes = Themes
licence = Licence
unknown = unknown
version-2 = Version
updated-2 = Updated

## frontend/src/pages/case_study_form.rs

title = Title
summary = Summary
school-size = School size
the-challenge = The challenge
approach = Approach
results-and-evidence = Results and evidence
lessons-learned = Lessons learned
what-it-took-to = What it took to scale up
edit-case-study = Edit case study
tell-how-your-school = Tell how your school took on something new: the challenge, what you did and what came of it. Honest lessons help colleagues most.
in-short = In short
one-or-two-sentences = One or two sentences that tell the gist.
the-school = The school
choose-a-sector = Choose a sector
for-example-primary-school = For example: primary school, vocational college.
for-example-350-pupils = For example: 350 pupils.
the-story = The story
what-problem-or-opportunity = What problem or opportunity was there, and for whom?
what-did-you-do = What did you do, and in which steps?
what-came-of-it = What came of it? What shows that?
what-would-you-recommend = What would you recommend to another school — or advise against?
time-money-training-it = Time, money, training, IT: what did it take to roll it out more widely?
classify = Classify
optional-this-is-shown = Optional. This is shown publicly with the case study: only fill it in if you want to, for example a general e-mail address of the school.
a-language-code-such = A language code, such as nl or en.
publishing = Publishing
only-you-can-see = Only you can see a draft; everyone can see published work.
save-case-study = Save case study
save-changes = Save changes
cancel = Cancel
materials-that-belong-with = Materials that belong with this case study. Search by title or words, or paste the address of a material's page; tick what belongs.
find-a-material = Find a material
for-example-fractions-or = for example fractions, or https://…

## frontend/src/pages/collection_form.rs

introduction = Introduction
education-level = Education level
subject = Subject
new-collection = New collection
edit-collection = Edit collection
put-together-a-lesson = Put together a lesson series, theme week or everything for one goal from materials on this node and on nodes you follow.
what-are-you-putting = What are you putting together?
audience-and-subject = Audience and subject
the-language-of-the = The language of the introduction and notes, as a code: nl, en, de, fr …
for-your-introduction-notes = For your introduction, notes and the selection; every material keeps its own licence.
only-you-can-see-a = Only you can see a draft; everyone can see a published collection.
save-collection = Save collection
materials-in-order = Materials, in order
change-the-numbers-to = Change the numbers to reorder. Add a material by the address of its page (here or on a node you follow), or with ‘Add to a collection’ on that page.
position = Position
address-of-material = Address of material
https-address-of-a = https://… (address of a material)
remove = Remove
note-on = Note on
note-why-or-how = Note: why or how to use it (optional)

## frontend/src/pages/collections.rs

collection = collection
collections-2 = collections
lesson-series-theme-weeks = lesson series, theme weeks and everything for one goal, put together by colleagues.
there-are-no-collections = There are no collections here yet.
collection-2 = Collection
properties = Properties
material-2 = material
materials-2 = materials
from = From:{" "}
updated-3 = , updated{" "}
from-2 = From
put-together-by = Put together by
in-this-collection = In this collection
empty-so-far-add = Empty so far. Add materials from their page, or under Edit.
on = on
no-longer-available = No longer available
take-out-of-collection = Take out of collection
attribution = Attribution
made-from = Made from:
about-this-collection = About this collection
copied-from = Copied from
original = Original
owned-by-network = Owned by network
followers = Followers
follow-with-the-feed = Follow with the feed (Atom)
to-follow-from-another = To follow from another Deelwijs node, paste this address under Network → Follow:
owner = Owner
owned-by-a-network = Owned by a network
the-networks-moderators-can = The network's moderators can then edit it too.
none-only-me = None: only me
copy-to-my-collections = Copy to my collections
add-to-a-collection = Add to a collection
you-have-no-collection = You have no collection yet.
new-collection-with-this = New collection with this
note-optional = Note (optional)
add = Add
or-start-a-new = Or start a new collection with this

## frontend/src/pages/curricula.rs

core-objectives-and-attainment = Core objectives and attainment targets from the curriculum frameworks on this node. Pick a framework, open a goal and find the materials that fit it.
no-curriculum-frameworks-have = No curriculum frameworks have been loaded yet.
adding-a-curriculum-framework = Adding a curriculum framework
as-an-administrator-you = As an administrator you import an IMS CASE package (JSON), for example the SLO core objectives, with
file = FILE
on-the-server-or = on the server, or with
or-here = or here:
case-package-json = CASE package (JSON)
a-newer-release-of = A newer release of a framework updates its goals; aligned materials stay aligned.
import = Import
language-2 = Language:{" "}
learning-goal = learning goal
learning-goals-2 = learning goals
all-goals = All goals
level = Level
all-levels = All levels
this-framework-has-no = This framework has no goals (for this level).
open-a-part-with = Open a part with the arrow to see the goals below it. Choose a goal for the materials that go with it.
retired-goals = Retired goals
these-goals-were-replaced = These goals were replaced or are no longer in the framework. They stay so that old alignments keep working; each goal's page names what replaced it.
about-this-framework = About this framework
publisher = Publisher
goals = Goals
goals-below = goals below
uri = URI
retired = Retired
code = Code:{" "}
unfollow = Unfollow
follow-this-goal = Follow this goal
you-get-mail-about = You get mail about new work for this goal and the goals below it.
this-goal-has-been = This goal has been retired.
it-is-still-listed = It is still listed so that old alignments keep working.
see-the-goal-that = See the goal that replaced it.
replaced-by = Replaced by
goals-below-this-one = Goals below this one
replaces = Replaces
matches = Matches
goals-of-other-curricula = Goals of other curricula that match this one. Materials for them are listed below too.
materials-for-this-goal = Materials for this goal
search-this-goal = Search this goal
includes-materials-and-case = Includes materials and case studies aligned to the goals below it and to goals this one replaced.
no-materials-have-been = No materials have been aligned to this goal yet.
case-studies-for-this = Case studies for this goal
no-case-studies-have = No case studies have been aligned to this goal yet.
about-this-goal = About this goal
code-2 = Code
type-3 = Type
framework = Framework
part-of = Part of

## frontend/src/pages/error.rs

error-code = Error code
go-to-the-home = Go to the home page
browse-materials = Browse materials

## frontend/src/pages/forms.rs

required-3 = (required)
error = Error:{" "}
please-check-the-form = Please check the form
one-thing-needs-your = One thing needs your attention:
a-few-things-need = A few things need your attention:
you-can-use-markdown = You can use Markdown: ## heading, **bold**, *italic*, - list item, [link text](https://…).

## frontend/src/pages/goal_picker.rs

checked-goals-are-aligned = Checked goals are aligned when you save. Fill in the title, description and level and press ‘Suggest goals’, or search by code or word.
aligned = Aligned
suggested-from-your-text = Suggested from your text
found-for = Found for
find-a-goal = Find a goal
for-example-kerndoel-26 = for example kerndoel 26 or fractions
suggest-goals = Suggest goals
browse-the-goals = Browse the goals
no-goals-for-this = No goals for this level.
aligned-2 = aligned

## frontend/src/pages/groups.rs

innovation-networks = Innovation networks
anyone-can-join = Anyone can join
a-moderator-approves-requests = A moderator approves requests
a-network-shares-its = A network shares its members' case studies and materials with everyone who follows it, on other nodes too.
there-are-no-networks = There are no networks on this node yet.
new-network = New network
name-for-the-handle = Name (for the handle)
lower-case-letters-digits = Lower-case letters, digits and dashes, like digital-literacy.
what-is-the-network = What is the network about?
joining = Joining
start-the-network = Start the network
innovation-network = Innovation network
follow-this-network-from = Follow this network from any node with{" "}
membership = Membership
leave-the-network = Leave the network
join = Join
to-join = {" "}to join.
shared-in-this-network = Shared in this network
nothing-shared-yet = Nothing shared yet.
from-3 = from{" "}
remove-from-the-network = Remove from the network
members = Members
requests = Requests
no-open-requests = No open requests.
add-a-member = Add a member
username-or-handle = Username or handle
someone-on-this-node = Someone on this node (username) or elsewhere (@teacher@school.example.be).
no-members-yet = No members yet.
handle = Handle
approve = Approve
make-moderator = Make moderator
decline = Decline
remove-2 = Remove

## frontend/src/pages/history.rs

version-history = Version history
every-change-to = Every change to
is-kept-view-an = is kept. View an old version or restore it; restoring makes a new version and keeps the visibility as it is now.
there-are-no-versions = There are no versions yet.
date = Date
by = By
what-happened = What happened
visibility = Visibility
current = current
view = View
restore = Restore
back-to = Back to

## frontend/src/pages/home.rs

open-learning-materials-case = Open learning materials · case studies
teachers-share-lessons-worksheets = Teachers share lessons, worksheets and experience with educational innovation here — free to use, adapt and pass on.
browse-materials-2 = Browse materials
share-your-own-material = Share your own material
why-deelwijs = Why Deelwijs
open-licences = Open licences
everything-carries-a-creative = Everything carries a Creative Commons licence, with the attribution ready to copy.
remixing-welcome = Remixing welcome
adapt-a-lesson-for = Adapt a lesson for your own class; the source stays visible.
public-values = Public values
no-trackers-no-pupil = No trackers, no pupil data, run by schools themselves.
recent-materials = Recent materials
all-materials = All materials
no-materials-have-been-shared = No materials have been shared yet. Be the first!
recent-case-studies = Recent case studies
all-case-studies = All case studies
no-case-studies-have-been = No case studies have been shared yet.

## frontend/src/pages/material_form.rs

isced-level = ISCED level
type-of-material = Type of material
duration-in-minutes = Duration in minutes
keywords = Keywords
authors = Authors
links = Links
other-language = Other language
attachment = Attachment
edit-material = Edit material
share-a-lesson-worksheet = Share a lesson, worksheet or other material. Fields marked (required) must be filled in; the rest helps colleagues find your material.
what-are-you-sharing = What are you sharing?
one-or-two-sentences-what = One or two sentences: what is it about and who is it for?
choose-a-type = Choose a type
choose-one-or-more = Choose one or more levels.
optional-the-international-education = Optional. The international education level (ISCED), for partners abroad: 1 = primary, 2 = lower secondary, 3 = upper secondary and vocational.
optional-for-example-45 = Optional, for example 45.
another-language = Another language…
the-language-of-the-content = The language of the content.
only-with-another-language = Only with ‘Another language’: its code, such as pap (Papiamento) or tr (Turkish).
separated-by-commas-for = Separated by commas, for example: fractions, pizza, year 4.
separated-by-commas-leave = Separated by commas. Leave empty if you made it on your own.
licence-links-and-attachment = Licence, links and attachment
with-cc-by-anyone = With CC BY anyone may use and adapt your work, as long as they credit you.
optional-a-file-to = Optional: a file to include. You can add more later.
only-you-can-see-a-draft = Only you can see a draft; everyone can see published material.
save-material = Save material
for-example-an-explainer = For example an explainer video or a source. Leave a row empty if you do not need it.
title-of-link = Title of link
address-of-link = Address of link

## frontend/src/pages/materials.rs

there-are-no-materials = There are no materials here yet.
remix = Remix
remix-of = Remix of
this-material-has-no = This material has no description (yet).
remixes-of-this-material = Remixes of this material
remixed-on-1-other = Remixed on 1 other node.
remixed-on = Remixed on
other-nodes = other nodes.
about-this-material = About this material
the-source-names-no = The source names no licence we recognise. Ask the creator for permission before you reuse this material.
you-may-use-and = You may use and share this material under this licence. Credit the creator and the source.
minutes = minutes
duration = Duration
author = Author
attachments = Attachments
no-attachments-yet = No attachments yet.
add-an-attachment = Add an attachment
for-example-a-worksheet = For example a worksheet (PDF) or slides.
upload = Upload
checksum-sha-256 = Checksum (SHA-256)
reusing-this-material-copy = Reusing this material? Copy this attribution (title, author, source, licence).
source = Source

## frontend/src/pages/moderation.rs

reports-about-content-on = Reports about content on this node, from accounts here and from other nodes.
reports = Reports
there-are-no-open = There are no open reports.
open-reports = Open reports
about = About
comment = Comment
resolved = Resolved

## frontend/src/pages/network.rs

follow-schools-teachers-and = Follow schools, teachers and networks on other Deelwijs nodes (or other ActivityPub servers). What they share publicly arrives here.
follow = Follow
handle-or-address = Handle or address
for-example-materialen-deelwijs = For example @materialen@deelwijs.example.org (a node), @teacher@deelwijs.example.org or an https:// address.
your-handle = Your handle:{" "}
this-node = this node:{" "}
what-followed-sources-published = What followed sources published
what-you-follow = What you follow
you-do-not-follow = You do not follow anyone yet.
who-follows-you = Who follows you
nobody-follows-you-yet = Nobody follows you yet.
accounts-and-nodes = Accounts and nodes
unfollow-2 = Unfollow

## frontend/src/pages/parts.rs

licence-2 = Licence:{" "}
themes-and-language = Themes and language
kind-of-content = Kind of content
pagination = Pagination
previous = Previous
page = Page
next = Next
hidden = Hidden
publish = Publish
back-to-draft = Back to draft
edit = Edit
show-again = Show again
hide = Hide
delete-2 = Delete…
are-you-sure-this = Are you sure? This removes every version and cannot be undone.
yes-delete = Yes, delete
you-are-looking-at = You are looking at version
from-4 = from
by-2 = by
go-to-the-current = Go to the current version
restore-this-version = Restore this version
appreciation = Appreciation
like = like
likes = likes
withdraw-like = Withdraw like
like-2 = Like
report = Report…
what-is-wrong = What is wrong?
send-report = Send report
share-in-a-network = Share in a network
shared-in = Shared in:{" "}
join-a-network-or = Join a network (or follow one on another node) to share here.

## frontend/src/pages/privacy.rs

performance-of-the-agreement = Performance of the agreement with the user (GDPR art. 6(1)(b))
legitimate-interest-a-secure = Legitimate interest: a secure service (GDPR art. 6(1)(f))
account-username-name-others = Account: username, name others see, e-mail address, password (only as an argon2id hash), language, role, status, date created
signing-in-and-attributing = Signing in, and attributing what you share to you
as-long-as-the = As long as the account exists; delete it and it is gone
sessions-a-hash-of = Sessions: a hash of the session cookie, start and end
staying-signed-in-you = Staying signed in; you see and end them on your account page
n-30-days-or-until = 30 days, or until you sign out
api-tokens-a-hash = API tokens: a hash and the label you gave
programs-working-on-your = Programs working on your behalf
until-you-revoke-it = Until you revoke it, at most 365 days
what-you-publish-materials = What you publish: materials, case studies, collections, their versions and attachments, with your name
sharing-under-the-creative = Sharing under the Creative Commons licence you choose; public material also goes to nodes that follow this node
until-you-delete-it = Until you delete it; versions stay as history while it exists
contact-details-in-a = Contact details in a case study (if you fill them in)
so-colleagues-can-ask = So colleagues can ask you how it went
until-you-remove-them = Until you remove them; they never go to other nodes
likes-reports-you-make = Likes, reviews you write (public, on other nodes too), reports you make, what and whom you follow, network memberships
the-features-themselves-moderators = The features themselves; moderators see reports
until-you-undo-them = Until you undo them or delete your account
ip-address-of-whoever = IP address of whoever signs in, signs up or asks for mail (in memory only)
slowing-down-password-guessing = Slowing down password guessing and spam
not-stored-forgotten-after = Not stored; forgotten after a few minutes at most, or at a restart. The request log holds no IP addresses and no search queries.
mail-to-which-address = Mail: to which address, what kind, when it was sent, and any error; single-use links only as a hash
confirming-your-address-letting = Confirming your address, letting you choose a new password, and showing whether mail arrived
n-30-days-after-sending = 30 days after sending; links 1 hour (password) or 48 hours (address)
notifications-what-happened-to = Notifications: what happened to your work (remix, like, network), the goals you follow, your saved searches, your choice per kind and how often
keeping-you-informed-as = Keeping you informed, as you set it yourself
n-30-days-after-sending-switched = 30 days after sending; switched off with one click in every mail
which-personal-data-this = Which personal data this node keeps, why, for how long and who receives it. This page follows from the node's settings; a school can copy it into its processing register.
who-is-responsible = Who is responsible
is-run-by = is run by
the-administrator-of-this = The administrator of this node has not yet said who they are (--operator). Ask whoever gave you your account.
questions-about-privacy-or = Questions about privacy, or exercising your rights:
deelwijs-asks-for-no = Deelwijs asks for no more than it needs: a name, an e-mail address and a password. There is no pupil data, no trackers, no advertising and no requests to third parties from its pages.
what-we-keep = What we keep
processing-of-personal-data = Processing of personal data on this node
data = Data
purpose = Purpose
legal-basis = Legal basis
kept-for = Kept for
the-legal-basis-is = The legal basis is the one usual for a service like this; the school or network running the node records its own choice in its processing register.
who-receives-data = Who receives data
other-nodes-and-activitypub = Other nodes and ActivityPub servers following this node, you or a network receive what is public: your published work, your name and your public profile. Never drafts, hidden work, your e-mail address or case-study contact details.
processor-for-e-mail = Processor for e-mail: the mail server
which-receives-your-address = , which receives your address and the mail itself.
this-node-sends-no = This node sends no mail.
sign-in-service-a = Sign-in service (a processor when you sign in):
this-node-asks-only = . This node asks only for your name, your e-mail address and a fixed identifier (sub); it never sees your password there.
there-are-no-other = There are no other recipients: no analytics, no fonts or scripts from elsewhere.
where-it-is-kept = Where it is kept
in-one-sqlite-database = In one SQLite database file and a folder of attachments, on the server where the administrator runs this node.
in-a-postgresql-database = In a PostgreSQL database and a folder of attachments, on servers the administrator of this node chooses.
cookies = Cookies
functional-cookies-only-which = Functional cookies only, which never leave this node: your session (when you sign in), a form token against abuse (CSRF), the language you chose and the education level you last filtered on.
your-rights = Your rights
access-and-portability-download = Access and portability: download everything about you as one archive on your account page.
rectification-change-your-name = Rectification: change your name, address and password on your account page.
erasure-delete-your-account = Erasure: delete your account on your account page. You choose whether your published work goes or stays under a name you choose (the licence still applies). Other nodes are told your account is gone.
objection-or-a-complaint = Objection or a complaint: contact the operator above, or the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).
unsubscribe = Unsubscribe
no-more-mail-about = No more mail about:
you-are-unsubscribed-you = You are unsubscribed. You can turn this back on on your account page at any time.
go-to-your-notifications = Go to your notifications

## frontend/src/pages/profile.rs

no-published-materials-yet = No published materials yet.
no-published-case-studies = No published case studies yet.

## frontend/src/pages/remix.rs

title-of-your-remix = Title of your remix
make-a-remix = Make a remix
a-remix-is-your = A remix is your own adaptation of this material. It starts as a draft with a copy of the content, so you can adapt it before you publish it.
back-to-the-material = Back to the material
for-example-the-original = For example the original title with your class or school added.
only-licences-the-source = Only licences the source allows are listed.
create-remix = Create remix

## frontend/src/pages/search.rs

browse-by-learning-goal = Browse by learning goal
filters = Filters
active-2 = active
filter = Filter
result = result
results = results
for = for
sort-by = Sort by
save-this-search = Save this search
you-get-mail-when = You get mail when something new turns up.
filters-2 = Filters:
remove-filter = (remove filter)
clear-all = Clear all
selected-choose-again-to = selected; choose again to remove
licence-3 = , licence:{" "}
origin = , origin:{" "}
nothing-found = Nothing found
try-other-or-fewer = Try other or fewer words, or browse by learning goal.
remove-a-filter-or = Remove a filter or try other words.
search-without-filters = Search without filters

## server/src/http/pages/account.rs

new-work-by-this = New work by this person

## server/src/http/pages/admin.rs

addresses-in = addresses in
anyone-the-service-knows = anyone the service knows
new-accounts = new accounts
unreachable = unreachable
retrying = retrying
ok = ok
queued = Queued
sent-last-30-days = Sent (last 30 days)
given-up-after-repeated = Given up after repeated failures
refused-by-the-server = Refused by the server

## server/src/http/pages/auth.rs

confirm-your-e-mail = Confirm your e-mail address first, with the link in the mail we sent you. We have just sent you a new link (at most one an hour).
your-account-still-awaits = Your account still awaits approval by an administrator.
this-account-is-suspended = This account is suspended.
wrong-username-or-password = Wrong username or password.
this-node-does-not-accept = This node does not accept new accounts.
this-node-does-not-send = This node does not send mail. Ask an administrator to reset your password.
this-link-has-expired = This link has expired or was used already.
this-link-has-expired-or = This link has expired or was used already. Sign in: we send a new one if your address is not confirmed yet.

## server/src/http/pages/case_studies.rs

not-found = Not found
new-case-studies = New case studies

## server/src/http/pages/collections.rs

all-collections = All collections
my-collections = My collections
filter-and-sort = Filter and sort

## server/src/http/pages/convert.rs

dutch = Dutch
english = English
german = German
french = French
frisian = Frisian
spanish = Spanish
finnish = Finnish
polish = Polish
turkish = Turkish
arabic = Arabic
created-2 = Created
edited = Edited
restored = restored
remixed-from-version = Remixed from version
attachment-added = Attachment added
attachment-removed = Attachment removed
received-from = Received from
this-licence-noderivatives-does = This licence (NoDerivatives) does not allow remixes.
newest-first = Newest first

## server/src/http/pages/curricula.rs

described-by = Described by
choose-a-file-first = Choose a file first.
this-is-not-json = This is not JSON
new-work-for-this = New work for this goal
exact-match = exact match
translation = translation
related = related

## server/src/http/pages/feeds.rs

everything = everything
new-2 = new
new-materials-and-case = New materials and case studies
new-work-for-this-goal = new work for this goal
materials-and-case-studies = Materials and case studies

## server/src/http/pages/groups.rs

moderator = moderator
member = member
a-moderator-approves-requests-2 = A moderator approves requests.
anyone-can-join-2 = Anyone can join.
your-request-awaits-a = Your request awaits a moderator.
you-are-a-moderator = You are a moderator of this network.
you-are-a-member = You are a member of this network.
this-account-was-not = This account was not found. Use a username on this node or a handle like @teacher@school.example.be.

## server/src/http/pages/materials.rs

new-here = New here
new-materials = New materials
learning-materials = Learning materials
cc0-anything-goes-attribution = CC0: anything goes; attribution is a courtesy.
noderivatives-remixing-is-not = NoDerivatives: remixing is not allowed.
sharealike-your-remix-keeps = ShareAlike: your remix keeps the same licence, with attribution.
attribution-is-required-choose = Attribution is required; choose a licence that keeps the original's conditions.
this-licence-does-not = This licence does not allow remixes.

## server/src/http/pages/mod.rs

this-page-does-not = This page does not exist (any more), or you may not see it.
not-allowed = Not allowed
your-account-may-not = Your account may not do this.
remix-not-allowed = Remix not allowed
that-did-not-work = That did not work
too-large = Too large
the-limit-is = The limit is
please-wait = Please wait
too-many-attempts-try = Too many attempts. Try again in
seconds = seconds.
something-went-wrong = Something went wrong
something-went-wrong-on = Something went wrong on our side. It has been logged.
saved = Saved.
created-3 = Created.
deleted = Deleted.
thank-you-your-report = Thank you. Your report was sent to the moderators.
version-restored = Version restored.
remix-created-adapt-it = Remix created. Adapt it, then publish it.
added-to-the-collection = Added to the collection.
attachment-added-2 = Attachment added.
hidden-from-others = Hidden from others.
visible-again = Visible again.
published-anyone-can-find = Published: anyone can find it now.
back-to-draft-only = Back to draft: only you (and administrators) can see it.
welcome-you-are-signed = Welcome! You are signed in.
your-account-was-created = Your account was created and awaits approval by an administrator.
you-are-signed-out = You are signed out.
check-your-mail-we = Check your mail: we have sent a link to confirm the e-mail address.
your-e-mail-address-is = Your e-mail address is confirmed.
if-this-address-belongs = If this address belongs to an account, a mail with a link is now on its way. The link works for one hour.
your-new-password-is = Your new password is saved. Sign in with it.
your-password-was-changed = Your password was changed; other sessions were ended.
session-ended = Session ended.
search-saved-you-get = Search saved: you get mail when something new turns up.
you-are-unsubscribed-from = You are unsubscribed from these notifications.
linked-you-can-now = Linked: you can now sign in this way too.
unlinked-your-other-sessions = Unlinked; your other sessions were ended.
your-account-is-deleted = Your account is deleted. Thank you for what you shared.
the-failed-mail-is = The failed mail is back in the queue.

## server/src/http/pages/network.rs

following = following
awaiting-confirmation = awaiting confirmation
enter-a-handle-or = Enter a handle or address.
this-account-or-node = This account or node was not found or cannot be followed. Check the handle (like @materialen@deelwijs.example.org).
from-followed-sources = From followed sources
case-studies-from-followed = Case studies from followed sources

## server/src/http/pages/oidc.rs

sign-in-expired = Sign-in expired
this-sign-in-has = This sign-in has expired, was used already, or began in another browser. Please start again.
sign-in-cancelled = Sign-in cancelled
you-cancelled-signing-in = You cancelled signing in at your school. Nothing has changed.
sign-in-failed = Sign-in failed
your-schools-sign-in = Your school's sign-in service reported an error. Please try again.
no-answer-came-back = No answer came back.
sign-in-service-unreachable = Sign-in service unreachable
your-schools-sign-in-service = your school's sign-in service cannot be reached right now. Try again later, or sign in with your password if you have one.
the-sign-in-services = The sign-in service's answer did not check out, or was used already. Start again; if it keeps failing, tell the administrator.
awaiting-approval-2 = Awaiting approval
your-account-was-created-and = Your account was created and awaits approval by an administrator. You can sign in once it is approved.
no-access = No access
no-new-accounts = No new accounts
this-node-does-not-accept-new = This node does not accept new accounts. Ask the administrator of your school or network for an account.
accounts-of-your-school = Accounts of your school or organisation cannot sign in on this node.
you-already-have-an = You already have an account here
there-already-is-an = There already is an account here with this e-mail address. Sign in with its password and link your school account on your account page.
already-linked = Already linked
this-school-account-is = This school account is already linked to another account on this node.

## server/src/http/pages/search.rs

kind-2 = Kind
resource-type = Resource type
theme = Theme
origin-2 = Origin
this-node-2 = This node
goal = Goal
new-for-this-search = New for this search
search-materials-collections-and = Search materials, collections and case studies
search-materials = Search materials
search-case-studies = Search case studies
search-collections = Search collections
best-match = Best match
newest = Newest
search-2 = Search

## server/src/http/pages/unsubscribe.rs

all-notifications-by-mail = all notifications by mail

## Validation problems (frontend/src/i18n/mod.rs)

problem-required = This field is required.
problem-too-long = This is too long.
problem-too-short = This is too short (at least 10 characters).
problem-too-many = There are too many values.
problem-unknown-license = Unknown licence.
problem-unknown-language = Unknown language: use a code such as nl or en-GB.
problem-unknown-value = This value is not in the list.
problem-out-of-range = This number is out of range.
problem-invalid-url = Use a full address starting with http:// or https://.
problem-invalid-format = This has the wrong format.
problem-taken = This is already in use.
problem-wrong = This password is not right.
problem-unchanged = This is already your current value.
problem-invalid = This value is not valid.

## Dates

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-format = { $day } { $month } { $year }

## Attribution (server/src/domain/attribution.rs): TASL lines and the adaptation notice Creative Commons asks for

attribution-tasl = "{ $title }" by { $authors } ({ $source }), licensed under { $licence } ({ $licence_url })
attribution-adaptation = "{ $title }" by { $authors } is adapted from "{ $source_title }" by { $source_authors } ({ $source }), licensed under { $source_licence }. "{ $title }" is licensed under { $licence }.
attribution-and = and
attribution-unknown-author = unknown

## Mail with variables (frontend/src/mail.rs)

mail-greeting = Dear { $name },
mail-verify-subject = Confirm your e-mail address for { $node }
mail-reset-subject = A new password for { $node }
mail-exists-subject = You already have an account at { $node }
mail-changing-subject = Your e-mail address at { $node } is being changed
mail-changing-text = Someone asked to change your account's e-mail address to { $new_address }. It changes only once the link in the mail to that address is followed.
mail-linked-subject = A new way to sign in at { $node }
mail-linked-text = You can now also sign in with { $provider }: it was just linked to your account.
mail-weekly-subject = Your weekly digest from { $node }
mail-daily-subject = Your daily digest from { $node }

## Content languages offered in the material form (term-language-<BCP 47 tag>)

term-language-nl = Dutch
term-language-en = English
term-language-de = German
term-language-fr = French
term-language-fy = Frisian
term-language-nl-BE = Dutch (Belgium)

## Notification kinds (term-notification-<kind>)

term-notification-remixed = Your work was remixed (here or on another node)
term-notification-liked = Someone liked your work
term-notification-report_resolved = A report of yours was handled
term-notification-posted_to_network = Your work was posted to a network
term-notification-join_request = Someone asks to join a network you moderate
term-notification-followed_content = New work from whom or what you follow
term-notification-followed_goal = New work for a goal you follow
term-notification-saved_search = New work for a saved search

## Closed vocabularies (server/src/domain/vocab.rs): term-<vocabulary>-<id>

term-education-level-po = Primary education
term-education-level-so = Special primary education
term-education-level-vo = Secondary education
term-education-level-vso = Special secondary education
term-education-level-mbo = Vocational education (mbo)
term-education-level-ho = Higher education
term-education-level-volwassenen = Adult education
term-subject-nederlands = Dutch
term-subject-engels = English
term-subject-fries = Frisian
term-subject-moderne-vreemde-talen = Modern foreign languages
term-subject-rekenen-wiskunde = Mathematics
term-subject-aardrijkskunde = Geography
term-subject-geschiedenis = History
term-subject-biologie = Biology
term-subject-natuurkunde = Physics
term-subject-scheikunde = Chemistry
term-subject-techniek = Technology
term-subject-economie = Economics
term-subject-mens-en-maatschappij = People and society
term-subject-mens-en-natuur = People and nature
term-subject-burgerschap = Citizenship
term-subject-digitale-geletterdheid = Digital literacy
term-subject-kunst-en-cultuur = Arts and culture
term-subject-bewegingsonderwijs = Physical education
term-subject-loopbaanorientatie = Career guidance
term-subject-overstijgend = Cross-curricular
term-resource-type-lesson_plan = Lesson plan
term-resource-type-worksheet = Worksheet
term-resource-type-slides = Slides
term-resource-type-video = Video
term-resource-type-assessment = Assessment
term-resource-type-game = Game
term-resource-type-reading = Reading
term-resource-type-project = Project
term-resource-type-other = Other
term-status-draft = Draft
term-status-published = Published
term-status-unlisted = Unlisted
term-role-admin = Administrator
term-role-moderator = Moderator
term-role-editor = Editor
term-role-member = Member
term-account-status-active = Active
term-account-status-pending = Awaiting approval
term-account-status-suspended = Suspended
term-account-status-remote = On another node
term-account-status-former = Deleted (work kept)
term-account-status-deleted = Deleted
term-federation-mode-open = Open: with everyone
term-federation-mode-blocklist = Everyone except blocked instances
term-federation-mode-allowlist = Only with named partners
term-registration-mode-open = Open: anyone can sign up
term-registration-mode-approval = After approval by an administrator
term-registration-mode-closed = Closed: only administrators create accounts
term-theme-innovating_together = Innovating together
term-theme-digital_literacy = Digital literacy
term-theme-effective_learning_materials = Learning materials that work for the user
term-theme-safe_reliable_infrastructure = Safe and reliable infrastructure
term-theme-ethics = Ethics and public values
term-theme-vision = Vision
term-theme-expertise = Expertise
term-theme-content_and_applications = Content and applications
term-theme-infrastructure = Infrastructure
term-stage-idea = Idea
term-stage-pilot = Pilot
term-stage-scaling = Scaling up
term-stage-embedded = Embedded
term-erasmus-action-none = None
term-erasmus-action-ka1_mobility = KA1 – mobility
term-erasmus-action-ka2_partnership = KA2 – partnership
term-alignment-type-teaches = Teaches
term-alignment-type-assesses = Assesses
term-alignment-type-requires = Requires

## Curriculum levels (server/src/domain/curriculum.rs): reference levels, stages, and qualifiers of level codes

level-reference = Reference level { $level }
level-stage = Stage { $stage }
term-level-qualifier-ob = lower secondary years
term-level-qualifier-bb = upper secondary years
term-level-qualifier-am = pathway to work
term-level-qualifier-db = pathway to day care
term-level-qualifier-vo = pathway to further education
term-level-qualifier-nl-ml = learners with learning difficulties
term-level-qualifier-zml-mb = learners with severe and multiple disabilities
term-level-qualifier-zml-mg = learners with severe and multiple disabilities

## Pictures (frontend/src/pages/charts/): goal coverage, remix tree, activity

coverage-heading = Goal coverage
coverage-title = Coverage of { $framework }
coverage-description = { $goals } goals, { $empty } of them without any material. Counted: { $scope }.
coverage-legend = Materials per goal
coverage-count =
    { $count ->
        [one] 1 material
       *[other] { $count } materials
    }
coverage-all-materials = all materials here and on followed nodes
coverage-this-search = the materials this search finds
coverage-of-this-search = Coverage of these results in { $framework }
coverage-explained = Each square is a goal; its number and colour say how many materials are aligned to it. Dashed squares have none yet: that is where materials are missing.
chart-as-table = The numbers as a table
subject-area = Subject area
domain = Domain
remix-tree-heading = Remix tree
remix-tree-title = Remix tree of { $title }
remix-tree-description =
    { $ancestors ->
        [0] Made from no earlier work
        [one] Made from one earlier work
       *[other] Made from { $ancestors } earlier works
    }; { $descendants ->
        [0] no remix of it yet
        [one] one remix of it
       *[other] { $descendants } remixes of it
    }, on this node or another.
remix-tree-this = this material
remix-tree-unknown = unknown node
remix-tree-as-list = The tree as a list
activity-heading = Activity
activity-posts = Posts to this network per month
activity-description = { $what }: { $total } in the last { $months } months.
month = Month
number = Number

## Translations of a material (frontend/src/pages/materials.rs, remix.rs, material_form.rs)

translate = Translate
translations = Translations
translation-section = Translation
translation-of = Translation of
translation-of-hint = Optional. Is this a translation or an adaptation for another language or culture? Paste the address of the original, here or on a node this node follows. Emptying it removes the link.
translate-into = Translate into
translate-into-hint = Choose a language to make a translation: it is linked to the original and listed there among its translations. Leave empty for a remix in the same language.
translate-into-none = Do not translate (a remix in the same language)
adaptation-notes = Cultural adaptations
adaptation-notes-hint = Optional. What was adapted beyond the words: examples, amounts of money, holidays, the school system.
also-in-other-languages = Also in
group-translations = Show translations of the same material together
show-translations-apart = Show each translation apart

## Reviews (frontend/src/pages/reviews.rs)

reviews = Teachers' reviews
no-reviews-yet = No reviews yet.
review-rating-of-five = { $rating } of 5
review-summary =
    { $average } of 5 from { $count ->
        [one] 1 review
       *[other] { $count } reviews
    }; { $used ->
        [0] not yet used in class by anyone
        [one] used in class by 1 teacher
       *[other] used in class by { $used } teachers
    }.
your-review = your review
review-used-with = Used in class: { $level }
write-a-review = Review this material
edit-your-review = Edit your review
review-your-rating = Your rating
review-text = Comments
review-text-hint = Optional. What worked, what did not, and for whom? Visible to everyone, on other nodes too.
review-used-label = Used in class with
review-not-used = Not (yet) used in class
save-review = Save review
withdraw-your-review = Withdraw your review
rating-1 = 1 – does not work
rating-2 = 2 – poor
rating-3 = 3 – usable
rating-4 = 4 – good
rating-5 = 5 – excellent

## Help questions (hulpvragen) and matchmaking

questions = Help questions
question = Help question
questions-intro = Questions from schools and networks, here and on followed nodes: who has already solved this?
new-question = Ask for help
search-questions = Search help questions
no-questions-yet = There are no help questions yet.
answer-count = { $count ->
    [0] no answers yet
    [one] 1 answer
   *[other] { $count } answers
}
asked-by = Asked by
asked-on-node = asked on { $node }
question-situation = The situation
question-situation-hint = What is going on, what have you tried, and what are you looking for? Markdown is fine.
question-help-type = Kind of help
question-state = State
question-languages = Working languages
question-languages-hint = Language codes separated by commas, for example: nl, en, de
question-country = Country
question-country-hint = Two-letter country code (ISO 3166), for example NL or DE.
question-deadline = Deadline
language-hint = Language code of the text (BCP 47), for example nl or en-GB.
ask-question = Ask
edit-question = Change help question
delete-question = Delete help question
set-state = Set to: { $state }
answers = Answers
no-answers-yet = No answers yet. Do you know someone who can help? Share the link.
your-answer = Your answer
answer-hint = Tell what worked for you, or who can help. Markdown is fine.
send-answer = Send answer
withdraw-answer = Withdraw answer
helpful-answer = the helpful answer
mark-helpful = This helped
unmark-helpful = Not the helpful answer after all
question-matches = Who or what could help
matches-intro = Case studies, learning materials, networks and nodes that fit this question, here and among what followed nodes share, with the reason.
no-matches = Nothing that fits yet. That changes as more is shared.
matched-because = Fits because of:
match-theme = theme { $theme }
match-level = level { $level }
match-language = working language { $language }
match-words = words { $words }
match-holds = { $count ->
    [one] 1 matching item
   *[other] { $count } matching items
}
invite-name = Invite { $name }
invited-name = { $name } was invited
invited = Invited
node = Node
facet-rating = Rating
rating-at-least = { $stars ->
    [one] 1 star or more
   *[other] { $stars } stars or more
}
facet-reviews = Number of reviews
most-reviewed = Most reviewed
reviews-at-least = { $count ->
    [one] 1 review or more
   *[other] { $count } reviews or more
}
facet-used = Used in class
facet-used-yes = Used in class by a teacher
best-reviewed = Best reviewed
term-help-type-partner_ka1 = Partner school for Erasmus+ KA1 (mobility)
term-help-type-partner_ka2 = Partner school for Erasmus+ KA2 (cooperation)
term-help-type-experience = Experience with an approach
term-help-type-material = A learning material for a goal
term-help-type-visit = A study visit
term-question-state-open = Open
term-question-state-answered = Answered
term-question-state-closed = Closed
term-notification-answered = Your help question has a new answer
term-notification-invited = Someone invites you to answer a help question

## The node's quality mark

quality-mark = Quality mark
quality-mark-of = Quality mark of { $node }
quality-awarded-on = Awarded on { $date } against the
quality-criteria = Quality criteria
quality-criteria-hint = What a learning material or case study meets to get this node's quality mark. Markdown is fine.
quality-no-criteria = This node has not published quality criteria yet.
quality-marked = With the quality mark
quality-none-yet = Nothing carries the quality mark yet.
quality-search = Search everything with the quality mark
quality-note = Note
quality-award = Award the quality mark
quality-withdraw = Withdraw the quality mark
facet-quality-yes = With this node's quality mark
