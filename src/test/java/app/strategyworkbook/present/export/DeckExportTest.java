package app.strategyworkbook.present.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Slide;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported files, opened and read back as a reader's software would: the PDF's text, the PowerPoint's parts. */
class DeckExportTest {
    @TempDir
    Path dir;

    private static StrategyDocument example() throws Exception {
        StrategyDocument doc = new StrategyFiles().open(Path.of("samples/example-strategy.md")).document();
        doc.getRisks().setNotes("Start with the breach: it is the one the board asks about.");
        return doc;
    }

    /** Words as a reader finds them: runs of white space are one space. */
    private static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The words on a slide that a reader must find: its title, statements, list lines, table cells. */
    private static List<String> expected(Slide slide) {
        List<String> out = new ArrayList<>(List.of(slide.title()));
        for (Slide.Block block : slide.blocks()) {
            if (block instanceof Slide.Statement s) {
                out.add(s.text());
            } else if (block instanceof Slide.Bullets b) {
                out.addAll(b.lines());
            } else if (block instanceof Slide.Columns c) {
                c.columns().forEach(b -> out.addAll(b.lines()));
            } else if (block instanceof Slide.Table t) {
                t.rows().forEach(out::addAll);
            } else if (block instanceof Slide.Cards c) {
                c.cards().forEach(card -> out.addAll(card.bullets().lines()));
            } else if (block instanceof Slide.Metrics m) {
                m.metrics().forEach(x -> out.add(x.name()));
            }
        }
        return out;
    }

    @Test
    void thePdfIsVectorTextWithItsFontsEmbeddedEveryTitleAndBulletSearchableAndUnderAMegabyte() throws Exception {
        StrategyDocument doc = example();
        List<Slide> slides = Deck.of(doc);
        Path pdf = dir.resolve("deck.pdf");
        DeckExport.writePdf(Deck.footing(doc), slides, pdf);
        assertTrue(Files.size(pdf) < 1_000_000, "the example's PDF is " + Files.size(pdf) + " bytes");
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertEquals(slides.size(), read.getNumberOfPages());
            assertEquals("Lumen AI Company Strategy", read.getDocumentInformation().getTitle());
            for (int i = 0; i < slides.size(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String page = words(stripper.getText(read));
                for (String shown : expected(slides.get(i))) {
                    assertTrue(page.contains(words(shown)), () -> "\"" + shown + "\" is not text on page "
                            + page);
                }
            }
            for (PDPage page : read.getPages()) {
                assertFalse(page.getResources().getXObjectNames().iterator().hasNext(), "no pictures on a page");
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().contains("LiberationSans"), font.getName());
                }
            }
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : read.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals(slides.stream().map(Slide::title).filter(t -> !t.endsWith("(continued)")).toList(),
                    bookmarks, "a bookmark per section");
        }
    }

    @Test
    void theHandoutHasEachSlideWithItsNotesUnderIt() throws Exception {
        StrategyDocument doc = example();
        List<Slide> slides = Deck.of(doc);
        Path pdf = dir.resolve("handout.pdf");
        DeckExport.writeHandout(Deck.footing(doc), slides, pdf);
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertEquals(slides.size(), read.getNumberOfPages());
            int risks = slides.indexOf(slides.stream().filter(s -> s.key().equals("risks")).findFirst()
                    .orElseThrow());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(risks + 1);
            stripper.setEndPage(risks + 1);
            String page = words(stripper.getText(read));
            assertTrue(page.contains("Key Risks") && page.contains(
                    "Start with the breach: it is the one the board asks about."), page);
        }
    }

    @Test
    void thePowerPointReadsBackWithItsSlidesTitlesTableChartAndNotes() throws Exception {
        StrategyDocument doc = example();
        List<Slide> slides = Deck.of(doc);
        Path pptx = dir.resolve("deck.pptx");
        PptxExport.write(Deck.footing(doc), slides, pptx);
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow show = new XMLSlideShow(in)) {
            assertEquals(slides.size(), show.getSlides().size());
            for (int i = 0; i < slides.size(); i++) {
                assertEquals(slides.get(i).title(), show.getSlides().get(i).getTitle());
            }
            // Each title is the slide's title placeholder, where the layout put it and above all else (on the title
            // slide it lies on a band of colour).
            var drawn = DeckExport.drawings(Deck.footing(doc), slides, true).get(0).texts().stream()
                    .filter(t -> t.role().equals("title")).findFirst().orElseThrow();
            XSLFSlide first = show.getSlides().get(0);
            var shapes = first.getShapes();
            XSLFTextShape title = (XSLFTextShape) shapes.get(shapes.size() - 1);
            assertEquals(org.apache.poi.sl.usermodel.Placeholder.TITLE, title.getPlaceholder());
            assertEquals("Lumen AI Company Strategy", title.getText());
            assertEquals(drawn.y() * PdfExport.SCALE, title.getAnchor().getY(), 0.5);
            assertEquals(drawn.x() * PdfExport.SCALE, title.getAnchor().getX(), 0.5);
            assertEquals(1, show.getCharts().size(), "the allocation is a chart");
            XSLFSlide resources = show.getSlides().get(indexOf(slides, "resources"));
            assertTrue(resources.getShapes().stream().anyMatch(s -> s instanceof XSLFGraphicFrame f && f.hasChart()));
            assertEquals(5, show.getCharts().get(0).getChartSeries().get(0).getSeriesCount() == 1
                    ? show.getCharts().get(0).getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()
                    : -1, "a slice per area");
            XSLFSlide competition = show.getSlides().get(indexOf(slides, "competition"));
            XSLFTable table = (XSLFTable) competition.getShapes().stream().filter(s -> s instanceof XSLFTable)
                    .findFirst().orElseThrow();
            assertEquals(4, table.getNumberOfRows());
            assertEquals("OpenAI Platform", table.getCell(1, 0).getText());
            XSLFNotes notes = show.getSlides().get(indexOf(slides, "risks")).getNotes();
            assertNotNull(notes);
            assertTrue(notes.getShapes().stream().anyMatch(s -> s instanceof XSLFTextShape t
                    && t.getText().equals("Start with the breach: it is the one the board asks about.")));
        }
    }

    private static int indexOf(List<Slide> slides, String key) {
        for (int i = 0; i < slides.size(); i++) {
            if (slides.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no " + key + " slide");
    }

    @Test
    void picturesAreAPngPerSlideAt1920By1080() throws Exception {
        StrategyDocument doc = example();
        List<Slide> slides = Deck.of(doc).subList(0, 3);
        List<Path> written = DeckExport.writePngs(Deck.footing(doc), slides, dir.resolve("pictures"));
        assertEquals(3, written.size());
        var first = javax.imageio.ImageIO.read(written.get(0).toFile());
        assertEquals(1920, first.getWidth());
        assertEquals(1080, first.getHeight());
    }
}
