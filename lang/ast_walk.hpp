// Generic traversal of the AST: calls f on each direct child of a node.
// Used by passes that need to see every node (the compiler's pre-passes)
// without repeating the node list.
#pragma once

#include "lang/ast.hpp"

namespace csp {

template <class F>
void for_each_child(const Node* n, F&& f) {
  if (!n) return;
  auto e = [&](const Node* c) {
    if (c) f(c);
  };
  auto list = [&](const auto& v) {
    for (const auto* c : v) e(c);
  };
  switch (n->kind) {
    case NodeKind::CompositeLit: {
      auto* x = static_cast<const CompositeLit*>(n);
      e(x->type_expr);
      list(x->elts);
      break;
    }
    case NodeKind::FuncLit: {
      auto* x = static_cast<const FuncLit*>(n);
      e(x->ftype);
      e(x->body);
      break;
    }
    case NodeKind::ParenExpr: e(static_cast<const ParenExpr*>(n)->x); break;
    case NodeKind::SelectorExpr: e(static_cast<const SelectorExpr*>(n)->x); break;
    case NodeKind::IndexExpr: {
      auto* x = static_cast<const IndexExpr*>(n);
      e(x->x);
      list(x->indices);
      break;
    }
    case NodeKind::SliceExpr: {
      auto* x = static_cast<const SliceExpr*>(n);
      e(x->x);
      e(x->low);
      e(x->high);
      e(x->max);
      break;
    }
    case NodeKind::TypeAssertExpr: {
      auto* x = static_cast<const TypeAssertExpr*>(n);
      e(x->x);
      e(x->type_expr);
      break;
    }
    case NodeKind::CallExpr: {
      auto* x = static_cast<const CallExpr*>(n);
      e(x->fun);
      list(x->args);
      break;
    }
    case NodeKind::StarExpr: e(static_cast<const StarExpr*>(n)->x); break;
    case NodeKind::UnaryExpr: e(static_cast<const UnaryExpr*>(n)->x); break;
    case NodeKind::BinaryExpr: {
      auto* x = static_cast<const BinaryExpr*>(n);
      e(x->x);
      e(x->y);
      break;
    }
    case NodeKind::KeyValueExpr: {
      auto* x = static_cast<const KeyValueExpr*>(n);
      e(x->key);
      e(x->value);
      break;
    }
    case NodeKind::DeclStmt: e(static_cast<const DeclStmt*>(n)->decl); break;
    case NodeKind::LabeledStmt: e(static_cast<const LabeledStmt*>(n)->stmt); break;
    case NodeKind::ExprStmt: e(static_cast<const ExprStmt*>(n)->x); break;
    case NodeKind::SendStmt: {
      auto* x = static_cast<const SendStmt*>(n);
      e(x->chan);
      e(x->value);
      break;
    }
    case NodeKind::IncDecStmt: e(static_cast<const IncDecStmt*>(n)->x); break;
    case NodeKind::AssignStmt: {
      auto* x = static_cast<const AssignStmt*>(n);
      list(x->lhs);
      list(x->rhs);
      break;
    }
    case NodeKind::GoStmt: e(static_cast<const GoStmt*>(n)->call); break;
    case NodeKind::DeferStmt: e(static_cast<const DeferStmt*>(n)->call); break;
    case NodeKind::ReturnStmt: list(static_cast<const ReturnStmt*>(n)->results); break;
    case NodeKind::BranchStmt: break;
    case NodeKind::BlockStmt: list(static_cast<const BlockStmt*>(n)->list); break;
    case NodeKind::IfStmt: {
      auto* x = static_cast<const IfStmt*>(n);
      e(x->init);
      e(x->cond);
      e(x->body);
      e(x->else_);
      break;
    }
    case NodeKind::CaseClause: {
      auto* x = static_cast<const CaseClause*>(n);
      list(x->list);
      list(x->body);
      break;
    }
    case NodeKind::SwitchStmt: {
      auto* x = static_cast<const SwitchStmt*>(n);
      e(x->init);
      e(x->tag);
      e(x->body);
      break;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* x = static_cast<const TypeSwitchStmt*>(n);
      e(x->init);
      e(x->assign);
      e(x->body);
      break;
    }
    case NodeKind::CommClause: {
      auto* x = static_cast<const CommClause*>(n);
      e(x->comm);
      list(x->body);
      break;
    }
    case NodeKind::SelectStmt: e(static_cast<const SelectStmt*>(n)->body); break;
    case NodeKind::ForStmt: {
      auto* x = static_cast<const ForStmt*>(n);
      e(x->init);
      e(x->cond);
      e(x->post);
      e(x->body);
      break;
    }
    case NodeKind::RangeStmt: {
      auto* x = static_cast<const RangeStmt*>(n);
      e(x->key);
      e(x->value);
      e(x->x);
      e(x->body);
      break;
    }
    case NodeKind::ValueSpec: {
      auto* x = static_cast<const ValueSpec*>(n);
      list(x->values);
      break;
    }
    case NodeKind::GenDecl: list(static_cast<const GenDecl*>(n)->specs); break;
    case NodeKind::FuncDecl: e(static_cast<const FuncDecl*>(n)->body); break;
    default: break;  // leaves and type expressions
  }
}

// Calls f on n and every node below it, depth first.
template <class F>
void walk(const Node* n, F&& f) {
  if (!n) return;
  f(n);
  for_each_child(n, [&](const Node* c) { walk(c, f); });
}

}  // namespace csp
