package app.strategyworkbook.check;

import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.CustomerSegment;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.PriorityHire;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** Fields still showing the template's placeholder: a warning for each, so the editor can mark it. */
final class PlaceholderCheck implements Check {
    private static final String NOT_FILLED = "not filled in yet";
    private Findings findings;

    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings found) {
        this.findings = found;
        var o = doc.getOverview();
        text(TemplateSection.OVERVIEW, "Mission", "mission", o.getMission());
        text(TemplateSection.OVERVIEW, "Vision", "vision", o.getVision());
        if (o.getValues().isEmpty()) {
            unfilled(TemplateSection.OVERVIEW, "Values", "values");
        }
        named(TemplateSection.OVERVIEW, "Values", "values", o.getValues());

        var c = doc.getContext();
        text(TemplateSection.CONTEXT, "Target Market", "targetMarket", c.getTargetMarket());
        text(TemplateSection.CONTEXT, "TAM", "tam", c.getTam());
        text(TemplateSection.CONTEXT, "SAM", "sam", c.getSam());
        text(TemplateSection.CONTEXT, "SOM", "som", c.getSom());
        strings(TemplateSection.CONTEXT, "Market Trends", "trends", c.getTrends());
        rows(TemplateSection.CONTEXT, "Direct Competitors", "competitors", c.getCompetitors(),
                r -> r.getName().isEmpty() || r.getStrength().isEmpty() || r.getWeakness().isEmpty()
                        || r.getDifferentiation().isEmpty());
        strings(TemplateSection.CONTEXT, "Indirect Competitors", "indirectCompetitors", c.getIndirectCompetitors());

        List<Pillar> pillars = doc.getPillars().getPillars();
        for (int i = 0; i < pillars.size(); i++) {
            Pillar p = pillars.get(i);
            String name = PillarMetricsCheck.pillarName(p, i);
            String path = "pillars[" + i + "].";
            text(TemplateSection.PILLARS, name + " > Name", path + "name", p.getName());
            text(TemplateSection.PILLARS, name + " > Description", path + "description", p.getDescription());
            text(TemplateSection.PILLARS, name + " > Why It Matters", path + "whyItMatters", p.getWhyItMatters());
            strings(TemplateSection.PILLARS, name + " > Key Initiatives", path + "initiatives", p.getInitiatives());
            rows(TemplateSection.PILLARS, name + " > Success Metrics", path + "metrics", p.getMetrics(),
                    (PillarMetric m) -> m.getName().isEmpty() && m.getTarget().isEmpty());
        }

        List<CustomerSegment> segments = doc.getSegments().getSegments();
        for (int i = 0; i < segments.size(); i++) {
            CustomerSegment s = segments.get(i);
            String name = s.getLabel().isEmpty() ? "Segment " + (i + 1) : s.getLabel();
            String path = "segments[" + i + "].";
            text(TemplateSection.SEGMENTS, name + " > Customer Type", path + "name", s.getName());
            text(TemplateSection.SEGMENTS, name + " > Who", path + "who", s.getWho());
            strings(TemplateSection.SEGMENTS, name + " > Pain Points", path + "painPoints", s.getPainPoints());
            text(TemplateSection.SEGMENTS, name + " > Our Solution", path + "solution", s.getSolution());
            text(TemplateSection.SEGMENTS, name + " > Revenue Model", path + "revenueModel", s.getRevenueModel());
        }

        var g = doc.getGoToMarket();
        text(TemplateSection.GO_TO_MARKET, "Sales Motion", "salesMotion", g.getSalesMotion());
        named(TemplateSection.GO_TO_MARKET, "Customer Acquisition", "channels", g.getChannels());
        named(TemplateSection.GO_TO_MARKET, "Sales Cycle", "salesCycle", g.getSalesCycle());
        text(TemplateSection.GO_TO_MARKET, "Brand Position", "brandPosition", g.getBrandPosition());
        strings(TemplateSection.GO_TO_MARKET, "Key Messages", "keyMessages", g.getKeyMessages());
        text(TemplateSection.GO_TO_MARKET, "Content Strategy", "contentStrategy", g.getContentStrategy());
        named(TemplateSection.GO_TO_MARKET, "Strategic Partners", "partners", g.getPartners());

        var p = doc.getProduct();
        text(TemplateSection.PRODUCT, "Product Portfolio", "portfolio", p.getPortfolio());
        named(TemplateSection.PRODUCT, "Core Platform", "corePlatform", p.getCorePlatform());
        strings(TemplateSection.PRODUCT, "Adjacencies", "adjacencies", p.getAdjacencies());
        strings(TemplateSection.PRODUCT, "Build", "build", p.getBuild());
        strings(TemplateSection.PRODUCT, "Buy/Acquire", "buy", p.getBuy());
        strings(TemplateSection.PRODUCT, "Partner", "partner", p.getPartner());

        var t = doc.getTechnology();
        if (t.getPrinciples().isEmpty()) {
            unfilled(TemplateSection.TECHNOLOGY, "Technical Principles", "principles");
        }
        named(TemplateSection.TECHNOLOGY, "Technical Principles", "principles", t.getPrinciples());
        text(TemplateSection.TECHNOLOGY, "Approach", "approach", t.getApproach());
        named(TemplateSection.TECHNOLOGY, "Core Technologies", "coreTechnologies", t.getCoreTechnologies());
        text(TemplateSection.TECHNOLOGY, "Debt Philosophy", "debtPhilosophy", t.getDebtPhilosophy());
        text(TemplateSection.TECHNOLOGY, "Debt Allocation", "debtAllocation", t.getDebtAllocation());

        var r = doc.getResources();
        rows(TemplateSection.RESOURCES, "Investment Priorities", "allocations", r.getAllocations(),
                (Allocation a) -> a.getArea().isEmpty() || a.getInvestment().isEmpty() || a.getRationale().isEmpty());
        text(TemplateSection.RESOURCES, "Current Team Size", "currentTeamSize", r.getCurrentTeamSize());
        text(TemplateSection.RESOURCES, "Target Team Size", "targetTeamSize", r.getTargetTeamSize());
        rows(TemplateSection.RESOURCES, "Priority Hiring", "priorityHires", r.getPriorityHires(),
                (PriorityHire h) -> h.getRole().isEmpty() || h.getHeadcount().isEmpty() || h.getReason().isEmpty());

        rows(TemplateSection.RISKS, "Risks", "risks", doc.getRisks().getRisks(),
                (Risk k) -> k.getRisk().isEmpty());

        var s = doc.getSuccess();
        text(TemplateSection.SUCCESS, "1-Year Success > Date", "oneYear.date", s.getOneYear().getDate());
        named(TemplateSection.SUCCESS, "1-Year Success", "oneYear.metrics", s.getOneYear().getMetrics());
        text(TemplateSection.SUCCESS, "3-Year Success > Date", "threeYear.date", s.getThreeYear().getDate());
        named(TemplateSection.SUCCESS, "3-Year Success", "threeYear.metrics", s.getThreeYear().getMetrics());

        var f = doc.getFooter();
        if (f.getLastMajorUpdate().isEmpty()) {
            findings.warning(Sections.place(Sections.DOCUMENT, "Last Major Update", "footer.lastMajorUpdate"), NOT_FILLED);
        }
        if (f.getNextReview().isEmpty()) {
            findings.warning(Sections.place(Sections.DOCUMENT, "Next Strategy Review", "footer.nextReview"), NOT_FILLED);
        }
        if (f.getOwner().isEmpty()) {
            findings.warning(Sections.place(Sections.DOCUMENT, "Strategy Owner", "footer.owner"), NOT_FILLED);
        }
        text(TemplateSection.PURPOSE, "Purpose", "text", doc.getPurpose().getText());
    }

    private void text(TemplateSection section, String field, String path, String value) {
        if (value.isEmpty()) {
            unfilled(section, field, path);
        }
    }

    private void unfilled(TemplateSection section, String field, String path) {
        findings.warning(Sections.place(section, field, path), NOT_FILLED);
    }

    private void strings(TemplateSection section, String field, String path, List<String> items) {
        rows(section, field, path, items, String::isEmpty);
    }

    private void named(TemplateSection section, String field, String path, List<NamedItem> items) {
        rows(section, field, path, items, i -> i.getName().isEmpty() || i.getDescription().isEmpty());
    }

    private <T> void rows(TemplateSection section, String field, String path, List<T> items, Predicate<T> unfilled) {
        long open = items.stream().filter(unfilled).count();
        if (open > 0) {
            findings.warning(Sections.place(section, field, path), open == items.size() && open == 1
                    ? NOT_FILLED : open + " of " + items.size() + " lines not filled in yet");
        }
    }

}
