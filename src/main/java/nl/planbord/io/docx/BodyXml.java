package nl.planbord.io.docx;

/**
 * A document body's content written as WordprocessingML text, the same markup XWPF and XMLBeans
 * would save for it. For a table of thousands of rows this is many times faster than an XMLBeans
 * append for every cell, its properties, paragraph, run and text, and the saving of that tree
 * afterwards ({@link WordWriter} puts the markup into the body POI saves).
 *
 * <p>Texts are escaped as XMLBeans saves them: characters XML 1.0 does not allow become "?", a
 * carriage return a character reference (a parser would read a literal one as a newline), "&gt;"
 * only after "]]".
 */
final class BodyXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final StringBuilder s = new StringBuilder(1 << 16);

    /** Markup as is; the caller makes it well-formed. */
    BodyXml raw(String markup) {
        s.append(markup);
        return this;
    }

    BodyXml number(long n) {
        s.append(n);
        return this;
    }

    /** Text content, escaped as XMLBeans saves it. */
    BodyXml text(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append(i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']' ? "&gt;" : ">");
                case '\r' -> s.append("&#13;");
                case '\t', '\n' -> s.append(c);
                default -> i = allowed(s, text, i);
            }
        }
        return this;
    }

    /**
     * Appends the character at {@code i} of {@code text} as XML 1.0 allows it (a pair of surrogates
     * whole, anything XML does not allow as "?"); the index of the last character taken.
     */
    static int allowed(StringBuilder s, CharSequence text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            s.append('?');
        } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            s.append(c).append(text.charAt(++i));
        } else if (Character.isSurrogate(c)) {
            s.append('?');
        } else {
            s.append(c);
        }
        return i;
    }

    /** An attribute value, escaped. */
    BodyXml attr(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '"' -> s.append("&quot;");
                case '\t' -> s.append("&#9;");
                case '\n' -> s.append("&#10;");
                case '\r' -> s.append("&#13;");
                default -> s.append(c < 0x20 || Character.isSurrogate(c) || c >= 0xFFFE ? '?' : c);
            }
        }
        return this;
    }

    /** A run with the text, as {@code XWPFRun.setText} makes it (space preserved when the text starts or ends with white space). */
    BodyXml run(String text) {
        s.append("<w:r>");
        t(text, preserves(text));
        s.append("</w:r>");
        return this;
    }

    /** A w:t element; {@code <w:t/>} for an empty text. */
    BodyXml t(String text, boolean preserve) {
        if (text.isEmpty() && !preserve) {
            s.append("<w:t/>");
            return this;
        }
        s.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        text(text);
        s.append("</w:t>");
        return this;
    }

    /** Whether XWPFRun.setText marks the text to keep its spaces. */
    static boolean preserves(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /** A paragraph of the style (null: none), a line break for each newline, as {@link DocumentLayout#paragraph}. */
    BodyXml paragraph(String style, String text) {
        s.append("<w:p>");
        if (style != null) {
            s.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        lineRuns(text);
        s.append("</w:p>");
        return this;
    }

    /** A run a line, the lines after the first starting with a break. */
    BodyXml lineRuns(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            s.append("<w:r>");
            if (i > 0) {
                s.append("<w:br/>");
            }
            t(lines[i], preserves(lines[i]));
            s.append("</w:r>");
        }
        return this;
    }

    /** A text of several lines: a paragraph a line, as {@link DocumentLayout#lines}. */
    BodyXml lines(String text) {
        if (text.isEmpty()) {
            return this;
        }
        for (String line : text.split("\n", -1)) {
            paragraph(null, line);
        }
        return this;
    }

    /** The markup so far. */
    String markup() {
        return s.toString();
    }
}
