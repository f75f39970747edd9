// The compiler: one pass over each function body, emitting typed register
// bytecode.
//
// Registers: a function's parameters occupy R[0..nparams); every other local
// gets the next free register when it is declared and keeps it until its
// block ends; temporaries live above the locals and are released at the end
// of each statement (Lua's discipline). A call evaluates its arguments into
// consecutive registers starting at the first free one; the callee's frame
// starts there, so arguments never move, and results come back in the same
// registers.
//
// Captured variables: a local that a function literal refers to lives in a
// heap Cell; its register holds the Cell, reads and writes go through it, and
// closures capture the Cell itself (by reference, as Go requires). Loop
// variables get a fresh Cell per iteration (Go 1.22).
#include <algorithm>
#include <unordered_map>

#include "lang/ast_walk.hpp"
#include "lang/compiler_impl.hpp"

namespace csp {
namespace compiler_detail {

// ---------------------------------------------------------------------------

// One walk before compiling marks how variables are used:
// - a scalar whose address is taken lives in a cell, like a captured one
//   (an aggregate variable's box is already addressable);
// - a variable assigned after its declaration is `reassigned`, so a range
//   loop can keep an unassigned loop variable in the loop's own counter
//   register instead of copying it each iteration.
static void mark_variable_uses(const Node* root) {
  auto var_of = [](const Expr* x) -> Var* {
    while (auto* p = as<ParenExpr>(x)) x = p->x;
    auto* id = as<Ident>(x);
    if (!id || !id->obj || id->obj->kind != ObjKind::Var) return nullptr;
    return static_cast<Var*>(id->obj);
  };
  auto assigned = [&](const Expr* x) {
    Var* v = var_of(x);
    const Node* id = x;
    while (auto* p = as<ParenExpr>(id)) id = p->x;
    if (v && !(v->pos.line == id->pos.line && v->pos.col == id->pos.col))  // not its declaration
      v->reassigned = true;
  };
  walk(root, [&](const Node* n) {
    const Expr* addr = nullptr;
    if (auto* u = as<UnaryExpr>(n); u && u->op == Tok::And) addr = u->x;
    // x.M() with a pointer method on an addressable scalar x takes &x.
    if (auto* se = as<SelectorExpr>(n); se && se->selection && se->selection->recv_addr &&
                                        se->selection->path.empty())
      addr = se->x;
    if (Var* v = addr ? var_of(addr) : nullptr; v && !is_aggregate_type(v->type)) v->captured = true;
    if (auto* a = as<AssignStmt>(n)) {
      for (const Expr* l : a->lhs) assigned(l);
    } else if (auto* d = as<IncDecStmt>(n)) {
      assigned(d->x);
    } else if (auto* r = as<RangeStmt>(n); r && r->tok == Tok::Assign) {
      if (r->key) assigned(r->key);
      if (r->value) assigned(r->value);
    }
  });
}

bool Compiler::run() {
  if (!pkg_.files.empty()) file_ = prog_.file_name(pkg_.files.back()->filename);
  else file_ = prog_.file_name("$GOROOT/src/" + pkg_.path + "/" + pkg_.name + ".go");
  for (const File* f : pkg_.files) {
    for (const Decl* d : f->decls) mark_variable_uses(d);
    for (const Stmt* st : f->stmts) mark_variable_uses(st);
  }
  assign_indexes();
  if (diags_.has_errors()) return false;
  // A package of several files (the standard library's): each function's
  // code, closures included, names the file that declares it.
  std::unordered_map<const Decl*, const char*> decl_file;
  if (pkg_.files.size() > 1)
    for (const File* f : pkg_.files)
      for (const Decl* d : f->decls) decl_file[d] = prog_.file_name(f->filename);
  for (Func* f : fresh_) {
    const FuncDecl* d = f->decl;
    auto it = pkg_.func_info.find(d);
    if (it == pkg_.func_info.end()) {
      diags_.error(d->pos, "internal error: no type information for function " + f->name);
      continue;
    }
    Proto* p = prog_.protos[f->index].get();
    if (auto df = decl_file.find(d); df != decl_file.end()) p->file = file_ = df->second;
    compile_func(p, d, &it->second, d->body, d->body ? d->body->rbrace.line : d->pos.line);
  }
  compile_entry();
  return !diags_.has_errors();
}

// Compilation is incremental: a package checked again with more input (the
// REPL) compiles only functions and globals it has not compiled before.
void Compiler::assign_indexes() {
  for (Func* f : pkg_.funcs) {
    if (f->index >= 0) continue;  // compiled by an earlier call
    std::string name = pkg_.path + "." + f->name;
    if (f->decl && f->decl->recv) {
      // As Go's tracebacks name methods: main.T.M or main.(*T).M.
      const Type* rt = f->sig() ? f->sig()->recv : nullptr;
      bool ptr = rt && rt->kind == TypeKind::Pointer;
      const Type* base = ptr ? static_cast<const PointerType*>(rt)->elem : rt;
      std::string tn = base && base->kind == TypeKind::Named
                           ? static_cast<const NamedType*>(base)->obj->name : "?";
      name = pkg_.path + "." + (ptr ? "(*" + tn + ")" : tn) + "." + f->name;
    }
    new_proto(name, f->decl ? f->decl->pos.line : 0);
    f->index = static_cast<int32_t>(prog_.protos.size() - 1);
    fresh_.push_back(f);
  }
  // Package-level variables (including a script's top-level := variables,
  // which the checker declares in the package scope) get global slots.
  for (Object* o : pkg_.scope->objects()) {
    if (o->kind == ObjKind::Var) {
      auto* v = static_cast<Var*>(o);
      if (rep_of(v->type) == Rep::Unsupported)
        diags_.error(v->pos, "not supported yet: variables of type " + type_string(v->type));
      if (v->slot < 0) v->slot = static_cast<int32_t>(prog_.nglobals++);
    }
  }
}

void Compiler::compile_func(Proto* p, const void* owner, const FuncInfo* info,
                            const BlockStmt* body, int end_line) {
  FuncState fs;
  fs.parent = fs_;
  fs.proto = p;
  fs.owner = owner;
  fs.info = info;
  fs.line = p->line;
  fs_ = &fs;
  for (size_t i = 0; i < info->free_vars.size(); ++i) fs.upvals[info->free_vars[i]] = int(i);
  // Does this function (not its literals) defer calls?
  if (body) {
    std::function<void(const Node*)> find = [&](const Node* n) {
      if (!n || fs.has_defer || n->kind == NodeKind::FuncLit) return;
      if (n->kind == NodeKind::DeferStmt) fs.has_defer = true;
      for_each_child(n, find);
    };
    find(body);
  }
  // Parameters are R[0..n), the receiver of a method first.
  std::vector<Var*> params;
  if (info->recv) params.push_back(info->recv);
  params.insert(params.end(), info->params.begin(), info->params.end());
  for (Var* v : params) {
    if (rep_of(v->type) == Rep::Unsupported)
      diags_.error(v->pos, "not supported yet: parameters of type " + type_string(v->type));
    v->slot = alloc_reg();
  }
  p->nparams = static_cast<uint16_t>(params.size());
  p->nresults = static_cast<uint16_t>(info->sig ? info->sig->results.size() : 0);
  for (Var* v : params)
    if (v->captured) emit(Op::NewCell, v->slot, v->slot);
  // Named result variables are ordinary zeroed locals (unnamed ones cannot
  // be referred to, so they need no register).
  for (Var* v : info->results) {
    if (v->name.empty() || v->name == "_") continue;
    int r = alloc_reg();
    zero_into(v->type, r);
    declare_local(v, r);
  }
  if (body) {
    std::vector<const Expr*> consts;
    loop_constants(body, false, consts);
    for (const Expr* c : consts) {
      std::pair<int, uint64_t> key;
      if (fs.const_regs.size() >= 32 || !const_key(c, &key) || fs.const_regs.count(key)) continue;
      int r = alloc_reg();
      constant_into(c, r);
      fs.const_regs[key] = r;
    }
    block(body->list);
  }
  fs.line = end_line;
  if (fs.has_defer) {
    if (p->nresults == 0) emit_run_defers();
    if (p->nresults == 0) emit(Op::Ret, 0, 0);
    else emit(Op::Unreachable, 0);
    // After a deferred call recovered a panic: the remaining deferred calls,
    // then the result variables (zero for unnamed results).
    p->recover_pc = pc();
    emit_run_defers();
    int base = static_cast<int>(fs.freereg);
    for (size_t i = 0; i < p->nresults; ++i) {
      int r = alloc_reg();
      const Var* v = i < info->results.size() ? info->results[i] : nullptr;
      if (!v || v->name.empty() || v->name == "_") zero_into(info->sig->results[i], r);
      else load_var(v, r);
    }
    emit(Op::Ret, base, p->nresults);
  } else if (p->nresults == 0) {
    emit(Op::Ret, 0, 0);
  } else {
    emit(Op::Unreachable, 0);
  }
  // A frame must also have room for results its callees write.
  touch(p->nparams > p->nresults ? p->nparams : p->nresults);
  fs_ = fs.parent;
}

void Compiler::compile_entry() {
  Proto* p = new_proto(pkg_.path + ".init", 0);
  p->hidden = true;
  prog_.entry = static_cast<int32_t>(prog_.protos.size() - 1);
  FuncState fs;
  fs.proto = p;
  fs_ = &fs;
  for (const ValueSpec* spec : pkg_.var_init_order) {
    fs.freereg = 0;
    var_decl(spec, true);
  }
  // Then the package's init functions, in source order.
  for (const Func* f : pkg_.funcs)
    if (f->name == "init" && f->decl && !f->decl->recv && f->index >= 0 &&
        std::find(fresh_.begin(), fresh_.end(), f) != fresh_.end()) {
      fs.freereg = 0;
      emit_bx(Op::Call, 0, f->index);
    }
  const Func* main_fn = nullptr;
  if (Object* o = pkg_.scope->lookup_local("main"); o && o->kind == ObjKind::Func)
    main_fn = static_cast<const Func*>(o);
  // The newest file is the one this call compiles (earlier REPL inputs ran
  // already).
  const File* newest = pkg_.files.empty() ? nullptr : pkg_.files.back();
  bool script = newest && newest->is_script();
  if (script) {
    // The script body runs as main.main, so tracebacks read as Go's.
    Proto* body = new_proto(pkg_.path + ".main", 1);
    int idx = static_cast<int>(prog_.protos.size() - 1);
    FuncState bfs;
    bfs.parent = nullptr;
    bfs.proto = body;
    bfs.owner = newest;
    bfs.info = &pkg_.script_info;
    fs_ = &bfs;
    block(newest->stmts);
    emit(Op::Ret, 0, 0);
    touch(0);
    fs_ = &fs;
    fs.freereg = 0;
    emit_bx(Op::Call, 0, idx);
  } else if (main_fn && main_fn->index >= 0) {
    emit_bx(Op::Call, 0, main_fn->index);
  }
  emit(Op::Ret, 0, 0);
  touch(0);
  fs_ = nullptr;
}

// ---- variables ------------------------------------------------------------

Compiler::VarWhere Compiler::where(const Var* v, int* index) {
  if (v->name == "_") return VarWhere::Blank;
  if (v->is_global()) {
    *index = v->slot;
    return VarWhere::Global;
  }
  if (v->owner == fs_->owner) {
    *index = v->slot;
    return v->captured ? VarWhere::Cell : VarWhere::Local;
  }
  auto it = fs_->upvals.find(v);
  if (it != fs_->upvals.end()) {
    *index = it->second;
    return VarWhere::Upval;
  }
  diags_.error(v->pos, "internal error: variable " + v->name + " not reachable");
  *index = 0;
  return VarWhere::Blank;
}

void Compiler::load_var(const Var* v, int dst) {
  int idx;
  switch (where(v, &idx)) {
    case VarWhere::Local: if (idx != dst) emit(Op::Move, dst, idx); break;
    case VarWhere::Cell: emit(Op::GetCell, dst, idx); break;
    case VarWhere::Upval: emit(Op::GetUpval, dst, idx); break;
    case VarWhere::Global: emit_bx(Op::GetGlobal, dst, idx); break;
    case VarWhere::Blank: break;
  }
}

void Compiler::store_var(const Var* v, int src) {
  int idx;
  switch (where(v, &idx)) {
    case VarWhere::Local: if (idx != src) emit(Op::Move, idx, src); break;
    case VarWhere::Cell: emit(Op::SetCell, idx, src); break;
    case VarWhere::Upval: emit(Op::SetUpval, idx, src); break;
    case VarWhere::Global: emit_bx(Op::SetGlobal, src, idx); break;
    case VarWhere::Blank: break;
  }
}

// ---- expressions ----------------------------------------------------------

// The key of a constant operand in FuncState::const_regs, or false when the
// constant is not worth a register of its own.
bool const_key(const Expr* e, std::pair<int, uint64_t>* key) {
  if (!e->cval) return false;
  Rep r = rep_of(e->type);
  switch (r) {
    case Rep::Int: key->second = static_cast<uint64_t>(e->cval->int64_val()); break;
    case Rep::Uint: key->second = e->cval->uint64_val(); break;
    case Rep::Float: {
      double d = e->cval->float64_val();
      std::memcpy(&key->second, &d, sizeof d);
      break;
    }
    default: return false;
  }
  key->first = static_cast<int>(r);
  return true;
}

// Finds the constant operands of binary operations inside loops, which the
// function loads into registers once at entry instead of once per use.
void loop_constants(const Node* n, bool in_loop, std::vector<const Expr*>& out) {
  if (!n) return;
  auto expr = [&](const Expr* e) { loop_constants(e, in_loop, out); };
  auto stmts = [&](const std::vector<Stmt*>& l, bool loop) {
    for (const Stmt* st : l) loop_constants(st, loop, out);
  };
  switch (n->kind) {
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(n);
      if (n->kind == NodeKind::BinaryExpr && static_cast<const Expr*>(n)->cval) return;
      bool imm_ok = b->op == Tok::Add || b->op == Tok::Sub || b->op == Tok::Mul ||
                    b->op == Tok::Eql || b->op == Tok::Neq || b->op == Tok::Lss ||
                    b->op == Tok::Leq || b->op == Tok::Gtr || b->op == Tok::Geq;
      for (const Expr* operand : {b->x, b->y}) {
        std::pair<int, uint64_t> key;
        if (in_loop && const_key(operand, &key)) {
          bool small = key.first != static_cast<int>(Rep::Float) &&
                       static_cast<int64_t>(key.second) >= INT16_MIN + 1 &&
                       static_cast<int64_t>(key.second) <= INT16_MAX;
          if (!(small && imm_ok && operand == b->y)) out.push_back(operand);
        } else {
          expr(operand);
        }
      }
      return;
    }
    case NodeKind::UnaryExpr: expr(static_cast<const UnaryExpr*>(n)->x); return;
    case NodeKind::ParenExpr: expr(static_cast<const ParenExpr*>(n)->x); return;
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(n);
      for (const Expr* a : c->args) expr(a);
      return;
    }
    case NodeKind::IndexExpr: {
      auto* x = static_cast<const IndexExpr*>(n);
      expr(x->x);
      for (const Expr* a : x->indices) expr(a);
      return;
    }
    case NodeKind::BlockStmt: stmts(static_cast<const BlockStmt*>(n)->list, in_loop); return;
    case NodeKind::ExprStmt: expr(static_cast<const ExprStmt*>(n)->x); return;
    case NodeKind::AssignStmt: {
      auto* a = static_cast<const AssignStmt*>(n);
      for (const Expr* e : a->rhs) expr(e);
      return;
    }
    case NodeKind::ReturnStmt:
      for (const Expr* e : static_cast<const ReturnStmt*>(n)->results) expr(e);
      return;
    case NodeKind::SendStmt: expr(static_cast<const SendStmt*>(n)->value); return;
    case NodeKind::LabeledStmt: loop_constants(static_cast<const LabeledStmt*>(n)->stmt, in_loop, out); return;
    case NodeKind::IfStmt: {
      auto* i = static_cast<const IfStmt*>(n);
      loop_constants(i->init, in_loop, out);
      expr(i->cond);
      loop_constants(i->body, in_loop, out);
      loop_constants(i->else_, in_loop, out);
      return;
    }
    case NodeKind::SwitchStmt: {
      auto* sw = static_cast<const SwitchStmt*>(n);
      loop_constants(sw->init, in_loop, out);
      expr(sw->tag);
      for (const Stmt* st : sw->body->list)
        if (auto* cc = as<CaseClause>(st)) stmts(cc->body, in_loop);
      return;
    }
    case NodeKind::ForStmt: {
      auto* f = static_cast<const ForStmt*>(n);
      loop_constants(f->init, in_loop, out);
      loop_constants(f->cond, true, out);
      loop_constants(f->post, true, out);
      loop_constants(f->body, true, out);
      return;
    }
    case NodeKind::RangeStmt: loop_constants(static_cast<const RangeStmt*>(n)->body, true, out); return;
    default: return;  // function literals are compiled with their own registers
  }
}

int Compiler::expr_reg(const Expr* e) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  if (int h = hoisted_reg(e); h >= 0) return h;
  if (std::pair<int, uint64_t> key; !fs_->const_regs.empty() && const_key(e, &key)) {
    auto it = fs_->const_regs.find(key);
    if (it != fs_->const_regs.end()) return it->second;
  }
  if (auto* id = as<Ident>(e); id && !e->cval && id->obj && id->obj->kind == ObjKind::Var) {
    int r = var_reg_direct(static_cast<const Var*>(id->obj));
    if (r >= 0) return r;
  }
  int r = alloc_reg();
  expr_into_fresh(e, r);
  return r;
}

// Like expr_into, for a register just allocated at the top: nothing above
// it is live, so a call can take its arguments (and leave its result) right
// there instead of one register higher plus a Move.
void Compiler::expr_into_fresh(const Expr* e, int r) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  if (!fs_->hoisted.empty() && fs_->hoisted.count(e)) {
    expr_into(e, r);
    return;
  }
  if (auto* c = as<CallExpr>(e); c && !e->cval && is_plain_call(c)) {
    uint32_t save = fs_->freereg;
    call_at(c, r, false);
    fs_->freereg = save;
    return;
  }
  expr_into(e, r);
}

// A call of a function or function value (not a conversion or builtin).
bool is_plain_call(const CallExpr* c) {
  const Expr* fun = c->fun;
  while (auto* p = as<ParenExpr>(fun)) fun = p->x;
  if (fun->is_type) return false;
  auto* id = as<Ident>(fun);
  return !(id && id->obj && id->obj->kind == ObjKind::Builtin);
}

void Compiler::constant_into(const Expr* e, int dst) {
  const Constant* c = e->cval;
  switch (rep_of(e->type)) {
    case Rep::Bool: load_int(dst, c->bool_val() ? 1 : 0); break;
    case Rep::Int: load_int(dst, c->int64_val()); break;
    case Rep::Uint: load_int(dst, static_cast<int64_t>(c->uint64_val())); break;
    case Rep::Float: emit_bx(Op::LoadK, dst, const_index(slot_f(c->float64_val()))); break;
    case Rep::Float32:
      emit_bx(Op::LoadK, dst, const_index(slot_f(static_cast<double>(c->float32_val()))));
      break;
    case Rep::String: {
      Slot s = prog_.intern_string(c->string_val());
      emit_bx(Op::LoadK, dst, const_index(s));
      break;
    }
    case Rep::Complex:
    case Rep::Complex64: {
      // The checker rounded a complex64 constant's parts to float32.
      Slot s = prog_.intern_complex(c->real_val(), c->imag_val());
      if (!s.p) emit(Op::LoadI, dst);  // 0+0i is nullptr
      else emit_bx(Op::LoadK, dst, const_index(s));
      break;
    }
    case Rep::Iface: {
      // A constant assigned to an interface: box its default-typed value.
      unsupported(e, "constant of interface type");
      break;
    }
    default: unsupported(e, "constant of type " + type_string(e->type)); break;
  }
}

void Compiler::expr_into(const Expr* e, int dst) {
  if (int h = hoisted_reg(e); h >= 0) {
    if (h != dst) emit(Op::Move, dst, h);
    return;
  }
  if (e->cval) {
    constant_into(e, dst);
    return;
  }
  switch (e->kind) {
    case NodeKind::ParenExpr: expr_into(static_cast<const ParenExpr*>(e)->x, dst); return;
    case NodeKind::Ident: {
      auto* id = static_cast<const Ident*>(e);
      Object* o = id->obj;
      if (!o) break;
      switch (o->kind) {
        case ObjKind::Var: load_var(static_cast<const Var*>(o), dst); return;
        case ObjKind::Nil: emit(Op::LoadI, dst); return;
        case ObjKind::Func: {
          auto* f = static_cast<const Func*>(o);
          if (f->index < 0) {
            unsupported(e, "native function " + f->name + " as a value");
            return;
          }
          emit_bx(Op::Closure, dst, f->index);
          return;
        }
        default: break;
      }
      break;
    }
    case NodeKind::BinaryExpr: binary_into(static_cast<const BinaryExpr*>(e), dst); return;
    case NodeKind::UnaryExpr: unary_into(static_cast<const UnaryExpr*>(e), dst); return;
    case NodeKind::CallExpr: call_into(static_cast<const CallExpr*>(e), dst); return;
    case NodeKind::FuncLit: func_lit_into(static_cast<const FuncLit*>(e), dst); return;
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(e);
      if (rep_of(ix->x->type) == Rep::String && ix->indices.size() == 1) {
        uint32_t save = fs_->freereg;
        int s = expr_reg(ix->x);
        int i = expr_reg(ix->indices[0]);
        set_line(ix);
        note_unsigned_bounds(emit(Op::IndexS, dst, s, i), ix->indices[0]);
        fs_->freereg = save;
        return;
      }
      if (composite_expr(e, dst)) return;
      unsupported(e, "index expressions on " + type_string(ix->x->type));
      return;
    }
    case NodeKind::SliceExpr: {
      auto* sx = static_cast<const SliceExpr*>(e);
      if (rep_of(sx->x->type) == Rep::String && !sx->slice3) {
        uint32_t save = fs_->freereg;
        int s = expr_reg(sx->x);
        int lo = alloc_reg();
        int hi = alloc_reg();
        if (sx->low) expr_into(sx->low, lo); else emit(Op::LoadI, lo);
        if (sx->high) expr_into(sx->high, hi); else emit(Op::LenS, hi, s);  // s[lo:] is s[lo:len(s)]
        set_line(sx);
        note_unsigned_bounds(emit(Op::SliceS, dst, s, lo), sx->low, sx->high);
        fs_->freereg = save;
        return;
      }
      if (composite_expr(e, dst)) return;
      unsupported(e, "slice expressions on " + type_string(sx->x->type));
      return;
    }
    default: break;
  }
  if (composite_expr(e, dst)) return;
  unsupported(e, std::string(node_kind_name(e->kind)));
}

Op Compiler::compare_op(Tok op, Rep r, bool* swap, bool* negate) {
  *swap = false;
  *negate = false;
  bool is_u = r == Rep::Uint;
  bool is_f = r == Rep::Float || r == Rep::Float32;
  bool is_s = r == Rep::String;
  if (is_complex_rep(r)) {  // complex numbers are not ordered
    return op == Tok::Eql ? Op::EqC : op == Tok::Neq ? Op::NeC : Op::Nop;
  }
  Op eq = is_f ? Op::EqF : is_s ? Op::EqS : Op::EqI;
  Op ne = is_f ? Op::NeF : is_s ? Op::NeS : Op::NeI;
  Op lt = is_f ? Op::LtF : is_s ? Op::LtS : is_u ? Op::LtU : Op::LtI;
  Op le = is_f ? Op::LeF : is_s ? Op::LeS : is_u ? Op::LeU : Op::LeI;
  switch (op) {
    case Tok::Eql: return eq;
    case Tok::Neq: return ne;
    case Tok::Lss: return lt;
    case Tok::Leq: return le;
    case Tok::Gtr: *swap = true; return lt;
    case Tok::Geq: *swap = true; return le;
    default: return Op::Nop;
  }
}

// Registers of sized integer types always hold their value sign- or
// zero-extended to 64 bits. These operations keep such operands in range
// (bitwise ops, remainders, unsigned quotients), so need no re-wrap;
// signed division can overflow (MinInt8 / -1).
static bool keeps_range(Op o) {
  switch (o) {
    case Op::AndI: case Op::OrI: case Op::XorI: case Op::AndNotI:
    case Op::RemI: case Op::RemU: case Op::DivU:
      return true;
    default:
      return false;
  }
}

void Compiler::arith(Tok op, const Type* t, int dst, int x, int y, const Node* at, bool wrap) {
  Rep r = rep_of(t);
  Op o = Op::Nop;
  if (r == Rep::Int || r == Rep::Uint) {
    bool u = r == Rep::Uint;
    switch (op) {
      case Tok::Add: o = Op::AddI; break;
      case Tok::Sub: o = Op::SubI; break;
      case Tok::Mul: o = Op::MulI; break;
      case Tok::Quo: o = u ? Op::DivU : Op::DivI; break;
      case Tok::Rem: o = u ? Op::RemU : Op::RemI; break;
      case Tok::And: o = Op::AndI; break;
      case Tok::Or: o = Op::OrI; break;
      case Tok::Xor: o = Op::XorI; break;
      case Tok::AndNot: o = Op::AndNotI; break;
      default: break;
    }
  } else if (r == Rep::Float || r == Rep::Float32) {
    switch (op) {
      case Tok::Add: o = Op::AddF; break;
      case Tok::Sub: o = Op::SubF; break;
      case Tok::Mul: o = Op::MulF; break;
      case Tok::Quo: o = Op::DivF; break;
      default: break;
    }
  } else if (r == Rep::String && op == Tok::Add) {
    o = Op::Concat;
  } else if (is_complex_rep(r)) {
    bool c64 = r == Rep::Complex64;  // the C64 forms round their result
    switch (op) {
      case Tok::Add: o = c64 ? Op::AddC64 : Op::AddC; break;
      case Tok::Sub: o = c64 ? Op::SubC64 : Op::SubC; break;
      case Tok::Mul: o = c64 ? Op::MulC64 : Op::MulC; break;
      case Tok::Quo: o = c64 ? Op::DivC64 : Op::DivC; break;
      default: break;
    }
  }
  if (o == Op::Nop) {
    unsupported(at, "operator " + std::string(tok_string(op)) + " on " + type_string(t));
    return;
  }
  emit(o, dst, x, y);
  if (is_intlike(r)) {
    Op w = wrap_op(t);
    if (w != Op::Nop && wrap && !keeps_range(o)) emit(w, dst, dst);
  } else if (r == Rep::Float32) {
    emit(Op::RoundF32, dst, dst);
  }
}

static bool small_int_const(const Expr* e, int64_t* v) {
  if (!e->cval || e->cval->kind() != Constant::Kind::Int) return false;
  if (!is_integer(e->type)) return false;
  int64_t x = e->cval->int64_val();
  if (x < INT16_MIN || x > INT16_MAX) return false;
  *v = x;
  return true;
}

// dst = x << count or x >> count, x of integer type t.
void Compiler::shift(Tok op, const Type* t, int dst, int x, const Expr* count) {
  Rep r = rep_of(t);
  int64_t k;
  if (small_int_const(count, &k) && k >= 0 && k < 64) {
    // A constant count needs no range checks.
    Op o = op == Tok::Shl ? Op::ShlIK : r == Rep::Uint ? Op::ShrUK : Op::ShrIK;
    emit(o, dst, x, static_cast<uint16_t>(k));
  } else {
    uint32_t save = fs_->freereg;
    int y = expr_reg(count);
    bool cu = rep_of(count->type) == Rep::Uint;
    Op o = op == Tok::Shl ? (cu ? Op::ShlU : Op::ShlI)
           : r == Rep::Uint ? (cu ? Op::ShrUU : Op::ShrU) : (cu ? Op::ShrIU : Op::ShrI);
    emit(o, dst, x, y);
    fs_->freereg = save;
  }
  // A right shift of a value in its type's range stays in range.
  Op w = wrap_op(t);
  if (w != Op::Nop && op == Tok::Shl) emit(w, dst, dst);
}

void Compiler::binary_into(const BinaryExpr* e, int dst) {
  Tok op = e->op;
  if (op == Tok::LAnd || op == Tok::LOr) {
    // t = x; if x decides, done; else t = y. Computed in a temporary: dst
    // may be a variable that y reads.
    uint32_t save = fs_->freereg;
    int t = alloc_reg();
    JumpLabel done;
    order_operand_into(e->x, t);
    jump_to(done, emit(op == Tok::LAnd ? Op::JFalse : Op::JTrue, t));
    order_operand_into(e->y, t);
    bind(done);
    emit(Op::Move, dst, t);
    fs_->freereg = save;
    return;
  }
  uint32_t save = fs_->freereg;
  const Type* operand_t = e->x->type;
  Rep r = rep_of(operand_t);
  if (op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr ||
      op == Tok::Geq) {
    // Comparisons with nil (channels, funcs, interfaces).
    bool xnil = rep_of(e->x->type) == Rep::Ref && as_basic(e->x->type) &&
                as_basic(e->x->type)->bkind == BasicKind::UntypedNil;
    bool ynil = rep_of(e->y->type) == Rep::Ref && as_basic(e->y->type) &&
                as_basic(e->y->type)->bkind == BasicKind::UntypedNil;
    bool xi = rep_of(e->x->type) == Rep::Iface, yi = rep_of(e->y->type) == Rep::Iface;
    if ((xi || yi) && !xnil && !ynil && (op == Tok::Eql || op == Tok::Neq)) {
      // Interface comparison: box a concrete operand, compare dynamic
      // types and values.
      const Type* it = xi ? e->x->type : e->y->type;
      int x = alloc_reg();
      assign_into(e->x, it, x);
      int y = alloc_reg();
      assign_into(e->y, it, y);
      set_line(e);
      emit(Op::EqIface, dst, x, y);
      if (op == Tok::Neq) emit(Op::Not, dst, dst);
      fs_->freereg = save;
      return;
    }
    if (r == Rep::Agg && (op == Tok::Eql || op == Tok::Neq)) {
      int x = expr_reg(e->x);
      int y = expr_reg(e->y);
      emit(Op::EqAgg, dst, x, y);
      emit_bx(Op::Extra, 0, static_cast<uint32_t>(type_index(e->x->type)));
      if (op == Tok::Neq) emit(Op::Not, dst, dst);
      fs_->freereg = save;
      return;
    }
    if (r == Rep::Unsupported && !xnil) r = rep_of(e->y->type);
    if (r == Rep::Ref || r == Rep::Iface) r = Rep::Int;  // pointer identity
    int x = expr_reg(e->x);
    int y = expr_reg(e->y);
    bool swap, negate;
    Op o = compare_op(op, r, &swap, &negate);
    if (o == Op::Nop || r == Rep::Unsupported) {
      unsupported(e, "comparison of " + type_string(operand_t));
      return;
    }
    emit(o, dst, swap ? y : x, swap ? x : y);
    fs_->freereg = save;
    return;
  }
  if (op == Tok::Shl || op == Tok::Shr) {
    if (!is_intlike(r)) {
      unsupported(e, "shift of " + type_string(operand_t));
      return;
    }
    int x = expr_reg(e->x);
    set_line(e);
    shift(op, operand_t, dst, x, e->y);
    fs_->freereg = save;
    return;
  }
  // Sized integers: +, - and * are exact modulo 2^n, so an operand that is
  // itself such an operation of the same type need not wrap; this
  // expression's own wrap covers both.
  bool ring = is_intlike(r) && (op == Tok::Add || op == Tok::Sub || op == Tok::Mul);
  bool wrap = e != unwrapped_;
  auto operand = [&](const Expr* x) {
    if (ring) {
      const Expr* u = x;
      while (auto* p = as<ParenExpr>(u)) u = p->x;
      auto* b = as<BinaryExpr>(u);
      if (b && !b->cval && (b->op == Tok::Add || b->op == Tok::Sub || b->op == Tok::Mul) &&
          identical(b->type, e->type))
        unwrapped_ = b;
    }
    int reg = expr_reg(x);
    unwrapped_ = nullptr;
    return reg;
  };
  int64_t k;
  if (ring && small_int_const(e->y, &k) && k != INT16_MIN) {
    int x = operand(e->x);
    if (op == Tok::Mul) emit(Op::MulIK, dst, x, uint16_t(int16_t(k)));
    else emit(Op::AddIK, dst, x, uint16_t(int16_t(op == Tok::Sub ? -k : k)));
    Op w = wrap_op(e->type);
    if (w != Op::Nop && wrap) emit(w, dst, dst);
    fs_->freereg = save;
    return;
  }
  // Signed division and remainder by a positive constant cannot panic or
  // overflow (|x / k| <= |x|), so no check and no wrap.
  if (r == Rep::Int && (op == Tok::Quo || op == Tok::Rem) && small_int_const(e->y, &k) && k > 0) {
    int x = operand(e->x);
    emit(op == Tok::Quo ? Op::DivIK : Op::RemIK, dst, x, uint16_t(int16_t(k)));
    fs_->freereg = save;
    return;
  }
  int x = operand(e->x);
  int y = operand(e->y);
  set_line(e);
  arith(op, e->type, dst, x, y, e, wrap);
  fs_->freereg = save;
}

void Compiler::unary_into(const UnaryExpr* e, int dst) {
  uint32_t save = fs_->freereg;
  Rep r = rep_of(e->type);
  switch (e->op) {
    case Tok::Add: expr_into(e->x, dst); break;
    case Tok::Sub: {
      int x = expr_reg(e->x);
      if (is_intlike(r)) {
        emit(Op::NegI, dst, x);
        Op w = wrap_op(e->type);
        if (w != Op::Nop) emit(w, dst, dst);
      } else if (r == Rep::Float || r == Rep::Float32) {
        emit(Op::NegF, dst, x);
      } else if (is_complex_rep(r)) {
        emit(Op::NegC, dst, x);
      } else {
        unsupported(e, "negation of " + type_string(e->type));
      }
      break;
    }
    case Tok::Xor: {
      int x = expr_reg(e->x);
      emit(Op::NotI, dst, x);
      // ^x of a sign-extended value is sign-extended; unsigned ones re-wrap.
      Op w = wrap_op(e->type);
      if (w != Op::Nop && rep_of(e->type) == Rep::Uint) emit(w, dst, dst);
      break;
    }
    case Tok::Not: {
      int x = expr_reg(e->x);
      emit(Op::Not, dst, x);
      break;
    }
    case Tok::Arrow: {
      int ch = expr_reg(e->x);
      set_line(e);
      emit(Op::Recv, dst, ch);
      recv_zero_fixup(dst, e->x->type);
      break;
    }
    case Tok::And: address_into(e->x, dst); break;
    default: unsupported(e, "operator " + std::string(tok_string(e->op))); break;
  }
  fs_->freereg = save;
}

void Compiler::box_in_place(int reg, const Type* from, const Type* to) {
  if (!to || rep_of(to) != Rep::Iface) return;
  Rep fr = rep_of(from);
  if (fr == Rep::Iface) return;
  auto* b = as_basic(from);
  if (b && b->bkind == BasicKind::UntypedNil) return;  // nil interface
  if (fr == Rep::Unsupported) {
    diags_.error(Pos{fs_->line, 1}, "not supported yet: converting " + type_string(from) +
                                        " to an interface");
    return;
  }
  if (fr == Rep::Agg) clone(reg, reg, from);  // the interface holds its own copy
  register_methods(from);
  emit(Op::Box, reg, reg, type_index(from));
}

void Compiler::assign_into(const Expr* e, const Type* to, int dst) {
  if (is_aggregate_type(e->type) && !(to && rep_of(to) == Rep::Iface)) {
    owned_into(e, dst);
    return;
  }
  expr_into(e, dst);
  box_in_place(dst, e->type, to);
}

void Compiler::func_lit_into(const FuncLit* lit, int dst) {
  auto it = pkg_.func_info.find(lit);
  if (it == pkg_.func_info.end()) {
    diags_.error(lit->pos, "internal error: no type information for function literal");
    return;
  }
  const FuncInfo& info = it->second;
  // Name as Go's tracebacks do: main.main.func1, main.f.func2.1 ...
  std::string name = fs_->proto->name;
  bool nested = name.find(".func") != std::string::npos;
  name += (nested ? "." : ".func") + std::to_string(++fs_->nlits);
  Proto* p = new_proto(name, lit->pos.line);
  int idx = static_cast<int>(prog_.protos.size() - 1);
  // Captures: where the creating function finds each free variable's cell.
  for (Var* v : info.free_vars) {
    int where_idx;
    VarWhere w = where(v, &where_idx);
    if (w == VarWhere::Cell) p->captures.push_back({false, uint16_t(where_idx)});
    else if (w == VarWhere::Upval) p->captures.push_back({true, uint16_t(where_idx)});
    else diags_.error(lit->pos, "internal error: bad capture of " + v->name);
  }
  compile_func(p, lit, &info, lit->body, lit->body ? lit->body->rbrace.line : lit->pos.line);
  emit_bx(Op::Closure, dst, idx);
}

// The type argument i is assigned to: for a variadic signature called with
// separate arguments, the element type of the final ...T parameter.
static const Type* param_type(const SignatureType* sig, size_t i) {
  size_t np = sig->params.size();
  if (sig->variadic && i + 1 >= np) {
    const Type* last = sig->params.back()->underlying();
    if (last && last->kind == TypeKind::Slice) return static_cast<const SliceType*>(last)->elem;
    return nullptr;
  }
  return i < np ? sig->params[i] : nullptr;
}

int Compiler::args_at(const CallExpr* e, const SignatureType* sig, int base, bool native) {
  const bool spread = e->has_ellipsis();
  // go f(x, g()) and defer f(x, g()): gc evaluates each argument as a
  // statement of its own, in order (compiler_order.cpp).
  const bool each = e == go_defer_call_;
  auto arg_into = [&](const Expr* a, const Type* pt, int r) {
    std::optional<OrderScope> order;
    if (each) order.emplace(this, std::vector<OrderRoot>{{a}});
    assign_into(a, pt, r);
  };
  // A variadic script function takes its ...T arguments as one []T; natives
  // take them one per register (f(xs...) spreads at run time: CallNativeSpread).
  const bool pack = sig->variadic && !native && !spread;
  const size_t fixed = sig->params.empty() ? 0 : sig->params.size() - 1;
  const Type* vtype = sig->variadic ? sig->params.back() : nullptr;
  // f(g()) with g returning several values.
  if (e->args.size() == 1 && e->args[0]->type && e->args[0]->type->kind == TypeKind::Tuple) {
    auto* tup = static_cast<const TupleType*>(e->args[0]->type);
    auto* inner = as<CallExpr>(e->args[0]);
    if (!inner) return -1;
    fs_->freereg = base;
    int n = call_at(inner, base, false);
    if (n < 0) return -1;
    for (size_t i = 0; i < tup->elems.size(); ++i) {
      box_in_place(base + int(i), tup->elems[i], param_type(sig, i));
      touch(base + i);
    }
    fs_->freereg = base + uint32_t(tup->elems.size());
    if (!pack) return static_cast<int>(tup->elems.size());
    // The values after the fixed parameters become the ...T slice.
    int dst = base + static_cast<int>(fixed);
    pack_variadic(dst, static_cast<int>(tup->elems.size() - fixed), vtype);
    fs_->freereg = static_cast<uint32_t>(dst + 1);
    return static_cast<int>(fixed + 1);
  }
  fs_->freereg = base;
  if (!pack) {
    for (size_t i = 0; i < e->args.size(); ++i) {
      int r = alloc_reg();
      // With f(xs...), the last argument is the []T itself.
      const Type* pt = spread && i + 1 == e->args.size() ? vtype : param_type(sig, i);
      arg_into(e->args[i], pt, r);
    }
    return static_cast<int>(e->args.size());
  }
  for (size_t i = 0; i < fixed; ++i) {
    int r = alloc_reg();
    arg_into(e->args[i], sig->params[i], r);
  }
  // The rest are evaluated in order into consecutive registers, then packed.
  int dst = alloc_reg();
  int first = dst;
  for (size_t i = fixed; i < e->args.size(); ++i) {
    int r = i == fixed ? dst : alloc_reg();
    assign_into(e->args[i], param_type(sig, i), r);
  }
  pack_variadic(first, static_cast<int>(e->args.size() - fixed), vtype);
  fs_->freereg = static_cast<uint32_t>(dst + 1);
  return static_cast<int>(fixed + 1);
}

// Replaces the n values in R[first..first+n) with a new []T of exactly those
// (len == cap == n, as Go's implicit slice), or a nil slice when n == 0.
void Compiler::pack_variadic(int first, int n, const Type* slice_type) {
  if (n == 0) {
    zero_into(slice_type, first);
    return;
  }
  auto* st = static_cast<const SliceType*>(slice_type->underlying());
  fs_->freereg = static_cast<uint32_t>(first + n);
  int obj = alloc_reg();
  int len = alloc_reg();
  alloc_reg();
  load_int(len, n);
  emit(Op::Move, len + 1, len);
  emit(Op::MakeSlice, obj, len, elem_type_index(st->elem));
  int p = alloc_reg();
  int k = alloc_reg();
  for (int j = 0; j < n; ++j) {
    load_int(k, j);
    emit(Op::IndexSlAddr, p, obj, k);
    emit_bx(Op::Extra, static_cast<int>(stride_of(st->elem)), 0);
    if (is_aggregate_type(st->elem)) copy_slots(p, first + j, st->elem);
    else emit(store_op(st->elem), p, first + j);
  }
  emit(Op::Move, first, obj);
}

// The index of a body-less std function's native in the program's table
// (added on first use), or -1 after reporting that csp lacks it.
int Compiler::native_index(const Func* fn_obj, const Node* at) {
  std::string qname = (fn_obj->pkg ? fn_obj->pkg->path : std::string("?")) + "." + fn_obj->name;
  for (size_t i = 0; i < prog_.natives.size(); ++i)
    if (prog_.natives[i].name == qname) return static_cast<int>(i);
  NativeFn fn = find_native(qname);
  if (!fn) {
    diags_.error(at->pos, "not supported yet: " + qname);
    return -1;
  }
  prog_.natives.push_back({qname, fn, uint16_t(fn_obj->sig()->results.size())});
  return static_cast<int>(prog_.natives.size() - 1);
}

// A native used as a function value (strings.ToUpper passed to a map
// function): a proto named like the function that calls the native, made
// once per native. A variadic native receives its ...T as a slice here, as
// every function value does, and spreads it.
int Compiler::native_wrapper(const Func* fn_obj, const Node* at) {
  int nidx = native_index(fn_obj, at);
  if (nidx < 0) return -1;
  if (auto it = native_wrappers_.find(nidx); it != native_wrappers_.end()) return it->second;
  const SignatureType* sig = fn_obj->sig();
  uint16_t np = static_cast<uint16_t>(sig->params.size());
  uint16_t nr = static_cast<uint16_t>(sig->results.size());
  Proto* w = new_proto(prog_.natives[nidx].name, at->pos.line);
  int widx = static_cast<int>(prog_.protos.size() - 1);
  w->nparams = np;
  w->nresults = nr;
  Instr call{sig->variadic ? Op::CallNativeSpread : Op::CallNative, 0, uint16_t(nidx), np};
  w->code.push_back(call);
  w->lines.push_back(at->pos.line);
  w->code.push_back(Instr{Op::Ret, 0, nr, 0});
  w->lines.push_back(at->pos.line);
  w->maxstack = static_cast<uint32_t>(np > nr ? np : nr) + 1;
  native_wrappers_[nidx] = widx;
  return widx;
}

// The instruction for a plain call of method m: Call, or for
// sync.(*Mutex).Lock and Unlock one that does what the method's first steps
// would (one atomic operation; see MutexLock in vm/interp.cpp) and
// otherwise calls *callee, the method's slow path: lockSlow, or
// unlockSlow with the state the instruction left (in the register after
// the receiver). Tracebacks show a Lock or Unlock frame between the slow
// path and the caller, as Go's show the inlined one (VM::traceback).
Op Compiler::inlined_fast_path(const Func* m, int32_t* callee) {
  if (!m->pkg || m->pkg->path != "sync" || (m->name != "Lock" && m->name != "Unlock")) return Op::Call;
  const Type* rt = m->sig() ? m->sig()->recv : nullptr;
  if (!rt || rt->kind != TypeKind::Pointer) return Op::Call;
  const Type* base = static_cast<const PointerType*>(rt)->elem;
  if (base->kind != TypeKind::Named || static_cast<const NamedType*>(base)->obj->name != "Mutex") return Op::Call;
  const char* slow = m->name == "Lock" ? "lockSlow" : "unlockSlow";
  for (const Object* o : static_cast<const NamedType*>(base)->methods)
    if (o->name == slow && static_cast<const Func*>(o)->index >= 0) {
      *callee = static_cast<const Func*>(o)->index;
      return m->name == "Lock" ? Op::MutexLock : Op::MutexUnlock;
    }
  return Op::Call;
}

int Compiler::call_at(const CallExpr* e, int base, bool go) {
  // Only this call is deferred, not calls in its arguments or in a function
  // literal it calls.
  const bool deferring = deferring_;
  deferring_ = false;
  const Expr* fun = e->fun;
  while (auto* p = as<ParenExpr>(fun)) fun = p->x;
  const Func* target = nullptr;
  if (auto* id = as<Ident>(fun); id && id->obj && id->obj->kind == ObjKind::Func)
    target = static_cast<const Func*>(id->obj);
  const SelectorExpr* method_sel = nullptr;
  if (auto* sel = as<SelectorExpr>(fun); sel && sel->sel->obj && sel->sel->obj->kind == ObjKind::Func) {
    target = static_cast<const Func*>(sel->sel->obj);
    if (sel->selection && sel->selection->kind == SelKind::MethodValue) method_sel = sel;
    if (sel->selection && sel->selection->kind == SelKind::MethodExpr) target = nullptr;  // a func value
  }
  auto* sig = fun->type ? dynamic_cast<const SignatureType*>(fun->type->underlying()) : nullptr;
  if (!sig) {
    unsupported(e, "this call");
    return -1;
  }
  int nres = static_cast<int>(sig->results.size());
  if (target && target->is_native()) {
    if (go && !deferring) {
      unsupported(e, "go with a native function");
      return -1;
    }
    int nidx = native_index(target, e);
    if (nidx < 0) return -1;
    int nargs = args_at(e, sig, base, true);
    if (nargs < 0) return -1;
    touch(base + (nres > nargs ? nres : nargs));
    set_line(e);
    if (e->has_ellipsis()) {
      // f(xs...) on a native: the slice is spread into its arguments when
      // the call runs (natives take ...T one value per slot).
      auto* vt = static_cast<const SliceType*>(sig->params.back()->underlying());
      if (deferring || width_of(vt->elem) != 1) {
        unsupported(e, deferring ? "defer of a native call with xs..." : "xs... of multi-slot values to a native");
        return -1;
      }
      emit(Op::CallNativeSpread, base, nidx, nargs);
      return nres;
    }
    emit(deferring ? Op::DeferNative : Op::CallNative, base, nidx, nargs);
    return nres;
  }
  if (method_sel && target && !target->is_native()) {
    // A static method call: the receiver is the first argument.
    fs_->freereg = static_cast<uint32_t>(base);
    int r = alloc_reg();
    if (!receiver_into(method_sel, r)) return -1;
    int nargs = args_at(e, sig, base + 1, false);
    if (nargs < 0) return -1;
    touch(base + 1 + (nres > nargs ? nres : nargs));
    set_line(e);
    int32_t callee = target->index;
    Op op = deferring ? Op::Defer : go ? Op::Go : inlined_fast_path(target, &callee);
    if (op == Op::MutexUnlock) touch(base + 1);  // unlockSlow's argument
    emit_bx(op, base, callee);
    return nres;
  }
  if (method_sel) {
    unsupported(e, "calls of this method");
    return -1;
  }
  // go/defer i.M(...): i.M is evaluated as a method value (nil-checked now) and the
  // resulting function value is deferred or started like any other.
  if (auto* sel = as<SelectorExpr>(fun); sel && sel->selection && sel->selection->kind == SelKind::IfaceMethod &&
                                         !go && !deferring) {
    // Dynamic dispatch: the interface value goes in the receiver's slot
    // (CallIface reads it before putting the receiver there), the
    // arguments after it.
    // x.M promoted from an embedded interface field: the field is the value.
    const Type* it = sel->x->type;
    const bool embedded = !sel->selection->path.empty();
    for (int fi : sel->selection->path) {
      const Type* u = it->underlying();
      if (u->kind == TypeKind::Pointer) u = static_cast<const PointerType*>(u)->elem->underlying();
      it = static_cast<const StructTy*>(u)->fields[fi].type;
    }
    it = it ? it->underlying() : nullptr;
    if (!it || it->kind != TypeKind::Interface || sel->selection->iface_index < 0) {
      unsupported(e, "this interface call");
      return -1;
    }
    const auto& im = static_cast<const InterfaceTy*>(it)->methods[sel->selection->iface_index];
    fs_->freereg = static_cast<uint32_t>(base);
    int recv = alloc_reg();
    int iv = recv;
    if (embedded) {
      int fb;
      uint64_t off;
      if (!field_base(sel, &fb, &off)) return -1;
      emit(Op::GetField, iv, fb, static_cast<int>(off));
      fs_->freereg = static_cast<uint32_t>(recv + 1);
    } else {
      expr_into(sel->x, iv);
    }
    int nargs = args_at(e, sig, base + 1, false);
    if (nargs < 0) return -1;
    touch(base + 1 + (nres > nargs ? nres : nargs));
    set_line(e);
    emit(Op::CallIface, recv, iv, static_cast<int>(prog_.method_name_index(im.name)));
    return nres;
  }
  int closure_reg = -1;
  if (!target) {
    // Calling a function value: evaluate it before the arguments, into
    // `base`, where the results will be moved back to.
    fs_->freereg = static_cast<uint32_t>(base);
    closure_reg = alloc_reg();
    expr_into(fun, closure_reg);
    base = static_cast<int>(fs_->freereg);
  }
  int nargs = args_at(e, sig, base, false);
  if (nargs < 0) return -1;
  touch(base + (nres > nargs ? nres : nargs));
  set_line(e);
  if (target) emit_bx(deferring ? Op::Defer : go ? Op::Go : Op::Call, base, target->index);
  else emit(deferring ? Op::DeferClosure : go ? Op::GoClosure : Op::CallClosure, base, closure_reg);
  if (closure_reg >= 0 && !go && nres > 0) {
    // Results landed at base; callers expect them at the original base.
    for (int i = 0; i < nres; ++i) emit(Op::Move, closure_reg + i, base + i);
    touch(closure_reg + nres);
  }
  return nres;
}

void Compiler::call_into(const CallExpr* e, int dst) {
  const Expr* fun = e->fun;
  while (auto* p = as<ParenExpr>(fun)) fun = p->x;
  if (fun->is_type) {
    conversion_into(e, dst);
    return;
  }
  if (auto* id = as<Ident>(fun); id && id->obj && id->obj->kind == ObjKind::Builtin) {
    builtin_call(e, static_cast<const Builtin*>(id->obj)->id, dst);
    return;
  }
  uint32_t save = fs_->freereg;
  int base = static_cast<int>(fs_->freereg);
  int n = call_at(e, base, false);
  if (n > 0 && dst != base) emit(Op::Move, dst, base);
  fs_->freereg = save;
}

void Compiler::conversion_into(const CallExpr* e, int dst) {
  if (e->args.size() != 1) return;
  const Expr* x = e->args[0];
  const Type* to = e->type;
  const Type* from = x->type;
  Rep rt = rep_of(to), rf = rep_of(from);
  if (rt == Rep::Iface) {
    assign_into(x, to, dst);
    return;
  }
  uint32_t save = fs_->freereg;
  if (composite_conversion(e, dst)) {
    fs_->freereg = save;
    return;
  }
  if (is_intlike(rt) && is_intlike(rf)) {
    expr_into(x, dst);
    Op w = wrap_op(to);
    if (w != Op::Nop) emit(w, dst, dst);
  } else if ((rt == Rep::Float || rt == Rep::Float32) && is_intlike(rf)) {
    int r = expr_reg(x);
    emit(rf == Rep::Uint ? Op::UToF : Op::IToF, dst, r);
    if (rt == Rep::Float32) emit(Op::RoundF32, dst, dst);
  } else if (is_intlike(rt) && (rf == Rep::Float || rf == Rep::Float32)) {
    int r = expr_reg(x);
    // As Go on amd64: int8/16/32 and uint8/16 through int32, uint32 through int64, so
    // out-of-range values give the same (implementation-defined) results.
    auto* tb = as_basic(to);
    bool via32 = tb && (tb->bkind == BasicKind::Int8 || tb->bkind == BasicKind::Int16 ||
                        tb->bkind == BasicKind::Int32 || tb->bkind == BasicKind::Uint8 ||
                        tb->bkind == BasicKind::Uint16);
    bool via64 = tb && tb->bkind == BasicKind::Uint32;
    emit(via32 ? Op::FToI32 : via64 ? Op::FToI : rt == Rep::Uint ? Op::FToU : Op::FToI, dst, r);
    Op w = wrap_op(to);
    if (w != Op::Nop) emit(w, dst, dst);
  } else if ((rt == Rep::Float || rt == Rep::Float32) && (rf == Rep::Float || rf == Rep::Float32)) {
    expr_into(x, dst);
    if (rt == Rep::Float32) emit(Op::RoundF32, dst, dst);
  } else if (rt == Rep::String && is_intlike(rf)) {
    int r = expr_reg(x);
    emit(Op::RuneToS, dst, r);
  } else if (rt == Rep::Complex64 && rf == Rep::Complex) {
    int r = expr_reg(x);
    emit(Op::RoundC64, dst, r);
  } else if (rt == Rep::Complex && rf == Rep::Complex64) {
    expr_into(x, dst);  // float32 parts are exact float64 values
  } else if (rt == rf && rt != Rep::Unsupported) {
    expr_into(x, dst);
  } else {
    unsupported(e, "conversion from " + type_string(from) + " to " + type_string(to));
  }
  fs_->freereg = save;
}

void Compiler::builtin_call(const CallExpr* e, BuiltinId id, int dst) {
  uint32_t save = fs_->freereg;
  set_line(e);
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      Rep r = rep_of(e->args[0]->type);
      if (r != Rep::String && r != Rep::Ref) {  // slices, arrays, maps
        if (!composite_builtin(e, id, dst)) unsupported(e, "len/cap of " + type_string(e->args[0]->type));
        break;
      }
      int x = expr_reg(e->args[0]);
      const Type* u = e->args[0]->type->underlying();
      if (r == Rep::String && id == BuiltinId::Len) emit(Op::LenS, dst, x);
      else if (u->kind == TypeKind::Chan) emit(id == BuiltinId::Len ? Op::LenCh : Op::CapCh, dst, x);
      else if (!composite_builtin(e, id, dst)) unsupported(e, "len/cap of " + type_string(e->args[0]->type));
      break;
    }
    case BuiltinId::Close: {
      int x = expr_reg(e->args[0]);
      emit(Op::Close, x);
      break;
    }
    case BuiltinId::Make: {
      const Type* t = e->type ? e->type->underlying() : nullptr;
      if (!t || t->kind != TypeKind::Chan) {
        if (!composite_builtin(e, id, dst)) unsupported(e, "make of " + type_string(e->type));
        break;
      }
      int n = alloc_reg();
      if (e->args.size() > 1) expr_into(e->args[1], n);
      else emit(Op::LoadI, n);
      emit(Op::MakeChan, dst, n);
      break;
    }
    case BuiltinId::Panic: {
      int r = alloc_reg();
      assign_into(e->args[0], pkg_.scope ? e->args[0]->type : nullptr, r);
      box_in_place(r, e->args[0]->type, static_cast<const Type*>(nullptr));
      if (rep_of(e->args[0]->type) != Rep::Iface) {
        register_methods(e->args[0]->type);  // recover()'s value may be asserted to an interface
        emit(Op::Box, r, r, type_index(e->args[0]->type));
      }
      emit(Op::Panic, r);
      break;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      const char* name = id == BuiltinId::Print ? "builtin.print" : "builtin.println";
      NativeFn fn = find_native(name);
      int nidx = -1;
      for (size_t i = 0; i < prog_.natives.size(); ++i)
        if (prog_.natives[i].name == name) nidx = int(i);
      if (nidx < 0 && fn) {
        prog_.natives.push_back({name, fn, 0});
        nidx = static_cast<int>(prog_.natives.size() - 1);
      }
      if (nidx < 0) {
        unsupported(e, name);
        break;
      }
      int base = static_cast<int>(fs_->freereg);
      for (const Expr* a : e->args) {
        if (rep_of(a->type) == Rep::Unsupported) {
          unsupported(a, "printing values of type " + type_string(a->type));
          break;
        }
        int r = alloc_reg();
        expr_into(a, r);
        emit(Op::Box, r, r, type_index(a->type));  // interfaces too: println shows both words
      }
      touch(base + 1);
      emit(Op::CallNative, base, nidx, int(e->args.size()));
      break;
    }
    case BuiltinId::Recover: emit(Op::Recover, dst); break;
    case BuiltinId::Min:
    case BuiltinId::Max: {
      // Constant min/max never get here (the checker folded them).
      bool mx = id == BuiltinId::Max;
      Rep r = rep_of(e->type);
      MinMaxKind k;
      if (r == Rep::Int) k = mx ? MinMaxKind::MaxI : MinMaxKind::MinI;
      else if (r == Rep::Uint) k = mx ? MinMaxKind::MaxU : MinMaxKind::MinU;
      else if (r == Rep::Float || r == Rep::Float32) k = mx ? MinMaxKind::MaxF : MinMaxKind::MinF;
      else if (r == Rep::String) k = mx ? MinMaxKind::MaxS : MinMaxKind::MinS;
      else {
        unsupported(e, "min/max of " + type_string(e->type));
        break;
      }
      int acc = alloc_reg();
      assign_into(e->args[0], e->type, acc);
      int t = alloc_reg();
      for (size_t j = 1; j < e->args.size(); ++j) {
        assign_into(e->args[j], e->type, t);
        emit(Op::MinMax, acc, t, static_cast<int>(k));
      }
      emit(Op::Move, dst, acc);
      break;
    }
    case BuiltinId::Complex: {
      // complex(float32, float32) has float32 parts already: no rounding.
      int x = expr_reg(e->args[0]);
      int y = expr_reg(e->args[1]);
      emit(Op::MakeC, dst, x, y);
      break;
    }
    case BuiltinId::Real:
    case BuiltinId::Imag: {
      int x = expr_reg(e->args[0]);
      emit(id == BuiltinId::Real ? Op::RealC : Op::ImagC, dst, x);
      break;
    }
    default:
      if (!composite_builtin(e, id, dst))
        unsupported(e, "builtin " + std::string(as<Ident>(e->fun) ? as<Ident>(e->fun)->name : "function"));
      break;
  }
  fs_->freereg = save;
}

void Compiler::cond_jump(const Expr* e, bool when, JumpLabel& l) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  if (e->cval) {
    if (e->cval->bool_val() == when) jmp(l);
    return;
  }
  if (int h = hoisted_reg(e); h >= 0) {
    jump_to(l, emit(when ? Op::JTrue : Op::JFalse, h));
    return;
  }
  if (auto* u = as<UnaryExpr>(e); u && u->op == Tok::Not) {
    cond_jump(u->x, !when, l);
    return;
  }
  uint32_t save = fs_->freereg;
  if (auto* b = as<BinaryExpr>(e)) {
    if (b->op == Tok::LAnd || b->op == Tok::LOr) {
      bool is_and = b->op == Tok::LAnd;
      if (is_and != when) {
        // (x && y) false: x false or y false; (x || y) true: x or y true.
        order_operand_cond(b->x, when, l);
        order_operand_cond(b->y, when, l);
      } else {
        JumpLabel skip;
        order_operand_cond(b->x, !when, skip);
        order_operand_cond(b->y, when, l);
        bind(skip);
      }
      return;
    }
    Rep r = rep_of(b->x->type);
    bool cmp = b->op == Tok::Eql || b->op == Tok::Neq || b->op == Tok::Lss ||
               b->op == Tok::Leq || b->op == Tok::Gtr || b->op == Tok::Geq;
    if (cmp && (is_intlike(r) || r == Rep::Float || r == Rep::Float32 || r == Rep::Bool)) {
      Tok op = b->op;
      bool f = r == Rep::Float || r == Rep::Float32;
      bool u = r == Rep::Uint;
      int64_t k;
      if (!f && !u && small_int_const(b->y, &k)) {
        // Compare with an immediate.
        int x = expr_reg(b->x);
        if (!when) {
          switch (op) {
            case Tok::Eql: op = Tok::Neq; break;
            case Tok::Neq: op = Tok::Eql; break;
            case Tok::Lss: op = Tok::Geq; break;
            case Tok::Leq: op = Tok::Gtr; break;
            case Tok::Gtr: op = Tok::Leq; break;
            default: op = Tok::Lss; break;
          }
        }
        Op o = op == Tok::Eql ? Op::JEqIK : op == Tok::Neq ? Op::JNeIK : op == Tok::Lss ? Op::JLtIK
             : op == Tok::Leq ? Op::JLeIK : op == Tok::Gtr ? Op::JGtIK : Op::JGeIK;
        jump_to(l, emit(o, x, uint16_t(int16_t(k))));
        fs_->freereg = save;
        return;
      }
      int x = expr_reg(b->x);
      int y = expr_reg(b->y);
      // Normalize to a < b, a <= b, a == b, a != b (swapping operands).
      if (op == Tok::Gtr) { op = Tok::Lss; std::swap(x, y); }
      else if (op == Tok::Geq) { op = Tok::Leq; std::swap(x, y); }
      Op o;
      if (op == Tok::Eql || op == Tok::Neq) {
        bool eq = (op == Tok::Eql) == when;
        o = f ? (eq ? Op::JEqF : Op::JNeF) : (eq ? Op::JEqI : Op::JNeI);
      } else if (when) {
        o = op == Tok::Lss ? (f ? Op::JLtF : u ? Op::JLtU : Op::JLtI)
                           : (f ? Op::JLeF : u ? Op::JLeU : Op::JLeI);
      } else if (f) {
        o = op == Tok::Lss ? Op::JNLtF : Op::JNLeF;  // NaN: !(a<b) is not b<=a
      } else {
        // !(x < y) == y <= x for integers.
        o = op == Tok::Lss ? (u ? Op::JLeU : Op::JLeI) : (u ? Op::JLtU : Op::JLtI);
        std::swap(x, y);
      }
      jump_to(l, emit(o, x, y));
      fs_->freereg = save;
      return;
    }
  }
  int r = expr_reg(e);
  jump_to(l, emit(when ? Op::JTrue : Op::JFalse, r));
  fs_->freereg = save;
}

// ---- statements -----------------------------------------------------------

void Compiler::block(const std::vector<Stmt*>& list) {
  uint32_t save = fs_->freereg;
  for (const Stmt* s : list) stmt(s);
  fs_->freereg = save;
}

void Compiler::stmt(const Stmt* s) {
  set_line(s);
  uint32_t save = fs_->freereg;
  std::string label;
  std::swap(label, fs_->pending_label);
  // gc's order of evaluation within the statement (compiler_order.cpp).
  std::optional<OrderScope> order;
  if (std::vector<OrderRoot> roots = order_roots(s); !roots.empty()) {
    auto* a = as<AssignStmt>(s);
    order.emplace(this, roots, !(a && a->tok == Tok::Define));
  }
  switch (s->kind) {
    case NodeKind::EmptyStmt: break;
    case NodeKind::BlockStmt: block(static_cast<const BlockStmt*>(s)->list); break;
    case NodeKind::ExprStmt: {
      const Expr* x = static_cast<const ExprStmt*>(s)->x;
      int r = alloc_reg();
      expr_into_fresh(x, r);
      break;
    }
    case NodeKind::AssignStmt: {
      auto* a = static_cast<const AssignStmt*>(s);
      if (a->tok == Tok::Define) {
        define_stmt(a);
        return;  // keeps the new locals' registers
      }
      if (a->tok == Tok::Assign) assign_stmt(a);
      else {
        Tok op;
        switch (a->tok) {
          case Tok::AddAssign: op = Tok::Add; break;
          case Tok::SubAssign: op = Tok::Sub; break;
          case Tok::MulAssign: op = Tok::Mul; break;
          case Tok::QuoAssign: op = Tok::Quo; break;
          case Tok::RemAssign: op = Tok::Rem; break;
          case Tok::AndAssign: op = Tok::And; break;
          case Tok::OrAssign: op = Tok::Or; break;
          case Tok::XorAssign: op = Tok::Xor; break;
          case Tok::ShlAssign: op = Tok::Shl; break;
          case Tok::ShrAssign: op = Tok::Shr; break;
          default: op = Tok::AndNot; break;
        }
        op_assign(a->lhs[0], op, a->rhs[0], a);
      }
      break;
    }
    case NodeKind::DeclStmt: {
      auto* g = static_cast<const DeclStmt*>(s)->decl;
      if (g->tok == Tok::Var) {
        for (const Spec* sp : g->specs) var_decl(static_cast<const ValueSpec*>(sp), false);
        return;  // keeps the new locals' registers
      }
      break;  // constants and local types need no code
    }
    case NodeKind::IncDecStmt: incdec_stmt(static_cast<const IncDecStmt*>(s)); break;
    case NodeKind::ReturnStmt: return_stmt(static_cast<const ReturnStmt*>(s)); break;
    case NodeKind::IfStmt: if_stmt(static_cast<const IfStmt*>(s)); break;
    case NodeKind::ForStmt:
      fs_->pending_label = label;
      for_stmt(static_cast<const ForStmt*>(s));
      break;
    case NodeKind::RangeStmt:
      fs_->pending_label = label;
      range_stmt(static_cast<const RangeStmt*>(s));
      break;
    case NodeKind::SwitchStmt:
      fs_->pending_label = label;
      switch_stmt(static_cast<const SwitchStmt*>(s));
      break;
    case NodeKind::TypeSwitchStmt:
      fs_->pending_label = label;
      type_switch_stmt(static_cast<const TypeSwitchStmt*>(s));
      break;
    case NodeKind::SelectStmt:
      fs_->pending_label = label;
      select_stmt(static_cast<const SelectStmt*>(s));
      break;
    case NodeKind::BranchStmt: branch_stmt(static_cast<const BranchStmt*>(s)); break;
    case NodeKind::GoStmt: go_stmt(static_cast<const GoStmt*>(s)); break;
    case NodeKind::DeferStmt: defer_stmt(static_cast<const DeferStmt*>(s)); break;
    case NodeKind::SendStmt: send_stmt(static_cast<const SendStmt*>(s)); break;
    case NodeKind::LabeledStmt: {
      auto* ls = static_cast<const LabeledStmt*>(s);
      bind(fs_->goto_labels[ls->label->name]);
      fs_->pending_label = ls->label->name;
      stmt(ls->stmt);
      fs_->pending_label.clear();
      return;  // a labeled declaration (L: x := 1) keeps its registers
    }
    default: unsupported(s, std::string(node_kind_name(s->kind))); break;
  }
  fs_->pending_label.clear();
  fs_->freereg = save;
}

void Compiler::store_to(const Expr* lhs, int src) {
  uint32_t save = fs_->freereg;
  Place pl = place_of(lhs);
  place_store(pl, src);
  fs_->freereg = save;
}

static const Type* lhs_type(const Expr* lhs) {
  if (auto* id = as<Ident>(lhs); id && id->obj && id->obj->kind == ObjKind::Var) return id->obj->type;
  return lhs->type;
}

// The one place for multi-value right-hand sides (a, b = f(), and the
// comma-ok forms of receive, map index and type assertion): the values land
// in base .. base+to.size()-1, converted for assignment to `to` (boxed into
// interfaces where needed); freereg ends just above them.
bool Compiler::multi_value_at(const Expr* r, int base, const std::vector<const Type*>& to,
                              const Node* at) {
  while (auto* p = as<ParenExpr>(r)) r = p->x;
  int n = static_cast<int>(to.size());
  fs_->freereg = static_cast<uint32_t>(base + n);  // temporaries go above
  touch(base + n - 1);
  std::vector<const Type*> from;
  if (auto* u = as<UnaryExpr>(r); u && u->op == Tok::Arrow) {
    int ch = expr_reg(u->x);
    set_line(u);
    emit(Op::Recv2, base, ch);
    recv_zero_fixup(base, u->x->type);
    from.push_back(u->type);
  } else if (map_index2(r, base)) {
    from.push_back(r->type);
  } else if (auto* c = as<CallExpr>(r)) {
    if (call_at(c, base, false) < 0) return false;
    if (c->type && c->type->kind == TypeKind::Tuple)
      from = static_cast<const TupleType*>(c->type)->elems;
  } else {
    unsupported(at, "this assignment");
    return false;
  }
  for (size_t i = 0; i < from.size() && i < to.size(); ++i)
    box_in_place(base + static_cast<int>(i), from[i], to[i]);
  fs_->freereg = static_cast<uint32_t>(base + n);
  touch(base + n);
  return true;
}

void Compiler::assign_stmt(const AssignStmt* s) {
  if (s->rhs.size() == 1 && s->lhs.size() > 1) {
    // a, b = f()  or  v, ok = <-ch / m[k] / x.(T)
    int base = static_cast<int>(fs_->freereg);
    std::vector<const Type*> to;
    for (const Expr* l : s->lhs) to.push_back(lhs_type(l));
    if (!multi_value_at(s->rhs[0], base, to, s)) return;
    for (size_t i = 0; i < s->lhs.size(); ++i) store_to(s->lhs[i], base + int(i));
    return;
  }
  if (s->lhs.size() == 1) {
    const Expr* lhs = s->lhs[0];
    const Type* lt = lhs_type(lhs);
    // Evaluate straight into a plain local's register when possible.
    if (auto* id = as<Ident>(lhs); id && id->obj && id->obj->kind == ObjKind::Var &&
                                   !is_aggregate_type(lt)) {
      int r = var_reg_direct(static_cast<const Var*>(id->obj));
      if (r >= 0) {
        assign_into(s->rhs[0], id->obj->type, r);
        return;
      }
    }
    // The left side's operands are evaluated before the right side; an
    // index on the left is checked at the store, after it (as Go).
    Place pl = place_of(lhs, true);
    int t;
    if (!is_aggregate_type(lt) && s->rhs[0]->type && identical(s->rhs[0]->type, lt)) {
      t = expr_reg(s->rhs[0]);  // a local is stored from its own register
    } else {
      t = alloc_reg();
      if (is_aggregate_type(lt)) expr_into(s->rhs[0], t);  // copied by the store
      else assign_into(s->rhs[0], lt, t);
    }
    place_store(pl, t);
    return;
  }
  // Parallel assignment: the left operands, then every right side (copied),
  // then the stores, left to right.
  std::vector<Place> places;
  for (const Expr* l : s->lhs) places.push_back(place_of(l, true, &s->lhs));
  std::vector<int> tmp;
  for (size_t i = 0; i < s->rhs.size(); ++i) {
    int t = alloc_reg();
    assign_into(s->rhs[i], lhs_type(s->lhs[i]), t);
    tmp.push_back(t);
  }
  for (size_t i = 0; i < s->lhs.size(); ++i) place_store(places[i], tmp[i]);
}

void Compiler::define_stmt(const AssignStmt* s) {
  // New variables take the registers their values were computed in.
  auto is_new = [&](const Expr* e) -> Var* {
    auto* id = as<Ident>(e);
    if (!id || id->name == "_" || !id->obj || id->obj->kind != ObjKind::Var) return nullptr;
    auto* v = static_cast<Var*>(id->obj);
    if (v->pos.line == id->pos.line && v->pos.col == id->pos.col) return v;  // declared here
    return nullptr;
  };
  int n = static_cast<int>(s->lhs.size());
  int base = static_cast<int>(fs_->freereg);
  if (s->rhs.size() == 1 && n > 1) {
    std::vector<const Type*> to;
    for (const Expr* l : s->lhs) to.push_back(lhs_type(l));
    if (!multi_value_at(s->rhs[0], base, to, s)) return;
  } else {
    for (int i = 0; i < n; ++i) {
      int r = alloc_reg();
      if (is_aggregate_type(s->rhs[i]->type)) owned_into(s->rhs[i], r);
      else expr_into_fresh(s->rhs[i], r);
      fs_->freereg = r + 1;
    }
  }
  for (int i = 0; i < n; ++i) {
    if (Var* v = is_new(s->lhs[i])) {
      if (v->is_global()) store_var(v, base + i);
      else declare_local(v, base + i);
    } else {
      store_to(s->lhs[i], base + i);
    }
  }
}

void Compiler::var_decl(const ValueSpec* spec, bool global) {
  int n = static_cast<int>(spec->names.size());
  int base = static_cast<int>(fs_->freereg);
  if (spec->values.empty()) {
    for (int i = 0; i < n; ++i) {
      const Type* t = spec->names[i]->obj ? spec->names[i]->obj->type : nullptr;
      zero_into(t, alloc_reg());
    }
  } else if (spec->values.size() == 1 && n > 1) {
    std::vector<const Type*> to;
    for (const Ident* id : spec->names) to.push_back(id->obj ? id->obj->type : nullptr);
    if (!multi_value_at(spec->values[0], base, to, spec)) return;
  } else {
    for (int i = 0; i < n; ++i) {
      int r = alloc_reg();
      const Type* to = spec->names[i]->obj ? spec->names[i]->obj->type : nullptr;
      // gc orders `var a, b = x, f()` as a = x; b = f(): each value alone.
      OrderScope order(this, {{spec->values[i]}});
      assign_into(spec->values[i], to, r);
      fs_->freereg = r + 1;
    }
  }
  for (int i = 0; i < n; ++i) {
    Ident* id = spec->names[i];
    if (id->name == "_" || !id->obj) continue;
    auto* v = static_cast<Var*>(id->obj);
    if (global || v->is_global()) store_var(v, base + i);
    else declare_local(v, base + i);
  }
  if (global) fs_->freereg = base;
}

// m[k] op= v, m[k]++: when nothing evaluated between the load and the store
// can run code (the right side is a constant or a variable), the map slot is
// found once (MapElemAddr) and updated through a pointer.
void Compiler::fuse_map_update(Place& pl, const Expr* rhs) {
  if (pl.kind != Place::MapElem || is_aggregate_type(pl.type)) return;
  if (rhs) {
    const Expr* r = rhs;
    while (auto* p = as<ParenExpr>(r)) r = p->x;
    auto* id = as<Ident>(r);
    if (!r->cval && !(id && id->obj && id->obj->kind == ObjKind::Var)) return;
  }
  int ptr = alloc_reg();
  emit(Op::MapElemAddr, ptr, pl.reg, pl.key);
  pl.kind = Place::Ptr;
  pl.reg = ptr;
}

void Compiler::op_assign(const Expr* lhs, Tok op, const Expr* rhs, const Node* at) {
  const Type* t = lhs_type(lhs);
  int direct = -1;
  if (auto* id = as<Ident>(lhs); id && id->obj && id->obj->kind == ObjKind::Var)
    direct = var_reg_direct(static_cast<const Var*>(id->obj));
  Place pl;
  if (direct < 0) {
    pl = place_of(lhs);  // operands evaluated once
    fuse_map_update(pl, rhs);
  }
  int cur = direct >= 0 ? direct : alloc_reg();
  if (direct < 0) place_load(pl, cur);
  int64_t k;
  Rep r = rep_of(t);
  if (is_intlike(r) && (op == Tok::Add || op == Tok::Sub) && small_int_const(rhs, &k) &&
      k != INT16_MIN) {
    emit(Op::AddIK, cur, cur, uint16_t(int16_t(op == Tok::Sub ? -k : k)));
    Op w = wrap_op(t);
    if (w != Op::Nop) emit(w, cur, cur);
  } else if (op == Tok::Shl || op == Tok::Shr) {
    set_line(at);
    shift(op, t, cur, cur, rhs);
  } else {
    int y = expr_reg(rhs);
    set_line(at);
    arith(op, t, cur, cur, y, at);
  }
  if (direct < 0) place_store(pl, cur);
}

void Compiler::incdec_stmt(const IncDecStmt* s) {
  const Type* t = lhs_type(s->x);
  Rep r = rep_of(t);
  int direct = -1;
  if (auto* id = as<Ident>(s->x); id && id->obj && id->obj->kind == ObjKind::Var)
    direct = var_reg_direct(static_cast<const Var*>(id->obj));
  Place pl;
  if (direct < 0) {
    pl = place_of(s->x);
    fuse_map_update(pl, nullptr);
  }
  int cur = direct >= 0 ? direct : alloc_reg();
  if (direct < 0) place_load(pl, cur);
  if (is_intlike(r)) {
    emit(Op::AddIK, cur, cur, uint16_t(int16_t(s->tok == Tok::Inc ? 1 : -1)));
    Op w = wrap_op(t);
    if (w != Op::Nop) emit(w, cur, cur);
  } else if (r == Rep::Float || r == Rep::Float32) {
    int one = alloc_reg();
    emit_bx(Op::LoadK, one, const_index(slot_f(1.0)));
    emit(s->tok == Tok::Inc ? Op::AddF : Op::SubF, cur, cur, one);
    if (r == Rep::Float32) emit(Op::RoundF32, cur, cur);
  } else if (is_complex_rep(r)) {
    int one = alloc_reg();
    emit_bx(Op::LoadK, one, const_index(prog_.intern_complex(1.0, 0.0)));
    bool c64 = r == Rep::Complex64;
    emit(s->tok == Tok::Inc ? (c64 ? Op::AddC64 : Op::AddC) : (c64 ? Op::SubC64 : Op::SubC), cur, cur, one);
  } else {
    unsupported(s, "++/-- on " + type_string(t));
  }
  if (direct < 0) place_store(pl, cur);
}

void Compiler::return_stmt(const ReturnStmt* s) {
  const FuncInfo* info = fs_->info;
  size_t nres = info && info->sig ? info->sig->results.size() : 0;
  if (fs_->has_defer) {
    // Results are set, then the deferred calls run (they may change named
    // results), then the function returns its result variables.
    bool named = nres > 0 && !info->results[0]->name.empty() && info->results[0]->name != "_";
    if (!s->results.empty() && named) {
      AssignStmt fake(s->pos, Tok::Assign);
      int base = static_cast<int>(fs_->freereg);
      if (s->results.size() == 1 && nres > 1) {
        auto* c = as<CallExpr>(s->results[0]);
        if (!c || call_at(c, base, false) < 0) return;
        fs_->freereg = static_cast<uint32_t>(base + nres);
      } else {
        for (size_t k = 0; k < nres; ++k) assign_into(s->results[k], info->sig->results[k], alloc_reg());
      }
      for (size_t k = 0; k < nres; ++k) store_var(info->results[k], base + static_cast<int>(k));
      (void)fake;
    } else if (!s->results.empty()) {
      int base = static_cast<int>(fs_->freereg);
      if (s->results.size() == 1 && nres > 1) {
        auto* c = as<CallExpr>(s->results[0]);
        if (!c || call_at(c, base, false) < 0) return;
        fs_->freereg = static_cast<uint32_t>(base + nres);
      } else {
        for (size_t k = 0; k < nres; ++k) assign_into(s->results[k], info->sig->results[k], alloc_reg());
      }
      emit_run_defers();
      emit(Op::Ret, base, int(nres));
      return;
    }
    emit_run_defers();
    int base = static_cast<int>(fs_->freereg);
    for (size_t i = 0; i < nres; ++i) {
      int r = alloc_reg();
      const Var* v = info->results[i];
      if (v->name.empty() || v->name == "_") zero_into(v->type, r);
      else load_var(v, r);
    }
    emit(Op::Ret, base, int(nres));
    return;
  }
  if (s->results.empty()) {
    if (nres == 0) {
      emit(Op::Ret, 0, 0);
      return;
    }
    int base = static_cast<int>(fs_->freereg);
    for (size_t i = 0; i < nres; ++i) {
      int r = alloc_reg();
      const Var* v = info->results[i];
      if (v->name.empty() || v->name == "_") emit(Op::LoadI, r);  // never assigned: zero
      else load_var(v, r);
    }
    emit(Op::Ret, base, int(nres));
    return;
  }
  if (s->results.size() == 1 && nres == 1) {
    const Expr* e = s->results[0];
    if ((rep_of(info->sig->results[0]) != Rep::Iface || rep_of(e->type) == Rep::Iface) &&
        (!is_aggregate_type(e->type) || is_fresh(e))) {
      int r = expr_reg(e);
      emit(Op::Ret, r, 1);
      return;
    }
  }
  int base = static_cast<int>(fs_->freereg);
  if (s->results.size() == 1 && nres > 1) {
    auto* c = as<CallExpr>(s->results[0]);
    if (!c || call_at(c, base, false) < 0) return;
    touch(base + nres);
    emit(Op::Ret, base, int(nres));
    return;
  }
  for (size_t i = 0; i < s->results.size(); ++i) {
    int r = alloc_reg();
    assign_into(s->results[i], info->sig->results[i], r);
  }
  emit(Op::Ret, base, int(nres));
}

void Compiler::if_stmt(const IfStmt* s) {
  uint32_t save = fs_->freereg;
  if (s->init) stmt(s->init);
  JumpLabel else_l, end;
  {
    OrderScope order(this, {{s->cond, true}});
    cond_jump(s->cond, false, else_l);
  }
  block(s->body->list);
  if (s->else_) {
    jmp(end);
    bind(else_l);
    stmt(s->else_);
    bind(end);
  } else {
    bind(else_l);
  }
  fs_->freereg = save;
}

void Compiler::for_stmt(const ForStmt* s) {
  uint32_t save = fs_->freereg;
  std::string label = fs_->pending_label;
  fs_->pending_label.clear();
  if (s->init) stmt(s->init);
  // Loop variables that closures capture get a fresh cell per iteration.
  std::vector<const Var*> fresh;
  if (auto* a = as<AssignStmt>(s->init); a && a->tok == Tok::Define)
    for (const Expr* l : a->lhs)
      if (auto* id = as<Ident>(l); id && id->obj && id->obj->kind == ObjKind::Var &&
                                    static_cast<const Var*>(id->obj)->captured &&
                                    static_cast<const Var*>(id->obj)->owner == fs_->owner)
        fresh.push_back(static_cast<const Var*>(id->obj));
  JumpLabel cond_l, body_l, brk, cont;
  fs_->branches.push_back({label, true, &brk, &cont});
  if (s->cond) jmp(cond_l);
  bind(body_l);
  block(s->body->list);
  bind(cont);
  if (!fresh.empty()) {
    int t = alloc_reg();
    for (const Var* v : fresh) {
      emit(Op::GetCell, t, v->slot);
      emit(Op::NewCell, v->slot, t);
    }
    fs_->freereg--;
  }
  if (s->post) stmt(s->post);
  bind(cond_l);
  if (s->cond) {
    OrderScope order(this, {{s->cond, true}});
    cond_jump(s->cond, true, body_l);
  } else {
    jmp(body_l);
  }
  bind(brk);
  fs_->branches.pop_back();
  fs_->freereg = save;
}

void Compiler::range_stmt(const RangeStmt* s) {
  uint32_t save = fs_->freereg;
  std::string label = fs_->pending_label;
  fs_->pending_label.clear();
  const Type* xt = s->x->type ? s->x->type->underlying() : nullptr;
  JumpLabel top, brk, cont, body_l;
  auto bind_var = [&](const Expr* target, int src) {
    if (!target) return;
    if (s->tok == Tok::Define) {
      auto* id = as<Ident>(target);
      if (!id || id->name == "_" || !id->obj) return;
      auto* v = static_cast<Var*>(id->obj);
      if (!v->captured && !v->reassigned) {
        declare_local(v, src);  // the body only reads it: no per-iteration copy
        return;
      }
      int r = alloc_reg();
      emit(Op::Move, r, src);
      declare_local(v, r);
    } else {
      store_to(target, src);
    }
  };
  if (xt && xt->kind == TypeKind::Chan) {
    int ch = alloc_reg();
    expr_into(s->x, ch);
    int val = alloc_reg();
    int ok = alloc_reg();
    fs_->branches.push_back({label, true, &brk, &cont});
    bind(top);
    bind(cont);
    set_line(s);
    emit(Op::Recv2, val, ch);
    jump_to(brk, emit(Op::JFalse, ok));
    uint32_t inner = fs_->freereg;
    bind_var(s->key, val);
    block(s->body->list);
    fs_->freereg = inner;
    jmp(top);
    bind(brk);
    fs_->branches.pop_back();
  } else if (xt && is_integer(xt)) {
    int n = alloc_reg();
    expr_into(s->x, n);
    int i = alloc_reg();
    emit(Op::LoadI, i);
    fs_->branches.push_back({label, true, &brk, &cont});
    JumpLabel cond_l;
    jmp(cond_l);
    bind(body_l);
    uint32_t inner = fs_->freereg;
    bind_var(s->key, i);
    block(s->body->list);
    fs_->freereg = inner;
    bind(cont);
    emit(Op::AddIK, i, i, 1);
    bind(cond_l);
    jump_to(body_l, emit(rep_of(xt) == Rep::Uint ? Op::JLtU : Op::JLtI, i, n));
    bind(brk);
    fs_->branches.pop_back();
  } else if (!range_composite(s, label) && !range_map(s, label)) {
    unsupported(s, "range over " + type_string(s->x->type));
  }
  fs_->freereg = save;
}

void Compiler::switch_stmt(const SwitchStmt* s) {
  uint32_t save = fs_->freereg;
  std::string label = fs_->pending_label;
  fs_->pending_label.clear();
  if (s->init) stmt(s->init);
  int tag = -1;
  const Type* tag_t = nullptr;
  if (s->tag) {
    tag = alloc_reg();
    OrderScope order(this, {{s->tag, true}});
    expr_into(s->tag, tag);
    tag_t = s->tag->type;
  }
  JumpLabel brk;
  fs_->branches.push_back({label, false, &brk, nullptr});
  std::vector<const CaseClause*> clauses;
  for (const Stmt* st : s->body->list)
    if (auto* cc = as<CaseClause>(st)) clauses.push_back(cc);
  std::vector<JumpLabel> bodies(clauses.size());
  int default_i = -1;
  for (size_t i = 0; i < clauses.size(); ++i) {
    const CaseClause* cc = clauses[i];
    if (cc->is_default || cc->list.empty()) {
      default_i = static_cast<int>(i);
      continue;
    }
    for (const Expr* v : cc->list) {
      set_line(v);
      if (tag < 0) {
        cond_jump(v, true, bodies[i]);
        continue;
      }
      uint32_t s2 = fs_->freereg;
      Rep r = rep_of(tag_t);
      if (r == Rep::Iface || rep_of(v->type) == Rep::Iface) {
        // As tag == v with an interface on either side: box the concrete one.
        const Type* it = r == Rep::Iface ? tag_t : v->type;
        int x = tag;
        if (r != Rep::Iface) {
          x = alloc_reg();
          emit(Op::Move, x, tag);
          box_in_place(x, tag_t, it);
        }
        int y = alloc_reg();
        assign_into(v, it, y);
        int t = alloc_reg();
        set_line(v);
        emit(Op::EqIface, t, x, y);
        jump_to(bodies[i], emit(Op::JTrue, t));
        fs_->freereg = s2;
        continue;
      }
      int y = expr_reg(v);
      if (r == Rep::Agg) {
        int t = alloc_reg();
        set_line(v);
        emit(Op::EqAgg, t, tag, y);
        emit_bx(Op::Extra, 0, static_cast<uint32_t>(type_index(tag_t)));
        jump_to(bodies[i], emit(Op::JTrue, t));
      } else if (is_intlike(r) || r == Rep::Bool || r == Rep::Ref || r == Rep::Ptr || r == Rep::Map ||
                 r == Rep::Slice) {  // identity (maps and slices: only against nil)
        jump_to(bodies[i], emit(Op::JEqI, tag, y));
      } else if (r == Rep::Float || r == Rep::Float32) jump_to(bodies[i], emit(Op::JEqF, tag, y));
      else if (r == Rep::String || is_complex_rep(r)) {
        int t = alloc_reg();
        emit(r == Rep::String ? Op::EqS : Op::EqC, t, tag, y);
        jump_to(bodies[i], emit(Op::JTrue, t));
      } else unsupported(v, "switch on " + type_string(tag_t));
      fs_->freereg = s2;
    }
  }
  if (default_i >= 0) jmp(bodies[default_i]);
  else jmp(brk);
  for (size_t i = 0; i < clauses.size(); ++i) {
    bind(bodies[i]);
    const auto& body = clauses[i]->body;
    bool falls = !body.empty() && as<BranchStmt>(body.back()) &&
                 as<BranchStmt>(body.back())->tok == Tok::Fallthrough;
    uint32_t s2 = fs_->freereg;
    for (const Stmt* st : body) {
      if (auto* b = as<BranchStmt>(st); b && b->tok == Tok::Fallthrough) continue;
      stmt(st);
    }
    fs_->freereg = s2;
    if (!falls) jmp(brk);
    else if (i + 1 < clauses.size()) jmp(bodies[i + 1]);
  }
  bind(brk);
  fs_->branches.pop_back();
  fs_->freereg = save;
}

// switch x := y.(type) { case T1, T2: ... case nil: ... default: }: the
// guard is evaluated once; each case tests the dynamic type in order
// (TypeAssert2 for a type, IsNil for nil); a clause's own x holds the
// unboxed value when the clause names one type, else the interface.
void Compiler::type_switch_stmt(const TypeSwitchStmt* s) {
  uint32_t save = fs_->freereg;
  std::string label = fs_->pending_label;
  fs_->pending_label.clear();
  if (s->init) stmt(s->init);
  const Expr* guard = nullptr;
  if (auto* a = as<AssignStmt>(s->assign); a && a->rhs.size() == 1) guard = a->rhs[0];
  else if (auto* es = as<ExprStmt>(s->assign)) guard = es->x;
  while (auto* p = as<ParenExpr>(guard)) guard = p->x;
  auto* ta = as<TypeAssertExpr>(guard);
  if (!ta) {
    unsupported(s, "this type switch");
    return;
  }
  int g = alloc_reg();
  expr_into(ta->x, g);
  int val = alloc_reg();  // an asserted value, val+1 its ok flag
  alloc_reg();
  JumpLabel brk;
  fs_->branches.push_back({label, false, &brk, nullptr});
  std::vector<const CaseClause*> clauses;
  for (const Stmt* st : s->body->list)
    if (auto* cc = as<CaseClause>(st)) clauses.push_back(cc);
  std::vector<JumpLabel> bodies(clauses.size());
  int default_i = -1;
  for (size_t i = 0; i < clauses.size(); ++i) {
    const CaseClause* cc = clauses[i];
    if (cc->is_default) {
      default_i = static_cast<int>(i);
      continue;
    }
    for (const Expr* te : cc->list) {
      set_line(te);
      auto* id = as<Ident>(te);
      if (id && id->obj && id->obj->kind == ObjKind::Nil) {
        emit(Op::IsNil, val + 1, g);
      } else if (te->type) {
        emit(Op::TypeAssert2, val, g, type_index(te->type));
        emit_bx(Op::Extra, 0, static_cast<uint32_t>(type_index(ta->x->type)));
      } else {
        unsupported(te, "this type switch case");
        continue;
      }
      jump_to(bodies[i], emit(Op::JTrue, val + 1));
    }
  }
  if (default_i >= 0) jmp(bodies[default_i]);
  else jmp(brk);
  for (size_t i = 0; i < clauses.size(); ++i) {
    const CaseClause* cc = clauses[i];
    bind(bodies[i]);
    uint32_t inner = fs_->freereg;
    if (cc->implicit_obj) {
      auto* v = static_cast<Var*>(cc->implicit_obj);
      int r = alloc_reg();
      bool single = cc->list.size() == 1 && cc->list[0]->type;
      if (single && rep_of(v->type) != Rep::Iface) {
        // Re-assert: each clause's value comes from its own test.
        emit(Op::TypeAssert, r, g, type_index(v->type));
        emit_bx(Op::Extra, 0, static_cast<uint32_t>(type_index(ta->x->type)));
        if (is_aggregate_type(v->type)) clone(r, r, v->type);
      } else {
        emit(Op::Move, r, g);
      }
      declare_local(v, r);
    }
    for (const Stmt* st : cc->body) stmt(st);
    fs_->freereg = inner;
    jmp(brk);
  }
  bind(brk);
  fs_->branches.pop_back();
  fs_->freereg = save;
}

void Compiler::branch_stmt(const BranchStmt* s) {
  auto& br = fs_->branches;
  if (s->tok == Tok::Break || s->tok == Tok::Continue) {
    bool cont = s->tok == Tok::Continue;
    for (auto it = br.rbegin(); it != br.rend(); ++it) {
      if (s->label ? it->label == s->label->name : (!cont || it->is_loop)) {
        if (cont && !it->is_loop) break;
        jmp(cont ? *it->continue_label : *it->break_label);
        return;
      }
    }
    diags_.error(s->pos, "internal error: no target for " + std::string(tok_string(s->tok)));
    return;
  }
  if (s->tok == Tok::Fallthrough) return;  // handled by switch_stmt
  if (s->tok == Tok::Goto && s->label) {
    // The checker has ruled out jumps into blocks and over declarations, so
    // the registers at the label are laid out as here.
    jmp(fs_->goto_labels[s->label->name]);
    return;
  }
  unsupported(s, std::string(tok_string(s->tok)));
}

void Compiler::go_stmt(const GoStmt* s) {
  const Expr* fun = s->call->fun;
  while (auto* p = as<ParenExpr>(fun)) fun = p->x;
  if (fun->is_type || (as<Ident>(fun) && as<Ident>(fun)->obj &&
                       as<Ident>(fun)->obj->kind == ObjKind::Builtin)) {
    unsupported(s, "go with a builtin or conversion");
    return;
  }
  int base = static_cast<int>(fs_->freereg);
  go_defer_call_ = s->call;
  call_at(s->call, base, true);
  go_defer_call_ = nullptr;
}

// defer f(args): the function value and arguments are evaluated now and
// kept in a deferred-call record (Defer, DeferClosure, DeferNative).
void Compiler::defer_stmt(const DeferStmt* s) {
  const Expr* fun = s->call->fun;
  while (auto* p = as<ParenExpr>(fun)) fun = p->x;
  int base = static_cast<int>(fs_->freereg);
  if (auto* id = as<Ident>(fun); id && id->obj && id->obj->kind == ObjKind::Builtin) {
    BuiltinId bid = static_cast<const Builtin*>(id->obj)->id;
    // defer recover(): recover is then not called by a deferred function, so it
    // recovers nothing (Go's rule); the deferred call has no other effect.
    if (bid != BuiltinId::Recover) defer_builtin(s->call, bid);
    return;
  }
  if (fun->is_type) {
    unsupported(s, "defer of a conversion");
    return;
  }
  deferring_ = true;
  go_defer_call_ = s->call;
  call_at(s->call, base, true);
  go_defer_call_ = nullptr;
  deferring_ = false;
}

// defer close(ch), defer println(x, y), defer panic(v), defer delete(m, k), ...: the
// non-constant arguments are evaluated now and passed to a small wrapper function
// (hidden from tracebacks) whose body is the builtin call on its parameters.
void Compiler::defer_builtin(const CallExpr* call, BuiltinId id) {
  int base = static_cast<int>(fs_->freereg);
  std::vector<const Expr*> dyn;
  for (const Expr* a : call->args)
    if (!a->cval) dyn.push_back(a);
  for (const Expr* a : dyn) assign_into(a, a->type, alloc_reg());
  Proto* w = new_proto(fs_->proto->name + ".deferwrap", call->pos.line);
  w->hidden = true;
  int widx = static_cast<int>(prog_.protos.size() - 1);
  auto syn = std::make_unique<CallExpr>(call->pos);
  syn->fun = call->fun;
  syn->type = call->type;
  syn->lparen = call->lparen;
  syn->rparen = call->rparen;
  syn->ellipsis = call->ellipsis;
  FuncState fs;
  fs.parent = fs_;
  fs.proto = w;
  fs.owner = syn.get();
  fs.line = call->pos.line;
  fs_ = &fs;
  for (Expr* a : call->args) {
    if (a->cval) {
      syn->args.push_back(a);
      continue;
    }
    auto v = std::make_unique<Var>("arg" + std::to_string(syn->args.size()), a->type, a->pos);
    v->owner = syn.get();
    v->is_param = true;
    v->slot = alloc_reg();
    auto ident = std::make_unique<Ident>(a->pos, v->name);
    ident->obj = v.get();
    ident->type = a->type;
    syn->args.push_back(ident.get());
    synth_vars_.push_back(std::move(v));
    synth_nodes_.push_back(std::move(ident));
  }
  w->nparams = static_cast<uint16_t>(dyn.size());
  builtin_call(syn.get(), id, alloc_reg());
  emit(Op::Ret, 0, 0);
  fs_ = fs.parent;
  synth_nodes_.push_back(std::move(syn));
  set_line(call);
  touch(static_cast<uint32_t>(base + dyn.size()));
  emit_bx(Op::Defer, base, static_cast<uint32_t>(widx));
  fs_->freereg = static_cast<uint32_t>(base);
}

void Compiler::send_stmt(const SendStmt* s) {
  int ch = expr_reg(s->chan);
  int v = alloc_reg();
  const Type* ct = s->chan->type ? s->chan->type->underlying() : nullptr;
  const Type* elem = ct && ct->kind == TypeKind::Chan ? static_cast<const ChanTy*>(ct)->elem : nullptr;
  assign_into(s->value, elem, v);
  set_line(s);
  emit(Op::Send, ch, v);
}

}  // namespace compiler_detail

bool compile_package(Program& prog, const Package& pkg, Diagnostics& diags, int32_t* init_proto) {
  int32_t entry = prog.entry;
  compiler_detail::Compiler c(prog, pkg, diags);
  bool ok = c.run();
  if (pkg.path != "main") {
    if (init_proto) *init_proto = prog.entry;
    prog.entry = entry;
  }
  return ok;
}

}  // namespace csp
