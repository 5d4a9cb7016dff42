//! A Fluent file (`catalogues/<language>.ftl`) read by Fluent's own parser
//! and turned into a `Catalogue`. Terms (`-pinpoint`) and message
//! references are put in place here, so a catalogue holds only text,
//! variables and selections.

use crate::catalogue::{Catalogue, Pattern, Piece};
use fluent_syntax::ast;
use std::collections::HashMap;

/// `source` (a Fluent file) as the catalogue of `language`, or every
/// problem found in it.
pub fn compile(language: &str, source: &str) -> Result<Catalogue, Vec<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| {
                    format!(
                        "{language}: cannot read line at byte {}: {:?}",
                        e.pos.start, e.kind
                    )
                })
                .collect())
        }
    };
    let mut terms = HashMap::new();
    let mut messages = HashMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Term(term) => {
                terms.insert(term.id.name, &term.value);
            }
            ast::Entry::Message(message) => {
                messages.insert(message.id.name, message);
            }
            _ => {}
        }
    }
    let scope = Scope {
        language,
        terms: &terms,
        messages: &messages,
    };
    let mut catalogue = Catalogue {
        language: language.to_string(),
        ..Catalogue::default()
    };
    let mut problems = Vec::new();
    for message in messages.values() {
        let key = message.id.name;
        if let Some(value) = &message.value {
            match scope.pattern(value, 0) {
                Ok(pattern) => {
                    catalogue.insert(key.to_string(), pattern);
                }
                Err(e) => problems.push(format!("{language}: {key}: {e}")),
            }
        }
        for attribute in &message.attributes {
            let full = format!("{key}.{}", attribute.id.name);
            match scope.pattern(&attribute.value, 0) {
                Ok(pattern) => {
                    catalogue.insert(full, pattern);
                }
                Err(e) => problems.push(format!("{language}: {full}: {e}")),
            }
        }
    }
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        problems.sort();
        Err(problems)
    }
}

struct Scope<'a> {
    language: &'a str,
    terms: &'a HashMap<&'a str, &'a ast::Pattern<&'a str>>,
    messages: &'a HashMap<&'a str, &'a ast::Message<&'a str>>,
}

/// References nest no deeper than this (a loop would never end).
const MAX_DEPTH: usize = 8;

impl Scope<'_> {
    fn pattern(&self, pattern: &ast::Pattern<&str>, depth: usize) -> Result<Pattern, String> {
        if depth > MAX_DEPTH {
            return Err("references nest too deep (a loop?)".into());
        }
        let mut out: Pattern = Vec::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => push_text(&mut out, value),
                ast::PatternElement::Placeable { expression } => {
                    for piece in self.expression(expression, depth)? {
                        match piece {
                            Piece::Text(text) => push_text(&mut out, &text),
                            other => out.push(other),
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    fn expression(
        &self,
        expression: &ast::Expression<&str>,
        depth: usize,
    ) -> Result<Pattern, String> {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, depth),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else {
                    return Err("only a variable may choose a variant".into());
                };
                let mut chosen = Vec::new();
                let mut default = 0;
                for (index, variant) in variants.iter().enumerate() {
                    let key = match &variant.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    };
                    if variant.default {
                        default = index;
                    }
                    chosen.push((key, self.pattern(&variant.value, depth + 1)?));
                }
                Ok(vec![Piece::Select {
                    var: id.name.to_string(),
                    variants: chosen,
                    default,
                }])
            }
        }
    }

    fn inline(
        &self,
        inline: &ast::InlineExpression<&str>,
        depth: usize,
    ) -> Result<Pattern, String> {
        match inline {
            ast::InlineExpression::StringLiteral { value } => Ok(vec![Piece::Text(
                fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
            )]),
            ast::InlineExpression::NumberLiteral { value } => {
                Ok(vec![Piece::Text(value.to_string())])
            }
            ast::InlineExpression::VariableReference { id } => {
                Ok(vec![Piece::Var(id.name.to_string())])
            }
            ast::InlineExpression::TermReference {
                id,
                attribute: None,
                ..
            } => {
                let term = self
                    .terms
                    .get(id.name)
                    .ok_or_else(|| format!("no term -{} in {}", id.name, self.language))?;
                self.pattern(term, depth + 1)
            }
            ast::InlineExpression::MessageReference {
                id,
                attribute: None,
            } => {
                let message = self
                    .messages
                    .get(id.name)
                    .and_then(|m| m.value.as_ref())
                    .ok_or_else(|| format!("no message {} in {}", id.name, self.language))?;
                self.pattern(message, depth + 1)
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, depth),
            _ => Err(
                "Pinpoint's catalogues use text, variables, terms, messages and selections only"
                    .into(),
            ),
        }
    }
}

/// Text after text joins into one piece.
fn push_text(out: &mut Pattern, text: &str) {
    if let Some(Piece::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Piece::Text(text.to_string()));
    }
}
