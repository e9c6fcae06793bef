package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.mspdi.MSPDIReader;

import nl.planbord.testing.Samples;

/** planbord export IN.planbord OUT.xml: MS Project XML, which MPXJ reads back. */
class CliMsProjectTest {

    @TempDir
    Path dir;

    @Test
    void exportToXmlWritesMsProjectXml() throws Exception {
        Path xml = dir.resolve("h5.xml");
        CliTest.Result r = CliTest.run(new String[] {"export", Samples.path(Samples.H5).toString(), xml.toString()});
        assertEquals(0, r.code(), r.err());
        assertEquals(xml + ": thema's: 4, doelen: 14, acties: 43, capaciteitsregels: 12" + System.lineSeparator(), r.out());
        ProjectFile read;
        try (InputStream in = Files.newInputStream(xml)) {
            read = new MSPDIReader().read(in);
        }
        assertEquals(4, read.getChildTasks().size());
        assertEquals("Thema 1: Preventie", read.getChildTasks().get(0).getName());
        assertEquals(14, read.getChildTasks().stream().mapToInt(t -> t.getChildTasks().size()).sum());
    }

    @Test
    void anUnknownExtensionNamesTheThreeFormats() {
        CliTest.Result r = CliTest.run(new String[] {"export", Samples.path(Samples.H5).toString(), dir.resolve("h5.txt").toString()});
        assertEquals(2, r.code());
        assertTrue(r.err().contains("uit.xml (MS Project)"), r.err());
    }

    @Test
    void importReadsMsProjectXmlIntoAProjectFile() throws Exception {
        Path xml = dir.resolve("h5.xml");
        assertEquals(0, CliTest.run(new String[] {"export", Samples.path(Samples.H5).toString(), xml.toString()}).code());
        Path back = dir.resolve("terug.planbord");
        CliTest.Result r = CliTest.run(new String[] {"import", xml.toString(), back.toString()});
        assertEquals(0, r.code(), r.err());
        assertEquals(back + ": thema's: 4, doelen: 14, acties: 43, capaciteitsregels: 0" + System.lineSeparator(), r.out());
        Path broken = dir.resolve("kapot.xml");
        Files.writeString(broken, "<Project><Tasks><Task>");
        CliTest.Result refused = CliTest.run(new String[] {"import", broken.toString(), dir.resolve("x.planbord").toString()});
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("kapot.xml: dit is geen MS Project-bestand dat Planbord kan lezen"), refused.err());
    }
}
