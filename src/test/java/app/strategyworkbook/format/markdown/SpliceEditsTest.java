package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.model.KeptBlock;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.template.Kind;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.template.TemplateField;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * One edit at a time, as a user makes them, on strategies of every shape: a value typed over, a cell changed, a row
 * or line added or removed, a pillar moved. Each save changes only the lines of what was edited (one stretch of the
 * file, or two for a move), and reads back as the edited strategy. The edits are drawn from the build's seed
 * ({@link app.strategyworkbook.BuildSeed}), so every build makes the same ones; -Dseed= draws others.
 */
class SpliceEditsTest {
    private static final int EDITS_PER_FILE = 40;
    private final StrategyFiles files = new StrategyFiles();

    /** Something a user can edit: a text, or a list's rows. */
    private record Target(String where, StringProperty text, ObservableList<Object> rows, TemplateField field,
                          Object owner) {
    }

    @Test
    void eachEditChangesOnlyItsOwnLinesAndReadsBackAsEdited() throws Exception {
        long seed = Long.getLong("seed", Long.parseLong(app.strategyworkbook.BuildSeed.SEED));
        Random random = new Random(seed);
        List<String> problems = new ArrayList<>();
        int made = 0;
        for (Path file : SourcePreservingSaveTest.strategies()) {
            byte[] bytes = Files.readAllBytes(file);
            if (!opens(bytes)) {
                continue;
            }
            for (int e = 0; e < EDITS_PER_FILE; e++) {
                StrategyFiles.Opened opened = files.read(bytes, FileFormat.MARKDOWN);
                List<Target> targets = targets(opened.document());
                Target target = targets.get(random.nextInt(targets.size()));
                String unedited = values(opened.document());
                String edit = edit(target, random);
                if (edit == null || values(opened.document()).equals(unedited)) {
                    continue; // nothing to save: two empty rows swapped, say
                }
                made++;
                String before = new String(bytes, StandardCharsets.UTF_8);
                String after = files.text(opened.document(), FileFormat.MARKDOWN, opened.crlf(), opened.origin());
                String problem = check(file, edit, before, after, opened.document());
                if (problem != null) {
                    problems.add(problem);
                }
            }
        }
        assertTrue(made > 300, "edits made: " + made);
        assertEquals(List.of(), problems, "seed " + seed + " (replay with -Dseed=" + seed + ")");
    }

    private boolean opens(byte[] bytes) {
        try {
            files.read(bytes, FileFormat.MARKDOWN);
            return true;
        } catch (app.strategyworkbook.format.StrategyFormatException e) {
            return false;
        }
    }

    /** What went wrong with one edit's save, or null. */
    private String check(Path file, String edit, String before, String after, StrategyDocument edited)
            throws Exception {
        String name = file.getFileName() + " after " + edit + ": ";
        if (after == null) {
            return name + "no text";
        }
        if (before.equals(after)) {
            return name + "the file did not change";
        }
        // A pillar's or a numbered line's number follows its place: renumbered lines are not the edit's. Counted
        // both as they are, without the stretches that only renumber, and with numbers set aside (which lines up
        // pillars renumbered around a new one); the fewer stretches is what the edit changed.
        List<AbstractDelta<String>> deltas = new ArrayList<>(DiffUtils.diff(before.lines().toList(),
                after.lines().toList()).getDeltas());
        deltas.removeIf(d -> numberless(String.join("\n", d.getSource().getLines()))
                .equals(numberless(String.join("\n", d.getTarget().getLines()))));
        List<AbstractDelta<String>> numbersAside = DiffUtils.diff(numberless(before), numberless(after)).getDeltas();
        if (numbersAside.size() < deltas.size()) {
            deltas = numbersAside;
        }
        // New text put between blank lines can line up with the file's own blank lines in more than one way.
        List<AbstractDelta<String>> blanksAside = DiffUtils.diff(before.lines().filter(l -> !l.isBlank()).toList(),
                after.lines().filter(l -> !l.isBlank()).toList()).getDeltas();
        if (blanksAside.size() < deltas.size() && !blanksAside.isEmpty()) {
            deltas = blanksAside;
        }
        // A move is a line taken out and put back.
        int allowed = edit.startsWith("typing") ? 1 : 2;
        if (deltas.size() > allowed) {
            return name + deltas.size() + " stretches changed: " + deltas;
        }
        StrategyDocument reread = files.read(after.getBytes(StandardCharsets.UTF_8), FileFormat.MARKDOWN).document();
        String want = values(edited);
        String got = values(reread);
        if (!want.equals(got)) {
            var diff = DiffUtils.diff(want.lines().toList(), got.lines().toList()).getDeltas();
            return name + "reads back otherwise: " + diff + "\n--- saved:\n" + deltas;
        }
        return null;
    }

    private static List<String> numberless(String text) {
        return text.lines().map(line -> line.replaceAll("\\d+", "#")).toList();
    }

    /** Everything the catalogue reads from a document, and its kept text, as lines to compare. */
    private static String values(StrategyDocument doc) {
        TreeMap<String, String> all = new TreeMap<>();
        for (DocumentPart part : DocumentPart.values()) {
            for (TemplateField field : Template.fieldsOf(part)) {
                collect(field, part.in(doc), part.key() + "." + field.key(), all);
            }
        }
        StringBuilder out = new StringBuilder();
        all.forEach((k, v) -> out.append(k).append(" = ").append(v.replace("\n", "\\n")).append('\n'));
        List<String> kept = new ArrayList<>();
        keptText(doc, kept);
        kept.stream().sorted().forEach(k -> out.append("kept: ").append(k.replace("\n", "\\n")).append('\n'));
        return out.toString();
    }

    private static void collect(TemplateField field, Object owner, String where, TreeMap<String, String> all) {
        if (field.kind().isText()) {
            all.put(where, field.text(owner).get());
            return;
        }
        List<Object> rows = field.rows(owner);
        all.put(where + ".size", String.valueOf(rows.size()));
        for (int i = 0; i < rows.size(); i++) {
            Object row = rows.get(i);
            if (row instanceof String s) {
                all.put(where + "[" + i + "]", s);
            } else {
                for (TemplateField column : field.columns()) {
                    collect(column, row, where + "[" + i + "]." + column.key(), all);
                }
            }
        }
    }

    private static void keptText(StrategyDocument doc, List<String> kept) {
        List<app.strategyworkbook.model.Part> parts = new ArrayList<>();
        parts.add(doc.getDocumentKept());
        for (DocumentPart part : DocumentPart.values()) {
            parts.add(part.keeping(doc));
        }
        parts.addAll(doc.getPillars().getPillars());
        parts.addAll(doc.getSegments().getSegments());
        parts.addAll(doc.getGuidance().getGroups());
        for (var part : parts) {
            for (KeptBlock block : part.getKept()) {
                kept.add(block.getMarkdown());
            }
        }
    }

    /** The texts and lists of a document a user can edit, each with where it is. */
    private static List<Target> targets(StrategyDocument doc) {
        List<Target> targets = new ArrayList<>();
        for (DocumentPart part : DocumentPart.values()) {
            for (TemplateField field : Template.fieldsOf(part)) {
                targets(field, part.in(doc), part.key() + "." + field.key(), targets);
            }
        }
        return targets;
    }

    private static void targets(TemplateField field, Object owner, String where, List<Target> targets) {
        if (field.kind().isText()) {
            targets.add(new Target(where, field.text(owner), null, field, owner));
            return;
        }
        List<Object> rows = field.rows(owner);
        targets.add(new Target(where, null, field.rows(owner), field, owner));
        for (int i = 0; i < rows.size(); i++) {
            if (!(rows.get(i) instanceof String)) {
                for (TemplateField column : field.columns()) {
                    targets(column, rows.get(i), where + "[" + i + "]." + column.key(), targets);
                }
            }
        }
    }

    private static final String[] WORDS = {"Grow", "margin", "in", "Nordic", "markets", "by", "20%", "with",
        "partners", "Q3 2027", "Owner: CFO", "€4M"};

    private static String words(Random random) {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    /** Makes one edit to {@code target}; says what it did, or null when there is nothing to do there. */
    private static String edit(Target target, Random random) throws Exception {
        if (target.text() != null) {
            String value = words(random);
            if (value.equals(target.text().get())) {
                return null;
            }
            target.text().set(value);
            return "typing \"" + value + "\" in " + target.where();
        }
        ObservableList<Object> rows = target.rows();
        int size = rows.size();
        int kind = random.nextInt(3);
        if (kind == 0 || size == 0) {
            int at = random.nextInt(size + 1);
            Object row = target.field().newRow();
            if (row instanceof String) {
                row = words(random);
            } else {
                // What a user types first in a new row: its expected text, else its first text (a group's audience).
                TemplateField first = target.field().columns().stream()
                        .filter(c -> c.kind().isText() && c.expected()).findFirst()
                        .orElse(target.field().columns().stream().filter(c -> c.kind().isText()).findFirst()
                                .orElse(null));
                if (first != null) {
                    first.text(row).set(words(random));
                }
            }
            rows.add(at, row);
            return "adding a row at " + at + " of " + target.where();
        }
        if (kind == 1) {
            int at = random.nextInt(size);
            rows.remove(at);
            return "removing row " + at + " of " + target.where();
        }
        if (size < 2) {
            return null;
        }
        int from = random.nextInt(size);
        int to = from == 0 ? 1 : from - 1;
        List<Object> moved = new ArrayList<>(rows);
        moved.add(to, moved.remove(from));
        rows.setAll(moved);
        return "moving row " + from + " to " + to + " of " + target.where();
    }

    @Test
    void whatASaveAddsIsWrittenWithTheFilesOwnBulletsAndLabels() throws Exception {
        var plus = files.read(Files.readAllBytes(Path.of(
                "src/test/resources/strategies/02-kessler-pumps-manufacturing.md")), FileFormat.MARKDOWN);
        plus.document().getSegments().getSegments().forEach(s -> s.getPainPoints().clear());
        var segment = new app.strategyworkbook.model.CustomerSegment();
        segment.setName("Municipal utilities");
        segment.getPainPoints().setAll("Ageing networks", "Tight budgets");
        plus.document().getSegments().getSegments().add(segment);
        String saved = files.text(plus.document(), FileFormat.MARKDOWN, plus.crlf(), plus.origin());
        assertTrue(saved.contains("+ Ageing networks\n+ Tight budgets"), "the file's '+' bullets: " + saved);

        String colonOutside = """
                # Northwind Strategy 2027

                **Status**: Draft

                ## Company Overview

                ### Mission
                Keep every shelf stocked.
                """;
        var outside = files.read(colonOutside.getBytes(StandardCharsets.UTF_8), FileFormat.MARKDOWN);
        outside.document().getHeader().setPrimaryRoles("Partners, studio leads");
        String withRoles = files.text(outside.document(), FileFormat.MARKDOWN, outside.crlf(), outside.origin());
        assertTrue(withRoles.contains("**Primary Roles**: Partners, studio leads"),
                "the file's '**Label**:' labels: " + withRoles);
    }

    @Test
    void aSectionTheFileNeverHadIsNotWrittenWhileEmpty() throws Exception {
        Path file = Path.of("src/test/resources/strategies/10-corridor-freight-logistics.md");
        byte[] bytes = Files.readAllBytes(file);
        var opened = files.read(bytes, FileFormat.MARKDOWN);
        opened.document().getOverview().setVision("Freight that never waits.");
        String after = files.text(opened.document(), FileFormat.MARKDOWN, opened.crlf(), opened.origin());
        assertNotNull(after);
        assertTrue(after.contains("Freight that never waits."));
        assertTrue(!after.contains("[") || new String(bytes, StandardCharsets.UTF_8).contains("["),
                "no placeholders added");
    }
}
