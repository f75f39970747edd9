// Formatting of any Go value (see value_format.hpp). The structure follows
// Go 1.19's fmt/print.go (printArg, handleMethods, printValue, fmtPointer,
// catchPanic) and internal/fmtsort (map key order) so that the behaviour at
// every corner is Go's; the leaves go to the scalar formatter.
#include "stdlib/fmt/value_format.hpp"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/checker.hpp"
#include "lang/types.hpp"
#include "vm/layout.hpp"
#include "vm/map.hpp"
#include "vm/slices.hpp"

namespace csp {

using fmtlib::Arg;
using FSpec = fmtlib::Spec;

namespace {

constexpr int kMaxDepth = 400;  // Go would overflow its stack on a cycle; we stop

// ---- methods ----

struct FoundMethod {
  const Func* func = nullptr;
  bool ptr_recv = false;      // declared with a pointer receiver
  bool via_ptr = false;       // the value is a pointer to the named type
  bool iface_method = false;  // promoted from an embedded interface (func is null)
  std::vector<int> path;      // embedded fields leading to the method (promoted)
  bool found() const { return func || iface_method; }
};

bool is_plain_string(const Type* t) {
  return t->kind == TypeKind::Basic && static_cast<const BasicType*>(t)->bkind == BasicKind::String;
}

// The method `name` of signature func() string in t's method set, declared
// on t or promoted from an embedded field (then `path` leads to it).
FoundMethod find_method(const Type* t, std::string_view name) {
  FoundMethod r;
  const Type* base = t;
  if (t->kind == TypeKind::Pointer) {
    base = static_cast<const PointerType*>(t)->elem;
    if (base->kind != TypeKind::Named) return r;
    r.via_ptr = true;
  } else if (t->kind != TypeKind::Named && t->underlying()->kind != TypeKind::Struct) {
    return r;
  }
  if (t->underlying()->kind == TypeKind::Interface) return r;
  Checker::Lookup lk = Checker::lookup(t, std::string(name));
  if (!lk.found || lk.field_type) return r;
  const SignatureType* sig = nullptr;
  if (lk.obj && lk.obj->kind == ObjKind::Func) sig = static_cast<const Func*>(lk.obj)->sig();
  else if (lk.iface && lk.iface_index >= 0) sig = lk.iface->methods[lk.iface_index].sig;
  if (!sig || !sig->params.empty() || sig->results.size() != 1 || !is_plain_string(sig->results[0])) return r;
  bool ptr = sig->recv && sig->recv->kind == TypeKind::Pointer;
  if (ptr && !r.via_ptr && !lk.indirect) return r;  // not in the method set of the value type
  r.func = lk.obj ? static_cast<const Func*>(lk.obj) : nullptr;
  r.iface_method = !lk.obj;
  r.ptr_recv = ptr;
  r.path = lk.path;
  return r;
}

bool exported(const std::string& name) {
  if (name.empty()) return false;
  unsigned char c = static_cast<unsigned char>(name[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  auto d = fmtlib::decode_rune(name, 0);
  // Non-ASCII: Go uses unicode.IsUpper; approximate with the Latin/Greek/
  // Cyrillic upper-case blocks.
  char32_t r = d.rune;
  return (r >= 0xC0 && r <= 0xDE && r != 0xD7) || (r >= 0x391 && r <= 0x3A9) || (r >= 0x410 && r <= 0x42F);
}

// ---- fmtsort ----

int float_compare(double a, double b) {
  if (a != a) return -1;  // NaN first (no good answer when both are NaN)
  if (b != b) return 1;
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

int compare(const Type* t, const Slot* a, const Slot* b);

int compare_rec(const Type* t, const Slot*& a, const Slot*& b) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Struct: {
      int c = 0;
      for (const StructField& f : static_cast<const StructTy*>(u)->fields) {
        int d = compare_rec(f.type, a, b);
        if (c == 0) c = d;
      }
      return c;
    }
    case TypeKind::Array: {
      auto* at = static_cast<const ArrayTy*>(u);
      int c = 0;
      if (is_byte_elem(at->elem)) {  // packed: compare byte by byte
        const auto* x = reinterpret_cast<const uint8_t*>(a);
        const auto* y = reinterpret_cast<const uint8_t*>(b);
        for (int64_t k = 0; k < at->len && c == 0; ++k) c = x[k] < y[k] ? -1 : x[k] > y[k];
        a += slot_width(at);
        b += slot_width(at);
        return c;
      }
      for (int64_t k = 0; k < at->len; ++k) {
        int d = compare_rec(at->elem, a, b);
        if (c == 0) c = d;
      }
      return c;
    }
    default: {
      int c = compare(t, a, b);
      ++a;
      ++b;
      return c;
    }
  }
}

// internal/fmtsort's compare for one value of type t.
int compare(const Type* t, const Slot* a, const Slot* b) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Basic: {
      auto* bt = static_cast<const BasicType*>(u);
      if (bt->is_string()) {
        int c = str_view(*a).compare(str_view(*b));
        return c < 0 ? -1 : c > 0;
      }
      if (bt->is_float()) return float_compare(a->f, b->f);
      if (bt->is_complex()) {
        ComplexParts x = complex_parts(*a), y = complex_parts(*b);
        int c = float_compare(x.re, y.re);
        return c ? c : float_compare(x.im, y.im);
      }
      if (bt->is_unsigned() || bt->bkind == BasicKind::UnsafePointer || bt->is_boolean())
        return a->u < b->u ? -1 : a->u > b->u;
      return a->i < b->i ? -1 : a->i > b->i;
    }
    case TypeKind::Struct:
    case TypeKind::Array: {
      const Slot* x = a;
      const Slot* y = b;
      return compare_rec(t, x, y);
    }
    case TypeKind::Interface: {
      auto* i = static_cast<const Iface*>(a->p);
      auto* j = static_cast<const Iface*>(b->p);
      if (!i || !j) return (i != nullptr) - (j != nullptr);  // nil first
      if (!identical(i->type, j->type)) {
        // Go orders by the address of the type descriptor: arbitrary but fixed.
        auto p = reinterpret_cast<uintptr_t>(i->type), q = reinterpret_cast<uintptr_t>(j->type);
        return p < q ? -1 : 1;
      }
      bool agg = is_aggregate(i->type);
      return compare(i->type, agg ? static_cast<const Slot*>(i->value.p) : &i->value,
                     agg ? static_cast<const Slot*>(j->value.p) : &j->value);
    }
    default:  // pointers and chans by address
      return a->u < b->u ? -1 : a->u > b->u;
  }
}

// ---- the printer ----

bool good_verb_for(const Type* u, char32_t verb) {
  if (u->kind != TypeKind::Basic) {
    switch (verb) {
      case 'v': case 'p': case 'b': case 'o': case 'd': case 'x': case 'X': return true;
      default: return false;
    }
  }
  auto* b = static_cast<const BasicType*>(u);
  if (b->is_boolean()) return verb == 'v' || verb == 't';
  if (b->is_integer()) {
    switch (verb) {
      case 'v': case 'd': case 'b': case 'o': case 'O': case 'x': case 'X': case 'c': case 'q': case 'U': return true;
      default: return false;
    }
  }
  if (b->is_float() || b->is_complex()) {
    switch (verb) {
      case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': return true;
      default: return false;
    }
  }
  if (b->is_string()) return verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q';
  return false;
}

uint64_t pointer_value(const Type* u, const Slot* s) {
  if (u->kind == TypeKind::Slice) {
    auto* so = static_cast<const SliceObj*>(s->p);
    return so ? reinterpret_cast<uintptr_t>(so->data) : 0;
  }
  return reinterpret_cast<uintptr_t>(s->p);
}

class Printer {
 public:
  Printer(std::string& out, const FSpec& spec, MethodCaller* mc) : out_(out), f_(spec), mc_(mc) {}

  // Go's printArg for a non-basic (or method-bearing) operand.
  void print_arg(const Type* t, const Slot* s, char32_t verb) {
    if (verb == 'p') {
      const Type* u = t->underlying();
      switch (u->kind) {
        case TypeKind::Pointer:
        case TypeKind::Chan:
        case TypeKind::Signature:
        case TypeKind::Map:
        case TypeKind::Slice: leaf_pointer(t, pointer_value(u, s), 'p'); return;
        default:
          if (u->kind == TypeKind::Basic && static_cast<const BasicType*>(u)->bkind == BasicKind::UnsafePointer) {
            leaf_pointer(t, s->u, 'p');
            return;
          }
          bad_verb(t, s, verb);
          return;
      }
    }
    if (!handle_methods(t, s, verb)) print_value(t, s, verb, 0, true);
  }

 private:
  std::string& out_;
  FSpec f_;
  MethodCaller* mc_;

  void pad(std::string_view s) {
    FSpec sp = f_;
    sp.prec = -1;
    fmtlib::format_arg(out_, Arg::string(s), sp, 's');
  }
  void fmt_s(std::string_view s) {  // Go's fmt.fmtS: truncate to precision, pad
    FSpec sp = f_;
    sp.sharp_v = false;
    fmtlib::format_arg(out_, Arg::string(s), sp, 's');
  }

  // Go's badVerb for a value p.arg/p.value: %!verb(type=value).
  void bad_verb(const Type* t, const Slot* s, char32_t verb) {
    bool old = f_.erroring;
    f_.erroring = true;
    out_ += "%!";
    fmtlib::encode_rune(out_, verb);
    out_ += '(';
    out_ += rtype_string(t);
    out_ += '=';
    print_value(t, s, 'v', 0, true);  // printArg(arg, 'v') with the flags as they are
    out_ += ')';
    f_.erroring = old;
  }

  bool call(const FoundMethod& fm, const Type* t, const Slot* s, std::string_view name, char32_t verb,
            std::string& result, bool& done) {
    if (!fm.path.empty()) return call_promoted(fm, t, s, name, verb, result, done);
    done = false;
    Slot recv;
    bool nil_ptr = fm.via_ptr && s->p == nullptr;
    if (fm.via_ptr && !fm.ptr_recv) {
      if (nil_ptr) {  // (*T)(nil).String() panics in Go; catchPanic prints <nil>
        fmt_s("<nil>");
        done = true;
        return true;
      }
      const Type* e = static_cast<const PointerType*>(t)->elem;
      recv = is_aggregate(e) ? *s : *static_cast<const Slot*>(s->p);
    } else if (!fm.via_ptr && is_aggregate(t)) {
      recv = slot_p(const_cast<Slot*>(s));
    } else {
      recv = *s;
    }
    if (mc_->call_string_method(fm.func, recv, result)) return true;
    if (nil_ptr) {
      fmt_s("<nil>");
      done = true;
      return true;
    }
    // catchPanic: %!v(PANIC=String method: boom), flags cleared meanwhile.
    out_ += "%!";
    fmtlib::encode_rune(out_, verb);
    out_ += "(PANIC=";
    out_ += name;
    out_ += " method: ";
    out_ += result;
    out_ += ')';
    done = true;
    return false;
  }

  // A promoted method: walks the embedded fields as Go's autogenerated
  // wrapper does, then calls the method on the embedded value.
  bool call_promoted(const FoundMethod& fm, const Type* t, const Slot* s, std::string_view name, char32_t verb,
                     std::string& result, bool& done) {
    done = false;
    const Slot* cur = s;  // the current struct's slots
    const Type* ct = t;
    if (t->kind == TypeKind::Pointer) {
      if (!s->p) {  // (*T)(nil).String(): catchPanic prints <nil>
        fmt_s("<nil>");
        done = true;
        return true;
      }
      cur = static_cast<const Slot*>(s->p);
      ct = static_cast<const PointerType*>(t)->elem;
    }
    const Slot* field = nullptr;
    const Type* ft = nullptr;
    for (size_t k = 0; k < fm.path.size(); ++k) {
      auto* st = static_cast<const StructTy*>(ct->underlying());
      uint64_t off = 0;
      for (int f = 0; f < fm.path[k]; ++f) off += slot_width(st->fields[f].type);
      field = cur + off;
      ft = st->fields[fm.path[k]].type;
      if (k + 1 == fm.path.size()) break;
      if (ft->underlying()->kind == TypeKind::Pointer) {
        cur = static_cast<const Slot*>(field->p);
        ct = static_cast<const PointerType*>(ft->underlying())->elem;
        if (!cur) return promoted_nil(name, verb, done);
      } else {
        cur = field;
        ct = ft;
      }
    }
    FoundMethod inner;
    inner.func = fm.func;
    inner.ptr_recv = fm.ptr_recv;
    if (fm.iface_method) {
      auto* i = static_cast<const Iface*>(field->p);
      if (!i) return promoted_nil(name, verb, done);
      FoundMethod dyn = find_method(i->type, name);
      if (!dyn.found()) return promoted_nil(name, verb, done);
      return call(dyn, i->type, iface_slots(i), name, verb, result, done);
    }
    Slot tmp;
    if (ft->underlying()->kind == TypeKind::Pointer) {
      inner.via_ptr = true;  // the embedded *E is the receiver (or is dereferenced)
      if (!field->p && !fm.ptr_recv) return promoted_nil(name, verb, done);
      return call(inner, ft, field, name, verb, result, done);
    }
    if (fm.ptr_recv) {  // a pointer method of an embedded value, reached through a pointer
      inner.via_ptr = true;
      tmp.p = const_cast<Slot*>(field);
      return call(inner, ft, &tmp, name, verb, result, done);
    }
    return call(inner, ft, field, name, verb, result, done);
  }

  // A nil embedded pointer or interface on the way to a promoted method:
  // the method panics, and fmt's catchPanic reports it.
  bool promoted_nil(std::string_view name, char32_t verb, bool& done) {
    out_ += "%!";
    fmtlib::encode_rune(out_, verb);
    out_ += "(PANIC=";
    out_ += name;
    out_ += " method: runtime error: invalid memory address or nil pointer dereference)";
    done = true;
    return false;
  }

  // Go's handleMethods.
  bool handle_methods(const Type* t, const Slot* s, char32_t verb) {
    if (f_.erroring || !mc_) return false;
    if (f_.sharp_v) {
      FoundMethod fm = find_method(t, "GoString");
      if (!fm.found()) return false;
      std::string r;
      bool done;
      if (call(fm, t, s, "GoString", verb, r, done) && !done) fmt_s(r);
      return true;
    }
    switch (verb) {
      case 'v': case 's': case 'x': case 'X': case 'q': break;
      default: return false;
    }
    const char* name = "Error";
    FoundMethod fm = find_method(t, "Error");
    if (!fm.found()) {
      name = "String";
      fm = find_method(t, "String");
    }
    if (!fm.found()) return false;
    std::string r;
    bool done;
    if (call(fm, t, s, name, verb, r, done) && !done) fmtlib::format_arg(out_, Arg::string(r), f_, verb);
    return true;
  }

  void leaf_pointer(const Type* t, uint64_t addr, char32_t verb) {
    std::string tn;
    if (f_.sharp_v || !good_verb_for(t->underlying(), verb)) tn = rtype_string(t);
    fmtlib::format_arg(out_, Arg::pointer(addr, tn), f_, verb);
  }

  void leaf_basic(const Type* t, const BasicType* b, const Slot* s, char32_t verb) {
    std::string tn;
    if (!good_verb_for(b, verb) || t->kind == TypeKind::Named) tn = rtype_string(t);
    Arg a;
    if (b->is_boolean()) a = Arg::boolean(s->i != 0, tn);
    else if (b->is_string()) a = Arg::string(str_view(*s), tn);
    else if (b->bkind == BasicKind::Float32) a = Arg::float32(static_cast<float>(s->f), tn);
    else if (b->is_float()) a = Arg::float64(s->f, tn);
    else if (b->is_complex()) {
      ComplexParts c = complex_parts(*s);
      a = Arg::complex(c.re, c.im, b->bkind == BasicKind::Complex64 ? 64 : 128, tn);
    } else if (b->bkind == BasicKind::UnsafePointer) {
      leaf_pointer(t, s->u, verb);
      return;
    } else if (b->is_unsigned()) a = Arg::uint64(s->u, tn);
    else a = Arg::int64(s->i, tn);
    fmtlib::format_arg(out_, a, f_, verb);
  }

  // The value inside a non-nil interface slot: its dynamic type and slots.
  static const Slot* iface_slots(const Iface* i) {
    return is_aggregate(i->type) ? static_cast<const Slot*>(i->value.p) : &i->value;
  }

  // Go's printValue.
  void print_value(const Type* t, const Slot* s, char32_t verb, int depth, bool can_iface) {
    if (depth > 0 && can_iface && handle_methods(t, s, verb)) return;
    if (depth > kMaxDepth) {
      out_ += "...";
      return;
    }
    const Type* u = t->underlying();
    switch (u->kind) {
      case TypeKind::Basic: leaf_basic(t, static_cast<const BasicType*>(u), s, verb); return;
      case TypeKind::Pointer: {
        void* p = s->p;
        if (depth == 0 && p) {
          const Type* e = static_cast<const PointerType*>(u)->elem;
          switch (e->underlying()->kind) {
            case TypeKind::Array:
            case TypeKind::Slice:
            case TypeKind::Struct:
            case TypeKind::Map:
              out_ += '&';
              print_value(e, static_cast<const Slot*>(p), verb, depth + 1, can_iface);
              return;
            default: break;
          }
        }
        leaf_pointer(t, reinterpret_cast<uintptr_t>(p), verb);
        return;
      }
      case TypeKind::Chan:
      case TypeKind::Signature: leaf_pointer(t, s->u, verb); return;
      case TypeKind::Interface: {
        auto* i = static_cast<const Iface*>(s->p);
        if (!i) {
          if (f_.sharp_v) {
            out_ += rtype_string(t);
            out_ += "(nil)";
          } else {
            pad("<nil>");
          }
          return;
        }
        print_value(i->type, iface_slots(i), verb, depth + 1, can_iface);
        return;
      }
      case TypeKind::Struct: {
        if (f_.sharp_v) out_ += rtype_string(t);
        out_ += '{';
        const Slot* fs = s;
        const auto& fields = static_cast<const StructTy*>(u)->fields;
        for (size_t k = 0; k < fields.size(); ++k) {
          const StructField& fd = fields[k];
          if (k > 0) out_ += f_.sharp_v ? ", " : " ";
          if (f_.plus_v || f_.sharp_v) {
            out_ += fd.name;
            out_ += ':';
          }
          bool fc = can_iface && exported(fd.name);
          // getField: a non-nil interface field prints as its dynamic value.
          if (fd.type->underlying()->kind == TypeKind::Interface && fs->p) {
            auto* i = static_cast<const Iface*>(fs->p);
            print_value(i->type, iface_slots(i), verb, depth + 1, fc);
          } else {
            print_value(fd.type, fs, verb, depth + 1, fc);
          }
          fs += slot_width(fd.type);
        }
        out_ += '}';
        return;
      }
      case TypeKind::Array:
      case TypeKind::Slice: {
        const Type* et;
        uint64_t n;
        const Slot* base;
        bool nil = false;
        if (u->kind == TypeKind::Array) {
          auto* at = static_cast<const ArrayTy*>(u);
          et = at->elem;
          n = at->len > 0 ? static_cast<uint64_t>(at->len) : 0;
          base = s;
        } else {
          et = static_cast<const SliceType*>(u)->elem;
          auto* so = static_cast<const SliceObj*>(s->p);
          nil = so == nullptr;
          n = so ? so->len : 0;
          base = so ? so->data : nullptr;
        }
        if (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
          const Type* eu = et->underlying();
          if (eu->kind == TypeKind::Basic && static_cast<const BasicType*>(eu)->bkind == BasicKind::Uint8) {
            std::string bytes(n, '\0');
            if (n) std::memcpy(bytes.data(), base, n);  // packed bytes
            std::string tn = rtype_string(t);
            fmtlib::format_arg(out_, Arg::bytes(bytes, pointer_value(u, s), tn), f_, verb);
            return;
          }
        }
        uint64_t w = slot_width(et);
        // Packed byte elements are widened into a slot to print.
        const bool packed = is_byte_elem(et);
        Slot tmp;
        auto elem = [&](uint64_t k) -> const Slot* {
          if (!packed) return base + k * w;
          tmp.u = load_byte(reinterpret_cast<const uint8_t*>(base) + k);
          return &tmp;
        };
        if (f_.sharp_v) {
          out_ += rtype_string(t);
          if (nil) {
            out_ += "(nil)";
            return;
          }
          out_ += '{';
          for (uint64_t k = 0; k < n; ++k) {
            if (k > 0) out_ += ", ";
            print_value(et, elem(k), verb, depth + 1, can_iface);
          }
          out_ += '}';
        } else {
          out_ += '[';
          for (uint64_t k = 0; k < n; ++k) {
            if (k > 0) out_ += ' ';
            print_value(et, elem(k), verb, depth + 1, can_iface);
          }
          out_ += ']';
        }
        return;
      }
      case TypeKind::Map: {
        auto* mt = static_cast<const MapTy*>(u);
        auto* m = static_cast<MapObj*>(s->p);
        if (f_.sharp_v) {
          out_ += rtype_string(t);
          if (!m) {
            out_ += "(nil)";
            return;
          }
          out_ += '{';
        } else {
          out_ += "map[";
        }
        // fmtsort: collect the entries, then stable-sort by key. Copy the
        // slots out: a String method called below may modify the map.
        uint32_t kw = m ? m->kw : 0, vw = m ? m->vw : 0;
        std::vector<Slot> data;
        MapIter it;
        map_iter_init(it, m, 0);
        Slot *k, *v;
        size_t count = 0;
        while (map_iter_next(it, &k, &v)) {
          data.insert(data.end(), k, k + kw);
          data.insert(data.end(), v, v + vw);
          ++count;
        }
        std::vector<size_t> order(count);
        for (size_t q = 0; q < count; ++q) order[q] = q;
        const Slot* d = data.data();
        size_t es = kw + vw;
        std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
          return compare(mt->key, d + x * es, d + y * es) < 0;
        });
        for (size_t q = 0; q < count; ++q) {
          if (q > 0) out_ += f_.sharp_v ? ", " : " ";
          const Slot* e = d + order[q] * es;
          print_value(mt->key, e, verb, depth + 1, can_iface);
          out_ += ':';
          print_value(mt->elem, e + kw, verb, depth + 1, can_iface);
        }
        out_ += f_.sharp_v ? '}' : ']';
        return;
      }
      default: leaf_pointer(t, s->u, verb); return;
    }
  }

};

void custom_format(const void* data, std::string& out, const FSpec& spec, char32_t verb) {
  auto* v = static_cast<const FormatEnv::Value*>(data);
  Printer p(out, spec, v->mc);
  p.print_arg(v->type, v->slots, verb);
}

}  // namespace

void format_value(std::string& out, const Type* t, const Slot* slots, const FSpec& spec, char32_t verb,
                  MethodCaller* mc) {
  if (verb == 'T') {
    fmtlib::format_arg(out, Arg::string(rtype_string(t)), spec, 's');
    return;
  }
  Printer p(out, spec, mc);
  p.print_arg(t, slots, verb);
}

bool has_format_methods(const Type* t) {
  return find_method(t, "Error").found() || find_method(t, "String").found() ||
         find_method(t, "GoString").found();
}

namespace {
bool reaches_format_methods(const Type* t, std::unordered_set<const Type*>& seen) {
  if (!seen.insert(t).second) return false;  // a cycle: its types are being looked at
  if ((t->kind == TypeKind::Named || t->kind == TypeKind::Pointer) && has_format_methods(t)) return true;
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Interface: return true;
    case TypeKind::Pointer: return reaches_format_methods(static_cast<const PointerType*>(u)->elem, seen);
    case TypeKind::Slice: return reaches_format_methods(static_cast<const SliceType*>(u)->elem, seen);
    case TypeKind::Array: return reaches_format_methods(static_cast<const ArrayTy*>(u)->elem, seen);
    case TypeKind::Map: {
      auto* m = static_cast<const MapTy*>(u);
      return reaches_format_methods(m->key, seen) || reaches_format_methods(m->elem, seen);
    }
    case TypeKind::Struct:
      for (const StructField& f : static_cast<const StructTy*>(u)->fields)
        if (reaches_format_methods(f.type, seen)) return true;
      return false;
    default: return false;  // basic types, channels and funcs print without methods
  }
}
}  // namespace

bool may_call_format_methods(const Type* t) {
  if (t->kind == TypeKind::Basic) return false;
  thread_local std::unordered_map<const Type*, bool> cache;
  auto it = cache.find(t);
  if (it != cache.end()) return it->second;
  std::unordered_set<const Type*> seen;
  bool r = reaches_format_methods(t, seen);
  cache.emplace(t, r);
  return r;
}

Arg iface_to_arg(const Iface* v, FormatEnv& env) {
  if (!v) return Arg::nil();
  const Type* t = v->type;
  const Type* u = t->underlying();
  bool named = t->kind == TypeKind::Named;
  bool methods = (named || t->kind == TypeKind::Pointer) && has_format_methods(t);
  auto name = [&]() -> std::string_view {
    env.strings.push_back(rtype_string(t));
    return env.strings.back();
  };
  if (!methods) {
    if (u->kind == TypeKind::Basic) {
      auto* b = static_cast<const BasicType*>(u);
      // Default-named kinds need no name (the Arg's kind supplies it).
      bool plain = !named && (b->bkind == BasicKind::Int || b->bkind == BasicKind::Float64 ||
                              b->bkind == BasicKind::String || b->bkind == BasicKind::Bool ||
                              b->bkind == BasicKind::Uint || b->bkind == BasicKind::Complex128 ||
                              (b->is_untyped() && b->bkind != BasicKind::UntypedRune));
      std::string_view tn = plain ? std::string_view() : name();
      const Slot& s = v->value;
      if (b->is_boolean()) return Arg::boolean(s.i != 0, tn);
      if (b->is_string()) return Arg::string(str_view(s), tn);
      if (b->bkind == BasicKind::Float32) return Arg::float32(static_cast<float>(s.f), tn);
      if (b->is_float()) return Arg::float64(s.f, tn);
      if (b->is_complex()) {
        ComplexParts c = complex_parts(s);
        return Arg::complex(c.re, c.im, b->bkind == BasicKind::Complex64 ? 64 : 128, tn);
      }
      if (b->bkind == BasicKind::UnsafePointer) return Arg::pointer(s.u, tn.empty() ? name() : tn);
      if (b->is_unsigned()) return Arg::uint64(s.u, tn);
      return Arg::int64(s.i, tn);
    }
    if (u->kind == TypeKind::Chan || u->kind == TypeKind::Signature)
      return Arg::pointer(v->value.u, name());
    if (u->kind == TypeKind::Pointer) {
      auto ek = static_cast<const PointerType*>(u)->elem->underlying()->kind;
      if (ek != TypeKind::Array && ek != TypeKind::Slice && ek != TypeKind::Struct && ek != TypeKind::Map)
        return Arg::pointer(v->value.u, name());
    }
    if (!named && u->kind == TypeKind::Slice) {
      const Type* e = static_cast<const SliceType*>(u)->elem;
      if (e->kind == TypeKind::Basic && static_cast<const BasicType*>(e)->bkind == BasicKind::Uint8) {
        // Exactly []byte: printArg's fast case (also %v, %d and %#v as []byte{...}).
        auto* so = static_cast<const SliceObj*>(v->value.p);
        std::string bytes;
        if (so) {
          bytes.resize(so->len);
          if (so->len) std::memcpy(bytes.data(), slice_bytes(so), so->len);
        }
        env.strings.push_back(std::move(bytes));
        std::string_view bv = env.strings.back();
        return Arg::bytes(bv, so ? reinterpret_cast<uintptr_t>(so->data) : 0, name());
      }
    }
  }
  env.values.push_back({t, is_aggregate(t) ? static_cast<const Slot*>(v->value.p) : &v->value, env.mc});
  Arg a = Arg::custom(custom_format, &env.values.back(), name());
  a.string_kind = u->kind == TypeKind::Basic && static_cast<const BasicType*>(u)->is_string();
  a.is_error = methods && find_method(t, "Error").found();
  return a;
}

}  // namespace csp
