//! Pinpoint's browser app as a library, so tests can mount its parts.
//!
//! The editor's state machine and the picture cropper's geometry are plain Rust and builds natively (its unit
//! tests run with `cargo test`); everything that touches the browser is
//! compiled for wasm32 only.

pub mod chart;
pub mod crop;
pub mod editor;
pub mod field_problem;
pub mod import_choice;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod route;
#[cfg(target_arch = "wasm32")]
pub mod session;
#[cfg(target_arch = "wasm32")]
pub mod text;

/// Renders the app into the page's body.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // The page's catalogue, which the server chose for this reader.
    pinpoint_i18n::web::start(|| None, || None);
    yew::Renderer::<app::App>::new().render();
}
