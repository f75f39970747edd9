// csp: embed the csp VM in a C++ program.
//
//   csp::VM vm;                        // its own heap and scheduler
//   std::string errors;
//   if (!vm.load_file("prog.csp", &errors)) { std::cerr << errors; return 1; }
//   int status = vm.run();             // runs main (or the script) to the end
//
// This header is the whole public API; everything else is internal. No
// exception crosses it: failures come back as return values and messages.
// Several VMs may live in one process; each is used by one host thread at a
// time.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace csp {

class VM;

struct Options {
  // Worker threads for goroutines; 0 means $GOMAXPROCS, else the CPU count.
  int procs = 0;
  // Where the program's standard output and standard error go; by default
  // the process's file descriptors 1 and 2.
  std::function<void(std::string_view)> out;
  std::function<void(std::string_view)> err;
  // The program's os.Args: its path, then its arguments. When empty, the
  // path of the loaded file alone.
  std::vector<std::string> args;
};

class Interpreter {
 public:
  explicit Interpreter(Options opts = {});
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Parses, type-checks and compiles a program. On failure returns false and
  // appends Go-style diagnostics (`file:line:col: message`) to *errors.
  bool load_source(const std::string& filename, std::string_view source, std::string* errors);
  // load_source of a file's contents; a file that cannot be opened or read
  // (missing, a directory, no permission) appends `csp: cannot open PATH:
  // reason` (or `cannot read`) to *errors and returns false.
  bool load_file(const std::string& path, std::string* errors);
  // Runs the loaded program to its end and returns its exit status: 0, or 2
  // after an unrecovered panic or a deadlock (as Go's runtime exits).
  int run();
  // The loaded program's bytecode, readable, with source lines.
  std::string disassemble() const;

 private:
  std::unique_ptr<VM> vm_;
};

// The csp version string, e.g. "0.1.0".
const char* version();

}  // namespace csp
