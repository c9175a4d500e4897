//! What a screen reader needs from every screen: a window named after the app and the screen,
//! headings marked as headings, the focus on the new screen's heading when the screen changes
//! (else it falls on the window, and Orca says only "frame"), and what happens without anyone
//! moving the focus (a phase of the routine beginning, the sound gone) said aloud.
//!
//! Saying something aloud: [`announce`]. AccessKit sends a live region's text as the AT-SPI
//! `object:announcement` event, which Orca speaks from version 45 on; Orca 43 (Debian 12) has no
//! handler for it, and ignores a label's or a live region's changes (`object:property-change` and
//! `object:text-changed` of a label are dropped "due to role"). What every Orca speaks is a change
//! of the active window's name (`onNameChanged` for a frame, in Orca 43 and 49 alike). So what is
//! announced also becomes the window's name, in the same frame as the live region, until the
//! screen changes. An Orca that hears both is given the same words twice at once, and the second
//! interrupts the first (`speakMessage` interrupts): it is said once. docs/accessibility.md has the
//! log of Orca saying it, and `scripts/orca-player.sh` makes that log.

use egui::{Id, Response, RichText, Ui};

/// The app's name, as the window and the desktop launcher say it.
pub(crate) const APP_NAME: &str = "Stretch Timer";

/// Where the wish to focus the next heading drawn is kept, for one frame.
fn focus_key() -> egui::Id {
    egui::Id::unique("stretch-timer-focus-heading")
}

/// Where this frame's announcements are gathered, until the window is named.
fn asked_key() -> egui::Id {
    egui::Id::unique("stretch-timer-announcements-asked")
}

/// Where what the window was last called, and why, is kept from frame to frame.
fn named_key() -> egui::Id {
    egui::Id::unique("stretch-timer-window-named")
}

/// A heading: marked as one for screen readers, focusable, and given the focus when the screen
/// has just changed (the first heading drawn then takes it). `text` says its size and weight.
pub(crate) fn heading(ui: &mut Ui, text: impl Into<RichText>) -> Response {
    let text: RichText = text.into();
    let name = text.text().to_owned();
    let response = ui.add(egui::Label::new(text).sense(egui::Sense::focusable_noninteractive()));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Heading, true, &name));
    let wanted = ui
        .ctx()
        .data_mut(|d| d.remove_temp::<bool>(focus_key()))
        .is_some();
    if wanted {
        response.request_focus();
    }
    response
}

/// How soon something announced is said, beside other things announced in the same frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Urgency {
    /// Before anything else: the person must know it at once (no sound).
    First,
    /// In its turn.
    InTurn,
}

/// Says `text` to a screen reader once: in the first frame that asks with this `id`, not again
/// while every following frame asks with it too (a message shown for a while is said as it
/// appears). Called while drawing; said when the frame ends.
pub(crate) fn announce(ctx: &egui::Context, id: Id, text: &str, urgency: Urgency) {
    ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Vec<Asked>>(asked_key())
            .push(Asked {
                id,
                text: text.to_owned(),
                urgency,
            });
    });
}

#[derive(Debug, Clone)]
struct Asked {
    id: Id,
    text: String,
    urgency: Urgency,
}

/// The window's name from frame to frame.
#[derive(Debug, Clone, Default)]
struct Named {
    /// The screen's own name when the window was last named.
    screen: String,
    /// The announcements asked for in the last frame: one asked again is not said again.
    asked: Vec<Id>,
    /// What was last announced on this screen: the window keeps it as its name.
    said: Option<String>,
    /// What the window is called now.
    name: String,
    /// Something to say that reads as the window's name already does: the name is emptied for a
    /// frame first (screen readers say a name only when it changes, and say no empty name).
    again: Option<String>,
}

impl Named {
    /// The window's name for this frame, given the screen's name and the frame's announcements;
    /// whether another frame is needed to say something.
    fn next(&mut self, screen: String, asked: &[Asked]) -> (String, bool) {
        if screen != self.screen {
            self.screen = screen.clone();
            self.said = None;
            self.again = None;
        }
        let mut new: Vec<&Asked> = asked
            .iter()
            .filter(|a| !self.asked.contains(&a.id))
            .collect();
        new.sort_by_key(|a| a.urgency);
        self.asked = asked.iter().map(|a| a.id).collect();
        let words: Vec<&str> = new.iter().map(|a| a.text.as_str()).collect();
        let mut text = (!words.is_empty()).then(|| words.join(" "));
        if text.is_none() {
            text = self.again.take();
        }
        if let Some(text) = text {
            if text == self.name {
                self.again = Some(text);
                self.name = String::new();
                return (self.name.clone(), true);
            }
            self.said = Some(text);
        }
        self.name = self.said.clone().unwrap_or(screen);
        (self.name.clone(), false)
    }
}

/// Before a frame is drawn: if the screen has just changed (`changed`, cleared here), its first
/// heading takes the focus.
pub(crate) fn focus_heading_if_new(ctx: &egui::Context, changed: &mut bool) {
    if std::mem::take(changed) {
        ctx.data_mut(|d| d.insert_temp(focus_key(), true));
    }
}

/// After a frame is drawn: names the window `screen_name` (the app, then the screen), or after
/// what was just announced on it, and forgets a wish to focus a heading that no heading took (a
/// later screen must not take it by surprise). `changed`: the screen changed during this frame.
pub(crate) fn name_window(ctx: &egui::Context, changed: bool, screen_name: String) {
    ctx.data_mut(|d| d.remove_temp::<bool>(focus_key()));
    if changed {
        // Changed during this frame: the new screen is drawn, and its heading focused, next.
        ctx.request_repaint();
    }
    let asked = ctx
        .data_mut(|d| d.remove_temp::<Vec<Asked>>(asked_key()))
        .unwrap_or_default();
    let (name, again) = ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Named>(named_key())
            .next(screen_name, &asked)
    });
    if again {
        ctx.request_repaint();
    }
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(name));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(id: &str, text: &str, urgency: Urgency) -> Asked {
        Asked {
            id: Id::unique(id),
            text: text.to_owned(),
            urgency,
        }
    }

    const PLAYER: &str = "Stretch Timer: Playing a routine";

    #[test]
    fn an_announcement_names_the_window_until_the_screen_changes() {
        let mut named = Named::default();
        assert_eq!(
            named.next(PLAYER.to_owned(), &[]),
            (PLAYER.to_owned(), false)
        );
        let hold = || vec![asked("a", "Hold: Twist, 30 seconds.", Urgency::InTurn)];
        assert_eq!(
            named.next(PLAYER.to_owned(), &hold()),
            ("Hold: Twist, 30 seconds.".to_owned(), false)
        );
        // Still shown, not said again; the window keeps its name.
        assert_eq!(
            named.next(PLAYER.to_owned(), &hold()),
            ("Hold: Twist, 30 seconds.".to_owned(), false)
        );
        assert_eq!(
            named.next(PLAYER.to_owned(), &[]),
            ("Hold: Twist, 30 seconds.".to_owned(), false)
        );
        let done = "Stretch Timer: Routine complete".to_owned();
        assert_eq!(named.next(done.clone(), &[]), (done, false));
    }

    #[test]
    fn the_same_words_said_again_empty_the_name_for_a_frame_first() {
        let mut named = Named::default();
        let restart = |id| vec![asked(id, "Hold: Twist, 30 seconds.", Urgency::InTurn)];
        named.next(PLAYER.to_owned(), &restart("first"));
        assert_eq!(
            named.next(PLAYER.to_owned(), &restart("second")),
            (String::new(), true)
        );
        assert_eq!(
            named.next(PLAYER.to_owned(), &restart("second")),
            ("Hold: Twist, 30 seconds.".to_owned(), false)
        );
    }

    #[test]
    fn what_is_urgent_is_said_first_with_the_rest_of_the_frame() {
        let mut named = Named::default();
        let (name, _) = named.next(
            PLAYER.to_owned(),
            &[
                asked("phase", "Get ready: Twist, 15 seconds.", Urgency::InTurn),
                asked(
                    "sound",
                    "No sound: no speaker. Follow the screen.",
                    Urgency::First,
                ),
            ],
        );
        assert_eq!(
            name,
            "No sound: no speaker. Follow the screen. Get ready: Twist, 15 seconds."
        );
    }
}
