/**
 * Write stage: the output folder's safety rules and the staging folder that is swapped into place
 * only when the whole build succeeded; and text escaped for what is written (JSON strings, HTML).
 */
package io.github.coursenotes.output;
