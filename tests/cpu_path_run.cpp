// cpu_path_run PATH COMMAND [ARG…]: runs COMMAND with RELULAB_CPU=PATH, or
// exits 77 (CTest's "skipped") when this machine cannot run PATH. Lets the
// engine's and the activations' test suites run once per CPU path.

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "core/cpu/cpu.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: cpu_path_run PATH COMMAND [ARG…]\n");
    return 2;
  }
  const auto path = relulab::core::cpu::parsePath(argv[1]);
  if (!path) {
    std::printf("skipped: %s\n", path.error().c_str());
    return 77;
  }
  setenv("RELULAB_CPU", argv[1], 1);
  execv(argv[2], argv + 2);
  std::perror(argv[2]);
  return 2;
}
