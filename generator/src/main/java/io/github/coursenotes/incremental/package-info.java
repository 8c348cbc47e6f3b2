/**
 * Incremental builds: a full build through the {@link io.github.coursenotes.Pipeline} first, then,
 * after an edit of existing notes, the stages again for those notes and the notes linking to them,
 * and only the pages that show them rendered and replaced in the site folder
 * ({@link io.github.coursenotes.incremental.IncrementalBuild}). The whole-course outputs follow
 * when the caller asks. Whatever changes the shape of the course falls back to a full build. The
 * preview server ({@code serve}) is built on it; the core pipeline knows nothing of either.
 */
package io.github.coursenotes.incremental;
