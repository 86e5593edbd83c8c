package app.strategyworkbook.template;

import app.strategyworkbook.model.KeptBlock;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;

/**
 * Puts the values of one document into another of the same strategy, keeping the objects of the one written into
 * wherever the two line up (a field, a row, a pillar, a kept block): edits restored after a crash go into the file
 * as read from disk, so the save changes only what was edited, as if they had been made there. Rows that do not line
 * up (some added or removed) are taken over whole. The caller checks the result is the same document.
 */
public final class CopyInto {
    private CopyInto() {
    }

    public static void copy(StrategyDocument from, StrategyDocument into) {
        for (DocumentPart part : DocumentPart.values()) {
            Object source = part.in(from);
            Object target = part.in(into);
            for (TemplateField field : Template.fieldsOf(part)) {
                copy(field, source, target);
            }
            kept(part.keeping(from), part.keeping(into));
        }
        kept(from.getDocumentKept(), into.getDocumentKept());
        replace(from.getPresentation().getHiddenSlides(), into.getPresentation().getHiddenSlides());
    }

    private static void copy(TemplateField field, Object from, Object into) {
        if (field.kind().isText()) {
            field.text(into).set(field.text(from).get());
            return;
        }
        ObservableList<Object> source = field.rows(from);
        ObservableList<Object> target = field.rows(into);
        if (source.size() != target.size() || !source.isEmpty() && source.get(0) instanceof String) {
            replace(source, target);
            return;
        }
        for (int i = 0; i < source.size(); i++) {
            Object row = source.get(i);
            for (TemplateField column : field.columns()) {
                copy(column, row, target.get(i));
            }
            if (row instanceof Part part) {
                kept(part, (Part) target.get(i));
            }
            if (row instanceof TableRow cells) {
                replace(cells.getExtraCells(), ((TableRow) target.get(i)).getExtraCells());
            }
        }
    }

    /** Kept text block by block where there are as many, else all of it. */
    private static void kept(Part from, Part into) {
        List<KeptBlock> source = from.getKept();
        List<KeptBlock> target = into.getKept();
        if (source.size() != target.size()) {
            into.getKept().setAll(new ArrayList<>(source));
            return;
        }
        for (int i = 0; i < source.size(); i++) {
            target.get(i).setAfter(source.get(i).getAfter());
            target.get(i).setMarkdown(source.get(i).getMarkdown());
        }
    }

    private static <T> void replace(List<T> from, ObservableList<T> into) {
        if (!from.equals(into)) {
            into.setAll(new ArrayList<>(from));
        }
    }
}
