//! The plot `wasmlab history` writes: each engine's geomean execute-time ratio to
//! wasmtime, run by run, over the comparable records ([`super::trend`]).

use super::trend::Trend;
use super::{all_engines, is_ablation};
use crate::bench::history::Record;
use crate::bench::table::{BASELINE, JIT};
use anyhow::Context;
use plotters::prelude::*;
use std::path::Path;

const SIZE: (u32, u32) = (1000, 560);
const LEGEND_WIDTH: u32 = 220;

// Tableau 10 less its grey, which marks wasmtime.
pub(super) const PALETTE: [RGBColor; 9] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
    RGBColor(188, 189, 34),
    RGBColor(23, 190, 207),
];
const GREY: RGBColor = RGBColor(110, 110, 110);

/// Unbroken stretches of (run, ratio) points.
type Segments = Vec<Vec<(f64, f64)>>;

/// An engine's points, split wherever a run lacks it: a line drawn across such a
/// gap would claim a measurement nobody made.
fn segments(trend: &Trend, engine: &str) -> Segments {
    let mut out = Vec::new();
    let mut current = Vec::new();
    for i in 0..trend.points.len() {
        match trend.ratio(i, engine) {
            Some(y) => current.push((i as f64, y)),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn x_label(trend: &Trend, x: f64) -> String {
    let i = x.round();
    match trend.points.get(i as usize) {
        Some((n, r)) if (x - i).abs() < 1e-6 && i >= 0.0 => {
            format!("#{n} {}", r.date.get(..10).unwrap_or(&r.date))
        }
        _ => String::new(),
    }
}

/// The plot as an SVG document: one line per engine, wasmtime dashed at 1.
pub fn ratio_plot_svg(trend: &Trend) -> anyhow::Result<String> {
    let records: Vec<Record> = trend.points.iter().map(|p| p.1.clone()).collect();
    // A fixed order keeps each engine's colour from plot to plot: the reference
    // back-end first, wasmtime last.
    let mut engines = all_engines(&records);
    engines.retain(|e| !is_ablation(e));
    engines.sort_by_key(|e| (e != BASELINE, e == JIT, e.clone()));
    // An engine never run beside wasmtime has no point to draw; listing it would
    // only take a colour from one that has.
    let (series, unplotted): (Vec<(String, Segments)>, Vec<_>) = engines
        .into_iter()
        .map(|e| {
            let s = segments(trend, &e);
            (e, s)
        })
        .partition(|(_, s)| !s.is_empty());
    let (lo, hi) = series
        .iter()
        .flat_map(|(_, s)| s.iter().flatten().map(|p| p.1))
        .fold((1.0f64, 1.0f64), |(lo, hi), y| (lo.min(y), hi.max(y)));
    let n = trend.points.len().max(1) as f64;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        root.fill(&WHITE)?;
        let body = root.titled(
            &format!(
                "Execute time relative to wasmtime, run by run ({} inputs; lower is faster)",
                trend.size
            ),
            ("sans-serif", 22),
        )?;
        let (plot, legend) = body.split_horizontally(SIZE.0 - LEGEND_WIDTH);
        let mut chart = ChartBuilder::on(&plot)
            .margin(14)
            .x_label_area_size(56)
            .y_label_area_size(70)
            .build_cartesian_2d(-0.5..n - 0.5, (lo / 1.25..hi * 1.25).log_scale())?;
        chart
            .configure_mesh()
            .x_labels(trend.points.len().clamp(2, 6))
            .x_label_formatter(&|x| x_label(trend, *x))
            .y_label_formatter(&|y| format!("{y:.2}"))
            .x_desc(format!(
                "comparable run (# in `wasmlab history`, date); geomean over the same {} benchmarks",
                trend.benches.len()
            ))
            .y_desc("geomean execute time ÷ wasmtime (log scale)")
            .axis_desc_style(("sans-serif", 16))
            .label_style(("sans-serif", 13))
            // Log scale packs the minor lines into a grey smear near each decade's top.
            .light_line_style(TRANSPARENT)
            .draw()?;
        for (i, (engine, segs)) in series.iter().enumerate() {
            let color = if engine == JIT {
                GREY
            } else {
                PALETTE[i % PALETTE.len()]
            };
            let line = color.stroke_width(2);
            for seg in segs {
                if engine == JIT {
                    chart.draw_series(DashedLineSeries::new(seg.clone(), 8, 6, line))?;
                } else {
                    chart.draw_series(LineSeries::new(seg.clone(), line))?;
                }
                chart.draw_series(seg.iter().map(|&p| Circle::new(p, 4, color.filled())))?;
            }
            // Drawn beside the chart rather than over it, so it never hides a point.
            let y = 40 + 26 * i as i32;
            legend.draw(&PathElement::new(vec![(6, y), (38, y)], line))?;
            legend.draw(&Circle::new((22, y), 4, color.filled()))?;
            let label = match engine.as_str() {
                JIT => format!("{engine} (= 1)"),
                _ => engine.clone(),
            };
            legend.draw(&Text::new(label, (46, y - 8), ("sans-serif", 16)))?;
        }
        if !unplotted.is_empty() {
            let y = 40 + 26 * series.len() as i32;
            let note = format!("+{} never run beside wasmtime", unplotted.len());
            legend.draw(&Text::new(note, (6, y - 8), ("sans-serif", 14)))?;
        }
        root.present()?;
    }
    Ok(svg)
}

/// Writes the plot to `path`, creating its folder.
pub fn write_ratio_plot(trend: &Trend, path: &Path) -> anyhow::Result<()> {
    let svg = ratio_plot_svg(trend)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create `{}`", dir.display()))?;
    }
    std::fs::write(path, svg).with_context(|| format!("cannot write `{}`", path.display()))
}
