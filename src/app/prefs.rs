//! What the person chooses once and keeps: persisted across runs with eframe's storage.

use serde::{Deserialize, Serialize};

use crate::audio::CueStyle;

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    /// Dark background: easier on the eyes in a dim room.
    #[default]
    Dark,
    /// Light background.
    Light,
}

/// The text sizes offered, as zooms of the whole interface, with their names.
pub const TEXT_SIZES: [(f32, &str); 3] = [(1.0, "Normal"), (1.5, "Large"), (2.0, "Largest")];

/// The person's settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Tones, spoken prompts, or both.
    pub style: CueStyle,
    /// 0.0 to 1.0.
    pub volume: f32,
    /// Sound off, volume kept.
    pub muted: bool,
    /// Countdown ticks in the last seconds of a hold.
    pub ticks: bool,
    /// Light or dark.
    pub theme: Theme,
    /// Text size, 1.0 to 2.0 (a zoom of the whole interface).
    pub text_scale: f32,
    /// Ask "How is your pain right now?" before a routine starts.
    pub ask_pain: bool,
    /// Spoken step names: on or off, language, rate.
    pub speech: crate::speech::SpeechSettings,
    /// The language of the app's words (`"de"`); `None`: the system's.
    pub language: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            style: CueStyle::Both,
            volume: 0.8,
            muted: false,
            ticks: true,
            theme: Theme::Dark,
            text_scale: 1.0,
            ask_pain: true,
            speech: crate::speech::SpeechSettings::default(),
            language: None,
        }
    }
}

impl Settings {
    /// The key under which eframe stores them.
    pub const KEY: &'static str = "stretch-timer-settings";

    /// The settings as the app last kept them in `file` (eframe's `app.ron`: a map from keys to
    /// RON text), if it has them and they can be read.
    pub fn saved_in(file: &std::path::Path) -> Option<Settings> {
        let text = std::fs::read_to_string(file).ok()?;
        let kept: std::collections::HashMap<String, String> = ron::from_str(&text).ok()?;
        ron::from_str::<Settings>(kept.get(Self::KEY)?).ok()
    }

    /// The language chosen in the app's Settings, as last kept (`None`: the system's, or no
    /// settings kept): the command line and the reminder daemon speak it too.
    pub fn saved_language() -> Option<crate::l10n::LanguageIdentifier> {
        let file = super::settings_file()?;
        crate::l10n::offered_named(&Self::saved_in(&file)?.language?)
    }

    /// Values read from storage are brought into range: a hand-edited or corrupted store must not
    /// make the interface unusable.
    pub fn sanitized(mut self) -> Self {
        self.volume = if self.volume.is_finite() {
            self.volume.clamp(0.0, 1.0)
        } else {
            0.8
        };
        self.text_scale = if self.text_scale.is_finite() {
            self.text_scale.clamp(1.0, 2.0)
        } else {
            1.0
        };
        self
    }
}
