//! The app's loader for pictures on disk (`file://` URIs of PNG, JPEG and HEIC files): each is
//! decoded on a thread of its own, upright and at most [`SCREEN_LONG_SIDE`] on its long side,
//! and handed to egui, which keeps the texture per path; the pixels are not kept here after
//! that. egui_extras' loader would keep the full decoded picture (a 48-megapixel photo is 183 MiB
//! of pixels) and make a texture larger than a GPU may allow (egui panics on that).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use egui::load::{ImageLoadResult, ImageLoader, ImagePoll, LoadError, SizeHint};
use egui::{ColorImage, Context};

use super::photo::{self, SCREEN_LONG_SIDE};
use crate::tr;

/// Pictures shown in the app, decoded once each.
#[derive(Default)]
pub struct PhotoLoader {
    cache: Arc<Mutex<HashMap<String, Entry>>>,
}

#[derive(Clone)]
enum Entry {
    Pending,
    Ready(Arc<ColorImage>),
    Failed(String),
}

impl PhotoLoader {
    /// Installs the loader on `ctx`, ahead of egui's own for the files it handles.
    pub fn install(ctx: &Context) {
        ctx.add_image_loader(Arc::new(PhotoLoader::default()));
    }
}

/// The file a URI names, if it is a picture this loader decodes (by its name: a `.svg` is
/// egui_extras', and anything else is not a picture).
fn photo_path(uri: &str) -> Option<&str> {
    let path = uri.strip_prefix("file://")?;
    let ext = std::path::Path::new(path)
        .extension()?
        .to_str()?
        .to_ascii_lowercase();
    matches!(ext.as_str(), "png" | "jpg" | "jpeg" | "heic" | "heif").then_some(path)
}

fn color_image(photo: &photo::Photo) -> ColorImage {
    let rgba = photo.image.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    ColorImage::from_rgba_unmultiplied(size, rgba.as_raw())
}

impl ImageLoader for PhotoLoader {
    fn id(&self) -> &str {
        egui::generate_loader_id!(PhotoLoader)
    }

    fn load(&self, ctx: &Context, uri: &str, _: SizeHint) -> ImageLoadResult {
        let Some(path) = photo_path(uri) else {
            return Err(LoadError::NotSupported);
        };
        let Ok(mut cache) = self.cache.lock() else {
            return Err(LoadError::Loading(tr!("photo-cache-broken")));
        };
        match cache.get(uri) {
            Some(Entry::Ready(_)) => {
                // egui keeps the texture made from it: the pixels are not kept twice.
                if let Some(Entry::Ready(image)) = cache.remove(uri) {
                    return Ok(ImagePoll::Ready { image });
                }
            }
            Some(Entry::Pending) => return Ok(ImagePoll::Pending { size: None }),
            Some(Entry::Failed(reason)) => return Err(LoadError::Loading(reason.clone())),
            None => {}
        }
        cache.insert(uri.to_owned(), Entry::Pending);
        let (shared, ctx, key, path) = (
            Arc::clone(&self.cache),
            ctx.clone(),
            uri.to_owned(),
            std::path::PathBuf::from(path),
        );
        let decode = move || {
            let entry = match photo::load(&path, SCREEN_LONG_SIDE) {
                Ok(photo) => Entry::Ready(Arc::new(color_image(&photo))),
                Err(e) => Entry::Failed(format!("{}: {e}", path.display())),
            };
            if let Ok(mut cache) = shared.lock() {
                // Forgotten meanwhile: the result is not wanted.
                if cache.contains_key(&key) {
                    cache.insert(key, entry);
                }
            }
            ctx.request_repaint();
        };
        if let Err(e) = std::thread::Builder::new()
            .name("stretch-timer-photo".to_owned())
            .spawn(decode)
        {
            let reason = e.to_string();
            let reason = tr!("photo-no-thread", reason = reason);
            cache.insert(uri.to_owned(), Entry::Failed(reason.clone()));
            return Err(LoadError::Loading(reason));
        }
        Ok(ImagePoll::Pending { size: None })
    }

    fn forget(&self, uri: &str) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.remove(uri);
        }
    }

    fn forget_all(&self) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.clear();
        }
    }

    fn byte_size(&self) -> usize {
        self.cache.lock().map_or(0, |cache| {
            cache
                .values()
                .map(|entry| match entry {
                    Entry::Ready(image) => image.pixels.len() * 4,
                    Entry::Pending | Entry::Failed(_) => 0,
                })
                .sum()
        })
    }

    fn has_pending(&self) -> bool {
        self.cache
            .lock()
            .is_ok_and(|cache| cache.values().any(|entry| matches!(entry, Entry::Pending)))
    }
}
