//! `stretch-timer new NAME`: a commented template routine in the user's folder.

use std::io::Write;

use anyhow::{Context as _, bail};
use stretch_timer::home::{self, Home};
use stretch_timer::routine;
use stretch_timer::routine::draft::quote;
use stretch_timer::tr;

use super::EXIT_OK;

/// The template, with `NAME` where the routine's name goes.
const TEMPLATE: &str = include_str!("../../assets/template.ron");

/// The template with its name filled in.
pub fn template(name: &str) -> String {
    TEMPLATE.replacen("name: NAME,", &format!("name: {},", quote(name.trim())), 1)
}

pub fn run(name: &str, home: &Home, out: &mut dyn Write) -> anyhow::Result<u8> {
    let text = template(name);
    // The name is checked as in any routine (not empty, at most 80 characters), before anything
    // is written.
    if let Err(diagnostics) = routine::parse(&text, None) {
        let problems: Vec<String> = diagnostics.iter().map(|d| d.problem.to_string()).collect();
        let (name, problems) = (name.trim(), problems.join("; "));
        bail!(tr!("new-bad-name", name = name, problems = problems));
    }
    let dir = home.ensure_routines()?;
    let path = dir.join(format!("{}.ron", home::slug(name)));
    // Never over a file already there: `create_new` fails if it exists, even if it appeared just now.
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
    {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            bail!(tr!("new-exists", file = path.display().to_string()))
        }
        Err(e) => {
            let file = path.display().to_string();
            return Err(e).with_context(|| tr!("new-not-created", file = file));
        }
    };
    if let Err(e) = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
    {
        // A disk that filled up mid-way must not leave an empty or half routine in the library.
        drop(file);
        let _ = std::fs::remove_file(&path);
        let file = path.display().to_string();
        return Err(e).with_context(|| tr!("new-not-written", file = file));
    }
    writeln!(out, "{}", path.display())?;
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_a_valid_routine_with_the_name_given() {
        let r = routine::parse(&template("Mrs \"K\" — hips"), None).unwrap();
        assert_eq!(r.name, "Mrs \"K\" — hips");
        assert_eq!(r.steps.len(), 2);
    }
}
