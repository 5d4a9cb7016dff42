//! Under the editor, once the scene is saved: how its shared link is used.

use crate::components::stats_panel::StatsDisclosure;
use crate::text::t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatisticsProps {
    pub scene_id: AttrValue,
}

#[function_component(Statistics)]
pub fn statistics(props: &StatisticsProps) -> Html {
    html! {
        <section class="editor-stats" aria-labelledby="stats-heading">
            <h2 id="stats-heading">{ t("editor-stats") }</h2>
            <p class="hint">{ t("editor-stats-hint") }</p>
            <StatsDisclosure scene_id={props.scene_id.clone()} />
        </section>
    }
}
