//! Pictures as a person sees them: turned upright by their EXIF orientation (a phone stores a
//! portrait photo sideways and says so in a tag) and never larger than where they are shown.
//!
//! A JPEG is decoded at a half, a quarter or an eighth of its size by the decoder itself (a scaled
//! inverse DCT), so a 48-megapixel photo is never in memory at full size; other pictures are
//! decoded whole, then scaled down at once and the full image dropped.

use std::io::{Cursor, Read as _};
use std::path::Path;

use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder as _, ImageReader};

use crate::limits;
use crate::tr;

/// The longest side a picture is kept at for the screen: the player shows a picture in at most
/// about 80 % of the window's height, and 1920 pixels covers that on a 4K screen.
pub const SCREEN_LONG_SIDE: u32 = 1920;

/// The longest side of a picture in a printed handout: about 1600 pixels print a half page
/// sharply (a 13 cm wide picture at 300 dpi), at a tenth of a phone photo's bytes.
pub const PRINT_LONG_SIDE: u32 = 1600;

/// The largest picture file read: [`limits::PICTURE_FILE_BYTES`].
pub const MAX_PHOTO_BYTES: u64 = limits::PICTURE_FILE_BYTES;

/// The kinds of picture known by their first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PictureKind {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
    /// SVG (markup).
    Svg,
    /// HEIC or HEIF, as an iPhone takes photos: not shown by stretch-timer.
    Heic,
}

impl PictureKind {
    /// The kind `bytes` hold, by their signature, or `None`.
    pub fn sniff(bytes: &[u8]) -> Option<PictureKind> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(PictureKind::Png);
        }
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Some(PictureKind::Jpeg);
        }
        // An ISO base media file: a size, "ftyp", then the brand.
        if bytes.get(4..8) == Some(b"ftyp") {
            let brand = bytes.get(8..12).unwrap_or_default();
            if [
                b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif",
            ]
            .iter()
            .any(|b| brand == *b)
            {
                return Some(PictureKind::Heic);
            }
        }
        let head = &bytes[..bytes.len().min(4096)];
        let text = String::from_utf8_lossy(head);
        let text = text.trim_start_matches('\u{feff}').trim_start();
        (text.starts_with('<') && text.contains("<svg")).then_some(PictureKind::Svg)
    }
}

/// Why a picture cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.words())]
pub enum PhotoError {
    /// The file could not be read.
    Unreadable(String),
    /// The file is larger than [`MAX_PHOTO_BYTES`].
    TooLarge(u64),
    /// A HEIC photo, as an iPhone takes them.
    Heic,
    /// Not a PNG, JPEG or SVG picture.
    NotAPicture,
    /// A PNG or JPEG that does not decode.
    Undecodable {
        /// PNG or JPEG.
        kind: &'static str,
        /// What the decoder said.
        reason: String,
    },
    /// More pixels than any photo has.
    TooManyPixels {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
}

impl PhotoError {
    /// What is wrong, in the person's language: "it is not a picture stretch-timer can show…".
    fn words(&self) -> String {
        match self {
            PhotoError::Unreadable(reason) => tr!("picture-unreadable", reason = reason.as_str()),
            PhotoError::TooLarge(bytes) => {
                let (size, limit) = (
                    limits::size_text(*bytes),
                    limits::size_text(MAX_PHOTO_BYTES),
                );
                tr!("photo-too-large", size = size, limit = limit)
            }
            PhotoError::Heic => tr!("photo-heic"),
            PhotoError::NotAPicture => tr!("photo-not-a-picture"),
            PhotoError::Undecodable { kind, reason } => {
                let (kind, reason) = (*kind, reason.as_str());
                tr!("photo-undecodable", kind = kind, reason = reason)
            }
            PhotoError::TooManyPixels { width, height } => {
                let (width, height) = (*width, *height);
                let most = limits::PICTURE_PIXELS / 1_000_000;
                tr!(
                    "photo-too-many-pixels",
                    width = width,
                    height = height,
                    most = most
                )
            }
        }
    }
}

/// A picture decoded upright and scaled to fit.
#[derive(Debug, Clone)]
pub struct Photo {
    /// The pixels, upright, at most the long side asked for.
    pub image: DynamicImage,
    /// The picture's own size, upright, before scaling.
    pub full_size: (u32, u32),
    /// Whether the file asked for turning or flipping.
    pub reoriented: bool,
}

/// Reads the picture at `path` (at most [`MAX_PHOTO_BYTES`]).
pub fn read(path: &Path) -> Result<Vec<u8>, PhotoError> {
    let unreadable = |e: std::io::Error| PhotoError::Unreadable(e.to_string());
    super::plain_file(path).map_err(unreadable)?;
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let len = file.metadata().map_err(unreadable)?.len();
    if len > MAX_PHOTO_BYTES {
        return Err(PhotoError::TooLarge(len));
    }
    let mut bytes = Vec::new();
    file.take(MAX_PHOTO_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > MAX_PHOTO_BYTES {
        return Err(PhotoError::TooLarge(read));
    }
    Ok(bytes)
}

/// Whether the picture at `path` can be shown, from its header only (quick: nothing is decoded).
pub fn check(path: &Path) -> Result<PictureKind, PhotoError> {
    let bytes = read(path)?;
    let kind = PictureKind::sniff(&bytes).ok_or(PhotoError::NotAPicture)?;
    match kind {
        PictureKind::Heic => Err(PhotoError::Heic),
        PictureKind::Svg => Ok(kind),
        PictureKind::Png | PictureKind::Jpeg => {
            let (width, height) = ImageReader::new(Cursor::new(&bytes))
                .with_guessed_format()
                .map_err(|e| undecodable(kind, &e))?
                .into_dimensions()
                .map_err(|e| undecodable(kind, &e))?;
            within_pixels(width, height)?;
            Ok(kind)
        }
    }
}

/// Decodes a PNG or JPEG upright, scaled down (never up) so its longer side is at most
/// `long_side`.
pub fn decode(bytes: &[u8], long_side: u32) -> Result<Photo, PhotoError> {
    match PictureKind::sniff(bytes) {
        Some(PictureKind::Jpeg) => decode_jpeg(bytes, long_side),
        Some(PictureKind::Png) => decode_other(bytes, PictureKind::Png, long_side),
        Some(PictureKind::Heic) => Err(PhotoError::Heic),
        Some(PictureKind::Svg) | None => Err(PhotoError::NotAPicture),
    }
}

/// Reads and decodes the picture at `path`: see [`decode`].
pub fn load(path: &Path, long_side: u32) -> Result<Photo, PhotoError> {
    decode(&read(path)?, long_side)
}

fn kind_name(kind: PictureKind) -> &'static str {
    match kind {
        PictureKind::Png => "PNG",
        PictureKind::Jpeg => "JPEG",
        PictureKind::Svg => "SVG",
        PictureKind::Heic => "HEIC",
    }
}

fn undecodable(kind: PictureKind, e: &dyn std::fmt::Display) -> PhotoError {
    PhotoError::Undecodable {
        kind: kind_name(kind),
        reason: e.to_string(),
    }
}

fn within_pixels(width: u32, height: u32) -> Result<(), PhotoError> {
    if u64::from(width) * u64::from(height) > limits::PICTURE_PIXELS {
        return Err(PhotoError::TooManyPixels { width, height });
    }
    Ok(())
}

/// The size that fits `(width, height)` into `long_side`, keeping its shape; never larger.
pub fn fitted(width: u32, height: u32, long_side: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= long_side || long == 0 {
        return (width, height);
    }
    let scale = |side: u32| {
        let scaled = u64::from(side) * u64::from(long_side) / u64::from(long);
        u32::try_from(scaled).unwrap_or(long_side).max(1)
    };
    (scale(width), scale(height))
}

/// Whether an orientation swaps width and height.
fn turns_sideways(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

fn decode_jpeg(bytes: &[u8], long_side: u32) -> Result<Photo, PhotoError> {
    let bad = |e: jpeg_decoder::Error| undecodable(PictureKind::Jpeg, &e);
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    decoder.read_info().map_err(bad)?;
    let info = decoder
        .info()
        .ok_or_else(|| undecodable(PictureKind::Jpeg, &tr!("photo-no-header")))?;
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    within_pixels(width, height)?;
    let orientation = decoder
        .exif_data()
        .and_then(Orientation::from_exif_chunk)
        .unwrap_or(Orientation::NoTransforms);
    // The stored picture is scaled before it is turned; the long side is the same either way.
    let (want_w, want_h) = fitted(width, height, long_side);
    let clamp = |side: u32| u16::try_from(side).unwrap_or(u16::MAX);
    decoder.scale(clamp(want_w), clamp(want_h)).map_err(bad)?;
    let pixels = decoder.decode().map_err(bad)?;
    let info = decoder
        .info()
        .ok_or_else(|| undecodable(PictureKind::Jpeg, &tr!("photo-no-header")))?;
    let (w, h) = (u32::from(info.width), u32::from(info.height));
    let short = || undecodable(PictureKind::Jpeg, &tr!("photo-cut-short"));
    let image = match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => {
            DynamicImage::ImageRgb8(image::RgbImage::from_raw(w, h, pixels).ok_or_else(short)?)
        }
        jpeg_decoder::PixelFormat::L8 => {
            DynamicImage::ImageLuma8(image::GrayImage::from_raw(w, h, pixels).ok_or_else(short)?)
        }
        jpeg_decoder::PixelFormat::L16 => {
            // Big-endian 16-bit samples: the high byte is plenty for the screen and the page.
            let high = pixels.chunks_exact(2).map(|p| p[0]).collect();
            DynamicImage::ImageLuma8(image::GrayImage::from_raw(w, h, high).ok_or_else(short)?)
        }
        jpeg_decoder::PixelFormat::CMYK32 => {
            let rgb = pixels
                .chunks_exact(4)
                .flat_map(|p| {
                    let k = 255 - u16::from(p[3]);
                    let channel =
                        |c: u8| u8::try_from((255 - u16::from(c)) * k / 255).unwrap_or(u8::MAX);
                    [channel(p[0]), channel(p[1]), channel(p[2])]
                })
                .collect();
            DynamicImage::ImageRgb8(image::RgbImage::from_raw(w, h, rgb).ok_or_else(short)?)
        }
    };
    Ok(finish(image, orientation, (width, height), long_side))
}

fn decode_other(bytes: &[u8], kind: PictureKind, long_side: u32) -> Result<Photo, PhotoError> {
    let mut decoder = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| undecodable(kind, &e))?
        .into_decoder()
        .map_err(|e| undecodable(kind, &e))?;
    let (width, height) = decoder.dimensions();
    within_pixels(width, height)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image = DynamicImage::from_decoder(decoder).map_err(|e| undecodable(kind, &e))?;
    Ok(finish(image, orientation, (width, height), long_side))
}

/// Turns `image` upright and scales it to fit `long_side`; the decoded image is dropped as soon
/// as the smaller one exists.
fn finish(
    image: DynamicImage,
    orientation: Orientation,
    (width, height): (u32, u32),
    long_side: u32,
) -> Photo {
    let (fit_w, fit_h) = fitted(image.width(), image.height(), long_side);
    let mut image = if (fit_w, fit_h) == (image.width(), image.height()) {
        image
    } else {
        image.resize_exact(fit_w, fit_h, FilterType::Triangle)
    };
    image.apply_orientation(orientation);
    let full_size = if turns_sideways(orientation) {
        (height, width)
    } else {
        (width, height)
    };
    Photo {
        image,
        full_size,
        reoriented: orientation != Orientation::NoTransforms,
    }
}

/// A copy of a PNG or JPEG for a printed page: upright, at most [`PRINT_LONG_SIDE`] on its long
/// side, as JPEG (PNG if it has transparency). `Ok(None)` when the picture is already upright,
/// small and light enough to embed as it is, so a drawing keeps its exact pixels.
pub fn print_copy(bytes: &[u8]) -> Result<Option<(PictureKind, Vec<u8>)>, PhotoError> {
    /// A picture this light and small is embedded as it is.
    const LIGHT_BYTES: usize = 400 * 1024;
    let photo = decode(bytes, PRINT_LONG_SIDE)?;
    let scaled = photo.full_size != (photo.image.width(), photo.image.height());
    if !scaled && !photo.reoriented && bytes.len() <= LIGHT_BYTES {
        return Ok(None);
    }
    let mut out = Vec::new();
    let kind = if photo.image.color().has_alpha() {
        photo
            .image
            .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .map_err(|e| undecodable(PictureKind::Png, &e))?;
        PictureKind::Png
    } else {
        let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85);
        encoder
            .encode_image(&photo.image.to_rgb8())
            .map_err(|e| undecodable(PictureKind::Jpeg, &e))?;
        PictureKind::Jpeg
    };
    Ok(Some((kind, out)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitting_keeps_the_shape_and_never_enlarges() {
        assert_eq!(fitted(8000, 6000, 1920), (1920, 1440));
        assert_eq!(fitted(3000, 4000, 1600), (1200, 1600));
        assert_eq!(fitted(640, 480, 1920), (640, 480));
        assert_eq!(fitted(100_000, 1, 1000), (1000, 1));
    }

    #[test]
    fn kinds_are_known_by_their_first_bytes() {
        assert_eq!(
            PictureKind::sniff(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic"),
            Some(PictureKind::Heic)
        );
        assert_eq!(
            PictureKind::sniff(b"\xEF\xBB\xBF <?xml?><svg/>"),
            Some(PictureKind::Svg)
        );
        assert_eq!(
            PictureKind::sniff(b"<?xml version=\"1.0\"?><svg/>"),
            Some(PictureKind::Svg)
        );
        assert_eq!(PictureKind::sniff(b"GIF89a"), None);
    }
}
