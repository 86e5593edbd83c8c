package app.strategyworkbook.format.fuzz;

import app.strategyworkbook.format.FileFormat;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzzes the Markdown reader with the {@link ReaderRule}. In {@code mvn verify} it runs the stored inputs in
 * {@code MarkdownReaderFuzzTestInputs} (the samples, hostile files, and anything a fuzz run once found); with
 * {@code -Pfuzz} it fuzzes for the duration given here.
 */
class MarkdownReaderFuzzTest {
    @FuzzTest(maxDuration = "30m")
    void markdown(byte[] bytes) {
        ReaderRule.check(bytes, FileFormat.MARKDOWN);
    }
}
