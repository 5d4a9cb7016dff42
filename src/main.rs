//! Mounts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    pinpoint_app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("pinpoint-app runs in a browser: build it with `trunk build` (see README.md)");
}
