package app.strategyworkbook.format;

import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.Competitor;
import app.strategyworkbook.model.CustomerSegment;
import app.strategyworkbook.model.GuidanceGroup;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.PriorityHire;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random strategies for the property tests. Text is drawn from letters, accents, digits and the characters Markdown
 * gives meaning to ({@code | * # [ ] _ - > < ` : \}), with line breaks inside multi-line fields.
 *
 * <p>Where the format itself puts text in one line (headings, the name before a colon, a table's level cells) the
 * generator gives one line, and it does not write the few separators a field's own form is built from: a headcount
 * with " - " in it, a metric target ending in "(currently …)", a segment label with a colon. Those are the format's
 * rules, documented in the README.
 */
public final class StrategyArbitraries {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 "
            + "éèüöäßñçøÅ€£¥ |*#[]_->`:\\.,;!?()'\"/&%+=~";

    private StrategyArbitraries() {
    }

    public static Arbitrary<StrategyDocument> documents() {
        return Arbitraries.longs().map(seed -> new Builder(new Random(seed)).document());
    }

    /** Builds one document from a seed, so a failing case shrinks to its seed and can be replayed. */
    static final class Builder {
        private final Random random;

        Builder(Random random) {
            this.random = random;
        }

        String line() {
            return text(false);
        }

        String lines() {
            return text(true);
        }

        /** Empty (a field not filled in) one time in five. */
        String field(boolean multiLine) {
            return random.nextInt(5) == 0 ? "" : text(multiLine);
        }

        private String text(boolean multiLine) {
            int length = 1 + random.nextInt(multiLine ? 60 : 30);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < length; i++) {
                if (multiLine && random.nextInt(12) == 0) {
                    out.append('\n');
                } else {
                    out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            // Fields hold trimmed lines: the format, like Markdown, does not keep space at a line's ends.
            String normal = out.toString().lines().map(String::strip).filter(l -> !l.isEmpty())
                    .reduce((a, b) -> a + "\n" + b).orElse("");
            return normal.isEmpty() ? "x" : normal;
        }

        <T> void fill(List<T> list, int max, Supplier<T> item) {
            int n = random.nextInt(max + 1);
            for (int i = 0; i < n; i++) {
                list.add(item.get());
            }
        }

        NamedItem named() {
            NamedItem item = new NamedItem();
            item.setName(random.nextInt(6) == 0 ? "" : line());
            item.setDescription(field(true));
            return item;
        }

        StrategyDocument document() {
            StrategyDocument d = new StrategyDocument();
            d.getHeader().setTitle(random.nextInt(8) == 0 ? "" : line());
            d.getHeader().setStatus(field(false));
            d.getHeader().setUpdateFrequency(field(false));
            d.getHeader().setPrimaryRoles(field(true));
            d.getHeader().setRelatedDocuments(field(true));
            d.getPurpose().setText(field(true));
            d.getOverview().setMission(field(true));
            d.getOverview().setVision(field(true));
            fill(d.getOverview().getValues(), 6, this::named);

            var c = d.getContext();
            c.setTargetMarket(field(true));
            c.setTam(field(false));
            c.setSam(field(false));
            c.setSom(field(false));
            fill(c.getTrends(), 4, () -> field(true));
            fill(c.getCompetitors(), 4, () -> {
                Competitor k = new Competitor();
                k.setName(field(true));
                k.setStrength(field(true));
                k.setWeakness(field(true));
                k.setDifferentiation(field(true));
                return k;
            });
            fill(c.getIndirectCompetitors(), 3, () -> field(true));

            fill(d.getPillars().getPillars(), 5, () -> {
                Pillar p = new Pillar();
                p.setName(field(false));
                p.setDescription(field(true));
                p.setWhyItMatters(field(true));
                fill(p.getInitiatives(), 4, () -> field(true));
                fill(p.getMetrics(), 3, () -> {
                    PillarMetric m = new PillarMetric();
                    m.setName(random.nextInt(6) == 0 ? "" : line());
                    m.setTarget(field(false).replace("(currently", "(now"));
                    m.setCurrent(field(false).replace(")", "]"));
                    return m;
                });
                return p;
            });
            fill(d.getSegments().getSegments(), 3, () -> {
                CustomerSegment s = new CustomerSegment();
                s.setLabel(line().replace(":", ";"));
                s.setName(field(false));
                s.setWho(field(true));
                fill(s.getPainPoints(), 3, () -> field(true));
                s.setSolution(field(true));
                s.setRevenueModel(field(true));
                return s;
            });

            var g = d.getGoToMarket();
            g.setSalesMotion(field(true));
            fill(g.getChannels(), 3, this::named);
            fill(g.getSalesCycle(), 4, this::named);
            g.setBrandPosition(field(true));
            fill(g.getKeyMessages(), 3, () -> field(true));
            g.setContentStrategy(field(true));
            fill(g.getPartners(), 3, this::named);

            var p = d.getProduct();
            p.setPortfolio(field(true));
            fill(p.getCorePlatform(), 3, this::named);
            fill(p.getAdjacencies(), 3, () -> field(true));
            fill(p.getBuild(), 3, () -> field(true));
            fill(p.getBuy(), 2, () -> field(true));
            fill(p.getPartner(), 3, () -> field(true));

            var t = d.getTechnology();
            fill(t.getPrinciples(), 5, this::named);
            t.setApproach(field(true));
            fill(t.getCoreTechnologies(), 4, this::named);
            t.setDebtPhilosophy(field(true));
            t.setDebtAllocation(field(true));

            var r = d.getResources();
            fill(r.getAllocations(), 6, () -> {
                Allocation a = new Allocation();
                a.setArea(field(true));
                a.setInvestment(field(false));
                a.setRationale(field(true));
                return a;
            });
            r.setCurrentTeamSize(field(true));
            r.setTargetTeamSize(field(true));
            fill(r.getPriorityHires(), 3, () -> {
                PriorityHire h = new PriorityHire();
                h.setRole(random.nextInt(6) == 0 ? "" : line());
                h.setHeadcount(field(false).replace(" - ", " / ").replace("-", "~"));
                h.setReason(field(true));
                return h;
            });

            fill(d.getRisks().getRisks(), 5, () -> {
                Risk k = new Risk();
                k.setRisk(field(true));
                k.setLikelihood(field(false));
                k.setImpact(field(false));
                k.setMitigation(field(true));
                k.setOwner(random.nextInt(3) == 0 ? field(true) : "");
                k.setScore(random.nextInt(4) == 0 ? line() : "");
                return k;
            });
            // Markdown states a strategy's scales by the levels it gives, which is what a strategy read from it has.
            d.getRisks().scales(
                    app.strategyworkbook.template.RiskScales.infer(d.getRisks().getRisks().stream()
                            .map(Risk::getLikelihood).toList(), app.strategyworkbook.model.RiskScale.LIKELIHOOD),
                    app.strategyworkbook.template.RiskScales.infer(d.getRisks().getRisks().stream()
                            .map(Risk::getImpact).toList(), app.strategyworkbook.model.RiskScale.IMPACT));

            var s = d.getSuccess();
            s.getOneYear().setDate(field(false).replace(",", ";"));
            fill(s.getOneYear().getMetrics(), 4, this::named);
            s.getThreeYear().setDate(field(false).replace(",", ";"));
            fill(s.getThreeYear().getMetrics(), 4, this::named);

            fill(d.getGuidance().getGroups(), 3, () -> {
                GuidanceGroup group = new GuidanceGroup();
                group.setAudience(field(false));
                fill(group.getItems(), 3, this::named);
                return group;
            });

            d.getFooter().setLastMajorUpdate(field(false));
            d.getFooter().setNextReview(field(false));
            d.getFooter().setOwner(field(true));
            for (String key : List.of("values", "market", "competition", "pillar-1", "pillar-2", "risks", "success")) {
                if (random.nextInt(4) == 0) {
                    d.getPresentation().getHiddenSlides().add(key);
                }
            }
            return d;
        }
    }
}
