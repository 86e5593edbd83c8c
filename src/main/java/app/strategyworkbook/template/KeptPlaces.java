package app.strategyworkbook.template;

import java.util.Map;
import java.util.Optional;

/**
 * Where text a file had that the app could not place ({@code KeptBlock}) stands. Its anchor names the field it
 * followed by the field's key ("mission"), a "#" and a subheading's key for text right under that heading
 * ("#market"), or one of a few places that are no field: the title's line, the end of the header or footer, the list
 * of market sizes, the competitor table's label. The window shows kept text by the field named here.
 */
public final class KeptPlaces {
    /** Places that are no field, and the field whose place they share, by part. */
    private static final Map<String, TemplateField> PLACES = Map.of(
            "start", Template.TITLE,
            "title", Template.TITLE,
            "header", Template.RELATED_DOCUMENTS,
            "footer", Template.OWNER,
            "marketSize", Template.SOM,
            "directCompetitors", Template.COMPETITORS);

    /** Anchors earlier versions gave two fields, read as the fields' keys. */
    private static final Map<String, String> RENAMED = Map.of("why", "whyItMatters", "indirect",
            "indirectCompetitors");

    private KeptPlaces() {
    }

    /** The anchor as this version names it: an anchor an earlier version wrote for a field is its key now. */
    public static String current(String anchor) {
        return RENAMED.getOrDefault(anchor, anchor);
    }

    /**
     * Gives the kept text of every part and item of {@code doc} this version's anchors: a file written by an earlier
     * version names two fields otherwise, and its text would no longer stand by them.
     */
    public static void renameEarlierAnchors(app.strategyworkbook.model.StrategyDocument doc) {
        java.util.List<app.strategyworkbook.model.Part> parts = new java.util.ArrayList<>();
        parts.add(doc.getDocumentKept());
        for (DocumentPart part : DocumentPart.values()) {
            parts.add(part.keeping(doc));
            for (TemplateField field : Template.fieldsOf(part)) {
                if (field.kind() == Kind.ITEMS) {
                    field.rows(part.in(doc)).forEach(item -> {
                        if (item instanceof app.strategyworkbook.model.Part itemPart) {
                            parts.add(itemPart);
                        }
                    });
                }
            }
        }
        for (var part : parts) {
            for (var block : part.getKept()) {
                block.setAfter(current(block.getAfter()));
            }
        }
    }

    /**
     * The field kept text at {@code anchor} follows, or stands above when the anchor is a subheading ("#market"),
     * among the fields of {@code part}; empty for text right under the part's own heading or after all its fields.
     */
    public static Optional<TemplateField> field(DocumentPart part, String anchor) {
        String name = current(anchor.startsWith("#") ? anchor.substring(1) : anchor);
        if (anchor.startsWith("#")) {
            return Template.all().stream().filter(f -> f.part() == part && f.subheading() != null
                    && f.subheading().key().equals(name)).findFirst();
        }
        TemplateField place = PLACES.get(name);
        if (place != null) {
            return Optional.of(place);
        }
        return Template.field(part, name);
    }
}
