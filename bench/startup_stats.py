#!/usr/bin/env python3
"""How sure a start-up comparison is: Jikim against the plain Tauri app (bench/startup.sh).

    python3 bench/startup_stats.py RAW [RAW...]   # files bench/startup.sh wrote (STARTUP_RAW)
    python3 bench/startup_stats.py --self-test

Each RAW line is `app run window_ms paint_ms pss_kb` (tab-separated; `NA` where a run saw no
window or no paint). Several files are pooled; runs pair up by file and run number, the plain
app's start just before Jikim's, so that a noisy minute on the machine falls on both alike.

For window mapping, first paint and idle memory it prints the medians, their ratio (Jikim / plain: issue 18's
figure) and a 95 % confidence interval of that ratio by the paired bootstrap (the pairs drawn
again with replacement, 10,000 times, a fixed seed so that the same data give the same lines).
"Reliably within" a target (issue 18: first paint 1.0, idle memory 1.05) is read as: the
interval's upper end is at most the target. One run of 15 gives
an interval about ±0.05 wide, which is why single runs disagreed (docs/BENCHMARKS.md).
Standard library only: the machines this runs on have Python but nothing else is installed.
"""

import os
import random
import statistics
import sys
import tempfile

RESAMPLES = 10_000
SEED = 18


def read_pairs(paths):
    """{figure: [(plain, jikim), ...]} for `window`, `paint` and `pss`, in file and run order."""
    runs = {}
    for index, path in enumerate(paths):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                fields = line.split()
                if len(fields) != 5 or fields[0] not in ("plain", "jikim"):
                    raise ValueError(f"{path}:{number}: not `app run window paint pss`: {line!r}")
                app, run, window, paint, pss = fields
                runs.setdefault((index, run), {})[app] = (window, paint, pss)
    pairs = {"window": [], "paint": [], "pss": []}
    for key in sorted(runs, key=lambda k: (k[0], int(k[1]))):
        both = runs[key]
        if "plain" not in both or "jikim" not in both:
            continue
        for column, figure in enumerate(("window", "paint", "pss")):
            plain, jikim = both["plain"][column], both["jikim"][column]
            if plain != "NA" and jikim != "NA":
                pairs[figure].append((float(plain), float(jikim)))
    return pairs


def ratio_of_medians(pairs):
    return statistics.median(j for _, j in pairs) / statistics.median(p for p, _ in pairs)


def bootstrap_interval(pairs, resamples=RESAMPLES, seed=SEED):
    """The 2.5th and 97.5th percentiles of the ratio of medians over resampled pairs."""
    rng = random.Random(seed)
    n = len(pairs)
    ratios = sorted(ratio_of_medians([pairs[rng.randrange(n)] for _ in range(n)]) for _ in range(resamples))
    return ratios[int(0.025 * resamples)], ratios[int(0.975 * resamples) - 1]


def summary(name, unit, pairs, target=None, scale=1.0):
    if len(pairs) < 2:
        return f"{name}: too few pairs ({len(pairs)})"
    plain = statistics.median(p for p, _ in pairs) * scale
    jikim = statistics.median(j for _, j in pairs) * scale
    low, high = bootstrap_interval(pairs)
    if target is None:
        within = "no target"
    else:
        within = f"within {target}" if high <= target else f"not reliably within {target}"
    pair_ratio = statistics.median(j / p for p, j in pairs)
    return (
        f"{name}, {len(pairs)} pairs: median plain {plain:.0f} {unit}, Jikim {jikim:.0f} {unit}; "
        f"ratio {ratio_of_medians(pairs):.3f}, 95 % interval {low:.3f}–{high:.3f} ({within}); "
        f"median of the pairs' ratios {pair_ratio:.3f}"
    )


def self_test():
    # Jikim exactly 0.9 of plain in every pair: the ratio and both ends of the interval are 0.9.
    scaled = [(p, p * 0.9) for p in (500, 520, 610, 580, 555, 600, 530)]
    assert abs(ratio_of_medians(scaled) - 0.9) < 1e-12
    low, high = bootstrap_interval(scaled, resamples=500)
    assert abs(low - 0.9) < 1e-12 and abs(high - 0.9) < 1e-12, (low, high)
    # Noise around parity: the interval holds 1.0 and has some width.
    rng = random.Random(1)
    noisy = [(rng.gauss(580, 30), rng.gauss(580, 30)) for _ in range(30)]
    low, high = bootstrap_interval(noisy, resamples=2000)
    assert low < 1.0 < high and high - low > 0.01, (low, high)
    # The raw format: pairs by run number, NA skipped, an unpaired run left out.
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
        f.write("plain\t1\t250\t600\t210000\njikim\t1\t240\t570\t220000\n")
        f.write("plain\t2\t250\tNA\t210000\njikim\t2\t240\t580\t221000\n")
        f.write("plain\t3\t260\t610\t211000\n")
    try:
        pairs = read_pairs([f.name])
    finally:
        os.unlink(f.name)
    assert pairs["window"] == [(250.0, 240.0), (250.0, 240.0)], pairs
    assert pairs["paint"] == [(600.0, 570.0)], pairs
    assert pairs["pss"] == [(210000.0, 220000.0), (210000.0, 221000.0)], pairs
    print("startup_stats self-test: ok")


def main(argv):
    if argv == ["--self-test"]:
        self_test()
        return 0
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    pairs = read_pairs(argv)
    print(summary("window mapped", "ms", pairs["window"]))
    print(summary("first paint", "ms", pairs["paint"], target=1.0))
    print(summary("PSS after 5 s idle", "MiB", pairs["pss"], target=1.05, scale=1 / 1024))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
