//! The printable handout: one self-contained HTML page for a routine.
//!
//! The page has the routine's name, summary, who prepared it and its total time, the safety text in
//! a box near the top, then every step (number and name, how long and how often to hold, sides,
//! the times to get into position, rest and switch sides, paced breathing, the picture and the
//! instructions), a ruled area for notes and a footer. It prints on A4 and Letter alike: the print
//! style sets margins but no paper size, keeps each step on one page where it fits, bounds the
//! pictures' height and needs no background colours.
//!
//! Step pictures (PNG, JPEG or SVG, up to [`MAX_IMAGE_BYTES`]) are embedded as `data:` URIs, so the
//! page is one file a therapist can email. A phone photo goes in as a print-sized copy (upright,
//! about 1600 pixels on its long side, JPEG), so a handout stays well under a megabyte per photo.
//! A picture that cannot be used does not stop the
//! handout: it is left out, the page says so in its place, and [`Handout::problems`] lists it so
//! the command line can warn.

use std::fs::File;
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine as _;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::details;
use crate::media::photo::{self, PictureKind};
use crate::routine::{Detail, Routine, Step, format_clock};
use crate::tr;

/// The largest picture a handout embeds. A bigger one would make a handout too heavy to email, and
/// is left out. A larger phone photo is read (up to [`photo::MAX_PHOTO_BYTES`]) and goes in as
/// its print copy, which is far smaller; only a picture that cannot be made smaller (an SVG, or
/// one that cannot be decoded) must be this small itself.
pub const MAX_IMAGE_BYTES: u64 = crate::limits::HANDOUT_IMAGE_BYTES;

/// A routine's handout: the page, and the pictures that had to be left out of it.
#[derive(Debug)]
pub struct Handout {
    /// The complete HTML document, with every usable picture inside it.
    pub html: String,
    /// Step pictures that could not be embedded, in step order. The page has a note where each
    /// would have been.
    pub problems: Vec<ImageProblem>,
}

/// A step's picture that was left out of the handout.
#[derive(Debug, thiserror::Error)]
pub struct ImageProblem {
    /// The step's number, counted from 1 as on the page.
    pub step: usize,
    /// The step's name.
    pub step_name: String,
    /// The picture's path as the routine writes it.
    pub written: String,
    /// Where the file was looked for.
    pub path: PathBuf,
    /// Why it could not be used.
    pub reason: ImageError,
}

impl std::fmt::Display for ImageProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&tr!(
            "handout-picture-left-out",
            step = self.step,
            name = self.step_name.as_str(),
            file = self.written.as_str(),
            reason = self.reason.to_string()
        ))
    }
}

/// Why a picture could not be embedded.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    /// The file could not be opened or read (it is gone, or not readable).
    Unreadable(io::Error),
    /// The file is larger than [`MAX_IMAGE_BYTES`] and cannot be made smaller (an SVG, or a
    /// picture that cannot be decoded).
    TooLarge(u64),
    /// A photo larger than even the player reads ([`photo::MAX_PHOTO_BYTES`]).
    PhotoTooLarge(u64),
    /// The file's name does not end in `.png`, `.jpg`, `.jpeg` or `.svg`.
    UnsupportedKind,
    /// The file's name says one kind of picture, but its content is not that kind.
    NotAnImage(ImageKind),
    /// A HEIC photo, as an iPhone takes them.
    Heic,
}

impl std::fmt::Display for ImageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = match self {
            ImageError::Unreadable(e) => tr!("picture-unreadable", reason = e.to_string()),
            ImageError::TooLarge(bytes) => tr!(
                "picture-too-large-for-handout",
                size = mebibytes(*bytes),
                limit = crate::limits::size_text(MAX_IMAGE_BYTES)
            ),
            ImageError::PhotoTooLarge(bytes) => tr!(
                "picture-too-large",
                size = mebibytes(*bytes),
                limit = crate::limits::size_text(photo::MAX_PHOTO_BYTES)
            ),
            ImageError::UnsupportedKind => tr!("picture-kind-unsupported"),
            ImageError::NotAnImage(kind) => tr!("picture-not-its-kind", kind = kind.to_string()),
            ImageError::Heic => photo::PhotoError::Heic.to_string(),
        };
        f.write_str(&said)
    }
}

/// The kinds of picture a handout embeds, known by the file's extension and checked by its
/// content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    /// `.png`
    Png,
    /// `.jpg` or `.jpeg`
    Jpeg,
    /// `.svg`
    Svg,
}

impl std::fmt::Display for ImageKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ImageKind::Png => "PNG",
            ImageKind::Jpeg => "JPEG",
            ImageKind::Svg => "SVG",
        })
    }
}

impl ImageKind {
    /// The kind a file's name says, by its extension (any case).
    pub fn from_path(path: &Path) -> Option<ImageKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "png" => Some(ImageKind::Png),
            "jpg" | "jpeg" => Some(ImageKind::Jpeg),
            "svg" => Some(ImageKind::Svg),
            _ => None,
        }
    }

    /// The MIME type for a `data:` URI.
    fn mime(self) -> &'static str {
        match self {
            ImageKind::Png => "image/png",
            ImageKind::Jpeg => "image/jpeg",
            ImageKind::Svg => "image/svg+xml",
        }
    }

    /// Whether `bytes` look like this kind of picture: PNG's and JPEG's signatures, or for SVG,
    /// UTF-8 text that starts with markup and has an `<svg` element.
    fn matches(self, bytes: &[u8]) -> bool {
        match self {
            ImageKind::Png => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            ImageKind::Jpeg => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
            ImageKind::Svg => std::str::from_utf8(bytes).is_ok_and(|text| {
                let text = text.trim_start_matches('\u{feff}').trim_start();
                text.starts_with('<') && text.contains("<svg")
            }),
        }
    }
}

/// The handout for `routine`. Never fails: a picture that cannot be used is left out with a note
/// (see [`Handout::problems`]).
pub fn render(routine: &Routine) -> Handout {
    let mut problems = Vec::new();
    let steps: Vec<Markup> = routine
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let picture = step.image.as_ref().map(|asset| {
                read_image(&asset.path).map_err(|reason| ImageProblem {
                    step: i + 1,
                    step_name: step.name.clone(),
                    written: asset.written.clone(),
                    path: asset.path.clone(),
                    reason,
                })
            });
            let markup = step_html(i + 1, step, picture.as_ref());
            if let Some(Err(problem)) = picture {
                problems.push(problem);
            }
            markup
        })
        .collect();
    let page = html! {
        (DOCTYPE)
        html lang=(crate::l10n::language().to_string()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="stretch-timer";
                title { (routine.name) }
                style { (PreEscaped(PRINT_BASE_CSS)) (PreEscaped(CSS)) }
            }
            body {
                header {
                    h1 { (routine.name) }
                    @if let Some(summary) = &routine.summary {
                        div.summary { (paragraphs(summary)) }
                    }
                    p.facts {
                        @if let Some(author) = &routine.author {
                            span { (marked(tr!("handout-prepared-by", author = escaped(author)))) }
                        }
                        span { (marked(tr!("handout-total-time", time = clock(routine.total())))) }
                        span { (tr!("handout-steps", steps = routine.steps.len())) }
                    }
                    @if let Some(schedule) = routine.schedule {
                        p.prescription {
                            (marked(tr!(
                                "handout-schedule",
                                prescription = escaped(&crate::report::prescription_words(schedule))
                            )))
                        }
                    }
                }
                @if let Some(safety) = &routine.safety {
                    section.safety aria-label=(tr!("handout-safety")) {
                        h2 { (tr!("handout-before-you-start")) }
                        (paragraphs(safety))
                    }
                }
                main {
                    @for step in &steps { (step) }
                }
                // One block, so that the footer never stands alone on a last page.
                div.end {
                    section.notes {
                        h2 { (tr!("handout-notes")) }
                        @for _ in 0..4 { div.line {} }
                    }
                    footer { (tr!("handout-made-with")) }
                }
            }
        }
    };
    Handout {
        html: page.into_string(),
        problems,
    }
}

/// One step: heading with a tick box, the dose, the times, the picture and the instructions.
fn step_html(
    number: usize,
    step: &Step,
    picture: Option<&Result<(ImageKind, Vec<u8>), ImageProblem>>,
) -> Markup {
    html! {
        section.step {
            h2 {
                span.tick aria-hidden="true" {}
                span.name { (tr!("handout-step-title", number = number, name = step.name.as_str())) }
                span.time { (clock(step.total())) }
            }
            @let (holds, times): (Vec<Detail>, Vec<Detail>) =
                step.details().into_iter().partition(|d| matches!(d, Detail::Holds { .. }));
            @for holds in holds { p.dose { (details::said(holds)) } }
            @if !times.is_empty() {
                ul.times {
                    @for detail in times { li { (details::said(detail)) } }
                }
            }
            @match picture {
                Some(Ok((kind, bytes))) => {
                    figure {
                        img src=(data_uri(*kind, bytes))
                            alt=(tr!("handout-picture-alt", number = number, name = step.name.as_str()));
                    }
                }
                Some(Err(problem)) => {
                    p.missing {
                        (tr!(
                            "handout-picture-missing",
                            file = problem.written.as_str(),
                            reason = problem.reason.to_string()
                        ))
                    }
                }
                None => {}
            }
            @if let Some(instructions) = &step.instructions {
                div.instructions { (paragraphs(instructions)) }
            }
        }
    }
}

/// Reads a picture, checking its kind and size, and makes a PNG or JPEG the copy a page needs
/// ([`print_copy`]). See [`ImageError`] for what can go wrong.
fn read_image(path: &Path) -> Result<(ImageKind, Vec<u8>), ImageError> {
    let (kind, bytes) = read_as_it_is(path)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    let (kind, embedded) = print_copy(kind, bytes);
    if u64::try_from(embedded.len()).unwrap_or(u64::MAX) > MAX_IMAGE_BYTES {
        return Err(ImageError::TooLarge(read));
    }
    Ok((kind, embedded))
}

/// A phone photo as the page needs it: upright (its EXIF orientation applied, which browsers do
/// not all do for a `data:` picture) and at most [`photo::PRINT_LONG_SIDE`] on its long side, as
/// JPEG. A small upright picture, and one that cannot be decoded (the browser may still show
/// it), is embedded as it is.
fn print_copy(kind: ImageKind, bytes: Vec<u8>) -> (ImageKind, Vec<u8>) {
    if kind == ImageKind::Svg {
        return (kind, bytes);
    }
    match photo::print_copy(&bytes) {
        Ok(Some((PictureKind::Png, copy))) => (ImageKind::Png, copy),
        Ok(Some((_, copy))) => (ImageKind::Jpeg, copy),
        Ok(None) | Err(_) => (kind, bytes),
    }
}

fn read_as_it_is(path: &Path) -> Result<(ImageKind, Vec<u8>), ImageError> {
    let heic = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("heic") || e.eq_ignore_ascii_case("heif"));
    if heic {
        return Err(ImageError::Heic);
    }
    let kind = ImageKind::from_path(path).ok_or(ImageError::UnsupportedKind)?;
    // A photo is read as large as the player reads it, to be made smaller; an SVG goes in as it
    // is.
    let (most, too_large): (u64, fn(u64) -> ImageError) = match kind {
        ImageKind::Svg => (MAX_IMAGE_BYTES, ImageError::TooLarge),
        ImageKind::Png | ImageKind::Jpeg => (photo::MAX_PHOTO_BYTES, ImageError::PhotoTooLarge),
    };
    let file = File::open(path).map_err(ImageError::Unreadable)?;
    let len = file.metadata().map_err(ImageError::Unreadable)?.len();
    if len > most {
        return Err(too_large(len));
    }
    let mut bytes = Vec::new();
    // The file may have grown since its size was read: never read more than the limit and one.
    file.take(most + 1)
        .read_to_end(&mut bytes)
        .map_err(ImageError::Unreadable)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > most {
        return Err(too_large(read));
    }
    if !kind.matches(&bytes) {
        return Err(ImageError::NotAnImage(kind));
    }
    Ok((kind, bytes))
}

fn data_uri(kind: ImageKind, bytes: &[u8]) -> String {
    format!(
        "data:{};base64,{}",
        kind.mime(),
        base64::engine::general_purpose::STANDARD.encode(bytes)
    )
}

/// A message whose words mark what stands out (`<strong>`): the language files are the program's
/// own, and every argument put into one is [`escaped`] first.
fn marked(message: String) -> PreEscaped<String> {
    PreEscaped(message)
}

/// Text from a routine, made safe to put into a [`marked`] message.
fn escaped(text: &str) -> String {
    html! { (text) }.into_string()
}

/// A time as the app shows it, with its unit for paper: "12:30 min", "1:02:03 h".
fn clock(duration: Duration) -> String {
    let clock = format_clock(duration);
    if duration.as_secs() >= 3600 {
        tr!("handout-clock-hours", clock = clock)
    } else {
        tr!("handout-clock-minutes", clock = clock)
    }
}

/// Text as the routine writes it: a blank line starts a paragraph, a line break stays one.
fn paragraphs(text: &str) -> Markup {
    let normalised = text.replace("\r\n", "\n");
    let blocks: Vec<Vec<&str>> = normalised
        .split("\n\n")
        .map(|block| {
            block
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|lines| !lines.is_empty())
        .collect();
    html! {
        @for lines in &blocks {
            p {
                @for (i, line) in lines.iter().enumerate() {
                    @if i > 0 { br; }
                    (line)
                }
            }
        }
    }
}

/// "8.5"
fn mebibytes(bytes: u64) -> String {
    let tenths = bytes.saturating_mul(10) / (1024 * 1024);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// What every printable page (this handout, the therapist's report) shares: black on white in the
/// system's font, one readable column on screen, margins but no paper size in print (so A4 and
/// Letter both fit). Each page's own style follows it and sets its size and width.
pub const PRINT_BASE_CSS: &str = r#"
:root { color: #000; background: #fff; }
body {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.4; margin: 2rem auto; padding: 0 1.25rem;
}
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 0.4rem; }
p { margin: 0 0 0.4rem; }
@page { margin: 15mm; }
"#;

/// The page's style: readable on screen in one column; on paper black on white with system fonts,
/// margins but no paper size (so A4 and Letter both fit), steps kept whole, pictures bounded.
const CSS: &str = r#"
body { font-size: 11.5pt; max-width: 44rem; }
h2 { font-size: 13pt; line-height: 1.25; margin: 0; }
.summary p { font-size: 12pt; }
header { margin-bottom: 1rem; }
.facts { display: flex; flex-wrap: wrap; gap: 0.2rem 1.5rem; margin: 0.6rem 0 0; }
.prescription { margin: 0.4rem 0 0; }
.safety {
  border: 2pt solid #000; border-radius: 4pt; padding: 0.6rem 0.9rem 0.3rem;
  margin: 0 0 1rem; break-inside: avoid; page-break-inside: avoid;
}
.safety h2 { margin-bottom: 0.3rem; }
.step {
  display: flow-root; border-top: 1pt solid #000; padding: 0.7rem 0 0.6rem;
  break-inside: avoid; page-break-inside: avoid;
}
.step h2 { display: flex; align-items: baseline; gap: 0.6rem; }
.step h2 .name { flex: 1; }
.step h2 .time { font-weight: normal; font-size: 11pt; white-space: nowrap; }
.tick {
  flex: none; display: inline-block; width: 0.8em; height: 0.8em;
  border: 1.5pt solid #000; border-radius: 2pt; align-self: center;
}
.dose { font-weight: bold; margin: 0.3rem 0 0.2rem; }
.times { margin: 0 0 0.4rem; padding: 0; list-style: none; }
.times li { display: inline; }
.times li + li::before { content: " \00b7  "; white-space: pre; }
figure { float: right; max-width: 45%; margin: 0 0 0.5rem 1rem; }
figure img {
  display: block; max-width: 100%; max-height: 70mm; width: auto; height: auto;
  border: 0.5pt solid #000;
}
.missing { font-style: italic; border: 1pt dashed #000; padding: 0.2rem 0.4rem; }
.end { break-inside: avoid; page-break-inside: avoid; }
.notes { border-top: 1pt solid #000; padding-top: 0.7rem; }
.notes .line { height: 8mm; border-bottom: 0.75pt solid #000; }
footer { margin-top: 1.5rem; font-size: 9pt; text-align: center; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  a { color: #000; text-decoration: none; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_are_known_by_name_and_checked_by_content() {
        assert_eq!(
            ImageKind::from_path(Path::new("a/B.JPEG")),
            Some(ImageKind::Jpeg)
        );
        assert_eq!(ImageKind::from_path(Path::new("a.gif")), None);
        assert_eq!(ImageKind::from_path(Path::new("png")), None);
        assert!(ImageKind::Png.matches(b"\x89PNG\r\n\x1a\n...."));
        assert!(!ImageKind::Png.matches(b"\xFF\xD8\xFF\xE0"));
        assert!(ImageKind::Jpeg.matches(b"\xFF\xD8\xFF\xE0"));
        assert!(ImageKind::Svg.matches(b"\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<svg/>"));
        assert!(!ImageKind::Svg.matches(b"hello <svg"));
        assert!(!ImageKind::Svg.matches(b"<svg \xFF"));
        assert!(!ImageKind::Png.matches(b""));
    }

    #[test]
    fn sizes_in_mebibytes() {
        assert_eq!(mebibytes(MAX_IMAGE_BYTES + 1), "8.0");
        assert_eq!(mebibytes(12 * 1024 * 1024 + 600 * 1024), "12.5");
    }

    #[test]
    fn paragraphs_and_line_breaks_are_kept() {
        let markup = paragraphs("One.\nTwo.\r\n\r\n  Three <b>  \n\n\n").into_string();
        assert_eq!(markup, "<p>One.<br>Two.</p><p>Three &lt;b&gt;</p>");
    }
}
