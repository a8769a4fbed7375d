//! Working buffers kept from one message to the next on the same thread, so that reading a
//! message allocates only what its result holds: a buffer is taken from its thread's pool,
//! used, and given back (emptied, its capacity kept) when it goes out of scope.
//!
//! Taking a buffer while another of the same kind is out gives a new, empty one: nothing is
//! shared, so nesting is always safe (it only costs an allocation).

use std::cell::Cell;
use std::ops::{Deref, DerefMut};
use std::thread::LocalKey;

/// Buffers that grew beyond this many bytes are not kept: one huge message should not pin its
/// memory for the life of the thread.
const MAX_KEPT_BYTES: usize = 1 << 20;

/// A buffer kind with a pool of one buffer per thread.
pub(crate) trait Reusable: Default + 'static {
    /// This kind's pool.
    fn pool() -> &'static LocalKey<Cell<Self>>;
    /// Empties the buffer, keeping its capacity.
    fn clear(&mut self);
    /// The heap bytes the buffer holds.
    fn capacity_bytes(&self) -> usize;
}

/// A buffer taken from this thread's pool; given back when dropped.
pub(crate) struct Scratch<T: Reusable>(T);

impl<T: Reusable> Scratch<T> {
    /// The pool's buffer (empty), or a new one when it is out.
    pub(crate) fn take() -> Scratch<T> {
        // try_with: a thread being torn down has no pool left; a new buffer will do.
        Scratch(T::pool().try_with(Cell::take).unwrap_or_default())
    }
}

impl<T: Reusable> Drop for Scratch<T> {
    fn drop(&mut self) {
        let mut buffer = std::mem::take(&mut self.0);
        if buffer.capacity_bytes() > MAX_KEPT_BYTES {
            return;
        }
        buffer.clear();
        let _ = T::pool().try_with(|pool| {
            // Keep the larger of the two buffers when another was given back meanwhile.
            let other = pool.take();
            pool.set(if other.capacity_bytes() > buffer.capacity_bytes() {
                other
            } else {
                buffer
            });
        });
    }
}

impl<T: Reusable> Deref for Scratch<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Reusable> DerefMut for Scratch<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

/// Gives `Vec<$t>` a pool.
macro_rules! reusable_vec {
    ($t:ty) => {
        impl $crate::scratch::Reusable for Vec<$t> {
            fn pool() -> &'static std::thread::LocalKey<std::cell::Cell<Self>> {
                thread_local! {
                    static POOL: std::cell::Cell<Vec<$t>> = const { std::cell::Cell::new(Vec::new()) };
                }
                &POOL
            }
            fn clear(&mut self) {
                Vec::clear(self);
            }
            fn capacity_bytes(&self) -> usize {
                self.capacity() * std::mem::size_of::<$t>()
            }
        }
    };
}
pub(crate) use reusable_vec;

impl Reusable for String {
    fn pool() -> &'static LocalKey<Cell<Self>> {
        thread_local! {
            static POOL: Cell<String> = const { Cell::new(String::new()) };
        }
        &POOL
    }
    fn clear(&mut self) {
        String::clear(self);
    }
    fn capacity_bytes(&self) -> usize {
        self.capacity()
    }
}

reusable_vec!(u8);
reusable_vec!((usize, usize));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_buffer_given_back_is_reused_empty() {
        let capacity = {
            let mut s = Scratch::<String>::take();
            s.push_str("some words");
            s.capacity()
        };
        let s = Scratch::<String>::take();
        assert!(s.is_empty());
        assert_eq!(s.capacity(), capacity);
        // A second buffer while the first is out is a new one.
        let t = Scratch::<String>::take();
        assert_eq!(t.capacity(), 0);
    }

    #[test]
    fn huge_buffers_are_not_kept() {
        drop(Scratch::<Vec<u8>>::take());
        {
            let mut v = Scratch::<Vec<u8>>::take();
            v.resize(MAX_KEPT_BYTES + 1, 0);
        }
        assert!(Scratch::<Vec<u8>>::take().capacity() <= MAX_KEPT_BYTES);
    }
}
