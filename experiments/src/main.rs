//! `wasmlab`: run modules and spec scripts on any built back-end, inspect the IR.

mod cli;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "wasmlab",
    version,
    about = "A WebAssembly interpreter workbench for comparing dispatch techniques"
)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a module: call an export with `--invoke`, or run it as a WASI command.
    Run(cli::run::RunArgs),
    /// Run spec-format test scripts (.wast) and report every failing directive.
    Wast(cli::wast::WastArgs),
    /// Print the predecoded IR of a module's functions.
    Disas(cli::disas::DisasArgs),
    /// Benchmark back-ends and peer engines side by side, interleaved.
    Bench(cli::bench::BenchArgs),
    /// Compare two engines (measured now) or two history records.
    Compare(cli::compare::CompareArgs),
    /// Profile one engine on one benchmark: a flamegraph and the top frames.
    Profile(cli::profile::ProfileArgs),
    /// Dynamic counts of IR ops, op pairs and triples on a benchmark.
    Opstats(cli::opstats::OpstatsArgs),
    /// The recorded runs as a table, and a plot of ratios to wasmtime over time.
    History(cli::history::HistoryArgs),
    /// Write the report page (reports/index.html) and the trend plot from the records.
    Report(cli::report::ReportArgs),
    /// Write a handover note from the records, the latest profile and op statistics.
    Handover(cli::handover::HandoverArgs),
    /// One engine on one benchmark once, then its peak resident memory as JSON
    /// (what `bench` runs in a child process per engine and benchmark).
    #[command(hide = true)]
    ProbeMemory(cli::probe::ProbeArgs),
    /// Differential (against wasmi) and malformed-input fuzzing, for as long as asked.
    #[cfg(feature = "fuzz")]
    Fuzz(cli::fuzz::FuzzArgs),
}

fn main() -> ExitCode {
    let args = Args::parse();
    let result = match args.command {
        Command::Run(a) => cli::run::main(a),
        Command::Wast(a) => cli::wast::main(a),
        Command::Disas(a) => cli::disas::main(a),
        Command::Bench(a) => cli::bench::main(a),
        Command::Compare(a) => cli::compare::main(a),
        Command::Profile(a) => cli::profile::main(a),
        Command::Opstats(a) => cli::opstats::main(a),
        Command::History(a) => cli::history::main(a),
        Command::Handover(a) => cli::handover::main(a),
        Command::ProbeMemory(a) => cli::probe::main(a),
        Command::Report(a) => cli::report::main(a),
        #[cfg(feature = "fuzz")]
        Command::Fuzz(a) => cli::fuzz::main(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
