package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The closing lines: last major update, next strategy review, strategy owner, and who approved it. */
public final class Footer {
    private final StringProperty lastMajorUpdate = new SimpleStringProperty(this, "lastMajorUpdate", "");
    private final StringProperty nextReview = new SimpleStringProperty(this, "nextReview", "");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final StringProperty approvedBy = new SimpleStringProperty(this, "approvedBy", "");

    public String getLastMajorUpdate() { return lastMajorUpdate.get(); }
    public void setLastMajorUpdate(String value) { lastMajorUpdate.set(value == null ? "" : value); }
    public StringProperty lastMajorUpdateProperty() { return lastMajorUpdate; }
    public String getNextReview() { return nextReview.get(); }
    public void setNextReview(String value) { nextReview.set(value == null ? "" : value); }
    public StringProperty nextReviewProperty() { return nextReview; }
    public String getOwner() { return owner.get(); }
    public void setOwner(String value) { owner.set(value == null ? "" : value); }
    public StringProperty ownerProperty() { return owner; }
    public String getApprovedBy() { return approvedBy.get(); }
    public void setApprovedBy(String value) { approvedBy.set(value == null ? "" : value); }
    public StringProperty approvedByProperty() { return approvedBy; }

    public java.util.Optional<StrategyDate> nextReviewDate() {
        return StrategyDate.parse(getNextReview());
    }

    public java.util.Optional<StrategyDate> lastMajorUpdateDate() {
        return StrategyDate.parse(getLastMajorUpdate());
    }
}
