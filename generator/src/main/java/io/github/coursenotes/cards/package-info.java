/**
 * Self-check cards, a CommonMark extension ({@link io.github.coursenotes.cards.CardExtension}): the
 * fenced {@code card} block syntax parsed into card nodes of the Markdown tree, the reading and
 * validation of their text on their page, and their accessible HTML rendering.
 *
 * <p>Grammar: an info string {@code card [type] [id=ID]} (type and id in any order; the id may be
 * quoted and is letters, digits, {@code -}, {@code _} and {@code .}, starting with a letter or
 * digit), then sections separated by lines that are exactly {@code ---} (ignored inside code
 * fences; use a longer outer fence, {@code ````card}, when a card holds a fenced block). Types:
 * {@code flip} (prompt, answer), {@code cloze} (text with {@code {{blank|alternative}}} written as
 * plain text), {@code truefalse} (statement, {@code true|false}), {@code choice} (question, task list
 * {@code - [x] right} / {@code - [ ] wrong}, at least two options and one right), {@code order}
 * (question, numbered steps in the right order, at least two). Every type takes an optional last
 * section with an explanation. Options and steps may continue on indented lines.
 *
 * <p>Every problem is reported as {@code path:line:column}: info-string problems at the offending
 * word, section problems at the {@code ---} or the first text of the section, blank problems at
 * the {@code {{}}}. Columns inside a card in a list item or quote are shifted by the fence's
 * indentation, which is exact when the card's lines are indented like its fence.
 */
package io.github.coursenotes.cards;
