// Recursive-descent parser for Go's grammar; see parser.hpp for the contract.
//
// The structure follows gc's parser (cmd/compile/internal/syntax/parser.go)
// closely enough that its error messages and recovery carry over: `xnest_`
// implements the composite-literal restriction in if/for/switch headers
// (negative while parsing a header outside any brackets), `advance()` skips
// to a synchronization token after an error, and every loop either consumes
// a token or stops, which is what guarantees termination on garbage input.
#include "lang/parser.hpp"

#include <bitset>

#include "lang/lexer.hpp"

namespace csp {

namespace {

constexpr size_t kNumToks = 128;
using TokSet = std::bitset<kNumToks>;

TokSet toks(std::initializer_list<Tok> ts) {
  TokSet s;
  for (Tok t : ts) s.set(static_cast<size_t>(t));
  return s;
}

bool is_literal(Tok t) {
  return t == Tok::Int || t == Tok::Float || t == Tok::Imag || t == Tok::Char || t == Tok::String;
}

Expr* unparen(Expr* x) {
  while (auto* p = as<ParenExpr>(x)) x = p->x;
  return x;
}

bool is_type_guard(Expr* x) {
  auto* t = as<TypeAssertExpr>(x);
  return t && t->type_expr == nullptr;
}

class Parser {
 public:
  Parser(AstArena& arena, std::string_view src, Diagnostics& diags)
      : a_(arena), diags_(diags), lx_(src, diags) {
    next();
  }

  File* parse(std::string filename);

 private:
  // ---- tokens and errors ----
  void next() {
    ++ntok_;
    if (fatal_) {
      tok_ = Tok::Eof;
      lit_ = {};
      return;
    }
    Token t = lx_.next();
    tok_ = t.tok;
    pos_ = t.pos;
    lit_ = t.lit;
  }
  bool got(Tok t) {
    if (tok_ != t) return false;
    next();
    return true;
  }
  void want(Tok t) {
    if (!got(t)) {
      syntax_error(std::string("expecting ") + tokstring(t));
      advance({});
    }
  }
  static std::string tokstring(Tok t) {
    if (t == Tok::Comma) return "comma";
    if (t == Tok::Semicolon) return "semicolon or newline";
    if (t == Tok::Ident) return "name";
    return std::string(tok_string(t));
  }
  std::string tok_desc() const {
    auto clip = [](std::string_view s) {
      return s.size() > 64 ? std::string(s.substr(0, 60)) + "..." : std::string(s);
    };
    if (tok_ == Tok::Ident) return clip(lit_);
    if (tok_ == Tok::Semicolon) return std::string(lit_);
    if (is_literal(tok_)) return "literal " + clip(lit_);
    if (tok_ == Tok::Eof) return "EOF";
    return tokstring(tok_);
  }
  void error_at(Pos p, std::string msg) {
    ++nerrors_;
    diags_.error(p, std::move(msg));
  }
  void error(std::string msg) { error_at(pos_, std::move(msg)); }
  // gc's syntaxErrorAt: messages starting with "in ", "at ", "after " or
  // "expecting " are prefixed with the unexpected token.
  void syntax_error_at(Pos p, const std::string& msg) {
    if (tok_ == Tok::Eof && nerrors_ > 0) return;  // avoid follow-up noise
    auto starts = [&](std::string_view pre) { return msg.rfind(pre, 0) == 0; };
    if (starts("in ") || starts("at ") || starts("after ")) {
      error_at(p, "syntax error: unexpected " + tok_desc() + " " + msg);
    } else if (starts("expecting ")) {
      error_at(p, "syntax error: unexpected " + tok_desc() + ", " + msg);
    } else {
      error_at(p, "syntax error: " + msg);
    }
  }
  void syntax_error(const std::string& msg) { syntax_error_at(pos_, msg); }

  // Skips tokens until one in `follow` (or a statement keyword, inside a
  // function) or EOF. With an empty follow set it skips exactly one token.
  void advance(TokSet follow) {
    TokSet set = follow;
    set.set(static_cast<size_t>(Tok::Eof));
    bool any = follow.any();
    if (any && fnest_ > 0) set |= stopset();
    while (!set.test(static_cast<size_t>(tok_))) {
      next();
      if (!any) break;
    }
  }
  static TokSet stopset() {
    return toks({Tok::Break, Tok::Const, Tok::Continue, Tok::Defer, Tok::Fallthrough, Tok::For,
                 Tok::Go, Tok::Goto, Tok::If, Tok::Return, Tok::Select, Tok::Switch, Tok::Type,
                 Tok::Var});
  }

  // Nesting guard: exceeding the limit reports once and turns the rest of
  // the input into EOF, so every recursion unwinds at once.
  struct Depth {
    Parser& p;
    bool ok;
    explicit Depth(Parser& pp) : p(pp), ok(++pp.depth_ <= kMaxNestingDepth) {
      if (!ok && !p.fatal_) {
        p.error("exceeded max nesting depth (" + std::to_string(kMaxNestingDepth) + ")");
        p.fatal_ = true;
        p.tok_ = Tok::Eof;
        p.lit_ = {};
      }
    }
    ~Depth() { --p.depth_; }
  };

  // Left-deep chains (a.b.c..., x[0][0]..., a+b+c...) are built by loops,
  // not recursion, but later stages recurse on the tree they produce, so
  // each link counts towards the nesting limit too. Returns false (after
  // reporting) when the limit is exceeded.
  bool deepen(int& links) {
    ++links;
    ++depth_;
    if (depth_ <= kMaxNestingDepth) return true;
    if (!fatal_) {
      error("exceeded max nesting depth (" + std::to_string(kMaxNestingDepth) + ")");
      fatal_ = true;
      tok_ = Tok::Eof;
      lit_ = {};
    }
    return false;
  }

  template <class T, class... A>
  T* make(A&&... args) {
    return a_.make<T>(std::forward<A>(args)...);
  }
  BadExpr* bad_expr() { return make<BadExpr>(pos_); }

  // list = [ f { sep f } [sep] ] close. Returns the closing position.
  template <class F>
  Pos list(const char* context, Tok sep, Tok close, F f) {
    bool done = false;
    while (tok_ != Tok::Eof && tok_ != close && !done) {
      long before = ntok_;
      done = f();
      if (!got(sep) && tok_ != close) {
        syntax_error(std::string("in ") + context + "; possibly missing " + tokstring(sep) +
                     " or " + tokstring(close));
        advance(toks({Tok::RParen, Tok::RBrack, Tok::RBrace}));
        if (tok_ != close) return pos_;
      } else if (ntok_ == before) {
        next();  // f consumed nothing: never spin
      }
    }
    Pos p = pos_;
    want(close);
    return p;
  }

  // ---- declarations ----
  Ident* name();
  std::vector<Ident*> name_list(Ident* first);
  GenDecl* gen_decl(Tok keyword);
  Spec* import_spec();
  Spec* value_spec(Tok keyword, int index);
  Spec* type_spec();
  void skip_type_params();
  FuncDecl* func_decl();
  FuncDecl* finish_func_decl(FuncDecl* d);
  Stmt* script_func(File* f);
  BlockStmt* func_body();

  // ---- types ----
  Expr* type_or_null();
  Expr* type();
  Expr* chan_elem();
  Expr* qualified_name(Ident* first);
  Expr* type_args(Expr* x);
  Expr* array_type(Pos pos, Expr* len);
  StructType* struct_type();
  InterfaceType* interface_type();
  FuncType* signature(Pos pos);
  FieldList* param_list();
  FieldList* func_result();

  // ---- expressions ----
  Expr* expr() { return binary_expr(nullptr, 1); }
  std::vector<Expr*> expr_list();
  Expr* binary_expr(Expr* x, int prec);
  Expr* unary_expr();
  Expr* operand();
  Expr* primary_expr(Expr* x);
  CompositeLit* complit(Expr* type);
  Expr* bare_complit();

  // ---- statements ----
  Stmt* stmt_or_null();
  std::vector<Stmt*> stmt_list();
  BlockStmt* block_stmt(const char* context);
  Stmt* simple_stmt(std::vector<Expr*> lhs, Tok keyword);
  Stmt* labeled_stmt(Ident* label);
  Stmt* call_stmt();
  Stmt* if_stmt();
  Stmt* for_stmt();
  Stmt* switch_stmt();
  Stmt* select_stmt();
  struct Header {
    Stmt* init = nullptr;
    Stmt* cond = nullptr;
    Stmt* post = nullptr;
    Expr* cond_expr = nullptr;
  };
  Header header(Tok keyword);

  AstArena& a_;
  Diagnostics& diags_;
  Lexer lx_;
  Tok tok_ = Tok::Eof;
  Pos pos_;
  std::string_view lit_;
  long ntok_ = 0;     // tokens consumed, to prove progress in loops
  int nerrors_ = 0;
  int xnest_ = 0;     // expression nesting; < 0 inside a control clause header
  int fnest_ = 0;     // function nesting
  int depth_ = 0;     // recursion depth, for kMaxNestingDepth
  bool fatal_ = false;
  bool type_guard_ok_ = false;  // x.(type) allowed (switch header)
};

// ---------------------------------------------------------------------------
// Files and declarations

File* Parser::parse(std::string filename) {
  File* f = a_.make_file();
  f->filename = std::move(filename);
  bool script = tok_ != Tok::Package;
  if (!script) {
    next();
    f->package_name = name();
    if (tok_ != Tok::Eof && !got(Tok::Semicolon)) {
      syntax_error("after package clause");
      advance(toks({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func}));
    }
  }
  const TokSet decl_sync = toks({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func});
  bool seen_other = false;  // a non-import declaration or statement was seen
  while (tok_ != Tok::Eof) {
    long before = ntok_;
    bool is_stmt = false;
    switch (tok_) {
      case Tok::Import: {
        if (seen_other) syntax_error("imports must appear before other declarations");
        GenDecl* d = gen_decl(Tok::Import);
        f->decls.push_back(d);
        f->imports.push_back(d);
        break;
      }
      case Tok::Const:
      case Tok::Type:
      case Tok::Var:
        seen_other = true;
        f->decls.push_back(gen_decl(tok_));
        break;
      case Tok::Func:
        seen_other = true;
        if (script) {
          if (Stmt* s = script_func(f)) {
            is_stmt = true;
            f->stmts.push_back(s);
          }
        } else if (FuncDecl* d = func_decl()) {
          f->decls.push_back(d);
        }
        break;
      case Tok::Semicolon:
        if (script) {
          next();
          continue;
        }
        [[fallthrough]];
      default:
        if (!script) {
          if (tok_ == Tok::LBrace && !f->decls.empty() && as<FuncDecl>(f->decls.back()) &&
              !static_cast<FuncDecl*>(f->decls.back())->body)
            syntax_error("unexpected semicolon or newline before {");
          else
            syntax_error("non-declaration statement outside function body");
          advance(decl_sync);
          if (ntok_ == before) next();
          continue;
        }
        seen_other = true;
        is_stmt = true;
        if (Stmt* s = stmt_or_null()) {
          f->stmts.push_back(s);
        } else {
          syntax_error("expecting statement");  // e.g. a stray ) or else
          advance(decl_sync | stopset() | toks({Tok::Semicolon}));
          if (ntok_ == before) next();
          continue;
        }
        break;
    }
    if (tok_ != Tok::Eof && !got(Tok::Semicolon)) {
      if (is_stmt) {
        syntax_error("at end of statement");
        advance(decl_sync | stopset() | toks({Tok::Semicolon}));
        got(Tok::Semicolon);
      } else {
        syntax_error("after top level declaration");
        advance(decl_sync);
      }
    }
    if (ntok_ == before) next();
  }
  return f;
}

Ident* Parser::name() {
  if (tok_ == Tok::Ident) {
    auto* id = make<Ident>(pos_, std::string(lit_));
    next();
    return id;
  }
  auto* id = make<Ident>(pos_, "_");
  syntax_error("expecting name");
  advance({});
  return id;
}

std::vector<Ident*> Parser::name_list(Ident* first) {
  std::vector<Ident*> names{first};
  while (got(Tok::Comma)) names.push_back(name());
  return names;
}

// import/const/type/var, single or grouped: "(" { spec ";" } ")".
GenDecl* Parser::gen_decl(Tok keyword) {
  auto* d = make<GenDecl>(pos_, keyword);
  next();
  auto spec = [&](int index) -> Spec* {
    switch (keyword) {
      case Tok::Import:
        return import_spec();
      case Tok::Type:
        return type_spec();
      default:
        return value_spec(keyword, index);
    }
  };
  if (got(Tok::LParen)) {
    int index = 0;
    list("grouped declaration", Tok::Semicolon, Tok::RParen, [&] {
      if (Spec* s = spec(index++)) d->specs.push_back(s);
      return false;
    });
  } else {
    if (Spec* s = spec(0)) d->specs.push_back(s);
  }
  return d;
}

Spec* Parser::import_spec() {
  auto* s = make<ImportSpec>(pos_);
  if (tok_ == Tok::Ident) {
    s->name = name();
  } else if (tok_ == Tok::Period) {
    s->name = make<Ident>(pos_, ".");
    next();
  }
  if (!is_literal(tok_)) {
    syntax_error("missing import path");
    advance(toks({Tok::Semicolon, Tok::RParen}));
    return nullptr;
  }
  if (tok_ != Tok::String) {
    syntax_error("import path must be a string");
    next();
    return nullptr;
  }
  s->path = make<BasicLit>(pos_, Tok::String, std::string(lit_));
  next();
  return s;
}

Spec* Parser::value_spec(Tok keyword, int index) {
  auto* s = make<ValueSpec>(pos_);
  s->iota = index;
  s->names = name_list(name());
  auto got_assign = [&] {
    if (tok_ == Tok::Define) {
      syntax_error("expecting =");
      next();
      return true;
    }
    return got(Tok::Assign);
  };
  if (keyword == Tok::Const) {
    if (tok_ != Tok::Eof && tok_ != Tok::Semicolon && tok_ != Tok::RParen) {
      s->type_expr = type_or_null();
      if (got_assign()) s->values = expr_list();
    }
  } else {
    if (got_assign()) {
      s->values = expr_list();
    } else {
      s->type_expr = type();
      if (got_assign()) s->values = expr_list();
    }
  }
  return s;
}

// Skips a type parameter list "[ ... ]" (generics are parsed only far
// enough to be rejected by the checker).
void Parser::skip_type_params() {
  int depth = 0;
  do {
    if (tok_ == Tok::LBrack) ++depth;
    if (tok_ == Tok::RBrack) --depth;
    next();
  } while (depth > 0 && tok_ != Tok::Eof);
}

Spec* Parser::type_spec() {
  auto* s = make<TypeSpec>(pos_);
  s->name = name();
  if (tok_ == Tok::LBrack) {
    // `type T[P any] ...` (generic) or `type T [N]E` / `type T []E`.
    Pos lpos = pos_;
    next();
    if (tok_ == Tok::Ident) {
      Ident* x = name();
      bool tparams = tok_ == Tok::Ident || tok_ == Tok::Comma || tok_ == Tok::LBrack ||
                     tok_ == Tok::Interface || tok_ == Tok::Func || tok_ == Tok::Chan ||
                     tok_ == Tok::Map || tok_ == Tok::Struct || tok_ == Tok::Tilde;
      if (tparams) {
        s->has_type_params = true;
        int depth = 1;
        while (depth > 0 && tok_ != Tok::Eof) {
          if (tok_ == Tok::LBrack) ++depth;
          if (tok_ == Tok::RBrack) --depth;
          next();
        }
        got(Tok::Assign);
        s->type_expr = type();
        return s;
      }
      // An array length that starts with a name: continue the expression.
      ++xnest_;
      Expr* len = binary_expr(x, 1);
      --xnest_;
      want(Tok::RBrack);
      auto* at = make<ArrayType>(lpos);
      at->len = len;
      at->elt = type();
      s->type_expr = at;
      return s;
    }
    if (got(Tok::RBrack)) {
      auto* at = make<ArrayType>(lpos);
      at->elt = type();
      s->type_expr = at;
      return s;
    }
    s->type_expr = array_type(lpos, nullptr);
    return s;
  }
  if (got(Tok::Assign)) s->alias = true;
  s->type_expr = type_or_null();
  if (!s->type_expr) {
    s->type_expr = bad_expr();
    syntax_error("in type declaration");
    advance(toks({Tok::Semicolon, Tok::RParen}));
  }
  return s;
}

FuncDecl* Parser::func_decl() {
  auto* d = make<FuncDecl>(pos_);
  next();
  if (tok_ == Tok::LParen) {
    Pos rpos = pos_;
    d->recv = param_list();
    size_t n = d->recv->num_fields();
    if (n == 0)
      error_at(rpos, "method has no receiver");
    else if (n > 1)
      error_at(rpos, "method has multiple receivers");
  }
  return finish_func_decl(d);
}

// The rest of a function declaration, from its name on.
FuncDecl* Parser::finish_func_decl(FuncDecl* d) {
  if (tok_ != Tok::Ident) {
    syntax_error("expecting name or (");
    advance(toks({Tok::LBrace, Tok::Semicolon}));
    return nullptr;
  }
  d->name = name();
  if (tok_ == Tok::LBrack) {
    d->has_type_params = true;
    skip_type_params();
  }
  d->ftype = signature(d->pos);
  if (tok_ == Tok::LBrace) d->body = func_body();
  return d;
}

// In a script, `func` at the top level starts a declaration, except that
// `func(...) ... {...}(...)` is a function literal used as a statement. The
// two agree up to the first parenthesized list: a method has a name right
// after it and an opening parenthesis after that.
Stmt* Parser::script_func(File* f) {
  Pos pos = pos_;
  next();
  if (tok_ != Tok::LParen) {
    auto* d = make<FuncDecl>(pos);
    if (FuncDecl* fd = finish_func_decl(d)) f->decls.push_back(fd);
    return nullptr;
  }
  FieldList* first = param_list();
  auto* ft = make<FuncType>(pos);
  ft->params = first;
  if (tok_ == Tok::Ident) {
    Ident* id = name();
    if (tok_ == Tok::LParen || tok_ == Tok::LBrack) {
      auto* d = make<FuncDecl>(pos);
      d->recv = first;
      size_t n = first->num_fields();
      if (n == 0)
        error_at(first->pos, "method has no receiver");
      else if (n > 1)
        error_at(first->pos, "method has multiple receivers");
      d->name = id;
      if (tok_ == Tok::LBrack) {
        d->has_type_params = true;
        skip_type_params();
      }
      d->ftype = signature(pos);
      if (tok_ == Tok::LBrace) d->body = func_body();
      f->decls.push_back(d);
      return nullptr;
    }
    auto* fl = make<FieldList>(id->pos);
    auto* res = make<Field>(id->pos);
    res->type_expr = qualified_name(id);
    fl->list.push_back(res);
    ft->results = fl;
  } else {
    ft->results = func_result();
  }
  Expr* x = ft;
  if (tok_ == Tok::LBrace) {
    auto* lit = make<FuncLit>(pos);
    lit->ftype = ft;
    lit->body = func_body();
    x = lit;
  }
  return simple_stmt({binary_expr(x, 1)}, Tok::Illegal);
}

BlockStmt* Parser::func_body() {
  int outer_x = xnest_;
  xnest_ = 0;
  ++fnest_;
  BlockStmt* b = block_stmt("");
  --fnest_;
  xnest_ = outer_x;
  return b;
}

// ---------------------------------------------------------------------------
// Types

Expr* Parser::type() {
  Expr* t = type_or_null();
  if (!t) {
    t = bad_expr();
    syntax_error("expecting type");
    advance(toks({Tok::Comma, Tok::Colon, Tok::Semicolon, Tok::RParen, Tok::RBrack,
                  Tok::RBrace}));
  }
  return t;
}

Expr* Parser::chan_elem() {
  Expr* t = type_or_null();
  if (!t) {
    t = bad_expr();
    syntax_error("missing channel element type");
  }
  return t;
}

Expr* Parser::type_or_null() {
  Depth guard(*this);
  if (!guard.ok) return nullptr;
  Pos pos = pos_;
  switch (tok_) {
    case Tok::Mul: {
      next();
      auto* s = make<StarExpr>(pos);
      s->x = type();
      return s;
    }
    case Tok::Arrow: {
      next();
      want(Tok::Chan);
      auto* c = make<ChanType>(pos);
      c->dir = ChanDir::Recv;
      c->value = chan_elem();
      return c;
    }
    case Tok::Func:
      next();
      return signature(pos);
    case Tok::LBrack: {
      next();
      if (got(Tok::RBrack)) {
        auto* a = make<ArrayType>(pos);
        a->elt = type();
        return a;
      }
      return array_type(pos, nullptr);
    }
    case Tok::Chan: {
      next();
      auto* c = make<ChanType>(pos);
      if (got(Tok::Arrow)) c->dir = ChanDir::Send;
      c->value = chan_elem();
      return c;
    }
    case Tok::Map: {
      next();
      auto* m = make<MapType>(pos);
      want(Tok::LBrack);
      m->key = type();
      want(Tok::RBrack);
      m->value = type();
      return m;
    }
    case Tok::Struct:
      return struct_type();
    case Tok::Interface:
      return interface_type();
    case Tok::Ident:
      return qualified_name(nullptr);
    case Tok::LParen: {
      next();
      auto* p = make<ParenExpr>(pos);
      p->x = type();
      want(Tok::RParen);
      return p;
    }
    default:
      return nullptr;
  }
}

// "[" has been consumed; parses `len] elt` or `...] elt`.
Expr* Parser::array_type(Pos pos, Expr* len) {
  if (!len) {
    if (tok_ == Tok::Ellipsis) {
      len = make<Ellipsis>(pos_);
      next();
    } else {
      ++xnest_;
      len = expr();
      --xnest_;
    }
  }
  if (tok_ == Tok::Comma) {
    // x [P, Q] is a generic instantiation, not an array: skip it.
    syntax_error("unexpected comma; expecting ]");
    advance(toks({Tok::RBrack}));
  }
  want(Tok::RBrack);
  auto* a = make<ArrayType>(pos);
  a->len = len;
  a->elt = type();
  return a;
}

Expr* Parser::qualified_name(Ident* first) {
  Expr* x = first ? first : name();
  if (tok_ == Tok::Period) {
    Pos pos = x->pos;
    next();
    auto* s = make<SelectorExpr>(pos);
    s->x = x;
    s->sel = name();
    x = s;
  }
  if (tok_ == Tok::LBrack) x = type_args(x);
  return x;
}

// T[A, B] in a type context: a generic instantiation.
Expr* Parser::type_args(Expr* x) {
  auto* ix = make<IndexExpr>(x->pos);
  ix->x = x;
  ix->lbrack = pos_;
  next();
  ++xnest_;
  while (tok_ != Tok::RBrack && tok_ != Tok::Eof) {
    ix->indices.push_back(type());
    if (!got(Tok::Comma)) break;
  }
  --xnest_;
  if (ix->indices.empty()) error_at(ix->lbrack, "expecting type argument list");
  want(Tok::RBrack);
  return ix;
}

StructType* Parser::struct_type() {
  auto* st = make<StructType>(pos_);
  next();
  st->fields = make<FieldList>(pos_);
  want(Tok::LBrace);
  auto tag = [&]() -> BasicLit* {
    if (tok_ != Tok::String) return nullptr;
    auto* b = make<BasicLit>(pos_, Tok::String, std::string(lit_));
    next();
    return b;
  };
  st->fields->closing = list("struct type", Tok::Semicolon, Tok::RBrace, [&] {
    auto* f = make<Field>(pos_);
    if (tok_ == Tok::Ident) {
      Ident* n = name();
      if (tok_ == Tok::Period || tok_ == Tok::String || tok_ == Tok::Semicolon ||
          tok_ == Tok::RBrace) {
        f->type_expr = qualified_name(n);  // embedded
      } else {
        f->names = name_list(n);
        f->type_expr = type();
      }
      f->tag = tag();
    } else if (tok_ == Tok::Mul) {
      Pos sp = pos_;
      next();
      auto* s = make<StarExpr>(sp);
      if (tok_ == Tok::LParen) {
        syntax_error("cannot parenthesize embedded type");
        next();
        s->x = qualified_name(nullptr);
        got(Tok::RParen);
      } else {
        s->x = qualified_name(nullptr);
      }
      f->type_expr = s;
      f->tag = tag();
    } else if (tok_ == Tok::LParen) {
      syntax_error("cannot parenthesize embedded type");
      advance(toks({Tok::Semicolon, Tok::RBrace}));
      return false;
    } else {
      syntax_error("expecting field name or embedded type");
      advance(toks({Tok::Semicolon, Tok::RBrace}));
      return false;
    }
    st->fields->list.push_back(f);
    return false;
  });
  return st;
}

InterfaceType* Parser::interface_type() {
  auto* it = make<InterfaceType>(pos_);
  next();
  it->methods = make<FieldList>(pos_);
  want(Tok::LBrace);
  it->methods->closing = list("interface type", Tok::Semicolon, Tok::RBrace, [&] {
    auto* f = make<Field>(pos_);
    if (tok_ == Tok::Ident) {
      Ident* n = name();
      if (tok_ == Tok::LParen) {  // method
        f->names.push_back(n);
        f->type_expr = signature(n->pos);
        it->methods->list.push_back(f);
        return false;
      }
      // Embedded type, possibly a constraint union (A | ~B).
      Expr* x = qualified_name(n);
      while (tok_ == Tok::Or) {
        auto* b = make<BinaryExpr>(x->pos, Tok::Or);
        b->op_pos = pos_;
        next();
        b->x = x;
        b->y = unary_expr();
        x = b;
      }
      f->type_expr = x;
    } else if (tok_ == Tok::Tilde || tok_ == Tok::LParen || tok_ == Tok::Mul ||
               tok_ == Tok::LBrack || tok_ == Tok::Map || tok_ == Tok::Chan ||
               tok_ == Tok::Func || tok_ == Tok::Struct || tok_ == Tok::Interface) {
      f->type_expr = expr();  // constraint element; the checker rejects it
    } else {
      syntax_error("expecting method or embedded type");  // gc: "expecting ~ term or type"
      advance(toks({Tok::Semicolon, Tok::RBrace}));
      return false;
    }
    it->methods->list.push_back(f);
    return false;
  });
  return it;
}

FuncType* Parser::signature(Pos pos) {
  auto* ft = make<FuncType>(pos);
  if (tok_ != Tok::LParen) {
    syntax_error("expecting (");
    ft->params = make<FieldList>(pos_);
    advance(toks({Tok::LBrace, Tok::Semicolon}));
    return ft;
  }
  ft->params = param_list();
  ft->results = func_result();
  return ft;
}

FieldList* Parser::func_result() {
  if (tok_ == Tok::LParen) return param_list();
  Pos pos = pos_;
  if (Expr* t = type_or_null()) {
    auto* fl = make<FieldList>(pos);
    auto* f = make<Field>(pos);
    f->type_expr = t;
    fl->list.push_back(f);
    return fl;
  }
  return nullptr;
}

// "(" [ ParameterDecl { "," ParameterDecl } [","] ] ")". Entries are parsed
// first and grouped afterwards, because `(a, b int)` and `(int, string)`
// are only told apart once a typed entry appears.
FieldList* Parser::param_list() {
  auto* fl = make<FieldList>(pos_);
  want(Tok::LParen);
  struct Entry {
    Pos pos;
    Ident* name;  // set when the entry is `name Type`
    Expr* type;   // the type, or a lone name whose role is not known yet
  };
  std::vector<Entry> es;
  bool named = false;
  fl->closing = list("parameter list", Tok::Comma, Tok::RParen, [&] {
    Entry e{pos_, nullptr, nullptr};
    if (tok_ == Tok::Ident) {
      Ident* n = name();
      switch (tok_) {
        case Tok::Period:
          e.type = qualified_name(n);
          break;
        case Tok::Comma:
        case Tok::RParen:
          e.type = n;
          break;
        case Tok::LBrack:
          // `a []T` / `a [N]T`, or a generic type `T[A]`; without generics
          // the former is far more common.
          e.name = n;
          e.type = type();
          break;
        case Tok::Ellipsis: {
          e.name = n;
          auto* el = make<Ellipsis>(pos_);
          next();
          el->elt = type_or_null();
          if (!el->elt) {
            el->elt = bad_expr();
            syntax_error("... is missing type");
          }
          e.type = el;
          break;
        }
        default:
          e.name = n;
          e.type = type();
          break;
      }
    } else if (tok_ == Tok::Ellipsis) {
      auto* el = make<Ellipsis>(pos_);
      next();
      el->elt = type_or_null();
      if (!el->elt) {
        el->elt = bad_expr();
        syntax_error("... is missing type");
      }
      e.type = el;
    } else {
      e.type = type_or_null();
      if (!e.type) {
        syntax_error("expecting )");
        advance(toks({Tok::Comma, Tok::RParen}));
        return false;
      }
    }
    if (e.name) named = true;
    es.push_back(e);
    return false;
  });
  if (!named) {
    for (auto& e : es) {
      auto* f = make<Field>(e.pos);
      f->type_expr = e.type;
      fl->list.push_back(f);
    }
    return fl;
  }
  // Named parameters: lone names take the type of the next typed entry.
  // Like gc, report the leftmost entry that has no name or no type.
  std::vector<Ident*> pending;
  Pos pending_pos, err_pos;
  for (auto& e : es) {
    if (e.name) {
      auto* f = make<Field>(pending.empty() ? e.pos : pending_pos);
      f->names = std::move(pending);
      pending.clear();
      f->names.push_back(e.name);
      f->type_expr = e.type;
      fl->list.push_back(f);
    } else if (auto* id = as<Ident>(e.type)) {
      if (pending.empty()) pending_pos = e.pos;
      pending.push_back(id);
    } else {
      if (!err_pos.valid()) err_pos = e.pos;
      auto* f = make<Field>(e.pos);
      f->names.push_back(make<Ident>(e.pos, "_"));
      f->type_expr = e.type;
      fl->list.push_back(f);
    }
  }
  if (!pending.empty()) {
    if (!err_pos.valid()) err_pos = pending_pos;
    for (Ident* id : pending) {
      auto* f = make<Field>(id->pos);
      f->type_expr = id;
      fl->list.push_back(f);
    }
  }
  if (err_pos.valid()) error_at(err_pos, "syntax error: mixed named and unnamed parameters");
  return fl;
}

// ---------------------------------------------------------------------------
// Expressions

std::vector<Expr*> Parser::expr_list() {
  std::vector<Expr*> xs{expr()};
  while (got(Tok::Comma)) xs.push_back(expr());
  return xs;
}

Expr* Parser::binary_expr(Expr* x, int prec) {
  x = x ? primary_expr(x) : unary_expr();
  int links = 0;
  while (precedence(tok_) >= prec && deepen(links)) {
    Tok op = tok_;
    int p = precedence(op);
    auto* b = make<BinaryExpr>(x->pos, op);
    b->op_pos = pos_;
    next();
    b->x = x;
    b->y = binary_expr(nullptr, p + 1);
    x = b;
  }
  depth_ -= links;
  return x;
}

Expr* Parser::unary_expr() {
  Depth guard(*this);
  if (!guard.ok) return bad_expr();
  Pos pos = pos_;
  switch (tok_) {
    case Tok::Add:
    case Tok::Sub:
    case Tok::Not:
    case Tok::Xor:
    case Tok::And:
    case Tok::Tilde: {
      Tok op = tok_;
      next();
      auto* u = make<UnaryExpr>(pos, op);
      u->x = unary_expr();
      return u;
    }
    case Tok::Mul: {
      next();
      auto* s = make<StarExpr>(pos);
      s->x = unary_expr();
      return s;
    }
    case Tok::Arrow: {
      next();
      Expr* x = unary_expr();
      if (auto* c = as<ChanType>(x)) {
        // <-chan T: the arrow belongs to the channel type. Re-associate
        // `<- chan chan<- T` and friends as Go's spec says.
        ChanDir dir = ChanDir::Send;
        Expr* t = c;
        while (dir == ChanDir::Send) {
          auto* ct = as<ChanType>(t);
          if (!ct) break;
          dir = ct->dir;
          if (dir == ChanDir::Recv) {
            syntax_error("unexpected <-, expecting chan");
            break;
          }
          ct->dir = ChanDir::Recv;
          t = ct->value;
        }
        if (dir == ChanDir::Send)
          syntax_error("unexpected " + expr_string(t) + ", expecting chan");
        c->pos = pos;
        return c;
      }
      auto* u = make<UnaryExpr>(pos, Tok::Arrow);
      u->x = x;
      return u;
    }
    default:
      return primary_expr(nullptr);
  }
}

Expr* Parser::operand() {
  Pos pos = pos_;
  switch (tok_) {
    case Tok::Ident:
      return name();
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Char:
    case Tok::String: {
      auto* b = make<BasicLit>(pos, tok_, std::string(lit_));
      next();
      return b;
    }
    case Tok::LParen: {
      next();
      auto* p = make<ParenExpr>(pos);
      ++xnest_;
      p->x = expr();
      --xnest_;
      want(Tok::RParen);
      return p;
    }
    case Tok::Func: {
      next();
      FuncType* ft = signature(pos);
      if (tok_ == Tok::LBrace) {
        auto* fl = make<FuncLit>(pos);
        fl->ftype = ft;
        fl->body = func_body();
        return fl;
      }
      return ft;
    }
    case Tok::LBrack:
    case Tok::Chan:
    case Tok::Map:
    case Tok::Struct:
    case Tok::Interface:
      return type_or_null();
    default: {
      Expr* x = bad_expr();
      syntax_error("expecting expression");
      advance(toks({Tok::RParen, Tok::RBrack, Tok::RBrace}));
      return x;
    }
  }
}

Expr* Parser::primary_expr(Expr* x) {
  if (!x) x = operand();
  int links = 0;
  struct Restore {
    int& depth;
    int& links;
    ~Restore() { depth -= links; }
  } restore{depth_, links};
  for (;;) {
    Pos pos = pos_;
    if (tok_ == Tok::Period || tok_ == Tok::LBrack || tok_ == Tok::LParen ||
        tok_ == Tok::LBrace) {
      if (!deepen(links)) return x;
    }
    switch (tok_) {
      case Tok::Period: {
        next();
        if (tok_ == Tok::Ident) {
          auto* s = make<SelectorExpr>(x->pos);
          s->x = x;
          s->sel = name();
          x = s;
        } else if (tok_ == Tok::LParen) {
          next();
          auto* t = make<TypeAssertExpr>(x->pos);
          t->x = x;
          if (tok_ == Tok::Type) {
            if (!type_guard_ok_) error("syntax error: use of .(type) outside type switch");
            next();
          } else {
            t->type_expr = type();
          }
          want(Tok::RParen);
          x = t;
        } else {
          syntax_error("expecting name or (");
          advance(toks({Tok::Semicolon, Tok::RParen}));
        }
        break;
      }
      case Tok::LBrack: {
        next();
        ++xnest_;
        Expr* i = nullptr;
        if (tok_ != Tok::Colon) {
          i = expr();
          if (got(Tok::RBrack)) {
            --xnest_;
            auto* ix = make<IndexExpr>(x->pos);
            ix->x = x;
            ix->lbrack = pos;
            ix->indices.push_back(i);
            x = ix;
            break;
          }
          if (tok_ == Tok::Comma) {  // generic instantiation x[A, B]
            auto* ix = make<IndexExpr>(x->pos);
            ix->x = x;
            ix->lbrack = pos;
            ix->indices.push_back(i);
            while (got(Tok::Comma) && tok_ != Tok::RBrack) ix->indices.push_back(type());
            --xnest_;
            want(Tok::RBrack);
            x = ix;
            break;
          }
        }
        if (!got(Tok::Colon)) {
          syntax_error("expecting comma, : or ]");
          advance(toks({Tok::Comma, Tok::Colon, Tok::RBrack}));
          got(Tok::Colon);
        }
        auto* s = make<SliceExpr>(x->pos);
        s->x = x;
        s->lbrack = pos;
        s->low = i;
        if (tok_ != Tok::Colon && tok_ != Tok::RBrack) s->high = expr();
        if (tok_ == Tok::Colon) {
          s->slice3 = true;
          if (!s->high) error("middle index required in 3-index slice");
          next();
          if (tok_ != Tok::RBrack)
            s->max = expr();
          else
            error("final index required in 3-index slice");
        }
        --xnest_;
        want(Tok::RBrack);
        x = s;
        break;
      }
      case Tok::LParen: {
        auto* c = make<CallExpr>(x->pos);
        c->fun = x;
        c->lparen = pos;
        next();
        ++xnest_;
        c->rparen = list("argument list", Tok::Comma, Tok::RParen, [&] {
          c->args.push_back(expr());
          if (tok_ == Tok::Ellipsis) {
            c->ellipsis = pos_;
            next();
          }
          return false;
        });
        --xnest_;
        x = c;
        break;
      }
      case Tok::LBrace: {
        // Does '{' start a composite literal or a block? (gc's rule.)
        Expr* t = unparen(x);
        bool complit_ok = false;
        switch (t->kind) {
          case NodeKind::Ident:
          case NodeKind::SelectorExpr:
            complit_ok = xnest_ >= 0;
            break;
          case NodeKind::IndexExpr:
            complit_ok = xnest_ >= 0;
            break;
          case NodeKind::ArrayType:
          case NodeKind::StructType:
          case NodeKind::MapType:
            complit_ok = true;
            break;
          default:
            break;
        }
        if (!complit_ok) return x;
        if (t != x) syntax_error("cannot parenthesize type in composite literal");
        x = complit(x);
        break;
      }
      default:
        return x;
    }
  }
}

CompositeLit* Parser::complit(Expr* type) {
  auto* c = make<CompositeLit>(type ? type->pos : pos_);
  c->type_expr = type;
  c->lbrace = pos_;
  Depth guard(*this);
  next();  // '{'
  if (!guard.ok) return c;
  ++xnest_;
  c->rbrace = list("composite literal", Tok::Comma, Tok::RBrace, [&] {
    Expr* e = bare_complit();
    if (tok_ == Tok::Colon) {
      auto* kv = make<KeyValueExpr>(e->pos);
      kv->colon = pos_;
      next();
      kv->key = e;
      kv->value = bare_complit();
      e = kv;
    }
    c->elts.push_back(e);
    return false;
  });
  --xnest_;
  return c;
}

Expr* Parser::bare_complit() {
  if (tok_ == Tok::LBrace) return complit(nullptr);  // type elided
  return expr();
}

// ---------------------------------------------------------------------------
// Statements

std::vector<Stmt*> Parser::stmt_list() {
  std::vector<Stmt*> l;
  while (tok_ != Tok::Eof && tok_ != Tok::RBrace && tok_ != Tok::Case && tok_ != Tok::Default) {
    long before = ntok_;
    Stmt* s = stmt_or_null();
    if (!s) break;
    l.push_back(s);
    if (!got(Tok::Semicolon) && tok_ != Tok::RBrace) {
      syntax_error("at end of statement");
      advance(toks({Tok::Semicolon, Tok::RBrace, Tok::Case, Tok::Default}));
      got(Tok::Semicolon);
    }
    if (ntok_ == before) next();
  }
  return l;
}

BlockStmt* Parser::block_stmt(const char* context) {
  auto* b = make<BlockStmt>(pos_);
  Depth guard(*this);
  if (!guard.ok) return b;
  if (!got(Tok::LBrace)) {
    if (*context)
      syntax_error(std::string("expecting { after ") + context);
    else
      syntax_error("expecting {");
    advance(toks({Tok::Ident, Tok::RBrace}));
    b->rbrace = pos_;
    if (got(Tok::RBrace)) return b;
  }
  b->list = stmt_list();
  b->rbrace = pos_;
  want(Tok::RBrace);
  return b;
}

Stmt* Parser::stmt_or_null() {
  Depth guard(*this);
  if (!guard.ok) return nullptr;
  Pos pos = pos_;
  switch (tok_) {
    case Tok::Ident: {
      std::vector<Expr*> lhs = expr_list();
      if (lhs.size() == 1 && tok_ == Tok::Colon)
        if (auto* label = as<Ident>(lhs[0])) return labeled_stmt(label);
      return simple_stmt(std::move(lhs), Tok::Illegal);
    }
    case Tok::Var:
    case Tok::Const:
    case Tok::Type: {
      auto* d = make<DeclStmt>(pos);
      d->decl = gen_decl(tok_);
      return d;
    }
    case Tok::LBrace:
      return block_stmt("");
    case Tok::Add:
    case Tok::Sub:
    case Tok::Mul:
    case Tok::And:
    case Tok::Xor:
    case Tok::Not:
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Char:
    case Tok::String:
    case Tok::Func:
    case Tok::LParen:
    case Tok::LBrack:
    case Tok::Struct:
    case Tok::Map:
    case Tok::Chan:
    case Tok::Interface:
    case Tok::Arrow:
      return simple_stmt({}, Tok::Illegal);
    case Tok::For:
      return for_stmt();
    case Tok::Switch:
      return switch_stmt();
    case Tok::Select:
      return select_stmt();
    case Tok::If:
      return if_stmt();
    case Tok::Fallthrough: {
      auto* s = make<BranchStmt>(pos, tok_);
      next();
      return s;
    }
    case Tok::Break:
    case Tok::Continue:
    case Tok::Goto: {
      auto* s = make<BranchStmt>(pos, tok_);
      Tok t = tok_;
      next();
      if (tok_ == Tok::Ident || t == Tok::Goto) s->label = name();
      return s;
    }
    case Tok::Go:
    case Tok::Defer:
      return call_stmt();
    case Tok::Return: {
      auto* s = make<ReturnStmt>(pos);
      next();
      if (tok_ != Tok::Semicolon && tok_ != Tok::RBrace) s->results = expr_list();
      return s;
    }
    case Tok::Semicolon: {
      auto* s = make<EmptyStmt>(pos);
      s->implicit = lit_ != "semicolon";
      return s;
    }
    default:
      return nullptr;
  }
}

Stmt* Parser::labeled_stmt(Ident* label) {
  auto* s = make<LabeledStmt>(label->pos);
  s->label = label;
  next();  // ':'
  if (tok_ == Tok::RBrace) {
    // A label right before '}' labels an empty statement.
    s->stmt = make<EmptyStmt>(pos_);
    return s;
  }
  s->stmt = stmt_or_null();
  if (s->stmt) return s;
  syntax_error_at(s->pos, "missing statement after label");
  return nullptr;
}

// keyword is For when a range clause may follow, Switch when x.(type) may.
Stmt* Parser::simple_stmt(std::vector<Expr*> lhs, Tok keyword) {
  auto range_clause = [&](std::vector<Expr*> vars, Tok op, Pos op_pos) -> Stmt* {
    auto* r = make<RangeStmt>(vars.empty() ? pos_ : vars[0]->pos);
    r->tok = op;
    r->tok_pos = op_pos;
    if (vars.size() > 2)
      error_at(vars[2]->pos, "range clause permits at most two iteration variables");
    if (!vars.empty()) r->key = vars[0];
    if (vars.size() > 1) r->value = vars[1];
    next();  // 'range'
    r->x = expr();
    return r;
  };
  if (keyword == Tok::For && tok_ == Tok::Range) return range_clause({}, Tok::Illegal, Pos{});
  if (lhs.empty()) lhs = expr_list();
  Pos pos = pos_;
  if (lhs.size() == 1 && tok_ != Tok::Assign && tok_ != Tok::Define) {
    Expr* x = lhs[0];
    switch (tok_) {
      case Tok::AddAssign:
      case Tok::SubAssign:
      case Tok::MulAssign:
      case Tok::QuoAssign:
      case Tok::RemAssign:
      case Tok::AndAssign:
      case Tok::OrAssign:
      case Tok::XorAssign:
      case Tok::ShlAssign:
      case Tok::ShrAssign:
      case Tok::AndNotAssign: {
        auto* a = make<AssignStmt>(x->pos, tok_);
        a->tok_pos = pos;
        next();
        a->lhs = std::move(lhs);
        a->rhs.push_back(expr());
        return a;
      }
      case Tok::Inc:
      case Tok::Dec: {
        auto* s = make<IncDecStmt>(x->pos, tok_);
        next();
        s->x = x;
        return s;
      }
      case Tok::Arrow: {
        auto* s = make<SendStmt>(x->pos);
        s->arrow = pos;
        next();
        s->chan = x;
        s->value = expr();
        return s;
      }
      default: {
        auto* s = make<ExprStmt>(x->pos);
        s->x = x;
        return s;
      }
    }
  }
  if (tok_ == Tok::Assign || tok_ == Tok::Define) {
    Tok op = tok_;
    next();
    if (keyword == Tok::For && tok_ == Tok::Range) return range_clause(std::move(lhs), op, pos);
    auto* a = make<AssignStmt>(lhs[0]->pos, op);
    a->tok_pos = pos;
    a->lhs = std::move(lhs);
    a->rhs = expr_list();
    return a;
  }
  syntax_error("expecting := or = or comma");
  advance(toks({Tok::Semicolon, Tok::RBrace}));
  auto* s = make<ExprStmt>(lhs[0]->pos);
  s->x = lhs[0];
  return s;
}

Stmt* Parser::call_stmt() {
  Pos pos = pos_;
  Tok kw = tok_;
  next();
  Expr* x = primary_expr(nullptr);
  std::string what = kw == Tok::Go ? "go" : "defer";
  if (Expr* t = unparen(x); t != x) {
    error_at(x->pos, "expression in " + what + " must not be parenthesized");
    x = t;
  }
  auto* call = as<CallExpr>(x);
  if (!call) {
    error_at(x->pos, "expression in " + what + " must be function call");
    return make<BadStmt>(pos);
  }
  if (kw == Tok::Go) {
    auto* s = make<GoStmt>(pos);
    s->call = call;
    return s;
  }
  auto* s = make<DeferStmt>(pos);
  s->call = call;
  return s;
}

// The header of an if, for or switch: [init ;] cond [; post]. Composite
// literals are not allowed at its top level (xnest_ < 0), which is what
// lets `if x == T {` end at the brace.
Parser::Header Parser::header(Tok keyword) {
  Header h;
  next();  // keyword
  if (tok_ == Tok::LBrace) {
    if (keyword == Tok::If) {
      syntax_error("missing condition in if statement");
      h.cond_expr = bad_expr();
    }
    return h;
  }
  int outer = xnest_;
  xnest_ = -1;
  bool outer_guard = type_guard_ok_;
  type_guard_ok_ = false;
  if (tok_ != Tok::Semicolon) {
    if (got(Tok::Var))
      syntax_error("var declaration not allowed in " + std::string(tok_string(keyword)) +
                   " initializer");
    type_guard_ok_ = keyword == Tok::Switch;
    h.init = simple_stmt({}, keyword);
    type_guard_ok_ = false;
    if (as<RangeStmt>(h.init)) {
      xnest_ = outer;
      type_guard_ok_ = outer_guard;
      return h;
    }
  }
  Stmt* cond = nullptr;
  Pos semi_pos;
  std::string_view semi_lit;
  if (tok_ != Tok::LBrace) {
    if (tok_ == Tok::Semicolon) {
      semi_pos = pos_;
      semi_lit = lit_;
      next();
    } else {
      want(Tok::LBrace);
      if (tok_ != Tok::LBrace) advance(toks({Tok::LBrace, Tok::RBrace}));
    }
    if (keyword == Tok::For) {
      if (tok_ != Tok::Semicolon) {
        if (tok_ == Tok::LBrace) {
          syntax_error("expecting for loop condition");
          goto done;
        }
        cond = simple_stmt({}, Tok::Illegal);
      }
      want(Tok::Semicolon);
      if (tok_ != Tok::LBrace) {
        h.post = simple_stmt({}, Tok::Illegal);
        if (auto* a = as<AssignStmt>(h.post); a && a->tok == Tok::Define)
          syntax_error_at(a->pos, "cannot declare in post statement of for loop");
      }
    } else if (tok_ != Tok::LBrace) {
      type_guard_ok_ = keyword == Tok::Switch;
      cond = simple_stmt({}, keyword);
      type_guard_ok_ = false;
    }
  } else {
    cond = h.init;
    h.init = nullptr;
  }
done:
  h.cond = cond;
  if (!cond) {
    if (keyword == Tok::If && semi_pos.valid()) {
      if (semi_lit == "semicolon")
        syntax_error_at(semi_pos, "unexpected semicolon, expecting { after if clause");
      else
        syntax_error_at(semi_pos, "missing condition in if statement");
      h.cond_expr = make<BadExpr>(semi_pos);
    }
  } else if (auto* es = as<ExprStmt>(cond)) {
    h.cond_expr = es->x;
  } else if (keyword == Tok::Switch && as<AssignStmt>(cond) &&
             static_cast<AssignStmt*>(cond)->tok == Tok::Define &&
             static_cast<AssignStmt*>(cond)->rhs.size() == 1 &&
             is_type_guard(static_cast<AssignStmt*>(cond)->rhs[0])) {
    // x := y.(type): handled by the caller
  } else {
    std::string str;
    if (auto* a = as<AssignStmt>(cond)) {
      auto join = [](const std::vector<Expr*>& xs) {
        std::string s;
        for (size_t i = 0; i < xs.size(); ++i) s += (i ? ", " : "") + expr_string(xs[i]);
        return s;
      };
      str = join(a->lhs) + " " + std::string(tok_string(a->tok)) + " " + join(a->rhs);
    } else if (auto* s = as<IncDecStmt>(cond)) {
      str = expr_string(s->x) + std::string(tok_string(s->tok));
    } else if (auto* s = as<SendStmt>(cond)) {
      str = expr_string(s->chan) + " <- " + expr_string(s->value);
    } else {
      str = "statement";
    }
    Pos at = cond->pos;
    if (auto* a = as<AssignStmt>(cond)) at = a->tok_pos;
    syntax_error_at(at, "cannot use " + str + " as value");
    h.cond_expr = make<BadExpr>(cond->pos);
  }
  xnest_ = outer;
  type_guard_ok_ = outer_guard;
  return h;
}

Stmt* Parser::if_stmt() {
  Depth guard(*this);
  auto* s = make<IfStmt>(pos_);
  if (!guard.ok) return s;
  Header h = header(Tok::If);
  s->init = h.init;
  s->cond = h.cond_expr ? h.cond_expr : make<BadExpr>(s->pos);
  s->body = block_stmt("if clause");
  if (got(Tok::Else)) {
    if (tok_ == Tok::If) {
      s->else_ = if_stmt();
    } else if (tok_ == Tok::LBrace) {
      s->else_ = block_stmt("");
    } else {
      syntax_error("else must be followed by if or statement block");
      advance(toks({Tok::Ident, Tok::RBrace}));
    }
  }
  return s;
}

Stmt* Parser::for_stmt() {
  Pos pos = pos_;
  Header h = header(Tok::For);
  if (auto* r = as<RangeStmt>(h.init)) {
    r->pos = pos;
    r->body = block_stmt("for clause");
    return r;
  }
  auto* s = make<ForStmt>(pos);
  s->init = h.init;
  s->cond = h.cond_expr;
  s->post = h.post;
  s->body = block_stmt("for clause");
  return s;
}

Stmt* Parser::switch_stmt() {
  Pos pos = pos_;
  Header h = header(Tok::Switch);
  BlockStmt* body = make<BlockStmt>(pos_);
  Stmt* result;
  bool type_switch = false;
  if (h.cond) {
    if (auto* es = as<ExprStmt>(h.cond); es && is_type_guard(es->x)) type_switch = true;
    if (auto* a = as<AssignStmt>(h.cond);
        a && a->tok == Tok::Define && a->rhs.size() == 1 && is_type_guard(a->rhs[0])) {
      type_switch = true;
      if (a->lhs.size() != 1 || !as<Ident>(a->lhs[0]))
        error_at(a->pos, "syntax error: invalid variable name " + expr_string(a->lhs[0]) +
                             " in type switch");
    }
  }
  if (type_switch) {
    auto* ts = make<TypeSwitchStmt>(pos);
    ts->init = h.init;
    ts->assign = h.cond;
    ts->body = body;
    result = ts;
  } else {
    auto* ss = make<SwitchStmt>(pos);
    ss->init = h.init;
    ss->tag = h.cond_expr;
    ss->body = body;
    result = ss;
  }
  if (!got(Tok::LBrace)) {
    syntax_error("missing { after switch clause");
    advance(toks({Tok::Case, Tok::Default, Tok::RBrace}));
  }
  while (tok_ != Tok::Eof && tok_ != Tok::RBrace) {
    long before = ntok_;
    auto* c = make<CaseClause>(pos_);
    if (tok_ == Tok::Case) {
      next();
      c->list = expr_list();
    } else if (tok_ == Tok::Default) {
      next();
      c->is_default = true;
    } else {
      syntax_error("expecting case or default or }");
      advance(toks({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace}));
      if (tok_ != Tok::Colon) {
        if (ntok_ == before) next();
        continue;
      }
    }
    c->colon = pos_;
    want(Tok::Colon);
    c->body = stmt_list();
    body->list.push_back(c);
    if (ntok_ == before) next();
  }
  body->rbrace = pos_;
  want(Tok::RBrace);
  return result;
}

Stmt* Parser::select_stmt() {
  auto* s = make<SelectStmt>(pos_);
  next();
  s->body = make<BlockStmt>(pos_);
  if (!got(Tok::LBrace)) {
    syntax_error("missing { after select clause");
    advance(toks({Tok::Case, Tok::Default, Tok::RBrace}));
  }
  while (tok_ != Tok::Eof && tok_ != Tok::RBrace) {
    long before = ntok_;
    auto* c = make<CommClause>(pos_);
    if (tok_ == Tok::Case) {
      next();
      c->comm = simple_stmt({}, Tok::Illegal);
    } else if (tok_ == Tok::Default) {
      next();
    } else {
      syntax_error("expecting case or default or }");
      advance(toks({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace}));
      if (tok_ != Tok::Colon) {
        if (ntok_ == before) next();
        continue;
      }
    }
    c->colon = pos_;
    want(Tok::Colon);
    c->body = stmt_list();
    s->body->list.push_back(c);
    if (ntok_ == before) next();
  }
  s->body->rbrace = pos_;
  want(Tok::RBrace);
  return s;
}

}  // namespace

File* parse_file(AstArena& arena, std::string filename, std::string_view src,
                 Diagnostics& diags) {
  Parser p(arena, src, diags);
  return p.parse(std::move(filename));
}

}  // namespace csp
