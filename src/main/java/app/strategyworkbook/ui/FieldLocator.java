package app.strategyworkbook.ui;

import app.strategyworkbook.check.Finding;
import app.strategyworkbook.model.TemplateSection;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a check finding's field is on screen: the tab, the control's id, and the table row where the field is a cell.
 * Control ids are the section key and the field's path in the model, joined by dashes ("pillars-1-description").
 */
record FieldLocator(TemplateSection tab, String controlId, int row) {

    static FieldLocator of(Finding finding) {
        String key = finding.sectionKey();
        String path = finding.fieldPath();
        if (key.equals("header") || key.equals(TemplateSection.PURPOSE.key())) {
            // The header, purpose and footer are edited on the Overview tab.
            String field = key.equals("header") ? path.replaceFirst("^footer\\.", "") : "purpose";
            return new FieldLocator(TemplateSection.OVERVIEW, "overview-" + field, -1);
        }
        TemplateSection tab = TemplateSection.OVERVIEW;
        for (TemplateSection s : TemplateSection.values()) {
            if (s.key().equals(key)) {
                tab = s;
            }
        }
        List<String> parts = new ArrayList<>();
        int row = -1;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            int bracket = step.indexOf('[');
            if (bracket < 0) {
                parts.add(step);
                continue;
            }
            String name = step.substring(0, bracket);
            int index = Integer.parseInt(step.substring(bracket + 1, step.indexOf(']')));
            boolean itemWithForm = i == 0 && (name.equals("pillars") || name.equals("segments"));
            if (itemWithForm) {
                parts.add(String.valueOf(index));
            } else {
                // A row of a table: the table is the control; the row is selected in it.
                parts.add(name);
                row = index;
                break;
            }
        }
        return new FieldLocator(tab, key + "-" + String.join("-", parts), row);
    }
}
