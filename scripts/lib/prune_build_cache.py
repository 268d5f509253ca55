#!/usr/bin/env python3
"""Removes this workspace's own build artifacts from a cargo target folder, keeping the
dependencies' artifacts.

Why: CI keeps its cargo target folder between runs (scripts/test.sh), but every run is a fresh
clone, whose sources are all newer than any earlier build, so cargo recompiles every workspace
crate anyway. The earlier runs' workspace artifacts are therefore dead weight, and they pile up:
one run leaves about 10 GB of them, and on 2026-11-27 a CI run failed with "No space left on
device". Dependencies' artifacts are what the cache is for, and they stay.

Usage: prune_build_cache.py TARGET_DIR MANIFEST_PATH...
Each manifest (the workspace's and the fuzz workspace's Cargo.toml) names its packages and
targets through `cargo metadata --no-deps`; every artifact cargo names after one of them, in any
profile and any target triple, is removed. Prints what it freed.
"""
import json
import os
import re
import shutil
import subprocess
import sys


def workspace_names(manifest):
    out = subprocess.run(
        ["cargo", "metadata", "--no-deps", "--format-version", "1", "--manifest-path", manifest],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    names = set()
    for package in json.loads(out)["packages"]:
        names.add(package["name"])
        names.add(package["name"].replace("-", "_"))
        for target in package["targets"]:
            names.add(target["name"])
            names.add(target["name"].replace("-", "_"))
    return names


def profile_dirs(target_dir):
    """target/<profile> and target/<triple>/<profile>: every folder holding a deps/ folder."""
    for root, dirs, _files in os.walk(target_dir):
        if "deps" in dirs and ".fingerprint" in dirs:
            yield root
            dirs[:] = []
        elif root.count(os.sep) - target_dir.count(os.sep) >= 2:
            dirs[:] = []


def size(path):
    if os.path.islink(path) or not os.path.isdir(path):
        return os.lstat(path).st_size
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return total


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    target_dir = os.path.realpath(sys.argv[1])
    if not os.path.isdir(target_dir):
        return
    names = set()
    for manifest in sys.argv[2:]:
        names |= workspace_names(manifest)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # Cargo names an artifact <name>-<16 hex digits>, with "lib" before a library's name and an
    # extension after a file's; build scripts' folders are named after the package.
    artifact = re.compile(r"^(lib)?(%s)-[0-9a-f]{16}(\..*)?$" % alternatives)
    freed = 0
    removed = 0
    for profile in profile_dirs(target_dir):
        for sub in ("deps", ".fingerprint", "build", "incremental"):
            folder = os.path.join(profile, sub)
            if not os.path.isdir(folder):
                continue
            for entry in os.listdir(folder):
                if sub == "incremental" or artifact.match(entry):
                    path = os.path.join(folder, entry)
                    freed += size(path)
                    removed += 1
                    if os.path.isdir(path) and not os.path.islink(path):
                        shutil.rmtree(path, ignore_errors=True)
                    else:
                        os.remove(path)
    print(f"pruned {removed} workspace artifacts ({freed / 2**30:.1f} GiB) from {target_dir}")


if __name__ == "__main__":
    main()
