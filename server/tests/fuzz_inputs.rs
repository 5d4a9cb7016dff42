//! Property-based fuzzing of two parsers of outside input on the server:
//! class lists (`class_list::parse`) and uploaded images
//! (`image_check::check`). Whatever the bytes, neither panics, and what
//! they accept keeps their promises. The default 256 cases run in
//! `scripts/test`; run longer by hand with
//! `PROPTEST_CASES=100000 cargo test -p pinpoint-server --test fuzz_inputs`.

use image::ImageEncoder;
use pinpoint_server::class_list::{self, ClassListError, MAX_ROWS};
use pinpoint_server::image_check::{self, ImageError, MAX_PIXELS};
use proptest::prelude::*;

fn encoded(format: u8, width: u32, height: u32) -> Vec<u8> {
    let pixels = image::RgbaImage::from_pixel(width, height, image::Rgba([200, 80, 40, 255]));
    let mut out = Vec::new();
    let raw = pixels.as_raw();
    let rgba = image::ExtendedColorType::Rgba8;
    match format % 4 {
        0 => image::codecs::png::PngEncoder::new(&mut out)
            .write_image(raw, width, height, rgba)
            .unwrap(),
        1 => {
            let rgb = image::DynamicImage::ImageRgba8(pixels).to_rgb8();
            image::codecs::jpeg::JpegEncoder::new(&mut out)
                .write_image(rgb.as_raw(), width, height, image::ExtendedColorType::Rgb8)
                .unwrap()
        }
        2 => image::codecs::gif::GifEncoder::new(&mut out)
            .encode_frame(image::Frame::new(pixels))
            .unwrap(),
        _ => image::codecs::webp::WebPEncoder::new_lossless(&mut out)
            .write_image(raw, width, height, rgba)
            .unwrap(),
    }
    out
}

/// A line of a class list: plausible fields, quotes, separators, noise.
fn csv_line() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9_.-]{0,40},[a-z@.]{0,30},[0-9-]{0,12}",
        "\"[^\"]{0,20}\",\"[^\"]{0,20}\"(,.{0,10})?",
        ".{0,60}",
        Just(String::new()),
        Just("username,email,date of birth".to_string()),
    ]
}

fn line_break() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("\n"), Just("\r\n"), Just("\r"), Just("\n\n")]
}

proptest! {
    #[test]
    fn a_class_list_of_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = class_list::parse(&bytes);
    }

    #[test]
    fn a_class_list_keeps_its_rows_in_order_within_the_file(
        lines in proptest::collection::vec((csv_line(), line_break()), 0..60)
    ) {
        let body: String = lines.iter().map(|(line, end)| format!("{line}{end}")).collect();
        let physical_lines = body.bytes().filter(|&b| b == b'\n' || b == b'\r').count() + 1;
        match class_list::parse(body.as_bytes()) {
            Ok(rows) => {
                prop_assert!(!rows.is_empty() && rows.len() <= MAX_ROWS);
                for pair in rows.windows(2) {
                    prop_assert!(pair[0].line < pair[1].line, "{:?}", rows);
                }
                for row in &rows {
                    prop_assert!(row.line >= 1 && row.line <= physical_lines, "{:?} in {:?}", row, body);
                }
            }
            Err(e) => prop_assert!(matches!(e, ClassListError::Empty | ClassListError::TooManyRows)),
        }
    }

    #[test]
    fn an_upload_of_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = image_check::check(&bytes);
    }

    #[test]
    fn a_damaged_image_is_refused_or_within_its_budget(
        format in 0u8..4,
        width in 1u32..48,
        height in 1u32..48,
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
        cut in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let mut bytes = encoded(format, width, height);
        for (at, value) in &flips {
            let i = at.index(bytes.len());
            bytes[i] ^= value;
        }
        if truncate {
            bytes.truncate(cut.index(bytes.len()));
        }
        match image_check::check(&bytes) {
            Ok(image) => {
                prop_assert!(image.width >= 1 && image.height >= 1);
                prop_assert!(u64::from(image.width) * u64::from(image.height) <= MAX_PIXELS);
            }
            Err(e) => prop_assert!(matches!(
                e,
                ImageError::NotAnImage | ImageError::Damaged | ImageError::NoPixels
                    | ImageError::TooWide | ImageError::TooManyPixels
            )),
        }
    }

    #[test]
    fn a_whole_image_is_accepted_with_its_own_size(format in 0u8..4, width in 1u32..64, height in 1u32..64) {
        let image = image_check::check(&encoded(format, width, height)).unwrap();
        prop_assert_eq!((image.width, image.height), (width, height));
    }
}
