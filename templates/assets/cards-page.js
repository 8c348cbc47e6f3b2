/*
 * The cards of a note page: enhances every card (except those inside [data-cards-manual], which the
 * page enhances itself with coursenotes.cards.enhance), shows "N of M cards right" in .page-progress
 * and adds a "Reset this page" button (with "Undo reset"), shown once a card of the page has progress,
 * that forgets this page's cards in coursenotes.progress. Load after cards.js and cards-order.js.
 */
(function () {
  "use strict";
  var cn = window.coursenotes;
  var h = cn.cards.helpers;
  var make = h.make;
  var makeButton = h.makeButton;
  var show = h.show;
  var plural = h.plural;
  var stored = h.stored;

  function pageProgress(controllers) {
    var box = document.querySelector(".page-progress");
    if (!box || !cn.progress || controllers.length === 0) {
      return;
    }
    var text = box.querySelector(".page-progress-text") || box.appendChild(make("p", "page-progress-text"));
    var reset = makeButton("Reset this page", "page-progress-reset");
    var undo = makeButton("Undo reset", "page-progress-undo");
    var status = make("p", "page-progress-status");
    status.setAttribute("role", "status");
    show(undo, false);
    box.appendChild(reset);
    box.appendChild(undo);
    box.appendChild(status);
    var snapshot = null;

    function ids() {
      return controllers.map(function (controller) { return controller.id; });
    }

    /** "Reset this page" is offered only once a card of the page has a stored answer. */
    function refresh() {
      var records = ids().map(stored);
      var right = records.filter(function (record) { return (record || {}).last === "right"; }).length;
      text.textContent = right + " of " + plural(controllers.length, "card", "cards") + " right";
      controllers.forEach(function (controller) { controller.showLast(); });
      if (!snapshot) {
        show(reset, records.some(Boolean));
      }
    }

    function offerUndo(offer) {
      show(undo, offer);
      show(reset, !offer);
      if (!offer) {
        snapshot = null;
      }
    }

    reset.addEventListener("click", function () {
      snapshot = {};
      ids().forEach(function (id) {
        var record = stored(id);
        if (record) {
          snapshot[id] = record;
        }
      });
      var count = Object.keys(snapshot).length;
      if (count === 0) {
        status.textContent = "Nothing to reset: no card on this page has been answered yet.";
        snapshot = null;
        return;
      }
      cn.progress.reset(ids());
      controllers.forEach(function (controller) { controller.reset(); });
      refresh();
      offerUndo(true);
      status.textContent = "Cleared your results for " + plural(count, "card", "cards") + " on this page.";
      undo.focus();
    });

    undo.addEventListener("click", function () {
      var saved = snapshot || {};
      Object.keys(saved).forEach(function (id) {
        cn.progress.update(id, function () { return saved[id]; });
      });
      offerUndo(false);
      refresh();
      status.textContent = "Restored your results.";
      reset.focus();
    });

    document.addEventListener("coursenotes:card-result", function () {
      if (snapshot) {
        offerUndo(false);
        status.textContent = "";
      }
      refresh();
    });
    window.addEventListener("storage", function (event) {
      if (event.key === cn.progress.key()) {
        refresh();
      }
    });
    refresh();
  }

  function start() {
    pageProgress(cn.cards.enhanceAll(document));
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
