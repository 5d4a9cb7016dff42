//! 360° panoramas in the browser, shared by the viewer and the editor:
//! the camera people turn (`camera`, pure) and the WebGL renderer
//! (`renderer`, wasm32 only). The maths of directions and views is
//! `model::panorama`, which the server's validation shares.

pub mod camera;
pub mod tiles;

#[cfg(target_arch = "wasm32")]
pub mod renderer;
