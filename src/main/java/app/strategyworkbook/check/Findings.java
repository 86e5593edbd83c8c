package app.strategyworkbook.check;

import java.util.ArrayList;
import java.util.List;

/** The findings of one run of the checks, added to by each check. */
public final class Findings {
    private final List<Finding> list = new ArrayList<>();

    void error(Place place, String message) {
        list.add(new Finding(Severity.ERROR, place.section(), place.field(), message, place.sectionKey(),
                place.path()));
    }

    void warning(Place place, String message) {
        list.add(new Finding(Severity.WARNING, place.section(), place.field(), message, place.sectionKey(),
                place.path()));
    }

    public List<Finding> all() {
        return List.copyOf(list);
    }

    /** Where a finding points: the section and field as the user sees them, and as the app addresses them. */
    record Place(String section, String sectionKey, String field, String path) {
        static Place of(String section, String sectionKey, String field, String path) {
            return new Place(section, sectionKey, field, path);
        }
    }
}
