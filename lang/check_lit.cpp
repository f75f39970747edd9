// Composite literals: arrays ([N]T and [...]T), slices, structs and maps,
// with keys, elided element types (`[]Point{{1, 2}}`, `[]*Point{{1, 2}}`)
// and Go's duplicate/bounds checks. After types2's expr.go (CompositeLit)
// and index.go (indexedElts). The results for the compiler are recorded on
// the CompositeLit node (lit_type, implicit_addr, indices, length).
#include <map>
#include <set>

#include "lang/checker.hpp"

namespace csp {

namespace {
// types2 reports element errors of a key:value element at its colon.
Pos elt_pos(Expr* el) {
  if (auto* kv = as<KeyValueExpr>(el); kv && kv->colon.valid()) return kv->colon;
  return el->pos;
}
}  // namespace

bool Checker::has_call_or_recv(const Expr* e) {
  if (!e) return false;
  switch (e->kind) {
    case NodeKind::CallExpr: {
      // Conversions and builtins other than calls keep a len constant only
      // when they are constant themselves; be conservative like Go: any
      // function call counts (conversions do not).
      auto* c = static_cast<const CallExpr*>(e);
      if (c->fun->is_type) return has_call_or_recv(c->args.empty() ? nullptr : c->args[0]);
      return true;
    }
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(e);
      return u->op == Tok::Arrow || has_call_or_recv(u->x);
    }
    case NodeKind::ParenExpr: return has_call_or_recv(static_cast<const ParenExpr*>(e)->x);
    case NodeKind::SelectorExpr: return has_call_or_recv(static_cast<const SelectorExpr*>(e)->x);
    case NodeKind::StarExpr: return has_call_or_recv(static_cast<const StarExpr*>(e)->x);
    case NodeKind::IndexExpr: {
      auto* i = static_cast<const IndexExpr*>(e);
      for (auto* x : i->indices)
        if (has_call_or_recv(x)) return true;
      return has_call_or_recv(i->x);
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(e);
      return has_call_or_recv(b->x) || has_call_or_recv(b->y);
    }
    case NodeKind::CompositeLit: {
      for (auto* x : static_cast<const CompositeLit*>(e)->elts)
        if (has_call_or_recv(x)) return true;
      return false;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const KeyValueExpr*>(e);
      return has_call_or_recv(kv->key) || has_call_or_recv(kv->value);
    }
    default: return false;
  }
}

void Checker::lit_element(Operand& x, Expr* e, const Type* t, const std::string& context) {
  Expr* u = e;
  while (auto* p = as<ParenExpr>(u)) u = p->x;
  auto* cl = as<CompositeLit>(u);
  if (cl && !cl->type_expr && u == e) {
    x = Operand{};
    x.expr = e;
    composite_lit(x, cl, t);
    record(x);
  } else {
    expr(x, e);
  }
  assignment(x, t, context);
}

int64_t Checker::indexed_elts(CompositeLit* e, const Type* elem, int64_t length) {
  std::set<int64_t> visited;
  int64_t index = 0, max = 0;
  e->indices.clear();
  for (Expr* el : e->elts) {
    bool valid_index = false;
    Expr* val = el;
    if (auto* kv = as<KeyValueExpr>(el)) {
      int64_t i = -1;
      if (index_value(kv->key, length, &i)) {
        if (i >= 0) {
          index = i;
          valid_index = true;
        } else {
          error(elt_pos(el), "index " + expr_string(kv->key) + " must be integer constant");
        }
      }
      val = kv->value;
    } else if (length >= 0 && index >= length) {
      error(el->pos, "index " + std::to_string(index) + " is out of bounds (>= " +
                         std::to_string(length) + ")");
    } else {
      valid_index = true;
    }
    if (valid_index) {
      if (!visited.insert(index).second)
        error(elt_pos(el), "duplicate index " + std::to_string(index) + " in array or slice literal");
    }
    e->indices.push_back(index);
    ++index;
    if (index > max) max = index;
    Operand x;
    lit_element(x, val, elem, "array or slice literal");
    if (as<KeyValueExpr>(el)) el->type = val->type;
  }
  return max;
}

void Checker::composite_lit(Operand& x, CompositeLit* e, const Type* hint) {
  x.mode = Mode::Invalid;
  x.expr = e;
  const Type* typ = nullptr;   // the literal's type (the hint: maybe *T)
  const Type* base = nullptr;  // T
  bool open_array = false;
  const Type* open_elem = nullptr;
  if (e->type_expr) {
    auto* at = as<ArrayType>(e->type_expr);
    if (at && at->len && as<Ellipsis>(at->len) && !static_cast<Ellipsis*>(at->len)->elt) {
      open_elem = resolve_type(at->elt);
      open_array = true;
      at->is_type = true;
      at->type = nullptr;
    } else {
      typ = resolve_type(e->type_expr);
      base = typ;
    }
  } else if (hint) {
    typ = hint;
    base = hint;
    if (hint->underlying()->kind == TypeKind::Pointer) {
      base = static_cast<const PointerType*>(hint->underlying())->elem;
      e->implicit_addr = true;
    }
  } else {
    error(e->pos, "missing type in composite literal");
    for (Expr* el : e->elts) {
      if (auto* kv = as<KeyValueExpr>(el)) el = kv->value;
      use({el});
    }
    return;
  }
  if (open_array) {
    if (!valid(open_elem)) {
      for (Expr* el : e->elts) use({as<KeyValueExpr>(el) ? static_cast<KeyValueExpr*>(el)->value : el});
      return;
    }
    int64_t n = indexed_elts(e, open_elem, -1);
    typ = base = ctx_.array(open_elem, n);
    e->length = n;
  } else {
    if (!valid(base)) {
      for (Expr* el : e->elts) use({as<KeyValueExpr>(el) ? static_cast<KeyValueExpr*>(el)->value : el});
      return;
    }
    const Type* u = base->underlying();
    switch (u->kind) {
      case TypeKind::Array: {
        auto* at = static_cast<const ArrayTy*>(u);
        indexed_elts(e, at->elem, at->len);
        e->length = at->len;
        break;
      }
      case TypeKind::Slice:
        e->length = indexed_elts(e, static_cast<const SliceType*>(u)->elem, -1);
        break;
      case TypeKind::Struct:
        if (!struct_lit(e, base, static_cast<const StructTy*>(u))) return;
        break;
      case TypeKind::Map:
        map_lit(e, static_cast<const MapTy*>(u));
        break;
      default:
        for (Expr* el : e->elts) use({as<KeyValueExpr>(el) ? static_cast<KeyValueExpr*>(el)->value : el});
        error(e->pos, "invalid composite literal type " + tstr(typ));
        return;
    }
  }
  e->lit_type = base;
  x.mode = Mode::Value;
  x.type = e->implicit_addr ? typ : base;
}

bool Checker::struct_lit(CompositeLit* e, const Type* base, const StructTy* st) {
  e->indices.clear();
  if (e->elts.empty()) return true;
  const auto& fields = st->fields;
  if (as<KeyValueExpr>(e->elts[0])) {
    std::vector<bool> visited(fields.size(), false);
    for (Expr* el : e->elts) {
      auto* kv = as<KeyValueExpr>(el);
      e->indices.push_back(-1);
      if (!kv) {
        error(el->pos, "mixture of field:value and value elements in struct literal");
        use({el});
        continue;
      }
      auto* key = as<Ident>(kv->key);
      if (!key) {
        Operand v;
        expr(v, kv->value);
        error(elt_pos(kv), "invalid field name " + expr_string(kv->key) + " in struct literal");
        continue;
      }
      int idx = -1, alt = -1;
      for (size_t i = 0; i < fields.size(); ++i) {
        const Package* fp = fields[i].obj ? fields[i].obj->pkg : nullptr;
        if (same_id(fields[i].name, fp, key->name, &pkg_, false)) idx = (int)i;
        else if (alt < 0 && same_id(fields[i].name, fp, key->name, &pkg_, true)) alt = (int)i;
      }
      if (idx < 0) {
        Operand v;
        expr(v, kv->value);
        error(kv->key->pos, alt < 0 ? lookup_error(base, key->name, nullptr, "", true)
                                    : lookup_error(base, key->name, fields[alt].obj, fields[alt].name, true));
        continue;
      }
      key->obj = fields[idx].obj;
      e->indices.back() = idx;
      Operand v;
      lit_element(v, kv->value, fields[idx].type, "struct literal");
      kv->type = kv->value->type;
      if (visited[idx]) {
        error(elt_pos(kv), "duplicate field name " + key->name + " in struct literal");
        continue;
      }
      visited[idx] = true;
    }
    return true;
  }
  for (size_t i = 0; i < e->elts.size(); ++i) {
    Expr* el = e->elts[i];
    e->indices.push_back((int64_t)i);
    if (as<KeyValueExpr>(el)) {
      error(el->pos, "mixture of field:value and value elements in struct literal");
      use({static_cast<KeyValueExpr*>(el)->value});
      continue;
    }
    if (i >= fields.size()) {
      Operand v;
      expr(v, el);
      error(el->pos, "too many values in struct literal of type " + tstr(base));
      break;
    }
    Operand v;
    if (fields[i].obj && fields[i].obj->pkg != &pkg_ && !same_id(fields[i].name, fields[i].obj->pkg, fields[i].name, &pkg_, false)) {
      expr(v, el);
      error(el->pos, "implicit assignment to unexported field " + fields[i].name +
                         " in struct literal of type " + tstr(base));
      continue;
    }
    lit_element(v, el, fields[i].type, "struct literal");
  }
  if (e->elts.size() < fields.size())
    error(e->rbrace, "too few values in struct literal of type " + tstr(base));
  return true;
}

void Checker::map_lit(CompositeLit* e, const MapTy* mt) {
  e->indices.assign(e->elts.size(), -1);
  // Constant keys already seen, by kind-tagged value string (and type for
  // interface-typed keys).
  std::map<std::string, std::vector<const Type*>> visited;
  bool key_iface = is_interface(mt->key);
  for (Expr* el : e->elts) {
    auto* kv = as<KeyValueExpr>(el);
    if (!kv) {
      error(el->pos, "missing key in map literal");
      use({el});
      continue;
    }
    Operand k;
    lit_element(k, kv->key, mt->key, "map literal");
    if (!k.invalid() && k.mode == Mode::Constant && k.val) {
      std::string key = std::to_string((int)k.val->kind()) + ":" + k.val->to_string();
      auto& seen = visited[key];
      bool dup = false;
      for (const Type* t : seen)
        if (!key_iface || identical(t, k.type)) dup = true;
      seen.push_back(k.type);
      if (dup) {
        error(kv->key->pos, "duplicate key " + k.val->to_string() + " in map literal");
        Operand v;
        expr(v, kv->value);
        continue;
      }
    }
    Operand v;
    lit_element(v, kv->value, mt->elem, "map literal");
    kv->type = kv->value->type;
  }
}

}  // namespace csp
