//! Build script: the Windows program's icon and version information.
//!
//! For a Windows target only, a resource script is written into `OUT_DIR` (the version from this
//! package's `Cargo.toml`, the icon `assets/windows/stretch-timer.ico`) and compiled and linked
//! into the binary by `embed-resource` (mingw's `windres` when cross-building from Linux; see
//! docs/windows.md). For any other target it does nothing.

use std::error::Error;
use std::path::PathBuf;
use std::{env, fs};

fn main() -> Result<(), Box<dyn Error>> {
    let icon =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR")?).join("assets/windows/stretch-timer.ico");
    println!("cargo::rerun-if-changed={}", icon.display());
    if env::var("CARGO_CFG_TARGET_OS")? != "windows" {
        return Ok(());
    }
    let version = env::var("CARGO_PKG_VERSION")?;
    let number = |name: &str| -> Result<u16, Box<dyn Error>> { Ok(env::var(name)?.parse()?) };
    let numbers = format!(
        "{},{},{},0",
        number("CARGO_PKG_VERSION_MAJOR")?,
        number("CARGO_PKG_VERSION_MINOR")?,
        number("CARGO_PKG_VERSION_PATCH")?
    );
    let description = env::var("CARGO_PKG_DESCRIPTION")?;
    // A resource script's strings take `""` for a quote and `\\` for a backslash; windres reads
    // the icon's path with forward slashes on any host.
    let text = |value: &str| value.replace('\\', "\\\\").replace('"', "\"\"");
    let icon = text(&icon.to_string_lossy().replace('\\', "/"));
    let script = format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {numbers}
PRODUCTVERSION {numbers}
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "The stretch-timer developers"
      VALUE "FileDescription", "Stretch Timer"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "stretch-timer"
      VALUE "LegalCopyright", "The stretch-timer developers; MIT OR Apache-2.0"
      VALUE "OriginalFilename", "stretch-timer.exe"
      VALUE "ProductName", "Stretch Timer"
      VALUE "ProductVersion", "{version}"
      VALUE "Comments", "{description}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#,
        description = text(&description),
    );
    let rc = PathBuf::from(env::var("OUT_DIR")?).join("stretch-timer.rc");
    fs::write(&rc, script)?;
    embed_resource::compile(&rc, embed_resource::NONE).manifest_optional()?;
    Ok(())
}
