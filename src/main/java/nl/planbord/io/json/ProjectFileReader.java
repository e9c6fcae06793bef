package nl.planbord.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import nl.planbord.io.InvalidFileException;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Assessment;
import nl.planbord.model.AssessmentOverride;
import nl.planbord.model.Baseline;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.ProgrammeCycle;
import nl.planbord.model.Progress;
import nl.planbord.model.Quarter;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;
import nl.planbord.planning.CapacityNotation;
import nl.planbord.planning.NotationException;
import nl.planbord.planning.PlanningNotation;

/**
 * Reads a .planbord file strictly: an unknown formatVersion, a missing or mistyped field, an
 * unknown field, a duplicate id or a file that is not JSON gives a Dutch report that names the
 * place (JSON path, or line and column), and no programme.
 */
public final class ProjectFileReader {

    private static final int MAX_REPORTED = 25;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxStringLength(1_000_000)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public Programme read(Path file) throws InvalidFileException {
        return readFile(file).programme();
    }

    public Programme read(InputStream in, String name) throws InvalidFileException {
        return readFile(in, name).programme();
    }

    /** The programme and, in a file shared by a colleague, its sharing stamp. */
    public ProjectFile readFile(Path file) throws InvalidFileException {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new InvalidFileException(name + ": dit is een map, geen bestand");
        }
        try {
            long size = Files.size(file);
            if (size > ProjectFileFormat.MAX_FILE_BYTES) {
                throw new InvalidFileException(name + ": het bestand is " + (size / (1024 * 1024))
                        + " MB; een projectbestand mag hoogstens " + (ProjectFileFormat.MAX_FILE_BYTES / (1024 * 1024)) + " MB zijn");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readFile(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidFileException(Files.isDirectory(file) ? name + ": dit is een map, geen bestand" : name + ": het bestand bestaat niet");
        } catch (IOException e) {
            throw new InvalidFileException(name + ": " + InvalidFileException.unreadable(file, e), e);
        }
    }

    /** A Dutch description of what is wrong with JSON that the parser refused. */
    static String brokenJson(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException || m.contains("end-of-input")) {
            return "het bestand houdt midden in de JSON op (is het afgebroken bij het kopi\u00ebren?)";
        }
        if (m.contains("utf-8") || m.contains("utf8") || m.contains("invalid utf")) {
            return "er staan tekens in die geen UTF-8 zijn; sla het bestand op als UTF-8";
        }
        if (m.contains("duplicate field")) {
            return "een veld staat twee keer in hetzelfde object";
        }
        if (m.contains("ctrl-char") || m.contains("control character") || m.contains("illegal unquoted character")) {
            return "er staat een stuurteken (onzichtbaar teken) in, buiten of binnen een tekst";
        }
        if (m.contains("non-standard token") || m.contains("unrecognized token")) {
            return "er staat een woord dat JSON niet kent; tekst hoort tussen aanhalingstekens";
        }
        if (m.contains("trailing token")) {
            return "na het einde van de JSON staat nog meer";
        }
        if (m.contains("exceeds the maximum") || m.contains("length") && m.contains("exceeds")) {
            return "een tekst, getal of nesting is groter dan Planbord leest";
        }
        if (m.contains("numeric value") || m.contains("out of range")) {
            return "een getal is te groot";
        }
        if (m.contains("unexpected character")) {
            return "een teken staat op een plaats waar het niet hoort (ontbreekt er een komma, aanhalingsteken of haakje?)";
        }
        return "de opbouw van de JSON klopt niet";
    }

    public ProjectFile readFile(InputStream in, String name) throws InvalidFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " op regel " + at.getLineNr() + ", kolom " + at.getColumnNr();
            throw new InvalidFileException(name + ": dit is geen geldig projectbestand; de JSON is kapot" + where + ": " + brokenJson(e));
        } catch (IOException e) {
            throw new InvalidFileException(name + ": het bestand kan niet worden gelezen: het lezen mislukte halverwege", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidFileException(name + ": het bestand is leeg");
        }
        if (!root.isObject()) {
            throw new InvalidFileException(name + ": dit is geen projectbestand van Planbord (verwacht een JSON-object met 'formatVersion' en 'programme')");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            throw new InvalidFileException(name + ": dit is geen projectbestand van Planbord ('formatVersion' ontbreekt)");
        }
        if (!version.isInt()) {
            throw new InvalidFileException(name + ": formatVersion moet een geheel getal zijn, niet " + version);
        }
        if (version.intValue() > ProjectFileFormat.FORMAT_VERSION) {
            throw new InvalidFileException(name + ": dit bestand is gemaakt met een nieuwere Planbord (formatVersion "
                    + version.intValue() + "); deze versie leest tot en met formatVersion " + ProjectFileFormat.FORMAT_VERSION
                    + ". Werk Planbord bij om het te openen.");
        }
        if (version.intValue() < 1) {
            throw new InvalidFileException(name + ": formatVersion " + version.intValue() + " bestaat niet");
        }
        Context c = new Context(name);
        c.onlyFields(root, "$", Set.of("formatVersion", "shared", "programme"));
        SharedStamp stamp = null;
        if (root.has("shared")) {
            JsonNode sh = c.object(root, "shared", "$");
            if (sh != null) {
                c.onlyFields(sh, "$.shared", Set.of("by", "at", "revision"));
                String by = c.text(sh, "by", "$.shared");
                String at = c.text(sh, "at", "$.shared");
                String revision = c.text(sh, "revision", "$.shared");
                if (by != null && at != null && revision != null) {
                    try {
                        stamp = new SharedStamp(by, java.time.Instant.parse(at), revision);
                    } catch (java.time.format.DateTimeParseException e) {
                        c.problem("$.shared.at", "'" + at + "' is geen tijdstip (zoals 2026-11-22T15:00:00Z)");
                    }
                }
            }
        }
        Programme p = c.programme(c.object(root, "programme", "$"), "$.programme");
        c.throwIfAny();
        return new ProjectFile(p, java.util.Optional.ofNullable(stamp));
    }

    /** Walks the tree, keeps the JSON path, and collects problems instead of stopping at the first. */
    private static final class Context {
        private final String file;
        private final List<String> problems = new ArrayList<>();
        private final Map<UUID, String> ids = new HashMap<>();

        Context(String file) {
            this.file = file;
        }

        void problem(String path, String message) {
            if (problems.size() < MAX_REPORTED) {
                problems.add(file + ", " + path + ": " + message);
            } else if (problems.size() == MAX_REPORTED) {
                problems.add(file + ": en meer problemen; de eerste " + MAX_REPORTED + " staan hierboven");
            }
        }

        void throwIfAny() throws InvalidFileException {
            if (!problems.isEmpty()) {
                throw new InvalidFileException(problems);
            }
        }

        Programme programme(JsonNode n, String path) {
            if (n == null) {
                return null;
            }
            onlyFields(n, path, Set.of("id", "title", "region", "municipalities", "centrumgemeente", "period",
                    "introduction", "monitoring", "themes", "cycle"));
            UUID id = id(n, path);
            String title = requiredText(n, "title", path);
            String region = text(n, "region", path);
            List<String> municipalities = strings(n, "municipalities", path);
            String centrum = text(n, "centrumgemeente", path);
            JsonNode period = object(n, "period", path);
            Quarter first = null;
            Quarter last = null;
            if (period != null) {
                onlyFields(period, path + ".period", Set.of("first", "last"));
                first = quarter(period, "first", path + ".period");
                last = quarter(period, "last", path + ".period");
                if (first != null && last != null && last.isBefore(first)) {
                    problem(path + ".period", "de periode eindigt (" + last + ") vóór het begin (" + first + ")");
                    last = null;
                }
            }
            String intro = text(n, "introduction", path);
            String monitoring = text(n, "monitoring", path);
            List<Theme> themes = new ArrayList<>();
            JsonNode arr = array(n, "themes", path);
            if (arr != null) {
                for (int i = 0; i < arr.size(); i++) {
                    Theme t = theme(arr.get(i), path + ".themes[" + i + "]");
                    if (t != null) {
                        themes.add(t);
                    }
                }
            }
            ProgrammeCycle cycle = n.has("cycle") ? cycle(object(n, "cycle", path), path + ".cycle") : ProgrammeCycle.empty();
            if (!problems.isEmpty() || first == null || last == null) {
                return null;
            }
            return new Programme(id, title, region, municipalities, centrum, first, last, intro, monitoring, themes, cycle);
        }

        ProgrammeCycle cycle(JsonNode n, String path) {
            if (n == null) {
                return ProgrammeCycle.empty();
            }
            onlyFields(n, path, Set.of("reporting", "comparison", "baselines", "assessments"));
            String reporting = requiredText(n, "reporting", path);
            ReportingPeriod.Cadence cadence = ReportingPeriod.Cadence.HALF_YEAR;
            if (reporting != null) {
                cadence = ReportingPeriod.Cadence.fromWord(reporting).orElse(null);
                if (cadence == null) {
                    problem(path + ".reporting", "'" + reporting + "' moet 'halfjaar' of 'kwartaal' zijn");
                }
            }
            UUID comparison = null;
            String comparisonText = text(n, "comparison", path);
            if (!comparisonText.isEmpty()) {
                comparison = uuid(comparisonText, path + ".comparison");
            }
            List<Baseline> baselines = new ArrayList<>();
            JsonNode arr = optionalArray(n, "baselines", path);
            for (int i = 0; arr != null && i < arr.size(); i++) {
                Baseline b = baseline(arr.get(i), path + ".baselines[" + i + "]");
                if (b != null) {
                    baselines.add(b);
                }
            }
            List<AssessmentOverride> assessments = new ArrayList<>();
            JsonNode marks = optionalArray(n, "assessments", path);
            for (int i = 0; marks != null && i < marks.size(); i++) {
                String p = path + ".assessments[" + i + "]";
                JsonNode a = marks.get(i);
                if (!a.isObject()) {
                    problem(p, "verwacht een beoordeling (JSON-object)");
                    continue;
                }
                onlyFields(a, p, Set.of("of", "period", "assessment", "reason", "enteredBy", "enteredAt"));
                String of = requiredText(a, "of", p);
                UUID owner = of == null ? null : uuid(of, p + ".of");
                ReportingPeriod period = period(a, p);
                String label = requiredText(a, "assessment", p);
                Assessment assessment = label == null ? null : Assessment.fromLabel(label).orElse(null);
                if (label != null && assessment == null) {
                    problem(p + ".assessment", "'" + label + "' is geen beoordeling; kies uit op koers, aandacht of bijsturing nodig");
                }
                Instant at = instant(a, "enteredAt", p);
                if (owner != null && period != null && assessment != null && at != null) {
                    assessments.add(new AssessmentOverride(owner, period, assessment, text(a, "reason", p), text(a, "enteredBy", p), at));
                }
            }
            if (comparison != null) {
                UUID c = comparison;
                if (baselines.stream().noneMatch(b -> b.id().equals(c))) {
                    problem(path + ".comparison", "er is geen vaststelling met id " + c);
                }
            }
            return cadence == null ? ProgrammeCycle.empty() : new ProgrammeCycle(cadence, baselines, comparison, assessments);
        }

        /** A baseline holds the programme as adopted, with the same ids as today's: its ids are checked by themselves. */
        Baseline baseline(JsonNode n, String path) {
            if (!n.isObject()) {
                problem(path, "verwacht een vaststelling (JSON-object)");
                return null;
            }
            onlyFields(n, path, Set.of("id", "name", "adoptedOn", "body", "programme"));
            UUID id = id(n, path);
            String name = requiredText(n, "name", path);
            LocalDate adopted = null;
            String date = requiredText(n, "adoptedOn", path);
            if (date != null) {
                try {
                    adopted = LocalDate.parse(date);
                } catch (java.time.format.DateTimeParseException e) {
                    problem(path + ".adoptedOn", "'" + date + "' is geen datum (zoals 2026-03-12)");
                }
            }
            String bodyText = requiredText(n, "body", path);
            Baseline.Body body = bodyText == null ? null : Baseline.Body.fromAbbreviation(bodyText).orElse(null);
            if (bodyText != null && body == null) {
                problem(path + ".body", "'" + bodyText + "' moet AO, DO of BO zijn");
            }
            Context own = new Context(file);
            Programme adoptedProgramme = own.programme(own.object(n, "programme", path), path + ".programme");
            own.problems.forEach(problems::add);
            if (id == null || name == null || adopted == null || body == null || adoptedProgramme == null) {
                return null;
            }
            return new Baseline(id, name, adopted, body, adoptedProgramme);
        }

        List<Progress> progress(JsonNode parent, String path) {
            List<Progress> out = new ArrayList<>();
            JsonNode arr = optionalArray(parent, "progress", path);
            Set<ReportingPeriod> seen = new HashSet<>();
            for (int i = 0; arr != null && i < arr.size(); i++) {
                String p = path + ".progress[" + i + "]";
                JsonNode n = arr.get(i);
                if (!n.isObject()) {
                    problem(p, "verwacht een rapportage (JSON-object)");
                    continue;
                }
                onlyFields(n, p, Set.of("period", "status", "explanation", "needsSteering", "proposal", "enteredBy", "enteredAt"));
                ReportingPeriod period = period(n, p);
                String statusText = requiredText(n, "status", p);
                ActionStatus status = statusText == null ? null : ActionStatus.fromLabel(statusText).orElse(null);
                if (statusText != null && status == null) {
                    problem(p + ".status", "'" + statusText + "' is geen status; kies uit niet gestart, loopt, afgerond, vertraagd of vervallen");
                }
                Instant at = instant(n, "enteredAt", p);
                if (period != null && !seen.add(period)) {
                    problem(p + ".period", "over " + period + " is al gerapporteerd bij deze actie");
                    continue;
                }
                if (period != null && status != null && at != null) {
                    out.add(new Progress(period, status, text(n, "explanation", p), bool(n, "needsSteering", p), text(n, "proposal", p),
                            text(n, "enteredBy", p), at));
                }
            }
            return out;
        }

        ReportingPeriod period(JsonNode n, String path) {
            String text = requiredText(n, "period", path);
            if (text == null) {
                return null;
            }
            ReportingPeriod period = ReportingPeriod.parse(text).orElse(null);
            if (period == null) {
                problem(path + ".period", "'" + text + "' is geen periode (zoals H1 2026 of Q3 2026)");
            }
            return period;
        }

        Instant instant(JsonNode n, String field, String path) {
            String text = requiredText(n, field, path);
            if (text == null) {
                return null;
            }
            try {
                return Instant.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                problem(path + "." + field, "'" + text + "' is geen tijdstip (zoals 2026-11-22T15:00:00Z)");
                return null;
            }
        }

        UUID uuid(String s, String path) {
            try {
                return UUID.fromString(s);
            } catch (IllegalArgumentException e) {
                problem(path, "'" + s + "' is geen geldige id (UUID)");
                return null;
            }
        }

        Theme theme(JsonNode n, String path) {
            if (!n.isObject()) {
                problem(path, "verwacht een thema (JSON-object)");
                return null;
            }
            onlyFields(n, path, Set.of("id", "number", "title", "description", "neededPeople", "policyGoal",
                    "capacityHeader", "capacity", "goals"));
            UUID id = id(n, path);
            int number = integer(n, "number", path);
            String title = requiredText(n, "title", path);
            String description = text(n, "description", path);
            List<String> needed = strings(n, "neededPeople", path);
            String policyGoal = text(n, "policyGoal", path);
            String header = text(n, "capacityHeader", path);
            List<CapacityEstimate> capacity = capacityLines(n, path);
            List<Goal> goals = new ArrayList<>();
            JsonNode arr = array(n, "goals", path);
            if (arr != null) {
                for (int i = 0; i < arr.size(); i++) {
                    Goal g = goal(arr.get(i), path + ".goals[" + i + "]");
                    if (g != null) {
                        goals.add(g);
                    }
                }
            }
            if (id == null) {
                return null;
            }
            return new Theme(id, number, title, description, needed, policyGoal, header, capacity, goals);
        }

        Goal goal(JsonNode n, String path) {
            if (!n.isObject()) {
                problem(path, "verwacht een doel (JSON-object)");
                return null;
            }
            onlyFields(n, path, Set.of("id", "number", "text", "expectedResult", "capacity", "actions"));
            UUID id = id(n, path);
            int number = integer(n, "number", path);
            String text = requiredText(n, "text", path);
            String result = text(n, "expectedResult", path);
            List<CapacityEstimate> capacity = capacityLines(n, path);
            List<Action> actions = actions(n, "actions", path, true);
            if (id == null) {
                return null;
            }
            return new Goal(id, number, text, result, capacity, actions);
        }

        List<Action> actions(JsonNode parent, String field, String path, boolean required) {
            List<Action> actions = new ArrayList<>();
            JsonNode arr = required ? array(parent, field, path) : optionalArray(parent, field, path);
            if (arr == null) {
                return actions;
            }
            for (int i = 0; i < arr.size(); i++) {
                Action a = action(arr.get(i), path + "." + field + "[" + i + "]");
                if (a != null) {
                    actions.add(a);
                }
            }
            return actions;
        }

        Action action(JsonNode n, String path) {
            if (!n.isObject()) {
                problem(path, "verwacht een actie (JSON-object)");
                return null;
            }
            onlyFields(n, path, Set.of("id", "text", "planning", "planningWording", "estimated", "status", "lead", "municipalities",
                    "notes", "subActions", "progress"));
            UUID id = id(n, path);
            String text = requiredText(n, "text", path);
            Planning planning = null;
            String planningText = requiredText(n, "planning", path);
            if (planningText != null) {
                try {
                    planning = PlanningNotation.parse(planningText);
                } catch (NotationException e) {
                    problem(path + ".planning", e.getMessage());
                }
            }
            String planningWording = text(n, "planningWording", path);
            if (planning != null && !planningWording.isEmpty() && !PlanningNotation.wordingOf(planningWording, planning).equals(planningWording.strip())) {
                problem(path + ".planningWording", "'" + abbreviate(planningWording) + "' is geen andere schrijfwijze van de planning '"
                        + PlanningNotation.format(planning) + "'; laat het veld weg of schrijf dezelfde planning zoals het document");
                planning = null;
            }
            boolean estimated = bool(n, "estimated", path);
            ActionStatus status = ActionStatus.NIET_GESTART;
            String statusText = text(n, "status", path);
            if (!statusText.isEmpty()) {
                status = ActionStatus.fromLabel(statusText).orElse(null);
                if (status == null) {
                    problem(path + ".status", "'" + statusText + "' is geen status; kies uit niet gestart, loopt, afgerond, vertraagd of vervallen");
                }
            }
            String lead = text(n, "lead", path);
            List<String> municipalities = strings(n, "municipalities", path);
            String notes = text(n, "notes", path);
            List<Action> subs = actions(n, "subActions", path, false);
            List<Progress> progress = progress(n, path);
            if (id == null || planning == null || status == null) {
                return null;
            }
            return new Action(id, text, planning, status, lead, municipalities, notes, estimated, subs, progress, planningWording);
        }

        List<CapacityEstimate> capacityLines(JsonNode parent, String path) {
            List<CapacityEstimate> lines = new ArrayList<>();
            JsonNode arr = optionalArray(parent, "capacity", path);
            if (arr == null) {
                return lines;
            }
            for (int i = 0; i < arr.size(); i++) {
                String p = path + ".capacity[" + i + "]";
                JsonNode n = arr.get(i);
                if (!n.isObject()) {
                    problem(p, "verwacht een capaciteitsregel (JSON-object)");
                    continue;
                }
                onlyFields(n, p, Set.of("id", "role", "minHours", "maxHours", "per", "organisations", "period", "note", "wording"));
                UUID id = id(n, p);
                String role = requiredText(n, "role", p);
                Double min = hours(n, "minHours", p);
                Double max = hours(n, "maxHours", p);
                String per = requiredText(n, "per", p);
                HoursUnit unit = null;
                if (per != null) {
                    unit = switch (per) {
                        case "week" -> HoursUnit.PER_WEEK;
                        case "maand" -> HoursUnit.PER_MONTH;
                        default -> {
                            problem(p + ".per", "'" + per + "' moet 'week' of 'maand' zijn");
                            yield null;
                        }
                    };
                }
                int organisations = 1;
                if (n.has("organisations")) {
                    organisations = integer(n, "organisations", p);
                    if (organisations < 1) {
                        problem(p + ".organisations", "het aantal organisaties moet minstens 1 zijn");
                    }
                }
                YearSpan period = null;
                String periodText = requiredText(n, "period", p);
                if (periodText != null) {
                    if (periodText.matches("[0-9]{4}")) {
                        period = YearSpan.of(Integer.parseInt(periodText));
                    } else if (periodText.matches("[0-9]{4}-[0-9]{4}") && Integer.parseInt(periodText.substring(5)) >= Integer.parseInt(periodText.substring(0, 4))) {
                        period = new YearSpan(Integer.parseInt(periodText.substring(0, 4)), Integer.parseInt(periodText.substring(5)));
                    } else {
                        problem(p + ".period", "'" + periodText + "' is geen periode van jaren (bijvoorbeeld '2026-2027' of '2026')");
                    }
                }
                String note = text(n, "note", p);
                if (min != null && max != null && max < min) {
                    problem(p, "minHours (" + min + ") is groter dan maxHours (" + max + ")");
                    continue;
                }
                if (role != null && role.isBlank()) {
                    problem(p + ".role", "de rol is leeg");
                    continue;
                }
                String wording = text(n, "wording", p);
                if (id != null && role != null && min != null && max != null && unit != null && period != null && organisations >= 1) {
                    CapacityEstimate line = new CapacityEstimate(id, role, min, max, unit, organisations, period, note);
                    if (!wording.isEmpty() && !CapacityNotation.says(wording, line)) {
                        problem(p + ".wording", "'" + abbreviate(wording) + "' zegt niet wat de regel zegt ('" + CapacityNotation.format(line)
                                + "'); laat het veld weg of schrijf een zin met dezelfde uren, rol en organisaties");
                        continue;
                    }
                    lines.add(line.withWording(wording));
                }
            }
            return lines;
        }

        // ------------------------------------------------------------ field helpers

        void onlyFields(JsonNode n, String path, Set<String> allowed) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!allowed.contains(f)) {
                    problem(path + "." + f, "onbekend veld '" + f + "'");
                }
            }
        }

        UUID id(JsonNode n, String path) {
            String s = requiredText(n, "id", path);
            if (s == null) {
                return null;
            }
            UUID id;
            try {
                id = UUID.fromString(s);
            } catch (IllegalArgumentException e) {
                problem(path + ".id", "'" + s + "' is geen geldige id (UUID)");
                return null;
            }
            String earlier = ids.putIfAbsent(id, path);
            if (earlier != null) {
                problem(path + ".id", "id " + id + " komt al voor bij " + earlier);
                return null;
            }
            return id;
        }

        JsonNode object(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                problem(path + "." + field, "verplicht veld ontbreekt");
                return null;
            }
            if (!v.isObject()) {
                problem(path + "." + field, "verwacht een JSON-object, niet " + kind(v));
                return null;
            }
            return v;
        }

        JsonNode array(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                problem(path + "." + field, "verplicht veld ontbreekt");
                return null;
            }
            return arrayValue(v, path + "." + field);
        }

        JsonNode optionalArray(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            return arrayValue(v, path + "." + field);
        }

        private JsonNode arrayValue(JsonNode v, String path) {
            if (!v.isArray()) {
                problem(path, "verwacht een lijst, niet " + kind(v));
                return null;
            }
            return v;
        }

        String requiredText(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                problem(path + "." + field, "verplicht veld ontbreekt");
                return null;
            }
            if (!v.isTextual()) {
                problem(path + "." + field, "verwacht tekst, niet " + kind(v));
                return null;
            }
            return v.textValue();
        }

        String text(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return "";
            }
            if (!v.isTextual()) {
                problem(path + "." + field, "verwacht tekst, niet " + kind(v));
                return "";
            }
            return v.textValue();
        }

        int integer(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                problem(path + "." + field, "verplicht veld ontbreekt");
                return 0;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                problem(path + "." + field, "verwacht een geheel getal, niet " + kind(v));
                return 0;
            }
            return v.intValue();
        }

        Double hours(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                problem(path + "." + field, "verplicht veld ontbreekt");
                return null;
            }
            if (!v.isNumber()) {
                problem(path + "." + field, "verwacht een getal, niet " + kind(v));
                return null;
            }
            double d = v.doubleValue();
            if (d < 0 || d > 168 || Double.isNaN(d)) {
                problem(path + "." + field, d + " uur kan niet");
                return null;
            }
            return d;
        }

        boolean bool(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                problem(path + "." + field, "verwacht true of false, niet " + kind(v));
                return false;
            }
            return v.booleanValue();
        }

        List<String> strings(JsonNode n, String field, String path) {
            List<String> out = new ArrayList<>();
            JsonNode arr = optionalArray(n, field, path);
            if (arr == null) {
                return out;
            }
            for (int i = 0; i < arr.size(); i++) {
                JsonNode v = arr.get(i);
                if (!v.isTextual()) {
                    problem(path + "." + field + "[" + i + "]", "verwacht tekst, niet " + kind(v));
                } else {
                    out.add(v.textValue());
                }
            }
            return out;
        }

        Quarter quarter(JsonNode n, String field, String path) {
            String s = requiredText(n, field, path);
            if (s == null) {
                return null;
            }
            try {
                return PlanningNotation.parseQuarter(s);
            } catch (NotationException e) {
                problem(path + "." + field, e.getMessage());
                return null;
            }
        }

        private static String kind(JsonNode v) {
            if (v.isTextual()) {
                return "tekst \"" + abbreviate(v.textValue()) + "\"";
            }
            if (v.isNumber()) {
                return "het getal " + v;
            }
            if (v.isBoolean()) {
                return v.toString();
            }
            if (v.isArray()) {
                return "een lijst";
            }
            if (v.isObject()) {
                return "een object";
            }
            return v.getNodeType().toString().toLowerCase();
        }

        private static String abbreviate(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }
    }
}
