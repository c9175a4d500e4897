//! The built-in drawings a step may name (`drawing: "knees-to-chest"`): their names as a
//! therapist types them. How each is drawn is the app's; the core knows only the names.

use serde::{Deserialize, Serialize};

/// Declares each drawing once: its variant and the one spelling the format accepts.
macro_rules! drawings {
    ($($(#[$doc:meta])* $variant:ident = $id:literal,)*) => {
        /// What a step's `drawing` field names: one of the app's own drawings of a position, or
        /// none at all. Written in the file as its [`Drawing::id`].
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, arbitrary::Arbitrary,
        )]
        pub enum Drawing {
            $($(#[$doc])* #[serde(rename = $id)] $variant,)*
        }

        impl Drawing {
            /// Every value, in the order the format's documentation lists them.
            pub const ALL: &'static [Drawing] = &[$(Drawing::$variant),*];

            /// Every spelling the format accepts, in the same order.
            pub const IDS: &'static [&'static str] = &[$($id),*];

            /// How the value is written in a routine file.
            pub fn id(self) -> &'static str {
                match self {
                    $(Drawing::$variant => $id,)*
                }
            }
        }
    };
}

drawings! {
    /// On the back, knees bent, feet flat.
    LyingKneesBent = "lying-knees-bent",
    /// On the back, both knees hugged to the chest.
    KneesToChest = "knees-to-chest",
    /// On the back at the end of a bench, one knee hugged, the other leg hanging off.
    BenchPsoas = "bench-psoas",
    /// On the back on the floor, one knee hugged, the other leg straight on the floor.
    FloorPsoas = "floor-psoas",
    /// Standing tall.
    Standing = "standing",
    /// A split stance, back leg stretched, hands on a chair.
    StandingLunge = "standing-lunge",
    /// Rolled to the side, pushing up to sit.
    GettingUp = "getting-up",
    /// No drawing, whatever the step's name says.
    NoDrawing = "none",
}

impl Drawing {
    /// The drawing written exactly as `written`; any other spelling is `None` (the checker then
    /// says which was meant, with [`Drawing::suggest`]).
    pub fn from_id(written: &str) -> Option<Drawing> {
        Drawing::ALL.iter().copied().find(|d| d.id() == written)
    }

    /// The spelling a person probably meant by `written` ("Knees to chest", "bench psoas
    /// stretch", "kness-to-chest"), if one is close enough to say so.
    pub fn suggest(written: &str) -> Option<Drawing> {
        let typed = written
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join("-");
        if typed.is_empty() {
            return None;
        }
        Drawing::ALL
            .iter()
            .map(|d| (strsim::jaro_winkler(&typed, d.id()), *d))
            .filter(|(score, _)| *score >= 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, d)| d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_drawing_has_one_spelling_and_it_reads_back() {
        assert_eq!(Drawing::ALL.len(), Drawing::IDS.len());
        for (d, id) in Drawing::ALL.iter().zip(Drawing::IDS) {
            assert_eq!(d.id(), *id);
            assert_eq!(Drawing::from_id(id), Some(*d));
            // Small letters and hyphens only: nothing to get wrong but the words.
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{id}"
            );
        }
        for other in [
            "Knees-to-chest",
            "knees to chest",
            " knees-to-chest",
            "None",
            "",
        ] {
            assert_eq!(Drawing::from_id(other), None, "{other}");
        }
    }

    #[test]
    fn spellings_a_person_might_type_suggest_the_one_they_meant() {
        for (typed, meant) in [
            ("Knees to chest", Drawing::KneesToChest),
            ("knees_to_chest", Drawing::KneesToChest),
            ("kness-to-chest", Drawing::KneesToChest),
            ("Bench psoas stretch", Drawing::BenchPsoas),
            ("floor psoas", Drawing::FloorPsoas),
            ("Getting up", Drawing::GettingUp),
            ("Standing lunge", Drawing::StandingLunge),
            ("Lying, knees bent", Drawing::LyingKneesBent),
            ("NONE", Drawing::NoDrawing),
        ] {
            assert_eq!(Drawing::suggest(typed), Some(meant), "{typed}");
        }
        for far in ["", "cat", "neck rotation"] {
            assert_eq!(Drawing::suggest(far), None, "{far}");
        }
    }
}
