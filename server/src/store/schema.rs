//! Diesel table definitions for the one logical schema in `migrations/{sqlite,postgres}`.

diesel::table! {
    node_settings (key) {
        key -> Text,
        value -> Text,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        username -> Text,
        email -> Text,
        display_name -> Text,
        bio -> Text,
        password_hash -> Text,
        role -> Text,
        status -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    api_tokens (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        label -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    materials (id) {
        id -> Text,
        owner_id -> Text,
        title -> Text,
        summary -> Text,
        body_md -> Text,
        body_html -> Text,
        language -> Text,
        license -> Text,
        education_levels -> Text,
        isced_level -> Nullable<Integer>,
        subjects -> Text,
        resource_type -> Text,
        duration_minutes -> Nullable<Integer>,
        keywords -> Text,
        authors -> Text,
        links -> Text,
        status -> Text,
        hidden -> Bool,
        version -> Integer,
        derived_from_id -> Nullable<Text>,
        derived_from_version -> Nullable<Integer>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        deleted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    material_versions (material_id, version) {
        material_id -> Text,
        version -> Integer,
        snapshot -> Text,
        editor_id -> Text,
        note -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    attachments (id) {
        id -> Text,
        material_id -> Text,
        file_name -> Text,
        content_type -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    case_studies (id) {
        id -> Text,
        owner_id -> Text,
        title -> Text,
        summary -> Text,
        sector -> Text,
        school_type -> Text,
        school_size -> Text,
        challenge -> Text,
        approach -> Text,
        results -> Text,
        lessons -> Text,
        scaling -> Text,
        themes -> Text,
        stage -> Text,
        erasmus_action -> Text,
        related_materials -> Text,
        contact -> Nullable<Text>,
        language -> Text,
        license -> Text,
        status -> Text,
        hidden -> Bool,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        deleted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    case_study_versions (case_study_id, version) {
        case_study_id -> Text,
        version -> Integer,
        snapshot -> Text,
        editor_id -> Text,
        note -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    index_queue (id) {
        id -> BigInt,
        object_kind -> Text,
        object_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(materials -> users (owner_id));
diesel::joinable!(case_studies -> users (owner_id));
diesel::joinable!(attachments -> materials (material_id));

diesel::allow_tables_to_appear_in_same_query!(
    node_settings,
    users,
    sessions,
    api_tokens,
    materials,
    material_versions,
    attachments,
    case_studies,
    case_study_versions,
    index_queue,
);

diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(api_tokens -> users (user_id));
