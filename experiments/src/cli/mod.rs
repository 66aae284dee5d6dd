//! One file per subcommand.

pub mod bench;
pub mod compare;
pub mod disas;
pub mod run;
pub mod wast;
