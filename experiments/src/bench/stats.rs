//! Summaries of timing samples and the significance test behind `compare`.

/// Median of unsorted samples (NaN-free); 0 for none.
pub fn median(xs: &[f64]) -> f64 {
    quantile(xs, 0.5)
}

/// Linear-interpolated quantile `q` in [0, 1].
pub fn quantile(xs: &[f64], q: f64) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    let mut v = xs.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let pos = q * (v.len() - 1) as f64;
    let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
    v[lo] + (v[hi] - v[lo]) * (pos - lo as f64)
}

/// Spread of samples as a fraction of their median: (max - min) / median.
pub fn spread(xs: &[f64]) -> f64 {
    let m = median(xs);
    if m == 0.0 {
        return 0.0;
    }
    let (min, max) = xs
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &x| (a.min(x), b.max(x)));
    (max - min) / m
}

pub fn geomean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() || xs.iter().any(|x| *x <= 0.0) {
        return None;
    }
    Some((xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

/// A 95% bootstrap interval for median(b) / median(a): resample both sets with
/// replacement many times. Seeded, so the same samples give the same interval.
pub fn ratio_interval(a: &[f64], b: &[f64]) -> (f64, f64) {
    const ROUNDS: usize = 2000;
    let mut rng = fastrand::Rng::with_seed(0x5eed);
    let mut ratios = Vec::with_capacity(ROUNDS);
    let mut ra = vec![0.0; a.len()];
    let mut rb = vec![0.0; b.len()];
    for _ in 0..ROUNDS {
        for x in ra.iter_mut() {
            *x = a[rng.usize(..a.len())];
        }
        for x in rb.iter_mut() {
            *x = b[rng.usize(..b.len())];
        }
        let ma = median(&ra);
        if ma > 0.0 {
            ratios.push(median(&rb) / ma);
        }
    }
    (quantile(&ratios, 0.025), quantile(&ratios, 0.975))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Faster,
    Slower,
    NoDifference,
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Verdict::Faster => "faster",
            Verdict::Slower => "SLOWER",
            Verdict::NoDifference => "no significant difference",
        })
    }
}

/// Whether `b` is faster or slower than `a`: the 95% interval of the median ratio
/// must lie wholly beyond `tolerance` (e.g. 0.02 for 2%) on one side.
pub fn verdict(a: &[f64], b: &[f64], tolerance: f64) -> (Verdict, (f64, f64)) {
    if a.is_empty() || b.is_empty() {
        return (Verdict::NoDifference, (f64::NAN, f64::NAN));
    }
    let (lo, hi) = ratio_interval(a, b);
    let v = if lo > 1.0 + tolerance {
        Verdict::Slower
    } else if hi < 1.0 - tolerance {
        Verdict::Faster
    } else {
        Verdict::NoDifference
    };
    (v, (lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[1.0, 2.0, 3.0, 4.0]), 2.5);
        assert!((spread(&[9.0, 10.0, 11.0]) - 0.2).abs() < 1e-12);
        assert!((geomean(&[2.0, 8.0]).unwrap() - 4.0).abs() < 1e-12);
    }

    #[test]
    fn injected_regression_is_flagged_and_equal_samples_are_not() {
        let base = [100.0, 102.0, 99.0, 101.0, 100.5, 98.5, 101.5];
        let slower: Vec<f64> = base.iter().map(|x| x * 1.15).collect();
        assert_eq!(verdict(&base, &slower, 0.02).0, Verdict::Slower);
        assert_eq!(verdict(&slower, &base, 0.02).0, Verdict::Faster);
        let same: Vec<f64> = base.iter().rev().copied().collect();
        assert_eq!(verdict(&base, &same, 0.02).0, Verdict::NoDifference);
    }
}
