package app.strategyworkbook.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertEquals("1 slide", Plural.of(1, "slide"));
        assertEquals("0 slides", Plural.of(0, "slide"));
        assertEquals("15 slides", Plural.of(15, "slide"));
        assertEquals("1 person", Plural.of(1, "person", "people"));
        assertEquals("2 people", Plural.of(2, "person", "people"));
        assertEquals("there is 1 value", Plural.thereAre(1, "value"));
        assertEquals("there are 6 values", Plural.thereAre(6, "value"));
    }
}
