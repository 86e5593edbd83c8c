package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of the investment-priorities table. */
public final class Allocation extends TableRow {
    private final StringProperty area = new SimpleStringProperty(this, "area", "");
    private final StringProperty investment = new SimpleStringProperty(this, "investment", "");
    private final StringProperty rationale = new SimpleStringProperty(this, "rationale", "");

    public String getArea() { return area.get(); }
    public void setArea(String value) { area.set(value == null ? "" : value); }
    public StringProperty areaProperty() { return area; }
    public String getInvestment() { return investment.get(); }
    public void setInvestment(String value) { investment.set(value == null ? "" : value); }
    public StringProperty investmentProperty() { return investment; }
    public String getRationale() { return rationale.get(); }
    public void setRationale(String value) { rationale.set(value == null ? "" : value); }
    public StringProperty rationaleProperty() { return rationale; }

    /** The investment as a percentage, when the text is a number ("45%", "45", "12.5 %"). */
    public java.util.Optional<java.math.BigDecimal> investmentPercent() {
        return Percentage.parse(getInvestment());
    }
}
