//! The report page's bar chart: one record's execute time relative to wasmtime,
//! per benchmark and engine, on a log scale (wasmtime is the line at 1).

use super::bench_ratio as ratio;
use super::plot::PALETTE;
use crate::bench::history::Record;
use crate::bench::table::JIT;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

const WIDTH: u32 = 1000;
const LABELS: u32 = 150;
const BAR: u32 = 9;
const GAP: u32 = 10;
const TOP: u32 = 70;
const BOTTOM: u32 = 60;

/// The engines drawn: every engine of the record but wasmtime, in the record's order.
pub fn engines(r: &Record) -> Vec<String> {
    r.engines().into_iter().filter(|e| e != JIT).collect()
}

/// The chart as an SVG document; `None` when the record has no ratio to draw.
pub fn bars_svg(r: &Record) -> anyhow::Result<Option<String>> {
    let engines = engines(r);
    let benches: Vec<String> = r
        .benches()
        .into_iter()
        .filter(|b| engines.iter().any(|e| ratio(r, e, b).is_some()))
        .collect();
    let values: Vec<f64> = benches
        .iter()
        .flat_map(|b| engines.iter().filter_map(|e| ratio(r, e, b)))
        .collect();
    if values.is_empty() {
        return Ok(None);
    }
    let (lo, hi) = values
        .iter()
        .fold((1.0f64, 1.0f64), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    let (lo, hi) = (lo / 1.5, hi * 1.5);
    let row = engines.len() as u32 * BAR + GAP;
    let height = TOP + BOTTOM + row * benches.len() as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let body = root.titled(
            "Execute time relative to wasmtime (log scale; lower is faster; wasmtime = 1)",
            ("sans-serif", 18),
        )?;
        let n = benches.len() as f64;
        let mut chart = ChartBuilder::on(&body)
            .margin_right(20)
            .margin_top(34)
            .x_label_area_size(40)
            .y_label_area_size(LABELS)
            .build_cartesian_2d((lo..hi).log_scale(), 0.0..n)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(0)
            .x_label_formatter(&|x| format!("{x:.2}"))
            .x_desc("execute-time median ÷ wasmtime's")
            .label_style(("sans-serif", 12))
            .light_line_style(TRANSPARENT)
            .draw()?;
        let slot = 1.0 / (engines.len() as f64 + GAP as f64 / BAR as f64);
        for (bi, b) in benches.iter().enumerate() {
            let top = bi as f64 + 0.5 * GAP as f64 / BAR as f64 * slot;
            for (ei, e) in engines.iter().enumerate() {
                let Some(v) = ratio(r, e, b) else { continue };
                let y0 = n - (top + ei as f64 * slot);
                let color = PALETTE[ei % PALETTE.len()];
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(lo, y0 - slot), (v, y0)],
                    color.filled(),
                )))?;
            }
            // The benchmark's name, right-aligned against the axis.
            let (px, py) = chart.backend_coord(&(lo, n - bi as f64 - 0.5));
            let style = ("sans-serif", 13).into_font().color(&BLACK);
            let style = style.pos(Pos::new(HPos::Right, VPos::Center));
            root.draw(&Text::new(b.clone(), (px - 6, py), style))?;
        }
        chart.draw_series(DashedLineSeries::new(
            vec![(1.0, 0.0), (1.0, n)],
            6,
            4,
            RGBColor(110, 110, 110).stroke_width(2),
        ))?;
        for (ei, e) in engines.iter().enumerate() {
            let x = LABELS as i32 + 10 + 140 * ei as i32;
            let color = PALETTE[ei % PALETTE.len()];
            root.draw(&Rectangle::new([(x, 40), (x + 14, 52)], color.filled()))?;
            root.draw(&Text::new(e.clone(), (x + 20, 39), ("sans-serif", 14)))?;
        }
        root.present()?;
    }
    Ok(Some(svg))
}
