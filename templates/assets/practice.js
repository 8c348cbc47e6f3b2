/*
 * The practice page: spaced-repetition sessions over every card of the course (schedule in
 * scheduler.js, records in progress.js, the chart in progress-chart.js, export/import/reset in
 * progress-transfer.js with the file format of progress-file.js). The cards come from the generated
 * practice-cards.js (coursenotes.practiceCards: [{id, type, chapter, chapterTitle, where, href, html}]),
 * which only this page loads; without it the page keeps its no-JavaScript content.
 *
 * A session shows the due cards first, then up to N new cards (N set on the page), optionally of
 * one chapter, one at a time as a flashcard: the question alone, one primary button ("Show answer",
 * or "Check" for a card the learner answers: typed blanks, options, ordering; Space), then the
 * grades 1-4 (Again, Hard, Good, Easy; Space again = Good). The card's own buttons and reveal are
 * hidden (cards.enhance with practice: true), so there is one flow; an answered card suggests the
 * grade. Cards graded Again or Hard come back later in the same session. Without cards.js the
 * card's <details> reveals the answer. The chart has a row per chapter; cards of pages outside the
 * chapters (home, glossary) count in the whole course only.
 *
 * The clock is coursenotes.practice.now(), which tests may replace.
 */
(function () {
  "use strict";
  var cn = (window.coursenotes = window.coursenotes || {});
  var GRADE_NAMES = { 1: "again", 2: "hard", 3: "good", 4: "easy" };

  var practice = (cn.practice = cn.practice || {});
  practice.now = practice.now || function () {
    return Date.now();
  };

  var ui = {};
  var deck = [];
  var cardsById = {};
  var chapterTitles = {};
  var chartChapters = [];
  var session = null;

  function $(selector, root) {
    return (root || document).querySelector(selector);
  }

  function siteTitle() {
    return document.body.getAttribute("data-site-title") || "";
  }

  /* Settings: chapter and new cards per session, kept beside the progress. */

  function settingsKey() {
    return cn.progress.key().replace(/:cards$/, "") + ":practice";
  }

  function loadSettings() {
    try {
      var saved = JSON.parse(localStorage.getItem(settingsKey()) || "{}");
      return saved && typeof saved === "object" ? saved : {};
    } catch (e) {
      return {};
    }
  }

  function saveSettings() {
    try {
      localStorage.setItem(settingsKey(), JSON.stringify({ chapter: ui.chapter.value, newLimit: newLimit() }));
    } catch (e) {
      /* not remembered: the page still works */
    }
  }

  function newLimit() {
    var value = parseInt(ui.newLimit.value, 10);
    return isNaN(value) || value < 0 ? 0 : Math.min(value, 999);
  }

  /* The deck: the cards of practice-cards.js, each shown on its own when its turn comes. */

  function readDeck() {
    cn.practiceCards.forEach(function (card) {
      deck.push({ id: card.id, chapter: card.chapter });
      cardsById[card.id] = card;
    });
    Array.prototype.forEach.call(ui.chapter.options, function (option) {
      chapterTitles[option.value] = option.getAttribute("data-title") || option.textContent;
      if (option.value && option.getAttribute("data-chapter") !== "false") {
        chartChapters.push(option.value);
      }
    });
    var list = $(".practice-list");
    list.parentNode.removeChild(list);
  }

  /** The card with its chapter and a link back to the notes, as the stage shows it. */
  function buildItem(card) {
    var item = document.createElement("div");
    item.className = "practice-item";
    item.setAttribute("data-card-id", card.id);
    item.setAttribute("data-chapter", card.chapter);
    item.setAttribute("data-card-type", card.type);
    var source = document.createElement("p");
    source.className = "practice-source";
    var chapter = document.createElement("span");
    chapter.className = "practice-chapter";
    chapter.textContent = card.chapterTitle;
    var link = document.createElement("a");
    link.className = "practice-source-link";
    link.href = (document.body.getAttribute("data-root") || "") + card.href;
    link.textContent = card.where;
    source.appendChild(chapter);
    source.appendChild(document.createTextNode(" › "));
    source.appendChild(link);
    item.appendChild(source);
    item.insertAdjacentHTML("beforeend", card.html);
    return item;
  }

  function cardsOf(chapter) {
    return deck.filter(function (card) {
      return !chapter || card.chapter === chapter;
    });
  }

  /* Progress overview: the chart and what is due. */

  function drawChart(counts) {
    var rows = [{ title: "Whole course", counts: counts[""] }];
    chartChapters.forEach(function (key) {
      if (counts[key]) {
        rows.push({ title: chapterTitles[key], counts: counts[key] });
      }
    });
    cn.progressChart.draw(ui.chart, rows);
  }

  function whenText(time) {
    return cn.scheduler.describeDue(time, practice.now());
  }

  function refreshOverview() {
    var records = cn.progress.all();
    var now = practice.now();
    var counts = cn.scheduler.counts(deck, records, now);
    drawChart(counts);
    var cards = cardsOf(ui.chapter.value);
    var selected = cn.scheduler.counts(cards, records, now)[""];
    var nextTime = cn.scheduler.nextDue(cards, records);
    var where = ui.chapter.value ? " in " + chapterTitles[ui.chapter.value] : "";
    var text = selected.due + (selected.due === 1 ? " card is" : " cards are") + " due" + where + ", " +
      selected["new"] + " new.";
    if (!selected.due && nextTime !== null) {
      text += " Next review " + whenText(nextTime) + ".";
    }
    ui.due.textContent = text;
    ui.due.setAttribute("data-due", String(selected.due));
    ui.due.setAttribute("data-new", String(selected["new"]));
    if (cn.sidebarProgress) {
      cn.sidebarProgress.refresh();
    }
  }

  /* The session. */

  function start() {
    saveSettings();
    var queue = cn.scheduler.buildQueue(deck, cn.progress.all(), {
      now: practice.now(), newLimit: newLimit(), chapter: ui.chapter.value
    });
    ui.summary.hidden = true;
    if (!queue.queue.length) {
      refreshOverview();
      ui.due.textContent = "Nothing to practise now. " + ui.due.textContent;
      ui.due.focus();
      return;
    }
    session = {
      queue: queue.queue.slice(), fresh: queue.fresh.slice(), position: -1, seen: {},
      counts: { again: 0, hard: 0, good: 0, easy: 0 }, reviews: 0
    };
    ui.setup.hidden = true;
    ui.overview.forEach(function (node) {
      node.hidden = true;
    });
    ui.session.hidden = false;
    next();
  }

  function next() {
    session.position += 1;
    if (session.position >= session.queue.length) {
      finish();
      return;
    }
    show(session.queue[session.position]);
  }

  function show(id) {
    var record = cn.progress.get(id) || {};
    var item = buildItem(cardsById[id]);
    var card = $(".card", item) || item;
    session.current = { id: id, revealed: false, result: null, seenBefore: record.seen || 0, card: card };
    ui.stage.textContent = "";
    ui.stage.appendChild(item);
    var kind = session.seen[id] ? "again" : (cn.scheduler.isScheduled(record) ? "review" : "new card");
    ui.counter.textContent = "Card " + (session.position + 1) + " of " + session.queue.length + " · " + kind;
    ui.meter.style.width = Math.round(100 * session.position / session.queue.length) + "%";
    ui.reveal.hidden = false;
    ui.grades.hidden = true;
    ui.gradeButtons.forEach(function (button) {
      button.classList.remove("is-suggested");
    });
    session.current.controller = enhance(card, id);
    var interactive = !!(session.current.controller && session.current.controller.interactive);
    ui.revealLabel.textContent = interactive ? "Check" : "Show answer";
    ui.stage.focus({ preventScroll: true });
    scrollToSession();
  }

  /** Brings the session to the top of the window, below the sticky header. */
  function scrollToSession() {
    var header = $(".site-header");
    var offset = header && window.getComputedStyle(header).position === "sticky" ? header.offsetHeight : 0;
    var top = ui.session.getBoundingClientRect().top + window.pageYOffset - offset - 8;
    window.scrollTo(0, Math.max(0, top));
  }

  /** The card's controller (answer(), interactive), or null without cards.js. */
  function enhance(card, id) {
    if (!cn.cards || typeof cn.cards.enhance !== "function") {
      return null;
    }
    try {
      return cn.cards.enhance(card, {
        schedule: false,
        practice: true,
        onResult: function (resultId, correct) {
          if (session && session.current && session.current.id === (resultId || id)) {
            session.current.result = !!correct;
            reveal();
          }
        }
      });
    } catch (e) {
      return null; /* the card stays a plain question with its <details> answer */
    }
  }

  /** The primary button and Space: checks what the learner entered, or shows the answer; then the grades. */
  function answer() {
    var current = session && session.current;
    if (!current) {
      return;
    }
    if (!current.revealed && current.controller) {
      current.controller.answer(); /* an interactive card reports its result: reveal() runs from onResult */
    }
    reveal();
  }

  function reveal() {
    var current = session && session.current;
    if (!current) {
      return;
    }
    var details = $("details", current.card);
    if (details) {
      details.open = true;
    }
    if (current.revealed) {
      suggest();
      return;
    }
    current.revealed = true;
    var record = cn.progress.get(current.id) || {};
    cn.scheduler.preview(record, practice.now()).forEach(function (entry, index) {
      $(".practice-grade-next", ui.gradeButtons[index]).textContent = entry.text;
    });
    ui.reveal.hidden = true;
    ui.grades.hidden = false;
    suggest();
    if (!ui.stage.contains(document.activeElement)) {
      ui.stage.focus();
    }
  }

  function suggest() {
    var result = session.current.result;
    ui.gradeButtons.forEach(function (button) {
      var grade = button.getAttribute("data-grade");
      button.classList.toggle("is-suggested", result !== null && grade === (result ? "3" : "1"));
    });
  }

  function grade(value) {
    var current = session && session.current;
    if (!current || !current.revealed) {
      return;
    }
    var now = practice.now();
    var updated = cn.progress.update(current.id, function (record) {
      var graded = cn.scheduler.grade(record, value, now);
      // cards.js records answers itself; without it (or if it did not), the practice records one.
      if ((record.seen || 0) <= current.seenBefore) {
        var right = current.result === null ? value > 1 : current.result;
        graded.seen = (record.seen || 0) + 1;
        graded.right = (record.right || 0) + (right ? 1 : 0);
        graded.wrong = (record.wrong || 0) + (right ? 0 : 1);
        graded.last = right ? "right" : "wrong";
        graded.at = now;
      }
      return graded;
    });
    session.counts[GRADE_NAMES[value]] += 1;
    session.reviews += 1;
    session.seen[current.id] = true;
    if (updated.state !== "review") {
      session.queue.push(current.id);
    }
    session.current = null;
    next();
  }

  function finish() {
    var cards = Object.keys(session.seen);
    var fresh = session.fresh.filter(function (id) {
      return session.seen[id];
    });
    var values = {
      cards: cards.length, "new": fresh.length, reviews: session.reviews,
      again: session.counts.again, hard: session.counts.hard, good: session.counts.good, easy: session.counts.easy
    };
    Object.keys(values).forEach(function (key) {
      $("[data-summary='" + key + "']", ui.summary).textContent = String(values[key]);
    });
    var nextTime = cn.scheduler.nextDue(cardsOf(ui.chapter.value), cn.progress.all());
    ui.summaryNext.textContent = nextTime === null ? "Nothing is scheduled yet." : "Next review: " + whenText(nextTime) + ".";
    session = null;
    ui.stage.textContent = "";
    ui.session.hidden = true;
    ui.setup.hidden = false;
    ui.overview.forEach(function (node) {
      node.hidden = false;
    });
    ui.summary.hidden = false;
    refreshOverview();
    ui.summary.focus();
  }

  function isTyping(target) {
    if (!target || !target.tagName) {
      return false;
    }
    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  function isActivatable(target) {
    var tag = target && target.tagName ? target.tagName.toLowerCase() : "";
    return tag === "button" || tag === "a" || tag === "summary";
  }

  function onKey(event) {
    if (!session || !session.current || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
      return;
    }
    if (event.key === " " || event.key === "Spacebar") {
      if (isActivatable(event.target)) {
        return;
      }
      event.preventDefault();
      if (session.current.revealed) {
        grade(3);
      } else {
        answer();
      }
    } else if (/^[1-4]$/.test(event.key) && session.current.revealed) {
      event.preventDefault();
      grade(parseInt(event.key, 10));
    }
  }

  /* Wiring. */

  function bind(root) {
    ui.app = root;
    ui.chart = $(".practice-chart", root);
    ui.due = $(".practice-due", root);
    ui.due.setAttribute("tabindex", "-1");
    ui.setup = $(".practice-setup", root);
    ui.chapter = $("#practice-chapter", root);
    ui.newLimit = $("#practice-new-limit", root);
    ui.session = $(".practice-session", root);
    ui.counter = $(".practice-counter", root);
    ui.stage = $(".practice-stage", root);
    ui.reveal = $(".practice-reveal", root);
    ui.revealLabel = $(".practice-reveal-label", root) || ui.reveal;
    ui.meter = $(".practice-meter > span", root) || document.createElement("span");
    ui.grades = $(".practice-grades", root);
    ui.gradeButtons = Array.prototype.slice.call(root.querySelectorAll(".practice-grade"));
    ui.summary = $(".practice-summary", root);
    ui.summaryNext = $(".practice-summary-next", root);
    ui.overview = [ui.due, $(".practice-progress", root), $(".practice-data", root)];
  }

  function listen() {
    ui.setup.addEventListener("submit", function (event) {
      event.preventDefault();
      start();
    });
    ui.chapter.addEventListener("change", function () {
      saveSettings();
      refreshOverview();
    });
    ui.newLimit.addEventListener("change", saveSettings);
    ui.reveal.addEventListener("click", answer);
    ui.gradeButtons.forEach(function (button) {
      button.addEventListener("click", function () {
        grade(parseInt(button.getAttribute("data-grade"), 10));
      });
    });
    $(".practice-end", ui.app).addEventListener("click", finish);
    document.addEventListener("keydown", onKey);
    cn.progressTransfer.bind($(".practice-data", ui.app), {
      now: practice.now,
      site: siteTitle(),
      isCard: function (id) {
        return Object.prototype.hasOwnProperty.call(cardsById, id);
      },
      changed: refreshOverview
    });
    var drawnWidth = ui.chart.clientWidth;
    window.addEventListener("resize", function () {
      if (!session && ui.chart.clientWidth && ui.chart.clientWidth !== drawnWidth) {
        drawnWidth = ui.chart.clientWidth;
        refreshOverview();
      }
    });
    window.addEventListener("storage", function () {
      if (!session) {
        refreshOverview();
      }
    });
  }

  function restoreSettings() {
    var saved = loadSettings();
    var fromUrl = /[?&]chapter=([^&#]*)/.exec(window.location.search);
    var chapter = fromUrl ? decodeURIComponent(fromUrl[1]) : saved.chapter;
    if (chapter && Object.prototype.hasOwnProperty.call(chapterTitles, chapter)) {
      ui.chapter.value = chapter;
    }
    if (typeof saved.newLimit === "number") {
      ui.newLimit.value = String(saved.newLimit);
    }
  }

  function init() {
    var root = $(".practice-app");
    if (!root || !cn.practiceCards || !cn.scheduler || !cn.progress || !cn.progressFile || !cn.progressChart ||
        !cn.progressTransfer) {
      return;
    }
    bind(root);
    readDeck();
    restoreSettings();
    listen();
    root.hidden = false;
    refreshOverview();
  }

  practice.refresh = function () {
    if (ui.app && !session) {
      refreshOverview();
    }
  };

  document.addEventListener("DOMContentLoaded", init);
})();
