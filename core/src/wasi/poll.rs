//! `poll_oneoff`, which wasi-libc's `poll`, `sleep`, `nanosleep` and
//! `clock_nanosleep` are built on. Regular files and buffers are always ready;
//! host streams (terminals, pipes, sockets) are polled by the host; clocks wait.

use super::ctx::WasiCtx;
use super::errno::{self, Errno, WasiResult, FILETYPE_REGULAR_FILE};
use super::memory::GuestMem;
use super::table::Kind;
use rustix::event::{PollFd, PollFlags, Timespec};
use std::io::Seek;
use std::time::Duration;

const SUBSCRIPTION_SIZE: u64 = 48;
const EVENT_SIZE: usize = 32;
const TAG_CLOCK: u8 = 0;
const TAG_FD_READ: u8 = 1;
const TAG_FD_WRITE: u8 = 2;
const SUBCLOCKFLAG_ABSTIME: u16 = 1;
/// `eventrwflags`: the peer hung up.
const EVENT_FD_READWRITE_HANGUP: u16 = 1;

enum Sub {
    /// Ready now: userdata, event type, errno, bytes available.
    Ready(u64, u8, Errno, u64),
    /// A clock that fires after this long.
    Clock(u64, Duration),
    /// A host stream to poll: userdata, event type, descriptor.
    Stream(u64, u8, u32),
}

fn field<const N: usize>(b: &[u8], at: usize) -> [u8; N] {
    let mut out = [0; N];
    if let Some(src) = b.get(at..at + N) {
        out.copy_from_slice(src);
    }
    out
}

impl WasiCtx {
    pub(super) fn poll_oneoff(
        &mut self,
        m: &mut GuestMem,
        subs_ptr: u32,
        events_ptr: u32,
        nsubs: u32,
        nevents: u32,
    ) -> WasiResult<()> {
        if nsubs == 0 {
            // Waiting on nothing would block forever.
            return Err(errno::INVAL);
        }
        // Copied out because the events may be written over the subscriptions.
        let raw = m.slice(subs_ptr, nsubs as u64 * SUBSCRIPTION_SIZE)?.to_vec();
        m.range(events_ptr, nsubs as u64 * EVENT_SIZE as u64)?;
        m.range(nevents, 4)?;
        let mut subs = Vec::with_capacity(nsubs as usize);
        for s in raw.chunks_exact(SUBSCRIPTION_SIZE as usize) {
            let userdata = u64::from_le_bytes(field(s, 0));
            let tag = s.get(8).copied().unwrap_or(u8::MAX);
            subs.push(match tag {
                TAG_CLOCK => {
                    let id = u32::from_le_bytes(field(s, 16));
                    let timeout = u64::from_le_bytes(field(s, 24));
                    let flags = u16::from_le_bytes(field(s, 40));
                    let wait = if flags & SUBCLOCKFLAG_ABSTIME != 0 {
                        self.now(id).map(|now| timeout.saturating_sub(now))
                    } else {
                        self.now(id).map(|_| timeout)
                    };
                    // A clock that cannot be read fails the whole call, as under wasmtime.
                    let ns = wait.map_err(|_| errno::INVAL)?;
                    Sub::Clock(userdata, Duration::from_nanos(ns))
                }
                TAG_FD_READ | TAG_FD_WRITE => self.fd_sub(userdata, tag, u32::from_le_bytes(field(s, 16)))?,
                _ => return Err(errno::INVAL),
            });
        }
        let any_ready = subs.iter().any(|s| matches!(s, Sub::Ready(..)));
        let clock = subs
            .iter()
            .filter_map(|s| match s {
                Sub::Clock(_, d) => Some(*d),
                _ => None,
            })
            .min();
        let wait = if any_ready { Some(Duration::ZERO) } else { clock };
        let streams = self.poll_streams(&subs, wait)?;
        let stream_ready = streams.iter().any(Option::is_some);
        // With streams to poll, `poll_streams` did the waiting; without, a sleep.
        let slept = match wait {
            Some(d) if !stream_ready => {
                if !d.is_zero() && !subs.iter().any(|s| matches!(s, Sub::Stream(..))) {
                    std::thread::sleep(d);
                }
                d
            }
            _ => Duration::ZERO,
        };
        let mut events = Vec::new();
        for (i, s) in subs.iter().enumerate() {
            let (userdata, ty, e, nbytes, flags) = match *s {
                Sub::Ready(u, ty, e, n) => (u, ty, e, n, 0),
                Sub::Clock(u, d) if d <= slept && !stream_ready => (u, TAG_CLOCK, errno::SUCCESS, 0, 0),
                Sub::Clock(..) => continue,
                Sub::Stream(u, ty, _) => match streams[i] {
                    Some(hup) => (
                        u,
                        ty,
                        errno::SUCCESS,
                        1,
                        if hup { EVENT_FD_READWRITE_HANGUP } else { 0 },
                    ),
                    None => continue,
                },
            };
            let mut ev = [0u8; EVENT_SIZE];
            ev[0..8].copy_from_slice(&userdata.to_le_bytes());
            ev[8..10].copy_from_slice(&e.to_le_bytes());
            ev[10] = ty;
            ev[16..24].copy_from_slice(&nbytes.to_le_bytes());
            ev[24..26].copy_from_slice(&flags.to_le_bytes());
            events.extend_from_slice(&ev);
        }
        m.write(events_ptr, &events)?;
        m.write_u32(nevents, (events.len() / EVENT_SIZE) as u32)
    }

    /// A subscription to descriptor `fd` becoming readable or writable. A
    /// descriptor that cannot be polled fails the whole call, as under wasmtime.
    fn fd_sub(&mut self, userdata: u64, tag: u8, fd: u32) -> WasiResult<Sub> {
        // No right is needed to poll, as under wasmtime.
        let d = self.table.get_mut(fd)?;
        Ok(match &mut d.kind {
            Kind::Dir(_) => return Err(errno::BADF),
            Kind::Capture(_) if tag == TAG_FD_WRITE => Sub::Ready(userdata, tag, 0, 0),
            Kind::Bytes(c) if tag == TAG_FD_READ => {
                let left = (c.get_ref().len() as u64).saturating_sub(c.position());
                Sub::Ready(userdata, tag, 0, left)
            }
            Kind::Capture(_) | Kind::Bytes(_) => Sub::Ready(userdata, tag, errno::BADF, 0),
            Kind::File(f) if d.filetype == FILETYPE_REGULAR_FILE => {
                // A regular file never blocks; a read has the rest of it available.
                let left = if tag == TAG_FD_READ {
                    let size = f.metadata().map_or(0, |md| md.len());
                    size.saturating_sub(f.stream_position().unwrap_or(size))
                } else {
                    0
                };
                Sub::Ready(userdata, tag, 0, left)
            }
            Kind::File(_) => Sub::Stream(userdata, tag, fd),
        })
    }

    /// Polls the host streams among `subs` for at most `wait` (forever if `None`):
    /// for each subscription, `Some(hung_up)` when its stream is ready.
    fn poll_streams(&self, subs: &[Sub], wait: Option<Duration>) -> WasiResult<Vec<Option<bool>>> {
        let mut fds = Vec::new();
        let mut which = Vec::new();
        for (i, s) in subs.iter().enumerate() {
            if let Sub::Stream(_, ty, fd) = *s {
                if let Ok(Kind::File(f)) = self.table.get(fd).map(|d| &d.kind) {
                    let ev = if ty == TAG_FD_READ {
                        PollFlags::IN
                    } else {
                        PollFlags::OUT
                    };
                    fds.push(PollFd::new(f, ev));
                    which.push(i);
                }
            }
        }
        let mut ready = vec![None; subs.len()];
        if fds.is_empty() {
            return Ok(ready);
        }
        let timeout = wait.map(|d| Timespec {
            tv_sec: d.as_secs() as _,
            tv_nsec: d.subsec_nanos() as _,
        });
        loop {
            match rustix::event::poll(&mut fds, timeout.as_ref()) {
                Ok(_) => break,
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => return Err(errno::from_io(&e.into())),
            }
        }
        for (pfd, i) in fds.iter().zip(which) {
            let r = pfd.revents();
            if !r.is_empty() {
                ready[i] = Some(r.contains(PollFlags::HUP));
            }
        }
        Ok(ready)
    }
}
