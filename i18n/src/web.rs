//! Messages in a browser page. The server puts the page's language's
//! catalogue in the page (`<script type="application/json"
//! id="pinpoint-messages">`); a program may carry English built in for
//! what a page lacks. Plurals and numbers follow the language through the
//! browser's `Intl`, so no plural rules travel in the Wasm.

use crate::{Arg, Catalogue, Language, Numbers, Piece, ENGLISH};
use js_sys::{Array, Intl, Object};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

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
            .unwrap_or_else(|| plain_number(n))
    }
}

/// A page's messages.
pub struct Texts {
    chosen: Option<Catalogue>,
    fallback: Option<Catalogue>,
    numbers: IntlNumbers,
    language: Language,
}

thread_local! {
    static TEXTS: RefCell<Option<Texts>> = const { RefCell::new(None) };
}

/// A catalogue from JSON text.
pub fn parse(json: &str) -> Option<Catalogue> {
    from_js(&js_sys::JSON::parse(json).ok()?)
}

/// A catalogue from its JSON as the browser parsed it. Read by hand, not
/// by serde: the generic decoding code would weigh more in the viewer than
/// all of its words.
pub fn from_js(value: &JsValue) -> Option<Catalogue> {
    let language = field(value, "language").as_string()?;
    let messages = Array::from(&field(value, "messages"))
        .iter()
        .map(|pair| {
            let pair = Array::from(&pair);
            Some((pair.get(0).as_string()?, pattern(&pair.get(1))?))
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Catalogue { language, messages })
}

fn field(value: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn pattern(value: &JsValue) -> Option<crate::Pattern> {
    Array::from(value)
        .iter()
        .map(|piece| {
            if let Some(text) = field(&piece, "text").as_string() {
                return Some(Piece::Text(text));
            }
            if let Some(name) = field(&piece, "var").as_string() {
                return Some(Piece::Var(name));
            }
            let select = field(&piece, "select");
            let variants = Array::from(&field(&select, "variants"))
                .iter()
                .map(|variant| {
                    let variant = Array::from(&variant);
                    Some((variant.get(0).as_string()?, pattern(&variant.get(1))?))
                })
                .collect::<Option<Vec<_>>>()?;
            Some(Piece::Select {
                var: field(&select, "var").as_string()?,
                variants,
                default: field(&select, "default").as_f64()? as usize,
            })
        })
        .collect()
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The JSON text of the page's element `id`, if it has one.
pub fn page_json(id: &str) -> Option<String> {
    document()?.get_element_by_id(id)?.text_content()
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Starts the page's messages: `chosen` (else the page's catalogue), with
/// `fallback` for what it lacks; sets the page's `lang` and `dir`. Later
/// calls do nothing.
pub fn start(
    chosen: impl FnOnce() -> Option<Catalogue>,
    fallback: impl FnOnce() -> Option<Catalogue>,
) {
    TEXTS.with(|t| {
        if t.borrow().is_some() {
            return;
        }
        let chosen = chosen().or_else(|| page_json("pinpoint-messages").and_then(|j| parse(&j)));
        let language = chosen
            .as_ref()
            .and_then(|c| crate::language::by_code(&c.language))
            .unwrap_or(ENGLISH);
        if let Some(root) = document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", language.code);
            let _ = root.set_attribute("dir", language.dir());
        }
        *t.borrow_mut() = Some(Texts {
            chosen,
            fallback: fallback(),
            numbers: IntlNumbers::new(language.code),
            language,
        });
    });
}

/// The message `key` with `args`, in the page's language (the key itself
/// if no catalogue has it, so a slip shows).
pub fn text_with(key: &str, args: &[(&str, Arg)]) -> String {
    TEXTS.with(|t| {
        let texts = t.borrow();
        let Some(texts) = texts.as_ref() else {
            return key.to_string();
        };
        texts
            .chosen
            .as_ref()
            .and_then(|c| c.format(key, args, &texts.numbers, texts.language.rtl))
            .or_else(|| {
                texts
                    .fallback
                    .as_ref()
                    .and_then(|c| c.format(key, args, &texts.numbers, false))
            })
            .unwrap_or_else(|| key.to_string())
    })
}

/// The page's language.
pub fn language() -> Language {
    TEXTS.with(|t| t.borrow().as_ref().map_or(ENGLISH, |t| t.language))
}

/// How much of a moment to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// The day: "30 Nov 2026", "30.11.2026".
    Day,
    /// Day and month only, for a chart's axis: "30 Nov".
    DayMonth,
    /// The day and the time of day, in the reader's time zone.
    DayTime,
}

/// `iso` (an RFC 3339 moment, or a `YYYY-MM-DD` day) written the way the
/// page's language writes dates; `iso` itself if the browser cannot read it.
/// A bare day is a calendar day, so it is read and written in UTC and
/// never moves to the day before in a time zone west of Greenwich.
pub fn date(iso: &str, style: DateStyle) -> String {
    let bare_day = iso.len() == 10;
    let moment = js_sys::Date::new(&JsValue::from_str(iso));
    if moment.get_time().is_nan() {
        return iso.to_string();
    }
    let options = Object::new();
    let set = |name: &str, value: &str| {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value.into());
    };
    match style {
        DateStyle::Day => {
            set("year", "numeric");
            set("month", "short");
            set("day", "numeric");
        }
        DateStyle::DayMonth => {
            set("month", "short");
            set("day", "numeric");
        }
        DateStyle::DayTime => {
            set("dateStyle", "medium");
            set("timeStyle", "short");
        }
    }
    if bare_day {
        set("timeZone", "UTC");
    }
    let locales = Array::of1(&JsValue::from_str(language().code));
    Intl::DateTimeFormat::new(&locales, &options)
        .format()
        .call1(&JsValue::NULL, &moment)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| iso.to_string())
}

/// `n` written the way the page's language writes numbers ("1 234", "1.234").
pub fn number(n: f64) -> String {
    TEXTS.with(|t| match t.borrow().as_ref() {
        Some(texts) => texts.numbers.format(n),
        None => plain_number(n),
    })
}

/// `n` as JavaScript writes it ("1234.5"), for when `Intl` cannot: Rust's
/// own float printing would cost the viewer about 12 KB of Wasm.
fn plain_number(n: f64) -> String {
    js_sys::Number::from(n)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}
