//! `wasmlab fuzz`: the differential and malformed-input runs of the tests, for as
//! long as asked, from any seed. Exit code 1 when anything was found.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;
use wasmlab::fuzz::{differential, malformed, Budget, Finding};

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Target {
    /// wasm-smith modules on every back-end against wasmi.
    Differential,
    /// Random and mutated bytes through load, instantiate and invoke.
    Malformed,
    /// Both, each for the whole budget.
    All,
}

#[derive(clap::Args)]
pub struct FuzzArgs {
    /// What to run.
    #[arg(long, value_enum, default_value = "all")]
    pub target: Target,
    /// Run each target for this many seconds.
    #[arg(long, conflicts_with = "cases")]
    pub seconds: Option<u64>,
    /// Run each target on this many seeds (default: 1000 when --seconds is absent).
    #[arg(long)]
    pub cases: Option<u64>,
    /// The first seed; seeds count up from it. A finding's seed with `--cases 1`
    /// runs that case alone.
    #[arg(long, default_value_t = 0)]
    pub first_seed: u64,
    /// Back-ends to check, comma-separated (default: every back-end built).
    #[arg(long, value_delimiter = ',')]
    pub backend: Vec<String>,
    /// Where failing inputs are written, as seed-S.wasm.
    #[arg(long, default_value = "fuzz-findings")]
    pub out: PathBuf,
}

impl FuzzArgs {
    fn budget(&self) -> Budget {
        match (self.seconds, self.cases) {
            (Some(s), _) => Budget::time(self.first_seed, Duration::from_secs(s)),
            (None, n) => Budget::cases(self.first_seed, n.unwrap_or(1000)),
        }
    }
}

fn report(f: &Finding) {
    let input = f
        .input
        .as_ref()
        .map_or(String::new(), |p| format!(" [{}]", p.display()));
    eprintln!("FOUND seed {} on {}: {}{input}", f.seed, f.backend, f.what);
}

pub fn main(a: FuzzArgs) -> anyhow::Result<ExitCode> {
    let backends = if a.backend.is_empty() {
        wasmlab::backends::all()
    } else {
        a.backend
            .iter()
            .map(|n| wasmlab::backends::by_name(Some(n)))
            .collect::<anyhow::Result<_>>()?
    };
    // Panics are caught and reported as findings; the default hook would print
    // each one a second time, with a backtrace, in the middle of the report.
    std::panic::set_hook(Box::new(|_| {}));
    let mut found = 0;
    if matches!(a.target, Target::Differential | Target::All) {
        let r = differential::run(&backends, &mut a.budget(), &a.out.join("differential"), report);
        println!("{r}");
        found += r.findings.len();
    }
    if matches!(a.target, Target::Malformed | Target::All) {
        let dir = wasmlab::suite::default_dir();
        let suite = malformed::suite_modules(&dir)?;
        let r = malformed::run(&backends, &suite, &mut a.budget(), &a.out.join("malformed"), report);
        println!("{r}");
        found += r.findings.len();
    }
    Ok(if found == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("{found} finding(s); inputs under {}", a.out.display());
        ExitCode::FAILURE
    })
}
