// Slot layout of Go types (see layout.hpp).
#include "vm/layout.hpp"

#include "lang/types.hpp"
#include "vm/program.hpp"

namespace csp {

uint64_t slot_width(const Type* t) {
  t = t->underlying();
  if (t->kind == TypeKind::Struct) {
    uint64_t n = 0;
    for (const StructField& f : static_cast<const StructTy*>(t)->fields) n += slot_width(f.type);
    return n;
  }
  if (t->kind == TypeKind::Array) {
    auto* a = static_cast<const ArrayTy*>(t);
    if (a->len <= 0) return 0;
    if (is_byte_elem(a->elem)) return (static_cast<uint64_t>(a->len) + 7) / 8;
    return static_cast<uint64_t>(a->len) * slot_width(a->elem);
  }
  return 1;
}

bool is_byte_elem(const Type* elem) {
  const Type* u = elem ? elem->underlying() : nullptr;
  if (!u || u->kind != TypeKind::Basic) return false;
  auto k = static_cast<const BasicType*>(u)->bkind;
  return k == BasicKind::Uint8 || k == BasicKind::Bool;
}

bool is_aggregate(const Type* t) {
  t = t->underlying();
  return t->kind == TypeKind::Struct || t->kind == TypeKind::Array;
}

void pointer_slots(const Type* t, std::vector<bool>& out) {
  t = t->underlying();
  switch (t->kind) {
    case TypeKind::Struct:
      for (const StructField& f : static_cast<const StructTy*>(t)->fields) pointer_slots(f.type, out);
      return;
    case TypeKind::Array: {
      auto* a = static_cast<const ArrayTy*>(t);
      if (a->len <= 0) return;
      if (is_byte_elem(a->elem)) {
        out.insert(out.end(), slot_width(a), false);
        return;
      }
      size_t start = out.size();
      pointer_slots(a->elem, out);
      size_t w = out.size() - start;
      for (int64_t i = 1; i < a->len; ++i)
        for (size_t k = 0; k < w; ++k) out.push_back(out[start + k]);
      return;
    }
    case TypeKind::Basic: {
      auto* b = static_cast<const BasicType*>(t);
      out.push_back(b->is_string() || b->is_complex() || b->bkind == BasicKind::UnsafePointer);
      return;
    }
    default: out.push_back(true); return;
  }
}

void gc_type_info(Program& prog, const Type* t, uint32_t* layout, bool* noscan) {
  const Type* e = t->underlying();
  while (e->kind == TypeKind::Array) e = static_cast<const ArrayTy*>(e)->elem->underlying();
  std::vector<bool> ptr;
  pointer_slots(e, ptr);
  bool any = false;
  for (bool b : ptr) any |= b;
  *noscan = !any;
  // A struct holding a large array of scalars has a long layout; past a
  // limit the collector scans it conservatively instead.
  constexpr size_t kMaxLayoutSlots = size_t(1) << 16;
  *layout = any && ptr.size() <= kMaxLayoutSlots ? prog.layout_id(ptr) : 0;
}

bool is_comparable(const Type* t) {
  t = t->underlying();
  switch (t->kind) {
    case TypeKind::Slice:
    case TypeKind::Map:
    case TypeKind::Signature:
    case TypeKind::Tuple: return false;
    case TypeKind::Struct:
      for (const StructField& f : static_cast<const StructTy*>(t)->fields)
        if (!is_comparable(f.type)) return false;
      return true;
    case TypeKind::Array: return is_comparable(static_cast<const ArrayTy*>(t)->elem);
    default: return true;
  }
}

namespace {

void write_rtype(std::string& out, const Type* t);

void write_sig(std::string& out, const SignatureType* s) {
  out += '(';
  for (size_t i = 0; i < s->params.size(); ++i) {
    if (i) out += ", ";
    if (s->variadic && i + 1 == s->params.size() && s->params[i]->kind == TypeKind::Slice) {
      out += "...";
      write_rtype(out, static_cast<const SliceType*>(s->params[i])->elem);
    } else {
      write_rtype(out, s->params[i]);
    }
  }
  out += ')';
  if (s->results.size() == 1) {
    out += ' ';
    write_rtype(out, s->results[0]);
  } else if (!s->results.empty()) {
    out += " (";
    for (size_t i = 0; i < s->results.size(); ++i) {
      if (i) out += ", ";
      write_rtype(out, s->results[i]);
    }
    out += ')';
  }
}

void write_rtype(std::string& out, const Type* t) {
  if (!t) {
    out += "<nil>";
    return;
  }
  switch (t->kind) {
    case TypeKind::Basic: {
      static const char* const names[] = {
#define CSP_X(k, s) s,
          CSP_BASIC_KINDS(CSP_X)
#undef CSP_X
      };
      auto k = static_cast<const BasicType*>(t)->bkind;
      switch (k) {  // dynamic types are never untyped; use the default types
        case BasicKind::UntypedBool: k = BasicKind::Bool; break;
        case BasicKind::UntypedInt: k = BasicKind::Int; break;
        case BasicKind::UntypedRune: k = BasicKind::Int32; break;
        case BasicKind::UntypedFloat: k = BasicKind::Float64; break;
        case BasicKind::UntypedComplex: k = BasicKind::Complex128; break;
        case BasicKind::UntypedString: k = BasicKind::String; break;
        default: break;
      }
      out += names[static_cast<int>(k)];  // the kind's name: byte prints as uint8
      break;
    }
    case TypeKind::Pointer:
      out += '*';
      write_rtype(out, static_cast<const PointerType*>(t)->elem);
      break;
    case TypeKind::Slice:
      out += "[]";
      write_rtype(out, static_cast<const SliceType*>(t)->elem);
      break;
    case TypeKind::Array:
      out += '[' + std::to_string(static_cast<const ArrayTy*>(t)->len) + ']';
      write_rtype(out, static_cast<const ArrayTy*>(t)->elem);
      break;
    case TypeKind::Map:
      out += "map[";
      write_rtype(out, static_cast<const MapTy*>(t)->key);
      out += ']';
      write_rtype(out, static_cast<const MapTy*>(t)->elem);
      break;
    case TypeKind::Chan: {
      auto c = static_cast<const ChanTy*>(t);
      bool paren = false;
      switch (c->dir) {
        case ChanDir::Both:
          out += "chan ";
          paren = c->elem->kind == TypeKind::Chan &&
                  static_cast<const ChanTy*>(c->elem)->dir == ChanDir::Recv;
          break;
        case ChanDir::Send: out += "chan<- "; break;
        case ChanDir::Recv: out += "<-chan "; break;
      }
      if (paren) out += '(';
      write_rtype(out, c->elem);
      if (paren) out += ')';
      break;
    }
    case TypeKind::Struct: {
      auto s = static_cast<const StructTy*>(t);
      if (s->fields.empty()) {
        out += "struct {}";
        break;
      }
      out += "struct { ";
      for (size_t i = 0; i < s->fields.size(); ++i) {
        if (i) out += "; ";
        if (!s->fields[i].embedded) out += s->fields[i].name + " ";
        write_rtype(out, s->fields[i].type);
      }
      out += " }";
      break;
    }
    case TypeKind::Signature:
      out += "func";
      write_sig(out, static_cast<const SignatureType*>(t));
      break;
    case TypeKind::Tuple: out += "()"; break;
    case TypeKind::Interface: {
      auto it = static_cast<const InterfaceTy*>(t);
      if (it->methods.empty()) {
        out += "interface {}";
        break;
      }
      out += "interface { ";
      for (size_t i = 0; i < it->methods.size(); ++i) {
        if (i) out += "; ";
        out += it->methods[i].name;
        write_sig(out, it->methods[i].sig);
      }
      out += " }";
      break;
    }
    case TypeKind::Named: {
      auto n = static_cast<const NamedType*>(t);
      if (!n->obj) {
        out += "<named>";
        break;
      }
      if (n->obj->pkg) out += n->obj->pkg->name + ".";
      out += n->obj->name;
      break;
    }
  }
}

}  // namespace

std::string rtype_string(const Type* t) {
  std::string out;
  write_rtype(out, t);
  return out;
}

}  // namespace csp

#include "vm/value.hpp"

namespace csp {

ComplexParts complex_parts(const Slot& s) {
  auto* p = static_cast<const Slot*>(__atomic_load_n(&s.p, __ATOMIC_RELAXED));
  if (!p) return {0, 0};
  return {p[0].f, p[1].f};
}

}  // namespace csp
