package io.github.coursenotes.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReloadScriptTest {

    private static final String TAG = "<script src=\"/__coursenotes/reload.js\" data-build=\"3\"></script>\n";

    @Test
    void theTagGoesBeforeTheLastClosingBody() {
        String html = "<html><body><pre>&lt;/body&gt; </body></pre></body>\n</html>";
        assertEquals("<html><body><pre>&lt;/body&gt; </body></pre>" + TAG + "</body>\n</html>",
                ReloadScript.inject(html, 3));
    }

    @Test
    void theClosingBodyIsFoundInAnyCase() {
        assertEquals("<p>x</p>" + TAG + "</BODY>", ReloadScript.inject("<p>x</p></BODY>", 3));
    }

    @Test
    void aPageWithoutBodyEndGetsTheTagAppended() {
        assertEquals("<p>fragment</p>" + TAG, ReloadScript.inject("<p>fragment</p>", 3));
    }
}
