/*
 * Per-chapter progress, once the learner has any progress in the course: in the sidebar, "3/12"
 * and a thin bar on each chapter's line; on the home page, "3 of 12 cards mastered" and a bar on
 * each chapter card (p.chapter-progress[data-progress-for=chapter url]). Updated as soon as an
 * answer or a grade is stored ("coursenotes:progress", from progress.js), and when another tab
 * stores one ("storage"). The card ids of each chapter come from the generated deck.js
 * (window.coursenotes.deck), which grows with the course (38 KB gzip at 15,000 cards), so pages
 * do not load it: this script adds it to the page only when the learner has progress. Counting
 * from the current deck, never from the records alone, means cards deleted from the course, cards
 * moved to another chapter and imported progress are counted where the course has them now.
 * The records come from progress.js, the status from scheduler.js. Nothing it adds moves the
 * layout: the counts sit in room the lines and cards already keep for them.
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

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
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

  function bar(className, share) {
    var outer = document.createElement("span");
    outer.className = className;
    outer.setAttribute("aria-hidden", "true");
    var inner = document.createElement("span");
    inner.style.width = Math.round(share * 100) + "%";
    outer.appendChild(inner);
    return outer;
  }

  function clear(sidebar) {
    Array.prototype.forEach.call(sidebar.querySelectorAll(".nav-progress, .nav-progress-bar"), function (node) {
      node.parentNode.removeChild(node);
    });
    Array.prototype.forEach.call(sidebar.querySelectorAll(".has-progress"), function (node) {
      node.classList.remove("has-progress");
    });
  }

  function showInSidebar(sidebar, group, counts) {
    var links = sidebar.querySelectorAll(".nav-item > a");
    Array.prototype.forEach.call(links, function (link) {
      if (link.getAttribute("href") !== root() + group.url) {
        return;
      }
      var note = document.createElement("span");
      note.className = "nav-progress";
      note.textContent = counts.mastered + "/" + counts.total;
      var spoken = document.createElement("span");
      spoken.className = "visually-hidden";
      spoken.textContent = " mastered";
      note.appendChild(spoken);
      note.title = counts.mastered + " mastered, " + counts.learning + " learning, " + counts["new"] + " new";
      link.appendChild(note);
      link.appendChild(bar("nav-progress-bar", counts.total ? counts.mastered / counts.total : 0));
      link.parentNode.classList.add("has-progress");
    });
  }

  function showOnHome(group, counts) {
    Array.prototype.forEach.call(document.querySelectorAll(".chapter-progress[data-progress-for]"), function (place) {
      if (place.getAttribute("data-progress-for") !== group.url) {
        return;
      }
      place.textContent = counts.mastered + " of " + plural(counts.total, "card", "cards") + " mastered";
      place.appendChild(bar("progress-bar", counts.total ? counts.mastered / counts.total : 0));
    });
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
    clear(sidebar);
    Array.prototype.forEach.call(document.querySelectorAll(".chapter-progress"), function (place) {
      place.textContent = "";
    });
    var groups = cn.deck.groups || [];
    if (!hasProgress(groups, records)) {
      return;
    }
    groups.forEach(function (group) {
      var counts = summary(group, records);
      showInSidebar(sidebar, group, counts);
      showOnHome(group, counts);
    });
  }

  cn.sidebarProgress = { refresh: show };
  document.addEventListener("DOMContentLoaded", show);
  window.addEventListener("storage", show);
  window.addEventListener("coursenotes:progress", show);
})();
