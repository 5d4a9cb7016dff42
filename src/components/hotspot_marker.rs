//! A hotspot on the picture: a button named by its title, placed at its
//! fractional position. Position and colour are set through the CSS object
//! model because the Content-Security-Policy forbids inline `style`
//! attributes; the stylesheet turns the position into a `translate`.

use crate::text::{t_with, Arg};
use model::Hotspot;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HotspotMarkerProps {
    /// Its place in the reading order.
    pub index: usize,
    /// Shared with the draft: making the markers of thousands of hotspots
    /// copies none of them.
    pub hotspot: Arc<Hotspot>,
    #[prop_or_default]
    pub selected: bool,
    pub onactivate: Callback<usize>,
    #[prop_or_default]
    pub onkeydown: Option<Callback<(usize, KeyboardEvent)>>,
    /// Makes the marker draggable: called once, when a drag ends, with the
    /// new position (fractions of the picture).
    #[prop_or_default]
    pub onmove: Option<Callback<(usize, f64, f64)>>,
}

/// A drag in progress. The marker follows the pointer by itself (through
/// the CSSOM) so that a drag among thousands of hotspots re-renders nothing;
/// the editor hears of it once, on release. While it moves, the marker is
/// shifted by `transform` on a layer above the others: no layout, no paint.
struct Drag {
    pointer: i32,
    start: (i32, i32),
    moved: bool,
    /// Where the marker was when the drag began (fractions).
    from: (f64, f64),
    at: (f64, f64),
    /// The picture's box, read once: reading it per move would force a
    /// layout every time.
    stage: Option<web_sys::DomRect>,
}

/// Pointer travel (px) below which a press is a click, not a drag.
const DRAG_THRESHOLD: i32 = 3;

/// Where the stylesheet places a marker: `--at-x` and `--at-y`, fractions
/// of the picture, turned into a `translate` so that moving one marker lays
/// out none of the others.
fn position(x: f64, y: f64) -> [(&'static str, String); 2] {
    [("--at-x", format!("{x:.6}")), ("--at-y", format!("{y:.6}"))]
}

/// Puts the marker at its place for good, ending any drag shift.
fn place(node: &NodeRef, x: f64, y: f64) {
    let [at_x, at_y] = position(x, y);
    set_style(
        node,
        &[
            at_x,
            at_y,
            ("transform", String::new()),
            ("z-index", String::new()),
            ("will-change", String::new()),
        ],
    );
}

/// Sets inline style properties through the CSSOM (allowed by the CSP).
pub fn set_style(node: &NodeRef, properties: &[(&str, String)]) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let style = element.style();
        for (name, value) in properties {
            let _ = style.set_property(name, value);
        }
    }
}

/// The name a person and a screen reader know the hotspot by: its title,
/// or its number in the page's language.
pub fn display_title(hotspot: &Hotspot, index: usize) -> String {
    if hotspot.title.trim().is_empty() {
        t_with(
            "editor-hotspot-number",
            &[("number", Arg::Number((index + 1) as f64))],
        )
    } else {
        hotspot.title.clone()
    }
}

#[function_component(HotspotMarker)]
pub fn hotspot_marker(props: &HotspotMarkerProps) -> Html {
    let node = use_node_ref();
    let hotspot = &props.hotspot;
    {
        let node = node.clone();
        use_effect_with(
            (hotspot.x, hotspot.y, hotspot.color.clone()),
            move |(x, y, color)| {
                let [at_x, at_y] = position(*x, *y);
                set_style(&node, &[at_x, at_y, ("background-color", color.clone())]);
            },
        );
    }
    let index = props.index;
    // The click that ends a drag is not a press of the marker.
    let just_dragged = use_mut_ref(|| false);
    let onclick = {
        let (onactivate, just_dragged) = (props.onactivate.clone(), just_dragged.clone());
        Callback::from(move |e: MouseEvent| {
            // The click is the marker's, not the picture's underneath.
            e.stop_propagation();
            // A click from Enter or Space (detail 0) is always a press.
            let dragged = just_dragged.replace(false);
            if !dragged || e.detail() == 0 {
                onactivate.emit(index);
            }
        })
    };
    let onkeydown = props
        .onkeydown
        .clone()
        .map(|cb| cb.reform(move |e: KeyboardEvent| (index, e)));
    let drag = use_mut_ref(|| None::<Drag>);
    let onpointerdown = {
        let (drag, node, draggable, from) = (
            drag.clone(),
            node.clone(),
            props.onmove.is_some(),
            (hotspot.x, hotspot.y),
        );
        let just_dragged = just_dragged.clone();
        Callback::from(move |e: PointerEvent| {
            // A touch drag ends with no click: the flag must not outlive it.
            *just_dragged.borrow_mut() = false;
            let Some(target) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
                return;
            };
            let _ = target.focus();
            if draggable && e.is_primary() && e.button() == 0 {
                let _ = target.set_pointer_capture(e.pointer_id());
                // Where the marker is shown: its hotspot's place on a flat
                // picture, its place on screen in a panorama.
                let shown = |name: &str| {
                    node.cast::<HtmlElement>()
                        .and_then(|m| m.style().get_property_value(name).ok())
                        .and_then(|v| v.trim().parse::<f64>().ok())
                };
                let from = match (shown("--at-x"), shown("--at-y")) {
                    (Some(x), Some(y)) => (x, y),
                    _ => from,
                };
                *drag.borrow_mut() = Some(Drag {
                    pointer: e.pointer_id(),
                    start: (e.client_x(), e.client_y()),
                    moved: false,
                    from,
                    at: from,
                    // The marker's parent: the target may be a glyph inside it.
                    stage: node
                        .cast::<HtmlElement>()
                        .and_then(|marker| marker.parent_element())
                        .map(|stage| stage.get_bounding_client_rect()),
                });
            }
        })
    };
    let onpointermove = {
        let (drag, node) = (drag.clone(), node.clone());
        Callback::from(move |e: PointerEvent| {
            let mut drag = drag.borrow_mut();
            let Some(d) = drag.as_mut().filter(|d| d.pointer == e.pointer_id()) else {
                return;
            };
            let (dx, dy) = (e.client_x() - d.start.0, e.client_y() - d.start.1);
            if !d.moved && dx.abs() <= DRAG_THRESHOLD && dy.abs() <= DRAG_THRESHOLD {
                return;
            }
            let Some(rect) = d.stage.as_ref() else {
                return;
            };
            if rect.width() <= 0.0 || rect.height() <= 0.0 {
                return;
            }
            let x = ((f64::from(e.client_x()) - rect.left()) / rect.width()).clamp(0.0, 1.0);
            let y = ((f64::from(e.client_y()) - rect.top()) / rect.height()).clamp(0.0, 1.0);
            let shift = (
                (x - d.from.0) * rect.width(),
                (y - d.from.1) * rect.height(),
            );
            let first = !d.moved;
            d.moved = true;
            d.at = (x, y);
            let mut style = vec![(
                "transform",
                format!("translate({:.1}px, {:.1}px)", shift.0, shift.1),
            )];
            if first {
                // A layer of its own, above every other marker: each move is
                // then a compositor update, with no repaint, and no other
                // marker needs a layer as this one passes over it. The same
                // as a selected marker's (the stylesheet's), so that
                // becoming the selected one at the drop changes nothing.
                style.push(("z-index", "1".to_string()));
                style.push(("will-change", "transform".to_string()));
            }
            set_style(&node, &style);
        })
    };
    let onpointerup = {
        let (drag, node, onmove) = (drag.clone(), node.clone(), props.onmove.clone());
        let just_dragged = just_dragged.clone();
        Callback::from(move |e: PointerEvent| {
            let ended = drag.borrow_mut().take_if(|d| d.pointer == e.pointer_id());
            if let (Some(d), Some(onmove)) = (ended, &onmove) {
                if d.moved {
                    *just_dragged.borrow_mut() = true;
                    place(&node, d.at.0, d.at.1);
                    onmove.emit((index, d.at.0, d.at.1));
                }
            }
        })
    };
    let onpointercancel = {
        let (drag, node, at) = (drag.clone(), node.clone(), (hotspot.x, hotspot.y));
        Callback::from(move |_: PointerEvent| {
            if drag.borrow_mut().take().is_some() {
                place(&node, at.0, at.1);
            }
        })
    };
    let title = display_title(hotspot, index);
    html! {
        <button type="button" ref={node}
            class={classes!("hotspot-marker", props.selected.then_some("selected"))}
            data-index={index.to_string()}
            aria-label={title.clone()}
            data-title={title}
            aria-pressed={props.selected.to_string()}
            {onclick} {onkeydown} {onpointerdown} {onpointermove} {onpointerup} {onpointercancel}>
            <span class="marker-glyph" aria-hidden="true">{ hotspot.icon.glyph(index) }</span>
        </button>
    }
}
