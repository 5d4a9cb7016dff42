//! A 360° picture being edited, looked around in: the editor's stage for
//! panoramas. Drag the picture (or use the arrow keys on it) to look
//! around and the wheel or `+`/`-` to zoom; a click or tap places a
//! hotspot where it lands; markers are the same buttons as on a flat
//! picture (dragged, nudged, in reading order), placed each frame where
//! their direction falls, faded out while out of sight, and focusing one
//! turns the view to it. Without WebGL the caller shows the picture flat.

use crate::api;
use crate::components::hotspot_marker::{set_style, HotspotMarker};
use crate::text::{t, t_with, Arg};
use model::panorama::{direction, point, View};
use model::{Hotspot, SceneImage};
use pinpoint_panorama::camera::{Camera, KeyTurn};
use pinpoint_panorama::renderer::Renderer;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement, HtmlElement, HtmlImageElement};
use yew::prelude::*;

/// Where the editor looks, shared with the buttons beside the stage
/// (`Add hotspot` puts one at the centre of the view, `Set start view`
/// keeps it). Equal only to itself.
#[derive(Clone)]
pub struct ViewHandle(pub Rc<Cell<View>>);

impl PartialEq for ViewHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct PanoramaStageProps {
    pub image: SceneImage,
    pub hotspots: Vec<Arc<Hotspot>>,
    #[prop_or_default]
    pub selected: Option<usize>,
    pub onactivate: Callback<usize>,
    /// A click on the picture: a point of the panorama (`x`, `y`).
    pub onpick: Callback<(f64, f64)>,
    pub onmarkerkey: Callback<(usize, KeyboardEvent)>,
    /// A marker dropped at a point of the panorama.
    pub onmove: Callback<(usize, f64, f64)>,
    pub view: ViewHandle,
    /// The browser cannot draw panoramas (no WebGL).
    pub onunsupported: Callback<()>,
}

/// The stage's moving parts, kept across renders.
struct Looking {
    renderer: Option<Renderer>,
    camera: Camera,
    /// Each hotspot's direction, in reading order.
    directions: Vec<[f64; 3]>,
    /// Pointers down on the picture, and whether the press became a look
    /// around (then its click places nothing).
    pointers: Vec<(i32, f64, f64)>,
    looked: bool,
    pinch: Option<(f64, f64)>,
    last_frame: Option<f64>,
    frame_pending: bool,
}

type Shared = Rc<RefCell<Looking>>;
type FrameCallback = Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>>;

/// The author's `prefers-reduced-motion`: a flick then stops where it ends.
fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Pointer travel (px) past which a press looks around instead of placing.
const LOOK_THRESHOLD: f64 = 4.0;

fn aspect(stage: &Element) -> f64 {
    let rect = stage.get_bounding_client_rect();
    if rect.height() > 0.0 {
        rect.width() / rect.height()
    } else {
        16.0 / 9.0
    }
}

/// Draws the picture along the camera's view and places every marker.
fn draw(looking: &Looking, stage: &Element) {
    let view = looking.camera.view();
    if let Some(renderer) = &looking.renderer {
        if renderer.has_picture() {
            renderer.draw(&view);
        }
    }
    let aspect = aspect(stage);
    let Ok(markers) = stage.query_selector_all(".hotspot-marker") else {
        return;
    };
    for i in 0..markers.length() {
        let Some(marker) = markers
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        let index: Option<usize> = marker
            .get_attribute("data-index")
            .and_then(|v| v.parse().ok());
        let Some(d) = index.and_then(|i| looking.directions.get(i)) else {
            continue;
        };
        let at = view
            .project(*d, aspect)
            .filter(|s| s.x.abs() <= 1.1 && s.y.abs() <= 1.1);
        let _ = marker
            .class_list()
            .toggle_with_force("behind", at.is_none());
        if let Some(s) = at {
            let style = marker.style();
            let _ = style.set_property("--at-x", &format!("{:.6}", (s.x + 1.0) / 2.0));
            let _ = style.set_property("--at-y", &format!("{:.6}", (1.0 - s.y) / 2.0));
        }
    }
}

/// Asks for one animation frame (however often asked before it comes);
/// a flick keeps asking until it stops.
fn request_frame(looking: &Shared, stage: &NodeRef, frame: &FrameCallback, view: &ViewHandle) {
    if std::mem::replace(&mut looking.borrow_mut().frame_pending, true) {
        return;
    }
    let mut slot = frame.borrow_mut();
    let callback = slot.get_or_insert_with(|| {
        let (looking, stage, frame, view) =
            (looking.clone(), stage.clone(), frame.clone(), view.clone());
        Closure::new(move |now: f64| {
            let moving = {
                let mut l = looking.borrow_mut();
                l.frame_pending = false;
                if let Some(last) = l.last_frame {
                    l.camera.step(now - last);
                }
                view.0.set(l.camera.view());
                if let Some(stage) = stage.cast::<Element>() {
                    draw(&l, &stage);
                }
                l.last_frame = l.camera.moving().then_some(now);
                l.camera.moving()
            };
            if moving {
                request_frame(&looking, &stage, &frame, &view);
            }
        })
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(callback.as_ref().unchecked_ref());
    }
}

#[function_component(PanoramaStage)]
pub fn panorama_stage(props: &PanoramaStageProps) -> Html {
    let stage = use_node_ref();
    let canvas = use_node_ref();
    let looking: Shared = use_mut_ref(|| Looking {
        renderer: None,
        camera: Camera::new(props.view.0.get(), reduced_motion()),
        directions: Vec::new(),
        pointers: Vec::new(),
        looked: false,
        pinch: None,
        last_frame: None,
        frame_pending: false,
    });
    let frame: FrameCallback = use_mut_ref(|| None);
    let redraw = {
        let (looking, stage, frame, view) = (
            looking.clone(),
            stage.clone(),
            frame.clone(),
            props.view.clone(),
        );
        Rc::new(move || {
            // Said at once, not at the next frame: `Add hotspot` pressed
            // right after a turn puts it where the author now looks.
            if let Ok(l) = looking.try_borrow() {
                view.0.set(l.camera.view());
            }
            request_frame(&looking, &stage, &frame, &view)
        })
    };
    looking.borrow_mut().directions = props.hotspots.iter().map(|h| direction(h.x, h.y)).collect();
    // The renderer, once; the picture, whenever it changes.
    {
        let (canvas, looking, redraw, unsupported) = (
            canvas.clone(),
            looking.clone(),
            redraw.clone(),
            props.onunsupported.clone(),
        );
        use_effect_with(props.image.asset_id.clone(), move |asset_id| {
            let renderer = canvas
                .cast::<HtmlCanvasElement>()
                .and_then(|c| Renderer::new(&c).ok());
            let Some(renderer) = renderer else {
                unsupported.emit(());
                return;
            };
            looking.borrow_mut().renderer = Some(renderer);
            let picture = HtmlImageElement::new().expect("an image element");
            let loaded = picture.clone();
            let onload = Closure::once_into_js(move || {
                let ok = looking
                    .borrow_mut()
                    .renderer
                    .as_mut()
                    .is_some_and(|r| r.set_picture(&loaded).is_ok());
                if ok {
                    redraw();
                } else {
                    unsupported.emit(());
                }
            });
            picture.set_onload(Some(onload.unchecked_ref()));
            picture.set_src(&api::assets::url(asset_id));
        });
    }
    // After every render (a marker added, moved or edited): place them.
    {
        let redraw = redraw.clone();
        use_effect(move || redraw());
    }
    {
        let stage = stage.clone();
        use_effect_with((), move |_| {
            set_style(&stage, &[("--aspect", format!("{:.5}", 16.0 / 9.0))]);
        });
    }

    let onpointerdown = {
        let looking = looking.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let _ = target.set_pointer_capture(e.pointer_id());
            }
            let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
            let mut l = looking.borrow_mut();
            l.pointers.retain(|(id, _, _)| *id != e.pointer_id());
            l.pointers.push((e.pointer_id(), x, y));
            match l.pointers.clone().as_slice() {
                [_] => {
                    l.looked = false;
                    l.camera.press(x, y, e.time_stamp());
                }
                [a, b] => {
                    l.camera.release(e.time_stamp());
                    l.looked = true;
                    l.pinch = Some(((a.1 - b.1).hypot(a.2 - b.2), l.camera.view().fov));
                }
                _ => {}
            }
        })
    };
    let onpointermove = {
        let (looking, redraw, canvas) = (looking.clone(), redraw.clone(), canvas.clone());
        Callback::from(move |e: PointerEvent| {
            let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
            let width = canvas
                .cast::<Element>()
                .map_or(1.0, |c| f64::from(c.client_width()));
            let changed = {
                let mut l = looking.borrow_mut();
                let Some(index) = l
                    .pointers
                    .iter()
                    .position(|(id, _, _)| *id == e.pointer_id())
                else {
                    return;
                };
                let (_, x0, y0) = l.pointers[index];
                if !l.looked && (x - x0).hypot(y - y0) < LOOK_THRESHOLD {
                    return;
                }
                l.looked = true;
                l.pointers[index] = (e.pointer_id(), x, y);
                match (l.pointers.clone().as_slice(), l.pinch) {
                    ([a, b], Some((start, fov))) => {
                        let now = (a.1 - b.1).hypot(a.2 - b.2).max(1.0);
                        l.camera.zoom_to(fov * start / now);
                        true
                    }
                    _ => l.camera.drag_to(x, y, e.time_stamp(), width),
                }
            };
            if changed {
                redraw();
            }
        })
    };
    let onpointerup = {
        let (looking, redraw) = (looking.clone(), redraw.clone());
        Callback::from(move |e: PointerEvent| {
            {
                let mut l = looking.borrow_mut();
                l.pointers.retain(|(id, _, _)| *id != e.pointer_id());
                if l.pointers.is_empty() {
                    if l.pinch.take().is_none() {
                        l.camera.release(e.time_stamp());
                    }
                } else {
                    l.pinch = None;
                }
            }
            redraw();
        })
    };
    // A click that did not look around places a hotspot where it landed.
    let onclick = {
        let (looking, canvas, onpick) = (looking.clone(), canvas.clone(), props.onpick.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(canvas) = canvas.cast::<Element>() else {
                return;
            };
            let l = looking.borrow();
            if l.looked {
                return;
            }
            let rect = canvas.get_bounding_client_rect();
            if rect.width() <= 0.0 || rect.height() <= 0.0 {
                return;
            }
            let sx = (f64::from(e.client_x()) - rect.left()) / rect.width() * 2.0 - 1.0;
            let sy = 1.0 - (f64::from(e.client_y()) - rect.top()) / rect.height() * 2.0;
            let d = l
                .camera
                .view()
                .unproject(sx, sy, rect.width() / rect.height());
            onpick.emit(point(d));
        })
    };
    let onwheel = {
        let (looking, redraw) = (looking.clone(), redraw.clone());
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            looking.borrow_mut().camera.wheel(e.delta_y());
            redraw();
        })
    };
    let onkeydown = {
        let (looking, redraw) = (looking.clone(), redraw.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            if let Some(turn) = KeyTurn::from_key(&e.key()) {
                e.prevent_default();
                looking.borrow_mut().camera.key(turn);
                redraw();
            }
        })
    };
    // A marker reached by Tab turns the view to it, unless it is in sight.
    let onfocusin = {
        let (looking, redraw, stage) = (looking.clone(), redraw.clone(), stage.clone());
        Callback::from(move |e: FocusEvent| {
            let index: Option<usize> = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest(".hotspot-marker").ok().flatten())
                .and_then(|m| m.get_attribute("data-index"))
                .and_then(|i| i.parse().ok());
            let (Some(index), Some(stage)) = (index, stage.cast::<Element>()) else {
                return;
            };
            let turned = {
                let mut l = looking.borrow_mut();
                let Some(d) = l.directions.get(index).copied() else {
                    return;
                };
                let view = l.camera.view();
                let seen = view
                    .project(d, aspect(&stage))
                    .is_some_and(|s| s.x.abs() < 0.85 && s.y.abs() < 0.85);
                if !seen {
                    let (x, y) = point(d);
                    l.camera.set_view(View::facing(x, y, view.fov));
                }
                !seen
            };
            if turned {
                redraw();
            }
        })
    };
    // A marker dropped: where it landed on screen, as a point of the
    // panorama.
    let onmove = {
        let (looking, stage, onmove) = (looking.clone(), stage.clone(), props.onmove.clone());
        Callback::from(move |(index, sx, sy): (usize, f64, f64)| {
            let Some(stage) = stage.cast::<Element>() else {
                return;
            };
            let view = looking.borrow().camera.view();
            let d = view.unproject(sx * 2.0 - 1.0, 1.0 - sy * 2.0, aspect(&stage));
            let (x, y) = point(d);
            onmove.emit((index, x, y));
        })
    };
    let image = &props.image;
    let alt = image.alt.trim();
    let label = if alt.is_empty() {
        t("editor-panorama-label")
    } else {
        t_with(
            "editor-panorama-label-described",
            &[("alt", Arg::Text(alt))],
        )
    };
    let markers = props.hotspots.iter().enumerate().map(|(index, hotspot)| {
        html! {
            <HotspotMarker key={hotspot.id.as_str()} {index} hotspot={hotspot.clone()}
                selected={props.selected == Some(index)}
                onactivate={props.onactivate.clone()} onkeydown={Some(props.onmarkerkey.clone())}
                onmove={Some(onmove.clone())} />
        }
    });
    html! {
        <div class="scene-stage placed panorama-stage pickable" ref={stage} {onfocusin}>
            <canvas class="panorama-canvas" ref={canvas} tabindex="0" role="img" aria-label={label}
                {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointercancel={onpointerup}
                {onclick} {onwheel} {onkeydown} />
            // Apart from the canvas: the picture's element stays the same
            // however the list of markers changes.
            <div class="panorama-markers">{ for markers }</div>
        </div>
    }
}
