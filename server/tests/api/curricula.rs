//! Curriculum frameworks: importing real and third-party CASE packages, refusing invalid
//! ones, re-importing in place, the goal graph, and aligning content to goals.

use deelwijs_server::domain::vocab::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::support::{backends, check_error, check_field_error, TestNode};

/// A CASE package from `../shared/data/curriculum/`.
pub fn shared_package(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/curriculum").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("test data {} is missing ({e}); tests expect ../shared beside the repository", path.display()));
    serde_json::from_str(&text).unwrap()
}

const SLO: &str = "slo-kerndoelen-2025-11.case.json";

#[actix_web::test]
async fn imports_slo_kerndoelen_as_a_graph_and_reimports_in_place() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        let member = node.user("lid", Role::Member).await;
        let slo = shared_package(SLO);
        check_error(&node.post("/curricula", Some(&member), &slo).await, StatusCode::FORBIDDEN, "forbidden");

        let (status, report) = node.post("/curricula", Some(&admin), &slo).await;
        assert_eq!(status, StatusCode::CREATED, "{report}");
        assert_eq!(report["goals"], 533);
        assert_eq!(report["created"], 533);
        assert_eq!(report["replacements"], 73);
        let framework_id = report["framework_id"].as_str().unwrap().to_owned();

        let (_, list) = node.get("/curricula", None).await;
        assert_eq!(list["total"], 1);
        assert_eq!(list["items"][0]["goal_count"], 533);
        let (_, goals) = node.get(&format!("/curricula/{framework_id}/goals?per_page=100&page=6"), None).await;
        assert_eq!(goals["total"], 533);
        assert_eq!(goals["items"].as_array().unwrap().len(), 33);

        // A kerndoel under several vakleergebieden has several parents (a graph, not a tree).
        let expected_multi_parent = slo["CFAssociations"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["associationType"] == "isChildOf")
            .fold(std::collections::HashMap::<String, usize>::new(), |mut counts, a| {
                *counts.entry(a["originNodeURI"]["uri"].as_str().unwrap().to_owned()).or_default() += 1;
                counts
            })
            .into_iter()
            .find(|(_, n)| *n > 1)
            .expect("the SLO data has goals with several parents");
        let encoded: String = url::form_urlencoded::byte_serialize(expected_multi_parent.0.as_bytes()).collect();
        let (status, goal) = node.get(&format!("/goals/{encoded}"), None).await;
        assert_eq!(status, StatusCode::OK, "{goal}");
        assert_eq!(goal["parents"].as_array().unwrap().len(), expected_multi_parent.1, "{goal}");

        // Re-importing the same release changes nothing but updates in place.
        let (status, again) = node.post("/curricula", Some(&admin), &slo).await;
        assert_eq!(status, StatusCode::CREATED);
        assert_eq!((again["created"].as_u64(), again["updated"].as_u64(), again["framework_id"].as_str()), (Some(0), Some(533), Some(framework_id.as_str())));
    }
}

#[actix_web::test]
async fn alignments_follow_descendants_and_replacements_and_survive_reimport() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        let mut slo = shared_package(SLO);
        node.post("/curricula", Some(&admin), &slo).await;

        // Pick a replaced (vervallen) goal, its successor, and a parent of the successor.
        let associations = slo["CFAssociations"].as_array().unwrap().clone();
        let replacement = associations.iter().find(|a| a["associationType"] == "replacedBy").unwrap();
        let old_uri = replacement["originNodeURI"]["uri"].as_str().unwrap().to_owned();
        let new_uri = replacement["destinationNodeURI"]["uri"].as_str().unwrap().to_owned();
        let parent_uri = associations
            .iter()
            .find(|a| {
                a["associationType"] == "isChildOf"
                    && a["originNodeURI"]["uri"] == new_uri.as_str()
                    && a["destinationNodeURI"]["uri"] != slo["CFDocument"]["uri"]
            })
            .map(|a| a["destinationNodeURI"]["uri"].as_str().unwrap().to_owned())
            .unwrap();

        let on_new = node.material(&admin, json!({"title": "Op het nieuwe doel", "goals": [{"uri": new_uri, "alignment_type": "assesses"}]})).await;
        assert_eq!(on_new["goals"], json!([{"uri": new_uri, "alignment_type": "assesses"}]));
        let on_old = node.material(&admin, json!({"title": "Op het oude doel"})).await;
        // Aligning later, by PATCH, is an edit like any other.
        let (status, patched) =
            node.patch(&format!("/materials/{}", on_old["id"].as_str().unwrap()), Some(&admin), &json!({"goals": [{"uri": old_uri}]})).await;
        assert_eq!(status, StatusCode::OK, "{patched}");
        assert_eq!(patched["version"], 2);
        let on_old = patched;
        assert_eq!(on_old["goals"][0]["alignment_type"], "teaches");

        let titles = |goal: &Value| {
            goal["materials"]["items"].as_array().unwrap().iter().map(|m| m["title"].as_str().unwrap().to_owned()).collect::<std::collections::BTreeSet<_>>()
        };
        let encode = |uri: &str| url::form_urlencoded::byte_serialize(uri.as_bytes()).collect::<String>();
        let (_, successor) = node.get(&format!("/goals/{}", encode(&new_uri)), None).await;
        assert_eq!(
            titles(&successor),
            ["Op het nieuwe doel", "Op het oude doel"].map(str::to_owned).into(),
            "the successor shows what was aligned to the goal it replaced"
        );
        let (_, parent) = node.get(&format!("/goals/{}", encode(&parent_uri)), None).await;
        assert!(titles(&parent).contains("Op het nieuwe doel"), "a goal lists material aligned to goals below it: {parent}");

        // Case studies align the same way and are listed beside the materials.
        let case =
            json!({"title": "Een praktijkvoorbeeld bij het oude doel", "language": "nl", "sector": "po", "status": "published", "goals": [{"uri": old_uri}]});
        let (status, created) = node.post("/case-studies", Some(&admin), &case).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let draft = json!({"title": "Een concept", "language": "nl", "sector": "po", "status": "draft", "goals": [{"uri": new_uri}]});
        assert_eq!(node.post("/case-studies", Some(&admin), &draft).await.0, StatusCode::CREATED);
        let case_titles =
            |goal: &Value| goal["case_studies"]["items"].as_array().unwrap().iter().map(|c| c["title"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
        for uri in [&old_uri, &new_uri, &parent_uri] {
            let (_, goal) = node.get(&format!("/goals/{}", encode(uri)), None).await;
            assert_eq!(case_titles(&goal), ["Een praktijkvoorbeeld bij het oude doel"], "drafts stay out: {goal}");
        }
        let page = node.client.get(format!("{}/goals/{}", node.url, encode(&parent_uri))).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Praktijkvoorbeelden bij dit doel") && page.contains("Een praktijkvoorbeeld bij het oude doel"), "{page}");
        let (_, old) = node.get(&format!("/goals/{}", encode(&old_uri)), None).await;
        assert_eq!(titles(&old), ["Op het oude doel"].map(str::to_owned).into());

        // Unknown goals are refused and nothing is written.
        check_field_error(
            &node
                .post(
                    "/materials",
                    Some(&admin),
                    &json!({"title": "x", "language": "nl", "education_levels": ["po"], "goals": [{"uri": "https://example.org/no-such-goal"}]}),
                )
                .await,
            "goals",
            "unknown_value",
        );
        check_field_error(
            &node
                .post(
                    "/materials",
                    Some(&admin),
                    &json!({"title": "x", "language": "nl", "education_levels": ["po"], "goals": [{"uri": new_uri, "alignment_type": "inspires"}]}),
                )
                .await,
            "goals",
            "unknown_value",
        );
        assert_eq!(node.get("/materials", None).await.1["total"], 2);

        // A newer release without the old goal retires it; the alignment and the material stay.
        slo["CFItems"].as_array_mut().unwrap().retain(|item| item["uri"] != old_uri.as_str());
        slo["CFAssociations"]
            .as_array_mut()
            .unwrap()
            .retain(|a| a["originNodeURI"]["uri"] != old_uri.as_str() && a["destinationNodeURI"]["uri"] != old_uri.as_str());
        let (status, report) = node.post("/curricula", Some(&admin), &slo).await;
        assert_eq!(status, StatusCode::CREATED, "{report}");
        assert_eq!(report["retired"], 1);
        let (_, old) = node.get(&format!("/goals/{}", encode(&old_uri)), None).await;
        assert_eq!(old["retired"], true);
        assert_eq!(titles(&old), ["Op het oude doel"].map(str::to_owned).into());
        let (_, material) = node.get(&format!("/materials/{}", on_old["id"].as_str().unwrap()), None).await;
        assert_eq!(material["goals"][0]["uri"], old_uri.as_str());
    }
}

#[actix_web::test]
async fn any_valid_case_package_imports_and_invalid_ones_change_nothing() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        for (file, goals) in [("third-party/ccss-math-sample.case.json", 16), ("third-party/utf8.case.json", 1), ("third-party/markdown.case.json", 2)] {
            let (status, report) = node.post("/curricula", Some(&admin), &shared_package(file)).await;
            assert_eq!(status, StatusCode::CREATED, "{file}: {report}");
            assert_eq!(report["goals"], goals, "{file}");
        }
        let utf8 = shared_package("third-party/utf8.case.json");
        let uri = utf8["CFItems"][0]["uri"].as_str().unwrap();
        let (_, goal) = node.get(&format!("/goals/{}", url::form_urlencoded::byte_serialize(uri.as_bytes()).collect::<String>()), None).await;
        assert_eq!(goal["full_statement"], utf8["CFItems"][0]["fullStatement"], "astral-plane characters survive");

        let before = node.get("/curricula", None).await.1["total"].clone();
        let mut no_statement = shared_package("third-party/ccss-math-sample.case.json");
        no_statement["CFDocument"]["identifier"] = json!("11111111-2222-3333-4444-555555555555");
        no_statement["CFItems"][3].as_object_mut().unwrap().remove("fullStatement");
        let refused = node.post("/curricula", Some(&admin), &no_statement).await;
        check_error(&refused, StatusCode::BAD_REQUEST, "invalid_case_package");
        assert!(refused.1["error"]["message"].as_str().unwrap().contains("CFItems[3].fullStatement is required"), "{}", refused.1);
        check_error(&node.post("/curricula", Some(&admin), &json!({"CFItems": []})).await, StatusCode::BAD_REQUEST, "invalid_case_package");
        check_error(&node.post("/curricula", Some(&admin), &json!([1, 2, 3])).await, StatusCode::BAD_REQUEST, "invalid_case_package");
        assert_eq!(node.get("/curricula", None).await.1["total"], before, "nothing was imported");
        check_error(&node.get("/goals/nope", None).await, StatusCode::NOT_FOUND, "not_found");
        check_error(&node.get("/curricula/nope/goals", None).await, StatusCode::NOT_FOUND, "not_found");
    }
}

#[actix_web::test]
async fn suggestions_pages_and_one_click_alignment_in_the_form() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        let slo = shared_package(SLO);
        node.post("/curricula", Some(&admin), &slo).await;

        // Pick a current kerndoel and write a text about its statement.
        let goal =
            slo["CFItems"].as_array().unwrap().iter().find(|i| i["CFItemType"] == "Kerndoel" && i["fullStatement"].as_str().unwrap().len() > 60).unwrap();
        let statement = goal["fullStatement"].as_str().unwrap();
        let (status, suggested) = node.post("/goals/suggest", None, &json!({"text": format!("In deze les: {statement}"), "language": "nl"})).await;
        assert_eq!(status, StatusCode::OK, "{suggested}");
        let uris: Vec<&str> = suggested["items"].as_array().unwrap().iter().map(|g| g["uri"].as_str().unwrap()).collect();
        assert!(uris.iter().take(3).any(|u| *u == goal["uri"].as_str().unwrap()), "the goal whose statement the text quotes ranks in the top 3: {uris:?}");
        assert!(suggested["items"][0]["score"].as_f64().unwrap() > 0.0);
        check_error(&node.post("/goals/suggest", None, &json!({"words": "x"})).await, StatusCode::BAD_REQUEST, "invalid_json");
        assert_eq!(node.post("/goals/suggest", None, &json!({"text": ""})).await.1["total"], 0);

        // The pages: frameworks, the tree, a goal.
        let (_, list) = node.get("/curricula", None).await;
        let framework_id = list["items"][0]["id"].as_str().unwrap();
        let html = node.client.get(format!("{}/curricula", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains(&format!("/curricula/{framework_id}")));
        let tree = node.client.get(format!("{}/curricula/{framework_id}", node.url)).send().await.unwrap();
        assert_eq!(tree.status(), StatusCode::OK);
        let tree = tree.text().await.unwrap();
        assert!(tree.contains("<details") && tree.matches("/goals/").count() > 400, "the whole tree is there");
        let goal_row =
            node.get(&format!("/goals/{}", url::form_urlencoded::byte_serialize(goal["uri"].as_str().unwrap().as_bytes()).collect::<String>()), None).await.1;
        let goal_page = node.client.get(format!("{}/goals/{}", node.url, goal_row["id"].as_str().unwrap())).send().await.unwrap().text().await.unwrap();
        assert!(
            goal_page.contains(&goal_row["human_coding_scheme"].as_str().unwrap().replace('\'', "&#39;"))
                || goal_page.contains(goal_row["human_coding_scheme"].as_str().unwrap())
        );

        // Writing: the edit form offers the goal; checking it aligns the material.
        let material = node.material(&admin, json!({"title": "Les", "body": statement})).await;
        let url = material["url"].as_str().unwrap().to_owned();
        let client = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let sign_in = client.get(format!("{}/sign-in", node.url)).send().await.unwrap().text().await.unwrap();
        let csrf = crate::pages::csrf_of(&sign_in);
        client
            .post(format!("{}/sign-in", node.url))
            .form(&[("username", "beheer"), ("password", "correct horse battery"), ("csrf", &csrf)])
            .send()
            .await
            .unwrap();
        let form = client.get(format!("{url}/edit")).send().await.unwrap().text().await.unwrap();
        assert!(form.contains(&format!("value=\"{}\"", goal["uri"].as_str().unwrap())), "the form suggests the goal");
        let fields = [
            ("csrf", csrf.as_str()),
            ("title", "Les"),
            ("language", "nl"),
            ("license", "CC-BY-4.0"),
            ("education_levels", "po"),
            ("status", "published"),
            ("body", statement),
            ("goals", goal["uri"].as_str().unwrap()),
        ];
        let saved = client.post(format!("{url}/edit")).form(&fields).send().await.unwrap();
        assert_eq!(saved.status(), StatusCode::SEE_OTHER, "{:?}", saved.headers().get("location"));
        let (_, after) = node.get(&format!("/materials/{}", material["id"].as_str().unwrap()), None).await;
        assert_eq!(after["goals"], json!([{"uri": goal["uri"], "alignment_type": "teaches"}]));
        let page = client.get(&url).send().await.unwrap().text().await.unwrap();
        assert!(page.contains(&format!("/goals/{}", goal_row["id"].as_str().unwrap())), "the material page links its goal");
    }
}

#[actix_web::test]
async fn administrators_import_through_the_page() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        node.user("beheer", Role::Admin).await;
        node.user("lid", Role::Member).await;
        let signed_in = |username: &'static str| {
            let node = &node;
            async move {
                let client = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
                let csrf = crate::pages::csrf_of(&client.get(format!("{}/sign-in", node.url)).send().await.unwrap().text().await.unwrap());
                client
                    .post(format!("{}/sign-in", node.url))
                    .form(&[("username", username), ("password", "correct horse battery"), ("csrf", &csrf)])
                    .send()
                    .await
                    .unwrap();
                (client, csrf)
            }
        };
        let upload = |client: &reqwest::Client, csrf: &str, bytes: Vec<u8>| {
            let form =
                reqwest::multipart::Form::new().text("csrf", csrf.to_owned()).part("package", reqwest::multipart::Part::bytes(bytes).file_name("package.json"));
            client.post(format!("{}/curricula", node.url)).multipart(form).send()
        };
        let package = serde_json::to_vec(&shared_package("third-party/ccss-math-sample.case.json")).unwrap();

        let (member, csrf) = signed_in("lid").await;
        assert_eq!(upload(&member, &csrf, package.clone()).await.unwrap().status(), StatusCode::FORBIDDEN);
        let (admin, csrf) = signed_in("beheer").await;
        let page = admin.get(format!("{}/curricula", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("name=\"package\""), "administrators see the import form");
        let refused = upload(&admin, &csrf, br#"{"CFDocument": {"identifier": "x"}}"#.to_vec()).await.unwrap();
        assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
        assert!(refused.text().await.unwrap().contains("CFDocument.uri is required"));
        assert_eq!(upload(&admin, &csrf, b"not json".to_vec()).await.unwrap().status(), StatusCode::BAD_REQUEST);
        assert_eq!(node.get("/curricula", None).await.1["total"], 0, "refused imports change nothing");
        let imported = upload(&admin, &csrf, package).await.unwrap();
        assert_eq!(imported.status(), StatusCode::SEE_OTHER);
        assert!(imported.headers()["location"].to_str().unwrap().starts_with("/curricula/"));
        assert_eq!(node.get("/curricula", None).await.1["items"][0]["goal_count"], 16);
    }
}

#[actix_web::test]
async fn the_goal_tree_sorts_filters_by_level_and_puts_retired_goals_apart() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        let (status, report) = node.post("/curricula", Some(&admin), &shared_package(SLO)).await;
        assert_eq!(status, StatusCode::CREATED, "{report}");
        let framework = report["framework_id"].as_str().unwrap();
        let html = |query: &'static str| {
            let url = format!("{}/curricula/{framework}{query}", node.url);
            let client = node.client.clone();
            async move { client.get(url).send().await.unwrap().text().await.unwrap() }
        };
        let all = html("").await;
        let at = |page: &str, name: &str| page.find(&format!("{name}</a>")).unwrap_or_else(|| panic!("{name} is listed"));
        assert!(
            at(&all, "Aardrijkskunde") < at(&all, "Nederlandse gebarentaal") && at(&all, "Nederlandse gebarentaal") < at(&all, "Rekenen en wiskunde"),
            "{backend:?}: subject areas in alphabetical order"
        );
        let current = all.split("<details class=\"retired-goals\">").next().unwrap();
        assert!(all.contains("Vervallen doelen (73)"), "{backend:?}: the 73 replaced goals in one section apart");
        assert!(!current.contains("Kerndoel (vervallen)"), "{backend:?}: none of them in the tree");

        let po = html("?level=po").await;
        let tree = po.split("<details class=\"retired-goals\">").next().unwrap();
        assert!(
            tree.contains("<b>PO Kerndoel 26</b>") && !tree.contains("<b>VO Kerndoel 26</b>") && !tree.contains("<b>SO nl/ml"),
            "{backend:?}: only PO goals"
        );
        assert!(tree.contains("aria-current=\"page\">Primair onderwijs</a>"));
        assert!(po.len() < all.len() / 2, "{backend:?}: the PO tree is much smaller ({} of {} bytes)", po.len(), all.len());

        // A goal page: a short heading, the statement below, levels in words.
        let uri = shared_package(SLO)["CFItems"].as_array().unwrap().iter().find(|i| i["humanCodingScheme"] == "PO Kerndoel 26").unwrap()["uri"].clone();
        let (_, goal) = node.get(&format!("/goals/{}", url::form_urlencoded::byte_serialize(uri.as_str().unwrap().as_bytes()).collect::<String>()), None).await;
        let page = node.client.get(format!("{}/goals/{}", node.url, goal["id"].as_str().unwrap())).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("<h1>Structuren doorzien</h1><p class=\"lead goal-statement\">De leerlingen leren structuur"), "{backend:?}");
        assert!(
            page.contains(">Primair onderwijs</li>") && page.contains(">Referentieniveau 1F</li>") && page.contains(">Fase 2</li>"),
            "{backend:?}: level labels"
        );
    }
}
