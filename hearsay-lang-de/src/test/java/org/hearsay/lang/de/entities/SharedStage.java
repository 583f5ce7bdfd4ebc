package org.hearsay.lang.de.entities;

/** One stage per test JVM: its models load once and it is thread-safe. */
final class SharedStage {
    static final GermanEntityStage STAGE = new GermanEntityStage();

    private SharedStage() {
    }
}
