//! Pinpoint's languages. Each language is one Fluent file in
//! `catalogues/` (English is the source; `catalogues/GLOSSARY.md` keeps the
//! terms the same across pages). Fluent's own parser reads them
//! (`compile`, for the server and tests); the browser gets them compiled
//! to plain data (`Catalogue`) and formats messages itself, with its
//! `Intl` for plurals and numbers, so no parser travels to it.

pub mod catalogue;
pub mod compile;
pub mod language;
pub mod message;
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub mod web;

pub use catalogue::{Arg, Catalogue, Numbers, Pattern, Piece};
pub use language::{negotiate, Language, ENGLISH, LANGUAGES};
pub use message::{Message, Value};

/// The English messages the viewer needs (keys starting `viewer-`), as
/// JSON: built into the viewer, so a first visit in English fetches no
/// catalogue.
pub const ENGLISH_VIEWER_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/en-viewer.json"));

/// The whole English catalogue, as JSON: the app's component tests start
/// with it (the app itself gets its language's catalogue in its page).
pub const ENGLISH_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/en.json"));

/// The Fluent files, by language code, as the repository holds them.
pub const SOURCES: [(&str, &str); 5] = [
    ("en", include_str!("../catalogues/en.ftl")),
    ("fi", include_str!("../catalogues/fi.ftl")),
    ("es", include_str!("../catalogues/es.ftl")),
    ("de", include_str!("../catalogues/de.ftl")),
    ("ar", include_str!("../catalogues/ar.ftl")),
];

/// Whether a message belongs to the viewer's part of a catalogue.
pub fn is_viewer_key(key: &str) -> bool {
    key.starts_with("viewer-")
}

/// A catalogue's viewer part: what a shared-link page carries.
pub fn viewer_part(catalogue: &Catalogue) -> Catalogue {
    Catalogue {
        language: catalogue.language.clone(),
        messages: catalogue
            .messages
            .iter()
            .filter(|(key, _)| is_viewer_key(key))
            .map(|(key, pattern)| (key.clone(), pattern.clone()))
            .collect(),
    }
}

/// Every language's catalogue but English's, compiled, each with the
/// viewer's messages only (a catalogue that cannot be read, which the
/// catalogue tests prevent, is left out).
pub fn viewer_parts() -> Vec<Catalogue> {
    SOURCES
        .iter()
        .filter(|(code, _)| *code != "en")
        .filter_map(|(code, source)| compile::compile(code, source).ok())
        .map(|catalogue| viewer_part(&catalogue))
        .collect()
}

/// JSON that may stand inside a `<script>` element: no `<` at all.
pub fn script_json(value: &impl serde::Serialize) -> Option<String> {
    Some(serde_json::to_string(value).ok()?.replace('<', "\\u003c"))
}
