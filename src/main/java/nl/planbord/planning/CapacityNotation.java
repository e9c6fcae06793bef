package nl.planbord.planning;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.YearSpan;

/**
 * Reads and writes capacity lines as the programme document writes them:
 * "2-4 uur per week van beleidsmedewerkers sociaal domein van de vijf gemeenten",
 * "3 tot 4 uur per week van ...", "2 uur per maand voor de dataspecialisten".
 * Tolerates scan noise (bullets, "3'tot 4", "vijff"); the sentence it writes means the same.
 */
public final class CapacityNotation {

    private static final String[] NUMBER_WORDS =
            {"", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"};

    private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(
            Map.entry("een", 1), Map.entry("één", 1), Map.entry("twee", 2), Map.entry("drie", 3),
            Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7),
            Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10), Map.entry("elf", 11),
            Map.entry("twaalf", 12));

    private static final String NUMBER = "[0-9]+(?:[.,][0-9]+)?";
    private static final Pattern SENTENCE = Pattern.compile(
            "^(?<min>" + NUMBER + ")(?:\\s*(?:-|tot|à|a|t/m)\\s*(?<max>" + NUMBER + "))?\\s*(?:uur|u)\\s+(?:per|p/|/)\\s*(?<unit>week|wk|maand|mnd)\\b\\s*(?<rest>.*)$");
    private static final Pattern ORGANISATIONS = Pattern.compile(
            "^(?<role>.*?)\\s*,?\\s+(?:van|bij|voor|uit)\\s+(?:alle\\s+)?(?:de\\s+)?(?<count>[\\p{L}0-9]+)\\s+(?:de\\s+)?(?:gemeenten|gemeentes|organisaties)$");
    private static final Pattern HEADER_YEARS = Pattern.compile("((?:19|20|21)[0-9]{2})(?:\\s*[-\u2013/]\\s*((?:19|20|21)[0-9]{2}))?");

    private CapacityNotation() {
    }

    /** The parts of a sentence, before an id and period are given to it. */
    public record Parsed(String role, double minHours, double maxHours, HoursUnit unit, int organisations) {

        public CapacityEstimate toEstimate(UUID id, YearSpan period, String note) {
            return new CapacityEstimate(id, role, minHours, maxHours, unit, organisations, period, note);
        }
    }

    public static CapacityEstimate parse(String sentence, YearSpan period) {
        return parseSentence(sentence).toEstimate(UUID.randomUUID(), period, "");
    }

    public static Parsed parseSentence(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            throw new NotationException("De capaciteitsregel is leeg: schrijf bijvoorbeeld '2-4 uur per week van beleidsmedewerkers'");
        }
        String original = sentence.strip().replaceAll("\\s+", " ");
        String t = normalise(sentence);
        Matcher m = SENTENCE.matcher(t);
        if (!m.matches()) {
            if (!t.matches("^[0-9].*")) {
                throw new NotationException("'" + original + "': begint niet met een aantal uren (bijvoorbeeld '2-4 uur per week')");
            }
            if (!t.matches(".*\\b(uur|u)\\b.*")) {
                throw new NotationException("'" + original + "': het woord 'uur' ontbreekt (bijvoorbeeld '2-4 uur per week')");
            }
            throw new NotationException("'" + original + "': zeg per week of per maand (bijvoorbeeld '2-4 uur per week')");
        }
        double min = number(m.group("min"));
        double max = m.group("max") == null ? min : number(m.group("max"));
        if (max < min) {
            throw new NotationException("'" + original + "': het minimum (" + formatHours(min) + ") is groter dan het maximum (" + formatHours(max) + ")");
        }
        if (max > 168) {
            throw new NotationException("'" + original + "': " + formatHours(max) + " uur per " + unitOf(m.group("unit")).word() + " is meer dan mogelijk");
        }
        HoursUnit unit = unitOf(m.group("unit"));
        String rest = m.group("rest").strip();
        int organisations = 1;
        Matcher o = ORGANISATIONS.matcher(rest);
        if (o.matches()) {
            Optional<Integer> count = countOf(o.group("count"));
            if (count.isPresent()) {
                organisations = count.get();
                rest = o.group("role");
            }
        }
        String role = rest.replaceFirst("^(?:van|voor|bij|door|uit)\\s+", "")
                .replaceFirst("^(?:de|het)\\s+", "")
                .replaceAll("[\\s.,;:]+$", "")
                .strip();
        if (role.isEmpty() || !role.matches(".*\\p{L}.*")) {
            throw new NotationException("'" + original + "': er staat niet bij van wie de uren zijn (de rol ontbreekt)");
        }
        return new Parsed(restoreCase(role, original), min, max, unit, organisations);
    }

    /**
     * A line read from a sentence (a document, a workbook, a paste), keeping the sentence as its
     * wording when it says the line in words of its own (see {@link #wordingOf}).
     */
    public static CapacityEstimate read(String sentence, UUID id, YearSpan period, String note) {
        CapacityEstimate e = parseSentence(sentence).toEstimate(id, period, note);
        return e.withWording(wordingOf(sentence, e));
    }

    /**
     * The sentence to write for a line: its own wording while it has one (the document's "3 tot 4
     * uur per week van ... van de vijf gemeenten"), else the canonical form ({@link #format}).
     */
    public static String sentence(CapacityEstimate e) {
        return e.wording().isEmpty() ? format(e) : e.wording();
    }

    /**
     * The wording a line read from {@code sentence} keeps: the sentence without its bullet and with
     * its line breaks as single spaces, when it reads as {@code e} and is not the canonical form
     * already; empty for scan noise ("3'tot 4", "vijff", a stray letter before the figures), which
     * is written canonically.
     */
    public static String wordingOf(String sentence, CapacityEstimate e) {
        if (sentence == null) {
            return "";
        }
        String t = sentence.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip()
                .replaceFirst("^[•*·\\-–]\\s*(?=[0-9])", "");
        if (t.isEmpty() || t.equals(format(e)) || !t.matches("[0-9].*") || t.matches(".*[0-9]\\s*['’`].*")) {
            return "";
        }
        if (e.organisations() > 1 && !t.toLowerCase(Locale.ROOT).matches(".*\\b(" + countWord(e.organisations()) + "|" + e.organisations() + ")\\b.*")) {
            return "";
        }
        return says(t, e) ? t : "";
    }

    /** Whether the sentence reads as this line (role, hours, unit and organisations; the period is not in a sentence). */
    public static boolean says(String sentence, CapacityEstimate e) {
        try {
            Parsed p = parseSentence(sentence);
            return p.role().equals(e.role()) && p.minHours() == e.minHours() && p.maxHours() == e.maxHours() && p.unit() == e.unit()
                    && p.organisations() == e.organisations();
        } catch (NotationException x) {
            return false;
        }
    }

    /** The sentence in the canonical form ("2-4 uur per week van ... van de vijf gemeenten"), whatever the line's own wording. */
    public static String format(CapacityEstimate e) {
        StringBuilder s = new StringBuilder();
        s.append(formatHours(e.minHours(), e.maxHours())).append(" uur per ").append(e.unit().word())
                .append(" van ").append(e.role());
        if (e.organisations() > 1) {
            s.append(" van de ").append(countWord(e.organisations())).append(" gemeenten");
        }
        return s.toString();
    }

    public static String formatHours(double min, double max) {
        return min == max ? formatHours(min) : formatHours(min) + "-" + formatHours(max);
    }

    public static String formatHours(double h) {
        BigDecimal d = BigDecimal.valueOf(h).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        return d.toPlainString().replace('.', ',');
    }

    public static String countWord(int n) {
        return n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : Integer.toString(n);
    }

    /** The years of a capacity column header: "Capaciteit totaal (2026-2027)" gives 2026-2027. */
    public static Optional<YearSpan> periodOfHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_YEARS.matcher(header);
        if (!m.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        if (last < first) {
            return Optional.empty();
        }
        return Optional.of(new YearSpan(first, last));
    }

    private static HoursUnit unitOf(String word) {
        return word.startsWith("w") ? HoursUnit.PER_WEEK : HoursUnit.PER_MONTH;
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }

    private static Optional<Integer> countOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("[0-9]{1,6}")) {
            return Optional.of(Integer.parseInt(w));
        }
        if (w.matches("[0-9]+")) {
            return Optional.empty(); // too many to be organisations
        }
        if (WORD_NUMBERS.containsKey(w)) {
            return Optional.of(WORD_NUMBERS.get(w));
        }
        // scans double letters ("vijff"): compare with doubles collapsed on both sides
        String squeezed = squeeze(w);
        for (Map.Entry<String, Integer> e : WORD_NUMBERS.entrySet()) {
            if (squeeze(e.getKey()).equals(squeezed)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static String squeeze(String w) {
        return w.replaceAll("(\\p{L})\\1+", "$1");
    }

    /** The role keeps the document's capitals (BW/MO), though matching was done in lower case. */
    private static String restoreCase(String lowerRole, String original) {
        int at = original.toLowerCase(Locale.ROOT).indexOf(lowerRole);
        return at >= 0 ? original.substring(at, at + lowerRole.length()) : lowerRole;
    }

    static String normalise(String s) {
        String t = s.toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ')
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("\\s+", " ")
                .strip();
        // bullets and scan debris before the first figure: "•", "*", "«", "e ", "c "
        t = t.replaceFirst("^(?:[•*«»·\\-]|[a-z](?=\\s))[\\s•*«»·\\-]*(?=[0-9])", "");
        t = t.replaceAll("([0-9])\\s*['’`]\\s*(tot|-)", "$1 $2");
        t = t.replaceAll("([0-9])\\s*-\\s*([0-9])", "$1-$2");
        return t.strip();
    }
}
