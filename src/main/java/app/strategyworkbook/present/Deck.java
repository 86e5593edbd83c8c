package app.strategyworkbook.present;

import app.strategyworkbook.check.AllocationTotal;
import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.CustomerSegment;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Slide.Block;
import app.strategyworkbook.present.Slide.Bullets;
import app.strategyworkbook.present.Slide.Card;
import app.strategyworkbook.present.Slide.Cards;
import app.strategyworkbook.present.Slide.Columns;
import app.strategyworkbook.present.Slide.Fact;
import app.strategyworkbook.present.Slide.Facts;
import app.strategyworkbook.present.Slide.Grid;
import app.strategyworkbook.present.Slide.MarketSizes;
import app.strategyworkbook.present.Slide.Metric;
import app.strategyworkbook.present.Slide.Metrics;
import app.strategyworkbook.present.Slide.RiskMap;
import app.strategyworkbook.present.Slide.RiskPoint;
import app.strategyworkbook.present.Slide.Share;
import app.strategyworkbook.present.Slide.Statement;
import app.strategyworkbook.present.Slide.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The slides of a strategy, in the order a leadership meeting walks through it: title, values, market, competition,
 * a slide per pillar, customer segments, go-to-market, product, technology, resource allocation, key risks, success.
 * A section with nothing filled in has no slide; an empty field never shows, nor does a finding of the checks; a
 * section too long for one readable slide continues on the next, shared out evenly (see {@link Pages}). A section's
 * speaker notes go with its first slide: the overview's with the title slide, the context's with the market's.
 */
public final class Deck {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final java.util.regex.Pattern BLOCK_START = java.util.regex.Pattern.compile(
            "(?m)^(\\s*)(#|>|[-+*](?=\\s)|\\d+[.)](?=\\s))");
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    private Deck() {
    }

    /** The slides the user chose to show: the deck without the sections they unticked. */
    public static List<Slide> shown(StrategyDocument doc) {
        var hidden = doc.getPresentation().getHiddenSlides();
        return of(doc).stream().filter(s -> !hidden.contains(s.key())).toList();
    }

    /** What the {@code number}th slide of {@code count} is drawn in, for this strategy. */
    public static SlideFrame frame(StrategyDocument doc, int number, int count, boolean wide, boolean dark) {
        return footing(doc).frame(number, count, wide, dark);
    }

    /**
     * What every slide's footer says of the strategy: its title, and its status when that is not final. Taken once,
     * so an export in the background draws from it rather than from a document still being edited.
     */
    public record Footing(String title, String mark) {
        public SlideFrame frame(int number, int count, boolean wide, boolean dark) {
            return new SlideFrame(wide, dark, number, count, title, mark);
        }
    }

    public static Footing footing(StrategyDocument doc) {
        return new Footing(documentTitle(doc), isFinal(doc) ? "" : plainStatus(doc).toUpperCase(Locale.ROOT));
    }

    /** The strategy's title, or "Company Strategy" while it has none. */
    public static String documentTitle(StrategyDocument doc) {
        return doc.getHeader().getTitle().isEmpty() ? "Company Strategy" : plain(doc.getHeader().getTitle());
    }

    /** The whole deck, before the user chooses which slides to show. */
    public static List<Slide> of(StrategyDocument doc) {
        List<Slide> slides = new ArrayList<>();
        title(doc, slides);
        List<Fact> values = new ArrayList<>();
        for (NamedItem value : doc.getOverview().getValues()) {
            if (!value.getName().isEmpty() || !value.getDescription().isEmpty()) {
                values.add(new Fact(plain(value.getName()), plain(value.getDescription())));
            }
        }
        add(slides, "values", "Our Values", List.of(new Grid(values)), "");
        var c = doc.getContext();
        // TAM, SAM and SOM are drawn to scale where all three are amounts in one currency, else listed.
        boolean toScale = c.tamMoney().isPresent() && c.samMoney().isPresent() && c.somMoney().isPresent()
                && c.tamMoney().get().currency().equals(c.samMoney().get().currency())
                && c.samMoney().get().currency().equals(c.somMoney().get().currency());
        Block sizes = toScale
                ? new MarketSizes(List.of(fact("TAM", c.getTam()), fact("SAM", c.getSam()), fact("SOM", c.getSom())),
                        List.of(c.tamMoney().get().amount().doubleValue(), c.samMoney().get().amount().doubleValue(),
                                c.somMoney().get().amount().doubleValue()))
                : facts(fact("TAM", c.getTam()), fact("SAM", c.getSam()), fact("SOM", c.getSom()));
        add(slides, "market", "Market Opportunity", List.of(statement("Target market", c.getTargetMarket()), sizes,
                bullets("Market trends", c.getTrends())), c.getNotes());
        List<List<String>> competitors = new ArrayList<>();
        c.getCompetitors().forEach(k -> competitors.add(List.of(plain(k.getName()), plain(k.getStrength()),
                plain(k.getWeakness()), plain(k.getDifferentiation()))));
        add(slides, "competition", "Competitive Landscape", List.of(
                table(List.of("Competitor", "Strength", "Weakness", "Our differentiation"), competitors),
                bullets("Indirect competitors and substitutes", c.getIndirectCompetitors())),
                slides.stream().anyMatch(s -> s.key().equals("market")) ? "" : c.getNotes());
        List<Pillar> pillars = doc.getPillars().getPillars();
        for (int i = 0; i < pillars.size(); i++) {
            String notes = pillars.get(i).getNotes();
            if (i == 0 && !doc.getPillars().getNotes().isEmpty()) {
                notes = doc.getPillars().getNotes() + (notes.isEmpty() ? "" : "\n\n" + notes);
            }
            pillar(pillars.get(i), i, notes, slides);
        }
        List<Card> segments = new ArrayList<>();
        for (CustomerSegment s : doc.getSegments().getSegments()) {
            List<Fact> facts = new ArrayList<>();
            if (!s.getSolution().isEmpty()) {
                facts.add(fact("Our solution", s.getSolution()));
            }
            if (!s.getRevenueModel().isEmpty()) {
                facts.add(fact("Revenue model", s.getRevenueModel()));
            }
            Bullets pains = bullets("Pain points", s.getPainPoints());
            if (!s.getName().isEmpty() || !s.getWho().isEmpty() || !pains.lines().isEmpty() || !facts.isEmpty()) {
                String label = plain(s.getLabel());
                segments.add(new Card(label.isEmpty() ? "Segment" : label,
                        s.getName().isEmpty() ? "" : plain(s.getName()), plain(s.getWho()), pains, facts));
            }
        }
        add(slides, "segments", "Target Customer Segments", List.of(new Cards(segments)), doc.getSegments().getNotes());
        var g = doc.getGoToMarket();
        add(slides, "goToMarket", "Go-to-Market", List.of(statement("Sales motion", g.getSalesMotion()),
                named("Customer acquisition", g.getChannels()), named("Sales cycle", g.getSalesCycle()),
                statement("Brand position", g.getBrandPosition()), bullets("Key messages", g.getKeyMessages()),
                named("Strategic partners", g.getPartners())), g.getNotes());
        var p = doc.getProduct();
        List<Bullets> choices = new ArrayList<>();
        for (Bullets choice : List.of(bullets("Build", p.getBuild()), bullets("Buy / acquire", p.getBuy()),
                bullets("Partner", p.getPartner()))) {
            if (!choice.lines().isEmpty()) {
                choices.add(choice);
            }
        }
        add(slides, "product", "Product Strategy", List.of(statement("Portfolio", p.getPortfolio()),
                named("Core platform", p.getCorePlatform()), bullets("Adjacencies (future)", p.getAdjacencies()),
                new Columns(choices)), p.getNotes());
        var t = doc.getTechnology();
        add(slides, "technology", "Technology Strategy", List.of(named("Principles", t.getPrinciples()),
                statement("Approach", t.getApproach()), named("Core technologies", t.getCoreTechnologies()),
                facts(fact("Technical debt", t.getDebtPhilosophy()), fact("Debt allocation", t.getDebtAllocation()))),
                t.getNotes());
        var r = doc.getResources();
        List<Block> resources = new ArrayList<>();
        allocation(r.getAllocations(), AllocationTotal.of(r)).ifPresent(resources::add);
        resources.add(facts(fact("Team today", r.getCurrentTeamSize()), fact("Team in 12 months",
                r.getTargetTeamSize())));
        add(slides, "resources", "Resource Allocation", resources, r.getNotes());
        add(slides, "risks", "Key Risks", riskMap(doc.getRisks()).map(List::<Block>of).orElse(List.of()),
                doc.getRisks().getNotes());
        var s = doc.getSuccess();
        List<Bullets> horizons = new ArrayList<>();
        for (Bullets horizon : List.of(
                named(horizon("In one year", s.getOneYear().getDate()), s.getOneYear().getMetrics()),
                named(horizon("In three years", s.getThreeYear().getDate()), s.getThreeYear().getMetrics()))) {
            if (!horizon.lines().isEmpty()) {
                horizons.add(horizon);
            }
        }
        add(slides, "success", "Success Criteria", List.of(new Columns(horizons)), s.getNotes());
        return slides;
    }

    /** The allocation's shares, when some area has a percentage; what is left to 100 shows as unallocated. */
    public static java.util.Optional<Slide.Allocation> allocation(List<Allocation> rows, AllocationTotal total) {
        List<Share> shares = new ArrayList<>();
        for (Allocation row : rows) {
            AllocationTotal.usable(row.getInvestment()).filter(v -> v.signum() > 0).ifPresent(v -> shares.add(
                    new Share(row.getArea().isEmpty() ? "Unnamed area" : plain(row.getArea()), v.doubleValue(),
                            plain(row.getRationale()))));
        }
        if (shares.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Slide.Allocation(shares, total.unallocated().doubleValue(),
                total.totalText()));
    }

    /** The risks with words, numbered as in the table, on the strategy's scales. */
    public static java.util.Optional<RiskMap> riskMap(app.strategyworkbook.model.KeyRisks k) {
        List<RiskPoint> points = new ArrayList<>();
        var likelihoods = k.likelihoodScale();
        var impacts = k.impactScale();
        List<Risk> risks = k.getRisks();
        for (int i = 0; i < risks.size(); i++) {
            Risk risk = risks.get(i);
            if (!risk.getRisk().isEmpty()) {
                int l = k.likelihood(risk).orElse(-1);
                int m = k.impact(risk).orElse(-1);
                double severity = l < 0 || m < 0 ? 0 : app.strategyworkbook.model.RiskScale.severity(l, likelihoods,
                        m, impacts);
                points.add(new RiskPoint(i + 1, plain(risk.getRisk()), l, m, severity,
                        l < 0 ? "" : likelihoods.label(l), m < 0 ? "" : impacts.label(m), plain(risk.getOwner()),
                        plain(risk.getMitigation())));
            }
        }
        return points.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new RiskMap(points, likelihoods.levels(), impacts.levels()));
    }

    private static void title(StrategyDocument doc, List<Slide> slides) {
        var h = doc.getHeader();
        var f = doc.getFooter();
        List<Block> blocks = new ArrayList<>();
        blocks.add(statement("Mission", doc.getOverview().getMission()));
        blocks.add(statement("Vision", doc.getOverview().getVision()));
        blocks.add(facts(fact("Owner", f.getOwner()), fact("Last major update", f.getLastMajorUpdate()),
                fact("Status", h.getStatus())));
        slides.add(new Slide("title", documentTitle(doc), present(blocks), doc.getOverview().getNotes()));
    }

    private static void pillar(Pillar pillar, int index, String notes, List<Slide> slides) {
        List<Metric> metrics = new ArrayList<>();
        for (PillarMetric m : pillar.getMetrics()) {
            if (m.getName().isEmpty() && m.getTarget().isEmpty()) {
                continue;
            }
            metrics.add(new Metric(plain(m.getName()), plain(m.getTarget()), plain(m.getCurrent()), m.progress()));
        }
        String title = "Pillar " + (index + 1) + (pillar.getName().isEmpty() ? "" : ": " + plain(pillar.getName()));
        add(slides, "pillar-" + (index + 1), title, List.of(statement("What it means", pillar.getDescription()),
                statement("Why it matters", pillar.getWhyItMatters()), bullets("Key initiatives", pillar.getInitiatives()),
                new Metrics(metrics)), notes);
    }

    /** Adds the section's slides: none when nothing is filled in, more than one when it is long. */
    private static void add(List<Slide> slides, String key, String title, List<Block> blocks, String notes) {
        List<Block> shown = present(blocks);
        if (shown.isEmpty()) {
            return;
        }
        List<Slide> pages = Pages.split(key, title, shown);
        slides.add(pages.get(0).withNotes(notes.strip()));
        slides.addAll(pages.subList(1, pages.size()));
    }

    /** The blocks with something to show. */
    private static List<Block> present(List<Block> blocks) {
        return blocks.stream().filter(Deck::hasContent).toList();
    }

    private static boolean hasContent(Block block) {
        if (block instanceof Statement s) {
            return !s.text().isEmpty();
        }
        if (block instanceof Bullets b) {
            return !b.lines().isEmpty();
        }
        if (block instanceof Facts f) {
            return !f.facts().isEmpty();
        }
        if (block instanceof Table t) {
            return !t.rows().isEmpty();
        }
        if (block instanceof Metrics m) {
            return !m.metrics().isEmpty();
        }
        if (block instanceof Cards c) {
            return !c.cards().isEmpty();
        }
        if (block instanceof Grid g) {
            return !g.items().isEmpty();
        }
        if (block instanceof Columns c) {
            return !c.columns().isEmpty();
        }
        return true;
    }

    private static Statement statement(String label, String markdown) {
        return new Statement(label, plain(markdown));
    }

    private static Bullets bullets(String heading, List<String> lines) {
        return new Bullets(heading, lines.stream().filter(l -> !l.isEmpty()).map(Deck::plain).toList());
    }

    private static Bullets named(String heading, List<NamedItem> items) {
        List<String> lines = new ArrayList<>();
        for (NamedItem item : items) {
            // A name with nothing after it is an unfinished line ("Average deal size: [$X]"), not yet for a slide.
            if (item.getDescription().isEmpty()) {
                continue;
            }
            lines.add(item.getName().isEmpty() ? plain(item.getDescription())
                    : plain(item.getName()) + ": " + plain(item.getDescription()));
        }
        return new Bullets(heading, lines);
    }

    private static Facts facts(Fact... facts) {
        return new Facts(java.util.Arrays.stream(facts).filter(f -> !f.value().isEmpty()).toList());
    }

    private static Fact fact(String label, String markdown) {
        return new Fact(label, plain(markdown));
    }

    /** A table of the rows that have something in them: the template's empty rows are not for a slide. */
    private static Table table(List<String> headers, List<List<String>> rows) {
        return new Table(headers, rows.stream().filter(r -> r.stream().anyMatch(c -> !c.isEmpty())).toList());
    }

    private static String horizon(String when, String date) {
        return date.isEmpty() ? when : when + " (by " + plain(date) + ")";
    }

    /** The words of a field's Markdown, as a slide shows them: no asterisks, backticks or link targets. */
    static String plain(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // Field text is inline: a line starting ">60" is a target, not a quote, so line starts are taken literally.
        String inline = BLOCK_START.matcher(markdown).replaceAll("$1\\\\$2");
        return PLAIN.render(MARKDOWN.parse(inline)).strip().replaceAll("\\s*\\n\\s*", " ");
    }

    public static String plainText(String markdown) {
        return plain(markdown);
    }

    public static String plainStatus(StrategyDocument doc) {
        return plain(doc.getHeader().getStatus());
    }

    /** Every speaker note the strategy holds, its sections' and its pillars', in the document's order. */
    public static List<String> speakerNotes(StrategyDocument doc) {
        List<String> notes = new ArrayList<>();
        for (app.strategyworkbook.model.Section section : List.of(doc.getPurpose(), doc.getOverview(),
                doc.getContext(), doc.getPillars(), doc.getSegments(), doc.getGoToMarket(), doc.getProduct(),
                doc.getTechnology(), doc.getResources(), doc.getRisks(), doc.getSuccess(), doc.getGuidance())) {
            notes.add(section.getNotes());
            if (section == doc.getPillars()) {
                doc.getPillars().getPillars().forEach(p -> notes.add(p.getNotes()));
            }
        }
        return notes.stream().filter(n -> !n.isBlank()).toList();
    }

    /** Whether the document is final; anything else ("Draft", "Living") is marked on every slide. */
    public static boolean isFinal(StrategyDocument doc) {
        String status = plain(doc.getHeader().getStatus()).toLowerCase(Locale.ROOT);
        return status.equals("final") || status.equals("approved");
    }
}
