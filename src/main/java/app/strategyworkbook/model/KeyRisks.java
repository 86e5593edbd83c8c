package app.strategyworkbook.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.OptionalInt;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The key risks and mitigation section, and the scales its likelihoods and impacts are given on: the template's
 * (Low to High, Low to Critical) unless the strategy states others, lowest first ("Rare" … "Almost certain", or "1" to
 * "5"), as a file written its own way does.
 */
public final class KeyRisks extends Section {
    @JsonProperty private final TableLayout riskTable = new TableLayout();
    private final ObservableList<Risk> risks = FXCollections.observableArrayList();
    private final ObservableList<String> likelihoodScale = FXCollections.observableArrayList();
    private final ObservableList<String> impactScale = FXCollections.observableArrayList();

    /** The risks whose score is followed ({@link #followScore}), each once however often it is moved. */
    private final java.util.Set<Risk> followed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    public KeyRisks() {
        risks.addListener((javafx.collections.ListChangeListener<Risk>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::followScore);
            }
        });
    }

    /**
     * On a register of numbered levels (1–5), a score that is likelihood × impact stays so when either level changes:
     * the user moves a risk from 3 × 3 to 4 × 3 and its score goes from 9 to 12 in the same step, which an undo takes
     * back together. A score of the user's own (one that was not the product, or in words) is left as it is.
     */
    private void followScore(Risk risk) {
        if (!followed.add(risk)) {
            return;
        }
        risk.likelihoodProperty().addListener((obs, was, now) -> rescore(risk, was, risk.getImpact()));
        risk.impactProperty().addListener((obs, was, now) -> rescore(risk, risk.getLikelihood(), was));
    }

    private void rescore(Risk risk, String likelihoodWas, String impactWas) {
        OptionalInt before = product(likelihoodWas, impactWas);
        OptionalInt after = product(risk);
        String score = risk.getScore().strip();
        if (before.isPresent() && after.isPresent() && score.matches("\\d{1,3}")
                && Integer.parseInt(score) == before.getAsInt()) {
            risk.setScore(String.valueOf(after.getAsInt()));
        }
    }

    /** A risk's likelihood × impact, where both are levels of numbered scales (1 to n); empty otherwise. */
    public OptionalInt product(Risk risk) {
        return product(risk.getLikelihood(), risk.getImpact());
    }

    /** Likelihood × impact where both are levels of numbered scales (1 to n): what a 1–5 register's score is. */
    private OptionalInt product(String likelihood, String impact) {
        RiskScale l = likelihoodScale();
        RiskScale i = impactScale();
        OptionalInt a = l.position(likelihood);
        OptionalInt b = i.position(impact);
        if (!l.levels().get(0).equals("1") || !i.levels().get(0).equals("1") || a.isEmpty() || b.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((a.getAsInt() + 1) * (b.getAsInt() + 1));
    }

    public TableLayout getRiskTable() { return riskTable; }
    public ObservableList<Risk> getRisks() { return risks; }
    /** The likelihood's levels as stated, lowest first; empty for the template's. */
    public ObservableList<String> getLikelihoodScale() { return likelihoodScale; }
    /** The impact's levels as stated, lowest first; empty for the template's. */
    public ObservableList<String> getImpactScale() { return impactScale; }

    /** The scale likelihoods are read on. */
    public RiskScale likelihoodScale() {
        return likelihoodScale.size() >= 2 ? RiskScale.of(likelihoodScale) : RiskScale.LIKELIHOOD;
    }

    /** The scale impacts are read on. */
    public RiskScale impactScale() {
        return impactScale.size() >= 2 ? RiskScale.of(impactScale) : RiskScale.IMPACT;
    }

    /** Where a risk's likelihood stands on the scale, 0 the lowest; empty when it is no level of it. */
    public OptionalInt likelihood(Risk risk) {
        return likelihoodScale().position(risk.getLikelihood());
    }

    /** Where a risk's impact stands on the scale, 0 the lowest; empty when it is no level of it. */
    public OptionalInt impact(Risk risk) {
        return impactScale().position(risk.getImpact());
    }

    /** States the scales, or (for the template's) leaves them unstated. */
    public void scales(RiskScale likelihoods, RiskScale impacts) {
        likelihoodScale.setAll(likelihoods.equals(RiskScale.LIKELIHOOD) ? java.util.List.of() : likelihoods.levels());
        impactScale.setAll(impacts.equals(RiskScale.IMPACT) ? java.util.List.of() : impacts.levels());
    }
}
