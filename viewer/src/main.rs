//! Starts the viewer; everything lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    pinpoint_viewer::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("pinpoint-viewer runs in a browser: build it with trunk (see README.md)");
}
