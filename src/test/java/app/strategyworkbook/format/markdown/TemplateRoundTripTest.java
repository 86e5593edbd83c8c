package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TemplateRoundTripTest {
    private final MarkdownStrategyFormat format = new MarkdownStrategyFormat();

    @Test
    void blankTemplateIsWrittenBackAsItWasRead() throws Exception {
        String template = Files.readString(Path.of("samples/company-strategy-template.md"));
        String written = format.write(format.read(template));
        assertEquals(stripTrailing(template), stripTrailing(written));
    }

    @Test
    void theRiskOwnerColumnIsWrittenOnlyWhenSomeRiskHasAnOwner() throws Exception {
        var doc = format.read(Files.readString(Path.of("samples/example-strategy.md")));
        String without = format.write(doc);
        assertEquals(false, without.contains("| Owner |"), "the template's four columns");
        doc.getRisks().getRisks().get(1).setOwner("Priya (CISO)");
        String with = format.write(doc);
        org.junit.jupiter.api.Assertions.assertTrue(with.contains(
                "| Major security breach damages brand | Low | Critical | Invest heavily in security, SOC2 Type II, "
                        + "bug bounty, incident response | Priya (CISO) |"), with);
        var back = format.read(with);
        assertEquals("Priya (CISO)", back.getRisks().getRisks().get(1).getOwner());
        assertEquals("", back.getRisks().getRisks().get(0).getOwner());
        assertEquals(with, format.write(back));
    }

    static String stripTrailing(String text) {
        return text.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }
}
