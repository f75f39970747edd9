// Internal state of the type checker, shared by lang/check_*.cpp (split by
// concern like go/types: decl, expr, call/builtins, conversions and
// assignability, statements).
//
// Invariants:
//  - An Operand in mode Invalid has already been reported; nothing is
//    reported about it again.
//  - An expression whose Expr::type is untyped has not reached its final
//    type yet; update_expr_type() gives it (and its untyped operands) one.
//  - fstack_ holds the functions being checked, innermost last; the script
//    body counts as a function whose node is its File.
#pragma once

#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/check.hpp"
#include "lang/constant.hpp"

namespace csp {

enum class Mode : uint8_t {
  Invalid,   // an error was reported
  NoValue,   // a call without results
  Builtin,   // a builtin function name
  TypeExpr,  // denotes a type
  Constant,  // a constant; val is set
  Variable,  // an addressable variable
  Value,     // any other value
  CommaOk,   // a receive or type assertion that may be used as v, ok
  MapIndex,  // m[k]: a value that may be assigned to and used as v, ok
};

struct Operand {
  Mode mode = Mode::Invalid;
  Expr* expr = nullptr;
  const Type* type = nullptr;
  const Constant* val = nullptr;
  BuiltinId builtin = BuiltinId::Len;
  bool invalid() const { return mode == Mode::Invalid; }
};

// Why an untyped value cannot become a given type.
enum class ConvCode : uint8_t { Ok, Truncated, Overflow, Invalid };

// Statement context flags.
enum StmtCtx : unsigned {
  kBreakOk = 1,
  kContinueOk = 2,
  kFallthroughOk = 4,
  kFinalSwitchCase = 8,
  kInTypeSwitch = 16,  // directly in a type switch clause (for the fallthrough error)
  kClauseFlags = kFallthroughOk | kFinalSwitchCase | kInTypeSwitch,  // not inherited by nested statements
};

class Checker {
 public:
  Checker(TypeContext& ctx, Package& pkg, Importer& imp, Diagnostics& diags)
      : ctx_(ctx), pkg_(pkg), imp_(imp), diags_(diags), cp_(ctx.constants) {}
  bool check_files(const std::vector<File*>& files);

  // ---- used by all parts ----
  void error(Pos pos, std::string msg, std::string hint = {});
  void not_supported(Pos pos, const std::string& what);
  // A position inside a message ("already declared at FILE:3:5"), as gc
  // prints it: the file (relative to the working directory), line, column.
  std::string where(Pos pos) const;
  const Type* invalid_type() const { return ctx_.basic(BasicKind::Invalid); }
  const BasicType* basic(BasicKind k) const { return ctx_.basic(k); }
  // The universe's byte and rune (uint8/int32 kinds, printed by alias name).
  const Type* byte_type() const { return ctx_.universe()->lookup_local("byte")->type; }
  const Type* rune_type() const { return ctx_.universe()->lookup_local("rune")->type; }
  static bool valid(const Type* t) {
    return t && !(t->kind == TypeKind::Basic &&
                  static_cast<const BasicType*>(t)->bkind == BasicKind::Invalid);
  }
  std::string operand_string(const Operand& x) const;
  std::string tstr(const Type* t) const { return type_string(t, &pkg_); }
  const Type* default_type(const Type* t) const;

  // ---- declarations (check_decl.cpp) ----
  struct DeclInfo {
    File* file = nullptr;
    Scope* file_scope = nullptr;
    GenDecl* gen = nullptr;
    ValueSpec* spec = nullptr;     // var/const: the spec declaring the object
    ValueSpec* vspec = nullptr;    // const: the spec whose values apply
    int index = 0;                 // position of the name in its spec
    int iota = 0;
    std::vector<Var*> spec_vars;   // var: all vars of the spec (a, b = f())
    FuncDecl* fdecl = nullptr;
    TypeSpec* tspec = nullptr;     // type declarations
    int color = 0;                 // 0 white, 1 grey, 2 black
    std::vector<Object*> deps;     // package-level vars and funcs referenced
  };
  void collect_file(File* f);
  void declare_pkg_obj(Scope* s, Object* obj, Ident* id);
  void obj_decl(Object* obj);
  void const_decl(Const* obj, DeclInfo& d);
  void cycle_error(const std::vector<Object*>& cycle, size_t start);
  static size_t first_in_src(const std::vector<Object*>& objs);
  void arity(ValueSpec* spec, const std::vector<Expr*>& values, bool const_decl, bool inherited);
  void var_decl_pkg(Var* obj, DeclInfo& d);
  void func_decl(Func* obj, DeclInfo& d);
  void type_decl(TypeName* obj, TypeSpec* ts);
  // Resolves a method's receiver and signature and adds it to its type.
  void method_decl(Func* obj, DeclInfo& d);
  const Type* interface_type(InterfaceType* e);
  void func_body(Func* obj, DeclInfo& d);
  void init_order();
  void report_init_cycles();
  void import_spec(File* f, Scope* file_scope, ImportSpec* s);
  // Local declarations (DeclStmt).
  void decl_stmt(GenDecl* g);
  void const_spec(ValueSpec* spec, ValueSpec* vspec, int iota, bool local);
  void var_spec_vars(std::vector<Var*>& vars, ValueSpec* spec);
  const Type* resolve_type(Expr* e);
  int64_t array_length(Expr* e);  // -1 after an error
  const SignatureType* func_type(FuncType* ft, const Node* owner, FuncInfo* info);
  // Declares a local object in the current scope ("x redeclared" on clash).
  void declare(Object* obj, Ident* id);
  Var* new_var(Ident* id, const Type* t);

  // ---- expressions (check_expr.cpp) ----
  void raw_expr(Operand& x, Expr* e, bool allow_type = false);
  void expr(Operand& x, Expr* e);            // single value
  void expr_or_type(Operand& x, Expr* e);
  void multi_expr(std::vector<Operand>& out, Expr* e, bool allow_comma_ok);
  void ident(Operand& x, Ident* id, bool want_type);
  void basic_lit(Operand& x, BasicLit* e);
  void func_lit(Operand& x, FuncLit* e);
  // Composite literals (check_lit.cpp); `hint` is the element type of the
  // enclosing literal when this one's type is elided.
  void composite_lit(Operand& x, CompositeLit* e, const Type* hint);
  // An element of a composite literal: checks e (with the elided-type hint)
  // and assigns it to t.
  void lit_element(Operand& x, Expr* e, const Type* t, const std::string& context);
  int64_t indexed_elts(CompositeLit* e, const Type* elem, int64_t length);
  bool struct_lit(CompositeLit* e, const Type* base, const StructTy* st);
  void map_lit(CompositeLit* e, const MapTy* mt);
  // Whether len/cap of an array expression is a constant (no calls or
  // receives inside).
  static bool has_call_or_recv(const Expr* e);
  void selector(Operand& x, SelectorExpr* e);
  void type_assert(Operand& x, TypeAssertExpr* e);
  std::string impossible_assert_cause(const Type* xt, const Type* T) const;
  // ---- lookup, fields, methods, & and * (check_lookup.cpp) ----
  struct Lookup {
    bool found = false;
    bool ambiguous = false;
    bool ptr_to_iface = false;  // x.f with x of type *I
    Object* obj = nullptr;      // field Var or method Func; nullptr for an interface method
    const Type* field_type = nullptr;
    const InterfaceTy* iface = nullptr;
    int iface_index = -1;
    std::vector<int> path;
    std::vector<bool> deref;
    bool recv_is_ptr = false;  // the value the method is found on is a pointer
    bool indirect = false;     // a pointer was followed through embedding
  };
  // Go's field/method lookup (go/types LookupFieldOrMethod) as seen from
  // package `from` (unexported names of other packages are not found;
  // nullptr: no access check); also used by the compiler to build method
  // sets with promoted methods.
  static Lookup lookup(const Type* T, const std::string& name, const Package* from = nullptr,
                       bool fold_case = false);
  static bool same_id(const std::string& have, const Package* pkg, const std::string& name,
                      const Package* from, bool fold_case);
  // alt: a member whose name differs from sel only in case (or that is not
  // accessible), as found by lookup(..., fold_case); alt_name empty if none.
  std::string lookup_error(const Type* T, const std::string& sel, const Object* alt,
                           const std::string& alt_name, bool struct_lit) const;
  static bool is_ptr_method(const Object* m);
  void note_method_use(Object* m);
  void field_selector(Operand& x, SelectorExpr* e);
  const Type* struct_type(StructType* e);
  void star_expr(Operand& x, StarExpr* e, bool allow_type);
  void address_of(Operand& x, UnaryExpr* e);
  void index_expr(Operand& x, IndexExpr* e);
  void slice_expr(Operand& x, SliceExpr* e);
  void unary(Operand& x, UnaryExpr* e);
  void binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Tok op, Pos op_pos);
  void shift(Operand& x, Operand& y, Expr* e, Tok op);
  void comparison(Operand& x, Operand& y, Tok op, Expr* e, bool switch_case);
  void match_types(Operand& x, Operand& y);
  bool check_overflow(Operand& x, Tok op);
  // Index of a string: integer, non-negative, < len when constant.
  bool index_value(Expr* e, int64_t max, int64_t* out);
  void record(Operand& x);
  void use(const std::vector<Expr*>& es);
  void single_value(Operand& x);
  void note_var_use(Var* v);

  // ---- untyped conversion, assignability (check_conv.cpp) ----
  ConvCode representable(const Constant* v, const BasicType* t, const Constant** rounded);
  ConvCode implicit_type(const Operand& x, const Type* target, const Type** out,
                         const Constant** val);
  void convert_untyped(Operand& x, const Type* target);
  void conv_error(const Operand& x, const Type* target, ConvCode c);
  void update_expr_type(Expr* e, const Type* t, bool final);
  void default_convert(Operand& x) { convert_untyped(x, default_type(x.type)); }
  bool assignable(Operand& x, const Type* t, std::string* cause);
  void assignment(Operand& x, const Type* t, const std::string& context);
  void conversion(Operand& x, const Type* t, CallExpr* call);
  bool convertible(const Operand& x, const Type* t);
  bool comparable(const Type* t) const;
  std::string incomparable_cause(const Type* t) const;
  bool implements(const Type* v, const InterfaceTy* t, std::string* missing) const;
  bool has_nil(const Type* t) const;
  std::string types_summary(const std::vector<const Type*>& ts, bool variadic) const;

  // ---- calls and builtins (check_call.cpp) ----
  enum class ExprKind { Conversion, Expression, Statement };
  ExprKind call(Operand& x, CallExpr* e);
  ExprKind builtin(Operand& x, CallExpr* e, BuiltinId id);
  void arguments(CallExpr* call, const SignatureType* sig, std::vector<Operand>& args);

  // ---- statements (check_stmt.cpp) ----
  struct FuncCtx {
    const void* node;  // FuncDecl, FuncLit or File (script body)
    FuncInfo* info;
    const SignatureType* sig;
    std::vector<Var*> locals;  // for "declared and not used"
    std::unordered_map<std::string, Label*> labels;
    bool is_script = false;
    bool named_results = false;
  };
  struct Enclosing {  // an enclosing breakable statement, for labels
    Stmt* stmt;
    Label* label;  // its label, if any
    bool is_loop;
  };
  void func_body_stmts(FuncCtx& fc, BlockStmt* body, Pos end);
  void script_body(File* f);
  void stmt_list(const std::vector<Stmt*>& list, unsigned ctx);
  void stmt(Stmt* s, unsigned ctx);
  void open_scope();
  void close_scope();
  void assign_stmt(AssignStmt* s);
  void short_var_decl(AssignStmt* s);
  void init_vars(std::vector<Var*>& lhs, std::vector<Expr*>& rhs, Stmt* ret,
                 const std::string& context);
  void init_var(Var* v, Operand& x, const std::string& context);
  void assign_vars(std::vector<Expr*>& lhs, std::vector<Expr*>& rhs);
  void mark_lhs_used(const std::vector<Expr*>& lhs);
  const Type* lhs_var(Expr* lhs);
  void assign_var(Expr* lhs, Operand& x, const std::string& context);
  void assign_error(std::vector<Expr*>& rhs, size_t l, size_t r);
  void return_stmt(ReturnStmt* s);
  void if_stmt(IfStmt* s, unsigned ctx);
  void switch_stmt(SwitchStmt* s, unsigned ctx, Label* label);
  void type_switch_stmt(TypeSwitchStmt* s, unsigned ctx, Label* label);
  void select_stmt(SelectStmt* s, unsigned ctx, Label* label);  // check_select.cpp
  void for_stmt(ForStmt* s, unsigned ctx, Label* label);
  void range_stmt(RangeStmt* s, unsigned ctx, Label* label);
  void branch_stmt(BranchStmt* s, unsigned ctx);
  void labeled_stmt(LabeledStmt* s, unsigned ctx);
  void expr_stmt(ExprStmt* s);
  void send_stmt(SendStmt* s);
  void incdec_stmt(IncDecStmt* s);
  void suspended_call(const char* keyword, CallExpr* call, Pos pos);  // go, defer
  void goto_labels(FuncCtx& fc, const std::vector<Stmt*>& body);
  bool is_terminating(Stmt* s, const std::string& label);
  bool is_terminating_list(const std::vector<Stmt*>& list, const std::string& label);
  bool has_break(Stmt* s, const std::string& label, bool implicit);
  bool has_break_list(const std::vector<Stmt*>& list, const std::string& label, bool implicit);
  void report_unused(FuncCtx& fc);

  // ---- state ----
  TypeContext& ctx_;
  Package& pkg_;
  Importer& imp_;
  Diagnostics& diags_;
  ConstantPool& cp_;
  Scope* scope_ = nullptr;
  std::vector<FuncCtx*> fstack_;
  std::vector<Enclosing> enclosing_;
  const Constant* iota_ = nullptr;
  DeclInfo* cur_decl_ = nullptr;
  std::unordered_map<const Object*, DeclInfo*> decl_info_;
  std::vector<std::unique_ptr<DeclInfo>> decls_;
  std::vector<Object*> pkg_objs_;           // in source order
  std::vector<Object*> obj_path_;           // package-level objects being declared (types2's objPath)
  std::vector<std::pair<Func*, DeclInfo*>> funcs_to_check_;
  std::vector<Func*> methods_;              // collected method declarations
  std::vector<std::pair<File*, Scope*>> file_scopes_;
  std::vector<PkgName*> imports_;
  std::unordered_set<const Expr*> shift_lhs_;  // untyped lhs of non-constant shifts
  std::vector<std::pair<std::string, bool>> import_paths_;  // per imports_: path, renamed
  ExprKind last_call_kind_ = ExprKind::Expression;
  bool has_main_ = false;
};

// Edit distance, for "did you mean" hints.
size_t edit_distance(const std::string& a, const std::string& b);

}  // namespace csp
