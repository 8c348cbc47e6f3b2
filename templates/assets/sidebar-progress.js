/*
 * Per-chapter progress in the sidebar: "3/12 mastered" under each chapter that has cards, once the
 * learner has any progress in the course. The card ids of each chapter come from the generated
 * deck.js (window.coursenotes.deck), which grows with the course (38 KB gzip at 15,000 cards), so
 * pages do not load it: this script adds it to the page only when the learner has progress. Counting
 * from the current deck, never from the records alone, means cards deleted from the course, cards
 * moved to another chapter and imported progress are counted where the course has them now.
 * The records come from progress.js, the status from scheduler.js.
 */
(function () {
  "use strict";
  var cn = (window.coursenotes = window.coursenotes || {});
  var loading = false;

  function summary(group, records) {
    var result = { "new": 0, learning: 0, mastered: 0, total: group.cards.length };
    group.cards.forEach(function (id) {
      result[cn.scheduler.status(records[id])] += 1;
    });
    return result;
  }

  function hasProgress(groups, records) {
    return groups.some(function (group) {
      return group.cards.some(function (id) {
        return !!records[id];
      });
    });
  }

  function root() {
    return document.body.getAttribute("data-root") || "";
  }

  /** Adds deck.js to the page (once) and shows the counts when it has run. */
  function loadDeck() {
    if (loading) {
      return;
    }
    loading = true;
    var script = document.createElement("script");
    script.src = root() + "deck.js";
    script.addEventListener("load", show);
    document.head.appendChild(script);
  }

  function show() {
    var sidebar = document.getElementById("sidebar");
    if (!sidebar || !cn.progress || !cn.scheduler) {
      return;
    }
    var records = cn.progress.all();
    if (!cn.deck) {
      if (Object.keys(records).length) {
        loadDeck();
      }
      return;
    }
    var old = sidebar.querySelectorAll(".nav-progress");
    Array.prototype.forEach.call(old, function (node) {
      node.parentNode.removeChild(node);
    });
    var groups = cn.deck.groups || [];
    if (!hasProgress(groups, records)) {
      return;
    }
    var links = sidebar.querySelectorAll(".nav-item > a");
    groups.forEach(function (group) {
      var counts = summary(group, records);
      Array.prototype.forEach.call(links, function (link) {
        if (link.getAttribute("href") !== root() + group.url) {
          return;
        }
        var note = document.createElement("span");
        note.className = "nav-progress";
        note.textContent = counts.mastered + "/" + counts.total + " mastered";
        note.title = counts.mastered + " mastered, " + counts.learning + " learning, " + counts["new"] + " new";
        link.insertAdjacentElement("afterend", note);
      });
    });
  }

  cn.sidebarProgress = { refresh: show };
  document.addEventListener("DOMContentLoaded", show);
  window.addEventListener("storage", show);
})();
