//! H5P Image Hotspots (`.h5p`: a zip whose `h5p.json` names
//! `H5P.ImageHotspots` as its main library, its content in
//! `content/content.json` and its files under `content/`) read as a
//! Pinpoint scene: the background picture, each hotspot's position
//! (percent → fraction), its header as title, its texts as plain text
//! (HTML turned into text by `html2text`, an HTML5 parser: nothing of the
//! markup is kept), and a picture, sound or YouTube/Vimeo video where
//! Pinpoint has a kind for it. What has no place in Pinpoint is listed.

use super::html_text;
use super::package::{self, PackageError};
use model::Media;
use pinpoint_i18n::Message;
use serde::Deserialize;

/// Why an H5P file was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum H5pError {
    Zip(PackageError),
    OtherContent(String),
    Broken(String),
    NoPicture,
}

impl From<PackageError> for H5pError {
    fn from(e: PackageError) -> Self {
        H5pError::Zip(e)
    }
}

impl H5pError {
    /// What to tell the person importing.
    pub fn message(&self) -> Message {
        match self {
            H5pError::Zip(e) => e.message(),
            H5pError::OtherContent(kind) => {
                Message::new("error-h5p-other").text("kind", kind.as_str())
            }
            H5pError::Broken(why) => Message::new("error-h5p-broken").text("detail", why.as_str()),
            H5pError::NoPicture => Message::new("error-h5p-no-picture"),
        }
    }
}

impl std::fmt::Display for H5pError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for H5pError {}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Manifest {
    #[serde(default)]
    title: String,
    main_library: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Content {
    image: Option<FileRef>,
    #[serde(default)]
    background_image_alt_text: String,
    #[serde(default)]
    hotspots: Vec<H5pHotspot>,
    color: Option<String>,
}

#[derive(Deserialize)]
struct FileRef {
    path: String,
}

#[derive(Deserialize)]
struct Position {
    x: f64,
    y: f64,
}

#[derive(Deserialize)]
struct H5pHotspot {
    position: Position,
    #[serde(default)]
    header: String,
    #[serde(default)]
    content: Vec<Part>,
}

#[derive(Deserialize)]
struct Part {
    #[serde(default)]
    library: String,
    #[serde(default)]
    params: serde_json::Value,
}

/// A hotspot's media as found in the file.
#[derive(Debug, PartialEq)]
pub enum FoundMedia {
    Picture(Vec<u8>),
    Sound(Vec<u8>),
    Video(Media),
}

#[derive(Debug, PartialEq)]
pub struct FoundHotspot {
    pub x: f64,
    pub y: f64,
    pub title: String,
    pub text: String,
    pub media: Option<FoundMedia>,
}

/// An Image Hotspots file, read.
#[derive(Debug)]
pub struct FoundScene {
    pub title: String,
    pub alt: String,
    pub picture: Vec<u8>,
    pub hotspots: Vec<FoundHotspot>,
    /// The hotspots' colour, when it is one Pinpoint takes.
    pub color: Option<String>,
    /// What could not be brought over, said to the importer.
    pub not_imported: Vec<String>,
}

/// Whether a zip is an H5P file.
pub fn is_h5p(bytes: &[u8]) -> bool {
    package::holds(bytes, "h5p.json")
}

/// The library's machine name without its version (`H5P.Text 1.1`).
fn library(part: &Part) -> &str {
    part.library.split_whitespace().next().unwrap_or_default()
}

/// A file the content names, from the zip (`content/` and the path), or
/// none for an address outside it. Left in place: two hotspots may show
/// the same picture.
fn file(files: &std::collections::HashMap<String, Vec<u8>>, path: &str) -> Option<Vec<u8>> {
    files.get(&format!("content/{path}")).cloned()
}

pub fn read(bytes: &[u8]) -> Result<FoundScene, H5pError> {
    // The two JSON files first; then only the files they name, so a
    // video or anything else in the file is never read.
    let mut files = package::entries(bytes, |name| {
        (name == "h5p.json" || name == "content/content.json").then_some(package::MAX_SCENE_BYTES)
    })?;
    let manifest: Manifest = serde_json::from_slice(package::without_bom(
        &files
            .remove("h5p.json")
            .ok_or_else(|| H5pError::Broken("no h5p.json".into()))?,
    ))
    .map_err(|e| H5pError::Broken(format!("h5p.json: {e}")))?;
    if manifest.main_library != "H5P.ImageHotspots" {
        return Err(H5pError::OtherContent(manifest.main_library));
    }
    let content: Content = serde_json::from_slice(package::without_bom(
        &files
            .remove("content/content.json")
            .ok_or_else(|| H5pError::Broken("no content/content.json".into()))?,
    ))
    .map_err(|e| H5pError::Broken(format!("content.json: {e}")))?;
    let named: std::collections::HashSet<String> =
        content
            .image
            .iter()
            .map(|image| image.path.as_str())
            .chain(content.hotspots.iter().flat_map(|h| &h.content).filter_map(
                |part| match library(part) {
                    "H5P.Image" => part.params["file"]["path"].as_str(),
                    "H5P.Audio" => part.params["files"][0]["path"].as_str(),
                    _ => None,
                },
            ))
            .map(|path| format!("content/{path}"))
            .collect();
    files.extend(package::entries(bytes, |name| {
        named
            .contains(name)
            .then_some(model::asset::MAX_ASSET_BYTES as u64)
    })?);
    let picture = content
        .image
        .and_then(|image| file(&files, &image.path))
        .ok_or(H5pError::NoPicture)?;
    let mut not_imported = Vec::new();
    let mut hotspots = Vec::new();
    for (index, hotspot) in content.hotspots.into_iter().enumerate() {
        let title = html_text::plain_text(&hotspot.header);
        let name = if title.is_empty() {
            format!("Hotspot {}", index + 1)
        } else {
            title.clone()
        };
        let mut texts = Vec::new();
        let mut media = None;
        for part in hotspot.content {
            let taken = media.is_some();
            let found = match library(&part) {
                "H5P.Text" | "H5P.AdvancedText" => {
                    let text =
                        html_text::plain_text(part.params["text"].as_str().unwrap_or_default());
                    if !text.is_empty() {
                        texts.push(text);
                    }
                    continue;
                }
                // Read only for a hotspot with no media yet.
                "H5P.Image" if taken => Some(FoundMedia::Picture(Vec::new())),
                "H5P.Audio" if taken => Some(FoundMedia::Sound(Vec::new())),
                "H5P.Image" => part.params["file"]["path"]
                    .as_str()
                    .and_then(|path| file(&files, path))
                    .map(FoundMedia::Picture),
                "H5P.Audio" => part.params["files"][0]["path"]
                    .as_str()
                    .and_then(|path| file(&files, path))
                    .map(FoundMedia::Sound),
                "H5P.Video" => part.params["sources"][0]["path"]
                    .as_str()
                    .and_then(model::media::parse_video_url)
                    .map(FoundMedia::Video),
                _ => None,
            };
            match (found, &media) {
                (Some(found), None) => media = Some(found),
                (Some(_), Some(_)) => not_imported.push(format!(
                    "{name}: a second picture, sound or video (a hotspot shows one)"
                )),
                (None, _) => not_imported.push(match library(&part) {
                    "H5P.Video" => {
                        format!("{name}: a video that is not on YouTube or Vimeo, or has no source")
                    }
                    "H5P.Image" | "H5P.Audio" => {
                        format!("{name}: {} with no file in the H5P file", part.library)
                    }
                    "" => format!("{name}: unknown content"),
                    _ => format!("{name}: {} (Pinpoint has no kind for it)", part.library),
                }),
            }
        }
        hotspots.push(FoundHotspot {
            x: (hotspot.position.x / 100.0).clamp(0.0, 1.0),
            y: (hotspot.position.y / 100.0).clamp(0.0, 1.0),
            title,
            text: texts.join("\n\n"),
            media,
        });
    }
    let color = content
        .color
        .filter(|c| {
            c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|c| c.is_ascii_hexdigit())
        })
        .map(|c| c.to_ascii_lowercase());
    Ok(FoundScene {
        title: Some(manifest.title.trim().to_string())
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| "Imported from H5P".into()),
        alt: content.background_image_alt_text,
        picture,
        hotspots,
        color,
        not_imported,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    /// An Image Hotspots file as H5P's editor writes one.
    pub fn h5p_file(picture: Option<&[u8]>, extra: &[(&str, &[u8])]) -> Vec<u8> {
        let manifest = br#"{"title":"Volcano","language":"en","mainLibrary":"H5P.ImageHotspots",
            "embedTypes":["iframe"],"preloadedDependencies":[{"machineName":"H5P.ImageHotspots","majorVersion":1,"minorVersion":10}]}"#;
        let content = br##"{"image":{"path":"images/image-1.png","mime":"image/png","width":40,"height":20},
            "backgroundImageAltText":"A volcano",
            "hotspots":[
              {"position":{"x":25,"y":50},"header":"Crater <b>rim</b>","content":[
                 {"library":"H5P.Text 1.1","params":{"text":"<p>Hot &amp; <em>steamy</em>.</p><p>Keep away.</p><script>alert(1)</script>"}},
                 {"library":"H5P.Video 1.6","params":{"sources":[{"path":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","mime":"video/YouTube"}]}},
                 {"library":"H5P.Image 1.1","params":{"file":{"path":"images/inset.png"}}}
              ]},
              {"position":{"x":80.5,"y":12.25},"header":"","content":[
                 {"library":"H5P.Image 1.1","params":{"file":{"path":"images/inset.png"}}},
                 {"library":"H5P.Table 1.1","params":{"text":"<table></table>"}}
              ]}
            ],
            "color":"#981D99"}"##;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        let mut entries: Vec<(&str, &[u8])> =
            vec![("h5p.json", manifest), ("content/content.json", content)];
        if let Some(picture) = picture {
            entries.push(("content/images/image-1.png", picture));
        }
        entries.extend_from_slice(extra);
        for (name, bytes) in entries {
            zip.start_file(name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn image_hotspots_become_a_scene_and_what_has_no_place_is_listed() {
        let file = h5p_file(Some(b"PICTURE"), &[("content/images/inset.png", b"INSET")]);
        assert!(is_h5p(&file));
        let scene = read(&file).unwrap();
        assert_eq!(scene.title, "Volcano");
        assert_eq!(scene.alt, "A volcano");
        assert_eq!(scene.picture, b"PICTURE");
        assert_eq!(scene.color.as_deref(), Some("#981d99"));
        let first = &scene.hotspots[0];
        assert_eq!((first.x, first.y), (0.25, 0.5));
        assert_eq!(first.title, "Crater rim");
        assert_eq!(first.text, "Hot & steamy.\n\nKeep away.");
        assert!(!first.text.contains("alert"), "no script survives");
        assert!(matches!(
            first.media,
            Some(FoundMedia::Video(Media::Youtube { .. }))
        ));
        let second = &scene.hotspots[1];
        assert_eq!((second.x, second.y), (0.805, 0.1225));
        // The same picture as the first hotspot's second media: shown here.
        assert_eq!(second.media, Some(FoundMedia::Picture(b"INSET".to_vec())));
        assert_eq!(scene.not_imported.len(), 2, "{:?}", scene.not_imported);
        assert!(scene.not_imported[0].contains("second picture"));
        assert!(scene.not_imported.iter().any(|n| n.contains("H5P.Table")));
    }

    #[test]
    fn files_the_content_does_not_show_are_never_read() {
        // A video of the H5P file's own, larger than any upload may be.
        let video = vec![0u8; model::asset::MAX_ASSET_BYTES + 1];
        let file = h5p_file(
            Some(b"PICTURE"),
            &[
                ("content/images/inset.png", b"INSET"),
                ("content/videos/field-trip.mp4", &video),
            ],
        );
        let scene = read(&file).unwrap();
        assert_eq!(scene.picture, b"PICTURE");
        assert_eq!(scene.hotspots.len(), 2);
    }

    #[test]
    fn other_h5p_content_and_broken_files_are_refused() {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("h5p.json", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(br#"{"title":"Quiz","mainLibrary":"H5P.MultiChoice"}"#)
            .unwrap();
        let quiz = zip.finish().unwrap().into_inner();
        assert_eq!(
            read(&quiz).unwrap_err(),
            H5pError::OtherContent("H5P.MultiChoice".into())
        );
        assert_eq!(read(&h5p_file(None, &[])).unwrap_err(), H5pError::NoPicture);
        let path_trick = h5p_file(Some(b"P"), &[("content/../../etc/x", b"x")]);
        assert!(matches!(
            read(&path_trick).unwrap_err(),
            H5pError::Zip(PackageError::OutsidePackage(_))
        ));
    }
}
