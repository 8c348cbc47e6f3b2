package io.github.coursenotes.highlight;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CPlusPlusTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSSTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSharpTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DockerTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GroovyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HTMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.IniTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.KotlinTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LuaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MakefileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MarkdownTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PHPTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PerlTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PowerShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PropertiesFileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RubyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RustTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ScalaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.TypeScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.WindowsBatchTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.YamlTokenMaker;

/**
 * The languages a fence may name ({@code ```python}), with the names GitHub and Pygments accept for
 * them, each mapped to a new token maker (token makers keep state: one per code block).
 */
final class Language {

    private static final Map<String, Supplier<TokenMaker>> BY_NAME = new HashMap<>();

    static {
        add(PythonTokenMaker::new, "python", "py", "python3", "py3");
        add(UnixShellTokenMaker::new, "bash", "sh", "shell", "zsh", "console", "shell-session", "shellsession");
        add(YamlTokenMaker::new, "yaml", "yml");
        add(JsonTokenMaker::new, "json", "jsonl", "geojson");
        add(JavaTokenMaker::new, "java");
        add(SQLTokenMaker::new, "sql", "mysql", "postgresql", "postgres", "sqlite");
        add(JavaScriptTokenMaker::new, "javascript", "js", "mjs", "cjs", "jsx");
        add(TypeScriptTokenMaker::new, "typescript", "ts", "tsx");
        add(XMLTokenMaker::new, "xml", "svg", "xsd", "xsl", "pom");
        add(HTMLTokenMaker::new, "html", "htm", "xhtml");
        add(CSSTokenMaker::new, "css");
        add(DockerTokenMaker::new, "dockerfile", "docker");
        add(MakefileTokenMaker::new, "makefile", "make", "mk");
        add(IniTokenMaker::new, "ini", "toml", "cfg", "conf", "editorconfig");
        add(PropertiesFileTokenMaker::new, "properties", "env", "dotenv");
        add(GoTokenMaker::new, "go", "golang");
        add(RustTokenMaker::new, "rust", "rs");
        add(CTokenMaker::new, "c", "h");
        add(CPlusPlusTokenMaker::new, "cpp", "c++", "cc", "cxx", "hpp");
        add(CSharpTokenMaker::new, "csharp", "cs", "c#");
        add(KotlinTokenMaker::new, "kotlin", "kt", "kts");
        add(ScalaTokenMaker::new, "scala", "sc");
        add(GroovyTokenMaker::new, "groovy", "gradle");
        add(RubyTokenMaker::new, "ruby", "rb");
        add(PHPTokenMaker::new, "php");
        add(PerlTokenMaker::new, "perl", "pl");
        add(LuaTokenMaker::new, "lua");
        add(PowerShellTokenMaker::new, "powershell", "ps1", "pwsh", "ps");
        add(WindowsBatchTokenMaker::new, "bat", "batch", "cmd");
        add(MarkdownTokenMaker::new, "markdown", "md");
    }

    private Language() {
    }

    private static void add(Supplier<TokenMaker> maker, String... names) {
        for (String name : names) {
            BY_NAME.put(name, maker);
        }
    }

    /** A new token maker for the language a fence names (any case), or empty for a language not known. */
    static Optional<TokenMaker> tokenMaker(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT))).map(Supplier::get);
    }
}
