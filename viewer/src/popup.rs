//! An open hotspot: a modal `dialog` named by its title, placed beside its
//! hotspot. Focus moves into it; Escape, a click outside it or its Close
//! button closes it. Videos load nothing from their provider until the
//! viewer asks for them. What the viewer does in it (following a link,
//! playing a sound or video) is counted, anonymously, by `beacon`.

use crate::beacon;
use crate::dom::{append, attr, content_el, el, style, text_el, Listener};
use crate::events::Event;
use crate::layout::{popup_position, Rect};
use crate::offline::{self, asset_url};
use crate::text::{hotspot_name, text, text_with};
use model::scene::validate_link;
use model::{Hotspot, Media};
use pinpoint_i18n::Arg;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement, MouseEvent};

pub struct Popup {
    dialog: HtmlDialogElement,
    _listeners: Vec<Listener>,
}

impl Drop for Popup {
    fn drop(&mut self) {
        self.dialog.close();
        self.dialog.remove();
    }
}

/// Appends `text` to `parent`: line breaks kept, web addresses made links,
/// nothing ever read as HTML.
pub fn append_linkified(parent: &Element, text: &str) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            append(parent, &el("br", ""));
        }
        let mut plain = String::new();
        for word in line.split_inclusive(' ') {
            let bare = word
                .trim_end()
                .trim_end_matches(['.', ',', ')', ';', ':', '!', '?']);
            let is_web = bare.starts_with("https://") || bare.starts_with("http://");
            if is_web && validate_link("link", bare).is_ok() {
                let _ = parent.append_with_str_1(&plain);
                plain.clear();
                append(parent, &link(bare, bare));
                plain.push_str(&word[bare.len()..]);
            } else {
                plain.push_str(word);
            }
        }
        let _ = parent.append_with_str_1(&plain);
    }
}

/// A link that opens in a new tab and tells the other site nothing.
fn link(href: &str, label: &str) -> Element {
    let a = text_el("a", "", label);
    attr(&a, "href", href);
    attr(&a, "target", "_blank");
    attr(&a, "rel", "noopener noreferrer nofollow");
    a
}

/// The placeholder a video shows until the viewer agrees to load it.
fn video_consent(
    media: &Media,
    title: &str,
    hotspot_id: &str,
) -> Option<(Element, Option<Listener>)> {
    let provider = media.provider()?;
    let src = match media {
        Media::Youtube { video_id } => format!("https://www.youtube-nocookie.com/embed/{video_id}"),
        Media::Vimeo { video_id } => format!("https://player.vimeo.com/video/{video_id}?dnt=1"),
        Media::Image { .. } | Media::Audio { .. } => return None,
    };
    let holder = el("div", "video-consent");
    append(
        &holder,
        &text_el(
            "p",
            "video-provider",
            &text_with(
                "viewer-video-provider",
                &[("provider", Arg::Text(provider))],
            ),
        ),
    );
    append(
        &holder,
        &text_el(
            "p",
            "",
            &text_with("viewer-video-cookies", &[("provider", Arg::Text(provider))]),
        ),
    );
    if offline::active() {
        // An offline page loads nothing: the video is a link to its page.
        if let Some(url) = media.page_url() {
            let p = el("p", "");
            let label = text_with("viewer-watch-on", &[("provider", Arg::Text(provider))]);
            append(&p, &link(&url, &label));
            append(&holder, &p);
        }
        return Some((holder, None));
    }
    let button = text_el("button", "button", &text("viewer-load-video"));
    attr(&button, "type", "button");
    append(&holder, &button);
    let frame_title = text_with(
        "viewer-video-frame-title",
        &[
            ("provider", Arg::Text(provider)),
            ("title", Arg::Text(title)),
        ],
    );
    let target = holder.clone();
    let hotspot_id = hotspot_id.to_string();
    let load = Listener::new(&button, "click", move |_| {
        beacon::record(Event::MediaPlay(hotspot_id.clone()));
        let frame = el("iframe", "video-frame");
        attr(&frame, "src", &src);
        attr(&frame, "title", &frame_title);
        attr(
            &frame,
            "allow",
            "fullscreen; picture-in-picture; encrypted-media",
        );
        attr(&frame, "referrerpolicy", "strict-origin");
        target.replace_children_with_node_1(&frame);
        crate::dom::focus(&frame);
    });
    Some((holder, Some(load)))
}

impl Popup {
    /// Opens the popup of the `index`th hotspot beside `marker`. `tour` is
    /// where its tour link leads; `on_close` is called (once the current
    /// event is over) when the viewer closes it.
    pub fn open(
        hotspot: &Hotspot,
        index: usize,
        marker: &Element,
        tour: Option<String>,
        on_close: Rc<dyn Fn()>,
    ) -> Popup {
        let dialog: HtmlDialogElement = el("dialog", "hotspot-popup").unchecked_into();
        let mut listeners = Vec::new();
        let title_id = format!("hotspot-title-{index}");
        attr(&dialog, "aria-labelledby", &title_id);
        let body = el("div", "popup-body");
        let heading = content_el("h2", "", &hotspot_name(hotspot, index));
        attr(&heading, "id", &title_id);
        append(&body, &heading);

        match &hotspot.media {
            Some(Media::Image { asset_id }) => {
                let image = el("img", "popup-image");
                attr(&image, "src", &asset_url(asset_id));
                attr(&image, "alt", "");
                append(&body, &image);
            }
            Some(Media::Audio { asset_id }) => {
                let audio = el("audio", "popup-audio");
                attr(&audio, "src", &asset_url(asset_id));
                attr(&audio, "controls", "");
                attr(&audio, "preload", "none");
                attr(
                    &audio,
                    "aria-label",
                    &text_with(
                        "viewer-sound",
                        &[("title", Arg::Text(&hotspot_name(hotspot, index)))],
                    ),
                );
                append(&body, &audio);
                // Counted once a popup: a pause and a resume are one play.
                let id = hotspot.id.clone();
                let played = Rc::new(std::cell::Cell::new(false));
                listeners.push(Listener::new(&audio, "play", move |_| {
                    if !played.replace(true) {
                        beacon::record(Event::MediaPlay(id.clone()));
                    }
                }));
            }
            Some(video) => {
                if let Some((consent, load)) =
                    video_consent(video, &hotspot_name(hotspot, index), &hotspot.id)
                {
                    append(&body, &consent);
                    listeners.extend(load);
                }
            }
            None => {}
        }
        if !hotspot.text.is_empty() {
            let text = content_el("p", "popup-text", "");
            append_linkified(&text, &hotspot.text);
            append(&body, &text);
        }
        if let Some(href) = hotspot
            .link
            .as_deref()
            .filter(|l| validate_link("link", l).is_ok())
        {
            let label = match href.strip_prefix("mailto:") {
                Some(address) => text_with("viewer-email", &[("address", Arg::Text(address))]),
                None => href.to_string(),
            };
            let p = el("p", "popup-link");
            append(&p, &link(href, &label));
            append(&body, &p);
        }
        if let Some(href) = tour {
            let p = el("p", "popup-link");
            let a = text_el("a", "button", &text("viewer-next-scene"));
            attr(&a, "href", &href);
            append(&p, &a);
            append(&body, &p);
        }
        let close = text_el("button", "button popup-close", &text("viewer-close"));
        attr(&close, "type", "button");
        append(&body, &close);
        append(&dialog, &body);
        let _ = crate::dom::document()
            .body()
            .map(|b| b.append_child(&dialog));

        // Closing drops this popup, and with it these listeners: let the
        // event that asked for it finish first.
        let later = move || {
            let on_close = on_close.clone();
            wasm_bindgen_futures::spawn_local(async move { on_close() });
        };
        let (on_cancel, on_button, on_backdrop) = (later.clone(), later.clone(), later);
        // Links that leave the page: the hotspot's own and those in its text.
        let id = hotspot.id.clone();
        listeners.push(Listener::new(&body, "click", move |e| {
            let link = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("a[target=\"_blank\"]").ok().flatten());
            if link.is_some() {
                beacon::record(Event::LinkClick(id.clone()));
            }
        }));
        // A click that starts inside the popup (selecting its text, say) and
        // ends on the backdrop is not a click outside.
        let pressed_outside = Rc::new(std::cell::Cell::new(false));
        let pressed = pressed_outside.clone();
        listeners.extend([
            Listener::new(&dialog, "cancel", move |e| {
                e.prevent_default();
                on_cancel();
            }),
            Listener::new(&close, "click", move |_| on_button()),
            // A press on the backdrop lands on the dialog element itself.
            Listener::new(&dialog, "pointerdown", move |e| {
                pressed.set(
                    e.target()
                        .and_then(|t| t.dyn_into::<HtmlDialogElement>().ok())
                        .is_some(),
                );
            }),
            Listener::new(&dialog, "click", move |e| {
                let target = e
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlDialogElement>().ok());
                if target.is_some() && pressed_outside.get() && e.dyn_ref::<MouseEvent>().is_some()
                {
                    on_backdrop();
                }
            }),
        ]);
        let _ = dialog.show_modal();
        place(&dialog, marker);
        Popup {
            dialog,
            _listeners: listeners,
        }
    }
}

/// Moves the dialog beside its hotspot, inside the window.
fn place(dialog: &HtmlDialogElement, marker: &Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let viewport = (
        window
            .inner_width()
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0),
        window
            .inner_height()
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0),
    );
    let m = marker.get_bounding_client_rect();
    let d = dialog.get_bounding_client_rect();
    let marker = Rect {
        left: m.left(),
        top: m.top(),
        width: m.width(),
        height: m.height(),
    };
    let (left, top) = popup_position(marker, (d.width(), d.height()), viewport);
    dialog.class_list().add_1("placed").ok();
    // Whole pixels, printed as integers (see `layout::percent`).
    style(dialog, "left", &format!("{}px", left.round() as i64));
    style(dialog, "top", &format!("{}px", top.round() as i64));
}
