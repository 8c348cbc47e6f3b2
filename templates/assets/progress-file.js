/*
 * The progress file: what "Export progress" writes and "Import progress" reads, so a learner can
 * move their progress to another browser or device. Pure functions (no DOM, no storage); runs in
 * the browser (window.coursenotes.progressFile) and in Node (module.exports, for the unit tests).
 *
 * Format (JSON, UTF-8):
 *   { "format": "coursenotes-progress", "version": 1, "site": "<site title>",
 *     "exported": "<ISO date>", "cards": { "<card id>": { ...the record of progress.js... } } }
 * A bare object of records ({ "<card id>": {...} }) is accepted too.
 *
 * Importing merges: for each card the record graded or answered last (the larger of "graded" and
 * "at") wins, so importing an older file never throws away newer progress.
 */
(function (root, factory) {
  "use strict";
  var progressFile = factory();
  if (typeof module === "object" && module && module.exports) {
    module.exports = progressFile;
  }
  if (root) {
    var cn = (root.coursenotes = root.coursenotes || {});
    cn.progressFile = progressFile;
  }
})(typeof window !== "undefined" ? window : null, function () {
  "use strict";

  var FORMAT = "coursenotes-progress";
  var VERSION = 1;

  function isPlainObject(value) {
    return !!value && typeof value === "object" && !Array.isArray(value);
  }

  function sortedCopy(records) {
    var result = {};
    Object.keys(records).sort().forEach(function (id) {
      result[id] = records[id];
    });
    return result;
  }

  /** The text of a progress file for {@code records}; {@code now} (ms) dates it. */
  function serialize(records, site, now) {
    return JSON.stringify({
      format: FORMAT,
      version: VERSION,
      site: site || "",
      exported: new Date(now).toISOString(),
      cards: sortedCopy(records || {})
    }, null, 2) + "\n";
  }

  /**
   * Reads a progress file: {site, cards} or an Error thrown with a message for the learner.
   * Records that are not objects are dropped.
   */
  function parse(text) {
    var data;
    try {
      data = JSON.parse(String(text).replace(/^\uFEFF/, ""));
    } catch (e) {
      throw new Error("This file is not a progress file (it is not valid JSON).");
    }
    if (!isPlainObject(data)) {
      throw new Error("This file is not a progress file (expected a JSON object).");
    }
    var cards = data;
    var site = "";
    if (data.format !== undefined) {
      if (data.format !== FORMAT) {
        throw new Error("This file is not a progress file (its format is '" + data.format + "').");
      }
      if (typeof data.version !== "number" || data.version > VERSION) {
        throw new Error("This progress file was written by a newer version; it cannot be read here.");
      }
      if (!isPlainObject(data.cards)) {
        throw new Error("This progress file has no cards.");
      }
      cards = data.cards;
      site = typeof data.site === "string" ? data.site : "";
    }
    var clean = {};
    Object.keys(cards).forEach(function (id) {
      if (isPlainObject(cards[id])) {
        clean[id] = cards[id];
      }
    });
    return { site: site, cards: clean };
  }

  function lastChange(record) {
    return Math.max(Number(record.graded) || 0, Number(record.at) || 0);
  }

  /**
   * Merges imported records into the current ones. Returns {records, added, updated, kept}:
   * added = new to this browser, updated = replaced by a more recent import, kept = newer here.
   */
  function merge(current, imported) {
    var records = {};
    var added = 0;
    var updated = 0;
    var kept = 0;
    Object.keys(current || {}).forEach(function (id) {
      records[id] = current[id];
    });
    Object.keys(imported || {}).forEach(function (id) {
      var mine = records[id];
      if (!mine) {
        added += 1;
        records[id] = imported[id];
      } else if (lastChange(imported[id]) >= lastChange(mine)) {
        updated += 1;
        records[id] = imported[id];
      } else {
        kept += 1;
      }
    });
    return { records: records, added: added, updated: updated, kept: kept };
  }

  /** A file name like "machine-learning-in-production-progress-2026-11-27.json". */
  function fileName(site, now) {
    var slug = String(site || "course").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "course";
    return slug + "-progress-" + new Date(now).toISOString().slice(0, 10) + ".json";
  }

  return {
    FORMAT: FORMAT,
    VERSION: VERSION,
    serialize: serialize,
    parse: parse,
    merge: merge,
    fileName: fileName
  };
});
