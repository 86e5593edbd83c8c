package app.strategyworkbook.present;

import app.strategyworkbook.model.CustomerSegment;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Slide.Block;
import app.strategyworkbook.present.Slide.Bullets;
import app.strategyworkbook.present.Slide.Chart;
import app.strategyworkbook.present.Slide.ChartKind;
import app.strategyworkbook.present.Slide.Fact;
import app.strategyworkbook.present.Slide.Facts;
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
 * A section with nothing filled in has no slide; an empty field never shows; a section too long for one readable
 * slide continues on the next.
 */
public final class Deck {
    /** The most lines of text on one slide, so text never shrinks below a size a projector can show. */
    static final int MAX_LINES = 15;

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

    /** The whole deck, before the user chooses which slides to show. */
    public static List<Slide> of(StrategyDocument doc) {
        List<Slide> slides = new ArrayList<>();
        title(doc, slides);
        add(slides, "values", "Our Values", List.of(named(doc.getOverview().getValues())));
        var c = doc.getContext();
        // TAM, SAM and SOM are drawn to scale where all three are amounts in one currency, else listed.
        boolean toScale = c.tamMoney().isPresent() && c.samMoney().isPresent() && c.somMoney().isPresent()
                && c.tamMoney().get().currency().equals(c.samMoney().get().currency())
                && c.samMoney().get().currency().equals(c.somMoney().get().currency());
        add(slides, "market", "Market Opportunity", List.of(statement("Target market", c.getTargetMarket()),
                toScale ? new Chart(ChartKind.MARKET_SIZE)
                        : facts(fact("TAM", c.getTam()), fact("SAM", c.getSam()), fact("SOM", c.getSom())),
                bullets("Market trends", c.getTrends())));
        List<List<String>> competitors = new ArrayList<>();
        c.getCompetitors().forEach(k -> competitors.add(List.of(plain(k.getName()), plain(k.getStrength()),
                plain(k.getWeakness()), plain(k.getDifferentiation()))));
        add(slides, "competition", "Competitive Landscape", List.of(
                table(List.of("Competitor", "Strength", "Weakness", "Our differentiation"), competitors),
                bullets("Indirect competitors and substitutes", c.getIndirectCompetitors())));
        List<Pillar> pillars = doc.getPillars().getPillars();
        for (int i = 0; i < pillars.size(); i++) {
            pillar(pillars.get(i), i, slides);
        }
        List<Block> segments = new ArrayList<>();
        for (CustomerSegment s : doc.getSegments().getSegments()) {
            String name = plain(s.getLabel()) + (s.getName().isEmpty() ? "" : ": " + plain(s.getName()));
            segments.add(statement(name.isBlank() ? "Segment" : name, s.getWho()));
            segments.add(bullets("Pain points", s.getPainPoints()));
            segments.add(facts(fact("Our solution", s.getSolution()), fact("Revenue model", s.getRevenueModel())));
        }
        add(slides, "segments", "Target Customer Segments", segments);
        var g = doc.getGoToMarket();
        add(slides, "goToMarket", "Go-to-Market", List.of(statement("Sales motion", g.getSalesMotion()),
                named("Customer acquisition", g.getChannels()), named("Sales cycle", g.getSalesCycle()),
                statement("Brand position", g.getBrandPosition()), bullets("Key messages", g.getKeyMessages()),
                named("Strategic partners", g.getPartners())));
        var p = doc.getProduct();
        add(slides, "product", "Product Strategy", List.of(statement("Portfolio", p.getPortfolio()),
                named("Core platform", p.getCorePlatform()), bullets("Adjacencies (future)", p.getAdjacencies()),
                bullets("Build", p.getBuild()), bullets("Buy / acquire", p.getBuy()), bullets("Partner", p.getPartner())));
        var t = doc.getTechnology();
        add(slides, "technology", "Technology Strategy", List.of(named("Principles", t.getPrinciples()),
                statement("Approach", t.getApproach()), named("Core technologies", t.getCoreTechnologies()),
                facts(fact("Technical debt", t.getDebtPhilosophy()), fact("Debt allocation", t.getDebtAllocation()))));
        var r = doc.getResources();
        boolean allocations = r.getAllocations().stream().anyMatch(a -> !a.getInvestment().isEmpty());
        List<Block> resources = new ArrayList<>();
        if (allocations) {
            resources.add(new Chart(ChartKind.ALLOCATION));
        }
        resources.add(facts(fact("Team today", r.getCurrentTeamSize()), fact("Team in 12 months",
                r.getTargetTeamSize())));
        add(slides, "resources", "Resource Allocation", resources);
        boolean risks = doc.getRisks().getRisks().stream().anyMatch(k -> !k.getRisk().isEmpty());
        add(slides, "risks", "Key Risks", risks ? List.of(new Chart(ChartKind.RISK_MATRIX)) : List.of());
        var s = doc.getSuccess();
        add(slides, "success", "Success Criteria", List.of(
                named(horizon("In one year", s.getOneYear().getDate()), s.getOneYear().getMetrics()),
                named(horizon("In three years", s.getThreeYear().getDate()), s.getThreeYear().getMetrics())));
        return slides;
    }

    private static void title(StrategyDocument doc, List<Slide> slides) {
        var h = doc.getHeader();
        var f = doc.getFooter();
        String title = h.getTitle().isEmpty() ? "Company Strategy" : plain(h.getTitle());
        List<Block> blocks = new ArrayList<>();
        blocks.add(statement("Mission", doc.getOverview().getMission()));
        blocks.add(statement("Vision", doc.getOverview().getVision()));
        blocks.add(facts(fact("Strategy owner", f.getOwner()), fact("Last major update", f.getLastMajorUpdate()),
                fact("Status", h.getStatus())));
        slides.add(new Slide("title", title, present(blocks)));
    }

    private static void pillar(Pillar pillar, int index, List<Slide> slides) {
        List<List<String>> metrics = new ArrayList<>();
        for (PillarMetric m : pillar.getMetrics()) {
            if (m.getName().isEmpty() && m.getTarget().isEmpty()) {
                continue;
            }
            String progress = m.progress().isPresent()
                    ? Math.round(m.progress().getAsDouble() * 100) + "%" : "";
            metrics.add(List.of(plain(m.getName()), plain(m.getTarget()), plain(m.getCurrent()), progress));
        }
        String title = "Pillar " + (index + 1) + (pillar.getName().isEmpty() ? "" : ": " + plain(pillar.getName()));
        add(slides, "pillar-" + (index + 1), title, List.of(statement("What it means", pillar.getDescription()),
                statement("Why it matters", pillar.getWhyItMatters()), bullets("Key initiatives", pillar.getInitiatives()),
                table(List.of("Success metric", "Target", "Current", "Progress"), metrics)));
    }

    /** Adds the section's slides: none when nothing is filled in, more than one when it is long. */
    private static void add(List<Slide> slides, String key, String title, List<Block> blocks) {
        List<Block> shown = present(blocks);
        if (shown.isEmpty()) {
            return;
        }
        List<Block> page = new ArrayList<>();
        int part = 0;
        for (Block block : split(shown)) {
            if (!page.isEmpty() && new Slide(key, title, plus(page, block)).weight() > MAX_LINES) {
                slides.add(new Slide(key, title + (part == 0 ? "" : " (continued)"), page));
                page = new ArrayList<>();
                part++;
            }
            page.add(block);
        }
        slides.add(new Slide(key, title + (part == 0 ? "" : " (continued)"), page));
    }

    /** A block longer than a slide, cut into blocks that each fit. */
    private static List<Block> split(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        int room = MAX_LINES - 1;
        for (Block block : blocks) {
            if (block instanceof Bullets b && b.lines().size() > room) {
                for (int i = 0; i < b.lines().size(); i += room) {
                    out.add(new Bullets(b.heading(), b.lines().subList(i, Math.min(b.lines().size(), i + room))));
                }
            } else if (block instanceof Table t && t.rows().size() > room) {
                for (int i = 0; i < t.rows().size(); i += room) {
                    out.add(new Table(t.headers(), t.rows().subList(i, Math.min(t.rows().size(), i + room))));
                }
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static List<Block> plus(List<Block> page, Block block) {
        List<Block> more = new ArrayList<>(page);
        more.add(block);
        return more;
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

    private static Bullets named(List<NamedItem> items) {
        return named("", items);
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

    public static String plainTitle(StrategyDocument doc) {
        return plain(doc.getHeader().getTitle());
    }

    public static String plainStatus(StrategyDocument doc) {
        return plain(doc.getHeader().getStatus());
    }

    /** Whether the document is final; anything else ("Draft", "Living") is marked on every slide. */
    public static boolean isFinal(StrategyDocument doc) {
        String status = plain(doc.getHeader().getStatus()).toLowerCase(Locale.ROOT);
        return status.equals("final") || status.equals("approved");
    }
}
