/**
 * Self-check cards: the fenced {@code card} block syntax, its validation, the card nodes that
 * replace the fences in the Markdown tree, and their accessible HTML rendering.
 *
 * <p>Grammar: an info string {@code card [type] [id=ID]}, sections separated by lines that are
 * exactly {@code ---}. Types: {@code flip} (prompt, answer), {@code cloze} (text with
 * {@code {{blank|alternative}}}), {@code truefalse} (statement, {@code true|false}), {@code choice}
 * (question, task list), {@code order} (question, ordered list in the right order). Every type takes
 * an optional last section with an explanation.
 */
package io.github.coursenotes.cards;
