package nl.planbord.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The programme as it was adopted ("vastgesteld"): a name such as "Vastgesteld in BO 12 maart
 * 2026", the date, the body that adopted it (AO, DO or BO) and the programme as it was then
 * (themes, goals and actions with the same ids, so what changed since can be compared).
 */
public record Baseline(UUID id, String name, LocalDate adoptedOn, Body body, Programme programme) {

    /** The bodies of the region that adopt or discuss the programme. */
    public enum Body {
        AO("AO", "ambtelijk overleg"),
        DO("DO", "directeurenoverleg"),
        BO("BO", "bestuurlijk overleg");

        private final String abbreviation;
        private final String meaning;

        Body(String abbreviation, String meaning) {
            this.abbreviation = abbreviation;
            this.meaning = meaning;
        }

        public String abbreviation() {
            return abbreviation;
        }

        public String meaning() {
            return meaning;
        }

        public static java.util.Optional<Body> fromAbbreviation(String s) {
            for (Body b : values()) {
                if (b.abbreviation.equalsIgnoreCase(s == null ? "" : s.trim())) {
                    return java.util.Optional.of(b);
                }
            }
            return java.util.Optional.empty();
        }

        @Override
        public String toString() {
            return abbreviation;
        }
    }

    public Baseline {
        Objects.requireNonNull(id, "id");
        name = Texts.clean(name);
        Objects.requireNonNull(adoptedOn, "adoptedOn");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(programme, "programme");
        // a baseline holds the plan, not the baselines of its time: no snapshots inside snapshots
        if (!programme.cycle().baselines().isEmpty()) {
            programme = programme.withCycle(programme.cycle().withBaselines(java.util.List.of(), null));
        }
    }

    public Baseline withName(String v) {
        return new Baseline(id, v, adoptedOn, body, programme);
    }
}
