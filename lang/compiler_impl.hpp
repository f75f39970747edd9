// The compiler's internal state, shared by its source files
// (compiler.cpp: functions, variables, calls, control flow;
// compiler_composite.cpp: arrays, slices, structs, pointers, maps;
// compiler_select.cpp: select).
#pragma once

#include <cassert>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

#include "lang/compiler.hpp"
#include "vm/layout.hpp"
#include "vm/slices.hpp"

namespace csp {
namespace compiler_detail {

// How a value of a type is held in its slot (spec/internals.md, "Values").
enum class Rep : uint8_t {
  Int, Uint, Float, Float32, Bool, String,
  Ref,    // chan, func, untyped nil: a pointer compared by identity
  Ptr,    // *T: an interior pointer
  Slice,  // pointer to an immutable SliceObj
  Agg,    // struct or array: pointer to its box's slots (copy semantics)
  Map,    // pointer to a MapObj
  Iface,  // pointer to an immutable Iface box
  Complex, Complex64,  // pointer to an immutable {re, im} (vm/complex.hpp)
  Unsupported
};

inline Rep rep_of(const Type* t) {
  if (!t) return Rep::Unsupported;
  const Type* u = t->underlying();
  if (!u) return Rep::Unsupported;
  switch (u->kind) {
    case TypeKind::Basic: {
      auto* b = static_cast<const BasicType*>(u);
      switch (b->bkind) {
        case BasicKind::Bool:
        case BasicKind::UntypedBool: return Rep::Bool;
        case BasicKind::Int: case BasicKind::Int8: case BasicKind::Int16:
        case BasicKind::Int32: case BasicKind::Int64:
        case BasicKind::UntypedInt: case BasicKind::UntypedRune: return Rep::Int;
        case BasicKind::Uint: case BasicKind::Uint8: case BasicKind::Uint16:
        case BasicKind::Uint32: case BasicKind::Uint64: case BasicKind::Uintptr: return Rep::Uint;
        case BasicKind::Float64: case BasicKind::UntypedFloat: return Rep::Float;
        case BasicKind::Float32: return Rep::Float32;
        case BasicKind::Complex128:
        case BasicKind::UntypedComplex: return Rep::Complex;
        case BasicKind::Complex64: return Rep::Complex64;
        case BasicKind::String: case BasicKind::UntypedString: return Rep::String;
        case BasicKind::UntypedNil: return Rep::Ref;
        default: return Rep::Unsupported;
      }
    }
    case TypeKind::Chan:
    case TypeKind::Signature: return Rep::Ref;
    case TypeKind::Pointer: return Rep::Ptr;
    case TypeKind::Map: return Rep::Map;
    case TypeKind::Slice: return Rep::Slice;
    case TypeKind::Array:
    case TypeKind::Struct: return Rep::Agg;
    case TypeKind::Interface: return Rep::Iface;
    default: return Rep::Unsupported;
  }
}

inline bool is_intlike(Rep r) { return r == Rep::Int || r == Rep::Uint; }
inline bool is_complex_rep(Rep r) { return r == Rep::Complex || r == Rep::Complex64; }

// The instruction that re-wraps a 64-bit result into a sized integer type.
inline Op wrap_op(const Type* t) {
  auto* b = as_basic(t);
  if (!b) return Op::Nop;
  switch (b->bkind) {
    case BasicKind::Int8: return Op::Sext8;
    case BasicKind::Int16: return Op::Sext16;
    case BasicKind::Int32: return Op::Sext32;
    case BasicKind::Uint8: return Op::Zext8;
    case BasicKind::Uint16: return Op::Zext16;
    case BasicKind::Uint32: return Op::Zext32;
    default: return Op::Nop;
  }
}

bool is_plain_call(const CallExpr* c);
bool is_aggregate_type(const Type* t);
bool const_key(const Expr* e, std::pair<int, uint64_t>* key);
void loop_constants(const Node* n, bool in_loop, std::vector<const Expr*>& out);

struct JumpLabel {
  std::vector<int> jumps;  // jump instructions to patch
  int target = -1;
};

// A break/continue target: a loop, switch or select.
struct BranchScope {
  std::string label;  // empty when unlabeled
  bool is_loop = false;
  JumpLabel* break_label = nullptr;
  JumpLabel* continue_label = nullptr;
};

struct FuncState {
  FuncState* parent = nullptr;
  Proto* proto = nullptr;
  const void* owner = nullptr;  // FuncDecl, FuncLit or File
  const FuncInfo* info = nullptr;
  uint32_t freereg = 0;
  int line = 0;
  std::unordered_map<const Var*, int> upvals;  // free variable -> cell index
  std::vector<BranchScope> branches;
  std::string pending_label;  // label of the statement being compiled
  std::unordered_map<std::string, JumpLabel> goto_labels;  // function-wide, for goto
  int nlits = 0;              // function literals so far, for their names
  bool has_defer = false;     // the body has defer statements
  // Constants used as operands inside loops, loaded once at entry:
  // (representation, bits) -> register.
  std::map<std::pair<int, uint64_t>, int> const_regs;
  // Operands of the statement being compiled that were evaluated early, as
  // gc orders them (compiler_order.cpp), and the order they were added in.
  struct Hoisted {
    int reg;
    bool used;
  };
  std::unordered_map<const Expr*, Hoisted> hoisted;
  std::vector<const Expr*> hoist_log;
};

class Compiler {
 public:
  Compiler(Program& prog, const Package& pkg, Diagnostics& diags)
      : prog_(prog), pkg_(pkg), diags_(diags) {}

  bool run();

 private:
  Program& prog_;
  const Package& pkg_;
  Diagnostics& diags_;
  FuncState* fs_ = nullptr;
  // The +, - or * expression binary_into may leave unwrapped (its parent wraps).
  const Expr* unwrapped_ = nullptr;
  const char* file_ = "";
  std::unordered_map<const Type*, int> type_index_;
  std::unordered_map<int, int> native_wrappers_;  // native index -> wrapper proto
  std::vector<Func*> fresh_;  // functions this call compiles
  // Nodes and variables made up by the compiler (wrappers for deferred builtins).
  std::vector<std::unique_ptr<Node>> synth_nodes_;
  std::vector<std::unique_ptr<Var>> synth_vars_;

  // ---- diagnostics ----
  void unsupported(const Node* n, const std::string& what) {
    diags_.error(n ? n->pos : Pos{}, "not supported yet: " + what);
  }

  // ---- emission ----
  int pc() const { return static_cast<int>(fs_->proto->code.size()); }
  int emit(Op op, int a = 0, int b = 0, int c = 0) {
    Instr in{op, uint16_t(a), uint16_t(b), uint16_t(c)};
    fs_->proto->code.push_back(in);
    fs_->proto->lines.push_back(fs_->line);
    return pc() - 1;
  }
  // RunDefers runs a frame's deferred calls on return, re-executed until
  // none is left, so the frame's saved pc stays on it meanwhile; that is
  // how tracebacks know the frame is returning (Go prints the line of the
  // return, not of the last call). A frame whose call is running, or whose
  // instruction panicked, has its pc just past that instruction: so that it
  // is never a RunDefers, a Nop goes between unless the instruction before
  // never falls through.
  void emit_run_defers() {
    if (pc() > 0) {
      Op last = fs_->proto->code.back().op;
      if (last != Op::Ret && last != Op::Jmp && last != Op::Unreachable) emit(Op::Nop);
    }
    emit(Op::RunDefers);
  }
  int emit_bx(Op op, int a, uint32_t bx) {
    int at = emit(op, a);
    fs_->proto->code[at].set_bx(bx);
    return at;
  }
  // Marks the operands of the bounds check emitted at `at` whose type is a
  // 64-bit unsigned one (Proto::unsigned_bounds): index or low, high, max.
  // Go widens narrower indexes to int before the check, so only uint,
  // uint64 and uintptr failures are reported unsigned (%#v shows the flag).
  void note_unsigned_bounds(int at, const Expr* k0, const Expr* k1 = nullptr, const Expr* k2 = nullptr) {
    uint32_t mask = 0, bit = 1;
    for (const Expr* e : {k0, k1, k2}) {
      const BasicType* b = e && e->type ? as_basic(e->type) : nullptr;
      if (b && (b->bkind == BasicKind::Uint || b->bkind == BasicKind::Uint64 || b->bkind == BasicKind::Uintptr))
        mask |= bit;
      bit <<= 1;
    }
    if (mask) fs_->proto->unsigned_bounds.push_back(static_cast<uint32_t>(at) << 3 | mask);
  }
  void touch(uint32_t reg) {
    if (reg + 1 > fs_->proto->maxstack) fs_->proto->maxstack = reg + 1;
  }
  int alloc_reg() {
    int r = static_cast<int>(fs_->freereg++);
    touch(r);
    if (fs_->freereg > 60000) diags_.error(Pos{fs_->line, 1}, "function too large");
    return r;
  }
  void patch_to(int at, int target) {
    Instr& in = fs_->proto->code[at];
    int off = target - (at + 1);
    if (in.op == Op::Jmp) {
      in.set_sbx(off);
    } else {
      if (off < INT16_MIN || off > INT16_MAX) {
        diags_.error(Pos{fs_->proto->lines[at], 1}, "function too large (jump out of range)");
        return;
      }
      in.c = uint16_t(int16_t(off));
    }
  }
  void bind(JumpLabel& l) {
    l.target = pc();
    for (int j : l.jumps) patch_to(j, l.target);
    l.jumps.clear();
  }
  void jump_to(JumpLabel& l, int at) {
    if (l.target >= 0) patch_to(at, l.target);
    else l.jumps.push_back(at);
  }
  void jmp(JumpLabel& l) { jump_to(l, emit(Op::Jmp)); }

  int const_index(Slot v) {
    auto& k = fs_->proto->consts;
    for (size_t i = 0; i < k.size(); ++i)
      if (k[i].u == v.u) return static_cast<int>(i);
    k.push_back(v);
    return static_cast<int>(k.size() - 1);
  }
  void load_int(int dst, int64_t v) {
    if (v >= INT32_MIN && v <= INT32_MAX) {
      int at = emit(Op::LoadI, dst);
      fs_->proto->code[at].set_sbx(int32_t(v));
    } else {
      emit_bx(Op::LoadK, dst, const_index(slot_i(v)));
    }
  }
  // The element width operand of slice/array instructions: slots, or
  // kByteStride for packed byte elements.
  uint64_t stride_of(const Type* elem) { return is_byte_elem(elem) ? kByteStride : value_slots(elem); }
  // Loads and stores through a pointer of type *T (a *byte may point into a
  // packed array, so it moves one byte).
  Op load_op(const Type* t) const { return is_byte_elem(t) ? Op::LoadB : Op::Load; }
  Op store_op(const Type* t) const { return is_byte_elem(t) ? Op::StoreB : Op::Store; }
  int type_index(const Type* t) {
    auto it = type_index_.find(t);
    if (it != type_index_.end()) return it->second;
    prog_.types.push_back(t);
    Program::TypeInfo ti{static_cast<uint32_t>(value_slots(t)),
                         static_cast<uint32_t>(go_sizeof(t)), is_byte_elem(t)};
    gc_type_info(prog_, t, &ti.layout, &ti.noscan);
    prog_.type_info.push_back(ti);
    int i = static_cast<int>(prog_.types.size() - 1);
    type_index_[t] = i;
    return i;
  }

  // ---- functions ----
  void assign_indexes();
  Proto* new_proto(const std::string& name, int line) {
    prog_.protos.push_back(std::make_unique<Proto>());
    Proto* p = prog_.protos.back().get();
    p->name = name;
    p->file = file_;
    p->line = line;
    return p;
  }
  void compile_func(Proto* p, const void* owner, const FuncInfo* info, const BlockStmt* body,
                    int end_line);
  void compile_entry();

  // ---- variables ----
  enum class VarWhere { Local, Cell, Upval, Global, Blank };
  VarWhere where(const Var* v, int* index);
  void load_var(const Var* v, int dst);
  // Register holding v's value without a copy, or -1.
  int var_reg_direct(const Var* v) {
    int idx;
    return where(v, &idx) == VarWhere::Local ? idx : -1;
  }
  void store_var(const Var* v, int src);
  // Declares a new local in register r (which holds its initial value).
  void declare_local(Var* v, int r) {
    if (rep_of(v->type) == Rep::Unsupported)
      diags_.error(v->pos, "not supported yet: variables of type " + type_string(v->type));
    v->slot = r;
    if (v->captured) emit(Op::NewCell, r, r);
  }

  // ---- expressions ----
  void expr_into(const Expr* e, int dst);
  int expr_reg(const Expr* e);  // a register holding e's value (may be a local)
  void expr_into_fresh(const Expr* e, int r);
  void constant_into(const Expr* e, int dst);
  void binary_into(const BinaryExpr* e, int dst);
  void unary_into(const UnaryExpr* e, int dst);
  void call_into(const CallExpr* e, int dst);
  // Compiles the call with arguments at `base`; results land at base...
  // Returns the number of result slots, or -1 on error. `go` selects the go
  // statement's form.
  int call_at(const CallExpr* e, int base, bool go);
  void builtin_call(const CallExpr* e, BuiltinId id, int dst);
  void conversion_into(const CallExpr* e, int dst);
  // Evaluates e into dst converted for assignment to type `to` (boxing into
  // an interface where needed).
  void assign_into(const Expr* e, const Type* to, int dst);
  void box_in_place(int reg, const Type* from, const Type* to);
  // Args for a call to sig at base; returns slot count or -1.
  int args_at(const CallExpr* e, const SignatureType* sig, int base, bool native);
  void pack_variadic(int first, int n, const Type* slice_type);
  Op inlined_fast_path(const Func* m, int32_t* callee);
  int native_index(const Func* fn_obj, const Node* at);
  int native_wrapper(const Func* fn_obj, const Node* at);
  void func_lit_into(const FuncLit* lit, int dst);

  // ---- evaluation order (compiler_order.cpp) ----
  // A statement's expression: `target` for a left side that is only
  // assigned (its own value is not read); `whole_is_root` when the
  // expression is the statement's only work (a call statement, `return
  // f()`), so it is not evaluated early itself.
  struct OrderRoot {
    const Expr* e;
    bool whole_is_root = false;
    bool target = false;
    bool calls_first = false;  // its calls must be evaluated early whatever else
  };
  // Over one statement: evaluates its early operands first when the
  // statement could tell (see compiler_order.cpp); restores the registers at
  // the end unless the statement declares locals.
  class OrderScope {
   public:
    OrderScope(Compiler* c, const std::vector<OrderRoot>& roots, bool restore = true);
    ~OrderScope();
    OrderScope(const OrderScope&) = delete;
    OrderScope& operator=(const OrderScope&) = delete;

   private:
    Compiler* c_;
    bool restore_;
    uint32_t save_;
    size_t log_start_;
  };
  std::vector<OrderRoot> order_roots(const Stmt* s);
  bool early_node(const Expr* e);
  bool effectful_node(const Expr* e);
  bool observable_node(const Expr* e);
  bool contains_call(const Expr* e);
  void scan_order(const Expr* e, bool root, bool target, bool* effect, bool* observe, bool* needs);
  // `copy`: e is an argument gc copies for its conversion to an interface.
  void hoist(const Expr* e, bool self, bool copy = false);
  // The register holding e's early value, or -1.
  int hoisted_reg(const Expr* e);
  void order_operand_cond(const Expr* e, bool when, JumpLabel& l);
  void order_operand_into(const Expr* e, int dst);
  // Testing aid: evaluate early operands in every statement that has any
  // (CSP_ORDER_ALWAYS set), to check that every path finds them.
  bool order_always_ = std::getenv("CSP_ORDER_ALWAYS") != nullptr;

  // Conditional jump: jumps to l when e's truth equals `when`.
  void cond_jump(const Expr* e, bool when, JumpLabel& l);

  // ---- statements ----
  void block(const std::vector<Stmt*>& list);
  void stmt(const Stmt* s);
  void assign_stmt(const AssignStmt* s);
  bool multi_value_at(const Expr* r, int base, const std::vector<const Type*>& to, const Node* at);
  void define_stmt(const AssignStmt* s);
  void op_assign(const Expr* lhs, Tok op, const Expr* rhs, const Node* at);
  void store_to(const Expr* lhs, int src);
  void var_decl(const ValueSpec* spec, bool global);
  void return_stmt(const ReturnStmt* s);
  void if_stmt(const IfStmt* s);
  void for_stmt(const ForStmt* s);
  void range_stmt(const RangeStmt* s);
  void switch_stmt(const SwitchStmt* s);
  void branch_stmt(const BranchStmt* s);
  void go_stmt(const GoStmt* s);
  void defer_stmt(const DeferStmt* s);
  void defer_builtin(const CallExpr* call, BuiltinId id);
  void type_switch_stmt(const TypeSwitchStmt* s);
  bool deferring_ = false;  // call_at emits Defer* instead of calls
  const CallExpr* go_defer_call_ = nullptr;  // the call of the go or defer statement compiled
  void send_stmt(const SendStmt* s);
  // ---- select and receives (compiler_select.cpp) ----
  void select_stmt(const SelectStmt* s);
  void received_into(const AssignStmt* a, const UnaryExpr* recv, int val);
  void recv_zero_fixup(int reg, const Type* chan_type);
  void incdec_stmt(const IncDecStmt* s);

  // ---- composites (compiler_composite.cpp) ----
  struct Place {
    enum Kind { Var, Ptr, Field, MapElem, Elem, Blank } kind = Blank;
    const csp::Var* var = nullptr;
    // Ptr: register holding the slot's address; Field: the struct (a
    // pointer to its slots), nil-checked at the load or store;
    // MapElem: the map; Elem: the slice, or the array's box, whose element
    // is checked and addressed at the store (a parallel assignment's second
    // phase).
    int reg = -1;
    int key = -1;   // MapElem: register holding the key; Elem: the index; Field: the slot offset
    const IndexExpr* index = nullptr;  // Elem
    const Type* type = nullptr;
  };
  void fuse_map_update(Place& pl, const Expr* rhs);
  bool map_expr(const Expr* e, int dst);
  bool range_map(const RangeStmt* s, const std::string& label);
  // v, ok := m[k] into base, base+1; false if e is not a map index.
  bool map_index2(const Expr* e, int base);
  uint64_t width_of(const Type* t);
  bool is_fresh(const Expr* e);
  // Evaluates e into dst as a value dst owns (aggregates cloned unless fresh).
  void owned_into(const Expr* e, int dst);
  void clone(int dst, int src, const Type* t);
  void copy_slots(int dst, int src, const Type* t);
  void zero_into(const Type* t, int dst);
  int elem_type_index(const Type* elem);
  // deferred_index: a slice or array element is checked only when stored
  // (Place::Elem), as Go's tuple assignments do.
  // `assigned`: the left-hand sides of the statement, whose variables an
  // Elem place must not read at the store (it copies them first).
  Place place_of(const Expr* e, bool deferred_index = false,
                 const std::vector<Expr*>* assigned = nullptr);
  bool index_address(const IndexExpr* ix, int x, int k, int dst);
  Place elem_as_ptr(const Place& pl);
  void place_load(const Place& pl, int dst);
  void place_store(const Place& pl, int src);
  bool address_into(const Expr* e, int dst);
  bool field_base(const SelectorExpr* se, int* base, uint64_t* off);
  bool composite_expr(const Expr* e, int dst);
  void store_elem(int p, uint64_t off, const Expr* v, const Type* elem);
  void composite_lit(const CompositeLit* lit, int dst);
  bool composite_builtin(const CallExpr* e, BuiltinId id, int dst);
  bool composite_conversion(const CallExpr* e, int dst);
  bool range_composite(const RangeStmt* s, const std::string& label);
  // The receiver of a method call x.M(...) as the method expects it.
  bool receiver_into(const SelectorExpr* se, int dst);
  int method_expr_wrapper(const SelectorExpr* se);
  int iface_method_wrapper(const Type* it, int index, int cell, int line);
  void register_methods(const Type* t);
  int promoted_wrapper(const Type* t, const std::string& name, const std::vector<int>& path,
                       const std::vector<bool>& deref, const Func* m, int iface_method);

  void set_line(const Node* n) {
    if (n && n->pos.valid()) fs_->line = n->pos.line;
  }
  // wrap = false leaves a sized integer result unwrapped (see binary_into).
  void arith(Tok op, const Type* t, int dst, int x, int y, const Node* at, bool wrap = true);
  void shift(Tok op, const Type* t, int dst, int x, const Expr* count);
  Op compare_op(Tok op, Rep r, bool* swap, bool* negate);
};

}  // namespace compiler_detail
}  // namespace csp
