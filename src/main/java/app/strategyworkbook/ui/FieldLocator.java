package app.strategyworkbook.ui;

import app.strategyworkbook.check.Finding;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.ui.field.FieldIds;

/**
 * Where a check finding's field is on screen: the tab, the control's id, and the table row and column where the field
 * is a cell.
 * All of it follows from the finding's typed reference to the field.
 */
record FieldLocator(TemplateSection tab, String controlId, int row, String columnId) {

    static FieldLocator of(Finding finding) {
        FieldIds.Place place = FieldIds.of(finding.where());
        return new FieldLocator(tabOf(finding.where().part()), place.controlId(), place.row(), place.columnId());
    }

    /** The tab a part is edited on: the header, purpose and footer are on the Overview tab. */
    static TemplateSection tabOf(DocumentPart part) {
        return part.section() == null || part == DocumentPart.PURPOSE ? TemplateSection.OVERVIEW : part.section();
    }
}
