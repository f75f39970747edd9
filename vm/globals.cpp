// Global variable slots at fixed addresses (see vm/globals.hpp).
#include "vm/globals.hpp"

#include <sys/mman.h>

#include <cstdio>
#include <cstdlib>

namespace csp {

GlobalSlots::GlobalSlots() {
  void* p = mmap(nullptr, kMax * sizeof(Slot), PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    std::fputs("fatal error: cannot reserve memory for global variables\n", stderr);
    std::abort();
  }
  slots_ = static_cast<Slot*>(p);
}

GlobalSlots::~GlobalSlots() { munmap(slots_, kMax * sizeof(Slot)); }

bool GlobalSlots::resize(size_t n) {
  if (n > kMax) return false;
  if (n > size_) size_ = n;  // the pages beyond were never written: zero
  return true;
}

}  // namespace csp
