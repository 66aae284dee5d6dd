//! One file per subcommand.

pub mod bench;
pub mod compare;
pub mod disas;
#[cfg(feature = "fuzz")]
pub mod fuzz;
pub mod handover;
pub mod history;
pub mod opstats;
pub mod probe;
pub mod profile;
pub mod report;
pub mod run;
pub mod wast;
