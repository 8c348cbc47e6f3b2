/* Site behaviour: theme toggle, phone navigation, progress hooks. Classic script (works from file://). */
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

  function currentTheme() {
    var chosen = document.documentElement.getAttribute("data-theme");
    if (chosen) {
      return chosen;
    }
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function setupThemeToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) {
      return;
    }
    var label = button.querySelector(".theme-toggle-label");
    function show() {
      var dark = currentTheme() === "dark";
      button.setAttribute("aria-pressed", String(dark));
      label.textContent = "Dark theme";
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
  }

  function setupNavToggle() {
    var button = document.querySelector(".nav-toggle");
    var sidebar = document.getElementById("sidebar");
    if (!button || !sidebar) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = document.body.classList.toggle("nav-open");
      button.setAttribute("aria-expanded", String(open));
      if (open) {
        var current = sidebar.querySelector("[aria-current=page]") || sidebar.querySelector("a");
        if (current) {
          current.focus();
        }
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && document.body.classList.contains("nav-open")) {
        document.body.classList.remove("nav-open");
        button.setAttribute("aria-expanded", "false");
        button.focus();
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupThemeToggle();
    setupNavToggle();
  });
})();
