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
