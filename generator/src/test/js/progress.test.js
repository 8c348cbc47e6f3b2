// Unit tests of templates/assets/progress.js (the localStorage progress store) with scheduler.js,
// run with Node's built-in test runner (node --test): answers in the notes and on the practice page.
"use strict";
process.env.TZ = "UTC";

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const assets = path.join(__dirname, "../../../../templates/assets");
const stored = new Map();
globalThis.localStorage = {
  getItem: (key) => (stored.has(key) ? stored.get(key) : null),
  setItem: (key, value) => stored.set(key, String(value)),
};
globalThis.coursenotes = { scheduler: require(path.join(assets, "scheduler.js")) };
require(path.join(assets, "progress.js"));
const progress = globalThis.coursenotes.progress;
const { MINUTE, DAY } = globalThis.coursenotes.scheduler;

const NOON = Date.UTC(2026, 2, 10, 15, 0, 0);
const TOMORROW_4AM = Date.UTC(2026, 2, 11, 4, 0, 0);

test.beforeEach(() => stored.clear());

test("a right answer in the notes to a new card counts the answer and schedules the card for tomorrow", () => {
  const record = progress.recordAnswer("c1", true, { now: NOON });
  assert.equal(record.seen, 1);
  assert.equal(record.right, 1);
  assert.equal(record.last, "right");
  assert.equal(record.at, NOON);
  assert.equal(record.state, "review");
  assert.equal(record.due, TOMORROW_4AM);
  assert.deepEqual(progress.get("c1"), record, "stored under the course's key");
  assert.ok(stored.has("coursenotes:site:cards"));
});

test("a wrong answer in the notes puts a new card in learning, due in a minute", () => {
  const record = progress.recordAnswer("c1", false, { now: NOON });
  assert.equal(record.wrong, 1);
  assert.equal(record.state, "learning");
  assert.equal(record.due, NOON + MINUTE);
});

test("answering again before the card is due counts the answer but keeps the schedule", () => {
  const first = progress.recordAnswer("c1", true, { now: NOON });
  const second = progress.recordAnswer("c1", false, { now: NOON + 2 * MINUTE });
  assert.equal(second.seen, 2);
  assert.equal(second.wrong, 1);
  assert.equal(second.state, "review");
  assert.equal(second.due, first.due);
  assert.equal(second.lapses, 0);
});

test("an answer in the notes once the card is due is a review", () => {
  progress.recordAnswer("c1", true, { now: NOON });
  const later = progress.recordAnswer("c1", true, { now: TOMORROW_4AM + MINUTE });
  assert.equal(later.state, "review");
  assert.ok(later.interval > 1, "Good lengthened the interval: " + later.interval);
  assert.equal(later.reps, 2);
});

test("on the practice page (schedule: false) only the answer is counted", () => {
  const record = progress.recordAnswer("c1", true, { now: NOON, schedule: false });
  assert.equal(record.seen, 1);
  assert.equal(record.state, undefined);
  assert.equal(globalThis.coursenotes.scheduler.status(record), "new");
});

test("without the scheduler an answer is still counted", () => {
  const scheduler = globalThis.coursenotes.scheduler;
  delete globalThis.coursenotes.scheduler;
  try {
    const record = progress.recordAnswer("c1", true, { now: NOON + DAY });
    assert.equal(record.right, 1);
    assert.equal(record.state, undefined);
  } finally {
    globalThis.coursenotes.scheduler = scheduler;
  }
});
