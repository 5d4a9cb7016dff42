//! The viewer page: the scene's picture with its hotspots (or, on request,
//! its text alone), a header with the scene's title and tools, and the
//! popups. State is one `Viewer` kept for the page's life.

use crate::address::Address;
use crate::api::{self, LoadError};
use crate::beacon;
use crate::dom::{self, append, attr, content_el, el, style, text_el, Listener};
use crate::events::Event;
use crate::layout::marker_position;
use crate::offline;
use crate::popup::{append_linkified, Popup};
use crate::text::{self, text, text_with};
use model::embed::embed_code;
use model::{Scene, Visibility};
use pinpoint_i18n::Arg;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement, HtmlTextAreaElement};

struct Viewer {
    address: Address,
    scene: Scene,
    root: Element,
    /// The open hotspot's popup and the index of its hotspot.
    popup: Option<(usize, Popup)>,
    /// The embed-code dialog, while open.
    embed: Option<EmbedDialog>,
    /// Listeners of the current view, replaced when it is drawn again.
    listeners: Vec<Listener>,
    /// A panorama this browser could not draw is shown as a flat picture.
    #[cfg(feature = "panorama")]
    flat_panorama: bool,
}

thread_local! {
    static VIEWER: RefCell<Option<Viewer>> = const { RefCell::new(None) };
}

fn root() -> Element {
    dom::document()
        .get_element_by_id("viewer")
        .unwrap_or_else(|| {
            let root = el("div", "viewer");
            attr(&root, "id", "viewer");
            let _ = dom::document().body().map(|b| b.append_child(&root));
            root
        })
}

pub fn start() {
    if let Some(scene) = offline::scene() {
        let address = Address {
            scene_id: scene.id.clone(),
            embedded: false,
            text_only: false,
        };
        show(address, scene);
        return;
    }
    let (_, path, search) = dom::location();
    let Some(address) = Address::parse(&path, &search) else {
        show_not_found(&root());
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match api::scene(&address.scene_id).await {
            Ok((scene, own)) => {
                beacon::start(&scene, own);
                show(address, scene);
            }
            Err(LoadError::NotFound) => show_not_found(&root()),
            Err(LoadError::Failed) => show_message(
                &root(),
                &text("viewer-failed-title"),
                &text("viewer-failed-text"),
            ),
        }
    });
}

/// Shows `scene`, loaded, for the page's life.
fn show(address: Address, scene: Scene) {
    let root = root();
    let _ = root.remove_attribute("aria-busy");
    VIEWER.with(|v| {
        *v.borrow_mut() = Some(Viewer {
            address,
            scene,
            root,
            popup: None,
            embed: None,
            listeners: Vec::new(),
            #[cfg(feature = "panorama")]
            flat_panorama: false,
        });
    });
    draw();
    watch_fullscreen();
}

fn show_message(root: &Element, title: &str, message: &str) {
    let _ = root.remove_attribute("aria-busy");
    let main = el("main", "notice");
    append(&main, &text_el("h1", "", title));
    append(&main, &text_el("p", "", message));
    let explore = text_el("a", "button", &text("viewer-explore"));
    attr(&explore, "href", "/explore");
    append(&main, &explore);
    root.replace_children_with_node_1(&main);
}

/// Missing and not shared look the same, on purpose.
fn show_not_found(root: &Element) {
    dom::document().set_title(&text("viewer-not-found-page-title"));
    show_message(
        root,
        &text("viewer-not-found-title"),
        &text("viewer-not-found-text"),
    );
}

/// A button with a visible label.
fn button(label: &str, class: &str) -> Element {
    let b = text_el("button", class, label);
    attr(&b, "type", "button");
    b
}

/// Draws the whole view from the current state.
fn draw() {
    #[cfg(feature = "panorama")]
    crate::panorama_stage::unmount();
    VIEWER.with(|v| {
        let mut guard = v.borrow_mut();
        let Some(viewer) = guard.as_mut() else { return };
        let mut listeners = Vec::new();
        let scene = &viewer.scene;
        let address = &viewer.address;
        dom::document().set_title(&text_with(
            "viewer-page-title",
            &[("title", Arg::Text(&scene.title))],
        ));
        viewer.root.set_class_name(if address.embedded {
            "viewer embedded"
        } else {
            "viewer"
        });

        let header = el("header", "viewer-header");
        if !address.embedded {
            // An offline page has no site to go back to.
            let brand = if offline::active() {
                el("span", "brand")
            } else {
                let link = el("a", "brand");
                attr(&link, "href", "/");
                link
            };
            append(&brand, &{
                let mark = el("span", "brand-mark");
                attr(&mark, "aria-hidden", "true");
                mark
            });
            let _ = brand.append_with_str_1(&text("viewer-brand"));
            append(&header, &brand);
        }
        let titles = el("div", "viewer-titles");
        append(&titles, &content_el("h1", "", &scene.title));
        if !address.embedded {
            append(
                &titles,
                &text_el(
                    "p",
                    "byline",
                    &text_with(
                        "viewer-byline",
                        &[("username", Arg::Text(&scene.owner.username))],
                    ),
                ),
            );
        }
        append(&header, &titles);
        let tools = el("div", "viewer-tools");
        let text_toggle = button(
            &text(if address.text_only {
                "viewer-picture-view"
            } else {
                "viewer-text-only"
            }),
            "button text-toggle",
        );
        listeners.push(Listener::new(&text_toggle, "click", |_| toggle_text_view()));
        append(&tools, &text_toggle);
        if !address.text_only {
            let fullscreen = button(&fullscreen_label(), "button fullscreen-button");
            listeners.push(Listener::new(&fullscreen, "click", |_| toggle_fullscreen()));
            append(&tools, &fullscreen);
        }
        if scene.visibility != Visibility::Private && !address.embedded && !offline::active() {
            let embed = button(&text("viewer-embed"), "button");
            listeners.push(Listener::new(&embed, "click", |_| open_embed_dialog()));
            append(&tools, &embed);
        }
        append(&header, &tools);

        let main = el("main", "viewer-main");
        if address.text_only {
            // What the picture shows, for whoever reads rather than looks.
            let alt = scene.image.as_ref().map(|i| i.alt.trim());
            if let Some(alt) = alt.filter(|a| !a.is_empty()) {
                append(
                    &main,
                    &text_el(
                        "p",
                        "text-view-picture",
                        &text_with("viewer-the-picture", &[("alt", Arg::Text(alt))]),
                    ),
                );
            }
            append(&main, &text_view(scene, address));
        } else if let Some(image) = &scene.image {
            let stage = el("div", "scene-stage");
            add_markers(&stage, scene);
            #[cfg(feature = "panorama")]
            let panorama = image.projection == model::Projection::Equirectangular
                && !viewer.flat_panorama
                && crate::panorama_stage::mount(&stage, scene, image, show_flat, &mut listeners);
            #[cfg(not(feature = "panorama"))]
            let panorama = false;
            // A ratio the stylesheet's calc() divides ("1600 / 900"): no
            // float to print, so no float printing in the Wasm.
            let aspect = if panorama {
                "16 / 9".to_string()
            } else {
                format!("{} / {}", image.width, image.height.max(1))
            };
            style(&stage, "--aspect", &aspect);
            if !panorama {
                let img = el("img", "");
                attr(&img, "src", &offline::asset_url(&image.asset_id));
                attr(&img, "alt", &image.alt);
                attr(&img, "width", &image.width.to_string());
                attr(&img, "height", &image.height.to_string());
                // The markers need not wait for the picture to be decoded.
                attr(&img, "decoding", "async");
                let _ = stage.prepend_with_node_1(&img);
            }
            // One listener for every marker: thousands of closures would
            // cost more to make than the markers themselves.
            listeners.push(Listener::new(&stage, "click", |event| {
                if let Some(index) = clicked_marker(&event) {
                    open_popup(index);
                }
            }));
            append(&main, &stage);
        } else {
            append(&main, &text_el("p", "notice", &text("viewer-no-picture")));
        }
        if !scene.description.is_empty() && !address.embedded {
            append(&main, &content_el("p", "description", &scene.description));
        }
        viewer.root.replace_children_with_node_2(&header, &main);
        viewer.listeners = listeners;
    });
}

/// The scene's hotspots as buttons on `stage`, in reading order.
fn add_markers(stage: &Element, scene: &Scene) {
    // As little DOM as a button can be, and as few calls into the
    // page per marker: thousands must appear at once. Each is a copy
    // of this one. The name is its label; the tooltip is CSS drawing
    // `data-title`; the glyph is hidden from readers.
    let prototype = el("button", "hotspot-marker");
    attr(&prototype, "type", "button");
    attr(&prototype, "aria-haspopup", "dialog");
    // Its tooltip is the hotspot's own title.
    attr(&prototype, "dir", "auto");
    let prototype_glyph = el("span", "marker-glyph");
    attr(&prototype_glyph, "aria-hidden", "true");
    append(&prototype, &prototype_glyph);
    for (index, hotspot) in scene.hotspots.iter().enumerate() {
        let Some(marker) = dom::copy(&prototype) else {
            continue;
        };
        let name = text::hotspot_name(hotspot, index);
        attr(&marker, "data-index", &index.to_string());
        attr(&marker, "aria-label", &name);
        attr(&marker, "data-title", &name);
        let (x, y) = marker_position(hotspot.x, hotspot.y);
        let mut properties = vec![("left", x.as_str()), ("top", y.as_str())];
        if hotspot.color != model::default_color() {
            properties.push(("background-color", &hotspot.color));
        }
        dom::styles(&marker, &properties);
        if let Some(glyph_span) = marker.first_element_child() {
            glyph_span.set_text_content(Some(&hotspot.icon.glyph(index)));
        }
        append(stage, &marker);
    }
}

/// The index of the marker a click landed on (or inside), if any.
fn clicked_marker(event: &web_sys::Event) -> Option<usize> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let marker = target.closest(".hotspot-marker").ok()??;
    marker.get_attribute("data-index")?.parse().ok()
}

/// Every hotspot's content in reading order: for screen readers, printing,
/// and anyone who prefers reading.
fn text_view(scene: &Scene, address: &Address) -> Element {
    let list = el("ol", "text-view");
    for (index, hotspot) in scene.hotspots.iter().enumerate() {
        let item = el("li", "");
        append(
            &item,
            &content_el("h2", "", &text::hotspot_name(hotspot, index)),
        );
        if !hotspot.text.is_empty() {
            let text = content_el("p", "", "");
            append_linkified(&text, &hotspot.text);
            append(&item, &text);
        }
        if let Some(link) = hotspot
            .link
            .as_deref()
            .filter(|l| model::scene::validate_link("link", l).is_ok())
        {
            let p = el("p", "");
            let a = text_el("a", "", link);
            attr(&a, "href", link);
            attr(&a, "rel", "noopener noreferrer nofollow");
            append(&p, &a);
            append(&item, &p);
        }
        if let Some(url) = hotspot.media.as_ref().and_then(model::Media::page_url) {
            let p = el("p", "");
            let a = text_el(
                "a",
                "",
                &text_with("viewer-video-link", &[("url", Arg::Text(&url))]),
            );
            attr(&a, "href", &url);
            attr(&a, "rel", "noopener noreferrer nofollow");
            append(&p, &a);
            append(&item, &p);
        }
        if let Some(next) = hotspot.scene_link.as_ref().filter(|_| !offline::active()) {
            let p = el("p", "");
            let a = text_el("a", "", &text("viewer-next-scene"));
            attr(&a, "href", &tour_href(address, next));
            append(&p, &a);
            append(&item, &p);
        }
        append(&list, &item);
    }
    if scene.hotspots.is_empty() {
        append(&list, &text_el("li", "", &text("viewer-no-hotspots")));
    }
    list
}

/// A tour link stays inside the embed when it starts there.
fn tour_href(address: &Address, scene_id: &str) -> String {
    let next = Address {
        scene_id: scene_id.to_string(),
        embedded: address.embedded,
        text_only: address.text_only,
    };
    next.path_and_query(address.text_only)
}

fn marker_element(index: usize) -> Option<Element> {
    dom::document()
        .query_selector(&format!(".hotspot-marker[data-index=\"{index}\"]"))
        .ok()
        .flatten()
}

fn open_popup(index: usize) {
    let Some(marker) = marker_element(index) else {
        return;
    };
    VIEWER.with(|v| {
        let mut guard = v.borrow_mut();
        let Some(viewer) = guard.as_mut() else { return };
        let Some(hotspot) = viewer.scene.hotspots.get(index) else {
            return;
        };
        // One popup at a time: the old one closes first.
        viewer.popup = None;
        // The next scene of a tour is not in an offline page.
        let tour = hotspot
            .scene_link
            .as_deref()
            .filter(|_| !offline::active())
            .map(|id| tour_href(&viewer.address, id));
        let popup = Popup::open(
            hotspot,
            index,
            &marker,
            tour,
            Rc::new(move || close_popup(index)),
        );
        let _ = marker.set_attribute("aria-expanded", "true");
        beacon::record(Event::HotspotOpen(hotspot.id.clone()));
        viewer.popup = Some((index, popup));
    });
}

/// Closes the popup and gives focus back to its hotspot.
fn close_popup(index: usize) {
    let closed = VIEWER.with(|v| {
        let mut guard = v.borrow_mut();
        let viewer = guard.as_mut()?;
        match &viewer.popup {
            Some((open, _)) if *open == index => viewer.popup.take(),
            _ => None,
        }
    });
    drop(closed);
    if let Some(marker) = marker_element(index) {
        let _ = marker.set_attribute("aria-expanded", "false");
        dom::focus(&marker);
    }
}

/// Shows a panorama this browser cannot draw as a flat picture.
#[cfg(feature = "panorama")]
fn show_flat() {
    VIEWER.with(|v| {
        if let Some(viewer) = v.borrow_mut().as_mut() {
            viewer.flat_panorama = true;
        }
    });
    draw();
}

fn toggle_text_view() {
    VIEWER.with(|v| {
        let mut guard = v.borrow_mut();
        let Some(viewer) = guard.as_mut() else { return };
        viewer.popup = None;
        viewer.address.text_only = !viewer.address.text_only;
        // An offline page's address is a file's: it stays as it is.
        if !offline::active() {
            dom::replace_address(&viewer.address.path_and_query(viewer.address.text_only));
        }
    });
    draw();
    // The button was drawn anew: keep the keyboard user where they were.
    if let Ok(Some(toggle)) = dom::document().query_selector(".text-toggle") {
        dom::focus(&toggle);
    }
}

fn fullscreen_label() -> String {
    text(if dom::document().fullscreen_element().is_some() {
        "viewer-exit-fullscreen"
    } else {
        "viewer-fullscreen"
    })
}

fn toggle_fullscreen() {
    let document = dom::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else {
        let _ = root().request_fullscreen();
    }
}

/// Keeps the fullscreen button's label true, however fullscreen ends.
fn watch_fullscreen() {
    Listener::new(&dom::document(), "fullscreenchange", |_| {
        if let Ok(Some(button)) = dom::document().query_selector(".fullscreen-button") {
            button.set_text_content(Some(&fullscreen_label()));
        }
    })
    .forever();
}

/// The "Embed" dialog: the iframe code for another site, and a way to copy it.
struct EmbedDialog {
    dialog: HtmlDialogElement,
    _listeners: Vec<Listener>,
}

impl Drop for EmbedDialog {
    fn drop(&mut self) {
        self.dialog.close();
        self.dialog.remove();
    }
}

fn open_embed_dialog() {
    VIEWER.with(|v| {
        let mut guard = v.borrow_mut();
        let Some(viewer) = guard.as_mut() else { return };
        let scene = &viewer.scene;
        let (origin, _, _) = dom::location();
        let (width, height) = scene
            .image
            .as_ref()
            .map(|i| (i.width, i.height))
            .unwrap_or((4, 3));
        let code = embed_code(&origin, &scene.id, &scene.title, width, height);

        let dialog: HtmlDialogElement = el("dialog", "embed-dialog").unchecked_into();
        attr(&dialog, "aria-labelledby", "embed-title");
        let body = el("div", "popup-body");
        let heading = text_el("h2", "", &text("viewer-embed-title"));
        attr(&heading, "id", "embed-title");
        append(&body, &heading);
        append(&body, &text_el("p", "hint", &text("viewer-embed-hint")));
        let label = text_el("label", "", &text("viewer-embed-code"));
        attr(&label, "for", "embed-code");
        append(&body, &label);
        let area: HtmlTextAreaElement = el("textarea", "embed-code").unchecked_into();
        attr(&area, "id", "embed-code");
        attr(&area, "readonly", "");
        attr(&area, "rows", "4");
        area.set_value(&code);
        append(&body, &area);
        let actions = el("p", "dialog-actions");
        let copy = button(&text("viewer-copy-code"), "button primary");
        let close = button(&text("viewer-close"), "button");
        append(&actions, &copy);
        append(&actions, &close);
        append(&body, &actions);
        append(&dialog, &body);
        let _ = dom::document().body().map(|b| b.append_child(&dialog));

        let copied = copy.clone();
        let close_later = || {
            wasm_bindgen_futures::spawn_local(async {
                VIEWER.with(|v| v.borrow_mut().as_mut().map(|v| v.embed.take()));
            })
        };
        let listeners = vec![
            Listener::new(&copy, "click", move |_| {
                let (code, copied) = (code.clone(), copied.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    if dom::copy_text(&code).await {
                        copied.set_text_content(Some(&text("viewer-copied")));
                    }
                });
            }),
            Listener::new(&close, "click", move |_| close_later()),
            Listener::new(&dialog, "cancel", move |e| {
                e.prevent_default();
                close_later();
            }),
        ];
        let _ = dialog.show_modal();
        area.select();
        viewer.embed = Some(EmbedDialog {
            dialog,
            _listeners: listeners,
        });
    });
}
