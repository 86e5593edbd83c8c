package app.strategyworkbook.template;

import static app.strategyworkbook.template.Placeholder.numbered;
import static app.strategyworkbook.template.Placeholder.of;

import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.CompanyOverview;
import app.strategyworkbook.model.Competitor;
import app.strategyworkbook.model.CustomerSegment;
import app.strategyworkbook.model.CustomerSegments;
import app.strategyworkbook.model.Footer;
import app.strategyworkbook.model.GoToMarket;
import app.strategyworkbook.model.GuidanceGroup;
import app.strategyworkbook.model.Header;
import app.strategyworkbook.model.HowToUse;
import app.strategyworkbook.model.KeyRisks;
import app.strategyworkbook.model.RiskScale;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.PriorityHire;
import app.strategyworkbook.model.ProductStrategy;
import app.strategyworkbook.model.Purpose;
import app.strategyworkbook.model.ResourceAllocation;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategicContext;
import app.strategyworkbook.model.StrategicPillars;
import app.strategyworkbook.model.SuccessCriteria;
import app.strategyworkbook.model.TableLayout;
import app.strategyworkbook.model.TechnologyStrategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The catalogue of the Company Strategy template's fields: every field declared once, in the template's order, with
 * its label, the other spellings files use, its kind and its placeholder. The Markdown format reads and writes by
 * these declarations, the checks point at them, and the window builds its forms from them.
 */
public final class Template {
    private Template() {
    }

    private static final List<TemplateField> ALL = new ArrayList<>();
    private static final List<Subheading> SUBHEADINGS = new ArrayList<>();

    // The header under the title, and the purpose.

    private static final Owner<Header> HEADER = new Owner<>(DocumentPart.HEADER);
    public static final TemplateField TITLE = HEADER.text("title", "Title", Kind.TEXT, of("Company Strategy"),
            Header::titleProperty).notExpected();
    public static final TemplateField STATUS = HEADER.text("status", "Status", Kind.TEXT, of("[Status]"),
            Header::statusProperty).notExpected();
    public static final TemplateField UPDATE_FREQUENCY = HEADER.text("updateFrequency", "Update Frequency",
            Kind.TEXT, of("[Update frequency]"), Header::updateFrequencyProperty).notExpected();
    public static final TemplateField PRIMARY_ROLES = HEADER.text("primaryRoles", "Primary Roles", Kind.TEXT,
            of("[Primary roles]"), Header::primaryRolesProperty).notExpected();
    public static final TemplateField RELATED_DOCUMENTS = HEADER.text("relatedDocuments", "Related Documents",
            Kind.TEXT, of("[Related documents]"), Header::relatedDocumentsProperty, "Related").notExpected();

    private static final Owner<Purpose> PURPOSE_PART = new Owner<>(DocumentPart.PURPOSE);
    public static final TemplateField PURPOSE = PURPOSE_PART.text("text", "Purpose", Kind.PARAGRAPH,
            of("[Why this document exists and what it sets out]"), Purpose::textProperty);

    // Company overview.

    private static final Owner<CompanyOverview> OVERVIEW = new Owner<>(DocumentPart.OVERVIEW);
    public static final TemplateField MISSION = OVERVIEW.under("mission", "Mission", "Our Mission",
                    "Mission Statement", "Why we exist", "Why we are here", "Our purpose", "Raison d'etre", "Mision",
                    "Notre mission", "Mission und Vision")
            .keywords("mission")
            .text("mission", "Mission", Kind.PARAGRAPH, of("[One sentence: Why does this company exist?]"),
                    CompanyOverview::missionProperty);
    public static final TemplateField VISION = OVERVIEW.under("vision", "Vision", "Our Vision", "Vision Statement",
                    "Where we're going", "Where we are going", "Vision", "Notre vision")
            .keywords("vision")
            .text("vision", "Vision", Kind.PARAGRAPH,
                    of("[One sentence: What does the world look like if we succeed?]"), CompanyOverview::visionProperty);
    public static final TemplateField VALUES = OVERVIEW.under("values", "Values", "Our Values", "Core Values",
                    "What we stand for", "What we believe", "Principles we live by", "Valores", "Nos valeurs",
                    "Valeurs", "Werte", "Unsere Werte")
            .keywords("values", "valores", "valeurs")
            .table("values", "Values", "value", of("[3-5 core values that guide decision-making]"),
                    CompanyOverview::getValues, NamedItem::new);
    private static final Owner<NamedItem> VALUE = OVERVIEW.rowsOf(VALUES);
    public static final TemplateField VALUE_NAME = VALUE.name("Value", numbered("[Value %d]"));
    public static final TemplateField VALUE_MEANING = VALUE.description("What it means",
            of("[What it means for how we decide]"));

    // Strategic context.

    private static final Owner<StrategicContext> CONTEXT = new Owner<>(DocumentPart.CONTEXT);
    public static final TemplateField TARGET_MARKET = CONTEXT.under("market", "Market Opportunity", "Market",
                    "Market Size", "Opportunity", "Market Sizing", "The market")
            .text("targetMarket", "Target Market", Kind.PARAGRAPH, of("[Define the market you're serving]"),
                    StrategicContext::targetMarketProperty, "Market");
    public static final TemplateField TAM = CONTEXT.text("tam", "TAM (Total Addressable Market)", Kind.MONEY,
            of("[$ value]"), StrategicContext::tamProperty, "TAM");
    public static final TemplateField SAM = CONTEXT.text("sam", "SAM (Serviceable Addressable Market)", Kind.MONEY,
            of("[$ value]"), StrategicContext::samProperty, "SAM");
    public static final TemplateField SOM = CONTEXT.text("som", "SOM (Serviceable Obtainable Market, 3 years)",
            Kind.MONEY, of("[$ value]"), StrategicContext::somProperty, "SOM");
    public static final TemplateField TRENDS = CONTEXT.lines("trends", "Market Trends",
            numbered("[Key trend #%d]", "[Key trend #1 and how it affects your business]"),
            StrategicContext::getTrends, "Trends");
    public static final TemplateField COMPETITORS = CONTEXT.under("competition", "Competitive Landscape",
                    "Competition", "Competitors", "Who we compete with", "Who we're up against", "Who else does this",
                    "Main competitors", "Competitive position", "Competencia", "Concurrence")
            .keywords("competition", "competitors", "competitor", "competitive", "compete")
            .table("competitors", "Direct Competitors", "competitor", of(""), StrategicContext::getCompetitors,
                    Competitor::new, "Competitors").keepsLayout(StrategicContext::getCompetitorTable);
    private static final Owner<Competitor> COMPETITOR = CONTEXT.rowsOf(COMPETITORS);
    public static final TemplateField COMPETITOR_NAME = COMPETITOR.text("name", "Competitor", Kind.TEXT,
            numbered("[Competitor %d]", "[Competitor A]", "[Competitor B]", "[Competitor C]"),
            Competitor::nameProperty, "Name", "Company");
    public static final TemplateField COMPETITOR_STRENGTH = COMPETITOR.text("strength", "Strength", Kind.PARAGRAPH,
            of("[Their strength]"), Competitor::strengthProperty, "Strengths", "Their strength", "Their strengths",
            "Where they beat us", "What they do well", "Their advantage");
    public static final TemplateField COMPETITOR_WEAKNESS = COMPETITOR.text("weakness", "Weakness", Kind.PARAGRAPH,
            of("[Their weakness]"), Competitor::weaknessProperty, "Weaknesses", "Their weakness", "Their weaknesses",
            "Where we beat them", "Where they are weak");
    public static final TemplateField COMPETITOR_DIFFERENTIATION = COMPETITOR.text("differentiation",
            "Our Differentiation", Kind.PARAGRAPH, of("[How we're different]"), Competitor::differentiationProperty,
            "Differentiation", "How we differ", "How we respond", "Our response", "How we win", "Our edge",
            "Our answer", "How we compete");
    public static final TemplateField INDIRECT_COMPETITORS = CONTEXT.lines("indirectCompetitors",
            "Indirect Competitors/Substitutes", numbered("[Alternative approach #%d]"),
            StrategicContext::getIndirectCompetitors, "Indirect Competitors", "Substitutes",
            "Indirect Competitors and Substitutes");

    // Strategic pillars.

    private static final Owner<StrategicPillars> PILLARS_PART = new Owner<>(DocumentPart.PILLARS);
    public static final TemplateField PILLARS = PILLARS_PART.items("pillars", "Strategic Pillars", "pillar",
            StrategicPillars::getPillars, Pillar::new);
    private static final Owner<Pillar> PILLAR = PILLARS_PART.rowsOf(PILLARS);
    public static final TemplateField PILLAR_NAME = PILLAR.text("name", "Name", Kind.TEXT,
            of("[Strategic Focus Area]"), Pillar::nameProperty);
    /**
     * The words a pillar's heading may start with before its number ("### Strategic Priority 2: …", "### Goal 1:
     * …", "### bet #1: …"), the template's "Pillar" first; the name is what follows.
     */
    public static final List<String> PILLAR_WORDS = List.of("Pillar", "Strategic Pillar", "Priority",
            "Strategic Priority", "Goal", "Strategic Goal", "Objective", "Strategic Objective", "Bet", "Focus Area",
            "Focus", "Theme", "Strategic Theme", "Axis", "Eje", "Axe", "Initiative", "Strategic Initiative");
    public static final TemplateField PILLAR_DESCRIPTION = PILLAR.text("description", "Description", Kind.PARAGRAPH,
            of("[What this pillar means]"), Pillar::descriptionProperty, "What it means");
    public static final TemplateField PILLAR_WHY = PILLAR.text("whyItMatters", "Why It Matters", Kind.PARAGRAPH,
            of("[Why this is critical to success]"), Pillar::whyItMattersProperty, "Why");
    public static final TemplateField PILLAR_INITIATIVES = PILLAR.lines("initiatives", "Key Initiatives",
            numbered("[Initiative %d]"), Pillar::getInitiatives, "Initiatives");
    public static final TemplateField PILLAR_METRICS = PILLAR.table("metrics", "Success Metrics", "metric", of(""),
            Pillar::getMetrics, PillarMetric::new);
    private static final Owner<PillarMetric> METRIC = PILLAR.rowsOf(PILLAR_METRICS);
    public static final TemplateField METRIC_NAME = METRIC.text("name", "Metric", Kind.TEXT,
            numbered("[Metric %d]"), PillarMetric::nameProperty);
    /** Checked on its own: a metric without a target is a warning of its own, not "not filled in". */
    public static final TemplateField METRIC_TARGET = METRIC.text("target", "Target", Kind.TEXT, of("[value]"),
            PillarMetric::targetProperty).notExpected();
    public static final TemplateField METRIC_CURRENT = METRIC.text("current", "Current", Kind.TEXT, of(""),
            PillarMetric::currentProperty).notExpected();

    // Target customer segments.

    private static final Owner<CustomerSegments> SEGMENTS_PART = new Owner<>(DocumentPart.SEGMENTS);
    public static final TemplateField SEGMENTS = SEGMENTS_PART.items("segments", "Target Customer Segments",
            "segment", CustomerSegments::getSegments, CustomerSegment::new);
    private static final Owner<CustomerSegment> SEGMENT = SEGMENTS_PART.rowsOf(SEGMENTS);
    /** The heading's word for the segment ("Primary Segment"), which the template fills in itself. */
    public static final TemplateField SEGMENT_LABEL = SEGMENT.text("label", "Segment", Kind.TEXT,
            numbered("Segment %d", "Primary Segment", "Secondary Segment"), CustomerSegment::labelProperty)
            .notExpected();
    public static final TemplateField SEGMENT_NAME = SEGMENT.text("name", "Customer Type", Kind.TEXT,
            of("[Customer Type]"), CustomerSegment::nameProperty);
    public static final TemplateField SEGMENT_WHO = SEGMENT.text("who", "Who", Kind.PARAGRAPH,
            numbered("[Description]", "[Description of customer]"), CustomerSegment::whoProperty);
    public static final TemplateField SEGMENT_PAIN_POINTS = SEGMENT.lines("painPoints", "Pain Points",
            numbered("[Pain point %d]"), CustomerSegment::getPainPoints, "Pains", "Problems");
    public static final TemplateField SEGMENT_SOLUTION = SEGMENT.text("solution", "Our Solution", Kind.PARAGRAPH,
            of("[How we solve their problems]"), CustomerSegment::solutionProperty, "Solution");
    public static final TemplateField SEGMENT_REVENUE_MODEL = SEGMENT.text("revenueModel", "Revenue Model",
            Kind.PARAGRAPH, of("[How they pay us]"), CustomerSegment::revenueModelProperty, "Revenue", "Pricing");

    // Go-to-market strategy.

    private static final Owner<GoToMarket> GTM = new Owner<>(DocumentPart.GO_TO_MARKET);
    public static final TemplateField SALES_MOTION = GTM.under("sales", "Sales Motion", "Sales")
            .text("salesMotion", "Primary", Kind.TEXT, of("[e.g., Product-Led Growth, Enterprise Sales, Hybrid]"),
                    GoToMarket::salesMotionProperty, "Sales Motion", "Primary Motion");
    public static final TemplateField CHANNELS = GTM.table("channels", "Customer Acquisition", "channel", of(""),
            GoToMarket::getChannels, NamedItem::new, "Acquisition Channels", "Channels");
    private static final Owner<NamedItem> CHANNEL = GTM.rowsOf(CHANNELS);
    public static final TemplateField CHANNEL_NAME = CHANNEL.name("Channel", numbered("[Channel %d]"));
    public static final TemplateField CHANNEL_STRATEGY = CHANNEL.description("Strategy", of("[Strategy]"));
    public static final TemplateField SALES_CYCLE = GTM.table("salesCycle", "Sales Cycle", "stage", of(""),
            GoToMarket::getSalesCycle, NamedItem::new);
    private static final Owner<NamedItem> CYCLE_STAGE = GTM.rowsOf(SALES_CYCLE);
    public static final TemplateField CYCLE_STAGE_NAME = CYCLE_STAGE.name("Stage", numbered("[Stage %d]"));
    public static final TemplateField CYCLE_STAGE_DETAIL = CYCLE_STAGE.description("Detail",
            numbered("[Detail]", "[$X]", "[N days]", "[Titles]"));
    public static final TemplateField BRAND_POSITION = GTM.under("marketing", "Marketing Strategy", "Marketing")
            .text("brandPosition", "Brand Position", Kind.PARAGRAPH, of("[How we position ourselves]"),
                    GoToMarket::brandPositionProperty, "Positioning", "Brand Positioning");
    public static final TemplateField KEY_MESSAGES = GTM.lines("keyMessages", "Key Messages",
            numbered("[Message %d]"), GoToMarket::getKeyMessages, "Messages");
    public static final TemplateField CONTENT_STRATEGY = GTM.text("contentStrategy", "Content Strategy",
            Kind.PARAGRAPH, of("[Content approach]"), GoToMarket::contentStrategyProperty, "Content");
    public static final TemplateField PARTNERS = GTM.under("partnership", "Partnership Strategy", "Partnerships",
                    "Partners")
            .table("partners", "Strategic Partners", "partner", of(""), GoToMarket::getPartners, NamedItem::new,
                    "Partners");
    private static final Owner<NamedItem> PARTNER = GTM.rowsOf(PARTNERS);
    public static final TemplateField PARTNER_TYPE = PARTNER.name("Partner type", numbered("[Partner type %d]"));
    public static final TemplateField PARTNER_WHY = PARTNER.description("Why", of("[Why]"));

    // Product strategy.

    private static final Owner<ProductStrategy> PRODUCT = new Owner<>(DocumentPart.PRODUCT);
    public static final TemplateField PORTFOLIO = PRODUCT.under("portfolio", "Product Portfolio", "Portfolio")
            .text("portfolio", "Portfolio", Kind.PARAGRAPH,
                    of("[Brief overview of product lines and how they relate]"), ProductStrategy::portfolioProperty);
    public static final TemplateField CORE_PLATFORM = PRODUCT.table("corePlatform", "Core Platform", "product",
            of(""), ProductStrategy::getCorePlatform, NamedItem::new, "Core Products", "Platform");
    private static final Owner<NamedItem> CORE_PRODUCT = PRODUCT.rowsOf(CORE_PLATFORM);
    public static final TemplateField CORE_PRODUCT_NAME = CORE_PRODUCT.name("Product or service",
            numbered("[Product/Service %d]"));
    public static final TemplateField CORE_PRODUCT_DESCRIPTION = CORE_PRODUCT.description("Description",
            of("[Description]"));
    public static final TemplateField ADJACENCIES = PRODUCT.lines("adjacencies", "Adjacencies (Future)",
            numbered("[Potential expansion %d]"), ProductStrategy::getAdjacencies, "Future");
    public static final TemplateField BUILD = PRODUCT.under("buildBuyPartner", "Build vs Buy vs Partner",
                    "Build Buy Partner", "Build vs Buy")
            .lines("build", "Build", numbered("[Core competency %d]"), ProductStrategy::getBuild);
    public static final TemplateField BUY = PRODUCT.lines("buy", "Buy/Acquire", numbered("[Capability gap %d]"),
            ProductStrategy::getBuy, "Buy", "Acquire", "Buy or Acquire");
    public static final TemplateField PARTNER_WITH = PRODUCT.lines("partner", "Partner",
            numbered("[Partner %d]", "[Commodity service 1]", "[Ecosystem play 1]"), ProductStrategy::getPartner,
            "Partnerships");

    // Technology strategy.

    private static final Owner<TechnologyStrategy> TECHNOLOGY = new Owner<>(DocumentPart.TECHNOLOGY);
    public static final TemplateField PRINCIPLES = TECHNOLOGY.under("principles", "Technical Principles",
                    "Principles", "Engineering Principles")
            .table("principles", "Technical Principles", "principle",
                    of("[3-5 guiding principles for technical decisions]"), TechnologyStrategy::getPrinciples,
                    NamedItem::new, "Principles");
    private static final Owner<NamedItem> PRINCIPLE = TECHNOLOGY.rowsOf(PRINCIPLES);
    public static final TemplateField PRINCIPLE_NAME = PRINCIPLE.name("Principle", numbered("[Principle %d]"));
    public static final TemplateField PRINCIPLE_MEANING = PRINCIPLE.description("What it means",
            of("[What it means in practice]"));
    public static final TemplateField APPROACH = TECHNOLOGY.under("stack", "Technology Stack Philosophy",
                    "Technology Stack", "Stack", "Tech Stack")
            .text("approach", "Approach", Kind.TEXT, of("[e.g., Best-of-breed, Standardized, etc.]"),
                    TechnologyStrategy::approachProperty);
    public static final TemplateField CORE_TECHNOLOGIES = TECHNOLOGY.table("coreTechnologies", "Core Technologies",
            "technology", of(""), TechnologyStrategy::getCoreTechnologies, NamedItem::new, "Technologies",
            "Stack");
    private static final Owner<NamedItem> CORE_TECHNOLOGY = TECHNOLOGY.rowsOf(CORE_TECHNOLOGIES);
    public static final TemplateField CORE_TECHNOLOGY_CATEGORY = CORE_TECHNOLOGY.name("Category",
            numbered("[Technology category %d]"));
    public static final TemplateField CORE_TECHNOLOGY_CHOICE = CORE_TECHNOLOGY.description("Choice and why",
            of("[Choice and why]"));
    public static final TemplateField DEBT_PHILOSOPHY = TECHNOLOGY.under("debt", "Technical Debt Management",
                    "Technical Debt", "Tech Debt")
            .text("debtPhilosophy", "Philosophy", Kind.PARAGRAPH, of("[Approach to technical debt]"),
                    TechnologyStrategy::debtPhilosophyProperty, "Debt Philosophy");
    public static final TemplateField DEBT_ALLOCATION = TECHNOLOGY.text("debtAllocation", "Allocation", Kind.TEXT,
            of("[% of engineering time on debt reduction]"), TechnologyStrategy::debtAllocationProperty,
            "Debt Allocation");

    // Resource allocation.

    private static final Owner<ResourceAllocation> RESOURCES = new Owner<>(DocumentPart.RESOURCES);
    public static final TemplateField ALLOCATIONS = RESOURCES.under("investment",
                    "Investment Priorities (Next 12 Months)", "Investment Priorities", "Investments", "Investment",
                    "Budget", "Budget Allocation", "Investment Plan", "Capital Allocation", "Use of Funds",
                    "Use of Proceeds", "Where the money goes")
            .keywords("investment", "investments", "budget", "allocation", "capex", "proceeds", "spending")
            .table("allocations", "Investment Priorities (Next 12 Months)", "row", of(""),
                    ResourceAllocation::getAllocations, Allocation::new)
            .keepsLayout(ResourceAllocation::getAllocationTable);
    private static final Owner<Allocation> ALLOCATION = RESOURCES.rowsOf(ALLOCATIONS);
    public static final TemplateField ALLOCATION_AREA = ALLOCATION.text("area", "Area", Kind.TEXT,
            numbered("[Area %d]"), Allocation::areaProperty, "Investment Area", "Function", "Programme", "Program",
            "Use", "Category", "Item");
    public static final TemplateField ALLOCATION_INVESTMENT = ALLOCATION.text("investment", "Investment %",
            Kind.PERCENTAGE, of("[X%]"), Allocation::investmentProperty, "Investment", "%", "Allocation", "Share",
            "Percent", "Part").words("%", "share", "percent", "percentage");
    public static final TemplateField ALLOCATION_RATIONALE = ALLOCATION.text("rationale", "Rationale",
            Kind.PARAGRAPH, of("[Why]"), Allocation::rationaleProperty, "Why", "Reason", "Notes", "Note",
            "Comment");
    public static final TemplateField CURRENT_TEAM_SIZE = RESOURCES.under("hiring", "Hiring Plan", "Hiring",
                    "Headcount Plan", "Headcount", "Workforce Plan", "People Plan", "Team")
            .keywords("hiring", "headcount", "workforce", "recruitment")
            .text("currentTeamSize", "Current Team Size", Kind.COUNT, of("[N people]"),
                    ResourceAllocation::currentTeamSizeProperty, "Current Team", "Team Size");
    public static final TemplateField TARGET_TEAM_SIZE = RESOURCES.text("targetTeamSize",
            "Target Team Size (12 months)", Kind.COUNT, of("[M people]"), ResourceAllocation::targetTeamSizeProperty,
            "Target Team");
    public static final TemplateField PRIORITY_HIRES = RESOURCES.table("priorityHires", "Priority Hiring", "hire",
            of(""), ResourceAllocation::getPriorityHires, PriorityHire::new, "Priority Hires", "Key Hires");
    private static final Owner<PriorityHire> HIRE = RESOURCES.rowsOf(PRIORITY_HIRES);
    public static final TemplateField HIRE_ROLE = HIRE.text("role", "Role or team", Kind.TEXT, of("[Role/Team]"),
            PriorityHire::roleProperty);
    public static final TemplateField HIRE_HEADCOUNT = HIRE.text("headcount", "Headcount", Kind.COUNT,
            of("[N headcount]"), PriorityHire::headcountProperty);
    public static final TemplateField HIRE_REASON = HIRE.text("reason", "Why critical", Kind.PARAGRAPH,
            of("[Why critical]"), PriorityHire::reasonProperty);

    // Key risks.

    private static final Owner<KeyRisks> RISKS_PART = new Owner<>(DocumentPart.RISKS);
    public static final TemplateField RISKS = RISKS_PART.table("risks", "Key Risks", "risk", of(""),
            KeyRisks::getRisks, Risk::new).keepsLayout(KeyRisks::getRiskTable);
    private static final Owner<Risk> RISK = RISKS_PART.rowsOf(RISKS);
    public static final TemplateField RISK_NAME = RISK.text("risk", "Risk", Kind.PARAGRAPH, numbered("[Risk %d]"),
            Risk::riskProperty, "Risks", "Threat", "Description", "Title", "Risk Description", "Riesgo", "Risque")
            .words("risk", "threat");
    /** Its levels and mitigation are checked on their own (RiskCheck), not as "not filled in". */
    public static final TemplateField RISK_LIKELIHOOD = RISK.level("likelihood", "Likelihood",
            k -> k == null ? RiskScale.LIKELIHOOD : ((KeyRisks) k).likelihoodScale(),
            Risk::likelihoodProperty, "Probability", "Likelihood of Occurrence", "Probabilidad", "Probabilite",
            "Eintrittswahrscheinlichkeit").notExpected().words("likelihood", "probability");
    public static final TemplateField RISK_IMPACT = RISK.level("impact", "Impact",
            k -> k == null ? RiskScale.IMPACT : ((KeyRisks) k).impactScale(),
            Risk::impactProperty, "Severity", "Consequence", "Impacto", "Auswirkung")
            .notExpected().words("impact", "severity", "consequence", "consequences");
    /** A score or rating the file gives (likelihood x impact, a word); checked against the levels when a product. */
    public static final TemplateField RISK_SCORE = RISK.text("score", "Score", Kind.TEXT, of(""),
            Risk::scoreProperty, "Rating", "Risk Score", "Risk Rating", "Risk Level", "L x I", "P x I")
            .optionalColumn().words("score", "rating");
    public static final TemplateField RISK_MITIGATION = RISK.text("mitigation", "Mitigation Strategy",
            Kind.PARAGRAPH, of("[How we'll mitigate]"), Risk::mitigationProperty, "Mitigation", "Response",
            "Mitigation Plan", "Actions", "Controls", "Controls and Actions", "Plan", "What we do",
            "What we do about it", "Medidas", "Mitigations", "Treatment").notExpected()
            .words("mitigation", "mitigations", "response", "actions", "controls", "treatment");
    public static final TemplateField RISK_OWNER = RISK.text("owner", "Owner", Kind.TEXT, of(""),
            Risk::ownerProperty, "Risk Owner", "Owned By", "Responsible", "Responsable", "Lead")
            .optionalColumn().words("owner");

    // Success criteria.

    private static final Owner<SuccessCriteria> SUCCESS = new Owner<>(DocumentPart.SUCCESS);
    public static final TemplateField ONE_YEAR_DATE = SUCCESS.under("oneYear", "1-Year Success")
            .text("oneYear.date", "By", Kind.DATE, of("[Date]"), s -> s.getOneYear().dateProperty());
    public static final TemplateField ONE_YEAR_METRICS = SUCCESS.table("oneYear.metrics", "We will have achieved",
            "metric", of(""), s -> s.getOneYear().getMetrics(), NamedItem::new);
    private static final Owner<NamedItem> ONE_YEAR_METRIC = SUCCESS.rowsOf(ONE_YEAR_METRICS);
    public static final TemplateField ONE_YEAR_METRIC_NAME = ONE_YEAR_METRIC.name("Metric", numbered("[Metric %d]"));
    public static final TemplateField ONE_YEAR_METRIC_TARGET = ONE_YEAR_METRIC.description("Target", of("[Target]"));
    public static final TemplateField THREE_YEAR_DATE = SUCCESS.under("threeYear", "3-Year Success")
            .text("threeYear.date", "By", Kind.DATE, of("[Date]"), s -> s.getThreeYear().dateProperty());
    public static final TemplateField THREE_YEAR_METRICS = SUCCESS.table("threeYear.metrics",
            "We will have achieved", "metric", of(""), s -> s.getThreeYear().getMetrics(), NamedItem::new);
    private static final Owner<NamedItem> THREE_YEAR_METRIC = SUCCESS.rowsOf(THREE_YEAR_METRICS);
    public static final TemplateField THREE_YEAR_METRIC_NAME = THREE_YEAR_METRIC.name("Metric",
            numbered("[Metric %d]"));
    public static final TemplateField THREE_YEAR_METRIC_TARGET = THREE_YEAR_METRIC.description("Target",
            of("[Target]"));

    // How to use this document: guidance by audience. The template fills it in itself.

    private static final Owner<HowToUse> GUIDANCE = new Owner<>(DocumentPart.GUIDANCE);
    public static final TemplateField GUIDANCE_GROUPS = GUIDANCE.items("groups", "How to Use This Document",
            "audience", HowToUse::getGroups, GuidanceGroup::new).notExpected();
    private static final Owner<GuidanceGroup> GROUP = GUIDANCE.rowsOf(GUIDANCE_GROUPS);
    public static final TemplateField GROUP_AUDIENCE = GROUP.text("audience", "Audience", Kind.TEXT,
            of("[Audience]"), GuidanceGroup::audienceProperty).notExpected();
    public static final TemplateField GROUP_ITEMS = GROUP.table("items", "Guidance", "line", of(""),
            GuidanceGroup::getItems, NamedItem::new).notExpected();
    private static final Owner<NamedItem> GUIDANCE_ITEM = GROUP.rowsOf(GROUP_ITEMS);
    public static final TemplateField GUIDANCE_SITUATION = GUIDANCE_ITEM.name("Situation",
            numbered("[Situation %d]")).notExpected();
    public static final TemplateField GUIDANCE_USE = GUIDANCE_ITEM.description("How to use this document",
            of("[How to use this document]")).notExpected();

    // The footer.

    private static final Owner<Footer> FOOTER = new Owner<>(DocumentPart.FOOTER);
    public static final TemplateField LAST_MAJOR_UPDATE = FOOTER.text("lastMajorUpdate", "Last Major Update",
            Kind.DATE, of("[Date]"), Footer::lastMajorUpdateProperty, "Last Updated", "Last Update", "Updated",
            "Last Revised");
    public static final TemplateField NEXT_REVIEW = FOOTER.text("nextReview", "Next Strategy Review", Kind.DATE,
            of("[Date]"), Footer::nextReviewProperty, "Next Review", "Next Review Date", "Review Again",
            "Review By");
    public static final TemplateField OWNER = FOOTER.text("owner", "Strategy Owner", Kind.TEXT, of("[CEO Name]"),
            Footer::ownerProperty, "Owner", "Document Owner", "Strategy Lead", "Plan Owner", "Owned By");
    /** Who approved the strategy, where the file says: written only when it has a value. */
    public static final TemplateField APPROVED_BY = FOOTER.text("approvedBy", "Approved By", Kind.TEXT, of(""),
            Footer::approvedByProperty, "Approved", "Approval", "Adopted By").notExpected();

    // Speaker notes: each section's and each pillar's, shown beside their slides while presenting, in the handout and
    // the PowerPoint's notes, never on a slide. Declared last, so each part's own fields keep their order.

    public static final TemplateField PURPOSE_NOTES = PURPOSE_PART.notes("Purpose Speaker Notes",
            Purpose::notesProperty);
    public static final TemplateField OVERVIEW_NOTES = OVERVIEW.notes(CompanyOverview::notesProperty);
    public static final TemplateField CONTEXT_NOTES = CONTEXT.notes(StrategicContext::notesProperty);
    public static final TemplateField PILLARS_NOTES = PILLARS_PART.notes(StrategicPillars::notesProperty);
    public static final TemplateField PILLAR_NOTES = PILLAR.notes(Pillar::notesProperty);
    public static final TemplateField SEGMENTS_NOTES = SEGMENTS_PART.notes(CustomerSegments::notesProperty);
    public static final TemplateField GO_TO_MARKET_NOTES = GTM.notes(GoToMarket::notesProperty);
    public static final TemplateField PRODUCT_NOTES = PRODUCT.notes(ProductStrategy::notesProperty);
    public static final TemplateField TECHNOLOGY_NOTES = TECHNOLOGY.notes(TechnologyStrategy::notesProperty);
    public static final TemplateField RESOURCES_NOTES = RESOURCES.notes(ResourceAllocation::notesProperty);
    public static final TemplateField RISKS_NOTES = RISKS_PART.notes(KeyRisks::notesProperty);
    public static final TemplateField SUCCESS_NOTES = SUCCESS.notes(SuccessCriteria::notesProperty);
    public static final TemplateField GUIDANCE_NOTES = GUIDANCE.notes(HowToUse::notesProperty);

    // The sections' own names: besides the template's heading, the names files give them, and words that name them
    // when they stand in a heading of the file's own ("Capital Improvement Plan allocation, FY2027–FY2031"). Words
    // are tried in the order the sections are declared here, the more particular first.

    private static final java.util.Map<DocumentPart, List<String>> SECTION_NAMES = new java.util.EnumMap<>(
            DocumentPart.class);
    private static final java.util.Map<DocumentPart, List<String>> SECTION_WORDS = new java.util.LinkedHashMap<>();

    private static void section(DocumentPart part, List<String> names, String... words) {
        List<String> all = new ArrayList<>();
        all.add(part.section().heading());
        all.addAll(names);
        SECTION_NAMES.put(part, List.copyOf(all));
        SECTION_WORDS.put(part, List.of(words));
    }

    static {
        section(DocumentPart.RISKS, List.of("Key Risks", "Risks", "Risks and Mitigation", "Risk Management",
                "Key Risks & Mitigation", "Risks and Mitigations", "Risk Register", "Risk Log", "Key Risks and "
                + "Mitigations", "Riesgos", "Risques", "Risiken"), "risk", "risks", "threats", "riesgos", "risques");
        section(DocumentPart.RESOURCES, List.of("Resources", "Investment Allocation", "Resourcing", "Money",
                "Money and people", "Funding"), "money", "funding", "resources");
        section(DocumentPart.SEGMENTS, List.of("Customer Segments", "Customers", "Target Customers", "Segments",
                "Target Segments", "Our customers", "Who we serve", "Who we work for", "Customers we serve",
                "Clients", "Guests we design for"), "customers", "customer", "segments", "clients", "guests");
        section(DocumentPart.CONTEXT, List.of("Context", "Market Context", "Market", "Markets", "Background",
                "Where we are", "Where we are now", "Where we are today", "Where we stand", "Current situation",
                "Situation", "Operating environment", "Our operating environment", "Environment"),
                "market", "markets", "context", "environment");
        section(DocumentPart.PILLARS, List.of("Pillars", "Strategy Pillars", "Strategic Priorities", "Priorities",
                "Strategic Goals", "Goals", "Strategic Objectives", "Objectives", "Strategic Themes", "Themes",
                "Focus Areas", "Strategic Focus Areas", "Where we will focus", "Bets", "Strategic Bets",
                "Strategic Axes", "Axes", "Ejes estrategicos", "Strategic Initiatives"),
                "pillars", "priorities", "goals", "bets", "focus", "axes", "themes", "objectives");
        section(DocumentPart.SUCCESS, List.of("Success", "Success Metrics", "Measures of Success",
                "What success looks like", "Where we want to be", "How we will know we are succeeding",
                "How we'll know it worked", "How we will measure success", "Targets"), "success", "succeeding");
        section(DocumentPart.GO_TO_MARKET, List.of("Go to Market", "GTM", "GTM Strategy", "Go-to-Market"));
        section(DocumentPart.PRODUCT, List.of("Product", "Products"), "product", "products");
        section(DocumentPart.TECHNOLOGY, List.of("Technology", "Tech Strategy", "Engineering Strategy"),
                "technology", "engineering");
        section(DocumentPart.OVERVIEW, List.of("Overview", "Company", "Who we are", "About us", "Company Profile"));
        section(DocumentPart.PURPOSE, List.of("Purpose of this document"), "purpose");
        section(DocumentPart.GUIDANCE, List.of("How to Use", "Using This Document", "Usage"));
    }

    /** The names of the section {@code part}: its heading as the template writes it first, then those files use. */
    public static List<String> sectionNames(DocumentPart part) {
        return SECTION_NAMES.getOrDefault(part, List.of());
    }

    /** Every section with the words that name it in a heading of the file's own, the more particular first. */
    public static java.util.Map<DocumentPart, List<String>> sectionWords() {
        return Collections.unmodifiableMap(SECTION_WORDS);
    }

    /** Every field, in the template's order; a row's fields follow their table. */
    public static List<TemplateField> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The fields of {@code part} itself (not those of its tables' rows), in the template's order. */
    public static List<TemplateField> fieldsOf(DocumentPart part) {
        return ALL.stream().filter(f -> f.part() == part && f.parent() == null).toList();
    }

    /** The speaker notes of {@code part}, a section; empty for the header and footer, which have none. */
    public static java.util.Optional<TemplateField> notesOf(DocumentPart part) {
        return ALL.stream().filter(f -> f.part() == part && f.parent() == null && f.key().equals("notes")).findFirst();
    }

    /** The template's "###" headings inside {@code part}, in order. */
    public static List<Subheading> subheadings(DocumentPart part) {
        return SUBHEADINGS.stream().filter(s -> s.part() == part).toList();
    }

    /** The field of {@code part} (a field of the part itself, or of its rows) with this key, if there is one. */
    public static java.util.Optional<TemplateField> field(DocumentPart part, String key) {
        return ALL.stream().filter(f -> f.part() == part && f.key().equals(key)).findFirst();
    }

    /**
     * Declares the fields of one kind of owner: a part, or the rows of a table or items. Fields are registered in
     * the order they are declared, which is the template's.
     */
    private static final class Owner<O> {
        private final DocumentPart part;
        private final TemplateField table;
        private Subheading under;

        Owner(DocumentPart part) {
            this(part, null);
        }

        private Owner(DocumentPart part, TemplateField table) {
            this.part = part;
            this.table = table;
        }

        /** The fields declared next stand under this "###" heading of the template. */
        Owner<O> under(String key, String heading, String... aliases) {
            under = new Subheading(part, key, heading, List.of(aliases));
            SUBHEADINGS.add(under);
            return this;
        }

        /** The speaker notes of this section or pillar: under no subheading, never "not filled in yet". */
        TemplateField notes(Function<O, StringProperty> value) {
            return notes("Speaker Notes", value);
        }

        /** The same, labelled for a tab that shows two sections (the purpose stands on the overview's tab). */
        TemplateField notes(String label, Function<O, StringProperty> value) {
            TemplateField.Builder b = builder("notes", label, Kind.PARAGRAPH, of(""));
            b.under = null;
            b.value = erased(value);
            return add(b).notExpected();
        }

        /** Words that name the subheading just declared when they stand in a heading of the file's own. */
        Owner<O> keywords(String... words) {
            Subheading named = new Subheading(part, under.key(), under.heading(), under.aliases(), List.of(words));
            SUBHEADINGS.set(SUBHEADINGS.indexOf(under), named);
            under = named;
            return this;
        }

        /** The rows of {@code rows}, a table or items of this owner, whose fields are declared next. */
        <R> Owner<R> rowsOf(TemplateField rows) {
            return new Owner<>(part, rows);
        }

        private TemplateField.Builder builder(String key, String label, Kind kind, Placeholder placeholder,
                                              String... aliases) {
            TemplateField.Builder b = new TemplateField.Builder();
            b.part = part;
            b.parent = table;
            b.key = key;
            b.label = label;
            b.kind = kind;
            b.placeholder = placeholder;
            b.under = under;
            b.aliases = List.of(aliases);
            return b;
        }

        private TemplateField add(TemplateField.Builder b) {
            TemplateField field = new TemplateField(b);
            ALL.add(field);
            if (table != null) {
                table.columns.add(field);
            }
            return field;
        }

        @SuppressWarnings("unchecked")
        private static Function<Object, Object> erased(Function<?, ?> f) {
            return (Function<Object, Object>) f;
        }

        @SuppressWarnings("unchecked")
        private static Supplier<Object> erased(Supplier<?> s) {
            return (Supplier<Object>) s;
        }

        TemplateField text(String key, String label, Kind kind, Placeholder placeholder,
                      Function<O, StringProperty> value, String... aliases) {
            TemplateField.Builder b = builder(key, label, kind, placeholder, aliases);
            b.value = erased(value);
            return add(b);
        }

        /** A level, read on the scale {@code scale} gives for the part whose table holds it (null: the template's). */
        TemplateField level(String key, String label, Function<Object, RiskScale> scale,
                            Function<O, StringProperty> value, String... aliases) {
            TemplateField.Builder b = builder(key, label, Kind.LEVEL, of("High/Med/Low"), aliases);
            b.value = erased(value);
            b.scale = scale;
            return add(b);
        }

        TemplateField lines(String key, String label, Placeholder placeholder, Function<O, ObservableList<String>> list,
                       String... aliases) {
            TemplateField.Builder b = builder(key, label, Kind.LINES, placeholder, aliases);
            b.value = erased(list);
            b.noun = "line";
            return add(b);
        }

        <R> TemplateField table(String key, String label, String noun, Placeholder placeholder,
                           Function<O, ObservableList<R>> list, Supplier<R> newRow, String... aliases) {
            TemplateField.Builder b = builder(key, label, Kind.TABLE, placeholder, aliases);
            b.value = erased(list);
            b.newRow = erased(newRow);
            b.noun = noun;
            return add(b);
        }

        <R> TemplateField items(String key, String label, String noun, Function<O, ObservableList<R>> list,
                           Supplier<R> newItem) {
            TemplateField.Builder b = builder(key, label, Kind.ITEMS, of(""));
            b.value = erased(list);
            b.newRow = erased(newItem);
            b.noun = noun;
            return add(b);
        }

        /** The name column of a list of named lines (values, channels, principles). */
        TemplateField name(String label, Placeholder placeholder) {
            return text("name", label, Kind.TEXT, placeholder, o -> ((NamedItem) o).nameProperty());
        }

        /** The description column of a list of named lines. */
        TemplateField description(String label, Placeholder placeholder) {
            return text("description", label, Kind.PARAGRAPH, placeholder,
                    o -> ((NamedItem) o).descriptionProperty());
        }
    }
}
