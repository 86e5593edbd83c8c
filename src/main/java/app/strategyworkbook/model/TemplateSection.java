package app.strategyworkbook.model;

/**
 * The template's "##" sections, in the template's order: the key the app knows each by, the heading the template gives
 * it, and the short title that fits a tab. The file formats, the checks and the window all name sections from here.
 */
public enum TemplateSection {
    PURPOSE("purpose", "Purpose", "Purpose"),
    OVERVIEW("overview", "Company Overview", "Overview"),
    CONTEXT("context", "Strategic Context", "Context"),
    PILLARS("pillars", "Strategic Pillars", "Pillars"),
    SEGMENTS("segments", "Target Customer Segments", "Customers"),
    GO_TO_MARKET("goToMarket", "Go-to-Market Strategy", "Go-to-Market"),
    PRODUCT("product", "Product Strategy", "Product"),
    TECHNOLOGY("technology", "Technology Strategy", "Technology"),
    RESOURCES("resources", "Resource Allocation", "Resources"),
    RISKS("risks", "Key Risks and Mitigation", "Risks"),
    SUCCESS("success", "Success Criteria", "Success"),
    GUIDANCE("guidance", "How to Use This Document", "How to Use");

    private final String key;
    private final String heading;
    private final String shortTitle;

    TemplateSection(String key, String heading, String shortTitle) {
        this.key = key;
        this.heading = heading;
        this.shortTitle = shortTitle;
    }

    public String key() {
        return key;
    }

    public String heading() {
        return heading;
    }

    public String shortTitle() {
        return shortTitle;
    }
}
