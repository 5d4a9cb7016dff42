//! What the viewer says, in its visitor's language. The server puts the
//! language's catalogue (its viewer part) in the page, chosen by the
//! browser's `Accept-Language`; an offline page holds every language's
//! and the browser's preference picks; English is built in, for a page
//! without one and for any message a catalogue lacks.

use pinpoint_i18n::web::{self, browser_languages, page_json, parse};
use pinpoint_i18n::{Arg, Catalogue};

/// An offline page holds every language: the browser's preference picks.
fn from_offline_page() -> Option<Catalogue> {
    let all = js_sys::Array::from(&js_sys::JSON::parse(&page_json("pinpoint-catalogues")?).ok()?);
    let preferred = browser_languages();
    let language = pinpoint_i18n::negotiate(preferred.iter().map(String::as_str));
    all.iter()
        .filter_map(|catalogue| web::from_js(&catalogue))
        .find(|c| c.language == language.code)
}

/// Reads the page's catalogue and sets the page's language and direction;
/// the first message asked for does it too.
pub fn start() {
    web::start(
        || {
            page_json("pinpoint-messages")
                .and_then(|json| parse(&json))
                .or_else(from_offline_page)
        },
        || parse(pinpoint_i18n::ENGLISH_VIEWER_JSON),
    );
}

/// The message `key` with `args`, in the page's language.
pub fn text_with(key: &str, args: &[(&str, Arg)]) -> String {
    start();
    web::text_with(key, args)
}

/// The message `key`, in the page's language.
pub fn text(key: &str) -> String {
    text_with(key, &[])
}

/// A hotspot's name: its title, or its number in the page's language.
pub fn hotspot_name(hotspot: &model::Hotspot, index: usize) -> String {
    if hotspot.title.trim().is_empty() {
        text_with(
            "viewer-hotspot-number",
            &[("number", Arg::Number((index + 1) as f64))],
        )
    } else {
        hotspot.title.clone()
    }
}
