// The csp command: run, check, disasm, version, help.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "csp/csp.hpp"

namespace {

const char* kUsage =
    "csp is a small Go: goroutines, channels and a fast VM.\n"
    "\n"
    "Usage:\n"
    "  csp run [--procs N] FILE [args...]   run a program or script\n"
    "  csp check FILE                       report compile errors only\n"
    "  csp disasm FILE                      print the bytecode\n"
    "  csp version                          print the version\n"
    "  csp help                             print this help\n"
    "\n"
    "FILE is a Go source file (package main) or a script without a package\n"
    "clause. Worker threads: --procs N, else $GOMAXPROCS, else the CPU count.\n";

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "csp: %s\n\n%s", msg.c_str(), kUsage);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    // The interactive REPL arrives with its own issue; until then, say so.
    std::fputs(kUsage, stdout);
    return 0;
  }
  const std::string cmd = args[0];
  if (cmd == "help" || cmd == "-h" || cmd == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (cmd == "version" || cmd == "--version") {
    std::printf("csp version %s\n", csp::version());
    return 0;
  }
  if (cmd != "run" && cmd != "check" && cmd != "disasm")
    return usage_error("unknown command \"" + cmd + "\"");

  csp::Options opts;
  size_t k = 1;
  for (; k < args.size(); ++k) {
    const std::string& a = args[k];
    if (a == "--procs" || a == "-procs") {
      if (k + 1 >= args.size()) return usage_error("--procs needs a number");
      char* end = nullptr;
      long n = std::strtol(args[k + 1].c_str(), &end, 10);
      if (!end || *end || n < 1 || n > 256) return usage_error("--procs needs a number from 1 to 256");
      opts.procs = static_cast<int>(n);
      ++k;
    } else if (a.rfind("--procs=", 0) == 0) {
      long n = std::atol(a.c_str() + 8);
      if (n < 1 || n > 256) return usage_error("--procs needs a number from 1 to 256");
      opts.procs = static_cast<int>(n);
    } else {
      break;
    }
  }
  if (k >= args.size()) return usage_error(cmd + " needs a FILE");
  const std::string file = args[k];
  // os.Args: the program, then what follows it (as `go run prog.go a b`).
  opts.args.assign(args.begin() + static_cast<std::ptrdiff_t>(k), args.end());

  csp::Interpreter vm(opts);
  std::string errors;
  if (!vm.load_file(file, &errors)) {
    std::fputs(errors.c_str(), stderr);
    return 1;
  }
  if (cmd == "check") return 0;
  if (cmd == "disasm") {
    std::fputs(vm.disassemble().c_str(), stdout);
    return 0;
  }
  std::fflush(stdout);
  return vm.run();
}
