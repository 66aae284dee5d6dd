//! The handler protocol, as macros so every handler expands to straight-line code.

/// Tail-calls the handler of the op at `ip`.
macro_rules! dispatch {
    ($ip:expr, $sp:expr, $fp:expr, $mem:expr, $len:expr, $cx:expr) => {{
        let ip: $crate::state::Ip = $ip;
        // SAFETY: the link step wrote a `Handler` for every op. Handlers use this
        // macro inside their `unsafe` body.
        let h = std::mem::transmute::<*const (), $crate::state::Handler>((*ip).handler);
        become h(ip, $sp, $fp, $mem, $len, $cx)
    }};
}

/// Continues with the next op.
macro_rules! next {
    ($ip:expr, $sp:expr, $fp:expr, $mem:expr, $len:expr, $cx:expr) => {
        dispatch!($ip.add(1), $sp, $fp, $mem, $len, $cx)
    };
}

/// The immediates of the op at `ip`: the link step chose this handler by the op's
/// variant, so the pattern always matches.
macro_rules! imm {
    ($ip:expr, $pat:pat => $e:expr) => {
        match (*$ip).op {
            $pat => $e,
            _ => std::hint::unreachable_unchecked(),
        }
    };
}

/// Unwraps a semantics result, or stores the trap and stops.
macro_rules! try_trap {
    ($e:expr, $cx:expr) => {
        match $e {
            Ok(v) => v,
            Err(t) => return $crate::state::trap($cx, t),
        }
    };
}
