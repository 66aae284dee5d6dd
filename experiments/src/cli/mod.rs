//! One file per subcommand.

pub mod disas;
pub mod run;
pub mod wast;
