//! Pinpoint's viewer: the page a shared link (`/v/{id}`) or an embed
//! (`/embed/{id}`) opens. It is its own small Wasm program, without a UI
//! framework, because it is what most people ever load of Pinpoint: the
//! whole first visit must stay within a few tens of kilobytes.
//!
//! The decisions (what an address means, where a popup goes, what the embed
//! code says) are pure functions that build and are tested natively; the
//! modules that touch the page are compiled for wasm32 only.

pub mod address;
pub mod events;
pub mod layout;

#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(target_arch = "wasm32")]
pub mod beacon;
#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod offline;
#[cfg(all(target_arch = "wasm32", feature = "panorama"))]
pub mod panorama_stage;
#[cfg(target_arch = "wasm32")]
pub mod popup;
#[cfg(target_arch = "wasm32")]
pub mod scene_json;
#[cfg(target_arch = "wasm32")]
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod view;

/// Reads the address, loads the scene and shows it.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    text::start();
    view::start();
}
