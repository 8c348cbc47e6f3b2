/**
 * The data each template of the theme receives: one record per template ({@link
 * io.github.coursenotes.render.model.TemplateData}), made of the records of its values ({@code site},
 * {@code page}, {@code nav}…). FreeMarker reads a record's components as the keys of a hash
 * ({@code page.title}); a {@code null} component is a missing key ({@code page.editUrl??}). These
 * names are the theme's API, documented in the manual's "Changing the theme" and checked against it
 * by a test: rename nothing, and add no public method to a record (templates would see it too).
 */
package io.github.coursenotes.render.model;
