//! The `stretch-timer` command: checks, plans and lists routines.
//!
//! On Windows this is a GUI program (no console window opens with the app); the command line's
//! console twin, `stretch-timer.com`, is the same file with its subsystem set to console by
//! scripts/build-windows.sh (docs/windows.md).
#![cfg_attr(windows, windows_subsystem = "windows")]

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    stretch_timer::dates::follow_system();
    // A bug must not end in exit code 101 for scripts that rely on 0, 1 and 2: report it as an
    // error (the panic message itself has already been printed by the default hook).
    std::panic::catch_unwind(cli::main).unwrap_or_else(|_| {
        eprintln!("{}", stretch_timer::tr!("cli-internal-error"));
        ExitCode::from(cli::EXIT_ERROR)
    })
}
