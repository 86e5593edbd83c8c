package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.model.NamedItem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A part of a section given under a heading of its own after another section: "## Nos valeurs" after "## Where we
 * want to be", when "## Mission" came first. The reader goes back into the overview for it.
 */
class SectionPartsAgainTest {
    private final StrategyFiles files = new StrategyFiles();

    private static final String TEXT = """
            # Maison Aubrac — Stratégie 2026–2029

            ## Notre raison d'être (Mission)

            We keep the Aubrac's old houses open, and full, all year.

            ## Where we want to be in 2029

            Twelve houses, open ten months a year.

            ## Nos valeurs

            - **Accueil** — hospitality as a craft: we learn every guest's name.
            - **Terroir** — 70% of what we serve comes from less than 100 km away.

            ## Market

            Text.
            """;

    @Test
    void theValuesAreTheOverviewsThoughTheyComeAfterAnotherSection() throws Exception {
        var opened = files.read(TEXT.getBytes(StandardCharsets.UTF_8), FileFormat.MARKDOWN);
        var overview = opened.document().getOverview();
        assertEquals(List.of("Accueil", "Terroir"), overview.getValues().stream().map(NamedItem::getName).toList());
        assertEquals("We keep the Aubrac's old houses open, and full, all year.", overview.getMission());
        assertEquals(TEXT, files.text(opened.document(), FileFormat.MARKDOWN, opened.crlf(), opened.origin()));

        overview.getValues().get(1).setName("Terroir d'abord");
        assertEquals(TEXT.replace("**Terroir**", "**Terroir d'abord**"),
                files.text(opened.document(), FileFormat.MARKDOWN, opened.crlf(), opened.origin()));
    }
}
