//! The raw values, checked: every problem collected with the mark of the value it is about.

use std::path::{Component, Path};
use std::time::Duration;

use crate::limits::{self, Span, Whole};
use crate::routine::diagnostic::{Allowed, Owner, Problem, Refused};
use crate::routine::raw::{Located, Mark, RawDuration, RawRoutine, RawSchedule, RawStep};
use crate::routine::{
    Asset, AssetCheck, AssetUse, Drawing, FORMAT_VERSION, Language, Routine, Schedule, Sides, Step,
    defaults, parse_duration,
};

/// Raw structs to checked ones, collecting problems.
pub(super) struct Checker<'a> {
    folder: Option<&'a Path>,
    files: Option<&'a dyn AssetCheck>,
    problems: Vec<(Mark, Problem)>,
}

impl<'a> Checker<'a> {
    /// A checker for a routine in `folder` (`None`: not saved in a folder, so it may name no files).
    pub(super) fn new(folder: Option<&'a Path>) -> Self {
        Checker {
            folder,
            files: None,
            problems: Vec::new(),
        }
    }

    /// Also asks `files` whether each file named can be used.
    pub(super) fn with_files(mut self, files: &'a dyn AssetCheck) -> Self {
        self.files = Some(files);
        self
    }

    /// Whether every value checked so far was right.
    pub(super) fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }

    /// The problems found, each with the mark of the value it is about.
    pub(super) fn into_problems(self) -> Vec<(Mark, Problem)> {
        self.problems
    }

    fn report(&mut self, mark: Mark, problem: Problem) {
        self.problems.push((mark, problem));
    }

    pub(super) fn routine(&mut self, raw: Located<RawRoutine>) -> Option<Routine> {
        let at = raw.mark;
        let raw = raw.value;
        match raw.format {
            None => self.report(
                at,
                Problem::Missing {
                    field: "format",
                    owner: Owner::Routine,
                    example: "format: 1,",
                },
            ),
            Some(Located { value, mark }) if value > FORMAT_VERSION => {
                // Everything else may follow rules this version does not know: say only this.
                self.problems = vec![(mark, Problem::NewerFormat { found: value })];
                return None;
            }
            Some(Located { value, mark }) if value < FORMAT_VERSION => {
                self.report(mark, Problem::BadFormat { found: value });
            }
            Some(_) => {}
        }
        let name = self.name(
            raw.name,
            at,
            Owner::Routine,
            r#"name: "Morning psoas stretch","#,
        );
        let steps = match raw.steps {
            None => {
                self.report(
                    at,
                    Problem::Missing {
                        field: "steps",
                        owner: Owner::Routine,
                        example: r#"steps: [ Step(name: "Psoas stretch", hold: "30s") ],"#,
                    },
                );
                Vec::new()
            }
            Some(Located { value, mark }) => {
                if !limits::STEPS.contains(i64::try_from(value.len()).unwrap_or(i64::MAX)) {
                    self.report(mark, Problem::StepCount { found: value.len() });
                }
                value
                    .into_iter()
                    .enumerate()
                    .filter_map(|(i, step)| self.step(step, i + 1))
                    .collect()
            }
        };
        let schedule = match raw.schedule {
            None => Some(None),
            Some(Located { value, .. }) => self.schedule(&value).map(Some),
        };
        let mut sounds = Vec::new();
        let mut sounds_ok = true;
        for (tone, file) in raw.sounds.into_iter().flat_map(|s| s.value.0) {
            match self.asset(Some(file), AssetUse::Sound) {
                Some(Some(asset)) => sounds.push((tone, asset)),
                _ => sounds_ok = false,
            }
        }
        let routine = Routine {
            name: name?,
            summary: self.optional_text(raw.summary, "summary")?,
            author: self.optional_text(raw.author, "author")?,
            safety: self.optional_text(raw.safety, "safety")?,
            sounds,
            schedule: schedule?,
            read_instructions: raw.read_instructions.is_some_and(|r| r.value),
            language: self.language(raw.language)?,
            steps,
        };
        if !sounds_ok {
            return None;
        }
        let total = routine.total();
        if total > limits::ROUTINE_TOTAL {
            self.report(
                at,
                Problem::TooLongInTotal {
                    hours: total.as_secs() / 3600,
                },
            );
        }
        Some(routine)
    }

    /// `Some(None)` when absent, `Some(Some(_))` when it names a language the voice speaks, `None`
    /// after reporting a problem.
    fn language(&mut self, raw: Option<Located<String>>) -> Option<Option<Language>> {
        let Some(Located { value, mark }) = raw else {
            return Some(None);
        };
        match Language::parse(&value) {
            Ok(language) => Some(Some(language)),
            Err(fault) => {
                self.report(
                    mark,
                    Problem::Language {
                        found: value,
                        fault,
                    },
                );
                None
            }
        }
    }

    fn name(
        &mut self,
        name: Option<Located<String>>,
        at: Mark,
        owner: Owner,
        example: &'static str,
    ) -> Option<String> {
        let Some(Located { value, mark }) = name else {
            self.report(
                at,
                Problem::Missing {
                    field: "name",
                    owner,
                    example,
                },
            );
            return None;
        };
        let trimmed = value.trim();
        if !self.printable(trimmed, "name", mark, false) {
            return None;
        }
        let chars = trimmed.chars().count();
        if chars == 0 {
            self.report(mark, Problem::EmptyText { field: "name" });
            None
        } else if chars > limits::NAME_CHARS {
            self.report(
                mark,
                Problem::TooLong {
                    field: "name",
                    chars,
                    max: limits::NAME_CHARS,
                },
            );
            None
        } else {
            Some(trimmed.to_owned())
        }
    }

    fn step(&mut self, raw: Located<RawStep>, number: usize) -> Option<Step> {
        let at = raw.mark;
        let raw = raw.value;
        let owner = Owner::Step(number);
        let name = self.name(raw.name, at, owner, r#"name: "Psoas stretch","#);
        let hold = match raw.hold {
            None => {
                self.report(
                    at,
                    Problem::Missing {
                        field: "hold",
                        owner,
                        example: r#"hold: "30s","#,
                    },
                );
                None
            }
            some => self.duration(some, "hold", Duration::ZERO, limits::HOLD),
        };
        let reps = self.whole(raw.reps.as_ref(), "reps", defaults::REPS, limits::REPS);
        let prepare = self.duration(raw.prepare, "prepare", defaults::PREPARE, limits::PAUSE);
        let rest = self.duration(raw.rest, "rest", defaults::REST, limits::PAUSE);
        let switch_sides = self.duration(
            raw.switch_sides,
            "switch_sides",
            defaults::SWITCH_SIDES,
            limits::PAUSE,
        );
        let countdown = self.whole(
            raw.countdown.as_ref(),
            "countdown",
            defaults::COUNTDOWN,
            limits::COUNTDOWN,
        );
        let breathe = match raw.breathe {
            None => Some(None),
            some => self
                .duration(some, "breathe", Duration::ZERO, limits::BREATHE)
                .map(Some),
        };
        let image = self.asset(raw.image, AssetUse::Image);
        let drawing = self.drawing(raw.drawing);
        let voice_mark = raw.voice.as_ref().map(|v| v.mark);
        let mut voice = self.asset(raw.voice, AssetUse::Voice);
        if let (Some(Some(asset)), Some(prepare), Some(mark)) = (&voice, prepare, voice_mark)
            && let Some(length) = self.files.and_then(|files| files.length(&asset.path))
        {
            let needed = length + limits::VOICE_AFTER_START;
            if needed > prepare {
                self.report(
                    mark,
                    Problem::VoiceTooLong {
                        written: asset.written.clone(),
                        length,
                        prepare,
                        needed: Duration::from_secs(
                            needed.as_secs() + u64::from(needed.subsec_nanos() > 0),
                        ),
                    },
                );
                voice = None;
            }
        }
        Some(Step {
            name: name?,
            instructions: self.optional_text(raw.instructions, "instructions")?,
            sides: raw.sides.map_or(Sides::Neither, |s| s.value),
            hold: hold?,
            reps: reps?,
            prepare: prepare?,
            rest: rest?,
            switch_sides: switch_sides?,
            countdown: countdown?,
            halfway: raw.halfway.is_some_and(|h| h.value),
            breathe: breathe?,
            image: image?,
            drawing: drawing?,
            voice: voice?,
        })
    }

    fn schedule(&mut self, raw: &RawSchedule) -> Option<Schedule> {
        let days_per_week = self.whole(
            raw.days_per_week.as_ref(),
            "days_per_week",
            defaults::DAYS_PER_WEEK,
            limits::DAYS_PER_WEEK,
        );
        let times_per_day = self.whole(
            raw.times_per_day.as_ref(),
            "times_per_day",
            defaults::TIMES_PER_DAY,
            limits::TIMES_PER_DAY,
        );
        Some(Schedule {
            days_per_week: days_per_week?,
            times_per_day: times_per_day?,
        })
    }

    /// A text that may be left empty (`None`), or `None` after reporting a problem. Line breaks and
    /// tabs are kept; other control characters are refused.
    fn optional_text(
        &mut self,
        raw: Option<Located<String>>,
        field: &'static str,
    ) -> Option<Option<String>> {
        let Some(Located { value, mark }) = raw else {
            return Some(None);
        };
        if !self.printable(&value, field, mark, true) {
            return None;
        }
        Some(Some(value).filter(|t| !t.trim().is_empty()))
    }

    /// Whether `text` holds no control character (but line breaks and tabs where `lines`); reports
    /// the first one if it does.
    fn printable(&mut self, text: &str, field: &'static str, mark: Mark, lines: bool) -> bool {
        let Some((at, c)) = text
            .char_indices()
            .find(|(_, c)| c.is_control() && !(lines && matches!(c, '\n' | '\t')))
        else {
            return true;
        };
        let before: String = text[..at].chars().rev().take(20).collect();
        self.report(
            mark,
            Problem::ControlCharacter {
                field,
                code: u32::from(c),
                after: before.chars().rev().collect(),
            },
        );
        false
    }

    fn whole(
        &mut self,
        raw: Option<&Located<i64>>,
        field: &'static str,
        default: u32,
        allowed: Whole,
    ) -> Option<u32> {
        let Some(&Located { value, mark }) = raw else {
            return Some(default);
        };
        match u32::try_from(value) {
            Ok(v) if allowed.contains(value) => Some(v),
            _ => {
                self.report(
                    mark,
                    Problem::OutOfRange {
                        field,
                        found: value.to_string(),
                        allowed: Allowed::Whole(allowed),
                    },
                );
                None
            }
        }
    }

    fn duration(
        &mut self,
        raw: Option<Located<RawDuration>>,
        field: &'static str,
        default: Duration,
        allowed: Span,
    ) -> Option<Duration> {
        let Some(Located { value, mark }) = raw else {
            return Some(default);
        };
        let (parsed, written) = match value {
            RawDuration::Seconds(s) => (Ok(Duration::from_secs(s)), s.to_string()),
            RawDuration::Negative(n) => {
                self.report(
                    mark,
                    Problem::OutOfRange {
                        field,
                        found: n.to_string(),
                        allowed: Allowed::Span(allowed),
                    },
                );
                return None;
            }
            RawDuration::Fraction(f) => (
                Err(crate::routine::DurationError::Fraction(f.to_string())),
                f.to_string(),
            ),
            RawDuration::Text(t) => (parse_duration(&t), format!("\"{t}\"")),
        };
        match parsed {
            Err(source) => {
                self.report(mark, Problem::Duration { field, source });
                None
            }
            Ok(d) if !allowed.contains(d) => {
                self.report(
                    mark,
                    Problem::OutOfRange {
                        field,
                        found: written,
                        allowed: Allowed::Span(allowed),
                    },
                );
                None
            }
            Ok(d) => Some(d),
        }
    }

    /// `Some(None)` when absent, `Some(Some(_))` when written as the format spells it, `None`
    /// after reporting a problem.
    fn drawing(&mut self, raw: Option<Located<String>>) -> Option<Option<Drawing>> {
        let Some(Located { value, mark }) = raw else {
            return Some(None);
        };
        match Drawing::from_id(&value) {
            Some(drawing) => Some(Some(drawing)),
            None => {
                self.report(
                    mark,
                    Problem::UnknownDrawing {
                        suggestion: Drawing::suggest(&value),
                        found: value,
                    },
                );
                None
            }
        }
    }

    /// `Some(None)` when absent, `Some(Some(_))` when found, `None` after reporting a problem.
    fn asset(&mut self, raw: Option<Located<String>>, used_as: AssetUse) -> Option<Option<Asset>> {
        let field = used_as.field();
        let Some(Located {
            value: written,
            mark,
        }) = raw
        else {
            return Some(None);
        };
        let Some(folder) = self.folder else {
            self.report(mark, Problem::AssetWithoutFolder { field, written });
            return None;
        };
        let relative = Path::new(&written);
        let inside = relative
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        if written.trim().is_empty() {
            self.report(mark, Problem::EmptyFile { field });
            return None;
        }
        if !self.printable(&written, field, mark, false) {
            return None;
        }
        if !inside {
            self.report(mark, Problem::AssetOutside { field, written });
            return None;
        }
        let path = folder.join(relative);
        if !path.is_file() {
            self.report(
                mark,
                Problem::AssetMissing {
                    field,
                    written,
                    path,
                },
            );
            return None;
        }
        // A link inside the folder may still point out of it.
        let escapes = match (path.canonicalize(), folder.canonicalize()) {
            (Ok(file), Ok(dir)) => !file.starts_with(dir),
            _ => true,
        };
        if escapes {
            self.report(mark, Problem::AssetOutside { field, written });
            return None;
        }
        if let Some(Err(reason)) = self.files.map(|files| files.check(used_as, &path)) {
            self.report(
                mark,
                Problem::AssetUnusable {
                    field,
                    written,
                    reason: Refused(reason),
                },
            );
            return None;
        }
        Some(Some(Asset { written, path }))
    }
}
