//! A language's messages as plain data, compiled from its Fluent file: what
//! the browser receives (as JSON) and formats without a Fluent parser of
//! its own, so the viewer stays small.

use serde::{Deserialize, Serialize};

/// One piece of a message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Piece {
    Text(String),
    /// `{ $name }`: a variable the caller gives.
    Var(String),
    /// `{ $count -> [one] ... *[other] ... }`: the variant for the
    /// variable's plural category (or its exact number, `[0]`).
    Select {
        var: String,
        variants: Vec<(String, Vec<Piece>)>,
        /// The index of the `*` variant.
        default: usize,
    },
}

/// A message: its pieces in order.
pub type Pattern = Vec<Piece>;

/// A language's messages by key (attributes as `key.attribute`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    /// The language's code (`fi`).
    pub language: String,
    /// Sorted by key, each once (`insert` keeps them so). A sorted list
    /// rather than a map: the browser's copy is searched, never changed,
    /// and a map's code would weigh more in the viewer than all its words.
    pub messages: Vec<(String, Pattern)>,
}

/// A value for a variable.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(f64),
}

/// What a language does with numbers: the plural category of one (`one`,
/// `few`, `other`...) and how it is written. The browser's `Intl` answers
/// in the app; the server has its own.
pub trait Numbers {
    fn plural_category(&self, n: f64) -> &'static str;
    fn format(&self, n: f64) -> String;
}

/// First Strong Isolate and Pop Directional Isolate: a Latin name inside
/// Arabic text (or the reverse) keeps its own direction.
const ISOLATE: (char, char) = ('\u{2068}', '\u{2069}');

impl Catalogue {
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The message `key`, if this catalogue has it.
    pub fn get(&self, key: &str) -> Option<&Pattern> {
        self.messages
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()
            .map(|at| &self.messages[at].1)
    }

    /// Adds (or replaces) the message `key`, keeping the order.
    pub fn insert(&mut self, key: String, pattern: Pattern) {
        match self.messages.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(at) => self.messages[at].1 = pattern,
            Err(at) => self.messages.insert(at, (key, pattern)),
        }
    }

    /// The message keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|(k, _)| k.as_str())
    }

    /// The message `key` with `args` put in, or `None` if this catalogue
    /// lacks it. `isolate` wraps each variable's value in Unicode isolates
    /// (for right-to-left languages).
    pub fn format(
        &self,
        key: &str,
        args: &[(&str, Arg)],
        numbers: &dyn Numbers,
        isolate: bool,
    ) -> Option<String> {
        let pattern = self.get(key)?;
        let mut out = String::new();
        write(pattern, args, numbers, isolate, &mut out);
        Some(out)
    }
}

fn arg<'a>(args: &'a [(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
}

fn write(
    pattern: &Pattern,
    args: &[(&str, Arg)],
    numbers: &dyn Numbers,
    isolate: bool,
    out: &mut String,
) {
    for piece in pattern {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Var(name) => {
                if isolate {
                    out.push(ISOLATE.0);
                }
                match arg(args, name) {
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Number(n)) => out.push_str(&numbers.format(n)),
                    // A message asking for what nobody gave shows its name,
                    // so the slip is seen rather than hidden.
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                if isolate {
                    out.push(ISOLATE.1);
                }
            }
            Piece::Select {
                var,
                variants,
                default,
            } => {
                let chosen = match arg(args, var) {
                    Some(Arg::Number(n)) => {
                        let category = numbers.plural_category(n);
                        variants
                            .iter()
                            .position(|(key, _)| is_exactly(key, n))
                            .or_else(|| variants.iter().position(|(key, _)| key == category))
                    }
                    Some(Arg::Text(text)) => variants.iter().position(|(key, _)| key == text),
                    None => None,
                }
                .unwrap_or(*default);
                if let Some((_, pattern)) = variants.get(chosen) {
                    write(pattern, args, numbers, isolate, out);
                }
            }
        }
    }
}

/// Whether a variant's key is the number `n` itself (`[0]` for 0). Keys are
/// whole numbers; they are compared as integers because formatting an `f64`
/// would bring Rust's float printing (about 12 KB) into the viewer's Wasm.
fn is_exactly(key: &str, n: f64) -> bool {
    n.fract() == 0.0 && n.abs() < 1e15 && key.parse::<i64>().is_ok_and(|whole| whole == n as i64)
}

/// The names of the variables a message uses, in order, each once.
pub fn variables(pattern: &Pattern) -> Vec<String> {
    fn walk(pattern: &Pattern, out: &mut Vec<String>) {
        for piece in pattern {
            match piece {
                Piece::Text(_) => {}
                Piece::Var(name) => {
                    if !out.contains(name) {
                        out.push(name.clone());
                    }
                }
                Piece::Select { var, variants, .. } => {
                    if !out.contains(var) {
                        out.push(var.clone());
                    }
                    for (_, pattern) in variants {
                        walk(pattern, out);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(pattern, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::compile;

    /// English's rule: one is `one`, everything else `other`.
    struct English;

    impl Numbers for English {
        fn plural_category(&self, n: f64) -> &'static str {
            if n == 1.0 {
                "one"
            } else {
                "other"
            }
        }

        fn format(&self, n: f64) -> String {
            n.to_string()
        }
    }

    const SOURCE: &str = r#"
-brand = Pinpoint
greeting = Hello, { $name }! Welcome to { -brand }.
students = { $count ->
    [0] No students yet
    [one] One student
   *[other] { $count } students
}
quoted = { "{" } braces { "}" }
button = Save
    .title = Save the scene
"#;

    fn format(key: &str, args: &[(&str, Arg)], isolate: bool) -> String {
        compile("en", SOURCE)
            .unwrap()
            .format(key, args, &English, isolate)
            .unwrap()
    }

    #[test]
    fn variables_terms_and_plurals_are_put_in() {
        assert_eq!(
            format("greeting", &[("name", Arg::Text("Ada"))], false),
            "Hello, Ada! Welcome to Pinpoint."
        );
        assert_eq!(
            format("students", &[("count", Arg::Number(0.0))], false),
            "No students yet"
        );
        assert_eq!(
            format("students", &[("count", Arg::Number(1.0))], false),
            "One student"
        );
        assert_eq!(
            format("students", &[("count", Arg::Number(12.0))], false),
            "12 students"
        );
        assert_eq!(format("students", &[], false), "{count} students");
        assert_eq!(format("quoted", &[], false), "{ braces }");
        assert_eq!(format("button.title", &[], false), "Save the scene");
        assert_eq!(
            format("greeting", &[("name", Arg::Text("عادل"))], true),
            "Hello, \u{2068}عادل\u{2069}! Welcome to Pinpoint."
        );
    }

    #[test]
    fn a_broken_file_says_what_is_wrong() {
        assert!(compile("en", "this is not = fluent { $").is_err());
        let missing = compile("en", "a = { -nowhere }").unwrap_err();
        assert!(missing[0].contains("no term -nowhere"), "{missing:?}");
        let looping = compile("en", "a = { b }\nb = { a }").unwrap_err();
        assert!(looping[0].contains("nest too deep"), "{looping:?}");
        assert!(
            compile("en", "a = { NUMBER($n) }").is_err(),
            "functions are not used"
        );
    }
}

#[test]
fn exact_variants_match_whole_numbers_only() {
    assert!(is_exactly("0", 0.0));
    assert!(is_exactly("0", -0.0));
    assert!(is_exactly("12", 12.0));
    assert!(is_exactly("-3", -3.0));
    assert!(!is_exactly("0", 0.5));
    assert!(!is_exactly("1", 1.000_001));
    assert!(!is_exactly("one", 1.0));
    assert!(!is_exactly("1", f64::NAN));
    assert!(!is_exactly("1", f64::INFINITY));
}
