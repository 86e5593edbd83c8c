package app.strategyworkbook.model;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The lines under the title: status, update frequency, primary roles and related documents. */
public final class Header {
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty updateFrequency = new SimpleStringProperty(this, "updateFrequency", "");
    private final StringProperty primaryRoles = new SimpleStringProperty(this, "primaryRoles", "");
    private final StringProperty relatedDocuments = new SimpleStringProperty(this, "relatedDocuments", "");

    public String getTitle() { return title.get(); }
    public void setTitle(String value) { title.set(value == null ? "" : value); }
    public StringProperty titleProperty() { return title; }
    public String getStatus() { return status.get(); }
    public void setStatus(String value) { status.set(value == null ? "" : value); }
    public StringProperty statusProperty() { return status; }
    public String getUpdateFrequency() { return updateFrequency.get(); }
    public void setUpdateFrequency(String value) { updateFrequency.set(value == null ? "" : value); }
    public StringProperty updateFrequencyProperty() { return updateFrequency; }
    public String getPrimaryRoles() { return primaryRoles.get(); }
    public void setPrimaryRoles(String value) { primaryRoles.set(value == null ? "" : value); }
    public StringProperty primaryRolesProperty() { return primaryRoles; }
    public String getRelatedDocuments() { return relatedDocuments.get(); }
    public void setRelatedDocuments(String value) { relatedDocuments.set(value == null ? "" : value); }
    public StringProperty relatedDocumentsProperty() { return relatedDocuments; }
}
