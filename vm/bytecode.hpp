// Bytecode: instruction encoding, the opcode table, function prototypes.
//
// Register machine, Lua 5 style, with statically typed instructions: the
// compiler picks AddI or AddF from the operands' static types, so the
// interpreter never looks at a type tag.
//
// Encoding: every instruction is 8 bytes, four 16-bit fields:
//
//   | op:16 | a:16 | b:16 | c:16 |       ABC
//   | op:16 | a:16 |     bx:32   |       ABx / AsBx (b low, c high)
//
// Registers are 16-bit (65,536 per frame), so no function is ever "too
// complex". A conditional jump carries its signed 16-bit offset in c
// ("sc"); the compiler falls back to an inverted test over a Jmp with a
// 32-bit offset when a target is farther away. Jump offsets count
// instructions and are relative to the instruction after the jump.
//
// CSP_OPCODES(X) declares each opcode once as X(Name, Format, "meaning");
// the enum, the name table, the disassembler's operand layout and the
// interpreter's dispatch table are all generated from it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/value.hpp"

namespace csp {

// Operand formats, for the disassembler.
enum class OpFormat : uint8_t {
  None,  // no operands
  A,     // a
  AB,    // a b
  ABC,   // a b c
  ABx,   // a bx (unsigned 32)
  AsBx,  // a sbx (signed 32)
  sBx,   // sbx (signed 32): a jump
  ABsC,  // a b sc: compare R[a] with R[b], jump by sc
  AkBsC, // a kb sc: compare R[a] with the signed immediate b, jump by sc
  AsC,   // a sc: test R[a], jump by sc
  ABkC,  // a b kc: R[b] op signed immediate c
};

// The c operand of MinMax: which builtin, on which representation.
enum class MinMaxKind : uint8_t { MinI, MaxI, MinU, MaxU, MinF, MaxF, MinS, MaxS };

#define CSP_OPCODES(X)                                                           \
  X(Nop, None, "")                                                               \
  X(Move, AB, "R[a] = R[b]")                                                     \
  X(LoadI, AsBx, "R[a].i = sbx")                                                 \
  X(LoadK, ABx, "R[a] = K[bx]")                                                  \
  X(GetGlobal, ABx, "R[a] = Globals[bx]")                                        \
  X(SetGlobal, ABx, "Globals[bx] = R[a]")                                        \
  /* captured variables live in cells */                                        \
  X(NewCell, AB, "R[a] = new cell holding R[b]")                                 \
  X(GetCell, AB, "R[a] = R[b].cell")                                             \
  X(SetCell, AB, "R[a].cell = R[b]")                                             \
  X(GetUpval, AB, "R[a] = Cells[b].value")                                       \
  X(SetUpval, AB, "Cells[a].value = R[b]")                                       \
  X(UpvalCell, AB, "R[a] = Cells[b] (the cell itself)")                          \
  X(Closure, ABx, "R[a] = closure of P[bx] over the cells its captures name")    \
  /* integers (int64 registers; sized types are re-wrapped after) */             \
  X(AddI, ABC, "R[a] = R[b] + R[c]")                                             \
  X(SubI, ABC, "R[a] = R[b] - R[c]")                                             \
  X(MulI, ABC, "R[a] = R[b] * R[c]")                                             \
  X(DivI, ABC, "R[a] = R[b] / R[c] (panics on zero)")                            \
  X(RemI, ABC, "R[a] = R[b] % R[c] (panics on zero)")                            \
  X(DivU, ABC, "R[a] = R[b] / R[c] unsigned")                                    \
  X(RemU, ABC, "R[a] = R[b] % R[c] unsigned")                                    \
  X(AndI, ABC, "R[a] = R[b] & R[c]")                                             \
  X(OrI, ABC, "R[a] = R[b] | R[c]")                                              \
  X(XorI, ABC, "R[a] = R[b] ^ R[c]")                                             \
  X(AndNotI, ABC, "R[a] = R[b] &^ R[c]")                                         \
  X(ShlI, ABC, "R[a] = R[b] << R[c] (count checked)")                            \
  X(ShrI, ABC, "R[a] = R[b] >> R[c] arithmetic")                                 \
  X(ShrU, ABC, "R[a] = R[b] >> R[c] logical")                                    \
  X(ShlU, ABC, "R[a] = R[b] << R[c], count unsigned")                            \
  X(ShrIU, ABC, "R[a] = R[b] >> R[c] arithmetic, count unsigned")                \
  X(ShrUU, ABC, "R[a] = R[b] >> R[c] logical, count unsigned")                   \
  X(AddIK, ABkC, "R[a] = R[b] + kc")                                             \
  X(MulIK, ABkC, "R[a] = R[b] * kc")                                             \
  X(DivIK, ABkC, "R[a] = R[b] / kc, signed (kc > 0: cannot fail)")               \
  X(RemIK, ABkC, "R[a] = R[b] % kc, signed (kc > 0: cannot fail)")               \
  X(ShlIK, ABkC, "R[a] = R[b] << kc (0 <= kc < 64)")                            \
  X(ShrIK, ABkC, "R[a] = R[b] >> kc arithmetic (0 <= kc < 64)")                 \
  X(ShrUK, ABkC, "R[a] = R[b] >> kc logical (0 <= kc < 64)")                    \
  X(NegI, AB, "R[a] = -R[b]")                                                    \
  X(NotI, AB, "R[a] = ^R[b]")                                                    \
  X(Sext8, AB, "R[a] = int8(R[b])")                                              \
  X(Sext16, AB, "R[a] = int16(R[b])")                                            \
  X(Sext32, AB, "R[a] = int32(R[b])")                                            \
  X(Zext8, AB, "R[a] = uint8(R[b])")                                             \
  X(Zext16, AB, "R[a] = uint16(R[b])")                                           \
  X(Zext32, AB, "R[a] = uint32(R[b])")                                           \
  X(EqI, ABC, "R[a] = R[b] == R[c]")                                             \
  X(NeI, ABC, "R[a] = R[b] != R[c]")                                             \
  X(LtI, ABC, "R[a] = R[b] < R[c]")                                              \
  X(LeI, ABC, "R[a] = R[b] <= R[c]")                                             \
  X(LtU, ABC, "R[a] = R[b] < R[c] unsigned")                                     \
  X(LeU, ABC, "R[a] = R[b] <= R[c] unsigned")                                    \
  /* floats */                                                                   \
  X(AddF, ABC, "R[a] = R[b] + R[c]")                                             \
  X(SubF, ABC, "R[a] = R[b] - R[c]")                                             \
  X(MulF, ABC, "R[a] = R[b] * R[c]")                                             \
  X(DivF, ABC, "R[a] = R[b] / R[c]")                                             \
  X(NegF, AB, "R[a] = -R[b]")                                                    \
  X(RoundF32, AB, "R[a] = float64(float32(R[b]))")                               \
  X(EqF, ABC, "R[a] = R[b] == R[c]")                                             \
  X(NeF, ABC, "R[a] = R[b] != R[c]")                                             \
  X(LtF, ABC, "R[a] = R[b] < R[c]")                                              \
  X(LeF, ABC, "R[a] = R[b] <= R[c]")                                             \
  X(IToF, AB, "R[a] = float64(R[b])")                                            \
  X(UToF, AB, "R[a] = float64(uint64(R[b]))")                                    \
  X(FToI, AB, "R[a] = int64(R[b])")                                              \
  X(FToU, AB, "R[a] = uint64(R[b])")                                             \
  X(FToI32, AB, "R[a] = int32(R[b]) (for targets narrower than 32 bits, as amd64)") \
  /* booleans (0 or 1 in .i) */                                                  \
  X(MinMax, ABC, "R[a] = min or max of R[a] and R[b], c = MinMaxKind")         \
  X(Not, AB, "R[a] = !R[b]")                                                     \
  /* strings */                                                                  \
  X(Concat, ABC, "R[a] = R[b] + R[c]")                                           \
  X(EqS, ABC, "R[a] = R[b] == R[c]")                                             \
  X(NeS, ABC, "R[a] = R[b] != R[c]")                                             \
  X(LtS, ABC, "R[a] = R[b] < R[c]")                                              \
  X(LeS, ABC, "R[a] = R[b] <= R[c]")                                             \
  X(LenS, AB, "R[a] = len(R[b])")                                                \
  X(IndexS, ABC, "R[a] = R[b][R[c]] (a byte)")                                   \
  X(SliceS, ABC, "R[a] = R[b][R[c]:R[c+1]]")                                     \
  X(RuneToS, AB, "R[a] = string(rune(R[b]))")                                    \
  /* jumps */                                                                    \
  X(Jmp, sBx, "pc += sbx")                                                       \
  X(JTrue, AsC, "if R[a] { pc += sc }")                                          \
  X(JFalse, AsC, "if !R[a] { pc += sc }")                                        \
  X(JEqI, ABsC, "if R[a] == R[b] { pc += sc }")                                  \
  X(JNeI, ABsC, "if R[a] != R[b] { pc += sc }")                                  \
  X(JLtI, ABsC, "if R[a] < R[b] { pc += sc }")                                   \
  X(JLeI, ABsC, "if R[a] <= R[b] { pc += sc }")                                  \
  X(JLtU, ABsC, "if R[a] < R[b] unsigned { pc += sc }")                          \
  X(JLeU, ABsC, "if R[a] <= R[b] unsigned { pc += sc }")                         \
  X(JEqIK, AkBsC, "if R[a] == kb { pc += sc }")                                  \
  X(JNeIK, AkBsC, "if R[a] != kb { pc += sc }")                                  \
  X(JLtIK, AkBsC, "if R[a] < kb { pc += sc }")                                   \
  X(JLeIK, AkBsC, "if R[a] <= kb { pc += sc }")                                  \
  X(JGtIK, AkBsC, "if R[a] > kb { pc += sc }")                                   \
  X(JGeIK, AkBsC, "if R[a] >= kb { pc += sc }")                                  \
  X(JEqF, ABsC, "if R[a] == R[b] { pc += sc }")                                  \
  X(JNeF, ABsC, "if R[a] != R[b] { pc += sc }")                                  \
  X(JLtF, ABsC, "if R[a] < R[b] { pc += sc }")                                   \
  X(JLeF, ABsC, "if R[a] <= R[b] { pc += sc }")                                  \
  X(JNLtF, ABsC, "if !(R[a] < R[b]) { pc += sc }")                               \
  X(JNLeF, ABsC, "if !(R[a] <= R[b]) { pc += sc }")                              \
  /* calls: arguments at R[a]..., results replace them from R[a] */              \
  X(Call, ABx, "R[a]... = P[bx](R[a]...)")                                       \
  X(CallClosure, AB, "R[a]... = R[b](R[a]...)")                                  \
  X(CallNative, ABC, "R[a]... = N[b](R[a] .. R[a+c-1])")                         \
  X(CallNativeSpread, ABC, "R[a]... = N[b](R[a] .. R[a+c-2], R[a+c-1]...)")     \
  X(Ret, AB, "return R[a] .. R[a+b-1]")                                          \
  X(CallIface, ABC, "R[a]... = R[b].method c(R[a+1]...), receiver put in R[a]")  \
  /* goroutines and channels */                                                  \
  X(Go, ABx, "go P[bx](R[a]...)")                                                \
  X(GoClosure, AB, "go R[b](R[a]...)")                                           \
  X(MakeChan, AB, "R[a] = make(chan, R[b])")                                     \
  X(Send, AB, "R[a] <- R[b]")                                                    \
  X(Recv, AB, "R[a] = <-R[b]")                                                   \
  X(Recv2, AB, "R[a], R[a+1] = <-R[b]")                                          \
  X(Close, A, "close(R[a])")                                                     \
  X(LenCh, AB, "R[a] = len(R[b])")                                               \
  X(CapCh, AB, "R[a] = cap(R[b])")                                               \
  /* select over b cases at R[a+3]...: a (channel, send value) pair each, the   \
     first c & 0x7fff of them sends; c & 0x8000: has a default (never blocks) */ \
  X(Select, ABC, "R[a] = chosen case (-1: default), R[a+1] = received value, R[a+2] = ok") \
  /* aggregates: a struct or array value is a pointer to its box's slots;     \
     X is the Extra instruction that follows (operands that do not fit) */     \
  X(Extra, ABx, "operands of the previous instruction (never executed)")        \
  X(NewBox, ABx, "R[a] = new zeroed box for a value of type bx")                 \
  X(CloneBox, AB, "R[a] = new box of type X.bx copying R[b]")                    \
  X(CopyN, AB, "copy X.bx slots from R[b] to R[a]")                              \
  X(GetField, ABC, "R[a] = R[b][c] (nil check)")                                 \
  X(SetField, ABC, "R[a][b] = R[c] (nil check)")                                 \
  X(FieldAddr, ABC, "R[a] = &R[b][c] (nil check)")                               \
  X(Load, AB, "R[a] = *R[b] (nil check)")                                        \
  X(Store, AB, "*R[a] = R[b] (nil check)")                                       \
  X(LoadB, AB, "R[a] = *R[b] for a *byte or *bool (one byte; nil check)")        \
  X(StoreB, AB, "*R[a] = R[b] for a *byte or *bool (one byte; nil check)")       \
  X(IndexArr, ABC, "R[a] = R[b][R[c]], X.bx = length")                           \
  X(IndexArrB, ABC, "R[a] = R[b][R[c]] of a packed byte array, X.bx = length")   \
  X(SetIndexArr, ABC, "R[a][R[b]] = R[c], X.bx = length")                        \
  X(IndexArrAddr, ABC, "R[a] = &R[b][R[c] * X.a], X.bx = length")                \
  /* slices: R holds a SliceObj* (nil = nullptr) */                             \
  X(MakeSlice, ABC, "R[a] = make([]T, R[b], R[b+1]), c = element type")         \
  X(IndexSl, ABC, "R[a] = R[b][R[c]]")                                           \
  X(IndexSlB, ABC, "R[a] = R[b][R[c]] of a []byte or []bool (packed)")           \
  X(SetIndexSl, ABC, "R[a][R[b]] = R[c]")                                        \
  X(IndexSlAddr, ABC, "R[a] = &R[b][R[c]], X.a = element width")                \
  X(LenSl, AB, "R[a] = len(R[b])")                                               \
  X(CapSl, AB, "R[a] = cap(R[b])")                                               \
  X(SliceSl, ABC, "R[a] = R[b][R[c]:R[c+1]:R[c+2]], X.a = width|flags")         \
  X(SliceArr, ABC, "R[a] = R[b][R[c]:R[c+1]:R[c+2]], X.a = width|flags, X.bx = len") \
  X(Append, ABC, "R[a] = append(R[b], R[c] .. R[c+X.a-1]), X.bx = elem type")   \
  X(AppendSl, ABC, "R[a] = append(R[b], R[c]...), X.bx = element type")        \
  X(AppendStr, ABC, "R[a] = append(R[b] []byte, R[c] string...)")               \
  X(ClearSl, A, "clear(R[a]): zero R[a][:len], X.a = element width")           \
  X(CopySl, ABC, "R[a] = copy(R[b], R[c]), X.a = element width")                \
  X(CopyStr, ABC, "R[a] = copy(R[b] []byte, R[c] string)")                      \
  X(SliceToArrPtr, AB, "R[a] = (*[X.bx]T)(R[b]) (panics if len < X.bx)")         \
  X(StrToBytes, ABC, "R[a] = []byte(R[b]), c = 1: cap == len (a constant)")    \
  X(BytesToStr, AB, "R[a] = string(R[b] []byte)")                                \
  X(StrToRunes, AB, "R[a] = []rune(R[b])")                                       \
  X(RunesToStr, AB, "R[a] = string(R[b] []rune)")                                \
  X(NextRune, ABC, "R[a], R[a+1] = rune at R[b][R[c]] and its byte length")     \
  /* maps: R holds a MapObj* (nil = nullptr); X.a = value width */             \
  X(MakeMap, ABC, "R[a] = make(map, hint R[b]), c = the map type")              \
  X(MapIndex, ABC, "R[a] = R[b][R[c]] (zero if absent), X.a = value width")     \
  X(MapIndex2, ABC, "R[a], R[a+1] = R[b][R[c]] with comma-ok, X.a = width")     \
  X(MapElemAddr, ABC, "R[a] = &R[b][R[c]], inserting a zero value if absent")  \
  X(MapStore, ABC, "R[a][R[b]] = R[c], X.a = value width")                      \
  X(MapDelete, AB, "delete(R[a], R[b])")                                         \
  X(MapClear, A, "clear(R[a])")                                                  \
  X(LenMap, AB, "R[a] = len(R[b])")                                              \
  X(MapIterInit, AB, "R[a] = an iterator over R[b]")                             \
  X(MapIterNext, AB, "R[b], R[b+1], R[b+2] = next key, value, ok of R[a]")       \
  /* interfaces and panics */                                                    \
  X(Box, ABC, "R[a] = interface{Types[c], R[b]}")                                \
  X(IsNil, AB, "R[a] = R[b] == nil")                                             \
  X(TypeAssert, ABC, "R[a] = R[b].(Types[c]), X.bx = the operand's interface type") \
  X(TypeAssert2, ABC, "R[a], R[a+1] = R[b].(Types[c]) with comma-ok, X.bx as above") \
  X(EqIface, ABC, "R[a] = R[b] == R[c] (interfaces: dynamic type and value)")    \
  X(EqAgg, ABC, "R[a] = R[b] == R[c] (structs/arrays), X.bx = type")             \
  X(Panic, A, "panic(R[a])")                                                     \
  X(Defer, ABx, "defer P[bx](R[a]...)")                                          \
  X(DeferClosure, AB, "defer R[b](R[a]...)")                                     \
  X(DeferNative, ABC, "defer N[b](R[a] .. R[a+c-1])")                            \
  X(RunDefers, None, "run this frame's pending deferred calls (re-executed until none)") \
  X(Recover, A, "R[a] = recover()")                                              \
  X(Unreachable, A, "fatal: missing return or bad jump (a = reason)")            \
  /* complex: R holds a pointer to an immutable {re, im} (nullptr = 0+0i);   \
     the C64 forms round both parts to float32; keep AddC..DivC64 in order */    \
  X(MakeC, ABC, "R[a] = complex(R[b], R[c])")                                    \
  X(RealC, AB, "R[a] = real(R[b])")                                              \
  X(ImagC, AB, "R[a] = imag(R[b])")                                              \
  X(AddC, ABC, "R[a] = R[b] + R[c]")                                             \
  X(SubC, ABC, "R[a] = R[b] - R[c]")                                             \
  X(MulC, ABC, "R[a] = R[b] * R[c]")                                             \
  X(DivC, ABC, "R[a] = R[b] / R[c] (Go's complex128div)")                        \
  X(AddC64, ABC, "R[a] = R[b] + R[c] (complex64)")                               \
  X(SubC64, ABC, "R[a] = R[b] - R[c] (complex64)")                               \
  X(MulC64, ABC, "R[a] = R[b] * R[c] (complex64)")                               \
  X(DivC64, ABC, "R[a] = R[b] / R[c] (complex64)")                               \
  X(NegC, AB, "R[a] = -R[b]")                                                    \
  X(RoundC64, AB, "R[a] = complex64(R[b])")                                      \
  X(EqC, ABC, "R[a] = R[b] == R[c]")                                             \
  X(NeC, ABC, "R[a] = R[b] != R[c]")                                             \
  /* sync.Mutex's fast paths, inlined at call sites (Go's inliner does it) */    \
  X(MutexLock, ABx, "R[a].Lock(): take a mutex neither locked nor starving, else call P[bx] (lockSlow)") \
  X(MutexUnlock, ABx, "R[a].Unlock(): clear the lock bit; to wake a waiter, R[a+1] = state, call P[bx] (unlockSlow)") \
  X(GlobalAddr, ABx, "R[a] = &Globals[bx]")

enum class Op : uint16_t {
#define CSP_X(name, fmt, doc) name,
  CSP_OPCODES(CSP_X)
#undef CSP_X
      Count_
};

const char* op_name(Op op);
OpFormat op_format(Op op);

struct Instr {
  Op op;
  uint16_t a = 0;
  uint16_t b = 0;
  uint16_t c = 0;

  uint32_t bx() const { return uint32_t(b) | (uint32_t(c) << 16); }
  int32_t sbx() const { return int32_t(bx()); }
  int16_t sb() const { return int16_t(b); }
  int16_t sc() const { return int16_t(c); }
  void set_bx(uint32_t v) { b = uint16_t(v); c = uint16_t(v >> 16); }
  void set_sbx(int32_t v) { set_bx(uint32_t(v)); }
};
static_assert(sizeof(Instr) == 8);

// Where a closure finds a captured cell when it is created: a register of
// the creating frame (holding a Cell*) or one of the creator's own cells.
struct Capture {
  bool from_upval;
  uint16_t index;
};

// A compiled function.
struct Proto {
  std::string name;  // as tracebacks print it: "main.fib", "main.main.func1"
  const char* file = "";
  int32_t line = 0;  // of the declaration
  std::vector<Instr> code;
  std::vector<int32_t> lines;  // source line of each instruction
  std::vector<Slot> consts;
  std::vector<Capture> captures;
  uint16_t nparams = 0;   // parameter slots, R[0] .. R[nparams-1]
  uint16_t nresults = 0;  // result slots
  uint32_t maxstack = 0;  // registers the frame needs
  bool hidden = false;    // runtime glue, left out of tracebacks
  // Functions with defer statements: where a frame continues after a
  // deferred call recovered a panic (runs the remaining defers, returns the
  // result variables).
  int32_t recover_pc = -1;
  // Bounds checks with operands of unsigned type, which Go's boundsError
  // prints unsigned (a uint64 index past MaxInt64 is not negative): one
  // entry (pc << 3 | mask) per such instruction, in pc order; mask bit k is
  // operand k (0 the index or low bound, 1 the high bound, 2 the max).
  std::vector<uint32_t> unsigned_bounds;

  int32_t line_at(const Instr* pc) const {
    size_t i = static_cast<size_t>(pc - code.data());
    return i < lines.size() ? lines[i] : line;
  }
  // Whether operand k of the bounds check at pc has an unsigned type.
  bool unsigned_operand(const Instr* pc, int k) const {
    if (k < 0) return false;
    uint32_t at = static_cast<uint32_t>(pc - code.data());
    for (uint32_t e : unsigned_bounds)
      if (e >> 3 == at) return (e >> k) & 1;
    return false;
  }
};

}  // namespace csp
