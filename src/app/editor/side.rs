//! The editor's side panel: the total time, the problems, the timeline, and the preview.

use std::time::Duration;

use egui::RichText;

use super::{Editor, EditorAction, PREVIEW_SPEED, is_shown};
use crate::engine::{PhaseKind, Plan};
use crate::routine::draft::Field;
use crate::routine::format_clock;
use crate::{details, tr};

/// The plan as a strip: holds dark, the rest light, and a cursor at `position`.
pub(super) fn timeline(ui: &mut egui::Ui, plan: &Plan, position: Option<Duration>) {
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), 28.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let total = plan.total.as_secs_f32().max(1.0);
    let x = |t: Duration| rect.left() + rect.width() * t.as_secs_f32() / total;
    let visuals = ui.visuals();
    painter.rect_filled(rect, 2.0, visuals.extreme_bg_color);
    for phase in &plan.phases {
        let span = egui::Rect::from_x_y_ranges(x(phase.start)..=x(phase.end()), rect.y_range());
        let color = match phase.kind {
            PhaseKind::Hold => visuals.selection.bg_fill,
            PhaseKind::Prepare => visuals.widgets.inactive.bg_fill,
            PhaseKind::Rest | PhaseKind::SwitchSides => visuals.faint_bg_color,
        };
        painter.rect_filled(span.shrink2(egui::vec2(0.5, 0.0)), 0.0, color);
    }
    if let Some(at) = position {
        let cx = x(at);
        painter.line_segment(
            [egui::pos2(cx, rect.top()), egui::pos2(cx, rect.bottom())],
            egui::Stroke::new(2.0, visuals.strong_text_color()),
        );
    }
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, tr!("editor-timeline")));
}

impl Editor {
    /// The total, the problems, and the preview.
    pub(super) fn side_ui(
        &mut self,
        ui: &mut egui::Ui,
        now: Duration,
        action: &mut Option<EditorAction>,
    ) -> bool {
        ui.add_space(6.0);
        let total = self.draft.total_label();
        ui.label(RichText::new(tr!("editor-total-time", total = total)).heading());
        let (shown, hidden) = self.problem_counts();
        if shown + hidden == 0 {
            ui.label(tr!("editor-no-problems"));
        } else if shown == 0 {
            ui.label(tr!("editor-not-ready"));
        } else {
            ui.label(
                RichText::new(tr!("editor-problems-to-fix", count = shown))
                    .color(ui.visuals().error_fg_color),
            );
            egui::ScrollArea::vertical()
                .id_salt("problems")
                .max_height(180.0)
                .show(ui, |ui| {
                    let problems = self.checked.routine.as_ref().err().into_iter().flatten();
                    for (field, d) in problems.filter(|(f, _)| is_shown(&self.shown, *f)) {
                        let problem = crate::problems::said_in_form(&d.problem);
                        ui.label(match field {
                            Field::Step(i, _) => {
                                let step = i + 1;
                                tr!("editor-step-problem", step = step, problem = problem)
                            }
                            _ => problem,
                        });
                    }
                });
            if hidden > 0 {
                ui.label(RichText::new(tr!("editor-not-filled-in", count = hidden)).weak());
            }
        }
        ui.separator();
        ui.label(RichText::new(tr!("editor-preview")).strong());
        let Some(routine) = self.checked.routine.as_ref().ok() else {
            ui.label(RichText::new(tr!("editor-preview-after-fixing")).weak());
            self.preview_started = None;
            return false;
        };
        let Some(plan) = &self.plan else {
            return false;
        };
        let position = self
            .preview_started
            .map(|start| now.saturating_sub(start) * PREVIEW_SPEED)
            .filter(|p| *p < plan.total);
        if self.preview_started.is_some() && position.is_none() {
            self.preview_started = None;
        }
        timeline(ui, plan, position);
        match position {
            Some(at) => {
                if let Some(phase) = plan.phase_at(at).and_then(|i| plan.phases.get(i)) {
                    let step = routine
                        .steps
                        .get(phase.step)
                        .map_or("", |s| s.name.as_str());
                    let (at, total) = (format_clock(at), format_clock(plan.total));
                    let number = phase.step + 1;
                    ui.label(tr!(
                        "editor-preview-at",
                        at = at,
                        total = total,
                        number = number,
                        step = step,
                        phase = details::phase_key(phase.kind),
                        side = details::side_key(phase.side)
                    ));
                }
                if ui.button(tr!("editor-stop-preview")).clicked() {
                    self.preview_started = None;
                }
            }
            None => {
                ui.label(RichText::new(tr!("editor-preview-speed", speed = PREVIEW_SPEED)).weak());
                if ui.button(tr!("editor-play-preview")).clicked() {
                    self.preview_started = Some(now);
                }
            }
        }
        ui.add_space(6.0);
        if ui.button(tr!("editor-try-in-player")).clicked() {
            *action = Some(EditorAction::TryFrom(0));
        }
        self.preview_started.is_some()
    }
}
