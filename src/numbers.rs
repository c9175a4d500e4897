//! Numbers with a fraction as each language writes them: "3.5" in English, "3,5" in German,
//! Spanish and French (Unicode's CLDR, through ICU4X's `icu_decimal`). Whole numbers need nothing:
//! the language files' own formatting writes them.

use std::cell::RefCell;

use fixed_decimal::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

thread_local! {
    /// The formatter made on this thread, with the locale it was made for (the History screen
    /// writes a few numbers a frame; making one reads CLDR's data).
    static MADE: RefCell<Option<(String, Option<DecimalFormatter>)>> = const { RefCell::new(None) };
}

/// `x` rounded to `digits` after the decimal point, in the current language: `decimal(3.46, 1)`
/// is "3.5" in English and "3,5" in German.
pub fn decimal(x: f64, digits: u8) -> String {
    let scale = 10f64.powi(i32::from(digits));
    let scaled = (x * scale).round();
    if !scaled.is_finite() || scaled.abs() > 1e15 {
        return format!("{x:.0$}", usize::from(digits));
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "finite and within ±1e15, checked above"
    )]
    let mut number = Decimal::from(scaled as i64);
    number.multiply_pow10(-i16::from(digits));
    let locale = crate::dates::locale();
    MADE.with(|made| {
        let mut made = made.borrow_mut();
        if made
            .as_ref()
            .is_none_or(|(for_locale, _)| *for_locale != locale)
        {
            let id = Locale::try_from_str(&locale).unwrap_or(Locale::UNKNOWN);
            let formatter = DecimalFormatter::try_new((&id).into(), Default::default()).ok();
            *made = Some((locale, formatter));
        }
        match made.as_ref().and_then(|(_, formatter)| formatter.as_ref()) {
            Some(formatter) => formatter.format(&number).to_string(),
            None => format!("{x:.0$}", usize::from(digits)),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_language(language: &str, x: f64) -> String {
        crate::l10n::speaking(language, || decimal(x, 1))
    }

    #[test]
    fn a_fraction_is_written_with_each_languages_decimal_mark() {
        assert_eq!(decimal(3.46, 1), "3.5");
        assert_eq!(decimal(3.0, 1), "3.0");
        assert_eq!(in_language("de", 3.46), "3,5");
        assert_eq!(in_language("fr", 2.04), "2,0");
        assert_eq!(in_language("es", 7.25), "7,3");
    }
}
