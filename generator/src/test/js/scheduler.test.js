// Unit tests of templates/assets/scheduler.js, run with Node's built-in test runner (node --test).
"use strict";
process.env.TZ = "UTC";

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const scheduler = require(path.join(__dirname, "../../../../templates/assets/scheduler.js"));

const { MINUTE, HOUR, DAY } = scheduler;
// 2026-03-10 15:00 UTC: mid-afternoon, so "tomorrow" starts at 2026-03-11 04:00.
const NOON = Date.UTC(2026, 2, 10, 15, 0, 0);
const TOMORROW_4AM = Date.UTC(2026, 2, 11, 4, 0, 0);

function review(interval, ease, due) {
  return { state: "review", interval, ease, reps: 3, lapses: 0, due };
}

test("a new card graded Good graduates to a one-day interval, due at the start of tomorrow", () => {
  const next = scheduler.grade({}, 3, NOON);
  assert.equal(next.state, "review");
  assert.equal(next.interval, 1);
  assert.equal(next.due, TOMORROW_4AM);
  assert.equal(next.reps, 1);
  assert.equal(next.lapses, 0);
  assert.equal(next.ease, 2.5);
  assert.equal(next.graded, NOON);
  assert.equal(scheduler.isDue(next, NOON + HOUR), false);
  assert.equal(scheduler.isDue(next, TOMORROW_4AM), true);
});

test("a new card graded Easy graduates to four days", () => {
  const next = scheduler.grade({}, 4, NOON);
  assert.equal(next.interval, 4);
  assert.equal(next.due, TOMORROW_4AM + 3 * DAY);
});

test("Again and Hard keep a new card in learning for a minute or ten", () => {
  const again = scheduler.grade({}, 1, NOON);
  assert.equal(again.state, "learning");
  assert.equal(again.due, NOON + MINUTE);
  const hard = scheduler.grade({}, 2, NOON);
  assert.equal(hard.state, "learning");
  assert.equal(hard.due, NOON + 10 * MINUTE);
  assert.equal(scheduler.grade(again, 3, NOON + MINUTE).state, "review");
});

test("a late-night session counts for the day before: the card is due at 04:00 the same night", () => {
  const lateNight = Date.UTC(2026, 2, 11, 1, 30, 0);
  assert.equal(scheduler.grade({}, 3, lateNight).due, TOMORROW_4AM);
});

test("intervals grow with each success by the ease factor", () => {
  let record = scheduler.grade({}, 3, NOON);
  const intervals = [record.interval];
  let now = NOON;
  for (let i = 0; i < 5; i++) {
    now = record.due;
    record = scheduler.grade(record, 3, now);
    intervals.push(record.interval);
  }
  assert.deepEqual(intervals, [1, 3, 8, 20, 50, 125]);
  assert.equal(record.reps, 6);
  assert.equal(record.ease, 2.5);
});

test("Hard grows the interval a little and lowers the ease; Easy grows it more and raises the ease", () => {
  const hard = scheduler.grade(review(10, 2.5, NOON), 2, NOON);
  assert.equal(hard.interval, 12);
  assert.equal(hard.ease, 2.35);
  const easy = scheduler.grade(review(10, 2.5, NOON), 4, NOON);
  assert.equal(easy.interval, Math.round(10 * 2.5 * 1.3));
  assert.equal(easy.ease, 2.65);
});

test("a success always adds at least a day, even with the lowest ease", () => {
  const next = scheduler.grade(review(1, 1.3, NOON), 2, NOON);
  assert.equal(next.interval, 2);
});

test("a late review counts the extra days the learner still remembered", () => {
  const onTime = scheduler.grade(review(10, 2.5, NOON), 3, NOON);
  const late = scheduler.grade(review(10, 2.5, NOON - 4 * DAY), 3, NOON);
  assert.equal(onTime.interval, 25);
  assert.equal(late.interval, 30);
});

test("a lapse halves the interval, lowers the ease and relearns the card before it graduates again", () => {
  const lapsed = scheduler.grade(review(20, 2.5, NOON), 1, NOON);
  assert.equal(lapsed.state, "relearning");
  assert.equal(lapsed.lapses, 1);
  assert.equal(lapsed.ease, 2.3);
  assert.equal(lapsed.interval, 10);
  assert.equal(lapsed.due, NOON + MINUTE);
  assert.equal(scheduler.isDue(lapsed, NOON), true, "a relearning card is shown again in the same session");
  const relearned = scheduler.grade(lapsed, 3, NOON + 2 * MINUTE);
  assert.equal(relearned.state, "review");
  assert.equal(relearned.interval, 10);
  assert.equal(relearned.due, TOMORROW_4AM + 9 * DAY);
});

test("the ease never drops below 1.3 nor the interval below a day after repeated lapses", () => {
  let record = review(2, 1.4, NOON);
  for (let i = 0; i < 5; i++) {
    record = scheduler.grade(record, 1, NOON);
    record = scheduler.grade(record, 3, NOON);
  }
  assert.equal(record.ease, 1.3);
  assert.equal(record.interval, 1);
  assert.equal(record.lapses, 5);
});

test("intervals stop at a year", () => {
  const next = scheduler.grade(review(300, 3, NOON), 4, NOON);
  assert.equal(next.interval, 365);
});

test("grading keeps the fields written by the cards in the notes and does not change its input", () => {
  const record = { seen: 2, right: 1, wrong: 1, last: "wrong", at: 5 };
  const next = scheduler.grade(record, 3, NOON);
  assert.equal(next.seen, 2);
  assert.equal(next.last, "wrong");
  assert.equal(record.state, undefined);
});

test("a grade outside 1-4 or a missing clock is refused", () => {
  assert.throws(() => scheduler.grade({}, 5, NOON), RangeError);
  assert.throws(() => scheduler.grade({}, 0, NOON), RangeError);
  assert.throws(() => scheduler.grade({}, 3), TypeError);
});

test("status: new until graded, learning, then mastered from a 21-day interval", () => {
  assert.equal(scheduler.status(undefined), "new");
  assert.equal(scheduler.status({ seen: 3, right: 3 }), "new");
  assert.equal(scheduler.status({ state: "learning", due: NOON }), "learning");
  assert.equal(scheduler.status(review(20, 2.5, NOON)), "learning");
  assert.equal(scheduler.status(review(21, 2.5, NOON)), "mastered");
  assert.equal(scheduler.status({ state: "relearning", interval: 40 }), "learning");
});

test("preview tells what each grade would do", () => {
  const texts = scheduler.preview({}, NOON).map((entry) => entry.label + " " + entry.text);
  assert.deepEqual(texts, ["Again 1 min", "Hard 10 min", "Good 1 day", "Easy 4 days"]);
  const reviewTexts = scheduler.preview(review(30, 2.5, NOON), NOON).map((entry) => entry.text);
  assert.deepEqual(reviewTexts, ["1 min", "1.2 months", "2.5 months", "3.2 months"]);
});

const CARDS = [
  { id: "a1", chapter: "a" }, { id: "a2", chapter: "a" }, { id: "a3", chapter: "a" },
  { id: "b1", chapter: "b" }, { id: "b2", chapter: "b" }, { id: "b3", chapter: "b" }
];

test("a session shows due cards first, most overdue first, then new cards in course order", () => {
  const records = {
    a2: review(3, 2.5, NOON - DAY),
    b2: review(3, 2.5, NOON - 3 * DAY),
    a3: review(3, 2.5, NOON + DAY)
  };
  const queue = scheduler.buildQueue(CARDS, records, { now: NOON, newLimit: 10 });
  assert.deepEqual(queue.due, ["b2", "a2"]);
  assert.deepEqual(queue.fresh, ["a1", "b1", "b3"]);
  assert.deepEqual(queue.queue, ["b2", "a2", "a1", "b1", "b3"]);
});

test("a session takes at most the new-card limit and all due cards", () => {
  const records = { a1: review(1, 2.5, NOON - DAY), a2: review(1, 2.5, NOON - DAY) };
  assert.deepEqual(scheduler.buildQueue(CARDS, records, { now: NOON, newLimit: 2 }).queue, ["a1", "a2", "a3", "b1"]);
  assert.deepEqual(scheduler.buildQueue(CARDS, records, { now: NOON, newLimit: 0 }).queue, ["a1", "a2"]);
});

test("a session can be limited to one chapter", () => {
  const records = { a1: review(1, 2.5, NOON - DAY), b1: review(1, 2.5, NOON - DAY) };
  const queue = scheduler.buildQueue(CARDS, records, { now: NOON, newLimit: 10, chapter: "b" });
  assert.deepEqual(queue.queue, ["b1", "b2", "b3"]);
});

test("cards graded in a session are not due again right after it", () => {
  const records = {};
  const first = scheduler.buildQueue(CARDS, records, { now: NOON, newLimit: 10 });
  first.queue.forEach((id) => { records[id] = scheduler.grade(records[id], 3, NOON); });
  const again = scheduler.buildQueue(CARDS, records, { now: NOON + HOUR, newLimit: 10 });
  assert.deepEqual(again.queue, []);
  const nextDay = scheduler.buildQueue(CARDS, records, { now: TOMORROW_4AM, newLimit: 10 });
  assert.equal(nextDay.due.length, 6);
  assert.equal(scheduler.nextDue(CARDS, records), TOMORROW_4AM);
});

test("learning cards are due a little ahead of time so a session can finish them", () => {
  const records = { a1: scheduler.grade({}, 2, NOON) };
  assert.deepEqual(scheduler.buildQueue(CARDS, records, { now: NOON, newLimit: 0 }).queue, ["a1"]);
});

test("counts give new, learning, mastered and due per chapter and for the whole course", () => {
  const records = {
    a1: review(30, 2.5, NOON + 10 * DAY),
    a2: review(2, 2.5, NOON - DAY),
    b1: { state: "learning", due: NOON + MINUTE },
    b2: { seen: 1, right: 1 }
  };
  const counts = scheduler.counts(CARDS, records, NOON);
  assert.deepEqual(counts.a, { new: 1, learning: 1, mastered: 1, due: 1, total: 3 });
  assert.deepEqual(counts.b, { new: 2, learning: 1, mastered: 0, due: 1, total: 3 });
  assert.deepEqual(counts[""], { new: 3, learning: 2, mastered: 1, due: 2, total: 6 });
});

test("durations read naturally", () => {
  assert.equal(scheduler.formatDelay(30 * 1000), "1 min");
  assert.equal(scheduler.formatDelay(3 * HOUR), "3 h");
  assert.equal(scheduler.formatDays(1), "1 day");
  assert.equal(scheduler.formatDays(45), "1.5 months");
  assert.equal(scheduler.formatDays(365), "1 year");
});

test("due times are told relative to the learner's day", () => {
  assert.equal(scheduler.describeDue(NOON - MINUTE, NOON), "now");
  assert.equal(scheduler.describeDue(NOON + 10 * MINUTE, NOON), "in 10 min");
  assert.equal(scheduler.describeDue(NOON + 3 * HOUR, NOON), "in 3 h");
  assert.equal(scheduler.describeDue(TOMORROW_4AM, NOON), "tomorrow");
  assert.equal(scheduler.describeDue(TOMORROW_4AM + 3 * DAY, NOON), "in 4 days");
});

test("an answer in the notes to a new card counts as a review: right is Good, wrong is Again", () => {
  const right = scheduler.answerInNotes({ seen: 2, right: 1 }, true, NOON);
  assert.equal(right.state, "review");
  assert.equal(right.interval, 1);
  assert.equal(right.due, TOMORROW_4AM);
  assert.equal(right.seen, 2, "the answer counts are left to progress.js");
  const wrong = scheduler.answerInNotes({}, false, NOON);
  assert.equal(wrong.state, "learning");
  assert.equal(wrong.due, NOON + MINUTE);
});

test("an answer in the notes to a due card counts as a review", () => {
  const due = review(10, 2.5, NOON - DAY);
  const right = scheduler.answerInNotes(due, true, NOON);
  assert.equal(right.state, "review");
  assert.ok(right.interval > 10, "Good lengthens the interval: " + right.interval);
  const wrong = scheduler.answerInNotes(due, false, NOON);
  assert.equal(wrong.state, "relearning");
  assert.equal(wrong.lapses, 1);
  assert.equal(wrong.interval, 5);
});

test("an answer in the notes to a card that is not due leaves its schedule alone", () => {
  const waiting = review(10, 2.5, NOON + 3 * DAY);
  for (const correct of [true, false]) {
    const next = scheduler.answerInNotes(waiting, correct, NOON);
    assert.deepEqual(next, waiting);
    assert.notEqual(next, waiting, "a copy, not the record itself");
  }
});

test("a card in learning answered right in the notes graduates, as Good would in practice", () => {
  const learning = scheduler.grade({}, 1, NOON);
  const next = scheduler.answerInNotes(learning, true, NOON + 2 * MINUTE);
  assert.equal(next.state, "review");
  assert.equal(next.interval, 1);
});
