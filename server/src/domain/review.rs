//! A teacher's review of a material: a rating of 1–5, a short text, and the education level it
//! was used in class with.

use serde::Deserialize;

use super::validation::{self, FieldErrors, FieldProblem};
use super::vocab::EducationLevel;

/// The longest review text, in bytes.
pub const MAX_TEXT: usize = 2_000;

/// A review as it arrives from a form or the API.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ReviewInput {
    /// 1 (poor) to 5 (excellent).
    #[schema(minimum = 1, maximum = 5)]
    pub rating: Option<i32>,
    /// What worked and what did not, in a few sentences.
    pub text: Option<String>,
    /// The education level the reviewer used it in class with (leave out if not used).
    #[schema(value_type = Option<EducationLevel>)]
    pub used_with_level: Option<String>,
}

/// A validated review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewFields {
    pub rating: i32,
    pub text: String,
    pub used_with: Option<EducationLevel>,
}

impl ReviewFields {
    pub fn parse(input: &ReviewInput) -> Result<ReviewFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let rating = match input.rating {
            None => {
                errors.add("rating", FieldProblem::Required);
                0
            }
            Some(r) if !(1..=5).contains(&r) => {
                errors.add("rating", FieldProblem::OutOfRange);
                0
            }
            Some(r) => r,
        };
        let text = validation::optional_text(&mut errors, "text", input.text.as_deref(), MAX_TEXT);
        let used_with = match input.used_with_level.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
            None => None,
            Some(level) => EducationLevel::parse(level).or_else(|| {
                errors.add("used_with_level", FieldProblem::UnknownValue);
                None
            }),
        };
        errors.into_result(ReviewFields { rating, text, used_with })
    }
}

/// A material's reviews summed up: the average rating, how many reviews, and how many of them
/// say it was used in class.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ReviewSummary {
    pub average: Option<f64>,
    pub count: i64,
    pub used_in_class: i64,
}

impl ReviewSummary {
    /// From each review's rating and whether it was used in class.
    pub fn of(reviews: impl IntoIterator<Item = (i32, bool)>) -> ReviewSummary {
        let (mut sum, mut count, mut used) = (0i64, 0i64, 0i64);
        for (rating, used_in_class) in reviews {
            sum += i64::from(rating);
            count += 1;
            used += i64::from(used_in_class);
        }
        // Ratings are 1–5 and counts far below 2^52: the division is exact enough.
        #[allow(clippy::cast_precision_loss)]
        let average = (count > 0).then(|| (sum as f64 / count as f64 * 10.0).round() / 10.0);
        ReviewSummary { average, count, used_in_class: used }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviews_are_checked() {
        let ok = ReviewFields::parse(&ReviewInput { rating: Some(4), text: Some(" Goed ".into()), used_with_level: Some("po".into()) }).unwrap();
        assert_eq!((ok.rating, ok.text.as_str(), ok.used_with), (4, "Goed", Some(EducationLevel::Po)));
        let errors =
            ReviewFields::parse(&ReviewInput { rating: Some(6), text: Some("x".repeat(MAX_TEXT + 1)), used_with_level: Some("kleuter".into()) }).unwrap_err();
        assert_eq!(errors.0.len(), 3, "{errors:?}");
        assert_eq!(ReviewFields::parse(&ReviewInput::default()).unwrap_err().0.get("rating"), Some(&FieldProblem::Required));
    }

    #[test]
    fn summaries_average_to_one_decimal() {
        assert_eq!(ReviewSummary::of([]), ReviewSummary { average: None, count: 0, used_in_class: 0 });
        let summary = ReviewSummary::of([(5, true), (4, false), (4, true)]);
        assert_eq!(summary, ReviewSummary { average: Some(4.3), count: 3, used_in_class: 2 });
    }
}
