//! The renderer in a real browser (headless Chromium with software WebGL,
//! through wasm-bindgen-test): what it draws is the picture's side the
//! view faces.
#![cfg(target_arch = "wasm32")]

use model::panorama::View;
use pinpoint_panorama::renderer::Renderer;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement, WebGlRenderingContext,
};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn canvas(width: u32, height: u32) -> HtmlCanvasElement {
    let canvas: HtmlCanvasElement = document()
        .create_element("canvas")
        .unwrap()
        .unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    canvas
}

/// A 2:1 picture whose left half is red and right half blue, loaded.
async fn halves() -> HtmlImageElement {
    let source = canvas(256, 128);
    let context: CanvasRenderingContext2d =
        source.get_context("2d").unwrap().unwrap().unchecked_into();
    context.set_fill_style_str("#ff0000");
    context.fill_rect(0.0, 0.0, 128.0, 128.0);
    context.set_fill_style_str("#0000ff");
    context.fill_rect(128.0, 0.0, 128.0, 128.0);
    let picture = HtmlImageElement::new().unwrap();
    let loaded = js_sys::Promise::new(&mut |resolve, _| picture.set_onload(Some(&resolve)));
    picture.set_src(&source.to_data_url().unwrap());
    wasm_bindgen_futures::JsFuture::from(loaded).await.unwrap();
    picture
}

/// The colour at the middle of what the renderer drew.
fn centre(target: &HtmlCanvasElement) -> [u8; 4] {
    let gl: WebGlRenderingContext = target
        .get_context("webgl")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let (x, y) = (target.width() as i32 / 2, target.height() as i32 / 2);
    let mut pixel = [0u8; 4];
    gl.read_pixels_with_opt_u8_array(
        x,
        y,
        1,
        1,
        WebGlRenderingContext::RGBA,
        WebGlRenderingContext::UNSIGNED_BYTE,
        Some(&mut pixel),
    )
    .unwrap();
    pixel
}

#[wasm_bindgen_test]
async fn the_canvas_shows_the_side_of_the_picture_the_view_faces() {
    let target = canvas(64, 32);
    target.style().set_property("width", "64px").unwrap();
    target.style().set_property("height", "32px").unwrap();
    document().body().unwrap().append_child(&target).unwrap();
    let mut renderer = Renderer::new(&target).expect("software WebGL");
    renderer.set_picture(&halves().await).unwrap();
    assert!(renderer.has_picture());

    renderer.draw(&View::facing(0.25, 0.5, 60.0));
    let left = centre(&target);
    assert!(left[0] > 200 && left[2] < 50, "red on the left: {left:?}");
    renderer.draw(&View::facing(0.75, 0.5, 60.0));
    let right = centre(&target);
    assert!(
        right[2] > 200 && right[0] < 50,
        "blue on the right: {right:?}"
    );
    target.remove();
}

#[wasm_bindgen_test]
async fn a_picture_cut_into_tiles_draws_the_same() {
    let target = canvas(64, 32);
    target.style().set_property("width", "64px").unwrap();
    target.style().set_property("height", "32px").unwrap();
    document().body().unwrap().append_child(&target).unwrap();
    let mut renderer = Renderer::new(&target).expect("software WebGL");
    // 256 × 128 in textures of at most 100 pixels: 3 × 2 tiles.
    renderer.set_picture_in_tiles(&halves().await, 100).unwrap();
    for (x, red) in [(0.1, true), (0.4, true), (0.6, false), (0.9, false)] {
        renderer.draw(&View::facing(x, 0.5, 40.0));
        let pixel = centre(&target);
        if red {
            assert!(pixel[0] > 200 && pixel[2] < 50, "red at {x}: {pixel:?}");
        } else {
            assert!(pixel[2] > 200 && pixel[0] < 50, "blue at {x}: {pixel:?}");
        }
    }
    // Up and down, across the tiles' seam.
    for y in [0.2, 0.8] {
        renderer.draw(&View::facing(0.25, y, 40.0));
        assert!(centre(&target)[0] > 200, "red at height {y}");
    }
    target.remove();
}
