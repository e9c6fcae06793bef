package nl.planbord.ui.timeline;

/** A mark on a quarter in the timeline header: capacity at risk (amber) or overloaded (red). */
public enum QuarterMark { NONE, AT_RISK, OVERLOADED }
