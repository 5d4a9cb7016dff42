//! A scene from the JS object `JSON.parse` made of the server's answer,
//! read by hand as the catalogues are: serde's generic decoding, with the
//! float formatting its error messages need, weighed more in the viewer's
//! Wasm than all of this. It reads exactly the shape of `GET
//! /api/scenes/{id}` (`model::Scene`, its field names and defaults), and
//! refuses (`None`) whatever serde would refuse there; `tests/scene_json.rs`
//! holds it to serde's reading of the same JSON.

use js_sys::{Array, Reflect};
use model::{
    default_color, Hotspot, Icon, InitialView, Media, MediaKind, Projection, Scene, SceneImage,
    UserSummary, Visibility,
};
use std::sync::Arc;
use wasm_bindgen::JsValue;

fn get(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// A field that must be a string.
fn text(value: &JsValue, name: &str) -> Option<String> {
    get(value, name).as_string()
}

/// A field that may be missing (or null), else must be of its kind: as
/// `#[serde(default)]` or an `Option` reads it.
fn maybe<T>(
    value: &JsValue,
    name: &str,
    read: impl Fn(&JsValue) -> Option<T>,
) -> Option<Option<T>> {
    let field = get(value, name);
    if field.is_undefined() || field.is_null() {
        Some(None)
    } else {
        read(&field).map(Some)
    }
}

fn string(value: &JsValue) -> Option<String> {
    value.as_string()
}

fn number(value: &JsValue) -> Option<f64> {
    value.as_f64()
}

/// A whole number in `min..=max`, as serde reads an integer field.
fn integer(value: &JsValue, min: f64, max: f64) -> Option<f64> {
    value
        .as_f64()
        .filter(|n| n.fract() == 0.0 && (min..=max).contains(n))
}

pub fn scene(value: &JsValue) -> Option<Scene> {
    let hotspots = get(value, "hotspots");
    if !Array::is_array(&hotspots) {
        return None;
    }
    let hotspots = Array::from(&hotspots)
        .iter()
        .map(|hotspot| self::hotspot(&hotspot).map(Arc::new))
        .collect::<Option<Vec<_>>>()?;
    Some(Scene {
        id: text(value, "id")?,
        owner: user(&get(value, "owner"))?,
        title: text(value, "title")?,
        description: text(value, "description")?,
        image: maybe(value, "image", image)?,
        hotspots,
        visibility: Visibility::parse(&text(value, "visibility")?)?,
        version: integer(&get(value, "version"), i64::MIN as f64, i64::MAX as f64)? as i64,
        created_at: text(value, "created_at")?,
        updated_at: text(value, "updated_at")?,
    })
}

fn user(value: &JsValue) -> Option<UserSummary> {
    Some(UserSummary {
        id: text(value, "id")?,
        username: text(value, "username")?,
        avatar: maybe(value, "avatar", string)?,
    })
}

fn image(value: &JsValue) -> Option<SceneImage> {
    let side = |name| integer(&get(value, name), 0.0, u32::MAX as f64).map(|n| n as u32);
    Some(SceneImage {
        asset_id: text(value, "asset_id")?,
        width: side("width")?,
        height: side("height")?,
        alt: maybe(value, "alt", string)?.unwrap_or_default(),
        projection: maybe(value, "projection", |p| match p.as_string()?.as_str() {
            "flat" => Some(Projection::Flat),
            "equirectangular" => Some(Projection::Equirectangular),
            _ => None,
        })?
        .unwrap_or_default(),
        initial_view: maybe(value, "initial_view", |view| {
            Some(InitialView {
                x: number(&get(view, "x"))?,
                y: number(&get(view, "y"))?,
                fov: number(&get(view, "fov"))?,
            })
        })?,
    })
}

fn hotspot(value: &JsValue) -> Option<Hotspot> {
    Some(Hotspot {
        id: maybe(value, "id", string)?.unwrap_or_default(),
        x: number(&get(value, "x"))?,
        y: number(&get(value, "y"))?,
        title: maybe(value, "title", string)?.unwrap_or_default(),
        text: maybe(value, "text", string)?.unwrap_or_default(),
        link: maybe(value, "link", string)?,
        media: maybe(value, "media", media)?,
        scene_link: maybe(value, "scene_link", string)?,
        icon: maybe(value, "icon", |icon| Icon::parse(&icon.as_string()?))?.unwrap_or_default(),
        color: maybe(value, "color", string)?.unwrap_or_else(default_color),
    })
}

fn media(value: &JsValue) -> Option<Media> {
    let kind = MediaKind::parse(&text(value, "kind")?)?;
    Media::from_fields(kind, text(value, "asset_id"), text(value, "video_id")).ok()
}
