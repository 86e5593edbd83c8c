package app.strategyworkbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParsedValuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "$50B;50000000000;USD", "€610M;610000000;EUR", "£1.2M;1200000;GBP", "$500M (enterprise AI, 3 years);500000000;USD",
        "USD 5 million;5000000;USD", "$1,200,000;1200000;USD", "**$12B**;12000000000;USD", "12 bn EUR;12000000000;EUR"})
    void money(String text, String amount, String currency) {
        Money money = Money.parse(text).orElseThrow();
        assertEquals(0, new BigDecimal(amount).compareTo(money.amount()), text);
        assertEquals(currency, money.currency());
    }

    @Test
    void textThatIsNotMoneyIsNoMoney() {
        assertEquals(Optional.empty(), Money.parse("large"));
        assertEquals(Optional.empty(), Money.parse("50B"), "an amount with no currency");
        assertEquals(Optional.empty(), Money.parse(""));
    }

    @ParameterizedTest
    @CsvSource({"45%,45", "45,45", "12.5 %,12.5", "**25%**,25", "0,0", "-5%,-5"})
    void percentages(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(Percentage.parse(text).orElseThrow()));
    }

    @Test
    void textThatIsNotAPercentageIsKeptAndNotRead() {
        assertTrue(Percentage.parse("about half").isEmpty());
        assertTrue(Percentage.parse("~45%").isEmpty());
        assertEquals(0, new BigDecimal("20").compareTo(Percentage.find("20% of engineering time").orElseThrow()));
    }

    @Test
    void levelsAcceptMedAndAnyCase() {
        assertEquals(1, RiskScale.LIKELIHOOD.position("Med").getAsInt());
        assertEquals(1, RiskScale.IMPACT.position("medium").getAsInt());
        assertEquals(2, RiskScale.LIKELIHOOD.position(" HIGH ").getAsInt());
        assertEquals(3, RiskScale.IMPACT.position("Critical").getAsInt());
        assertTrue(RiskScale.LIKELIHOOD.position("Critical").isEmpty(), "likelihood stops at High");
        assertTrue(RiskScale.IMPACT.position("High/Med/Low").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2025-03-31;2025-03-31;2025-03-31", "Q4 2024;2024-10-01;2024-12-31", "March 2025;2025-03-01;2025-03-31",
        "Mar 31, 2025;2025-03-31;2025-03-31", "31 March 2025;2025-03-31;2025-03-31", "14.11.2025;2025-11-14;2025-11-14",
        "H1 2026;2026-01-01;2026-06-30",
        "FY2026;2026-01-01;2026-12-31", "2027;2027-01-01;2027-12-31"})
    void dates(String text, String first, String last) {
        StrategyDate date = StrategyDate.parse(text).orElseThrow();
        assertEquals(LocalDate.parse(first), date.first());
        assertEquals(LocalDate.parse(last), date.last());
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertTrue(StrategyDate.parse("2025-02-30").isEmpty());
        assertTrue(StrategyDate.parse("[Date]").isEmpty());
        assertTrue(StrategyDate.parse("soon").isEmpty());
        assertTrue(StrategyDate.parse("31.02.2026").isEmpty(), "no 31 February");
        assertTrue(StrategyDate.parse("11/14/2025").isEmpty(), "a slash could be either way round");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {">60;42;0.7", "<5 minutes;12 min;0.4167", ">70% of API users;45%;0.6429",
        "$10M ARR;$2M;0.2", "50;80;1.0", "<5 minutes;4 min;1.0"})
    void metricProgressTowardItsTarget(String target, String current, double expected) {
        PillarMetric metric = new PillarMetric();
        metric.setTarget(target);
        metric.setCurrent(current);
        assertEquals(expected, metric.progress().orElseThrow(), 0.001);
    }

    @Test
    void noProgressWithoutTwoNumbers() {
        PillarMetric metric = new PillarMetric();
        metric.setTarget("SOC2 certified");
        metric.setCurrent("in progress");
        assertTrue(metric.progress().isEmpty());
    }

    @Test
    void counts() {
        assertEquals(45, Count.parse("45 people").orElseThrow());
        assertEquals(1200, Count.parse("1,200").orElseThrow());
        assertEquals(30, Count.parse("~30").orElseThrow());
        assertTrue(Count.parse("[N people]").isEmpty());
        assertTrue(Count.parse("2.5").isEmpty());
    }
}
