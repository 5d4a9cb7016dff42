//! Compiles the English catalogue to JSON: its viewer part for the viewer
//! to carry built in (`ENGLISH_VIEWER_JSON`), and the whole for tests of
//! the app's components (`ENGLISH_JSON`).

#[path = "src/catalogue.rs"]
#[allow(dead_code)]
mod catalogue;
#[path = "src/compile.rs"]
mod compile;

fn main() {
    println!("cargo:rerun-if-changed=catalogues/en.ftl");
    let source = std::fs::read_to_string("catalogues/en.ftl").expect("catalogues/en.ftl");
    let mut english = match compile::compile("en", &source) {
        Ok(catalogue) => catalogue,
        Err(problems) => panic!("catalogues/en.ftl:\n{}", problems.join("\n")),
    };
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(
        out.join("en.json"),
        serde_json::to_string(&english).expect("JSON"),
    )
    .expect("write en.json");
    english
        .messages
        .retain(|(key, _)| key.starts_with("viewer-"));
    std::fs::write(
        out.join("en-viewer.json"),
        serde_json::to_string(&english).expect("JSON"),
    )
    .expect("write en-viewer.json");
}
