//! The app's colours and smallest text, readable in both themes: every colour text is drawn in
//! has a contrast of at least 4.5:1 (WCAG's AA for body text) against every background it is
//! drawn on, and no text style is under 12 points. egui's own greys for weak text (2.7:1 on the
//! dark theme, 2.9:1 on the light), its light theme's links, warnings and errors, and its
//! 9-point small text do not.

use egui::{Color32, FontId, Style};

/// The smallest text, in points: egui's `Small` is 9.
pub(crate) const SMALLEST: f32 = 12.0;

/// Changes `style` (one theme's) to readable colours and sizes.
pub(crate) fn readable(style: &mut Style) {
    let visuals = &mut style.visuals;
    if visuals.dark_mode {
        // Normal text a little brighter, so that weak text can be less bright and still read.
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(185);
        visuals.weak_text_color = Some(Color32::from_gray(150));
        visuals.error_fg_color = Color32::from_rgb(255, 110, 110);
    } else {
        visuals.weak_text_color = Some(Color32::from_gray(95));
        visuals.hyperlink_color = Color32::from_rgb(0, 90, 180);
        visuals.warn_fg_color = Color32::from_rgb(0xa8, 0x3c, 0x00);
        visuals.error_fg_color = Color32::from_rgb(190, 0, 0);
    }
    for font in style.text_styles.values_mut() {
        if font.size < SMALLEST {
            *font = FontId::new(SMALLEST, font.family.clone());
        }
    }
}
