package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.ReviewStep;

/**
 * The workflow does not allow this step now (HTTP 409). {@code missingStep} names the command that has to come
 * first, when there is one; a step already taken has none.
 */
public class StepNotAllowedException extends RuntimeException {

    private final String missingStep;

    public StepNotAllowedException(String missingStep, String detail) {
        super(detail);
        this.missingStep = missingStep;
    }

    public static StepNotAllowedException missing(String missingStep, String detail) {
        return new StepNotAllowedException(missingStep, detail);
    }

    public static StepNotAllowedException missing(ReviewStep missingStep, String detail) {
        return new StepNotAllowedException(missingStep.command(), detail);
    }

    public static StepNotAllowedException alreadyTaken(String detail) {
        return new StepNotAllowedException(null, detail);
    }

    public String missingStep() {
        return missingStep;
    }
}
