package app.strategyworkbook.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.model.RiskScale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scales risk registers give their levels on, read and told apart as a reader of the register would. */
class RiskScalesTest {
    @Test
    void aRegisterIsOnTheScaleItsValuesAreGivenOn() {
        assertEquals(List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"), RiskScales.infer(
                List.of("Likely", "Almost certain", "Possible", "Unlikely", ""), RiskScale.LIKELIHOOD).levels());
        assertEquals(List.of("Unlikely", "Possible", "Likely"), RiskScales.infer(
                List.of("Likely", "Possible", "Unlikely"), RiskScale.LIKELIHOOD).levels(),
                "three words of five are a three-point scale, as the file uses it");
        assertEquals(List.of("1", "2", "3", "4", "5"), RiskScales.infer(
                List.of("3/5", "4/5", "2/5"), RiskScale.LIKELIHOOD).levels());
        assertEquals(List.of("1", "2", "3", "4", "5"), RiskScales.infer(
                List.of("4 (High)", "5 (Very high)", "3 (Medium)"), RiskScale.IMPACT).levels());
        assertEquals(List.of("Very low", "Low", "Medium", "High", "Very high"), RiskScales.infer(
                List.of("High", "Medium", "Very high", "Low", "Very low"), RiskScale.LIKELIHOOD).levels());
        assertEquals(List.of("Baja", "Media", "Alta", "Muy alta"), RiskScales.infer(
                List.of("Alta", "Media", "Baja", "Muy alta"), RiskScale.IMPACT).levels());
        assertEquals(RiskScale.percentages(), RiskScales.infer(List.of("70%", "50%", "10%"), RiskScale.LIKELIHOOD));
    }

    @Test
    void theTemplatesScalesStandWhereTheValuesFitThemAndWhereNothingIsALevel() {
        assertEquals(RiskScale.IMPACT, RiskScales.infer(List.of("High", "Med", "Low"), RiskScale.IMPACT),
                "a 3 x 4 matrix for the template's words, Critical or not");
        assertEquals(RiskScale.LIKELIHOOD, RiskScales.infer(List.of("H", "M", "L"), RiskScale.LIKELIHOOD));
        assertEquals(RiskScale.LIKELIHOOD, RiskScales.infer(List.of("—", "TBD", ""), RiskScale.LIKELIHOOD));
        assertEquals(RiskScale.IMPACT, RiskScales.infer(List.of(), RiskScale.IMPACT));
    }

    @Test
    void levelsAreReadAsPeopleWriteThem() {
        RiskScale numbers = RiskScale.numbers(5);
        assertEquals(2, numbers.position("3").getAsInt());
        assertEquals(2, numbers.position("3/5").getAsInt());
        assertEquals(3, numbers.position("4 (Likely)").getAsInt());
        assertEquals(4, numbers.position("**5**").getAsInt());
        assertFalse(numbers.reads("6"), "outside the scale");
        assertFalse(numbers.reads("3/10"), "on another scale");
        assertFalse(numbers.reads("High"));
        RiskScale consequence = RiskScales.KNOWN.stream()
                .filter(s -> s.levels().contains("Insignificant")).findFirst().orElseThrow();
        assertEquals(4, consequence.position("Catastrophic").getAsInt());
        assertEquals(2, consequence.position("mod").getAsInt());
        RiskScale veryLowToVeryHigh = RiskScales.KNOWN.stream()
                .filter(s -> s.levels().contains("Very low")).findFirst().orElseThrow();
        assertEquals(4, veryLowToVeryHigh.position("VH").getAsInt());
        assertEquals(1, veryLowToVeryHigh.position("L").getAsInt());
        assertTrue(RiskScale.LIKELIHOOD.position("M").isPresent(), "H/M/L");
        assertEquals(3, RiskScale.percentages().position("70%").getAsInt());
    }

    @Test
    void aLevelIsWrittenInTheWayTheFileWritesItsLevels() {
        RiskScale numbers = RiskScale.numbers(5);
        assertEquals("4", numbers.value(3, "3"));
        assertEquals("4/5", numbers.value(3, "3/5"), "a file that writes '3/5' gets '4/5'");
        assertEquals("Likely", RiskScales.KNOWN.get(1).value(2, "Possible"));
        assertEquals("70%", RiskScale.percentages().value(3, "50%"));
        assertEquals("Medium", RiskScale.LIKELIHOOD.value(1, "Low"));
    }

    @Test
    void severityRunsFromLowestToHighestWhateverTheScalesSizes() {
        assertEquals(0, RiskScale.severity(0, RiskScale.LIKELIHOOD, 0, RiskScale.IMPACT));
        assertEquals(5, RiskScale.severity(2, RiskScale.LIKELIHOOD, 3, RiskScale.IMPACT));
        assertEquals(3, RiskScale.severity(1, RiskScale.LIKELIHOOD, 2, RiskScale.IMPACT), "the template's sum");
        assertEquals(5, RiskScale.severity(4, RiskScale.numbers(5), 4, RiskScale.numbers(5)));
        assertEquals(2.5, RiskScale.severity(2, RiskScale.numbers(5), 2, RiskScale.numbers(5)));
    }
}
