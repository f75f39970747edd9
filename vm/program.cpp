// Program bookkeeping and the disassembler (csp disasm).
#include "vm/program.hpp"

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "vm/complex.hpp"
#include "vm/heap.hpp"

namespace csp {

namespace {
struct OpInfo {
  const char* name;
  OpFormat format;
  const char* doc;
};
constexpr OpInfo kOps[] = {
#define CSP_X(name, fmt, doc) {#name, OpFormat::fmt, doc},
    CSP_OPCODES(CSP_X)
#undef CSP_X
};
}  // namespace

const char* op_name(Op op) { return kOps[static_cast<int>(op)].name; }
OpFormat op_format(Op op) { return kOps[static_cast<int>(op)].format; }

Program::~Program() {
  for (void* p : static_objects) std::free(p);
}

uint32_t Program::layout_id(const std::vector<bool>& ptr) {
  if (layouts.empty()) layouts.emplace_back();  // id 0: unknown
  auto it = layout_ids.find(ptr);
  if (it != layout_ids.end()) return it->second;
  if (layouts.size() >= kMaxLayouts) return 0;
  layouts.push_back(std::make_unique<GcLayout>(ptr));
  uint32_t id = static_cast<uint32_t>(layouts.size() - 1);
  layout_ids.emplace(ptr, id);
  return id;
}

Slot Program::intern_string(std::string_view s) {
  if (s.empty()) return slot_p(nullptr);
  auto* o = static_cast<StrObj*>(std::calloc(1, sizeof(StrObj) + s.size()));
  o->len = s.size();
  std::memcpy(o->data, s.data(), s.size());
  static_objects.push_back(o);
  return slot_p(o);
}

Slot Program::intern_complex(double re, double im) {
  if (re == 0 && im == 0 && !std::signbit(re) && !std::signbit(im)) return slot_p(nullptr);
  auto* o = static_cast<CplxObj*>(std::calloc(1, sizeof(CplxObj)));
  o->parts[0].f = re;
  o->parts[1].f = im;
  static_objects.push_back(o);
  return slot_p(o->parts);
}

const char* Program::file_name(const std::string& name) {
  for (auto& f : file_names)
    if (*f == name) return f->c_str();
  file_names.push_back(std::make_unique<std::string>(name));
  return file_names.back()->c_str();
}

static std::string source_line(std::string_view src, int line) {
  size_t start = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = src.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = src.find('\n', start);
  std::string_view text = src.substr(start, end == std::string_view::npos ? src.size() - start : end - start);
  size_t b = text.find_first_not_of(" \t");
  return b == std::string_view::npos ? std::string() : std::string(text.substr(b));
}

static std::string operands(const Instr& in) {
  auto r = [](int x) { return "R" + std::to_string(x); };
  switch (op_format(in.op)) {
    case OpFormat::None: return "";
    case OpFormat::A: return r(in.a);
    case OpFormat::AB: return r(in.a) + " " + r(in.b);
    case OpFormat::ABC: return r(in.a) + " " + r(in.b) + " " + r(in.c);
    case OpFormat::ABx: return r(in.a) + " " + std::to_string(in.bx());
    case OpFormat::AsBx: return r(in.a) + " " + std::to_string(in.sbx());
    case OpFormat::sBx: return "-> " + std::to_string(in.sbx());
    case OpFormat::ABsC: return r(in.a) + " " + r(in.b) + " -> " + std::to_string(in.sc());
    case OpFormat::AkBsC: return r(in.a) + " " + std::to_string(in.sb()) + " -> " + std::to_string(in.sc());
    case OpFormat::AsC: return r(in.a) + " -> " + std::to_string(in.sc());
    case OpFormat::ABkC: return r(in.a) + " " + r(in.b) + " " + std::to_string(in.sc());
  }
  return "";
}

std::string disassemble(const Program& prog, size_t from, std::string_view source) {
  std::string out;
  for (size_t k = from; k < prog.protos.size(); ++k) {
    const Proto& p = *prog.protos[k];
    out += "func " + p.name + " (proto " + std::to_string(k) + "; params " +
           std::to_string(p.nparams) + ", results " + std::to_string(p.nresults) +
           ", registers " + std::to_string(p.maxstack) + ")\n";
    int last_line = -1;
    for (size_t pc = 0; pc < p.code.size(); ++pc) {
      const Instr& in = p.code[pc];
      int line = pc < p.lines.size() ? p.lines[pc] : 0;
      if (line != last_line && line > 0) {
        out += "  ; " + std::to_string(line) + ": " + source_line(source, line) + "\n";
        last_line = line;
      }
      char buf[64];
      std::snprintf(buf, sizeof buf, "  %4zu  %-12s ", pc, op_name(in.op));
      std::string ops = operands(in);
      out += buf + ops;
      int32_t target = -1;
      switch (op_format(in.op)) {
        case OpFormat::sBx: target = int32_t(pc) + 1 + in.sbx(); break;
        case OpFormat::ABsC:
        case OpFormat::AkBsC:
        case OpFormat::AsC: target = int32_t(pc) + 1 + in.sc(); break;
        default: break;
      }
      if (target >= 0) out += "  (to " + std::to_string(target) + ")";
      if (in.op == Op::Call || in.op == Op::Go || in.op == Op::Closure) {
        if (in.bx() < prog.protos.size()) out += "  ; " + prog.protos[in.bx()]->name;
      } else if ((in.op == Op::CallNative || in.op == Op::CallNativeSpread) && in.b < prog.natives.size()) {
        out += "  ; " + prog.natives[in.b].name;
      }
      out += "\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace csp
