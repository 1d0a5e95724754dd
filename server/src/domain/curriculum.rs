//! IMS CASE 1.0 packages: reading a CFPackage (document, items, associations) into a
//! validated framework, checking what the CASE schema requires. No IO here.

use std::collections::{HashMap, HashSet};

use deelwijs_frontend::i18n::Lang;
use serde_json::Value;

/// The CASE association types (CFAssociation.associationType).
const ASSOCIATION_TYPES: &[&str] =
    &["isChildOf", "isPeerOf", "isPartOf", "exactMatchOf", "precedes", "isRelatedTo", "replacedBy", "exemplar", "hasSkillLevel", "isTranslationOf"];

/// Association types that say two goals (usually of two frameworks) match: a crosswalk. A goal
/// filter on one finds content aligned to the other.
pub const MATCH_TYPES: &[&str] = &["exactMatchOf", "isRelatedTo", "isPeerOf", "isTranslationOf"];

/// At most this many problems are reported; the first ones are what a publisher needs.
const MAX_PROBLEMS: usize = 20;

#[derive(Debug, Clone, PartialEq)]
pub struct CaseDocument {
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
}

#[derive(Debug, Clone, PartialEq)]
pub struct CaseItem {
    pub identifier: String,
    pub uri: String,
    pub full_statement: String,
    pub abbreviated_statement: String,
    pub human_coding_scheme: String,
    pub item_type: String,
    pub education_levels: Vec<String>,
    pub language: String,
    /// Order within the file, for stable display.
    pub position: i32,
}

/// A validated framework: items plus the two associations Deelwijs acts on.
#[derive(Debug, Clone, PartialEq)]
pub struct CasePackage {
    pub document: CaseDocument,
    pub items: Vec<CaseItem>,
    /// (child item identifier, parent item identifier, position); parents that are the
    /// document itself are left out: those children are the framework's top level.
    pub child_of: Vec<(String, String, i32)>,
    /// (old item identifier, successor item identifier).
    pub replaced_by: Vec<(String, String)>,
    /// Crosswalk associations (`MATCH_TYPES`) between two goals, each end in this package or
    /// outside it (another framework imported here, a foreign goal, or unknown: kept as an
    /// external reference).
    pub matches: Vec<GoalMatch>,
    /// Associations of other types, or a hierarchy pointing outside the package: kept as a count.
    pub other_associations: usize,
}

/// One end of an association: an item of this package (by identifier) or a goal elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeEnd {
    Item(String),
    External { uri: String, title: String },
}

/// "These two goals match" (`exactMatchOf`, `isRelatedTo`, …), as a CASE association states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalMatch {
    pub origin: NodeEnd,
    pub destination: NodeEnd,
    pub kind: String,
}

/// Why a package was refused, with every problem found (up to a limit).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid CASE package: {}", problems.join("; "))]
pub struct CaseError {
    pub problems: Vec<String>,
}

struct Problems(Vec<String>);

impl Problems {
    fn add(&mut self, problem: String) {
        if self.0.len() < MAX_PROBLEMS {
            self.0.push(problem);
        }
    }

    fn required_string(&mut self, object: &Value, path: &str, field: &str) -> String {
        match object.get(field) {
            Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
            Some(Value::String(_)) | None | Some(Value::Null) => {
                self.add(format!("{path}.{field} is required"));
                String::new()
            }
            Some(_) => {
                self.add(format!("{path}.{field} must be a string"));
                String::new()
            }
        }
    }

    fn required_uri(&mut self, object: &Value, path: &str, field: &str) -> String {
        let value = self.required_string(object, path, field);
        if !value.is_empty() && url::Url::parse(&value).is_err() {
            self.add(format!("{path}.{field} is not a URI: {value:?}"));
        }
        value
    }
}

fn optional_string(object: &Value, field: &str) -> String {
    object.get(field).and_then(Value::as_str).unwrap_or_default().trim().to_owned()
}

/// A node reference: a LinkURI object `{identifier, uri, title}`, or (leniently) a bare URI.
fn node_ref(value: Option<&Value>) -> Option<(Option<String>, Option<String>)> {
    match value? {
        Value::String(uri) => Some((None, Some(uri.clone()))),
        Value::Object(map) => {
            let identifier = map.get("identifier").and_then(Value::as_str).map(str::to_owned);
            let uri = map.get("uri").and_then(Value::as_str).map(str::to_owned);
            (identifier.is_some() || uri.is_some()).then_some((identifier, uri))
        }
        _ => None,
    }
}

/// The `title` of a LinkURI, if any.
fn node_title(value: Option<&Value>) -> String {
    value.and_then(|v| v.get("title")).and_then(Value::as_str).unwrap_or_default().trim().to_owned()
}

/// Reads and validates a CFPackage.
pub fn parse_package(json: &Value) -> Result<CasePackage, CaseError> {
    let mut problems = Problems(Vec::new());
    let Some(document_json) = json.get("CFDocument").filter(|d| d.is_object()) else {
        return Err(CaseError { problems: vec!["CFDocument is required and must be an object".to_owned()] });
    };
    let document = CaseDocument {
        identifier: problems.required_string(document_json, "CFDocument", "identifier"),
        uri: problems.required_uri(document_json, "CFDocument", "uri"),
        title: problems.required_string(document_json, "CFDocument", "title"),
        creator: problems.required_string(document_json, "CFDocument", "creator"),
        publisher: optional_string(document_json, "publisher"),
        description: optional_string(document_json, "description"),
        language: optional_string(document_json, "language"),
        version: optional_string(document_json, "version"),
        adoption_status: optional_string(document_json, "adoptionStatus"),
        last_change: problems.required_string(document_json, "CFDocument", "lastChangeDateTime"),
    };

    let items_json = match json.get("CFItems") {
        None | Some(Value::Null) => &[][..],
        Some(Value::Array(items)) => items.as_slice(),
        Some(_) => {
            problems.add("CFItems must be an array".to_owned());
            &[][..]
        }
    };
    let mut items = Vec::with_capacity(items_json.len());
    let mut seen_identifiers = HashSet::new();
    let mut seen_uris = HashSet::new();
    for (index, item) in items_json.iter().enumerate() {
        let path = format!("CFItems[{index}]");
        if !item.is_object() {
            problems.add(format!("{path} must be an object"));
            continue;
        }
        let identifier = problems.required_string(item, &path, "identifier");
        let uri = problems.required_uri(item, &path, "uri");
        let full_statement = problems.required_string(item, &path, "fullStatement");
        problems.required_string(item, &path, "lastChangeDateTime");
        if !identifier.is_empty() && !seen_identifiers.insert(identifier.clone()) {
            problems.add(format!("{path}.identifier {identifier:?} is used twice"));
        }
        if !uri.is_empty() && !seen_uris.insert(uri.clone()) {
            problems.add(format!("{path}.uri {uri:?} is used twice"));
        }
        let education_levels = match item.get("educationLevel") {
            Some(Value::Array(levels)) => levels.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
            Some(Value::String(level)) => vec![level.clone()],
            _ => Vec::new(),
        };
        items.push(CaseItem {
            identifier,
            uri,
            full_statement,
            abbreviated_statement: optional_string(item, "abbreviatedStatement"),
            human_coding_scheme: optional_string(item, "humanCodingScheme"),
            item_type: optional_string(item, "CFItemType"),
            education_levels,
            language: optional_string(item, "language"),
            position: i32::try_from(index).unwrap_or(i32::MAX),
        });
    }

    // Resolve node references by identifier, else by URI.
    let by_uri: HashMap<&str, &str> = items.iter().map(|i| (i.uri.as_str(), i.identifier.as_str())).collect();
    let resolve = |reference: &(Option<String>, Option<String>)| -> Option<String> {
        if let Some(identifier) = &reference.0 {
            if seen_identifiers.contains(identifier) || *identifier == document.identifier {
                return Some(identifier.clone());
            }
        }
        let uri = reference.1.as_deref()?;
        if uri == document.uri {
            return Some(document.identifier.clone());
        }
        by_uri.get(uri).map(|id| (*id).to_owned())
    };

    let associations = match json.get("CFAssociations") {
        None | Some(Value::Null) => &[][..],
        Some(Value::Array(list)) => list.as_slice(),
        Some(_) => {
            problems.add("CFAssociations must be an array".to_owned());
            &[][..]
        }
    };
    let (mut child_of, mut replaced_by, mut matches, mut other_associations) = (Vec::new(), Vec::new(), Vec::new(), 0usize);
    for (index, association) in associations.iter().enumerate() {
        let path = format!("CFAssociations[{index}]");
        if !association.is_object() {
            problems.add(format!("{path} must be an object"));
            continue;
        }
        problems.required_string(association, &path, "identifier");
        problems.required_uri(association, &path, "uri");
        problems.required_string(association, &path, "lastChangeDateTime");
        let kind = problems.required_string(association, &path, "associationType");
        if !kind.is_empty() && !ASSOCIATION_TYPES.contains(&kind.as_str()) {
            problems.add(format!("{path}.associationType {kind:?} is not a CASE association type"));
        }
        let origin = node_ref(association.get("originNodeURI"));
        let destination = node_ref(association.get("destinationNodeURI"));
        if origin.is_none() {
            problems.add(format!("{path}.originNodeURI is required"));
        }
        if destination.is_none() {
            problems.add(format!("{path}.destinationNodeURI is required"));
        }
        let (Some(origin), Some(destination)) = (origin, destination) else { continue };
        let position =
            association.get("sequenceNumber").and_then(Value::as_i64).and_then(|n| i32::try_from(n).ok()).unwrap_or(i32::try_from(index).unwrap_or(i32::MAX));
        // An end outside this package: a goal elsewhere, named by its URI.
        let end = |reference: &(Option<String>, Option<String>), title: String| -> Option<NodeEnd> {
            match resolve(reference) {
                Some(identifier) if identifier == document.identifier => None,
                Some(identifier) => Some(NodeEnd::Item(identifier)),
                None => reference.1.clone().filter(|uri| url::Url::parse(uri).is_ok()).map(|uri| NodeEnd::External { uri, title }),
            }
        };
        match kind.as_str() {
            "isChildOf" => match (resolve(&origin), resolve(&destination)) {
                (Some(child), Some(parent)) if child != document.identifier => {
                    if parent != document.identifier {
                        child_of.push((child, parent, position));
                    }
                }
                (Some(child), Some(_)) if child == document.identifier => problems.add(format!("{path}: the document cannot be a child")),
                // A hierarchy reaching outside the package is kept as an external reference
                // (counted), not a reason to refuse the whole package.
                _ => other_associations += 1,
            },
            match_kind if MATCH_TYPES.contains(&match_kind) => {
                let origin_end = end(&origin, node_title(association.get("originNodeURI")));
                let destination_end = end(&destination, node_title(association.get("destinationNodeURI")));
                match (origin_end, destination_end) {
                    (Some(origin), Some(destination)) if origin != destination => matches.push(GoalMatch { origin, destination, kind: match_kind.to_owned() }),
                    _ => other_associations += 1,
                }
            }
            "replacedBy" => match (resolve(&origin), resolve(&destination)) {
                (Some(old), Some(new)) if old != document.identifier && new != document.identifier => replaced_by.push((old, new)),
                _ => other_associations += 1,
            },
            _ => other_associations += 1,
        }
    }
    if let Some(cycle_at) = find_cycle(&child_of) {
        problems.add(format!("isChildOf associations form a cycle through item {cycle_at:?}"));
    }
    if problems.0.is_empty() {
        Ok(CasePackage { document, items, child_of, replaced_by, matches, other_associations })
    } else {
        Err(CaseError { problems: problems.0 })
    }
}

/// An item on an isChildOf cycle, if there is one (iterative DFS, three colours).
fn find_cycle(edges: &[(String, String, i32)]) -> Option<String> {
    let mut parents: HashMap<&str, Vec<&str>> = HashMap::new();
    for (child, parent, _) in edges {
        parents.entry(child.as_str()).or_default().push(parent.as_str());
    }
    let mut state: HashMap<&str, u8> = HashMap::new(); // 1 = on stack, 2 = done
    for start in parents.keys().copied() {
        if state.contains_key(start) {
            continue;
        }
        let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
        state.insert(start, 1);
        while let Some((node, next)) = stack.pop() {
            let node_parents = parents.get(node).map(Vec::as_slice).unwrap_or_default();
            if let Some(&parent) = node_parents.get(next) {
                stack.push((node, next + 1));
                match state.get(parent) {
                    Some(1) => return Some(parent.to_owned()),
                    Some(_) => {}
                    None => {
                        state.insert(parent, 1);
                        stack.push((parent, 0));
                    }
                }
            } else {
                state.insert(node, 2);
            }
        }
    }
    None
}

/// The education levels (sectors) a goal is written for, read from its CASE `educationLevel`
/// codes: a code names a sector when one of its words is a sector's id. Frameworks write levels
/// their own way ("ob vo" is the lower years of secondary school, "vso am" a special-secondary
/// track, "fase 2" a stage within a sector), and the first sector word decides ("vso vo" is a
/// special-secondary goal, not a secondary one). Codes without a sector word say nothing; a
/// goal none of whose codes names a sector is for any level (an empty answer).
pub fn level_sectors(codes: &[String]) -> Vec<crate::domain::vocab::EducationLevel> {
    let mut out = Vec::new();
    for code in codes {
        let lower = code.to_lowercase();
        let sector = lower.split(|c: char| c.is_whitespace() || c == '/' || c == '-' || c == '_').find_map(crate::domain::vocab::EducationLevel::parse);
        if let Some(sector) = sector {
            if !out.contains(&sector) {
                out.push(sector);
            }
        }
    }
    out
}

/// A human label for a CASE `educationLevel` code, in the UI language: the sector's name, with
/// the qualifiers Dutch frameworks use spelled out ("ob vo" → "Voortgezet onderwijs, onderbouw",
/// "1F" → "Referentieniveau 1F"). A code it does not know is shown as it is.
pub fn level_label(code: &str, lang: &str) -> String {
    let ui = Lang::parse(lang).unwrap_or(Lang::En);
    let lower = code.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    if let [level] = words.as_slice() {
        if let Some(sector) = crate::domain::vocab::EducationLevel::parse(level) {
            return sector.label(lang).to_owned();
        }
        if matches!(*level, "1f" | "1s" | "2f" | "2s" | "3f" | "4f") {
            return ui.tf("level-reference", &[("level", level.to_uppercase().as_str().into())]);
        }
    }
    if let ["fase", n] = words.as_slice() {
        return ui.tf("level-stage", &[("stage", (*n).into())]);
    }
    // Qualifiers are labelled as `term-level-qualifier-<word>` (`nl/ml` → `nl-ml`).
    let qualifier = |word: &str| -> Option<String> {
        let known = matches!(word, "ob" | "bb" | "am" | "db" | "vo" | "nl/ml" | "zml/mb" | "zml/mg");
        known.then(|| ui.term("level-qualifier", &word.replace('/', "-")).to_owned())
    };
    // The first word naming a sector is the sector ("ob vo", "vso am"); the others qualify it.
    if let Some((at, sector)) = words.iter().enumerate().find_map(|(i, w)| crate::domain::vocab::EducationLevel::parse(w).map(|s| (i, s))) {
        let described: Option<Vec<String>> = words.iter().enumerate().filter(|(i, _)| *i != at).map(|(_, w)| qualifier(w)).collect();
        if let Some(described) = described {
            return if described.is_empty() { sector.label(lang).to_owned() } else { format!("{}, {}", sector.label(lang), described.join(", ")) };
        }
    }
    code.to_owned()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn level_codes_have_human_labels() {
        assert_eq!(level_label("po", "nl"), "Primair onderwijs");
        assert_eq!(level_label("ob vo", "nl"), "Voortgezet onderwijs, onderbouw");
        assert_eq!(level_label("vso vo", "en"), "Special secondary education, pathway to further education");
        assert_eq!(level_label("vso am", "nl"), "Voortgezet speciaal onderwijs, uitstroom arbeidsmarkt");
        assert_eq!(level_label("so zml/mb", "nl"), "Speciaal onderwijs, zeer moeilijk lerenden en meervoudig beperkten");
        assert_eq!(level_label("1F", "nl"), "Referentieniveau 1F");
        assert_eq!(level_label("fase 2", "en"), "Stage 2");
        assert_eq!(level_label("Grade 3", "en"), "Grade 3", "unknown codes stay as they are");
        assert_eq!(level_label("ob vo", "de"), format!("{}, {}", Lang::De.term("education-level", "vo"), Lang::De.term("level-qualifier", "ob")));
        assert_ne!(level_label("ob vo", "de"), level_label("ob vo", "en"));
    }

    #[test]
    fn level_codes_name_sectors_by_their_first_sector_word() {
        use crate::domain::vocab::EducationLevel::{Po, So, Vo, Vso};
        let codes = |list: &[&str]| list.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(level_sectors(&codes(&["po", "1S", "1F", "fase 1"])), [Po]);
        assert_eq!(level_sectors(&codes(&["ob vo", "vso vo"])), [Vo, Vso]);
        assert_eq!(level_sectors(&codes(&["so nl/ml", "SO ZML/MB"])), [So]);
        assert_eq!(level_sectors(&codes(&["vso am", "vso db"])), [Vso]);
        assert!(level_sectors(&codes(&["09", "Grade 3", "fase 2"])).is_empty(), "no sector word: any level");
    }

    fn package(items: Value, associations: Value) -> Value {
        json!({
            "CFDocument": { "identifier": "doc", "uri": "https://example.org/doc", "creator": "Us", "title": "Test", "lastChangeDateTime": "2025-01-01T00:00:00+00:00" },
            "CFItems": items,
            "CFAssociations": associations,
        })
    }

    fn item(id: &str) -> Value {
        json!({ "identifier": id, "uri": format!("https://example.org/{id}"), "fullStatement": format!("Statement {id}"), "lastChangeDateTime": "2025-01-01T00:00:00+00:00" })
    }

    fn association(kind: &str, from: &str, to: &str) -> Value {
        json!({ "identifier": format!("{from}-{to}"), "uri": format!("https://example.org/a/{from}-{to}"), "associationType": kind, "lastChangeDateTime": "2025-01-01T00:00:00+00:00",
                "originNodeURI": { "identifier": from, "uri": format!("https://example.org/{from}"), "title": from },
                "destinationNodeURI": { "identifier": to, "uri": format!("https://example.org/{to}"), "title": to } })
    }

    #[test]
    fn reads_hierarchy_and_replacements() {
        let parsed = parse_package(&package(
            json!([item("a"), item("b"), item("c"), item("old")]),
            json!([
                association("isChildOf", "a", "doc"),
                association("isChildOf", "b", "a"),
                association("isChildOf", "c", "a"),
                association("isChildOf", "c", "b"),
                association("replacedBy", "old", "c"),
                association("exactMatchOf", "a", "b")
            ]),
        ))
        .unwrap();
        assert_eq!(parsed.items.len(), 4);
        assert_eq!(parsed.child_of.iter().map(|(c, p, _)| (c.as_str(), p.as_str())).collect::<Vec<_>>(), [("b", "a"), ("c", "a"), ("c", "b")]);
        assert_eq!(parsed.replaced_by, vec![("old".to_owned(), "c".to_owned())]);
        assert_eq!(parsed.matches, vec![GoalMatch { origin: NodeEnd::Item("a".into()), destination: NodeEnd::Item("b".into()), kind: "exactMatchOf".into() }]);
        assert_eq!(parsed.other_associations, 0);
    }

    #[test]
    fn a_crosswalk_points_outside_the_package_without_being_refused() {
        let mut outside = association("exactMatchOf", "a", "elsewhere");
        outside["destinationNodeURI"] = json!({ "identifier": "x-1", "uri": "https://curricula.example.de/x-1", "title": "M-ZO-4" });
        let mut parent_outside = association("isChildOf", "b", "elsewhere");
        parent_outside["destinationNodeURI"] = json!({ "uri": "https://curricula.example.de/area" });
        let crosswalk_only =
            parse_package(&package(json!([item("a"), item("b")]), json!([outside, parent_outside, association("isRelatedTo", "a", "a")]))).unwrap();
        assert_eq!(
            crosswalk_only.matches,
            vec![GoalMatch {
                origin: NodeEnd::Item("a".into()),
                destination: NodeEnd::External { uri: "https://curricula.example.de/x-1".into(), title: "M-ZO-4".into() },
                kind: "exactMatchOf".into()
            }]
        );
        // The hierarchy end outside and the match of a goal with itself are counted, not kept.
        assert_eq!(crosswalk_only.other_associations, 2);
        // A package of associations alone (a crosswalk between two imported frameworks).
        let mut between = association("isRelatedTo", "p", "q");
        between["originNodeURI"] = json!({ "uri": "https://one.example/p" });
        between["destinationNodeURI"] = json!({ "uri": "https://two.example/q" });
        let parsed = parse_package(&package(json!([]), json!([between]))).unwrap();
        assert_eq!(parsed.matches.len(), 1);
    }

    #[test]
    fn refuses_invalid_packages_with_every_problem() {
        let mut bad_item = item("x");
        bad_item["uri"] = json!("not a uri");
        bad_item.as_object_mut().unwrap().remove("fullStatement");
        let error = parse_package(&package(
            json!([bad_item, item("a"), item("a")]),
            json!([association("isParentOf", "a", "doc"), association("isChildOf", "doc", "a")]),
        ))
        .unwrap_err();
        let text = error.problems.join("\n");
        for expected in [
            "CFItems[0].uri is not a URI",
            "CFItems[0].fullStatement is required",
            "identifier \"a\" is used twice",
            "\"isParentOf\" is not a CASE association type",
            "the document cannot be a child",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
        }
        assert!(parse_package(&json!({"CFItems": []})).is_err());
        assert!(parse_package(&json!([1, 2])).is_err());
    }

    #[test]
    fn refuses_cycles() {
        let error = parse_package(&package(json!([item("a"), item("b")]), json!([association("isChildOf", "a", "b"), association("isChildOf", "b", "a")])))
            .unwrap_err();
        assert!(error.problems[0].contains("cycle"), "{error}");
    }
}
