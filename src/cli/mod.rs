//! The command-line front end: thin glue over the library.

pub mod eval;
pub mod fixtures;
pub mod run;
