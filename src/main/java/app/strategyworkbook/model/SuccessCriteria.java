package app.strategyworkbook.model;

import com.fasterxml.jackson.annotation.JsonProperty;


/** 1-year and 3-year success. */
public final class SuccessCriteria extends Section {
    @JsonProperty private final SuccessHorizon oneYear = new SuccessHorizon();
    @JsonProperty private final SuccessHorizon threeYear = new SuccessHorizon();

    public SuccessHorizon getOneYear() { return oneYear; }
    public SuccessHorizon getThreeYear() { return threeYear; }
}
