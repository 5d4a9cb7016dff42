//! A 360° scene in the viewer (built only into the panorama viewer,
//! `--features panorama`, which the server sends for 360° scenes, so a
//! flat scene's visitors never download it). The picture is drawn by
//! `pinpoint_panorama::renderer` on a canvas; the hotspots stay the same
//! buttons as on a flat picture, in the same order, placed each frame
//! where their direction falls; one behind the viewer is faded out but
//! stays in the tab order, and focusing it turns the view to face it.

use crate::dom::{attr, el, Listener};
use crate::layout::percent;
use model::panorama::{direction, Direction, View};
use model::{Scene, SceneImage};
use pinpoint_panorama::camera::{Camera, KeyTurn};
use pinpoint_panorama::renderer::Renderer;
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement, HtmlElement, HtmlImageElement, PointerEvent};

struct Panorama {
    renderer: Renderer,
    camera: Camera,
    canvas: HtmlCanvasElement,
    /// Each marker and the direction it points to.
    markers: Vec<(HtmlElement, Direction)>,
    /// Pointers down on the canvas: id and position.
    pointers: Vec<(i32, f64, f64)>,
    /// A pinch under way: the fingers' distance and the field of view at
    /// its start.
    pinch: Option<(f64, f64)>,
    /// The time of the last animation frame, while a flick turns.
    last_frame: Option<f64>,
    frame_pending: bool,
}

/// The animation frame callback, made once.
type FrameCallback = Closure<dyn FnMut(f64)>;

thread_local! {
    static PANORAMA: RefCell<Option<Panorama>> = const { RefCell::new(None) };
    static FRAME: RefCell<Option<FrameCallback>> = const { RefCell::new(None) };
}

fn with<R>(f: impl FnOnce(&mut Panorama) -> R) -> Option<R> {
    PANORAMA.with(|p| p.borrow_mut().as_mut().map(f))
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Makes `stage` (holding the scene's markers) a panorama; answers false,
/// changing nothing, when the browser cannot draw one (no WebGL): the
/// caller then shows the picture flat.
pub fn mount(
    stage: &Element,
    scene: &Scene,
    image: &SceneImage,
    on_failure: fn(),
    listeners: &mut Vec<Listener>,
) -> bool {
    let canvas: HtmlCanvasElement = el("canvas", "panorama-canvas").unchecked_into();
    let Ok(renderer) = Renderer::new(&canvas) else {
        return false;
    };
    stage.set_class_name("scene-stage panorama-stage");
    attr(&canvas, "tabindex", "0");
    attr(&canvas, "role", "img");
    let alt = image.alt.trim();
    attr(
        &canvas,
        "aria-label",
        &if alt.is_empty() {
            crate::text::text("viewer-panorama")
        } else {
            crate::text::text_with(
                "viewer-panorama-described",
                &[("alt", pinpoint_i18n::Arg::Text(alt))],
            )
        },
    );
    let _ = stage.prepend_with_node_1(&canvas);
    let mut markers = Vec::new();
    if let Ok(found) = stage.query_selector_all(".hotspot-marker") {
        for i in 0..found.length() {
            let Some(marker) = found.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
                continue;
            };
            let index: Option<usize> = marker
                .get_attribute("data-index")
                .and_then(|i| i.parse().ok());
            if let Some(hotspot) = index.and_then(|i| scene.hotspots.get(i)) {
                markers.push((marker, direction(hotspot.x, hotspot.y)));
            }
        }
    }
    let start = image.initial_view.unwrap_or_default().view();
    PANORAMA.with(|p| {
        *p.borrow_mut() = Some(Panorama {
            renderer,
            camera: Camera::new(start, reduced_motion()),
            canvas: canvas.clone(),
            markers,
            pointers: Vec::new(),
            pinch: None,
            last_frame: None,
            frame_pending: false,
        })
    });
    attr(stage, "aria-busy", "true");
    load_picture(&image.asset_id, stage.clone(), on_failure);
    listen(stage, &canvas, listeners);
    request_frame();
    true
}

/// Ends the panorama (the view is drawn anew without it).
pub fn unmount() {
    PANORAMA.with(|p| p.borrow_mut().take());
}

fn load_picture(asset_id: &str, stage: Element, on_failure: fn()) {
    let picture = HtmlImageElement::new().expect("an image element");
    let loaded = picture.clone();
    let onload = Closure::once_into_js(move || {
        let _ = stage.remove_attribute("aria-busy");
        let ok = with(|p| p.renderer.set_picture(&loaded).is_ok()).unwrap_or(true);
        if ok {
            request_frame();
        } else {
            // Too large for this GPU's memory, say: show it flat.
            on_failure();
        }
    });
    picture.set_onload(Some(onload.unchecked_ref()));
    picture.set_src(&crate::offline::asset_url(asset_id));
}

fn listen(stage: &Element, canvas: &HtmlCanvasElement, listeners: &mut Vec<Listener>) {
    listeners.push(Listener::new(canvas, "pointerdown", |event| {
        let Some(event) = event.dyn_ref::<PointerEvent>() else {
            return;
        };
        if let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            let _ = target.set_pointer_capture(event.pointer_id());
        }
        let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
        with(|p| {
            p.pointers.retain(|(id, _, _)| *id != event.pointer_id());
            p.pointers.push((event.pointer_id(), x, y));
            match p.pointers.as_slice() {
                [_] => p.camera.press(x, y, event.time_stamp()),
                [a, b] => {
                    p.camera.release(event.time_stamp());
                    p.pinch = Some((distance(a, b), p.camera.view().fov));
                }
                _ => {}
            }
        });
    }));
    listeners.push(Listener::new(canvas, "pointermove", |event| {
        let Some(event) = event.dyn_ref::<PointerEvent>() else {
            return;
        };
        let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
        let changed = with(|p| {
            let Some(pointer) = p
                .pointers
                .iter_mut()
                .find(|(id, _, _)| *id == event.pointer_id())
            else {
                return false;
            };
            (pointer.1, pointer.2) = (x, y);
            match (p.pointers.as_slice(), p.pinch) {
                ([a, b], Some((start, fov))) => {
                    let now = distance(a, b).max(1.0);
                    p.camera.zoom_to(fov * start / now);
                    true
                }
                _ => {
                    let width = f64::from(p.canvas.client_width());
                    p.camera.drag_to(x, y, event.time_stamp(), width)
                }
            }
        });
        if changed == Some(true) {
            request_frame();
        }
    }));
    for end in ["pointerup", "pointercancel"] {
        listeners.push(Listener::new(canvas, end, |event| {
            let Some(event) = event.dyn_ref::<PointerEvent>() else {
                return;
            };
            with(|p| {
                p.pointers.retain(|(id, _, _)| *id != event.pointer_id());
                if p.pointers.is_empty() {
                    if p.pinch.take().is_none() {
                        p.camera.release(event.time_stamp());
                    }
                } else {
                    p.pinch = None;
                }
            });
            request_frame();
        }));
    }
    listeners.push(Listener::new(canvas, "wheel", |event| {
        let Some(wheel) = event.dyn_ref::<web_sys::WheelEvent>() else {
            return;
        };
        event.prevent_default();
        with(|p| p.camera.wheel(wheel.delta_y()));
        request_frame();
    }));
    // Keys turn the view wherever focus is on the stage: on the picture
    // or on a marker.
    listeners.push(Listener::new(stage, "keydown", |event| {
        let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if key.alt_key() || key.ctrl_key() || key.meta_key() {
            return;
        }
        let Some(turn) = KeyTurn::from_key(&key.key()) else {
            return;
        };
        event.prevent_default();
        with(|p| p.camera.key(turn));
        request_frame();
    }));
    // A marker reached by Tab (or a screen reader) turns the view to it.
    listeners.push(Listener::new(stage, "focusin", |event| {
        let Some(target) = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        let turned = with(|p| {
            let (_, d) = p.markers.iter().find(|(m, _)| *m == target)?;
            let (x, y) = model::panorama::point(*d);
            let fov = p.camera.view().fov;
            let facing = View::facing(x, y, fov);
            // Already in sight: the view stays put.
            let aspect = aspect(&p.canvas);
            let seen = p
                .camera
                .view()
                .project(*d, aspect)
                .is_some_and(|s| s.x.abs() < 0.85 && s.y.abs() < 0.85);
            if !seen {
                p.camera.set_view(facing);
            }
            Some(())
        });
        if turned.flatten().is_some() {
            request_frame();
        }
    }));
    listeners.push(Listener::new(
        &web_sys::window().expect("a window"),
        "resize",
        |_| request_frame(),
    ));
}

fn distance(a: &(i32, f64, f64), b: &(i32, f64, f64)) -> f64 {
    (a.1 - b.1).hypot(a.2 - b.2)
}

fn aspect(canvas: &HtmlCanvasElement) -> f64 {
    f64::from(canvas.client_width().max(1)) / f64::from(canvas.client_height().max(1))
}

/// Draws on the next animation frame (once, however often asked).
fn request_frame() {
    let pending = with(|p| std::mem::replace(&mut p.frame_pending, true));
    if pending != Some(false) {
        return;
    }
    FRAME.with(|frame| {
        let mut frame = frame.borrow_mut();
        let callback = frame.get_or_insert_with(|| Closure::new(on_frame));
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(callback.as_ref().unchecked_ref());
        }
    });
}

fn on_frame(now: f64) {
    let moving = with(|p| {
        p.frame_pending = false;
        if let Some(last) = p.last_frame {
            p.camera.step(now - last);
        }
        draw(p);
        if p.camera.moving() {
            p.last_frame = Some(now);
            true
        } else {
            p.last_frame = None;
            false
        }
    });
    if moving == Some(true) {
        request_frame();
    }
}

/// The picture as seen now, and each marker where its hotspot is.
fn draw(p: &Panorama) {
    let view = p.camera.view();
    if p.renderer.has_picture() {
        p.renderer.draw(&view);
    }
    let aspect = aspect(&p.canvas);
    for (marker, d) in &p.markers {
        let at = view
            .project(*d, aspect)
            .filter(|s| s.x.abs() <= 1.1 && s.y.abs() <= 1.1);
        let _ = marker
            .class_list()
            .toggle_with_force("behind", at.is_none());
        if let Some(s) = at {
            let style = marker.style();
            let _ = style.set_property("left", &percent((s.x + 1.0) * 50.0));
            let _ = style.set_property("top", &percent((1.0 - s.y) * 50.0));
        }
    }
}

/// Where the viewer looks now.
pub fn view() -> Option<View> {
    with(|p| p.camera.view())
}
