// The program's global variables: one slot each, at addresses that never
// change. &x of a package-level scalar is an interior pointer to its slot,
// so the slots may not move when the REPL compiles more globals: they live
// in a range of address space reserved once (the OS commits its pages,
// zero-filled, as they are first touched), never reallocated.
//
// Pointers into it are not heap pointers (the collector's page map rejects
// them), which is right: the globals are roots, scanned every collection.
#pragma once

#include <cstddef>

#include "vm/value.hpp"

namespace csp {

class GlobalSlots {
 public:
  static constexpr size_t kMax = size_t(1) << 22;  // 32 MiB of address space

  GlobalSlots();
  ~GlobalSlots();
  GlobalSlots(const GlobalSlots&) = delete;
  GlobalSlots& operator=(const GlobalSlots&) = delete;

  Slot* data() const { return slots_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Makes n slots usable (new ones are zero); never shrinks. False when n
  // exceeds kMax.
  bool resize(size_t n);

 private:
  Slot* slots_ = nullptr;
  size_t size_ = 0;
};

}  // namespace csp
