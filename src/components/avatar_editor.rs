//! The account's picture on the settings page: choose an image, zoom and
//! drag it inside a square, save. The crop is drawn in a canvas and sent as
//! a square JPEG, so the server never needs to decode or resize images.

use crate::api;
use crate::components::file_input::take_chosen_file;
use crate::crop::{Crop, MAX_ZOOM};
use crate::session::{use_session, Session};
use crate::text::{t, t_with, Arg};
use model::asset::{AVATAR_SIDE, IMAGE_CONTENT_TYPES};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement, HtmlInputElement};
use yew::prelude::*;

/// The preview canvas's side in CSS pixels (drawn at twice that for sharp
/// screens).
const PREVIEW: f64 = 200.0;
/// How far an arrow key moves the picture, in preview pixels.
const KEY_STEP: f64 = 8.0;

/// The image being cropped, and the object URL it was loaded from.
struct Chosen {
    image: HtmlImageElement,
    url: String,
}

impl Drop for Chosen {
    fn drop(&mut self) {
        let _ = web_sys::Url::revoke_object_url(&self.url);
    }
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// Draws the cropped square to fill `canvas`, on white (JPEG has no
/// transparency).
fn draw(canvas: &HtmlCanvasElement, image: &HtmlImageElement, crop: &Crop) {
    let Some(ctx) = context(canvas) else { return };
    let side = f64::from(canvas.width());
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, side, side);
    let (x, y, size) = crop.square();
    let _ = ctx.draw_image_with_html_image_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
        image, x, y, size, size, 0.0, 0.0, side, side,
    );
}

/// The crop as JPEG bytes, `AVATAR_SIDE` pixels square.
fn jpeg(image: &HtmlImageElement, crop: &Crop) -> Option<Vec<u8>> {
    let document = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(AVATAR_SIDE);
    canvas.set_height(AVATAR_SIDE);
    draw(&canvas, image, crop);
    let url = canvas
        .to_data_url_with_type_and_encoder_options("image/jpeg", &JsValue::from_f64(0.9))
        .ok()?;
    let encoded = url.split_once(',')?.1;
    // atob gives one character per byte.
    let binary = web_sys::window()?.atob(encoded).ok()?;
    Some(binary.chars().map(|c| c as u8).collect())
}

#[function_component(AvatarEditor)]
pub fn avatar_editor() -> Html {
    let session = use_session();
    let chosen = use_mut_ref(|| None::<Chosen>);
    let crop = use_state(|| None::<Crop>);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let canvas_ref = use_node_ref();
    let drag_from = use_mut_ref(|| None::<(f64, f64)>);
    let Some(me) = session.session.me().cloned() else {
        return html! {};
    };

    {
        let (chosen, canvas_ref) = (chosen.clone(), canvas_ref.clone());
        use_effect_with(*crop, move |crop| {
            if let (Some(crop), Some(canvas), Some(chosen)) = (
                crop,
                canvas_ref.cast::<HtmlCanvasElement>(),
                chosen.borrow().as_ref(),
            ) {
                draw(&canvas, &chosen.image, crop);
            }
        });
    }

    let onchange = {
        let (chosen, crop, error) = (chosen.clone(), crop.clone(), error.clone());
        Callback::from(move |e: Event| {
            let Some(file) = take_chosen_file(&e) else {
                return;
            };
            if !IMAGE_CONTENT_TYPES.contains(&file.type_().as_str()) {
                error.set(Some(t_with(
                    "avatar-not-a-picture",
                    &[("name", Arg::Text(&file.name()))],
                )));
                return;
            }
            let (Ok(url), Ok(image)) = (
                web_sys::Url::create_object_url_with_blob(&file),
                HtmlImageElement::new(),
            ) else {
                return;
            };
            let loaded = {
                let (chosen, crop, error, image) =
                    (chosen.clone(), crop.clone(), error.clone(), image.clone());
                let url = url.clone();
                // Frees itself once called.
                Closure::once_into_js(move || {
                    let (w, h) = (image.natural_width(), image.natural_height());
                    // Made first, so its URL is revoked whatever happens.
                    let picked = Chosen { image, url };
                    if w == 0 || h == 0 {
                        error.set(Some(t("avatar-unreadable")));
                        return;
                    }
                    *chosen.borrow_mut() = Some(picked);
                    error.set(None);
                    crop.set(Some(Crop::centred(f64::from(w), f64::from(h))));
                })
            };
            image.set_onload(Some(loaded.unchecked_ref()));
            let failed = {
                let (error, url) = (error.clone(), url.clone());
                Closure::once_into_js(move || {
                    let _ = web_sys::Url::revoke_object_url(&url);
                    error.set(Some(t("avatar-unreadable")));
                })
            };
            image.set_onerror(Some(failed.unchecked_ref()));
            image.set_src(&url);
        })
    };

    let onzoom = {
        let crop = crop.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let (Some(current), Ok(zoom)) = (*crop, input.value().parse::<f64>()) {
                crop.set(Some(current.zoomed(zoom)));
            }
        })
    };
    let onpointerdown = {
        let drag_from = drag_from.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(target) = e.target_dyn_into::<web_sys::Element>() {
                let _ = target.set_pointer_capture(e.pointer_id());
            }
            *drag_from.borrow_mut() = Some((f64::from(e.client_x()), f64::from(e.client_y())));
        })
    };
    let onpointermove = {
        let (drag_from, crop) = (drag_from.clone(), crop.clone());
        Callback::from(move |e: PointerEvent| {
            let Some((x, y)) = *drag_from.borrow() else {
                return;
            };
            let (nx, ny) = (f64::from(e.client_x()), f64::from(e.client_y()));
            if let Some(current) = *crop {
                crop.set(Some(current.dragged(nx - x, ny - y, PREVIEW)));
            }
            *drag_from.borrow_mut() = Some((nx, ny));
        })
    };
    let onpointerup = {
        let drag_from = drag_from.clone();
        Callback::from(move |_: PointerEvent| *drag_from.borrow_mut() = None)
    };
    let onkeydown = {
        let crop = crop.clone();
        Callback::from(move |e: KeyboardEvent| {
            let (dx, dy) = match e.key().as_str() {
                "ArrowLeft" => (KEY_STEP, 0.0),
                "ArrowRight" => (-KEY_STEP, 0.0),
                "ArrowUp" => (0.0, KEY_STEP),
                "ArrowDown" => (0.0, -KEY_STEP),
                _ => return,
            };
            e.prevent_default();
            if let Some(current) = *crop {
                crop.set(Some(current.dragged(dx, dy, PREVIEW)));
            }
        })
    };
    let save = {
        let (chosen, crop, error, busy, session) = (
            chosen.clone(),
            crop.clone(),
            error.clone(),
            busy.clone(),
            session.clone(),
        );
        Callback::from(move |_| {
            let bytes = match (chosen.borrow().as_ref(), *crop) {
                (Some(chosen), Some(current)) => jpeg(&chosen.image, &current),
                _ => None,
            };
            let Some(bytes) = bytes else {
                error.set(Some(t("avatar-unprepared")));
                return;
            };
            let (chosen, crop, error, busy, session) = (
                chosen.clone(),
                crop.clone(),
                error.clone(),
                busy.clone(),
                session.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match api::auth::set_avatar(bytes).await {
                    Ok(me) => {
                        chosen.borrow_mut().take();
                        crop.set(None);
                        error.set(None);
                        session.set(Session::SignedIn(me));
                    }
                    Err(e) => error.set(Some(e.message())),
                }
                busy.set(false);
            });
        })
    };
    let cancel = {
        let (chosen, crop) = (chosen.clone(), crop.clone());
        Callback::from(move |_| {
            chosen.borrow_mut().take();
            crop.set(None);
        })
    };
    let remove = {
        let (error, session) = (error.clone(), session.clone());
        Callback::from(move |_| {
            let (error, session) = (error.clone(), session.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::auth::remove_avatar().await {
                    Ok(me) => session.set(Session::SignedIn(me)),
                    Err(e) => error.set(Some(e.message())),
                }
            });
        })
    };

    let current = match &me.avatar {
        Some(id) => {
            html! { <img class="avatar avatar-large" src={api::assets::url(id)} alt={t("avatar-current")} /> }
        }
        None => {
            let initial = me
                .username
                .chars()
                .next()
                .unwrap_or('?')
                .to_uppercase()
                .to_string();
            html! { <span class="avatar avatar-large avatar-initial" aria-hidden="true">{ initial }</span> }
        }
    };
    html! {
        <div class="avatar-editor">
            if let Some(current_crop) = *crop {
                <div class="cropper">
                    <canvas ref={canvas_ref} class="crop-preview" width="400" height="400"
                        tabindex="0" role="img"
                        aria-label={t("avatar-preview")}
                        {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointercancel={onpointerup}
                        {onkeydown}></canvas>
                    <p class="hint" id="crop-hint">{ t("avatar-crop-hint") }</p>
                    <label class="field" for="avatar-zoom">
                        <span>{ t("avatar-zoom") }</span>
                        <input id="avatar-zoom" type="range" min="1" max={MAX_ZOOM.to_string()} step="0.05"
                            value={current_crop.zoom.to_string()} oninput={onzoom} />
                    </label>
                    <p class="dialog-actions">
                        <button type="button" class="button primary" onclick={save} disabled={*busy}>
                            { if *busy { t("avatar-saving") } else { t("avatar-save") } }
                        </button>
                        <button type="button" class="button" onclick={cancel}>{ t("avatar-cancel") }</button>
                    </p>
                </div>
            } else {
                <div class="avatar-current">
                    { current }
                    <div>
                        <input id="avatar-file" class="visually-hidden" type="file" aria-label={t("avatar-file")}
                            accept={IMAGE_CONTENT_TYPES.join(",")} {onchange} />
                        <label class="button file-button" for="avatar-file">
                            { if me.avatar.is_some() { t("avatar-choose-new") } else { t("avatar-choose") } }
                        </label>
                        if me.avatar.is_some() {
                            <button type="button" class="button" onclick={remove}>{ t("avatar-remove") }</button>
                        }
                    </div>
                </div>
            }
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message.clone() }</p>
            }
        </div>
    }
}
