// Small AST helpers: node kind names, field counting and expression printing
// for diagnostics. Printing never recurses deeper than the parser's nesting
// limit allows, because it only sees trees the parser built.
#include "lang/ast.hpp"

namespace csp {

std::string_view node_kind_name(NodeKind k) {
  switch (k) {
#define CSP_X(name, base) \
  case NodeKind::name:    \
    return #name;
    CSP_AST_NODES(CSP_X)
#undef CSP_X
  }
  return "?";
}

File* AstArena::make_file() {
  files_.push_back(std::make_unique<File>());
  return files_.back().get();
}

size_t FieldList::num_fields() const {
  size_t n = 0;
  for (const Field* f : list) n += f->names.empty() ? 1 : f->names.size();
  return n;
}

namespace {

void write_expr(std::string& out, const Expr* e);

void write_list(std::string& out, const std::vector<Expr*>& xs) {
  for (size_t i = 0; i < xs.size(); ++i) {
    if (i) out += ", ";
    write_expr(out, xs[i]);
  }
}

void write_fields(std::string& out, const FieldList* fl, std::string_view sep) {
  if (!fl) return;
  for (size_t i = 0; i < fl->list.size(); ++i) {
    const Field* f = fl->list[i];
    if (i) out += sep;
    for (size_t j = 0; j < f->names.size(); ++j) {
      if (j) out += ", ";
      out += f->names[j]->name;
    }
    if (!f->names.empty()) out += ' ';
    write_expr(out, f->type_expr);
  }
}

void write_signature(std::string& out, const FuncType* ft) {
  out += '(';
  write_fields(out, ft->params, ", ");
  out += ')';
  if (!ft->results || ft->results->list.empty()) return;
  out += ' ';
  const auto& rl = ft->results->list;
  if (rl.size() == 1 && rl[0]->names.empty()) {
    write_expr(out, rl[0]->type_expr);
  } else {
    out += '(';
    write_fields(out, ft->results, ", ");
    out += ')';
  }
}

void write_expr(std::string& out, const Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case NodeKind::Ident:
      out += static_cast<const Ident*>(e)->name;
      break;
    case NodeKind::BasicLit:
      out += static_cast<const BasicLit*>(e)->value;
      break;
    case NodeKind::CompositeLit: {
      auto* c = static_cast<const CompositeLit*>(e);
      write_expr(out, c->type_expr);
      out += c->elts.empty() ? "{}" : "{…}";  // syntax.ShortForm abbreviates only a non-empty body
      break;
    }
    case NodeKind::FuncLit: {
      auto* f = static_cast<const FuncLit*>(e);
      out += "func";
      if (f->ftype) write_signature(out, f->ftype);
      out += f->body && f->body->list.empty() ? " {}" : " {…}";
      break;
    }
    case NodeKind::ParenExpr:
      out += '(';
      write_expr(out, static_cast<const ParenExpr*>(e)->x);
      out += ')';
      break;
    case NodeKind::SelectorExpr: {
      auto* s = static_cast<const SelectorExpr*>(e);
      write_expr(out, s->x);
      out += '.';
      if (s->sel) out += s->sel->name;
      break;
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(e);
      write_expr(out, ix->x);
      out += '[';
      write_list(out, ix->indices);
      out += ']';
      break;
    }
    case NodeKind::SliceExpr: {
      auto* s = static_cast<const SliceExpr*>(e);
      write_expr(out, s->x);
      out += '[';
      write_expr(out, s->low);
      out += ':';
      write_expr(out, s->high);
      if (s->slice3) {
        out += ':';
        write_expr(out, s->max);
      }
      out += ']';
      break;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = static_cast<const TypeAssertExpr*>(e);
      write_expr(out, t->x);
      out += ".(";
      if (t->type_expr)
        write_expr(out, t->type_expr);
      else
        out += "type";
      out += ')';
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(e);
      write_expr(out, c->fun);
      out += '(';
      write_list(out, c->args);
      if (c->has_ellipsis()) out += "...";
      out += ')';
      break;
    }
    case NodeKind::StarExpr:
      out += '*';
      write_expr(out, static_cast<const StarExpr*>(e)->x);
      break;
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(e);
      out += tok_string(u->op);
      write_expr(out, u->x);
      break;
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(e);
      write_expr(out, b->x);
      out += ' ';
      out += tok_string(b->op);
      out += ' ';
      write_expr(out, b->y);
      break;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const KeyValueExpr*>(e);
      write_expr(out, kv->key);
      out += ": ";
      write_expr(out, kv->value);
      break;
    }
    case NodeKind::Ellipsis:
      out += "...";
      write_expr(out, static_cast<const Ellipsis*>(e)->elt);
      break;
    case NodeKind::ArrayType: {
      auto* a = static_cast<const ArrayType*>(e);
      out += '[';
      write_expr(out, a->len);
      out += ']';
      write_expr(out, a->elt);
      break;
    }
    case NodeKind::StructType: {
      auto* s = static_cast<const StructType*>(e);
      out += "struct{";
      write_fields(out, s->fields, "; ");
      out += '}';
      break;
    }
    case NodeKind::FuncType:
      out += "func";
      write_signature(out, static_cast<const FuncType*>(e));
      break;
    case NodeKind::InterfaceType: {
      auto* it = static_cast<const InterfaceType*>(e);
      out += "interface{";
      if (it->methods) {
        for (size_t i = 0; i < it->methods->list.size(); ++i) {
          const Field* f = it->methods->list[i];
          if (i) out += "; ";
          if (!f->names.empty() && f->type_expr &&
              f->type_expr->kind == NodeKind::FuncType) {
            out += f->names[0]->name;
            write_signature(out, static_cast<const FuncType*>(f->type_expr));
          } else {
            write_expr(out, f->type_expr);
          }
        }
      }
      out += '}';
      break;
    }
    case NodeKind::MapType: {
      auto* m = static_cast<const MapType*>(e);
      out += "map[";
      write_expr(out, m->key);
      out += ']';
      write_expr(out, m->value);
      break;
    }
    case NodeKind::ChanType: {
      auto* c = static_cast<const ChanType*>(e);
      out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
      write_expr(out, c->value);
      break;
    }
    default:
      out += "BadExpr";
      break;
  }
}

}  // namespace

std::string expr_string(const Expr* e) {
  std::string out;
  write_expr(out, e);
  return out;
}

}  // namespace csp
