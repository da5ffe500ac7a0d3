#!/usr/bin/env python3
"""PyTorch's CPU throughput for the activations that bench/activations measures.

Same work as the C++ benchmark: 2^24 float32 inputs, uniform on [-8, 8], written
into a preallocated output (out=) on one thread; the best of several runs is
reported in Gelem/s. Where PyTorch has no out= form the note column says what
was timed instead. Output is CSV (id,gelem_per_s,note) so bench/activations can
read it; run with --threads N to compare at another thread count.

Usage: python3 bench/torch_activations.py [--threads 1] [--repeats 15] [--log2n 24]
"""

import argparse
import sys
import time

try:
    import torch
except ImportError:  # the C++ benchmark treats exit 3 as "no PyTorch here"
    print("torch_activations.py: PyTorch is not installed (Debian: apt-get install python3-torch)",
          file=sys.stderr)
    sys.exit(3)

nn = torch._C._nn
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


def cases(x, y):
    """id -> (callable writing f(x) into y, note)."""
    a = torch.tensor([0.25])
    return {
        "relu": (lambda: torch.clamp_min(x, 0.0, out=y), "clamp_min(out=)"),
        "leaky_relu": (lambda: nn.leaky_relu(x, 0.01, out=y), ""),
        "prelu": (lambda: torch.prelu(x, a), "allocates: no out= form"),
        "elu": (lambda: nn.elu(x, 1.0, 1.0, 1.0, out=y), ""),
        "selu": (lambda: nn.elu(x, SELU_ALPHA, SELU_SCALE, 1.0, out=y), "elu kernel, as selu()"),
        "celu": (lambda: nn.elu(x, 1.0, 1.0, 1.0, out=y), "elu kernel, as celu()"),
        "gelu": (lambda: nn.gelu(x, out=y), ""),
        "gelu_tanh": (lambda: nn.gelu(x, approximate="tanh", out=y), ""),
        "silu": (lambda: nn.silu(x, out=y), ""),
        "mish": (lambda: nn.mish(x, out=y), ""),
        "softplus": (lambda: nn.softplus(x, 1.0, 20.0, out=y), ""),
        "relu6": (lambda: nn.hardtanh(x, 0.0, 6.0, out=y), "hardtanh(0, 6), as relu6()"),
        "hardswish": (lambda: nn.hardswish(x, out=y), ""),
        "hardsigmoid": (lambda: nn.hardsigmoid(x, out=y), ""),
        "hardtanh": (lambda: nn.hardtanh(x, -1.0, 1.0, out=y), ""),
        "sigmoid": (lambda: torch.sigmoid(x, out=y), ""),
        "tanh": (lambda: torch.tanh(x, out=y), ""),
        "softsign": (lambda: torch.nn.functional.softsign(x), "allocates: no out= form"),
        "copy": (lambda: y.copy_(x), "memory copy baseline"),
    }


def best_seconds(fn, repeats):
    fn()  # warm up: page in the output, JIT nothing
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--log2n", type=int, default=24)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    n = 1 << args.log2n
    gen = torch.Generator().manual_seed(42)
    x = torch.rand(n, generator=gen, dtype=torch.float32) * 16.0 - 8.0
    y = torch.empty_like(x)
    print(f"# torch {torch.__version__}, {torch.get_num_threads()} thread(s), n = 2^{args.log2n}")
    print("id,gelem_per_s,note")
    for name, (fn, note) in cases(x, y).items():
        seconds = best_seconds(fn, args.repeats)
        print(f"{name},{n / seconds / 1e9:.4f},{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
