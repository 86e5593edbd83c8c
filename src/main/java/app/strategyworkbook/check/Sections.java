package app.strategyworkbook.check;

/** The sections' names as the user sees them, and their keys as the app addresses them. */
final class Sections {
    static final String[] OVERVIEW = {"Company Overview", "overview"};
    static final String[] CONTEXT = {"Strategic Context", "context"};
    static final String[] PILLARS = {"Strategic Pillars", "pillars"};
    static final String[] SEGMENTS = {"Target Customer Segments", "segments"};
    static final String[] GO_TO_MARKET = {"Go-to-Market Strategy", "goToMarket"};
    static final String[] PRODUCT = {"Product Strategy", "product"};
    static final String[] TECHNOLOGY = {"Technology Strategy", "technology"};
    static final String[] RESOURCES = {"Resource Allocation", "resources"};
    static final String[] RISKS = {"Key Risks and Mitigation", "risks"};
    static final String[] SUCCESS = {"Success Criteria", "success"};
    static final String[] HEADER = {"Document", "header"};
    static final String[] PURPOSE = {"Purpose", "purpose"};

    private Sections() {
    }

    static Findings.Place place(String[] section, String field, String path) {
        return Findings.Place.of(section[0], section[1], field, path);
    }
}
