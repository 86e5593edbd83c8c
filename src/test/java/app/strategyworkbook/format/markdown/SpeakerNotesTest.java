package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.model.StrategyDocument;
import com.github.difflib.DiffUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Speaker notes live in the Markdown file as a comment under their section's or pillar's heading: hidden where the
 * Markdown is shown, kept word for word through every save, and written into a colleague's file as one new block.
 */
class SpeakerNotesTest {
    private final StrategyFiles files = new StrategyFiles();

    /** Notes as people write them for a meeting: lines, a list, a blank line, and text that looks like Markdown. */
    private static final String NOTES = """
            Open with the churn numbers.

            - Anna: pricing questions
            - Revenue: Target
            ### not a heading
            Close on the ask --> budget for Q3.""";

    @Test
    void notesWrittenInTheTemplatesShapeReadBackWordForWord() throws Exception {
        StrategyDocument doc = files.newDocument();
        doc.getRisks().setNotes(NOTES);
        doc.getPillars().getPillars().get(1).setNotes("Ask the CTO about the migration.");
        doc.getOverview().setNotes("Welcome everyone.");
        for (boolean crlf : new boolean[] {false, true}) {
            String markdown = files.text(doc, FileFormat.MARKDOWN, crlf);
            assertTrue(markdown.contains("<!-- Speaker notes:"), "written as a comment");
            StrategyDocument back = files.read(markdown.getBytes(StandardCharsets.UTF_8), FileFormat.MARKDOWN)
                    .document();
            assertEquals(NOTES, back.getRisks().getNotes());
            assertEquals("Ask the CTO about the migration.", back.getPillars().getPillars().get(1).getNotes());
            assertEquals("", back.getPillars().getPillars().get(0).getNotes());
            assertEquals("Welcome everyone.", back.getOverview().getNotes());
            assertEquals(markdown, files.text(back, FileFormat.MARKDOWN, crlf), "a second save is the same file");
        }
    }

    @Test
    void notesAddedToAColleaguesFileAreOneNewBlockAndEditedNotesChangeOnlyTheirLines() throws Exception {
        Path file = Path.of("src/test/resources/strategies/01-ledgerline-saas.md");
        String original = Files.readString(file);
        var opened = files.read(original.getBytes(StandardCharsets.UTF_8), FileFormat.MARKDOWN);
        opened.document().getRisks().setNotes(NOTES);
        opened.document().getPillars().getPillars().get(0).setNotes("Two minutes, no more.");
        String saved = files.text(opened.document(), FileFormat.MARKDOWN, opened.crlf(), opened.origin());
        var changes = DiffUtils.diff(original.lines().toList(), saved.lines().toList()).getDeltas();
        assertEquals(2, changes.size(), changes.toString());
        changes.forEach(d -> assertEquals(0, d.getSource().size(), "only lines added: " + changes));

        var reopened = files.read(saved.getBytes(StandardCharsets.UTF_8), FileFormat.MARKDOWN);
        assertEquals(NOTES, reopened.document().getRisks().getNotes());
        assertEquals("Two minutes, no more.", reopened.document().getPillars().getPillars().get(0).getNotes());
        assertEquals(saved, files.text(reopened.document(), FileFormat.MARKDOWN, reopened.crlf(),
                reopened.origin()), "unedited, the file is written back as it is");

        reopened.document().getRisks().setNotes(NOTES.replace("churn", "retention"));
        String edited = files.text(reopened.document(), FileFormat.MARKDOWN, reopened.crlf(), reopened.origin());
        var edit = DiffUtils.diff(saved.lines().toList(), edited.lines().toList()).getDeltas();
        assertEquals(1, edit.size(), edit.toString());
        assertEquals(java.util.List.of("Open with the retention numbers."), edit.get(0).getTarget().getLines());
    }

    @Test
    void notesOfEverySectionAndPillarFollowThePublishedSchemaInJsonAndSurviveMarkdown() throws Exception {
        StrategyDocument doc = files.newDocument();
        int n = 0;
        for (var part : app.strategyworkbook.template.DocumentPart.values()) {
            var notes = app.strategyworkbook.template.Template.notesOf(part);
            if (notes.isPresent()) {
                notes.get().text(part.in(doc)).set(NOTES + " " + n++);
            }
        }
        doc.getPillars().getPillars().forEach(p -> p.setNotes("Pillar notes"));
        assertEquals(12, n, "every section has notes");
        String json = new app.strategyworkbook.format.json.JsonStrategyFormat().write(doc);
        app.strategyworkbook.format.json.PublishedSchema.assertFollows(json, "a strategy with notes everywhere");
        String jsonOfMarkdown = new app.strategyworkbook.format.json.JsonStrategyFormat().write(files.read(
                files.text(doc, FileFormat.MARKDOWN, false).getBytes(StandardCharsets.UTF_8), FileFormat.MARKDOWN)
                .document());
        assertEquals(json, jsonOfMarkdown, "Markdown keeps every note");
    }

    @Test
    void aCommentThatIsNotNotesStaysKeptText() throws Exception {
        String markdown = "# Strategy\n\n## Key Risks\n\n<!-- Example: a risk table -->\n\n"
                + "| Risk | Likelihood | Impact | Mitigation |\n|---|---|---|---|\n| Churn | High | High | Care |\n";
        var opened = files.read(markdown.getBytes(StandardCharsets.UTF_8), FileFormat.MARKDOWN);
        assertEquals("", opened.document().getRisks().getNotes());
        assertEquals("<!-- Example: a risk table -->", opened.document().getRisks().getKept().get(0).getMarkdown());
    }
}
