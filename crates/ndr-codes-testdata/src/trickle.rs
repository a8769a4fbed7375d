//! A reader that hands out at most a few bytes per call, like a pipe or a slow socket, for
//! tests of code that reads in chunks (`ndr scan`'s scanner, its fuzz target).

use std::io::{self, Read};

/// Reads `data` at most `step` bytes at a time (at least 1 byte while any is left, so a step
/// of 0 still makes progress).
///
/// ```
/// use std::io::Read;
/// use ndr_codes_testdata::Trickle;
///
/// let mut reader = Trickle::new(b"5.1.1", 2);
/// let mut buf = [0; 8];
/// assert_eq!(reader.read(&mut buf).unwrap(), 2);
/// let mut rest = Vec::new();
/// reader.read_to_end(&mut rest).unwrap();
/// assert_eq!(rest, b"1.1");
/// ```
#[derive(Debug, Clone)]
pub struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
}

impl<'a> Trickle<'a> {
    /// A reader over `data` that returns at most `step` bytes per `read`.
    pub fn new(data: &'a [u8], step: usize) -> Self {
        Trickle {
            data,
            step: step.max(1),
        }
    }
}

impl Read for Trickle<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = self.step.min(out.len()).min(self.data.len());
        out[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}
