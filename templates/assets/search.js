/*
 * Search: the box in the header of every page, and the search page (search.html?q=...).
 *
 * The index (search-index.js, written by the build) is loaded when the learner starts typing, by
 * inserting a script element: a script rather than JSON because Chromium refuses fetch() of local
 * files and the site must work opened from disk. Results are built with DOM methods only; no text
 * of the index is ever parsed as HTML.
 *
 * Ranking: every word of the query must occur in the entry. A word counts 100 in the page title
 * (for the entry at the top of a page), 10 in a section heading, 5 in a card's question, 2 in the
 * title of the page around a section that matches other words, and 1 in the text; a match at the
 * start of a word adds a tenth, and repeated matches in the text a little more. Equal scores keep
 * reading order.
 *
 * Keys: "/" focuses the search box (unless you are typing in a field); ArrowDown and ArrowUp move
 * through the results; Enter opens the focused result (or, in the box, the search page with all
 * results); Escape closes the results and returns to the box. A live region announces the count.
 *
 * Classic script (works from file://), attached to window.coursenotes.search.
 */
(function () {
  "use strict";
  var cn = (window.coursenotes = window.coursenotes || {});

  var WEIGHT = { pageTitle: 100, heading: 10, card: 5, context: 2, text: 1 };
  var KIND = { page: 0, heading: 1, card: 2 };
  var PANEL_LIMIT = 8;
  var PAGE_LIMIT = 100;
  var SNIPPET_LENGTH = 170;
  var ANNOUNCE_DELAY = 400;

  /* ---- Ranking: pure functions over the index, also used by the tests ---- */

  function queryTerms(query) {
    var seen = {};
    return String(query || "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (term) {
      if (!term || seen[term]) {
        return false;
      }
      seen[term] = true;
      return true;
    });
  }

  /** The index with lowercased copies of its fields, prepared once. */
  function prepare(index) {
    if (index.prepared) {
      return index.prepared;
    }
    var pages = index.pages.map(function (page) {
      return { path: page[0], title: page[1], lower: page[1].toLowerCase() };
    });
    var entries = index.sections.map(function (section, order) {
      return {
        order: order,
        page: pages[section[0]],
        kind: section[1],
        anchor: section[2],
        title: section[3],
        text: section[4],
        titleLower: section[3].toLowerCase(),
        textLower: section[4].toLowerCase()
      };
    });
    index.prepared = { pages: pages, entries: entries };
    return index.prepared;
  }

  function isWordStart(text, position) {
    return position === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(position - 1));
  }

  /** The weight of the best match of one term in a field, or 0; word starts count a tenth more. */
  function fieldScore(lower, term, weight) {
    var position = lower.indexOf(term);
    if (position < 0) {
      return 0;
    }
    while (position >= 0) {
      if (isWordStart(lower, position)) {
        return weight * 1.1;
      }
      position = lower.indexOf(term, position + 1);
    }
    return weight;
  }

  function countOf(lower, term) {
    var count = 0;
    var position = lower.indexOf(term);
    while (position >= 0 && count < 5) {
      count += 1;
      position = lower.indexOf(term, position + term.length);
    }
    return count;
  }

  function scoreEntry(entry, terms) {
    var total = 0;
    var ownMatches = 0;
    for (var i = 0; i < terms.length; i += 1) {
      var term = terms[i];
      var best = 0;
      if (entry.kind === KIND.page) {
        best = fieldScore(entry.page.lower, term, WEIGHT.pageTitle);
      } else {
        best = fieldScore(entry.titleLower, term, entry.kind === KIND.card ? WEIGHT.card : WEIGHT.heading);
      }
      if (!best) {
        best = fieldScore(entry.textLower, term, WEIGHT.text);
        if (best) {
          best += 0.05 * countOf(entry.textLower, term);
        }
      }
      if (best) {
        ownMatches += 1;
      } else if (entry.kind !== KIND.page) {
        best = fieldScore(entry.page.lower, term, WEIGHT.context);
      }
      if (!best) {
        return 0;
      }
      total += best;
    }
    return ownMatches > 0 ? total : 0;
  }

  /**
   * The entries matching every word of the query, best first: [{entry, score, href}], where href is
   * relative to the site root (e.g. "deploy/canary.html#rollback").
   */
  function rank(index, query, limit) {
    var terms = queryTerms(query);
    if (!terms.length || !index) {
      return [];
    }
    var results = [];
    prepare(index).entries.forEach(function (entry) {
      var score = scoreEntry(entry, terms);
      if (score > 0) {
        results.push({
          entry: entry,
          score: score,
          href: entry.page.path + (entry.anchor ? "#" + entry.anchor : "")
        });
      }
    });
    results.sort(function (a, b) {
      return b.score - a.score || a.entry.order - b.entry.order;
    });
    return typeof limit === "number" ? results.slice(0, limit) : results;
  }

  /** About SNIPPET_LENGTH characters of text around the first match, cut at spaces. */
  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var first = -1;
    terms.forEach(function (term) {
      var position = lower.indexOf(term);
      if (position >= 0 && (first < 0 || position < first)) {
        first = position;
      }
    });
    var start = Math.max(0, first - 60);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    var end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (end < text.length) {
      var lastSpace = text.lastIndexOf(" ", end);
      end = lastSpace > Math.max(start, first) ? lastSpace : end;
    }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  /** The [start, end) ranges where any term occurs in text, merged. */
  function matchRanges(text, terms) {
    var lower = text.toLowerCase();
    var ranges = [];
    terms.forEach(function (term) {
      var position = lower.indexOf(term);
      while (position >= 0) {
        ranges.push([position, position + term.length]);
        position = lower.indexOf(term, position + term.length);
      }
    });
    ranges.sort(function (a, b) {
      return a[0] - b[0];
    });
    var merged = [];
    ranges.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.push(range.slice());
      }
    });
    return merged;
  }

  /** Appends text to element with every match wrapped in <mark>, using text nodes only. */
  function appendHighlighted(element, text, terms) {
    var at = 0;
    matchRanges(text, terms).forEach(function (range) {
      if (range[0] > at) {
        element.appendChild(document.createTextNode(text.slice(at, range[0])));
      }
      var mark = document.createElement("mark");
      mark.textContent = text.slice(range[0], range[1]);
      element.appendChild(mark);
      at = range[1];
    });
    if (at < text.length) {
      element.appendChild(document.createTextNode(text.slice(at)));
    }
  }

  /* ---- Loading the index ---- */

  var waiting = [];
  var loadState = "idle";

  function siteRoot() {
    return (document.body && document.body.getAttribute("data-root")) || "";
  }

  /** Calls back with the index, loading search-index.js the first time; null if it cannot load. */
  function loadIndex(callback) {
    if (cn.searchIndex) {
      callback(cn.searchIndex);
      return;
    }
    if (loadState === "failed") {
      callback(null);
      return;
    }
    waiting.push(callback);
    if (loadState === "loading") {
      return;
    }
    loadState = "loading";
    var script = document.createElement("script");
    script.src = siteRoot() + "search-index.js";
    script.className = "search-index-script";
    script.onload = function () {
      loadState = cn.searchIndex ? "loaded" : "failed";
      flush();
    };
    script.onerror = function () {
      loadState = "failed";
      flush();
    };
    document.head.appendChild(script);
  }

  function flush() {
    var callbacks = waiting;
    waiting = [];
    callbacks.forEach(function (callback) {
      callback(cn.searchIndex || null);
    });
  }

  /* ---- Showing results ---- */

  function resultItem(result, terms) {
    var entry = result.entry;
    var item = document.createElement("li");
    item.className = "search-result";
    var link = document.createElement("a");
    link.className = "search-result-link";
    link.setAttribute("href", siteRoot() + result.href);
    var title = document.createElement("span");
    title.className = "search-result-title";
    appendHighlighted(title, entry.page.title, terms);
    link.appendChild(title);
    if (entry.kind !== KIND.page && entry.title) {
      var section = document.createElement("span");
      section.className = "search-result-section";
      if (entry.kind === KIND.card) {
        section.appendChild(document.createTextNode("Self-check: "));
      }
      appendHighlighted(section, entry.title, terms);
      link.appendChild(section);
    }
    if (entry.text) {
      var excerpt = document.createElement("span");
      excerpt.className = "search-result-snippet";
      appendHighlighted(excerpt, snippet(entry.text, terms), terms);
      link.appendChild(excerpt);
    }
    item.appendChild(link);
    return item;
  }

  function fillList(list, results, terms) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    results.forEach(function (result) {
      list.appendChild(resultItem(result, terms));
    });
  }

  function countText(count, query) {
    if (!count) {
      return "No results for “" + query + "”.";
    }
    return count + (count === 1 ? " result" : " results") + " for “" + query + "”.";
  }

  /** Arrow keys move between the links of container; ArrowUp from the first and Escape return to input. */
  function enableArrowKeys(container, input, onEscape) {
    container.addEventListener("keydown", function (event) {
      var links = Array.prototype.slice.call(container.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (at < 0) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        (at === 0 ? input : links[at - 1]).focus();
      } else if (event.key === "Escape") {
        event.preventDefault();
        input.focus();
        onEscape();
      } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        input.focus(); /* typing goes back to the box */
      }
    });
  }

  function isTyping(target) {
    if (!target || !target.tagName) {
      return false;
    }
    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  function setupSlashKey(input) {
    document.addEventListener("keydown", function (event) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented
          || isTyping(event.target)) {
        return;
      }
      event.preventDefault();
      input.focus();
      input.select();
    });
  }

  /** The live region, updated a moment after typing stops so that each keystroke is not read out. */
  function announcer(region) {
    var timer = null;
    return function (text) {
      clearTimeout(timer);
      timer = setTimeout(function () {
        region.textContent = text;
      }, ANNOUNCE_DELAY);
    };
  }

  /* ---- The box in the header: results in a panel below it ---- */

  function setupPanel(form, input) {
    var panel = document.createElement("div");
    panel.className = "search-panel";
    panel.id = "site-search-panel";
    panel.hidden = true;
    panel.tabIndex = -1; /* a click on the panel's background keeps it open */
    var count = document.createElement("p");
    count.className = "search-panel-count";
    count.setAttribute("aria-hidden", "true");
    var list = document.createElement("ol");
    list.className = "search-results";
    list.id = "site-search-results";
    list.setAttribute("aria-label", "Search results");
    var more = document.createElement("p");
    more.className = "search-panel-more";
    var moreLink = document.createElement("a");
    more.appendChild(moreLink);
    panel.appendChild(count);
    panel.appendChild(list);
    panel.appendChild(more);
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.id = "site-search-status";
    status.setAttribute("role", "status");
    form.appendChild(panel);
    form.appendChild(status);
    input.setAttribute("aria-controls", panel.id);
    input.setAttribute("aria-describedby", status.id);
    var announce = announcer(status);

    function close() {
      panel.hidden = true;
    }

    function update() {
      var query = input.value.trim();
      if (!query) {
        close();
        announce("");
        return;
      }
      loadIndex(function (index) {
        if (query !== input.value.trim()) {
          return; /* the learner typed on meanwhile */
        }
        if (!index) {
          count.textContent = "The search index could not be loaded.";
          fillList(list, [], []);
          more.hidden = true;
          panel.hidden = false;
          announce(count.textContent);
          return;
        }
        var results = rank(index, query);
        var terms = queryTerms(query);
        fillList(list, results.slice(0, PANEL_LIMIT), terms);
        count.textContent = countText(results.length, query);
        moreLink.textContent = results.length > PANEL_LIMIT ? "See all " + results.length + " results" : "Open on the search page";
        moreLink.setAttribute("href", siteRoot() + "search.html?q=" + encodeURIComponent(query));
        more.hidden = results.length === 0;
        panel.hidden = false;
        announce(countText(results.length, query) + (results.length ? " Use the down arrow to reach them." : ""));
      });
    }

    input.addEventListener("input", update);
    input.addEventListener("focus", function () {
      if (input.value.trim()) {
        update();
      }
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        var first = panel.hidden ? null : panel.querySelector("a");
        if (first) {
          event.preventDefault();
          first.focus();
        }
      } else if (event.key === "Escape" && !panel.hidden) {
        event.preventDefault();
        close();
      }
    });
    form.addEventListener("submit", function (event) {
      if (!input.value.trim()) {
        event.preventDefault();
      }
    });
    enableArrowKeys(panel, input, close);
    panel.addEventListener("click", function (event) {
      if (event.target.closest && event.target.closest("a")) {
        close();
      }
    });
    form.addEventListener("focusout", function (event) {
      if (!event.relatedTarget || !form.contains(event.relatedTarget)) {
        close();
      }
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) {
        close();
      }
    });
  }

  /* ---- The search page: every result in the page ---- */

  function setupSearchPage(input, list, status) {
    var query = "";
    try {
      query = new URLSearchParams(window.location.search).get("q") || "";
    } catch (e) {
      query = "";
    }
    input.value = query;

    function show(replaceUrl) {
      var current = input.value.trim();
      if (replaceUrl) {
        try {
          window.history.replaceState(null, "", "?q=" + encodeURIComponent(current));
        } catch (e) {
          /* some browsers refuse to change file:// addresses; the results still show */
        }
      }
      if (!current) {
        fillList(list, [], []);
        status.textContent = "Type in the search box above to search the course.";
        return;
      }
      status.textContent = "Searching…";
      loadIndex(function (index) {
        if (current !== input.value.trim()) {
          return;
        }
        if (!index) {
          status.textContent = "The search index could not be loaded.";
          return;
        }
        var results = rank(index, current);
        fillList(list, results.slice(0, PAGE_LIMIT), queryTerms(current));
        status.textContent = countText(results.length, current)
            + (results.length > PAGE_LIMIT ? " Showing the first " + PAGE_LIMIT + "." : "");
      });
    }

    input.addEventListener("input", function () {
      show(true);
    });
    input.addEventListener("keydown", function (event) {
      var first = list.querySelector("a");
      if (event.key === "ArrowDown" && first) {
        event.preventDefault();
        first.focus();
      }
    });
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      show(true);
    });
    enableArrowKeys(list, input, function () {});
    show(false);
  }

  function setup() {
    var input = document.getElementById("site-search-input");
    var form = input && input.form;
    if (!form) {
      return;
    }
    setupSlashKey(input);
    var pageList = document.getElementById("search-page-results");
    var pageStatus = document.getElementById("search-page-status");
    if (pageList && pageStatus) {
      setupSearchPage(input, pageList, pageStatus);
    } else {
      setupPanel(form, input);
    }
  }

  cn.search = { rank: rank, snippet: snippet, queryTerms: queryTerms, matchRanges: matchRanges, load: loadIndex };

  if (typeof document === "undefined") {
    return; /* loaded without a page (unit tests of the ranking) */
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
