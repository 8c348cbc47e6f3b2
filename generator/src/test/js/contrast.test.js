// The theme's colour pairs meet WCAG AA (4.5:1 for text) in the light and the dark palette of
// templates/assets/style.css, including the code highlighting colours on the code background.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");

const css = fs.readFileSync(path.join(__dirname, "../../../../templates/assets/style.css"), "utf8");

function palette(selector) {
  const start = css.indexOf(selector + " {");
  assert.ok(start >= 0, selector);
  const block = css.slice(start, css.indexOf("}", start));
  const colours = {};
  for (const match of block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)) {
    colours[match[1]] = match[2];
  }
  return colours;
}

function luminance(hex) {
  const channel = (i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const PAIRS = [
  ["fg", ["bg", "bg-soft", "bg-raised", "code-bg", "accent-soft", "mark", "right-bg", "wrong-bg"]],
  ["fg-muted", ["bg", "bg-soft", "bg-raised", "code-bg"]],
  ["accent", ["bg", "bg-soft", "bg-raised", "accent-soft"]],
  ["on-accent", ["accent"]],
  ["right", ["bg", "bg-soft", "bg-raised", "right-bg"]],
  ["wrong", ["bg", "bg-soft", "bg-raised", "wrong-bg"]],
  ["on-accent", ["wrong"]],
  ["hl-comment", ["code-bg"]],
  ["hl-keyword", ["code-bg"]],
  ["hl-string", ["code-bg"]],
  ["hl-number", ["code-bg"]],
  ["hl-name", ["code-bg"]],
  ["hl-variable", ["code-bg"]]
];

for (const [name, selector] of [["light", ":root"], ["dark", ':root[data-theme="dark"]']]) {
  test(name + " palette: every text colour on its backgrounds is at least 4.5:1", () => {
    const colours = palette(selector);
    const low = [];
    for (const [text, backgrounds] of PAIRS) {
      for (const background of backgrounds) {
        assert.ok(colours[text] && colours[background], name + ": --" + text + " and --" + background + " are defined");
        const ratio = contrast(colours[text], colours[background]);
        if (ratio < 4.5) {
          low.push("--" + text + " on --" + background + ": " + ratio.toFixed(2));
        }
      }
    }
    assert.deepEqual(low, []);
  });
}

test("the dark palette for the system setting is the one for the toggle", () => {
  const media = css.indexOf("@media (prefers-color-scheme: dark)");
  const system = palette.call(null, ':root:not([data-theme="light"])');
  assert.ok(media >= 0 && media < css.indexOf(':root:not([data-theme="light"]) {'));
  assert.deepEqual(system, palette(':root[data-theme="dark"]'));
});

test("the contrast measure is WCAG's", () => {
  assert.equal(contrast("#000000", "#ffffff").toFixed(0), "21");
  assert.equal(contrast("#777777", "#ffffff").toFixed(2), "4.48");
});
