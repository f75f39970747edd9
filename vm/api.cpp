// The embedding API of include/csp/csp.hpp, on top of the internal VM.
#include <cerrno>
#include <cstdio>
#include <cstring>

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
  // stdio rather than a stream, for errno: a directory opens on Linux and
  // fails only when read, and must not run as an empty script.
  auto fail = [&](const char* what, int err) {
    if (errors)
      *errors += std::string("csp: cannot ") + what + " " + path + ": " + std::strerror(err) + "\n";
    return false;
  };
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return fail("open", errno);
  std::string source;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) source.append(buf, n);
  int err = std::ferror(f) ? errno : 0;
  std::fclose(f);
  if (err) return fail("read", err);
  return load_source(path, source, errors);
}

int Interpreter::run() { return vm_->run(); }

std::string Interpreter::disassemble() const { return vm_->disassemble(); }

const char* version() { return "0.1.0"; }

}  // namespace csp
