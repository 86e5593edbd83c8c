package app.strategyworkbook.present.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Slide;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PowerPoint opens in a real office suite: LibreOffice, where it is installed, converts it headless to a PDF
 * with every slide and its words. A file it had to repair, or could not read, gives no PDF or the wrong pages. Where
 * LibreOffice is not installed the test is skipped (it is on the CI machine: {@code apt-get install
 * libreoffice-impress}).
 */
class PowerPointOpensInAnOfficeSuiteTest {
    @TempDir
    Path dir;

    private static String soffice() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "soffice"))) {
                return Path.of(folder, "soffice").toString();
            }
        }
        return null;
    }

    @Test
    void libreOfficeOpensThePowerPointWithEverySlideAndItsWords() throws Exception {
        String soffice = soffice();
        Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed here");
        StrategyDocument doc = new StrategyFiles().open(Path.of("samples/example-strategy.md")).document();
        List<Slide> slides = Deck.of(doc);
        Path pptx = dir.resolve("deck.pptx");
        PptxExport.write(Deck.footing(doc), slides, pptx);
        Process convert = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), pptx.toString())
                .redirectErrorStream(true).start();
        String said = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(180, TimeUnit.SECONDS), "LibreOffice took too long: " + said);
        Path pdf = dir.resolve("deck.pdf");
        assertTrue(Files.exists(pdf), "LibreOffice made no PDF: " + said);
        try (var read = Loader.loadPDF(pdf.toFile())) {
            assertEquals(slides.size(), read.getNumberOfPages());
            String text = new PDFTextStripper().getText(read);
            for (Slide slide : slides) {
                assertTrue(text.contains(slide.title()), slide.title());
            }
            assertTrue(text.contains("OpenAI Platform") && text.contains("LLM provider pricing changes"), text);
        }
    }
}
