//! A synthetic, reproducible corpus: Dutch and English teaching texts with a Zipf-like
//! vocabulary, metadata spread over the facets, and goals drawn from the SLO framework.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const NL: &str = "les leerlingen breuken groep rekenen lezen schrijven taal klimaat water energie natuur dieren planten \
geschiedenis oorlog vrede burgerschap democratie samenwerken onderzoek project presentatie toets opdracht werkblad spel \
digitale geletterdheid programmeren robot microbit mediawijsheid privacy nieuws bronnen kaart wereld europa nederland \
gemeente verkiezingen geld sparen rente procent verhouding tabel grafiek meten wegen liter meter tijd klok kalender \
verhaal gedicht boek bibliotheek woordenschat spelling grammatica zinnen spreken luisteren engels frans duits fries \
muziek zingen tekenen schilderen kunst museum bewegen sport gym voeding gezond suiker groente fruit lichaam hart longen \
techniek bouwen brug toren ontwerp testen verbeteren proef experiment hypothese waarneming conclusie verslag \
stappenplan instructie differentiatie extra uitdaging ondersteuning kring gesprek reflectie feedback beoordeling";
const EN: &str = "lesson pupils fractions group maths reading writing language climate water energy nature animals plants \
history war peace citizenship democracy collaboration research project presentation test assignment worksheet game \
digital literacy coding robot microbit media privacy news sources map world europe netherlands council elections money \
saving interest percent ratio table graph measure weigh litre metre time clock calendar story poem book library \
vocabulary spelling grammar sentences speaking listening english french german music singing drawing painting art \
museum movement sport health food sugar vegetables fruit body heart lungs technology building bridge tower design \
testing improving experiment hypothesis observation conclusion report steps instruction differentiation challenge \
support circle discussion reflection feedback assessment";

pub const LEVELS: &[&str] = &["po", "so", "vo", "vso", "mbo", "ho", "volwassenen"];
pub const SUBJECTS: &[&str] = &[
    "nederlands",
    "engels",
    "rekenen-wiskunde",
    "aardrijkskunde",
    "geschiedenis",
    "biologie",
    "natuurkunde",
    "techniek",
    "burgerschap",
    "digitale-geletterdheid",
    "kunst-en-cultuur",
    "bewegingsonderwijs",
];
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
fn word<'a>(rng: &mut StdRng, words: &[&'a str]) -> &'a str {
    let u: f64 = rng.gen::<f64>();
    let index = ((words.len() as f64).powf(u) - 1.0) as usize;
    words[index.min(words.len() - 1)]
}

fn sentence(rng: &mut StdRng, words: &[&str], n: usize) -> String {
    (0..n).map(|_| word(rng, words)).collect::<Vec<_>>().join(" ")
}

pub fn generate(count: usize, goal_count: usize, seed: u64) -> Vec<Doc> {
    let mut rng = StdRng::seed_from_u64(seed);
    let nl: Vec<&str> = NL.split_whitespace().collect();
    let en: Vec<&str> = EN.split_whitespace().collect();
    (0..count)
        .map(|i| {
            let roll: f64 = rng.gen();
            let (language, words) = if roll < 0.7 {
                ("nl", &nl)
            } else if roll < 0.95 {
                ("en", &en)
            } else if roll < 0.975 {
                ("de", &en)
            } else {
                ("fr", &en)
            };
            let n_levels = rng.gen_range(1..=2);
            let n_subjects = rng.gen_range(1..=2);
            let n_goals = if goal_count == 0 { 0 } else { rng.gen_range(0..=3) };
            let title_len = rng.gen_range(3..=7);
            let summary_len = rng.gen_range(12..=25);
            let body_len = rng.gen_range(60..=160);
            Doc {
                id: format!("b{i:07}"),
                title: sentence(&mut rng, words, title_len),
                summary: sentence(&mut rng, words, summary_len),
                body: sentence(&mut rng, words, body_len),
                language,
                levels: (0..n_levels).map(|_| LEVELS[rng.gen_range(0..LEVELS.len())]).collect(),
                subjects: (0..n_subjects).map(|_| SUBJECTS[rng.gen_range(0..SUBJECTS.len())]).collect(),
                resource_type: TYPES[rng.gen_range(0..TYPES.len())],
                license: LICENSES[rng.gen_range(0..LICENSES.len())],
                goals: (0..n_goals).map(|_| rng.gen_range(0..goal_count)).collect(),
                updated_at: 1_700_000_000 + i as i64,
            }
        })
        .collect()
}
