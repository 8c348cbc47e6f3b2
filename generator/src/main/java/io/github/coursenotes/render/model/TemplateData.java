package io.github.coursenotes.render.model;

import java.util.Map;

/** The data of one template of the theme: {@link #TEMPLATES} names the template of each kind. */
public sealed interface TemplateData permits HomePageModel, ChapterPageModel, NotePageModel, NotFoundPageModel,
        SearchPageModel, PracticePageModel, PrintPageModel {

    /** The template that renders each kind of data, under {@code templates/} or in the built-in theme. */
    Map<Class<? extends TemplateData>, String> TEMPLATES = Map.of(
            HomePageModel.class, "home.ftlh",
            ChapterPageModel.class, "chapter.ftlh",
            NotePageModel.class, "note.ftlh",
            NotFoundPageModel.class, "404.ftlh",
            SearchPageModel.class, "search.ftlh",
            PracticePageModel.class, "practice.ftlh",
            PrintPageModel.class, "print.ftlh");
}
