package app.strategyworkbook.template;

import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.util.function.Function;

/**
 * The parts of a strategy the template's fields belong to: its "##" sections, and the header under the title and the
 * footer at the end, which are no section of their own.
 */
public enum DocumentPart {
    HEADER("header", "Document", null, StrategyDocument::getHeader),
    PURPOSE(TemplateSection.PURPOSE, StrategyDocument::getPurpose),
    OVERVIEW(TemplateSection.OVERVIEW, StrategyDocument::getOverview),
    CONTEXT(TemplateSection.CONTEXT, StrategyDocument::getContext),
    PILLARS(TemplateSection.PILLARS, StrategyDocument::getPillars),
    SEGMENTS(TemplateSection.SEGMENTS, StrategyDocument::getSegments),
    GO_TO_MARKET(TemplateSection.GO_TO_MARKET, StrategyDocument::getGoToMarket),
    PRODUCT(TemplateSection.PRODUCT, StrategyDocument::getProduct),
    TECHNOLOGY(TemplateSection.TECHNOLOGY, StrategyDocument::getTechnology),
    RESOURCES(TemplateSection.RESOURCES, StrategyDocument::getResources),
    RISKS(TemplateSection.RISKS, StrategyDocument::getRisks),
    SUCCESS(TemplateSection.SUCCESS, StrategyDocument::getSuccess),
    GUIDANCE(TemplateSection.GUIDANCE, StrategyDocument::getGuidance),
    FOOTER("footer", "Document", null, StrategyDocument::getFooter);

    private final String key;
    private final String label;
    private final TemplateSection section;
    private final Function<StrategyDocument, Object> of;

    DocumentPart(String key, String label, TemplateSection section, Function<StrategyDocument, Object> of) {
        this.key = key;
        this.label = label;
        this.section = section;
        this.of = of;
    }

    DocumentPart(TemplateSection section, Function<StrategyDocument, Object> of) {
        this(section.key(), section.heading(), section, of);
    }

    /** The part's name for the app, as the JSON format names it: "overview", "goToMarket", "footer". */
    public String key() {
        return key;
    }

    /** The part's name for the user: the section's heading, or "Document" for the header and footer. */
    public String label() {
        return label;
    }

    /** The "##" section this part is, or null for the header and footer. */
    public TemplateSection section() {
        return section;
    }

    /** The part in {@code doc}: a section's object, the header or the footer. */
    public Object in(StrategyDocument doc) {
        return of.apply(doc);
    }

    /** The part's own kept text and spellings, where it has them (the header and footer keep theirs at document level). */
    public Part keeping(StrategyDocument doc) {
        return in(doc) instanceof Part part ? part : doc.getDocumentKept();
    }

    /** The part that is {@code section}. */
    public static DocumentPart of(TemplateSection section) {
        for (DocumentPart part : values()) {
            if (part.section == section) {
                return part;
            }
        }
        throw new IllegalArgumentException("No part for " + section);
    }
}
