package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.FileFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A file read and written back with no edit is the same file, byte for byte, whatever its shape and style. */
class SourcePreservingSaveTest {
    private final StrategyFiles files = new StrategyFiles();

    static List<Path> strategies() throws Exception {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/strategies"))) {
            s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().forEach(all::add);
        }
        all.add(Path.of("samples/example-strategy.md"));
        all.add(Path.of("samples/company-strategy-template.md"));
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/handwritten"))) {
            s.sorted().forEach(all::add);
        }
        return all;
    }

    @Test
    void everyFileThatOpensIsWrittenBackByteForByteWhenNothingWasEdited() throws Exception {
        List<String> differ = new ArrayList<>();
        int opened = 0;
        for (Path file : strategies()) {
            byte[] bytes = Files.readAllBytes(file);
            StrategyFiles.Opened doc;
            try {
                doc = files.read(bytes, FileFormat.MARKDOWN);
            } catch (app.strategyworkbook.format.StrategyFormatException refused) {
                continue;
            }
            opened++;
            String saved = files.text(doc.document(), FileFormat.MARKDOWN, doc.crlf(), doc.origin());
            if (!java.util.Arrays.equals(bytes, saved.getBytes(StandardCharsets.UTF_8))) {
                differ.add(file.toString());
            }
        }
        assertTrue(opened >= 15, "files opened: " + opened);
        assertEquals(List.of(), differ);
    }
}
