package app.strategyworkbook.format;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two file formats, told apart by the file name's extension. */
public enum FileFormat {
    MARKDOWN("Markdown", ".md", ".markdown"),
    JSON("JSON", ".json");

    private final String label;
    private final String[] extensions;

    FileFormat(String label, String... extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    public String label() {
        return label;
    }

    public static Optional<FileFormat> of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (FileFormat format : values()) {
            for (String ext : format.extensions) {
                if (n.endsWith(ext)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
