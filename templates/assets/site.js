/*
 * Site behaviour: the theme toggle, the navigation drawer (narrow screens), the search overlay
 * button (phones), the outline's scroll spy, and storage helpers. Classic script (works from file://).
 */
(function () {
  "use strict";
  var cn = (window.coursenotes = window.coursenotes || {});

  cn.storage = {
    get: function (key, fallback) {
      try {
        var raw = localStorage.getItem("coursenotes:" + key);
        return raw === null ? fallback : JSON.parse(raw);
      } catch (e) {
        return fallback;
      }
    },
    set: function (key, value) {
      try {
        localStorage.setItem("coursenotes:" + key, JSON.stringify(value));
      } catch (e) {
        /* storage full or disabled: progress is not kept, the page still works */
      }
    },
    remove: function (key) {
      try {
        localStorage.removeItem("coursenotes:" + key);
      } catch (e) {
        /* ignore */
      }
    }
  };

  function media(query) {
    return window.matchMedia ? window.matchMedia(query) : { matches: false, addEventListener: function () {} };
  }

  function currentTheme() {
    var chosen = document.documentElement.getAttribute("data-theme");
    if (chosen) {
      return chosen;
    }
    return media("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  /** The button says what it does ("Switch to light theme") and shows the theme it switches to. */
  function setupThemeToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) {
      return;
    }
    function show() {
      var now = currentTheme();
      var label = now === "dark" ? "Switch to light theme" : "Switch to dark theme";
      button.setAttribute("aria-label", label);
      button.title = label;
      button.setAttribute("data-theme-now", now);
    }
    button.hidden = false;
    show();
    button.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      document.documentElement.setAttribute("data-theme", next);
      try {
        localStorage.setItem("coursenotes:theme", next);
      } catch (e) {
        /* not remembered */
      }
      show();
    });
    var system = media("(prefers-color-scheme: dark)");
    if (system.addEventListener) {
      system.addEventListener("change", show);
    }
  }

  /**
   * Narrow screens: the sidebar is a drawer. Opening it moves the focus into it and makes the page
   * behind inert; Escape, the button again, a click outside or following a link closes it.
   */
  function setupDrawer() {
    var button = document.querySelector(".nav-toggle");
    var sidebar = document.getElementById("sidebar");
    if (!button || !sidebar) {
      return;
    }
    var behind = [document.getElementById("main"), document.querySelector(".site-footer")].filter(Boolean);
    var wide = media("(min-width: 60rem)");
    button.hidden = false;

    function isOpen() {
      return document.body.classList.contains("nav-open");
    }

    function setOpen(open, returnFocus) {
      document.body.classList.toggle("nav-open", open);
      button.setAttribute("aria-expanded", String(open));
      button.setAttribute("aria-label", open ? "Close course contents" : "Course contents");
      behind.forEach(function (element) {
        element.inert = open;
      });
      if (open) {
        var current = sidebar.querySelector("[aria-current=page]") || sidebar.querySelector("a");
        if (current) {
          current.focus({ preventScroll: false });
        }
      } else if (returnFocus) {
        button.focus();
      }
    }

    button.addEventListener("click", function () {
      setOpen(!isOpen(), false);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && isOpen()) {
        setOpen(false, true);
      }
    });
    document.addEventListener("click", function (event) {
      if (isOpen() && !sidebar.contains(event.target) && !button.contains(event.target)) {
        setOpen(false, false);
      }
    });
    if (wide.addEventListener) {
      wide.addEventListener("change", function () {
        if (wide.matches && isOpen()) {
          setOpen(false, false);
        }
      });
    }
  }

  /** Phones: the search box is behind an icon and opens over the header. */
  function setupSearchToggle() {
    var button = document.querySelector(".search-toggle");
    var input = document.getElementById("site-search-input");
    if (!button || !input) {
      return;
    }
    button.hidden = false;
    function setOpen(open) {
      document.body.classList.toggle("search-open", open);
      button.setAttribute("aria-expanded", String(open));
    }
    button.addEventListener("click", function () {
      setOpen(true);
      input.focus();
    });
    input.addEventListener("focus", function () {
      if (button.offsetParent !== null) {
        setOpen(true);
      }
    });
    input.form.addEventListener("focusout", function (event) {
      if (!event.relatedTarget || !input.form.contains(event.relatedTarget)) {
        setOpen(false);
      }
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && document.body.classList.contains("search-open") && !input.value) {
        setOpen(false);
        button.focus();
      }
    });
  }

  /**
   * The outline: on wide screens it is a column, open; the link of the section being read is
   * marked aria-current="true" (the last heading above the upper third of the window).
   */
  function setupOutline() {
    var links = Array.prototype.slice.call(document.querySelectorAll(".toc a[href^='#']"));
    if (!links.length) {
      return;
    }
    var headings = [];
    var seen = {};
    links.forEach(function (link) {
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var heading = document.getElementById(id);
      if (heading && !seen[id]) {
        seen[id] = true;
        headings.push(heading);
      }
    });
    var current = null;
    function mark() {
      var line = window.innerHeight / 3;
      var active = null;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= line) {
          active = headings[i];
        } else {
          break;
        }
      }
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2 && headings.length) {
        active = headings[headings.length - 1]; /* the last sections may never reach the line */
      }
      var id = active ? active.id : null;
      if (id === current) {
        return;
      }
      current = id;
      links.forEach(function (link) {
        if (id && decodeURIComponent(link.getAttribute("href").slice(1)) === id) {
          link.setAttribute("aria-current", "true");
        } else {
          link.removeAttribute("aria-current");
        }
      });
    }
    var pending = false;
    window.addEventListener("scroll", function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () {
          pending = false;
          mark();
        });
      }
    }, { passive: true });
    window.addEventListener("resize", mark);
    window.addEventListener("hashchange", mark);
    mark();
    cn.outline = { refresh: mark };
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupThemeToggle();
    setupDrawer();
    setupSearchToggle();
    setupOutline();
  });
})();
