package io.github.coursenotes.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "02-data.md | 2",
            "10_evaluation.md | 10",
            "7. Wrap-up.md | 7",
            "003 three.md | 3",
            "01-lifecycle | 1",
            "data.md | 2147483647",
            "2024.md | 2147483647",
            "02.md | 2147483647",
            "02-.md | 2147483647",
            "v2-data.md | 2147483647",
            "3.0-intro | 3",
            "3.10 | 3",
            "1.2.1 setup.md | 1",
            "99999999999999999999-huge.md | 2147483647"})
    void orderComesFromTheNumericPrefix(String name, int order) {
        assertEquals(order, Names.orderPrefix(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "02-data.md | data",
            "02-Data Collection.md | data-collection",
            "01-lifecycle | lifecycle",
            "7. Wrap-up.md | wrap-up",
            "  spaced   out  .md | spaced-out",
            "snake_case_name.md | snake_case_name",
            "Q&A: what? why!.md | q-a-what-why",
            "03-Données & Modèles.md | données-modèles",
            "Überblick.md | überblick",
            "数据.md | 数据",
            "v1.5-notes.md | v1.5-notes",
            "2024.md | 2024",
            "index.md | index",
            "---.md | page",
            "!!!.md | page",
            "3.0-intro | intro",
            "3.1 | 3.1",
            "1.2.1 setup.md | setup",
            "01.intro.md | intro"})
    void slugDropsPrefixAndExtensionAndKeepsLettersOfAnyScript(String name, String slug) {
        assertEquals(slug, Names.slug(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"01-Données.md", "Café crème.md", "Ångström"})
    void decomposedNamesGetTheSameSlugAsComposedOnes(String composed) {
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertEquals(Names.slug(composed), Names.slug(decomposed));
        assertEquals(Names.title(composed), Names.title(decomposed));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "03-deployment-patterns | Deployment patterns",
            "02_data_prep.md | Data prep",
            "01-Data Collection.md | Data Collection",
            "glossary.md | Glossary",
            "über-uns | Über uns",
            "2024.md | 2024",
            "3.0-intro | Intro",
            "3.1 | 3.1",
            "3.10.md | 3.10",
            "--- | ---"})
    void titleIsTheReadableName(String name, String title) {
        assertEquals(title, Names.title(name));
    }

    @Test
    void versionNamesSortByEachNumberAsAReaderCounts() {
        List<String> names = new ArrayList<>(List.of("3.10", "3.2", "3.0-intro", "3.1", "3.1.5"));
        names.sort((a, b) -> Names.compareVersions(Names.versionOrder(a), Names.versionOrder(b)));
        assertEquals(List.of("3.0-intro", "3.1", "3.1.5", "3.2", "3.10"), names);
        assertEquals(List.of(), Names.versionOrder("02-data.md"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"index.md, true", "README.md, true", "readme.md, true", "Readme.md, true", "README.txt, false",
            "02-readme.md, false", "indexes.md, false"})
    void indexAndReadmeIntroduceTheirFolder(String name, boolean intro) {
        assertEquals(intro, Names.isIntro(name));
    }
}
