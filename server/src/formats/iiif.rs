//! A scene (or a tour of scenes) as a IIIF Presentation 3 manifest: one
//! canvas per scene, its picture painted on it, its hotspots as the
//! canvas's annotations at `PointSelector`s (as `w3c` makes them).

use super::w3c;
use model::Scene;
use serde_json::{json, Value};

pub const CONTEXT: &str = "http://iiif.io/api/presentation/3/context.json";

fn label(text: &str) -> Value {
    json!({ "none": [text] })
}

/// One scene's canvas; none for a scene without a picture.
fn canvas(scene: &Scene, content_type: &str, origin: &str) -> Option<Value> {
    let image = scene.image.as_ref()?;
    let id = format!("{origin}/v/{}/canvas", scene.id);
    let annotations = w3c::annotations(
        scene,
        image,
        origin,
        &json!({ "id": id, "type": "Canvas" }),
        |x, y| json!({ "type": "PointSelector", "x": x, "y": y }),
    );
    let mut canvas = json!({
        "id": id,
        "type": "Canvas",
        "label": label(&scene.title),
        "width": image.width,
        "height": image.height,
        "items": [{
            "id": format!("{id}/page"),
            "type": "AnnotationPage",
            "items": [{
                "id": format!("{id}/painting"),
                "type": "Annotation",
                "motivation": "painting",
                "body": {
                    "id": format!("{origin}/api/assets/{}", image.asset_id),
                    "type": "Image",
                    "format": content_type,
                    "width": image.width,
                    "height": image.height,
                },
                "target": id,
            }],
        }],
    });
    if !annotations.is_empty() {
        canvas["annotations"] = json!([{
            "id": format!("{id}/hotspots"),
            "type": "AnnotationPage",
            "items": annotations,
        }]);
    }
    Some(canvas)
}

/// The manifest of `scenes` (the first, then the tour's others), each with
/// its picture's content type. None when no scene has a picture.
pub fn manifest(scenes: &[(Scene, String)], origin: &str) -> Option<Value> {
    let (first, _) = scenes.first()?;
    let items: Vec<Value> = scenes
        .iter()
        .filter_map(|(scene, content_type)| canvas(scene, content_type, origin))
        .collect();
    if items.is_empty() {
        return None;
    }
    let mut manifest = json!({
        "@context": CONTEXT,
        "id": format!("{origin}/api/scenes/{}/export?format=iiif", first.id),
        "type": "Manifest",
        "label": label(&first.title),
        "homepage": [{
            "id": format!("{origin}/v/{}", first.id),
            "type": "Text",
            "label": label(&first.title),
            "format": "text/html",
        }],
        "items": items,
    });
    if !first.description.is_empty() {
        manifest["summary"] = label(&first.description);
    }
    Some(manifest)
}

#[cfg(test)]
mod tests {
    use super::super::w3c::tests::{assert_annotation, scene};
    use super::*;

    /// The structure IIIF Presentation 3 requires of a manifest and its
    /// canvases (the published specification's "must"s), checked whole.
    fn assert_manifest(m: &Value) {
        assert_eq!(m["@context"], CONTEXT);
        assert_eq!(m["type"], "Manifest");
        assert!(m["id"].as_str().unwrap().starts_with("https://"));
        assert!(m["label"]["none"][0].is_string(), "a language map");
        let canvases = m["items"].as_array().expect("items");
        assert!(!canvases.is_empty(), "at least one canvas");
        for c in canvases {
            assert_eq!(c["type"], "Canvas");
            assert!(c["width"].as_u64().unwrap() > 0 && c["height"].as_u64().unwrap() > 0);
            let page = &c["items"][0];
            assert_eq!(page["type"], "AnnotationPage");
            let painting = &page["items"][0];
            assert_eq!(painting["type"], "Annotation");
            assert_eq!(painting["motivation"], "painting");
            assert_eq!(painting["target"], c["id"], "painted on its own canvas");
            assert_eq!(painting["body"]["type"], "Image");
            assert!(painting["body"]["format"]
                .as_str()
                .unwrap()
                .starts_with("image/"));
            if let Some(pages) = c.get("annotations") {
                for page in pages.as_array().unwrap() {
                    assert_eq!(page["type"], "AnnotationPage");
                    for a in page["items"].as_array().unwrap() {
                        assert_annotation(a, c["id"].as_str().unwrap());
                        assert_eq!(a["target"]["source"]["type"], "Canvas");
                    }
                }
            }
        }
    }

    #[test]
    fn a_scene_is_a_manifest_with_one_canvas_and_its_hotspots() {
        let m = manifest(
            &[(scene(), "image/jpeg".into())],
            "https://pinpoint.example",
        )
        .unwrap();
        assert_manifest(&m);
        let canvas = &m["items"][0];
        assert_eq!(canvas["width"], 1200);
        assert_eq!(
            canvas["items"][0]["items"][0]["body"]["id"],
            "https://pinpoint.example/api/assets/a1"
        );
        let hotspots = canvas["annotations"][0]["items"].as_array().unwrap();
        assert_eq!(hotspots.len(), 2);
        assert_eq!(hotspots[0]["target"]["selector"]["x"], 300);
        assert_eq!(m["summary"]["none"][0], "Inside a volcano");
    }

    #[test]
    fn a_tour_is_a_canvas_a_scene() {
        let mut second = scene();
        second.id = "s2".into();
        second.title = "Crater".into();
        second.hotspots.clear();
        let m = manifest(
            &[(scene(), "image/jpeg".into()), (second, "image/png".into())],
            "https://pinpoint.example",
        )
        .unwrap();
        assert_manifest(&m);
        assert_eq!(m["items"].as_array().unwrap().len(), 2);
        assert_eq!(m["items"][1]["label"]["none"][0], "Crater");
        assert!(m["items"][1].get("annotations").is_none());
    }
}
