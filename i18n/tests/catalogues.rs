//! Every catalogue is whole: it reads, it holds every English message and
//! no other, each with the same variables; and the viewer's and the app's
//! code shows no English of its own.

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

/// Files of the app whose string literals are not words for people:
/// `keymap.rs` names the keys a keyboard sends (`"Delete"`).
const NOT_WORDS: [&str; 1] = ["src/editor/keymap.rs"];

/// Every Rust file under `dir`, however deep.
fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found
}

#[test]
fn the_viewer_and_the_app_show_no_english_of_their_own() {
    let english = &all()[0];
    let words: Vec<String> = english
        .messages
        .iter()
        .filter_map(|(_, p)| match p.as_slice() {
            // Lower-case words ("username", a detail of the activity log)
            // are also names in code.
            [pinpoint_i18n::Piece::Text(t)] if t.starts_with(char::is_uppercase) => Some(t.clone()),
            _ => None,
        })
        .collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let app = rust_files(&root.join("src"))
        .into_iter()
        .filter(|path| !NOT_WORDS.iter().any(|file| path.ends_with(file)));
    for path in rust_files(&root.join("viewer/src")).into_iter().chain(app) {
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

#[test]
fn the_server_writes_each_languages_plurals_and_names_fields_in_it() {
    use pinpoint_i18n::language::by_code;
    use pinpoint_i18n::{native, Message};
    let arabic = by_code("ar").unwrap();
    let wait = |minutes: f64| {
        native::write(
            &Message::new("error-too-many-tries").number("minutes", minutes),
            arabic,
        )
    };
    // CLDR's Arabic categories: one, two, few (3–10), many (11–99), other.
    assert!(wait(1.0).ends_with("بعد دقيقة."), "{}", wait(1.0));
    assert!(wait(2.0).contains("دقيقتين"), "{}", wait(2.0));
    assert!(wait(5.0).contains("دقائق"), "{}", wait(5.0));
    assert!(wait(15.0).contains("15\u{2069} دقيقة"), "{}", wait(15.0));
    let finnish = by_code("fi").unwrap();
    let required = Message::new("error-required").word("label", "field-title");
    assert_eq!(native::write(&required, finnish), "Otsikko puuttuu");
    assert_eq!(
        required.to_string(),
        "Title is required",
        "English outside a request"
    );
    // A key no catalogue has shows itself, so a slip is seen.
    assert_eq!(
        native::write(&Message::new("no-such-key"), finnish),
        "no-such-key"
    );
}
