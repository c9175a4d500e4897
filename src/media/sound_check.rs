//! Recordings phones make that stretch-timer cannot play, known by their first bytes, so the
//! message can say what the file is and that converting it helps.

use crate::tr;

/// The formats that play, as messages list them: "WAV, OGG Vorbis, FLAC, MP3 and M4A (AAC)".
pub fn playable() -> String {
    tr!("sound-playable")
}

/// A kind of recording that phones make and stretch-timer cannot play.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unplayable {
    /// Opus in an Ogg file: WhatsApp, Signal and Telegram voice notes.
    Opus,
    /// AMR (narrow or wide band): older phones' voice recorders.
    Amr,
    /// A 3GP file: a phone's recording, usually AMR inside.
    ThreeGp,
    /// A picture named where a sound belongs.
    Picture,
}

impl std::fmt::Display for Unplayable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let playable = playable();
        let words = match self {
            Unplayable::Opus => tr!("sound-opus", playable = playable),
            Unplayable::Amr => tr!("sound-amr", playable = playable),
            Unplayable::ThreeGp => tr!("sound-3gp", playable = playable),
            Unplayable::Picture => tr!("sound-picture", playable = playable),
        };
        f.write_str(&words)
    }
}

impl Unplayable {
    /// What `bytes` are, if a kind that cannot be played. A 3GP file counts only once it failed
    /// to decode: some hold AAC, which plays.
    pub fn sniff(bytes: &[u8]) -> Option<Unplayable> {
        if bytes.starts_with(b"#!AMR") {
            return Some(Unplayable::Amr);
        }
        // An Ogg page whose first packet is Opus's identification header.
        if bytes.starts_with(b"OggS") && bytes.get(28..36) == Some(b"OpusHead") {
            return Some(Unplayable::Opus);
        }
        if bytes.get(4..8) == Some(b"ftyp") && bytes.get(8..11) == Some(b"3gp") {
            return Some(Unplayable::ThreeGp);
        }
        crate::media::photo::PictureKind::sniff(bytes).map(|_| Unplayable::Picture)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_formats_are_known_by_their_first_bytes() {
        assert_eq!(Unplayable::sniff(b"#!AMR\n\x7c"), Some(Unplayable::Amr));
        assert_eq!(Unplayable::sniff(b"#!AMR-WB\n"), Some(Unplayable::Amr));
        let mut ogg = b"OggS".to_vec();
        ogg.resize(28, 0);
        assert_eq!(
            Unplayable::sniff(&ogg),
            None,
            "an Ogg page too short to say"
        );
        ogg.extend_from_slice(b"OpusHead");
        assert_eq!(Unplayable::sniff(&ogg), Some(Unplayable::Opus));
        assert_eq!(
            Unplayable::sniff(b"\0\0\0\x18ftyp3gp4\0\0\0\0"),
            Some(Unplayable::ThreeGp)
        );
        assert_eq!(Unplayable::sniff(b"\0\0\0\x18ftypM4A \0\0\0\0"), None);
        assert_eq!(Unplayable::sniff(b"RIFF\0\0\0\0WAVE"), None);
    }
}
