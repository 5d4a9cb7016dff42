//! HTML from imported files (H5P texts, W3C and IIIF `text/html` bodies)
//! as plain text: paragraphs and line breaks kept, markup gone, nothing
//! ever read as HTML again. `html2text` (an HTML5 parser and renderer)
//! does it; but its renderer recurses into nested elements and the HTML5
//! tree builder's work grows with the square of the nesting, so a hostile
//! file of ten thousand nested tables would overflow the stack (killing
//! the server) or hold a worker for minutes. HTML5's own tokenizer, which
//! neither recurses nor builds a tree, first measures the nesting; past
//! what any real text has, the text is the tokenizer's words alone.

use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::{Cell, RefCell};

/// Deeper than any text a person wrote: tables in lists in quotes stay
/// within a dozen.
const MAX_NESTING: usize = 64;

/// Elements that never hold others, so never deepen the nesting.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements after which a line ends in the words-alone text.
const BLOCKS: [&str; 14] = [
    "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
];

/// What the tokenizer saw: the deepest nesting, and the words.
#[derive(Default)]
struct Measure {
    depth: Cell<usize>,
    deepest: Cell<usize>,
    words: RefCell<String>,
}

impl TokenSink for Measure {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                let void = tag.self_closing || VOID.contains(&name);
                match tag.kind {
                    TagKind::StartTag if !void => {
                        self.depth.set(self.depth.get() + 1);
                        self.deepest.set(self.deepest.get().max(self.depth.get()));
                    }
                    TagKind::EndTag => self.depth.set(self.depth.get().saturating_sub(1)),
                    TagKind::StartTag => {}
                }
                if BLOCKS.contains(&name) {
                    self.words.borrow_mut().push('\n');
                }
            }
            Token::CharacterTokens(text) => self.words.borrow_mut().push_str(&text),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Lines trimmed at their ends, the whole trimmed.
fn tidy(text: &str) -> String {
    text.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// `html` as plain text.
pub fn plain_text(html: &str) -> String {
    let input = BufferQueue::default();
    input.push_back(html.into());
    let tokenizer = Tokenizer::new(Measure::default(), TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let measure = tokenizer.sink;
    if measure.deepest.get() > MAX_NESTING {
        let words = measure.words.into_inner();
        // Runs of blank lines from the nesting become one.
        let lines: Vec<&str> = words
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        return lines.join("\n");
    }
    tidy(
        &html2text::config::plain_no_decorate()
            .string_from_read(html.as_bytes(), 10_000)
            .unwrap_or_default(),
    )
}

#[cfg(test)]
mod tests {
    use super::plain_text;

    #[test]
    fn markup_goes_and_paragraphs_stay() {
        assert_eq!(
            plain_text(
                "<p>Hot <strong>rock</strong>.</p><p>Second<br>line</p><script>alert(1)</script>"
            ),
            "Hot rock.\n\nSecond\nline"
        );
        assert_eq!(plain_text("&lt;b&gt; is not bold"), "<b> is not bold");
    }

    #[test]
    fn deeply_nested_markup_becomes_words_quickly_without_exhausting_the_stack() {
        for (open, close) in [
            ("<div>", "</div>"),
            ("<table><tr><td>", "</td></tr></table>"),
            ("<ul><li>", "</li></ul>"),
            ("<b>", ""),
        ] {
            let html = format!("{}deep{}", open.repeat(100_000), close.repeat(100_000));
            // Where the server runs it: a thread of ordinary size.
            let started = std::time::Instant::now();
            let text = std::thread::Builder::new()
                .stack_size(2 * 1024 * 1024)
                .spawn(move || plain_text(&html))
                .unwrap()
                .join()
                .unwrap();
            assert_eq!(text, "deep", "{open}");
            assert!(
                started.elapsed().as_secs() < 5,
                "{open}: {:?}",
                started.elapsed()
            );
        }
    }
}
