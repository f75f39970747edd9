// The select statement: each case must be a send, a receive, or a receive
// assigned to (or declaring) variables; each clause is its own scope; at
// most one default. After types2's stmt.go (Go 1.19's texts).
#include "lang/checker.hpp"

namespace csp {

namespace {

Expr* unparen(Expr* e) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  return e;
}

bool is_receive(Expr* e) {
  auto* u = as<UnaryExpr>(unparen(e));
  return u && u->op == Tok::Arrow;
}

bool valid_comm(Stmt* comm) {
  if (!comm || as<SendStmt>(comm)) return true;
  if (auto* es = as<ExprStmt>(comm)) return is_receive(es->x);
  if (auto* a = as<AssignStmt>(comm))
    return (a->tok == Tok::Assign || a->tok == Tok::Define) && a->rhs.size() == 1 &&
           is_receive(a->rhs[0]);
  return false;
}

}  // namespace

void Checker::select_stmt(SelectStmt* s, unsigned ctx, Label* label) {
  enclosing_.push_back({s, label, false});
  unsigned inner = (ctx & ~kClauseFlags) | kBreakOk;
  CommClause* first_default = nullptr;
  for (Stmt* st : s->body ? s->body->list : std::vector<Stmt*>{}) {
    auto* cc = as<CommClause>(st);
    if (!cc) {
      error(st->pos, "invalid AST: comm clause expected");
      continue;
    }
    if (!cc->comm) {
      if (first_default)
        error(cc->pos, "multiple defaults (first at " + std::to_string(first_default->pos.line) +
                           ":" + std::to_string(first_default->pos.col) + ")");
      else
        first_default = cc;
    }
    if (!valid_comm(cc->comm)) {
      error(cc->comm->pos, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    open_scope();
    if (cc->comm) stmt(cc->comm, inner);
    stmt_list(cc->body, inner);
    close_scope();
  }
  enclosing_.pop_back();
}

}  // namespace csp
