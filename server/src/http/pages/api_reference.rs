//! `/api/v1/docs`: the JSON API's OpenAPI 3.1 description turned into the reference page's view
//! model — a pure function of the JSON that never fails: whatever is missing or of the wrong
//! type becomes empty text, so a slip in the description costs a line of the page, not the page.

use deelwijs_frontend::views::{
    ApiAuth, ApiBody, ApiContent, ApiGroup, ApiOperation, ApiParameter, ApiProperty, ApiReferencePage, ApiResponse, ApiSchema, TypeText,
};
use serde_json::Value;

/// The operations of a path item, in the order the page lists them.
const METHODS: [&str; 8] = ["get", "put", "post", "patch", "delete", "head", "options", "trace"];

/// How deep a schema is followed for its type text, enum values and properties. Real schemas
/// nest three or four levels; the limit keeps a hostile or cyclic document from exhausting the stack.
const MAX_DEPTH: usize = 8;

/// How many `$ref`s in a row are followed before giving up (a cycle of references ends here).
const MAX_REFS: usize = 8;

/// The reference page for the OpenAPI `document`.
pub(crate) fn reference_page(document: &Value) -> ApiReferencePage {
    let info = document.get("info").unwrap_or(&Value::Null);
    let mut operations: Vec<(String, ApiOperation)> = Vec::new();
    for (path, item) in entries(document.get("paths")) {
        let item = resolve(document, item);
        let shared_parameters = array(item.get("parameters"));
        for method in METHODS {
            if let Some(operation) = item.get(method).filter(|operation| operation.is_object()) {
                let tag = array(operation.get("tags")).iter().find_map(Value::as_str).unwrap_or_default().to_owned();
                operations.push((tag, operation_view(document, method, path, shared_parameters, operation)));
            }
        }
    }
    ApiReferencePage {
        title: text(info, "title"),
        version: text(info, "version"),
        description: text(info, "description"),
        groups: groups(document, operations),
        schemas: entries(document.get("components").and_then(|components| components.get("schemas"))).map(|(name, schema)| schema_view(name, schema)).collect(),
    }
}

/// The groups in the order of the document's `tags`, then tags it does not list in the order they
/// first appear, then the operations without a tag. Operations with several tags are listed under
/// their first only, so each has one section and one anchor.
fn groups(document: &Value, operations: Vec<(String, ApiOperation)>) -> Vec<ApiGroup> {
    let declared = array(document.get("tags"));
    let mut names: Vec<&str> = declared.iter().filter_map(|tag| tag.get("name").and_then(Value::as_str)).collect();
    for (tag, _) in &operations {
        if !tag.is_empty() && !names.contains(&tag.as_str()) {
            names.push(tag);
        }
    }
    names.push("");
    let mut groups: Vec<ApiGroup> = names
        .iter()
        .map(|name| ApiGroup {
            name: (*name).to_owned(),
            description: declared
                .iter()
                .find(|tag| tag.get("name").and_then(Value::as_str) == Some(name))
                .map(|tag| text(tag, "description"))
                .unwrap_or_default(),
            operations: Vec::new(),
        })
        .collect();
    for (tag, operation) in operations {
        if let Some(group) = groups.iter_mut().find(|group| group.name == tag) {
            group.operations.push(operation);
        }
    }
    // A declared tag no operation uses is not worth a heading.
    groups.retain(|group| !group.operations.is_empty());
    groups
}

fn operation_view(document: &Value, method: &str, path: &str, shared_parameters: &[Value], operation: &Value) -> ApiOperation {
    let own: Vec<&Value> = array(operation.get("parameters")).iter().map(|parameter| resolve(document, parameter)).collect();
    let key = |parameter: &Value| (text(parameter, "name"), text(parameter, "in"));
    // Parameters of the path item apply to each of its operations, unless the operation names
    // the same one itself (OpenAPI: name and location identify a parameter).
    let shared = shared_parameters.iter().map(|parameter| resolve(document, parameter)).filter(|parameter| !own.iter().any(|o| key(o) == key(parameter)));
    // One without a name cannot be sent, and says nothing worth a row.
    let parameters = shared.chain(own.iter().copied()).filter(|parameter| !text(parameter, "name").is_empty()).map(parameter_view).collect();
    let request_body = operation.get("requestBody").map(|body| resolve(document, body)).filter(|body| body.is_object()).map(|body| ApiBody {
        description: text(body, "description"),
        required: flag(body, "required"),
        content: content(body),
    });
    let responses = entries(operation.get("responses"))
        .map(|(status, response)| {
            let response = resolve(document, response);
            ApiResponse { status: status.to_owned(), description: text(response, "description"), content: content(response) }
        })
        .collect();
    ApiOperation {
        method: method.to_ascii_uppercase(),
        path: path.to_owned(),
        summary: text(operation, "summary"),
        description: text(operation, "description"),
        auth: auth(document, operation),
        deprecated: flag(operation, "deprecated"),
        parameters,
        request_body,
        responses,
    }
}

/// Whether a token is needed: the operation's `security`, or the document's when it has none.
/// One requirement that names no scheme (`{}`) among others makes the token optional.
fn auth(document: &Value, operation: &Value) -> ApiAuth {
    let requirements = array(operation.get("security").or_else(|| document.get("security")));
    let with_scheme = requirements.iter().filter(|requirement| requirement.as_object().is_some_and(|schemes| !schemes.is_empty())).count();
    if with_scheme == 0 {
        ApiAuth::None
    } else if with_scheme == requirements.len() {
        ApiAuth::Required
    } else {
        ApiAuth::Optional
    }
}

fn parameter_view(parameter: &Value) -> ApiParameter {
    let location = text(parameter, "in");
    // A parameter described by `content` rather than `schema` has its schema in the media type.
    let schema = parameter.get("schema").or_else(|| entries(parameter.get("content")).find_map(|(_, media)| media.get("schema")));
    ApiParameter {
        name: text(parameter, "name"),
        // Path parameters are always required, whatever the document says.
        required: flag(parameter, "required") || location == "path",
        location,
        type_text: schema.map(type_text).unwrap_or_default(),
        description: text(parameter, "description"),
        enum_values: schema.map(enum_values).unwrap_or_default(),
    }
}

/// The media types of a request body or response, with their schemas.
fn content(value: &Value) -> Vec<ApiContent> {
    entries(value.get("content"))
        .map(|(content_type, media)| ApiContent { content_type: content_type.to_owned(), type_text: media.get("schema").map(type_text).unwrap_or_default() })
        .collect()
}

fn schema_view(name: &str, schema: &Value) -> ApiSchema {
    let required = required_names(schema, 0);
    ApiSchema {
        name: name.to_owned(),
        description: text(schema, "description"),
        type_text: type_text(schema),
        enum_values: enum_values(schema),
        properties: properties(schema, 0)
            .into_iter()
            .map(|(name, property)| ApiProperty {
                required: required.iter().any(|r| r == name),
                name: name.to_owned(),
                type_text: type_text(property),
                nullable: is_nullable(property, 0),
                description: text(property, "description"),
                enum_values: enum_values(property),
            })
            .collect(),
    }
}

/// The properties of an object schema, with those of the inline parts of an `allOf` (a schema that
/// extends another by `$ref` lists its own here; the other has its own section).
fn properties(schema: &Value, depth: usize) -> Vec<(&str, &Value)> {
    if depth > MAX_DEPTH {
        return Vec::new();
    }
    let mut found: Vec<(&str, &Value)> = entries(schema.get("properties")).collect();
    for part in array(schema.get("allOf")) {
        for (name, property) in properties(part, depth + 1) {
            if !found.iter().any(|(seen, _)| *seen == name) {
                found.push((name, property));
            }
        }
    }
    found
}

fn required_names(schema: &Value, depth: usize) -> Vec<String> {
    if depth > MAX_DEPTH {
        return Vec::new();
    }
    let mut names: Vec<String> = array(schema.get("required")).iter().filter_map(Value::as_str).map(str::to_owned).collect();
    for part in array(schema.get("allOf")) {
        names.extend(required_names(part, depth + 1));
    }
    names
}

/// A schema as short text: `string`, `integer | null`, `array of Material`,
/// `object of string → integer`, `Material`; schema names become links on the page.
pub(crate) fn type_text(schema: &Value) -> TypeText {
    type_text_at(schema, 0)
}

fn type_text_at(schema: &Value, depth: usize) -> TypeText {
    if depth > MAX_DEPTH {
        return TypeText::text("…");
    }
    let object = match schema {
        Value::Object(object) => object,
        // JSON Schema's `true` accepts anything; anything else is not a schema.
        Value::Bool(true) => return TypeText::text("any"),
        _ => return TypeText::default(),
    };
    let mut nullable = flag(schema, "nullable");
    let mut alternatives: Vec<TypeText> = Vec::new();
    if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
        alternatives.push(reference_text(reference));
    } else if let Some(choices) = object.get("oneOf").or_else(|| object.get("anyOf")).and_then(Value::as_array) {
        for choice in choices {
            if is_null_type(choice) {
                nullable = true;
            } else {
                alternatives.push(type_text_at(choice, depth + 1));
            }
        }
    } else if let Some(parts) = object.get("allOf").and_then(Value::as_array) {
        let parts: Vec<TypeText> = parts.iter().map(|part| grouped(type_text_at(part, depth + 1))).filter(|part| !part.is_empty()).collect();
        alternatives.push(joined(parts, " & "));
    } else if let Some(types) = object.get("type") {
        let types: Vec<&str> = match types {
            Value::String(one) => vec![one.as_str()],
            Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        for kind in types {
            if kind == "null" {
                nullable = true;
            } else {
                alternatives.push(single_type(schema, kind, depth));
            }
        }
    } else if object.contains_key("enum") || object.contains_key("const") {
        // An enumeration without a `type`: its values say what it holds.
        for value in array(object.get("enum")).iter().chain(object.get("const")) {
            match json_kind(value) {
                "null" => nullable = true,
                kind => alternatives.push(TypeText::text(kind)),
            }
        }
    } else if object.contains_key("properties") || object.contains_key("additionalProperties") {
        alternatives.push(single_type(schema, "object", depth));
    } else {
        alternatives.push(TypeText::text("any"));
    }
    alternatives.retain(|alternative| !alternative.is_empty());
    let mut unique: Vec<TypeText> = Vec::new();
    for alternative in alternatives {
        if !unique.contains(&alternative) {
            unique.push(alternative);
        }
    }
    // `null` last, however the description ordered it: `Material | null` reads as "maybe a Material".
    if nullable {
        unique.push(TypeText::text("null"));
    }
    joined(unique, " | ")
}

/// One JSON type of a schema, with what it holds: items, values, format.
fn single_type(schema: &Value, kind: &str, depth: usize) -> TypeText {
    match kind {
        "array" => {
            let items = schema.get("items").map(|items| type_text_at(items, depth + 1)).unwrap_or_default();
            if items.is_empty() {
                TypeText::text("array")
            } else {
                let mut text = TypeText::text("array of ");
                text.push(grouped(items));
                text
            }
        }
        "object" => {
            // A map: no named properties, a schema for the values.
            let values = schema.get("additionalProperties").filter(|values| values.is_object()).map(|values| type_text_at(values, depth + 1));
            match values {
                Some(values) if schema.get("properties").is_none() && !values.is_empty() => {
                    let keys = schema.get("propertyNames").map(|keys| type_text_at(keys, depth + 1)).filter(|keys| !keys.is_empty());
                    let mut text = TypeText::text("object of ");
                    text.push(keys.map_or_else(|| TypeText::text("string"), grouped));
                    text.push(TypeText::text(" → "));
                    text.push(grouped(values));
                    text
                }
                _ => TypeText::text("object"),
            }
        }
        "string" => match schema.get("format").and_then(Value::as_str).filter(|format| !format.is_empty()) {
            Some(format) => TypeText::text(&format!("string ({format})")),
            None => TypeText::text("string"),
        },
        other => TypeText::text(other),
    }
}

/// `#/components/schemas/Material` names the schema `Material`; other references show their last part.
fn reference_text(reference: &str) -> TypeText {
    match reference.strip_prefix("#/components/schemas/") {
        // JSON Pointer escapes `/` as `~1` and `~` as `~0`, in that order of undoing.
        Some(name) => TypeText::schema(&name.replace("~1", "/").replace("~0", "~")),
        None => TypeText::text(reference.rsplit('/').next().unwrap_or_default()),
    }
}

/// `{"type": "null"}`, the way OpenAPI 3.1 spells "or null" in a `oneOf`.
fn is_null_type(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null")
}

/// Whether a value of the schema may be `null`.
fn is_nullable(schema: &Value, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    let null_type = match schema.get("type") {
        Some(Value::String(kind)) => kind == "null",
        Some(Value::Array(kinds)) => kinds.iter().any(|kind| kind.as_str() == Some("null")),
        _ => false,
    };
    null_type || flag(schema, "nullable") || array(schema.get("oneOf")).iter().chain(array(schema.get("anyOf"))).any(|choice| is_nullable(choice, depth + 1))
}

/// The values an enumeration allows (`enum`, `const`), also those of inline alternatives and items,
/// as text: strings as they are, other values as JSON.
fn enum_values(schema: &Value) -> Vec<String> {
    let mut values = Vec::new();
    collect_enum_values(schema, 0, &mut values);
    values
}

fn collect_enum_values(schema: &Value, depth: usize, values: &mut Vec<String>) {
    if depth > MAX_DEPTH {
        return;
    }
    let own = array(schema.get("enum")).iter().chain(schema.get("const"));
    for value in own {
        let value = match value {
            Value::String(text) => text.clone(),
            other => other.to_string(),
        };
        if !values.contains(&value) {
            values.push(value);
        }
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        for part in array(schema.get(key)) {
            collect_enum_values(part, depth + 1, values);
        }
    }
    if let Some(items) = schema.get("items") {
        collect_enum_values(items, depth + 1, values);
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(number) if number.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// `(string | integer)` where a combined type sits inside another, so `array of (string | null)`
/// is not read as `(array of string) | null`.
fn grouped(text: TypeText) -> TypeText {
    let plain = text.plain();
    if plain.contains(" | ") || plain.contains(" & ") {
        let mut wrapped = TypeText::text("(");
        wrapped.push(text);
        wrapped.push(TypeText::text(")"));
        wrapped
    } else {
        text
    }
}

fn joined(parts: Vec<TypeText>, separator: &str) -> TypeText {
    let mut text = TypeText::default();
    for (idx, part) in parts.into_iter().enumerate() {
        if idx > 0 {
            text.push(TypeText::text(separator));
        }
        text.push(part);
    }
    text
}

/// `value` itself, or what its local `$ref` (`#/components/parameters/Page`) points to; a
/// reference that leads nowhere gives `null`, which reads as empty everywhere.
fn resolve<'a>(document: &'a Value, mut value: &'a Value) -> &'a Value {
    for _ in 0..MAX_REFS {
        match value.get("$ref").and_then(Value::as_str).and_then(|reference| reference.strip_prefix('#')) {
            Some(pointer) => value = document.pointer(pointer).unwrap_or(&Value::Null),
            None => return value,
        }
    }
    &Value::Null
}

/// The members of an object, in the document's order; nothing when it is not an object.
fn entries(value: Option<&Value>) -> impl Iterator<Item = (&str, &Value)> {
    value.and_then(Value::as_object).into_iter().flatten().map(|(key, value)| (key.as_str(), value))
}

fn array(value: Option<&Value>) -> &[Value] {
    value.and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

fn text(value: &Value, key: &str) -> String {
    value.get(key).and_then(Value::as_str).unwrap_or_default().to_owned()
}

fn flag(value: &Value, key: &str) -> bool {
    value.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// `GET /api/v1/docs`: the reference page, from the same description `/api/v1/openapi.json` serves.
pub async fn show(page: super::Page) -> actix_web::HttpResponse {
    let document = serde_json::to_value(crate::http::api::openapi::document(&page.app.config.public_url)).unwrap_or_default();
    page.ok(deelwijs_frontend::api_reference(&page.ctx, &reference_page(&document)))
}

#[cfg(test)]
mod tests;
