// The abstract syntax tree, modelled on go/ast.
//
// The parser produces the whole of Go's grammar (minus type parameters); the
// checker decides what is supported. Node names follow go/ast and the Go
// spec's productions. Every node carries the position of its first token
// (go/ast's Pos()); a few carry more positions where diagnostics need them.
//
// Ownership: every node is allocated from an AstArena and lives as long as
// it. Child pointers are plain non-owning pointers; a nullptr child means
// "absent" exactly where go/ast uses nil.
//
// The checker annotates the tree in place: Expr::type / Expr::cval and
// Ident::obj, so the compiler needs no side tables.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/token.hpp"

namespace csp {

class Type;      // lang/types.hpp
class Constant;  // lang/constant.hpp
class Object;    // lang/types.hpp

// Node kinds, declared once: X(Name, Base).
#define CSP_AST_NODES(X)                                                       \
  /* expressions */                                                            \
  X(BadExpr, Expr)                                                             \
  X(Ident, Expr)                                                               \
  X(BasicLit, Expr)                                                            \
  X(CompositeLit, Expr)                                                        \
  X(FuncLit, Expr)                                                             \
  X(ParenExpr, Expr)                                                           \
  X(SelectorExpr, Expr)                                                        \
  X(IndexExpr, Expr)                                                           \
  X(SliceExpr, Expr)                                                           \
  X(TypeAssertExpr, Expr)                                                      \
  X(CallExpr, Expr)                                                            \
  X(StarExpr, Expr)                                                            \
  X(UnaryExpr, Expr)                                                           \
  X(BinaryExpr, Expr)                                                          \
  X(KeyValueExpr, Expr)                                                        \
  /* type expressions (also Expr: Go's grammar mixes them) */                  \
  X(Ellipsis, Expr)                                                            \
  X(ArrayType, Expr)                                                           \
  X(StructType, Expr)                                                          \
  X(FuncType, Expr)                                                            \
  X(InterfaceType, Expr)                                                       \
  X(MapType, Expr)                                                             \
  X(ChanType, Expr)                                                            \
  /* statements */                                                             \
  X(BadStmt, Stmt)                                                             \
  X(DeclStmt, Stmt)                                                            \
  X(EmptyStmt, Stmt)                                                           \
  X(LabeledStmt, Stmt)                                                         \
  X(ExprStmt, Stmt)                                                            \
  X(SendStmt, Stmt)                                                            \
  X(IncDecStmt, Stmt)                                                          \
  X(AssignStmt, Stmt)                                                          \
  X(GoStmt, Stmt)                                                              \
  X(DeferStmt, Stmt)                                                           \
  X(ReturnStmt, Stmt)                                                          \
  X(BranchStmt, Stmt)                                                          \
  X(BlockStmt, Stmt)                                                           \
  X(IfStmt, Stmt)                                                              \
  X(CaseClause, Stmt)                                                          \
  X(SwitchStmt, Stmt)                                                          \
  X(TypeSwitchStmt, Stmt)                                                      \
  X(CommClause, Stmt)                                                          \
  X(SelectStmt, Stmt)                                                          \
  X(ForStmt, Stmt)                                                             \
  X(RangeStmt, Stmt)                                                           \
  /* declarations and specs */                                                 \
  X(ImportSpec, Spec)                                                          \
  X(ValueSpec, Spec)                                                           \
  X(TypeSpec, Spec)                                                            \
  X(BadDecl, Decl)                                                             \
  X(GenDecl, Decl)                                                             \
  X(FuncDecl, Decl)                                                            \
  /* other */                                                                  \
  X(Field, Node)                                                               \
  X(FieldList, Node)

enum class NodeKind : uint8_t {
#define CSP_X(name, base) name,
  CSP_AST_NODES(CSP_X)
#undef CSP_X
};

std::string_view node_kind_name(NodeKind k);

struct Expr;
// Go-like source form of an expression (as go/types' ExprString), for
// diagnostics: "x.f(a, b)", "[]int{…}", "func(int) string".
std::string expr_string(const Expr* e);

struct Node {
  NodeKind kind;
  Pos pos;
  Node(NodeKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
};

struct Expr : Node {
  using Node::Node;
  // Filled by the checker: the expression's type (nullptr for a type
  // expression or a package name) and, for constant expressions, its value.
  const Type* type = nullptr;
  const Constant* cval = nullptr;
  // True when the checker found this expression to denote a type.
  bool is_type = false;
};
struct Stmt : Node {
  using Node::Node;
};
struct Spec : Node {
  using Node::Node;
};
struct Decl : Node {
  using Node::Node;
};

struct Field;
struct FieldList;
struct BlockStmt;
struct FuncType;

// ---- expressions ----------------------------------------------------------

struct BadExpr : Expr {
  explicit BadExpr(Pos p) : Expr(NodeKind::BadExpr, p) {}
};

struct Ident : Expr {
  std::string name;
  Object* obj = nullptr;  // filled by the checker: what the name denotes
  Ident(Pos p, std::string n) : Expr(NodeKind::Ident, p), name(std::move(n)) {}
};

// A literal: Tok::Int, Float, Imag, Char or String. `value` is the literal's
// source text exactly as written (quotes and escapes included); the checker
// interprets it.
struct BasicLit : Expr {
  Tok tok;
  std::string value;
  BasicLit(Pos p, Tok t, std::string v)
      : Expr(NodeKind::BasicLit, p), tok(t), value(std::move(v)) {}
};

// T{elts}; `type_expr` is nullptr for an elided type inside another literal.
struct CompositeLit : Expr {
  Expr* type_expr = nullptr;
  std::vector<Expr*> elts;
  Pos lbrace, rbrace;
  // Filled by the checker (see lang/check.hpp): the literal's own type T
  // (also when elided), whether an elided element of a []*T literal means
  // &T{...} (then Expr::type is *T), and per element its array/slice index
  // or struct field index (-1 for map elements). `length` is the number of
  // elements a slice literal makes (max index + 1).
  const Type* lit_type = nullptr;
  bool implicit_addr = false;
  std::vector<int64_t> indices;
  int64_t length = 0;
  explicit CompositeLit(Pos p) : Expr(NodeKind::CompositeLit, p) {}
};

struct FuncLit : Expr {
  FuncType* ftype = nullptr;
  BlockStmt* body = nullptr;
  explicit FuncLit(Pos p) : Expr(NodeKind::FuncLit, p) {}
};

struct ParenExpr : Expr {
  Expr* x = nullptr;
  explicit ParenExpr(Pos p) : Expr(NodeKind::ParenExpr, p) {}
};

struct Selection;  // lang/types.hpp
struct SelectorExpr : Expr {
  Expr* x = nullptr;
  Ident* sel = nullptr;
  // Filled by the checker: what the selector denotes (field path, method
  // value/expression, package member); see lang/check.hpp.
  const Selection* selection = nullptr;
  explicit SelectorExpr(Pos p) : Expr(NodeKind::SelectorExpr, p) {}
};

// x[index]. A generic instantiation x[A, B] is parsed as IndexExpr with
// several indices so the checker can reject it with a clear message.
struct IndexExpr : Expr {
  Expr* x = nullptr;
  std::vector<Expr*> indices;
  Pos lbrack;
  bool comma_ok = false;  // checker: map index used as v, ok := m[k]
  explicit IndexExpr(Pos p) : Expr(NodeKind::IndexExpr, p) {}
};

// x[low:high] or x[low:high:max]; absent bounds are nullptr.
struct SliceExpr : Expr {
  Expr* x = nullptr;
  Expr* low = nullptr;
  Expr* high = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
  Pos lbrack;
  explicit SliceExpr(Pos p) : Expr(NodeKind::SliceExpr, p) {}
};

// x.(T); `type_expr` is nullptr for x.(type) in a type switch.
struct TypeAssertExpr : Expr {
  Expr* x = nullptr;
  Expr* type_expr = nullptr;
  bool comma_ok = false;  // checker: used as v, ok := x.(T)
  explicit TypeAssertExpr(Pos p) : Expr(NodeKind::TypeAssertExpr, p) {}
};

struct CallExpr : Expr {
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  Pos lparen, rparen;
  Pos ellipsis;  // valid when the call is f(x...)
  explicit CallExpr(Pos p) : Expr(NodeKind::CallExpr, p) {}
  bool has_ellipsis() const { return ellipsis.valid(); }
};

// *x: a dereference or a pointer type.
struct StarExpr : Expr {
  Expr* x = nullptr;
  explicit StarExpr(Pos p) : Expr(NodeKind::StarExpr, p) {}
};

// op x, with op one of + - ! ^ * & <- (receive).
struct UnaryExpr : Expr {
  Tok op;
  Expr* x = nullptr;
  UnaryExpr(Pos p, Tok o) : Expr(NodeKind::UnaryExpr, p), op(o) {}
};

struct BinaryExpr : Expr {
  Tok op;
  Pos op_pos;
  Expr* x = nullptr;
  Expr* y = nullptr;
  BinaryExpr(Pos p, Tok o) : Expr(NodeKind::BinaryExpr, p), op(o) {}
};

struct KeyValueExpr : Expr {
  Expr* key = nullptr;
  Expr* value = nullptr;
  Pos colon;
  explicit KeyValueExpr(Pos p) : Expr(NodeKind::KeyValueExpr, p) {}
};

// ...T in a parameter list, or [...]T's length.
struct Ellipsis : Expr {
  Expr* elt = nullptr;  // nullptr in [...]T
  explicit Ellipsis(Pos p) : Expr(NodeKind::Ellipsis, p) {}
};

// [len]elt, or []elt when len is nullptr (a slice type).
struct ArrayType : Expr {
  Expr* len = nullptr;
  Expr* elt = nullptr;
  explicit ArrayType(Pos p) : Expr(NodeKind::ArrayType, p) {}
};

struct StructType : Expr {
  FieldList* fields = nullptr;
  explicit StructType(Pos p) : Expr(NodeKind::StructType, p) {}
};

struct FuncType : Expr {
  FieldList* params = nullptr;   // never nullptr
  FieldList* results = nullptr;  // nullptr when there are none
  explicit FuncType(Pos p) : Expr(NodeKind::FuncType, p) {}
};

// interface{ methods and embedded types }; each method is a Field with one
// name and a FuncType; each embedded element is a Field without names.
struct InterfaceType : Expr {
  FieldList* methods = nullptr;
  explicit InterfaceType(Pos p) : Expr(NodeKind::InterfaceType, p) {}
};

struct MapType : Expr {
  Expr* key = nullptr;
  Expr* value = nullptr;
  explicit MapType(Pos p) : Expr(NodeKind::MapType, p) {}
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr {
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
  explicit ChanType(Pos p) : Expr(NodeKind::ChanType, p) {}
};

// ---- fields ---------------------------------------------------------------

// A parameter, result, struct field or interface method: `a, b T`, `T`,
// `T "tag"`. `names` is empty for an anonymous parameter or embedded field.
struct Field : Node {
  std::vector<Ident*> names;
  Expr* type_expr = nullptr;
  BasicLit* tag = nullptr;
  explicit Field(Pos p) : Node(NodeKind::Field, p) {}
};

struct FieldList : Node {
  std::vector<Field*> list;
  Pos closing;
  explicit FieldList(Pos p) : Node(NodeKind::FieldList, p) {}
  // Number of entries once names are expanded: (a, b int, c string) is 3.
  size_t num_fields() const;
};

// ---- statements -----------------------------------------------------------

struct BadStmt : Stmt {
  explicit BadStmt(Pos p) : Stmt(NodeKind::BadStmt, p) {}
};

struct GenDecl;
struct DeclStmt : Stmt {
  GenDecl* decl = nullptr;
  explicit DeclStmt(Pos p) : Stmt(NodeKind::DeclStmt, p) {}
};

// An empty statement; `implicit` when the semicolon was inserted.
struct EmptyStmt : Stmt {
  bool implicit = false;
  explicit EmptyStmt(Pos p) : Stmt(NodeKind::EmptyStmt, p) {}
};

struct LabeledStmt : Stmt {
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
  explicit LabeledStmt(Pos p) : Stmt(NodeKind::LabeledStmt, p) {}
};

struct ExprStmt : Stmt {
  Expr* x = nullptr;
  explicit ExprStmt(Pos p) : Stmt(NodeKind::ExprStmt, p) {}
};

struct SendStmt : Stmt {
  Expr* chan = nullptr;
  Expr* value = nullptr;
  Pos arrow;
  explicit SendStmt(Pos p) : Stmt(NodeKind::SendStmt, p) {}
};

struct IncDecStmt : Stmt {
  Expr* x = nullptr;
  Tok tok;  // Inc or Dec
  IncDecStmt(Pos p, Tok t) : Stmt(NodeKind::IncDecStmt, p), tok(t) {}
};

// lhs tok rhs, tok one of = := += -= ...
struct AssignStmt : Stmt {
  std::vector<Expr*> lhs;
  Tok tok;
  Pos tok_pos;
  std::vector<Expr*> rhs;
  AssignStmt(Pos p, Tok t) : Stmt(NodeKind::AssignStmt, p), tok(t) {}
};

struct GoStmt : Stmt {
  CallExpr* call = nullptr;
  explicit GoStmt(Pos p) : Stmt(NodeKind::GoStmt, p) {}
};

struct DeferStmt : Stmt {
  CallExpr* call = nullptr;
  explicit DeferStmt(Pos p) : Stmt(NodeKind::DeferStmt, p) {}
};

struct ReturnStmt : Stmt {
  std::vector<Expr*> results;
  explicit ReturnStmt(Pos p) : Stmt(NodeKind::ReturnStmt, p) {}
};

// break, continue, goto, fallthrough; `label` may be nullptr.
struct BranchStmt : Stmt {
  Tok tok;
  Ident* label = nullptr;
  BranchStmt(Pos p, Tok t) : Stmt(NodeKind::BranchStmt, p), tok(t) {}
};

struct BlockStmt : Stmt {
  std::vector<Stmt*> list;
  Pos rbrace;
  explicit BlockStmt(Pos p) : Stmt(NodeKind::BlockStmt, p) {}
};

struct IfStmt : Stmt {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* else_ = nullptr;  // nullptr, an IfStmt or a BlockStmt
  explicit IfStmt(Pos p) : Stmt(NodeKind::IfStmt, p) {}
};

// case list: body (list empty for default), in a switch or type switch.
struct CaseClause : Stmt {
  std::vector<Expr*> list;
  bool is_default = false;
  Pos colon;
  std::vector<Stmt*> body;
  // Checker, type switches with `x := y.(type)`: the clause's own variable
  // x (a Var whose type is the case type, or y's type).
  Object* implicit_obj = nullptr;
  explicit CaseClause(Pos p) : Stmt(NodeKind::CaseClause, p) {}
};

struct SwitchStmt : Stmt {
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // nullptr for `switch {`
  BlockStmt* body = nullptr;  // of CaseClause
  explicit SwitchStmt(Pos p) : Stmt(NodeKind::SwitchStmt, p) {}
};

// switch init; x := y.(type) { ... }: `assign` is an AssignStmt (x := y.(type))
// or an ExprStmt (y.(type)).
struct TypeSwitchStmt : Stmt {
  Stmt* init = nullptr;
  Stmt* assign = nullptr;
  BlockStmt* body = nullptr;  // of CaseClause
  explicit TypeSwitchStmt(Pos p) : Stmt(NodeKind::TypeSwitchStmt, p) {}
};

// case comm: body in a select. comm is a SendStmt, an ExprStmt (<-ch), an
// AssignStmt (v, ok := <-ch), or nullptr for default.
struct CommClause : Stmt {
  Stmt* comm = nullptr;
  Pos colon;
  std::vector<Stmt*> body;
  explicit CommClause(Pos p) : Stmt(NodeKind::CommClause, p) {}
};

struct SelectStmt : Stmt {
  BlockStmt* body = nullptr;  // of CommClause
  explicit SelectStmt(Pos p) : Stmt(NodeKind::SelectStmt, p) {}
};

struct ForStmt : Stmt {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  explicit ForStmt(Pos p) : Stmt(NodeKind::ForStmt, p) {}
};

// for key, value tok range x { body }; key and value may be nullptr; tok is
// Define, Assign, or Illegal when there are no variables (`for range x`).
struct RangeStmt : Stmt {
  Expr* key = nullptr;
  Expr* value = nullptr;
  Tok tok = Tok::Illegal;
  Pos tok_pos;
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  // Checker: the types of the iteration values (nullptr when the range
  // produces none, e.g. the value of a channel range).
  const Type* key_type = nullptr;
  const Type* value_type = nullptr;
  explicit RangeStmt(Pos p) : Stmt(NodeKind::RangeStmt, p) {}
};

// ---- declarations ---------------------------------------------------------

struct ImportSpec : Spec {
  Ident* name = nullptr;  // local name, `.`, `_`, or nullptr
  BasicLit* path = nullptr;
  explicit ImportSpec(Pos p) : Spec(NodeKind::ImportSpec, p) {}
};

// names [type] [= values], in a const or var declaration. In a const group
// a spec without type and values repeats the previous one (the checker
// handles that; the parser leaves them empty). `iota` is the spec's index
// within its group.
struct ValueSpec : Spec {
  std::vector<Ident*> names;
  Expr* type_expr = nullptr;
  std::vector<Expr*> values;
  int iota = 0;
  explicit ValueSpec(Pos p) : Spec(NodeKind::ValueSpec, p) {}
};

// type Name Type, or type Name = Type (alias).
struct TypeSpec : Spec {
  Ident* name = nullptr;
  bool alias = false;
  Expr* type_expr = nullptr;
  bool has_type_params = false;  // type T[P any] ...: rejected by the checker
  explicit TypeSpec(Pos p) : Spec(NodeKind::TypeSpec, p) {}
};

struct BadDecl : Decl {
  explicit BadDecl(Pos p) : Decl(NodeKind::BadDecl, p) {}
};

// import/const/type/var, grouped or not.
struct GenDecl : Decl {
  Tok tok;
  std::vector<Spec*> specs;
  GenDecl(Pos p, Tok t) : Decl(NodeKind::GenDecl, p), tok(t) {}
};

struct FuncDecl : Decl {
  FieldList* recv = nullptr;  // nullptr for a plain function
  Ident* name = nullptr;
  FuncType* ftype = nullptr;
  BlockStmt* body = nullptr;  // nullptr for a declaration without body
  bool has_type_params = false;  // func F[T any]: rejected by the checker
  explicit FuncDecl(Pos p) : Decl(NodeKind::FuncDecl, p) {}
};

// ---- files ----------------------------------------------------------------

struct File;

// Owns every node of one or more files.
class AstArena {
 public:
  // Files are not nodes, but live exactly as long as their nodes do.
  File* make_file();

  template <class T, class... A>
  T* make(A&&... args) {
    auto n = std::make_unique<T>(std::forward<A>(args)...);
    T* raw = n.get();
    nodes_.push_back(std::move(n));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
  std::vector<std::unique_ptr<File>> files_;
};

// A parsed source file. A file without a package clause is a script: its
// top-level statements (in `stmts`, in source order) run after its
// declarations are set up. In a script, a top-level `func`, `var`, `const`,
// `type` or `import` is a declaration; everything else is a statement.
struct File {
  std::string filename;
  Ident* package_name = nullptr;  // nullptr for a script
  std::vector<GenDecl*> imports;  // also present in decls
  std::vector<Decl*> decls;
  std::vector<Stmt*> stmts;  // script statements only
  bool is_script() const { return package_name == nullptr; }
};

// Helper for switch-free downcasts: as<CallExpr>(e) is nullptr unless e is
// a CallExpr.
template <class T>
struct NodeKindOf;
#define CSP_X(name, base)                                                      \
  struct name;                                                                 \
  template <>                                                                  \
  struct NodeKindOf<name> {                                                    \
    static constexpr NodeKind value = NodeKind::name;                          \
  };
CSP_AST_NODES(CSP_X)
#undef CSP_X

template <class T>
T* as(Node* n) {
  return n && n->kind == NodeKindOf<T>::value ? static_cast<T*>(n) : nullptr;
}
template <class T>
const T* as(const Node* n) {
  return n && n->kind == NodeKindOf<T>::value ? static_cast<const T*>(n)
                                              : nullptr;
}

}  // namespace csp
