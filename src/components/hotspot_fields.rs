//! The editor's form for the selected hotspot: its words, where it sits in
//! the picture and in the reading order, its look, and what it opens.

use crate::api;
use crate::components::file_input::take_chosen_file;
use crate::components::text_field::TextField;
use crate::editor::Action;
use crate::field_problem::FieldProblem;
use crate::text::{t, t_with, Arg};
use model::media::parse_video_url;
use model::scene::validate_link;
use model::Icon;
use model::{Hotspot, Media, SceneSummary};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HotspotFieldsProps {
    pub index: usize,
    pub count: usize,
    pub hotspot: Arc<Hotspot>,
    pub ondispatch: Callback<Action>,
    /// The server's verdict on one of this hotspot's fields.
    #[prop_or_default]
    pub error: Option<FieldProblem>,
    /// The author's other scenes, for tour links.
    #[prop_or_default]
    pub scenes: Vec<SceneSummary>,
    /// Uploads a picture for the popup; the editor owns uploads.
    pub onpicture: Callback<web_sys::File>,
    /// Progress of that upload (0 to 1) while it runs.
    #[prop_or_default]
    pub uploading: Option<f64>,
}

fn input_value(e: &Event) -> Option<String> {
    let target = e.target()?;
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        return Some(input.value());
    }
    target.dyn_ref::<HtmlSelectElement>().map(|s| s.value())
}

/// What the icon picker calls an icon.
fn icon_label(icon: Icon) -> String {
    t(match icon {
        Icon::Info => "editor-icon-info",
        Icon::Question => "editor-icon-question",
        Icon::Star => "editor-icon-star",
        Icon::Pin => "editor-icon-dot",
        Icon::Number => "editor-icon-number",
    })
}

#[function_component(HotspotFields)]
pub fn hotspot_fields(props: &HotspotFieldsProps) -> Html {
    let index = props.index;
    let hotspot = &props.hotspot;
    let send = |make: fn(usize, String) -> Action| {
        let ondispatch = props.ondispatch.clone();
        Callback::from(move |value: String| ondispatch.emit(make(index, value)))
    };
    let on_change = |make: Box<dyn Fn(String) -> Option<Action>>| {
        let ondispatch = props.ondispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(action) = input_value(&e).and_then(&make) {
                ondispatch.emit(action);
            }
        })
    };
    let (x, y) = (hotspot.x, hotspot.y);
    let percent = |v: String| {
        v.trim()
            .parse::<f64>()
            .ok()
            .filter(|p| p.is_finite())
            .map(|p| p / 100.0)
    };

    let link = hotspot.link.clone().unwrap_or_default();
    // Say at once when a link would be refused, not only on save.
    let link_error = (!link.is_empty())
        .then(|| {
            validate_link("link", &link)
                .err()
                .map(|e| e.message.to_string())
        })
        .flatten();
    let server_error = |name: &str| {
        props
            .error
            .as_ref()
            .filter(|e| e.field.ends_with(&format!(".{name}")))
            .map(|e| e.message.to_string())
    };

    // The video address is parsed when the author leaves the field, so a
    // half-typed address is not refused while typing.
    let video_text = use_state(|| {
        hotspot
            .media
            .as_ref()
            .and_then(Media::page_url)
            .unwrap_or_default()
    });
    let video_error = use_state(|| None::<String>);
    {
        let (video_text, video_error) = (video_text.clone(), video_error.clone());
        use_effect_with(
            (hotspot.id.clone(), hotspot.media.clone()),
            move |(_, media)| {
                video_text.set(media.as_ref().and_then(Media::page_url).unwrap_or_default());
                video_error.set(None);
            },
        );
    }
    let onvideo = {
        let (ondispatch, video_error) = (props.ondispatch.clone(), video_error.clone());
        Callback::from(move |e: Event| {
            let Some(text) = input_value(&e) else { return };
            if text.trim().is_empty() {
                video_error.set(None);
                return;
            }
            match parse_video_url(&text) {
                Some(media) => {
                    video_error.set(None);
                    ondispatch.emit(Action::SetHotspotMedia {
                        index,
                        media: Some(media),
                    });
                }
                None => video_error.set(Some(t("editor-video-invalid"))),
            }
        })
    };
    let onpicture = {
        let onpicture = props.onpicture.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = take_chosen_file(&e) {
                onpicture.emit(file);
            }
        })
    };
    let media_now = match &hotspot.media {
        Some(Media::Image { asset_id }) => html! {
            <p class="media-now"><img src={api::assets::url(asset_id)} alt="" class="media-thumb" />{ t("editor-media-picture") }</p>
        },
        Some(Media::Audio { .. }) => {
            html! { <p class="media-now">{ t("editor-media-sound") }</p> }
        }
        Some(video) => html! {
            <p class="media-now">{ t_with("editor-media-video", &[("provider", Arg::Text(video.provider().unwrap_or("")))]) }</p>
        },
        None => html! {},
    };
    let dispatch = props.ondispatch.clone();
    let other_scenes: Vec<&SceneSummary> = props.scenes.iter().collect();

    html! {
        <fieldset class="hotspot-fields">
            <legend>{ t_with("editor-hotspot-of", &[("number", Arg::Number((index + 1) as f64)), ("count", Arg::Number(props.count as f64))]) }</legend>
            <TextField id="hotspot-title" label={t("editor-hotspot-title")} value={hotspot.title.clone()}
                oninput={send(|index, title| Action::SetHotspotTitle { index, title })} error={server_error("title")} />
            <TextField id="hotspot-text" label={t("editor-hotspot-text")} multiline=true value={hotspot.text.clone()}
                oninput={send(|index, text| Action::SetHotspotText { index, text })} error={server_error("text")}
                hint={t("editor-hotspot-text-hint")} />
            <TextField id="hotspot-link" label={t("editor-hotspot-link")} kind="url" value={link}
                oninput={send(|index, link| Action::SetHotspotLink { index, link })}
                error={link_error.or_else(|| server_error("link"))}
                hint={t("editor-hotspot-link-hint")} />

            <div class="field-row">
                <div class="field">
                    <label for="hotspot-x">{ t("editor-across") }</label>
                    <input id="hotspot-x" type="number" min="0" max="100" step="0.1" value={format!("{:.1}", x * 100.0)}
                        onchange={on_change(Box::new(move |v| percent(v).map(|x| Action::MoveHotspot { index, x, y })))} />
                </div>
                <div class="field">
                    <label for="hotspot-y">{ t("editor-down") }</label>
                    <input id="hotspot-y" type="number" min="0" max="100" step="0.1" value={format!("{:.1}", y * 100.0)}
                        onchange={on_change(Box::new(move |v| percent(v).map(|y| Action::MoveHotspot { index, x, y })))} />
                </div>
            </div>
            <div class="order">
                <span class="hint">{ t("editor-order") }</span>
                <button type="button" class="button small" disabled={index == 0}
                    onclick={dispatch.reform(move |_| Action::ReorderHotspot { index, to: index.saturating_sub(1) })}>{ t("editor-move-earlier") }</button>
                <button type="button" class="button small" disabled={index + 1 >= props.count}
                    onclick={dispatch.reform(move |_| Action::ReorderHotspot { index, to: index + 1 })}>{ t("editor-move-later") }</button>
            </div>

            <div class="field-row">
                <div class="field">
                    <label for="hotspot-icon">{ t("editor-icon") }</label>
                    <select id="hotspot-icon" onchange={on_change(Box::new(move |name| Icon::parse(&name).map(|icon| Action::SetHotspotIcon { index, icon })))}>
                        { for Icon::ALL.into_iter().map(|icon| html! {
                            <option value={icon.as_str()} selected={hotspot.icon == icon}>{ icon_label(icon) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="hotspot-color">{ t("editor-colour") }</label>
                    <input id="hotspot-color" type="color" value={hotspot.color.clone()}
                        oninput={Callback::from({
                            let dispatch = dispatch.clone();
                            move |e: InputEvent| if let Some(color) = e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()) {
                                dispatch.emit(Action::SetHotspotColor { index, color });
                            }
                        })} />
                </div>
            </div>

            <fieldset class="media">
                <legend>{ t("editor-opens-with") }</legend>
                { media_now }
                <div class="field">
                    <label id="hotspot-picture-label" for="hotspot-picture">{ t("editor-popup-media") }</label>
                    <input id="hotspot-picture" type="file" class="visually-hidden" aria-labelledby="hotspot-picture-label"
                        accept="image/png,image/jpeg,image/webp,image/gif,audio/mpeg,audio/ogg,audio/wav,audio/mp4,.mp3,.ogg,.wav,.m4a"
                        onchange={onpicture} disabled={props.uploading.is_some()} />
                    <label for="hotspot-picture" class="button small file-button" aria-hidden="true">{ t("editor-popup-media-choose") }</label>
                    if let Some(done) = props.uploading {
                        <progress max="1" value={done.to_string()} aria-label={t("editor-popup-uploading")}></progress>
                    }
                </div>
                <div class={classes!("field", video_error.as_ref().map(|_| "has-error"))}>
                    <label for="hotspot-video">{ t("editor-video-address") }</label>
                    <input id="hotspot-video" type="url" value={(*video_text).clone()} placeholder="https://www.youtube.com/watch?v=…"
                        oninput={Callback::from({ let t = video_text.clone(); move |e: InputEvent| if let Some(i) = e.target_dyn_into::<HtmlInputElement>() { t.set(i.value()) } })}
                        onchange={onvideo} aria-invalid={video_error.as_ref().map(|_| "true")} />
                    if let Some(message) = &*video_error {
                        <p class="error" role="alert">{ message.clone() }</p>
                    }
                    if let Some(message) = server_error("media") {
                        <p class="error" role="alert">{ message }</p>
                    }
                </div>
                if hotspot.media.is_some() {
                    <button type="button" class="button small" onclick={dispatch.reform(move |_| Action::SetHotspotMedia { index, media: None })}>
                        { t("editor-remove-media") }</button>
                }
            </fieldset>

            <div class="field">
                <label for="hotspot-tour">{ t("editor-tour") }</label>
                <select id="hotspot-tour" onchange={on_change(Box::new(move |id| Some(Action::SetHotspotSceneLink { index, scene: (!id.is_empty()).then_some(id) })))}>
                    <option value="" selected={hotspot.scene_link.is_none()}>{ t("editor-tour-none") }</option>
                    { for other_scenes.iter().map(|s| html! {
                        <option value={s.id.clone()} selected={hotspot.scene_link.as_deref() == Some(s.id.as_str())}>
                            { if s.title.is_empty() { t("scene-untitled") } else { s.title.clone() } }
                        </option>
                    }) }
                </select>
                <p class="hint">{ t("editor-tour-hint") }</p>
            </div>

            <button type="button" class="button danger" onclick={dispatch.reform(move |_| Action::DeleteHotspot(index))}>
                { t("editor-delete-hotspot") }</button>
        </fieldset>
    }
}
