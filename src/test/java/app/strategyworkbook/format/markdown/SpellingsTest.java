package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.files.StrategyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Headings and labels the template knows, written the user's own way, are read as the template's and written back as
 * the user wrote them: "(Next 6 Months)" never becomes the template's "(Next 12 Months)".
 */
class SpellingsTest {
    private final MarkdownStrategyFormat markdown = new MarkdownStrategyFormat();

    @Test
    void theUsersWordsInKnownHeadingsAndLabelsAreWrittenBack() throws Exception {
        String example = Files.readString(Path.of("samples/example-strategy.md"));
        String own = example
                .replace("## Resource Allocation", "## Resource Allocation (FY2026)")
                .replace("### Investment Priorities (Next 12 Months)", "### Investment Priorities (Next 6 Months)")
                .replace("**Status:**", "**Status (board view):**")
                .replace("**Primary:**", "**Primary (2026):**")
                .replace("**Description:** Build the most", "**Description (short):** Build the most")
                .replace("**Key Initiatives:**", "**Key Initiatives (this year):**")
                .replace("**Direct Competitors:**", "**Direct Competitors (2026):**");
        var doc = markdown.read(own);
        assertEquals("Living", doc.getHeader().getStatus(), "still read as the template's field");
        assertEquals(own, markdown.write(doc), "written back word for word");
        assertEquals(own, markdown.write(markdown.read(markdown.write(doc))));
        // JSON carries the spellings too, so a conversion there and back loses none of them.
        StrategyFiles files = new StrategyFiles();
        String json = files.text(doc, FileFormat.JSON, false);
        assertTrue(json.contains("\"#investment\" : \"Investment Priorities (Next 6 Months)\""), json);
        var back = files.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), FileFormat.JSON).document();
        assertEquals(own, markdown.write(back));
    }
}
