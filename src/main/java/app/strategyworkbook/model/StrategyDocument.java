package app.strategyworkbook.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A company strategy: every part of the Company Strategy template. Text fields hold what the user typed, as Markdown
 * inline text; an empty field is one the user has not filled in yet. Parsed meanings (money, percentages, levels, dates)
 * are read from that text on demand, see {@link Money}, {@link Percentage}, {@link Level}, {@link StrategyDate}.
 */
@JsonIgnoreProperties(value = "schemaVersion", allowGetters = false)
@JsonPropertyOrder({"header", "purpose", "overview", "context", "pillars", "segments", "goToMarket", "product",
        "technology", "resources", "risks", "success", "guidance", "footer", "presentation", "documentKept"})
public final class StrategyDocument {
    @JsonProperty private final Header header = new Header();
    @JsonProperty private final Purpose purpose = new Purpose();
    @JsonProperty private final CompanyOverview overview = new CompanyOverview();
    @JsonProperty private final StrategicContext context = new StrategicContext();
    @JsonProperty private final StrategicPillars pillars = new StrategicPillars();
    @JsonProperty private final CustomerSegments segments = new CustomerSegments();
    @JsonProperty private final GoToMarket goToMarket = new GoToMarket();
    @JsonProperty private final ProductStrategy product = new ProductStrategy();
    @JsonProperty private final TechnologyStrategy technology = new TechnologyStrategy();
    @JsonProperty private final ResourceAllocation resources = new ResourceAllocation();
    @JsonProperty private final KeyRisks risks = new KeyRisks();
    @JsonProperty private final SuccessCriteria success = new SuccessCriteria();
    @JsonProperty private final HowToUse guidance = new HowToUse();
    @JsonProperty private final Footer footer = new Footer();
    @JsonProperty private final SlideChoice presentation = new SlideChoice();
    /** Text outside every known section: before the title, between sections, an appendix. */
    @JsonProperty private final DocumentKept documentKept = new DocumentKept();

    public Header getHeader() { return header; }
    public Purpose getPurpose() { return purpose; }
    public CompanyOverview getOverview() { return overview; }
    public StrategicContext getContext() { return context; }
    public StrategicPillars getPillars() { return pillars; }
    public CustomerSegments getSegments() { return segments; }
    public GoToMarket getGoToMarket() { return goToMarket; }
    public ProductStrategy getProduct() { return product; }
    public TechnologyStrategy getTechnology() { return technology; }
    public ResourceAllocation getResources() { return resources; }
    public KeyRisks getRisks() { return risks; }
    public SuccessCriteria getSuccess() { return success; }
    public HowToUse getGuidance() { return guidance; }
    public Footer getFooter() { return footer; }
    public DocumentKept getDocumentKept() { return documentKept; }
    public SlideChoice getPresentation() { return presentation; }

    /** The document-level holder of kept text; its anchors name the section the text followed. */
    public static final class DocumentKept extends Part {
    }
}
