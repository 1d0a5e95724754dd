//! Controlled vocabularies (education levels, subjects, resource types, roles, …): their wire ids.
//! Their labels, in every UI language, are in the Fluent files as `term-<vocabulary>-<id>`.

use deelwijs_frontend::i18n::Lang;

/// Defines a closed vocabulary: an enum, its wire ids, and the name of the vocabulary its labels
/// are filed under.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident $kind:literal { $($variant:ident = $id:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The vocabulary's name among the UI texts (`term-<KIND>-<id>`).
            pub const KIND: &'static str = $kind;

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn parse(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }

            /// The label in the UI language with this code (one we do not speak → English).
            pub fn label(self, lang: &str) -> &'static str {
                Lang::parse(lang).unwrap_or(Lang::En).term($kind, self.as_str())
            }

            /// The label in every UI language, for search to match any of them.
            pub fn labels(self) -> impl Iterator<Item = &'static str> {
                Lang::ALL.into_iter().map(move |lang| lang.term($kind, self.as_str()))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        // The OpenAPI schema: a string, one of the ids (labels: `GET /api/v1/vocabularies`).
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some($name::ALL.iter().map(|term| term.as_str())))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// Dutch education sectors, plus adult education.
    EducationLevel "education-level" {
        Po = "po";
        So = "so";
        Vo = "vo";
        Vso = "vso";
        Mbo = "mbo";
        Ho = "ho";
        Volwassenen = "volwassenen";
    }
}

vocabulary! {
    /// Subjects, after the SLO vakleergebieden.
    Subject "subject" {
        Nederlands = "nederlands";
        Engels = "engels";
        Fries = "fries";
        ModerneVreemdeTalen = "moderne-vreemde-talen";
        RekenenWiskunde = "rekenen-wiskunde";
        Aardrijkskunde = "aardrijkskunde";
        Geschiedenis = "geschiedenis";
        Biologie = "biologie";
        Natuurkunde = "natuurkunde";
        Scheikunde = "scheikunde";
        Techniek = "techniek";
        Economie = "economie";
        MensEnMaatschappij = "mens-en-maatschappij";
        MensEnNatuur = "mens-en-natuur";
        Burgerschap = "burgerschap";
        DigitaleGeletterdheid = "digitale-geletterdheid";
        KunstEnCultuur = "kunst-en-cultuur";
        Bewegingsonderwijs = "bewegingsonderwijs";
        Loopbaanorientatie = "loopbaanorientatie";
        Overstijgend = "overstijgend";
    }
}

vocabulary! {
    /// LRMI-style learning resource types.
    ResourceType "resource-type" {
        LessonPlan = "lesson_plan";
        Worksheet = "worksheet";
        Slides = "slides";
        Video = "video";
        Assessment = "assessment";
        Game = "game";
        Reading = "reading";
        Project = "project";
        Other = "other";
    }
}

vocabulary! {
    /// Who can see a material or case study.
    Status "status" {
        Draft = "draft";
        Published = "published";
        Unlisted = "unlisted";
    }
}

vocabulary! {
    /// Account roles, from most to least powerful (see `authz`).
    Role "role" {
        Admin = "admin";
        Moderator = "moderator";
        Editor = "editor";
        Member = "member";
    }
}

vocabulary! {
    /// Whether an account may sign in.
    AccountStatus "account-status" {
        Active = "active";
        Pending = "pending";
        Suspended = "suspended";
        Remote = "remote";
        // Former: deleted by its owner, who kept their published work under a name they chose;
        // the row holds that name and nothing else about them. Deleted: deleted with everything
        // they made; the row only keeps the username from being taken again (410 Gone).
        Former = "former";
        Deleted = "deleted";
    }
}

vocabulary! {
    /// Which other instances a node federates with.
    FederationMode "federation-mode" {
        Open = "open";
        Blocklist = "blocklist";
        Allowlist = "allowlist";
    }
}

vocabulary! {
    /// How new accounts come about, set by an administrator.
    RegistrationMode "registration-mode" {
        Open = "open";
        Approval = "approval";
        Closed = "closed";
    }
}

vocabulary! {
    /// Themes of a case study: the five speerpunten of the Dutch digitalisation agenda and
    /// the four Vier-in-balans conditions.
    Theme "theme" {
        InnovatingTogether = "innovating_together";
        DigitalLiteracy = "digital_literacy";
        EffectiveLearningMaterials = "effective_learning_materials";
        SafeReliableInfrastructure = "safe_reliable_infrastructure";
        Ethics = "ethics";
        Vision = "vision";
        Expertise = "expertise";
        ContentAndApplications = "content_and_applications";
        Infrastructure = "infrastructure";
    }
}

vocabulary! {
    /// How far an innovation has come.
    Stage "stage" {
        Idea = "idea";
        Pilot = "pilot";
        Scaling = "scaling";
        Embedded = "embedded";
    }
}

vocabulary! {
    /// The Erasmus+ key action a case study ran under, if any.
    ErasmusAction "erasmus-action" {
        None = "none";
        Ka1Mobility = "ka1_mobility";
        Ka2Partnership = "ka2_partnership";
    }
}

vocabulary! {
    /// How content relates to a curriculum goal (LRMI `alignmentType`).
    AlignmentType "alignment-type" {
        Teaches = "teaches";
        Assesses = "assesses";
        Requires = "requires";
    }
}

vocabulary! {
    /// What kind of help a help question (hulpvraag) asks for.
    HelpType "help-type" {
        PartnerKa1 = "partner_ka1";
        PartnerKa2 = "partner_ka2";
        Experience = "experience";
        Material = "material";
        Visit = "visit";
    }
}

vocabulary! {
    /// Where a help question stands.
    QuestionState "question-state" {
        Open = "open";
        Answered = "answered";
        Closed = "closed";
    }
}
