//! The offline page (`format=html`): one HTML file that shows a scene with
//! no network, opened from disk. It holds the viewer as built
//! (`dist/viewer/` or, for a 360° scene, `dist/viewer360/`): its
//! stylesheet, its JavaScript glue and its Wasm (gzipped, unpacked by the
//! browser's own `DecompressionStream`); the scene as JSON; and the
//! scene's pictures and sounds in base64. A small starter turns the files
//! into `blob:` addresses and starts the viewer, which finds the scene in
//! the page instead of asking a server. The page's own Content-Security-
//! Policy lets nothing be fetched: only its two inline parts, identified
//! by their hashes, and the `blob:` files it made itself may run or show.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use flate2::write::GzEncoder;
use flate2::Compression;
use model::Scene;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

/// One viewer build, read at start: what an offline page holds of it.
pub struct ViewerBuild {
    css: String,
    glue: String,
    /// The Wasm, gzipped, in base64.
    wasm: String,
}

/// The two viewer builds, when they have been built, and what the viewer
/// says in each language.
#[derive(Default)]
pub struct ViewerBuilds {
    flat: Option<ViewerBuild>,
    panorama: Option<ViewerBuild>,
    /// Every language's viewer messages but English's (built into the
    /// viewer), as JSON: the page is opened by whoever gets the file, so
    /// their browser chooses.
    catalogues: String,
}

impl ViewerBuilds {
    /// Reads `app_dir/viewer/` and `app_dir/viewer360/` (Trunk's output:
    /// one stylesheet, the glue `*.js` beside `start.js`, one `*_bg.wasm`).
    pub fn read(app_dir: &Path) -> ViewerBuilds {
        let read = |dir: &str| match ViewerBuild::read(&app_dir.join(dir)) {
            Ok(build) => Some(build),
            Err(e) => {
                tracing::info!(dir, "no offline pages from this viewer build: {e}");
                None
            }
        };
        ViewerBuilds {
            flat: read("viewer"),
            panorama: read("viewer360"),
            catalogues: pinpoint_i18n::script_json(&pinpoint_i18n::viewer_parts())
                .unwrap_or_else(|| "[]".into()),
        }
    }

    /// The viewer's messages in every language but English, as JSON.
    pub fn catalogues(&self) -> &str {
        &self.catalogues
    }

    /// The build that shows `scene`: a panorama needs the 360° viewer.
    pub fn for_scene(&self, scene: &Scene) -> Option<&ViewerBuild> {
        let panorama = scene
            .image
            .as_ref()
            .is_some_and(|i| i.projection == model::Projection::Equirectangular);
        if panorama {
            self.panorama.as_ref()
        } else {
            self.flat.as_ref()
        }
    }
}

impl ViewerBuild {
    fn read(dir: &Path) -> anyhow::Result<ViewerBuild> {
        let (mut css, mut glue, mut wasm) = (None, None, None);
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            if name.ends_with(".css") {
                css = Some(std::fs::read_to_string(&path)?);
            } else if name.ends_with("_bg.wasm") {
                wasm = Some(std::fs::read(&path)?);
            } else if name.ends_with(".js") && name != "start.js" {
                glue = Some(std::fs::read_to_string(&path)?);
            }
        }
        let (Some(css), Some(glue), Some(wasm)) = (css, glue, wasm) else {
            anyhow::bail!("{} lacks a stylesheet, the glue or the Wasm", dir.display());
        };
        // Both go inside the page as they are: neither may end its element.
        for (what, text) in [("stylesheet", &css), ("glue", &glue)] {
            let lower = text.to_ascii_lowercase();
            if lower.contains("</style") || lower.contains("</script") || lower.contains("<!--") {
                anyhow::bail!("the viewer's {what} cannot be put inside a page");
            }
        }
        let mut gzip = GzEncoder::new(Vec::new(), Compression::best());
        gzip.write_all(&wasm)?;
        Ok(ViewerBuild {
            css,
            glue,
            wasm: BASE64.encode(gzip.finish()?),
        })
    }
}

/// A picture or sound of the scene, to put in the page.
pub struct OfflineFile<'a> {
    pub asset_id: &'a str,
    pub content_type: &'a str,
    pub bytes: &'a [u8],
}

/// Unpacks the files and the Wasm, then starts the viewer with them. It
/// runs after the glue, in the same module, so `__wbg_init` (the glue's
/// loader) is in scope; its own names stay in a block of their own.
const STARTER: &str = r#"{
const bytes = (text) => {
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
};
const files = {};
for (const tag of document.querySelectorAll('script[data-asset]')) {
  files[tag.dataset.asset] = URL.createObjectURL(new Blob([bytes(tag.textContent)], { type: tag.dataset.type }));
}
window.pinpointOfflineFiles = files;
const packed = new Blob([bytes(document.getElementById('pinpoint-wasm').textContent)]);
const wasm = await new Response(packed.stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
await __wbg_init({ module_or_path: wasm });
}"#;

/// The CSP source naming an inline element's contents by their hash.
fn hash_source(text: &str) -> String {
    format!(
        "'sha256-{}'",
        BASE64.encode(Sha256::digest(text.as_bytes()))
    )
}

/// JSON that may stand inside a `<script>` element: no `<` at all, so
/// nothing in a title can end the element.
fn script_json(scene: &Scene) -> anyhow::Result<String> {
    Ok(serde_json::to_string(scene)?.replace('<', "\\u003c"))
}

/// The offline page of `scene`, shown by `build`, with its `files` and
/// the viewer's `catalogues` (JSON, from `ViewerBuilds::catalogues`).
pub fn page(
    build: &ViewerBuild,
    catalogues: &str,
    scene: &Scene,
    files: &[OfflineFile],
) -> anyhow::Result<String> {
    let script = format!("{}\n{STARTER}", build.glue);
    let policy = format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; \
         img-src blob:; media-src blob:; base-uri 'none'; form-action 'none'",
        hash_source(&script),
        hash_source(&build.css),
    );
    let title = html_escape::encode_text(&scene.title);
    let mut html = String::with_capacity(
        build.css.len()
            + script.len()
            + build.wasm.len()
            + files
                .iter()
                .map(|f| f.bytes.len() * 4 / 3 + 100)
                .sum::<usize>()
            + 2048,
    );
    html.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n"
    ));
    html.push_str(&format!("<title>{title} · Pinpoint</title>\n"));
    html.push_str(&format!("<style>{}</style>\n</head>\n<body>\n", build.css));
    html.push_str(
        "<div class=\"viewer\" id=\"viewer\" aria-busy=\"true\"></div>\n\
         <noscript>This interactive image needs JavaScript and WebAssembly.</noscript>\n",
    );
    html.push_str(&format!(
        "<script type=\"application/json\" id=\"pinpoint-scene\">{}</script>\n",
        script_json(scene)?
    ));
    html.push_str(&format!(
        "<script type=\"application/json\" id=\"pinpoint-catalogues\">{catalogues}</script>\n"
    ));
    for file in files {
        html.push_str(&format!(
            "<script type=\"application/octet-stream\" data-asset=\"{}\" data-type=\"{}\">",
            html_escape::encode_double_quoted_attribute(file.asset_id),
            html_escape::encode_double_quoted_attribute(file.content_type),
        ));
        BASE64.encode_string(file.bytes, &mut html);
        html.push_str("</script>\n");
    }
    html.push_str(&format!(
        "<script type=\"application/octet-stream\" id=\"pinpoint-wasm\">{}</script>\n",
        build.wasm
    ));
    html.push_str(&format!(
        "<script type=\"module\">{script}</script>\n</body>\n</html>\n"
    ));
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build() -> ViewerBuild {
        ViewerBuild {
            css: "body{margin:0}".into(),
            glue: "async function __wbg_init(){}".into(),
            wasm: "AAAA".into(),
        }
    }

    fn scene(title: &str) -> Scene {
        serde_json::from_value(serde_json::json!({
            "id": "s1", "owner": {"id": "u1", "username": "ada", "avatar": null},
            "title": title, "description": "", "image": null, "hotspots": [],
            "visibility": "private", "version": 1,
            "created_at": "2026-11-28T10:00:00Z", "updated_at": "2026-11-28T10:05:00Z"
        }))
        .expect("a scene")
    }

    #[test]
    fn a_title_cannot_end_the_scene_element_or_add_markup() {
        let html = page(
            &build(),
            "[]",
            &scene("</script><script>alert(1)</script>"),
            &[],
        )
        .unwrap();
        assert_eq!(html.matches("<script").count(), 4, "{html}");
        assert!(html.contains(
            "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Pinpoint</title>"
        ));
        assert!(html.contains(r#"\u003c/script>\u003cscript>alert(1)\u003c/script>"#));
    }

    #[test]
    fn the_policy_allows_only_the_page_own_parts_and_no_network() {
        let bytes = [0xff, 0xd8, 0xff];
        let file = OfflineFile {
            asset_id: "a1",
            content_type: "image/jpeg",
            bytes: &bytes,
        };
        let html = page(&build(), "[]", &scene("Volcano"), &[file]).unwrap();
        let script = format!("async function __wbg_init(){{}}\n{STARTER}");
        assert!(html.contains(&format!(
            "script-src {} 'wasm-unsafe-eval'; style-src {};",
            hash_source(&script),
            hash_source("body{margin:0}")
        )));
        assert!(html.contains("default-src 'none'"));
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(html.contains(
            r#"<script type="application/octet-stream" data-asset="a1" data-type="image/jpeg">/9j/</script>"#
        ));
        assert!(html.contains(&format!("<script type=\"module\">{script}</script>")));
    }

    #[test]
    fn a_build_that_could_end_its_element_is_not_used() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("app.css"), "a{}").unwrap();
        std::fs::write(dir.path().join("v_bg.wasm"), b"\0asm").unwrap();
        std::fs::write(dir.path().join("start.js"), "").unwrap();
        std::fs::write(dir.path().join("v.js"), "let a = 1;").unwrap();
        assert!(ViewerBuild::read(dir.path()).is_ok());
        std::fs::write(dir.path().join("v.js"), "'</SCRIPT>'").unwrap();
        assert!(ViewerBuild::read(dir.path()).is_err());
    }
}
