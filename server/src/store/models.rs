//! Rows as diesel reads and writes them. Conversion to domain types lives next to the queries.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::*;

#[derive(Debug, Clone, Queryable, Selectable, Insertable, Identifiable)]
#[diesel(table_name = users)]
pub struct UserRow {
    pub id: String,
    pub username: String,
    pub email: String,
    pub display_name: String,
    pub bio: String,
    pub password_hash: String,
    pub role: String,
    pub status: String,
    pub created_at: NaiveDateTime,
    /// When the address was confirmed by following a link sent to it; `None`: not (yet).
    pub email_verified_at: Option<NaiveDateTime>,
    /// The language of mail to this person (`nl` or `en`).
    pub lang: String,
}

/// A single-use secret sent by mail (verification, password reset), stored as a hash.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = account_tokens)]
pub struct AccountTokenRow {
    pub token_hash: String,
    pub user_id: String,
    pub purpose: String,
    /// The address a verification confirms (a new one, when the address is being changed).
    pub email: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

/// An account's identity at an OpenID Connect provider.
#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = user_identities)]
pub struct IdentityRow {
    pub provider: String,
    pub subject: String,
    pub user_id: String,
    pub email: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: NaiveDateTime,
}

/// A sign-in at a provider under way.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = oidc_logins)]
pub struct OidcLoginRow {
    pub state_hash: String,
    pub browser_hash: String,
    pub provider: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub next_path: String,
    pub link_user_id: Option<String>,
    /// `sign_in`, `link` or `delete`.
    pub purpose: String,
    /// For `delete`: what becomes of the account's work (`delete`, or `keep:` and a name).
    pub payload: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

/// Something that happened for someone to hear about.
#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = notifications)]
pub struct NotificationRow {
    pub id: String,
    pub user_id: String,
    pub kind: String,
    pub subject_url: String,
    pub subject_title: String,
    pub detail: String,
    pub created_at: NaiveDateTime,
    pub mailed_at: Option<NaiveDateTime>,
}

/// A search someone asked to hear about.
#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = saved_searches)]
pub struct SavedSearchRow {
    pub id: String,
    pub user_id: String,
    pub label: String,
    pub query: String,
    pub seen: String,
    pub created_at: NaiveDateTime,
    pub checked_at: NaiveDateTime,
}

/// A mail waiting to be sent, or what became of it.
#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = mail_queue)]
pub struct MailRow {
    pub id: String,
    pub event_key: String,
    pub user_id: Option<String>,
    pub to_address: String,
    pub lang: String,
    pub kind: String,
    pub params: String,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = sessions)]
pub struct SessionRow {
    pub token_hash: String,
    pub user_id: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = api_tokens)]
pub struct ApiTokenRow {
    pub token_hash: String,
    pub user_id: String,
    pub label: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = materials, treat_none_as_null = true)]
pub struct MaterialRow {
    pub id: String,
    pub owner_id: String,
    pub title: String,
    pub summary: String,
    pub body_md: String,
    pub body_html: String,
    pub language: String,
    pub license: String,
    pub education_levels: String,
    pub isced_level: Option<i32>,
    pub subjects: String,
    pub resource_type: String,
    pub duration_minutes: Option<i32>,
    pub keywords: String,
    pub authors: String,
    pub links: String,
    pub status: String,
    pub hidden: bool,
    pub version: i32,
    pub derived_from_id: Option<String>,
    pub derived_from_version: Option<i32>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub deleted_at: Option<NaiveDateTime>,
    /// JSON list of `{uri, alignment_type}`; the `alignments` table is kept in step.
    pub goals: String,
    /// The ActivityPub id of remote content; `None` for content made here.
    pub ap_id: Option<String>,
    /// The host remote content came from; `None` for content made here.
    pub origin: Option<String>,
    /// The material this one translates or adapts (a row here: the original, or this node's
    /// copy of one from elsewhere).
    pub translation_of_id: Option<String>,
    pub adaptation_notes: String,
    /// On a copy of a material from another node: its origin's review summary (average,
    /// count, used in class).
    pub origin_rating: Option<f64>,
    pub origin_rating_count: i32,
    pub origin_used_in_class: i32,
}

#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = material_versions)]
pub struct MaterialVersionRow {
    pub material_id: String,
    pub version: i32,
    pub snapshot: String,
    pub editor_id: String,
    pub note: String,
    pub created_at: NaiveDateTime,
    /// The status the content had in this version; draft versions are private.
    pub status: String,
    /// The files this version had, as a JSON list of `VersionFile`; `None` for versions
    /// written before versions recorded their files.
    pub attachments: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = attachments)]
pub struct AttachmentRow {
    pub id: String,
    pub material_id: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = case_studies, treat_none_as_null = true)]
pub struct CaseStudyRow {
    pub id: String,
    pub owner_id: String,
    pub title: String,
    pub summary: String,
    pub sector: String,
    pub school_type: String,
    pub school_size: String,
    pub challenge: String,
    pub approach: String,
    pub results: String,
    pub lessons: String,
    pub scaling: String,
    pub themes: String,
    pub stage: String,
    pub erasmus_action: String,
    pub related_materials: String,
    pub contact: Option<String>,
    pub language: String,
    pub license: String,
    pub status: String,
    pub hidden: bool,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub deleted_at: Option<NaiveDateTime>,
    /// JSON list of `{uri, alignment_type}`; the `alignments` table is kept in step.
    pub goals: String,
    /// The ActivityPub id of remote content; `None` for content made here.
    pub ap_id: Option<String>,
    /// The host remote content came from; `None` for content made here.
    pub origin: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = case_study_versions)]
pub struct CaseStudyVersionRow {
    pub case_study_id: String,
    pub version: i32,
    pub snapshot: String,
    pub editor_id: String,
    pub note: String,
    pub created_at: NaiveDateTime,
    /// The status the content had in this version; draft versions are private.
    pub status: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = frameworks)]
pub struct FrameworkRow {
    pub id: String,
    pub identifier: String,
    pub uri: String,
    pub title: String,
    pub creator: String,
    pub publisher: String,
    pub description: String,
    pub language: String,
    pub version: String,
    pub adoption_status: String,
    pub last_change: String,
    pub imported_at: NaiveDateTime,
    /// The node whose content first described this framework's goals; `None` when imported here.
    pub origin: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = goals)]
pub struct GoalRow {
    pub id: String,
    pub framework_id: String,
    pub identifier: String,
    pub uri: String,
    pub human_coding_scheme: String,
    pub full_statement: String,
    pub abbreviated_statement: String,
    pub item_type: String,
    pub education_levels: String,
    pub language: String,
    pub position: i32,
    pub retired: bool,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = actors, treat_none_as_null = true)]
pub struct ActorRow {
    pub id: String,
    pub ap_id: String,
    pub kind: String,
    pub local: bool,
    pub user_id: Option<String>,
    pub host: String,
    pub username: String,
    pub name: String,
    pub summary: String,
    pub inbox: String,
    pub shared_inbox: Option<String>,
    pub outbox: Option<String>,
    pub followers: Option<String>,
    pub public_key_pem: String,
    pub private_key_pem: Option<String>,
    pub fetched_at: NaiveDateTime,
}

impl ActorRow {
    /// How a notification names an actor from another server: "Name (host)", or the handle.
    pub fn label(&self) -> String {
        if self.name.is_empty() {
            format!("{}@{}", self.username, self.host)
        } else {
            format!("{} ({})", self.name, self.host)
        }
    }
}

#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = follows)]
pub struct FollowRow {
    pub follower_id: String,
    pub target_id: String,
    pub state: String,
    pub activity_id: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = outbox)]
pub struct OutboxRow {
    pub id: i64,
    pub activity_id: String,
    pub actor_ap_id: String,
    pub body: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = deliveries)]
pub struct DeliveryRow {
    pub id: i64,
    pub outbox_id: i64,
    pub host: String,
    pub inbox: String,
    pub created_at: NaiveDateTime,
    /// Set when the peer refused the delivery with a 4xx: kept until an admin retries it.
    pub refused_status: Option<i32>,
    pub refused_answer: Option<String>,
    pub refused_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = instances, primary_key(host), treat_none_as_null = true)]
pub struct InstanceRow {
    pub host: String,
    pub failures: i32,
    pub next_attempt_at: Option<NaiveDateTime>,
    pub failing_since: Option<NaiveDateTime>,
    pub unreachable: bool,
    pub last_success_at: Option<NaiveDateTime>,
    pub last_error: String,
    /// `rfc9421` or `cavage`: the signature scheme the instance last accepted; empty if unknown.
    pub signature_scheme: String,
}

impl InstanceRow {
    /// An instance we know nothing about yet.
    pub fn new(host: &str) -> InstanceRow {
        InstanceRow {
            host: host.to_owned(),
            failures: 0,
            next_attempt_at: None,
            failing_since: None,
            unreachable: false,
            last_success_at: None,
            last_error: String::new(),
            signature_scheme: String::new(),
        }
    }

    /// The same instance with its failures forgotten (it answered, or spoke to us).
    pub fn recovered(self) -> InstanceRow {
        InstanceRow { failures: 0, next_attempt_at: None, failing_since: None, unreachable: false, last_error: String::new(), ..self }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = remote_remixes)]
pub struct RemoteRemixRow {
    pub material_id: String,
    pub url: String,
    pub node: String,
    pub title: String,
    pub created_at: NaiveDateTime,
    /// The remix says it is a translation (`translationOfWork`), into `language`.
    pub translation: bool,
    pub language: String,
}

/// A teacher's review of a material (written here, or received from another node).
#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = reviews)]
pub struct ReviewRow {
    pub id: String,
    pub material_id: String,
    pub actor_id: String,
    pub rating: i32,
    pub body: String,
    pub used_level: Option<String>,
    /// The review's ActivityPub id (a `Note`): ours, or the remote one.
    pub ap_id: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = likes)]
pub struct LikeRow {
    pub activity_id: String,
    pub kind: String,
    pub content_id: String,
    pub actor_id: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = reports)]
pub struct ReportRow {
    pub id: String,
    pub activity_id: String,
    pub reporter_actor_id: String,
    pub kind: Option<String>,
    pub content_id: Option<String>,
    pub object_url: String,
    pub comment: String,
    /// `open` or `resolved`.
    pub state: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = networks)]
pub struct NetworkRow {
    pub id: String,
    pub name: String,
    pub actor_id: String,
    pub title: String,
    pub summary: String,
    /// `open` or `approval`.
    pub join_mode: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = network_members)]
pub struct NetworkMemberRow {
    pub network_id: String,
    pub actor_id: String,
    /// `moderator` or `member`.
    pub role: String,
    /// `member` or `requested`.
    pub state: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = network_posts)]
pub struct NetworkPostRow {
    pub network_url: String,
    pub kind: String,
    pub content_id: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = collections, treat_none_as_null = true)]
pub struct CollectionRow {
    pub id: String,
    pub owner_id: String,
    pub title: String,
    pub introduction_md: String,
    pub introduction_html: String,
    pub language: String,
    pub license: String,
    pub education_levels: String,
    pub subjects: String,
    pub goals: String,
    pub status: String,
    pub hidden: bool,
    pub version: i32,
    pub derived_from_id: Option<String>,
    pub derived_from_version: Option<i32>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub deleted_at: Option<NaiveDateTime>,
    pub ap_id: Option<String>,
    pub origin: Option<String>,
    /// The network here that owns it: its moderators may edit it too.
    pub network_id: Option<String>,
}

/// One entry of a collection: the material's id URL, its row here if held, what it was called
/// when last seen, and the collection's note on it.
#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = collection_items)]
pub struct CollectionItemRow {
    pub collection_id: String,
    pub position: i32,
    pub item_url: String,
    pub material_id: Option<String>,
    pub title: String,
    pub origin: Option<String>,
    pub note: String,
}

#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = collection_versions)]
pub struct CollectionVersionRow {
    pub collection_id: String,
    pub version: i32,
    /// The version's `CollectionInput` as JSON, its items by URL.
    pub snapshot: String,
    pub editor_id: String,
    pub note: String,
    pub created_at: NaiveDateTime,
    pub status: String,
}

/// A follow of one collection: a remote actor following one here, or an account here following
/// one elsewhere.
#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = collection_follows)]
pub struct CollectionFollowRow {
    pub collection_id: String,
    pub actor_id: String,
    pub activity_id: String,
    pub state: String,
    pub created_at: NaiveDateTime,
}

/// A help question (written here, or a copy of one from another node).
#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = questions, treat_none_as_null = true)]
pub struct QuestionRow {
    pub id: String,
    pub owner_id: String,
    pub title: String,
    pub situation: String,
    pub situation_html: String,
    pub help_type: String,
    /// JSON array of theme ids.
    pub themes: String,
    pub education_level: String,
    /// JSON array of BCP 47 tags.
    pub languages: String,
    pub country: String,
    pub deadline: Option<String>,
    pub state: String,
    pub helpful_answer: Option<String>,
    pub language: String,
    pub hidden: bool,
    pub origin: Option<String>,
    pub ap_id: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub deleted_at: Option<NaiveDateTime>,
}

/// An answer to a help question.
#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = question_answers, treat_none_as_null = true)]
pub struct AnswerRow {
    pub id: String,
    pub question_id: String,
    /// Its ActivityPub id (a `Note`): ours, or the remote one.
    pub ap_id: String,
    /// Who wrote it, when known here as an actor; empty for answers a question's origin listed.
    pub actor_id: Option<String>,
    pub author_name: String,
    pub author_url: String,
    pub node: String,
    pub body_html: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// Someone the asker invited to answer.
#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = question_invitations)]
pub struct InvitationRow {
    pub question_id: String,
    pub invitee: String,
    pub invitee_name: String,
    pub created_at: NaiveDateTime,
}

/// A node's quality mark on a piece of content.
#[derive(Debug, Clone, serde::Serialize, Queryable, Selectable, Insertable)]
#[diesel(table_name = quality_marks)]
pub struct QualityMarkRow {
    pub object_kind: String,
    pub object_id: String,
    pub awarded_by: String,
    pub note: String,
    pub awarded_at: NaiveDateTime,
}
