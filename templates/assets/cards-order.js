/*
 * Ordering cards: the steps are shown shuffled (li.card-step[data-step] holds the right position);
 * each step gets "Up"/"Down" buttons named "Move ‘step’ up/down" (keyboard focus follows the moved
 * step) and can be dragged with a mouse, pen or finger (pointer events; on touch, by its handle).
 * Registers coursenotes.cards.types.order; load after cards.js.
 */
(function () {
  "use strict";
  var cn = window.coursenotes;
  var h = cn.cards.helpers;
  var make = h.make;
  var makeButton = h.makeButton;
  var show = h.show;

  function orderCard(ui) {
    var list = ui.card.querySelector(".card-steps");
    var initial = Array.prototype.slice.call(list.children);
    var status = make("p", "card-steps-status visually-hidden");
    status.setAttribute("role", "status");
    list.parentNode.insertBefore(status, list.nextSibling);
    var locked = false;
    var touched = false;
    initial.forEach(function (step) {
      addStepControls(step);
    });
    list.classList.add("is-enhanced");
    updateButtons();

    function steps() {
      return Array.prototype.slice.call(list.children);
    }

    function stepName(step) {
      return step.querySelector(".card-step-text").textContent.replace(/\s+/g, " ").trim();
    }

    function addStepControls(step) {
      var row = make("div", "card-step-row");
      var handle = make("span", "card-step-handle", "⠿");
      handle.setAttribute("aria-hidden", "true");
      var controls = make("span", "card-step-controls");
      var up = arrowButton("↑", "Up", "card-step-up");
      var down = arrowButton("↓", "Down", "card-step-down");
      up.setAttribute("aria-label", "Move ‘" + stepName(step) + "’ up");
      down.setAttribute("aria-label", "Move ‘" + stepName(step) + "’ down");
      controls.appendChild(up);
      controls.appendChild(down);
      row.appendChild(handle);
      row.appendChild(step.querySelector(".card-step-text"));
      row.appendChild(controls);
      step.appendChild(row);
      up.addEventListener("click", function () { move(step, -1, up); });
      down.addEventListener("click", function () { move(step, 1, down); });
    }

    function arrowButton(arrow, text, className) {
      var button = makeButton("", className);
      var icon = make("span", "", arrow);
      icon.setAttribute("aria-hidden", "true");
      button.appendChild(icon);
      button.appendChild(document.createTextNode(" " + text));
      return button;
    }

    function move(step, delta, button) {
      var all = steps();
      var index = all.indexOf(step);
      var target = index + delta;
      if (locked || target < 0 || target >= all.length) {
        return;
      }
      list.insertBefore(step, delta < 0 ? all[target] : all[target].nextSibling);
      moved(step);
      // moving a node takes the focus away from the button inside it: give it back, or to its twin at an end
      var next = button.disabled ? step.querySelector(button.classList.contains("card-step-up") ? ".card-step-down" : ".card-step-up") : button;
      next.focus({ preventScroll: true });
      step.scrollIntoView({ block: "nearest", behavior: h.reducedMotion() ? "auto" : "smooth" });
    }

    function moved(step) {
      touched = true;
      updateButtons();
      status.textContent = "‘" + stepName(step) + "’ moved to position " + (steps().indexOf(step) + 1) + " of " + steps().length + ".";
      step.classList.remove("is-moved");
      void step.offsetWidth; // restart the highlight animation
      step.classList.add("is-moved");
    }

    function updateButtons() {
      var all = steps();
      all.forEach(function (step, index) {
        step.querySelector(".card-step-up").disabled = locked || index === 0;
        step.querySelector(".card-step-down").disabled = locked || index === all.length - 1;
      });
    }

    function check() {
      var right = 0;
      steps().forEach(function (step, index) {
        var ok = Number(step.getAttribute("data-step")) === index + 1;
        right += ok ? 1 : 0;
        step.classList.add(ok ? "is-right" : "is-wrong");
        var note = make("span", "card-mark", ok ? "✓ in place" : "✗ belongs at position " + step.getAttribute("data-step"));
        step.querySelector(".card-step-row").insertBefore(note, step.querySelector(".card-step-controls"));
      });
      var count = steps().length;
      ui.finish(right === count, right === count ? "Right: the steps are in order."
        : "Not quite: " + right + " of " + count + " steps " + (right === 1 ? "is" : "are")
          + " in the right place. The right order is shown below.");
    }

    enableDragging(list, function (step) {
      return !locked && step;
    }, moved);

    var button = h.checkButton(ui, check);
    return {
      check: check,
      hasInput: function () {
        return touched; /* the learner has ordered the steps (moved one at least) */
      },
      showAnswer: function () {},
      lock: function () {
        locked = true;
        list.classList.add("is-locked"); /* the move controls go: there is nothing left to order */
        show(button, false);
        updateButtons();
      },
      reset: function () {
        locked = false;
        touched = false;
        list.classList.remove("is-locked");
        show(button, true);
        initial.forEach(function (step) {
          step.classList.remove("is-right", "is-wrong", "is-moved");
          list.appendChild(step);
        });
        Array.prototype.forEach.call(list.querySelectorAll(".card-mark"), function (note) {
          note.parentNode.removeChild(note);
        });
        status.textContent = "";
        updateButtons();
      },
      focusStart: function () {
        var first = list.querySelector("button:not([disabled])");
        if (first) {
          first.focus();
        }
      }
    };
  }

  /** Pointer dragging of steps (mouse, pen and touch); the move buttons remain the keyboard way. */
  function enableDragging(list, canDrag, onMoved) {
    var drag = null;
    list.addEventListener("pointerdown", function (event) {
      var step = event.target.closest(".card-step");
      if (!step || event.button !== 0 || event.target.closest("button") || !canDrag(step)) {
        return;
      }
      if (event.pointerType !== "mouse" && !event.target.closest(".card-step-handle")) {
        return; // on touch screens only the handle drags, so the text still scrolls the page
      }
      event.preventDefault();
      drag = { step: step, pointer: event.pointerId, moved: false };
      step.classList.add("is-moving");
      try {
        list.setPointerCapture(event.pointerId); // the list, not the step: the step itself moves around
      } catch (e) {
        /* capture is an optimisation only */
      }
    });
    list.addEventListener("pointermove", function (event) {
      if (!drag || event.pointerId !== drag.pointer) {
        return;
      }
      var before = null;
      var others = Array.prototype.filter.call(list.children, function (step) { return step !== drag.step; });
      for (var i = 0; i < others.length; i++) {
        var box = others[i].getBoundingClientRect();
        if (event.clientY < box.top + box.height / 2) {
          before = others[i];
          break;
        }
      }
      if (before !== drag.step.nextElementSibling) {
        list.insertBefore(drag.step, before);
        drag.moved = true;
      }
    });
    function end(event) {
      if (!drag || event.pointerId !== drag.pointer) {
        return;
      }
      var step = drag.step;
      var movedAny = drag.moved;
      drag = null;
      step.classList.remove("is-moving");
      if (movedAny) {
        onMoved(step);
      }
    }
    list.addEventListener("pointerup", end);
    list.addEventListener("pointercancel", end);
  }

  cn.cards.types.order = orderCard;
})();
