//! A global allocator that backs large allocations with transparent huge pages.
//!
//! Large modules touch hundreds of MiB, and where transparent huge pages are opt-in
//! (`/sys/kernel/mm/transparent_hugepage/enabled` = `madvise`, the usual default),
//! first-touch page faults on 4 KiB pages were a third of opt-tool's run time. Blocks of
//! at least [`HUGE_THRESHOLD`] bytes (token buffers, source text, IR arenas, output) are
//! mapped 2 MiB-aligned and advised `MADV_HUGEPAGE`; everything else goes to the system
//! allocator unchanged. Written by hand because general-purpose allocators that do this
//! (mimalloc's large-OS-pages mode) cost a third more memory on our workload.

use std::alloc::{GlobalAlloc, Layout, System};

/// Allocations at least this large get their own huge-page mapping.
pub const HUGE_THRESHOLD: usize = 4 << 20;
const HUGE_PAGE: usize = 2 << 20;

pub struct HugePageAlloc;

fn mapping_len(size: usize) -> usize {
    size.div_ceil(HUGE_PAGE) * HUGE_PAGE
}

// SAFETY: every block is either from `System` (small layouts) or from our own mmap
// (large layouts, recognised again by their size on `dealloc`), never mixed.
unsafe impl GlobalAlloc for HugePageAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.size() < HUGE_THRESHOLD || layout.align() > HUGE_PAGE {
            return unsafe { System.alloc(layout) };
        }
        let len = mapping_len(layout.size());
        // Over-map by one huge page so that the block can start on a huge-page boundary.
        let raw = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len + HUGE_PAGE,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if raw == libc::MAP_FAILED {
            return std::ptr::null_mut();
        }
        let start = raw as usize;
        let aligned = start.next_multiple_of(HUGE_PAGE);
        unsafe {
            // Give back the unaligned head and the unused tail.
            if aligned > start {
                libc::munmap(raw, aligned - start);
            }
            let tail = start + len + HUGE_PAGE - (aligned + len);
            if tail > 0 {
                libc::munmap((aligned + len) as *mut libc::c_void, tail);
            }
            // Best effort: without THP support this simply has no effect.
            libc::madvise(aligned as *mut libc::c_void, len, libc::MADV_HUGEPAGE);
        }
        aligned as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if layout.size() < HUGE_THRESHOLD || layout.align() > HUGE_PAGE {
            return unsafe { System.dealloc(ptr, layout) };
        }
        unsafe { libc::munmap(ptr as *mut libc::c_void, mapping_len(layout.size())) };
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.size() < HUGE_THRESHOLD || layout.align() > HUGE_PAGE {
            return unsafe { System.alloc_zeroed(layout) };
        }
        // Fresh anonymous mappings are zero-filled.
        unsafe { self.alloc(layout) }
    }
}
