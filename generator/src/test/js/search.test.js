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

function hrefs(query, data) {
  return search.rank(data || index(), query).map((result) => result.href);
}

/** A course where "mode" is a word in some sections and only the start of "model" in others. */
function modes() {
  return {
    pages: [["shadow.html", "Shadow mode"], ["canary.html", "Canary deployment"], ["glossary.html", "Glossary"]],
    sections: [
      [0, 0, "", "", "Run the new model in shadow mode beside the old one."],
      [1, 1, "why", "Why shadow", "The shadow model sees real traffic; its output is only logged."],
      [1, 1, "compare", "Compared", "Unlike shadow deployments, a canary model makes decisions."],
      [1, 2, "card-modes", "Which modes exist?", "Shadow and canary modes both limit risk."],
      [2, 1, "shadow-mode", "Shadow mode", "A deployment pattern."],
      [2, 1, "deploy", "Deploying", "To deploy is to release. Deployment patterns; deployed models; redeploy."]
    ]
  };
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
  assert.deepEqual(hrefs("alpha"), ["a.html"], "alone, the page title only ranks the top of the page;"
    + " 'Alphazeta' in #other is a match inside a word, hidden by the title's whole word");
});

test("whole words hide matches at the start of longer words: 'shadow mode' does not find 'shadow model'", () => {
  const found = hrefs("shadow mode", modes());
  assert.deepEqual(found, ["shadow.html", "glossary.html#shadow-mode", "canary.html#card-modes"]);
  assert.ok(!found.includes("canary.html#why"), "'model' is not the word 'mode'");
});

test("a word being typed matches at the start of words when no whole word does", () => {
  const found = hrefs("shadow mo", modes());
  assert.ok(found.includes("canary.html#why"), "model");
  assert.ok(found.includes("glossary.html#shadow-mode"), "mode");
});

test("a word matches its inflected forms: deploy, deploys, deploying, deployed, deployment", () => {
  assert.deepEqual(search.stem("deployment"), "deploy");
  assert.deepEqual(search.stem("deploying"), "deploy");
  assert.deepEqual(search.stem("deployed"), "deploy");
  assert.deepEqual(search.stem("canaries"), "canary");
  assert.deepEqual(search.stem("models"), "model");
  assert.deepEqual(search.stem("modelling"), "model");
  assert.deepEqual(search.stem("mode"), "mode");
  assert.deepEqual(search.stem("class"), "class");
  assert.equal(hrefs("deployments", modes())[0], "glossary.html#deploy");
  assert.ok(hrefs("deploying", modes()).includes("canary.html#compare"), "deployments, by its stem");
  assert.ok(!hrefs("deploy", modes()).some((href) => href === "shadow.html"), "no word of the shadow page's top");
});

test("matches inside words are found only when nothing better is", () => {
  assert.deepEqual(hrefs("ployment", modes()).sort(), ["canary.html#compare", "glossary.html#deploy", "glossary.html#shadow-mode"]);
  assert.deepEqual(hrefs("eploy", modes()).sort(), ["canary.html#compare", "glossary.html#deploy", "glossary.html#shadow-mode"],
    "inside 'redeploy' and 'deployment' alike");
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

test("results are grouped by page, pages in the order of their best result", () => {
  const groups = search.group(search.rank(modes(), "shadow"));
  assert.deepEqual(groups.map((group) => group.page.path), ["shadow.html", "canary.html", "glossary.html"]);
  assert.deepEqual(groups[1].results.map((result) => result.href), ["canary.html#why", "canary.html#compare", "canary.html#card-modes"]);
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

test("highlighting marks whole words, never part of one", () => {
  const text = "The shadow model runs in shadow mode; modes vary.";
  const marked = (level) => search.matchRanges(text, ["shadow", "mode"], level).map(([from, to]) => text.slice(from, to));
  assert.deepEqual(marked(search.LEVEL.word), ["shadow", "shadow", "mode", "modes"]);
  assert.deepEqual(marked(search.LEVEL.prefix), ["shadow", "model", "shadow", "mode", "modes"]);
  assert.deepEqual(search.matchRanges("Canary canaries", ["canar"], search.LEVEL.prefix), [[0, 6], [7, 15]]);
  assert.deepEqual(search.matchRanges("Redeploy it", ["deploy"], search.LEVEL.inside), [[0, 8]]);
});
