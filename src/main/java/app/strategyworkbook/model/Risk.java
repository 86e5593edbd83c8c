package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of the key-risks table. */
public final class Risk extends TableRow {
    private final StringProperty risk = new SimpleStringProperty(this, "risk", "");
    private final StringProperty likelihood = new SimpleStringProperty(this, "likelihood", "");
    private final StringProperty impact = new SimpleStringProperty(this, "impact", "");
    private final StringProperty mitigation = new SimpleStringProperty(this, "mitigation", "");
    /** Who answers for the risk; optional, and written as a table column only when some risk has one. */
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    /** The file's own score or rating of the risk (likelihood x impact, or a word); optional, as the owner. */
    private final StringProperty score = new SimpleStringProperty(this, "score", "");

    public String getRisk() { return risk.get(); }
    public void setRisk(String value) { risk.set(value == null ? "" : value); }
    public StringProperty riskProperty() { return risk; }
    public String getLikelihood() { return likelihood.get(); }
    public void setLikelihood(String value) { likelihood.set(value == null ? "" : value); }
    public StringProperty likelihoodProperty() { return likelihood; }
    public String getImpact() { return impact.get(); }
    public void setImpact(String value) { impact.set(value == null ? "" : value); }
    public StringProperty impactProperty() { return impact; }
    public String getOwner() { return owner.get(); }
    public void setOwner(String value) { owner.set(value == null ? "" : value); }
    public StringProperty ownerProperty() { return owner; }
    public String getScore() { return score.get(); }
    public void setScore(String value) { score.set(value == null ? "" : value); }
    public StringProperty scoreProperty() { return score; }
    public String getMitigation() { return mitigation.get(); }
    public void setMitigation(String value) { mitigation.set(value == null ? "" : value); }
    public StringProperty mitigationProperty() { return mitigation; }
}
