/*
 * Live preview only: `mvn coursenotes:serve` adds this script to the pages it serves; it is never
 * written to the site. It listens to the server's build events and reloads the page when the site
 * was rebuilt after the page was served (the build number comes from the script tag).
 * Classic script: one IIFE attaching to window.coursenotes.
 */
(function () {
  "use strict";
  var cn = (window.coursenotes = window.coursenotes || {});
  var script = document.currentScript;
  if (cn.preview || !window.EventSource || !script) {
    return;
  }
  var build = script.getAttribute("data-build");
  var events = new EventSource("/__coursenotes/events");
  events.addEventListener("reload", function (event) {
    if (event.data !== build) {
      events.close();
      window.location.reload();
    }
  });
  cn.preview = { build: build, events: events };
})();
