//! What the app says, in its reader's language: the catalogue the server
//! put in the page (the language chosen in settings, else the browser's),
//! formatted by `pinpoint_i18n::web`.

pub use pinpoint_i18n::Arg;

/// The message `key`, in the page's language.
pub fn t(key: &str) -> String {
    pinpoint_i18n::web::text_with(key, &[])
}

/// The message `key` with `args`, in the page's language.
pub fn t_with(key: &str, args: &[(&str, Arg)]) -> String {
    pinpoint_i18n::web::text_with(key, args)
}

/// What a person calls a visibility.
pub fn visibility_label(visibility: model::Visibility) -> String {
    t(match visibility {
        model::Visibility::Private => "visibility-private",
        model::Visibility::Unlisted => "visibility-unlisted",
        model::Visibility::Public => "visibility-public",
    })
}

/// Starts English, for component tests (the app gets its catalogue from
/// its page).
pub fn start_in_english() {
    pinpoint_i18n::web::start(
        || pinpoint_i18n::web::parse(pinpoint_i18n::ENGLISH_JSON),
        || None,
    );
}

pub use pinpoint_i18n::web::DateStyle;

/// A date or moment from the server, as the page's language writes it.
pub fn date(iso: &str, style: DateStyle) -> String {
    pinpoint_i18n::web::date(iso, style)
}

/// A count or other number, as the page's language writes it.
pub fn number(n: impl Into<f64>) -> String {
    pinpoint_i18n::web::number(n.into())
}
