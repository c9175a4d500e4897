//! A routine being edited: every field as the person typed it, valid or not, and the writer that
//! turns it into a routine file.
//!
//! A draft is checked by writing it out and reading the text back with the same checker as
//! `stretch-timer check`, so the editor shows exactly the messages the command line would, and
//! what is saved is exactly what was checked. The writer puts every field on a line of its own
//! and remembers which field each line holds, so a message can be shown next to its field.

use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use super::fields::StepField;
use super::{
    AssetCheck, Diagnostic, Drawing, FORMAT_VERSION, Routine, Schedule, Sides, Step, Tone,
    defaults, format_duration, parse, parse_with,
};
use super::{format_clock, parse_duration};

/// A routine as typed in the editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// Comment lines at the top of the file (each starting with `//`), kept on save.
    pub header: String,
    /// The routine's name.
    pub name: String,
    /// A sentence or two on what it is for; empty for none.
    pub summary: String,
    /// Who wrote it; empty for none.
    pub author: String,
    /// Shown before it starts; empty for none.
    pub safety: String,
    /// Replaced cue sounds: the tone and the file, relative to the routine's folder.
    pub sounds: Vec<(Tone, String)>,
    /// How often it is prescribed; `None` for no prescription.
    pub schedule: Option<Schedule>,
    /// The therapist asks that the steps' instructions be read aloud.
    pub read_instructions: bool,
    /// The language it is written in (`de`, `fr-CA`); empty for none.
    pub language: String,
    /// The steps, in order.
    pub steps: Vec<StepDraft>,
}

/// A step as typed in the editor. Durations are text, as in the files (`"1m30s"`). The fuzz target
/// of the editor's check makes whole ones from bytes (`Arbitrary`), so a field added here is typed
/// into by the fuzzer too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, arbitrary::Arbitrary)]
#[serde(default)]
pub struct StepDraft {
    /// Short name.
    pub name: String,
    /// What to do; empty for none.
    pub instructions: String,
    /// Which sides.
    pub sides: Sides,
    /// How long each repetition is held.
    pub hold: String,
    /// Repetitions per side.
    pub reps: u32,
    /// Getting into position.
    pub prepare: String,
    /// Between repetitions.
    pub rest: String,
    /// Between the sides.
    pub switch_sides: String,
    /// Countdown ticks at the end of each hold.
    pub countdown: u32,
    /// A cue in the middle of each hold.
    pub halfway: bool,
    /// Breathing pace; empty for no breathing cues.
    pub breathe: String,
    /// A picture, relative to the routine's folder; empty for none.
    pub image: String,
    /// The built-in drawing named outright; `None` to let the step's name pick one.
    pub drawing: Option<Drawing>,
    /// A recording played when the step begins; empty for none.
    pub voice: String,
}

impl Default for StepDraft {
    fn default() -> Self {
        StepDraft {
            name: String::new(),
            instructions: String::new(),
            sides: Sides::Neither,
            hold: "30s".to_owned(),
            reps: defaults::REPS,
            prepare: format_duration(defaults::PREPARE),
            rest: format_duration(defaults::REST),
            switch_sides: format_duration(defaults::SWITCH_SIDES),
            countdown: defaults::COUNTDOWN,
            halfway: false,
            breathe: String::new(),
            image: String::new(),
            drawing: None,
            voice: String::new(),
        }
    }
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            header: String::new(),
            name: String::new(),
            summary: String::new(),
            author: String::new(),
            safety: String::new(),
            sounds: Vec::new(),
            schedule: None,
            read_instructions: false,
            language: String::new(),
            steps: vec![StepDraft::default()],
        }
    }
}

/// A field of a routine, to put a message next to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The routine as a whole (a missing field, the total time).
    Routine,
    /// The routine's name.
    Name,
    /// The summary.
    Summary,
    /// The author.
    Author,
    /// The safety text.
    Safety,
    /// A replaced cue sound.
    Sound(Tone),
    /// The prescription.
    Schedule,
    /// Whether the steps' instructions are read aloud.
    ReadInstructions,
    /// The language it is written in.
    Language,
    /// The list of steps (too many, none).
    Steps,
    /// A step's field, or the step as a whole (`None`), by index from 0.
    Step(usize, Option<StepField>),
}

/// A draft written as a routine file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The file's text.
    pub text: String,
    /// For each line (from 0), the field it holds.
    lines: Vec<Field>,
}

impl Written {
    /// The field that line `line` (counted from 1, as in messages) holds.
    pub fn field_at(&self, line: usize) -> Field {
        line.checked_sub(1)
            .and_then(|i| self.lines.get(i))
            .copied()
            .unwrap_or(Field::Routine)
    }
}

/// A draft after checking.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The text that was checked, which is what saving writes.
    pub written: Written,
    /// The routine, if the draft is valid.
    pub routine: Result<Routine, Vec<(Field, Diagnostic)>>,
}

impl Checked {
    /// The messages about `field`.
    pub fn problems_at(&self, field: Field) -> impl Iterator<Item = &Diagnostic> {
        self.routine
            .as_ref()
            .err()
            .into_iter()
            .flatten()
            .filter(move |(f, _)| *f == field)
            .map(|(_, d)| d)
    }

    /// How many problems there are.
    pub fn problem_count(&self) -> usize {
        self.routine.as_ref().err().map_or(0, Vec::len)
    }
}

impl Draft {
    /// A routine to edit, with the comment lines at the top of `source` (its file's text) kept.
    pub fn from_routine(routine: &Routine, source: Option<&str>) -> Draft {
        Draft {
            header: source.map(header_of).unwrap_or_default(),
            name: routine.name.clone(),
            summary: routine.summary.clone().unwrap_or_default(),
            author: routine.author.clone().unwrap_or_default(),
            safety: routine.safety.clone().unwrap_or_default(),
            sounds: routine
                .sounds
                .iter()
                .map(|(tone, asset)| (*tone, asset.written.clone()))
                .collect(),
            schedule: routine.schedule,
            read_instructions: routine.read_instructions,
            language: routine
                .language
                .as_ref()
                .map(|l| l.tag.clone())
                .unwrap_or_default(),
            steps: routine.steps.iter().map(StepDraft::from_step).collect(),
        }
    }

    /// Writes the draft as a routine file, whatever it holds.
    pub fn write(&self) -> Written {
        // Every field is named here, so a field added to the draft is a compile error until it is
        // written; one the writer left out would be deleted from the file on save.
        let Draft {
            header,
            name,
            summary,
            author,
            safety,
            sounds,
            schedule,
            read_instructions,
            language,
            steps,
        } = self;
        let mut w = Writer::default();
        for line in header.lines() {
            w.line(Field::Routine, line);
        }
        w.line(Field::Routine, "Routine(");
        w.line(Field::Routine, &format!("    format: {FORMAT_VERSION},"));
        w.line(Field::Name, &format!("    name: {},", quote(name)));
        for (field, key, text) in [
            (Field::Summary, "summary", summary),
            (Field::Author, "author", author),
            (Field::Safety, "safety", safety),
        ] {
            if !text.trim().is_empty() {
                w.line(field, &format!("    {key}: {},", quote(text)));
            }
        }
        if !sounds.is_empty() {
            w.line(Field::Routine, "    sounds: Sounds(");
            for (tone, file) in sounds {
                w.line(
                    Field::Sound(*tone),
                    &format!("        {}: {},", tone.name(), quote(file)),
                );
            }
            w.line(Field::Routine, "    ),");
        }
        if let Some(Schedule {
            days_per_week,
            times_per_day,
        }) = schedule
        {
            w.line(
                Field::Schedule,
                &format!(
                    "    schedule: Schedule(days_per_week: {days_per_week}, times_per_day: {times_per_day}),"
                ),
            );
        }
        if *read_instructions {
            w.line(Field::ReadInstructions, "    read_instructions: true,");
        }
        if !language.trim().is_empty() {
            w.line(
                Field::Language,
                &format!("    language: {},", quote(language)),
            );
        }
        w.line(Field::Steps, "    steps: [");
        for (i, step) in steps.iter().enumerate() {
            step.write(i, &mut w);
        }
        w.line(Field::Steps, "    ],");
        w.line(Field::Routine, ")");
        w.finish()
    }

    /// Writes the draft and checks it as `stretch-timer check` would a file in `folder`.
    pub fn check(&self, folder: Option<&Path>) -> Checked {
        self.checked(folder, None)
    }

    /// As [`Draft::check`], with each file it names also passing `files`.
    pub fn check_with(&self, folder: Option<&Path>, files: &dyn AssetCheck) -> Checked {
        self.checked(folder, Some(files))
    }

    fn checked(&self, folder: Option<&Path>, files: Option<&dyn AssetCheck>) -> Checked {
        let written = self.write();
        let parsed = match files {
            Some(files) => parse_with(&written.text, folder, files),
            None => parse(&written.text, folder),
        };
        let routine = parsed.map_err(|diagnostics| {
            diagnostics
                .into_iter()
                .map(|d| (written.field_at(d.pos.line), d))
                .collect()
        });
        Checked { written, routine }
    }

    /// The routine's length, as far as the durations typed can be read: `None` if one cannot.
    pub fn total(&self) -> Option<Duration> {
        self.steps.iter().map(StepDraft::total).sum()
    }

    /// The total as shown while editing: `12:30`, or `?` while a duration cannot be read.
    pub fn total_label(&self) -> String {
        self.total().map_or_else(|| "?".to_owned(), format_clock)
    }
}

impl StepDraft {
    /// A checked step, to edit.
    pub fn from_step(step: &Step) -> StepDraft {
        // Every field is named: a field added to `Step` is a compile error here until it is kept.
        let Step {
            name,
            instructions,
            sides,
            hold,
            reps,
            prepare,
            rest,
            switch_sides,
            countdown,
            halfway,
            breathe,
            image,
            drawing,
            voice,
        } = step;
        let written = |asset: &Option<super::Asset>| {
            asset
                .as_ref()
                .map(|a| a.written.clone())
                .unwrap_or_default()
        };
        StepDraft {
            name: name.clone(),
            instructions: instructions.clone().unwrap_or_default(),
            sides: *sides,
            hold: format_duration(*hold),
            reps: *reps,
            prepare: format_duration(*prepare),
            rest: format_duration(*rest),
            switch_sides: format_duration(*switch_sides),
            countdown: *countdown,
            halfway: *halfway,
            breathe: breathe.map(format_duration).unwrap_or_default(),
            image: written(image),
            drawing: *drawing,
            voice: written(voice),
        }
    }

    /// The step's length, if its durations can be read.
    pub fn total(&self) -> Option<Duration> {
        // Only a two-sided step switches sides: an unreadable switch time elsewhere changes nothing.
        let switch_sides = match self.sides {
            Sides::Both => parse_duration(&self.switch_sides).ok()?,
            _ => Duration::ZERO,
        };
        Some(super::step_length(
            self.sides,
            parse_duration(&self.hold).ok()?,
            self.reps.max(1),
            parse_duration(&self.prepare).ok()?,
            parse_duration(&self.rest).ok()?,
            switch_sides,
        ))
    }

    fn write(&self, index: usize, w: &mut Writer) {
        // Every field is named here, so a field added to the draft is a compile error until it is
        // written; one the writer left out would be deleted from the file on save.
        let StepDraft {
            name,
            instructions,
            sides,
            hold,
            reps,
            prepare,
            rest,
            switch_sides,
            countdown,
            halfway,
            breathe,
            image,
            drawing,
            voice,
        } = self;
        let unless_default = |text: &str, default: Duration| {
            (parse_duration(text).ok() != Some(default)).then(|| duration(text))
        };
        let unless_blank =
            |text: &str, write: fn(&str) -> String| (!text.trim().is_empty()).then(|| write(text));
        w.line(Field::Step(index, None), "        Step(");
        for &field in StepField::ALL {
            let value = match field {
                StepField::Name => Some(quote(name)),
                StepField::Instructions => unless_blank(instructions, quote),
                StepField::Sides => Some(format!("{sides:?}")),
                StepField::Hold => Some(duration(hold)),
                StepField::Reps => (*reps != defaults::REPS).then(|| reps.to_string()),
                StepField::Prepare => unless_default(prepare, defaults::PREPARE),
                StepField::Rest => unless_default(rest, defaults::REST),
                StepField::SwitchSides => unless_default(switch_sides, defaults::SWITCH_SIDES),
                StepField::Countdown => {
                    (*countdown != defaults::COUNTDOWN).then(|| countdown.to_string())
                }
                StepField::Halfway => halfway.then(|| "true".to_owned()),
                StepField::Breathe => unless_blank(breathe, duration),
                StepField::Image => unless_blank(image, |t| quote(t.trim())),
                StepField::Drawing => drawing.map(|d| quote(d.id())),
                StepField::Voice => unless_blank(voice, |t| quote(t.trim())),
            };
            if let Some(value) = value {
                w.line(
                    Field::Step(index, Some(field)),
                    &format!("            {}: {value},", field.key()),
                );
            }
        }
        w.line(Field::Step(index, None), "        ),");
    }
}

/// Lines of text with the field each holds.
#[derive(Default)]
struct Writer {
    text: String,
    lines: Vec<Field>,
}

impl Writer {
    fn line(&mut self, field: Field, text: &str) {
        self.text.push_str(text);
        self.text.push('\n');
        self.lines.push(field);
    }

    fn finish(self) -> Written {
        Written {
            text: self.text,
            lines: self.lines,
        }
    }
}

/// Text in double quotes, escaped so that it reads back the same, on one line.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A duration as typed: written in the files' own form when it can be read (`90` → `"1m30s"`),
/// else as typed, for the checker to explain.
fn duration(text: &str) -> String {
    match parse_duration(text) {
        Ok(d) => quote(&format_duration(d)),
        Err(_) => quote(text.trim()),
    }
}

/// The comment lines at the top of a routine file, before `Routine(`.
fn header_of(source: &str) -> String {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut header = String::new();
    for line in source.lines() {
        let trimmed = line.trim_end_matches('\r');
        if trimmed.trim_start().starts_with("//") {
            header.push_str(trimmed.trim_start());
            header.push('\n');
        } else {
            break;
        }
    }
    header
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundled;

    #[test]
    fn every_bundled_routine_is_written_back_as_itself_in_every_language() {
        for b in bundled::ALL {
            for &(language, text) in b.texts {
                let routine = b.load(language).unwrap();
                let draft = Draft::from_routine(&routine, Some(text));
                let checked = draft.check(None);
                let what = format!("{} in {language}", b.id);
                assert_eq!(checked.routine.as_ref().ok(), Some(&routine), "{what}");
                assert!(
                    checked.written.text.starts_with("// "),
                    "{what}: header kept"
                );
                assert_eq!(
                    Draft::from_routine(&routine, Some(&checked.written.text)),
                    draft,
                    "{what}"
                );
            }
        }
    }

    #[test]
    fn messages_point_at_the_field_typed() {
        let mut draft = Draft {
            name: "Morning".to_owned(),
            ..Draft::default()
        };
        draft.steps[0].name = "Psoas".to_owned();
        draft.steps.push(StepDraft {
            name: "Second".to_owned(),
            hold: "1.5m".to_owned(),
            breathe: "1s".to_owned(),
            ..StepDraft::default()
        });
        let checked = draft.check(None);
        let hold: Vec<String> = checked
            .problems_at(Field::Step(1, Some(StepField::Hold)))
            .map(|d| d.problem.to_string())
            .collect();
        assert_eq!(
            hold,
            [
                "hold: \"1.5m\" has a fraction; durations are whole seconds, e.g. \"1m30s\" instead of \"1.5m\""
            ]
        );
        assert_eq!(
            checked
                .problems_at(Field::Step(1, Some(StepField::Breathe)))
                .count(),
            1
        );
        assert_eq!(checked.problem_count(), 2);
        assert_eq!(draft.total(), None, "a duration cannot be read");
    }

    #[test]
    fn a_routines_language_is_kept_as_written_and_its_mistakes_are_shown_at_it() {
        let draft = Draft {
            name: "Abendprogramm".to_owned(),
            language: "de-AT".to_owned(),
            steps: vec![StepDraft {
                name: "Hüftöffner".to_owned(),
                ..StepDraft::default()
            }],
            ..Draft::default()
        };
        let routine = draft.check(None).routine.unwrap();
        let language = routine.language.as_ref().unwrap();
        assert_eq!(
            (language.tag.as_str(), language.voice),
            ("de-AT", crate::language::VoiceLanguage::German)
        );
        assert_eq!(Draft::from_routine(&routine, None), draft);
        let german = Draft {
            language: "German".to_owned(),
            ..draft
        };
        let checked = german.check(None);
        let said: Vec<String> = checked
            .problems_at(Field::Language)
            .map(|d| d.problem.to_string())
            .collect();
        assert_eq!(
            said,
            [r#""German" is not written as a language's code; did you mean "de"?"#]
        );
        assert_eq!(checked.problem_count(), 1);
    }

    #[test]
    fn an_empty_name_is_reported_at_the_name() {
        let checked = Draft::default().check(None);
        let routine_name: Vec<_> = checked.problems_at(Field::Name).collect();
        assert_eq!(routine_name.len(), 1);
        assert_eq!(
            checked
                .problems_at(Field::Step(0, Some(StepField::Name)))
                .count(),
            1
        );
    }

    #[test]
    fn text_with_quotes_and_new_lines_reads_back_the_same() {
        let mut draft = Draft {
            name: "A \"quoted\" \\ name".to_owned(),
            safety: "Line one.\nLine two:\ttabbed, /* not a comment */ // nor this".to_owned(),
            ..Draft::default()
        };
        draft.steps[0].name = "Step ) ], done".to_owned();
        let routine = draft.check(None).routine.unwrap();
        assert_eq!(routine.name, draft.name);
        assert_eq!(routine.safety.as_deref(), Some(draft.safety.as_str()));
        assert_eq!(routine.steps[0].name, draft.steps[0].name);
        // A control character (here BEL, pasted from somewhere) is written out escaped, and
        // refused at its field.
        draft.steps[0].name = "Step \u{7}".to_owned();
        let checked = draft.check(None);
        let problems: Vec<String> = checked
            .problems_at(Field::Step(0, Some(StepField::Name)))
            .map(|d| d.problem.to_string())
            .collect();
        assert_eq!(
            problems,
            ["name holds an invisible control character (U+0007) after \"Step \"; remove it"]
        );
    }

    #[test]
    fn totals_follow_the_typing() {
        let mut step = StepDraft {
            name: "S".to_owned(),
            hold: "30s".to_owned(),
            reps: 3,
            rest: "10".to_owned(),
            sides: Sides::Both,
            ..StepDraft::default()
        };
        // 5 s prepare + 2 × (3 × 30 + 2 × 10) + 5 s switch
        assert_eq!(step.total(), Some(Duration::from_secs(230)));
        step.hold = "1m".to_owned();
        assert_eq!(step.total(), Some(Duration::from_secs(410)));
        step.hold = "1m3".to_owned();
        assert_eq!(step.total(), None);
    }
}
