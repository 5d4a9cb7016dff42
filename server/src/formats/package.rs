//! Pinpoint's own package (`format=zip`): the scene as JSON
//! (`pinpoint-scene.json`), its pictures and sounds as they were uploaded
//! (`pictures/{id}.{ext}`), and its hotspots as W3C annotations
//! (`annotations.json`) for other tools. Reading one back is the import's
//! first step, and a zip is hostile until read: at most `MAX_ENTRIES`
//! files, each read at most to its limit whatever its header claims (a
//! zip bomb stops there), names that leave the package refused.

use model::{Hotspot, Scene, SceneImage};
use pinpoint_i18n::Message;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::{Cursor, Read, Write};
use std::sync::Arc;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

pub const SCENE_FILE: &str = "pinpoint-scene.json";
pub const ANNOTATIONS_FILE: &str = "annotations.json";
const PICTURES: &str = "pictures/";
pub const FORMAT: &str = "pinpoint-scene";
pub const VERSION: u32 = 1;

/// The most files a package may hold.
pub const MAX_ENTRIES: usize = 1_000;
/// The most the scene's JSON may weigh, unpacked.
pub const MAX_SCENE_BYTES: u64 = 4 * 1024 * 1024;
/// The most all of a package's files may weigh, unpacked.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// The scene as packaged: what a save sends, with the package's format.
#[derive(Debug, Serialize, Deserialize)]
pub struct PackagedScene {
    pub format: String,
    pub version: u32,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub image: Option<SceneImage>,
    #[serde(default)]
    pub hotspots: Vec<Arc<Hotspot>>,
}

/// An upload of the scene, to package.
pub struct PackagedFile {
    pub asset_id: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// JSON text without the byte-order mark some editors on Windows write
/// before it (which JSON parsers refuse).
pub fn without_bom(json: &[u8]) -> &[u8] {
    json.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(json)
}

/// The file name ending for an upload's type.
pub fn extension(content_type: &str) -> &'static str {
    match content_type {
        "image/png" => "png",
        "image/jpeg" => "jpg",
        "image/webp" => "webp",
        "image/gif" => "gif",
        "audio/mpeg" => "mp3",
        "audio/ogg" => "ogg",
        "audio/wav" => "wav",
        "audio/mp4" => "m4a",
        _ => "bin",
    }
}

/// The package of `scene`, with its `files` and its W3C `annotations`.
pub fn write(
    scene: &Scene,
    files: &[PackagedFile],
    annotations: Option<&serde_json::Value>,
) -> anyhow::Result<Vec<u8>> {
    let packaged = PackagedScene {
        format: FORMAT.into(),
        version: VERSION,
        title: scene.title.clone(),
        description: scene.description.clone(),
        image: scene.image.clone(),
        hotspots: scene.hotspots.clone(),
    };
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let text = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    // Pictures and sounds are compressed already.
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    zip.start_file(SCENE_FILE, text)?;
    zip.write_all(&serde_json::to_vec_pretty(&packaged)?)?;
    if let Some(annotations) = annotations {
        zip.start_file(ANNOTATIONS_FILE, text)?;
        zip.write_all(&serde_json::to_vec_pretty(annotations)?)?;
    }
    for file in files {
        let name = format!(
            "{PICTURES}{}.{}",
            file.asset_id,
            extension(&file.content_type)
        );
        zip.start_file(name, stored)?;
        zip.write_all(&file.bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// Why a package was refused; each says what to do, for the person
/// importing.
#[derive(Debug, PartialEq, Eq)]
pub enum PackageError {
    NotAZip,
    NoScene,
    BadScene(String),
    NewerVersion(u32),
    TooManyFiles,
    TooLarge(String),
    TooLargeUnpacked,
    OutsidePackage(String),
}

impl PackageError {
    /// What to tell the person importing.
    pub fn message(&self) -> Message {
        match self {
            PackageError::NotAZip => Message::new("error-package-not-zip"),
            PackageError::NoScene => {
                Message::new("error-package-no-scene").text("file", SCENE_FILE)
            }
            PackageError::BadScene(why) => Message::new("error-package-bad-scene")
                .text("file", SCENE_FILE)
                .text("detail", why.as_str()),
            PackageError::NewerVersion(format) => {
                Message::new("error-package-newer").number("format", *format)
            }
            PackageError::TooManyFiles => {
                Message::new("error-package-too-many-files").number("max", MAX_ENTRIES as f64)
            }
            PackageError::TooLarge(name) => {
                Message::new("error-package-file-too-large").text("name", name.as_str())
            }
            PackageError::TooLargeUnpacked => Message::new("error-package-unpacked-too-large")
                .number("max", (MAX_UNPACKED_BYTES / 1_000_000) as f64),
            PackageError::OutsidePackage(name) => {
                Message::new("error-package-outside").text("name", name.as_str())
            }
        }
    }
}

impl std::fmt::Display for PackageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for PackageError {}

/// A package read: the scene, and its files by the asset id they had.
#[derive(Debug)]
pub struct Unpacked {
    pub scene: PackagedScene,
    pub files: HashMap<String, Vec<u8>>,
}

/// Whether a name stays inside the package: relative, no `..`, no drive
/// letters or backslashes (which some unzip tools turn into paths).
fn inside(name: &str) -> bool {
    !name.starts_with('/')
        && !name.contains('\\')
        && !name.contains(':')
        && !name.split('/').any(|part| part == "..")
}

/// Reads an entry whole, refusing one past `limit` bytes (however small
/// its header says it is).
fn read_capped(reader: impl Read, limit: u64, name: &str) -> Result<Vec<u8>, PackageError> {
    let mut bytes = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| PackageError::NotAZip)?;
    if bytes.len() as u64 > limit {
        return Err(PackageError::TooLarge(name.to_string()));
    }
    Ok(bytes)
}

/// The files of a zip that `limit_for` names (with the most each may
/// weigh unpacked), by name, within every limit above; the others are
/// left unread.
pub fn entries(
    bytes: &[u8],
    limit_for: impl Fn(&str) -> Option<u64>,
) -> Result<HashMap<String, Vec<u8>>, PackageError> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|_| PackageError::NotAZip)?;
    if zip.len() > MAX_ENTRIES {
        return Err(PackageError::TooManyFiles);
    }
    let mut found = HashMap::new();
    let mut unpacked: u64 = 0;
    for index in 0..zip.len() {
        let entry = zip.by_index(index).map_err(|_| PackageError::NotAZip)?;
        let name = entry.name().map_err(|_| PackageError::NotAZip)?.to_string();
        if !inside(&name) {
            return Err(PackageError::OutsidePackage(name));
        }
        if entry.is_dir() {
            continue;
        }
        let Some(limit) = limit_for(&name) else {
            continue;
        };
        let bytes = read_capped(entry, limit, &name)?;
        unpacked += bytes.len() as u64;
        if unpacked > MAX_UNPACKED_BYTES {
            return Err(PackageError::TooLargeUnpacked);
        }
        found.insert(name, bytes);
    }
    Ok(found)
}

/// Whether a zip holds a file of this name (read from its directory only).
pub fn holds(bytes: &[u8], name: &str) -> bool {
    ZipArchive::new(Cursor::new(bytes)).is_ok_and(|zip| zip.index_for_name(name).is_some())
}

/// Reads a package, within every limit above; files of other names are
/// left unread.
pub fn read(bytes: &[u8]) -> Result<Unpacked, PackageError> {
    let mut found = entries(bytes, |name| {
        if name == SCENE_FILE {
            Some(MAX_SCENE_BYTES)
        } else {
            let file = name.strip_prefix(PICTURES)?;
            (!file.contains('/')).then_some(model::asset::MAX_ASSET_BYTES as u64)
        }
    })?;
    let scene = found.remove(SCENE_FILE).ok_or(PackageError::NoScene)?;
    // The asset id is the file's name before its ending.
    let files = found
        .into_iter()
        .filter_map(|(name, bytes)| {
            let file = name.strip_prefix(PICTURES)?;
            Some((
                file.split('.').next().unwrap_or_default().to_string(),
                bytes,
            ))
        })
        .collect();
    let scene: PackagedScene = serde_json::from_slice(without_bom(&scene))
        .map_err(|e| PackageError::BadScene(e.to_string()))?;
    if scene.format != FORMAT {
        return Err(PackageError::BadScene(format!("format {:?}", scene.format)));
    }
    if scene.version > VERSION {
        return Err(PackageError::NewerVersion(scene.version));
    }
    Ok(Unpacked { scene, files })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::w3c::tests::scene;

    fn package() -> Vec<u8> {
        let files = [PackagedFile {
            asset_id: "a1".into(),
            content_type: "image/jpeg".into(),
            bytes: vec![0xff, 0xd8, 0xff, 1, 2, 3],
        }];
        write(
            &scene(),
            &files,
            Some(&serde_json::json!({"type": "AnnotationPage"})),
        )
        .unwrap()
    }

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes) in entries {
            zip.start_file(*name, SimpleFileOptions::default()).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn a_package_reads_back_as_it_was_written() {
        let read = read(&package()).unwrap();
        let original = scene();
        assert_eq!(read.scene.title, original.title);
        assert_eq!(read.scene.image, original.image);
        assert_eq!(read.scene.hotspots, original.hotspots);
        assert_eq!(read.files["a1"], vec![0xff, 0xd8, 0xff, 1, 2, 3]);
    }

    #[test]
    fn hostile_packages_are_refused_with_a_reason() {
        assert_eq!(read(b"not a zip").unwrap_err(), PackageError::NotAZip);
        assert_eq!(
            read(&zip_of(&[("readme.txt", b"hi")])).unwrap_err(),
            PackageError::NoScene
        );
        for name in [
            "../evil.json",
            "/etc/passwd",
            "pictures/..\\x.png",
            "C:/x.png",
        ] {
            assert!(
                matches!(
                    read(&zip_of(&[(name, b"x")])).unwrap_err(),
                    PackageError::OutsidePackage(_)
                ),
                "{name}"
            );
        }
        assert!(matches!(
            read(&zip_of(&[(SCENE_FILE, b"{")])).unwrap_err(),
            PackageError::BadScene(_)
        ));
        let newer = br#"{"format":"pinpoint-scene","version":99,"title":"x","image":null}"#;
        assert_eq!(
            read(&zip_of(&[(SCENE_FILE, newer)])).unwrap_err(),
            PackageError::NewerVersion(99)
        );
        let many: Vec<(String, Vec<u8>)> = (0..=MAX_ENTRIES)
            .map(|i| (format!("f{i}"), vec![]))
            .collect();
        let many: Vec<(&str, &[u8])> = many
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        assert_eq!(
            read(&zip_of(&many)).unwrap_err(),
            PackageError::TooManyFiles
        );
    }

    #[test]
    fn a_zip_bomb_stops_at_its_limit() {
        // 11 MB of zeros deflate to a few KB: read no further than 10 MB.
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        zip.start_file("pictures/bomb.png", deflated).unwrap();
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..11 {
            zip.write_all(&zeros).unwrap();
        }
        let bomb = zip.finish().unwrap().into_inner();
        assert!(bomb.len() < 100_000);
        assert_eq!(
            read(&bomb).unwrap_err(),
            PackageError::TooLarge("pictures/bomb.png".into())
        );
    }
}
