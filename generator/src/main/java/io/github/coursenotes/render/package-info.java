/**
 * Render stage: the Freemarker theme (the project's {@code templates/} first, the built-in theme
 * second, file by file), the data each template receives (made by {@link
 * io.github.coursenotes.render.PageModels} as the records of {@code render.model}), and the
 * rendering of every page.
 */
package io.github.coursenotes.render;
