// Types, objects and scopes: the checker's model of a program, after go/types.
//
// Types are immutable once built and owned by a TypeContext (one per VM), so
// the compiler and the runtime may hold `const Type*` freely. Basic types are
// singletons; composite types are interned where identity matters cheaply
// (identical() is structural, so interning is an optimisation only).
//
// Naming: the composite types whose go/types-style names would collide with
// AST nodes of lang/ast.hpp (ArrayType, MapType, ChanType, StructType,
// InterfaceType) are called ArrayTy, MapTy, ChanTy, StructTy, InterfaceTy.
//
// Objects are the named entities a scope binds: variables, constants, type
// names, functions, packages, builtins, labels, nil. The checker creates
// them and points Ident::obj at them; the compiler reads them and may use
// the `slot`/`index` fields to remember where it put them.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.hpp"
#include "lang/constant.hpp"

namespace csp {

enum class TypeKind : uint8_t {
  Basic,
  Pointer,
  Array,
  Slice,
  Map,
  Chan,
  Struct,
  Signature,  // a function type
  Tuple,      // multiple results; never the type of a variable
  Interface,
  Named,
};

// Declared once: X(Kind, "name", flags). Untyped kinds follow the typed ones.
#define CSP_BASIC_KINDS(X)                                                     \
  X(Invalid, "invalid type")                                                   \
  X(Bool, "bool")                                                              \
  X(Int, "int")                                                                \
  X(Int8, "int8")                                                              \
  X(Int16, "int16")                                                            \
  X(Int32, "int32")                                                            \
  X(Int64, "int64")                                                            \
  X(Uint, "uint")                                                              \
  X(Uint8, "uint8")                                                            \
  X(Uint16, "uint16")                                                          \
  X(Uint32, "uint32")                                                          \
  X(Uint64, "uint64")                                                          \
  X(Uintptr, "uintptr")                                                        \
  X(Float32, "float32")                                                        \
  X(Float64, "float64")                                                        \
  X(Complex64, "complex64")                                                    \
  X(Complex128, "complex128")                                                  \
  X(String, "string")                                                          \
  X(UnsafePointer, "unsafe.Pointer")                                           \
  X(UntypedBool, "untyped bool")                                               \
  X(UntypedInt, "untyped int")                                                 \
  X(UntypedRune, "untyped rune")                                               \
  X(UntypedFloat, "untyped float")                                             \
  X(UntypedComplex, "untyped complex")                                         \
  X(UntypedString, "untyped string")                                           \
  X(UntypedNil, "untyped nil")

enum class BasicKind : uint8_t {
#define CSP_X(k, s) k,
  CSP_BASIC_KINDS(CSP_X)
#undef CSP_X
};

class Object;
class Scope;
class Package;

class Type {
 public:
  const TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;
  // The underlying type: itself, except for Named types.
  const Type* underlying() const;
};

class BasicType : public Type {
 public:
  const BasicKind bkind;
  const char* name;
  BasicType(BasicKind k, const char* n) : Type(TypeKind::Basic), bkind(k), name(n) {}
  bool is_untyped() const { return bkind >= BasicKind::UntypedBool; }
  bool is_integer() const {
    return (bkind >= BasicKind::Int && bkind <= BasicKind::Uintptr) ||
           bkind == BasicKind::UntypedInt || bkind == BasicKind::UntypedRune;
  }
  bool is_unsigned() const { return bkind >= BasicKind::Uint && bkind <= BasicKind::Uintptr; }
  bool is_float() const {
    return bkind == BasicKind::Float32 || bkind == BasicKind::Float64 ||
           bkind == BasicKind::UntypedFloat;
  }
  bool is_complex() const {
    return bkind == BasicKind::Complex64 || bkind == BasicKind::Complex128 ||
           bkind == BasicKind::UntypedComplex;
  }
  bool is_numeric() const { return is_integer() || is_float() || is_complex(); }
  bool is_string() const {
    return bkind == BasicKind::String || bkind == BasicKind::UntypedString;
  }
  bool is_boolean() const {
    return bkind == BasicKind::Bool || bkind == BasicKind::UntypedBool;
  }
  // Size in bytes of a typed numeric kind (int and uint are 8), 0 otherwise.
  int size() const;
};

class PointerType : public Type {
 public:
  const Type* elem;
  explicit PointerType(const Type* e) : Type(TypeKind::Pointer), elem(e) {}
};

class ArrayTy : public Type {
 public:
  const Type* elem;
  int64_t len;
  ArrayTy(const Type* e, int64_t n) : Type(TypeKind::Array), elem(e), len(n) {}
};

class SliceType : public Type {
 public:
  const Type* elem;
  explicit SliceType(const Type* e) : Type(TypeKind::Slice), elem(e) {}
};

class MapTy : public Type {
 public:
  const Type* key;
  const Type* elem;
  MapTy(const Type* k, const Type* e) : Type(TypeKind::Map), key(k), elem(e) {}
};

class ChanTy : public Type {
 public:
  ChanDir dir;
  const Type* elem;
  ChanTy(ChanDir d, const Type* e) : Type(TypeKind::Chan), dir(d), elem(e) {}
};

struct StructField {
  std::string name;
  const Type* type;
  bool embedded = false;
  Object* obj = nullptr;  // the field's Var object
};

class StructTy : public Type {
 public:
  std::vector<StructField> fields;
  StructTy() : Type(TypeKind::Struct) {}
};

class TupleType : public Type {
 public:
  std::vector<const Type*> elems;
  TupleType() : Type(TypeKind::Tuple) {}
};

// A function signature. For a variadic function the last parameter's type
// is the slice type []T, as in go/types.
class SignatureType : public Type {
 public:
  std::vector<const Type*> params;
  std::vector<const Type*> results;
  bool variadic = false;
  const Type* recv = nullptr;  // set for methods
  SignatureType() : Type(TypeKind::Signature) {}
};

struct InterfaceMethod {
  std::string name;
  const SignatureType* sig;
};

// An interface: its complete method set, sorted by name, embedded
// interfaces already flattened in.
class InterfaceTy : public Type {
 public:
  std::vector<InterfaceMethod> methods;
  // The universe's `any`: types2 prints that one as "any" and any other
  // empty interface (a literal interface{}) as "interface{}".
  bool is_any = false;
  InterfaceTy() : Type(TypeKind::Interface) {}
  bool empty() const { return methods.empty(); }
};

// A defined type: `type T U`, and the predeclared `error`.
class NamedType : public Type {
 public:
  Object* obj = nullptr;            // its TypeName
  const Type* under = nullptr;      // set once resolved
  std::vector<Object*> methods;     // Func objects, in declaration order
  NamedType() : Type(TypeKind::Named) {}
};

inline const Type* Type::underlying() const {
  return kind == TypeKind::Named ? static_cast<const NamedType*>(this)->under : this;
}

// Go's type identity.
bool identical(const Type* a, const Type* b);
// The type as Go's error messages and %T print it: "int", "chan<- int",
// "func(int) (string, error)", "main.T" (qualified by package when the
// qualifier says so; for now always unqualified for package main objects in
// errors, qualified in %T).
std::string type_string(const Type* t, bool qualify = false);
// As types2 prints types in messages about package `from`: named types of
// other packages are qualified ("strings.Builder"), its own are not.
std::string type_string(const Type* t, const Package* from);

// Convenience predicates on underlying types.
const BasicType* as_basic(const Type* t);  // nullptr unless underlying is Basic
bool is_untyped(const Type* t);
bool is_integer(const Type* t);
bool is_unsigned(const Type* t);
bool is_float(const Type* t);
bool is_complex(const Type* t);
bool is_numeric(const Type* t);
bool is_string(const Type* t);
bool is_boolean(const Type* t);
bool is_interface(const Type* t);

// Owns all types; provides the predeclared ones. One per VM.
class TypeContext {
 public:
  TypeContext();
  TypeContext(const TypeContext&) = delete;
  TypeContext& operator=(const TypeContext&) = delete;

  const BasicType* basic(BasicKind k) const { return basics_[static_cast<int>(k)]; }
  const Type* error_type() const { return error_; }
  // The type of a literal `interface{}` (and of recover() and panic's
  // parameter): identical to `any`, but printed as "interface{}".
  const InterfaceTy* empty_interface() const { return empty_; }

  const PointerType* pointer(const Type* elem);
  const SliceType* slice(const Type* elem);
  const ArrayTy* array(const Type* elem, int64_t len);
  const MapTy* map(const Type* key, const Type* elem);
  const ChanTy* chan(ChanDir dir, const Type* elem);
  const TupleType* tuple(std::vector<const Type*> elems);
  // For the remaining composite types the caller fills the fields.
  SignatureType* new_signature();
  StructTy* new_struct();
  InterfaceTy* new_interface();
  NamedType* new_named();

  Scope* universe() const { return universe_; }
  // Constant values of every checked package live as long as the context.
  ConstantPool constants;
  // All objects, scopes and packages live here too.
  template <class T, class... A>
  T* make(A&&... args) {
    auto p = std::make_unique<T>(std::forward<A>(args)...);
    T* raw = p.get();
    owned_.push_back(std::unique_ptr<void, void (*)(void*)>(
        p.release(), [](void* q) { delete static_cast<T*>(q); }));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<void, void (*)(void*)>> owned_;
  const BasicType* basics_[static_cast<int>(BasicKind::UntypedNil) + 1] = {};
  const Type* error_ = nullptr;
  const InterfaceTy* any_ = nullptr;
  const InterfaceTy* empty_ = nullptr;
  Scope* universe_ = nullptr;
  std::map<std::pair<int, const Type*>, const Type*> derived_;  // interning
  std::map<std::tuple<const Type*, const Type*, int64_t>, const Type*> derived2_;
};

// ---- objects --------------------------------------------------------------

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

// Builtin functions, declared once: X(Id, "name").
#define CSP_BUILTINS(X)                                                        \
  X(Append, "append")                                                          \
  X(Cap, "cap")                                                                \
  X(Clear, "clear")                                                            \
  X(Close, "close")                                                            \
  X(Complex, "complex")                                                        \
  X(Copy, "copy")                                                              \
  X(Delete, "delete")                                                          \
  X(Imag, "imag")                                                              \
  X(Len, "len")                                                                \
  X(Make, "make")                                                              \
  X(Max, "max")                                                                \
  X(Min, "min")                                                                \
  X(New, "new")                                                                \
  X(Panic, "panic")                                                            \
  X(Print, "print")                                                            \
  X(Println, "println")                                                        \
  X(Real, "real")                                                              \
  X(Recover, "recover")

enum class BuiltinId : uint8_t {
#define CSP_X(id, s) id,
  CSP_BUILTINS(CSP_X)
#undef CSP_X
};

class Object {
 public:
  ObjKind kind;
  std::string name;
  const Type* type = nullptr;
  Pos pos;
  Package* pkg = nullptr;  // nullptr for universe objects
  Object(ObjKind k, std::string n, const Type* t, Pos p)
      : kind(k), name(std::move(n)), type(t), pos(p) {}
  virtual ~Object() = default;
};

// A variable, parameter, result or struct field.
//
// Script mode: a `:=` or `var` at the top level of a script declares a
// package-level variable (owner nullptr), so functions of the script and later
// REPL lines see it; variables declared in nested blocks of the script body
// are locals whose owner is the File.
class Var : public Object {
 public:
  // Declaring FuncDecl/FuncLit node, the File for script-body locals, nullptr
  // for package-level variables.
  const void* owner = nullptr;
  bool is_param = false;        // parameter or named result
  bool is_field = false;        // a struct field
  bool captured = false;        // referenced from a nested function literal
  bool used = false;
  bool loop_var = false;        // declared by a for/range clause (per-iteration in Go 1.22)
  bool reassigned = false;      // assigned after its declaration (compiler pre-pass)
  // Free for the compiler: register or global index.
  int32_t slot = -1;
  Var(std::string n, const Type* t, Pos p) : Object(ObjKind::Var, std::move(n), t, p) {}
  bool is_global() const { return owner == nullptr && !is_field; }
};

class Const : public Object {
 public:
  const Constant* value = nullptr;
  Const(std::string n, const Type* t, Pos p) : Object(ObjKind::Const, std::move(n), t, p) {}
};

class TypeName : public Object {
 public:
  TypeName(std::string n, const Type* t, Pos p) : Object(ObjKind::TypeName, std::move(n), t, p) {}
};

// A declared function or method. `decl` is nullptr for functions of native
// packages that have no body: the compiler binds those to natives named
// "pkgpath.Name" (or "pkgpath.Type.Method").
class Func : public Object {
 public:
  const FuncDecl* decl = nullptr;
  // Free for the compiler: index of the compiled function.
  int32_t index = -1;
  Func(std::string n, const Type* t, Pos p) : Object(ObjKind::Func, std::move(n), t, p) {}
  const SignatureType* sig() const { return static_cast<const SignatureType*>(type); }
  bool is_native() const { return decl == nullptr || decl->body == nullptr; }
};

class PkgName : public Object {
 public:
  Package* imported = nullptr;
  bool used = false;
  PkgName(std::string n, Package* p, Pos pos)
      : Object(ObjKind::PkgName, std::move(n), nullptr, pos), imported(p) {}
};

class Builtin : public Object {
 public:
  BuiltinId id;
  Builtin(std::string n, BuiltinId i) : Object(ObjKind::Builtin, std::move(n), nullptr, Pos{}), id(i) {}
};

class Label : public Object {
 public:
  const LabeledStmt* stmt = nullptr;
  bool used = false;
  Label(std::string n, Pos p) : Object(ObjKind::Label, std::move(n), nullptr, p) {}
};

// ---- selections -------------------------------------------------------------

// What a selector expression x.f denotes (SelectorExpr::selection).
enum class SelKind : uint8_t {
  PkgMember,    // pkg.Name: obj is the package's object
  Field,        // x.f, a struct field (possibly promoted)
  MethodValue,  // x.m, a concrete method (called or not)
  MethodExpr,   // T.m or (*T).m: a function whose first parameter is the receiver
  IfaceMethod,  // x.m with x of interface type: dynamic dispatch
};

struct Selection {
  SelKind kind = SelKind::Field;
  Object* obj = nullptr;  // the field's Var or the method's Func (nullptr for IfaceMethod)
  // Field indices from x's (struct) type down to the field, or for a
  // promoted method down to the embedded field whose type has the method.
  std::vector<int> path;
  // deref[i]: the value before applying path[i] is a pointer (to a struct)
  // and is dereferenced first. deref has path.size() entries.
  std::vector<bool> deref;
  // Methods: after following path, the receiver value needs `&` (a pointer
  // method called on an addressable value) or `*` (a value method reached
  // through a pointer).
  bool recv_addr = false;
  bool recv_deref = false;
  int iface_index = -1;     // IfaceMethod: index into InterfaceTy::methods
  const Type* recv = nullptr;  // MethodExpr: the receiver type (T or *T)
};

// ---- scopes and packages ----------------------------------------------------

class Scope {
 public:
  explicit Scope(Scope* parent) : parent_(parent) {}
  Scope* parent() const { return parent_; }
  // Inserts obj unless the name is taken in this scope; returns the existing
  // object in that case (and inserts nothing).
  Object* insert(Object* obj);
  Object* lookup_local(const std::string& name) const;
  // Looks up name here and in enclosing scopes.
  Object* lookup(const std::string& name) const;
  const std::vector<Object*>& objects() const { return order_; }

 private:
  Scope* parent_;
  std::unordered_map<std::string, Object*> names_;
  std::vector<Object*> order_;
};

// Per-function facts the compiler needs.
struct FuncInfo {
  const SignatureType* sig = nullptr;
  Var* recv = nullptr;  // methods: the receiver variable (named "_" when unnamed)
  // Variables of enclosing functions this function literal refers to, in
  // first-use order (empty for FuncDecls).
  std::vector<Var*> free_vars;
  std::vector<Var*> params;   // in order; unnamed ones get a Var named "_"
  std::vector<Var*> results;  // named or unnamed result variables
};

class Package {
 public:
  std::string path;  // "main", "fmt", ...
  std::string name;
  Scope* scope = nullptr;
  bool native = false;  // a standard-library package implemented in C++
  std::vector<File*> files;
  // Package-level variables in initialization order (Go's dependency
  // order), each with the ValueSpec that initializes it. Several Vars may
  // share one spec (a, b := f()); the compiler initializes per spec.
  std::vector<const ValueSpec*> var_init_order;
  std::vector<Func*> funcs;   // declared functions with bodies, in source order
  std::unordered_map<const Node*, FuncInfo> func_info;  // FuncDecl/FuncLit
  // The script body's info (its statements behave like a function body whose
  // locals are not visible to other functions).
  FuncInfo script_info;
};

}  // namespace csp
