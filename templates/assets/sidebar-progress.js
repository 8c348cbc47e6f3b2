/*
 * Per-chapter progress in the sidebar: "3/12 mastered" under each chapter that has cards, once the
 * learner has any progress in the course. Reads the card ids of each chapter from the generated
 * deck.js (window.coursenotes.deck), the records from progress.js and the status from scheduler.js.
 */
(function () {
  "use strict";
  var cn = (window.coursenotes = window.coursenotes || {});

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

  function show() {
    var sidebar = document.getElementById("sidebar");
    if (!sidebar || !cn.deck || !cn.progress || !cn.scheduler) {
      return;
    }
    var old = sidebar.querySelectorAll(".nav-progress");
    Array.prototype.forEach.call(old, function (node) {
      node.parentNode.removeChild(node);
    });
    var groups = cn.deck.groups || [];
    var records = cn.progress.all();
    if (!hasProgress(groups, records)) {
      return;
    }
    var root = document.body.getAttribute("data-root") || "";
    var links = sidebar.querySelectorAll(".nav-item > a");
    groups.forEach(function (group) {
      var counts = summary(group, records);
      Array.prototype.forEach.call(links, function (link) {
        if (link.getAttribute("href") !== root + group.url) {
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
