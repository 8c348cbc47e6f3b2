/**
 * Load stage: walks {@code content/}, reads front matter and builds the course tree of chapters
 * (folders) and pages (Markdown files) in course order, plus the assets copied beside them.
 */
package io.github.coursenotes.content;
