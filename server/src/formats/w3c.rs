//! A scene as W3C Web Annotations: an `AnnotationPage` whose annotations
//! target the scene's picture, each at its hotspot's point. The point is
//! given twice: as a `PointSelector` (as IIIF and Annotorious write it)
//! and as a media-fragment `FragmentSelector` (`xywh=pixel:x,y,1,1`) for
//! tools that know only the W3C selectors. Bodies hold the title
//! (`identifying`), the text (`describing`) and the link (`linking`).

use model::{Hotspot, Scene};
use serde_json::{json, Value};

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// IIIF's context, which defines `PointSelector`.
pub const IIIF_CONTEXT: &str = "http://iiif.io/api/presentation/3/context.json";
pub const MEDIA_FRAGMENTS: &str = "http://www.w3.org/TR/media-frags/";

/// Where a hotspot lies in the picture, in whole pixels.
fn pixel_point(hotspot: &Hotspot, width: u32, height: u32) -> (u64, u64) {
    let at = |fraction: f64, size: u32| {
        (fraction.clamp(0.0, 1.0) * f64::from(size))
            .round()
            .min(f64::from(size.saturating_sub(1))) as u64
    };
    (at(hotspot.x, width), at(hotspot.y, height))
}

/// The bodies of a hotspot's annotation: title, text, link.
fn bodies(hotspot: &Hotspot, index: usize) -> Vec<Value> {
    let mut bodies = vec![json!({
        "type": "TextualBody",
        "purpose": "identifying",
        "format": "text/plain",
        "value": hotspot.display_title(index),
    })];
    if !hotspot.text.is_empty() {
        bodies.push(json!({
            "type": "TextualBody",
            "purpose": "describing",
            "format": "text/plain",
            "value": hotspot.text,
        }));
    }
    let link = hotspot
        .link
        .clone()
        .or_else(|| hotspot.media.as_ref().and_then(model::Media::page_url));
    if let Some(link) = link {
        bodies.push(json!({
            "id": link,
            "type": "Text",
            "format": "text/html",
            "purpose": "linking",
        }));
    }
    bodies
}

/// Each hotspot as an annotation describing `source` (the picture, or a
/// IIIF canvas) at the `selector` of its place in pixels.
pub fn annotations(
    scene: &Scene,
    image: &model::SceneImage,
    origin: &str,
    source: &Value,
    selector: impl Fn(u64, u64) -> Value,
) -> Vec<Value> {
    scene
        .hotspots
        .iter()
        .enumerate()
        .map(|(index, hotspot)| {
            let (x, y) = pixel_point(hotspot, image.width, image.height);
            json!({
                "id": format!("{origin}/v/{}#{}", scene.id, hotspot.id),
                "type": "Annotation",
                "motivation": "describing",
                "body": bodies(hotspot, index),
                "target": {
                    "type": "SpecificResource",
                    "source": source,
                    "selector": selector(x, y),
                },
            })
        })
        .collect()
}

/// The scene's hotspots as an `AnnotationPage`; `origin` makes the ids
/// (`https://pinpoint.school.example`). None for a scene without a picture.
pub fn annotation_page(scene: &Scene, origin: &str) -> Option<Value> {
    let image = scene.image.as_ref()?;
    let source = format!("{origin}/api/assets/{}", image.asset_id);
    let target = json!({
        "id": source,
        "type": "Image",
        "width": image.width,
        "height": image.height,
    });
    let items = annotations(scene, image, origin, &target, |x, y| {
        json!([
            {"type": "PointSelector", "x": x, "y": y},
            {
                "type": "FragmentSelector",
                "conformsTo": MEDIA_FRAGMENTS,
                "value": format!("xywh=pixel:{x},{y},1,1"),
            },
        ])
    });
    Some(json!({
        "@context": [CONTEXT, IIIF_CONTEXT],
        "id": format!("{origin}/api/scenes/{}/export?format=w3c", scene.id),
        "type": "AnnotationPage",
        "label": scene.title,
        "items": items,
    }))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::Arc;

    pub fn scene() -> Scene {
        serde_json::from_value(json!({
            "id": "s1", "owner": {"id": "u1", "username": "ana", "avatar": null},
            "title": "Volcano", "description": "Inside a volcano",
            "image": {"asset_id": "a1", "width": 1200, "height": 800, "alt": "A volcano"},
            "hotspots": [
                {"id": "h1", "x": 0.25, "y": 0.5, "title": "Crater", "text": "Hot.",
                 "link": "https://example.org/crater"},
                {"id": "h2", "x": 1.0, "y": 0.0, "title": "",
                 "media": {"kind": "youtube", "video_id": "dQw4w9WgXcQ"}}
            ],
            "visibility": "public", "version": 3,
            "created_at": "2026-11-30T00:00:00Z", "updated_at": "2026-11-30T00:00:00Z"
        }))
        .unwrap()
    }

    /// The shape the W3C model gives an annotation, checked field by field.
    pub fn assert_annotation(a: &Value, source: &str) {
        assert_eq!(a["type"], "Annotation");
        assert!(a["id"].as_str().unwrap().starts_with("https://"));
        assert!(a["motivation"].is_string());
        let bodies = a["body"].as_array().expect("bodies");
        assert!(!bodies.is_empty());
        for body in bodies {
            match body["type"].as_str().unwrap() {
                "TextualBody" => assert!(body["value"].is_string()),
                "Text" => assert!(body["id"].as_str().unwrap().starts_with("http")),
                other => panic!("unexpected body type {other}"),
            }
        }
        let target = &a["target"];
        assert_eq!(target["type"], "SpecificResource");
        let target_source = target["source"]["id"]
            .as_str()
            .or(target["source"].as_str())
            .unwrap();
        assert_eq!(target_source, source);
        let selectors = match &target["selector"] {
            Value::Array(list) => list.clone(),
            one => vec![one.clone()],
        };
        for selector in selectors {
            match selector["type"].as_str().unwrap() {
                "PointSelector" => {
                    assert!(selector["x"].is_u64() && selector["y"].is_u64());
                }
                "FragmentSelector" => {
                    assert_eq!(selector["conformsTo"], MEDIA_FRAGMENTS);
                    assert!(selector["value"]
                        .as_str()
                        .unwrap()
                        .starts_with("xywh=pixel:"));
                }
                other => panic!("unexpected selector {other}"),
            }
        }
    }

    #[test]
    fn a_scene_is_an_annotation_page_of_its_hotspots() {
        let page = annotation_page(&scene(), "https://pinpoint.example").unwrap();
        assert_eq!(page["type"], "AnnotationPage");
        assert_eq!(page["@context"][0], CONTEXT);
        let items = page["items"].as_array().unwrap();
        assert_eq!(items.len(), 2);
        for item in items {
            assert_annotation(item, "https://pinpoint.example/api/assets/a1");
        }
        let crater = &items[0];
        assert_eq!(crater["body"][0]["value"], "Crater");
        assert_eq!(crater["body"][1]["value"], "Hot.");
        assert_eq!(crater["body"][2]["id"], "https://example.org/crater");
        assert_eq!(crater["target"]["selector"][0]["x"], 300);
        assert_eq!(crater["target"]["selector"][0]["y"], 400);
        assert_eq!(
            crater["target"]["selector"][1]["value"],
            "xywh=pixel:300,400,1,1"
        );
        // An untitled hotspot is named as everywhere; a corner stays inside.
        let corner = &items[1];
        assert_eq!(corner["body"][0]["value"], "Hotspot 2");
        assert_eq!(corner["target"]["selector"][0]["x"], 1199);
        assert_eq!(
            corner["body"][1]["id"],
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        );
    }

    #[test]
    fn a_scene_without_a_picture_has_nothing_to_annotate() {
        let mut bare = scene();
        bare.image = None;
        bare.hotspots = Vec::<Arc<Hotspot>>::new();
        assert_eq!(annotation_page(&bare, "https://pinpoint.example"), None);
    }
}
