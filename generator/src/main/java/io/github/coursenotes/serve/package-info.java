/**
 * Live preview: build once, serve the output folder over HTTP, watch {@code content/} and
 * {@code templates/}, rebuild on change and tell the open browser tabs to reload. It sits on top of
 * the same pipeline as a build ({@link io.github.coursenotes.SiteBuilder}) and never imports Maven.
 * The reload script is added to HTML responses by the server; nothing of it is written to the site.
 */
package io.github.coursenotes.serve;
