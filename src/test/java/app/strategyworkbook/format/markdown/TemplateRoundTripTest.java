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

    static String stripTrailing(String text) {
        return text.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }
}
