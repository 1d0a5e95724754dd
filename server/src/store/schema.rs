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
        email_verified_at -> Nullable<Timestamp>,
        lang -> Text,
    }
}

diesel::table! {
    account_tokens (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        purpose -> Text,
        email -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    user_identities (provider, subject) {
        provider -> Text,
        subject -> Text,
        user_id -> Text,
        email -> Text,
        created_at -> Timestamp,
        last_used_at -> Timestamp,
    }
}

diesel::table! {
    oidc_logins (state_hash) {
        state_hash -> Text,
        browser_hash -> Text,
        provider -> Text,
        nonce -> Text,
        pkce_verifier -> Text,
        next_path -> Text,
        link_user_id -> Nullable<Text>,
        purpose -> Text,
        payload -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    notifications (id) {
        id -> Text,
        user_id -> Text,
        kind -> Text,
        subject_url -> Text,
        subject_title -> Text,
        detail -> Text,
        created_at -> Timestamp,
        mailed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// OAI-PMH records: local content that is or was public, in order of change.
    oai_records (kind, content_id) {
        kind -> Text,
        content_id -> Text,
        seq -> BigInt,
        datestamp -> Timestamp,
        deleted -> Bool,
    }
}

diesel::table! {
    /// The OAI-PMH sets each record is in, at the record's `seq`.
    oai_set_members (spec, seq) {
        spec -> Text,
        seq -> BigInt,
        kind -> Text,
        content_id -> Text,
    }
}

diesel::table! {
    saved_searches (id) {
        id -> Text,
        user_id -> Text,
        label -> Text,
        query -> Text,
        seen -> Text,
        created_at -> Timestamp,
        checked_at -> Timestamp,
    }
}

diesel::table! {
    goal_follows (user_id, goal_id) {
        user_id -> Text,
        goal_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    notification_settings (user_id, kind) {
        user_id -> Text,
        kind -> Text,
        frequency -> Text,
    }
}

diesel::table! {
    mail_queue (id) {
        id -> Text,
        event_key -> Text,
        user_id -> Nullable<Text>,
        to_address -> Text,
        lang -> Text,
        kind -> Text,
        params -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
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
        goals -> Text,
        ap_id -> Nullable<Text>,
        origin -> Nullable<Text>,
        translation_of_id -> Nullable<Text>,
        adaptation_notes -> Text,
        origin_rating -> Nullable<Double>,
        origin_rating_count -> Integer,
        origin_used_in_class -> Integer,
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
        status -> Text,
        attachments -> Nullable<Text>,
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
        goals -> Text,
        ap_id -> Nullable<Text>,
        origin -> Nullable<Text>,
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
        status -> Text,
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

diesel::table! {
    frameworks (id) {
        id -> Text,
        identifier -> Text,
        uri -> Text,
        title -> Text,
        creator -> Text,
        publisher -> Text,
        description -> Text,
        language -> Text,
        version -> Text,
        adoption_status -> Text,
        last_change -> Text,
        imported_at -> Timestamp,
        origin -> Nullable<Text>,
    }
}

diesel::table! {
    goals (id) {
        id -> Text,
        framework_id -> Text,
        identifier -> Text,
        uri -> Text,
        human_coding_scheme -> Text,
        full_statement -> Text,
        abbreviated_statement -> Text,
        item_type -> Text,
        education_levels -> Text,
        language -> Text,
        position -> Integer,
        retired -> Bool,
    }
}

diesel::table! {
    /// Imported CASE records as they came: CFDocument, CFItem, CFAssociation, CFDefinitions.
    case_sources (framework_id, kind, identifier) {
        framework_id -> Text,
        kind -> Text,
        identifier -> Text,
        position -> Integer,
        body -> Text,
    }
}

diesel::table! {
    goal_parents (goal_id, parent_id) {
        goal_id -> Text,
        parent_id -> Text,
        position -> Integer,
    }
}

diesel::table! {
    goal_replacements (goal_id, replaced_by_id) {
        goal_id -> Text,
        replaced_by_id -> Text,
    }
}

diesel::table! {
    goal_matches (goal_id, matched_id) {
        goal_id -> Text,
        matched_id -> Text,
        kind -> Text,
        source -> Text,
    }
}

diesel::table! {
    alignments (content_kind, content_id, goal_id) {
        content_kind -> Text,
        content_id -> Text,
        goal_id -> Text,
        alignment_type -> Text,
    }
}

diesel::table! {
    actors (id) {
        id -> Text,
        ap_id -> Text,
        kind -> Text,
        local -> Bool,
        user_id -> Nullable<Text>,
        host -> Text,
        username -> Text,
        name -> Text,
        summary -> Text,
        inbox -> Text,
        shared_inbox -> Nullable<Text>,
        outbox -> Nullable<Text>,
        followers -> Nullable<Text>,
        public_key_pem -> Text,
        private_key_pem -> Nullable<Text>,
        fetched_at -> Timestamp,
    }
}

diesel::table! {
    follows (follower_id, target_id) {
        follower_id -> Text,
        target_id -> Text,
        state -> Text,
        activity_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        activity_id -> Text,
        actor_ap_id -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    deliveries (id) {
        id -> BigInt,
        outbox_id -> BigInt,
        host -> Text,
        inbox -> Text,
        created_at -> Timestamp,
        refused_status -> Nullable<Integer>,
        refused_answer -> Nullable<Text>,
        refused_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    instances (host) {
        host -> Text,
        failures -> Integer,
        next_attempt_at -> Nullable<Timestamp>,
        failing_since -> Nullable<Timestamp>,
        unreachable -> Bool,
        last_success_at -> Nullable<Timestamp>,
        last_error -> Text,
        signature_scheme -> Text,
    }
}

diesel::table! {
    inbox_seen (activity_id) {
        activity_id -> Text,
        received_at -> Timestamp,
    }
}

diesel::table! {
    federated_objects (object_kind, object_id) {
        object_kind -> Text,
        object_id -> Text,
        state -> Text,
    }
}

diesel::table! {
    reviews (id) {
        id -> Text,
        material_id -> Text,
        actor_id -> Text,
        rating -> Integer,
        body -> Text,
        used_level -> Nullable<Text>,
        ap_id -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    remote_remixes (material_id, url) {
        material_id -> Text,
        url -> Text,
        node -> Text,
        title -> Text,
        created_at -> Timestamp,
        translation -> Bool,
        language -> Text,
    }
}

diesel::table! {
    likes (activity_id) {
        activity_id -> Text,
        kind -> Text,
        content_id -> Text,
        actor_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    reports (id) {
        id -> Text,
        activity_id -> Text,
        reporter_actor_id -> Text,
        kind -> Nullable<Text>,
        content_id -> Nullable<Text>,
        object_url -> Text,
        comment -> Text,
        state -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    networks (id) {
        id -> Text,
        name -> Text,
        actor_id -> Text,
        title -> Text,
        summary -> Text,
        join_mode -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    network_members (network_id, actor_id) {
        network_id -> Text,
        actor_id -> Text,
        role -> Text,
        state -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    network_posts (network_url, kind, content_id) {
        network_url -> Text,
        kind -> Text,
        content_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    collections (id) {
        id -> Text,
        owner_id -> Text,
        title -> Text,
        introduction_md -> Text,
        introduction_html -> Text,
        language -> Text,
        license -> Text,
        education_levels -> Text,
        subjects -> Text,
        goals -> Text,
        status -> Text,
        hidden -> Bool,
        version -> Integer,
        derived_from_id -> Nullable<Text>,
        derived_from_version -> Nullable<Integer>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        deleted_at -> Nullable<Timestamp>,
        ap_id -> Nullable<Text>,
        origin -> Nullable<Text>,
        network_id -> Nullable<Text>,
    }
}

diesel::table! {
    collection_items (collection_id, item_url) {
        collection_id -> Text,
        position -> Integer,
        item_url -> Text,
        material_id -> Nullable<Text>,
        title -> Text,
        origin -> Nullable<Text>,
        note -> Text,
    }
}

diesel::table! {
    collection_versions (collection_id, version) {
        collection_id -> Text,
        version -> Integer,
        snapshot -> Text,
        editor_id -> Text,
        note -> Text,
        created_at -> Timestamp,
        status -> Text,
    }
}

diesel::table! {
    collection_follows (collection_id, actor_id) {
        collection_id -> Text,
        actor_id -> Text,
        activity_id -> Text,
        state -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    questions (id) {
        id -> Text,
        owner_id -> Text,
        title -> Text,
        situation -> Text,
        situation_html -> Text,
        help_type -> Text,
        themes -> Text,
        education_level -> Text,
        languages -> Text,
        country -> Text,
        deadline -> Nullable<Text>,
        state -> Text,
        helpful_answer -> Nullable<Text>,
        language -> Text,
        hidden -> Bool,
        origin -> Nullable<Text>,
        ap_id -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        deleted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    question_answers (id) {
        id -> Text,
        question_id -> Text,
        ap_id -> Text,
        actor_id -> Nullable<Text>,
        author_name -> Text,
        author_url -> Text,
        node -> Text,
        body_html -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    quality_marks (object_kind, object_id) {
        object_kind -> Text,
        object_id -> Text,
        awarded_by -> Text,
        note -> Text,
        awarded_at -> Timestamp,
    }
}

diesel::table! {
    question_invitations (question_id, invitee) {
        question_id -> Text,
        invitee -> Text,
        invitee_name -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(goals -> frameworks (framework_id));
diesel::joinable!(case_sources -> frameworks (framework_id));
diesel::joinable!(alignments -> goals (goal_id));
diesel::joinable!(materials -> users (owner_id));
diesel::joinable!(case_studies -> users (owner_id));
diesel::joinable!(attachments -> materials (material_id));
diesel::joinable!(collections -> users (owner_id));
diesel::joinable!(collection_items -> collections (collection_id));
diesel::joinable!(collection_follows -> actors (actor_id));
diesel::joinable!(collection_follows -> collections (collection_id));
diesel::joinable!(reviews -> actors (actor_id));
diesel::joinable!(questions -> users (owner_id));
diesel::joinable!(question_answers -> questions (question_id));

diesel::allow_tables_to_appear_in_same_query!(
    node_settings,
    users,
    account_tokens,
    user_identities,
    oidc_logins,
    notifications,
    notification_settings,
    goal_follows,
    saved_searches,
    oai_records,
    oai_set_members,
    mail_queue,
    sessions,
    api_tokens,
    materials,
    material_versions,
    attachments,
    case_studies,
    case_study_versions,
    index_queue,
    frameworks,
    goals,
    goal_parents,
    case_sources,
    goal_replacements,
    goal_matches,
    alignments,
    actors,
    follows,
    outbox,
    deliveries,
    instances,
    inbox_seen,
    federated_objects,
    remote_remixes,
    reviews,
    likes,
    reports,
    networks,
    network_members,
    network_posts,
    collections,
    collection_items,
    collection_versions,
    collection_follows,
    questions,
    question_answers,
    question_invitations,
    quality_marks,
);

diesel::joinable!(deliveries -> outbox (outbox_id));
diesel::joinable!(likes -> actors (actor_id));
diesel::joinable!(reports -> actors (reporter_actor_id));
diesel::joinable!(networks -> actors (actor_id));
diesel::joinable!(network_members -> networks (network_id));
diesel::joinable!(network_members -> actors (actor_id));

diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(account_tokens -> users (user_id));
diesel::joinable!(user_identities -> users (user_id));
diesel::joinable!(api_tokens -> users (user_id));
