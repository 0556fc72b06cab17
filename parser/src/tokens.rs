//! The token stream: a gap buffer whose gap follows the parser's cursor.
//!
//! MLIR's syntax is lexed context-dependently in a few places (`4x?xf32` in a shape, the
//! `>` ending an affine map), which the parser handles by re-lexing from inside the current
//! token and replacing it with the new tokens. With a plain `Vec`, each replacement would
//! shift every later token: quadratic on large files. Here a gap of free slots sits at the
//! last replacement: a replacement at the cursor costs the tokens replaced plus the distance
//! the gap moves (the parser moves forward, so that is linear overall), and no memory
//! beyond one buffer is touched.

use std::ops::Index;

use crate::lexer::Tok;

pub(crate) struct TokenBuffer {
    /// Tokens before the gap, the gap (`gap_len` unused slots), then the tokens after it.
    buf: Vec<Tok>,
    gap_start: usize,
    gap_len: usize,
}

/// Room for re-lexed tokens before the buffer has to grow.
const INITIAL_GAP: usize = 256;

impl TokenBuffer {
    /// Takes the lexer's vector as the buffer, with the gap at its end (the first
    /// replacement moves it to the cursor).
    pub(crate) fn new(mut buf: Vec<Tok>) -> Self {
        let filler = buf.first().copied().unwrap_or(Tok {
            kind: crate::lexer::TokKind::Eof,
            start: 0,
            end: 0,
        });
        let gap_start = buf.len();
        buf.resize(gap_start + INITIAL_GAP, filler);
        TokenBuffer {
            buf,
            gap_start,
            gap_len: INITIAL_GAP,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.buf.len() - self.gap_len
    }

    pub(crate) fn get(&self, i: usize) -> Option<&Tok> {
        if i < self.gap_start {
            self.buf.get(i)
        } else {
            self.buf.get(i + self.gap_len)
        }
    }

    /// The number of tokens for which `pred` holds, given that it holds for a prefix
    /// (as `slice::partition_point`).
    pub(crate) fn partition_point(&self, pred: impl Fn(&Tok) -> bool) -> usize {
        let in_before = self.buf[..self.gap_start].partition_point(&pred);
        if in_before < self.gap_start {
            return in_before;
        }
        self.gap_start + self.buf[self.gap_start + self.gap_len..].partition_point(&pred)
    }

    /// The tokens in `range`, in order.
    pub(crate) fn range(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = Tok> + '_ {
        range.filter_map(|i| self.get(i).copied())
    }

    fn move_gap_to(&mut self, at: usize) {
        let at = at.min(self.len());
        if at > self.gap_start {
            let from = self.gap_start + self.gap_len;
            self.buf
                .copy_within(from..at + self.gap_len, self.gap_start);
        } else if at < self.gap_start {
            self.buf.copy_within(at..self.gap_start, at + self.gap_len);
        }
        self.gap_start = at;
    }

    /// Replaces the tokens `start..end` with `new` (in order).
    pub(crate) fn replace(&mut self, start: usize, end: usize, new: Vec<Tok>) {
        self.move_gap_to(start);
        let removed = end.min(self.len()).saturating_sub(start);
        self.gap_len += removed;
        if new.len() > self.gap_len {
            // Grow the gap: rare (a few tokens per dimension list fit in the initial gap).
            let grow = new.len().max(self.buf.len() / 8).max(INITIAL_GAP);
            let filler = new[0];
            let at = self.gap_start + self.gap_len;
            self.buf.splice(at..at, std::iter::repeat_n(filler, grow));
            self.gap_len += grow;
        }
        let k = new.len();
        self.buf[self.gap_start..self.gap_start + k].copy_from_slice(&new);
        self.gap_start += k;
        self.gap_len -= k;
    }
}

impl Index<usize> for TokenBuffer {
    type Output = Tok;
    fn index(&self, i: usize) -> &Tok {
        self.get(i).expect("token index out of range")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::TokKind;

    fn tok(start: u32) -> Tok {
        Tok {
            kind: TokKind::BareIdent,
            start,
            end: start + 1,
        }
    }

    #[test]
    fn replace_keeps_order_and_search() {
        let mut b = TokenBuffer::new((0..10).map(|i| tok(i * 10)).collect());
        b.replace(3, 4, vec![tok(30), tok(33), tok(36)]);
        let starts: Vec<u32> = b.range(0..b.len()).map(|t| t.start).collect();
        assert_eq!(starts, vec![0, 10, 20, 30, 33, 36, 40, 50, 60, 70, 80, 90]);
        assert_eq!(b.partition_point(|t| t.start < 35), 5);
        assert_eq!(b.partition_point(|t| t.start < 1000), 12);
        assert_eq!(b.partition_point(|t| t.start < 1), 1);
        b.replace(1, 2, vec![]);
        assert_eq!(b[1].start, 20);
        assert_eq!(b.len(), 11);
        b.replace(11, 11, vec![tok(100)]);
        assert_eq!(b[11].start, 100);
        assert!(b.get(12).is_none());
    }
}
