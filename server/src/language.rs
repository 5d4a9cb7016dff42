//! The language of each request: what `Accept-Language` asks for, of the
//! languages Pinpoint speaks (the app sends its page's language, which is
//! the account's setting when there is one). The server's own sentences,
//! as its error messages, are written in it.

use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use pinpoint_i18n::{Language, Message, ENGLISH};

tokio::task_local! {
    static LANGUAGE: Language;
}

/// The language a request asks for (`Accept-Language`), of those Pinpoint
/// speaks.
pub fn requested(headers: &axum::http::HeaderMap) -> Language {
    let asked = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(accept_language::parse)
        .unwrap_or_default();
    pinpoint_i18n::negotiate(asked.iter().map(String::as_str))
}

/// Answers the request with its language known to `current`.
pub async fn in_request_language(request: Request, next: Next) -> Response {
    let language = requested(request.headers());
    LANGUAGE.scope(language, next.run(request)).await
}

/// The language of the request being answered (English outside one).
pub fn current() -> Language {
    LANGUAGE.try_with(|language| *language).unwrap_or(ENGLISH)
}

/// `message` in the language of the request being answered.
pub fn say(message: &Message) -> String {
    pinpoint_i18n::native::write(message, current())
}

/// `key` (a message without variables) in the request's language.
pub fn word(key: &'static str) -> String {
    say(&Message::new(key))
}
