//! The JSON-LD `@context` of everything we publish: ActivityStreams, security keys, and the
//! schema.org (LRMI) terms that carry the learning metadata.

use serde_json::{json, Value};

pub const PUBLIC: &str = "https://www.w3.org/ns/activitystreams#Public";
/// `Accept` header values that ask for ActivityPub JSON instead of a page.
pub const ACTIVITY_JSON: &str = "application/activity+json";
pub const LD_JSON: &str = "application/ld+json";

pub fn context() -> Value {
    json!([
        "https://www.w3.org/ns/activitystreams",
        "https://w3id.org/security/v1",
        {
            "schema": "https://schema.org/",
            "dw": "https://w3id.org/deelwijs/ns#",
            "Hashtag": "as:Hashtag",
            "manuallyApprovesFollowers": "as:manuallyApprovesFollowers",
            "license": { "@id": "schema:license", "@type": "@id" },
            "inLanguage": "schema:inLanguage",
            "educationalLevel": "schema:educationalLevel",
            "learningResourceType": "schema:learningResourceType",
            "educationalAlignment": "schema:educationalAlignment",
            "AlignmentObject": "schema:AlignmentObject",
            "alignmentType": "schema:alignmentType",
            "targetUrl": { "@id": "schema:targetUrl", "@type": "@id" },
            "targetName": "schema:targetName",
            "targetDescription": "schema:targetDescription",
            "educationalFramework": "schema:educationalFramework",
            "educationalFrameworkUrl": { "@id": "dw:educationalFrameworkUrl", "@type": "@id" },
            "codeValue": "schema:codeValue",
            "teaches": { "@id": "schema:teaches", "@type": "@id" },
            "assesses": { "@id": "schema:assesses", "@type": "@id" },
            "isBasedOn": { "@id": "schema:isBasedOn", "@type": "@id" },
            "translationOfWork": { "@id": "schema:translationOfWork", "@type": "@id" },
            "reviewRating": "schema:reviewRating",
            "Rating": "schema:Rating",
            "ratingValue": "schema:ratingValue",
            "bestRating": "schema:bestRating",
            "worstRating": "schema:worstRating",
            "aggregateRating": "schema:aggregateRating",
            "AggregateRating": "schema:AggregateRating",
            "ratingCount": "schema:ratingCount",
            "usedWithLevel": "dw:usedWithLevel",
            "usedInClassCount": "dw:usedInClassCount",
            "keywords": "schema:keywords",
            "contentKind": "dw:contentKind",
            "deelwijs": { "@id": "dw:record", "@type": "@json" }
        }
    ])
}

/// Adds the context to a top-level document.
pub fn with_context(mut value: Value) -> Value {
    if let Value::Object(map) = &mut value {
        map.insert("@context".to_owned(), context());
    }
    value
}

/// Does this `Accept` header ask for ActivityPub JSON?
pub fn wants_activity_json(accept: &str) -> bool {
    accept.split(',').any(|part| {
        let part = part.trim().to_ascii_lowercase();
        part.starts_with(ACTIVITY_JSON) || (part.starts_with(LD_JSON) && part.contains("https://www.w3.org/ns/activitystreams"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_headers() {
        assert!(wants_activity_json("application/activity+json"));
        assert!(wants_activity_json(r#"application/ld+json; profile="https://www.w3.org/ns/activitystreams""#));
        assert!(wants_activity_json("text/html;q=0.9, application/activity+json"));
        assert!(!wants_activity_json("text/html,application/xhtml+xml"));
        assert!(!wants_activity_json("application/ld+json"));
    }
}
