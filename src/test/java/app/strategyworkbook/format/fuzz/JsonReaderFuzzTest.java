package app.strategyworkbook.format.fuzz;

import app.strategyworkbook.format.FileFormat;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzzes the JSON reader with the {@link ReaderRule}. In {@code mvn verify} it runs the stored inputs in
 * {@code JsonReaderFuzzTestInputs} (the samples, hostile files, and anything a fuzz run once found); with
 * {@code -Pfuzz} it fuzzes for the duration given here.
 */
class JsonReaderFuzzTest {
    @FuzzTest(maxDuration = "30m")
    void json(byte[] bytes) {
        ReaderRule.check(bytes, FileFormat.JSON);
    }
}
