package nl.planbord.io.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import nl.planbord.io.AtomicFiles;
import nl.planbord.model.Action;
import nl.planbord.model.AssessmentOverride;
import nl.planbord.model.Baseline;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.ProgrammeCycle;
import nl.planbord.model.Progress;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;

/**
 * Writes a programme as a .planbord file: UTF-8 JSON, fields in a fixed order, planning in
 * document notation. Streams, so a large programme is never held twice in memory. The file is
 * written to a temporary file first and moved into place, so a crash never leaves half a file.
 */
public final class ProjectFileWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    public void write(Programme programme, Path file) throws IOException {
        AtomicFiles.write(file, ".tmp", out -> write(programme, out));
    }

    /** A file to share with colleagues: stamped with who, when and the revision it was made from. */
    public void write(Programme programme, SharedStamp stamp, Path file) throws IOException {
        AtomicFiles.write(file, ".tmp", out -> write(programme, stamp, out));
    }

    public void write(Programme p, OutputStream out) throws IOException {
        write(p, null, out);
    }

    public void write(Programme p, SharedStamp stamp, OutputStream out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(printer);
            g.writeStartObject();
            g.writeNumberField("formatVersion", versionFor(p));
            if (stamp != null) {
                g.writeObjectFieldStart("shared");
                g.writeStringField("by", stamp.by());
                g.writeStringField("at", stamp.at().toString());
                g.writeStringField("revision", stamp.revision());
                g.writeEndObject();
            }
            g.writeFieldName("programme");
            programme(g, p);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * The oldest format that holds this programme: 1 while it uses nothing of version 2, so a
     * colleague whose Planbord reads only version 1 can still open it; 2 once it carries a cycle
     * (baselines, assessments) or reports, or the source's own wording (of a capacity line or a
     * planning), or an action that is still to be planned ("te plannen").
     */
    static int versionFor(Programme p) {
        if (!p.cycle().isEmpty()) {
            return 2;
        }
        for (Theme t : p.themes()) {
            if (wordedLines(t.capacity())) {
                return 2;
            }
            for (Goal g : t.goals()) {
                if (wordedLines(g.capacity())) {
                    return 2;
                }
                for (Action a : g.actions()) {
                    if (usesVersion2(a)) {
                        return 2;
                    }
                }
            }
        }
        return 1;
    }

    private static boolean wordedLines(List<CapacityEstimate> lines) {
        for (CapacityEstimate c : lines) {
            if (!c.wording().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean usesVersion2(Action a) {
        if (!a.progress().isEmpty() || !a.planningWording().isEmpty() || a.planning().isUnplanned()) {
            return true;
        }
        for (Action s : a.subActions()) {
            if (usesVersion2(s)) {
                return true;
            }
        }
        return false;
    }

    private static void programme(JsonGenerator g, Programme p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id().toString());
        g.writeStringField("title", p.title());
        g.writeStringField("region", p.region());
        strings(g, "municipalities", p.municipalities());
        g.writeStringField("centrumgemeente", p.centrumgemeente());
        g.writeObjectFieldStart("period");
        g.writeStringField("first", PlanningNotation.format(p.firstQuarter()));
        g.writeStringField("last", PlanningNotation.format(p.lastQuarter()));
        g.writeEndObject();
        g.writeStringField("introduction", p.introduction());
        g.writeStringField("monitoring", p.monitoring());
        g.writeArrayFieldStart("themes");
        for (Theme t : p.themes()) {
            theme(g, t);
        }
        g.writeEndArray();
        if (!p.cycle().isEmpty()) {
            cycle(g, p.cycle());
        }
        g.writeEndObject();
    }

    /** Written only when there is one (formatVersion 2): how often it reports, baselines, assessments set by hand. */
    private static void cycle(JsonGenerator g, ProgrammeCycle c) throws IOException {
        g.writeObjectFieldStart("cycle");
        g.writeStringField("reporting", c.cadence().word());
        if (c.comparisonId() != null) {
            g.writeStringField("comparison", c.comparisonId().toString());
        }
        g.writeArrayFieldStart("baselines");
        for (Baseline b : c.baselines()) {
            g.writeStartObject();
            g.writeStringField("id", b.id().toString());
            g.writeStringField("name", b.name());
            g.writeStringField("adoptedOn", b.adoptedOn().toString());
            g.writeStringField("body", b.body().abbreviation());
            g.writeFieldName("programme");
            programme(g, b.programme());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("assessments");
        for (AssessmentOverride a : c.assessments()) {
            g.writeStartObject();
            g.writeStringField("of", a.ownerId().toString());
            g.writeStringField("period", a.period().toString());
            g.writeStringField("assessment", a.assessment().label());
            g.writeStringField("reason", a.reason());
            g.writeStringField("enteredBy", a.enteredBy());
            g.writeStringField("enteredAt", a.enteredAt().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void theme(JsonGenerator g, Theme t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id().toString());
        g.writeNumberField("number", t.number());
        g.writeStringField("title", t.title());
        g.writeStringField("description", t.description());
        strings(g, "neededPeople", t.neededPeople());
        g.writeStringField("policyGoal", t.policyGoal());
        g.writeStringField("capacityHeader", t.capacityHeader());
        capacity(g, t.capacity());
        g.writeArrayFieldStart("goals");
        for (Goal goal : t.goals()) {
            g.writeStartObject();
            g.writeStringField("id", goal.id().toString());
            g.writeNumberField("number", goal.number());
            g.writeStringField("text", goal.text());
            g.writeStringField("expectedResult", goal.expectedResult());
            capacity(g, goal.capacity());
            actions(g, "actions", goal.actions());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void actions(JsonGenerator g, String field, List<Action> actions) throws IOException {
        g.writeArrayFieldStart(field);
        for (Action a : actions) {
            g.writeStartObject();
            g.writeStringField("id", a.id().toString());
            g.writeStringField("text", a.text());
            g.writeStringField("planning", PlanningNotation.format(a.planning()));
            if (!a.planningWording().isEmpty()) {
                g.writeStringField("planningWording", a.planningWording());
            }
            g.writeBooleanField("estimated", a.estimated());
            g.writeStringField("status", a.status().label());
            g.writeStringField("lead", a.lead());
            strings(g, "municipalities", a.municipalities());
            g.writeStringField("notes", a.notes());
            actions(g, "subActions", a.subActions());
            if (!a.progress().isEmpty()) {
                progress(g, a.progress());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void progress(JsonGenerator g, List<Progress> reports) throws IOException {
        g.writeArrayFieldStart("progress");
        for (Progress p : reports) {
            g.writeStartObject();
            g.writeStringField("period", p.period().toString());
            g.writeStringField("status", p.status().label());
            g.writeStringField("explanation", p.explanation());
            g.writeBooleanField("needsSteering", p.needsSteering());
            g.writeStringField("proposal", p.proposal());
            g.writeStringField("enteredBy", p.enteredBy());
            g.writeStringField("enteredAt", p.enteredAt().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void capacity(JsonGenerator g, List<CapacityEstimate> lines) throws IOException {
        g.writeArrayFieldStart("capacity");
        for (CapacityEstimate c : lines) {
            g.writeStartObject();
            g.writeStringField("id", c.id().toString());
            g.writeStringField("role", c.role());
            number(g, "minHours", c.minHours());
            number(g, "maxHours", c.maxHours());
            g.writeStringField("per", c.unit().word());
            g.writeNumberField("organisations", c.organisations());
            g.writeStringField("period", c.period().toString());
            g.writeStringField("note", c.note());
            if (!c.wording().isEmpty()) {
                g.writeStringField("wording", c.wording());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Whole hours as integers ("2", not "2.0"), so files read as people write them. */
    private static void number(JsonGenerator g, String field, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            g.writeNumberField(field, (long) v);
        } else {
            g.writeNumberField(field, v);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
