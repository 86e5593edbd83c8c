package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One priority-hiring line: role or team, headcount and why it is critical. */
public final class PriorityHire {
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final StringProperty headcount = new SimpleStringProperty(this, "headcount", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    public String getRole() { return role.get(); }
    public void setRole(String value) { role.set(value == null ? "" : value); }
    public StringProperty roleProperty() { return role; }
    public String getHeadcount() { return headcount.get(); }
    public void setHeadcount(String value) { headcount.set(value == null ? "" : value); }
    public StringProperty headcountProperty() { return headcount; }
    public String getReason() { return reason.get(); }
    public void setReason(String value) { reason.set(value == null ? "" : value); }
    public StringProperty reasonProperty() { return reason; }

    public java.util.Optional<Integer> headcountCount() {
        return Count.parse(getHeadcount());
    }
}
