//! A download that takes a while (a class's work, a whole school): a
//! button, then the size received as it comes, then the file saved
//! under its name. The server writes the zip while it sends it, so its
//! length is not known ahead: the count is of what has arrived.

use crate::api::ApiError;
use crate::text::{t_with, Arg};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Starts the download, reporting bytes received; answers the file.
pub type Fetch =
    Rc<dyn Fn(Box<dyn Fn(f64)>) -> Pin<Box<dyn Future<Output = Result<web_sys::Blob, ApiError>>>>>;

/// A `Fetch` of an API call such as `api::school::export`.
pub fn fetch<F, Answer>(call: F) -> Fetch
where
    F: Fn(Box<dyn Fn(f64)>) -> Answer + 'static,
    Answer: Future<Output = Result<web_sys::Blob, ApiError>> + 'static,
{
    Rc::new(move |progress| Box::pin(call(progress)))
}

#[derive(Properties, Clone)]
pub struct BulkDownloadProps {
    /// Unique on the page: names the status line.
    pub id: AttrValue,
    /// The button's label.
    pub label: AttrValue,
    /// The start of the keys of the status line's sentences, which say
    /// what is downloaded: `{messages}-downloading`, `-done` and `-failed`
    /// ("export-class": "Downloading 7B's work…").
    pub messages: &'static str,
    /// The name those sentences put in as `$name` (the class's), if any.
    #[prop_or_default]
    pub name: AttrValue,
    /// The name the file is saved under.
    pub file_name: AttrValue,
    pub fetch: Fetch,
}

impl PartialEq for BulkDownloadProps {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.label == other.label
            && self.messages == other.messages
            && self.name == other.name
            && self.file_name == other.file_name
            && Rc::ptr_eq(&self.fetch, &other.fetch)
    }
}

/// A size as people read it: whole kilobytes under a megabyte, else
/// megabytes with one decimal ("2.0 MB", "2,0 Mt"), as the page's
/// language writes numbers.
fn size(bytes: f64) -> String {
    if bytes < 1_000_000.0 {
        let kilobytes = (bytes / 1000.0).max(1.0).round();
        t_with("export-size-kb", &[("size", Arg::Number(kilobytes))])
    } else {
        let megabytes = one_decimal(bytes / 1_000_000.0);
        t_with("export-size-mb", &[("size", Arg::Text(&megabytes))])
    }
}

/// `n` with exactly one decimal, written by the browser's `Intl` for the
/// page's language.
fn one_decimal(n: f64) -> String {
    let options = js_sys::Object::new();
    for name in ["minimumFractionDigits", "maximumFractionDigits"] {
        let _ = js_sys::Reflect::set(&options, &name.into(), &1.into());
    }
    let locales = js_sys::Array::of1(&pinpoint_i18n::web::language().code.into());
    js_sys::Intl::NumberFormat::new(&locales, &options)
        .format()
        .call1(&wasm_bindgen::JsValue::NULL, &n.into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{n:.1}"))
}

/// The status line's sentence `{messages}-{which}`, with the download's
/// name and `more`.
fn sentence(props: &BulkDownloadProps, which: &str, more: &[(&str, Arg)]) -> String {
    let mut args = vec![("name", Arg::Text(&props.name))];
    args.extend_from_slice(more);
    t_with(&format!("{}-{which}", props.messages), &args)
}

/// Saves `blob` as `name` through the browser's own download.
fn save(blob: &web_sys::Blob, name: &str) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(Ok(link)) = document.map(|d| d.create_element("a")) {
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The browser has taken the file once the click is handled.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

#[function_component(BulkDownload)]
pub fn bulk_download(props: &BulkDownloadProps) -> Html {
    // What is said aloud: the start and the end only.
    let status = use_state(String::new);
    // The size received, shown as it grows but not read out at each step.
    let received = use_state(String::new);
    let busy = use_state(|| false);
    let onclick = {
        let (status, received, busy, props) = (
            status.clone(),
            received.clone(),
            busy.clone(),
            props.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            status.set(sentence(&props, "downloading", &[]));
            let (status, received, busy, props) = (
                status.clone(),
                received.clone(),
                busy.clone(),
                props.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let progress = received.clone();
                let fetched = (props.fetch)(Box::new(move |bytes| {
                    progress.set(t_with(
                        "export-received",
                        &[("size", Arg::Text(&size(bytes)))],
                    ));
                }))
                .await;
                received.set(String::new());
                match fetched {
                    Ok(blob) => {
                        save(&blob, &props.file_name);
                        status.set(sentence(
                            &props,
                            "done",
                            &[
                                ("size", Arg::Text(&size(blob.size()))),
                                ("file", Arg::Text(&props.file_name)),
                            ],
                        ));
                    }
                    Err(e) => status.set(sentence(
                        &props,
                        "failed",
                        &[("reason", Arg::Text(&e.message()))],
                    )),
                }
                busy.set(false);
            });
        })
    };
    html! {
        <div class="bulk-download">
            // Not `disabled` while busy: the focus stays on the button.
            <button type="button" class="button" {onclick} aria-disabled={(*busy).to_string()} aria-describedby={format!("{}-status", props.id)}>
                { props.label.clone() }
            </button>
            <p class="status" role="status" id={format!("{}-status", props.id)}>{ (*status).clone() }</p>
            if !received.is_empty() {
                <p class="hint">{ (*received).clone() }</p>
            }
        </div>
    }
}
