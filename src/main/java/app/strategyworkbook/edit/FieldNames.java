package app.strategyworkbook.edit;

import javafx.beans.property.ReadOnlyProperty;

/** A field's name for the Edit menu, from the model property's own name: "whyItMatters" reads "Why It Matters". */
final class FieldNames {
    private FieldNames() {
    }

    static String of(ReadOnlyProperty<?> property) {
        String name = property.getName();
        if (name == null || name.isEmpty()) {
            return "a field";
        }
        StringBuilder out = new StringBuilder().append(Character.toUpperCase(name.charAt(0)));
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append(' ');
            }
            out.append(c);
        }
        return out.toString();
    }
}
