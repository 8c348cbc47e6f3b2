package io.github.coursenotes.render.model;

import java.util.List;

/**
 * An entry of {@code nav}, the sidebar tree.
 *
 * @param title    the page's or chapter's title, or "… 12 more in Chapter" for {@code more}
 * @param href     the link to it
 * @param path     its path in the site
 * @param current  whether it is the page being rendered
 * @param chapter  whether it is a folder
 * @param open     whether the folder holds the page being rendered
 * @param children the entries of an open folder (empty otherwise)
 * @param more     whether it stands for the entries of a long chapter left out around the current page,
 *                 linking to the chapter page, which lists them all
 */
public record NavItem(String title, String href, String path, boolean current, boolean chapter, boolean open,
                      List<NavItem> children, boolean more) {
}
