//! A synthetic, reproducible corpus: Dutch and English teaching texts, metadata spread over the
//! facets, and goals drawn from the SLO framework.
//!
//! Two text models:
//! - `Topics` (the default) writes like real material: every text mixes general classroom
//!   words (in most documents), the words of one or two topics that match its subjects (in a
//!   few percent of documents each), and a long Zipf tail of rare words. A topical query word
//!   such as "breuken" then matches a few percent of the corpus, as it would on a real node.
//! - `Soup` draws every word from one 170-word list, so a common word sits in nearly every
//!   document and most queries match most of the corpus: a worst case, kept for comparison.

#![allow(clippy::unwrap_used)] // a benchmark fails loudly

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Model {
    Topics,
    Soup,
}

impl Model {
    pub fn parse(name: &str) -> Model {
        match name {
            "soup" => Model::Soup,
            _ => Model::Topics,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Model::Topics => "topics",
            Model::Soup => "soup",
        }
    }
}

const NL_GENERAL: &str = "les leerlingen groep opdracht werkblad klas leerkracht uitleg oefenen samen bespreken \
toets doel stap vraag antwoord voorbeeld tijd kring gesprek reflectie feedback beoordeling instructie differentiatie \
extra uitdaging ondersteuning presentatie project onderzoek verslag spel kaart tabel lezen schrijven kijken maken";
const EN_GENERAL: &str = "lesson pupils group assignment worksheet class teacher explanation practice together discuss \
test goal step question answer example time circle discussion reflection feedback assessment instruction differentiation \
extra challenge support presentation project research report game map table reading writing looking making";

/// Topics: (subject facet value, Dutch words, English words). A document's topics follow its
/// subjects, so text and facets agree the way they do in real material.
const TOPICS: &[(&str, &str, &str)] = &[
    (
        "rekenen-wiskunde",
        "breuken rekenen procent verhouding grafiek meten wegen liter meter getallen delen vermenigvuldigen",
        "fractions maths percent ratio graph measure weigh litre metre numbers divide multiply",
    ),
    (
        "nederlands",
        "taal spelling grammatica zinnen woordenschat verhaal gedicht boek bibliotheek spreken luisteren begrijpend",
        "language spelling grammar sentences vocabulary story poem book library speaking listening comprehension",
    ),
    (
        "engels",
        "engels woorden uitspraak dialoog luisteren songteksten schrijfopdracht lezen vertalen",
        "english words pronunciation dialogue listening lyrics writing reading translate",
    ),
    (
        "aardrijkskunde",
        "klimaat water kaart wereld europa nederland rivieren dijken weer landschap",
        "climate water map world europe netherlands rivers dikes weather landscape",
    ),
    (
        "geschiedenis",
        "geschiedenis oorlog vrede bronnen tijdvak middeleeuwen kastelen museum verleden",
        "history war peace sources period middle ages castles museum past",
    ),
    (
        "biologie",
        "natuur dieren planten lichaam hart longen voeding gezond groente fruit suiker",
        "nature animals plants body heart lungs food health vegetables fruit sugar",
    ),
    (
        "natuurkunde",
        "energie proef experiment hypothese waarneming conclusie stroom magneet licht geluid",
        "energy experiment hypothesis observation conclusion current magnet light sound",
    ),
    (
        "techniek",
        "techniek bouwen brug toren ontwerp testen verbeteren constructie materialen",
        "technology building bridge tower design testing improving construction materials",
    ),
    (
        "burgerschap",
        "burgerschap democratie gemeente verkiezingen geld sparen rente rechten regels",
        "citizenship democracy council elections money saving interest rights rules",
    ),
    (
        "digitale-geletterdheid",
        "digitale geletterdheid programmeren robot microbit mediawijsheid privacy nieuws algoritme",
        "digital literacy coding robot microbit media privacy news algorithm",
    ),
    (
        "kunst-en-cultuur",
        "kunst museum muziek zingen tekenen schilderen theater dans cultuur",
        "art museum music singing drawing painting theatre dance culture",
    ),
    ("bewegingsonderwijs", "bewegen sport gym spel balans springen rennen samenwerken", "movement sport gym game balance jumping running teamwork"),
];

const SOUP_NL: &str = "les leerlingen breuken groep rekenen lezen schrijven taal klimaat water energie natuur dieren planten \
geschiedenis oorlog vrede burgerschap democratie samenwerken onderzoek project presentatie toets opdracht werkblad spel \
digitale geletterdheid programmeren robot microbit mediawijsheid privacy nieuws bronnen kaart wereld europa nederland \
gemeente verkiezingen geld sparen rente procent verhouding tabel grafiek meten wegen liter meter tijd klok kalender \
verhaal gedicht boek bibliotheek woordenschat spelling grammatica zinnen spreken luisteren engels frans duits fries \
muziek zingen tekenen schilderen kunst museum bewegen sport gym voeding gezond suiker groente fruit lichaam hart longen \
techniek bouwen brug toren ontwerp testen verbeteren proef experiment hypothese waarneming conclusie verslag \
stappenplan instructie differentiatie extra uitdaging ondersteuning kring gesprek reflectie feedback beoordeling";
const SOUP_EN: &str = "lesson pupils fractions group maths reading writing language climate water energy nature animals plants \
history war peace citizenship democracy collaboration research project presentation test assignment worksheet game \
digital literacy coding robot microbit media privacy news sources map world europe netherlands council elections money \
saving interest percent ratio table graph measure weigh litre metre time clock calendar story poem book library \
vocabulary spelling grammar sentences speaking listening english french german music singing drawing painting art \
museum movement sport health food sugar vegetables fruit body heart lungs technology building bridge tower design \
testing improving experiment hypothesis observation conclusion report steps instruction differentiation challenge \
support circle discussion reflection feedback assessment";

pub const LEVELS: &[&str] = &["po", "so", "vo", "vso", "mbo", "ho", "volwassenen"];
pub const TYPES: &[&str] = &["lesson_plan", "worksheet", "slides", "video", "assessment", "game", "reading", "project", "other"];
pub const LICENSES: &[&str] = &["CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC0-1.0", "CC-BY-ND-4.0"];

/// One synthetic material.
#[derive(Debug, Clone)]
pub struct Doc {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub language: &'static str,
    pub levels: Vec<&'static str>,
    pub subjects: Vec<&'static str>,
    pub resource_type: &'static str,
    pub license: &'static str,
    /// Indexes into the goal list handed to `generate`.
    pub goals: Vec<usize>,
    pub updated_at: i64,
}

/// Zipf-ish pick: low indexes (common words) much more often than high ones.
fn zipf<'a, S: AsRef<str>>(rng: &mut StdRng, words: &'a [S]) -> &'a str {
    let u: f64 = rng.gen::<f64>();
    let index = ((words.len() as f64).powf(u) - 1.0) as usize;
    words[index.min(words.len() - 1)].as_ref()
}

/// A language's vocabulary under the topic model.
struct Vocabulary {
    general: Vec<&'static str>,
    topics: Vec<Vec<&'static str>>,
    /// Rare words: pseudo-words from syllables, Zipf-distributed.
    tail: Vec<String>,
}

impl Vocabulary {
    fn new(general: &'static str, topic_words: impl Fn(&(&str, &'static str, &'static str)) -> &'static str, syllables: &[&str]) -> Vocabulary {
        let mut tail = Vec::new();
        for a in syllables {
            for b in syllables {
                for c in ["", "en", "ing", "er", "s"] {
                    tail.push(format!("{a}{b}{c}"));
                }
            }
        }
        Vocabulary { general: general.split_whitespace().collect(), topics: TOPICS.iter().map(|t| topic_words(t).split_whitespace().collect()).collect(), tail }
    }

    fn word(&self, rng: &mut StdRng, topics: &[usize]) -> &str {
        let roll: f64 = rng.gen();
        if roll < 0.45 {
            zipf(rng, &self.general)
        } else if roll < 0.80 {
            let topic = topics[rng.gen_range(0..topics.len())];
            zipf(rng, &self.topics[topic])
        } else {
            zipf(rng, &self.tail)
        }
    }
}

const NL_SYLLABLES: &[&str] = &[
    "ba", "be", "bo", "da", "de", "do", "ge", "ha", "ka", "ke", "la", "le", "lo", "ma", "me", "mo", "na", "ne", "no", "pa", "pe", "ra", "re", "ro", "sa", "se",
    "so", "ta", "te", "to", "va", "ve", "wa", "we", "za", "ze", "sch", "stra", "kle", "vro",
];
const EN_SYLLABLES: &[&str] = &[
    "ba", "bi", "bo", "ca", "co", "da", "di", "fa", "fi", "ga", "ha", "hi", "ka", "la", "li", "lo", "ma", "mi", "mo", "na", "ni", "pa", "pi", "ra", "ri", "ro",
    "sa", "si", "ta", "ti", "to", "va", "vi", "wa", "wi", "za", "shi", "tra", "ple", "thro",
];

pub fn generate(count: usize, goal_count: usize, seed: u64, model: Model) -> Vec<Doc> {
    let mut rng = StdRng::seed_from_u64(seed);
    let nl = Vocabulary::new(NL_GENERAL, |t| t.1, NL_SYLLABLES);
    let en = Vocabulary::new(EN_GENERAL, |t| t.2, EN_SYLLABLES);
    let soup_nl: Vec<&str> = SOUP_NL.split_whitespace().collect();
    let soup_en: Vec<&str> = SOUP_EN.split_whitespace().collect();
    (0..count)
        .map(|i| {
            let roll: f64 = rng.gen();
            let (language, dutch) = if roll < 0.7 {
                ("nl", true)
            } else if roll < 0.95 {
                ("en", false)
            } else if roll < 0.975 {
                ("de", false)
            } else {
                ("fr", false)
            };
            let n_levels = rng.gen_range(1..=2);
            let n_subjects = rng.gen_range(1..=2);
            let mut topics: Vec<usize> = (0..n_subjects).map(|_| rng.gen_range(0..TOPICS.len())).collect();
            topics.dedup();
            let n_goals = if goal_count == 0 { 0 } else { rng.gen_range(0..=3) };
            let lengths = [rng.gen_range(3..=7), rng.gen_range(12..=25), rng.gen_range(60..=160)];
            let [title, summary, body] = lengths.map(|n| {
                let words: Vec<&str> = match model {
                    Model::Topics => (0..n).map(|_| if dutch { nl.word(&mut rng, &topics) } else { en.word(&mut rng, &topics) }).collect(),
                    Model::Soup => (0..n).map(|_| zipf(&mut rng, if dutch { &soup_nl } else { &soup_en })).collect(),
                };
                words.join(" ")
            });
            Doc {
                id: format!("b{i:07}"),
                title,
                summary,
                body,
                language,
                levels: (0..n_levels).map(|_| LEVELS[rng.gen_range(0..LEVELS.len())]).collect(),
                subjects: topics.iter().map(|t| TOPICS[*t].0).collect(),
                resource_type: TYPES[rng.gen_range(0..TYPES.len())],
                license: LICENSES[rng.gen_range(0..LICENSES.len())],
                goals: (0..n_goals).map(|_| rng.gen_range(0..goal_count)).collect(),
                updated_at: 1_700_000_000 + i as i64,
            }
        })
        .collect()
}

/// Writes `docs` as published materials of `owner` straight into the database, one SQL statement
/// per 2,000 (what the use cases would write, without their cost), aligned to `goal_uris`. With
/// `federated`, also their federation state, as a node that published them holds it.
pub fn insert_materials(conn: &mut impl diesel::connection::SimpleConnection, docs: &[Doc], owner: &str, goal_uris: &[String], federated: bool) {
    let text = |s: &str| format!("'{}'", s.replace('\'', "''"));
    let list = |values: &[&str]| text(&serde_json::to_string(values).unwrap());
    conn.batch_execute("BEGIN").unwrap();
    for chunk in docs.chunks(2_000) {
        let rows: Vec<String> = chunk
            .iter()
            .map(|d| {
                let at = text(&chrono::DateTime::from_timestamp(d.updated_at, 0).unwrap().naive_utc().format("%Y-%m-%d %H:%M:%S").to_string());
                let goals: Vec<serde_json::Value> = d.goals.iter().map(|g| serde_json::json!({"uri": goal_uris[*g], "alignment_type": "teaches"})).collect();
                format!(
                    "({},{},{},{},{},{},'{}','{}',{},{},'{}','[]','[]','[]','published',1,{at},{at},{})",
                    text(&d.id),
                    text(owner),
                    text(&d.title),
                    text(&d.summary),
                    text(&d.body),
                    text(&format!("<p>{}</p>", d.body)),
                    d.language,
                    d.license,
                    list(&d.levels),
                    list(&d.subjects),
                    d.resource_type,
                    text(&serde_json::to_string(&goals).unwrap())
                )
            })
            .collect();
        conn.batch_execute(&format!(
            "INSERT INTO materials (id, owner_id, title, summary, body_md, body_html, language, license, education_levels, subjects, resource_type, \
             keywords, authors, links, status, version, created_at, updated_at, goals) VALUES {}",
            rows.join(",")
        ))
        .unwrap();
        if federated {
            let states: Vec<String> = chunk.iter().map(|d| format!("('material',{},'public')", text(&d.id))).collect();
            conn.batch_execute(&format!("INSERT INTO federated_objects (object_kind, object_id, state) VALUES {}", states.join(","))).unwrap();
        }
    }
    conn.batch_execute("COMMIT").unwrap();
}
