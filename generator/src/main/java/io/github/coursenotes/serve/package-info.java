/**
 * Live preview: build once, serve the output folder over HTTP, watch {@code content/} and
 * {@code templates/}, rebuild on change and tell the open browser tabs to reload. It sits on top of
 * the incremental build ({@link io.github.coursenotes.incremental.IncrementalBuild}), itself made of
 * the stages of a build ({@link io.github.coursenotes.Pipeline}), and never imports Maven.
 * The reload script, and while the course has problems a banner linking to their list, are added
 * to HTML responses by the server; nothing of them is written to the site. A course with errors is
 * shown all the same.
 */
package io.github.coursenotes.serve;
