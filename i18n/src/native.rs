//! Messages written by a program outside the browser (the server): every
//! catalogue compiled once, plural categories from CLDR's rules
//! (`intl_pluralrules`) and numbers as plain digits.

use crate::{Catalogue, Language, Message, Numbers, ENGLISH, SOURCES};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::sync::OnceLock;

struct Compiled {
    language: Language,
    catalogue: Catalogue,
    plurals: PluralRules,
}

fn compiled() -> &'static [Compiled] {
    static ALL: OnceLock<Vec<Compiled>> = OnceLock::new();
    ALL.get_or_init(|| {
        SOURCES
            .iter()
            .filter_map(|(code, source)| {
                let language = crate::language::by_code(code)?;
                let catalogue = crate::compile::compile(code, source).ok()?;
                let plurals = PluralRules::create(
                    code.parse::<unic_langid::LanguageIdentifier>().ok()?,
                    PluralRuleType::CARDINAL,
                )
                .ok()?;
                Some(Compiled {
                    language,
                    catalogue,
                    plurals,
                })
            })
            .collect()
    })
}

impl Numbers for PluralRules {
    fn plural_category(&self, n: f64) -> &'static str {
        match self.select(n) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            _ => "other",
        }
    }

    fn format(&self, n: f64) -> String {
        n.to_string()
    }
}

/// `key` with `args` in `language` (else in English; else the key itself,
/// so a slip shows).
pub fn text(key: &str, args: &[(&str, crate::Arg)], language: Language) -> String {
    let all = compiled();
    let find = |language: Language| all.iter().find(|c| c.language == language);
    find(language)
        .and_then(|c| c.catalogue.format(key, args, &c.plurals, c.language.rtl))
        .or_else(|| find(ENGLISH).and_then(|c| c.catalogue.format(key, args, &c.plurals, false)))
        .unwrap_or_else(|| key.to_string())
}

/// `message` in `language`.
pub fn write(message: &Message, language: Language) -> String {
    message.write_with(|key, args| text(key, args, language))
}
