package nl.planbord.io.docx;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

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

    static String write(Programme p) {
        try {
            DocumentBuilderFactory f = secureFactory();
            Document d = f.newDocumentBuilder().newDocument();
            Element root = d.createElementNS(NAMESPACE, "planbord");
            d.appendChild(root);
            root.setAttribute("versie", "1");
            root.setAttribute("programma", p.id().toString());
            root.setAttribute("regio", p.region());
            root.setAttribute("centrumgemeente", p.centrumgemeente());
            root.setAttribute("eerste", p.firstQuarter().toString());
            root.setAttribute("laatste", p.lastQuarter().toString());
            texts(d, root, "gemeente", p.municipalities());
            for (Theme t : p.themes()) {
                if (t.capacityHeader().isEmpty()) {
                    Element e = child(d, root, "thema");
                    e.setAttribute("id", t.id().toString());
                    e.setAttribute("kopLeeg", "true");
                }
                for (CapacityEstimate c : t.capacity()) {
                    capacity(d, root, c, "thema");
                }
                for (Goal g : t.goals()) {
                    if (!g.expectedResult().isEmpty()) {
                        Element e = child(d, root, "doel");
                        e.setAttribute("id", g.id().toString());
                        e.setTextContent(g.expectedResult());
                    }
                    for (CapacityEstimate c : g.capacity()) {
                        capacity(d, root, c, "doel");
                    }
                    for (Action a : g.actions()) {
                        action(d, root, a);
                        for (Action s : a.subActions()) {
                            action(d, root, s);
                        }
                    }
                }
            }
            StringWriter out = new StringWriter();
            var tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var tr = tf.newTransformer();
            tr.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            tr.transform(new DOMSource(d), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("De verborgen gegevens van het document kunnen niet worden gemaakt", e);
        }
    }

    private static void action(Document d, Element root, Action a) {
        Element e = child(d, root, "actie");
        e.setAttribute("id", a.id().toString());
        e.setAttribute("status", a.status().label());
        e.setAttribute("trekker", a.lead());
        e.setAttribute("geschat", Boolean.toString(a.estimated()));
        e.setAttribute("planning", nl.planbord.planning.PlanningNotation.format(a.planning()));
        texts(d, e, "gemeente", a.municipalities());
        if (!a.notes().isEmpty()) {
            child(d, e, "notities").setTextContent(a.notes());
        }
    }

    private static void capacity(Document d, Element root, CapacityEstimate c, String scope) {
        Element e = child(d, root, "capaciteit");
        e.setAttribute("id", c.id().toString());
        e.setAttribute("bereik", scope);
        e.setAttribute("periode", c.period().toString());
        e.setAttribute("notitie", c.note());
    }

    private static Element child(Document d, Element parent, String name) {
        Element e = d.createElementNS(NAMESPACE, name);
        parent.appendChild(e);
        return e;
    }

    private static void texts(Document d, Element parent, String name, List<String> values) {
        for (String v : values) {
            child(d, parent, name).setTextContent(v);
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
