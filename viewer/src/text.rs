//! What the viewer says, in its visitor's language. The server puts the
//! language's catalogue (its viewer part) in the page, chosen by the
//! browser's `Accept-Language`; English is built in, for a page without
//! one and for any message a catalogue lacks. Plurals and numbers follow
//! the language through the browser's `Intl`.

use js_sys::{Array, Intl, Object};
use pinpoint_i18n::{Arg, Catalogue, Numbers};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

struct Texts {
    chosen: Option<Catalogue>,
    english: Catalogue,
    numbers: IntlNumbers,
    rtl: bool,
}

struct IntlNumbers {
    plurals: Intl::PluralRules,
    format: js_sys::Function,
}

impl IntlNumbers {
    fn new(language: &str) -> IntlNumbers {
        let locales = Array::of1(&JsValue::from_str(language));
        IntlNumbers {
            plurals: Intl::PluralRules::new(&locales, &Object::new()),
            format: Intl::NumberFormat::new(&locales, &Object::new()).format(),
        }
    }
}

impl Numbers for IntlNumbers {
    fn plural_category(&self, n: f64) -> &'static str {
        match self.plurals.select(n).as_string().as_deref() {
            Some("zero") => "zero",
            Some("one") => "one",
            Some("two") => "two",
            Some("few") => "few",
            Some("many") => "many",
            _ => "other",
        }
    }

    fn format(&self, n: f64) -> String {
        self.format
            .call1(&JsValue::NULL, &JsValue::from_f64(n))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| n.to_string())
    }
}

thread_local! {
    static TEXTS: RefCell<Option<Texts>> = const { RefCell::new(None) };
}

/// A catalogue from JSON text.
fn parse(json: &str) -> Option<Catalogue> {
    serde_wasm_bindgen::from_value(js_sys::JSON::parse(json).ok()?).ok()
}

/// Reads the page's catalogue, if any, and sets the page's language and
/// direction; the first message asked for does it too.
pub fn start() {
    TEXTS.with(|t| {
        if t.borrow().is_none() {
            *t.borrow_mut() = Some(read());
        }
    });
}

/// The JSON text of the page's element `id`, if it has one.
fn page_json(id: &str) -> Option<String> {
    crate::dom::document().get_element_by_id(id)?.text_content()
}

/// An offline page holds every language: the browser's preference picks.
fn from_offline_page() -> Option<Catalogue> {
    let all: Vec<Catalogue> = serde_wasm_bindgen::from_value(
        js_sys::JSON::parse(&page_json("pinpoint-catalogues")?).ok()?,
    )
    .ok()?;
    let preferred: Vec<String> = web_sys::window()?
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    let language = pinpoint_i18n::negotiate(preferred.iter().map(String::as_str));
    all.into_iter().find(|c| c.language == language.code)
}

fn read() -> Texts {
    // The server's choice for this visitor, else an offline page's.
    let chosen = page_json("pinpoint-messages")
        .and_then(|json| parse(&json))
        .or_else(from_offline_page);
    let english = parse(pinpoint_i18n::ENGLISH_VIEWER_JSON).unwrap_or_default();
    let language = chosen
        .as_ref()
        .and_then(|c| pinpoint_i18n::language::by_code(&c.language))
        .unwrap_or(pinpoint_i18n::ENGLISH);
    // The server wrote these already; a page it did not make (an offline
    // page) gets them here.
    if let Some(root) = crate::dom::document().document_element() {
        let _ = root.set_attribute("lang", language.code);
        let _ = root.set_attribute("dir", language.dir());
    }
    Texts {
        chosen,
        english,
        numbers: IntlNumbers::new(language.code),
        rtl: language.rtl,
    }
}

/// The message `key` with `args`, in the page's language.
pub fn text_with(key: &str, args: &[(&str, Arg)]) -> String {
    start();
    TEXTS.with(|t| {
        let texts = t.borrow();
        let Some(texts) = texts.as_ref() else {
            return key.to_string();
        };
        texts
            .chosen
            .as_ref()
            .and_then(|c| c.format(key, args, &texts.numbers, texts.rtl))
            .or_else(|| texts.english.format(key, args, &texts.numbers, false))
            .unwrap_or_else(|| key.to_string())
    })
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
