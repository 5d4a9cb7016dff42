//! The panel beside the picture: the selected hotspot's fields first (what
//! the author is working on), a teacher's feedback for a student, then the
//! scene's own fields, who may see it, and a new link.

use crate::components::feedback_panel::FeedbackPanel;
use crate::components::hotspot_fields::HotspotFields;
use crate::components::text_field::{error_of, FieldProblem, TextField};
use crate::components::visibility_picker::VisibilityPicker;
use crate::editor::save::hotspot_index;
use crate::editor::Action;
use crate::text::t;
use model::visibility::Owner;
use model::{Hotspot, SceneSummary, Visibility};
use std::rc::Rc;
use std::sync::Arc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    /// The selected hotspot and its place in the list.
    pub hotspot: Option<(usize, Arc<Hotspot>)>,
    /// How many hotspots there are.
    pub count: usize,
    pub title: AttrValue,
    pub description: AttrValue,
    /// The picture's text alternative; None while there is no picture.
    pub alt: Option<AttrValue>,
    pub visibility: Visibility,
    /// What this author may choose.
    pub allowed: Vec<Visibility>,
    /// Whose scene it is, which decides who can open a private one.
    pub owner: Owner,
    /// None until the scene is first saved.
    pub scene_id: Option<AttrValue>,
    /// The author is a student, who may have a teacher's feedback.
    pub student: bool,
    /// The author's scenes, for tour links (this one left out here).
    pub scenes: Rc<Vec<SceneSummary>>,
    /// The field the last save refusal named.
    pub error: Option<FieldProblem>,
    /// A refused popup picture or sound.
    pub picture_error: Option<FieldProblem>,
    /// Progress of that upload (0 to 1) while it runs.
    pub uploading: Option<f64>,
    /// A save is under way.
    pub saving: bool,
    pub ondispatch: Callback<Action>,
    pub onpicture: Callback<web_sys::File>,
    pub onresetlink: Callback<()>,
}

#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let error_for = |field: &str| error_of(props.error.as_ref(), field);
    let dispatch = &props.ondispatch;
    let hotspot_fields = props.hotspot.as_ref().map(|(index, hotspot)| {
        let index = *index;
        let error = props.picture_error.clone().or_else(|| {
            props
                .error
                .clone()
                .filter(|e| hotspot_index(&e.field) == Some(index))
        });
        let others: Vec<SceneSummary> = props
            .scenes
            .iter()
            .filter(|s| Some(s.id.as_str()) != props.scene_id.as_deref())
            .cloned()
            .collect();
        html! {
            <HotspotFields key={format!("{index}-{}", hotspot.id)} {index} count={props.count} hotspot={hotspot.clone()}
                ondispatch={dispatch.clone()} scenes={others} onpicture={props.onpicture.clone()}
                uploading={props.uploading} {error} />
        }
    });
    html! {
        <aside class="editor-panel">
            if let Some(fields) = hotspot_fields {
                { fields }
            } else if props.alt.is_some() {
                <p class="hint panel-hint">{ t("editor-select-hint") }</p>
            }
            if let (Some(id), true) = (&props.scene_id, props.student) {
                <FeedbackPanel scene_id={id.clone()} addressee=true />
            }
            <section class="scene-fields" aria-labelledby="scene-fields-heading">
                <h2 id="scene-fields-heading">{ t("editor-scene-fields") }</h2>
                <TextField id="scene-name" label={t("editor-scene-name")} value={props.title.clone()}
                    oninput={dispatch.reform(Action::SetTitle)} error={error_for("title")} required=true />
                <TextField id="scene-description" label={t("editor-description")} multiline=true rows={2} value={props.description.clone()}
                    oninput={dispatch.reform(Action::SetDescription)} error={error_for("description")}
                    hint={t("editor-description-hint")} />
                if let Some(alt) = &props.alt {
                    <TextField id="scene-alt" label={t("editor-alt")}
                        value={alt.clone()} oninput={dispatch.reform(Action::SetAlt)} error={error_for("image.alt")} />
                }
                <VisibilityPicker value={props.visibility} onchange={dispatch.reform(Action::SetVisibility)}
                    allowed={props.allowed.clone()} owner={props.owner} />
                if props.scene_id.is_some() {
                    <div class="reset-link">
                        <button type="button" class="button small" onclick={props.onresetlink.reform(|_| ())}
                            disabled={props.saving}>{ t("editor-reset-link") }</button>
                        <p class="hint">{ t("editor-reset-link-hint") }</p>
                    </div>
                }
            </section>
        </aside>
    }
}
