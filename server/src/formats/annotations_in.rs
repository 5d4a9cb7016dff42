//! W3C Web Annotations and IIIF manifests coming in: the hotspots of an
//! `AnnotationPage` (as `w3c` writes it, or as Annotorious and other tools
//! do) or of a manifest's first canvas, at a point (`PointSelector`) or a
//! region (a media fragment `xywh=`, whose centre is taken). Titles come
//! from `identifying` bodies, texts from the others (HTML turned into
//! text), links from web-page bodies. The picture itself comes beside the
//! file.

use super::html_text::plain_text;
use serde_json::Value;

/// Where an annotation points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum At {
    /// In the pixels of the picture the file measured in.
    Pixel(f64, f64),
    /// As fractions of the picture (a `percent:` fragment).
    Fraction(f64, f64),
}

/// One annotation, read.
#[derive(Debug, PartialEq)]
pub struct FoundAnnotation {
    pub at: At,
    pub title: String,
    pub text: String,
    pub link: Option<String>,
}

/// What was read.
#[derive(Debug, PartialEq)]
pub struct FoundAnnotations {
    pub title: String,
    /// The size the selectors are measured in, when the file says.
    pub size: Option<(f64, f64)>,
    pub annotations: Vec<FoundAnnotation>,
    pub not_imported: Vec<String>,
}

impl FoundAnnotations {
    /// Each annotation's place as fractions of a picture `width` ×
    /// `height` (the size the file gives wins: its pixels are its own).
    pub fn fractions(&self, width: f64, height: f64) -> Vec<(f64, f64)> {
        let (w, h) = self.size.unwrap_or((width, height));
        self.annotations
            .iter()
            .map(|a| match a.at {
                At::Fraction(x, y) => (x.clamp(0.0, 1.0), y.clamp(0.0, 1.0)),
                At::Pixel(x, y) => ((x / w).clamp(0.0, 1.0), (y / h).clamp(0.0, 1.0)),
            })
            .collect()
    }
}
/// A list of one or many (JSON-LD writes a single value bare).
fn many(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(list) => list.iter().collect(),
        Value::Null => Vec::new(),
        one => vec![one],
    }
}

/// The first string of a IIIF language map, or a plain string.
fn label(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Object(map) => map
            .values()
            .flat_map(many)
            .find_map(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

fn size_of(value: &Value) -> Option<(f64, f64)> {
    Some((value["width"].as_f64()?, value["height"].as_f64()?))
        .filter(|(w, h)| *w > 0.0 && *h > 0.0)
}

/// A media fragment's point: `xywh=[pixel:|percent:]x,y,w,h`, its centre.
fn fragment_point(fragment: &str) -> Option<At> {
    let spec = fragment.split_once("xywh=")?.1;
    let (percent, numbers) = match spec.split_once(':') {
        Some(("percent", rest)) => (true, rest),
        Some(("pixel", rest)) => (false, rest),
        Some(_) => return None,
        None => (false, spec),
    };
    let n: Vec<f64> = numbers
        .split(',')
        .map(|v| v.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .ok()?;
    let [x, y, w, h] = n[..] else { return None };
    let (cx, cy) = (x + w / 2.0, y + h / 2.0);
    Some(if percent {
        At::Fraction(cx / 100.0, cy / 100.0)
    } else {
        At::Pixel(cx, cy)
    })
}

/// Where an annotation's target points.
fn target_point(target: &Value) -> Option<At> {
    if let Some(text) = target.as_str() {
        return fragment_point(text);
    }
    let selectors = many(&target["selector"]);
    selectors
        .iter()
        .find_map(|s| {
            (s["type"] == "PointSelector")
                .then(|| Some(At::Pixel(s["x"].as_f64()?, s["y"].as_f64()?)))
                .flatten()
        })
        .or_else(|| {
            selectors
                .iter()
                .find_map(|s| s["value"].as_str().and_then(fragment_point))
        })
        .or_else(|| target["source"].as_str().and_then(fragment_point))
}

/// Reads an `AnnotationPage` or a IIIF Presentation 3 `Manifest`.
pub fn read(json: &Value) -> Result<FoundAnnotations, String> {
    let mut not_imported = Vec::new();
    let (title, size, annotations): (String, Option<(f64, f64)>, Vec<&Value>) =
        match json["type"].as_str() {
            Some("AnnotationPage") => {
                let items = many(&json["items"]);
                let size = items.first().and_then(|a| size_of(&a["target"]["source"]));
                (label(&json["label"]), size, items)
            }
            Some("Manifest") => {
                let canvases = many(&json["items"]);
                let canvas = *canvases.first().ok_or("the manifest has no canvas")?;
                // A scene is one picture: the tour's other canvases are
                // named, for the importer to bring in one by one.
                for (index, other) in canvases.iter().enumerate().skip(1) {
                    let name = Some(label(&other["label"]))
                        .filter(|l| !l.is_empty())
                        .unwrap_or_else(|| format!("Canvas {}", index + 1));
                    not_imported.push(format!("{name}: another picture of the manifest"));
                }
                let annotations = many(&canvas["annotations"])
                    .into_iter()
                    .flat_map(|page| many(&page["items"]))
                    .collect();
                (label(&json["label"]), size_of(canvas), annotations)
            }
            _ => return Err("it is neither a W3C AnnotationPage nor a IIIF Manifest".into()),
        };
    let mut found = FoundAnnotations {
        title,
        size,
        annotations: Vec::new(),
        not_imported,
    };
    for (index, annotation) in annotations.into_iter().enumerate() {
        let Some(at) = many(&annotation["target"])
            .into_iter()
            .find_map(target_point)
        else {
            found.not_imported.push(format!(
                "Annotation {}: it points at no place in the picture",
                index + 1
            ));
            continue;
        };
        let (mut title, mut texts, mut link) = (String::new(), Vec::new(), None);
        for body in many(&annotation["body"]) {
            let value = body["value"]
                .as_str()
                .map(|v| match body["format"].as_str() {
                    Some("text/html") => plain_text(v),
                    _ => v.trim().to_string(),
                });
            match (value, body["purpose"].as_str(), body["id"].as_str()) {
                (Some(v), Some("identifying"), _) if title.is_empty() => title = v,
                (Some(v), Some("tagging"), _) => found
                    .not_imported
                    .push(format!("Annotation {}: the tag “{v}”", index + 1)),
                (Some(v), _, _) => texts.push(v),
                (None, _, Some(id)) if link.is_none() && id.starts_with("http") => {
                    link = Some(id.to_string());
                }
                _ => {}
            }
        }
        found.annotations.push(FoundAnnotation {
            at,
            title,
            text: texts.join("\n\n"),
            link,
        });
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::{iiif, w3c};
    use serde_json::json;

    #[test]
    fn what_pinpoint_writes_reads_back() {
        let scene = w3c::tests::scene();
        for json in [
            w3c::annotation_page(&scene, "https://p.example").unwrap(),
            iiif::manifest(&[(scene.clone(), "image/png".into())], "https://p.example").unwrap(),
        ] {
            let found = read(&json).unwrap();
            assert_eq!(found.annotations.len(), 2);
            assert_eq!(found.size, Some((1200.0, 800.0)));
            assert_eq!(found.fractions(1.0, 1.0)[0], (0.25, 0.5));
            let crater = &found.annotations[0];
            assert_eq!(crater.title, "Crater");
            assert_eq!(crater.text, "Hot.");
            assert_eq!(crater.link.as_deref(), Some("https://example.org/crater"));
        }
    }

    #[test]
    fn other_tools_annotations_read_too() {
        // As Annotorious writes a region, and a percent fragment.
        let page = json!({
            "type": "AnnotationPage",
            "items": [
                {"type": "Annotation",
                 "body": [{"type": "TextualBody", "purpose": "commenting", "value": "<p>A <b>vent</b></p>", "format": "text/html"},
                          {"type": "TextualBody", "purpose": "tagging", "value": "geology"}],
                 "target": {"source": "https://x.example/pic.jpg",
                            "selector": {"type": "FragmentSelector", "value": "xywh=pixel:100,50,20,10"}}},
                {"type": "Annotation", "body": {"type": "TextualBody", "value": "Half"},
                 "target": "https://x.example/pic.jpg#xywh=percent:40,40,20,20"},
                {"type": "Annotation", "body": [], "target": {"source": "https://x.example/pic.jpg"}}
            ]
        });
        let found = read(&page).unwrap();
        assert_eq!(found.annotations.len(), 2);
        assert_eq!(found.annotations[0].text, "A vent");
        assert_eq!(
            found.fractions(400.0, 200.0),
            vec![(0.275, 0.275), (0.5, 0.5)]
        );
        assert_eq!(found.not_imported.len(), 2, "{:?}", found.not_imported);
        // A tour's manifest: its first canvas, the others named.
        let first = w3c::tests::scene();
        let mut second = first.clone();
        second.title = "On the rim".into();
        let tour = iiif::manifest(
            &[(first, "image/png".into()), (second, "image/png".into())],
            "https://p.example",
        )
        .unwrap();
        let found = read(&tour).unwrap();
        assert_eq!(found.annotations.len(), 2);
        assert_eq!(
            found.not_imported,
            ["On the rim: another picture of the manifest"]
        );
        assert!(read(&json!({"type": "Collection"})).is_err());
        assert!(read(&json!({"type": "Manifest", "items": []})).is_err());
    }
}
