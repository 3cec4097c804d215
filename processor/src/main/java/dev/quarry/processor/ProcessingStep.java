package dev.quarry.processor;

import javax.annotation.processing.RoundEnvironment;

/** The work for one top-level annotation, run once per round. */
interface ProcessingStep {
    /**
     * Processes the elements of this round, and those deferred from earlier rounds; elements
     * whose types are not resolved yet are deferred again, by qualified name.
     */
    void process(RoundEnvironment round);

    /** Called in the last round: reports every element that is still deferred. */
    void processingOver();
}
