// Unit tests of templates/assets/progress-file.js (export/import of progress), run with node --test.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const progressFile = require(path.join(__dirname, "../../../../templates/assets/progress-file.js"));
const scheduler = require(path.join(__dirname, "../../../../templates/assets/scheduler.js"));

const NOW = Date.UTC(2026, 10, 27, 9, 30, 0);

function someProgress() {
  return {
    "concept-vs-data-drift": scheduler.grade({ seen: 1, right: 1, wrong: 0, last: "right", at: NOW - 5000 }, 3, NOW),
    "shadow-mode-purpose": scheduler.grade(scheduler.grade({}, 1, NOW - 60000), 4, NOW),
    "only-seen-in-notes": { seen: 2, right: 1, wrong: 1, last: "wrong", at: NOW - 1000 }
  };
}

test("export then import gives back exactly the same records", () => {
  const records = someProgress();
  const text = progressFile.serialize(records, "Machine Learning in Production", NOW);
  const parsed = progressFile.parse(text);
  assert.equal(parsed.site, "Machine Learning in Production");
  assert.deepEqual(parsed.cards, records);
  const merged = progressFile.merge({}, parsed.cards);
  assert.deepEqual(merged.records, records);
  assert.equal(merged.added, 3);
});

test("the exported file names its format, version, site and date, with cards sorted by id", () => {
  const data = JSON.parse(progressFile.serialize(someProgress(), "Course", NOW));
  assert.equal(data.format, "coursenotes-progress");
  assert.equal(data.version, 1);
  assert.equal(data.site, "Course");
  assert.equal(data.exported, "2026-11-27T09:30:00.000Z");
  assert.deepEqual(Object.keys(data.cards), ["concept-vs-data-drift", "only-seen-in-notes", "shadow-mode-purpose"]);
});

test("export is deterministic for the same progress and time", () => {
  assert.equal(progressFile.serialize(someProgress(), "C", NOW), progressFile.serialize(someProgress(), "C", NOW));
});

test("a bare object of records is accepted and non-object records are dropped", () => {
  const parsed = progressFile.parse(JSON.stringify({ a: { seen: 1 }, b: 7, c: null, d: [1] }));
  assert.deepEqual(parsed.cards, { a: { seen: 1 } });
  assert.equal(parsed.site, "");
});

test("a byte order mark at the start is ignored", () => {
  assert.deepEqual(progressFile.parse("\uFEFF{\"a\": {\"seen\": 1}}").cards, { a: { seen: 1 } });
});

test("files that are not progress files are refused with a message", () => {
  assert.throws(() => progressFile.parse("not json"), /not valid JSON/);
  assert.throws(() => progressFile.parse("[1, 2]"), /expected a JSON object/);
  assert.throws(() => progressFile.parse("{\"format\": \"something-else\", \"cards\": {}}"), /format is 'something-else'/);
  assert.throws(() => progressFile.parse("{\"format\": \"coursenotes-progress\", \"version\": 99, \"cards\": {}}"), /newer version/);
  assert.throws(() => progressFile.parse("{\"format\": \"coursenotes-progress\", \"version\": 1}"), /no cards/);
});

test("import merges: the more recent record of each card wins", () => {
  const current = {
    older: { state: "review", interval: 3, graded: NOW - 1000 },
    newer: { state: "review", interval: 9, graded: NOW },
    mine: { seen: 1, at: NOW }
  };
  const imported = {
    older: { state: "review", interval: 8, graded: NOW },
    newer: { state: "review", interval: 2, graded: NOW - 1000 },
    theirs: { seen: 4, at: NOW - 10 }
  };
  const merged = progressFile.merge(current, imported);
  assert.equal(merged.records.older.interval, 8);
  assert.equal(merged.records.newer.interval, 9);
  assert.deepEqual(merged.records.mine, { seen: 1, at: NOW });
  assert.deepEqual(merged.records.theirs, { seen: 4, at: NOW - 10 });
  assert.deepEqual([merged.added, merged.updated, merged.kept], [1, 1, 1]);
});

test("the file name is made from the site title and the date", () => {
  assert.equal(progressFile.fileName("Machine Learning in Production", NOW), "machine-learning-in-production-progress-2026-11-27.json");
  assert.equal(progressFile.fileName("", NOW), "course-progress-2026-11-27.json");
});
