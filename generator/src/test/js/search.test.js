// Unit tests of the ranking in templates/assets/search.js, run with Node's built-in test runner (node --test).
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

global.window = {};
require(path.join(__dirname, "../../../../templates/assets/search.js"));
const search = global.window.coursenotes.search;

// kind: 0 = top of a page, 1 = a heading's section, 2 = a card
function index() {
  return {
    pages: [["a.html", "Alpha"], ["z.html", "Zeta page"]],
    sections: [
      [0, 0, "", "", "Body text that mentions zeta once."],
      [0, 1, "about", "About zeta", "Heading match."],
      [0, 2, "card-q", "What is zeta?", "A letter."],
      [1, 0, "", "", "The page titled zeta."],
      [0, 1, "other", "Other", "Alphazeta hides it inside a word, zeta zeta repeats it."]
    ]
  };
}

function hrefs(query) {
  return search.rank(index(), query).map((result) => result.href);
}

test("a page title ranks above a heading, a card question, then body text", () => {
  assert.deepEqual(hrefs("zeta"), ["z.html", "a.html#about", "a.html#card-q", "a.html#other", "a.html"]);
});

test("every word of the query must match; case does not matter", () => {
  assert.deepEqual(hrefs("ZETA Letter"), ["a.html#card-q"]);
  assert.deepEqual(hrefs("zeta nowhere"), []);
});

test("the page title helps a section that matches the other words", () => {
  assert.deepEqual(hrefs("alpha heading"), ["a.html#about"]);
  assert.deepEqual(hrefs("alpha"), ["a.html", "a.html#other"], "alone, the page title only ranks the top of the page");
});

test("an empty query or a missing index has no results", () => {
  assert.deepEqual(search.rank(index(), "  "), []);
  assert.deepEqual(search.rank(null, "zeta"), []);
});

test("the limit cuts the ranked list", () => {
  assert.equal(search.rank(index(), "zeta", 2).length, 2);
});

test("query words are split on punctuation and de-duplicated", () => {
  assert.deepEqual(search.queryTerms("Blue/green, blue!"), ["blue", "green"]);
});

test("the snippet starts near the first match and marks where it was cut", () => {
  const text = "word ".repeat(60) + "needle " + "after ".repeat(60);
  const snippet = search.snippet(text.trim(), ["needle"]);
  assert.ok(snippet.startsWith("… "), snippet);
  assert.ok(snippet.endsWith(" …"), snippet);
  assert.ok(snippet.includes("needle"), snippet);
  assert.ok(snippet.length < 190, String(snippet.length));
  assert.equal(search.snippet("short text", ["short"]), "short text");
});

test("match ranges cover every occurrence of every word, overlaps merged", () => {
  assert.deepEqual(search.matchRanges("Canary canaries", ["canar", "canary"]), [[0, 6], [7, 12]]);
});
