/**
 * The search index: every note cut into sections at its headings, plus one entry per card, as
 * plain text (never HTML), written as a script the theme's {@code search.js} loads on demand so
 * that search works from {@code file://} too.
 */
package io.github.coursenotes.search;
