//! Questions the app asks in a modal window. Each button is an [`Answer`], named by the question
//! that offers it ([`Ask::choices`]), so the app's handling of answers is an exhaustive match:
//! rewording a button cannot leave it doing nothing.

use std::path::PathBuf;

use crate::history::SessionId;
use crate::tr;

/// A question the app is asking.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Ask {
    /// Stop the routine being played?
    StopRoutine,
    /// Save a routine that has problems? `over_valid`: the file on disk works.
    SaveWithProblems { count: usize, over_valid: bool },
    /// The file changed on disk since the editor opened it: overwrite?
    ChangedOnDisk { path: PathBuf },
    /// Leave the editor with unsaved changes?
    LeaveEditor,
    /// An imported routine has the name of one already there.
    ImportClash { package: PathBuf, message: String },
    /// Delete a session from the history? `what` says which.
    DeleteSession { id: SessionId, what: String },
    /// Set the damaged history file aside and start a new one?
    StartNewHistory { path: PathBuf },
}

/// What the person answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Answer {
    /// Leave things as they are (keep going, keep editing, cancel); also Escape or a click
    /// outside the window.
    Nothing,
    /// Stop the routine being played.
    StopRoutine,
    /// Keep the editor's changes as a draft, and leave the editor.
    KeepAsDraft,
    /// Save the routine although it has problems.
    SaveAnyway,
    /// Save over the file that changed on disk.
    ReplaceWithMine,
    /// Save, and leave the editor if that worked.
    SaveAndLeave,
    /// Throw the editor's changes away, and leave it.
    Discard,
    /// Import this package next to the routine of the same name, under another name.
    KeepBoth(PathBuf),
    /// Import this package in place of the routine of the same name.
    ReplaceMine(PathBuf),
    /// Delete this session from the history.
    DeleteSession(SessionId),
    /// Set the damaged history file aside and start a new one.
    StartNewHistory,
}

impl Ask {
    /// The question, as the window's heading.
    fn heading(&self) -> String {
        match self {
            Ask::StopRoutine => tr!("ask-stop"),
            Ask::SaveWithProblems { count, .. } => {
                let count: usize = *count;
                tr!("ask-save-problems", count = count)
            }
            Ask::ChangedOnDisk { .. } => tr!("ask-changed-on-disk"),
            Ask::LeaveEditor => tr!("ask-leave-editor"),
            Ask::ImportClash { .. } => tr!("ask-import-clash"),
            Ask::DeleteSession { .. } => tr!("ask-delete-session"),
            Ask::StartNewHistory { .. } => tr!("ask-new-history"),
        }
    }

    /// What is at stake.
    fn body(&self) -> String {
        match self {
            Ask::StopRoutine => tr!("ask-stop", "body"),
            Ask::SaveWithProblems {
                over_valid: true, ..
            } => tr!("ask-save-problems", "over-valid"),
            Ask::SaveWithProblems {
                over_valid: false, ..
            } => tr!("ask-save-problems", "body"),
            Ask::ChangedOnDisk { path } => tr!(
                "ask-changed-on-disk",
                "body",
                file = path.display().to_string()
            ),
            Ask::LeaveEditor => tr!("ask-leave-editor", "body"),
            Ask::ImportClash { message, .. } => message.clone(),
            Ask::DeleteSession { what, .. } => {
                tr!("ask-delete-session", "body", session = what.as_str())
            }
            Ask::StartNewHistory { path } => {
                tr!("ask-new-history", "body", file = path.display().to_string())
            }
        }
    }

    /// The buttons, in order: each one's text and the answer it gives. Exactly one gives
    /// [`Answer::Nothing`], which is also the answer to Escape.
    pub(super) fn choices(&self) -> Vec<(String, Answer)> {
        match self {
            Ask::StopRoutine => vec![
                (tr!("ask-keep-going"), Answer::Nothing),
                (tr!("ask-stop-routine"), Answer::StopRoutine),
            ],
            Ask::SaveWithProblems { .. } => vec![
                (tr!("ask-keep-as-draft"), Answer::KeepAsDraft),
                (tr!("ask-save-anyway"), Answer::SaveAnyway),
                (tr!("ask-keep-editing"), Answer::Nothing),
            ],
            Ask::ChangedOnDisk { .. } => vec![
                (tr!("ask-replace-with-mine"), Answer::ReplaceWithMine),
                (tr!("ask-keep-editing"), Answer::Nothing),
            ],
            Ask::LeaveEditor => vec![
                (tr!("ask-save"), Answer::SaveAndLeave),
                (tr!("ask-keep-as-draft"), Answer::KeepAsDraft),
                (tr!("ask-discard"), Answer::Discard),
                (tr!("ask-keep-editing"), Answer::Nothing),
            ],
            Ask::ImportClash { package, .. } => vec![
                (tr!("ask-keep-both"), Answer::KeepBoth(package.clone())),
                (
                    tr!("ask-replace-mine"),
                    Answer::ReplaceMine(package.clone()),
                ),
                (tr!("ask-cancel"), Answer::Nothing),
            ],
            Ask::DeleteSession { id, .. } => vec![
                (tr!("ask-delete-session-button"), Answer::DeleteSession(*id)),
                (tr!("ask-keep-it"), Answer::Nothing),
            ],
            Ask::StartNewHistory { .. } => vec![
                (tr!("ask-set-aside"), Answer::StartNewHistory),
                (tr!("ask-cancel"), Answer::Nothing),
            ],
        }
    }
}

/// Shows the question in a modal window; returns the answer once there is one. The window is
/// named by its question and marked modal for screen readers, and keeps the keyboard focus on
/// its buttons (on the answer that changes nothing when it opens). The Stop question is read
/// from a bench two metres away, mid-stretch: its text and buttons are large.
pub(super) fn ui(ctx: &egui::Context, ask: &Ask) -> Option<Answer> {
    let mut answer = None;
    let id = egui::Id::unique("ask");
    let heading = ask.heading();
    let large = matches!(ask, Ask::StopRoutine);
    let area = egui::Modal::default_area(id).accessible_name(heading.clone());
    let modal = egui::Modal::new(id).area(area).show(ctx, |ui| {
        // Never wider than the window (at the largest text a small window is 512 points wide).
        let room = ctx.content_rect().width() - 48.0;
        ui.set_max_width((if large { 640.0 } else { 480.0_f32 }).min(room));
        // The question is the window's name, so it is drawn here without a node of its own:
        // a screen reader says it once, as the dialog's name, when the focus moves in.
        let (size, body, space) = if large {
            (32.0, 22.0, 12.0)
        } else {
            (20.0, 14.0, 8.0)
        };
        let title = ui.painter().layout(
            heading.clone(),
            egui::FontId::proportional(size),
            ui.visuals().strong_text_color(),
            ui.available_width(),
        );
        let (rect, _) = ui.allocate_exact_size(title.size(), egui::Sense::hover());
        ui.painter()
            .galley(rect.min, title, ui.visuals().strong_text_color());
        ui.add_space(4.0);
        ui.label(egui::RichText::new(ask.body()).size(body));
        ui.add_space(space);
        let mut buttons = Vec::new();
        let mut safe = None;
        ui.horizontal_wrapped(|ui| {
            for (text, choice) in ask.choices() {
                let button = if large {
                    egui::Button::new(egui::RichText::new(text).size(24.0))
                        .min_size(egui::vec2(180.0, 56.0))
                } else {
                    egui::Button::new(text)
                };
                let response = ui.add(button);
                buttons.push(response.id);
                if response.clicked() {
                    answer = Some(choice.clone());
                }
                if choice == Answer::Nothing {
                    safe = Some(response);
                }
            }
        });
        let inside = ui
            .memory(egui::Memory::focused)
            .is_some_and(|focused| buttons.contains(&focused));
        if !inside && let Some(safe) = safe {
            safe.request_focus();
        }
    });
    ctx.accesskit_node_builder(id, egui::accesskit::Node::set_modal);
    // The window is centred by its size in the frame before: when its size changes (the app's
    // window was made larger, and the question's words now fit on fewer lines), it is drawn
    // again at once, centred, rather than half past the edge until something else moves.
    let size = modal.response.rect.size();
    let key = id.with("size");
    let before = ctx.data(|d| d.get_temp::<egui::Vec2>(key));
    ctx.data_mut(|d| d.insert_temp(key, size));
    if before.is_some_and(|before| before != size) {
        ctx.request_discard("the question's size changed");
    }
    if answer.is_none() && modal.should_close() {
        // Escape or a click outside: the safe answer, which changes nothing.
        return Some(Answer::Nothing);
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_question() -> Vec<Ask> {
        vec![
            Ask::StopRoutine,
            Ask::SaveWithProblems {
                count: 2,
                over_valid: true,
            },
            Ask::ChangedOnDisk {
                path: PathBuf::from("a.ron"),
            },
            Ask::LeaveEditor,
            Ask::ImportClash {
                package: PathBuf::from("a.zip"),
                message: "taken".to_owned(),
            },
            Ask::DeleteSession {
                id: SessionId(3),
                what: "The session of Mon 3 Mar 2025, 08:30".to_owned(),
            },
            Ask::StartNewHistory {
                path: PathBuf::from("history.sqlite3"),
            },
        ]
    }

    #[test]
    fn every_question_offers_one_way_out_that_changes_nothing() {
        for ask in every_question() {
            let choices = ask.choices();
            let nothing = choices.iter().filter(|(_, a)| *a == Answer::Nothing);
            assert_eq!(nothing.count(), 1, "{ask:?}");
            assert!(choices.len() >= 2, "{ask:?} offers no choice");
        }
    }

    #[test]
    fn no_two_buttons_of_a_question_read_or_answer_the_same() {
        for ask in every_question() {
            let choices = ask.choices();
            for (i, (text, answer)) in choices.iter().enumerate() {
                for (other_text, other) in &choices[i + 1..] {
                    assert_ne!(text, other_text, "{ask:?}");
                    assert_ne!(answer, other, "{ask:?}");
                }
            }
        }
    }

    #[test]
    fn an_import_clash_is_answered_for_the_package_asked_about() {
        let ask = Ask::ImportClash {
            package: PathBuf::from("shared.zip"),
            message: String::new(),
        };
        let answers: Vec<Answer> = ask.choices().into_iter().map(|(_, a)| a).collect();
        assert!(answers.contains(&Answer::KeepBoth(PathBuf::from("shared.zip"))));
        assert!(answers.contains(&Answer::ReplaceMine(PathBuf::from("shared.zip"))));
    }
}
