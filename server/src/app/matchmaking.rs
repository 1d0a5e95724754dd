//! Matchmaking: for a help question, the case studies, materials, networks and nodes (here and
//! among what followed nodes sent) that fit its themes, level, languages and text, ranked, each
//! with why it matched and, where there is one, whom the asker may invite. The search index
//! finds candidates ("more like this"); `domain::matchmaking` judges and explains them.

use std::collections::BTreeMap;

use deelwijs_indexer::{Hit, Similar};

use super::{Actor, App, AppConfig, AppError, AppResult};
use crate::domain::matchmaking::{judge, Offer, Reason, Wanted};
use crate::domain::vocab::{EducationLevel, Theme};
use crate::domain::ContentKind;
use crate::store::{
    case_studies as case_store, federation as fed_store, materials as material_store, networks, parse_json_list, questions, users, DbConnection,
};

/// Candidates fetched from the index per kind, before judging.
const CANDIDATES: usize = 40;
/// Matches shown per kind.
const PER_KIND: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchKind {
    CaseStudy,
    Material,
    Network,
    Node,
}

impl MatchKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::CaseStudy => "case_study",
            MatchKind::Material => "material",
            MatchKind::Network => "network",
            MatchKind::Node => "node",
        }
    }
}

/// Someone the asker can invite to answer: a person or a network, by ActivityPub id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitee {
    pub ap_id: String,
    pub name: String,
    pub invited: bool,
}

#[derive(Debug, Clone)]
pub struct Match {
    pub kind: MatchKind,
    pub title: String,
    pub url: String,
    /// The node it is on; empty for this one.
    pub node: String,
    pub score: f64,
    pub reasons: Vec<Reason>,
    pub invitee: Option<Invitee>,
}

/// The matches of a question the viewer may see, best first within each kind, kinds in the
/// order case studies, materials, networks, nodes.
pub async fn matches(app: &App, viewer: Option<&Actor>, question_id: &str) -> AppResult<Vec<Match>> {
    let question = super::questions::get(app, viewer, question_id).await?;
    let situation = super::search::html_to_text(&question.situation_html);
    let wanted = Wanted::of(&question.fields, &situation);
    let Some(index) = app.search.clone() else { return Err(AppError::Internal("this process has no search index".into())) };
    let mut boosts: Vec<(String, String)> = question.fields.themes.iter().map(|t| ("theme".to_owned(), t.as_str().to_owned())).collect();
    boosts.push(("level".to_owned(), question.fields.education_level.as_str().to_owned()));
    boosts.extend(question.fields.languages.iter().map(|l| ("lang".to_owned(), l.as_str().to_owned())));
    let text = format!("{} {}", question.fields.title, situation);
    let mut hits: Vec<(MatchKind, Vec<Hit>)> = Vec::new();
    for (kind, content) in [(MatchKind::CaseStudy, ContentKind::CaseStudy), (MatchKind::Material, ContentKind::Material)] {
        let request = Similar { text: text.clone(), boosts: boosts.clone(), kind: content.as_str().to_owned(), limit: CANDIDATES };
        let index = index.clone();
        let found = super::tx::run_blocking(move || index.similar(&request).map_err(super::search::index_error)).await?;
        hits.push((kind, found));
    }
    // The question as read above: its asker's page is where an invitation to oneself would go.
    let (config, question_id) = (app.config.clone(), question.id.clone());
    let asker = (question.origin.is_none()).then(|| app.config.user_url(&question.owner.username));
    app.db
        .read(move |conn| {
            let invited: Vec<String> = questions::invitations(conn, &question_id)?.into_iter().map(|i| i.invitee).collect();
            // One does not invite oneself: the asker's own work matches, but not as someone to ask.
            let mut all = Vec::new();
            for (kind, found) in hits {
                let mut judged = judge_hits(conn, &config, &wanted, kind, &found, &invited)?;
                for m in &mut judged {
                    if m.invitee.as_ref().is_some_and(|i| asker.as_deref() == Some(i.ap_id.as_str())) {
                        m.invitee = None;
                    }
                }
                judged.sort_by(|a, b| b.score.total_cmp(&a.score));
                all.extend(judged.into_iter().take(PER_KIND));
            }
            let nodes = nodes_holding(&config, &all);
            all.extend(network_matches(conn, &config, &wanted, &invited)?);
            all.extend(nodes);
            Ok(all)
        })
        .await
}

/// Reads each hit's row and judges it; hits that do not fit are left out.
fn judge_hits(conn: &mut DbConnection, config: &AppConfig, wanted: &Wanted, kind: MatchKind, hits: &[Hit], invited: &[String]) -> AppResult<Vec<Match>> {
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    let mut offers: BTreeMap<String, (Offer, String)> = BTreeMap::new();
    match kind {
        MatchKind::CaseStudy => {
            for row in case_store::by_ids(conn, &ids)? {
                let themes = parse_json_list::<String>(&row.themes).iter().filter_map(|t| Theme::parse(t)).collect();
                let offer = Offer {
                    themes,
                    levels: EducationLevel::parse(&row.sector).into_iter().collect(),
                    language: row.language.clone(),
                    text: format!("{} {} {} {}", row.title, row.summary, row.challenge, row.approach),
                };
                offers.insert(row.id.clone(), (offer, row.owner_id.clone()));
            }
        }
        _ => {
            for row in material_store::by_ids(conn, &ids)? {
                let levels = parse_json_list::<String>(&row.education_levels).iter().filter_map(|l| EducationLevel::parse(l)).collect();
                let offer = Offer {
                    themes: Vec::new(),
                    levels,
                    language: row.language.clone(),
                    text: format!("{} {} {}", row.title, row.summary, parse_json_list::<String>(&row.keywords).join(" ")),
                };
                offers.insert(row.id.clone(), (offer, row.owner_id.clone()));
            }
        }
    }
    let mut matched = Vec::new();
    for hit in hits {
        let Some((offer, owner_id)) = offers.get(&hit.id) else { continue };
        let Some((score, reasons)) = judge(wanted, offer) else { continue };
        matched.push(Match {
            kind,
            title: hit.title.clone(),
            url: hit.url.clone(),
            node: if hit.origin == "local" { String::new() } else { hit.origin.clone() },
            score,
            reasons,
            invitee: person(conn, config, owner_id, invited)?,
        });
    }
    Ok(matched)
}

/// The author of a piece of content, as someone to invite.
fn person(conn: &mut DbConnection, config: &AppConfig, user_id: &str, invited: &[String]) -> AppResult<Option<Invitee>> {
    let invitee = match fed_store::remote_actor_of_user(conn, user_id)? {
        Some(actor) => Some((actor.ap_id.clone(), actor.label())),
        None => users::by_id(conn, user_id)?
            .filter(|u| u.status == "active")
            .map(|u| (config.user_url(&u.username), if u.display_name.is_empty() { u.username } else { u.display_name })),
    };
    Ok(invitee.map(|(ap_id, name)| Invitee { invited: invited.contains(&ap_id), ap_id, name }))
}

/// Networks here and those of other nodes this node knows, judged by name and description.
fn network_matches(conn: &mut DbConnection, config: &AppConfig, wanted: &Wanted, invited: &[String]) -> AppResult<Vec<Match>> {
    let mut candidates: Vec<(String, String, String, String)> =
        networks::all(conn)?.into_iter().map(|n| (config.group_url(&n.name), n.title, n.summary, String::new())).collect();
    for actor in fed_store::remote_actors_of_kind(conn, "Group", 500)? {
        let name = if actor.name.is_empty() { actor.username.clone() } else { actor.name.clone() };
        candidates.push((actor.ap_id.clone(), name, actor.summary.clone(), actor.host.clone()));
    }
    let mut matched: Vec<Match> = candidates
        .into_iter()
        .filter_map(|(ap_id, title, summary, node)| {
            // A network's themes are in its words: its description names them, in any UI language.
            let text = format!("{title} {}", crate::app::search::html_to_text(&summary));
            let themes = Theme::ALL.iter().copied().filter(|t| t.labels().any(|label| text.to_lowercase().contains(&label.to_lowercase()))).collect();
            let offer = Offer { themes, levels: Vec::new(), language: String::new(), text };
            let (score, reasons) = judge(wanted, &offer)?;
            Some(Match {
                kind: MatchKind::Network,
                invitee: Some(Invitee { invited: invited.contains(&ap_id), ap_id: ap_id.clone(), name: title.clone() }),
                title,
                url: ap_id,
                node,
                score,
                reasons,
            })
        })
        .collect();
    matched.sort_by(|a, b| b.score.total_cmp(&a.score));
    matched.truncate(PER_KIND);
    Ok(matched)
}

/// Other nodes holding matches: where to look further (their content here), by how many they
/// hold.
fn nodes_holding(config: &AppConfig, matches: &[Match]) -> Vec<Match> {
    let mut by_node: BTreeMap<&str, (usize, f64)> = BTreeMap::new();
    for m in matches.iter().filter(|m| !m.node.is_empty()) {
        let entry = by_node.entry(m.node.as_str()).or_default();
        entry.0 += 1;
        entry.1 += m.score;
    }
    let mut nodes: Vec<Match> = by_node
        .into_iter()
        .map(|(node, (count, score))| Match {
            kind: MatchKind::Node,
            title: node.to_owned(),
            url: format!("{}/search?origin={node}", config.public_url),
            node: node.to_owned(),
            score,
            reasons: vec![Reason::Holds(count)],
            invitee: None,
        })
        .collect();
    nodes.sort_by(|a, b| b.score.total_cmp(&a.score));
    nodes.truncate(PER_KIND);
    nodes
}
