#!/usr/bin/env python3
"""PyTorch's training throughput for the image networks that bench/images measures.

The same work as the C++ benchmark: the same layers (conv 3x3 with padding 1,
2x2 max pooling, dense layers, a softmax layer with mean cross-entropy), Adam
with the same settings, mini-batches of --batch images drawn from uint8 pixels
and converted to float32 / 255 per batch, one thread. Prints CSV
(images_per_s,<value>) after --warmup untimed steps, the best of --repeats
runs of --steps steps, so bench/images can read it and print the ratio, and
the BLAS library PyTorch loaded (blas,<path>): Debian's PyTorch multiplies
dense layers through whichever libblas.so.3 is installed, the reference BLAS
or OpenBLAS, and its MLP speed differs by 5x between them. OpenBLAS runs on
one thread here too (OPENBLAS_NUM_THREADS), as torch.set_num_threads does
not reach it.

--net describes the hidden layers: comma-separated dense:N, conv:N:K, pool,
each with the ReLU activation (as the presets), e.g. "conv:16:3,pool,conv:32:3,pool".

Usage: python3 bench/images_torch.py --net dense:100 [--steps 200] [--batch 64]
       [--threads 1] [--repeats 3] [--lr 0.001]
"""

import argparse
import os
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

try:
    import torch
except ImportError:  # bench/images treats exit 3 as "no PyTorch here"
    print("images_torch.py: PyTorch is not installed (Debian: apt-get install python3-torch)",
          file=sys.stderr)
    sys.exit(3)


def build(net, rows, cols, classes):
    layers = []
    channels, flat = 1, None
    for part in net.split(","):
        fields = part.split(":")
        if fields[0] == "conv":
            maps, kernel = int(fields[1]), int(fields[2])
            layers += [torch.nn.Conv2d(channels, maps, kernel, padding=kernel // 2),
                       torch.nn.ReLU()]
            channels = maps
        elif fields[0] == "pool":
            layers.append(torch.nn.MaxPool2d(2))
            rows, cols = rows // 2, cols // 2
        elif fields[0] == "dense":
            if flat is None:
                layers.append(torch.nn.Flatten())
                flat = channels * rows * cols
            units = int(fields[1])
            layers += [torch.nn.Linear(flat, units), torch.nn.ReLU()]
            flat = units
        else:
            raise SystemExit(f"images_torch.py: unknown layer {part!r}")
    if flat is None:
        layers.append(torch.nn.Flatten())
        flat = channels * rows * cols
    layers.append(torch.nn.Linear(flat, classes))
    return torch.nn.Sequential(*layers)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--net", required=True)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--lr", type=float, default=1e-3)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)

    count, rows, cols, classes = 60000, 28, 28, 10
    pixels = torch.randint(0, 256, (count, 1, rows, cols), dtype=torch.uint8)
    labels = torch.randint(0, classes, (count,))
    model = build(args.net, rows, cols, classes)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    loss_fn = torch.nn.CrossEntropyLoss()
    order = torch.randperm(count)
    position = 0

    def step():
        nonlocal position
        if position + args.batch > count:
            position = 0
        index = order[position:position + args.batch]
        position += args.batch
        x = pixels[index].float() / 255.0
        if not any(isinstance(m, torch.nn.Conv2d) for m in model):
            x = x.view(args.batch, -1)
        optimizer.zero_grad()
        loss = loss_fn(model(x), labels[index])
        loss.backward()
        optimizer.step()

    for _ in range(args.warmup):
        step()
    best = float("inf")
    for _ in range(args.repeats):
        start = time.perf_counter()
        for _ in range(args.steps):
            step()
        best = min(best, time.perf_counter() - start)
    print(f"images_per_s,{args.steps * args.batch / best:.1f}")
    print(f"blas,{blas_library()}")


def blas_library():
    """The BLAS libraries this process loaded, resolved through Debian's
    alternatives, in load order (PyTorch multiplies through libblas.so.3)."""
    found = []
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.split()[-1]
                if "blas" in os.path.basename(path):
                    real = os.path.realpath(path)
                    if real not in found:
                        found.append(real)
    except OSError:
        pass
    return " + ".join(found) if found else "unknown"


if __name__ == "__main__":
    main()
