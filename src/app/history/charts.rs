//! The History screen's pictures: this week at a glance (a box per day, named for screen readers)
//! and the charts drawn with egui_plot, each with a one-line summary a screen reader can read.

use egui::{Color32, RichText, Ui};
use egui_plot::{Bar, BarChart, HLine, Line, LineStyle, MarkerShape, Plot, Points};

use crate::app::sessions::{self, HistoryView};
use crate::dates::{self, Style};
use crate::numbers::decimal;
use crate::tr;

/// A day of the week: what it is called in full, for screen readers.
fn day_name(date: jiff::civil::Date) -> String {
    dates::date(date, Style::WeekdayDayMonthLong)
}

pub(super) fn week_ui(ui: &mut Ui, view: &HistoryView) {
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            crate::app::widgets::pain::heading(ui, &tr!("week-heading"), 22.0);
            ui.horizontal_wrapped(|ui| {
                for day in view.week {
                    day_box(ui, day, day.date == view.today);
                }
            });
            ui.add_space(8.0);
            let streak = match (view.streak.days, view.streak.since) {
                (0, _) | (_, None) => tr!("week-no-streak"),
                (days, Some(since)) => {
                    tr!("week-streak", days = days, since = day_name(since))
                }
            };
            ui.label(RichText::new(streak).size(18.0).strong());
            if view.days_per_week < 7 {
                let days = 7 - view.days_per_week;
                ui.label(tr!("week-rest-days", days = days));
            }
            ui.add_space(12.0);
            crate::app::widgets::pain::heading(ui, &tr!("week-kept-heading"), 22.0);
            if view.kept.is_empty() {
                ui.label(tr!("week-no-prescription"));
            }
            for kept in &view.kept {
                let s = kept.schedule;
                let (routine, days, times) =
                    (kept.routine.as_str(), s.days_per_week, s.times_per_day);
                ui.label(
                    RichText::new(tr!(
                        "week-prescription",
                        routine = routine,
                        days = days,
                        times = times
                    ))
                    .strong(),
                );
                for (week, a) in [(true, kept.week), (false, kept.four_weeks)] {
                    let (done, expected) = (a.done, a.expected);
                    let line = match (week, a.fraction().map(|f| decimal(f * 100.0, 0))) {
                        (true, None) => tr!("week-last-7", done = done, expected = expected),
                        (false, None) => tr!("week-last-28", done = done, expected = expected),
                        (true, Some(percent)) => tr!(
                            "week-last-7-percent",
                            done = done,
                            expected = expected,
                            percent = percent
                        ),
                        (false, Some(percent)) => tr!(
                            "week-last-28-percent",
                            done = done,
                            expected = expected,
                            percent = percent
                        ),
                    };
                    ui.label(line);
                }
                ui.add_space(4.0);
            }
        });
}

/// One day of the week: its name, and a tick for each session done.
fn day_box(ui: &mut Ui, day: crate::progress::stats::Day, today: bool) {
    let size = egui::vec2(64.0, 64.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let visuals = ui.visuals();
    let done = day.sessions > 0;
    let fill = if done {
        visuals.selection.bg_fill
    } else {
        visuals.faint_bg_color
    };
    let stroke = if today {
        egui::Stroke::new(3.0, visuals.strong_text_color())
    } else {
        egui::Stroke::new(1.0, visuals.weak_text_color())
    };
    let painter = ui.painter();
    painter.rect(rect, 8.0, fill, stroke, egui::StrokeKind::Inside);
    let text = if done {
        visuals.strong_text_color()
    } else {
        visuals.text_color()
    };
    painter.text(
        rect.center_top() + egui::vec2(0.0, 6.0),
        egui::Align2::CENTER_TOP,
        dates::date(day.date, Style::Weekday),
        egui::FontId::proportional(16.0),
        text,
    );
    let mark = rect.center_bottom() - egui::vec2(0.0, 20.0);
    match day.sessions {
        0 => {}
        n => {
            // A tick, drawn (the default fonts have no ✔), and the count beside it if more than
            // one.
            let x = if n > 1 { mark.x - 10.0 } else { mark.x };
            let tick = [
                egui::pos2(x - 9.0, mark.y),
                egui::pos2(x - 3.0, mark.y + 7.0),
                egui::pos2(x + 9.0, mark.y - 8.0),
            ];
            painter.line(tick.to_vec(), egui::Stroke::new(3.5, text));
            if n > 1 {
                painter.text(
                    egui::pos2(x + 12.0, mark.y),
                    egui::Align2::LEFT_CENTER,
                    n.to_string(),
                    egui::FontId::proportional(20.0),
                    text,
                );
            }
        }
    }
    let name = day_name(day.date);
    let name = match (day.sessions, today) {
        (0, _) if day.future => tr!("week-day-to-come", day = name),
        (0, false) => tr!("week-day-not-done", day = name),
        (0, true) => tr!("week-today-not-done", day = name),
        (n, false) => tr!("week-day-done", day = name, sessions = n),
        (n, true) => tr!("week-today-done", day = name, sessions = n),
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
}

/// The date under the x axis: "3 Mar" within a year, "Mar 2025" beyond.
fn date_axis(mark: egui_plot::GridMark, range: &std::ops::RangeInclusive<f64>) -> String {
    let Some(date) = sessions::date_of_day(mark.value) else {
        return String::new();
    };
    if range.end() - range.start() > 400.0 {
        dates::date(date, Style::MonthYear)
    } else {
        dates::date(date, Style::DayMonth)
    }
}

/// A chart of the period `span` (day numbers) that shows, and does not move: the page scrolls
/// over it. Its key is a row above it ([`key`]), not egui_plot's legend, which sits on the chart
/// where the latest weeks are drawn and hides them.
fn chart(id: &str, height: f32, span: (f64, f64)) -> Plot<'static> {
    Plot::new(id)
        .height(height)
        .include_x(span.0)
        .include_x(span.1)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .x_axis_formatter(date_axis)
}

/// How a series is drawn, for its entry in a chart's key.
#[derive(Clone, Copy)]
enum Mark {
    Circle,
    Diamond,
    Bar,
    Dashes,
    /// A short upright line: a session's before joined to its after.
    Pair,
}

/// A chart's key: each series' mark in its colour and its name, in a row.
fn key(ui: &mut Ui, entries: &[(Mark, Color32, &str)]) {
    let side = ui.text_style_height(&egui::TextStyle::Body);
    ui.horizontal_wrapped(|ui| {
        for &(mark, colour, name) in entries {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
            let (c, r) = (rect.center(), side * 0.3);
            let shapes = match mark {
                Mark::Circle => vec![egui::Shape::circle_filled(c, r, colour)],
                Mark::Diamond => vec![egui::Shape::convex_polygon(
                    [(0.0, -1.3), (1.3, 0.0), (0.0, 1.3), (-1.3, 0.0)]
                        .map(|(x, y)| c + egui::vec2(x, y) * r)
                        .to_vec(),
                    colour,
                    egui::Stroke::NONE,
                )],
                Mark::Bar => vec![egui::Shape::rect_filled(
                    egui::Rect::from_center_size(c, egui::vec2(r * 1.4, side * 0.8)),
                    0.0,
                    colour,
                )],
                Mark::Pair => vec![egui::Shape::line_segment(
                    [
                        c - egui::vec2(0.0, side * 0.4),
                        c + egui::vec2(0.0, side * 0.4),
                    ],
                    egui::Stroke::new(2.5, colour),
                )],
                Mark::Dashes => [-1.2, 0.4]
                    .map(|dx| {
                        let from = c + egui::vec2(dx * r, 0.0);
                        egui::Shape::line_segment(
                            [from, from + egui::vec2(r * 0.8, 0.0)],
                            egui::Stroke::new(2.0, colour),
                        )
                    })
                    .to_vec(),
            };
            ui.painter().extend(shapes);
            ui.label(name);
            ui.add_space(ui.spacing().item_spacing.x * 2.0);
        }
    });
}

/// Colours that read on light and dark backgrounds and apart for colour-blind eyes (with shapes
/// that differ as well).
const BEFORE: Color32 = Color32::from_rgb(230, 140, 30);
const AFTER: Color32 = Color32::from_rgb(60, 140, 230);
/// The prescription's line: grey, which reads on both themes.
const PRESCRIBED: Color32 = Color32::from_gray(150);
/// The line from a session's pain before to its pain after: grey, under the coloured marks.
const PAIR: Color32 = Color32::from_gray(140);

pub(super) fn charts_ui(ui: &mut Ui, view: &HistoryView) {
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            let height = (ui.available_height() * 0.8).clamp(160.0, 300.0);
            crate::app::widgets::pain::heading(ui, &tr!("chart-pain-heading"), 22.0);
            let words = match view.average_pain {
                (None, None) => tr!("chart-no-pain"),
                (before, after) => {
                    let (counted_before, counted_after) = view.pain_counts;
                    let mut sentences = vec![tr!(
                        "chart-pain-counts",
                        before = counted_before,
                        after = counted_after
                    )];
                    let (before, after) =
                        (before.map(|a| decimal(a, 1)), after.map(|a| decimal(a, 1)));
                    sentences.extend(match (before, after) {
                        (Some(before), Some(after)) => {
                            Some(tr!("chart-pain-averages", before = before, after = after))
                        }
                        (Some(before), None) => {
                            Some(tr!("chart-pain-average-before", before = before))
                        }
                        (None, Some(after)) => Some(tr!("chart-pain-average-after", after = after)),
                        (None, None) => None,
                    });
                    if view.pain_weekly {
                        sentences.push(tr!("chart-pain-weekly"));
                    }
                    sentences.join(" ")
                }
            };
            ui.label(&words);
            key(
                ui,
                &[
                    (Mark::Circle, BEFORE, &tr!("chart-before")),
                    (Mark::Diamond, AFTER, &tr!("chart-after")),
                    (Mark::Pair, PAIR, &tr!("chart-pair")),
                ],
            );
            let plot = chart("history-pain", height, view.span)
                .include_y(0.0)
                .include_y(10.0)
                .show(ui, |plot| {
                    // Under the marks: each session's before joined to its after.
                    let pair = tr!("chart-pair");
                    for (i, [before, after]) in view.pain_pairs.iter().enumerate() {
                        plot.line(
                            Line::new(&pair, vec![[before.x, before.y], [after.x, after.y]])
                                .id(("pain-pair", i))
                                .color(PAIR)
                                .width(2.5)
                                .allow_hover(false),
                        );
                    }
                    plot.points(
                        Points::new(tr!("chart-before"), &view.pain_before[..])
                            .color(BEFORE)
                            .shape(MarkerShape::Circle)
                            .radius(4.0),
                    );
                    plot.points(
                        Points::new(tr!("chart-after"), &view.pain_after[..])
                            .color(AFTER)
                            .shape(MarkerShape::Diamond)
                            .radius(4.0),
                    );
                });
            let name = tr!("chart-pain-name", words = words.as_str());
            plot.response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));

            ui.add_space(12.0);
            crate::app::widgets::pain::heading(ui, &tr!("chart-minutes-heading"), 22.0);
            let total: f64 = view.minutes.iter().map(|(_, m)| m).sum();
            let (minutes, weeks) = (total.round(), view.minutes.len());
            let words = tr!("chart-minutes", minutes = minutes, weeks = weeks);
            ui.label(&words);
            let bars = view
                .minutes
                .iter()
                .map(|&(x, m)| Bar::new(x, m).width(5.0))
                .collect();
            let plot = chart("history-minutes", height, view.span)
                .include_y(0.0)
                .show(ui, |plot| {
                    plot.add(BarChart::new(tr!("chart-minutes-series"), bars).color(AFTER));
                });
            let name = tr!("chart-minutes-name", words = words.as_str());
            plot.response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));

            ui.add_space(12.0);
            crate::app::widgets::pain::heading(ui, &tr!("chart-sessions-heading"), 22.0);
            let done: f64 = view.sessions_per_week.iter().map(|(_, n)| n).sum();
            let (done, weeks) = (done.round(), view.sessions_per_week.len());
            let words = match view.prescribed_per_week {
                Some(p) => {
                    let prescribed = p.round();
                    tr!(
                        "chart-sessions-prescribed",
                        done = done,
                        weeks = weeks,
                        prescribed = prescribed
                    )
                }
                None => tr!("chart-sessions", done = done, weeks = weeks),
            };
            ui.label(&words);
            if view.prescribed_per_week.is_some() {
                key(
                    ui,
                    &[
                        (Mark::Bar, BEFORE, &tr!("chart-sessions-done")),
                        (Mark::Dashes, PRESCRIBED, &tr!("chart-prescribed")),
                    ],
                );
            }
            let bars = view
                .sessions_per_week
                .iter()
                .map(|&(x, n)| Bar::new(x, n).width(5.0))
                .collect();
            let plot = chart("history-sessions", height, view.span)
                .include_y(0.0)
                .show(ui, |plot| {
                    plot.add(BarChart::new(tr!("chart-sessions-done"), bars).color(BEFORE));
                    if let Some(p) = view.prescribed_per_week {
                        plot.hline(
                            HLine::new(tr!("chart-prescribed"), p)
                                .color(PRESCRIBED)
                                .width(2.0)
                                .style(LineStyle::dashed_loose()),
                        );
                    }
                });
            let name = tr!("chart-sessions-name", words = words.as_str());
            plot.response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
        });
}
