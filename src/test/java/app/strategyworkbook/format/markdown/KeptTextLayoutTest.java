package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.model.StrategyDocument;
import java.util.List;
import java.util.function.Predicate;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/**
 * Text the reader keeps is written as a block of its own, in a new place: under a list the app writes, or apart from
 * the paragraph it stood in. These files would change meaning there if written as they stood; saved, they read as
 * they did, and a second save is the first.
 */
class KeptTextLayoutTest {
    private final MarkdownStrategyFormat markdown = new MarkdownStrategyFormat();

    @Test
    void indentedCodeBetweenALabelAndItsListStaysCodeAfterTheList() {
        String file = "## Strategic Context\n**Market Trends:**\n\n\t- x\n\n- two\n";
        String saved = saveTwice(file);
        StrategyDocument reread = markdown.read(saved);
        assertEquals(List.of("two"), reread.getContext().getTrends(), "the code block joined the trends list");
        var code = find(MarkdownStrategyFormat.PARSER.parse(saved), IndentedCodeBlock.class, c -> true);
        assertEquals("- x\n", code.getLiteral());
    }

    @Test
    void aSecondByLineUnderADatedHeadingIsKeptAfterTheDate() {
        String file = "## Success Criteria\n### 3-Year Success (By Q4 2026)\nBy Q4 2029, we will have achieved:\n";
        String saved = saveTwice(file);
        assertEquals("Q4 2026", markdown.read(saved).getSuccess().getThreeYear().getDate());
        assertTrue(saved.indexOf("By Q4 2026, we will have achieved:") < saved.indexOf("By Q4 2029"), saved);
    }

    @Test
    void aLineThatContinuedALinkDefinitionsParagraphOpensNoList() {
        String file = "## Purpose\n[link]: http://example.com\n2. Ship with quality\n--\n";
        String saved = saveTwice(file);
        // The template's headings are "#" ones; the file's is the one underlined.
        var heading = find(MarkdownStrategyFormat.PARSER.parse(saved), Heading.class,
                h -> h.getSourceSpans().size() > 1);
        assertEquals(2, heading.getLevel());
        assertTrue(saved.contains("2\\. Ship with quality\n--"), saved);
    }

    @Test
    void aStyleBlockThatAScriptEndTagEndsIsNotClosedAgain() {
        // CommonMark ends a <style> block at any of </script>, </pre>, </style> or </textarea>.
        String file = "## Purpose\n<style>\np { color: red }\n</script>\n\nWhy we exist.\n";
        String saved = saveTwice(file);
        assertTrue(saved.contains("<style>\np { color: red }\n</script>") && !saved.contains("</style>"), saved);
    }

    /** The save, after checking that saving what it reads back gives the same file. */
    private String saveTwice(String file) {
        String saved = markdown.write(markdown.read(file));
        assertEquals(saved, markdown.write(markdown.read(saved)), "a second save differs");
        return saved;
    }

    private static <T extends Node> T find(Node document, Class<T> kind, Predicate<T> which) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (kind.isInstance(n) && which.test(kind.cast(n))) {
                return kind.cast(n);
            }
        }
        throw new AssertionError("no such " + kind.getSimpleName() + " in the save");
    }
}
