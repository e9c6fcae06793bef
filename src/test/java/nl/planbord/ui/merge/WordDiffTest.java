package nl.planbord.ui.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The words of a long text that changed, as the review highlights them. */
class WordDiffTest {

    private static String joined(List<WordDiff.Part> parts) {
        return String.join("", parts.stream().map(WordDiff.Part::text).toList());
    }

    private static List<String> changed(List<WordDiff.Part> parts) {
        return parts.stream().filter(WordDiff.Part::changed).map(p -> p.text().strip()).toList();
    }

    @Test
    void onlyTheChangedWordsAreMarked_andTheRunsGiveTheTextsBack() {
        String before = "Regionale campagne te doen waarin we mensen wijzen op hun rechten bij het huren van een (te dure) woning";
        String after = "Regionale campagne te doen waarin we mensen wijzen op hun rechten bij het huren van een woning, en op hun plichten als huurder";
        WordDiff.Result d = WordDiff.of(before, after);
        assertEquals(before, joined(d.before()));
        assertEquals(after, joined(d.after()));
        assertEquals(List.of("(te dure) woning"), changed(d.before()));
        assertEquals(List.of("woning, en op hun plichten als huurder"), changed(d.after()));
        assertEquals(List.of(), changed(WordDiff.of("Q4 2026", "Q4 2026").after()));
        assertEquals(List.of("Q2"), changed(WordDiff.of("Q3 2027", "Q2 2027").after()));
        assertEquals(List.of("nieuw"), changed(WordDiff.of("", "nieuw").after()));
    }
}
