/*
 * The learner's progress, kept in localStorage only (nothing leaves the browser).
 * One record per card id, shared by the cards in the notes (cards.js) and the practice page:
 *   { seen, right, wrong, last: "right"|"wrong", at: ms,        <- written by cards.js and practice
 *     due: ms, interval: days, ease, reps, lapses, state,        <- written by the scheduler
 *     graded: ms }                                               (scheduler.js: practice.html, and
 *                                                                  answers in the notes to new or due cards)
 * Stored under "coursenotes:<site title>:cards" so two courses opened from disk do not mix.
 */
(function (root) {
  "use strict";
  var cn = (root.coursenotes = root.coursenotes || {});

  function storageKey() {
    var title = (root.document && root.document.body && root.document.body.getAttribute("data-site-title")) || "site";
    return "coursenotes:" + title + ":cards";
  }

  function load() {
    try {
      var raw = root.localStorage.getItem(storageKey());
      var data = raw ? JSON.parse(raw) : {};
      return data && typeof data === "object" && !Array.isArray(data) ? data : {};
    } catch (e) {
      return {};
    }
  }

  /** Stores all records and tells the page ("coursenotes:progress" on window), e.g. for the sidebar's counts. */
  function save(data) {
    try {
      root.localStorage.setItem(storageKey(), JSON.stringify(data));
    } catch (e) {
      return false;
    }
    if (typeof root.dispatchEvent === "function" && typeof root.CustomEvent === "function") {
      root.dispatchEvent(new root.CustomEvent("coursenotes:progress"));
    }
    return true;
  }

  cn.progress = {
    key: storageKey,
    /** All records by card id (a copy). */
    all: function () {
      return load();
    },
    get: function (id) {
      return load()[id] || null;
    },
    /** Applies fn(record or {}) -> new record for one card and stores it; returns the new record. */
    update: function (id, fn) {
      var data = load();
      var next = fn(Object.assign({}, data[id] || {}));
      data[id] = next;
      save(data);
      return next;
    },
    /**
     * Records one answer from a card. In the notes it also counts as a review when the card is new
     * or due (scheduler.answerInNotes: right = Good, wrong = Again); the practice page passes
     * {schedule: false}, as it grades the card itself. options.now replaces the clock (tests).
     */
    recordAnswer: function (id, correct, options) {
      options = options || {};
      var now = typeof options.now === "number" ? options.now : Date.now();
      return cn.progress.update(id, function (record) {
        if (options.schedule !== false && cn.scheduler) {
          record = cn.scheduler.answerInNotes(record, correct, now);
        }
        record.seen = (record.seen || 0) + 1;
        record.right = (record.right || 0) + (correct ? 1 : 0);
        record.wrong = (record.wrong || 0) + (correct ? 0 : 1);
        record.last = correct ? "right" : "wrong";
        record.at = now;
        return record;
      });
    },
    /** Forgets the given card ids (or everything when ids is omitted). */
    reset: function (ids) {
      if (!ids) {
        save({});
        return;
      }
      var data = load();
      ids.forEach(function (id) {
        delete data[id];
      });
      save(data);
    },
    /** Replaces all records (import). */
    replaceAll: function (data) {
      return save(data || {});
    }
  };
})(typeof window !== "undefined" ? window : globalThis);
