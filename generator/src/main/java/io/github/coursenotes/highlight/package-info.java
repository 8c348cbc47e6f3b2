/**
 * Code blocks highlighted at build time: the token makers of RSyntaxTextArea (JFlex scanners, used
 * without any display) cut each line into tokens, and a few CSS classes name their kind, so the
 * pages need no script to colour code.
 */
package io.github.coursenotes.highlight;
