// The spin-wait hint for busy loops (PAUSE on x86, YIELD on ARM): one
// definition for the scheduler, channels, fibers and sync's spinning.
#pragma once

namespace csp {

inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

}  // namespace csp
