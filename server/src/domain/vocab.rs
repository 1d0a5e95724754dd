//! Controlled vocabularies (education levels, subjects, resource types, roles, …) with Dutch and English labels.

/// Defines a closed vocabulary: an enum, its wire ids, and its labels in Dutch and English.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal, $nl:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn parse(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }

            /// The label in the given UI language (`nl` or anything else → English).
            pub fn label(self, lang: &str) -> &'static str {
                match (self, lang == "nl") { $(($name::$variant, true) => $nl, ($name::$variant, false) => $en,)+ }
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
    EducationLevel {
        Po = "po", "Primair onderwijs", "Primary education";
        So = "so", "Speciaal onderwijs", "Special primary education";
        Vo = "vo", "Voortgezet onderwijs", "Secondary education";
        Vso = "vso", "Voortgezet speciaal onderwijs", "Special secondary education";
        Mbo = "mbo", "Mbo", "Vocational education (mbo)";
        Ho = "ho", "Hoger onderwijs", "Higher education";
        Volwassenen = "volwassenen", "Volwassenenonderwijs", "Adult education";
    }
}

vocabulary! {
    /// Subjects, after the SLO vakleergebieden.
    Subject {
        Nederlands = "nederlands", "Nederlands", "Dutch";
        Engels = "engels", "Engels", "English";
        Fries = "fries", "Fries", "Frisian";
        ModerneVreemdeTalen = "moderne-vreemde-talen", "Moderne vreemde talen", "Modern foreign languages";
        RekenenWiskunde = "rekenen-wiskunde", "Rekenen en wiskunde", "Mathematics";
        Aardrijkskunde = "aardrijkskunde", "Aardrijkskunde", "Geography";
        Geschiedenis = "geschiedenis", "Geschiedenis", "History";
        Biologie = "biologie", "Biologie", "Biology";
        Natuurkunde = "natuurkunde", "Natuurkunde", "Physics";
        Scheikunde = "scheikunde", "Scheikunde", "Chemistry";
        Techniek = "techniek", "Techniek", "Technology";
        Economie = "economie", "Economie", "Economics";
        MensEnMaatschappij = "mens-en-maatschappij", "Mens en maatschappij", "People and society";
        MensEnNatuur = "mens-en-natuur", "Mens en natuur", "People and nature";
        Burgerschap = "burgerschap", "Burgerschap", "Citizenship";
        DigitaleGeletterdheid = "digitale-geletterdheid", "Digitale geletterdheid", "Digital literacy";
        KunstEnCultuur = "kunst-en-cultuur", "Kunst en cultuur", "Arts and culture";
        Bewegingsonderwijs = "bewegingsonderwijs", "Bewegingsonderwijs", "Physical education";
        Loopbaanorientatie = "loopbaanorientatie", "Loopbaanoriëntatie", "Career guidance";
        Overstijgend = "overstijgend", "Vakoverstijgend", "Cross-curricular";
    }
}

vocabulary! {
    /// LRMI-style learning resource types.
    ResourceType {
        LessonPlan = "lesson_plan", "Lesplan", "Lesson plan";
        Worksheet = "worksheet", "Werkblad", "Worksheet";
        Slides = "slides", "Presentatie", "Slides";
        Video = "video", "Video", "Video";
        Assessment = "assessment", "Toets", "Assessment";
        Game = "game", "Spel", "Game";
        Reading = "reading", "Leestekst", "Reading";
        Project = "project", "Project", "Project";
        Other = "other", "Anders", "Other";
    }
}

vocabulary! {
    /// Who can see a material or case study.
    Status {
        Draft = "draft", "Concept", "Draft";
        Published = "published", "Gepubliceerd", "Published";
        Unlisted = "unlisted", "Niet vermeld", "Unlisted";
    }
}

vocabulary! {
    /// Account roles, from most to least powerful (see `authz`).
    Role {
        Admin = "admin", "Beheerder", "Administrator";
        Moderator = "moderator", "Moderator", "Moderator";
        Editor = "editor", "Redacteur", "Editor";
        Member = "member", "Lid", "Member";
    }
}

vocabulary! {
    /// Whether an account may sign in.
    AccountStatus {
        Active = "active", "Actief", "Active";
        Pending = "pending", "Wacht op goedkeuring", "Awaiting approval";
        Suspended = "suspended", "Geschorst", "Suspended";
        Remote = "remote", "Op een ander knooppunt", "On another node";
        // Former: deleted by its owner, who kept their published work under a name they chose;
        // the row holds that name and nothing else about them. Deleted: deleted with everything
        // they made; the row only keeps the username from being taken again (410 Gone).
        Former = "former", "Verwijderd (werk blijft)", "Deleted (work kept)";
        Deleted = "deleted", "Verwijderd", "Deleted";
    }
}

vocabulary! {
    /// Which other instances a node federates with.
    FederationMode {
        Open = "open", "Open: met iedereen", "Open: with everyone";
        Blocklist = "blocklist", "Iedereen behalve geblokkeerde knooppunten", "Everyone except blocked instances";
        Allowlist = "allowlist", "Alleen met genoemde partners", "Only with named partners";
    }
}

vocabulary! {
    /// How new accounts come about, set by an administrator.
    RegistrationMode {
        Open = "open", "Open: iedereen kan een account maken", "Open: anyone can sign up";
        Approval = "approval", "Na goedkeuring door een beheerder", "After approval by an administrator";
        Closed = "closed", "Gesloten: alleen beheerders maken accounts", "Closed: only administrators create accounts";
    }
}

vocabulary! {
    /// Themes of a case study: the five speerpunten of the Dutch digitalisation agenda and
    /// the four Vier-in-balans conditions.
    Theme {
        InnovatingTogether = "innovating_together", "Samen innoveren", "Innovating together";
        DigitalLiteracy = "digital_literacy", "Digitale geletterdheid", "Digital literacy";
        EffectiveLearningMaterials = "effective_learning_materials", "Leermiddelen die werken", "Learning materials that work for the user";
        SafeReliableInfrastructure = "safe_reliable_infrastructure", "Veilige en betrouwbare infrastructuur", "Safe and reliable infrastructure";
        Ethics = "ethics", "Ethiek en publieke waarden", "Ethics and public values";
        Vision = "vision", "Visie", "Vision";
        Expertise = "expertise", "Deskundigheid", "Expertise";
        ContentAndApplications = "content_and_applications", "Inhoud en toepassingen", "Content and applications";
        Infrastructure = "infrastructure", "Infrastructuur", "Infrastructure";
    }
}

vocabulary! {
    /// How far an innovation has come.
    Stage {
        Idea = "idea", "Idee", "Idea";
        Pilot = "pilot", "Pilot", "Pilot";
        Scaling = "scaling", "Opschalen", "Scaling up";
        Embedded = "embedded", "Ingebed", "Embedded";
    }
}

vocabulary! {
    /// The Erasmus+ key action a case study ran under, if any.
    ErasmusAction {
        None = "none", "Geen", "None";
        Ka1Mobility = "ka1_mobility", "KA1 – mobiliteit", "KA1 – mobility";
        Ka2Partnership = "ka2_partnership", "KA2 – partnerschap", "KA2 – partnership";
    }
}

vocabulary! {
    /// How content relates to a curriculum goal (LRMI `alignmentType`).
    AlignmentType {
        Teaches = "teaches", "Leert", "Teaches";
        Assesses = "assesses", "Toetst", "Assesses";
        Requires = "requires", "Vereist", "Requires";
    }
}
