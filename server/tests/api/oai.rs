//! OAI-PMH (issue 19): an independent harvester (Sickle, from PyPI) takes every public record
//! in `lom` (NL-LOM) and `oai_dc` through several resumption pages, each record valid against
//! its XSD; selective and incremental harvests; deletions as tombstones; paging that stays
//! correct while records change; the protocol's errors for bad requests, never a 5xx.

use deelwijs_server::domain::vocab::Role;
use deelwijs_server::standards::oai_pmh::{self, Cursor, Prefix};
use reqwest::multipart::{Form, Part};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::curricula::shared_package;
use crate::support::{backends, read, test_python, TestNode};

/// Runs the harvester against the node; its JSON summary.
fn harvest(node: &TestNode, extra: &[&str]) -> Value {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/standards/harvest.py");
    let nl_lom = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/oer/nl-lom");
    let python = test_python();
    let output = std::process::Command::new(&python)
        .arg(&script)
        .arg(format!("{}/oai", node.url))
        .arg(&nl_lom)
        .args(extra)
        .output()
        .unwrap_or_else(|e| panic!("running {python}: {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the harvester failed ({python}; .ci/test installs Sickle and xmlschema): {stderr}");
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("harvester output: {e}: {stderr}"))
}

fn records(summary: &Value, prefix: &str) -> Vec<Value> {
    summary[prefix]["records"].as_array().unwrap().clone()
}

fn identifier(node: &TestNode, kind: &str, id: &str) -> String {
    format!("oai:{}:{kind}/{id}", host_name(node))
}

fn host_name(node: &TestNode) -> String {
    node.url.trim_start_matches("http://").split(':').next().unwrap().to_owned()
}

/// A raw request: status, content type and body.
async fn oai(node: &TestNode, query: &str) -> (StatusCode, String, String) {
    let response = node.client.get(format!("{}/oai?{query}", node.url)).send().await.unwrap();
    let status = response.status();
    let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    (status, content_type, response.text().await.unwrap())
}

/// Text between each `open…>` and `close` (the open tag may carry attributes).
fn between(xml: &str, open: &str, close: &str) -> Vec<String> {
    xml.split(open)
        .skip(1)
        .filter_map(|rest| {
            let (tag, rest) = rest.split_once('>')?;
            if tag.ends_with('/') {
                return Some(String::new());
            }
            Some(rest.split(close).next()?.to_owned())
        })
        .collect()
}

fn error_code(xml: &str) -> Option<String> {
    xml.split("<error code=\"").nth(1).and_then(|rest| rest.split('"').next()).map(str::to_owned)
}

#[actix_web::test]
async fn a_harvester_gets_every_public_record_valid_in_lom_and_oai_dc() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        let anna = node.user("anna", Role::Member).await;
        let bas = node.user("bas", Role::Member).await;
        let slo = shared_package("slo-kerndoelen-2025-11.case.json");
        let (status, report) = node.post("/curricula", Some(&admin), &slo).await;
        assert_eq!(status, StatusCode::CREATED, "{report}");
        // A kerndoel with a parent in the framework: its taxon path has more than one step.
        let goal_uri = slo["CFAssociations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["associationType"] == "isChildOf" && a["destinationNodeURI"]["uri"] != slo["CFDocument"]["uri"])
            .map(|a| a["originNodeURI"]["uri"].as_str().unwrap().to_owned())
            .unwrap();

        // 230 public materials (three pages), every other one for VO English.
        let mut public = Vec::new();
        for i in 0..230 {
            let mut fields = json!({"title": format!("Les {i} <b>&</b> \u{1F600}"), "keywords": ["breuken", format!("les-{i}")]});
            if i % 2 == 1 {
                fields["education_levels"] = json!(["vo"]);
                fields["subjects"] = json!(["engels"]);
            }
            if i == 0 {
                fields["goals"] = json!([{"uri": goal_uri, "alignment_type": "teaches"}]);
                fields["duration_minutes"] = json!(90);
            }
            public.push(node.material(&anna, fields).await["id"].as_str().unwrap().to_owned());
        }
        let form = Form::new().part("file", Part::bytes(b"%PDF werkblad".to_vec()).file_name("werkblad.pdf").mime_str("application/pdf").unwrap());
        let (status, file) =
            read(node.client.post(node.api(&format!("/materials/{}/attachments", public[0]))).bearer_auth(&anna).multipart(form).send().await.unwrap()).await;
        assert_eq!(status, StatusCode::CREATED, "{file}");
        // A remix of the first, published.
        let (status, remix) = node.post(&format!("/materials/{}/remix", public[0]), Some(&bas), &json!({})).await;
        assert_eq!(status, StatusCode::CREATED, "{remix}");
        let remix_id = remix["id"].as_str().unwrap().to_owned();
        let (status, _) = node.patch(&format!("/materials/{remix_id}"), Some(&bas), &json!({"status": "published"})).await;
        assert_eq!(status, StatusCode::OK);
        // Never harvested: a draft and an unlisted one. Hidden after being public: a tombstone.
        let draft = node.material(&anna, json!({"title": "Nog niet af", "status": "draft"})).await["id"].as_str().unwrap().to_owned();
        let unlisted = node.material(&anna, json!({"title": "Alleen met de link", "status": "unlisted"})).await["id"].as_str().unwrap().to_owned();
        let hidden = node.material(&anna, json!({"title": "Wordt verborgen"})).await["id"].as_str().unwrap().to_owned();
        let (status, _) = node.send(Method::PUT, &format!("/materials/{hidden}/hidden"), Some(&admin), &json!({"hidden": true})).await;
        assert_eq!(status, StatusCode::OK);
        let (status, case_study) = node
            .post("/case-studies", Some(&anna), &json!({"title": "Samen leren", "summary": "Zo ging het.", "sector": "vo", "challenge": "Dure methodes.", "approach": "Samen maken.", "results": "Het werkt.", "themes": ["innovating_together"], "stage": "scaling", "language": "nl", "status": "published", "related_materials": [public[0]]}))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{case_study}");
        let case_study_id = case_study["id"].as_str().unwrap().to_owned();

        let summary = harvest(&node, &[]);
        for prefix in ["lom", "oai_dc"] {
            let got = records(&summary, prefix);
            assert!(summary[prefix]["pages"].as_u64().unwrap() >= 3, "{prefix}: several pages: {}", summary[prefix]["pages"]);
            // 230 + the remix + the case study, and the hidden one as a tombstone.
            assert_eq!(got.len(), 233, "{prefix}");
            let invalid: Vec<&Value> = got.iter().filter(|r| r["invalid"].as_array().is_some_and(|e| !e.is_empty())).collect();
            assert!(invalid.is_empty(), "{prefix}: records that break the schema: {invalid:?}");
            let ids: Vec<&str> = got.iter().map(|r| r["identifier"].as_str().unwrap()).collect();
            for id in &public {
                assert!(ids.contains(&identifier(&node, "materials", id).as_str()), "{prefix}: {id} harvested");
            }
            for never in [&draft, &unlisted] {
                assert!(!ids.contains(&identifier(&node, "materials", never).as_str()), "{prefix}: {never} is not public");
            }
            let tombstone = got.iter().find(|r| r["identifier"] == identifier(&node, "materials", &hidden)).unwrap();
            assert_eq!(tombstone["deleted"], true, "{prefix}: hidden after publication is a deleted record");
            assert!(got.iter().filter(|r| r["deleted"] == true).count() == 1);
            assert!(got.iter().all(|r| r["datestamp"].as_str().unwrap().ends_with('Z') && r["datestamp"].as_str().unwrap().len() == 20));
        }
        let lom = records(&summary, "lom");
        let find = |id: &str| lom.iter().find(|r| r["identifier"] == id).map(|r| r["lom"].clone()).unwrap();
        let first = find(&identifier(&node, "materials", &public[0]));
        assert_eq!(first["title"], json!(["Les 0 <b>&</b> \u{1F600}"]));
        assert_eq!(first["copyright"], json!(["cc-by-40"]));
        assert!(first["purposes"].as_array().unwrap().contains(&json!("educational objective")), "{first}");
        let taxa = first["taxa"].as_array().unwrap();
        let at = taxa.iter().position(|t| t == goal_uri.as_str()).unwrap_or_else(|| panic!("the goal is a taxon: {first}"));
        assert!(at > 0 && taxa[at - 1].as_str().unwrap().starts_with("https://opendata.slo.nl/"), "the goals above it come first: {taxa:?}");
        assert!(first["locations"].as_array().unwrap().iter().any(|l| l.as_str().unwrap().contains("/files/")), "{first}");
        // A subject is a taxon path in this node's vocabulary and, where an imported framework
        // has an item of that name grouping others (SLO's vakleergebied "Engels"), through it.
        let groups: Vec<&str> = slo["CFAssociations"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["associationType"] == "isChildOf")
            .filter_map(|a| a["destinationNodeURI"]["uri"].as_str())
            .collect();
        let english_area =
            slo["CFItems"].as_array().unwrap().iter().find(|i| i["fullStatement"] == "Engels" && groups.contains(&i["uri"].as_str().unwrap())).unwrap()["uri"]
                .clone();
        let english = find(&identifier(&node, "materials", &public[1]));
        assert!(english["purposes"].as_array().unwrap().contains(&json!("discipline")), "{english}");
        let taxa = english["taxa"].as_array().unwrap();
        assert!(taxa.contains(&json!("engels")) && taxa.contains(&english_area), "the subject in our vocabulary and in SLO's: {taxa:?}");
        let remixed = find(&identifier(&node, "materials", &remix_id));
        assert_eq!(remixed["relations"], json!([{"kind": "isbasedon", "target": format!("{}/materials/{}", node.url, public[0])}]));
        let case = find(&identifier(&node, "case-studies", &case_study_id));
        assert_eq!(case["learning_resource_type"], json!(["casus"]));
        assert_eq!(case["relations"][0]["kind"], "references");

        // Selective harvests by set: the VO ones (and the case study, for VO), case studies only.
        let vo = harvest(&node, &["--prefix", "oai_dc", "--set", "level:vo"]);
        let vo_ids: Vec<String> = records(&vo, "oai_dc").iter().map(|r| r["identifier"].as_str().unwrap().to_owned()).collect();
        let expected_vo: Vec<String> = public.iter().enumerate().filter(|(i, _)| i % 2 == 1).map(|(_, id)| identifier(&node, "materials", id)).collect();
        assert_eq!(vo_ids.len(), expected_vo.len() + 1, "{vo_ids:?}");
        assert!(expected_vo.iter().all(|id| vo_ids.contains(id)));
        let cases = harvest(&node, &["--prefix", "oai_dc", "--set", "kind:case-study"]);
        assert_eq!(
            records(&cases, "oai_dc").iter().map(|r| r["identifier"].clone()).collect::<Vec<_>>(),
            [json!(identifier(&node, "case-studies", &case_study_id))]
        );

        // Incremental: from the newest datestamp on, a deletion and an edit are seen.
        let newest = records(&summary, "lom").iter().map(|r| r["datestamp"].as_str().unwrap().to_owned()).max().unwrap();
        assert_eq!(node.delete(&format!("/materials/{}", public[5]), Some(&anna)).await, StatusCode::NO_CONTENT);
        let (status, _) = node.patch(&format!("/materials/{}", public[6]), Some(&anna), &json!({"title": "Les 6, beter"})).await;
        assert_eq!(status, StatusCode::OK);
        let since = harvest(&node, &["--from", &newest]);
        for prefix in ["lom", "oai_dc"] {
            let got = records(&since, prefix);
            assert!(got.iter().all(|r| r["datestamp"].as_str().unwrap() >= newest.as_str()), "{prefix}: nothing older than from");
            let deleted = got.iter().find(|r| r["identifier"] == identifier(&node, "materials", &public[5])).expect("the deletion is harvested");
            assert_eq!(deleted["deleted"], true);
            assert!(got.iter().any(|r| r["identifier"] == identifier(&node, "materials", &public[6]) && r["deleted"] == false));
            // Datestamps are seconds: what changed in the newest second comes again, nothing older.
            let at_newest = records(&summary, prefix).iter().filter(|r| r["datestamp"] == newest.as_str()).count();
            assert!(got.len() <= at_newest + 2, "{prefix}: {} records since {newest}, {at_newest} of them at that second before", got.len());
        }
        assert_eq!(find(&identifier(&node, "materials", &public[6]))["title"], json!(["Les 6 <b>&</b> \u{1F600}"]), "the earlier harvest had the old title");
        let edited = records(&since, "lom").into_iter().find(|r| r["identifier"] == identifier(&node, "materials", &public[6])).unwrap();
        assert_eq!(edited["lom"]["title"], json!(["Les 6, beter"]));
    }
}

#[actix_web::test]
async fn paging_stays_correct_while_records_change_during_a_harvest() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let mut ids = Vec::new();
        for i in 0..250 {
            ids.push(node.material(&anna, json!({"title": format!("Les {i}")})).await["id"].as_str().unwrap().to_owned());
        }
        let (_, _, first) = oai(&node, "verb=ListIdentifiers&metadataPrefix=lom").await;
        let mut seen: Vec<(String, bool)> = Vec::new();
        let mut collect = |page: &str| {
            for header in page.split("<header").skip(1) {
                let id = between(header, "<identifier", "</identifier>").remove(0);
                seen.push((id, header.starts_with(" status=\"deleted\"")));
            }
            between(page, "<resumptionToken", "</resumptionToken>").first().cloned().filter(|t| !t.is_empty())
        };
        let mut token = collect(&first).expect("a first page of 100 has a token");
        assert!(first.contains("cursor=\"0\""), "{first}");
        // While the harvester is between pages: one it has seen is edited, one it has not seen
        // is deleted, and one is added.
        let (status, _) = node.patch(&format!("/materials/{}", ids[3]), Some(&anna), &json!({"title": "Les 3, herzien"})).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(node.delete(&format!("/materials/{}", ids[200]), Some(&anna)).await, StatusCode::NO_CONTENT);
        let added = node.material(&anna, json!({"title": "Nieuw tijdens het oogsten"})).await["id"].as_str().unwrap().to_owned();
        let mut pages = 1;
        loop {
            let (status, _, page) = oai(&node, &format!("verb=ListIdentifiers&resumptionToken={}", urlencode(&token))).await;
            assert_eq!(status, StatusCode::OK);
            assert!(error_code(&page).is_none(), "{page}");
            pages += 1;
            match collect(&page) {
                Some(next) => token = next,
                None => {
                    assert!(page.contains(&format!("cursor=\"{}\"", 100 * (pages - 1))), "the last page says how far the list went: {page}");
                    break;
                }
            }
        }
        assert!(pages >= 3);
        let count = |id: &str| seen.iter().filter(|(s, _)| *s == identifier(&node, "materials", id)).count();
        for id in &ids {
            assert!(count(id) >= 1, "{id} was seen");
        }
        assert_eq!(count(&ids[3]), 2, "the edited record comes again, after the edit");
        assert_eq!(count(&added), 1);
        let deleted = seen.iter().rev().find(|(s, _)| *s == identifier(&node, "materials", &ids[200])).unwrap();
        assert!(deleted.1, "the deletion is what the harvester ends with for that record");
        let others = seen.iter().filter(|(s, _)| ![&ids[3], &ids[200]].iter().any(|x| *s == identifier(&node, "materials", x))).count();
        assert_eq!(others, 249, "no other record twice");
    }
}

fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[actix_web::test]
async fn bad_requests_get_the_protocols_errors_and_never_a_server_error() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let material = node.material(&anna, json!({})).await["id"].as_str().unwrap().to_owned();
        let record_id = identifier(&node, "materials", &material);

        let (status, content_type, identify) = oai(&node, "verb=Identify").await;
        assert_eq!(status, StatusCode::OK);
        assert!(content_type.starts_with("text/xml"), "{content_type}");
        for part in [
            "<protocolVersion>2.0</protocolVersion>",
            "<deletedRecord>persistent</deletedRecord>",
            "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>",
            "<adminEmail>",
            "<earliestDatestamp>",
        ] {
            assert!(identify.contains(part), "{part} in {identify}");
        }
        let (_, _, formats) = oai(&node, &format!("verb=ListMetadataFormats&identifier={}", urlencode(&record_id))).await;
        assert!(formats.contains("<metadataPrefix>oai_dc</metadataPrefix>") && formats.contains("<metadataPrefix>lom</metadataPrefix>"), "{formats}");
        let (_, _, sets) = oai(&node, "verb=ListSets").await;
        assert!(sets.contains("<setSpec>level:po</setSpec>") && sets.contains("<setSpec>kind:case-study</setSpec>"), "{sets}");
        let (_, _, got) = oai(&node, &format!("verb=GetRecord&metadataPrefix=lom&identifier={}", urlencode(&record_id))).await;
        assert!(got.contains("<lom xmlns=\"http://www.imsglobal.org/xsd/imsmd_v1p2\""), "{got}");

        let secret: String = node.app.db.read(|conn| Ok(deelwijs_server::store::settings::get(conn, "oai_token_secret")?.unwrap())).await.unwrap();
        let now = chrono::Utc::now().timestamp();
        let expired =
            oai_pmh::encode_token(&Cursor { prefix: Prefix::Lom, set: None, after: 0, until: i64::MAX, served: 100, issued: now - 2 * 86_400 }, &secret);
        let foreign =
            oai_pmh::encode_token(&Cursor { prefix: Prefix::Lom, set: None, after: 0, until: i64::MAX, served: 100, issued: now }, "een ander knooppunt");
        let cases: Vec<(String, &str)> = vec![
            (String::new(), "badVerb"),
            ("verb=Harvest".into(), "badVerb"),
            ("verb=Identify&verb=Identify".into(), "badVerb"),
            ("verb=Identify&metadataPrefix=lom".into(), "badArgument"),
            ("verb=ListRecords".into(), "badArgument"),
            ("verb=ListRecords&metadataPrefix=marc21".into(), "cannotDisseminateFormat"),
            ("verb=ListRecords&metadataPrefix=lom&from=gisteren".into(), "badArgument"),
            ("verb=ListRecords&metadataPrefix=lom&from=2026-02-30".into(), "badArgument"),
            ("verb=ListRecords&metadataPrefix=lom&from=2026-12-01&until=2026-12-02T00:00:00Z".into(), "badArgument"),
            ("verb=ListRecords&metadataPrefix=lom&from=2026-12-02&until=2026-12-01".into(), "badArgument"),
            ("verb=ListRecords&metadataPrefix=lom&from=2999-01-01".into(), "noRecordsMatch"),
            ("verb=ListRecords&metadataPrefix=lom&until=1999-01-01".into(), "noRecordsMatch"),
            ("verb=ListRecords&metadataPrefix=lom&set=level:nergens".into(), "noRecordsMatch"),
            ("verb=ListIdentifiers&resumptionToken=abc.def".into(), "badResumptionToken"),
            (format!("verb=ListRecords&resumptionToken={}", urlencode(&expired)), "badResumptionToken"),
            (format!("verb=ListRecords&resumptionToken={}", urlencode(&foreign)), "badResumptionToken"),
            (format!("verb=ListRecords&metadataPrefix=lom&resumptionToken={}", urlencode(&expired)), "badArgument"),
            ("verb=ListSets&resumptionToken=x".into(), "badResumptionToken"),
            ("verb=GetRecord&metadataPrefix=lom".into(), "badArgument"),
            ("verb=GetRecord&metadataPrefix=lom&identifier=oai:elders.nl:materials/x".into(), "idDoesNotExist"),
            (format!("verb=GetRecord&metadataPrefix=lom&identifier={}", urlencode(&identifier(&node, "materials", "bestaatniet"))), "idDoesNotExist"),
            (format!("verb=GetRecord&metadataPrefix=mods&identifier={}", urlencode(&record_id)), "cannotDisseminateFormat"),
            ("verb=ListMetadataFormats&identifier=oai:x:y".into(), "idDoesNotExist"),
            ("verb=ListRecords&metadataPrefix=lom&from=2026-12-01T10:00:00%2B01:00".into(), "badArgument"),
        ];
        for (query, code) in &cases {
            let (status, content_type, body) = oai(&node, query).await;
            assert_eq!(status, StatusCode::OK, "{query}: {body}");
            assert!(content_type.starts_with("text/xml"));
            assert_eq!(error_code(&body).as_deref(), Some(*code), "{query}: {body}");
            // The same request as a POST form gets the same answer.
            let posted = node
                .client
                .post(format!("{}/oai", node.url))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(query.clone())
                .send()
                .await
                .unwrap();
            assert_eq!(posted.status(), StatusCode::OK);
            assert_eq!(error_code(&posted.text().await.unwrap()).as_deref(), Some(*code), "POST {query}");
        }
        // After badVerb or badArgument the request element carries no arguments.
        let (_, _, body) = oai(&node, "verb=Identify&junk=1").await;
        assert!(body.contains(&format!("<request>{}/oai</request>", node.url)), "{body}");
        let (_, _, body) = oai(&node, "verb=ListRecords&metadataPrefix=lom&from=2999-01-01").await;
        assert!(body.contains("<request verb=\"ListRecords\" metadataPrefix=\"lom\" from=\"2999-01-01\">"), "{body}");
    }
}
