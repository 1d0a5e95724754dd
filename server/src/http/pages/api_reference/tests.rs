//! Tests of the reference page's view model: type text, grouping, security, and any JSON without a panic.

use deelwijs_frontend::views::TypePart;
use proptest::prelude::*;
use serde_json::{json, Value};

use super::*;

/// A document in the shape utoipa 5 writes: tags, path parameters, bearer security, refs.
fn document() -> Value {
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Deelwijs API", "version": "1.2.0", "description": "De JSON-API van een node."},
        "tags": [
            {"name": "materials", "description": "Leermiddelen"},
            {"name": "unused", "description": "Geen bewerkingen"},
            {"name": "node"}
        ],
        "paths": {
            "/api/v1/materials": {
                "get": {
                    "tags": ["materials"],
                    "summary": "Leermiddelen",
                    "parameters": [
                        {"name": "page", "in": "query", "required": false, "schema": {"type": ["integer", "null"], "format": "int32"}, "description": "Pagina"},
                        {"$ref": "#/components/parameters/Lang"}
                    ],
                    "responses": {
                        "200": {"description": "Een pagina", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Material"}}}}}
                    },
                    "security": [{}, {"bearer": []}]
                },
                "post": {
                    "tags": ["materials", "node"],
                    "summary": "Nieuw leermiddel",
                    "requestBody": {
                        "description": "Het leermiddel",
                        "required": true,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MaterialInput"}}}
                    },
                    "responses": {
                        "201": {"description": "Gemaakt", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Material"}}}},
                        "422": {"$ref": "#/components/responses/Invalid"}
                    },
                    "security": [{"bearer": []}],
                    "deprecated": true
                }
            },
            "/api/v1/materials/{id}": {
                "parameters": [
                    {"name": "id", "in": "path", "schema": {"type": "string", "format": "uuid"}, "description": "gedeeld"},
                    {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}
                ],
                "get": {
                    "tags": ["materials"],
                    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "De id"}],
                    "responses": {"200": {"description": "Het leermiddel"}}
                }
            },
            "/api/v1/node": {"get": {"tags": ["node"], "responses": {}}},
            "/api/v1/health": {"get": {"summary": "Zonder tag"}, "post": "geen operatie"}
        },
        "components": {
            "parameters": {"Lang": {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["nl", "en"]}}},
            "responses": {"Invalid": {"description": "Velden kloppen niet", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
            "schemas": {
                "Material": {
                    "type": "object",
                    "description": "Een leermiddel",
                    "required": ["id", "title"],
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "title": {"type": "string", "description": "De titel"},
                        "status": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Status"}]},
                        "levels": {"type": "array", "items": {"type": "string", "enum": ["po", "vo"]}},
                        "counts": {"type": "object", "additionalProperties": {"type": "integer"}, "propertyNames": {"type": "string"}},
                        "summary": {"type": ["string", "null"], "description": "Kort"}
                    }
                },
                "MaterialInput": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Material"},
                        {"type": "object", "required": ["license"], "properties": {"license": {"type": "string"}}}
                    ]
                },
                "Status": {"type": "string", "enum": ["draft", "published"], "description": "Waar het staat"},
                "Problem": {"type": "object", "properties": {"errors": {"type": "array", "items": {"$ref": "#/components/schemas/FieldProblem"}}}}
            }
        }
    })
}

fn check(schema: Value, expected: &str) {
    assert_eq!(type_text(&schema).plain(), expected, "{schema}");
}

#[test]
fn type_text_renders_schemas_as_short_text() {
    check(json!({"type": "string"}), "string");
    check(json!({"type": "string", "format": "date-time"}), "string (date-time)");
    check(json!({"type": ["integer", "null"], "format": "int64"}), "integer | null");
    check(json!({"type": ["null", "boolean"]}), "boolean | null");
    check(json!({"type": "array", "items": {"$ref": "#/components/schemas/Material"}}), "array of Material");
    check(json!({"type": ["array", "null"], "items": {"type": "integer"}}), "array of integer | null");
    check(json!({"type": "array", "items": {"type": ["string", "null"]}}), "array of (string | null)");
    check(json!({"type": "array"}), "array");
    check(json!({"type": "object", "additionalProperties": {"type": "integer"}}), "object of string → integer");
    check(
        json!({"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Goal"}, "propertyNames": {"type": "string"}}),
        "object of string → Goal",
    );
    check(json!({"type": "object", "additionalProperties": true}), "object");
    check(json!({"type": "object", "properties": {"a": {"type": "string"}}}), "object");
    check(json!({"properties": {"a": {}}}), "object");
    check(json!({"$ref": "#/components/schemas/Material"}), "Material");
    check(json!({"$ref": "#/components/schemas/a~1b~0c"}), "a/b~c");
    check(json!({"$ref": "https://example.org/schemas/Other"}), "Other");
    check(json!({"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Status"}]}), "Status | null");
    check(json!({"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "string"}]}), "string | integer");
    check(json!({"allOf": [{"$ref": "#/components/schemas/Material"}]}), "Material");
    check(json!({"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object"}]}), "Base & object");
    check(json!({"$ref": "#/components/schemas/Material", "nullable": true}), "Material | null");
    check(json!({"enum": ["a", "b"]}), "string");
    check(json!({"enum": [1, null]}), "integer | null");
    check(json!({"const": 2.5}), "number");
    check(json!({}), "any");
    check(json!(true), "any");
    check(json!(false), "");
    check(json!(42), "");
    check(json!({"type": 7}), "");
    check(json!({"oneOf": "x"}), "any");
}

#[test]
fn type_text_keeps_schema_names_apart_for_links() {
    let text = type_text(&json!({"type": "object", "additionalProperties": {"type": "array", "items": {"$ref": "#/components/schemas/Goal"}}}));
    assert_eq!(text.parts, vec![TypePart::Text("object of string → array of ".into()), TypePart::Schema("Goal".into())], "text parts merge, names stay apart");
    let deep = (0..50).fold(json!({"type": "string"}), |inner, _| json!({"type": "array", "items": inner}));
    assert!(type_text(&deep).plain().ends_with("array of …"), "deep nesting ends in an ellipsis");
}

#[test]
fn operations_are_grouped_by_tag_in_the_declared_order() {
    let page = reference_page(&document());
    assert_eq!((page.title.as_str(), page.version.as_str()), ("Deelwijs API", "1.2.0"));
    assert_eq!(page.description, "De JSON-API van een node.");
    let groups: Vec<(&str, Vec<String>)> =
        page.groups.iter().map(|group| (group.name.as_str(), group.operations.iter().map(|op| format!("{} {}", op.method, op.path)).collect())).collect();
    assert_eq!(
        groups,
        vec![
            ("materials", vec!["GET /api/v1/materials".to_owned(), "POST /api/v1/materials".to_owned(), "GET /api/v1/materials/{id}".to_owned()]),
            ("node", vec!["GET /api/v1/node".to_owned()]),
            ("", vec!["GET /api/v1/health".to_owned()]),
        ],
        "a declared tag without operations is left out; an operation is listed under its first tag only"
    );
    assert_eq!(page.groups[0].description, "Leermiddelen");
    assert_eq!(page.groups[2].operations[0].summary, "Zonder tag");
}

#[test]
fn security_says_whether_a_token_is_needed() {
    let page = reference_page(&document());
    let materials = &page.groups[0].operations;
    assert_eq!(materials[0].auth, ApiAuth::Optional);
    assert_eq!(materials[1].auth, ApiAuth::Required);
    assert_eq!(materials[2].auth, ApiAuth::None);
    let auth_of = |document: Value| auth(&document, document.pointer("/paths/~1a/get").unwrap_or(&Value::Null));
    assert_eq!(auth_of(json!({"security": [{"bearer": []}], "paths": {"/a": {"get": {}}}})), ApiAuth::Required, "the document's default applies");
    assert_eq!(auth_of(json!({"security": [{"bearer": []}], "paths": {"/a": {"get": {"security": []}}}})), ApiAuth::None, "an operation may lift it");
    assert_eq!(auth_of(json!({"paths": {"/a": {"get": {"security": [{}]}}}})), ApiAuth::None);
    assert_eq!(auth_of(json!({"paths": {"/a": {"get": {"security": [{"bearer": []}, {}]}}}})), ApiAuth::Optional);
    assert_eq!(auth_of(json!({"paths": {"/a": {"get": {"security": {"bearer": []}}}}})), ApiAuth::None, "not an array: read as none");
}

#[test]
fn parameters_bodies_and_responses_are_read() {
    let page = reference_page(&document());
    let list = &page.groups[0].operations[0];
    let parameters: Vec<(&str, &str, bool, String)> =
        list.parameters.iter().map(|p| (p.name.as_str(), p.location.as_str(), p.required, p.type_text.plain())).collect();
    assert_eq!(parameters, vec![("page", "query", false, "integer | null".to_owned()), ("lang", "query", false, "string".to_owned())]);
    assert_eq!(list.parameters[0].description, "Pagina");
    assert_eq!(list.parameters[1].enum_values, ["nl", "en"], "a parameter by reference, with its values");
    assert_eq!(list.responses.len(), 1);
    assert_eq!((list.responses[0].status.as_str(), list.responses[0].content[0].content_type.as_str()), ("200", "application/json"));
    assert_eq!(list.responses[0].content[0].type_text.plain(), "array of Material");

    let create = &page.groups[0].operations[1];
    assert!(create.deprecated);
    let body = create.request_body.as_ref().unwrap();
    assert!(body.required);
    assert_eq!(body.description, "Het leermiddel");
    assert_eq!(body.content[0].type_text, TypeText::schema("MaterialInput"));
    let invalid = &create.responses[1];
    assert_eq!((invalid.status.as_str(), invalid.description.as_str()), ("422", "Velden kloppen niet"), "a response by reference");
    assert_eq!(invalid.content[0].content_type, "application/problem+json");

    let one = &page.groups[0].operations[2];
    let parameters: Vec<(&str, &str, bool, &str)> =
        one.parameters.iter().map(|p| (p.name.as_str(), p.location.as_str(), p.required, p.description.as_str())).collect();
    assert_eq!(parameters, vec![("X-Trace", "header", false, ""), ("id", "path", true, "De id")], "the operation's own `id` replaces the shared one");
    assert!(one.request_body.is_none() && one.responses[0].content.is_empty());
    let shared_id = reference_page(&json!({"paths": {"/a/{id}": {"parameters": [{"name": "id", "in": "path"}], "get": {}}}}));
    assert!(shared_id.groups[0].operations[0].parameters[0].required, "a path parameter is always required");
}

#[test]
fn schemas_list_properties_with_required_nullable_and_enums() {
    let page = reference_page(&document());
    // Sorted: map order is the document's only while serde_json preserves it.
    let mut names: Vec<&str> = page.schemas.iter().map(|schema| schema.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["Material", "MaterialInput", "Problem", "Status"]);
    let schema = |name: &str| page.schemas.iter().find(|schema| schema.name == name).unwrap();
    let material = schema("Material");
    assert_eq!((material.description.as_str(), material.type_text.plain()), ("Een leermiddel", "object".to_owned()));
    let mut properties: Vec<(&str, String, bool, bool)> =
        material.properties.iter().map(|p| (p.name.as_str(), p.type_text.plain(), p.required, p.nullable)).collect();
    properties.sort_unstable();
    assert_eq!(
        properties,
        vec![
            ("counts", "object of string → integer".to_owned(), false, false),
            ("id", "string (uuid)".to_owned(), true, false),
            ("levels", "array of string".to_owned(), false, false),
            ("status", "Status | null".to_owned(), false, true),
            ("summary", "string | null".to_owned(), false, true),
            ("title", "string".to_owned(), true, false),
        ]
    );
    let property = |name: &str| material.properties.iter().find(|p| p.name == name).unwrap();
    assert_eq!(property("title").description, "De titel");
    assert_eq!(property("levels").enum_values, ["po", "vo"], "the values of an array's items");
    let input = schema("MaterialInput");
    assert_eq!(input.type_text.plain(), "Material & object");
    assert_eq!(input.properties.len(), 1);
    assert!(input.properties[0].name == "license" && input.properties[0].required, "inline parts of an allOf bring their properties");
    let status = schema("Status");
    assert_eq!((status.type_text.plain(), status.enum_values.clone()), ("string".to_owned(), vec!["draft".to_owned(), "published".to_owned()]));
    assert!(status.properties.is_empty());
    assert_eq!(schema("Problem").properties[0].type_text.plain(), "array of FieldProblem", "a dangling reference still names its schema");
}

#[test]
fn malformed_documents_degrade_to_empty_text() {
    let cyclic = json!({"paths": {"/a": {"$ref": "#/paths/~1a"}}, "components": {"parameters": {"P": {"$ref": "#/components/parameters/P"}}}});
    let documents = [
        json!(null),
        json!(42),
        json!("openapi"),
        json!([]),
        json!({"info": 1, "paths": 1, "tags": "x", "components": []}),
        json!({"info": {"title": 1, "version": null}, "paths": {"/a": 1, "/b": {"get": 5, "put": []}}}),
        json!({"paths": {"/a": {"parameters": 3, "get": {"tags": [1, {}], "parameters": ["x", {"$ref": 7}, {"$ref": "#/nowhere"}], "requestBody": [], "responses": [1], "security": "x", "summary": 3}}}}),
        json!({"paths": {"/a": {"get": {"requestBody": {"content": {"a/b": 1, "c/d": {"schema": 5}}}, "responses": {"200": 1, "404": {"content": []}}}}}}),
        json!({"components": {"schemas": {"A": 1, "B": {"properties": 3, "required": "x", "allOf": 2}, "C": {"properties": {"x": null}, "required": [1]}}}}),
        json!({"paths": {"/a": {"get": {"parameters": [{"$ref": "#/components/parameters/P"}]}}}, "components": {"parameters": {"P": {"$ref": "#"}}}}),
        cyclic,
    ];
    for document in &documents {
        let page = reference_page(document);
        assert!(page.schemas.iter().all(|schema| !schema.name.is_empty()), "{document}");
    }
    let page = reference_page(&documents[6]);
    let operation = &page.groups[0].operations[0];
    assert_eq!((page.groups[0].name.as_str(), operation.summary.as_str(), operation.auth), ("", "", ApiAuth::None));
    assert!(operation.parameters.is_empty() && operation.request_body.is_none() && operation.responses.is_empty());
    assert!(reference_page(&documents[10]).groups.is_empty(), "a cycle of references is given up on");
}

/// Any JSON value, a few levels deep, made mostly of the words an OpenAPI document uses, so
/// the generated values reach past the first `get`.
fn openapi_like() -> impl Strategy<Value = Value> {
    const KEYS: &str = "paths components schemas parameters responses get post $ref type items oneOf allOf anyOf properties required \
        additionalProperties propertyNames enum const security tags content schema requestBody in name nullable format info /a application/json";
    const WORDS: &[&str] = &["string", "null", "array", "object", "integer", "#/components/schemas/A", "#/paths/~1a", "#", "path", "bearer"];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(|n| json!(n)),
        prop::sample::select(WORDS).prop_map(|word| json!(word)),
        ".{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS.split_whitespace().collect::<Vec<_>>()), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().map(|(key, value)| (key.to_owned(), value)).collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_json_gives_a_page_without_panicking(document in openapi_like()) {
        let _page = reference_page(&document);
        let _text = type_text(&document);
    }
}
