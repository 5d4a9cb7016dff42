//! A hotspot on the picture: a button named by its title, placed at its
//! fractional position. Position and colour are set through the CSS object
//! model because the Content-Security-Policy forbids inline `style`
//! attributes.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HotspotMarkerProps {
    pub index: usize,
    pub title: AttrValue,
    pub x: f64,
    pub y: f64,
    pub color: AttrValue,
    pub icon: AttrValue,
    #[prop_or_default]
    pub selected: bool,
    /// The popup of this hotspot is open.
    #[prop_or_default]
    pub expanded: bool,
    pub onactivate: Callback<usize>,
    #[prop_or_default]
    pub onkeydown: Option<Callback<(usize, KeyboardEvent)>>,
}

/// The glyph drawn in a marker.
pub fn icon_glyph(icon: &str, index: usize) -> String {
    match icon {
        "question" => "?".into(),
        "star" => "★".into(),
        "pin" => "●".into(),
        "number" => (index + 1).to_string(),
        _ => "i".into(),
    }
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

#[function_component(HotspotMarker)]
pub fn hotspot_marker(props: &HotspotMarkerProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(
            (props.x, props.y, props.color.clone()),
            move |(x, y, color)| {
                set_style(
                    &node,
                    &[
                        ("left", format!("{:.4}%", x * 100.0)),
                        ("top", format!("{:.4}%", y * 100.0)),
                        ("--marker-color", color.to_string()),
                    ],
                );
            },
        );
    }
    let index = props.index;
    let onclick = props.onactivate.reform(move |e: MouseEvent| {
        // The click is the marker's, not the picture's underneath.
        e.stop_propagation();
        index
    });
    let onkeydown = props
        .onkeydown
        .clone()
        .map(|cb| cb.reform(move |e: KeyboardEvent| (index, e)));
    let onpointerdown = Callback::from(|e: PointerEvent| {
        if let Some(target) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
            let _ = target.focus();
        }
    });
    html! {
        <button type="button" ref={node}
            class={classes!("hotspot-marker", props.selected.then_some("selected"))}
            data-index={index.to_string()}
            aria-expanded={props.expanded.to_string()}
            {onclick} {onkeydown} {onpointerdown}>
            <span class="marker-glyph" aria-hidden="true">{ icon_glyph(&props.icon, index) }</span>
            <span class="visually-hidden">{ props.title.clone() }</span>
            <span class="marker-tooltip" aria-hidden="true">{ props.title.clone() }</span>
        </button>
    }
}
