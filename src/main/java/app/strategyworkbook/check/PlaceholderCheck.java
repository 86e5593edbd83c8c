package app.strategyworkbook.check;

import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.CustomerSegment;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.PriorityHire;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** Fields still showing the template's placeholder: a warning for each, so the editor can mark it. */
final class PlaceholderCheck implements Check {
    private Findings findings;

    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings found) {
        this.findings = found;
        var o = doc.getOverview();
        text(Sections.OVERVIEW, "Mission", "mission", o.getMission());
        text(Sections.OVERVIEW, "Vision", "vision", o.getVision());
        if (o.getValues().isEmpty()) {
            unfilled(Sections.OVERVIEW, "Values", "values");
        }
        named(Sections.OVERVIEW, "Values", "values", o.getValues());

        var c = doc.getContext();
        text(Sections.CONTEXT, "Target Market", "targetMarket", c.getTargetMarket());
        text(Sections.CONTEXT, "TAM", "tam", c.getTam());
        text(Sections.CONTEXT, "SAM", "sam", c.getSam());
        text(Sections.CONTEXT, "SOM", "som", c.getSom());
        strings(Sections.CONTEXT, "Market Trends", "trends", c.getTrends());
        rows(Sections.CONTEXT, "Direct Competitors", "competitors", c.getCompetitors(),
                r -> r.getName().isEmpty() || r.getStrength().isEmpty() || r.getWeakness().isEmpty()
                        || r.getDifferentiation().isEmpty());
        strings(Sections.CONTEXT, "Indirect Competitors", "indirectCompetitors", c.getIndirectCompetitors());

        List<Pillar> pillars = doc.getPillars().getPillars();
        for (int i = 0; i < pillars.size(); i++) {
            Pillar p = pillars.get(i);
            String name = PillarMetricsCheck.pillarName(p, i);
            String path = "pillars[" + i + "].";
            text(Sections.PILLARS, name + " > Name", path + "name", p.getName());
            text(Sections.PILLARS, name + " > Description", path + "description", p.getDescription());
            text(Sections.PILLARS, name + " > Why It Matters", path + "whyItMatters", p.getWhyItMatters());
            strings(Sections.PILLARS, name + " > Key Initiatives", path + "initiatives", p.getInitiatives());
            rows(Sections.PILLARS, name + " > Success Metrics", path + "metrics", p.getMetrics(),
                    (PillarMetric m) -> m.getName().isEmpty() && m.getTarget().isEmpty());
        }

        List<CustomerSegment> segments = doc.getSegments().getSegments();
        for (int i = 0; i < segments.size(); i++) {
            CustomerSegment s = segments.get(i);
            String name = s.getLabel().isEmpty() ? "Segment " + (i + 1) : s.getLabel();
            String path = "segments[" + i + "].";
            text(Sections.SEGMENTS, name + " > Customer Type", path + "name", s.getName());
            text(Sections.SEGMENTS, name + " > Who", path + "who", s.getWho());
            strings(Sections.SEGMENTS, name + " > Pain Points", path + "painPoints", s.getPainPoints());
            text(Sections.SEGMENTS, name + " > Our Solution", path + "solution", s.getSolution());
            text(Sections.SEGMENTS, name + " > Revenue Model", path + "revenueModel", s.getRevenueModel());
        }

        var g = doc.getGoToMarket();
        text(Sections.GO_TO_MARKET, "Sales Motion", "salesMotion", g.getSalesMotion());
        named(Sections.GO_TO_MARKET, "Customer Acquisition", "channels", g.getChannels());
        named(Sections.GO_TO_MARKET, "Sales Cycle", "salesCycle", g.getSalesCycle());
        text(Sections.GO_TO_MARKET, "Brand Position", "brandPosition", g.getBrandPosition());
        strings(Sections.GO_TO_MARKET, "Key Messages", "keyMessages", g.getKeyMessages());
        text(Sections.GO_TO_MARKET, "Content Strategy", "contentStrategy", g.getContentStrategy());
        named(Sections.GO_TO_MARKET, "Strategic Partners", "partners", g.getPartners());

        var p = doc.getProduct();
        text(Sections.PRODUCT, "Product Portfolio", "portfolio", p.getPortfolio());
        named(Sections.PRODUCT, "Core Platform", "corePlatform", p.getCorePlatform());
        strings(Sections.PRODUCT, "Adjacencies", "adjacencies", p.getAdjacencies());
        strings(Sections.PRODUCT, "Build", "build", p.getBuild());
        strings(Sections.PRODUCT, "Buy/Acquire", "buy", p.getBuy());
        strings(Sections.PRODUCT, "Partner", "partner", p.getPartner());

        var t = doc.getTechnology();
        if (t.getPrinciples().isEmpty()) {
            unfilled(Sections.TECHNOLOGY, "Technical Principles", "principles");
        }
        named(Sections.TECHNOLOGY, "Technical Principles", "principles", t.getPrinciples());
        text(Sections.TECHNOLOGY, "Approach", "approach", t.getApproach());
        named(Sections.TECHNOLOGY, "Core Technologies", "coreTechnologies", t.getCoreTechnologies());
        text(Sections.TECHNOLOGY, "Debt Philosophy", "debtPhilosophy", t.getDebtPhilosophy());
        text(Sections.TECHNOLOGY, "Debt Allocation", "debtAllocation", t.getDebtAllocation());

        var r = doc.getResources();
        rows(Sections.RESOURCES, "Investment Priorities", "allocations", r.getAllocations(),
                (Allocation a) -> a.getArea().isEmpty() || a.getInvestment().isEmpty() || a.getRationale().isEmpty());
        text(Sections.RESOURCES, "Current Team Size", "currentTeamSize", r.getCurrentTeamSize());
        text(Sections.RESOURCES, "Target Team Size", "targetTeamSize", r.getTargetTeamSize());
        rows(Sections.RESOURCES, "Priority Hiring", "priorityHires", r.getPriorityHires(),
                (PriorityHire h) -> h.getRole().isEmpty() || h.getHeadcount().isEmpty() || h.getReason().isEmpty());

        rows(Sections.RISKS, "Risks", "risks", doc.getRisks().getRisks(),
                (Risk k) -> k.getRisk().isEmpty());

        var s = doc.getSuccess();
        text(Sections.SUCCESS, "1-Year Success > Date", "oneYear.date", s.getOneYear().getDate());
        named(Sections.SUCCESS, "1-Year Success", "oneYear.metrics", s.getOneYear().getMetrics());
        text(Sections.SUCCESS, "3-Year Success > Date", "threeYear.date", s.getThreeYear().getDate());
        named(Sections.SUCCESS, "3-Year Success", "threeYear.metrics", s.getThreeYear().getMetrics());

        var f = doc.getFooter();
        text(Sections.HEADER, "Last Major Update", "footer.lastMajorUpdate", f.getLastMajorUpdate());
        text(Sections.HEADER, "Next Strategy Review", "footer.nextReview", f.getNextReview());
        text(Sections.HEADER, "Strategy Owner", "footer.owner", f.getOwner());
        text(Sections.PURPOSE, "Purpose", "text", doc.getPurpose().getText());
    }

    private void text(String[] section, String field, String path, String value) {
        if (value.isEmpty()) {
            unfilled(section, field, path);
        }
    }

    private void unfilled(String[] section, String field, String path) {
        findings.warning(Sections.place(section, field, path), "not filled in yet");
    }

    private void strings(String[] section, String field, String path, List<String> items) {
        rows(section, field, path, items, String::isEmpty);
    }

    private void named(String[] section, String field, String path, List<NamedItem> items) {
        rows(section, field, path, items, i -> i.getName().isEmpty() || i.getDescription().isEmpty());
    }

    private <T> void rows(String[] section, String field, String path, List<T> items, Predicate<T> unfilled) {
        long open = items.stream().filter(unfilled).count();
        if (open > 0) {
            findings.warning(Sections.place(section, field, path), open == items.size() && open == 1
                    ? "not filled in yet" : open + " of " + items.size() + " lines not filled in yet");
        }
    }

}
