// The embedding API of include/csp/csp.hpp, on top of the internal VM.
#include <fstream>
#include <sstream>

#include "csp/csp.hpp"
#include "vm/runtime.hpp"

namespace csp {

Interpreter::Interpreter(Options opts) {
  RuntimeOptions ro;
  ro.procs = opts.procs;
  ro.out = std::move(opts.out);
  ro.err = std::move(opts.err);
  ro.args = std::move(opts.args);
  vm_ = std::make_unique<VM>(std::move(ro));
}

Interpreter::~Interpreter() = default;

bool Interpreter::load_source(const std::string& filename, std::string_view source,
                              std::string* errors) {
  return vm_->load(filename, source, errors);
}

bool Interpreter::load_file(const std::string& path, std::string* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errors) *errors += "csp: cannot open " + path + "\n";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return load_source(path, ss.str(), errors);
}

int Interpreter::run() { return vm_->run(); }

std::string Interpreter::disassemble() const { return vm_->disassemble(); }

const char* version() { return "0.1.0"; }

}  // namespace csp
