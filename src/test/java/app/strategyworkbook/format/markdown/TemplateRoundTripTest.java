package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.strategyworkbook.files.StrategyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRoundTripTest {
    private final MarkdownStrategyFormat format = new MarkdownStrategyFormat();

    /** The README's promise, through the app's own open and save: the blank template saves back byte for byte. */
    @Test
    void blankTemplateOpensAndSavesBackByteForByte(@TempDir Path dir) throws Exception {
        Path template = Path.of("samples/company-strategy-template.md");
        Path file = dir.resolve("strategy.md");
        Files.copy(template, file);
        StrategyFiles files = new StrategyFiles();
        StrategyFiles.Opened opened = files.open(file);
        files.save(opened.document(), file, opened.crlf());
        // The text first, for a readable difference; then the bytes, which are the promise.
        assertEquals(Files.readString(template), Files.readString(file));
        assertArrayEquals(Files.readAllBytes(template), Files.readAllBytes(file));
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

}
