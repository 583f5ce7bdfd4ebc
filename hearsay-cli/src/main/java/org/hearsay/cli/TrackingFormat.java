package org.hearsay.cli;

/** How the tracking commands print: readable lines, or JSON Lines (one object per line). */
enum TrackingFormat { TEXT, JSON }
