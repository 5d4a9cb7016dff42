//! The languages Pinpoint speaks, and which one a person gets: the first
//! of their preferred languages (the account's setting, else the
//! browser's list) that Pinpoint speaks, else English.

/// A language Pinpoint speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// Its code (BCP 47), as in `<html lang>` and the catalogue's name.
    pub code: &'static str,
    /// Its name in itself, for the language menu.
    pub name: &'static str,
    /// Written right to left.
    pub rtl: bool,
}

impl Language {
    /// `rtl` or `ltr`, for `<html dir>`.
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

pub const ENGLISH: Language = Language {
    code: "en",
    name: "English",
    rtl: false,
};

/// English first: it is the source the others are translated from.
pub const LANGUAGES: [Language; 5] = [
    ENGLISH,
    Language {
        code: "fi",
        name: "Suomi",
        rtl: false,
    },
    Language {
        code: "es",
        name: "Español",
        rtl: false,
    },
    Language {
        code: "de",
        name: "Deutsch",
        rtl: false,
    },
    Language {
        code: "ar",
        name: "العربية",
        rtl: true,
    },
];

/// The language of this code (`fi`, `fi-FI`, `FI`), if Pinpoint speaks it.
pub fn by_code(code: &str) -> Option<Language> {
    let primary = code.split(['-', '_']).next().unwrap_or_default();
    LANGUAGES
        .into_iter()
        .find(|l| l.code.eq_ignore_ascii_case(primary))
}

/// The first of `preferred` (most preferred first) that Pinpoint speaks,
/// else English.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Language {
    preferred.into_iter().find_map(by_code).unwrap_or(ENGLISH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_spoken_preference_wins() {
        assert_eq!(negotiate(["fi-FI", "en"]).code, "fi");
        assert_eq!(negotiate(["sv", "de-AT", "fi"]).code, "de");
        assert_eq!(negotiate(["AR"]).code, "ar");
        assert_eq!(negotiate(["es_MX"]).code, "es");
        assert_eq!(negotiate(["sv", "zh-Hant"]).code, "en");
        assert_eq!(negotiate([]).code, "en");
        assert_eq!(negotiate(["", "*"]).code, "en");
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for language in LANGUAGES {
            assert_eq!(language.dir() == "rtl", language.code == "ar");
            assert_eq!(by_code(language.code), Some(language));
        }
    }
}
