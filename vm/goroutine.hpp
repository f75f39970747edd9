// Goroutines: stackless, heap-allocated interpreter states.
//
// A goroutine (G) is a growable array of value slots plus a stack of call
// frames. Script-to-script calls push a Frame; they never recurse on the C++
// stack. Parking a goroutine means saving the pc of its top frame and
// returning to the scheduler loop, so a blocked goroutine costs only its G,
// its slots and its frames (a few hundred bytes), and a switch costs a return
// and a call.
//
// Ownership: a G is touched only by the worker currently running it, or,
// while it is parked, by whoever holds the lock of the object it waits on
// (a channel). The hand-over is ordered by that lock: a goroutine saves all
// its state before it publishes itself in a wait queue, and after it has
// published itself its worker never touches it again.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "vm/value.hpp"

namespace csp {

struct Proto;
struct Instr;
struct Chan;
struct Timer;
class Fiber;

struct Frame {
  const Proto* proto;
  Closure* closure;  // the running closure (its cells), nullptr for static calls
  const Instr* pc;   // next instruction to run when this frame resumes
  uint32_t base;     // index of this frame's R[0] in G::stack
};

enum class GStatus : uint8_t { Idle, Runnable, Running, Waiting, Dead };

// Why a goroutine waits, as Go's tracebacks print it. Declared once.
#define CSP_WAIT_REASONS(X)                         \
  X(None, "")                                       \
  X(ChanReceive, "chan receive")                    \
  X(ChanSend, "chan send")                          \
  X(ChanReceiveNil, "chan receive (nil chan)")      \
  X(ChanSendNil, "chan send (nil chan)")            \
  X(Select, "select")                               \
  X(SelectNoCases, "select (no cases)")             \
  X(Sleep, "sleep")                                 \
  X(Semacquire, "semacquire")                       \
  X(SyncCondWait, "sync.Cond.Wait")

enum class WaitReason : uint8_t {
#define CSP_X(id, s) id,
  CSP_WAIT_REASONS(CSP_X)
#undef CSP_X
};
const char* wait_reason_string(WaitReason r);

struct G;

// A deferred call (defer f(args)): evaluated at the defer statement, run
// when its frame returns or while a panic unwinds. Malloc'd; the collector
// sees its closure and arguments through the goroutine (vm/gc_roots.cpp).
struct DeferRec {
  DeferRec* next = nullptr;  // the goroutine's defers, newest first
  uint32_t depth = 0;        // frame count of the frame that deferred it
  int32_t proto = -1;        // static function or method, or -1
  int32_t native = -1;       // native, or -1
  Closure* closure = nullptr;
  uint32_t nargs = 0;
  Slot args[];
};

// A panic in progress (Go's _panic).
struct PanicRec {
  PanicRec* link = nullptr;   // the panic this one interrupted
  Slot value{};               // the panic value: an Iface*
  std::string text;           // how the fatal report prints it (made there)
  uint32_t defer_depth = 0;   // frame count while its current deferred call runs
  uint32_t defer_frame = 0;   // frame count of the frame that deferred that call
  bool recovered = false;
  bool printing = false;      // the fatal report is running its Error/String method
  // runtime.Goexit's record (Go's p.goexit): it runs the goroutine's
  // deferred calls like a panic, but recover() does not see it, no report
  // prints it, and when the calls are done the goroutine ends.
  bool goexit = false;
  // The traceback where it happened, kept when it unwinds out of script
  // code a native called (those frames are gone when the report prints).
  std::string trace;
};

// A goroutine's entry in a channel's wait queue (Go's sudog). A goroutine
// blocked in one channel operation uses the WaitLink embedded in its G; a
// select blocked on n channels uses n links of its SelectWait.
struct WaitLink {
  G* g = nullptr;
  WaitLink* next = nullptr;
  WaitLink* prev = nullptr;
  Slot* elem = nullptr;    // value to send, or where to store a received value
  Slot* ok = nullptr;      // receive: where to store the comma-ok flag, or nullptr
  bool success = false;    // false when woken by close
  bool is_select = false;  // waking it needs the select's select_done race (vm/select.cpp)
  uint32_t casei = 0;      // select: the case this link stands for
  Chan* c = nullptr;       // select: the channel whose queue holds this link
  Slot value{};            // a parked sender's value (its elem points here)
};

// A select's state while it is parked (vm/select.cpp): one link per non-nil
// case, sorted by channel address (the lock order), and scratch arrays for
// the poll and lock orders. Owned by its G and reused by its next select.
struct SelectWait {
  uint32_t cap = 0;          // cases the arrays hold
  uint32_t nlinks = 0;       // links in use
  uint32_t nsends = 0;       // cases [0, nsends) are sends
  bool parked = false;       // blocked: select_resume must run before anything else
  WaitLink* links = nullptr;
  uint32_t* pollorder = nullptr;
  uint32_t* lockorder = nullptr;
};

// A goroutine's entry in the queue of a semaphore or of a sync.Cond's notify
// list (vm/sema.hpp; Go's sudog as runtime/sema.go uses it). Waiters on one
// address form a chain; the first of a chain also links the bucket's chains.
struct SemaLink {
  G* g = nullptr;
  const void* key = nullptr;      // the semaphore's (or notify list's) address
  SemaLink* next = nullptr;       // the next waiter on the same key
  SemaLink* tail = nullptr;       // chain heads: the last waiter on the key
  SemaLink* next_key = nullptr;   // chain heads: the next key's chain in the bucket
  uint32_t ticket = 0;            // notify lists: the ticket this waiter waits for
  Slot* result = nullptr;         // semaphores: set to 1 when handed the unit, else 0
};

struct G {
  uint64_t id = 0;
  GStatus status = GStatus::Idle;
  WaitReason wait_reason = WaitReason::None;

  // Value slots; frames index into them, so growth may move them.
  Slot* stack = nullptr;
  uint32_t stack_size = 0;
  Frame* frames = nullptr;
  uint32_t nframes = 0;
  uint32_t frames_cap = 0;

  WaitLink wait;
  SemaLink sema;  // while parked in a semaphore or a notify list
  // Select (vm/select.cpp). select_done: the first waker of a parked select
  // sets it 0 -> 1 (Go's g.selectDone), so one case wins and the other
  // channels skip this goroutine's links. wake_link: the link its waker took
  // (Go's g.param). sel: the parked select's links (allocated on first use).
  std::atomic<uint32_t> select_done{0};
  WaitLink* wake_link = nullptr;
  SelectWait* sel = nullptr;
  // Set by another goroutine while this one is parked (close of the channel
  // it was sending on): the panic to raise when it resumes.
  const char* pending_panic = nullptr;

  // Scheduler links: run queues hold G pointers; `sched_link` chains the
  // free lists and a closing channel's woken waiters; `all_prev`/`all_next` the all-goroutines list
  // used by deadlock reports and tracebacks.
  G* sched_link = nullptr;
  G* all_prev = nullptr;
  G* all_next = nullptr;

  // Creation site for tracebacks ("created by main.main"), a proto and pc.
  const Proto* created_by = nullptr;
  const Instr* created_pc = nullptr;

  void* user = nullptr;  // for executors other than the interpreter (tests)
  // While a native runs script code on this goroutine (fmt calling a String
  // method), the frame count at which that nested call returns to it.
  uint32_t nested_depth = 0;
  // The fiber this goroutine's native runs on, while a native that calls
  // script code is in progress (vm/fiber.hpp); it travels with the
  // goroutine when it parks inside.
  Fiber* fiber = nullptr;
  // A panic unwound out of a nested call and the native has not recovered
  // it (VM::recover_nested): the interpreter unwinds on when it returns.
  bool nested_panic = false;
  DeferRec* defers = nullptr;
  PanicRec* panicking = nullptr;
  // Go's gp.sig: a nil dereference (a SIGSEGV in Go) panicked on this
  // goroutine and no recovery has emptied its panic list since. The fatal
  // report then prints Go's "[signal SIGSEGV: ...]" line; signal_pc is the
  // faulting instruction's index in its function, standing in for Go's pc.
  bool nil_signal = false;
  uint32_t signal_pc = 0;
  // time.Sleep's timer (vm/timers.hpp), made on its first sleep and kept
  // while the G is recycled.
  Timer* sleep_timer = nullptr;

  Frame& top() { return frames[nframes - 1]; }
  // Ensures room for `n` slots from index `from`; may move `stack`.
  void ensure_stack(uint32_t from, uint32_t n);
  // Pushes a frame, growing the frame array as needed.
  Frame& push_frame();
  void grow_frames();  // doubles the frame array (the interpreter's slow path)
  void release_memory();  // frees stack and frames (the G itself is pooled)
};

}  // namespace csp
