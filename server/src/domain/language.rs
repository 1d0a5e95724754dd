//! BCP 47 language tags: a well-formed tag whose primary subtag is a known ISO 639 language.

/// ISO 639-1 two-letter codes, plus a few three-letter codes schools here need
/// (`fry`-less: Frisian is `fy`; `nds` Low Saxon, `pap` Papiamentu, `sgn`/`dse` sign languages).
const PRIMARY: &str = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy \
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik \
io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt \
my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so \
sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu \
nds pap dse sgn ber rif zgh tzm ary apc";

const UNDETERMINED: &str = "und";

/// A validated BCP 47 tag, normalised to conventional case (`nl`, `nl-BE`, `zh-Hant-TW`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageTag(String);

impl LanguageTag {
    pub fn parse(input: &str) -> Option<LanguageTag> {
        let input = input.trim();
        if input.is_empty() || input.len() > 35 {
            return None;
        }
        let mut parts = input.split(['-', '_']);
        let primary = parts.next()?.to_ascii_lowercase();
        if !PRIMARY.split_ascii_whitespace().any(|code| code == primary) {
            return None;
        }
        let mut normalised = primary;
        let mut seen_region = false;
        for subtag in parts {
            let valid_ascii = !subtag.is_empty() && subtag.len() <= 8 && subtag.bytes().all(|b| b.is_ascii_alphanumeric());
            if !valid_ascii {
                return None;
            }
            normalised.push('-');
            let is_alpha = subtag.bytes().all(|b| b.is_ascii_alphabetic());
            if subtag.len() == 4 && is_alpha && !seen_region {
                // Script subtag: title case.
                let mut chars = subtag.chars();
                if let Some(first) = chars.next() {
                    normalised.push(first.to_ascii_uppercase());
                    normalised.push_str(&chars.as_str().to_ascii_lowercase());
                }
            } else if (subtag.len() == 2 && is_alpha) || (subtag.len() == 3 && subtag.bytes().all(|b| b.is_ascii_digit())) {
                seen_region = true;
                normalised.push_str(&subtag.to_ascii_uppercase());
            } else if subtag.len() >= 5 || (subtag.len() == 4 && subtag.as_bytes()[0].is_ascii_digit()) {
                normalised.push_str(&subtag.to_ascii_lowercase()); // variant
            } else {
                return None;
            }
        }
        Some(LanguageTag(normalised))
    }

    /// BCP 47's `und` (undetermined): remote content that states no language. Not accepted
    /// from our own forms, where the author knows the language.
    pub fn undetermined() -> LanguageTag {
        LanguageTag(UNDETERMINED.to_owned())
    }

    pub fn is_undetermined(&self) -> bool {
        self.0 == UNDETERMINED
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag (`nl` for `nl-BE`).
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::LanguageTag;

    fn check(input: &str, expected: Option<&str>) {
        assert_eq!(LanguageTag::parse(input).as_ref().map(LanguageTag::as_str), expected, "{input}");
    }

    #[test]
    fn parses_and_normalises() {
        check("nl", Some("nl"));
        check("NL-be", Some("nl-BE"));
        check("en_gb", Some("en-GB"));
        check("fy", Some("fy"));
        check("zh-hant-tw", Some("zh-Hant-TW"));
        check("es-419", Some("es-419"));
        check("de-CH-1996", Some("de-CH-1996"));
        check("pap", Some("pap"));
    }

    #[test]
    fn rejects_unknown_or_malformed() {
        check("", None);
        check("xx", None);
        check("klingon", None);
        check("nl-", None);
        check("nl--BE", None);
        check("en-<script>", None);
        check("nl-B", None);
    }
}
