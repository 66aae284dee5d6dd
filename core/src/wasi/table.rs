//! The descriptor table: what each of the program's file descriptors stands for,
//! with the rights and flags preview 1 attaches to it.

use super::errno::{self, WasiResult};
use cap_std::fs::Dir;
use std::fs::File;
use std::io::Cursor;

/// Most descriptors open at once; past it `path_open` fails with `EMFILE`, as a
/// host process does at its limit.
const MAX_FDS: usize = 4096;

/// What a descriptor refers to.
pub(super) enum Kind {
    /// A host file, or an inherited stdio stream (terminal, pipe, file, socket).
    File(File),
    /// A directory; every path function resolves beneath it, and only beneath it.
    Dir(Dir),
    /// Captured stdout (1) or stderr (2): written into the context's buffer.
    Capture(u8),
    /// Stdin given as bytes by the embedder.
    Bytes(Cursor<Vec<u8>>),
}

/// One open descriptor.
pub(super) struct Desc {
    pub kind: Kind,
    /// The preview-1 `filetype` reported for it.
    pub filetype: u8,
    /// What this descriptor may be used for.
    pub base: u64,
    /// What descriptors opened beneath it may be granted.
    pub inheriting: u64,
    /// `fdflags` as last set (append, dsync, nonblock, rsync, sync).
    pub flags: u16,
    /// The guest path of a preopened directory.
    pub preopen: Option<String>,
}

impl Desc {
    /// Fails unless every right in `rights` was granted. A missing `fd_*` right
    /// is `EBADF`, what POSIX answers for a descriptor not open for the operation
    /// (and wasmtime too); a missing `path_*` right is `ENOTCAPABLE`.
    pub fn need(&self, rights: u64) -> WasiResult<()> {
        let missing = rights & !self.base;
        if missing == 0 {
            Ok(())
        } else if missing & errno::RIGHTS_PATH != 0 {
            Err(errno::NOTCAPABLE)
        } else {
            Err(errno::BADF)
        }
    }

    /// The directory this descriptor is, or `EBADF`.
    pub fn dir(&self) -> WasiResult<&Dir> {
        match &self.kind {
            Kind::Dir(d) => Ok(d),
            _ => Err(errno::BADF),
        }
    }

    pub fn is_dir(&self) -> bool {
        matches!(self.kind, Kind::Dir(_))
    }
}

#[derive(Default)]
pub(super) struct Table {
    slots: Vec<Option<Desc>>,
}

impl Table {
    pub fn get(&self, fd: u32) -> WasiResult<&Desc> {
        self.slots.get(fd as usize).and_then(Option::as_ref).ok_or(errno::BADF)
    }

    pub fn get_mut(&mut self, fd: u32) -> WasiResult<&mut Desc> {
        self.slots
            .get_mut(fd as usize)
            .and_then(Option::as_mut)
            .ok_or(errno::BADF)
    }

    /// Puts `desc` at descriptor `fd`, which must be free or past the end.
    pub fn set(&mut self, fd: u32, desc: Desc) {
        let i = fd as usize;
        if self.slots.len() <= i {
            self.slots.resize_with(i + 1, || None);
        }
        self.slots[i] = Some(desc);
    }

    /// Puts `desc` at the lowest free descriptor above stdio. Unlike POSIX `open`,
    /// a closed 0, 1 or 2 is not reused: programs take those for stdio.
    pub fn insert(&mut self, desc: Desc) -> WasiResult<u32> {
        while self.slots.len() < 3 {
            self.slots.push(None);
        }
        let i = match self.slots.iter().skip(3).position(Option::is_none) {
            Some(i) => i + 3,
            None if self.slots.len() < MAX_FDS => {
                self.slots.push(None);
                self.slots.len() - 1
            }
            None => return Err(errno::MFILE),
        };
        self.slots[i] = Some(desc);
        Ok(i as u32)
    }

    pub fn remove(&mut self, fd: u32) -> WasiResult<Desc> {
        self.slots
            .get_mut(fd as usize)
            .and_then(Option::take)
            .ok_or(errno::BADF)
    }

    /// Moves descriptor `from` to `to`, closing what `to` was. Both must be open.
    pub fn renumber(&mut self, from: u32, to: u32) -> WasiResult<()> {
        self.get(from)?;
        self.get(to)?;
        if from != to {
            let desc = self.remove(from)?;
            self.set(to, desc);
        }
        Ok(())
    }
}
