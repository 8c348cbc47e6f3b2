/**
 * The plain text of Markdown nodes as a reader sees it, behind heading anchors, note titles, card
 * text and search text. Depends on CommonMark only, so every stage can use it.
 */
package io.github.coursenotes.text;
