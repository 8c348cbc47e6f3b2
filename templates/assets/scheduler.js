/*
 * Spaced-repetition scheduler: SM-2 as adapted by Anki, with four grades. Pure functions only (no
 * DOM, no storage, no clock: "now" is always passed in), so it runs in the browser, where it
 * attaches to window.coursenotes.scheduler, and in Node, where it is module.exports (unit tests).
 *
 * A card's schedule lives in its progress record (see progress.js) as
 *   state: "learning" | "review" | "relearning"   (no state: a new card, never graded in practice)
 *   due: ms (epoch), interval: days, ease: factor, reps: successful reviews, lapses: times forgotten
 *
 * Grades: 1 Again (forgot), 2 Hard, 3 Good, 4 Easy.
 *   New, learning or relearning card:
 *     Again -> back in 1 minute; Hard -> back in 10 minutes (both are shown again in the session)
 *     Good  -> graduates to review: 1 day (after a lapse: the shrunk interval, at least 1 day)
 *     Easy  -> graduates to review: 4 days (after a lapse: the shrunk interval + 1 day)
 *   Review card (late = days past its due date):
 *     Again -> a lapse: lapses + 1, ease - 0.20, interval halved (at least 1 day), relearning in 1 minute
 *     Hard  -> interval * 1.2, ease - 0.15
 *     Good  -> (interval + late / 2) * ease
 *     Easy  -> (interval + late) * ease * 1.3, ease + 0.15
 *   A successful review always adds at least one day; intervals stop at 365 days; the ease stays
 *   between 1.3 and 3.5 and starts at 2.5. Review cards fall due at the start of a day (04:00 local
 *   time, so a late-night session counts for the day before), not at the minute they were graded.
 *
 * An answer to a card in the notes (answerInNotes) counts as a review when the card is new or due:
 * right = Good, wrong = Again. Answers to a card that is not due leave its schedule alone, so reading
 * the notes again the day after a review does not push the card months ahead.
 *
 * Status shown to the learner: "new" (never graded), "mastered" (in review with an interval of
 * 21 days or more) and "learning" (everything in between).
 */
(function (root, factory) {
  "use strict";
  var scheduler = factory();
  if (typeof module === "object" && module && module.exports) {
    module.exports = scheduler;
  }
  if (root) {
    var cn = (root.coursenotes = root.coursenotes || {});
    cn.scheduler = scheduler;
  }
})(typeof window !== "undefined" ? window : null, function () {
  "use strict";

  var MINUTE = 60 * 1000;
  var HOUR = 60 * MINUTE;
  var DAY = 24 * HOUR;

  var SETTINGS = {
    againDelay: 1 * MINUTE,
    hardDelay: 10 * MINUTE,
    graduatingInterval: 1,
    easyInterval: 4,
    startingEase: 2.5,
    minEase: 1.3,
    maxEase: 3.5,
    hardFactor: 1.2,
    easyBonus: 1.3,
    lapseFactor: 0.5,
    maxInterval: 365,
    masteredInterval: 21,
    dayStartHour: 4,
    learnAhead: 20 * MINUTE
  };

  var GRADES = [
    { grade: 1, name: "again", label: "Again" },
    { grade: 2, name: "hard", label: "Hard" },
    { grade: 3, name: "good", label: "Good" },
    { grade: 4, name: "easy", label: "Easy" }
  ];

  function clamp(value, low, high) {
    return Math.min(high, Math.max(low, value));
  }

  function isScheduled(record) {
    return !!(record && (record.state === "learning" || record.state === "review" || record.state === "relearning"));
  }

  /** The start (04:00 local time) of the learner's day that holds {@code now}, plus {@code days} days. */
  function dayStart(now, days) {
    var date = new Date(now - SETTINGS.dayStartHour * HOUR);
    date.setHours(SETTINGS.dayStartHour, 0, 0, 0);
    date.setDate(date.getDate() + (days || 0));
    return date.getTime();
  }

  function copy(record) {
    var next = {};
    var key;
    for (key in record || {}) {
      if (Object.prototype.hasOwnProperty.call(record, key)) {
        next[key] = record[key];
      }
    }
    return next;
  }

  function toReview(next, now, interval) {
    next.state = "review";
    next.interval = clamp(Math.round(interval), 1, SETTINGS.maxInterval);
    next.due = dayStart(now, next.interval);
    return next;
  }

  function toLearning(next, now, state, delay) {
    next.state = state;
    next.due = now + delay;
    return next;
  }

  function gradeLearning(next, grade, now) {
    var relearning = next.state === "relearning";
    var state = relearning ? "relearning" : "learning";
    if (grade === 1) {
      return toLearning(next, now, state, SETTINGS.againDelay);
    }
    if (grade === 2) {
      return toLearning(next, now, state, SETTINGS.hardDelay);
    }
    next.reps += 1;
    if (relearning) {
      return toReview(next, now, (next.interval || 1) + (grade === 4 ? 1 : 0));
    }
    return toReview(next, now, grade === 4 ? SETTINGS.easyInterval : SETTINGS.graduatingInterval);
  }

  function gradeReview(next, grade, now) {
    var interval = next.interval || 1;
    var late = Math.max(0, (now - (next.due || now)) / DAY);
    if (grade === 1) {
      next.lapses += 1;
      next.ease = clamp(next.ease - 0.2, SETTINGS.minEase, SETTINGS.maxEase);
      next.interval = Math.max(1, Math.round(interval * SETTINGS.lapseFactor));
      return toLearning(next, now, "relearning", SETTINGS.againDelay);
    }
    var proposed;
    if (grade === 2) {
      next.ease = clamp(next.ease - 0.15, SETTINGS.minEase, SETTINGS.maxEase);
      proposed = interval * SETTINGS.hardFactor;
    } else if (grade === 3) {
      proposed = (interval + late / 2) * next.ease;
    } else {
      proposed = (interval + late) * next.ease * SETTINGS.easyBonus;
      next.ease = clamp(next.ease + 0.15, SETTINGS.minEase, SETTINGS.maxEase);
    }
    next.reps += 1;
    return toReview(next, now, Math.max(interval + 1, proposed));
  }

  /**
   * The record after grading: a new object with state, due, interval, ease, reps and lapses set;
   * other fields (seen, right, wrong... from the cards in the notes) are kept.
   */
  function grade(record, gradeValue, now) {
    var value = Number(gradeValue);
    if (!(value >= 1 && value <= 4 && Math.floor(value) === value)) {
      throw new RangeError("grade must be 1, 2, 3 or 4, not " + gradeValue);
    }
    if (typeof now !== "number" || !isFinite(now)) {
      throw new TypeError("now must be a time in milliseconds");
    }
    var next = copy(record);
    next.ease = typeof next.ease === "number" && isFinite(next.ease) ? next.ease : SETTINGS.startingEase;
    next.reps = next.reps || 0;
    next.lapses = next.lapses || 0;
    next.graded = now;
    if (next.state === "review") {
      return gradeReview(next, value, now);
    }
    if (!isScheduled(next)) {
      next.state = "learning";
      next.interval = 0;
    }
    return gradeLearning(next, value, now);
  }

  /**
   * The record after an answer given to the card in the notes: graded Good (right) or Again (wrong)
   * when the card is new or due, otherwise unchanged (a copy either way).
   */
  function answerInNotes(record, correct, now) {
    if (isScheduled(record) && !isDue(record, now)) {
      return copy(record);
    }
    return grade(record, correct ? 3 : 1, now);
  }

  /** What each grade would do: [{grade, label, record, text}] with text like "10 min" or "4 days". */
  function preview(record, now) {
    return GRADES.map(function (entry) {
      var next = grade(record, entry.grade, now);
      return {
        grade: entry.grade,
        label: entry.label,
        record: next,
        text: next.state === "review" ? formatDays(next.interval) : formatDelay(next.due - now)
      };
    });
  }

  function formatDelay(ms) {
    if (ms < HOUR) {
      return Math.max(1, Math.round(ms / MINUTE)) + " min";
    }
    if (ms < DAY) {
      return Math.round(ms / HOUR) + " h";
    }
    return formatDays(Math.round(ms / DAY));
  }

  function formatDays(days) {
    if (days < 31) {
      return days + (days === 1 ? " day" : " days");
    }
    if (days < 365) {
      var months = Math.round(days / 30.4 * 10) / 10;
      return months + (months === 1 ? " month" : " months");
    }
    var years = Math.round(days / 365 * 10) / 10;
    return years + (years === 1 ? " year" : " years");
  }

  /** "new", "learning" or "mastered". */
  function status(record) {
    if (!isScheduled(record)) {
      return "new";
    }
    return record.state === "review" && record.interval >= SETTINGS.masteredInterval ? "mastered" : "learning";
  }

  /** Whether a card should be practised now (learning cards a little ahead of time). */
  function isDue(record, now) {
    if (!isScheduled(record) || typeof record.due !== "number") {
      return isScheduled(record);
    }
    var ahead = record.state === "review" ? 0 : SETTINGS.learnAhead;
    return record.due <= now + ahead;
  }

  function matches(card, chapter) {
    return !chapter || card.chapter === chapter;
  }

  /**
   * The cards of one session: due cards first (most overdue first), then at most newLimit new
   * cards in course order. cards: [{id, chapter}] in course order; records: {id: record}.
   * Returns {due: [ids], fresh: [ids], queue: [ids]}.
   */
  function buildQueue(cards, records, options) {
    var now = options.now;
    var newLimit = Math.max(0, Math.floor(options.newLimit === undefined ? 10 : options.newLimit));
    var due = [];
    var fresh = [];
    cards.forEach(function (card, index) {
      if (!matches(card, options.chapter)) {
        return;
      }
      var record = records[card.id];
      if (!isScheduled(record)) {
        if (fresh.length < newLimit) {
          fresh.push(card.id);
        }
      } else if (isDue(record, now)) {
        due.push({ id: card.id, due: typeof record.due === "number" ? record.due : 0, index: index });
      }
    });
    due.sort(function (a, b) {
      return a.due - b.due || a.index - b.index;
    });
    var dueIds = due.map(function (entry) {
      return entry.id;
    });
    return { due: dueIds, fresh: fresh, queue: dueIds.concat(fresh) };
  }

  /**
   * Counts per chapter: {chapter: {new, learning, mastered, due, total}} plus "" for the whole
   * course. cards: [{id, chapter}].
   */
  function counts(cards, records, now) {
    var result = {};
    function bump(key, card) {
      var entry = result[key] || (result[key] = { "new": 0, learning: 0, mastered: 0, due: 0, total: 0 });
      var record = records[card.id];
      entry[status(record)] += 1;
      entry.total += 1;
      if (isScheduled(record) && isDue(record, now)) {
        entry.due += 1;
      }
    }
    cards.forEach(function (card) {
      bump("", card);
      bump(card.chapter, card);
    });
    if (!result[""]) {
      result[""] = { "new": 0, learning: 0, mastered: 0, due: 0, total: 0 };
    }
    return result;
  }

  /** When a due time comes, in words: "now", "in 10 min", "in 3 h", "tomorrow", "in 4 days". */
  function describeDue(time, now) {
    if (time <= now) {
      return "now";
    }
    if (time < dayStart(now, 1)) {
      return "in " + formatDelay(time - now);
    }
    var days = Math.round((dayStart(time, 0) - dayStart(now, 0)) / DAY);
    return days === 1 ? "tomorrow" : "in " + days + " days";
  }

  /** The earliest due time among the given cards' scheduled records, or null. */
  function nextDue(cards, records) {
    var next = null;
    cards.forEach(function (card) {
      var record = records[card.id];
      if (isScheduled(record) && typeof record.due === "number" && (next === null || record.due < next)) {
        next = record.due;
      }
    });
    return next;
  }

  return {
    MINUTE: MINUTE,
    HOUR: HOUR,
    DAY: DAY,
    settings: SETTINGS,
    grades: GRADES,
    grade: grade,
    answerInNotes: answerInNotes,
    preview: preview,
    status: status,
    isDue: isDue,
    isScheduled: isScheduled,
    buildQueue: buildQueue,
    counts: counts,
    nextDue: nextDue,
    dayStart: dayStart,
    describeDue: describeDue,
    formatDelay: formatDelay,
    formatDays: formatDays
  };
});
