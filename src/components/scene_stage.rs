//! The picture with its hotspot markers, scaled to its container. Markers
//! come in the author's reading order, which is also the Tab order.

use crate::api;
use crate::components::hotspot_marker::{set_style, HotspotMarker};
use model::{Hotspot, SceneImage};
use std::sync::Arc;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SceneStageProps {
    pub image: SceneImage,
    pub hotspots: Vec<Arc<Hotspot>>,
    #[prop_or_default]
    pub selected: Option<usize>,
    pub onactivate: Callback<usize>,
    /// A click on the picture itself, at (x, y) as fractions of its size.
    #[prop_or_default]
    pub onpick: Option<Callback<(f64, f64)>>,
    #[prop_or_default]
    pub onmarkerkey: Option<Callback<(usize, KeyboardEvent)>>,
    /// Markers can be dragged; called when a drag ends.
    #[prop_or_default]
    pub onmove: Option<Callback<(usize, f64, f64)>>,
}

#[function_component(SceneStage)]
pub fn scene_stage(props: &SceneStageProps) -> Html {
    let stage = use_node_ref();
    {
        // The aspect ratio lets CSS fit the whole picture on screen.
        let stage = stage.clone();
        let aspect = f64::from(props.image.width) / f64::from(props.image.height.max(1));
        use_effect_with((props.image.width, props.image.height), move |_| {
            set_style(&stage, &[("--aspect", format!("{aspect:.5}"))]);
        });
    }
    let onclick = props.onpick.clone().map(|onpick| {
        let stage = stage.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(element) = stage.cast::<Element>() else {
                return;
            };
            let rect = element.get_bounding_client_rect();
            if rect.width() <= 0.0 || rect.height() <= 0.0 {
                return;
            }
            let x = (f64::from(e.client_x()) - rect.left()) / rect.width();
            let y = (f64::from(e.client_y()) - rect.top()) / rect.height();
            onpick.emit((x.clamp(0.0, 1.0), y.clamp(0.0, 1.0)));
        })
    });
    let image = &props.image;
    let markers = props.hotspots.iter().enumerate().map(|(index, hotspot)| {
        html! {
            <HotspotMarker key={hotspot.id.as_str()} {index} hotspot={hotspot.clone()}
                selected={props.selected == Some(index)}
                onactivate={props.onactivate.clone()} onkeydown={props.onmarkerkey.clone()}
                onmove={props.onmove.clone()} />
        }
    });
    html! {
        <div class={classes!("scene-stage", "placed", props.onpick.is_some().then_some("pickable"))} ref={stage} {onclick}>
            <img src={api::assets::url(&image.asset_id)} alt={image.alt.clone()}
                width={image.width.to_string()} height={image.height.to_string()}
                draggable="false" />
            { for markers }
        </div>
    }
}
