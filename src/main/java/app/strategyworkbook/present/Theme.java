package app.strategyworkbook.present;

import java.util.List;

/** The slides' colours, light or dark (T switches while presenting); every output takes them from here. */
public record Theme(Colour background, Colour text, Colour muted, Colour accent, Colour onAccent, Colour surface,
                    Colour rule, Colour draft) {

    public static final Theme LIGHT = new Theme(Colour.of("#FFFFFF"), Colour.of("#1F2328"), Colour.of("#57606A"),
            Colour.of("#0969DA"), Colour.of("#FFFFFF"), Colour.of("#F3F6FA"), Colour.of("#D0D7DE"),
            Colour.of("#9A6700"));
    public static final Theme DARK = new Theme(Colour.of("#0D1117"), Colour.of("#E6EDF3"), Colour.of("#9AA4AE"),
            Colour.of("#58A6FF"), Colour.of("#0D1117"), Colour.of("#161B22"), Colour.of("#30363D"),
            Colour.of("#D29922"));

    /** Okabe-Ito colours, told apart by people with colour-blindness too, as the editor's pie uses. */
    private static final List<Colour> AREAS = List.of(Colour.of("#0072B2"), Colour.of("#E69F00"),
            Colour.of("#009E73"), Colour.of("#CC79A7"), Colour.of("#56B4E9"), Colour.of("#D55E00"),
            Colour.of("#F0E442"), Colour.of("#7F7F7F"));
    /** Grey, kept for what is not allocated. */
    public static final Colour UNALLOCATED = Colour.of("#BBBBBB");
    /** Matrix cells from low to severe, as the editor shades them. */
    static final List<Colour> SEVERITY = List.of(Colour.of("#FFF7BC"), Colour.of("#FEE391"), Colour.of("#FEC44F"),
            Colour.of("#FE9929"), Colour.of("#D95F0E"));
    /** Severity in words, by the sum of the levels' positions: words first, so colour is never the only cue. */
    static final List<String> SEVERITY_WORDS = List.of("Low", "Low", "Moderate", "High", "Severe", "Severe");

    public static Theme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** The colour of the {@code index}th area of the allocation. */
    public static Colour area(int index) {
        return AREAS.get(index % AREAS.size());
    }

    static Colour severity(int score) {
        return SEVERITY.get(Math.max(0, Math.min(score, SEVERITY.size() - 1)));
    }

    /** Dark text on the light cells, white on the two darkest. */
    static Colour onSeverity(int score) {
        return score >= 4 ? Colour.of("#FFFFFF") : Colour.of("#1F2328");
    }
}
