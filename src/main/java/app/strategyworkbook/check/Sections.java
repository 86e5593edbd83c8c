package app.strategyworkbook.check;

import app.strategyworkbook.model.TemplateSection;

/** Where a finding points, named from the template's sections; the header and footer count as the document. */
final class Sections {
    static final String[] DOCUMENT = {"Document", "header"};

    private Sections() {
    }

    static Findings.Place place(TemplateSection section, String field, String path) {
        return Findings.Place.of(section.heading(), section.key(), field, path);
    }

    static Findings.Place place(String[] part, String field, String path) {
        return Findings.Place.of(part[0], part[1], field, path);
    }
}
