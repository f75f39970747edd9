// The select statement, and what every receive shares with it.
//
// A select with several cases (or one case and a default) compiles to one
// Select instruction over a block of registers:
//
//   R[a]      the chosen case (-1: the default)
//   R[a+1]    the received value (every receive case shares it)
//   R[a+2]    the comma-ok flag
//   R[a+3+2k] case k's channel, R[a+4+2k] the value case k sends
//
// Cases are numbered sends first, then receives (each group in source
// order), as Go's selectgo expects them; the channel and send-value
// operands are evaluated once, in source order, before the Select. After
// it a chain of JEqIK dispatches to the clause bodies; a clause that
// receives into variables first moves R[a+1] and R[a+2] into them (a
// declared one gets its own register, an assigned one is stored like any
// assignment, after the receive, as Go evaluates it).
//
// As Go's compiler does, a select with exactly one case and no default is
// the plain channel operation (so a goroutine blocked there reports
// [chan receive], not [select]), `select {}` a Select with no cases (it
// parks forever: [select (no cases)]) and a lone default just its body.
#include "lang/compiler_impl.hpp"

namespace csp::compiler_detail {

namespace {

const Expr* unparen(const Expr* e) {
  while (auto* p = as<ParenExpr>(e)) e = p->x;
  return e;
}

const Type* chan_elem(const Type* chan_type) {
  const Type* u = chan_type ? chan_type->underlying() : nullptr;
  return u && u->kind == TypeKind::Chan ? static_cast<const ChanTy*>(u)->elem : nullptr;
}

// The receive `<-ch` of a select case, or nullptr.
const UnaryExpr* case_recv(const Stmt* comm) {
  const Expr* x = nullptr;
  if (auto* es = as<ExprStmt>(comm)) x = es->x;
  else if (auto* as_ = as<AssignStmt>(comm); as_ && as_->rhs.size() == 1) x = as_->rhs[0];
  auto* u = as<UnaryExpr>(unparen(x));
  return u && u->op == Tok::Arrow ? u : nullptr;
}

}  // namespace

// The channel code stores no types, so a receive from a closed channel
// yields an all-zero slot; for a struct or array element the zero value is
// a fresh zeroed box instead (a box pointer is otherwise never null).
void Compiler::recv_zero_fixup(int reg, const Type* chan_type) {
  const Type* elem = chan_elem(chan_type);
  if (!elem || !is_aggregate_type(elem)) return;
  JumpLabel done;
  jump_to(done, emit(Op::JTrue, reg));
  zero_into(elem, reg);
  bind(done);
}

void Compiler::select_stmt(const SelectStmt* s) {
  uint32_t save = fs_->freereg;
  std::string label = fs_->pending_label;
  fs_->pending_label.clear();
  JumpLabel brk;
  fs_->branches.push_back({label, false, &brk, nullptr});

  struct Case {
    const CommClause* cc;
    const SendStmt* send;     // a send case, or
    const UnaryExpr* recv;    // a receive case's <-ch
    const AssignStmt* assign; // v[, ok] = / := <-ch, or nullptr
    int index;                // in the Select's case numbering
  };
  std::vector<Case> cases;
  const CommClause* dflt = nullptr;
  for (const Stmt* st : s->body->list) {
    auto* cc = as<CommClause>(st);
    if (!cc) continue;
    if (!cc->comm) {
      dflt = cc;
      continue;
    }
    Case c{cc, as<SendStmt>(cc->comm), case_recv(cc->comm), as<AssignStmt>(cc->comm), -1};
    if (!c.send && !c.recv) {
      unsupported(cc->comm, "this select case");
      continue;
    }
    cases.push_back(c);
  }

  if (cases.size() == 1 && !dflt) {
    // Go's one-case rewrite: the channel operation itself, then the body.
    stmt(cases[0].cc->comm);
    block(cases[0].cc->body);
  } else if (cases.empty() && dflt) {
    block(dflt->body);
  } else {
    int n = static_cast<int>(cases.size());
    int nsends = 0;
    for (Case& c : cases)
      if (c.send) c.index = nsends++;
    int nrecv = nsends;
    for (Case& c : cases)
      if (!c.send) c.index = nrecv++;
    if (n > 0x7fff) diags_.error(s->pos, "select has too many cases");
    int base = static_cast<int>(fs_->freereg);
    uint32_t top = static_cast<uint32_t>(base + 3 + 2 * n);
    fs_->freereg = top;
    touch(top - 1);
    for (const Case& c : cases) {  // operands in source order
      int at = base + 3 + 2 * c.index;
      if (c.send) {
        set_line(c.send);
        expr_into(c.send->chan, at);
        assign_into(c.send->value, chan_elem(c.send->chan->type), at + 1);
      } else {
        set_line(c.recv);
        expr_into(c.recv->x, at);
      }
      fs_->freereg = top;
    }
    set_line(s);
    emit(Op::Select, base, n, nsends | (dflt ? 0x8000 : 0));
    // Dispatch on the chosen case. The code after the tests is the
    // default's body, or without a default the last case's (a blocking
    // select always completes a case, so that one needs no test).
    std::vector<JumpLabel> bodies(cases.size());
    size_t ntests = dflt || cases.empty() ? cases.size() : cases.size() - 1;
    for (size_t k = 0; k < ntests; ++k)
      jump_to(bodies[k], emit(Op::JEqIK, base, uint16_t(int16_t(cases[k].index))));
    if (dflt) {
      block(dflt->body);
      jmp(brk);
    }
    for (size_t j = 0; j < cases.size(); ++j) {
      size_t k = dflt ? j : (j + cases.size() - 1) % cases.size();  // the untested case first
      const Case& c = cases[k];
      bind(bodies[k]);
      uint32_t s2 = fs_->freereg;
      if (c.assign) received_into(c.assign, c.recv, base + 1);
      block(c.cc->body);
      fs_->freereg = s2;
      if (j + 1 < cases.size()) jmp(brk);
    }
  }
  bind(brk);
  fs_->branches.pop_back();
  fs_->freereg = save;
}

// A receive case's v[, ok] := <-ch or v[, ok] = <-ch, the value and flag
// being in val and val+1. New variables keep the registers they get here
// (the clause body is their scope).
void Compiler::received_into(const AssignStmt* a, const UnaryExpr* recv, int val) {
  const Type* elem = chan_elem(recv->x->type);
  set_line(a);
  bool used = false;
  for (const Expr* l : a->lhs) {
    auto* id = as<Ident>(l);
    if (!id || id->name != "_") used = true;
  }
  if (!used) return;
  recv_zero_fixup(val, recv->x->type);
  for (size_t k = 0; k < a->lhs.size() && k < 2; ++k) {
    const Expr* l = a->lhs[k];
    auto* id = as<Ident>(l);
    if (id && id->name == "_") continue;
    int src = val + static_cast<int>(k);
    if (a->tok == Tok::Define && id && id->obj && id->obj->kind == ObjKind::Var) {
      auto* v = static_cast<Var*>(id->obj);
      int r = alloc_reg();
      emit(Op::Move, r, src);
      if (v->is_global()) store_var(v, r);
      else declare_local(v, r);
      continue;
    }
    const Type* to = id && id->obj && id->obj->kind == ObjKind::Var ? id->obj->type : l->type;
    if (k == 0) box_in_place(src, elem, to);
    store_to(l, src);
  }
}

}  // namespace csp::compiler_detail
