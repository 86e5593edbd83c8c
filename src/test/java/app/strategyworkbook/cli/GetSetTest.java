package app.strategyworkbook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code get} and {@code set} as a script uses them on a colleague's file: read the next review date, write this
 * quarter's value into a metric, add a risk; the file changes only where the value stands.
 */
class GetSetTest {
    @TempDir
    Path dir;

    private final Commands commands = new Commands();

    private Path colleagues(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.copy(Path.of("src/test/resources/strategies", name), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private List<AbstractDelta<String>> changes(String before, Path file) throws Exception {
        return DiffUtils.diff(before.lines().toList(), Files.readString(file).lines().toList()).getDeltas();
    }

    @Test
    void getPrintsOneValueAsItIsAndAListAsJson() throws Exception {
        Path file = colleagues("01-ledgerline-saas.md");
        assertEquals(0, commands.run("get", file.toString(), "/footer/nextReview"), commands.err());
        assertEquals("2026-07-15", commands.out().strip());
        commands.clearOut();
        assertEquals(0, commands.run("get", file.toString(), "/risks/risks/2/likelihood"), commands.err());
        assertEquals("Low", commands.out().strip());
        commands.clearOut();
        assertEquals(0, commands.run("get", file.toString(), "/risks/risks/2"), commands.err());
        assertTrue(commands.out().contains("\"risk\" : \"Fraudulent supplier bank-detail change paid out\""),
                commands.out());
    }

    @Test
    void setChangesOnlyThatValuesTextAndKeepsTheOldFile() throws Exception {
        Path file = colleagues("01-ledgerline-saas.md");
        String before = Files.readString(file);
        assertEquals(0, commands.run("set", file.toString(), "/risks/risks/2/likelihood", "Medium"), commands.err());
        List<AbstractDelta<String>> changes = changes(before, file);
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(List.of("| Fraudulent supplier bank-detail change paid out  | Medium     | Critical | "
                        + "Verification on every change, dual approval above £10K, insurance                |"),
                changes.get(0).getTarget().getLines(), "the cell padded as its neighbours are");
        assertEquals(before, Files.readString(dir.resolve("01-ledgerline-saas.md.bak")), "the replaced file kept");
        commands.clearOut();
        assertEquals(0, commands.run("get", file.toString(), "/risks/risks/2/likelihood"));
        assertEquals("Medium", commands.out().strip());
    }

    @Test
    void aMetricsCurrentValueIsWrittenIntoTheLineItStandsIn() throws Exception {
        Path file = colleagues("02-kessler-pumps-manufacturing.md");
        String before = Files.readString(file);
        assertEquals(0, commands.run("set", file.toString(), "/pillars/pillars/0/metrics/0/current", "19%"),
                commands.err());
        List<AbstractDelta<String>> changes = changes(before, file);
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(List.of("+ Share of revenue from IE5 products: Target 45% (currently 19%)"),
                changes.get(0).getTarget().getLines(), "the '+' bullet and the line's words kept");
    }

    @Test
    void theNumberOnePastTheLastAddsAnItem() throws Exception {
        Path file = colleagues("01-ledgerline-saas.md");
        String before = Files.readString(file);
        assertEquals(0, commands.run("set", file.toString(), "/risks/risks/5/risk", "Peppol mandate slips a year"),
                commands.err());
        List<AbstractDelta<String>> changes = changes(before, file);
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(0, changes.get(0).getSource().size(), "a row added, none changed: " + changes);
        assertTrue(changes.get(0).getTarget().getLines().get(0).startsWith("| Peppol mandate slips a year "),
                changes.toString());
        commands.clearOut();
        assertEquals(0, commands.run("get", file.toString(), "/risks/risks/5/risk"));
        assertEquals("Peppol mandate slips a year", commands.out().strip());
    }

    @Test
    void aPointerThatNamesNothingSaysTheClosestNamesAndWritesNothing() throws Exception {
        Path file = colleagues("01-ledgerline-saas.md");
        byte[] before = Files.readAllBytes(file);
        assertEquals(2, commands.run("set", file.toString(), "/risks/risk/1/likelihood", "High"));
        String said = commands.err().strip();
        assertFalse(said.contains("\n"), "one sentence: " + said);
        assertTrue(said.contains("no \"risk\"") && said.contains("risks"), said);
        assertArrayEquals(before, Files.readAllBytes(file), "nothing written");
        assertFalse(Files.exists(dir.resolve("01-ledgerline-saas.md.bak")));

        assertEquals(2, commands.run("set", file.toString(), "/risks/risks/9/likelihood", "High"));
        assertTrue(commands.err().contains("takes a number from 0 to 5"), commands.err());
        assertEquals(2, commands.run("get", file.toString(), "/footer/nextReveiw"));
        assertTrue(commands.err().contains("the closest names are nextReview"), commands.err());
        assertArrayEquals(before, Files.readAllBytes(file), "nothing written");
    }

    @Test
    void aJsonFileIsSetInJson() throws Exception {
        Path json = dir.resolve("strategy.json");
        assertEquals(0, commands.run("convert", "samples/example-strategy.md", json.toString()), commands.err());
        assertEquals(0, commands.run("set", json.toString(), "/footer/nextReview", "2027-03-31"), commands.err());
        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"nextReview\" : \"2027-03-31\"") || text.contains("\"nextReview\": \"2027-03-31\""),
                text);
    }
}
