package io.github.coursenotes.render.model;

/**
 * HTML made when a template reads it: the print page's sections, whose HTML together is tens of MB
 * for a big course and is never held whole. Templates see the HTML (a string), not this object.
 */
@FunctionalInterface
public interface DeferredHtml {

    /** The HTML; each call may render it again. */
    String render();
}
