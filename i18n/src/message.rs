//! A message to show a person, not yet in any language: a catalogue key
//! and its variables. Code that finds something to say (a validation, the
//! server's errors) makes one; whoever shows it writes it in its reader's
//! language: the server in the request's, the app in its page's.

use crate::Arg;
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// Its key in the catalogues (`error-title-too-long`).
    pub key: &'static str,
    pub values: Vec<(&'static str, Value)>,
}

/// A variable's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    /// A word from the same catalogue (a field's name: `field-title`).
    Word(&'static str),
}

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            values: Vec::new(),
        }
    }

    /// With the text variable `name`.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.values.push((name, Value::Text(value.into())));
        self
    }

    /// With the number variable `name`.
    pub fn number(mut self, name: &'static str, value: impl Into<f64>) -> Message {
        self.values.push((name, Value::Number(value.into())));
        self
    }

    /// With the variable `name` being the catalogue's word `key`.
    pub fn word(mut self, name: &'static str, key: &'static str) -> Message {
        self.values.push((name, Value::Word(key)));
        self
    }

    /// The message written by `text` (a catalogue's `key` with `args`),
    /// its words first.
    pub fn write_with(&self, text: impl Fn(&str, &[(&str, Arg)]) -> String) -> String {
        let words: Vec<Option<String>> = self
            .values
            .iter()
            .map(|(_, value)| match value {
                Value::Word(key) => Some(text(key, &[])),
                _ => None,
            })
            .collect();
        let args: Vec<(&str, Arg)> = self
            .values
            .iter()
            .zip(&words)
            .map(|((name, value), word)| {
                let arg = match (value, word) {
                    (Value::Text(text), _) => Arg::Text(text),
                    (Value::Number(n), _) => Arg::Number(*n),
                    (Value::Word(_), word) => Arg::Text(word.as_deref().unwrap_or_default()),
                };
                (*name, arg)
            })
            .collect();
        text(self.key, &args)
    }
}

/// In a browser, the page's language; elsewhere English (logs, tests).
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        #[cfg(all(feature = "web", target_arch = "wasm32"))]
        let text = self.write_with(crate::web::text_with);
        #[cfg(not(target_arch = "wasm32"))]
        let text = crate::native::write(self, crate::ENGLISH);
        #[cfg(all(not(feature = "web"), target_arch = "wasm32"))]
        let text = self.key.to_string();
        f.write_str(&text)
    }
}
