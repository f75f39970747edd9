// time natives. A sleeping goroutine parks on its own timer (G::sleep_timer,
// never a heap object); time.Timer and time.Ticker own a collected Timer
// object whose action sends the time on their channel, and AfterFunc's
// starts a goroutine. The actions run on whichever worker fires the timer
// (vm/sched_timers.cpp), outside any goroutine.
#include "stdlib/time/time.hpp"

#include <time.h>
#include <unistd.h>

#include <cstdlib>
#include <new>
#include <string>

#include "stdlib/native_util.hpp"
#include "vm/chan.hpp"
#include "vm/goroutine.hpp"
#include "vm/sched.hpp"
#include "vm/timers.hpp"

namespace csp {

namespace {

// Days from January 1, year 1 to January 1, 1970, in seconds: time.go's
// unixToInternal (a Time counts seconds from year 1).
constexpr int64_t kUnixToInternal = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400LL;

// Slots of a time.Time (see the struct in time.go).
enum TimeSlot { kSec, kNsec, kMono, kLoc, kTimeSlots };

VM& vm_of(Worker& w) { return static_cast<VM&>(w.sched->executor()); }

// The wall clock.
void wall_clock(int64_t* sec, int64_t* nsec) {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  *sec = ts.tv_sec;
  *nsec = ts.tv_nsec;
}

// ---- timer actions (TimerFn) ----

void ready_sleeper(Worker& w, Slot g, Slot, int64_t) {
  w.sched->ready(w, static_cast<G*>(g.p));
}

// Go's sendTime: the current time, without blocking (a receiver that did
// not take the last tick yet misses this one).
void send_time(Worker& w, Slot c, Slot loc, int64_t) {
  int64_t sec, nsec;
  wall_clock(&sec, &nsec);
  // Held only here until the send stores it: no safe point in between.
  Slot* t = new_box(vm_of(w).heap_of(w), kTimeSlots);
  t[kSec].i = sec + kUnixToInternal;
  t[kNsec].i = nsec;
  t[kMono].i = nanotime();
  t[kLoc] = loc;
  chan_try_send(w, static_cast<Chan*>(c.p), slot_p(t));
}

// Go's goFunc: `go f()`, created by nobody (Go says time.goFunc).
void go_func(Worker& w, Slot f, Slot, int64_t) {
  auto* cl = static_cast<Closure*>(f.p);
  if (!cl) return;
  const Proto* p = cl->proto;
  Scheduler& sched = *w.sched;
  G* ng = sched.new_g(&w);
  ng->ensure_stack(0, p->maxstack);
  Frame& fr = ng->push_frame();
  fr.proto = p;
  fr.closure = cl;
  fr.pc = p->code.data();
  fr.base = 0;
  sched.spawn(w, ng);
}

// ---- natives ----

// now() (sec, nsec, mono int64)
NativeStatus time_now(NativeCall& c) {
  int64_t sec, nsec;
  wall_clock(&sec, &nsec);
  c.args[0].i = sec;
  c.args[1].i = nsec;
  c.args[2].i = nanotime();
  return NativeStatus::Ok;
}

NativeStatus time_runtime_nano(NativeCall& c) { return ret_int(c, nanotime()); }

// localZone(sec int64) (name string, offset int): the C library's view of
// the TZ variable and /etc/localtime, as Go's Local.
NativeStatus time_local_zone(NativeCall& c) {
  time_t t = static_cast<time_t>(int_arg(c, 0));
  struct tm tm;
  if (!localtime_r(&t, &tm)) {
    c.args[0] = make_str(c, "UTC");
    c.args[1].i = 0;
    return NativeStatus::Ok;
  }
  c.args[0] = make_str(c, tm.tm_zone ? tm.tm_zone : "");
  c.args[1].i = tm.tm_gmtoff;
  return NativeStatus::Ok;
}

bool readable(const std::string& path) { return ::access(path.c_str(), R_OK) == 0; }

// localZoneName() (name string, system bool): Go's rules for Local. No TZ:
// /etc/localtime, called "Local". TZ (less a leading ':'): a path, or a
// name under the zoneinfo directories, called as TZ says; "" and "UTC" are
// UTC, and so is a zone without a file (where the C library would make up
// a zone from the text, Go falls back to UTC).
NativeStatus time_local_zone_name(NativeCall& c) {
  const char* env = std::getenv("TZ");
  std::string name = "UTC";
  bool system = false;
  if (!env) {
    if (readable("/etc/localtime")) name = "Local", system = true;
  } else {
    std::string tz = env;
    if (!tz.empty() && tz[0] == ':') tz.erase(0, 1);
    if (!tz.empty() && tz[0] == '/') {
      if (readable(tz)) name = tz == "/etc/localtime" ? "Local" : tz, system = true;
    } else if (!tz.empty() && tz != "UTC") {
      for (const char* dir : {"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/"})
        if (readable(dir + tz)) {
          name = tz, system = true;
          break;
        }
    }
  }
  c.args[0] = make_str(c, name);
  c.args[1].i = system ? 1 : 0;
  return NativeStatus::Ok;
}

// newTimer(c chan Time, f func(), loc *Location) *runtimeTimer
NativeStatus time_new_timer(NativeCall& c) {
  void* mem = Heap::alloc(c.vm->heap_of(*c.w), HeapKind::Timer, sizeof(Timer));
  ObjHeader hdr = *static_cast<ObjHeader*>(mem);
  Timer* t = new (mem) Timer();
  t->hdr = hdr;
  if (c.args[0].p) {
    t->fn = send_time;
    t->arg = c.args[0];
    t->arg2 = c.args[2];
  } else {
    t->fn = go_func;
    t->arg = c.args[1];
  }
  c.args[0] = slot_p(t);
  return NativeStatus::Ok;
}

// setTimer(t *runtimeTimer, when, period int64) bool
NativeStatus time_set_timer(NativeCall& c) {
  auto* t = static_cast<Timer*>(c.args[0].p);
  return ret_bool(c, c.vm->scheduler().set_timer(*c.w, t, int_arg(c, 1), int_arg(c, 2)));
}

// stopTimer(t *runtimeTimer) bool
NativeStatus time_stop_timer(NativeCall& c) {
  return ret_bool(c, c.vm->scheduler().stop_timer(static_cast<Timer*>(c.args[0].p)));
}

// sleepUntil(when int64): parks the goroutine on its own timer. Its state
// is complete before the timer is published: from then on another worker
// may fire it and run the goroutine.
NativeStatus time_sleep_until(NativeCall& c) {
  G* g = c.g;
  if (!g->sleep_timer) {
    g->sleep_timer = new Timer();
    g->sleep_timer->fn = ready_sleeper;
    g->sleep_timer->arg = slot_p(g);
  }
  g->status = GStatus::Waiting;
  g->wait_reason = WaitReason::Sleep;
  c.vm->scheduler().set_timer(*c.w, g->sleep_timer, int_arg(c, 0), 0);
  c.vm->scheduler().stress_pause(*c.w);  // g may run elsewhere meanwhile
  return NativeStatus::Park;
}

constexpr NativeDef kTimeNatives[] = {
    {"time.localZone", time_local_zone}, {"time.localZoneName", time_local_zone_name},
    {"time.newTimer", time_new_timer},
    {"time.now", time_now},              {"time.runtimeNano", time_runtime_nano},
    {"time.setTimer", time_set_timer},   {"time.sleepUntil", time_sleep_until},
    {"time.stopTimer", time_stop_timer},
};

}  // namespace

const NativeTable time_natives = kTimeNatives;

}  // namespace csp
