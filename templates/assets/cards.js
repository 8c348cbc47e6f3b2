/* Self-check cards: placeholder until the interactive version lands. */
(function () {
  "use strict";
  window.coursenotes = window.coursenotes || {};
})();
