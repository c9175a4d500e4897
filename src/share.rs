//! Sharing routines: one zip file with the routine and the files it names, exported and imported.
