//! Every catalogue is whole: it reads, it holds every English message and
//! no other, each with the same variables; and the viewer's code (and the
//! app's, file by file) shows no English of its own.

use pinpoint_i18n::catalogue::variables;
use pinpoint_i18n::compile::compile;
use pinpoint_i18n::{Catalogue, LANGUAGES, SOURCES};

fn all() -> Vec<Catalogue> {
    SOURCES
        .iter()
        .map(|(language, source)| {
            compile(language, source)
                .unwrap_or_else(|problems| panic!("{language}.ftl:\n{}", problems.join("\n")))
        })
        .collect()
}

#[test]
fn every_language_has_a_catalogue() {
    let codes: Vec<&str> = SOURCES.iter().map(|(code, _)| *code).collect();
    let spoken: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
    assert_eq!(codes, spoken);
}

#[test]
fn every_catalogue_holds_every_english_message_with_its_variables() {
    let catalogues = all();
    let english = &catalogues[0];
    assert!(english.messages.len() > 30);
    for other in &catalogues[1..] {
        let missing: Vec<&str> = english.keys().filter(|key| !other.has(key)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", other.language);
        let stale: Vec<&str> = other.keys().filter(|key| !english.has(key)).collect();
        assert!(
            stale.is_empty(),
            "{} has messages English lacks: {stale:?}",
            other.language
        );
        for (key, pattern) in &english.messages {
            let mut want = variables(pattern);
            let mut got = variables(other.get(key).unwrap());
            want.sort();
            got.sort();
            assert_eq!(got, want, "{}: {key}", other.language);
        }
    }
}

/// String literals of code that read as words to a person:
/// a capital letter then a lower-case one and a space (`"Close"` alone is
/// caught by the catalogue's own keys below).
fn english_literals(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or_default();
        let mut parts = code.split('"');
        parts.next();
        while let (Some(literal), _) = (parts.next(), parts.next()) {
            let mut chars = literal.chars();
            let reads = matches!((chars.next(), chars.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase());
            if reads && literal.contains(' ') {
                found.push(literal.to_string());
            }
        }
    }
    found
}

/// The app's files whose words all come from the catalogues so far; the
/// rest follow (issue 19), and join this list as they do.
const TRANSLATED_APP_FILES: [&str; 14] = [
    "src/components/confirm_dialog.rs",
    "src/components/sign_in_gate.rs",
    "src/pages/explore.rs",
    "src/pages/not_found.rs",
    "src/components/download_menu.rs",
    "src/components/importer.rs",
    "src/components/language_picker.rs",
    "src/components/layout.rs",
    "src/components/provider_buttons.rs",
    "src/components/scene_card.rs",
    "src/import_choice.rs",
    "src/pages/home.rs",
    "src/pages/login.rs",
    "src/pages/signup.rs",
];

#[test]
fn the_viewer_and_the_translated_app_pages_show_no_english_of_their_own() {
    let english = &all()[0];
    let words: Vec<String> = english
        .messages
        .iter()
        .filter_map(|(_, p)| match p.as_slice() {
            [pinpoint_i18n::Piece::Text(t)] => Some(t.clone()),
            _ => None,
        })
        .collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let viewer = std::fs::read_dir(root.join("viewer/src"))
        .unwrap()
        .map(|entry| entry.unwrap().path());
    let app = TRANSLATED_APP_FILES.iter().map(|file| root.join(file));
    for path in viewer.chain(app) {
        let source = std::fs::read_to_string(&path).unwrap();
        // The code above the tests, without its comments.
        let code: String = source
            .split("#[cfg(test)]")
            .next()
            .unwrap_or_default()
            .lines()
            .map(|line| line.split("//").next().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n");
        let literals = english_literals(&code);
        assert!(literals.is_empty(), "{}: {literals:?}", path.display());
        for word in &words {
            assert!(
                !code.contains(&format!("\"{word}\"")),
                "{} writes “{word}” itself",
                path.display()
            );
        }
    }
}
