/*
 * Self-check cards: checking, revealing, self-grading and the last result of each card.
 * Classic script (works from file://). Without it every card is still a question with a <details> reveal.
 * cards-order.js adds the ordering card; cards-page.js enhances the cards of a note page.
 *
 * Markup it reads (written by the generator's CardNodeRenderer):
 *   .card[data-card-id][data-card-type=flip|cloze|truefalse|choice|order]
 *     .card-label  .card-prompt (cloze: input.cloze-blank[data-answers="a|b"])
 *     fieldset.card-choices .card-option input[data-correct]        (truefalse, choice)
 *     ol.card-steps > li.card-step[data-step=right position]        (order, shown shuffled)
 *     p.card-feedback[role=status]  details.card-reveal
 * What it adds: div.card-actions (Check / Again / Got it / Try again) before the feedback (on flip
 * cards both move below the reveal, as grading follows reading the answer),
 * span.card-result ("Last time: right") in the label, span.card-mark beside checked options and
 * steps, and classes on the card: is-answered, is-right | is-wrong (this attempt),
 * was-right | was-wrong (the stored last result); blanks and options get is-right | is-wrong.
 *
 * The reveal's summary reads "Show answer" or "Hide answer"; "Last time: right" shows the result of
 * an earlier visit only (an answer given on this page view is shown by the feedback instead).
 *
 * API: coursenotes.cards.enhance(card, {onResult: fn(id, correct), record: true, schedule: true, showLast: true,
 * practice: false}) returns {id, element, reset(), showLast(), answer(), interactive} (the same one when called
 * again). With practice: true the card's own buttons and reveal are hidden: the practice page drives it
 * with answer(), which checks what the learner entered, or else reveals the answer without a result
 * (a flip card, or an interactive card left unanswered), which the learner then grades. Each answer is stored
 * with coursenotes.progress.recordAnswer(id, correct) unless record is false (and counts as a review of
 * a new or due card unless schedule is false, as on the practice page, which grades), then onResult is
 * called, then a bubbling "coursenotes:card-result" event with detail {id, correct} is fired.
 */
(function () {
  "use strict";
  var cn = (window.coursenotes = window.coursenotes || {});

  function reducedMotion() {
    return !!(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
  }

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function makeButton(text, className) {
    var node = make("button", className, text);
    node.type = "button";
    return node;
  }

  function show(node, visible) {
    node.hidden = !visible;
  }

  /** Case- and white-space-insensitive comparison of a typed answer with "a|b" alternatives. */
  function matches(typed, answers) {
    var normalise = function (text) {
      return String(text).replace(/\s+/g, " ").trim().toLowerCase();
    };
    var wanted = normalise(typed);
    return wanted !== "" && String(answers).split("|").some(function (answer) {
      return normalise(answer) === wanted;
    });
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }

  function stored(id) {
    return cn.progress ? cn.progress.get(id) : null;
  }

  /** When this page view started: a stored answer from after it was given here, not on an earlier visit. */
  var pageViewStart = Date.now();

  /* ---- one card ---- */

  function enhance(card, options) {
    if (card.coursenotesCard) {
      return card.coursenotesCard;
    }
    options = options || {};
    var ui = {
      card: card,
      id: card.getAttribute("data-card-id"),
      type: card.getAttribute("data-card-type"),
      feedback: card.querySelector(".card-feedback"),
      details: card.querySelector(".card-reveal"),
      actions: make("div", "card-actions"),
      answered: false
    };
    ui.feedback.parentNode.insertBefore(ui.actions, ui.feedback);
    if (ui.type === "flip") {
      // a flip card is graded after reading the answer: its buttons and feedback go below the reveal
      ui.details.parentNode.insertBefore(ui.feedback, ui.details.nextSibling);
      ui.details.parentNode.insertBefore(ui.actions, ui.feedback);
    }
    var behaviour = (types[ui.type] || flipCard)(ui);
    var tryAgain = makeButton("Try again", "card-try-again");
    show(tryAgain, false);
    ui.actions.appendChild(tryAgain);
    var summary = ui.details.querySelector("summary");
    ui.details.addEventListener("toggle", function () {
      summary.textContent = ui.details.open ? "Hide answer" : "Show answer";
    });
    if (options.practice) {
      card.classList.add("in-practice");
      show(ui.actions, false);
      show(summary, false);
    }

    ui.finish = function (correct, message) {
      ui.answered = true;
      card.classList.add("is-answered");
      card.classList.toggle("is-right", correct);
      card.classList.toggle("is-wrong", !correct);
      say(ui, message, correct ? "is-right" : "is-wrong");
      ui.details.open = true;
      if (options.record !== false && cn.progress) {
        cn.progress.recordAnswer(ui.id, correct, { schedule: options.schedule !== false });
      }
      showLast(ui, null); /* this answer is the feedback's; "Last time" is for an earlier visit */
      behaviour.lock();
      show(tryAgain, !options.practice);
      if (!options.practice) {
        tryAgain.focus();
      }
      if (typeof options.onResult === "function") {
        options.onResult(ui.id, correct);
      }
      card.dispatchEvent(new CustomEvent("coursenotes:card-result", { bubbles: true, detail: { id: ui.id, correct: correct } }));
    };

    function reset() {
      ui.answered = false;
      card.classList.remove("is-answered", "is-right", "is-wrong");
      say(ui, "", null);
      ui.details.open = false;
      show(tryAgain, false);
      behaviour.reset();
    }

    tryAgain.addEventListener("click", function () {
      reset();
      behaviour.focusStart();
    });

    var controller = {
      id: ui.id,
      element: card,
      reset: reset,
      interactive: !!behaviour.check,
      showLast: function () {
        var record = stored(ui.id) || {};
        var earlier = !ui.answered && (typeof record.at !== "number" || record.at < pageViewStart);
        showLast(ui, options.showLast === false || !earlier ? null : record.last || null);
      },
      answer: function () {
        if (ui.answered) {
          return;
        }
        if (behaviour.check && behaviour.hasInput()) {
          behaviour.check();
        } else if (behaviour.check) {
          // nothing entered: the answer is shown without a result, the learner grades it
          behaviour.showAnswer();
          behaviour.lock();
          ui.answered = true;
          card.classList.add("is-answered");
          ui.details.open = true;
        } else {
          ui.details.open = true;
        }
      }
    };
    card.coursenotesCard = controller;
    card.setAttribute("data-enhanced", "true");
    controller.showLast();
    return controller;
  }

  function say(ui, message, kind) {
    ui.feedback.textContent = message;
    ui.feedback.classList.remove("is-right", "is-wrong", "is-hint");
    if (kind) {
      ui.feedback.classList.add(kind);
    }
  }

  /** Shows the stored last result ("right", "wrong" or null) as a note in the label and a class on the card. */
  function showLast(ui, last) {
    var note = ui.card.querySelector(".card-result");
    if (!note) {
      note = make("span", "card-result");
      ui.card.querySelector(".card-label").appendChild(note);
    }
    note.textContent = last ? "Last time: " + last : "";
    show(note, !!last);
    ui.card.classList.toggle("was-right", last === "right");
    ui.card.classList.toggle("was-wrong", last === "wrong");
  }

  /** A "Check" button for the card types the learner answers before the reveal. */
  function checkButton(ui, check) {
    var button = makeButton("Check", "card-check primary");
    ui.actions.appendChild(button);
    button.addEventListener("click", check);
    return button;
  }

  function flipCard(ui) {
    var grade = make("div", "card-grade");
    grade.setAttribute("role", "group");
    var question = make("span", "card-grade-label", "How did you do?");
    question.id = ui.card.id + "-grade";
    grade.setAttribute("aria-labelledby", question.id);
    var again = makeButton("Again", "card-again");
    var gotIt = makeButton("Got it", "card-got-it primary");
    grade.appendChild(question);
    grade.appendChild(again);
    grade.appendChild(gotIt);
    ui.actions.appendChild(grade);
    show(grade, false);
    ui.details.addEventListener("toggle", function () {
      show(grade, ui.details.open && !ui.answered);
    });
    again.addEventListener("click", function () {
      ui.finish(false, "Marked “Again”: this card will come back in practice.");
    });
    gotIt.addEventListener("click", function () {
      ui.finish(true, "Marked “Got it”: well done.");
    });
    return {
      lock: function () {
        show(grade, false);
      },
      reset: function () {
        show(grade, false);
      },
      focusStart: function () {
        ui.details.querySelector("summary").focus();
      }
    };
  }

  function clozeCard(ui) {
    var blanks = Array.prototype.slice.call(ui.card.querySelectorAll(".cloze-blank"));
    function check() {
      if (blanks.every(function (blank) { return blank.value.trim() === ""; })) {
        say(ui, "Type your answer in the blanks first.", "is-hint");
        blanks[0].focus();
        return;
      }
      var right = 0;
      blanks.forEach(function (blank, index) {
        var ok = matches(blank.value, blank.getAttribute("data-answers"));
        right += ok ? 1 : 0;
        blank.classList.add(ok ? "is-right" : "is-wrong");
        blank.setAttribute("aria-invalid", String(!ok));
        if (ok) {
          showOwnAnswer(index, blank.value.replace(/\s+/g, " ").trim());
        }
      });
      var all = right === blanks.length;
      ui.finish(all, all
        ? "Right: " + (blanks.length === 1 ? "the blank is" : "all " + blanks.length + " blanks are") + " correct."
        : "Not quite: " + right + " of " + plural(blanks.length, "blank", "blanks") + " right. The answer is shown below.");
    }
    /** In the revealed answer, an accepted answer other than the first shows as the learner typed it. */
    var answers = Array.prototype.slice.call(ui.card.querySelectorAll(".card-back .cloze-answer"));
    var written = answers.map(function (mark) { return mark.textContent; });
    function showOwnAnswer(index, typed) {
      var mark = answers[index];
      if (mark && !matches(typed, written[index])) {
        mark.textContent = typed;
        mark.classList.add("is-own-answer");
        mark.title = "Your answer; also right: " + written[index];
      }
    }
    var button = checkButton(ui, check);
    blanks.forEach(function (blank) {
      blank.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && !blank.readOnly) {
          event.preventDefault();
          check();
        }
      });
    });
    return {
      lock: function () {
        show(button, false);
        blanks.forEach(function (blank) { blank.readOnly = true; });
      },
      check: check,
      hasInput: function () {
        return blanks.some(function (blank) { return blank.value.trim() !== ""; });
      },
      showAnswer: function () {
        blanks.forEach(function (blank) { blank.classList.add("is-wrong"); });
      },
      reset: function () {
        show(button, true);
        answers.forEach(function (mark, index) {
          mark.textContent = written[index];
          mark.classList.remove("is-own-answer");
          mark.removeAttribute("title");
        });
        blanks.forEach(function (blank) {
          blank.readOnly = false;
          blank.value = "";
          blank.classList.remove("is-right", "is-wrong");
          blank.removeAttribute("aria-invalid");
        });
      },
      focusStart: function () {
        blanks[0].focus();
      }
    };
  }

  /** True/false and multiple choice: radio buttons or checkboxes carrying data-correct. */
  function choiceCard(ui) {
    var inputs = Array.prototype.slice.call(ui.card.querySelectorAll(".card-choices input"));
    var trueFalse = ui.type === "truefalse";
    function check() {
      var chosen = inputs.filter(function (input) { return input.checked; });
      if (chosen.length === 0) {
        say(ui, trueFalse ? "Choose True or False first." : "Choose an answer first.", "is-hint");
        inputs[0].focus();
        return;
      }
      var wrongChosen = 0;
      var rightMissed = 0;
      inputs.forEach(function (input) {
        var correct = input.getAttribute("data-correct") === "true";
        wrongChosen += input.checked && !correct ? 1 : 0;
        rightMissed += !input.checked && correct ? 1 : 0;
        mark(input, correct, input.checked);
      });
      var ok = wrongChosen === 0 && rightMissed === 0;
      if (trueFalse) {
        var answer = inputs.filter(function (input) { return input.getAttribute("data-correct") === "true"; })[0].value;
        ui.finish(ok, (ok ? "Right: " : "Wrong: ") + "the statement is " + answer + ".");
      } else {
        ui.finish(ok, ok ? "Right!" : "Not quite: " + choiceSummary(wrongChosen, rightMissed) + " The right answer is shown below.");
      }
    }
    function mark(input, correct, chosen) {
      var option = input.closest(".card-option");
      var text = chosen ? (correct ? "✓ right" : "✗ wrong") : (correct ? "✓ right answer, not chosen" : "");
      option.classList.add(correct ? "is-right" : chosen ? "is-wrong" : "is-other");
      if (text) {
        var note = make("span", "card-mark", text);
        note.id = input.id + "-mark";
        option.appendChild(note);
        input.setAttribute("aria-describedby", note.id);
      }
    }
    var button = checkButton(ui, check);
    // the whole tile answers, also where an option is a block (code, a list) that is not a <label>
    Array.prototype.forEach.call(ui.card.querySelectorAll(".card-option"), function (option) {
      option.addEventListener("click", function (event) {
        var input = option.querySelector("input");
        if (input && !input.disabled && !event.target.closest("input, label, a, button")) {
          input.click();
        }
      });
    });
    return {
      check: check,
      hasInput: function () {
        return inputs.some(function (input) { return input.checked; });
      },
      showAnswer: function () {
        inputs.forEach(function (input) {
          mark(input, input.getAttribute("data-correct") === "true", false);
        });
      },
      lock: function () {
        show(button, false);
        inputs.forEach(function (input) { input.disabled = true; });
      },
      reset: function () {
        show(button, true);
        inputs.forEach(function (input) {
          input.disabled = false;
          input.checked = false;
          input.removeAttribute("aria-describedby");
          input.closest(".card-option").classList.remove("is-right", "is-wrong", "is-other");
        });
        Array.prototype.forEach.call(ui.card.querySelectorAll(".card-mark"), function (note) {
          note.parentNode.removeChild(note);
        });
      },
      focusStart: function () {
        inputs[0].focus();
      }
    };
  }

  function choiceSummary(wrongChosen, rightMissed) {
    var parts = [];
    if (wrongChosen > 0) {
      parts.push(plural(wrongChosen, "wrong option", "wrong options") + " chosen");
    }
    if (rightMissed > 0) {
      parts.push(plural(rightMissed, "right option", "right options") + " missed");
    }
    return parts.join(", ") + ".";
  }

  /** Enhances the cards under root (the document by default), except those in [data-cards-manual]. */
  function enhanceAll(root) {
    var cards = (root || document).querySelectorAll(".card[data-card-id]");
    return Array.prototype.filter.call(cards, function (card) {
      return !card.closest("[data-cards-manual]");
    }).map(function (card) {
      return enhance(card);
    });
  }

  /** How each type behaves: fn(ui) -> {lock(), reset(), focusStart()}; cards-order.js adds "order". */
  var types = { flip: flipCard, cloze: clozeCard, truefalse: choiceCard, choice: choiceCard };

  cn.cards = {
    enhance: enhance,
    enhanceAll: enhanceAll,
    matches: matches,
    types: types,
    /* for the other card scripts */
    helpers: { make: make, makeButton: makeButton, show: show, plural: plural, stored: stored,
      reducedMotion: reducedMotion, checkButton: checkButton }
  };
})();
