// The type model's behaviour: the type context with its interning tables
// and universe scope, type identity, type printing and scopes.
//
// The universe is built once per TypeContext, so several VMs never share
// mutable objects.
#include "lang/types.hpp"

namespace csp {

int BasicType::size() const {
  switch (bkind) {
    case BasicKind::Int8: case BasicKind::Uint8: return 1;
    case BasicKind::Int16: case BasicKind::Uint16: return 2;
    case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: return 4;
    case BasicKind::Int: case BasicKind::Int64: case BasicKind::Uint:
    case BasicKind::Uint64: case BasicKind::Uintptr: case BasicKind::Float64:
    case BasicKind::Complex64: return 8;
    case BasicKind::Complex128: return 16;
    default: return 0;
  }
}

// ---- predicates -------------------------------------------------------------

const BasicType* as_basic(const Type* t) {
  if (!t) return nullptr;
  t = t->underlying();
  return t && t->kind == TypeKind::Basic ? static_cast<const BasicType*>(t) : nullptr;
}
bool is_untyped(const Type* t) {
  // Untyped types are never named: check the type itself.
  return t && t->kind == TypeKind::Basic && static_cast<const BasicType*>(t)->is_untyped();
}
bool is_integer(const Type* t) { auto b = as_basic(t); return b && b->is_integer(); }
bool is_unsigned(const Type* t) { auto b = as_basic(t); return b && b->is_unsigned(); }
bool is_float(const Type* t) { auto b = as_basic(t); return b && b->is_float(); }
bool is_complex(const Type* t) { auto b = as_basic(t); return b && b->is_complex(); }
bool is_numeric(const Type* t) { auto b = as_basic(t); return b && b->is_numeric(); }
bool is_string(const Type* t) { auto b = as_basic(t); return b && b->is_string(); }
bool is_boolean(const Type* t) { auto b = as_basic(t); return b && b->is_boolean(); }
bool is_interface(const Type* t) {
  return t && t->underlying() && t->underlying()->kind == TypeKind::Interface;
}

// ---- identity ---------------------------------------------------------------

static bool identical_list(const std::vector<const Type*>& a, const std::vector<const Type*>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (!identical(a[i], b[i])) return false;
  return true;
}

bool identical(const Type* a, const Type* b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Basic:
      return static_cast<const BasicType*>(a)->bkind == static_cast<const BasicType*>(b)->bkind;
    case TypeKind::Pointer:
      return identical(static_cast<const PointerType*>(a)->elem,
                       static_cast<const PointerType*>(b)->elem);
    case TypeKind::Slice:
      return identical(static_cast<const SliceType*>(a)->elem,
                       static_cast<const SliceType*>(b)->elem);
    case TypeKind::Array: {
      auto x = static_cast<const ArrayTy*>(a), y = static_cast<const ArrayTy*>(b);
      return x->len == y->len && identical(x->elem, y->elem);
    }
    case TypeKind::Map: {
      auto x = static_cast<const MapTy*>(a), y = static_cast<const MapTy*>(b);
      return identical(x->key, y->key) && identical(x->elem, y->elem);
    }
    case TypeKind::Chan: {
      auto x = static_cast<const ChanTy*>(a), y = static_cast<const ChanTy*>(b);
      return x->dir == y->dir && identical(x->elem, y->elem);
    }
    case TypeKind::Struct: {
      auto x = static_cast<const StructTy*>(a), y = static_cast<const StructTy*>(b);
      if (x->fields.size() != y->fields.size()) return false;
      for (size_t i = 0; i < x->fields.size(); ++i) {
        auto &f = x->fields[i], &g = y->fields[i];
        if (f.name != g.name || f.embedded != g.embedded || !identical(f.type, g.type))
          return false;
      }
      return true;
    }
    case TypeKind::Signature: {
      auto x = static_cast<const SignatureType*>(a), y = static_cast<const SignatureType*>(b);
      return x->variadic == y->variadic && identical_list(x->params, y->params) &&
             identical_list(x->results, y->results);
    }
    case TypeKind::Tuple:
      return identical_list(static_cast<const TupleType*>(a)->elems,
                            static_cast<const TupleType*>(b)->elems);
    case TypeKind::Interface: {
      auto x = static_cast<const InterfaceTy*>(a), y = static_cast<const InterfaceTy*>(b);
      if (x->methods.size() != y->methods.size()) return false;
      for (size_t i = 0; i < x->methods.size(); ++i)
        if (x->methods[i].name != y->methods[i].name ||
            !identical(x->methods[i].sig, y->methods[i].sig))
          return false;
      return true;
    }
    case TypeKind::Named:
      return false;  // named types are identical only to themselves
  }
  return false;
}

// ---- printing ---------------------------------------------------------------

static void write_type(std::string& out, const Type* t, const Package* from, bool qualify);

static void write_sig(std::string& out, const SignatureType* s, const Package* from, bool qualify) {
  out += '(';
  for (size_t i = 0; i < s->params.size(); ++i) {
    if (i) out += ", ";
    if (s->variadic && i + 1 == s->params.size() && s->params[i]->kind == TypeKind::Slice) {
      out += "...";
      write_type(out, static_cast<const SliceType*>(s->params[i])->elem, from, qualify);
    } else {
      write_type(out, s->params[i], from, qualify);
    }
  }
  out += ')';
  if (s->results.empty()) return;
  out += ' ';
  if (s->results.size() == 1) {
    write_type(out, s->results[0], from, qualify);
    return;
  }
  out += '(';
  for (size_t i = 0; i < s->results.size(); ++i) {
    if (i) out += ", ";
    write_type(out, s->results[i], from, qualify);
  }
  out += ')';
}

static void write_type(std::string& out, const Type* t, const Package* from, bool qualify) {
  if (!t) {
    out += "<nil>";
    return;
  }
  switch (t->kind) {
    case TypeKind::Basic:
      out += static_cast<const BasicType*>(t)->name;
      break;
    case TypeKind::Pointer:
      out += '*';
      write_type(out, static_cast<const PointerType*>(t)->elem, from, qualify);
      break;
    case TypeKind::Slice:
      out += "[]";
      write_type(out, static_cast<const SliceType*>(t)->elem, from, qualify);
      break;
    case TypeKind::Array:
      out += '[' + std::to_string(static_cast<const ArrayTy*>(t)->len) + ']';
      write_type(out, static_cast<const ArrayTy*>(t)->elem, from, qualify);
      break;
    case TypeKind::Map:
      out += "map[";
      write_type(out, static_cast<const MapTy*>(t)->key, from, qualify);
      out += ']';
      write_type(out, static_cast<const MapTy*>(t)->elem, from, qualify);
      break;
    case TypeKind::Chan: {
      auto c = static_cast<const ChanTy*>(t);
      bool paren = false;
      switch (c->dir) {
        case ChanDir::Both:
          out += "chan ";
          // chan (<-chan int): without parens it would read as chan<- chan.
          paren = c->elem->kind == TypeKind::Chan &&
                  static_cast<const ChanTy*>(c->elem)->dir == ChanDir::Recv;
          break;
        case ChanDir::Send: out += "chan<- "; break;
        case ChanDir::Recv: out += "<-chan "; break;
      }
      if (paren) out += '(';
      write_type(out, c->elem, from, qualify);
      if (paren) out += ')';
      break;
    }
    case TypeKind::Struct: {
      auto s = static_cast<const StructTy*>(t);
      out += "struct{";
      for (size_t i = 0; i < s->fields.size(); ++i) {
        if (i) out += "; ";
        if (!s->fields[i].embedded) out += s->fields[i].name + " ";
        write_type(out, s->fields[i].type, from, qualify);
      }
      out += '}';
      break;
    }
    case TypeKind::Signature:
      out += "func";
      write_sig(out, static_cast<const SignatureType*>(t), from, qualify);
      break;
    case TypeKind::Tuple: {
      auto tu = static_cast<const TupleType*>(t);
      out += '(';
      for (size_t i = 0; i < tu->elems.size(); ++i) {
        if (i) out += ", ";
        write_type(out, tu->elems[i], from, qualify);
      }
      out += ')';
      break;
    }
    case TypeKind::Interface: {
      auto it = static_cast<const InterfaceTy*>(t);
      if (it->is_any) {
        out += "any";
        break;
      }
      out += "interface{";
      for (size_t i = 0; i < it->methods.size(); ++i) {
        if (i) out += "; ";
        out += it->methods[i].name;
        write_sig(out, it->methods[i].sig, from, qualify);
      }
      out += '}';
      break;
    }
    case TypeKind::Named: {
      auto n = static_cast<const NamedType*>(t);
      if (!n->obj) {
        out += "<named>";
        break;
      }
      if (n->obj->pkg && (from ? n->obj->pkg != from : qualify) && !n->obj->pkg->name.empty())
        out += n->obj->pkg->name + ".";
      out += n->obj->name;
      break;
    }
  }
}

std::string type_string(const Type* t, bool qualify) {
  std::string out;
  write_type(out, t, nullptr, qualify);
  return out;
}

std::string type_string(const Type* t, const Package* from) {
  std::string out;
  write_type(out, t, from, false);
  return out;
}

// ---- scopes -----------------------------------------------------------------

Object* Scope::insert(Object* obj) {
  auto [it, inserted] = names_.emplace(obj->name, obj);
  if (!inserted) return it->second;
  order_.push_back(obj);
  return nullptr;
}

Object* Scope::lookup_local(const std::string& name) const {
  auto it = names_.find(name);
  return it == names_.end() ? nullptr : it->second;
}

Object* Scope::lookup(const std::string& name) const {
  for (const Scope* s = this; s; s = s->parent_)
    if (Object* o = s->lookup_local(name)) return o;
  return nullptr;
}

// ---- the context ------------------------------------------------------------

TypeContext::TypeContext() {
  static const char* const names[] = {
#define CSP_X(k, s) s,
      CSP_BASIC_KINDS(CSP_X)
#undef CSP_X
  };
  for (int k = 0; k <= static_cast<int>(BasicKind::UntypedNil); ++k)
    basics_[k] = make<BasicType>(static_cast<BasicKind>(k), names[k]);

  universe_ = make<Scope>(nullptr);
  auto add_type = [&](const char* name, const Type* t) {
    universe_->insert(make<TypeName>(name, t, Pos{}));
  };
  for (int k = static_cast<int>(BasicKind::Bool); k <= static_cast<int>(BasicKind::String); ++k)
    add_type(names[k], basics_[k]);
  // byte and rune are aliases, but like types2 they get their own objects so
  // that messages say "byte" where the program did (identical() compares
  // kinds).
  add_type("byte", make<BasicType>(BasicKind::Uint8, "byte"));
  add_type("rune", make<BasicType>(BasicKind::Int32, "rune"));

  auto* any = make<InterfaceTy>();
  any->is_any = true;
  any_ = any;
  add_type("any", any_);
  empty_ = make<InterfaceTy>();

  // type error interface { Error() string }
  auto* err = make<NamedType>();
  auto* err_sig = make<SignatureType>();
  err_sig->results.push_back(basic(BasicKind::String));
  auto* err_iface = make<InterfaceTy>();
  err_iface->methods.push_back({"Error", err_sig});
  err->under = err_iface;
  auto* err_obj = make<TypeName>("error", err, Pos{});
  err->obj = err_obj;
  universe_->insert(err_obj);
  error_ = err;

  auto* t = make<Const>("true", basic(BasicKind::UntypedBool), Pos{});
  t->value = constants.make_bool(true);
  universe_->insert(t);
  auto* f = make<Const>("false", basic(BasicKind::UntypedBool), Pos{});
  f->value = constants.make_bool(false);
  universe_->insert(f);
  // iota's value depends on where it is used; the checker substitutes it.
  auto* iota = make<Const>("iota", basic(BasicKind::UntypedInt), Pos{});
  iota->value = constants.make_int(0);
  universe_->insert(iota);
  universe_->insert(make<Object>(ObjKind::Nil, "nil", basic(BasicKind::UntypedNil), Pos{}));

  static const char* const builtin_names[] = {
#define CSP_X(id, s) s,
      CSP_BUILTINS(CSP_X)
#undef CSP_X
  };
  for (size_t i = 0; i < sizeof builtin_names / sizeof *builtin_names; ++i)
    universe_->insert(make<Builtin>(builtin_names[i], static_cast<BuiltinId>(i)));
}

const PointerType* TypeContext::pointer(const Type* elem) {
  auto& slot = derived_[{0, elem}];
  if (!slot) slot = make<PointerType>(elem);
  return static_cast<const PointerType*>(slot);
}

const SliceType* TypeContext::slice(const Type* elem) {
  auto& slot = derived_[{1, elem}];
  if (!slot) slot = make<SliceType>(elem);
  return static_cast<const SliceType*>(slot);
}

const ChanTy* TypeContext::chan(ChanDir dir, const Type* elem) {
  auto& slot = derived_[{2 + static_cast<int>(dir), elem}];
  if (!slot) slot = make<ChanTy>(dir, elem);
  return static_cast<const ChanTy*>(slot);
}

const ArrayTy* TypeContext::array(const Type* elem, int64_t len) {
  auto& slot = derived2_[{elem, nullptr, len}];
  if (!slot) slot = make<ArrayTy>(elem, len);
  return static_cast<const ArrayTy*>(slot);
}

const MapTy* TypeContext::map(const Type* key, const Type* elem) {
  auto& slot = derived2_[{key, elem, -1}];
  if (!slot) slot = make<MapTy>(key, elem);
  return static_cast<const MapTy*>(slot);
}

const TupleType* TypeContext::tuple(std::vector<const Type*> elems) {
  auto* t = make<TupleType>();
  t->elems = std::move(elems);
  return t;
}

SignatureType* TypeContext::new_signature() { return make<SignatureType>(); }
StructTy* TypeContext::new_struct() { return make<StructTy>(); }
InterfaceTy* TypeContext::new_interface() { return make<InterfaceTy>(); }
NamedType* TypeContext::new_named() { return make<NamedType>(); }

}  // namespace csp
