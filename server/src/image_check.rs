//! Checking an uploaded image before it is stored: it must be the type its
//! bytes claim and decode whole, as a browser would draw it, within a pixel
//! budget. The header's dimensions are read first, so an image bomb (a
//! small file that claims 30,000 × 30,000 pixels) is refused before any
//! decoding; an animation is budgeted by the pixels of all its frames.

use image::codecs::gif::GifDecoder;
use image::codecs::png::PngDecoder;
use image::codecs::webp::WebPDecoder;
use image::{AnimationDecoder, ImageDecoder, ImageFormat, ImageReader, Limits};
use model::asset::MAX_ASSET_SIDE;
use pinpoint_i18n::Message;
use std::io::Cursor;

/// The most pixels an upload may hold: a 40-megapixel photo, or an
/// animation whose frames add up to as many.
pub const MAX_PIXELS: u64 = 40_000_000;

/// What an accepted image is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckedImage {
    pub content_type: &'static str,
    pub width: u32,
    pub height: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageError {
    NotAnImage,
    Damaged,
    NoPixels,
    TooWide,
    TooManyPixels,
}

impl ImageError {
    /// What to tell the person who sent the image.
    pub fn message(&self) -> Message {
        match self {
            ImageError::NotAnImage => Message::new("error-image-type"),
            ImageError::Damaged => Message::new("error-image-damaged"),
            ImageError::NoPixels => Message::new("error-image-empty"),
            ImageError::TooWide => {
                Message::new("error-image-too-wide").number("max", MAX_ASSET_SIDE as f64)
            }
            ImageError::TooManyPixels => Message::new("error-image-too-many-pixels"),
        }
    }
}

impl std::fmt::Display for ImageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for ImageError {}

/// The image type a body holds, judged by its bytes.
pub fn sniff(bytes: &[u8]) -> Option<(ImageFormat, &'static str)> {
    match imagesize::image_type(bytes).ok()? {
        imagesize::ImageType::Png => Some((ImageFormat::Png, "image/png")),
        imagesize::ImageType::Jpeg => Some((ImageFormat::Jpeg, "image/jpeg")),
        imagesize::ImageType::Webp => Some((ImageFormat::WebP, "image/webp")),
        imagesize::ImageType::Gif => Some((ImageFormat::Gif, "image/gif")),
        _ => None,
    }
}

/// Checks an upload that sniffs as an image: its header's size first, then
/// a whole decode. Slow for big images: run it in the work pool.
pub fn check(bytes: &[u8]) -> Result<CheckedImage, ImageError> {
    let (format, content_type) = sniff(bytes).ok_or(ImageError::NotAnImage)?;
    let size = imagesize::blob_size(bytes).map_err(|_| ImageError::Damaged)?;
    let (width, height) = (size.width as u64, size.height as u64);
    within_budget(width, height)?;
    decode(bytes, format, limits())?;
    Ok(CheckedImage {
        content_type,
        width: width as u32,
        height: height as u32,
    })
}

/// Refuses sizes outside the limits.
fn within_budget(width: u64, height: u64) -> Result<(), ImageError> {
    if width == 0 || height == 0 {
        return Err(ImageError::NoPixels);
    }
    if width > u64::from(MAX_ASSET_SIDE) || height > u64::from(MAX_ASSET_SIDE) {
        return Err(ImageError::TooWide);
    }
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(ImageError::TooManyPixels);
    }
    Ok(())
}

/// The decoder's own limits: the same sides, and memory for one budget of
/// 8-bit RGBA pixels with room for the decoder's working copies. They bound
/// everything a decoder allocates, metadata too (a PNG's colour profile is
/// compressed, and could otherwise inflate a thousandfold).
fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_ASSET_SIDE);
    limits.max_image_height = Some(MAX_ASSET_SIDE);
    limits.max_alloc = Some(MAX_PIXELS * 4 * 2);
    limits
}

/// Decodes every pixel of every frame. Frames are decoded one at a time
/// and counted against the budget as they come, so a long animation stops
/// at the frame that spends it.
fn decode(bytes: &[u8], format: ImageFormat, limits: Limits) -> Result<(), ImageError> {
    let damaged = refused;
    match format {
        ImageFormat::Gif => {
            let mut decoder = GifDecoder::new(Cursor::new(bytes)).map_err(damaged)?;
            decoder.set_limits(limits).map_err(damaged)?;
            count_frames(decoder)
        }
        ImageFormat::Png => {
            // The limits must reach the PNG reader before it reads a chunk:
            // it inflates a colour profile within them (and skips one
            // that would not fit).
            let decoder = PngDecoder::with_limits(Cursor::new(bytes), limits).map_err(damaged)?;
            if decoder.is_apng().map_err(damaged)? {
                count_frames(decoder.apng().map_err(damaged)?)
            } else {
                let mut pixels = vec![0; decoder.total_bytes() as usize];
                decoder.read_image(&mut pixels).map_err(damaged)
            }
        }
        ImageFormat::WebP => {
            let mut decoder = WebPDecoder::new(Cursor::new(bytes)).map_err(damaged)?;
            decoder.set_limits(limits).map_err(damaged)?;
            if decoder.has_animation() {
                count_frames(decoder)
            } else {
                let mut pixels = vec![0; decoder.total_bytes() as usize];
                decoder.read_image(&mut pixels).map_err(damaged)
            }
        }
        _ => {
            let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
            reader.limits(limits);
            reader.decode().map(drop).map_err(damaged)
        }
    }
}

/// A decoder's refusal: over its limits is too many pixels, anything else
/// is a damaged file.
fn refused(e: image::ImageError) -> ImageError {
    match e {
        image::ImageError::Limits(_) => ImageError::TooManyPixels,
        _ => ImageError::Damaged,
    }
}

fn count_frames<'a>(decoder: impl AnimationDecoder<'a>) -> Result<(), ImageError> {
    let mut frames = 0u64;
    let mut pixels = 0u64;
    for frame in decoder.into_frames() {
        let frame = frame.map_err(refused)?;
        let (width, height) = frame.buffer().dimensions();
        frames += 1;
        pixels = pixels.saturating_add(u64::from(width) * u64::from(height));
        if pixels > MAX_PIXELS {
            return Err(ImageError::TooManyPixels);
        }
    }
    if frames == 0 {
        return Err(ImageError::NoPixels);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageEncoder, RgbaImage};

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        image::codecs::png::PngEncoder::new(&mut out)
            .write_image(
                RgbaImage::new(width, height).as_raw(),
                width,
                height,
                image::ExtendedColorType::Rgba8,
            )
            .unwrap();
        out
    }

    /// A PNG header claiming `width` × `height`, with no pixel data at all.
    fn png_header_only(width: u32, height: u32) -> Vec<u8> {
        let mut out = png(1, 1);
        out[16..20].copy_from_slice(&width.to_be_bytes());
        out[20..24].copy_from_slice(&height.to_be_bytes());
        out.truncate(33);
        out
    }

    #[test]
    fn a_whole_image_passes_with_its_size() {
        assert_eq!(
            check(&png(30, 20)),
            Ok(CheckedImage {
                content_type: "image/png",
                width: 30,
                height: 20
            })
        );
    }

    #[test]
    fn a_truncated_image_is_damaged() {
        let whole = png(64, 64);
        assert_eq!(check(&whole[..whole.len() - 20]), Err(ImageError::Damaged));
        let mut corrupt = whole.clone();
        let middle = corrupt.len() / 2;
        corrupt[middle] ^= 0xff;
        assert_eq!(check(&corrupt), Err(ImageError::Damaged));
    }

    #[test]
    fn bombs_are_refused_by_their_header_before_decoding() {
        assert_eq!(
            check(&png_header_only(30_000, 30_000)),
            Err(ImageError::TooWide)
        );
        assert_eq!(
            check(&png_header_only(9_999, 9_999)),
            Err(ImageError::TooManyPixels)
        );
        assert_eq!(check(&png_header_only(0, 10)), Err(ImageError::NoPixels));
        // Within the budget by its header, but with no pixel data.
        assert_eq!(
            check(&png_header_only(4_000, 4_000)),
            Err(ImageError::Damaged)
        );
    }

    #[test]
    fn sizes_are_budgeted_without_overflow() {
        assert_eq!(within_budget(6_000, 6_000), Ok(()));
        assert_eq!(within_budget(7_000, 7_000), Err(ImageError::TooManyPixels));
        assert_eq!(within_budget(u64::MAX, u64::MAX), Err(ImageError::TooWide));
    }

    #[test]
    fn what_is_not_an_image_says_so() {
        assert_eq!(check(b"GIF89a"), Err(ImageError::NotAnImage));
        // A GIF with a screen size but no frame at all.
        let no_frames = b"GIF89a\x0a\x00\x0a\x00\x00\x00\x00\x3b";
        assert!(matches!(
            check(no_frames),
            Err(ImageError::Damaged | ImageError::NoPixels)
        ));
        assert_eq!(check(b"hello"), Err(ImageError::NotAnImage));
        assert_eq!(check(b""), Err(ImageError::NotAnImage));
    }
}
