// Compiling arrays, slices, structs and pointers.
//
// Representation (spec/internals.md, "Values"): a struct or array value is a
// pointer to the first slot of a box; nested aggregates are flattened into
// their container's slots; a slice is a pointer to an immutable header. An
// aggregate-typed expression therefore yields a pointer that may alias
// storage (a variable's box, an element, a field): a *place*. Whoever keeps
// the value (a new variable, an argument, a result, an element store) copies
// it with CloneBox or CopyN, unless the expression is fresh (a composite
// literal or a call result), which is moved.
#include "lang/compiler_impl.hpp"

namespace csp {
namespace compiler_detail {

bool is_aggregate_type(const Type* t) { return t && rep_of(t) == Rep::Agg; }

uint64_t Compiler::width_of(const Type* t) { return value_slots(t); }

// Slot offset of field `idx` within a struct's flattened slots.
static uint64_t field_offset(const StructTy* st, int idx) {
  uint64_t off = 0;
  for (int k = 0; k < idx; ++k) off += value_slots(st->fields[k].type);
  return off;
}

static const StructTy* struct_of(const Type* t) {
  const Type* u = t ? t->underlying() : nullptr;
  if (u && u->kind == TypeKind::Pointer) u = static_cast<const PointerType*>(u)->elem->underlying();
  return u && u->kind == TypeKind::Struct ? static_cast<const StructTy*>(u) : nullptr;
}

bool Compiler::is_fresh(const Expr* e) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  if (!fs_->hoisted.empty() && fs_->hoisted.count(e)) return true;  // evaluated early, owned
  if (as<CompositeLit>(e)) return true;
  if (auto* ix = as<IndexExpr>(e); ix && ix->x->type && ix->x->type->underlying()->kind == TypeKind::Map)
    return true;  // MapIndex makes a copy
  if (auto* c = as<CallExpr>(e)) return is_plain_call(c);
  return false;
}

void Compiler::owned_into(const Expr* e, int dst) {
  if (!is_aggregate_type(e->type) || is_fresh(e)) {
    expr_into_fresh(e, dst);
    return;
  }
  uint32_t save = fs_->freereg;
  int src = expr_reg(e);
  clone(dst, src, e->type);
  fs_->freereg = save;
}

void Compiler::clone(int dst, int src, const Type* t) {
  emit(Op::CloneBox, dst, src);
  emit_bx(Op::Extra, 0, static_cast<uint32_t>(type_index(t)));
}

void Compiler::copy_slots(int dst, int src, const Type* t) {
  emit(Op::CopyN, dst, src);
  emit_bx(Op::Extra, 0, static_cast<uint32_t>(width_of(t)));
}

void Compiler::zero_into(const Type* t, int dst) {
  if (is_aggregate_type(t)) emit_bx(Op::NewBox, dst, static_cast<uint32_t>(type_index(t)));
  else emit(Op::LoadI, dst);
}

int Compiler::elem_type_index(const Type* elem) {
  int k = type_index(elem);
  return k;
}

// ---- places ----------------------------------------------------------------

Compiler::Place Compiler::place_of(const Expr* e, bool deferred_index,
                                   const std::vector<Expr*>* assigned) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  Place pl;
  if (auto* se = as<SelectorExpr>(e); se && se->selection && se->selection->kind == SelKind::PkgMember &&
                                      se->selection->obj && se->selection->obj->kind == ObjKind::Var) {
    pl.kind = Place::Var;
    pl.var = static_cast<const Var*>(se->selection->obj);
    pl.type = pl.var->type;
    return pl;
  }
  if (auto* id = as<Ident>(e)) {
    if (id->name == "_") {
      pl.kind = Place::Blank;
      return pl;
    }
    if (id->obj && id->obj->kind == ObjKind::Var) {
      pl.kind = Place::Var;
      pl.var = static_cast<const Var*>(id->obj);
      pl.type = id->obj->type;
      return pl;
    }
  }
  pl.type = e->type;
  if (auto* ix = as<IndexExpr>(e); ix && ix->x->type && ix->x->type->underlying()->kind == TypeKind::Map) {
    auto* mt = static_cast<const MapTy*>(ix->x->type->underlying());
    pl.kind = Place::MapElem;
    pl.reg = alloc_reg();
    expr_into(ix->x, pl.reg);
    pl.key = alloc_reg();
    assign_into(ix->indices[0], mt->key, pl.key);
    pl.type = mt->elem;
    return pl;
  }
  // A scalar field, outside a parallel assignment: GetField and SetField on
  // the struct, one instruction each instead of an address and a load or
  // store through it. The nil check moves to the store, after the right
  // side, as in Go (`p.f = 1 / z` with p nil and z zero divides by zero
  // first). A parallel assignment keeps the address: a later store of the
  // same statement may change the variable holding the struct pointer.
  if (auto* se = as<SelectorExpr>(e); se && !assigned && se->selection &&
                                      se->selection->kind == SelKind::Field &&
                                      !is_aggregate_type(e->type)) {
    int base;
    uint64_t off;
    if (!field_base(se, &base, &off)) {
      pl.kind = Place::Blank;
      return pl;
    }
    pl.kind = Place::Field;
    pl.reg = base;
    pl.key = static_cast<int>(off);
    return pl;
  }
  if (auto* ix = as<IndexExpr>(e); ix && deferred_index && ix->x->type) {
    const Type* xt = ix->x->type->underlying();
    if (xt->kind == TypeKind::Pointer) xt = static_cast<const PointerType*>(xt)->elem->underlying();
    if (xt->kind == TypeKind::Slice || xt->kind == TypeKind::Array) {
      // A local's own register serves unless this statement assigns the
      // local before the store (then the value of phase one is copied).
      auto operand = [&](const Expr* x) {
        while (auto* p = as<ParenExpr>(x)) x = p->x;
        if (auto* id = as<Ident>(x); id && !x->cval && id->obj && id->obj->kind == ObjKind::Var) {
          bool reassigned = false;
          if (assigned)
            for (const Expr* l : *assigned)
              if (auto* li = as<Ident>(l); li && li->obj == id->obj) reassigned = true;
          int r = var_reg_direct(static_cast<const Var*>(id->obj));
          if (r >= 0 && !reassigned) return r;
        }
        int r = alloc_reg();
        expr_into(x, r);
        return r;
      };
      pl.kind = Place::Elem;
      pl.index = ix;
      pl.reg = operand(ix->x);
      pl.key = operand(ix->indices[0]);
      return pl;
    }
  }
  pl.kind = Place::Ptr;
  pl.reg = alloc_reg();
  if (!address_into(e, pl.reg)) pl.kind = Place::Blank;
  return pl;
}

// dst = &x[k] for a slice or array (or pointer to array) x, bounds
// checked now; false if x is of another kind.
bool Compiler::index_address(const IndexExpr* ix, int x, int k, int dst) {
  const Type* xt = ix->x->type->underlying();
  if (xt->kind == TypeKind::Pointer) xt = static_cast<const PointerType*>(xt)->elem->underlying();
  set_line(ix);
  if (xt->kind == TypeKind::Slice) {
    note_unsigned_bounds(emit(Op::IndexSlAddr, dst, x, k), ix->indices[0]);
    emit_bx(Op::Extra, static_cast<int>(stride_of(static_cast<const SliceType*>(xt)->elem)), 0);
    return true;
  }
  if (xt->kind == TypeKind::Array) {
    auto* at = static_cast<const ArrayTy*>(xt);
    note_unsigned_bounds(emit(Op::IndexArrAddr, dst, x, k), ix->indices[0]);
    emit_bx(Op::Extra, static_cast<int>(stride_of(at->elem)), static_cast<uint32_t>(at->len));
    return true;
  }
  return false;
}

// A Place::Elem as a Place::Ptr whose address is computed (and checked) now.
Compiler::Place Compiler::elem_as_ptr(const Place& pl) {
  Place p = pl;
  p.kind = Place::Ptr;
  p.reg = alloc_reg();
  index_address(pl.index, pl.reg, pl.key, p.reg);
  return p;
}

void Compiler::place_load(const Place& pl, int dst) {
  switch (pl.kind) {
    case Place::Var: load_var(pl.var, dst); break;
    case Place::Ptr:
      if (is_aggregate_type(pl.type)) emit(Op::Move, dst, pl.reg);
      else emit(load_op(pl.type), dst, pl.reg);
      break;
    case Place::Field: emit(Op::GetField, dst, pl.reg, pl.key); break;
    case Place::MapElem:
      emit(Op::MapIndex, dst, pl.reg, pl.key);
      emit_bx(Op::Extra, static_cast<int>(width_of(pl.type)), 0);
      break;
    case Place::Elem: place_load(elem_as_ptr(pl), dst); break;
    case Place::Blank: break;
  }
}

// Stores the value in src (for aggregates: a pointer to the slots to copy).
void Compiler::place_store(const Place& pl, int src) {
  switch (pl.kind) {
    case Place::Var:
      if (is_aggregate_type(pl.type) && pl.var->name != "_") {
        uint32_t save = fs_->freereg;
        int box = alloc_reg();
        load_var(pl.var, box);
        copy_slots(box, src, pl.type);
        fs_->freereg = save;
      } else {
        store_var(pl.var, src);
      }
      break;
    case Place::Ptr:
      if (is_aggregate_type(pl.type)) copy_slots(pl.reg, src, pl.type);
      else emit(store_op(pl.type), pl.reg, src);
      break;
    case Place::Field: emit(Op::SetField, pl.reg, pl.key, src); break;
    case Place::MapElem:
      emit(Op::MapStore, pl.reg, pl.key, src);
      emit_bx(Op::Extra, static_cast<int>(width_of(pl.type)), 0);
      break;
    case Place::Elem: {
      const Type* xt = pl.index->x->type->underlying();
      if (xt->kind == TypeKind::Slice && !is_aggregate_type(pl.type) && store_op(pl.type) == Op::Store &&
          stride_of(pl.type) == 1) {
        set_line(pl.index);
        note_unsigned_bounds(emit(Op::SetIndexSl, pl.reg, pl.key, src), pl.index->indices[0]);  // checks and stores in one
        break;
      }
      uint32_t save = fs_->freereg;
      place_store(elem_as_ptr(pl), src);
      fs_->freereg = save;
      break;
    }
    case Place::Blank: break;
  }
}

// ---- maps ----------------------------------------------------------------------

bool Compiler::map_expr(const Expr* e, int dst) {
  auto* ix = as<IndexExpr>(e);
  if (!ix || !ix->x->type || ix->x->type->underlying()->kind != TypeKind::Map) return false;
  auto* mt = static_cast<const MapTy*>(ix->x->type->underlying());
  uint32_t save = fs_->freereg;
  int m = expr_reg(ix->x);
  int k = alloc_reg();
  assign_into(ix->indices[0], mt->key, k);
  set_line(ix);
  emit(Op::MapIndex, dst, m, k);
  emit_bx(Op::Extra, static_cast<int>(width_of(mt->elem)), 0);
  fs_->freereg = save;
  return true;
}

bool Compiler::map_index2(const Expr* e, int base) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  if (auto* ta = as<TypeAssertExpr>(e); ta && ta->type_expr) {
    // v, ok := x.(T)
    uint32_t save = fs_->freereg;
    fs_->freereg = static_cast<uint32_t>(base + 2);
    touch(base + 1);
    int x = expr_reg(ta->x);
    set_line(ta);
    emit(Op::TypeAssert2, base, x, type_index(e->type));
    emit_bx(Op::Extra, 0, static_cast<uint32_t>(type_index(ta->x->type)));
    fs_->freereg = save;
    return true;
  }
  auto* ix = as<IndexExpr>(e);
  if (!ix || !ix->x->type || ix->x->type->underlying()->kind != TypeKind::Map) return false;
  auto* mt = static_cast<const MapTy*>(ix->x->type->underlying());
  uint32_t save = fs_->freereg;
  fs_->freereg = static_cast<uint32_t>(base + 2);
  touch(base + 1);
  int m = expr_reg(ix->x);
  int k = alloc_reg();
  assign_into(ix->indices[0], mt->key, k);
  set_line(ix);
  emit(Op::MapIndex2, base, m, k);
  emit_bx(Op::Extra, static_cast<int>(width_of(mt->elem)), 0);
  fs_->freereg = save;
  return true;
}

bool Compiler::range_map(const RangeStmt* s, const std::string& label) {
  const Type* xt = s->x->type ? s->x->type->underlying() : nullptr;
  if (!xt || xt->kind != TypeKind::Map) return false;
  auto* mt = static_cast<const MapTy*>(xt);
  uint32_t save = fs_->freereg;
  JumpLabel top, brk, cont;
  int m = alloc_reg();
  expr_into(s->x, m);
  int it = alloc_reg();
  emit(Op::MapIterInit, it, m);
  int kp = alloc_reg();
  alloc_reg();
  int ok = alloc_reg();
  fs_->branches.push_back({label, true, &brk, &cont});
  bind(top);
  bind(cont);
  emit(Op::MapIterNext, it, kp);
  jump_to(brk, emit(Op::JFalse, ok));
  uint32_t inner = fs_->freereg;
  auto bind_var = [&](const Expr* target, int ptr, const Type* t) {
    if (!target) return;
    if (auto* id = as<Ident>(target); id && id->name == "_") return;
    int r = alloc_reg();
    if (is_aggregate_type(t)) clone(r, ptr, t);
    else emit(Op::Load, r, ptr);
    if (s->tok == Tok::Define) {
      auto* id = as<Ident>(target);
      if (id && id->obj) declare_local(static_cast<Var*>(id->obj), r);
    } else {
      Place pl = place_of(target);
      place_store(pl, r);
    }
  };
  bind_var(s->key, kp, mt->key);
  bind_var(s->value, kp + 1, mt->elem);
  block(s->body->list);
  fs_->freereg = inner;
  jmp(top);
  bind(brk);
  fs_->branches.pop_back();
  fs_->freereg = save;
  return true;
}

// The address of an addressable expression (or of a composite literal for
// &T{...}) into dst: an interior pointer to its first slot.
bool Compiler::address_into(const Expr* e, int dst) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  uint32_t save = fs_->freereg;
  switch (e->kind) {
    case NodeKind::Ident: {
      auto* id = static_cast<const Ident*>(e);
      if (!id->obj || id->obj->kind != ObjKind::Var) break;
      auto* v = static_cast<const Var*>(id->obj);
      if (is_aggregate_type(v->type)) {
        load_var(v, dst);  // the box is the variable
        return true;
      }
      int idx;
      switch (where(v, &idx)) {
        case VarWhere::Cell: emit(Op::Move, dst, idx); return true;
        case VarWhere::Upval: emit(Op::UpvalCell, dst, idx); return true;
        case VarWhere::Global: emit_bx(Op::GlobalAddr, dst, static_cast<uint32_t>(idx)); return true;
        default: break;
      }
      unsupported(e, "taking the address of " + v->name);
      return false;
    }
    case NodeKind::CompositeLit:
      expr_into(e, dst);
      // &[]T{...}, &map[K]V{...}: a new variable holding the value (an aggregate's box
      // already is one).
      if (!is_aggregate_type(e->type)) emit(Op::NewCell, dst, dst);
      return true;
    case NodeKind::StarExpr: {
      auto* st = static_cast<const StarExpr*>(e);
      expr_into(st->x, dst);
      return true;
    }
    case NodeKind::SelectorExpr: {
      auto* se = static_cast<const SelectorExpr*>(e);
      if (!se->selection || se->selection->kind != SelKind::Field) break;
      int base;
      uint64_t off;
      if (!field_base(se, &base, &off)) return false;
      emit(Op::FieldAddr, dst, base, static_cast<int>(off));
      fs_->freereg = save;
      return true;
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(e);
      int x = expr_reg(ix->x);
      int k = expr_reg(ix->indices[0]);
      if (!index_address(ix, x, k, dst)) {
        unsupported(e, "indexing " + type_string(ix->x->type));
        return false;
      }
      fs_->freereg = save;
      return true;
    }
    default: break;
  }
  unsupported(e, "taking the address of " + std::string(node_kind_name(e->kind)));
  return false;
}

// Follows a field selection's path: `*base` + `*off` is the field's slot.
bool Compiler::field_base(const SelectorExpr* se, int* base_out, uint64_t* off_out) {
  const Selection* sel = se->selection;
  const Type* t = se->x->type;
  int cur;
  uint64_t off = 0;
  const Expr* x = se->x;
  while (auto* p = as<ParenExpr>(x)) x = p->x;
  if (auto* inner = as<SelectorExpr>(x); inner && inner->selection &&
                                         inner->selection->kind == SelKind::Field && t &&
                                         t->underlying()->kind == TypeKind::Struct) {
    // A struct field of a struct (p.in.c): its slots are inside the outer
    // struct's, so one base and the summed offset address it, and a nil
    // p is found by the final access, as in Go, not by an address taken
    // on the way.
    if (!field_base(inner, &cur, &off)) return false;
  } else {
    cur = expr_reg(se->x);
  }
  for (size_t i = 0; i < sel->path.size(); ++i) {
    if (sel->deref[i] && i > 0) {
      // The embedded field reached so far is a pointer: load it.
      int r = alloc_reg();
      emit(Op::GetField, r, cur, static_cast<int>(off));
      cur = r;
      off = 0;
    }
    const StructTy* st = struct_of(t);
    if (!st || sel->path[i] < 0 || size_t(sel->path[i]) >= st->fields.size()) {
      diags_.error(se->pos, "internal error: bad field path");
      return false;
    }
    off += field_offset(st, sel->path[i]);
    t = st->fields[sel->path[i]].type;
  }
  if (off > 65535) {
    unsupported(se, "structs of more than 65535 slots");
    return false;
  }
  *base_out = cur;
  *off_out = off;
  return true;
}

bool Compiler::receiver_into(const SelectorExpr* se, int dst) {
  const Selection* sel = se->selection;
  auto* m = static_cast<const Func*>(sel->obj);
  const Type* rt = m->sig()->recv;
  bool want_ptr = rt && rt->kind == TypeKind::Pointer;
  uint32_t save = fs_->freereg;
  if (sel->path.empty()) {
    const Type* xt = se->x->type;
    bool have_ptr = xt && xt->underlying()->kind == TypeKind::Pointer;
    if (want_ptr && !have_ptr) {
      if (!address_into(se->x, dst)) return false;
    } else if (!want_ptr && have_ptr) {
      int p = expr_reg(se->x);
      set_line(se);
      if (is_aggregate_type(rt)) {
        emit(Op::FieldAddr, dst, p, 0);  // nil check
        clone(dst, dst, rt);
      } else {
        emit(Op::Load, dst, p);
      }
    } else {
      assign_into(se->x, rt, dst);
    }
    fs_->freereg = save;
    return true;
  }
  // Promoted through embedded fields: find the embedded field's slot.
  int base;
  uint64_t off;
  if (!field_base(se, &base, &off)) return false;
  const Type* ft = se->x->type;
  {
    const Type* t = se->x->type;
    for (size_t i = 0; i < sel->path.size(); ++i) {
      const StructTy* st = struct_of(t);
      t = st->fields[sel->path[i]].type;
    }
    ft = t;
  }
  bool have_ptr = ft->underlying()->kind == TypeKind::Pointer;
  set_line(se);
  if (want_ptr) {
    if (have_ptr) emit(Op::GetField, dst, base, static_cast<int>(off));
    else emit(Op::FieldAddr, dst, base, static_cast<int>(off));
  } else if (have_ptr) {
    emit(Op::GetField, dst, base, static_cast<int>(off));
    if (is_aggregate_type(rt)) {
      emit(Op::FieldAddr, dst, dst, 0);  // nil check
      clone(dst, dst, rt);
    } else {
      emit(Op::Load, dst, dst);
    }
  } else if (is_aggregate_type(rt)) {
    emit(Op::FieldAddr, dst, base, static_cast<int>(off));
    clone(dst, dst, rt);
  } else {
    emit(Op::GetField, dst, base, static_cast<int>(off));
  }
  fs_->freereg = save;
  return true;
}

// T.M or (*T).M whose method M has another receiver (promoted through embedded fields,
// or a value method reached through a pointer): a wrapper func(recv, args...) that
// walks to M's receiver as x.M would (nil pointers panic) and calls M. Returns its
// proto index, or -1.
int Compiler::method_expr_wrapper(const SelectorExpr* se) {
  const Selection* sel = se->selection;
  auto* m = static_cast<const Func*>(sel->obj);
  const Type* rt = m->sig()->recv;
  bool want_ptr = rt && rt->kind == TypeKind::Pointer;
  const Proto* mp = prog_.protos[m->index].get();
  int np = static_cast<int>(m->sig()->params.size());
  int nr = static_cast<int>(m->sig()->results.size());
  Proto* w = new_proto(mp->name, se->pos.line);
  w->hidden = true;  // like Go's <autogenerated> wrapper, the method's own frame is what matters
  int widx = static_cast<int>(prog_.protos.size() - 1);
  FuncState fs;
  fs.parent = fs_;
  fs.proto = w;
  fs.line = se->pos.line;
  fs_ = &fs;
  w->nparams = static_cast<uint16_t>(np + 1);
  w->nresults = static_cast<uint16_t>(nr);
  for (int k = 0; k <= np; ++k) alloc_reg();  // R0 = the receiver operand, then M's params
  if (sel->path.empty()) {
    // (*T).M with a value receiver: dispatched as through an interface holding the *T,
    // which copies *p for M, and panics as Go's wrapper does when p is nil.
    register_methods(sel->recv);
    touch(static_cast<uint32_t>(nr));
    emit(Op::Box, 0, 0, type_index(sel->recv));
    emit(Op::CallIface, 0, 0, static_cast<int>(prog_.method_name_index(m->name)));
    emit(Op::Ret, 0, nr);
    fs_ = fs.parent;
    return widx;
  }
  int call = alloc_reg();
  bool ok = true;
  const Type* t = sel->recv;
  {
    int cur = 0;
    uint64_t off = 0;
    for (size_t i = 0; i < sel->path.size() && ok; ++i) {
      if (sel->deref[i] && i > 0) {  // the embedded field reached so far is a pointer
        int r = alloc_reg();
        emit(Op::GetField, r, cur, static_cast<int>(off));
        cur = r;
        off = 0;
      }
      const StructTy* st = struct_of(t);
      if (!st || sel->path[i] < 0 || size_t(sel->path[i]) >= st->fields.size()) ok = false;
      else {
        off += field_offset(st, sel->path[i]);
        t = st->fields[sel->path[i]].type;
      }
    }
    if (ok && off > 65535) ok = false;
    if (ok) {
      bool have_ptr = t->underlying()->kind == TypeKind::Pointer;
      if (want_ptr) {
        emit(have_ptr ? Op::GetField : Op::FieldAddr, call, cur, static_cast<int>(off));
      } else if (have_ptr) {
        emit(Op::GetField, call, cur, static_cast<int>(off));
        if (is_aggregate_type(rt)) {
          emit(Op::FieldAddr, call, call, 0);  // nil check
          clone(call, call, rt);
        } else {
          emit(Op::Load, call, call);
        }
      } else if (is_aggregate_type(rt)) {
        emit(Op::FieldAddr, call, cur, static_cast<int>(off));
        clone(call, call, rt);
      } else {
        emit(Op::GetField, call, cur, static_cast<int>(off));
      }
    }
  }
  for (int k = 0; k < np; ++k) emit(Op::Move, call + 1 + k, 1 + k);
  touch(static_cast<uint32_t>(call + (np + 1 > nr ? np + 1 : nr)));
  emit_bx(Op::Call, call, static_cast<uint32_t>(m->index));
  emit(Op::Ret, call, nr);
  fs_ = fs.parent;
  return ok ? widx : -1;
}

// A wrapper calling method `index` of interface type it by dynamic dispatch. cell >= 0:
// a method value, the interface is captured from that register (a cell) of the current
// function and the wrapper takes M's parameters; cell < 0: a method expression, the
// interface is the first parameter. Returns its proto index, or -1.
int Compiler::iface_method_wrapper(const Type* it, int index, int cell, int line) {
  const Type* u = it ? it->underlying() : nullptr;
  if (!u || u->kind != TypeKind::Interface || index < 0) return -1;
  const auto& im = static_cast<const InterfaceTy*>(u)->methods[size_t(index)];
  int np = static_cast<int>(im.sig->params.size());
  int nr = static_cast<int>(im.sig->results.size());
  std::string name = type_string(it, true) + "." + im.name + (cell >= 0 ? "-fm" : "");
  Proto* w = new_proto(name, line);
  w->hidden = true;  // Go's autogenerated wrappers stay out of tracebacks
  int widx = static_cast<int>(prog_.protos.size() - 1);
  auto put = [&](Op op, int a, int b, int c) {
    w->code.push_back(Instr{op, uint16_t(a), uint16_t(b), uint16_t(c)});
    w->lines.push_back(line);
  };
  int midx = static_cast<int>(prog_.method_name_index(im.name));
  if (cell >= 0) {
    w->nparams = static_cast<uint16_t>(np);
    w->captures.push_back({false, static_cast<uint16_t>(cell)});
    for (int k = np; k-- > 0;) put(Op::Move, k + 1, k, 0);
    put(Op::GetUpval, np + 1, 0, 0);
    put(Op::CallIface, 0, np + 1, midx);
    w->maxstack = static_cast<uint32_t>(np + 2 > nr ? np + 2 : nr) + 1;
  } else {
    w->nparams = static_cast<uint16_t>(np + 1);
    put(Op::CallIface, 0, 0, midx);  // reads the interface in R0 before the receiver goes there
    w->maxstack = static_cast<uint32_t>(np + 1 > nr ? np + 1 : nr) + 1;
  }
  w->nresults = static_cast<uint16_t>(nr);
  put(Op::Ret, 0, nr, 0);
  return widx;
}

// ---- expressions -------------------------------------------------------------

bool Compiler::composite_expr(const Expr* e, int dst) {
  switch (e->kind) {
    case NodeKind::CompositeLit: composite_lit(static_cast<const CompositeLit*>(e), dst); return true;
    case NodeKind::SelectorExpr: {
      auto* se = static_cast<const SelectorExpr*>(e);
      if (se->selection && se->selection->kind == SelKind::PkgMember && se->selection->obj) {
        // pkg.Var or pkg.Func (a package written in Go, compiled first).
        Object* o = se->selection->obj;
        if (o->kind == ObjKind::Var && static_cast<const Var*>(o)->slot >= 0) {
          load_var(static_cast<const Var*>(o), dst);
          return true;
        }
        if (o->kind == ObjKind::Func && static_cast<const Func*>(o)->index >= 0) {
          emit_bx(Op::Closure, dst, static_cast<const Func*>(o)->index);
          return true;
        }
        if (o->kind == ObjKind::Func && static_cast<const Func*>(o)->is_native()) {
          int widx = native_wrapper(static_cast<const Func*>(o), e);
          if (widx >= 0) emit_bx(Op::Closure, dst, static_cast<uint32_t>(widx));
          return true;
        }
        unsupported(e, "this use of " + se->sel->name);
        return true;
      }
      if (se->selection && se->selection->kind == SelKind::MethodValue && se->selection->obj) {
        // x.M as a value: the receiver is evaluated now and bound in a cell
        // that a small wrapper function (made for this site) passes first.
        auto* m = static_cast<const Func*>(se->selection->obj);
        if (m->index < 0 || m->is_native()) {
          unsupported(e, "method values of this method");
          return true;
        }
        uint32_t save = fs_->freereg;
        int r = alloc_reg();
        if (!receiver_into(se, r)) return true;
        emit(Op::NewCell, r, r);
        const Proto* mp = prog_.protos[m->index].get();
        uint16_t np = static_cast<uint16_t>(m->sig()->params.size());
        uint16_t nr = static_cast<uint16_t>(m->sig()->results.size());
        Proto* w = new_proto(mp->name + "-fm", se->pos.line);
        int widx = static_cast<int>(prog_.protos.size() - 1);
        w->nparams = np;
        w->nresults = nr;
        w->captures.push_back({false, static_cast<uint16_t>(r)});
        auto put = [&](Op op, int a, int b, int c) {
          Instr in{op, uint16_t(a), uint16_t(b), uint16_t(c)};
          w->code.push_back(in);
          w->lines.push_back(se->pos.line);
        };
        for (int k = np; k-- > 0;) put(Op::Move, k + 1, k, 0);
        put(Op::GetUpval, 0, 0, 0);
        Instr call{Op::Call, 0, 0, 0};
        call.set_bx(static_cast<uint32_t>(m->index));
        w->code.push_back(call);
        w->lines.push_back(se->pos.line);
        put(Op::Ret, 0, nr, 0);
        w->maxstack = static_cast<uint32_t>(np + 1 > nr ? np + 1 : nr) + 1;
        emit_bx(Op::Closure, dst, static_cast<uint32_t>(widx));
        fs_->freereg = save;
        return true;
      }
      if (se->selection && se->selection->kind == SelKind::IfaceMethod) {
        // i.M as a value: i is evaluated (and must not be nil) now and bound in a cell.
        uint32_t save = fs_->freereg;
        int r = alloc_reg();
        expr_into(se->x, r);
        int scratch = alloc_reg();
        set_line(se);
        emit(Op::FieldAddr, scratch, r, 0);  // nil check: a nil interface panics here
        emit(Op::NewCell, r, r);
        int widx = iface_method_wrapper(se->x->type, se->selection->iface_index, r, se->pos.line);
        if (widx >= 0) emit_bx(Op::Closure, dst, static_cast<uint32_t>(widx));
        else unsupported(e, "this interface method value");
        fs_->freereg = save;
        return true;
      }
      if (se->selection && se->selection->kind == SelKind::MethodExpr && !se->selection->obj &&
          se->selection->path.empty() && se->selection->recv &&
          se->selection->recv->underlying()->kind == TypeKind::Interface) {
        // I.M: func(i I, args...) calling i.M(args...).
        int widx = iface_method_wrapper(se->selection->recv, se->selection->iface_index, -1, se->pos.line);
        if (widx >= 0) emit_bx(Op::Closure, dst, static_cast<uint32_t>(widx));
        else unsupported(e, "this interface method expression");
        return true;
      }
      if (se->selection && se->selection->kind == SelKind::MethodExpr) {
        // T.M is the method's own function when its receiver is T itself.
        auto* m = static_cast<const Func*>(se->selection->obj);
        if (m && m->index >= 0 && identical(se->selection->recv, m->sig()->recv)) {
          emit_bx(Op::Closure, dst, m->index);
          return true;
        }
        int widx = m && m->index >= 0 && !m->is_native() ? method_expr_wrapper(se) : -1;
        if (widx >= 0) emit_bx(Op::Closure, dst, static_cast<uint32_t>(widx));
        else unsupported(e, "method expressions of this method");
        return true;
      }
      if (!se->selection || se->selection->kind != SelKind::Field) return false;
      uint32_t save = fs_->freereg;
      int base;
      uint64_t off;
      if (!field_base(se, &base, &off)) return true;
      set_line(se);
      if (is_aggregate_type(e->type)) emit(Op::FieldAddr, dst, base, static_cast<int>(off));
      else emit(Op::GetField, dst, base, static_cast<int>(off));
      fs_->freereg = save;
      return true;
    }
    case NodeKind::TypeAssertExpr: {
      auto* ta = static_cast<const TypeAssertExpr*>(e);
      if (!ta->type_expr) return false;
      uint32_t save = fs_->freereg;
      int x = expr_reg(ta->x);
      set_line(ta);
      register_methods(e->type);
      emit(Op::TypeAssert, dst, x, type_index(e->type));
      emit_bx(Op::Extra, 0, static_cast<uint32_t>(type_index(ta->x->type)));
      fs_->freereg = save;
      return true;
    }
    case NodeKind::StarExpr: {
      auto* st = static_cast<const StarExpr*>(e);
      uint32_t save = fs_->freereg;
      int p = expr_reg(st->x);
      set_line(st);
      if (is_aggregate_type(e->type)) {
        // The pointer is the place; check it now as Go does.
        emit(Op::FieldAddr, dst, p, 0);
      } else {
        emit(load_op(e->type), dst, p);
      }
      fs_->freereg = save;
      return true;
    }
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(e);
      if (u->op != Tok::And) return false;
      address_into(u->x, dst);
      return true;
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(e);
      if (ix->indices.size() != 1) return false;
      if (map_expr(e, dst)) return true;
      const Type* xt = ix->x->type ? ix->x->type->underlying() : nullptr;
      if (!xt) return false;
      if (xt->kind == TypeKind::Pointer) xt = static_cast<const PointerType*>(xt)->elem->underlying();
      if (xt->kind != TypeKind::Slice && xt->kind != TypeKind::Array) return false;
      if (is_aggregate_type(e->type)) {
        address_into(e, dst);
        return true;
      }
      uint32_t save = fs_->freereg;
      int x = expr_reg(ix->x);
      int k = expr_reg(ix->indices[0]);
      set_line(ix);
      bool bytes = is_byte_elem(e->type);
      if (xt->kind == TypeKind::Slice) {
        note_unsigned_bounds(emit(bytes ? Op::IndexSlB : Op::IndexSl, dst, x, k), ix->indices[0]);
      } else {
        note_unsigned_bounds(emit(bytes ? Op::IndexArrB : Op::IndexArr, dst, x, k), ix->indices[0]);
        emit_bx(Op::Extra, 1, static_cast<uint32_t>(static_cast<const ArrayTy*>(xt)->len));
      }
      fs_->freereg = save;
      return true;
    }
    case NodeKind::SliceExpr: {
      auto* sx = static_cast<const SliceExpr*>(e);
      const Type* xt = sx->x->type ? sx->x->type->underlying() : nullptr;
      if (!xt) return false;
      bool via_ptr = xt->kind == TypeKind::Pointer;
      if (via_ptr) xt = static_cast<const PointerType*>(xt)->elem->underlying();
      if (xt->kind != TypeKind::Slice && xt->kind != TypeKind::Array) return false;
      uint32_t save = fs_->freereg;
      int x = -1;
      if (xt->kind == TypeKind::Array && !via_ptr) {
        x = alloc_reg();
        if (!address_into(sx->x, x)) return true;
      } else {
        x = expr_reg(sx->x);
      }
      int lo = alloc_reg();
      int hi = alloc_reg();
      int mx = alloc_reg();
      if (sx->low) expr_into(sx->low, lo);
      else emit(Op::LoadI, lo);
      if (sx->high) expr_into(sx->high, hi);
      if (sx->max) expr_into(sx->max, mx);
      const Type* elem = xt->kind == TypeKind::Slice ? static_cast<const SliceType*>(xt)->elem
                                                      : static_cast<const ArrayTy*>(xt)->elem;
      uint64_t w = stride_of(elem);
      if (w > 0x3FFF || (w == kByteStride && !is_byte_elem(elem))) {
        unsupported(e, "slicing elements wider than 16383 slots");
        return true;
      }
      int flags = int(w) | (sx->high ? 0x4000 : 0) | (sx->slice3 ? 0x8000 : 0);
      set_line(sx);
      if (xt->kind == TypeKind::Slice) {
        note_unsigned_bounds(emit(Op::SliceSl, dst, x, lo), sx->low, sx->high, sx->max);
        emit_bx(Op::Extra, flags, 0);
      } else {
        note_unsigned_bounds(emit(Op::SliceArr, dst, x, lo), sx->low, sx->high, sx->max);
        emit_bx(Op::Extra, flags, static_cast<uint32_t>(static_cast<const ArrayTy*>(xt)->len));
      }
      fs_->freereg = save;
      return true;
    }
    default: return false;
  }
}

// Stores the value of `v` into the element slot(s) at pointer register p
// (for aggregates, copying its slots).
void Compiler::store_elem(int p, uint64_t off, const Expr* v, const Type* elem) {
  uint32_t save = fs_->freereg;
  if (is_aggregate_type(elem)) {
    int src = expr_reg(v);
    int at = p;
    if (off) {
      at = alloc_reg();
      emit(Op::FieldAddr, at, p, static_cast<int>(off));
    }
    copy_slots(at, src, elem);
  } else if (is_byte_elem(elem) && off == 0) {
    // p may point at a packed byte (a []byte or [N]byte element).
    int r = alloc_reg();
    assign_into(v, elem, r);
    emit(Op::StoreB, p, r);
  } else {
    int r = alloc_reg();
    assign_into(v, elem, r);
    emit(Op::SetField, p, static_cast<int>(off), r);
  }
  fs_->freereg = save;
}

void Compiler::composite_lit(const CompositeLit* lit, int dst) {
  const Type* t = lit->lit_type ? lit->lit_type : lit->type;
  const Type* u = t ? t->underlying() : nullptr;
  if (!u) {
    unsupported(lit, "this composite literal");
    return;
  }
  set_line(lit);
  uint32_t save = fs_->freereg;
  // Build into a temporary: dst may be a variable the elements read.
  int obj = alloc_reg();
  switch (u->kind) {
    case TypeKind::Struct: {
      auto* st = static_cast<const StructTy*>(u);
      emit_bx(Op::NewBox, obj, static_cast<uint32_t>(type_index(u)));
      for (size_t k = 0; k < lit->elts.size(); ++k) {
        const Expr* v = lit->elts[k];
        if (auto* kv = as<KeyValueExpr>(v)) v = kv->value;
        int fi = k < lit->indices.size() ? static_cast<int>(lit->indices[k]) : static_cast<int>(k);
        uint64_t off = field_offset(st, fi);
        if (off > 65535) {
          unsupported(lit, "structs of more than 65535 slots");
          break;
        }
        store_elem(obj, off, v, st->fields[fi].type);
      }
      break;
    }
    case TypeKind::Array: {
      auto* at = static_cast<const ArrayTy*>(u);
      uint64_t w = width_of(at->elem);
      emit_bx(Op::NewBox, obj, static_cast<uint32_t>(type_index(u)));
      for (size_t k = 0; k < lit->elts.size(); ++k) {
        const Expr* v = lit->elts[k];
        if (auto* kv = as<KeyValueExpr>(v)) v = kv->value;
        uint64_t idx = k < lit->indices.size() ? static_cast<uint64_t>(lit->indices[k]) : k;
        uint64_t off = idx * w;
        if (off > 65535 || is_byte_elem(at->elem)) {
          int p = alloc_reg();
          int kr = alloc_reg();
          load_int(kr, static_cast<int64_t>(idx));
          emit(Op::IndexArrAddr, p, obj, kr);
          emit_bx(Op::Extra, static_cast<int>(stride_of(at->elem)), static_cast<uint32_t>(at->len));
          store_elem(p, 0, v, at->elem);
          fs_->freereg = static_cast<uint32_t>(obj + 1);
        } else {
          store_elem(obj, off, v, at->elem);
        }
      }
      break;
    }
    case TypeKind::Slice: {
      auto* sl = static_cast<const SliceType*>(u);
      int n = alloc_reg();
      alloc_reg();
      int64_t len = lit->length > 0 ? lit->length : static_cast<int64_t>(lit->elts.size());
      load_int(n, len);
      emit(Op::Move, n + 1, n);
      emit(Op::MakeSlice, obj, n, elem_type_index(sl->elem));
      for (size_t k = 0; k < lit->elts.size(); ++k) {
        const Expr* v = lit->elts[k];
        if (auto* kv = as<KeyValueExpr>(v)) v = kv->value;
        int64_t idx = k < lit->indices.size() ? lit->indices[k] : static_cast<int64_t>(k);
        int p = alloc_reg();
        int kr = alloc_reg();
        load_int(kr, idx);
        emit(Op::IndexSlAddr, p, obj, kr);
        emit_bx(Op::Extra, static_cast<int>(stride_of(sl->elem)), 0);
        store_elem(p, 0, v, sl->elem);
        fs_->freereg = static_cast<uint32_t>(n + 2);
      }
      break;
    }
    case TypeKind::Map: {
      auto* mt = static_cast<const MapTy*>(u);
      int hint = alloc_reg();
      load_int(hint, static_cast<int64_t>(lit->elts.size()));
      emit(Op::MakeMap, obj, hint, type_index(t));
      for (const Expr* el : lit->elts) {
        auto* kv = as<KeyValueExpr>(el);
        if (!kv) continue;
        int k = alloc_reg();
        assign_into(kv->key, mt->key, k);
        int v = alloc_reg();
        if (is_aggregate_type(mt->elem)) expr_into(kv->value, v);
        else assign_into(kv->value, mt->elem, v);
        emit(Op::MapStore, obj, k, v);
        emit_bx(Op::Extra, static_cast<int>(width_of(mt->elem)), 0);
        fs_->freereg = static_cast<uint32_t>(hint + 1);
      }
      break;
    }
    default:
      unsupported(lit, "composite literals of type " + type_string(t));
      break;
  }
  emit(Op::Move, dst, obj);
  fs_->freereg = save;
}

// ---- builtins and conversions ---------------------------------------------------

bool Compiler::composite_builtin(const CallExpr* e, BuiltinId id, int dst) {
  const Type* at = e->args.empty() || !e->args[0]->type ? nullptr : e->args[0]->type->underlying();
  if (at && at->kind == TypeKind::Pointer) at = static_cast<const PointerType*>(at)->elem->underlying();
  if (at && at->kind == TypeKind::Map) {
    switch (id) {
      case BuiltinId::Len: {
        int x = expr_reg(e->args[0]);
        emit(Op::LenMap, dst, x);
        return true;
      }
      case BuiltinId::Delete: {
        auto* mt = static_cast<const MapTy*>(at);
        int m = expr_reg(e->args[0]);
        int k = alloc_reg();
        assign_into(e->args[1], mt->key, k);
        set_line(e);
        emit(Op::MapDelete, m, k);
        return true;
      }
      case BuiltinId::Clear: {
        int m = expr_reg(e->args[0]);
        emit(Op::MapClear, m);
        return true;
      }
      default: break;
    }
  }
  if (id == BuiltinId::Make && e->type && e->type->underlying()->kind == TypeKind::Map) {
    int hint = alloc_reg();
    if (e->args.size() > 1) expr_into(e->args[1], hint);
    else emit(Op::LoadI, hint);
    set_line(e);
    emit(Op::MakeMap, dst, hint, type_index(e->type));
    return true;
  }
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (!at || (at->kind != TypeKind::Slice && at->kind != TypeKind::Array)) return false;
      if (at->kind == TypeKind::Array) {
        // Constant unless the operand has calls or receives: evaluate it.
        int x = alloc_reg();
        expr_into(e->args[0], x);
        load_int(dst, static_cast<const ArrayTy*>(at)->len);
        return true;
      }
      int x = expr_reg(e->args[0]);
      emit(id == BuiltinId::Len ? Op::LenSl : Op::CapSl, dst, x);
      return true;
    }
    case BuiltinId::Make: {
      const Type* t = e->type ? e->type->underlying() : nullptr;
      if (!t || t->kind != TypeKind::Slice) return false;
      int n = alloc_reg();
      alloc_reg();
      expr_into(e->args[1], n);
      if (e->args.size() > 2) expr_into(e->args[2], n + 1);
      else emit(Op::Move, n + 1, n);
      set_line(e);
      emit(Op::MakeSlice, dst, n, elem_type_index(static_cast<const SliceType*>(t)->elem));
      return true;
    }
    case BuiltinId::New: {
      const Type* t = e->type ? e->type->underlying() : nullptr;
      if (!t || t->kind != TypeKind::Pointer) return false;
      emit_bx(Op::NewBox, dst, static_cast<uint32_t>(type_index(static_cast<const PointerType*>(t)->elem)));
      return true;
    }
    case BuiltinId::Append: {
      const Type* st = e->type ? e->type->underlying() : nullptr;
      if (!st || st->kind != TypeKind::Slice) return false;
      const Type* elem = static_cast<const SliceType*>(st)->elem;
      int s = alloc_reg();
      expr_into(e->args[0], s);
      set_line(e);
      if (e->has_ellipsis()) {
        int t = expr_reg(e->args[1]);
        if (is_string(e->args[1]->type)) {
          emit(Op::AppendStr, dst, s, t);
        } else {
          emit(Op::AppendSl, dst, s, t);
          emit_bx(Op::Extra, 0, static_cast<uint32_t>(elem_type_index(elem)));
        }
        return true;
      }
      int first = static_cast<int>(fs_->freereg);
      for (size_t k = 1; k < e->args.size(); ++k) {
        int r = alloc_reg();
        assign_into(e->args[k], elem, r);
      }
      int n = static_cast<int>(e->args.size()) - 1;
      set_line(e);
      emit(Op::Append, dst, s, first);
      emit_bx(Op::Extra, n, static_cast<uint32_t>(elem_type_index(elem)));
      return true;
    }
    case BuiltinId::Clear: {
      // clear(s) zeroes s[:len(s)] (every zero value is all-zero slots).
      const Type* st = e->args[0]->type->underlying();
      int x = expr_reg(e->args[0]);
      set_line(e);
      emit(Op::ClearSl, x);
      emit_bx(Op::Extra, static_cast<int>(stride_of(static_cast<const SliceType*>(st)->elem)), 0);
      return true;
    }
    case BuiltinId::Copy: {
      int d = expr_reg(e->args[0]);
      int s = expr_reg(e->args[1]);
      set_line(e);
      if (is_string(e->args[1]->type)) {
        emit(Op::CopyStr, dst, d, s);
      } else {
        const Type* dt = e->args[0]->type->underlying();
        emit(Op::CopySl, dst, d, s);
        emit_bx(Op::Extra, static_cast<int>(stride_of(static_cast<const SliceType*>(dt)->elem)), 0);
      }
      return true;
    }
    default: return false;
  }
}

bool Compiler::composite_conversion(const CallExpr* e, int dst) {
  const Type* to = e->type ? e->type->underlying() : nullptr;
  const Type* from = e->args[0]->type ? e->args[0]->type->underlying() : nullptr;
  if (!to || !from) return false;
  auto elem_kind = [](const Type* t) -> BasicKind {
    const Type* el = static_cast<const SliceType*>(t)->elem->underlying();
    auto* b = as_basic(el);
    return b ? b->bkind : BasicKind::Invalid;
  };
  if (to->kind == TypeKind::Slice && is_string(from)) {
    int x = expr_reg(e->args[0]);
    BasicKind k = elem_kind(to);
    // []byte("constant") gets exactly len bytes in Go (the compiler makes
    // an array of that size); other strings a rounded-up allocation.
    if (k == BasicKind::Uint8) emit(Op::StrToBytes, dst, x, e->args[0]->cval ? 1 : 0);
    else if (k == BasicKind::Int32) emit(Op::StrToRunes, dst, x);
    else return false;
    return true;
  }
  if (is_string(to) && from->kind == TypeKind::Slice) {
    int x = expr_reg(e->args[0]);
    BasicKind k = elem_kind(from);
    if (k == BasicKind::Uint8) emit(Op::BytesToStr, dst, x);
    else if (k == BasicKind::Int32) emit(Op::RunesToStr, dst, x);
    else return false;
    return true;
  }
  if (to->kind == TypeKind::Pointer && from->kind == TypeKind::Slice &&
      static_cast<const PointerType*>(to)->elem->underlying()->kind == TypeKind::Array) {
    // (*[N]T)(s): a pointer to s's first N elements (Go 1.17).
    auto* at = static_cast<const ArrayTy*>(static_cast<const PointerType*>(to)->elem->underlying());
    int x = expr_reg(e->args[0]);
    set_line(e);
    emit(Op::SliceToArrPtr, dst, x);
    emit_bx(Op::Extra, 0, static_cast<uint32_t>(at->len));
    return true;
  }
  if (rep_of(to) == Rep::Agg || rep_of(to) == Rep::Slice || rep_of(to) == Rep::Ptr) {
    // Between types with identical underlying types: the same value.
    if (is_aggregate_type(to)) owned_into(e->args[0], dst);
    else expr_into(e->args[0], dst);
    return true;
  }
  return false;
}

// ---- range -------------------------------------------------------------------

bool Compiler::range_composite(const RangeStmt* s, const std::string& label) {
  const Type* xt = s->x->type ? s->x->type->underlying() : nullptr;
  if (!xt) return false;
  bool via_ptr = xt->kind == TypeKind::Pointer;
  if (via_ptr) xt = static_cast<const PointerType*>(xt)->elem->underlying();
  bool is_str = is_string(xt);
  if (xt->kind != TypeKind::Slice && xt->kind != TypeKind::Array && !is_str) return false;
  uint32_t save = fs_->freereg;
  JumpLabel top, brk, cont, body_l, cond_l;
  // The range expression is evaluated once; an array is copied (Go ranges
  // over a copy) unless only the index is used or it is reached by pointer.
  int x = alloc_reg();
  bool need_value = s->value && !(as<Ident>(s->value) && as<Ident>(s->value)->name == "_");
  if (xt->kind == TypeKind::Array && !via_ptr && need_value) owned_into(s->x, x);
  else expr_into(s->x, x);
  int n = alloc_reg();
  if (xt->kind == TypeKind::Slice) emit(Op::LenSl, n, x);
  else if (is_str) emit(Op::LenS, n, x);
  else load_int(n, static_cast<const ArrayTy*>(xt)->len);
  int i = alloc_reg();
  emit(Op::LoadI, i);
  int val = alloc_reg();
  int width = alloc_reg();  // strings: the rune's byte length
  fs_->branches.push_back({label, true, &brk, &cont});
  jmp(cond_l);
  bind(body_l);
  uint32_t inner = fs_->freereg;
  const Type* elem = is_str ? nullptr
                     : xt->kind == TypeKind::Slice ? static_cast<const SliceType*>(xt)->elem
                                                   : static_cast<const ArrayTy*>(xt)->elem;
  if (is_str) {
    emit(Op::NextRune, val, x, i);
  } else if (need_value) {
    if (xt->kind == TypeKind::Slice) {
      if (is_aggregate_type(elem)) {
        int p = alloc_reg();
        emit(Op::IndexSlAddr, p, x, i);
        emit_bx(Op::Extra, static_cast<int>(width_of(elem)), 0);
        clone(val, p, elem);
      } else {
        emit(is_byte_elem(elem) ? Op::IndexSlB : Op::IndexSl, val, x, i);
      }
    } else {
      int p = alloc_reg();
      emit(Op::IndexArrAddr, p, x, i);
      emit_bx(Op::Extra, static_cast<int>(stride_of(elem)), static_cast<uint32_t>(static_cast<const ArrayTy*>(xt)->len));
      if (is_aggregate_type(elem)) clone(val, p, elem);
      else emit(load_op(elem), val, p);
    }
    fs_->freereg = inner;
  }
  auto bind_var = [&](const Expr* target, int src) {
    if (!target) return;
    if (auto* id = as<Ident>(target); id && id->name == "_") return;
    if (s->tok == Tok::Define) {
      auto* id = as<Ident>(target);
      if (!id || !id->obj) return;
      auto* v = static_cast<Var*>(id->obj);
      if (!v->captured && !v->reassigned) {
        declare_local(v, src);  // the body only reads it: no per-iteration copy
        return;
      }
      int r = alloc_reg();
      emit(Op::Move, r, src);
      declare_local(v, r);
    } else {
      Place pl = place_of(target);
      place_store(pl, src);
    }
  };
  bind_var(s->key, i);
  if (need_value || is_str) bind_var(s->value, val);
  block(s->body->list);
  fs_->freereg = inner;
  bind(cont);
  if (is_str) {
    emit(Op::AddI, i, i, width);  // past this rune
  } else {
    emit(Op::AddIK, i, i, 1);
  }
  bind(cond_l);
  jump_to(body_l, emit(Op::JLtI, i, n));
  bind(brk);
  fs_->branches.pop_back();
  fs_->freereg = save;
  (void)top;
  return true;
}

}  // namespace compiler_detail
}  // namespace csp
