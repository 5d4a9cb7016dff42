//! Request extractors whose failures answer with the API's own error body
//! instead of axum's plain-text rejections.

use crate::error::AppError;
use crate::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use pinpoint_i18n::Message;
use serde::de::DeserializeOwned;
use serde_json::error::Category;
use std::net::IpAddr;

/// `Json<T>`, but every failure answers with the API's error body: a body
/// that is not JSON is a 400; JSON of the wrong shape is a 422 naming the
/// field at fault (`hotspots[0].x`), found by `serde_path_to_error`.
pub struct AppJson<T>(pub T);

impl<S, T> FromRequest<S> for AppJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json(req.headers()) {
            return Err(AppError::UnsupportedMediaType(Message::new(
                "error-send-json",
            )));
        }
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(bytes_rejection)?;
        parse(&bytes).map(AppJson)
    }
}

fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let essence = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    // Every API body is an object; serde would otherwise read an array as
    // a struct's fields in order and report a puzzling "[0]".
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|&b| b != b'{')
        && serde_json::from_slice::<serde::de::IgnoredAny>(bytes).is_ok()
    {
        return Err(AppError::validation(".", Message::new("error-json-object")));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        match inner.classify() {
            Category::Data => {
                let message = without_position(&inner.to_string());
                AppError::validation(
                    &field_name(&path, &message),
                    Message::new("error-json-field").text("detail", sentence(&message)),
                )
            }
            Category::Syntax | Category::Eof | Category::Io => {
                AppError::BadRequest(Message::new("error-json-invalid"))
            }
        }
    })?;
    deserializer
        .end()
        .map_err(|_| AppError::BadRequest(Message::new("error-json-trailing")))?;
    Ok(value)
}

/// serde names a missing field in its message ("missing field `title`"),
/// with the path pointing at the object that lacks it.
fn field_name(path: &str, message: &str) -> String {
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next());
    match (missing, path) {
        (Some(name), "." | "") => name.to_string(),
        (Some(name), parent) => format!("{parent}.{name}"),
        (None, "") => ".".to_string(),
        (None, path) => path.to_string(),
    }
}

fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

fn sentence(message: &str) -> String {
    let short: String = message.chars().take(200).collect();
    let mut chars = short.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "The body does not have the expected fields".into(),
    }
}

/// Maps a failure to read a body (most often: over the size limit).
pub fn bytes_rejection(rejection: BytesRejection) -> AppError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        AppError::PayloadTooLarge(Message::new("error-body-too-large"))
    } else {
        AppError::BadRequest(Message::new("error-body-unreadable"))
    }
}

/// One path segment (an id), but a malformed one (say, invalid UTF-8)
/// answers the API's 404 body instead of axum's plain-text 400: no such id
/// can exist.
pub struct AppPath(pub String);

impl<S: Send + Sync> FromRequestParts<S> for AppPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Path::<String>::from_request_parts(parts, state).await {
            Ok(Path(id)) => Ok(AppPath(id)),
            Err(_) => Err(AppError::NotFound),
        }
    }
}

/// The address a request came from: the TCP peer, as the server saw it;
/// or, when that peer is a trusted reverse proxy, the address it names in
/// `X-Forwarded-For`. Nobody else's header is believed, since any client
/// can write anything there.
pub struct ClientIp(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|info| info.0.ip());
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .collect();
        Ok(ClientIp(client_ip(
            peer,
            &forwarded,
            &state.trusted_proxies,
        )))
    }
}

/// The client's address: walking back from the peer through the hops
/// `X-Forwarded-For` lists (nearest last), the first one that is not a
/// trusted proxy. An unreadable hop ends the walk at the last trusted one.
/// Addresses are compared in canonical form: on a dual-stack listener an
/// IPv4 peer arrives as `::ffff:a.b.c.d`.
pub fn client_ip(peer: Option<IpAddr>, forwarded: &[&str], trusted: &[IpAddr]) -> Option<IpAddr> {
    let mut client = peer?.to_canonical();
    for hop in forwarded.iter().rev() {
        if !trusted.iter().any(|t| t.to_canonical() == client) {
            break;
        }
        match hop.trim().parse::<IpAddr>() {
            Ok(ip) => client = ip.to_canonical(),
            Err(_) => break,
        }
    }
    Some(client)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_addresses_count_only_from_trusted_proxies() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let proxy = ip("10.0.0.2");
        let trusted = [proxy, ip("10.0.0.3")];
        // No trust: the peer, whatever the header says.
        assert_eq!(
            client_ip(Some(ip("198.51.100.9")), &["203.0.113.7"], &[]),
            Some(ip("198.51.100.9"))
        );
        assert_eq!(client_ip(Some(proxy), &["203.0.113.7"], &[]), Some(proxy));
        // A trusted proxy names the client.
        assert_eq!(
            client_ip(Some(proxy), &["203.0.113.7"], &trusted),
            Some(ip("203.0.113.7"))
        );
        // Through two trusted proxies; what the client itself wrote first is ignored.
        assert_eq!(
            client_ip(
                Some(proxy),
                &["1.2.3.4", " 203.0.113.7", "10.0.0.3"],
                &trusted
            ),
            Some(ip("203.0.113.7"))
        );
        // A client talking directly cannot pretend.
        assert_eq!(
            client_ip(Some(ip("203.0.113.7")), &["10.0.0.2"], &trusted),
            Some(ip("203.0.113.7"))
        );
        // Garbage in the header: the proxy's own address.
        assert_eq!(
            client_ip(Some(proxy), &["not an address"], &trusted),
            Some(proxy)
        );
        assert_eq!(client_ip(None, &["203.0.113.7"], &trusted), None);
        // An IPv4 peer on a dual-stack listener is the IPv4 address.
        assert_eq!(
            client_ip(Some(ip("::ffff:10.0.0.2")), &["203.0.113.7"], &trusted),
            Some(ip("203.0.113.7"))
        );
        assert_eq!(
            client_ip(Some(ip("::ffff:198.51.100.9")), &[], &[]),
            Some(ip("198.51.100.9"))
        );
    }
    use model::SceneInput;

    fn field_of(json: &str) -> (StatusCode, Option<String>) {
        match parse::<SceneInput>(json.as_bytes()) {
            Ok(_) => (StatusCode::OK, None),
            Err(AppError::Validation(e)) => (StatusCode::UNPROCESSABLE_ENTITY, Some(e.field)),
            Err(AppError::BadRequest(_)) => (StatusCode::BAD_REQUEST, None),
            Err(other) => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn wrong_shapes_name_their_field() {
        assert_eq!(
            field_of(r#"{"title": 5}"#),
            (StatusCode::UNPROCESSABLE_ENTITY, Some("title".into()))
        );
        assert_eq!(
            field_of(r#"{"title": "t", "hotspots": [{"x": "left", "y": 0}]}"#),
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                Some("hotspots[0].x".into())
            )
        );
        assert_eq!(
            field_of(r#"{"title": "t", "hotspots": [{"y": 0}]}"#),
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                Some("hotspots[0].x".into())
            )
        );
        assert_eq!(field_of(r#"[1, 2]"#).0, StatusCode::UNPROCESSABLE_ENTITY);
    }

    #[test]
    fn broken_json_is_a_bad_request() {
        assert_eq!(field_of(r#"{"title": "#).0, StatusCode::BAD_REQUEST);
        assert_eq!(field_of(r#"{"title": "a"} {}"#).0, StatusCode::BAD_REQUEST);
        assert_eq!(field_of("").0, StatusCode::BAD_REQUEST);
        assert_eq!(field_of(r#"{"title": "a"}"#).0, StatusCode::OK);
    }
}
