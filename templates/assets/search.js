/*
 * Search: the box in the header of every page, and the search page (search.html?q=...).
 *
 * The index (search-index.js, written by the build) is loaded when the learner starts typing, by
 * inserting a script element: a script rather than JSON because Chromium refuses fetch() of local
 * files and the site must work opened from disk. Results are built with DOM methods only; no text
 * of the index is ever parsed as HTML.
 *
 * Ranking: every word of the query must occur in the entry, and how it occurs sets the entry's
 * level: as a word (the same word, or another form of it: "deploy" finds "deployment", "deploying",
 * "deployed"), at the start of a word ("mo" finds "model"), or inside a word ("ploy"). Only the
 * entries of the best level found are shown, so "shadow mode" finds the sections about shadow mode
 * and not every one that says "shadow" and "model", while a word still being typed finds the words it
 * starts. Within a level, a word counts 100 in the page title (for the entry at the top of a page),
 * 10 in a section heading, 5 in a card's question, 2 in the title of the page around a section that
 * matches other words, and 1 in the text; repeated matches in the text add a little. Equal scores
 * keep reading order. Results are shown grouped by page; highlighting marks whole words.
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

  /** How a query word occurs in a text: as a word (or a form of it), at a word's start, inside a word. */
  var LEVEL = { none: 0, inside: 1, prefix: 2, word: 3 };
  var LETTER = /[\p{L}\p{N}]/u;

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

  /**
   * A light English stemmer: the common endings of plurals, verbs and nouns made from verbs go,
   * so that forms of a word meet ("deployments" and "deploying" give "deploy"). Always a prefix of
   * the word, or the word with "ies" made "y" ("canaries", "canary").
   */
  function stem(word) {
    var w = word;
    if (w.length > 4 && /ies$/.test(w)) {
      return w.slice(0, -3) + "y";
    }
    var endings = ["ments", "ment", "ings", "ing", "ed", "es", "s"];
    for (var i = 0; i < endings.length; i += 1) {
      var ending = endings[i];
      var rest = w.length - ending.length;
      if (rest >= 3 && w.slice(rest) === ending) {
        if (ending === "s" && /[su]s$/.test(w)) {
          continue; /* class, status */
        }
        if (ending === "es" && !/(ss|x|ch|sh|zz)es$/.test(w)) {
          continue; /* "modes": drop the "s" only */
        }
        w = w.slice(0, rest);
        if (ending !== "s" && ending !== "es" && /([b-df-hj-np-rtv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w.slice(-2)) || /ll$/.test(w) && rest > 4) {
          w = w.slice(0, -1); /* shipping, modelling */
        }
        return w;
      }
    }
    return w;
  }

  function isWordChar(text, position) {
    return position >= 0 && position < text.length && LETTER.test(text.charAt(position));
  }

  /** The end of the word that starts or runs through position. */
  function wordEnd(text, position) {
    var end = position;
    while (isWordChar(text, end)) {
      end += 1;
    }
    return end;
  }

  function wordStart(text, position) {
    var start = position;
    while (isWordChar(text, start - 1)) {
      start -= 1;
    }
    return start;
  }

  /** The level of a term (with its stem) in a lowercased text. */
  function levelIn(lower, term, termStem) {
    var best = LEVEL.none;
    var position = lower.indexOf(termStem);
    while (position >= 0) {
      if (!isWordChar(lower, position - 1)) {
        var word = lower.slice(position, wordEnd(lower, position));
        if (word === term || stem(word) === termStem) {
          return LEVEL.word;
        }
        if (word.indexOf(term) === 0) {
          best = LEVEL.prefix;
        }
      }
      position = lower.indexOf(termStem, position + 1);
    }
    if (best === LEVEL.none && lower.indexOf(term) >= 0) {
      best = LEVEL.inside;
    }
    return best;
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

  function countOf(lower, term) {
    var count = 0;
    var position = lower.indexOf(term);
    while (position >= 0 && count < 5) {
      count += 1;
      position = lower.indexOf(term, position + term.length);
    }
    return count;
  }

  /** {score, level} of an entry for the query, or null when a word of the query is missing. */
  function scoreEntry(entry, terms, stems) {
    var total = 0;
    var level = LEVEL.word;
    var ownMatches = 0;
    for (var i = 0; i < terms.length; i += 1) {
      var own = entry.kind === KIND.page
        ? [entry.page.lower, WEIGHT.pageTitle]
        : [entry.titleLower, entry.kind === KIND.card ? WEIGHT.card : WEIGHT.heading];
      var fields = [own, [entry.textLower, WEIGHT.text]];
      var best = 0;
      var bestLevel = LEVEL.none;
      for (var f = 0; f < fields.length; f += 1) {
        var found = levelIn(fields[f][0], terms[i], stems[i]);
        if (found > bestLevel || found === bestLevel && found && fields[f][1] > best) {
          bestLevel = found;
          best = fields[f][1] + (f === 1 ? 0.05 * countOf(fields[f][0], stems[i]) : 0);
        }
      }
      if (bestLevel) {
        ownMatches += 1;
      } else if (entry.kind !== KIND.page) {
        bestLevel = levelIn(entry.page.lower, terms[i], stems[i]);
        best = WEIGHT.context;
      }
      if (!bestLevel) {
        return null;
      }
      level = Math.min(level, bestLevel);
      total += best;
    }
    return ownMatches > 0 ? { score: total, level: level } : null;
  }

  /**
   * The entries matching every word of the query at the best level found, best first:
   * [{entry, score, level, href}], where href is relative to the site root
   * (e.g. "deploy/canary.html#rollback").
   */
  function rank(index, query, limit) {
    var terms = queryTerms(query);
    if (!terms.length || !index) {
      return [];
    }
    var stems = terms.map(stem);
    var results = [];
    var top = LEVEL.none;
    prepare(index).entries.forEach(function (entry) {
      var scored = scoreEntry(entry, terms, stems);
      if (scored && scored.level >= top) {
        if (scored.level > top) {
          top = scored.level;
          results = [];
        }
        results.push({
          entry: entry,
          score: scored.score,
          level: scored.level,
          href: entry.page.path + (entry.anchor ? "#" + entry.anchor : "")
        });
      }
    });
    results.sort(function (a, b) {
      return b.score - a.score || a.entry.order - b.entry.order;
    });
    return typeof limit === "number" ? results.slice(0, limit) : results;
  }

  /** Ranked results grouped by page, pages in the order of their best result: [{page, results}]. */
  function group(results) {
    var groups = [];
    var byPath = {};
    results.forEach(function (result) {
      var path = result.entry.page.path;
      if (!byPath[path]) {
        byPath[path] = { page: result.entry.page, results: [] };
        groups.push(byPath[path]);
      }
      byPath[path].results.push(result);
    });
    return groups;
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

  /**
   * The [start, end) ranges of the whole words of text that match a term at the given level or
   * better (by default any level), merged: a match never marks part of a word.
   */
  function matchRanges(text, terms, level) {
    var lower = text.toLowerCase();
    var least = level || LEVEL.inside;
    var ranges = [];
    terms.forEach(function (term) {
      var termStem = stem(term);
      var needle = least >= LEVEL.prefix ? termStem : term;
      var position = lower.indexOf(needle);
      while (position >= 0) {
        var start = wordStart(lower, position);
        var end = wordEnd(lower, position);
        var word = lower.slice(start, end);
        var found = start !== position ? (lower.indexOf(term, position) === position ? LEVEL.inside : LEVEL.none)
          : word === term || stem(word) === termStem ? LEVEL.word
            : word.indexOf(term) === 0 ? LEVEL.prefix : LEVEL.none;
        if (found >= least) {
          ranges.push([start, end]);
        }
        position = lower.indexOf(needle, Math.max(end, position + 1));
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

  /** Appends text to element with every matching word (at level or better) in <mark>, using text nodes only. */
  function appendHighlighted(element, text, terms, level) {
    var at = 0;
    matchRanges(text, terms, level).forEach(function (range) {
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

  /** A link to one result: its title (a section's heading, a card's question, or the page's title) and a snippet. */
  function resultLink(result, terms, titleText) {
    var entry = result.entry;
    var link = document.createElement("a");
    link.className = "search-result-link";
    link.setAttribute("href", siteRoot() + result.href);
    var title = document.createElement("span");
    title.className = entry.kind === KIND.page ? "search-result-title" : "search-result-section";
    if (entry.kind === KIND.card) {
      title.appendChild(document.createTextNode("Self-check: "));
    }
    appendHighlighted(title, titleText, terms, result.level);
    link.appendChild(title);
    if (entry.text) {
      var excerpt = document.createElement("span");
      excerpt.className = "search-result-snippet";
      appendHighlighted(excerpt, snippet(entry.text, terms), terms, result.level);
      link.appendChild(excerpt);
    }
    return link;
  }

  /**
   * One page's results: the page's own entry as its heading link when it matched (else the page's
   * title as text), then its sections and cards.
   */
  function groupItem(found, terms) {
    var item = document.createElement("li");
    item.className = "search-group";
    var top = found.results.filter(function (result) { return result.entry.kind === KIND.page; })[0];
    if (top) {
      var heading = resultLink(top, terms, found.page.title);
      heading.classList.add("is-page");
      item.appendChild(heading);
    } else {
      var title = document.createElement("p");
      title.className = "search-group-title";
      appendHighlighted(title, found.page.title, terms, found.results[0].level);
      item.appendChild(title);
    }
    var sections = found.results.filter(function (result) { return result !== top; });
    if (sections.length) {
      var list = document.createElement("ol");
      list.className = "search-results";
      sections.forEach(function (result) {
        var entry = document.createElement("li");
        entry.className = "search-result";
        entry.appendChild(resultLink(result, terms, result.entry.title));
        list.appendChild(entry);
      });
      item.appendChild(list);
    }
    return item;
  }

  function fillList(list, results, terms) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    group(results).forEach(function (found) {
      list.appendChild(groupItem(found, terms));
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
    moreLink.setAttribute("href", siteRoot() + "search.html");
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

  cn.search = { rank: rank, group: group, stem: stem, LEVEL: LEVEL, snippet: snippet, queryTerms: queryTerms,
    matchRanges: matchRanges, load: loadIndex };

  if (typeof document === "undefined") {
    return; /* loaded without a page (unit tests of the ranking) */
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
