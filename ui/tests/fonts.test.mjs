// @ts-check
// The first font subset (scripts/subset-fonts.sh) holds every character of the first screens'
// text (scripts/lib/first-screen.mjs), in both weights, and the CSS sends exactly those
// characters to it and all others to the rest subset: the sign-in screen never waits for the
// rest. Fails when the first screens' text changed and the fonts were not generated again.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync } from "node:zlib";
import { firstScreenCodePoints, INVISIBLE } from "../../scripts/lib/first-screen.mjs";

const FONTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/assets/fonts");

/**
 * Reads a UIntBase128 (WOFF2) at `at`.
 * @param {Buffer} b
 * @param {number} at
 * @returns {[number, number]} the value and the offset after it
 */
function base128(b, at) {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = b[at + i];
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, at + i + 1];
  }
  throw new Error("bad UIntBase128");
}

/**
 * The code points a WOFF2 font's cmap maps to a glyph (formats 4 and 12).
 * @param {string} file
 * @returns {Set<number>}
 */
function cmapOf(file) {
  const woff = readFileSync(file);
  assert.equal(woff.toString("latin1", 0, 4), "wOF2", file);
  const numTables = woff.readUInt16BE(12);
  const compressed = woff.readUInt32BE(20);
  let at = 48;
  let offset = 0;
  /** @type {{ start: number, length: number } | null} */
  let cmap = null;
  for (let i = 0; i < numTables; i++) {
    const flags = woff[at++];
    const known = flags & 0x3f;
    const version = flags >> 6;
    if (known === 63) at += 4;
    let length;
    [length, at] = base128(woff, at);
    // glyf and loca are transformed at version 0, every other table at any other version.
    const transformed = known === 10 || known === 11 ? version === 0 : version !== 0;
    if (transformed) [length, at] = base128(woff, at);
    if (known === 0) cmap = { start: offset, length };
    offset += length;
  }
  assert.ok(cmap, `${file} has a cmap`);
  const data = brotliDecompressSync(woff.subarray(at, at + compressed));
  const t = data.subarray(cmap.start, cmap.start + cmap.length);
  /** @type {Set<number>} */
  const points = new Set();
  const records = t.readUInt16BE(2);
  for (let r = 0; r < records; r++) {
    const sub = t.readUInt32BE(4 + r * 8 + 4);
    const format = t.readUInt16BE(sub);
    if (format === 4) {
      const segs = t.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const rangeOffsets = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const end = t.readUInt16BE(ends + s * 2);
        const start = t.readUInt16BE(starts + s * 2);
        const delta = t.readUInt16BE(deltas + s * 2);
        const rangeOffset = t.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const g = t.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
            glyph = g === 0 ? 0 : (g + delta) & 0xffff;
          }
          if (glyph !== 0) points.add(c);
        }
      }
    } else if (format === 12) {
      const groups = t.readUInt32BE(sub + 12);
      for (let g = 0; g < groups; g++) {
        const start = t.readUInt32BE(sub + 16 + g * 12);
        const end = t.readUInt32BE(sub + 20 + g * 12);
        for (let c = start; c <= end; c++) points.add(c);
      }
    }
  }
  return points;
}

/**
 * The unicode-range of each @font-face of pretendard.css, by font file.
 * @returns {Map<string, (c: number) => boolean>}
 */
function ranges() {
  const css = readFileSync(path.join(FONTS, "pretendard.css"), "utf8");
  /** @type {Map<string, (c: number) => boolean>} */
  const out = new Map();
  for (const face of css.split("@font-face").slice(1)) {
    const file = /url\("\.\/([^"]+)"\)/.exec(face)?.[1];
    const range = /unicode-range:([^;]+);/.exec(face)?.[1];
    assert.ok(file && range, face);
    const parts = range.split(",").map((p) => {
      const [a, b = a] = p.trim().replace(/^U\+/, "").split("-");
      return [Number.parseInt(a, 16), Number.parseInt(b, 16)];
    });
    out.set(file, (c) => parts.some(([a, b]) => a <= c && c <= b));
  }
  return out;
}

const firstScreens = firstScreenCodePoints();

test("the first font subset holds every character of the first screens, in both weights", () => {
  const text = firstScreens.filter((c) => !INVISIBLE.includes(c));
  for (const weight of ["Regular", "Bold"]) {
    const cmap = cmapOf(path.join(FONTS, `Pretendard-${weight}.first.woff2`));
    const missing = text.filter((c) => !cmap.has(c));
    assert.deepEqual(
      String.fromCodePoint(...missing),
      "",
      `Pretendard-${weight}.first.woff2 lacks these: run bash scripts/subset-fonts.sh`,
    );
    // Exactly the first screens: a glyph more is a byte more before the first paint.
    const extra = [...cmap].filter((c) => !firstScreens.includes(c));
    assert.deepEqual(String.fromCodePoint(...extra), "", `Pretendard-${weight}.first.woff2 holds more than needed`);
    const rest = cmapOf(path.join(FONTS, `Pretendard-${weight}.rest.woff2`));
    assert.ok(rest.has(0xd7a3) && rest.has(0xac01), "the rest subset holds the other Hangul syllables");
  }
});

test("the CSS sends the first screens' characters to the first subset and no other", () => {
  const faces = ranges();
  assert.equal(faces.size, 4, [...faces.keys()].join(", "));
  for (const weight of ["Regular", "Bold"]) {
    const first = faces.get(`Pretendard-${weight}.first.woff2`);
    const rest = faces.get(`Pretendard-${weight}.rest.woff2`);
    assert.ok(first && rest, weight);
    for (const c of firstScreens) {
      assert.ok(first(c), `U+${c.toString(16)} in the first subset's range`);
      assert.ok(!rest(c), `U+${c.toString(16)} not in the rest's range (it would fetch the rest)`);
    }
    for (const c of [0x1100, 0xac01, 0xd7a3, 0x4e00, 0x2192]) {
      assert.ok(rest(c) && !first(c), `U+${c.toString(16)} goes to the rest`);
    }
  }
});
