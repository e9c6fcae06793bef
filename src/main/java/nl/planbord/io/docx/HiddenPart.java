package nl.planbord.io.docx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;

/**
 * What the exported document does not show, in a custom XML part ({@code customXml/item1.xml}):
 * the programme's id, region, centrumgemeente, municipalities and period, and per id (the ids
 * are the tags of the content controls around the texts in the document) an action's status,
 * trekker, municipalities, notes and <i>geschat</i> (with the planning it was estimated for), a goal's expected result, a capacity line's
 * scope, period and note. Read back, the visible texts come from the document and the rest from
 * here, for the ids that are still in the document.
 */
final class HiddenPart {

    static final String NAMESPACE = "urn:planbord:word:1";
    static final String TAG_PREFIX = "planbord:";
    /** The header shown for a theme whose capacity header is empty but which has capacity lines. */
    static final String EMPTY_HEADER = "Capaciteit";

    record ProgrammeInfo(UUID id, String region, String centrumgemeente, List<String> municipalities, String first, String last) {
    }

    record ActionInfo(String status, String lead, List<String> municipalities, String notes, boolean estimated, String planning) {
    }

    record CapacityInfo(String scope, String period, String note) {
    }

    private static final java.util.regex.Pattern BOOKMARK = java.util.regex.Pattern.compile("^_pb([tdasc])([0-9a-f]{32})$");
    private static final String KINDS = "tdasc";
    private static final List<String> KIND_NAMES = List.of("thema", "doel", "actie", "subactie", "capaciteit");

    /** A hidden bookmark name carrying a kind and an id: "_pba" and the id's 32 hex digits (Word allows 40 characters). */
    static String bookmark(String kind, UUID id) {
        return "_pb" + KINDS.charAt(KIND_NAMES.indexOf(kind)) + id.toString().replace("-", "");
    }

    /** The tag a bookmark name stands for, or null when it is not one of Planbord's. */
    static String tagOfBookmark(String name) {
        java.util.regex.Matcher m = BOOKMARK.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String h = m.group(2);
        UUID id = UUID.fromString(h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20));
        return TAG_PREFIX + KIND_NAMES.get(KINDS.indexOf(m.group(1))) + ":" + id;
    }

    ProgrammeInfo programme;
    final Map<UUID, ActionInfo> actions = new HashMap<>();
    final Map<UUID, String> expectedResults = new HashMap<>();
    final Map<UUID, CapacityInfo> capacity = new HashMap<>();
    /** Themes whose capacity header was empty (the document shows "Capaciteit"). */
    final Map<UUID, Boolean> emptyHeader = new HashMap<>();

    /**
     * The part's XML, written as text: building a DOM of every action and serialising it with a
     * Transformer took a tenth of an export of 10,000 actions. The same markup the DOM serialiser
     * wrote (attributes in alphabetical order, newlines and tabs in attributes as character
     * references), except that a character XML does not allow becomes "?" as in the document's
     * text (the serialiser wrote a reference no parser reads back, or failed).
     */
    static String write(Programme p) {
        Xml x = new Xml();
        x.s.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><planbord");
        x.attr("centrumgemeente", p.centrumgemeente()).attr("eerste", p.firstQuarter().toString())
                .attr("laatste", p.lastQuarter().toString()).attr("programma", p.id().toString()).attr("regio", p.region())
                .attr("versie", "1").attr("xmlns", NAMESPACE);
        x.s.append('>');
        texts(x, "gemeente", p.municipalities());
        for (Theme t : p.themes()) {
            if (t.capacityHeader().isEmpty()) {
                x.s.append("<thema");
                x.attr("id", t.id().toString()).attr("kopLeeg", "true");
                x.s.append("/>");
            }
            for (CapacityEstimate c : t.capacity()) {
                capacity(x, c, "thema");
            }
            for (Goal g : t.goals()) {
                if (!g.expectedResult().isEmpty()) {
                    x.s.append("<doel");
                    x.attr("id", g.id().toString());
                    x.s.append('>');
                    x.text(g.expectedResult());
                    x.s.append("</doel>");
                }
                for (CapacityEstimate c : g.capacity()) {
                    capacity(x, c, "doel");
                }
                for (Action a : g.actions()) {
                    action(x, a);
                    for (Action s : a.subActions()) {
                        action(x, s);
                    }
                }
            }
        }
        x.s.append("</planbord>");
        return x.s.toString();
    }

    private static void action(Xml x, Action a) {
        x.s.append("<actie");
        x.attr("geschat", Boolean.toString(a.estimated())).attr("id", a.id().toString())
                .attr("planning", nl.planbord.planning.PlanningNotation.format(a.planning())).attr("status", a.status().label())
                .attr("trekker", a.lead());
        if (a.municipalities().isEmpty() && a.notes().isEmpty()) {
            x.s.append("/>");
            return;
        }
        x.s.append('>');
        texts(x, "gemeente", a.municipalities());
        if (!a.notes().isEmpty()) {
            x.s.append("<notities>");
            x.text(a.notes());
            x.s.append("</notities>");
        }
        x.s.append("</actie>");
    }

    private static void capacity(Xml x, CapacityEstimate c, String scope) {
        x.s.append("<capaciteit");
        x.attr("bereik", scope).attr("id", c.id().toString()).attr("notitie", c.note()).attr("periode", c.period().toString());
        x.s.append("/>");
    }

    private static void texts(Xml x, String name, List<String> values) {
        for (String v : values) {
            if (v.isEmpty()) {
                x.s.append('<').append(name).append("/>");
            } else {
                x.s.append('<').append(name).append('>');
                x.text(v);
                x.s.append("</").append(name).append('>');
            }
        }
    }

    /** Markup with its texts escaped. */
    private static final class Xml {
        final StringBuilder s = new StringBuilder(1 << 16);

        Xml attr(String name, String value) {
            s.append(' ').append(name).append("=\"");
            escape(value, true);
            s.append('"');
            return this;
        }

        void text(String value) {
            escape(value, false);
        }

        private void escape(String v, boolean attribute) {
            for (int i = 0, n = v.length(); i < n; i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '&' -> s.append("&amp;");
                    case '<' -> s.append("&lt;");
                    case '>' -> s.append("&gt;");
                    case '"' -> s.append(attribute ? "&quot;" : "\"");
                    case '\r' -> s.append("&#13;");
                    case '\n' -> s.append(attribute ? "&#10;" : "\n");
                    case '\t' -> s.append(attribute ? "&#9;" : "\t");
                    default -> i = BodyXml.allowed(s, v, i);
                }
            }
        }
    }

    /** Reads the part; null when it is not Planbord's. Throws on XML that is not well-formed or has a DOCTYPE. */
    static HiddenPart read(InputStream in) throws Exception {
        Document d = secureFactory().newDocumentBuilder().parse(in);
        Element root = d.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"planbord".equals(root.getLocalName())) {
            return null;
        }
        HiddenPart h = new HiddenPart();
        h.programme = new ProgrammeInfo(UUID.fromString(root.getAttribute("programma")), root.getAttribute("regio"),
                root.getAttribute("centrumgemeente"), childTexts(root, "gemeente"), root.getAttribute("eerste"), root.getAttribute("laatste"));
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            UUID id = e.hasAttribute("id") ? UUID.fromString(e.getAttribute("id")) : null;
            switch (e.getLocalName()) {
                case "thema" -> h.emptyHeader.put(id, Boolean.parseBoolean(e.getAttribute("kopLeeg")));
                case "doel" -> h.expectedResults.put(id, e.getTextContent());
                case "capaciteit" -> h.capacity.put(id, new CapacityInfo(e.getAttribute("bereik"), e.getAttribute("periode"), e.getAttribute("notitie")));
                case "actie" -> {
                    NodeList notes = e.getElementsByTagNameNS(NAMESPACE, "notities");
                    h.actions.put(id, new ActionInfo(e.getAttribute("status"), e.getAttribute("trekker"), childTexts(e, "gemeente"),
                            notes.getLength() == 0 ? "" : notes.item(0).getTextContent(), Boolean.parseBoolean(e.getAttribute("geschat")),
                            e.getAttribute("planning")));
                }
                default -> { }
            }
        }
        return h;
    }

    private static List<String> childTexts(Element parent, String name) {
        List<String> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e.getTextContent());
            }
        }
        return out;
    }

    private static DocumentBuilderFactory secureFactory() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }
}
