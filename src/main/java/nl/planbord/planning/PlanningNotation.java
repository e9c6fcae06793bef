package nl.planbord.planning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.planbord.model.Planning;
import nl.planbord.model.Quarter;

/**
 * Reads and writes planning as programme documents write it: "Q1 2026", "Q1 & Q2 2026",
 * "Q1 2026 - Q2 2027", "Q1 t/m Q3 2026", "H1 2026", "2026", "nov 2019 - mrt 2020", "doorlopend", and
 * "te plannen" (not planned yet).
 * Copes with the noise of pasted and scanned tables ("Q12026", stray bullets, odd dashes).
 * Formatting is canonical, so parse(format(p)) equals p.
 */
public final class PlanningNotation {

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private static final String[] MONTH_ABBREVIATIONS =
            {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};

    private static final Map<String, Integer> MONTH_WORDS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("januari", 1),
            Map.entry("feb", 2), Map.entry("februari", 2),
            Map.entry("mrt", 3), Map.entry("maart", 3), Map.entry("mar", 3), Map.entry("maa", 3),
            Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("mei", 5),
            Map.entry("jun", 6), Map.entry("juni", 6),
            Map.entry("jul", 7), Map.entry("juli", 7),
            Map.entry("aug", 8), Map.entry("augustus", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("okt", 10), Map.entry("oktober", 10), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12));

    private static final Pattern GLUED_QUARTER_YEAR = Pattern.compile("\\b([qh])\\s?([0-9])\\s?((?:19|20|21)[0-9]{2})\\b");
    private static final Pattern GLUED_PERIOD = Pattern.compile("\\b([qh])\\s+([0-9])\\b");
    // normalise's steps, compiled once (a workbook of 100,000 actions parses as many plannings)
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern BULLETS = Pattern.compile("^(?:[\\s•*«»·]|[oec](?=\\s))+");
    private static final Pattern BARS = Pattern.compile("^[|\\s]+|[|\\s]+$");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.;:]+$");
    private static final Pattern KWARTAAL = Pattern.compile("\\bkwartaal\\s*([1-4])");
    private static final Pattern KW = Pattern.compile("\\bkw\\s*([1-4])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LETTER_DIGIT = Pattern.compile("\\b([qh])([0-9])");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern TOKEN = Pattern.compile("t/m|tot en met|[a-z]+|[0-9]+|[&,+/-]|\\S");

    /** How "te plannen" is written: an action not planned yet. */
    public static final String UNPLANNED_WORDS = "te plannen";

    private PlanningNotation() {
    }

    // ---------------------------------------------------------------- format

    public static String format(Planning p) {
        return switch (p.granularity()) {
            case ONGOING -> "doorlopend";
            case UNPLANNED -> UNPLANNED_WORDS;
            case QUARTER -> formatQuarters(Quarter.containing(p.firstMonth()), Quarter.containing(p.lastMonth()));
            case MONTH -> formatMonths(p.firstMonth(), p.lastMonth());
        };
    }

    private static String formatQuarters(Quarter f, Quarter l) {
        if (f.equals(l)) {
            return f.toString();
        }
        if (f.quarter() == 1 && l.quarter() == 4) {
            return f.year() == l.year() ? Integer.toString(f.year()) : f.year() + " - " + l.year();
        }
        if (f.year() == l.year()) {
            int span = l.quarter() - f.quarter() + 1;
            String joiner = span == 2 ? " & " : " t/m ";
            return "Q" + f.quarter() + joiner + "Q" + l.quarter() + " " + f.year();
        }
        return f + " - " + l;
    }

    private static String formatMonths(YearMonth f, YearMonth l) {
        if (f.equals(l)) {
            return monthName(f) + " " + f.getYear();
        }
        if (f.getYear() == l.getYear()) {
            return monthName(f) + " - " + monthName(l) + " " + l.getYear();
        }
        return monthName(f) + " " + f.getYear() + " - " + monthName(l) + " " + l.getYear();
    }

    private static String monthName(YearMonth m) {
        return MONTH_ABBREVIATIONS[m.getMonthValue() - 1];
    }

    public static String format(Quarter q) {
        return q.toString();
    }

    // ---------------------------------------------------------------- the source's own spelling

    /** The planning of an action as it is written: its source's own spelling while it has one, else the canonical form. */
    public static String written(nl.planbord.model.Action a) {
        return a.planningWording().isEmpty() ? format(a.planning()) : a.planningWording();
    }

    /** One word of a planning as documents spell it: "Q2", "H1", "2026", "2026-2027", "en", "t/m", "mrt", "Doorlopend". */
    private static final Pattern SPELLED_WORD = Pattern.compile(
            "(?:Q[1-4]|H[12]|[Kk]w(?:artaal)?|[1-4]|(?:19|20|21)[0-9]{2}|(?:Q[1-4]|H[12])[-\u2013/](?:Q[1-4]|H[12])"
            + "|(?:19|20|21)[0-9]{2}[-\u2013](?:19|20|21)[0-9]{2}|&|\\+|en|tot|met|t/m|-|\u2013|[Dd]oorlopend|[Cc]ontinu|[Gg]ehele|periode"
            + "|(?i:jan|januari|feb|februari|mrt|maart|apr|april|mei|jun|juni|jul|juli|aug|augustus|sep|sept|september|okt|oktober|nov|november|dec|december))"
            + ",?");

    /**
     * The spelling to keep for a planning read from {@code text}: the text itself (without
     * surrounding spaces) when it is written as documents write planning ("Q2 en Q3 2026", "H1
     * 2026", "Q1 tot en met Q3 2026", "2026-2027"), reads as {@code planning} and is not the
     * canonical form already; empty for the canonical form and for scan noise ("Q12026", "q1
     * 2026", stray bullets or bars, double spaces), which is written canonically.
     */
    public static String wordingOf(String text, Planning planning) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 100 || t.equals(format(planning)) || !t.equals(t.replaceAll("\\s+", " "))) {
            return "";
        }
        for (String word : t.split(" ")) {
            if (!SPELLED_WORD.matcher(word).matches()) {
                return "";
            }
        }
        try {
            return parse(t).equals(planning) ? t : "";
        } catch (NotationException e) {
            return "";
        }
    }

    // ---------------------------------------------------------------- parse

    /** A point in the text: a quarter, half year, month or year, perhaps still waiting for its year. */
    private static final class Point {
        final char kind; // 'q', 'h', 'm', 'y'
        final int number;
        Integer year;

        Point(char kind, int number, Integer year) {
            this.kind = kind;
            this.number = number;
            this.year = year;
        }

        YearMonth first() {
            return switch (kind) {
                case 'q' -> YearMonth.of(year, (number - 1) * 3 + 1);
                case 'h' -> YearMonth.of(year, (number - 1) * 6 + 1);
                case 'm' -> YearMonth.of(year, number);
                default -> YearMonth.of(year, 1);
            };
        }

        YearMonth last() {
            return switch (kind) {
                case 'q' -> YearMonth.of(year, number * 3);
                case 'h' -> YearMonth.of(year, number * 6);
                case 'm' -> YearMonth.of(year, number);
                default -> YearMonth.of(year, 12);
            };
        }

        String describe() {
            return switch (kind) {
                case 'q' -> "Q" + number + " " + year;
                case 'h' -> "H" + number + " " + year;
                case 'm' -> MONTH_ABBREVIATIONS[number - 1] + " " + year;
                default -> Integer.toString(year);
            };
        }
    }

    /** Parses a planning; throws {@link NotationException} with a Dutch message naming the problem. */
    public static Planning parse(String text) {
        if (text == null || text.length() > 100) {
            return parseText(text);
        }
        Planning known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        Planning p = parseText(text);
        if (PARSED.size() >= PARSED_KEPT) {
            PARSED.clear();
        }
        PARSED.put(text, p);
        return p;
    }

    /**
     * Plannings parsed before, by their text (a planning is immutable, and parsing depends on
     * nothing else): a programme of 100,000 actions has a few hundred distinct texts, each parsed
     * once instead of per action. Texts that are no planning, and long ones, are not kept; the table is emptied
     * when it holds {@value #PARSED_KEPT}.
     */
    private static final java.util.Map<String, Planning> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARSED_KEPT = 10_000;

    private static Planning parseText(String text) {
        if (text == null || text.isBlank()) {
            throw new NotationException("De planning is leeg: vul een kwartaal in, bijvoorbeeld 'Q1 2026'");
        }
        String original = text.strip();
        String t = normalise(original);
        if (t.isEmpty()) {
            throw new NotationException("De planning is leeg: vul een kwartaal in, bijvoorbeeld 'Q1 2026'");
        }
        if (t.equals("doorlopend") || t.equals("continu") || t.equals("gehele periode")) {
            return Planning.ongoing();
        }
        if (t.equals(UNPLANNED_WORDS) || t.equals("nog te plannen")) {
            return Planning.unplanned();
        }

        List<Point> points = new ArrayList<>();
        List<Character> separators = new ArrayList<>(); // between points: '-' range, '&' list
        Character pendingSeparator = null;
        Matcher m = TOKEN.matcher(t);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            if (tok.equals("q") || tok.equals("h") || tok.equals("kw") || tok.equals("kwartaal")) {
                char kind = tok.equals("h") ? 'h' : 'q';
                if (i + 1 >= tokens.size() || !DIGITS.matcher(tokens.get(i + 1)).matches()) {
                    throw new NotationException("'" + original + "': na '" + tok.toUpperCase(Locale.ROOT) + "' ontbreekt het nummer van het "
                            + (kind == 'q' ? "kwartaal" : "halfjaar"));
                }
                String digits = tokens.get(++i);
                // a number too large for an int is as invalid as Q5, and said the same way
                int n = digits.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(digits);
                int max = kind == 'q' ? 4 : 2;
                if (n < 1 || n > max) {
                    throw new NotationException(kind == 'q'
                            ? "'" + original + "': 'Q" + digits + "' is geen geldig kwartaal (Q1 t/m Q4)"
                            : "'" + original + "': 'H" + digits + "' is geen geldig halfjaar (H1 of H2)");
                }
                addPoint(points, separators, pendingSeparator, new Point(kind, n, null), original);
                pendingSeparator = null;
            } else if (MONTH_WORDS.containsKey(tok)) {
                addPoint(points, separators, pendingSeparator, new Point('m', MONTH_WORDS.get(tok), null), original);
                pendingSeparator = null;
            } else if (DIGITS.matcher(tok).matches()) {
                int year = yearOf(tok, original);
                // a year closes the points before it that still wait for one; otherwise it is a point itself
                boolean assigned = false;
                for (int k = points.size() - 1; k >= 0 && points.get(k).year == null; k--) {
                    points.get(k).year = year;
                    assigned = true;
                }
                if (!assigned) {
                    addPoint(points, separators, pendingSeparator, new Point('y', 0, year), original);
                    pendingSeparator = null;
                }
            } else if (tok.equals("-") || tok.equals("t/m") || tok.equals("tot en met") || tok.equals("tot")) {
                pendingSeparator = separatorAfter(points, pendingSeparator, '-', original);
            } else if (tok.equals("&") || tok.equals("en") || tok.equals(",") || tok.equals("+")) {
                pendingSeparator = separatorAfter(points, pendingSeparator, '&', original);
            } else {
                throw new NotationException("'" + original + "': '" + tok + "' wordt niet herkend als kwartaal, maand of jaar");
            }
        }
        if (pendingSeparator != null) {
            throw new NotationException("'" + original + "': na '" + (pendingSeparator == '-' ? "-" : "&") + "' ontbreekt het einde van de periode");
        }
        if (points.isEmpty()) {
            throw new NotationException("'" + original + "' bevat geen kwartaal, maand of jaar");
        }
        for (Point p : points) {
            if (p.year == null) {
                throw new NotationException("'" + original + "': bij '" + describeWithoutYear(p) + "' ontbreekt het jaar");
            }
        }
        for (int i = 0; i + 1 < points.size(); i++) {
            Point a = points.get(i);
            Point b = points.get(i + 1);
            if (b.first().isBefore(a.first()) || (b.first().equals(a.first()) && separators.get(i) == '-' && b.last().isBefore(a.last()))) {
                throw new NotationException("'" + original + "': het einde (" + b.describe() + ") ligt vóór het begin (" + a.describe() + ")");
            }
            if (separators.get(i) == '&' && b.first().isAfter(a.last().plusMonths(1))) {
                throw new NotationException("'" + original + "': " + a.describe() + " en " + b.describe()
                        + " sluiten niet op elkaar aan; een planning is één aaneengesloten periode");
            }
        }
        YearMonth first = points.get(0).first();
        YearMonth last = points.get(points.size() - 1).last();
        boolean months = points.stream().anyMatch(p -> p.kind == 'm');
        return months ? Planning.months(first, last) : Planning.quarters(Quarter.containing(first), Quarter.containing(last));
    }

    /** Parses a single quarter such as "Q3 2026" (also "Q32026"). */
    public static Quarter parseQuarter(String text) {
        Planning p = parse(text);
        if (p.granularity() != Planning.Granularity.QUARTER || !Quarter.containing(p.firstMonth()).equals(Quarter.containing(p.lastMonth()))) {
            throw new NotationException("'" + text.strip() + "' is niet één kwartaal (bijvoorbeeld 'Q1 2026')");
        }
        return Quarter.containing(p.firstMonth());
    }

    private static Character separatorAfter(List<Point> points, Character pending, char sep, String original) {
        if (points.isEmpty()) {
            throw new NotationException("'" + original + "' begint met '" + sep + "': het begin van de periode ontbreekt");
        }
        if (pending != null) {
            throw new NotationException("'" + original + "': twee scheidingstekens achter elkaar");
        }
        return sep;
    }

    private static void addPoint(List<Point> points, List<Character> separators, Character pending, Point p, String original) {
        if (!points.isEmpty()) {
            if (pending == null) {
                // "Q1 Q2 2026" reads as a list; anything after a full point without separator is noise
                Point prev = points.get(points.size() - 1);
                if (prev.year != null) {
                    throw new NotationException("'" + original + "': tussen " + prev.describe()
                            + " en wat volgt ontbreekt '-', 't/m' of '&'");
                }
                pending = '&';
            }
            separators.add(pending);
        }
        points.add(p);
    }

    private static int yearOf(String digits, String original) {
        if (digits.length() != 4) {
            throw new NotationException("'" + original + "': '" + digits + "' is geen jaartal (verwacht vier cijfers, zoals 2026)");
        }
        int year = Integer.parseInt(digits);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new NotationException("'" + original + "': " + year + " ligt buiten de jaren " + MIN_YEAR + "-" + MAX_YEAR);
        }
        return year;
    }

    private static String describeWithoutYear(Point p) {
        return switch (p.kind) {
            case 'q' -> "Q" + p.number;
            case 'h' -> "H" + p.number;
            default -> MONTH_ABBREVIATIONS[p.number - 1];
        };
    }

    /** Lower case, one kind of dash, no bullets, "Q12026" split into "q1 2026". */
    static String normalise(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        t = DASHES.matcher(t).replaceAll("-");
        t = BULLETS.matcher(t).replaceAll("");
        t = BARS.matcher(t).replaceAll("");
        t = END_PUNCTUATION.matcher(t).replaceAll("");
        t = KWARTAAL.matcher(t).replaceAll("q$1");
        t = KW.matcher(t).replaceAll("q$1");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        t = GLUED_QUARTER_YEAR.matcher(t).replaceAll("$1$2 $3");
        t = GLUED_PERIOD.matcher(t).replaceAll("$1$2");
        // split "q1" into "q" "1" for the tokenizer, and "2026-2027" around the dash
        t = LETTER_DIGIT.matcher(t).replaceAll("$1 $2");
        return t;
    }
}
