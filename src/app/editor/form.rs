//! The editor's form: sections, rows with their message lines (kept even when empty, so the
//! form holds still), one-line and long text fields.

use egui::RichText;

pub(super) fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(4.0);
    ui.label(RichText::new(title).heading());
}

pub(super) fn problem(ui: &mut egui::Ui, message: &str) {
    ui.add(egui::Label::new(RichText::new(message).color(ui.visuals().error_fg_color)).wrap());
}

/// How the form's rows are laid out in the width there is: the label beside the field, or above
/// it where the window is narrow (a small window at a large text size).
#[derive(Debug, Clone, Copy)]
pub(super) struct Form {
    pub(super) label: f32,
    pub(super) field: f32,
    pub(super) stacked: bool,
}

impl Form {
    pub(super) fn of(ui: &egui::Ui) -> Form {
        const LABEL: f32 = 130.0;
        let width = ui.available_width();
        let stacked = width < 460.0;
        let field = if stacked {
            width
        } else {
            width - LABEL - ui.spacing().item_spacing.x
        };
        Form {
            label: LABEL,
            field: field.max(100.0),
            stacked,
        }
    }
}

/// One row of the form: the label, the widget (given its width), and a line kept for the
/// messages about the field, empty or not, so that a message coming or going moves nothing.
/// Returns whether the person was in the field (changed it, or left it).
pub(super) fn row(
    ui: &mut egui::Ui,
    form: Form,
    label: &str,
    messages: &[String],
    widget: impl FnOnce(&mut egui::Ui, f32) -> egui::Response,
) -> bool {
    let body = |ui: &mut egui::Ui| {
        let response = widget(ui, form.field);
        message_line(ui, form.field, messages);
        response.changed() || response.lost_focus()
    };
    if form.stacked {
        if !label.is_empty() {
            ui.label(label);
        }
        return body(ui);
    }
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(
            egui::vec2(form.label, ui.spacing().interact_size.y),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_min_width(form.label);
                ui.add(egui::Label::new(label).truncate());
            },
        );
        ui.allocate_ui_with_layout(
            egui::vec2(form.field, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            body,
        )
        .inner
    })
    .inner
}

/// The line under a field: its first message, wrapped within the field's width (all of them on
/// hover, in the list of problems, and to screen readers), or nothing. One line is kept either
/// way, so a message of one line moves nothing; a longer one is said whole rather than cut.
pub(super) fn message_line(ui: &mut egui::Ui, width: f32, messages: &[String]) {
    let height = ui.text_style_height(&egui::TextStyle::Body);
    let Some(first) = messages.first() else {
        ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
        return;
    };
    let text = match messages.len() {
        1 => first.clone(),
        n => {
            let more = n - 1;
            crate::tr!("editor-message-and-more", message = first, more = more)
        }
    };
    let color = ui.visuals().error_fg_color;
    let said = egui::WidgetText::from(RichText::new(text.as_str()).color(color));
    let galley = said.into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        width,
        egui::TextStyle::Body,
    );
    // One line takes the line kept for it, exactly; only more lines take more.
    let lines = galley.rows.len();
    let height = if lines > 1 {
        galley.size().y.max(height)
    } else {
        height
    };
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let mut line = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    line.add(egui::Label::new(RichText::new(text).color(color)).wrap())
        .on_hover_text(messages.join("\n"));
}

pub(super) fn line_edit(
    ui: &mut egui::Ui,
    text: &mut String,
    name: &str,
    hint: &str,
    width: f32,
) -> egui::Response {
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(width),
    );
    let name = name.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
    response
}

/// A text of a few lines, in a box of fixed height that scrolls: a long text grows inside it, not
/// down the page.
pub(super) fn text_edit(
    ui: &mut egui::Ui,
    text: &mut String,
    name: &str,
    hint: &str,
    width: f32,
) -> egui::Response {
    let rows = 3;
    let height = ui.text_style_height(&egui::TextStyle::Body) * rows as f32
        + 2.0 * ui.spacing().button_padding.y
        + 4.0;
    egui::ScrollArea::vertical()
        .id_salt(("text", name))
        .max_height(height)
        .min_scrolled_height(height)
        .auto_shrink([false, false])
        .max_width(width)
        .show(ui, |ui| {
            let response = ui.add(
                egui::TextEdit::multiline(text)
                    .hint_text(hint)
                    .desired_rows(rows)
                    .desired_width(width - ui.spacing().scroll.allocated_width() - 4.0),
            );
            let name = name.to_owned();
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &name)
            });
            response
        })
        .inner
}

/// Where a spin box keeps what was typed into it that is not a number, to be said under it.
pub(super) fn typed_id(index: usize, field: crate::routine::draft::StepField) -> egui::Id {
    egui::Id::unique(("not-a-number", index, field))
}

/// What was typed into the spin box `typed` and could not be read as a number ("three"), said in
/// a sentence; `None` once a number is typed.
pub(super) fn not_a_number(ui: &egui::Ui, typed: egui::Id, value: u32) -> Option<String> {
    let text = ui.data(|d| d.get_temp::<String>(typed))?;
    Some(crate::tr!(
        "editor-not-a-number",
        typed = text,
        value = value
    ))
}

/// A whole number in a spin box that can be dragged or typed into. What is typed and is not a
/// number is kept under `typed` ([`not_a_number`]), where egui alone would ignore it silently.
pub(super) fn whole_number(
    ui: &mut egui::Ui,
    value: &mut u32,
    range: std::ops::RangeInclusive<u32>,
    suffix: String,
    typed: egui::Id,
) -> egui::Response {
    let read: std::cell::Cell<Option<Option<String>>> = std::cell::Cell::new(None);
    let response = ui.add(
        egui::DragValue::new(value)
            .range(range)
            .suffix(suffix)
            .custom_parser(|text| {
                let number = number_typed(text);
                read.set(Some(number.is_none().then(|| text.trim().to_owned())));
                number
            }),
    );
    match read.take() {
        Some(Some(text)) if !text.is_empty() => {
            ui.data_mut(|d| d.insert_temp(typed, text));
        }
        Some(_) => ui.data_mut(|d| d.remove::<String>(typed)),
        None => {}
    }
    response
}

/// A number as a person types it into a spin box: digits, perhaps a sign (a typographic minus
/// too) and spaces between groups of digits.
fn number_typed(text: &str) -> Option<f64> {
    let text: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    text.parse().ok()
}
