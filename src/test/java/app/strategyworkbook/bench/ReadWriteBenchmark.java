package app.strategyworkbook.bench;

import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.model.StrategyDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing both formats on generated strategies of about 10 KB, 1 MB and 10 MB, each next to its baseline
 * on the same bytes: commonmark's parse (configured as the reader needs it: tables and source positions) for
 * Markdown, Jackson's tree read for JSON. Reads start from the file's bytes, as opening a file does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadWriteBenchmark {
    @Param({"10000", "1000000", "10000000"})
    public int size;

    private final StrategyFiles files = new StrategyFiles();
    private final Parser commonmark = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final ObjectMapper jackson = new ObjectMapper();
    private StrategyDocument doc;
    private byte[] markdown;
    private byte[] json;
    /** The Markdown file opened, for a save back to it with one edit; and how many edits were made. */
    private StrategyFiles.Opened opened;
    private int edits;

    @Setup
    public void generate() throws StrategyFormatException {
        doc = LargeStrategies.ofSize(size);
        markdown = files.text(doc, FileFormat.MARKDOWN, false).getBytes(StandardCharsets.UTF_8);
        json = files.text(doc, FileFormat.JSON, false).getBytes(StandardCharsets.UTF_8);
        opened = files.read(markdown, FileFormat.MARKDOWN);
    }

    @Benchmark
    public StrategyDocument markdownRead() throws StrategyFormatException {
        return files.read(markdown, FileFormat.MARKDOWN).document();
    }

    @Benchmark
    public Node markdownBaselineCommonmarkParse() {
        return commonmark.parse(new String(markdown, StandardCharsets.UTF_8));
    }

    @Benchmark
    public String markdownWrite() {
        return files.text(doc, FileFormat.MARKDOWN, false);
    }

    /**
     * A save of the opened file with one edit (the next review date), spliced into its text: it must cost no more than
     * {@link #markdownWrite}, the whole document written in the template's shape.
     */
    @Benchmark
    public String markdownSaveOneEdit() {
        opened.document().getFooter().setNextReview("2027-0" + (1 + edits++ % 9) + "-30");
        return files.text(opened.document(), FileFormat.MARKDOWN, opened.crlf(), opened.origin());
    }

    @Benchmark
    public StrategyDocument jsonRead() throws StrategyFormatException {
        return files.read(json, FileFormat.JSON).document();
    }

    @Benchmark
    public JsonNode jsonBaselineJacksonTree() throws IOException {
        return jackson.readTree(json);
    }

    @Benchmark
    public String jsonWrite() {
        return files.text(doc, FileFormat.JSON, false);
    }
}
